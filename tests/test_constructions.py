"""One or two hand-written sentences per construction, each checked end to end."""

import pytest

from quotegraph import Extractor, Settings
from tests.conftest import probe_article

HEADLINE = "Talks in Geneva stall\n"


def only(result, **expected):
    """The single attribution of ``result``, checked against ``expected`` fields."""
    assert len(result.attributions) == 1, [a.content.text for a in result.attributions]
    a = result.attributions[0]
    for key, value in expected.items():
        got = {"content": a.content.text, "cue": a.cue and a.cue.text,
               "source": a.source and a.source.text}.get(key, getattr(a, key, None))
        assert got == value, (key, got)
    return a


def test_direct_quote_cue_after(extractor):
    r = extractor.extract(HEADLINE + '"We will not sign this deal," Foreign Minister Anna Berg said.')
    only(r, kind="direct", content='"We will not sign this deal,"', cue="said",
         source="Foreign Minister Anna Berg", speaker="Anna Berg")
    assert r.speakers[0].roles == ["Foreign Minister"]


def test_curly_marks_and_multi_sentence_quote(extractor):
    r = extractor.extract(HEADLINE + "“The talks failed. Nobody came to the table,” Berg told reporters.")
    only(r, kind="direct", content="“The talks failed. Nobody came to the table,”", cue="told")


def test_doubled_apostrophe_marks(extractor):
    r = extractor.extract(HEADLINE + "Not paying the levy ''makes us stronger than ever before,'' Karl Holm said.")
    a = only(r, speaker="Karl Holm")
    assert "''makes us stronger than ever before,''" in a.content.text


def test_colon_lead_in_quote(extractor):
    r = extractor.extract(HEADLINE + 'Karl Holm said: "We are ready to talk to anyone at any time."')
    only(r, kind="direct", content='"We are ready to talk to anyone at any time."', speaker="Karl Holm")


def test_indirect_that_clause(extractor):
    r = extractor.extract(HEADLINE + "Karl Holm said that the negotiations would resume next week.")
    only(r, kind="indirect", content="that the negotiations would resume next week", cue="said",
         source="Karl Holm")


def test_indirect_cue_after(extractor):
    r = extractor.extract(HEADLINE + "The negotiations will resume next week, Karl Holm said.")
    only(r, kind="indirect", content="The negotiations will resume next week", cue="said")


def test_according_to(extractor):
    r = extractor.extract(HEADLINE + "According to Karl Holm, the negotiations will resume next week.")
    only(r, kind="indirect", cue="According to", source="Karl Holm",
         content="the negotiations will resume next week")


def test_a_report_held_by_according_to_keeps_its_own_speaker():
    # PolNeAR's annotators give "according to Y" all of "X said C" (accurate mode does too);
    # X's report inside it stays, so that C and the "He said" after it have X for a speaker
    # (both went to the assessment and to the chief minister named before).
    r = Extractor().extract(
        "Relief for delta farmers\n\nChief Minister Arun Pillai on Monday announced a relief "
        "package for farmers.\n\nAgriculture Minister Ravi Kannan said about 1.6 lakh hectares "
        "had been affected, according to a preliminary assessment. He said the State would also "
        "ask for central funds.")
    by_content = {a.content.text: (a.source.text, a.speaker) for a in r.attributions}
    assert by_content["about 1.6 lakh hectares had been affected"] == (
        "Agriculture Minister Ravi Kannan", "Ravi Kannan")
    assert by_content["Agriculture Minister Ravi Kannan said about 1.6 lakh hectares had been"
                      " affected"][0] == "a preliminary assessment"
    assert by_content["the State would also ask for central funds"] == ("He", "Ravi Kannan")


def test_a_report_held_by_a_sign_off_keeps_its_own_speaker():
    # "X told Z that C, the statement added": the statement's content is all of "X told Z
    # that C" and X's report inside it stays, so that C has X for a speaker (it went to the
    # ministry whose statement reports it).
    r = Extractor().extract(
        "Ministers agree to expand grain corridor\n\nASTANA, May 4. /TASS/. The foreign ministers of "
        "Kazakhstan and Georgia agreed on Thursday to expand their grain corridor, the Kazakh Foreign "
        "Ministry said in a statement.\n\nAt the meeting, Foreign Minister Aigerim Tulegenova told her "
        "Georgian counterpart that Kazakh exporters were ready to ship wheat through the port of Poti, "
        "the statement added.")
    [inner] = [a for a in r.attributions if a.content.text.startswith("that Kazakh exporters were ready")]
    assert (inner.cue.text, inner.speaker) == ("told", "Aigerim Tulegenova")


def test_a_report_inside_a_report_that_quotes_its_speaker_keeps_its_own_speaker():
    # The quoted words are the captain's: his report stays inside the coach's (accurate mode
    # kept only the coach's, so the quote went to the coach); so is one with no quoted words,
    # made before the coach's, in the past perfect (PolNeAR's annotators mark only the outer
    # report; the probe rounds list the referee's words as his, and one more on PolNeAR dev
    # moved its attribution precision by 0.1 point).
    r = Extractor().extract(
        "Harlow edge Dunmore\n\nHarlow coach Dean Mercer said his captain Tom Lyle had told him "
        'that the game would be won "in the last 20 minutes".\n\nMercer said the referee had told '
        "him that the pitch was fit to play.")
    by_content = {a.content.text: (a.cue.text, a.speaker, a.parent_id) for a in r.attributions}
    outer = next(a.id for a in r.attributions if a.content.text.startswith("his captain Tom Lyle"))
    assert by_content['that the game would be won "in the last 20 minutes"'] == ("told", "Tom Lyle", outer)
    mercer = next(a.id for a in r.attributions if a.content.text.startswith("the referee"))
    assert by_content["that the pitch was fit to play"] == ("told", "referee", mercer)


def test_mixed_quote(extractor):
    r = extractor.extract(HEADLINE + 'Karl Holm noted that "a serious conversation continues" in Geneva.')
    a = only(r, kind="mixed", cue="noted")
    assert '"a serious conversation continues"' in a.content.text


def test_headline_says(extractor):
    r = extractor.extract("Holm says talks will resume next week\nKarl Holm, the mediator, spoke in Geneva.")
    only(r, section="headline", cue="says", speaker="Karl Holm",
         content="talks will resume next week")


