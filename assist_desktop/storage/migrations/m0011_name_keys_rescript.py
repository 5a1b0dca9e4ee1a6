"""Schema 11: re-index the names whose folded form changed (no table changes).

Name matching (domain.name_matching.fold) now writes each Han character and Hangul syllable
as a word of its own (刘晓燕 -> "liu xiao yan", so "Liu Xiaoyan" and "Xiaoyan Liu" find her),
reads the Arabic article joined to a name as a word of its own (الحسيني -> "al hsyny", as in
"Al Husseini") and the final ة as "a" (نادية -> "ndya", as in "Nadia"). The index rows of
names written in those scripts are queued here; storage/search_index.py recomputes them
before the next search or check, in the same way as for any edited name.
"""

SQL = """
INSERT OR IGNORE INTO search_queue (kind, record_id)
SELECT kind, rowid / 8 FROM search_names
WHERE kind BETWEEN 0 AND 3
  AND (name GLOB '*[㐀-䶿]*' OR name GLOB '*[一-鿿]*' OR name GLOB '*[가-힯]*'
       OR name GLOB '*[؀-ۿ]*');
"""
