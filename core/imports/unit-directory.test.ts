import { describe, expect, it } from 'vitest';
import { UnitDirectory, type DirectoryUnit } from './unit-directory.ts';

const unit = (id: string, name: string, overrides: Partial<DirectoryUnit> = {}): DirectoryUnit => ({
  id, name, shortName: name.replace(/^(Phường|Xã|Tỉnh) /, ''), level: 'commune', current: true, inScope: true, ...overrides,
});

const directory = new UnitDirectory([
  unit('40', 'Tỉnh Nghệ An', { level: 'province' }),
  unit('16681', 'Phường Thành Vinh'),
  unit('16702', 'Phường Vinh Phú'),
  unit('17000', 'Xã An Hòa'),
  unit('17001', 'Xã An Hòa'),
  unit('00004', 'Phường Ba Đình', { inScope: false }),
  unit('16690', 'Phường Lê Lợi', { current: false }),
]);
const communes = ['commune'] as const;

describe('naming a unit in a file', () => {
  it('finds it by "Name (code)", by code (leading zeros dropped by Excel), or by a unique name', () => {
    expect(directory.resolve('Phường Thành Vinh (16681)', communes)).toEqual({ value: '16681' });
    expect(directory.resolve(16702, communes)).toEqual({ value: '16702' });
    expect(directory.resolve('phuong vinh phu', communes)).toEqual({ value: '16702' });
    expect(directory.resolve('Vinh Phú', communes)).toEqual({ value: '16702' });
  });

  it('asks for the code when a name is shared', () => {
    expect(directory.resolve('Xã An Hòa', communes).issue?.vi).toBe('Có nhiều đơn vị tên "Xã An Hòa": Xã An Hòa (17000); Xã An Hòa (17001); hãy ghi kèm mã');
  });

  it('refuses units outside the scope without naming them, former units, wrong levels and unknown codes', () => {
    expect(directory.resolve(4, communes).issue?.vi).toBe('Đơn vị mã 00004 nằm ngoài phạm vi quản lý của bạn');
    expect(directory.resolve('Phường Ba Đình', communes).issue?.vi).toContain('trong phạm vi quản lý của bạn');
    expect(directory.resolve('16690', communes).issue?.vi).toContain('là đơn vị cũ');
    expect(directory.resolve('40', communes).issue?.vi).toBe('Tỉnh Nghệ An (40) là cấp tỉnh, thành phố; ở đây phải là xã, phường, đặc khu');
    expect(directory.resolve('99999', communes).issue?.vi).toBe('Không có đơn vị hành chính mã 99999');
  });

  it('lists the units a template offers: current, in scope, of the level asked', () => {
    expect(directory.listInScope(communes).map((candidate) => candidate.id)).toEqual(['16681', '16702', '17000', '17001']);
  });
});
