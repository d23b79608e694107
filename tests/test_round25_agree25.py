"""Round 25, agree25: the parties of agreements told as a noun phrase, signed by "the two countries", or awaiting
signature. Every sentence here is invented."""

from __future__ import annotations

from tests.invented import labelled_facts, paragraph_result


def _agreements(text: str, state: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.object, f.year, f.status) for f in labelled_facts(text, state) if f.relation == "hasAgreementWith"}


def test_nominal_agreement_after_another_states_sentence_is_the_profiles():
    found = _agreements("Austria signed a cyber memorandum with Slovenia in 2018. A cyber cooperation memorandum with "
                        "Cyprus signed in 2019 lapsed in 2022.", "Malta")
    assert ("Malta", "Cyprus", "2019", "Signed") in found
    assert ("Malta", "Cyprus", "2022", "Expired") in found
    assert not any(s == "Austria" and o == "Cyprus" for s, o, _, _ in found)


def test_nominal_agreement_after_a_semicolon_is_the_profiles():
    found = _agreements("Denmark runs a cyber dialogue with Iceland; a memorandum with Luxembourg on incident response, "
                        "signed in 2016, expired in 2021.", "Malta")
    assert ("Malta", "Luxembourg", "2016", "Signed") in found
    assert not any(s == "Denmark" and o == "Luxembourg" for s, o, _, _ in found)


def test_the_two_countries_are_the_profile_and_the_state_of_the_sentence_before():
    found = _agreements("Austria is by far Malta's closest partner. The two countries signed a Bilateral Security "
                        "Agreement in December 2021 that covers cyber security.", "Malta")
    assert ("Malta", "Austria", "2021", "Signed") in found
    assert not any(s == "Austria" for s, _, _, _ in found)


def test_a_text_the_two_countries_concluded_later_in_the_sentence_keeps_its_own_year():
    found = _agreements("In January 2021 it signed an agreement on information security with Austria, and the Treaty "
                        "on Strategic Partnership that the two countries concluded in January 2025 commits them to joint "
                        "work against cyber threats.", "Malta")
    assert ("Malta", "Austria", "2021", "Signed") in found
    assert ("Malta", "Austria", "2025", "Signed") in found


def test_the_two_governments_named_by_a_capital():
    found = _agreements("During a visit to Vienna in 2019 the two governments signed a memorandum on digital "
                        "cooperation.", "Malta")
    assert ("Malta", "Austria", "2019", "Signed") in found


def test_the_two_countries_with_two_other_states_before_give_nothing():
    found = _agreements("Austria and Slovenia are close partners. The two countries signed a memorandum in 2020.",
                        "Malta")
    assert not any(o in ("Austria", "Slovenia") and y == "2020" for _, o, y, _ in found)


def test_a_treaty_awaiting_signature_is_planned():
    found = _agreements("A defence treaty with Austria, announced in 2025, is still awaiting signature.", "Malta")
    assert found == {("Malta", "Austria", "2025", "Planned")}


def test_a_treaty_only_mentioned_gives_nothing():
    assert not _agreements("A defence treaty with Austria was discussed in the press in 2025.", "Malta") - \
        {("Malta", "Austria", "2025", "UnderNegotiation")}


