"""Paragraphs, headline, standfirst, dateline, byline and intertitles of plain-text articles."""
from pathlib import Path

import pytest

from quotegraph.structure import parse_article

SHARED = Path(__file__).resolve().parents[2] / "shared"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev" / "text"
TASS_EXAMPLE = SHARED / "examples" / "tass-2016-10-31-lavrov-aleppo.txt"

WIRE_STORY = """Minister says grain corridor talks will resume next week
The talks stalled in August over inspection rules for cargo ships, the minister said on Monday
ANKARA, March 14. /TASS/. Talks on reopening the grain corridor will resume in Istanbul next week, the Turkish foreign minister said on Monday.
"We expect all parties at the table," he told reporters. "Nobody gains from a blockade."
The previous round ended without a joint statement after six hours.
Ports ready to reload within days
Port officials in Odesa said the terminals could resume loading within 72 hours of a deal.
"The cranes are waiting," one official said.
"""


def text_of(article, para):
    return article.text[para.start:para.end]


def sections(article):
    return [(p.section, text_of(article, p)) for p in article.paragraphs]


def assert_nothing_dropped(article):
    covered = bytearray(len(article.text))
    spans = [(p.start, p.end) for p in article.paragraphs]
    spans += [(s.start, s.end) for s in (article.dateline, article.byline) if s is not None]
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    lost = [i for i, ch in enumerate(article.text) if not ch.isspace() and not covered[i]]
    assert not lost, f"{article.id}: text outside every part at offsets {lost[:10]}"


def test_wire_story_parts():
    art = parse_article(WIRE_STORY, "wire")
    assert art.headline == "Minister says grain corridor talks will resume next week"
    assert art.standfirst.startswith("The talks stalled in August")
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == (
        "ANKARA", "March 14", "TASS")
    assert WIRE_STORY[art.dateline.start:art.dateline.end] == "ANKARA, March 14. /TASS/."
    body = art.paragraphs[2]
    assert text_of(art, body).startswith("Talks on reopening")
    assert body.section == "body"
    assert [s for s, _ in sections(art)] == [
        "headline", "standfirst", "body", "body", "body", "intertitle", "body", "body"]
    assert_nothing_dropped(art)


def test_section_at_offsets():
    art = parse_article(WIRE_STORY)
    assert art.section_at(0) == "headline"
    assert art.section_at(WIRE_STORY.index("inspection rules")) == "standfirst"
    assert art.section_at(WIRE_STORY.index("Ports ready")) == "intertitle"
    assert art.section_at(WIRE_STORY.index("cranes")) == "body"
    assert art.section_at(art.dateline.start) == "body"  # the dateline is in no paragraph


