-- What each telemetry batch changes in its installation's health, written with the batch's events
-- and folded into installation_health (and the tables beside it) right after the batch commits, by
-- one instance at a time per installation; a delta left behind (a crash between the two) is folded
-- by the ten-second job.
CREATE TABLE telemetry_health_delta (
    id               BIGSERIAL    PRIMARY KEY,
    installation_id  BIGINT       NOT NULL REFERENCES installation (id),
    owner_path       VARCHAR(512) NOT NULL,
    delta            TEXT         NOT NULL
);
CREATE INDEX telemetry_health_delta_installation ON telemetry_health_delta (installation_id, id);
