"""Names and places for the demo centre: common given and family names from the countries the
women assisted often come from, in their own scripts with the Latin spellings that appear on
Home Office and court papers. Every person built from them is fictional: names are combined at
random, phone numbers come from ranges reserved for drama and fiction (Ofcom's 07700 900xxx)
or use a 555 block, e-mail addresses are at example.org, streets and organisations are made up.

Where the bundled PDF fonts cover the script (Latin, Cyrillic, Arabic) the name is kept in
that script, with the Latin spelling as an alias; for Chinese, Thai and Ge'ez the Latin form is
the name and the native script an alias, as they usually appear on official papers.
"""
from __future__ import annotations

from dataclasses import dataclass

# A name with its Latin spelling(s): ("Олена", "Olena", "Elena") -> alternatives after the first.
Name = tuple[str, ...]


@dataclass(frozen=True)
class Origin:
    key: str
    nationality: str
    weight: int                          # how often a demo client is from here
    languages: tuple[tuple[str, str], ...]  # (language, dialect), first is her main one
    given: tuple[Name, ...]
    family: tuple[Name, ...]
    native_first: bool = True            # name in native script, Latin as alias
    male_given: tuple[Name, ...] = ()    # for traffickers and associates
    country_code: str = "44"
    nicknames: tuple[str, ...] = ()


def _n(*forms: str) -> Name:
    return tuple(forms)


def _plain(text: str) -> tuple[Name, ...]:
    return tuple((word,) for word in text.split())


