CREATE TABLE invitation (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    owner_path  VARCHAR(512) NOT NULL,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    accepted_at TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX invitation_user ON invitation (user_id);

-- Every mail the portal sends is kept here; without SMTP it is only kept (and shown to vendor admins).
CREATE TABLE mail_outbox (
    id         BIGSERIAL PRIMARY KEY,
    owner_path VARCHAR(512)  NOT NULL,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       TEXT          NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    sent_at    TIMESTAMPTZ,
    error      VARCHAR(500)
);
CREATE INDEX mail_outbox_owner_path ON mail_outbox (owner_path varchar_pattern_ops, id DESC);
