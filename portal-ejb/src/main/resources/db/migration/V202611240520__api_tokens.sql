-- Long-lived tokens for automation (a release pipeline): named, limited to some of the creator's
-- rights, expiring, revocable; only their SHA-256 is stored.
CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    owner_path   VARCHAR(512) NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    rights       VARCHAR(512) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX api_token_name_per_user ON api_token (user_id, lower(name)) WHERE revoked_at IS NULL;
CREATE INDEX api_token_owner_path ON api_token (owner_path varchar_pattern_ops);
