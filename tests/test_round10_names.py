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
