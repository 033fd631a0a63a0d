-- What `hx reprocess` needs to re-validate quarantined rows after the catalogue or a value set was fixed.
-- A migration of its own: 001_platform.sql is already applied on deployed databases and stays as it is.

-- The header row of a CSV batch as the sender wrote it: a quarantined CSV line can only be re-read with it.
-- NULL for JSON lines (each line names its columns) and for batches loaded before this migration.
ALTER TABLE hx.batches ADD COLUMN IF NOT EXISTS csv_header text[];

-- Quarantined rows that a reprocess loaded later: they count as accepted (and inserted or updated) now, so
-- rows_received = rows_accepted + rows_quarantined still holds; this keeps the history visible.
ALTER TABLE hx.batches ADD COLUMN IF NOT EXISTS rows_released integer NOT NULL DEFAULT 0;

-- When a quarantined row was last re-validated; its issues are the findings of that run.
ALTER TABLE hx.quarantine ADD COLUMN IF NOT EXISTS reprocessed_at timestamptz;

-- The rows still waiting, found by institution, table and batch as `hx reprocess` selects them.
CREATE INDEX IF NOT EXISTS quarantine_pending ON hx.quarantine (institution_code, table_code, batch_id) WHERE released_at IS NULL;
