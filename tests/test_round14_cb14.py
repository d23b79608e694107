"""Round 14 (cb14), capacity building and cooperation. Every sentence is invented; each paragraph is about the state
it names first.

- Help received by a state's own body ("staff of the national CERT have received training from X", "X has trained
  CERT-Y engineers", "officers of the Police Service are trained by X") is cooperation the state has through that
  body."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def facts(text: str, state: str = "Slovenia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    source = SourceText("variant", Path("variant.txt"), f"{state} is a member of the United Nations. {text}",
                        "An invented profile", "2026-11-29")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def cooperations(text: str, state: str = "Slovenia") -> set[tuple[str, str, str]]:
    """(subject, partner, acting agency) of the cooperatesWith facts, by their keys' last parts."""
    return {(short(f.subject), short(f.object), short(f.through) if f.through else "")
            for f in facts(text, state) if f.relation == "cooperatesWith"}


@pytest.mark.parametrize("text, state, through", [
    # "<people> of <body> have received training from X"
    ("The Malta Computer Security Incident Response Team (CSIRTMalta) was set up in 2015. Since 2020 analysts of "
     "CSIRTMalta have received malware-analysis training from the Federal Bureau of Investigation (FBI), under no "
     "written text.", "Malta", "csirtmalta"),
    # capitalised people, "the" before the body, an adverb before the verb
    ("The Cyber Crime Unit (CCU) of the police investigates online fraud. Investigators of the CCU have meanwhile "
     "received forensic training from the Federal Bureau of Investigation (FBI).", "Cyprus", "ccu"),
    # the passive: "<people> of <body> are trained by X"
    ("Officers of the Zambia Police Service, as it happens, are trained by the FBI at a regional academy.", "Zambia",
     "zambia-police-service"),
])
def test_helped_people_of_a_body(text: str, state: str, through: str) -> None:
    assert (state.lower(), "fbi", through) in cooperations(text, state)


def test_the_trained_body_named_after_the_verb() -> None:
    found = cooperations("The national CERT, SK-CERT, was set up in 2009. The Japan International Cooperation Agency "
                         "(JICA) has trained SK-CERT engineers in Tokyo twice, without any formal agreement.",
                         "Slovakia")
    assert ("slovakia", "jica", "sk-cert") in found


def test_help_to_people_of_no_named_body_stays_the_states() -> None:
    found = cooperations("Prosecutors from Honduras have received training from the Federal Bureau of Investigation "
                         "(FBI) since 2019.", "Honduras")
    assert ("honduras", "fbi", "") in found


def test_the_helpers_own_people_are_not_the_helped_body() -> None:
    # "staff of the FBI" are the helpers: the help still goes to the state, through none of its bodies
    found = cooperations("Staff of the FBI have trained police officers from Jamaica in digital forensics.",
                         "Jamaica")
    assert found == {("jamaica", "fbi", "")}

