import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { hashTypedReceiptCode } from '../services/tips/receipt-codes.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let officer: TestSession;

/** A 1×1 PNG: a real image by its content. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The start of an ELF executable, whatever it is named. */
const executable = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);

const aTip = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  subjects: ['selling_buying_sex'],
  address: 'Nhà nghỉ gần chợ Vinh',
  description: 'Có người môi giới mua bán dâm vào buổi tối',
  ...overrides,
});

// Each test speaks from its own address, so the per-client limits of one do not spill into another.
let clients = 0;
const newClient = () => `198.51.100.${++clients}`;

const form = (name: string, fields: unknown, files: { name: string; content: Buffer }[] = []) => {
  const data = new FormData();
  data.append(name, JSON.stringify(fields));
  for (const file of files) data.append('attachments', new Blob([new Uint8Array(file.content)]), file.name);
  return data;
};

const post = (url: string, payload: FormData | object, remoteAddress = newClient(), app: FastifyInstance = testApp.app, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST', url, remoteAddress, payload: payload as never,
    headers: { 'accept-language': 'vi', ...(payload instanceof FormData ? {} : { 'content-type': 'application/json' }), ...headers },
  });

const submit = async (fields: Record<string, unknown> = aTip(), files: { name: string; content: Buffer }[] = []) => {
  const response = await post('/api/public/tips', form('tip', fields, files));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().receiptCode as string;
};
const status = (receiptCode: string, client?: string) => post('/api/public/tips/status', { receiptCode }, client);

const tipOfCode = async (code: string) =>
  testApp.database.db.selectFrom('tips').selectAll().where('receipt_code_hash', '=', hashTypedReceiptCode(code)!).executeTakeFirstOrThrow();

