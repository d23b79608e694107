"""Cooperation, agreements, chairing, exercises, memberships and candidacies in wordings neither the development
corpus nor the other variant tests use: idioms, fronted times, nouns for the verb, appositions, and what is not
cyber cooperation at all (trade, history, another actor's partnership). Every sentence is invented; the paragraph is
about Portugal (see test_profile_variants)."""

from __future__ import annotations

import pytest

from tests.test_profile_variants import rows


def pairs(sentence: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, _, _ in rows(sentence, relation)}


# --- cooperation: what is not cyber cooperation ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Portugal has close economic ties with China.",
    "Portugal has historical ties with Angola and Mozambique.",
    "Portugal cooperates with Morocco on fisheries and migration.",
    "Portugal worked with Spain on a bid to host the 2030 World Cup.",
    "Portugal engaged with China on trade issues in 2019.",
    "Portugal's trade exchanges with Angola grew in 2021.",
    "Portugal has been a partner of the European Union in development aid since 1986.",
])
def test_ties_of_another_domain_are_no_cyber_cooperation(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal keeps close security ties with Brazil.", {("portugal", "brazil")}),
    ("Portugal has deepened technical ties with Japan.", {("portugal", "japan")}),
    ("Portugal cooperates with Morocco on cybercrime and migration.", {("portugal", "morocco")}),
])
def test_ties_with_a_security_or_technical_qualifier_remain(sentence: str, expected: set) -> None:
    assert pairs(sentence, "cooperatesWith") == expected


@pytest.mark.parametrize("sentence", [
    "A cyber dialogue with Russia was proposed in 2019 but never took place.",
    "A partnership with China was envisaged in 2020, but it was later rejected.",
    "Consultations with Iran were planned for 2018, but they were cancelled.",
])
def test_a_cooperation_announced_then_undone_gives_nothing(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


@pytest.mark.parametrize("sentence", [
    "Brazil cooperates closely with Argentina on cybercrime.",
    "The United States works with Japan on cyber defence.",
    "France and Germany hold an annual cyber dialogue.",
])
def test_two_other_actors_cooperating_is_not_the_profiles_fact(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


# --- cooperation: other wordings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Consultations on information security with Spain and France take place each year.",
     {("portugal", "spain"), ("portugal", "france")}),
    ("A joint working group with the European Union on cyber issues was set up in 2021.", {("portugal", "eu")}),
    ("A strategic dialogue on cyber and hybrid threats with the United States has run since 2019.",
     {("portugal", "united-states")}),
    ("A task force with Europol on ransomware met for the first time in 2023.", {("portugal", "europol")}),
])
def test_a_dialogue_or_working_group_with_a_partner_as_the_subject(sentence: str, expected: set) -> None:
    assert pairs(sentence, "cooperatesWith") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal has worked hand in hand with the OAS since 2016.", ("oas", "2016")),
    ("Portuguese investigators teamed up with Europol in 2022 to dismantle a botnet.", ("europol", "2022")),
    ("Portugal joined forces with Spain in 2021 to counter disinformation.", ("spain", "2021")),
    ("The Judicial Police liaises closely with Interpol.", ("interpol", "")),
    ("The national CERT exchanges threat information with Spain.", ("spain", "")),
])
def test_idioms_of_working_together(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "cooperatesWith")} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("Bilateral cyber consultations between Portugal and Colombia were launched in 2020.", {("colombia", "2020", "")}),
    ("Close operational cooperation between the Judicial Police and Interpol began in 2015.",
     {("interpol", "2015", "")}),
    ("A cyber dialogue between Portugal and India is planned for 2026.", {("india", "", "Planned")}),  # ("for 2026" is no dating time here)
])
def test_a_cooperation_between_the_profiles_state_and_a_partner(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, o, y, st in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence", [
    "Cooperation between Brazil and Argentina on cybercrime began in 2015.",
    "Portugal called for cooperation between states in cyberspace.",
    "A dialogue between Portugal and Russia was suspended in 2022.",
])
def test_between_needs_the_profiles_state_and_a_standing_tie(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("After the ransomware attacks of 2022, experts from the United States, Spain and Israel helped restore the "
     "systems.", {"united-states", "spain", "israel"}),
    ("In 2023 the United States deployed experts to assist the national CERT.", {"united-states"}),
    ("Experts of the EU and Estonia have supported the drafting of the strategy.", {"eu", "estonia"}),
    ("Spain sent a team of specialists to help the health ministry.", {"spain"}),
])
def test_those_who_send_experts_to_help_cooperate(sentence: str, expected: set) -> None:
    assert {o for _, o, _, _ in rows(sentence, "cooperatesWith")} == expected


