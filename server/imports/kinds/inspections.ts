import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { userText } from '../../../core/api/common.ts';
import { inspectionCreate, inspectionListQuery, inspectionVisitInput } from '../../../core/api/inspections.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { AGENCY_SEPARATOR, inspectionColumns } from '../../../core/imports/kinds/inspection-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { fieldIssues } from '../../services/inspections/inspection-service.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import { establishmentDuplicateKey } from '../../storage/establishments.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countVisits, findAgencyLabels, findSavedVisits, insertInspections, listVisitsForExport, type ExportVisitRow, type VisitExportFilter,
} from '../../storage/inspection-imports.ts';
import type { InspectionValues } from '../../storage/inspections.ts';
import type { ImportKindDefinition, ImportRow } from '../import-kind.ts';
import { establishmentFieldOf, resolveReferences } from './inspection-references.ts';

/**
 * One row of the inspection log: one establishment visited, named by licence number or by name and
 * address, and the team's agencies by name. Each row becomes one inspection with one visit, so that
 * every row is reported, skipped or imported on its own and has its own `inspection.create` entry;
 * the indicators and the inspection plans count visits, not inspections, so the figures are the
 * same as if the rows of one outing had been grouped.
 */
const inspectionImportRow = z.strictObject({
  unitId: inspectionCreate.shape.unitId,
  inspectedOn: inspectionCreate.shape.inspectedOn,
  team: inspectionCreate.shape.team,
  teamKind: inspectionCreate.shape.teamKind,
  memberAgencies: z.array(userText(200)).max(30, 'Một đoàn có tối đa 30 cơ quan | A team has at most 30 agencies'),
  licenceNumber: userText(60).nullable().default(null),
  establishmentName: userText(200).nullable().default(null),
  establishmentAddress: userText(300).nullable().default(null),
  findings: inspectionVisitInput.shape.findings,
  violations: inspectionVisitInput.shape.violations,
  outcome: inspectionVisitInput.shape.outcome,
  fineAmount: inspectionVisitInput.shape.fineAmount,
  legalBasis: inspectionVisitInput.shape.legalBasis,
  followUpDue: inspectionVisitInput.shape.followUpDue,
  notes: inspectionCreate.shape.notes,
});
export type InspectionImportRow = z.infer<typeof inspectionImportRow>;

const exportQuery = inspectionListQuery.omit({ page: true, pageSize: true });
export type InspectionExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

/** The row as the inspection service's values: one visit, the agencies and the establishment as the ids given. */
function valuesOf(input: InspectionImportRow, memberAgencyIds: string[], establishmentId: string): InspectionValues {
  return {
    unitId: input.unitId, inspectedOn: input.inspectedOn, team: input.team, teamKind: input.teamKind, memberAgencyIds, notes: input.notes,
    visits: [{
      establishmentId, findings: input.findings, violations: input.violations, outcome: input.outcome, fineAmount: input.fineAmount,
      legalBasis: input.legalBasis, followUpDue: input.followUpDue,
    }],
  };
}

/** The column of the file a service field is about: `visits.0.fineAmount` is the row's fine, `memberAgencyIds.1` its agencies. */
function toColumnIssue(found: FieldIssue, input: InspectionImportRow): FieldIssue {
  const visit = /^visits\.\d+\.(.+)$/.exec(found.field)?.[1];
  const field = found.field.startsWith('memberAgencyIds') ? 'memberAgencies'
    : visit === 'establishmentId' ? establishmentFieldOf(input) : visit ?? found.field;
  return { ...found, field };
}

/** The service's rules between fields, applied to a row before its names are looked up: agencies stand as their folded names. */
function rowIssues(input: InspectionImportRow, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.licenceNumber === null) {
    if (input.establishmentName === null) {
      issues.push(issue('establishmentName', 'Hãy ghi số giấy phép của cơ sở, hoặc tên và địa chỉ cơ sở như trong sổ theo dõi',
        'Give the establishment\'s licence number, or its name and address as in the registry'));
    } else if (input.establishmentAddress === null) {
      issues.push(issue('establishmentAddress', 'Khi không có số giấy phép, hãy ghi địa chỉ cơ sở như trong sổ theo dõi',
        'Without a licence number, give the establishment\'s address as in the registry'));
    }
  }
  const values = valuesOf(input, input.memberAgencies.map((name) => toSearchText(name)), 'row');
  return [...issues, ...fieldIssues(values, today).map((found) => toColumnIssue(found, input))];
}

