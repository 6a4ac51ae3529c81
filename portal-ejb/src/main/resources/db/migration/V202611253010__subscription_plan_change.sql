-- A downgrade waits for the term end: the version the subscription renews onto, until then.
ALTER TABLE subscription
    ADD COLUMN scheduled_plan_version_id BIGINT REFERENCES plan_version (id);
