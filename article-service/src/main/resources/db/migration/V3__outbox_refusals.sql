-- A message entity-service refused (a 4xx: the article itself cannot be extracted) is not retried: it is marked
-- failed, with the reason in last_error. Only messages neither delivered nor failed are due.
ALTER TABLE outbox_message ADD COLUMN failed_at TIMESTAMPTZ;
DROP INDEX outbox_pending_idx;
CREATE INDEX outbox_due_idx ON outbox_message (next_attempt_at, id) WHERE delivered_at IS NULL AND failed_at IS NULL;
