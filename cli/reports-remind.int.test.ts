import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../core/dates/format.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import { insertReports, insertRequest } from '../server/storage/reports.ts';
import { createProcessDatabase, type ProcessDatabase } from '../test-support/test-database.ts';

/** `pcmd reports remind` against a minimal SMTP server that keeps what it receives. */

const repositoryRoot = path.resolve(import.meta.dirname, '..');
let target: ProcessDatabase;
let smtp: net.Server;
let smtpPort: number;
const received: { from: string; to: string[]; data: string }[] = [];

function startSmtpServer(): Promise<void> {
  smtp = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let envelope = { from: '', to: [] as string[], data: '' };
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          envelope.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(envelope);
          envelope = { from: '', to: [], data: '' };
          socket.write('250 OK queued\r\n');
          continue;
        }
        const lineEnd = buffer.indexOf('\r\n');
        if (lineEnd < 0) return;
        const line = buffer.slice(0, lineEnd);
        buffer = buffer.slice(lineEnd + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-test\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') { envelope.from = line; socket.write('250 OK\r\n'); }
        else if (verb === 'RCPT') { envelope.to.push(line); socket.write('250 OK\r\n'); }
        else if (verb === 'DATA') { inData = true; socket.write('354 go ahead\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => smtp.listen(0, '127.0.0.1', () => {
    smtpPort = (smtp.address() as net.AddressInfo).port;
    resolve();
  }));
}

function pcmd(args: string[], environment: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pcmd.mjs', ...args], {
      cwd: repositoryRoot, env: { ...process.env, SMTP_URL: '', SMTP_FROM: '', ...target.environment, ...environment }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const addDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  await startSmtpServer();
  target = await createProcessDatabase();
  const database = await target.open();
  try {
    const user = await createUserAsSystem(database, {
      username: 'canbo.16681', displayName: 'Nguyễn Thị Cán Bộ', password: 'mat-khau-thu-nghiem-1', role: 'programme_officer', unitId: '16681', agencyId: null,
    }, 'cli');
    await database.db.updateTable('users').set({ email: 'canbo@example.vn' }).where('id', '=', user.id).execute();
    const today = todayInVietnam();
    const request = await insertRequest(database.db, {
      issuerUnitId: '40', planId: null, kind: 'ad_hoc', periodCode: 'AH-TEST', periodStart: addDays(today, -60), periodEnd: addDays(today, -1),
      reporterDeadline: addDays(today, 2), consolidatorDeadline: null, title: 'Báo cáo nhanh', instructions: 'Thử.', createdBy: null,
    });
    await insertReports(database.db, [{ requestId: request.id, unitId: '40', role: 'consolidator' }, { requestId: request.id, unitId: '16681', role: 'reporter' }]);
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  await target.dispose();
  await new Promise((resolve) => smtp.close(resolve));
});

describe('pcmd reports remind', () => {
  it('refuses to run without SMTP_URL, saying what to set', async () => {
    const result = await pcmd(['reports', 'remind'], {});
    expect(result.code).toBe(2);
    expect(result.output).toContain('SMTP_URL');
  });

  it('sends the day\'s reminders over SMTP once, and nothing on a second run', async () => {
    const environment = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMTP_FROM: 'PCMD <pcmd@example.vn>' };
    const first = await pcmd(['reports', 'remind'], environment);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('đã gửi 1 thư');
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toContain('pcmd@example.vn');
    expect(received[0]!.to).toEqual(['RCPT TO:<canbo@example.vn>']);
    expect(received[0]!.data).toMatch(/^Subject: /m);
    expect(received[0]!.data).toContain('Content-Type: text/plain; charset=utf-8');

    const second = await pcmd(['reports', 'remind'], environment);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('đã gửi 0 thư, 1 thư đã gửi trước đó');
    expect(received).toHaveLength(1);
  });
});
