import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let admin: TestSession;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signIn({ role: 'unit_admin', unitId: '16681' });
});
afterAll(() => testApp.close());

async function countRows() {
  const db = testApp.database.db;
  const agencies = await db.selectFrom('agencies').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const writes = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('outcome', '=', 'success').executeTakeFirstOrThrow();
  return { agencies: Number(agencies.n), successfulWrites: Number(writes.n) };
}

const post = (payload: string | Buffer, headers: Record<string, string> = {}, language: 'vi' | 'en' = 'vi') =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/units/16681/agencies',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json', 'accept-language': language, ...headers },
    payload,
  });

describe('bad request bodies', () => {
  it('get a specific 4xx in the request language, never a 500, and write nothing', async () => {
    const before = await countRows();
    const cases: Array<{ payload: string | Buffer; headers?: Record<string, string>; status: number; code: string }> = [
      { payload: '{"kind": "other", "name": ', status: 400, code: 'invalid_json' },
      { payload: '', status: 400, code: 'validation_failed' },
      { payload: '[]', status: 400, code: 'validation_failed' },
      { payload: '{"kind": 7, "name": true}', status: 400, code: 'validation_failed' },
      { payload: '{"kind": "other", "name": "X", "__proto__": {"isAdmin": true}}', status: 400, code: 'invalid_json' },
      { payload: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), status: 400, code: 'invalid_utf8' },
      { payload: JSON.stringify({ kind: 'other', name: 'x'.repeat(1_100_000) }), status: 413, code: 'payload_too_large' },
      { payload: 'kind=other&name=X', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported_media_type' },
      { payload: JSON.stringify({ kind: 'other', name: '   ' }), status: 400, code: 'validation_failed' },
      { payload: JSON.stringify({ kind: 'other', name: 'x'.repeat(201) }), status: 400, code: 'validation_failed' },
    ];
    for (const { payload, headers, status, code } of cases) {
      const response = await post(payload, headers);
      const label = `${String(payload).slice(0, 40)} → ${response.body.slice(0, 200)}`;
      expect(response.statusCode, label).toBe(status);
      expect(response.headers['content-type'], label).toMatch(/^application\/json/);
      const error = response.json().error;
      expect(error.code, label).toBe(code);
      expect(error.message, label).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêệềếểễôộồốổỗơợờớởỡưựừứửữđ]/i);
      expect(response.body, label).not.toMatch(/at .*\.ts:\d+|node_modules|stack/i);
    }
    expect(await countRows()).toEqual(before);
  });

  it('names the field and says how to fix it in English when asked', async () => {
    const response = await post(JSON.stringify({ kind: 'other' }), {}, 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'validation_failed',
      message: 'The data sent is not valid. Please correct the fields listed in the details and send it again.',
      details: [{ field: 'name', message: 'Required.' }],
    });
  });

  it('stores injection strings as plain text, unchanged', async () => {
    const name = `<img src=x onerror=alert(1)>'); drop table agencies; --`;
    const response = await post(JSON.stringify({ kind: 'other', name }));
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe(name);
    const list = await testApp.request(admin, { method: 'GET', url: '/api/units/16681/agencies' });
    expect(list.json().agencies.map((agency: { name: string }) => agency.name)).toContain(name);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC before saving', async () => {
    const decomposed = 'Hội Cựu chiến binh phường (bổ sung)'.normalize('NFD');
    const response = await post(JSON.stringify({ kind: 'other', name: decomposed }));
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('Hội Cựu chiến binh phường (bổ sung)'.normalize('NFC'));
  });
});
