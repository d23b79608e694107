"""Round 19 (cb19): programme, funding and beneficiary. Every sentence is invented; each paragraph is about the state
it names first (subjects from the brief's list of states)."""

from __future__ import annotations

import pytest

from invented import funds_rows


# --- a possessive owner of a programme the verb governs, over a list too ---------------------------------------------

@pytest.mark.parametrize("text, state, programmes", [
    ("Since 2021 Iceland has benefited from the Council of Europe's GLACY+ and GLACY-e projects.", "Iceland",
     ("glacy-plus", "glacy-e")),
    ("Nepal took part in the Council of Europe's CyberSouth project in 2022.", "Nepal", ("cybersouth",)),
    ("Fiji draws on the Council of Europe's Octopus Project, CyberEast and GLACY+ for its prosecutors.", "Fiji",
     ("octopus-project", "cybereast", "glacy-plus")),
])
def test_possessive_owner_of_a_programme_the_verb_governs_leads_it(text: str, state: str, programmes: tuple) -> None:
    found = funds_rows(text, state)
    for programme in programmes:
        assert ("coe", programme, "Lead") in found
        assert (state.lower(), programme, "Beneficiary") in found


def test_possessive_owner_of_a_frame_only_is_no_lead() -> None:
    # the programme frames the workshops the clause is about: whose programme it is is not what the clause tells
    found = funds_rows("Officials from Malawi attended regional workshops under the Council of Europe's GLACY+ project.",
                       "Malawi")
    assert ("coe", "glacy-plus", "Lead") not in found


# --- implementers the reference now knows; the body of an organisation as the agent ------------------------------

@pytest.mark.parametrize("text, state, lead, programme", [
    ('Benin draws on the EU-funded "Digital Shield for Benin" project (2022-2025), a EUR 4 million action implemented '
     "by the United Nations Development Programme (UNDP).", "Benin", "undp", "digital-shield-for-benin"),
    ("Jamaica benefits from EL PAcCTO, run by the secretariat of the Inter-American Committee against Terrorism "
     "(CICTE) with funding from Canada.", "Jamaica", "cicte", "el-paccto"),
    ("Vanuatu takes part in Cyber4Dev, which the Geneva Centre for Security Sector Governance (DCAF) implements in "
     "Vanuatu and Fiji.", "Vanuatu", "dcaf", "cyber4dev"),
    ("Togo benefits from the 'Safer Networks for Togo' programme, which the Global Cyber Security Capacity Centre "
     "implements.", "Togo", "gcscc", "safer-networks-for-togo"),
])
def test_implementer_after_a_participle_or_in_a_relative_clause(text: str, state: str, lead: str,
                                                                 programme: str) -> None:
    found = funds_rows(text, state)
    assert (lead, programme, "Lead") in found
    assert (state.lower(), programme, "Beneficiary") in found
    # an organisation whose name ends in "Programme" is no programme anyone funds or benefits from
    assert not any(name == "undp" for _, name, _ in found)


def test_a_development_agency_acts_for_its_state() -> None:
    found = funds_rows("Barbados benefits from GLACY+, implemented by the Camões Institute and funded by Denmark.",
                       "Barbados")
    assert ("portugal", "glacy-plus", "Lead") in found
    assert ("denmark", "glacy-plus", "Funder") in found


# --- an implementer as the subject of "implements the programme" -----------------------------------------------------

@pytest.mark.parametrize("text, state, leads", [
    ("Mongolia benefits from the Cyber4Dev project. The Geneva Centre for Security Sector Governance (DCAF) implements "
     "the project in Mongolia.", "Mongolia", ("dcaf",)),
    ("Laos is a beneficiary of CyberEast. Since 2021, the e-Governance Academy and the Camões Institute have run the "
     "programme.", "Laos", ("e-governance-academy", "portugal")),
])
def test_a_body_that_runs_the_programme_named_before_leads_it(text: str, state: str, leads: tuple) -> None:
    found = funds_rows(text, state)
    programmes = {name for _, name, role in found if role == "Beneficiary"}
    assert len(programmes) == 1
    for lead in leads:
        assert (lead, next(iter(programmes)), "Lead") in found
    # "the project in Mongolia" is the project told before, not a programme of its own
    assert not any("implements" in name or name.startswith("project-in") or name.startswith("programme-in")
                   for _, name, _ in found)


def test_a_hedged_implementer_is_no_lead() -> None:
    found = funds_rows("Namibia benefits from the Cyber4Dev project. The e-Governance Academy may implement the "
                       "project.", "Namibia")
    assert not any(subject == "e-governance-academy" for subject, _, _ in found)


# --- a school or centre founded by two states ------------------------------------------------------------------------

def test_a_training_centre_which_two_states_set_up() -> None:
    found = funds_rows("Jamaican officials have taken courses at the Caribbean Cyber Capacity Centre in Kingston, which "
                       "Denmark and Austria set up and Barbados hosts.", "Jamaica")
    assert ("denmark", "caribbean-cyber-capacity-centre", "Lead") in found
    assert ("austria", "caribbean-cyber-capacity-centre", "Lead") in found
    assert ("jamaica", "caribbean-cyber-capacity-centre", "Beneficiary") in found
    assert not any(subject == "barbados" for subject, _, _ in found)  # hosting is no role


@pytest.mark.parametrize("text, state, founders, programme", [
    ("Honduran judges have attended courses at the Cyber4Dev project in Tegucigalpa, a project Denmark set up with "
     "Austria in 2019.", "Honduras", ("denmark", "austria"), "cyber4dev"),
    ("Panamanian officers attend courses at CyberEast, a scheme that Iceland and Croatia financed.", "Panama",
     ("iceland", "croatia"), "cybereast"),
])
def test_an_apposition_naming_who_founded_or_pays_for_the_programme(text: str, state: str, founders: tuple,
                                                                    programme: str) -> None:
    found = funds_rows(text, state)
    role = "Funder" if "financed" in text else "Lead"
    for founder in founders:
        assert (founder, programme, role) in found
    assert (state.lower(), programme, "Beneficiary") in found
