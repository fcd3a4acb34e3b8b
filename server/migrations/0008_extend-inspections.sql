-- Inspections of establishments (issue 4, item 2): the inspecting team (a province or commune
-- inter-agency team, or a single agency) with its member agencies, and per establishment visited
-- the findings, violations and outcome, a fine's amount and legal basis, and the follow-up due date.
-- Rows written before this migration stay valid with the defaults; the indicator engine keeps
-- reading inspected_on, deleted_at and outcome as before.

alter table inspections
  add column team_kind          text not null default 'inter_agency' check (team_kind in ('inter_agency', 'single_agency')),
  add column member_agency_ids  uuid[] not null default '{}',
  add column notes              text,
  add column deleted_reason     text,
  add column updated_at         timestamptz not null default now();

alter table inspection_visits
  add column findings       text not null default '',
  add column violations     text,
  add column fine_amount    bigint check (fine_amount >= 0),
  add column legal_basis    text,
  add column follow_up_due  date;

-- Checked for every row written from now on; rows recorded before (a fine without its amount, a
-- deletion without a reason) are not rechecked, so that the migration cannot fail on old data.
alter table inspection_visits
  add constraint inspection_visits_fine_complete
  check (outcome <> 'fine' or (fine_amount > 0 and legal_basis is not null)) not valid;
alter table inspections
  add constraint inspections_deleted_has_reason check (deleted_at is null or deleted_reason is not null) not valid;
