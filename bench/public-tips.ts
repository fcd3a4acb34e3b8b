import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { buildApp } from '../server/app.ts';
import { hashTypedReceiptCode } from '../server/services/tips/receipt-codes.ts';
import { createScratchDatabase, percentile } from './scratch-database.ts';
import { DEFAULT_POSTGRES_ADMIN_URL } from './progress.ts';

/**
 * Public tip submissions at a steady rate against the real server on loopback: POST
 * /api/public/tips over HTTP (multipart, every tenth with a small PNG), as a phone would send
 * them. Open loop: each request leaves at its scheduled time whether or not earlier ones have
 * answered, and its latency counts from that time, so a slow server cannot hide by slowing the
 * sender. Afterwards every receipt code answered is looked up by its hash: a tip answered 201
 * but missing from the database is lost. Client and server share this process (and its event loop).
 */
export interface PublicTipsBenchResult {
  engine: 'pglite' | 'postgres';
  seconds: number;
  ratePerSecond: number;
  sent: number;
  accepted: number;
  withAttachment: number;
  /** Responses other than 201, and failed requests, by status ('network' for no response). */
  errors: number;
  errorsByStatus: Record<string, number>;
  /** Answered 201 but not in the database. */
  lost: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** How late the sender was, at worst, against its schedule. */
  maxSendLagMs: number;
  /** The machine's 1-minute load average at the end: other work on the machine shows in the tail. */
  loadAverage: number;
  /** This process's event-loop delay (client and server share it): stalls here show in every latency. */
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export interface PublicTipsBenchOptions {
  engine: 'pglite' | 'postgres';
  postgresAdminUrl: string;
  seconds?: number;
  ratePerSecond?: number;
  log?: (line: string) => void;
}

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const subjects = ['selling_buying_sex', 'brokering', 'harbouring', 'online_advertising', 'other'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function submission(index: number, unitId: string): FormData {
  const form = new FormData();
  form.append('tip', JSON.stringify({
    unitId, subjects: [subjects[index % subjects.length]], address: `Số ${index % 300} đường Lê Lợi`,
    description: `Tin báo thử số ${index}: có dấu hiệu môi giới mại dâm tại quán karaoke vào buổi tối, khoảng 22 giờ.`,
  }));
  if (index % 10 === 9) form.append('attachments', new Blob([new Uint8Array(png)], { type: 'image/png' }), `anh-${index}.png`);
  return form;
}

export async function benchPublicTips(options: PublicTipsBenchOptions): Promise<PublicTipsBenchResult> {
  const seconds = options.seconds ?? 60;
  const rate = options.ratePerSecond ?? 50;
  const log = options.log ?? (() => undefined);
  const scratch = await createScratchDatabase(options.engine, options.postgresAdminUrl);
  const database = await scratch.open();
  // One loopback client sends everything: its own limit is lifted; the overall ceiling (6,000 a minute) stays.
  const app = await buildApp({
    database, demoMode: false, webRoot: null, publicTipLimits: { submissionsPerClient: { max: 1_000_000, windowMs: 60_000 } },
  });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/api/public/tips`;
    const communes = (await database.db.selectFrom('admin_units').select('id').where('level', '=', 'commune').where('valid_to', 'is', null)
      .orderBy('id').limit(200).execute()).map((row) => row.id);
    const post = (index: number) => fetch(url, { method: 'POST', body: submission(index, communes[index % communes.length]!) });
    for (let index = 0; index < 20; index++) await (await post(-1 - index)).arrayBuffer();

    const total = seconds * rate;
    const latencies: number[] = [];
    const codes: string[] = [];
    const errorsByStatus: Record<string, number> = {};
    let maxSendLagMs = 0;
    const send = async (index: number, scheduled: number) => {
      try {
        const response = await post(index);
        const body = await response.text();
        latencies.push(performance.now() - scheduled);
        if (response.status === 201) codes.push((JSON.parse(body) as { receiptCode: string }).receiptCode);
        else errorsByStatus[response.status] = (errorsByStatus[response.status] ?? 0) + 1;
      } catch {
        latencies.push(performance.now() - scheduled);
        errorsByStatus.network = (errorsByStatus.network ?? 0) + 1;
      }
    };
    log(`  ${total} submissions at ${rate}/s to ${url}`);
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let index = 0; index < total; index++) {
      const scheduled = started + (index * 1000) / rate;
      const wait = scheduled - performance.now();
      if (wait > 0) await sleep(wait);
      maxSendLagMs = Math.max(maxSendLagMs, performance.now() - scheduled);
      inFlight.push(send(index, scheduled));
    }
    await Promise.all(inFlight);
    loopDelay.disable();

    let found = 0;
    for (let start = 0; start < codes.length; start += 500) {
      const hashes = codes.slice(start, start + 500).map((code) => hashTypedReceiptCode(code)!);
      const row = await database.db.selectFrom('tips').select((eb) => eb.fn.countAll().as('n')).where('receipt_code_hash', 'in', hashes).executeTakeFirstOrThrow();
      found += Number(row.n);
    }
    latencies.sort((a, b) => a - b);
    const errors = Object.values(errorsByStatus).reduce((sum, n) => sum + n, 0);
    return {
      engine: options.engine, seconds, ratePerSecond: rate, sent: total, accepted: codes.length, withAttachment: Math.floor(total / 10),
      errors, errorsByStatus, lost: codes.length - found,
      p50Ms: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95), p99Ms: percentile(latencies, 0.99), maxMs: latencies.at(-1)!,
      meanMs: latencies.reduce((sum, value) => sum + value, 0) / latencies.length, maxSendLagMs, loadAverage: os.loadavg()[0]!,
      eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6, eventLoopDelayMaxMs: loopDelay.max / 1e6,
    };
  } finally {
    await app.close();
    await database.close();
    await scratch.dispose();
  }
}

export const formatPublicTips = (result: PublicTipsBenchResult) =>
  `public tips (${result.engine}): ${result.sent} at ${result.ratePerSecond}/s for ${result.seconds} s — p50 ${result.p50Ms.toFixed(1)} ms, `
  + `p95 ${result.p95Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms; `
  + `errors ${result.errors}${result.errors ? ` ${JSON.stringify(result.errorsByStatus)}` : ''}, lost ${result.lost} `
  + `(event-loop delay p99 ${result.eventLoopDelayP99Ms.toFixed(0)} ms, max ${result.eventLoopDelayMaxMs.toFixed(0)} ms; load average ${result.loadAverage.toFixed(2)})`;

/** Seconds to run: `--seconds N`, else BENCH_PUBLIC_TIPS_SECONDS, else 60 (a shorter run is a smoke test). */
export function publicTipsSeconds(argv: readonly string[] = process.argv): number {
  const flag = argv.indexOf('--seconds');
  const value = flag >= 0 ? argv[flag + 1] : process.env.BENCH_PUBLIC_TIPS_SECONDS;
  const seconds = Number(value ?? 60);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 60;
}

// Run alone: node bin/tsx.mjs bench/public-tips.ts [pglite|postgres] [--seconds N] [--write]
// --write puts the figures in bench/results/latest.json under publicTips, leaving the rest as it is.
if (process.argv[1]?.endsWith('public-tips.ts')) {
  const engine = process.argv.includes('postgres') ? 'postgres' : 'pglite';
  const result = await benchPublicTips({
    engine, postgresAdminUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_ADMIN_URL, seconds: publicTipsSeconds(), log: console.log,
  });
  console.log(formatPublicTips(result));
  if (process.argv.includes('--write')) {
    const file = path.join(import.meta.dirname, 'results', 'latest.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as { publicTips?: Record<string, unknown> };
    results.publicTips = { ...results.publicTips, [engine]: { measuredAt: new Date().toISOString(), ...result } };
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  }
}
