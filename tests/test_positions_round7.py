"""Round 7 (generalisation): positions, national papers, alignment, participation and initiatives said in other
words than the development corpus uses. Every sentence is invented, about states outside dev/ and test/."""

from __future__ import annotations

import pytest

from test_extraction_mechanisms import extract, rows


# --- alignment: a second alignment with its verb left out ----------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Bolivia is in South America. In the OEWG Bolivia usually aligns with the Non-Aligned Movement and, on "
     "development issues, with the Group of 77.", "Non-Aligned Movement", "Group of 77"),
    ("Tunisia is in Africa. Tunisian diplomats aligned themselves with the Arab Group in the OEWG and, on capacity-"
     "building questions, with the African Group.", "Arab Group", "African Group"),
    ("Slovakia is in Europe. Slovakia has aligned with the statements of the European Union, and on freedom of "
     "expression with the Freedom Online Coalition.", "European Union", "Freedom Online Coalition"),
    ("Mongolia is in Asia. Ulaanbaatar took part in the second OEWG, aligning with ASEAN and, for norms, "
     "with the Non-Aligned Movement.", "ASEAN", "Non-Aligned Movement"),
])
def test_a_second_alignment_may_leave_its_verb_out(text: str, first: str, second: str) -> None:
    found = {r[2] for r in rows(extract(text), "alignsWith")}
    assert len(found) == 2 and any(second.split()[-1] in name for name in found), found
    assert not rows(extract(text), "cooperatesWith")


@pytest.mark.parametrize("text, other, relation", [
    ("Iceland is in Europe. Iceland aligns with the EU in the OEWG and signed an MoU with Japan in 2020.", "Japan",
     "hasAgreementWith"),
    ("Iceland is in Europe. Iceland aligns with the EU and cooperates with Japan on cybercrime.", "Japan",
     "cooperatesWith"),
    ("Iceland is in Europe. Iceland aligned with the EU and, in 2022, held a cyber dialogue with Japan.", "Japan",
     "cooperatesWith"),
])
def test_a_second_verb_is_no_gapped_alignment(text: str, other: str, relation: str) -> None:
    found = rows(extract(text))
    assert not any(r[1] == "alignsWith" and r[2] == other for r in found), found


# --- participation: iterations by rank, the cybercrime committee by its treaty, a NATO partnership forum --------

@pytest.mark.parametrize("text, years", [
    ("Nepal is in Asia. Nepal took part in the first OEWG and in the second.", {"2019", "2021"}),
    ("Nepal is in Asia. Kathmandu participated in the first and second Open-ended Working Groups.", {"2019", "2021"}),
    ("Zambia is in Africa. Zambia has been taking part in the second OEWG.", {"2021"}),
    ("Zambia is in Africa. Lusaka sat on the fifth GGE.", {"2016"}),
])
def test_an_iteration_named_by_its_rank_gets_its_years(text: str, years: set[str]) -> None:
    assert {r[3] for r in rows(extract(text), "participatesIn")} == years


def test_a_rank_before_another_noun_is_no_iteration() -> None:
    found = rows(extract("Nepal is in Asia. Nepal took part in the first OEWG and the second half of its successor."),
                 "participatesIn")
    assert {r[3] for r in found} == {"2019"}


@pytest.mark.parametrize("text, expected", [
    ("Rwanda is in Africa. Rwanda also took part in the negotiations of the UN Convention against Cybercrime.", True),
    ("Rwanda is in Africa. Kigali was actively involved in the drafting of the UN cybercrime convention.", True),
    ("Honduras is in Central America. Honduras engaged constructively in negotiating the UN Convention against "
     "Cybercrime, which it signed in 2025.", True),
    ("Rwanda is in Africa. Rwanda did not take part in the negotiations of the UN Convention against Cybercrime.",
     False),
    ("Rwanda is in Africa. Rwanda plans to take part in the negotiation of the UN Convention against Cybercrime.",
     False),
])
def test_negotiating_the_un_cybercrime_treaty_is_taking_part_in_its_committee(text: str, expected: bool) -> None:
    found = rows(extract(text), "participatesIn")
    assert any("Ad Hoc Committee" in r[2] for r in found) is expected, found


