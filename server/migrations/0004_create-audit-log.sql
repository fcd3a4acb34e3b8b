-- Every write, sign-in, failed sign-in and permission denial. Append-only: the triggers below
-- refuse UPDATE, DELETE and TRUNCATE, so not even a bug in the application can rewrite history.
create table audit_log (
  id            bigint generated always as identity primary key,
  occurred_at   timestamptz not null default now(),
  actor_user_id uuid,
  actor_username text,
  actor_role    text,
  unit_id       text,
  action        text not null check (action ~ '^[a-z_]+\.[a-z_]+$'),
  outcome       text not null check (outcome in ('success', 'denied', 'failed')),
  target_type   text,
  target_id     text,
  summary       jsonb not null default '{}'::jsonb
);
create index audit_log_occurred_idx on audit_log (occurred_at desc, id desc);
create index audit_log_unit_idx on audit_log (unit_id, occurred_at desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);
create index audit_log_actor_idx on audit_log (actor_user_id, occurred_at desc);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
