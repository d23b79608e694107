"""Round 17 (un17): alignment read as an act, and the texts and groups it names. Every sentence is invented; each
paragraph is about the state it names first.

* going along with one text, once ("joined the NATO statement", "associated itself with the declaration by …"), is
  dated by its clause; going along with a group's statements, or usually, is a standing alignment, undated, and it
  is not folded into the dated act (they are two claims);
* one text of an organisation endorsed or subscribed to is going along with that organisation: its name opens the
  text's ("the GCC Guiding Framework", "the EU's Declaration on …", "the ASEAN Leaders' Statement"); an organ's
  text is its organisation's ("the statement of the SCO Heads of State Council"); a model law backed is no stance;
* a draft, concept or proposal of another state backed or co-sponsored ("the Russian concept", "Russia's
  proposal", "that Russian-led resolution" co-sponsored) is going along with that state; a vote for a state's
  resolution is not; a proposal turned down is not;
* a second group after "of the X and of the Y", or "X member states and, on occasion, with those delivered on behalf
  of the Y", is aligned with as the first.
"""

from __future__ import annotations

import pytest

from tests.invented import paragraph_facts


def alignments(text: str, state: str) -> set[tuple[str, str]]:
    return {(f.object, f.year) for f in paragraph_facts(text, state) if f.relation == "alignsWith"}


@pytest.mark.parametrize("text, state, expected", [
    # one text, once: dated by its clause
    ("In March 2023 Austria joined the NATO statement condemning a ransomware campaign against hospitals.",
     "Austria", {("org/nato", "2023")}),
    ("In June 2022 Malta associated itself with the declaration by the EU High Representative on a hacking "
     "campaign.", "Malta", {("org/eu", "2022")}),
    # standing alignment and one dated act: two claims
    ("Slovenia usually aligns with EU statements in the OEWG. In 2021 it subscribed to the EU's Declaration on "
     "responsible behaviour in cyberspace.", "Slovenia", {("org/eu", ""), ("org/eu", "2021")}),
    # a group's statements, plural: standing, undated
    ("In 2022 Croatia aligned with the statements of the European Union in the OEWG.", "Croatia",
     {("org/eu", "")}),
])
def test_one_text_is_a_dated_act(text: str, state: str, expected: set[tuple[str, str]]) -> None:
    assert alignments(text, state) == expected


@pytest.mark.parametrize("text, state, expected", [
    ("In 2022 Zambia endorsed the SADC Declaration on Cyber Security adopted by the summit.", "Zambia",
     {("org/sadc", "2022")}),
    ("Cambodia endorsed the ASEAN Leaders' Statement on Digital Security in 2019.", "Cambodia",
     {("org/asean", "2019")}),
    ("In September 2023 Hungary joined the EU's condemnation of a disinformation campaign.", "Hungary",
     {("org/eu", "2023")}),
    ("In July 2022 Mongolia endorsed the statement of the SCO Heads of State Council on information security.",
     "Mongolia", {("org/sco", "2022")}),
])
def test_an_organisations_text_endorsed(text: str, state: str, expected: set[tuple[str, str]]) -> None:
    assert alignments(text, state) == expected


@pytest.mark.parametrize("text, state", [
    ("In 2020 Malawi supported the SADC Model Law on Computer Crime adopted by the ministers.", "Malawi"),
    ("Namibia has not endorsed the SADC Declaration on Cyber Security.", "Namibia"),
])
def test_no_alignment_from_a_model_law_or_a_refusal(text: str, state: str) -> None:
    assert alignments(text, state) == set()


@pytest.mark.parametrize("text, state, expected", [
    ("In 2022 Laos backed the Chinese concept of a global initiative on data security.", "Laos",
     {("state/china", "2022")}),
    ("At the session of June 2023 the Armenian delegation supported Russia's proposal on a permanent mechanism.",
     "Armenia", {("state/russia", "2023")}),
    ("Nepal voted in favour of A/74/247 in December 2019 and co-sponsored that Russian-led resolution.", "Nepal",
     {("state/russia", "2019")}),
])
def test_another_states_text_backed(text: str, state: str, expected: set[tuple[str, str]]) -> None:
    assert alignments(text, state) == expected


