-- An error's message may name a customer's server, user or file, while an error group spans every
-- tenant whose Collector hit the same code: the group-wide sample message was shown to every reader
-- of the group. Each installation now keeps the latest message of its own errors (filled from the
-- events still kept, in one pass), and readers see only those of their subtree.
ALTER TABLE error_group_installation ADD COLUMN sample_message VARCHAR(1000);

-- A stored payload that jsonb refuses (a \u0000 in a member the portal does not read) leaves its
-- message empty rather than stopping the migration, and the portal's start with it.
CREATE FUNCTION pg_temp.error_message_of(payload TEXT) RETURNS TEXT LANGUAGE plpgsql AS $$
BEGIN
    RETURN left(CAST(payload AS jsonb) ->> 'message', 1000);
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

UPDATE error_group_installation gi
   SET sample_message = pg_temp.error_message_of(latest.payload)
  FROM (SELECT DISTINCT ON (installation_id, fingerprint) installation_id, fingerprint, payload
          FROM telemetry_event
         WHERE type = 'app_error' AND fingerprint IS NOT NULL
         ORDER BY installation_id, fingerprint, occurred_at DESC) latest
 WHERE latest.installation_id = gi.installation_id AND latest.fingerprint = gi.fingerprint;

ALTER TABLE error_group DROP COLUMN sample_message;
