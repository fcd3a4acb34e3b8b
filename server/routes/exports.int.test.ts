import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../core/api/imports.ts';
import { establishmentColumns } from '../../core/imports/kinds/establishment-columns.ts';
import { XLSX_TYPE } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardSocialWorker: TestSession;
let provinceOfficer: TestSession;

const anEstablishment = (overrides: Record<string, unknown>) => ({
  unitId: '16681', name: 'Cơ sở xuất thử', type: 'karaoke', address: 'Số 1 đường Quang Trung', licenceNumber: null, workers: 3, ...overrides,
});

const readWorkbook = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return workbook;
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const records = [
    anEstablishment({ name: 'Karaoke Sao Mai', licenceNumber: 'XK-1', licenceDate: '2022-08-15', openedOn: '2022-09-01' }),
    anEstablishment({ name: 'Karaoke Hoàng Gia', address: 'Số 9 đường Lê Lợi', status: 'closed', closedOn: '2025-06-30', riskClass: 'high', riskReviewedOn: '2025-01-10' }),
    anEstablishment({ name: 'Nhà nghỉ Bình An', type: 'accommodation', address: 'Số 3 ngõ 4' }),
    anEstablishment({ unitId: '16702', name: 'Karaoke Vinh Phú', address: 'Số 5 đường Trường Thi' }),
  ];
  for (const record of records) {
    const response = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/establishments', body: record });
    expect(response.statusCode, response.body).toBe(201);
  }
});
afterAll(() => testApp.close());

describe('exporting the registry', () => {
  it('refuses a role that may not read enforcement records, and audits the refusal', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/exports/establishments.xlsx' });
    expect(response.statusCode).toBe(403);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardSocialWorker.username).where('outcome', '=', 'denied').executeTakeFirstOrThrow();
    expect(denial).toEqual({ action: 'establishment.export', outcome: 'denied' });
  });

  it('exports the filtered list with Vietnamese headers, labels and real dates shown dd/mm/yyyy, and audits it', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/establishments.xlsx?unit=16681&type=karaoke&q=karaoke' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="co-so-kinh-doanh-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = (await readWorkbook(response.rawPayload)).getWorksheet('Dữ liệu')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(establishmentColumns.map((column) => column.header.vi));
    expect(sheet.rowCount).toBe(3);
    const names = [sheet.getCell('B2').value, sheet.getCell('B3').value];
    expect(names.sort()).toEqual(['Karaoke Hoàng Gia', 'Karaoke Sao Mai']);
    const saoMai = sheet.getRow(names.indexOf('Karaoke Sao Mai') === 0 ? 2 : 3);
    expect(saoMai.getCell(1).value).toBe('Phường Thành Vinh (16681)');
    expect(saoMai.getCell(3).value).toBe('Karaoke');
    expect(saoMai.getCell(7).value).toEqual(new Date(Date.UTC(2022, 7, 15)));
    expect(saoMai.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(saoMai.getCell(10).value).toBe('Đang hoạt động');
    const entry = await testApp.database.db.selectFrom('audit_log').select(['summary', 'outcome'])
      .where('action', '=', 'establishment.export').where('actor_username', '=', provinceOfficer.username).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ outcome: 'success', summary: { kind: 'establishments', rows: 2, filters: { unit: '16681', type: 'karaoke', q: 'karaoke' } } });
  });

  it('keeps to the caller\'s scope: everything of their commune, nothing of another', async () => {
    const own = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/establishments.xlsx' });
    expect(own.statusCode).toBe(200);
    const sheet = (await readWorkbook(own.rawPayload)).getWorksheet('Dữ liệu')!;
    const names: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) names.push(row.getCell(2).value);
    });
    expect(names).toHaveLength(3);
    expect(names).not.toContain('Karaoke Vinh Phú');
    const other = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/establishments.xlsx?unit=16702' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('out_of_scope');
  });

  it('refuses unknown filters as the list does', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/establishments.xlsx?status=gone' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('querystring.status');
  });

  it('writes a file the import reads back: every row is then a duplicate of the registry', async () => {
    const exported = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/establishments.xlsx' });
    const response = await testApp.app.inject({
      method: 'POST', url: '/api/imports/establishments', payload: exported.rawPayload,
      headers: { cookie: wardInspector.cookie, 'x-csrf-token': wardInspector.csrfToken, 'content-type': XLSX_TYPE, 'x-file-name': 'xuat.xlsx' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json() as ImportPreview;
    expect(preview).toMatchObject({ totalRows: 3, validRows: 0, badRows: 3 });
    expect(preview.columns).toHaveLength(establishmentColumns.length);
    expect(preview.issues.every((issue) => issue.message.includes('Đã có cơ sở') || issue.message.includes('đã được ghi cho cơ sở'))).toBe(true);
  });
});
