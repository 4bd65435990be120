"""Person names as news text writes them: titles, particles, suffixes, transliterations.

Used within an article (:mod:`quotegraph.speakers.resolve`, to join ``al-Jubeir`` to ``Adel
al-Jubeir``) and across articles (:mod:`quotegraph.corpus.speakers`).

>>> n = parse_person("Saudi Foreign Minister Adel al-Jubeir")
>>> (n.display, n.title, n.given, n.surname)
('Adel al-Jubeir', 'Saudi Foreign Minister', 'adel', 'yobeir')
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quotegraph.structure.article import FAMILY_FIRST, GAELIC_PREFIXES, PARTICLES

# Words that introduce a name rather than belong to it; "state" stops "Secretary of State X".
# South Asian and Afghan honorifics of clerics, elders and notables: "Mawlawi Najibullah Sadiqi",
# "Maulana Fazal Wahid Swati", "Sardar Zafarullah Jamaldini", "Mir Shoaib Lehri" (not his relative
# "Mir Asad Lehri": no given name "Mir" for both).
HONORIFICS = {"mawlawi", "maulvi", "moulvi", "maulana", "mufti", "qari", "haji", "hajji", "sardar", "mir"}
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr",
    "sen", "rep", "gov", "gen", "adm", "capt", "cpt", "sgt", "lt", "col", "maj", "cmdr", "amb",
    "hon", "honourable", "honorable", "pres", "president", "vice", "prime", "deputy", "minister", "secretary",
    "senator",
    "representative", "congressman", "congresswoman", "governor", "mayor", "chairman",
    "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "ambassador", "general",
    "admiral", "colonel", "captain", "judge", "justice", "magistrate", "chancellor", "premier", "king",
    "queen", "prince", "princess", "pope", "sheikh", "ayatollah", "candidate", "nominee",
    "leader", "director", "chief", "commissioner", "attorney", "speaker", "envoy", "former",
    "state", "foreign", "defense", "defence", "interior", "finance", "house", "senate",
    "councilor", "councillor", "coach", "lawyer", "adviser", "advisor", "aide", "official",
    "constable", "superintendent", "supt", "det", "insp", "sgt", "cllr", "const",
    "td", "mp", "mep", "msp", "mla", "akim", "councilman", "councilwoman", "councilmember",
    # a Chicago alderman ("Ald. Patrick Donnelly, 14th"), a Canadian city councillor ("Coun.")
    "ald", "alderman", "alderwoman", "alderperson", "coun",
    # a member of a US state assembly, of Israel's Knesset, of a Kenyan county assembly
    "assemblymember", "assemblyman", "assemblywoman", "mk", "mca",
    # honorifics of Gulf and Malaysian news: "H.E. Mariam Khalifa Al Suwaidi", "Datuk Seri
    # Kamarulzaman", "Tun Razak" ("Tan Sri" left out: Tan is a surname); Indonesia's degree
    # title for an engineer: "Ir. Agus Salim Pohan"
    "h.e", "datuk", "dato", "datin", "seri", "tun", "undersecretary", "under-secretary", "ir",
    # an engineer in Nigerian and Philippine news ("Engr. Paquito Abadilla"), a commissioner of
    # Indonesian police ("Sr. Comr. Bambang Adi")
    "engr", "comr",
    # Latin American degree titles: an engineer, a graduate, an architect ("Ing. Silvia Xiloj
    # Tum", "Lic. Fernando de la Rosa Mijangos")
    "ing", "lic", "licenciado", "licenciada", "arq",
    # Nigerian and Indian police ranks before a name: "CP Ibrahim Musa Garko" (a Commissioner of
    # Police), "SP", "DSP", "ACP"
    "cp", "dcp", "acp", "sp", "dsp", "asp", "csp",
    # a Fijian chief's title ("Ratu Epeli Naqasima")
    "ratu",
    # a Shia cleric's rank: "Hojatoleslam Ahmad Mousavi-Tabar"
    "hojatoleslam", "hojjatoleslam",
    # Indian honorifics: "Union Minister of State Shri Rajendra Prasad Ghoshal", "Smt. Kavita Rao";
    # the Right Honourable of Commonwealth parliaments: "Rt. Hon. Kwabena Osei Darko-Amponsah"
    "shri", "smt", "rt",
    # Nigerian and West African honorifics and a traditional ruler's title: "Alhaji Muhammadu
    # Sani", "Barr. Ngozi Eze", "Oba Adekunle Oyetola"; judges named together: "Justices R.
    # Meenakshisundaram and S. Fathima Beevi"
    "alhaji", "alhaja", "hajia", "barr", "barrister", "oba", "emir", "justices",
    # South Asian and Afghan honorifics of clerics, elders and notables (HONORIFICS)
    *HONORIFICS,
    # a French-speaking lawyer's: "Maître Anne-Sophie Delmas", "Me Carline Joseph-Bellegarde"
    "me", "maître", "maitre",
    # an envoy's full rank: "Ambassador Extraordinary and Plenipotentiary of ... Chen Wei"
    "extraordinary", "plenipotentiary",
    # a committee's senior member of the minority: "Ranking Member Miriam Osei (D-NJ)" ("member"
    # alone is none: "Member of the Duma Committee on Economic Policy Anna Voronkova")
    "ranking",
    # Ireland's head of government and deputy: "Taoiseach Donal Brennan", "Tánaiste Siobhán Carey"
    "taoiseach", "tanaiste",
}
# Who competes in one sport: "Marathoner Grace Chebet", "the climber" (not the words that are
# surnames too: "Boxer", "Archer", "Diver").
ATHLETES = {"marathoner", "climber", "golfer", "skater", "judoka", "weightlifter", "biathlete",
            "heptathlete", "decathlete", "triathlete", "canoeist", "snowboarder"}
# Occupations a sentence may open with before a name, capitalised as a title is ("Campaigner
# Tom Ellis", "Economist Ana Ruiz"): no part of the name, but (unlike TITLES) no title either
# where they stand in lower case ("local resident Nadezhda Orlova" keeps "local resident" as
# one role). None is a common given name ("Hunter", "Dean" are left out).
OCCUPATIONS = {
    "campaigner", "activist", "economist", "analyst", "professor", "historian", "author",
    "researcher", "scientist", "columnist", "journalist", "lawmaker", "legislator", "strategist",
    "pollster", "founder", "executive", "investor", "businessman", "businesswoman", "entrepreneur",
    "prosecutor", "detective", "inspector", "sergeant", "officer", "resident", "student",
    "protester", "striker", "midfielder", "defender", "goalkeeper", "winger", "skipper",
    "singer", "actor", "actress", "broadcaster", "presenter", "commentator", "bishop", "archbishop",
    "rabbi", "imam", "pastor", "cardinal", "librarian", "pharmacist", "nurse", "teacher", "lecturer",
    "engineer", "architect", "surgeon", "physician", "paramedic", "firefighter", "mechanic",
    "accountant", "consultant", "technician", "photographer", "designer", "chef", "pilot",
    "volunteer", "organiser", "organizer", "coordinator", "curator", "veterinarian", "midwife",
    "sprinter", "hurdler", "athlete", "swimmer", "shuttler", "medallist", "medalist", "olympian",
    "paralympian", "referee", "cricketer", "footballer", "rower", "gymnast", "skier", "wrestler",
    *ATHLETES,
}
# What people of music, film and letters are called: roles as much as occupations.
ARTISTS = {"singer", "actor", "actress", "drummer", "guitarist", "bassist", "keyboardist",
           "frontman", "frontwoman", "songwriter", "rapper", "filmmaker", "producer", "showrunner",
           "screenwriter", "novelist", "poet", "comedian", "composer", "pianist", "playwright"}
# Where one plays in a team, a word that may stand before a name too: "Center Marcus Lindqvist".
POSITIONS = {"forward", "midfielder", "defender", "goalkeeper", "winger", "striker", "center",
             "centre", "guard", "pitcher", "catcher", "shortstop", "outfielder", "infielder",
             "quarterback", "flanker", "playmaker", "wicketkeeper", "batter", "bowler", "seamer", "spinner",
             "opener"}
# Words that, capitalised, may stand before a name and are no part of it.
BEFORE_NAMES = TITLES | OCCUPATIONS | POSITIONS | ARTISTS
# The words a title joined by hyphens is made of: title words, and "ex" ("Vice-President",
# "Vice-chancellor", "ex-President").
HYPHENATED_TITLE_PARTS = BEFORE_NAMES | {"ex"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "kc", "qc", "sc", "bl"}   # (King's, Queen's and Senior
# Counsel, Barrister-at-Law)
# Nouns of the bodies an office is of, never a name's first word: "Official Representative
# of the Russian Foreign Ministry Yelena Kravtsova".
BODIES = {"ministry", "department", "committee", "commission", "agency", "administration", "bureau",
          "directorate", "secretariat", "embassy", "office", "council"}
# Capitalised words of the department or place an office is of, before its holder's name:
# "Minister of Energy Yevgeny Karpin", "Governor of the Murmansk Region Oleg Dyachkov".
DEPARTMENTS = {"affairs", "development", "energy", "finance", "defence", "defense", "health", "trade",
               "industry", "agriculture", "education", "justice", "interior", "labour", "labor",
               "transport", "culture", "environment", "ecology", "economy", "security",
               "communications", "tourism", "resources", "emergencies", "situations", "welfare",
               "planning", "commerce", "sport", "sports", "youth", "science", "technology",
               "fisheries", "mines", "mining", "housing", "information", "infrastructure",
               "management", "works", "services", "region", "province", "district", "oblast", "krai",
               "county", "territory", "republic", "federation", "railways", "aviation", "shipping",
               "ports", "petroleum", "textiles", "telecommunications", "coal", "steel", "cooperation",
               "border", "police", "law", "treasury"}   # ("Director General of Police Anil Kumar Baruah")
# Spelling variation between transliterations, applied in order to an ASCII-folded given name.
TRANSLITERATION = [(re.compile(p), r) for p, r in [
    (r"[^a-z]", ""), (r"ph", "f"), (r"kh", "h"), (r"ch", "h"), (r"ks", "x"), (r"gu(?=[ei])", "g"),
    (r"^(?:iou|iu|ju|you)", "yu"), (r"^ye", "e"), (r"(?<=[^aeiouy])[iy]o", "e"),
    (r"(?:iy|yy|y)$", "i"), (r"ou", "u"), (r"u", "o"), (r"ai", "ei"), (r"(.)\1+", r"\1"),
]]
_NICKNAME = re.compile(r"[\"“‘'][^\"“”‘’']+[\"”’']")   # 'Marcia "Cia" Price'
_PARTICLE_PREFIX = re.compile(r"^(?:%s)-" % "|".join(sorted(PARTICLES)))


@dataclass(frozen=True)
class PersonName:
    """A person name split into parts: ``Donald J. Trump Jr.`` -> given "donald", suffix "jr"."""

    display: str          # the name without leading titles: "Sergey Lavrov"
    title: str            # the words stripped before it: "Russian Foreign Minister"
    given: str            # transliteration key of the first full given name, or ""
    initial: str          # first letter of the first given word, or ""
    surname: str          # folded surname: the blocking key
    suffix: str


# The keys below are asked for the same words again and again (every mention against every
# name of an article): each is a pure function of its string, so it is computed once.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII: ``Łukasz Señor`` -> ``lukasz senor`` (unmappable letters dropped)."""
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return text.encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=1 << 16)
def given_name_key(given: str) -> str:
    """The spelling-independent key of a given name: ``Serguei`` -> ``sergei``."""
    key = fold(given)
    for pattern, replacement in TRANSLITERATION:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=1 << 16)
