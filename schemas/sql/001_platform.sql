-- Platform tables: the institution registry, every received batch, quarantined rows, offset gaps.
-- Applied by the migrator (src/Ingest/Schema/SchemaMigrator.cs) exactly once, recorded in hx.schema_migrations.
CREATE SCHEMA IF NOT EXISTS hx;
CREATE SCHEMA IF NOT EXISTS hx_data;

CREATE TABLE IF NOT EXISTS hx.institutions (
    code          text PRIMARY KEY,
    name          text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('hospital', 'district')),
    upload_method text NOT NULL DEFAULT '数据表' CHECK (upload_method IN ('数据表', 'CDA文档')),
    catalogue_id  text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per received Kafka record that carried a table batch (or a dead-lettered record).
-- (institution_code, batch_id) is the idempotency key: a redelivered or re-sent batch finds its row here.
CREATE TABLE IF NOT EXISTS hx.batches (
    institution_code text        NOT NULL,
    batch_id         text        NOT NULL,
    table_code       text,
    format           text,
    source_kind      text        NOT NULL DEFAULT 'table' CHECK (source_kind IN ('table', 'cda')),
    status           text        NOT NULL CHECK (status IN ('loaded', 'dead_letter')),
    reason_code      text,
    kafka_topic      text,
    kafka_partition  integer,
    kafka_offset     bigint,
    uploaded_at      timestamptz NOT NULL,   -- the record's Kafka timestamp (CreateTime)
    upload_day       date        NOT NULL,   -- uploaded_at as a calendar day in Asia/Shanghai
    rows_received    integer     NOT NULL,
    rows_accepted    integer     NOT NULL DEFAULT 0,   -- passed validation
    rows_inserted    integer     NOT NULL DEFAULT 0,   -- new records: 入库数据量
    rows_updated     integer     NOT NULL DEFAULT 0,   -- corrections of records already loaded
    rows_quarantined integer     NOT NULL DEFAULT 0,
    warnings         integer     NOT NULL DEFAULT 0,
    processed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_code, batch_id),
    CHECK (rows_received = rows_accepted + rows_quarantined OR status = 'dead_letter')
);
CREATE INDEX IF NOT EXISTS batches_by_day ON hx.batches (upload_day, institution_code);

-- Rows that failed validation, with their issues and raw content, written in the load's transaction.
CREATE TABLE IF NOT EXISTS hx.quarantine (
    institution_code text        NOT NULL,
    batch_id         text        NOT NULL,
    row_no           integer     NOT NULL,
    table_code       text        NOT NULL,
    raw              text        NOT NULL,
    issues           jsonb       NOT NULL,
    uploaded_at      timestamptz NOT NULL,
    quarantined_at   timestamptz NOT NULL DEFAULT now(),
    released_at      timestamptz,            -- set when `hx reprocess` loaded the row
    PRIMARY KEY (institution_code, batch_id, row_no)
);

-- Offsets a consumer expected but never saw: data a broker dropped (retention, the mock's 5 MiB cap).
CREATE TABLE IF NOT EXISTS hx.offset_gaps (
    topic           text        NOT NULL,
    kafka_partition integer     NOT NULL,
    expected_offset bigint      NOT NULL,
    seen_offset     bigint      NOT NULL,
    detected_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, kafka_partition, expected_offset)
);
