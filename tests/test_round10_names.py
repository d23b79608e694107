"""Round 10 names: unknown bodies kept as new entities of the right class, names that end where the name ends, and
the state's own bodies linked to it. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.extraction import ExtractionResult, Extractor
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import SourceText

REPO = Path(__file__).resolve().parent.parent
REFERENCE = load_reference_graph(REPO / "data" / "reference")


def extract(text: str) -> ExtractionResult:
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-27")
    return Extractor(gazetteer_from_graph(REFERENCE, "https://w3id.org/cdkg/id/")).extract([source])


def rows(text: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(subject label, object label, year, status) of one relation's facts."""
    result = extract(text)

    def name(key: str) -> str:
        entity = result.gazetteer.entities.get(key)
        return entity.label if entity else key
    return {(name(f.subject), name(f.object), f.year, f.status) for f in result.facts if f.relation == relation}


def agencies(text: str) -> dict[str, str]:
    """Agency or CERT label -> class name, for the agencyOf facts of a text."""
    result = extract(text)
    found = {}
    for fact in result.facts:
        if fact.relation == "agencyOf":
            entity = result.gazetteer.entities[fact.subject]
            found[entity.label] = str(entity.cls).rsplit("#", 1)[-1]
    return found


# --- "the latter" is no collective actor: the paragraph keeps its state ----------------------------

@pytest.mark.parametrize("text", [
    "Iceland is an island state.\n\nThe centre of the system is a council of ministers. The legal framework rests on "
    "the Electronic Security Law of 2019 and on the Data Law of 2021; the latter created a data office.",
    "Iceland is an island state.\n\nThe main body is a security board. Its work rests on the National Cyber Security "
    "Strategy 2022-2026, adopted in 2022, and on a privacy law; the former sets the targets.",
])
def test_the_latter_keeps_the_paragraphs_state(text: str) -> None:
    issued = rows(text, "issued")
    assert issued and all(subject == "Iceland" for subject, _, _, _ in issued)


# --- a name's head is the word before its first connector ------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Norway trains foreign officials through the Norwegian Agency of Partnership for Development (NAPD), which "
     "pays for cyber security courses.", "Norwegian Agency of Partnership for Development"),
    ("Norway relies on the Directorate of Networks for Security and Resilience (DNSR), which runs the national "
     "cyber exercises.", "Directorate of Networks for Security and Resilience"),
])
def test_head_before_first_connector(text: str, label: str) -> None:
    result = extract(text)
    entity = next(e for e in result.gazetteer.entities.values() if e.label == label)
    assert str(entity.cls).endswith("#GovernmentAgency")


# --- a national centre or institute is the state's, a research one is not ------------------------------

@pytest.mark.parametrize("text, label", [
    ("Uruguay's National Coordination Centre for Information Security (NCCIS), set up in 2018, monitors state networks.",
     "National Coordination Centre for Information Security"),
    ("Uruguay's National Telecommunication Institute (NTIU) trains engineers in network security.",
     "National Telecommunication Institute"),
])
def test_national_centre_or_institute_is_an_agency(text: str, label: str) -> None:
    assert agencies(text).get(label) == "GovernmentAgency"


@pytest.mark.parametrize("text", [
    "Researchers from the Helmholtz Center for Information Security in Uruguay study malware.",
    "Through Valdez, the Institute for Languages and Culture, Uruguay finances a cyber training project.",
])
def test_research_centre_or_institute_is_no_agency(text: str) -> None:
    assert not agencies(text)


# --- a name does not start inside a state's name; "<State> Police" is a name -------------------------------

@pytest.mark.parametrize("text, label", [
    ("New Zealand Police work with Interpol on online fraud.", "New Zealand Police"),
    ("The Ghana Police's cybercrime unit investigates online fraud.", "Ghana Police"),
    ("Iceland Police cooperate with Europol against ransomware.", "Iceland Police"),
])
def test_state_name_then_head_is_the_states_body(text: str, label: str) -> None:
    assert label in agencies(text)


def test_state_adjective_then_cert_is_still_a_description() -> None:
    assert not any(label.startswith("Uruguayan") for label in agencies(
        "Uruguay is small. Uruguayan CERT staff attended a course on malware analysis."))


# --- a CERT's own name: the team's word and its state, or a sector inside it ---------------------------------

@pytest.mark.parametrize("text, label, state", [
    ("Iceland is small. Since 2019 it has absorbed CERT IS, the computer emergency response team.", "CERT IS", "Iceland"),
    ("Experts helped Norway to establish CERT Norway, its first national team, in 2012.", "CERT Norway", "Norway"),
    ("Ghana's central bank operates a financial-sector team, GH-FinCERT, set up in 2021.", "GH-FinCERT", "Ghana"),
])
def test_cert_named_by_state_or_sector(text: str, label: str, state: str) -> None:
    found = {(s, o) for s, o, _, _ in rows(text, "agencyOf")}
    assert (label, state) in found
    assert not any(s in ("IS", "Norway", "FinCERT") for s, _ in found)


def test_cert_then_a_word_that_is_no_state_is_no_name() -> None:
    assert not any(label.startswith("CERT ") for label in agencies(
        "Iceland is small. In 2020 the national CERT Training Days drew many staff."))


# --- a state's central bank is one of its bodies -----------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("The Central Bank of Ghana (CBG) operates a financial-sector CSIRT.", "Central Bank of Ghana"),
    ("The Norwegian Central Bank (NCB) runs a cyber resilience testing programme for banks.", "Norwegian Central Bank"),
])
def test_central_bank_of_a_state_is_an_agency(text: str, label: str) -> None:
    result = extract(text)
    entity = next(e for e in result.gazetteer.entities.values() if e.label == label)
    assert str(entity.cls).endswith("#GovernmentAgency")


def test_european_central_bank_is_no_states() -> None:
    result = extract("Iceland is small. The European Central Bank (ECB) runs a cyber resilience test for banks.")
    assert not any(e.label == "European Central Bank" and str(e.cls).endswith("#GovernmentAgency")
                   for e in result.gazetteer.entities.values())


# --- a subject "it" goes on from the sentence's subject ------------------------------------------------------------

@pytest.mark.parametrize("text, successor", [
    ("The Norwegian Cyber Centre (NCC), created in 2011 within the Ministry of Defence, leads on incidents; it has "
     "absorbed the Norwegian Incident Team (NIT) in 2020.", "Norwegian Cyber Centre"),
    ("The Ghana Cyber Agency (GCA), set up inside the Ministry of Communications, runs the CERT; in 2022 it absorbed "
     "the Ghana Security Office (GSO).", "Ghana Cyber Agency"),
])
def test_subject_it_is_the_sentence_subject(text: str, successor: str) -> None:
    assert {o for _, o, _, _ in rows(text, "mergedInto")} == {successor}
