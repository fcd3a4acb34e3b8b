-- Plans (Kế hoạch) and their targets. A plan is a draft until issued; an issued plan is read-only
-- and is changed only by a new version that amends it. The triggers below hold that line even
-- against a bug in the application.
create table plans (
  id              uuid primary key default gen_random_uuid(),
  issuer_unit_id  text not null references admin_units (id),
  status          text not null default 'draft' check (status in ('draft', 'issued', 'superseded')),
  version         integer not null default 1 check (version >= 1),
  amends_plan_id  uuid references plans (id),
  number          text,
  issue_date      date,
  title           text not null,
  period_code     text not null,
  period_start    date not null,
  period_end      date not null,
  -- The document's content (purpose, tasks, assignments, budget, reporting rules, recipients,
  -- signer) as validated by core/plans/plan.ts; the targets live in plan_targets.
  content         jsonb not null,
  search_text     text not null,
  created_by      uuid references users (id),
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  issued_by       uuid references users (id),
  issued_at       timestamptz,
  check (period_start <= period_end),
  check (status = 'draft' or (issued_at is not null and issue_date is not null))
);
create index plans_issuer_idx on plans (issuer_unit_id, period_start);
create index plans_status_idx on plans (status, period_start);

create table plan_parents (
  plan_id         uuid not null references plans (id) on delete cascade,
  parent_plan_id  uuid not null references plans (id),
  primary key (plan_id, parent_plan_id),
  check (plan_id <> parent_plan_id)
);
create index plan_parents_parent_idx on plan_parents (parent_plan_id);

create table plan_targets (
  id                 uuid primary key default gen_random_uuid(),
  plan_id            uuid not null references plans (id) on delete cascade,
  key                text not null,
  indicator_code     text not null,
  indicator_version  integer not null,
  comparator         text not null check (comparator in ('gte', 'lte', 'eq', 'range')),
  value              numeric not null,
  value_high         numeric,
  period_code        text not null,
  period_start       date not null,
  period_end         date not null,
  text               text not null,
  section            text,
  parent_target_id   uuid references plan_targets (id),
  looser_reason      text,
  sort_order         integer not null,
  unique (plan_id, key),
  check (comparator <> 'range' or (value_high is not null and value <= value_high)),
  check (period_start <= period_end)
);
create index plan_targets_indicator_idx on plan_targets (indicator_code, period_start);
create index plan_targets_parent_idx on plan_targets (parent_target_id);

create function plans_refuse_issued_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and old.status <> 'draft' then
    raise exception 'plan % is %: it cannot be deleted', old.id, old.status using errcode = 'check_violation';
  end if;
  if tg_op = 'UPDATE' and old.status <> 'draft' then
    -- An issued plan may only become superseded; nothing else about it changes.
    if not (old.status = 'issued' and new.status = 'superseded'
            and new.content = old.content and new.title = old.title and new.number is not distinct from old.number
            and new.issue_date is not distinct from old.issue_date and new.period_code = old.period_code) then
      raise exception 'plan % is %: it is read-only; amend it with a new version', old.id, old.status
        using errcode = 'check_violation';
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger plans_read_only_once_issued before update or delete on plans
  for each row execute function plans_refuse_issued_change();

create function plan_targets_refuse_issued_change() returns trigger language plpgsql as $$
declare
  plan_status text;
begin
  select status into plan_status from plans where id = coalesce(new.plan_id, old.plan_id);
  if plan_status is not null and plan_status <> 'draft' then
    raise exception 'the targets of a % plan are read-only', plan_status using errcode = 'check_violation';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger plan_targets_read_only_once_issued before insert or update or delete on plan_targets
  for each row execute function plan_targets_refuse_issued_change();
