-- Signed envelopes (docs/security.md): each institution's public keys, and whether its records must be signed.
-- Only public keys are stored; the private key never leaves the sender.
ALTER TABLE hx.institutions ADD COLUMN IF NOT EXISTS signing text NOT NULL DEFAULT 'optional';
ALTER TABLE hx.institutions DROP CONSTRAINT IF EXISTS institutions_signing_check;
ALTER TABLE hx.institutions ADD CONSTRAINT institutions_signing_check CHECK (signing IN ('optional', 'required'));

CREATE TABLE IF NOT EXISTS hx.institution_keys (
    key_id           text        PRIMARY KEY,  -- the first 16 hex digits of SHA-256 over the key's SubjectPublicKeyInfo
    institution_code text        NOT NULL REFERENCES hx.institutions (code),
    algorithm        text        NOT NULL CHECK (algorithm IN ('ecdsa-p256')),
    public_key       bytea       NOT NULL,     -- SubjectPublicKeyInfo, DER
    added_at         timestamptz NOT NULL DEFAULT now(),
    revoked_at       timestamptz
);
CREATE INDEX IF NOT EXISTS institution_keys_by_institution ON hx.institution_keys (institution_code);