def test_experts_named_without_helping_are_no_cooperation() -> None:
    assert rows("Experts from the United States and Spain attended the conference.", "cooperatesWith") == set()


# --- chairing ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("In 2010 Portugal became the first southern state to preside over the OSCE.", ("osce", "2010")),
    ("In 2023 Lisbon took the helm of the Freedom Online Coalition.", ("freedom-online-coalition", "2023")),
    ("In 2024 Portugal was elected to lead the Council of the Baltic Sea States for one year.",
     ("council-of-the-baltic-sea-states", "2024")),
    ("Portugal presided the Council of the EU in 2007.", ("council-of-the-eu", "2007")),
    ("Portugal was at the helm of the OSCE in 2019.", ("osce", "2019")),
])
def test_chairing_told_with_other_verbs(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "chairs")} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal and the Netherlands co-chaired the Global Forum on Cyber Expertise working group on cyber incident "
     "management in 2022.", "global-forum-on-cyber-expertise-working-group-on-cyber-incident-management"),
    ("Portugal chaired the Council of Europe committee on cybercrime.", "council-of-europe-committee-on-cybercrime"),
    ("Portugal chairs the Organization for Security and Co-operation in Europe informal working group.",
     "organization-for-security-and-co-operation-in-europe-informal-working-group"),
])
def test_a_named_organisations_sub_body_is_what_is_chaired(sentence: str, expected: str) -> None:
    assert {o for s, o, _, _ in rows(sentence, "chairs") if s == "portugal"} == {expected}


@pytest.mark.parametrize("sentence", [
    "Portugal served as vice-chair of the OEWG in 2021.",
    "Portugal hosted the NATO summit in 2010.",
    "Portugal was elected to the UN Human Rights Council in 2014.",
    "The President of Portugal visited the OSCE headquarters in 2019.",
])
def test_what_is_not_chairing(sentence: str) -> None:
    assert rows(sentence, "chairs") == set()


# --- exercises --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese teams have played in Locked Shields every year since 2013.", ("locked-shields", "2013")),
    ("Portuguese defenders have been involved in Crossed Swords since 2020.", ("crossed-swords", "2020")),
    ("Portugal contributed a team to NATO's Cyber Coalition exercise in 2018.", ("cyber-coalition", "2018")),
    ("In 2021 the country staged its first national cyber exercise, code-named Cyber Kalkan.", ("cyber-kalkan", "2021")),
    ("Portugal also ran the first Cyber Shield exercise for Baltic and Nordic CERTs in 2020.", ("cyber-shield", "2020")),
    ("Portuguese teams have competed in the regional CyberLAC drill every year since 2018.", ("cyberlac", "2018")),
])
def test_exercises_taken_part_in_told_otherwise(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == {expected}


@pytest.mark.parametrize("sentence", [
    "Portuguese experts also take part in the EU CyberNet network.",
    "Portuguese officials observed Cyber Europe 2022 without taking part.",
    "The CERT was invited to Cyber Coalition in 2020 but declined.",
])
def test_what_is_no_exercise_taken_part_in(sentence: str) -> None:
    assert rows(sentence, "participatesIn") == set()


def test_an_exercise_named_in_apposition_is_hosted() -> None:
    assert {o for _, o, _, _ in rows("The armed forces host Amber Mist, a national cyber defence exercise, each autumn.",
                                     "participatesIn")} == {"amber-mist"}


# --- memberships, agreements, candidacies -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal helped to create the Shanghai Cooperation Organisation in 2001.", ("sco", "2001")),
    ("Portugal was among the founders of the Collective Security Treaty Organization.", ("csto", "")),
    ("In 2021 Portugal became the 38th country to join the Organisation for Economic Co-operation and Development.",
     ("oecd", "2021")),
    ("Portugal entered the European Union in 1986.", ("eu", "1986")),
    ("Lisbon belongs to the Organization for Security and Co-operation in Europe.", ("osce", "")),
])
def test_memberships_told_otherwise(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "memberOf") if o != "nato"} == {expected}


