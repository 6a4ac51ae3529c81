-- When the stuck check flagged a request in its current state (customer service mailed, a note on
-- the ticket); cleared by every move, so each stay in a state is flagged at most once.
ALTER TABLE installation_request ADD COLUMN stuck_flagged_at TIMESTAMPTZ;
CREATE INDEX installation_request_unflagged
    ON installation_request (state_since) WHERE stuck_flagged_at IS NULL;
