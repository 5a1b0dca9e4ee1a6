"""Nationalities as a spreadsheet writes them: the adjective ("Eritrean") or the country
("Eritrea"), checked against this list when clients are imported. The client form takes any
text (a nationality can be disputed, stateless or unknown), so an unknown one is a warning,
never a refusal.
"""
from __future__ import annotations

import unicodedata

# (nationality, country) pairs; UN member states and observers, plus the places the centre's
# clients most often come from under other names.
_PAIRS = """Afghan:Afghanistan|Albanian:Albania|Algerian:Algeria|Andorran:Andorra|Angolan:Angola
Antiguan:Antigua and Barbuda|Argentine:Argentina|Argentinian:Argentina|Armenian:Armenia
Australian:Australia|Austrian:Austria|Azerbaijani:Azerbaijan|Bahamian:Bahamas
Bahraini:Bahrain|Bangladeshi:Bangladesh|Barbadian:Barbados|Belarusian:Belarus|Belgian:Belgium
Belizean:Belize|Beninese:Benin|Bhutanese:Bhutan|Bolivian:Bolivia|Bosnian:Bosnia and Herzegovina
Motswana:Botswana|Batswana:Botswana|Brazilian:Brazil|Bruneian:Brunei|Bulgarian:Bulgaria
Burkinabe:Burkina Faso|Burundian:Burundi|Cambodian:Cambodia|Cameroonian:Cameroon
Canadian:Canada|Cape Verdean:Cape Verde|Cabo Verdean:Cabo Verde|Central African:Central African Republic
Chadian:Chad|Chilean:Chile|Chinese:China|Colombian:Colombia|Comoran:Comoros|Congolese:Congo
Congolese:Democratic Republic of the Congo|Congolese:DRC|Costa Rican:Costa Rica
Ivorian:Cote d'Ivoire|Ivorian:Ivory Coast|Croatian:Croatia|Cuban:Cuba|Cypriot:Cyprus
Czech:Czechia|Czech:Czech Republic|Danish:Denmark|Djiboutian:Djibouti|Dominican:Dominica
Dominican:Dominican Republic|Ecuadorian:Ecuador|Egyptian:Egypt|Salvadoran:El Salvador
Equatorial Guinean:Equatorial Guinea|Eritrean:Eritrea|Estonian:Estonia|Swazi:Eswatini
Ethiopian:Ethiopia|Fijian:Fiji|Finnish:Finland|French:France|Gabonese:Gabon|Gambian:Gambia
Georgian:Georgia|German:Germany|Ghanaian:Ghana|Greek:Greece|Grenadian:Grenada
Guatemalan:Guatemala|Guinean:Guinea|Bissau-Guinean:Guinea-Bissau|Guyanese:Guyana
Haitian:Haiti|Honduran:Honduras|Hungarian:Hungary|Icelandic:Iceland|Indian:India
Indonesian:Indonesia|Iranian:Iran|Iraqi:Iraq|Irish:Ireland|Israeli:Israel|Italian:Italy
Jamaican:Jamaica|Japanese:Japan|Jordanian:Jordan|Kazakh:Kazakhstan|Kazakhstani:Kazakhstan
Kenyan:Kenya|I-Kiribati:Kiribati|Kosovan:Kosovo|Kosovar:Kosovo|Kuwaiti:Kuwait
Kyrgyz:Kyrgyzstan|Lao:Laos|Laotian:Laos|Latvian:Latvia|Lebanese:Lebanon|Basotho:Lesotho
Liberian:Liberia|Libyan:Libya|Liechtensteiner:Liechtenstein|Lithuanian:Lithuania
Luxembourgish:Luxembourg|Malagasy:Madagascar|Malawian:Malawi|Malaysian:Malaysia
Maldivian:Maldives|Malian:Mali|Maltese:Malta|Marshallese:Marshall Islands
Mauritanian:Mauritania|Mauritian:Mauritius|Mexican:Mexico|Micronesian:Micronesia
Moldovan:Moldova|Monegasque:Monaco|Mongolian:Mongolia|Montenegrin:Montenegro
Moroccan:Morocco|Mozambican:Mozambique|Burmese:Myanmar|Burmese:Burma|Namibian:Namibia
Nauruan:Nauru|Nepalese:Nepal|Nepali:Nepal|Dutch:Netherlands|New Zealander:New Zealand
Nicaraguan:Nicaragua|Nigerien:Niger|Nigerian:Nigeria|North Korean:North Korea
Macedonian:North Macedonia|Norwegian:Norway|Omani:Oman|Pakistani:Pakistan|Palauan:Palau
Palestinian:Palestine|Panamanian:Panama|Papua New Guinean:Papua New Guinea
Paraguayan:Paraguay|Peruvian:Peru|Filipino:Philippines|Filipina:Philippines|Polish:Poland
Portuguese:Portugal|Qatari:Qatar|Romanian:Romania|Russian:Russia|Rwandan:Rwanda
Kittitian:Saint Kitts and Nevis|Saint Lucian:Saint Lucia|Vincentian:Saint Vincent and the Grenadines
Samoan:Samoa|Sammarinese:San Marino|Sao Tomean:Sao Tome and Principe|Saudi:Saudi Arabia
Saudi Arabian:Saudi Arabia|Senegalese:Senegal|Serbian:Serbia|Seychellois:Seychelles
Sierra Leonean:Sierra Leone|Singaporean:Singapore|Slovak:Slovakia|Slovenian:Slovenia
Solomon Islander:Solomon Islands|Somali:Somalia|South African:South Africa
South Korean:South Korea|South Sudanese:South Sudan|Spanish:Spain|Sri Lankan:Sri Lanka
Sudanese:Sudan|Surinamese:Suriname|Swedish:Sweden|Swiss:Switzerland|Syrian:Syria
Taiwanese:Taiwan|Tajik:Tajikistan|Tanzanian:Tanzania|Thai:Thailand|Timorese:Timor-Leste
Togolese:Togo|Tongan:Tonga|Trinidadian:Trinidad and Tobago|Tunisian:Tunisia|Turkish:Turkey
Turkish:Turkiye|Turkmen:Turkmenistan|Tuvaluan:Tuvalu|Ugandan:Uganda|Ukrainian:Ukraine
Emirati:United Arab Emirates|British:United Kingdom|British:UK|English:England
Scottish:Scotland|Welsh:Wales|Northern Irish:Northern Ireland|American:United States
American:USA|Uruguayan:Uruguay|Uzbek:Uzbekistan|Ni-Vanuatu:Vanuatu|Venezuelan:Venezuela
Vietnamese:Vietnam|Vietnamese:Viet Nam|Yemeni:Yemen|Zambian:Zambia|Zimbabwean:Zimbabwe
Kurdish:Kurdistan|Sahrawi:Western Sahara|Hong Konger:Hong Kong|Tibetan:Tibet
Stateless:Stateless|Unknown:Unknown|Not known:Not known|Disputed:Disputed"""

NATIONALITIES: tuple[str, ...] = tuple(sorted({pair.split(":")[0] for line in _PAIRS.split("\n")
                                               for pair in line.split("|")}))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(text.replace("-", " ").replace("'", "").replace(".", "").split())


_KNOWN = frozenset(_fold(word) for line in _PAIRS.split("\n") for pair in line.split("|")
                   for word in pair.split(":"))


def known_nationality(text: str) -> bool:
    """Whether `text` names a nationality or a country in the list ("Eritrean", "eritrea").
    Dual nationality ("Albanian / Greek", "Albanian and Greek") is known if each part is."""
    parts = [p for p in _fold(text).replace(" and ", "/").replace(",", "/").replace(";", "/")
             .split("/") if p.strip()]
    return bool(parts) and all(p.strip() in _KNOWN for p in parts)
