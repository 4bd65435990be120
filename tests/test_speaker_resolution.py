"""Speaker resolution, one class of error at a time, on hand-written sentences (issue 14).

Each test names the class it guards: names cut or padded (1), descriptions by fit (2),
headlines (3), "according to" (4), agents not documents (5), not speech (6), wire-copy quote
marks (7). Every attribution also says how its speaker was resolved.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.evaluate.speakers import GoldSpeaker, load_speaker_gold, same_speaker
from quotegraph.model import Speaker
from tests.conftest import probe_article

HEADLINE = "Talks in Geneva stall\n"


def said(result, content_part):
    """The attribution whose content holds ``content_part``: (speaker, kind of speaker, resolution)."""
    matches = [a for a in result.attributions if content_part in a.content.text]
    assert len(matches) == 1, [a.content.text for a in result.attributions]
    a = matches[0]
    kinds = {s.id: s.kind for s in result.speakers}
    return a.speaker, kinds.get(a.speaker_id), a.resolution


def said_inside(result, content_part):
    """The speaker of the innermost attribution whose content holds ``content_part`` (a report
    inside another's: "She said her client insisted that ...")."""
    matches = [a for a in result.attributions if content_part in a.content.text]
    assert matches, [a.content.text for a in result.attributions]
    return min(matches, key=lambda a: len(a.content.text)).speaker


# 1. Names cut or padded --------------------------------------------------------------------

def test_a_particle_surname_joins_the_full_name(extractor):
    r = extractor.extract(HEADLINE + "Saudi Foreign Minister Adel al-Jubeir arrived in Paris on "
                          "Monday. Al-Jubeir said the talks would resume next week.")
    assert said(r, "talks would resume") == ("Adel al-Jubeir", "person", "alias")
    assert [s.roles for s in r.speakers] == [["Saudi Foreign Minister"]]


def test_a_long_name_keeps_every_part_and_leaves_the_role_out(extractor):
    r = extractor.extract(HEADLINE + "Oil Minister Ali Ibrahim Al-Naimi spoke in Vienna. "
                          "Al-Naimi said output would not be cut.\n"
                          "Syrian President Bashar al-Assad said the army would retake the city.")
    assert said(r, "output") == ("Ali Ibrahim Al-Naimi", "person", "alias")
    assert said(r, "retake")[0] == "Bashar al-Assad"


def test_a_family_name_first_joins_the_full_name(extractor):
    r = extractor.extract(HEADLINE + "Chinese Foreign Minister Wang Yi met his counterpart in "
                          "Beijing. Wang said the two sides agreed to keep talking.")
    assert said(r, "keep talking") == ("Wang Yi", "person", "alias")


def test_a_title_word_that_ends_a_name_is_the_surname(extractor):
    r = extractor.extract(HEADLINE + "Talk show host Larry King spoke on Monday. "
                          "Mr. King said the interview had been fair.")
    assert said(r, "interview") == ("Larry King", "person", "alias")


def test_a_name_in_capitals_joins_the_full_name(extractor):
    r = extractor.extract("Debate night\nGov. Mike Pence took the stage first.\n"
                          "PENCE: We will win this state.")
    assert said(r, "win this state")[0] == "Mike Pence"


# 2. Descriptions resolved by fit, not recency -----------------------------------------------

def test_a_role_description_goes_to_the_person_with_that_role(extractor):
    r = extractor.extract(HEADLINE + "Judge Maria Ortega heard the case on Tuesday. Defence "
                          "lawyer Tom Baines argued for a delay.\n"
                          "The judge said the case was finely balanced.")
    assert said(r, "finely balanced") == ("Maria Ortega", "person", "description")


def test_a_description_after_the_quote_goes_to_the_person_named_before(extractor):
    r = extractor.extract(HEADLINE + "Spain's coach Luis Enrique was named on Monday.\n"
                          '"We will fight for every ball," the Spanish coach told reporters.')
    assert said(r, "every ball") == ("Luis Enrique", "person", "description")


def test_a_role_in_the_name_is_the_role_a_description_names(extractor):
    r = extractor.extract(HEADLINE + "State Councilor Yang Jiechi met the delegation. "
                          "The state councilor said relations were at a turning point.")
    assert said(r, "turning point") == ("Yang Jiechi", "person", "description")


def test_a_description_that_fits_no_one_stays_unnamed(extractor):
    r = extractor.extract(HEADLINE + "Defence lawyer Tom Baines argued for a delay.\n"
                          "The minister said the law would change.")
    assert said(r, "law would change")[:2] == ("minister", "unnamed")


def test_a_gendered_role_does_not_go_to_the_other_gender(extractor):
    r = extractor.extract(HEADLINE + "Party Chairwoman Donna Keller opened the meeting.\n"
                          "The chairman said the vote would be held in May.")
    assert said(r, "held in May")[0] != "Donna Keller"


def test_he_and_she_follow_the_gender_of_given_names(extractor):
    r = extractor.extract(HEADLINE + "Elizabeth Warren questioned John Stumpf for two hours.\n"
                          "Stumpf said the bank had fired 5,300 employees.\n"
                          "She said that was not enough.")
    assert said(r, "not enough") == ("Elizabeth Warren", "person", "pronoun")


# 3. Headlines ------------------------------------------------------------------------------

def test_headline_to_gives_the_speaker_not_the_addressee(extractor):
    r = extractor.extract("Merkel to Putin: sanctions stay until Minsk is met\n"
                          "BERLIN, May 2 -- German Chancellor Angela Merkel told Russian President "
                          "Vladimir Putin that sanctions would stay.")
    assert said(r, "until Minsk") == ("Angela Merkel", "person", "headline")


def test_a_headline_that_ends_in_its_speakers_name(extractor):
    r = extractor.extract("No deal without Ankara: Erdogan\n"
                          "ANKARA, May 2 -- Turkish President Recep Tayyip Erdogan said no deal on "
                          "Syria was possible without Turkey.")
    assert said(r, "No deal without Ankara") == ("Recep Tayyip Erdogan", "person", "headline")


def test_headline_tells_gives_the_teller(extractor):
    r = extractor.extract("Johnson tells BBC: we will leave on time\n"
                          "LONDON, May 2 -- Prime Minister Boris Johnson said Britain would leave.")
    assert said(r, "leave on time") == ("Boris Johnson", "person", "headline")


# 4. "According to" -------------------------------------------------------------------------

def test_according_to_gives_the_agency_with_its_description_left_out(extractor):
    r = extractor.extract(HEADLINE + "At least 20 people were killed in the strikes, according to "
                          "state news agency SANA.")
    assert said(r, "20 people")[:2] == ("SANA", "organization")


def test_according_to_first(extractor):
    r = extractor.extract(HEADLINE + "According to the World Health Organization, the outbreak is "
                          "slowing.")
    assert said(r, "outbreak")[:2] == ("World Health Organization", "organization")


# 5. Agents, not documents or decisions ------------------------------------------------------

def test_a_document_gives_its_producer(extractor):
    r = extractor.extract(HEADLINE + "The report by the World Bank said growth would slow to 2 "
                          "percent.")
    assert said(r, "growth")[:2] == ("World Bank", "organization")


def test_a_document_with_no_producer_is_unnamed(extractor):
    r = extractor.extract(HEADLINE + "A new study said growth would slow to 2 percent.")
    assert said(r, "growth")[:2] == ("new study", "unnamed")


def test_the_document_named_again_keeps_its_producer(extractor):
    r = extractor.extract(HEADLINE + "A Bloomberg poll of 1,000 voters was released on Monday.\n"
                          "The poll found that most voters wanted lower taxes.")
    assert said(r, "lower taxes")[:3] == ("Bloomberg", "organization", "description")


def test_a_name_taken_for_an_organisation_is_still_the_person(extractor):
    r = extractor.extract(HEADLINE + "Former Pennsylvania Gov. Ed Rendell agreed. Rendell, a Clinton "
                          "surrogate, said the party should wait.")
    assert said(r, "should wait")[0] == "Ed Rendell"


def test_a_body_named_after_a_person_is_not_the_person(extractor):
    r = extractor.extract(HEADLINE + "Hillary Clinton spoke in Ohio.\n"
                          "The Clinton campaign said the rally drew 5,000 people.")
    assert said(r, "rally")[:2] == ("Clinton campaign", "organization")


def test_names_joined_by_and_are_a_group(extractor):
    r = extractor.extract(HEADLINE + "Senators Chuck Grassley and Patrick Leahy said the program "
                          "was open to fraud.")
    assert said(r, "fraud")[:2] == ("Chuck Grassley and Patrick Leahy", "group")


# 6. Not speech -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The company did not respond to calls for comment.",
    "The minister declined to comment on the report.",
    "There is hope that the ceasefire will hold.",
])
def test_refusals_and_states_of_mind_are_no_attributions(extractor, sentence):
    assert extractor.extract(HEADLINE + sentence).attributions == []


# 7. Wire-copy quote marks ------------------------------------------------------------------

@pytest.mark.parametrize("quote", ["”We won,”", "«We won,»", "„We won,“"])
def test_wire_copy_quote_marks_make_direct_quotes(extractor, quote):
    r = extractor.extract(HEADLINE + f"{quote} the coach said after the match.")
    a = r.attributions[0]
    assert (a.kind, a.content.text) == ("direct", quote)


def test_it_is_the_last_organisation_nearby(extractor):
    r = extractor.extract(HEADLINE + "The Central Bank of Chile said it would keep its rate at 5 "
                          "percent.\nIt said inflation had slowed in May.")
    assert said(r, "inflation")[:3] == ("Central Bank of Chile", "organization", "pronoun")


def test_first_person_in_a_quote_is_its_speaker(extractor):
    r = extractor.extract(HEADLINE + 'Karl Holm said: "I told them I will not sign."')
    speakers = {a.speaker for a in r.attributions}
    assert speakers == {"Karl Holm"}


# The measure -------------------------------------------------------------------------------

def test_same_speaker_rules():
    person = GoldSpeaker([(0, 1)], "person", "Donald Trump", "name")
    assert same_speaker(person, Speaker("S1", "Donald J. Trump", "person"))
    assert not same_speaker(person, Speaker("S1", "Trump", "person"))
    assert not same_speaker(person, None)
    unnamed = GoldSpeaker([(0, 1)], "unnamed", "unnamed: senior officials", "description")
    assert same_speaker(unnamed, Speaker("S1", "a source", "unnamed"))
    assert not same_speaker(unnamed, Speaker("S1", "Donald Trump", "person"))
    group = GoldSpeaker([(0, 1)], "group", "Democrats", "description")
    assert same_speaker(group, Speaker("S1", "many democrats", "unnamed"))
    assert same_speaker(GoldSpeaker([(0, 1)], "none", "", "none"), None)
    nickname = GoldSpeaker([(0, 1)], "person", 'Robert C. "Bobby" Scott', "name")
    assert same_speaker(nickname, Speaker("S1", "Bobby Scott", "person"))


def test_a_title_of_address_picks_the_person_of_that_gender(extractor):
    r = extractor.extract(HEADLINE + "Michelle Obama and Barack Obama arrived in Ohio.\n"
                          "Mr. Obama said the vote would be close.")
    assert said(r, "vote would be close")[0] == "Barack Obama"


def test_the_shipped_speaker_gold_covers_35_dev_articles():
    gold = load_speaker_gold()
    assert len(gold) == 35 and sum(len(rows) for rows in gold.values()) == 860
    assert all(r.kind == "none" or r.speaker for rows in gold.values() for r in rows)


# Resolution by what the article says before (issue 14, second round) --------------------------

def test_a_pronoun_beside_a_name_says_nothing_of_its_gender(extractor):
    # "her" before "Obama" is Merkel's; it made this Obama a woman, another person.
    r = extractor.extract(HEADLINE + "Barack Obama met Angela Merkel in Berlin.\n"
                          "Thanking her, Obama said the alliance was strong.\n"
                          "He said trade would grow.")
    assert said(r, "alliance was strong") == ("Barack Obama", "person", "alias")
    assert said(r, "trade would grow") == ("Barack Obama", "person", "pronoun")


def test_the_last_words_of_a_longer_name_join_it(extractor):
    r = extractor.extract(HEADLINE + "Aung San Suu Kyi visited the White House on Wednesday.\n"
                          "Suu Kyi said the sanctions should end.")
    assert said(r, "sanctions should end") == ("Aung San Suu Kyi", "person", "alias")


def test_a_documents_owner_pronoun_gives_its_producer(extractor):
    r = extractor.extract(HEADLINE + "Dr. Susan Reyes tested the water for a year.\n"
                          "Her report said the water was safe to drink.")
    assert said(r, "safe to drink")[:2] == ("Susan Reyes", "person")


def test_what_a_person_said_in_gives_the_person(extractor):
    r = extractor.extract(HEADLINE + "In Ohio, an interview with Senator Maria Lopez suggested "
                          "that taxes would rise.")
    assert said(r, "taxes would rise")[:2] == ("Maria Lopez", "person")


def test_a_headline_document_is_the_one_the_body_names(extractor):
    r = extractor.extract("Poll: Wealthy voters abandon the party\n"
                          "A Bloomberg poll found that wealthy voters were leaving the party.")
    assert said(r, "abandon the party")[:3] == ("Bloomberg", "organization", "headline")


def test_a_surname_named_before_another_full_name_is_not_that_person(extractor):
    r = extractor.extract(HEADLINE + "President Obama said the economy had recovered.\n"
                          "Mr. Obama said jobs had grown in every state.\n"
                          "The campaign will send the first lady, Michelle Obama, to Ohio.")
    assert said(r, "economy had recovered")[0] == said(r, "jobs had grown")[0] == "Obama"


def test_a_surname_used_before_the_full_name_joins_it(extractor):
    r = extractor.extract(HEADLINE + "Mrs. Clinton said the plan would create jobs.\n"
                          "Hillary Clinton spoke in Ohio on Monday.")
    assert said(r, "create jobs")[:2] == ("Hillary Clinton", "person")


def test_he_is_the_subject_named_since_the_last_quote(extractor):
    r = extractor.extract(HEADLINE + "Donald Trump spoke in Detroit on Monday.\n"
                          '"These are howls, not whistles," added Rep. Jim Clyburn.\n'
                          "Trump has record low support from black voters. He recently told them "
                          "that they had nothing to lose.")
    assert said(r, "nothing to lose") == ("Donald Trump", "person", "pronoun")


@pytest.mark.parametrize("sentence, description", [
    ("One of the doctors said the pills did not work.", "one of the doctors"),
    ("The first accord said the two sides would cut emissions.", "first accord"),
])
def test_a_common_noun_that_names_no_one_is_unnamed(extractor, sentence, description):
    r = extractor.extract(HEADLINE + sentence)
    assert [(s.name, s.kind) for s in r.speakers] == [(description, "unnamed")]


@pytest.mark.parametrize("sentence, name, role", [
    ("Chinese State Councilor Yang Jiechi told reporters that the talks would resume.",
     "Yang Jiechi", "Chinese State Councilor"),
    ("New York Gov. Andrew Cuomo said the state was ready.", "Andrew Cuomo", "New York Gov."),
    ("Secretary of State John Kerry said the talks would resume.", "John Kerry", "Secretary of State"),
    ("Rep. Adam Schiff, 56, said the hack was serious.", "Adam Schiff", "Rep."),
])
def test_title_words_outside_the_name_are_one_role(extractor, sentence, name, role):
    r = extractor.extract(HEADLINE + sentence)
    assert [(s.name, s.roles) for s in r.speakers] == [(name, [role])]


def test_a_role_description_is_matched_on_the_words_before_its_head(extractor):
    # "of the party" does not have to be in the role: "Chairwoman" is the chair.
    r = extractor.extract(HEADLINE + "Interim Chairwoman Donna Brazile opened the meeting.\n"
                          "The chair of the party said the rules would not change.")
    assert said(r, "rules would not change") == ("Donna Brazile", "person", "description")


@pytest.mark.parametrize("sentence, speaker, kind", [
    ("France and Germany said the plan would work.", "France and Germany", "group"),
    ("Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all said "
     "the claims could ground a fraud case.", "Jeff Merkley and Sherrod Brown and Robert Menendez",
     "group"),
    ("Critics of the program, like Senators Charles E. Grassley, Republican of Iowa, and Patrick "
     "J. Leahy, Democrat of Vermont, said the program should end.",
     "Charles E. Grassley and Patrick J. Leahy", "group"),
    ("Proponents, including the United States Conference of Mayors, said the program should stay.",
     "United States Conference of Mayors", "organization"),
    ("Donald Trump, who attacked Hillary Clinton and Barack Obama, said the plan would fail.",
     "Donald Trump", "person"),
])
def test_names_joined_or_given_as_examples_are_the_speakers(extractor, sentence, speaker, kind):
    r = extractor.extract(HEADLINE + sentence)
    assert [(s.name, s.kind) for s in r.speakers] == [(speaker, kind)]


# Second round of stop 24: the rules below were each found on a dev article's errors ----------

def test_a_gendered_word_only_counts_where_it_belongs_to_the_name(extractor):
    # "the chairman of Mrs. Kane's campaign" says nothing of Mrs. Kane being a man.
    r = extractor.extract(HEADLINE + "Mr. Rowe is now the chairman of Mrs. Kane's campaign. "
                          "Mrs. Kane has embraced the governor's plan. "
                          "She is proposing new rail lines across the state.")
    assert said(r, "new rail lines") == ("Kane", "person", "pronoun")


def test_he_after_a_sentence_whose_subject_is_a_role_description(extractor):
    r = extractor.extract(HEADLINE + "Senator Tom Harlan met Mayor Rob Evans in Des Moines. "
                          "Evans said the city needed money.\n"
                          "The senator looked tired. Later that day, he said the farm bill "
                          "would pass.")
    assert said(r, "farm bill") == ("Tom Harlan", "person", "pronoun")


def test_a_definite_description_with_no_role_goes_to_the_subject_before_it(extractor):
    r = extractor.extract(HEADLINE + "Donald Trump spoke in Ohio on Monday. But Trump claims "
                          "that he should be the exception. The Republican nominee continues "
                          "to insist that he wants to release his tax returns.")
    assert said(r, "release his tax returns") == ("Donald Trump", "person", "description")


def test_a_definite_description_never_goes_to_a_subject_with_another_role(extractor):
    r = extractor.extract(HEADLINE + "Defence lawyer Tom Baines argued for a delay on Monday. "
                          "The judge said the case was finely balanced.")
    assert said(r, "finely balanced")[:2] == ("judge", "unnamed")


def test_each_is_the_subject_of_the_clause_it_hangs_from(extractor):
    r = extractor.extract(HEADLINE + "Tom Harlan and Rita Moss vied for votes on Wednesday, "
                          "each saying the other lacked the judgment to lead.")
    assert said(r, "lacked the judgment") == ("Tom Harlan and Rita Moss", "group", "name")


def test_initials_are_the_organisation_the_article_names_in_full(extractor):
    r = extractor.extract(HEADLINE + "The Securities and Exchange Commission opened an "
                          "inquiry in May. The S.E.C. said it would fine the fund.")
    assert said(r, "fine the fund") == ("Securities and Exchange Commission", "organization", "name")


def test_a_full_name_the_tagger_missed_joins_the_surname_of_its_gender(extractor):
    # "President Obama" comes first; "Barack Obama" only in the name of a day, beside the
    # first lady: the president is Barack Obama, never Michelle Obama.
    r = extractor.extract(HEADLINE + "President Obama is rolling out a new message.\n"
                          '"Our progress is on the ballot," Mr. Obama said on Saturday.\n'
                          "The campaign will use Mr. Obama and the first lady, Michelle Obama, "
                          'in Ohio. Leaders join "Barack Obama Election Day" on Nov. 1.')
    assert said(r, "progress is on the ballot")[0] == "Barack Obama"


@pytest.mark.parametrize("sentence, speaker", [
    ("Republicans on the House Ethics Committee said the rules were clear.",
     "Republicans on the House Ethics Committee"),
    ("Developers and supporters in Congress say the program creates jobs.",
     "Developers and supporters in Congress"),
])
def test_a_group_keeps_the_body_or_place_that_says_who_they_are(extractor, sentence, speaker):
    r = extractor.extract(HEADLINE + sentence)
    assert r.attributions[0].speaker == speaker
    assert [s.kind for s in r.speakers] == ["group"]


def test_many_of_whom_is_the_group_before_it(extractor):
    r = extractor.extract(HEADLINE + "The bill has angered family members of crash victims, "
                          "many of whom say the airline's claims are unfounded.")
    assert said(r, "claims are unfounded") == ("family members of crash victims", "group", "pronoun")


@pytest.mark.parametrize("sentence, speaker", [
    ("Tom Harlan and other lawmakers say the bill is dead.", "Tom Harlan and other lawmakers"),
    ("Greenpeace and its supporters say the plant must close.", "Greenpeace and its supporters"),
])
def test_a_name_and_a_plural_noun_are_a_group(extractor, sentence, speaker):
    r = extractor.extract(HEADLINE + sentence)
    assert r.attributions[0].speaker == speaker
    assert [s.kind for s in r.speakers] == ["group"]


def test_a_lesson_from_a_person_is_that_persons(extractor):
    r = extractor.extract("A lesson from Loretta Lynch: be careful with your words\n"
                          "Attorney General Loretta Lynch spoke in Boston on Monday.")
    assert said(r, "careful with your words")[:2] == ("Loretta Lynch", "person")


def test_an_organisation_is_named_without_the_year_of_its_edition(extractor):
    r = extractor.extract(HEADLINE + "Data from the 2014 American Community Survey show that "
                          "incomes rose in most states.")
    assert said(r, "incomes rose")[:2] == ("American Community Survey", "organization")


def test_he_is_the_one_man_his_sentence_names_before_him(extractor):
    r = extractor.extract(HEADLINE + 'Senator Tom Harlan spoke first. "We will win," Harlan said.\n'
                          "Rob Evans's plan earned him praise in Iowa, where he said the farm "
                          "bill would pass.")
    assert said(r, "farm bill") == ("Rob Evans", "person", "pronoun")


def test_a_name_inside_the_quote_is_not_the_pronouns_antecedent(extractor):
    r = extractor.extract(HEADLINE + "Senator Tim Kaine spoke in Ohio on Monday.\n"
                          '"Donald Trump is wrong about trade," he said.')
    assert said(r, "wrong about trade")[0] == "Tim Kaine"


@pytest.mark.parametrize("sentence, speaker", [
    ('Then someone asked how the party could win the state.', "someone"),
    ("The remarks drew scrutiny from some who saw them as a dig at the army.", "some"),
])
def test_an_indefinite_pronoun_is_an_unnamed_speaker(extractor, sentence, speaker):
    r = extractor.extract(HEADLINE + sentence)
    assert [(s.name, s.kind) for s in r.speakers] == [(speaker, "unnamed")]


def test_they_with_no_group_speaking_is_the_plural_subject_before(extractor):
    r = extractor.extract(HEADLINE + "Senate aides acknowledged a working relationship with the "
                          "White House. But they emphasized that the sanctions got results.")
    assert said(r, "sanctions got results") == ("senate aides", "unnamed", "pronoun")


def test_the_document_a_named_body_issued_just_before_is_its(extractor):
    r = extractor.extract(HEADLINE + "After a short meeting, the Security Council issued a "
                          "statement condemning the test. The statement noted that the council "
                          "had warned of further measures.")
    assert said(r, "warned of further measures")[:2] == ("Security Council", "organization")


def test_the_letter_is_the_one_who_wrote_it(extractor):
    # (it was an unnamed "letter")
    r = extractor.extract(HEADLINE + "Uganda's Energy Minister Harriet Nakabugo wrote to her Kenyan counterpart last "
                          "month saying that the tariffs had risen 40% in two years, according to a copy of the "
                          "letter seen by Reuters.\n\"We are not asking for favours,\" the letter said.")
    assert said(r, "favours")[:3] == ("Harriet Nakabugo", "person", "description")

def test_they_for_the_documents_a_person_released_is_that_person(extractor):
    r = extractor.extract(HEADLINE + "The debate turned to taxes on Monday.\n"
                          "Presidential candidates of both parties have released their returns.\n"
                          "Mitt Romney released his returns in 2012, even though they exposed "
                          "his foreign bank accounts.")
    assert said(r, "foreign bank accounts")[:2] == ("Mitt Romney", "person")


def test_a_surname_at_the_end_of_an_organisations_name_is_the_person(extractor):
    r = extractor.extract(HEADLINE + "Donald Trump spoke about NATO on Monday. In a March "
                          "meeting with the editorial board of the Washington Post Trump said "
                          "that the alliance may need to shrink.")
    assert said(r, "alliance may need to shrink")[0] == "Donald Trump"


def test_a_name_with_digits_is_no_person(extractor):
    r = extractor.extract("Visa program up for renewal\nThe program has grown well beyond its "
                          "first aim, they say. EB-5 requires that investors put money in either a "
                          'rural area or a "targeted employment area," which is defined as an urban '
                          "area with high unemployment.")
    assert said(r, "investors put money")[:2] == ("EB-5", "organization")


def test_two_roles_joined_by_and_before_one_name_are_one_person(extractor):
    r = extractor.extract("China ready for sea code talks\nBEIJING, March 8 (Xinhua) -- Chinese "
                          "State Councilor and Foreign Minister Wang Yi said on Tuesday that "
                          "China is ready to finish talks on a code of conduct.")
    assert said(r, "ready to finish talks")[:2] == ("Wang Yi", "person")


def test_a_name_cut_at_its_particle_is_still_one_person(extractor):
    r = extractor.extract(HEADLINE + "Saudi Arabia will not cut oil output on its own, Energy "
                          "Minister Prince Abdulaziz bin Salman said on Sunday.\n"
                          "Crown Prince Mohammed bin Salman said the kingdom would invest more.")
    assert said(r, "cut oil output")[0] == "Abdulaziz bin Salman"
    assert said(r, "invest more")[0] == "Mohammed bin Salman"


def test_a_surname_that_is_a_title_word_after_mr_is_a_name(extractor):
    r = extractor.extract(HEADLINE + "Larry King and Ed Schultz host shows on the network. "
                          "Both Mr. King and Mr. Schultz say they have full freedom on the air.")
    assert said(r, "full freedom")[:2] == ("Larry King and Ed Schultz", "group")


def test_a_name_set_off_after_a_role_is_that_person_whatever_the_tagger_typed(extractor):
    r = extractor.extract(HEADLINE + "The Russian Defense Ministry said its aircraft had not "
                          "struck civilian targets. The ministry's spokesman, Major General Igor "
                          'Konashenkov, called the reports "fake news."')
    assert said(r, "fake news")[:2] == ("Igor Konashenkov", "person")


def test_he_after_an_unnamed_official_is_that_official(extractor):
    r = extractor.extract(HEADLINE + "Opposition leader Kemal Aksoy criticised the plan, telling "
                          "reporters it could not work.\n"
                          "A Kurdish official, speaking on condition of anonymity, rejected the "
                          "claims. \u201cThey want to occupy our land,\u201d he said.")
    assert said(r, "occupy our land")[:2] == ("kurdish official", "unnamed")


@pytest.mark.parametrize("mode", ["extractor", "fast_extractor"])
def test_according_to_a_name_the_parse_made_its_head(mode, request):
    # The parse makes "SANA" an adjective that "according to state news agency" hangs from.
    r = request.getfixturevalue(mode).extract(HEADLINE + "The talks will resume next week, "
                                              "according to state news agency SANA.")
    [a] = r.attributions
    assert (a.content.text, a.source.text, a.speaker) == (
        "The talks will resume next week", "state news agency SANA", "SANA")


def test_particle_names_the_tagger_missed_join_their_surnames(extractor):
    r = extractor.extract(
        "Minister: no foreign troops without consent\n"
        "Damascus, SANA- Deputy Prime Minister, Foreign and Expatriates Minister Walid al-Moallem "
        "affirmed that Syria will not accept foreign troops on its territory.\n"
        "In a meeting with the UN envoy Staffan de Mistura on Monday, al-Moallem stressed that "
        "the army will go on until the last inch of land is freed.\n"
        "For his part, de Mistura expressed his hope that the next round of talks in Geneva "
        "would be fruitful, noting that the UN supports the unity of Syria.\n"
        "Syria's Permanent Representative to the UN Bashar al-Jaafari said that the attack was "
        "a flagrant violation of international law. Al-Jaafari added that Damascus had written "
        "to the Security Council.")
    assert said(r, "foreign troops on its territory")[0] == "Walid al-Moallem"
    assert said(r, "would be fruitful")[0] == "Staffan de Mistura"
    assert said(r, "flagrant violation")[:2] == ("Bashar al-Jaafari", "person")
    assert said(r, "written to the Security Council")[0] == "Bashar al-Jaafari"
    assert r.dateline.agency == "SANA"


def test_a_hope_expressed_is_one_report(extractor):
    r = extractor.extract(HEADLINE + "For his part, Staffan de Mistura expressed his hope that "
                          "the next round of talks would be fruitful.")
    # (the tagger's cue may take in the hope: "expressed his hope")
    assert len(r.attributions) == 1 and r.attributions[0].cue.text.startswith("expressed")


def test_a_description_with_the_body_named_after_it_is_that_body(extractor):
    r = extractor.extract(HEADLINE + "Gun lobby group the Council of Licensed Firearms Owners said "
                          "it would challenge the law.")
    assert said(r, "challenge the law")[:2] == ("Council of Licensed Firearms Owners", "organization")


def test_a_ledes_role_description_is_the_person_named_next(extractor):
    r = extractor.extract("Iran says it will keep enriching uranium\n"
                          "TEHRAN, Iran (AP) \u2014 Iran will not halt uranium enrichment, the "
                          "country's foreign minister said Sunday.\n"
                          "Mohammad Javad Zarif told state television that enrichment was Iran's "
                          "right.")
    assert said(r, "will not halt")[:2] == ("Mohammad Javad Zarif", "person")


def test_a_ledes_role_description_never_goes_to_someone_with_another_role(extractor):
    r = extractor.extract("Court delays ruling\n"
                          "LONDON (AP) \u2014 The ruling will be delayed, the country's chief judge "
                          "said Monday.\n"
                          "Defence lawyer Tom Baines told reporters that his client was ready.")
    assert said(r, "will be delayed")[0] != "Tom Baines"


def test_an_indefinite_role_in_headline_and_lede_is_the_person_the_body_names(extractor):
    r = extractor.extract("Former party chairman calls for leadership review.\n\n"
                          "A former Labour Party chairman says the party should hold a leadership "
                          "review before the spring conference.\n\n"
                          "\u201cThe members deserve a say,\u201d said Tom Harding, who led the party "
                          "from 2001 to 2004. \u201cWe cannot wait until the election.\u201d")
    assert said(r, "leadership review before")[:2] == ("Tom Harding", "person")
    assert said(r, "members deserve")[0] == "Tom Harding"


def test_an_anonymous_official_in_a_lede_stays_unnamed(extractor):
    r = extractor.extract("Talks on grain deal falter.\n\n"
                          "A senior official said on Tuesday the grain talks had stalled over "
                          "insurance costs.\n\n"
                          "Trade envoy Tom Harding told reporters the delegations would meet again.")
    assert said(r, "grain talks had stalled")[:2] == ("senior official", "unnamed")


def test_a_gendered_description_is_the_woman_named_before_whatever_her_role(extractor):
    r = extractor.extract(HEADLINE + "Mrs. Maria Delgado, the former interior minister, spoke "
                          "first at the forum on Tuesday. The former first lady said the plan "
                          "was \u201ca mistake\u201d.")
    assert said(r, "a mistake")[:2] == ("Maria Delgado", "person")


def test_i_in_a_letter_is_the_name_that_signs_it(extractor):
    r = extractor.extract("Letters to the editor.\n\nLETTERS.\n\n"
                          "I believe the council was wrong to close the library in Elm Park. "
                          "Children have nowhere to study.\n\n"
                          "Jane Whitfield.\n\nPortland, Ore.\n\n"
                          "I believe the new bus lanes have made the city safer.\n\n"
                          "Robert Ames.")
    assert said(r, "close the library")[:2] == ("Jane Whitfield", "person")
    assert said(r, "bus lanes")[:2] == ("Robert Ames", "person")


def test_a_quoted_nickname_stays_inside_the_name(extractor):
    r = extractor.extract(HEADLINE + "\u201cThis is our year,\u201d the mayor's niece, state Del. "
                          "Marcia \"Cia\" Pruitt (D-Norfolk), shouted to the crowd.")
    assert said(r, "our year")[:2] == ('Marcia "Cia" Pruitt', "person")


def test_a_described_office_is_not_another_office_with_the_same_head(extractor):
    r = extractor.extract("Governor vetoes school bill.\n\n"
                          "The bill was vetoed Friday, the governor's office said.\n\n"
                          "According to the state's budget office, the bill would have added "
                          "$1.2 billion to the deficit.")
    assert said(r, "was vetoed")[0] == "governor's office"
    assert said(r, "added $1.2 billion")[0] != "governor's office"


def test_a_headlines_bare_role_noun_is_the_person_the_body_gives_that_role(extractor):
    r = extractor.extract("Russian diplomat says grain talks may resume.\n\n"
                          "MOSCOW, November 30. /TASS/. Grain talks may resume next month, Russian "
                          "Deputy Foreign Minister Sergei Vershinin told TASS on Wednesday.")
    assert said(r, "grain talks may resume")[:3] == ("Sergei Vershinin", "person", "headline")


def test_a_headlines_anonymous_official_is_not_a_named_official(extractor):
    r = extractor.extract("Official says grain talks may resume.\n\n"
                          "Grain talks may resume next month, a senior official said on Wednesday.\n\n"
                          "Union official Markus Lehmann told reporters the dockers would strike.")
    assert said(r, "grain talks may resume")[0] != "Markus Lehmann"


@pytest.mark.parametrize("sentence, name", [
    ("The union Verdi said it would fight the cuts.", "Verdi"),
    ("The opposition party Syriza said the vote had been rigged.", "Syriza"),
    ("Campaign group Reconnect Kelderby, which led the fight, said it would write to the minister.",
     "Reconnect Kelderby")])
def test_a_name_a_body_noun_introduces_is_an_organisation(extractor, sentence, name):
    r = extractor.extract(HEADLINE + sentence)
    assert said(r, r.attributions[0].content.text)[:2] == (name, "organization")


def test_a_role_ending_in_a_name_the_recogniser_typed_otherwise_is_that_person(extractor):
    r = extractor.extract("Syria condemns attack\n"
                          "Syria's Permanent Representative to the UN Bashar al-Jaafari said that "
                          "the states backing the rebels \u201cbear full responsibility\u201d.")
    assert said(r, "full responsibility")[:2] == ("Bashar al-Jaafari", "person")
    r = extractor.extract(HEADLINE + "The president of the United Nations General Assembly said "
                          "the vote would go ahead.")
    assert said(r, "vote would go ahead")[1] != "person"


def test_the_capitalised_ministry_alone_is_the_ministry_named_before(extractor):
    r = extractor.extract(HEADLINE + "The Foreign and Expatriates Ministry on Sunday condemned the "
                          "shelling of Aleppo. In a letter to the Security Council, the Ministry "
                          "said that the attack had killed 12 civilians.")
    assert said(r, "killed 12 civilians")[:3] == ("Foreign and Expatriates Ministry", "organization",
                                                  "description")


def test_a_verb_cue_keeps_its_own_subject_when_another_speaker_reports_it(extractor):
    r = extractor.extract("Weber to Sokolov: Respect the ceasefire\n"
                          "BERLIN (Reuters) - Chancellor Anna Weber urged President Ivan Sokolov on "
                          "Friday to respect the ceasefire in eastern Ukraine, her spokesman said.\n"
                          "In a telephone call, Weber told Sokolov that violations had to stop, "
                          "government spokesman Karl Seibert said in a statement.")
    # Weber's report, held by the spokesman's (the report opens its sentence)
    inner = [a for a in r.attributions if a.content.text == "that violations had to stop"]
    assert [a.speaker for a in inner] == ["Anna Weber"]
    assert said(r, "In a telephone call")[0] == "Karl Seibert"
    assert inner[0].parent_id == [a for a in r.attributions if "telephone" in a.content.text][0].id
    assert said(r, "urged President")[0] == "Karl Seibert"   # "her spokesman", named next


def test_a_name_with_its_role_and_others_is_a_group(extractor):
    r = extractor.extract(HEADLINE + "Short courses in coping skills can cut relapse rates by half, "
                          "according to Laura Brennan, director of the Center for Addiction Studies "
                          "at the University of Leeds, and other researchers.")
    assert said(r, "relapse rates")[:2] == ("Laura Brennan and other researchers", "group")


@pytest.mark.parametrize("sentence, content", [
    ("For her part, Lin Mae has faced sharp criticism for failing to curb the violence.", "failing to curb"),
    ("The mayor has been harshly criticized for cutting the library budget.", "cutting the library"),
    ("In 2009, the council came under withering criticism for its silence on the floods.", "its silence"),
    ("Hale was once asked how the strike would end.", "how the strike"),
    # a participle clause's subject is the one asked: "Asked about X, Kemp said ..."
    ("Asked about the mayor's claim that the vote was rigged, Senator Ruth Kemp said she would "
     "wait for the count.", "the mayor's claim that the vote"),
    ("When pressed on why the plan leaves out fathers, the 34-year-old mother of two said the "
     "details were coming.", "why the plan leaves out"),
    # the tagger takes this "Asked" for a past tense
    ("Club president Ana Petrovic said the board had moved quickly.\nAsked whether Van der Linde "
     "had been given enough time, she said the decision had been difficult.", "whether Van der Linde")])
def test_the_one_criticised_or_asked_is_not_the_speaker(extractor, sentence, content):
    r = extractor.extract(HEADLINE + sentence)
    assert said(r, content)[0] is None


def test_who_dismisses_criticism_still_speaks(extractor):
    r = extractor.extract(HEADLINE + "Mayor Tom Hale dismissed the criticism as politics.")
    assert said(r, "as politics")[0] == "Tom Hale"


def test_what_seems_so_is_no_ones_statement_but_seeming_to_say_is(extractor):
    r = extractor.extract(HEADLINE + "The veto is due on Friday, but Democrats seem confident they "
                          "have the votes needed to override it.")
    assert said(r, "have the votes")[0] is None
    r = extractor.extract(HEADLINE + "Senator Ruth Kemp is drawing criticism after she appeared to "
                          "suggest that the strike was illegal.")
    assert said(r, "strike was illegal")[0] == "Ruth Kemp"


@pytest.mark.parametrize("sentence, content, speaker", [
    # through a relative pronoun, and seeming to do what is no report
    ("On a day rich in symbols, under a gray sky that seemed to capture the mood of the city, "
     "thousands marched to the harbour.", "the mood of the city", None),
    ("The rally, which seemed to be a turning point for the movement, drew 20,000 people.",
     "a turning point", None),
    # seeming to do what reports something
    ("The Tory campaign has appeared to concede that the county is lost.", "the county is lost",
     "Tory campaign")])
def test_what_one_seems_to_do_is_a_statement_only_when_it_reports(extractor, sentence, content, speaker):
    r = extractor.extract(HEADLINE + sentence)
    if speaker is None:   # no one's: no speaker, or no attribution at all
        assert all(a.speaker is None for a in r.attributions if content in a.content.text)
    else:
        assert said(r, content)[0] == speaker


def test_a_description_with_another_nationality_is_not_the_named_minister(extractor):
    r = extractor.extract("EU ministers split over grain quota\n"
                          "Polish Agriculture Minister Jan Nowak said his government would defend "
                          "its farmers by every legal means.\n"
                          "The Hungarian minister told reporters the quota was far too generous.\n"
                          "The Polish minister added that talks would resume next week.")
    assert said(r, "far too generous")[:2] == ("hungarian minister", "unnamed")
    assert said(r, "talks would resume")[0] == "Jan Nowak"


def test_a_role_before_a_name_stops_at_the_name_coordinated_before_it(extractor):
    r = extractor.extract("Leaders meet on energy\n"
                          "French President Louis Marchand and German Chancellor Eva Keller met in "
                          "Paris on Wednesday to seek a joint answer to soaring energy prices.\n"
                          "\"We will not let our industries go under,\" the French leader told "
                          "reporters after the talks.")
    assert said(r, "industries go under")[0] == "Louis Marchand"
    assert {s.name: s.roles for s in r.speakers}["Louis Marchand"] == ["French President"]


def test_a_surname_alone_is_the_person_named_in_full_where_the_tagger_saw_no_person(extractor):
    # spaCy types "Dmitry Orlov" and "Orlov" here as organisations
    r = extractor.extract("Kremlin says no talks planned with Kiev\n"
                          "The Kremlin has no plans for talks with Kiev at the moment, Russian "
                          "presidential spokesman Dmitry Orlov told reporters on Friday.\n"
                          "Commenting on these remarks, Orlov noted that Moscow does not accept "
                          "preconditions.")
    assert said(r, "no plans for talks")[:2] == said(r, "does not accept")[:2] == ("Dmitry Orlov", "person")
    orlov = next(s for s in r.speakers if s.name == "Dmitry Orlov")
    assert [m.text for m in orlov.mentions] == ["Russian presidential spokesman Dmitry Orlov",
                                                "Dmitry Orlov", "Orlov"]


def test_a_body_named_in_apposition_is_that_name_even_typed_a_place(extractor):
    # spaCy types "PhRMA" a place here
    r = extractor.extract(HEADLINE + "The industry's main lobby group, PhRMA, said in a statement "
                          "that the cap \"would stifle innovation.\"")
    assert said(r, "stifle innovation")[:2] == ("PhRMA", "organization")


def test_according_to_a_body_set_off_by_its_description_is_that_body(extractor):
    # the parse hangs the whole source on the comma before the description
    r = extractor.extract("Strikes hit depot\n"
                          "According to the Syrian Observatory for Human Rights, a Britain-based war "
                          "monitor, the strikes hit an arms depot.")
    assert said(r, "arms depot")[:2] == ("Syrian Observatory for Human Rights", "organization")


def test_a_titled_name_typed_an_organisation_is_a_person_she_refers_to(extractor):
    # spaCy types "Councillor Priya Ramaswamy" an organisation here; "she" went to the man
    r = extractor.extract("Council row over bins\n"
                          "Resident Declan Fairweather said he had been woken by a neighbour.\n"
                          "Councillor Priya Ramaswamy said it was too early to say. \"I want the "
                          "facts first,\" she said.")
    assert said(r, "too early")[:2] == said(r, "facts first")[:2] == ("Priya Ramaswamy", "person")
    assert {s.name: s.roles for s in r.speakers}["Priya Ramaswamy"] == ["Councillor"]


def test_a_title_of_several_words_is_left_out_of_a_name_typed_an_organisation(extractor):
    r = extractor.extract("Governor concedes\n"
                          "Secretary of State Gloria Pettibone said in a statement that the recount "
                          "had been fair.")
    assert said(r, "recount")[:2] == ("Gloria Pettibone", "person")


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(extractor):
    r = extractor.extract("Wind farm row\n"
                          "\"We are not against wind power,\" said Helen Castellano-Reeve. \"We have "
                          "been open at every stage,\" Mr de Vries said.\n"
                          "Castellano-Reeve said she had attended three events. She warned that the "
                          "alliance would seek a judicial review.")
    assert said(r, "three events")[:2] == said(r, "judicial review")[:2] \
        == ("Helen Castellano-Reeve", "person")


def test_a_hyphenated_surname_typed_an_organisation_keeps_its_given_name(extractor):
    # "Achterberg-Hale" typed an organisation, "Rosalind" nothing: the place was the speaker
    r = extractor.extract("School absence rises\n"
                          "Rosalind Achterberg-Hale, the head of Thornfield Academy in Brackley "
                          "Moor, said the problem had worsened sharply. \"There is no stigma any "
                          "more,\" she said.")
    assert said(r, "worsened")[:2] == said(r, "no stigma")[:2] == ("Rosalind Achterberg-Hale", "person")


def test_a_counterpart_has_the_office_of_the_one_named_before(extractor):
    r = extractor.extract("Ministers hold talks\n"
                          "ANKARA, June 12. /TASS/. Russian Foreign Minister Gennady Lavrentyev held "
                          "talks with his Turkish counterpart Mehmet Yilmaz on Wednesday.\n"
                          "\"Our people want to travel,\" the Turkish foreign minister said.\n"
                          "\"We will open two new consulates,\" the Russian minister said.\n"
                          "\"Trade grew by a third,\" the Turkish minister added.")
    assert said(r, "want to travel")[0] == said(r, "by a third")[0] == "Mehmet Yilmaz"
    assert said(r, "consulates")[0] == "Gennady Lavrentyev"
    assert {s.name: s.roles for s in r.speakers}["Mehmet Yilmaz"] == [
        "Turkish counterpart", "Turkish Foreign Minister"]   # (no "his": no role's word)


def test_a_description_naming_a_place_goes_to_the_person_whose_role_names_it(extractor):
    # spaCy types "Karsland" a place, not a nationality: the last minister named was the speaker
    r = extractor.extract("Ministers hold talks\n"
                          "KORSK, June 12. /TASS/. Russian Foreign Minister Gennady Lavrentyev held "
                          "talks with his Karsland counterpart Miro Halvik on Wednesday.\n"
                          "\"Our people want to travel,\" the Karsland foreign minister said.\n"
                          "\"We will open two new consulates,\" the Russian foreign minister said.")
    assert said(r, "want to travel")[0] == "Miro Halvik"
    assert said(r, "consulates")[0] == "Gennady Lavrentyev"


def test_a_name_typed_an_organisation_set_off_by_a_role_is_a_person(extractor):
    # spaCy types "Nadia Ferenczi" an organisation: "the minister" went to the other one
    r = extractor.extract("Border talks fail\n"
                          "GENEVA, Oct 14 (Reuters) - Sarvenian Foreign Minister Adrian Volkov said "
                          "the two sides remained far apart.\n"
                          "His Kolmari counterpart, Nadia Ferenczi, rejected that view. The minister "
                          "told reporters that Kolmar had offered to pull back artillery.")
    assert said(r, "pull back artillery")[:2] == ("Nadia Ferenczi", "person")


def test_the_one_quoted_as_saying_is_the_speaker(extractor):
    r = extractor.extract("Floods in Zarechensk\n"
                          "ZARECHENSK, April 9. /TASS/. Governor Valentin Kruglov said 6,000 people "
                          "had been evacuated.\n"
                          "Colonel Sergei Matveyev was quoted by the ministry's press service as "
                          "saying that the peak of the flood was expected on Thursday. \"Rescuers are "
                          "working around the clock,\" he said.")
    # (read as PolNeAR's annotators read it, the press service's "was quoted" holds "Colonel
    # Sergei Matveyev ... as saying that ...", with his statement inside)
    [inner] = [a for a in r.attributions if "peak" in a.content.text and a.cue.text == "as saying"]
    assert inner.speaker == said(r, "around the clock")[0] == "Sergei Matveyev"
    assert {a.speaker for a in r.attributions if "peak" in a.content.text and a is not inner} <= {
        "ministry's press service"}


def test_a_report_quoting_someone_holds_their_statement(extractor):
    # PolNeAR's annotators give the agency "quotes" and "X as saying ..."; what X said is X's
    r = extractor.extract("Floods in Zarechensk\n"
                          "ZARECHENSK, April 9. /TASS/. Floods have hit the Zarechensk region.\n"
                          "TASS quotes local resident Nadezhda Orlova as saying that the water "
                          "\"came in the middle of the night.\"")
    outer, inner = sorted((a for a in r.attributions if "middle of the night" in a.content.text),
                          key=lambda a: a.content.start)
    assert (outer.speaker, outer.cue.text) == ("TASS", "quotes")
    assert (inner.speaker, inner.cue.text, inner.parent_id) == ("Nadezhda Orlova", "as saying", outer.id)
    assert inner.content.text.startswith("that the water")


def test_a_report_quoting_someone_as_calling_something_holds_their_statement(extractor):
    # (the agency was the speaker of what its spokesman called the drills)
    r = extractor.extract("Drills\n\nSEOUL, March 4 (Yonhap) -- South Korea and the United States began joint "
                          "drills on Monday.\n\nOn Wednesday, the North's official Korean Central News Agency "
                          "(KCNA) quoted an unnamed defense ministry spokesman as calling the drills \"a rehearsal "
                          "for an invasion of our Republic\" and warning of \"corresponding countermeasures.\"")
    inner = [a for a in r.attributions if "rehearsal" in a.content.text and a.cue.text == "as calling"]
    assert [(a.speaker, a.content.text[:9]) for a in inner] == [("unnamed defense ministry spokesman", "the drill")]


def test_a_report_quoting_him_as_saying_holds_his_statement(extractor):
    # (the one quoted a pronoun: the agency was the speaker)
    r = extractor.extract("Air taxis\n\nDubai: Khalid Al Marzouqi, Director-General of the Dubai Urban Mobility "
                          "Authority, said on Tuesday that the first route would open next year.\n\nThe official "
                          "news agency quoted him as saying earlier this week that three more vertiports would "
                          "open in phases.")
    inner = [a for a in r.attributions if "vertiports" in a.content.text and a.cue.text == "as saying"]
    assert [a.speaker for a in inner] == ["Khalid Al Marzouqi"]

def test_a_description_goes_to_the_speaker_not_to_the_one_they_spoke_of(extractor):
    r = extractor.extract("Moscow ready for talks - diplomat\n"
                          "MOSCOW, October 31. /TASS/. Russian Deputy Foreign Minister Arkady Sokolin "
                          "pointed out that Veltarian Foreign Minister Elira Danek had criticized "
                          "Moscow last week. \"This is not true,\" he stressed.\n"
                          "The senior diplomat also noted that the Russian side had handed over a "
                          "draft memorandum in September.")
    assert said(r, "draft memorandum")[0] == "Arkady Sokolin"


def test_the_one_a_headline_says_is_accused_is_not_the_accuser(extractor):
    r = extractor.extract("Wind farm developer accused of ‘misleading’ coastal villagers\n"
                          "Campaigners say residents of Saltmere were not told that turbines would "
                          "be visible.")
    assert said(r, "coastal villagers")[0] is None


@pytest.mark.parametrize("text, content, speaker", [
    ("Bank holds rates\nKERSTAD, March 3 (Reuters) - Governor Helena Marsk said inflation was "
     "cooling.\nThe 54-year-old added that the bank would watch wage data closely.",
     "wage data", "Helena Marsk"),
    ("Dockworkers strike\nUnion leader Marguerite de Lacroix said the union had seen internal "
     "documents.\n\"They can call it modernisation if they like,\" the 61-year-old said.",
     "modernisation", "Marguerite de Lacroix"),
    ("Bank holds rates\nGovernor Helena Marsk said inflation was cooling.\nThe 54-year-old, who "
     "took office in 2021, added that the bank would watch wage data closely.", "wage data",
     "Helena Marsk"),
    # an age and more, after a name set off by the subject
    ("Floods\nThe fire chief, Rupert Okonkwo-Lane, told The Associated Press that two people had "
     "been rescued. The 61-year-old veteran of the department said both were in stable condition.",
     "stable condition", "Rupert Okonkwo-Lane")])
def test_an_age_goes_to_the_person_the_text_was_about(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[:3] == (speaker, "person", "description")


def test_an_age_with_no_one_named_before_stays_unnamed_in_its_own_words(extractor):
    r = extractor.extract(HEADLINE + "\"We were never told,\" the 61-year-old said.")
    assert said(r, "never told")[:2] == ("61-year-old", "unnamed")
    # (not what a comma sets off after it)
    r = extractor.extract(HEADLINE + "The 61-year-old, who has lived on the street since 1990, admitted "
                          "he had been \"angry, maybe too angry\" at the meeting.")
    assert said(r, "too angry")[:2] == ("61-year-old", "unnamed")


def test_the_statement_is_the_one_said_in_a_statement_and_the_ministry_the_ministry_of(extractor):
    r = extractor.extract("China's ecology ministry vows tougher action\n"
                          "BEIJING, March 18 (Xinhua) -- China will step up inspections along the "
                          "river this year, the Ministry of Ecology and Environment said in a "
                          "statement on Monday.\n"
                          "The ministry said that 47 enterprises had been ordered to suspend "
                          "production.\n"
                          "\"Protecting the river is a long-term task,\" the statement said.")
    assert said(r, "47 enterprises")[:2] == said(r, "long-term task")[:2] \
        == ("Ministry of Ecology and Environment", "organization")


def test_an_occupation_before_a_name_is_its_role_and_an_office_fits_no_one_without_it(extractor):
    r = extractor.extract("Campaigners vow to fight harbour plan\n"
                          "LONDON (Reuters) - Campaigner Tom Ellis said on Monday the harbour plan "
                          "would destroy the bay.\n"
                          "The Kremlin spokesman said Moscow had not been consulted.")
    assert said(r, "destroy the bay")[0] == "Tom Ellis"
    assert {s.name: s.roles for s in r.speakers}["Tom Ellis"] == ["Campaigner"]
    # "spokesman" says a man, but it is an office Ellis does not hold
    assert said(r, "not been consulted")[:2] == ("kremlin spokesman", "unnamed")


@pytest.mark.parametrize("occupation", ["Librarian", "Pharmacist", "Paramedic", "Volunteer"])
def test_an_occupation_of_everyday_work_before_a_name_is_its_role(extractor, occupation):
    r = extractor.extract("Library hours\n\nThe school board voted on Monday to keep the library open "
                          f"later.\n\n{occupation} Ruth Okafor, who asked for the change, welcomed the vote. "
                          "\"Children need somewhere warm and quiet to read,\" she said.")
    assert said(r, "warm and quiet")[0] == "Ruth Okafor"
    assert {s.name: s.roles for s in r.speakers}["Ruth Okafor"] == [occupation]


def test_he_is_the_one_set_off_by_the_subject_not_the_last_speaker(extractor):
    r = extractor.extract("Rail sale clash in parliament\n"
                          "\"Because she does not know,\" opposition leader Tobias Wrenfield said.\n"
                          "The Speaker, Sir Alan Moberly, twice intervened to restore order. "
                          "\"Order! The House will come to order,\" he said.")
    assert said(r, "come to order")[0] == "Alan Moberly"


def test_a_description_inside_the_quote_is_not_what_she_refers_to(extractor):
    r = extractor.extract("White House stays hopeful\n"
                          "White House press secretary Janelle Whitford said President Harlan Brooks "
                          "remained committed to a deal. \"The president has been clear. He will sign "
                          "a bipartisan bill the moment it reaches his desk,\" she told a briefing.")
    assert said(r, "has been clear")[0] == "Janelle Whitford"


@pytest.mark.parametrize("source", ["A resident who asked not to be named for fear of reprisals",
                                    "An official familiar with the talks"])
def test_he_after_an_unnamed_source_is_that_source(extractor, source):
    r = extractor.extract("Fighting continues in Kelbara\n"
                          "Yusuf Tarbani, a militia commander, said his fighters would hold the town.\n"
                          f"{source} said families had been sleeping in basements. \"We cannot bury "
                          "our dead,\" he said.")
    assert said(r, "bury our dead")[1] == "unnamed"


@pytest.mark.parametrize("text, content, speaker", [
    ("Border deal collapses\nDemocratic Senator Diane Okafor said she was stunned by the reversal. "
     "\"We had a deal on Monday,\" the Democrat said.", "deal on Monday", "Diane Okafor"),
    ("Hockey\nPELLSTON, Minn. (AP) — Jonah Erikstad, a 17-year-old junior, said he barely saw the "
     "puck go in. \"Honestly, I just shot it,\" the forward said.", "just shot it", "Jonah Erikstad")])
def test_a_party_or_a_position_describes_the_person_named_before(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[:3] == (speaker, "person", "description")


def test_a_people_describes_no_one_whose_role_does_not_say_it(extractor):
    # the sentence before has the manager as its subject; nothing says he is Dutch
    r = extractor.extract("Rovers win again\n"
                          "Millbrook manager Karl Brenner was furious with the referee. \"It was never "
                          "a foul,\" Brenner told reporters.\n"
                          "The Dutchman, who joined from Utrecht in the summer, said he was settling "
                          "well in England.")
    assert said(r, "settling well")[:2] == ("dutchman", "unnamed")


def test_a_body_typed_a_person_keeps_its_whole_name(extractor):
    r = extractor.extract("Shelling kills 14 in Kelbara\n"
                          "The Varosh Observatory for Human Rights said the dead included four children.")
    assert said(r, "four children")[:2] == ("Varosh Observatory for Human Rights", "organization")


def test_mrs_is_not_the_man_the_next_sentence_calls_he(extractor):
    r = extractor.extract("Bookseller dies at 91\n"
                          "Walter Finchley, who ran a bookshop for 60 years, died on Sunday. He is "
                          "survived by his wife, Margaret.\n"
                          "Mrs. Finchley said her husband had asked for no flowers at his funeral.")
    assert said(r, "no flowers")[:2] == ("Finchley", "person")


def test_he_after_a_quote_paragraph_is_the_subject_of_the_paragraph_before(extractor):
    r = extractor.extract("Council meets on missile test\n"
                          "Jean-Marc Moreau, the foreign minister of France, said the test could not "
                          "go unanswered.\n"
                          "Secretary General Tomas Ekberg-Lind arrived in New York on Friday for "
                          "the emergency session.\n"
                          "\"I count on the council to remain united,\" he told reporters.")
    assert said(r, "remain united")[0] == "Tomas Ekberg-Lind"


def test_where_a_study_was_published_is_not_who_made_it(extractor):
    r = extractor.extract("Walking cuts dementia risk\n"
                          "Older adults who walk daily are less likely to develop dementia, according "
                          "to a study published on Wednesday in the Journal of Geriatric Medicine.")
    assert said(r, "less likely")[:2] == ("study", "unnamed")


def test_the_diplomat_after_an_unnamed_diplomat_is_that_diplomat(extractor):
    r = extractor.extract("Talks resume in Ostrava\n"
                          "SARNIK (AFP) - Foreign Minister Davit Karapetov said talks could begin next "
                          "week.\n"
                          "A Western diplomat said the coming days would be \"the real test\".\n"
                          "\"Both sides are exhausted,\" the diplomat said.")
    assert said(r, "exhausted")[:2] == ("western diplomat", "unnamed")


def test_he_after_an_unnamed_survivor_is_the_survivor(extractor):
    r = extractor.extract("Migrants rescued off Veloria\n"
                          "Velora's interior minister, Paolo Benedetti, said the government would act. "
                          "One survivor, a 19-year-old from Khartoum, told DW he had paid $2,000 for the "
                          "crossing. \"They told us the boat was safe,\" he said.")
    assert said(r, "boat was safe")[1] == "unnamed"


def test_the_one_spoken_to_is_not_she(extractor):
    # spaCy types "Politico" a person here
    r = extractor.extract("Bill passes narrowly\n"
                          "Interior Minister Katarina Holm welcomed the result. Speaking to Politico "
                          "after the vote, she said the law would give police new tools.")
    assert said(r, "new tools")[0] == "Katarina Holm"


def test_a_name_in_what_describes_a_body_is_not_the_speaker(extractor):
    r = extractor.extract("Aid group criticises coast guard\n"
                          "The aid group Sea Harbour International, whose ship Aurora took part in the "
                          "rescue, said the response had come too late.")
    assert said(r, "too late")[:2] == ("Sea Harbour International", "organization")


def test_asking_not_to_be_named_is_no_statement(extractor):
    r = extractor.extract("Truce holds in Valoria\n"
                          "SARNIK (AFP) - A Western diplomat in Sarnik, who asked not to be named, said "
                          "the coming days would be \"the real test\".")
    assert [(a.speaker, a.cue.text) for a in r.attributions] == [("western diplomat", "said")]


def test_the_former_judge_is_the_retired_one_not_the_sitting_one(extractor):
    r = extractor.extract("Judge hears fraud case\n"
                          "The renovation scheme was overseen by a panel chaired by Henry Leung Ka-wai, "
                          "a retired judge. Deputy High Court Judge Eleanor Wu adjourned the hearing "
                          "until Friday.\n"
                          "Speaking by phone on Wednesday evening, the former judge said he would be "
                          "willing to give evidence if called.")
    assert said(r, "willing to give evidence")[0] == "Henry Leung Ka-wai"


@pytest.mark.parametrize("text, content, speaker", [
    # a name that modifies the description set off by the source
    ("Fraud trial\nThe trial of property developer Tsang Wing-hong continued on Wednesday. The "
     "prosecution's first witness, a former Kwun Lok accountant, said he had been told to \"stop "
     "asking questions\" by his manager.", "stop asking", "prosecution's first witness"),
    # the person whose relative speaks
    ("Fraud trial\nTsang Wing-hong, 61, has pleaded not guilty to three counts of fraud. Outside the "
     "court, Tsang's daughter said the family was confident he would be cleared.",
     "family was confident", "tsang's daughter")])
def test_a_name_inside_a_description_is_not_the_speaker(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[:2] == (speaker, "unnamed")


def test_he_after_the_minister_as_subject_is_the_minister(extractor):
    r = extractor.extract("Housing row\n"
                          "The Minister for Housing, Declan Furlong, defended his record on Tuesday. "
                          "Ciarán Moylan, a Sinn Féin TD, later said the Minister had \"run out of "
                          "excuses\".\n"
                          "The Minister is expected to bring proposals to Cabinet before Christmas. He "
                          "said on Tuesday evening that nothing was off the table.")
    assert said(r, "off the table")[0] == "Declan Furlong"



def test_he_after_a_description_that_fits_no_one_named_is_that_description(extractor):
    r = extractor.extract("Dam holds\n"
                          "Governor Valentin Kruglov said 6,000 people had been evacuated.\n"
                          "The senior engineer at the dam said the wall had held. \"We worked all "
                          "night,\" he said.")
    assert said(r, "worked all night")[:2] == ("senior engineer", "unnamed")


@pytest.mark.parametrize("text, content, speaker", [
    ("Early election row\nKARVA, March 3 (Reuters) - Prime Minister Iosif Damar proposed an early "
     "election on Monday.\nA spokesman for Damar said the prime minister was open to discussing "
     "the date.", "open to discussing", "spokesman for damar"),
    ("Union rejects offer\nDENVALE, March 3 (Reuters) - Workers at the Kestrel copper mine walked "
     "out on Monday.\nThe Kestrel workers' union, which represents 2,300 miners, said in a statement "
     "that the company's offer did not keep pace with inflation.", "keep pace",
     "Kestrel workers' union"),
    ("Court upholds verdict\nNEW DELHI (PTI): The Supreme Court on Monday upheld the conviction of "
     "contractor Sushil Goyal in the road scam case.\nGoyal's lawyer said the verdict was \"deeply "
     "disappointing\".", "deeply disappointing", "goyal's lawyer")])
def test_a_name_the_source_speaks_for_or_belongs_to_is_not_the_speaker(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[0] == speaker


@pytest.mark.parametrize("sentence, content", [
    ("Hundreds of people in the town have been told to prepare for more flooding.", "prepare for more"),
    ("Residents were warned that the river could burst its banks again.", "river could burst"),
    ("Yarrabee residents told it is too late to leave as fire jumps containment lines.", "too late")])
def test_the_ones_told_or_warned_are_not_the_speakers(extractor, sentence, content):
    assert said(extractor.extract(HEADLINE + sentence), content)[0] is None


def test_one_named_to_a_title_says_nothing(extractor):
    r = extractor.extract("Hartwell rallies past Brookmont\n\"I just go get the ball,\" Keisha Monroe said.\n"
                          "Monroe was named the tournament's most outstanding player.")
    assert not [a for a in r.attributions if "outstanding player" in a.content.text and a.speaker]


def test_a_report_from_a_body_is_the_body_not_the_place_that_owns_it(extractor):
    r = extractor.extract(HEADLINE + "According to data from Germany's Federal Statistical Office, "
                          "exports rose 3 percent last year.")
    assert said(r, "exports rose")[0] == "Federal Statistical Office"


def test_a_nationality_whose_noun_the_parse_lost_names_no_body(extractor):
    r = extractor.extract("Leaders stumble\nTomas Ferreira said the defeat would not knock Redbridge "
                          "off course. \"We're still top,\" the Portuguese forward said.")
    assert said(r, "still top")[:2] != ("Portuguese", "organization")
    # (the subject before the quote it signs off, as "the Dane" and "the Australian" are)
    assert said(r, "still top")[:2] == ("Tomas Ferreira", "person")


@pytest.mark.parametrize("source", [
    "Speaking outside court, Detective Constable Paul Hendry of Haverton Police's economic crime unit",
    "Detective Constable Paul Hendry of Haverton Police"])
def test_a_ranked_officer_of_a_force_is_the_officer(extractor, source):
    r = extractor.extract("Fraudster jailed\nDefending, Robert Kemp said his client was ashamed.\n"
                          f"{source} said fraud was \"not a victimless crime.\"\n"
                          "\"Behind every pound there is a person,\" he said.")
    assert said(r, "victimless")[:2] == ("Paul Hendry", "person")
    assert said(r, "Behind every pound")[:2] == ("Paul Hendry", "person")


@pytest.mark.parametrize("text, content, speaker", [
    ("Sen. Harold Bexley opposed the bill. The bill's lead sponsor, Sen. Marisol Okafor, a "
     "Democrat, said she was stunned. She noted that Bexley's staff had helped draft it.",
     "helped draft", "Marisol Okafor"),
    ("The president of Montevera, Lucía Barrantes, said on Thursday that the pension reform was "
     "necessary.", "reform was necessary", "Lucía Barrantes"),
    ("In Lemuria's capital, Vesna, the government spokeswoman, Mira Dobrev, said the country "
     "remained committed to a fair settlement.", "fair settlement", "Mira Dobrev")])
def test_a_name_set_off_in_a_long_source_is_the_speaker(extractor, text, content, speaker):
    assert said(extractor.extract(HEADLINE + text), content)[:2] == (speaker, "person")


@pytest.mark.parametrize("text", [
    "The president of Montevera said on Thursday that the pension reform was necessary.\n"
    "The party's leader, Senator Martin Olmedo, said the government had rushed the reform.",
    "The opposition leader, Senator Martin Olmedo, said the government had rushed the reform.\n"
    "The president said on Thursday that the pension reform was necessary."])
def test_the_president_is_not_a_party_leader(extractor, text):
    r = extractor.extract("Pension reform divides Montevera\n" + text)
    assert said(r, "reform was necessary")[1] == "unnamed"
    assert said(r, "rushed the reform")[0] == "Martin Olmedo"


def test_a_korean_name_is_family_name_first(extractor):
    r = extractor.extract(
        "Seoul watches launch site\nSEOUL, Oct. 11 (Yonhap) -- Unification Minister Park Seong-ho said "
        "Wednesday that the North appeared to be preparing an engine test.\n"
        "\"This is what worries Washington the most,\" said Choi Min-jung, a senior researcher.\n"
        "Park is scheduled to visit Washington next week. He said he would discuss human rights "
        "issues.")
    assert said(r, "discuss human rights")[:2] == ("Park Seong-ho", "person")


def test_a_name_set_off_by_a_trade_is_a_person(extractor):
    r = extractor.extract("Market protest\n\"We cannot feed our children,\" said Yolande Baptiste, a "
                          "market vendor.")
    assert said(r, "feed our children")[:2] == ("Yolande Baptiste", "person")


def test_he_after_what_no_one_says_of_a_named_person_is_that_person(extractor):
    r = extractor.extract("Talks\nMinister John Parker spoke on Wednesday.\n"
                          "\"Solid-fuel engines are harder to detect,\" said Paul Smith, a researcher.\n"
                          "Parker is expected to visit Washington next week. He said he would discuss "
                          "human rights issues.")
    assert said(r, "discuss human rights")[0] == "John Parker"


def test_she_skips_a_man_whose_given_name_only_the_reference_table_knows(extractor):
    r = extractor.extract("Market protest\n\"We cannot feed our children,\" said Yolande Baptiste, a "
                          "market vendor. Gaston Riviere, a trader, stood beside her. \"We will come "
                          "back,\" she said.")
    assert said(r, "come back")[0] == "Yolande Baptiste"


def test_a_name_the_recogniser_left_untyped_after_a_title_is_a_person(extractor):
    r = extractor.extract("Farm bill stalls\nHouse Agriculture Committee Chair Glenn Arbuthnot has tried "
                          "to broker a compromise. \"Dale has never met a set-aside he did not like,\" "
                          "Rep. Curtis Hanley told reporters.\nAsked about the meeting, Arbuthnot declined "
                          "to confirm the remark. \"I'm not going to get into private conversations,\" he said.")
    assert said(r, "private conversations")[0] == "Glenn Arbuthnot"


def test_the_writer_of_the_byline_is_no_speaker(extractor):
    r = extractor.extract("Whistleblower says hospital ignored warnings\nHannah Rourke, Health "
                          "correspondent\nA midwife who asked not to be named said the new recruits "
                          "had replaced staff who had left.\n\"The numbers on paper look better,\" she said.")
    assert said(r, "numbers on paper")[0] != "Hannah Rourke"


def test_she_after_an_unnamed_one_that_who_describes_is_that_one(extractor):
    r = extractor.extract("Whistleblower says hospital ignored warnings\nJoanne Pell, who worked at the "
                          "hospital for 14 years, said she raised concerns.\n\"I wasn't the only one,\" "
                          "Pell said.\nA midwife who still works at the unit, and who asked not to be "
                          "named, said the new recruits had replaced staff who had left.\n\"The numbers "
                          "on paper look better,\" she said.")
    assert said(r, "numbers on paper")[:2] == ("midwife", "unnamed")


@pytest.mark.parametrize("description, speaker", [
    ("the Kingsbridge boss", "Gareth Munro"), ("the Thornleigh manager", "Neil Ashworth")])
def test_a_club_named_in_a_description_picks_its_manager(extractor, description, speaker):
    r = extractor.extract("Kingsbridge Rovers 2-1 Thornleigh Athletic\nKingsbridge manager Gareth Munro "
                          "praised his side. Thornleigh boss Neil Ashworth was furious.\n"
                          f"\"Fourth in February means nothing,\" {description} said.")
    assert said(r, "Fourth in February")[0] == speaker


def test_he_is_not_a_superintendent_named_karen(extractor):
    r = extractor.extract("Police concerned for missing woman\nDetective Superintendent Karen Holt said "
                          "officers were treating the case as a kidnapping.\nMs Pennington's father, "
                          "Richard Pennington, made a brief appeal alongside his wife, Helen.\n"
                          "\"Lucy, if you can see this, we love you,\" he said.")
    assert said(r, "treating the case")[0] == "Karen Holt"
    assert said(r, "we love you")[0] == "Richard Pennington"


@pytest.mark.parametrize("source", ["The mayor of São Telmo, Joaquim Ferraz,",
                                    "Joaquim Ferraz, the mayor of São Telmo,"])
def test_the_place_of_an_office_is_not_the_officer(extractor, source):
    r = extractor.extract(f"Volcano erupts on Santa Irene\n{source} said no injuries had been "
                          "reported.\n\"I cannot answer them yet,\" the mayor said.")
    assert said(r, "answer them yet")[0] in ("Joaquim Ferraz", "mayor")


def test_wire_copy_names_of_round_fourteen(extractor):
    # an initial and one name set off by a person's noun, which spaCy typed an organisation
    r = extractor.extract(
        "Corporation to set up 120 new water ATMs\nMayor R. Kalaivani announced the plan on Friday. "
        "\"Our aim is to help every family,\" she said.\nP. Lakshmi, a homemaker, said her family spent "
        "nearly 1,500 rupees a month on tanker water. \"If this works, it will be a big relief for us,\" "
        "she said.")
    assert said(r, "big relief")[:2] == ("P. Lakshmi", "person")
    # a utility named "X Water" is no person, so "the judge" is not it
    r = extractor.extract(
        "Water company fined for sewage spills\nWessmoor Water pleaded guilty to 41 offences at "
        "Crownbridge crown court, where the judge said the company had shown \"a cavalier disregard\" "
        "for the environment.")
    assert said(r, "cavalier disregard")[0] != "Wessmoor Water"
    assert {s.name: s.kind for s in r.speakers}.get("Wessmoor Water") in (None, "organization")
    # after a participle's phrase the subject begins at the comma, whatever spaCy typed it
    r = extractor.extract(
        "Thousands flee as fighting spreads\nReporting from Darwan, Al Jazeera's Hashem Ouda said the "
        "humanitarian situation was deteriorating by the hour.")
    assert said(r, "deteriorating")[0] == "Hashem Ouda"


def test_a_name_set_off_from_the_place_of_an_office_is_the_officer(extractor):
    # spaCy typed "Nunzio Calò" an organisation, set off from "region", not "president"
    r = extractor.extract(
        "Minister says bridge will be finished by 2029\nInfrastructure Minister Matteo Ferrante said "
        "Wednesday that the bridge would be completed by 2029.\nThe president of the Isola Serena "
        "region, Nunzio Calò, backed the minister. He said the bridge would \"finally end the "
        "isolation\" of the island's 210,000 residents.")
    assert said(r, "finally end the isolation")[:2] == ("Nunzio Calò", "person")


def test_the_group_is_the_body_just_quoted_in_its_paragraph(extractor):
    r = extractor.extract(
        "Thousands flee as fighting spreads\nThe Northern Liberation Front denied the accusation. In a "
        "statement posted on social media, the group said government air strikes had destroyed a "
        "hospital.")
    assert said(r, "air strikes")[:2] == ("Northern Liberation Front", "organization")
    # (two bodies spoke in the paragraph: neither)
    r = extractor.extract(
        "Thousands flee as fighting spreads\nThe Northern Liberation Front denied the accusation, and "
        "the Red Crescent said it could not reach the town. In a statement, the group said government "
        "air strikes had destroyed a hospital.")
    assert said(r, "air strikes")[0] not in ("Northern Liberation Front", "Red Crescent")


@pytest.mark.parametrize("company", ["the company", "the Chicago-area company"])
def test_the_company_is_the_one_company_that_has_spoken(extractor, company):
    r = extractor.extract(
        "Harrowgate profit beats estimates\nHarrowgate Foods Inc. on Tuesday reported a third-quarter "
        f"profit that beat analysts' estimates.\nAdjusted earnings were $1.42 a share, {company} said.")
    assert said(r, "Adjusted earnings")[:2] == ("Harrowgate Foods Inc.", "organization")


def test_the_company_stays_unnamed_with_two_companies_or_none(extractor):
    # (two companies have spoken; a council is no company by its name)
    r = extractor.extract(
        "Merger talks\nHarrowgate Foods Inc. said it was in talks. Varnell Foods said it had received "
        "no offer.\nThe deal would close in March, the company said.")
    assert said(r, "close in March")[0] not in ("Harrowgate Foods Inc.", "Varnell Foods")
    r = extractor.extract(
        "Wind target\nThe Global Wind Energy Council said installations rose.\nNordvind said it "
        "remained committed to offshore wind, the company said.")
    assert "Global Wind Energy Council" != said(r, "offshore wind")[0]


def test_they_takes_up_the_plural_subject_just_before_in_its_paragraph(extractor):
    # (not the journal that published the study, the last body quoted)
    r = extractor.extract(
        "Coral reefs may recover faster than expected, study finds\nSome coral reefs bounced back "
        "from severe bleaching in as little as six years, according to a study published on Wednesday "
        "in the journal Marine Ecology Letters.\nThe researchers, from the Institute of Ocean "
        "Sciences in Nha Trang, surveyed 212 reef sites between 2014 and 2023. They found that a third "
        "of the sites had regained most of their cover by 2022.")
    assert said(r, "a third of the sites")[:2] == ("researchers", "group")


def test_a_place_a_credit_line_reports_from_is_no_person(extractor):
    # spaCy typed "Midway Atoll" a person; "he" then took up "on Midway" (an NYT credit line)
    r = extractor.extract(
        "Obama tours Pacific monument\nMr. Obama toured the islands on Thursday.\n"
        "For his part, Mr. Obama said he planned to stay active in fighting climate change. During "
        "his tour of the wildlife on Midway, he said the birds were thriving.\n"
        "\"My hope,\" he said, \"is that maybe I can have a little more influence.\"\n"
        "Julie Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay, Hawaii.")
    assert said(r, "birds were thriving")[0] == "Obama"
    assert said(r, "My hope")[0] == "Obama"
    assert "Midway Atoll" not in [s.name for s in r.speakers]


@pytest.mark.parametrize("text, content, speaker", [
    ("Rail strike brings Paris to a standstill\n\"The door of my ministry is open,\" Aubry said.\n"
     "At Saint-Lazare, Julien Moreau, a 36-year-old accountant, had left home at 5:30 am. \"It took "
     "me two and a half hours to get here,\" he said.", "two and a half hours", "Julien Moreau"),
    ("Record turnout in first phase\nChief electoral officer K Venkatesh said polling had been "
     "largely peaceful.\nAt a booth in Sitapur, 81-year-old Kamla Devi arrived in a wheelchair. \"I "
     "have voted in every election since 1962,\" she said.", "every election", "Kamla Devi")])
def test_a_pronoun_takes_up_a_subject_after_a_fronted_phrase(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[0] == speaker


def test_a_dateline_with_a_colon_is_no_speaker(extractor):
    r = extractor.extract("Record turnout in first phase\nCHANDANPUR: Voters turned out in record "
                          "numbers on Saturday.\nPolling was peaceful, officials said.")
    assert not [a for a in r.attributions if a.speaker == "CHANDANPUR"]


def test_a_given_name_the_recogniser_left_outside_is_part_of_the_name(extractor):
    r = extractor.extract("Ceasefire holds for second day\nLayla Mansour, the head of the group's political "
                          "bureau, said the mortar fire had come from unidentified elements.")
    assert said(r, "mortar fire")[0] == "Layla Mansour"
    assert "Layla" not in r.speakers[0].roles


def test_they_after_an_unnamed_plural_source_is_that_source(extractor):
    r = extractor.extract("Tense wait in Kassora as vote count drags on\nThe ruling Movement for Progress "
                          "dismissed the accusations.\nObservers from the regional bloc said voting on "
                          "Sunday had been largely peaceful, though they noted long delays in opening "
                          "some polling stations.")
    assert said(r, "long delays")[:2] == ("observers from the regional bloc", "unnamed")


@pytest.mark.parametrize("text", [
    "The remarks were a rebuke to the home secretary, Gregory Paske, who wants more money.\n"
    "Paske, who was visiting a processing centre in Kent, responded within hours. He told reporters "
    "that the figures were out of date.",
    "Paske, who was visiting a processing centre in Kent, responded within hours. He told reporters "
    "that the figures were out of date."])
def test_a_county_typed_a_person_is_no_antecedent(extractor, text):
    r = extractor.extract("Cabinet row deepens over asylum costs\n" + text)
    assert said(r, "out of date")[0] in ("Gregory Paske", None)
    if "Gregory" in text:
        assert said(r, "out of date")[0] == "Gregory Paske"


def test_she_after_a_description_that_names_its_person_is_that_person(extractor):
    r = extractor.extract("EU and Norvalia strike fishing deal\nNorvalia's fisheries minister, Ingrid "
                          "Solvang, said her government had made concessions.\nThe French fisheries "
                          "minister, Claire Aubertin, said Paris would study the text.\n\"We will defend "
                          "our fishers,\" she said.")
    assert said(r, "defend our fishers")[0] == "Claire Aubertin"


def test_a_title_case_headline_does_not_run_a_name_into_its_verb(extractor):
    r = extractor.extract("Calloway Foods Agrees to Buy Merriton Brands in $8.2 Billion Deal\nCalloway Foods "
                          "Inc. agreed on Monday to acquire Merriton Brands Corp. for about $8.2 billion.")
    names = {a.speaker for a in r.attributions if a.section == "headline"}
    assert names and not any("Agrees" in (n or "") for n in names)


@pytest.mark.parametrize("text, content, speaker", [
    ("Vestland central bank holds rates, deputy governor signals split\nOSTRAVIK, Oct 22 (Reuters) - "
     "Vestland's central bank kept its rate unchanged on Wednesday, but its deputy governor openly "
     "questioned how long policymakers could wait before easing. Governor Henrik Dahlgren told a news "
     "conference that inflation was still too high.", "policymakers could wait", "deputy governor"),
    ("Rates held\nGovernor Henrik Dahlgren said inflation was too high. Deputy Governor Lars Ekholm "
     "disagreed. The deputy governor said the bank should ease.", "should ease", "Lars Ekholm")])
def test_the_deputy_governor_is_not_the_governor(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[0] == speaker


def test_a_given_name_typed_a_place_is_part_of_the_name(extractor):
    r = extractor.extract("Architect Halina Wróblewska dies at 88\nHalina Maria Wróblewska was born in "
                          "1936. \"I decided to prove him wrong,\" she told a newspaper in 2005.")
    assert said(r, "prove him wrong")[0] == "Halina Maria Wróblewska"


@pytest.mark.parametrize("text, content, wrong", [
    ("Leaders gather for Black Sea summit\nThe summit's draft final declaration, seen by Anadolu, calls "
     "for \"enhanced dialogue\" on maritime security.", "enhanced dialogue", "Anadolu"),
    ("Whistleblower says hospital ignored warnings\nA senior midwife has said managers ignored repeated "
     "warnings, according to documents seen by the Guardian.", "managers ignored", "Guardian")])
def test_who_saw_a_document_did_not_write_it(extractor, text, content, wrong):
    # (the midwife's report inside the documents' is an attribution of its own)
    speakers = [a.speaker for a in extractor.extract(text).attributions if content in a.content.text]
    assert speakers and wrong not in speakers


def test_she_is_the_woman_named_since_the_last_speaker(extractor):
    r = extractor.extract("Brigade holds line near Verkhnia Lypova\nColonel Andrii Hnatiuk said Ukrainian "
                          "units had repelled all attacks.\nIn the cellar, Serhii's deputy, a former "
                          "schoolteacher named Oksana, keeps a handwritten log of every flight. She said the "
                          "unit had been short of drones.")
    assert said(r, "short of drones")[0] == "Oksana"


def test_a_lone_given_name_typed_a_group_is_a_person(extractor):
    r = extractor.extract("Brigade holds line near Verkhnia Lypova\nA senior intelligence officer, speaking "
                          "on condition of anonymity, said Russia had concentrated 20,000 troops in the area."
                          "\nBack in the cellar, Serhii watches a screen. \"Winter will help us a bit,\" he said.")
    assert said(r, "Winter will help")[0] == "Serhii"


def test_a_description_typed_a_person_is_no_antecedent(extractor):
    r = extractor.extract("Kingsbridge edge Thornleigh\nKingsbridge manager Gareth Munro praised his side."
                          "\nThe 46-year-old Scot, who took over in November, said the win showed the squad "
                          "understood him.\n\"We're not the finished article,\" he said.")
    assert "Scot" not in {s.name for s in r.speakers}
    assert said(r, "finished article")[0] == "Gareth Munro"


def test_who_after_an_apposition_of_a_rival_is_the_named_person(extractor):
    r = extractor.extract("Thousands protest fuel prices\nThe government of President Aurelio Montaner "
                          "took office two years ago.\nAmong the marchers was former prime minister Gaston "
                          "Rivière, a longtime rival of Montaner, who told reporters that the government had "
                          "\"lost touch with the people who elected it.\"")
    assert said(r, "lost touch")[0] == "Gaston Rivière"


@pytest.mark.parametrize("text, content, speaker", [
    ("Grain deal talks stall\nRussian Foreign Minister Sergei Lavrentyev said Russia would not accept new "
     "conditions.\nKremlin Spokesman Dmitry Peskarev told reporters that the Kremlin had received no signals. "
     "He added that Moscow continued to monitor the situation.", "continued to monitor", "Dmitry Peskarev"),
    ("Rates held\nGovernor Lee Jae-hoon said the bank would wait.\nFinance Minister Choi Sang-woo said last "
     "week that the government respected the bank's independence. He added that coordination was needed.",
     "coordination was needed", "Choi Sang-woo")])
def test_he_after_a_titled_name_the_recogniser_cut_or_typed_a_body_is_that_person(extractor, text, content, speaker):
    assert said(extractor.extract(text), content)[0] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Polling resumes in Rampur\nSuperintendent of police Harpreet Gill said four people had been detained. "
     "\"The situation is under control,\" the SP said.", "under control", "Harpreet Gill"),
    ("Flood relief announced\nChief Minister Revanth Kumar visited the district. Opposition leader Anil Rao "
     "criticised the delay. \"No family will be left without help,\" the CM said.", "No family", "Revanth Kumar")])
def test_a_role_abbreviated_is_the_person_with_that_role(extractor, text, content, speaker):
    assert said(extractor.extract(text), content) == (speaker, "person", "description")


@pytest.mark.parametrize("text, name", [
    ("Sentencing, Judge Helen van der Merwe said the offending was \"a gross breach of trust\".",
     "Helen van der Merwe"),
    ("Malaysian economist Siti Aminah binti Rahman said the region's young population was an engine of "
     "growth.", "Siti Aminah binti Rahman"),
    ("Prosecuting, Ahmed al-Rashid KC told the court the payments had been diverted. \"This was a "
     "deliberate fraud,\" Mr al-Rashid said.", "Ahmed al-Rashid KC"),
    ("Nigerian Minister of State for Petroleum Resources Adebayo Ogunleye said the country's capacity had "
     "been underestimated. \"We are producing more,\" Ogunleye told reporters.", "Adebayo Ogunleye")])
def test_a_name_with_particles_suffixes_or_a_long_title_is_one_whole_person(extractor, text, name):
    r = extractor.extract(HEADLINE + text)
    assert [(s.name, s.kind) for s in r.speakers] == [(name, "person")]


def test_the_n_year_old_is_the_person_given_that_age(extractor):
    r = extractor.extract(HEADLINE + "John Hale, 61, said the town was safe.\nNot everyone agrees. Marisol de la "
                          "Cruz, 54, who runs a bakery on Main Street, said she had warned officials about the "
                          "levee.\n\"I sent them pictures. I called twice. Nobody came,\" the 54-year-old said.")
    assert said(r, "Nobody came") == ("Marisol de la Cruz", "person", "description")


def test_a_title_tells_apart_two_people_of_one_surname(extractor):
    r = extractor.extract(HEADLINE + "Dr Priya Sharma, a junior doctor, is married to Anil Sharma, a Conservative "
                          "councillor on Leicester city council. Dr Sharma said the offer was an insult.\n\"We "
                          "argue about it at the dinner table,\" said Cllr Sharma.")
    assert said(r, "offer was an insult")[0] == "Priya Sharma"
    assert said(r, "dinner table")[0] == "Anil Sharma"


def test_a_bare_surname_shared_by_two_is_the_one_named_last(extractor):
    r = extractor.extract("Cubicle rules\nMs Chan Yuk-ling, a cleaner who lives in Sham Shui Po, said she welcomed "
                          "the rules.\nProfessor Chan Kin-wah, a housing policy expert, said the scheme lacked "
                          "teeth.\n\"The fines are too low,\" Chan said.")
    assert said(r, "fines are too low")[0] == "Chan Kin-wah"


@pytest.mark.parametrize("text, content, speaker", [
    ("Appearing for the petitioners, senior advocate S. Lakshmi Narayan argued that at least 11 people had "
     "died in accidents.", "at least 11 people", "S. Lakshmi Narayan"),
    ("For Latha, a 34-year-old schoolteacher from HSR Layout, the order came too late.\n\"He was in hospital "
     "for three weeks,\" she said.", "three weeks", "Latha")])
def test_a_name_the_recogniser_typed_a_body_or_place_is_a_person_by_its_role_or_age(extractor, text, content,
                                                                                   speaker):
    assert said(extractor.extract(HEADLINE + text), content)[:2] == (speaker, "person")


def test_he_after_a_family_name_first_used_alone_is_that_person(extractor):
    r = extractor.extract("Japan to release more rice\nAgriculture Minister Kobayashi Hiroto said Japan would "
                          "release more rice.\n\"We take the rise in prices seriously,\" Kobayashi told a press "
                          "conference.\nA farm ministry official, speaking on condition of anonymity, said the "
                          "ministry was considering new targets.\nKobayashi, who took office in May, has made "
                          "bringing down rice prices his top priority. He has said he wants the price of a "
                          "5-kg bag to fall.")
    assert said(r, "wants the price")[0] == "Kobayashi Hiroto"


def test_the_n_year_old_with_no_age_given_is_the_person_just_quoted(extractor):
    r = extractor.extract("Okafor: 'This race is about your kitchen table'\nDAYTON, Ohio - State Sen. Maria Okafor "
                          "stood on a flatbed truck Saturday night and told 2,000 supporters that the race was "
                          "about one thing.\n\"This race is not about Washington. It is not about cable news. It "
                          "is about your kitchen table,\" Okafor said, as the crowd chanted her name. \"It is "
                          "about whether you can pay for groceries.\"\nThe 47-year-old former nurse, who is "
                          "trying to unseat Sen. Glenn Harwood, spent her speech attacking his voting record."
                          "\n\"Glenn Harwood has taken more money from the drug companies than anyone,\" she said.")
    assert said(r, "voting record") == ("Maria Okafor", "person", "description")
    assert said(r, "drug companies")[0] == "Maria Okafor"


@pytest.mark.parametrize("text, content, name", [
    ("The Karnataka high court on Thursday gave the civic body four weeks to fill every pothole, warning that "
     "senior officials would otherwise face contempt.", "senior officials", "Karnataka high court"),
    ("The Heart and Metabolism Trust, a British charity, said the study was a wake-up call.", "wake-up call",
     "Heart and Metabolism Trust")])
def test_a_body_is_named_whole(extractor, text, content, name):
    assert said(extractor.extract(HEADLINE + text), content)[:2] == (name, "organization")


def test_a_name_after_an_office_is_the_name_not_the_office(extractor):
    r = extractor.extract(HEADLINE + "Secretary for Housing Ivy Leung Wai-han told lawmakers on Wednesday that "
                          "landlords would have to register every unit.")
    # (with the English given name before the family name, since the name written family name
    # first is a person in nlp: not "Secretary for Housing")
    assert said(r, "register every unit")[:2] == ("Ivy Leung Wai-han", "person")


def test_a_body_before_a_role_and_a_name_is_the_employer_not_the_speaker(extractor):
    r = extractor.extract("Offshore wind projects stall\nIndustry groups are calling for changes to the way "
                          "auctions are designed. WindEurope chief executive Giles Dickson-Mbeki said governments "
                          "needed to index contracts to inflation.")
    assert said(r, "index contracts")[:2] == ("Giles Dickson-Mbeki", "person")


def test_the_before_one_proper_noun_is_a_description_not_a_name(extractor):
    r = extractor.extract("Late winner keeps Rovers in the race\n\"This team never gives up,\" Rovers manager Henrik "
                          "Larsen said.\nLarsen said Demir had earned a place. \"He is fearless. He is only 19, but "
                          "he plays like he has been doing this for ten years,\" the Dane added.")
    # (no role says the nationality: the subject before the quote it signs off, never a person "Dane")
    assert said(r, "He is fearless")[:2] == ("Henrik Larsen", "person")
    assert "Dane" not in {s.name for s in r.speakers}


def test_the_mp_after_an_unnamed_backbencher_is_that_backbencher(extractor):
    r = extractor.extract("Labour MPs demand rethink\nRachel Okafor, the MP for Leeds North East, said colleagues "
                          "had been inundated with messages.\nOne senior Labour backbencher, who asked not to be "
                          "named, said the whips had misjudged the mood. \"They thought a few phone calls would "
                          "sort it out,\" the MP said.")
    assert said(r, "phone calls")[:2] == ("one senior labour backbencher", "unnamed")


def test_a_name_a_body_noun_sets_off_is_a_body_wherever_it_stands(extractor):
    # spaCy types "Lumora" a person; "video app Lumora" and "the startup Lumora" say it is a
    # body, here and wherever the article names it (the engineer's report went to a person
    # "Lumora", and so did the company's own statement).
    r = extractor.extract("Engineer says app ignored warnings\nA former engineer at social video app Lumora "
                          "told senators that the leadership shelved safety proposals.\nPriya Raman testified "
                          "for three hours.\nLumora, which says it has 300 million users, disputed her testimony.")
    assert said(r, "shelved safety proposals")[1] != "person"
    assert said(r, "300 million users")[:2] == ("Lumora", "organization")
    r = extractor.extract(HEADLINE + "The startup Lumora said it would appeal.")
    assert said(r, "would appeal")[:2] == ("Lumora", "organization")
    # A body noun that ends a title is none: "superintendent of police Harpreet Gill".
    r = extractor.extract(HEADLINE + "In Rampur, where stones were thrown outside a polling booth in Kherwada "
                          "village, superintendent of police Harpreet Gill said four people had been detained.")
    assert said(r, "four people")[:2] == ("Harpreet Gill", "person")


def test_an_age_the_text_gives_someone_else_rules_them_out(extractor):
    # The named subject before "the 82-year-old" is the poet who died, whom the text gives 89
    # years: the one just quoted in the paragraph is the widow (who went to the poet).
    r = extractor.extract("Poet Tran Van Minh dies at 89\nHANOI, May 2 - Tran Van Minh, the poet whose verses "
                          "about the river towns were taught in every school, died on Friday at his home in "
                          "Hue. He was 89.\nMinh is survived by his wife of 58 years, Le Thi Lan, and by three "
                          "children.\nHis widow said he would be buried beside his parents. \"He wrote until "
                          "the last week,\" the 82-year-old said.")
    assert said(r, "He wrote until")[:2] == ("widow", "unnamed")
    # With no one before, the age names the unnamed speaker (the parse heads it with "the").
    r = extractor.extract(HEADLINE + '"He never stopped drawing boats," the 79-year-old said.')
    assert said(r, "drawing boats")[:2] == ("79-year-old", "unnamed")


MINISTERS = """Lavrentyev, Wang hold talks in Moscow on Ukraine, energy cooperation

MOSCOW, Nov 21 (TASS) - Russian Foreign Minister Sergei Lavrentyev and Chinese Foreign Minister Wang Jianguo held talks in Moscow on Tuesday, discussing the situation in Ukraine, energy cooperation and preparations for an upcoming summit between the two countries' leaders.

Opening the talks, the Russian top diplomat said relations between Moscow and Beijing were "at the highest level in their entire history."

"We highly value the consistent, balanced position of our Chinese friends on the Ukrainian settlement," Lavrentyev said. "It is based on a deep understanding of the root causes of the crisis."

The minister stressed that Russia remained open to negotiations, but only on the basis of "the realities on the ground.\""""


def test_the_role_of_two_named_people_is_the_one_just_quoted(extractor):
    # Both are foreign ministers and Wang is named after Lavrentyev in the lede (his name in the
    # split quote counts as inside it), but Lavrentyev has just been quoted and no other
    # minister named since.
    r = extractor.extract(MINISTERS)
    assert said(r, "remained open")[:2] == ("Sergei Lavrentyev", "person")


def test_a_full_name_typed_a_place_set_off_by_a_persons_noun_is_a_person(extractor):
    # spaCy types "Tunde Adeyemi" a place; "He" went to his father, the one person named.
    r = extractor.extract("A family bakery in Ibadan\nIBADAN, Nigeria - Babatunde Adeyemi founded the bakery in "
                          "1974.\nThe couple's eldest son, Tunde Adeyemi, left a banking job in Lagos in 2015. "
                          "He said he had been reluctant at first.")
    assert said(r, "reluctant at first")[:2] == ("Tunde Adeyemi", "person")


def test_a_phrase_set_before_the_subject_is_no_part_of_the_source(extractor):
    # The parse makes "parliament" the subject, with the name its conjunct: the speaker was an
    # unnamed "outside parliament".
    r = extractor.extract("Heated Lok Sabha debate as opposition attacks farm subsidy cuts\nOutside parliament, "
                          "Dr. Kavita Reddy, an agricultural economist at Jawaharlal Nehru University, said the "
                          "numbers did not add up.\nParliamentary affairs minister Nisha Patel said the "
                          "government was confident of passing it with a comfortable majority.")
    a = next(a for a in r.attributions if "did not add up" in a.content.text)
    assert a.speaker == "Kavita Reddy" and a.source.text.startswith("Dr. Kavita Reddy")


def test_she_after_a_daughter_named_with_her_age_is_the_daughter(extractor):
    # "Simi" (typed a place) set off by "daughter" and an age is a person, and the mother named
    # only as the owner ("Ngozi's daughter") is not what "she" takes up; "The youngest Adeyemi"
    # is no mention of the mother either.
    r = extractor.extract("A family bakery in Ibadan\nIBADAN, Nigeria - Ngozi Adeyemi manages the books. \"Some "
                          "months we make almost nothing,\" she said.\nThe youngest Adeyemi in the business is "
                          "Tunde and Ngozi's daughter, Simi, 19, who studies food science. Asked whether she "
                          "would one day run the bakery, she laughed.\n\"My grandmother says yes, my mother "
                          "says finish school first,\" she said.")
    assert said(r, "finish school first")[:2] == ("Simi", "person")
    assert said(r, "almost nothing")[0] == "Ngozi Adeyemi"


def test_the_younger_of_a_family_is_the_one_of_them_named_last(extractor):
    # (not the Whitford named most often)
    r = extractor.extract("Wife testifies against former executive\nNEW YORK, June 12 (Reuters) - Margaret "
                          "Whitford said her husband had hidden money offshore. Under cross-examination, Mrs. "
                          "Whitford acknowledged that she stood to gain from a conviction.\nThe defendant's "
                          "brother, Thomas Whitford, sat in the front row.\n\"Danny didn't run that bank,\" the "
                          "younger Whitford said.")
    assert said(r, "run that bank")[:2] == ("Thomas Whitford", "person")


def test_a_name_ending_in_a_company_word_is_a_company(extractor):
    # spaCy types the headline's "Hanjin Chemical" a person.
    r = extractor.extract("Hanjin Chemical agrees $12 bln takeover of Dutch rival Veldhoven\nSEOUL, Sept 5 "
                          "(Reuters) - South Korea's Hanjin Chemical said on Thursday it had agreed to buy "
                          "Veldhoven NV for about $12 billion.")
    assert said(r, "agreed to buy")[:2] == ("Hanjin Chemical", "organization")
    assert "person" not in {s.kind for s in r.speakers if s.name == "Hanjin Chemical"}


@pytest.mark.parametrize("text, content", [
    ("A spokeswoman for Health Minister Tim Nicholls said negotiations were continuing in good faith.",
     "continuing in good faith"),
    ("A lawyer for Marcus Whitfield said his client would plead not guilty.", "plead not guilty")])
def test_who_speaks_for_someone_is_not_that_someone(extractor, text, content):
    # (a title between the preposition and the name, or a name typed only there: both went to
    # the one spoken for)
    assert said(extractor.extract(HEADLINE + text), content)[1] == "unnamed"


def test_a_title_written_short_does_not_end_the_sentence(extractor):
    # spaCy split "Sgt." from its period and ended a sentence there: the speaker was "Sgt".
    r = extractor.extract(HEADLINE + "Detective Sgt. Luis Ortega, who is leading the investigation, said "
                          "surveillance footage helped officers identify the suspect.")
    assert said(r, "surveillance footage")[:2] == ("Luis Ortega", "person")


def test_an_organisations_initials_typed_a_person_are_the_organisation(extractor):
    # With "Col." one token spaCy types "JCS" a person; the article gives it as the initials
    # of "the Joint Chiefs of Staff".
    r = extractor.extract(HEADLINE + "Meanwhile, the Joint Chiefs of Staff (JCS) said it had not detected any "
                          "unusual military movements along the border.\n\"Our military is fully ready to "
                          "respond overwhelmingly to any provocation,\" JCS spokesperson Col. Lee Dong-min "
                          "said in a regular briefing.")
    assert said(r, "unusual military")[:2] == ("Joint Chiefs of Staff", "organization")
    assert said(r, "fully ready")[:2] == ("Lee Dong-min", "person")


def test_they_after_one_unnamed_person_just_reported_is_that_person(extractor):
    # (a singular "they": it went to the group named in the paragraph before)
    r = extractor.extract(HEADLINE + "Charities also criticised the plans.\nOne minister admitted that the "
                          "government had mishandled the rollout. \"We should have done the groundwork months "
                          "ago,\" they said.")
    assert said(r, "groundwork")[:2] == ("one minister", "unnamed")


def test_the_first_word_of_a_companys_name_is_the_company(extractor):
    # spaCy types the "Halvorsen" of an analyst's quote a person, and the company's own report
    # ("Halvorsen also said") went to that person.
    r = extractor.extract("Halvorsen Foods profit beats estimates\nCHICAGO, April 24 (Reuters) - Halvorsen Foods "
                          "Inc reported a better-than-expected quarterly profit on Thursday.\nHalvorsen also said "
                          "it would cut about 900 jobs as part of a restructuring of its European operations.\n"
                          "\"Halvorsen is clearly taking share from weaker competitors,\" said Arun Mehta, "
                          "portfolio manager at Greenfield Capital.")
    assert said(r, "900 jobs")[:2] == ("Halvorsen Foods Inc", "organization")
    assert said(r, "taking share")[:2] == ("Arun Mehta", "person")


def test_a_source_the_tagger_starts_inside_a_word_takes_the_whole_word(extractor):
    # The tagger tagged "Tokura" from its second wordpiece: the source read "kura Masakazu, ..."
    # (a one-paragraph text, as the probe had it).
    r = extractor.extract("Business leaders welcomed the agreement. Tokura Masakazu, chairman of the "
                          "Japan Business Federation, or Keidanren, said in a statement that closer ties would "
                          "benefit companies.")
    a = next(a for a in r.attributions if "closer ties" in a.content.text)
    assert a.source.text.startswith("Tokura Masakazu") and a.speaker == "Tokura Masakazu"


def test_he_after_an_unnamed_subject_is_that_person(extractor):
    # (it went to the chancellor, the last man named, in the paragraph before)
    r = extractor.extract("Merz rejects joint borrowing\nChancellor Friedrich Merz said common debt was not the "
                          "right answer.\nA government spokesman played down any disagreement. \"The coalition "
                          "partners are in close contact,\" he said.")
    assert said(r, "close contact")[:2] == ("government spokesman", "unnamed")


@pytest.mark.parametrize("text, content, speaker", [
    # the tagger's source left "Back in" out: "Abuja, a senior central bank official," read as a
    # place and its role
    ("Back in Abuja, a senior central bank official, who asked not to be named because he was not "
     "authorised to speak to the media, said the bank was also worried about the government's "
     "borrowing plans.", "borrowing plans", ("senior central bank official", "unnamed")),
    # a country with its description is the country
    ("Russia, a close ally of Damascus, said the strikes were illegal.", "strikes were illegal",
     ("Russia", "organization"))])
def test_a_place_set_before_the_subject_is_not_the_speaker(extractor, text, content, speaker):
    r = extractor.extract("Nigeria's central bank holds rate, says inflation fight not over\nRazia Khan's view was echoed by Lagos-based "
                          "economist Bismarck Rewane, who told Reuters that the committee had \"bought itself "
                          "time.\"\nIn neighbouring markets, Kenya's central bank last month cut its rate by 75 "
                          "basis points to 10%, its fifth consecutive reduction. Governor Kamau Thugge said at the "
                          "time that inflation was expected to remain within the bank's target range.\n" + text)
    assert said(r, content)[:2] == speaker


def test_an_ambassador_to_a_country_keeps_his_whole_role(extractor):
    # His role was read as "United States"; "the Russian diplomat" then went to the deputy
    # foreign minister named before.
    r = extractor.extract("Russian diplomats\nRussian Deputy Foreign Minister Sergey Ryabkov told TASS that Moscow "
                          "did not expect rapid progress.\nRussian Ambassador to the United States Alexander "
                          "Darchiev said the embassy was functioning in difficult conditions. The Russian "
                          "diplomat said that visa issues remained one of the main problems.")
    assert said(r, "visa issues")[:2] == ("Alexander Darchiev", "person")
    assert next(s for s in r.speakers if s.name == "Alexander Darchiev").roles[0].startswith("Russian Ambassador")


@pytest.mark.parametrize("text, content, speaker", [
    # initials without stops, as Indian papers write them; the name typed an organisation
    ("Bengaluru Police Commissioner B Dayananda said that around 2.5 lakh people had arrived near the "
     "stadium. \"We had deployed over 1,000 personnel,\" he told The Indian Express.", "1,000 personnel",
     "B Dayananda"),
    # ... or typed nothing after an office the recogniser made an organisation
    ("Leader of Opposition in the Assembly R Ashoka accused the government of \"criminal negligence\". "
     "\"The Home Minister must resign immediately,\" Ashoka said.", "criminal negligence", "R Ashoka"),
    # a suffix the parse made the head: "KC" was an organisation
    ("Sentencing, Judge Nicholas Dean KC told Ashcroft that she had \"utterly failed\" in her duty of care.",
     "utterly failed", "Nicholas Dean")])
def test_a_name_with_initials_or_a_suffix_is_the_person(extractor, text, content, speaker):
    r = extractor.extract("Stampede toll rises to 11\nKarnataka Chief Minister Siddaramaiah on Thursday ordered "
                          "a magisterial inquiry into the stampede.\n" + text)
    assert said(r, content)[:2] == (speaker, "person")


def test_a_participle_phrase_set_before_the_subject_is_no_part_of_the_source(extractor):
    # The place of "Reporting from Deir el-Balah" (typed an organisation) was the speaker.
    r = extractor.extract("Strikes hit central Gaza.\n\nReporting from Deir el-Balah, Al Jazeera's Hind "
                          "Khoudary said the strikes had continued through the afternoon.")
    assert said(r, "continued through")[:2] == ("Hind Khoudary", "person")


def test_they_after_unnamed_people_just_reported_is_those_people(extractor):
    # (the commission of the sentence before, whose report "they" was taken to be about)
    r = extractor.extract("Election results delayed\n\nThe commission rejected the claims.\n\nElection observers "
                          "said in a preliminary report that voting had been \"largely peaceful,\" though they "
                          "noted delays in opening some polling stations.")
    assert said(r, "delays in opening")[:2] == ("election observers", "unnamed")


def test_a_full_name_typed_a_group_whose_surname_is_set_off_with_an_age_is_a_person(extractor):
    # "Ádám Varga" was an organisation, so "he added" went to the other player.
    r = extractor.extract("Varga edges Lindholm\n\nÁdám Varga saved two match points to beat Oskar Lindholm in "
                          "five sets on Wednesday.\n\n\"I was very lucky in the fourth set,\" Lindholm said.\n\n"
                          "Varga, 23, was more relaxed. \"I just tried to stay calm,\" he added.")
    assert said(r, "stay calm")[:2] == ("Ádám Varga", "person")
    assert said(r, "fourth set")[0] == "Oskar Lindholm"


def test_a_name_set_off_from_an_office_s_hyphenated_place_is_the_holder(extractor):
    # "Toshio Endo" typed a place and set off from "Wajima-hama": no speaker for "he said".
    r = extractor.extract("Town struggles a year after quake\n\nThe mayor of Wajima-hama, Toshio Endo, said on "
                          "Monday that reconstruction would take at least five more years.\n\n\"People are still "
                          "living in temporary housing,\" he said.")
    assert said(r, "reconstruction")[:2] == ("Toshio Endo", "person")
    assert said(r, "temporary housing")[:3] == ("Toshio Endo", "person", "pronoun")


def test_the_group_is_a_body_named_by_what_it_is_that_just_spoke(extractor):
    r = extractor.extract("Rebels deny shelling\n\nThe army of the breakaway Southern Front denied on Sunday that "
                          "it had shelled the border town of Ardam. In a statement posted online, the group said "
                          "its fighters had been \"nowhere near the town\".")
    assert said(r, "nowhere near")[0] == said(r, "shelled the border")[0] == "army of the breakaway southern front"


@pytest.mark.parametrize("text, speaker", [
    ("Halvorsen Energy shares slid 12 percent on Tuesday after the Houston-based company said it expected "
     "lower output from its Gulf fields.", "Halvorsen Energy"),
    # two companies named: either
    ("Halvorsen Energy shares slid after Brenner Technologies cut its orders and the Houston-based company "
     "said it expected lower output from its Gulf fields.", "Houston-based company")])
def test_the_company_no_company_spoke_before_is_the_one_its_sentence_names(extractor, text, speaker):
    r = extractor.extract("Shares slide\n\n" + text)
    assert said(r, "lower output")[0] == speaker


@pytest.mark.parametrize("between, speaker", [
    ("", "Sabine Krohn"),
    # a mayor named since is a politician too: either
    (" Mayor Tom Becker, a Christian Democrat, said the money should go to roads.", "politician")])
def test_the_politician_is_the_one_lawmaker_named(extractor, between, speaker):
    r = extractor.extract("Greens push for rail\n\nSabine Krohn, a lawmaker for the Greens, has called for a "
                          "20-billion-euro rail fund." + between + "\n\nSpeaking to DW, the politician said the "
                          "country could not afford to wait.")
    assert said(r, "afford to wait")[0] == speaker


def test_a_given_name_left_outside_a_name_of_three_words_joins_it(extractor):
    # "Khadija" was left out of "Osman Ali", so "she" had no known gender and went elsewhere.
    r = extractor.extract("Floods\n\nThe Somali government declared a state of emergency. Minister for Humanitarian "
                          "Affairs and Disaster Management Khadija Osman Ali said the government had deployed "
                          "helicopters.\n\n\"We appeal to our partners to act now,\" she said.")
    assert said(r, "deployed helicopters")[0] == "Khadija Osman Ali"
    assert said(r, "act now")[:3] == ("Khadija Osman Ali", "person", "pronoun")


def test_an_untyped_full_name_as_a_subject_is_a_person_an_age_may_take_up(extractor):
    # "Ousmane Ndiaye" was typed nothing, so "the 23-year-old" went to the player named since.
    r = extractor.extract("Late header sends Ashgrove top\n\nAshgrove Rovers won 2-1 on Saturday, Ousmane Ndiaye "
                          "heading the winner in the 89th minute.\n\nSubstitute Jordan Ellis-Mbeki equalised on 67 "
                          "minutes, before Ndiaye rose above two defenders to meet a cross.\n\nNdiaye, who joined "
                          "from FC Valmont in January, said the winner was the best moment of his career. \"When "
                          "the ball came in I just closed my eyes,\" the 23-year-old said.")
    assert said(r, "best moment")[:2] == ("Ousmane Ndiaye", "person")
    assert said(r, "closed my eyes")[:3] == ("Ousmane Ndiaye", "person", "description")


@pytest.mark.parametrize("text, content, speaker", [
    ("Ashgrove boss José Medeiros praised his side. \"The second half was the real Ashgrove,\" the Portuguese "
     "said.", "real Ashgrove", "José Medeiros"),
    ("Keita, for his part, dedicated the victory to his son. The Senegalese forward told the club's television "
     "that he had \"promised the goal to my wife.\"", "promised the goal", "Mamadou Keita"),
    # a coach is a football manager
    ("Atletico Marismas coach Rui Carvalhais praised his players. \"Today we suffered,\" the Portuguese "
     "manager said.", "we suffered", "Rui Carvalhais")])
def test_a_nationality_describes_the_player_or_manager_just_named(extractor, text, content, speaker):
    r = extractor.extract("Marismas win\n\nCarvalhais also had words for striker Mamadou Keita, who scored both "
                          "goals.\n\n" + text)
    assert said(r, content)[:3] == (speaker, "person", "description")


@pytest.mark.parametrize("name, role, description", [
    ("Minister of Energy Yevgeny Karpin", "Minister of Energy", "the minister"),
    ("Governor of the Murmansk Region Oleg Dyachkov", "Governor of the Murmansk Region", "the governor"),
    ("Deputy Minister of Economic Development Pavel Grishanov", "Deputy Minister of Economic Development",
     "the deputy minister")])
def test_an_office_of_a_department_or_place_before_a_name_is_the_role(extractor, name, role, description):
    # The department's words were taken into the name ("Energy Yevgeny Karpin"), and the
    # office was no role, so "the minister" had no speaker.
    r = extractor.extract(f"Arctic talks\n\nMOSCOW, March 3. /TASS/. {name} said on Tuesday that the talks would "
                          f"resume.\n\n\"This is a commercial matter,\" {description} told reporters.")
    person = name.split()[-2] + " " + name.split()[-1]
    assert said(r, "talks would resume")[:2] == (person, "person")
    assert said(r, "commercial matter")[:3] == (person, "person", "description")
    assert [s.roles for s in r.speakers if s.name == person] == [[role]]


@pytest.mark.parametrize("role", ["secretary-general", "director-general"])
def test_a_hyphenated_role_set_off_before_a_name_is_the_person_s(extractor, role):
    # "general" was tagged an adjective, so the source named no one.
    r = extractor.extract(f"Deep-sea mining\n\nThe ISA's {role}, Marcelo Duarte-Lima, told reporters that the "
                          "authority would take into account all the science.")
    assert said(r, "all the science")[:2] == ("Marcelo Duarte-Lima", "person")


def test_the_company_is_the_one_mining_company_named(extractor):
    r = extractor.extract("Kestrel Minerals halts mine\n\nLONDON (Reuters) - London-listed Kestrel Minerals said on "
                          "Thursday it had suspended operations at its copper mine.\n\nThe company said in a "
                          "statement that talks with the union had broken down.")
    assert said(r, "talks with the union")[:3] == ("Kestrel Minerals", "organization", "description")


@pytest.mark.parametrize("role, speaker", [
    ("president of the Unmanned Aircraft Trade Council, which represents drone makers,",
     "Unmanned Aircraft Trade Council"),
    # a town is no group
    ("the mayor of Springfield,", "group")])
def test_the_group_is_the_body_the_person_just_quoted_leads(extractor, role, speaker):
    r = extractor.extract(f"Drone bill\n\nDerek Ames, {role} warned that the bill could impose costly retrofits.\n\n"
                          "\"We share the goal of safer skies,\" Ames said. The group said it would push for "
                          "exemptions for agricultural use.")
    assert said(r, "push for exemptions")[0] == speaker


@pytest.mark.parametrize("others, speaker", [
    ("Polish Agriculture Minister Jan Nowak backed the plan.", "Ádám Kertész"),
    # another Hungarian official, the subject of the sentence before: he
    ("Hungarian Foreign Minister Peter Szabo agreed.", "Peter Szabo")])
def test_the_official_is_the_one_state_secretary_or_minister_of_that_country(extractor, others, speaker):
    r = extractor.extract("EU farm plan\n\nHungary's representative, State Secretary Ádám Kertész, went further, "
                          f"calling the plan \"an attack on rural Europe\". {others}\n\nThe Hungarian official said "
                          "Budapest would seek allies among other countries.")
    assert said(r, "seek allies")[0] == speaker


@pytest.mark.parametrize("name, description", [
    ("Sen. Travis Boudreaux, R-La.,", "The Louisiana Republican"),
    ("Rep. Maria Lopez (D-Calif.)", "The California Democrat"),
    ("Rep. Jane Doe, D-N.Y.,", "The New York Democrat")])
def test_a_lawmaker_s_party_and_state_describe_them(extractor, name, description):
    r = extractor.extract(f"Drone bill\n\nSen. Anna Kovacs backed the bill. {name} said the bill was \"not about "
                          f"punishing hobbyists.\" {description}, a former sheriff's deputy, said drones had been "
                          "used to drop contraband.")
    person = " ".join(name.split()[1:3]).strip(",")
    assert said(r, "contraband")[:3] == (person, "person", "description")
    assert description[4:] in [s.roles for s in r.speakers if s.name == person][0]


def test_the_russian_diplomat_is_the_permanent_representative_not_the_envoy_before(extractor):
    # The whole "First Deputy Permanent Representative Dmitry Polyakov-Sinitsyn" was an
    # organisation, and "the Russian diplomat" went to the US deputy ambassador.
    r = extractor.extract("UN vote\n\nUnited States Deputy Ambassador Dorothy Castellano-Ward said Washington "
                          "supported a drawdown. \"We cannot simply pack up,\" she said.\n\nRussia's First Deputy "
                          "Permanent Representative Dmitry Polyakov-Sinitsyn accused Western members of ignoring the "
                          "wishes of a sovereign state. \"The council must respect this,\" the Russian diplomat said.")
    assert said(r, "must respect this")[:3] == ("Dmitry Polyakov-Sinitsyn", "person", "description")


def test_a_country_that_owns_a_named_envoy_is_not_the_source(extractor):
    r = extractor.extract("UN vote\n\nChina's Ambassador Fu Congming struck a similar note, saying the exit should be "
                          "\"orderly\" and guided by the host government.")
    assert said(r, "guided by the host")[:2] == ("Fu Congming", "person")


def test_a_fronted_phrase_of_place_is_no_part_of_the_source(extractor):
    # The tagger took "Outside court," and "Outside the chamber," into the sources (the
    # parse made "court" the subject and the name its apposition).
    r = extractor.extract("Fraud trial\n\nNEW DELHI (PTI) - The India Meteorological Department (IMD) chief "
                          "Mrutyunjay Mohapatra-Rao presented the forecast on Tuesday.\n\nOutside court, Detective "
                          "Sergeant Owain Pritchard of Avon and Somerset Police said the case was \"one of the most "
                          "complex\" the team had handled.\n\nOutside the chamber, Human Rights Watch's UN "
                          "director, Louis Charbonnelle, told reporters that civilians were at risk.\n")
    assert said(r, "most complex")[:2] == ("Owain Pritchard", "person")
    assert said(r, "civilians were at risk")[:2] == ("Louis Charbonnelle", "person")


def test_a_name_after_the_source_in_the_content_is_not_its_apposition(extractor):
    # "central India" hung on "chief" as an apposition and became the speaker
    r = extractor.extract("Monsoon\n\nNEW DELHI (PTI) - The India Meteorological Department (IMD) chief Mrutyunjay "
                          "Mohapatra-Rao presented the forecast on Tuesday.\n\nAccording to the IMD chief, central "
                          "India and the southern peninsula are likely to receive above-normal rainfall.")
    assert said(r, "southern peninsula")[:2] == ("Mrutyunjay Mohapatra-Rao", "person")


@pytest.mark.parametrize("name", ["Dr Leah Quarshie-Mensah, a consultant geriatrician,",
                                  "MPOB director-general Dr Noraini Hashim"])
def test_a_name_typed_a_group_after_a_title_is_a_person_she_takes_up(extractor, name):
    r = extractor.extract(f"Dementia study\n\n{name} said the results were encouraging. \"We still have no cure,\" "
                          "she said.")
    assert said(r, "no cure")[2] == "pronoun"
    assert said(r, "no cure")[0] in name


def test_a_surname_typed_a_group_after_a_title_and_a_given_name_is_the_whole_name(extractor):
    # (the recogniser typed "Costa" alone an organisation: the speaker was "Costa")
    r = extractor.extract("Pier\n\nThe town council voted on Tuesday to rebuild the old pier.\n\nMayor Ana Costa "
                          "opened the meeting. \"We waited two winters for this,\" she said.")
    assert said(r, "two winters")[:3] == ("Ana Costa", "person", "pronoun")


def test_a_company_named_by_a_plural_word_is_a_company_the_company_takes_up(extractor):
    # "Pacifica Minerals" (tagged plural) was a group, so "the company" stayed generic
    r = extractor.extract("Seabed study\n\nPacifica Minerals, a company seeking to mine in the zone, questioned the "
                          "study's conclusions. \"The oxygen measured is a tiny fraction of what is present in the "
                          "water column,\" the company said in a statement.")
    assert said(r, "water column")[:3] == ("Pacifica Minerals", "organization", "description")


def test_a_name_set_off_after_the_tagged_source_is_still_its_name(extractor):
    # (the tagger's source stops at "Their lawyer"; the name outside it, not in the content)
    r = extractor.extract("Court limits spyware\n\nThe court ruled in favour of the two journalists.\n\nTheir lawyer, "
                          "Jonas Meyerhoff, called the ruling \"a clear signal to all federal states.\" Police could "
                          "not be allowed to install spy software \"on the mere suspicion that someone might one day "
                          "become dangerous,\" he told dpa after the hearing.")
    assert said(r, "clear signal")[:2] == ("Jonas Meyerhoff", "person")


def test_the_frenchman_is_the_one_whose_role_says_so(extractor):
    # "Frenchman" was typed an organisation and became a speaker of its own
    r = extractor.extract("Tour de France\n\nCol du Galibier (France) (AFP) - Frenchman Théo Lefèvre-Duval won the 17th "
                          "stage of the Tour de France on Wednesday.\n\n\"This one is for him,\" said Lefèvre-Duval.\n\n"
                          "The Frenchman, who rides for the Marseille-based Azur Cyclisme team, said he had decided to "
                          "attack \"on instinct\" after seeing his rivals hesitate.")
    assert said(r, "seeing his rivals")[:3] == ("Théo Lefèvre-Duval", "person", "description")


def test_an_office_of_a_nested_department_before_a_name_of_unknown_gender(extractor):
    # "Yevgeny" (a given name of unknown gender) and "Korablyov" (typed an organisation): no
    # person, so "the deputy minister" and "He added" had no speaker
    r = extractor.extract("Russia expects record grain harvest\n\nMOSCOW, June 3. /TASS/. Russia's grain harvest may "
                          "exceed 148 million tonnes, Deputy Minister of Agriculture of the Russian Federation Yevgeny "
                          "Korablyov said on Tuesday.\n\n\"We see no grounds for revising the forecast downward,\" the "
                          "deputy minister told reporters.\n\nAccording to Korablyov, about 1.2 million hectares had to "
                          "be resown. He added that insurance payments to affected farms would begin soon.")
    for content in ("148 million", "no grounds", "insurance payments"):
        assert said(r, content)[:2] == ("Yevgeny Korablyov", "person")
    assert [s.roles for s in r.speakers if s.name == "Yevgeny Korablyov"][0][0] == \
        "Deputy Minister of Agriculture of the Russian Federation"


@pytest.mark.parametrize("text, content, speaker", [
    ("Khan-Ali then ripped through the middle order. The Lancashire seamer, playing only his third Test, said the "
     "slope had helped him.", "slope had helped", "Saqib Khan-Ali"),
    ("Pennock explained his decision. \"I'd rather give them a rest,\" the England skipper said.", "rather give",
     "Oliver Pennock"),
    ("Local resident Bill Hargreaves, 68, said he was woken by a loud bang. \"The whole street was orange,\" the "
     "retired postman said.", "street was orange", "Bill Hargreaves"),
    ("French Ambassador Nicolas Rivière said his delegation would circulate a text. \"This is not about staying "
     "forever,\" the French envoy said.", "staying forever", "Nicolas Rivière")])
def test_a_player_s_or_an_occupation_s_noun_describes_the_one_just_named(extractor, text, content, speaker):
    r = extractor.extract("England in command\n\nJack Rathbone made 158 and Saqib Khan-Ali took five wickets, while "
                          "England captain Oliver Pennock chose to bat again.\n\n" + text)
    assert said(r, content)[:3] == (speaker, "person", "description")


def test_a_full_name_typed_a_place_with_a_person_s_noun_set_off_after_it_is_a_person(extractor):
    # "Hong Min" was a place, so "he said" went to the professor quoted before
    r = extractor.extract("Missile launch\n\n\"North Korea tends to use the run-up to U.S. elections,\" said Yang "
                          "Moo-jin, a professor at the University of North Korean Studies.\n\nHong Min, a senior "
                          "researcher at the Korea Institute for National Unification, said the missile could be a "
                          "variant. \"The flight distance and altitude suggest a KN-23-type weapon,\" he said.")
    assert said(r, "flight distance")[:3] == ("Hong Min", "person", "pronoun")


def test_the_vermont_independent_is_the_senator_from_vermont(extractor):
    r = extractor.extract("Drug deal collapses\n\nSen. Bernard Ashworth (I-Vt.), who chairs the health committee, said he "
                          "could not support the bill. The Vermont independent told reporters that he had warned "
                          "negotiators for weeks.")
    assert said(r, "warned negotiators")[:3] == ("Bernard Ashworth", "person", "description")


def test_the_chief_of_a_body_is_its_director_general(extractor):
    r = extractor.extract("Monsoon to arrive early\n\nReleasing the forecast, IMD Director General Mrutyunjay "
                          "Mohapatra-Rao said conditions were favourable for a good monsoon.\n\nAccording to the IMD "
                          "chief, central India is likely to receive above-normal rainfall.")
    assert said(r, "above-normal")[:3] == ("Mrutyunjay Mohapatra-Rao", "person", "description")


def test_a_full_name_typed_a_group_whose_surname_is_named_alone_is_a_person(extractor):
    # "Hashem Ouda" and "Ouda" were organisations: two speakers, and "He added" had none
    r = extractor.extract("Gaza strikes\n\nReporting from Deir el-Balah, Hashem Ouda said the strikes continued "
                          "through the night.\n\n\"People have nowhere to go,\" Ouda said. He added that hospitals were "
                          "full.\n\nAnalysts at Morgan Stanley said the market would recover. Morgan Stanley also cut "
                          "its forecast.")
    assert said(r, "nowhere to go")[:2] == ("Hashem Ouda", "person")
    assert said(r, "hospitals were full")[:3] == ("Hashem Ouda", "person", "pronoun")
    assert "Morgan Stanley" not in [s.name for s in r.speakers if s.kind == "person"]


def test_the_one_a_participle_addresses_is_not_she(extractor):
    # "she" went to the minister addressed, named since the MP's report
    r = extractor.extract("Housing bill\n\nHousing Secretary Fiona Carradine said the bill would deliver 300,000 homes "
                          "a year. \"This bill turns it into a machine for saying yes,\" she told MPs.\n\nThe Green MP "
                          "Meera Joshi said the bill contained \"not a single binding line on energy efficiency.\" "
                          "Addressing Carradine directly, she said: \"The minister talks about a machine for saying "
                          "yes.\"")
    assert said(r, "The minister talks")[:3] == ("Meera Joshi", "person", "pronoun")
    assert said(r, "turns it into")[0] == "Fiona Carradine"


def test_where_a_report_s_producer_is_based_is_not_its_producer(extractor):
    r = extractor.extract("Briefing\n\nKorlundian Defence Minister Aino Virtanen told the state broadcaster KRB on "
                          "Monday that the navy had been put on heightened alert. \"We are not seeking a "
                          "confrontation, but we will not be intimidated,\" Virtanen said.\n\nOn a separate question "
                          "about a report by the Westland-based Horizon Institute claiming that Chinese-made "
                          "surveillance buoys had been deployed in disputed waters, Liu said the report was "
                          "\"groundless and full of bias.\"")
    assert said(r, "surveillance buoys")[:2] == ("Horizon Institute", "organization")


@pytest.mark.parametrize("text, content, speaker", [
    ("Fyodor Lukin, research director at the Council on International Policy, told TASS that he did not expect any "
     "change. \"Until then, nobody in Brussels will risk appearing soft,\" the expert said.", "appearing soft",
     "Fyodor Lukin"),
    # an attorney is a lawyer
    ("Ashworth's lawyer, Martin Feld, argued that his client had surrendered his passport.\n\nOutside the "
     "courthouse, Feld told reporters he would appeal. \"My client is presumed innocent,\" the veteran defense "
     "attorney said.", "presumed innocent", "Martin Feld")])
def test_an_expert_or_an_attorney_describes_the_one_just_named(extractor, text, content, speaker):
    r = extractor.extract("Sanctions\n\nLeonid Kozlov said talks were stalled.\n\n" + text)
    assert said(r, content)[:3] == (speaker, "person", "description")


@pytest.mark.parametrize("text, content, speaker", [
    # (the key of "Ruth" is also that of the surname "Roth"; of "Lucia", of "Llucia")
    ("Pharmacist Grant Hollis said on Friday that the shortage began in May.\n\nHis business partner, Ruth "
     "Abernathy, agreed with him. \"We cannot order what the wholesaler does not have,\" he said.",
     "wholesaler", "Grant Hollis"),
    ("Harbour master Paulo Mendes said on Friday that the ferry would sail again on Monday.\n\nHis deputy, "
     "Lucia Ferraz, stood beside him. \"The engines have been repaired and tested twice,\" he said.",
     "engines", "Paulo Mendes")])
def test_a_common_given_name_has_its_gender_whatever_its_rare_spellings(extractor, text, content, speaker):
    r = extractor.extract("Shortages\n\n" + text)
    assert said(r, content)[:3] == (speaker, "person", "pronoun")


def test_a_place_that_a_preposition_governs_is_no_given_name_before_a_name(extractor):
    # ("Russia" is a given name to the reference data, borne by a hundred people)
    r = extractor.extract("Grain\n\nAmbassador of the Republic of Nkanda to Russia Joseph Mbeki-Tomba thanked "
                          "Moscow for what he described as \"concrete support rather than empty promises.\"")
    assert said(r, "concrete support")[0] == "Joseph Mbeki-Tomba"


# Court, sports and campaign reporting (probe round 21) ---------------------------------------

COURT = ("Arson trial\n\nKieran Mahoney, 34, of Ashdown Road, Stanbridge, denies attempted arson.\n\n"
         "Opening the prosecution case, Rebecca Thornbury KC told the jury that Mahoney had poured petrol "
         "through the letterbox. \u201cIt was only because a neighbour happened to be awake that nobody was "
         "hurt,\u201d she said.\n\n"
         "Giving evidence from behind a screen, the woman, who cannot be named for legal reasons, said "
         "Mahoney had rung her eleven times that night.\n\n"
         "A neighbour, Gwen Pritchard, 71, said she had smelled petrol. \u201cI banged on her window and "
         "shouted until the lights came on,\u201d she told the court.\n\n"
         "Det Sgt Marcus Lindqvist said officers recovered a petrol can from a wheelie bin.\n\n"
         "Cross-examining, Anil Sethi KC, defending, suggested the can had been taken from the van weeks "
         "earlier. \u201cYou cannot tell this jury when those prints were left, can you?\u201d he asked.\n\n"
         "\u201cNo, I can\u2019t give you a date,\u201d the detective replied.\n\n"
         "Ms Thornbury told jurors they would hear evidence about the phone.\n\n"
         "The judge, Mrs Justice Folasade Adeyemi, warned the jury not to research the case online. "
         "\u201cYou must decide this case only on what you hear in this courtroom,\u201d she said.")


@pytest.mark.parametrize("content, speaker, resolution", [
    ("a neighbour happened", "Rebecca Thornbury KC", "pronoun"),   # (not "Ashdown Road": an address)
    ("evidence about the phone", "Rebecca Thornbury KC", "alias"),   # (typed an organisation, with KC)
    ("banged on her window", "Gwen Pritchard", "pronoun"),   # (not "A neighbour": she is named)
    ("the van weeks earlier", "Anil Sethi KC", "name"),   # (not "Cross-examining")
    ("give you a date", "Marcus Lindqvist", "description"),   # ("Det" is a detective)
    ("this courtroom", "Folasade Adeyemi", "pronoun"),   # ("Mrs Justice" is her title)
    ("the jury not to research", "Folasade Adeyemi", "name")])
def test_court_report_speakers(extractor, content, speaker, resolution):
    r = extractor.extract(COURT)
    assert said(r, content)[0::2] == (speaker, resolution)


def test_one_who_cannot_be_named_is_not_the_one_just_quoted(extractor):
    r = extractor.extract(COURT)
    assert said(r, "eleven times")[:2] == ("woman", "unnamed")
    assert "Ashdown Road" not in {s.name for s in r.speakers}


def test_a_surname_alone_set_off_by_a_person_s_noun_is_a_person_he_takes_up(extractor):
    # ("Dlamini" was typed an organisation, so "he" went to the other coach)
    r = extractor.extract("Cup tie\n\nCity coach Johan van der Merwe said the referee had been wrong.\n\n"
                          "\"I told him at half-time, you are going on,\" said Dlamini, the Stars coach.\n\n"
                          "Dlamini said Mokoena had earned a start in the cup. \"If he is fit, he plays,\" he said.")
    assert said(r, "If he is fit")[:3] == ("Dlamini", "person", "pronoun")


def test_who_after_a_description_set_off_after_a_name_is_that_person(extractor):
    r = extractor.extract("Rally\n\nAmong the crowd was Teresa Almeida, 52, a personal support worker who said she "
                          "had voted for three different parties.")
    assert said(r, "three different parties")[:3] == ("Teresa Almeida", "person", "pronoun")
    # (her role stops where the relative clause starts)
    assert {s.name: s.roles for s in r.speakers}["Teresa Almeida"][-1] == "a personal support worker"


def test_an_ambassador_to_a_place_keeps_the_whole_office_as_the_role(extractor):
    # (the role was "Ankara", so "the diplomat" went to the deputy minister)
    r = extractor.extract("Aid\n\nDeputy Foreign Minister Mehmet Emin Aydogdu said the aid would reach Port Sudan "
                          "on Friday.\n\nSudan's Ambassador to Ankara Abdelrahman Osman Idris thanked Turkey for its "
                          "support. Idris told Anadolu that his government had assured safe passage. The diplomat "
                          "said that roads to some areas in Darfur remained dangerous.")
    assert said(r, "roads to some areas")[:3] == ("Abdelrahman Osman Idris", "person", "description")
    assert {s.name: s.roles for s in r.speakers}["Abdelrahman Osman Idris"] == ["Sudan's Ambassador to Ankara"]


@pytest.mark.parametrize("text, content, speaker", [
    # an office of departments before a name, typed an organisation with it
    ("Undersecretary of State for Infrastructure and Transport Gianpaolo Cerruti, speaking in Rome, urged both "
     "sides to return to the negotiating table.", "negotiating table", "Gianpaolo Cerruti"),
    # Malaysian honorifics are titles, not names
    ("Minister of Human Resources Datuk Seri Kamarulzaman bin Idris said the new minimum wage would take "
     "effect in August. Kamarulzaman said employers had been consulted.", "employers had been consulted",
     "Kamarulzaman bin Idris")])
def test_wire_offices_and_honorifics(extractor, text, content, speaker):
    r = extractor.extract("Dialogue\n\n" + text)
    assert said(r, content)[0] == speaker


def test_an_age_with_a_role_is_the_one_whose_role_it_is_not_the_one_just_quoted(extractor):
    r = extractor.extract("Floods\n\nUnion Minister of State for Home Affairs Rajeshwar Prasad Tiwari said the Centre "
                          "would release funds within a week.\n\nDr Meenakshi Iyer, a hydrologist at the Brahmaputra "
                          "Basin Research Centre, said sediment had raised the riverbed. \"Raising embankments every "
                          "year is like building a wall on sand,\" she noted.\n\nThe 58-year-old Union minister, who "
                          "visited relief camps later in the day, said the team would submit its report within ten days.")
    assert said(r, "within ten days")[:3] == ("Rajeshwar Prasad Tiwari", "person", "description")


@pytest.mark.parametrize("source, speaker", [
    ("Congress of Malaysian Workers' Unions (CMWU) secretary-general R. Thiruselvam", "R. Thiruselvam"),
    ("Bill Clinton's wife and current Democratic presidential nominee Hillary Clinton", "Hillary Clinton")])
def test_a_name_that_ends_a_source_after_a_role_is_the_speaker_whatever_heads_it(extractor, source, speaker):
    # (the parse headed the source with the body, or with "wife")
    r = extractor.extract(f"Wages\n\n{source} said plantation workers in remote estates were the most "
                          "vulnerable group.")
    assert said(r, "most vulnerable group")[:2] == (speaker, "person")


@pytest.mark.parametrize("text, content, speaker", [
    # the board is not the union just quoted (but the one board named before)
    ("The Elimu Teachers' Federation accused the Public Teaching Service Board of stalling.\n\nAccording to "
     "the union, more than 210,000 teachers have joined the strike. The board said in a statement that "
     "the figure was \"significantly lower than the union claims\".", "significantly lower",
     "Public Teaching Service Board"),
    # "the company" any body whose name says no kind
    ("Pipeline operator Qaswa Midstream said a leak had forced it to shut a line. The company said repairs "
     "could take up to ten days.", "up to ten days", "Qaswa Midstream")])
def test_a_body_noun_names_the_body_just_quoted_only_where_it_fits(extractor, text, content, speaker):
    r = extractor.extract("Strike\n\n" + text)
    assert said(r, content)[0] == speaker


@pytest.mark.parametrize("source, speaker, role", [
    # the parse split "Co-founder" at its hyphen and hung "Co" beside the name on "said"
    ("Co-founder and chief executive Ananya Raghunathan", "Ananya Raghunathan", None),
    ("Her co-founder and chief technology officer, Farhan Qureshi,", "Farhan Qureshi",
     "co-founder and chief technology officer"),
    # a party in brackets after the name is no name
    ("Local councillor Niamh Ó Faoláin (Ind)", "Niamh Ó Faoláin", "Local councillor"),
    ("Cllr Gráinne Tierney (Lab), who proposed the refusal,", "Gráinne Tierney", None),
    # an office's department or place runs into the name
    ("Minister of Social Solidarity Rania Mansour", "Rania Mansour", "Minister of Social Solidarity"),
    ("Cuban Deputy Minister of Public Health Rolando Guerra Peña, who attended the ceremony,",
     "Rolando Guerra Peña", None),
    ("Mexican Ambassador to Cuba Guadalupe Rentería", "Guadalupe Rentería", "Mexican Ambassador to Cuba"),
    ("Russian Ambassador to the United States Anatoly Antonov", "Anatoly Antonov", None),
    ("UN Deputy Special Envoy for Sudan Kwame Asante-Boateng", "Kwame Asante-Boateng",
     "UN Deputy Special Envoy for Sudan"),
    # a given name of unknown gender before a surname set off by a person's noun
    ("Her Malaysian counterpart, Azman Hafiz,", "Azman Hafiz", None)])
def test_a_name_is_not_cut_or_padded_by_the_words_around_it(extractor, source, speaker, role):
    r = extractor.extract(f"Aid convoy\n\n{source} said 40 trucks carrying food had left the border town.")
    assert said(r, "40 trucks")[:2] == (speaker, "person")
    if role is not None:
        [person] = [s for s in r.speakers if s.name == speaker]
        assert role in person.roles


def test_what_a_headline_colon_opens_is_no_role(extractor):
    r = extractor.extract("Lavrentiev: Moscow ready to resume Arctic shipping talks with Oslo\n\nMOSCOW, March 3. "
                          "/TASS/. Russian Deputy Foreign Minister Gennady Lavrentiev told reporters that Russia "
                          "was prepared to resume consultations with Norway.")
    [person] = r.speakers
    assert (person.name, person.roles) == ("Gennady Lavrentiev", ["Russian Deputy Foreign Minister"])


def test_the_executive_is_the_one_whose_office_runs_a_business(extractor):
    # "executive" names no office itself: the one person whose role is a business's president,
    # chair, director, founder or manager (it was left an unnamed "executive")
    r = extractor.extract("Vaccine deal\n\nHAVANA, May 2 (Prensa Latina) Lumivax president Dr. Yolanda Ferrer "
                          "highlighted that the agreement crowned ten years of joint research.\n\nThe executive "
                          "explained that the first batches would be made in the state of Jalisco.")
    assert said(r, "first batches")[:3] == ("Yolanda Ferrer", "person", "description")


@pytest.mark.parametrize("opening", [
    "Asked by the prosecutor, advocate Naledi Mokoena, whether he had known the victim would be there,",
    "After meeting Naledi Mokoena, the prosecutor, on Monday,"])
def test_he_after_a_clause_naming_another_is_not_that_other(extractor, opening):
    # (the one who asked, named in the clause before "he", was taken for him)
    r = extractor.extract("Trial\n\nSipho Dlamini, 41, has pleaded not guilty to murder. \"I was afraid,\" he said."
                          f"\n\n{opening} he replied: \"I knew. Everybody knew he parked there on a Friday.\"")
    assert said(r, "Everybody knew")[0] == "Sipho Dlamini"


def test_a_given_name_set_off_after_a_family_noun_is_a_person(extractor):
    # ("Marlize", typed an organisation, was no one: "she" went to the accused)
    r = extractor.extract("Trial\n\nSipho Dlamini, 41, has pleaded not guilty to murder.\n\nDu Plessis's widow, "
                          "Marlize, who has attended every day of the trial, wept as Dlamini gave evidence. Speaking "
                          "outside court, she said her husband had been afraid.")
    assert said(r, "her husband had been afraid")[:2] == ("Marlize", "person")


def test_a_description_in_lower_case_is_no_name(extractor):
    # (spaCy typed "forecourt attendant" a person: the speaker was "attendant")
    r = extractor.extract("Trial\n\nEarlier, the garage's forecourt attendant, Sibusiso Khumalo, 26, testified that "
                          "he had heard the two men arguing next to pump four.")
    assert said(r, "arguing")[:2] == ("Sibusiso Khumalo", "person")


def test_a_name_typed_nothing_keeps_the_role_set_off_after_it(extractor):
    # (no role: "the vice chairwoman" was left unnamed)
    r = extractor.extract("Drought\n\nVo Thi Ngoc Anh, vice chairwoman of the Soc Trang People's Committee, said the "
                          "province had distributed 3,000 water tanks.\n\n\"Our people are used to salinity, but not "
                          "this early,\" the vice chairwoman said.")
    assert said(r, "used to salinity")[:3] == ("Vo Thi Ngoc Anh", "person", "description")


@pytest.mark.parametrize("source, speaker", [
    ("Mother of three Beatrice Akello, who queued at a health centre in Lira town,", "Beatrice Akello"),
    # a hyphenated surname alone, typed an organisation, is the one named in full before
    ("Okello-Odongo", "Samuel Okello-Odongo")])
def test_a_name_is_found_where_the_parse_hides_it(extractor, source, speaker):
    r = extractor.extract("Vaccines\n\nDr. Samuel Okello-Odongo, who heads the immunisation programme, told "
                          f"Africanews that 3.4 million doses had arrived.\n\n{source} said she had walked for two hours.")
    assert said(r, "walked for two hours")[:2] == (speaker, "person")
    assert len([s for s in r.speakers if s.kind == "person"]) == len({speaker, "Samuel Okello-Odongo"})


def test_a_name_split_at_a_particle_is_one_name(extractor):
    # (the recogniser typed "Hafizah" and "Othman" apart: the speaker was an organisation "Othman")
    r = extractor.extract("Pool\n\nKUALA LUMPUR, April 7 (Bernama) -- Youth and Sports Minister Datuk Seri Hafizah "
                          "binti Othman said the National Aquatic Centre would be ready by June.\n\nNational diver "
                          "Nur Aisyah binti Kamal, 17, said she was looking forward to competing at home. \"My parents "
                          "have never watched me dive live,\" she said.")
    assert said(r, "ready by June")[:2] == ("Hafizah binti Othman", "person")
    assert said(r, "never watched me")[:2] == ("Nur Aisyah binti Kamal", "person")


def test_a_subject_inside_a_report_is_not_the_one_a_description_takes_up(extractor):
    # (the prime minister, the subject of what the mayor reported, was "the 61-year-old")
    r = extractor.extract("Cyclone\n\nThe mayor of Manakara, Vonjy Andrianasolo, said 12,000 people were living in "
                          "schools.\n\nAccording to Andrianasolo, Prime Minister Ony Razafindrabe had promised him that "
                          "army helicopters would be deployed within days.\n\n\"We have heard many promises,\" the "
                          "61-year-old said.")
    assert said(r, "many promises")[:3] == ("Vonjy Andrianasolo", "person", "description")


def test_the_object_of_a_phrase_before_the_subject_is_not_the_speaker(extractor):
    # (the tagger's source took in "Cllr Ojo", whom the head of finance answered)
    r = extractor.extract("Budget\n\nCllr Nkechi Ojo asked why the council had overspent. \"At roughly 1.50 a week, "
                          "this is not small,\" she said.\n\nUnder questioning from Cllr Ojo, the head of finance, "
                          "Colm Breathnach, conceded that the council had underestimated energy costs.")
    assert said(r, "underestimated energy costs")[:2] == ("Colm Breathnach", "person")


def test_an_unnamed_speaker_keeps_the_body_it_speaks_for(extractor):
    # (both were "spokesman", one speaker for two bodies)
    r = extractor.extract("Strike\n\nNurses will walk out on Monday, the union said.\n\nA spokesman for the health "
                          "board said patient safety would be maintained.\n\nA spokesman for the Scottish Government "
                          "said the offer was the best in the UK.")
    assert said(r, "patient safety")[:2] == ("spokesman for the health board", "unnamed")
    # (and the one for a body named in capitals speaks for it)
    assert said(r, "best in the UK") == ("Scottish Government", "organization", "description")


def test_a_document_issued_by_a_body_is_that_body(extractor):
    # (the speaker was the document, "statement")
    r = extractor.extract("Talks\n\nCAIRO, March 3 (MENA) - The foreign minister met the UN envoy on Monday.\n\nDuring "
                          "the meeting, it was stressed that aid must not be linked to politics, according to a "
                          "statement issued by the ministry.")
    assert said(r, "aid must not be linked")[:2] == ("ministry", "organization")


@pytest.mark.parametrize("asked", [
    "Asked by an analyst whether job cuts were part of the plan, she said: \"We will talk to our works council "
    "first.\"",
    "At a news conference, Hartmann was asked by a reporter whether jobs would go.\n\n\"We will talk to our works "
    "council first,\" she replied."])
def test_an_unnamed_asker_is_not_who_answers(extractor, asked):
    # (the pronoun went to "analyst", "reporter": the one just quoted)
    r = extractor.extract(f"Results\n\nChief Financial Officer Anna Hartmann said the company would cut costs.\n\n{asked}")
    assert said(r, "works council first")[:2] == ("Anna Hartmann", "person")


def test_a_pronoun_does_not_take_up_an_unnamed_speaker_past_a_person_of_its_gender(extractor):
    # ("she" went to the spokesperson quoted before Mrs Ní Mhurchú was named)
    r = extractor.extract("Buses\n\nBridget Ní Mhurchú, 78, said the route was her lifeline.\n\nA spokesperson for "
                          "the National Transport Authority said it was engaging with the operator.\n\nFor Mrs Ní "
                          "Mhurchú, that is cold comfort. \"They can talk all they like about minibuses,\" she said.")
    assert said(r, "talk all they like")[:2] == ("Bridget Ní Mhurchú", "person")


def test_an_unnamed_speaker_by_occupation_is_who_she_takes_up(extractor):
    # ("midwife" was no person's noun: "she" went to the mother quoted before)
    r = extractor.extract("Maternity\n\nLucy Atherton-Baines, 31, said she was angry.\n\nOne midwife at the unit, who "
                          "asked not to be named, said staff had warned managers.\n\n'We've been held together with "
                          "sticky tape and goodwill,' she said.")
    assert said(r, "sticky tape")[:2] == ("one midwife", "unnamed")


def test_who_after_a_place_in_an_apposition_is_the_person(extractor):
    # (the speaker was the place, "Aongatete", typed an organisation)
    r = extractor.extract("By-election\n\nAmong them was Colin \"Chook\" Baxter, 68, a retired orchardist from "
                          "Aongatete, who said he had switched his vote for the first time.")
    assert said(r, "switched his vote")[:2] == ("Colin \"Chook\" Baxter", "person")
    baxter = next(s for s in r.speakers if s.name == "Colin \"Chook\" Baxter")
    assert "a retired orchardist from Aongatete" in baxter.roles   # (no relative clause in the role)


def test_the_statement_is_the_one_who_said_something_in_it(extractor):
    # (the speaker was the document, "statement": the one who issued it is no name)
    r = extractor.extract("Forest\n\nThe leader of the Indigenous organization OPIAC, Dayana Jamioy, said in a statement "
                          "that the government must share the funds. \"Indigenous peoples have protected the forest for "
                          "centuries,\" the statement read.")
    assert said(r, "protected the forest")[:2] == ("Dayana Jamioy", "person")


@pytest.mark.parametrize("source, speaker", [
    ("A senior official of the Health Ministry, who did not wish to be named,", "senior official of the health ministry"),
    ("An arbitration panel in 2001", "arbitration panel")])
def test_an_unnamed_speaker_is_named_without_a_relative_clause_or_a_time(extractor, source, speaker):
    r = extractor.extract(f"Heat\n\nThe minister spoke on Monday.\n\n{source} said the salts had been sent.")
    assert said(r, "salts had been sent")[:2] == (speaker, "unnamed")


def test_a_person_telling_hearers_the_parse_made_a_subject_is_the_speaker(extractor):
    # (the parse hung "delegates gathered at a hotel" under "told" as a clause: read as a
    # headline's "told" that tells no one, the report had no source)
    r = extractor.extract("Teachers\n\nDelegates voted to press for a ban on cellphones.\n\nThe union's president, Karen "
                          "Lafleur-MacDonald, told the roughly 900 delegates gathered at a downtown hotel that teachers "
                          "were \"running out of patience and running out of time.\"")
    assert said(r, "running out of patience")[:2] == ("Karen Lafleur-MacDonald", "person")


def test_he_after_a_subject_described_by_age_is_the_one_of_that_age(extractor):
    # (no speaker: an age is no role)
    r = extractor.extract("Sentencing\n\nLiam Carver, 34, admitted causing death by dangerous driving.\n\nProsecuting, Mr "
                          "Andrew Lowe said Carver had used his phone 47 times.\n\nThe victim's son, Daniel, said he "
                          "had lost his best friend.\n\nDefending, Ms Nadia Qureshi said her client was remorseful.\n\n"
                          "The 34-year-old, who wore a grey suit, briefly addressed the court. \"I'm sorry,\" he said.")
    assert said(r, "I'm sorry")[:3] == ("Liam Carver", "person", "pronoun")


def test_a_family_name_written_first_is_the_person_named_in_full(extractor):
    # ("Guo" joined a phantom "Commerce Guo": the office's last word before the family name)
    r = extractor.extract("Trade\n\nChina is willing to open its market, Vice Minister of Commerce Guo Tianming said "
                          "here Tuesday.\n\n\"China and Africa are natural partners,\" Guo said.")
    assert said(r, "natural partners")[:3] == ("Guo Tianming", "person", "alias")
    assert [s.name for s in r.speakers] == ["Guo Tianming"]


def test_a_name_the_parse_made_the_subject_of_the_clause_after_it_is_the_speaker(extractor):
    # (the parse made "Aoife Ní Cheallaigh" the subject of "has": no speaker)
    r = extractor.extract("Hospice\n\nAoife Ní Cheallaigh, 36, from Athenry, whose six-year-old son Oisín has a rare "
                          "neuromuscular condition, said the family would simply not cope without the hospice.")
    assert said(r, "not cope")[:2] == ("Aoife Ní Cheallaigh", "person")


def test_the_one_whose_parents_speak_is_not_the_speaker(extractor):
    # (the speaker was "Saoirse": a family noun in the plural was no person's noun)
    r = extractor.extract("Hospice\n\nIn a tribute, Saoirse's parents, Gráinne and Tomás Tuohy, wrote that the hospice "
                          "had given them \"the gift of time\".\n\n\"She was surrounded by music,\" they wrote.")
    assert said(r, "gift of time")[0] != "Saoirse"
    assert said(r, "surrounded by music")[0] == said(r, "gift of time")[0]


def test_a_name_the_recogniser_ran_on_into_a_score_is_a_person(extractor):
    # ("Daria Lebedeva 4-6" was typed an organisation: "she" went to the winner)
    r = extractor.extract("Tennis\n\nDUBAI (AP) — Jang Su-bin rallied past fourth-seeded Daria Lebedeva 4-6, 7-6 (8), "
                          "6-3 on Friday.\n\n\"I was already thinking about my flight home,\" Jang said.\n\nLebedeva was "
                          "unhappy with a call. \"I saw the mark,\" Lebedeva told reporters.\n\nAsked whether the call "
                          "had cost her the match, the 26-year-old Russian shook her head. \"No. She played better in "
                          "the end,\" she said.")
    assert said(r, "She played better")[:2] == ("Daria Lebedeva", "person")


def test_the_official_is_the_one_head_of_a_body_named_before(extractor):
    # (an unnamed "official")
    r = extractor.extract("Arctic\n\nMOSCOW, April 3 (Sputnik) - Cargo traffic along the Northern Sea Route will reach "
                          "a record, Vadim Orekhov, the head of the route's directorate, told Sputnik on Thursday.\n\n"
                          "According to the official, 11 transit voyages have already been booked.")
    assert said(r, "11 transit voyages")[:3] == ("Vadim Orekhov", "person", "description")


def test_the_one_word_place_someone_moved_to_is_no_person(extractor):
    # ("Hobart", typed a person, was who "he" took up)
    r = extractor.extract("Swimming\n\nMateo Quiroga won the 200m freestyle on Saturday.\n\n\"I felt strong from "
                          "the first turn,\" Quiroga said.\n\nHis family moved to Hobart when he was six.\n\n\"My "
                          "father taught me to love the water,\" he said.")
    assert said(r, "love the water")[:2] == ("Mateo Quiroga", "person")


@pytest.mark.parametrize("text, speaker", [
    ("A record 87 patients were waiting for beds on Monday, according to figures from the Nurses' Union.",
     "Nurses' Union"),
    ("Lena Marsh led the incumbent by 53% to 47%, according to early results from the County Elections Office.",
     "County Elections Office")])
def test_figures_or_results_from_a_body_are_that_body(extractor, fast_extractor, text, speaker):
    # (fast mode's source stops at "figures": the speaker was "figures"; "results" were no
    # document in either mode)
    for ex in (extractor, fast_extractor):
        r = ex.extract("Count\n\n" + text)
        assert said(r, "by 5" if "Marsh" in text else "87 patients")[:2] == (speaker, "organization")


def test_a_body_abbreviated_is_not_the_one_whose_title_names_it(extractor):
    # ("The BOK" went to "BOK Gov. Park Ji-hoon", as "the PM" goes to a prime minister)
    r = extractor.extract("Rates\n\nSEOUL, May 2 (Yonhap) -- The central bank held rates on Thursday.\n\n\"We need "
                          "more time,\" BOK Gov. Park Ji-hoon told a press conference.\n\nThe BOK also cut its "
                          "growth forecast, citing weak exports.")
    assert said(r, "weak exports")[:2] == ("BOK", "organization")


def test_a_central_bank_chief_in_a_headline_is_its_governor(extractor):
    r = extractor.extract("BOK chief says rate cut is not imminent\n\nSEOUL, May 2 (Yonhap) -- The central bank "
                          "held rates on Thursday.\n\n\"Cutting now would be a mistake,\" BOK Gov. Park Ji-hoon told a "
                          "press conference.")
    assert said(r, "rate cut is not imminent")[:3] == ("Park Ji-hoon", "person", "headline")


def test_a_study_by_a_person_whose_title_names_a_body_is_that_person(extractor):
    # (the body: "Marlow University")
    r = extractor.extract("Rents\n\nA study by Marlow University economist Priya Nandakumar found that rents rose 12 "
                          "percent in a year.")
    assert said(r, "rents rose")[:2] == ("Priya Nandakumar", "person")


def test_a_councillor_named_in_part_by_the_recogniser_is_one_person_of_her_given_names_gender(extractor):
    # ("Cllr Jane" + "Pritchard": the party in brackets, "Lib Dem", was the speaker; "chairman"
    # made her a man, so "she" found no one)
    r = extractor.extract("Homes\n\nPlans for 90 homes were approved on Tuesday.\n\nCommittee chairman Cllr Jane "
                          "Pritchard (Lib Dem, Harwell and Stoke) said the council could not justify a refusal.\n\n"
                          "“Nobody took this lightly,” Cllr Pritchard said.\n\nShe said the developer must build a "
                          "storage pond first.")
    assert said(r, "could not justify")[:2] == ("Jane Pritchard", "person")
    assert said(r, "took this lightly")[:2] == ("Jane Pritchard", "person")
    assert said(r, "storage pond")[:2] == ("Jane Pritchard", "person")


def test_an_occupation_said_of_the_one_just_quoted_is_that_person(extractor):
    # (an unnamed "retired teacher")
    r = extractor.extract("Flood\n\nMargaret Hollis, 72, told the Gazette she had contacted solicitors.\n\n“We have "
                          "photographs of that field under water,” she said. “I find that extraordinary.”\n\nThe "
                          "retired teacher added that residents had raised £6,000.")
    assert said(r, "raised £6,000")[:3] == ("Margaret Hollis", "person", "description")


def test_the_governor_is_not_the_deputy_governor_just_quoted(extractor):
    r = extractor.extract("Rates\n\n\"We are not in a hurry,\" Governor Ingrid Solvang told reporters.\n\nDeputy "
                          "Governor Kari Haugland said wage growth was the key factor.\n\n\"It neither helps nor hurts "
                          "us much,\" she said.\n\nThe governor added that the bank saw no case for intervening now.")
    assert said(r, "no case for intervening")[:2] == ("Ingrid Solvang", "person")


def test_a_party_politician_is_the_party_leader_named(extractor):
    # (the finance minister of another party: a minister is a politician too)
    r = extractor.extract("Row\n\n\"What was agreed cannot be torn up by press release,\" SPD parliamentary group "
                          "leader Katrin Wendler told dpa.\n\nFinance Minister Matthias Brenner said he stood by every "
                          "word.\n\nWendler said her group would not agree to any cut.\n\n\"We are ready to talk,\" the "
                          "SPD politician added.")
    assert said(r, "ready to talk")[:2] == ("Katrin Wendler", "person")


def test_a_broader_role_in_a_headline_is_not_one_whose_role_lacks_its_names(extractor):
    # ("Island bloc chief" was the campaign group's policy director: a director is a chief)
    r = extractor.extract("Island bloc chief says draft offers debt, not grants\n\nTeresa Aumanu, environment minister "
                          "of Maluvai, said the draft had removed grants.\n\nLise Marchetti, policy director at the "
                          "campaign group Coastline Alliance, said donors were hiding behind their finance ministries.")
    assert said(r, "offers debt")[0] != "Lise Marchetti"


def test_a_company_the_recogniser_typed_a_person_is_no_one_a_source_of_it_is(extractor):
    # ("Wessmoor Rail" a person, and "A Wessmoor source" that person)
    r = extractor.extract("Tunnel\n\nWessmoor Rail said services would resume on Monday.\n\nA Wessmoor source, speaking "
                          "on condition of anonymity, told the Guardian that engineers had been warning about the "
                          "system for months.")
    assert said(r, "resume on Monday")[:2] == ("Wessmoor Rail", "organization")
    assert said(r, "had been warning")[:2] == ("wessmoor source", "unnamed")


def test_the_report_of_a_body_described_is_that_body(extractor):
    # (an unnamed "institute's report"; "the institute" was no "Institute for Work and Health")
    r = extractor.extract("Work\n\nThe Tessaly Institute for Work and Health said on Monday that the trial had "
                          "worked.\n\nThe institute's report, based on 61 companies, found that burnout fell from 41% "
                          "to 27%.\n\nThe institute said output per hour rose slightly.")
    assert said(r, "burnout fell")[:2] == ("Tessaly Institute for Work and Health", "organization")
    assert said(r, "output per hour")[:2] == ("Tessaly Institute for Work and Health", "organization")


def test_the_firm_is_the_house_builder_named_before(extractor):
    r = extractor.extract("Homes\n\nA spokeswoman for Harwell Homes said the company was delighted with the outcome. "
                          "In a statement, the firm said the scheme would deliver family homes.")
    assert said(r, "family homes")[:2] == ("Harwell Homes", "organization")


def test_the_company_is_one_company_by_its_short_and_full_name(extractor):
    # (two companies, so none)
    r = extractor.extract("Corvalis Systems warns of chip shortages\n\nSAN JOSE — Corvalis Systems Inc. on Wednesday "
                          "reported revenue that beat expectations.\n\n\"Every cloud provider is now a customer,\" Chief "
                          "Executive Anjali Raman said.\n\nRevenue rose 24% to $3.86 billion, the company said.")
    assert said(r, "Revenue rose")[:2] == ("Corvalis Systems Inc.", "organization")


def test_a_body_named_before_its_initials_in_brackets_ends_before_them(extractor):
    r = extractor.extract("ECP rejects recount plea\n\nISLAMABAD: The Election Commission of Pakistan (ECP) on Monday "
                          "turned down a petition seeking a recount.")
    assert said(r, "seeking a recount")[:2] == ("Election Commission of Pakistan", "organization")


def test_a_company_set_off_by_a_persons_noun_is_a_company(extractor):
    # (a person: "developer" names people too)
    r = extractor.extract("Park\n\nThe council delayed a vote on the Fairview housing plan.\n\nThe developer, Crestline "
                          "Homes, said in a statement that it was disappointed but not discouraged.")
    assert said(r, "disappointed")[:2] == ("Crestline Homes", "organization")


@pytest.mark.parametrize("text, part, company", [
    ("SAN LORENZO, June 14 (Reuters) - Fitness tracking app Strydo said on Friday that hackers had accessed the "
     "location histories of about 2 million users.\n\nThe company said in a blog post that the attackers had used "
     "stolen credentials.", "stolen credentials", "Strydo"),
    ("OSLAND, Feb 27 (Reuters) - Halvorsen Foods, the country's largest packaged-food maker, will not raise prices "
     "again this year, Chief Executive Karin Dahl said on Thursday.\n\n\"Our customers have reached their limit,\" Dahl "
     "told analysts.\n\nNet profit fell to 310 million marks in the quarter, the company said.", "Net profit",
     "Halvorsen Foods")])
def test_the_company_is_the_one_the_text_says_is_a_company(extractor, text, part, company):
    # (an unnamed "company")
    r = extractor.extract("Results\n\n" + text)
    assert said(r, part)[:3] == (company, "organization", "description")


def test_the_body_described_is_the_one_a_noun_set_off_said_is_one(extractor):
    # (an organisation "coalition")
    r = extractor.extract("Camp\n\nMore than 38,000 refugees have crossed the border, according to the Sahel Relief "
                          "Network (SRN), a coalition of aid organisations working in the area.\n\nThe coalition said it "
                          "had received only 18 percent of the funding it requested.")
    assert said(r, "18 percent")[:2] == ("Sahel Relief Network", "organization")


def test_a_surname_the_parse_took_for_a_verb_is_still_the_person(extractor):
    # ("Grieve" tagged a verb: "he" found no one)
    r = extractor.extract("Trial\n\nKESTON — Former mayor Walter Grieve lied to investigators about a bridge contract, a "
                          "prosecutor told jurors on Tuesday.\n\nThe judge warned jurors not to read news coverage of the "
                          "case.\n\nGrieve, 63, did not speak to reporters as he left the courthouse. In a brief statement, "
                          "he said he was confident the truth would come out.")
    assert said(r, "truth would come out")[:3] == ("Walter Grieve", "person", "pronoun")


@pytest.mark.parametrize("text, part, speaker", [
    ("A report circulated to members by the council’s roads department stated that traffic had risen by 23 per "
     "cent since 2015.", "traffic had risen", "council’s roads department"),
    ("A statement posted on the ministry's website later said Russia reserves the right to take retaliatory "
     "steps.", "retaliatory steps", "ministry")])
def test_a_document_a_body_circulated_or_posted_is_that_bodys(extractor, text, part, speaker):
    # (an unnamed "report", "statement": the parse tagged "department" a proper noun; a website's
    # owner was no producer)
    r = extractor.extract("Roads\n\n" + text)
    assert said(r, part)[0] == speaker


def test_a_company_named_with_its_noun_is_the_company_and_no_person(extractor):
    # ("Carmaker Rheinwerk", one organisation to the recogniser, was a person's full name for the
    # headline's "Rheinwerk", typed a person; "the company" was unnamed)
    r = extractor.extract("Rheinwerk to cut 4,500 German jobs, works council says\n\nKaltenbach, Germany (dpa) - "
                          "Carmaker Rheinwerk plans to cut 4,500 jobs in Germany by the end of 2027, the company "
                          "announced on Wednesday.\n\nProduction at the plant in Weilersbach is also to be scaled back, "
                          "Rheinwerk said in a statement.")
    assert said(r, "4,500 jobs in Germany")[:2] == ("Rheinwerk", "organization")
    assert said(r, "scaled back")[:2] == ("Rheinwerk", "organization")
    assert [s.kind for s in r.speakers if s.name == "Rheinwerk"] == ["organization"]


def test_a_name_set_off_after_the_place_of_a_description_is_the_speaker(extractor):
    # (the parse set the name off from "Umbeli": an unnamed "united nations humanitarian coordinator")
    r = extractor.extract("Fighting\n\nThe United Nations humanitarian coordinator for Umbeli, Henrik Solbakken, said "
                          "more than 20,000 people had been displaced.")
    assert said(r, "20,000 people")[:2] == ("Henrik Solbakken", "person")
    assert [s.roles for s in r.speakers] == [["United Nations humanitarian coordinator"]]


def test_a_cue_less_quote_that_calls_the_last_speaker_by_title_is_not_theirs(extractor):
    # (it went to the administrator, whom it addresses)
    r = extractor.extract("Hearing\n\nSen. Diane Kessler asked FAA Administrator Raymond Okafor whether he had read the "
                          "incident reports. When he replied that he had read the summaries, she cut him off.\n\n"
                          "“Read the reports, Administrator. Not the summaries.”")
    assert said(r, "Read the reports")[0] != "Raymond Okafor"


def test_a_person_named_after_a_list_of_portfolios_is_the_speaker(extractor):
    # (the parse headed the mention with "Health": a person "Health"; the headline's "health
    # minister" stayed unnamed)
    r = extractor.extract("Japan won't let rural ER care collapse, health minister says\n\nTOKYO (Kyodo) - Japan "
                          "will help hospitals hire doctors.\n\nHealth, Labor and Welfare Minister Kenji Morimoto "
                          'told a press conference that the government "will not allow regional emergency care to '
                          'collapse" and said the ministry would allocate an additional 12 billion yen.')
    assert said(r, "regional emergency care")[0] == "Kenji Morimoto"
    assert said(r, "rural ER care")[0] == "Kenji Morimoto"
    assert [s.roles for s in r.speakers] == [["Health Labor and Welfare Minister"]]


@pytest.mark.parametrize("sentence, speaker", [
    ("Member of the Duma Committee on Economic Policy Anna Voronkova believes the initiative in its current "
     "form could make delivery more expensive and reduce the number of couriers.", "Anna Voronkova"),
    ('Panel head Wang Shufen, a professor at China Agricultural University, said the results had been "stable '
     'and convincing" across three seasons.', "Wang Shufen"),
    ("“For the smaller glaciers, we are no longer talking about saving them,” lead author Ines Brunner, a "
     "glaciologist at the University of Bern, told AFP.", "Ines Brunner"),
])
def test_the_name_after_a_title_the_parse_made_the_head_is_the_speaker(extractor, sentence, speaker):
    # ("Member", "Panel"; "lead" a verb: no speaker)
    r = extractor.extract("Courier bill\n\n" + sentence)
    assert [a.speaker for a in r.attributions] == [speaker]


@pytest.mark.parametrize("headline, body, speaker", [
    ("Estonian PM survives confidence vote, says coalition is 'stronger than before'",
     "TALLINN (Reuters) - Estonian Prime Minister Kadri Lepik narrowly survived a no-confidence vote on "
     'Wednesday.\n\n"This coalition is stronger than before," Lepik told reporters.', "Kadri Lepik"),
    ("Türkiye, Kazakhstan aim to triple freight by 2030, says deputy FM",
     "ANKARA (AA) - Türkiye and Kazakhstan aim to triple freight by 2030, Turkish Deputy Foreign Minister "
     "Selim Karataş said on Tuesday, with Kazakh Deputy Foreign Minister Aibek Nurlanov beside him.", "Selim Karataş"),
    ("Restorer says hidden saint under Arezzo altarpiece could be patron",
     "AREZZO (ANSA) - A hidden figure has been found under an altarpiece.\n\nChief restorer Chiara Benvenuti "
     "said infrared imaging had revealed the outline of a kneeling saint.", "Chiara Benvenuti"),
])
def test_a_headline_role_is_the_person_the_opening_paragraphs_give_it(extractor, headline, body, speaker):
    # (each was a person named by the role: "Estonian PM", "FM", "Restorer")
    r = extractor.extract(f"{headline}\n\n{body}")
    assert [a.speaker for a in r.attributions if a.section == "headline"] == [speaker]


def test_a_headline_role_is_no_one_the_text_names_only_further_down(extractor):
    # The Swiss glaciologist of the headline is the study's author; the glaciologist named
    # further down comments on it.
    r = extractor.extract("Alps' small glaciers 'already lost', Swiss glaciologist says\n\nGENEVA (AFP) - Most small "
                          "glaciers in the Alps will be gone within 15 years, a study found.\n\nThe study covered 1,400 "
                          "glaciers.\n\nIt used satellite data.\n\nSummers have grown hotter.\n\nHelga Lindqvist, a "
                          "glaciologist at Stockholm University, said the study's methods were robust.")
    assert [a.speaker for a in r.attributions if a.section == "headline"] != ["Helga Lindqvist"]


def test_an_unnamed_role_in_the_lede_is_the_person_the_body_names_by_it(extractor):
    # (both went to an unnamed "coroner")
    r = extractor.extract('Corridor death\n\nA coroner has warned that "more deaths will occur" unless a hospital '
                          "tackles delays.\n\nArea coroner Helen Pryce concluded on Thursday that Mrs Dunmore died of "
                          'a heart attack.\n\n"There is a risk that future deaths will occur," the coroner wrote.')
    assert said(r, "more deaths will occur")[0] == "Helen Pryce"
    assert said(r, "There is a risk")[0] == "Helen Pryce"


def test_an_occupation_after_a_named_subject_is_that_person(extractor):
    r = extractor.extract(HEADLINE + "Kamla Joshi, convener of the depositors' forum, welcomed the ruling. "
                          '"We have waited two years for our own money," the retired schoolteacher said.')
    assert said(r, "waited two years")[0] == "Kamla Joshi"


def test_the_company_is_the_one_company_the_text_names_by_a_company_name(extractor):
    # (it was an unnamed "Basel-based company")
    r = extractor.extract("Drug delayed\n\n(Bloomberg) -- Stellmark AG Chief Executive Officer Thomas Egli said a delay "
                          "to the company's obesity drug won't force the Swiss drugmaker to abandon its targets.\n\n"
                          '"We have enough," Egli said.\n\nThe Basel-based company said earlier Thursday that US '
                          "regulators had asked for additional safety data.")
    assert said(r, "US regulators")[:2] == ("Stellmark AG", "organization")


def test_a_branch_of_a_union_is_the_union_the_text_goes_on_to_quote(extractor):
    # (an unnamed "hanbit branch of ...", then an unnamed "union")
    r = extractor.extract("Strike vote\n\nGEOJE, South Korea, Oct. 8 (Yonhap) -- The Hanbit branch of the Korean Metal "
                          "Workers' Union said Tuesday it will launch a full-scale strike next week.\n\nThe union said "
                          "71.4 percent of its 8,900 members voted in favor of the walkout.")
    assert said(r, "full-scale strike")[:2] == ("Hanbit branch of the Korean Metal Workers' Union", "organization")
    assert said(r, "71.4 percent")[:2] == ("Hanbit branch of the Korean Metal Workers' Union", "organization")


def test_bodies_a_headline_and_a_lede_name_by_their_noun_are_those_the_text_names(extractor):
    # "airline" is the airline the lede names so; "their union" the union the next paragraph
    # names, in full (the recogniser ends its name before "Portugal")
    r = extractor.extract("Atlantis Air pilots to strike over pay, airline says it will cancel 400 flights\n\nLISBON "
                          "(Reuters) - Pilots at Portuguese airline Atlantis Air will stage a 48-hour strike starting on "
                          "Thursday after talks over pay collapsed, their union said on Monday.\n\nThe Union of Airline "
                          "Pilots of Portugal (SPLA) said in a statement that management had refused to restore salaries.")
    assert said(r, "cancel 400 flights")[:2] == ("Atlantis Air", "organization")
    assert said(r, "48-hour strike")[:2] == ("Union of Airline Pilots of Portugal", "organization")
    assert said(r, "refused to restore")[0] == "Union of Airline Pilots of Portugal"


def test_what_a_headline_colon_opens_is_no_body_set_off_by_the_speaker(extractor):
    # (the parse set "SFTS" off from "Expert": the speaker was an organisation "SFTS")
    # (the whole article: probe round 31c's)
    r = extractor.extract(probe_article("round-31c/10-nhk-tick-disease.txt"))
    assert [a.speaker for a in r.attributions if a.section == "headline"] == ["Ishida Kenji"]


def test_an_age_after_a_quote_is_not_who_the_quote_names_first(extractor):
    # (the quote's first word, "Yuta", was taken for the subject the age describes)
    r = extractor.extract("Overwork ruling\n\nNAGOYA (Kyodo) -- A court ordered a parts maker to pay damages to the family "
                          "of a 27-year-old engineer, Yuta Ishida.\n\nIshida's mother, Keiko Ishida, told a press "
                          "conference after the ruling that she had waited four years.\n\n\"Yuta loved making things. He "
                          "was proud of his work. The company took that pride and used it against him,\" the 58-year-old "
                          "said.")
    assert said(r, "Yuta loved making things")[0] == "Keiko Ishida"


@pytest.mark.parametrize("text, part, speaker", [
    # (a company's name that ends "Co.": "the company" was unnamed)
    ("Ruling\n\nThe court said Sakaemori Industries Co. had failed its employee.\n\nThe lawyer spoke.\n\nThe Aichi "
     "Prefecture-based company said it had introduced strict limits on overtime.", "strict limits", "Sakaemori Industries Co."),
    # (the parse's name for the body cut before "Arizona Attorney")
    ("Verdict\n\nThe Arizona Attorney General's Office said in a news release that it would seek restitution of the full "
     "amount.", "restitution", "Arizona Attorney General's Office"),
    # (a person's name heads the mention: not the researcher's company "ShopTrack Insight")
    ('Grocer results\n\nCompetition in British grocery has intensified. Daniel Osei, head of retail at researcher '
     'ShopTrack Insight, said this week that discounters had "taken share for the 30th consecutive month".',
     "taken share", "Daniel Osei"),
    # (a list, like a report, is its publisher's)
    ("Trawlers\n\nThe suspended trawlers were mostly owned by foreign interests, according to a list published by the "
     "Ministry of Fisheries.", "foreign interests", "Ministry of Fisheries"),
])
def test_names_of_bodies_and_people_the_parse_cut_or_ran_on(extractor, text, part, speaker):
    assert said(extractor.extract(text), part)[0] == speaker


def test_a_ceo_in_a_headline_is_the_chief_executive(extractor):
    r = extractor.extract("Brantwood profit falls 18% as price war bites; CEO says 'worst is behind us'\n\nLONDON (Reuters) - "
                          "British grocer Brantwood Group reported an 18% fall in annual profit on Thursday.\n\n\"It has "
                          "been a tough year,\" Chief Executive Helen Marsden told Reuters in an interview.")
    assert [a.speaker for a in r.attributions if a.section == "headline"] == ["Helen Marsden"]


def test_a_body_whose_name_the_recogniser_typed_a_person_is_not_a_second_speaker(extractor):
    # ("Tamil Nadu Water Supply" typed a person: the speaker was "Tamil Nadu Water Supply and V.
    # Ramasamy"); and the engineer's report inside the commissioner's, which quotes him, is his
    r = extractor.extract("Water\n\nThe Commissioner said that at a review meeting last week, Tamil Nadu Water Supply and "
                          "Drainage Board Chief Engineer V. Ramasamy had assured him that additional water from the "
                          "Pilloor scheme \"will reach the city's reservoirs by the end of December.\"")
    assert [(a.speaker, a.content.text[:29]) for a in r.attributions if a.cue.text == "assured"] == [
        ("V. Ramasamy", "that additional water from th")]
    assert "Tamil Nadu Water Supply and V. Ramasamy" not in [s.name for s in r.speakers]


@pytest.mark.parametrize("text, part, speaker", [
    # (a press service speaks for its body: "corporation's press service" was its own speaker)
    ("Satellite launched\n\nVOSTOCHNY, March 3. /TASS/. The State Space Corporation Roscosmos said it had launched a "
     "Soyuz rocket on Friday.\n\n\"The spacecraft separated from the upper stage at the estimated time,\" the "
     "corporation's press service said.", "spacecraft separated", "State Space Corporation Roscosmos"),
    # ("the group" before a company's form: it was an unnamed "group")
    ("Metro extension\n\nHEFEI, March 3 (Xinhua) -- Hefei Rail Transit Group Co., Ltd said the line would open in "
     "June.\n\nThe group said the new section would carry about 180,000 passengers a day.", "180,000 passengers",
     "Hefei Rail Transit Group Co., Ltd"),
])
def test_a_body_a_description_names_by_a_word_inside_its_name(extractor, text, part, speaker):
    assert said(extractor.extract(text), part)[0] == speaker


def test_a_portfolio_joined_by_and_after_a_preposition_is_no_person(extractor):
    # ("Urban Development", typed a person, was the speaker)
    r = extractor.extract("Nairobi short of homes\n\nTenants in Eastlands say rents have doubled.\n\nNairobi needs at "
                          "least 200,000 new homes every year, the Principal Secretary for Housing and Urban Development "
                          "has said.")
    assert said(r, "200,000 new homes")[0] != "Urban Development"
    assert "Urban Development" not in [s.name for s in r.speakers]


def test_a_country_a_description_gives_is_not_anothers_ministers(extractor):
    # (Brazil's minister, whose role says "Trade", was "Nigeria's trade minister")
    r = extractor.extract("Nigeria's trade minister says Brazil deal will 'end our dependence on imports'\n\nABUJA (Al "
                          "Jazeera) - Nigeria and Brazil signed a farm trade deal on Monday.\n\nNigeria's Minister of "
                          "Industry, Trade and Investment, Adaeze Okonkwo, said the agreement would help the country.\n\n"
                          "Brazil's Minister of Development, Industry, Trade and Services, Ricardo Bastos Figueira, called "
                          "the deal \"a bridge across the Atlantic\".")
    assert [a.speaker for a in r.attributions if a.section == "headline"] != ["Ricardo Bastos Figueira"]


def test_a_country_a_description_gives_is_not_a_minister_of_anothers_nationality(extractor):
    # (the Malaysian minister, named first in the body, was "Singapore's Transport Minister")
    r = extractor.extract("Causeway jams: task force to be set up\n\nSingapore's Transport Minister says data will be "
                          "shared in real time\n\nKUALA LUMPUR - Malaysia and Singapore will set up a joint task force.\n\n"
                          "Malaysian Transport Minister Rosli Zakaria said the federal government would add 20 "
                          "motorcycle lanes.\n\nIn Singapore, Transport Minister Lim Wei Ming said Singapore welcomed "
                          "the task force.")
    assert said(r, "shared in real time")[0] == "Lim Wei Ming"


def test_a_party_a_description_gives_is_no_country(extractor):
    # (as Massachusetts is no Democrat's country)
    r = extractor.extract("Warren hammers Wells Fargo\n\nMassachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO "
                          "John Stumpf on Tuesday.\n\nThe Democratic senator said that no senior executives had been "
                          "held accountable for the scandal.")
    assert said(r, "held accountable")[0] == "Elizabeth Warren"


def test_a_report_inside_a_report_does_not_take_the_next_he(extractor):
    # ("He" after the minister's report inside the coordinator's went to the minister)
    r = extractor.extract("Teachers pay\n\nFinance Minister R. Vasanthakumar said the State's finances were under "
                          "strain.\n\n\"Committees have come and gone,\" P. Selvaraj, State coordinator of the teachers' "
                          "federation, told The Hindu.\n\nHe said that during the meeting, the Minister had told them that "
                          "\"the file is already on the Chief Minister's table\".\n\nHe said the federation would go ahead "
                          "with its strike from January 6.")
    assert said(r, "go ahead with its strike")[0] == "P. Selvaraj"


def test_a_body_named_just_before_by_its_noun_and_its_press_service_again(extractor):
    # ("the ministry" was an unnamed ministry; "the press service" a second speaker)
    r = extractor.extract("Dock strike\n\nANKARA (AA) - The exporters' chamber asked Türkiye's Trade Ministry to raise "
                          "the issue. The ministry said it was closely following the situation.\n\nMOSCOW, May 3. /TASS/. "
                          "The Meshchansky District Court sentenced the former official to nine years, the court's press "
                          "service said.\n\n\"The court found him guilty,\" the press service added.")
    assert said(r, "closely following")[0] == "Türkiye's Trade Ministry"
    assert said(r, "nine years")[0] == said(r, "found him guilty")[0] == "Meshchansky District Court"


def test_an_age_before_a_known_name_is_that_person(extractor):
    # (the age was read first: the chief executive of the other chain)
    r = extractor.extract("Price war\n\nMarché Plus chief executive Laurent Bénard told reporters the cuts would hold.\n\n"
                          "Marchal Group chief executive Thibault Marchal said prices would fall.\n\nAsked whether Marché "
                          "Plus could sustain the cuts, the 58-year-old Bénard said the group had \"the balance sheet to go "
                          "the distance\".")
    assert said(r, "balance sheet")[0] == "Laurent Bénard"


def test_a_name_after_an_office_and_a_title_of_address_is_the_speaker(extractor):
    # (the recogniser typed "Cathaoirleach of Tipperary County Council" a work of art and left
    # the name untyped: the speaker was "Cathaoirleach")
    # (the whole article: probe round 34b's)
    r = extractor.extract(probe_article("round-34b/05-rte-castlemoyle-flood.txt"))
    assert said(r, "a long time coming")[0] == "Máire Hennessy"


def test_a_bodys_initials_given_in_brackets_are_the_body(extractor):
    # (the union's president, whose role holds "BTLU", was "The BTLU")
    r = extractor.extract("Airport strike\n\nBRUSSELS (AA) - The walkout was called by the Belgian Transport and Logistics "
                          "Workers' Union (BTLU) over pay.\n\n\"We will not back down,\" BTLU President Luc Vermeulen told "
                          "Anadolu.\n\nThe BTLU has warned that further strike days could follow during the Easter "
                          "holidays.")
    assert said(r, "further strike days")[:2] == ("Belgian Transport and Logistics Workers' Union", "organization")


def test_a_noun_of_kin_in_capitals_is_no_name(extractor):
    # ("Mother of Kieran Lowther, 19," opening the standfirst was a person "Mother"; the whole
    # article: probe round 35b's)
    r = extractor.extract(probe_article("round-35b/02-guardian-coroner-ruling.txt"))
    assert "Mother" not in [s.name for s in r.speakers]
    assert said(r, "look again at the case")[0] == "Joanne Lowther"


def test_a_possessive_pronoun_before_a_title_is_no_role(extractor):
    r = extractor.extract(HEADLINE + "Malik's party, the Haryana Lok Manch, called the case politically "
                          "motivated. Its state spokesperson Kuldeep Sangwan said Malik had told party "
                          "workers on Sunday that he was \"prepared for any outcome\".")
    assert {s.name: s.roles for s in r.speakers}["Kuldeep Sangwan"] == ["state spokesperson"]


def test_an_amount_a_name_is_set_off_from_is_no_role(extractor):
    r = extractor.extract("Battery recyclers face tougher rules\n\nNew standards will require recyclers to recover "
                          "at least 95 percent of lithium, Qian Hui, deputy director of the market regulator, told "
                          "China Daily.\n\nHANGZHOU - Qian Hui said the standards were long overdue.")
    assert "at least 95 percent" not in {s.name: s.roles for s in r.speakers}["Qian Hui"]


def test_the_body_is_the_one_body_named_before_by_the_noun_in_its_name(extractor):
    r = extractor.extract("Court halts maize rollout\n\nNAIROBI - High Court Judge Wanjiru Kamau on Thursday ordered the "
                          "Ministry of Agriculture to halt the programme pending a full hearing.\n\nThe ministry said "
                          "in a statement that the seed had passed every stage of review.")
    assert said(r, "every stage of review")[:2] == ("Ministry of Agriculture", "organization")


def test_a_body_named_before_by_its_noun_holds_the_descriptions_other_words(extractor):
    # (not "Federal Service for ...", whose name has no "Roscosmos")
    r = extractor.extract("Cargo ship launched\n\nMOSCOW, March 3. /TASS/. The Federal Service for Technical Supervision "
                          "cleared the launch on Monday.\n\nThe Roscosmos press service said this was the fourth launch "
                          "from Vostochny this year.")
    assert said(r, "fourth launch")[0] != "Federal Service for Technical Supervision"


@pytest.mark.parametrize("text, content", [
    ("Mangrove clearing must stop until trial, says judge\n\nSHAH ALAM, March 3 (Bernama) -- Justice Datuk Rozita "
     "Hamzah said the plaintiff had shown a serious question to be tried.\n\nThe judge said the developer had "
     "\"not produced a single document\" on the clearing.", "not produced a single document"),
    ("Judge quashes data centre permission\n\nIn a reserved judgment delivered on Friday, Mr Justice Conor Hanratty "
     "said the commission had erred.\n\nThe judge said it was not for the court to decide energy policy.",
     "energy policy")])
def test_a_justice_is_the_judge(extractor, text, content):
    speaker = said(extractor.extract(text), content)[0]
    assert speaker in ("Rozita Hamzah", "Conor Hanratty")


def test_a_justice_minister_is_no_judge(extractor):
    r = extractor.extract(HEADLINE + "Justice Minister Anna Berg said the law would change. A judge in Uppsala "
                          "had ruled on the case. The judge said the ruling would stand.")
    assert said(r, "ruling would stand")[0] != "Anna Berg"


def test_a_name_with_a_barristers_letters_is_a_person(extractor):
    r = extractor.extract("Judge quashes data centre permission\n\nDUBLIN - Mr Justice Conor Hanratty quashed the "
                          "permission on Friday.\n\nDuring the hearing, Brian Tierney SC, for Corrib Digital, argued "
                          "that energy supply was regulated separately. He said his client had agreed to install "
                          "battery storage.")
    assert said(r, "battery storage")[:2] == ("Brian Tierney SC", "person")


def test_a_minister_of_another_portfolio_is_not_the_one_described(extractor):
    # (the commerce minister, the subject of the sentence before, was taken for "the finance minister")
    r = extractor.extract("PM for doubling textile exports\n\nISLAMABAD, Mar 04 (APP): Prime Minister Ikramullah "
                          "Khattak chaired a meeting on exports.\n\nFederal Minister for Commerce Sardar Naveed Ahmed "
                          "Leghari said exports to the UAE had reached $1.4 billion. The finance minister informed "
                          "the participants that Rs 38 billion in refunds had been released since January.")
    assert said(r, "Rs 38 billion")[0] != "Sardar Naveed Ahmed Leghari"


def test_a_role_description_is_the_one_whose_role_has_its_adjectives(extractor):
    # (the minister named last was taken for "the prime minister")
    r = extractor.extract("PM for doubling textile exports\n\nISLAMABAD, Mar 04 (APP): Prime Minister Ikramullah "
                          "Khattak chaired a meeting on exports.\n\nFederal Minister for Commerce Sardar Naveed Ahmed "
                          "Leghari said exports to the UAE had reached $1.4 billion.\n\nThe prime minister assured the "
                          "delegation that the government would \"remove every bottleneck for UAE investors\".")
    assert said(r, "every bottleneck")[0] == "Ikramullah Khattak"


def test_names_the_recogniser_typed_a_body_after_a_role_or_a_title_of_address_are_people(extractor):
    # ("The Minister of Budget and Economic Planning, Olumide Adeyemi-Bakare," and "Mr
    # Adeyemi-Bakare" were two organisations, and the headline's "Minister" another minister)
    r = extractor.extract(probe_article("round-36b/07-premiumtimes-budget-padding-row.txt"))
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds["Olumide Adeyemi-Bakare"] == "person" and "Mr Adeyemi-Bakare" not in kinds
    assert [a.speaker for a in r.attributions if a.section == "headline"] == ["Olumide Adeyemi-Bakare"]


def test_a_place_the_person_is_from_and_a_department_of_an_office_are_no_people(extractor):
    # ("Farmer Vo Van Tam in Ba Tri district, Ben Tre," gave a person "Ben Tre"; "Director
    # General of Mineral and Coal at the Ministry ..., Ir. Agus Salim Pohan," a person "Coal", then "Ir")
    r = extractor.extract(probe_article("round-36b/11-vna-mekong-salinity.txt"))
    assert "Vo Van Tam" in said(r, "harvested early")[0]
    assert "Ben Tre" not in {s.name for s in r.speakers}
    r = extractor.extract(probe_article("round-36b/10-antara-nickel-smelter-emissions.txt"))
    assert said(r, "42 smelters")[0] == "Agus Salim Pohan"
    assert not {"Coal", "Ir"} & {s.name for s in r.speakers}


def test_a_people_s_name_signing_off_a_quote_is_the_last_speaker(extractor):
    r = extractor.extract("Almazara coach refuses to blame referee\n\nMadrid, Mar 3 (EFE).- CD Almazara lost 3-0 at home "
                          "on Sunday.\n\nRacing Sierra coach Mauricio Pellegrini, for his part, said his team had "
                          "\"executed the game plan perfectly.\"\n\n\"Almazara is a good team and will get out of there. "
                          "We simply had a great day,\" said the Argentine.")
    assert said(r, "great day")[0] == "Mauricio Pellegrini"


def test_a_people_s_name_before_more_said_of_them_is_no_one_named(extractor):
    # (a sign-off only: "the Argentine, who arrived in the summer, said" may be another)
    r = extractor.extract("Almazara coach refuses to blame referee\n\nMadrid, Mar 3 (EFE).- CD Almazara lost 3-0 at home "
                          "on Sunday.\n\nRacing Sierra coach Mauricio Pellegrini said his team had \"executed the game "
                          "plan perfectly.\"\n\nThe Argentine, who arrived from Rosario in the summer, said the "
                          "league was harder than he had expected.")
    assert said(r, "harder than")[1] == "unnamed"


@pytest.mark.parametrize("text, content, speaker", [
    ("Almazara coach backed by dressing room\n\nMadrid, Mar 3 (EFE).- Captain Iker Zubeldia, speaking after training, "
     "defended the coach. \"The dressing room is with him, one hundred percent,\" the Basque midfielder said.",
     "dressing room is with him", "Iker Zubeldia"),
    ("Some ash trees resist dieback\n\nGöttingen (dpa) - Project leader Professor Katrin Behrendt said the "
     "resistance was inherited.\n\n\"Every tree that is still standing after 20 years of dieback is a potential "
     "parent,\" the scientist said.", "potential parent", "Katrin Behrendt")])
def test_a_description_may_name_one_whose_role_is_of_its_kind(extractor, text, content, speaker):
    # (a player's position is no other role than a captain's; a professor may be "the scientist")
    assert said(extractor.extract(text), content)[0] == speaker


def test_the_paragraph_after_a_standfirst_is_the_lede(extractor):
    # (the standfirst was taken for the lede, so "A London judge" in the lede stayed unnamed)
    r = extractor.extract("Shareholders can proceed with Larkspur claim, judge rules\n\nInvestors say the ruling opens "
                          "the way to compensation for thousands of savers\n\nLONDON (Reuters) - A London judge on "
                          "Tuesday allowed a 400 million pound shareholder lawsuit to go to trial.\n\nJudge Caroline "
                          "Ashdown said the claimants had shown a real prospect of success.")
    assert said(r, "400 million pound")[0] == "Caroline Ashdown"


def test_an_office_a_description_names_is_not_anothers(extractor):
    # ("the Principal Secretary for Housing and Urban Development" was the Cabinet Secretary,
    # or a person "Urban Development")
    r = extractor.extract(probe_article("round-33b/10-nation-housing-shortage.txt"))
    assert said(r, "200,000 new homes")[0] not in ("Grace Chebet", "Urban Development")
    assert "Urban Development" not in {s.name for s in r.speakers}


def test_a_company_typed_a_person_after_its_noun_is_a_body_by_either_name(extractor):
    # ("car parts supplier Kessler Antriebstechnik" was a person, whom the standfirst's "Works
    # council chief" and "state economy minister" then were)
    r = extractor.extract(probe_article("round-37a/10-dpa-kessler-insolvency.txt"))
    assert said(r, "3,400 jobs")[:2] == ("Kessler Antriebstechnik", "organization")
    assert "Kessler Antriebstechnik" not in {said(r, "ignored warnings")[0], said(r, "stand by the workforce")[0]}


def test_a_heading_nationality_is_no_minister_of_another_or_none(extractor):
    # ("Saudi minister" was Oman's minister, "Kuwaiti minister" the Saudi one quoted first)
    r = extractor.extract(probe_article("round-37b/05-arabnews-gcc-water-fund.txt"))
    assert said(r, "joint desalination fund")[0] != "Khalfan bin Said Al-Rawahi"
    assert said(r, "have not worked' as ministers")[0] != "Faisal bin Nasser Al-Harbi"


def test_a_headings_company_is_not_one_named_only_by_its_company_word(extractor):
    # ("Company says ..." was Puna Minerals Corp, the parent of Salar Andino, which said it)
    r = extractor.extract(probe_article("round-37a/01-reuters-lithium-strike.txt"))
    assert said(r, "Atacama plant unaffected")[0] != "Puna Minerals Corp"


def test_a_storm_is_no_one(extractor):
    r = extractor.extract("Storm Idris: Gusts of 90mph likely in exposed areas, forecasters warn\n\nA red weather "
                          "warning is in force for Cumbria, with the weather agency saying Storm Idris poses a "
                          "danger to life.")
    assert "Storm Idris" not in {a.speaker for a in r.attributions}


def test_a_name_in_a_relative_clause_of_the_source_is_not_the_speaker(extractor):
    r = extractor.extract("Ferry trial opens\n\nATHENS (AP) - The trial of four managers opened on Monday.\n\n"
                          "Pappas, who represents the company's former technical director, Yannis Karalis, said outside "
                          "the courthouse that his client had passed every warning up the chain of command.")
    assert said(r, "every warning")[0] != "Yannis Karalis"


@pytest.mark.parametrize("article, headline_part, speaker", [
    # (a role that gives no country is no other country's: "Japan industry minister")
    ("round-39a/08-kyodo-reactor-restart-lng.txt", "swift restart", "Kenji Morimoto"),
    # ("mining" is the portfolio of the "Minister of Energy and Mines")
    ("round-39a/12-efe-peru-mine-road-blockade.txt", "talks with communities", "Jorge Salinas Quispe")])
def test_a_headline_role_with_a_country_or_a_portfolio_is_the_minister_named(extractor, article, headline_part,
                                                                            speaker):
    assert said(extractor.extract(probe_article(article)), headline_part)[0] == speaker


def test_a_counterpart_is_the_one_of_that_nationality_in_the_subjects_office(extractor):
    # (was the unnamed "lithuanian counterpart")
    r = extractor.extract(
        "Poland, Lithuania near air-defence pact\n\nWARSAW (Reuters) - Poland and Lithuania are close to a "
        "joint air-defence agreement, Polish Defence Minister Tomasz Zielak said on Tuesday, even as his "
        "Lithuanian counterpart warned that questions remained over who would command the batteries.\n\n"
        "Lithuanian Defence Minister Rimantas Jankus said talks would resume next week. Lithuania's "
        "foreign ministry spokeswoman Egle Paulauskaite said the timetable was realistic.")
    assert said(r, "questions remained")[:2] == ("Rimantas Jankus", "person")


def test_a_country_excludes_a_minister_whose_people_is_anothers_and_a_former_role_no_other(extractor):
    # ("Italy's finance minister" was "Dutch finance minister Joost van Rijn": "Dutch" and
    # "Netherlands" did not compare; and "Benedetti, a former central banker" did not fit a minister)
    r = extractor.extract(probe_article("round-40c/11-ft-italy-budget-clash.txt"))
    assert said(r, "by the back door")[0] == "Lorenzo Benedetti"
    assert said(r, "strangle a fragile recovery")[0] == "Lorenzo Benedetti"   # the headline, same words


def test_a_headings_portfolio_chief_is_no_company_chief_executive(extractor):
    # ("EU Trade Chief Says ..." was Frank Heidinger, a steelmaker's chief executive)
    r = extractor.extract(probe_article("round-40c/08-wsj-eu-steel-tariffs.txt"))
    assert said(r, "Ready to Respond Within Days")[0] != "Frank Heidinger"


def test_one_of_a_group_set_off_by_name_is_that_person(extractor):
    r = extractor.extract(
        "Paid leave bill stalls\n\nLANSING - The bill needs two more votes in the state Senate.\n\nOne of those "
        "holdouts, state Sen. Ray Dombrowski, a Democrat from Bay City, said he wants an exemption for small "
        "businesses.")
    assert said(r, "an exemption for small businesses")[0] == "Ray Dombrowski"


@pytest.mark.parametrize("sentence, speaker", [
    # (the tokenizer cut "Comr." from its period and ended a sentence there; the name's role
    # then crashed the analysis)
    ("East Java Police spokesperson Sr. Comr. Bambang Wicaksono Adi said the police had deployed 200 "
     "personnel to the regency office.", "Bambang Wicaksono Adi"),
    ("Eng. Majed bin Abdullah Al-Ruwaili said drainage channels in two of the tunnels were blocked.",
     "Majed bin Abdullah Al-Ruwaili")])
def test_an_engineers_and_a_police_commissioners_title_is_no_name(extractor, sentence, speaker):
    r = extractor.extract("Tunnels flooded\n\nDAMMAM - Heavy rain flooded three tunnels on Sunday.\n\n" + sentence)
    assert [a.speaker for a in r.attributions if a.section == "body" and "Heavy rain" not in a.content.text] == [speaker]


def test_a_party_and_a_state_written_out_name_the_lawmaker(extractor):
    # ("the California Democrat" was unnamed: "(D-California)" spelt the state out)
    r = extractor.extract(
        "Shutdown nears\n\nWASHINGTON (CNN) - Talks stalled on Monday.\n\nHouse Minority Leader Janelle Ortiz "
        "(D-California) accused the speaker of holding paychecks hostage. Rep. Dwayne Colter (R-Texas) said he "
        "would vote no.\n\n\u201cAir traffic controllers don\u2019t get to work from home during a shutdown,\u201d the "
        "California Democrat told CNN in an interview Monday.")
    assert said(r, "Air traffic controllers")[0] == "Janelle Ortiz"


def test_a_senator_of_a_state_is_that_states_party_member_before_the_body_names_him(extractor):
    # ("The Montana Republican's vow" in the standfirst was unnamed; "Senator X of Montana" gave no state)
    r = extractor.extract(
        "Drought bill in doubt\n\nThe Montana Republican\u2019s vow to block a bipartisan drought bill puts the "
        "majority leader in a bind.\n\nWASHINGTON \u2014 Senator Gail Pruett of Wyoming, a Republican, said the bill "
        "was flawed. Senator Marcus Halvorsen of Montana, a Republican, said on Tuesday that he would use every "
        "tool to stop it.")
    assert said(r, "to block a bipartisan drought bill")[0] == "Marcus Halvorsen"


def test_a_party_members_word_is_no_nationality_and_signs_off_a_split_quote(extractor):
    # ("the Social Democrat" was unnamed: "Social" and "Democrat" counted as another nationality
    # than "German", and a quote split around its source was not signed off)
    r = extractor.extract(
        "Berlin plans service\n\nBERLIN (DW) - German Defense Minister Jens Hollerbach on Thursday presented "
        "plans for military service, telling the Bundestag that Germany \"can no longer rely on volunteers.\"\n\n"
        "\"The security situation has changed,\" the Social Democrat told lawmakers. \"We must change with it.\"")
    assert said(r, "The security situation has changed")[0] == "Jens Hollerbach"


def test_an_aide_of_a_politician_is_the_spokesman_with_that_name_in_his_role(extractor):
    r = extractor.extract(
        "Shutdown talks\n\nWASHINGTON - Maddox spokesman Tyler Quist said the White House had misled the public. "
        "Sen. Brian Kettering said the speaker had accepted an extension privately.\n\n\u201cThe speaker has never "
        "said that,\u201d the Maddox aide said.")
    assert said(r, "The speaker has never said that")[0] == "Tyler Quist"


def test_a_document_viewed_by_an_outlet_is_no_document_of_the_outlet(extractor):
    # (the Journal was the speaker; a body's noun before the document is its producer)
    r = extractor.extract(
        "EU readies tariffs\n\nBRUSSELS - The European Commission has drawn up a list of U.S. goods.\n\n"
        "According to a commission document viewed by the Journal, the list was designed to maximize political "
        "impact.\n\nAccording to the commission\u2019s draft opinion, seen by the FT, spending is set to exceed the "
        "ceiling.")
    assert said(r, "maximize political impact")[:2] == ("European Commission", "organization")
    assert said(r, "spending is set to exceed")[:2] == ("European Commission", "organization")


def test_a_finance_chief_and_a_cfo_are_the_chief_financial_officer(extractor):
    # (the lede's "its finance chief" and "The CFO" were unnamed: the role said "Chief
    # financial officer", written out, or only "officer")
    r = extractor.extract(
        "Kavach profit rises\n\nBENGALURU: Kavach Infotech on Thursday reported a 9% rise in net profit, and its "
        "finance chief warned that wage hikes would squeeze margins.\n\nThe board recommended a dividend.\n\n"
        "Chief financial officer Anjali Deshpande struck a cautious note.\n\nAn analyst asked about attrition. "
        "The CFO said attrition had fallen to 12.1%.")
    assert said(r, "wage hikes would squeeze margins")[0] == "Anjali Deshpande"
    assert said(r, "attrition had fallen")[0] == "Anjali Deshpande"


def test_a_headlines_company_officer_by_initials_is_the_one_the_body_names(extractor):
    # ("Mainwerk Bank CFO: ..." was an organisation of that name; "FRANKFURT--" a speaker)
    r = extractor.extract(
        "Mainwerk Bank CFO: Provisions to Peak This Year\n\nFRANKFURT--Mainwerk Bank AG on Tuesday reported a 14% "
        "drop in net profit.\n\nNet profit fell to EUR412 million, the Frankfurt-based lender said.\n\n\"We "
        "believe the worst is behind us,\" Chief Financial Officer Clara Neumeister said. Chief Executive Stefan "
        "Hollweg said the target stood.")
    assert said(r, "Provisions to Peak This Year")[0] == "Clara Neumeister"
    assert said(r, "a 14% drop in net profit")[0] == "Mainwerk Bank AG"
    assert said(r, "Net profit fell")[0] == "Mainwerk Bank AG"


def test_an_owners_nouns_are_not_the_roles(extractor):
    # ("the wealth manager's chief executive" was the regulator's counsel: "wealth manager"
    # had to be in the chief executive's role)
    r = extractor.extract(
        "Watchdog sues Coastal Wealth\n\nThe wealth manager's chief executive says the case overstates the "
        "problem.\n\nSYDNEY - Counsel for the commission, Fiona Castellano SC, said fees were charged for "
        "nothing.\n\nOutside court, Coastal Wealth chief executive Mark Ellery said the firm would defend itself.")
    assert said(r, "overstates the problem")[0] == "Mark Ellery"


@pytest.mark.parametrize("headline, speaker", [
    ("Watchdog says Coastal Wealth charged clients for nothing", "Australian Markets Conduct Commission"),
    ("Regulator says Coastal Wealth charged clients for nothing", "Australian Markets Conduct Commission")])
def test_the_regulator_is_the_one_commission_named(extractor, headline, speaker):
    r = extractor.extract(
        f"{headline}\n\nThe conduct regulator says members were charged for advice they never received.\n\n"
        "SYDNEY - The Australian Markets Conduct Commission has told the Federal Court that Coastal Wealth Group "
        "overcharged clients. Its Enforcement Bureau said the case was strong.")
    assert said(r, "charged clients for nothing")[0] == speaker
    assert said(r, "members were charged")[0] == speaker


def test_a_secretary_is_no_shadow_secretary(extractor):
    # (was Daniel Ashcombe, "the shadow justice secretary")
    r = extractor.extract(
        "Prisons full, says minister\n\nLONDON - Justice Secretary Eleanor Whitlock said jails were full.\n\n"
        "The shadow justice secretary, Daniel Ashcombe, said the claim was not true.\n\nThe justice secretary "
        "said there was no realistic alternative.")
    assert said(r, "no realistic alternative")[0] == "Eleanor Whitlock"


def test_a_documents_producer_is_neither_its_recipient_nor_a_reviewer(extractor):
    # ("GOP" was the memo's producer; "A review by the ... Office" was read as reviewed by it
    # and left unnamed; "The Australian Financial Review" is a newspaper, not a review)
    r = extractor.extract(
        "Hydro costs rise\n\nCANBERRA - A memo sent to GOP offices Monday by the Republican Study Committee, "
        "obtained by Axios, argues that the ban raises constitutional questions.\n\nA review by the "
        "Infrastructure Assurance Office, obtained by the ABC, found that the estimates were \"optimistic to the point of being unreliable\".\n\nThe Australian "
        "Financial Review reported that Snowline had considered pausing construction.")
    assert said(r, "raises constitutional questions")[:2] == ("Republican Study Committee", "organization")
    assert said(r, "the estimates were")[:2] == ("Infrastructure Assurance Office", "organization")
    assert said(r, "pausing construction")[0] == "Australian Financial Review"


def test_a_surname_the_recogniser_left_out_joins_the_name(extractor):
    # (was "Harshvardhan Singh" and a second person "Rathore"; "the SP" an organisation)
    r = extractor.extract(
        "Tanker scam probed\n\nNASHIK: Nashik rural superintendent of police Harshvardhan Singh Rathore said "
        "three contractors were being questioned. \"We are examining the bank transactions,\" the SP said.\n\n"
        "Rathore added that an FIR had been registered.")
    assert [a.speaker for a in r.attributions] == ["Harshvardhan Singh Rathore"] * 3


def test_a_party_members_description_is_the_member_of_that_party(extractor):
    # ("Fianna Fáil TD warns" was a person named "Fianna Fáil TD"; "The Sinn Féin TD" must not
    # be the one TD whose role the text gives, of another party)
    r = extractor.extract(
        "Rent reform will \u2018drive small landlords out\u2019, Fianna Fáil TD warns\n\nDUBLIN - Housing Minister "
        "Declan Furlong has defended the plan.\n\nSiobhán Cronin, the Fianna Fáil TD for Cork South-West, said the "
        "changes would hurt small landlords.\n\nSinn Féin\u2019s housing spokesman, Eoin Mac Cárthaigh, said renters "
        "would pay.\n\nThe Sinn Féin TD said the minister knew exactly what he was doing.")
    assert said(r, "drive small landlords out")[0] == "Siobhán Cronin"
    assert said(r, "knew exactly what he was doing")[0] != "Siobhán Cronin"


def test_a_gop_senator_is_the_republican_senator(extractor):
    r = extractor.extract(
        "GOP senator says secretary \u2018misled us\u2019 on drones\n\nWASHINGTON - Sen. Carla Whitmore, R-Ariz., is "
        "accusing the secretary of misleading lawmakers. Sen. Tom Baird, D-Ore., said the contract was sound.")
    assert said(r, "misled us")[0] == "Carla Whitmore"


def test_an_mp_of_a_party_with_an_article_is_no_ones_name(extractor):
    # (was a person named "Conservative MP")
    r = extractor.extract(
        "Water boss grilled\n\nLONDON - The chief executive of Severnside Water has been accused by a "
        "Conservative MP of holding customers to ransom.\n\nA Conservative MP said the firm had paid out "
        "\u00a3310m in dividends.")
    assert said(r, "had paid out")[1] == "unnamed"


def test_a_party_in_a_description_excludes_a_person_of_another(extractor):
    r = extractor.extract(
        "Debate night\n\nHEMPSTEAD, N.Y. - Republican nominee Donald Trump said the economy was weak.\n\n"
        "\"Every child should have the chance to succeed,\" the Democratic presidential nominee said.")
    assert said(r, "Every child should have the chance")[0] != "Donald Trump"


def test_a_diplomat_may_be_the_consul_and_a_name_keeps_an_untyped_middle_word(extractor):
    # ("The Brazilian diplomat" was unnamed; "Colonel Brahim Outman Idriss" two persons)
    r = extractor.extract(
        "Border reopens\n\nCIUDAD DEL ESTE - Brazil's consul in Ciudad del Este, Paulo Roberto de Almeida Castro, "
        "told MercoPress that 2,000 trucks were stuck. The Brazilian diplomat said traffic would be back to normal "
        "by Wednesday.\n\nThe army spokesman, Colonel Brahim Outman Idriss, said in a statement that two soldiers "
        "had been wounded.")
    assert said(r, "back to normal")[0] == "Paulo Roberto de Almeida Castro"
    assert said(r, "two soldiers")[:2] == ("Brahim Outman Idriss", "person")


def test_the_statement_is_that_of_the_person_set_off_who_issued_it(extractor):
    # (was the unnamed "statement": the subject was the role "chairman", the statement hung on
    # the object "accusations")
    r = extractor.extract(
        "Recount ordered\n\nMOSUL - The commission's chairman, Judge Qasim Abbas al-Musawi, rejected the "
        "accusations in a statement read on state television on Tuesday. The commission \"answers to the law and "
        "to no political party,\" the statement said.")
    assert said(r, "answers to the law")[0] == "Qasim Abbas al-Musawi"


@pytest.mark.parametrize("paragraph, speaker", [
    # (each was the unnamed description: the nationality had no one just quoted, the veteran a
    # role that was no "veteran", and the quote's own sentences hid the subject before them)
    ("Race leader Søren Kjeldsen, who kept the blue jersey, stayed out of the argument. \"For me it was a good "
     "day,\" said the Dane.", "Søren Kjeldsen"),
    ("Tigers head coach Greg Tulloch was not impressed. \"Look, it's legal. I'm not going to say it's not "
     "legal,\" the Australian said.", "Greg Tulloch"),
    ("Orozco, 37, was distraught. \"I didn't see him. I swear on my children, I didn't see him. I was looking at "
     "the line,\" the veteran told Colombian radio.", "Julián Orozco"),
    ("Captain Dani Prats, 35, laughed off the noise. \"When I was his age I was playing on a pitch with no "
     "grass,\" the veteran joked.", "Dani Prats")])
def test_a_sign_off_by_nationality_or_experience_is_the_subject_before_the_quote(extractor, paragraph, speaker):
    r = extractor.extract(
        "Stage win decided by jury\n\nBOLZANO - Matteo Brambati won the stage after Julián Orozco was relegated, "
        "said Kestrel directeur sportif Ruud Verbeek.\n\n" + paragraph)
    assert r.attributions[-1].speaker == speaker


def test_the_crown_and_the_defence_are_their_one_lawyer(extractor):
    # (were organisations "Crown" and "defence")
    r = extractor.extract(
        "Driver 'chose to drink and drive,' Crown argues\n\nDefence says breath test was improperly administered\n\n"
        "SASKATOON - The trial heard closing arguments Thursday.\n\nCrown prosecutor Jolene Marchand told the court "
        "the driver was twice the legal limit.\n\nDefence lawyer Brent Oakes argued the sample was unreliable.\n\n"
        "Toronto police spokesperson Const. Alicia Dupuis said thefts had dropped.")
    assert said(r, "chose to drink and drive")[0] == "Jolene Marchand"
    assert said(r, "improperly administered")[0] == "Brent Oakes"
    assert said(r, "thefts had dropped")[0] == "Alicia Dupuis"   # (was "Const")


def test_the_statement_is_the_one_just_issued_and_the_ministry_the_one_just_named(extractor):
    # ("the statement" was the producer of an earlier statement, "the ministry" the ministry
    # quoted earlier, another country's)
    r = extractor.extract(
        "Honiara deal signed\n\nHONIARA - Up to 40 police officers will be deployed, according to a statement from "
        "the Solomon Islands Government Communication Unit. Japan's Ministry of Economy, Trade and Industry said "
        "the controls were lawful.\n\nChina's embassy in Honiara said in a statement that the agreement was open.\n\n"
        "\"China has no intention of establishing a military presence,\" the statement said.\n\n"
        "China's Ministry of Commerce reacted within hours. In a statement posted on its website, the ministry said "
        "it firmly opposed the measures.")
    assert said(r, "no intention of establishing")[:2] == ("China's embassy", "organization")
    assert said(r, "firmly opposed")[0] == "Ministry of Commerce"


def test_a_study_with_no_producer_is_its_lead_authors_and_a_scientist_a_role(extractor):
    # (were the unnamed "paper" and "authors", "Uganda" for "a study of ... samples from Uganda",
    # and the unnamed "epidemiologist")
    r = extractor.extract(
        "Drug-resistant malaria spreading\n\nKAMPALA - A study of more than 9,000 blood samples from Uganda and "
        "Rwanda found that resistant parasites were spreading.\n\n\"We are watching a replay,\" said Dr Grace "
        "Nalwoga, the study's lead author. Dr Emmanuel Asante, an epidemiologist at the University of Ghana, said "
        "the threat was real.\n\nThe paper, published in The Lancet, said resistance had risen to 37 per cent. The "
        "authors called for a switch in treatment.\n\n\"Substandard medicines are the bigger threat,\" the "
        "epidemiologist said.")
    assert said(r, "resistant parasites were spreading")[0] == "Grace Nalwoga"
    assert said(r, "risen to 37 per cent")[0] == "Grace Nalwoga"
    assert said(r, "a switch in treatment")[0] == "Grace Nalwoga"
    assert said(r, "Substandard medicines")[0] == "Emmanuel Asante"


def test_the_datelines_agency_is_no_one_and_the_premier_is_the_prime_minister(extractor):
    # ("the head of government" and "The Belarusian premier" were BelTA, typed a person)
    r = extractor.extract(
        "Belarus, Bryansk can double trade\n\nMINSK, 14 March (BelTA) – Belarus and Bryansk Oblast can double "
        "their trade, Prime Minister of Belarus Viktor Laptsevich said at a meeting in Minsk, BelTA learned from "
        "the press service.\n\n\"Last year our trade exceeded $780 million,\" the head of government said.\n\n"
        "The Belarusian premier noted that Bryansk Oblast is a key partner.")
    assert "BelTA" not in {s.name for s in r.speakers}
    assert said(r, "is a key partner")[0] == "Viktor Laptsevich"


def test_a_body_of_two_places_and_a_body_by_a_word_of_its_name(extractor):
    # (the recogniser cut "Antrim and" off the council; "the force", "the league", "the union"
    # and "the label" were unnamed: no name ended in their noun)
    r = extractor.extract(
        "Pool to stay shut\n\nBELFAST - Antrim and Newtownabbey Borough Council said the damage was \"far more "
        "extensive than first thought\".\n\nWiltshire Police arrested two men on Friday. The force said it was "
        "\"grateful to the witnesses who came forward\".\n\nThe Ligue de Rugby Professionnel (LRP) opened "
        "proceedings. The league said it viewed the comments \"with the utmost seriousness\".\n\nDrivers "
        "represented by the Rail and Transport Workers' Federation voted to strike. The union said talks had "
        "collapsed.\n\nWinter Hale says her label, Northline Records, has shelved her album. In a statement, the "
        "label said it \"remains fully committed\" to the record.")
    assert said(r, "far more extensive")[0] == "Antrim and Newtownabbey Borough Council"
    assert said(r, "grateful to the witnesses")[0] == "Wiltshire Police"
    assert said(r, "utmost seriousness")[0] == "Ligue de Rugby Professionnel"
    assert said(r, "talks had collapsed")[0] == "Rail and Transport Workers' Federation"
    assert said(r, "remains fully committed")[0] == "Northline Records"


def test_a_club_in_the_middle_of_a_name_says_no_club(extractor):
    # ("the club" was "Racing Club Sierra", the visitors, where the recogniser missed "CD Almazara")
    r = extractor.extract(
        "Almazara coach admits defeat\n\nMadrid, Mar 3 (EFE).- CD Almazara coach Joaquín Almansa refused to blame "
        "the referee for the 3-0 home defeat to Racing Club Sierra.\n\nThe club said in a note that it \"condemns "
        "any violent behavior\".")
    assert said(r, "condemns any violent behavior")[0] != "Racing Club Sierra"


def test_the_head_of_state_and_of_government_are_the_president_and_the_prime_minister(extractor):
    # (both were unnamed; of two presidents, neither just quoted, none)
    r = extractor.extract(
        "France and Algeria restore ambassadors\n\nPARIS, March 3 (AFP) - French President Henri Dalmasse met "
        "Algerian Prime Minister Karim Alaoui in Paris on Monday.\n\nSpeaking to reporters, Dalmasse said he had "
        "\"never doubted\" that the crisis would be overcome.\n\n\"France and Algeria are bound by history,\" the "
        "head of state said.\n\nThe head of government told lawmakers in Algiers that relations were "
        "\"strategic\".")
    assert said(r, "bound by history")[0] == "Henri Dalmasse"
    assert said(r, "were \"strategic\"")[0] == "Karim Alaoui"
    r = extractor.extract(
        "Presidents to meet\n\nMOSCOW, March 3. /TASS/. Russian President Arkady Voronin and Mongolian President "
        "Tsendiin Ganbold will hold talks on Thursday, Kremlin Spokesman Dmitry Sokolin told reporters.\n\n"
        "Speaking at a meeting last week, the head of state said that projects \"must be implemented without "
        "delays\".")
    assert said(r, "without delays")[0] not in ("Tsendiin Ganbold", "Arkady Voronin")


def test_a_counterpart_is_of_the_office_of_the_subject_or_of_whom_his_or_her_stands_for(extractor):
    # (each was an unnamed "counterpart": the subject before was "talks" of "said that talks",
    # a name with no title words, none, or a relative clause's "who")
    r = extractor.extract(
        "Ceasefire talks close to deal\n\nANKARA (Reuters) - Turkey's foreign minister said on Tuesday that talks "
        "were \"close to a deal\", but his German counterpart warned that key guarantees were still missing.\n\n"
        "\"We are closer than at any point since January,\" Turkish Foreign Minister Selim Karadag told "
        "reporters.\n\nGerman Foreign Minister Katrin Vollmer, standing beside him, struck a more cautious tone. "
        "\"Not soldiers,\" Vollmer said.\n\nHer Turkish counterpart said such details could be settled \"at the "
        "technical level\".")
    assert said(r, "key guarantees were still missing")[0] == "Katrin Vollmer"
    assert said(r, "at the technical level")[0] == "Selim Karadag"
    r = extractor.extract(
        "Water deal agreed\n\nANKARA (AA) - Turkish Foreign Minister Mehmet Ali Erkan hosted his Iraqi counterpart "
        "Salah al-Janabi in Ankara on Tuesday.\n\nErkan said the first section could be tendered \"before the "
        "end of the year,\" while his Iraqi counterpart said financing talks were at an advanced stage.")
    assert said(r, "financing talks")[0] == "Salah al-Janabi"
    r = extractor.extract(
        "Ministers agree on missile data\n\nTOKYO, March 3 (Kyodo) -- Foreign Minister Yuko Sakamaki and her "
        "South Korean counterpart Cho Min-seok agreed on Sunday to share missile warning data.\n\n\"Neither of us "
        "can afford to look away,\" Cho said.\n\nAsked whether wartime labor had been discussed, his Japanese "
        "counterpart said Tokyo's position had not changed.")
    assert said(r, "position had not changed")[0] == "Yuko Sakamaki"


def test_a_quote_told_inside_a_report_after_a_colon_or_comma_is_the_tellers(extractor):
    # (the quote was the reporter's, Lodi's)
    r = extractor.extract(
        "Ministers agree on migration\n\nROME -- Foreign Minister Stefano Lodi said legal channels would be "
        "expanded.\n\nLodi said his Tunisian counterpart, Mohamed Ali Bouzid, had told him during the talks: "
        "\"Give our young people a visa and you will not need to chase boats.\"\n\nHe said President Anura "
        "Senanayake had told him before the visit, \"Go to Delhi as a friend.\"")
    holding = [a for a in r.attributions if "Give our young people a visa" in a.content.text]
    assert sorted(a.speaker for a in holding) == ["Mohamed Ali Bouzid", "Stefano Lodi"]
    assert min(holding, key=lambda a: len(a.content.text)).speaker == "Mohamed Ali Bouzid"
    holding = [a for a in r.attributions if "Go to Delhi as a friend" in a.content.text]
    assert min(holding, key=lambda a: len(a.content.text)).speaker == "Anura Senanayake"


def test_a_county_office_typed_a_person_is_no_one(extractor):
    # ("Clark County Registrar" was a person of that name)
    r = extractor.extract(
        "Polling site row\n\nLAS VEGAS - Clark County Registrar of Voters Gloria Anaya told McClatchy that lines "
        "had stretched around the building.")
    assert "Clark County Registrar" not in {s.name for s in r.speakers}


def test_a_party_word_with_a_place_no_role_says_signs_off_the_one_just_quoted(extractor):
    # (was Republican front-runner Grant Haverford, whose role says no Iowa)
    r = extractor.extract(
        "Haverford says rivals panicking\n\nDES MOINES, Iowa - Republican front-runner Grant Haverford told a "
        "packed gymnasium that his rivals were \"panicking\".\n\nGov. Ellen Marsh, who has not endorsed, said on "
        "\"Fox News Sunday\" that turnout would decide the outcome. \"If we see 180,000 people show up, that's a "
        "Haverford night,\" the Iowa Republican said.")
    assert said(r, "180,000 people")[0] == "Ellen Marsh"


def test_a_contenders_word_signing_off_is_the_politician_just_quoted_not_a_spokesman(extractor):
    # (was the unnamed "democratic vice presidential nominee"; a spokesman is no nominee)
    r = extractor.extract(
        "Castellanos upbeat on Wisconsin\n\nMILWAUKEE - Sen. Amelia Castellanos of New Mexico says she isn't "
        "taking Wisconsin for granted.\n\n\"We're going to win it the old-fashioned way,\" the Democratic vice "
        "presidential nominee told NPR.\n\n\"This year they're not holding it anymore,\" said Lund spokesman "
        "Carter Haynes.\n\nAt a rally on Tuesday, the Republican nominee said Castellanos had \"voted for every "
        "bad trade deal.\"")
    assert said(r, "old-fashioned way")[0] == "Amelia Castellanos"
    assert said(r, "every bad trade deal")[0] != "Carter Haynes"


def test_a_position_or_an_artists_trade_before_a_name_is_a_role(extractor):
    # ("Center Marcus Lindqvist" was an organisation, "Producer Dex Morrow" a name, and "the
    # drummer" and "the Swede" unnamed)
    r = extractor.extract(
        "Star requests trade\n\nOAKLAND, Calif. -- Teammates were left to process the news. Center Marcus "
        "Lindqvist said he found out from a push alert.\n\n\"It's weird, man,\" the Swede said.\n\nDrummer Chelsea "
        "Ng, reached by phone, was more forthcoming. \"We wrote it in ten minutes,\" the drummer said.\n\n"
        "Producer Dex Morrow said the sessions were long.")
    assert said(r, "It's weird, man")[0] == "Marcus Lindqvist"
    assert said(r, "in ten minutes")[0] == "Chelsea Ng"
    assert said(r, "sessions were long")[0] == "Dex Morrow"


def test_she_after_a_persons_relative_named_by_a_role_is_the_relative(extractor):
    # (the owner "the singer" of "The singer's mother, Sydney Reyes," took "she")
    r = extractor.extract(
        "Judge dismisses lawsuit\n\nLOS ANGELES (AP) - A judge dismissed a lawsuit filed by pop singer Brooklyn "
        "Reyes' former manager.\n\nThe singer's mother, Sydney Reyes, said outside the courthouse that her "
        "daughter \"cried when she heard.\"\n\n\"She's carried this for three years,\" she said.")
    assert said(r, "carried this for three years")[0] == "Sydney Reyes"


def test_a_place_before_a_role_in_a_title_case_headline_is_no_speaker(extractor):
    # (the headline's "Ohio Senator" was Ohio)
    r = extractor.extract(
        "'I'm Not There Yet,' Ohio Senator Says of Backing Haverford\n\nCOLUMBUS, Ohio - Senator Carl Whitmore "
        "of Ohio said on Thursday that he would wait until after the convention.")
    assert said(r, "Not There Yet")[0] == "Carl Whitmore"


def test_a_declaration_or_note_issued_by_a_body_is_the_bodys(extractor):
    # (both were unnamed documents)
    r = extractor.extract(
        "Leaders agree on border\n\nBERLIN (dpa) - Germany and Poland will set up joint police patrols on both "
        "sides of the border, according to a declaration published by the Federal Press Office.\n\nItaly will "
        "provide \"280 million "
        "euros in funding\", according to a note issued by the Italian Foreign Ministry.")
    assert said(r, "joint police patrols")[0] == "Federal Press Office"
    assert said(r, "280 million")[0] == "Italian Foreign Ministry"


def test_a_body_noun_in_the_opening_is_the_body_the_article_names_later(extractor):
    # (both stayed unnamed: "local" is in no name, and the league is named after its standfirst)
    r = extractor.extract(
        "Pool shut until April\n\nA Newtownabbey pool will stay shut until at least April, the local council has "
        "confirmed.\n\nAntrim and Newtownabbey Borough Council said the damage was extensive.")
    assert said(r, "until at least April")[0] == "Antrim and Newtownabbey Borough Council"
    r = extractor.extract(
        "Coach faces ban over referee outburst\n\nLescure turned on the referee. The league says it will examine "
        "his comments \"with the utmost seriousness\".\n\nTOULOUSE (AFP) - Stade Garonnais lost 24-23 on "
        "Saturday.\n\nOn Sunday, the Ligue de Rugby Professionnel (LRP) confirmed it had opened proceedings.")
    assert said(r, "utmost seriousness")[0] == "Ligue de Rugby Professionnel"


def test_a_described_group_is_the_body_just_named_and_her_part_says_whose(extractor):
    # ("The nonpartisan group" was unnamed; "The former secretary of state, for her part," was
    # Haverford, the man named before; the headline's source was "Deficit, Group")
    r = extractor.extract(
        "Haverford's Tax Plan Would Add $5 Trillion to Deficit, Group Says\n\nWASHINGTON - Grant Haverford's tax "
        "proposals would add $5 trillion to "
        "deficits, according to an analysis released Wednesday by the Committee for a Balanced Federal Budget.\n\n"
        "The nonpartisan group said the cuts would \"fail to pay for themselves\".\n\nHaverford, at a rally in "
        "Roanoke, said he had done very little debate prep.\n\nThe former secretary of state, for her part, said "
        "she was looking forward to \"a real conversation about the issues.\"")
    assert said(r, "fail to pay for themselves")[0] == "Committee for a Balanced Federal Budget"
    assert said(r, "a real conversation")[0] != "Grant Haverford"
    assert "Deficit, Group" not in {s.name for s in r.speakers}   # (the headline's "..., Group Says")


def test_the_statement_a_person_described_by_role_posted_is_theirs(extractor):
    # (was the unnamed "statement": its issuer was a description)
    r = extractor.extract(
        "Ban upheld\n\nMELBOURNE - Yarra Falcons midfielder Sydney Marsh has lost her appeal against a "
        "three-match suspension.\n\nThe Sydney-born midfielder, 24, posted a statement on social media on "
        "Tuesday night.\n\n\"I'm gutted to be letting my teammates down,\" the statement said.")
    assert said(r, "gutted to be letting")[0] == "Sydney Marsh"


def test_a_peoples_word_inside_a_report_is_not_the_reporter(extractor):
    # (was the coach, whose report holds it)
    r = extractor.extract(
        "Star requests trade\n\nOAKLAND, Calif. -- Redwoods guard Jordan Castellanos, who was born in San Juan, "
        "has asked to be traded.\n\nCoach Darnell Hope said Castellanos would start on Friday and that the Puerto "
        "Rican had assured him he \"didn't want this to get ugly.\"")
    inner = min((a for a in r.attributions if "get ugly" in a.content.text), key=lambda a: len(a.content.text))
    assert inner.speaker == "Jordan Castellanos"


@pytest.mark.parametrize("sentence, bodies", [
    ("Brighton and Hove City Council said it would act.", ["Brighton and Hove City Council"]),
    ("Russia and the European Union said they would talk.", ["Russia", "the European Union"]),
])
def test_a_body_named_for_two_places_is_one_entity_and_two_subjects_stay_two(extractor, sentence, bodies):
    assert [e.text for e in extractor.nlp(sentence).ents] == bodies


def test_a_company_by_a_noun_or_a_word_of_its_name_and_the_cfo_by_a_finance_title(extractor):
    # ("the company" and "the Toronto-based miner" were unnamed: "grocer", "Motor" and "miner"
    # said no company; "the CFO" was unnamed: "finance chief" and "Finance director" gave no CFO)
    r = extractor.extract(
        "Grocer's profit falls\n\nLONDON (Reuters) - British grocer Brantwood Group reported an 18% fall in annual "
        "profit on Thursday. Operating profit fell to 412 million pounds, the company said.\n\nTobias Reuss, "
        "Brantwood's finance chief, told analysts the deal was sound. \"We are paying 0.9 times tangible book,\" "
        "the CFO said.")
    assert said(r, "412 million pounds")[0] == "Brantwood Group"
    assert said(r, "0.9 times tangible book")[0] == "Tobias Reuss"
    r = extractor.extract(
        "Plant to close\n\nSUDBURY - Northshield Nickel Corp. will close its Garson Creek mine. \"We could not "
        "justify running the mine at a loss,\" the Toronto-based miner said.\n\nTOKYO -- Takamori Motor will "
        "build a battery plant. It would make enough cells for 300,000 vehicles a year, the company said.\n\n"
        "Finance director Isabelle Rouvier told analysts that margins would recover. \"We have the balance "
        "sheet,\" the CFO said.")
    assert said(r, "at a loss")[0] == "Northshield Nickel Corp."
    assert said(r, "300,000 vehicles")[0] == "Takamori Motor"
    assert said(r, "balance sheet")[0] == "Isabelle Rouvier"


def test_one_body_by_two_spellings_of_one_length_is_named_the_same_whatever_the_hash_seed():
    # ("Unification Ministry" and "unification ministry" tied in _fullest; the set's order,
    # which the hash seed decides, picked the name)
    article = Path(__file__).resolve().parents[1] / "benchmarks/probes/round-44a/08-yonhap-nk-rejects-talks.txt"
    outputs = {subprocess.run([sys.executable, "-m", "quotegraph", "extract", "--json", "-q", str(article)],
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1")}
    assert len(outputs) == 1
    assert "Unification Ministry" in outputs.pop()


# Round 46 (probe rounds 45c and 46: testimony, briefings, studies, UK and Irish politics) -----

TESTIMONY = (
    "Fire trial opens\n\n"
    "PHOENIX (AP) — Dale Whitcomb, 58, is accused of setting the fire that destroyed his warehouse.\n\n"
    "The first witness, Tina Ruelas, testified that Whitcomb had called her two days before the fire.\n\n"
    "Under questioning by prosecutor Renata Okafor, Ruelas described the call:\n\n"
    "Q: What did he say, exactly?\n\n"
    "A: He said, \"Is the water still off in the back? Don't turn it on till I tell you.\"\n\n"
    "Q: Did you ask why?\n\n"
    "A: No. I just did what he told me.\n\n"
    "Defence attorney Marcus Bell said the case rested on a grudge.")


def test_questions_of_testimony_are_the_questioners_and_a_he_in_an_answer_is_not_who_answers(extractor):
    # (the questions were no one's; "He said" in Ruelas's answer went to Bell, the man quoted
    # last, or to the questioner)
    r = extractor.extract(TESTIMONY)
    assert said(r, "What did he say, exactly?")[0] == "Renata Okafor"
    assert said(r, "Did you ask why?")[0] == "Renata Okafor"
    assert said(r, "I just did what he told me")[0] == "Tina Ruelas"
    [inner] = [a for a in r.attributions if a.source is not None and a.source.text == "He"]
    assert (inner.content.text.startswith('"Is the water'), inner.speaker) == (True, "Dale Whitcomb")


def test_a_questioner_set_as_the_subject_gives_the_one_questioned_as_who_answers(extractor):
    # (every "A:" went to the lawyer, the subject of the paragraph before)
    r = extractor.extract(
        "Landlord convicted\n\nWORCESTER — Defence lawyer Thomas Moriarty told the jury the fire began in a "
        "tenant's own heater. A tenant, Mariela Santos, said the heat never worked.\n\n"
        "Moriarty, on cross-examination, pressed Santos about her own space heater:\n\n"
        "Q: You had a heater in your unit, correct?\n\nA: Everybody did. The heat didn't work.\n\n"
        "Q: But you had one?\n\nA: Yes. And it wasn't the one that caught fire.")
    assert said(r, "You had a heater")[0] == "Thomas Moriarty"
    assert said(r, "The heat didn't work")[0] == "Mariela Santos"
    assert said(r, "it wasn't the one")[0] == "Mariela Santos"


def answerers(result):
    """The speakers of an interview's answers ("A: ...")."""
    return [a.speaker for a in result.attributions if a.source is not None and a.source.text == "A"]


def test_an_excerpt_of_a_briefing_is_the_briefers_before_another_briefing_or_a_name_first_named(extractor):
    # (the answers went to "Huangyan Dao", the first name typed a person, to the other
    # country's spokesperson who "told a briefing" nearer the excerpt, and to a minister named
    # last before "Mr Yeo's doorstop interview")
    r = extractor.extract(
        "Spokesperson urges restraint\n\nBEIJING, May 14 (Xinhua) -- \"Huangyan Dao is China's territory,\" "
        "spokesperson Lin Haoran told a regular press briefing.\n\nLin said the coast guard had acted lawfully.\n\n"
        "\"Who is provoking whom?\" she said.\n\nAsked about the talks, the spokesperson said China remained "
        "committed to negotiation.\n\nThe following is part of the exchange at the briefing:\n\n"
        "Q: How does China respond to the protest?\n\nA: We have lodged stern representations.\n\n"
        "Q: Will the minister raise it?\n\nA: I would refer you to the readout.")
    assert answerers(r) == ["Lin Haoran", "Lin Haoran"]
    r = extractor.extract(
        "India rejects renaming\n\nNEW DELHI: \"Naming will not alter reality,\" spokesperson Anirban Sengupta "
        "said at the weekly media briefing.\n\nChinese spokesperson Tan Yufei told a briefing in Beijing that the "
        "names were standard.\n\nResponding to a question, Mr. Sengupta said: \"Actions like these do not help.\"\n\n"
        "Excerpts from the briefing:\n\nQ: Has the minister spoken to his counterpart?\n\n"
        "A: I have no conversation to announce.\n\nQ: Will the pilgrimage go ahead?\n\nA: Preparations are on track.")
    assert answerers(r) == ["Anirban Sengupta", "Anirban Sengupta"]
    r = extractor.extract(
        "Code must be binding, says minister\n\nKUALA LUMPUR – A weak code would be worse than none, Foreign "
        "Minister Raymond Yeo said on July 9.\n\nUnited States Deputy Secretary of State Margaret Ellison said "
        "Washington would stand with its partners.\n\nBelow is an edited excerpt of Mr Yeo's doorstop interview.\n\n"
        "Q: Is Asean being pulled apart?\n\nA: I would not use that phrase.\n\nQ: Will Singapore join patrols?\n\n"
        "A: That is not on the table.")
    assert answerers(r) == ["Raymond Yeo", "Raymond Yeo"]


def test_a_study_is_its_lead_authors_not_its_journals_nor_a_nationality(extractor):
    # (the journal it was published in and "British" were taken for its producer; "led by"
    # and "the study's lead author" after a long apposition gave no lead author)
    r = extractor.extract(
        "Sewage spills undercounted\n\nSpills went on for 14,000 hours, according to a study published on Monday."
        "\n\nThe research, led by Dr Helen Marsh of the Cotswold Institute, compared records with sensors.\n\n"
        "\"The gap is systematic,\" Marsh said.\n\nThe study, published in the journal Water Research "
        "Communications, says that 11 of 29 overflows \"recorded lower durations\".")
    assert said(r, "recorded lower durations")[0] == "Helen Marsh"
    assert said(r, "14,000 hours")[0] == "Helen Marsh"
    r = extractor.extract(
        "Memory decline linked to diet\n\nPeople over 50 declined faster, according to a major British study.\n\n"
        "\"The link is consistent,\" said Fiona Baines, an epidemiologist at the Northumbria Institute of "
        "Population Health in Newcastle and the study's lead author.\n\n"
        "Eleven of 14 groups showed the effect, the study's authors reported.")
    assert said(r, "declined faster")[0] == "Fiona Baines"
    assert said(r, "Eleven of 14")[0] == "Fiona Baines"


def test_the_head_of_a_body_is_one_whose_role_names_it(extractor):
    # (was the hospital's head nurse, by the word "head")
    r = extractor.extract(
        "Measles surge preventable\n\nBISHKEK (AP) — The head of the Eurasian Vaccine Alliance said Tuesday that "
        "the outbreak was \"entirely preventable.\"\n\n\"We saw this coming,\" Dr. Marguerite Osei, the "
        "alliance's director-general, told reporters.\n\n\"We have three children on oxygen,\" said Gulnara "
        "Sydykova, the hospital's head nurse.")
    assert said(r, "entirely preventable")[0] == "Marguerite Osei"


def test_the_company_is_the_one_its_sentence_before_has_for_a_subject_or_names_short(extractor):
    # ("the company" stayed the unnamed "water company" of the standfirst, and a name typed a
    # person, the short form of "Rheintal Fluorchemie GmbH", was no company)
    r = extractor.extract(
        "Spills undercounted, study finds\n\nRivers were polluted for longer than reported, researchers say, as "
        "water company says some of its monitors were faulty\n\nThe research compared records with sensors.\n\n"
        "Severn Vale Water rejected any suggestion of wrongdoing. In a statement, the company said: \"We do not "
        "recognise the figures.\"")
    assert said(r, "We do not recognise")[0] == "Severn Vale Water"
    r = extractor.extract(probe_article("round-46b/09-dw-pfas-rhine-wells.txt"))
    assert said(r, "had no knowledge of elevated")[0] == "Rheintal Fluorchemie GmbH"


def test_a_hyphenated_surname_typed_otherwise_is_the_persons_and_so_is_the_she_after_it(extractor):
    # ("Bonnefoy-Lazare", typed an organisation, was no mention of her: "she" went to the MP
    # quoted before)
    r = extractor.extract(
        "Heatwave toll\n\nPARIS — \"This is the heaviest toll since 2003,\" said the agency's director general, "
        "Dr. Claire Bonnefoy-Lazare.\n\n\"The government did almost nothing,\" said Ecologist MP Léa Fontanel-Brou. "
        "She said an inquiry should be opened.\n\nBonnefoy-Lazare, for her part, declined to comment on the row. "
        "\"Our job is to count and to explain,\" she said.")
    assert said(r, "Our job is to count")[0] == "Claire Bonnefoy-Lazare"


def test_a_name_typed_a_body_is_a_persons_after_a_title_of_address_and_a_lede_after_a_deck_waits(extractor):
    # ("Helen Marchbank" and "Ms Marchbank" were an organisation, "she" no one; the lede's
    # "the environment secretary", in the paragraph after a deck the layout took for the lede,
    # stayed unnamed)
    r = extractor.extract(
        "Water bill: Polluting firms will 'finally pay', says environment secretary\n\n"
        "The environment secretary has told MPs water companies will face unlimited fines.\n\n"
        "Water companies that pollute rivers will \"finally pay the full price\", the environment secretary has "
        "told MPs.\n\nOpening the second reading of the bill on Tuesday, Helen Marchbank said the era of "
        "\"polluters marking their own homework\" was over.\n\n\"That ends with this bill,\" she told the "
        "Commons.\n\nMs Marchbank said fines would no longer be capped.")
    assert said(r, "finally pay the full price")[0] == "Helen Marchbank"
    assert said(r, "That ends with this bill")[0] == "Helen Marchbank"
    assert said(r, "fines would no longer be capped")[0] == "Helen Marchbank"


def test_the_visiting_minister_is_the_one_the_text_calls_visiting(extractor):
    # (was the host, named last)
    r = extractor.extract(
        "Ministers meet in New Delhi\n\nNEW DELHI (PTI): Defence Minister Harish Rawal held talks with visiting "
        "Vietnamese Minister of National Defence General Nguyen Duc Thang on Monday.\n\nRawal said the two sides "
        "agreed to expand training.\n\nThe visiting minister said Vietnam \"highly values\" the partnership.")
    assert said(r, "highly values")[0] == "Nguyen Duc Thang"


def test_the_analyst_is_a_researcher_and_the_top_government_spokesman_japans_chief_cabinet_secretary(extractor):
    # (both stayed unnamed: no role of theirs had the word)
    r = extractor.extract(
        "Manila urged to stop\n\nBEIJING, May 14 (Xinhua) -- Chen Xiaoyu, a senior researcher at the Hainan "
        "Institute of Maritime Governance, told Xinhua the timing was \"clearly designed to attract attention.\"\n\n"
        "\"Certain countries have been encouraging Manila to take risks,\" the analyst said.")
    assert said(r, "encouraging Manila")[0] == "Chen Xiaoyu"
    r = extractor.extract(
        "Japan protests detention\n\nTOKYO (Kyodo) -- Chief Cabinet Secretary Tsuchida Makoto said Tokyo had "
        "protested the detention.\n\nForeign Minister Kamiya Yuko raised the case with her counterpart.\n\n"
        "\"We will consider the matter comprehensively,\" the top government spokesperson told a news conference.")
    assert said(r, "consider the matter")[0] == "Tsuchida Makoto"


def test_a_party_frontbencher_may_be_a_shadow_minister_so_is_not_the_other_sides_one(extractor):
    # (was the government's secretary, the only one fitting: a shadow role did not; now two
    # fit by the broader word, and it names neither)
    r = extractor.extract(
        "Rebellion grows\n\nThe work and pensions secretary, Nadia Farrant, said the government would keep "
        "talking.\n\nThe shadow chancellor, Rupert Fane, said Labour was \"tearing itself apart\".\n\n"
        "\"The chancellor has lost control of his own benches,\" the Conservative frontbencher said.")
    assert said(r, "lost control")[0] == "conservative frontbencher"


def test_a_district_attorney_and_an_assistant_one_are_prosecutors(extractor):
    # ("the prosecutor" was no one's role; then the district attorney, over the assistant
    # district attorney who spoke, as a deputy)
    r = extractor.extract(
        "Landlord convicted\n\nJurors deliberated for two days. 'He knew, and he did nothing,' the prosecutor told "
        "them in closing.\n\nWORCESTER — Assistant District Attorney Bridget Hanlon told jurors that tenants had "
        "complained six times.\n\n\"Six times they asked,\" Hanlon said.\n\nWorcester District Attorney Leah "
        "Castellanos said in a statement that the verdict should be read by every landlord.")
    assert said(r, "He knew, and he did nothing")[0] == "Bridget Hanlon"
    r = extractor.extract(
        "Prosecutor says owner set fire\n\nPHOENIX (AP) — A prosecutor told jurors Tuesday that a warehouse owner "
        "\"poured the gasoline himself.\"\n\nDeputy Maricopa County Attorney Renata Okafor said in her opening "
        "statement that the owner was deep in debt.\n\nHis attorney, Marcus Bell, told the jury that "
        "investigators had ignored faulty wiring.")
    assert said(r, "poured the gasoline")[0] == "Renata Okafor"


# Round 47 (probe round 47: Latin America, Russia and Central Asia, US state and local) -------

def test_a_name_right_after_the_offices_country_or_place_is_the_persons_and_the_minister_not_the_premier(extractor):
    # (no name was read in "... of Kazakhstan Nurzhan Abilov": the prime minister named later
    # took "the minister"; "Akim" was taken for a name)
    r = extractor.extract(
        "Reservoirs ready for floods\n\nASTANA. KAZINFORM – All large reservoirs are ready, Minister of Water "
        "Resources and Irrigation of the Republic of Kazakhstan Nurzhan Abilov said on Tuesday.\n\n"
        "Prime Minister of Kazakhstan Serik Zhumabekov, who chaired the meeting, instructed the regions to "
        "prepare.\n\n\"Free capacity today amounts to 4.6 billion cubic meters,\" the minister said.\n\n"
        "Akim of West Kazakhstan region Marat Baizhanov said the Kushum dam required urgent repair.")
    assert said(r, "reservoirs are ready")[0] == "Nurzhan Abilov"
    assert said(r, "Free capacity")[0] == "Nurzhan Abilov"
    assert said(r, "Kushum dam")[0] == "Marat Baizhanov"


def test_a_council_member_and_a_councilman_are_roles(extractor):
    # (both stayed unnamed: neither word was a role)
    r = extractor.extract(
        "Council caps rentals\n\nDULUTH — Council Member Renée Abdi said she had knocked on doors.\n\n"
        "\"These were starter homes,\" the council member said.\n\nCouncilman Frank Zelinski said the rollout had "
        "been a mess.\n\n\"I support the goal,\" the councilman said.")
    assert said(r, "starter homes")[0] == "Renée Abdi"
    assert said(r, "I support the goal")[0] == "Frank Zelinski"


def test_the_union_is_the_body_its_sentence_before_has_for_a_subject_and_the_bank_chief_its_president(extractor):
    # ("the union" stayed unnamed after "The General Labour Confederation (CGT) did not share
    # the optimism."; "the central bank chief" was no president)
    r = extractor.extract(
        "Unions call strike\n\nBUENOS AIRES — The economy minister defended the deal.\n\nThe General Labour "
        "Confederation (CGT) did not share the optimism. At a packed press conference, the union called a "
        "24-hour general strike for April 10.")
    assert said(r, "24-hour general strike")[0] == "General Labour Confederation"
    r = extractor.extract(
        "Chile holds rates\n\nSANTIAGO (Reuters) - Central bank President Rosario Echeverría said a cut would be "
        "premature.\n\nAsked whether the government had pressured the bank, the central bank chief replied: "
        "\"No. Our relationship with the Treasury is institutional.\"")
    assert said(r, "Our relationship with the Treasury")[0] == "Rosario Echeverría"


def test_a_body_noun_set_off_by_a_name_the_recogniser_typed_nothing_is_that_body(extractor):
    # ("their union" stayed unnamed: no entity was found in "the Canadian Airline Pilots Guild")
    r = extractor.extract(
        "Pilots vote to strike\n\nCALGARY — The carrier's 1,100 pilots voted in favour of a strike mandate last "
        "week, and their union, the Canadian Airline Pilots Guild, has said they could walk off the job as early "
        "as Sept. 3.")
    assert said(r, "walk off the job")[0] == "Canadian Airline Pilots Guild"


# Round 48 (probe round 48: labour and companies, South Asian courts and police, capitals) -------

def test_a_message_or_statement_read_out_is_its_authors_not_the_readers(extractor):
    # (the one who read it out, the subject of "read out", took "the message said")
    r = extractor.extract(
        "Minister in Beijing\n\nTOKYO (Kyodo) - Foreign Minister Kamiya Yuko met her Chinese counterpart on "
        "Monday.\n\nAt a reception later in the day, Kamiya read out a message from Prime Minister Oyama "
        "Kenichi.\n\n\"Japan and China bear a great responsibility for the peace of the region,\" the message "
        "said.")
    assert said(r, "bear a great responsibility")[0] == "Oyama Kenichi"
    r = extractor.extract(
        "Governor resigns\n\nVladislav Tomilin resigned on March 3. The announcement was made by First Deputy "
        "Governor Irina Savostina, who read out his statement at a meeting of the regional government.\n\n"
        "\"I have made the decision to step down of my own free will,\" the statement read.")
    assert said(r, "decision to step down")[0] == "Vladislav Tomilin"


def test_shri_is_a_title_and_a_role_the_parse_left_out_of_the_name_is_the_persons(extractor):
    # ("Shri Rajendra Prasad Ghoshal" was taken for a body and "the minister" stayed unnamed;
    # "director general of police" was no role of Srivastava's, so "the DGP" was a body)
    r = extractor.extract(
        "Centre to fund cyber police stations\n\nNew Delhi, Mar 3 (PTI) The Centre will fund 40 new cyber "
        "police stations, Union Minister of State for Home Affairs Shri Rajendra Prasad Ghoshal said on "
        "Monday.\n\n\"Cyber fraud is no longer a metropolitan problem,\" the minister said.")
    assert said(r, "no longer a metropolitan problem")[0] == "Rajendra Prasad Ghoshal"
    r = extractor.extract(
        "DGP says no officer given clean chit yet\n\nLUCKNOW: The STF has arrested 14 people.\n\nMeanwhile, "
        "director general of police Alok Kumar Srivastava told a press conference that the STF had recovered a "
        "printed copy of the paper.\n\nAsked about the Telegram channel, the DGP said: \"We are examining the "
        "timeline minute by minute.\"")
    assert said(r, "no officer given clean chit")[0] == "Alok Kumar Srivastava"
    assert said(r, "examining the timeline")[0] == "Alok Kumar Srivastava"


def test_a_deputys_initials_name_the_deputy(extractor):
    # ("the DIG" fitted no one: the "Deputy" of "Deputy Inspector General" set the role aside
    # as a deputy's, which the initials themselves say)
    r = extractor.extract(
        "Police detain 31\n\nKATHMANDU: Nepal Police spokesperson Deputy Inspector General Bishwa Raj Adhikari "
        "said 31 people had been detained.\n\nAsked whether any officer had been suspended, the DIG replied: "
        "\"No. Not at this stage.\"")
    assert said(r, "Not at this stage")[0] == "Bishwa Raj Adhikari"


def test_a_bench_is_the_court_the_text_names(extractor):
    # (the bench stayed an unnamed speaker, and "A bench of Justices X and Y" a group)
    r = extractor.extract(
        "SC grants bail to ex-minister\n\nNew Delhi: The Supreme Court on Friday granted bail to former minister "
        "H.K. Siddalingappa.\n\nA bench of Justices Aravind K. Deshmukh and Shobha Rani Iyer said the agency had "
        "filed three supplementary complaints in a year.\n\n\"Liberty cannot wait for the agency's convenience,\" "
        "the bench said.")
    assert said(r, "three supplementary complaints")[0] == "Supreme Court"
    assert said(r, "Liberty cannot wait")[0] == "Supreme Court"


def test_a_statement_issued_by_two_governments_is_theirs(extractor):
    # ("governments" was no body: only "government" was)
    r = extractor.extract(
        "China, Kazakhstan agree on rivers\n\nASTANA, March 3 (Xinhua) -- A joint statement issued by the "
        "governments of China and Kazakhstan said the two sides stand ready to make their shared rivers a bond "
        "of friendship.")
    assert "China and Kazakhstan" in said(r, "shared rivers a bond")[0]


def test_an_epithet_with_more_said_of_them_adds_to_the_one_just_quoted(extractor):
    # (a description with a relative clause stayed an unnamed speaker: "more said of them"
    # was read as someone new; a restrictive one, with no comma, still is)
    r = extractor.extract(
        "Nigeria seeks help at sea\n\nUNITED NATIONS (AP) - Nigeria's U.N. Ambassador Adaeze Okonkwo told the "
        "council her country had deployed 12 new patrol vessels.\n\n\"We cannot police an ocean alone,\" she "
        "said.\n\nThe former navy lawyer, who became Nigeria's U.N. envoy in 2022, added that Nigeria would host "
        "a regional summit in June.")
    assert said(r, "regional summit")[0] == "Adaeze Okonkwo"
    r = extractor.extract(
        "Nigeria seeks help at sea\n\nUNITED NATIONS (AP) - Nigeria's U.N. Ambassador Adaeze Okonkwo told the "
        "council her country had deployed 12 new patrol vessels.\n\n\"We cannot police an ocean alone,\" she "
        "said.\n\nThe lawyer who represents the shipowners added that insurers would pull out.")
    assert said(r, "insurers would pull out")[0] != "Adaeze Okonkwo"


def test_a_bodys_description_typed_a_name_is_the_body_the_text_names(extractor):
    # ("commerce ministry", typed an organisation, was taken for the body's name, and the
    # name the text gives was cut at its bracket: "Ministry of Commerce (MOFCOM")
    r = extractor.extract(
        "Beijing will defend firms' rights in e-bike probe, says commerce ministry\n\nChina's commerce ministry "
        "said on Tuesday it would \"resolutely safeguard the interests of Chinese enterprises\".\n\nBeijing, "
        "March 4 (Global Times) - China firmly opposes the decision, Ministry of Commerce (MOFCOM) spokesperson "
        "Zhang Lin said on Tuesday.\n\nIn a statement posted on its website, the ministry urged Brussels to "
        "\"correct its wrong practices immediately\".")
    assert said(r, "defend firms' rights")[0] == "Ministry of Commerce"
    assert said(r, "resolutely safeguard")[0] == "Ministry of Commerce"
    assert said(r, "correct its wrong practices")[0] == "Ministry of Commerce"


def test_a_bodys_initials_in_a_persons_role_name_the_body_not_the_person(extractor):
    # ("The SAO" went to the shop steward whose role ended in the union's initials)
    r = extractor.extract(
        "Formula maker recalls milk\n\nPARIS (AFP) - At the Craon plant, Sylvie Le Goff-Marchand, a shop steward "
        "for the Syndicat Agroalimentaire de l'Ouest (SAO), said workers had reported problems for months.\n\n"
        "The SAO said in a statement it would \"not let the workers become scapegoats\".")
    assert said(r, "scapegoats")[:2] == ("Syndicat Agroalimentaire de l'Ouest", "organization")


def test_the_top_government_spokesman_is_the_chief_cabinet_secretary(extractor):
    # (the other way round was there: "the top government spokesperson" after "Chief Cabinet
    # Secretary ..."; this way "the chief cabinet secretary" stayed unnamed)
    r = extractor.extract(
        "Japan demands release of businessman\n\nTOKYO (Kyodo) -- Japan on Monday demanded that China release a "
        "detained company employee, with top government spokesman Yoshio Hamada saying Tokyo had received no "
        "explanation.\n\n\"We have strongly requested his early release,\" the chief cabinet secretary told a "
        "press conference.")
    assert said(r, "strongly requested")[0] == "Yoshio Hamada"


def test_she_after_she_was_asked_a_question_is_who_was_asked(extractor):
    # (the one asked shared her sentence with the reporter's question, so she was passed
    # over for a minister quoted two paragraphs before)
    r = extractor.extract(
        "Namibia wants fair share of hydrogen profits\n\nBERLIN (DW) - Namibia's Minister of Mines and Energy "
        "Tjiuma Kavari said the project could \"change the economic map of southern Africa.\"\n\nDeputy government "
        "spokesperson Jonas Reuter said the chancellor had met Kavari briefly.\n\nForeign Office spokesperson "
        "Annika Feldmann was asked by a reporter whether the deal was linked to the reconciliation talks. \"These "
        "are two separate tracks,\" she said.")
    assert said(r, "two separate tracks")[0] == "Annika Feldmann"


# Round 49 (probe round 49: African politics, EU institutions and companies, US federal politics) ---

def test_an_honorific_is_no_word_of_a_role_and_the_cs_is_the_cabinet_secretary(extractor):
    # (the role kept "Hon.", so "the CS" abbreviated no one's role)
    r = extractor.extract(
        "Treasury denies withholding county funds\n\nNAIROBI — Governors accused the Treasury of withholding "
        "Sh38 billion.\n\nBut National Treasury Cabinet Secretary Hon. Miriam Chepkoech Langat dismissed the "
        "claims.\n\n\"Every county has received its equitable share,\" the CS said.")
    assert said(r, "equitable share")[0] == "Miriam Chepkoech Langat"


def test_a_partys_initials_at_the_end_of_its_officers_role_name_the_party(extractor):
    # ("the NDC" went to the party's general secretary, whose role ended in its initials)
    r = extractor.extract(
        "Opposition warns over missing kits\n\nACCRA — The National Democratic Congress (NDC) has threatened "
        "protests.\n\nAt a press conference, the General Secretary of the NDC, Mr Fiifi Kwesi Mensah, said the "
        "party had credible intelligence.\n\n\"We will not accept a padded register,\" the NDC said in a "
        "statement.")
    assert said(r, "padded register")[:2] == ("National Democratic Congress", "organization")


def test_a_partys_name_set_off_after_it_is_the_party_not_its_leaders(extractor):
    # ("Kalonji's party" was named after the man: "Kalonji party")
    r = extractor.extract(
        "Opposition leader on trial\n\nKINSHASA (AFP) - Opposition leader Jean-Claude Mbuyi Kalonji went on trial "
        "on Monday.\n\nKalonji's party, the Union for Congolese Renewal (URC), said 27 of its members had been "
        "arrested.")
    assert said(r, "27 of its members")[0] == "Union for Congolese Renewal"


def test_a_court_described_by_the_city_it_sits_in_is_the_court_the_text_names(extractor):
    # ("the Luxembourg court" wanted "Luxembourg" in the court's name)
    r = extractor.extract(
        "Ireland must recover tax\n\nDUBLIN — Ireland must recover €4.1 billion from Lumora, the Court of Justice "
        "of the European Union ruled on Thursday.\n\nIn its judgment, the Luxembourg court found that the lower "
        "court had \"erred in law\".")
    assert said(r, "erred in law")[0] == "Court of Justice of the European Union"


def test_a_countrys_central_bank_is_the_bank_the_text_names(extractor):
    # ("central" was a word the "Bank of Zambia" lacked)
    r = extractor.extract(
        "Zambia raises key rate\n\nLUSAKA (Reuters) - The Bank of Zambia raised its policy rate by 100 basis "
        "points on Wednesday.\n\nZambia's central bank said it expected inflation to stay above target through "
        "2026.")
    assert said(r, "above target")[0] == "Bank of Zambia"


# Round 50 (probe round 50: sport, science and technology, the Middle East) ---------------------

def test_the_spaniard_is_the_one_just_named_as_the_dutchman_is(extractor):
    # ("the Spaniard", typed an organisation, was taken for a body's name)
    r = extractor.extract(
        "Reid: Barrientos not for sale\n\nBrenton Athletic manager Callum Reid has insisted Nico Barrientos is "
        "not for sale.\n\nJorge Salinas, the Westbrook manager, was more coy. \"I only talk about my own "
        "players,\" the Spaniard said at Westbrook's training ground.")
    assert said(r, "my own players")[0] == "Jorge Salinas"


def test_a_name_the_tagger_took_for_a_pronoun_is_the_person(extractor):
    # ("Verdier", tagged a pronoun, resolved as one: to no one)
    r = extractor.extract(
        "Rugby: 'We were robbed'\n\nParis (AFP) - US Montauriol coach Jean-Marc Verdier accused the referee of "
        "\"destroying a match in one decision\" on Saturday.\n\n\"This was a robbery, in broad daylight, in front "
        "of 14,000 people,\" Verdier told broadcaster Canal+.")
    assert said(r, "This was a robbery")[0] == "Jean-Marc Verdier"


# Round 51 (probe round 51: state agencies' diplomacy, US campaigns, disasters) ---------------

def innermost(result, content_part):
    """The speaker of the shortest attribution whose content holds ``content_part``."""
    held = [a for a in result.attributions if content_part in a.content.text]
    assert held, [a.content.text for a in result.attributions]
    return min(held, key=lambda a: len(a.content.text)).speaker


def test_an_envoys_place_is_no_part_of_the_envoys_name(extractor):
    # ("Ambassador to Ruthenia" + "Chen Wei" was the person "Ruthenia Chen Wei", and
    # "Ambassador Extraordinary and Plenipotentiary" gave a person "Extraordinary")
    r = extractor.extract(
        "Ruthenia sees China as key partner - Kozlovsky\n\nChinese Ambassador to Ruthenia Chen Wei, in turn, "
        "said the industrial park had become \"a pearl of the Silk Road.\"\n\nMINSK, 14 May (BelTA) - China "
        "remains a key partner, Ruthenian Minister of Foreign Affairs Pavel Kozlovsky said at a meeting with "
        "Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to Ruthenia Chen Wei."
        "\n\n\"No wind can shake this friendship,\" the ambassador said.")
    assert said(r, "a pearl of the Silk Road")[0] == "Chen Wei"
    assert said(r, "No wind can shake")[0] == "Chen Wei"


def test_a_headline_that_ends_in_a_dash_and_a_surname(extractor):
    r = extractor.extract(
        "Ruthenia sees China as key partner - Kozlovsky\n\nMINSK, 14 May (BelTA) - China remains a key "
        "partner for Ruthenia, Minister of Foreign Affairs Pavel Kozlovsky said on Tuesday.")
    assert said(r, "sees China as key partner")[0] == "Pavel Kozlovsky"
    r = extractor.extract("Storm hits coast - Live\n\nHeavy rain hit the coast, forecaster Anna Berg said.")
    assert not any(a.source is not None and a.source.text == "Live" for a in r.attributions)


def test_the_press_service_is_the_body_whose_press_service_the_text_named(extractor):
    # (only a press service quoted as a source carried its body on)
    r = extractor.extract(
        "Talks held\n\nMINSK, 14 May (BelTA) - The minister met the ambassador, BelTA learned from the press "
        "service of the Ruthenian Foreign Ministry.\n\nAccording to the press service, the sides also "
        "discussed the visit of a government delegation.")
    assert said(r, "the visit of a government delegation")[0] == "Ruthenian Foreign Ministry"


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister(extractor):
    r = extractor.extract(
        "Talks held\n\nMINSK, 14 May (BelTA) - Ruthenian Minister of Foreign Affairs Pavel Kozlovsky met Chinese "
        "Vice Foreign Minister Sun Hongyu.\n\n\"We have no closed topics,\" the head of the Ruthenian "
        "diplomatic service said.")
    assert said(r, "no closed topics")[0] == "Pavel Kozlovsky"


def test_a_ministrys_name_before_its_officers_name_is_no_part_of_it(extractor):
    # ("... of the Russian Foreign Ministry Yelena Kravtsova" named "Ministry Yelena Kravtsova",
    # whose given name "Ministry" then took "The Moldovan Foreign Ministry")
    r = extractor.extract(
        "Mission criticised\n\nMOSCOW. April 16 (Interfax) - The mission serves interests alien to the region, "
        "Official Representative of the Russian Foreign Ministry Yelena Kravtsova said at a briefing.\n\nThe "
        "Moldovan Foreign Ministry said on Tuesday that the diplomat had been given 72 hours to leave.")
    assert said(r, "interests alien to the region")[0] == "Yelena Kravtsova"
    assert said(r, "72 hours to leave")[0] == "Moldovan Foreign Ministry"


def test_a_long_title_with_to_and_a_name_typed_a_body_names_the_person(extractor):
    r = extractor.extract(
        "Baku welcomes remarks\n\nBAKU (Interfax) - Assistant to the President of Azerbaijan and Head of the "
        "Foreign Policy Affairs Department of the Presidential Administration Farid Aliyarov told Interfax "
        "that Azerbaijan \"appreciates any constructive contribution from our partners.\"")
    assert said(r, "appreciates any constructive")[0] == "Farid Aliyarov"


def test_a_nationality_typed_a_body_still_tells_two_ministers_apart(extractor):
    # ("Kazakh", typed an organisation there, gave no nationality: the Uzbek minister was taken)
    r = extractor.extract(
        "Water talks\n\nASTANA. KAZINFORM - Kazakhstan and Uzbekistan will agree on water quotas, Deputy "
        "Prime Minister - Minister of Foreign Affairs of the Republic of Kazakhstan Nurlan Saparbayev said at a "
        "joint briefing with Uzbek Foreign Minister Bakhtiyor Saidkarimov on Thursday.\n\n\"Water is a matter "
        "of life for millions of people on both sides of the border,\" the Kazakh minister said.")
    assert said(r, "a matter of life")[0] == "Nurlan Saparbayev"


def test_a_surname_typed_a_place_is_the_one_of_two_named_before_it(extractor):
    # ("Dvali" typed a place; his mother, named later, has his surname: no one, and "he" went
    # to the judge quoted before)
    r = extractor.extract(
        "Journalist jailed\n\nTBILISI, Georgia (AP) - Judge Nino Kapanadze found Irakli Dvali, 34, guilty. She "
        "said the evidence was clear.\n\nDvali, standing in a glass cage, shook his head. \"I did not touch "
        "anyone,\" he shouted.\n\nOutside, his mother, Lali Dvali, 61, wept. \"My son only held a camera,\" "
        "she said.")
    assert said(r, "I did not touch anyone")[0] == "Irakli Dvali"


def test_a_claim_the_parse_hung_off_a_phrase_after_the_verb_is_the_teller(extractor):
    # (the parse made "that Astana would ..." a clause of "sidelines": no report of Saparbayev's)
    r = extractor.extract(
        "Ministers meet\n\nANTALYA (AA) - Kyrgyz Foreign Minister Azamat Beishenaliev thanked his hosts.\n\n"
        "Beishenaliev said Kazakh Foreign Minister Nurlan Saparbayev had told him on the sidelines that Astana "
        "would support the Kyrgyz chairmanship \"with all its resources.\"")
    assert innermost(r, "with all its resources") == "Nurlan Saparbayev"


def test_a_campaigns_spokesman_named_after_the_candidates_campaign(extractor):
    # ("Drummond for Ohio spokesman Tyler Boyce": the parse headed it with "Drummond")
    r = extractor.extract(
        "Senate race tightens\n\nCOLUMBUS, Ohio - Republican Kyle Drummond has closed the gap.\n\nIn a statement "
        "to NPR, Drummond for Ohio spokesman Tyler Boyce said Abernathy \"has spent her entire career in "
        "government.\"")
    assert said(r, "her entire career")[0] == "Tyler Boyce"


def test_a_headlines_unnamed_witness_is_the_one_the_body_says_it_of(extractor):
    r = extractor.extract(
        "Storm Idris: 'We lost everything in 20 minutes', says cafe owner\n\nMore than 300 homes have been "
        "flooded, the council has said.\n\nBethan Pryce, who runs a cafe on Great Oak Street, said the water "
        "came in \"like someone had opened a tap\".")
    assert said(r, "We lost everything")[0] == "Bethan Pryce"
    r = extractor.extract(
        "Ferry toll hits 19 as survivor recalls: \"We heard people screaming\"\n\nMAKASSAR, Indonesia (AFP) - "
        "Rescuers pulled four more bodies from the sea, the rescue agency said.\n\n\"The waves were as high "
        "as a house,\" said Nur Aisyah, 34, who survived by clinging to a water drum.")
    assert said(r, "We heard people screaming")[0] == "Nur Aisyah"


def test_a_company_is_not_the_one_whose_head_of_something_the_text_names(extractor):
    # ("Le Monde, the company's head of supply chain, ..." made Le Monde a second company (by
    # "of supply chain"), so "the company" was none)
    r = extractor.extract(
        "Obesity drug shortage\n\nThe drug is made by Laboratoires Verhaeren, a Belgian company. According to a "
        "presentation seen by Le Monde, the company's head of supply chain, Ewa Kowalczyk, warned executives "
        "in October.\n\nIn a post on LinkedIn on Tuesday evening, the company said it would open a second "
        "filling site in Ghent.")
    assert said(r, "a second filling site")[0] == "Laboratoires Verhaeren"


def test_a_civil_society_platform_is_no_companys_operator(extractor):
    # (a name ending in "Platform" counted as a company's noun once the other company named
    # went: the headline's "operator" became the platform)
    r = extractor.extract(
        "Gas project to restart 'within weeks', says operator\n\nMaputo (AFP) - The operator of a stalled gas "
        "project in northern Mozambique said Thursday it would resume construction \"within weeks\".\n\n"
        "\"Security has improved,\" Norvale Energy chief executive Henrik Aasen told a press conference in "
        "Maputo, where Minister Celestino Mabunda of Mineral Resources spoke too.\n\n\"The attacks have not "
        "stopped,\" said Abdul Issufo, coordinator of the Cabo Delgado Civil Society Platform in Pemba.")
    assert said(r, "to restart")[0] != "Cabo Delgado Civil Society Platform"


def test_a_parliamentarian_is_the_lawmaker_named(extractor):
    # ("the parliamentarian" was no role's word: the interview's answers went to no one)
    r = extractor.extract(
        "Courier bill\n\nMOSCOW, October 14. /TASS/. The Duma will consider the bill in November, Deputy "
        "Chairman of the Duma Committee on Labour Viktor Semenchuk told TASS.\n\n\"The platforms will have to "
        "pay,\" the parliamentarian said.")
    assert said(r, "will have to pay")[0] == "Viktor Semenchuk"


# Round 52 (probe round 52: energy and central banks in state agencies, courts, Latin America) ---

def test_the_guest_is_the_visitor_or_the_hosts_counterpart(extractor):
    # ("the guest" was an unnamed "guest"; "The Polish guest" a "polish guest")
    r = extractor.extract(
        "Talks held\n\nMOSCOW, April 14. /TASS/. Russian Foreign Minister Andrei Sokolin held talks with his "
        "Mongolian counterpart Battulga Erdene on Monday.\n\n\"Attempts to impose restrictions have no future,\" "
        "Sokolin said.\n\nAsked about sanctions, the guest said Mongolia pursued \"a balanced, multi-pillar "
        "foreign policy.\"")
    assert said(r, "multi-pillar")[0] == "Battulga Erdene"
    r = extractor.extract(
        "Budget row\n\nBerlin (dpa) - Chancellor Matthias Krone played down the row at a joint press conference "
        "with Polish Prime Minister Tomasz Jurewicz in the chancellery.\n\nThe Polish guest urged Berlin not to "
        "cut defence spending.")
    assert said(r, "not to cut defence")[0] == "Tomasz Jurewicz"


def test_international_cooperation_is_a_ministrys_department_before_a_name(extractor):
    # ("... and International Cooperation Sok Vannarith", untyped, named the person "Sok" with
    # no role: "The visiting minister" went to the host)
    r = extractor.extract(
        "Talks held\n\nBEIJING, May 14 (Xinhua) -- Foreign Minister Zhou Mingde held talks in Beijing on "
        "Wednesday with visiting Cambodian Deputy Prime Minister and Minister of Foreign Affairs and "
        "International Cooperation Sok Vannak.\n\nThe visiting minister said Cambodia \"firmly adheres to the "
        "one-China principle.\"")
    assert said(r, "firmly adheres")[0] == "Sok Vannak"


def test_whom_an_aide_serves_is_no_part_of_the_aides_role(extractor):
    # ("Assistant to the President ..." was cut to "Presidential Administration": "the presidential
    # aide" went to a spokeswoman; the president served is no role of the aide's)
    r = extractor.extract(
        "Remarks welcomed\n\nBAKU (Interfax) - Armenian Foreign Ministry spokeswoman Anahit Sargsyan said the "
        "remarks were unfriendly.\n\nAssistant to the President of Azerbaijan and Head of the Foreign Policy "
        "Affairs Department of the Presidential Administration Farid Aliyev told Interfax that the treaty "
        "\"has been agreed almost entirely.\"\n\n\"The ball is now in Yerevan's court,\" the presidential aide "
        "said.")
    assert said(r, "ball is now in")[0] == "Farid Aliyev"
    speaker = next(s for s in r.speakers if s.name == "Farid Aliyev")
    assert any("Assistant to the President" in role for role in speaker.roles)


def test_a_name_after_what_an_office_is_of_in_a_body_typed_name(extractor):
    # (the recogniser typed "Agriculture and Food of Ruthenia Yuri Gorlenko" an organisation,
    # and "the Board of Sino Agri-Resources Corporation Sun Weimin" too: neither was a person)
    r = extractor.extract(
        "Potash deal\n\nMINSK, 3 March (BelTA) - Ruthenia and China have agreed on a potash contract, Deputy "
        "Prime Minister Leonid Zhdanovsky told reporters.\n\nChairman of the Board of Sino Agri-Resources "
        "Corporation Sun Weimin said that China valued Ruthenian potash.\n\nHe noted that the corporation "
        "planned to expand its network of warehouses.\n\nMinister of Agriculture and Food of Ruthenia Yuri "
        "Gorlenko, in turn, noted that farms would be fully supplied with fertilizers.")
    assert said(r, "network of warehouses")[0] == "Sun Weimin"
    assert said(r, "fully supplied")[0] == "Yuri Gorlenko"


def test_an_ambassador_extraordinary_and_plenipotentiary_is_one_diplomat(extractor):
    # (the recogniser typed "Extraordinary" a person and "Plenipotentiary" a place: the speaker
    # was "Plenipotentiary")
    r = extractor.extract(
        "Trade grows\n\nMINSK, 3 March (BelTA) - Ambassador Extraordinary and Plenipotentiary of China to "
        "Belarus Xie Wenhai, speaking to a BelTA correspondent, said that trade was growing steadily. "
        "\"Agriculture is becoming one of the main pillars of our cooperation,\" the diplomat said.")
    assert said(r, "growing steadily")[0] == "Xie Wenhai"
    assert said(r, "main pillars")[0] == "Xie Wenhai"


def test_an_assurance_reported_inside_a_report_is_the_assurers(extractor):
    # ("He said X had assured Y that C": C was only his; not a sum pledged)
    r = extractor.extract(
        "Rates up\n\nTASHKENT (Bloomberg) -- The central bank raised its rate, Governor Bakhtiyor Nurov told "
        "reporters.\n\nHe said Minister of Economy and Finance Jamshid Sadikov had assured the central bank "
        "that the government would not raise administered tariffs again this year.\n\nHe added that Saudi "
        "Arabia had pledged an additional $100 million in assistance.")
    assert innermost(r, "would not raise administered tariffs") == "Jamshid Sadikov"
    assert innermost(r, "an additional $100 million") == "Bakhtiyor Nurov"


def test_the_premier_is_the_president_of_the_council_of_ministers(extractor):
    # (the role was "President" only, "the Premier" an organisation in the standfirst)
    r = extractor.extract(
        "Miners to be formalized\n\nThe Executive Branch will extend the deadline of the registry, the Premier "
        "announced.\n\nLima, March 3 (ANDINA). The Minister of Energy and Mines, Víctor Hugo Llerena Paz, "
        "stated on Monday that 12,000 miners will be formalized.\n\nIn turn, the President of the Council of "
        "Ministers, Ernesto Salas Vargas, announced an extension of the registry.\n\n\"This is the last "
        "extension,\" the Premier warned.")
    assert said(r, "extend the deadline")[0] == "Ernesto Salas Vargas"
    assert said(r, "the last extension")[0] == "Ernesto Salas Vargas"
    assert said(r, "12,000 miners")[0] == "Víctor Hugo Llerena Paz"


def test_the_head_of_a_ministry_is_its_minister_not_its_short_name(extractor):
    # ("the head of the Ministry of Energy and Mines (Minem)" was a person "Minem")
    r = extractor.extract(
        "Miners to be formalized\n\nLima, March 3 (ANDINA). The Minister of Energy and Mines, Víctor Hugo "
        "Llerena Paz, stated on Monday that 12,000 miners will be formalized.\n\n\"Formalization is not a "
        "favor to anyone,\" the head of the Ministry of Energy and Mines (Minem) pointed out during a press "
        "conference.")
    assert said(r, "not a favor")[0] == "Víctor Hugo Llerena Paz"


def test_a_company_set_off_untyped_after_its_noun(extractor):
    # ("The developer, Playa Dorada Resorts," untyped: the company was an unnamed "developer")
    r = extractor.extract(probe_article("round-52c/11-ticotimes-guanacaste-water-ruling.txt"))
    assert said(r, "respects the decision")[0] == "Playa Dorada Resorts"
    assert said(r, "always followed the rules")[0] == "Playa Dorada Resorts"


def test_a_high_court_judge_is_named_after_mrs_justice(extractor):
    # ("Mrs Justice Ransome", untyped, was no one: "she told the boys" went to the prosecutor)
    r = extractor.extract(probe_article("round-52b/04-skynews-wolverhampton-park-murder.txt"))
    assert said(r, "life imprisonment")[0] == "Ransome"


def test_the_officer_is_the_detective_inspector(extractor):
    r = extractor.extract(
        "Killer jailed\n\nDet Insp Graham Tolman, of Greater Manchester Police, told the jury that when he was "
        "arrested Doyle had said: \"He came at me first.\"\n\nCCTV showed that claim was \"simply untrue in "
        "every respect\", the officer said.")
    assert said(r, "simply untrue")[0] == "Graham Tolman"


def test_a_central_bank_is_the_regulator_and_its_governor_is_named(extractor):
    # (a central bank was no "regulator"; "Governor [Natalia] [Vorontsova]", a place and a body to
    # the recogniser, was no one, so "the governor" was unnamed)
    r = extractor.extract(
        "Key rate kept\n\nMOSCOW. March 3 (Interfax) - The Bank of Russia board of directors on Friday kept the "
        "key rate at 16% per annum, the regulator said in a press release.\n\nSpeaking at a press conference, "
        "Bank of Russia Governor Natalia Vorontsova said the decision had been taken by consensus.\n\nAsked "
        "whether a cut in April was possible, the governor replied: \"I do not rule anything out.\"")
    assert said(r, "key rate at 16%")[0] == "Bank of Russia"
    assert said(r, "rule anything out")[0] == "Natalia Vorontsova"


def test_a_countrys_central_bank_in_the_lede_is_the_one_the_body_names(extractor):
    # ("(Bloomberg) --" was no dateline, so the deck was the lede; "Uzbekistan's central bank" then
    # stood apart from the "Central Bank of Uzbekistan")
    r = extractor.extract(
        "Uzbekistan Raises Rates\n\nGovernor Nurov says further tightening possible.\n\n(Bloomberg) -- "
        "Uzbekistan's central bank unexpectedly raised its benchmark rate, citing the higher cost of imported "
        "gas.\n\nThe Central Bank of Uzbekistan lifted the rate to 14.5%, the bank said in a statement.")
    assert said(r, "the higher cost of imported gas")[0] == "Central Bank of Uzbekistan"
    assert r.dateline is not None and r.dateline.agency == "Bloomberg"


def test_an_interviews_lines_by_full_name(extractor):
    # (a line opened by a full name, not a surname alone, was no one's)
    r = extractor.extract(probe_article("round-52a/05-cgtn-nea-central-asia-energy.txt"))
    assert said(r, "ahead of schedule")[0] == "Han Zhiyuan"
    assert said(r, "commercial terms")[0] == "Han Zhiyuan"


def test_a_municipal_president_is_the_mayor(extractor):
    r = extractor.extract(
        "Mine water\n\nMEXICO CITY — Cananea's municipal president, Jesús Ochoa Valdés, was not persuaded.\n\n"
        "\"Nineteen days without a drop from the tap,\" Ochoa said.\n\nThe mayor said that the governor had "
        "promised new wells.")
    assert said(r, "promised new wells")[0] == "Jesús Ochoa Valdés"


def test_the_head_of_a_described_association_and_a_finance_chief(extractor):
    # ("The head of the lithium producers' association" was any president; "the finance chief"
    # was no finance minister)
    r = extractor.extract(
        "Lithium pact\n\nThe head of the lithium producers' association warned that investors were "
        "watching.\n\nSANTIAGO, March 3 (EFE).- The president of the Council of Atacameño Peoples, Elena Cruz "
        "Ayca, said the communities were not consulted.\n\nFinance Minister Ignacio Valdés Roa backed the "
        "deal.\n\nThe finance chief did, however, acknowledge that the government was studying \"complementary "
        "mechanisms\".\n\nThe president of the Lithium Producers' Association (Asolit), Marcela Fuentes Ríos, "
        "warned that \"investors are watching Chile very closely.\"")
    assert said(r, "investors were watching")[0] == "Marcela Fuentes Ríos"
    assert said(r, "complementary")[0] == "Ignacio Valdés Roa"


def test_the_witness_is_the_one_the_text_called_a_witness(extractor):
    r = extractor.extract(
        "Trial hears\n\nCrown prosecutor Ingrid Lachlan said the two men had been feuding for months.\n\nThe "
        "first witness, Deepa Sethna, told the court her husband had left their home early.\n\nUnder "
        "cross-examination, the witness agreed that her husband \"could have a short fuse\".")
    assert said(r, "short fuse")[0] == "Deepa Sethna"


def test_a_headlines_fm_spokesperson_is_the_foreign_ministrys(extractor):
    # ("FM" before "spokesperson" made "Chinese Foreign Ministry spokesperson" another office,
    # so the commerce ministry's spokesperson was taken)
    r = extractor.extract(probe_article("round-52a/06-globaltimes-refiner-sanctions.txt"))
    assert said(r, "typical act of long-arm jurisdiction")[0] == "Guo Weiming"


def test_the_head_of_government_and_the_agencys_own_correspondent(extractor):
    # ("the Head of Government", typed a body, was no prime minister; "ASTANA. KAZINFORM" was a
    # place, and "a Kazinform News Agency correspondent reports" the speaker of the minister's words)
    r = extractor.extract(probe_article("round-52a/07-kazinform-opec-compensation.txt"))
    assert said(r, "to ensure strict compliance")[0] == "Serik Baimukhanov"
    assert innermost(r, "intends to fully compensate for exceeding") == "Nurlan Zhaksylykov"
    assert (r.dateline.place, r.dateline.agency) == ("ASTANA", "KAZINFORM")


def test_a_bodys_initials_in_another_languages_order_and_an_exchange_is_no_one(extractor):
    # ("The CAT union federation" was a "federation": the initials of "Confederación Argentina
    # de Trabajadores" are no initials of its English name; "the exchange turned sharp:" made
    # "the exchange" the one who answered the interview)
    r = extractor.extract(probe_article("round-52c/07-batimes-general-strike.txt"))
    assert said(r, "90 percent compliance")[0] == "Argentine Workers’ Confederation"
    assert said(r, "What is closed is the cash register")[0] == "Darío Ferreyra"


def test_a_quoted_request_reported_inside_a_report_is_the_askers(extractor):
    r = extractor.extract(probe_article("round-52c/03-reuters-colombia-rate-cut.txt"))
    assert innermost(r, "keep defending growth at every board meeting") == "Iván Rendón Arango"


# Round 53 (probe round 53: summits and security in state agencies, companies in Europe and Asia,
# sport and local government) ------------------------------------------------------------------

def test_an_interviewee_whose_family_name_the_recogniser_left_out(extractor):
    # ("Ng" of "Ng Wei Liang" was typed nothing: "Ng also answered the following questions."
    # named no one, and the answers went to the company's president named first)
    r = extractor.extract(probe_article("round-53b/05-nikkei-fujikawa-activist-agm.txt"))
    assert said(r, "We talk to everyone who will listen")[0] != "Hiroshi Tanabe"
    assert said(r, "everything is on the table")[0] == said(r, "We talk to everyone who will listen")[0]


def test_a_role_that_opens_with_the_office_is_no_other_office(extractor):
    # ("the Kazakh Foreign Minister" was another office than "Minister of Foreign Affairs of the
    # Republic of Kazakhstan", whose other role, "Deputy Prime Minister", lacked "Foreign")
    r = extractor.extract(probe_article("round-53a/07-kazinform-cis-foreign-ministers-astana.txt"))
    assert said(r, "fewer declarations and more working mechanisms")[0] == "Askar Zhumabekov"
    assert said(r, "cannot live by the rules of the nineties")[0] == "Askar Zhumabekov"


def test_two_offices_with_a_comma_between_before_one_name(extractor):
    # ("Deputy Prime Minister of the Republic of Azerbaijan, Chairman of the State Commission on
    # Delimitation of the State Border Ramiz Gasimov": the role was "State Border", the name was
    # set off from "the Georgian border", and "The Azerbaijani Deputy Prime Minister" was no one)
    r = extractor.extract(probe_article("round-53a/09-apa-border-delimitation-commission.txt"))
    speaker = next(s for s in r.speakers if s.name == "Ramiz Gasimov")
    assert any(role.startswith("Deputy Prime Minister of the Republic of Azerbaijan") and "Chairman" in role
               for role in speaker.roles)
    assert said(r, "would meet again within two months")[0] == "Ramiz Gasimov"


def test_the_frenchman_typed_a_body_is_the_french_player(extractor):
    # ("The Frenchman", typed an organisation, was no nationality: an unnamed "frenchman"; and
    # "the Dutchman" is no Dutch woman)
    r = extractor.extract(probe_article("round-53c/02-bbc-sport-wexham-castleford.txt"))
    assert said(r, "never doubted we would find a winner")[0] == "Antoine Delacroix"
    r = extractor.extract(probe_article("round-42a/06-gazzetta-brambati-stage-win.txt"))
    assert said(r, "We have asked for the full footage")[0] == "Ruud Verbeek"


def test_an_envoys_untyped_name_after_a_place_of_several_words(extractor):
    # ("... to the Republic of Armenia Oleg Fomichev": the name, untyped, was no one, and "the
    # ambassador" the person "Plenipotentiary")
    r = extractor.extract(probe_article("round-53a/10-armenpress-security-council-secretary.txt"))
    assert said(r, "Russia has always been and remains a guarantor")[0] == "Oleg Fomichev"
    assert said(r, "We take this at face value")[0] == "Oleg Fomichev"


# Round 54 (probe round 54: elections and parliaments in Africa and South Asia, ports and shipping
# in Gulf and Turkish agencies, health ministries and the WHO) ----------------------------------

def test_a_name_untyped_after_the_body_an_office_is_of(extractor):
    # ("Secretary of the Security Council of the Republic of Armenia Tigran Avetisyan": the name,
    # untyped after the council, was no one, and "the Security Council Secretary" unnamed)
    r = extractor.extract(probe_article("round-53a/10-armenpress-security-council-secretary.txt"))
    assert said(r, "no need to add new preconditions")[0] == "Tigran Avetisyan"
    assert said(r, "had not put forward any new proposals")[0] == "Tigran Avetisyan"


def test_a_name_the_recogniser_ran_into_a_republic(extractor):
    # ("Spokesperson of the Ministry of Foreign Affairs of [the Republic of Armenia Lusine
    # Hakobyan]", typed a place: "She" after her quote was no one)
    r = extractor.extract(probe_article("round-53a/10-armenpress-security-council-secretary.txt"))
    assert said(r, "would travel to Moscow next week")[0] == "Lusine Hakobyan"


def test_a_peoples_word_typed_a_body_says_the_country(extractor):
    # ("the Kazakh minister", "Kazakh" typed an organisation, was the Uzbek minister just named,
    # not the "Minister of Foreign Affairs of the Republic of Kazakhstan")
    r = extractor.extract(probe_article("round-53a/07-kazinform-cis-foreign-ministers-astana.txt"))
    innermost = min((a for a in r.attributions if "support Tashkent’s candidacy" in a.content.text),
                    key=lambda a: len(a.content.text))
    assert innermost.speaker == "Askar Zhumabekov"
    assert said(r, "Central Asia is no longer the periphery")[0] == "Jasur Nematov"


def test_honourables_before_a_name(extractor):
    # ("Minority Leader Hon. Alexander Kwaku Nyarko-Boadu" named a person "Hon", "the Speaker of
    # Parliament, Rt. Hon. Kwabena Osei Darko-Amponsah," one "Rt")
    r = extractor.extract(probe_article("round-54a/05-ghanaweb-byelection-timetable.txt"))
    assert said(r, "the EC had given political parties only nine days")[0] == "Alexander Kwaku Nyarko-Boadu"
    assert said(r, "impugning the integrity of independent")[0] == "Kwabena Osei Darko-Amponsah"
    # (and "the Minority", a caucus, is no "Minority Leader")
    assert said(r, "by-election timetable is rushed")[0] != "Alexander Kwaku Nyarko-Boadu"


def test_interview_lines_by_a_name_beyond_ascii(extractor):
    # ("Ertuğrul: Every operator ...", "Şahinoğlu: ..." were no lines of an interview)
    r = extractor.extract(probe_article("round-54b/06-dailysabah-filyos-port-union.txt"))
    assert said(r, "That has been our policy since day one")[0] == "Gülşen Ertuğrul"
    r = extractor.extract(probe_article("round-54b/07-trtworld-black-sea-mine-task-group.txt"))
    assert said(r, "Mines do not send us their coordinates")[0] == "Levent Şahinoğlu"


def test_his_excellency_in_capitals_is_no_pronoun(extractor):
    # ("HE the Minister of Transport said": "HE" was read as "he", the last man named)
    r = extractor.extract(probe_article("round-54b/04-qna-qatar-oman-feeder-service.txt"))
    assert said(r, "the depth of the fraternal relations")[0] == "Jassim bin Khalifa bin Ahmed Al-Thani"
    # (and a given name the parse hung on the company before it: "Chief Executive Officer of Al
    # Bidda Shipping Lines Maryam Saad Al-Marri", so that "she" is someone)
    assert said(r, "Our sailors have crossed these waters")[0] == "Maryam Saad Al-Marri"


def test_a_regulator_and_a_drugmaker_in_a_standfirst(extractor):
    # ("Drugmaker says ...; Danish regulator says ...": the company named "Danish drugmaker
    # Halvorsen Biologics" and the one agency the text names)
    r = extractor.extract(probe_article("round-54c/01-reuters-measles-vaccine-gap.txt"))
    assert said(r, "it is held up by inspection backlog")[0] == "Halvorsen Biologics"
    assert said(r, "company has not finished required fixes")[0] == "Danish Medicines Agency"
    # (but "French regulator" is no "European Medicines Agency")
    r = extractor.extract(probe_article("round-50b/12-lemonde-obesity-drug-shortage.txt"))
    assert said(r, "rationing will last")[0] != "European Medicines Agency"


def test_an_openings_chief_medical_officer_is_no_deputy(extractor):
    # ("the province's chief medical officer of health said", then "Dr. Yvette Boudreau told
    # reporters": the deputy chief medical officer named further down; "Dr." no other role)
    r = extractor.extract(probe_article("round-54c/12-cbc-new-brunswick-measles.txt"))
    assert said(r, "has grown to 19 confirmed cases")[0] == "Yvette Boudreau"
    assert said(r, "grows to 19 cases")[0] == "Yvette Boudreau"
    # (but a standfirst's "Prosecutor" is the Deputy Public Prosecutor, the only one)
    r = extractor.extract(probe_article("round-38b/10-straitstimes-money-mule-jailed.txt"))
    assert said(r, "a willing cog in a machine")[0] == "Adeline Goh"


def test_a_name_set_off_from_the_place_of_an_office(extractor):
    # ("The WHO's representative in Zambia, Fatoumata Diallo-Kane, said ... but cautioned that
    # ...": the name, set off from "Zambia" and typed a body, was no one)
    r = extractor.extract(probe_article("round-54c/03-afp-zambia-cholera-toll.txt"))
    assert said(r, "vaccines alone would not end the outbreak")[0] == "Fatoumata Diallo-Kane"
    assert said(r, "It does not fix a sewer")[0] == "Fatoumata Diallo-Kane"
    # ("the Returning Officer for Kogi East Senatorial District, Prof. Hadiza Umar-Bello,")
    r = extractor.extract(probe_article("round-54a/01-nan-inec-kogi-supplementary.txt"))
    assert said(r, "the law does not permit me to declare a winner")[0] == "Hadiza Umar-Bello"


def test_a_ledes_main_opposition_party(extractor):
    # ("Malawi's main opposition party ... asked the court" before "The United People's Movement
    # (UPM) said"; the headline's "Malawi opposition" the same)
    r = extractor.extract(probe_article("round-54a/11-afp-malawi-opposition-court.txt"))
    assert said(r, "manipulated on an industrial scale")[0] == "United People’s Movement"
    assert said(r, "election was rigged in five districts")[0] == "United People’s Movement"
    r = extractor.extract(probe_article("round-54a/12-ap-sierraleone-runoff-rejected.txt"))
    assert said(r, "figures from at least 300 polling stations")[0] == "Alliance for National Renewal"


def test_a_body_typed_a_person_before_its_initials(extractor):
    # ("Gono Shongskar Andolon (GSA) convener Nahid Hasan Tanvir": the body was the speaker)
    r = extractor.extract(probe_article("round-54a/09-dailystar-cec-polls-schedule.txt"))
    assert said(r, "his party would take part in the polls")[0] == "Nahid Hasan Tanvir"
    assert said(r, "EC has surrendered to the government on army")[0] == "Bangladesh Jatiya Gana Front"


def test_a_capitalised_title_set_off_after_a_name(extractor):
    # ("H.E. Saeed bin Khalfan Al Dhaheri, Minister of Energy and Infrastructure, and Minister of
    # Transport ... Kerem Yıldıztaş": "the Emirati minister" was the Turkish one)
    r = extractor.extract(probe_article("round-54b/01-wam-uae-turkiye-corridor.txt"))
    assert said(r, "We are not building a route for today")[0] == "H.E. Saeed bin Khalfan Al Dhaheri"
    # (and a name in a body's entity after "at": "Director General of Maritime Trade at the
    # Turkish Ministry of Transport and Infrastructure Ayşegül Demirbağ")
    assert said(r, "insurers had been consulted")[0] == "Ayşegül Demirbağ"


def test_a_title_written_short_the_parse_ended_a_sentence_at(extractor):
    # ("Istanbul Harbour Master Capt. | Serdar Göktaş told Anadolu": no role, and the standfirst's
    # "Istanbul harbour master" no one)
    r = extractor.extract(probe_article("round-54b/05-anadolu-bosphorus-tanker-rudder.txt"))
    assert said(r, "no pollution or injuries after")[0] == "Serdar Göktaş"
    # ("Capt. Turki bin Mansour Al-Ghamdi, director general of Yanbu Commercial Port,": the
    # given name before "bin", and the port in the role, so "Yanbu port chief" is he)
    r = extractor.extract(probe_article("round-54b/08-arabnews-yanbu-red-sea-recovery.txt"))
    assert said(r, "Red Sea shipping is finally turning the corner")[0] == "Turki bin Mansour Al-Ghamdi"


def test_a_hospital_system_and_a_nurses_alliance(extractor):
    # ("Lakeshore Health disputed those figures. The hospital system said"; "the union" is the
    # "Illinois Nurses Alliance")
    r = extractor.extract(probe_article("round-54c/02-ap-chicago-nurses-strike.txt"))
    assert said(r, "well within national benchmarks")[0] == "Lakeshore Health"
    assert said(r, "assigned as many as eight patients")[0] == "Illinois Nurses Alliance"


def test_a_company_by_the_form_written_before_its_name(extractor):
    # ("produced by Bekasi-based PT Sari Lestari Herbal", the name typed a person, was a person)
    r = extractor.extract(probe_article("round-54c/09-jakartapost-herbal-supplement-recall.txt"))
    assert not any("Sari Lestari" in s.name for s in r.speakers if s.kind == "person")


# Round 55 (probe round 55: South-East Asian politics, courts and police; European Union politics;
# Latin American security, courts and public health) -------------------------------------------

def test_an_interviewee_reached_or_asked_by_a_publication(extractor):
    # ("Rappler reached Dimaano by phone on Tuesday evening. Here are excerpts of the interview:":
    # the "A:" lines were the outlet's, the paragraph's subject)
    r = extractor.extract(probe_article("round-55a/10-rappler-comelec-disqualification.txt"))
    assert said(r, "I will not name names")[0] == 'Ramon "Monching" Dimaano'
    # ("In a brief interview with Khmer Times, Ong was asked about ...": a place named first in
    # the article, "Siem Reap" typed a person, answered)
    r = extractor.extract(probe_article("round-55a/08-khmertimes-ammtc-scam-compounds.txt"))
    assert said(r, "It will coordinate, not command")[0] == "Ong"
    # (but a description asked is no name: "the former Hibernian forward was asked about his
    # future" is Declan Moore, not "Hibernian")
    r = extractor.extract(probe_article("round-37c/02-bbc-dunmore-moore-ban.txt"))
    assert said(r, "My knees will tell me")[0] == "Declan Moore"


def test_an_office_the_recogniser_typed_a_person(extractor):
    # ("Sinn Féin MEP for Midlands–North-West Colm Durcan", the office typed a person, was an
    # unnamed "sinn féin mep", and so were his "he"s)
    r = extractor.extract(probe_article("round-55b/09-irish-times-mackerel-quota.txt"))
    assert said(r, "seek compensation from the EU")[0] == "Colm Durcan"
    assert said(r, "There is money left in that fund")[0] == "Colm Durcan"


def test_the_ombudswoman_is_a_role(extractor):
    # ("Ombudswoman Marcela Patricia Ruiz Londoño said ... . The ombudswoman said")
    r = extractor.extract(probe_article("round-55c/09-colombiareports-cauca-massacre.txt"))
    assert said(r, "the alert had been delivered to the Interior Ministry")[0] == "Marcela Patricia Ruiz Londoño"
    # (and a title after it is no name: "KCA ombudsman Justice (retd) Meera Iyer" is no "Justice")
    r = extractor.extract(probe_article("round-53c/09-times-of-india-kca-selection-row.txt"))
    assert said(r, "examine it on merit")[0] == "Meera Iyer"


def test_a_court_by_where_it_sits_and_its_standing(extractor):
    # ("The EU's top court ruled", "top court says", "The Luxembourg-based court said": the
    # "Court of Justice of the European Union" the text names)
    r = extractor.extract(probe_article("round-55b/11-afp-slovakia-ngo-ruling.txt"))
    assert said(r, "law breaches EU rules")[0] == "Court of Justice of the European Union"
    assert said(r, "had failed to show that the measure was")[0] == "Court of Justice of the European Union"


def test_a_headline_role_before_a_person_named_only_in_the_standfirst(extractor):
    # ("Prosecutor: ..." then a standfirst naming "Chief Prosecutor Valeria Inés Montenegro
    # Aráoz": the person has no mention in the body, and the article failed to analyse; her
    # full name since the untyped words after a title are read as one)
    r = extractor.extract(probe_article("round-55c/04-buenosairestimes-cordoba-police-trial.txt"))
    assert said(r, "This was not a confrontation")[0] == "Valeria Inés Montenegro Aráoz"


# Round 56 and 57 (probe round 56: China and Russia domestic politics and courts, US politics,
# the Middle East; round 57: Nordic and Baltic politics, Japanese and Korean politics and courts,
# Canadian provinces, Pacific islands and African business) -------------------------------------

def test_a_peoples_word_the_recogniser_left_untyped_tells_ministers_apart(extractor):
    # ("Iran's foreign minister said" in the lede, then "Omani Foreign Minister Sayyid Khalid
    # bin Said al-Harthy", "Omani" untyped: the lede was the Omani's; it is Abbas
    # Tavakoli-Nasab, quoted by name in the next paragraph)
    r = extractor.extract(probe_article("round-56c/10-reuters-iran-us-muscat-talks.txt"))
    assert said(r, "more detailed than the first")[0] == "Abbas Tavakoli-Nasab"
    assert said(r, "serious, forward-looking and businesslike")[0] == "Abbas Tavakoli-Nasab"


def test_a_countrys_government_is_no_regions_body(extractor):
    # ("Iraq's government condemned the strike" was "The Interior Ministry of the Kurdistan
    # Regional Government", a name the recogniser cut after "of")
    r = extractor.extract(probe_article("round-56c/12-ap-iraq-militia-drone-attack.txt"))
    assert said(r, "a reckless act that serves only")[0] != "Interior Ministry of the Kurdistan Regional Government"
    assert said(r, "from areas outside the control")[0] == "Interior Ministry of the Kurdistan Regional Government"


def test_a_mediator_and_an_envoy_introduced_before_their_names(extractor):
    # ("Qatar's chief mediator has said ..." then "..., Majed bin Khalifa al-Suwaidi, Qatar's
    # minister of state ..., told reporters"; the headline's "Qatari mediator" too)
    r = extractor.extract(probe_article("round-56c/01-aljazeera-doha-truce-talks.txt"))
    assert said(r, "within days, not weeks")[0] == "Majed bin Khalifa al-Suwaidi"
    assert said(r, "now a matter of days")[0] == "Majed bin Khalifa al-Suwaidi"
    # ("The UN special envoy for Yemen said ..." before "Lars Oskarsson told a news conference at
    # the Omani Ministry of Foreign Affairs": Yemen is where the office is, not his nationality)
    r = extractor.extract(probe_article("round-56c/02-arabnews-yemen-detainee-deal.txt"))
    assert said(r, "a first real step toward trust")[0] == "Lars Oskarsson"
    # ("A tribal elder who brokered a ceasefire ... said" before "Sheikh Salem Abu Dabbous, a
    # prominent elder from Zawiya,")
    r = extractor.extract(probe_article("round-56c/09-middleeasteye-tripoli-militia-truce.txt"))
    assert said(r, "fragile, but still breathing")[0] == "Salem Abu Dabbous"


def test_whom_a_lawyer_or_a_wife_reports(extractor):
    # ("Andrei Shubin's lawyer, Yelena Kovaleva, ... . She said her client insisted that ...":
    # not his namesake Oleg Valeryevich Shubin)
    r = extractor.extract(probe_article("round-56a/05-tass-tver-deputy-governor-arrest.txt"))
    assert said_inside(r, "a loan between private individuals") == "Andrei Nikolayevich Shubin"
    # ("Kazlauskas's wife, Rūta Kazlauskienė, ... told the court her husband had said ...")
    r = extractor.extract(probe_article("round-57a/02-afp-kaunas-heating-graft-verdict.txt"))
    assert said_inside(r, "every contract goes through the lawyers") == "Algirdas Kazlauskas"
    # (not a body the recogniser typed a person that the reporter's role names: "Sochi City
    # Assembly deputy" Artyom Voronin's "his father")
    r = extractor.extract(probe_article("round-56a/09-kommersant-voronin-hotels.txt"))
    assert said_inside(r, "the price for refusing to sell the hotels") != "Sochi City Assembly"


def test_a_body_the_recogniser_typed_a_person(extractor):
    # ("The Hostages and Missing Families Forum said ...": the "Missing Families Forum" was a
    # person, and the "she" of the mother quoted after it)
    r = extractor.extract(probe_article("round-56c/06-timesofisrael-hostage-deal-cabinet.txt"))
    speaker, kind, _ = said(r, "every day of delay is a death sentence")
    assert speaker == "Hostages and Missing Families Forum" and kind != "person"
    assert said(r, "would you say this if it were your son")[0] != "Hostages and Missing Families Forum"


def test_a_country_the_recogniser_typed_a_person(extractor):
    # ("Solomon Islands" typed a person was "He"; "the Vanuatu minister" was "Vanuatu";
    # "Vanuatu's climate change minister" was Australia's "Climate Change Minister Daniel
    # Corrigan", named later, not "Vanuatu's Minister for Climate Change Adaptation, Jerome Moli")
    r = extractor.extract(probe_article("round-57c/06-abcpacific-vanuatu-coal-envoy.txt"))
    assert said(r, "to turn into a trial")[0] == "Clement Ramo"
    assert said(r, "nothing else has worked either")[0] == "Jerome Moli"
    assert said(r, "approval of new coal projects is undermining")[0] == "Jerome Moli"


def test_a_prime_minister_is_no_other_minister(extractor):
    # ("Tuvalu's prime minister" became New Zealand's foreign minister, named in the standfirst,
    # once "Tuvalu" was a country the text names: a guard for that)
    r = extractor.extract(probe_article("round-57c/04-rnz-forum-climate-finance.txt"))
    assert said(r, "is failing to reach the islands")[0] == "Penitala Kaitu"


def test_names_written_family_name_first_the_recogniser_missed(extractor):
    # ("Choi Jae-won, senior presidential secretary for political affairs," untyped: an unnamed
    # "choi jae-won", "Choi" an organisation, "The senior secretary" no one)
    r = extractor.extract(probe_article("round-57b/07-yonhap-special-counsel-bill.txt"))
    assert said(r, "in accordance with the Constitution and the law")[:2] == ("Choi Jae-won", "person")
    assert said(r, "The bill hands the power")[:2] == ("Choi Jae-won", "person")


def test_the_ruling_party_is_the_one_the_text_calls_ruling(extractor):
    # ("Rep. Kim Da-eun of the ruling New Future Party"; "The ruling party said" was the
    # Democratic Party, quoted last)
    r = extractor.extract(probe_article("round-57b/11-joongangdaily-nominee-hearing.txt"))
    assert said(r, "playing politics with a qualified nominee")[0] == "New Future Party"
    assert said(r, "the former prosecutor's record speaks for itself")[0] == "New Future Party"
    # (and "The ruling party lawmaker" the one of that party: "Rep. Kim Da-eun of the ruling New
    # Future Party", not "Rep. Kim Hyun-jung of the Democratic Party", named since)
    assert said(r, "rewriting history for a headline")[0] == "Kim Da-eun"


def test_an_interviews_lines_by_a_name_the_recogniser_typed_otherwise(extractor):
    # ("Põldsaar: ..." and "Žukauskas: ..." lines, the names typed organisations)
    r = extractor.extract(probe_article("round-57a/07-errnews-rail-baltica-latvia-delay.txt"))
    assert said(r, "Edgars and I have a good relationship")[0] == "Mart Põldsaar"
    assert said(r, "Estonia will not wait for Latvia")[0] == "Mart Põldsaar"
    r = extractor.extract(probe_article("round-57a/09-lrt-lithuania-air-defence-spending.txt"))
    assert said(r, "Five percent is what we need now")[0] == "Rimantas Žukauskas"


def test_a_name_set_off_after_a_description(extractor):
    # ("Her opponent in the case, Lena Öberg, ..., said", "The 19-year-old, Elias Nyström, who
    # agreed to be named, said": the parse made the name another subject)
    r = extractor.extract(probe_article("round-57a/05-svt-gothenburg-security-zone-ruling.txt"))
    assert said(r, "the authority would study the judgment")[0] == "Lena Öberg"
    assert said(r, "he had only wanted an apology")[0] == "Elias Nyström"


def test_an_office_of_a_parliament_is_a_lawmakers(extractor):
    # ("Vytautas Čepulis, chair of the Seimas Committee on National Security and Defence," is
    # "the veteran lawmaker")
    r = extractor.extract(probe_article("round-57a/09-lrt-lithuania-air-defence-spending.txt"))
    assert said(r, "Let us be honest with people")[0] == "Vytautas Čepulis"


def test_a_name_set_off_by_commas_the_recogniser_left_untyped(extractor):
    # ("suspend the mayor of Jūrmala, Aivars Bērziņš, after ...": "Bērziņš" untyped in the
    # body; "the mayor said" was no one)
    r = extractor.extract(probe_article("round-57a/08-lsm-jurmala-mayor-bribery-case.txt"))
    assert said(r, "never taken a cent from anyone")[0] == "Aivars Bērziņš"


def test_a_court_the_opening_describes_before_the_body_names_it(extractor):
    # ("Japan court says ..." and "A Japanese court on Wednesday ordered ..., ruling that ..."
    # before "The Fukui District Court said")
    r = extractor.extract(probe_article("round-57b/12-afp-court-halts-reactor.txt"))
    assert said(r, "had underestimated the risk from a nearby fault")[0] == "Fukui District Court"
    assert said(r, "utility underestimated quake risk")[0] == "Fukui District Court"


def test_prosecutors_are_the_one_prosecuting_office_named(extractor):
    # ("Prosecutors say ..." and "The prosecutors describe ...", where the text names the
    # "People's Procuratorate of Lanzhou City" or the "Prosecutor General's Office" alone)
    r = extractor.extract(probe_article("round-56a/01-xinhua-gansu-bribery-trial.txt"))
    assert said(r, "took bribes worth 86 million yuan")[0] == "People's Procuratorate of Lanzhou City"
    r = extractor.extract(probe_article("round-56a/09-kommersant-voronin-hotels.txt"))
    assert said(r, "incomparable with the value of the property")[0] == "Prosecutor General’s Office"
    # (not where it names two investigating bodies: "the Investigative Committee's Main
    # Investigations Directorate", read as two)
    r = extractor.extract(probe_article("round-56a/07-interfax-sverdlovsk-ventilators.txt"))
    assert said(r, "charged over overpriced ventilators")[:2] == ("investigators", "group")


def test_a_document_read_out_by_its_producer(extractor):
    # ("According to the indictment read out by the People's Procuratorate of Lanzhou City,":
    # the parse heads it with "read", and "read by" was who saw it)
    r = extractor.extract(probe_article("round-56a/01-xinhua-gansu-bribery-trial.txt"))
    assert said(r, "took advantage of his positions")[0] == "People's Procuratorate of Lanzhou City"


def test_the_office_a_role_set_off_after_a_name_is_for(extractor):
    # ("Dr. Samuel Achterberg, the president's nominee for surgeon general," is the heading's
    # "Surgeon general nominee")
    r = extractor.extract(probe_article("round-56b/05-cnn-surgeon-general-withdrawal.txt"))
    assert said(r, "confirmation fight had become a distraction")[0] == "Samuel Achterberg"


def test_a_name_with_a_nickname_the_recogniser_typed_a_body(extractor):
    # ("Marcus “Mac” Delaney" typed an organisation: "the former state attorney general" after
    # "he talked about his opponent" was no one)
    r = extractor.extract(probe_article("round-56b/02-politico-michigan-senate-primary.txt"))
    speaker, kind, _ = said(r, "running from her own voting record")
    assert (speaker, kind) == ("Marcus “Mac” Delaney", "person")


def test_a_headings_party_member_by_role(extractor):
    # ("Farm bill cuts SNAP by $30 billion, ranking Democrat says": "Ranking member Lorenzo
    # Beltrán, D-N.M.,", not an organisation "Democrat")
    r = extractor.extract(probe_article("round-56b/10-rollcall-farm-bill-markup.txt"))
    assert said(r, "Farm bill cuts SNAP")[0] == "Lorenzo Beltrán"


def test_a_filing_by_the_body_its_sentence_is_about(extractor):
    # ("Kafue Copper cut its 2025 production guidance ..., according to a filing to the London
    # Stock Exchange on Tuesday": an unnamed "filing")
    r = extractor.extract(probe_article("round-57c/10-bloomberg-kafue-copper-halt.txt"))
    assert said(r, "cut its 2025 production guidance")[0] == "Kafue Copper"


def test_a_surname_alone_of_one_only_the_resolver_names(extractor):
    # ("Majed bin Khalifa al-Suwaidi, Qatar's minister of state ..., told reporters", untyped,
    # then "al-Suwaidi struck a cautious note. '...,' he said": the anonymous Palestinian
    # official quoted before)
    r = extractor.extract(probe_article("round-56c/01-aljazeera-doha-truce-talks.txt"))
    assert said(r, "Mediation is patience")[0] == "Majed bin Khalifa al-Suwaidi"


def test_a_member_of_a_council_is_a_councillor(extractor):
    # ("Kwon Mi-ran, a Democratic Party member of the Busan Metropolitan Council," is "the
    # first-term councilwoman")
    r = extractor.extract(probe_article("round-57b/09-koreatimes-busan-mayor-audit.txt"))
    assert said(r, "Then who exactly was running City Hall")[0] == "Kwon Mi-ran"


def test_a_pronoun_for_one_named_inside_the_report_that_holds_it(extractor):
    # ("Okafor-Reid ... said she had spoken by phone with federal Health Minister Arjun Bhatia on
    # Monday night and that he had told her the offer was 'final for this fiscal year'": not
    # the premier quoted before)
    r = extractor.extract(probe_article("round-57c/01-canadianpress-premiers-health-offer.txt"))
    assert said_inside(r, "final for this fiscal year") == "Arjun Bhatia"


def test_a_pronoun_for_the_one_just_heard_in_its_sentence(extractor):
    # ("The Liberal Leader said hers would as well, although she added that she supported the
    # tariff-relief fund": not the NDP Leader, the main subject of the sentence before)
    r = extractor.extract(probe_article("round-57c/03-globeandmail-ontario-budget-deficit.txt"))
    assert said_inside(r, "she supported the tariff-relief fund") == "Anna Petrakis"


def test_an_assurance_inside_a_report_by_one_named_after_a_description(extractor):
    # ("He said the minister's predecessor, Rolf Ekornes, had assured him in 2022 that 'no
    # turbine will be built without your consent'": the quote was the herder's who reported it)
    r = extractor.extract(probe_article("round-57a/04-nrk-finnmark-wind-farm-reindeer.txt"))
    assert said_inside(r, "no turbine will be built without your consent") == "Rolf Ekornes"


def test_a_report_inside_a_report_ends_where_the_outer_one_does(extractor):
    # ("Järvenpää said Ylönen had told her in December that 'no health station in Vantaa is on
    # the list', a claim the board chair did not dispute": Ylönen's content ran on past the
    # quote, so the outer report held it more closely)
    r = extractor.extract(probe_article("round-57a/10-hs-vantaa-health-station-closure.txt"))
    assert said_inside(r, "no health station in Vantaa is on the list") == "Sanna Ylönen"
    assert [a.content.text for a in r.attributions if a.speaker == "Sanna Ylönen" and "no health" in a.content.text] \
        == ["that “no health station in Vantaa is on the list”"]


def test_a_company_by_its_form_and_a_bank_as_the_lender(extractor):
    # ("Waghi Gold Mining Limited said ... . The company said": "Limited" no company's word)
    r = extractor.extract(probe_article("round-57c/08-postcourier-kumul-ridge-royalties.txt"))
    assert said(r, "lift the landowners' share of royalties")[0] == "Waghi Gold Mining Limited"
    # ("Kenya's Rift Valley Commercial Bank said ... . In a statement ..., the lender said")
    r = extractor.extract(probe_article("round-57c/11-reuters-kenya-bank-profit-warning.txt"))
    assert said(r, "non-performing loans had risen")[0] == "Rift Valley Commercial Bank"


def test_a_nationality_against_a_country_of_several_words(extractor):
    # ("The Australian minister" was the one "Foreign Minister" named, New Zealand's Caroline
    # Whitcombe: "New Zealand" said no nationality)
    r = extractor.extract(probe_article("round-57c/04-rnz-forum-climate-finance.txt"))
    assert said_inside(r, "working hand in glove") != "Caroline Whitcombe"


# Round 58 (probe round 58: Indian state politics and courts, Central Asian and Caucasus
# business and politics, West African courts and sports governance) -----------------------------

def test_an_agencys_dateline_is_no_speaker(extractor):
    # ("Bengaluru, DHNS: The High Court of Karnataka ... observing that ...", "Baku, March 19,
    # APA. The bill ... will ensure that ..., Chairman of the Central Bank of Azerbaijan (CBA)
    # Rashad Nuriyev said")
    r = extractor.extract(probe_article("round-58a/09-deccanherald-karnataka-hc-lake.txt"))
    assert said_inside(r, "the very authority entrusted with protecting lakes") != "DHNS"
    r = extractor.extract(probe_article("round-58b/11-apa-baku-milli-majlis-bank-resolution.txt"))
    assert said_inside(r, "costs of a bank failure are borne by its owners") == "Rashad Nuriyev"
    # (and the headline's "CBA Chairman" is the one whose role names the bank of those initials)
    assert said_inside(r, "will protect depositors, not shareholders") == "Rashad Nuriyev"


def test_a_full_name_after_a_long_office_whose_surname_the_text_uses_alone(extractor):
    # ("Deputy Prime Minister – Minister of Trade and Integration of Kazakhstan Yerzhan Kassymov
    # held talks with Minister of Investment, Industry and Trade of Uzbekistan Bakhtiyor
    # Rakhmonqulov", then "Kassymov said": the recogniser typed "Yerzhan Kassymov" nothing)
    r = extractor.extract(probe_article("round-58b/01-kazinform-astana-uzbek-trade-roadmap.txt"))
    assert said_inside(r, "Our trade turnover grew by 18 percent") == "Yerzhan Kassymov"
    # ("His Uzbek counterpart": the minister he met, named before, not the deputy prime minister
    # named after, though Kassymov is one too)
    assert said_inside(r, "the main bottleneck for our exporters") == "Bakhtiyor Rakhmonqulov"
    # ("... that Deputy Prime Minister of Uzbekistan Jamshid Usmonov had assured him that": the
    # name the parse hung on the office's "of" phrase)
    assert said_inside(r, "a single electronic queue") == "Jamshid Usmonov"


def test_a_central_bank_chief_by_the_banks_initials(extractor):
    # ("Chairman of the Central Bank of Armenia Gevorg Martirosyan", the country not his given
    # name; "The CBA chief", the headline's "CBA Chairman")
    r = extractor.extract(probe_article("round-58b/03-armenpress-yerevan-cba-inflation-report.txt"))
    assert said_inside(r, "tightened debt-to-income requirements") == "Gevorg Martirosyan"
    assert said_inside(r, "inflation will return to target range") == "Gevorg Martirosyan"


def test_indian_offices_by_their_initials(extractor):
    # ("Kerala CM says", "Kerala Chief Minister M.R. Sreedharan": the initials no "Mr"; "the LoP",
    # "Leader of the Opposition Adv. Saji Mathew Kuruvilla")
    r = extractor.extract(probe_article("round-58a/01-pti-kerala-coir-audit.txt"))
    assert said_inside(r, "coir corporation audit will be tabled") == "M.R. Sreedharan"
    assert said_inside(r, "the USF would approach the Governor") == "Saji Mathew Kuruvilla"
    # ("the AAG": "Additional Advocate General K. Muthukumaraswamy", the title typed with the
    # name; "the senior counsel" the "Senior advocate")
    r = extractor.extract(probe_article("round-58a/02-thehindu-madras-hc-pension.txt"))
    assert said_inside(r, "It is asking for time") == "K. Muthukumaraswamy"
    assert said_inside(r, "Time is exactly what these men do not have") == "G. Venkatachalapathy"
    # ("the SP": "KAGD superintendent of police K.S. Ramegowda")
    r = extractor.extract(probe_article("round-58a/06-timesofindia-bengaluru-engineer-cash.txt"))
    assert said_inside(r, "stuffed in rice drums") == "K.S. Ramegowda"
    # ("Assam CM", "the DGP": given names the recogniser left out, "Assam Chief Minister Dhruba
    # Kumar Kalita", "Director General of Police Anil Kumar Baruah")
    r = extractor.extract(probe_article("round-58a/07-ians-assam-tarpaulin-probe.txt"))
    assert said_inside(r, "no one will be shielded") == "Dhruba Kumar Kalita"
    assert said_inside(r, "We have seized the tender files") == "Anil Kumar Baruah"


def test_west_african_titles_and_a_lawyers_client(extractor):
    # ("Counsel to the sacked senator, Chief Wole Adeniran-Cole, SAN," then "The silk said his
    # client had told him ... that he would 'accept whatever the court decides'": the senator;
    # "The jurist" the justice who read the judgment)
    r = extractor.extract(probe_article("round-58c/04-channelstv-supreme-court-senatorial-ticket.txt"))
    assert said_inside(r, "accept whatever the court decides") == "Benedict Okwuosa"
    assert said_inside(r, "the Court of Appeal was wrong") == "Mohammed Lawal-Kura"
    # ("The sacked gaffer": the coach)
    r = extractor.extract(probe_article("round-58c/03-vanguard-enugu-club-sacks-coach.txt"))
    assert said_inside(r, "he has not been paid since March") == "Samuel Effiong"
    # ("The Oba of Ilesa-Oke, Oba Adekunle Oyetola-Ajagun," then "the monarch said")
    r = extractor.extract(probe_article("round-58c/05-guardianng-athletics-association-leadership-crisis.txt"))
    assert said_inside(r, "Sport is supposed to unite us") == "Adekunle Oyetola-Ajagun"


def test_an_office_of_one_the_text_gave_none(extractor):
    # ("..., says Datuk Seri Rosli Ahmad. // The Home Minister said": the one just quoted, his
    # honours no role; the recogniser had left "Rosli" out of his name)
    r = extractor.extract(probe_article("round-55a/07-thestar-klang-lockup-death.txt"))
    assert said_inside(r, "investigated under Section 302") == "Rosli Ahmad"
    # (but a rank before a role's word names no other office: "Sudbury coach" may be "Nickel
    # Kings head coach Marc Desrosiers")
    r = extractor.extract(probe_article("round-38b/08-cbc-junior-hockey-headshot.txt"))
    assert said_inside(r, "the dirtiest I've seen") == "Marc Desrosiers"


def test_the_regulator_is_the_central_bank_by_its_own_name(extractor):
    # ("The National Bank of the Kyrgyz Republic (NBKR) ... . '...,' the regulator said": the
    # bank's name was read with its initials' open bracket and as "the National Bank's")
    r = extractor.extract(probe_article("round-58b/06-24kg-bishkek-aksai-microcredit-trial.txt"))
    assert said_inside(r, "Taking deposits without a licence is a crime") == "National Bank of the Kyrgyz Republic"
    # ("the regulator's press service" after "The Board of the Central Bank" and "Chairman of the
    # Central Bank of Armenia Gevorg Martirosyan", a name the recogniser ran into the bank's)
    r = extractor.extract(probe_article("round-58b/03-armenpress-yerevan-cba-inflation-report.txt"))
    assert said_inside(r, "risks to price stability are now balanced") == "Central Bank of Armenia"


# Round 59 and 60 (benchmarks/probes/round-59a ... round-60c): each test fails at 97335eb.

def test_a_lawyer_by_counsel_and_a_prosecutor_by_state_advocate(extractor):
    # ("Counsel for the union, Chikondi Kachale," and "Counsel for the board, Kondwani Mwale,";
    # "Kachale dismissed the argument outside court. '...,' the lawyer said": counsel is a
    # lawyer, and of two the one named last)
    r = extractor.extract(probe_article("round-59a/07-nyasatimes-tobacco-levy-court.txt"))
    assert said_inside(r, "Then let the board ask Parliament") == "Chikondi Kachale"
    # ("State advocate Ndeshipanda Shikongo" is "the prosecutor")
    r = extractor.extract(probe_article("round-59a/10-thenamibian-fishing-quota-judgment.txt"))
    assert said_inside(r, "The defence had every opportunity.") == "Ndeshipanda Shikongo"


def test_a_union_leader_by_a_union_office(extractor):
    # ("CMF General Secretary Joseph Kapembwa", the "Copperbelt Mineworkers' Federation (CMF)":
    # "the union leader shot back")
    r = extractor.extract(probe_article("round-59a/06-lusakatimes-copperbelt-mine-stake.txt"))
    assert said_inside(r, "Going well for who?") == "Joseph Kapembwa"
    # (initials the recogniser cut the name before: "The Botswana Diamond and Allied Workers
    # Union (BODAWU)", then "BODAWU secretary general Onkemetse Ramotswa")
    r = extractor.extract(probe_article("round-59a/11-mmegi-diamond-workers-wage-dispute.txt"))
    assert said_inside(r, "The sales came in") == "Onkemetse Ramotswa"


def test_an_envoy_and_a_prosecutor_by_their_offices(extractor):
    # ("The EU's special representative in Bosnia, Katarina Lindqvist, ... . The envoy urged";
    # a headline's "Bosnian Prosecutor", no office of its own, is the "Chief State Prosecutor")
    r = extractor.extract(probe_article("round-59b/02-rferl-bosnia-coal-plant-tender.txt"))
    assert said_inside(r, "the Federation government to publish the contract") == "Katarina Lindqvist"
    assert said_inside(r, "Was Written For One Bidder") == "Amra Hadžiomerović"


def test_prosecutors_are_the_prosecuting_office_the_text_names(extractor):
    # (a headline's "Kosovo Prosecutors Say", which the recogniser ran into a body's name)
    r = extractor.extract(probe_article("round-59b/01-balkaninsight-kosovo-grid-bribes.txt"))
    assert said_inside(r, "Ex-Grid Boss Demanded Cut of Every Contract").startswith("Special Prosecution")
    # ("According to prosecutors": Romania's "National Anticorruption Directorate (DNA)")
    r = extractor.extract(probe_article("round-59b/08-romaniainsider-constanta-dna-wind-permits.txt"))
    assert said_inside(r, "to a company administered by Ioana Popescu") == "National Anticorruption Directorate"


def test_a_body_by_its_initials_before_its_noun(extractor):
    # ("the ruling Serbian Progressive Party (SNS)", initials in its own language; "The SNS
    # distanced itself from its former official. The party said")
    r = extractor.extract(probe_article("round-59b/03-n1-serbia-heating-firm-indictment.txt"))
    assert said_inside(r, "had left its main board in 2021") == "Serbian Progressive Party"


def test_an_office_the_parse_split_from_its_holder(extractor):
    # ("Queensland's Minister for Local Government, Annika Rourke," set off from "Government")
    r = extractor.extract(probe_article("round-59c/01-abcnews-townsville-council-chief-executive.txt"))
    assert said_inside(r, "Councils are elected to govern themselves") == "Annika Rourke"
    # ("Minister for Housing, Local Government and Heritage Declan Furlong": the office, not
    # "Heritage"; a headline's "Minister for Housing" is him, not the "Minister of State for
    # Housing, Aoife Brennan,")
    r = extractor.extract(probe_article("round-41c/10-irishtimes-rent-pressure-zones.txt"))
    assert said_inside(r, "20,000 new rental homes") == "Declan Furlong"


def test_interviews_by_a_dash_and_by_a_paper_that_spoke_to_one(extractor):
    # (Folha's "Almeida Prado — Because the bill arrives now.")
    r = extractor.extract(probe_article("round-60b/02-folha-sao-paulo-bus-fare.txt"))
    assert said_inside(r, "We will comply, and we will appeal") == "Fernando Luiz de Almeida Prado"
    # ("Kathimerini spoke to Giorgos Papageorgiou, ..." then "Q: ... // A: ...": his answers)
    r = extractor.extract(probe_article("round-59b/09-kathimerini-farm-subsidy-eppo.txt"))
    assert said_inside(r, "We waited months for our payments") == "Giorgos Papageorgiou"


def test_french_speaking_lawyers_prefects_and_unionists(extractor):
    # ("Me Carline Joseph-Bellegarde", an interview's "Me Joseph-Bellegarde: ...")
    r = extractor.extract(probe_article("round-60c/10-lenouvelliste-port-au-prince-gang-attack.txt"))
    assert said_inside(r, "we lack men and we lack equipment") == "Carline Joseph-Bellegarde"
    # ("The prefect of the department of Tivaouane, Ibrahima Ka,")
    r = extractor.extract(probe_article("round-60c/11-aps-kayar-fishermen-trawlers.txt"))
    assert said_inside(r, "calm but closely monitored") == "Ibrahima Ka"


def test_a_broader_word_that_fits_two_names_neither(extractor):
    # ("Lee Ji-won, an economist at Hanbit Securities" and "Park Sang-hoon, head of fixed income
    # research at Daehan Research, ... . // '...,' the analyst said": both fit by the broader
    # word, now that a role set off keeps what it is of, so neither, not the economist)
    r = extractor.extract(probe_article("round-60a/09-yonhap-bok-rate-freeze.txt"))
    assert said_inside(r, "If the won breaks 1,400 per dollar again") == "analyst"
    # (Kyodo's dateline "TOKYO, July 8 Kyodo -" no part of his role: "The minister")
    r = extractor.extract(probe_article("round-60a/08-kyodo-japan-us-auto-tariffs.txt"))
    assert said_inside(r, "as long as it takes") == "Hiroshi Kanemura"


def test_the_one_asked_answers_and_a_cabinet_secretary_is_a_minister(extractor):
    # ("Asked by the judge whether he had anything to add ..., Yann Le Floch stood once more.
    # '...,' he said": not the judge)
    r = extractor.extract(probe_article("round-60c/04-lemonde-breton-mayor-trial-brothers.txt"))
    assert said_inside(r, "I did not take one euro from Plouvenec") == "Yann Le Floch"
    # (a standfirst's "Agriculture minister says" of Kenya's "Agriculture Cabinet Secretary
    # Samuel Kiprotich")
    r = extractor.extract(probe_article("round-36c/12-aljazeera-kenya-gene-edited-maize.txt"))
    assert said_inside(r, "the government will appeal a ruling") == "Samuel Kiprotich"


def test_portuguese_names_of_four_words_and_officers_by_rank(extractor):
    # ("Military Police spokesman Lieutenant Colonel Marcos Vinícius Teles Guimarães", cut in
    # two by the recogniser; "According to the officer": the colonel)
    r = extractor.extract(probe_article("round-60b/03-oglobo-rio-police-raid-cajueiro.txt"))
    assert said_inside(r, "and only responded to unjust aggression") == "Marcos Vinícius Teles Guimarães"
    # ("Colonel Sidiki Dembélé, the junta's spokesman, ... . The officer said")
    r = extractor.extract(probe_article("round-60c/02-rfi-mali-junta-plot-arrests.txt"))
    assert said_inside(r, "remains an objective of the transition") == "Sidiki Dembélé"


def test_a_given_name_after_a_lower_case_title_joins_the_name(extractor):
    r = extractor.extract("Raid condemned\n\nRIO — Public defender Ana Paula de Souza Lima said residents "
                          "had reported abuses. Souza Lima said the office would sue.\n")
    assert [s.name for s in r.speakers] == ["Ana Paula de Souza Lima"]


# Round 61 (benchmarks/probes/round-61a ... round-61c): each test fails at ee8ce52.

def test_a_body_whose_name_ends_in_a_players_position_and_a_description_set_off_after_it(extractor):
    # ("Keystone Forward, a super PAC backing Lomax,": no forward, and no Lomax)
    r = extractor.extract(probe_article("round-61a/08-cnn-pennsylvania-senate-ads.txt"))
    assert said_inside(r, "would put another $12 million into the state") == "Keystone Forward"
    # ("U.S. Customs and Border Protection, a component of DHS, said", the source cut to the
    # description; "Ranking Member Miriam Osei (D-NJ) accused", the title a verb in the parse)
    r = extractor.extract(probe_article("round-61a/04-breitbart-border-hearing.txt"))
    assert said_inside(r, "declined for the fourth consecutive month") == "U.S. Customs and Border Protection"
    assert said_inside(r, "staging a show for cable news") == "Miriam Osei"
    # (a title-case headline's "Rep. Castellanos Grills DHS Official" is no second
    # representative: "The three-term congressman" is Ron Castellanos)
    assert said_inside(r, "from a dozen agents in three sectors") == "Ron Castellanos"


def test_one_surnamed_and_prosecutors_of_a_procuratorate(extractor):
    # ("A Kinmen resident surnamed Wu told the Global Times")
    r = extractor.extract(probe_article("round-61b/04-globaltimes-taiwan-affairs-office.txt"))
    assert said_inside(r, "many islanders were tired of the drills") == "Wu"
    # ("the Tianjin People's Procuratorate", typed a building: "According to the prosecutors")
    r = extractor.extract(probe_article("round-61b/03-chinadaily-court-bribery-verdict.txt"))
    assert said_inside(r, "through a network of consultancy firms") == "Tianjin People's Procuratorate"


def test_roles_by_other_words(extractor):
    # (a headline's "Hong Kong finance chief" is the "Financial Secretary": the place is no
    # name the role must hold)
    r = extractor.extract(probe_article("round-61b/05-scmp-hong-kong-budget-levy.txt"))
    assert said_inside(r, "vacant-flat levy about fairness") == "Raymond Chan Siu-ming"
    # (a human rights commissioner is "The Ukrainian ombudsman")
    r = extractor.extract(probe_article("round-61c/10-reuters-ukraine-russia-prisoner-swap.txt"))
    assert said_inside(r, "more than 8,000 Ukrainians were still held") == "Dmytro Lubinets"
    # (a deputy chairman "of the House of Representatives" is "the parliamentarian")
    r = extractor.extract(probe_article("round-61c/05-belta-lukashevich-union-state-gas-prices.txt"))
    assert said_inside(r, "integration was only on paper") == "Oleg Vertinsky"
    # ("China CDC expert" is "the pediatric specialist"; "administrator of the Wisconsin
    # Elections Commission" is "The administrator")
    r = extractor.extract(probe_article("round-61b/02-cgtn-health-commission-flu-season.txt"))
    assert said_inside(r, "Parents should not wait") == "Gao Jianfeng"
    r = extractor.extract(probe_article("round-61a/11-npr-wisconsin-voter-rolls.txt"))
    assert said_inside(r, "she reported them to Capitol Police") == "Colleen Ashby"


def test_a_russian_name_with_its_patronymic_left_untyped(extractor):
    # ("Alexei Nikolayevich Dubrovin, First Deputy Chairman of the State Duma Committee on
    # Agrarian Issues, took a softer line. '...,' the lawmaker told TASS": not the other deputy
    # chairman quoted before)
    r = extractor.extract(probe_article("round-61c/01-tass-lavrenov-grain-corridor.txt"))
    assert said_inside(r, "Export routes exist, and they work") == "Alexei Nikolayevich Dubrovin"


def test_a_name_set_off_after_the_speakers_is_not_theirs(extractor):
    # ("A second lawyer, Arkady Shestakov, who represents Korolyov's co-defendant, businessman
    # Oleg Pasternak, said his client ...")
    r = extractor.extract(probe_article("round-61c/03-interfax-court-extends-arrest-deputy-governor.txt"))
    assert said_inside(r, "had agreed to cooperate with the investigation") == "Arkady Shestakov"


def test_a_pronoun_after_the_description_its_sentence_opens_with(extractor):
    # ("The former attorney general, 58, has built her campaign around crime and what she calls
    # '...'": the former attorney general, not the adviser quoted before)
    r = extractor.extract(probe_article("round-61a/03-politico-georgia-governor-primary.txt"))
    assert said_inside(r, "a government that answers the phone") == "Lorraine Batiste"
    # (but "The chairman, he said, '...'": the spokesman, who reports what the chairman did)
    r = extractor.extract(probe_article("round-49c/02-washingtonpost-grid-hearing.txt"))
    assert said_inside(r, "has been raising grid reliability") == "Kyle Benning"


def test_a_report_made_before_the_one_that_holds_it(extractor):
    # (a description for its source: "She said the chairman had told her in July that he
    # would 'keep SNAP out of it'")
    r = extractor.extract(probe_article("round-61a/09-thehill-house-farm-bill.txt"))
    assert said_inside(r, "keep SNAP out of it") == "Mark Ellsworth"
    # (the that-clause the parse hung on a noun: "Karataş said Nurlanov had told him during the
    # talks that Kazakh rail operators '...'")
    r = extractor.extract(probe_article("round-31c/12-anadolu-middle-corridor.txt"))
    assert said_inside(r, "Kazakh rail operators") == "Aibek Nurlanov"
    # (the verb the tagger left out of the content it holds: "Brenninkmeyer said Vollrath had
    # told council members at a meeting on Monday that no decision ...")
    r = extractor.extract(probe_article("round-53b/03-ft-rhenwerk-plant-closures.txt"))
    assert said_inside(r, "no decision had been taken on the Saarbrücken site") == "Sabine Vollrath"
    # (a quote the parse made the clause of such a report is read as quotes are, once: 'Halloran
    # had told him: "I'm not a murderer, mate. Ask anyone who knows me."')
    r = extractor.extract(probe_article("round-52b/09-smh-parramatta-stabbing-trial.txt"))
    told = [a for a in r.attributions if a.speaker == "Brendan Halloran" and "Ask anyone" in a.content.text]
    assert [len(a.content.spans) for a in told] == [1]
    # (not one told, nor a report joined to it: "the health secretary had been warned about
    # staffing 'repeatedly and in writing'", "Tripoli had insisted on '...' and that his
    # delegation had 'refused to legitimise a fraud in advance'")
    r = extractor.extract(probe_article("round-46b/05-bbc-maternity-staffing.txt"))
    assert said_inside(r, "repeatedly and in writing") == "Nia Gwynedd"
    r = extractor.extract(probe_article("round-45a/09-thenational-libya-election-talks.txt"))
    assert said_inside(r, "refused to legitimise a fraud in advance") == "Faraj Idris Al Obeidi"


# Round 62 (benchmarks/probes/round-62a ... round-62c): each test fails at ee8ce52.

def test_the_judges_are_the_one_court_and_an_office_by_its_initials(extractor):
    # ("the Federal Constitutional Court ... . The judges said")
    r = extractor.extract(probe_article("round-62c/01-dw-berlin-coalition-budget-row.txt"))
    assert said_inside(r, "failed to demonstrate a sufficient link") == "Federal Constitutional Court"
    # ("Attorney General for Pakistan Mian Tariq Mehmood Awan" is "the AG": the office's
    # initials before what it is for)
    r = extractor.extract(probe_article("round-62b/01-dawn-sc-tribunal-transfers.txt"))
    assert said_inside(r, "he would seek instructions") == "Tariq Mehmood Awan"


def test_a_peer_and_the_tanaiste(extractor):
    # ("Lord Strathallan, the Conservative former Lord Chancellor, said ... . The veteran peer
    # ... recalled")
    r = extractor.extract(probe_article("round-62a/04-times-lords-judicial-review-defeat.txt"))
    assert said_inside(r, "about a week of sensible reflection") == "Strathallan"
    # ("The Tánaiste has told the Dáil ...", then "Siobhán Carey said": a title of Irish
    # government, like "Taoiseach Donal Brennan")
    r = extractor.extract(probe_article("round-62a/09-rte-dail-leaders-questions-rent.txt"))
    assert said_inside(r, "rent pressure zone rules will be extended") == "Siobhán Carey"


# Round 63 (benchmarks/probes/round-63a ... round-63c): each test fails at 17f9ef5.

def test_a_lawmaker_by_any_word_for_a_member_of_a_legislature(extractor):
    # ("MK Yehoshua Klinger" of the Knesset is "the veteran lawmaker", as an MP or a senator is)
    r = extractor.extract(probe_article("round-63b/01-timesofisrael-coalition-budget-standoff.txt"))
    assert said_inside(r, "We can wait three more weeks") == "Yehoshua Klinger"
    assert said_inside(r, "The government is negotiating with itself") == "Dror Shaltiel"
    # ("Kisumu Central MP Hon. Daniel Ogola Opiyo" is "the legislator")
    r = extractor.extract(probe_article("round-63c/01-dailynation-kisumu-budget-standoff.txt"))
    assert said_inside(r, "Nobody in Kisumu elected us to fight") == "Daniel Ogola Opiyo"


def test_a_relative_clause_is_no_content_and_an_object_after_the_clause_none(extractor):
    # ("Ferrari had told him ... that wages would be updated 'every three months without
    # exception,' a promise that, according to the union leader, had 'not been kept once'": the
    # promise is no claim with content, and "a promise" no object told)
    r = extractor.extract(probe_article("round-63a/06-clarin-ferrari-radio-mitre-general-strike.txt"))
    assert said_inside(r, "every three months without exception") == "Ferrari Bustos"
    assert said_inside(r, "not been kept once") == "Benítez"


def test_an_office_by_the_initials_of_its_last_words_and_a_name_addressed_after_a_role(extractor):
    # ("Kenya's Cabinet Secretary for Investments, Trade and Industry, Mr Peter Kamau Gachanja" is
    # "the CS")
    r = extractor.extract(probe_article("round-63c/08-eastafrican-sugar-tariff-row.txt"))
    assert said_inside(r, "We are not against Ugandan sugar") == "Peter Kamau Gachanja"
    # (ranks alone are no name: "Hon. Lt Gen (Rtd) Fred Kasirye Mugume")
    assert said_inside(r, "every consignment leaving Ugandan factories") == "Fred Kasirye Mugume"
    # ("the Ilemela District Commissioner, Mr Elias Mwita Chacha, and fisheries officers", the
    # name the parse joined to the role, is "the DC")
    r = extractor.extract(probe_article("round-63c/06-citizen-mwanza-fish-levy.txt"))
    assert said_inside(r, "We will listen to every trader who comes") == "Elias Mwita Chacha"


def test_a_defence_lawyers_client_a_husband_and_the_lawyer_of_a_role(extractor):
    # ("Defense lawyer Mubarak Al-Enezi ... added that his client had told him ...": the one
    # defendant, "the defendant, Khaled Fahad Al-Otaibi, 56,")
    r = extractor.extract(probe_article("round-63b/11-kuna-cassation-refinery-graft-ruling.txt"))
    assert said_inside(r, "never signed any contract alone") == "Khaled Fahad Al-Otaibi"
    # ('"...," Priya Menon said. ... Her husband said': the other Menon)
    r = extractor.extract(probe_article("round-63b/06-gulfnews-dubai-developer-refund-ruling.txt"))
    assert said_inside(r, "give courage to other buyers") == "Rajesh Menon"
    # (a court's panel is the court: "The three-judge panel said in its reasoning")
    assert said_inside(r, "for purposes unrelated to the project") == "Dubai Court of First Instance"
    # (a headline's "the MP's lawyer" is "Mr Anyira's lawyer, Ms Njeri Kamau Wahome", Anyira
    # the MP; not the petitioner's lawyer)
    r = extractor.extract(probe_article("round-63c/02-standard-lurambi-petition-ruling.txt"))
    assert said_inside(r, "go to the Court of Appeal") == "Njeri Kamau Wahome"


def test_a_lawyer_is_no_prosecutor(extractor):
    # ("the senior advocate" after Mr Lubega, lead counsel, is not "Senior Principal State
    # Attorney Ms Joan Birungi Atuhaire")
    r = extractor.extract(probe_article("round-63c/05-dailymonitor-wakiso-cao-trial.txt"))
    assert said_inside(r, "He is not going anywhere") == "Isaac Kato Lubega"
    # (a standfirst's "His lawyer" is the defence counsel, not the State advocate)
    r = extractor.extract(probe_article("round-59a/10-thenamibian-fishing-quota-judgment.txt"))
    assert said_inside(r, "he will challenge the conviction") == "Elise Gawanas"


def test_gulf_titles_of_address(extractor):
    # ("H.E. the Minister added", "H.E. Eng. Obaid bin Rashid Al Falasi, Minister of Energy and
    # Infrastructure,": the role set off after the titles; "ECPC chief" the "CEO of ECPC")
    r = extractor.extract(probe_article("round-63b/09-wam-uae-kazakhstan-solar-agreement.txt"))
    assert said_inside(r, "energy transition is a shared responsibility") == "Obaid bin Rashid Al Falasi"
    assert said_inside(r, "first phase will reach the grid in 2027") == "Mariam Obaid Al Romaithi"
    # ("HE the Speaker stressed", the parse making "HE" a pronoun beside the subject)
    r = extractor.extract(probe_article("round-63b/10-qna-shura-council-budget-session.txt"))
    assert said_inside(r, "exercise its constitutional role in full") == "Mohammed bin Jassim Al Khulaifi"
    # ("Hojatoleslam Ahmad Mousavi-Tabar" is "the cleric")
    r = extractor.extract(probe_article("round-63b/04-irna-majlis-budget-outlines.txt"))
    assert said_inside(r, "We have heard these optimistic numbers") == "Ahmad Mousavi-Tabar"


def test_a_dateline_set_off_by_slashes_and_a_lede_role_for_the_headline(extractor):
    # (The National's "ABU DHABI // The Minister of Human Resources and Emiratisation told ...":
    # the description, named in the next paragraph, is the headline's "minister")
    r = extractor.extract(probe_article("round-63b/08-thenational-fnc-emiratisation-debate.txt"))
    assert said_inside(r, "targets requiring private companies") == "Saif bin Khalifa Al Dhaheri"
    assert said_inside(r, "Emiratisation targets will not be lowered") == "Saif bin Khalifa Al Dhaheri"
    # (a source the tagger cut to the object of its noun's "for": "with Japan's state minister
    # for trade describing the Emirates as ...")
    r = extractor.extract(probe_article("round-48c/06-thenational-hydrogen-pact.txt"))
    assert said_inside(r, "the partner we trust most") == "Hiroshi Takemura"


def test_a_name_after_a_common_noun_made_a_subject(extractor):
    # ("Elections Watch Kenya coordinator Mr Dennis Ouma Achola said", "Elections" the subject
    # of "Watch" in the parse)
    r = extractor.extract(probe_article("round-63c/02-standard-lurambi-petition-ruling.txt"))
    assert said_inside(r, "push the commission to digitise") == "Dennis Ouma Achola"


def test_a_portfolio_typed_a_person_and_names_the_recogniser_cut(extractor):
    # ("The Minister of Justice and Law, Ricardo Salgado Peñuela,": "Law" no person, the given
    # names left out of "Peñuela" his; the headline's "Justice minister" and "The minister")
    r = extractor.extract(probe_article("round-63a/07-eltiempo-constitutional-court-emergency-decree.txt"))
    assert said_inside(r, "We respect it, but we do not share it") == "Ricardo Salgado Peñuela"
    assert said_inside(r, "with the same content and the same urgency") == "Ricardo Salgado Peñuela"
    # ("Federal Minister for Law and Justice Engr Shahid Latif Bhutta": "Engr Shahid" + "Latif
    # Bhutta" one name, his office before it)
    r = extractor.extract(probe_article("round-62b/01-dawn-sc-tribunal-transfers.txt"))
    assert said_inside(r, "We will present our record in court") == "Shahid Latif Bhutta"
    # ("..., Federal Minister for Finance and Revenue Dr Ayesha Rauf Siddiqui, ...": her office,
    # not the one listed before hers, is "the finance minister")
    r = extractor.extract(probe_article("round-36b/04-app-textile-exports-uae.txt"))
    assert said_inside(r, "all verified refunds will be paid within 72 hours") == "Ayesha Rauf Siddiqui"


def test_a_state_assembly_member_is_a_lawmaker(extractor):
    # ("Assemblymember Carla Dunphy" is "the three-term lawmaker", not the state senator
    # quoted before her, now that "the lawmaker" may be a senator)
    r = extractor.extract(HEADLINE + "State Sen. Ramón Ochoa, D-Fresno, said the cuts would close clinics. "
                          "\"We were promised a fix,\" Ochoa said.\n\nAssemblymember Carla Dunphy, "
                          "R-Bakersfield, called the cuts \"a slow-motion closure notice\" for her district. "
                          "\"How is a family in Kern County supposed to plan?\" the three-term lawmaker said.")
    assert said_inside(r, "How is a family in Kern County") == "Carla Dunphy"


def test_a_standfirsts_company_is_the_headlines_subject(extractor):
    # (a standfirst's "The company says" where no company is named as one: the headline's
    # subject, by the full name the body gives it)
    r = extractor.extract("Tarrow Audio is recalling 90,000 earbuds after reports of hot cases\n\n"
                          "The company says it has received 40 reports of cases overheating\n\n"
                          "LONDON (Reuters) - Tarrow Audio Ltd. will replace the cases for free, a "
                          "spokeswoman, Ines Moor, said on Thursday.")
    assert said_inside(r, "it has received 40 reports") == "Tarrow Audio Ltd."
    # (not a headline's body by its noun: "Union slams Tarrow Audio")
    r = extractor.extract("Union slams Tarrow Audio over recall\n\n"
                          "The company says it has received 40 reports of cases overheating\n\n"
                          "LONDON (Reuters) - The union said the recall came too late.")
    assert said_inside(r, "it has received 40 reports") == "company"


# Round 65 (benchmarks/probes/round-65a ... round-65c): each test fails at a32871b.

def test_an_alderman_and_a_councillor_by_their_abbreviated_titles(extractor):
    # ("Ald. Patrick Donnelly, 14th, who sponsored the ordinance," is no "Ald")
    r = extractor.extract(probe_article("round-65a/09-chicagotribune-snap-curfew-ordinance.txt"))
    assert said_inside(r, "the city had spent three summers") == "Patrick Donnelly"
    assert said_inside(r, "she shared some of Wilkes' concerns") == "Maria Szymanski"
    # (nor "Greater Sudbury Coun. Angela Rossi" a "Greater Sudbury Coun")
    r = extractor.extract(probe_article("round-36c/07-cbc-northshield-nickel-layoffs.txt"))
    assert said_inside(r, "felt like 2009 all over again") == "Angela Rossi"


def test_a_label_before_a_colon_and_a_subject_a_quotation_opens_inside_are_no_one(extractor):
    # (Axios's "The intrigue: Pryor, who voted against that earlier version, said": Pryor)
    r = extractor.extract(probe_article("round-65a/07-axios-denver-right-on-red-ban.txt"))
    assert said_inside(r, "he is undecided this time") == "Deshawn Pryor"
    # (the parse's subject of "urged", 'a blanket ban "risks', is no one)
    r = extractor.extract("Denver merchants split on ban\n\nDENVER — Business owners are split over a ban on "
                          "right turns at red lights.\n\nThe Downtown Denver Merchants Council said in a statement "
                          "that a blanket ban \"risks pushing delivery trucks onto residential side streets\" and "
                          "urged a pilot on a handful of corridors instead.")
    assert said_inside(r, "a pilot on a handful of corridors instead") == "Downtown Denver Merchants Council"


def test_a_companys_name_run_on_into_its_owners_s_and_a_company_word(extractor):
    # ("Tamarack Ridge Mining Corp.'s nickel operations" names a company by a company's word:
    # "the Toronto-based company")
    r = extractor.extract(probe_article("round-65c/10-globeandmail-tamarack-sudbury-strike.txt"))
    assert said_inside(r, "Our current employees' pensions are fully protected") == "Tamarack Ridge Mining Corp."
    # ("Kaveri Infosystems", typed a person, is "the Bengaluru-based company")
    r = extractor.extract(probe_article("round-65c/07-economictimes-kaveri-q2-results.txt"))
    assert said_inside(r, "Revenue rose 5.1% year-on-year") == "Kaveri Infosystems"


def test_a_translation_according_to_which_one_spoke_is_no_speaker(extractor):
    # ('"...," he said, according to an AFP translation from Arabic. "But we ask ...': his)
    r = extractor.extract(probe_article("round-65b/02-afp-tangier-mayor-verdict.txt"))
    assert said_inside(r, "But we ask why one file moves in six months") == "Aziz Chraibi"


def test_the_mayor_is_not_the_former_mayor(extractor):
    # ("Former Mayor Harold Benavides", whom a quote calls "Mayor Benavides", is not "the mayor"
    # where Mayor Evelyn Cho is named too)
    r = extractor.extract(probe_article("round-65a/08-latimes-council-expansion-fight.txt"))
    assert said_inside(r, "L.A. has outgrown a 15-seat council") == "Evelyn Cho"
    # ("The former director's lawyer, Besnik Gashi," is a lawyer all the same: "his lawyer")
    r = extractor.extract(probe_article("round-59b/01-balkaninsight-kosovo-grid-bribes.txt"))
    assert said_inside(r, "built on the word of a convicted fraudster") == "Besnik Gashi"


def test_a_report_inside_a_report_the_parse_read_as_a_relative_clause(extractor):
    # ("Okafor ... said Mayor Anthony Galvano had told her in a Sunday phone call that he would
    # "take one year over nothing."": "call that he would take" is no relative clause)
    r = extractor.extract(probe_article("round-65a/05-politico-albany-mayoral-control-deal.txt"))
    assert said_inside(r, "take one year over nothing") == "Anthony Galvano"
    # (and where the tagger left the inner report's source and cue out of the outer content:
    # "Boone also said the bill's Senate sponsor, state Sen. Curtis Vail (R), had privately
    # acknowledged to her during floor debate that the law "would ...")
    r = extractor.extract(probe_article("round-65a/06-thehill-missouri-ballot-initiative-law.txt"))
    assert said_inside(r, "would probably end up in court either way") == "Curtis Vail"


def test_a_chief_executive_by_the_role_and_a_business_boss(extractor):
    # ("Vellane's chief executive" is "chief executive Claire Martineau", not "Vellane's chairman")
    r = extractor.extract(probe_article("round-65c/09-lesechos-vellane-flour-cartel.txt"))
    assert said_inside(r, "the group will appeal") == "Claire Martineau"
    # ("Harbourline boss: '...'" is "Harbourline chief executive Fiona Gallagher")
    r = extractor.extract(probe_article("round-65c/11-afr-harbourline-hardship-penalty.txt"))
    assert said_inside(r, "We failed thousands of customers") == "Fiona Gallagher"


def test_a_name_the_recogniser_cut_in_two_with_nothing_between(extractor):
    # ("... government spokesman, Adnan Salem Nsour," typed "Adnan Salem" and "Nsour": one name)
    r = extractor.extract(probe_article("round-65b/05-arabnews-jordan-electricity-tariffs.txt"))
    assert said_inside(r, "listen to every objection before the final vote") == "Adnan Salem Nsour"


def test_the_judges_are_the_court_named_before(extractor):
    # ("The court found ... . The judges wrote in their ruling that ...": the Düsseldorf Regional Court)
    r = extractor.extract(probe_article("round-65c/08-handelsblatt-falkenberg-patent-appeal.txt"))
    assert said_inside(r, "too extensive to be explained by independent development") == "Düsseldorf Regional Court"


def test_an_answers_mark_is_no_speaker(extractor):
    # (a lone "Q: ...? // A: "..."" exchange after Axios's run-in headings: "A" is no one)
    r = extractor.extract(probe_article("round-41c/02-axios-stock-trading-ban.txt"))
    assert said_inside(r, "Promises are cheap around here") is None


# Round 66 (benchmarks/probes/round-66a ... round-66c): each test fails at d5268ad.

def test_a_name_set_off_after_a_description_the_recogniser_typed_otherwise(extractor, fast_extractor):
    # ("Another witness, the neighbour Sophie Kellaway," typed a building; "Another returnee,
    # Zarmina," a place)
    r = extractor.extract(probe_article("round-66c/04-guardian-salford-stabbing-trial.txt"))
    assert said_inside(r, "she had heard two male voices") == "Sophie Kellaway"
    r = extractor.extract(probe_article("round-66b/09-tolonews-returnees-land-shelter.txt"))
    assert said_inside(r, "her husband had been detained by police in Karachi") == "Zarmina"
    # (not after a body's name, where the parse made a list of subjects appositions: "The
    # Congressional Black Caucus, former governor L. Douglas Wilder - ... - and ...")
    r = fast_extractor.extract("Harbour plan faces opposition\n\nCORK — Opposition is growing.\n\nThe "
                               "Congressional Black Caucus, former governor L. Douglas Wilder - himself the "
                               "first black governor since Reconstruction - and Lt. Gov. Ralph Northam (D) all "
                               "lined up behind him.")
    assert said_inside(r, "behind him") == "Congressional Black Caucus"
    # ("The national federation, Athletics Britain," typed a place, the noun tagged a name)
    r = extractor.extract(probe_article("round-66a/03-guardian-brierley-doping-ban.txt"))
    assert said_inside(r, "fully respects the independent process") == "Athletics Britain"


def test_a_body_by_its_noun_after_it_said_something(extractor):
    # ("Bristol Harbour said ... . The club said": a club may be what a report's subject is)
    r = extractor.extract(probe_article("round-66a/04-theathletic-bristol-harbour-frozen-pitch.txt"))
    assert said_inside(r, "shares the players’ frustration") == "Bristol Harbour"
    # ("The WCF said in a statement ... . The governing body added")
    r = extractor.extract(probe_article("round-66a/05-reuters-aaltonen-stripped-stage-win.txt"))
    assert said_inside(r, "it had no power to overturn a jury decision") == "World Cycling Federation"


def test_an_interviewee_named_by_a_surname_that_says_things_elsewhere(extractor):
    # ("In a brief interview, Poudel explained ...", "Poudel" typed an organisation: the answers
    # are his, not those of the first person the text names)
    r = extractor.extract(probe_article("round-66b/12-ap-nepal-teachers-protest.txt"))
    assert said_inside(r, "We are ready to talk any time") == "Lakshman Sharma Poudel"
    # ("Opposition lawmaker Sita Kumari Gurung, whose party backs the teachers, accused": hers)
    assert said_inside(r, "hiding behind tear gas") == "Sita Kumari Gurung"


def test_a_relative_clause_with_a_preposition_ends_a_source(extractor):
    # ("Justice Anne Wexley, with whom Justices Peter Gallard and Simon Ng agreed, said")
    r = extractor.extract(probe_article("round-66c/07-smh-penrith-hit-and-run-appeal.txt"))
    assert said_inside(r, "because he had driven badly once") == "Anne Wexley"


def test_an_untyped_name_after_a_title_and_a_role_by_the_bodys_initials(extractor):
    # ("BCB President Syed Ashfaqul Haque Chowdhury", four untyped words, is "The board
    # president", by the "Bangladesh Cricket Board" the initials stand for; "Former BCB president
    # Mustafizur Rahman Chowdhury" the headline's "former board chief")
    r = extractor.extract(probe_article("round-66b/05-bdnews24-bcb-squad-row.txt"))
    assert said_inside(r, "kept informed through the proper channel") == "Syed Ashfaqul Haque Chowdhury"
    assert said_inside(r, "board and captain should not talk through newspapers") == "Mustafizur Rahman Chowdhury"
    # ("a day after Sinnar MLA Rajendra Bhausaheb Gaikwad alleged": a subject, no object of "after")
    r = extractor.extract(probe_article("round-40b/01-timesofindia-nashik-tanker-scam.txt"))
    assert said_inside(r, "nearly Rs 14 crore had been siphoned off") == "Rajendra Bhausaheb Gaikwad"


def test_a_predecessor_and_an_assistant_us_attorney(extractor):
    # ("his predecessor claims ..." of "Dennison's predecessor Mick Farrant")
    r = extractor.extract(probe_article("round-66a/01-bbcsport-sheffield-albion-dennison.txt"))
    assert said_inside(r, "the dressing room has lost its way") == "Mick Farrant"
    # (a predecessor holds no office of his own: "the veteran lawmaker" may be him)
    r = extractor.extract(HEADLINE + "Prime Minister Aiko Morimoto named Kenta Nomura as foreign minister. His "
                          "predecessor, Koichi Sakai, said he had handed Nomura a full briefing.\n\n\"He is "
                          "younger than me,\" the veteran lawmaker said with a laugh.")
    assert said_inside(r, "He is younger than me") == "Koichi Sakai"
    # ("Assistant U.S. Attorney Rebecca Lindqvist" is "the prosecutor")
    r = extractor.extract(probe_article("round-66c/01-ap-phoenix-charity-fraud-sentence.txt"))
    assert said_inside(r, "He did not come forward. He was found") == "Rebecca Lindqvist"


# Round 67 (benchmarks/probes/round-67a ... round-67c): fails at cfe32f9.

def test_a_name_set_off_after_a_role_by_initials_the_parse_made_an_object(extractor):
    # ("The Labour MP for Ashton-under-Lyne, Kieran Walsh, who has been campaigning ...", the
    # name the parse's object of "for": his, not the Labour MP named before)
    r = extractor.extract(probe_article("round-67a/11-men-oldham-by-election-campaign.txt"))
    assert said_inside(r, "not complacent about a single vote") == "Kieran Walsh"


# Round 68 (benchmarks/probes/round-68a ... round-68c): fails at 253d7e4.

def test_a_publication_that_spoke_to_the_one_it_interviews(extractor):
    # ("The Herald spoke to Marsters-Grey after the speech. // Q: ... // A: ...": the answers are
    # hers, the questions the paper's; the paper, typed a person, took the answers)
    r = extractor.extract(probe_article("round-68a/09-nzherald-pacific-aid-foreign-minister.txt"))
    assert said_inside(r, "Countries in the Pacific are not pieces") == "Helen Marsters-Grey"
    assert said_inside(r, "doubled since 2019") == "Herald"


def test_names_the_recogniser_cut_or_ran_on(extractor):
    # ("Charles-Éric de Souza, a lawyer for ...": all of the hyphenated given name, so the
    # headline's "Lawyer" is him; "Prime Minister Willie Tamata" + "Nakou", a place: one man, the
    # headline's "Vanuatu PM", typed a person; "Tui Nadroga Ratu" + "Epeli Naqasima": the name
    # after a chief's titles)
    r = extractor.extract(probe_article("round-68b/12-ap-benin-coup-plot-verdict.txt"))
    assert said_inside(r, "coup plot verdict was written in advance") == "Charles-Éric de Souza"
    r = extractor.extract(probe_article("round-68a/12-reuters-vanuatu-port-deal-review.txt"))
    assert said_inside(r, "will review Chinese-built wharf contract") == "Willie Tamata Nakou"
    assert said_inside(r, "every clause") == "Willie Tamata Nakou"
    r = extractor.extract(probe_article("round-68a/10-fijitimes-cane-growers-payment.txt"))
    assert said_inside(r, "put the farmers before the politics") == "Epeli Naqasima"
    # ("The mayor of Kenscoff, Marie" + "-Flore Saint-Fleur": the name cut inside a hyphenated word)
    r = extractor.extract(probe_article("round-68b/09-lenouvelliste-haiti-kenscoff-operation.txt"))
    assert said_inside(r, "We need the police to stay, not to visit") == "Marie-Flore Saint-Fleur"


def test_offices_set_off_and_typed_bodies(extractor):
    # ("The Minister of Communication, Government Spokesman, Jean-Pierre Ngono Essomba,": both
    # his, so "The Government Spokesman" is him; "Contacted by Cameroon Tribune, the Executive
    # Director of the CDRCA, Barrister Emmanuel Fonkwo Tabi, said": not the paper; "the Minister
    # of Territorial Administration", typed a body, the minister named)
    r = extractor.extract(probe_article("round-68b/11-cameroontribune-voter-registration-report.txt"))
    assert said_inside(r, "The report is a work of fiction") == "Jean-Pierre Ngono Essomba"
    assert said_inside(r, "exercise responsibility and patriotism") == "Jean-Pierre Ngono Essomba"
    assert said_inside(r, "stands by every figure") == "Emmanuel Fonkwo Tabi"
    assert said_inside(r, "would remain open until the last citizen") == "Paul-Aimé Bidzogo Nkolo"
    assert any(s.name == "Jean-Claude Ebolo Mengue" for s in r.speakers)   # ("Honourable" a title)


def test_bodies_by_their_nouns(extractor):
    # ("Mali's ruling junta, the Transitional Council for the Salvation of Mali (CTSM),": the
    # headline's "junta"; "the local NGO Justice for Mining Communities (JCM)", a name after the
    # noun in capitals; "Niger: ..., ministry says", a heading's noun in lower case: the
    # ministry the lede names)
    r = extractor.extract(probe_article("round-68b/03-rfi-mali-transition-extended.txt"))
    assert said_inside(r, "security must come before any election") == "Transitional Council for the Salvation of Mali"
    r = extractor.extract(probe_article("round-68b/07-africanews-drc-kolwezi-evictions.txt"))
    assert said_inside(r, "About 430 families lost their homes") == "Justice for Mining Communities"
    r = extractor.extract(probe_article("round-37a/03-afp-niger-aid-convoy.txt"))
    assert said_inside(r, "11 dead in ambush on aid convoy") == "defence ministry"


def test_heads_and_kickers_of_headlines(extractor):
    # ("The head of the National Freight Security Agency has told ..." in the standfirst: the
    # chief executive the lede names; "Burkina Faso: Labour minister says ...": the minister,
    # not the kicker)
    r = extractor.extract(probe_article("round-68a/03-theaustralian-freight-agency-breach-estimates.txt"))
    assert said_inside(r, "learned of a major data breach from a journalist") == "Nigel Prentergast"
    r = extractor.extract(probe_article("round-68b/04-france24-burkina-general-strike.txt"))
    assert said_inside(r, "strike is illegal in time of war") == "Rasmané Zoungrana-Kaboré"


def test_a_claim_its_owner_made_inside_another_report(extractor):
    # ("Vreeswijk rejected the union's claim that the council had refused to negotiate on pay":
    # the union's, not his; "his hope" stays one report read twice)
    r = extractor.extract(probe_article("round-68a/08-stuff-christchurch-water-workers-strike.txt"))
    assert said_inside(r, "the council had refused to negotiate on pay") == "Aotearoa Municipal Workers Union"


# Round 69 (benchmarks/probes/round-69a ... round-69c): fails at 253d7e4.

def test_a_unions_local_by_its_number(extractor):
    # ("Hospitality Workers United Local 88", "Confectionery and Food Workers Local" + "22": "the
    # union"; "Local 417 President Terrence Boyd" the headline's "union leader")
    r = extractor.extract(probe_article("round-69c/07-latimes-hotel-workers-strike.txt"))
    assert said_inside(r, "spread to every hotel that says no") == "Hospitality Workers United Local 88"
    r = extractor.extract(probe_article("round-69c/08-chicagotribune-candy-plant-strike-vote.txt"))
    assert said_inside(r, "management of threatening to move production") == "Confectionery and Food Workers Local 22"
    r = extractor.extract(probe_article("round-69c/06-ap-philadelphia-transit-strike.txt"))
    assert said_inside(r, "We're out until we get a contract") == "Terrence Boyd"


def test_one_an_agency_quoted_as_saying_and_offices_that_prosecute_or_judge(extractor):
    # ("The official news agency WAM quoted Sheikh Khalid as saying the council would ...", the
    # parse giving "saying" no clause: his words, not the agency's)
    r = extractor.extract(probe_article("round-69b/05-thenational-abu-dhabi-airport-expansion.txt"))
    assert said_inside(r, "fast-track licensing for new carriers") == "Khalid bin Saeed Al Mansoori"
    # ("Federal prosecutors" the "Federal Public Prosecutor's Office"; "The federal court in
    # Itaituba" no "Supreme Federal Court"; "Venezuelan prosecutors" the "Attorney General's
    # Office", typed nothing)
    r = extractor.extract(probe_article("round-69a/08-folha-para-gold-mine-prosecutors.txt"))
    assert said_inside(r, "gold mine license in Pará is illegal") == "Federal Public Prosecutor's Office"
    assert said_inside(r, "had given the company and the state government 72") != "Supreme Federal Court"
    r = extractor.extract(probe_article("round-69a/12-ap-venezuela-opposition-aide-arrest.txt"))
    assert said_inside(r, "opposition aide plotted to sabotage power grid") == "Attorney General's Office"


def test_a_ledes_role_named_where_they_spoke(extractor):
    # ("Iraq's parliament speaker said ... . // '...,' Mahmoud Khalil al-Rawi told a press
    # conference in Baghdad": where he spoke is no other country; "Qatar's chief mediator")
    r = extractor.extract(probe_article("round-69b/03-afp-baghdad-budget-standoff.txt"))
    assert said_inside(r, "No vote on budget until Kurdistan deal") == "Mahmoud Khalil al-Rawi"
    r = extractor.extract(probe_article("round-69b/04-aljazeera-doha-prisoner-swap.txt"))
    assert said_inside(r, "away from agreeing a prisoner exchange") == "Abdullah bin Rashid Al Kuwari"
    # ("Haedong Heavy Industries Co.'s chief executive officer said", "officer" after "chief" an
    # office, then "Choi Dong-hyun said")
    r = extractor.extract(probe_article("round-69c/04-bloomberg-ulsan-shipyard-strike.txt"))
    assert said_inside(r, "threatens deliveries of liquefied natural gas") == "Choi Dong-hyun"


def test_the_president_by_the_first_of_a_double_surname(extractor):
    # ("Rengifo, the leftist leader ..., did not take it that way" is "President Iván Rengifo
    # Castaño", so "the president wrote" after it is him, not "Court president Magistrate Juliana
    # Echeverri Pardo", named before; "Magistrate" a title)
    r = extractor.extract(probe_article("round-69a/09-colombiareports-court-sinks-pension-reform.txt"))
    assert said_inside(r, "the profits of the private funds are worth more") == "Iván Rengifo Castaño"
    assert any(s.name == "Juliana Echeverri Pardo" for s in r.speakers)


def test_a_name_set_off_after_what_a_role_is_of(extractor):
    # ("Elizondo said the general manager of the Bellmont hotel downtown, Curtis Vail, had told
    # housekeepers ...", the name typed a body: his, not the co-president quoted before)
    r = extractor.extract(probe_article("round-69c/07-latimes-hotel-workers-strike.txt"))
    assert said_inside(r, "would be replaced by Monday") == "Curtis Vail"


def test_people_quoted_by_a_given_name_alone(extractor):
    # ("Marcus, 34, a warehouse supervisor," typed a body, and "Jeanette, 71, a retired teacher,"
    # untyped: each a person of the given name's gender, so "he said" and "she said" after each
    # are theirs; not "Lee, a former national champion," of "Lee Sang-woo", a surname)
    r = extractor.extract(probe_article("round-68c/03-npr-arizona-undecided-voters.txt"))
    assert said_inside(r, "the ads make me want to vote for nobody") == "Marcus"
    assert said_inside(r, "That's really all it is for me") == "Jeanette"
    r = extractor.extract(probe_article("round-69c/10-torontostar-warehouse-lockout-ruling.txt"))
    assert said_inside(r, "We ate a lot of rice") == "Amrit"   # ("a forklift operator ... for nine years")
    r = extractor.extract(probe_article("round-69c/08-chicagotribune-candy-plant-strike-vote.txt"))
    assert said_inside(r, "All we want is to not go backwards") == "Dolores"   # (a noun to the tagger)
    r = extractor.extract(probe_article("round-33a/07-yonhap-chess.txt"))
    assert said_inside(r, "He believed in me before I believed in myself") == "Kang Min-seo"


def test_a_name_set_off_from_a_seat_or_before_a_role_the_parse_lost(extractor):
    # ("The Labor member for Bennelong, Priya Kaur-Lindsay, said ... . // '...,' she told AAP":
    # hers, the name set off from the seat; not the member for Kooyong named before)
    r = extractor.extract(probe_article("round-68a/05-aap-renters-tax-offset-crossbench.txt"))
    assert said_inside(r, "nurses in my office in tears") == "Priya Kaur-Lindsay"
    # ("Priya Mistry, the AEMU convenor in the body shop, said", typed a body and "convenor" read
    # as a verb: a person, and "she said" after it hers)
    r = extractor.extract(probe_article("round-69c/02-guardian-coventry-plant-closure.txt"))
    assert said_inside(r, "standing at the line reading it off") == "Priya Mistry"


def test_who_told_or_assured_in_the_passive_and_according_to(extractor):
    # ("she had been assured by the Transport Funding Agency that the additional cost '...'": the
    # agency's, the one who assured, not hers)
    r = extractor.extract(probe_article("round-69c/09-irishtimes-labour-court-bus-dispute.txt"))
    assert said_inside(r, "will be met without any increase in fares") == "Transport Funding Agency"
    # ('"...," Mousavi-Far said, according to IRNA': his words, the agency reporting them)
    r = extractor.extract(probe_article("round-69b/02-ap-iran-tanker-seizure.txt"))
    assert said_inside(r, "The criminals thought the darkness would hide them") == "Gholamreza Mousavi-Far"
    # ("He said the transitional president, Colonel Blaise-Arnaud Kiemdé, had asked ministers to
    # 'keep the door of dialogue open'": a report inside his by one described, the name set off)
    r = extractor.extract(probe_article("round-68b/04-france24-burkina-general-strike.txt"))
    assert said_inside(r, "keep the door of dialogue open") == "Blaise-Arnaud Kiemdé"
    # ("Restrepo was curt. '...,' he said": the first of his double surname typed a place)
    r = extractor.extract(probe_article("round-69a/03-afp-colombia-governor-senator-security.txt"))
    assert said_inside(r, "Let her come to Caucasia and tell the mothers") == "Luis Fernando Restrepo Gaviria"


# Round 71 (benchmarks/probes/round-71a ... round-71c): fails at 2d08765.

def test_a_role_owned_by_another_name_or_people(extractor):
    # ("India's chief negotiator accused ..., and China's top negotiator rejected ..." in the
    # lede: not "The European Union's lead negotiator, Jacopo Bellini," nor "The Saudi
    # negotiator, Faisal al-Harbi," named later)
    r = extractor.extract(probe_article("round-71c/11-reuters-bonn-climate-finance-stall.txt"))
    assert said_inside(r, "trying to rewrite the history of climate obligations") == "Arvind Raghavan"
    assert said_inside(r, "any suggestion that Beijing be formally counted") not in (
        "Jacopo Bellini", "Faisal al-Harbi", "Arvind Raghavan")
    r = extractor.extract(HEADLINE + "Apple's chief executive said on Monday that the deal was "
                          "dead. Microsoft's chief executive, Daniel Okoro, said talks would "
                          "resume.\n\nLater, Apple's chief executive said prices would rise.")
    assert said_inside(r, "prices would rise") != "Daniel Okoro"


def test_the_name_one_gave_and_a_place_the_parse_made_the_subject(extractor):
    # ("In Ban Nong Waeng, one of the villages named in the EC report, a rice farmer who gave his
    # name only as Boonchu, 67, said": Boonchu, not the village typed a person and parsed the
    # subject; then "the 67-year-old" is he)
    r = extractor.extract(probe_article("round-71b/06-bangkokpost-khon-kaen-red-card.txt"))
    assert said_inside(r, "canvassers had come to his house two nights before") == "Boonchu"
    assert said_inside(r, "Who would refuse 500 baht?") == "Boonchu"


def test_a_name_qualifying_a_thing_and_an_office_of_a_body_no_role_names(extractor):
    # ("The head of the Biromaru community health centre said": not the place typed a person
    # that qualifies the centre)
    r = extractor.extract(probe_article("round-71b/02-antara-sigi-flood-relief.txt"))
    assert said_inside(r, "had treated 312 patients") != "Biromaru"
    # ("Rao, who finished the day unbeaten on 87, was more guarded. '...,' the Wessex skipper
    # said": Rao, not the county typed a person)
    r = extractor.extract(probe_article("round-50a/02-guardian-mercia-ball-tampering.txt"))
    assert said_inside(r, "I mentioned something to Graham, yes") == "Dilip Rao"
    # (a standfirst's "The Civic Centre leader insists ...": not the "PSW leader" nor another
    # party's "parliamentary leader")
    r = extractor.extract(probe_article("round-71a/01-pap-coalition-talks-rural-alliance.txt"))
    assert said_inside(r, "the talks are on track") not in ("Tadeusz Grzyb", "Danuta Kwiek")
    # ("The Brenton Athletic manager" of a headline, "the Brenton manager": the club's, not the
    # other club's "Westbrook manager"; but "the Kazakh minister", a people's word typed a body,
    # still the Kazakh one)
    r = extractor.extract(probe_article("round-50a/07-athletic-barrientos-transfer.txt"))
    assert said_inside(r, "the Uruguayan will be in the squad on Saturday") == "Callum Reid"
    assert said_inside(r, "no player is bigger than this club") == "Callum Reid"
    r = extractor.extract(probe_article("round-51a/07-kazinform-kazakh-uzbek-water-talks.txt"))
    assert said_inside(r, "no decision will be taken behind the back") == "Nurlan Saparbayev"


# Round 72 (benchmarks/probes/round-72a ... round-72c): fails at b575e9b.

def test_a_description_named_in_the_next_paragraph_with_the_role_it_says(extractor):
    # ("The bank's chief executive said ... . // Nigel Ebanks, who founded Harbourline in 2006
    # and remains its chief executive, told Reuters": the role said in a relative clause)
    r = extractor.extract(probe_article("round-72a/04-reuters-cayman-harbourline-bank-freeze.txt"))
    assert said_inside(r, "expected to reopen within weeks") == "Nigel Ebanks"
    r = extractor.extract(HEADLINE + "Workers at the Hull plant walked out on Monday, union leader "
                          "Tom Hart said.\n\nThe company's chief executive said on Monday that the "
                          "plant would close.\n\nJane Roe, who took over as CEO in May, said the "
                          "decision had been hard.")
    assert said_inside(r, "the plant would close") == "Jane Roe"
    # (not one named next whose role says less or other than the description: "The Norwegian
    # negotiator" is not "The EU's chief negotiator, Pierre Montclair,", nor "the Liberal member
    # for Bradfield" "The independent member for Kooyong, Dr Miriam Saleh,")
    r = extractor.extract(probe_article("round-71c/05-ft-eu-norway-hydrogen-pipeline.txt"))
    assert said_inside(r, "the remaining 40 per cent should float") != "Pierre Montclair"
    r = extractor.extract(probe_article("round-68a/05-aap-renters-tax-offset-crossbench.txt"))
    assert said_inside(r, "This is a sugar hit dressed up as reform") != "Miriam Saleh"


def test_answers_of_an_interview_with_a_name_and_a_subject_set_off_twice(extractor):
    # ("The following are edited excerpts from the interview with Kenji Sato. // Q: ... // A:
    # ...": his, not the subject of the paragraph before, David Rourke)
    r = extractor.extract(probe_article("round-72c/03-nikkei-asia-marukawa-activist-chemicals.txt"))
    assert said_inside(r, "A partial listing is not one we favor today") == "Kenji Sato"
    assert said_inside(r, "We welcome shareholders who stay for ten years") == "Kenji Sato"
    # ("His challenger, former national fast bowler Rennie Mohammed, is no relation. He said
    # ...": he, set off from a description of the subject, not the last speaker)
    r = extractor.extract(probe_article("round-72a/05-trinidadexpress-cricket-council-election.txt"))
    assert said_inside(r, "had not been audited for two years") == "Rennie Mohammed"


def test_two_places_whose_names_begin_alike_and_a_name_one_is_known_by(extractor):
    # ("Somalia's foreign minister vowed ..." in the lede: Abdiqani Hersi Jama, not "Somaliland's
    # Foreign Minister Mahad Ismail Jama")
    r = extractor.extract(probe_article("round-72b/03-ap-somaliland-berbera-port-lease.txt"))
    assert said_inside(r, "to block a 30-year lease of the port of Berbera") == "Abdiqani Hersi Jama"
    r = extractor.extract(HEADLINE + "Austrian Finance Minister Anna Berger said the deal was fair. "
                          "Australia's finance minister, Tom Reid, said it was not.\n\n"
                          "Later, Austria's finance minister said talks would go on.")
    assert said_inside(r, "talks would go on") == "Anna Berger"
    # ("Ugaas Yasin Mohamud Hirsi, known across Mudug as Ugaas Deeq," then "Ugaas Deeq said":
    # one person)
    r = extractor.extract(probe_article("round-72b/07-garoweonline-galkayo-wells-truce.txt"))
    assert said_inside(r, "the elders would meet again on the ninth day") == "Ugaas Yasin Mohamud Hirsi"
    r = extractor.extract(probe_article("round-72b/02-afp-somalia-baidoa-drought.txt"))
    assert said_inside(r, "at least 4,000 families had walked into the city") == "Abdirahman Isak Mursal"


def test_the_regulator_the_recogniser_missed_named_with_its_initials(extractor):
    # ("The Cayman Islands Financial Conduct Board (CIFCB) said", the recogniser typing only the
    # initials: "Cayman regulator says ..." and "according to the regulator" are the board)
    r = extractor.extract(probe_article("round-72a/04-reuters-cayman-harbourline-bank-freeze.txt"))
    assert said_inside(r, "failed to track $1.2 billion") == "Cayman Islands Financial Conduct Board"
    assert said_inside(r, "many of them Canadian and Latin American retirees") \
        == "Cayman Islands Financial Conduct Board"


def test_a_place_in_what_one_said_and_a_name_hung_off_its_body(extractor):
    # ("..., a Ugandan cabinet minister said on Friday. // Judith Nabirye Kasozi, Minister for
    # Relief, ..., told a press briefing in Kampala that reception centres in Adjumani and Yumbe
    # districts were holding ...": the districts are what she said, not where she is from)
    r = extractor.extract(probe_article("round-72b/09-xinhua-uganda-south-sudan-refugees.txt"))
    assert said_inside(r, "more than 58,000 refugees from South Sudan since") == "Judith Nabirye Kasozi"
    # ("Chief Andrea Paul of Salmon River First Nation said", the parse making "Nation" the
    # subject: she, not the body)
    r = extractor.extract(probe_article("round-72a/10-global-nova-scotia-flood-insurance-gap.txt"))
    assert said_inside(r, "40 homes in her community were damaged") == "Andrea Paul"


def test_a_company_noun_after_what_the_company_it_reports_on_does(extractor):
    # ("Japan's Tsubaki Motor Corp will invest 180 billion yen ..., the carmaker said")
    r = extractor.extract(probe_article("round-72c/10-reuters-tsubaki-kaigen-chip-stake.txt"))
    assert said_inside(r, "invest 180 billion yen") == "Tsubaki Motor Corp"
    r = extractor.extract(HEADLINE + "Northwind Bank will close 40 branches next year, the lender said on Monday.")
    assert said_inside(r, "will close 40 branches") == "Northwind Bank"


# Round 73 (benchmarks/probes/round-73a ... round-73c): fails at 8349ba3.

def test_honorifics_before_south_asian_names_and_inside_somali_ones(extractor):
    # ("Irrigation Minister Mir Shoaib Lehri" and his relative "Mir Asad Lehri": "Mir" a title of
    # both, not one given name that made them one person)
    r = extractor.extract(probe_article("round-73b/04-dawn-balochistan-water-bill.txt"))
    assert said_inside(r, "no place in a debate on law") == "Asad Lehri"
    # (but a name's middle word after a given name: "Sheikh Abdirahman Haji Osman" is "the
    # Sheikh", not "Dr Ahmed Sheikh Mohamed Noor")
    r = extractor.extract(probe_article("round-45a/04-dailynation-garissa-tallying.txt"))
    assert said_inside(r, "Our clans have lived together for generations") == "Abdirahman Haji Osman"
    # ("the Maulana": the one the text titles so; the title the parse cut a source to:
    # "Mawlawi" + "Sayed Noorullah Haqyar, the Minister of Refugees and Repatriation, told")
    r = extractor.extract(HEADLINE + "Maulana Fazal Karim Haqqani said the budget was unfair. Senator "
                          "Imran Gondal said it was fair.\n\n\"The people are not fools,\" the Maulana said.")
    assert said_inside(r, "The people are not fools") == "Fazal Karim Haqqani"
    r = extractor.extract(probe_article("round-66b/09-tolonews-returnees-land-shelter.txt"))
    assert said_inside(r, "land had already been identified in Nangarhar") == "Sayed Noorullah Haqyar"


def test_a_farmer_named_after_a_place_and_a_name_a_relative_clause_sets_off(extractor):
    # ("In Kunar's provincial capital Asadabad, a farmer named Amanullah, ..., said": not the place)
    r = extractor.extract(probe_article("round-73b/11-afp-kunar-dam-taliban-pakistan.txt"))
    assert said_inside(r, "only on the radio") == "Amanullah"
    assert said_inside(r, "I will pray for whoever built it") == "Amanullah"
    # ("Sanja Perović, whose Civic Forum holds three seats, said she ...", typed an organisation:
    # hers, not the outgoing prime minister's, whom "said he would" makes a man)
    r = extractor.extract(probe_article("round-73a/06-balkan-insight-montenegro-coalition-talks.txt"))
    assert said_inside(r, "two ministries for three MPs is not greed") == "Sanja Perović"
    # ("Ingrid Hauge of Oslo broker Skarv Markets said ... . She said", typed an organisation)
    r = extractor.extract(probe_article("round-73c/05-tradewinds-brekke-vlcc-order.txt"))
    assert said_inside(r, "cutting her rating on the stock") == "Ingrid Hauge"


def test_the_answer_to_a_question_put_to_one_is_theirs(extractor):
    # ("Justice Durrani then put a direct question to the ECP counsel: had the commission ...? //
    # '"Not yet, my lord. ..."': the counsel's, "The Election Commission of Pakistan's counsel,
    # Sanaullah Marwat,", by the initials of his body)
    r = extractor.extract(probe_article("round-73b/05-express-tribune-phc-recount-pk72.txt"))
    assert said_inside(r, "Not yet, my lord") == "Sanaullah Marwat"
    r = extractor.extract(HEADLINE + "Judge Ann Ray heard the case. The judge then put a question to "
                          "the prosecutor, Mark Dean: was the car ever found?\n\n\"It was never found, "
                          "my lady.\"")
    assert said_inside(r, "It was never found") == "Mark Dean"


def test_a_foreign_minister_is_no_prime_minister(extractor):
    # ("North Macedonia's foreign minister on Tuesday accused ... // Dragan Stojkovski told":
    # not "Prime Minister Nikola Dimovski")
    r = extractor.extract(probe_article("round-73a/02-afp-skopje-sofia-eu-chapters.txt"))
    assert said_inside(r, "nothing to do with European standards") == "Dragan Stojkovski"
    assert said_inside(r, "keeps moving the goalposts") == "Dragan Stojkovski"
    r = extractor.extract(HEADLINE + "Prime Minister Ana Lopes opened the summit on Monday.\n\n"
                          "Later, the finance minister said the budget would be cut.")
    assert said_inside(r, "the budget would be cut") != "Ana Lopes"


def test_a_subject_called_by_a_trade_or_an_office_a_role_word_says_less_of(extractor):
    r = extractor.extract(probe_article("round-73c/04-lloydslist-karsten-tanker-sanctions.txt"))
    assert said_inside(r, "Every cargo had an attestation") == "Yusuf Demir"   # the Turkish-born shipowner
    assert said_inside(r, "We are not a refuge for anyone") == "Paul Okonjo"   # the registry chief
    r = extractor.extract(probe_article("round-73b/06-geo-news-qureshi-outplayed-afghanistan.txt"))
    assert said_inside(r, "They have lost everything") == "Ihsanullah Sherzad"   # the Afghan opener
    r = extractor.extract(probe_article("round-73c/03-financialtimes-brackwell-nurses-strike.txt"))
    assert said_inside(r, "is not a sacrifice") == "Owen Pryce"   # the union leader, its general secretary
    # ("Union leader says ...": the union's president, not its executive vice president)
    r = extractor.extract(probe_article("round-73c/07-ap-east-coast-dock-strike.txt"))
    assert said_inside(r, "will stay out as long as it takes") == "Dennis Mahoney"
    # (still not a company's chief for "The Commission's industry chief")
    r = extractor.extract(probe_article("round-49b/01-politico-europe-chip-subsidies.txt"))
    assert said_inside(r, "the €12 billion scheme will reach smaller firms") != "Henrike van der Berg"


def test_a_companys_officer_a_company_by_its_seat_and_one_typed_a_person(extractor):
    # ("Orsund Line CEO Says ...", the company typed a person: its chief executive)
    r = extractor.extract(probe_article("round-73c/02-bloomberg-orsund-profit-warning.txt"))
    assert said_inside(r, "Rate Slump to Drag On Beyond This Year") == "Lars Brandt"
    # ("the chief executive of terminal operator Tanjong Terminals said" in the lede: the one the
    # body names next, not the port authority's chief executive)
    r = extractor.extract(probe_article("round-73c/06-straitstimes-tanjong-port-congestion.txt"))
    assert said_inside(r, "should ease by March as new berths come on stream") == "Raymond Goh"
    # ("Aurelis will pay $41 a share ..., the Munich-based company said": the subject's)
    r = extractor.extract(probe_article("round-73c/12-bloomberg-aurelis-kestrel-deal.txt"))
    assert said_inside(r, "Aurelis will pay $41 a share") == "Aurelis"
    assert said_inside(r, "Kestrel's board unanimously recommended the offer") == "Kestrel Generics Plc"
    # ("is operated by Piraeus-based Aegeus Tankers, ... . The company said")
    r = extractor.extract(probe_article("round-73a/11-reuters-salamina-tanker-spill.txt"))
    assert said_inside(r, "180 tonnes of heavy fuel oil had leaked") == "Aegeus Tankers"
    # ("The company also lowered its ... forecast ..., according to a securities filing")
    r = extractor.extract(probe_article("round-73c/08-fiercepharma-corvanta-plant-closure.txt"))
    assert said_inside(r, "between $2.4 billion and $2.6 billion") == "Corvanta Biologics"


def test_who_was_told_is_no_speaker(extractor):
    # (a heading's "..., Sindh Assembly told"; the lede's "..., the provincial assembly was told
    # on Wednesday" is the one the body quotes next: "Parliamentary Secretary for Relief Naheed
    # Begum Soomro said")
    r = extractor.extract(probe_article("round-73b/12-dawn-sindh-flood-funds-unspent.txt"))
    assert said_inside(r, "Rs4bn flood relief unspent") is None
    assert "Soomro" in said_inside(r, "Nearly Rs4 billion allocated for the rehabilitation")
    r = extractor.extract(HEADLINE + "The knife was never found, the jury was told on Monday.")
    assert said_inside(r, "The knife was never found") is None


# Round 74 (benchmarks/probes/round-74a ... round-74c): fails at a9c984a.

def test_sahel_names_with_particles_and_a_name_typed_a_work_of_art(extractor):
    # ("Abdourahamane Ould Sidi Mohamed, Minister of State, ..., told Reuters", typed a work of
    # art after the quote: the minister, not "Mohamed" with "Abdourahamane Ould Sidi" for a role)
    r = extractor.extract(probe_article("round-74a/01-reuters-niger-uranium-permit.txt"))
    assert said_inside(r, "underpaid royalties") == "Abdourahamane Ould Sidi Mohamed"   # "The minister"
    # (a Tuareg "Ag" is no company's "AG"; "Her brother-in-law, Alhousseini Ag Mohamed,": the
    # name set off from the word the parse hangs the hyphenated one on)
    r = extractor.extract(probe_article("round-74a/10-voaafrique-timbuktu-blockade-refugees.txt"))
    assert said_inside(r, "jihadist fighters still stopped vehicles") == "Alhousseini Ag Mohamed"
    assert said_inside(r, "They check your phone") == "Alhousseini Ag Mohamed"
    # ("d'Almeida": a particle run into the name)
    r = extractor.extract(probe_article("round-74a/12-afp-benin-w-park-attack.txt"))
    assert said_inside(r, "Our men fought until the last cartridge") == "Rodrigue d'Almeida"
    assert said_inside(r, "the family had learned of his death") == "Rosine Hounkpè"   # "Her sister-in-law"
    # ("Sultan" a given name before "bin", however the recogniser took it)
    r = extractor.extract(probe_article("round-74c/07-khaleejtimes-marsa-ecuador-port-deal.txt"))
    assert said_inside(r, "the only one where the depth") == "Sultan bin Mohammed Al Marri"


def test_bodies_by_their_initials_their_kind_and_the_noun_before_them(extractor):
    # ("FIFA rejected the claim. '...,' the governing body said": FIFA, whose parse is no subject)
    r = extractor.extract(probe_article("round-74b/01-reuters-fifa-council-expansion.txt"))
    assert said_inside(r, "votes were bought") == "FIFA"
    # (UEFA over the "UEFA Congress" it holds)
    r = extractor.extract(probe_article("round-74b/09-reuters-uefa-congress-spending-cap.txt"))
    assert said_inside(r, "was backed by 49 of the 55 associations") == "UEFA"
    # ("Serie A club Pro Lombardia", typed a person, is "the club")
    r = extractor.extract(probe_article("round-74b/04-reuters-pro-lombardia-takeover.txt"))
    assert said_inside(r, "has agreed to buy 80%") == "Pro Lombardia"
    # (the players' association is "their union")
    r = extractor.extract(probe_article("round-74b/06-ap-pacific-rugby-players-strike-vote.txt"))
    assert said_inside(r, "unless the league improves its pay offer") == "Pacific Rugby Players' Association"
    # ("the sovereign wealth fund" and the standfirst's "Fund": the fund named)
    r = extractor.extract(probe_article("round-74c/10-zawya-oman-fund-latin-america.txt"))
    assert said_inside(r, "posted a return of 9.8 percent") == "Muscat Strategic Reserve Fund"
    assert said_inside(r, "assets under management rose") == "Muscat Strategic Reserve Fund"
    # (a standfirst's "Carrier says": the airline the lede names)
    r = extractor.extract(probe_article("round-74c/04-gulfnews-zafran-airways-widebody-order.txt"))
    assert said_inside(r, "first aircraft will arrive") == "Zafran Airways"
    # ("Salas's party, Fuerza Andina," typed a person: the party, and "he" never it)
    r = extractor.extract(probe_article("round-74c/02-ap-peru-prosecutors-former-president.txt"))
    assert said_inside(r, "a show trial scripted") == "Fuerza Andina"
    assert said_inside(r, "never touched a single sol") != "Fuerza Andina"


def test_a_role_someone_else_owns_is_not_the_owner_s(extractor):
    # ("The referee's lawyer" is not "Mavridis's lawyer", Mavridis a former club owner)
    r = extractor.extract(probe_article("round-74b/07-afp-athens-match-fixing-verdict.txt"))
    assert said_inside(r, "her client would not appeal the sentence") != "Petros Vlachos"
    # ("The former minister" is no "former minister's chauffeur")
    r = extractor.extract(probe_article("round-74c/11-reuters-argentina-judge-bribery-case.txt"))
    assert said_inside(r, "a militant in a robe") != "Walter Ibarra Coria"
    # (but "the victim's mother" may be "Mr Pettifer's mother", the victim given no role)
    r = extractor.extract(probe_article("round-42b/01-bbc-swindon-pub-murder.txt"))
    assert said_inside(r, "never be whole again") == "Janet Pettifer"
    # ("the magistrate" is the judge named before)
    r = extractor.extract(probe_article("round-74c/12-ap-bolivia-former-president-charged.txt"))
    assert said_inside(r, "must appear in person on Thursday") == "Ramiro Flores Choque"


def test_a_relative_pronoun_after_a_dash_and_an_epithet_of_the_last_speaker(extractor):
    # ("Finance Minister Ignacio Ortúzar -- no relation to his cabinet colleague -- who told")
    r = extractor.extract(probe_article("round-74b/03-afp-santiago-2040-olympic-bid.txt"))
    assert said_inside(r, "an open cheque") == "Ignacio Ortúzar"
    assert said_inside(r, "the same spreadsheet") == "Valentina Ortúzar"
    # ("'...,' the two-time Commonwealth Games medallist said" after her words)
    r = extractor.extract(probe_article("round-74b/08-sportstar-badminton-council-election.txt"))
    assert said_inside(r, "asked to smile for photographs") == "Meera Iyengar"
    # ("its chief executive told ... // Captain Nasser bin Ali Al-Otaibi said": a pilot's rank
    # is no other role)
    r = extractor.extract(probe_article("round-74c/08-asharqalawsat-nakhla-air-tadawul-ipo.txt"))
    assert said_inside(r, "float 30 percent of its shares") == "Nasser bin Ali Al-Otaibi"


# Round 75 (benchmarks/probes/round-75a ... round-75c): fails at ce14594.

def test_a_body_s_part_a_police_force_an_agency_and_a_journal(extractor):
    # ("The MPU's women's wing", "The AC youth wing": the part, not the party of those initials)
    r = extractor.extract(probe_article("round-75a/05-lexpress-mauritius-election-campaign.txt"))
    assert said_inside(r, "only 11 of the AC's 60 candidates were women") == "MPU's women's wing"
    assert said_inside(r, "copied and pasted from 2014") == "AC youth wing"
    # ("The party's women's wing, Wanawake Huru," the parse hung the noun on the name: "the wing")
    r = extractor.extract(probe_article("round-75a/07-thecitizen-mwanza-rally-arrests.txt"))
    assert said_inside(r, "dragged on the ground like sacks of cement") == "Wanawake Huru"
    # ("Rádio Moçambique", typed a person, is no "Moçambique" of "Electricidade de Moçambique")
    r = extractor.extract(probe_article("round-75a/04-clubofmozambique-cyclone-zambezia.txt"))
    assert said_inside(r, "power had been restored to 40 per cent") == "Electricidade de Moçambique"
    # ("The World Health Organization said ... . The agency added")
    r = extractor.extract(probe_article("round-75c/01-reuters-malaria-vaccine-kenya.txt"))
    assert said_inside(r, "supply, not science, remained the main barrier") == "World Health Organization"
    # ("The paper, published in Climate and Health Letters, ... the journal said")
    r = extractor.extract(probe_article("round-75c/12-ap-india-heat-deaths-study.txt"))
    assert said_inside(r, "should prompt every hot country") == "Climate and Health Letters"
    # ("Vilnius County Police Headquarters said ... . Police said"; "Border guard chief" the
    # "VSAT commander", VSAT the "State Border Guard Service")
    r = extractor.extract(probe_article("round-75b/07-lrt-balloons-vilnius-airport.txt"))
    assert said_inside(r, "one of the men had a tablet") == "Vilnius County Police Headquarters"
    assert said_inside(r, "Our radars see them") == "Vaidas Jankauskas"
    # ("Estonian border guards say" of "Estonia's Police and Border Guard Board")
    r = extractor.extract(probe_article("round-75b/02-ap-estonia-peipus-patrol-boat.txt"))
    assert said_inside(r, "Russian patrol boat crossed into Estonian waters") == "Police and Border Guard Board"


def test_roles_by_a_writer_s_phrase_and_family_names(extractor):
    # ("The central banker" the "Bank of Zambia Governor"; "the traditional leader" a Senior Chief)
    r = extractor.extract(probe_article("round-75a/01-reuters-zambia-copper-royalty.txt"))
    assert said_inside(r, "will show up in the exchange rate within weeks") == "Evans Mulenga"
    r = extractor.extract(probe_article("round-75a/02-lusakatimes-serenje-chiefs-land.txt"))
    assert said_inside(r, "he had not been consulted before surveyors") == "Mwapeshi"
    # ("the consultant": "Dr Priya Nair, the agency's consultant in health protection")
    r = extractor.extract(probe_article("round-75c/08-bbc-measles-leicester-schools.txt"))
    assert said_inside(r, "Every case we see is a case we could have prevented") == "Priya Nair"
    # ("Gumbo" is not "His wife, Rudo Gumbo"; "he" after "Gumbo was asked" is Gumbo)
    r = extractor.extract(probe_article("round-75a/10-ap-zimbabwe-opposition-leader-arrested.txt"))
    assert said_inside(r, "Every opposition leader in this country has a bag") == "Tapiwa Gumbo"
    # ("the elder Papalexis" is not "His son, Giorgos Papalexis")
    r = extractor.extract(probe_article("round-73a/01-reuters-greek-coalition-talks.txt"))
    assert said_inside(r, "He loses every argument") == "Kostas Papalexis"


def test_who_answers_when_asked_and_a_name_before_its_relative_clause(extractor):
    # ("Asked whether ..., Vasquez paused for a long time. // '...'": his answer)
    r = extractor.extract(probe_article("round-75c/09-science-alzheimers-lab-misconduct.txt"))
    assert said_inside(r, "I would look at every raw image myself") == "Gregor Vasquez"
    # ("Asked whether ..., the Brazilian diplomat laughed. '...'")
    r = extractor.extract(probe_article("round-75c/10-healthpolicywatch-pathogen-access-talks.txt"))
    assert said_inside(r, "Deadlines in Geneva are like the weather") == "Helena Duarte"
    # ("At Tsoka Market in Lilongwe, Tamara Chirwa, who sells tomatoes and onions, said", the
    # relative clause hung on the market)
    r = extractor.extract(probe_article("round-75a/06-nation-malawi-imf-debt-talks.txt"))
    assert said_inside(r, "she had never heard of the ECF") == "Tamara Chirwa"


# Round 76 (benchmarks/probes/round-76a ... round-76c): fails at 5951890.

def test_names_set_off_by_dashes_after_initials_and_in_lists_of_places(extractor):
    # ("between Sanaa, Aden, Marib and Saudi Arabia, the UN special envoy for Yemen said": no
    # person "Sanaa" with the envoy's role)
    r = extractor.extract(probe_article("round-76c/04-arabnews-yemen-prisoner-exchange.txt"))
    assert said_inside(r, "swap of 900 detainees to begin Sunday") == "Anders Holmqvist"
    assert said_inside(r, "Red Cross flights between Sanaa") == "Anders Holmqvist"
    # ("The party's secretary-general, Hatem Ben Romdhane — the candidate's cousin —", the
    # recogniser's name "Ben Romdhane"; "the younger Ben Romdhane" the one of them named last)
    r = extractor.extract(probe_article("round-76c/08-middleeasteye-tunisia-election-protests.txt"))
    assert said_inside(r, "the party would announce on Wednesday") == "Hatem Ben Romdhane"
    assert said_inside(r, "A boycott is not a retreat") == "Hatem Ben Romdhane"
    # (a clause set off by dashes after the name: "24-year-old Nafisa Osman — they share a
    # surname but are not related —", "shopkeeper Abu Firas — whose real name is ... —")
    r = extractor.extract(probe_article("round-76c/07-ahramonline-sudan-refugees-aswan.txt"))
    assert said_inside(r, "she had been separated from her husband") == "Nafisa Osman"
    r = extractor.extract(probe_article("round-76c/11-afp-jordan-azraq-camp-aid-cuts.txt"))
    assert said_inside(r, "sales had already dropped") == "Abu Firas"
    # ("His counterpart from the RSF, Maj Gen Adam Hamid Yagoub,", the initials untyped)
    r = extractor.extract(probe_article("round-76c/12-thenational-sudan-jeddah-truce-talks.txt"))
    assert said_inside(r, "a partner for peace that cannot be ignored") == "Adam Hamid Yagoub"
    # ("The other, Rep. Carla Whitcomb, R-Prescott,": the name set off from "other")
    r = extractor.extract(probe_article("round-76b/01-ap-arizona-voucher-veto.txt"))
    assert said_inside(r, "if the votes are there, and they are not") == "Carla Whitcomb"


def test_parties_by_district_and_bodies_by_their_portfolio_and_their_shares(extractor):
    # ("state Sen. Rosalind Acuña, D-Tucson," is "The Democrat"; "the Republican" after Lt.
    # Gov. Wade Crenshaw's words, whose party the text does not give, is not the standfirst's
    # "Speaker Dustin Pollard, R-Midland")
    r = extractor.extract(probe_article("round-76b/01-ap-arizona-voucher-veto.txt"))
    assert said_inside(r, "try to attach the cap to the state budget") == "Rosalind Acuña"
    r = extractor.extract(probe_article("round-76b/09-texastribune-budget-standoff.txt"))
    assert said_inside(r, "They want a smaller bill in the mail") == "Wade Crenshaw"
    # ("economy ministry" of the "Ministry of Economic Affairs", "weather agency" of the "Japan
    # Meteorological Agency")
    r = extractor.extract(probe_article("round-76a/08-reuters-taiwan-chip-entity-list.txt"))
    assert said_inside(r, "including two of China's largest memory chipmakers") == "Ministry of Economic Affairs"
    r = extractor.extract(probe_article("round-76a/10-kyodo-typhoon-okinawa-kyushu.txt"))
    assert said_inside(r, "record rainfall") == "Japan Meteorological Agency"
    # ("Shares in Hoshizora Electron, ..., fell 6.2% in Tokyo. The company said", the name
    # typed a place)
    r = extractor.extract(probe_article("round-76a/01-reuters-japan-chip-tool-curbs.txt"))
    assert said_inside(r, "still assessing the impact on orders") == "Hoshizora Electron"
    # ("the union chief" is "union leader Kim Min-jun", not the company's chief executive)
    r = extractor.extract(probe_article("round-76a/03-yonhap-hanbit-motor-strike.txt"))
    assert said_inside(r, "would accept less than 7 percent") == "Kim Min-jun"


def test_an_unnamed_spokesperson_speaks_for_the_body_and_a_lede_s_official_is_named_next(extractor):
    r = extractor.extract("Builders told to stop work\n\nDHAKA -- The river commission ordered two "
                          "developers to stop work on the Turag on Monday.\n\nThe Ministry of Housing "
                          "backed the order in a statement on Tuesday.\n\nA spokesman for the ministry said "
                          'the order was "final and binding".\n\n"There will be no exceptions," the '
                          'spokesman said.\n\nA spokesman for the family said they were "devastated".')
    assert said_inside(r, "final and binding") == "Ministry of Housing"
    assert said_inside(r, "There will be no exceptions") == "Ministry of Housing"
    assert said_inside(r, "devastated") != "Ministry of Housing"
    lede = ("Cyclone kills 18 in Madagascar\n\nANTANANARIVO, Feb. 12 (Xinhua) -- At least 18 people "
            "have died after Tropical Cyclone Haingo swept across eastern Madagascar, a senior disaster "
            "official said Wednesday{}.\n\nHery Rakotomalala, director general of the National Office "
            "for Disaster Risk Management, told a press briefing that most victims were killed by "
            "collapsing houses.")
    r = extractor.extract(lede.format(""))
    assert said_inside(r, "At least 18 people have died") == "Hery Rakotomalala"
    r = extractor.extract(lede.format(", speaking on condition of anonymity"))
    assert said_inside(r, "At least 18 people have died") != "Hery Rakotomalala"


# Round 77 (benchmarks/probes/round-77a ... round-77c): fails at dbb6e82.

@pytest.mark.parametrize("mode", ["extractor", "fast_extractor"])
def test_names_with_patronymics_and_those_a_report_quotes_as_saying(mode, request):
    extractor = request.getfixturevalue(mode)
    # ("Chairman of the National Bank Talgat Bakytbekovich Osmonaliev", the recogniser's body;
    # then "the central banker" and "The 54-year-old")
    r = extractor.extract(probe_article("round-77a/08-24kg-remittances-fall.txt"))
    assert said_inside(r, "our economy cannot rely on remittances forever") == "Talgat Bakytbekovich Osmonaliev"
    assert said_inside(r, "saw no reason to change its key rate") == "Talgat Bakytbekovich Osmonaliev"
    # ('"...," Kabar quoted Imanaliev as saying.': the one quoted, not the agency)
    r = extractor.extract(probe_article("round-77a/07-akipress-talas-gold-mine-protest.txt"))
    assert said_inside(r, "Nobody is above the law") == "Azamat Toktogulovich Imanaliev"
    r = extractor.extract(probe_article("round-77a/12-afp-kazakh-election-protest-aktau.txt"))
    assert said_inside(r, "Losing an election is not a reason") == "Bakhyt Yerkinovich Temirbekov"
    # ("Rashad Vagif oglu Sultanov", then "his Azerbaijani colleague")
    r = extractor.extract(probe_article("round-77a/04-trend-azerbaijan-georgia-gas-deal.txt"))
    assert said_inside(r, "price formula would remain confidential") == "Rashad Vagif oglu Sultanov"


def test_a_colon_s_quote_a_channel_s_owner_a_colleague_and_a_heading_s_party(extractor):
    # ('Asked whether pressure from Moscow had played any part, Orazov was brief: "..."', not
    # "pressure" of the question's verb)
    r = extractor.extract(probe_article("round-77a/01-reuters-turkmen-gas-link-delayed.txt"))
    assert said_inside(r, "Turkmenistan takes its own decisions") == "Berdimurat Annageldiyevich Orazov"
    # ("a statement posted on the Telegram channel of Huseynzade's press service")
    r = extractor.extract(probe_article("round-77a/05-armenpress-border-commissions-meet.txt"))
    assert said_inside(r, "constructive, businesslike") == "Ramiz Talib oglu Huseynzade"
    r = extractor.extract(probe_article("round-77a/04-trend-azerbaijan-georgia-gas-deal.txt"))
    assert said_inside(r, "supplies would not be interrupted") == "Rashad Vagif oglu Sultanov"
    assert said_inside(r, "dependence on a single supplier") == "Movement for a Free Georgia"
    # (a heading's "Kazakh opposition party" and a lede's "an opposition party" are "The party,
    # Adal Jol,", a known given name first)
    r = extractor.extract(probe_article("round-77a/12-afp-kazakh-election-protest-aktau.txt"))
    assert said_inside(r, "Mangystau results were falsified") == "Adal Jol"
    assert said_inside(r, "its candidates had been cheated out of seats") == "Adal Jol"
    # ("Tajik" typed a person in "His Tajik counterpart"; "The Kyrgyz security chief" the head of
    # "Kyrgyzstan's State Committee for National Security")
    r = extractor.extract(probe_article("round-77a/02-afp-kyrgyz-tajik-border-deal.txt"))
    assert said_inside(r, "Both peoples have won today") == "Sayfiddin Nurullozoda"
    assert said_inside(r, "the road would be built by Kyrgyz contractors") == "Talant Zhenishbekovich Asanaliev"
    # (a heading's "Gold miner" is "Ala-Too Gold Mining")
    r = extractor.extract(probe_article("round-77a/07-akipress-talas-gold-mine-protest.txt"))
    assert said_inside(r, "fully complies with Kyrgyz law") == "Ala-Too Gold Mining"


def test_roles_in_courts_police_and_finance_and_given_names_alone(extractor):
    # ("counsel assisting Sarah Lindqvist"; a heading's "Top cop" the "Provincial Police
    # Commander"; "Kaumātua says" of "the marae's senior kaumātua")
    r = extractor.extract(probe_article("round-77b/09-theage-marong-crossing-inquest.txt"))
    assert said_inside(r, "warning lights at a level crossing near Bendigo") == "Sarah Lindqvist"
    r = extractor.extract(probe_article("round-77b/07-postcourier-markham-land-clash.txt"))
    assert said_inside(r, "Put down your weapons and talk") == "Peter Waimbo"
    r = extractor.extract(probe_article("round-77b/12-rnz-hokianga-papakainga-consent.txt"))
    assert said_inside(r, "council treats Māori land") == "Tame Pōhatu"
    # ("Narelle, who runs a cafe ..., said", "stallholder Florence said", typed bodies)
    r = extractor.extract(probe_article("round-77b/10-abc-cyclone-nerida-insurance.txt"))
    assert said_inside(r, "The tourists are coming back") == "Narelle"
    r = extractor.extract(probe_article("round-77b/11-aap-honiara-police-funding.txt"))
    assert said_inside(r, "When it gets dark") == "Florence"
    # ("Finance Chief Says" and "the finance chief" the finance minister, not the deputy one)
    r = extractor.extract(probe_article("round-77c/04-bloomberg-mexico-pension-overhaul.txt"))
    assert said_inside(r, "Would Cost 0.8% of GDP a Year") == "Rogelio Garza Villarreal"
    assert said_inside(r, "publish its full actuarial study") == "Rogelio Garza Villarreal"
    # ("the president" is not "President Roberto Farias's spokesman, Otávio Reis")
    r = extractor.extract(probe_article("round-77c/11-reuters-brazil-selic-hike.txt"))
    assert said_inside(r, "fully trusts her judgment") == "Roberto Farias"
