CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    owner_path   VARCHAR(512) NOT NULL,
    before_state TEXT,
    after_state  TEXT
);
CREATE INDEX audit_entry_owner_path ON audit_entry (owner_path varchar_pattern_ops, at DESC);
