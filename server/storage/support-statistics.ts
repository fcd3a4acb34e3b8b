import type { Scope } from '../../core/auth/scope.ts';
import type { SupportService } from '../../core/api/support-statistics.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

/** The column of each service's count. */
export const serviceColumns = {
  hivStiTesting: 'service_hiv_sti_testing',
  hivStiTreatment: 'service_hiv_sti_treatment',
  methadone: 'service_methadone',
  condoms: 'service_condoms',
  counselling: 'service_counselling',
  legalAid: 'service_legal_aid',
  vocationalTraining: 'service_vocational_training',
  jobPlacement: 'service_job_placement',
  loans: 'service_loans',
  socialAssistance: 'service_social_assistance',
} as const satisfies Record<SupportService, string>;

type ServiceColumn = (typeof serviceColumns)[SupportService];

export type SupportStatisticsRow = {
  id: string;
  unit_id: string;
  month: string;
  people_reached: number;
  people_in_need: number;
  people_eligible: number;
  people_served: number;
  people_newly_served: number;
  referrals_made: number;
  referrals_completed: number;
  peer_groups_active: number;
  pilot_models_running: number;
  created_at: Date;
  updated_at: Date;
} & Record<ServiceColumn, number>;

export type SupportStatisticsUnitRow = SupportStatisticsRow & { unit_name: string };

/** What a read returns (imports read the rows they insert back with it). */
export const columns = [
  'support_statistics.id', 'support_statistics.unit_id', 'support_statistics.month', 'support_statistics.people_reached',
  'support_statistics.people_in_need', 'support_statistics.people_eligible', 'support_statistics.people_served',
  'support_statistics.people_newly_served', 'support_statistics.service_hiv_sti_testing',
  'support_statistics.service_hiv_sti_treatment', 'support_statistics.service_methadone', 'support_statistics.service_condoms',
  'support_statistics.service_counselling', 'support_statistics.service_legal_aid',
  'support_statistics.service_vocational_training', 'support_statistics.service_job_placement',
  'support_statistics.service_loans', 'support_statistics.service_social_assistance', 'support_statistics.referrals_made',
  'support_statistics.referrals_completed', 'support_statistics.peer_groups_active',
  'support_statistics.pilot_models_running', 'support_statistics.created_at', 'support_statistics.updated_at',
] as const;

/** Everything a user writes about a unit's month: the whole record, as inserted or as it becomes. */
export interface SupportStatisticsValues {
  unitId: string;
  /** The first day of the month, 'YYYY-MM-01'. */
  month: string;
  peopleReached: number;
  peopleInNeed: number;
  peopleEligible: number;
  peopleServed: number;
  peopleNewlyServed: number;
  services: Record<SupportService, number>;
  referralsMade: number;
  referralsCompleted: number;
  peerGroupsActive: number;
  pilotModelsRunning: number;
}

export function toColumns(values: SupportStatisticsValues) {
  const services = Object.fromEntries(
    (Object.entries(serviceColumns) as [SupportService, ServiceColumn][]).map(([service, column]) => [column, values.services[service]]),
  ) as Record<ServiceColumn, number>;
  return {
    unit_id: values.unitId,
    month: values.month,
    people_reached: values.peopleReached,
    people_in_need: values.peopleInNeed,
    people_eligible: values.peopleEligible,
    people_served: values.peopleServed,
    people_newly_served: values.peopleNewlyServed,
    ...services,
    referrals_made: values.referralsMade,
    referrals_completed: values.referralsCompleted,
    peer_groups_active: values.peerGroupsActive,
    pilot_models_running: values.pilotModelsRunning,
  };
}

export async function insertSupportStatistics(db: Executor, values: SupportStatisticsValues): Promise<SupportStatisticsRow> {
  return db.insertInto('support_statistics').values(toColumns(values)).returning(columns).executeTakeFirstOrThrow();
}

export async function updateSupportStatistics(db: Executor, id: string, values: SupportStatisticsValues): Promise<SupportStatisticsRow> {
  return db
    .updateTable('support_statistics')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Soft deletion: the row stays for the audit trail, no list or indicator counts it. */
export async function softDeleteSupportStatistics(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('support_statistics')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** A live record, whoever asks: callers check the scope of its unit. */
export async function findSupportStatistics(db: Executor, id: string): Promise<SupportStatisticsRow | undefined> {
  return db.selectFrom('support_statistics').select(columns)
    .where('support_statistics.id', '=', id).where('support_statistics.deleted_at', 'is', null).executeTakeFirst();
}

/** The live record of a unit's month, if any (one per unit and month). */
export async function findSupportStatisticsOfMonth(db: Executor, unitId: string, month: string): Promise<SupportStatisticsRow | undefined> {
  return db.selectFrom('support_statistics').select(columns)
    .where('support_statistics.unit_id', '=', unitId).where('support_statistics.month', '=', month)
    .where('support_statistics.deleted_at', 'is', null).executeTakeFirst();
}

/** The number of sex workers in need the unit declared for the year, if it did. */
export async function findPeopleInNeedFigure(db: Executor, unitId: string, year: number): Promise<number | undefined> {
  const row = await db.selectFrom('reference_figures').select('value')
    .where('unit_id', '=', unitId).where('year', '=', year).where('kind', '=', 'sex_workers_in_need').executeTakeFirst();
  return row?.value;
}

export interface SupportStatisticsFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  /** Only this unit's own rows. */
  unitId?: string | undefined;
  year?: number | undefined;
  /** 'YYYY-MM-01'. */
  month?: string | undefined;
}

function filtered(db: Executor, filter: SupportStatisticsFilter) {
  let query = db
    .selectFrom('support_statistics')
    .innerJoin('admin_units', 'admin_units.id', 'support_statistics.unit_id')
    .where('support_statistics.deleted_at', 'is', null)
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.unitId) query = query.where('support_statistics.unit_id', '=', filter.unitId);
  if (filter.year !== undefined) {
    query = query.where('support_statistics.month', '>=', `${filter.year}-01-01`).where('support_statistics.month', '<=', `${filter.year}-12-01`);
  }
  if (filter.month) query = query.where('support_statistics.month', '=', filter.month);
  return query;
}

/** Newest month first, then by unit. */
export async function listSupportStatistics(
  db: Executor,
  filter: SupportStatisticsFilter & { limit: number; offset: number },
): Promise<SupportStatisticsUnitRow[]> {
  return filtered(db, filter)
    .select(columns)
    .select('admin_units.name as unit_name')
    .orderBy('support_statistics.month', 'desc')
    .orderBy('admin_units.path')
    .orderBy('support_statistics.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countSupportStatistics(db: Executor, filter: SupportStatisticsFilter): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