def test_headline_colon(extractor):
    r = extractor.extract("Pence: Flowers won't be at debate\nMike Pence spoke to reporters on Sunday.")
    only(r, section="headline", speaker="Mike Pence", content="Flowers won't be at debate")


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_a_headline_quote_in_single_marks_the_body_repeats(extractor, fast_extractor, mode):
    ex = extractor if mode == "accurate" else fast_extractor
    r = ex.extract("‘We were left in the dark’: passengers stranded for nine hours\n\n“We were left completely "
                   "in the dark,” said Nadia Fenwick, who was travelling home with her children.")
    headline = [a for a in r.attributions if a.section == "headline"]
    assert [(a.content.text, a.cue, a.speaker, a.resolution) for a in headline] == [
        ("‘We were left in the dark’", None, "Nadia Fenwick", "inherited")]


def test_a_headline_title_in_single_marks_the_body_does_not_repeat_is_no_quote(extractor):
    r = extractor.extract("Film ‘The Quiet Harbour Returns’ opens festival\n\nThe festival opened on Friday with a "
                          "new drama. “It is a quiet film,” said director Tobias Wren.")
    assert [a.section for a in r.attributions] == ["body"]


def test_transcript_colon(extractor):
    r = extractor.extract(HEADLINE + "HOLM: We have nothing more to say about the deal today.")
    only(r, kind="direct", content="We have nothing more to say about the deal today.")


def test_quoted_transcript_lines(extractor):
    r = extractor.extract(HEADLINE + '"LIND: Will the minister be there?\n\n"HOLM: He will not be attending the talks, as far as I know."')
    assert [(a.source.text, a.speaker) for a in r.attributions] == [("LIND", "LIND"), ("HOLM", "HOLM")]
    assert r.attributions[1].content.text.startswith("He will not be attending")


def test_dash_sign_off(extractor):
    r = extractor.extract(HEADLINE + '"Every vote in this commission matters to me." -Commissioner Geoffrey Stark')
    only(r, kind="direct", speaker="Geoffrey Stark")


def test_lead_in_paragraph_ending_in_colon(extractor):
    r = extractor.extract(HEADLINE + "Karl Holm chairs the committee.\nAnd from the chairwoman, Eva Lind, came this:\n"
                          '"We will not be rushed into a bad agreement by anyone."')
    a = next(a for a in r.attributions if "bad agreement" in a.content.text)
    assert a.kind == "direct" and a.source is not None


def test_a_quote_after_what_one_did_when_asked_is_their_answer(extractor):
    # the paragraph before quotes nothing: its "Asked ..." sentence's subject answers
    r = extractor.extract(HEADLINE + '"The vote is lost," Eva Lind said.\n'
                          "Asked whether he would resign, Karl Holm paused for a long time.\n"
                          '"Not today. There is still work to do in this committee."')
    a = next(a for a in r.attributions if "Not today" in a.content.text)
    assert a.cue is None and a.source.text == "Karl Holm" and a.speaker == "Karl Holm"
    # in the same paragraph, a description too
    r = extractor.extract(HEADLINE + "Karl Holm chairs the committee of the assembly.\n"
                          "Asked whether the deadline was realistic, the veteran diplomat laughed. "
                          '"Deadlines here are like the weather. Everyone complains about them."')
    a = next(a for a in r.attributions if "Deadlines" in a.content.text)
    assert a.source.text == "the veteran diplomat"


def test_multi_paragraph_quote(extractor):
    r = extractor.extract(HEADLINE + 'Karl Holm said: "The first round went badly for everyone involved.\n'
                          '"The second round will be better, I promise you that."')
    a = only(r, kind="direct", speaker="Karl Holm")
    assert len(a.content.spans) == 2


def test_cueless_quote_takes_previous_speaker(extractor):
    r = extractor.extract(HEADLINE + '"The first round went badly for everyone," Karl Holm said.\n'
                          '"The second round will be better, I promise you that."')
    assert [a.speaker for a in r.attributions] == ["Karl Holm", "Karl Holm"]
    assert r.attributions[1].cue is None


def test_scare_quotes_and_titles_are_not_attributions(extractor):
    r = extractor.extract(HEADLINE + 'The so-called "moderate" opposition watched "Fox News Sunday" again.')
    assert r.attributions == []


def test_unbalanced_marks_degrade(extractor):
    r = extractor.extract(HEADLINE + 'He arrived at noon with "papers.\n"We will win this vote," Karl Holm said.')
    assert [a.speaker for a in r.attributions if "win this vote" in a.content.text] == ["Karl Holm"]


def test_pronoun_and_role_description(extractor):
    r = extractor.extract(HEADLINE + "Foreign Minister Anna Berg arrived on Monday.\n"
                          "She said the talks had failed.\nThe minister added that a new round was planned.")
    assert [a.speaker for a in r.attributions] == ["Anna Berg", "Anna Berg"]


def test_relative_pronoun_source_is_the_noun_its_clause_is_about(extractor):
    r = extractor.extract(HEADLINE + "The talks were led by Marc Morial, who told reporters that the "
                          "police had failed.")
    # PolNeAR marks "who" as the source; the speaker is the person it stands for.
    only(r, source="who", speaker="Marc Morial", content="that the police had failed")


def test_relative_which_source_is_the_noun_its_clause_is_about(extractor):
    text = HEADLINE + "The report, which warned that the port would close, was published on Tuesday."
    only(extractor.extract(text), source="which", speaker="report", content="that the port would close")
    rules = Extractor(Settings(mode="rules"), nlp=extractor.nlp).extract(text)
    only(rules, source="The report", speaker="report", content="that the port would close")


def test_organisation_group_and_anonymous_sources(extractor):
    r = extractor.extract(HEADLINE + "The Kremlin said the talks had failed.\n"
                          "A source close to the talks said the deal was dead.\n"
                          "Western partners claim that the deal can still be saved.")
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds["Kremlin"] == "organization"
    assert any(k == "unnamed" for k in kinds.values())
    assert kinds.get("Western partners") == "group"


def test_no_speaker_is_guessed(extractor):
    r = extractor.extract(HEADLINE + '"Nobody is coming back to the table this year."')
    only(r, kind="direct", speaker=None)


