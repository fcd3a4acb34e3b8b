import type { FigureRow, FigureTable, Report } from '../core/api/reports.ts';
import { figureTables, sumFigure } from '../core/reports/figures.ts';
import type { ReportDocumentInput } from '../server/documents/report-wording.ts';

/**
 * Reports as the report service hands them to the document builders, without a database: a
 * commune's own 6-month report, and a province's consolidated one over any number of communes
 * (some missing), with seeded figures so that every run builds the same files.
 */

function seeded(seed: number) {
  let state = seed >>> 0;
  return (low: number, high: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return low + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * (high - low + 1));
  };
}

const ranges: Record<string, [number, number]> = {
  establishments_operating: [5, 120], hotspots_active: [0, 4], hotspots_eliminated: [0, 2],
  inspections: [0, 12], establishments_inspected: [0, 40], violations: [0, 8], fines: [0, 6], fine_amount: [0, 90_000_000],
  tips_received: [0, 9], tips_resolved: [0, 8], tips_resolved_on_time: [0, 7], tips_overdue: [0, 2],
  communication_activities: [1, 30], people_reached: [100, 25_000],
  training_courses: [0, 3], training_participants: [0, 150],
  people_served: [0, 60], people_newly_served: [0, 20],
  cases_handled: [0, 2], defendants: [0, 4], people_fined: [0, 10], establishments_fined: [0, 5], amount_fined: [0, 60_000_000],
};

export type FixtureUnit = { unitId: string; unitName: string; source: FigureRow['source']; agencyId?: string | null };

/** Every figure table over the given units; money rounded to thousands; `empty` tables have no record (all zero, noData). */
export function buildTables(units: readonly FixtureUnit[], options: { seed?: number; empty?: readonly string[] } = {}): FigureTable[] {
  const random = seeded(options.seed ?? 2024);
  return figureTables.map((definition) => {
    const empty = options.empty?.includes(definition.key) ?? false;
    const rows: FigureRow[] = units.map((unit) => ({
      unitId: unit.unitId,
      unitName: unit.unitName,
      agencyId: unit.agencyId ?? null,
      source: unit.source,
      values: Object.fromEntries(definition.figures.map((figure) => {
        if (unit.source === 'missing') return [figure.key, null];
        if (empty) return [figure.key, 0];
        const [low, high] = ranges[figure.key] ?? [0, 10];
        const value = random(low, high);
        return [figure.key, figure.kind === 'money' ? Math.round(value / 500_000) * 500_000 : value];
      })),
    }));
    const total = Object.fromEntries(definition.figures.map((figure) => [figure.key, sumFigure(rows.map((row) => row.values[figure.key] ?? null))]));
    return {
      key: definition.key,
      title: definition.title.vi,
      columns: definition.figures.map((figure) => ({ key: figure.key, label: figure.label.vi, kind: figure.kind })),
      rows,
      total,
      noData: empty,
    };
  });
}

const targets: Report['content']['targets'] = [
  { key: 'kiem-tra', text: 'Kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm', indicatorName: 'Tỷ lệ cơ sở được kiểm tra', target: '≥ 20%', result: '23,5%', status: 'met' },
  { key: 'truyen-thong', text: 'Ít nhất 70% số xã, phường tổ chức được ít nhất một hình thức tuyên truyền', indicatorName: 'Tỷ lệ xã, phường có hoạt động tuyên truyền', target: '≥ 70%', result: '64,6%', status: 'at_risk' },
  { key: 'tap-huan', text: 'Ít nhất 50% cán bộ cấp xã được tập huấn nghiệp vụ', indicatorName: 'Tỷ lệ cán bộ cấp xã được tập huấn', target: '≥ 50%', result: '', status: 'no_data' },
];

const request = {
  kind: 'half_year' as const,
  periodCode: 'RH2024-1',
  periodStart: '2023-12-15',
  periodEnd: '2024-06-14',
  title: 'Báo cáo 6 tháng đầu năm 2024',
  reporterDeadline: '2024-06-20',
  consolidatorDeadline: '2024-06-25',
  planId: '3f0c2a4e-8d1b-4c6a-9e2f-5a7b9c1d3e5f',
};

const baseReport = {
  requestId: '8b1d7c0e-2a44-4d3b-9a61-0c2f5e7d9b13',
  title: request.title,
  kind: request.kind,
  periodCode: request.periodCode,
  periodStart: request.periodStart,
  periodEnd: request.periodEnd,
  issuerUnitName: 'Tỉnh Nghệ An',
  agencyId: null,
  agencyName: null,
  timeliness: 'not_due' as const,
  daysToDeadline: 3,
  acceptedAt: null,
  instructions: null,
  events: [],
  canEdit: true,
  canReview: false,
};

