"""A spelling set for name search (tests/storage/test_search_spellings.py, bench_search.py).

Eight women recorded in their own scripts, the spellings a caller might give for each (Latin
transliterations, missing diacritics, one-letter typos, given and family name swapped, names
spaced differently), and unrelated names that must find none of them. All made up.
"""

RECORDED = {
    "cyrillic": ("Людмила", "Ковальчук"),
    "arabic": ("نادية", "الحسيني"),
    "greek": ("Αικατερίνη", "Παπαδοπούλου"),
    "vietnamese": ("Phạm Thị Thu", "Hằng"),
    "albanian": ("Valbonë", "Çollaku"),
    "edo": ("Osasere", "Igbinoba"),
    "geez": ("ሳባ", "ገብረመድህን"),
    "chinese": ("晓燕", "刘"),
}

SPELLINGS = [
    ("Lyudmila Kovalchuk", "cyrillic"), ("Liudmyla Kovalchuk", "cyrillic"),
    ("Kovalchuk Lyudmila", "cyrillic"), ("Lyudmila Kovalchik", "cyrillic"),
    ("Nadia Al-Husseini", "arabic"), ("Nadiya El Husseini", "arabic"),
    ("Husseini Nadia", "arabic"), ("Nadia Hussaini", "arabic"),
    ("Aikaterini Papadopoulou", "greek"), ("Ekaterini Papadopoulou", "greek"),
    ("Papadopulou Aikaterini", "greek"),
    ("Pham Thi Thu Hang", "vietnamese"), ("Thu Hang Pham", "vietnamese"),
    ("Pham Thi Thu Hanh", "vietnamese"),
    ("Valbone Collaku", "albanian"), ("Valbona Cholaku", "albanian"),
    ("Collaku Valbone", "albanian"),
    ("Osaseri Igbinoba", "edo"), ("Igbinoba Osasere", "edo"), ("Osasere Igbinobah", "edo"),
    ("Saba Gebremedhin", "geez"), ("Saba Gebre Medhin", "geez"), ("Gebremedin Saba", "geez"),
    ("Liu Xiaoyan", "chinese"), ("Xiaoyan Liu", "chinese"), ("Liu Xiao Yan", "chinese"),
    ("Liu Xiaoyen", "chinese"),
]

UNRELATED = ["Maria Gonzalez", "John Smith", "Fatima Begum", "Anna Kowalska", "Tran Van Minh",
             "Chidinma Okeke", "Ioana Popescu", "Sarah O'Connor", "Ahmed Yusuf", "Olga Petrova",
             "Mehmet Yilmaz", "Grace Mensah"]
