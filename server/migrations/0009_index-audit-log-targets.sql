-- A record's history (who changed what) reads the audit log by the record it is about.
create index audit_log_target_idx on audit_log (target_type, target_id, id) where target_id is not null;