/** A commune's own report: one row per table, one corrected figure, the crime table without records. */
export function communeReportInput(overrides: Partial<Report> = {}): ReportDocumentInput {
  const unit = { id: '16681', name: 'Xã Diễn Châu', shortName: 'Diễn Châu', kind: 'Xã', level: 'commune' };
  const tables = buildTables([{ unitId: unit.id, unitName: unit.name, source: 'own' }], { seed: 7, empty: ['crime'] });
  const inspections = tables.find((table) => table.key === 'inspections')!;
  const computed = inspections.rows[0]!.values.inspections ?? 0;
  inspections.rows[0]!.values.inspections = computed + 2;
  inspections.total.inspections = computed + 2;
  const report: Report = {
    ...baseReport,
    id: '5a0f7e52-3c1d-4f6b-8e2a-9d4c7b1e0f36',
    unitId: unit.id,
    unitName: unit.name,
    role: 'reporter',
    status: 'draft',
    deadline: request.reporterDeadline,
    submittedAt: null,
    version: 2,
    content: {
      narrative: {
        results: 'Ủy ban nhân dân xã đã ban hành kế hoạch thực hiện công tác phòng, chống mại dâm năm 2024.\nTổ chức tuyên truyền lồng ghép tại các thôn, xóm.',
        difficulties: 'Lực lượng kiểm tra còn mỏng, kiêm nhiệm nhiều việc.',
        proposals: '',
      },
      corrections: [{ table: 'inspections', figure: 'inspections', value: computed + 2, computed, note: 'Bổ sung 02 cuộc kiểm tra liên ngành do Công an tỉnh chủ trì chưa nhập vào hệ thống' }],
      tables,
      targets,
      missingUnits: [],
      duties: [],
      computedAt: '2024-06-18T02:30:00.000Z',
    },
    ...overrides,
  };
  return {
    report,
    request,
    unit,
    parentAuthority: null,
    recipients: ['UBND tỉnh Nghệ An (qua Sở Y tế)', 'Thường trực Đảng ủy, HĐND xã'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
    now: new Date('2024-06-19T03:00:00Z'),
  };
}

/** Commune names for a province's worth of rows ("Xã …", "Phường …"), distinct. */
function communeNames(count: number): string[] {
  const stems = ['Diễn Châu', 'Quỳnh Lưu', 'Yên Thành', 'Đô Lương', 'Thanh Chương', 'Nam Đàn', 'Hưng Nguyên', 'Nghi Lộc', 'Tân Kỳ', 'Anh Sơn',
    'Con Cuông', 'Tương Dương', 'Kỳ Sơn', 'Quế Phong', 'Quỳ Châu', 'Quỳ Hợp', 'Nghĩa Đàn', 'Thái Hòa', 'Hoàng Mai', 'Vinh Hưng', 'Cửa Lò', 'Trường Vinh'];
  return Array.from({ length: count }, (_, index) => {
    const stem = stems[index % stems.length]!;
    const round = Math.floor(index / stems.length);
    return `${index % 7 === 3 ? 'Phường' : 'Xã'} ${stem}${round > 0 ? ` ${round + 1}` : ''}`;
  });
}

/**
 * A province's consolidated report: `communes` rows taken from accepted reports, the last
 * `missing` of them without one, and the province's own records row first.
 */
export function provinceReportInput(options: { communes?: number; missing?: number; empty?: readonly string[] } = {}): ReportDocumentInput {
  const count = options.communes ?? 130;
  const missing = options.missing ?? 2;
  const unit = { id: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh', level: 'province' };
  const names = communeNames(count);
  const units: FixtureUnit[] = [
    { unitId: unit.id, unitName: 'Các sở, ngành cấp tỉnh', source: 'own' },
    ...names.map((name, index) => ({ unitId: String(17000 + index), unitName: name, source: index >= count - missing ? 'missing' as const : 'report' as const })),
  ];
  const tables = buildTables(units, { seed: 11, empty: options.empty ?? ['crime'] });
  const report: Report = {
    ...baseReport,
    id: '9c3e1b7a-6d2f-4a85-b0e4-1f7a3c5d8e29',
    unitId: unit.id,
    unitName: unit.name,
    issuerUnitName: unit.name,
    role: 'consolidator',
    status: 'draft',
    deadline: request.consolidatorDeadline,
    submittedAt: null,
    version: 1,
    canReview: true,
    content: {
      narrative: {
        results: 'Sáu tháng đầu năm 2024, các sở, ngành và Ủy ban nhân dân các xã, phường đã triển khai đồng bộ các nhiệm vụ phòng, chống mại dâm theo Kế hoạch của Ủy ban nhân dân tỉnh.',
        difficulties: 'Hoạt động mại dâm diễn biến phức tạp, chuyển sang hình thức qua mạng xã hội, khó phát hiện, xử lý.',
        proposals: 'Đề nghị Bộ Y tế tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác phòng, chống mại dâm cấp xã.',
      },
      corrections: [],
      tables,
      targets,
      missingUnits: units.filter((row) => row.source === 'missing').map((row) => ({ unitId: row.unitId, unitName: row.unitName, agencyId: row.agencyId ?? null })),
      duties: [],
      computedAt: '2024-06-24T02:30:00.000Z',
    },
  };
  return {
    report,
    request,
    unit,
    parentAuthority: null,
    recipients: ['Bộ Y tế', 'Thường trực Tỉnh ủy, HĐND tỉnh', 'Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành cấp tỉnh'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Bùi Đình Long' },
    now: new Date('2024-06-24T03:00:00Z'),
  };
}
