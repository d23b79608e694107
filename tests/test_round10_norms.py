"""Round 10, norms and cybercrime families: incidents named and dated by general mechanisms (where a name ends, whose
parts were hit, who claimed it, what is no harm at all). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_crime5_variants import facts
from tests.test_crime7_variants import incident_names, named


# --- a name runs over "through"/"via" and ends before "revealed", "disclosed" ---------------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "In March 2022 the Central Bank of Mongolia suffered a data breach through a compromised supplier.",
     "Central Bank of Mongolia data breach", "2022"),
    ("Jordan", "In 2019 the Jordan Phosphate Mines Company suffered a ransomware attack via a phishing e-mail.",
     "Jordan Phosphate Mines Company ransomware attack", "2019"),
    ("Ghana", "Incidents include the data leak at the Ghana Revenue Authority revealed in 2021.",
     "data leak at the Ghana Revenue Authority", "2021"),
])
def test_an_incident_name_runs_over_its_means_and_stops_before_its_disclosure(state: str, sentence: str, wanted: str,
                                                                             year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted)
    assert not any(n.lower().endswith(("revealed", "disclosed")) for names in incident_names(state, sentence)
                   for n in names)


# --- the sites a body runs are parts of it: hitting them is an attack on the body -------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In May 2022 a ransomware attack crippled the hospitals of the Darkhan Regional Health Board.",
     "Darkhan Regional Health Board ransomware attack"),
    ("Jordan", "In 2020 a cyberattack disrupted the branches of the Arab Housing Bank for three days.",
     "cyberattack on the Arab Housing Bank"),
    ("Ghana", "In 2023 a DDoS attack knocked out the offices of the Tema Port Authority.",
     "DDoS attack on the Tema Port Authority"),
])
def test_an_attack_on_the_sites_of_a_body_is_an_attack_on_the_body(state: str, sentence: str, wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


# --- the claimant names an incident that has no target, and its date follows the claimant ------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "Mongolia's incidents include waves of DDoS attacks claimed by Storm Crew in March 2023 after a "
                 "border dispute.", "DDoS attacks claimed by Storm Crew", "2023"),
    ("Jordan", "Jordan has faced DDoS attacks claimed by the group Cyber Falcons in June 2021.",
     "DDoS attacks claimed by Cyber Falcons", "2021"),
])
def test_the_claimant_and_the_date_after_it_belong_to_an_incident_without_target(state: str, sentence: str,
                                                                                 wanted: str, year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


def test_a_claimant_named_after_a_state_is_no_other_states_incident() -> None:
    sentence = "Mongolia's incidents include DDoS attacks claimed by Anonymous Tuvalu in April 2022."
    assert any(y == "2022" for _, _, y in facts("Mongolia", sentence, "suffered"))


def test_an_incident_with_a_target_keeps_the_target_over_the_claimant() -> None:
    sentence = ("In June 2022 the website of the Mongolian parliament was knocked offline by a DDoS attack claimed by "
                "the group Storm Crew.")
    names = incident_names("Mongolia", sentence)
    assert named(names, "DDoS attack on the website of the Mongolian parliament"), names
    assert not any("claimed" in n for found in names for n in found), names


# --- whose data leaked ends the name of a leak -----------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In Mongolia a leak of personal data on some 3 million voters was disclosed in 2023.",
     "leak of personal data on some 3 million voters"),
    ("Jordan", "In Jordan a breach of medical records of 40,000 patients came to light in 2021.",
     "breach of medical records of 40,000 patients"),
])
def test_a_leak_is_named_with_whose_data_it_was(state: str, sentence: str, wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


# --- breached and its data leaked; a system abused --------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In 2021 the insurer Altan Daatgal was breached and its customer data leaked by a hacker group.",
     "Altan Daatgal breach and data leak"),
    ("Jordan", "In 2022 the pension fund Amman Mutual was breached and its client data leaked online.",
     "Amman Mutual breach and data leak"),
])
def test_a_breach_followed_by_a_leak_of_its_data_is_a_breach_and_data_leak(state: str, sentence: str,
                                                                            wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "Mongolia has had incidents: in 2023 the Khaan customs clearance system was abused to release "
                 "goods unpaid.", "abuse of the Khaan customs clearance system", "2023"),
    ("Jordan", "Jordan has had incidents: in 2020 the Hisab treasury payment system was misused to divert salaries.",
     "abuse of the Hisab treasury payment system", "2020"),
])
def test_a_system_abused_to_do_harm_is_an_incident(state: str, sentence: str, wanted: str, year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


def test_an_office_abused_is_no_cyber_incident() -> None:
    assert facts("Mongolia", "In Mongolia in 2021 the governor's office was abused to award contracts to friends.",
                 "suffered") == set()


def test_a_claim_in_an_earlier_clause_does_not_silence_the_next_incident() -> None:
    sentence = ("Mongolia has suffered incidents: in 2021 the tax office lost data in an attack claimed by the Dune "
                "group, and in 2023 the Khaan customs clearance system was abused to release goods unpaid.")
    assert named(incident_names("Mongolia", sentence), "abuse of the Khaan customs clearance system")


# --- a named APT as the doer of a compromise ------------------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "In 2024 the intelligence service revealed that APT31, a group tied to a foreign state, had "
                 "compromised the State Great Khural Secretariat in 2022.",
     "compromise of the State Great Khural Secretariat", "2022"),
    ("Jordan", "Officials said in 2021 that APT34 breached the Ministry of Digital Economy in 2020.",
     "breach of the Ministry of Digital Economy", "2020"),
])
def test_a_named_apt_that_compromised_a_body_is_an_incident(state: str, sentence: str, wanted: str, year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


# --- no harm: a simulation, a yearly operation, an operation against crime, a shutdown ------------------------------

@pytest.mark.parametrize("sentence", [
    'In 2022 Mongolia led "Steppe Shield", a simulated cyberattack on the banking system, joined by eight states.',
    'In 2021 Mongolia hosted "Blue Horizon", an exercise on attacks against the power grid.',
    'Mongolian police take part in the annual "Clean Net" operation against cybercrime.',
    'In 2023 Mongolian investigators joined the "Nightfall" operation against botnets.',
    "During the protests of March 2022 the internet in Mongolia was shut down nationwide for two days.",
])
def test_no_incident_in_a_simulation_a_police_operation_or_a_shutdown(sentence: str) -> None:
    assert facts("Mongolia", sentence, "suffered") == set()


# --- "endorsed neither X nor Y": no initiative joined -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mongolia is a member of the GFCE; it has, however, endorsed neither the Paris Call nor the Christchurch Call.",
    "Jordan has joined neither the Counter Ransomware Initiative nor the Freedom Online Coalition.",
    "Ghana has so far signed up to neither the Paris Call nor the Pall Mall Process.",
])
def test_initiatives_after_neither_or_nor_are_not_joined(sentence: str) -> None:
    state = sentence.split()[0]
    joined = {obj for _, obj, _, _ in facts(state, sentence, "joined")}
    assert not joined & {"paris-call", "christchurch-call", "counter-ransomware-initiative", "freedom-online-coalition",
                         "pall-mall-process"}, joined


# --- a state's body has no members -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2019 Mongolia joined Japan in linking APT10 to China's Ministry of State Security.",
    "In 2021 Ghana joined Germany in blaming the campaign on Russia's Federal Security Service.",
])
def test_no_membership_of_another_states_agency(sentence: str) -> None:
    state = sentence.split()[2]
    members = {obj for _, obj, _, _ in facts(state, sentence, "memberOf")}
    assert not any("ministry" in m or "security-service" in m or m.startswith("fsb") for m in members), members


# --- a capital by its current name or its accents stands for its state ------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Kazakhstan", "Astana has taken part in the Open-ended Working Group since 2019.", "un-oewg"),
    ("Kazakhstan", "Astana sat on the UN Group of Governmental Experts in 2019-2021.", "un-gge"),
    ("Paraguay", "Asunción took part in the Open-ended Working Group in 2021.", "un-oewg"),
])
def test_a_capital_by_its_current_or_accented_name_is_its_state(state: str, sentence: str, wanted: str) -> None:
    found = {(s, o) for s, o, _, _ in facts(state, sentence, "participatesIn")}
    assert (state.lower(), wanted) in found, found


# --- the second iteration named by rank after the first's period --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mongolia took part in the first Open-ended Working Group, in 2019-2021, and in the second, which ran to 2025.",
    "Jordan took part in the first OEWG (2019-2021) and in the second, where it spoke often.",
])
def test_a_rank_after_a_written_period_names_the_next_iteration(sentence: str) -> None:
    state = sentence.split()[0]
    years = {y for _, o, y, _ in facts(state, sentence, "participatesIn") if o == "un-oewg"}
    assert years == {"2019", "2021"}, years


# --- playing a part in, engaging throughout, being a partner in ---------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "Mongolia played an active part in the Ad Hoc Committee on Cybercrime.", "un-ahc-cybercrime"),
    ("Jordan", "Having engaged throughout the Ad Hoc Committee on Cybercrime, Jordan has not signed the convention.",
     "un-ahc-cybercrime"),
    ("Ghana", "Ghana played a leading role in the Open-ended Working Group.", "un-oewg"),
    ("Jordan", "Since 1995 Jordan has been a partner in NATO's Mediterranean Dialogue.", "nato-mediterranean-dialogue"),
    ("Jordan", "While not an ally, Jordan has been a NATO partner country through the Mediterranean Dialogue.",
     "nato-mediterranean-dialogue"),
])
def test_playing_a_part_engaging_throughout_or_partnering_in_is_taking_part(state: str, sentence: str,
                                                                            wanted: str) -> None:
    found = {o for _, o, _, _ in facts(state, sentence, "participatesIn")}
    assert wanted in found, found


def test_playing_a_part_that_is_denied_is_no_participation() -> None:
    assert facts("Mongolia", "Mongolia has not played any part in the Ad Hoc Committee on Cybercrime.",
                 "participatesIn") == set()


# --- alignment: speaking in line with, joint statements with, joining the other members in endorsing ----------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In the OEWG Mongolia has usually spoken in line with the Non-Aligned Movement.",
     {"nam"}),
    ("Jordan", "In the OEWG it has often spoken in step with the Arab Group and with the Non-Aligned Movement.",
     {"arab-group", "nam"}),
    ("Ghana", "In the OEWG Ghana has delivered joint statements with Kenya and Nigeria.", {"kenya", "nigeria"}),
])
def test_speaking_in_line_or_delivering_joint_statements_is_alignment(state: str, sentence: str, wanted: set) -> None:
    found = {o for _, o, _, _ in facts(state, sentence, "alignsWith")}
    assert wanted <= found, found


@pytest.mark.parametrize("state, sentence", [
    ("Ghana", "In March 2024 it joined the other AU members in endorsing the Common African Position."),
    ("Ghana", "In 2024 Accra joined fellow AU members in endorsing the Common African Position."),
])
def test_joining_the_other_members_in_endorsing_a_common_position_is_the_states_act(state: str, sentence: str) -> None:
    assert ("ghana", "au", "2024", "") in facts(state, sentence, "alignsWith")


def test_most_members_endorsing_is_still_not_the_states_act() -> None:
    assert facts("Ghana", "In 2024 most other AU members endorsed the Common African Position.", "alignsWith") == set()


# --- attributions: the group linked, the doer a finding names, the own clause's time ----------------------------------

def culprits_of(state: str, sentence: str) -> set[tuple[str, str]]:
    return {(o, y) for _, o, y, _ in facts(state, sentence, "attributesTo")}


@pytest.mark.parametrize("sentence, wanted", [
    ("In 2019 Mongolia linked APT31 to China's Ministry of State Security.",
     {("apt31", "2019"), ("ministry-of-state-security", "2019")}),
    ("In 2022 Jordan attributed APT34 to Iran's Ministry of Intelligence.", {("apt34", "2022")}),
])
def test_a_group_linked_to_a_body_is_named_as_a_culprit_too(sentence: str, wanted: set) -> None:
    found = culprits_of(sentence.split()[2], sentence)
    assert wanted <= found, found


@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In 2023 the intelligence agency of Mongolia revealed that APT41, a group tied to the Chinese state, "
                 "had breached the State Great Khural in 2022.", {("apt41", "2023"), ("china", "2023")}),
    ("Ghana", "In 2024 Ghana's cyber authority announced that APT29 had compromised the Ministry of Finance.",
     {("apt29", "2024")}),
])
def test_a_states_finding_that_a_named_actor_compromised_a_body_attributes_it(state: str, sentence: str,
                                                                            wanted: set) -> None:
    found = culprits_of(state, sentence)
    assert wanted <= found, found


def test_researchers_who_reveal_a_doer_make_no_attribution() -> None:
    sentence = "Researchers revealed in 2024 that APT29 had compromised the Mongolian Ministry of Finance."
    assert culprits_of("Mongolia", sentence) == set()


def test_each_clause_of_a_list_of_attributions_keeps_its_own_year() -> None:
    sentence = ("Mongolia has named state actors: in March 2019 it linked APT31 to China's Ministry of State Security, "
                "in June 2021 it held Russian state-sponsored actors responsible for the exploitation of its mail "
                "servers, and in 2023 it blamed the Lazarus Group for a theft.")
    found = culprits_of("Mongolia", sentence)
    mss = "ministry-of-state-security"
    assert (mss, "2019") in found and (mss, "2021") not in found, found
    assert any(y == "2021" and "state-sponsored" in o for o, y in found), found


# --- "not (yet) a party" beside a step towards joining is Planned, dated by the step ----------------------------

@pytest.mark.parametrize("state, sentence, year", [
    ("Mongolia", "Mongolia has not signed the Budapest Convention, although its justice ministry says it plans to do so.",
     ""),
    ("Jordan", "Jordan is not yet a party to the Budapest Convention: it was invited in 2021, and the government "
               "submitted an accession bill to parliament in 2024.", "2024"),
    ("Ghana", "Although invited to accede to the Malabo Convention in 2019, and although cabinet agreed that same year "
              "to pursue accession, Ghana is still not a party.", "2019"),
])
def test_not_a_party_but_on_the_way_is_planned(state: str, sentence: str, year: str) -> None:
    found = facts(state, sentence, "partyTo")
    assert {(st, y) for _, _, y, st in found} == {("Planned", year)}, found


@pytest.mark.parametrize("sentence", [
    "Mongolia has not signed the Budapest Convention and has no plans to do so.",
    "Mongolia is not a party to the Budapest Convention and has never decided to pursue accession.",
])
def test_not_a_party_without_a_step_stays_not_a_party(sentence: str) -> None:
    assert {st for _, _, _, st in facts("Mongolia", sentence, "partyTo")} == {"NotParty"}


# --- chairs: a second verb of a relative clause, "co-chaired it ever since", another's subordinate clause ----------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "Mongolia belongs to the Freedom Online Coalition, which it joined in 2014 and chaired in 2020.",
     ("freedom-online-coalition", "2020")),
    ("Ghana", "Ghana sits in the Global Forum on Cyber Expertise, which Accra joined in 2016 and later chaired in 2022.",
     ("gfce", "2022")),
])
def test_a_relative_clause_that_joined_and_chaired_a_body(state: str, sentence: str, wanted: tuple) -> None:
    found = {(o, y) for _, o, y, _ in facts(state, sentence, "chairs")}
    assert wanted in found, found


@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "Mongolia co-founded the Christchurch Call with Japan in May 2020 and has co-chaired it ever since.",
     ("christchurch-call", "2020")),
    ("Jordan", "In 2021 Jordan launched the Freedom Online Coalition's Amman chapter and has chaired the Freedom Online "
               "Coalition ever since.", ("freedom-online-coalition", "2021")),
])
def test_chairing_ever_since_takes_the_time_told_before(state: str, sentence: str, wanted: tuple) -> None:
    found = {(o, y) for _, o, y, _ in facts(state, sentence, "chairs")}
    assert wanted in found, found


@pytest.mark.parametrize("sentence", [
    "Mongolia joined the Counter Ransomware Initiative when the White House convened it in October 2021.",
    "Mongolia joined the Freedom Online Coalition after the Dutch Foreign Ministry convened it in 2011.",
])
def test_a_body_convened_by_another_in_a_subordinate_clause_is_not_chaired(sentence: str) -> None:
    assert facts("Mongolia", sentence, "chairs") == set()


# --- an incident brought in by "a" with its target after "of" is told where it is attributed ------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In May 2024 the police attributed a breach of the Supreme Court's computer network to APT31.",
     "breach of the Supreme Court's computer network"),
    ("Ghana", "In 2023 Ghana blamed a hack of the Electoral Commission's servers on the Lazarus Group.",
     "hack of the Electoral Commission's servers"),
])
def test_an_incident_first_told_in_its_attribution_with_of(state: str, sentence: str, wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


def test_the_incident_attributed_by_the_definite_article_is_told_elsewhere() -> None:
    sentence = "In May 2024 the police attributed the breach of the Supreme Court's computer network to APT31."
    assert facts("Mongolia", sentence, "suffered") == set()
