-- The dashboard's most frequent errors count a period's app_error events of a subtree. Errors are a
-- small share of the events, so without this index the count reads every event of the period (runs,
-- sessions...); with it, only the errors, and from the index alone (fingerprint and installation are
-- included). Created on the partitioned parent, so every partition has it, and those made later too.
CREATE INDEX telemetry_event_errors_owner_time
    ON telemetry_event (owner_path varchar_pattern_ops, occurred_at)
    INCLUDE (fingerprint, installation_id)
    WHERE type = 'app_error';
