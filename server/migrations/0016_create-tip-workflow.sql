-- Tips, denunciations and complaints (issue 5): intake by staff and from the public page, the
-- workflow from receipt to resolution with every step recorded, legal deadlines with extensions,
-- the reporter's identity kept apart, and attachments stored with their SHA-256.
-- Rows written before this migration (demo data) carry only unit, receipt, due and resolution
-- dates: they get a reference, a channel and a status that agrees with those dates.

-- A custodian of tips receives them and alone sees who reported them.
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in (
  'system_admin', 'unit_admin', 'programme_officer', 'agency_officer', 'inspector', 'social_worker', 'viewer', 'tip_custodian'));

create sequence tip_number_seq;

alter table tips
  add column reference            text,
  add column received_by_unit_id  text references admin_units (id),
  add column receiving_user_id    uuid references users (id),
  add column channel              text not null default 'in_person' check (channel in (
                                    'hotline', 'in_person', 'letter', 'email', 'agency_referral', 'press', 'social_media', 'public_form')),
  add column received_at          timestamptz,
  add column subjects             text[] not null default '{other}',
  add column establishment_id     uuid references establishments (id),
  add column hotspot_id           uuid references hotspots (id),
  add column address              text,
  add column online_account       text,
  add column happened_on          date,
  add column description          text not null default '',
  add column anonymous            boolean not null default true,
  add column status               text not null default 'received' check (status in ('received', 'classified', 'assigned', 'verifying', 'resolved')),
  add column classification       text check (classification in ('criminal_tip', 'administrative_violation', 'complaint', 'outside_scope')),
  add column remote_area          boolean not null default false,
  -- The day the responsible unit received it: the receipt, or the transfer that brought it.
  add column clock_start_on       date,
  add column extensions_granted   integer not null default 0 check (extensions_granted >= 0),
  add column assigned_agency_id   uuid references agencies (id),
  add column assignee_user_id     uuid references users (id),
  add column substantiated        boolean,
  add column outcome              text check (outcome in ('criminal_case_opened', 'administrative_sanction', 'establishment_inspected', 'transferred', 'no_basis')),
  -- Set when a transfer took the tip to another unit: the reporter then sees "transferred".
  add column transferred_out      boolean not null default false,
  -- SHA-256 of the normalised receipt code, for tips from the public page; the code itself is never stored.
  add column receipt_code_hash    bytea,
  add column search_text          text not null default '',
  add column created_at           timestamptz not null default now(),
  add column updated_at           timestamptz not null default now();

update tips set
  reference = 'TB-' || extract(year from received_on)::int || '-' || lpad(nextval('tip_number_seq')::text, 6, '0'),
  received_by_unit_id = unit_id,
  received_at = received_on::timestamp at time zone 'Asia/Ho_Chi_Minh',
  clock_start_on = received_on,
  status = case when resolved_on is null then 'received' else 'resolved' end,
  classification = case when resolved_on is null then null else 'criminal_tip' end,
  outcome = case when resolved_on is null then null else 'no_basis' end,
  substantiated = case when resolved_on is null then null else false end;
update tips set search_text = lower(reference);

alter table tips
  alter column reference set not null,
  alter column received_by_unit_id set not null,
  alter column received_at set not null,
  alter column clock_start_on set not null,
  add constraint tips_resolution_check check ((status = 'resolved') = (resolved_on is not null) and (resolved_on is null or outcome is not null)),
  add constraint tips_resolved_after_clock_check check (resolved_on is null or resolved_on >= clock_start_on);
-- A resolution date may precede a later transfer's clock only if reopened; the old check stays for the receipt.
create unique index tips_reference_idx on tips (reference);
create unique index tips_receipt_code_idx on tips (receipt_code_hash) where receipt_code_hash is not null;
create index tips_unit_status_idx on tips (unit_id, status, due_on) where deleted_at is null;

-- The reporter's identity and contact, only when given. One row per tip, read only through the
-- audited reporter endpoint by a custodian of the unit holding the tip.
create table tip_reporters (
  tip_id          uuid primary key references tips (id),
  full_name       text,
  phone           text,
  email           text,
  address         text,
  wants_feedback  boolean not null default false
);

-- Every step of a tip: receipt, classification, assignment, verification, extensions,
-- resolution, transfers, reopening, and what the reporter added later. Never updated.
create table tip_events (
  id              uuid primary key default gen_random_uuid(),
  tip_id          uuid not null references tips (id),
  at              timestamptz not null default now(),
  action          text not null check (action in (
                    'receive', 'classify', 'assign', 'start_verification', 'extend', 'resolve', 'transfer', 'reopen',
                    'reporter_addition', 'attachment_added')),
  -- Null for what the public page records: a reporter has no account.
  actor_user_id   uuid references users (id),
  from_status     text,
  to_status       text,
  from_unit_id    text references admin_units (id),
  to_unit_id      text references admin_units (id),
  details         jsonb not null default '{}',
  note            text
);
create index tip_events_tip_idx on tip_events (tip_id, at);

create table tip_attachments (
  id              uuid primary key default gen_random_uuid(),
  tip_id          uuid not null references tips (id),
  file_name       text not null,
  media_type      text not null,
  byte_size       integer not null check (byte_size > 0),
  sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content         bytea not null,
  source          text not null check (source in ('reporter', 'staff')),
  created_at      timestamptz not null default now()
);
create index tip_attachments_tip_idx on tip_attachments (tip_id);

-- Deadline rules per classification, when an administrator changes the defaults of the law
-- (core/tips/deadlines.ts). A tip keeps the due date set when it was computed.
create table tip_deadline_rules (
  classification  text primary key check (classification in ('criminal_tip', 'administrative_violation', 'complaint', 'outside_scope', 'unclassified')),
  rule            jsonb not null,
  updated_by      uuid references users (id),
  updated_at      timestamptz not null default now()
);
