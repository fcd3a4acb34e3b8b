-- The reporting regime (issue 6): report requests (from a plan's reporting rules, or ad hoc from
-- an upper unit), the report each expected unit owes, every version of its content, and the
-- review steps (submitted, returned with comments, accepted). Accepted reports are locked.

create table report_requests (
  id                     uuid primary key default gen_random_uuid(),
  issuer_unit_id         text not null references admin_units (id),
  -- The plan whose regime generated it; null for an ad hoc request.
  plan_id                uuid references plans (id),
  kind                   text not null check (kind in ('monthly', 'quarterly', 'half_year', 'annual', 'phase_end', 'ad_hoc')),
  period_code            text not null,
  period_start           date not null,
  period_end             date not null,
  reporter_deadline      date not null,
  consolidator_deadline  date,
  title                  text not null,
  -- What an ad hoc request asks for, in the requester's words.
  instructions           text,
  created_by             uuid references users (id),
  created_at             timestamptz not null default now(),
  check (period_end >= period_start),
  check (consolidator_deadline is null or consolidator_deadline >= reporter_deadline)
);
-- A plan's regime generates each report once, however often schedules are refreshed.
create unique index report_requests_plan_period_idx on report_requests (plan_id, kind, period_code) where plan_id is not null;
create index report_requests_issuer_idx on report_requests (issuer_unit_id, reporter_deadline);

-- One report per request and unit: the lower units' reports (role 'reporter') and the issuer's
-- own consolidated report (role 'consolidator').
create table reports (
  id                 uuid primary key default gen_random_uuid(),
  request_id         uuid not null references report_requests (id),
  unit_id            text not null references admin_units (id),
  role               text not null check (role in ('reporter', 'consolidator')),
  status             text not null default 'not_started' check (status in ('not_started', 'draft', 'submitted', 'returned', 'accepted')),
  current_version    integer not null default 0,
  submitted_at       timestamptz,
  accepted_at        timestamptz,
  -- The document number once issued (e.g. 123/BC-UBND) and its date.
  number             text,
  issued_on          date,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  unique (request_id, unit_id)
);
create index reports_unit_idx on reports (unit_id, status);

-- Every saved version of a report's content (figures with their corrections, narrative sections).
create table report_versions (
  report_id   uuid not null references reports (id),
  version     integer not null check (version >= 1),
  content     jsonb not null,
  created_by  uuid references users (id),
  created_at  timestamptz not null default now(),
  primary key (report_id, version)
);

-- Review steps: who submitted, returned (with the comment) or accepted, when.
create table report_events (
  id             uuid primary key default gen_random_uuid(),
  report_id      uuid not null references reports (id),
  at             timestamptz not null default now(),
  actor_user_id  uuid references users (id),
  action         text not null check (action in ('save', 'submit', 'return', 'accept')),
  version        integer,
  comment        text
);
create index report_events_report_idx on report_events (report_id, at);
