-- Dead letters kept whole: every record that could not be loaded, with its key, value and headers exactly as received,
-- whatever their size (the hx.dlq topic may carry a truncated copy that points here). `hx dlq list` reads this table,
-- `hx dlq replay` feeds a row back through the same settle step once its cause is fixed.
CREATE TABLE IF NOT EXISTS hx.dead_letters (
    id               bigserial   PRIMARY KEY,
    kafka_topic      text        NOT NULL,
    kafka_partition  integer     NOT NULL,
    kafka_offset     bigint      NOT NULL,
    value_sha256     bytea       NOT NULL,   -- with the position: the same record dead-lettered again is one row
    record_key       bytea,
    record_value     bytea       NOT NULL,
    record_headers   jsonb       NOT NULL,   -- [{"name": …, "value": base64 or null}] in the order received
    timestamp_ms     bigint,                 -- null when the record carried none
    institution_code text        NOT NULL,   -- the hx.batches row it is counted under ('' when unattributable)
    batch_id         text        NOT NULL,
    reason_code      text        NOT NULL,
    reason           text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 1,
    received_at      timestamptz NOT NULL DEFAULT now(),
    replayed_at      timestamptz,            -- set when a replay settled it other than as a dead letter
    replay_status    text,
    UNIQUE (kafka_topic, kafka_partition, kafka_offset, value_sha256)
);
CREATE INDEX IF NOT EXISTS dead_letters_pending ON hx.dead_letters (reason_code, institution_code) WHERE replayed_at IS NULL;

-- A replayed dead letter gives its batch id back: its ledger row stays, as 'replayed' and counted as nothing, so that
-- the replay's own load is the one counted (the upload roll-ups move by the difference).
ALTER TABLE hx.batches DROP CONSTRAINT IF EXISTS batches_status_check;
ALTER TABLE hx.batches ADD CONSTRAINT batches_status_check CHECK (status IN ('loaded', 'dead_letter', 'replayed'));
ALTER TABLE hx.batches DROP CONSTRAINT IF EXISTS batches_check;
ALTER TABLE hx.batches ADD CONSTRAINT batches_check CHECK (rows_received = rows_accepted + rows_quarantined OR status IN ('dead_letter', 'replayed'));
