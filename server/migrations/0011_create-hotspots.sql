-- Hotspots (tụ điểm, issue 4 item 3): public places where prostitution happens, recorded by the
-- commune where they are. They are about places, never about people. Once eliminated (triệt xóa)
-- they are watched: each watch visit says whether the hotspot has re-formed.

create table hotspots (
  id                 uuid primary key default gen_random_uuid(),
  unit_id            text not null references admin_units (id),
  address            text not null,
  kind               text not null default 'other'
                       check (kind in ('street', 'park', 'establishment_surroundings', 'transport_hub', 'other')),
  -- Decimal degrees; the box holds the mainland, the islands and the Hoàng Sa and Trường Sa special zones.
  latitude           double precision check (latitude between 6 and 24),
  longitude          double precision check (longitude between 102 and 118),
  description        text,
  identified_on      date,
  status             text not null default 'active' check (status in ('active', 'under_watch', 'eliminated')),
  eliminated_on      date,
  status_changed_on  date,
  -- Accent- and case-folded address and description (core/text/search-text.ts), for search.
  search_text        text not null default '',
  deleted_at         timestamptz,
  deleted_reason     text,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint hotspots_coordinates_paired check ((latitude is null) = (longitude is null)),
  -- The row says what the place is now: an elimination date only while it stays eliminated; an
  -- earlier elimination is kept by its watch visits and the audit log.
  constraint hotspots_eliminated_has_date check ((status = 'eliminated') = (eliminated_on is not null)),
  constraint hotspots_eliminated_after_identified check (eliminated_on is null or identified_on is null or identified_on <= eliminated_on),
  constraint hotspots_deleted_has_reason check (deleted_at is null or deleted_reason is not null)
);
create index hotspots_unit_status_idx on hotspots (unit_id, status) where deleted_at is null;

-- Watch visits are a log: written once, never changed; a visit that found the hotspot re-formed
-- made it active again (recorded in the audit log as a change of the hotspot).
create table hotspot_watch_visits (
  id          uuid primary key default gen_random_uuid(),
  hotspot_id  uuid not null references hotspots (id),
  visited_on  date not null,
  reformed    boolean not null,
  notes       text,
  created_at  timestamptz not null default now()
);
create index hotspot_watch_visits_hotspot_idx on hotspot_watch_visits (hotspot_id, visited_on);
