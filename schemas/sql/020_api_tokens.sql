-- Bearer tokens of the HTTP API (src/Api): only the SHA-256 of a token is kept, never the token itself.
-- Roles: province (summaries and reports of everyone), operator (everything, PII masked), hospital (one institution).
CREATE TABLE IF NOT EXISTS hx.api_tokens (
    id               text        PRIMARY KEY,             -- the token's public prefix, shown by `hx tokens list`
    token_sha256     bytea       NOT NULL UNIQUE,
    role             text        NOT NULL CHECK (role IN ('province', 'operator', 'hospital')),
    institution_code text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz,
    revoked_at       timestamptz,
    CHECK ((role = 'hospital') = (institution_code IS NOT NULL))
);
