"""Invented paragraphs run through the whole extractor, for the round tests (``tests/test_round*_*.py``).

Every sentence a round test feeds in is invented; the paragraph opens with a sentence naming its state, so the state
is what the paragraph is about, as in a profile.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.extraction import ExtractionResult
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def paragraph_result(text: str, state: str) -> ExtractionResult:
    """What the extractor reads in an invented paragraph about ``state``: its facts and its gazetteer."""
    source = SourceText("variant", Path("variant.txt"), f"{state} is a member of the United Nations. {text}",
                        "An invented profile", "2026-11-29")
    return extract_sources(Settings(root=ROOT), [source])


def paragraph_facts(text: str, state: str) -> list[Fact]:
    """The facts the extractor reads in an invented paragraph about ``state``."""
    return paragraph_result(text, state).facts


def forum_positions(text: str, state: str) -> list[tuple[str, str]]:
    """(forum label, year) of each position the paragraph states in a forum, sorted."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return sorted((entities[fact.object].label if fact.object in entities else fact.object, fact.year)
                  for fact in result.facts if fact.relation == "position")


def funds_rows(text: str, state: str) -> set[tuple[str, str, str]]:
    """(funder, programme, role) of the paragraph's ``funds`` facts, each by its key's last part."""
    def last(key: str) -> str:
        return key.rsplit("/", 1)[-1]
    return {(last(f.subject), last(f.object), f.role) for f in paragraph_facts(text, state) if f.relation == "funds"}


class LabelledFact(NamedTuple):
    """A fact with its entities by their labels (the through agency's, or "")."""

    relation: str
    subject: str
    object: str
    year: str
    status: str
    role: str
    through: str


def labelled_facts(text: str, state: str) -> list[LabelledFact]:
    """The paragraph's facts but the opening membership (no ``memberOf``), each entity by its label."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return entities[key].label if key in entities else key
    return [LabelledFact(f.relation, label(f.subject), label(f.object), f.year, f.status, f.role,
                         label(f.through) if f.through else "") for f in result.facts if f.relation != "memberOf"]