ORIGINS: tuple[Origin, ...] = (
    Origin("albania", "Albanian", 14, (("Albanian", "Gheg"), ("Albanian", "Tosk")),
           _plain("Elira Besjana Ardita Klodiana Entela Dorina Xhensila Mirela Fatjona Rudina "
                  "Anisa Erjona Blerta Eglantina Jonida Kejsi"),
           _plain("Hoxha Shehu Dervishi Leka Krasniqi Gjoka Çela Bregu Marku Prifti Kola "
                  "Basha Meta Tafaj"),
           male_given=_plain("Arben Gjergj Ilir Dritan Besnik Altin Erion Klodian Fatmir"),
           country_code="355", nicknames=("Eli", "Ina", "Dori")),
    Origin("vietnam", "Vietnamese", 13, (("Vietnamese", "Northern"), ("Vietnamese", "Central")),
           (_n("Thị Hương", "Thi Huong"), _n("Thị Lan", "Thi Lan"), _n("Ngọc Ánh", "Ngoc Anh"),
            _n("Thu Trang", "Thu Trang"), _n("Thị Mai", "Thi Mai"),
            _n("Hồng Nhung", "Hong Nhung"), _n("Thị Phương", "Thi Phuong"),
            _n("Thị Thảo", "Thi Thao"), _n("Thùy Linh", "Thuy Linh"), _n("Thị Hạnh", "Thi Hanh")),
           (_n("Nguyễn", "Nguyen"), _n("Trần", "Tran"), _n("Lê", "Le"), _n("Phạm", "Pham"),
            _n("Hoàng", "Hoang"), _n("Vũ", "Vu"), _n("Đặng", "Dang"), _n("Bùi", "Bui"),
            _n("Đỗ", "Do"), _n("Hồ", "Ho")),
           male_given=(_n("Văn Hùng", "Van Hung"), _n("Đức Minh", "Duc Minh"),
                       _n("Quang Huy", "Quang Huy"), _n("Văn Tuấn", "Van Tuan")),
           country_code="84", nicknames=("Bé", "Hoa", "Mimi")),
    Origin("romania", "Romanian", 11, (("Romanian", ""),),
           _plain("Ioana Andreea Elena Mihaela Alexandra Florentina Daniela Roxana Cristina "
                  "Larisa Bianca Georgiana Ramona Denisa"),
           _plain("Popescu Ionescu Dumitru Stan Stoica Gheorghe Rusu Munteanu Matei Constantin "
                  "Șerban Lăcătuș Țurcanu Căldăraru"),
           male_given=_plain("Marius Ionuț Florin Costel Adrian Sorin Cătălin Bogdan"),
           country_code="40", nicknames=("Dana", "Roxi", "Ela")),
    Origin("nigeria-edo", "Nigerian", 7, (("Edo (Bini)", ""), ("Nigerian Pidgin", ""),
                                          ("English", "Nigerian")),
           _plain("Osasu Itohan Omosede Ivie Esohe Oghogho Adesuwa Osarugue Efe Eghosa Isoken "
                  "Osayuware"),
           _plain("Omoregie Osagie Igbinosa Aigbe Edobor Ehigiator Iyamu Uwaifo Eweka Idahosa "
                  "Ogbebor"),
           male_given=_plain("Osaro Efosa Nosa Uyi Osahon Ehis"), country_code="234",
           nicknames=("Sasu", "Ivy", "Blessing")),
    Origin("nigeria-yoruba", "Nigerian", 4, (("Yoruba", ""), ("English", "Nigerian")),
           (_n("Adébímpé", "Adebimpe"), _n("Fọláṣadé", "Folasade"), _n("Omolara"),
            _n("Títílayọ̀", "Titilayo"), _n("Yétúndé", "Yetunde"), _n("Bukola"),
            _n("Mọ́rẹ́níkẹ́", "Morenike"), _n("Oluwaseun")),
           (_n("Adébáyọ̀", "Adebayo"), _n("Ògúnlèyẹ", "Ogunleye"), _n("Ọláwálé", "Olawale"),
            _n("Akinyemi"), _n("Balógun", "Balogun"), _n("Oyèláràn", "Oyelaran")),
           male_given=_plain("Tunde Segun Kayode Femi"), country_code="234",
           nicknames=("Bimpe", "Sade", "Lara")),
    Origin("nigeria-igbo", "Nigerian", 4, (("Igbo", ""), ("English", "Nigerian")),
           _plain("Chiamaka Ngozi Adaeze Chinonso Nneka Obiageli Ifeoma Uchechi Ebere Amarachi"),
           _plain("Okafor Eze Nwosu Obi Okeke Nwachukwu Anyanwu Chukwu Ugwu Onyekachi"),
           male_given=_plain("Chukwuemeka Ikenna Obinna Nnamdi"), country_code="234",
           nicknames=("Ada", "Amara", "Chi")),
    Origin("china", "Chinese", 6, (("Mandarin", ""), ("Cantonese", ""), ("Mandarin", "Fujianese")),
           (_n("Lina", "丽娜"), _n("Xiuying", "秀英"), _n("Meiling", "美玲"),
            _n("Xiaoyan", "晓燕"), _n("Jing", "静"), _n("Fang", "芳"), _n("Tingting", "婷婷"),
            _n("Xuemei", "雪梅")),
           (_n("Wang", "王"), _n("Li", "李"), _n("Zhang", "张"), _n("Liu", "刘"),
            _n("Chen", "陈"), _n("Yang", "杨"), _n("Huang", "黄"), _n("Zhao", "赵")),
           native_first=False, male_given=(_n("Wei", "伟"), _n("Qiang", "强"), _n("Jun", "军")),
           country_code="86", nicknames=("Lily", "Mei", "Coco")),
    Origin("ukraine", "Ukrainian", 4, (("Ukrainian", ""), ("Russian", "")),
           (_n("Олена", "Olena"), _n("Оксана", "Oksana"), _n("Ірина", "Iryna", "Irina"),
            _n("Наталія", "Nataliia", "Natalia"), _n("Юлія", "Yuliia", "Julia"),
            _n("Анастасія", "Anastasiia"), _n("Тетяна", "Tetiana", "Tatiana"),
            _n("Марія", "Mariia", "Maria")),
           (_n("Шевченко", "Shevchenko"), _n("Бондаренко", "Bondarenko"),
            _n("Коваленко", "Kovalenko"), _n("Ткаченко", "Tkachenko"),
            _n("Кравченко", "Kravchenko"), _n("Мельник", "Melnyk", "Melnik"),
            _n("Поліщук", "Polishchuk")),
           male_given=(_n("Андрій", "Andrii"), _n("Сергій", "Serhii", "Sergei")),
           country_code="380", nicknames=("Lena", "Ksiusha", "Natasha")),
    Origin("moldova-russia", "Moldovan", 3, (("Russian", ""), ("Romanian", "Moldovan")),
           (_n("Екатерина", "Ekaterina", "Yekaterina"), _n("Светлана", "Svetlana"),
            _n("Анна", "Anna"), _n("Ольга", "Olga"), _n("Ксения", "Kseniya", "Xenia")),
           (_n("Иванова", "Ivanova"), _n("Смирнова", "Smirnova"), _n("Кузнецова", "Kuznetsova"),
            _n("Попова", "Popova"), _n("Морозова", "Morozova"), _n("Чебан", "Ceban", "Cheban")),
           male_given=(_n("Дмитрий", "Dmitrii", "Dmitry"), _n("Виктор", "Viktor")),
           country_code="373", nicknames=("Katya", "Sveta", "Olya")),
    Origin("eritrea", "Eritrean", 6, (("Tigrinya", ""), ("Arabic", "Sudanese")),
           (_n("Saba", "ሳባ"), _n("Helen", "ሄለን"), _n("Freweini", "ፍረወይኒ"), _n("Elsa", "ኤልሳ"),
            _n("Selam", "ሰላም"), _n("Ruta", "ሩታ"), _n("Tirhas", "ትርሓስ"),
            _n("Letebrhan", "ለተብርሃን")),
           (_n("Tesfay", "ተስፋይ"), _n("Gebrehiwet", "ገብረሂወት"), _n("Kidane", "ኪዳነ"),
            _n("Haile", "ሃይለ"), _n("Berhane", "ብርሃነ"), _n("Yohannes", "ዮውሃንስ"),
            _n("Mehari", "መሓሪ")),
           native_first=False, male_given=_plain("Filmon Yonas Dawit Semere"),
           country_code="291", nicknames=("Sabi", "Lete")),
    Origin("sudan", "Sudanese", 4, (("Arabic", "Sudanese"),),
           (_n("فاطمة", "Fatima", "Fatma"), _n("مريم", "Mariam", "Maryam"),
            _n("عائشة", "Aisha", "Aysha"), _n("زينب", "Zainab", "Zeinab"), _n("هبة", "Heba"),
            _n("أمل", "Amal"), _n("سارة", "Sara")),
           (_n("محمد", "Mohamed", "Muhammad"), _n("أحمد", "Ahmed"), _n("عثمان", "Osman"),
            _n("إبراهيم", "Ibrahim"), _n("عبد الله", "Abdalla", "Abdullah"), _n("حسن", "Hassan")),
           male_given=(_n("عمر", "Omar"), _n("خالد", "Khalid")), country_code="249",
           nicknames=("Fifi", "Mimi")),
    Origin("iraq-kurdish", "Iraqi", 3, (("Kurdish", "Sorani"), ("Arabic", "Iraqi")),
           (_n("ژیان", "Zhiyan", "Jiyan"), _n("شیلان", "Shilan"), _n("ڤیان", "Vian"),
            _n("نەسرین", "Nasrin"), _n("ئاواز", "Awaz")),
           (_n("ئەحمەد", "Ahmad"), _n("عەلی", "Ali"), _n("کەریم", "Karim"),
            _n("مەحمود", "Mahmoud", "Mahmood")),
           male_given=(_n("ئارام", "Aram"), _n("ڕێبوار", "Rebwar")), country_code="964"),
    Origin("afghanistan", "Afghan", 2, (("Dari", ""), ("Pashto", "")),
           (_n("شکریه", "Shukria"), _n("ملالی", "Malalai"), _n("فرشته", "Fereshta"),
            _n("زهرا", "Zahra", "Zohra"), _n("مریم", "Maryam")),
           (_n("احمدی", "Ahmadi"), _n("حیدری", "Haidari", "Heidari"), _n("رحیمی", "Rahimi"),
            _n("محمدی", "Mohammadi")),
           male_given=(_n("نجیب", "Najib"),), country_code="93"),
    Origin("brazil", "Brazilian", 4, (("Portuguese", "Brazilian"),),
           _plain("Júlia Letícia Camila Gabriela Fernanda Thaís Luana Jéssica Ana Raíssa"),
           _plain("Silva Santos Oliveira Souza Pereira Conceição Araújo Gonçalves Ribeiro "
                  "Nascimento"),
           male_given=_plain("Rodrigo Thiago Leandro"), country_code="55",
           nicknames=("Ju", "Lulu", "Gabi")),
    Origin("thailand", "Thai", 3, (("Thai", ""), ("Thai", "Isan")),
           (_n("Siriporn", "ศิริพร"), _n("Nattaya", "ณัฐยา"), _n("Kanya", "กัญญา"),
            _n("Malee", "มาลี"), _n("Pornthip", "พรทิพย์"), _n("Sunisa", "สุนิสา"),
            _n("Ratana", "รัตนา"), _n("Wanida", "วนิดา")),
           (_n("Saetang", "แซ่ตั้ง"), _n("Srisuk", "ศรีสุข"), _n("Chaiyaporn", "ชัยพร"),
            _n("Boonmee", "บุญมี"), _n("Wongsawat", "วงศ์สวัสดิ์"), _n("Kaewmanee", "แก้วมณี")),
           native_first=False, male_given=_plain("Somchai Anan"), country_code="66",
           nicknames=("Noi", "Ploy", "Fon", "Nok")),
    Origin("hungary", "Hungarian", 2, (("Hungarian", ""), ("Romani", "")),
           _plain("Krisztina Anikó Erzsébet Tímea Brigitta Zsófia"),
           _plain("Kovács Horváth Lakatos Balogh Oláh Farkas"),
           male_given=_plain("Zoltán Gábor László"), country_code="36"),
    Origin("bulgaria", "Bulgarian", 2, (("Bulgarian", ""),),
           (_n("Десислава", "Desislava"), _n("Радостина", "Radostina"), _n("Цветелина", "Tsvetelina"),
            _n("Мария", "Maria")),
           (_n("Димитрова", "Dimitrova"), _n("Георгиева", "Georgieva"), _n("Петрова", "Petrova"),
            _n("Асенова", "Asenova")),
           male_given=(_n("Стефан", "Stefan"), _n("Иван", "Ivan")), country_code="359"),
    Origin("philippines", "Filipino", 2, (("Tagalog", ""), ("English", "")),
           _plain("Maricel Rowena Jocelyn Liza Analyn Marites"),
           (_n("Santos"), _n("Reyes"), _n("Cruz"), _n("Bautista"), _n("Dela Cruz"),
            _n("Villanueva")),
           male_given=_plain("Rommel Jun"), country_code="63"),
)

