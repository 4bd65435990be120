"""Speaker resolution on the probe rounds' articles (benchmarks/probes, docs/speaker-probes.md),
from round 46 on: the classes of error each round showed, each test failing at the commit
before the fixes made from its round (the first rounds' classes: test_speaker_resolution.py)."""
import pytest

from tests.conftest import HEADLINE, probe_article, said, said_inside


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
    assert said_inside(r, "not been kept once") == "Héctor “Cacho” Benítez"


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


# Round 78 (benchmarks/probes/round-78a ... round-78c): fails at 8800108.

def test_a_heading_s_company_and_the_eu_executive_are_no_one_s_role(extractor):
    # ("Plexa to appeal ..., says ruling ..." is Plexa, not "Plexa's global head of privacy")
    r = extractor.extract(probe_article("round-78c/03-reuters-plexa-irish-privacy-fine.txt"))
    assert said_inside(r, "threatens transatlantic data flows").casefold() == "plexa"
    # ("Loopstream, the short-video app ..., the company announced", the name untyped)
    r = extractor.extract(probe_article("round-78c/05-theverge-loopstream-moderators-dsa.txt"))
    assert said_inside(r, "1,200 content moderators across Europe") == "Loopstream"
    # ("The EU executive said" is not its "Executive Vice-President Kristiina Aalto"; "the
    # centre-right lawmaker" the "Polish EPP MEP")
    r = extractor.extract(probe_article("round-78c/07-euractiv-orchard-dma-decision.txt"))
    assert said_inside(r, "face periodic penalty payments") != "Kristiina Aalto"
    assert said_inside(r, "matters more than headlines in Brussels") == "Marek Zieliński"


def test_names_the_recogniser_cut_at_a_nickname_a_party_or_a_university(extractor):
    # ('Representative Enrique "Iking" Ledesma', untyped, is not his brother "Toto Ledesma")
    r = extractor.extract(probe_article("round-78b/11-rappler-iloilo-ledesma-alliance.txt"))
    assert said_inside(r, "would not campaign for the slate") == 'Enrique "Iking" Ledesma'
    # ("political analyst Dr Benedict Sipaun of Universiti Malaysia Sabah", "Malaysia Sabah"
    # typed a person)
    r = extractor.extract(probe_article("round-78b/08-thestar-sabah-coalition-deal.txt"))
    assert said_inside(r, "arithmetically comfortable but politically fragile") == "Benedict Sipaun"
    # ("B.C. Conservative forests critic Amrit Bains", "critic" a verb and "B.C. Conservative"
    # a person)
    r = extractor.extract(probe_article("round-78a/10-cbcnews-wildfire-helicopter-fraud-charges.txt"))
    assert said_inside(r, "for an entire fire season") == "Amrit Bains"
    # ("Khoa said" is "Vu Dinh Khoa", not "Nguyen Thi Hoa"; '"...," said Hasnah, 41,')
    r = extractor.extract(probe_article("round-78b/10-afp-vietnam-typhoon-toll.txt"))
    assert said_inside(r, "Even moderate rain can now trigger landslides") == "Vu Dinh Khoa"
    r = extractor.extract(probe_article("round-78b/05-jakartapost-morowali-smelter-blast.txt"))
    assert said_inside(r, "But where else would he work?") == "Hasnah"


def test_what_one_had_told_another_inside_a_report(extractor):
    # ('Flett said ... that she had told him "the young people are carrying the elders onto
    # the planes."': not Flett's words; 'the premier had promised him "..."')
    r = extractor.extract(probe_article("round-78a/02-cbcnews-kinosao-lake-wildfire-evacuation.txt"))
    assert said_inside(r, "carrying the elders onto the planes") != "Arnold Flett"
    r = extractor.extract(probe_article("round-78a/08-winnipegfreepress-churchill-corridor-premiers.txt"))
    assert said_inside(r, "a seat at the table from the first shovel") == "Raymond Lavallée"


# Round 79 (benchmarks/probes/round-79a ... round-79c): fails at 7f0f444.

def test_a_lede_s_role_and_the_body_s_title_are_one_person(extractor):
    # ("The Pentagon's top budget official warned ..." then "Deputy Under Secretary of Defense
    # Marisa Okafor-Bell told ...": the heading's "Pentagon budget chief" too)
    r = extractor.extract(probe_article("round-79c/01-ap-pentagon-stopgap-hearing.txt"))
    assert said_inside(r, "ground hundreds of training flights") == "Marisa Okafor-Bell"
    assert said_inside(r, "would ground training flights") == "Marisa Okafor-Bell"
    assert said_inside(r, "on last year's receipts") == "Marisa Okafor-Bell"
    # (and the body's "the budget chief", read before the lede's role was given her)
    assert said_inside(r, "one we are fixing, line by line") == "Marisa Okafor-Bell"
    # ("its finance minister said" is "Treasury Cabinet Secretary Francis Otieno Owino")
    r = extractor.extract(probe_article("round-79a/07-reuters-kenya-imf-deal.txt"))
    assert said_inside(r, "staff-level agreement on a new") == "Francis Otieno Owino"
    # ("EPA chief" is the administrator, not the agency's inspector general)
    r = extractor.extract(probe_article("round-79c/12-thehill-epa-chief-pesticide-report.txt"))
    assert said_inside(r, "I did not change a single number") == "Roy Castellane"
    # ("the chairman had assured him" is "The committee's chair, Rep. Gordon Asher,")
    r = extractor.extract(probe_article("round-79c/09-cnn-judge-impeachment-inquiry.txt"))
    assert said_inside(r, "would have equal access to every document") == "Gordon Asher"


