-- Central Collector configuration. Every change is an immutable revision; an installation's row in
-- configuration_head says which revision is current and which one its Collector runs.
CREATE TABLE configuration_head (
    installation_id   BIGINT PRIMARY KEY REFERENCES installation (id),
    owner_path        VARCHAR(512) NOT NULL,
    revision          INTEGER      NOT NULL,
    applied_revision  INTEGER,
    applied_at        TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX configuration_head_owner_path ON configuration_head (owner_path varchar_pattern_ops);

-- document: the installation's own settings; effective: over the inherited defaults, as the
-- Collector gets it. Both JSON, secrets sealed (never plain text).
CREATE TABLE configuration_revision (
    id               BIGSERIAL PRIMARY KEY,
    installation_id  BIGINT        NOT NULL REFERENCES installation (id),
    owner_path       VARCHAR(512)  NOT NULL,
    number           INTEGER       NOT NULL,
    document         TEXT          NOT NULL,
    effective        TEXT          NOT NULL,
    source           VARCHAR(24)   NOT NULL,
    author           VARCHAR(320)  NOT NULL,
    comment          VARCHAR(500),
    reverted_to      INTEGER,
    created_at       TIMESTAMPTZ   NOT NULL,
    UNIQUE (installation_id, number)
);
CREATE INDEX configuration_revision_owner_path
    ON configuration_revision (owner_path varchar_pattern_ops);

-- A key changed on both sides: the portal's value was kept, the other side's waits here.
CREATE TABLE configuration_conflict (
    id               BIGSERIAL PRIMARY KEY,
    installation_id  BIGINT        NOT NULL REFERENCES installation (id),
    owner_path       VARCHAR(512)  NOT NULL,
    path             VARCHAR(1000) NOT NULL,
    kept_value       TEXT,
    other_value      TEXT,
    other_source     VARCHAR(24)   NOT NULL,
    other_author     VARCHAR(320)  NOT NULL,
    base_revision    INTEGER       NOT NULL,
    kept_revision    INTEGER       NOT NULL,
    reason           VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    resolved_at      TIMESTAMPTZ,
    resolved_by      VARCHAR(320),
    resolution       VARCHAR(16)
);
CREATE INDEX configuration_conflict_open
    ON configuration_conflict (installation_id) WHERE resolved_at IS NULL;
CREATE INDEX configuration_conflict_owner_path
    ON configuration_conflict (owner_path varchar_pattern_ops);

-- Defaults a partner or a customer gives the installations below it; locked paths cannot be
-- overridden lower down.
CREATE TABLE configuration_defaults (
    organization_id  BIGINT PRIMARY KEY REFERENCES organization (id),
    owner_path       VARCHAR(512) NOT NULL,
    document         TEXT         NOT NULL,
    locked           TEXT         NOT NULL,
    updated_by       VARCHAR(320) NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX configuration_defaults_owner_path
    ON configuration_defaults (owner_path varchar_pattern_ops);

-- Envelope encryption: one data key per organization, stored wrapped by the key-encryption key
-- (local key store or Key Vault) named by wrapping_key_id.
CREATE TABLE data_key (
    organization_id  BIGINT PRIMARY KEY REFERENCES organization (id),
    owner_path       VARCHAR(512) NOT NULL,
    wrapped          TEXT         NOT NULL,
    wrapping_key_id  VARCHAR(100) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL
);
