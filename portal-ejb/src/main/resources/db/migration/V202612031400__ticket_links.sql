-- Related tickets. A link is kept on both sides, each row owned by its own ticket's customer, so
-- every reader finds a ticket's links in their subtree and sees only the linked tickets they may.
CREATE TABLE ticket_link (
    id          BIGSERIAL PRIMARY KEY,
    ticket_id   BIGINT       NOT NULL REFERENCES ticket (id),
    linked_id   BIGINT       NOT NULL REFERENCES ticket (id),
    owner_path  VARCHAR(512) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (ticket_id, linked_id),
    CHECK (ticket_id <> linked_id)
);
CREATE INDEX ticket_link_owner_path ON ticket_link (owner_path varchar_pattern_ops);