def test_a_name_set_off_known_or_initialled(extractor):
    # ("a man she identified as Godfrey Tumusiime" is the site manager who told residents)
    r = extractor.extract(probe_article("round-79a/03-monitor-mubende-evictions.txt"))
    assert said_inside(r, "trespassers on private property") == "Godfrey Tumusiime"
    # ("According to the Clerk of the National Assembly, Mary Nduta Wachira, ...")
    r = extractor.extract(probe_article("round-79a/01-nation-finance-bill-levies.txt"))
    assert said_inside(r, "expected to table its report on June 12") == "Mary Nduta Wachira"
    # ("Dr. S. Arulmozhi" is not her namesake "Dr. M. Arulmozhi")
    r = extractor.extract(probe_article("round-79b/01-thehindu-heatwave-hospitals-tamil-nadu.txt"))
    assert said_inside(r, "converted into a cooling centre") == "S. Arulmozhi"
    # ("Representing Pell, attorney Yvonne Castellanos argued": not Pell)
    r = extractor.extract(probe_article("round-79c/02-politico-justices-removal-power.txt"))
    assert said_inside(r, "created multimember commissions since") == "Yvonne Castellanos"


def test_a_state_a_told_clause_and_a_subject_after_a_name(extractor):
    r = extractor.extract(probe_article("round-79c/05-rollcall-impeachment-inquiry-transportation.txt"))
    # ("The South Carolina Republican" is "Rep. Mitch Dandridge of South Carolina", not the
    # Arizona Republican chairman)
    assert said_inside(r, "entitled to her caution") == "Mitch Dandridge"
    # ("... into Transportation Secretary Alan Brody, the panel's chairman said": not Brody)
    assert said_inside(r, "will subpoena records from three engineering firms") != "Alan Brody"
    # ('She said one of them, Col. Terrence Vick, had told her that his wing "cannot ..."')
    r = extractor.extract(probe_article("round-79c/01-ap-pentagon-stopgap-hearing.txt"))
    assert said_inside(r, "cannot schedule a single depot overhaul") == "Terrence Vick"
    # (a run of questions "Under cross-examination by the petitioner's lawyer, Zablon Mokaya
    # Nyangau, the returning officer was asked ...": the answers are the officer's)
    r = extractor.extract(probe_article("round-79a/12-standard-kitutu-chache-petition.txt"))
    assert said_inside(r, "The stamps ran out in some stations") == "Jared Nyakundi Ombati"
    assert said_inside(r, "I made a note in my diary") == "Jared Nyakundi Ombati"


def test_a_quote_with_no_cue_after_a_paragraph_about_one_person(extractor):
    # ("Castellane paused, then answered. // "I know that it won't happen again on my watch."")
    r = extractor.extract(probe_article("round-79c/12-thehill-epa-chief-pesticide-report.txt"))
    assert said_inside(r, "happen again on my watch") == "Roy Castellane"
    r = extractor.extract(probe_article("round-79c/11-reuters-shutdown-talks-collapse.txt"))
    assert said_inside(r, "they can own it") == "Sandra Liu"


def test_a_place_opening_the_sentence_is_no_source(fast_extractor):
    # ("Outside Parliament, the Federation of Small Traders of Kenya said", the place the
    # small model's subject)
    r = fast_extractor.extract(probe_article("round-79a/01-nation-finance-bill-levies.txt"))
    assert said_inside(r, "at least 30,000 kiosks").startswith("Federation of Small Traders")


def test_a_quote_goes_on_from_the_one_before_it_not_from_a_report_told_inside(fast_extractor):
    # ('The retired general said Ag Issa had once told him that Niger "...". "I do not blame
    # ...," the 62-year-old added. "I blame the politicians in Niamey ..."': the general's; right
    # at 7f0f444, where fewer reports were read as told inside, this fails where the told one
    # is added out of order among the paragraph's attributions)
    r = fast_extractor.extract(probe_article("round-74a/07-lemondeafrique-ouallam-russian-instructors.txt"))
    assert said_inside(r, "I blame the politicians in Niamey") == "Pierre-Yves de La Tour-Vermont"


# Round 80 (benchmarks/probes/round-80a ... round-80c): fails at 97d6903.

