-- Imports from XLSX and CSV (issue 4, item 10). An upload is parsed and checked once; its rows wait
-- here, validated, until the user chooses to import all of them, only the valid ones, or nothing,
-- so that no one uploads a file twice. A batch belongs to the user who uploaded it and expires.

create table import_batches (
  id              uuid primary key default gen_random_uuid(),
  -- The kind of record ('establishments', …): one definition on the server each.
  kind            text not null,
  actor_user_id   uuid not null references users (id),
  -- The uploader's unit when they uploaded (null: the whole country); rows are checked against the
  -- scope again at commit.
  scope_unit_id   text references admin_units (id),
  file_name       text not null,
  file_format     text not null check (file_format in ('xlsx', 'csv')),
  sheet_name      text,
  header_row      integer not null,
  status          text not null default 'validating' check (status in ('validating', 'ready', 'committed')),
  total_rows      integer not null default 0 check (total_rows >= 0),
  valid_rows      integer not null default 0 check (valid_rows >= 0),
  bad_rows        integer not null default 0 check (bad_rows >= 0),
  imported_rows   integer check (imported_rows >= 0),
  -- The file's headers per column key, headers that were ignored, warnings, and the first valid rows
  -- as the preview shows them: what the preview answers again without reading the rows.
  columns         jsonb not null default '[]'::jsonb,
  ignored_columns jsonb not null default '[]'::jsonb,
  warnings        jsonb not null default '[]'::jsonb,
  sample          jsonb not null default '[]'::jsonb,
  created_at      timestamptz not null default now(),
  expires_at      timestamptz not null,
  committed_at    timestamptz
);
create index import_batches_expires_idx on import_batches (expires_at);
create index import_batches_actor_idx on import_batches (actor_user_id, created_at desc);

-- One row of a file: the kind's create input as it will be saved (null when the row is bad) and
-- its problems ({column, message: {vi, en}}), in the spreadsheet's own row numbering.
create table import_batch_rows (
  batch_id    uuid not null references import_batches (id) on delete cascade,
  row_number  integer not null,
  input       jsonb,
  issues      jsonb not null default '[]'::jsonb,
  primary key (batch_id, row_number),
  check ((input is null) = (jsonb_array_length(issues) > 0))
);
create index import_batch_rows_bad_idx on import_batch_rows (batch_id, row_number) where input is null;

-- The registry's list filters by type and status (and words) over the whole scope: with 250,000
-- establishments this index lets those filters read a tenth of the table rather than all of it
-- (bench/establishment-list.ts; figures in the README of bench results).
create index establishments_type_status_idx on establishments (type, status) where deleted_at is null;