def test_dateline_and_byline_are_never_speakers(extractor):
    r = extractor.extract("Talks stall\nBy Mia Kovacs\nGENEVA (Reuters) - Karl Holm said the talks stalled.")
    assert [s.name for s in r.speakers] == ["Karl Holm"]
    assert r.dateline.agency == "Reuters"


def test_headline_role_resolves_to_the_person_named_later(extractor):
    r = extractor.extract("Kenyan minister says aid will reach the north\n"
                          "Agriculture Minister Joseph Kariuki Mwangi said the convoys would leave on Friday.")
    assert [a.speaker for a in r.attributions] == ["Joseph Kariuki Mwangi"] * 2


def test_capitalised_headline_role_is_no_name(extractor):
    r = extractor.extract("Mayor says harbour plan will pass\nMayor Lisa Park said the plan was good for the city.")
    assert [s.name for s in r.speakers] == ["Lisa Park"]
    assert [a.speaker for a in r.attributions] == ["Lisa Park"] * 2


def test_role_noun_before_a_misread_name(extractor):
    r = extractor.extract(HEADLINE + "Opposition lawmaker Grace Atieno Wekesa said the warnings were ignored.\n"
                          '"They were told in October and they did nothing," she said.')
    assert [a.speaker for a in r.attributions] == ["Grace Atieno Wekesa"] * 2
    assert r.speakers[0].kind == "person" and r.speakers[0].roles == ["Opposition lawmaker"]


def test_double_surname_cut_to_its_first_part(extractor):
    r = extractor.extract(HEADLINE + "The vote was unanimous, according to union secretary Ramiro Fuentes Olea.\n"
                          '"Nobody asked the people who load the ships," Fuentes said.')
    assert {a.speaker for a in r.attributions} == {"Ramiro Fuentes Olea"}


def test_horizontal_bar_sign_off(extractor):
    r = extractor.extract(HEADLINE + "“He cannot answer a question without scaring people first.” ― Ana Lind")
    only(r, kind="direct", source="Ana Lind", speaker="Ana Lind")


def test_title_of_address_is_no_role(extractor):
    r = extractor.extract(HEADLINE + "Mr. Karl Holm said the talks had failed.")
    only(r, speaker="Karl Holm")
    assert r.speakers[0].roles == []


def test_content_takes_whole_quoted_phrase(extractor):
    r = extractor.extract(HEADLINE + "Karl Holm told reporters that the levy is “peanuts,” compared to the fines.")
    a = only(r, kind="mixed", cue="told")
    assert a.content.text.startswith("that the levy is “peanuts,”"), a.content.text


def test_object_with_its_complement(extractor):
    r = extractor.extract(HEADLINE + "Former Governor Ann Lee called the treaty “a disgrace.”")
    only(r, kind="mixed", content="the treaty “a disgrace.”", cue="called", speaker="Ann Lee")
    r = extractor.extract(HEADLINE + "Karl Holm described the deal as a disaster for farmers.")
    only(r, content="the deal as a disaster for farmers", cue="described")


def test_quote_split_mid_sentence_is_one_attribution(extractor):
    r = extractor.extract(HEADLINE + '"Every time you say that," Tester said, "you give ammunition to our rivals."')
    a = only(r, kind="direct", cue="said", source="Tester")
    assert [r.text[s:e] for s, e in a.content.spans] == ['"Every time you say that,"',
                                                         '"you give ammunition to our rivals."']


def test_quote_resumed_after_a_long_cue_clause(extractor):
    r = extractor.extract(HEADLINE + '"The deal is dead," said Karl Holm, a lawyer at Holm & Lind, who represents '
                          'the fishing families of the northern coast in the case. "Nobody will revive it."')
    a = only(r, kind="direct", cue="said", speaker="Karl Holm")
    assert len(a.content.spans) == 2


def test_title_closing_a_sentence_does_not_take_the_next_cue(extractor):
    r = extractor.extract(HEADLINE + "He appeared on “Morning Talk Live.” Karl Holm said the talks were over.")
    assert [(a.cue.text, a.speaker) for a in r.attributions if a.cue.text == "said"] == [("said", "Karl Holm")]
    assert all(a.content.text != "“Morning Talk Live.”" or a.cue.text != "said" for a in r.attributions)


def test_speech_verb_without_a_clause_after_it_reports_nothing(extractor):
    r = extractor.extract(HEADLINE + "Fisheries ministers argued late into the night on Monday.")
    assert r.attributions == []


def test_candidate_index_finds_what_a_scan_finds():
    import random

    from quotegraph.attributions import Candidate, CandidateIndex
    from quotegraph.attributions.registry import CUE_FRAME

    rng = random.Random(7)
    candidates = []
    for _ in range(300):
        start = rng.randrange(0, 5000)
        spans = [(start, start + rng.randrange(1, 400))]
        if rng.random() < 0.2:   # a split quote: a second fragment further on
            spans.append((spans[0][1] + 20, spans[0][1] + 20 + rng.randrange(1, 100)))
        candidates.append(Candidate("indirect", spans, 0, 0.5, CUE_FRAME))
    index = CandidateIndex(candidates)
    for _ in range(300):
        lo = rng.randrange(0, 5600)
        hi = lo + rng.randrange(1, 300)
        assert {id(c) for c in index.overlapping(lo, hi)} == \
            {id(c) for c in candidates if c.start < hi and lo < c.end}
        assert {id(c) for c in index.holding(lo, hi)} == \
            {id(c) for c in candidates if c.start <= lo and hi <= c.end}


def test_a_quote_in_the_next_paragraph_is_read_once(extractor):
    """Issue 14, wire copy: the tagger joined a cue-less quote in the next paragraph to the
    quote before it, and the rules read it again as a quote of its own: one quote, two
    attributions. The closing mark serves as the opening one here (”We won,”)."""
    r = extractor.extract(HEADLINE + '”We won because we never stopped running,” coach Ana Silva said '
                          'after the match.\n”It was the hardest game of my life.”')
    fragments = [span for a in r.attributions for span in a.content.spans]
    assert len(fragments) == len(set(fragments)) == 2
    assert [(a.kind, a.speaker) for a in r.attributions] == [("direct", "Ana Silva")] * 2
    assert r.attributions[1].cue is None and r.attributions[1].content.text.startswith("”It was")


