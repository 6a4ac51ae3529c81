-- One Collector on one machine, owned by a customer. The enrollment code and the credential live
-- on the row as SHA-256 hashes: at most one open code per installation by construction, and a new
-- code or credential replaces (revokes) the previous one.
CREATE TABLE installation (
    id                   BIGSERIAL PRIMARY KEY,
    customer_id          BIGINT       NOT NULL REFERENCES organization (id),
    owner_path           VARCHAR(512) NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    created_by           VARCHAR(320) NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    code_hash            CHAR(64) UNIQUE,
    code_expires_at      TIMESTAMPTZ,
    credential_hash      CHAR(64) UNIQUE,
    credential_issued_at TIMESTAMPTZ,
    machine_name         VARCHAR(255),
    os                   VARCHAR(255),
    app_version          VARCHAR(64),
    plugins              TEXT,
    enrolled_at          TIMESTAMPTZ,
    last_contact_at      TIMESTAMPTZ,
    retired_at           TIMESTAMPTZ,
    version              BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX installation_owner_path ON installation (owner_path varchar_pattern_ops);
CREATE INDEX installation_customer_state ON installation (customer_id, state);
-- A name is unique among a customer's installations that are not retired.
CREATE UNIQUE INDEX installation_name_per_customer
    ON installation (customer_id, lower(name)) WHERE state <> 'RETIRED';
