CREATE TABLE user_account (
    id                   BIGSERIAL PRIMARY KEY,
    organization_id      BIGINT       NOT NULL REFERENCES organization (id),
    owner_path           VARCHAR(512) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    language             VARCHAR(2)   NOT NULL CHECK (language IN ('en', 'fr', 'nl')),
    password_hash        VARCHAR(255) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);

-- E-mail addresses are unique regardless of case: one account per person across the portal.
CREATE UNIQUE INDEX user_account_email ON user_account (lower(email));
CREATE INDEX user_account_owner_path ON user_account (owner_path varchar_pattern_ops);

CREATE TABLE user_account_role (
    user_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);
