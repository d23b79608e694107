"""Round 21 (lists21): each party in a list around a capacity-building programme gets its own role.

A programme's parties come in lists and in words that coordinate them with the programme's name: a state's or an
organisation's body after "by" ("led by Slovenia's X Agency", "implemented by the OSCE's Y Office"), a list whose
preposition is said again ("with funding from A's agency and from B"), an apposition that names the funder or the
owners ("X, an EU-funded programme", "X, a EUR 5 million joint project of A and B"), the implementers of a relative
clause on that apposition ("…, the EU-funded programme that A's agency and B implement"), peers "along with" or
"alongside" a beneficiary, a later clause whose subjects "took part as well", and whom a programme serves ("for the
benefit of A and B", "a project covering A and B", "which the X implements for A and B", "which trains officials from A
and B"). Each item takes the role its own words give it, never one from a neighbouring clause. Every sentence is
invented; the paragraph opens with a sentence naming its state."""

from __future__ import annotations

from tests.invented import labelled_facts


def _roles(text: str, state: str) -> set[tuple[str, str, str]]:
    """(party, programme, role) of the paragraph's ``funds`` facts, by labels."""
    return {(f.subject, f.object, f.role) for f in labelled_facts(text, state) if f.relation == "funds"}


def _amounts(text: str, state: str) -> set[str]:
    return {f.object for f in labelled_facts(text, state) if f.relation == "fundingAmount"}


def test_a_states_body_after_by_is_the_agent() -> None:
    roles = _roles("Iceland takes part in NordSkill, a programme led by Estonia's Information System Authority (RIA).",
                   "Iceland")
    assert ("Estonia", "NordSkill", "Lead") in roles
    assert ("Iceland", "NordSkill", "Beneficiary") in roles


def test_a_list_whose_preposition_is_said_again_is_one_list() -> None:
    roles = _roles("Iceland takes part in the NordSkill programme, which GIZ runs with funding from Germany's BMZ and "
                   "from the European Union.", "Iceland")
    assert {("Germany", "NordSkill", "Funder"), ("European Union", "NordSkill", "Funder")} <= roles
    assert ("Iceland", "NordSkill", "Beneficiary") in roles


def test_a_changed_preposition_ends_the_list() -> None:
    roles = _roles("Iceland benefits from the NordSkill programme run by the OSCE, financed in part by Austria and "
                   "Denmark, and from the Council of Europe's GLACY+ project.", "Iceland")
    assert {("Austria", "NordSkill programme", "Funder"), ("Denmark", "NordSkill programme", "Funder")} <= roles
    assert not any(party == "Council of Europe" for party, programme, _ in roles if programme == "NordSkill programme")


def test_financed_in_part_by_a_list() -> None:
    roles = _roles("The NordSkill project is financed in part by Austria and Denmark.", "Iceland")
    assert {("Austria", "NordSkill", "Funder"), ("Denmark", "NordSkill", "Funder")} <= roles


def test_an_apposition_names_the_funder_and_its_relative_clause_the_implementers() -> None:
    roles = _roles("Iceland takes part in NordSkill, the EU-funded programme against organised crime that Spain's "
                   "FIIAPP and Expertise France implement.", "Iceland")
    assert ("European Union", "NordSkill", "Funder") in roles
    assert ("Spain", "NordSkill", "Lead") in roles  # (through FIIAPP)
    assert ("France", "NordSkill", "Lead") in roles  # (through Expertise France)
    assert ("European Union", "NordSkill", "Lead") not in roles


def test_a_sized_joint_project_is_paid_for_by_its_owners() -> None:
    text = "Iceland takes part in NordSkill, a EUR 5 million joint project of the EU and the Council of Europe."
    roles = _roles(text, "Iceland")
    assert {("European Union", "NordSkill", "Funder"), ("Council of Europe", "NordSkill", "Funder")} <= roles
    assert "5000000.0 EUR" in _amounts(text, "Iceland")


def test_owners_of_a_joint_project_someone_else_implements_pay_for_it() -> None:
    roles = _roles("Iceland benefited from NordSkill, the 2020-2023 joint project of the EU and the Council of Europe, "
                   "implemented by the Council of Europe's Cybercrime Programme Office (C-PROC).", "Iceland")
    assert {("European Union", "NordSkill", "Funder"), ("Council of Europe", "NordSkill", "Funder")} <= roles
    assert ("European Union", "NordSkill", "Lead") not in roles


def test_an_unsized_joint_project_is_led_by_its_owners() -> None:
    roles = _roles("Iceland is a priority country of NordSkill, the joint project of the European Union and the "
                   "Council of Europe.", "Iceland")
    assert {("European Union", "NordSkill", "Lead"), ("Council of Europe", "NordSkill", "Lead")} <= roles
    assert ("European Union", "NordSkill", "Funder") not in roles