def test_the_headline_is_not_part_of_a_report_below_it(extractor):
    """Issue 14: the tagger read the headline into the content of the first sentence's
    report (``Oil output steady`` + ``Al-Naimi said output would stay steady, SANA reported``)."""
    text = ("Oil output steady\nOil Minister Ali Ibrahim Al-Naimi said output would stay steady, "
            "SANA reported.")
    r = extractor.extract(text)
    assert r.attributions and all(a.content.start > text.index("\n") for a in r.attributions)


def _with_tagged(extractor, text, cue, contents, source=None):
    """What ``find_attributions`` finds in ``text`` where the tagger read one attribution of
    ``cue`` and ``contents`` (the first occurrence of each) and linked it to ``source`` (the
    first occurrence; None: no source): every candidate, and the one of that cue."""
    from quotegraph.attributions import find_attributions
    from quotegraph.attributions.tagger import Tagged
    from quotegraph.structure import parse_article

    article = parse_article(text)
    docs = list(extractor.nlp.pipe([text[p.start:p.end] for p in article.paragraphs]))
    at = text.index(cue)
    linked = (text.index(source), text.index(source) + len(source)) if source else None
    paragraph = max(i for i, p in enumerate(article.paragraphs) if p.start <= at)
    tagged = Tagged(content=[(text.index(c), text.index(c) + len(c)) for c in contents], cue=(at, at + len(cue)),
                    source=linked, paragraph=paragraph, content_probability=0.9, cue_probability=0.9,
                    link_probability=0.9, source_probability=0.9, confidence=0.9)
    found = find_attributions(article, docs, extractor.lexicon, [tagged])
    [c] = [c for c in found if c.cue == tagged.cue]
    return found, c


def _tagged_source(extractor, text, cue, content, source=None):
    """The source of one tagger attribution of ``cue`` and ``content`` (see :func:`_with_tagged`)."""
    _, c = _with_tagged(extractor, text, cue, [content], source)
    return c.source and text[slice(*c.source)]


def test_a_tagged_cue_without_source_takes_the_subject_it_shares(extractor):
    """Issue 13: the tagger linked no source to a second verb of one subject; the parse has it."""
    text = (HEADLINE + "Prime Minister Theresa May said the vote would be held in March and suggested "
            "that the country would leave the single market.")
    assert _tagged_source(extractor, text, "suggested",
                                  "that the country would leave the single market") == "Prime Minister Theresa May"


def test_the_one_a_letter_is_sent_to_is_not_its_source(extractor):
    """Issue 13: the tagger gave "opposing" the senators' addressees (a PolNeAR dev article),
    whom the "they wrote" after it then took up."""
    text = (HEADLINE + "Senators Grassley and Leahy criticised the program. They sent a letter on Thursday "
            "to Senate leaders opposing reauthorization of the program without an overhaul.")
    assert _tagged_source(extractor, text, "opposing", "reauthorization of the program", "Senate") is None
    assert _tagged_source(extractor, HEADLINE + "According to Senate leaders, the vote was delayed.",
                          "According to", "the vote was delayed", "Senate leaders") == "Senate leaders"


@pytest.mark.parametrize("text, cue, source, expected", [
    # the owner of the name's role: a chain of compounds up to the name
    ("BBMP counsel K. R. Srinivasa Murthy submitted that the civic body had repaired the roads.",
     "submitted", "BBMP", "BBMP counsel K. R. Srinivasa Murthy"),
    # a phrase of place set before the subject, with a place in apposition to it
    ("In Lemuria's capital, Vesna, the government spokeswoman, Mira Dobrev, said that the civic body "
     "had repaired the roads.", "said", "Lemuria's capital, Vesna, the government spokeswoman, Mira Dobrev,",
     "Mira Dobrev,"),
    # the agency of the dateline: the parse's subject instead
    ("(ANSA) - ROME, NOV 20 - Infrastructure Minister Massimo Cerretani on Wednesday praised the "
     "plan and said that the civic body had repaired the roads.", "said", "ANSA",
     "Infrastructure Minister Massimo Cerretani")])
def test_a_tagged_source_becomes_the_speakers_mention(extractor, text, cue, source, expected):
    """Issue 13, wire copy: sources the tagger cut short, ran on or took from the dateline
    (written articles where the speaker was "BBMP", "Vesna" and "ANSA")."""
    assert _tagged_source(extractor, HEADLINE + text, cue, "that the civic body had repaired the roads",
                          source) == expected


def test_a_content_in_a_run_in_head_in_capitals_ends_with_the_capitals(extractor):
    """Issue 13: the tagger ran the content of a run-in head on into the writer's sentence
    after the dash (a PolNeAR dev article), which then hid "Oz" from the "he" after it."""
    text = (HEADLINE + "CONGRESS HAS INVESTIGATED HIM — Oz's dubious medical advice earned him the "
            "attention of Congress, where he appeared at a 2014 Senate hearing.")
    _, c = _with_tagged(extractor, text, "HAS INVESTIGATED", ["HIM — Oz's dubious medical advice"], "CONGRESS")
    assert [text[s:e] for s, e in c.spans] == ["HIM"]


@pytest.mark.parametrize("text, source, expected", [
    ("Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was "
     "\"resolutely opposed\" to the test.", "Pyongyang", "Even China"),
    ("Russia, a close ally of Damascus, said it was \"resolutely opposed\" to the test.", "Damascus", "Russia"),
    ("The ministry's spokesman, John Smith, said it was \"resolutely opposed\" to the test.",
     "John Smith", "John Smith")])
def test_a_name_inside_an_apposition_to_the_subject_is_not_its_source(extractor, text, source, expected):
    """Issue 13: the tagger linked the cue to a name inside the subject's apposition (a PolNeAR
    dev article: "Pyongyang" for China's "said"); the apposition's own head stays."""
    assert _tagged_source(extractor, HEADLINE + text, "said", "it was", source) == expected


def test_the_subject_of_a_passive_cue_is_not_its_source(extractor):
    """Issue 13: who was accused is what the report is about, not who speaks."""
    text = HEADLINE + "The former mayor was accused of fraud in a lawsuit filed on Monday."
    assert _tagged_source(extractor, text, "was accused", "of fraud") is None


