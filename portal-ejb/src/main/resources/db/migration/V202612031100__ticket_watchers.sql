-- Who is mailed about a ticket's updates; the opener watches from the start.
CREATE TABLE ticket_watcher (
    id          BIGSERIAL PRIMARY KEY,
    ticket_id   BIGINT       NOT NULL REFERENCES ticket (id),
    user_id     BIGINT       NOT NULL REFERENCES user_account (id),
    owner_path  VARCHAR(512) NOT NULL,
    added_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (ticket_id, user_id)
);
CREATE INDEX ticket_watcher_owner_path ON ticket_watcher (owner_path varchar_pattern_ops);
