import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Tip } from '../core/api/tips.ts';
import type { TestApp, TestSession } from './test-app.ts';

/** A 1×1 PNG: a real image by its content. */
export const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The start of a Windows executable ('MZ'), whatever it is named. */
export const windowsExecutable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

/** A tip as an officer of Phường Thành Vinh records it from a phone call, with readable defaults. */
export const aStaffTip = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  channel: 'hotline',
  receivedAt: '2026-03-01T08:30:00+07:00',
  subjects: ['selling_buying_sex', 'brokering'],
  address: 'Nhà nghỉ gần chợ Vinh, đường Trần Phú',
  description: 'Người gọi cho biết có môi giới mua bán dâm vào buổi tối tại nhà nghỉ',
  anonymous: true,
  ...overrides,
});

export type TestFile = { name: string; content: Buffer };

export function tipForm(fields: unknown, files: readonly TestFile[] = [], fieldName = 'tip'): FormData {
  const data = new FormData();
  if (fields !== undefined) data.append(fieldName, JSON.stringify(fields));
  for (const file of files) data.append('attachments', new Blob([new Uint8Array(file.content)]), file.name);
  return data;
}

/** Requests of the staff tips API, as the web pages make them. `app` is read at call time: test files start their app in beforeAll. */
export function tipClient(app: () => TestApp) {
  const multipart = (session: TestSession, url: string, data: FormData, language: 'vi' | 'en' = 'vi') =>
    app().app.inject({
      method: 'POST', url, payload: data as never,
      headers: { 'accept-language': language, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
  const client = {
    multipart,
    post: (session: TestSession, fields: unknown, files: readonly TestFile[] = []) => multipart(session, '/api/tips', tipForm(fields, files)),
    async create(session: TestSession, overrides: Record<string, unknown> = {}, files: readonly TestFile[] = []): Promise<Tip> {
      const response = await client.post(session, aStaffTip(overrides), files);
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Tip;
    },
    get: (session: TestSession, id: string, language: 'vi' | 'en' = 'vi') => app().request(session, { method: 'GET', url: `/api/tips/${id}`, language }),
    act: (session: TestSession, id: string, body: Record<string, unknown>, language: 'vi' | 'en' = 'vi'): Promise<LightMyRequestResponse> =>
      app().request(session, { method: 'POST', url: `/api/tips/${id}/actions`, body, language }),
    /** An action that must succeed; returns the tip after it. */
    async done(session: TestSession, id: string, body: Record<string, unknown>): Promise<Tip> {
      const response = await client.act(session, id, body);
      expect(response.statusCode, `${String(body.type)}: ${response.body}`).toBe(200);
      return response.json() as Tip;
    },
    list: async (session: TestSession, query = '') => {
      const response = await app().request(session, { method: 'GET', url: `/api/tips${query ? `?${query}` : ''}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { items: Tip[]; total: number; counts: { open: number; overdue: number; dueSoon: number } };
    },
  };
  return client;
}

/** Rows of the tip tables and the audit log, to show a refused request saved nothing. */
export async function tipTableCounts(testApp: TestApp): Promise<number[]> {
  const db = testApp.database.db;
  const tables = ['tips', 'tip_events', 'tip_attachments', 'tip_reporters'] as const;
  return Promise.all(tables.map(async (table) =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
}

/** The workflow fields of a stored tip, to show a refused action changed nothing. */
export async function storedTipState(testApp: TestApp, id: string) {
  return testApp.database.db.selectFrom('tips')
    .select(['status', 'unit_id', 'classification', 'due_on', 'extensions_granted', 'assigned_agency_id', 'resolved_on', 'updated_at'])
    .where('id', '=', id).executeTakeFirstOrThrow();
}
