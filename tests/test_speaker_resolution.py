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
from tests.conftest import HEADLINE, probe_article, said


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
