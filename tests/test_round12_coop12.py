"""Round 12 (coop12), memberships, agreements and cooperation: lists of memberships whose items carry their own
brackets or go on after a relative clause, an organisation dated before it was renamed, and agreements whose
signing and later end are both told. Every sentence is invented; each paragraph is about the state named first."""

from __future__ import annotations

from pathlib import Path

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def facts(state: str, sentence: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    text = f"{state} is a small state with a young cyber administration. {sentence}"
    source = SourceText("coop12", Path("coop12.txt"), text, "An invented profile", "2026-11-29")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def rows(state: str, sentence: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(subject, object, year, status) of one relation's facts, keys shortened."""
    return {(short(f.subject), short(f.object), f.year, f.status) for f in facts(state, sentence)
            if f.relation == relation}


def members(state: str, sentence: str) -> dict[str, str]:
    """Organisation → year of the state's memberships."""
    return {o: y for s, o, y, _ in rows(state, sentence, "memberOf") if s == state.lower()}


# --- memberships --------------------------------------------------------------------------------------------------

def test_an_organisation_dated_before_its_new_name_is_a_membership_of_the_new_one() -> None:
    """"the OAU in 1963, today the AU": the renamed organisation is the one belonged to, with the year told before."""
    found = members("Zambia", "Zambia joined the United Nations in 1964 and was a member of the Organisation of "
                              "African Unity from 1964, now the African Union (AU).")
    assert found.get("au") == "1964" and "oau" not in found
    found = members("Malawi", "Malawi, a member of the Commonwealth, also joined the Organisation of African Unity in "
                              "1964, today the African Union, and the SADC in 1980.")
    assert found.get("au") == "1964" and "oau" not in found


def test_an_acronym_in_brackets_is_the_same_item_of_the_list() -> None:
    """"the Council of Europe (CoE, since 1949), the OECD and the G20": the brackets do not end the list, and the
    year inside them is the item's."""
    found = members("Austria", "Austria also belongs to the Organisation for Economic Co-operation and Development "
                               "(OECD, since 1961), the Council of Europe (since 1956) and the OSCE.")
    assert found.get("oecd") == "1961" and found.get("coe") == "1956" and "osce" in found
    found = members("Cyprus", "Cyprus is a member of the Non-Aligned Movement (NAM, 1961) and of the Commonwealth.")
    assert found.get("nam") == "1961" and "commonwealth" in found


def test_a_membership_list_goes_on_after_a_relative_clause() -> None:
    """"belongs to X, which it co-founded in 1993, and to Y": the list resumes after the relative clause."""
    found = members("Namibia", "Namibia belongs to the Southern African Development Community (SADC), which it joined "
                               "in 1990, and to the Commonwealth.")
    assert {"sadc", "commonwealth"} <= set(found)
    found = members("Zambia", "Zambia is a member of COMESA, whose secretariat sits in Lusaka, as well as of the "
                              "Commonwealth and the SADC.")
    assert {"comesa", "commonwealth", "sadc"} <= set(found)


def test_what_follows_a_relative_clause_without_a_list_word_is_no_membership() -> None:
    """Only "and of/to X" or "as well as to X" takes up the list: a new clause after the relative one does not."""
    found = members("Malta", "Malta is a member of the Commonwealth, which it joined in 1964, and it hosted the "
                             "Council of Europe's cybercrime conference in 2019.")
    assert "coe" not in found and "commonwealth" in found


# --- agreements ---------------------------------------------------------------------------------------------------

def agreements(state: str, sentence: str) -> set[tuple[str, str, str]]:
    """(counterpart, year, status) of the state's agreements."""
    return {(o, y, st) for s, o, y, st in rows(state, sentence, "hasAgreementWith") if s == state.lower()}


def test_an_agreement_signed_and_later_ended_is_two_claims() -> None:
    """"a memorandum with X, signed in 2016, expired in 2021": signed that year, expired the later one."""
    assert agreements("Slovenia", "A memorandum with Croatia, signed in 2016 for four years, expired in 2020 and was "
                                  "not renewed.") == {("croatia", "2016", "Signed"), ("croatia", "2020", "Expired")}
    assert agreements("Bhutan", "A cyber security memorandum with Nepal, signed in May 2018, was suspended by the "
                                "government in 2023.") == {("nepal", "2018", "Signed"), ("nepal", "2023", "Suspended")}


def test_an_ended_agreement_with_one_year_stays_one_claim() -> None:
    """With no later year of its own the end is the one claim ("signed in 2016, has expired"); "concluded in …" is
    read as the invented corpus reads it, one claim."""
    assert agreements("Iceland", "A memorandum with Denmark, signed in 2017, has expired.") == {
        ("denmark", "2017", "Expired")}
    assert {st for _, _, st in agreements("Laos", "An older cooperation agreement with Cambodia, concluded in 2013, "
                                                  "was suspended in 2018.")} == {"Suspended"}


def test_an_agreement_named_after_its_parties() -> None:
    """"the Greece-Cyprus Framework Agreement was signed": the other party of the name is the counterpart; an
    ended one signed earlier is both claims; a name that only mentions the text says nothing."""
    assert agreements("Cyprus", "The Greece-Cyprus Cyber Framework Agreement was signed in March 2021.") == {
        ("greece", "2021", "Signed")}
    assert agreements("Honduras", "The Honduras–Guatemala Roadmap, signed in June 2015 for five years, lapsed in "
                                  "2020.") == {("guatemala", "2015", "Signed"), ("guatemala", "2020", "Expired")}
    assert agreements("Panama", "Officials often cite the Panama-Ecuador Framework in speeches.") == set()


def test_a_name_with_a_part_that_is_no_known_party_gives_nothing() -> None:
    """"the Indo-Nepali Agreement": "Indo" names no state the reference knows, so no party is guessed."""
    assert agreements("Nepal", "The Indo-Nepali Agreement was signed in 2019.") == set()


def test_a_dialogue_named_after_its_parties_is_a_cooperation() -> None:
    """"cyber issues are on the agenda of the Austria-Hungary Strategic Dialogue": they cooperate; a dialogue still
    to be held is none yet."""
    found = {(o, st) for s, o, _, st in rows("Hungary", "Cyber issues are on the agenda of the Austria-Hungary Strategic "
                                                        "Dialogue.", "cooperatesWith")}
    assert ("austria", "") in found
    found = {o for s, o, _, st in rows("Hungary", "A first Austria-Hungary Strategic Dialogue is planned for 2027.",
                                       "cooperatesWith") if st == ""}
    assert "austria" not in found


def test_an_agreement_another_state_proposed_has_the_proposer_as_counterpart() -> None:
    """"declined an Azerbaijani proposal for an agreement", "an agreement that Baku had pressed on Yerevan was turned
    down": the proposer is the counterpart, not a body named later in the clause."""
    assert agreements("Armenia", "In 2020 Yerevan declined an Azerbaijani proposal for a bilateral agreement on "
                                 "information security, officials saying it duplicated existing CSTO arrangements.") == {
        ("azerbaijan", "2020", "Rejected")}
    assert agreements("Mongolia", "An intergovernmental agreement on information security that Beijing had pressed "
                                  "on Ulaanbaatar was turned down in 2019.") == {("china", "2019", "Rejected")}


def test_a_proposal_for_a_treaty_is_no_bilateral_agreement() -> None:
    """Turning down another state's proposal for a treaty is a position on the treaty, no agreement with it."""
    assert agreements("Fiji", "In 2021 Fiji declined a Chinese proposal for a treaty on information security.") == set()


# --- cooperation --------------------------------------------------------------------------------------------------

def partners(state: str, sentence: str) -> set[tuple[str, str]]:
    """(partner, year) of the state's cooperation."""
    return {(o, y) for s, o, y, _ in rows(state, sentence, "cooperatesWith") if s == state.lower()}


def test_the_two_governments_are_the_profiles_state_and_the_other_one_named() -> None:
    """"…, and the two governments hold an annual cyber dialogue": the profile's state and the one other state the
    sentence names (by itself, an agency, or a name joining both) cooperate."""
    assert ("greece", "2022") in partners("Cyprus", "Greece opened a cyber office in Nicosia in 2019, and since 2022 "
                                                    "the two governments hold an annual cyber dialogue.")
    assert "slovakia" in {p for p, _ in partners("Hungary", "The Slovakia-Hungary Cyber Roadmap, signed in 2015, "
                                                            "lapsed in 2020; the two governments still meet in a "
                                                            "bilateral cyber dialogue.")}


def test_the_two_governments_without_one_other_state_or_with_a_negation_give_nothing() -> None:
    """Two other states named leave "the two" unknown; a negated or planned meeting is no cooperation."""
    assert partners("Malta", "Italy and Greece sent observers in 2021, and the two governments hold a dialogue.") == set()
    assert partners("Iceland", "Norway offered help in 2020, but the two governments have never met in a cyber "
                               "dialogue.") == set()


def test_joining_what_an_organisation_does_is_no_membership_of_it() -> None:
    """"joined the EU's condemnation", "acceded to the Council of Europe's data protection convention", "joined the
    EU in attributing the campaign": the state joined the organisation's act or text, not the organisation."""
    assert "eu" not in members("Croatia", "In 2023 Croatia joined the EU's statement condemning the ransomware "
                                          "campaign against hospitals.")
    assert "coe" not in members("Armenia", "Armenia acceded to the Council of Europe's convention on data protection "
                                           "in 2012.")
    assert "eu" not in members("Slovakia", "In 2022 Slovakia joined the EU in attributing the intrusions to Russia.")
    assert members("Malta", "Malta joined the European Union in 2004.") == {"eu": "2004"}


def test_a_membership_dated_by_the_organisations_creation_does_not_end_the_list() -> None:
    """"a member of the OECD since its creation in 1961 and of the EU since 1995": the list goes on."""
    found = members("Denmark", "Denmark has been a member of the OECD since its creation in 1961 and of the European "
                               "Union since 1973.")
    assert found.get("oecd") == "1961" and found.get("eu") == "1973"


def test_an_agreement_settled_but_awaiting_signature_is_planned() -> None:
    """"the text was finalised in 2025 and awaits signature": not signed yet."""
    assert agreements("Samoa", "The text of a memorandum with Fiji on incident response was finalised in 2025 and "
                               "awaits signature.") == {("fiji", "2025", "Planned")}


def test_a_heading_on_its_own_line_is_its_own_paragraph() -> None:
    """A section heading followed by a blank line does not run into the next sentence, whose subject then acts
    ("Cooperation\\n\\nThe NCA signed …": the agency signed, for its state)."""
    from cdkg.text import clean, paragraphs

    text = "Cooperation and exercises\n\nThe agency signed a\nmemorandum in 2020."
    assert [p.text for p in paragraphs(clean(text).text)] == ["Cooperation and exercises",
                                                             "The agency signed a memorandum in 2020."]
    found = [f for f in facts("Bhutan", "The Bhutan Computer Incident Response Team (BtCIRT) is the national CIRT.\n\n"
                                        "Cooperation, capacity building and exercises\n\nThe BtCIRT signed a memorandum "
                                        "of understanding with Nepal in 2021.") if f.relation == "hasAgreementWith"]
    assert [(short(f.subject), short(f.object), short(f.through), f.year) for f in found] == [
        ("bhutan", "nepal", "btcirt", "2021")]


def test_the_organisation_a_relative_clause_says_the_state_joined() -> None:
    """"Interpol, which Nepal joined in 1967", "the OSCE, which it joined in 1992": a membership with that year;
    an organisation the state only takes part in keeps that reading, and a body another state joined is not the
    profile's."""
    assert members("Nepal", "The police bureau serves as the contact point for Interpol, which Nepal joined in "
                            "1967.").get("interpol") == "1967"
    assert members("Azerbaijan", "Azerbaijan chairs a working group of the OSCE, which it joined in 1992.").get(
        "osce") == "1992"
    assert "nato-mediterranean-dialogue" not in members(
        "Cyprus", "With NATO it takes part in the Mediterranean Dialogue, which it joined in 1995.")
    assert "interpol" not in members("Laos", "Officials met Cambodian police at Interpol, which Cambodia joined in "
                                             "1956.")