def surname_key(word: str) -> str:
    """The spelling-independent key of a surname, particle and case aside:
    ``al-Jubeir``, ``Jubair`` and ``JUBEIR`` -> ``yobeir`` (but a first "kh" or "ch" stays
    apart from "h": ``Khoa`` is no ``Hoa``, ``Chan`` no ``Han``)."""
    word = _PARTICLE_PREFIX.sub("", _word_key(word))
    key = given_name_key(word)
    return word[0] + key if word[:2] in ("kh", "ch") and key[:1] == "h" else key


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _word_key(word: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(word)).strip("-")


# Honorifics that are also the middle words of names ("Abdirahman Haji Osman", "Ahmed Sheikh
# Mohamed Noor"): a title only before the given name.
_WITHIN_NAMES = {"haji", "hajji", "sheikh", "mir", "sardar"}


@lru_cache(maxsize=1 << 16)   # one corpus refresh parses each name several times
def parse_person(name: str) -> PersonName:
    """Split a person name; the name is the trailing run of capitalised non-title words.

    >>> n = parse_person("Russian Foreign Minister Sergey Lavrov")
    >>> (n.display, n.title, n.given, n.surname)
    ('Sergey Lavrov', 'Russian Foreign Minister', 'sergei', 'lavrov')
    >>> parse_person("Unification Minister Park Seong-ho").surname   # family name first
    'park'
    """
    words = name.replace(",", " ").split()
    # (a see or seat after the name: "Archbishop Peter Ouma of Kisumu", "Lord Smith of Finsbury")
    of = len(words) - 2 if len(words) >= 4 and words[-2] == "of" else len(words) - 3 \
        if len(words) >= 5 and words[-3] == "of" else None
    if of is not None and all(w[:1].isupper() for w in words[of + 1:]) and words[of - 1][:1].isupper() \
            and _word_key(words[of - 1]) not in BEFORE_NAMES | DEPARTMENTS | BODIES \
            and _word_key(words[of - 2]) not in DEPARTMENTS | BODIES:
        words = words[:of]
    suffix_words: list[str] = []
    while len(words) > 1 and _word_key(words[-1]) in SUFFIXES:
        suffix_words.insert(0, words.pop())
    start = len(words)
    while start > 0:
        word = words[start - 1]
        key = _word_key(word)
        between = start < len(words) and (key in PARTICLES   # "de Mistura", "Staffan de Mistura"
                                          or _NICKNAME.fullmatch(word) is not None)   # 'Robert "Bob" Kerrey'
        capitalised = any(part[:1].isupper() for part in re.split(r"[-'’]", word))
        # A title word ends no name: "Larry King" is a surname, "President" is not, nor
        # "Vice-President" or "ex-President", whose parts are titles (nor are initials that
        # spell one: the "M.R." of "M.R. Sreedharan").
        title = (key.replace("-", "") in BEFORE_NAMES or "-" in key and all(
            part in HYPHENATED_TITLE_PARTS for part in key.split("-"))) and not _INITIALS.fullmatch(word) and (
            start < len(words) or len(words) == 1 or _word_key(words[start - 2]) in TITLES) and not (
            # (an honorific a name holds after a given name: "Abdirahman Haji Osman")
            key in _WITHIN_NAMES and start >= 2 and words[start - 2][:1].isupper()
            and _word_key(words[start - 2]) not in BEFORE_NAMES | DEPARTMENTS | BODIES)
        # nor does the department or place of an office before it: "Minister of Energy
        # Yevgeny Karpin", "Governor of the Murmansk Region Oleg Dyachkov", "... of the
        # Russian Foreign Ministry Yelena Kravtsova"
        office = (key in DEPARTMENTS or key in BODIES) and start < len(words) - 1
        if not key or title or office or not (capitalised or between):
            break
        start -= 1
    if start == len(words):       # nothing name-like: keep the last word so the block is stable
        start = max(0, len(words) - 1)
    parts = words[start:]
    # "Park Seong-ho", "Tsai Ing-wen": the family name first, the given name hyphenated
    family_first = len(parts) == 2 and FAMILY_FIRST.fullmatch(parts[1]) is not None and parts[0].isalpha()
    surname = parts[0] if family_first else parts[-1] if parts else ""
    # (an Irish or Scottish surname's "Mac", "Ó", "Ní" and the words after it are all the
    # surname: "Mac Giolla Rua" alone is Cathal Mac Giolla Rua, not one given "Mac")
    gaelic = next((k for k, w in enumerate(parts[:-1]) if _word_key(w) in GAELIC_PREFIXES
                   and w[:1].isupper() and not w.endswith(".")), None)
    given_words = parts[1:] if family_first else [
        w for w in parts[:-1 if gaelic is None else gaelic]
        if _word_key(w) not in PARTICLES and not _NICKNAME.fullmatch(w)]
    full = [w for w in given_words if len(_word_key(w).replace("-", "")) > 1]
    return PersonName(display=" ".join(parts + suffix_words), title=" ".join(words[:start]),
                 given=given_name_key(full[0]) if full else "",
                 initial=fold(given_words[0])[:1] if given_words else "",
                 surname=surname_key(surname) if surname else "",
                 suffix=" ".join(_word_key(w) for w in suffix_words))


