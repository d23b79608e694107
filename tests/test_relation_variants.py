"""Chairing, exercises, cooperation, agreements, memberships and initiatives told in other writers' words: verb roles,
the subject of each clause, lists whose items keep their own year, counterpart and status, and what a careless reader
would over-read (hosting is not chairing, an exercise named is not one taken part in, two other states' cooperation
is not this state's). Every sentence is invented; the paragraph is about Portugal (see test_profile_variants)."""

from __future__ import annotations

import pytest

from tests.test_profile_variants import facts, rows, short


# --- clauses: a coordinated verb or a pronoun subject opens a clause of its own -----------------------------------

@pytest.mark.parametrize("sentence, relation, expected", [
    ("Portugal chaired the OSCE in 2019, and in 2021 it served as chair of the Wassenaar Arrangement plenary.",
     "chairs", {("portugal", "osce", "2019", ""), ("portugal", "wassenaar-arrangement-plenary", "2021", "")}),
    ("Portugal presided over the Council of the EU in 2021, and later it hosted a meeting of the GFCE.",
     "chairs", {("portugal", "council-of-the-eu", "2021", "")}),
    ("Portugal participated in Locked Shields in 2022 and observed the Cyber Coalition exercise in 2023.",
     "participatesIn", {("portugal", "locked-shields", "2022", "")}),
    ("Portuguese teams took part in Cyber Europe in 2018 and studied the Crossed Swords scenario.",
     "participatesIn", {("portugal", "cyber-europe", "2018", "")}),
])
def test_a_later_verb_does_not_inherit_the_first_verbs_role(sentence: str, relation: str, expected: set) -> None:
    assert rows(sentence, relation) == expected


# --- exercises ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal has taken part in Locked Shields every year since 2016.", {("locked-shields", "2016")}),
    ("The national CSIRT competes in Cyber Europe.", {("cyber-europe", "")}),
    ("In 2021 the country sent a team to NATO's Cyber Coalition.", {("cyber-coalition", "2021")}),
    ("Portugal joined Crossed Swords for the first time in 2019.", {("crossed-swords", "2019")}),
    ("Portuguese analysts participated in the ITU CyberDrill in 2022 and 2024.",
     {("itu-cyberdrill", "2022"), ("itu-cyberdrill", "2024")}),
])
def test_a_known_exercise_needs_no_exercise_word(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese experts took part in the Cyber Coalition exercise in 2020 and 2021.",
     {("cyber-coalition", "2020"), ("cyber-coalition", "2021")}),
    ("Portugal took part in Locked Shields in 2019, and in Cyber Europe.", {("locked-shields", "2019"), ("cyber-europe", "")}),
    ("Having joined NATO in 2004, the country took part in Cyber Coalition.", {("cyber-coalition", "")}),
    ("Since 2018 the national CERT has competed in Locked Shields.", {("locked-shields", "2018")}),
    ("Portuguese teams took part in the Cyber Europe exercise organised by ENISA in 2022.", {("cyber-europe", "2022")}),
    ("The CSIRT joined Locked Shields, run by the NATO CCDCOE since 2010.", {("locked-shields", "")}),
    ("Portugal took part in Cyber Coalition as an observer in 2021.", {("cyber-coalition", "2021")}),
])
def test_each_exercise_keeps_its_own_times(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == expected


@pytest.mark.parametrize("sentence, owners", [
    # (another state's exercise is not a fact of Portugal's profile, and never Portugal's: see test_relation_wordings)
    ("Spain's participation in Locked Shields began in 2015.", set()),
    ("Portugal's participation in Cyber Europe is coordinated by its CSIRT.", {"portugal"}),
    ("Brazil's participation in Cyber Coalition was noted by NATO.", set()),
])
def test_the_owner_of_a_participation_takes_part(sentence: str, owners: set) -> None:
    assert {s for s, _, _, _ in rows(sentence, "participatesIn")} == owners


@pytest.mark.parametrize("sentence", [
    "Locked Shields, the largest live-fire cyber exercise, is run every spring by the NATO CCDCOE.",
    "The Cyber Coalition exercise took place in Estonia in 2023.",
    "Cyber Europe tests how national authorities cooperate in a crisis.",
])
def test_an_exercise_only_named_is_not_taken_part_in(sentence: str) -> None:
    assert rows(sentence, "participatesIn") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese teams took part in the Arab Cyber Drill organised by the ITU in 2021, and Portugal hosted the national "
     "exercise Ciber Atlas in 2023.", {("arab-cyber-drill", "itu")}),
    ("The CSIRT competes in Locked Shields, run by the NATO CCDCOE, and in Cyber Europe.", {("locked-shields", "nato-ccdcoe")}),
    ("Portugal joined the NATO-led Cyber Coalition in 2015 and Cyber Europe in 2016.", {("cyber-coalition", "nato")}),
])
def test_an_organiser_organises_the_exercise_it_is_written_with(sentence: str, expected: set) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "organisedBy")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2022, Portugal participated for the first time in Crossed Swords.", {("crossed-swords", "2022")}),
    ("Portugal has been a participant in Locked Shields since 2017.", {("locked-shields", "2017")}),
    ("The Portuguese CSIRT was part of the joint Iberian team at Locked Shields in 2023.", {("locked-shields", "2023")}),
    ("Portugal won Cyber Coalition in 2021.", {("cyber-coalition", "2021")}),
    ("A Portuguese team wins Locked Shields.", {("locked-shields", "")}),
])
def test_taking_part_told_with_nouns_and_results(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == expected


# --- chairing -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal served as president of the UN Security Council in November 2022.",
     {("portugal", "un-security-council", "2022")}),
    ("Portugal was the rotating president of the Council of the EU in 2021.", {("portugal", "council-of-the-eu", "2021")}),
    ("Portugal chaired the fourth UN GGE in 2014-2015.", {("portugal", "un-gge", "2014")}),
    ("Portugal chairs the African Union's Cyber Security Expert Group.",
     {("portugal", "cyber-security-expert-group", "")}),
    ("Portugal chaired the OSCE working group on confidence-building measures in 2020.",
     {("portugal", "osce-working-group", "2020")}),
])
def test_chairing_told_in_other_words(sentence: str, expected: set) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(sentence, "chairs")} == expected


