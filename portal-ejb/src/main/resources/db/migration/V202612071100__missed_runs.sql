-- Missed scheduled runs. Per installation: the configuration revision and schedule last checked,
-- up to where its slots are decided, when the next one can be, and the misses in a row; each missed
-- slot is kept a week and a day (health counts them over seven days).
CREATE TABLE run_schedule_check (
    installation_id  BIGINT PRIMARY KEY REFERENCES installation (id),
    owner_path       VARCHAR(512) NOT NULL,
    revision         INTEGER,
    schedule         TEXT,
    checked_until    TIMESTAMPTZ  NOT NULL,
    next_check_at    TIMESTAMPTZ,
    missed_in_row    INTEGER      NOT NULL DEFAULT 0,
    last_missed_at   TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX run_schedule_check_due ON run_schedule_check (next_check_at);
CREATE INDEX run_schedule_check_owner_path ON run_schedule_check (owner_path varchar_pattern_ops);

CREATE TABLE missed_run (
    installation_id  BIGINT       NOT NULL REFERENCES installation (id),
    slot_at          TIMESTAMPTZ  NOT NULL,
    plugin           VARCHAR(64)  NOT NULL DEFAULT '',
    owner_path       VARCHAR(512) NOT NULL,
    PRIMARY KEY (installation_id, slot_at, plugin)
);
CREATE INDEX missed_run_owner_path ON missed_run (owner_path varchar_pattern_ops);

INSERT INTO alert_rule (rule, enabled, threshold, priority) VALUES ('MISSED_RUNS', TRUE, 2, 'NORMAL');
