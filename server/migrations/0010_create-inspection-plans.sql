-- A unit's inspection plan for a year (issue 4, item 2): which establishments its teams inspect and
-- when (a month, or a window of days), and by whom (the unit's inter-agency team or one agency).
-- Progress against it is computed on read from the inspections themselves: no counter is stored.

create table inspection_plans (
  id              uuid primary key default gen_random_uuid(),
  -- A current province or commune (checked by the service, which knows the units' history).
  unit_id         text not null references admin_units (id),
  year            integer not null check (year between 2000 and 2100),
  title           text not null,
  notes           text,
  deleted_at      timestamptz,
  deleted_reason  text,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check (deleted_at is null or deleted_reason is not null)
);
-- One live plan per unit and year; a deleted plan leaves room for its replacement.
create unique index inspection_plans_unit_year_idx on inspection_plans (unit_id, year) where deleted_at is null;

create table inspection_plan_items (
  plan_id           uuid not null references inspection_plans (id) on delete cascade,
  establishment_id  uuid not null references establishments (id),
  planned_month     integer check (planned_month between 1 and 12),
  window_start      date,
  window_end        date,
  team_kind         text not null check (team_kind in ('inter_agency', 'single_agency')),
  -- The agency that inspects alone; null for the unit's inter-agency team.
  agency_id         uuid references agencies (id),
  sort_order        integer not null,
  -- An establishment at most once per plan.
  primary key (plan_id, establishment_id),
  -- A month or a window, never both or neither.
  check ((planned_month is null) <> (window_start is null and window_end is null)),
  check ((window_start is null) = (window_end is null)),
  check (window_start is null or window_start <= window_end),
  check ((team_kind = 'single_agency') = (agency_id is not null))
);
create index inspection_plan_items_establishment_idx on inspection_plan_items (establishment_id);