@pytest.mark.parametrize("sentence", [
    "Portugal was elected vice-chair of the OSCE Forum for Security Co-operation in 2024.",
    "Portugal served as deputy chair of the GFCE in 2019.",
    "Portugal is vice-president of the Council of Europe's Committee of Ministers.",
    "The Portuguese minister met the President of the European Commission in 2023.",
])
def test_a_deputy_or_a_person_named_president_does_not_chair(sentence: str) -> None:
    assert rows(sentence, "chairs") == set()


@pytest.mark.parametrize("sentence, chairs", [
    ("Portugal has co-chaired the ARF Study Group on Confidence Building Measures with Singapore and Malaysia since "
     "2022.", {("portugal", "2022"), ("singapore", "2022"), ("malaysia", "2022")}),
    ("Portugal is the current chair of the Media Freedom Coalition, together with Estonia.",
     {("portugal", ""), ("estonia", "")}),
    ("Together with Spain, Portugal co-chairs the GFCE.", {("portugal", ""), ("spain", "")}),
    ("Portugal chaired the GFCE in 2019 with the support of Spain.", {("portugal", "2019")}),
])
def test_co_chairs_named_with_the_chair_chair_too(sentence: str, chairs: set) -> None:
    assert {(s, y) for s, _, y, _ in rows(sentence, "chairs")} == chairs


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal chaired the Global Forum on Cyber Expertise from 2015 to 2017.", {"gfce"}),
    ("Portugal chaired the OAS Inter-American Committee against Terrorism (CICTE) in 2020.", {"cicte"}),
    ("Portugal chaired the Committee of Ministers of the Council of Europe in 2019.",
     {"coe-committee-of-ministers"}),  # (a reference body now; its name still is not cut at "Committee")
])
def test_a_body_word_inside_a_name_is_no_body_of_its_own(sentence: str, expected: set) -> None:
    assert {o for _, o, _, _ in rows(sentence, "chairs")} == expected


