import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessDatabase, type ProcessDatabase } from '../test-support/test-database.ts';

const repositoryRoot = path.resolve(import.meta.dirname, '..');
let target: ProcessDatabase;

beforeAll(async () => {
  target = await createProcessDatabase();
});
afterAll(() => target.dispose());

/** Starts `pcmd serve --demo` as a real process and resolves with its URL once it listens. */
function startServer(): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['bin/pcmd.mjs', 'serve', '--demo'], {
    cwd: repositoryRoot,
    env: { ...process.env, ...target.environment, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, exited, url: `http://127.0.0.1:${match[1]}` });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function signIn(url: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'pcmd-demo' }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('pcmd_session='))!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('pcmd serve', () => {
  it('loses no acknowledged write when killed in the middle of writing', async () => {
    const first = await startServer();
    const session = await signIn(first.url);
    const acknowledged: string[] = [];
    const write = async (index: number) => {
      const name = `Cơ quan thử độ bền ${index}`;
      try {
        const response = await fetch(`${first.url}/api/units/16681/agencies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ kind: 'other', name }),
        });
        if (response.status === 201) acknowledged.push(name);
      } catch {
        // The connection died with the server: this write was never acknowledged.
      }
    };
    const writes = Array.from({ length: 200 }, (_, index) => write(index));
    // Kill without warning once some writes are acknowledged and others are still in flight.
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    await Promise.all(writes);
    await first.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(acknowledged.length).toBeLessThan(200);

    const second = await startServer();
    try {
      const again = await signIn(second.url);
      const response = await fetch(`${second.url}/api/units/16681/agencies`, { headers: { cookie: again.cookie } });
      const names = ((await response.json()) as { agencies: Array<{ name: string }> }).agencies.map((agency) => agency.name);
      for (const name of acknowledged) expect(names).toContain(name);
      // Each saved agency has its audit entry: the write and its audit landed together or not at all.
      const audit = await fetch(`${second.url}/api/audit?action=agency.create&outcome=success&limit=200`, { headers: { cookie: again.cookie } });
      const saved = names.filter((name) => name.startsWith('Cơ quan thử độ bền'));
      expect(((await audit.json()) as { entries: unknown[] }).entries).toHaveLength(saved.length);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