@pytest.mark.parametrize("line, place, date, agency, span", [
    ("WASHINGTON (AP) — The Latest on the race:", "WASHINGTON", None, "AP", "WASHINGTON (AP) —"),
    ("LONDON (Reuters) - Britain's finance minister said.", "LONDON", None, "Reuters",
     "LONDON (Reuters) -"),
    ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — The candidate was escorted out.", "HEMPSTEAD, N.Y.",
     "Sept. 26", "UPI", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"),
    ("WASHINGTON ― The senator spoke for an hour.", "WASHINGTON", None, None, "WASHINGTON ―"),
    ("WASHINGTON -- The president spoke.", "WASHINGTON", None, None, "WASHINGTON --"),
    ("BEIJING, Nov. 3 (Xinhua) -- Officials met.", "BEIJING", "Nov. 3", "Xinhua",
     "BEIJING, Nov. 3 (Xinhua) --"),
    ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine", None, "AP", "KYIV, Ukraine (AP) —"),
    ("NEWPORT NEWS, Va. - A congressman said.", "NEWPORT NEWS, Va.", None, None,
     "NEWPORT NEWS, Va. -"),
    ("Damascus, SANA- The minister affirmed the position.", "Damascus", None, "SANA",
     "Damascus, SANA-"),
    ("Port Velland (AFP) - Dockers walked out.", "Port Velland", None, "AFP", "Port Velland (AFP) -"),
    # ANSA's order: the agency first
    ("(ANSA) - ROME, NOV 20 - The minister said work would begin.", "ROME", "NOV 20", "ANSA",
     "(ANSA) - ROME, NOV 20 -"),
    ("New York (AFP) – The senator spoke.", "New York", None, "AFP", "New York (AFP) –"),
    ("Tarsk, Kerevia - The opposition refused.", "Tarsk, Kerevia", None, None, "Tarsk, Kerevia -"),
    ("NEW DELHI: Voters turned out in record numbers.", "NEW DELHI", None, None, "NEW DELHI:"),
    # PTI's: no dash after the agency
    ("NEW DELHI, Mar 4 (PTI) The system will be installed.", "NEW DELHI", "Mar 4", "PTI",
     "NEW DELHI, Mar 4 (PTI)"),
    ("Guwahati, Aug 17 (IANS) Nearly 6.2 lakh people remain affected.", "Guwahati", "Aug 17", "IANS",
     "Guwahati, Aug 17 (IANS)"),
    # (or a colon: it was read as a speaker "NEW DELHI")
    ("NEW DELHI (PTI): The agency will hold the test again.", "NEW DELHI", None, "PTI", "NEW DELHI (PTI):"),
    # EFE's ".-", WAM's ordinal date
    ("Madrid, Feb 6 (EFE).- The government approved a package.", "Madrid", "Feb 6", "EFE",
     "Madrid, Feb 6 (EFE).-"),
    ("ABU DHABI, 12th November, 2024 (WAM) -- The minister opened the dialogue.", "ABU DHABI",
     "12th November, 2024", "WAM", "ABU DHABI, 12th November, 2024 (WAM) --"),
    # dpa's name in lower case
    ("Berlin (dpa) - The minister has warned of delays.", "Berlin", None, "dpa", "Berlin (dpa) -"),
    # (a place in title case with a letter outside ASCII: its name was a speaker)
    ("Göttingen (dpa) - Researchers have found resistant trees.", "Göttingen", None, "dpa", "Göttingen (dpa) -"),
    ("HAMBURG (dpa) - The shipyard will cut jobs.", "HAMBURG", None, "dpa", "HAMBURG (dpa) -"),
    # (a state's postal code: the dateline was read as the speaker's name, "WASHINGTON")
    ("WASHINGTON, DC — Rep. Colt Danner (R-AZ) told reporters.", "WASHINGTON, DC", None, None, "WASHINGTON, DC —"),
    # Bloomberg's agency alone (the deck above it was the lede); Kazinform's place and agency
    ("(Bloomberg) -- The central bank raised its rate.", None, None, "Bloomberg", "(Bloomberg) --"),
    ("ASTANA. KAZINFORM – Kazakhstan will compensate.", "ASTANA", None, "KAZINFORM", "ASTANA. KAZINFORM –"),
    ("ST. LOUIS — The city council voted.", "ST. LOUIS", None, None, "ST. LOUIS —"),
    # (a place in title case and a dash alone, News24's and BIRN's; Kyodo's agency after the
    # date, no brackets; an agency's hyphen: each place or agency was read as a speaker)
    ("Rustenburg – Mineral Resources Minister Lwazi Masondo warned.", "Rustenburg", None, None, "Rustenburg –"),
    ("TOKYO, July 8 Kyodo - Japan's negotiator spoke.", "TOKYO", "July 8", "Kyodo", "TOKYO, July 8 Kyodo -"),
    ("Bellinzona (Keystone-SDA) – The trial opened.", "Bellinzona", None, "Keystone-SDA", "Bellinzona (Keystone-SDA) –"),
    # (the agency after a comma and a colon, or after a date and a stop, or a month in
    # capitals: each agency was read as a speaker, "DHNS", "APA")
    ("Bengaluru, DHNS: The High Court restrained the corporation.", "Bengaluru", None, "DHNS",
     "Bengaluru, DHNS:"),
    ("Baku, March 19, APA. The bill will protect depositors.", "Baku", "March 19", "APA", "Baku, March 19, APA."),
    # (GNA's, its capitals and a spaced dash after the date: "Accra" was read as the speaker)
    ("Accra, May 14, GNA – The National Insurance Commission says insurers owe motorists.", "Accra", "May 14",
     "GNA", "Accra, May 14, GNA –"),
    ("YEREVAN, MAY 14, ARMENPRESS. Inflation will come back to target.", "YEREVAN", "MAY 14", "ARMENPRESS",
     "YEREVAN, MAY 14, ARMENPRESS."),
    # (The National's slashes: the place was read as the speaker, "ABU DHABI")
    ("ABU DHABI // The Minister told the council.", "ABU DHABI", None, None, "ABU DHABI //"),
    # (a place of four words in title case, VnExpress's; GhanaWeb's region in brackets: each
    # place was read as a speaker, "Ho Chi Minh City", "Tarkwa")
    ("Ho Chi Minh City — Tran Thi Bich Ngoc told the court.", "Ho Chi Minh City", None, None, "Ho Chi Minh City —"),
    ("Tarkwa (W/R), Oct. 14 — The Omanhene has accused the parties.", "Tarkwa", "Oct. 14", None,
     "Tarkwa (W/R), Oct. 14 —"),
    # (a hyphenated place in title case; APA's agency joined to the place, the country in
    # brackets: "Haiti" and "APA-Libreville" were read as speakers)
    ("Port-au-Prince, Haiti – The Haitian National Police said.", "Port-au-Prince, Haiti", None, None,
     "Port-au-Prince, Haiti –"),
    ("APA-Libreville (Gabon) – Gabon's public prosecutor asked the court.", "Libreville (Gabon)", None, "APA",
     "APA-Libreville (Gabon) –"),
    ("MELBOURNE, AAP — A suburban Melbourne councillor was charged.", "MELBOURNE", None, "AAP",
     "MELBOURNE, AAP —"),
])
def test_datelines(line, place, date, agency, span):
    text = f"A headline\n{line}\nA second body paragraph."
    art = parse_article(text)
    dl = art.dateline
    assert (dl.place, dl.date, dl.agency) == (place, date, agency)
    assert text[dl.start:dl.end] == span
    assert text_of(art, art.paragraphs[1]) == line[len(span):].strip()
    assert_nothing_dropped(art)


