-- Monthly roll-ups beside the daily aggregates, so that a year is twelve rows per institution and table rather
-- than 365: a period is answered from whole months plus the days at its edges (MetricSources).
--
-- Upload figures (数据上传量, 入库数据量, 数据上传天数, tables uploaded, dead letters) follow hx.batches: every statement
-- that writes a batch's counts — a load, a dead letter, a CDA document, a replay, a reprocess that releases quarantined
-- rows — moves them in the same statement, by the difference it makes (docs/postgres-contract.md).
-- Re-running this file rebuilds the roll-ups from their sources, so it is safe to apply again.

CREATE TABLE IF NOT EXISTS hx.daily_uploads (
    institution_code text   NOT NULL,
    upload_day       date   NOT NULL,
    table_code       text   NOT NULL,           -- '' when the record named no table it could be read as
    source_kind      text   NOT NULL,
    rows_received    bigint NOT NULL DEFAULT 0,
    rows_accepted    bigint NOT NULL DEFAULT 0,
    rows_inserted    bigint NOT NULL DEFAULT 0,
    dead_letters     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (institution_code, upload_day, table_code, source_kind)
);

CREATE TABLE IF NOT EXISTS hx.monthly_uploads (
    institution_code text   NOT NULL,
    month            date   NOT NULL,
    table_code       text   NOT NULL,
    source_kind      text   NOT NULL,
    rows_received    bigint NOT NULL DEFAULT 0,
    rows_accepted    bigint NOT NULL DEFAULT 0,
    rows_inserted    bigint NOT NULL DEFAULT 0,
    dead_letters     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (institution_code, month, table_code, source_kind)
);

-- The days an institution uploaded anything, and how many per month.
CREATE TABLE IF NOT EXISTS hx.upload_days (
    institution_code text NOT NULL,
    upload_day       date NOT NULL,
    PRIMARY KEY (institution_code, upload_day)
);
CREATE TABLE IF NOT EXISTS hx.monthly_upload_days (
    institution_code text NOT NULL,
    month            date NOT NULL,
    days             int  NOT NULL DEFAULT 0,
    PRIMARY KEY (institution_code, month)
);

CREATE TABLE IF NOT EXISTS hx.monthly_records (
    institution_code text   NOT NULL,
    table_code       text   NOT NULL,
    month            date   NOT NULL,
    records          bigint NOT NULL DEFAULT 0,
    realtime_records bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (institution_code, table_code, month)
);

CREATE TABLE IF NOT EXISTS hx.monthly_new_persons (
    institution_code text   NOT NULL,
    role             text   NOT NULL,
    month            date   NOT NULL,
    persons          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (institution_code, role, month)
);

-- The edge days of a period are looked up by day across all institutions.
CREATE INDEX IF NOT EXISTS daily_records_by_day ON hx.daily_records (event_day);
CREATE INDEX IF NOT EXISTS daily_uploads_by_day ON hx.daily_uploads (upload_day);
CREATE INDEX IF NOT EXISTS upload_days_by_day ON hx.upload_days (upload_day);

-- Until 2026-12 a row trigger on hx.batches kept the upload figures; they are now kept like the record figures, by the
-- statement that changes a ledger row (LedgerFacts in src/Ingest/Loading): one mechanism for every roll-up.
DROP TRIGGER IF EXISTS batches_upkeep ON hx.batches;
DROP FUNCTION IF EXISTS hx.batches_upkeep();

-- Rebuild from the sources; from then on every statement that changes a source moves its roll-ups in the same transaction.
TRUNCATE hx.daily_uploads, hx.monthly_uploads, hx.upload_days, hx.monthly_upload_days, hx.monthly_records, hx.monthly_new_persons;
INSERT INTO hx.daily_uploads (institution_code, upload_day, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters)
SELECT institution_code, upload_day, coalesce(table_code, ''), source_kind, sum(rows_received), sum(rows_accepted), sum(rows_inserted),
       count(*) FILTER (WHERE status = 'dead_letter')
FROM hx.batches GROUP BY 1, 2, 3, 4;
INSERT INTO hx.monthly_uploads (institution_code, month, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters)
SELECT institution_code, date_trunc('month', upload_day)::date, table_code, source_kind, sum(rows_received), sum(rows_accepted), sum(rows_inserted), sum(dead_letters)
FROM hx.daily_uploads GROUP BY 1, 2, 3, 4;
INSERT INTO hx.upload_days (institution_code, upload_day) SELECT DISTINCT institution_code, upload_day FROM hx.batches WHERE rows_received > 0;
INSERT INTO hx.monthly_upload_days (institution_code, month, days)
SELECT institution_code, date_trunc('month', upload_day)::date, count(*) FROM hx.upload_days GROUP BY 1, 2;
INSERT INTO hx.monthly_records (institution_code, table_code, month, records, realtime_records)
SELECT institution_code, table_code, date_trunc('month', event_day)::date, sum(records), sum(realtime_records) FROM hx.daily_records GROUP BY 1, 2, 3;
INSERT INTO hx.monthly_new_persons (institution_code, role, month, persons)
SELECT institution_code, role, date_trunc('month', first_upload_day)::date, count(*) FROM hx.health_record_persons GROUP BY 1, 2, 3;

