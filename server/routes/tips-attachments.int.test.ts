import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tip } from '../../core/api/tips.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aStaffTip, png, tipClient, tipForm, tipTableCounts, windowsExecutable } from '../../test-support/tip-client.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardViewer: TestSession;
let wardSocialWorker: TestSession;
let otherInspector: TestSession;
/** A tip recorded with a photo named in Vietnamese. */
let withPhoto: Tip;

const tips = tipClient(() => testApp);
const photoName = "Ảnh hiện trường (1) tổ 'A'.png";
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirst();
const download = (session: TestSession, tip: Tip, attachmentId = tip.attachments[0]!.id) =>
  testApp.request(session, { method: 'GET', url: `/api/tips/${tip.id}/attachments/${attachmentId}` });
const addFiles = (session: TestSession, id: string, files: { name: string; content: Buffer }[]) =>
  tips.multipart(session, `/api/tips/${id}/attachments`, tipForm(undefined, files));

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  otherInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  withPhoto = await tips.create(wardInspector, {}, [{ name: photoName, content: png }]);
});
afterAll(() => testApp.close());

describe('GET /api/tips/{id}/attachments/{attachmentId}', () => {
  it('is refused to a social worker and to another commune\'s officer, each refusal audited', async () => {
    const refused = await download(wardSocialWorker, withPhoto);
    expect(refused.statusCode).toBe(403);
    expect(await lastDenial(wardSocialWorker)).toMatchObject({ action: 'tip.read_attachment' });
    const elsewhere = await download(otherInspector, withPhoto);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.headers['content-type']).toContain('application/json');
    expect(await lastDenial(otherInspector)).toMatchObject({ action: 'tip.read_attachment', unit_id: '16681' });
  });

  it('serves the PNG back byte for byte, as a download that cannot run in the page, audited', async () => {
    expect(withPhoto.attachments).toMatchObject([{ fileName: photoName, mediaType: 'image/png', byteSize: png.length, sha256: sha256(png), source: 'staff' }]);
    const response = await download(wardInspector, withPhoto);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(png)).toBe(true);
    expect(sha256(response.rawPayload)).toBe(withPhoto.attachments[0]!.sha256);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Ảnh hiện trường ')}%281%29${encodeURIComponent(' tổ ')}%27A%27.png`);
    expect(response.headers['content-security-policy']).toBe('sandbox');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const audit = await testApp.database.db.selectFrom('audit_log').select(['actor_username', 'summary'])
      .where('action', '=', 'tip.read_attachment').where('target_id', '=', withPhoto.id).where('outcome', '=', 'success').execute();
    expect(audit).toMatchObject([{ actor_username: wardInspector.username, summary: { attachmentId: withPhoto.attachments[0]!.id, sha256: sha256(png) } }]);
  });

  it('answers 404 for an attachment of another tip', async () => {
    const other = await tips.create(wardInspector, {}, [{ name: 'khac.png', content: png }]);
    expect((await download(wardInspector, withPhoto, other.attachments[0]!.id)).statusCode).toBe(404);
  });
});

describe('files sent with a tip', () => {
  it('refuses an executable named photo.jpg, naming the file, and saves nothing', async () => {
    const before = await tipTableCounts(testApp);
    const response = await tips.post(wardInspector, aStaffTip(), [{ name: 'photo.jpg', content: windowsExecutable }]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('attachment_type_refused');
    expect(response.json().error.message).toContain('"photo.jpg"');
    expect(await tipTableCounts(testApp)).toEqual(before);
  });

  it('refuses a file over 10 MB with 413, and saves nothing', async () => {
    const before = await tipTableCounts(testApp);
    const large = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 1 - png.length)]);
    const response = await tips.post(wardInspector, aStaffTip(), [{ name: 'lon.png', content: large }]);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('attachment_too_large');
    expect(await tipTableCounts(testApp)).toEqual(before);
  });

  it('refuses six files, and saves nothing', async () => {
    const before = await tipTableCounts(testApp);
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `anh-${index}.png`, content: png }));
    const response = await tips.post(wardInspector, aStaffTip(), six);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('attachment_too_many');
    expect(await tipTableCounts(testApp)).toEqual(before);
  });
});

describe('POST /api/tips/{id}/attachments', () => {
  it('is refused to a viewer and to another commune, audited, and saves nothing', async () => {
    const before = await tipTableCounts(testApp);
    const viewer = await addFiles(wardViewer, withPhoto.id, [{ name: 'them.png', content: png }]);
    expect(viewer.statusCode).toBe(403);
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'tip.update' });
    const elsewhere = await addFiles(otherInspector, withPhoto.id, [{ name: 'them.png', content: png }]);
    expect(elsewhere.statusCode).toBe(403);
    expect(await lastDenial(otherInspector)).toMatchObject({ action: 'tip.update', unit_id: '16681' });
    expect(await tipTableCounts(testApp)).toEqual(before);
  });

  it('adds an officer\'s files to the tip and its timeline, audited without the file names', async () => {
    const tip = await tips.create(wardInspector);
    const response = await addFiles(wardInspector, tip.id, [{ name: 'Biên bản làm việc.png', content: png }]);
    expect(response.statusCode, response.body).toBe(201);
    const updated = response.json() as Tip;
    expect(updated.attachments).toMatchObject([{ fileName: 'Biên bản làm việc.png', source: 'staff', sha256: sha256(png) }]);
    expect(updated.events.at(-1)).toMatchObject({ action: 'attachment_added', details: { attachments: 1 } });
    const audit = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'tip.update').where('target_id', '=', tip.id).executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({ action: 'attachment_added', attachments: [{ mediaType: 'image/png', sha256: sha256(png) }] });
    expect(JSON.stringify(audit.summary)).not.toContain('Biên bản');
  });

  it('refuses a request without files, or with a disguised executable, naming what is wrong', async () => {
    const tip = await tips.create(wardInspector);
    const none = await addFiles(wardInspector, tip.id, []);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['attachments']);
    const json = await testApp.request(wardInspector, { method: 'POST', url: `/api/tips/${tip.id}/attachments`, body: {} });
    expect(json.statusCode).toBe(400);
    const disguised = await addFiles(wardInspector, tip.id, [{ name: 'anh.jpg', content: windowsExecutable }]);
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toContain('"anh.jpg"');
    expect((await tips.get(wardInspector, tip.id)).json().attachments).toEqual([]);
  });
});
