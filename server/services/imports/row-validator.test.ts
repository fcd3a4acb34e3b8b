import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../../core/imports/header-row.ts';
import { establishmentColumns } from '../../../core/imports/kinds/establishment-columns.ts';
import { UnitDirectory } from '../../../core/imports/unit-directory.ts';
import { findImportKind } from '../../imports/import-kinds.ts';
import { RowValidator } from './row-validator.ts';

const kind = findImportKind('establishments')!;
const header = ['Xã, phường', 'Tên cơ sở', 'Loại hình', 'Địa chỉ', 'Số giấy phép', 'Trạng thái', 'Ngày đóng cửa', 'Mức nguy cơ'];
const units = new UnitDirectory([{ id: '16681', name: 'Phường Thành Vinh', shortName: 'Thành Vinh', level: 'commune', current: true, inScope: true }]);
const validator = () => new RowValidator(kind, matchHeader(header, establishmentColumns, 1).mappings, { units, date1904: false }, '2026-06-30');
const row = (rowNumber: number, cells: (string | null)[]) => ({ rowNumber, cells });

describe('checking the rows of a file', () => {
  it('turns a good row into the create input, empty cells taking the defaults', () => {
    const result = validator().validate(row(2, ['16681', 'Karaoke Ánh Dương', 'Karaoke', 'Số 12 Lê Lợi', 'KD-1', null, null, null]));
    expect(result.issues).toEqual([]);
    expect(result.input).toMatchObject({ unitId: '16681', name: 'Karaoke Ánh Dương', type: 'karaoke', status: 'active', closedOn: null, riskClass: null, workers: null });
  });

  it('reports every problem of a row at once, under the file\'s own headers, each cell once', () => {
    const result = validator().validate(row(3, ['16681', '', 'Sòng bạc', 'Số 1', null, 'Đã đóng cửa', null, 'Cao']));
    expect(result.input).toBeNull();
    expect(result.issues.map((issue) => [issue.column, issue.message.vi])).toEqual([
      ['Tên cơ sở', 'Bắt buộc, không được để trống'],
      ['Loại hình', expect.stringContaining('"Sòng bạc" không có trong danh mục')],
    ]);
  });

  it('applies the create service\'s rules between fields once the cells are right', () => {
    const result = validator().validate(row(4, ['16681', 'Quán A', 'Quán bar', 'Số 1', null, 'Đã đóng cửa', null, 'Cao']));
    expect(result.issues.map((issue) => [issue.column, issue.message.en])).toEqual([
      ['Ngày đóng cửa', 'A closed establishment needs the date it closed'],
      // The review date column is not in this file: the template's header names it.
      ['Ngày rà soát, đánh giá', 'A risk class needs the date of the review that set it'],
    ]);
  });

  it('reports a row repeated and a licence or a place given twice, naming the first row', () => {
    const checker = validator();
    const first = ['16681', 'Quán A', 'Quán bar', 'Số 1', 'KD-9', null, null, null];
    expect(checker.validate(row(2, first)).issues).toEqual([]);
    expect(checker.validate(row(3, first)).issues[0]!.message.vi).toBe('Dòng này trùng hoàn toàn với dòng 2');
    expect(checker.validate(row(4, ['16681', 'Quán B', 'Quán bar', 'Số 2', 'kd-9', null, null, null])).issues[0]).toEqual({
      column: 'Số giấy phép', message: { vi: 'Trùng số giấy phép "kd-9" với dòng 2', en: 'Same licence number "kd-9" as row 2' },
    });
    expect(checker.validate(row(5, ['16681', 'QUAN A', 'Karaoke', 'so 1', null, null, null, null])).issues[0]!.message.vi)
      .toBe('Trùng tên và địa chỉ trong cùng xã (không tính dấu, chữ hoa) với dòng 2');
  });
});