UK_MEN = _plain("Wayne Darren Lee Craig Stuart Gary Jason Dean")
UK_SURNAMES = _plain("Whitlock Marsh Bradley Finch Holloway Cartwright Denton Rowe")
TRAFFICKER_NICKNAMES = ("Boss", "Uncle", "Mama", "Madam", "the Driver", "Big Brother",
                        "Auntie", "Captain", "the Landlord", "Sponsor")
INTERPRETER_SURNAMES = _plain("Haddad Petrov Nguyen Kaya Mensah Morales Yilmaz Novak")
INTERPRETER_GIVEN = _plain("Layla Irina Minh Selin Abena Lucia Hana Daria Amira Tomasz")

CITIES = {
    "england-wales": ("Leeds", "Birmingham", "Manchester", "Bristol", "London", "Cardiff",
                      "Sheffield", "Newcastle upon Tyne"),
    "scotland": ("Glasgow", "Edinburgh", "Dundee", "Aberdeen"),
    "ireland": ("Dublin", "Cork", "Limerick", "Galway"),
}
STREETS = ("Larch Row", "Cobalt Street", "Mill Wynd", "Heron Close", "Tannery Lane",
           "Quarry Hill Road", "Alder Court", "Foundry Walk", "Kestrel Avenue", "Saltmarket Way",
           "Orchard Terrace", "Weaver's Yard")
