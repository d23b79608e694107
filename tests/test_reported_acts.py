"""Acts of others told in a state's profile (round 6, precision on unseen wording): an actor described as "linked
to" a state, an office "held", a vote told with a stance verb, another state's attribution of an incident that the
text does not place in the profile's state. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def facts(text: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(subject, object, year, status) of the facts of one relation read in an invented paragraph; keys shortened."""
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-28")
    result = extract_sources(Settings(root=ROOT), [source])
    short = lambda key: key.rsplit("/", 1)[-1]  # noqa: E731
    return {(short(f.subject), short(f.object), f.year, f.status) for f in result.facts if f.relation == relation}


@pytest.mark.parametrize("text", [
    "Kazakhstan is a member of the CSTO. Hackers linked to North Korea targeted Kazakh banks in 2020.",
    "Norway is a member of NATO. Operators tied to Russia breached the Norwegian parliament's email in 2020.",
    "Chile is a member of the OAS. In 2021 intruders closely linked to China stole data from the army.",
    "Greece is a member of NATO. A crew tied to Iran defaced Greek ministry websites in 2022.",
])
def test_an_actor_described_as_linked_to_a_state_is_no_attribution(text: str) -> None:
    assert facts(text, "attributesTo") == set()


@pytest.mark.parametrize("text, culprit", [
    ("Norway is a member of NATO. In 2020 Norway linked the breach of its parliament to Russia.", "russia"),
    ("Norway is a member of NATO. The breach was officially linked to Russia in 2020.", "russia"),
    ("Norway is a member of NATO. In 2020 the government publicly tied the intrusion to Russia.", "russia"),
])
def test_linking_an_incident_to_a_state_is_still_an_attribution(text: str, culprit: str) -> None:
    assert {(s, o) for s, o, _, _ in facts(text, "attributesTo")} == {("norway", culprit)}


@pytest.mark.parametrize("text", [
    "Lithuania is a member of NATO. Vilnius held the Presidency of the Council of the European Union in 2013.",
    "Greece is a member of NATO. In 2014 Athens held the rotating chairmanship of the OSCE working group on hacking.",
    "Norway is a member of NATO. In 2021 Oslo named the head of the National Security Authority as its envoy on "
    "cyber threats.",
    "Austria is a member of the EU. Vienna held the presidency of the Wassenaar Arrangement in 2019.",
])
def test_holding_an_office_or_naming_an_official_is_no_attribution(text: str) -> None:
    assert facts(text, "attributesTo") == set()


@pytest.mark.parametrize("text, culprit", [
    ("Norway is a member of NATO. In 2020 the government held Russia responsible for the breach of its parliament.",
     "russia"),
    ("Norway is a member of NATO. In 2020 Oslo accused Russia of the breach of its parliament.", "russia"),
    ("Norway is a member of NATO. In 2020 Oslo identified APT28 as the perpetrator of the attack on its parliament.",
     "apt28"),
])
def test_holding_responsible_accusing_and_identifying_still_attribute(text: str, culprit: str) -> None:
    assert {(s, o) for s, o, _, _ in facts(text, "attributesTo")} == {("norway", culprit)}


@pytest.mark.parametrize("text", [
    "Ireland is a member of the EU. In the General Assembly Ireland opposed A/73/27 in a recorded vote in December "
    "2018, whereas it backed A/73/266 in the same session.",
    "Austria is a member of the EU. At the General Assembly in 2018, Austria rejected the Russian draft resolution "
    "in a recorded vote.",
    "Norway is a member of NATO. In the First Committee Norway criticised resolution 73/27 and voted against it "
    "in 2018.",
    "Portugal is a member of NATO. In the General Assembly in 2021 Lisbon resisted the draft resolution when it was "
    "put to a vote.",
])
def test_a_stance_on_a_resolution_voted_on_is_no_position(text: str) -> None:
    assert facts(text, "position") == set()


@pytest.mark.parametrize("text", [
    "Norway is a member of NATO. In the First Committee in 2019, Norway stressed that international law applies "
    "to cyberspace.",
    "Norway is a member of NATO. In the General Assembly in 2018, Norway opposed the draft resolution's language "
    "on sovereignty.",
    "Portugal is a member of NATO. At the OEWG in 2022, Portugal rejected calls for a new treaty.",
])
def test_a_stance_in_a_forum_is_still_a_position(text: str) -> None:
    assert len(facts(text, "position")) == 1