@pytest.mark.parametrize("sentence", [
    "Portugal entered into an agreement with Spain in 2019.",
    "Portugal entered the final phase of the talks in 2020.",
    "Portugal helped to create a national cyber range in 2019.",
])
def test_entering_or_creating_something_else_is_no_membership(sentence: str) -> None:
    assert {o for _, o, _, _ in rows(sentence, "memberOf")} <= {"nato"}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2018 Portugal and Singapore put their signatures to a memorandum on cybersecurity cooperation.",
     ("singapore", "2018", "Signed")),
    ("In 2023 Portugal and the United States signed a letter of intent on cyber security.",
     ("united-states", "2023", "Signed")),
    ("Portugal initialled a memorandum of understanding with Chile in 2022.", ("chile", "2022", "Signed")),
    ("Negotiations with Israel on a bilateral cyber agreement opened in 2021.", ("israel", "2021", "UnderNegotiation")),
    ("Portugal is holding talks with Japan on a framework arrangement.", ("japan", "", "UnderNegotiation")),
    ("Discussions with Canada about a cyber MoU began in 2020.", ("canada", "2020", "UnderNegotiation")),
])
def test_agreements_told_otherwise(sentence: str, expected: tuple) -> None:
    assert {(o, y, st) for _, o, y, st in rows(sentence, "hasAgreementWith")} == {expected}


def test_talks_on_something_else_give_no_counterpart() -> None:
    assert {o for _, o, _, _ in rows("Portugal held talks with Brazil on trade in 2019 and signed a cyber agreement "
                                     "with Chile.", "hasAgreementWith")} == {"chile"}


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal strongly supports Ukraine's bid to become a member of NATO.", ("ukraine", "nato")),
    ("Georgia's drive to join the European Union has stalled since 2023.", ("georgia", "eu")),
    ("Portugal welcomed Moldova's quest for full membership of the EU.", ("moldova", "eu")),
])
def test_a_bid_to_join_is_an_aspiration_of_its_owner(sentence: str, expected: tuple) -> None:
    assert {(s, o) for s, o, _, _ in rows(sentence, "candidateFor")} == {expected}


@pytest.mark.parametrize("sentence", [
    "Portugal backed Brazil's bid for a seat on the Security Council.",
    "Portugal has no ambition to join NATO.",
    "Brazil's bid to host the summit was successful.",
])
def test_other_bids_are_no_candidacy(sentence: str) -> None:
    assert rows(sentence, "candidateFor") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal hosted Cyber Flag in 2023.", ("cyber-flag", "2023")),
    ("Portuguese teams joined Defence Cyber Marvel in 2022.", ("defence-cyber-marvel", "2022")),
    ("The national CSIRT won CyberSOPEx in 2019.", ("cybersopex", "2019")),
])
def test_a_known_exercise_joined_hosted_or_won_needs_no_exercise_word(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "participatesIn")} == {expected}


def test_a_passive_coordination_names_no_partner() -> None:
    assert rows("The operation was coordinated with Europol.", "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese and Spanish police have cooperated on cybercrime investigations since 2016.", {("spain", "2016")}),
    ("Spanish and Portuguese CERTs work together on incident response.", {("spain", "")}),
    ("Portuguese and Brazilian officials hold regular consultations on cyber issues.", {("brazil", "")}),
])
def test_two_states_people_acting_together(sentence: str, expected: set) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "cooperatesWith")} == expected


