-- Customer-service tickets, owned by the customer they concern (partners and the vendor see them
-- through the path). The number is what people quote ("T-1042"); the id stays internal.
CREATE SEQUENCE ticket_number START WITH 1001;
CREATE TABLE ticket (
    id                 BIGSERIAL PRIMARY KEY,
    number             BIGINT       NOT NULL UNIQUE,
    customer_id        BIGINT       NOT NULL REFERENCES organization (id),
    owner_path         VARCHAR(512) NOT NULL,
    installation_id    BIGINT REFERENCES installation (id),
    subject            VARCHAR(200) NOT NULL,
    description        TEXT         NOT NULL,
    category           VARCHAR(32)  NOT NULL,
    priority           VARCHAR(16)  NOT NULL,
    source             VARCHAR(32)  NOT NULL,
    state              VARCHAR(32)  NOT NULL,
    fingerprint        VARCHAR(200),
    assignee_id        BIGINT REFERENCES user_account (id),
    queue              VARCHAR(64),
    opened_by          VARCHAR(320) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    first_response_at  TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    merged_into_id     BIGINT REFERENCES ticket (id),
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ticket_owner_path ON ticket (owner_path varchar_pattern_ops);
CREATE INDEX ticket_state ON ticket (state, updated_at);
CREATE INDEX ticket_assignee ON ticket (assignee_id) WHERE assignee_id IS NOT NULL;
-- At most one ticket that is not closed per problem an automatic source reports: a repeat adds an
-- entry to it, and two reports racing cannot both open one.
CREATE UNIQUE INDEX ticket_open_fingerprint
    ON ticket (customer_id, fingerprint) WHERE fingerprint IS NOT NULL AND state <> 'CLOSED';

-- The timeline: comments, work done, state changes, assignments; public or internal.
CREATE TABLE ticket_entry (
    id             BIGSERIAL PRIMARY KEY,
    ticket_id      BIGINT       NOT NULL REFERENCES ticket (id),
    owner_path     VARCHAR(512) NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    visibility     VARCHAR(16)  NOT NULL,
    author_id      BIGINT REFERENCES user_account (id),
    author_name    VARCHAR(320) NOT NULL,
    body           TEXT,
    minutes_spent  INTEGER CHECK (minutes_spent IS NULL OR minutes_spent > 0),
    from_state     VARCHAR(32),
    to_state       VARCHAR(32),
    created_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ticket_entry_ticket ON ticket_entry (ticket_id, created_at);
CREATE INDEX ticket_entry_owner_path ON ticket_entry (owner_path varchar_pattern_ops);

-- The plan: ordered actions to carry out, each public or internal.
CREATE TABLE ticket_action (
    id           BIGSERIAL PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL REFERENCES ticket (id),
    owner_path   VARCHAR(512) NOT NULL,
    position     INTEGER      NOT NULL,
    description  VARCHAR(500) NOT NULL,
    assignee_id  BIGINT REFERENCES user_account (id),
    due_on       DATE,
    status       VARCHAR(16)  NOT NULL,
    visibility   VARCHAR(16)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (ticket_id, position)
);
CREATE INDEX ticket_action_owner_path ON ticket_action (owner_path varchar_pattern_ops);