def test_roles_of_an_owner_a_company_and_a_region(extractor):
    # ("Osaka-based Sanko Pharmaceutical, spokesperson Fang Yiwen": no company's spokesperson,
    # so "A Chinese Foreign Ministry spokesperson" is she, not Japan's chief cabinet secretary)
    r = extractor.extract(probe_article("round-80c/12-nikkei-china-japan-detained-employee.txt"))
    assert said_inside(r, "in strict accordance with the law") == "Fang Yiwen"
    # ("regulator's chief" is "the regulator's chief executive, Anjali Vora", not the water
    # company's chief executive named first)
    r = extractor.extract(probe_article("round-80a/03-theguardian-water-boss-select-committee.txt"))
    assert said_inside(r, "authority acted too slowly") == "Anjali Vora"
    # (a Kazakh region's akim is its governor; a heading's "... - akim")
    r = extractor.extract(probe_article("round-80b/04-kazinform-karaganda-car-plant-forum.txt"))
    assert said_inside(r, "create about 2,300 jobs") == "Yerlan Maratovich Saparov"
    assert said_inside(r, "Karaganda car plant to reach 40,000 vehicles") == "Yerlan Maratovich Saparov"
    # ("Rashad Mammadov, CEH vice-president for midstream projects," is "the CEH executive")
    r = extractor.extract(probe_article("round-80b/05-trend-trans-caspian-pipeline-talks.txt"))
    assert said_inside(r, "not a friendly place for survey vessels") == "Rashad Mammadov"
    # ("The EU executive" is the Commission, not "Orchard's vice-president for EU affairs")
    r = extractor.extract(probe_article("round-78c/07-euractiv-orchard-dma-decision.txt"))
    assert said_inside(r, "face periodic penalty payments") == "European Commission"


def test_gaelic_surnames_and_a_description_reported_by_the_one_just_quoted(extractor):
    # ("Cllr Bríd Mac Mathúna" is not her namesake Tadhg Mac Mathúna, named more)
    r = extractor.extract(probe_article("round-80a/06-rte-clare-data-centre-rezoning.txt"))
    assert said_inside(r, "My colleague talks about jobs") == "Bríd Mac Mathúna"
    # ("MacAskill ... told the committee that the transport secretary had assured him ... that the
    # vessels would be "in the water by Easter"": not MacAskill's own promise)
    r = extractor.extract(probe_article("round-80a/10-thescotsman-holyrood-ferries-committee.txt"))
    assert said_inside(r, "in the water by Easter") != "Ruairidh MacAskill"


# Round 81 (benchmarks/probes/round-81a ... round-81c): fails at 26c5c62.

def test_west_african_titles_offices_and_statements_issued_for_another(extractor):
    # (a House's Minority Leader is "the lawmaker")
    r = extractor.extract(probe_article("round-81a/01-premiumtimes-kano-budget-standoff.txt"))
    assert said_inside(r, "we become a rubber stamp") == "Salisu Ibrahim Rano"
    # ("the mother of four" says no more of whom than "the mother": the one just quoted)
    r = extractor.extract(probe_article("round-81a/02-punch-subsidy-ultimatum.txt"))
    assert said_inside(r, "We are all suffering") == "Aisha Ladi Musa"
    # ("The President of the Association of Licensed Currency Dealers (ALCD), Alhaji ...": the
    # body its initials follow is no person "Currency Dealers")
    r = extractor.extract(probe_article("round-81a/04-guardian-naira-rate-hike.txt"))
    assert said_inside(r, "at least 90 days to comply") == "Aminu Dahiru Gwadabe"
    # ("the Commissioner of Police, CP Ibrahim Musa Garko," is "the police commissioner"; the
    # governor "in a statement issued on his behalf by his Chief Press Secretary, Mr ...,")
    r = extractor.extract(probe_article("round-81a/12-punch-ogun-kidnap-rescue.txt"))
    assert said_inside(r, "I salute the courage of my men") == "Ibrahim Musa Garko"
    assert said_inside(r, "not become a haven for criminals") == "Adekunle Olatunde Sowemimo"
    r = extractor.extract(probe_article("round-81a/06-afp-ghana-galamsey-troops.txt"))
    assert said_inside(r, "respect the rights of law-abiding residents") == "Ghana Armed Forces"
    # (a quote after a sentence whose subject is a name typed a body: "Nana Owusu-Ansah was
    # quick to respond.")
    r = extractor.extract(probe_article("round-81a/07-dailygraphic-cocoa-producer-price.txt"))
    assert said_inside(r, "Let him come to Bibiani") == "Nana Yaw Owusu-Ansah"


def test_european_names_with_particles_and_the_offices_of_banks_and_companies(extractor):
    # ("Anneliese" + "van der" + "Berghe": one name; "The European Central Bank's president" is
    # no "Bundesbank president")
    r = extractor.extract(probe_article("round-81c/01-reuters-ecb-no-rush-rate-cuts.txt"))
    assert said_inside(r, "would include a scenario in which gas prices rise") == "Anneliese van der Berghe"
    assert said_inside(r, "policymakers would need several more months") == "Anneliese van der Berghe"
    # ("The opposition Bürgerallianz said": the party, not "opposition")
    r = extractor.extract(probe_article("round-81c/04-handelsblatt-debt-brake-dispute.txt"))
    assert said_inside(r, "incapable of agreeing even on basic arithmetic") == "Bürgerallianz"
    # ("The governor of the Banque de France, Étienne de Saint-Aubin," is "the central banker")
    r = extractor.extract(probe_article("round-81c/05-lesechos-french-deficit-target.txt"))
    assert said_inside(r, "reflects a political risk premium") == "Étienne de Saint-Aubin"
    # ("its chief executive officer" is no "Chief Financial Officer")
    r = extractor.extract(probe_article("round-81c/02-bloomberg-brandauer-job-cuts.txt"))
    assert said_inside(r, "will eliminate about 9,000 jobs") == "Friedrich von Lössnitz"


