import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { userText } from '../../../core/api/common.ts';
import {
  trainingCourseCreate, trainingCourseListQuery, trainingLevels, type TrainingLevel, type TrainingParticipantsInput,
} from '../../../core/api/training-courses.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import {
  formatParticipants, parseParticipants, participantsColumnKeys as participantsKeys, trainingCourseColumns,
} from '../../../core/imports/kinds/training-course-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { issue, subtreeOf } from '../../services/communication/unit-agency.ts';
import { auditView } from '../../services/records/record-audit.ts';
import { auditRecord, fieldIssues, toCourse } from '../../services/training/training-course-service.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import { insertTrainingCourses, listCoursesOn, type SavedCourse } from '../../storage/training-course-imports.ts';
import {
  countTrainingCourses, listParticipants, listTrainingCourses,
  type TrainingCourseFilter, type TrainingCourseUnitRow, type TrainingCourseValues, type TrainingParticipantRow,
} from '../../storage/training-courses.ts';
import { listAgenciesOfUnits, listUnitsById } from '../../storage/unit-agency-imports.ts';
import type { ImportKindDefinition } from '../import-kind.ts';
import { findAgencyByName, matchUnitAgency } from './unit-agencies.ts';

/** A level's cell, "Công an: 12; Hội Liên hiệp Phụ nữ: 8", kept as written: it is checked here and read by `participantsOf`. */
const participantsCell = userText(2000).superRefine((text, context) => {
  const parsed = parseParticipants(text);
  if (parsed.issue) context.addIssue({ code: 'custom', message: `${parsed.issue.vi} | ${parsed.issue.en}` });
});

type ParticipantCells = Record<(typeof participantsKeys)[TrainingLevel], string | null>;

/** The participants the cells give, level by level in the order of the levels; undefined while a cell cannot be read. */
function participantsOf(cells: ParticipantCells): TrainingParticipantsInput[] | undefined {
  const participants: TrainingParticipantsInput[] = [];
  for (const level of trainingLevels) {
    const text = cells[participantsKeys[level]];
    // Absent too when another field failed and the schema's defaults did not apply.
    if (typeof text !== 'string') continue;
    const parsed = parseParticipants(text);
    if (parsed.issue) return undefined;
    participants.push(...parsed.value.map((row) => ({ level, agencyKind: row.agencyKind, participants: row.participants })));
  }
  return participants;
}

/**
 * A row of a file: the create input with the organiser named rather than given by id, the
 * participants as one cell per level, and no participants' names (those stay inside the unit and
 * are entered on the form). The create schema's own rule on the participants applies to what the
 * cells give.
 */
const importInput = z.strictObject({
  unitId: trainingCourseCreate.shape.unitId,
  heldOn: trainingCourseCreate.shape.heldOn,
  organiser: userText(200),
  level: trainingCourseCreate.shape.level,
  topic: trainingCourseCreate.shape.topic,
  participants_province: participantsCell.nullable().default(null),
  participants_district: participantsCell.nullable().default(null),
  participants_commune: participantsCell.nullable().default(null),
}).superRefine((input, context) => {
  const participants = participantsOf(input);
  if (participants === undefined) return;
  const checked = trainingCourseCreate.shape.participants.safeParse(participants);
  if (checked.success) return;
  for (const problem of checked.error.issues) {
    const entry = typeof problem.path[0] === 'number' ? participants[problem.path[0]] : undefined;
    // "No participants" is the row's problem, not one cell's.
    context.addIssue({ code: 'custom', message: problem.message, path: entry ? [participantsKeys[entry.level]] : [] });
  }
});
export type TrainingCourseImport = z.infer<typeof importInput>;

const exportQuery = trainingCourseListQuery.omit({ page: true, pageSize: true });
export type TrainingCourseExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

const valuesOf = (input: TrainingCourseImport, organiserAgencyId: string | null): TrainingCourseValues => ({
  unitId: input.unitId, heldOn: input.heldOn, organiserAgencyId, level: input.level, topic: input.topic,
  participants: participantsOf(input) ?? [], participantNames: null,
});

/** The service names fields of its input ("participants.3.agencyKind"); a file has one column per level. */
function toColumnIssue(found: FieldIssue, values: TrainingCourseValues): FieldIssue {
  const participants = /^participants\.(\d+)\./.exec(found.field);
  if (participants) {
    const entry = values.participants[Number(participants[1])];
    return { ...found, field: entry ? participantsKeys[entry.level] : 'level' };
  }
  return found.field === 'organiserAgencyId' ? { ...found, field: 'organiser' } : found;
}

/**
 * What makes a course the same as another, for a file's rows and the saved records alike: unit,
 * day, level, organiser and topic (accents and case aside). The create service has no such rule; an
 * import has: loading the same file twice would count every participant twice.
 */
const sameCourseKey = (input: TrainingCourseImport) =>
  [input.unitId, input.heldOn, input.level, toSearchText(input.organiser), toSearchText(input.topic)].join('|');