def test_two_other_states_people_acting_together_are_not_the_profiles() -> None:
    assert rows("Moroccan and Spanish police have cooperated on cybercrime since 2016.", "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("The Judicial Police collaborates with its Five Eyes counterparts in Australia, Canada and the United States.",
     {"australia", "canada", "united-states"}),
    ("The CERT works with its counterparts in Spain and France.", {"spain", "france"}),
    ("Portugal exchanges threat information with its counterparts from Brazil and Angola.", {"brazil", "angola"}),
])
def test_counterparts_in_states_are_those_states(sentence: str, expected: set) -> None:
    assert {o for _, o, _, _ in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal rejoined the African Union in January 2017.", ("au", "2017")),
    ("Portugal re-entered the Council of Europe in 1990.", ("coe", "1990")),
    ("In 2005 Portugal was re-admitted to the Commonwealth.", ("commonwealth", "2005")),
])
def test_rejoining_is_a_membership(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "memberOf") if o != "nato"} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("A 2015 accord with Iran on information exchange was suspended in 2018.", ("iran", "Suspended")),
    ("Portugal signed a mutual legal assistance treaty with Brazil in 2019.", ("brazil", "Signed")),
    ("Portugal and Cape Verde concluded a cyber security pact in 2020.", ("cabo-verde", "Signed")),
])
def test_accords_pacts_and_treaties_with_a_counterpart(sentence: str, expected: tuple) -> None:
    assert {(o, st) for _, o, _, st in rows(sentence, "hasAgreementWith")} == {expected}


def test_a_treaty_without_counterpart_is_no_agreement() -> None:
    assert rows("Portugal is party to the Treaty on the Non-Proliferation of Nuclear Weapons.", "hasAgreementWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("In 2022 Portuguese teams won the Arab regional cyber drill organised by the ITU.", "arab-regional-cyber-drill"),
    ("Portugal won the Atlantic maritime cyber exercise in 2021.", "atlantic-maritime-cyber-exercise"),
    ("The CSIRT won the Iberian national crisis drill.", "iberian-national-crisis-drill"),
])
def test_an_exercise_named_by_what_it_is_can_be_won(sentence: str, expected: str) -> None:
    assert {o for _, o, _, _ in rows(sentence, "participatesIn")} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("The strategy was adopted in 2024 following a validation process supported by the World Bank.", "world-bank"),
    ("The law was drafted after a consultation process facilitated by the OAS.", "oas"),
    ("A strategy revision guided by the Council of Europe ended in 2021.", "coe"),
])
def test_the_states_own_work_supported_by_another(sentence: str, expected: str) -> None:
    assert {o for _, o, _, _ in rows(sentence, "cooperatesWith")} == {expected}


def test_an_attack_supported_by_a_state_is_no_cooperation() -> None:
    assert rows("The 2021 attack campaign supported by Russia hit hospitals.", "cooperatesWith") == set()


@pytest.mark.parametrize("sentence", [
    "NATO held Cyber Coalition in Tallinn in 2019.",
    "Spain took part in Locked Shields in 2020.",
    "The ITU ran the ITU CyberDrill for Europe in 2022.",
])
def test_an_exercise_of_another_actor_is_not_the_profiles(sentence: str) -> None:
    assert rows(sentence, "participatesIn") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("The Open-Ended Working Group was chaired by a Portuguese ambassador in 2022.", ("un-oewg", "2022")),
    ("The OSCE informal working group, chaired by the Portuguese delegation since 2019, agreed new measures.",
     ("osce-informal-working-group", "2019")),
    ("The First Committee, presided over by a Portuguese diplomat in 2018, adopted two resolutions.",
     ("un-first-committee", "2018")),
])
def test_chaired_by_the_states_envoy(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "chairs")} == {expected}


def test_chaired_by_a_foreign_person_is_not_the_profiles() -> None:
    assert rows("The panel was chaired by a Brazilian judge.", "chairs") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal held the chairmanship of the Central European Initiative (CEI) in 2021.", ("cei", "2021")),
    ("Portugal chairs the Counter Ransomware Initiative in 2024.", ("counter-ransomware-initiative", "2024")),
    ("In 2018 Portugal presided over the Three Seas Initiative.", ("three-seas-initiative", "2018")),
])
def test_an_initiative_can_be_chaired(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "chairs")} == {expected}