def test_a_fellow_set_off_a_place_based_and_one_named_in_the_next_sentence(extractor):
    # ("Ritu Agarwal, senior fellow at the New Delhi-based Centre ...,": "New Delhi-based" is no
    # person, and a fellow sets off a name typed a body)
    r = extractor.extract(probe_article("round-81b/05-downtoearth-punjab-msp-march.txt"))
    assert said_inside(r, "under the WTO microscope") == "Ritu Agarwal"
    # ("A senior ministry official ... said ... . The official, Aigerim Nurlanova, ...")
    r = extractor.extract(probe_article("round-81b/12-afp-kazakhstan-wheat-export-ban.txt"))
    assert said_inside(r, "state reserves held enough wheat") == "Aigerim Nurlanova"


def test_titles_written_short_and_a_police_public_relations_officer(extractor, fast_extractor):
    # (guards: a Police Public Relations Officer is "the spokesman" once "SP" is a title; the
    # name after "Kisumu Central MP Hon." keeps its sentence and role, so "the legislator" is
    # not the assembly's Minority Leader; "Toronto police spokesperson Const. Alicia Dupuis
    # said", "Const." tagged a full stop, still hers in fast mode)
    r = extractor.extract(probe_article("round-54a/01-nan-inec-kogi-supplementary.txt"))
    assert said_inside(r, "Anybody caught snatching ballot boxes") == "Williams Aya-Ochigbo"
    r = extractor.extract(probe_article("round-63c/01-dailynation-kisumu-budget-standoff.txt"))
    assert said_inside(r, "Nobody in Kisumu elected us to fight") == "Daniel Ogola Opiyo"
    r = fast_extractor.extract(probe_article("round-42b/07-torontostar-durham-carjacking-sentence.txt"))
    assert said_inside(r, "a noticeable drop in violent vehicle thefts") == "Alicia Dupuis"


# Round 82 (benchmarks/probes/round-82a ... round-82c): fails at fd02d11.

def test_an_office_by_its_initials_and_a_title_inside_a_name(extractor):
    # ("the CRS", "says CRS": the "Commissioner of Railway Safety (CRS) Satyendra Kumar Pillai",
    # no body "Railway Safety"; "Odisha Gana Parishad (OGP) legislator Nirmala Behera": the
    # legislator, not a person "Odisha Gana")
    r = extractor.extract(probe_article("round-82a/05-hindustantimes-sambalpur-derailment-crs-inquiry.txt"))
    assert said_inside(r, "I will not speculate. The evidence will speak") == "Satyendra Kumar Pillai"
    assert said_inside(r, "Signal fault 'cannot be ruled out'") == "Satyendra Kumar Pillai"
    assert said_inside(r, "only a judicial inquiry could establish the truth") == "Nirmala Behera"
    r = extractor.extract(probe_article("round-82a/11-thehindu-kovvur-collision-crs-report.txt"))
    assert said_inside(r, "the indicator had been under failure for over 40") == "D. Lakshmana Rao"
    # (guards: a body's initials in a person's role are no office of theirs: "the UCJ" of a
    # "leader of the Union for Change and Justice (UCJ)")
    r = extractor.extract(probe_article("round-41b/12-france24-chad-legislative-results.txt"))
    assert said_inside(r, "peaceful but determined until the truth is known") == "UCJ"
    # ("Minister of State for Jal Shakti Dr Shalini Mahato", "Jal Shakti Dr Shalini Mahato" typed
    # a person: the name from "Dr", no "Union Jal Shakti Minister" for "Minister of State")
    r = extractor.extract(probe_article("round-82a/01-pti-lok-sabha-river-boards-bill.txt"))
    assert said_inside(r, "the draft had been circulated to all states") == "Shalini Mahato"


def test_german_and_french_bodies_and_names(extractor):
    # ("a member of the Bundesbank's executive board" is "the central banker")
    r = extractor.extract(probe_article("round-82b/01-reuters-bundestag-budget-vote.txt"))
    assert said_inside(r, "Transparency is not a luxury") == "Jörg Wendel"
    # ("Bauernbund Nord" is "The association"; "The logistics association BVDL estimated")
    r = extractor.extract(probe_article("round-82b/03-dpa-farmers-blockade-lower-saxony.txt"))
    assert said_inside(r, "every day this week, in every district") == "Bauernbund Nord"
    r = extractor.extract(probe_article("round-82b/10-afp-germany-rail-strike.txt"))
    assert said_inside(r, "the cost of the strike at 100 million euros a day") == "BVDL"
    # ("Bouches-du-Rhône prefect Jean-Philippe de Roux-Mazel", typed a body: a name with "de")
    r = extractor.extract(probe_article("round-82b/12-thelocal-marseille-bin-strike.txt"))
    assert said_inside(r, "ready to requisition workers") == "Jean-Philippe de Roux-Mazel"


