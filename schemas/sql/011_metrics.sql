-- Aggregates maintained by the loader in the same transaction as the rows they count, so the published
-- figures are current the moment a batch commits and a year for hundreds of institutions is a small scan.

-- New distinct records (by business key) per institution, table and event day (Asia/Shanghai wall clock),
-- and how many of them first arrived within the table's real-time latency (real-time forms only).
CREATE TABLE IF NOT EXISTS hx.daily_records (
    institution_code text   NOT NULL,
    table_code       text   NOT NULL,
    event_day        date   NOT NULL,
    records          bigint NOT NULL DEFAULT 0,
    realtime_records bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (institution_code, table_code, event_day)
);

-- Every person ever loaded into a health-record role table (基本信息/高血压/糖尿病), with the Shanghai day of
-- their first upload: cumulative totals are a count up to a day.
CREATE TABLE IF NOT EXISTS hx.health_record_persons (
    institution_code text NOT NULL,
    role             text NOT NULL,
    person_key       text NOT NULL,
    first_upload_day date NOT NULL,
    PRIMARY KEY (institution_code, role, person_key)
);
CREATE INDEX IF NOT EXISTS health_record_persons_by_day ON hx.health_record_persons (institution_code, role, first_upload_day);

-- Published monthly reports: a published number never silently changes; a restatement shows as a difference.
CREATE TABLE IF NOT EXISTS hx.report_snapshots (
    period       text        NOT NULL,
    kind         text        NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    report       jsonb       NOT NULL,
    PRIMARY KEY (period, kind)
);

-- Each closed day's figures (the close-day job, 00:10 Shanghai): a durable daily ledger of what the platform knew.
CREATE TABLE IF NOT EXISTS hx.day_closures (
    day       date        PRIMARY KEY,
    closed_at timestamptz NOT NULL DEFAULT now(),
    report    jsonb       NOT NULL
);
