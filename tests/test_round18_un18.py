"""Round 18 (un18): chairing told with its partners first, bodies named with their owner spelt out, views told as
the replies to a forum's questionnaire, and meetings hosted. Every sentence is invented; each paragraph is about the
state it names first.

* "co-chaired, with A, the X", "has co-chaired with A and B the X": the partners stand between the verb and what was
  chaired; X is chaired, by the state and by each partner, in the clause's period;
* a body whose known name opens with its owner's acronym ("ARF Inter-Sessional Meeting on …", "NATO Cooperative
  Cyber Defence Centre of Excellence") is the same body when the owner is spelt out ("ASEAN Regional Forum
  Inter-Sessional Meeting on …") or spelt out and defined ("ASEAN Regional Forum (ARF) Inter-Sessional Meeting on …");
* views told as "its replies" or "in those replies", after a sentence of the paragraph saying whose questionnaire the
  state answered ("answered the questionnaire of the OAS Inter-American Juridical Committee"), are stated in that
  forum, dated by that sentence; no questionnaire answered before, or "a reply", and they are not;
* hosting a forum, conference, summit or meeting named as such is taking part in it (dated by the year after its
  name or the clause's); a secretariat or a centre hosted, a meeting still to be hosted or one hosted by another
  state is not.
"""

from __future__ import annotations

import pytest

from tests.invented import paragraph_facts



def chairs(text: str, state: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.object, f.year, f.end_year) for f in paragraph_facts(text, state) if f.relation == "chairs"}


def _key(label: str) -> str:
    from tests.invented import paragraph_result
    result = paragraph_result(f"Malta chaired the {label} in 2020.", "Malta")
    keys = {f.object for f in result.facts if f.relation == "chairs"}
    assert len(keys) == 1, keys
    return keys.pop()


@pytest.mark.parametrize("text, state, expected", [
    # partners in commas between the verb and the body
    ("Malta co-chaired, with Samoa, the Freedom Online Coalition in 2021.", "Malta",
     {("state/malta", "FOC", "2021", ""), ("state/samoa", "FOC", "2021", "")}),
    # two partners, no commas, a period before the verb
    ("Since 2024 Cyprus has co-chaired with Austria and Greece the Freedom Online Coalition.", "Cyprus",
     {("state/cyprus", "FOC", "2024", ""), ("state/austria", "FOC", "2024", ""),
      ("state/greece", "FOC", "2024", "")}),
    # a range after the body
    ("Bhutan co-chaired, together with Nepal, the Freedom Online Coalition in 2019-2020.", "Bhutan",
     {("state/bhutan", "FOC", "2019", "2020"), ("state/nepal", "FOC", "2019", "2020")}),
])
def test_co_chair_partners_before_the_body(text: str, state: str, expected: set) -> None:
    foc = _key("Freedom Online Coalition")
    assert chairs(text, state) == {(s, foc if o == "FOC" else o, y, e) for s, o, y, e in expected}


def test_chairing_without_co_keeps_with_out_of_the_chair() -> None:
    # "chaired, with the support of Laos, …" is no co-chairing: Laos does not chair
    found = chairs("Cambodia chaired the Freedom Online Coalition in 2022, with Laos as an observer.", "Cambodia")
    assert {s for s, *_ in found} == {"state/cambodia"}


@pytest.mark.parametrize("written", [
    "ASEAN Regional Forum Inter-Sessional Meeting on Security of and in the Use of ICTs",
    "ASEAN Regional Forum (ARF) Inter-Sessional Meeting on Security of and in the Use of ICTs",
    "ARF Inter-Sessional Meeting on Security of and in the Use of ICTs",
])
def test_owner_spelt_out_names_the_same_body(written: str) -> None:
    expected = _key("ARF Inter-Sessional Meeting on Security of and in the Use of ICTs")
    assert chairs(f"Regionally, Fiji co-chaired the {written} in 2023-2024.", "Fiji") == \
        {("state/fiji", expected, "2023", "2024")}


def test_owner_spelt_out_and_partner_aside_together() -> None:
    expected = _key("ARF Inter-Sessional Meeting on Security of and in the Use of ICTs")
    assert chairs("Vanuatu co-chaired, with Mongolia, the ASEAN Regional Forum Inter-Sessional Meeting on Security of "
                  "and in the Use of ICTs in 2021.", "Vanuatu") == \
        {("state/vanuatu", expected, "2021", ""), ("state/mongolia", expected, "2021", "")}


