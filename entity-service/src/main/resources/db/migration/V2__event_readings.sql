-- What each source article says about the event it reports (its own reading), so that an event reported by
-- several articles can be merged, its fields recomputed from all of them, and its provenance explained.
ALTER TABLE event_source ADD COLUMN type TEXT;
ALTER TABLE event_source ADD COLUMN status TEXT;
ALTER TABLE event_source ADD COLUMN date TEXT;
ALTER TABLE event_source ADD COLUMN date_precision TEXT;
ALTER TABLE event_source ADD COLUMN location_id BIGINT REFERENCES entity (id) ON DELETE SET NULL;
ALTER TABLE event_source ADD COLUMN participant_ids TEXT NOT NULL DEFAULT '';   -- entity ids, comma-separated, in the article's order
ALTER TABLE event_source ADD COLUMN organization_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE event_source ADD COLUMN topics TEXT NOT NULL DEFAULT '';
ALTER TABLE event_source ADD COLUMN confidence DOUBLE PRECISION;

-- Merge candidates are found through who took part.
CREATE INDEX event_type_idx ON event (type);

-- The country a place lies in (from the knowledge base), so a telling "in Paris" and one "in France" can agree.
ALTER TABLE entity ADD COLUMN part_of_id BIGINT REFERENCES entity (id) ON DELETE SET NULL;