FOREIGN_PLACES = ("a village near Benin City", "Hanoi", "Nghệ An province", "Tirana",
                  "Elbasan", "Constanța", "Craiova", "Asmara", "Khartoum", "Fuzhou",
                  "Udon Thani", "Goiânia", "Odesa", "Chișinău", "Lagos", "Enugu", "Sulaymaniyah")
WORK_PLACES = ("a nail bar", "a massage parlour", "a private flat", "a car wash", "a cannabis "
               "grow house", "a hand car wash", "a takeaway", "a rented house", "a hotel")

ORGANISATIONS = {
    "accommodation": ("Harbour Women's Refuge", "Safe Haven Housing Trust", "Northgate "
                      "Women's House"),
    "psychological": ("Compass Counselling Service", "Mosaic Trauma Clinic", "Willow "
                      "Therapy Centre"),
    "medical": ("Riverside GP Practice", "St Bride's Sexual Health Clinic", "Canal Street "
                "Maternity Unit"),
    "training_education": ("Northbridge College ESOL", "Open Door Learning", "Steps to Work "
                           "Academy"),
    "employment": ("Bright Futures Employability", "Second Chance Jobs Club"),
    "material": ("Eastside Food Bank", "Baby Basics Bank", "Warm Coats Project"),
    "childcare": ("Little Acorns Nursery", "Sunflower Family Centre"),
    "peer_support": ("Lantern Peer Network", "Survivors Together Circle"),
    "legal": ("Citywide Immigration Advice", "Bridge Legal Clinic"),
}
FIRST_RESPONDERS = ("City Council (First Responder)", "Police (Modern Slavery Unit)",
                    "Anti-Slavery Charity (First Responder)", "Home Office Immigration "
                    "Enforcement", "Women's Aid outreach team")
PEER_MENTORS = ("Amina K.", "Blessing O.", "Daria P.", "Hoa T.", "Lucia M.", "Selam G.",
                "Fatjona L.", "Grace A.")
SCHOOLS = ("Northgate Primary School", "Oakfield Academy", "St Columba's Primary",
           "Little Acorns Nursery", "Riverside Infant School")
EXPERTS = ("Dr Helen Marsh (consultant psychiatrist)", "Dr Kwame Asante (GP, medico-legal)",
           "Prof. Irina Volkova (country expert)", "Dr Sarah Okoye (clinical psychologist)")
POLICE = ("DC Sarah Whitfield", "DS Mark Ellison", "DC Priya Natarajan", "Garda Niamh Byrne",
          "DC Callum Reid")
EMPLOYERS = ("Sparkle Nails Ltd", "Diamond Hand Car Wash", "Golden Lotus Massage",
             "Star Cleaning Services Ltd", "Lucky Garden Takeaway")
