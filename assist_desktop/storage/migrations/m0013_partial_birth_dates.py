"""Schema 13: a client's date of birth may be known only in part.

`date_of_birth` keeps a representative day (1 January, or the 1st of the month) so sorting,
search and conflict checks still work on a date; `date_of_birth_precision` says how much of it
is known: the whole date, the month and year, the year only, or an approximate year. Rows
stored before this schema had whole dates.
"""

SQL = """
ALTER TABLE clients ADD COLUMN date_of_birth_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (date_of_birth_precision IN ('day', 'month', 'year', 'about'));
"""
