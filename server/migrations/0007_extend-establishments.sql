-- The registry of at-risk business establishments (issue 4, item 1): address, the business that
-- runs it (a firm or household business and its representative's title, never a person's
-- identity data), licence, risk class with its review, and status with the day it changed.
-- Rows written before this migration stay valid with the defaults.

alter table establishments
  add column address            text not null default '',
  add column business_owner     text,
  add column licence_number     text,
  add column licence_date       date,
  add column risk_class         text check (risk_class in ('low', 'medium', 'high')),
  add column risk_reviewed_on   date,
  add column risk_reason        text,
  add column status             text not null default 'active' check (status in ('active', 'suspended', 'closed')),
  add column status_changed_on  date,
  add column deleted_reason     text,
  add column updated_at         timestamptz not null default now(),
  -- Accent- and case-folded name, address, business and licence (core/text/search-text.ts), for search.
  add column search_text        text not null default '',
  -- Folded name '|' folded address: two rows with the same key are the same place written twice.
  add column duplicate_key      text not null default '';

-- Records that closed before today are closed; a closing date still ahead leaves them active.
update establishments set status = 'closed', status_changed_on = closed_on
 where closed_on is not null and closed_on <= current_date;

-- The SQL twin of toSearchText for the Vietnamese names already stored (demo and imported rows);
-- the application writes both columns itself from now on.
update establishments
   set search_text = btrim(regexp_replace(lower(translate(name,
         'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ',
         'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd')),
         '[^a-z0-9]+', ' ', 'g'));
update establishments set duplicate_key = search_text || '|';

alter table establishments
  add constraint establishments_closed_has_date check (status <> 'closed' or closed_on is not null),
  add constraint establishments_risk_has_review check (risk_class is null or risk_reviewed_on is not null),
  add constraint establishments_deleted_has_reason check (deleted_at is null or deleted_reason is not null);

-- One live record per licence, whatever the case it was typed in.
create unique index establishments_licence_idx on establishments (lower(licence_number))
  where licence_number is not null and deleted_at is null;
create index establishments_unit_status_idx on establishments (unit_id, status) where deleted_at is null;
create index establishments_duplicate_key_idx on establishments (duplicate_key) where deleted_at is null;
