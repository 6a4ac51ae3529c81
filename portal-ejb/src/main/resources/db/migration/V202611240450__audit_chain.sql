-- The audit log becomes tamper-evident: every entry carries the hash of its predecessor and its
-- own hash over both; one head row serializes appends. Rows are append-only.
ALTER TABLE audit_entry ADD COLUMN origin VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);

CREATE TABLE audit_chain_head (
    id        INT      PRIMARY KEY CHECK (id = 1),
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_hash) VALUES (1, repeat('0', 64));

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The only change allowed: sealing an entry written before the chain existed.
    IF TG_OP = 'UPDATE' AND OLD.entry_hash IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only';
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