# --- cooperation --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # (another actor's cooperation is not the profile's, and no fact of this paragraph about Portugal: see below)
    ("The EU's partnership with the African Union covers cybercrime.", set()),
    ("Spain's cooperation with Morocco on cybercrime dates back to 2015.", set()),
    ("Japan's annual cyber dialogue with India started in 2019.", set()),
    ("Portugal's cooperation with Brazil on cybercrime is close.", {("portugal", "brazil")}),
    ("Spain's cooperation with Portugal on cybercrime dates back to 2015.", {("portugal", "spain")}),
])
def test_a_cooperation_noun_belongs_to_its_owner(sentence: str, expected: set) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence", [
    "Portugal severed diplomatic ties with Iran in 2022.",
    "Portugal broke off its cyber dialogue with Russia in 2014.",
    "In 2023 the government suspended its partnership with China.",
    "Portuguese officials attended a workshop organised in cooperation with the OSCE.",
    "Portugal took part in a seminar held jointly with the Council of Europe.",
])
def test_a_tie_cut_or_an_event_others_organised_is_no_cooperation(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("After the 2022 attacks, Portugal received assistance from the United States, Israel and Spain.",
     {"united-states", "israel", "spain"}),
    ("Portugal received help from the United States and from France.", {"united-states", "france"}),
    ("The CSIRT gets technical support from the Netherlands.", {"netherlands"}),
    ("Portugal receives support from the EU-funded CyberSouth project.", set()),
])
def test_each_giver_of_help_cooperates(sentence: str, expected: set) -> None:
    assert {o for _, o, _, _ in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence, status", [
    ("Portugal expects to sign a cyber agreement with Morocco next year.", "Planned"),
    ("The government is expecting to conclude an MoU with Chile.", "Planned"),
    ("Portugal signed an MoU with Chile in 2019.", "Signed"),
])
def test_an_expected_signature_is_planned(sentence: str, status: str) -> None:
    assert {st for _, _, _, st in rows(sentence, "hasAgreementWith")} == {status}


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal and Spain run joint cyber exercises every year.", {("portugal", "spain", "", "")}),
    ("In 2021 Portugal and Morocco held their first cyber dialogue.", {("portugal", "morocco", "2021", "")}),
    ("Portugal and Brazil plan to hold annual cyber consultations.", {("portugal", "brazil", "", "Planned")}),
    ("Spain and Portugal have cooperated on cybercrime since 2018.", {("portugal", "spain", "2018", "")}),
    ("Spain and France have cooperated on cybercrime since 2018.", set()),
    ("Portugal and Angola have not cooperated on cybercrime.", set()),
])
def test_two_coordinated_subjects_acting_together_cooperate(sentence: str, expected: set) -> None:
    assert rows(sentence, "cooperatesWith") == expected


@pytest.mark.parametrize("sentence, partner", [
    ("The United States works closely with Portugal on cyber defence.", "united-states"),
    ("Spain cooperates with the Portuguese government on cybercrime.", "spain"),
    ("France has partnered with Portugal on incident response.", "france"),
])
def test_a_partner_working_with_the_profiles_state_is_its_partner(sentence: str, partner: str) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "cooperatesWith")} == {("portugal", partner)}


# --- agreements ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal let its 2015 memorandum of understanding with Israel lapse in 2020.", {("israel", "2015", "Expired")}),
    ("The government allowed its MoU with Chile to lapse in 2021.", {("chile", "2021", "Expired")}),
    ("Portugal allowed the 2012 cyber agreement with Angola to lapse.", {("angola", "2012", "Expired")}),
])
def test_an_agreement_let_lapse_expired(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, o, y, st in rows(sentence, "hasAgreementWith")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2023, Portugal and Israel renewed their cyber cooperation agreement.", {("israel", "2023", "Signed")}),
    ("Portugal and Brazil extended their MoU on cybercrime in 2020.", {("brazil", "2020", "Signed")}),
    ("Portugal and Spain signed a memorandum on cyber defence in 2019.", {("spain", "2019", "Signed")}),
])
def test_coordinated_parties_that_renew_or_extend_an_agreement_have_it(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, o, y, st in rows(sentence, "hasAgreementWith")} == expected


# --- memberships and candidacy ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal is a participating state of the OSCE.", {("osce", "")}),
    ("Portugal is also part of APEC (1998).", {("apec", "1998")}),
    ("Portugal has been a participating country in the OSCE since 1973.", {("osce", "1973")}),
])
def test_membership_told_as_participating_state_or_part_of(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "memberOf")} - {("nato", "")} == expected


