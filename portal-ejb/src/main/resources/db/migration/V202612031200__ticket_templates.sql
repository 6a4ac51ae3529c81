-- Plan templates per ticket category, kept by the vendor: agents start a ticket's plan from one.
CREATE TABLE ticket_template (
    id          BIGSERIAL PRIMARY KEY,
    category    VARCHAR(32)  NOT NULL UNIQUE,
    owner_path  VARCHAR(512) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    updated_by  VARCHAR(320) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE TABLE ticket_template_step (
    template_id  BIGINT       NOT NULL REFERENCES ticket_template (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    description  VARCHAR(500) NOT NULL,
    internal     BOOLEAN      NOT NULL,
    PRIMARY KEY (template_id, position)
);
