"""Round 7 (writer corpus, pos8): forum positions said in other words than dev/ uses. Every sentence is invented,
about states outside dev/ and test/."""

from __future__ import annotations

import pytest

from test_extraction_mechanisms import extract


def positions(text: str) -> list[tuple[str, str, str]]:
    """(subject, forum, year) of every forum position, repeated once per row."""
    result = extract(text)

    def name(key: str) -> str:
        entity = result.gazetteer.entities.get(key)
        return entity.label if entity else key
    return [(name(f.subject), name(f.object), f.year) for f in result.facts if f.relation == "position"]


# --- one stance verb holding several law topics in turn: one position per topic ------------------------------

@pytest.mark.parametrize("text, count", [
    ("Nepal is in Asia. In its statements to the OEWG, Nepal holds that the UN Charter applies in full and that "
     "foreign cyber operations breach its sovereignty.", 2),
    ("Laos is in Asia. In OEWG statements the Laotian delegation has affirmed that the UN Charter applies in its "
     "entirety, that international humanitarian law applies to cyber operations in armed conflict, and it has "
     "argued that an injured state may resort to countermeasures.", 3),
    ("Jordan is in Asia. At the OEWG in 2023 Jordan stressed that sovereignty covers ICT infrastructure on its "
     "territory and that due diligence is a voluntary norm.", 2),
    ("Zambia is in Africa. In the OEWG Zambian diplomats argued that IHL applies to cyber operations and that "
     "countermeasures must be proportionate.", 2),
])
def test_one_stance_verb_gives_one_position_per_law_topic(text: str, count: int) -> None:
    found = positions(text)
    assert len(found) == count and all(f[1].startswith("UN Open-Ended") for f in found), found


@pytest.mark.parametrize("text", [
    "Nepal is in Asia. In its statements to the OEWG, Nepal held that the UN Charter applies in full.",
    "Laos is in Asia. On attribution, Laotian diplomats told the OEWG in 2022 that accusations need evidence.",
    "Zambia is in Africa. At the GGE, Zambia argued for a fund and warned against an arms race.",
])
def test_a_single_topic_stays_one_position(text: str) -> None:
    assert len(positions(text)) == (2 if "warned" in text else 1), positions(text)


def test_a_paper_position_gives_no_extra_forum_rows() -> None:
    text = ("Nepal is in Asia. In its national position paper of 2023, Nepal holds that sovereignty is a rule and "
            "that due diligence is an obligation.")
    assert not positions(text), positions(text)


# --- "the kingdom", "the republic" in lower case stand for the profile's state --------------------------------

@pytest.mark.parametrize("text, state", [
    ("Jordan is in Asia. In its OEWG statements, however, the kingdom insists that capacity building must come "
     "first.", "Jordan"),
    ("Bahrain is in Asia. In the GGE the kingdom warned against a new treaty.", "Bahrain"),
    ("Kazakhstan is in Asia. At the OEWG in 2023, the republic called for a fund for capacity building.",
     "Kazakhstan"),
    ("Oman is in Asia. In the OEWG the sultanate has stressed that capacity building must come first.", "Oman"),
])
def test_a_lower_case_form_of_state_is_the_state(text: str, state: str) -> None:
    found = positions(text)
    assert found and all(f[0] == state for f in found), found


# --- a forum that opens the sentence frames its later clauses said by the state ------------------------------

@pytest.mark.parametrize("text, year", [
    ("Jordan is in Asia. In the OEWG Jordanian delegates usually align with the Arab Group; Jordan argued in 2022 "
     "that new binding rules are needed.", "2022"),
    ("Laos is in Asia. At the OEWG, Laotian diplomats have aligned with ASEAN; in 2021 they also warned that the "
     "digital divide is a security risk.", "2021"),
    ("Zambia is in Africa. In OEWG statements in 2024, Zambian delegates aligned with the African Group; they "
     "stressed that capacity building must be demand-driven.", "2024"),
])
def test_an_opening_forum_frames_a_later_clause(text: str, year: str) -> None:
    found = positions(text)
    assert len(found) == 1 and found[0][1].startswith("UN Open-Ended") and found[0][2] == year, found


@pytest.mark.parametrize("text", [
    "Laos is in Asia. In the OEWG Laos aligned with ASEAN; at home, officials argued that a cyber law is needed.",
    "Laos is in Asia. In the OEWG Laos aligned with ASEAN; Vietnam argued that a cyber law is needed.",
    "Laos is in Asia. In the OEWG Laos aligned with ASEAN; in a 2022 interview its minister argued that a law is "
    "needed.",
])
def test_a_later_clause_with_its_own_setting_or_speaker_is_not_framed(text: str) -> None:
    assert not positions(text), positions(text)


# --- a sentence that goes on with the state's name or capital and "also" ---------------------------------------

