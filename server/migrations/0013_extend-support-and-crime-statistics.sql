-- Support and harm-reduction services (issue 4, item 6) and crime and sanction statistics (item 7)
-- become records users write: an id for their history, soft deletion with a reason, and the
-- figures the entry forms hold. Rows written before this migration stay valid with the defaults,
-- and the indicator figures they gave stay the same.

-- Support services: one live row per unit and month, counts only (no person's data).
alter table support_statistics drop constraint support_statistics_pkey;
alter table support_statistics
  add column id                         uuid primary key default gen_random_uuid(),
  add column people_reached             integer not null default 0 check (people_reached >= 0),
  add column people_in_need             integer not null default 0 check (people_in_need >= 0),
  add column people_eligible            integer not null default 0 check (people_eligible >= 0),
  -- Of people_served (who received at least one service in the month), those served for the first
  -- time in the year: summed over a year's months they count each person once.
  add column people_newly_served        integer not null default 0 check (people_newly_served >= 0),
  -- People who received each service in the month; a person may receive several.
  add column service_hiv_sti_testing    integer not null default 0 check (service_hiv_sti_testing >= 0),
  add column service_hiv_sti_treatment  integer not null default 0 check (service_hiv_sti_treatment >= 0),
  add column service_methadone          integer not null default 0 check (service_methadone >= 0),
  add column service_condoms            integer not null default 0 check (service_condoms >= 0),
  add column service_counselling        integer not null default 0 check (service_counselling >= 0),
  add column service_legal_aid          integer not null default 0 check (service_legal_aid >= 0),
  add column service_vocational_training integer not null default 0 check (service_vocational_training >= 0),
  add column service_job_placement      integer not null default 0 check (service_job_placement >= 0),
  add column service_loans              integer not null default 0 check (service_loans >= 0),
  add column service_social_assistance  integer not null default 0 check (service_social_assistance >= 0),
  add column referrals_made             integer not null default 0 check (referrals_made >= 0),
  add column referrals_completed        integer not null default 0 check (referrals_completed >= 0),
  add column peer_groups_active         integer not null default 0 check (peer_groups_active >= 0),
  add column pilot_models_running       integer not null default 0 check (pilot_models_running >= 0),
  add column deleted_at                 timestamptz,
  add column deleted_reason             text,
  add column created_at                 timestamptz not null default now(),
  add column updated_at                 timestamptz not null default now();

-- The access indicator read people_served summed over months; for the rows already stored it
-- keeps reading the same numbers.
update support_statistics set people_newly_served = people_served;

alter table support_statistics
  add constraint support_statistics_eligible_in_need check (people_eligible <= people_in_need),
  add constraint support_statistics_newly_served check (people_newly_served <= people_served),
  add constraint support_statistics_referrals check (referrals_completed <= referrals_made),
  add constraint support_statistics_services_served check (greatest(service_hiv_sti_testing, service_hiv_sti_treatment,
    service_methadone, service_condoms, service_counselling, service_legal_aid, service_vocational_training,
    service_job_placement, service_loans, service_social_assistance) <= people_served),
  add constraint support_statistics_deleted_has_reason check (deleted_at is null or deleted_reason is not null);
create unique index support_statistics_unit_month_idx on support_statistics (unit_id, month) where deleted_at is null;

-- Crime and sanction statistics: one row per unit, period and line (a Criminal Code article, or
-- 'administrative' for administrative sanctions). Overlapping periods of one unit and line are
-- refused by the service; the index below keeps at least two rows from starting on the same day.
alter table crime_statistics drop constraint crime_statistics_pkey;
alter table crime_statistics drop constraint crime_statistics_article_check;
alter table crime_statistics
  add column id                     uuid primary key default gen_random_uuid(),
  add column cases_prosecuted       integer not null default 0 check (cases_prosecuted >= 0),
  add column defendants_prosecuted  integer not null default 0 check (defendants_prosecuted >= 0),
  add column cases_tried            integer not null default 0 check (cases_tried >= 0),
  add column defendants_tried       integer not null default 0 check (defendants_tried >= 0),
  add column people_fined           integer not null default 0 check (people_fined >= 0),
  add column establishments_fined   integer not null default 0 check (establishments_fined >= 0),
  add column amount_fined           bigint not null default 0 check (amount_fined >= 0),
  add column deleted_at             timestamptz,
  add column deleted_reason         text,
  add column created_at             timestamptz not null default now(),
  add column updated_at             timestamptz not null default now();

alter table crime_statistics
  add constraint crime_statistics_article_check
    check (article in ('150', '151', '327', '328', '329', 'other', 'administrative')),
  add constraint crime_statistics_prosecuted check (cases_prosecuted <= cases_handled and defendants_prosecuted <= defendants),
  -- Criminal lines carry no fines; the administrative line has no prosecution or trial.
  add constraint crime_statistics_line_fields check (
    case when article = 'administrative'
      then cases_prosecuted = 0 and defendants_prosecuted = 0 and cases_tried = 0 and defendants_tried = 0
      else people_fined = 0 and establishments_fined = 0 and amount_fined = 0 end),
  add constraint crime_statistics_deleted_has_reason check (deleted_at is null or deleted_reason is not null);
create unique index crime_statistics_unit_article_start_idx on crime_statistics (unit_id, article, period_start) where deleted_at is null;
create index crime_statistics_unit_period_idx on crime_statistics (unit_id, period_start, period_end) where deleted_at is null;
