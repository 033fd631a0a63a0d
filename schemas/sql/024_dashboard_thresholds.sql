-- The thresholds an operator sets on the dashboard for colouring the home page's conformance figures, one per
-- figure, in percent of the figure's ratio (docs/dashboard.md lists the figures and the defaults used while a
-- figure has no row here). The list of figures is closed: a new one comes with its own migration.
CREATE TABLE IF NOT EXISTS hx.dashboard_thresholds (
    figure   text         PRIMARY KEY CHECK (figure IN ('outpatientRealtimeRate', 'dischargeRealtimeRate', 'realtimeForms', 'uploadDays', 'uploadedTables')),
    percent  numeric(5,2) NOT NULL CHECK (percent >= 0 AND percent <= 100),
    set_by   text         NOT NULL,               -- the id (public prefix) of the operator token that set it
    set_at   timestamptz  NOT NULL DEFAULT now()
);
