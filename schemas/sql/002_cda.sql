-- CDA documents (issue #5): every received document with its original bytes, gzip-compressed, what was found
-- in it and how many catalogue rows it yielded. Written in the same transaction as the document's hx.batches
-- row and its extracted rows. Rejected documents are kept too: nothing a sender uploads is lost.
-- (institution_code, document_id) is the idempotency key: a document id seen before from the same
-- institution is a duplicate and changes nothing.
CREATE TABLE IF NOT EXISTS hx.cda_documents (
    institution_code text        NOT NULL,
    document_id      text        NOT NULL,   -- the document's own id (id/@extension), or sha256:<32 hex> of its bytes when it has none usable
    type_code        text,                   -- C0001..C0053 when recognised
    template_id      text,
    title            text,
    kind             text,                   -- wst500 | wst483-draft | c-cda | other-cda | not-cda | unreadable
    batch_id         text,                   -- the sender's hx-batch for the upload (default: the document id)
    uploaded_at      timestamptz NOT NULL,   -- the record's Kafka timestamp (CreateTime)
    upload_day       date        NOT NULL,   -- uploaded_at as a calendar day in Asia/Shanghai
    status           text        NOT NULL CHECK (status IN ('loaded', 'rejected')),
    issues           jsonb       NOT NULL DEFAULT '[]',
    sha256           text        NOT NULL,   -- of the original bytes, hex
    xml_gz           bytea       NOT NULL,   -- the original bytes, gzip
    rows_extracted   int         NOT NULL DEFAULT 0,   -- catalogue rows the document yielded (loaded only when status = 'loaded')
    stored_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_code, document_id)
);
CREATE INDEX IF NOT EXISTS cda_documents_by_document ON hx.cda_documents (document_id);
CREATE INDEX IF NOT EXISTS cda_documents_by_day ON hx.cda_documents (upload_day, institution_code);
