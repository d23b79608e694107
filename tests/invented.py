"""Invented paragraphs run through the whole extractor, for the round tests (``tests/test_round1*_*.py``).

Every sentence a round test feeds in is invented; the paragraph opens with a sentence naming its state, so the state
is what the paragraph is about, as in a profile.
"""

from __future__ import annotations

from pathlib import Path

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def paragraph_facts(text: str, state: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    source = SourceText("variant", Path("variant.txt"), f"{state} is a member of the United Nations. {text}",
                        "An invented profile", "2026-11-29")
    return extract_sources(Settings(root=ROOT), [source]).facts