@pytest.mark.parametrize("text, state", [
    ("In December 2018 Bhutan voted in favour of the Russian-sponsored resolution A/73/27.", "Bhutan"),
    ("In 2021 Paraguay turned down a Russian proposal for a bilateral agreement on information security.",
     "Paraguay"),
])
def test_no_alignment_from_a_vote_or_a_refusal(text: str, state: str) -> None:
    assert alignments(text, state) == set()


@pytest.mark.parametrize("text, state, expected", [
    ("In the OEWG Azerbaijan usually speaks in line with the joint statements of the CSTO and of the SCO.",
     "Azerbaijan", {("org/csto", ""), ("org/sco", "")}),
    ("In the OEWG Armenia associates itself with the joint statements of the CSTO member states and, on occasion, "
     "with those delivered on behalf of the SCO.", "Armenia", {("org/csto", ""), ("org/sco", "")}),
])
def test_a_second_group_of_one_alignment(text: str, state: str, expected: set[tuple[str, str]]) -> None:
    assert alignments(text, state) == expected


# --- a forum of its own taken part in -------------------------------------------------------------------------------

def taking_part(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(f.relation, f.object, f.year) for f in paragraph_facts(text, state)
            if f.relation in ("participatesIn", "memberOf") and f.object != "org/un"}


@pytest.mark.parametrize("text, state, expected", [
    # a forum that belongs to no organisation, taken part in: a participation, with its "since"
    ("Nepal is not a member of ASEAN, but it has taken part in the ASEAN Regional Forum (ARF) since 2009.", "Nepal",
     {("participatesIn", "org/arf", "2009")}),
    ("Bhutan has participated in the ASEAN Regional Forum since 2011.", "Bhutan",
     {("participatesIn", "org/arf", "2011")}),
    ("Ecuador attends G20 summits as an invited guest.", "Ecuador", {("participatesIn", "org/g20", "")}),
])
def test_a_forum_taken_part_in(text: str, state: str, expected: set[tuple[str, str, str]]) -> None:
    assert taking_part(text, state) == expected


def test_a_forum_joined_is_still_a_membership() -> None:
    assert taking_part("Vanuatu joined APEC in 2015.", "Vanuatu") == {("memberOf", "org/apec", "2015")}


# --- a predecessor named with its successor -------------------------------------------------------------------------

def memberships(text: str, state: str) -> set[tuple[str, str]]:
    return {(f.object, f.year) for f in paragraph_facts(text, state) if f.relation == "memberOf" and f.object != "org/un"}


@pytest.mark.parametrize("text, state, expected", [
    # "the forerunner of today's Y": the membership is the successor's, the year set off by commas after it
    ("In 1964 Malawi joined the Organisation of African Unity, the forerunner of today's African Union (AU), and the "
     "Commonwealth.", "Malawi", {("org/au", "1964"), ("org/commonwealth", "1964")}),
    ("Uganda joined the Organisation of African Unity, the forerunner of today's African Union (AU), in October 1962.",
     "Uganda", {("org/au", "1962")}),
    ("Namibia was admitted to the United Nations in April 1990 and joined the Organisation of African Unity, the "
     "forerunner of the African Union, in the same year.", "Namibia", {("org/au", "1990")}),
    # "whose successor, the Y, …": the successor, unless the state's own act with it follows
    ("Zambia was a founding member of the Organisation of African Unity in 1964, whose successor, the African Union "
     "(AU), now hosts several of its regional bodies.", "Zambia", {("org/au", "1964")}),
    ("Uganda was a founding member of the Organisation of African Unity in 1963, whose successor, the AU, it helped "
     "to launch in 2002.", "Uganda", {("org/oau", "1963")}),
])
def test_a_predecessor_named_with_its_successor(text: str, state: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(text, state) == expected
