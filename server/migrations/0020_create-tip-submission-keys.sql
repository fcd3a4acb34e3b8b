-- Idempotent public tip submissions. On a weak mobile connection a tip whose answer was lost was
-- sent again (the reporter pressed "Gửi" again, or the browser retried) and recorded twice, each
-- copy with its own receipt code. The public form now sends a random Idempotency-Key per filled-in
-- form; a repeat of the same key and content gets the first answer again instead of a new tip.
--
-- Nothing here identifies the reporter or opens a receipt code without the key, which only the
-- reporter's browser has (server/services/tips/submission-keys.ts):
--   key_hash        a one-way hash of the key (HKDF-SHA-256), to find the earlier submission;
--   fingerprint     a hash of the content keyed by the key, to tell a repeat from a different tip;
--   sealed_receipt  the receipt code encrypted with a key derived from the Idempotency-Key, so a
--                   reporter who never saw the first answer gets the code on a repeat; emptied
--                   once replay_until (24 hours) has passed. The key hash stays, so a later repeat
--                   is told that the tip was already sent rather than recorded again.
-- Only tips from the public page that carried a key have a row. Forward-only, like every migration.

create table tip_submission_keys (
  key_hash        bytea primary key check (octet_length(key_hash) = 32),
  tip_id          uuid not null unique references tips (id),
  fingerprint     bytea not null check (octet_length(fingerprint) = 32),
  sealed_receipt  bytea,
  replay_until    timestamptz not null
);

-- Finds the sealed codes to forget.
create index tip_submission_keys_sealed_idx on tip_submission_keys (replay_until) where sealed_receipt is not null;
