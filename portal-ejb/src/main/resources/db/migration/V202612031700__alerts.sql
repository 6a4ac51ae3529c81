-- Monitoring alerts. Rules are the vendor's (defaults below); an alert is one rule's condition on
-- one installation. Its ticket is opened or resolved by a job, off the telemetry's path: delivered
-- marks whether the ticket follows the alert's current state yet.
CREATE TABLE alert_rule (
    rule        VARCHAR(32) PRIMARY KEY,
    enabled     BOOLEAN     NOT NULL,
    threshold   INTEGER     NOT NULL CHECK (threshold > 0),
    priority    VARCHAR(16) NOT NULL,
    updated_by  VARCHAR(320),
    updated_at  TIMESTAMPTZ
);
INSERT INTO alert_rule (rule, enabled, threshold, priority) VALUES
    ('CONSECUTIVE_FAILURES', TRUE, 3, 'HIGH'),
    ('NO_CONTACT', TRUE, 3, 'NORMAL'),
    ('NEW_ERROR_GROUP', TRUE, 1, 'NORMAL'),
    ('UPDATE_FAILED', TRUE, 1, 'HIGH');

CREATE TABLE alert (
    rule             VARCHAR(32)  NOT NULL REFERENCES alert_rule (rule),
    installation_id  BIGINT       NOT NULL REFERENCES installation (id),
    owner_path       VARCHAR(512) NOT NULL,
    firing           BOOLEAN      NOT NULL,
    delivered        BOOLEAN      NOT NULL,
    detail           VARCHAR(2000),
    fired_at         TIMESTAMPTZ,
    cleared_at       TIMESTAMPTZ,
    ticket_id        BIGINT,
    PRIMARY KEY (rule, installation_id)
);
CREATE INDEX alert_undelivered ON alert (installation_id) WHERE NOT delivered;
CREATE INDEX alert_owner_path ON alert (owner_path varchar_pattern_ops);
