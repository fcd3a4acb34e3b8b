import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  communicationActivityCreate, communicationActivityListQuery, communicationAudiences,
} from '../../../core/api/communication-activities.ts';
import { userText } from '../../../core/api/common.ts';
import { formatDate } from '../../../core/dates/format.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { communicationActivityColumns, reachColumnKey } from '../../../core/imports/kinds/communication-activity-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { fieldIssues, referenceFigureIssuesFor, toActivity } from '../../services/communication/communication-activity-service.ts';
import { issue, subtreeOf } from '../../services/communication/unit-agency.ts';
import { auditView } from '../../services/records/record-audit.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import {
  countCommunicationActivities, listCommunicationActivities, listReach,
  type CommunicationActivityFilter, type CommunicationActivityUnitRow, type CommunicationActivityValues, type CommunicationReachRow,
} from '../../storage/communication-activities.ts';
import {
  insertCommunicationActivities, listActivitiesOn, listDeclaredFigures, type SavedActivity,
} from '../../storage/communication-activity-imports.ts';
import { listAgenciesOfUnits, listUnitsById } from '../../storage/unit-agency-imports.ts';
import type { ImportKindDefinition } from '../import-kind.ts';
import { findAgencyByName, matchUnitAgency } from './unit-agencies.ts';

/**
 * A row of a file: the create input with the lead agency named, not given by id (a file cannot
 * know ids); the rest is the create schema itself.
 */
const importInput = communicationActivityCreate.omit({ leadAgencyId: true }).extend({ leadAgency: userText(200) });
export type CommunicationActivityImport = z.infer<typeof importInput>;

const exportQuery = communicationActivityListQuery.omit({ page: true, pageSize: true });
export type CommunicationActivityExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

const valuesOf = (input: CommunicationActivityImport, leadAgencyId: string | null): CommunicationActivityValues => ({
  unitId: input.unitId, occurredOn: input.occurredOn, leadAgencyId, form: input.form, title: input.title,
  description: input.description, reach: input.reach, materials: input.materials, materialsKind: input.materialsKind,
});

/** The service names fields of its input ("reach.2.peopleReached"); a file has one column per audience group. */
function toColumnIssue(found: FieldIssue, values: CommunicationActivityValues): FieldIssue {
  const reach = /^reach\.(\d+)\./.exec(found.field);
  if (reach) {
    const entry = values.reach[Number(reach[1])];
    return { ...found, field: entry ? reachColumnKey(entry.audience) : 'title' };
  }
  return found.field === 'leadAgencyId' ? { ...found, field: 'leadAgency' } : found;
}

/**
 * What makes an activity the same as another, for a file's rows and the saved records alike:
 * unit, day, form, lead agency and title (accents and case aside). The create service has no such
 * rule; an import has: loading the same file twice would count every activity twice.
 */
const sameActivityKey = (input: CommunicationActivityImport) =>
  [input.unitId, input.occurredOn, input.form, toSearchText(input.leadAgency), toSearchText(input.title)].join('|');

function toCells(row: CommunicationActivityUnitRow, reach: readonly CommunicationReachRow[]): CellValues {
  const cells: CellValues = {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), occurredOn: row.occurred_on, leadAgency: row.lead_agency_name,
    form: row.form, title: row.title, description: row.description, materials: row.materials, materialsKind: row.materials_kind,
  };
  for (const audience of communicationAudiences) {
    cells[reachColumnKey(audience)] = reach.find((entry) => entry.audience === audience)?.people_reached ?? null;
  }
  return cells;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Communication activities: one row per activity, one column per audience group for the people reached. */