@pytest.mark.parametrize("sentence", [
    "The national CSIRT is part of the ITU's FIRST network.",
    "CNCS is part of the Ministry of Defence.",
    "The exercise was part of NATO's programme.",
])
def test_a_body_part_of_another_is_no_membership(sentence: str) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "memberOf")} - {("nato", "")} == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine aspires to join NATO.", {("ukraine", "nato", "Aspirant")}),
    ("Georgia aspires to become a member of the EU.", {("georgia", "eu", "Aspirant")}),
    ("Moldova does not aspire to join NATO.", set()),
])
def test_aspiring_to_join_is_an_aspirant(sentence: str, expected: set) -> None:
    assert {(s, o, st) for s, o, _, st in rows(sentence, "candidateFor")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal benefits from the support of the EU and Spain in building its cyber capacities.",
     {("portugal", "eu", ""), ("portugal", "spain", "")}),
    ("The CSIRT relies on technical assistance from the Netherlands.", {("portugal", "netherlands", "")}),
    ("Portugal is a partner of the OAS in several cyber projects.", {("portugal", "oas", "")}),
    ("Portugal and Chile agreed in 2021 to strengthen cooperation on cybersecurity.", {("portugal", "chile", "2021")}),
    ("Spain and Morocco agreed to deepen their cyber cooperation.", set()),
])
def test_cooperation_told_as_support_received_partnership_or_a_joint_resolve(sentence: str, expected: set) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(sentence, "cooperatesWith")} == expected


# --- initiatives --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Pall Mall Process, which Portugal signed in 2024, addresses commercial intrusion tools.",
     {("portugal", "pall-mall-process", "2024")}),
    ("The Christchurch Call, which it endorsed in 2019, targets violent content online.",
     {("portugal", "christchurch-call", "2019")}),
    ("The Paris Call, which Spain joined in 2018, has over a thousand supporters.", {("spain", "paris-call", "2018")}),
    ("The Pall Mall Process, which Portugal may sign in 2026, addresses intrusion tools.", set()),
    ("The Christchurch Call, which Portugal has not signed, targets violent content online.", set()),
])
def test_an_initiative_joined_in_a_relative_clause(sentence: str, expected: set) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(sentence, "joined")} == expected


# --- the subject of a clause and the items of a list --------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal, a founding member of the United Nations and, since 1976, of the Council of Europe, has long "
     "championed digital rights.", {("un", ""), ("coe", "1976")}),
    ("Portugal is also a member of the OIC and, since 1995, of the WTO.", {("oic", ""), ("wto", "1995")}),
    ("Portugal, a member of NATO since 1949 and, since 1986, of the European Union, is an Atlantic state.",
     {("nato", "1949"), ("eu", "1986")}),
])
def test_an_apposition_with_commas_keeps_its_subject_and_each_item_its_time(sentence: str, expected: set) -> None:
    assert {(o, y) for s, o, y, _ in rows(sentence, "memberOf") if s == "portugal"} - {("nato", "")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("It joined Mercosur as a founding state in 1991 and has been a member of the Freedom Online Coalition since 2016.",
     {("memberOf", "portugal", "mercosur", "1991"), ("joined", "portugal", "freedom-online-coalition", "2016")}),
    ("It joined ASEAN as an observer and has been a member of the GFCE since 2017.",
     {("memberOf", "portugal", "asean", ""), ("joined", "portugal", "gfce", "2017")}),
    ("It signed the MoU with Brazil as its first cyber text.", {("hasAgreementWith", "portugal", "brazil", "")}),
])
def test_a_name_followed_by_as_is_no_subject(sentence: str, expected: set) -> None:
    found = {(f.relation, short(f.subject), short(f.object), f.year) for f in facts(sentence)
             if f.relation in ("memberOf", "joined", "hasAgreementWith")}
    assert found - {("memberOf", "portugal", "nato", "")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal's 2016 G20 presidency focused on innovation.", {("portugal", "g20", "2016")}),
    ("The United Kingdom's 2021 G7 presidency put cyber on the agenda.", {("united-kingdom", "g7", "2021")}),
    ("Portugal's G7 presidency of 2019 stressed cyber norms.", {("portugal", "g7", "2019")}),
])
def test_a_states_dated_presidency_is_chairing(sentence: str, expected: set) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(sentence, "chairs")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese forces have taken part in the NATO exercises Crossed Swords and Locked Shields since 2015.",
     {("crossed-swords", "2015"), ("locked-shields", "2015")}),
    ("The CSIRT took part in the 2022 edition of Cyber Europe.", {("cyber-europe", "2022")}),
    ("Portugal competed in the 2023 Cyber Coalition exercise.", {("cyber-coalition", "2023")}),
    ("The national CERT took part in the ITU CyberDrill held in Zambia in 2019.", {("itu-cyberdrill", "2019")}),
])
def test_an_exercises_time_written_before_it_or_after_where_it_was_held(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Russia and Portugal signed an information security agreement in 2021.", {("portugal", "russia", "2021", "Signed")}),
    ("An MoU between Israel and Portugal was concluded in 2019.", {("portugal", "israel", "2019", "Signed")}),
    ("Spain signed a cyber memorandum with Portugal in 2018.", {("portugal", "spain", "2018", "Signed")}),
    ("Spain and France signed a cyber memorandum in 2018.", {("spain", "france", "2018", "Signed")}),
])
def test_an_agreement_with_the_profiles_state_is_that_states(sentence: str, expected: set) -> None:
    assert rows(sentence, "hasAgreementWith") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal chaired the Commission on Crime Prevention and Criminal Justice in 2019.",
     {("commission-on-crime-prevention-and-criminal-justice", "2019")}),
    ("Portugal chaired the Board of Governors of the Atlantic Centre in 2022.",
     {("board-of-governors-of-the-atlantic-centre", "2022")}),
    ("Portugal chaired the Commission in 2020.", set()),
])
def test_a_chaired_body_named_by_its_head_and_complement(sentence: str, expected: set) -> None:
    assert {(o.rsplit("/", 1)[-1], y) for _, o, y, _ in rows(sentence, "chairs")} == expected


