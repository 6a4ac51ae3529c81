-- Service-level clocks of a ticket (working time from its opening; paused while waiting on the
-- customer). next_due_at is the queue's order: the first moment a target would be missed.
ALTER TABLE ticket
    ADD COLUMN priority_support      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN first_response_due_at TIMESTAMPTZ,
    ADD COLUMN resolution_due_at     TIMESTAMPTZ,
    ADD COLUMN paused_since          TIMESTAMPTZ,
    ADD COLUMN paused_seconds        BIGINT  NOT NULL DEFAULT 0,
    ADD COLUMN next_due_at           TIMESTAMPTZ,
    ADD COLUMN warned_due_at         TIMESTAMPTZ,
    ADD COLUMN breached_due_at       TIMESTAMPTZ;
CREATE INDEX ticket_next_due ON ticket (next_due_at) WHERE next_due_at IS NOT NULL;
