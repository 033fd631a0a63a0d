-- What actually happened per institution and month, from statistical reporting: the denominators of the province
-- table's 上传率. Visits and discharges are the month's flows; residents and registered patients the month-end stock.
-- A null is a figure nobody reported: the rate it would divide is printed "/".
CREATE TABLE IF NOT EXISTS hx.expected_volumes (
    institution_code      text   NOT NULL,
    month                 date   NOT NULL CHECK (extract(day FROM month) = 1),
    outpatient_visits     bigint CHECK (outpatient_visits >= 0),
    discharges            bigint CHECK (discharges >= 0),
    residents             bigint CHECK (residents >= 0),
    hypertension_patients bigint CHECK (hypertension_patients >= 0),
    diabetes_patients     bigint CHECK (diabetes_patients >= 0),
    imported_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_code, month)
);