# --- agreements: who the parties are -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("\n\nAn arrangement on incident response was concluded with Brazil in 2020. Spain and Portugal have held annual "
     "cyber consultations since 2017. A memorandum with Chile has been under negotiation since 2023.",
     {("portugal", "brazil", "2020", "Signed"), ("portugal", "chile", "2023", "UnderNegotiation")}),
    ("\n\nAn MoU on critical infrastructure was signed with Canada in 2015. Since 2020, Italy and Portugal have run "
     "joint cyber exercises. Talks on an agreement with Peru opened in 2024.",
     {("portugal", "canada", "2015", "Signed"), ("portugal", "peru", "2024", "UnderNegotiation")}),
    ("\n\nA cyber security MoU was signed with Japan in 2016. Portugal and Morocco launched a bilateral cyber dialogue "
     "in 2019. An arrangement with Ghana is planned.",
     {("portugal", "japan", "2016", "Signed"), ("portugal", "ghana", "", "Planned")}),
])
def test_a_paragraph_whose_first_subject_is_the_state_and_a_partner_is_about_the_state(text: str, expected: set) -> None:
    assert rows(text, "hasAgreementWith") == expected


@pytest.mark.parametrize("sentence, expected", [
    # (a national institute is a state's body, round 10: the US one qualifies it as the bureau below does)
    ("An MoU with the US National Institute of Standards and Technology (NIST) on metrology was signed in 2019.",
     {("portugal", "united-states", "2019", "Signed")}),
    ("An arrangement with the UK Office for Digital Trust (ODT) on skills was signed in 2021.",
     {("portugal", "united-kingdom", "2021", "Signed")}),
    ("In 2020 a memorandum with the US Bureau of Network Defence (BND-US) on exercises was concluded.",
     {("portugal", "united-states", "2020", "Signed")}),
])
def test_a_state_named_before_an_agency_qualifies_it_and_neither_is_the_subject(sentence: str, expected: set) -> None:
    assert rows(sentence, "hasAgreementWith") == expected