@pytest.mark.parametrize("text", [
    "Argentina is a member of the OAS. The United States attributed a 2020 campaign against South American "
    "ministries to a Chinese espionage group, and Argentina declined to join that attribution.",
    "Chile is a member of the OAS. In 2022 Canada publicly blamed a 2021 intrusion into regional port operators "
    "on Russia.",
    "Peru is a member of the OAS. In 2023 the United Kingdom linked a 2022 breach of Andean mining firms to "
    "Iranian hackers.",
])
def test_another_states_attribution_of_an_incident_elsewhere_is_no_incident_of_the_state(text: str) -> None:
    assert facts(text, "suffered") == set()


@pytest.mark.parametrize("text, state", [
    ("Norway is a member of NATO. The United States attributed the 2020 breach of Norway's parliament to Russia.",
     "norway"),
    ("Norway is a member of NATO. Norway attributed the 2020 breach of its parliament to Russia.", "norway"),
    ("Chile is a member of the OAS. In 2022 Canada blamed the 2021 intrusion into Chile's port operators on "
     "Russia.", "chile"),
])
def test_an_incident_the_text_places_in_the_state_is_still_its_own(text: str, state: str) -> None:
    assert {s for s, _, _, _ in facts(text, "suffered")} == {state}


@pytest.mark.parametrize("text", [
    "Armenia is a member of the CSTO. Some Armenian politicians have called for the country to apply for EU "
    "candidate status, but no application has been made.",
    "Armenia is a member of the CSTO. Opposition leaders urged the government to become a NATO candidate in 2023.",
    "Azerbaijan is a member of the OSCE. Parliament debated whether Azerbaijan should become an EU candidate in 2021.",
    "Kosovo is a member of no alliance. Commentators argue that Kosovo ought to seek EU candidate status soon.",
])
def test_a_candidacy_only_called_for_or_debated_is_none(text: str) -> None:
    assert facts(text, "candidateFor") == set()


@pytest.mark.parametrize("text, expected", [
    ("Serbia is a member of the OSCE. Serbia has been a candidate for EU membership since 2012.",
     ("serbia", "eu", "2012", "Candidate")),
    ("Bosnia and Herzegovina is a member of the OSCE. Bosnia and Herzegovina was granted EU candidate status in "
     "December 2022.", ("bosnia-and-herzegovina", "eu", "2022", "Candidate")),
    ("Albania is a member of NATO. Albania became an official candidate for EU membership in 2014.",
     ("albania", "eu", "2014", "Candidate")),
])
def test_a_candidacy_held_is_still_read(text: str, expected: tuple) -> None:
    assert facts(text, "candidateFor") == {expected}


@pytest.mark.parametrize("text, body, year", [
    ("Ecuador is a member of the OAS. Ecuador has been nominated to chair the Freedom Online Coalition in 2027.",
     "freedom-online-coalition", "2027"),
    ("Ecuador is a member of the OAS. Ecuador is a candidate to chair the OAS Cybersecurity Working Group in 2026.",
     "oas-cybersecurity-working-group", "2026"),
    ("Ecuador is a member of the OAS. Ecuador has offered to take the chair of the Freedom Online Coalition in 2027.",
     "freedom-online-coalition", "2027"),
])
def test_a_chair_only_sought_is_planned(text: str, body: str, year: str) -> None:
    assert facts(text, "chairs") == {("ecuador", body, year, "Planned")}


@pytest.mark.parametrize("text, body, year", [
    ("Ecuador is a member of the OAS. Ecuador chaired the OAS Cybersecurity Working Group in 2022.",
     "oas-cybersecurity-working-group", "2022"),
    ("Ecuador is a member of the OAS. In 2019 Ecuador was elected to chair the Freedom Online Coalition.",
     "freedom-online-coalition", "2019"),
    ("Ecuador is a member of the OAS. Ecuador held the chair of the Freedom Online Coalition in 2021.",
     "freedom-online-coalition", "2021"),
])
def test_a_chair_held_is_no_plan(text: str, body: str, year: str) -> None:
    assert facts(text, "chairs") == {("ecuador", body, year, "")}


@pytest.mark.parametrize("text", [
    "Ecuador is a member of the OAS. In 2020 Colombia blamed Venezuela for a cyber attack on its electoral registry.",
    "Ecuador is a member of the OAS. In 2021 Chile said its ports had been hit by a ransomware attack.",
    "Bolivia is a member of the OAS. Paraguay reported in 2019 that its tax portal had been breached by hackers.",
])
def test_its_after_another_state_as_subject_is_that_states(text: str) -> None:
    assert not {s for s, _, _, _ in facts(text, "suffered")} & {"ecuador", "bolivia"}


