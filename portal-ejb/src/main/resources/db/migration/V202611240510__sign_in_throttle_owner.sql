-- Throttle rows are system data; the owner column lets the scoped store list them (system scope only).
ALTER TABLE sign_in_throttle ADD COLUMN owner_path VARCHAR(512) NOT NULL DEFAULT '/';
