"""Schema 9: the centre's contact details and regulator line, and the address book.

Every letter and document footer shows the centre's phone, email, website and the
statement of who regulates it (SRA number, OISC registration, Law Society of Scotland,
Law Society of Ireland / LSRA); the complaints contact is named in client care letters.
The address book holds the organisations letters go to (Home Office units, CICA,
tribunals, IPO/IPAT ...), seeded per jurisdiction from assist_desktop/resources/address_book/ and then
edited by administrators and solicitors. `source` says where an address came from, so it
can be checked ([VERIFY] until someone has).
"""

SQL = """
ALTER TABLE centre ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE centre ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE centre ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE centre ADD COLUMN regulator_note TEXT NOT NULL DEFAULT '';
ALTER TABLE centre ADD COLUMN complaints_contact TEXT NOT NULL DEFAULT '';

CREATE TABLE address_book (
    id            INTEGER PRIMARY KEY,
    jurisdiction  TEXT NOT NULL CHECK (jurisdiction IN ('england-wales', 'scotland', 'ireland')),
    organisation  TEXT NOT NULL,
    department    TEXT NOT NULL DEFAULT '',
    person        TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    used_for      TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX address_book_jurisdiction ON address_book(jurisdiction, organisation);
"""
