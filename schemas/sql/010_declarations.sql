-- What each institution declared it uploads (申明上传表), with the date each declaration takes effect.
-- tables IS NULL records an institution that never answered (未反馈); an empty array declares nothing.
CREATE TABLE IF NOT EXISTS hx.declarations (
    institution_code text        NOT NULL REFERENCES hx.institutions (code) ON UPDATE CASCADE,
    valid_from       date        NOT NULL,
    tables           text[],
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_code, valid_from)
);
