import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../core/auth/roles.ts';
import { startTestApp, type TestApp, type TestSession } from '../../../test-support/test-app.ts';
import { createMailerFromEnv, createNodemailerMailer, type Mailer, type MailMessage } from './mailer.ts';
import { scheduleReminders, sendDueReminders } from './reminder-service.ts';
import type { Database } from '../../storage/database.ts';

/**
 * E-mail reminders: the province (40) asks three of its communes (16681, 16702, 16708) for an ad
 * hoc report due 20/06/2030. Two days before, every user of a reporter unit who writes its
 * report and has an address is reminded, once that day; after the deadline the reporters are
 * told they are late and the province which units are missing; a submitted report gets nothing.
 */

const DEADLINE = '2030-06-20';
const TITLE = 'Báo cáo nhanh tình hình tụ điểm';

let testApp: TestApp;
let provinceOfficer: TestSession;
let otherCommuneOfficer: TestSession;
let requestId: string;
let consolidatedReportId: string;
const reportIds = new Map<string, string>();

/** A mailer that keeps what it is asked to send; `refuse` makes it fail for those addresses. */
function fakeMailer(refuse: readonly string[] = []): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      if (refuse.includes(message.to)) throw Object.assign(new Error(`550 mailbox unavailable: ${message.to}`), { code: 'EENVELOPE', responseCode: 550 });
      sent.push(message);
      return { accepted: [message.to] };
    },
    close: () => undefined,
  };
}

async function userWith(role: Role, unitId: string, displayName: string, email: string | null, options: { disabled?: boolean } = {}): Promise<TestSession> {
  const session = await testApp.signIn({ role, unitId });
  await testApp.database.db.updateTable('users')
    .set({ email, display_name: displayName, is_disabled: options.disabled ?? false })
    .where('username', '=', session.username)
    .execute();
  return session;
}

const countRows = async () => Number((await testApp.database.db.selectFrom('report_reminders').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const remindAudits = () => testApp.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'report.remind').orderBy('id').execute();

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await userWith('programme_officer', '40', 'Trần Thị Tỉnh', 'tinh@example.vn');
  await userWith('programme_officer', '16681', 'Nguyễn Văn Phường', 'phuong@example.vn');
  await userWith('unit_admin', '16681', 'Lê Quản Trị', 'quantri@example.vn');
  // Not reminded: no report.write, no address, disabled.
  await userWith('viewer', '16681', 'Người Xem', 'xem@example.vn');
  await userWith('programme_officer', '16681', 'Không Có Thư', null);
  await userWith('programme_officer', '16681', 'Đã Khóa', 'khoa@example.vn', { disabled: true });
  otherCommuneOfficer = await userWith('programme_officer', '16702', 'Phạm Xã Khác', 'xakhac@example.vn');
  // 16708 has nobody with an address.

  const created = await testApp.request(provinceOfficer, {
    method: 'POST', url: '/api/report-requests',
    body: { title: TITLE, instructions: 'Số liệu tụ điểm.', periodStart: '2030-01-01', periodEnd: '2030-05-31', reporterDeadline: DEADLINE, unitIds: ['16681', '16702', '16708'] },
  });
  expect(created.statusCode, created.body).toBe(201);
  ({ requestId, consolidatedReportId } = created.json());
  const rows = await testApp.database.db.selectFrom('reports').select(['id', 'unit_id']).where('request_id', '=', requestId).execute();
  for (const row of rows) reportIds.set(row.unit_id, row.id);
});
afterAll(() => testApp.close());

