import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../../../core/api/reports.ts';
import {
  checkAdHoc, correctionsOf, deadlineState, editsFromContent, formatFigure, groupFigureRows, parseFigure, periodDates, periodNameOf,
  reporterLineOf, reporterNameOf, totalsWithEdits,
} from './report-format.ts';

const summary = (fields: Partial<Parameters<typeof deadlineState>[0]>) => ({
  status: 'draft' as const, deadline: '2024-06-20', daysToDeadline: 10, submittedAt: null, timeliness: 'not_due' as const, ...fields,
});

describe('deadline state of a report', () => {
  it('counts the days left or overdue while the report is open', () => {
    expect(deadlineState(summary({ daysToDeadline: 10 }))).toEqual({ kind: 'open', days: 10 });
    expect(deadlineState(summary({ daysToDeadline: 3 }))).toEqual({ kind: 'due_soon', days: 3 });
    expect(deadlineState(summary({ daysToDeadline: 0 }))).toEqual({ kind: 'due_today' });
    expect(deadlineState(summary({ status: 'returned', daysToDeadline: -4 }))).toEqual({ kind: 'overdue', days: 4 });
  });

  it('says on time or how late once submitted, on the Vietnam day of the submission', () => {
    // 23:30 UTC on the 19th is already the 20th in Vietnam: still on time.
    expect(deadlineState(summary({ status: 'submitted', submittedAt: '2024-06-19T23:30:00Z', timeliness: 'on_time' }))).toEqual({ kind: 'submitted_on_time' });
    expect(deadlineState(summary({ status: 'accepted', submittedAt: '2024-06-23T02:00:00Z', timeliness: 'late' }))).toEqual({ kind: 'submitted_late', days: 3 });
  });
});

describe('periods', () => {
  it('names a reporting period and shows its Decree 09 cut-off', () => {
    expect(periodNameOf('RH2024-1', 'vi')).toBe('6 tháng đầu năm 2024');
    expect(periodNameOf('RQ2024-3', 'en')).toBe('Q3 2024');
    expect(periodNameOf('ad-hoc-xyz', 'vi')).toBeNull();
    expect(periodDates('2023-12-15', '2024-06-14')).toBe('15/12/2023–14/06/2024');
  });
});

describe('figures typed by a unit', () => {
  it('reads whole numbers with or without thousands separators', () => {
    expect(parseFigure('1.250.000')).toBe(1_250_000);
    expect(parseFigure(' 12 ')).toBe(12);
    expect(parseFigure('')).toBeNull();
    expect(parseFigure('-3')).toBe('invalid');
    expect(parseFigure('mười')).toBe('invalid');
    expect(formatFigure(1_250_000, 'vi')).toBe('1.250.000');
    expect(formatFigure(null, 'vi')).toBe('—');
  });

  const content: ReportContent = {
    narrative: { results: '', difficulties: '', proposals: '' },
    corrections: [{ table: 'inspections', figure: 'fines', value: 4, computed: 3, note: 'Một quyết định nhập muộn' }],
    tables: [{
      key: 'inspections', title: 'Kiểm tra', noData: false,
      columns: [{ key: 'inspections', label: 'Số cuộc kiểm tra', kind: 'count' }, { key: 'fines', label: 'Số quyết định xử phạt', kind: 'count' }],
      rows: [
        { unitId: '40', unitName: 'Tỉnh Nghệ An', agencyId: null, source: 'own', values: { inspections: 2, fines: 4 } },
        { unitId: '16681', unitName: 'Phường Thành Vinh', agencyId: null, source: 'report', values: { inspections: 5, fines: 1 } },
        { unitId: '16702', unitName: 'Phường Vinh Phú', agencyId: null, source: 'missing', values: { inspections: null, fines: null } },
        { unitId: '40', unitName: 'Công an tỉnh Nghệ An', agencyId: 'a1', source: 'missing', values: { inspections: null, fines: null } },
      ],
      total: { inspections: 7, fines: 5 },
    }],
    targets: [], duties: [], computedAt: '2024-06-21T01:00:00Z',
    missingUnits: [{ unitId: '16702', unitName: 'Phường Vinh Phú', agencyId: null }, { unitId: '40', unitName: 'Công an tỉnh Nghệ An', agencyId: 'a1' }],
  };

  it('keeps saved corrections, asks a note for a changed figure and drops one set back to the computed value', () => {
    const edits = editsFromContent(content, 'vi');
    expect(correctionsOf(content, edits)).toEqual({
      corrections: [{ table: 'inspections', figure: 'fines', value: 4, note: 'Một quyết định nhập muộn' }], problems: 0,
    });
    const changed = { ...edits, 'inspections:inspections': { text: '3', note: '' } };
    expect(correctionsOf(content, changed).problems).toBe(1);
    const reverted = { 'inspections:fines': { text: '3', note: 'x' } };
    expect(correctionsOf(content, reverted)).toEqual({ corrections: [], problems: 0 });
  });

  it('adds the rows up exactly, the edited own figure included and a missing unit adding nothing', () => {
    const table = content.tables[0]!;
    expect(totalsWithEdits(content, table, editsFromContent(content, 'vi'))).toEqual({ inspections: 7, fines: 5 });
    expect(totalsWithEdits(content, table, { 'inspections:inspections': { text: '10', note: 'n' } })).toEqual({ inspections: 15, fines: 4 });
  });

  it('puts the unit\'s own row first, then its agencies, then the units below', () => {
    const { own, agencies, units } = groupFigureRows(content.tables[0]!.rows);
    expect(own.map((row) => row.unitName)).toEqual(['Tỉnh Nghệ An']);
    expect(agencies.map((row) => row.unitName)).toEqual(['Công an tỉnh Nghệ An']);
    expect(units.map((row) => row.unitName)).toEqual(['Phường Thành Vinh', 'Phường Vinh Phú']);
  });
});

