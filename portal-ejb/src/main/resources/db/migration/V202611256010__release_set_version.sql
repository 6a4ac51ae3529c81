-- The version of the release set the update check decides on: every publication, revocation and
-- rollout change takes the next number, the same on every instance (a clock is not), so the
-- decisions' version never goes down.
CREATE SEQUENCE release_set_version;
ALTER TABLE product_release ADD COLUMN set_version BIGINT NOT NULL DEFAULT 0;
UPDATE product_release SET set_version = nextval('release_set_version')
    WHERE state IN ('PUBLISHED', 'REVOKED');
