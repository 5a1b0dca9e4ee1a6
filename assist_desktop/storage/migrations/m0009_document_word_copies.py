"""Schema 9: an editable Word (.docx) copy of a witness statement or letter.

Made from the same input as the PDF when the document is generated, and stored with it
(encrypted like everything in the database), so "Save as Word…" gives exactly the content of
that document, not of the file as it is now. Purging the document purges its copy (ON DELETE
CASCADE). Documents made before this schema, and other kinds, have none.
"""

SQL = """
CREATE TABLE generated_document_word (
    document_id  INTEGER PRIMARY KEY REFERENCES generated_documents(id) ON DELETE CASCADE,
    data         BLOB NOT NULL
) STRICT;
"""
