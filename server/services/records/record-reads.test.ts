import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import type { ServiceContext } from '../context.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from './record-reads.ts';

// The unit lookup reads the database; here it is a stand-in that knows one visible and one hidden unit.
vi.mock('../units/unit-service.ts', () => ({
  getVisibleUnit: vi.fn(async (_context: unknown, code: string) => {
    if (code === '16681') return { id: '16681', name: 'Phường Thành Vinh', path: '/40/16681/' };
    throw new AppError('out_of_scope', 403, { unit: code, unitId: code });
  }),
}));

const db = {} as Executor;
const scope = { kind: 'subtree' as const, unitId: '40', unitPath: '/40/' };
const context = { database: { db }, actor: { scope } } as unknown as ServiceContext;

const rows = new Map([
  ['a', { id: 'a', unit_id: '16681' }],
  ['b', { id: 'b', unit_id: '01' }],
]);
const find = async (_db: Executor, id: string) => rows.get(id);

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('findRecord', () => {
  it('returns the row, or 404 not_found naming the record type and id', async () => {
    expect(await findRecord(db, 'hotspot', 'a', find)).toEqual({ id: 'a', unit_id: '16681' });
    const error = await errorOf(findRecord(db, 'hotspot', 'x', find));
    expect([error.code, error.status, error.params]).toEqual(['not_found', 404, { entity: 'hotspot', id: 'x' }]);
  });
});

describe('getLiveRecord', () => {
  it('returns the row with its unit when the unit is in scope', async () => {
    const { row, unit } = await getLiveRecord(context, 'inspection', 'a', find);
    expect(row.id).toBe('a');
    expect(unit.name).toBe('Phường Thành Vinh');
  });

  it('answers 404 for no record and 403 out_of_scope for a record of a unit outside the scope', async () => {
    const missing = await errorOf(getLiveRecord(context, 'inspection', 'x', find));
    expect([missing.code, missing.status, missing.params]).toEqual(['not_found', 404, { entity: 'inspection', id: 'x' }]);
    const hidden = await errorOf(getLiveRecord(context, 'inspection', 'b', find));
    expect([hidden.code, hidden.status]).toEqual(['out_of_scope', 403]);
  });
});

describe('listScope', () => {
  it("is the caller's scope, narrowed to a named unit's subtree", async () => {
    expect(await listScope(context, undefined)).toEqual({ scope, within: undefined });
    expect(await listScope(context, '16681')).toEqual({ scope, within: { kind: 'subtree', unitId: '16681', unitPath: '/40/16681/' } });
    expect((await errorOf(listScope(context, '01'))).code).toBe('out_of_scope');
  });
});

describe('pagedRecords', () => {
  it('lists the page with its window, counts the whole filter, and maps the rows after both', async () => {
    const calls: string[] = [];
    const storage = {
      list: vi.fn(async (_db: Executor, filter: { year: number; limit: number; offset: number }) => {
        calls.push('list');
        return [filter.offset + 1, filter.offset + 2];
      }),
      count: vi.fn(async () => {
        calls.push('count');
        return 42;
      }),
    };
    const page = await pagedRecords(db, { page: 3, pageSize: 20 }, { year: 2025 }, storage, async (found) => {
      calls.push('items');
      return found.map((n) => `#${n}`);
    });
    expect(page).toEqual({ items: ['#41', '#42'], total: 42, page: 3, pageSize: 20 });
    expect(storage.list).toHaveBeenCalledWith(db, { year: 2025, limit: 20, offset: 40 });
    expect(storage.count).toHaveBeenCalledWith(db, { year: 2025 });
    expect(calls.indexOf('items')).toBe(2);
  });
});