def test_peers_along_with_a_beneficiary_benefit_too() -> None:
    roles = _roles("Iceland benefited from NordSkill, funded by the EU and implemented by the Council of Europe, "
                   "along with Malta, Cyprus and Croatia.", "Iceland")
    assert {("Malta", "NordSkill", "Beneficiary"), ("Cyprus", "NordSkill", "Beneficiary"),
            ("Croatia", "NordSkill", "Beneficiary"), ("Iceland", "NordSkill", "Beneficiary")} <= roles
    assert ("European Union", "NordSkill", "Funder") in roles
    assert ("Malta", "NordSkill", "Lead") not in roles


def test_a_peer_after_a_state_as_agent_is_left_unread() -> None:
    roles = _roles("Iceland benefits from the NordSkill project, funded by Japan, alongside Malta.", "Iceland")
    assert ("Japan", "NordSkill", "Funder") in roles
    assert not any(party == "Malta" for party, _, _ in roles)  # Japan's partner or Iceland's peer: unclear


def test_a_later_clause_whose_subjects_took_part_as_well() -> None:
    roles = _roles("Iceland takes part in the NordSkill project; Malta and Cyprus took part as well.", "Iceland")
    assert {("Malta", "NordSkill", "Beneficiary"), ("Cyprus", "NordSkill", "Beneficiary")} <= roles


def test_whom_a_programme_serves_after_its_name() -> None:
    roles = _roles("The UNODC implements the NordSkill programme for the benefit of Mongolia, Nepal and Laos.",
                   "Iceland")
    assert {("Mongolia", "NordSkill", "Beneficiary"), ("Nepal", "NordSkill", "Beneficiary"),
            ("Laos", "NordSkill", "Beneficiary")} <= roles
    roles = _roles("The EU funds NordPath, a project covering Mongolia, Nepal and Laos.", "Iceland")
    assert {("European Union", "NordPath", "Funder"), ("Mongolia", "NordPath", "Beneficiary"),
            ("Laos", "NordPath", "Beneficiary")} <= roles


def test_whom_a_relative_clause_says_the_implementer_works_for() -> None:
    roles = _roles("Iceland takes part in NordPath, which the UNODC implements for Mongolia, Nepal, Laos and Fiji.",
                   "Iceland")
    assert ("United Nations Office on Drugs and Crime", "NordPath", "Lead") in roles
    assert {("Fiji", "NordPath", "Beneficiary"), ("Nepal", "NordPath", "Beneficiary")} <= roles
    roles = _roles("Iceland runs NordSkill, which provides training for Maltese and Cypriot prosecutors.", "Iceland")
    assert {("Malta", "NordSkill", "Beneficiary"), ("Cyprus", "NordSkill", "Beneficiary"),
            ("Iceland", "NordSkill", "Lead")} <= roles


def test_the_states_whose_people_a_programme_trains() -> None:
    roles = _roles("In 2024 Iceland launched the NordSkill programme, which offers training to public servants from "
                   "Malta and Cyprus.", "Iceland")
    assert {("Malta", "NordSkill", "Beneficiary"), ("Cyprus", "NordSkill", "Beneficiary")} <= roles
    assert ("Malta", "NordSkill", "Lead") not in roles


def test_a_participle_on_another_noun_gives_the_programme_nothing() -> None:
    roles = _roles("The Nordic Cyber Capacity Centre reviewed Iceland's capacity in 2016 and again in 2023, both "
                   "reviews funded by Denmark's Ministry of Foreign Affairs.", "Iceland")
    assert not any(role == "Funder" for _, _, role in roles)


def test_money_in_a_relative_clause_on_something_else_is_not_the_programmes() -> None:
    roles = _roles("Icelandic officials benefit from the NordSkill programme run by the OSCE, and a 2023-2024 project "
                   "on CSIRT maturity, which the OAS implemented with funding from Denmark, covered Iceland.", "Iceland")
    assert ("Denmark", "NordSkill", "Funder") not in roles


def test_money_in_the_participle_on_an_opening_programme_is_its_own() -> None:
    roles = _roles("The NordSkill Program, run by the OSCE secretariat with funding from the United States, trained "
                   "Iceland's CERT staff in 2019.", "Iceland")
    assert ("United States", "NordSkill Program", "Funder") in roles
    assert ("Organization for Security and Co-operation in Europe", "NordSkill Program", "Lead") in roles


def test_whose_beneficiaries_with_no_comma() -> None:
    roles = _roles("Denmark runs the NordSkill programme whose beneficiaries are Iceland, Malta and Cyprus.", "Iceland")
    assert {("Iceland", "NordSkill programme", "Beneficiary"), ("Malta", "NordSkill programme", "Beneficiary"),
            ("Cyprus", "NordSkill programme", "Beneficiary"), ("Denmark", "NordSkill programme", "Lead")} <= roles


def test_a_relative_clauses_second_verb_with_its_own_subjects() -> None:
    roles = _roles("Icelandic officials attend courses at the NordSkill programme, which Malta hosts in Valletta and "
                   "France and Slovenia finance.", "Iceland")
    assert {("France", "NordSkill", "Funder"), ("Slovenia", "NordSkill", "Funder")} <= roles
    assert ("Malta", "NordSkill", "Funder") not in roles  # (hosting is no funding)
    assert ("Iceland", "NordSkill", "Beneficiary") in roles
