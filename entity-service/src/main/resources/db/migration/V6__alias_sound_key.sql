-- A spelling's sound in either script (SoundKey), so that an Arabic and a Latin spelling of one name meet.
-- Filled by the application: at insert, and for older rows when the service starts.
ALTER TABLE entity_alias ADD COLUMN sound_key TEXT;
CREATE INDEX entity_alias_sound_key_idx ON entity_alias (sound_key);
