-- A Collector signs its user in for the customer it belongs to: the refresh token keeps that
-- binding so every access token of the family acts on that customer only.
ALTER TABLE refresh_token ADD COLUMN customer_id BIGINT REFERENCES organization (id) ON DELETE CASCADE;
