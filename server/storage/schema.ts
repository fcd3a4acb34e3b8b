import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

/** Column types as both drivers return them: dates as 'YYYY-MM-DD' strings, timestamps as Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export interface AdminUnitTable {
  id: string;
  code: string | null;
  name: string;
  short_name: string;
  level: 'province' | 'district' | 'commune';
  kind: string;
  parent_id: string | null;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
  path: string;
  search_text: string;
}

export interface AdminUnitSuccessionTable {
  predecessor_id: string;
  successor_id: string;
  effective_date: DateOnly;
  is_primary: Generated<boolean>;
}

export interface ReferenceDataLoadTable {
  dataset: string;
  version: string;
  loaded_at: Generated<Date>;
  report: ColumnType<unknown, string, string>;
}

export interface AgencyTable {
  id: Generated<string>;
  unit_id: string;
  kind: string;
  name: string;
  is_lead: Generated<boolean>;
  is_request_only: Generated<boolean>;
  is_active: Generated<boolean>;
  sort_order: Generated<number>;
  search_text: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  unit_id: string | null;
  agency_id: string | null;
  is_demo: Generated<boolean>;
  is_disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Where report reminders go (migration 0018); not set through the users API yet. */
  email: Generated<string | null>;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Generated<Date>;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  unit_id: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failed';
  target_type: string | null;
  target_id: string | null;
  summary: ColumnType<Record<string, unknown>, string, never>;
}

export interface PlanTable {
  id: Generated<string>;
  issuer_unit_id: string;
  status: ColumnType<'draft' | 'issued' | 'superseded', 'draft' | 'issued' | 'superseded' | undefined, 'draft' | 'issued' | 'superseded'>;
  version: Generated<number>;
  amends_plan_id: string | null;
  number: string | null;
  issue_date: DateOnly | null;
  title: string;
  period_code: string;
  period_start: DateOnly;
  period_end: DateOnly;
  content: ColumnType<Record<string, unknown>, string, string>;
  search_text: string;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  issued_by: string | null;
  issued_at: Timestamp | null;
}

export interface PlanParentTable {
  plan_id: string;
  parent_plan_id: string;
}

export interface PlanTargetTable {
  id: Generated<string>;
  plan_id: string;
  key: string;
  indicator_code: string;
  indicator_version: number;
  comparator: 'gte' | 'lte' | 'eq' | 'range';
  value: number;
  value_high: number | null;
  period_code: string;
  period_start: DateOnly;
  period_end: DateOnly;
  text: string;
  section: string | null;
  parent_target_id: string | null;
  looser_reason: string | null;
  sort_order: number;
}