def test_a_whose_clause_a_one_of_named_next_a_partys_members_and_a_ministers_office(extractor):
    # ("The 38-year-old, whose parents came to the Ruhr from Turkey in the 1980s,": Turkey is
    # no nationality of hers, so she is the one just quoted)
    r = extractor.extract(probe_article("round-82b/04-dw-spd-congress-new-leaders.txt"))
    assert said_inside(r, "talked about them rather than to them") == "Aylin Demir-Voss"
    # ("One of the absent ANR deputies, a first-term lawmaker from the Var, told POLITICO ... .
    # The deputy, Rémi Ferracci,")
    r = extractor.extract(probe_article("round-82b/07-politico-assemblee-no-confidence.txt"))
    assert said_inside(r, "at a funeral, not at Matignon") == "Rémi Ferracci"
    # ("The Greens in Baden-Württemberg said": the party's members, not its Minister-President)
    r = extractor.extract(probe_article("round-82b/11-dpa-cdu-congress-stuttgart.txt"))
    assert said_inside(r, "no plan, only a candidate") == "Greens"
    # ("Union minister of state for railways V Somashekar": his role, "the minister of state")
    r = extractor.extract(probe_article("round-82a/05-hindustantimes-sambalpur-derailment-crs-inquiry.txt"))
    assert said_inside(r, "If anyone is found negligent") == "V Somashekar"
    # (guard: "The state news agency INA later quoted him as saying": INA, a body's initials
    # after its noun, is no person for "him")
    r = extractor.extract(probe_article("round-76c/10-reuters-iraq-water-shortage-talks.txt"))
    assert said_inside(r, "a minimum of 500 cubic metres per second") == "Ali Rahim al-Saadi"


# Round 83 (benchmarks/probes/round-83a ... round-83c): fails at 4769d31.

def test_portuguese_names_with_e_and_particles(extractor):
    # ("Tiago Alexandre Brandão e Meneses", cut at "e", then "the 44-year-old engineer"; "The
    # Prime Minister, Luís Filipe Carvalho de Menezes,", untyped, and "Carvalho de Menezes" no
    # "Menezes" with a role "Carvalho de")
    r = extractor.extract(probe_article("round-83a/09-observador-water-contracts-resignation.txt"))
    assert said_inside(r, "I leave with my head held high") == "Tiago Alexandre Brandão e Meneses"
    r = extractor.extract(probe_article("round-83a/02-lusa-portugal-budget-final-vote.txt"))
    assert said_inside(r, "contains no hidden surprises") == "Luís Filipe Carvalho de Menezes"
    # ("The Portuguese engineer" after the chief executive quoted: a profession, no other office)
    r = extractor.extract(probe_article("round-83a/04-clubofmozambique-tete-coal-strike.txt"))
    assert said_inside(r, "has never missed a single salary payment") == "Gustavo Henriques da Fonseca e Melo"
    # (a heading that opens with a role, typed a body: "Rapporteur says ex-governor ran ...")
    r = extractor.extract(probe_article("round-83a/03-agenciabrasil-stf-keeps-ex-governor-detained.txt"))
    assert said_inside(r, "ran state treasury like a family business") == "Ana Beatriz Castro dos Santos"
    # (guard: "an agronomist in India" is no one the text named before it)
    r = extractor.extract(probe_article("round-50b/02-nature-nitrogen-wheat.txt"))
    assert said_inside(r, "he is still waiting for the raw data") != "Zhou Minghui"


def test_an_interview_printed_with_no_marks(extractor):
    # ("In a brief interview, Mr. Suresh Kumar was asked whether ... . // Will the board move to
    # digital distribution? // We are studying ...": the answers are his)
    r = extractor.extract(probe_article("round-83c/02-the-hindu-plus-two-chemistry-paper-leak.txt"))
    assert said_inside(r, "A pilot will begin in June") == "Suresh Kumar"
    r = extractor.extract(probe_article("round-83a/09-observador-water-contracts-resignation.txt"))
    assert said_inside(r, "I learned of the searches from the television") == "Duarte Manuel Pinto Leite de Sousa"
    # (guard: lines by name are no unmarked interview: "Bloomberg: Where would the money go? //
    # Ortiz de Zárate: Portugal, Italy, ..." is not the minister's)
    r = extractor.extract(probe_article("round-62c/10-bloomberg-madrid-utility-windfall-levy.txt"))
    assert not any("we have options" in a.content.text and a.speaker == "Teresa Lorente Casals"
                   for a in r.attributions)


def test_a_deputys_hyphenated_role_and_a_stage_name(extractor):
    # ("The university's vice-chancellor, Professor Alasdair Brock," then "the vice-chancellor
    # said"; "Vice-chancellor Prof Janet Okoro")
    r = extractor.extract(probe_article("round-83c/01-ap-caledon-lecturers-strike-vote.txt"))
    assert said_inside(r, "Nobody came into university leadership") == "Alasdair Brock"
    r = extractor.extract(probe_article("round-83c/12-the-guardian-northmoor-medical-finals-leak.txt"))
    assert said_inside(r, "the only defensible option open to us") == "Janet Okoro"
    # ("Irish pop star Lunaria ... . Lunaria, whose real name is Sofia Brennan," and "the singer")
    r = extractor.extract(probe_article("round-83b/07-bbc-lunaria-tour-cancelled.txt"))
    assert said_inside(r, "I will make this up to you") == "Sofia Brennan"
    # (guard: "the executive vice-president" is "Executive Vice-President Kristiina Aalto", whose
    # title is no part of her name)
    r = extractor.extract(probe_article("round-78c/07-euractiv-orchard-dma-decision.txt"))
    assert said_inside(r, "will publish the full non-confidential decision") == "Kristiina Aalto"


TOLD = ("Union backs head teacher\n\n"
        "LEEDS — The School Leaders' Union said on Thursday it would support the head of Thornbury "
        "Park Academy, Gillian Ashworth, in her appeal.\n\n"
        "Its general secretary, Paul Redfern, said he had spoken to the head on Thursday morning. "
        "\"Ashworth told me she had not slept for three nights. No school should be judged in two "
        "days,\" he said.")