/** Rows of the same unit, day and team are one outing: an establishment appears once in it (the service's rule within an inspection). */
const outingKey = (input: InspectionImportRow) => `${input.unitId}|${input.inspectedOn}|${toSearchText(input.team)}`;

/** What the `inspection.create` entry of the create service holds (its record without id, unit name and timestamps). */
function auditAfter(values: InspectionValues, establishmentName: string): Record<string, unknown> {
  return {
    unitId: values.unitId, inspectedOn: values.inspectedOn, team: values.team, teamKind: values.teamKind,
    memberAgencyIds: values.memberAgencyIds, notes: values.notes,
    visits: values.visits.map(({ establishmentId, ...visit }) => ({ establishmentId, establishmentName, ...visit })),
  };
}

/** Checks a chunk's rows against the registry and the saved inspections, and gives the values of those that pass. */
async function checkAgainstSaved(db: Executor, rows: readonly ImportRow<InspectionImportRow>[]) {
  const resolved = await resolveReferences(db, rows);
  const saved = await findSavedVisits(db, {
    unitIds: [...new Set(rows.map(({ input }) => input.unitId))],
    dates: [...new Set(rows.map(({ input }) => input.inspectedOn))],
    establishmentIds: [...new Set([...resolved.values()].flatMap((row) => (row.establishment ? [row.establishment.id] : [])))],
  });
  const savedByVisit = new Map<string, typeof saved>();
  for (const visit of saved) {
    const key = `${visit.unit_id}|${visit.inspected_on}|${visit.establishment_id}`;
    savedByVisit.set(key, [...(savedByVisit.get(key) ?? []), visit]);
  }
  const today = todayInVietnam();
  const firstRows = new Map<string, number>();
  const issues = new Map<number, FieldIssue[]>();
  const valid: { rowNumber: number; values: InspectionValues; establishmentName: string }[] = [];
  for (const { rowNumber, input } of rows) {
    const references = resolved.get(rowNumber)!;
    const found = [...references.issues];
    const establishment = references.establishment;
    if (found.length === 0 && establishment) {
      const values = valuesOf(input, references.agencyIds, establishment.id);
      // Two spellings of one agency are the same agency twice once the names are found.
      found.push(...fieldIssues(values, today).filter((problem) => problem.field === 'memberAgencyIds').map((problem) => toColumnIssue(problem, input)));
      const field = references.establishmentField;
      const key = `${outingKey(input)}|${establishment.id}`;
      const first = firstRows.get(key);
      if (first !== undefined) {
        found.push(issue(field, `Cơ sở "${establishment.name}" đã có ở dòng ${first} với cùng đơn vị, ngày và đoàn kiểm tra`,
          `"${establishment.name}" is already on row ${first} with the same unit, date and team`));
      } else {
        firstRows.set(key, rowNumber);
      }
      const team = toSearchText(input.team);
      const repeat = savedByVisit.get(`${input.unitId}|${input.inspectedOn}|${establishment.id}`)?.find((visit) => toSearchText(visit.team) === team);
      if (repeat) {
        found.push(issue(field,
          `Đã ghi kết quả kiểm tra cơ sở "${establishment.name}" ngày ${formatDate(input.inspectedOn)} của "${repeat.team}"; mỗi cơ sở chỉ ghi một lần trong một đợt kiểm tra`,
          `The inspection of "${establishment.name}" on ${formatDate(input.inspectedOn)} by "${repeat.team}" is already recorded; list each establishment once per inspection`));
      }
      if (found.length === 0) valid.push({ rowNumber, values, establishmentName: establishment.name });
    }
    if (found.length > 0) issues.set(rowNumber, found);
  }
  return { issues, valid };
}

