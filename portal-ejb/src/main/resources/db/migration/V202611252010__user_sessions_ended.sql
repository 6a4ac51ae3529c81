-- A forced password reset ends every session begun before it: page sessions and access tokens
-- issued earlier are refused (refresh and API tokens are revoked outright).
ALTER TABLE user_account ADD COLUMN sessions_ended_at TIMESTAMPTZ;
