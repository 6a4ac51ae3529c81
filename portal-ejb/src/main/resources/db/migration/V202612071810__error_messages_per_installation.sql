-- An error's message may name a customer's server, user or file, while an error group spans every
-- tenant whose Collector hit the same code: the group-wide sample message was shown to every reader
-- of the group. Each installation now keeps the latest message of its own errors (filled from the
-- events still kept), and readers see only those of their subtree.
ALTER TABLE error_group_installation ADD COLUMN sample_message VARCHAR(1000);
UPDATE error_group_installation gi
   SET sample_message = (
       SELECT left(CAST(e.payload AS jsonb) ->> 'message', 1000)
         FROM telemetry_event e
        WHERE e.type = 'app_error' AND e.installation_id = gi.installation_id
          AND e.fingerprint = gi.fingerprint
        ORDER BY e.occurred_at DESC
        LIMIT 1);
ALTER TABLE error_group DROP COLUMN sample_message;
