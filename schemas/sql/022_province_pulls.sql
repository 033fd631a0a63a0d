-- A province platform's own copy of what `hx province pull --store` fetched: one line per city and period, with the
-- city's data version (ETag), so `hx province report` re-renders the province table without reaching the cities.
CREATE TABLE IF NOT EXISTS hx.province_pulls (
    city         text        NOT NULL,
    period       text        NOT NULL,
    figures      jsonb       NOT NULL,
    data_version text        NOT NULL,
    pulled_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city, period)
);