MAYOR = ("Council approves budget\n\n"
         "BRAGA (Lusa) - The council approved the 2025 budget on Monday.\n\n"
         "The mayor of Braga, Rui Lopes, welcomed the vote.\n\n"
         "The opposition leader, Ana Costa, voted against it.\n\n"
         "\"This is a good day for the city,\" the mayor said.")


def test_a_lead_in_a_report_inside_a_quote_and_bodies_by_their_own_words(extractor):
    # ("Sandhu went further. // "A scalpel ...": a one-sentence lead-in by a name typed a body,
    # over the "she said" two paragraphs before)
    r = extractor.extract(probe_article("round-83c/06-university-world-news-canada-study-permit-cap.txt"))
    assert said_inside(r, "I'm not sure it does") == "Harjit Sandhu"
    # ('"Ashworth told me she had not slept for three nights," he said': what she told him is
    # hers; but "He told me he was looking forward to coming home" stays the daughter's)
    r = extractor.extract(TOLD)
    assert said_inside(r, "she had not slept for three nights") == "Gillian Ashworth"
    assert said_inside(r, "No school should be judged") == "Paul Redfern"
    r = extractor.extract(probe_article("round-80c/12-nikkei-china-japan-detained-employee.txt"))
    assert said_inside(r, "looking forward to coming home for New Year") == "Haruka Ueda"
    # ("Ethan Park, 22, a senior in economics," typed a place)
    r = extractor.extract(probe_article("round-83c/09-ap-harborview-encampment-arrests.txt"))
    assert said_inside(r, "I support some of what they want") == "Ethan Park"
    # ("the Musée Rhône-Afrique" is "the museum"; the "Confederação Nacional do Trabalho" "The
    # confederation")
    r = extractor.extract(probe_article("round-83b/03-afp-lyon-museum-stools.txt"))
    assert said_inside(r, "scheduled for November 18 in Lyon") == "Musée Rhône-Afrique"
    r = extractor.extract(probe_article("round-83a/02-lusa-portugal-budget-final-vote.txt"))
    assert said_inside(r, "a national strike for 12 December") == "Confederação Nacional do Trabalho"
    # ("The mayor of Braga, Rui Lopes," is "the mayor")
    assert said(extractor.extract(MAYOR), "a good day for the city")[0] == "Rui Lopes"
    # ('Harald Wendt, the German producer of the competition entry "Northern Lights Over Kiel,"
    # who wrote on X': "who" is the producer, not the entry)
    r = extractor.extract(probe_article("round-83b/01-ap-adriatic-festival-jury.txt"))
    assert said_inside(r, "confuse headlines with cinema") == "Harald Wendt"
    # (guards: "told the court Delahaye recruited" makes no body of Delahaye; "the rapporteur" is
    # the justice the case went to, where no one is called rapporteur)
    r = extractor.extract(probe_article("round-42b/07-torontostar-durham-carjacking-sentence.txt"))
    assert said_inside(r, "I'm sorry to the families") == "Marcus Delahaye"
    r = extractor.extract(probe_article("round-60b/01-agenciabrasil-stf-pension-fraud-operation.txt"))
    assert said_inside(r, "This is not a matter of isolated irregularities") == "Antônio Carlos Ferreira Campos"


# Round 84 (benchmarks/probes/round-84a ... round-84c): fails at eb65850.

def test_the_chief_executive_is_no_chairman(extractor):
    # ("the chief executive" is the "president and chief executive", not the chairman named since)
    r = extractor.extract(probe_article("round-84a/02-gulfnews-falcon-skies-expansion.txt"))
    assert said_inside(r, "most of it would be paid in cash") == "Tariq Abu Samra"


def test_latin_american_degree_titles(extractor):
    # ("Ing. Silvia Xiloj Tum, an agronomist ...", "Councilman Ing. Walter Cifuentes Orozco": no
    # sentence break after "Ing.", and no person "Ing")
    r = extractor.extract(probe_article("round-84b/02-efe-huehuetenango-coffee-rust.txt"))
    assert said_inside(r, "the problem went beyond chemicals") == "Silvia Xiloj Tum"
    r = extractor.extract(probe_article("round-84b/06-prensalibre-xela-market-relocation.txt"))
    assert said_inside(r, "the municipality had held eleven meetings") == "Walter Cifuentes Orozco"


def test_a_workers_organisation_is_a_union_and_a_municipal_president_the_mayor(extractor):
    # ("The Irish Nurses and Midwives Organisation (INMO)", an organisation of nurses, is "the
    # union"; "Mayor Gonzalo Alberto Cámara Peón" is "the municipal president")
    r = extractor.extract(probe_article("round-84c/04-irishtimes-inmo-hiring-freeze-trolleys.txt"))
    assert said_inside(r, "612 patients were waiting for beds") == "Irish Nurses and Midwives Organisation"
    r = extractor.extract(probe_article("round-84b/09-mexiconewsdaily-merida-street-vendors.txt"))
    assert said_inside(r, "The center belongs to everyone") == "Gonzalo Alberto Cámara Peón"


# Round 86 (benchmarks/probes/round-86a ... round-86c): fails at 3474e4d.