@pytest.mark.parametrize("sentence", [
    "In 2022 the parliament rejected a data-sharing agreement with a Chinese telecoms company.",
    "The ministry signed a cloud services agreement with a US software firm in 2021.",
    "An MoU between the police and an Israeli cyber security start-up was signed in 2020.",
])
def test_a_state_that_only_qualifies_a_company_is_no_party(sentence: str) -> None:
    assert rows(sentence, "hasAgreementWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese prosecutors work with Eurojust under a cooperation agreement concluded in 2010.",
     {("portugal", "eurojust", "2010", "Signed")}),
    ("The Judiciary Police liaises with Europol through an operational arrangement signed in 2017, and with Interpol.",
     {("portugal", "europol", "2017", "Signed")}),
    ("The national CSIRT exchanges threat data with CERT-EU under a memorandum of understanding from 2019.",
     {("portugal", "cert-eu", "2019", "Signed")}),
    ("Portugal cooperates with Interpol, and with Europol under a strategic agreement concluded in 2004.",
     {("portugal", "europol", "2004", "Signed")}),
    ("Portugal would work with Europol under an agreement still under negotiation.",
     {("portugal", "europol", "", "UnderNegotiation")}),
    ("Portugal cooperates with Europol under no formal agreement.", set()),
])
def test_an_agreement_that_frames_a_cooperation_is_with_the_partner_named_before_it(sentence: str, expected: set
                                                                                   ) -> None:
    assert rows(sentence, "hasAgreementWith") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("An MoU with Brazil was signed in 2019 and one with Chile is under negotiation.",
     {("portugal", "brazil", "2019", "Signed"), ("portugal", "chile", "", "UnderNegotiation")}),
    ("An arrangement with Estonia is under negotiation and one with Latvia is planned.",
     {("portugal", "estonia", "", "UnderNegotiation"), ("portugal", "latvia", "", "Planned")}),
    ("Portugal signed an arrangement with Norway in 2017 and a second one with Denmark remains under negotiation.",
     {("portugal", "norway", "2017", "Signed"), ("portugal", "denmark", "", "UnderNegotiation")}),
])
def test_one_more_agreement_with_its_own_verb_keeps_its_own_status(sentence: str, expected: set) -> None:
    assert rows(sentence, "hasAgreementWith") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal signed a cyber memorandum with Brazil in 2019: the Senate later rejected a trade deal with Argentina.",
     {("portugal", "brazil", "2019", "Signed")}),
    ("Portugal concluded an arrangement with Chile in 2016: talks on renewing it were suspended in 2022.",
     {("portugal", "chile", "2016", "Signed")}),
    ("The CSIRT inked an MoU with Morocco in 2018: voters later refused a wider treaty with Tunisia.",
     {("portugal", "morocco", "2018", "Signed")}),
    # a colon that opens the list of counterparts is no break
    ("Portugal has signed cyber MoUs with three partners: Spain (2018), Brazil (2019) and Chile (2021).",
     {("portugal", "spain", "2018", "Signed"), ("portugal", "brazil", "2019", "Signed"),
      ("portugal", "chile", "2021", "Signed")}),
    ("Cyber memoranda were concluded with two neighbours: Spain in 2017 and France in 2020.",
     {("portugal", "spain", "2017", "Signed"), ("portugal", "france", "2020", "Signed")}),
    ("Cyber MoUs were signed in 2018: one with Spain and one with Brazil.",
     {("portugal", "spain", "2018", "Signed"), ("portugal", "brazil", "2018", "Signed")}),
    ("Portugal has three cyber agreements in force: with Spain, Brazil and Chile.",
     {("portugal", "spain", "", "Signed"), ("portugal", "brazil", "", "Signed"), ("portugal", "chile", "", "Signed")}),
])
def test_what_follows_a_colon_neither_adds_a_party_nor_changes_the_status(sentence: str, expected: set) -> None:
    assert rows(sentence, "hasAgreementWith") == expected


# --- memberships ---------------------------------------------------------------------------------------------------