const count = async (table: 'tips' | 'tip_events' | 'tip_attachments' | 'tip_reporters' | 'audit_log') =>
  Number((await testApp.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const counts = async () => Promise.all((['tips', 'tip_events', 'tip_attachments', 'tip_reporters', 'audit_log'] as const).map(count));

/** Rows of a table whose text (every column, as PostgreSQL prints it) contains a string. */
const rowsContaining = async (table: 'tips' | 'tip_events' | 'tip_reporters' | 'audit_log', text: string) => {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} t where t::text ilike ${`%${text}%`}`.execute(testApp.database.db);
  return Number(rows[0]!.n);
};

beforeAll(async () => {
  testApp = await startTestApp();
  officer = await testApp.signIn({ role: 'inspector', unitId: '16681' });
});
afterAll(() => testApp.close());

const expectNoCookie = (response: LightMyRequestResponse) => expect(response.headers['set-cookie']).toBeUndefined();

describe('submitting a tip without signing in', () => {
  it('records the tip and gives a 20-character code in 5 groups, kept only as a hash', async () => {
    const before = await count('tips');
    const response = await post('/api/public/tips', form('tip', aTip({ anonymous: false, reporter: { fullName: 'Nguyễn Văn An', phone: '0912345678' } }), [{ name: 'anh.png', content: png }]));
    expect(response.statusCode, response.body).toBe(201);
    expectNoCookie(response);
    const { receiptCode, receivedAt } = response.json();
    expect(receiptCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(new Date(receivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await count('tips')).toBe(before + 1);

    const row = await tipOfCode(receiptCode);
    expect(row.receipt_code_hash).toHaveLength(32);
    expect(row).toMatchObject({ channel: 'public_form', unit_id: '16681', receiving_user_id: null, status: 'received', anonymous: false });
    const bare = receiptCode.replace(/-/g, '');
    for (const table of ['tips', 'tip_events', 'tip_reporters', 'audit_log'] as const) {
      expect(await rowsContaining(table, bare), table).toBe(0);
      expect(await rowsContaining(table, receiptCode), table).toBe(0);
    }
    const attachment = await testApp.database.db.selectFrom('tip_attachments').select(['media_type', 'source']).where('tip_id', '=', row.id).executeTakeFirstOrThrow();
    expect(attachment).toEqual({ media_type: 'image/png', source: 'reporter' });
  });

  it('audits the submission with no actor, naming only the reference and the unit, and keeps no address', async () => {
    const code = await submit(aTip({ anonymous: false, reporter: { fullName: 'Trần Thị Bình', email: 'binh@example.vn' } }));
    const tip = await tipOfCode(code);
    const entry = await testApp.database.db.selectFrom('audit_log').selectAll().where('target_id', '=', tip.id).where('action', '=', 'tip.public_submit').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_user_id: null, actor_username: null, actor_role: null, unit_id: '16681', outcome: 'success', target_type: 'tip' });
    expect(entry.summary).toEqual({ reference: tip.reference, unitId: '16681', attachments: 0 });
    expect(await rowsContaining('audit_log', 'binh@example.vn')).toBe(0);
    expect(await rowsContaining('audit_log', 'môi giới')).toBe(0);
    for (const address of ['127.0.0.1', '198.51.100.']) {
      expect(await rowsContaining('audit_log', address)).toBe(0);
      expect(await rowsContaining('tips', address)).toBe(0);
      expect(await rowsContaining('tip_events', address)).toBe(0);
    }
  });

  it('keeps a script in the text as text', async () => {
    const script = '<script>alert(1)</script>';
    const code = await submit(aTip({ description: script, address: `<img src=x onerror=alert(1)> ${script}` }));
    const tip = await tipOfCode(code);
    expect(tip.description).toBe(script);
    expect(tip.address).toBe(`<img src=x onerror=alert(1)> ${script}`);
  });

  it('refuses an executable named as a photo, saving nothing', async () => {
    const before = await counts();
    const response = await post('/api/public/tips', form('tip', aTip(), [{ name: 'anh.png', content: png }, { name: 'anh2.jpg', content: executable }]));
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('attachment_type_refused');
    expect(response.json().error.message).toContain('anh2.jpg');
    expect(await counts()).toEqual(before);
  });

  it('refuses an empty description and an unknown, former or malformed unit, naming the field', async () => {
    const before = await counts();
    const fieldsOf = (response: LightMyRequestResponse) => [...new Set((response.json().error.details as { field: string }[]).map((detail) => detail.field))];
    const empty = await post('/api/public/tips', form('tip', aTip({ description: '   ' })));
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['description']);
    const former = await testApp.database.db.selectFrom('admin_units').select('id').where('valid_to', 'is not', null).where('level', '=', 'commune').executeTakeFirstOrThrow();
    for (const unitId of ['99999', former.id, 'không có', '']) {
      const response = await post('/api/public/tips', { ...aTip({ unitId }) });
      expect(response.statusCode, unitId).toBe(400);
      expect(fieldsOf(response), unitId).toEqual(['unitId']);
    }
    const future = await post('/api/public/tips', aTip({ happenedOn: '2999-01-01' }));
    expect(fieldsOf(future)).toEqual(['happenedOn']);
    const internal = await post('/api/public/tips', aTip({ channel: 'hotline' }));
    expect(internal.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('accepts a province when the reporter does not know the commune', async () => {
    const tip = await tipOfCode(await submit(aTip({ unitId: '40' })));
    expect(tip.unit_id).toBe('40');
  });

  it('refuses a write sent from another site\'s page (Origin), but needs no session or CSRF token', async () => {
    const response = await post('/api/public/tips', aTip(), newClient(), testApp.app, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });
});

describe('sending the same form again (Idempotency-Key)', () => {
  const sendKeyed = (key: string | undefined, fields: Record<string, unknown> = aTip(), files: { name: string; content: Buffer }[] = [], client = newClient(), language = 'vi') =>
    post('/api/public/tips', form('tip', fields, files), client, testApp.app, { 'accept-language': language, ...(key === undefined ? {} : { 'idempotency-key': key }) });
  const submissionRows = () => testApp.database.db.selectFrom('tip_submission_keys').selectAll().execute();

  it('records the tip once: the repeat gets the first answer, the same receipt code included, and stores no file twice', async () => {
    const key = randomUUID();
    const before = await counts();
    const first = await sendKeyed(key, aTip(), [{ name: 'anh.png', content: png }]);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await sendKeyed(key, aTip(), [{ name: 'anh.png', content: png }]);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    // Quoted, as a structured-field string: the same key.
    const quoted = await sendKeyed(`"${key}"`, aTip(), [{ name: 'anh.png', content: png }]);
    expect(quoted.json()).toEqual(first.json());
    const [tips, events, attachments, reporters, audits] = await counts();
    expect([tips, events, attachments, reporters, audits]).toEqual([before[0]! + 1, before[1]! + 1, before[2]! + 1, before[3], before[4]! + 1]);
    expect((await status(again.json().receiptCode)).json()).toMatchObject({ status: 'received' });
    expectNoCookie(again);
  });

  it('answers two tries sent at once with one tip and the same code', async () => {
    const key = randomUUID();
    const before = await count('tips');
    const responses = await Promise.all([sendKeyed(key), sendKeyed(key), sendKeyed(key)]);
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(responses.map((response) => response.json().receiptCode)).size).toBe(1);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
    expect(await count('tips')).toBe(before + 1);
  });

  it('refuses the same key with other content (409, in the request\'s language), saving nothing', async () => {
    const key = randomUUID();
    expect((await sendKeyed(key, aTip(), [{ name: 'anh.png', content: png }])).statusCode).toBe(201);
    const before = await counts();
    const edited = await sendKeyed(key, aTip({ description: 'Nội dung đã sửa sau khi mất mạng' }), [{ name: 'anh.png', content: png }]);
    expect(edited.statusCode).toBe(409);
    expect(edited.json().error).toMatchObject({ code: 'tip_submission_key_reused', details: [] });
    expect(edited.json().error.message).toMatch(/nội dung khác/);
    const otherFiles = await sendKeyed(key, aTip(), [], newClient(), 'en');
    expect(otherFiles.statusCode).toBe(409);
    expect(otherFiles.json().error.message).toMatch(/different content/);
    expect(await counts()).toEqual(before);
  });

  it('records two tips for two sends without a key, as before', async () => {
    const before = await count('tips');
    const first = await sendKeyed(undefined);
    const second = await sendKeyed(undefined);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json().receiptCode).not.toBe(first.json().receiptCode);
    expect(await count('tips')).toBe(before + 2);
  });

  it('refuses a malformed key with 400 naming the header, saving nothing', async () => {
    const before = await counts();
    for (const key of ['abc', 'x'.repeat(101), 'khóa gửi không hợp lệ 123', 'aaaaaaaaaaaaaaaa"', `${randomUUID()}, ${randomUUID()}`]) {
      const response = await sendKeyed(key);
      expect(response.statusCode, key).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(response.json().error.details).toEqual([{ field: 'headers.idempotency-key', message: expect.stringMatching(/^Khóa gửi \(Idempotency-Key\) phải gồm 16/) }]);
    }
    const english = await sendKeyed('short', aTip(), [], newClient(), 'en');
    expect(english.json().error.details[0].message).toMatch(/^The Idempotency-Key must be 16 to 100/);
    expect(await counts()).toEqual(before);
  });

  it('keeps neither the key nor the code in clear, and forgets the sealed code after 24 hours', async () => {
    const key = randomUUID();
    const first = await sendKeyed(key);
    const code: string = first.json().receiptCode;
    const tip = await tipOfCode(code);
    const row = (await submissionRows()).find((candidate) => candidate.tip_id === tip.id)!;
    expect(row.replay_until.getTime() - new Date(first.json().receivedAt).getTime()).toBe(24 * 3_600_000);
    for (const secret of [key, key.replace(/-/g, ''), code, code.replace(/-/g, '')]) {
      for (const value of [row.key_hash, row.fingerprint, row.sealed_receipt!]) expect(Buffer.from(value).includes(Buffer.from(secret)), secret).toBe(false);
    }
    expect(Buffer.from(row.key_hash).equals(createHash('sha256').update(key).digest())).toBe(false);

    // A day later the sealed code no longer opens a repeat, and the next submission empties it.
    await testApp.database.db.updateTable('tip_submission_keys').set({ replay_until: new Date(Date.now() - 1000) }).where('tip_id', '=', tip.id).execute();
    const late = await sendKeyed(key);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('tip_already_submitted');
    expect(late.json().error.message).toMatch(/đã được gửi; mã tiếp nhận đã hiện ở lần gửi trước/);
    expect((await sendKeyed(randomUUID())).statusCode).toBe(201);
    expect((await submissionRows()).find((candidate) => candidate.tip_id === tip.id)!.sealed_receipt).toBeNull();
    expect((await sendKeyed(key)).json().error.code).toBe('tip_already_submitted');
    expect((await sendKeyed(key, aTip({ description: 'Khác' }))).json().error.code).toBe('tip_submission_key_reused');
  });

  it('counts a repeat as a lookup, not as a new submission, against the limits', async () => {
    const client = newClient();
    const key = randomUUID();
    const results: number[] = [];
    results.push((await sendKeyed(key, aTip(), [], client)).statusCode);
    for (let index = 0; index < 6; index++) results.push((await sendKeyed(key, aTip(), [], client)).statusCode);
    // Five new tips from one client in 10 minutes: the first and four more.
    for (let index = 0; index < 5; index++) results.push((await sendKeyed(randomUUID(), aTip({ description: `Tin ${index}` }), [], client)).statusCode);
    expect(results).toEqual([...Array(11).fill(201), 429]);
  });
});

describe('following a tip with its receipt code', () => {
  it('shows received, then processing once an officer classifies it; the code may be typed in lower case without dashes', async () => {
    const code = await submit();
    const first = await status(code);
    expect(first.statusCode, first.body).toBe(200);
    expectNoCookie(first);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(first.json()).toEqual({ status: 'received', receivedOn: today, updatedOn: today, additions: 0 });

    const tip = await tipOfCode(code);
    await classify(tip.id);
    const second = await status(code.replace(/-/g, '').toLowerCase());
    expect(second.json()).toMatchObject({ status: 'processing' });
    expect(Object.keys(second.json()).sort()).toEqual(['additions', 'receivedOn', 'status', 'updatedOn']);
  });

  it('answers a wrong code and a malformed code with the same 404, byte for byte', async () => {
    const wrong = await status('ABCD-EFGH-JKMN-PQRS-TVWX');
    const malformed = await status('not a code!');
    expect(wrong.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('receipt_code_not_matched');
    expect(malformed.body).toBe(wrong.body);
    expect(malformed.headers['content-type']).toBe(wrong.headers['content-type']);
  });

  it('refuses more than 10 tries of one code in an hour, even from different clients', async () => {
    const code = await submit();
    for (let index = 0; index < 10; index++) expect((await status(code, newClient())).statusCode).toBe(200);
    const refused = await status(code, newClient());
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    // A guess from yet another client is limited the same way: only per code, never by existence.
    const guess = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ';
    for (let index = 0; index < 10; index++) expect((await status(guess, newClient())).statusCode).toBe(404);
    expect((await status(guess, newClient())).statusCode).toBe(429);
  });

  it('refuses more than 20 lookups from one client in 10 minutes, whatever the codes', async () => {
    const client = newClient();
    for (let index = 0; index < 20; index++) expect((await status(`ZZZZ-ZZZZ-ZZZZ-ZZZZ-${String(index).padStart(4, '0')}`, client)).statusCode).toBe(404);
    const refused = await status('ZZZZ-ZZZZ-ZZZZ-ZZZZ-YYYY', client);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/\d+ giây/);
  });

  it('records an addition with its files as a step of the history, with no actor', async () => {
    const code = await submit();
    const tip = await tipOfCode(code);
    const text = 'Tối qua thấy thêm hai người đến lúc 22 giờ <b>đậm</b>';
    const response = await post('/api/public/tips/additions', form('addition', { receiptCode: code.toLowerCase(), text }, [{ name: 'them.png', content: png }]));
    expect(response.statusCode, response.body).toBe(201);
    expectNoCookie(response);
    expect(response.json()).toMatchObject({ status: 'received', additions: 1 });
    const json = await post('/api/public/tips/additions', { receiptCode: code, text: 'Thêm một chi tiết nữa' });
    expect(json.json()).toMatchObject({ additions: 2 });

    const events = await testApp.database.db.selectFrom('tip_events').select(['action', 'actor_user_id', 'note', 'details'])
      .where('tip_id', '=', tip.id).where('action', '=', 'reporter_addition').orderBy('at').execute();
    expect(events).toEqual([
      { action: 'reporter_addition', actor_user_id: null, note: text, details: { attachments: 1 } },
      { action: 'reporter_addition', actor_user_id: null, note: 'Thêm một chi tiết nữa', details: { attachments: 0 } },
    ]);
    const files = await testApp.database.db.selectFrom('tip_attachments').select(['file_name', 'source']).where('tip_id', '=', tip.id).execute();
    expect(files).toEqual([{ file_name: 'them.png', source: 'reporter' }]);
    expect((await tipOfCode(code)).updated_at.getTime()).toBeGreaterThan(tip.updated_at.getTime());
    const audits = await testApp.database.db.selectFrom('audit_log').select(['actor_user_id', 'summary']).where('target_id', '=', tip.id).where('action', '=', 'tip.public_addition').orderBy('id').execute();
    expect(audits).toHaveLength(2);
    expect(audits[0]).toEqual({ actor_user_id: null, summary: { reference: tip.reference, unitId: '16681', attachments: 1 } });
    expect(await rowsContaining('audit_log', 'hai người')).toBe(0);
  });

  it('shows a resolved tip as resolved and still takes additions, for the unit to reopen it on', async () => {
    const code = await submit();
    const tip = await tipOfCode(code);
    const act = (body: object) => testApp.request(officer, { method: 'POST', url: `/api/tips/${tip.id}/actions`, body });
    expect((await act({ type: 'classify', classification: 'outside_scope' })).statusCode).toBe(200);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const resolved = await act({ type: 'resolve', substantiated: false, outcome: 'transferred', resolvedOn: today, note: 'Chuyển cơ quan khác' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect((await status(code)).json()).toMatchObject({ status: 'resolved' });
    const addition = await post('/api/public/tips/additions', { receiptCode: code, text: 'Vẫn còn hoạt động' });
    expect(addition.statusCode).toBe(201);
    expect(addition.json()).toMatchObject({ status: 'resolved', additions: 1 });
  });

  it('refuses an addition with a wrong code, an empty text or an executable, saving nothing', async () => {
    const code = await submit();
    const before = await counts();
    const wrong = await post('/api/public/tips/additions', { receiptCode: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ1', text: 'Thông tin thêm' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('receipt_code_not_matched');
    const empty = await post('/api/public/tips/additions', form('addition', { receiptCode: code, text: '' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['text']);
    const missing = await post('/api/public/tips/additions', form('tip', { receiptCode: code, text: 'x' }));
    expect(missing.statusCode).toBe(400);
    const bad = await post('/api/public/tips/additions', form('addition', { receiptCode: code, text: 'Ảnh' }, [{ name: 'anh.jpg', content: executable }]));
    expect(bad.statusCode).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('accepts at most 10 additions a day to one tip', async () => {
    // Tries of a code are limited to 10 an hour; raised here so that the daily limit on additions is the one reached.
    const app = await buildApp({ database: testApp.database, demoMode: false, webRoot: null, publicTipLimits: { lookupsPerCode: { max: 100, windowMs: 3_600_000 } } });
    try {
      const code = await submit();
      const results: number[] = [];
      for (let index = 0; index < 11; index++) {
        results.push((await post('/api/public/tips/additions', { receiptCode: code, text: `Chi tiết ${index}` }, newClient(), app)).statusCode);
      }
      expect(results).toEqual([...Array(10).fill(201), 429]);
      expect((await post('/api/public/tips/status', { receiptCode: code }, newClient(), app)).json()).toMatchObject({ additions: 10 });
    } finally {
      await app.close();
    }
  });
});

describe('a flood of submissions', () => {
  const flood = async (app: FastifyInstance, total: number) => {
    const client = newClient();
    const responses: LightMyRequestResponse[] = [];
    // 1,000 within the minute, 50 at a time as a script would send them.
    for (let start = 0; start < total; start += 50) {
      responses.push(...await Promise.all(Array.from({ length: 50 }, (_, index) =>
        post('/api/public/tips', form('tip', aTip({ description: `Tin báo số ${start + index}` })), client, app))));
    }
    return responses;
  };
  const storedCodes = async (codes: string[]) => {
    const hashes = codes.map((code) => hashTypedReceiptCode(code)!);
    const row = await testApp.database.db.selectFrom('tips').select((eb) => eb.fn.countAll().as('n')).where('receipt_code_hash', 'in', hashes).executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('accepts the first 5 of 1,000 from one client in a minute, refuses the rest with 429, and loses none it accepted', async () => {
    const before = await count('tips');
    const responses = await flood(testApp.app, 1000);
    const accepted = responses.filter((response) => response.statusCode === 201);
    expect(accepted).toHaveLength(5);
    expect(responses.filter((response) => response.statusCode === 429)).toHaveLength(995);
    expect(await count('tips')).toBe(before + 5);
    expect(await storedCodes(accepted.map((response) => response.json().receiptCode))).toBe(5);
  });

  it('keeps the overall ceiling when the per-client limit is raised', async () => {
    const app = await buildApp({
      database: testApp.database, demoMode: false, webRoot: null,
      publicTipLimits: { submissionsPerClient: { max: 10_000, windowMs: 60_000 }, submissionsOverall: { max: 40, windowMs: 60_000 } },
    });
    try {
      const before = await count('tips');
      const responses = await flood(app, 200);
      const accepted = responses.filter((response) => response.statusCode === 201);
      expect(accepted).toHaveLength(40);
      expect(responses.filter((response) => response.statusCode === 429)).toHaveLength(160);
      expect(await count('tips')).toBe(before + 40);
      expect(await storedCodes(accepted.map((response) => response.json().receiptCode))).toBe(40);
    } finally {
      await app.close();
    }
  });
});

describe('the place picker', () => {
  it('finds today\'s communes and provinces without accents, with their province, at most 20', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/public/units?q=${encodeURIComponent('thanh vinh')}` });
    expect(response.statusCode, response.body).toBe(200);
    expectNoCookie(response);
    expect(response.json()).toContainEqual({ id: '16681', name: 'Phường Thành Vinh', level: 'commune', parentName: 'Tỉnh Nghệ An' });
    const many = await testApp.app.inject({ method: 'GET', url: '/api/public/units?q=xa' });
    expect(many.json()).toHaveLength(20);
    const provinces = await testApp.app.inject({ method: 'GET', url: `/api/public/units?q=${encodeURIComponent('nghe an')}&level=province` });
    expect(provinces.json()).toEqual([{ id: '40', name: 'Tỉnh Nghệ An', level: 'province', parentName: null }]);
    const former = await testApp.database.db.selectFrom('admin_units').select('name').where('valid_to', 'is not', null).where('level', '=', 'commune').executeTakeFirstOrThrow();
    const formerResults = await testApp.app.inject({ method: 'GET', url: `/api/public/units?q=${encodeURIComponent(former.name)}` });
    expect((formerResults.json() as { id: string }[]).every((unit) => !unit.id.startsWith('pre2025-'))).toBe(true);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/public/units?q=' })).statusCode).toBe(400);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/public/units?q=x&level=district' })).statusCode).toBe(400);
  });
});

/** Classifies a tip as an officer of its commune does, through the staff API. */
async function classify(tipId: string): Promise<void> {
  const response = await testApp.request(officer, { method: 'POST', url: `/api/tips/${tipId}/actions`, body: { type: 'classify', classification: 'criminal_tip' } });
  expect(response.statusCode, response.body).toBe(200);
}

describe('the API description', () => {
  it('documents the public routes', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/public/units', '/api/public/tips', '/api/public/tips/status', '/api/public/tips/additions']));
    expect(document.paths['/api/public/tips/status'].post.requestBody.content['application/json'].schema.required).toEqual(['receiptCode']);
    const submit = document.paths['/api/public/tips'].post;
    expect(submit.description).toContain('Idempotency-Key');
    expect(submit.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'idempotency-key', required: false }));
    expect(Object.keys(submit.responses)).toContain('409');
  });
});
