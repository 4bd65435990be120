"""A sieve that resolves source mentions to speakers, in the order news text introduces them.

No coreference model is available offline, so the resolver applies, per source mention, the
first rule that fits, and records which (:data:`RESOLUTIONS`):

1. ``inherited``: a cue-less quote takes its antecedent attribution's speaker;
2. ``name`` / ``alias``: a person name is one speaker per person of the article
   (:class:`_People`): ``Russian Foreign Minister Sergey Lavrov``, ``Lavrov``, ``Mr. Lavrov``,
   ``LAVROV`` (``alias``: a shorter or other form joined to the fullest one); surnames are
   compared without particles and case (``Adel al-Jubeir`` / ``Al-Jubeir``), a lone given or
   family-first name joins the one full name it begins (``Wang Yi`` / ``Wang``), the last
   words of a longer name join it (``Suu Kyi``), and the words before a name, title words
   the tagger left outside it included, are its one role, never part of it (``Syrian
   President Bashar al-Assad``, ``State Councilor Yang Jiechi``). A surname alone is a
   person the text named before it; used before the full name (``President Obama`` ...
   ``Barack Obama``) it joins that name once its mentions agree on the gender (not ``the
   first lady, Michelle Obama``); a full name the tagger did not tag joins its surname
   (``Mehmet Oz`` at the start, ``Oz`` after; ``Barack Obama`` only in the name of a day);
   initials are the organisation the text names in full with them (``the S.E.C.``); two
   roles joined by "and" before one name are one person's (``State Councilor and Foreign
   Minister Wang Yi``); a name cut at its particle is one (``quotegraph.nlp``).
   Names joined by "and" at the top of a source are a group (``France and Germany``; a name
   and a plural noun: ``Greenpeace and its supporters``), and so are the named examples of
   a plural description (``Critics, like Senators Grassley and Leahy,``); a name inside a
   document or message (``a lesson from Loretta Lynch``, ``a report
   by the World Bank``, ``according to state news agency SANA``, ``a speech Mrs. Clinton
   delivered``, ``her account``; ``the statement`` after ``the Council issued a statement``;
   ``they`` for ``his returns`` just before) or a body named by a person (``the Clinton
   campaign``) gives the producer or the body, not the person;
3. ``pronoun``: a relative pronoun is the noun its clause is about (``victims' families,
   many of whom say``); ``I``/``we`` inside another attribution's content is that
   attribution's speaker; ``he``/``she`` is the one person of that gender (from titles,
   gendered nouns and given names: ``data/genders.json``) that a main clause of its
   paragraph has as subject since the last attribution, else the person a role description
   names as the subject of the sentence before (``the president appeared cowed. ..., he
   ...``), else the one person of that gender its own sentence names before it, else the
   last speaker if that is one unnamed person of a fitting role in this paragraph or the one
   before (``A Kurdish official ... . "...," he said.``), else the last person speaker nearby
   whose gender fits, else the person of the nearest sentence
   before it that names one of that gender (its subject first), else the one person of that
   gender named before (names inside a quote or report never count);
   ``they``/``we`` the most recent group or organisation (within two paragraphs; else
   "they" is the plural subject of the sentence before: ``McConnell aides acknowledged ...
   . But they emphasized ...``), ``it`` the most recent organisation (within two
   paragraphs); ``each``/``both`` the subject of the clause theirs hangs from (``Trump and
   Clinton vied ..., each saying ...``); ``someone``, ``some``, ``many``... are unnamed;
4. ``description``: a definite role description (``the minister``, ``the Spanish coach``,
   ``the state councilor``) refers to the person whose role has its head word or a word for
   the same role (``the congressman`` / ``Rep.``) named last before it (a headline's, the
   first the body names); a definite one no role fits, to the named subject nearest before
   it (its sentence or the two before: ``But Trump claims ... . The Republican nominee
   insists ...``) if the gender fits and the text gives that person no other role (never the
   lawyer for "the judge"); an organisation description (``the campaign``) to the
   organisation whose name ends in it; else it stays an unnamed speaker with the description
   (never the last person named, whose role may not fit), as does any common noun that
   names no one (``one of the doctors``);
5. ``headline``: a headline's surname, role or document (``Poll: ...``) resolved by the
   body; a lede's role description no one fits yet is the first person speaker of the next
   two paragraphs if gender and roles allow (``..., the country's foreign minister said. //
   Mohammad Javad Zarif told ...``; resolution ``description``);
6. organisations (``the Kremlin``; without the year of an edition: ``the 2014 American
   Community Survey``), groups with the body or place that says who they are
   (``Republicans on the House Ethics Committee``) and anonymous sources (``a source``,
   ``officials``) are speakers of their own kind (resolution ``name``).

>>> from quotegraph import extract
>>> result = extract("Talks stall\\nForeign Minister Sergey Lavrov spoke. He said the talks stalled.")
>>> [(a.speaker, a.source.text, a.resolution) for a in result.attributions]
[('Sergey Lavrov', 'He', 'pronoun')]
"""
from __future__ import annotations

import bisect
import calendar
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Callable, Collection, Mapping, Optional, Sequence

import numpy
import pycountry
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from quotegraph.attributions import Candidate, CandidateIndex, seen_by
from quotegraph.attributions.constructions import INTERVIEW_MARKS, STORMS
from quotegraph.attributions.registry import COLON
from quotegraph.attributions.sources import REPORTING
from quotegraph.model import Speaker, TextSpan
from quotegraph.nlp import DASHES, QUOTE_MARKS, entities, entity_at, relative_antecedent
from quotegraph.speakers.names import (ARTISTS, ATHLETES, BEFORE_NAMES, DEPARTMENTS, HONORIFICS,
                                       HYPHENATED_TITLE_PARTS,
                                       OCCUPATIONS, POSITIONS, SUFFIXES, TITLES, PersonName, fold,
                                       given_name_key, parse_person, surname_key)
from quotegraph.structure.article import GAELIC_PREFIXES, PARTICLES

RESOLUTIONS = ("name", "alias", "pronoun", "description", "inherited", "headline")
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_GROUP_PRONOUNS = {"they", "we", "them", "us", "their"}
_FIRST_PERSON = {"i", "me", "we", "us"}
_DISTRIBUTIVE = {"each", "both"}   # "Trump and Clinton vied ..., each touting ..."
_INDEFINITE_PRONOUNS = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody",
                        "some", "many", "others", "several", "few", "all"}
_GROUP_PREPOSITIONS = {"in", "on", "at", "from", "of"}   # "Republicans on the committee"
# ... and the one an unnamed speaker speaks for: "a spokesman for the tribunal" (so that the
# spokesman of another body is another speaker)
_UNNAMED_PREPOSITIONS = _GROUP_PREPOSITIONS | {"for", "with"}
# The parts of speech of a source head that names no one ("a tacit acknowledgment").
_NO_NOUN = {"ADJ", "ADV", "ADP", "AUX", "VERB", "SCONJ", "CCONJ", "PART", "PUNCT", "NUM", "SYM",
            "DET"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")   # a word of a name: no digits
# Titles of address and honorifics, part of no role ("Cabinet Secretary Hon. Miriam Langat").
_ADDRESS = {"mr", "mrs", "ms", "miss", "mx", "hon", "honourable", "honorable", "shri", "smt", "alhaji", "alhaja",
            "hajia", "barr"} | HONORIFICS
# The words that join a given name to a father's in Arabic and Malay names: "Turki bin Mansour".
_PATRONYMIC = {"bin", "binti", "bint", "ibn"}
# Titles of address and of degree, before a name whatever the office.
# (the honours among them, no role: "Datuk Seri" of "Datuk Seri Rosli Ahmad")
_HONOURS = {"sir", "dame", "lord", "lady", "h.e", "rt", "datuk", "dato", "datin", "seri", "tun", "ratu"}
_COURTESY = _ADDRESS | _HONOURS | {"dr", "prof", "rev", "fr", "engr", "ir"}
# Military ranks written short, which no name ends with.
_SHORT_RANKS = {"gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm"}
_UNROLED = _ADDRESS | _HONOURS | {"eng", "engr"}   # (words before a name that are part of no role: "Eng." an
# engineer's title of address in Gulf news)
# Titles and gendered nouns that say who the name beside them is; never pronouns, which may
# be someone else's ("his wife Michelle Obama", "welcomed her, Obama said").
_MALE = {"mr", "spokesman", "congressman", "chairman", "businessman", "king", "prince", "sir",
         "lord", "father", "son", "husband", "brother", "widower", "uncle", "nephew",
         "grandfather", "alhaji", *HONORIFICS}
_FEMALE = {"mrs", "ms", "miss", "spokeswoman", "congresswoman", "chairwoman", "businesswoman",
           "queen", "princess", "dame", "lady", "mother", "daughter", "wife", "sister", "widow",
           "aunt", "niece", "grandmother", "actress", "alhaja", "hajia", "hajiya"}
_OFFICES = {"spokesman", "spokeswoman", "congressman", "congresswoman", "chairman", "chairwoman",
            "businessman", "businesswoman"}   # gendered nouns of an office, not of the person
_GENDERED = (_MALE | _FEMALE) - _ADDRESS - {"sir", "dame", "lord"}   # "the first lady", "the widow"
_ANONYMOUS = {"source", "official", "aide", "person", "people", "insider", "analyst", "expert",
              "observer", "diplomat", "officer", "staffer", "adviser", "advisor", "someone",
              "witness", "resident", "critic", "scholar"}
# Anonymous sources that name no role a named person could be given ("Official says ...").
_NO_ROLE = {"source", "official", "person", "people", "insider", "someone", "witness", "resident"}
_INDEFINITE = {"a", "an", "some", "several", "many", "few", "two", "three", "other", "another",
               "one", "most", "more", "numerous", "all", "both", "each"}
# Scientists' and clinicians' occupations, which name one person as a role does: "the
# oceanographer said" after "Tomás Oyarzún, an oceanographer at ...".
SCIENTISTS = {
    "biologist", "ecologist", "oceanographer", "botanist", "zoologist", "geologist", "hydrologist",
    "climatologist", "glaciologist", "seismologist", "volcanologist", "meteorologist", "entomologist",
    "ornithologist", "primatologist", "epidemiologist", "virologist", "immunologist", "neurologist",
    "neuroscientist", "pharmacologist", "toxicologist", "oncologist", "cardiologist", "psychiatrist",
    "psychologist", "pathologist", "geneticist", "microbiologist", "paediatrician", "pediatrician",
    "sociologist", "anthropologist", "archaeologist", "astronomer", "astrophysicist", "mathematician",
    "statistician", "demographer", "agronomist", "conservationist", "modeller", "modeler"}
# Roles one holds by another's office: "his predecessor".
_RELATIONAL = {"predecessor", "successor"}
# Head nouns of definite descriptions that refer to a person already named in the article.
PERSON_ROLES = {
    "minister", "diplomat", "president", "spokesman", "spokeswoman", "spokesperson", "senator", "akim",
    "councilman", "councilwoman", "councilmember", "member",
    "candidate", "nominee", "governor", "secretary", "chairman", "chairwoman", "chair",
    "leader", "director", "ambassador", "premier", "chancellor", "chief", "head", "commissioner",
    "lawmaker", "parliamentarian", "congressman", "congresswoman", "mayor", "judge", "official", "prosecutor",
    "attorney", "general", "mogul", "businessman", "billionaire", "author", "professor",
    "economist", "analyst", "adviser", "advisor", "aide", "manager", "representative", "envoy",
    "democrat", "republican", "woman", "man", "veteran", "ceo", "founder", "host", "star",
    "king", "queen", "prince", "pope", "coach", "councilor", "councillor", "lawyer", "doctor",
    "physician", "player", "captain", "striker", "scientist", "researcher", "historian",
    "writer", "journalist", "reporter", "columnist", "activist", "officer", "commander",
    "negotiator", "chairperson", "executive", "justice", "sheriff", "detective", "inspector",
    "strategist", "pollster", "surrogate", "operative", "campaigner", "dean", "emir", "sheikh",
    "monarch", "speaker", "whip", "delegate", "deputy", "vice", "boss", "owner", "investor",
    *_RELATIONAL,
    "forward", "midfielder", "defender", "goalkeeper", "winger", "banker", "chemist", "engineer",
    "nurse", "teacher", "farmer", "biologist", "physicist", "politician", "superintendent",
    "constable", "sergeant", "magistrate", "colonel", "lieutenant", "brigadier", "advocate",
    "counsel", "solicitor", "barrister", "cop", "bowler", "seamer", "spinner", "batter", "batsman",
    "skipper", "wicketkeeper", "rider", "cyclist", "sprinter", "jockey", "postman", "independent",
    "expert", "undersecretary", "coroner", "schoolteacher", "headteacher", "admiral", "commodore",
    "marshal", "mp", "td", "mla", "msp", "mpp", "mep", "mk", "mca", "assemblymember", "assemblyman",
    "assemblywoman", "backbencher", "frontbencher", "consul",
    "teenager", "youngster", "rookie", "newcomer", "debutant", "pitcher", "catcher", "shortstop",
    "outfielder", "infielder", "quarterback", "flanker", "playmaker", "registrar", "treasurer",
    "comptroller", "ombudsman", "ombudswoman", "ombudsperson", "mediator", "elder", "gaffer", "silk",
    "kaumatua", "kaumātua", "kuia",   # (Māori elders, by the word with and without its macron)
    "jurist", "oba", "sprinter", "hurdler", "athlete", "prefect", "unionist", "defendant", "accused",
    "administrator", "specialist", "peer", "taoiseach", "tánaiste", "tanaiste", "legislator", "cleric",
    "convenor", "steward", "arbitrator", "opener", "shipowner", "tycoon", "magnate",
    "swimmer", "shuttler", "medallist", "medalist", "olympian", "paralympian", "referee", "cricketer",
    "footballer", "rower", "gymnast", "skier", "wrestler", "consultant", "accountant", "technician",
    "pharmacist", "surgeon", "paramedic", "firefighter", "midwife", "architect", "librarian",
    "curator", "lecturer", "presenter", "commentator", "photographer", "chef", "pilot", "mechanic",
    "veterinarian", "bishop", "rabbi", "imam", "pastor", "rapporteur", "agent", "investigator",
    "challenger", "hokim", "archbishop", "cardinal", "prelate", "priest",
    *ATHLETES, *SCIENTISTS, *ARTISTS,
}
# What one person is to another who reports their words ("her client", "her husband"), the
# other's role naming them ("Andrei Shubin's lawyer", "Kazlauskas's wife").
_RELATIONS = {"client", "husband", "wife", "brother", "sister", "son", "daughter", "father", "mother"}
# The words of one who speaks for a client, and the ranks of senior counsel after a name ("SAN").
_COUNSEL = {"lawyer", "attorney", "counsel", "solicitor", "advocate", "barrister"}
_SILKS = {"san", "qc", "kc"}
# Titles that say one is a lawyer: "Barrister Ngozi Eze", "Maître Anne-Sophie Delmas".
_LAWYERS_ADDRESSED = {"barrister", "me", "maître", "maitre"}
# The words of such a role after the name of the one it is to: "Kazlauskas's wife".
_KIN_AND_COUNSEL = "|".join(sorted(_RELATIONS - {"client"} | _COUNSEL | {"widow"}))
# Words of a trade union's name, and the offices the leader of a union (or of a body named by
# its initials) may hold.
_UNION_WORDS = {"union", "unions", "workers", "mineworkers", "employees", "syndicate"}
_UNION_HEADS = {"secretary", "president", "chairman", "chairwoman", "chairperson", "chair", "convenor", "leader"}
# Verbs of putting a question to one, whose subject in the passive is who answers.
_QUESTIONED = {"ask", "question", "press"}
# Verbs of a question asked, the cue of the question itself ("One journalist asked: ...").
_ASKING = {"ask", "question", "quiz"}
# Words for the staff of a prosecuting, investigating or judging office, and the words of such
# offices' names: "prosecutors" are the "People's Procuratorate of Lanzhou City" where the text
# names only that one.
_OFFICE_STAFF = {"prosecutors", "investigators", "judges"}
_OFFICE_GROUPS = {"prosecutors": "prosecuting", "prosecution": "prosecuting", "investigators": "investigating",
                  "judges": "judging", "panel": "judging", "bench": "judging", "chamber": "judging",
                  "bishops": "episcopal"}
# What investigators may be said to investigate: "Rail investigators", "air accident
# investigators" (not "Federal investigators", of any federal office).
_INVESTIGATED = {"rail", "railway", "air", "aviation", "accident", "crash", "safety", "marine", "maritime",
                 "transport"}
# The words a court's panel may be described with: "The three-judge panel", "The court's Fourth
# Chamber" (a chamber only so: "the chamber" alone may be a legislature's).
_PANEL_WORDS = {"court", "'s", "’s", "judge", "member", "-"}
_OFFICE_NAME_WORDS = {"prosecuting": {"prosecutor", "prosecutors", "procuratorate", "prosecution"},
                      # (and an accident investigator: "National Aviation Safety Board", "Bureau of
                      # Civil Aviation Safety Inquiries", "National Transport Accident Committee")
                      "investigating": {"investigative", "investigation", "investigations", "safety",
                                        "accident", "accidents", "incident", "casualty", "inquiries"},
                      # ("The judges" are the one court the text names: "the Federal Constitutional
                      # Court ... . The judges said")
                      "judging": {"court", "tribunal"},
                      # ("Kenya's Catholic bishops" are the one bishops' conference the text names:
                      # the "Kenya Episcopal Council")
                      "episcopal": {"episcopal", "bishop"}}
# The name of an anti-corruption office that prosecutes, whatever its words for prosecuting:
# Romania's "National Anticorruption Directorate", Albania's "Special Anti-Corruption
# Structure" (not a bureau of detectives).
_PROSECUTING_OFFICE = re.compile(r"\bAnti-?[Cc]orruption (?:Directorate|Structure|Office)\b")
# An attorney general's office, which prosecutes, as Venezuela's does, found in the text
# whatever the recogniser typed it.
_ATTORNEY_GENERALS_OFFICE = re.compile(r"\bAttorney General['’]s Office\b")
# Roles one takes on beside an office, which a description may give whoever holds it: "Qatar's
# chief mediator" is "Qatar's minister of state at the Ministry of Foreign Affairs".
_TASKS = {"mediator", "negotiator", "facilitator"}
# Nouns for a body that oversees others, and the last words of the names such bodies have.
_REGULATORS = {"regulator", "watchdog"}
_REGULATOR_BODIES = ({"commission", "authority", "regulator", "ombudsman"}, {"agency", "board", "bureau"})
# The name of a central bank, which a report on rates calls "the regulator": "Bank of Russia",
# "Central Bank of Uzbekistan", "the Reserve Bank of India".
_CENTRAL_BANK = re.compile(r"\b(?:Central|National|Reserve|People['’]s) Bank\b|^Bank of [A-Z]|\bFederal Reserve\b")
# A central bank's name inside another body's: "The Board of the Central Bank".
_OF_BANK = re.compile(r"\bof (?:the )?(?:Central|National|Reserve|People['’]s) Bank\b")


def _central_bank_name(name: str, persons: Collection[str]) -> str:
    """A central bank's ``name`` without a possessive, the open bracket of its initials or a
    person's name in ``persons`` run on after it."""
    name = re.sub(r"\s*\([A-Z]*$|['’]s$", "", name)
    person = next((p for p in persons if name.endswith(" " + p)), None)
    return name[:-len(person) - 1] if person else name


# Documents that carry a study's findings: with no producer named, its author's.
_STUDIES = {"study", "paper", "analysis", "research", "findings"}
# What follows the name of one who led a study: "Sofia Lindqvist at Stockholm University, who led
# the work", "Lauren Cole, a pediatric neurologist at ..., and the study's lead author".
_LED_STUDY = re.compile(r"[^.\n\"“”]{0,60}?,? who led the (?:study|work|research|analysis|team|project)\b"
                        r"|[^.\n\"“”]{0,160}?\bthe (?:study|paper|research|trial)['’]s "
                        r"(?:lead|first|senior) author\b")
# What comes before the name of one who led a study: "The research, led by Dr Helen Marsh-Okafor".
_LED_BY = re.compile(r"\b(?:study|research|work|analysis|team|project|paper|trial)\b[^.\n\"“”]{0,60}?"
                     r"\bled by\s+(?:[A-Z][\w.]*\s+){0,3}$")
# The words of an attorney's title that make them a prosecutor: "Assistant District Attorney",
# "Deputy Maricopa County Attorney" (not "his attorney"); "U.S.", which a role's words split at
# its stops, :func:`_officer_words` reads apart.
_PROSECUTING = {"district", "county", "state", "state's", "commonwealth", "commonwealth's", "prosecuting", "crown"}
# Verbs of reporting what others said or did: a body their subject does not act itself.
_REPORTING = {"report", "say", "tell", "write", "announce", "reveal", "quote", "cite", "publish"}
# What comes before the title and name of a visitor: "talks with visiting Cambodian Deputy Prime
# Minister and Minister of Foreign Affairs Sok Vannarith".
_VISITING = re.compile(r"\bvisiting\s[^,.;:\"“”]*$")
_ON_A_VISIT = re.compile(r",? who (?:is|was) on an? [\w\s-]{0,30}\bvisit\b")
# Nouns for the visitor at talks: "the guest said", "The Polish guest".
_GUESTS = {"guest", "visitor"}
# The sides of a trial, as a report names them for their lawyer ("the Crown told court"), with
# the words a lawyer's role for that side has; and the words of a lawyer's role.
_SIDES = {"crown": {"crown"}, "prosecution": {"prosecutor", "prosecuting", "prosecution"},
          "defence": {"defence", "defense"}, "defense": {"defence", "defense"}}
_LAWYERS = {"prosecutor", "attorney", "counsel", "lawyer", "barrister", "solicitor", "advocate"}
# Words for a member of a legislature.
_LEGISLATORS = {"mp", "td", "mla", "msp", "mpp", "mep", "mk", "mca", "assemblymember", "assemblyman",
                "assemblywoman", "lawmaker", "legislator", "backbencher", "senator",
                "congressman", "congresswoman", "representative", "parliamentarian"}
# Legislatures whose offices and committees are lawmakers'.
# Words for a member of a council.
_COUNCILLORS = {"councilor", "councillor", "councilman", "councilwoman", "councilmember", "alderman",
               "alderwoman", "alderperson"}
_LEGISLATURES = {"duma", "parliament", "rada", "knesset", "bundestag", "senate", "mazhilis", "majlis", "sejm",
                 "seimas", "saeima", "riigikogu", "riksdag", "storting", "stortinget", "folketing",
                 "folketinget", "althingi", "eduskunta", "diet", "sabha", "oireachtas", "dail", "senedd"}
# Last words of an office's title that are no one's surname: "Clark County Registrar" (typed a
# person) is no name.
_OFFICE_ENDS = _LEGISLATORS | {"registrar", "treasurer", "comptroller", "sheriff", "coroner", "commissioner"}
# What a report calls one running for office, or a rich one, after quoting them: '"...," the
# Democratic vice presidential nominee told NPR' after Sen. Amelia Castellanos's words.
_CONTENDERS = {"nominee", "candidate", "challenger", "incumbent", "hopeful", "contender", "billionaire",
               "mogul", "tycoon", "businessman", "businesswoman", "magnate", "shipowner"}
# A company officer's initials and the words of the title they stand for.
_OFFICERS = {"ceo": {"chief", "executive"}, "cfo": {"chief", "financial"}, "coo": {"chief", "operating"},
             "cto": {"chief", "technology"}}
# Abbreviated titles, and roles a description may name by another word.
_ROLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
               "sec": "secretary", "pres": "president", "amb": "ambassador", "dr": "doctor",
               "prof": "professor", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
               "del": "delegate", "cllr": "councillor", "coun": "councillor", "ald": "alderman",
               "det": "detective", "sgt": "sergeant", "insp": "inspector", "supt": "superintendent",
               "const": "constable"}
# The nouns of one who speaks for a body, named or not.
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
_SAME_ROLE = [{"congressman", "congresswoman", "representative", "lawmaker", "legislator", "assemblymember",
               "assemblyman", "assemblywoman"},
              {"mp", "backbencher", "lawmaker", "legislator", "td", "mla", "msp", "mpp", "mk", "mca",
               "parliamentarian", "mep"},
              {"senator", "lawmaker", "legislator"}, {"candidate", "nominee"},
              {"chairman", "chairwoman", "chair", "chairperson"},
              _SPOKESPEOPLE, {"doctor", "physician"},
              _COUNCILLORS,
              {"adviser", "advisor"}, {"boss", "manager", "coach", "gaffer"},
              {"diplomat", "foreign"},   # "the top diplomat" is the Foreign Minister
              {"captain", "skipper"}, {"ambassador", "envoy"}, {"lawyer", "attorney", "counsel", "advocate"},
              {"premier", "prime"},   # ("the Belarusian premier" is the "Prime Minister of Belarus")
              {"ombudsman", "ombudswoman", "ombudsperson"}, {"defendant", "accused"}, {"expert", "specialist"},
              {"cleric", "hojatoleslam", "hojjatoleslam", "ayatollah"},   # (Shia clerics' ranks)
              {"governor", "akim"}]   # (a Kazakh region's governor: "Karaganda Region Akim")
# The words of DEPARTMENTS that say a minister's portfolio (not where: "region", "oblast"; nor
# words any portfolio may hold: "affairs", "development").
_PORTFOLIOS = DEPARTMENTS - {"affairs", "development", "resources", "services", "management", "cooperation",
                             "information", "planning", "works", "situations", "region", "province",
                             "district", "oblast", "krai", "county", "territory", "republic", "federation",
                             "border", "police"} | {"foreign"}   # ("the foreign minister")
# Words of one portfolio: "mining" of "Minister of Energy and Mines".
_SAME_PORTFOLIO = {"mining": "mines", "minerals": "mines", "mineral": "mines", "defense": "defence",
                   "labor": "labour", "sports": "sport", "fishery": "fisheries", "economic": "economy",
                   "meteorological": "weather", "treasury": "finance"}


def _portfolio_words(words: Collection[str]) -> set[str]:
    """``words``, each of a portfolio by the one word :data:`_SAME_PORTFOLIO` gives it."""
    return {_SAME_PORTFOLIO.get(w, w) for w in words}


def _portfolios(words: Collection[str]) -> set[str]:
    """The portfolios ``words`` name (:data:`_PORTFOLIOS`), each by one of its words."""
    return _portfolio_words(words) & _PORTFOLIOS


# Heads of a description that say only that one leads what its other words name: "the trade
# chief", "the health boss".
_HEADS = {"chief", "head", "boss"}
# Titles of one sent to a place, which "to" and the place follow: "Ambassador to Belarus".
_ENVOYS = {"ambassador", "amb", "envoy", "representative", "consul", "emissary"}
# Titles of one who serves another, capitalised before "to" in a title: "Assistant to the
# President of Azerbaijan and Head of ... Farid Aliyarov".
_SERVING = {"assistant", "adviser", "advisor", "aide", "counsellor", "counselor"}
# The roles of "the head of state" and "the head of government" (or a role that says so:
# "Moroccan head of government Karim Alaoui").
_HEAD_OF = {"state": {"president", "king", "queen", "monarch", "emir", "sultan"},
            "government": {"premier", "prime", "chancellor", "taoiseach"},
            # ("the head of Russian diplomacy", "the head of the Belarusian diplomatic service":
            # the foreign minister)
            "diplomacy": {"foreign"},
            # ("the head of the Ministry of Energy and Mines": its minister, by the body's words)
            "ministry": {"minister"}}
# Words of a role in justice that is no judge's: "Justice Minister", "Justice Department spokesman".
_OF_JUSTICE = {"minister", "ministry", "department", "secretary", "commissioner", "spokesman",
               "spokeswoman", "spokesperson", "official"}
# Broader words a description may use for a role: "the Russian leader" may be the president,
# but "the president" is not the party's leader; "the Russian diplomat" may be the ambassador
# or the permanent representative; "the Green Party politician" may be the lawmaker or the
# party's leader; "the Hungarian official" a state secretary, "the official" the head of a
# directorate; "the IMD chief" the director general, "the BOK chief" the governor; "the
# expert" a research director.
_BROADER_ROLE = {"leader": {"president"},
                 # (a lawyer by what the courts call one: "the senior counsel" is "Senior advocate
                 # G. Venkatachalapathy", "the silk" a Senior Advocate of Nigeria; a judge by a
                 # writer's word, "the jurist"; a traditional ruler, "the monarch")
                 "counsel": _COUNSEL - {"counsel"} | _SILKS,
                 "silk": {"advocate", "counsel", "barrister"} | _SILKS,
                 "jurist": {"judge", "justice"},
                 # ("Judge Ramiro Flores Choque ... . In a written order, the magistrate said"; a
                 # "Justice" too, not the justice minister)
                 "magistrate": {"judge"},
                 # (the judge or lawmaker a case or a bill is given to: "Justice Antônio Carlos
                 # Ferreira Campos ... . '...,' the rapporteur wrote")
                 "rapporteur": {"justice", "judge", "deputy", "senator", "lawmaker", "legislator"},
                 "monarch": {"king", "queen", "oba", "emir", "sultan", "obi", "ooni"},
                 # (a churchman by a writer's word: "Archbishop Peter Ouma ... . '...,' the prelate
                 # said"; a cleric of any faith)
                 "prelate": {"bishop", "archbishop", "cardinal"},
                 "cleric": {"bishop", "archbishop", "cardinal", "priest", "imam", "sheikh", "rabbi", "pastor"},
                 "diplomat": {"ambassador", "envoy", "representative", "consul"},
                 "frontbencher": {"minister", "secretary", "chancellor", *_SPOKESPEOPLE, "whip"},
                 "aide": {*_SPOKESPEOPLE, "adviser", "advisor", "assistant"},
                 "politician": {"lawmaker", "legislator", "senator", "congressman", "congresswoman",
                                "mp", "minister", "mayor", "governor", "councillor", "councilor",
                                "leader"},
                 "official": {"secretary", "minister", "representative", "ambassador", "envoy",
                              "commissioner", *_SPOKESPEOPLE, "head", "director"},
                 "chief": {"director", "head", "executive", "general", "commissioner", "governor", "president",
                           "chairman", "chairwoman", "administrator", "ceo", "commander"},
                 "head": {"director", "director-general", "chief", "executive", "chairman", "chairwoman",
                          "president", "commissioner", "governor", "administrator", "ceo", "officer"},
                 "executive": {"president", "chairman", "chairwoman", "director", "founder", "manager"},
                 # (a company's chief in a business headline: "Harbourline boss: ..." of "Harbourline
                 # chief executive Fiona Gallagher")
                 "boss": {"executive", "ceo"},
                 "expert": {"analyst", "director", "researcher", "scientist", "professor", "economist",
                            "fellow"},
                 "scientist": {"researcher", "professor", "author", *SCIENTISTS},
                 "researcher": {"scientist", "professor", "author", *SCIENTISTS},
                 "analyst": {"researcher", "research", "fellow", "scholar", "economist", "strategist"},
                 "academic": {"professor", "lecturer", "researcher", "scholar", "fellow"},
                 # (a police or army officer by rank: "Det Insp Graham Tolley ... . '...,' the officer
                 # said", "Colonel Sidiki Dembélé")
                 "officer": {"detective", "inspector", "sergeant", "constable", "superintendent", "trooper",
                             "colonel", "lieutenant"},
                 # (a headline's "Top cop" of "Provincial Police Commander Chief Superintendent ...")
                 "cop": {"officer", "detective", "inspector", "sergeant", "constable", "superintendent",
                         "commander", "commissioner"}}
# Roles a writer's phrase stands for: "the traditional leader" is "Senior Chief Mwapeshi", "the
# central banker" the "Bank of Zambia Governor" or the "Chairman of the National Bank" (not "the
# banker", who may run a bank), "the finance chief" the finance minister.
_PHRASED_ROLES = [({"traditional", "leader"}, _BROADER_ROLE["monarch"] | {"chief", "headman"}),
                  ({"traditional", "ruler"}, _BROADER_ROLE["monarch"] | {"chief", "headman"}),
                  ({"central", "banker"}, {"governor", "chairman", "chairwoman"}),
                  ({"finance", "chief"}, {"minister", "secretary"})]   # ("Finance Chief Says")
# Roles of those who run for office or make money, whom a contender's word may describe.
_RUNNING = _BROADER_ROLE["politician"] | _LEGISLATORS | {
    "president", "vice", "secretary", "chancellor", "premier", "founder", "executive", "ceo", "chief", "officer",
    "chairman", "chairwoman", "owner", "investor", "democrat", "republican", "independent"}
# A team's roles, none of which says a player is not another: "the Basque midfielder" may be
# "Captain Iker Zubeldia".
_PLAYING = {"player", "captain", "skipper", "batsman"} | POSITIONS
# How many sentences back the subject of a description is looked for, those of quotes included
# (three that are not, at most).
QUOTE_SENTENCES = 8
# Words that describe a person by age or experience, whatever their role: "the veteran joked"
# after "Captain Dani Prats, 35,".
_DESCRIPTORS = {"veteran", "teenager", "youngster", "rookie", "newcomer", "debutant"}
# Roles one judge or lawmaker of several is given for one case or bill.
_ASSIGNED = {"rapporteur"}
# Professions one is trained in, which a description may give one who holds an office ("The
# Portuguese engineer" after the company's chief executive quoted).
_TRAINED = {"engineer", "economist", "geologist", "agronomist", "architect"}
# Documents a body issues about itself ("a filing", "a statement"), which are that body's where
# its sentence is about it.
_OWN_DOCUMENTS = {"filing", "statement", "release"}
# Nouns for what carries a statement rather than who makes it: the speaker is its producer.
DOCUMENTS = {"report", "memo", "poll", "study", "survey", "analysis", "data", "statement",
             "letter", "complaint", "book", "account", "filing", "release", "paper", "review",
             "audit", "document", "documents", "investigation", "research", "findings", "figures",
             "estimate", "estimates", "projection", "forecast", "assessment", "ruling", "lawsuit",
             "suit", "indictment", "order", "decision", "proposal", "plan", "website", "post",
             "tweet", "video", "email", "emails", "footage", "record", "records", "transcript",
             "speech", "remarks", "testimony", "interview", "article", "column", "editorial",
             "message", "lesson", "warning", "advice", "returns", "results", "statistics", "list",
             "tally", "database", "register", "opinion", "draft", "submission", "notice",
             "communique", "communiqué", "guidance", "bulletin", "declaration", "note", "memorandum",
             "readout", "circular", "notification", "resolution"}
# Documents someone writes: "X wrote to Y ... . The letter said".
_WRITTEN = {"letter", "email", "memo", "note", "message"}
# Head nouns of bodies and groups, never of a person's name.
_BODY_NOUNS = {"coalition", "committee", "council", "party", "union", "association", "group",
               "agency", "department", "ministry", "bank", "institute", "center", "centre",
               "foundation", "network", "company", "court", "office", "caucus", "panel", "branch",
               "chapter", "division", "wing", "federation", "body",
               "commission", "board", "service", "administration", "government", "police",
               "campaign", "organization", "organisation", "alliance", "league", "society",
               "observatory", "firm", "startup", "app", "platform", "retailer", "airline",
               "broadcaster", "insurer", "lender", "carmaker", "automaker",
               "chipmaker", "manufacturer", "embassy", "consulate", "club", "force", "label", "studio",
               "junta", "fund", "journal", "museum", "gallery", "confederation"}
# Nouns of a body's part that speaks for itself: "The MPU's women's wing said" is not the MPU.
_PARTS_OF_BODIES = {"wing", "league", "assembly", "caucus", "branch", "chapter"}
# Words that open a broadcaster's name: "Rádio Moçambique", "Radio Free Asia".
_BROADCASTS = {"radio", "television"}
# Nouns for a news medium, whose subject may report what others said.
_MEDIA_NOUNS = {"network", "broadcaster", "agency", "service", "newspaper", "paper", "channel", "station",
                "outlet", "magazine", "wire", "website", "site", "daily", "tabloid", "journal"}
# The last words of bodies' names that are no one's surname (unlike "Court" or "Bank").
_NO_SURNAMES = {"forum", "committee", "council", "commission", "ministry", "agency", "coalition",
                "association", "foundation", "institute", "federation", "movement", "authority"}
_BODIES = {"campaign", "team", "administration", "government", "office", "camp", "staff",
           "family", "party", "foundation", "company", "firm"}
# Nouns that name a person by what they are to others or where they stand, besides roles: a
# name set off by one ("His counterpart, Nadia Ferenczi,"), an unnamed speaker "he" or "she"
# may take up ("One survivor ... told DW ... . '...,' he said").
_PERSON_NOUNS = PERSON_ROLES | {
    "counterpart", "colleague", "wife", "husband", "daughter", "son", "mother", "father",
    "sister", "brother", "friend", "partner", "survivor", "victim", "passenger", "refugee",
    "migrant", "worker", "employee", "protester", "student", "parent", "neighbour", "neighbor",
    "voter", "driver", "patient", "soldier", "fighter", "resident", "witness", "vendor",
    "shopkeeper", "pensioner", "nun", "priest", "pilgrim", "widow", "widower", "homemaker",
    "housewife", "farmer", "fisherman", "trader", "commuter", "tenant", "returnee", "evacuee",
    "fellow"}   # (a think tank's: "Ritu Agarwal, senior fellow at the ...,")
# A word set off after a comma at the end of a sentence, as one calls a person: ", Administrator."
_VOCATIVE = re.compile(r",\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)[.!?]")
_AGED = re.compile(r"(\d+)-year-old\b")   # "34-year-old": the age
_INITIAL = re.compile(r"[A-Z]\.")
# The body a role is of: "president of the Unmanned Aircraft Trade Council".
_ROLE_BODY = re.compile(r"\b(?:of|for|at) (?:the )?([A-Z][\w'’.-]*(?: (?:of |for |and )?[A-Z][\w'’.-]*)*)")
# A US lawmaker's party and state after the name: ", R-La.", " (D-N.Y.)" (AP's abbreviations
# of the states, or the postal codes).
_PARTY_STATE = re.compile(r",? \(?([RDI])-([A-Z][A-Za-z.]*(?: ?[A-Z][a-z]*\.)?)")
_PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
# A US state named after a lawmaker's name: "Senator Marcus Halvorsen of Montana".
_OF_STATE = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# A lawmaker's party after the name, with its standing: "Rep. Kim Da-eun of the ruling New
# Future Party".
_OF_PARTY = re.compile(r" of the ((?:(?:ruling|governing|main opposition|opposition) )?(?:[A-Z][\w'’-]+ ){1,4}Party)\b")
# Words of parties, which spaCy types as peoples but which say no nationality: "the Social
# Democrat" may be "German Defense Minister Jens Hollerbach".
_PARTY_WORDS = {"democrat", "democrats", "democratic", "republican", "republicans", "labour", "labor",
                "conservative", "conservatives", "tory", "tories", "liberal", "liberals", "social",
                "socialist", "socialists", "green", "greens", "christian", "libertarian"}
# Other words for one party: "GOP senator" is "Sen. Carla Whitmore, R-Ariz.".
_PARTY_SAME = {"gop": "republican", "tory": "conservative", "tories": "conservative", "democratic": "democrat",
               "labor": "labour"}
_STATES = {abbreviation: name for name, abbreviations in {
    "Alabama": "ala al", "Alaska": "alaska ak", "Arizona": "ariz az", "Arkansas": "ark ar",
    "California": "calif ca", "Colorado": "colo co", "Connecticut": "conn ct", "Delaware": "del de",
    "Florida": "fla fl", "Georgia": "ga", "Hawaii": "hawaii hi", "Idaho": "idaho id",
    "Illinois": "ill il", "Indiana": "ind in", "Iowa": "iowa ia", "Kansas": "kan ks", "Kentucky": "ky",
    "Louisiana": "la", "Maine": "maine me", "Maryland": "md", "Massachusetts": "mass ma",
    "Michigan": "mich mi", "Minnesota": "minn mn", "Mississippi": "miss ms", "Missouri": "mo",
    "Montana": "mont mt", "Nebraska": "neb ne", "Nevada": "nev nv", "New Hampshire": "nh",
    "New Jersey": "nj", "New Mexico": "nm", "New York": "ny", "North Carolina": "nc",
    "North Dakota": "nd", "Ohio": "ohio oh", "Oklahoma": "okla ok", "Oregon": "ore or",
    "Pennsylvania": "pa", "Rhode Island": "ri", "South Carolina": "sc", "South Dakota": "sd",
    "Tennessee": "tenn tn", "Texas": "texas tx", "Utah": "utah ut", "Vermont": "vt",
    "Virginia": "va", "Washington": "wash wa", "West Virginia": "wva wv", "Wisconsin": "wis wi",
    "Wyoming": "wyo wy"}.items()
    for abbreviation in (*abbreviations.split(), name.replace(" ", "").lower())}   # ("R-Texas")
# A US state's name in a text ("South Carolina", not the "Carolina" of it).
_STATE_NAMES = re.compile(r"\b(?:%s)\b" % "|".join(sorted(set(_STATES.values()), key=len, reverse=True)))


def _states_in(texts: Collection[str]) -> set[str]:
    """The US states ``texts`` name (a description's, or a person's roles)."""
    return {state for text in texts for state in _STATE_NAMES.findall(text)}


# The peoples whose word does not begin as their country's does, with that country's words
# (and the word itself): "Dutch" of "the Netherlands", "Swiss" of "Switzerland".
_COUNTRY_OF = {people: (people, *countries.split()) for people, countries in {
    "dutch": "netherlands holland", "french": "france", "spanish": "spain", "swiss": "switzerland",
    "irish": "ireland", "danish": "denmark", "finnish": "finland", "polish": "poland",
    "british": "britain uk", "filipino": "philippines", "welsh": "wales", "emirati": "uae emirates",
    "lao": "laos", "laotian": "laos", "malagasy": "madagascar", "monegasque": "monaco",
    "burmese": "myanmar burma", "dane": "denmark danish", "turk": "turkey turkish türkiye",
    "swede": "sweden swedish", "finn": "finland finnish", "pole": "poland polish",
    "briton": "britain british uk", "scot": "scotland scottish", "spaniard": "spain spanish",
    "croat": "croatia croatian", "frenchman": "france french", "frenchwoman": "france french",
    "dutchman": "netherlands holland dutch", "dutchwoman": "netherlands holland dutch",
    "englishman": "england english", "irishman": "ireland irish", "welshman": "wales welsh",
    "aussie": "australia australian"}.items()}
# The names of the world's countries (ISO 3166: short, common and official), folded: a name the
# recogniser typed a person may be one ("Vanuatu", "Solomon Islands", "Papua New Guinea").
_WORLD = frozenset(fold(name) for country in pycountry.countries
                   for name in (country.name, getattr(country, "common_name", None),
                                getattr(country, "official_name", None)) if name and "," not in name)
# Words of countries' names that tell no country apart ("New", "United", "Islands").
_COUNTRY_WORDS = {"new", "united", "states", "kingdom", "republic", "islands", "island", "and", "of",
                  "the", "south", "north", "east", "west", "central", "democratic", "federal",
                  "arab", "emirates", "saint", "people's", "peoples", "federation", "plurinational"}
# What a people's word adds to its country's name: "Omani", "Iranian", "Chinese", "Kenyan".
_PEOPLES_ENDINGS = {"i", "ian", "n", "an", "ese", "ish"}
# Nouns for one person of a people: "the Frenchman", "the Dutchwoman", "the Spaniard".
_DEMONYMS = {f"{people}{one}" for people in ("french", "dutch", "english", "irish", "scots", "welsh",
                                             "cornish", "manx") for one in ("man", "woman")} | {
    "spaniard", "dane", "turk", "swede", "finn", "pole", "briton", "scot", "croat", "aussie"}
_SET_OFF_AGE = re.compile(r"\b([^\W\d_][\w'’-]*), \d{1,3},")   # the name in "Varga, 23,"
_BARE_INITIALS = re.compile(r"[A-Z]{1,2}")   # "B Dayananda", "HD Kumaraswamy"
_ACRONYM = re.compile(r"[A-Z]{2,4}")   # a role abbreviated: "the PM", "the SP"
# and written otherwise: "the LoP", the Leader of (the) Opposition (its last words, no function word)
_SHORT_ROLES = {"LoP": ["leader", "opposition"]}
_FUNCTION_WORDS = {"of", "for", "the", "and", "to", "in", "on"}
_AGE = re.compile(r"(?i)the " + _AGED.pattern)   # "the 54-year-old": a description
# An age given right after a name: "Thanh, 87,", "Thanh dies at 87", "Thanh, ..., died on
# Saturday. He was 87."
_GIVEN_AGE = re.compile(r",\s*(\d{1,3})\s*[,.;]|\s+(?:dies|died) at (\d{1,3})\b"
                        r"|[^.]*\.\s+(?:He|She) was (\d{1,3})\.")
# A description that says its person goes unnamed: "the woman, who cannot be named for legal
# reasons,", "an official who asked not to be identified".
_WITHHELD = re.compile(r"\b(?:cannot|can't|could not|may not|asked not to|declined to|did not want to"
                       r"|refused to) be (?:named|identified)\b")
# What says an anonymous source stays so: "speaking on condition of anonymity", "who was not
# authorised to speak publicly", and what :data:`_WITHHELD` reads.
_KEPT_ANONYMOUS = re.compile(r"\banonymity\b|\bnot authori[sz]ed\b|\bon background\b|" + _WITHHELD.pattern)
# Verbs of going to live or coming from somewhere: the one word after their "to" or "from" is
# a place ("moved to Hobart", "emigrated from Cork"), whatever type the recogniser gave it.
_MOVING = {"move", "relocate", "emigrate", "immigrate", "return", "flee", "migrate", "retire"}
_ANY_BODY = {"group", "organisation", "organization", "body"}   # nouns that fit any body
# Words of where a body stands, no words of its name: an opening's "Malawi's main opposition
# party" is the "United People's Movement" the body names, "top court" the "Court of Justice".
# A party's standing, as the text may write it before the party's name ("the ruling New Future
# Party", "the main opposition Democratic Party"), one word for words of the same standing.
_PARTY_STANDING = {"ruling", "governing", "opposition"}
_RULING = {"governing": "ruling"}
_STANDING = {"main", "largest", "biggest", "leading", "opposition", "ruling", "governing", "top"}
# Nouns of the names of bodies that a report may call "the group" ("the nonpartisan group" for
# the "Committee for a Balanced Federal Budget"): none of a government, a court or a company.
_GROUPS = {"committee", "coalition", "council", "association", "alliance", "network", "foundation",
           "institute", "center", "centre", "society", "campaign", "group", "union", "forum", "trust",
           "project", "fund", "federation", "league", "organization", "organisation", "watch", "board"}
_STREETS = {"road", "street", "avenue", "boulevard", "terrace", "crescent", "drive", "lane", "grove",
            "gardens", "square", "parade", "row", "court", "mews"}   # (the last word of an address)
# Nouns of a place that holds others: a name set off from one is a place ("in Ba Tri district,
# Ben Tre,").
_PLACE_NOUNS = {"district", "province", "region", "county", "city", "town", "village", "state",
                "prefecture", "municipality", "commune", "ward", "island", "oblast", "governorate"}
_FORMER = {"former", "retired", "ex", "onetime", "erstwhile"}
# Words that make a surname one of a family, not one person the surname alone names: "the
# younger Whitford", "the youngest Adeyemi".
_RANKED = {"younger", "elder", "older", "youngest", "eldest", "oldest"}
_ELDER = {"elder", "older", "eldest", "oldest"}
_PARENTS = {"father", "mother", "grandfather", "grandmother"}
_CHILDREN = {"son", "daughter", "grandson", "granddaughter"}
# Words that make an office another one: "the deputy governor" is not the governor.
_SECOND = {"deputy", "vice", "assistant", "associate", "junior", "acting"}
_DOUBLE_QUOTES = {'"', "“", "”", "«", "»", "„", "``", "''"}
_TITLE_WORDS = TITLES | PERSON_ROLES   # words of a title or an office, before a name or alone
# The nouns an unnamed speaker's "he" or "she" may take up: one person, named by a role or what
# they are ("a senior official", "one survivor", "one midwife"), not "people" nor "someone".
_ONE_PERSON = (_PERSON_NOUNS | _ANONYMOUS | OCCUPATIONS) - {"people", "someone"}
# Companies' forms written after the name: "Inc", "Plc", "A/S".
_COMPANY_FORMS = {"inc", "corp", "ltd", "llc", "plc", "co", "ag", "gmbh", "nv", "bv", "limited", "incorporated",
                  "berhad", "bhd", "tbk", "oyj", "asa", "hf", "uab", "ab", "spa", "sa", "kk", "a/s", "as", "se",
                  "pte", "pty", "oy", "sas", "srl"}
# Words that end a company's name, never a person's: "Hanjin Chemical", "Acme Holdings".
_COMPANY_WORDS = _COMPANY_FORMS | {
    "holdings", "airlines", "chemical", "chemicals", "motors", "industries", "electronics", "pharmaceuticals",
    "foods", "technologies", "logistics", "petroleum", "telecom", "airways", "securities", "water", "energy",
    "minerals", "mining", "metals", "steel", "power", "healthcare", "rail", "railway", "railways", "shipping",
    "systems", "software", "labs", "insurance", "resources", "homes", "motor", "therapeutics", "biosciences",
    "biotech", "pharma", "infotech", "infosystems", "semiconductor", "semiconductors", "corporation",
    # (shipping lines and drugmakers: "Aegeus Tankers", "Orsund Line", "Kestrel Generics")
    "tankers", "line", "lines", "marine", "maritime", "terminals", "carriers", "generics", "biologics"}
# Companies' forms written in capitals: in other letters, words of names ("Alhousseini Ag
# Mohamed", a Tuareg name, is no "Siemens AG").
_CAPITAL_FORMS = {"ag", "nv", "bv", "ab", "kk", "hf", "sa", "se", "as", "oy"}
# Companies' forms written before the name, in capitals: Indonesia's "PT", Russia's "PJSC".
_COMPANY_FORMS_FIRST = {"PT", "PJSC", "JSC", "OJSC", "CJSC", "OOO", "AO", "PAO"}
_NOT_NAMES = _TITLE_WORDS | _BODY_NOUNS | _BODIES | _COMPANY_WORDS | {
    "academy", "university", "college", "school", "hospital", "museum", "fund", "trust",
    "times", "post", "news", "radio", "television"}
_ELIDED = re.compile(r"^[dl]['’](?=[A-Z])")   # a particle run into the name it is of
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
RECENT_PARAGRAPHS = 2
DOCUMENT_SENTENCES = 3   # how far back "the statement" looks for who issued one
SIGNATURE_PARAGRAPHS = 6   # a letter's paragraphs before the name that signs it
# A given name has a gender when this many pronoun and title votes, and this share of them,
# say so in news text (Hillary: 649 of 832 "she"/"Mrs.", the "he" votes are for Trump nearby).
GENDER_VOTES = 3
GENDER_SHARE = 0.75
# How many body paragraphs, from the lede, a role a headline gives may be resolved in.
HEADLINE_SPEAKER_PARAGRAPHS = 4
_DEFER = ("defer", "")   # a role description to resolve once every name is known


@dataclass
class _Entity:
    kind: str
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: list[TextSpan] = field(default_factory=list)


@dataclass
class _Person:
    """One person of the article: every form of their name, and what tells their gender."""

    forms: list[tuple[bool, PersonName]] = field(default_factory=list)   # (in a heading, name)
    gender: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[TextSpan] = field(default_factory=list)
    count: int = 0

    @property
    def name(self) -> str:
        """The fullest form, from the body where it gives more than a surname (headlines
        are in title case: ``Black Lawmakers Rip Donald Trump``); the article's own case
        where it wrote the name in capitals once (``PENCE:``)."""
        def fullest(forms):
            return max(forms, key=lambda n: (len(n.display.split()), not n.display.isupper()),
                       default=None)
        body = fullest([n for heading, n in self.forms if not heading])
        if body is not None and len(body.display.split()) > 1:
            return body.display
        return fullest([n for _, n in self.forms]).display

    @property
    def given(self) -> str:
        return next((n.given for _, n in self.forms if n.given), "")

    def add_role(self, role: Optional[str]) -> None:
        """Keep ``role`` among the person's roles, once (nothing for no role)."""
        if role and role not in self.roles:
            self.roles.append(role)

    @property
    def likely_gender(self) -> set[str]:
        """The gender, or for a person named by one word only, that word's as a given name
        (``a former schoolteacher named Oksana``; "Warren" alone stays a surname elsewhere)."""
        if self.gender or self.given:
            return self.gender
        return _given_gender(given_name_key(self.forms[0][1].surname)) if self.forms else set()

    @property
    def role_words(self) -> set[str]:
        """The words of the person's roles, folded and split at hyphens, abbreviations
        written out (``Sen.`` -> ``senator``). (:meth:`_Resolver._by_role` keeps hyphenated
        words whole instead: "the president" is no "vice-president".)"""
        return self._role_words(self.roles)

    @property
    def current_role_words(self) -> set[str]:
        """The words of the roles the person holds now (not "a former central banker")."""
        return self._role_words([role for role in self.roles if not _FORMER & set(_words(role))])

    @staticmethod
    def _role_words(roles: Sequence[str]) -> set[str]:
        return _officer_words({_role_word(w) for role in roles for w in _served_out(_words(role))})


class _People:
    """The persons of an article, from its PERSON entities: body first, then headings."""

    def __init__(self, docs: Sequence[Doc], offsets: Sequence[int], text: str,
                 headings: frozenset[int], acronyms: Mapping[str, set[str]], outlet: Optional[str] = None):
        self.persons: list[_Person] = []
        self.by_surname: dict[str, list[int]] = {}
        self.by_given: dict[str, list[int]] = {}
        self.by_middle: dict[str, list[int]] = {}
        self.positions: list[tuple[int, int]] = []   # (start, person), in text order
        # surname key -> the mentions of a surname alone that no person named so far has
        # (:meth:`_surname_mentions`), for one whose full name only the resolver finds
        self.unclaimed: dict[str, list[TextSpan]] = {}
        order = [i for i in range(len(docs)) if i not in headings] + sorted(headings)
        # Names the article gives a body noun ("the startup Lumora"), an organisation's
        # initials ("JCS" of "the Joint Chiefs of Staff") or the first word of an
        # organisation's name no person has ("Halvorsen" of "Halvorsen Foods Inc") are no
        # person anywhere: name -> the body's name.
        short = _short_names(docs)
        surnames = set(_SET_OFF_AGE.findall(text)) | _written_alone(docs)
        # (and the agency of the dateline, typed a person: "BelTA learned from the press service")
        self.bodies: dict[str, str] = {outlet: outlet} if outlet else {}
        for e in (e for doc in docs for e in doc.ents if len(e) > 1 and fold(e[0].text) in _COMPANY_NOUNS):
            self.bodies[e[1:].text] = e[1:].text   # ("Carmaker Rheinwerk", then "Rheinwerk said")
        for e in (e for doc in docs for e in doc.ents if e.label_ in ("PERSON", "ORG")):
            if e.label_ == "ORG":   # (a body's short name in its brackets: "Minem")
                if e.text in acronyms and not _ACRONYM.fullmatch(e.text):
                    self.bodies[e.text] = e.text
            elif _named_body(e) or e.text in acronyms:
                self.bodies[e.text] = e.text
                if len(e) > 1 and _named_body(e):   # (and its first word: "Kessler said" after
                    self.bodies.setdefault(e[0].text, e.text)   # "supplier Kessler Antriebstechnik")
            elif e.text in short:
                self.bodies[e.text] = short[e.text]
        found = []
        alone = {t.text for doc in docs for t in doc if _subject_alone(t)}
        # (a people's word the recogniser typed a person before a noun, as it typed it a people's
        # elsewhere: "Tajik" of "in Tajik border deal" and "His Tajik counterpart")
        peoples = {t.text for doc in docs for t in doc if t.ent_type_ == "NORP"}
        for index in order:
            pairs = _proper_pairs(docs[index])
            named = [e for e in _persons(docs[index].ents, self.bodies, surnames) if len(e) > 1
                     or e.text not in peoples or e.root.dep_ not in ("amod", "compound", "nmod", "conj")] \
                + _untyped_names(docs[index], pairs)
            for ent in named + _before_surnames(docs[index], pairs, alone, named):
                name = _name_of(ent)
                if name is not None:
                    found.append((index, ent, name))
        found += _full_names(docs, order, headings, found)
        roled: list[tuple[int, int, Optional[str]]] = []   # (start, person, role) of body names
        # Full names first, so that a bare surname joins the person it abbreviates; the
        # pronouns that follow the full names say their gender before that.
        for named in [f for f in found if f[2].given]:
            self._add(named, offsets, text, headings, roled)
        self._pronoun_genders(docs, offsets, headings)
        for named in [f for f in found if not f[2].given]:
            self._add(named, offsets, text, headings, roled)
        self._counterparts(roled)
        # A surname the text uses before it gives the full name ("President Obama", "Mr.
        # Obama", then "Barack Obama") joins the full name once its mentions have said what
        # they say of the gender (not "the first lady, Michelle Obama").
        for p, person in enumerate(self.persons):
            if person.given or not person.mentions:
                continue
            full = [q for q in self.by_surname[person.forms[0][1].surname] if self.persons[q].given
                    and not (person.gender and self.persons[q].gender
                             and not person.gender & self.persons[q].gender)]
            if full:
                self._merge(p, max(full, key=lambda q: self.persons[q].count))
        self._other_names(docs, offsets, headings)
        self._surname_mentions(docs, offsets, text, headings)
        self.positions.sort()

    def _add(self, named: tuple[int, Span, PersonName], offsets: Sequence[int], text: str,
             headings: frozenset[int], roled: list[tuple[int, int, Optional[str]]]) -> None:
        """One name the text gives (paragraph index, entity, parsed name): the person it
        names, with the mention, the gender and the role it says."""
        index, ent, name = named
        around, given = _gender(ent), _given_gender(name.given)
        if given and not around & given and not _gender(ent, offices=False):
            around = given   # a known given name over an office before it: "Committee chairman
            # Cllr Jane Pritchard" (not over a title of address or kin: "Mr. Jean Dupont",
            # "9/11 widow Terry Strada")
        start = offsets[index] + ent.start_char
        person = self.find(name, index in headings, gender=frozenset(around),
                           before=None if index in headings else start)
        if index in headings and given and not _same_given(self.persons[person].given, name):
            around, given = _gender(ent), set()   # (a headline's surname run on into its verb:
            # "Clinton Plan for Taxes Is Expansive", Hillary Clinton's, is no given name)
        if not given and not name.title and len(ent) == 1 and not self.persons[person].given and _alone_named(ent):
            given = _given_gender(given_name_key(ent.text))   # (a given name alone, no one's
            # surname: "Marcus, 34,"; not "Lee, a former national champion," of "Lee Sang-woo")
        self.persons[person].mentions.append(TextSpan.of(text, start, start + len(ent.text)))
        self.persons[person].count += 1
        self.persons[person].gender |= around or given
        titled = _titled(ent)
        role = None if index in headings else _context_role(titled)
        office = " ".join(w for w in name.title.split() if fold(w).rstrip(".") not in _UNROLED)
        if role and office and ent.doc.text[:titled.start_char].rstrip().endswith(role):
            role = f"{role} {office}"   # (the words before a title the name was typed with:
            # "Additional" + "Advocate General K. Muthukumaraswamy"; not a title of address:
            # "Islamic Emirate chief spokesman" + "Mawlawi Saadullah Kamran")
        for said in (role, _second_office(titled), _affiliation(text, start + len(ent.text)),
                     None if index in headings else _elected_role(ent)):
            self.persons[person].add_role(said)
        if index not in headings:
            self.positions.append((start, person))
            roled.append((start, person, role))

    def _pronoun_genders(self, docs: Sequence[Doc], offsets: Sequence[int],
                         headings: frozenset[int]) -> None:
        """The gender of a person no title or given name tells, from the pronoun that takes
        them up: the main subject of a sentence that names no one else, then "he" or "she" as
        the main subject of the next sentence, outside quotes ("Walter Finchley ... died on
        Sunday. He is survived by his wife"; "Lavrenov noted that ... . '...,' he stressed").
        Only where every such pronoun agrees. (And the subject of what the sentence says they
        said: "The outgoing prime minister, Nikola Đurišić, ..., said he would ...".)"""
        positions = sorted(self.positions)
        votes: dict[int, set[str]] = {}
        sentences = [(offsets[index], sentence) for index, doc in enumerate(docs)
                     if index not in headings for sentence in doc.sents]
        for n, (offset, sentence) in enumerate(sentences):
            start, end = offset + sentence.start_char, offset + sentence.end_char
            named = [p for _, p in positions[bisect.bisect_left(positions, (start, -1)):
                                             bisect.bisect_left(positions, (end, -1))]]
            subject = next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            if len(set(named)) != 1 or subject is None or not any(
                    m.start <= offset + t.idx < m.end for m in self.persons[named[0]].mentions
                    for t in (subject, *(a for a in subject.children if a.dep_ == "appos"))):
                continue   # (the subject the name, or set off by it, whatever it was typed)
            pronouns = [(sentence, t) for c in sentence.root.children if c.dep_ == "ccomp"
                        for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
            following = sentences[n + 1][1] if n + 1 < len(sentences) else None
            pronouns += [(following, t) for t in following.root.children
                         if t.dep_ in ("nsubj", "nsubjpass")][:1] if following is not None else []
            for within, pronoun in pronouns:
                if pronoun.lower_ in ("he", "she") \
                        and not sum(t.text in _DOUBLE_QUOTES for t in within[:pronoun.i - within.start]) % 2:
                    # (a pronoun outside quotes: '"...," he stressed')
                    votes.setdefault(named[0], set()).add("m" if pronoun.lower_ == "he" else "f")
        for person, genders in votes.items():
            if len(genders) == 1 and not self.persons[person].gender:
                self.persons[person].gender = genders

    def _counterparts(self, roled: list[tuple[int, int, Optional[str]]]) -> None:
        """A counterpart has the role of the last other person with a role named before, with
        the counterpart's own words for where from: "Russian Foreign Minister Gennady Lavrentyev
        held talks with his Turkish counterpart Mehmet Yilmaz" makes Yilmaz also "Turkish
        Foreign Minister" (so "the Turkish minister" can find him)."""
        roled = sorted(roled, key=lambda r: r[:2])   # in text order (one name may have a role and none)
        for n, (_, person, role) in enumerate(roled):
            words = role.split() if role else []
            if "counterpart" not in words:
                continue
            other = next((r for _, p, _ in reversed(roled[:n]) if p != person
                          for r in self.persons[p].roles if "counterpart" not in r.split()), None)
            if other is None:
                continue
            office = " ".join(w for w in other.split() if fold(w).rstrip(".") in _TITLE_WORDS)
            own = [w for w in words if w.lower() not in ("his", "her", "their", "its")]
            derived = " ".join(office if w == "counterpart" else w for w in own)
            if office:
                self.persons[person].add_role(derived)

    def _other_names(self, docs: Sequence[Doc], offsets: Sequence[int], headings: frozenset[int]) -> None:
        """The other name the body says a person is known by is that person's: "the elder,
        Abdirahman Isak Mursal, who is known across the region as Aw Gacmey", "Abdullahi Moalim
        Geedi, known as Geedi Yare,", "Ahmed Abdi Farah, better known as Koofi Madow,"; and the
        real name a stage name gives (:meth:`_real_name`)."""
        for index, (doc, offset) in enumerate(zip(docs, offsets)):
            if index in headings:
                continue
            for known in doc:
                real = self._real_name(known, offset)
                if real is not None:
                    known, other, person = real
                elif known.lower_ not in _KNOWN_AS or known.dep_ not in ("acl", "relcl") \
                        or known.head.ent_type_ != "PERSON":
                    continue
                else:
                    other = next((o for p in known.children if p.dep_ == "prep" and p.lower_ == "as"
                                  for o in p.children if o.dep_ == "pobj"), None) \
                        or next((o for o in known.children if o.dep_ == "oprd"), None)
                    person = self._person_at(offset + known.head.idx)
                if other is None or other.pos_ != "PROPN" or person is None:
                    continue
                name = parse_person(" ".join(t.text for t in other.doc[other.left_edge.i:other.i + 1]
                                             if not t.is_punct))
                alias = self._person_at(offset + other.idx)
                alias = self.find(name, add=False) if alias is None else alias
                if alias == person:
                    continue
                if alias is None:
                    self.persons[person].forms.append((False, name))
                    self.by_surname.setdefault(name.surname, []).append(person)
                    continue
                self._merge(alias, person)

    def _real_name(self, verb: Token, offset: int) -> Optional[tuple[Token, Token, Optional[int]]]:
        """Where ``verb`` is the "is" of a stage name's "whose real name is" ("Lunaria, whose
        real name is Sofia Brennan,", the stage name typed a place there): ``verb``, the real
        name's last word and the person the stage name is (a person named so elsewhere);
        None otherwise."""
        if verb.lemma_ != "be" or verb.dep_ != "relcl" or verb.head.pos_ != "PROPN" or not any(
                s.dep_ == "nsubj" and s.lower_ == "name" and any(w.tag_ == "WP$" for w in s.children)
                and any(a.lower_ in ("real", "legal", "full", "birth") for a in s.children) for s in verb.children):
            return None
        other = next((o for o in verb.children if o.dep_ == "attr" and o.pos_ == "PROPN"), None)
        if other is None:
            return None
        stage = verb.doc[_name_start(verb.head):verb.head.i + 1]
        person = self._person_at(offset + verb.head.idx)
        return verb, other, self.find(parse_person(stage.text), add=False) if person is None else person

    def _person_at(self, position: int) -> Optional[int]:
        """The person with a name mention at ``position``, if any."""
        return next((p for p, person in enumerate(self.persons)
                     for m in person.mentions if m.start <= position < m.end), None)

    def _surname_mentions(self, docs: Sequence[Doc], offsets: Sequence[int], text: str,
                          headings: frozenset[int]) -> None:
        """A person's surname the tagger typed otherwise (``Trump has record low support``
        as an organisation, ``Oz`` as nothing) is a mention of that person where one person
        the body names in full has it and it heads its own phrase (not ``the Obama
        administration``)."""
        for index, doc in enumerate(docs):
            if index in headings:
                continue
            for token in doc:
                # (a subject whatever its tag: "Grieve, 63, did not speak", "Grieve" a verb)
                if token.ent_type_ == "PERSON" or not token.text[:1].isupper() or token.text.isupper() \
                        or (token.pos_ not in ("PROPN", "NOUN") and not token.ent_type_
                            and token.dep_ not in ("nsubj", "nsubjpass")) \
                        or token.dep_ in ("compound", "amod") or _ranked(token):
                    continue
                ent = entity_at(token)
                # (a surname of words joined by hyphens, typed alone: "Bonnefoy-Lazare, for her
                # part, declined", once, at its last word)
                word = _hyphenated(token)
                if word.end != token.i + 1 or ent is not None and len(ent) > 1 and not (
                        ent.start == word.start and ent.end == word.end):
                    continue
                key = surname_key(word.text)
                people = [p for p in self.by_surname.get(key, [])
                          if any(n.given and not heading for heading, n in self.persons[p].forms)] or [
                    # (or the first name of one, typed an organisation or nothing: the family
                    # name of "Agriculture Minister Kobayashi Hiroto" in "Kobayashi, who took
                    # office in May, has made ...")
                    p for p in self.by_given.get(given_name_key(word.text), [])
                    if token.ent_type_ in ("", "ORG")] or [
                    # (or the first of a double surname, typed a place too: "Rengifo, the leftist
                    # leader ..., did not" of "President Iván Rengifo Castaño")
                    p for p in self.by_middle.get(given_name_key(word.text), [])
                    if token.ent_type_ in ("", "ORG", "GPE") and token.dep_ in ("nsubj", "nsubjpass")]
                start = offsets[index] + word.start_char
                if len(people) > 1 and token.dep_ in ("nsubj", "nsubjpass"):
                    # (of two with the surname, the one named before a subject: the "Dvali" after
                    # "Irakli Dvali" and before his mother, "Lali Dvali")
                    people = [p for p in people if min(m.start for m in self.persons[p].mentions) < start]
                if not people:   # (kept for one named later by a name the recogniser missed)
                    self.unclaimed.setdefault(key, []).append(
                        TextSpan.of(text, start, start + len(word.text)))
                if len(people) != 1 or any(m.start <= start < m.end for m in self.persons[people[0]].mentions):
                    continue   # (nor again the last word of a name found untyped: "Alexei
                    # Nikolayevich Dubrovin")
                self.persons[people[0]].mentions.append(TextSpan.of(text, start, start + len(word.text)))
                self.positions.append((start, people[0]))

    def _merge(self, p: int, into: int) -> None:
        source, target = self.persons[p], self.persons[into]
        target.forms += source.forms
        target.gender |= source.gender
        target.roles += [r for r in source.roles if r not in target.roles]
        target.mentions += source.mentions
        target.count += source.count
        self.persons[p] = _Person()
        # (the names ``p`` was found by now find ``into``: "Geedi Yare" of "Abdullahi Moalim
        # Geedi, known as Geedi Yare,")
        for index in (*self.by_surname.values(), *self.by_given.values(), *self.by_middle.values()):
            if p in index and into in index:
                index.remove(p)
            elif p in index:
                index[index.index(p)] = into
        self.positions = [(start, into if q == p else q) for start, q in self.positions]

    def find(self, name: PersonName, heading: bool = False, add: bool = True,
             gender: frozenset[str] = frozenset(), before: Optional[int] = None) -> Optional[int]:
        """The person ``name`` refers to (a new one unless ``add`` is false); ``gender``:
        what the words before the name say (``Mr.`` outside the entity); ``before``: where
        a body mention stands, since a surname alone refers to a person the text has named
        before it ("President Obama" ahead of "the first lady, Michelle Obama" is another)."""
        same = self.by_surname.get(name.surname, [])
        if name.given:
            match = next((p for p in same if _same_given(self.persons[p].given, name)), None)
            if match is None:   # the last words of a longer name: "Suu Kyi" of "Aung San Suu Kyi"
                words = _words(name.display)
                match = next((p for p in same if any(
                    _words(n.display)[-len(words):] == words for _, n in self.persons[p].forms)), None)
            if match is None and not self.persons_with_given(same):
                match = same[0] if same else None
            words = name.display.split()
            if match is None and heading and len(words) == 2 and not same \
                    and len(first := self.by_surname.get(surname_key(words[0]), [])) == 1 \
                    and given_name_key(words[1]) not in self.by_given:
                match = first[0]   # a title-case headline's surname run on into its verb: "Rep.
                # Castellanos Grills DHS Official" (the body's Ron Castellanos)
        else:
            title = title_gender(name.title) | gender
            fits = [p for p in same if not (self.persons[p].gender and title
                                            and not self.persons[p].gender & title)]
            initials = _initials_of(name)
            if initials:   # (not one of that surname named by other initials only: "Dr. S.
                # Arulmozhi" is not "Dr. M. Arulmozhi", her namesake; "K Bhatt" is "N K Bhatt")
                fits = [p for p in fits if not any((theirs := _initials_of(n)) and not initials & theirs
                                                   for _, n in self.persons[p].forms)]
            # "Mr. Obama" is Barack Obama rather than an Obama of unknown gender, of those
            # the text has named by then.
            fits = self._named_by(before, fits)
            fits = [p for p in fits if self.persons[p].gender & title] or fits
            # "Cllr Sharma" is the councillor of "Dr Priya Sharma" and her husband "Anil Sharma,
            # a Conservative councillor"
            roles = {_role_word(w) for w in _words(name.title)} - _ADDRESS
            fits = [p for p in fits if roles & self.persons[p].role_words] or fits
            # (not one the text has called by another of a woman's titles: "Ms Lloyd" is the
            # daughter of "Mrs Lloyd")
            address = _womans_address(name.title)
            fits = [p for p in fits if not address or not any(
                _womans_address(n.title) - address for _, n in self.persons[p].forms)] or fits
            if not name.title:   # (a surname alone is not the relative the text names in full
                # after its bearer: "Gumbo" after "His wife, Rudo Gumbo," is opposition leader
                # Tapiwa Gumbo)
                fits = [p for p in fits if not self.persons[p].role_words & _RELATIONS - {"client"}] or fits
            for index in (self.by_given, self.by_middle):
                if not fits:   # a lone given or family-first name ("Wang" of "Wang Yi"), or
                    # the first of a double surname ("Fuentes" of "Ramiro Fuentes Olea")
                    fits = self._named_by(before, index.get(given_name_key(name.display), []))
                    fits = fits if len(fits) == 1 else []
            # the most named; of those, for a bare surname, the last named before: "Ms Chan
            # Yuk-ling ... . Professor Chan Kin-wah said ... . // '...,' Chan said" is the
            # professor (a title says more than recency: "Mrs. Clinton" after "President Bill
            # Clinton" is still the first Clinton named; but of those the text gives the title's
            # one gender, or for a title of none, "Dr", the last: "Margaret Lloyd, speaking from
            # her bed, ... // '...,' Mrs Lloyd said" is not her daughter Sian Lloyd, named first)
            recent = not title or len(title) == 1 and all(self.persons[p].gender == title for p in fits)
            match = max(fits, key=lambda p: (self.persons[p].count, max(
                (m.start for m in self.persons[p].mentions if before is None or m.start < before),
                default=-1) if recent else 0)) if fits else None
        if match is None:
            if not add:
                return None
            match = len(self.persons)
            self.persons.append(_Person())
            self.by_surname.setdefault(name.surname, []).append(match)
            if name.given and not heading:   # title-case headlines make names: "Obama Speech"
                self.by_given.setdefault(name.given, []).append(match)
                # (and the surname alone where the text used it so: "Majed bin Khalifa
                # al-Suwaidi, Qatar's minister of state ..., told reporters", untyped, then
                # "al-Suwaidi struck a cautious note. '...,' he said")
                for mention in self.unclaimed.pop(name.surname, []):
                    self.persons[match].mentions.append(mention)
                    bisect.insort(self.positions, (mention.start, match))
            for word in name.display.split()[1:-1]:   # (not an honorific: the "Sheikh" of "Ahmed
                # Sheikh Mohamed Noor" is no name "the Sheikh" calls him by)
                if len(word) > 2 and word[0].isupper() and not word.endswith(".") and fold(word) not in TITLES:
                    self.by_middle.setdefault(given_name_key(word), []).append(match)
        person = self.persons[match]
        person.forms.append((heading, name))
        person.add_role(" ".join(w for w in name.title.split() if fold(w).rstrip(".") not in _UNROLED))
        return match

    def named_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """``(position, person)`` of the body's name mentions from ``start`` to before ``end``."""
        return self.positions[bisect.bisect_left(self.positions, (start, -1)):
                              bisect.bisect_left(self.positions, (end, -1))]

    def _named_by(self, position: Optional[int], people: list[int]) -> list[int]:
        """Those of ``people`` the body has named by ``position`` (all with no position)."""
        if position is None:
            return people
        return [p for p in people if any(m.start <= position for m in self.persons[p].mentions)]

    def persons_with_given(self, people: list[int]) -> list[int]:
        return [p for p in people if self.persons[p].given]


def _womans_address(title: str) -> set[str]:
    """The woman's title of address in ``title``: ``{"mrs"}`` of "Mrs", none of "Dr"."""
    return set(_words(title)) & {"mrs", "ms", "miss"}


def _initials_of(name: PersonName) -> set[str]:
    """The letters of the initials ``name`` is written with before its surname ("s" of "S.
    Arulmozhi", "k" and "s" of "K.S. Hemalatha"; none of "Ó Laoire", a particle)."""
    return {letter.lower() for word in name.display.split()[:-1] if _INITIAL_WORD.fullmatch(word)
            for letter in word if letter.isalpha()}


_INITIAL_WORD = re.compile(r"[A-Z](?:\.[A-Z])*\.?")


def _titled(ent: Span) -> Span:
    """A name with the title words the tagger left outside it: ``State Councilor Yang
    Jiechi`` for the entity ``Councilor Yang Jiechi``, ``Russian Foreign Minister Sergey
    Lavrov`` for ``Sergey Lavrov``, ``Opposition councillor Tomas Berg`` (a capitalised word
    counts before a title word only, with the rest of its name: ``New York Gov.``;
    ``Secretary of State John Kerry``; an office of a department or place:
    :func:`_office_of`)."""
    doc, start = ent.doc, ent.start
    first = _sentence_start(ent)
    while start > first:
        listed = _portfolio_start(doc, start, ent.start)
        if listed is not None:   # "Health, Labor and Welfare Minister Kenji Morimoto": one office
            start = listed
            continue
        if doc[start - 1].text == "," and start < ent.start and start >= 2:
            office = _office_of(doc, start - 1, first)
            if office is not None and not any(t.ent_type_ == "PERSON" for t in doc[office:start - 1]):
                start = office   # (two offices, a comma between: "Deputy Prime Minister of the Republic
                continue         # of Azerbaijan, Chairman of the State Commission on ..."; not another's
                # name and office in a list: "Federal Minister for Commerce Sardar Naveed Ahmed
                # Leghari, Federal Minister for Finance and Revenue Dr Ayesha Rauf Siddiqui")
        if doc[start - 1].text == "-" and start >= 2 and start < ent.start and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and fold(doc[start - 2].text) in HYPHENATED_TITLE_PARTS:
            start -= 2   # (a title written with a hyphen, whole: "Vice-chancellor Prof Janet Okoro")
            continue
        if doc[start - 1].is_punct:
            break
        if doc[start - 1].lower_ == "and" and start >= 2 and start < ent.start \
                and _titled_word(doc[start - 2]) and _titled_word(doc[start]) \
                and fold(doc[start].text).rstrip(".") not in _ADDRESS:   # (not "Mr. King and Mr. Schultz")
            start -= 2   # (two titles of one office: "Ambassador Extraordinary and Plenipotentiary")
            continue
        if doc[start - 1].tag_ == "POS" and start >= 2 and doc[start - 2].ent_type_ == "GPE" \
                and fold(doc[start].text).rstrip(".") in _ENVOYS:
            start -= 2   # (the country an envoy is of: "Sudan's Ambassador to Ankara")
            continue
        if doc[start - 1].lower_ == "assisting" and start >= 2 and doc[start - 2].lower_ == "counsel":
            start -= 2   # (the barrister who helps a coroner or an inquiry: "counsel assisting Sarah Lindqvist")
            continue
        word = fold(doc[start - 1].text).rstrip(".")
        if not (word in TITLES or (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")
                           and fold(doc[start].text).rstrip(".") in TITLES)):
            office = _office_of(doc, start, first, ent.start)
            if office is None:
                break
            start = office
            continue
        start -= 1
        while start > first and doc[start].ent_iob_ == "I":   # all of "New York Gov."
            start -= 1
    return doc[start:ent.end]


def _sentence_start(ent: Span) -> int:
    """Where the sentence of ``ent`` starts, past an end the parse put after a title written
    short right before it: "Istanbul Harbour Master Capt. | Serdar Göktaş told Anadolu"."""
    doc, start = ent.doc, ent.sent.start
    while start > 0 and doc[start - 1].text.endswith(".") and _titled_word(doc[start - 1]):
        start = doc[start - 1].sent.start
    return start


def _portfolio_start(doc: Doc, start: int, name: int) -> Optional[int]:
    """Where a list of portfolios starts that a title running from ``start`` to a name at
    ``name`` ends ("Environment, Urbanization and Climate Change Minister"): the first
    capitalised word before the list's comma or "and", with no person's or place's name in
    it; None where no such list stands before ``start``."""
    def portfolio(t: Token) -> bool:
        return t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ in ("", "ORG")   # (not
        # a name, a place or a date: "in November, Deputy Chairman of ...")

    titles = {fold(t.text).rstrip(".") for t in doc[start:name]} & TITLES
    if start >= name or not titles:
        return None
    i = start
    while i > 0 and portfolio(doc[i - 1]):
        i -= 1
    joint = doc[i - 1] if i > 0 else None
    # (a portfolio between the list's comma and the title: not "Osaka-based Sanko
    # Pharmaceutical, spokesperson Fang Yiwen")
    if i < 2 or i == start and fold(doc[start].text).rstrip(".") in TITLES \
            or not (joint.text == "," and not titles <= _COURTESY or joint.lower_ in ("and", "&")) \
            or not portfolio(doc[i - 2]):
        return None   # (no list before a comma and a title of address: "the Returning Officer for
        # Kogi East Senatorial District, Prof. Hadiza Umar-Bello" lists no "District")
    return i - 2


def _name_of(ent: Span) -> Optional[PersonName]:
    """The name of a person's entity with the title words before it (:func:`_titled`); the
    name is no longer than the entity where what an office is of runs into it: "Minister of
    Social Solidarity Rania Mansour" names Rania Mansour, not "Social Solidarity Rania
    Mansour", "Leader of the Opposition R. Venkatesh Gowda" R. Venkatesh Gowda (but
    "Minister of State for Home Affairs Rajeshwar Prasad Tiwari", the department ended by a
    word of one, all of "Rajeshwar Prasad Tiwari")."""
    titled = _titled(ent)
    name = _person_name(titled.text)
    if name is None or ent.label_ != "PERSON" or titled.start == ent.start:
        return name
    at = ent.doc.char_span(titled.start_char + titled.text.rfind(name.display), titled.end_char,
                           alignment_mode="expand")
    own = _person_name(ent.text)
    if at is None or at.start >= ent.start or ent.doc[at.start - 1].lower_ not in ("of", "for", "the", "to") \
            or own is None:
        return name
    return replace(own, title=f"{ent.doc[titled.start:ent.start].text} {own.title}".strip())


def _office_of(doc: Doc, start: int, first: int, name: Optional[int] = None) -> Optional[int]:
    """Where a title and the department or place it is of start, right before a name at
    ``start`` (not before ``first``): the ``Minister of Energy`` of "Minister of Energy
    Yevgeny Karpin", the ``Governor of the Murmansk Region`` of "Governor of the Murmansk
    Region Oleg Dyachkov", the ``Minister of Agriculture of the Russian Federation`` of ...
    (capitalised words, "and", "the" and "of" between the title's "of" and the name), and the
    ``Secretary of`` of "Secretary of State John Kerry" once "State" is taken (not the
    ``attorney for`` of "an attorney for Bryan Pagliano": "for" right before a name is no
    office's; the name may start after ``start``, at ``name``: "Federal Minister for" before
    "Finance and Revenue Dr Ayesha Rauf Siddiqui"), and an envoy's place: the ``Ambassador to
    Belarus`` of "Chinese Ambassador to Belarus Chen Wei" (not the ``adviser to the`` of "a
    senior adviser to the Clinton campaign")."""
    i, found, name = start - 1, None, start if name is None else name
    while i > first and start - i <= 20 and (doc[i].text[:1].isupper()
                                             or doc[i].lower_ in ("and", "the", "of", "for", "to", "on")):
        if (doc[i].lower_ == "of" or doc[i].lower_ == "for" and i < name - 1) \
                and fold(doc[i - 1].text).rstrip(".") in TITLES \
                or doc[i].lower_ == "to" and i < start - 1 and (fold(doc[i - 1].text).rstrip(".") in _ENVOYS or (
                    doc[i - 1].text[:1].isupper() and fold(doc[i - 1].text) in _SERVING)):
            found = i - 1
        i -= 1
    return found


# Verbs that give the name one goes by after "as": "a man she identified as Godfrey Tumusiime".
_IDENTIFIED_AS = {"identify", "name", "know", "list"}


def _after_preposition(token: Token) -> bool:
    """Whether the name that starts at ``token`` follows a preposition, with any title
    between (:meth:`_Resolver._after_preposition`), or is joined by "and" to a name that
    does: "for Housing and Urban Development"."""
    doc, before = token.doc, token.i - 1
    while before > 0 and _in_title(doc[before]):
        before -= 1
    root = token
    while root.dep_ in ("compound", "flat") and root.head.i > root.i:
        root = root.head
    if before < token.i - 1 and _is_title_word(doc[before + 1]):
        while before > 0 and doc[before].dep_ in ("amod", "compound") and before < doc[before].head.i <= root.i:
            before -= 1   # (and the words that qualify a role before it: "for Olympic relay
            # medalist Tamika Broderick")
    if doc[before].lower_ in _COMPANY_NOUNS and before < doc[before].head.i <= root.i:
        while before > 0 and doc[before].is_lower and doc[before].pos_ in ("NOUN", "ADJ") \
                and before < doc[before].head.i <= root.i:
            before -= 1   # (or the company noun in lower case that says what it is: "of terminal
            # operator Tanjong Terminals"; not "spokesman for enlargement Fredrik Ahlstrom", nor
            # "superintendent of police Harpreet Gill")
    titled = doc[before + 1:token.i + 1]
    if before >= 1 and doc[before].lower_ in ("and", "&"):
        before -= 1
        while before > 0 and doc[before].text[:1].isupper() and doc[before].pos_ in ("PROPN", "NOUN"):
            before -= 1
    # (not the portfolio of an office before it, where only a title of address or the
    # portfolio's own words stand before the name: "Federal Minister for Law and Justice Engr
    # Shahid Latif Bhutta", "Deputy Under Secretary of Defense Marisa Okafor-Bell")
    office = before >= 1 and doc[before].lower_ in ("for", "of") and doc[before - 1].text[:1].isupper() \
        and fold(doc[before - 1].text).rstrip(".") in TITLES \
        and (any(fold(t.text).rstrip(".") in _COURTESY for t in titled)
             or before + 1 < token.i and all(fold(t.text) in DEPARTMENTS for t in doc[before + 1:token.i])) \
        and not any(_role_word(w) in PERSON_ROLES and w not in DEPARTMENTS
                    for w in (fold(t.text).rstrip(".") for t in titled))
    # (nor a subject's name after a preposition the parse gave the title: "a day after Sinnar
    # MLA Rajendra Bhausaheb Gaikwad alleged")
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i
    # (nor the name one is known by: "a man she identified as Godfrey Tumusiime")
    known_as = before >= 1 and doc[before].lower_ == "as" and doc[before - 1].lemma_.lower() in _IDENTIFIED_AS
    return before >= 0 and doc[before].pos_ == "ADP" and not office and not subject and not known_as


def _in_title(token: Token) -> bool:
    """Whether ``token`` is a word of a title before a name: a title or role ("Sen.",
    "Minister") or a capitalised word before one ("Health" of "Health Minister")."""
    if _is_title_word(token):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text[:1].isupper() and token.pos_ == "PROPN" and after is not None \
        and _is_title_word(after)


def _is_title_word(token: Token) -> bool:
    return fold(token.text).rstrip(".") in _TITLE_WORDS or _role_word(token.lower_) in PERSON_ROLES


def _with_company_form(ent: Span) -> Optional[Span]:
    """``ent`` with the company's form written before it (:data:`_COMPANY_FORMS_FIRST`),
    whatever the name was typed: "PT" + "Sari Lestari Herbal"; None where none stands there."""
    doc = ent.doc
    return doc[ent.start - 1:ent.end] if ent.start and doc[ent.start - 1].text in _COMPANY_FORMS_FIRST else None


def _company_name(name: Span) -> bool:
    """Whether ``name`` ends in a word of companies' names (:data:`_COMPANY_WORDS`): "Harwell
    Homes", "Halvorsen Foods Inc"; or opens with a company's form written first: "PT Sari
    Lestari Herbal", "PJSC Novatek"."""
    return fold(name[-1].text).rstrip(".") in _COMPANY_WORDS \
        or len(name) > 1 and name[0].text in _COMPANY_FORMS_FIRST   # (and "Sakaemori Industries Co.")


def _short_names(docs: Sequence[Doc]) -> dict[str, str]:
    """The first word of each organisation the text names with more words ("Halvorsen" of
    "Halvorsen Foods Inc") -> its longest such name, where no person's name of two or more
    words ends in that word ("Ford" with "Harrison Ford" named too), and a company's name
    without its form ("Orsund Line" of "Orsund Line A/S"). A name typed a person whose last
    word is a company's is an organisation's ("Wessmoor Rail")."""
    def body(ent: Span) -> bool:
        return ent.label_ == "ORG" or ent.label_ == "PERSON" and _company_name(ent)

    persons = {e[-1].text for doc in docs for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
               and not body(e)}
    found: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            name = _strip_determiner(ent)
            first = name.split()[0] if name else ""
            if body(ent) and len(name.split()) >= 2 and _is_name_word(first) \
                    and first not in persons and len(name) > len(found.get(first, "")):
                found[first] = name
            words = name.split()
            if body(ent) and len(words) >= 3 and fold(words[-1]).rstrip(".") in _COMPANY_FORMS:
                found.setdefault(" ".join(words[:-1]), name)
    return found


# Nouns that say a name is a company's: "Fitness tracking app Strydo", "Halvorsen Foods, the
# country's largest packaged-food maker,", "The developer, Crestline Homes,".
_BY_NAME = "(name)"   # what says a body is a company where its name does: "Stellmark AG"
# Words of a body's name that say what it is where its last word does not: "CD Almazara" is
# "the club", "Wiltshire Police" "the force", "Ligue de Rugby Professionnel" "the league".
_NAME_KINDS = {"fc": {"club", "team"}, "cf": {"club", "team"}, "cd": {"club", "team"},
               "afc": {"club", "team"}, "rfc": {"club", "team"}, "club": {"club"},
               "cycling": {"team"}, "police": {"force"}, "constabulary": {"force"},
               "garda": {"force"}, "federation": {"union"}, "guild": {"union"},
               "sindicato": {"union"}, "unione": {"union"}, "syndicat": {"union"},
               "ligue": {"league"}, "liga": {"league"}, "lega": {"league"}, "records": {"label"},
               "pictures": {"studio"}, "studios": {"studio"}, "films": {"studio"},
               # (a party by its name's word: "United People's Movement", "Alliance for National
               # Renewal" is "the main opposition party"; the alliance may be a union too: "the
               # Illinois Nurses Alliance")
               "movement": {"party"}, "front": {"party"}, "alliance": {"party", "union"},
               # (a public body by its name's word: the "Food and Drug Administration", the "World
               # Health Organization" is "the agency")
               "administration": {"agency"}, "organization": {"agency"}, "organisation": {"agency"},
               # (and by its word in French, Spanish, Italian or Portuguese: "Musée Rhône-Afrique"
               # is "the museum", the "Confederação Nacional do Trabalho" "The confederation")
               "musee": {"museum"}, "museo": {"museum"}, "museu": {"museum"},
               "confederacao": {"confederation", "union"}, "confederacion": {"confederation", "union"},
               "confederation": {"confederation", "union"}, "confederazione": {"confederation", "union"}}
# Endings of the German compound words that say what a body's name is: "Verkehrsgewerkschaft
# Berlin" is a union, "Bauernbund Nord" "the association".
_KIND_ENDINGS = {"gewerkschaft": {"union"}, "verband": {"association"}, "bund": {"association"}}
# A company's trade its name ends with: "Ala-Too Gold Mining" is "the gold miner" (not the
# "Mining Safety Superintendency", which opens with it).
_TRADES = {"mining": "miner", "brewing": "brewer", "insurance": "insurer"}
# The last words of the name of a police force by an office of it.
_POLICE_OFFICES = {"headquarters", "department", "service", "board", "directorate", "command", "authority"}
# Nouns for a public body that say nothing of its kind: "the tax authority", "the industry body";
# and the kinds of body they may be.
_KINDLESS_BODIES = {"authority", "agency", "body"}
_PUBLIC_BODIES = {"authority", "agency", "service", "commission", "board", "bureau", "directorate",
                  "office", "administration", "association", "council"}
# Nouns for a company ("the hospital system", "Jamaica's sole electricity distributor").
_COMPANY_NOUNS = {"company", "firm", "startup", "app", "maker", "supplier", "retailer", "carrier",
                  "airline", "developer", "manufacturer", "producer", "operator", "insurer", "lender",
                  "chain", "platform", "brand", "business", "carmaker", "automaker", "chipmaker",
                  "label", "studio", "grocer", "aggregator", "miner", "drugmaker", "brewer",
                  "shipbuilder", "conglomerate", "supermarket", "system", "distributor", "utility"}


def _described_bodies(docs: Sequence[Doc], offsets: Sequence[int]) -> list[tuple[int, str, str]]:
    """(start in the text, name, noun) of each name that a noun for a body or a company
    (:data:`_BODY_NOUNS`, :data:`_COMPANY_NOUNS`) sets off or comes right before: the noun
    before it, apposed to it (or the plural after its "one of"), or the one it is apposed to;
    and of each company's name (:func:`_company_name`), with the noun :data:`_BY_NAME`; and an
    untyped name a company's noun sets off or comes right before."""
    found = []
    for doc, offset in zip(docs, offsets):
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PERSON") or ent.text.islower() \
                    or len(ent) > 1 and all(t.is_lower for t in ent[1:]) and ent.root.lower_ in _BODY_NOUNS:
                continue   # (nor a description typed a name: "China's commerce ministry", a
                # heading's "Kazakh opposition party says")
            root, before = ent.root, doc[ent.start - 1] if ent.start else None
            nouns = [t for t in root.children if t.dep_ == "appos"]
            nouns += [o for t in nouns if t.lower_ == "one" for p in t.children if p.dep_ == "prep"
                      and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            # ("one of Germany's largest makers"; not "Le Monde, the company's head of supply chain")
            nouns += _set_off_from(root)[:1]
            nouns += [before] if before is not None and before.pos_ == "NOUN" and before.is_lower else []
            # (or the noun after initials it qualifies: "The CTF union")
            nouns += [root.head] if len(ent) == 1 and ent.text.isupper() and root.dep_ == "compound" \
                and root.head.pos_ == "NOUN" and root.head.is_lower and root.head.i == ent.end else []
            # (a name typed a person only by a company's noun: "app Strydo", not "centre Mathis
            # Laporte", a player's position)
            kinds = _COMPANY_NOUNS | _BODY_NOUNS if ent.label_ == "ORG" or _body_by_noun(ent) else _COMPANY_NOUNS
            # (a body's noun for a name typed a person: "Serie A club Pro Lombardia")
            found += [(offset + ent.start_char, _strip_determiner(ent), t.lemma_.lower()) for t in nouns
                      if t.lemma_.lower() in kinds]
            if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_ == "publish":
                # (a journal by what it publishes: "The paper, published in Climate and Health Letters,")
                found.append((offset + ent.start_char, _strip_determiner(ent), "journal"))
            if ent.label_ == "ORG" and len(ent) > 1 and _company_name(ent):   # (a company by its name:
                found.append((offset + ent.start_char, _strip_determiner(ent), _BY_NAME))   # "Stellmark AG")
            formed = _with_company_form(ent)
            if formed is not None:   # (or by the form written before it: "PT Sari Lestari Herbal")
                found.append((offset + formed.start_char, formed.text, _BY_NAME))
            if ent.label_ == "ORG":   # (a body by the first or last word of its name: "CD
                # Almazara", "Wiltshire Police"; not "Racing Club Sierra", whose "Club" may be
                # of a longer name the recogniser missed)
                first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
                found += [(offset + ent.start_char, _strip_determiner(ent), noun) for noun in sorted(
                    {n for t in {first, ent[-1]} for n in _NAME_KINDS.get(fold(t.text), ())}
                    | {n for t in {first, ent[-1]} for ending, kinds in _KIND_ENDINGS.items()
                       if len(t.text) > len(ending) + 2 and fold(t.text).endswith(ending) for n in kinds}
                    | ({_TRADES[fold(ent[-1].text)]} if len(ent) > 1 and fold(ent[-1].text) in _TRADES else set()))]
                if fold(ent[-1].text) in _POLICE_OFFICES and any(t.lower_ == "police" for t in ent):
                    # (a police force by an office of it: "Vilnius County Police Headquarters",
                    # "Southeast Finland Police Department")
                    found.append((offset + ent.start_char, _strip_determiner(ent), "force"))
                if fold(ent[-1].text) in ("association", "federation", "guild", "organisation", "organization") \
                        and any(t.text.endswith(("s'", "s’")) or t.tag_ in ("NNS", "NNPS") and (
                            t.nbor(1).tag_ == "POS" or t.lower_[:-1] in PERSON_ROLES | {"worker", "employee"})
                            for t in ent[:-1]):   # (the association of a trade's workers is a union:
                    # "The Pacific Rugby Players' Association" is "their union", and so is "The Irish
                    # Nurses and Midwives Organisation (INMO)")
                    found.append((offset + ent.start_char, _strip_determiner(ent), "union"))
            named = _named_noun(ent) if ent.label_ == "ORG" and len(ent) > 1 else None
            if named in _BODY_NOUNS and (named in ("company", "firm") or named not in _COMPANY_NOUNS):
                # (a body by the noun its name says it is: "the Ministry of Agriculture", "the
                # Arizona State Fire Office", "Nyando Valley Sugar Company"; not by a noun that
                # in a name need not be a company's: the "Cabo Delgado Civil Society Platform"
                # is no "operator")
                found.append((offset + ent.start_char, _strip_determiner(ent), named))
            if len(ent) > 1 and ent[0].lower_ in _COMPANY_NOUNS:   # (the noun run into the name:
                # "Carmaker Rheinwerk" typed one organisation)
                found.append((offset + ent[1].idx, ent[1:].text, ent[0].lower_))
        # (and a name the recogniser missed after a company's noun: "carmaker Rheinwerk")
        for token in doc:
            noun = next((c for c in token.children if c.dep_ == "compound" and c.lower_ in _COMPANY_NOUNS), None)
            if noun is not None and token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ != "compound" \
                    and all(t.pos_ == "PROPN" for t in doc[noun.i + 1:token.i + 1]):
                name = doc[noun.i + 1:token.i + 1]
                found.append((offset + name.start_char, name.text, noun.lower_))
            # (or set off after it: "The developer, Playa Dorada Resorts,")
            name = _set_off_body(token) if token.lower_ in _COMPANY_NOUNS and not token.ent_type_ else None
            if name is not None and not name.label_ == "PERSON" and entity_at(name.root) is None:
                found.append((offset + name.start_char, _strip_determiner(name), token.lower_))
            # (or a company's noun set off after it: "Loopstream, the short-video app with ...,")
            noun = next((c for c in token.children if c.dep_ == "appos" and c.lower_ in _COMPANY_NOUNS), None)
            if noun is not None and token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper() \
                    and _is_name_word(token.text) and token.i + 1 < noun.i and token.nbor().text == ",":
                found.append((offset + token.idx, token.text, noun.lower_))
    return sorted(found)


def _traded(ent: Span) -> bool:
    """Whether ``ent`` is a company by its shares, whatever it was typed: "Shares in Hoshizora
    Electron fell", "shares of Lumora"."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "of") and root.head.head.lemma_.lower() in ("share", "stock")


def _subject(ent: Span) -> bool:
    """Whether ``ent`` is a subject: of its verb, or the name opening a sentence that the parse
    hung on the verb after it as a modifier ("FIFA rejected the claim", read so for capitals)."""
    root = ent.root
    return root.dep_ == "nsubj" or root.dep_ == "npadvmod" and ent.start == ent.sent.start \
        and root.head.i == root.i + 1 and root.head.pos_ == "VERB"


def _acronym(ent: Span) -> bool:
    """Whether ``ent`` is one word of three capitals or more, a body's initials by which it is
    known ("FIFA", "UEFA", "OPEC"), not a place written in capitals (a dateline's "NIAMEY")."""
    return len(ent) == 1 and len(ent.text) >= 3 and ent.text.isupper() and ent.text.isalpha() \
        and ent.root.dep_ != "ROOT" and not (ent.end < len(ent.doc) and ent.doc[ent.end].text == ",")


def _named_noun(ent: Span) -> str:
    """The noun a body's name says it is: its last word, or the one before its first "of" or
    "for" ("ministry" of "Ministry of Agriculture", "office" of "Arizona State Fire Office")."""
    of = next((t.i for t in ent[1:] if t.lower_ in ("of", "for")), ent.end)
    return ent.doc[of - 1].lower_


def _acronyms(docs: Sequence[Doc]) -> dict[str, set[str]]:
    """Initials -> the organisations the text names in full with them ("JCS": "Joint Chiefs
    of Staff"), or gives them in brackets after ("the Belgian Transport and Logistics Workers'
    Union (BTLU)")."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for ent in doc.ents:
            body = _initialled(ent) if ent.label_ == "PERSON" else None
            if body is not None:   # (a body typed a person: "Gono Shongskar Andolon (GSA)")
                found.setdefault(doc[body.end + 1].text, set()).add(body.text)
            name = _strip_determiner(ent).rstrip(" (")   # (the recogniser may take in the bracket)
            end = ent.end - 1 if ent[-1].text == "(" else ent.end
            words = [w for w in re.findall(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’-]+", name) if w[0].isupper()]
            if ent.label_ == "ORG" and len(words) >= 2:
                full = name[name.index(words[0]):]   # not "federal"
                found.setdefault("".join(w[0] for w in words), set()).add(full)
                if any(w.endswith(".") for w in words):   # (and with every letter of initials
                    # in it: "USCCA" of "the U.S. Clean Competition Agency")
                    found.setdefault("".join(w.replace(".", "") if w.endswith(".") else w[0]
                                             for w in words), set()).add(full)
                given = _in_brackets(doc, end)   # (its first and last initials those of the name)
                # (or, in another language's order or words, any: "Argentine Workers'
                # Confederation (CAT)", "State Border Guard Service (VSAT)")
                if given is not None and (_ACRONYM.fullmatch(given) or _short_form(given, full)):
                    found.setdefault(given, set()).add(full)
                elif given is not None and re.fullmatch(r"[A-Z]{2,8}", given):
                    # (or the name with the capitalised words the recogniser left before it,
                    # joined by "and" or "of", where the initials open with the first: the
                    # "Botswana Diamond and Allied Workers Union (BODAWU)", not "Allied ...")
                    start = ent.start
                    while start > 0 and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
                                         or doc[start - 1].lower_ in ("and", "of") and start - 1 > 0
                                         and doc[start - 2].is_title):
                        start -= 1
                    longer = doc[start:end]
                    if start < ent.start and longer[0].text[0] == given[0] \
                            and _short_form(given.capitalize(), longer.text):
                        found.setdefault(given, set()).add(longer.text)
    return found


# Initials in brackets after a name: "(CIFCB)".
_BRACKETED_INITIALS = re.compile(r"\(([A-Z]{2,8})\)")


def _initialled_names(text: str) -> list[str]:
    """The names in ``text`` written out before their initials in brackets, each capitalised
    word giving one letter, function words between them giving none: "Cayman Islands Financial
    Conduct Board" of "The Cayman Islands Financial Conduct Board (CIFCB)"."""
    found = []
    for match in _BRACKETED_INITIALS.finditer(text):
        initials, words = match.group(1), text[max(match.start() - 200, 0):match.start()].split()
        name: list[str] = []
        while words and len([w for w in name if w[:1].isupper()]) < len(initials):
            word = words.pop()
            if not (word[:1].isupper() or name and word in _FUNCTION_WORDS) or not word[-1:].isalnum():
                break
            name.insert(0, word)
        if "".join(w[0] for w in name if w[:1].isupper()) == initials and name[0][:1].isupper():
            found.append(" ".join(name))
    return found


def _in_brackets(doc: Doc, i: int) -> Optional[str]:
    """The one word in brackets that opens at ``i`` ("(", word, ")"), or None."""
    given = doc[i:i + 3]
    return given[1].text if len(given) == 3 and given[0].text == "(" and given[2].text == ")" else None


def _initialled(ent: Span) -> Optional[Span]:
    """The body's name that ``ent`` ends (or opens, up to two capitalised words before the
    brackets), where initials in brackets follow it that are those of its words and of the
    capitalised words before it: "Gono Shongskar Andolon (GSA)", "Bangladesh Jatiya Gana Front
    (BJGF)", the "Odisha Gana" of "Odisha Gana Parishad (OGP)" (the recogniser may cut it, or
    type it a person); None for any other entity."""
    doc = ent.doc
    end = ent.end
    while end < min(ent.end + 2, len(doc)) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    given = _in_brackets(doc, end)
    if given is None or not _ACRONYM.fullmatch(given):
        return None
    letters, start = given, end
    while start > 0 and letters and (doc[start - 1].text[:1] == letters[-1] and doc[start - 1].is_title
                                     or doc[start - 1].lower_ in ("and", "&") and start < end):
        letters, start = letters[:-1] if doc[start - 1].is_title else letters, start - 1
    # (the function word of a name, no letter of its initials: the "Field" of "British Track and
    # Field (BTF)")
    return Span(doc, start, end, label="ORG") if not letters and start <= ent.start and start < end - 1 else None


def _short_form(word: str, name: str) -> bool:
    """Whether ``word`` is a short name made of the first letters of the words of ``name``,
    as Spanish and Portuguese write them: "Minem" of "Ministry of Energy and Mines",
    "Fedemape" of "Federation of Small-Scale Miners of Peru" (its letters in order in the
    name's, the first the name's)."""
    if not (3 <= len(word) <= 10 and word[:1].isupper() and word[1:].islower()
            and word[0] == name[:1]):
        return False
    letters = iter(fold(name))
    return all(ch in letters for ch in fold(word))


def _ranked(token: Token) -> bool:
    """Whether a word of :data:`_RANKED` stands right before ``token``."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in _RANKED


def _headline_subject(doc: Doc) -> Optional[str]:
    """The name a headline's main clause has for a subject: its run of capitalised proper
    nouns, none a body's noun nor typed a place or a people ("Northshield Nickel" of
    "Northshield Nickel to idle Sudbury-area mine", "Lumora" of "Lumora is recalling ...");
    None where the subject is no such name."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    name = doc[subject.left_edge.i:subject.i + 1]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("GPE", "NORP", "LOC")
               and fold(t.text) not in _BODY_NOUNS | _BODIES for t in name):
        return None
    return name.text


def _named_body(ent: Span) -> bool:
    """Whether a lower-case noun for a body or a company names ``ent`` right before it:
    "video app Lumora", "the startup Lumora", "budget airline Skyvane", "car parts supplier
    Kessler Antriebstechnik" (not the end of a title: "superintendent of police Harpreet
    Gill"; nor a noun a person may be: "film producer", "software developer")."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.pos_ == "NOUN" and before.text.islower() \
        and before.lower_ in _BODY_NOUNS | _COMPANY_NOUNS - _PEOPLES_TRADES \
        and not (before.i and ent.doc[before.i - 1].lower_ == "of") \
        and not (before.dep_ in ("dobj", "dative") and before.head.lemma_ == "tell")   # (not one
    # told: "told the court Delahaye recruited at least six teenagers")


# Nouns of a company that a person may be too.
_PEOPLES_TRADES = {"producer", "developer", "operator", "maker", "miner", "brewer"}


def _persons(ents: Sequence[Span], bodies: Mapping[str, str],
             surnames: Collection[str] = ()) -> list[Span]:
    """The names of persons among ``ents``: those typed PERSON that are neither titles alone
    nor a body's name (a body noun before their last word, or a name in ``bodies``, the names
    the article gives a body: :attr:`_People.bodies`), those typed otherwise that are
    (:func:`_person_typed_otherwise`), and a full name typed a group whose last word the
    article uses as a person's surname, one of ``surnames`` ("Ádám Varga saved ..." then
    "Varga, 23,"; "Hashem Ouda said ..." then "Ouda said": :func:`_written_alone`)."""
    found = []
    for ent in ents:
        doc = ent.doc
        if len(ent) == 1 and sum(t.ent_type_ in ("GPE", "LOC") for t in ent.root.conjuncts) >= 2:
            continue   # a place in a list of places, however typed, with a role set off after the
            # list: "between Sanaa, Aden, Marib and Saudi Arabia, the UN special envoy for Yemen said"
        if ent.start >= 2 and doc[ent.start - 1].lower_ in PARTICLES and doc[ent.start - 1].is_lower \
                and doc[ent.start - 2].ent_type_ == "PERSON":
            continue   # the name after a particle, joined to the one before it (below)
        if ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].lower_ in _PATRONYMIC \
                and doc[ent.start - 2].ent_iob_ == "O" and doc[ent.start - 2].pos_ == "PROPN" \
                and _is_name_word(doc[ent.start - 2].text) and not _titled_word(doc[ent.start - 2]):
            # a given name the recogniser left before a patronymic: "Turki" + "bin" + "Mansour
            # Al-Ghamdi"
            ent = Span(doc, ent.start - 2, ent.end, label="PERSON")
        if ent.label_ == "PERSON" and ent.start >= 1 and ent[0].lower_ in _PATRONYMIC and ent[0].is_lower \
                and doc[ent.start - 1].text[:1].isupper() and doc[ent.start - 1].pos_ == "PROPN" \
                and doc[ent.start - 1].ent_iob_ == "O" and doc[ent.start - 1].text.isalpha():
            # a given name the recogniser left out for a title it also is: "Sultan" + "bin
            # Mohammed Al Marri"
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        address = next((t.i for t in ent[1:-1] if fold(t.text).rstrip(".") in _COURTESY), None)
        if ent.label_ == "PERSON" and address is not None and not any(_titled_word(t) for t in doc[ent.start:address]):
            # (from the title of address inside it: the "Jal Shakti" of "Minister of State for Jal
            # Shakti Dr Shalini Mahato" is her portfolio's)
            ent = Span(doc, address, ent.end, label="PERSON")
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].lower_ in PARTICLES \
                and doc[ent.end].is_lower and _is_name_word(doc[ent.end + 1].text):
            # a name the recogniser split at a particle: "Hafizah" + "binti" + "Othman"
            after = entity_at(doc[ent.end + 1])
            ent = Span(doc, ent.start, after.end if after is not None and after.start == ent.end + 1
                       else ent.end + 2, label="PERSON")
        surname = ent.root.head.i if ent.root.dep_ == "compound" else -1
        if ent.label_ == "PERSON" and len(ent) == 2 and fold(ent[0].text).rstrip(".") in BEFORE_NAMES \
                and ent.end <= surname <= ent.end + 1 and all(
                    t.ent_iob_ == "O" and t.pos_ == "PROPN" and _is_name_word(t.text) for t in doc[ent.end:surname + 1]):
            # a title and a given name the recogniser ended before the surname, which the parse
            # heads them with: "Cllr Jane" + "Pritchard", "Engr Shahid" + "Latif Bhutta"
            ent = Span(doc, ent.start, surname + 1, label="PERSON")
        end = ent.end
        while ent.label_ == "PERSON" and end < min(len(doc), ent.end + 3) and doc[end].ent_iob_ == "O" \
                and doc[end].pos_ == "PROPN" and _is_name_word(doc[end].text):
            end += 1
        if end > ent.end and fold(ent[-1].text).rstrip(".") in TITLES and ent[-1].head.i == end - 1:
            # the name after a title the recogniser ended with, which the parse heads the whole
            # with: "Tui Nadroga Ratu" + "Epeli Naqasima"
            ent = Span(doc, ent.start, end, label="PERSON")
        start = _set_off_name_start(ent) if ent.label_ == "PERSON" else None
        if start is not None:   # (the given names the recogniser left out of a name set off after a
            ent = Span(doc, start, ent.end, label="PERSON")   # role: "..., Ricardo Salgado" + "Peñuela,")
        if ent.label_ == "PERSON" and ent.start >= 2 and _given_left_out(doc[ent.start - 1], ent):
            # a given name the recogniser left out between a title and the name the parse heads
            # it with: "Assam Chief Minister" + "Dhruba" + "Kumar Kalita"
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        if ent.label_ == "PERSON" and _bracketed_after_name(ent):
            continue   # a party or a ward: "Cllr Jane Pritchard (Lib Dem, Harwell and Stoke)"
        if ent.label_ == "PERSON" and _initialled(ent) is not None:
            continue   # a body the recogniser typed a person, its initials after it: "Gono
            # Shongskar Andolon (GSA)", the "Gana Front" of "Bangladesh Jatiya Gana Front (BJGF)"
        if len(ent) > 1 and fold(ent[0].text) in _COMPANY_NOUNS or _with_company_form(ent) is not None:
            continue   # a company with the noun or the form that says so: "Carmaker Rheinwerk",
            # "PT" + "Sari Lestari Herbal"
        if ent.label_ == "PERSON" and (len(ent) > 1 and fold(ent[-1].text) in _OFFICE_ENDS
                                       or len(ent) == 1 and _parties([fold(ent.text)])
                                       or len(ent) > 1 and _parties([fold(ent[-1].text)])
                                       and not _known_given(ent[0].text)):
            continue   # a party's member or an office, no name: "Fianna Fáil TD warns", "Clark
            # County Registrar"; a party: "One senior Labour backbencher", "B.C. Conservative forests critic"
        if ent.label_ == "PERSON" and len(ent) == 1 and fold(ent.text) in DEPARTMENTS and ent.start > 0 \
                and doc[ent.start - 1].lower_ in ("of", "for", "and"):
            continue   # a portfolio: the "Law" of "Federal Minister for Law and Justice Engr ..."
        if ent.label_ == "PERSON" and len(ent) > 1 and _person_name(ent.text) is None:
            continue   # ranks alone: the "Lt Gen" of "Hon. Lt Gen (Rtd) Fred Kasirye Mugume"
        ent = _without_score(ent)
        if ent.label_ == "PERSON" and len(ent) >= 3 and ent.start >= 2 and doc[ent.start - 1].lower_ == "to" \
                and (doc[ent.start - 2].ent_type_ == "GPE" or _title_before(doc, ent.start - 1)):
            # the place an envoy is sent to run into the name: "Ambassador to Belarus" + "Chen
            # Wei", "Ambassador ... of the People's Republic of China to Belarus" + "Chen Wei",
            # "Ambassador Extraordinary and Plenipotentiary of China to Belarus" + "Xie Wenbo"
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
        bracket = next((t.i for t in ent if t.text == "("), None)
        if bracket is not None and bracket > ent.start:
            # "Niamh Ó Faoláin (Ind", "Cllr Gráinne Tierney (Lab": a party after the name
            ent = Span(ent.doc, ent.start, bracket, label=ent.label_)
        if ent.label_ == "ORG" and ent[-1].text in surnames and 2 <= len(ent) <= 3 \
                and all(_is_name_word(t.text) for t in ent) and not _company_name(ent):
            found.append(ent)
            continue
        if ent.label_ == "PERSON" and (any(fold(t.text) in _BODY_NOUNS | _BROADCASTS for t in ent[:-1])
                                       or len(ent) > 1 and (_company_name(ent) or fold(ent[-1].text) in _NO_SURNAMES)):
            continue   # a body spaCy typed a person: "The Varosh Observatory for Human Rights",
            # "Hanjin Chemical", "The Hostages and" + "Missing Families Forum", "Rádio Moçambique"
        if ent.label_ == "PERSON" and _body_by_noun(ent):
            continue   # (or set off by a body's noun, or after one: "Salas's party, Fuerza Andina,")
        if ent.label_ == "PERSON" and (_office_place(ent) or (
                len(ent) == 1 and ent.root.dep_ == "pobj" and (ent.root.head.lower_ == "in" or (
                    ent.root.head.lower_ in ("to", "from") and ent.root.head.head.lemma_ in _MOVING)))):
            continue   # a place: "The mayor of São Telmo, Joaquim Ferraz,", "a centre in Kent",
            # "moved to Hobart"
        if ent.label_ == "PERSON" and _see_after_name(ent):
            continue   # the see or seat after a name: the "Malolos" of "Bishop Ernesto Lacson of Malolos"
        if ent.label_ == "PERSON" and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "from" \
                and ent.root.head.head.lemma_ in ("report", "reporting"):
            continue   # where a reporter worked, in a credit line: "Julie Davis reported from
            # Midway Atoll", "contributed reporting from Kaneohe Bay"
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in _STREETS \
                and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("of", "in", "on", "at"):
            continue   # an address: "Kieran Mahoney, 34, of Ashdown Road, Stanbridge,"
        if ent.label_ == "PERSON" and re.sub(r" ?['’]s$", "", fold(_strip_determiner(ent))) in _WORLD:
            continue   # a country: "Vanuatu", "Solomon Islands", "Papua New Guinea's"
        if ent.label_ == "PERSON" and (ent[0].lower_ in STORMS or ent.start and doc[ent.start - 1].lower_ in STORMS):
            continue   # a storm: "Storm Idris", "Typhoon Haikui"
        if ent.label_ == "PERSON" and ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in _PLACE_NOUNS \
                and not (ent.start and _titled_word(doc[ent.start - 1])):
            continue   # a place set off from the place it is in: "in Ba Tri district, Ben Tre," (not
            # a titled name: "the Returning Officer for Kogi East Senatorial District, Prof. Hadiza
            # Umar-Bello,")
        if ent.label_ == "PERSON" and len(ent) == 1 and fold(ent.text) in DEPARTMENTS \
                and ent.root.dep_ in ("conj", "pobj"):
            continue   # a department of an office: "Director General of Mineral and Coal"
        if ent.label_ == "PERSON" and len(ent) == 1 and any(t.dep_ == "det" for t in ent.root.children):
            continue   # a description: "The 46-year-old Scot"
        if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in ent):
            continue   # no name: "the garage's forecourt attendant"
        if ent.text in bodies:
            continue   # a body: "video app Lumora", "the startup Lumora", then "Lumora"; "(Minem)"
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.end < len(doc) and _titled_word(doc[ent.end]) \
                and ent.start and doc[ent.start - 1].lower_ == "the":
            continue   # a people's word before a title: "The Azerbaijani Deputy Prime Minister"
        if _ranked(ent[0]):
            continue   # one of a family: "the younger Whitford"
        ent = _with_given_name(ent) if ent.label_ == "PERSON" else _person_typed_otherwise(ent)
        if ent is not None and ent.label_ != "PERSON" and len(ent) == 1:
            ent = _with_given_name(ent)   # (typed a body, its given name left out: "Raili" +
            # "Nurmi, a retired teacher," beside her son "Ville Nurmi")
        if ent is not None and not _title_only(ent):
            found.append(ent)
    return found


def _written_alone(docs: Sequence[Doc]) -> set[str]:
    """The last words of two-word names typed a group, a known given name first, that the
    article also names alone (or after a title of address: "Helen Marchbank said ... . Ms
    Marchbank said"): the ``Ouda`` of "Hashem Ouda said ... . '...,' Ouda said" (not
    the ``Stanley`` of "Morgan Stanley", always written whole, nor the ``Healthcare`` of
    "Lenox Healthcare", never a name of its own)."""
    alone = {e[-1].text for doc in docs for e in doc.ents if e.label_ in ("PERSON", "ORG") and (
        len(e) == 1 or len(e) == 2 and fold(e[0].text).rstrip(".") in _ADDRESS)}   # (or after a
    # title of address the recogniser took in: "Ms Marchbank said")
    return {e[1].text for doc in docs for e in map(_without_score, doc.ents)
            if e.label_ == "ORG" and len(e) == 2 and e[1].text in alone and _known_given(e[0].text)
            and _is_name_word(e[1].text) and fold(e[1].text) not in _NOT_NAMES}


def _given_left_out(word: Token, ent: Span) -> bool:
    """Whether ``word``, right before the name ``ent``, is an untyped name word of it that a
    title word or a capitalised office's department precedes (the "Dhruba" of "Assam Chief
    Minister Dhruba Kumar Kalita", the "Ana" of "Public defender Ana Paula de Souza Lima")."""
    title = word.doc[word.i - 1]
    return word.ent_iob_ == "O" and word.pos_ == "PROPN" and word.dep_ == "compound" \
        and ent.start <= word.head.i < ent.end and _is_name_word(word.text) \
        and fold(word.text) not in _OFFICE_WORDS \
        and (title.text[:1].isupper() and fold(title.text).rstrip(".") in _OFFICE_WORDS
             or fold(title.text) in BEFORE_NAMES)


def _set_off_name_start(ent: Span) -> Optional[int]:
    """Where a name set off by a comma after a role starts where the recogniser typed only its
    last word: the "Ricardo Salgado" of "The Minister of Justice and Law, Ricardo Salgado
    Peñuela," (untyped name words the parse hangs on the name); None where none are left out."""
    doc, start = ent.doc, ent.start
    while start > max(ent.start - 3, 1) and doc[start - 1].ent_iob_ == "O" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end \
            and _is_name_word(doc[start - 1].text) and fold(doc[start - 1].text) not in TITLES \
            and not _ACRONYM.fullmatch(doc[start - 1].text):   # (nor a rank's initials: "SP Williams")
        start -= 1
    # (only where it typed a surname alone, or left out a known given name or a longer word
    # before a person's noun: "Fo" + "Samuel Tchatchoua" is a title and a name, "Hatem" + "Ben
    # Romdhane" one name, as is "Her neighbour, Darartu Wario Guyo,")
    return start if start < ent.start and (len(ent) == 1 or _known_given(doc[start].text) or (
            start == ent.start - 1 and len(doc[start]) > 3 and start >= 2 and _person_noun(doc[start - 2]))) \
        and doc[start - 1].text == "," and ent.root.dep_ == "appos" else None


def _bracketed_after_name(ent: Span, reach: int = 8) -> bool:
    """Whether ``ent`` lies in brackets opened right after a name (within ``reach`` words)."""
    doc = ent.doc
    for i in range(ent.start - 1, max(ent.start - 1 - reach, 0), -1):
        if doc[i].text == ")":
            return False
        if doc[i].text == "(":
            return doc[i - 1].pos_ == "PROPN"
    return False


def _without_score(ent: Span) -> Span:
    """An entity without the numbers the recogniser ran on into after a name: the score of
    "rallied past fourth-seeded Daria Lebedeva 4-6, 7-6 (8), 6-3" (typed an organisation)."""
    end = ent.end
    while end - ent.start > 1 and (ent.doc[end - 1].like_num or ent.doc[end - 1].is_punct):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _described_after(ent: Span) -> bool:
    """Whether a description is set off right after ``ent``: "Nurmi, a retired teacher,"."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].text == "," \
        and any(a.dep_ == "appos" and a.i > ent.end and any(d.lower_ in ("a", "an") for d in a.children)
                for a in ent.root.children)


def _with_given_name(ent: Span) -> Span:
    """A name the recogniser typed without the given name of known gender before it (left
    outside, or typed a place alone): ``Layla`` + ``Mansour``, ``Halina`` + ``Maria Wróblewska``,
    ``Khadija`` + ``Osman Ali`` (a compound of "Osman"); a given name of unknown gender before a
    surname set off as an apposition: "Her Malaysian counterpart, ``Azman`` + ``Hafiz``,"."""
    before = ent.doc[ent.start - 1] if ent.start else None
    # (untyped, or an entity of its own, which right before ``ent`` is one word)
    if len(ent.text.split()) <= 2 and before is not None and before.ent_iob_ in ("O", "B") \
            and before.pos_ == "PROPN" \
            and (before.dep_ == "compound" and ent.start <= before.head.i < ent.end
                 or _after_body(before) and _known_given(before.text)) \
            and _is_name_word(before.text) and fold(before.text) not in _NOT_NAMES \
            and (_known_given(before.text)
                 or len(ent) == 1 and (ent.root.dep_ == "appos" or _described_after(ent))) \
            and not (before.ent_type_ == "GPE" and before.i and ent.doc[before.i - 1].pos_ == "ADP"):
        # (a place a preposition governs is no given name: "Ambassador ... to Russia Joseph
        # Mbeki-Tomba", whatever people the reference data calls Russia)
        named = Span(ent.doc, before.i, ent.end, label="PERSON")
        first = ent.doc[before.i - 1] if before.i else None
        if len(named) == 3 and first is not None and first.ent_iob_ == "O" and first.pos_ == "PROPN" \
                and first.dep_ == "compound" and first.head.i in (before.i, before.head.i) \
                and _known_given(first.text) and fold(first.text) not in _NOT_NAMES:
            return Span(ent.doc, first.i, ent.end, label="PERSON")   # (and a first given name:
            # "Víctor" + "Hugo" + "Llerena Tapia")
        return named
    return ent


def _after_body(token: Token) -> bool:
    """Whether ``token``, untyped, comes right after a body's name that an office is of, where
    the parse may hang a given name anywhere: the "Maryam" of "Chief Executive Officer of Al
    Bidda Shipping Lines Maryam Saad Al-Marri"."""
    doc = token.doc
    if token.ent_iob_ != "O" or not token.i or doc[token.i - 1].ent_type_ != "ORG":
        return False
    body = entity_at(doc[token.i - 1])
    return body is not None and _office_of_before(doc, body.start)


def _office_of_before(doc: Doc, at: int) -> bool:
    """Whether a capitalised title and its "of" stand right before ``at``, where what the office
    is of starts: "Officer of" | "Al Bidda Shipping Lines", "Secretary of" | "the Security
    Council"."""
    return at >= 2 and doc[at - 1].lower_ == "of" and doc[at - 2].text[:1].isupper() \
        and fold(doc[at - 2].text) in BEFORE_NAMES


def _office_place(ent: Span) -> bool:
    """Whether ``ent`` is the place of an office whose holder is named beside it: "The mayor of
    São Telmo, Joaquim Ferraz," and "Joaquim Ferraz, the mayor of São Telmo," (the recogniser
    typed the town a person)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in PERSON_ROLES:
        return False
    role = root.head.head
    beside = [t for t in root.children if t.dep_ == "appos"] + ([role.head] if role.dep_ == "appos" else [])
    return any(t.ent_type_ == "PERSON" and not ent.start <= t.i < ent.end for t in beside)


def _title_before(doc: Doc, to: int, titles: Collection[str] = _ENVOYS) -> bool:
    """Whether a title of ``titles`` (an envoy's, unless told) ends before ``to`` ("to" of the
    place the envoy is sent to, "of" of what an office is of), with only capitalised words,
    "of", "and" and "the" between: "Ambassador to", "Ambassador Extraordinary and
    Plenipotentiary of China to", "Spokesperson of the Ministry of Foreign Affairs of"."""
    i = to - 1
    while i >= max(to - 8, 0) and (doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "and", "the")):
        if fold(doc[i].text).rstrip(".") in titles:
            return True
        i -= 1
    return False


# Words that set off another name a person is known by: "known as Geedi Yare", "nicknamed".
_KNOWN_AS = {"known", "nicknamed"}
# How a judge of England's High Court is addressed before "Justice": "Mrs Justice Ransome".
_JUDGES_ADDRESS = {"mr", "mrs", "ms", "miss", "lord", "lady"}


def _proper_pairs(doc: Doc) -> list[int]:
    """The indexes of the tokens tagged a proper noun (PROPN) whose next token is one too, in
    order: where a name of two words or more may start (read from one array, not token by
    token)."""
    proper = doc.to_array(POS) == PROPN
    return numpy.flatnonzero(proper[:-1] & proper[1:]).tolist()


def _untyped_names(doc: Doc, pairs: Sequence[int]) -> list[Span]:
    """Names the recogniser left untyped after a title word: the ``Ransome`` of "Mrs Justice
    Ransome", the ``Glenn Arbuthnot`` of "House Agriculture Committee Chair Glenn Arbuthnot" (a
    given name of known gender, then one more name word; or after an office's department:
    "Minister of Economic Development Pavel Grishanov"), or as a subject or an apposition
    ("..., Ousmane Ndiaye heading the winner"); a given name and a surname it typed alone as
    other things after a title ("Bank of Russia Governor Natalia Vorontsova", a place and a
    body); and a name after initials written without stops, as Indian papers write them,
    after a capitalised word of the office (the ``R Ashoka`` of "Leader of Opposition in the
    Assembly R Ashoka", the ``B Dayananda`` of "Police Commissioner B Dayananda", the name
    typed an organisation or nothing); and three or four untyped name words after a title ("BCB
    President Syed Ashfaqul Haque Chowdhury"), where the parse read no list, or three or more set
    off after an office ("The Prime Minister, Luís Filipe Carvalho de Menezes,"); and a given name
    alone with an age or a description set off after it ("Jeanette, 71,"). ``pairs``: where
    two proper nouns stand together (:func:`_proper_pairs`)."""
    found = []
    starts = set(pairs)
    for justice in (t for t in doc[1:-1] if t.text == "Justice"):   # (a judge of England's High
        # Court: "Mrs Justice Ransome")
        if fold(doc[justice.i - 1].text).rstrip(".") in _JUDGES_ADDRESS:
            end = justice.i + 1
            while end < len(doc) and end - justice.i <= 3 and doc[end].pos_ == "PROPN" \
                    and doc[end].ent_type_ in ("", "PERSON") and _is_name_word(doc[end].text):
                end += 1
            if end > justice.i + 1 and any(t.ent_type_ != "PERSON" for t in doc[justice.i + 1:end]):
                found.append(Span(doc, justice.i + 1, end, label="PERSON"))
    for given in (doc[i] for i in pairs if 1 <= i < len(doc) - 2):   # (a title, then a given
        # name and a surname each typed alone as something else: "Bank of Russia Governor
        # [Natalia] [Vorontsova]", a place and a body)
        title, surname = doc[given.i - 1], doc[given.i + 1]
        if not (title.text[:1].isupper()
                and fold(title.text).rstrip(".") in BEFORE_NAMES):
            continue
        typed = [t for t in (given, surname) if t.ent_iob_ != "O"]
        if typed and all(t.ent_type_ != "PERSON" and len(entity_at(t)) == 1 for t in typed) \
                and _known_given(given.text) and _is_name_word(surname.text) \
                and fold(surname.text) not in _NOT_NAMES and doc[given.i + 2].pos_ != "PROPN":
            found.append(Span(doc, given.i, given.i + 2, label="PERSON"))
    for initials in (doc[i] for i in pairs if i >= 1):
        name, office = doc[initials.i + 1], doc[initials.i - 1]
        if not (_BARE_INITIALS.fullmatch(initials.text) and initials.ent_iob_ == "O"
                and initials.head.i == name.i and _is_name_word(name.text) and office.text[:1].isupper()
                and office.pos_ in ("PROPN", "NOUN")):
            continue
        ent = entity_at(name)   # (none, or one word typed otherwise)
        if name.ent_iob_ == "O" or (ent is not None and len(ent) == 1 and name.ent_type_ != "PERSON"):
            found.append(Span(doc, initials.i, name.i + 1, label="PERSON"))
    for given in (doc[i] for i in pairs):
        title, surname = doc[given.i - 1] if given.i else None, doc[given.i + 1]
        if given.ent_iob_ != "O":
            continue
        titled = title is not None and title.text[:1].isupper() \
            and fold(title.text).rstrip(".") in BEFORE_NAMES | DEPARTMENTS
        # (after an office's department, a given name of unknown gender too, and a surname
        # typed a group alone: "Deputy Minister of Agriculture of the Russian Federation
        # Yevgeny Korablyov"; not where the name runs on: "Ivy Leung Wai-han"; a surname
        # may be hyphenated: "Kwame Asante-Boateng")
        word = _hyphenated(surname)
        after = doc[word.end] if word.end < len(doc) else None
        ends = after is None or after.pos_ != "PROPN" and after.text != "-"
        # (or after the place an office is to or for: "Mexican Ambassador to Cuba Guadalupe
        # Rentería"; untyped before a known given name: "UN Deputy Special Envoy for Sudan Kwame
        # Asante-Boateng")
        place = entity_at(title) if title is not None and title.ent_type_ in ("GPE", "ORG") else None
        at = place.start if place is not None and place.end == given.i else title.i \
            if title is not None and title.ent_iob_ == "O" and title.pos_ == "PROPN" and _known_given(given.text) \
            else None
        # (or after the body an office is of, a given name of known gender: "Secretary of the
        # Security Council of the Republic of Armenia Tigran Avetisyan")
        placed = at is not None and at >= 2 and (
            doc[at - 1].lower_ in ("to", "for") and (fold(doc[at - 2].text) in BEFORE_NAMES
                                                      or _title_before(doc, at - 1))
            or _office_of_before(doc, at) and _known_given(given.text))
        titled = titled or placed
        office = titled and (placed or fold(title.text) in DEPARTMENTS) and surname.ent_type_ != "PERSON" \
            and (surname.ent_iob_ == "O" or len(entity_at(surname)) == 1) and ends
        if (surname.ent_iob_ == "O" or office) and ends \
                and (titled or (given.dep_ == "compound" and given.head.i == surname.i
                                and (surname.dep_ in ("nsubj", "nsubjpass", "appos")
                                     or title is not None and title.text == "," and after is not None
                                     and after.text == ",")   # (set off: "the mayor of Jūrmala,
                                # Aivars Bērziņš,")
                                and fold(surname.text) not in _NOT_NAMES)) \
                and _is_name_word(given.text) and _is_name_word(word.text) \
                and fold(given.text) not in _NOT_NAMES and fold(surname.text) not in _NOT_NAMES \
                and (_known_given(given.text) or office):
            found.append(Span(doc, given.i, word.end, label="PERSON"))
    for title in (doc[i - 1] for i in pairs if i >= 1 and i + 1 in starts):   # (three or four
        # name words, all untyped, after a title: "BCB President Syed Ashfaqul Haque Chowdhury
        # defended"; not one of a list the parse read, "... and Regional Development, Ms Rose
        # Nyokabi Mutua,")
        if not (title.text[:1].isupper() and fold(title.text).rstrip(".") in BEFORE_NAMES):
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 4 and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" \
                and _is_name_word(doc[end].text):
            end += 1
        if end - title.i > 3 and (end == len(doc) or doc[end].pos_ != "PROPN") \
                and doc[end - 1].dep_ != "conj" \
                and not any(f.start < end and title.i < f.end for f in found):
            found.append(Span(doc, title.i + 1, end, label="PERSON"))
    for comma in (t for t in doc[1:-3] if t.text == ","):   # (a name of three words or more,
        # particles among them, all untyped, set off after the office it holds, as Portuguese
        # names are written: "The Prime Minister, Luís Filipe Carvalho de Menezes, did not speak")
        end = comma.i + 1
        while end < len(doc) and end - comma.i <= 6 and doc[end].ent_iob_ == "O" and (
                doc[end].pos_ == "PROPN" and _is_name_word(doc[end].text)
                or end > comma.i + 1 and doc[end].lower_ in PARTICLES and doc[end].is_lower):
            end += 1
        last = doc[end - 1]
        if end - comma.i > 3 and (end == len(doc) or doc[end].text == ",") and not last.is_lower \
                and last.dep_ == "appos" and last.head.i == comma.i - 1 \
                and fold(last.head.text) in PERSON_ROLES \
                and any(_known_given(t.text) for t in doc[comma.i + 1:comma.i + 3]):   # ("Luís", whose
            # gender "Lois" leaves unknown, "Filipe")
            found.append(Span(doc, comma.i + 1, end, label="PERSON"))
    for given in doc[:-3]:   # (a given name alone, untyped, with an age or a description set
        # off after it, as voters and workers are quoted: "Jeanette, 71, a retired teacher from
        # Sun City,", "Dolores, a packing-line operator who has worked at the plant for 26 years")
        if given.ent_iob_ == "O" and given.pos_ in ("PROPN", "NOUN") and _is_name_word(given.text) \
                and (given.i == 0 or not doc[given.i - 1].text[:1].isupper()) \
                and _known_given(given.text) and _alone_named(doc[given.i:given.i + 1]):   # (a noun
            # to the tagger too: "Dolores")
            found.append(Span(doc, given.i, given.i + 1, label="PERSON"))
    return found


def _subject_alone(token: Token) -> bool:
    """Whether ``token`` is a name word standing alone as a subject, typed a person, a body or
    nothing: the ``Kassymov`` of "Kassymov said" (not initials, a title, a day's or a month's
    name, nor a word after an article: "the Assembly said")."""
    return token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass") \
        and token.ent_type_ in ("", "PERSON", "ORG") and (token.ent_iob_ == "O" or len(entity_at(token)) == 1) \
        and not token.text.isupper() and token.text not in _CALENDAR \
        and fold(token.text).rstrip(".") not in BEFORE_NAMES \
        and not any(c.dep_ in ("compound", "det") for c in token.children) and _is_name_word(token.text)


_CALENDAR = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])
# Words of a title or of an office's department, no name's: "Minister", "Police".
_OFFICE_WORDS = BEFORE_NAMES | DEPARTMENTS


def _before_surnames(doc: Doc, pairs: Sequence[int], alone: Collection[str], named: Sequence[Span]) -> list[Span]:
    """Full names after an office's capitalised words, the recogniser typing them nothing or
    running them into a body or a place, whose surname the article names a person alone (in
    ``alone``), where ``named`` has none over them: the ``Yerzhan Kassymov`` of "Minister of
    Trade and Integration of Kazakhstan Yerzhan Kassymov" where "Kassymov said" follows
    (``pairs``: :func:`_proper_pairs`)."""
    found = []
    for surname in (doc[i + 1] for i in pairs if i >= 1):
        given, before = doc[surname.i - 1], doc[surname.i - 2]
        if surname.text not in alone or surname.ent_type_ == "PERSON" or given.ent_type_ == "PERSON" \
                or not given.is_title or given.like_num \
                or not _is_name_word(given.text) or fold(given.text).rstrip(".") in _OFFICE_WORDS \
                or not before.text[:1].isupper() or before.is_sent_start \
                or surname.i + 1 < len(doc) and doc[surname.i + 1].pos_ == "PROPN" \
                or any(n.start <= surname.i < n.end for n in named):
            continue
        found.append(Span(doc, given.i, surname.i + 1, label="PERSON"))
    return found


def _body_by_noun(ent: Span) -> bool:
    """Whether a body's noun in lower case (no person's) sets ``ent`` off or stands right
    before it: "Salas's party, Fuerza Andina,", "the agency Sahel Presse International"."""
    before = [ent.doc[ent.start - 1]] if ent.start else []
    # (not the body of an office before it: "superintendent of police K.S. Ramegowda")
    before = [t for t in before if not (t.i and t.nbor(-1).lower_ in ("of", "for"))]
    # (not a player's position, nor a name with a known given name: "Dmitri Volkov, the
    # 36-year-old center,"; but "The party, Adal Jol," whose noun alone is the subject)
    return any(t.pos_ == "NOUN" and t.is_lower and t.lower_ in _BODY_NOUNS - POSITIONS and not _person_noun(t)
               and (not _known_given(ent[0].text) or t.i < ent.start and t.dep_ in ("nsubj", "nsubjpass")
                    and [c.lower_ for c in t.lefts] == ["the"] and t.nbor().text == ",")
               for t in _apposed(ent.root) + before)


def _titled_word(token: Token) -> bool:
    """Whether ``token`` is a title capitalised before a name: ``Dr``, ``Mayor``."""
    return token.text[:1].isupper() and fold(token.text).rstrip(".") in TITLES


def _person_typed_otherwise(ent: Span) -> Optional[Span]:
    """The person's name in an entity the tagger typed an organisation: a title and a name
    (``Councillor Priya Ramaswamy``, the ``State Gloria Pettibone`` of ``Secretary of State
    Gloria Pettibone``), a name set off by a person's role (``His counterpart, Nadia
    Ferenczi,``), a hyphenated surname with the given name it left outside (``Rosalind`` +
    ``Achterberg-Hale``), the name after a body's title or a title's body (the ``Dmitry
    Peskarev`` of ``Kremlin Spokesman Dmitry Peskarev``, the ``Adebayo Ogunleye`` of "Minister
    of State for Petroleum Resources Adebayo Ogunleye"), or a lone given name typed a group where it is
    the subject, owner or apposition a person's name is (the ``Serhii`` of "Back in the
    cellar, Serhii watches a screen") or set off by a person's noun and an age ("their
    daughter, Simi, 19,"), or a full name typed a place or group set off by a person's noun
    ("The couple's eldest son, Tunde Adeyemi,"); None for any other entity."""
    if ent.label_ == "GPE" and ent.start and ent.doc[ent.start - 1].lower_ == "of" \
            and _title_before(ent.doc, ent.start - 1, BEFORE_NAMES):
        words = [t.lower_ for t in ent]   # (an office's country and the name after it: "Spokesperson
        # of the Ministry of Foreign Affairs of the Republic of Armenia Lusine Hakobyan")
        if words[-5:-3] == ["republic", "of"] and all(_is_name_word(t.text) for t in ent[-3:]):
            return Span(ent.doc, ent.end - 2, ent.end, label="PERSON")
    if ent.label_ in ("NORP", "GPE", "WORK_OF_ART"):
        root = ent.root
        set_off = any(_person_noun(t) for t in _set_off_from(root))
        if ent.label_ == "WORK_OF_ART":   # (after a quote: "Abdourahamane Ould Sidi Mohamed,
            # Minister of State, Minister of Mines and Energy Transition, told"; not a name in
            # quotation marks, the head of the foundation "Taza Suu")
            quoted = ent.end < len(ent.doc) and ent.doc[ent.end].text in QUOTE_MARKS
            return ent if 2 <= len(ent) <= 4 and not quoted and all(_is_name_word(t.text) for t in ent) and any(
                t.pos_ == "PROPN" and t.lower_ in _PERSON_NOUNS for t in _apposed(root)) else None
        if len(ent) in (2, 3) and (any(_person_noun(t) for t in _apposed(root))
                                   or _known_given(ent[0].text) and _age_after(ent)) \
                and all(_is_name_word(t.text) for t in ent):
            return ent   # a full name set off by a person's noun: "The couple's eldest son, Tunde
            # Adeyemi,", "Hong Min, a senior researcher at ...,"; or a given name's, by an age:
            # "Ethan Park, 22, a senior in economics," (a place)
        if len(ent) != 1 or root.tag_ != "NNP" or any(t.dep_ == "det" for t in root.children):
            return None
        doc = ent.doc
        if (set_off or root.dep_ in ("nsubj", "nsubjpass")) and _age_after(ent):
            return ent   # a name set off by a person's noun, or a subject, with an age: "their
            # daughter, Simi, 19,", '"...," said Hasnah, 41,'
        if not _known_given(root.text):
            return None
        # (a place needs a person's noun or an age set off after it: "For Latha, a
        # 34-year-old schoolteacher,")
        apposed = any(t.dep_ == "appos" and (t.lemma_.lower() in _PERSON_NOUNS or _AGED.search(
            t.doc[t.left_edge.i:t.i].text)) for t in root.children)
        return ent if apposed or (ent.label_ == "NORP" and root.dep_ in ("nsubj", "nsubjpass", "poss", "appos")) \
            else None
    if ent.label_ != "ORG" or _company_name(ent) or _body_by_noun(ent):
        return None   # (a company's name, whatever noun sets it off: "The developer, Crestline Homes,";
        # a body's by the noun before it: "the Paris-based agency Sahel Presse International (SPI),
        # the country's communication minister said", a role the parse set off from it)
    if _in_brackets(ent.doc, ent.end) == _capitals(ent.text):
        return None   # (a body its initials follow: "The President of the Association of Licensed
        # Currency Dealers (ALCD), Alhaji Aminu Dahiru Gwadabe,", no "Currency Dealers")
    described = _description_after(ent) if len(ent) == 1 and _is_name_word(ent.text) and not ent.text.isupper() \
        else None
    if described is not None and (_person_noun(described) or _known_given(ent.text)
                                  or _TENURE.search(ent.doc[described.i:described.right_edge.i + 1].text)):
        return ent   # a lone given name set off by a person's noun or the years someone has
        # worked: "Amrit, a forklift operator at the warehouse for nine years,"
    root = ent.root
    if len(ent) == 1 and _known_given(ent.text) and root.dep_ in ("nsubj", "nsubjpass") and (
            any(t.dep_ == "relcl" and t.left_edge.lower_ in ("who", "whose") for t in root.children)
            or ent.start and ent.doc[ent.start - 1].dep_ == "compound" and ent.doc[ent.start - 1].head.i == root.i
            and ent.doc[ent.start - 1].pos_ == "NOUN" and ent.doc[ent.start - 1].is_lower):
        return ent   # a lone given name, the subject, that a relative clause sets off or a noun of
        # what they do comes before: "Narelle, who runs a cafe ..., said", "stallholder Florence said"
    if len(ent) == 2 and _known_given(ent[0].text) and _is_name_word(ent[1].text) and any(
            t.dep_ == "relcl" and t.left_edge.tag_ in ("WP", "WP$")
            or t.dep_ == "prep" and t.lower_ == "of" and t.i == ent.end
            and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in t.children) for t in ent.root.children):
        return ent   # a given name and a surname a relative clause sets off, or the body they are
        # of: "Sanja Perović, whose Civic Forum holds three seats,", "Ingrid Hauge of Oslo broker
        # Skarv Markets"
    if fold(ent[0].text).rstrip(".") in _ADDRESS and 2 <= len(ent) <= 4 \
            and all(_is_name_word(t.text) for t in ent[1:]):
        return ent   # a title of address and a name: "Ms Marchbank"
    before = ent.doc[ent.start - 1] if ent.start else None
    title = 0
    while title < len(ent) and (fold(ent[title].text).rstrip(".") in BEFORE_NAMES
                                or (title and ent[title].lower_ in ("of", "for", "and"))
                                or (title and fold(ent[title].text) in DEPARTMENTS)):
        title += 1   # (and the office's departments: "State for Infrastructure and Transport")
    if not title:   # a body's title before the name: "Kremlin Spokesman Dmitry Peskarev"; the
        # body of a title before it: "Minister of State for Petroleum Resources Adebayo Ogunleye"
        # (the last title word: "First Deputy Permanent Representative Dmitry Polyakov-Sinitsyn")
        inner = max((i for i in range(1, len(ent) - 2) if fold(ent[i].text).rstrip(".") in BEFORE_NAMES),
                    default=None)
        if inner is None and before is not None and before.lower_ in ("of", "for", "to", "at") and len(ent) >= 3 \
                and any(fold(t.text).rstrip(".") in TITLES for t in ent.doc[max(before.i - 4, 0):before.i]):
            # (the name from a known given name or an initial on: "Deputy Minister of Public
            # Health Rolando Guerra Peña", "Leader of the Opposition R. Venkatesh Gowda",
            # "Director General of Maritime Trade at the Turkish Ministry of Transport and
            # Infrastructure Ayşegül Demirbağ"; else
            # its last two words: "Ambassador to the United States Anatoly Antonov")
            inner = next((i - 1 for i in range(1, len(ent) - 1) if (_known_given(ent[i].text)
                          and fold(ent[i].text) not in _WORLD   # (not "Armenia" of "the Central
                          # Bank of Armenia Gevorg Martirosyan")
                          or _INITIAL.fullmatch(ent[i].text)) and len(ent) - i <= 3), len(ent) - 3)
        if inner is not None:
            name = ent[inner + 1:]
            words = name.text.split()
            initial = _INITIAL.fullmatch(words[0]) is not None   # "R. Venkatesh Gowda"
            # (no department's name: the "Urban Development" of "Housing and Urban Development")
            if 2 <= len(words) <= 3 and all(_is_name_word(w) for w in words[initial:]) \
                    and fold(words[-1]) not in DEPARTMENTS \
                    and (_known_given(words[0]) or initial or fold(ent[inner].text) in DEPARTMENTS
                         or before is not None and before.lower_ == "to"
                         or inner >= 1 and ent[inner - 1].lower_ == "of" and _is_name_word(ent[inner].text)
                         or fold(ent[inner].text).rstrip(".") in _BODY_NOUNS | _COMPANY_WORDS | {"corporation"}
                         and inner >= 1 and ent[inner - 1].text[:1].isupper()):
                # (or after the one word of what the office is of, or a body's last word:
                # "Minister of Agriculture and Food of Belarus Yuri Gorlov", "Chairman of the
                # Board of China Agri-Resources Corporation Sun Weidong")
                return Span(ent.doc, name.start, name.end, label="PERSON")
    words = ent[title:].text.split()
    root = ent.root
    apposed = _apposed(root)
    # (set off right after a person's noun also where the parse lost the apposition: "the home
    # secretary, Gregory Paske,")
    # (or right after a person's noun in lower case: "senior advocate S. Lakshmi Narayan")
    # (or "The Minister of Budget and Economic Planning, Olumide Adeyemi-Bakare,": a role in
    # capitals with its article)
    described = any(_person_noun(t) or t.lower_ in PERSON_ROLES and any(c.dep_ == "det" for c in t.children)
                    for t in apposed) or (
        before is not None and before.text == "," and ent.start >= 2
        and _person_noun(ent.doc[ent.start - 2])) or (
        before is not None and before.is_lower and _person_noun(before)) or (
        # (or a parent's "of" and a number: "Mother of three Beatrice Akello")
        before is not None and before.pos_ == "NUM" and ent.start >= 3
        and ent.doc[ent.start - 2].lower_ == "of" and _person_noun(ent.doc[ent.start - 3])) or (
        # (or a role set off right after it, where the parse lost the apposition: "Priya Mistry,
        # the AEMU convenor in the body shop, said", "convenor" read as a verb)
        ent.end + 2 < len(ent.doc) and ent.doc[ent.end].text == ","
        and ent.doc[ent.end + 1].lower_ in ("the", "a", "an")
        and any(t.lower_ in PERSON_ROLES or _person_noun(t) for t in _until_comma(ent.doc, ent.end + 2, 4)))
    initials = 0
    while initials < len(words) - 1 and _INITIAL.fullmatch(words[initials]):
        initials += 1   # "S. Lakshmi Narayan", "M. N. Raghavendra Rao", "P. Lakshmi"
    # (or a title right before it: "Dr Leah Quarshie-Mensah", "director-general Dr Noraini Hashim")
    titled = before is not None and _titled_word(before)
    # (or a name and a suffix of rank: "Rebecca Thornbury KC")
    suffixed = len(words) >= 3 and fold(words[-1]).rstrip(".") in SUFFIXES
    names = words[initials:len(words) - suffixed]
    # (one name word will do after a title of address: "Mr Adeyemi-Bakare")
    addressed = before is not None and fold(before.text).rstrip(".") in _ADDRESS | {"dr"}
    # (a surname's particles inside aside: "prefect Jean-Philippe de Roux-Mazel", "Prefect
    # Bertrand de La Motte-Aubry")
    names = [w for k, w in enumerate(names) if not 0 < k < len(names) - 1 or w.lower() not in PARTICLES]
    if (title or described or titled or suffixed) and (1 if initials or addressed else 2) <= len(names) <= 3 \
            and all(_is_name_word(w) for w in names) \
            and not (title and ent[title - 1].lower_ in ("and", "&") and fold(names[-1]) in DEPARTMENTS):
        # (not an office's last portfolio: "Minister of Agriculture and Food Security")
        return ent
    if len(words) == 1 and not title and _is_name_word(words[0]) \
            and before is not None and before.ent_iob_ == "O" and before.pos_ == "PROPN" \
            and _is_name_word(before.text) and ("-" in words[0] or _known_given(before.text) and before.i
                                                and _titled_word(ent.doc[before.i - 1])):
        # (a hyphenated surname, or one after a title and a given name: "Mayor Ana" + "Costa")
        return Span(ent.doc, before.i, ent.end, label="PERSON")
    if len(words) == 1 and not title and _is_name_word(words[0]) and not words[0].isupper() \
            and (any(_person_noun(t) for t in apposed) or described and before is not None and before.text == ","
                 and ent.end < len(ent.doc) and ent.doc[ent.end].text == ","):
        return ent   # a surname alone set off by a person's noun: "Dlamini, the Stars coach"; a
        # given name set off after one: "Du Plessis's widow, Marlize,"
    return None


def _addressed_first(name: Optional[Token]) -> bool:
    """Whether the head of a name is the object of a participle set before its clause, whose
    subject is that clause's ("Addressing Carradine directly, she said")."""
    return name is not None and name.dep_ == "dobj" and name.head.tag_ == "VBG" \
        and name.head.dep_ == "advcl" and name.head.i < name.head.head.i


def _set_off_from(root: Token) -> list[Token]:
    """The words a name in apposition at ``root`` is set off from: the noun it is set off
    from, and the office where the parse set it off from the office's place ("The president
    of the Isola Serena region, Nunzio Calò,", "The mayor of Wajima-hama, Toshio Endo,", "The
    WHO's representative in Zambia, Fatoumata Diallo-Kane,", "the Returning Officer for Kogi East
    Senatorial District, Prof. Hadiza Umar-Bello,")."""
    if not _in_apposition(root):
        # (or the noun the parse hung on the name, set off before it: "The party's women's
        # wing, Wanawake Huru,")
        doc = root.doc
        return [c for c in root.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < root.i
                and doc[c.right_edge.i + 1].text == ","
                and all(t.pos_ == "PROPN" for t in doc[c.right_edge.i + 2:root.i])][:1]
    if root.head.dep_ == "pobj" and (root.head.head.lower_ == "of" or root.head.head.lower_ in ("in", "to", "for")
                                     and root.head.ent_type_ in ("GPE", "ORG")):
        return [root.head, root.head.head.head]
    return [root.head]


def _in_apposition(root: Token) -> bool:
    """Whether the name at ``root`` is set off after the noun it hangs from: an apposition, or
    a name addressed with a title right after a role's comma that the parse joined to it ("the
    Ilemela District Commissioner, Mr Elias Mwita Chacha, and fisheries officers")."""
    doc, head = root.doc, root.head
    return root.dep_ == "appos" or root.dep_ == "conj" and head.i + 2 == root.left_edge.i < root.i \
        and doc[head.i + 1].text == "," and doc[root.left_edge.i].lower_.rstrip(".") in _ADDRESS \
        and _role_word(head.lower_) in PERSON_ROLES


def _apposed(root: Token) -> list[Token]:
    """What a name at ``root`` is set off from (:func:`_set_off_from`), or else what is set off
    after it: "Hong Min, a senior researcher at ..."."""
    return _set_off_from(root) or [c for c in root.children if c.dep_ == "appos"]


def _named_after(token: Token) -> bool:
    """Whether a name is set off right after ``token``: "A neighbour, Gwen Pritchard, 71,"
    (an apposition, or a second subject where the parse made it one)."""
    doc = token.doc
    return any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in token.children) or (
        token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].ent_type_ == "PERSON")


def _person_noun(token: Token) -> bool:
    """Whether ``token`` is a common noun for a person (:data:`_PERSON_NOUNS`): "son",
    "homemaker", "the president of ..."."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _PERSON_NOUNS


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters (hyphenated parts too) that is no title, role or body
    (after an elided particle: "d'Almeida", "d’Estaing")."""
    word = _ELIDED.sub("", word, count=1)
    return _NAME_WORD.fullmatch(word) is not None and all(
        part[:1].isupper() and (fold(part) not in _NOT_NAMES or fold(part) in _CAPITAL_FORMS and not part.isupper())
        for part in word.split("-"))


def _holder_after(head: Token, mention: Span) -> Optional[Token]:
    """The last word of the name the parse hung on the "of" phrases of an office ``head`` that
    ``mention`` ends with, run on from the place or body: the "Usmonov" of "Deputy Prime
    Minister [of Uzbekistan Jamshid Usmonov] had assured him" (not one set off after it, "of
    Kwanar Dutse, Alhaji Lawali Garba", nor a department's name, "Economic Development");
    None where there is none."""
    if head.i != mention.end - 1 or not head.text[:1].isupper() or _role_word(head.lower_) not in PERSON_ROLES:
        return None
    doc = head.doc
    for t in head.subtree:
        if t.i > head.i + 3 and t.pos_ == doc[t.i - 1].pos_ == doc[t.i - 2].pos_ == "PROPN" \
                and _is_name_word(t.text) and _is_name_word(doc[t.i - 1].text) \
                and not {fold(t.text), fold(doc[t.i - 1].text)} & DEPARTMENTS \
                and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN") \
                and getattr(_office_over(t), "i", None) == head.i:
            return t
    return None


def _office_over(name: Token) -> Optional[Token]:
    """The capitalised role word that the "of" (or "for") phrases holding ``name`` hang from:
    the first "Minister" of "Minister of Investment, Industry and Trade of Uzbekistan Bakhtiyor
    Rakhmonqulov"; None where there is none within three phrases."""
    token = name
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.lower_ not in ("of", "for"):
            return None
        token = token.head.head
        if token.text[:1].isupper() and _role_word(token.lower_) in PERSON_ROLES:
            return token
    return None


def _context_role(ent: Span) -> Optional[str]:
    """The role the text gives a name where it names the person: the words before it
    (``Spain's coach Luis Enrique``), or the description it is set off from or in
    (``Luis Enrique, the Spanish coach,``)."""
    doc, root = ent.doc, ent.root
    office = _set_off_from(root)
    if len(office) == 2 and office[0].head.lower_ in ("in", "to", "for", "of") \
            and _role_word(office[1].lower_) in PERSON_ROLES:
        # (the office the parse set the name off from the office's place: "The WHO's
        # representative in Zambia, Fatoumata Diallo-Kane,", "the Returning Officer for Kogi East
        # Senatorial District, Prof. Hadiza Umar-Bello,", "The mayor of Montalegre, Fernando dos
        # Anjos Pereira,")
        role = " ".join(t.text for t in doc[office[1].left_edge.i:office[1].i + 1] if _in_role(t))
        return f"{role} {doc[office[0].head.i:office[0].i + 1].text}"
    if len(office) == 1 and office[0].dep_ == "pobj" and office[0].head.lower_ in ("to", "for") \
            and _role_word(office[0].head.head.lower_) in _COUNSEL and office[0].head.head.i < office[0].i:
        # (the one a lawyer acts for, the parse setting the name off from them: "Counsel to the
        # sacked senator, Chief Wole Adeniran-Cole,")
        counsel = office[0].head.head   # (from after a comma before it: not "cross-examination,")
        start = max([counsel.left_edge.i] + [t.i + 1 for t in doc[counsel.left_edge.i:counsel.i] if t.is_punct])
        return doc[start:office[0].i + 1].text
    start, over = root.left_edge.i, None   # (the office the name's "of" phrases hang from)
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") and root.head.head.lower_ in PERSON_ROLES \
            and start < ent.start and all(t.pos_ == "NOUN" and t.is_lower for t in doc[start:ent.start]):
        start = root.head.head.left_edge.i   # "Superintendent of police Harpreet Gill": his role
        # (and "Union minister of state for railways V Somashekar")
    elif start >= 2 and start < ent.start and doc[start - 1].lower_ == "of" and doc[start - 1].head.i == start - 2 \
            and doc[start - 2].lower_ in PERSON_ROLES and all(t.pos_ == "NOUN" and t.is_lower for t in doc[start:ent.start]):
        start = doc[start - 2].left_edge.i   # (the parse hanging the name apart: "KAGD
        # superintendent of police K.S. Ramegowda")
    elif root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in PERSON_ROLES \
            and start < ent.start and all(t.pos_ in ("PROPN", "DET") for t in doc[start:ent.start]):
        start = root.head.head.left_edge.i   # "Mexican Ambassador to Cuba Guadalupe Rentería"
    elif start < ent.start and all(t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "")
                                   for t in doc[start:ent.start]):
        over = _office_over(root)   # "Minister of Investment, Industry and Trade of Uzbekistan
        if over is not None:        # Bakhtiyor Rakhmonqulov": the office, not "Uzbekistan"
            start = over.left_edge.i
    # (not initials in brackets alone, which the parse may hang on the name: "General Manager
    # of the Barbados Water Authority (BWA) Charmaine Holder-Best", read below)
    bracketed = ent.start - start == 3 and doc[start].text == "(" and doc[ent.start - 1].text == ")"
    left = [t for t in doc[start:ent.start] if _in_role(t)] if not bracketed else []
    if not left:   # a parse that hangs the title elsewhere: the run of title words before it
        i = end = ent.start
        if i >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and _ACRONYM.fullmatch(doc[i - 2].text):
            i = end = i - 3   # (over initials in brackets: an office's, left out, "Chief Election
            # Commissioner (CEC) Kazi Mahbubur Rahman Siddiqui"; a body's it is of, kept, "Chairman
            # of the Central Bank of Azerbaijan (CBA) Rashad Nuriyev")
            over = _office_over(doc[i - 1])
            if over is not None:
                i, end = over.left_edge.i, ent.start
        while i > _sentence_start(ent) and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ") and (
                doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in PERSON_ROLES
                or doc[i - 1].dep_ in ("amod", "compound") and i <= doc[i - 1].head.i < ent.start):
            i -= 1   # (and the words of the run's role: "Chief financial officer Anjali Deshpande")
        first = doc[i]
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        ends = _office_over(first) if i < ent.start and first.i < i else None
        if ends is not None:   # (the office whose portfolios the run ends: "Minister for Housing,
            over, i = ends, ends.left_edge.i   # Local Government and Heritage Declan Furlong")
        if i == ent.start and i >= 3 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower \
                and doc[i - 2].lower_ == "of" and doc[i - 2].head.i == i - 3 and doc[i - 3].lower_ in PERSON_ROLES:
            i = doc[i - 3].left_edge.i   # (a parse that hangs the name off the role: "director
            # general of police Alok Kumar Srivastava")
        prep = i - 2 if i >= 3 and doc[i - 1].dep_ == "det" else i - 1
        if prep >= 1 and i < ent.start and doc[prep].lower_ in ("to", "of", "for") \
                and doc[prep].head.lower_ in PERSON_ROLES:   # (a place between: not "attorney for X")
            i = doc[prep].head.left_edge.i   # "Russian Ambassador to the United States",
            # "Sudan's Ambassador to Ankara"
        left = list(doc[i:end])
    left = [t for t in left if t.lower_.rstrip(".") not in _UNROLED and t.dep_ != "nummod"]
    # Only what follows another name or an "and": "French President Louis Marchand and German
    # Chancellor Eva Keller" gives Keller "German Chancellor" (not inside the office's own
    # phrases: "Industry and Trade").
    left = left[max((i for i, t in enumerate(left) if t.pos_ == "CCONJ" and over is None
                     or t.ent_type_ == "PERSON"), default=-1) + 1:]
    if left:   # (brackets closed up: "... of Azerbaijan (CBA)")
        return " ".join(t.text for t in left).replace("( ", "(").replace(" )", ")")
    if _in_apposition(root) and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != "PERSON" \
            and not (root.head.dep_ == "pobj" and root.head.ent_type_ in ("GPE", "LOC", "ORG")
                     and not (root.head.head.lower_ == "of"
                              and _role_word(root.head.head.head.lower_) in PERSON_ROLES)) \
            and root.head.ent_type_ not in _AMOUNTS and not _place_noun(root.head):
        head = root.head   # (not the place the parse set the name off from: "for Umbeli, Henrik
        # Solbakken,", but an office's: "The governor of the Banque de France, Étienne de
        # Saint-Aubin,"; nor an amount: "at least 95 percent of lithium, Qian Hui, deputy ...")
        split = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "for") \
            else head.head if head.dep_ == "appos" and head.pos_ == "PROPN" else None
        if split is not None and _role_word(split.lower_) in PERSON_ROLES and split.i < head.i:
            # (the office whose portfolio or place the parse set the name off from:
            # "Queensland's Minister for Local Government, Annika Rourke,", "The governor of the
            # southern Brazilian state of Rio Grande do Sul, Marcelo Fagundes de Azevedo,")
            return " ".join(t.text for t in doc[split.left_edge.i:head.i + 1] if _in_role(t))
        role = " ".join(t.text for t in doc[head.left_edge.i:head.i + 1] if _in_role(t))
        # (with what a capitalised title is of or for: "the President of the Council of
        # Ministers, Ernesto Salcedo Vargas,", "Vanuatu's Minister for Climate Change Adaptation,
        # Jerome Moli,")
        of = next((p for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i == head.i + 1
                   and p.right_edge.i < root.left_edge.i), None) if _titled_word(head) else None
        return role if of is None else f"{role} {doc[of.i:of.right_edge.i + 1].text}"
    # (or a capitalised title set off after it, with what it is of: "H.E. Saeed bin Khalfan Al
    # Dhaheri, Minister of Energy and Infrastructure,"; not another's title in a list: "Dr
    # Ayesha Rauf Siddiqui, Minister of State for Commerce Zill-e-Huma Bokhari")
    appos = next((c for c in root.children if c.dep_ == "appos" and (
        c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and _titled_word(c))), None)
    if appos is None:
        return _role_set_off_before(ent) or _role_in_relative(root)
    if appos.i + 1 < len(doc) and doc[appos.i + 1].pos_ == "VERB":
        # (not the subject of the verb right after it, where the parse set it off from the name
        # that ends a clause: "... into Transportation Secretary Alan Brody, the panel's
        # chairman said Tuesday.")
        return None
    left = appos.left_edge.i
    word = _hyphenated(appos)
    if len(word) > 1:   # (the whole of a hyphenated role the parse set off in parts: "CEH vice" +
        appos = word[-1]   # "-" + "president for midstream projects")
    role = " ".join(t.text for t in doc[left:appos.i + 1] if _in_role(t))
    of = next((p for p in appos.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == appos.i + 1), None)
    if appos.pos_ == "NOUN":   # (with the body it is of: "Capt. Turki bin Mansour Al-Ghamdi,
        # director general of Yanbu Commercial Port," is "the Yanbu port chief")
        body = next((o for o in of.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None) \
            if of is not None else None
        # (or the office it is for, in a few words: "Dr. Samuel Achterberg, the president's
        # nominee for surgeon general," is the "Surgeon general nominee")
        office = next((p for p in appos.children if p.dep_ == "prep" and p.lower_ == "for"
                       and p.i == appos.i + 1 and p.right_edge.i - p.i <= 4
                       and all(t.ent_type_ != "PERSON" for t in p.subtree)), None)
        if body is None and office is not None:
            return f"{role} {doc[office.i:office.right_edge.i + 1].text}"
        if body is None and of is not None and all(t.ent_type_ != "PERSON" for t in of.subtree):
            # (or what it is of, in words: "Park Sang-hoon, head of fixed income research at
            # Daehan Research," is "the analyst")
            return f"{role} {doc[of.i:of.right_edge.i + 1].text}"
        return role if body is None else f"{role} of {_ent_name(body) or body.text}"
    end = of.right_edge.i + 1 if of is not None else appos.i + 1
    if end < len(doc) and not doc[end].is_punct or any(t.ent_type_ == "PERSON" for t in doc[appos.i:end]):
        return None
    return role if of is None else f"{role} {doc[of.i:end].text}"


def _role_set_off_before(ent: Span) -> Optional[str]:
    """The role a name is set off after where the parse did not join them: "the defendant" of
    "... against the defendant, Khaled Fahad Al-Otaibi, 56," (the name made the verb's object),
    "The committee's chair, Rep. Gordon Asher, a Wisconsin Republican," (a title of address
    before the name, the role an owner's); None where the words before the name are no role
    of "the" or an owner set off by commas."""
    doc = ent.doc
    start = ent.start
    while start > 1 and fold(doc[start - 1].text).rstrip(".") in _COURTESY | TITLES:
        start -= 1
    if start < 3 or ent.end >= len(doc) or doc[start - 1].text != "," or doc[ent.end].text != ",":
        return None
    noun = doc[start - 2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_ROLES \
            or not any(t.dep_ == "det" and t.lower_ == "the" or t.dep_ == "poss" and t.pos_ != "PRON"
                       for t in noun.children):
        return None
    return " ".join(t.text for t in doc[noun.left_edge.i:noun.i + 1] if _in_role(t))


# Verbs of a relative clause set off after a name that say the role the person holds: "who
# remains its chief executive", "who serves as mayor of Hull"; and those that say it in the past
# too, as one taken up: "who took over as CEO", "who became chief executive in May".
_HOLDING_VERBS = {"be", "remain", "serve", "act"}
_TAKING_VERBS = {"become", "take"}


def _role_in_relative(root: Token) -> Optional[str]:
    """The role a relative clause set off after a name gives the person: "chief executive" of
    "Nigel Ebanks, who founded Harbourline in 2006 and remains its chief executive,", "CEO" of
    "Robert Lanctot, who took over as CEO in January,"; None where there is none (not
    another's: "who is the chief's cousin" names no chief; nor what one heads or leads, which
    says no role's word: "Abakar, who heads the Rally for a New Chad," is "Chad's main
    opposition leader")."""
    doc = root.doc
    clause = next((c for c in root.children if c.dep_ == "relcl" and c.i > root.i
                   and doc[c.left_edge.i - 1].text == ","
                   and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)), None)
    if clause is None:
        return None
    for verb in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))):
        lemma = verb.lemma_.lower()
        client = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj"), None) if lemma == "appear" else None
        if client is not None:   # (counsel in court: "Devindra Kissoon, who appeared for the LGC,")
            return f"lawyer for {doc[client.left_edge.i:client.i + 1].text}"
        # (not one held before: "Ed Rendell, who served as general chairman of the DNC during
        # the 2000 election,")
        if lemma in _TAKING_VERBS or lemma in _HOLDING_VERBS and verb.tag_ != "VBD":
            noun = next((c for c in verb.children if c.dep_ == "attr"), None) or next(
                (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"), None)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _role_word(noun.lower_) not in PERSON_ROLES \
                    or any(t.dep_ == "case" for t in doc[noun.left_edge.i:noun.i]):
                continue
            role = " ".join(t.text for t in doc[noun.left_edge.i:noun.i + 1] if _in_role(t))
            of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == noun.i + 1), None)
            return role if of is None else f"{role} {doc[of.i:of.right_edge.i + 1].text}"
    return None


def _second_office(ent: Span) -> Optional[str]:
    """A second office set off by commas between a first and the name: the "Government
    Spokesman" of "The Minister of Communication, Government Spokesman, Jean-Pierre Ngono
    Essomba," (capitalised words ending in a role's; None where there is no such office)."""
    doc, end = ent.doc, ent.start - 1
    if end < 3 or doc[end].text != "," or not doc[end - 1].text.istitle() \
            or _role_word(doc[end - 1].lower_) not in PERSON_ROLES:
        return None
    start = end - 1
    while start > 0 and doc[start - 1].text.istitle() and doc[start - 1].ent_type_ not in ("PERSON", "GPE"):
        start -= 1
    first = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
    return doc[start:end].text if first is not None and first.text[:1].isupper() \
        and first.ent_type_ not in ("PERSON", "GPE") else None


def _elected_role(ent: Span) -> Optional[str]:
    """The office a name's sentence says the person was elected, appointed or named to:
    "president of the Asian Wrestling Council" of "Rustam Abdulov was re-elected president of
    the Asian Wrestling Council (AWC)", "mayor" of "Jane Doe, who was elected mayor in 2019,"
    (the parse may read "elected" as the office's adjective); None for none."""
    root = ent.root
    verbs = [root.head] if root.dep_ in ("nsubjpass", "nsubj") and root.head.i > root.i else []
    verbs += [t for t in root.children if t.dep_ == "relcl" and any(
        w.dep_ == "nsubjpass" and w.tag_ == "WP" for w in t.children)]
    for verb in verbs:
        offices = [o for o in verb.children if o.dep_ == "oprd"] if verb.lemma_.lower() in _TO_OFFICE \
            else [o for o in verb.children if o.dep_ == "attr" and verb.lemma_ == "be" and any(
                a.dep_ == "amod" and a.lower_ in _TO_OFFICE for a in o.children)]
        office = next((o for o in offices if _role_word(o.lower_) in PERSON_ROLES and o.pos_ == "NOUN"), None)
        if office is not None:
            start = min([t.i for t in office.children if t.dep_ in ("compound", "amod")
                         and t.lower_ not in _TO_OFFICE] + [office.i])
            end = office.i + 1
            of = next((p for p in office.children if p.dep_ == "prep" and p.lower_ in ("of", "for")), None)
            if of is not None:
                end = next((t.i for t in of.subtree if t.text in ("(", ",")), of.right_edge.i + 1)
            return ent.doc[start:end].text
    return None


# The verbs, and their participles, that put one in an office: "was elected mayor".
_TO_OFFICE = {"elect", "elected", "re-elect", "re-elected", "reelect", "reelected", "appoint", "appointed",
              "name", "named", "reappoint", "reappointed"}


def _after_chief(mention: Span, head: Token) -> bool:
    """Whether "chief" stands before ``head`` in ``mention``, which makes an anonymous noun an
    office: "the province's chief medical officer", "Co.'s chief executive officer"; or "top"
    after an owner: "The Pentagon's top budget official" (not "a top official")."""
    return any(t.lower_ == "chief" or t.lower_ == "top" and any(o.dep_ == "poss" for o in head.children)
               for t in mention if t.i < head.i)


def _until_comma(doc: Doc, start: int, most: int) -> Span:
    """Up to ``most`` words of ``doc`` from ``start``, ending before a comma."""
    end = start
    while end < len(doc) and end - start < most and doc[end].text != ",":
        end += 1
    return doc[start:end]


def _alone_named(ent: Span) -> bool:
    """Whether a one-word name is a given name used alone, as voters and workers are quoted:
    set off by an age ("Marcus, 34,") or by a description of one ("Amrit, a forklift
    operator")."""
    return _age_after(ent) or _description_after(ent) is not None


def _age_after(ent: Span) -> bool:
    """Whether an age is set off right after ``ent``: "Simi, 19,"."""
    return re.match(r",\s*\d{1,3}\s*,", ent.doc.text[ent.end_char:ent.end_char + 7]) is not None


def _description_after(ent: Span) -> Optional[Token]:
    """The head of a description by "a" or "an" set off after ``ent``: the "operator" of
    "Amrit, a forklift operator"."""
    return next((t for t in ent.root.children if t.dep_ == "appos" and t.pos_ == "NOUN"
                 and any(d.lower_ in ("a", "an") for d in t.children)), None)


# The years someone has done a job, which no body's description says: "a housekeeper of 14 years",
# "a forklift operator at the warehouse for nine years".
_TENURE = re.compile(r"\b(?:of|for)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years\b")


# Entity types of amounts, which no name is set off from as a role.
_AMOUNTS = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"}


# Nouns of a place or a line on a map, which the parse may set a name off from.
_MAP_NOUNS = _PLACE_NOUNS | {"border", "frontier", "boundary"}


def _place_noun(token: Token) -> bool:
    """Whether ``token`` is a common noun of :data:`_MAP_NOUNS` ("the Georgian border, Deputy
    Prime Minister ... Ramiz Gasimov")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _MAP_NOUNS


def _in_role(token: Token) -> bool:
    """Whether ``token`` is a word of a role said before or around a name: not punctuation,
    an article or a possessive pronoun, nor the person whose it is ("the former minister's
    chauffeur" is a chauffeur, no minister)."""
    return not token.is_punct and token.dep_ not in ("det", "case") and not _possessive_pronoun(token) \
        and not any(a.dep_ == "poss" and a.pos_ == "NOUN" and _person_noun(a)
                    for a in (token, token.head, token.head.head))


def _possessive_pronoun(token: Token) -> bool:
    """Whether ``token`` is a possessive pronoun, no word of a role: the "Its" of "Its
    chairman, Chen Yutong,"."""
    return token.dep_ == "poss" and token.pos_ == "PRON"


def _affiliation(text: str, end: int) -> Optional[str]:
    """The party and state a US lawmaker's name is followed by, as a role: "Louisiana
    Republican" for "Sen. Travis Boudreaux, R-La.," or "(R-La.)", so that "the Louisiana
    Republican" is that senator ("Democrat" for a district or city: "state Sen. Rosalind
    Acuña, D-Tucson,"); or the party named after "of the", with its standing ("ruling
    New Future Party" for "Rep. Kim Da-eun of the ruling New Future Party"); or the state alone:
    "Montana" for "Senator Marcus Halvorsen of Montana"."""
    found = _PARTY_STATE.match(text, end, end + 16)
    state = _STATES.get(found.group(2).replace(".", "").replace(" ", "").lower()) if found else None
    if state:
        return f"{state} {_PARTIES[found.group(1)]}"
    if found and found.group(2) != "Day":   # (a state lawmaker's party and district: "D-Tucson")
        return _PARTIES[found.group(1)]
    found = _OF_PARTY.match(text, end, end + 80)   # ("of the ruling New Future Party")
    if found:
        return found.group(1)
    found = _OF_STATE.match(text, end, end + 20)   # (the party set off elsewhere: ", a Republican,")
    return _STATES.get(found.group(1).replace(" ", "").lower()) if found else None


def _full_names(docs: Sequence[Doc], order: Sequence[int], headings: frozenset[int],
                found: list[tuple[int, Span, PersonName]]) -> list[tuple[int, Span, PersonName]]:
    """The full name of a person the tagger found by surname only, where the body writes it
    once outside a PERSON entity: ``Mehmet Oz — Ivy League-trained surgeon`` (untagged), then
    ``Oz`` throughout; ``President Obama`` throughout, and ``Barack Obama`` only in the name
    of a day (beside ``Michelle Obama``: the surname joins the full name its gender fits).
    Only a given name in the same phrase right before the surname (and its particle:
    ``Bashar al-Jaafari``, which the tagger typed an organisation), and only when the text
    gives that surname one such name."""
    bare = {n.surname for _, _, n in found if not n.given}
    if not bare:
        return []
    # (not a word of a name already found: the "Guo" of "Vice Minister of Commerce Guo
    # Tianming" is his family name, written first, not the surname of a "Commerce Guo")
    named = {(index, t.i) for index, span, _ in found for t in span}
    spans: dict[str, list[tuple[int, Span]]] = {}
    for index in order:
        if index in headings:
            continue
        doc = docs[index]
        for token in doc[1:]:
            if surname_key(token.text) not in bare or token.ent_type_ == "PERSON" \
                    or (index, token.i) in named:
                continue
            at = token.i - 1   # the given name, before a particle: "Bashar al-Jaafari"
            if at >= 2 and doc[at].text == "-" and doc[at - 1].lower_ in PARTICLES:
                at -= 2
            elif at >= 1 and doc[at].lower_ in PARTICLES:
                at -= 1
            given, ent = doc[at], entity_at(doc[at])
            start = at
            if at >= 2 and doc[at - 1].text == "-" and not doc[at - 2].whitespace_ and not doc[at - 1].whitespace_ \
                    and doc[at - 2].text.istitle() and doc[at - 2].text.isalpha():
                start = at - 2   # (and the first of a hyphenated given name: "Charles-Éric de Souza")
            before = doc[start - 1] if start > 0 else None
            if given.pos_ != "PROPN" or given.dep_ not in ("compound", "flat") \
                    or given.head.i not in (token.i, token.head.i if token.dep_ == "compound"
                                            else token.i) \
                    or not given.text.isalpha() or len(given) < 2 \
                    or given.text.isupper() or not given.text[0].isupper() \
                    or (given.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "ORG") and ent.end <= token.i) \
                    or fold(given.text) in TITLES | _ADDRESS | PERSON_ROLES | set(_ROLE_WORDS) | _COMPANY_NOUNS \
                    or (before is not None and before.pos_ == "PROPN" and not before.text.isupper()):
                continue   # (nor a company's noun: "Carmaker Rheinwerk")
            spans.setdefault(surname_key(token.text), []).append((index, doc[start:token.i + 1]))
    out = []
    for surname, names in spans.items():
        parsed = [(index, span, _person_name(span.text)) for index, span in names]
        if len({n.given for _, _, n in parsed if n is not None}) == 1 and parsed[0][2] is not None:
            out.append(parsed[0])
    return out


def _person_name(text: str) -> Optional[PersonName]:
    text = re.sub(r"['’]s$", "", text.strip(" ,.\"“”'‘’()"))
    if not text or not any(c.isalpha() for c in text):
        return None
    name = parse_person(text)
    words = [fold(w).rstrip(".") for w in text.split()]
    if len(words) > 1 and words[-1] in _SHORT_RANKS and all(w in TITLES for w in words):
        return None   # (ranks run together are no one's name: "Lt Gen (Rtd) Fred Kasirye Mugume")
    if len(words) > 1 and _ACRONYM.fullmatch(text.split()[-1]) and " ".join(words[:-1]) in _WORLD:
        return None   # (nor a country's office written short, typed a person: "Vanuatu PM")
    if name.given in ("for", "of", "to"):
        return None   # (nor what a title-case heading's role is for: "Lawyer For Tashkent Homeowners")
    return name if name.surname else None


def _same_given(given: str, name: PersonName) -> bool:
    return not given or given == name.given or given[:1] == name.given[:1] and (
        len(given) == 1 or len(name.given) == 1)


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    """Given-name key -> "m" / "f", learned from news text where enough of its votes agree,
    else from the reference table (``data/genders.json``, see :mod:`quotegraph.training.genders`)."""
    data = json.loads((resources.files("quotegraph") / "data" / "genders.json").read_text("utf-8"))
    genders = {key: gender for gender, keys in data.get("reference", {}).items() for key in keys}
    for given, (male, female) in data["counts"].items():
        if male + female >= GENDER_VOTES and max(male, female) >= GENDER_SHARE * (male + female):
            genders[given] = "m" if male > female else "f"
    return genders


def _given_gender(given: str) -> set[str]:
    gender = _genders().get(given) if given else None
    return {gender} if gender else set()


def _known_given(word: str) -> bool:
    """Whether ``word`` is a given name whose gender is known: ``Glenn``, ``Layla``."""
    return bool(_given_gender(given_name_key(word)))


def _gender(span: Span, offices: bool = True) -> set[str]:
    """What the name and the words before it that belong to it say of its gender: ``Mr.``,
    ``spokeswoman``, ``the first lady, Michelle Obama`` (not ``the chairman of Mrs.
    Clinton's campaign``, nor ``like him, Mrs. Clinton``); without ``offices``, what its
    titles of address and its nouns of kin say, not its offices ("chairman", which women in
    Britain are called too)."""
    words = [span.text]
    for token in reversed(span.doc[max(span.start - 3, 0):span.start]):
        if span.start <= token.head.i < span.end or (span.root.dep_ == "appos"
                                                     and span.root.head.i == token.i):
            words.append(token.text)
        elif not token.is_punct:
            break
    if not offices:
        words = [w for w in " ".join(words).split() if fold(w) not in _OFFICES]
    return title_gender(" ".join(words))


def title_gender(words: str) -> set[str]:
    """``{"m"}``, ``{"f"}`` or nothing, from titles and roles: ``Mr.``, ``spokeswoman``."""
    words = set(re.findall(r"[a-z]+", fold(words)))
    return ({"m"} if words & _MALE else set()) | ({"f"} if words & _FEMALE else set())


def resolve_speakers(candidates: Sequence[Candidate], docs: Sequence[Doc],
                     offsets: Sequence[int], text: str, headings: Sequence[int] = (),
                     outlet: Optional[str] = None
                     ) -> tuple[list[Speaker], list[Optional[str]], list[Optional[str]]]:
    """Speakers of the article and, per candidate, the id of its speaker (or None) and how
    it was resolved (one of :data:`RESOLUTIONS`, or None).

    ``offsets`` are the start offsets of the paragraphs ``docs`` parse, in ``text``;
    ``headings`` the indexes of the headline, standfirst and intertitle paragraphs;
    ``outlet`` the agency of the article's dateline, which names no person.
    """
    resolver = _Resolver(docs, offsets, text, frozenset(headings), outlet)
    return resolver.run(candidates)


class _Resolver:
    def __init__(self, docs: Sequence[Doc], offsets: Sequence[int], text: str,
                 headings: frozenset[int], outlet: Optional[str] = None):
        self.docs, self.offsets, self.text, self.headings = docs, offsets, text, headings
        self.outlet = outlet
        # Initials -> the organisations the text names in full with them: "S.E.C." and "SEC"
        # are the "Securities and Exchange Commission" where the article names it so.
        self.acronyms = _acronyms(docs)
        self.people = _People(docs, offsets, text, headings, self.acronyms, outlet)
        self.heading_docs = {id(docs[i]) for i in headings}
        self.headline_subject = _headline_subject(docs[min(headings)]) if headings else None
        self.starts = {id(doc): offset for doc, offset in zip(docs, offsets)}
        self.described_bodies = _described_bodies(docs, offsets)
        self.entities: dict[tuple[str, str], _Entity] = {}
        # (paragraph, key, where the attribution starts), in text order
        self.history: list[tuple[int, tuple[str, str], int]] = []
        self.heard: Optional[Candidate] = None   # the attribution of the last of them
        self.documents: dict[str, tuple[str, str]] = {}   # document noun -> its last producer
        # where a source mention starts -> (where it ends, whom it names, how): a shorter
        # mention from there, the tagger's for a second clause, names the same one
        self.sources: dict[int, tuple[int, tuple[str, str], str]] = {}
        self.press_office: Optional[tuple[str, str]] = None   # the body a press service spoke for last
        self.spoken_for: Optional[tuple[str, str]] = None   # the body the last unnamed spokesperson spoke for
        # (where, the body's word) of each press service the text names with its body ("BelTA
        # learned from the press service of the Belarusian Foreign Ministry"), in text order
        self.press_owners = [(offset + t.idx, owner) for doc, offset in zip(docs, offsets) for t in doc
                             for owner in [_press_office_of(t)] if owner is not None]
        # The one body the text names that "the regulator" or "the watchdog" may be: an
        # organisation named as a commission or authority ("Australian Markets Conduct
        # Commission"), or else a central bank, or else an agency, board or bureau (not "the
        # Enforcement Bureau" of the commission), by its fullest name; None for none or several.
        bodies = [(_strip_determiner(e), e[-1].lower_) for doc in docs for e in doc.ents
                  if e.label_ == "ORG" and len(e) > 1]
        # (and one the recogniser missed, named with its initials in brackets: "The Cayman
        # Islands Financial Conduct Board (CIFCB)")
        bodies += [(name, name.rsplit(None, 1)[-1].lower()) for name in _initialled_names(text)]
        # (a central bank by its own name, without a possessive, its initials' open bracket or a
        # name run on after it: "the National Bank's", "National Bank of the Kyrgyz Republic
        # (NBKR", "Central Bank of Armenia Gevorg Martirosyan"; not a body of it, "The Board of
        # the Central Bank")
        banks = [n for n, _ in bodies if _CENTRAL_BANK.search(n) and not _OF_BANK.search(n)]
        if banks:
            persons = {person.name for person in self.people.persons if person.forms}
            banks = {_central_bank_name(n, persons) for n in banks}
        ranks = ([{n for n, last in bodies if last in _REGULATOR_BODIES[0]}], [set(banks)],
                 [{n for n, last in bodies if last in _REGULATOR_BODIES[1]}])
        self.regulator = next((_fullest(names) for rank in ranks for names in rank if names), None)
        self.regulators = sorted({n for rank in ranks for names in rank for n in names})
        # The names of companies by a word of companies' names (:func:`_company_name`).
        self.company_names = {_strip_determiner(e) for doc in docs for e in doc.ents
                              if e.label_ == "ORG" and len(e) > 1 and _company_name(e)}
        # (the one-word names the body gives bodies, which a heading's word is no role for:
        # "Plexa to appeal ..., says ruling ..." of "Plexa said", not "Plexa's global head")
        self.body_words = {e.text for i, doc in enumerate(docs) if i not in headings for e in doc.ents
                           if e.label_ == "ORG" and len(e) == 1}
        self.lede = next((i for i in range(len(docs)) if i not in headings), None)
        # Where the opening paragraphs end: the lede and the three after it, where a headline's
        # speaker is named.
        opening = [offset + len(doc.text) for i, (doc, offset) in enumerate(zip(docs, offsets))
                   if i not in headings][:HEADLINE_SPEAKER_PARAGRAPHS]
        self.opening_end = opening[-1] if opening else 0
        # The one prosecuting and the one investigating office the text names, if one
        # (:data:`_OFFICE_GROUPS`), by its fullest name.
        # (not the staff's word with a place typed a body: a headline's "Kosovo Prosecutors Say
        # Ex-Grid Boss"; a name the recogniser typed a building counts: "the Tianjin People's
        # Procuratorate")
        offices = {kind: {_strip_determiner(e) for doc in docs for e in doc.ents
                          if e.label_ in ("ORG", "FAC") and len(e) > 1
                          and not any(t.lower_ in _OFFICE_STAFF
                                      and (t.i + 1 == e.end or e.doc[t.i + 1].tag_.startswith("VB")) for t in e)
                          and ({fold(t.text).rstrip("'s’") for t in e} & words
                               or kind == "prosecuting" and _PROSECUTING_OFFICE.search(e.text))}
                   for kind, words in _OFFICE_NAME_WORDS.items()}
        # (and a prosecuting office's name the recogniser typed nothing: "The Attorney General's
        # Office later said")
        offices["prosecuting"] |= {m.group(0) for m in _ATTORNEY_GENERALS_OFFICE.finditer(text)}
        self.office_bodies = {kind: _fullest(names) for kind, names in offices.items()}
        # The parties the text gives a standing before their names: {"ruling": {"New Future
        # Party"}, "opposition": {"Democratic Party"}}.
        self.standing: dict[str, set[str]] = {}
        for doc in docs:
            for e in doc.ents:
                if e.label_ == "ORG" and e[-1].lower_ == "party":
                    before = [t.lower_ for t in doc[max(e.start - 2, 0):e.start]] + [t.lower_ for t in e[:1]]
                    for word in set(before) & _PARTY_STANDING:
                        self.standing.setdefault(_RULING.get(word, word), set()).add(_strip_determiner(
                            e[1:] if e[0].lower_ in _PARTY_STANDING else e))
        # The capitalised words the text types places or peoples, folded ("kurdistan", "iraqi").
        self.place_words = {fold(t.text) for doc in docs for t in doc
                            if t.ent_type_ in ("GPE", "NORP", "LOC") and t.text[:1].isupper()}
        # Nationality words ("Hungarian", "Russian") wherever the text uses them as such.
        self.nationalities = {t.lower_ for doc in docs for t in doc if t.ent_type_ == "NORP"} - _PARTY_WORDS
        # One-word countries the text names ("Nigeria", "Brazil"), which a role may say too.
        # (and the people's word a longer name opens with: "Saudi" of "Saudi Arabia")
        # ("the" aside: "The Netherlands")
        self.countries = {e.text.lower() if len(e) == 1 else e[0].lower_ for doc in docs for ent in doc.ents
                          if ent.label_ == "GPE" for e in [ent[1:] if ent[0].lower_ == "the" else ent]
                          if len(e) == 1 or e[0].lower_ in self.nationalities}
        # (and a country of one word that it typed otherwise: "Vanuatu" a person; and the words
        # that tell a country of several apart: "zealand" of "New Zealand", which a role may say)
        self.countries |= {t.lower_ for doc in docs for t in doc if t.text[:1].isupper() and fold(t.text) in _WORLD}
        self.countries |= {w for doc in docs for e in doc.ents if len(e) > 1
                           for name in [re.sub(r"^the |['’]s$", "", fold(e.text))] if name in _WORLD
                           for w in name.split() if w not in _COUNTRY_WORDS}
        # (and a country's people's word the recogniser typed otherwise, alone, by five letters
        # of the country's or by the whole country's and a people's ending: "the Kazakh minister"
        # an organisation, where the text names Kazakhstan, "Omani Foreign Minister" untyped
        # where it names Oman; not "General" where it names Geneva)
        # (or opening a body's name: "the Norwegian federation" typed an organisation)
        self.nationalities |= {t.lower_ for doc in docs for t in doc if len(t) >= 5 and t.text[:1].isupper()
                               and t.ent_type_ not in ("NORP", "GPE") and (_alone(t) or _opens_body(t))
                               and t.lower_ not in self.countries
                               and any(t.lower_[:5] == c[:5] or t.lower_[len(c):] in _PEOPLES_ENDINGS
                                       and t.lower_.startswith(c) or t.lower_[:4] == c[:4]
                                       and t.lower_.endswith(("ian", "ish")) for c in self.countries)}
        # ("Norwegian" of Norway: four letters and a people's ending)
        # (a nationality compared with a country only where it is a country's the text names:
        # "Malaysian" of "Malaysia", not "Democratic")
        self.peoples = {w for w in self.nationalities if any(_same_country(w, c) for c in self.countries)}

    def run(self, candidates: Sequence[Candidate]):
        self.contents = CandidateIndex(candidates)
        # (start, end) of the sources a report quotes "as saying"
        self.speaking = [c.source for c in candidates if c.source and c.cue
                         and self.text[c.cue[0]:c.cue[1]].lower().startswith("as ")]
        # The lines of interviews and testimony ("Q: ...", "A: ..."), by paragraph.
        self.lines = {c.paragraph: c for c in candidates if c.construction == COLON and c.source
                      and self.text[c.source[0]:c.source[1]] in INTERVIEW_MARKS}
        self.resolved: dict[int, Optional[tuple[str, str]]] = {}
        self.producer_roles: dict[int, Span] = {}   # a deferred document's producer, by a role
        self.told: set[int] = set()   # a lede's candidates whose source is who was told
        resolved = self.resolved
        how: dict[int, Optional[str]] = {}
        deferred: list[Candidate] = []
        later: list[Candidate] = []   # "I" and "we" inside another attribution's content
        for c in candidates:
            key, resolution = None, None
            if c.antecedent is not None:
                key, resolution = resolved.get(id(c.antecedent)), "inherited"
                if key is not None and self._called_in(key, c):
                    key = None   # (a quote that calls its antecedent's speaker by name is not theirs)
                key = self._answerer(c.antecedent, c) or key
            elif c.source_mention is not None:
                key, resolution = self.resolve(c)
                if key is _DEFER:
                    deferred.append(c)
                    key = None
                elif key is None and c.source_mention.root.lower_ in _FIRST_PERSON:
                    later.append(c)
            resolved[id(c)], how[id(c)] = key, resolution if key is not None else None
            if key is not None and not (key[0] == "unnamed" and _asks(c)) and not self._reported_inside(c):
                # (an unnamed one who asks is not who answers: "Asked by a reporter whether
                # ..., she said", "The 51-year-old was asked by a reporter ... . '...,' she
                # replied"; nor one another reports as speaking: "He said the Minister had
                # told them that '...'. // He said ..." goes on with him)
                self.history.append((c.paragraph, key, c.source[0] if c.source else c.start))
                self.heard = c
        # Headlines name by role before the text names the person: "Kenyan minister says ...".
        # (the body's first, so that a heading's description is whoever the lede's in the same
        # words is: "Italy's finance minister says ..." and "Italy's finance minister has
        # accused ... . // Lorenzo Benedetti told the Financial Times")
        described: dict[str, tuple[str, str]] = {}
        for c in sorted(deferred, key=lambda c: c.paragraph in self.headings):
            # (a document's producer by a role stands for it: "a blunt warning from Tuvalu's
            # prime minister")
            source_mention = self.producer_roles.get(id(c), c.source_mention)
            kind = source_mention.root.lemma_.lower()
            if id(c) in self.told:   # (who told a lede's audience: the one the body quotes next,
                # else one whose role names it: "A coroner has been told ..." of "Counsel assisting
                # the coroner, Fiona Marchetti,")
                key = self._named_after_lede(c, told=True) or self._by_role(source_mention, None)
            elif kind in DOCUMENTS:
                key = self.documents.get(kind)
            elif kind in _BODY_NOUNS | _KINDLESS_BODIES or kind == "opposition" \
                    or kind in _COMPANY_NOUNS and (len(source_mention) == 1
                                                   or source_mention[0].ent_type_ == "GPE"):
                # "their union" in the lede: the union the body names (a heading's noun alone as
                # it is: "Group" of "..., Deficit, Group Says", "Drugmaker says ...")
                noun = source_mention if len(source_mention) == 1 else _core(source_mention.root)
                key = self._organisation_described(noun, anywhere=True)
                if key is None and self._introducing(c):
                    key = self._body_after_lede(c, kind)
            elif kind in _SIDES:
                index = self._side(kind, None)
                key = self._person_key(index) if index is not None else None
            elif (office := self._office_group(source_mention)) is not None:
                key = office
            else:
                key = self._by_role(source_mention, None)
                if key is not None and kind in SCIENTISTS and key[0] == "person" and min(
                        m.start for m in self.people.persons[int(key[1][1:])].mentions) >= self.opening_end:
                    key = None   # ("Swiss glaciologist says": not one quoted further down)
            resolution = "headline" if c.paragraph in self.headings else "description"
            # (an anonymous noun is a role after "chief": "the province's chief medical officer of
            # health said" before "Dr. Yvette Boudreau told reporters")
            chief = _after_chief(source_mention, source_mention.root)
            if key is None and (kind not in DOCUMENTS | _ANONYMOUS | _BODY_NOUNS or chief and kind in _ANONYMOUS) \
                    and self._introducing(c):
                key = self._named_after_lede(c, source_mention)
                if key is not None:   # (the role is theirs for the headings: "The Minister of
                    # Human Resources and Emiratisation told ... // Dr Saif bin Khalifa Al Dhaheri
                    # said" is the heading's "minister tells FNC")
                    self.people.persons[int(key[1][1:])].add_role(
                        " ".join(t.text for t in source_mention if _in_role(t)))
            if key is None and c.paragraph in self.headings:
                # (or the one the opening describes in those words and more: a heading's "chief
                # medical officer" is "the province's chief medical officer of health")
                # (a possessive's "s" aside, and a people's word the country's: "Qatari mediator"
                # is "Qatar's chief mediator")
                words = {next((country for country in self.countries if _same_country(w, country)), w)
                         if w in self.nationalities else w for w in _words(source_mention.text)}
                key = described.get(fold(source_mention.text)) or next(
                    (k for text, k in described.items() if len(words) > 1
                     and words <= {w for word in _words(text) for w in (word, word.removesuffix("s"))}), None) or (
                    self._told_of(source_mention)
                    if kind not in DOCUMENTS | _ANONYMOUS | _BODY_NOUNS | _SIDES.keys() else None)
            elif key is not None:
                described.setdefault(fold(source_mention.text), key)
            if key is None and id(c) in self.told:   # (no one, not the audience)
                resolved[id(c)], how[id(c)] = None, None
                continue
            if key is None:
                key, resolution = self._unnamed(source_mention), "name"
            self.entities[key].mentions.append(TextSpan.of(self.text, *c.source))
            resolved[id(c)], how[id(c)] = key, resolution
        # (and a description the body gave before the person it was read for was known, in the
        # words of a heading's or an opening's resolved since, where their roles now fit it:
        # "the budget chief" of "Pentagon budget chief says ..." and "The Pentagon's top budget
        # official warned ...")
        for key in {k for k in resolved.values() if k is not None and k[0] == "unnamed"}:
            words = set(_words(key[1]))
            found = next((k for text, k in described.items() if k[0] == "person"
                          and len(words) > 1 and words <= set(_words(text))), None)
            if found is not None and not any(
                    self._by_role(_core(c.source_mention.root), c.source[0]) == found for c in candidates
                    if resolved[id(c)] == key and c.source_mention is not None and c.source_mention.root.pos_ == "NOUN"):
                found = None
            for c in candidates if found is not None else ():
                if resolved[id(c)] == key:
                    resolved[id(c)] = found
                    if c.source is not None:
                        self.entities[found].mentions.append(TextSpan.of(self.text, *c.source))
        for c in later:
            outer = _enclosing(c, candidates)
            if outer is not None and resolved.get(id(outer)) is not None:
                resolved[id(c)], how[id(c)] = resolved[id(outer)], "pronoun"
            elif outer is None and c.source_mention.root.lower_ in ("i", "me"):
                key = self._signed(c.paragraph)   # a letter: "I cannot fathom ... // Jane Doe."
                resolved[id(c)], how[id(c)] = key, "pronoun" if key is not None else None
        # (and those whose antecedent comes later, or was resolved later: a headline's quote the
        # body repeats)
        for c in candidates:
            if c.antecedent is not None and resolved[id(c)] is None:
                key = resolved.get(id(c.antecedent))
                resolved[id(c)] = key if key is not None and not self._called_in(key, c) else None
                how[id(c)] = "inherited" if resolved[id(c)] is not None else None
        speakers, ids = [], {}
        for c in candidates:
            key = resolved[id(c)]
            if key is not None and key not in ids:
                ids[key] = f"S{len(ids) + 1}"
                entity = self.entities[key]
                name, mentions = entity.name, set(entity.mentions)
                if entity.kind == "person":
                    person = self.people.persons[int(key[1][1:])]
                    name, mentions = person.name, mentions | set(person.mentions)
                mentions = sorted(mentions, key=lambda m: (m.start, m.end))
                speakers.append(Speaker(ids[key], name, entity.kind, entity.roles, mentions))
        return (speakers, [ids.get(resolved[id(c)]) for c in candidates],
                [how[id(c)] if resolved[id(c)] is not None else None for c in candidates])

    def _reported_inside(self, c: Candidate) -> bool:
        """Whether ``c`` is a report inside the content of another whose source comes before
        its own ("He said [the Minister had told them that ...]"; not "X said C, according to
        Y", where Y comes after, nor "X was quoted by the ministry as saying that ...")."""
        if c.cue is None or c.source is None:
            return False
        return any(h is not c and h.source is not None and h.source[1] <= c.source[0]
                   and any(s <= c.cue[0] < e for s, e in h.spans)
                   for h in self.contents.holding(c.cue[0], c.cue[1]))

    # -- one source mention -------------------------------------------------------------

    def _answerer(self, question: Candidate, c: Candidate) -> Optional[tuple[str, str]]:
        """Who answers, in the content of ``c``, the question ``question``'s cue put to one in a
        paragraph before ("Justice Durrani then put a direct question to the ECP counsel: ...? //
        '"Not yet, my lord. ..."' is the counsel's); None where it names no one asked."""
        asked = _asked(question)
        if asked is None or not c.spans or bisect.bisect_right(self.offsets, c.spans[0][0]) \
                <= bisect.bisect_right(self.offsets, question.cue[0]):
            return None
        key, _ = self._mention(question, _core(asked), asked)
        return None if key is _DEFER else key

    def resolve(self, c: Candidate):
        mention = c.source_mention
        if c.construction != COLON and mention.text in INTERVIEW_MARKS:
            return None, None   # (an answer's mark read by the tagger, "A: ...", is no one's name)
        answerer = self._answerer(c, c)
        if answerer is not None:
            return answerer, "description"
        head = _head(mention)
        cue = c.cue_token
        if cue is not None and cue.lemma_.lower() == "tell" and (
                head.dep_ == "nsubjpass" and head.head.i == cue.i
                or c.paragraph in self.headings and all(t.is_punct for t in cue.doc[cue.i + 1:])):
            # who was told is no speaker ("Rs4bn flood relief unspent, Sindh Assembly told"); in
            # the lede, the one the body quotes next ("..., the provincial assembly was told on
            # Wednesday. // ..., Parliamentary Secretary for Relief Naheed Begum Soomro said")
            if self._introducing(c) and c.paragraph not in self.headings:
                self.told.add(id(c))
                return _DEFER, None
            return None, None
        # (a source the tagger took from the relative clause of its subject: "Sita Kumari Gurung,
        # [whose party backs the teachers,] accused ..."; not where the cue is that clause's:
        # "Leanne Moretti, whose mother told the court")
        whose = mention[0].tag_ == "WP$" and c.cue_token is not None and mention[0].head.head.i != c.cue_token.i
        antecedent = relative_antecedent(mention[0] if whose else head)
        if antecedent is None and any(   # "family members of victims, many of whom say"
                o.tag_ in ("WP", "WDT") for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children):
            before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else head
            antecedent = head.head.head if head.head.dep_ == "relcl" else \
                before.head if before.is_punct and before.head.pos_ in ("NOUN", "PROPN") else None
        if antecedent is not None and antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" \
                and antecedent.head.pos_ == "PROPN":
            antecedent = antecedent.head   # the one a description set off after a name is:
            # "Teresa Almeida, 52, a personal support worker who said"
        if antecedent is None and head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i < mention.start \
                and head.head.dep_ in ("nsubj", "nsubjpass") and mention.doc[mention.start - 1].text == "," \
                and (named := entity_at(head.head)) is not None and named.label_ in ("PERSON", "ORG", "GPE", "FAC") \
                and not (named.start and mention.doc[named.start - 1].pos_ == "ADP") \
                and not any(t.dep_ == "acl" and t.lower_ in ("named", "surnamed") for t in head.children):
            # a description the source was cut to, set off after the subject's name: "U.S.
            # Customs and Border Protection, a component of DHS, said" (not "In a statement read
            # by the Crown, Ethan's younger brother, Owen, 15, wrote", nor where the name is a
            # preposition's the parse lost: "In Ban Nong Waeng, ..., a rice farmer who ... said",
            # nor where the description gives its own: "In ... capital Asadabad, a farmer named
            # Amanullah, ... said")
            mention, head = named, _head(named)
        relative = antecedent is not None
        if relative:
            # "Marc Morial, who told reporters ...": who is whom the clause is about.
            mention = _core(antecedent)
            head = mention.root
        earlier = self.sources.get(c.source[0]) if not relative else None
        if earlier is not None and c.source[1] <= earlier[0]:
            # ("The WHO's representative in Zambia, Fatoumata Diallo-Kane, said ... but cautioned
            # that ...": the second clause's source is "The WHO's representative")
            key, resolution = earlier[1:]
        elif not relative and (holder := self._holder(head, mention)) is not None:
            key, resolution = self._person_key(holder), "name"   # (the office's holder, named
            # after its "of" phrases)
        else:
            key, resolution = self._mention(c, mention, head)
        if key is None or key is _DEFER:
            return key, resolution
        if not relative:
            self.sources[c.source[0]] = (c.source[1], key, resolution)
        if relative:
            resolution = "pronoun"
        elif resolution in ("name", "alias") and c.paragraph in self.headings:
            resolution = "headline" if resolution == "alias" else resolution
        self.entities[key].mentions.append(TextSpan.of(self.text, *c.source))
        return key, resolution

    def _mention(self, c: Candidate, mention: Span, head: Token):
        """The speaker a source ``mention`` (about ``head``) names and how it was resolved:
        ``(key, resolution)``, ``(None, None)`` for no one, ``(_DEFER, None)`` for a role the
        body may name later. First the forms that say who by themselves (an age, a pronoun,
        "someone"), then the names in the mention (:meth:`_by_names`), then its words
        (:meth:`_by_words`)."""
        # (not where a known name follows the age: "the 58-year-old Bénard")
        # (nor where a name is set off after it: "The 19-year-old, Elias Nyström, who agreed to
        # be named,", which the names read)
        age = _AGE.match(mention.text) if not (head.pos_ == "PROPN" and self._known(head)
                                               or _apposed_names(head, self._known, lambda t: False)) else None
        # a nationality alone: "the Portuguese said", "The Senegalese forward told" (a word
        # the same in the plural, "Portuguese", may be tagged plural; not a party's members,
        # tagged one: "The Greens in Baden-Württemberg said")
        national = _determiner(mention) == "the" and head.ent_type_ == "NORP" \
            and head.lower_ not in PERSON_ROLES and not _ACRONYM.fullmatch(head.text) \
            and not _party_members(head) \
            and (head.tag_ == "NNP" or head.tag_ == "NNPS" and head.lower_.endswith("ese"))
        if age or national:   # "the 54-year-old(, who ...)", "the 61-year-old veteran of the
            # department": the one person the text gave that age, else whoever it was about;
            # a nationality: only the one just quoted in its paragraph ("The Dutchman, who
            # joined ..., said" in the next paragraph may be another)
            years = int(age.group(1)) if age else None
            index = self._aged(years, c.source[0]) if age else None
            if index is None and age and head.lemma_.lower() in PERSON_ROLES - _GENDERED:
                # "The 58-year-old Union minister": the one whose role that is (not the
                # hydrologist just quoted); the role's words come after the age's
                after = max((t.i for t in _core(head) if t.lower_ == "old" and t.i < head.i), default=None)
                key = self._by_role(head.doc[after + 1:head.i + 1], c.source[0]) if after is not None else None
                if key is not None:
                    return key, "description"
            if index is None and not age:   # the one whose role gives that nationality
                key = self._by_role(_core(head), c.source[0])   # ("Belgian Lander Van Hecke")
                if key is not None:
                    return key, "description"
            if index is None:   # (a nationality too, in its paragraph: "Tigers head coach Greg
                # Tulloch was not impressed. '...,' the Australian said.")
                index = self._subject_described(mention, by_role=False) if age \
                    else self._people_word_subject(c, mention, head)
                if index is not None and age and self._other_age(index, years):
                    index = None   # "He was 87": not "the 84-year-old"
            if index is not None:
                return self._person_key(index), "description"
            paragraph, key, position = self.history[-1] if self.history else (-1, ("", ""), 0)
            if (key[0] == "person" and paragraph >= c.paragraph - (1 if age else 0)
                    and not self._other_gender(self.people.persons[int(key[1][1:])], mention)
                    and not self._other_nationality(self.people.persons[int(key[1][1:])], mention)
                    and not (age and self._other_age(int(key[1][1:]), years))
                    or key[0] == "unnamed" and paragraph == c.paragraph) \
                    and not self._named_since(position, None, c):
                # the one just quoted, no one named since: '"...," Okafor said. // The
                # 47-year-old former nurse, who is trying to unseat ..., spent her speech ...';
                # 'His widow said ... . "...," the 84-year-old said.'
                return key, "description"
            if age:
                # (the parse may head it with "the"; not what a comma sets off after it: "The
                # 26-year-old, who had started only two league matches,")
                comma = next((t.i for t in mention if t.text == ","), mention.end)
                return self._unnamed(mention.doc[mention.start:comma]), "name"
        named = entity_at(head)
        first = named[0] if named is not None and named.label_ == "PERSON" else head
        if head.pos_ == "PROPN" and _ranked(first):
            # "the younger Whitford", "the younger Ben Romdhane": one of the family, which the
            # surname alone does not say: the one of them named last ("The defendant's brother,
            # Thomas Whitford, sat ...")
            family = set(self.people.by_surname.get(surname_key(head.text), [])) | set(
                self.people.by_given.get(given_name_key(head.text), []))
            # (the one parent of them, or child, the text says: "the elder Brar" of "Rajinder
            # Brar, father of captain Amandeep Brar")
            kin, other = (_PARENTS, _CHILDREN) if head.doc[first.i - 1].lower_ in _ELDER else (_CHILDREN, _PARENTS)
            ranked = [p for p in family if self.people.persons[p].role_words & kin]
            if not ranked and len(family) == 2:   # (or the one of two the text does not call the
                # other's child: "Kostas Papalexis" of "His son, Giorgos Papalexis")
                ranked = [p for p in family if not self.people.persons[p].role_words & other]
            last = ranked[0] if len(ranked) == 1 else next(
                (p for _, p in reversed(self.people.named_between(0, c.source[0])) if p in family), None)
            return (self._person_key(last), "description") if last is not None \
                else (self._unnamed(mention), "name")
        if fold(head.text).rstrip(".") in SUFFIXES and head.i > mention.start \
                and head.doc[head.i - 1].ent_type_ == "PERSON":
            head = head.doc[head.i - 1]   # "Judge Nicholas Dean KC told": the name, not "KC"
        named_after = [t for t in head.children if t.dep_ == "conj" and t.ent_type_ == "PERSON"
                       and fold(t.text) not in DEPARTMENTS]   # (not "Director General of Mineral and Coal")
        if len(named_after) == 1 and _is_title(head):
            head = named_after[0]   # "State Councilor and Foreign Minister Wang Yi": one person
        head = _named_after_title(mention, head) or _named_after_role(mention, head) \
            or _person_of_body(mention, head) or head
        placed = _placed_person(head)
        if placed is not None:   # the tagger's source the place a person is from: "Farmer Vo
            return self._mention(c, _core(placed), placed)   # Van Tam in Ba Tri district, [Ben Tre],"
        owner = _press_office_of(head)
        if owner is not None:   # "the corporation's press service": the corporation named before
            key = self._press_body(c, owner)
            if key is not None:
                self.press_office = key
                return key, "description"
        elif _press_office(head) and [t.lower_ for t in _core(head)] == ["the", "press", head.lower_]:
            if self.press_office is not None:
                return self.press_office, "description"   # ("the press service" again)
            # (or the body of the last press service the text named, though it was quoted no
            # more: "BelTA learned from the press service of the Belarusian Foreign Ministry")
            own = self.starts[id(head.doc)] + head.idx
            owner = next((o for at, o in reversed(self.press_owners) if at < own), None)
            key = self._press_body(c, owner) if owner is not None else None
            if key is not None:
                return key, "description"
        lower = head.lower_
        core = _core(head)
        core = core if core.start >= mention.start and core.end <= mention.end else mention
        if lower in _INDEFINITE_PRONOUNS and head.pos_ in ("PRON", "DET", "NOUN", "ADJ"):
            return self._unnamed(core), "name"   # "someone asked", "some who saw", "some of them"
        if lower in _DISTRIBUTIVE and head.dep_ in ("nsubj", "nsubjpass", "npadvmod"):
            subject = _governing_subject(head)
            return self._mention(c, _core(subject), subject) if subject is not None else (None, None)
        if head.pos_ in _NO_NOUN and not head.ent_type_ and not head.text[:1].isupper() \
                and not (head.i and head.doc[head.i - 1].text == "-") \
                and not _apposed_names(head, self._known, lambda t: False):
            # "a tacit acknowledgment": the tagger's source names no one (but the "general" of
            # "The ISA's secretary-general, Marcelo Duarte-Lima," heads a role, and "The other,
            # Rep. Carla Whitcomb, R-Prescott," sets a name off)
            return None, None
        if head.pos_ == "PRON" and not (head.text[:1].isupper() and self._known(head)) \
                or lower in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _FIRST_PERSON:
            return self._pronoun(c, head)   # (not a name the tagger took for one: "Verdier told")
        # (a people's or a place's word: "Danish", "Cayman Islands'")
        nations = [t.lower_ for t in core[:-1] if t.ent_type_ == "NORP" or t.pos_ == "PROPN"]
        # (or, of several, the one whose name has the nouns it says: "Communications regulator"
        # is the "Tanzania Communications Regulatory Authority", not the "Fair Competition
        # Commission"; "Ghana's pension regulator" the "National Pensions Regulatory Authority")
        qualifiers = {t.lower_ for t in core[:-1] if t.pos_ == "NOUN"}
        regulator = (_fullest([n for n in self.regulators if qualifiers <= {
            w for word in _words(n) for w in (word, word.removesuffix("s"))}]) if qualifiers else None) \
            or self.regulator
        if lower in _REGULATORS and head.tag_ in ("NN", "NNP") \
                and (_determiner(core) in ("the", "") or core[0].dep_ in ("amod", "compound", "poss")) \
                and regulator is not None and all(any(_same_country(p, w) for w in _words(regulator))
                                                  for p in nations) \
                and all(t.pos_ in ("NOUN", "ADJ", "DET", "PROPN") or t.dep_ == "case" for t in core[:-1]):
            # "Watchdog says ...", "The conduct regulator says", "Danish regulator says", "The
            # Cayman Islands' financial regulator said": the one commission named (of the people
            # or place it says: "French regulator" is no "European Medicines Agency")
            return self._entity("organization", regulator), "description"
        if lower == "executive" and {t.lower_ for t in core} & {"eu", "european", "bloc", "bloc's"} \
                and "European Commission" in self.text:
            # ("The EU executive", "the bloc's executive": the Commission the text names, not a
            # company's vice-president for EU affairs)
            return self._entity("organization", "European Commission"), "description"
        initials = [t.text for t in core if t.i < head.i and _ACRONYM.fullmatch(t.text)
                    and len(self.acronyms.get(t.text, ())) == 1]
        if initials and head.is_lower and head.pos_ in ("NOUN", "PROPN") and _determiner(core) == "the" \
                and _role_word(lower) not in PERSON_ROLES and lower not in _PARTS_OF_BODIES \
                and not _apposed_names(head, self._known, lambda t: False):
            # "The CAT union federation": the body the text gave those initials (not "the IMD
            # chief", nor its part: "The AC youth wing"; nor one whose name is set off after
            # it: "The UN's humanitarian coordinator in Ethiopia, Ingrid Solberg-Nakamura,")
            return self._entity("organization", next(iter(self.acronyms[initials[0]]))), "name"
        if len(head.text) > 4 and head.text.isupper() and head.text.isalpha() \
                and len(self.acronyms.get(head.text, ())) == 1 \
                and [t.lower_ for t in core] in ([head.lower_], ["the", head.lower_]):
            # "the USCCA", untyped: the body the text gave those initials (longer than a
            # role's, below)
            return self._entity("organization", head.text), "name"
        held = self._office_by_initials(head.text) if _ACRONYM.fullmatch(head.text) else None
        if held is not None:   # ("the CRS": the "Commissioner of Railway Safety (CRS)")
            return self._person_key(held), "description"
        if _role_initials(head.text) and _determiner(core) == "the":
            if len(self.acronyms.get(head.text, ())) == 1:   # "The BTLU": the union the text
                return self._entity("organization", head.text), "name"   # gave those initials
            # "the SP": Superintendent of Police Harpreet Gill, "the LoP" the Leader of the
            # Opposition (or the unnamed one just quoted); not where a name is set off after it,
            # which the names read: "The Labour MP for Ashton-under-Lyne, Kieran Walsh,"
            key = self._unnamed_before(core, c) or self._by_role(core, c.source[0]) \
                if not _apposed_names(head, self._known, lambda t: False) else None
            if key is not None:
                return key, "description"
        elif _ACRONYM.fullmatch(head.text) and c.paragraph in self.headings and head.text not in self.acronyms \
                and _determiner(core) not in _INDEFINITE and not any(t.ent_type_ == "PERSON" for t in mention) \
                and self._by_role(core, None) is not None:
            # "Mainwerk Bank CFO: ...", "AAG says ...": the body's officer whose role it
            # abbreviates, once the body is read (the first of them it names)
            return _DEFER, None
        if lower in _SIDES and [t.lower_ for t in core if not t.is_punct] in ([lower], ["the", lower]):
            # "the Crown told court", "Defence says ...": the one lawyer the text names for that side
            if c.paragraph in self.headings or self._opening(c.paragraph):
                return _DEFER, None
            index = self._side(lower, c.source[0])
            if index is not None:
                return self._person_key(index), "description"
        if self._headline_role(c, core, head):
            # "Estonian PM says ...", "Restorer says ...": the body's prime minister, restorer,
            # named in its opening paragraphs (not a glaciologist quoted further down for
            # "Swiss glaciologist says")
            key = self._by_role(core, None)
            if key is not None and min(m.start for m in self.people.persons[int(key[1][1:])].mentions) \
                    < self.opening_end:
                return key, "description"
        if _determiner(core) == "the" and len(core) == 2 and fold(head.text) in HONORIFICS:
            # "the Maulana": the one person the text titles so ("Maulana Fazal Karim Haqqani")
            titled = {p for p, person in enumerate(self.people.persons) for _, n in person.forms
                      if fold(head.text) in map(fold, n.title.split())}
            if len(titled) == 1:
                return self._person_key(titled.pop()), "description"
        if lower in _GUESTS and _determiner(core) == "the":   # "the guest said", "The Polish guest"
            index = self._guest(mention, c.source[0])
            if index is not None:
                return self._person_key(index), "description"
        if lower == "bench" or lower == "judges" and [t.lower_ for t in core] == ["the", "judges"]:
            # "the Bench observed", "A bench of Justices X and Y said", "The judges wrote in their
            # ruling": the one court the text names before
            court = self._described_before(core, {"court"})
            if court is not None:
                return court, "description"
        if c.paragraph in self.headings and _role_word(head.lower_) in PERSON_ROLES and any(
                t.dep_ == "prep" and t.head.i == head.i and t.text in ("For", "Of", "To") for t in mention):
            # a title-case heading's role for someone, no name: "Lawyer For Tashkent Homeowners
            # Says ..." (the body names them)
            return _DEFER, None
        if head.lower_ in ("correspondent", "reporter") and self.outlet \
                and fold(self.outlet) in {fold(t.text) for t in mention}:
            # "..., Colonel Daniyar Zhumabayev, told a session ..., a Kazinform correspondent
            # reports": the one the outlet's own reporter tells of, the subject of the verb of
            # saying before it in its sentence
            index = next((p for t in reversed(mention.sent[:mention.start - mention.sent.start])
                          if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING
                          for s in t.children if s.dep_ == "nsubj"
                          for p in [self._subject_named(s)] if p is not None), None)
            if index is not None:
                return self._person_key(index), "name"
        saying = next((t for t in mention if t.i != head.i and t.dep_ == "nsubj" and t.pos_ == "PROPN"
                       and t.head.dep_ == "parataxis" and t.head.i == t.i + 1), None)
        index = self._named_at(saying) if saying is not None else None
        if index is not None:   # "His client, Besnard said, had been ...": the one named as
            return self._person_key(index), "name"   # saying it, not whom it is about
        found = self._by_names(c, mention, head, core) or self._by_words(c, mention, head, core)
        if found[0] is None or found[0][0] != "unnamed" or self._opening(c.paragraph):
            return found
        # a spokesperson the text does not name: the body, whose voice they are ("A spokesperson
        # for the Department for Education", "A council spokeswoman", and "the spokesperson"
        # again); not in the opening, where the body may name them
        if head.lower_ not in _SPOKESPEOPLE or _named_after(head) or _apposed_names(head, self._known, lambda t: False):
            return found   # (one named right after the source: "A Commission spokesperson, Marta Oliveira,")
        owner = _spokesperson_of(head)
        body = self._press_body(c, owner) if owner is not None else \
            self.spoken_for if [t.lower_ for t in core] == ["the", head.lower_] else None
        self.spoken_for = body   # (none, where another spokesperson spoke since)
        return (body, "description") if body is not None else found

    def _headline_role(self, c: Candidate, core: Span, head: Token) -> bool:
        """Whether a headline's source may be a role the body gives a person: a noun with no
        article that is no one's name nor a named body's ("Estonian PM", "Stellmark CEO",
        "Restorer", "Swiss glaciologist"; "Vanuatu PM", typed a person), not a role word the rules
        below read anyway."""
        ent = entity_at(head)
        named = head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") and not (
            head.ent_type_ == "PERSON" and len(ent) > 1 and _person_name(ent.text) is None)
        return c.paragraph in self.headings and head.tag_ in ("NNP", "NN") \
            and head.lower_ not in PERSON_ROLES | _BODY_NOUNS | _BODIES | _COMPANY_WORDS and not named \
            and _determiner(core) not in _INDEFINITE | {"the", "this", "that"} and not self._known(head) \
            and head.text not in self.body_words

    def _by_names(self, c: Candidate, mention: Span, head: Token, core: Span):
        """What the names in a source mention say: a group of names, a body a person's name
        qualifies, a document's producer, a person named (with the role the mention gives);
        None where it holds no name that settles it."""
        lower = head.lower_
        ent = entity_at(head)
        formed = _with_company_form(ent) if ent is not None else None
        if formed is not None and mention.start <= formed.start:
            # a company by the form written before its name, whatever the name was typed: "PT" +
            # "Sari Lestari Herbal"
            return self._entity("organization", formed.text), "name"
        document = (head.lemma_.lower() in DOCUMENTS or lower in DOCUMENTS) \
            and not (head.ent_type_ == "ORG" and head.text[:1].isupper())   # (its producer: below;
        # a publication's name is none: "The Australian Financial Review")
        if head.pos_ == "PROPN" and head.text.isupper() and head.i > mention.start \
                and head.doc[head.i - 1].is_lower and head.doc[head.i - 1].lower_ in _BODY_NOUNS | _COMPANY_NOUNS \
                and _role_word(head.lower_) not in PERSON_ROLES:
            return self._entity("organization", head.text), "name"   # (a body's initials after its
            # noun: "The logistics association BVDL", "The state news agency INA", no person)
        closing = None if document else _closing_name(mention, head)
        if closing is not None:   # "Congress of Malaysian Workers' Unions (CMWU) secretary-general
            # R. Thiruselvam", the parse heading it with the body
            index = self._person(closing)
            self.people.persons[index].add_role(_role(mention, closing))
            return self._person_key(index), "name"
        names = _coordinated(mention, head) or _examples(head)
        if len(names) >= 2:   # "France and Germany", "Sens. Jeff Merkley, Sherrod Brown and ..."
            return self._group_of(names), "name"
        if names and head.tag_ == "NNS":   # "Proponents, including the Conference of Mayors"
            if names[0].label_ == "PERSON":
                return self._person_key(self._person(names[0])), "name"
            return self._entity("organization", _strip_determiner(names[0])), "name"
        # "RT and its defenders", "Craig Bryan, head of the center, and other scientists" (the
        # parse may join the others to the role set off after the name)
        others = [t for h in (head, *(a for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN"))
                  for t in h.children if t.dep_ == "conj" and t.tag_ == "NNS"]
        if others and head.pos_ == "PROPN":
            ent = entity_at(head)
            span = ent if ent is not None else head.doc[_name_start(head):head.i + 1]
            person = (ent is not None and ent.label_ == "PERSON") or self._known(head)
            first = self.people.persons[self._person(span)].name if person else _strip_determiner(span)
            phrase = head.doc[others[0].left_edge.i:others[0].i + 1]
            return self._entity("group", f"{first} and {phrase.text}"), "name"
        body = _body_name(head)
        if body is not None:   # "the union Verdi", "the opposition party Syriza": no person
            return self._entity("organization", body.text), "name"
        if head.pos_ == "NOUN" and not head.ent_type_ and lower in _BODIES | _BODY_NOUNS \
                and _set_off_body(head) is not None:
            return None   # (its name set off after it, which the words read: "Kalonji's party,
            # the Union for Congolese Renewal (URC),", no person's party)
        ent = entity_at(head)
        if ent is not None and ent.text in self.people.bodies:   # "the startup Lumora", "Lumora"
            return self._entity("organization", self.people.bodies[ent.text]), "name"
        persons = _persons(entities(core), self.people.bodies)
        # (or the name the parse hung on a parent's "of" and number: "Mother of three Beatrice
        # Akello")
        # (or the name one gave, whatever the recogniser typed it: "a rice farmer who gave his
        # name only as Boonchu, 67,", "a nurse identified only as Maria")
        named = _name_given(mention) or [e for e in persons if e.start <= head.i < e.end] or [
            e for e in persons if e.root.dep_ == "pobj" and e.root.head.lower_ == "of" and e.root.head.head == head
            and _person_noun(head) and any(t.dep_ == "nummod" for t in e.root.children)]
        conjoined = [t for t in head.children if t.dep_ == "conj"]
        if len(persons) >= 2 and any(e.start <= t.i < e.end for t in conjoined for e in persons):
            return self._group_of(persons), "name"
        if document:
            return self._producer(c, mention, head)
        if not named and persons and lower in _BODIES and head.pos_ == "NOUN":
            # "the Clinton campaign", "Clinton's team": a body named by a person.
            person = self.people.persons[self._person(persons[-1])]
            return self._entity("organization", f"{person.name.split()[-1]} {lower}"), "name"
        if not named and fold(head.text).rstrip(".") in _COURTESY and len(mention) == 1 \
                and head.i + 1 < len(head.doc) and (after := entity_at(head.doc[head.i + 1])) is not None \
                and after.label_ == "PERSON" and after.start <= head.i + 1:
            # a title the parse cut the source to: the "Mawlawi" of "Mawlawi Sayed Noorullah
            # Haqyar, the Minister of Refugees and Repatriation, told"
            named = [after]
        if not named and head.pos_ == "PROPN" and self._known(head):
            # A name the tagger took for an organisation: "Rendell, a Clinton surrogate,";
            # only the name where the organisation runs on into it: "the Washington Post Trump".
            # (not a title the entity holds before it: "Cllr" of "Cllr Bríd Mac Mathúna")
            start, ent = _name_start(head), entity_at(head)
            runs_on = ent is not None and ent.start < start and not all(
                fold(t.text).rstrip(".") in TITLES | _COURTESY for t in head.doc[ent.start:start])
            named = [head.doc[head.i if runs_on else start:_hyphenated(head).end]]
        if not named:   # the name a description gives: "A Kinmen resident surnamed Wu" (not
            # the place the parse set it off from: "In ... capital Asadabad, a farmer named Amanullah,")
            named = [e for e in _persons(entities(head.doc[head.left_edge.i:head.right_edge.i + 1]), self.people.bodies)
                     if e.root.head.dep_ == "acl" and e.root.head.head == head
                     and e.root.head.lower_ in ("surnamed", "named")]
        if not named:
            offset = self.starts[id(head.doc)]
            named = _apposed_names(head, self._known, lambda t: any(
                start <= offset + t.idx < end for start, end in c.spans)) or _titled_name(core, head)
            if len(named) >= 2:   # "Senators Chuck Grassley and Patrick Leahy"
                return self._group_of(named), "name"
        first = persons[0].root if persons else None
        if not named and persons and persons[0].start == _first_word(mention).i \
                and not (first.dep_ == "poss" and head.lemma_.lower() in _PERSON_NOUNS) \
                and not (first.dep_ in ("compound", "nmod") and (first.head.pos_ == "NOUN" or first.head == head
                                                                  and _role_initials(head.text))):
            # (not "Tsang's daughter", "The Kestrel workers' union", a company typed a person
            # before its officer's initials: "Orsund Line CEO Says ...")
            named = persons[:1]   # "Rendell, a Clinton surrogate,"
        if named or (head.text[:1].isupper() and not (len(core) == 1 and lower in PERSON_ROLES)
                     and self._known(head)):
            span = _titled(named[0]) if named else _hyphenated(head)
            index = self._person(span, _name_of(named[0]) if named else None)
            person = self.people.persons[index]
            # (or, for one the text gave no role yet, the one the mention opens with)
            person.add_role(_role(core, span) or (_role_before(mention, core) if not person.roles else None))
            resolution = "name" if _words(span.text)[-len(_words(person.name)):] \
                == _words(person.name) else "alias"
            return self._person_key(index), resolution
        return None

    def _related_by_role(self, c: Candidate, relation: str) -> Optional[tuple[str, str]]:
        """The one person named in the role of whoever reports what "his client" or "her
        husband" (``relation``) says in ``c``: "Andrei Shubin's lawyer, Yelena Kovaleva, ... . She said her
        client insisted that ..." is Andrei Shubin; "Kazlauskas's wife, Rūta Kazlauskienė, ...
        told the court her husband had said ..." is Algirdas Kazlauskas."""
        outer = _enclosing(c, self.contents.holding(c.source[0], c.source[1]))
        key = self.resolved.get(id(outer)) if outer is not None else None
        if key is None or key[0] != "person":
            return None
        reporter = int(key[1][1:])
        # (by a form of the name the role writes in full, else by surname, as the one the role
        # is of: "Andrei Shubin's lawyer" is not his brother Oleg Valeryevich Shubin's; not a
        # body the recogniser typed a person: "member of the Sochi City Assembly")
        for last in (False, True):
            found = {index for index, person in enumerate(self.people.persons) if index != reporter
                     for role in self.people.persons[reporter].roles for _, name in person.forms
                     for said in [name.display.split()[-1] if last else name.display]
                     if re.search(rf"\b{re.escape(fold(said))}(?:'s?)? ({_KIN_AND_COUNSEL})\b", fold(role))}
            if found:
                return self._person_key(found.pop()) if len(found) == 1 else None
        # (or the one a lawyer's role says they act for, by name or by role: "Counsel to the
        # sacked senator", "Lawyer for the MP", where one other person has that role)
        for role in self.people.persons[reporter].roles:
            acting = re.search(rf"\b(?:{'|'.join(sorted(_COUNSEL))})s? (?:to|for) (?:the )?(.+)$", fold(role))
            if acting is None:
                continue
            words = _words(acting.group(1))
            found = {index for index, person in enumerate(self.people.persons) if index != reporter
                     and person.mentions and (any(fold(name.surname) in words for _, name in person.forms)
                                              or _role_word(words[-1]) in person.role_words)}
            if len(found) == 1:
                return self._person_key(found.pop())
        # (or, for a lawyer of the defence whose role names no one, the one defendant: "Defense
        # lawyer Mubarak Al-Enezi ... his client" is "the defendant, Khaled Fahad Al-Otaibi")
        words = self.people.persons[reporter].role_words
        if relation == "client" and words & _COUNSEL and "prosecutor" not in words:
            found = {index for index, person in enumerate(self.people.persons)
                     if person.mentions and person.role_words & {"defendant", "accused"}}
            if len(found) == 1:
                return self._person_key(found.pop())
        return None

    def _kin_by_surname(self, c: Candidate, head: Token) -> Optional[tuple[str, str]]:
        """The one other person of the surname of the one just quoted that "her husband" or
        "his wife" (``head``) says, by their genders: '"...," Priya Menon said. ... Her husband
        said' is "Rajesh Menon", named before; None where the owner is not the one just
        quoted or another of that surname fits as well."""
        owner = next(t.lower_ for t in head.children if _possessive_pronoun(t))
        last = self._last_speaker(c.source[0])
        if owner not in ("his", "her") or last is None or not (kin_gender := title_gender(head.lower_)) \
                or self.people.persons[last].gender != {"m" if owner == "his" else "f"}:
            return None
        surname = self.people.persons[last].forms[0][1].surname
        kin = {q for q in self.people.by_surname.get(surname, []) if q != last
               and self.people.persons[q].mentions and self.people.persons[q].gender <= kin_gender}
        return self._person_key(kin.pop()) if len(kin) == 1 else None

    def _by_words(self, c: Candidate, mention: Span, head: Token, core: Span):
        """What the words of a source mention with no name that settles it say: a role named
        inside or ending it, a body set off by it, a party or people, an organisation, a
        group, a role a person named before has (or an unnamed one), a body described."""
        lower = head.lower_
        if lower in _RELATIONS and any(_possessive_pronoun(t) for t in head.children):
            key = self._related_by_role(c, lower) or self._kin_by_surname(c, head)
            if key is not None:
                return key, "description"
        office = self._office_group(core)
        if office is not None:
            return office, "description"
        if _role_word(lower) in PERSON_ROLES and (head.ent_type_ != "PERSON" or lower in _OFFICE_ENDS) \
                and not (lower in POSITIONS and head.ent_type_ == "ORG" and len(entity_at(head)) > 1):
            # (an office the recogniser typed a person too: "Sinn Féin MEP for Midlands–North-West
            # Colm Durcan"; not a player's position ending a body's name: "Keystone Forward, a
            # super PAC backing Lomax,")
            offset = self.starts[id(head.doc)]
            # (not the one a preposition's object names: "A spokesman for Damar", nor the one
            # whose role it is: "Goyal's lawyer" is not Goyal, nor a name that only qualifies a
            # thing: "The head of the Biromaru community health centre", a place typed a person)
            inside = {p for position, p in self.people.named_between(offset + mention.start_char,
                                                                     offset + mention.end_char)
                      if not self._after_preposition(position) and not self._is_owner(position)
                      and not self._qualifies(position)}
            if len(inside) == 1:   # "Syria's Permanent Representative to the UN Bashar al-Jaafari"
                return self._person_key(inside.pop()), "name"
            name = _name_ending(mention, head)
            if name is not None and not _after_preposition(name[0]):
                # the same, where the text names him only there (with that role: "the minister"
                # after "Minister of Water Resources ... of Kazakhstan Nurzhan Abilov said")
                index = self._person(name)
                self.people.persons[index].add_role(_role(mention, name))
                return self._person_key(index), "name"
        # (a body noun's name typed a place too: "the industry's main lobby group, PhRMA,")
        body = _set_off_body(head)
        if body is not None and not head.ent_type_ and (head.pos_ == "NOUN" or head.is_lower):
            # "Gun lobby group the Council of Licensed Firearms Owners said": the body named
            # (or a company typed a person: "The developer, Crestline Homes,"; a noun however
            # tagged: "The national federation, Athletics Britain,")
            return self._entity("organization", _strip_determiner(body)), "name"
        det = _determiner(core)
        if (head.ent_type_ == "NORP" and (head.tag_ in ("NN", "NNP") or head.pos_ == "ADJ") and not _party_members(head)
                or lower in _DEMONYMS   # (whatever it was typed: "the Frenchman" an organisation)
                or head.ent_type_ in ("", "PERSON") and head.pos_ == "PROPN" and len(core) == 2
                and not {lower, lower.rstrip("s")} & (_BODY_NOUNS | _BODIES | PERSON_ROLES)
                and not self._known(head)) and det == "the":
            # "the Democrat", "the Dutchman": one person of a party or a people, whose role
            # says so ("Democratic Sen. Diane Okafor"); no one else, whatever the sentence
            # before: "Millbrook manager Karl Brenner ... . The Dutchman said" is not Brenner;
            # also where the parse lost the noun ("the Portuguese forward" read as an adverb);
            # and "the" before one proper noun no one is named by: "the Dane added" (but a
            # quote signed off so is the last speaker's: "'We simply had a great day,' said the
            # Argentine" after Racing Sierra coach Mauricio Pellegrini's words)
            key = self._by_role(core, c.source[0])
            marks = {fold(t.text) for t in core if t.i != head.i and t.pos_ == "PROPN"}
            if key is not None and key[0] == "person" and marks \
                    and marks - self.people.persons[int(key[1][1:])].role_words \
                    and (index := self._signed_off(c, core)) is not None:
                key = self._person_key(index)   # (one whose role does not say its place is not
                # surer than the one just quoted: '"...," the Iowa Republican said' after Gov.
                # Ellen Marsh's report, not Republican front-runner Grant Haverford)
            elif key is not None and key[0] == "person" and lower in _PARTY_WORDS \
                    and (index := self._signed_off(c, core)) is not None \
                    and not self.people.persons[index].role_words & _PARTY_WORDS \
                    and not any(p == int(key[1][1:]) for _, p in self.people.named_between(
                        self.offsets[max(c.paragraph - 1, 0)], c.source[0])):
                key = self._person_key(index)   # (nor is one of the party named paragraphs before:
                # '"...," the Republican said' after Lt. Gov. Wade Crenshaw's words, whose party
                # the text does not give, is not Speaker Dustin Pollard, R-Midland, of the standfirst)
            people = head.ent_type_ == "NORP" or lower in _DEMONYMS or lower in _COUNTRY_OF
            if key is None and ((index := self._signed_off(c, core)) is not None or people and (
                    index := self._people_word_subject(c, core, head)) is not None):
                key = self._person_key(index)   # (or the subject before it in its paragraph:
                # "Race leader Søren Kjeldsen ... stayed out of the argument. '...,' said the Dane")
            if key is None and self._opening(c.paragraph):
                return _DEFER, None   # "The Montana Republican's vow ..." before the body names him
            return (key, "description") if key is not None else (self._unnamed(core), "name")
        if c.paragraph in self.headings and (len(mention) == 1 and lower in _BODY_NOUNS | _COMPANY_NOUNS
                                             and (head.text[:1].isupper()
                                                  or lower in _BODY_NOUNS and not head.ent_type_)
                                             or lower == "opposition"
                                             or lower in _BODY_NOUNS and len(mention) == 2
                                             and (mention[0].lower_ in _STANDING
                                                  or mention[0].ent_type_ in ("GPE", "NORP"))):
            return _DEFER, None   # a heading's "..., Group Says", "Drugmaker says ...": the body the
            # article names (not "Deficit, Group", the words the recogniser or the parse joined to
            # it); "Malawi opposition says ...", "top court says", "Japan court says": the one the
            # opening describes
        if c.paragraph == self.lede and len(mention) == 1 and lower in _COMPANY_NOUNS and head.is_sent_start \
                and head.text[:1].isupper() and not head.text.isupper():
            return _DEFER, None   # (a standfirst the layout did not set apart, its noun capitalised
            # to open it: "Carrier says first aircraft will arrive in early 2028.")
        if head.ent_type_ == "ORG" and lower in _BODY_NOUNS and all(
                t.is_lower or t.i == core.start and fold(t.text) in self.place_words
                for t in core if t.dep_ not in ("det", "poss", "case")):
            # a body's description the recogniser typed a name: "China's commerce ministry" is
            # the "Ministry of Commerce (MOFCOM)" the text names (and a heading's "Kazakh
            # opposition party" the lede's "an opposition party", "The party, Adal Jol,")
            described = self._organisation_described(core, anywhere=c.paragraph in self.headings
                                                     or self._opening(c.paragraph))
            if described is None and c.paragraph in self.headings:
                described = self._body_after_lede(c, lower)
            if described is not None:
                return described, "description"
        # (not a role's word alone typed a name: "the Premier announced", "the Head of Government")
        # (nor an office the recogniser typed a body: "the Minister of Territorial Administration")
        office = entity_at(head)
        alone = lower in PERSON_ROLES and det == "the" and (len(office or ()) == 1 or _head_of(head) is not None
                                                            or office is not None and head.i < len(head.doc) - 1
                                                            and head.doc[head.i + 1].lower_ in ("of", "for")) \
            or lower in PERSON_ROLES and not det and len(core) == 1 and head.i == 0 and c.paragraph in self.headings
        # (or one opening a heading: "Rapporteur says ex-governor ran state treasury ...")
        if lower == "police" and det == "" and (force := self._described_before(core, {"force"})) is not None:
            return force, "description"   # "Police said" after "Vilnius County Police Headquarters
            # said": the one police force the text names before
        if c.paragraph in self.headings and lower in ("democrat", "republican") and len(core) > 1 \
                and det not in _INDEFINITE | {"the"}:
            return _DEFER, None   # a heading's "ranking Democrat says": one whose role says so
        if head.ent_type_ in ("ORG", "GPE", "FAC", "LOC") and not alone \
                or (head.ent_type_ == "NORP" and head.tag_ not in ("NNS", "NNPS")):
            ent = entity_at(head)
            if c.paragraph in self.headings and ent is not None and ent.end > mention.end:
                # a title-case headline runs the name on into its verb: "City Council Approves
                # Rezoning of Harlow Point Waterfront"
                return self._entity("organization", _strip_determiner(core)), "name"
            return self._entity("organization", _ent_name(head) or _strip_determiner(core)), "name"
        if head.tag_ in ("NNS", "NNPS") and (det in ("", "the") or core[0].ent_type_ == "NORP") \
                and (body := self._body_of_members(core, c)) is not None:
            return body, "description"
        if head.ent_type_ == "NORP" or (head.tag_ == "NNPS" and lower not in _COMPANY_WORDS) \
                or (head.tag_ == "NNS" and head.pos_ == "PROPN"):   # (not "Pacifica Minerals")
            group = _group(core, head, mention)
            return self._entity("group", _strip_determiner(group, quantifiers=True)), "name"
        if head.tag_ == "NNS":
            if lower == "authors" and det == "the" and (lead := self._lead_author()) is not None:
                return self._person_key(lead), "description"   # (the study's, by its lead author)
            if lower.rstrip("s") in _ANONYMOUS or det in _INDEFINITE or lower in _ANONYMOUS:
                return self._unnamed_for(core, head, mention), "name"
            return self._entity("group", _strip_determiner(_group(core, head, mention))), "name"
        if head.pos_ == "PROPN" and head.text[:1].isupper() and lower not in PERSON_ROLES | _GENDERED \
                and _WORD.fullmatch(head.text):   # "EB-5 requires" names no person (nor "Mother of ...")
            if lower in _BODY_NOUNS | _COMPANY_WORDS or lower.rstrip("s") in _BODY_NOUNS | PERSON_ROLES \
                    or fold(core[-1].text) in _NO_SURNAMES:
                # "the Central and East European Coalition", "Black Lawmakers", "Hanjin
                # Chemical", "The Hostages and Missing Families Forum": no one's name; "the
                # Ministry" alone is the ministry named before.
                described = self._organisation_described(core) if len(core) == 2 and det == "the" else None
                if described is not None:
                    return described, "description"
                kind = "group" if lower.endswith("s") and lower not in _COMPANY_WORDS else "organization"
                return self._entity(kind, _capitalised_name(head) or _strip_determiner(core)), "name"
            # the name ends at its head: "Detective Constable Paul Hendry of Haverton Police"
            end = next((t.i for t in core if t.i > head.i and (t.pos_ == "ADP" or t.is_punct)), core.end)
            name = _strip_determiner(head.doc[core.start:end])
            if len(name.split()) > 1 and _in_brackets(head.doc, end) == _capitals(name):
                # (a body's name, its initials in brackets after it: "British Track and Field (BTF)")
                return self._entity("organization", name), "name"
            index = self._person(head.doc[core.start:end])
            # (with the role set off after it: "Vo Thi Ngoc Anh, vice chairwoman of ...,")
            self.people.persons[index].add_role(_role(mention, head.doc[core.start:end]))
            return self._person_key(index), "name"
        # (a colleague of another country is a counterpart: "Tsotsoria said his Azerbaijani colleague")
        key = self._counterpart(c, core) if lower in ("counterpart", "colleague") else None
        if key is not None:
            return key, "description"
        if det in ("a", "an") and lower in PERSON_ROLES - _ANONYMOUS | _BODY_NOUNS - _COMPANY_NOUNS \
                and self._opening(c.paragraph):
            return _DEFER, None   # "A former DNC chairman says ..." in a lede: the body names him
            # ("A Japanese court on Wednesday ordered ...": "The Fukui District Court said")
        if det in ("a", "an") and lower in _ANONYMOUS - {"source", "person", "people", "insider", "someone"} \
                and c.paragraph == self.lede and c.paragraph not in self.headings \
                and any(t.pos_ in ("NOUN", "PROPN") for t in core if t.i < head.i) \
                and not _KEPT_ANONYMOUS.search(head.sent.text):
            return _DEFER, None   # a lede's "a senior disaster official said", who goes unnamed
            # nowhere: the one the body names with that role ("Hery Rakotomalala, director
            # general of the National Office for Disaster Risk Management")
        if c.paragraph in self.headings and lower in _ANONYMOUS - _NO_ROLE \
                and det not in _INDEFINITE | {"the", "this", "that"}:
            return _DEFER, None   # "Russian diplomat says ...": the body's diplomat, if it names one
        key = self._told_of(core) if c.paragraph in self.headings and not det and lower in _PERSON_NOUNS else None
        if key is not None:   # "... as survivor recalls": the one the body says survived
            return key, "description"
        # (an anonymous noun after "chief" is an office: "Haedong Heavy Industries Co.'s chief
        # executive officer said")
        chief = _after_chief(core, head)
        named = _named_in_next_sentence(head) if det in ("a", "an") or head.lower_ == "one" else None
        if named is not None:   # "A senior ministry official ... said ... . The official, Aigerim
            return self._person_key(self._person(named)), "description"   # Nurlanova, ..., said"
        if det in _INDEFINITE or (lower in _ANONYMOUS and det not in ("the", "this", "that") and not chief):
            return self._unnamed_for(core, head, mention), "name"
        if lower in PERSON_ROLES | _GENDERED or _ROLE_WORDS.get(lower) in PERSON_ROLES:
            if _WITHHELD.search(head.doc[head.left_edge.i:head.right_edge.i + 1].text):
                return self._unnamed(core), "name"   # "the woman, who cannot be named for legal
                # reasons,": no one named before
            key = self._unnamed_before(core, c) or self._by_role(core, c.source[0])
            if key is None and det == "the" and c.paragraph not in self.headings:
                index = self._subject_described(core)
                if index is None and (not list(head.rights) or _parent_of_some(head)) \
                        and not self._reported_inside(c) and (
                        lower in OCCUPATIONS | _LEGISLATORS | _CONTENDERS or self._quoted_without_role(c)):
                    index = self._just_quoted(core, c.source[0])   # (no more said of them; "the MP
                    # stressed" after Voronkova's quote, a "Member of the Duma Committee"; any
                    # role, after the opening, of one quoted in the body whom the text gave none:
                    # "says Datuk Seri Rosli Ahmad. // The Home Minister said"; not one whom the
                    # one just quoted reports: "MacAskill ... told the committee that the
                    # transport secretary had assured him ...")
                if index is None and _epithet(head, c):
                    # "The former navy lawyer, who became Nigeria's U.N. envoy in 2022, added": the
                    # one just quoted, whatever their role, where no one else was named since
                    last = self._last_speaker_alone(c.source[0])
                    if last is not None and not self._other_gender(self.people.persons[last], core):
                        index = last
                if index is None and not self._introducing(c):
                    index = self._named_next(c, core)
                key = self._person_key(index) if index is not None else None
            if key is not None:
                return key, "description"
            # a heading's or the lede's role waits for the names of the body; in the body an
            # unnamed one, at once, so that "he said" after it can be it
            return (_DEFER, None) if self._introducing(c) else (self._unnamed(core), "name")
        if det == "the" and lower in _PERSON_NOUNS and [t.lower_ for t in core] == ["the", lower]:
            # "the witness": the one person named before whose role has that word ("The first
            # witness, Deepa Sethi, told the court")
            found = {index for index, person in enumerate(self.people.persons)
                     if any(lower in _words(role) for role in person.roles)
                     and any(m.start < c.source[0] for m in person.mentions)}
            if len(found) == 1:
                return self._person_key(found.pop()), "description"
        # (a country's body in the lede, by the name the body gives it: "Uzbekistan's central
        # bank" is the "Central Bank of Uzbekistan")
        placed = c.paragraph == self.lede and core[0].dep_ == "poss" and core[0].ent_type_ == "GPE"
        reported = self._company_reported(c) if lower in _COMPANY_NOUNS and det == "the" else None
        # (first where the description says only where it is based, which the text may say of no
        # company: "Aurelis will pay $41 a share ..., the Munich-based company said")
        based = any(t.lower_ == "based" and t.i > core.start and t.doc[t.i - 1].text == "-" for t in core)
        organisation = (based and reported) or self._organisation_described(core, anywhere=placed) \
            or self._body_just_quoted(core, c) or reported
        if organisation is not None:
            return organisation, "description"
        own = c.source_mention is not None and c.source_mention.doc is head.doc \
            and c.source_mention.root.i == head.i   # (not a document's producer: "the ministry's website")
        lower_case = all(t.is_lower for t in core if t.dep_ != "det")   # (not "The Tory campaign")
        owner = next((t for t in core if t.dep_ == "poss" and t.left_edge.i == core.start), None)
        owner = c.paragraph == self.lede and owner is not None and owner.pos_ in ("PRON", "PROPN") \
            and all(t.is_lower for t in core if t.i > owner.i)
        national = lower in _COMPANY_NOUNS and core[0].dep_ == "poss" and core[0].ent_type_ == "GPE" \
            and self._opening(c.paragraph)
        kindless = lower in _KINDLESS_BODIES and _in_brackets(head.doc, head.i + 1) is None   # (not one
        # its initials name: "The regional health agency (ARS)")
        if (lower in _BODY_NOUNS - _COMPANY_NOUNS or kindless or national) and own and (
                owner or lower_case and self._opening(c.paragraph) and det == "the" or national):
            return _DEFER, None   # "..., their union said" and "Malawi's main opposition party"
            # in the lede, "The league says" in a standfirst, "the local council has confirmed":
            # the one the body names (and a country's company in the opening: "Jamaica's sole
            # electricity distributor said" before "The Jamaica Public Service Co. said")
        capitalised = head.text[:1].isupper() and (head.text.isupper() or not head.is_sent_start)
        if head.pos_ != "PROPN" and not capitalised and lower not in _BODY_NOUNS | _BODIES:
            # A common noun that names no one: "the first accord", "one of the docs" (not
            # "state news agency SANA").
            return self._unnamed(core), "name"
        start = head.i
        while start > core.start and head.doc[start - 1].text[:1].isupper() \
                and not head.doc[start - 1].is_punct:
            start -= 1
        if head.text[:1].isupper() and start > core.start and not head.doc[start - 1].text[:1].isupper():
            # "state news agency SANA": the name, not its description
            return self._entity("organization", head.doc[start:head.i + 1].text), "name"
        return self._entity("organization", _strip_determiner(core)), "name"

    # -- people -------------------------------------------------------------------------

    def _known(self, head: Token) -> bool:
        return self._known_index(head) is not None

    def _holder(self, head: Token, mention: Span) -> Optional[int]:
        """The person the text names who holds the office ``mention`` ends with, named after
        its "of" phrases (:func:`_holder_after`); None for none."""
        name = _holder_after(head, mention)
        return self._known_index(name) if name is not None else None

    def _a_person(self, head: Token) -> bool:
        """Whether a name word names a person the text says is one, by a gender ("Valentin
        Kruglov"; not "Bristol Harbour", a club the recogniser typed a person)."""
        index = self._known_index(head)
        return index is not None and bool(self.people.persons[index].likely_gender)

    def _known_index(self, head: Token) -> Optional[int]:
        """The person a name word names, where the text names one so; else None."""
        name = _person_name(_hyphenated(head).text)
        return self.people.find(name, add=False) if name is not None else None

    def _person(self, span: Span, name: Optional[PersonName] = None) -> int:
        name = name or _person_name(span.text) or parse_person(span.text)
        heading = id(span.doc) in self.heading_docs
        offset = self.starts[id(span.doc)]
        index = self.people.find(name, heading, gender=frozenset(_gender(span)),
                                 before=None if heading else offset + span[-1].idx)
        if heading:
            return index
        # A name the tagger did not type a person ("spokesman Dmitry Orlov" an organisation):
        # named here (without its title), so that "Orlov" later is this person.
        person = self.people.persons[index]
        title = span.text.find(name.display.split()[0]) if name.display else -1
        start, end = offset + span.start_char + max(title, 0), offset + span.end_char
        if not any(m.start < end and start < m.end for m in person.mentions):
            person.mentions.append(TextSpan.of(self.text, start, end))
        return index

    def _person_key(self, index: int) -> tuple[str, str]:
        """The entity key of person ``index``; its name and name mentions are the person's,
        taken when the speakers are listed (a fuller form may still come)."""
        key = ("person", f"#{index}")
        if key not in self.entities:
            person = self.people.persons[index]
            self.entities[key] = _Entity("person", person.name, person.roles, [])
        return key

    def _group_of(self, members: list[Span]) -> tuple[str, str]:
        names = [self.people.persons[self._person(m)].name if m.label_ in ("PERSON", "")
                 else _strip_determiner(m) for m in members]
        return self._entity("group", " and ".join(dict.fromkeys(names)))

    def _pronoun(self, c: Candidate, head: Token):
        lower = head.lower_
        if lower in _FIRST_PERSON:
            return None, None   # resolved after all others, by the enclosing attribution
        last = self.history[-1] if self.history else None
        if lower == "they" and last is not None and last[0] == c.paragraph \
                and self._sentence_of(last[2]) in {self.starts[id(s.doc)] + s.start_char
                                                   for s in self._sentences_back(head.sent, 3)} \
                and (self._one_unnamed(last[1], None, last[2])
                     or last[1][0] == "unnamed" and self._plural_head_at(last[2])):
            # one unnamed person, or unnamed people, just reported: 'One minister admitted
            # that ... . "...," they said.'; 'Election observers said ..., though they noted'
            return last[1], "pronoun"
        if lower in ("they", "it"):   # "Romney released his returns, though they exposed ..."
            document = self._document_before(head, plural=lower == "they")
            if document is not None:
                key, _ = self._producer(c, _core(document), document)
                if key is not None and key is not _DEFER and self.entities[key].kind != "unnamed":
                    return key, "pronoun"
        if lower in _GROUP_PRONOUNS:
            # (the plural subject of the sentence before, in the paragraph, first: "The
            # researchers, from ..., surveyed 212 reef sites. They found ..." after a journal
            # that published them)
            key = self._plural_subject_before(c, same_paragraph=True) if lower in ("they", "their") else None
            if key is None:
                key = self._recent(("group", "organization"), c.paragraph, plural=lower in ("they", "them", "their"))
            if key is None and lower in ("they", "their"):
                key = self._plural_subject_before(c)
            return key, "pronoun"
        if lower in ("it", "its"):   # "The coalition ... It said": the last body, nearby
            return self._recent(("organization",), c.paragraph), "pronoun"
        if lower not in _PERSON_PRONOUNS:
            return None, None
        gender = "m" if lower in ("he", "him", "his") else "f"
        speaking = self._quoted_by(c)
        if speaking is not None:
            # One who reports inside a quote, as a witness in an answer: "A: He said, '...'"
            # is not who speaks there, nor whom they answer, but one the text named before.
            index = self._antecedent(gender, c, *speaking)
            return (self._person_key(index), "pronoun") if index is not None else (None, None)
        index = self._subject_since_speaker(gender, c)
        if index is None:
            index = self._speaker_of_sentence(gender, c)
        if index is None:
            index = self._described_subject(gender, c)
        if index is None:
            unnamed = self._unnamed_subject_before(gender, c)
            if unnamed is not None:   # 'A government spokesman played down ... . "...," he said'
                return unnamed, "pronoun"
            index = self._named_just_before(gender, c)
        if index is not None:
            return self._person_key(index), "pronoun"
        last = self.history[-1] if self.history else None
        if last is not None and last[0] >= c.paragraph - 1 and self._one_unnamed(last[1], gender, last[2]) \
                and not self._named_since(last[2], gender, c):
            # "A Kurdish official ... . 'We ...,' he said." (not past one of that gender named
            # since: "A spokesperson for the authority said ... . // For Mrs Ní Mhurchú, that
            # is cold comfort. '...,' she said.")
            return last[1], "pronoun"
        for para, key, position in reversed(self.history):   # the last person speaker nearby, if it fits
            if para < c.paragraph - RECENT_PARAGRAPHS or self._named_since(position, gender, c):
                break   # (not past a person of the pronoun's gender named since: "Colonel
                # Andrii Hnatiuk said ... . // ... a former schoolteacher named Oksana, keeps a
                # log. She said ..." is Oksana)
            if key[0] == "person" and not self._in_clause_of(position, head):
                person = self.people.persons[int(key[1][1:])]
                if not person.gender - {gender}:
                    return key, "pronoun"
        index = self._antecedent(gender, c)
        if index is None:
            return None, None
        return self._person_key(index), "pronoun"

    def _in_clause_of(self, position: int, pronoun: Token) -> bool:
        """Whether ``position`` lies in a clause or phrase set before the verb ``pronoun`` is
        the subject of, which names someone else than its subject: "Asked by the prosecutor,
        advocate Lindiwe Dube, whether ..., he replied" (not Dube, who asked), "After meeting
        Naledi Mokoena, he said"."""
        _, token = self._token_at(position)
        if token is None or token.doc is not pronoun.doc or token.sent != pronoun.sent or token.i > pronoun.i:
            return False
        # (a sentence opened by a participle, the pronoun right after its comma, whatever the
        # parse made of it)
        opener = pronoun.sent[0]
        return opener.tag_ in ("VBN", "VBG") and pronoun.i and pronoun.doc[pronoun.i - 1].text == "," \
            or any(clause.dep_ in ("advcl", "prep") and clause.left_edge.i <= token.i <= clause.right_edge.i
                   for clause in pronoun.head.children if clause.i < pronoun.i)

    def _named_since(self, position: int, gender: Optional[str], c: Candidate) -> bool:
        """Whether a person likely of ``gender`` (:attr:`_Person.likely_gender`; any person
        where it is None) is named after the sentence of ``position`` and before the source of
        ``c``, outside any quote."""
        sentence = self._sentence_of(position)
        return any((gender is None or self.people.persons[p].likely_gender == {gender})
                   and not self.contents.holding(at, at + 1) and self._sentence_of(at) > sentence
                   and not _addressed_first(self._name_head(at))
                   for at, p in self.people.named_between(position, c.source[0]))

    def _antecedent(self, gender: str, c: Candidate, paragraph: Optional[int] = None,
                    speakers: Collection[int] = (), quote: Optional[Candidate] = None) -> Optional[int]:
        """The person of the nearest sentence before the source of ``c`` (back to
        :data:`RECENT_PARAGRAPHS` paragraphs before its own, or before ``paragraph``) that
        names a person of the pronoun's gender outside any quote or report (``"Trump is
        wrong," he said`` is not Trump): the sentence's subject if it is one, else its first
        such person; else the one person of that gender (known from a title or given name)
        named anywhere before. Where ``speakers`` are given (those a quote holding the pronoun
        is by or answers, :meth:`_quoted_by`), none of them, and names in reports count
        ("Ruelas testified that Whitcomb had called her"), as do those in that ``quote``
        ("A: I sat down with Commerce Undersecretary Raymond Kilbane in June, and he told me
        ...")."""
        start = c.source[0]
        floor = self.offsets[max((c.paragraph if paragraph is None else paragraph) - RECENT_PARAGRAPHS, 0)]
        sentences: dict[int, list[tuple[int, int]]] = {}
        for position, person in self.people.named_between(floor, start):
            held = self._quote_at(position, quote) is not None if speakers \
                else self.contents.holding(position, position + 1)
            if self.people.persons[person].gender - {gender} or person in speakers or held:
                continue
            sentences.setdefault(self._sentence_of(position), []).append((position, person))
        if not sentences:
            before = {p for pos, p in self.people.positions if pos < start
                      and self.people.persons[p].gender == {gender} and p not in speakers}
            return next(iter(before)) if len(before) == 1 else None
        last = max(sentences)
        chosen = sentences[last]
        subjects = [p for pos, p in chosen if self._is_subject(pos)]
        if subjects:
            return subjects[0]
        # (not one named only as the owner of another: "Tunde and Ngozi's daughter, Simi")
        owned = [p for pos, p in chosen if not self._is_owner(pos)]
        return (owned or [p for _, p in chosen])[0]

    def _quoted_by(self, c: Candidate) -> Optional[tuple[int, set[int], Candidate]]:
        """Where the source of ``c`` lies inside a quote (the content of a direct attribution
        resolved to a person, or an interview's answer): the paragraph its context starts
        from (the first line of an interview's run of questions and answers), the people it
        is by or answers (the speakers of the run's lines) and the quote; None elsewhere."""
        outer = self._quote_at(c.source[0], c)
        if outer is None:
            return None
        paragraph, last = outer.paragraph, outer.paragraph
        while paragraph - 1 in self.lines:
            paragraph -= 1
        while last + 1 in self.lines:
            last += 1
        quotes = [self.lines[i] for i in range(paragraph, last + 1) if i in self.lines] \
            if outer.paragraph in self.lines else [outer]
        keys = [self.resolved.get(id(quote)) for quote in quotes]
        people = {int(key[1][1:]) for key in keys if key is not None and key[0] == "person"}
        return (paragraph, people, outer) if people else None

    def _quote_at(self, position: int, besides: Optional[Candidate] = None) -> Optional[Candidate]:
        """The direct attribution (other than ``besides``) whose content holds ``position``."""
        return next((h for h in self._contents_at(position) if h is not besides and h.kind == "direct"), None)

    def _is_owner(self, position: int) -> bool:
        """Whether the name at ``position`` is a possessive ("Ngozi's daughter")."""
        token = self._name_head(position)
        return token is not None and token.dep_ == "poss"

    def _subject_since_speaker(self, gender: str, c: Candidate) -> Optional[int]:
        """The one person of ``gender`` that a main clause of the pronoun's paragraph has as
        its subject after the last attribution's sentence, outside any quote or report:
        "... added Rep. Jim Clyburn. // Trump has record low support. He recently pitched
        ..." is Trump; or of the paragraph before, where the pronoun's names no one before it
        ("... Ayrault said ... . // Secretary General Ban Ki-moon condemned ... . // '...,' he
        told reporters" is Ban)."""
        start, paragraph = c.source[0], self.offsets[c.paragraph]
        if c.paragraph > 0 and c.paragraph - 1 not in self.headings \
                and not self.people.named_between(paragraph, start):
            paragraph = self.offsets[c.paragraph - 1]
        after = self._sentence_of(self.history[-1][2]) if self.history else -1
        found = {p for position, p in self.people.named_between(paragraph, start)
                 if not self.people.persons[p].gender - {gender}
                 and (self._sentence_of(position) > after and not self._reported(position) or self._asked(position))
                 and (self._is_subject(position, main=True) or self._topic(position))}
        return found.pop() if len(found) == 1 else None

    def _topic(self, position: int) -> bool:
        """Whether the name at ``position`` is whom a sentence opening "For" is about: "For
        Zanele Mthembu, a 52-year-old cleaner in Soweto, the debate is not abstract."."""
        token = self._name_head(position)
        return token is not None and token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.i == token.sent.start and token.head.head.dep_ == "ROOT"

    def _asked(self, position: int) -> bool:
        """Whether the name at ``position`` is who was asked the question its sentence
        reports: "Foreign Office spokesperson Annika Feldmann was asked by a reporter whether
        ...", "Asked by the judge whether ..., Yann Le Floch stood" (the sentence of the last
        attribution, or inside what it reports, but its addressee)."""
        token = self._name_head(position)
        # (or the subject of a sentence opened by one of those: "Asked by the judge whether he
        # had anything to add ..., Yann Le Floch stood once more", "Questioned by presiding judge
        # Marco Cattaneo, de Vallière denied any wrongdoing")
        return token is not None and (
            token.dep_ == "nsubjpass" and token.head.lemma_ in _QUESTIONED
            or token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.sent[0].i < token.i
            and token.sent[0].tag_ == "VBN" and token.sent[0].lemma_.lower() in _QUESTIONED)

    def _speaks_at(self, mention: TextSpan) -> bool:
        """Whether ``mention`` (a person's name) lies in the source of an attribution a report
        quotes "as saying" (``self.speaking``)."""
        return any(start <= mention.start and mention.end <= end for start, end in self.speaking)

    def _contents_at(self, position: int):
        """The attributions with a fragment of content holding ``position`` (not those split
        around it, their source between two fragments)."""
        return (h for h in self.contents.holding(position, position + 1) if any(s <= position < e for s, e in h.spans))

    def _in_content(self, position: int) -> bool:
        """Whether ``position`` lies in a fragment of an attribution's content."""
        return any(self._contents_at(position))

    def _reported(self, position: int) -> bool:
        """Whether ``position`` lies in what someone is quoted or reported to say; not in an
        indirect content that no one says ("Park is expected to visit Washington", which the
        corpus annotates with its cue "expected" and no source)."""
        return any(h.kind != "indirect" or h.source for h in self.contents.holding(position, position + 1))

    def _speaker_of_sentence(self, gender: str, c: Candidate) -> Optional[int]:
        """The person just heard in the pronoun's own sentence, of its gender, with no one
        named between: "The Liberal Leader said hers would as well, although she added that
        ..." is the Liberal Leader (not the NDP Leader of the sentence before)."""
        if not self.history:
            return None
        _, key, position = self.history[-1]
        if key[0] != "person" or self._sentence_of(position) != self._sentence_of(c.source[0]):
            return None
        # (not one whose report or question holds the pronoun: "she said she had called him
        # ... and that he had told her", "Asked by the coroner whether ..., she replied")
        heard = self.heard
        if heard is not None and (_asks(heard) or heard in self.contents.holding(c.source[0], c.source[1])):
            return None
        index = int(key[1][1:])
        if any(p != index for _, p in self.people.named_between(position, c.source[0])):
            return None
        return index if self.people.persons[index].likely_gender == {gender} else None

    def _described_subject(self, gender: str, c: Candidate) -> Optional[int]:
        """The person a role description of ``gender`` names as the main subject (or the
        subject's owner) of the sentence before the pronoun's: "In defeat, the president
        appeared cowed. Campaigning against Mitt Romney in 2012, he barely mentioned ..." and
        "The president's Pacific roots ... . In Honolulu, he told ..." are the president; or of
        the pronoun's own sentence, before it: "The former attorney general, 58, has built her
        campaign around ... what she calls ..." is the former attorney general (not where what
        the pronoun reports is that sentence's: "The chairman, he said, 'has been ...'")."""
        _, token = self._token_at(c.source[0])
        root = token.sent.root if token is not None else None
        reports = root is not None and any(s <= self.starts[id(root.doc)] + root.idx < e for s, e in c.spans)
        own = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i] \
            if root is not None and not reports else []
        for subject in own + self._main_subjects_before(c):
            # (the owner only of no person: not "the singer" of "The singer's mother, Sydney Reyes,")
            person = subject.lemma_.lower() in _PERSON_NOUNS - PERSON_ROLES or _apposed_name(subject) is not None
            for word in [subject] + [t for t in subject.children if t.dep_ == "poss" and not person]:
                mention = _core(word)
                position = self.starts[id(word.doc)] + word.idx
                age = _AGE.match(mention.text)
                index = self._aged(int(age.group(1)), position) \
                    if age and not self._reported(position) else None
                if index is not None and not self.people.persons[index].gender - {gender}:
                    return index   # "The 34-year-old ... addressed the court. '...,' he said"
                ent = entity_at(word)   # (a title the tagger typed, "The Minister", counts)
                if word.lower_ not in PERSON_ROLES or (ent is not None and not _title_only(ent)) \
                        or _determiner(mention) != "the" or self._reported(position) \
                        or _apposed_name(word) is not None:
                    continue   # (not a description inside what someone says: "'The president
                    # has been clear. He will sign ...,' she told a briefing"; nor one that
                    # names its person: "The French fisheries minister, Claire Aubertin,")
                key = self._by_role(mention, position)
                if key is not None and not self.people.persons[int(key[1][1:])].gender - {gender}:
                    return int(key[1][1:])
        return None

    def _main_subjects_before(self, c: Candidate, same_paragraph: bool = False) -> list[Token]:
        """The subjects of the main verb of the sentence before the one the source of ``c``
        is in (``same_paragraph``: only where that sentence is in the source's paragraph)."""
        _, token = self._token_at(c.source[0])
        previous = self._sentence_before(token.sent) if token is not None else None
        if previous is None or same_paragraph and previous.doc is not token.doc:
            return []
        return [t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")]

    def _unnamed_subject_before(self, gender: str, c: Candidate) -> Optional[tuple[str, str]]:
        """One unnamed person of ``gender`` (or of none said) that is the main subject of the
        sentence before the pronoun's, in its paragraph, with no person of that gender named
        since: "A government spokesman played down any disagreement. '...,' he said." """
        for subject in self._main_subjects_before(c, same_paragraph=True):
            mention = _core(subject)
            position = self.starts[id(subject.doc)] + subject.idx
            if subject.tag_ != "NN" or _determiner(mention) not in ("a", "an", "one") \
                    or _role_word(subject.lower_) not in _ONE_PERSON or entity_at(subject) is not None \
                    or title_gender(mention.text) - {gender} or self._reported(position) \
                    or self._named_since(position, gender, c) \
                    or _named_after(subject):
                continue   # (not one named in apposition: "A neighbour, Gwen Pritchard, 71,")
            whole = subject.doc[subject.left_edge.i:subject.right_edge.i + 1]
            return self._unnamed_for(mention, subject, whole)
        return None

    @staticmethod
    def _document_before(pronoun: Token, plural: bool) -> Optional[Token]:
        """The document a pronoun refers to: the object, of the pronoun's number, of the
        clause the pronoun's own clause hangs from."""
        clause = pronoun.head
        while clause.dep_ in ("advcl", "conj", "ccomp") and clause.head.i != clause.i:
            clause = clause.head
            objects = [t for t in clause.children if t.dep_ == "dobj" and t.i < pronoun.i
                       and (t.lemma_.lower() in DOCUMENTS or t.lower_ in DOCUMENTS)
                       and (t.tag_ in ("NNS", "NNPS")) == plural]
            if objects:
                return objects[0]
        return None

    def _one_unnamed(self, key: tuple[str, str], gender: Optional[str], position: int) -> bool:
        """Whether ``key``, named at ``position``, is one unnamed person that ``he``/``she`` of
        ``gender`` (None: a singular "they") may be: "a senior official", "the spokeswoman", "A
        midwife who still works at the unit" (not "officials", not "the report")."""
        # a person's noun before what describes it ("resident who asked not to be named for
        # fear of reprisals", "official familiar with the talks")
        words = re.split(r"\s(?:who|that|with|for|from|of|in|at|on)\s|,", key[1])[0].split()
        noun = self._noun_at(position)
        who = noun is not None and noun.tag_ == "NN" and any(   # (one that "who" describes)
            c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children)
        return key[0] == "unnamed" \
            and (who or any(_role_word(w) in _ONE_PERSON for w in words)) \
            and (gender is None or not title_gender(key[1]) - {gender})

    def _signed(self, paragraph: int) -> Optional[tuple[str, str]]:
        """The person whose name, alone in a paragraph, signs the text ``paragraph`` belongs
        to: the first such line in the next :data:`SIGNATURE_PARAGRAPHS` (a letter to the
        editor, an op-ed's sign-off), before any heading."""
        for doc in self.docs[paragraph + 1:paragraph + 1 + SIGNATURE_PARAGRAPHS]:
            if id(doc) in self.heading_docs:
                return None
            words = [t for t in doc if not t.is_punct]
            ent = doc.ents[0] if len(doc.ents) == 1 else None
            if ent is not None and ent.label_ == "PERSON" and len(words) <= 4 \
                    and all(ent.start <= t.i < ent.end for t in words):
                return self._person_key(self._person(ent))
        return None

    def _opening(self, paragraph: int) -> bool:
        """Whether ``paragraph`` is a heading or the lede (the first paragraph after the
        headline): where a role may stand for a person the next paragraphs name."""
        return paragraph in self.headings or paragraph == self.lede

    def _introducing(self, c: Candidate) -> bool:
        """Whether the source of ``c`` lies in a heading or the lede, or in the paragraph after
        the lede where the body names and quotes no person before it (a lede the layout did not
        set apart from a standfirst: "... // Water companies ... will 'finally pay', the
        environment secretary has told MPs. // ..., Helen Marchbank said")."""
        if self._opening(c.paragraph):
            return True
        return self.lede is not None and c.paragraph == self.lede + 1 \
            and not self.people.named_between(self.offsets[self.lede], c.source[0]) \
            and not any(key[0] == "person" and at < c.source[0] for _, key, at in self.history)

    def _press_body(self, c: Candidate, owner: Token) -> Optional[tuple[str, str]]:
        """The organisation, by its name, that ``owner`` (the body's word of a press service:
        :func:`_press_office_of`) resolves to; None for anything else."""
        key = self._mention(c, _core(owner), owner)[0]
        if key is None or key is _DEFER or self.entities[key].kind != "organization" \
                or not self.entities[key].name[:1].isupper():
            return None
        return key

    def _told_of(self, description: Span) -> Optional[tuple[str, str]]:
        """The one person the body tells of in a word of a heading's ``description``, in what
        is set off after their name: "says cafe owner" is "Bethan Pryce, who runs a cafe on
        Great Oak Street,", "as survivor recalls" "Nur Aisyah, 34, who survived by clinging
        to ..." (a word of four letters or more the same, or its first six letters)."""
        # (a noun, which a heading's tagging may call a name; no role's, whose holder the roles
        # say: "Kazakh energy minister")
        if not description.root.is_lower or _role_word(description.root.lower_) in PERSON_ROLES:
            return None
        words = {t.lemma_.lower() for t in description if t.is_lower and t.is_alpha and not t.is_stop and len(t) >= 4
                 and _role_word(t.lower_) not in PERSON_ROLES}

        def told(token: Token) -> bool:
            ent = entity_at(token)
            head = ent.root if ent is not None else token
            said = {t.lemma_.lower() for c in head.children if c.dep_ in ("relcl", "appos", "acl")
                    for t in c.subtree if t.pos_ in ("NOUN", "VERB", "ADJ")}
            return any(w == v or w[:6] == v[:6] and min(len(w), len(v)) >= 6 for w in words for v in said)

        found = {index for index, person in enumerate(self.people.persons) for m in person.mentions
                 for _, token in [self._token_at(m.start)]
                 if token is not None and id(token.doc) not in self.heading_docs and told(token)}
        return self._person_key(found.pop()) if len(found) == 1 else None

    def _named_after_lede(self, c: Candidate, mention: Optional[Span] = None,
                          told: bool = False) -> Optional[tuple[str, str]]:
        """The person a lede's role description (``mention``, else the source's) introduces
        before the name: the first person speaker of the next two paragraphs, if the gender
        fits and the text gives them no other role ("Iran will not halt enrichment, the
        country's foreign minister said. // Mohammad Javad Zarif told state television ...");
        with ``told`` (the source is who was told), whoever that is."""
        mention = c.source_mention if mention is None else mention
        for para, key, _ in self.history:
            if para <= c.paragraph or key[0] != "person":
                continue
            if para > c.paragraph + 2:
                return None
            if told:
                return key
            # (not one the sentence that first names them places elsewhere: "Kuwaiti minister"
            # is not "Saudi Arabia's Minister of Environment, Water and Agriculture Eng. Faisal
            # bin Nasser Al-Harbi", quoted first)
            # (the place an office is for is no nationality: "The UN special envoy for Yemen" is
            # Lars Oskarsson, "told a news conference at the Omani Ministry of Foreign Affairs")
            person = self.people.persons[int(key[1][1:])]
            said = {w for w in self._places_said(mention)
                    if not any(t.lower_ == w and t.head.lower_ in ("for", "to") for t in mention)}
            # (one a heading alone names has no mention in the body to read a place from)
            first = min((m.start for m in person.mentions), default=None)
            token = self._token_at(first)[1] if first is not None else None
            # (not where they spoke: "told a press conference in Baghdad" is no other country's;
            # nor a place after the name, in what they said: "told a press briefing ... that
            # reception centres in Adjumani and Yumbe districts were holding ...")
            offset = self.starts[id(token.doc)] if token is not None else 0
            there = self._places_said(token.sent) - {
                t.lower_ for t in token.sent for place in [t.head if t.dep_ == "compound" else t]
                if place.dep_ == "pobj" and place.head.lower_ in ("in", "at")
                or t.i > token.i and self.contents.holding(offset + t.idx, offset + t.idx + 1)} \
                if said and token is not None else set()
            placed = not there or any(_same_country(a, w) for a in said for w in there)
            # (nor one whose role is of a company other than the description's owner: "The
            # Commission's industry chief" is not the "chief executive of Eindhoven-based
            # Veldmaar Semiconductors")
            owner = _proper_owner(mention)
            bodies = [found.group(1) for role in person.roles for found in [_OF_BODY.search(role)]
                      if found and fold(found.group(1).split()[-1]).rstrip(".") in _COMPANY_WORDS
                      and not _portfolios(_words(found.group(1)))]   # (not "Minister of Energy")
            owned = owner is None or not bodies or any(_same_owner(owner, body) for body in bodies)
            return key if placed and owned and _fits(person, mention) else None
        return None

    def _named_next(self, c: Candidate, description: Span) -> Optional[int]:
        """The person a body's role ``description`` in the body (by its owner: "The bank's
        chief executive"), which no one named before fits, is where the paragraph after it
        names them for the first time with that role (by :meth:`_by_role`, all the
        description's other words in their roles): "The bank's chief executive said ... . //
        Nigel Ebanks, who founded Harbourline in 2006 and remains its chief executive, told
        Reuters ..."; else None (not "the chairperson" another body's chairman named next, nor
        "The Norwegian negotiator" the EU's: the one described was named before)."""
        owned = {t.i for o in description.root.children if o.dep_ == "poss" for t in o.subtree}
        if not owned or c.paragraph + 1 >= len(self.offsets):
            return None
        since = self.offsets[c.paragraph + 1]
        until = self.offsets[c.paragraph + 2] if c.paragraph + 2 < len(self.offsets) else len(self.text)
        key = self._by_role(description, until)
        if key is None or key[0] != "person":
            return None
        index = int(key[1][1:])
        said = {_role_word(t.lower_) for t in description if t.i not in owned and t.is_alpha
                and t.dep_ not in ("det", "case")}
        # (named first in that paragraph, and no one named before the description with all
        # that in their roles)
        first = {q: min(m.start for m in person.mentions) for q, person in enumerate(self.people.persons)
                 if person.mentions and all(_same_role(w) & person.role_words for w in said)}
        return index if index in first and since <= first[index] < until \
            and all(at >= c.source[0] for at in first.values()) else None

    def _body_after_lede(self, c: Candidate, noun: str) -> Optional[tuple[str, str]]:
        """The body a lede's description introduces before its name: the first the next two
        paragraphs name that the text says is a ``noun``, by a noun beside its name or a word
        of it (:func:`_described_bodies`): "Malawi's main opposition party ... asked the court
        ... . // The United People's Movement (UPM) said" (a company by its name too; any body
        for a noun that says no kind: "the tax authority said" before "The South African Revenue
        Service (SARS) said")."""
        since = self.offsets[c.paragraph + 1] if c.paragraph + 1 < len(self.offsets) else len(self.text)
        until = self.offsets[c.paragraph + 3] if c.paragraph + 3 < len(self.offsets) else len(self.text)
        return next((self._entity("organization", name) for start, name, said in self.described_bodies
                     if since <= start < until and (said == noun or said == _BY_NAME and noun in _COMPANY_NOUNS
                                                    or noun in _KINDLESS_BODIES and said in _PUBLIC_BODIES)), None)

    def _plural_subject_before(self, c: Candidate, same_paragraph: bool = False) -> Optional[tuple[str, str]]:
        """The speaker a plural subject of the sentence before names (``same_paragraph``:
        only where that sentence is in the pronoun's paragraph), for "they": "McConnell aides
        acknowledged ... . But they emphasized ..." are the aides."""
        subject = next((t for t in self._main_subjects_before(c, same_paragraph)
                        if t.tag_ in ("NNS", "NNPS")), None)
        if subject is None:
            return None
        key, _ = self._mention(c, _core(subject), subject)
        return key if key is not _DEFER else None

    def _named_just_before(self, gender: str, c: Candidate) -> Optional[int]:
        """The one person of ``gender`` that the pronoun's sentence names before it, outside
        any quote or report but those that hold the pronoun too: "Oz's dubious advice earned
        him the attention of Congress, where he appeared ..." is Oz (a sentence before does not
        outweigh the last speaker); "Okafor-Reid ... said she had spoken by phone with federal
        Health Minister Arjun Bhatia on Monday night and that he had told her ..." is Bhatia."""
        _, token = self._token_at(c.source[0])
        if token is None:
            return None
        start = self.starts[id(token.doc)] + token.sent.start_char
        around = {id(h) for h in self.contents.holding(c.source[0], c.source[1]) if h is not c}
        # (one spoken to, too, inside the report that holds the pronoun: "spoken by phone with")
        found = {p for position, p in self.people.named_between(start, c.source[0])
                 for held in [{id(h) for h in self.contents.holding(position, position + 1)}]
                 if not self.people.persons[p].gender - {gender} and not held - around
                 and not (self._addressed(position) and not held) and not self._in_clause_of(position, token)}
        return found.pop() if len(found) == 1 else None

    def _addressed(self, position: int) -> bool:
        """Whether the name at ``position`` is the one spoken to ("Speaking to Politico",
        "told Smith", "Addressing Carradine directly, she said"): no antecedent of the
        speaker's pronoun."""
        token = self._name_head(position)
        if token is None:
            return False
        return (token.dep_ == "pobj" and token.head.lower_ in ("to", "with")) \
            or (token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() == "tell") \
            or _addressed_first(token)

    def _sentence_before(self, sentence: Span) -> Optional[Span]:
        """The sentence before ``sentence``: in its paragraph, else the last of the paragraph
        before (not a heading's)."""
        if sentence.start > 0:
            return sentence.doc[sentence.start - 1].sent
        index = next(i for i, doc in enumerate(self.docs) if doc is sentence.doc)
        if index > 0 and index - 1 not in self.headings and len(self.docs[index - 1]):
            return self.docs[index - 1][-1].sent
        return None

    def _subject_described(self, mention: Span, by_role: bool = True,
                           same_paragraph: bool = False) -> Optional[int]:
        """The person a definite description no role fits refers to: the named subject
        nearest before it, in its sentence or the two before ("But Trump claims ... . The
        Republican nominee continues to insist"; "As far as whether Sanders still senses
        ..., the Vermont senator acknowledged"), if that person's gender fits and the text
        gives them no other role (never the lawyer for "the judge"); with ``by_role`` false
        (an age: "the 54-year-old"), whatever their role; with ``same_paragraph``, only one
        named in the paragraph of ``mention``."""
        for subject in self._subjects_before(mention):
            if same_paragraph and subject.doc is not mention.doc:
                return None
            person = self._subject_named(subject)
            if person is not None:
                found = self.people.persons[person]
                fits = _fits(found, mention) if by_role else \
                    not self._other_gender(found, mention)
                fits = fits and not self._other_nationality(found, mention) \
                    and not (found.gender and _owner_gender(mention) - found.gender)
                return person if fits else None
        if not by_role:   # (an age: the one person the report before it in its sentence is
            # about, where no one else is its subject: "Caleb Renner has been suspended ..., the
            # agency announced, and the 24-year-old swimmer vowed to fight the ban")
            about = {p for t in mention.sent if t.i < mention.start and t.dep_ in ("nsubj", "nsubjpass")
                     for p in [self._named_at(t)] if p is not None}
            if len(about) == 1 and not self._other_gender(self.people.persons[min(about)], mention):
                return about.pop()
        return None

    def _subject_named(self, subject: Token) -> Optional[int]:
        """The person a subject names, or the name set off after it names: "The fire chief,
        Rupert Okonkwo-Lane, told ..."."""
        person = self._named_at(subject)
        return person if person is not None else next(
            (p for a in subject.children if a.dep_ == "appos" for p in [self._named_at(a)] if p is not None), None)

    def _people_word_subject(self, c: Candidate, description: Span, head: Token) -> Optional[int]:
        """The named subject before a people's word (``description``, headed by ``head``) that
        is the source of ``c``, whatever their role: in its paragraph where it stands before
        what it says with more said of them ("The Dutchman, who joined ..., said" opening a
        paragraph may be another than the last one named), else in the paragraph before too
        ("The Turk said", or one signing off a quote: the one the paragraph before was about)."""
        return self._subject_described(description, by_role=False,
                                       same_paragraph=c.source[0] < c.start and bool(list(head.rights)))

    @staticmethod
    def _other_gender(person: _Person, description: Span) -> bool:
        """Whether ``description``'s words give another gender than the person's known one."""
        said = title_gender(description.text)
        return bool(said and person.gender and not said & person.gender)

    def _other_age(self, person: int, age: int) -> bool:
        """Whether the text gives ``person`` an age other than ``age`` right after a mention
        ("Thanh, 87,", "Thanh dies at 87", "Thanh ... . He was 87.")."""
        for m in self.people.persons[person].mentions:
            after = _GIVEN_AGE.match(self.text, m.end, m.end + 300)
            if after and int(next(g for g in after.groups() if g)) != age:
                return True
        return False

    def _aged(self, age: int, before: int) -> Optional[int]:
        """The one person named before ``before`` with ``age`` set off after the name
        ("Marisol de la Cruz, 54, who runs a bakery", "Zanele Mthembu, a 52-year-old cleaner"),
        or None."""
        aged = {p for p, person in enumerate(self.people.persons) for m in person.mentions
                if m.end <= before
                and re.match(rf",\s*(?:{age}\s*[,.;]|an? {age}-year-old\b)", self.text[m.end:m.end + 20])}
        return aged.pop() if len(aged) == 1 else None

    def _other_nationality(self, person: _Person, description: Span) -> bool:
        """Whether ``description`` gives a nationality, country or party and the text gives
        ``person`` another: "the Hungarian minister" is not "Polish Agriculture Minister Jan Nowak",
        "Nigeria's trade minister" not "Brazil's Minister of Development, Industry, Trade and
        Services", "Singapore's Transport Minister" not "Malaysian Transport Minister Rosli
        Zakaria" (but may be a minister whose nationality the text does not say)."""
        named = self._places_said(description)
        for words in (self.nationalities, self.countries, self.peoples | self.countries):
            said, given = named & words, person.role_words & words
            if said and given and not any(_same_country(a, b) for a in said for b in given):
                return True
        # (nor one whose role is another's by name or people: "India's chief negotiator" is
        # not "The European Union's lead negotiator" nor the "Saudi negotiator", "Apple's chief
        # executive" no "Microsoft's")
        owner = _proper_owner(description)
        if owner and any(not _same_owner(owner, other) for other in (
                *filter(None, map(_role_owner, person.roles)), *person.role_words & self.nationalities)):
            return True
        # (nor a US state: "The South Carolina Republican" is not "Rep. Howard Kincaid, R-Ariz.")
        said, given = _states_in([description.text]), _states_in(person.roles)
        if said and given and not said & given:
            return True
        # (nor a party: "the Democratic presidential nominee" is not the "Republican nominee")
        return _other_party(_words(description.text), person.role_words)

    def _places_said(self, description: Span) -> set[str]:
        """The nationalities and countries ``description`` gives ("kuwaiti" of "Kuwaiti
        minister"), of those the text uses as such (though the recogniser typed this one
        otherwise, alone: "the Kazakh minister" typed an organisation; not the "Irish" of "The
        Irish Times"; nor one a "whose" clause gives of another: "The 38-year-old, whose parents
        came to the Ruhr from Turkey in the 1980s,")."""
        theirs = {t.i for r in description.root.children if r.dep_ == "relcl" and r.left_edge.tag_ == "WP$"
                  for t in r.subtree}
        return {t.lower_ for t in description if (t.ent_type_ in ("NORP", "GPE") or _alone(t))
                and (t.lower_ in self.nationalities or t.lower_ in self.countries) and t.i not in theirs}

    def _of_union(self, person: _Person) -> bool:
        """Whether a role of ``person`` names a trade union, by its words or by initials the
        text spells out so ("CMF General Secretary" of the "Copperbelt Mineworkers' Federation
        (CMF)"), or a local's number."""
        words = {w for role in person.roles for word in re.findall(r"[\w'’-]+", role)
                 for name in (word, *self.acronyms.get(word, ())) for w in _words(name)}
        # (or a union's local by its number: "Local 417 President Terrence Boyd")
        return bool(words & _UNION_WORDS) or any(re.search(r"\bLocal \d+", role) for role in person.roles)

    def _office_group(self, core: Span) -> Optional[tuple[str, str]]:
        """The one office the text names that ``core`` stands for where it is "prosecutors",
        "the prosecution", "investigators" or "the judges" ("The Prosecutor General's Office has
        filed a lawsuit ...", "the Federal Constitutional Court"), with a country's word or not
        ("Albanian prosecutors", a headline's "Kosovo Prosecutors Say"; "Federal prosecutors" of
        the "Federal Public Prosecutor's Office", not "Federal investigators" of any one office the
        text names); None for none."""
        head = core.root
        panel = head.lower_ in ("panel", "bench", "chamber")
        if head.lower_ not in _OFFICE_GROUPS or not all(
                t.i == head.i or t.lower_ == "the" or self._place_word(t)
                or t.lower_ == "federal" and _OFFICE_GROUPS[head.lower_] == "prosecuting"
                or t.lower_ in _INVESTIGATED and _OFFICE_GROUPS[head.lower_] == "investigating"
                or t.lower_ == "catholic" and _OFFICE_GROUPS[head.lower_] == "episcopal"
                or panel and (t.lower_ in _PANEL_WORDS or t.like_num or t.ent_type_ == "ORDINAL") for t in core) \
                or head.lower_ == "chamber" and not any(t.lower_ == "court" for t in core):
            return None
        name = self.office_bodies.get(_OFFICE_GROUPS[head.lower_])
        return self._entity("organization", name) if name is not None else None

    def _place_word(self, token: Token) -> bool:
        """Whether ``token`` names a country or people the text names, however it was typed
        ("Kosovo" of a headline's "Kosovo Prosecutors Say"), or is a possessive's "'s" after one."""
        if token.dep_ == "case":
            return token.i > 0 and self._place_word(token.doc[token.i - 1])
        return token.lower_ in self.nationalities or any(_same_country(token.lower_, c) for c in self.countries)

    def _subjects_before(self, mention: Span):
        """The subjects before ``mention``, nearest first: those of its own sentence, then
        the main subject of each of the two sentences before (the quote before "..., the
        coach said" may be a sentence of its own; and the sentences of a quote do not count:
        'Orozco, 37, was distraught. "I didn't see him. I swear ... . I was looking at the
        line," the veteran told Colombian radio')."""
        counted = 0
        # (nor the one whose report holds it: "Coach Darnell Hope said ... that the Puerto Rican
        # had assured him" is not Hope)
        start = self.starts[id(mention.doc)] + mention.start_char
        end = start + len(mention.text)
        holders = [h for h in self.contents.holding(start, end) if any(s <= start and end <= e for s, e in h.spans)]
        reporters = [h.source for h in holders if h.source is not None]
        held = [h.spans for h in holders]
        for k, sentence in enumerate(self._sentences_back(mention.sent, QUOTE_SENTENCES)):
            own, offset = k == 0, self.starts[id(sentence.doc)]
            words = [t for t in sentence if not t.is_punct and not t.is_space]
            if not own and words and self._in_content(offset + words[0].idx) \
                    and self._in_content(offset + words[-1].idx):
                continue   # (a sentence of a quote)
            counted += 1
            if counted > 3:
                return
            # (not one inside what someone else is reported to say: "According to Andrianasolo,
            # Prime Minister Ony Razafindrabe had promised him that ..."; but one inside the
            # report that holds it too: "Hope said Castellanos would start and that the Puerto
            # Rican had assured him")
            subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")
                        and (t.i < mention.start if own else t.head.i == sentence.root.i)
                        and not (self._in_content(offset + t.idx) and not any(
                            s <= offset + t.idx < e for spans in held for s, e in spans))
                        and not any(s <= offset + t.idx < e for s, e in reporters)]
            if not own and not subjects:   # a parse that lost it: "Trump, appearing ..., cited"
                # (not a quote's first word: "'Yuta loved making things. ...,' the 58-year-old
                # said" is not Yuta)
                subjects = [w for w in [_first_word(sentence)] if not self._in_content(offset + w.idx)]
            yield from reversed(subjects)

    def _sentences_back(self, sentence: Span, count: int):
        """``sentence`` and the ones before it (:meth:`_sentence_before`), ``count`` at most."""
        for _ in range(count):
            if sentence is None:
                return
            yield sentence
            sentence = self._sentence_before(sentence)

    def _named_at(self, token: Token) -> Optional[int]:
        """The person whose name ``token`` heads, if the text names one there."""
        ent = entity_at(token)
        offset = self.starts[id(token.doc)]
        starts = {offset + token.idx} | ({offset + ent.start_char} if ent is not None else set())
        i = bisect.bisect_left(self.people.positions, (min(starts), -1))
        for position, person in self.people.positions[i:i + 2]:
            if position in starts:
                return person
        name = entity_at(token.right_edge) if ent is None and token.right_edge.i > token.i else None
        if name is not None and name.label_ == "PERSON" and _titled(name).start == token.i:
            return self._named_at(name.root)   # (a title the parse made the subject, the name hung
            # on its "of": "Chairman of the National Bank Talgat Bakytbekovich Osmonaliev linked")
        return None

    def _token_at(self, position: int) -> tuple[int, Optional[Token]]:
        """The paragraph offset and the token at ``position`` in the text."""
        index = bisect.bisect_right(self.offsets, position) - 1
        offset = self.offsets[index]
        span = self.docs[index].char_span(position - offset, position - offset + 1,
                                          alignment_mode="expand")
        return offset, span[0] if span is not None and len(span) else None

    def _sentence_of(self, position: int) -> int:
        offset, token = self._token_at(position)
        return offset + (token.sent.start_char if token is not None else 0)

    def _after_preposition(self, position: int) -> bool:
        """Whether the name at ``position`` follows a preposition whose object it is, with
        any title between: "for Damar", "of Sen. Jeff Flake", "for Health Minister Tim
        Nicholls" (not "to the UN Bashar al-Jaafari")."""
        _, token = self._token_at(position)
        return token is not None and _after_preposition(token)

    def _qualifies(self, position: int) -> bool:
        """Whether the name at ``position`` only qualifies a common noun the parse heads it
        with: "Biromaru" of "the Biromaru community health centre", "Wessex" of "the Wessex
        skipper"."""
        token = self._name_head(position)
        return token is not None and token.pos_ == "NOUN" and token.ent_iob_ == "O"   # (not the
        # name's own last word the tagger took for a noun: "Lee Soo-" + "yeon")

    def _name_head(self, position: int) -> Optional[Token]:
        """The head word of the name that starts at ``position`` ("Alan" -> "Moberly")."""
        _, token = self._token_at(position)
        while token is not None and token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token

    def _is_subject(self, position: int, main: bool = False) -> bool:
        """Whether the name at ``position`` is a subject, or set off by one (``main``: of its
        sentence's root)."""
        token = self._name_head(position)
        if token is None:
            return False
        top = token
        while top.dep_ == "appos" and top.head.i != top.i:
            top = top.head
        if top.dep_ in ("nsubj", "nsubjpass"):
            token = top   # "The Speaker, Sir Alan Moberly, intervened", "His challenger, former
            # national fast bowler Rennie Mohammed, is no relation" (set off from a description)
        if token.dep_ in ("nsubj", "nsubjpass"):
            return not main or token.head.dep_ == "ROOT"
        # (where a fronted phrase misled the parse: "At Saint-Lazare, Julien Moreau, a
        # 36-year-old accountant, had left home", "At a booth in Sitapur, 81-year-old Kamla
        # Devi arrived": the name, and what is set off after it, right before the main verb)
        root, after = token.sent.root, token.doc[min(token.right_edge.i + 1, len(token.doc) - 1)]
        return main and root.pos_ in ("VERB", "AUX") and token.i < root.i and (
            after.i == root.i or (after.head.i == root.i and after.dep_ in ("aux", "auxpass")))

    def _unnamed_before(self, description: Span, c: Candidate) -> Optional[tuple[str, str]]:
        """The unnamed speaker of the attribution just before, in this paragraph or the one
        before, whose words have every word of the description: "A Western diplomat said ...
        . // '...,' the diplomat said" is that diplomat, not a foreign minister named before
        ("The Polish minister" is not "the Hungarian minister")."""
        if not self.history or self.history[-1][0] < c.paragraph - 1:
            return None
        key = self.history[-1][1]
        words = {t.lower_ for t in description if t.pos_ in ("NOUN", "PROPN", "ADJ")}
        said = set(key[1].split())
        # (a word for the same role counts: "One senior Labour backbencher ... . '...,' the MP said")
        return key if key[0] == "unnamed" and all(_same_role(w) & said for w in words) else None

    def _role_of_owner(self, mention: Span, wanted: set[str],
                       position: Optional[int]) -> tuple[Optional[tuple[str, str]], set[int]]:
        """The one person with a ``wanted`` role whose role names the one a role owning
        ``mention`` stands for: "the MP's lawyer" is "Mr Anyira's lawyer, Ms Njeri Kamau
        Wahome" where "the MP" is "Lurambi MP Wycliffe Shikuku Anyira" (None for none); and
        the persons whose ``wanted`` role is another named person's, who are not it ("The
        referee's lawyer" is not "Mavridis's lawyer, Petros Vlachos")."""
        owner = next((o for o in mention.root.children if o.dep_ == "poss" and (
            o.pos_ == "NOUN" or o.pos_ == "PROPN" and _role_word(o.lower_) in PERSON_ROLES)), None)
        if owner is None:
            return None, set()
        held = self._by_role(mention.doc[owner.left_edge.i:owner.i + 1], position) \
            if _role_word(owner.lower_) in PERSON_ROLES else None
        index = int(held[1][1:]) if held is not None and held[0] == "person" else None

        def owned(person: _Person, names: Collection[str]) -> bool:
            return any(re.search(rf"\b{re.escape(n)}['’]s?\b", fold(role)) for role in person.roles for n in names)

        # (the surnames of the persons named in full that the owner is not: not the one it
        # stands for, and one the text gives other roles only: "Mavridis's lawyer" is not "the
        # referee's" where Mavridis is a "former club owner"; but "Mr Pettifer's mother" may be
        # "the victim's", Mr Pettifer given no role)
        surnames: dict[str, bool] = {}   # (of each surname: whether all who bear it are others)
        for i, person in enumerate(self.people.persons):
            for _, name in person.forms:
                surname = fold(name.display.split()[-1])
                surnames[surname] = surnames.get(surname, True) and i != index and bool(person.role_words) \
                    and _role_word(owner.lower_) not in person.role_words
        others = {surname for surname, other in surnames.items() if other}
        others_own = {i for i, person in enumerate(self.people.persons)
                      if i != index and wanted & person.role_words and owned(person, others)}
        if index is None:
            return None, others_own
        names = {fold(name.display.split()[-1]) for _, name in self.people.persons[index].forms}
        found = {i for i, person in enumerate(self.people.persons) if i != index and person.mentions
                 and wanted & person.role_words and owned(person, names)}
        return self._person_key(found.pop()) if len(found) == 1 else None, others_own - found

    def _by_role(self, mention: Span, position: Optional[int]) -> Optional[tuple[str, str]]:
        """The person whose role has the head word of ``mention`` (or a word for the same
        role), and every common noun before it (``the band leader`` is no ``President``),
        named last before ``position`` (outside the contents of attributions, where one is);
        with no ``position`` (a headline, resolved once the body is read) the first one the
        body names."""
        head = _role_word(mention.root.lower_)
        # (a deputy's role written with a hyphen is that whole word, as roles keep it: "the
        # vice-chancellor" is the "university's vice-chancellor", and no chancellor's)
        joined = _hyphenated(mention.root)
        joined = joined if len(joined) > 1 and joined[0].lower_ in _SECOND else mention.doc[mention.root.i:mention.root.i]
        if joined:
            head = joined.text.lower()
        acronym = mention.root.text if _role_initials(mention.root.text) else None
        wanted = _same_role(head) | _BROADER_ROLE.get(head, set())
        key, others_own = self._role_of_owner(mention, wanted, position)
        if key is not None:
            return key
        office = _head_of(mention.root)
        if office is not None:   # "the head of state": the president, the king, ...
            wanted = _HEAD_OF[office]
        # (not the owner's: "the wealth manager's chief executive" is "Coastal Wealth chief
        # executive Mark Ellery")
        owned = {t.i for o in mention.root.children if o.dep_ == "poss" for t in o.subtree}
        # (nor a count of terms or years: "The three-term congressman", "the first-term senator")
        nouns = {t.lower_ for t in mention if t.pos_ == "NOUN" and t.i < joined.start and t.i not in owned
                 and not (t.i - mention.start >= 2 and t.nbor(-1).tag_ == "HYPH" and t.nbor(-2).like_num)}
        gender = title_gender(head)   # "the chairman" is not "Chairwoman Donna Brazile"
        if head in _DEMONYMS and head.endswith("man"):   # (nor "the Dutchman" Annelies Voss)
            gender = {"f"} if head.endswith("woman") else {"m"}
        places = {t.lower_ for t in mention if t.ent_type_ in ("NORP", "GPE")}
        marks = {t.lower_ for t in mention if t.pos_ == "PROPN" and t.i < mention.root.i}
        named_marks = {t.lower_ for t in mention if t.pos_ == "PROPN" and t.i < mention.root.i
                       and t.ent_type_ != "GPE"}   # (not where: "Hong Kong finance chief")
        # a lawmaker's party ("the Fianna Fáil TD", "the Sinn Féin TD"): only one whose role says it
        party = {_party_word(t.lower_) for t in mention if t.pos_ == "PROPN" and t.i < mention.root.i
                 and t.ent_type_ not in ("GPE", "LOC")} if _same_role(head) & _LEGISLATORS else set()
        # "the former judge" is one whose role says so ("a retired judge"), not a sitting one
        former = _FORMER if _FORMER & {t.lower_ for t in mention} else set()
        second = _SECOND & {t.lower_ for t in mention if t.i not in range(joined.start, joined.end)}   # "the
        # deputy governor" is a deputy
        opposition = bool(_parties({t.lower_ for t in mention}))
        # "the visiting minister" is first one the text calls visiting ("talks with visiting
        # Cambodian Foreign Minister Sok Vannarith", "Pichai Wongsakul, who is on a two-day
        # working visit"), not the host
        visiting = any(t.lower_ == "visiting" and t.i < mention.root.i for t in mention)
        qualities = {t.lower_ for t in mention if t.pos_ == "ADJ" and t.i < mention.root.i}
        portfolio = _portfolios({t.lower_ for t in mention if t.i < mention.root.i and (
            not t.ent_type_ or t.ent_type_ == "ORG" and len(entity_at(t)) == 1)})   # (one word
        # typed a body: "Kenya's Treasury chief")
        if head == "chief" and portfolio:
            wanted = wanted | {"minister", "secretary"}   # ("the finance chief": the finance minister)
        if head == "president" and any(t.lower_ == "municipal" for t in mention):
            wanted = wanted | {"mayor"}   # (Mexico's "municipal president" is "Mayor Gonzalo
            # Alberto Cámara Peón", as :func:`_officer_words` reads the role the other way round)
        if head == "unionist":   # ("the trade unionist": an officer of a union)
            nouns = nouns - {"trade"} | {"union"}
        if head in ("leader", "boss", "chief", "head", "unionist") and (
                "union" in nouns or any(t.text in self.acronyms for t in mention if t.i < mention.root.i)):
            wanted = wanted | _UNION_HEADS   # ("the union leader", "The BJGF leader" of a body by
            # its initials: its general secretary)
        # the body it heads, where it names one: "The head of the Eurasian Vaccine Alliance" is
        # one whose role names it ("the alliance's director-general"), not "the hospital's head nurse"
        # (or typed a person, where a body's noun says what it is: "the chief executive of
        # terminal operator Tanjong Terminals")
        body = {t.lower_ for p in mention.root.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and (o.ent_type_ == "ORG" or o.ent_type_ == "PERSON" and any(
                    w.lower_ in _COMPANY_NOUNS | _BODY_NOUNS for w in o.subtree if w.is_lower))
                for t in o.subtree if t.ent_type_ == o.ent_type_ and t.pos_ == "PROPN"}
        # (or, named by a description, all its nouns: "The head of the lithium producers'
        # association" is one whose role names the "Lithium Producers' Association")
        described = set() if body else {t.lower_ for p in mention.root.children if p.dep_ == "prep"
                                        and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                                        and not o.ent_type_ and o.pos_ == "NOUN"
                                        for t in o.subtree if t.pos_ == "NOUN" and not t.ent_type_}
        if len(described) < 2 or not described & _BODY_NOUNS:
            described = set()   # (a body's noun and what it is of, not "the chair of the DNC authority")
        described = {re.sub(r"['’]s?$", "", w) for w in described}
        # (a party by its standing, where the text gives one party that standing: "The ruling
        # party lawmaker" is one of the "ruling New Future Party")
        party_named = self._party_by_standing(mention) if any(t.lower_ == "party" for t in mention) else None
        of_party = set(_words(party_named)) - {"party"} if party_named is not None else set()
        fits, placed, qualified, visitors, broadly, deputies, premiers = [], [], [], [], set(), set(), set()
        formers, shared, literal = set(), {}, set()
        said, seconded = set(_words(mention.text)), set()
        # (an officer's title in full: "chief executive officer", "CFO", "the chief executive",
        # no chairman's)
        officer = next((initials for initials, title in _OFFICERS.items()
                        if initials in said or title <= said), None)
        # "the Democrat": a "Democratic" role ("the Frenchman" whatever it was typed: a "French" one)
        national = (mention.root.ent_type_ == "NORP" or mention.root.lower_ in _DEMONYMS) and acronym is None
        states = _states_in([mention.text]) if national else set()
        # (a common noun that owns the role: the "regulator" of "regulator's chief")
        owner_noun = next((t.lower_ for t in mention.root.children if t.dep_ == "poss" and t.pos_ == "NOUN"
                           and _role_word(t.lower_) not in PERSON_ROLES), None)   # (not "the wealth manager's")
        of_owner: set[int] = set()
        # ("the executive vice-president" is the "Executive Vice-President", below)
        spelled_vice = bool(joined) and any(t.lower_ == "executive" for t in mention)
        for index, person in enumerate(self.people.persons):
            if index in others_own:
                continue
            written = {_role_word(w) for role in person.roles
                       for w in _served_out(re.findall(r"[\w'-]+", _without_owners_office(role).lower()))}
            words = _officer_words(written)
            followed = [role[k + 1] for role in map(_words, person.roles) for k, w in enumerate(role)
                        if w == "executive" and k + 1 < len(role)]
            if not spelled_vice and followed and all(w.startswith("vice") for w in followed) \
                    and not any(role[-1] == "executive" for role in map(_words, person.roles) if role):
                words = words - {"executive"}   # (an "Executive Vice-President" is no "executive":
                # "the EU executive" is the Commission, not its vice-president)
            if head in _HEADS and {"inspector", "general"} <= words:
                words = words - {"general"}   # (an agency's inspector general is no "EPA chief")
            if "justice" in words and not words & _OF_JUSTICE:
                words.add("judge")   # "Justice Datuk Rozita Hamzah", "Mr Justice Conor Hanratty"
            if national:
                has_role = any(_same_country(head, w) for w in words) or (
                    # (a party's lawmaker of the state, where the text gives their state and no
                    # party: "The South Carolina Republican" is "Rep. Mitch Dandridge of South Carolina")
                    states and head in _PARTY_WORDS and not _parties(words)
                    and bool(states & _states_in(person.roles)))
            elif acronym is not None:   # "the PM", "the CFO": the role it abbreviates or ends
                # in, not a body the role names ("the BOK" is no "BOK Gov. Seo Min-jae")
                has_role = any(_abbreviates(role, acronym, second)
                               or _role_word((re.findall(r"[\w'-]+", role.lower()) or [""])[-1]) in wanted
                               and not re.search(rf"(?:[(\[]\s*|\bof (?:the )?){acronym}\b", role)
                               # (a body's initials: "a shop steward for the Syndicat Agroalimentaire
                               # de l'Ouest (SAO)", "General Secretary of the NDC")
                               for role in person.roles) \
                    or (head in PERSON_ROLES or head in _OFFICERS) and bool(wanted & words)   # (a role's
                # own word: "TD", "MP"; an officer's initials: "the CFO" of a "finance chief")
            else:
                has_role = wanted & words or (office is not None and {"head", office} <= words) \
                    or bool(joined) and {t.lower_ for t in joined if t.text != "-"} <= words   # (its
                # words apart: "Vice - chancellor Professor", as the tokens of a name's title run)
                if has_role and head not in PERSON_ROLES and mention.root.pos_ == "PROPN" and not any(
                        _role_word(role[-1]) in wanted for role in map(_words, person.roles) if role):
                    has_role = False   # (a proper noun that only qualifies their role: "the
                    # Minority", a caucus, is no "Minority Leader")
            if head == "banker" and "central" in said and _central_banker(words):
                has_role = True   # ("the central banker": "The governor of the Banque de France")
            if "union" in nouns and self._of_union(person):
                words = words | {"union"}   # (one of a union by its initials: "CMF General Secretary")
            if any([fold(w) for w in n.title.split()] in (["lord"], ["baroness"]) for _, n in person.forms):
                words = words | {"peer"}   # (one titled a lord is "the veteran peer", no other role
                # for that: a Scottish judge is "Lord Ardmillan" too)
            stems = {re.sub(r"['’]s?$", "", w) for w in words}   # ("the alliance's" an "alliance")
            if body and office is None and not body & stems or described and not described <= stems \
                    or of_party - words:
                continue
            spelled = self._spelled_out(words)   # (a body's initials in the role, spelled out)
            if not (has_role and nouns <= words | spelled and person.mentions) \
                    or (former and not former & words) \
                    or party - {_party_word(w) for w in words} \
                    or second - words or _other_office(mention, person.roles, self.nationalities, self.countries) \
                    or _other_body(mention, person.roles, self.nationalities, self.countries) \
                    or "shadow" in words - {t.lower_ for t in mention} and not opposition:
                continue   # (nor "the justice secretary" the shadow justice secretary; but "the
                # Conservative frontbencher" may be the shadow chancellor)
            if head in _TOP and not second and not national and acronym is None and _seconded(person.roles, wanted):
                continue   # (nor "Union leader" the "union's executive vice president")
            theirs = _portfolios(words)
            if portfolio and not portfolio & theirs and (head in _HEADS or theirs or words & {"prime", "premier"}):
                continue   # (a heading's "EU Trade Chief" is no company's "chief executive"; "the
                # foreign minister" no prime minister)
            if officer is not None and officer not in words:
                continue   # ("its chief executive officer" is no "Chief Financial Officer")
            if self._other_nationality(person, mention):
                continue
            if person.gender and gender and not person.gender & gender:
                continue
            if head in ("lawyer", "advocate") and "prosecutor" in words:
                continue   # (one who prosecutes is no one's lawyer: "His lawyer" is not "State
                # advocate Ndeshipanda Shikongo", "the senior advocate" no "State Attorney")
            if not national and acronym is None and office is None and not _same_role(head) & words:
                if any(m not in words | spelled and not self._initials_in(m, words)
                       and not any(_same_country(m, w) for w in words) for m in named_marks):
                    continue   # (a broader word with names the role does not hold: "Island bloc
                    # chief" is no "policy director at the campaign group Coastline Alliance"; but
                    # "Border guard chief" may be "VSAT commander Vaidas Jankauskas", and "The
                    # Kyrgyz security chief" the "head of Kyrgyzstan's State Committee for National Security")
                broadly.add(index)
            if not former and any(w in _FORMER and _role_word(role[-1]) in wanted
                                  and not {_role_word(v) for v in role[k + 1:-1]} & PERSON_ROLES
                                  for role in map(_words, person.roles) for k, w in enumerate(role[:-1])):
                formers.add(index)   # (one the text calls a former mayor, though a quote may
                # address him as "Mayor Benavides"; a "Former BCB president"; not "the former
                # director's lawyer")
            if head == "minister" and "prime" in words:
                premiers.add(index)
            elif head == "minister" and "prime" in qualities:
                continue   # ("Tuvalu's prime minister" is no foreign minister)
            if (head in written or head in _TOP | {"chief"}) and _SECOND & words - second:
                deputies.add(index)   # (by the role's own word: an assistant district attorney is
                # as much "the prosecutor" as the district attorney; but a leader's word is no
                # deputy's: "the finance chief" is the finance minister, not the deputy one)
                if any(w in _SECOND and k + 1 < len(role) and role[k + 1] in said
                       for role in map(_words, person.roles) for k, w in enumerate(role)):
                    seconded.add(index)   # (a deputy to the word the mention says: "deputy chief")
            starts = [m.start for m in person.mentions]
            if position is None:
                fit = (True, -min(starts), index)
            elif min(starts) < position:
                # named last, and outside what others are reported to say where one is: "the
                # senior diplomat" after "Sokolin pointed out that Veltarian Foreign Minister
                # Elira Danek had criticized Moscow" is Sokolin (but one quoted there speaks: "The
                # Saudi Press Agency quoted Saudi Ambassador to Yemen Turki bin Saad al-Ghamdi as
                # saying ... . The ambassador added")
                outside = [m.start for m in person.mentions if m.start < position
                           and (not self.contents.holding(m.start, m.end) or self._speaks_at(m))]
                fit = (bool(outside), max(outside or [p for p in starts if p < position]), index)
            else:
                continue
            fits.append(fit)
            if head in written:
                literal.add(index)
            shared[index] = len(said & words)
            if owner_noun is not None and owner_noun in stems:
                of_owner.add(index)
            # (a people's word the recogniser typed otherwise counts by its country: "the Kazakh
            # minister" is the "Minister of Foreign Affairs of the Republic of Kazakhstan")
            if any(_same_country(a, b) for a in places for b in words) \
                    or (marks and all(any(_same_country(m, w) for w in words) for m in marks)):
                placed.append(fit)
            if qualities and qualities <= words:
                qualified.append(fit)
            if visiting and self._visitor(person):
                visitors.append(fit)
        # Of those, one whose role says the place or the name the description says: "the
        # Karsland foreign minister" is not "Russian Foreign Minister Gennady Lavrentyev" named
        # since, "the Kingsbridge boss" not "Thornleigh boss Neil Ashworth"; and of those, one
        # whose role has its adjectives: "the prime minister" is not the "Federal Minister for
        # Commerce" named since
        # (where another's role holds more of the description's words: "Vellane's chief
        # executive" is chief executive Claire Martineau, not "Vellane's chairman, Olivier
        # Berthier"; but "the works council chief" the "head of the plant's works council")
        most = max((shared[f[-1]] for f in fits), default=0)
        placed = [f for f in placed if shared[f[-1]] == most]
        fits = placed or fits
        # (and of those, one whose role says the noun that owns the description's: "regulator's
        # chief" is "the regulator's chief executive, Anjali Vora", not the chief executive of
        # the water company named first)
        fits = [f for f in fits if f[-1] in of_owner] or fits
        fits = [f for f in fits if f in qualified] or fits
        fits = visitors or fits
        # (and "the governor" the governor, not the deputy governor, where both are named; an
        # opening's or a heading's "chief medical officer" never the "deputy chief medical
        # officer" the body names: the officer is the one the body names next, the role not
        # repeated, "Dr. Yvette Boudreau"; but "Prosecutor" may be the "Deputy Public Prosecutor")
        fits = [f for f in fits if f[-1] not in deputies] or [f for f in fits if position is not None
                                                            or f[-1] not in seconded]
        # (and "the mayor" the mayor, not the former mayor named since)
        fits = [f for f in fits if f[-1] not in formers] or fits
        # (and "the minister" a minister, not the prime minister, where both are named)
        if "prime" not in {t.lower_ for t in mention}:
            fits = [f for f in fits if f[-1] not in premiers] or fits
        # (a role one is given in a case over the rank it is given to: "the rapporteur" is "The
        # rapporteur, Justice Ana Beatriz Castro dos Santos", not another justice)
        if head in _ASSIGNED and literal & {f[-1] for f in fits}:
            fits = [f for f in fits if f[-1] in literal]
        if not fits or len(broadly & {f[-1] for f in fits}) > 1:
            return None   # (a broader word names one only where one fits by it: "the
            # politician" after a lawmaker and a mayor is either, and so is "the analyst" after
            # an economist and a head of research, whoever spoke last)
        last, fitting = self._last_speaker(position), {f[-1] for f in fits}
        if last in fitting and not any(p != last and p in fitting for _, p in
                                       self.people.named_between(self.history[-1][2], position)):
            # the one of them just quoted, none of the others named since: "the minister
            # stressed" after Lavrentyev's quote, though Foreign Minister Wang was named later
            # in the lede than Lavrentyev was
            return self._person_key(last)
        if office is not None and len(fitting) > 1:
            return None   # ("the head of state" of two presidents is the one just quoted only)
        return self._person_key(max(fits)[-1])

    def _guest(self, mention: Span, position: int) -> Optional[int]:
        """The one person named before ``position`` whom the text calls visiting ("talks with
        visiting Cambodian Foreign Minister Sok Vannarith", "..., who is on a working visit")
        or else a counterpart of the host ("talks with his Mongolian counterpart Battulga
        Ganzorig"), of the nationality ``mention`` gives, if any, or else the one whose role
        gives it ("The Polish guest" of "Polish Prime Minister Tomasz Jurkiewicz"); None for
        none or several."""
        named = [(index, person) for index, person in enumerate(self.people.persons)
                 if any(m.start < position for m in person.mentions)
                 and not self._other_nationality(person, mention)]
        visitors = {index for index, person in named if self._visitor(person)}
        said = self._places_said(mention)
        found = visitors or {index for index, person in named
                             if any("counterpart" in role.split() for role in person.roles)} \
            or {index for index, person in named   # (or of that nationality)
                if any(_same_country(a, b) for a in said for b in person.role_words)}
        return found.pop() if len(found) == 1 else None

    def _visitor(self, person: _Person) -> bool:
        """Whether the text calls ``person`` visiting where it names them ("talks with visiting
        Cambodian Foreign Minister Sok Vannarith", "Pichai Wongsakul, who is on a two-day
        working visit")."""
        return any(_VISITING.search(self.text, max(m.start - 160, 0), m.start)
                   or _ON_A_VISIT.match(self.text, m.end, m.end + 80) for m in person.mentions)

    def _lead_author(self) -> Optional[int]:
        """The one person the article gives as the lead author of a study ("Dr Hannah Pryce,
        the study's lead author", "lead author Dewi Anggraini", "Sofia Lindqvist ..., who led
        the work", "The research, led by Dr Helen Marsh-Okafor"); None for none or several."""
        # (a lead, first or senior author only: not "Okafor's co-author, Prof Lena Vasquez,")
        found = {index for index, person in enumerate(self.people.persons) if person.mentions and (
            "author" in person.role_words and person.role_words & {"lead", "first", "senior"}
            or any(_LED_STUDY.match(self.text, m.end, m.end + 180)
                   or _LED_BY.search(self.text, max(m.start - 120, 0), m.start) for m in person.mentions))}
        return found.pop() if len(found) == 1 else None

    def _side(self, side: str, position: Optional[int]) -> Optional[int]:
        """The one lawyer the text names (before ``position``, where there is one) whose role
        says they act for ``side`` ("crown", "prosecution", "defence"): "Crown prosecutor
        Jolene Marchand", "Defence lawyer Brent Oakes"; None for none or several."""
        lawyers = [(index, person.role_words) for index, person in enumerate(self.people.persons)
                   if person.role_words & _LAWYERS
                   and any(position is None or m.start < position for m in person.mentions)]
        if side in ("defence", "defense"):   # (every lawyer not the prosecution's: "Sorokin's
            # lawyer, Mikhail Ardashev," and "A second defense lawyer, Yevgenia Pak," are two)
            found = {index for index, words in lawyers if not words & (_SIDES["crown"] | _SIDES["prosecution"])}
        else:
            found = {index for index, words in lawyers if words & _SIDES[side]}
        return found.pop() if len(found) == 1 else None

    def _spelled_out(self, words: set[str]) -> set[str]:
        """The words of the one body the text gives each of ``words`` as its initials: "bcb" is
        "Bangladesh Cricket Board" ("The board president" of "BCB President ...")."""
        return {w for word in words if len(bodies := self.acronyms.get(word.upper(), ())) == 1
                for w in _words(next(iter(bodies)))}

    def _initials_in(self, mark: str, words: set[str]) -> bool:
        """Whether ``mark`` is the initials of the one body the text gives them to and ``words``
        (a person's role's) name that body: the "CBA" of "the CBA chief" and "Chairman of the
        Central Bank of Armenia"."""
        spelled = self._spelled_out({mark})
        return bool(spelled) and spelled - _FUNCTION_WORDS <= words

    def _counterpart(self, c: Candidate, mention: Span) -> Optional[tuple[str, str]]:
        """The one person with the office of the subject before ``mention`` in its sentence
        (its title words, or those of the roles of the person it names), or else of the one
        "his" or "her" before it stands for, and the nationality ``mention`` gives: "Polish
        Defence Minister Tomasz Zielak said ..., even as his Lithuanian counterpart warned"
        is "Lithuanian Defence Minister Rimantas Jankus", named later; "Erkan said ..., while
        his Iraqi counterpart said" the "Iraqi Foreign Minister"; "Her Turkish counterpart
        said" after Germany's foreign minister spoke the Turkish one. Where no role gives that
        nationality, the one other holder of the office whose role gives none ("his Japanese
        counterpart" is "Foreign Minister Yuko Sakamaki" of a Japanese agency)."""
        said = self._places_said(mention)
        office, owner = set(), None
        for subject in reversed(mention.doc[mention.sent.start:mention.start]):
            # (the nearest with an office: not a relative clause's, "Hartwig, who is due in
            # Warsaw, said his Polish counterpart", nor "talks" of "said that talks were")
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ == "relcl":
                continue
            owner = self._named_at(subject)
            office = {_role_word(w) for t in subject.subtree if t.i < mention.start for w in _words(t.text)} \
                | (self.people.persons[owner].role_words if owner is not None else set())
            office &= _TITLE_WORDS
            if office & PERSON_ROLES:
                break
        if not office & PERSON_ROLES:
            pronoun = next((t for t in mention if t.dep_ == "poss" and t.lower_ in ("his", "her")), None)
            key = self._pronoun(c, pronoun)[0] if pronoun is not None else None
            if key is None or key[0] != "person":
                return None
            owner = int(key[1][1:])
            office = self.people.persons[owner].role_words & _TITLE_WORDS
        if not said or not office & PERSON_ROLES:
            return None
        # (one of the owner's offices, where their roles name two: "Deputy Prime Minister -
        # Minister of Trade and Integration" has counterparts in either)
        offices = [words for words in (self.people.persons[owner]._role_words([role]) & office
                                       for role in self.people.persons[owner].roles)
                   if words & PERSON_ROLES] if owner is not None else []
        holders = [index for index, person in enumerate(self.people.persons) if person.mentions
                   and index != owner and any(o <= person.role_words for o in offices or [office])]
        fits = [index for index in holders
                if any(_same_country(a, b) for a in said for b in self.people.persons[index].role_words)] \
            or [index for index in holders
                if not self.people.persons[index].role_words & (self.nationalities | self.countries)]
        if len(fits) > 1:   # (of several, the one the text named before: whom the owner met)
            fits = [index for index in fits if min(m.start for m in self.people.persons[index].mentions) < c.source[0]]
        return self._person_key(fits[0]) if len(fits) == 1 else None

    def _called_in(self, key: tuple[str, str], c: Candidate) -> bool:
        """Whether the quote of ``c`` calls the person of ``key`` by a word of their name or
        role set off at the end of a sentence (``"Read the reports, Administrator."`` after
        a reply of "FAA Administrator Raymond Okafor": his questioner's words)."""
        if key[0] != "person":
            return False
        person = self.people.persons[int(key[1][1:])]
        called = {fold(m.group(1)) for s, e in c.spans for m in _VOCATIVE.finditer(self.text, s, e)}
        return bool(called & (person.role_words | {fold(w) for w in person.name.split()}))

    def _quoted_without_role(self, c: Candidate) -> bool:
        """Whether the last speaker before ``c`` (:meth:`_last_speaker_alone`), after the
        opening and quoted in the body, is one the text gave no role."""
        last = self._last_speaker_alone(c.source[0])
        return last is not None and not self.people.persons[last].roles \
            and not self._opening(c.paragraph) and self.history[-1][0] not in self.headings

    def _office_by_initials(self, initials: str) -> Optional[int]:
        """The one person whose role is an office with ``initials`` after it (in brackets or
        not), the initials of its capitalised words from the office's own first: "the CRS" is
        "Commissioner of Railway Safety (CRS) Satyendra Kumar Pillai" (a person's office, not a
        body, as "the UCJ" of a "leader of the Union for Change and Justice (UCJ)" is); None for
        none or several."""
        found = {index for index, person in enumerate(self.people.persons) for role in person.roles
                 if (office := re.match(rf"(.+?)\s+\(?{re.escape(initials)}\)?(?:[\s,]|$)", role)) is not None
                 and _capitals(office.group(1)) == initials and office.group(1)[:1].isupper()
                 and _role_word(fold(office.group(1).split()[0])) in PERSON_ROLES}
        return found.pop() if len(found) == 1 else None

    def _just_quoted(self, description: Span, position: int) -> Optional[int]:
        """The person of the last attribution, in this paragraph or the one before, that an
        occupation no one has is said of, if it fits them and no one else was named since:
        "'...,' she said. The retired teacher added that ..." after Margaret Hollis's quote."""
        last = self._last_speaker_alone(position)
        return last if last is not None and _fits(self.people.persons[last], description) else None

    def _signed_off(self, c: Candidate, description: Span) -> Optional[int]:
        """The person of the last attribution, in this paragraph or the one before, where
        ``description`` (a people's name: "the Argentine") signs off a content (or its first
        part) after it with nothing more said of them, no one else was named since, and
        neither their gender nor a nationality their role gives is another."""
        last = self._last_speaker_alone(c.source[0])
        if last is None or c.source[0] < c.spans[0][1] or list(description.root.rights):
            return None
        person = self.people.persons[last]
        other = self._other_gender(person, description) or self._other_nationality(person, description)
        return None if other else last

    def _last_speaker_alone(self, position: int) -> Optional[int]:
        """The person of the last attribution (:meth:`_last_speaker`), where no one else was
        named between it and ``position``."""
        last = self._last_speaker(position)
        if last is None:
            return None
        named = self.people.named_between(self.history[-1][2], position)
        return last if all(p == last for _, p in named) else None

    def _last_speaker(self, position: Optional[int]) -> Optional[int]:
        """The person of the last attribution resolved before ``position``, if it stands in
        the same paragraph or the one before."""
        if position is None or not self.history:
            return None
        paragraph, key, _ = self.history[-1]
        here = bisect.bisect_right(self.offsets, position) - 1
        return int(key[1][1:]) if key[0] == "person" and paragraph >= here - 1 else None

    # -- other kinds --------------------------------------------------------------------

    def _producer(self, c: Candidate, mention: Span, head: Token):
        """A document's producer: the person or body the mention names (``a report by the
        World Bank``, ``a Homeland Security memo``) or its owner pronoun refers to (``her
        account``) or a body's noun before it names (``a commission document``), or that a
        document of the same kind had before (``A Bloomberg poll ...`` then ``the poll``) or,
        in a headline, has in the body; else the unnamed document."""
        kind = head.lemma_.lower()
        # (with who it is by or from where the source mention stops at the document: fast
        # mode's "according to [figures] from the INMO")
        by = next((t for t in head.children if t.dep_ == "prep" and t.lower_ in ("by", "from")
                   and t.i >= mention.end), None)
        if by is not None:
            mention = head.doc[mention.start:by.right_edge.i + 1]
            # (one by a role, whoever owns the role: "a blunt warning from Tuvalu's prime
            # minister", not Tuvalu)
            role = next((o for o in by.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                         and _role_word(o.lower_) in PERSON_ROLES), None)
            if role is not None:
                described = role.doc[role.left_edge.i:role.i + 1]
                key, resolution = self._mention(c, described, role)
                if key is _DEFER:   # (an opening's role, read once the body is: see :meth:`run`)
                    self.producer_roles[id(c)] = described
                if key is not None:
                    return key, resolution
        # (not where it was published: "a study published in the Journal of ...")
        ents = [e for e in entities(mention) if e.label_ in ("ORG", "PERSON", "GPE", "NORP")
                and not (e.start <= head.i < e.end)
                and not _published_in(e.root, head)
                # (nor who saw it: "documents seen by the Guardian", "obtained by Reuters")
                and not seen_by(e.root)
                # (nor who it was sent to: "A memo sent to GOP offices Monday by the Republican
                # Study Committee")
                and not _sent_to(e.root, head)
                # (nor a nationality: "a major British study")
                and not (e.label_ == "NORP" and e.root.dep_ == "amod" and e.text.lower() in self.nationalities)
                # (a place only where it is the document's own: not "a study of blood samples
                # from Uganda", "a study of one of Britain's most polluted waterways")
                and not (e.label_ in ("GPE", "NORP") and e.root.head.head != head and e.root.head != head)
                # (nor where its producer is based: "a report by the Westland-based Horizon
                # Institute")
                and not (e.end + 1 < len(e.doc) and e.doc[e.end].text == "-"
                         and e.doc[e.end + 1].lower_ == "based")
                # (nor the platform of another's channel: "posted on the Telegram channel of
                # Huseynzade's press service")
                and not (e.root.dep_ == "compound" and e.root.head.lower_ in ("channel", "page", "account")
                         and any(p.dep_ == "prep" and p.lower_ == "of" for p in e.root.head.children))]
        # (the body, not the place that owns it: "data from Germany's Federal Statistical Office")
        ents = [e for e in ents if not (e.root.dep_ == "poss" and any(
            o.start <= e.root.head.i < o.end for o in ents))] or ents
        # (the person, not the body their title names: "a study by Loyola Law School professor
        # Justin Levitt")
        ents = [e for e in ents if not any(p.label_ == "PERSON" and p.root in e.root.ancestors
                                           and p.start > e.end for p in ents)]
        owner = next((t for t in head.children if t.dep_ == "poss"), None)
        if ents and (ents[0].label_ == "PERSON" or len(ents[0]) == 1 and self._known(ents[0].root)):
            # (or a name the text gives a person, however typed: "Huseynzade's press service")
            key = self._person_key(self._person(ents[0]))
        elif ents:
            key = self._entity("organization", _strip_determiner(ents[0]))
        elif owner is not None and owner.pos_ == "PROPN":
            key = self._person_key(self._person(owner.doc[owner.i:owner.i + 1]))
        elif owner is not None and owner.pos_ == "PRON":   # "her account", "their poll"
            key, _ = self._pronoun(c, owner)
            if key is None:
                return self._unnamed(_core(head)), "name"
        elif owner is not None and owner.pos_ == "NOUN" and _determiner(mention) == "the":
            # "The institute's report": the institute named before
            key, resolution = self._mention(c, owner.doc[owner.left_edge.i:owner.i + 1], owner)
            if key is None or key is _DEFER:
                return self._unnamed(_core(head)), "name"
            return key, resolution
        elif (body := next((t for t in head.children if t.dep_ == "compound" and t.lower_ in _BODY_NOUNS
                            and not t.ent_type_), None)) is not None:
            # "a commission document viewed by the Journal": the commission named before
            key = self._organisation_described(body.doc[body.i:body.i + 1])
            if key is None:
                return self._unnamed(_core(head)), "name"
        elif (agent := _agent(mention, head)) is not None:
            # a body with no name: "a statement issued by the ministry" is the ministry
            core = agent.doc[agent.left_edge.i:agent.i + 1] if agent.dep_ == "poss" else _core(agent)
            key, resolution = self._mention(c, core, agent)
            if key is None or key is _DEFER:
                return self._unnamed(_core(head)), "name"
            self.documents[kind] = key
            return key, resolution
        elif c.paragraph in self.headings and not (_determiner(mention) in ("the", "this", "that")
                                                   and kind in self.documents):
            return _DEFER, None   # "Poll: ..." is the poll the body names
        else:
            # the one its sentence or those just before say issued one ("China's embassy said
            # in a statement that ... . '...,' the statement said"), else the last one's producer
            definite = _determiner(mention) in ("the", "this", "that")
            issued = (self._issued_by(c, head) or self.documents.get(kind)) if definite else None
            if issued is None and kind in _STUDIES and (definite or self._opening(c.paragraph)):
                lead = self._lead_author()   # "The paper, published in The Lancet Planetary
                issued = self._person_key(lead) if lead is not None else None   # Health," is its author's
            if issued is None and not definite and kind in _OWN_DOCUMENTS and c.cue is not None \
                    and fold(self.text[c.cue[0]:c.cue[1]]) == "according to":
                # (a body's own, where the body is what its sentence is about: "Kafue Copper cut
                # its 2025 production guidance ..., according to a filing to the London Stock
                # Exchange")
                root = head.sent.root
                subject = next((t for t in root.children if t.dep_ == "nsubj" and t.i < head.i), None)
                if subject is not None and subject.ent_type_ == "ORG":
                    issued = self._entity("organization", _ent_name(subject)) if _ent_name(subject) else None
                elif subject is not None and subject.lower_ in _COMPANY_NOUNS and _determiner(_core(subject)) == "the":
                    # (or the company it is about by its noun: "The company also lowered its
                    # full-year revenue forecast ..., according to a securities filing")
                    issued, _ = self._mention(c, _core(subject), subject)
                    issued = issued if issued not in (None, _DEFER) \
                        and self.entities[issued].kind == "organization" else None
            if issued is None and kind == "report" and self.office_bodies["investigating"] is not None:
                # (an investigation's report, in a text that names one investigating body: "the
                # report said" of the "National Transport Accident Committee")
                issued = self._entity("organization", self.office_bodies["investigating"])
            if issued is None:
                return self._unnamed(_core(head)), "name"
            self.documents[kind] = issued
            return issued, "description"
        self.documents[kind] = key
        return key, "name"

    def _issued_by(self, c: Candidate, head: Token) -> Optional[tuple[str, str]]:
        """Who the sentence of a definite document, or one of the :data:`DOCUMENT_SENTENCES`
        - 1 before, says issued one of its
        kind: "the Security Council issued a statement ... . The statement noted ..." is
        the Council's (the named subject of the verb whose object it is, or that said what it
        said in it: "The Ministry ... said in a statement that ...", or that wrote where it is
        a letter: "Nakabugo wrote to her Kenyan counterpart ..." then "the letter said"); or
        an unnamed speaker that said so, where no one named did."""
        unnamed = None
        for k, sentence in enumerate(self._sentences_back(head.sent, DOCUMENT_SENTENCES)):
            for t in sentence:
                if k == 0 and t.i >= head.i:
                    break
                if t.lemma_.lower() == "write" and t.pos_ == "VERB" and head.lemma_.lower() in _WRITTEN:
                    verb = t   # "Nakabugo wrote to her counterpart ..." before "the letter said"
                elif t.lemma_.lower() != head.lemma_.lower():
                    continue
                elif any(o.dep_ == "poss" or o.dep_ == "prep" and o.lower_ in ("by", "from")
                         for o in t.children) \
                        and (own := self._producer(c, _core(t), t)[0]) not in (None, _DEFER) \
                        and self.entities[own].kind != "unnamed":
                    return own   # its own producer, not who read it out: "Kamiya read out a
                    # message from Prime Minister Oyama Kenichi", "who read out his statement"
                elif t.dep_ == "dobj":
                    verb = t.head
                elif t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via"):
                    verb = t.head.head   # "the ministry said in a statement"
                    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
                        verb = verb.head   # ("rejected the accusations in a statement")
                else:
                    continue
                subject = next((s for s in verb.children if s.dep_ == "nsubj"), None)
                if subject is None:
                    continue
                offset = self.starts[id(subject.doc)]
                start, end = offset + subject.left_edge.idx, offset + subject.right_edge.idx
                spoke = next((key for _, key, position in reversed(self.history)
                              if start <= position <= end), None)
                if spoke is not None and self.entities[spoke].kind != "unnamed":
                    return spoke   # the speaker of that report: "The leader of the Indigenous
                    # organization OPIAC, Dayana Jamioy, said in a statement that ..."
                unnamed = unnamed or spoke   # (one with no name only where no name is found:
                # "China's embassy in Honiara said in a statement", not an earlier statement's)
                named = _apposed_name(subject)
                if named is not None:   # "The commission's chairman, Judge Qasim al-Musawi,
                    subject = named     # rejected the accusations in a statement"
                # (or a role the article gives one person: "The Sydney-born midfielder, 24,
                # posted a statement")
                if subject.pos_ == "PROPN" or subject.ent_type_ \
                        or subject.lower_ in PERSON_ROLES and _determiner(_core(subject)) == "the":
                    key, _ = self._mention(c, _core(subject), subject)
                    if key is not None and key is not _DEFER and self.entities[key].kind != "unnamed":
                        return key
        return unnamed

    def _organisation_described(self, description: Span, anywhere: bool = False) -> Optional[tuple[str, str]]:
        """The last organisation speaker whose name ends with the description's head (or
        has it before "of" or "for": "the ministry" is the "Ministry of Ecology and
        Environment", "the institute" the "Tessaly Institute for Work and Health") and holds
        its other words: "the committee" and "the Senate committee" are the "Senate Judiciary
        Committee"; "the state's budget office" is not "the governor's office". With
        ``anywhere`` (an opening's description, resolved once the body is read), a body the
        text says is one anywhere, not only before it ("The league says ..." in a standfirst).
        Where none holds them, a place's name that says where it sits is set aside: "the
        Luxembourg court" is the "Court of Justice of the European Union" (not a nationality:
        "the Swedish government" may be another country's), and so is "central": "Zambia's
        central bank" is the "Bank of Zambia"."""
        # (a party by the standing the text gives it before its name: "the ruling party" is
        # "the ruling New Future Party", not the Democratic Party quoted last)
        party_named = self._party_by_standing(description) if description.root.lower_ == "party" else None
        if party_named is not None:
            return self._entity("organization", party_named)
        # (not the country that owns it: "Chad's electoral authority" is the "Independent
        # Electoral Authority"; nor "local": "the local council" is "Antrim and Newtownabbey
        # Borough Council")
        # (each by its portfolio's word: "the economy ministry" is the "Ministry of Economic
        # Affairs", "the weather agency" the "Japan Meteorological Agency")
        words = {_SAME_PORTFOLIO.get(fold(t.text), fold(t.text)) for t in description if t.i != description.root.i
                 and t.pos_ in ("NOUN", "PROPN", "ADJ") and not (t.ent_type_ == "GPE" and t.dep_ == "poss")
                 and t.lower_ != "local" and not (anywhere and (t.lower_ in _STANDING
                                                                or t.dep_ == "poss" and t.pos_ == "PROPN"))}
        # (and where it sits, said after it: "The federal court in Itaituba" is no "Supreme
        # Federal Court")
        words |= {fold(t.text) for p in description.root.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"
                  for t in o.subtree if t.ent_type_ == "GPE"}
        # (an opening's owner and standing no words of the name: "The EU's top court" is the
        # "Court of Justice of the European Union")
        aside = {fold(t.text) for t in description if t.ent_type_ == "GPE" and t.dep_ == "compound"
                 or t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ == "based"}
        # (or based there: "The Luxembourg-based court")
        if description.root.lower_ == "bank":
            aside.add("central")   # ("Zambia's central bank": the "Bank of Zambia")
        # (an owner set aside is still no other place's body: "Iraq's government" is not the
        # "Interior Ministry of the Kurdistan Regional Government")
        owner = {fold(t.text) for t in description if t.ent_type_ == "GPE" and t.dep_ == "poss"}
        return self._organisation_with(description, words, anywhere, owner) or (
            self._organisation_with(description, words - aside, anywhere, owner) if words & aside else None)

    def _party_by_standing(self, description: Span) -> Optional[str]:
        """The one party the text gives the standing ``description`` says ("ruling",
        "governing", "opposition") before its name, by that name; None for none or several."""
        standing = {_RULING.get(t.lower_, t.lower_) for t in description if t.lower_ in _PARTY_STANDING}
        parties = self.standing.get(next(iter(standing)), set()) if len(standing) == 1 else set()
        return next(iter(parties)) if len(parties) == 1 else None

    def _organisation_with(self, description: Span, words: set[str], anywhere: bool,
                           owner: Collection[str] = ()) -> Optional[tuple[str, str]]:
        """:meth:`_organisation_described` for the description's other ``words``, of a body
        whose name says no place but ``owner``."""
        head = description.root.lower_
        companies = set()
        if head in _BODY_NOUNS and head not in _COMPANY_NOUNS:
            # the one body its sentence or the one before names with that word ("China's
            # Ministry of Commerce reacted within hours. ..., the ministry said"), before any
            # body quoted earlier (Japan's "Ministry of Economy, Trade and Industry")
            # (or by the initials the text gives it: "The SNS distanced itself ... . The party
            # said", of the "Serbian Progressive Party (SNS)")
            named = self._name_before(description, lambda e: any(
                _headed_by(_words(name), head) and set(words) <= _portfolio_words(_words(name))
                for name in (e.text, *self.acronyms.get(e.text, ()))), initials=True)
            if named is not None:   # (or the body quoted whose name holds it: "The Hanbit branch
                # of the Korean Metal Workers' Union")
                return next((key for key, entity in reversed(list(self.entities.items()))
                             if entity.kind == "organization" and fold(named) in fold(entity.name)),
                            None) or self._entity("organization", named)
        described = None   # (one the text described but did not name, "water company", only
        # where no body by its name fits)
        in_body = id(description.doc) not in self.heading_docs
        for key, entity in reversed(list(self.entities.items())):
            name = _words(entity.name)
            if not name:
                continue
            # (and before the words of a company's form or one name: "Hefei Rail Transit Group
            # Co., Ltd." is "the group", "State Space Corporation Roscosmos" "the corporation")
            bare = len(name)
            while bare > 1 and name[bare - 1] in _COMPANY_WORDS:
                bare -= 1
            ends = {name[bare - 1]} | ({name[-2]} if len(name) >= 3 and name[-1] not in _NOT_NAMES else set())
            if entity.kind == "organization" and (head in ends or _headed_by(name, head)) \
                    and words <= _portfolio_words(name) and not (owner and any(
                        w in self.place_words and not any(_same_country(w, o) for o in owner) for w in name)):
                if entity.name.split()[-1][:1].isupper():
                    return key
                described = described or key
                continue
            if entity.kind == "organization" and len(name) > 1 and (
                    name[-1] in _COMPANY_WORDS or head == "lender" and name[-1] == "bank"):
                companies.add(key)   # (a bank is "the lender": "Rift Valley Commercial Bank")
        # "the company" (or "the firm", "the Chicago-area company") where the speakers so far
        # hold one company, by its name: "Lumora Technologies", "Harrowgate Foods Inc."; where
        # they hold none, the one company its sentence or the one before names before it
        # ("Halvorsen Energy shares slid ... after the Houston-based company said")
        by_name = {self.entities[k].name: k for k in companies}
        fullest = _fullest(by_name)
        if fullest is not None:
            companies = {by_name[fullest]}   # one company by a short and a full name: "Corvalis Systems Inc."
        if head not in ("company", "firm"):
            # "The coalition said" after "the Sahel Relief Network (SRN), a coalition of aid
            # organisations,"; or the one body its sentence or the one before names with that
            # word last ("... asked Türkiye's Trade Ministry to ... . The ministry said")
            # (its other words in the name: "the Roscosmos press service" is no "Federal
            # Service for ...")
            found = (self._described_before(description, {head}, words, anywhere)
                     or self._named_before(description, lambda e: fold(e[-1].text) == head)) \
                if head in _BODY_NOUNS else None
            if found is None and head in _ANY_BODY and words:
                # "The nonpartisan group said" after "according to an analysis released by the
                # Committee for a Balanced Federal Budget": the one body its sentence or the one
                # before names, where its name says no body a group is not (a ministry, a court)
                found = self._named_before(description, lambda e: _named_noun(e) in _GROUPS
                                           or not {fold(t.text) for t in e} & (_BODY_NOUNS | _COMPANY_WORDS))
            if found is None and head in _BODY_NOUNS and not words and in_body:
                # ("The General Labour Confederation (CGT) did not share the optimism. At a packed
                # press conference ..., the union called"; not, for the media's nouns, one reporting
                # what others did: "The New York Times reported at the time that ... . The network
                # said"; but "Bristol Harbour said ... . The club said")
                found = self._acting_body(description, head, reporting=head not in _MEDIA_NOUNS)
            if found is not None or head not in _COMPANY_NOUNS:
                return found or described
            # (else a company's noun as "the company": "the Frankfurt-based lender" is
            # "Mainwerk Bank AG", the one company quoted)
        if len(companies) > 1:
            return None
        # (the one its sentence or the one before names first: "Takamori Motor will build a
        # plant. It would make ..., the company said" after another company's quote)
        named = self._company_named_before(description)
        if named is not None:
            return named
        # (a heading's company by its name only where the body says it is one: "Company says
        # ..." is not "Puna Minerals Corp", the parent of the company quoted)
        if companies:
            return companies.pop()
        # (else one named before as a company, or, in the body, by its name; else the one
        # body its sentence or the one before has for a subject)
        return self._described_before(description, _COMPANY_NOUNS) or (
            self._described_before(description, {_BY_NAME}) or self._acting_body(description, head)
            if in_body else None) or described or self._headline_company(description)

    def _headline_company(self, description: Span) -> Optional[tuple[str, str]]:
        """A heading's "company" (or "firm", with no other words) where no company is named
        as one: the headline's subject, a name that is no person's nor a body's by its noun
        ("Lumora is recalling 310,000 Halo Buds ... // The company says ...", "Northshield
        Nickel to idle Sudbury-area mine ... // company blames ..."); None for none."""
        name = self.headline_subject
        if id(description.doc) not in self.heading_docs or name is None \
                or description.root.lower_ not in ("company", "firm") \
                or any(t.pos_ != "DET" and t.i != description.root.i for t in description):
            return None
        # (by the full name the body gives it, a company's: "Northshield Nickel Corp."; else a
        # name no person the text names has)
        full = [n for n in self.company_names if n.startswith(f"{name} ")]
        if len(full) == 1:
            return self._entity("organization", full[0])
        known = self.people.find(_person_name(name) or parse_person(name), add=False)
        return None if known is not None and self.people.persons[known].given else self._entity("organization", name)

    def _acting_body(self, description: Span, head: str, reporting: bool = True) -> Optional[tuple[str, str]]:
        """The one body its sentence and the one before have for a subject (of a verb with no
        clause for what was said, unless ``reporting``), where its name says no kind of body but
        ``head``'s: "Severn Vale Water rejected any suggestion of wrongdoing. In a statement,
        the company said"; not "Brenner Technologies cut its orders", a company's name, for
        "the union"."""
        name = self._name_before(description, lambda e: _subject(e) and not (
            # (by the name initials stand for: the "ECP" is no "party")
            {fold(w).rstrip(".") for n in self.acronyms.get(e.text) or {e.text} for w in n.split()}
            & (_BODY_NOUNS | _COMPANY_WORDS)) - {head}
            # (initials alone not of a body the text calls another kind: "The CTF condemned
            # ..." is no "ministry" where "The CTF union" opened the article)
            and not (_acronym(e) and head not in _ANY_BODY and self._other_kind(e.text, head))
            and (reporting or not (e.root.head.lemma_ in _REPORTING
                                   or any(t.dep_ == "ccomp" for t in e.root.head.children)))
            and not self._a_person(e.root), initials=True)   # (nor a person's name typed a body:
        # "Governor Valentin Kruglov"; initials by the name they stand for: "The CAR, which groups
        # some 40 parties, said ... . ..., the coalition said" is the "Cadre d'Action pour la République")
        # (and the only body either sentence has for a subject: "The Northern Liberation Front
        # denied the accusation, and the Red Crescent said ... . ..., the group said" is either)
        if name is None or name != self._name_before(description, _subject, initials=True):
            return None
        return self._entity("organization", name)

    def _other_kind(self, name: str, head: str) -> bool:
        """Whether the text calls the body ``name`` (or the name its initials stand for) a
        kind of body, and not ``head``."""
        names = {name} | self.acronyms.get(name, set())
        kinds = {noun for _, n, noun in self.described_bodies if n in names} - {_BY_NAME}
        return bool(kinds) and head not in kinds

    def _described_before(self, description: Span, nouns: Collection[str], words: Collection[str] = (),
                          anywhere: bool = False) -> Optional[tuple[str, str]]:
        """The one body the text names before ``description`` (anywhere, for a headline's:
        "airline says" of "Portuguese airline Atlantis Air" in the lede, or with ``anywhere``)
        and says is one of ``nouns`` by a noun beside its name or in it
        (:func:`_described_bodies`), with all of ``words`` (folded) in its name."""
        own = self.starts[id(description.doc)] + description.start_char
        position = len(self.text) if anywhere or id(description.doc) in self.heading_docs else own
        # (not a name the description is in: "Deficit, Group" of a headline's "..., Group Says")
        named = {name for start, name, noun in self.described_bodies if start < position and noun in nouns
                 and set(words) <= _portfolio_words(_words(name)) and not start <= own < start + len(name)}
        fullest = _fullest(named)   # (one body by a short and a full name: "Car parts maker
        # Kessler" in the headline, "supplier Kessler Antriebstechnik")
        return self._entity("organization", fullest) if fullest is not None else None

    def _company_named_before(self, description: Span) -> Optional[tuple[str, str]]:
        """The one company by its name (its last word one of :data:`_COMPANY_WORDS`, or the
        start of such a name the text gives: "Rheintal Fluorchemie" of "Rheintal Fluorchemie
        GmbH", or one whose shares it tells of: :func:`_traded`) that the sentence of
        ``description`` names before it or the sentence before names."""
        name = self._name_before(description, lambda e: _company_name(e) or _traded(e)
                                 or self._full_company(_strip_determiner(e)) is not None)
        return self._entity("organization", self._full_company(name) or name) if name is not None else None

    def _full_company(self, name: str) -> Optional[str]:
        """The company's name the text gives that ``name`` is the start of ("Rheintal
        Fluorchemie GmbH" of "Rheintal Fluorchemie", which the recogniser may type a person)."""
        return next((full for full in sorted(self.company_names) if full.startswith(name + " ")), None)

    def _named_before(self, description: Span, kind: Callable[[Span], bool]) -> Optional[tuple[str, str]]:
        """The one organisation of more than one word, of the ``kind`` said, that the sentence
        of ``description`` names before it or the sentence before names."""
        name = self._name_before(description, kind)
        return self._entity("organization", name) if name is not None else None

    def _name_before(self, description: Span, kind: Callable[[Span], bool],
                     initials: bool = False) -> Optional[str]:
        """The name of :meth:`_named_before`'s organisation (of more than one word, or
        initials that are its name: "FIFA rejected the claim. ..., the governing body said"),
        or None (``initials``: or its initials the text spells out, by the name they stand
        for)."""
        named = {_strip_determiner(e) for k, sentence in enumerate(self._sentences_back(description.sent, 2))
                 for e in sentence.ents if (e.label_ == "ORG" or e.label_ == "PERSON" and _company_name(e)
                                            or self._full_company(_strip_determiner(e)) or _traded(e))
                 and (len(e) > 1 or _acronym(e) or initials and len(self.acronyms.get(e.text, ())) == 1)
                 and kind(e) and (k or e.end <= description.start)}
        named = {next(iter(self.acronyms[n])) if n in self.acronyms and initials else n for n in named}
        # (a body by its initials over a meeting or organ its initials open: "UEFA" over the
        # "UEFA Congress" for "European football's governing body"; but one body by its name and
        # its initials is one: "The Food and Drink Manufacturers' Council (FDMC)")
        named -= {n for n in named for a in named if a.isupper() and n.startswith(f"{a} ")}
        named -= {n for n in named if set(self.acronyms.get(n, ())) & named}
        return named.pop() if len(named) == 1 else None

    def _company_reported(self, c: Candidate) -> Optional[tuple[str, str]]:
        """The company that the content of ``c``, before its source, has for its first
        subject: "Japan's Tsubaki Motor Corp will invest 180 billion yen ..., the carmaker said"
        (for a company's noun); None where that subject is no organisation."""
        if not c.spans or c.source is None or c.source[0] < c.spans[0][1]:
            return None
        doc = c.source_mention.doc
        offset = self.starts[id(doc)]
        if c.spans[0][0] < offset:   # (a content begun in another paragraph)
            return None
        content = doc.char_span(c.spans[0][0] - offset, c.spans[0][1] - offset, alignment_mode="expand")
        subject = next((t for t in content or () if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.ent_type_ != "ORG":   # (or the company whose board or
            # staff it is: "Kestrel's board unanimously recommended the offer")
            subject = next((o for o in subject.children if o.dep_ == "poss" and o.ent_type_ == "ORG"), None)
        if subject is None or subject.ent_type_ != "ORG":
            return None
        name = _strip_determiner(entity_at(subject))   # (by its full name: "Aurelis Pharma SE")
        return self._entity("organization", self._full_company(name) or name)

    def _body_just_quoted(self, description: Span, c: Candidate) -> Optional[tuple[str, str]]:
        """The organisation that gave the last attribution, in this paragraph, for "the" and
        a body noun (adjectives only between), where no other organisation spoke there: "The
        Northern Liberation Front denied the accusation. In a statement ..., the group said"
        (not the most mentioned one: "the agency" is no visa programme named three paragraphs
        before), or a body named by what it is ("The army of the breakaway Southern Front
        denied ... . In a statement ..., the group said")."""
        if _determiner(description) != "the" or any(t.dep_ != "amod" for t in description[1:-1]) \
                or description.root.i != description.end - 1 \
                or description.root.lower_ not in _BODY_NOUNS or not self.history:
            return None   # (with what it does before it: "The WCF said ... . The governing body added")
        here = set()
        for para, key, position in reversed(self.history):   # (this paragraph's attributions only)
            if para != c.paragraph:
                break
            kind = self.entities[key].kind
            if kind == "organization" or (kind == "unnamed" and self._one_body_at(position)):
                here.add(key)
        para, key, position = self.history[-1]
        if para == c.paragraph and key[0] == "person" and not here:
            return self._body_of(self.people.persons[int(key[1][1:])], description)
        # (a body noun of its own names only a body its name says it is: "The board said" is
        # no union just quoted, "the network" no newspaper; "the company" any name that says
        # no kind: "Pipeline operator Qaswa Midstream")
        head, words = description.root.lower_, set(_words(self.entities[key].name))
        fits = head in _ANY_BODY or head in words or head in ("company", "firm") and not words & _BODY_NOUNS
        # (or the noun its mention named it by: "according to the national statistics agency IBGE
        # ... . The agency said")
        noun = self._noun_at(position) if not fits else None
        fits = fits or noun is not None and head in {noun.lemma_.lower(),
                                                     noun.nbor(-1).lemma_.lower() if noun.i else ""}
        return key if para == c.paragraph and here == {key} and fits else None

    def _body_of_members(self, description: Span, c: Candidate) -> Optional[tuple[str, str]]:
        """The one body the text names (before ``description``, or anywhere for an opening's)
        whose name holds the two or more nouns of a plural description of its members:
        "Estonian border guards say" of "Estonia's Police and Border Guard Board"."""
        nouns = {t.lemma_.lower() for t in description if t.pos_ in ("NOUN", "PROPN")
                 and t.ent_type_ not in ("NORP", "GPE")}
        if len(nouns) < 2:
            return None
        own = self.starts[id(description.doc)] + description.start_char
        anywhere = self._opening(c.paragraph)
        fullest = _fullest({name for start, name, _ in self.described_bodies
                            if (anywhere or start < own) and nouns <= set(_words(name))})
        return self._entity("organization", fullest) if fullest is not None else None

    def _body_of(self, person: _Person, description: Span) -> Optional[tuple[str, str]]:
        """The body a role of ``person`` says they lead or speak for, where "the group" or the
        last word of its name describes it: "Derek Ames, president of the Unmanned Aircraft
        Trade Council, ... . '...,' Ames said. The group said"."""
        head = description.root.lower_
        for role in person.roles:
            body = _ROLE_BODY.search(role)
            last = fold(body.group(1).split()[-1]) if body is not None else ""
            # (a body by its name's last word: not the town of "Mayor of Springfield")
            if last in _BODY_NOUNS | _COMPANY_WORDS and head in ("group", last):
                return self._entity("organization", body.group(1))
        return None

    def _unnamed(self, mention: Span) -> tuple[str, str]:
        return self._entity("unnamed", _strip_determiner(mention).lower())

    def _unnamed_for(self, core: Span, head: Token, mention: Span) -> tuple[str, str]:
        """An unnamed speaker with whom they speak for or where they are, of the ``mention``
        ``core`` is the phrase of: "spokesman for the tribunal", "officials at Homeland
        Security Investigations" (so that another body's spokesman is another speaker)."""
        return self._unnamed(_group(core, head, mention, _UNNAMED_PREPOSITIONS))

    def _entity(self, kind: str, name: str) -> tuple[str, str]:
        letters = name.replace(".", "")
        full = self.acronyms.get(letters, ()) if kind == "organization" and letters.isalpha() \
            and letters.isupper() and 2 <= len(letters) <= 6 else ()
        if len(full) == 1:
            name = next(iter(full))
        if kind == "organization":   # "the 2014 American Community Survey": the survey, any year
            name = re.sub(r"^(?:19|20)\d\d (?=[A-Z])", "", name)
        key = (kind, name)
        self.entities.setdefault(key, _Entity(kind, name))
        return key

    def _recent(self, kinds, paragraph, plural: bool = False) -> Optional[tuple[str, str]]:
        """The last speaker of one of ``kinds`` back to :data:`RECENT_PARAGRAPHS` before
        ``paragraph``; with ``plural``, an unnamed one named by a plural noun too ("Observers
        from the regional bloc said ..., though they noted")."""
        for para, key, position in reversed(self.history):
            if paragraph is not None and para < paragraph - RECENT_PARAGRAPHS:
                return None
            kind = self.entities[key].kind
            if kind in kinds or (plural and kind == "unnamed" and self._plural_at(position)):
                return key
        return None

    def _plural_head_at(self, position: int) -> bool:
        """Whether the noun phrase that starts at ``position`` has a plural head ("Election
        observers")."""
        head = self._name_head(position)
        return head is not None and head.tag_ in ("NNS", "NNPS")

    def _plural_at(self, position: int) -> bool:
        """Whether the mention at ``position`` is a plural noun ("Observers", "two diplomats")."""
        noun = self._noun_at(position)
        return noun is not None and noun.tag_ in ("NNS", "NNPS")

    def _one_body_at(self, position: int) -> bool:
        """Whether the mention at ``position`` names one body by a singular noun that is no
        person's: "The Sudanese army", "The armed wing of the Southern Front" (not "Local
        officials", "A witness")."""
        noun = self._noun_at(position)
        return noun is not None and noun.tag_ in ("NN", "NNP") \
            and noun.lemma_.lower() not in _PERSON_NOUNS | _ANONYMOUS

    def _noun_at(self, position: int) -> Optional[Token]:
        """The noun of the mention that starts at ``position``, past its determiner, number and
        adjectives ("A midwife", "two diplomats")."""
        _, token = self._token_at(position)
        while token is not None and token.pos_ in ("DET", "NUM", "ADJ") and token.head.i != token.i:
            token = token.head
        return token


def _headed_by(name: Sequence[str], head: str) -> bool:
    """Whether a body's name (folded words) ends with ``head`` or has it before its "of" or
    "for": "ministry" heads "Ministry of Commerce" and "Trade Ministry"; "union" a local by its
    number."""
    if len(name) > 2 and name[-2] == "local" and name[-1].isdigit():
        # (a union's local by its number: "Hospitality Workers United Local 88" is "the union",
        # as is "Coastal Longshore Supervisors Union Local 7")
        return head == "union"
    of = next((i for i, w in enumerate(name) if w in ("of", "for")), len(name))
    return bool(name) and head in (name[-1], name[of - 1] if of else None)


def _fullest(names: Collection[str]) -> Optional[str]:
    """The longest of ``names`` where each of the others begins it (one body by a short and
    a full name); None for none, or names of two bodies. Of two as long, the first in sorted
    order ("Unification Ministry" before "unification ministry"), whatever the set's order."""
    longest = max(sorted(names), key=len, default=None)
    return longest if longest is not None and all(fold(longest).startswith(fold(n)) for n in names) else None


# Words of rank before a role's word, naming no office of their own: "head coach".
_RANKS = {"head", "assistant", "senior", "junior", "acting", "interim"}
# Ranks written alone before a name ("Captain Nasser bin Ali Al-Otaibi", a pilot), no office
# that keeps a description of another from naming them (:func:`_fits`).
_RANKS_BEFORE = {"captain", "colonel", "general", "major", "lieutenant", "commander", "admiral", "brigadier"}


def _other_office(description: Span, roles: Sequence[str], peoples: Collection[str],
                  countries: Collection[str]) -> bool:
    """Whether ``description`` names its office by a capitalised word right before its head
    and each of ``roles`` with that head word names another there and lacks that word: "the
    Principal Secretary" is no "Cabinet Secretary" (but "the White House Press Secretary" may
    be "Press Secretary Josh Earnest", "Mines Minister" the "Provincial Minister for Mines and
    Minerals"). A people's word of ``peoples`` or ``countries`` the text names names no office
    ("Bosnian Prosecutor" of a headline, the recogniser typing no word there; but a place's
    own name says where the office is: "Assam minister")."""
    head = description.root
    said = description.doc[head.i - 1] if head.i > description.start else None
    if said is None or not said.text[:1].isupper() or said.pos_ != "PROPN" or said.ent_type_ \
            or said.lower_ in peoples \
            or any(_same_country(said.lower_, c) and said.lower_ != c for c in countries):
        return False   # (a place or body is not the office: "Assam minister")
    if _ACRONYM.fullmatch(said.text) and any(said.text in _capitals(role) for role in roles):
        return False   # (nor the initials of the office's words: "FM spokesperson")
    # (a role that opens with the head word names its office after it: "the Kazakh Foreign
    # Minister" may be the "Minister of Foreign Affairs of the Republic of Kazakhstan")
    # (an office named by a word before the head, not a rank: not the "head coach" of "Nickel
    # Kings head coach", which "Sudbury coach" may be)
    head_word = fold(head.text)
    offices = [words for role in roles for words in [[fold(w) for w in role.split()]]
               if any(w == head_word and words[k - 1] not in _RANKS for k, w in enumerate(words) if k)
               or words[:1] == [head_word] and len(words) > 1]
    return bool(offices) and all(fold(said.text) not in words for words in offices)


# The name a description says one gave: "who gave his name only as Boonchu", "giving only
# her first name, Amina", "identified only as Maria".
_NAME_GIVEN = re.compile(r"\b(?:gave|give|giving|gives) (?:only )?(?:his|her|their) (?:first |given )?name"
                         r"(?: only)?(?: as|,) |\bidentified only (?:by (?:his|her|their) first name )?as ")


def _name_given(mention: Span) -> list[Span]:
    """The name ``mention`` says its person gave (:data:`_NAME_GIVEN`), one or two capitalised
    words, as a person's; none where it says none."""
    found = _NAME_GIVEN.search(mention.text)
    if found is None:
        return []
    doc, at = mention.doc, mention.start_char + found.end()
    start = next((t.i for t in mention if t.idx == at), None)
    if start is None or not doc[start].text[:1].isupper() or not _is_name_word(doc[start].text):
        return []
    end = start + 1
    if end < mention.end and doc[end].text[:1].isupper() and _is_name_word(doc[end].text):
        end += 1
    return [Span(doc, start, end, label="PERSON")]


def _proper_owner(description: Span) -> Optional[str]:
    """The name that owns ``description``'s head, where a name does: "India" of "India's chief
    negotiator"; None for "the company's chief executive" or none (:func:`_not_office`)."""
    owner = next((o for o in description.root.children if o.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    return _not_office(" ".join(t.text for t in owner.subtree if t.tag_ != "POS" and t.lower_ != "the"))


def _role_owner(role: str) -> Optional[str]:
    """The name a role is written as its owner's: "European Union" of "The European Union's
    lead negotiator"; None for none ("the company's chief executive", "EU Climate Commissioner";
    :func:`_not_office`)."""
    found = re.match(r"(?:[Tt]he )?((?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*)\s?['’]s?\s", role)
    return _not_office(found.group(1)) if found else None


def _not_office(owner: str) -> Optional[str]:
    """``owner``, or None where it is an office: "Downing Street's press secretary" may be "the
    Prime Minister's press secretary", one owner a place, the other an office."""
    return None if _role_word(fold(owner.split()[-1])) in PERSON_ROLES else owner


# The body a role is of: "Eindhoven-based Veldmaar Semiconductors" of "chief executive of
# Eindhoven-based Veldmaar Semiconductors".
_OF_BODY = re.compile(r"\bof (?:the )?((?:[\w-]+ )*?[A-Z][\w&'’.-]*(?: (?:and |& )?[A-Z][\w&'’.-]*)*)")


def _same_owner(a: str, b: str) -> bool:
    """Whether two owners' names may be one: the same country or people, one in the other
    ("Lumora" of "Lumora AI"), or one the initials of the other ("EU" of "European Union")."""
    x, y = fold(a), fold(b)
    return _same_country(x, y) or x in y or y in x or any(
        short.replace(".", "") in ("".join(w[0] for w in long.split() if w[:1].isalpha()),
                                   "".join(w[0] for w in long.split() if w[:1].isalpha() and w not in _UNINITIALLED))
        for short, long in ((x, y), (y, x)))


# Words that initials may leave out: "ECP" of "Election Commission of Pakistan" ("BoE" keeps it).
_UNINITIALLED = {"of", "the", "and", "for"}


def _other_body(description: Span, roles: Sequence[str], peoples: Collection[str],
                countries: Collection[str]) -> bool:
    """Whether ``description`` names the body its office is of right before its head (or as
    its owner: "The European Central Bank's president") and no
    role of ``roles`` with that head word names it: "The Civic Centre leader" is not the "PSW
    leader" nor another party's "parliamentary leader" (but may be the "Civic Centre leader",
    the "CC leader", or "the SNP leader" the "Scottish National Party leader"). A people's
    word or a country of ``peoples`` or ``countries`` the recogniser typed a body is none ("the
    Kazakh minister"), nor an adjective ("Judicial nominee") or a body's noun alone ("the Union
    minister" of India's government)."""
    head = description.root
    said = description.doc[head.i - 1] if head.i > description.start else None
    if said is not None and said.tag_ == "POS" and said.i > description.start:
        said = said.nbor(-1)   # (or owns it: "The European Central Bank's president" is no
        # "Bundesbank president")
    body = entity_at(said) if said is not None and said.ent_type_ == "ORG" else None
    if body is None or body.end not in (said.i + 1, head.i) or all(t.pos_ == "ADJ" for t in body) \
            or len(body) == 1 and (said.lower_ in peoples | _BODY_NOUNS
                                   or any(_same_country(said.lower_, c) for c in countries)):
        return False
    named = " ".join(t.text for t in body if t.lower_ != "the" and t.tag_ != "POS")
    head_word = fold(head.text)
    offices = [words for words in (role.split() for role in roles)
               if len(words) >= 2 and fold(words[-1]) == head_word]
    # (and an office of a body: "Croatian coach of Valtellina" is no "Aurora coach")
    offices += [words[:k] + words[k + 2:] + [words[k]] for words in (role.split() for role in roles)
                for k in range(len(words) - 2) if fold(words[k]) == head_word and words[k + 1] == "of"
                and words[k + 2][:1].isupper()]
    return bool(offices) and not any(_same_owner(named, word) or fold(named) in fold(" ".join(words))
                                     or _same_owner(named, " ".join(words[:-1]))   # (its initials)
                                     for words in offices for word in words[:-1] if word[:1].isupper())


def _alone(token: Token) -> bool:
    """Whether ``token`` is a capitalised word no longer name holds: "Kazakh" of "the Kazakh
    minister", typed an organisation by itself, not the "Irish" of "The Irish Times"."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ") and len(entity_at(token) or [token]) == 1


def _opens_body(token: Token) -> bool:
    """Whether ``token`` is the first word, after "the", of an organisation's name of more
    words, and no noun: the "Norwegian" of "the Norwegian federation"."""
    ent = entity_at(token)
    return ent is not None and ent.label_ == "ORG" and token.pos_ in ("ADJ", "PROPN") \
        and token.i == ent.start + (ent[0].lower_ == "the") and token.i < ent.end - 1


def _same_country(a: str, b: str) -> bool:
    """Whether two words name one place or its people: ``russia`` and ``russian``, ``dutch``
    and ``netherlands`` (not two places whose names begin alike: ``austria`` and
    ``australia``, ``somalia`` and ``somaliland``)."""
    if a != b and _place_name(a) and _place_name(b):
        return False
    return any(x[:4] == y[:4] if min(len(x), len(y)) >= 4 else x == y
               for x in _COUNTRY_OF.get(a, (a,)) for y in _COUNTRY_OF.get(b, (b,)))


def _place_name(word: str) -> bool:
    """Whether ``word`` (folded) is a country's name, or a land's by its ending ("somaliland",
    "kurdistan"), not a people's word."""
    return word in _WORLD or word.endswith(("land", "stan"))


def _parties(words: Collection[str]) -> set[str]:
    """The parties ``words`` (folded) name, one word each: "democrat" of "Democratic"."""
    return {_party_word(w) for w in (w[:-1] if w.endswith("s") and w[:-1] in _PARTY_WORDS else w
                                     for w in words) if w in _PARTY_WORDS | _PARTY_SAME.keys()}


def _other_party(said: Collection[str], roles: Collection[str]) -> bool:
    """Whether the words ``said`` of a description (folded) name a party and a person's role
    words ``roles`` name another."""
    said, given = _parties(said), _parties(roles)
    return bool(said and given and not said & given)


def _party_word(word: str) -> str:
    """One word for ``word``'s party where it has several ("gop" -> "republican"), else itself."""
    return _PARTY_SAME.get(word, word)


# Heads of a description of who leads, whom a deputy's role is not: "the leader", "the president".
_TOP = {"leader", "president", "chairman", "chairwoman", "chair", "chairperson", "head", "boss"}


def _seconded(roles: Sequence[str], wanted: Collection[str]) -> bool:
    """Whether every word of ``wanted`` in ``roles`` follows a deputy's word (:data:`_SECOND`):
    "executive vice president" for "president" (and some role has one)."""
    found = [(role[k - 1] if k else "") for role in map(_words, roles) for k, w in enumerate(role)
             if _role_word(w) in wanted]
    return bool(found) and all(before in _SECOND for before in found)


def _fits(person: _Person, description: Span) -> bool:
    """Whether a role description may name ``person`` when no role of theirs has its words:
    the gender it says fits, and the text gives the person no other role (never the lawyer for
    "the judge") unless a gendered noun that is no office says who it is and the person's
    gender is known to be that ("Clinton, the former secretary of State, ... . The former
    first lady said"; not "the Kremlin spokesman" for any man)."""
    gender = title_gender(description.text)
    wanted = set(_words(description.text))
    wanted |= {w for same in _SAME_ROLE if wanted & same for w in same}
    wanted |= {w for word in wanted & _BROADER_ROLE.keys() for w in _BROADER_ROLE[word]}
    wanted |= _PLAYING if wanted & _PLAYING else set()   # ("the Basque midfielder" the captain)
    wanted |= {w for words, roles in _PHRASED_ROLES for w in roles if words <= wanted}
    if "union" in wanted and wanted & {"leader", "boss", "chief", "head"}:
        wanted |= _UNION_HEADS | {"general"}   # ("the union leader" its general secretary, as
        # :meth:`_Resolver._by_role` reads it)
    other_gender = bool(gender and person.gender and not gender & person.gender)
    # (a profession by "the" and no more than a nationality or an age: not "an agronomist in
    # India", nor "The senior engineer at the dam", one at work there)
    trained = _TRAINED if description[0].lower_ == "the" and all(
        t.i in (description.start, description.root.i) or t.ent_type_ in ("NORP", "DATE")
        for t in description) else set()
    if wanted & (_DESCRIPTORS | trained) and not wanted & PERSON_ROLES - _DESCRIPTORS - trained:
        return not other_gender   # ("the veteran": anyone; "The Portuguese engineer": one
        # trained so)
    if _role_word(description.root.lower_) in _TASKS:
        return not other_gender   # ("Qatar's chief mediator": a minister)
    if wanted & _CONTENDERS:   # (a politician or a businessman of the party said may run or be
        # rich: "the Democratic vice presidential nominee" is "Sen. Amelia Castellanos", not
        # "Lund spokesman Carter Haynes")
        return not other_gender and not _other_party(wanted, person.role_words) \
            and not person.current_role_words & PERSON_ROLES - _CONTENDERS - _RUNNING
    # (a role the person held before is no other role: "Italy's finance minister ... //
    # Benedetti, a former central banker,")
    # (nor one held by another's office: "His predecessor, Koichi Sakai," is "the veteran lawmaker")
    roles = person.current_role_words & PERSON_ROLES - _RELATIONAL
    if roles & _OFFICERS.keys():
        roles.discard("officer")   # (the last word of an officer's initials, no role of its own:
        # "the registry chief" may be "Its chief executive, Paul Okonjo")
    if not any("doctor" in _words(role) for role in person.roles):
        roles.discard("doctor")   # ("Dr." a title of address: "the chief medical officer" may be
        # "Dr. Yvette Boudreau")
    # (nor a rank written alone before the name: "its chief executive" may be "Captain Nasser bin
    # Ali Al-Otaibi", a pilot; "the junta's spokesman" "Colonel Issoufou Garba Tchiana")
    roles -= {w for w in _RANKS_BEFORE if all(_words(role) == [w] and role[:1].isupper()
                                              for role in person.roles if w in _words(role))}
    if "minister" in wanted and {"cabinet", "secretary"} <= person.current_role_words:
        roles.discard("secretary")   # (a cabinet secretary is a minister: "its finance minister"
        # is "Treasury Cabinet Secretary Francis Otieno Owino", as :func:`_officer_words` reads it)
    if other_gender or wanted & (_SECOND - person.role_words) or "shadow" in person.current_role_words - wanted:
        return False   # (nor "the deputy governor" a governor, "the minister" a shadow minister)
    said, theirs = _portfolios(wanted), _portfolios(person.role_words)
    if said and not said & theirs and (theirs or person.role_words & {"prime", "premier"}):
        return False   # (nor "the finance minister" the "Federal Minister for Commerce", nor a
        # prime minister)
    words = person.current_role_words
    if wanted & _LEGISLATORS and words & _LEGISLATURES or wanted & _COUNCILLORS and {"member", "council"} <= words:
        return True   # (an office of a legislature is a lawmaker's: "chair of the Seimas Committee
        # on National Security and Defence" is "the veteran lawmaker"; a member of a council a
        # councillor)
    return not roles - wanted or bool(wanted & (_GENDERED - PERSON_ROLES) and person.gender == gender)


def _head(mention: Span) -> Token:
    """The word a source mention is about: its root, or, where the parse hangs the mention on
    a comma ("the Syrian Observatory for Human Rights, a Britain-based war monitor"), the
    first word in it that hangs outside it or on punctuation. Where the parse made a name a
    second subject beside a description ("The bill's lead sponsor, Sen. Marisol Okafor, a
    Democrat,"; the name of any type beside a word the parse split at its hyphen: "Co-founder
    and chief executive Ananya Raghunathan said", the name typed a place) or set a person off
    by a role after another name, the person; a word split at its hyphen is its last part
    ("Her co-founder ..., Farhan Qureshi,", "His ex-wife")."""
    root = mention.root
    opening = entity_at(mention[0])
    if root.dep_ == "relcl" and opening is not None and opening.label_ == "PERSON" and opening.end <= root.i:
        root = opening.root   # (the name before a relative clause the parse hung on a place
        # before the mention: "At Tsoka Market in Lilongwe, Tamara Chirwa, who sells tomatoes,")
    dash = next((t.i for t in mention if t.text in DASHES and t.i < root.i), None)
    if root.pos_ in ("VERB", "AUX") and dash is not None and dash > mention.start:
        named = [e for e in entities(mention.doc[mention.start:dash]) if e.label_ == "PERSON"]
        root = named[-1].root if named else root   # (the name before a clause set off by dashes:
        # "Her neighbour from Omdurman, 24-year-old Nafisa Osman — they share a surname but are
        # not related —")
    if root.pos_ in ("VERB", "AUX"):   # the name the parse made the subject of the clause set off
        # after it: "Aoife Ní Cheallaigh, 36, from Athenry, whose ... son has a rare condition,"
        # (not a common noun the parse made a verb's subject, where a name is the clause's:
        # "[Elections] Watch Kenya coordinator Mr Dennis Ouma Achola said")
        first = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")
                      and t.left_edge.i == mention.start), None)
        named = next((t for t in mention if (t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= mention.end
                                             or t.dep_ == "dobj" and t.head.i == root.i and t.ent_type_ == "PERSON")
                      and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and first is not None)), None)
        # (or the name a role word the parse made a verb takes for its object: "B.C. Conservative
        # forests [critic] Amrit Bains, the MLA for Surrey-Cloverdale,")
        root = named if first is not None and first.pos_ == "NOUN" and not first.ent_type_ and named is not None \
            else first or named or root
        # (or the subject a word the parse made a verb stands before: "lead author Ines
        # Brunner, a glaciologist ..., told AFP", "lead" a verb; or the document the parse hung
        # on the verb that describes it: "the indictment read out by the People's Procuratorate")
        if root.pos_ in ("VERB", "AUX"):
            root = next((t for t in mention.doc[mention.start:root.i] if t.pos_ == "NOUN"
                         and t.lemma_.lower() in DOCUMENTS), root)
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.i < mention.start:
        # (not who contacted the one the parse set off after them: "Contacted by Cameroon
        # Tribune, the Executive Director of the CDRCA, Barrister Emmanuel Fonkwo Tabi, said")
        root = next((t for t in mention if t.i > root.i and t.dep_ == "appos" and t.ent_type_ == "PERSON"), root)
    if root.dep_ not in ("nsubj", "nsubjpass") and root.pos_ == "NOUN":   # ("Co" hung on "said")
        root = next((t for t in mention if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == root.head.i
                     and not mention.start <= t.head.i < mention.end), root)
    if root.pos_ == "NOUN":
        word = _hyphenated(root)
        split = word.start == root.i < word.end - 1 and word.end <= mention.end
        # (or the body named right after a body's noun: "The opposition Bürgerallianz said",
        # "The logistics association BVDL estimated")
        return next((t for t in mention if (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and split
                                            or t.ent_type_ in ("ORG", "") and t.pos_ == "PROPN"
                                            and t.i == root.i + 1
                                            and root.lower_ in _BODY_NOUNS | {"opposition"})
                     and t.dep_ == root.dep_ and t.head.i == root.head.i and t.i != root.i),
                    word[-1] if split else root)
    last = mention[-1]
    if root.ent_type_ in ("GPE", "NORP") and root.i < last.i and _role_word(last.lower_) in PERSON_ROLES \
            and all(t.pos_ == "PROPN" for t in mention.doc[root.i + 1:last.i + 1]):
        return last   # (a role after its place, which a title-case headline's parse made the
        # subject: "Ohio Senator Says ...")
    if root.text in ("HE", "H.E.", "H.E"):
        # (His Excellency, as Gulf agencies write it, which the parse may take for "he": "HE the
        # Omani minister said", "H.E. the Minister added", the description set off after it or
        # made a second subject: "HE the Speaker stressed")
        root = next((c for c in root.children if c.dep_ == "appos"), None) or next(
            (t for t in mention if t.i > root.i and t.dep_ in ("nsubj", "nsubjpass") and t.head == root.head), root)
    if root.text == "Me" and root.i == mention.start and root.i < last.i \
            and all(t.text[:1].isupper() or t.text == "-" for t in mention[1:]):
        return last   # (a French-speaking lawyer's title the parse took for "me": an interview's
        # "Me Joseph-Bellegarde: ...")
    if _titled_word(root) and root.pos_ == "VERB" and root.i == mention.start:
        # (a title the parse made a verb, the name after it its object: "Ranking Member Miriam
        # Osei (D-NJ) accused")
        named = next((t for t in mention if t.ent_type_ == "PERSON"), None)
        if named is not None and all(t.text[:1].isupper() for t in mention.doc[root.i:named.i]):
            return entity_at(named).root
    if _titled_word(root) and root.ent_type_ != "PERSON" \
            and (root.text.endswith(".") or fold(root.text) in _COURTESY):
        # (a title of address or one written short that the parse made the root, the name
        # after it hung elsewhere: "Minority Leader Hon. Alexander Kwaku Nyarko-Boadu said")
        after = next((t for t in mention.doc[root.i + 1:mention.end] if not _titled_word(t)), None)
        if after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
            return entity_at(after).root
    if root.pos_ == "PROPN" and root.ent_type_ != "PERSON":
        # "Vesna, the government spokeswoman, Mira Dobrev,": the person a role sets off; and
        # the person a body's name, left hanging by the parse, stands before as their
        # employer: "WindEurope chief executive Giles Dickson-Mbeki said"
        # (not one a relative clause names: "Pappas, who represents the company's former
        # technical director, Yannis Karalis,")
        return next((t for t in mention if t.ent_type_ == "PERSON" and (
            (t.dep_ == "appos" and t.head.lower_ in _PERSON_NOUNS and mention.start <= t.head.i)
            or (root.dep_ == "dep" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == root.head.i)
            # (or hung on the body's name with the role before it: "Odisha Gana Parishad (OGP)
            # legislator Nirmala Behera")
            or t.head.i == root.i and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i
                                          and _role_word(c.lower_) in PERSON_ROLES for c in t.children))
            and all(a.dep_ != "relcl" for a in t.ancestors)), root)
    if root.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        # "One of those holdouts, state Sen. Ray Dombrowski, a Democrat,": the person set off
        return next((c for c in root.children if c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON"
                     and c.i < mention.end), root)
    if not root.is_punct:
        return root
    return next((t for t in mention if not t.is_punct and (
        not mention.start <= t.head.i < mention.end or t.head.is_punct)), mention.root)


def _press_office(head: Token) -> bool:
    """Whether ``head`` is the noun of a press service or office."""
    return head.lower_ in ("service", "office") and any(c.dep_ == "compound" and c.lower_ == "press"
                                                        for c in head.children)


def _press_office_of(head: Token) -> Optional[Token]:
    """The body a press service or office speaks for, where the mention says it by a noun
    before it or after its "of": the "corporation" of "the corporation's press service", the
    "court" of "the court's press office", the "Ministry" of "the press service of the
    Belarusian Foreign Ministry"; None for any other mention."""
    if not _press_office(head):
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None) or next(
        (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
         for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def _spokesperson_of(head: Token) -> Optional[Token]:
    """The body an unnamed spokesperson (``head``, one of :data:`_SPOKESPEOPLE`) speaks for,
    where the mention says it by a word before the noun or after its "for": the "council" of "A
    council spokeswoman", the "View" of "A Turag View spokesperson", the "Department" of "A
    spokesperson for the Department for Education"; None for any other mention (one with a
    determiner other than "a")."""
    if _determiner(_core(head)) not in ("a", "an"):
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None) or next(
        (c for c in head.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)


def _named_after_title(mention: Span, head: Token) -> Optional[Token]:
    """The person named after a title the parse headed the mention with: a list of
    portfolios ("Environment, Urbanization and Climate Change Minister Selim Aydoğan", not
    "Environment"), what an office is of ("Member of the Duma Committee on Economic Policy
    Anna Voronkova", not "Member"), a body and its role word ("Panel head Wang Shufen", the
    parse's "head" a verb); None where words of another kind stand between."""
    if head.pos_ not in ("PROPN", "NOUN") or not head.text[:1].isupper() \
            or head.ent_type_ == "PERSON" and not (len(entity_at(head)) == 1 and _titled_word(head)) \
            or not mention.start <= head.i < mention.end:
        return None   # (a title word typed a person alone is none: the "Extraordinary" of
        # "Ambassador Extraordinary and Plenipotentiary of China to Belarus Xie Wenbo")
    for t in mention[head.i + 1 - mention.start:]:
        # (a name typed a person, or one typed a body with its office: the "Farid Aliyarov" of
        # "the Presidential Administration Farid Aliyarov")
        named = entity_at(t) if t.ent_type_ == "PERSON" else _person_typed_otherwise(entity_at(t)) \
            if t.ent_type_ == "ORG" else None
        if named is not None and t.ent_type_ == "ORG" and (
                named.start == entity_at(t).start or named.end > mention.end
                or any(w.ent_type_ == "PERSON" for w in t.doc[named.end:mention.end])):
            named = None   # (only a whole name after the body's words in it, with no person's
            # after it: not the "Great Stone" of "... of the China-Belarus Industrial Park Great
            # Stone Natalia Savchenko")
        if named is not None and named.start <= t.i:
            before = t.doc[t.i - 1]
            if t.i == head.i + 1 or not (before.text[:1].isupper() or _is_title_word(before)
                                         or before.lower_ == "to" and _title_before(t.doc, before.i)):
                return None   # (an envoy's name after the place: "... of China to Belarus Xie Wenbo")
            return t.doc[min(named.end, mention.end) - 1]   # (the name's last word)
        if fold(t.text).rstrip(".") in _ADDRESS | {"cllr", "dr"} and t.i > head.i + 1:
            # (a name the recogniser left untyped after a title of address: "Cathaoirleach of
            # Tipperary County Council Cllr Máire Hennessy")
            rest = [w for w in t.doc[t.i + 1:mention.end] if not w.is_punct]
            if len(rest) >= 2 and all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.ent_type_ in ("", "PERSON")
                                      and fold(w.text) not in _NOT_NAMES for w in rest):
                return rest[-1]
        if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") or _is_title_word(t)
                or t.lower_ in ("of", "the", "on", "for", "to", "and", "&", ",", "-")):
            # ("Polyot-Kosmos", "Assistant to the President of Azerbaijan and Head of ...")
            return None
    return None


def _person_of_body(mention: Span, head: Token) -> Optional[Token]:
    """The last word of a person's name that the parse hung off the body after it: the "Paul"
    of "Chief Andrea Paul of Salmon River First Nation said" ("Nation" made the subject); None
    for a regular parse."""
    body = entity_at(head) if head.ent_type_ == "ORG" else None
    if body is None or body.start < mention.start + 2 or head.doc[body.start - 1].lower_ != "of":
        return None
    name = head.doc[body.start - 2]   # (a name that ends there: not the PERSON "Kazakh
    # Minister of" before "Water Resources and Irrigation Nurlan Zhaksybekov")
    person = entity_at(name) if name.ent_type_ == "PERSON" else None
    return name if person is not None and person.start >= mention.start and person.end == name.i + 1 else None


def _named_after_role(mention: Span, head: Token) -> Optional[Token]:
    """The last word of the name that ends ``mention`` after a role's word, where the parse
    headed the mention with another person's name: the "Boyce" of "Drummond for Ohio
    spokesman Tyler Boyce" (the candidate's campaign, by the candidate's name); None
    otherwise."""
    if head.ent_type_ != "PERSON":
        return None
    end = mention.end
    while end > mention.start and mention.doc[end - 1].is_punct:
        end -= 1
    last = entity_at(mention.doc[end - 1])
    if last is None or last.label_ != "PERSON" or last.end != end or last.start <= head.i + 1 \
            or any(t.is_punct for t in mention.doc[head.i:last.start]):
        return None   # (not one a comma sets off: "Deborah Lyle, ..., the main super PAC
        # supporting Mr. Kinsella,")
    role = mention.doc[last.start - 1]
    return last[-1] if role.lemma_.lower() in PERSON_ROLES or fold(role.text).rstrip(".") in TITLES - _ADDRESS \
        else None


def _placed_person(head: Token) -> Optional[Token]:
    """The person whose place ``head`` names, set off from the place it is in: the "Tam" of
    "Farmer Vo Van Tam in Ba Tri district, Ben Tre," for "Tre"; None for any other word."""
    place = head.head
    if head.dep_ != "appos" or place.lemma_.lower() not in _PLACE_NOUNS or place.dep_ != "pobj":
        return None
    person = place.head.head
    return person if place.head.dep_ == "prep" and person.ent_type_ == "PERSON" else None


def _governing_subject(head: Token) -> Optional[Token]:
    """The subject of the clause that a distributive subject's clause hangs from: "Trump and
    Clinton vied ..., each touting ..." -> Trump (and Clinton)."""
    clause = head.head
    while True:
        subject = next((t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")
                        and t.i != head.i), None)
        if subject is not None or clause.dep_ not in ("advcl", "conj", "xcomp") \
                or clause.head.i == clause.i:
            return subject
        clause = clause.head


def _enclosing(c: Candidate, candidates: Sequence[Candidate]) -> Optional[Candidate]:
    """The attribution whose content holds the source of ``c`` (``"I think," he said`` in
    another's quote)."""
    start = c.source[0]
    inside = [o for o in candidates if o is not c and any(s <= start < e for s, e in o.spans)]
    return min(inside, key=lambda o: o.end - o.start) if inside else None


_MEMBERS = ("PERSON", "ORG", "GPE")


def _title_only(ent: Span) -> bool:
    """An entity of title words alone, no one's name: the "Councilor" of ``State Councilor and
    Foreign Minister Wang Yi``, which the tagger takes for a person (not ``Mr. King``)."""
    return all(_is_title(t) or fold(t.text).rstrip(".") in _ADDRESS for t in ent)


def _is_title(token: Token) -> bool:
    """A title word, not a surname after a title of address (``Mr. King``; but a title where a
    name follows: ``Mrs Justice Folasade Adeyemi``)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return fold(token.text).rstrip(".") in _TITLE_WORDS and not (
        before is not None and fold(before.text).rstrip(".") in _ADDRESS
        and not (after is not None and after.ent_type_ == "PERSON" and _is_name_word(after.text)))


def _coordinated(mention: Span, head: Token) -> list[Span]:
    """The names the mention joins with "and" at its top: ``France and Germany``, ``Sens.
    Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez`` (not the names of a
    clause inside it: ``Trump, who attacked Clinton and Obama``)."""
    names = [e for e in entities(mention) if e.label_ in _MEMBERS and not _title_only(e)]
    for first in names:
        if first.root.i == head.i or not (mention.start <= first.root.head.i < mention.end):
            chain, members = {first.root.i}, [first]
            for e in names:
                if e.root.dep_ == "conj" and e.root.head.i in chain:
                    chain.add(e.root.i)
                    members.append(e)
            if len(members) >= 2:
                return members
    # (a parse that took the first name for a modifier of the second: "French President Louis
    # Marchand and German Chancellor Eva Keller", Marchand an nmod of Keller)
    # (not a body's name the recogniser typed a person, its "and" joining another body's:
    # "Tamil Nadu Water Supply and Drainage Board Chief Engineer V. Ramasamy")
    persons = [e for e in names if e.label_ == "PERSON"]
    if len(persons) == 2 and persons[1].root.i == head.i == persons[0].root.head.i \
            and persons[0].root.dep_ in ("nmod", "compound") \
            and any(t.lower_ == "and" for t in mention.doc[persons[0].end:persons[1].start]) \
            and not any(c.dep_ == "conj" and c.ent_type_ == "ORG" for t in persons[0] for c in t.children):
        return persons
    return []


def _examples(head: Token) -> list[Span]:
    """The named members a plural description gives: ``Critics of the program, like Senators
    Charles Grassley and Patrick Leahy,``, ``Proponents, including the Conference of Mayors``,
    ``critics such as ...``."""
    if head.tag_ != "NNS":
        return []
    for prep in head.children:
        such = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
        if prep.dep_ == "prep" and (prep.lower_ in ("like", "including") or such):
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects:
                phrase = prep.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]
                return _coordinated(phrase, objects[0]) or [
                    e for e in entities(phrase) if e.label_ in _MEMBERS and e.root.i == objects[0].i]
    return []


def _core(head: Token) -> Span:
    """The phrase of ``head`` without what follows a comma, a relative clause or a
    participle: ``Vann R. Newkirk II, a writer for The Atlantic,`` -> ``Vann R. Newkirk II``;
    ``Proponents, including the United States Conference of Mayors`` -> ``Proponents``."""
    doc = head.doc
    cut = {"appos", "relcl", "acl", "punct", "advcl", "parataxis"}
    right = [t for t in head.rights if t.dep_ not in cut and t.dep_ != "prep"]
    preps = [t for t in head.rights if t.dep_ == "prep" and t.lower_ == "of"
             and head.ent_type_ in ("ORG", "CARDINAL", "")]   # "one of the doctors"
    end = max([head.i] + [t.right_edge.i for t in right + preps
                          if not any(d.dep_ in cut and d.i < t.i for d in head.rights)])
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    ent = entity_at(head)
    if ent is not None:   # never cut a name: "Al-Jubeir" is "Al", "-", "Jubeir" (but not from a
        # title of address the recogniser read into a work's: "H.E. the Minister")
        start, end = start if ent.label_ == "WORK_OF_ART" else min(start, ent.start), max(end, ent.end - 1)
    # nor a word: "ex-wife"
    return doc[min(start, _hyphenated(head).start):_before_relative(doc, head.i, end + 1)]


def _before_relative(doc: Doc, head: int, end: int) -> int:
    """Where a phrase of ``head`` that runs to ``end`` ends before a relative clause the parse
    hung on a word after the head, and the comma before it: "A senior official of the Health
    Ministry[, who did not wish to be named]"."""
    relative = [t.left_edge.i for t in doc[head + 1:end] if t.dep_ == "relcl"]
    end = min(relative, default=end)
    while end > head + 1 and doc[end - 1].text in (",", ";", ":", "-", "–", "—"):
        end -= 1
    return end


def _group(core: Span, head: Token, mention: Span,
           prepositions: Collection[str] = _GROUP_PREPOSITIONS) -> Span:
    """A group with the place or body that says who they are: ``Republicans on the House
    Financial Services Committee``, ``developers and supporters in Congress`` (the phrases of
    ``prepositions``)."""
    end, doc = core.end, head.doc
    for prep in head.rights:
        # (not a time: "the arbitration panel in 2001"; up to a comma: "officials at Homeland
        # Security Investigations, a division of ...")
        if prep.dep_ == "prep" and prep.lower_ in prepositions and prep.right_edge.i < mention.end \
                and not any(t.dep_ == "pobj" and t.ent_type_ in ("DATE", "TIME") for t in prep.children):
            comma = next((t.i for t in doc[prep.i:prep.right_edge.i + 1] if t.text == ","),
                         prep.right_edge.i + 1)
            end = max(end, _before_relative(doc, head.i, comma))
    return doc[core.start:end]


def _asked(c: Candidate) -> Optional[Token]:
    """Whom ``c``'s cue puts a question to, where it names them: the "counsel" of "put a direct
    question to the ECP counsel", the "minister" of "asked the minister"; None for none."""
    cue = c.cue_token
    if cue is None:
        return None
    lemma = cue.lemma_.lower()
    if lemma in _ASKING:
        asked = next((t for t in cue.children if t.dep_ in ("dobj", "dative")), None)
    elif lemma in ("put", "pose", "direct") and any(t.dep_ == "dobj" and t.lemma_.lower() == "question"
                                                    for t in cue.children):
        asked = next((o for h in (cue, *(t for t in cue.children if t.dep_ == "dobj"))
                      for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"), None)
    else:
        return None
    return asked if asked is not None and asked.pos_ in ("NOUN", "PROPN") else None


def _asks(c: Candidate) -> bool:
    """Whether ``c`` is a question asked ("Asked by a reporter whether ...", "One journalist
    asked: ...")."""
    cue = c.cue_token
    return cue is not None and cue.lemma_.lower() in _ASKING


def _published_in(token: Token, document: Token) -> bool:
    """Whether ``token`` names where the ``document`` was published: "a study published in
    the Journal of ...", "The study, published in the journal Water Research Communications"."""
    for t in token.ancestors:
        if t == document:
            return False
        if t.lower_ == "in" and t.head.tag_ == "VBN":
            return True
    return False


def _sent_to(token: Token, document: Token) -> bool:
    """Whether ``token`` hangs on ``document`` through a "to" (whom it was sent or presented
    to), not through "by" or "from"."""
    for a in token.ancestors:
        if a == document:
            return False
        if a.dep_ in ("prep", "dative") and a.lower_ == "to":
            return True
    return False


def _agent(mention: Span, head: Token) -> Optional[Token]:
    """The body with no name that a document mention says issued the document: the object
    of "by" or "from" on the document or on a participle of it (``a statement issued by the
    ministry``, ``a letter from the council``, ``issued by the governments of China and
    Kazakhstan``, not ``from 112 governments``, ``A report circulated to members by the
    council's roads department``), or the owner of the website it was posted on (``A
    statement posted on the ministry's website``); None for a name, a person's noun or one
    who saw it."""
    for t in mention:
        prep = t.head
        if t.dep_ == "pobj" and prep.lower_ in ("by", "from") and t.pos_ in ("NOUN", "PROPN") \
                and t.lemma_.lower() in _BODY_NOUNS | _BODIES and not t.ent_type_ and not seen_by(t) \
                and not any(n.dep_ == "nummod" for n in t.children) \
                and (prep.head == head or prep.head.tag_ == "VBN" and prep.head.head == head):
            return t
        if t.dep_ == "poss" and t.lower_ in _BODY_NOUNS | _BODIES and not t.ent_type_ \
                and t.head.lemma_ in ("website", "site") and t.head.dep_ == "pobj" \
                and t.head.head.lower_ == "on" and t.head.head.head.tag_ == "VBN" and t.head.head.head.head == head:
            return t
    return None


def _closing_name(mention: Span, head: Token) -> Optional[Span]:
    """The person's name that ends a source after a role noun, where the parse heads the
    source with something before them: the body of "Congress of Malaysian Workers' Unions
    (CMWU) secretary-general R. Thiruselvam"; else None."""
    end = mention.end
    while end > mention.start and mention.doc[end - 1].is_punct:
        end -= 1
    ent = entity_at(mention.doc[end - 1]) if end > mention.start else None
    # (a person's name, or one typed an organisation: initials and name words)
    # (not where a person's name heads it: "Daniel Osei, head of retail at researcher
    # ShopTrack Insight,")
    # (nor one set off after another person's name: "A second lawyer, Arkady Shestakov, who
    # represents Korolyov's co-defendant, businessman Oleg Pasternak,")
    if ent is None or head.ent_type_ == "PERSON" or ent.label_ not in ("PERSON", "ORG") or ent.end != end \
            or ent.start <= mention.start \
            or (ent.root.dep_ == "appos" and ent.root.head.ent_type_ == "PERSON"
                and ent.root.head.i >= mention.start) \
            or ent.start <= head.i < ent.end or head.i > ent.start or ent.label_ == "ORG" and not all(
                _INITIAL.fullmatch(t.text) or _is_name_word(t.text) for t in ent):
        return None
    if _role_word(head.lower_) in PERSON_ROLES and any(t.dep_ == "prep" and t.head.i == head.i
                                                       for t in mention.doc[head.i + 1:ent.start]) \
            or ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by":
        return None   # (nor the one a role is for: "A lawyer for Olympic relay medalist Tamika
        # Broderick"; nor the one a body is led by: "The Independent Investigation Committee,
        # chaired by lawyer Hiroshi Kanemoto,")
    doc = mention.doc
    before = doc[ent.start - 1]
    if before.lower_ == "general" and ent.start >= 3 and doc[ent.start - 2].text == "-":
        before = doc[ent.start - 3]   # "secretary-general", "director-general"
    opened = next((i for i in range(ent.start - 2, max(ent.start - 5, mention.start), -1)
                   if doc[i].text == "("), None) if before.text == ")" else None
    if opened is not None:   # (over what the office is of, in brackets: "DCP (Intelligence)")
        before = doc[opened - 1]
    # (or an office's initials set off before the name: "The other deputy at the head table,
    # DCP (Intelligence) Roxanne Mohammed-Jack,")
    initials = _ACRONYM.fullmatch(before.text) is not None and before.i > mention.start \
        and doc[before.i - 1].text == ","
    return Span(ent.doc, ent.start, ent.end, label="PERSON") \
        if before.pos_ in ("NOUN", "PROPN") and before.is_lower and _role_word(before.lower_) in PERSON_ROLES \
        or initials else None


def _titled_name(mention: Span, head: Token) -> list[Span]:
    """A name after a role noun that the tagger took for something else:
    ``Opposition lawmaker Grace Atieno Wekesa`` -> ``Grace Atieno Wekesa``."""
    role_nouns = [t.i for t in mention if t.lower_ in PERSON_ROLES and t.pos_ == "NOUN"]
    if not role_nouns or head.pos_ != "PROPN" or role_nouns[-1] >= head.i:
        return []
    name = mention.doc[role_nouns[-1] + 1:head.i + 1]
    # (not a title alone: the "Justice" of "KCA ombudsman Justice (retd) Meera Iyer")
    return [name] if all(t.pos_ == "PROPN" for t in name) and not all(_titled_word(t) for t in name) else []


def _apposed_names(head: Token, known, reported) -> list[Span]:
    """A name set off after a description, where not ``reported`` (in the content: not the
    "India" of "According to the IMD chief, central India ... are likely"): ``the minister,
    Ana Lemos Carvalho,``, ``the United Nations envoy Staffan de Mistura`` (a name the
    tagger took for an organisation counts when the article names that person elsewhere, or
    when the description is a person's role: ``the ministry's spokesman, Major General Igor
    Konashenkov,``)."""
    # (of the part of a hyphenated word the parse sets the name off from: the "brother" of "Her
    # brother-in-law, Alhousseini Ag Mohamed,", whose last part is the source's head)
    head = next((t for t in _hyphenated(head) if any(c.dep_ == "appos" for c in t.children)), head)
    # (not a description the parse headed with a name it holds: "Keystone Forward, a super PAC
    # backing Lomax,"; but "her landlord, a Mr Kariuki,")
    apposed = [child for child in head.children if child.dep_ == "appos" and not reported(child)
               and not any(t.dep_ == "det" and t.lower_ in ("a", "an") and any(
                   w.pos_ in ("VERB", "ADP") for w in child.doc[t.i + 1:child.i]) for t in child.children)]
    # (or a person's name the parse set off from the place, body or thing of the description:
    # "The UN humanitarian coordinator for Umbeli, Henrik Solbakken,", "Her opponent in the
    # case, Lena Öberg,", "His counterpart from the RSF, Maj Gen Adam Hamid Yagoub," the body's
    # initials untyped; not from a person's: "the lawyer for the victim, Jane Doe,")
    apposed += [a for p in head.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "ORG") or o.pos_ == "PROPN" and not o.ent_type_)
                or o.pos_ == "NOUN" and o.lemma_.lower() not in _PERSON_NOUNS
                for a in o.children if a.dep_ == "appos" and not reported(a)
                and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN" and known(a))   # (or one the
                # article names, typed otherwise: "the general manager of the Bellmont hotel
                # downtown, Curtis Vail,")
                and (o.ent_type_ or len(entity_at(a) or ()) >= 2)]   # (a full name after a thing:
    # not the title alone the parse set off, "the agency, Lic. | Daniela Orozco Pineda,")
    # (or that the parse made a second subject of its verb: "The 19-year-old, Elias Nyström,
    # who agreed to be named, said")
    # (not one a body's own word names as its officer: "The Police Social and Welfare
    # Association, in a statement signed by its president, Insp Rajiv Balgobin, urged")
    if head.dep_ == "nsubj":
        apposed += [t for t in head.head.children if t.dep_ == "nsubj" and t.i > head.i
                    and t.ent_type_ == "PERSON" and t.left_edge.i > 0
                    and t.doc[t.left_edge.i - 1].text == "," and not reported(t)
                    and not any(w.lower_ in ("its", "their") for w in t.doc[head.i + 1:t.left_edge.i])]
    # (or the name the parse made the object of the place the description is for: "The Labour
    # MP for Ashton-under-Lyne, Kieran Walsh," with "Ashton" a modifier of "Walsh")
    apposed += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                and o.ent_type_ == "PERSON" and o.doc[entity_at(o).start - 1].text == "," and not reported(o)
                and any(c.dep_ in ("nmod", "compound") and c.i < entity_at(o).start for c in o.children)]
    # (or the name the parse hung on "According" after the one it is according to: "According
    # to the Clerk of the National Assembly, Mary Nduta Wachira, the committee ...")
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        comma = head.right_edge.i if head.right_edge.text == "," else head.right_edge.i + 1
        apposed += [t for t in head.head.head.children if t.ent_type_ == "PERSON" and t.left_edge.i == comma + 1
                    and head.doc[comma].text == "," and not reported(t)]
    # (or the name set off after a second description of a person: "Another witness, the
    # neighbour Sophie Kellaway,"; not after a name, where the parse made a list of subjects
    # appositions: "The Congressional Black Caucus, former governor L. Douglas Wilder, ...")
    if head.pos_ == "NOUN" and head.lower_ in _BODY_NOUNS and not _person_noun(head):
        apposed = [t for t in apposed if _person_noun(t)]   # (a body's name set off from its
        # noun, whatever it was typed: "Salas's party, Fuerza Andina,"; but "Outside court, Mr
        # Ashcombe's sister, Bianca Ashcombe,")
    apposed += [a for t in apposed if _person_noun(t) and head.pos_ != "PROPN"
                for a in t.children if a.dep_ == "appos" and not reported(a)]
    # (not a name in what describes the apposed one, "Sea Harbour International, whose ship
    # Aurora took part", nor one that modifies a common noun there, "a former Kwun Lok
    # accountant")
    names = [Span(e.doc, start, e.end, label="PERSON") if (start := _set_off_name_start(e)) is not None else e
             for child in apposed for e in entities(_core(child)) if e.label_ == "PERSON"
             and not (e.root.dep_ in ("compound", "amod", "poss") and e.root.head.pos_ == "NOUN")
             and not _title_only(e)   # (not the "Mrs Justice" of "Mrs Justice Folasade Adeyemi")
             and not _company_name(e)   # (nor "The developer, Crestline Homes,")
             and not _see_after_name(e)]   # (nor "Malolos" of "Bishop Ernesto Lacson of Malolos")
    if names:
        return names
    # (a name the recogniser typed otherwise, the article's or a person's by the description:
    # "Another returnee, Zarmina," typed a place)
    return [child.doc[_name_start(child):child.i + 1] for child in apposed
            if child.pos_ == "PROPN" and not _is_title(child) and child.doc[child.i - 1].text != "("
            and (known(child) or _role_word(head.lower_) in PERSON_ROLES or _person_noun(head))][:1]


def _see_after_name(ent: Span) -> bool:
    """Whether ``ent``, one word, is the see or seat "of" after a name the recogniser typed a
    person or a body: the "Malolos" of "Bishop Ernesto Lacson of Malolos"."""
    doc = ent.doc
    return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and doc[ent.start - 2].pos_ == "PROPN" and doc[ent.start - 2].ent_type_ in ("PERSON", "ORG")


def _body_name(head: Token) -> Optional[Span]:
    """The name a common noun for a body sets right before it, whatever the recogniser typed
    it: ``the union Verdi`` (the name in apposition), ``the opposition party Syriza`` (the
    noun a compound of the name); not ``Police Chief John Smith``, where the noun is part of
    a title."""
    if head.pos_ == "NOUN" and head.lower_ in _BODY_NOUNS:
        # (or the name it is a compound of, where the source stops before it: "Campaign group"
        # of "Campaign group Reconnect Kelderby")
        named = [t for t in head.children if t.dep_ == "appos"] + (
            [head.head] if head.dep_ == "compound" and head.text.islower() else [])
        name = next((t for t in named if t.pos_ == "PROPN" and _name_start(t) == head.i + 1), None)
        return head.doc[head.i + 1:name.i + 1] if name is not None else None
    start = _name_start(head)
    before = head.doc[start - 1] if start > 0 else None
    if head.pos_ == "PROPN" and before is not None and before.dep_ == "compound" \
            and before.lower_ in _BODY_NOUNS and before.text.islower():
        return head.doc[start:head.i + 1]
    if head.pos_ == "PROPN" and head.doc[start].text in ("NGO", "NGOs") and start < head.i:
        # (the noun in capitals, the name with what it is for: "the local NGO Justice for Mining
        # Communities")
        end = head.i + 1
        while end < len(head.doc) and (head.doc[end].lower_ in ("for", "of", "and") and end + 1 < len(head.doc)
                                       and head.doc[end + 1].text.istitle() or head.doc[end].text.istitle()):
            end += 1
        return head.doc[start + 1:end]
    return None


def _name_ending(mention: Span, head: Token) -> Optional[Span]:
    """The person's name that ends a role's mention, where the recogniser typed it otherwise:
    ``Bashar al-Jaafari`` in "Syria's Permanent Representative to the UN Bashar al-Jaafari"
    (the words after the last initials or place of the flat name; only a name with a particle,
    a given name of known gender or a name set off by a comma, never "the United Nations
    General Assembly")."""
    last = mention[-1]
    while last.is_punct and last.i > head.i:
        last = mention.doc[last.i - 1]
    if last.pos_ != "PROPN" or last.i <= head.i:
        return None
    doc, first = mention.doc, _name_start(last)
    cut = max((i + 1 for i in range(first, last.i)
               if doc[i].text.isupper() or doc[i].ent_type_ in ("GPE", "NORP")), default=first)
    name = doc[cut:last.i + 1]
    # (a syllable in lower case after a hyphen is part of its word: "Wai-han")
    words = [t for t in name if t.text != "-" and t.lower_ not in PARTICLES
             and not (t.is_lower and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)]
    if len(words) < 2 or not all(t.text[:1].isupper() and not t.text.isupper() for t in words) \
            or fold(words[0].text) in TITLES:
        return None
    # (or one set off by commas as names are: "The president of Montevera, Lucía Barrantes,")
    set_off = doc[name.start - 1].text == "," and all(_is_name_word(t.text) for t in words)
    particle = any(t.lower_ in PARTICLES for t in name)
    # (or two or three name words right after the office's country or place: "Minister of
    # Water Resources and Irrigation of the Republic of Kazakhstan Nurzhan Abilov", "Akim of
    # West Kazakhstan region Marat Baizhanov")
    placed = (cut > first and doc[cut - 1].ent_type_ == "GPE"
              or name.start > 0 and doc[name.start - 1].lower_ in _PLACE_NOUNS) \
        and len(words) <= 3 \
        and all(_is_name_word(t.text) and fold(t.text) not in DEPARTMENTS | _BODY_NOUNS for t in words)
    if particle or _known_given(words[0].text) or set_off or placed:
        return name
    # the last words of the office before a family name and a hyphenated given name, or
    # else before a given name of known gender, are no part of the name: "Secretary for
    # Housing Ivy Leung Wai-han" is "Leung Wai-han", as the romanisation writes it, whatever
    # English given name stands before it
    given = len(words) - 2 if len(words) >= 3 and doc[words[-1].i + 1:last.i + 1].text.startswith("-") \
        else next((k for k, t in enumerate(words[1:-1], 1) if _known_given(t.text)), None)
    if given is None or not all(_is_name_word(t.text) for t in words[given:]):
        return None   # (not the "General Assembly" of "the United Nations General Assembly")
    return doc[words[given].i:name.end]


def _untyped_name(token: Token) -> Optional[Span]:
    """The name a capitalised proper noun heads where the recogniser typed none of it, as an
    organisation's: "their union, the Canadian Airline Pilots Guild," (its article aside)."""
    words = [t for t in token.subtree if t.dep_ != "det" and not t.is_punct]
    if token.pos_ != "PROPN" or len(words) < 2 or any(t.ent_type_ not in ("", "NORP") for t in words) \
            or not all(t.text[:1].isupper() for t in words) or words[-1].i != token.i:
        return None
    return Span(token.doc, words[0].i, token.i + 1, label="ORG")


def _hyphenated(token: Token) -> Span:
    """The word ``token`` is part of where hyphens join it to others: ``Castellano-Reeve``."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        end += 2
    return doc[start:end]


def _name_start(token: Token) -> int:
    """Where the flat name ending in ``token`` starts: ``Staffan de Mistura``, ``Helen
    Castellano-Reeve``."""
    word = _hyphenated(token)
    start = word.start
    # (and the given name the parse hung on a Gaelic surname's first word: "Bríd" of "Bríd Mac
    # Mathúna", whose head is "Mac")
    doc = token.doc
    inside = word.start   # (where a word's head may be: the name's last word, or any after a particle)
    while True:
        while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].pos_ == "PROPN" \
                and (inside <= doc[start - 1].head.i < word.end
                     or doc[start - 1].head.i == start and doc[start].lower_ in GAELIC_PREFIXES):
            start -= 1
        # (and a surname before a particle the parse hung it on: "Brandão" of "Brandão e
        # Meneses", "Carvalho" of "Carvalho de Menezes")
        if not (start >= 2 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].is_lower
                and start - 1 <= doc[start - 1].head.i < word.end and doc[start - 2].pos_ == "PROPN"
                and doc[start - 2].is_title and start - 1 <= doc[start - 2].head.i < word.end):
            return start
        start = inside = start - 2


def _role(mention: Span, name: Span) -> Optional[str]:
    """Words before the name in the mention: ``Russian Foreign Minister`` of ``... Sergey Lavrov``,
    or a description the name is set off in: ``the minister, Ana Lemos``."""
    if name.start >= mention.end or name.end <= mention.start:
        words = [t for t in mention if t.dep_ != "det" and not _possessive_pronoun(t)]
        return mention.doc[words[0].i:words[-1].i + 1].text if words else None
    words = [t for t in mention if t.i < name.start and t.dep_ not in ("det", "poss", "case", "punct")
             and not (t.dep_ == "compound" and t.ent_type_ == "PERSON")
             and t.lower_.rstrip(".") not in _ADDRESS]
    role = " ".join(t.text for t in words).strip(" ,")
    # (not an age, nor what a colon opens: the "ready to resume talks" of the headline
    # "Lavrentiev: Moscow ready to resume talks")
    appos = [c for c in mention.root.children if c.dep_ == "appos" and c.pos_ != "NUM"
             and not any(t.text == ":" for t in mention.doc[mention.root.i:c.i])
             and not name.start <= c.i < name.end]   # (nor the "Odongo" of "Okello-Odongo")
    if not role and appos:   # (up to a relative clause: "a personal support worker who said ...")
        end = min([c.left_edge.i for c in appos[0].subtree if c.dep_ == "relcl" and c.i > appos[0].i],
                  default=appos[0].right_edge.i + 1)
        role = " ".join(t.text for t in appos[0].subtree if t.i < end and not _possessive_pronoun(t)).strip(" ,")
    return role or None


def _set_off_body(head: Token) -> Optional[Span]:
    """The name of a body set off after a noun (a body's noun may have a place's name or one
    the recogniser typed nothing; a company's, or a body's by its noun, may be typed a
    person): "Gun lobby group the Council of Licensed Firearms Owners", "The developer,
    Crestline Homes,", "Salas's party, Fuerza Andina,"; None for none."""
    lower = head.lower_
    names = ("ORG", "GPE") if lower in _BODY_NOUNS else ("ORG",)
    return next((e for t in head.children if t.dep_ == "appos" and t.i > head.i
                 and not any(w.text == ":" for w in head.doc[head.i:t.i])   # (not what a
                 # headline's colon opens: "Expert: Tick-borne SFTS 'no longer ...'"; nor, after
                 # a role, the short name in brackets of the body it heads: "the head of the
                 # Ministry of Energy and Mines (Minem)")
                 and not (lower not in _BODY_NOUNS and head.doc[t.i - 1].text == "(")
                 for e in [entity_at(t) or (_untyped_name(t) if lower in _BODY_NOUNS | _COMPANY_NOUNS else None)]
                 if e is not None and (e.label_ in names or (e.label_ == "PERSON" and (
                     _company_name(e) or lower in _BODY_NOUNS and not _person_noun(head))))),
                None)


def _capitalised_name(head: Token) -> Optional[str]:
    """The name a body's capitalised noun ends or opens, with the "of" or "for" phrase after
    it where that is capitalised too, without the common nouns before it: "Movement for a Free
    Georgia" of "the opposition Movement for a Free Georgia"; None where no such phrase follows."""
    doc = head.doc
    start = head.i
    while start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    after = next((p for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                  and p.i == head.i + 1), None)
    if after is None or not all(t.text[:1].isupper() or t.lower_ in _FUNCTION_WORDS | {"a", "an"}
                                for t in after.subtree if t.i > after.i) \
            or not any(t.text[:1].isupper() for t in after.subtree):
        return None
    return doc[start:after.right_edge.i + 1].text


def _epithet(head: Token, c: Candidate) -> bool:
    """Whether a description is an epithet of someone already quoted: a relative clause set
    off by a comma says more of them, and the cue adds to what they said ("The former climate
    negotiator, who was appointed to the Cabinet in 2022, added"; "..., also said")."""
    cue = c.cue_token
    return cue is not None and (cue.lemma_ == "add" or any(t.lower_ == "also" for t in cue.children)) \
        and any(t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
                for t in head.rights)


def _named_in_next_sentence(head: Token) -> Optional[Span]:
    """The name the sentence after ``head``'s sets off after "The" and the same noun, which
    names the one ``head`` describes: "A senior ministry official ... said ... . The official,
    Aigerim Nurlanova, who heads ...,"; None where it opens otherwise."""
    doc, end = head.doc, head.sent.end
    # (or the noun "one of" takes, or one set off after it: "One of the absent ANR deputies, a
    # first-term lawmaker from the Var, told POLITICO ... . The deputy, Rémi Ferracci,")
    nouns = {head.lemma_.lower()} | {o.lemma_.lower() for p in head.children if p.dep_ == "prep"
                                     and p.lower_ == "of" and head.lower_ == "one"
                                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"} \
        | {a.lemma_.lower() for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN"}
    if end + 4 > len(doc) or doc[end].lower_ != "the" or doc[end + 1].lemma_.lower() not in nouns \
            or doc[end + 2].text != ",":
        return None
    name = entity_at(doc[end + 3])
    return name if name is not None and name.label_ == "PERSON" and name.start == end + 3 \
        and name.end < len(doc) and doc[name.end].text == "," else None


def _central_banker(words: Collection[str]) -> bool:
    """Whether a role's ``words`` are those of a central bank's head or board member: "governor
    of the Banque de France", "Bundesbank president", "Chairman of the Central Bank of Armenia",
    "a member of the Bundesbank's executive board"."""
    return bool(words & {"governor", "president", "chairman", "chairwoman", "chair", "member", "board"}) and (
        "bank" in words and bool(words & {"central", "reserve", "governor"})
        or bool(words & {"bundesbank", "banque", "banca", "banco"}))


def _party_members(head: Token) -> bool:
    """Whether ``head`` is a party's word in the plural, its members whatever it was tagged:
    "The Greens in Baden-Württemberg said" (no one Green)."""
    return head.lower_ in _PARTY_WORDS and head.lower_.endswith("s")


def _parent_of_some(head: Token) -> bool:
    """Whether ``head`` is a parent's noun with only how many children after it: "the mother
    of four", which says no more of whom than "the mother" does."""
    return head.lower_ in _PARENTS and all(
        t.dep_ == "prep" and t.lower_ == "of" and [o.like_num for o in t.children] == [True]
        for t in head.rights)


def _role_before(mention: Span, core: Span) -> Optional[str]:
    """The role a source mention opens with where the parse left it out of the name's phrase:
    "Minister of Foreign Affairs and Trade" of "Minister of Foreign Affairs and Trade Gergely
    Halmosi"; None where the words before the name hold no role's word."""
    words = [t for t in mention if t.i < core.start and t.dep_ != "det"]
    if not words or words[-1].i != core.start - 1 or any(t.is_punct for t in words) \
            or not any(_role_word(t.lower_) in PERSON_ROLES for t in words):
        return None
    return mention.doc[words[0].i:core.start].text


def _first_word(mention: Span) -> Token:
    return next((t for t in mention if t.dep_ != "det" and not t.is_punct), mention[0])


def _role_initials(word: str) -> bool:
    """Whether ``word`` may abbreviate a role: "PM", "SP" (:data:`_ACRONYM`), "LoP"
    (:data:`_SHORT_ROLES`)."""
    return _ACRONYM.fullmatch(word) is not None or word in _SHORT_ROLES


def _abbreviates(role: str, acronym: str, second: Collection[str]) -> bool:
    """Whether ``acronym`` is the initials of ``role``'s words or of its last words ("SP" of
    "superintendent of police"), not those of a deputy unless ``second`` (the description's
    words of one) says so: "PM" of "Prime Minister" and "Estonian Prime Minister", not of
    "Deputy Prime Minister"; "deputy FM" of "Turkish Deputy Foreign Minister"; "CEO" of
    "Chief Executive"."""
    # (or of the office before what it is for or of: "AG" of "Attorney General for Pakistan")
    # (or of its last words there: "CS" of "Kenya's Cabinet Secretary for Investments, Trade ...")
    office = [w for w in _words(re.split(r"\b(?:of|for|to|in|at)\b", role, maxsplit=1)[0])]
    if len(office) >= len(acronym) >= 2 and "".join(w[0] for w in office).upper().endswith(acronym) \
            and any(_role_word(w) in PERSON_ROLES for w in office[-len(acronym):]) \
            and not _SECOND & set(office) - set(second):
        return True
    words = [w for w in _words(role) if w not in _FUNCTION_WORDS]
    if acronym in _SHORT_ROLES:   # ("LoP", as Indian papers write the Leader of the Opposition)
        return words[-2:] == _SHORT_ROLES[acronym] and not _SECOND & set(words) - set(second)
    initials = "".join(w[0] for w in words).upper()
    # (an officer's initials stand for the office without it: "CEO" of "Chief Executive")
    forms = {acronym, acronym[:-1]} if len(acronym) == 3 and acronym.endswith("O") else {acronym}
    # (a deputy's word it abbreviates is its own: "DIG" of "Deputy Inspector General"; and
    # the words it abbreviates hold a role's: not "WHO" of "head of the World Health Organization")
    return any((initials == a or initials.endswith(a) and not _SECOND & set(words[:-len(a)]) - set(second))
               and any(_role_word(w) in PERSON_ROLES for w in words[-len(a):]) for a in forms)


def _capitals(role: str) -> str:
    """The initials of ``role``'s capitalised words: "CFM" of "Chinese Foreign Ministry
    spokesperson"."""
    return "".join(w[0] for w in role.split() if w[:1].isupper())


def _owner_gender(mention: Span) -> set[str]:
    """The gender of "his" or "her" owning a noun between ``mention`` and the verb it is the
    subject of ("The former secretary of state, for her part, said": {"f"}); empty if none."""
    verb = mention.root.head
    if mention.root.dep_ not in ("nsubj", "nsubjpass") or verb.i < mention.end:
        return set()
    owner = next((t for t in mention.doc[mention.end:verb.i] if t.dep_ == "poss" and t.lower_ in ("his", "her")),
                 None)
    return set() if owner is None else {"m" if owner.lower_ == "his" else "f"}


def _apposed_name(token: Token) -> Optional[Token]:
    """The person's name set off after ``token``, where there is one: "Sydney Reyes" of "The
    singer's mother, Sydney Reyes,", "Priya Kaur-Lindsay" of "The Labor member for Bennelong,
    Priya Kaur-Lindsay," (the parse setting it off from the seat)."""
    return next((t for t in token.children if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None) or next(
        (a for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
         for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)


def _head_of(head: Token) -> Optional[str]:
    """"state", "government", "diplomacy" or "ministry" where ``head`` is the "head" of "head of
    state", "head of government", "head of (Russian) diplomacy", "head of the diplomatic
    service" or "head of the Ministry of ..." (a named one) (a key of :data:`_HEAD_OF`), else
    None."""
    if head.lower_ != "head":
        return None
    return next(("diplomacy" if o.lower_ == "service" else o.lower_ for p in head.children
                 if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" and (
                     o.lower_ in _HEAD_OF and (o.lower_ != "ministry" or o.ent_type_ == "ORG")
                     or o.lower_ == "service" and any(
                         c.lower_ == "diplomatic" for c in o.children))), None)


def _same_role(word: str) -> set[str]:
    """``word`` and the other words for its role (every one of :data:`_SAME_ROLE` with it: "the
    lawmaker" may be a congressman, an MP or a senator)."""
    return {word}.union(*(s for s in _SAME_ROLE if word in s))


def _officer_words(words: set[str]) -> set[str]:
    """``words`` of a person's roles with a company officer's title both written out and as
    initials: "CEO" is also a "chief executive (officer)", a "Chief Financial Officer" also
    the "CFO" and the "finance chief", a "finance director" the "CFO"; Japan's chief cabinet
    secretary the "top government spokesperson", and the other way round; any other cabinet
    secretary a "minister"; a district or county attorney, a state advocate or Crown counsel a
    "prosecutor"; one titled a lawyer ("Maître", "Me", "Barrister") a "lawyer"; a special,
    permanent or high representative an "envoy"; a human rights commissioner the "ombudsman";
    a top official a "chief";
    the President (Chairman) of the Council of Ministers the premier; a municipal president the
    mayor; an office of a legislature (or of a House of Representatives or of Commons) a
    lawmaker's; a member of a council a councillor; a pop or rock star a singer."""
    # (and a finance chief or finance director is the CFO: "Tobias Reuss, Rheinmark's finance
    # chief, ... . '...,' the CFO said")
    more = {"cfo", "financial"} if "finance" in words and words & {"chief", "director"} else set()
    if {"chief", "cabinet", "secretary"} <= words:   # (Japan's "top government spokesperson")
        more |= {"government", "spokesperson", "spokesman", "spokeswoman"}
    elif {"top", "government"} <= words and words & {"spokesperson", "spokesman", "spokeswoman"}:
        more |= {"chief", "cabinet", "secretary"}   # (and the other way round)
    elif {"cabinet", "secretary"} <= words:   # (Kenya's and Scotland's ministers: "Agriculture
        more.add("minister")                  # Cabinet Secretary Samuel Kiprotich")
    if "top" in words and words & {"official", "officer"}:   # (an owner's "top budget official" is
        more.add("chief")                                   # its "budget chief")
    if words & _LAWYERS_ADDRESSED:   # ("Me Carline Joseph-Bellegarde ... . The lawyer said")
        more.add("lawyer")
    if words & {"attorney", "advocate", "counsel"} and (words & _PROSECUTING or {"u", "s"} <= words):
        # ("Deputy Maricopa County Attorney", Namibia's "State advocate", "Crown counsel", an
        # "Assistant U.S. Attorney", its words split at the stops)
        more.add("prosecutor")
    if "representative" in words and words & {"special", "permanent", "high"}:
        more.add("envoy")   # ("The EU's special representative in Bosnia ... . The envoy urged")
    if {"municipal", "president"} <= words:   # (Mexico's mayor: "Cananea's municipal president")
        more.add("mayor")
    if {"public", "relations", "officer"} <= words:   # (a police force's: "The Police Public
        more |= _SPOKESPEOPLE                          # Relations Officer ..., SP X, ... the spokesman said")
    if {"human", "rights", "commissioner"} <= words:   # ("Ukraine's human rights commissioner
        more.add("ombudsman")                          # Dmytro Lubinets ... . The ombudsman said")
    if words & _LEGISLATURES or "house" in words and words & {"representatives", "commons"} \
            or {"federal", "deputy"} <= words \
            or "leader" in words and words & {"majority", "minority"}:
        # (Brazil's "Federal Deputy Valdecir Pinto Rosa"; a House's "Minority Leader, Hon. ...")
        # (one of a legislature's offices: "Deputy Chairman of the Duma Committee on Labour",
        # "... of the House of Representatives")
        more |= {"lawmaker", "legislator", "parliamentarian"}
    if "star" in words and words & {"pop", "rock", "soul", "country", "folk", "rap", "opera", "k"}:
        more.add("singer")   # ("Irish pop star Lunaria ... . The singer ended her post")
    if {"member", "council"} <= words:   # (a member of a council is a councillor: "a Democratic
        # Party member of the Busan Metropolitan Council" is "the first-term councilwoman")
        more |= _COUNCILLORS
    chairs = {"president", "chairman", "chairwoman", "chair"}
    if {"council", "ministers"} <= words and words & chairs and not words & _SECOND:
        # (Peru's, Italy's, Poland's head of government is "the Premier", no president)
        more |= {"premier", "prime", "minister"}
        words = words - chairs
    for initials, title in _OFFICERS.items():
        if initials in words or title <= words | more:
            more |= {initials, "officer", *title}
    if "financial" in words | more:
        more.add("finance")
    return words | more


def _role_word(word: str) -> str:
    word = word.rstrip(".")
    return _ROLE_WORDS.get(word, word)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def _without_owners_office(role: str) -> str:
    """A role without the office of the one whose it is: "President Roberto Farias's
    spokesman" is a spokesman's, no president's (the owner's name stays: "Meridian's chief
    executive")."""
    parts = re.split(r"\s?['’]s\b", role)
    if len(parts) == 1:   # (or its possessive dropped: "President Roberto Farias spokesman", the
        # owner's given name and surname between the two offices)
        words = role.split()
        at = next((k for k in range(1, len(words) - 2) if _known_given(words[k]) and words[k + 1][:1].isupper()
                   and fold(words[k + 1]) not in _TITLE_WORDS and fold(words[k + 2]).rstrip(".") in _TITLE_WORDS
                   and all(fold(w).rstrip(".") in _TITLE_WORDS for w in words[:k])), None)
        return role if at is None else " ".join(words[at:])
    if not any(fold(w).rstrip(".") in PERSON_ROLES for w in parts[-1].split()):
        return role   # (the role is before the owner: "director of SEC’s Division of Enforcement")
    owners = " ".join(w for part in parts[:-1] for w in part.split()
                      if fold(w).rstrip(".") not in _TITLE_WORDS)
    return f"{owners} {parts[-1].strip()}".strip()


def _served_out(words: list[str]) -> list[str]:
    """A role's words without whom or where it serves, from "to" up to the next "and": the
    "Assistant to the President of Azerbaijan and Head of ..." is no president, the "Ambassador
    to Ankara" no one of Ankara."""
    kept, serving = [], False
    for word in words:
        serving = word == "to" or serving and word != "and"
        if not serving:
            kept.append(word)
    return kept


def _ent_name(head: Token) -> Optional[str]:
    """The named entity that contains ``head``, without a leading "the", and with the
    capitalised words joined to it by "and" that the recogniser left out: "The Heart and
    Metabolism Trust", not "Metabolism Trust"; and the place or name it ends before where it
    ends in "of" or "for": "The Union of Airline Pilots of Portugal", not "... Pilots of"; and
    the proper nouns before it that qualify a word of it: "The Arizona Attorney General's
    Office", not "General's Office"."""
    ent = entity_at(head)
    if ent is None:
        return None
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < ent.end:
        start -= 1
    ent = doc[start:ent.end]
    if ent[-1].lower_ in ("of", "for"):
        end = ent.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        ent = doc[start:end]
    if start >= 2 and doc[start - 1].lower_ == "and":
        words = start - 1
        while words > 0 and doc[words - 1].ent_iob_ == "O" and doc[words - 1].is_title \
                and doc[words - 1].pos_ in ("PROPN", "NOUN"):
            words -= 1
        if words < start - 1:
            ent = doc[words:ent.end]
    return _strip_determiner(ent)


def _determiner(mention: Span) -> str:
    return mention[0].lower_ if mention[0].dep_ in ("det", "nummod", "amod", "predet") else ""


def _strip_determiner(mention: Span, quantifiers: bool = False) -> str:
    drop = {"det", "predet"} | ({"amod", "nummod"} if quantifiers else set())
    words = [t for t in mention if not (t.i == mention.start and t.dep_ in drop
                                        and (t.dep_ == "det" or t.lower_ in _INDEFINITE))]
    while words and _possessive_pronoun(words[0]):
        words = words[1:]
    opened = next((k for k, t in enumerate(words) if t.text in ("(", "[")), None)
    if opened and not any(t.text in (")", "]") for t in words[opened:]):
        words = words[:opened]   # (a bracket the recogniser ran on into: "Election Commission of
        # Pakistan (" of "... (ECP)", "Ministry of Commerce (MOFCOM" of "... (MOFCOM)")
    text = "".join(t.text_with_ws for t in words) if words else mention.text
    return re.sub(r" (['’]s|,|\.)\b", r"\1", text).strip(" ,")