def test_a_tagged_source_in_another_sentence_than_its_cue_is_not_taken(extractor):
    # The tagger links "said" to the agency of the next sentence's "according to".
    text = ('Iran says it will keep enriching uranium\n\n'
            "TEHRAN, Iran (AP) — Iran will not halt uranium enrichment, the country's foreign "
            'minister said Sunday, rejecting a demand from European powers.\n\n'
            'Mohammad Javad Zarif told state television that enrichment was Iran\'s "inalienable '
            'right." The top diplomat added that Tehran remained open to talks.\n\n'
            'The remarks came a day after French President Emmanuel Macron said Iran must return '
            'to its commitments. "Time is running out," Macron told reporters in Paris, according'
            ' to the French news agency AFP.\n\n'
            'An Iranian lawmaker, Ali Motahari, said parliament would back the government. "We '
            'stand united," he said.\n\n'
            "U.S. Secretary of State Mike Pompeo, speaking in Washington, called Iran's position "
            '"unacceptable" and said the United States would keep up its pressure campaign. '
            "Pompeo's spokeswoman, Morgan Ortagus, later said the door to diplomacy remained "
            'open.\n')
    result = extractor.extract(text)
    [said] = [a for a in result.attributions if a.cue.text == "said" and "commitments" in a.content.text]
    assert said.speaker == "Emmanuel Macron"


def test_a_cueless_quote_continues_the_quote_before_it_not_a_report_after_it(extractor):
    r = extractor.extract(HEADLINE + '"They come in waves," said Serhii, a 31-year-old drone unit commander. '
                          'In line with military rules, the Kyiv Independent is identifying soldiers only by '
                          'their first names.\n"We stop one group, and an hour later there is another one."')
    assert [a.speaker for a in r.attributions if "We stop one group" in a.content.text] == ["Serhii"]


def test_a_tagged_source_cut_short_takes_the_whole_mention(extractor):
    """The tagger linked the title alone ("Ms") or the determiner of the cue's subject ("The") to
    the cue; the source is the name or the noun phrase it begins."""
    text = HEADLINE + "On Sunday, Ms. Fitzgerald said the town would build 200 homes."
    assert _tagged_source(extractor, text, "said", "the town would build 200 homes", "Ms") == "Ms. Fitzgerald"
    text = HEADLINE + "The government in Madrid has announced 200 million euros in emergency aid for farmers."
    assert _tagged_source(extractor, text, "has announced", "200 million euros in emergency aid for farmers",
                          "The") == "The government"


def test_a_quote_paragraph_the_tagger_joined_to_the_next_report_is_a_cueless_quote(extractor):
    text = ('Budget deficit grows\n"We could have balanced the books tomorrow," Mr Kallis said.\n'
            '"Every dollar in this budget has a purpose."\nOpposition Leader Deborah Finnerty said the '
            'budget showed the government had lost control.')
    found, c = _with_tagged(extractor, text, "said the", ['"Every dollar in this budget has a purpose."',
                                                            "the budget showed the government had lost control"],
                            "Opposition Leader Deborah Finnerty")
    assert text[slice(*c.spans[0])] == "the budget showed the government had lost control"
    [quote] = [q for q in found if text[q.start:q.end].startswith('"Every dollar')]
    assert quote.cue is None and text[slice(*quote.source)] == "Mr Kallis"


def test_a_quote_run_on_into_the_paragraph_of_its_cue_keeps_both_halves(extractor):
    """PolNeAR's way: '"..." // "...," he said.' is one attribution across two paragraphs."""
    text = ('Candidate launches bid\n"I am a proven champion for our state."\n"I will take that '
            'strength to Washington," Maria Espinoza said.')
    _, c = _with_tagged(extractor, text, "said", ['"I am a proven champion for our state."',
                                                  '"I will take that strength to Washington,"'], "Maria Espinoza")
    assert len(c.spans) == 2


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_a_quote_over_two_paragraphs_takes_the_cue_that_closes_it(mode, extractor, fast_extractor):
    r = (extractor if mode == "accurate" else fast_extractor).extract(
        HEADLINE + 'Lavrentyev also addressed the issue of sanctions. "The restrictions on the bank have '
        'not been lifted. Insurance for our ships is still a problem.\n"We are told to be patient. We have '
        'been patient for almost a year," he said.')
    [a] = [a for a in r.attributions if "restrictions" in a.content.text or "patient" in a.content.text]
    assert (a.kind, len(a.content.spans), a.cue.text, a.source.text, a.speaker) == \
        ("direct", 2, "said", "he", "Lavrentyev")


def test_a_stray_straight_mark_before_a_curly_quote_takes_no_cue(extractor):
    """Scraped copy opens paragraphs with a stray straight mark: no quote runs on from it."""
    r = extractor.extract(HEADLINE + '"Kevin was snoring.\n“Here he is, babe,” she said. “Donald’s here.”')
    assert not any("snoring" in a.content.text and a.cue for a in r.attributions)


@pytest.mark.parametrize("text, content, source, speaker", [
    ("China ready to deepen cooperation with ASEAN on digital economy: FM spokesperson\nBEIJING, June 12 "
     "(Xinhua) -- China is ready to deepen cooperation, Chinese Foreign Ministry spokesperson Wang Lixin said "
     "on Wednesday.", "China ready to deepen cooperation with ASEAN on digital economy", "FM spokesperson",
     "Wang Lixin"),
    ("Saudi Arabia, Russia weigh deeper oil output cuts - sources\nDUBAI, Nov 20 (Reuters) - OPEC+ members "
     "are discussing further cuts, two sources familiar with the matter said on Monday.",
     "Saudi Arabia, Russia weigh deeper oil output cuts", "sources", "sources"),
    ("Duma to consider courier bill in November — lawmaker\nMOSCOW, October 14. /TASS/. The State Duma "
     "will consider the bill in November, Deputy Chairman of the Duma Committee on Labour Viktor Semenchuk "
     "told TASS.", "Duma to consider courier bill in November", "lawmaker", "Viktor Semenchuk")])
def test_a_headline_that_ends_in_an_unnamed_speaker(extractor, text, content, source, speaker):
    [a] = [a for a in extractor.extract(text).attributions if a.section == "headline"]
    assert (a.kind, a.content.text, a.source.text, a.speaker) == ("indirect", content, source, speaker)


