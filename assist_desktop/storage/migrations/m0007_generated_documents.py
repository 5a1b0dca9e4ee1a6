"""Schema 7: generated documents (witness statements, letters, reports, bundles...).

Each document is stored with the template (jurisdiction/wording file) and template version it
was built with, its author, and a status: draft, or approved by a solicitor (approved_at is
set exactly when approved). The PDF bytes live in a separate table, like attachments, so a
list of documents never reads them; size and SHA-256 let a read detect a damaged blob.
A document belongs to one client's file and goes with it when the file is purged.
"""

SQL = """
CREATE TABLE generated_documents (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id         INTEGER REFERENCES matters(id) ON DELETE SET NULL,
    kind              TEXT NOT NULL CHECK (kind <> '' AND kind NOT GLOB '*[^a-z_]*'),
    title             TEXT NOT NULL CHECK (title <> ''),
    template          TEXT NOT NULL CHECK (template <> ''),
    template_version  INTEGER NOT NULL CHECK (template_version >= 1),
    jurisdiction      TEXT NOT NULL
                      CHECK (jurisdiction IN ('england-wales', 'scotland', 'ireland')),
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    privileged        INTEGER NOT NULL DEFAULT 0 CHECK (privileged IN (0, 1)),
    author_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    approved_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    approved_at       TEXT,
    size              INTEGER NOT NULL CHECK (size >= 0),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    version           INTEGER NOT NULL CHECK (version >= 1),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    CHECK ((status = 'approved') = (approved_at IS NOT NULL))
) STRICT;
CREATE INDEX generated_documents_client ON generated_documents(client_id, created_at);
CREATE INDEX generated_documents_matter ON generated_documents(matter_id);

-- The bytes apart from the metadata, so listing documents never reads them.
CREATE TABLE generated_document_blobs (
    document_id  INTEGER PRIMARY KEY REFERENCES generated_documents(id) ON DELETE CASCADE,
    data         BLOB NOT NULL
) STRICT;
"""
