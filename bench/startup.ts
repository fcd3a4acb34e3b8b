import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Time from `pcmd serve --demo` to the first page served, on a fresh data directory (cold: schema,
 * 14,000 units, 44,000 agencies, demo accounts) and on the same directory again (warm), and the
 * server's memory (RSS now and at its peak) once it serves.
 */
export interface StartupResult {
  coldMs: number;
  warmMs: number;
  rssMiB: number;
  peakRssMiB: number;
}

const repositoryRoot = path.resolve(import.meta.dirname, '..');

async function timeToFirstPage(dataDir: string, port: number): Promise<{ ms: number; rssMiB: number; peakRssMiB: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/pcmd.mjs', 'serve', '--demo'], {
    cwd: repositoryRoot,
    env: { ...process.env, PCMD_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (performance.now() - started > 120_000) throw new Error('server did not serve a page within 120 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.status === 200 && (await response.text()).includes('<div id="root">')) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const ms = performance.now() - started;
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { ms, rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchStartup(): Promise<StartupResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pcmd-bench-startup-'));
  try {
    const cold = await timeToFirstPage(dataDir, 18_080);
    const warm = await timeToFirstPage(dataDir, 18_081);
    return { coldMs: cold.ms, warmMs: warm.ms, rssMiB: warm.rssMiB, peakRssMiB: Math.max(cold.peakRssMiB, warm.peakRssMiB) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