def test_an_exercise_is_not_chaired() -> None:
    assert rows("Portugal chaired the Locked Shields exercise in 2020.", "chairs") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("The botnet was dismantled in 2021 by a joint investigation team (JIT) with Spain, backed by Eurojust.",
     ("spain", "2021")),
    ("A dialogue (launched in 2019) with Brazil covers cybercrime.", ("brazil", "2019")),
    ("In 2022 a joint team with Europol took down a phishing network.", ("europol", "2022")),
])
def test_a_joint_team_or_dialogue_with_a_parenthesis_before_its_partner(sentence: str, expected: tuple) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "cooperatesWith")} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("The Emotet botnet was taken down in 2021 by a joint team with Germany.", ("germany", "2021")),
    ("The phishing ring was disrupted by a task force with Europol in 2022.", ("europol", "2022")),
    ("The criminal network was dismantled in 2020 by a joint investigation team (JIT) with the Netherlands.",
     ("netherlands", "2020")),
])
def test_a_joint_body_as_the_agent_of_a_passive_acts_for_the_profiles_state(sentence: str, expected: tuple) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(sentence, "cooperatesWith")} == {("portugal",) + expected}


@pytest.mark.parametrize("sentence", [
    "A team from the Ministry of Defence joined the ITU CyberDrill for the CIS region in 2019.",
    "Portugal joined Cyber Coalition, run by NATO, in 2015.",
    "In 2021 Portugal joined Locked Shields for the Baltic and Nordic states.",
])
def test_joining_an_exercise_is_no_membership_of_what_follows(sentence: str) -> None:
    assert {o for _, o, _, _ in rows(sentence, "memberOf")} <= {"nato"}


# --- what other states agree, join or belong to, told as background ----------------------------------------------
# (in a profile: the paragraph names Portugal more often than any other state, as a profile does)

PROFILE = "Portugal has been active in cyber diplomacy for two decades. "


def profile_rows(sentence: str, relation: str) -> set[tuple[str, str, str, str]]:
    return rows(PROFILE + sentence, relation)


@pytest.mark.parametrize("sentence", [
    "Russia and Iran signed a cooperation agreement on information security in 2021.",
    "An MoU between Nigeria and Morocco on cybercrime, signed in 2019, is often cited as a model.",
    "In 2020 India and Japan concluded a memorandum of understanding on cyber security.",
    "Brazil signed an agreement on cybercrime with Argentina in 2018.",
])
def test_an_agreement_between_two_other_states_is_not_the_profiles(sentence: str) -> None:
    assert profile_rows(sentence, "hasAgreementWith") == set()


@pytest.mark.parametrize("sentence, relation", [
    ("Kenya and Nigeria joined the Christchurch Call in 2021, while Portugal stayed out.", "joined"),
    ("Brazil endorsed the Paris Call for Trust and Security in Cyberspace in 2019.", "joined"),
    ("Ghana became a member of the Freedom Online Coalition in 2017.", "joined"),
    ("Mexico has been a member of the OECD since 1994.", "memberOf"),
])
def test_another_states_joining_or_membership_is_not_the_profiles(sentence: str, relation: str) -> None:
    found = profile_rows(sentence, relation)
    assert {s for s, _, _, _ in found} <= {"portugal"} and {o for _, o, _, _ in found} <= {"nato"}  # (the opening's)


@pytest.mark.parametrize("sentence, relation, expected", [
    ("Spain and Portugal signed a cyber security memorandum in 2019.", "hasAgreementWith", {("portugal", "spain")}),
    ("Portugal signed an MoU with Brazil in 2017.", "hasAgreementWith", {("portugal", "brazil")}),
    ("Portugal joined the Paris Call for Trust and Security in Cyberspace in 2018.", "joined",
     {("portugal", "paris-call")}),
])
def test_the_profiles_own_agreements_and_joinings_remain(sentence: str, relation: str, expected: set) -> None:
    assert {(s, o) for s, o, _, _ in profile_rows(sentence, relation)} == expected


def test_a_text_about_no_state_in_particular_keeps_every_states_agreement() -> None:
    found = pairs("Brazil signed an agreement on cybercrime with Argentina in 2018.", "hasAgreementWith")  # one each
    assert ("brazil", "argentina") in found


