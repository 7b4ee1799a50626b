-- When the article telling an event was published (first and last day: a month-only date covers the month), so that a
-- telling that gives no date of its own can still be matched in time: it happened shortly before it was reported.
ALTER TABLE event_source ADD COLUMN published_from DATE;
ALTER TABLE event_source ADD COLUMN published_to DATE;
