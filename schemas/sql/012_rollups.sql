-- Monthly roll-ups beside the daily aggregates, so that a year is twelve rows per institution and table rather
-- than 365: a period is answered from whole months plus the days at its edges (MetricSources).
--
-- Upload figures (数据上传量, 入库数据量, 数据上传天数, tables uploaded, dead letters) are kept by a trigger on
-- hx.batches: every path that writes a batch's counts — a load, a dead letter, a CDA document, a reprocess that
-- releases quarantined rows — moves the aggregates in the same transaction, by the difference it makes.
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

CREATE OR REPLACE FUNCTION hx.batches_upkeep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    received bigint := NEW.rows_received - CASE WHEN TG_OP = 'UPDATE' THEN OLD.rows_received ELSE 0 END;
    accepted bigint := NEW.rows_accepted - CASE WHEN TG_OP = 'UPDATE' THEN OLD.rows_accepted ELSE 0 END;
    inserted bigint := NEW.rows_inserted - CASE WHEN TG_OP = 'UPDATE' THEN OLD.rows_inserted ELSE 0 END;
    dead     bigint := (NEW.status = 'dead_letter')::int - CASE WHEN TG_OP = 'UPDATE' THEN (OLD.status = 'dead_letter')::int ELSE 0 END;
    upload_month date := date_trunc('month', NEW.upload_day)::date;
    tbl      text   := coalesce(NEW.table_code, '');
BEGIN
    IF received = 0 AND accepted = 0 AND inserted = 0 AND dead = 0 THEN RETURN NULL; END IF;
    INSERT INTO hx.daily_uploads AS u (institution_code, upload_day, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters)
    VALUES (NEW.institution_code, NEW.upload_day, tbl, NEW.source_kind, received, accepted, inserted, dead)
    ON CONFLICT (institution_code, upload_day, table_code, source_kind) DO UPDATE SET
        rows_received = u.rows_received + excluded.rows_received, rows_accepted = u.rows_accepted + excluded.rows_accepted,
        rows_inserted = u.rows_inserted + excluded.rows_inserted, dead_letters = u.dead_letters + excluded.dead_letters;
    INSERT INTO hx.monthly_uploads AS u (institution_code, month, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters)
    VALUES (NEW.institution_code, upload_month, tbl, NEW.source_kind, received, accepted, inserted, dead)
    ON CONFLICT (institution_code, month, table_code, source_kind) DO UPDATE SET
        rows_received = u.rows_received + excluded.rows_received, rows_accepted = u.rows_accepted + excluded.rows_accepted,
        rows_inserted = u.rows_inserted + excluded.rows_inserted, dead_letters = u.dead_letters + excluded.dead_letters;
    IF NEW.rows_received > 0 THEN
        INSERT INTO hx.upload_days (institution_code, upload_day) VALUES (NEW.institution_code, NEW.upload_day) ON CONFLICT DO NOTHING;
        IF FOUND THEN
            INSERT INTO hx.monthly_upload_days AS m (institution_code, month, days) VALUES (NEW.institution_code, upload_month, 1)
            ON CONFLICT (institution_code, month) DO UPDATE SET days = m.days + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- Rebuild from the sources, then keep up by trigger (and, for records and persons, by the loader's insert).
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

DROP TRIGGER IF EXISTS batches_upkeep ON hx.batches;
CREATE TRIGGER batches_upkeep AFTER INSERT OR UPDATE ON hx.batches FOR EACH ROW EXECUTE FUNCTION hx.batches_upkeep();