@pytest.mark.parametrize("text, year", [
    ("Tunisia is in Africa. Tunisia has taken part in NATO's Mediterranean Dialogue since 1995.", "1995"),
    ("Mauritania is in Africa. Mauritania participates in the Mediterranean Dialogue.", ""),
    ("Jordan is in the Middle East. Jordan has been a participant in the NATO Mediterranean Dialogue since 1995.", "1995"),
])
def test_a_nato_partnership_forum_is_taken_part_in(text: str, year: str) -> None:
    found = rows(extract(text), "participatesIn")
    assert any(r[2] == "NATO Mediterranean Dialogue" and r[3] == year for r in found), found
    assert not any(r[1] == "memberOf" and r[2] == "North Atlantic Treaty Organization" for r in rows(extract(text)))


# --- initiatives: more ways of joining, and proposing one ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Slovakia is in Europe. Slovakia co-founded the Three Seas Initiative (2016), adhered to the Paris Call (2019) "
     "and joined the Counter Ransomware Initiative (2022).",
     {("Three Seas Initiative", "2016"), ("Paris Call for Trust and Security in Cyberspace", "2019"),
      ("International Counter Ransomware Initiative", "2022")}),
    ("Zambia is in Africa. Zambia is a supporter of the Paris Call and has been a member of the GFCE since 2019.",
     {("Paris Call for Trust and Security in Cyberspace", ""), ("Global Forum on Cyber Expertise", "2019")}),
    ("Tunisia is in Africa. Tunisia and Kenya jointly proposed a Programme of Action (PoA) in 2020.",
     {("Programme of Action to advance responsible state behaviour in the use of ICTs", "2020")}),
    ("Oman is in Asia. In 2021 Oman co-tabled the proposal for a Programme of Action.",
     {("Programme of Action to advance responsible state behaviour in the use of ICTs", "")}),
])
def test_initiatives_joined_founded_or_proposed(text: str, expected: set[tuple[str, str]]) -> None:
    subject = text.split()[0]
    assert {(r[2], r[3]) for r in rows(extract(text), "joined") if r[0] == subject} == expected


@pytest.mark.parametrize("text", [
    "Oman is in Asia. Oman proposed that the Programme of Action be discussed in the OEWG.",
    "Oman is in Asia. Oman plans to propose a Programme of Action.",
    "Oman is in Asia. Russia proposed the Global Initiative on Data Security in 2020, which Oman has not joined.",
])
def test_proposing_is_no_joining_when_hedged_or_reported(text: str) -> None:
    assert not any(r[0] == "Oman" for r in rows(extract(text), "joined"))


# --- positions: a paragraph of views told on in one forum -----------------------------------------------------------

def _positions(text: str) -> list[tuple[str, ...]]:
    return sorted(r for r in rows(extract(text)) if r[1] == "position")


def test_views_told_on_after_the_forum_sentence_each_give_a_position() -> None:
    text = ("Iceland is in Europe. In the OEWG, Iceland has argued that sovereignty applies to state conduct in "
            "cyberspace. They accept that IHL applies to cyber operations during armed conflict. Due diligence is "
            "regarded as a voluntary standard, not a binding rule. Attribution, Reykjavik argues, must rest on "
            "evidence. Countermeasures, in its view, are open only to an injured state.")
    found = rows(extract(text), "position")
    assert found == {("Iceland", "position", "UN Open-Ended Working Group on ICTs", "", "")}, found
    assert sum(f.relation == "position" for f in extract(text).facts) == 5


