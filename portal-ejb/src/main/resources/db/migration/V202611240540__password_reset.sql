-- A password reset is a one-hour, single-use link like an invitation: same table, another purpose.
ALTER TABLE invitation ADD COLUMN purpose VARCHAR(16) NOT NULL DEFAULT 'INVITATION'
    CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'));