def test_a_quote_paragraph_the_tagger_joined_to_a_later_quote_of_another_is_its_own(extractor):
    text = ('Council approves towers\nCouncil Member Rosa Delgado said she had changed her mind twice.\n'
            '"I don\'t think anyone got everything they wanted tonight."\nNot everyone agreed. "The fix was in '
            'before we walked through the door," said Tom Baranski.')
    found, c = _with_tagged(extractor, text, "said Tom", ['"I don\'t think anyone got everything they wanted '
                                                           'tonight."', '"The fix was in before we walked '
                                                           'through the door,"'], "Tom Baranski")
    assert len(c.spans) == 1 and text[slice(*c.spans[0])].startswith('"The fix')


def test_an_interviews_answers_are_the_interviewees(extractor):
    r = extractor.extract("'The Gulf will be too hot to work outdoors'\nDr Nasrin al-Farsi is a climate scientist "
                          "in Muscat. She spoke to us about heat stress.\nQ: How confident are you?\nA: Very "
                          "confident, unfortunately. All twelve models agree.\nQ: Have governments responded?\n"
                          "A: Some have. I understand there are economic pressures.")
    # (cue and source as PolNeAR annotates them: the colon and the "A")
    answers = [a for a in r.attributions if a.source is not None and a.source.text == "A"]
    assert [(a.kind, a.cue.text, a.content.text[:14], a.speaker) for a in answers] == [
        ("direct", ":", "Very confident", "Nasrin al-Farsi"), ("direct", ":", "Some have. I u", "Nasrin al-Farsi")]
    assert not any(a.content.text.startswith("How confident") for a in r.attributions)
    # what the interviewee says of herself inside an answer is hers
    assert [a.speaker for a in r.attributions if "economic pressures" in a.content.text] == ["Nasrin al-Farsi"] * 2


def test_an_interview_printed_with_dashes_is_answered_by_the_interviewee(extractor):
    # (Russian agencies print interviews with a dash before each line: the answers were missing)
    r = extractor.extract(
        "Laptev: Moscow will judge US signals by concrete proposals\n\nMOSCOW, April 15 - RIA Novosti. Russia "
        "sees a narrow window for dialogue, Deputy Foreign Minister Grigory Laptev said in an interview with "
        "RIA Novosti.\n\nBelow are excerpts from the interview.\n\n- Does Moscow trust these assurances?\n\n- We "
        "have learned to be cautious. We will look at concrete proposals on paper.\n\n- Is a new round "
        "planned?\n\n- Tentatively in early summer, possibly in Vienna.")
    answers = [a for a in r.attributions if a.source is not None and a.source.text == "-"]
    assert [(a.content.text[:16], a.speaker) for a in answers] == [
        ("We have learned ", "Grigory Laptev"), ("Tentatively in e", "Grigory Laptev")]
    assert not any(a.content.text.startswith("Does Moscow") and a.speaker for a in r.attributions)


def test_a_that_clause_after_a_question_is_no_claim_of_the_one_asking(extractor):
    # "question" introduces a reported that-clause in 15% of PolNeAR train: below the rules'
    # floor beside the tagger, so the opposition does not get the ministry's figures.
    r = extractor.extract("Subsidy bill hits record\n\nThe ministry said in a written reply to a question from "
                          "the opposition that fertiliser subsidies alone accounted for more than half of "
                          "that amount.")
    assert {a.speaker for a in r.attributions} == {"ministry"}


def test_a_report_held_by_according_to_whose_cue_the_tagger_left_out():
    # The tagger gives the consensus "[The Oslo-based company] said [operating profit rose ...]"
    # in two fragments around the "said": the company's report inside it stays too.
    r = Extractor().extract(
        "Nordvik Logistics profit beats forecasts as e-commerce volumes recover\n\nNordvik Logistics reported a "
        "stronger-than-expected rise in third-quarter profit on Thursday, helped by a rebound in e-commerce "
        "parcel volumes and cost cuts across its European warehouse network.\n\n"
        "The Oslo-based company said operating profit rose 18% to 2.4 "
        "billion Norwegian crowns ($225 million) in the July-September period, beating the 2.1 billion "
        "crowns analysts had expected, according to a company-compiled consensus.")
    [report] = [a for a in r.attributions if a.content.text.startswith("operating profit rose")]
    assert report.source.text == "The Oslo-based company"


def test_a_content_does_not_run_on_into_a_paragraph_another_report_opens():
    # The tagger linked the residents' account to the mayor's "She said" of the paragraph
    # before, though it tagged "Residents described" as a report of its own.
    r = Extractor().extract(
        "Wind-driven fire destroys dozens of homes in Paradise Valley; thousands still without power\n\n"
        "Mayor Theresa Lindqvist called the fire \"a devastating blow\" to a community still rebuilding from "
        "the 2018 Camp Fire, which killed 85 people in nearby Paradise.\n\n\"We know what it means to lose "
        "everything, and we will get through this together,\" the mayor said at an evening briefing at the "
        "town's community center. She said the city would open a second shelter at Valley High School on "
        "Monday.\n\nResidents described fleeing in the dark with little more than the clothes they were "
        "wearing.\n\nGloria Ramirez-Ortega, 67, said she was woken by a neighbor pounding on her door just "
        "before midnight.")
    [shelter] = [a for a in r.attributions if "second shelter" in a.content.text]
    assert "fleeing" not in shelter.content.text and shelter.speaker == "Theresa Lindqvist"


def test_a_second_report_the_parse_joins_to_the_first_ones_clause_is_the_same_speakers(extractor):
    # "argued" hangs off "was" of the clause "said" reports: it borrowed that clause's subject
    # (the speaker was "the coast guard's expansion").
    r = extractor.extract("Japan plans to raise the coast guard budget, government sources said Tuesday.\n\n"
                          "Takahashi Kazuo, a professor of international security at Keio University, "
                          "said the coast guard's expansion was \"necessary but overdue\" and argued that closer "
                          "coordination with the Self-Defense Forces would be essential in a crisis.")
    [argued] = [a for a in r.attributions if "closer coordination" in a.content.text]
    assert argued.speaker == "Takahashi Kazuo"


@pytest.mark.parametrize("sentence, cue, source", [
    ("She noted that the UAE had increased local production of vegetables by 38 percent over the past three "
     "years, adding that the country aims to double that output by 2030.", "adding", "She"),
    ("Nakagawa Shiro, policy chief of the opposition party, said the measures came far too late, noting that "
     "the federation had been calling for such support for years.", "noting", "Nakagawa Shiro")])
