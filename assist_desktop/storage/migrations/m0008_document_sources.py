"""Schema 8: which notes each generated document was built from.

A document prints the text of the notes it was made from (a witness statement from chosen
notes, a chronology from the notes marked as events, a letter from chosen notes, a bundle
from its parts). When a note is purged (an erasure request, retention) its text must go from
those documents too, so the documents service records the sources of every document it
generates (a bundle inherits the sources of its parts, and the note of an attached file),
and the purge of a note purges every document built from it in the same transaction.

note_id has no ON DELETE action: deleting a note while a document built from it is still
there fails (the check runs at the end of the statement, so purging a whole client file,
which takes her notes and documents together, is not affected).

Documents made before this schema have no record of their sources. They are linked here,
conservatively, to every note of the same client if their kind can print note text
(witness statements, chronologies, letters, bundles), so a purged note never survives in
one of them; kinds that never print notes are not linked.
"""

SQL = """
CREATE TABLE generated_document_sources (
    document_id  INTEGER NOT NULL REFERENCES generated_documents(id) ON DELETE CASCADE,
    note_id      INTEGER NOT NULL REFERENCES case_notes(id),
    PRIMARY KEY (document_id, note_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX generated_document_sources_note ON generated_document_sources(note_id);

INSERT INTO generated_document_sources (document_id, note_id)
SELECT d.id, n.id
FROM generated_documents AS d JOIN case_notes AS n ON n.client_id = d.client_id
WHERE d.kind IN ('witness_statement', 'chronology', 'representations', 'further_submissions',
                 'support_letter', 'bundle');
"""
