-- The files a Collector app release hosts for ClickOnce, each stored as a blob under its SHA-256:
-- the deployment manifest, the application manifest, the payload and the publish's other files.
-- The path is the zip entry name ('/'-separated), unique within a release; the version folder makes
-- it unique across releases.
CREATE TABLE release_file (
    id          BIGSERIAL PRIMARY KEY,
    release_id  BIGINT        NOT NULL REFERENCES product_release (id),
    owner_path  VARCHAR(512)  NOT NULL,
    path        VARCHAR(1024) NOT NULL,
    role        VARCHAR(24)   NOT NULL
        CHECK (role IN ('DEPLOYMENT_MANIFEST', 'APPLICATION_MANIFEST', 'FILE')),
    sha256      CHAR(64)      NOT NULL,
    size        BIGINT        NOT NULL CHECK (size >= 0)
);
CREATE UNIQUE INDEX release_file_path ON release_file (release_id, path);
CREATE INDEX release_file_owner_path ON release_file (owner_path varchar_pattern_ops);
CREATE INDEX release_file_sha256 ON release_file (sha256);
