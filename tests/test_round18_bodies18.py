"""Round 18 (bodies18): a body named in its own language, head word first and lower-case connectors after it ("the
Service de Lutte contre la Cybercriminalité (SLCC)", "the Autorité de Régulation des Technologies de Communication
(ARTEC)", "the new Office anti-cybercriminalité (OFAC)"), defined by an acronym that begins with the head's letter, is a
body of the paragraph's state; what it does under its acronym is done through it for its state. Its cyber role is read
in its own language too ("Delitos Informáticos", "Sécurité", "Seguridad de la Información"). A name with a word of
English in it is left to the English name patterns, and "Informatics" says no cyber role. A body named in an
apposition to one described ("a national team, to be called CERT-XY, will be established by 2026") or followed by "to be
set up" after an indefinite article is still to come (Planned). A partner named as an organisation's body with the
organisation's possessive ("Interpol's Cybercrime Directorate") is the organisation. Every sentence is invented; the
paragraph opens with a sentence naming its state."""

from __future__ import annotations

import pytest

from cdkg.extraction.discovery import FOREIGN_BODY, _from_foreign_body
from tests.invented import labelled_facts


def _facts(text: str, state: str) -> list[tuple[str, str, str, str, str, str]]:
    """(relation, subject label, object label, year, status, through label) of each fact but the opening membership."""
    return [(f.relation, f.subject, f.object, f.year, f.status, f.through) for f in labelled_facts(text, state)]


def _agencies(text: str, state: str) -> dict[str, str]:
    """label -> year of each body the paragraph gives to ``state``."""
    return {subject: year for relation, subject, obj, year, _, _ in _facts(text, state)
            if relation == "agencyOf" and obj == state}


@pytest.mark.parametrize("text, state, body, year", [
    ("The Autorité de Régulation des Technologies Numériques (ARTN), created in 2014, acts as the regulator and hosts "
     "the national CERT.", "Luxembourg", "Autorité de Régulation des Technologies Numériques", "2014"),
    ("The national police's Brigade de Lutte contre la Criminalité Informatique (BLCI) investigates computer offences.",
     "Belgium", "Brigade de Lutte contre la Criminalité Informatique", ""),
    ("The Direction de l'Informatique et des Technologies de l'Etat (DITE) runs the government's networks.",
     "Vanuatu", "Direction de l'Informatique et des Technologies de l'Etat", ""),
    ("In 2023 the gendarmerie's cyber unit was merged into the new Office anti-cybercriminalité (OACN).",
     "Luxembourg", "Office anti-cybercriminalité", ""),
    ("The Agence Nationale de la Sécurité des Systèmes d'Information (ANSSI-LU) coordinates incident response.",
     "Luxembourg", "Agence Nationale de la Sécurité des Systèmes d'Information", ""),
    # Spanish and Portuguese names, their cyber role read in their own words
    ("The national police's Unidad de Investigación de Delitos Informáticos (UIDI) handles computer crime.",
     "Paraguay", "Unidad de Investigación de Delitos Informáticos", ""),
    ("The Dirección de Seguridad de la Información (DSI), set up in 2019, handles incidents in government networks.",
     "Panama", "Dirección de Seguridad de la Información", "2019"),
    ("The Centro de Prevenção e Tratamento de Incidentes de Segurança (CPTIS), set up in 2020, handles attacks on "
     "ministries.", "Ecuador", "Centro de Prevenção e Tratamento de Incidentes de Segurança", "2020"),
])
def test_a_body_named_in_its_own_language_is_the_states(text: str, state: str, body: str, year: str) -> None:
    assert _agencies(text, state).get(body) == year


def test_what_the_body_does_under_its_acronym_is_done_through_it() -> None:
    facts = _facts("The Plateforme de Lutte contre la Cybercriminalité (PLCN), established in 2013, investigates online "
                   "offences. The PLCN cooperates closely with Interpol.", "Honduras")
    assert ("agencyOf", "Plateforme de Lutte contre la Cybercriminalité", "Honduras", "2013", "", "") in facts
    cooperation = [f for f in facts if f[0] == "cooperatesWith"]
    assert cooperation and all(f[5] == "Plateforme de Lutte contre la Cybercriminalité" for f in cooperation)


def test_an_agreement_the_body_signs_is_signed_through_it() -> None:
    facts = _facts("The Autorité de Protection des Systèmes Numériques (APSN) supervises operators of essential "
                   "services. The APSN signed a memorandum of understanding with Slovenia in 2021.", "Malta")
    agreements = [f for f in facts if f[0] == "hasAgreementWith"]
    assert agreements and agreements[0][2] == "Slovenia" and agreements[0][5] == \
        "Autorité de Protection des Systèmes Numériques"


