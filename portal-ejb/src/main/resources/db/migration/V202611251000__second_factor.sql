-- TOTP second factor: one per user, the seed sealed with the data directory's key. An enrolment is
-- pending until a first code confirms it; last_step refuses a code seen before (replay).
CREATE TABLE second_factor (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT       NOT NULL UNIQUE REFERENCES user_account (id) ON DELETE CASCADE,
    owner_path    VARCHAR(512) NOT NULL,
    sealed_secret BYTEA        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    confirmed_at  TIMESTAMPTZ,
    last_step     BIGINT       NOT NULL DEFAULT 0,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX second_factor_owner_path ON second_factor (owner_path varchar_pattern_ops);

-- Single-use codes for a lost phone; only their SHA-256 is stored.
CREATE TABLE recovery_code (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    owner_path VARCHAR(512) NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    used_at    TIMESTAMPTZ,
    UNIQUE (user_id, code_hash)
);
CREATE INDEX recovery_code_owner_path ON recovery_code (owner_path varchar_pattern_ops);