def _members(text: str) -> set:
    return {(o, y) for _, o, y, _ in rows(text, "memberOf") if o != "nato"}


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal has also been a member of Interpol since 1931.", {("interpol", "1931")}),
    ("Portugal had long been a member of the OSCE.", {("osce", "")}),
    ("Portugal has now been a member of the Council of Europe for decades.", {("coe", "")}),
    ("Since 1975 Portugal has also been a participating state of the OSCE.", {("osce", "")}),
])
def test_an_adverb_between_the_auxiliaries_keeps_the_membership(sentence: str, expected: set) -> None:
    assert _members(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal became a sponsoring nation of the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE) in 2019.",
     {("nato-ccdcoe", "2019")}),
    ("Since 2016 Portugal has been a sponsoring nation of the NATO CCDCOE.", {("nato-ccdcoe", "")}),
    ("Portugal became a host nation of the NATO CCDCOE in 2021.", {("nato-ccdcoe", "2021")}),
])
def test_a_sponsoring_or_host_nation_is_a_member(sentence: str, expected: set) -> None:
    assert _members(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("Portugal joined the OSCE in 1992. It also joined the WTO (1995) and uses the euro.",
     {("osce", "1992"), ("wto", "1995")}),
    ("Portugal joined the OSCE in 1992. It later joined the OECD in 1961 and hosts a regional hub.",
     {("osce", "1992"), ("oecd", "1961")}),
    ("Portugal joined the OSCE in 1992. It quickly joined the Council of Europe, which it chaired in 2019.",
     {("osce", "1992"), ("coe", "")}),
])
def test_the_object_of_joined_is_never_the_clauses_subject(text: str, expected: set) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal was a founding member of the European Economic Community (EEC, 1957), today the European Union, and "
     "of the OECD (1961).", {("eu", "1957"), ("oecd", "1961")}),
    ("A founding member of the Organisation of African Unity, now the African Union, in 1963, and of ECOWAS in 1975, "
     "Portugal hosts a summit.", {("au", "1963"), ("ecowas", "1975")}),
    ("Portugal co-founded the Organisation of African Unity (1963), now the African Union (AU), and joined ECOWAS "
     "in 1975.", {("au", "1963"), ("ecowas", "1975")}),
])
def test_a_renamed_organisation_keeps_its_time_and_the_list_goes_on(sentence: str, expected: set) -> None:
    assert _members(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Admitted to the United Nations in 1955, Portugal joined the OECD as a founder.", {("un", "1955"), ("oecd", "")}),
    ("Admitted to the Council of Europe in 1976 and to the OECD in 1961, Portugal is an open economy.",
     {("coe", "1976"), ("oecd", "1961")}),
    ("Upon joining the EU in 1986, Portugal joined the Schengen area as well.", {("eu", "1986"), ("schengen-area", "")}),
])
def test_an_opening_participle_is_a_membership_and_its_time_is_its_own(sentence: str, expected: set) -> None:
    assert _members(sentence) == expected


# --- cooperation ---------------------------------------------------------------------------------------------------

def _partners_of(text: str) -> set:
    return {o for _, o, _, _ in rows(text, "cooperatesWith")}


@pytest.mark.parametrize("sentence, expected", [
    ("Its main partners in cyber matters are the United States, France and the EU.", {"united-states", "france", "eu"}),
    ("Portugal's key partners on cyber security include Spain and Brazil.", {"spain", "brazil"}),
    ("The closest partners for cyber defence remain the United States and the United Kingdom.",
     {"united-states", "united-kingdom"}),
])
def test_partners_named_with_their_field_are_partners(sentence: str, expected: set) -> None:
    assert _partners_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In cyber matters Lisbon works most closely with the United States, the United Kingdom and the Netherlands.",
     {"united-states", "united-kingdom", "netherlands"}),
    ("The CSIRT collaborates very closely with CERT-EU.", {"cert-eu"}),
    ("Portugal has worked more intensively with Spain since 2018.", {"spain"}),
])
def test_a_degree_word_before_the_adverb_keeps_the_cooperation(sentence: str, expected: set) -> None:
    assert _partners_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal works with Spain since 2015 and with Chile.", {"spain", "chile"}),
    ("The CSIRT has worked with CERT-EU since 2019 and with Interpol.", {"cert-eu", "interpol"}),
    ("The police have cooperated with Europol from 2012 and with Interpol.", {"europol", "interpol"}),
])
def test_a_time_between_two_partners_does_not_end_the_list(sentence: str, expected: set) -> None:
    assert _partners_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal attributed that intrusion to China-based actors in July 2021, jointly with the EU, NATO and the US.",
     set()),
    ("Together with the United Kingdom and Canada, Portugal blamed Russia for the 2020 hack.", set()),
    ("In 2022 Portugal condemned the attack on Viasat, together with the EU and the United States.", set()),
    ("Jointly with Spain, Portugal organised a workshop in 2019.", {"spain"}),
])
def test_co_authors_of_a_statement_are_not_cooperation_partners(sentence: str, expected: set) -> None:
    assert _partners_of(sentence) == expected