def test_namesakes_by_the_one_named_last_and_by_a_womans_title(extractor):
    # ("Margaret Lloyd, speaking from her bed, ... // '...,' Mrs Lloyd said" is not her daughter
    # Sian Lloyd, named first; "Ms Lloyd" is not the one called "Mrs Lloyd")
    r = extractor.extract(probe_article("round-84c/03-bbc-wales-ambulance-wait-fall.txt"))
    assert said_inside(r, "I kept talking to the cat") == "Margaret Lloyd"
    assert said_inside(r, "asked the nurses three times") == "Sian Lloyd"
    assert said_inside(r, "Every hour I rang 999") == "Sian Lloyd"


def test_initials_with_dotted_ones_and_an_age_the_report_before_is_about(extractor):
    # ("the USCCA" of "the U.S. Clean Competition Agency"; "Caleb Renner has been suspended ...,
    # the agency announced, and the 24-year-old swimmer vowed"; "Zanele Mthembu, a 52-year-old
    # cleaner", whom "For ..., the debate is not abstract. She said" is about)
    r = extractor.extract(probe_article("round-86b/06-espn-renner-whereabouts-ban.txt"))
    assert said_inside(r, "Renner had not been at the location") == "U.S. Clean Competition Agency"
    assert said_inside(r, "to fight the ban at every level") == "Caleb Renner"
    r = extractor.extract(probe_article("round-86c/01-businessday-funeral-lapses-capital.txt"))
    assert said_inside(r, "her funeral policy of 11 years") == "Zanele Mthembu"
    assert said_inside(r, "I paid for eleven years") == "Zanele Mthembu"
    assert said_inside(r, "that is a conduct failure") == "Nomvula Dlamini"


def test_the_one_a_role_is_for_or_a_body_is_led_by_is_not_who_speaks(extractor):
    # ("A lawyer for Olympic relay medalist Tamika Broderick" is her lawyer; "His client,
    # Besnard said, had been ..." is Besnard's; "The Independent Investigation Committee, chaired
    # by lawyer Hiroshi Kanemoto," and "The Police Social and Welfare Association, in a statement
    # signed by its president, Insp Rajiv Balgobin," are the bodies)
    r = extractor.extract(probe_article("round-86b/01-ap-sprinter-ban-appeal.txt"))
    assert said_inside(r, "stored her urine sample in a faulty freezer") == "Marcus Ellington-Shaw"
    assert said_inside(r, "lab left sample in broken freezer") == "Marcus Ellington-Shaw"
    r = extractor.extract(probe_article("round-86b/03-afp-cycling-doctor-hearing.txt"))
    assert said_inside(r, "a sick young man who trusted his doctor") == "Olivier Besnard"
    r = extractor.extract(probe_article("round-86b/08-kyodo-judo-coach-panel.txt"))
    assert said_inside(r, "had interviewed 46 people") == "Independent Investigation Committee"
    r = extractor.extract(probe_article("round-86a/03-trinidadguardian-morvant-bodycams.txt"))
    assert said_inside(r, "legal representation for all four men") == "Police Social and Welfare Association"
    assert said_inside(r, "linked the area to a long-running gang feud") == "Roxanne Mohammed-Jack"


def test_an_office_one_was_elected_to_or_appears_in_court_for(extractor):
    # ("Rustam Abdulov was re-elected president of the Asian Wrestling Council" is "the
    # president"; "Devindra Kissoon, who appeared for the LGC," is "the lawyer")
    r = extractor.extract(probe_article("round-86b/02-reuters-wrestling-council-election.txt"))
    assert said_inside(r, "has nothing to hide and will open every ledger") == "Rustam Abdulov"
    assert said_inside(r, "to take the result to arbitration") == "Kairat Sembayev"
    r = extractor.extract(probe_article("round-86a/07-stabroeknews-town-clerk-ruling.txt"))
    assert said_inside(r, "we believe the court misread section 14") == "Devindra Kissoon"


def test_answers_printed_as_quotes_alone_after_questions(extractor):
    # (an interview's questions printed plain and its answers as quotes alone; a reporter's
    # question between a quote and the next: '"Not necessarily," she said. // And the
    # shilling? // "The shilling is ..."')
    r = extractor.extract(probe_article("round-86c/08-thecitizen-mobile-money-fraud.txt"))
    assert said_inside(r, "Some are, some are not.") == "Jabiri Kombo"
    assert said_inside(r, "That is about 1.1 million lines.") == "Jabiri Kombo"
    r = extractor.extract(probe_article("round-86c/06-bloomberg-kenya-rate-cut.txt"))
    assert said_inside(r, "We are not targeting a level.") == "Wanjiku Mathenge"


def test_an_agencys_correspondent_reports_the_one_named_and_gnas_dateline(extractor):
    # ("..., Colonel Daniyar Zhumabayev, told a session ..., a Kazinform correspondent reports";
    # GNA's "Accra, May 14, GNA – The National Insurance Commission (NIC) says")
    r = extractor.extract(probe_article("round-86a/08-kazinform-shymkent-crime-report.txt"))
    assert said_inside(r, "fell by 12 percent in 2024") == "Daniyar Zhumabayev"
    assert said_inside(r, "the number of robberies dropped") == "Daniyar Zhumabayev"
    r = extractor.extract(probe_article("round-86c/05-gna-motor-claims-nic.txt"))
    assert r.dateline is not None and r.dateline.agency == "GNA"
    assert said_inside(r, "insurance companies are sitting on more than") == "National Insurance Commission"


