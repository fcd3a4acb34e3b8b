-- Programme integrations and pilot support / harm-reduction models (issue 4, item 11) become
-- records users write: who integrates, into what, under which document; what kind of model, who
-- manages it; soft deletion with a reason, search, and the dates every record keeps. Rows written
-- before this migration (demo, benchmark) stay valid: every new column is optional or has a
-- default, and the indicator queries keep reading unit_id, year, programme, started_on, ended_on.

-- The SQL twin of toSearchText (core/text/search-text.ts) for Vietnamese text in NFC, the form
-- userText stores: immutable, so that a generated column and an index can use it.
create function fold_search_text(value text) returns text language sql immutable parallel safe as $$
  select btrim(regexp_replace(lower(translate(value,
    'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd')),
    '[^a-z0-9]+', ' ', 'g'))
$$;

-- Integrations. The integrating body is agency_id, one of the unit's agencies (the Fatherland
-- Front, the Women's Union, the police…), or, when null, the unit's People's Committee itself.
-- `programme` stays the name of the programme or plan integrated into; programme_kind sorts it
-- into the kinds the seed plans name (see core/api/programme-integrations.ts).
alter table programme_integrations
  add column programme_kind   text not null default 'other' check (programme_kind in ('socio_economic_development',
                                'social_protection', 'drug_prevention', 'hiv_aids', 'human_trafficking', 'crime_prevention',
                                'cultural_movement', 'other')),
  -- The programme's name folded: "Chương trình phòng, chống ma túy" and "chuong trinh phong chong ma tuy" are one programme.
  add column programme_key    text generated always as (fold_search_text(programme)) stored,
  -- The integration plan or document that records it (số, ngày), when there is one.
  add column document_number  text,
  add column document_date    date,
  add column notes            text,
  add column search_text      text not null default '',
  add column deleted_reason   text,
  add column created_at       timestamptz not null default now(),
  add column updated_at       timestamptz not null default now();

-- The kind of the rows already stored, read from their names (most specific first).
update programme_integrations set programme_kind = case
    when programme_key like '%hiv%' then 'hiv_aids'
    when programme_key like '%ma tuy%' then 'drug_prevention'
    when programme_key like '%mua ban nguoi%' then 'human_trafficking'
    when programme_key like '%toi pham%' then 'crime_prevention'
    when programme_key like '%kinh te xa hoi%' then 'socio_economic_development'
    when programme_key like '%an sinh%' or programme_key like '%tro giup xa hoi%' or programme_key like '%giam ngheo%'
      or programme_key like '%viec lam%' or programme_key like '%day nghe%' then 'social_protection'
    when programme_key like '%van hoa%' or programme_key like '%nong thon moi%' or programme_key like '%van dong%' then 'cultural_movement'
    else 'other' end,
  search_text = programme_key;

-- One live integration per unit, integrating body, programme and year. Should rows written
-- before hold the same one twice (they were counted twice by planning.integration_plans), all
-- copies but one are deleted with a reason saying why, so that the index can hold; they stay in
-- the table.
update programme_integrations set deleted_at = now(), deleted_reason = 'Trùng lặp: loại khi nâng cấp dữ liệu (migration 0015)'
 where deleted_at is null and id in (
   select id from (
     select id, row_number() over (partition by unit_id, year, coalesce(agency_id::text, ''), programme_key order by id) as copy
       from programme_integrations where deleted_at is null) copies
    where copy > 1);
create unique index programme_integrations_live_key_idx
  on programme_integrations (unit_id, year, coalesce(agency_id::text, ''), programme_key) where deleted_at is null;
alter table programme_integrations
  add constraint programme_integrations_deleted_has_reason check (deleted_at is null or deleted_reason is not null) not valid;

-- Models: the kind (see core/api/harm-reduction-models.ts), the agency that manages it (null: the
-- unit's People's Committee), a description; and soft deletion, which the indicator now honours.
alter table harm_reduction_models
  add column kind            text not null default 'other' check (kind in ('community_support_group', 'peer_educator_group',
                               'counselling_point', 'integrated_health_services', 'livelihood_support', 'workplace_rights', 'other')),
  add column agency_id       uuid references agencies (id),
  add column description     text,
  add column search_text     text not null default '',
  add column deleted_at      timestamptz,
  add column deleted_reason  text,
  add column created_at      timestamptz not null default now(),
  add column updated_at      timestamptz not null default now(),
  add constraint harm_reduction_models_deleted_has_reason check (deleted_at is null or deleted_reason is not null);

update harm_reduction_models set search_text = fold_search_text(name);
create index harm_reduction_models_unit_start_idx on harm_reduction_models (unit_id, started_on) where deleted_at is null;
