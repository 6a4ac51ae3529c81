-- Files attached to a ticket; the content lives in the blob store, named by its SHA-256.
CREATE TABLE ticket_attachment (
    id            BIGSERIAL PRIMARY KEY,
    ticket_id     BIGINT       NOT NULL REFERENCES ticket (id),
    owner_path    VARCHAR(512) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    visibility    VARCHAR(16)  NOT NULL,
    uploaded_by   VARCHAR(320) NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ticket_attachment_ticket ON ticket_attachment (ticket_id);
CREATE INDEX ticket_attachment_owner_path ON ticket_attachment (owner_path varchar_pattern_ops);
