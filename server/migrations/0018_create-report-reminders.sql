-- E-mail reminders about report deadlines (issue 6): reporters before and after their deadline,
-- consolidators about overdue units. Sent only when an SMTP server is configured (SMTP_URL).

-- Where reminders go. Optional; the users API and screens do not set it yet (an administrator
-- sets it in the database until they do). One plain address: no display name, quotes, comments
-- or lists, which mail libraries have been known to route to another domain.
alter table users add column email text check (email is null or email ~ '^[^@[:space:]"(),:;<>]+@[^@[:space:]"(),:;<>]+$');

-- Every reminder sent, to whom and on which day: the unique key makes sure the same reminder
-- never reaches the same person twice in a day, however often (and on however many servers) the
-- reminder job runs. `report_id` is the reporter's report, or the consolidator's for 'overdue_units'.
create table report_reminders (
  id                 uuid primary key default gen_random_uuid(),
  report_id          uuid not null references reports (id),
  request_id         uuid not null references report_requests (id),
  kind               text not null check (kind in ('due_soon', 'overdue', 'overdue_units')),
  sent_on            date not null,
  recipient_user_id  uuid not null references users (id),
  sent_at            timestamptz not null default now(),
  unique (report_id, kind, sent_on, recipient_user_id)
);
create index report_reminders_request_idx on report_reminders (request_id, sent_on);
