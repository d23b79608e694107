"""The five parts of an atlas country profile, and which part a fact belongs to.

Order and names follow the atlas: introduction and memberships; cyber resilience; norms and
the UN; international law; cybercrime and incidents. A fact is placed by its topics first (a
cybercrime MoU belongs with cybercrime, a position on sovereignty with international law), then by
its class or the nearest superclass listed here, then by words in its class's name; anything else falls
into cyber resilience, the broadest part. A claim that only says an actor took part (cdo:Participation)
goes where the thing it took part in goes: an exercise is resilience, a UN process is norms and the UN.
"""

from __future__ import annotations

import re
from typing import Iterable

from rdflib import URIRef

from cdkg.server.individuals import superclasses
from cdkg.vocabulary import CDO, LAW_TOPICS

SECTIONS: tuple[tuple[str, str], ...] = (
    ("introduction", "Introduction and memberships"),
    ("resilience", "Cyber resilience"),
    ("norms", "Norms and the UN"),
    ("law", "International law"),
    ("cybercrime", "Cybercrime and incidents"),
)
SECTION_TITLES = dict(SECTIONS)
SHORT_TITLES = {"introduction": "Memberships", "resilience": "Resilience", "norms": "Norms & UN", "law": "Int’l law",
                "cybercrime": "Cybercrime"}
DEFAULT_SECTION = "resilience"
BY_CLASS: dict[str, str] = {
    str(CDO.Membership): "introduction",
    str(CDO.PositionStatement): "norms", str(CDO.Declaration): "norms", str(CDO.Chairing): "norms",
    str(CDO.Event): "norms", str(CDO.Forum): "norms",
    str(CDO.Agreement): "resilience", str(CDO.PolicyDocument): "resilience", str(CDO.Legislation): "resilience",
    str(CDO.Organisation): "resilience", str(CDO.Initiative): "resilience", str(CDO.Merger): "resilience",
    str(CDO.Cooperation): "resilience", str(CDO.Participation): "resilience",
    str(CDO.Candidacy): "introduction",
    str(CDO.Vote): "norms", str(CDO.Resolution): "norms", str(CDO.Alignment): "norms",
    str(CDO.InitiativeEndorsement): "norms", str(CDO.DiplomaticInitiative): "norms", str(CDO.UNProcess): "norms",
    str(CDO.NationalPosition): "law",
    str(CDO.ConventionStatus): "cybercrime", str(CDO.Convention): "cybercrime", str(CDO.IncidentClaim): "cybercrime",
    str(CDO.Attribution): "cybercrime", str(CDO.CyberIncident): "cybercrime",
}
# Topics that place a fact whatever its class (cdo:PolicyTopicScheme; cdo:topic themes go by their words).
BY_TOPIC: dict[str, str] = {str(topic): "law" for topic in LAW_TOPICS} | {str(CDO.CybercrimeTreaty): "cybercrime"}
PLACED_BY_WHAT_IT_NAMES = frozenset({str(CDO.Participation)})
BY_WORD: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"crime|incident|attribut|budapest|europol|interpol|ransom", re.I), "cybercrime"),
    (re.compile(r"law|legal|sovereign|due.?diligence|humanitarian|countermeasure", re.I), "law"),
    (re.compile(r"member|candida|accession|join", re.I), "introduction"),
    (re.compile(r"norm|position|vote|resolution|oewg|gge|united.?nations|chair|declar|principle", re.I), "norms"),
)


def _by_words(names: Iterable[str]) -> str | None:
    for name in names:
        local = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        for pattern, section in BY_WORD:
            if pattern.search(local):
                return section
    return None


def _by_class(classes: Iterable[str]) -> str | None:
    """The section of the most specific listed class among the classes and their superclasses."""
    best: tuple[int, str] | None = None
    for cls in classes:
        ancestors = superclasses(URIRef(cls))
        for ancestor in ancestors:
            section = BY_CLASS.get(str(ancestor))
            depth = len(superclasses(ancestor))  # deeper = more specific
            if section and (best is None or depth > best[0]):
                best = (depth, section)
    return best[1] if best else None


def _by_topic(topics: Iterable[str]) -> str | None:
    """The section a topic places a fact in: a policy topic's own, else law or cybercrime by its words."""
    topics = sorted(topics)
    found = {BY_TOPIC[topic] for topic in topics if topic in BY_TOPIC}
    if found:
        return "law" if "law" in found else found.pop()
    topical = _by_words(topics)
    return topical if topical in ("cybercrime", "law") else None


def section_of(classes: Iterable[str], topics: Iterable[str] = (), named: Iterable[str] = ()) -> str:
    """The profile section of a fact with these classes and topics.

    Args:
        classes: the fact's kind (its classes, or a relation claim's relation).
        topics: its cdo:topic themes and cdo:policyTopic topics.
        named: the classes of what it names (its activity or claim object), which place a participation.
    """
    classes = list(classes)
    topical = _by_topic(topics)
    if topical:
        return topical
    if PLACED_BY_WHAT_IT_NAMES & set(classes):
        placed = _by_class(named)
        if placed:
            return placed
    return _by_class(classes) or _by_words(classes) or DEFAULT_SECTION