@pytest.mark.parametrize("text", [
    "Laos is in Asia. In its statements to the OEWG, Laos holds that the UN Charter applies in full. Vientiane has "
    "also urged that states be allowed to take countermeasures.",
    "Laos is in Asia. At the GGE, Laotian delegates argued for a fund. Laos also warned against an arms race in "
    "cyberspace.",
    "Zambia is in Africa. In the OEWG, Zambia called for a capacity-building fund. Lusaka has also stressed that "
    "the digital divide is a security issue.",
])
def test_the_state_by_name_goes_on_in_the_same_forum(text: str) -> None:
    assert len(positions(text)) == 2, positions(text)


@pytest.mark.parametrize("text, count", [
    ("Laos is in Asia. In regional fora, Laos has been a vocal champion of training, welcoming references to it "
     "within the 2021 OEWG report but cautioning against rigid rules. Vientiane has also argued that training "
     "should be part of the development agenda.", 1),
    ("Zambia is in Africa. Zambia argued that the GGE's final report was balanced and stressed its norms. Zambia "
     "has also stressed that the digital divide is a security issue.", 0),
    ("Nepal is in Asia. Nepal has insisted that the recommendations of the OEWG report on capacity building be "
     "funded. It has also warned that donors duplicate their work.", 0),
])
def test_a_forum_named_only_as_the_owner_of_a_report_does_not_carry_over(text: str, count: int) -> None:
    """A forum named as the owner of a cited text (its report, recommendations) is not where the state spoke: the
    sentence that goes on with "also" gets no forum from it."""
    assert len(positions(text)) == count, positions(text)


def test_another_state_going_on_is_not_the_profile_state() -> None:
    text = ("Laos is in Asia. At the GGE, Laotian delegates argued for a fund. Vietnam also warned against an arms "
            "race in cyberspace.")
    assert len(positions(text)) == 1, positions(text)


# --- "In its OEWG statements": the forum modifies the state's statements, it is not their speaker --------------

@pytest.mark.parametrize("text, state, forum", [
    ("Jordan is in Asia. In its 2022 GGE submission Jordan warned against an arms race.", "Jordan", "Governmental"),
    ("Jordan is in Asia. In their OEWG remarks Jordanian diplomats stressed that capacity building must come first.",
     "Jordan", "Open-Ended"),
    ("Zambia is in Africa. In its OEWG interventions, Lusaka has called for a fund for developing states.", "Zambia",
     "Open-Ended"),
])
def test_a_forum_before_the_states_statements_is_the_venue(text: str, state: str, forum: str) -> None:
    found = positions(text)
    assert len(found) == 1 and found[0][0] == state and forum in found[0][1], found


# --- views answering a forum's questionnaire or report: a position in that forum -------------------------------

@pytest.mark.parametrize("text, year", [
    ("Paraguay is in South America. In its 2021 replies to the questionnaire of the OAS Inter-American Juridical "
     "Committee, Paraguay stressed that sovereignty applies fully in cyberspace.", "2021"),
    ("Uruguay is in South America. In its answers to the survey of the Inter-American Juridical Committee, "
     "Montevideo held that due diligence is a binding obligation.", ""),
    ("Honduras is in Central America. In its 2020 response to the questionnaire of the Inter-American Juridical "
     "Committee, the country argued that attribution must rest on evidence.", "2020"),
])
def test_replies_to_a_forums_questionnaire_are_a_position_in_that_forum(text: str, year: str) -> None:
    found = positions(text)
    assert len(found) == 1 and "Juridical" in found[0][1] and found[0][2] == year, found


def test_replies_to_someone_elses_report_stay_a_document() -> None:
    text = ("Mongolia is in Asia. In its 2022 reply to the report of the UN Secretary-General, Mongolia argued that "
            "capacity building matters.")
    assert not positions(text), positions(text)


@pytest.mark.parametrize("text", [
    "Nepal is in Asia. At the OEWG, Nepali delegates argued that sovereignty applies in cyberspace and that states "
    "have a due diligence obligation.",
    "Laos is in Asia. In the OEWG Laos held that the UN Charter applies in full and that international humanitarian "
    "law applies to cyber operations in armed conflict.",
    "Zambia is in Africa. At the OEWG in 2023 Zambia stressed that sovereignty covers ICT infrastructure and that "
    "countermeasures must be proportionate.",
])
def test_each_law_topic_is_on_one_position_of_the_sentence(text: str) -> None:
    """A stance verb holding several topics gives a row per topic, and no topic is on two rows of the sentence (the
    topic pages count positions per topic)."""
    result = extract(text)
    topics = [t for f in result.facts if f.relation == "position" for t in f.topics]
    assert len(topics) >= 2 and len(topics) == len(set(topics)), topics
