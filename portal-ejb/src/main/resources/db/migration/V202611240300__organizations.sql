-- One table for the vendor, its partners and their customers. The materialized path
-- (/1/17/42/) is the tenancy key: a user acts on every row whose owner_path starts with theirs.
CREATE SEQUENCE organization_id_seq;

CREATE TABLE organization (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('VENDOR', 'PARTNER', 'CUSTOMER')),
    parent_id     BIGINT REFERENCES organization (id),
    path          VARCHAR(512) NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CHECK ((kind = 'VENDOR') = (parent_id IS NULL))
);

-- Per-tenant uniqueness: a name is unique among the children of one parent, not globally.
CREATE UNIQUE INDEX organization_name_per_parent ON organization (COALESCE(parent_id, 0), lower(name));
CREATE INDEX organization_path_prefix ON organization (path varchar_pattern_ops);
CREATE UNIQUE INDEX organization_single_vendor ON organization (kind) WHERE kind = 'VENDOR';
