-- Administrative units of Vietnam: today's provinces and communes (from 1/7/2025) and the
-- pre-reform provinces, districts and communes, kept so that history rolls up into today's units.
create table admin_units (
  id          text primary key,               -- today's units: the official code; pre-reform units: 'pre2025-…'
  code        text,                           -- official code where the source gives one
  name        text not null,                  -- full name with its kind, e.g. 'Xã Bình Lư'
  short_name  text not null,                  -- name without its kind, e.g. 'Bình Lư'
  level       text not null check (level in ('province', 'district', 'commune')),
  kind        text not null,                  -- 'Tỉnh', 'Thành phố', 'Xã', 'Phường', 'Đặc khu', 'Huyện', …
  parent_id   text references admin_units (id),
  valid_from  date,
  valid_to    date,
  path        text not null,                  -- '/40/16681/': ancestors then self, for subtree checks
  search_text text not null,                  -- name folded to ASCII lower case, for accent-insensitive search
  check (valid_to is null or valid_from is null or valid_from <= valid_to),
  check (path like '%/' || id || '/')
);
create index admin_units_parent_idx on admin_units (parent_id);
create index admin_units_path_idx on admin_units (path text_pattern_ops);
create index admin_units_level_idx on admin_units (level, valid_to);

-- How a pre-reform unit continues in today's units; a commune that was split has several rows,
-- exactly one of them primary, so that its records are counted once.
create table admin_unit_successions (
  predecessor_id text not null references admin_units (id),
  successor_id   text not null references admin_units (id),
  effective_date date not null,
  is_primary     boolean not null default true,
  primary key (predecessor_id, successor_id)
);
create index admin_unit_successions_successor_idx on admin_unit_successions (successor_id);

-- Which version of which reference data set is loaded, and what the loader found in it.
create table reference_data_loads (
  dataset    text primary key,
  version    text not null,
  loaded_at  timestamptz not null default now(),
  report     jsonb not null
);