export const communicationActivityImport: ImportKindDefinition<CommunicationActivityImport, CommunicationActivityExportFilters> = {
  kind: 'communication-activities',
  recordType: 'communication_activity',
  writePermission: 'activity.write',
  readPermission: null,
  title: { vi: 'Hoạt động tuyên truyền', en: 'Communication activities' },
  fileStem: 'hoat-dong-tuyen-truyen',
  columns: communicationActivityColumns,
  schema: importInput,

  toInput(values) {
    const reach = communicationAudiences.flatMap((audience) => {
      const people = values[reachColumnKey(audience)];
      return people === null || people === undefined ? [] : [{ audience, peopleReached: people }];
    });
    const fields = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== null && !key.startsWith('reach_')));
    // Empty cells are left out, so that the schema's defaults apply (no materials is 0).
    return { ...fields, reach };
  },
  unitOf: (input) => input.unitId,
  check: (input, today) => {
    const values = valuesOf(input, null);
    return fieldIssues(values, today).map((found) => toColumnIssue(found, values));
  },

  uniqueKeys: (input) => [{
    key: sameActivityKey(input),
    field: 'title',
    describe: { vi: 'đơn vị, ngày tổ chức, hình thức, cơ quan chủ trì và tiêu đề', en: 'unit, date, form, lead agency and title' },
  }],

  /**
   * The rules that need the database, for a chunk of rows with a few queries: the lead agency is
   * one of the unit's active agencies, people reached stay within the figures the unit declared for
   * the year (the service's rule), and the activity is not saved already.
   */
  async findConflicts(db, _context, rows) {
    const issues = new Map<number, FieldIssue[]>();
    if (rows.length === 0) return issues;
    const unitIds = unique(rows.map(({ input }) => input.unitId));
    const units = await listUnitsById(db, unitIds);
    const agencies = await listAgenciesOfUnits(db, unitIds);
    const figures = new Map<string, Map<string, number>>();
    for (const row of await listDeclaredFigures(db, unitIds, unique(rows.map(({ input }) => Number(input.occurredOn.slice(0, 4)))))) {
      const key = `${row.unit_id}|${row.year}`;
      figures.set(key, (figures.get(key) ?? new Map<string, number>()).set(row.kind, row.value));
    }
    const saved = new Map<string, SavedActivity>();
    for (const row of await listActivitiesOn(db, unitIds, unique(rows.map(({ input }) => input.occurredOn)))) {
      saved.set([row.unit_id, row.occurred_on, row.form, row.lead_agency_id, toSearchText(row.title)].join('|'), row);
    }
    for (const { rowNumber, input } of rows) {
      const unit = units.get(input.unitId);
      if (!unit) continue;
      const found: FieldIssue[] = [];
      const lead = matchUnitAgency('leadAgency', input.leadAgency, unit, agencies);
      if (lead.issue) found.push(lead.issue);
      const values = valuesOf(input, lead.agency?.id ?? null);
      const declared = figures.get(`${unit.id}|${Number(input.occurredOn.slice(0, 4))}`) ?? new Map<string, number>();
      found.push(...referenceFigureIssuesFor(values, unit, declared).map((problem) => toColumnIssue(problem, values)));
      const same = lead.agency && saved.get([unit.id, input.occurredOn, input.form, lead.agency.id, toSearchText(input.title)].join('|'));
      if (same) {
        found.push(issue('title',
          `${unit.name} đã có hoạt động "${same.title}" ngày ${formatDate(same.occurred_on)} do ${lead.agency!.name} chủ trì, cùng hình thức; nếu đây là hoạt động khác, hãy ghi tiêu đề khác`,
          `${unit.name} already has the activity "${same.title}" of ${formatDate(same.occurred_on)} led by ${lead.agency!.name}, of the same form; if this is another activity, give it another title`));
      }
      if (found.length > 0) issues.set(rowNumber, found);
    }
    return issues;
  },

  async insert(db, rows) {
    const agencies = await listAgenciesOfUnits(db, unique(rows.map(({ input }) => input.unitId)));
    const now = new Date();
    const records = rows.map(({ rowNumber, input }) => {
      const agency = findAgencyByName(input.leadAgency, input.unitId, agencies);
      // findConflicts ran in this transaction a moment before: a row whose agency it did not find never gets here.
      if (!agency || agency === 'ambiguous') throw new Error(`row ${rowNumber}: the lead agency is no longer found`);
      return { id: randomUUID(), agency, values: valuesOf(input, agency.id) };
    });
    await insertCommunicationActivities(db, records);
    return records.map(({ id, agency, values }) => {
      const created = toActivity({
        id, unit_id: values.unitId, occurred_on: values.occurredOn, lead_agency_id: agency.id, lead_agency_name: agency.name,
        form: values.form, title: values.title, description: values.description, materials: values.materials,
        materials_kind: values.materialsKind, created_at: now, updated_at: now,
      }, '', values.reach.map((entry) => ({ activity_id: id, audience: entry.audience, people_reached: entry.peopleReached })));
      // As the create service's audit entry keeps it (the view leaves out the unit's name and the bookkeeping).
      return { id, unitId: values.unitId, after: auditView(created) };
    });
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: CommunicationActivityFilter = {
        scope: context.actor.scope, within: within ? subtreeOf(within) : undefined,
        from: filters.from, to: filters.to, form: filters.form, query: filters.q,
      };
      const db = context.database.db;
      const total = await countCommunicationActivities(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listCommunicationActivities(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            const reach = new Map<string, CommunicationReachRow[]>();
            for (const entry of await listReach(db, rows.map((row) => row.id))) {
              reach.set(entry.activity_id, [...(reach.get(entry.activity_id) ?? []), entry]);
            }
            yield rows.map((row) => toCells(row, reach.get(row.id) ?? []));
          }
        },
      };
    },
  },
};