export interface ReferenceFigureTable { unit_id: string; year: number; kind: string; value: number; updated_at: Generated<Date> }
export interface CommunicationActivityTable {
  id: Generated<string>; unit_id: string; occurred_on: DateOnly; form: string; title: string; materials: Generated<number>;
  deleted_at: Timestamp | null; deleted_reason: string | null; created_at: Generated<Date>;
  lead_agency_id: string | null; description: string | null; materials_kind: string | null; updated_at: Generated<Date>;
  search_text: Generated<string>;
}
export interface CommunicationReachTable { activity_id: string; audience: string; people_reached: number }
export interface EstablishmentTable {
  id: Generated<string>; unit_id: string; name: string; type: string; workers: number | null; opened_on: DateOnly | null;
  closed_on: DateOnly | null; deleted_at: Timestamp | null; created_at: Generated<Date>;
  address: Generated<string>; business_owner: string | null; licence_number: string | null; licence_date: DateOnly | null;
  risk_class: 'low' | 'medium' | 'high' | null; risk_reviewed_on: DateOnly | null; risk_reason: string | null;
  status: ColumnType<'active' | 'suspended' | 'closed', 'active' | 'suspended' | 'closed' | undefined, 'active' | 'suspended' | 'closed'>;
  status_changed_on: DateOnly | null; deleted_reason: string | null; updated_at: Generated<Date>;
  search_text: Generated<string>; duplicate_key: Generated<string>;
}
export interface InspectionTable {
  id: Generated<string>; unit_id: string; inspected_on: DateOnly; team: string; deleted_at: Timestamp | null; created_at: Generated<Date>;
  team_kind: ColumnType<'inter_agency' | 'single_agency', 'inter_agency' | 'single_agency' | undefined, 'inter_agency' | 'single_agency'>;
  member_agency_ids: ColumnType<string[], string[] | undefined, string[]>; notes: string | null; deleted_reason: string | null;
  updated_at: Generated<Date>;
}
export interface InspectionVisitTable {
  inspection_id: string; establishment_id: string; outcome: string; findings: Generated<string>; violations: string | null;
  fine_amount: ColumnType<string | null, number | null | undefined, number | null>; legal_basis: string | null; follow_up_due: DateOnly | null;
}
export interface TipTable {
  id: Generated<string>; unit_id: string; received_on: DateOnly; due_on: DateOnly; resolved_on: DateOnly | null; deleted_at: Timestamp | null;
  reference: string; received_by_unit_id: string; receiving_user_id: string | null; channel: Generated<string>; received_at: Timestamp;
  subjects: Generated<string[]>; establishment_id: string | null; hotspot_id: string | null; address: string | null; online_account: string | null;
  happened_on: DateOnly | null; description: Generated<string>; anonymous: Generated<boolean>; status: Generated<string>; classification: string | null;
  remote_area: Generated<boolean>; clock_start_on: DateOnly; extensions_granted: Generated<number>; assigned_agency_id: string | null;
  assignee_user_id: string | null; substantiated: boolean | null; outcome: string | null; transferred_out: Generated<boolean>;
  receipt_code_hash: Buffer | null; search_text: Generated<string>; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface ReportRequestTable {
  id: Generated<string>; issuer_unit_id: string; plan_id: string | null; kind: string; period_code: string; period_start: DateOnly; period_end: DateOnly;
  reporter_deadline: DateOnly; consolidator_deadline: DateOnly | null; title: string; instructions: string | null; created_by: string | null; created_at: Generated<Date>;
}
export interface ReportTable {
  id: Generated<string>; request_id: string; unit_id: string; agency_id: string | null; role: string; status: Generated<string>; current_version: Generated<number>;
  submitted_at: Timestamp | null; accepted_at: Timestamp | null; number: string | null; issued_on: DateOnly | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface ReportVersionTable {
  report_id: string; version: number; content: ColumnType<unknown, string, string>; created_by: string | null; created_at: Generated<Date>;
}
export interface ReportReminderTable {
  id: Generated<string>; report_id: string; request_id: string; kind: string; sent_on: DateOnly; recipient_user_id: string; sent_at: Generated<Date>;
}
export interface ReportEventTable {
  id: Generated<string>; report_id: string; at: Generated<Date>; actor_user_id: string | null; action: string; version: number | null; comment: string | null;
}
export interface TipReporterTable {
  tip_id: string; full_name: string | null; phone: string | null; email: string | null; address: string | null; wants_feedback: Generated<boolean>;
}
export interface TipEventTable {
  id: Generated<string>; tip_id: string; at: Generated<Date>; action: string; actor_user_id: string | null; from_status: string | null;
  to_status: string | null; from_unit_id: string | null; to_unit_id: string | null;
  details: ColumnType<Record<string, string | number | boolean | null>, string | undefined, string>; note: string | null;
}
export interface TipAttachmentTable {
  id: Generated<string>; tip_id: string; file_name: string; media_type: string; byte_size: number; sha256: string; content: Buffer;
  source: string; created_at: Generated<Date>;
}
/** A public submission's Idempotency-Key, as server/services/tips/submission-keys.ts derives it: never the key itself. */
export interface TipSubmissionKeyTable {
  key_hash: Buffer; tip_id: string; fingerprint: Buffer; sealed_receipt: Buffer | null; replay_until: Timestamp;
}
export interface TipDeadlineRuleTable { classification: string; rule: ColumnType<unknown, string, string>; updated_by: string | null; updated_at: Generated<Date> }
export interface CrimeStatisticTable {
  id: Generated<string>; unit_id: string; period_start: DateOnly; period_end: DateOnly; article: string; cases_handled: number;
  defendants: Generated<number>; cases_prosecuted: Generated<number>; defendants_prosecuted: Generated<number>;
  cases_tried: Generated<number>; defendants_tried: Generated<number>; people_fined: Generated<number>;
  establishments_fined: Generated<number>; amount_fined: ColumnType<string, number | undefined, number>;
  deleted_at: Timestamp | null; deleted_reason: string | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface SupportStatisticTable {
  id: Generated<string>; unit_id: string; month: DateOnly; people_served: number; people_newly_served: Generated<number>;
  people_reached: Generated<number>; people_in_need: Generated<number>; people_eligible: Generated<number>;
  service_hiv_sti_testing: Generated<number>; service_hiv_sti_treatment: Generated<number>; service_methadone: Generated<number>;
  service_condoms: Generated<number>; service_counselling: Generated<number>; service_legal_aid: Generated<number>;
  service_vocational_training: Generated<number>; service_job_placement: Generated<number>; service_loans: Generated<number>;
  service_social_assistance: Generated<number>; referrals_made: Generated<number>; referrals_completed: Generated<number>;
  peer_groups_active: Generated<number>; pilot_models_running: Generated<number>;
  deleted_at: Timestamp | null; deleted_reason: string | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface TrainingCourseTable {
  id: Generated<string>; unit_id: string; held_on: DateOnly; topic: string; deleted_at: Timestamp | null;
  organiser_agency_id: string | null; level: string; participant_names: ColumnType<unknown, string | null, string | null>;
  deleted_reason: string | null; created_at: Generated<Date>; updated_at: Generated<Date>; search_text: Generated<string>;
}
export interface TrainingParticipantTable { course_id: string; level: string; participants: number; agency_kind: string | null }
export interface ProgrammeIntegrationTable {
  id: Generated<string>; unit_id: string; year: number; agency_id: string | null; programme: string; deleted_at: Timestamp | null;
  programme_kind: Generated<string>; programme_key: GeneratedAlways<string>; document_number: string | null;
  document_date: DateOnly | null; notes: string | null; search_text: Generated<string>; deleted_reason: string | null;
  created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface HarmReductionModelTable {
  id: Generated<string>; unit_id: string; name: string; started_on: DateOnly; ended_on: DateOnly | null;
  kind: Generated<string>; agency_id: string | null; description: string | null; search_text: Generated<string>;
  deleted_at: Timestamp | null; deleted_reason: string | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface HotspotTable {
  id: Generated<string>; unit_id: string; address: string; kind: string; latitude: number | null; longitude: number | null;
  description: string | null; identified_on: DateOnly | null;
  status: 'active' | 'under_watch' | 'eliminated'; eliminated_on: DateOnly | null; status_changed_on: DateOnly | null;
  search_text: string; deleted_at: Timestamp | null; deleted_reason: string | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface HotspotWatchVisitTable {
  id: Generated<string>; hotspot_id: string; visited_on: DateOnly; reformed: boolean; notes: string | null; created_at: Generated<Date>;
}
export interface InspectionPlanTable {
  id: Generated<string>; unit_id: string; year: number; title: string; notes: string | null;
  deleted_at: Timestamp | null; deleted_reason: string | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface InspectionPlanItemTable {
  plan_id: string; establishment_id: string; planned_month: number | null; window_start: DateOnly | null; window_end: DateOnly | null;
  team_kind: 'inter_agency' | 'single_agency'; agency_id: string | null; sort_order: number;
}

/** An uploaded file, validated, waiting for its commit (server/storage/imports.ts). */
export interface ImportBatchTable {
  id: Generated<string>; kind: string; actor_user_id: string; scope_unit_id: string | null; file_name: string;
  file_format: 'xlsx' | 'csv'; sheet_name: string | null; header_row: number;
  status: ColumnType<'validating' | 'ready' | 'committed', 'validating' | 'ready' | 'committed' | undefined, 'validating' | 'ready' | 'committed'>;
  total_rows: Generated<number>; valid_rows: Generated<number>; bad_rows: Generated<number>; imported_rows: number | null;
  columns: ColumnType<unknown, string | undefined, string>; ignored_columns: ColumnType<unknown, string | undefined, string>;
  warnings: ColumnType<unknown, string | undefined, string>; sample: ColumnType<unknown, string | undefined, string>;
  created_at: Generated<Date>; expires_at: Timestamp; committed_at: Timestamp | null;
}
export interface ImportBatchRowTable {
  batch_id: string; row_number: number; input: ColumnType<unknown, string | null, string | null>; issues: ColumnType<unknown, string | undefined, string>;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: Generated<Date>;
}

export interface DatabaseSchema {
  admin_units: AdminUnitTable;
  admin_unit_successions: AdminUnitSuccessionTable;
  reference_data_loads: ReferenceDataLoadTable;
  agencies: AgencyTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationTable;
  plans: PlanTable;
  plan_parents: PlanParentTable;
  plan_targets: PlanTargetTable;
  reference_figures: ReferenceFigureTable;
  communication_activities: CommunicationActivityTable;
  communication_reach: CommunicationReachTable;
  establishments: EstablishmentTable;
  inspections: InspectionTable;
  inspection_visits: InspectionVisitTable;
  tips: TipTable;
  tip_reporters: TipReporterTable;
  tip_events: TipEventTable;
  tip_attachments: TipAttachmentTable;
  tip_deadline_rules: TipDeadlineRuleTable;
  tip_submission_keys: TipSubmissionKeyTable;
  report_requests: ReportRequestTable;
  reports: ReportTable;
  report_versions: ReportVersionTable;
  report_events: ReportEventTable;
  report_reminders: ReportReminderTable;
  crime_statistics: CrimeStatisticTable;
  support_statistics: SupportStatisticTable;
  training_courses: TrainingCourseTable;
  training_participants: TrainingParticipantTable;
  programme_integrations: ProgrammeIntegrationTable;
  harm_reduction_models: HarmReductionModelTable;
  hotspots: HotspotTable;
  hotspot_watch_visits: HotspotWatchVisitTable;
  inspection_plans: InspectionPlanTable;
  inspection_plan_items: InspectionPlanItemTable;
  import_batches: ImportBatchTable;
  import_batch_rows: ImportBatchRowTable;
}
