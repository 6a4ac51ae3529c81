-- Distribution: the vendor's products (the Collector application and its plugins) and their
-- releases with the signed package each one ships. Versions are kept as canonical text; ordering
-- is done in Java with AppVersion / PluginVersion (SemVer precedence is not a string order).
CREATE TABLE product (
    id          BIGSERIAL PRIMARY KEY,
    owner_path  VARCHAR(512) NOT NULL,
    code        VARCHAR(100) NOT NULL,
    kind        VARCHAR(8)   NOT NULL CHECK (kind IN ('APP', 'PLUGIN')),
    name_en     VARCHAR(200) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    name_nl     VARCHAR(200) NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX product_code ON product (owner_path, lower(code));
-- One Collector application per vendor.
CREATE UNIQUE INDEX product_one_app ON product (owner_path) WHERE kind = 'APP';

CREATE TABLE product_release (
    id                  BIGSERIAL PRIMARY KEY,
    product_id          BIGINT       NOT NULL REFERENCES product (id),
    owner_path          VARCHAR(512) NOT NULL,
    version             VARCHAR(255) NOT NULL,
    -- The version without SemVer build metadata: 1.0.0+a and 1.0.0+b are the same release.
    version_precedence  VARCHAR(255) NOT NULL,
    channel             VARCHAR(32)  NOT NULL CHECK (channel ~ '^[a-z][a-z0-9-]{0,31}$'),
    notes_en            TEXT         NOT NULL DEFAULT '',
    notes_fr            TEXT         NOT NULL DEFAULT '',
    notes_nl            TEXT         NOT NULL DEFAULT '',
    min_app_version     VARCHAR(23),
    max_app_version     VARCHAR(23),
    mandatory           BOOLEAN      NOT NULL,
    rollout_percent     INTEGER      NOT NULL CHECK (rollout_percent BETWEEN 0 AND 100),
    state               VARCHAR(16)  NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'REVOKED')),
    package_sha256      CHAR(64)     NOT NULL,
    package_size        BIGINT       NOT NULL CHECK (package_size >= 0),
    signature           VARCHAR(2048) NOT NULL,
    signature_key_id    VARCHAR(64)  NOT NULL,
    signature_algorithm VARCHAR(16)  NOT NULL,
    created_by          VARCHAR(400) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    published_by        VARCHAR(400),
    published_at        TIMESTAMPTZ,
    revoked_by          VARCHAR(400),
    revoked_at          TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ  NOT NULL,
    row_version         BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX product_release_version ON product_release (product_id, version_precedence);
CREATE INDEX product_release_owner_path ON product_release (owner_path varchar_pattern_ops);
CREATE INDEX product_release_sha256 ON product_release (package_sha256);
