-- The records the indicators read. Their entry screens and imports come with the field-records
-- work; the columns here are the ones the indicator engine needs, and what it needs is what they
-- must hold. Every record belongs to one unit; soft deletion keeps the trail.

-- Which current unit a unit's records count for: today's units count for themselves; pre-reform
-- communes and provinces for their primary successor; a pre-reform district (which has no
-- successor of its own) for the province its province became.
-- Materialised (and refreshed whenever the units are loaded): every indicator query joins it, and
-- as a plain view it would be rebuilt, all 15,000 rows, for each of them.
create materialized view unit_rollup as
  select id as unit_id, id as current_unit_id from admin_units where valid_to is null
  union all
  select predecessor_id, successor_id from admin_unit_successions where is_primary
  union all
  select district.id, succession.successor_id
    from admin_units district
    join admin_unit_successions succession on succession.predecessor_id = district.parent_id and succession.is_primary
   where district.level = 'district' and district.valid_to is not null;
create unique index unit_rollup_unit_idx on unit_rollup (unit_id);
create index unit_rollup_current_unit_idx on unit_rollup (current_unit_id, unit_id);

-- Denominators a unit declares for a year: officials in post, workers, students, people in need.
create table reference_figures (
  unit_id     text not null references admin_units (id),
  year        integer not null check (year between 2000 and 2100),
  kind        text not null check (kind in ('officials_province', 'officials_district', 'officials_commune',
                'establishment_workers', 'industrial_zone_workers', 'students', 'sex_workers_in_need')),
  value       integer not null check (value >= 0),
  updated_at  timestamptz not null default now(),
  primary key (unit_id, year, kind)
);

create table communication_activities (
  id              uuid primary key default gen_random_uuid(),
  unit_id         text not null references admin_units (id),
  occurred_on     date not null,
  form            text not null check (form in ('training_session', 'banner', 'poster', 'loudspeaker', 'leaflet',
                    'commune_radio', 'television', 'press_article', 'social_media', 'school_activity',
                    'residential_meeting', 'club', 'other')),
  title           text not null,
  materials       integer not null default 0 check (materials >= 0),
  deleted_at      timestamptz,
  deleted_reason  text,
  created_at      timestamptz not null default now()
);
create index communication_activities_unit_date_idx on communication_activities (unit_id, occurred_on) where deleted_at is null;

create table communication_reach (
  activity_id     uuid not null references communication_activities (id) on delete cascade,
  audience        text not null check (audience in ('students', 'industrial_zone_workers', 'establishment_workers',
                    'youth', 'ethnic_minorities', 'migrants', 'public')),
  people_reached  integer not null check (people_reached >= 0),
  primary key (activity_id, audience)
);

create table establishments (
  id              uuid primary key default gen_random_uuid(),
  unit_id         text not null references admin_units (id),
  name            text not null,
  type            text not null check (type in ('accommodation', 'karaoke', 'dance_club', 'bar', 'massage', 'spa',
                    'barber', 'restaurant', 'other')),
  workers         integer check (workers >= 0),
  opened_on       date,
  closed_on       date,
  deleted_at      timestamptz,
  created_at      timestamptz not null default now(),
  check (closed_on is null or opened_on is null or opened_on <= closed_on)
);
create index establishments_unit_idx on establishments (unit_id) where deleted_at is null;

create table inspections (
  id              uuid primary key default gen_random_uuid(),
  unit_id         text not null references admin_units (id),
  inspected_on    date not null,
  team            text not null,
  deleted_at      timestamptz,
  created_at      timestamptz not null default now()
);
create index inspections_unit_date_idx on inspections (unit_id, inspected_on) where deleted_at is null;

create table inspection_visits (
  inspection_id     uuid not null references inspections (id) on delete cascade,
  establishment_id  uuid not null references establishments (id),
  outcome           text not null check (outcome in ('no_violation', 'warning', 'fine', 'suspension', 'licence_withdrawal', 'police_referral')),
  primary key (inspection_id, establishment_id)
);
create index inspection_visits_establishment_idx on inspection_visits (establishment_id);

-- Tips, denunciations and complaints: the fields the on-time indicator reads (the workflow extends this).
create table tips (
  id            uuid primary key default gen_random_uuid(),
  unit_id       text not null references admin_units (id),
  received_on   date not null,
  due_on        date not null,
  resolved_on   date,
  deleted_at    timestamptz,
  check (due_on >= received_on),
  check (resolved_on is null or resolved_on >= received_on)
);
create index tips_unit_due_idx on tips (unit_id, due_on) where deleted_at is null;

create table crime_statistics (
  unit_id        text not null references admin_units (id),
  period_start   date not null,
  period_end     date not null,
  article        text not null check (article in ('150', '151', '327', '328', '329', 'other')),
  cases_handled  integer not null check (cases_handled >= 0),
  defendants     integer not null default 0 check (defendants >= 0),
  primary key (unit_id, period_start, article),
  check (period_start <= period_end)
);

-- Support and harm-reduction services as monthly aggregates: no person's data leaves the unit.
create table support_statistics (
  unit_id         text not null references admin_units (id),
  month           date not null check (extract(day from month) = 1),
  people_served   integer not null check (people_served >= 0),
  primary key (unit_id, month)
);

create table training_courses (
  id          uuid primary key default gen_random_uuid(),
  unit_id     text not null references admin_units (id),
  held_on     date not null,
  topic       text not null,
  deleted_at  timestamptz
);
create index training_courses_unit_date_idx on training_courses (unit_id, held_on) where deleted_at is null;

create table training_participants (
  course_id     uuid not null references training_courses (id) on delete cascade,
  level         text not null check (level in ('province', 'district', 'commune')),
  participants  integer not null check (participants >= 0),
  primary key (course_id, level)
);

-- Prostitution prevention written into another programme's plan (socio-economic, drugs, HIV, …).
create table programme_integrations (
  id           uuid primary key default gen_random_uuid(),
  unit_id      text not null references admin_units (id),
  year         integer not null check (year between 2000 and 2100),
  agency_id    uuid references agencies (id),
  programme    text not null,
  deleted_at   timestamptz
);
create index programme_integrations_unit_year_idx on programme_integrations (unit_id, year) where deleted_at is null;

create table harm_reduction_models (
  id          uuid primary key default gen_random_uuid(),
  unit_id     text not null references admin_units (id),
  name        text not null,
  started_on  date not null,
  ended_on    date,
  check (ended_on is null or started_on <= ended_on)
);