/** A course as a row of an export: never the participants' names, whoever exports. */
function toCells(row: TrainingCourseUnitRow, participants: readonly TrainingParticipantRow[]): CellValues {
  const cells: CellValues = {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), heldOn: row.held_on, organiser: row.organiser_name,
    level: row.level, topic: row.topic,
  };
  const course = toCourse(row, row.unit_name, [...participants]);
  for (const level of trainingLevels) {
    const ofLevel = course.participants.filter((entry) => entry.level === level);
    cells[participantsKeys[level]] = ofLevel.length === 0 ? null : formatParticipants(ofLevel);
  }
  return cells;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Training courses: one row per course, the participants of each level in one cell by kind of agency. */
export const trainingCourseImport: ImportKindDefinition<TrainingCourseImport, TrainingCourseExportFilters> = {
  kind: 'training-courses',
  recordType: 'training_course',
  writePermission: 'activity.write',
  readPermission: null,
  title: { vi: 'Lớp tập huấn', en: 'Training courses' },
  fileStem: 'lop-tap-huan',
  columns: trainingCourseColumns,
  schema: importInput,
  // Empty cells are left out, so that the schema's defaults apply.
  toInput: (values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)),
  unitOf: (input) => input.unitId,
  // The service's rules within the record need the unit (its level and name): findConflicts applies them.
  check: () => [],

  uniqueKeys: (input) => [{
    key: sameCourseKey(input),
    field: 'topic',
    describe: { vi: 'đơn vị, ngày tập huấn, cấp, cơ quan tổ chức và chủ đề', en: 'unit, date, level, organising agency and topic' },
  }],

  /**
   * The create service's rules, for a chunk of rows with a few queries: those within the record
   * (the date, the level the unit may hold, districts gone after the reform, one row per level and
   * agency), the organiser one of the unit's active agencies, and the course not saved already.
   */
  async findConflicts(db, _context, rows) {
    const issues = new Map<number, FieldIssue[]>();
    if (rows.length === 0) return issues;
    const unitIds = unique(rows.map(({ input }) => input.unitId));
    const units = await listUnitsById(db, unitIds);
    const agencies = await listAgenciesOfUnits(db, unitIds);
    const saved = new Map<string, SavedCourse>();
    for (const row of await listCoursesOn(db, unitIds, unique(rows.map(({ input }) => input.heldOn)))) {
      saved.set([row.unit_id, row.held_on, row.level, row.organiser_agency_id, toSearchText(row.topic)].join('|'), row);
    }
    const today = todayInVietnam();
    for (const { rowNumber, input } of rows) {
      const unit = units.get(input.unitId);
      if (!unit) continue;
      const organiser = matchUnitAgency('organiser', input.organiser, unit, agencies);
      const values = valuesOf(input, organiser.agency?.id ?? null);
      const found = fieldIssues(values, unit, today).map((problem) => toColumnIssue(problem, values));
      if (organiser.issue) found.push(organiser.issue);
      const same = organiser.agency && saved.get([unit.id, input.heldOn, input.level, organiser.agency.id, toSearchText(input.topic)].join('|'));
      if (same) {
        found.push(issue('topic',
          `${unit.name} đã có lớp tập huấn "${same.topic}" ngày ${formatDate(same.held_on)} do ${organiser.agency!.name} tổ chức, cùng cấp; nếu đây là lớp khác, hãy ghi chủ đề khác`,
          `${unit.name} already has the course "${same.topic}" of ${formatDate(same.held_on)} organised by ${organiser.agency!.name}, at the same level; if this is another course, give it another topic`));
      }
      if (found.length > 0) issues.set(rowNumber, found);
    }
    return issues;
  },

  async insert(db, rows) {
    const agencies = await listAgenciesOfUnits(db, unique(rows.map(({ input }) => input.unitId)));
    const now = new Date();
    const records = rows.map(({ rowNumber, input }) => {
      const agency = findAgencyByName(input.organiser, input.unitId, agencies);
      // findConflicts ran in this transaction a moment before: a row whose organiser it did not find never gets here.
      if (!agency || agency === 'ambiguous') throw new Error(`row ${rowNumber}: the organiser is no longer found`);
      return { id: randomUUID(), agency, values: valuesOf(input, agency.id) };
    });
    await insertTrainingCourses(db, records);
    return records.map(({ id, agency, values }) => {
      const created = toCourse({
        id, unit_id: values.unitId, held_on: values.heldOn, organiser_agency_id: agency.id, organiser_name: agency.name,
        level: values.level, topic: values.topic, participant_names: null, created_at: now, updated_at: now,
      }, '', values.participants.map((entry) => ({ course_id: id, level: entry.level, agency_kind: entry.agencyKind, participants: entry.participants })));
      // As the create service's audit entry keeps it: no names, nor the unit's name and the bookkeeping.
      return { id, unitId: values.unitId, after: auditView(auditRecord(created)) };
    });
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: TrainingCourseFilter = {
        scope: context.actor.scope, within: within ? subtreeOf(within) : undefined,
        from: filters.from, to: filters.to, level: filters.level, query: filters.q,
      };
      const db = context.database.db;
      const total = await countTrainingCourses(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listTrainingCourses(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            const participants = new Map<string, TrainingParticipantRow[]>();
            for (const entry of await listParticipants(db, rows.map((row) => row.id))) {
              participants.set(entry.course_id, [...(participants.get(entry.course_id) ?? []), entry]);
            }
            yield rows.map((row) => toCells(row, participants.get(row.id) ?? []));
          }
        },
      };
    },
  },
};