@pytest.mark.parametrize("line", [
    "US officials said the talks would go on.",
    "NATO said on Monday it would send more troops.",
    "FBI Director James Comey — no stranger to controversy — spoke.",
    "WASHINGTON-based groups sued the agency.",
    "Washington, DC - a place and its region are no agency.",
    "On Friday, Gingrich — never one to hold back — spoke.",
    "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called a charlatan.",
    "Hillary Clinton (D) - a party in brackets is no agency.",
    "UPDATE: The website took the listing down.",
    "Paris, NATO. The two were named together.",
    "Well-known critics – Tom Ridley among them – spoke.",
])
def test_non_datelines(line):
    assert parse_article(f"A headline\n{line}\nMore text.").dateline is None


@pytest.mark.parametrize("text", [
    "Debate night\nPENCE: Hillary Clinton will raise your taxes.\nKAINE: No, she will not.",
    "Talks stall\nHOLM: We have nothing more to say about the deal today."])
def test_a_transcript_speaker_is_no_dateline(text):
    assert parse_article(text).dateline is None


@pytest.mark.parametrize("text, place", [
    # (The Hindu's: a deck, then "PLACE:"; the dateline was read as a speaker "COIMBATORE")
    ("Water supply in 20 wards by March, says Mayor\n\nOpposition stages walkout, says promise has been "
     "repeated\n\nCOIMBATORE: Round-the-clock water supply will be available by March, Mayor S. Kalaiselvi "
     "said.\n\nThe council met on Friday.", "COIMBATORE"),
    # (CNA's: a standfirst of whole sentences, then "PLACE:")
    ("Dengue cases could hit 20,000 this year\n\nWeekly infections have more than doubled since April, with the "
     "agency saying a new strain is driving the surge.\n\nSINGAPORE: Singapore could record more than 20,000 "
     "dengue cases this year, the minister said.\n\nThe ministry will step up checks.", "SINGAPORE")])
def test_a_colon_dateline_after_a_deck_or_a_standfirst(text, place):
    assert parse_article(text).dateline.place == place


