-- Failed sign-ins per e-mail, known or not, so throttling never reveals whether an account exists.
CREATE TABLE sign_in_throttle (
    email_key      VARCHAR(254) PRIMARY KEY,
    failures       INT          NOT NULL,
    blocked_until  TIMESTAMPTZ,
    last_failure   TIMESTAMPTZ  NOT NULL
);

-- Refresh tokens are stored as SHA-256 hashes; a family links the rotations of one sign-in so
-- that the reuse of a rotated token revokes the whole family.
CREATE TABLE refresh_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    owner_path  VARCHAR(512) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    family      VARCHAR(64)  NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX refresh_token_family ON refresh_token (family);
