-- Collector telemetry. Events are kept by month (partitions made ahead of need, dropped past the
-- longest retention); a replayed event (same installation, id and time) is stored once.
CREATE TABLE telemetry_event (
    installation_id  BIGINT       NOT NULL,
    event_id         VARCHAR(64)  NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    received_at      TIMESTAMPTZ  NOT NULL,
    owner_path       VARCHAR(512) NOT NULL,
    type             VARCHAR(16)  NOT NULL,
    plugin           VARCHAR(64),
    result           VARCHAR(16),
    app_version      VARCHAR(32),
    rows_count       BIGINT,
    bytes_count      BIGINT,
    duration_ms      BIGINT,
    error_code       VARCHAR(100),
    fingerprint      VARCHAR(64),
    payload          TEXT         NOT NULL,
    PRIMARY KEY (installation_id, event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE INDEX telemetry_event_owner_time ON telemetry_event (owner_path varchar_pattern_ops, occurred_at);
CREATE INDEX telemetry_event_installation_time ON telemetry_event (installation_id, occurred_at);

-- What each installation sent per day: accepted, replayed, refused and dropped (over quota) events.
CREATE TABLE telemetry_intake (
    installation_id  BIGINT       NOT NULL REFERENCES installation (id),
    day              DATE         NOT NULL,
    owner_path       VARCHAR(512) NOT NULL,
    accepted         BIGINT       NOT NULL DEFAULT 0,
    duplicates       BIGINT       NOT NULL DEFAULT 0,
    rejected         BIGINT       NOT NULL DEFAULT 0,
    dropped          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (installation_id, day)
);
CREATE INDEX telemetry_intake_owner_path ON telemetry_intake (owner_path varchar_pattern_ops);

-- An installation's health, kept up to date as its events arrive.
CREATE TABLE installation_health (
    installation_id       BIGINT PRIMARY KEY REFERENCES installation (id),
    owner_path            VARCHAR(512) NOT NULL,
    last_seen_at          TIMESTAMPTZ  NOT NULL,
    app_version           VARCHAR(32),
    dotnet_version        VARCHAR(32),
    os                    VARCHAR(100),
    plugins               TEXT,
    last_run_at           TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    consecutive_failures  INTEGER      NOT NULL DEFAULT 0,
    last_update_failed_at TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX installation_health_owner_path ON installation_health (owner_path varchar_pattern_ops);

-- Per plugin: the last successful run and the failures since.
CREATE TABLE installation_plugin_health (
    installation_id       BIGINT       NOT NULL REFERENCES installation (id),
    plugin                VARCHAR(64)  NOT NULL,
    owner_path            VARCHAR(512) NOT NULL,
    last_run_at           TIMESTAMPTZ  NOT NULL,
    last_success_at       TIMESTAMPTZ,
    consecutive_failures  INTEGER      NOT NULL DEFAULT 0,
    last_error_code       VARCHAR(100),
    PRIMARY KEY (installation_id, plugin)
);
CREATE INDEX installation_plugin_health_owner_path
    ON installation_plugin_health (owner_path varchar_pattern_ops);

-- Application errors grouped by fingerprint (exception type + normalized top frames), and where.
CREATE TABLE error_group (
    fingerprint     VARCHAR(64) PRIMARY KEY,
    exception_type  VARCHAR(300) NOT NULL,
    top_frames      TEXT         NOT NULL,
    sample_message  VARCHAR(1000),
    first_seen_at   TIMESTAMPTZ  NOT NULL,
    last_seen_at    TIMESTAMPTZ  NOT NULL,
    occurrences     BIGINT       NOT NULL
);
CREATE TABLE error_group_installation (
    fingerprint      VARCHAR(64)  NOT NULL REFERENCES error_group (fingerprint),
    installation_id  BIGINT       NOT NULL REFERENCES installation (id),
    owner_path       VARCHAR(512) NOT NULL,
    app_version      VARCHAR(32),
    first_seen_at    TIMESTAMPTZ  NOT NULL,
    last_seen_at     TIMESTAMPTZ  NOT NULL,
    occurrences      BIGINT       NOT NULL,
    PRIMARY KEY (fingerprint, installation_id)
);
CREATE INDEX error_group_installation_owner_path
    ON error_group_installation (owner_path varchar_pattern_ops);