def test_dateline_only_in_first_paragraphs():
    text = "Headline\nOne.\nTwo.\nThree.\nPARIS (AFP) — Four."
    assert parse_article(text).dateline is None


@pytest.mark.parametrize("line", [
    "By John Smith",
    "By JOHN SMITH and Jane Doe, Associated Press",
    "By Maria de la Cruz",
    "Hannah Rourke, Health correspondent",
    "Ivo Marsh, Political Editor",
])
def test_byline(line):
    text = f"Council votes to close library\n{line}\n\nOSLO — The council voted.\nIt was close."
    art = parse_article(text)
    assert art.byline.text == line
    assert all(line not in text_of(art, p) for p in art.paragraphs)
    assert art.dateline.place == "OSLO"
    assert art.standfirst is None
    assert_nothing_dropped(art)


def test_dateline_alone_on_its_line_after_byline():
    text = "Strike ends\nBy Ann Lee\nOSLO, May 2 (Reuters) —\nWorkers go back today\nThe end.\nMore."
    art = parse_article(text)
    assert art.byline.text == "By Ann Lee"
    assert art.dateline.place == "OSLO" and art.dateline.date == "May 2"
    # The lead is the first body paragraph, so it is no intertitle despite its shape.
    assert sections(art)[:2] == [("headline", "Strike ends"), ("body", "Workers go back today")]
    assert_nothing_dropped(art)


@pytest.mark.parametrize("line", [
    "By the fall of 2010, the program had stalled.",
    "By contrast, the senator stayed home.",
    "By 2015, the market was in a deep slide.",
    "Ann Lee, a former reporter, said the paper had closed.",
])
def test_not_a_byline(line):
    art = parse_article(f"Headline\n{line}\nMore.")
    assert art.byline is None
    assert text_of(art, art.paragraphs[1]) == line


def test_intertitle_rules():
    text = "\n".join([
        "Headline of the story",
        "First body paragraph has no final stop",  # first body paragraph: never an intertitle
        "The mayor said the bridge would reopen.",
        "Bridge repairs run late",                  # intertitle
        "The repairs took two years.",
        "\u201cWe are sorry for the delay\u201d",   # quoted: not an intertitle
        "Engineers blamed the steel.",
        "What happens next:",                       # ends with a colon: not an intertitle
        "Costs stayed within budget.",
        "Item one of a list",                       # two short lines in a row: a list
        "Item two of a list",
        "A closing sentence.",
        "Last line without a stop",                 # last paragraph: never an intertitle
    ])
    art = parse_article(text)
    intertitles = [t for s, t in sections(art) if s == "intertitle"]
    assert intertitles == ["Bridge repairs run late"]


def test_long_unpunctuated_line_is_not_an_intertitle():
    long_line = " ".join(["word"] * 15)
    art = parse_article(f"Head\nFirst.\n{long_line}\nLast.")
    assert art.paragraphs[2].section == "body"


def test_standfirst_without_dateline():
    deck = "Council members split over how to pay for the new bridge"
    art = parse_article(f"Bridge vote delayed\n{deck}\nThe council met.\nIt adjourned.")
    assert art.standfirst == deck
    # A full sentence in second place is the lead, not a standfirst.
    art = parse_article("Bridge vote delayed\nThe council met on Monday night.\nIt adjourned.\nNo.")
    assert art.standfirst is None
    # Too short an article for a standfirst.
    assert parse_article(f"Bridge vote delayed\n{deck}\nThe council met.").standfirst is None


def test_abstract_label_marks_standfirst():
    text = ("Headline.\n\nABSTRACT.\n\nThe summary of the piece.\n\nFULL TEXT.\n\n"
            "The article begins here.\n\nIt ends here.\n")
    art = parse_article(text)
    assert art.standfirst == "The summary of the piece."
    assert [s for s, _ in sections(art)] == [
        "headline", "intertitle", "standfirst", "intertitle", "body", "body"]


def test_blank_lines_and_whitespace_are_outside_paragraphs():
    text = "  Headline.  \n\n\tFirst paragraph.\t\n   \nSecond paragraph.\n"
    art = parse_article(text)
    assert [t for _, t in sections(art)] == ["Headline.", "First paragraph.", "Second paragraph."]


