-- Installation requests: a partner's (or the vendor's) wizard answers for one customer, delivered
-- by customer service. owner_path is the requester's organization while a draft names a customer
-- not created yet, the customer's path from the submission on.
CREATE TABLE installation_request (
    id                 BIGSERIAL PRIMARY KEY,
    owner_path         VARCHAR(512)  NOT NULL,
    customer_id        BIGINT        REFERENCES organization (id),
    customer_name      VARCHAR(200),
    state              VARCHAR(16)   NOT NULL,
    answers            TEXT          NOT NULL,
    requester_id       BIGINT        REFERENCES user_account (id),
    requester          VARCHAR(320)  NOT NULL,
    installation_id    BIGINT        REFERENCES installation (id),
    ticket_number      BIGINT,
    handler_id         BIGINT        REFERENCES user_account (id),
    handler_name       VARCHAR(320),
    rejection_reason   VARCHAR(2000),
    appointment_at     TIMESTAMPTZ,
    appointment_note   VARCHAR(2000),
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    state_since        TIMESTAMPTZ   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX installation_request_owner_path
    ON installation_request (owner_path varchar_pattern_ops);
CREATE INDEX installation_request_queue ON installation_request (state, state_since);
CREATE UNIQUE INDEX installation_request_installation ON installation_request (installation_id);

-- Every move of a request: who, when, from, to, and the note (a rejection's reason, an appointment).
CREATE TABLE installation_request_transition (
    request_id   BIGINT        NOT NULL REFERENCES installation_request (id),
    position     INTEGER       NOT NULL,
    from_state   VARCHAR(16),
    to_state     VARCHAR(16)   NOT NULL,
    actor        VARCHAR(320)  NOT NULL,
    at           TIMESTAMPTZ   NOT NULL,
    note         VARCHAR(2000),
    PRIMARY KEY (request_id, position)
);
