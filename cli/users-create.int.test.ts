import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../server/services/auth/passwords.ts';
import { createProcessDatabase, type ProcessDatabase } from '../test-support/test-database.ts';

const repositoryRoot = path.resolve(import.meta.dirname, '..');
let target: ProcessDatabase;

beforeAll(async () => {
  target = await createProcessDatabase();
});
afterAll(() => target.dispose());

function pcmd(args: string[], input: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pcmd.mjs', ...args], {
      cwd: repositoryRoot, env: { ...process.env, ...target.environment }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
    child.stdin.end(input);
  });
}

describe('pcmd users create', () => {
  it('creates the first system admin with a password read from standard input, never from the arguments', async () => {
    const result = await pcmd(['users', 'create', '--username', 'quantri', '--display-name', 'Quản trị hệ thống'], 'mat-khau-quan-tri-dau-tien\n');
    expect(result.output).toContain('Đã tạo tài khoản quantri (system_admin).');
    expect(result.code).toBe(0);
    const database = await target.open();
    try {
      const user = await database.db.selectFrom('users').selectAll().where('username', '=', 'quantri').executeTakeFirstOrThrow();
      expect(user).toMatchObject({ role: 'system_admin', unit_id: null, is_demo: false });
      expect(await verifyPassword(user.password_hash, 'mat-khau-quan-tri-dau-tien')).toBe(true);
      const audit = await database.db.selectFrom('audit_log').select(['actor_username', 'action']).where('target_id', '=', user.id).execute();
      expect(audit).toEqual([{ actor_username: 'system:cli', action: 'user.create' }]);
    } finally {
      await database.close();
    }
  });

  it('explains in Vietnamese what is wrong and exits non-zero, creating nothing', async () => {
    const short = await pcmd(['users', 'create', '--username', 'canbo.xa', '--display-name', 'Cán bộ', '--role', 'viewer', '--unit', '16681'], 'ngan\n');
    expect(short.code).toBe(2);
    expect(short.output).toContain('Lỗi ở password: Phải có ít nhất 10 ký tự.');
    const unknownUnit = await pcmd(['users', 'create', '--username', 'canbo.xa', '--display-name', 'Cán bộ', '--role', 'viewer', '--unit', '99999'], 'mot-mat-khau-du-dai\n');
    expect(unknownUnit.code).toBe(2);
    expect(unknownUnit.output).toContain('Không tìm thấy đơn vị hành chính có mã "99999"');
    const database = await target.open();
    try {
      expect(await database.db.selectFrom('users').select('id').where('username', '=', 'canbo.xa').execute()).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
