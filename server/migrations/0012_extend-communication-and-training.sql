-- Communication activities and training courses (issue 4, items 4 and 5): the lead agency or
-- organiser, a description, the kind of materials handed out, the course's level, participants by
-- level and by kind of agency, and the optional names of participants (read only inside the unit).
-- Rows written before this migration stay valid: the new columns are optional or take defaults,
-- and the indicator engine keeps reading occurred_on, form, communication_reach, held_on and
-- training_participants.level/participants as before.

alter table communication_activities
  add column lead_agency_id  uuid references agencies (id),
  add column description     text,
  add column materials_kind  text,
  add column updated_at      timestamptz not null default now(),
  -- Accent- and case-folded title and description (core/text/search-text.ts), for search.
  add column search_text     text not null default '';

-- More audience groups the seed plans name: officials and party members, members of the mass
-- organisations (đoàn viên, hội viên), owners of at-risk establishments, and people who sell sex
-- (harm-reduction outreach).
alter table communication_reach drop constraint communication_reach_audience_check;
alter table communication_reach add constraint communication_reach_audience_check
  check (audience in ('students', 'industrial_zone_workers', 'establishment_workers', 'youth', 'ethnic_minorities',
    'migrants', 'public', 'officials', 'union_members', 'establishment_owners', 'sex_workers'));

alter table training_courses
  add column organiser_agency_id  uuid references agencies (id),
  add column level                text check (level in ('province', 'district', 'commune')),
  -- A JSON array of names, or null. Only users of the course's own unit ever read it.
  add column participant_names    jsonb,
  add column deleted_reason       text,
  add column created_at           timestamptz not null default now(),
  add column updated_at           timestamptz not null default now(),
  add column search_text          text not null default '';

-- A course recorded before this migration was held at the level of the unit that recorded it.
update training_courses set level = (select admin_units.level from admin_units where admin_units.id = training_courses.unit_id);
alter table training_courses alter column level set not null;

-- Participants by level and by kind of agency (police, health, Women's Union…): several rows per
-- level now, so the key becomes (course, level, agency kind); rows recorded before have no kind.
alter table training_participants add column agency_kind text;
alter table training_participants drop constraint training_participants_pkey;
create unique index training_participants_course_level_kind_idx
  on training_participants (course_id, level, coalesce(agency_kind, ''));

-- The SQL twin of toSearchText for the titles and topics already stored (demo and test rows);
-- the application writes the column itself from now on.
update communication_activities
   set search_text = btrim(regexp_replace(lower(translate(title || coalesce(' ' || description, ''),
         'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ',
         'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd')),
         '[^a-z0-9]+', ' ', 'g'));
update training_courses
   set search_text = btrim(regexp_replace(lower(translate(topic,
         'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ',
         'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd')),
         '[^a-z0-9]+', ' ', 'g'));

-- Checked for rows written from now on; a deletion recorded before without its reason is not rechecked.
alter table communication_activities
  add constraint communication_activities_deleted_has_reason check (deleted_at is null or deleted_reason is not null) not valid;
alter table training_courses
  add constraint training_courses_deleted_has_reason check (deleted_at is null or deleted_reason is not null) not valid;
