-- The agencies of each unit (police, health, Women's Union, the inspection team, …).
create table agencies (
  id          uuid primary key default gen_random_uuid(),
  unit_id     text not null references admin_units (id),
  kind        text not null,                  -- a key of the agency catalogue in core/agencies
  name        text not null,
  is_lead     boolean not null default false, -- the lead agency of the programme at this unit
  is_request_only boolean not null default false, -- the issuer cannot command it: its tasks are 'đề nghị'
  is_active   boolean not null default true,
  sort_order  integer not null default 0,
  search_text text not null,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create index agencies_unit_idx on agencies (unit_id, sort_order);
create unique index agencies_unit_name_idx on agencies (unit_id, lower(name));
