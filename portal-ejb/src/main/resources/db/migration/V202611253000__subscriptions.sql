-- Plan catalog (owned by the vendor) with immutable versions, and one subscription per customer
-- at a time with its history. Entitlements are typed columns of the plan version.
CREATE TABLE plan (
    id         BIGSERIAL PRIMARY KEY,
    owner_path VARCHAR(512) NOT NULL,
    code       VARCHAR(64)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    name_nl    VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX plan_code ON plan (owner_path, lower(code));

CREATE TABLE plan_version (
    id                       BIGSERIAL PRIMARY KEY,
    plan_id                  BIGINT       NOT NULL REFERENCES plan (id),
    owner_path               VARCHAR(512) NOT NULL,
    number                   INTEGER      NOT NULL CHECK (number > 0),
    term                     VARCHAR(16)  NOT NULL CHECK (term IN ('MONTHLY', 'YEARLY')),
    trial_days               INTEGER CHECK (trial_days > 0),
    scheduled_extractions    BOOLEAN      NOT NULL,
    config_sync              BOOLEAN      NOT NULL,
    api_access               BOOLEAN      NOT NULL,
    priority_support         BOOLEAN      NOT NULL,
    max_installations        INTEGER CHECK (max_installations >= 0),
    max_users                INTEGER CHECK (max_users >= 0),
    telemetry_retention_days INTEGER CHECK (telemetry_retention_days >= 0),
    allowed_plugins          TEXT         NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE TABLE subscription (
    id                     BIGSERIAL PRIMARY KEY,
    customer_id            BIGINT       NOT NULL REFERENCES organization (id),
    owner_path             VARCHAR(512) NOT NULL,
    plan_version_id        BIGINT       NOT NULL REFERENCES plan_version (id),
    state                  VARCHAR(16)  NOT NULL,
    auto_renew             BOOLEAN      NOT NULL,
    started_at             TIMESTAMPTZ  NOT NULL,
    trial_ends_at          TIMESTAMPTZ,
    period_start           TIMESTAMPTZ  NOT NULL,
    period_end             TIMESTAMPTZ  NOT NULL,
    grace_ends_at          TIMESTAMPTZ,
    cancellation_requested_at TIMESTAMPTZ,
    ended_at               TIMESTAMPTZ,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CHECK (state IN ('TRIAL', 'ACTIVE', 'GRACE', 'EXPIRED', 'CANCELLED', 'TERMINATED'))
);
CREATE INDEX subscription_owner_path ON subscription (owner_path varchar_pattern_ops);
-- At most one live subscription per customer, whatever races the ordering requests run.
CREATE UNIQUE INDEX subscription_live_per_customer ON subscription (customer_id)
    WHERE state IN ('TRIAL', 'ACTIVE', 'GRACE', 'CANCELLED');
CREATE INDEX subscription_period_end ON subscription (period_end)
    WHERE state IN ('TRIAL', 'ACTIVE', 'GRACE', 'CANCELLED');

CREATE TABLE subscription_event (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT       NOT NULL REFERENCES subscription (id),
    owner_path      VARCHAR(512) NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    from_state      VARCHAR(16),
    to_state        VARCHAR(16)  NOT NULL,
    plan_version_id BIGINT       NOT NULL REFERENCES plan_version (id),
    effective_at    TIMESTAMPTZ  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX subscription_event_subscription ON subscription_event (subscription_id, id);