describe('report reminders by e-mail', () => {
  it('sends nothing, and fails on nothing, without an SMTP server', async () => {
    const mailer = createMailerFromEnv({});
    expect(mailer).toBeNull();
    expect(await sendDueReminders(testApp.database, mailer, '2030-06-18')).toEqual({ due: 0, sent: 0, alreadySent: 0, failed: 0, withoutRecipient: 0 });
    expect(await countRows()).toBe(0);
    expect(() => createMailerFromEnv({ SMTP_URL: 'http://user:secret@mail.example.vn' })).toThrow(/^SMTP_URL must be/);
    expect(() => createMailerFromEnv({ SMTP_URL: 'http://user:secret@mail.example.vn' })).not.toThrow(/secret/);
  });

  it('stores only plain addresses: no quoted parts, comments, lists or display names', async () => {
    for (const email of ['"x@gmail.com x"@example.vn', 'canbo@example.vn(x)evil.vn', 'a@example.vn,b@evil.vn', 'Cán Bộ <canbo@example.vn>']) {
      await expect(testApp.database.db.updateTable('users').set({ email }).where('display_name', '=', 'Người Xem').execute()).rejects.toThrow(/check constraint/);
    }
  });

  it('sends nothing more than 3 days before the deadline', async () => {
    const mailer = fakeMailer();
    expect(await sendDueReminders(testApp.database, mailer, '2030-06-16')).toMatchObject({ due: 0, sent: 0 });
    expect(mailer.sent).toEqual([]);
  });

  it('reminds each user who writes a reporter unit\'s report and has an address, 2 days before', async () => {
    const mailer = fakeMailer();
    const result = await sendDueReminders(testApp.database, mailer, '2030-06-18');
    expect(result).toEqual({ due: 3, sent: 3, alreadySent: 0, failed: 0, withoutRecipient: 1 });
    expect(mailer.sent.map((message) => message.to).sort()).toEqual(['phuong@example.vn', 'quantri@example.vn', 'xakhac@example.vn']);
    const toWard = mailer.sent.find((message) => message.to === 'phuong@example.vn')!;
    expect(toWard.subject).toBe(`[PCMD] ${TITLE} đến hạn ngày 20/06/2030 | Report due 20/06/2030`);
    expect(toWard.text).toMatch(/^Kính gửi Nguyễn Văn Phường,/);
    expect(toWard.text).toContain('đến hạn gửi ngày 20/06/2030 (còn 2 ngày)');
    expect(toWard.text).toContain('Dear Nguyễn Văn Phường,');
    // Nobody else's name or address.
    expect(toWard.text).not.toMatch(/Lê Quản Trị|@/);

    expect(await countRows()).toBe(3);
    const audits = await remindAudits();
    expect(audits).toHaveLength(3);
    expect(audits[0]).toMatchObject({ actor_user_id: null, actor_username: 'system:reminders', outcome: 'success', target_type: 'report' });
    expect(audits.map((entry) => entry.target_id).sort()).toEqual([reportIds.get('16681'), reportIds.get('16681'), reportIds.get('16702')].sort());
    expect(audits.find((entry) => entry.unit_id === '16702')!.summary).toMatchObject({ kind: 'due_soon', requestId, deadline: DEADLINE, sentOn: '2030-06-18' });
    expect(JSON.stringify(audits.map((entry) => entry.summary))).not.toContain('@');
  });

  it('does not send the same reminder twice in a day', async () => {
    const mailer = fakeMailer();
    expect(await sendDueReminders(testApp.database, mailer, '2030-06-18')).toMatchObject({ due: 3, sent: 0, alreadySent: 3 });
    expect(mailer.sent).toEqual([]);
    expect(await remindAudits()).toHaveLength(3);
  });

  it('keeps a refused message for the next run, and sends the others', async () => {
    const refusing = fakeMailer(['quantri@example.vn']);
    expect(await sendDueReminders(testApp.database, refusing, '2030-06-19')).toMatchObject({ sent: 2, failed: 1 });
    const retry = fakeMailer();
    expect(await sendDueReminders(testApp.database, retry, '2030-06-19')).toMatchObject({ sent: 1, alreadySent: 2, failed: 0 });
    expect(retry.sent.map((message) => message.to)).toEqual(['quantri@example.vn']);
  });

  it('after the deadline: late reporters are told, the province gets the overdue units, a submitted report gets nothing', async () => {
    const submitted = await testApp.request(otherCommuneOfficer, { method: 'POST', url: `/api/reports/${reportIds.get('16702')}/submit` });
    expect(submitted.statusCode, submitted.body).toBe(200);

    const mailer = fakeMailer();
    const result = await sendDueReminders(testApp.database, mailer, '2030-06-22');
    // Overdue: 16681 (two users) and 16708 (nobody); the province's list (one user).
    expect(result).toEqual({ due: 3, sent: 3, alreadySent: 0, failed: 0, withoutRecipient: 1 });
    expect(mailer.sent.map((message) => message.to).sort()).toEqual(['phuong@example.vn', 'quantri@example.vn', 'tinh@example.vn']);
    const late = mailer.sent.find((message) => message.to === 'phuong@example.vn')!;
    expect(late.subject).toBe(`[PCMD] ${TITLE} đã quá hạn ngày 20/06/2030 | Report overdue since 20/06/2030`);
    expect(late.text).toContain('đã quá hạn gửi 2 ngày');

    const toProvince = mailer.sent.find((message) => message.to === 'tinh@example.vn')!;
    expect(toProvince.subject).toBe(`[PCMD] ${TITLE}: 2 đơn vị chưa gửi, quá hạn ngày 20/06/2030 | 2 units overdue`);
    expect(toProvince.text).toMatch(/^Kính gửi Trần Thị Tỉnh,/);
    const unitNames = await testApp.database.db.selectFrom('admin_units').select(['id', 'name']).where('id', 'in', ['16681', '16702', '16708']).execute();
    const nameOf = (id: string) => unitNames.find((unit) => unit.id === id)!.name;
    expect(toProvince.text).toContain(`  - ${nameOf('16681')}`);
    expect(toProvince.text).toContain(`  - ${nameOf('16708')}`);
    expect(toProvince.text).not.toContain(nameOf('16702'));

    const audit = (await remindAudits()).find((entry) => entry.target_id === consolidatedReportId)!;
    expect(audit).toMatchObject({ unit_id: '40', summary: { kind: 'overdue_units', overdueUnits: expect.arrayContaining(['16681', '16708']) } });
    expect(await sendDueReminders(testApp.database, fakeMailer(), '2030-06-22')).toMatchObject({ sent: 0, alreadySent: 3 });
  });

  it('builds a real message through nodemailer (JSON transport)', async () => {
    const mailer = createNodemailerMailer({ jsonTransport: true }, 'PCMD <pcmd@example.vn>');
    const infos: unknown[] = [];
    const recording: Mailer = { send: async (message) => { const info = await mailer.send(message); infos.push(info); return info; }, close: () => mailer.close() };
    expect(await sendDueReminders(testApp.database, recording, '2030-06-23')).toMatchObject({ sent: 3, failed: 0 });
    const messages = infos.map((info) => JSON.parse((info as { message: string }).message) as { from: { address: string }; to: { address: string }[]; subject: string; text: string });
    const toProvince = messages.find((message) => message.to[0]!.address === 'tinh@example.vn')!;
    expect(toProvince.from.address).toBe('pcmd@example.vn');
    expect(toProvince.subject).toContain('2 đơn vị chưa gửi, quá hạn ngày 20/06/2030');
    expect(toProvince.text).toContain('Kính gửi Trần Thị Tỉnh,');
    mailer.close();
  });

  it('the server\'s schedule logs a failed run without personal data and keeps going', async () => {
    const failing = {
      ...testApp.database,
      db: { selectFrom: () => { throw Object.assign(new Error('connection lost for canbo@example.vn'), { code: 'ECONNRESET' }); } },
    } as unknown as Database;
    const lines: string[] = [];
    const stop = scheduleReminders(failing, fakeMailer(), (line) => lines.push(line), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(lines).toEqual(['Không chạy được việc nhắc báo cáo: Error ECONNRESET']);
  });
});