@pytest.mark.parametrize("text", [
    "Ecuador is a member of the OAS. In 2020 Ecuador blamed Venezuela for a cyber attack on its electoral registry.",
    "Ecuador is a member of the OAS. In 2021 Ecuador said its ports had been hit by a ransomware attack.",
    "Ecuador is a member of the OAS. In 2021 its ports were hit by a ransomware attack, and Chile offered help.",
])
def test_its_after_the_state_itself_stays_its_own(text: str) -> None:
    assert {s for s, _, _, _ in facts(text, "suffered")} == {"ecuador"}


@pytest.mark.parametrize("text, relation", [
    ("Ecuador is a member of the OAS. Most Latin American states voted in favour of A/RES/73/27, while Ecuador did "
     "not take part in the vote.", "votedOn"),
    ("Ecuador is a member of the OAS. In 2018 several Caribbean delegations voted against A/RES/73/27.", "votedOn"),
    ("Ecuador is a member of the OAS. Many EU members aligned with the statement of the European Union at the OEWG "
     "in 2021.", "alignsWith"),
    ("Ecuador is a member of the OAS. A number of African governments abstained on A/RES/73/266 in 2018.", "votedOn"),
])
def test_unnamed_states_as_the_subject_are_not_the_profiles_state(text: str, relation: str) -> None:
    assert facts(text, relation) == set()


@pytest.mark.parametrize("text", [
    "Ecuador is a member of the OAS. Ecuador considered aligning with the EU statement at the OEWG in 2022 but did "
    "not do so.",
    "Ecuador is a member of the OAS. Quito weighed joining the EU statement at the OEWG in 2022.",
    "Ecuador is a member of the OAS. In 2023 the government contemplated associating itself with the statements of "
    "the European Union.",
])
def test_an_alignment_only_considered_is_none(text: str) -> None:
    assert facts(text, "alignsWith") == set()


@pytest.mark.parametrize("text, relation, expected", [
    ("Ecuador is a member of the OAS. In 2018 Ecuador voted in favour of A/RES/73/27, as did most Latin American "
     "states.", "votedOn", {("ecuador", "a-res-73-27", "2018", "InFavour")}),
    # (one statement joined is an act, dated by its clause: round 17)
    ("Ecuador is a member of the OAS. Ecuador aligned itself with the statement of the European Union in 2021.",
     "alignsWith", {("ecuador", "eu", "2021", "")}),
    ("Ecuador is a member of the OAS. Like most EU partners, Ecuador abstained on A/RES/73/266 in 2018.",
     "votedOn", {("ecuador", "a-res-73-266", "2018", "Abstained")}),
])
def test_the_state_named_beside_unnamed_states_still_acts(text: str, relation: str, expected: set) -> None:
    assert facts(text, relation) == expected


@pytest.mark.parametrize("text, culprit", [
    ("Norway is a member of NATO. In 2020 Norway named the Main Directorate of the General Staff (GRU) as "
     "responsible for the breach of its parliament.", "gru"),
    ("Norway is a member of NATO. The 2020 breach of the parliament, linked to Russia by the Foreign Ministry, led "
     "to new rules.", "russia"),
    ("Norway is a member of NATO. In 2020 the government held the GRU of Russia responsible for the breach of its "
     "parliament.", "gru"),
])
def test_an_office_word_or_a_link_with_its_agent_still_attributes(text: str, culprit: str) -> None:
    assert culprit in {o for _, o, _, _ in facts(text, "attributesTo")}


@pytest.mark.parametrize("text, culprit", [
    ("Norway is a member of NATO. In 2022 Norway suffered a DDoS attack, which the government linked to Russia.",
     "russia"),
    ("Norway is a member of NATO. In 2021 hackers breached the parliament, an intrusion that officials tied to China.",
     "china"),
    ("Norway is a member of NATO. The 2020 breach, which Oslo linked to Russia, prompted new rules.", "russia"),
    ("Norway is a member of NATO. Several states attributed the NotPetya attack to Russia in 2018, and Norway "
     "joined them.", "russia"),
])
def test_a_link_made_by_the_state_in_a_relative_clause_or_joined_still_attributes(text: str, culprit: str) -> None:
    assert {(s, o) for s, o, _, _ in facts(text, "attributesTo")} == {("norway", culprit)}
