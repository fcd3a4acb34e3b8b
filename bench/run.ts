import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchStartup } from './startup.ts';

/** Runs every benchmark, prints the figures and writes them to bench/results/latest.json. */
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`PCMD benchmarks on ${machine}`);

const startup = await benchStartup();
console.log(`startup: cold ${(startup.coldMs / 1000).toFixed(1)} s, warm ${(startup.warmMs / 1000).toFixed(1)} s to the first page; ` +
  `RSS ${startup.rssMiB.toFixed(0)} MiB after start (peak ${startup.peakRssMiB.toFixed(0)} MiB)`);

const results = { measuredAt: new Date().toISOString(), machine, startup };
const file = path.join(import.meta.dirname, 'results', 'latest.json');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${path.relative(process.cwd(), file)}`);