def test_a_participle_after_a_reported_clause_goes_on_with_the_report(extractor, sentence, cue, source):
    # the parse hangs "adding" on the reported clause's verb: its subject ("the UAE") was the source
    from quotegraph.attributions.sources import source_of

    doc = extractor.nlp(sentence)
    [token] = [t for t in doc if t.text == cue]
    assert source_of(token).text.startswith(source)


def test_an_office_and_its_holder_are_one_source():
    # (the source was "Leader": "he said" after it went to an unnamed "leader")
    r = Extractor().extract(
        "Drought\n\nLeader of the Opposition R. Venkatesh Gowda said more than 1,200 villages were dependent "
        "on tankers and alleged that the funds had \"not reached the ground.\" \"People walk three kilometres "
        "for a pot of water,\" he said.")
    [alleged] = [a for a in r.attributions if "not reached the ground" in a.content.text]
    assert (alleged.source.text, alleged.speaker) == ("Leader of the Opposition R. Venkatesh Gowda",
                                                      "R. Venkatesh Gowda")
    assert [a.speaker for a in r.attributions if "People walk" in a.content.text] == ["R. Venkatesh Gowda"]
    assert [s.roles for s in r.speakers] == [["Leader of the Opposition"]]


def test_what_a_sign_off_holds_is_a_report_only_where_it_names_who_spoke():
    # ("scans confirmed" was a report, its speaker "scans")
    r = Extractor().extract("Injury\n\nWairau Hawks captain Rawiri Tamatea will miss the rest of the season after "
                            "scans confirmed a ruptured anterior cruciate ligament, the club announced yesterday.")
    assert [a.cue.text for a in r.attributions] == ["announced yesterday"]

@pytest.mark.parametrize("report", ["Russia has no basis", "Russia sees no basis"])
def test_a_wire_lead_s_report_before_the_official_who_told_an_outlet(extractor, report):
    # The tagger read no report ("has"), or the outlet told for the content ("sees")
    r = extractor.extract("Talks stall\n\nMOSCOW, October 14. /TASS/. " + report + " at present for resuming talks "
                          "with the European Union on easing sanctions, Russian Deputy Foreign Minister Leonid "
                          "Kozlov told Izvestia in an interview published on Tuesday.")
    told = [a for a in r.attributions if a.cue.text == "told"]
    assert [(a.content.text, a.speaker) for a in told] == [
        (report + " at present for resuming talks with the European Union on easing sanctions", "Leonid Kozlov")]


def test_an_interview_line_by_surname_is_the_interviewees():
    # (only lines in capitals were: "I" had no speaker, "Our parliament" was the speaker)
    r = Extractor().extract(
        "Norway pledges grid aid\n\nKYIV (Ukrinform) - Norway's Minister of International Development Ingrid "
        "Haugland signed the agreement on Friday.\n\nIn a brief interview after the ceremony, Haugland answered "
        "several questions.\n\nUkrinform: Will Norway's support continue next year?\n\nHaugland: Our parliament "
        "has approved a multi-year framework for Ukraine. I cannot announce figures today, but Ukraine will not "
        "be left alone.")
    [answer] = [a for a in r.attributions if "Ukraine will not be left alone" in a.content.text]
    assert (answer.source.text, answer.speaker) == ("Haugland", "Ingrid Haugland")
    assert answer.content.text.startswith("Our parliament has approved")


def test_each_run_of_questions_and_answers_is_its_own_interviewees():
    # (every "A:" went to the person named first before the first question)
    r = Extractor().extract(
        "Hospital hit by cyberattack\n\nTOKYO (Kyodo) - Hospital director Hiroshi Takeda said no ransom would be "
        "paid.\n\nDeputy director Yumi Kaneko said the attackers had entered through a contractor's device.\n\n"
        "Kaneko then took questions from reporters.\n\nQ: Were the backups also affected?\n\nA: Some were. Those "
        "stored offline are intact.\n\nQ: Will patients' data appear online?\n\nA: We cannot say with certainty.")
    assert [a.speaker for a in r.attributions if a.source.text == "A"] == ["Yumi Kaneko", "Yumi Kaneko"]


def test_an_interviewee_set_off_by_the_subject_before_the_questions_is_the_one_who_answers(extractor):
    # (Qian Hui, named first, took every "A:")
    r = extractor.extract(
        "Battery recyclers face tougher rules\n\nHANGZHOU - Qian Hui, deputy director of the provincial market "
        "regulator, said the standards were long overdue.\n\nNingbo Greenloop Materials Co welcomed the move. Its "
        "chairman, Chen Yutong, spoke to China Daily.\n\nQ: How will the new standard affect your business?\n\nA: "
        "Honestly, it helps us.\n\nQ: What about the smaller players?\n\nA: Some will merge, some will close.")
    assert [a.speaker for a in r.attributions if a.source.text == "A"] == ["Chen Yutong", "Chen Yutong"]


def test_an_interviewers_question_stops_where_the_answer_line_begins(extractor):
    # (the tagger ran "Yonhap: How long ...?" on into "Park: As long as it takes.", and the
    # headline's source began with the end of Yonhap's "(LEAD)" tag)
    r = extractor.extract(probe_article("round-36a/06-yonhap-shipyard-strike.txt"))
    [question] = [a for a in r.attributions if a.content.text.startswith("How long are you prepared")]
    assert question.content.text == "How long are you prepared to strike?"
    [answer] = [a for a in r.attributions if a.content.text.startswith("As long as it takes")]
    assert answer.speaker == "Park Jae-won"
    assert [a.source.text for a in r.attributions if a.section == "headline"] == ["Haedong shipyard union"]


def test_a_quote_after_a_sentence_whose_subject_is_a_person_is_theirs(extractor):
    # (it went to the chairman quoted the paragraph before)
    r = extractor.extract(
        "Fenlon quits Westmeath post\n\nCounty board chairman Padraig Sullivan said he had offered an alternative "
        "venue in Kinnegad.\n\nAsked about that on Wednesday, Ciaran Fenlon was blunt. \"That's simply not what was "
        "said. I'd never have agreed to a pitch with no floodlights.\"")
    [quote] = [a for a in r.attributions if a.content.text.startswith("\"That's simply not")]
    assert (quote.source.text, quote.speaker) == ("Ciaran Fenlon", "Ciaran Fenlon")


