-- An article's extraction state is its outbox message: pending, delivered (DONE, with the engine version entity-service
-- answered) or refused for good (FAILED). Reads join messages by article, and the extraction filter selects by state.
ALTER TABLE outbox_message ADD COLUMN engine_version TEXT;
CREATE INDEX outbox_article_idx ON outbox_message (article_id);