@pytest.mark.parametrize("sentence, name", [
    ("the Service de Lutte contre la Cybercriminalité (SLCX) investigates", "Service de Lutte contre la Cybercriminalité"),
    ("the Office anti-fraude numérique (OAFN) was set up", "Office anti-fraude numérique"),
    ("the Direction Générale de la Sécurité Numérique (DGSN-BJ) leads", "Direction Générale de la Sécurité Numérique"),
])
def test_where_a_name_in_its_own_language_begins_and_ends(sentence: str, name: str) -> None:
    assert [m.group("name") for m in FOREIGN_BODY.finditer(sentence)] == [name]


@pytest.mark.parametrize("sentence", [
    # English names are the English patterns' (a word of English in the name)
    "the Service of Digital Security and the Police (SDSP) investigates",
    "the Office for Cyber Security of Mongolia (OCSM) leads",
    # the acronym abbreviates something else (it does not begin with the head's letter)
    "the Centre de Réponse aux Incidents (RIX) handles",
])
def test_what_no_name_in_its_own_language_is(sentence: str) -> None:
    assert all(_from_foreign_body(m, None, "") is None for m in FOREIGN_BODY.finditer(sentence))  # type: ignore[arg-type]


def test_informatics_in_an_english_name_gives_no_cyber_role() -> None:
    assert "Commission on Informatics and Liberties" not in " ".join(_agencies(
        "The Commission on Informatics and Liberties (CIL) was provided for but never staffed.", "Cambodia"))


def test_an_english_name_is_read_as_before() -> None:
    assert _agencies("The Office of Cyber Security Coordination (OCSC), set up in 2018, leads on cyber policy.",
                     "Mongolia") == {"Office of Cyber Security Coordination": "2018"}


# --- a named body still to come -------------------------------------------------------------------------------------
# "a national team, to be called CERT-XY, will be established …", "a government CSIRT, Gov-CERT.xy, will be set up …":
# the name is an apposition to the body described before it, and the predicate after the apposition's closing comma is
# the described body's; "provides for a X Office to be set up …": the infinitive right after a body an indefinite
# article opens says it is to come, comma or none.

@pytest.mark.parametrize("text, state, body, year", [
    ("The Digital Agency runs government networks. The government has said that a national team, to be called "
     "CERT-LA, will be established within the Digital Agency by 2026.", "Laos", "CERT-LA", "2026"),
    ("The Communications Agency (CA) supervises operators. The Agency has announced that a government CSIRT, "
     "Gov-CERT.na, will be set up within it by 2027.", "Namibia", "Gov-CERT.na", "2027"),
    ("The 2025 strategy also provides for a National Cyber Coordination Office to be set up in the Prime Minister's "
     "Office by 2026.", "Bhutan", "National Cyber Coordination Office", "2026"),
])
def test_a_named_body_still_to_come_is_planned(text: str, state: str, body: str, year: str) -> None:
    rows = {(s, y, st) for relation, s, o, y, st, _ in _facts(text, state) if relation == "agencyOf" and o == state}
    assert (body, year, "Planned") in rows


@pytest.mark.parametrize("text, state, body", [
    # an apposition naming a body that exists: the predicate after it is the described body's, and says nothing new
    ("The national team, CERT-SK, was set up in 2012 and handles incidents in government networks.", "Slovakia",
     "CERT-SK"),
    # a body the definite article opens, then an infinitive of purpose: no creation ahead
    ("The Cyber Security Office was given new powers in 2024, and the Office of the President asked the National "
     "Cyber Centre to be ready for the elections.", "Samoa", "National Cyber Centre"),
])
def test_an_existing_body_is_not_planned(text: str, state: str, body: str) -> None:
    rows = {(s, st) for relation, s, o, y, st, _ in _facts(text, state) if relation == "agencyOf" and o == state}
    assert (body, "Planned") not in rows


# --- a partner named as an organisation's body ----------------------------------------------------------------------
# "works with Interpol's Cybercrime Directorate": the partner is the organisation (the possessive names the owner); a
# body whose own name holds the organisation's ("the GCC Criminal Police") or that the gazetteer knows (Europol's EC3)
# stays the partner.

def _partners(text: str, state: str) -> set[str]:
    return {o for relation, _, o, _, _, _ in _facts(text, state) if relation == "cooperatesWith"}


def test_a_partner_named_as_an_organisations_body_is_the_organisation() -> None:
    partners = _partners("The Uganda Police Force's Cyber Crime Unit (CCU) works with Interpol's Cybercrime Directorate "
                         "and with Afripol.", "Uganda")
    assert "International Criminal Police Organization" in partners
    assert "Cybercrime Directorate" not in partners


def test_a_body_the_gazetteer_knows_stays_the_partner() -> None:
    assert "European Cybercrime Centre" in _partners(
        "The police's cybercrime unit cooperates with Europol's European Cybercrime Centre (EC3).", "Croatia")


def test_a_body_whose_name_holds_its_organisations_stays_the_partner() -> None:
    assert "EU Police Cooperation Office" in _partners(
        "The Malta Police Force cooperates with Interpol and with the EU Police Cooperation Office (EUPCO).", "Malta")
