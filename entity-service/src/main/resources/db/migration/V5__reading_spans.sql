-- The words each article's reading took its date and place from, so an analyst can see why an event is dated
-- 2024-06 or placed in Paris. Offsets index the article's cleaned body in UTF-16 code units; null when the article
-- gives no date or place, or was read before spans were kept (re-extraction fills them in).
ALTER TABLE event_source ADD COLUMN date_span_start INTEGER;
ALTER TABLE event_source ADD COLUMN date_span_end INTEGER;
ALTER TABLE event_source ADD COLUMN date_span_text TEXT;
ALTER TABLE event_source ADD COLUMN location_span_start INTEGER;
ALTER TABLE event_source ADD COLUMN location_span_end INTEGER;
ALTER TABLE event_source ADD COLUMN location_span_text TEXT;
