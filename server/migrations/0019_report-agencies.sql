-- Agencies as reporters (issue 6): "các sở, ban, ngành, đoàn thể … báo cáo kết quả về Sở …" — the
-- issuer's own agencies each owe a report to the lead agency, beside the units below. An agency's
-- report belongs to the issuer's unit and names the agency; one per request, unit and agency.

alter table reports add column agency_id uuid references agencies (id);
alter table reports drop constraint reports_request_id_unit_id_key;
create unique index reports_request_unit_idx on reports (request_id, unit_id) where agency_id is null;
create unique index reports_request_agency_idx on reports (request_id, agency_id) where agency_id is not null;
-- An agency reports to its unit's consolidator: it never consolidates.
alter table reports add constraint reports_agency_reporter_check check (agency_id is null or role = 'reporter');
create index reports_agency_idx on reports (agency_id, status) where agency_id is not null;