def test_answers_after_an_excerpt_from_a_briefing_are_the_briefers(extractor):
    # (every "A:" went to the foreign minister named first, not the spokesperson of the briefing)
    r = extractor.extract(
        "Spokesperson says talks reached consensus\n\nBEIJING, March 3 (Xinhua) -- Chinese Foreign Minister "
        "Zhou Haoran on Tuesday urged the two neighbours to resolve their differences through dialogue.\n\n"
        "At a regular press briefing on the same day, Chinese Foreign Ministry spokesperson Liu Qinghe said the "
        "three sides had reached important consensus.\n\nAsked about a joint statement, Liu said a communique "
        "would be released in due course.\n\nThe following is an excerpt from the briefing:\n\nQ: Some media "
        "claim the dialogue is aimed at expanding influence. What is your comment?\n\nA: Such claims are "
        "groundless.\n\nQ: Will the next round be held in Kabul?\n\nA: The three sides agreed to hold it in "
        "Islamabad.")
    assert [a.speaker for a in r.attributions if a.source is not None and a.source.text == "A"] == [
        "Liu Qinghe", "Liu Qinghe"]


def test_a_cueless_quote_after_a_question_and_its_reply_is_the_askers(extractor):
    # (was the one who replied: the quote paragraph took the last speaker)
    r = extractor.extract(
        HEADLINE + '"Can you give me a date?" Whitcomb asked.\n\n"I can give you a goal," Ostrander replied.\n\n'
        '"I didn\'t ask for a goal."\n\nOstrander said the money would come.')
    assert [(a.speaker, a.cue.text if a.cue else None) for a in r.attributions if a.kind == "direct"] == [
        ("Whitcomb", "asked"), ("Ostrander", "replied"), ("Whitcomb", None)]


def test_an_interview_line_by_a_hyphenated_surname_is_that_persons(extractor):
    # (a name joined by a hyphen was no name: the answers were missing)
    r = extractor.extract(
        "Ashworth-Lyle: I will not serve\n\nPenelope Ashworth-Lyle has ruled out serving under her rival as the "
        "contest turned personal.\n\nSpeaking to Emily Carwardine on Times Radio, Ashworth-Lyle was asked about "
        "her rival.\n\nCarwardine: Would you serve under him?\n\nAshworth-Lyle: No. I have been very clear about "
        "that.\n\nCarwardine: That sounds like a threat.\n\nAshworth-Lyle: It is a statement of fact.")
    assert [(a.content.text, a.speaker) for a in r.attributions if a.source is not None
            and a.source.text == "Ashworth-Lyle" and a.section == "body"] == [
        ("No. I have been very clear about that.", "Penelope Ashworth-Lyle"),
        ("It is a statement of fact.", "Penelope Ashworth-Lyle")]


def test_a_report_inside_an_interview_line_by_a_person_it_names_is_theirs(extractor):
    # (the line's speaker took it: the colon style dropped every cue frame inside the line)
    r = extractor.extract(probe_article("round-41b/12-france24-chad-legislative-results.txt"))
    assert [a.speaker for a in r.attributions if a.section == "headline"
            and a.source.text == "Opposition leader Ngarlejy"] == ["Yaya Abakar Ngarlejy"]


def test_answers_after_a_role_or_a_name_the_parse_left_without_a_verb_are_theirs(extractor):
    # (the answers went to the judge named first: "the minister" was no person's name; and to
    # the lawmaker of the paragraph before, where the parse gave "said" no subject)
    r = extractor.extract(
        "Court limits detentions\n\nColombo, March 5 – Court of Appeal President Justice Rohan Jayawardena said "
        "arrests must follow the law.\n\nSpeaking at the weekly Cabinet press briefing, Minister of Public "
        "Security Ranjith Wickramaratne said the government would respect the order.\n\nResponding to "
        "questions from journalists, the minister said:\n\nQ: Will the operation be suspended?\n\nA: No. The "
        "operation continues.\n\nQ: Are there arrest targets?\n\nA: There are performance indicators.")
    assert [a.speaker for a in r.attributions if a.source is not None and a.source.text == "A"] == [
        "Ranjith Wickramaratne", "Ranjith Wickramaratne"]
    r = extractor.extract(
        "Civic groups protest textbooks\n\nSEOUL, March 3 (Yonhap) -- Rep. Shin Tae-hoon of the ruling party "
        "criticized the government's response. \"A commentary is not a policy,\" Shin wrote on Facebook.\n\n"
        "In an interview with Yonhap News Agency, Choi Eun-ha, head of the civic group Korea History Justice "
        "Network, said she had expected the outcome.\n\nQ: Are you surprised by the screening results?\n\nA: Not "
        "at all. It happens every year.\n\nQ: What should Seoul do?\n\nA: Protests are not enough.")
    assert [a.speaker for a in r.attributions if a.source is not None and a.source.text == "A"] == [
        "Choi Eun-ha", "Choi Eun-ha"]


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_a_relative_clause_after_a_claim_noun_is_no_content(extractor, fast_extractor, mode):
    # ("a promise that, according to the union leader, had not been kept": "that" the clause's
    # subject, the clause no promise's content; nor "a promise", after the that-clause, what
    # Ferrari told)
    r = (extractor if mode == "accurate" else fast_extractor).extract(
        HEADLINE + "Benítez said that Ferrari had told him in September that wages would be updated "
        "\u201cevery three months,\u201d a promise that, according to the union leader, had "
        "\u201cnot been kept once.\u201d")
    assert not [a for a in r.attributions if a.cue is not None and a.cue.text == "promise"]
    assert not [a for a in r.attributions if a.content.text.startswith("a promise")]


def test_a_tagged_source_that_opens_with_its_comma(extractor):
    # (the tagger's source took in the comma before "Minister of ...": the words before that
    # comma are none, no participle; analysis failed on it with an IndexError)
    r = extractor.extract("Budget talks resume\n\nBLANTYRE – Zomba and the International Monetary Fund (IMF) "
                          "are \"within reach\" of a deal on a new Extended Credit Facility (ECF), Minister of "
                          "Trade and Industry Hon. Grace Mhango has said.")
    assert [a.speaker for a in r.attributions] == ["Grace Mhango"]
