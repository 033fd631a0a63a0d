-- A record is its business key, whatever its event time (docs/metrics.md "A record's life"): the data tables'
-- primary key is (institution_code, business key) from now on, and what a data table cannot hold lives here.
--
-- hx.record_versions: every version of a record that is no longer (or never was) the stored one — superseded by a
-- newer upload, arrived older than the stored one (stale), or removed by a retraction — with the batch that settled
-- it. Written only when a key is touched again, so a new record costs nothing here. `hx history` reads it.
CREATE TABLE IF NOT EXISTS hx.record_versions (
    table_code        text        NOT NULL,
    institution_code  text        NOT NULL,
    record_key        jsonb       NOT NULL,   -- the business key columns and their values
    batch_id          text        NOT NULL,   -- the batch that carried this version
    row_no            integer     NOT NULL,
    uploaded_at       timestamptz NOT NULL,
    event_time        timestamp,
    content           jsonb       NOT NULL,   -- the version's catalogue columns
    fate              text        NOT NULL CHECK (fate IN ('superseded', 'stale', 'retracted')),
    settled_by_batch  text        NOT NULL,   -- the batch whose arrival decided the fate
    settled_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS record_versions_by_key ON hx.record_versions (institution_code, table_code, record_key);

-- hx.retractions: the audit of every retraction row applied (hx-op: delete, or a CDA document replacing another):
-- who asked (the institution and its batch, signed like any batch), when (the batch's upload time), why (the
-- batch's reason), and what it removed (found = false when no stored record was newer than nothing, i.e. nothing
-- was there or the stored version is newer than the retraction).
CREATE TABLE IF NOT EXISTS hx.retractions (
    table_code        text        NOT NULL,
    institution_code  text        NOT NULL,
    record_key        jsonb       NOT NULL,
    batch_id          text        NOT NULL,
    row_no            integer     NOT NULL,
    retracted_at      timestamptz NOT NULL,   -- the retraction's upload time (its Kafka timestamp)
    reason            text,
    outcome           text        NOT NULL CHECK (outcome IN ('retracted', 'not_found', 'older_than_record')),
    event_time        timestamp,              -- of the record removed, when one was
    applied_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_code, batch_id, table_code, row_no)
);
CREATE INDEX IF NOT EXISTS retractions_by_key ON hx.retractions (institution_code, table_code, record_key);

-- hx.tombstones: per key, the newest retraction and the earliest upload ever seen, so that a version older than
-- the retraction that arrives after it stays out, and a newer one comes back with its true first upload time:
-- the stored state is a function of the set of versions received, never of their arrival order.
CREATE TABLE IF NOT EXISTS hx.tombstones (
    table_code          text        NOT NULL,
    institution_code    text        NOT NULL,
    record_key          jsonb       NOT NULL,
    retracted_at        timestamptz NOT NULL,   -- the newest retraction's version: upload time, batch, row
    retracted_batch_id  text        NOT NULL,
    retracted_row_no    integer     NOT NULL,
    first_uploaded_at   timestamptz,            -- earliest upload of any version (NULL: none seen yet)
    first_batch_id      text,
    PRIMARY KEY (institution_code, table_code, record_key)
);

-- A retraction batch is claimed in hx.batches like any batch (idempotency, signing, receipts) but uploads no data:
-- its rows count in rows_retracted, never in 数据上传量.
ALTER TABLE hx.batches ADD COLUMN IF NOT EXISTS rows_retracted integer NOT NULL DEFAULT 0;
ALTER TABLE hx.batches ADD COLUMN IF NOT EXISTS rows_stale integer NOT NULL DEFAULT 0;
ALTER TABLE hx.batches DROP CONSTRAINT IF EXISTS batches_source_kind_check;
ALTER TABLE hx.batches ADD CONSTRAINT batches_source_kind_check CHECK (source_kind IN ('table', 'cda', 'retraction'));

-- A CDA document that replaces an earlier one (relatedDocument typeCode RPLC) names it here; the earlier one's rows
-- that the new one does not yield again are retracted (hx.retractions, batch 'cda:' + the new document's id).
ALTER TABLE hx.cda_documents ADD COLUMN IF NOT EXISTS replaces_document_id text;
ALTER TABLE hx.cda_documents ADD COLUMN IF NOT EXISTS replaced_by_document_id text;