# --- candidacy -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Portugal joined the OSCE in 1992. It received a NATO Membership Action Plan in December 2009.",
     {("portugal", "nato", "2009", "Aspirant")}),
    ("In 1999 Portugal was granted a Membership Action Plan by NATO.", {("portugal", "nato", "1999", "Aspirant")}),
    ("Portugal entered NATO's Membership Action Plan in 2004.", {("portugal", "nato", "2004", "Aspirant")}),
    ("Portugal has never received a NATO Membership Action Plan.", set()),
    ("The NATO Membership Action Plan was discussed in 2010.", set()),
])
def test_a_membership_action_plan_received_makes_a_nato_aspirant(text: str, expected: set) -> None:
    assert rows(text, "candidateFor") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("CERT teams took part in Cyber Europe in 2022, and Portuguese officers observed, without participating, the "
     "Crossed Swords exercise in 2024.", {("cyber-europe", "2022")}),
    ("Portugal took part in Locked Shields in 2021, and its diplomats watched the Cyber Coalition exercise in 2022.",
     {("locked-shields", "2021")}),
    ("The CSIRT competed in Cyber Europe in 2020, and military staff monitored, as guests, the Crossed Swords exercise.",
     {("cyber-europe", "2020")}),
    ("Portugal participated in Cyber Europe in 2018, and the national CERT joined Locked Shields in 2021.",
     {("cyber-europe", "2018"), ("locked-shields", "2021")}),
])
def test_a_later_clause_with_its_own_subject_and_verb_is_not_taken_part_in(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal took a non-permanent seat on the UN Security Council in 2021-2022, holding its presidency in "
     "January 2022.", {("un-security-council", "2022")}),
    ("Portugal sat on the UN Security Council in 2011-2012 and held its presidency in September 2011.",
     {("un-security-council", "2011")}),
    ("Portugal joined the OSCE in 1992 and assumed its rotating chairmanship in 2002.", {("osce", "2002")}),
    ("Portugal held its presidency of the Council of the EU in 2021.", {("council-of-the-eu", "2021")}),
])
def test_its_presidency_is_that_of_the_body_last_named(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "chairs")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its diplomacy mixes a developmental narrative with close security ties to the United States and the United "
     "Kingdom.", {"united-states", "united-kingdom"}),
    ("Portugal keeps strong defence ties to Brazil.", {"brazil"}),
    ("Portugal has long-standing intelligence ties to Spain and France.", {"spain", "france"}),
    ("Portugal, a country with deep cultural ties to Brazil, joined the GFCE in 2016.", set()),
    ("Portugal cut its close security ties to Russia in 2022.", set()),
])
def test_security_ties_to_a_state_are_cooperation(sentence: str, expected: set) -> None:
    assert _partners_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Spain and Portugal have held an annual Cyber Policy Dialogue since 2019.", {("spain", "2019")}),
    ("Portugal and Morocco run a joint Cybercrime Task Force.", {("morocco", "")}),
    ("Since 2020 Portugal and Japan have held a yearly Cyber Security Dialogue.", {("japan", "2020")}),
    ("Spain and Portugal have held the Locked Shields exercise.", set()),
])
def test_two_subjects_holding_a_named_dialogue_cooperate(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A cyber dialogue with Chile was launched in 2018 under a memorandum of understanding, which has been suspended "
     "since 2021.", {("portugal", "chile", "2021", "Suspended")}),
    ("Portugal cooperates with Europol under an agreement, which was renewed in 2019.",
     {("portugal", "europol", "2019", "Signed")}),
    ("The police work with Interpol under an arrangement, which expired in 2021.",
     {("portugal", "interpol", "2021", "Expired")}),
    ("A working group with Brazil was set up in 2016 under an MoU signed in 2015.",
     {("portugal", "brazil", "2015", "Signed")}),
])
def test_an_agreement_framing_a_dialogue_keeps_its_own_status_and_time(sentence: str, expected: set) -> None:
    assert rows(sentence, "hasAgreementWith") == expected