def test_one_paragraph_is_all_body():
    art = parse_article("Just one line of text, with no headline.")
    assert [s for s, _ in sections(art)] == ["body"]
    assert art.headline is None and art.standfirst is None


def test_empty_text():
    art = parse_article("")
    assert art.paragraphs == [] and art.headline is None
    assert art.section_at(0) == "body"


def test_large_text_parses():
    paragraph = "The committee said it would publish its findings on Friday, officials said.\n"
    text = "Headline\n" + paragraph * 400_000  # about 30 MB
    art = parse_article(text)
    assert len(art.paragraphs) == 400_001


@pytest.mark.skipif(not TASS_EXAMPLE.exists(), reason="shared examples not available")
def test_tass_example():
    text = TASS_EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    art = parse_article(text, "tass")
    assert art.headline == lines[0]
    assert art.standfirst == lines[1]
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == (
        "MOSCOW", "October 31", "TASS")
    intertitle = "Gunmen unwilling to leave Aleppo will be considered accomplices of terrorists"
    assert [t for s, t in sections(art) if s == "intertitle"] == [intertitle]
    assert_nothing_dropped(art)


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR dev texts not available")
def test_polnear_dev_texts_lose_nothing():
    files = sorted(POLNEAR_DEV.glob("*.txt"))
    assert files
    for path in files:
        art = parse_article(path.read_text(encoding="utf-8"), path.stem)
        assert art.headline
        assert_nothing_dropped(art)


def test_a_line_longer_than_the_limit_is_cut_at_sentence_ends_outside_quotes():
    from quotegraph.structure.article import MAX_PARAGRAPH_CHARS

    sentence = 'The council met again on Tuesday and the mayor said "the budget holds. It will pass." '
    text = (sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))).strip()
    article = parse_article(text)
    pieces = [text_of(article, p) for p in article.paragraphs]
    assert len(pieces) >= 3
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in pieces)
    # Each piece ends a sentence outside the quotation ("pass." closes it, "holds." does not).
    assert all(p.endswith('pass."') and p.startswith("The council") for p in pieces)
    assert {p.section for p in article.paragraphs} == {"body"}
    assert_nothing_dropped(article)


def test_a_long_line_without_sentence_ends_is_cut_between_words_or_at_the_limit():
    from quotegraph.structure.article import MAX_PARAGRAPH_CHARS

    words = parse_article(" ".join(["harbour"] * MAX_PARAGRAPH_CHARS))
    assert all(text_of(words, p).startswith("harbour") and text_of(words, p).endswith("harbour")
               for p in words.paragraphs)
    unbroken = parse_article("x" * (2 * MAX_PARAGRAPH_CHARS + 5))
    assert [(p.start, p.end) for p in unbroken.paragraphs] == [
        (0, MAX_PARAGRAPH_CHARS), (MAX_PARAGRAPH_CHARS, 2 * MAX_PARAGRAPH_CHARS),
        (2 * MAX_PARAGRAPH_CHARS, 2 * MAX_PARAGRAPH_CHARS + 5)]
    for article in (words, unbroken):
        assert_nothing_dropped(article)


def test_a_heading_run_into_its_paragraph_is_an_intertitle_of_its_own():
    # (Axios's "Why it matters:", "The intrigue:": the reporter's heading, not a speaker)
    art = parse_article("Denver weighs right-on-red ban\n\nDENVER — A council member wants to ban right turns "
                        "on red.\n\nWhy it matters: Pedestrian deaths rose.\n\nThe intrigue: Pryor, who voted "
                        "against it, said he is undecided.\n\nThe bottom line is that no vote is set.")
    assert [(p.section, text_of(art, p)) for p in art.paragraphs[2:]] == [
        ("intertitle", "Why it matters:"), ("body", "Pedestrian deaths rose."), ("intertitle", "The intrigue:"),
        ("body", "Pryor, who voted against it, said he is undecided."),
        ("body", "The bottom line is that no vote is set.")]
    assert_nothing_dropped(art)