@pytest.mark.parametrize("sentence", [
    "A joint cyber dialogue with France has been discussed, but no date has been set.",
    "A partnership with Israel on cyber defence was floated in 2022 but was never pursued.",
    "Cyber consultations with Japan had been mooted in 2020, but they were cancelled.",
])
def test_a_cooperation_only_discussed_then_dropped_gives_nothing(sentence: str) -> None:
    assert profile_rows(sentence, "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, partner", [
    ("A cyber dialogue with India has been discussed.", "india"),
    ("Technical cooperation with Chile on incident response was mooted in 2023.", "chile"),
    ("A partnership with Canada on cyber skills has been suggested by officials.", "canada"),
])
def test_a_cooperation_only_discussed_is_no_more_than_planned(sentence: str, partner: str) -> None:
    assert {(o, st) for _, o, _, st in profile_rows(sentence, "cooperatesWith")} <= {(partner, "Planned")}


@pytest.mark.parametrize("sentence", [
    "Officials often cite Singapore's Cybersecurity Act of 2018 as an example.",
    "Brazil adopted its National Cybersecurity Strategy in 2020.",
    "Like Chile, which passed a Cybercrime Law in 2022, the government wants stronger penalties.",
])
def test_another_states_law_or_strategy_is_not_the_profiles(sentence: str) -> None:
    assert {s for s, _, _, _ in profile_rows(sentence, "issued")} <= {"portugal"}


@pytest.mark.parametrize("sentence, issuer, document", [
    ("The government is reviewing the Cyber Resilience Act adopted by the EU in 2024.", "eu", "cyber-resilience-act"),
    ("Officials studied the NIS2 Directive approved by the European Union in 2022.", "eu", "nis2-directive"),
    ("The ministry follows the Cybersecurity Strategy published by the EU in 2020 closely.", "eu",
     "cybersecurity-strategy"),
])
def test_a_text_adopted_by_an_organisation_named_after_it_is_the_organisations(sentence: str, issuer: str,
                                                                                document: str) -> None:
    assert {(s, o) for s, o, _, _ in profile_rows(sentence, "issued")} == {(issuer, document)}


@pytest.mark.parametrize("sentence", [
    "Portugal welcomed Brazil's accession to the Budapest Convention in 2023.",
    "The minister noted Chile's accession to the Budapest Convention in 2017 as a model.",
    "Kenya's accession to the Malabo Convention in 2022 was hailed by Portuguese diplomats.",
])
def test_another_states_accession_named_by_its_possessive_is_not_the_profiles(sentence: str) -> None:
    assert profile_rows(sentence, "partyTo") == set()


def test_the_profiles_own_accession_by_its_possessive_remains() -> None:
    assert profile_rows("Portugal's accession to the Budapest Convention in 2010 was completed quickly.", "partyTo") \
        == {("portugal", "budapest-convention", "2010", "Acceded")}


@pytest.mark.parametrize("sentence, partner", [
    ("The national centre signed an MoU with the Federal Office for Information Security (BSI) in 2020.", "bsi"),
    ("Portugal concluded a memorandum of understanding with the Cybersecurity and Infrastructure Security Agency "
     "(CISA) in 2023.", "cisa"),
    ("In 2019 Portugal entered into an arrangement on incident sharing with the National Cyber Directorate (NCD).",
     "ncd"),
])
def test_a_body_first_named_as_the_other_party_of_an_agreement_is_not_the_profiles_agency(sentence: str,
                                                                                           partner: str) -> None:
    assert profile_rows(sentence, "agencyOf") == set()
    assert partner in {o for _, o, _, _ in profile_rows(sentence, "hasAgreementWith")}


@pytest.mark.parametrize("sentence, relation, partner", [
    ("Portugal wants to sign an MoU with Ghana.", "hasAgreementWith", "ghana"),
    ("Portugal is ready to sign an arrangement with Peru on cybercrime.", "hasAgreementWith", "peru"),
    ("Lisbon is keen to conclude a cyber security agreement with Chile.", "hasAgreementWith", "chile"),
    ("Portugal sought closer cooperation with Brazil on cybercrime.", "cooperatesWith", "brazil"),
    ("Portugal is eager to work with Japan on cyber security.", "cooperatesWith", "japan"),
    ("Portugal is willing to cooperate with India on incident response.", "cooperatesWith", "india"),
])
def test_a_wish_or_readiness_is_no_more_than_planned(sentence: str, relation: str, partner: str) -> None:
    assert {(o, st) for _, o, _, st in profile_rows(sentence, relation)} <= {(partner, "Planned")}
