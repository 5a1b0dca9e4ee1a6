"""One client's file: the header with the safety banner, and a tab per part of the record."""