describe('who owes a report', () => {
  it('names the agency, with its unit, for an agency\'s report', () => {
    const police = { unitName: 'Tỉnh Nghệ An', agencyName: 'Công an tỉnh Nghệ An' };
    expect(reporterNameOf(police)).toBe('Công an tỉnh Nghệ An');
    expect(reporterLineOf(police)).toBe('Công an tỉnh Nghệ An – Tỉnh Nghệ An');
    expect(reporterLineOf({ unitName: 'Phường Thành Vinh', agencyName: null })).toBe('Phường Thành Vinh');
  });
});

describe('ad hoc request form', () => {
  const draft = { title: 'Báo cáo nhanh', instructions: 'Số liệu kiểm tra', periodStart: '01/01/2026', periodEnd: '30/06/2026', reporterDeadline: '15/07/2026', unitIds: ['16681'], agencyIds: [] };

  it('sends ISO dates', () => {
    expect(checkAdHoc(draft, '2026-07-01').request).toEqual({ ...draft, periodStart: '2026-01-01', periodEnd: '2026-06-30', reporterDeadline: '2026-07-15' });
  });

  it('refuses a deadline in the past, dates in the wrong order, a bad date and no unit', () => {
    expect(checkAdHoc({ ...draft, reporterDeadline: '30/06/2026' }, '2026-07-01').problems).toEqual({ reporterDeadline: 'past' });
    expect(checkAdHoc({ ...draft, periodEnd: '31/12/2025' }, '2026-07-01').problems).toEqual({ periodEnd: 'order' });
    expect(checkAdHoc({ ...draft, periodStart: '31/02/2026', unitIds: [] }, '2026-07-01').problems).toEqual({ periodStart: 'date', unitIds: 'units' });
  });

  it('takes agencies of the unit instead of, or besides, units below', () => {
    const agenciesOnly = checkAdHoc({ ...draft, unitIds: [], agencyIds: ['a1'] }, '2026-07-01');
    expect(agenciesOnly.problems).toEqual({});
    expect(agenciesOnly.request).toMatchObject({ unitIds: [], agencyIds: ['a1'] });
    expect(checkAdHoc({ ...draft, agencyIds: ['a1'] }, '2026-07-01').request).toMatchObject({ unitIds: ['16681'], agencyIds: ['a1'] });
  });
});
