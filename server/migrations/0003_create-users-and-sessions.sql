create table users (
  id              uuid primary key default gen_random_uuid(),
  username        text not null,
  display_name    text not null,
  password_hash   text not null,
  role            text not null check (role in (
                    'system_admin', 'unit_admin', 'programme_officer', 'agency_officer',
                    'inspector', 'social_worker', 'viewer')),
  unit_id         text references admin_units (id), -- null only for system admins, who serve the whole country
  agency_id       uuid references agencies (id),
  is_demo         boolean not null default false,
  is_disabled     boolean not null default false,
  failed_logins   integer not null default 0,
  locked_until    timestamptz,
  last_login_at   timestamptz,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check (role = 'system_admin' or unit_id is not null)
);
create unique index users_username_idx on users (lower(username));
create index users_unit_idx on users (unit_id);

-- Only a hash of the session token is stored: a copy of this table does not let anyone sign in.
create table sessions (
  token_hash    text primary key,
  user_id       uuid not null references users (id) on delete cascade,
  csrf_token    text not null,
  created_at    timestamptz not null default now(),
  last_seen_at  timestamptz not null default now(),
  expires_at    timestamptz not null
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);