function agencyLabel(agency: { name: string; unit_id: string; unit_name: string }, inspectingUnitId: string): string {
  // An agency of another unit of the subtree carries its unit, as the import reads it back.
  return agency.unit_id === inspectingUnitId ? agency.name : `${agency.name} (${agency.unit_name})`;
}

function toCells(row: ExportVisitRow, agencies: Map<string, { name: string; unit_id: string; unit_name: string }>): CellValues {
  return {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), inspectedOn: row.inspected_on, team: row.team, teamKind: row.team_kind,
    memberAgencies: row.member_agency_ids.flatMap((id) => {
      const agency = agencies.get(id);
      return agency ? [agencyLabel(agency, row.unit_id)] : [];
    }).join(`${AGENCY_SEPARATOR} `),
    licenceNumber: row.licence_number, establishmentName: row.establishment_name, establishmentAddress: row.establishment_address,
    findings: row.findings === '' ? null : row.findings, violations: row.violations, outcome: row.outcome, fineAmount: row.fine_amount,
    legalBasis: row.legal_basis, followUpDue: row.follow_up_due, notes: row.notes,
  };
}

/** The inspection log units keep in Excel: one row per establishment visited. */
export const inspectionImport: ImportKindDefinition<InspectionImportRow, InspectionExportFilters> = {
  kind: 'inspections',
  recordType: 'inspection',
  writePermission: 'enforcement.write',
  readPermission: 'enforcement.read',
  title: { vi: 'Kiểm tra cơ sở kinh doanh dịch vụ', en: 'Inspections of establishments' },
  fileStem: 'kiem-tra-co-so',
  columns: inspectionColumns,
  schema: inspectionImportRow,

  // Empty cells are left out so that the schema's defaults apply; the agencies are one cell, split on ';' or line breaks.
  toInput(values) {
    const input: Record<string, unknown> = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
    const agencies = values.memberAgencies;
    input.memberAgencies = agencies === null ? [] : String(agencies).split(/[;\r\n]+/).map((name) => name.trim()).filter(Boolean);
    return input;
  },
  unitOf: (input) => input.unitId,
  check: rowIssues,

  uniqueKeys(input) {
    const establishment = input.licenceNumber !== null
      ? `licence:${input.licenceNumber.toLowerCase()}`
      : `place:${establishmentDuplicateKey(input.establishmentName ?? '', input.establishmentAddress ?? '')}`;
    return [{
      key: `${outingKey(input)}|${establishment}`,
      field: establishmentFieldOf(input),
      describe: { vi: 'cơ sở, đơn vị, ngày và đoàn kiểm tra', en: 'establishment, unit, date and team' },
    }];
  },

  /**
   * The establishment and the agencies must be found in the unit's subtree, the establishment open
   * on the day (the create service's registry rule), and a visit is recorded once: not twice in the
   * chunk once names are resolved, and not when the same unit's team (by name, accents and case
   * aside) already has it recorded that day.
   */
  async findConflicts(db, _context, rows) {
    return (await checkAgainstSaved(db, rows)).issues;
  },

  async insert(db, rows) {
    const { issues, valid } = await checkAgainstSaved(db, rows);
    // The commit has just checked these rows in this transaction: a problem now is a bug, not bad input.
    if (issues.size > 0) throw new Error(`inspection import: rows ${[...issues.keys()].join(', ')} no longer resolve at insert`);
    const records = valid.map((row) => ({ id: randomUUID(), ...row }));
    await insertInspections(db, records);
    return records.map(({ id, values, establishmentName }) => ({ id, unitId: values.unitId, after: auditAfter(values, establishmentName) }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: VisitExportFilter = {
        scope: context.actor.scope,
        within: within ? { kind: 'subtree', unitId: within.id, unitPath: within.path } : undefined,
        from: filters.from, to: filters.to, outcome: filters.outcome,
      };
      const db = context.database.db;
      const total = await countVisits(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listVisitsForExport(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            const agencies = new Map((await findAgencyLabels(db, [...new Set(rows.flatMap((row) => row.member_agency_ids))]))
              .map((agency) => [agency.id, agency]));
            yield rows.map((row) => toCells(row, agencies));
          }
        },
      };
    },
  },
};