@pytest.mark.parametrize("text", [
    # the forum sentence states no view: taking part is no stance
    "Nepal is in Asia. Nepal took part in both OEWGs. Due diligence is treated as a voluntary norm.",
    # another subject comes between
    "Nepal is in Asia. In the OEWG, Nepal argued that sovereignty applies in cyberspace. Nepal signed an MoU with "
    "Japan in 2020. Due diligence is treated as a voluntary norm.",
    # someone else holds the view
    "Nepal is in Asia. In the OEWG, Nepal argued that sovereignty applies in cyberspace. Due diligence is treated as "
    "a binding obligation by most European states.",
    "Nepal is in Asia. In the OEWG, Nepal argued that sovereignty applies in cyberspace. Attribution, critics argue, "
    "must rest on evidence.",
    "Nepal is in Asia. In the OEWG, Nepal argued that sovereignty applies in cyberspace. Attribution, Beijing argues, "
    "must rest on evidence.",
    "Nepal is in Asia. In the OEWG, Nepal called for a fund for capacity building. A new treaty, observers warn, "
    "would be premature.",
    "Nepal is in Asia. Nepal took part in the OEWG. Capacity building, they insist, must come first.",
])
def test_no_view_is_carried_to_a_sentence_that_is_not_the_states(text: str) -> None:
    found = [f for f in extract(text).facts if f.relation == "position"]
    assert len(found) == (0 if "took part" in text else 1), found


@pytest.mark.parametrize("text, year", [
    ("Greece is in Europe. Greece restated these views in the OEWG in 2023, when it stressed the need for a gender "
     "perspective in capacity building.", "2023"),
    ("Nepal is in Asia. In 2022 Kathmandu restated in the OEWG that sovereignty applies.", "2022"),
    ("Sri Lanka is in Asia. In the OEWG, Sri Lanka called for a fund for capacity building. A permanent mechanism, "
     "they warn, would be premature.", ""),
    ("Thailand is in Asia. In the OEWG, Thai delegates stressed national sovereignty. Capacity building, they insist, "
     "must come before any new norms.", ""),
])
def test_restated_views_and_a_voice_set_off_by_commas(text: str, year: str) -> None:
    found = [f for f in extract(text).facts if f.relation == "position"]
    assert found and all(f.object == "org/un-oewg" for f in found) and found[-1].year == year or \
        any(f.year == year for f in found), found


# --- positions and alignment: what is no stance of the state ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nepal is in Asia. Echoing Russia's position, some Nepali officials argued for a binding treaty in the OEWG, "
    "although the government never endorsed it.",
    "Bolivia is in South America. In the OEWG, Bolivian diplomats called for a new treaty, but Bolivia has not formally "
    "endorsed the idea.",
    "Zambia is in Africa. Zambian delegates pressed for a binding instrument at the OEWG in 2022, without any "
    "government endorsement.",
    "Nepal is in Asia. Nepal has said little in the OEWG.",
    "Iceland is in Europe. Iceland has said very little about attribution in the OEWG.",
    "Oman is in Asia. Oman says nothing in the OEWG on countermeasures.",
])
def test_a_disowned_or_empty_statement_is_no_position(text: str) -> None:
    found = rows(extract(text))
    assert not any(r[1] in ("position", "positionIn", "alignsWith") for r in found), found


def test_another_actors_disowning_leaves_the_states_view() -> None:
    found = rows(extract("Nepal is in Asia. In the OEWG, Nepalese diplomats argued for a fund, but the EU has not "
                         "backed it."), "position")
    assert len(found) == 1


@pytest.mark.parametrize("last, count", [
    ("It has argued that attribution must rest on evidence.", 3),   # its own voice: carried past the no-view sentence
    ("Kathmandu has also stressed that attribution is a national decision.", 3),
    ("Attribution is treated as a sovereign decision, as a 2020 case showed.", 2),  # no voice, right after no view
])
def test_a_sentence_stating_no_view_ends_only_agentless_carrying(last: str, count: int) -> None:
    text = ("Nepal is in Asia. In the OEWG, Nepal argued that sovereignty applies in cyberspace. Nepalese delegates "
            "also said that IHL applies in armed conflict. Nepal has expressed no view on countermeasures. " + last)
    assert sum(f.relation == "position" for f in extract(text).facts) == count