def test_owner_spelt_out_for_another_organisation() -> None:
    # "NATO Cooperative Cyber Defence Centre of Excellence" is known; the owner spelt out names it too
    expected = _key("NATO Cooperative Cyber Defence Centre of Excellence")
    assert chairs("Iceland chaired the North Atlantic Treaty Organization Cooperative Cyber Defence Centre of Excellence "
                  "in 2018.", "Iceland") == {("state/iceland", expected, "2018", "")}


# --- views told as the replies to a forum's questionnaire, referred back to --------------------------------------------

def forum_rows(text: str, state: str) -> set[tuple[str, str]]:
    from tests.invented import paragraph_result
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(entities[f.object].label if f.object in entities else f.object, f.year)
            for f in result.facts if f.relation == "position"}


@pytest.mark.parametrize("text, state", [
    # "Its replies held …" after the sentence that tells whose questionnaire was answered, and when
    ("In 2019 Ecuador answered the questionnaire of the OAS Inter-American Juridical Committee (IAJC). Its replies "
     "held that sovereignty is a binding rule of international law.", "Ecuador"),
    # "In those replies X held …", dated by the earlier sentence's year
    ("Paraguay did reply to the questionnaire of the OAS Inter-American Juridical Committee, and its replies were "
     "printed in the Committee's 2019 report. In those replies Paraguay held that international humanitarian law "
     "applies to cyber operations in armed conflict.", "Paraguay"),
])
def test_replies_referred_back_are_stated_in_the_forum(text: str, state: str) -> None:
    rows = forum_rows(text, state)
    assert len(rows) == 1
    label, year = rows.pop()
    assert label.endswith("Inter-American Juridical Committee") and year == "2019"


def test_one_row_per_view_in_the_replies() -> None:
    rows = [f for f in paragraph_facts(
        "In 2021 Honduras answered the questionnaire of the OAS Inter-American Juridical Committee. Its replies held "
        "that the UN Charter applies in cyberspace in its entirety and that non-intervention is the principle most "
        "relevant to cyber operations.", "Honduras") if f.relation == "position"]
    assert len(rows) == 2 and {f.year for f in rows} == {"2021"}


@pytest.mark.parametrize("text, state", [
    # no questionnaire answered before: "its replies" refer to nothing the paragraph named
    ("Guatemala took part in a seminar of the OAS Inter-American Juridical Committee in 2019. Its replies held that "
     "sovereignty is a binding rule of international law.", "Guatemala"),
    # a reply named for the first time ("a reply") is no reference back
    ("Jamaica answered the questionnaire of the OAS Inter-American Juridical Committee in 2019. A reply from a "
     "university held that sovereignty is a binding rule of international law.", "Jamaica"),
])
def test_no_reply_referred_back(text: str, state: str) -> None:
    assert not any(label.endswith("Juridical Committee") for label, _ in forum_rows(text, state))


# --- hosting a meeting is taking part in it -----------------------------------------------------------------------------

def hosted(text: str, state: str) -> set[tuple[str, str, str]]:
    from tests.invented import paragraph_result
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(f.subject, entities[f.object].label if f.object in entities else f.object, f.year)
            for f in result.facts if f.relation == "participatesIn"}


@pytest.mark.parametrize("text, state, expected", [
    # the capital hosts for its state, the year after the name
    ("Windhoek hosted the Internet Governance Forum (IGF) in 2031.", "Namibia",
     {("state/namibia", "Internet Governance Forum", "2031")}),
    # a meeting hosted every year since a year, the year it began
    ("Lusaka has hosted the Zambezi Cyber Forum every year since 2019.", "Zambia",
     {("state/zambia", "Zambezi Cyber Forum", "2019")}),
    # the year told before the verb
    ("In 2030 Kathmandu hosted the Himalayan Cyber Summit, an annual conference on network security.", "Nepal",
     {("state/nepal", "Himalayan Cyber Summit", "2030")}),
])
def test_hosting_a_meeting_is_taking_part(text: str, state: str, expected: set) -> None:
    assert expected <= hosted(text, state)


@pytest.mark.parametrize("text, state", [
    # a secretariat, a centre or a body hosted is no meeting taken part in
    ("Malawi hosts the Global Forum on Cyber Expertise (GFCE) secretariat.", "Malawi"),
    ("Uganda hosts the regional cyber centre, which trains analysts from the region.", "Uganda"),
    # a meeting still to be hosted is not taken part in yet
    ("Samoa will host the Internet Governance Forum in 2032.", "Samoa"),
    # hosted by another
    ("Fiji attended nothing of the kind; the Internet Governance Forum was hosted by Vanuatu in 2029.", "Fiji"),
])
def test_no_hosting_read(text: str, state: str) -> None:
    assert not any(label in ("Internet Governance Forum", "Global Forum on Cyber Expertise")
                   and subject == f"state/{state.lower()}" for subject, label, _ in hosted(text, state))
