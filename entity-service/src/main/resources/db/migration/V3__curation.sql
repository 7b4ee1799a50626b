-- Curation: what analysts correct by hand, kept apart from what extraction derives so that reprocessing keeps it.

-- A knowledge-base entity merged into another: its kb id keeps resolving to the survivor.
CREATE TABLE entity_kb_alias (
    kb_id     TEXT PRIMARY KEY,
    entity_id BIGINT NOT NULL REFERENCES entity (id) ON DELETE CASCADE
);

-- An entity id merged away: lookups by the old id answer the survivor.
CREATE TABLE entity_redirect (
    from_id BIGINT PRIMARY KEY,
    to_id   BIGINT NOT NULL REFERENCES entity (id) ON DELETE CASCADE
);

-- Spellings a curator removed from an entity or split off it: never attached to it again.
CREATE TABLE entity_alias_block (
    entity_id BIGINT NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias_key TEXT   NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
);

-- An event field set by a curator; it wins over what the sources say, through every re-extraction.
CREATE TABLE event_correction (
    event_id     BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    field        TEXT        NOT NULL,
    value        TEXT,
    corrected_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, field)
);