@pytest.mark.parametrize("text, forum", [
    ("Nepal is in Asia. The European Union, which Nepal often follows, stressed in the OEWG that IHL applies.", None),
    ("Nepal is in Asia. The Non-Aligned Movement, whose statements Nepal supports, insisted in the OEWG that "
     "sovereignty applies.", None),
    ("Oman is in Asia. The Arab Group, of which Oman is a member, argued in the OEWG that due diligence is not binding.",
     None),
    ("Nepal is in Asia. In the OEWG, Nepal, which follows the NAM, argued that sovereignty applies.", "org/un-oewg"),
])
def test_a_relative_clause_neither_speaks_nor_places_the_view(text: str, forum: str | None) -> None:
    found = [f for f in extract(text).facts if f.relation == "position"]
    assert [f.object for f in found] == ([forum] if forum else []), found


@pytest.mark.parametrize("text, count", [
    ("Nepal is in Asia. At the OEWG, the Secretary-General's envoy stressed that IHL applies, a view Nepal did not "
     "contest.", 0),
    ("Nepal is in Asia. In the OEWG, the chair stressed that sovereignty applies.", 0),
    ("Tanzania is in Africa. At the OEWG in 2023 the secretariat noted that due diligence is not binding.", 0),
    ("Nepal is in Asia. In the OEWG, Nepal's cyber envoy stressed that sovereignty applies.", 1),
])
def test_the_un_s_own_voices_are_no_state_s(text: str, count: int) -> None:
    assert sum(f.relation == "position" for f in extract(text).facts) == count


@pytest.mark.parametrize("text, expected", [
    ("Nepal is in Asia. The Paris Call, launched by France in 2018, has not been endorsed by Nepal.",
     {("France", "Paris Call for Trust and Security in Cyberspace")}),  # (the launcher's act is stated: kept)
    ("Nepal is in Asia. Nepal supports the goals of the Christchurch Call but has not signed it.", set()),
    ("Nepal is in Asia. Nepal takes part in GFCE regional meetings without being a member.", set()),
    ("Bolivia is in South America. Bolivia took part in a GFCE workshop in 2022.", set()),
    ("Zambia is in Africa. Zambia backs the Freedom Online Coalition's work but is not a member.", set()),
    ("Nepal is in Asia. Nepal endorsed the Paris Call in 2021, but has not joined the GFCE.",
     {("Nepal", "Paris Call for Trust and Security in Cyberspace")}),
])
def test_what_is_not_joining_an_initiative(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(r[0], r[2]) for r in rows(extract(text), "joined")} == expected


@pytest.mark.parametrize("text, year", [
    ("Sri Lanka is in Asia. Sri Lanka's delegation to the OEWG called in 2022 for a permanent mechanism.", "2022"),
    ("Tanzania is in Africa. At the 2023 session of the OEWG, Tanzania's representative underscored the need for "
     "capacity building.", "2023"),
    ("Mongolia is in Asia. In OEWG debates Mongolia has underscored that international law applies.", ""),
])
def test_more_verbs_of_stance(text: str, year: str) -> None:
    found = [f for f in extract(text).facts if f.relation == "position"]
    assert [(f.object, f.year) for f in found] == [("org/un-oewg", year)]


# --- national papers in the plural, with a year each ------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("Slovakia is in Europe. Slovakia has submitted two position papers on international law to the OEWG, in 2021 "
     "and 2023.", {"2021", "2023"}),
    ("Iceland is in Europe. Iceland published national positions on international law in cyberspace in 2022 and "
     "2024.", {"2022", "2024"}),
    ("Malaysia is in Asia. Malaysia has released three statements on how international law applies in cyberspace, in "
     "2020, 2022 and 2024.", {"2020", "2022", "2024"}),
    ("Greece is in Europe. Greece published its national position on international law in cyberspace in 2023.",
     {"2023"}),
])
def test_papers_in_the_plural_are_one_a_year(text: str, years: set[str]) -> None:
    found = {f.year for f in extract(text).facts if f.relation == "issued" and f.status == "Published"}
    assert found == years
    assert not [f for f in extract(text).facts if f.relation == "position"]
