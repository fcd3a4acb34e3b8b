import { describe, expect, it } from 'vitest';
import { columnLetter, isHeaderRow, matchHeader } from './header-row.ts';
import { establishmentColumns } from './kinds/establishment-columns.ts';

describe('the header row', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('matches headers in Vietnamese or English, with or without accents, the required mark or another spacing', () => {
    const match = matchHeader(['Xã, phường (*)', 'TEN CO SO', 'Type', ' Địa  chỉ ', 'Ghi chú', null, 'Số GPKD'], establishmentColumns, 1);
    expect(match.mappings.map((mapping) => [mapping.column.key, mapping.index, mapping.header])).toEqual([
      ['unitId', 0, 'Xã, phường (*)'], ['name', 1, 'TEN CO SO'], ['type', 2, 'Type'], ['address', 3, 'Địa  chỉ'], ['licenceNumber', 6, 'Số GPKD'],
    ]);
    expect(match.ignored).toEqual(['Ghi chú']);
    expect(match.problems).toEqual([]);
  });

  it('names missing required columns and columns given twice, by their cells', () => {
    const match = matchHeader(['Tên cơ sở', 'Loại hình', 'Name'], establishmentColumns, 3);
    expect(match.problems.map((problem) => problem.vi)).toEqual([
      'Cột "Tên cơ sở" có hai lần (ô A3 và C3); hãy xóa một cột',
      'Thiếu cột bắt buộc: "Xã, phường", "Địa chỉ"; hãy dùng tệp mẫu hoặc đặt đúng tên cột ở dòng tiêu đề',
    ]);
  });

  it('tells a header from a title or a data row', () => {
    expect(isHeaderRow(['DANH SÁCH CƠ SỞ KINH DOANH'], establishmentColumns)).toBe(false);
    expect(isHeaderRow(['Phường Thành Vinh (16681)', 'Karaoke Ánh Dương', 'Karaoke'], establishmentColumns)).toBe(false);
    expect(isHeaderRow(['Tên cơ sở', 'Địa chỉ'], establishmentColumns)).toBe(true);
  });
});
