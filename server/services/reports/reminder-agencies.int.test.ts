import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../core/auth/roles.ts';
import { startTestApp, type TestApp, type TestSession } from '../../../test-support/test-app.ts';
import type { Mailer, MailMessage } from './mailer.ts';
import { sendDueReminders } from './reminder-service.ts';

/**
 * Reminders for an agency's report: the province (40) asks its police for a report due
 * 20/06/2030. The police's officers are reminded, not the province's other agencies nor its
 * lead agency; once late, the lead agency is told the police's report is missing.
 */

let testApp: TestApp;
let police: string;

function keepingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, async send(message) { sent.push(message); return { accepted: [message.to] }; }, close: () => undefined };
}

async function userWith(role: Role, agencyId: string | null, email: string): Promise<TestSession> {
  const session = await testApp.signIn({ role, unitId: '40', agencyId });
  await testApp.database.db.updateTable('users').set({ email }).where('username', '=', session.username).execute();
  return session;
}

beforeAll(async () => {
  testApp = await startTestApp();
  const agencies = await testApp.database.db.selectFrom('agencies').select(['id', 'kind']).where('unit_id', '=', '40').execute();
  police = agencies.find((agency) => agency.kind === 'police')!.id;
  const culture = agencies.find((agency) => agency.kind === 'culture_sports_tourism')!.id;
  const lead = await userWith('programme_officer', null, 'thuongtruc@example.vn');
  await userWith('agency_officer', police, 'congan@example.vn');
  await userWith('agency_officer', culture, 'vanhoa@example.vn');
  const created = await testApp.request(lead, {
    method: 'POST', url: '/api/report-requests',
    body: { title: 'Báo cáo nhanh kết quả đấu tranh', instructions: 'Số vụ việc.', periodStart: '2030-01-01', periodEnd: '2030-05-31', reporterDeadline: '2030-06-20', agencyIds: [police] },
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(() => testApp.close());

describe('reminders for an agency\'s report', () => {
  it('reminds the agency\'s officers before the deadline, and nobody else', async () => {
    const mailer = keepingMailer();
    const result = await sendDueReminders(testApp.database, mailer, '2030-06-18');
    expect(result).toMatchObject({ due: 1, sent: 1, withoutRecipient: 0 });
    expect(mailer.sent.map((message) => message.to)).toEqual(['congan@example.vn']);
  });

  it('once late, tells the agency it is late and the lead agency which report is missing', async () => {
    const mailer = keepingMailer();
    await sendDueReminders(testApp.database, mailer, '2030-06-22');
    expect(mailer.sent.map((message) => message.to).sort()).toEqual(['congan@example.vn', 'thuongtruc@example.vn']);
    const toLead = mailer.sent.find((message) => message.to === 'thuongtruc@example.vn')!;
    expect(toLead.text).toContain('Công an tỉnh Nghệ An');
  });
});