def test_an_opening_describes_the_body_the_text_names_next(extractor):
    # ("Jamaica's sole electricity distributor said" before "The Jamaica Public Service Co.";
    # "the tax authority said" before "The South African Revenue Service (SARS)"; "British
    # Track and Field (BTF)" is no person "Field")
    r = extractor.extract(probe_article("round-86a/09-ap-jamaica-islandwide-blackout.txt"))
    assert said_inside(r, "triggered a blackout") == "Jamaica Public Service Co."
    r = extractor.extract(probe_article("round-86c/11-reuters-south-africa-two-pot-withdrawals.txt"))
    assert said_inside(r, "from their retirement savings") == "South African Revenue Service"
    r = extractor.extract(probe_article("round-86b/04-bbcsport-heptathlete-cleared.txt"))
    assert said_inside(r, "available for selection with immediate effect") == "British Track and Field"


def test_an_office_by_its_body_and_portfolio(extractor):
    # ("General Manager of the Barbados Water Authority (BWA) Charmaine Holder-Best" is the "BWA
    # boss"; "Kenya's Treasury chief" the "Cabinet Secretary for the National Treasury", no
    # association's chief executive; "the Aurora coach" no "Croatian coach of Valtellina")
    r = extractor.extract(probe_article("round-86a/05-barbadostoday-st-andrew-water-outage.txt"))
    assert said_inside(r, "Pump failures to blame") == "Charmaine Holder-Best"
    assert said_inside(r, "back in the taps by the weekend") == "Charmaine Holder-Best"
    r = extractor.extract(probe_article("round-86c/02-theeastafrican-mobile-money-levies.txt"))
    assert said_inside(r, "the levy is modest") == "Peter Owino"
    r = extractor.extract(probe_article("round-50a/10-gazzetta-ferraro-aurora-dream.txt"))
    assert said_inside(r, "It is the most mature") == "Massimo Ferraro"
    assert said_inside(r, "You take it, you") == "Massimo Ferraro"


# Round 87 (benchmarks/probes/round-87a ... round-87c): fails at a0d4e01.

def test_investigators_and_their_report_are_the_one_investigating_body(extractor):
    # ("Rail investigators", "the report" of a text that names one investigating body, by the
    # words of an accident investigator's name: "Railway Safety Investigation Unit", "National
    # Transport Accident Committee")
    r = extractor.extract(probe_article("round-87b/08-bbc-norfolk-level-crossing-crash.txt"))
    assert said_inside(r, "the warning lights at the crossing were not working") == "Railway Safety Investigation Unit"
    r = extractor.extract(probe_article("round-87b/10-irishindependent-portarlington-derailment-report.txt"))
    assert said_inside(r, "drainage had been identified as deficient") == "Railway Incident Investigation Office"
    r = extractor.extract(probe_article("round-87b/11-reuters-surabaya-runway-overrun.txt"))
    assert said_inside(r, "had been on duty for more than 13 hours") == "National Transport Accident Committee"


def test_a_given_name_left_out_of_a_surname_typed_a_body(extractor):
    # ("Raili Nurmi, a retired teacher," with "Nurmi" typed a body, beside her son "Ville Nurmi":
    # no one of the son's; and "His mother" is her)
    r = extractor.extract(probe_article("round-87a/01-yle-kristinestad-wind-farm-vote.txt"))
    assert said_inside(r, "in the wrong season, with the wrong wind") == "Raili Nurmi"
    assert said_inside(r, "too young to remember what the paper mill promised") == "Raili Nurmi"
    assert said_inside(r, "I worry about whether there will be any work") == "Ville Nurmi"


def test_bishops_archbishops_and_their_sees(extractor):
    # ("Polish bishops" are the one bishops' conference the text names; "the archbishop" one
    # titled so; "Archbishop Peter Ouma of Kisumu" and "Bishop Ernesto Lacson of Malolos" name no
    # person "Kisumu" or "Malolos")
    r = extractor.extract(probe_article("round-87c/12-afp-poland-religion-classes-cut.txt"))
    assert said_inside(r, "fight cut in school religion classes") == "Episcopal Council of Poland"
    assert said_inside(r, "more than 80 percent of pupils still attended") == "Stanislaw Nowicki"
    r = extractor.extract(probe_article("round-87c/03-ap-kenya-preacher-licensing-bill.txt"))
    assert said_inside(r, "if we must, we will see them in court") == "Peter Ouma"
    r = extractor.extract(probe_article("round-87c/11-ap-india-pastors-conversion-arrests.txt"))
    assert said_inside(r, "nobody was paid a single rupee") == "Leo D'Souza"
    r = extractor.extract(probe_article("round-87c/06-inquirer-negros-nun-red-tagging.txt"))
    assert "Malolos" not in {s.name for s in r.speakers}


def test_an_offices_last_portfolio_is_no_person(extractor):
    # ("Nigeria's Minister of Agriculture and Food Security, Chinedu Okonkwo-Bello," made a person
    # "Food Security", whom "he" then meant)
    r = extractor.extract(probe_article("round-81b/10-reuters-un-agencies-sahel-hunger.txt"))
    assert "Food Security" not in {s.name for s in r.speakers}
    assert said_inside(r, "Bans only move hunger from one market to the next") == "Chinedu Okonkwo-Bello"