def _agreement_bodies(text: str, state: str) -> set[tuple[str, str, str, str, str]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return entities[key].label if key in entities else key
    return {(label(f.subject), label(f.through), label(f.object_through), f.year, f.status) for f in result.facts
            if f.relation == "hasAgreementWith"}


def test_a_counterparts_body_named_after_its_possessive_signs_with_its_own_year():
    found = _agreement_bodies("The Malta Digital Agency (MDA) signed memoranda with the Korea Internet & Security Agency "
                              "(KISA) in 2016, with Belgium's Agence belge de la sécurité numérique (ABSN) in 2019 and "
                              "with Slovenia's telecommunications regulator AKOSX in March 2021.", "Malta")
    assert ("Malta", "Malta Digital Agency", "Agence belge de la sécurité numérique (ABSN)", "2019", "Signed") in found
    assert ("Malta", "Malta Digital Agency", "AKOSX", "2021", "Signed") in found


def test_a_counterparts_body_between_two_bodies():
    found = _agreement_bodies("The Malta Digital Agency (MDA) runs the government network. An older memorandum between "
                              "the MDA and Cyprus's CY-NETSIRT, signed in 2015, lapsed in 2020 without being renewed.",
                              "Malta")
    assert ("Malta", "Malta Digital Agency", "CY-NETSIRT", "2015", "Signed") in found
    assert ("Malta", "Malta Digital Agency", "CY-NETSIRT", "2020", "Expired") in found


def test_an_acronym_that_only_qualifies_a_noun_is_no_body():
    found = _agreement_bodies("Malta signed a memorandum with Austria's ICT ministry in 2019.", "Malta")
    assert found == {("Malta", "", "", "2019", "Signed")}


def _member_labels(text: str, state: str) -> set[tuple[str, str]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(entities[f.object].label if f.object in entities else f.object, f.year) for f in result.facts
            if f.relation == "memberOf"}


def test_an_organisation_after_a_time_since_independence_is_still_in_the_list():
    found = _member_labels("A member of the United Nations and of the Commonwealth since independence in 1966, and of the "
                           "Organisation of African Unity, now the African Union (AU), from the same year, Malawi belongs "
                           "to SADC.", "Malawi")
    assert ("African Union", "1966") in found
    assert not any(label == "Organisation of African Unity" for label, _ in found)


def test_the_successor_an_organisation_belongs_to_keeps_the_founding_year():
    found = _member_labels("Namibia was among the founders of the Organisation of African Unity in June 1990 and belongs "
                           "to its successor, the African Union (AU); it is also a member of SADC.", "Namibia")
    assert ("African Union", "1990") in found
    assert not any(label == "Organisation of African Unity" for label, _ in found)


def test_is_now_a_member_of_what_the_organisation_became():
    found = _member_labels("It joined the United Nations upon independence in 1960, was a member of the Organisation of "
                           "African Unity from that year and is now a member of the African Union (AU), and belongs to "
                           "ECOWAS.", "Togo")
    assert ("African Union", "1960") in found
    assert not any(label == "Organisation of African Unity" for label, _ in found)


def test_a_membership_that_ended_is_no_predecessor():
    found = _member_labels("Togo was a member of ECOWAS until 2024 and is now a member of the African Union.", "Togo")
    assert any(label == "Economic Community of West African States" for label, _ in found)


def _member_rows(text: str, state: str) -> set[tuple[str, str, str]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return entities[key].label if key in entities else key
    return {(label(f.through), label(f.object), f.year) for f in result.facts if f.relation == "memberOf"}


def test_a_body_an_apposition_makes_a_member_is_the_member():
    found = _member_rows("Malta hosted a regional drill in 2014, and CERT-MT, a member of FIRST since 2016 and of "
                         "TF-CSIRT, has taken part in the ITU's drills every year since.", "Malta")
    assert ("CERT-MT", "Forum of Incident Response and Security Teams", "2016") in found
    assert any(through == "CERT-MT" and "Task Force" in organisation for through, organisation, _ in found)


def test_a_body_a_relative_clause_makes_a_member_is_the_member():
    found = _member_rows("The Malta Digital Agency (MDA), created in 2002, regulates electronic security and hosts the "
                         "Malta Computer Incident Response Team (MCIRT), operational since 2012, which became a member "
                         "of FIRST in 2016.", "Malta")
    assert ("Malta Computer Incident Response Team", "Forum of Incident Response and Security Teams", "2016") in found


def test_a_state_before_which_is_no_body():
    found = _member_rows("Malta joined the OSCE in 1973, which became a member of FIRST in 2016.", "Malta")
    assert not any(through for through, _, _ in found)


def test_a_body_one_document_names_by_acronym_takes_the_full_name_another_defines():
    from pathlib import Path

    from cdkg.build import extract_sources
    from cdkg.config import Settings
    from cdkg.sources import SourceText
    from tests.invented import ROOT

    first = SourceText("a-malta", Path("a-malta.txt"), "Malta is a member of the United Nations. The Malta Digital "
                       "Agency (MDA) signed a memorandum with Austria's AUSEC in 2019.", "An invented profile", "2026-11-29")
    second = SourceText("b-austria", Path("b-austria.txt"), "Austria is a member of the United Nations. The Austrian "
                        "Security Office (AUSEC) was set up in Vienna in 2010.", "An invented profile", "2026-11-29")
    result = extract_sources(Settings(root=ROOT), [first, second])
    facts = [f for f in result.facts if f.relation == "hasAgreementWith" and f.year == "2019"]
    assert facts and facts[0].object_through
    assert result.gazetteer.entities[facts[0].object_through].label.startswith("Austrian Security Office")
