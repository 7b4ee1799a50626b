-- When the extraction was stored, by the clock at the time of writing rather than the start of its transaction:
-- concurrent extractions that touch the same events write their runs one after the other, so this orders them as
-- they took effect.
ALTER TABLE extraction_run ALTER COLUMN processed_at SET DEFAULT clock_timestamp();
