-- Alerts the scheduled job recorded (src/Metrics/Alerts, docs/alerts.md): one row per rule, institution, table
-- and day, so a published month shows the alerts it had. Recording the same day again updates the row.
CREATE TABLE IF NOT EXISTS hx.alerts (
    code             text             NOT NULL,   -- HX6001..HX6005
    institution_code text             NOT NULL,
    table_code       text             NOT NULL DEFAULT '',   -- '' for an institution-wide alert (silence)
    day              date             NOT NULL,   -- the day (or week's Monday) the alert is about, Asia/Shanghai
    value            double precision NOT NULL,   -- what was seen
    expected         double precision NOT NULL,   -- what was expected (median, last week's rate; 0 where none)
    message_zh       text             NOT NULL,
    message_en       text             NOT NULL,
    first_seen_at    timestamptz      NOT NULL DEFAULT now(),
    last_seen_at     timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (code, institution_code, table_code, day)
);
CREATE INDEX IF NOT EXISTS alerts_by_day ON hx.alerts (day);
