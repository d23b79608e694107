"""Entities the gazetteer lacks, found from their definitions and head words.

* acronym definitions: "National Authority for Electronic Certification and Cyber Security (AKCESK)",
  "the national CERT (MKD-CIRT)", "ALCIRT, Albania's national CSIRT";
* head words: a capitalised name ending in Agency, Centre, Authority, Team, CERT, Programme,
  Initiative, Network, Summit... or followed by "exercise", "project", "network".

The class comes from the head word; an agency's state from a state named in or just
before its name, an apposition, or the paragraph's topic; a body's parent from an
organisation named inside its name (NATO in "NATO Cyber Incident Response Centre").
Documents (strategies, laws) are not entities here: they are keyed by issuer and
year, so the relation rules create them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from cdkg.extraction.mentions import (
    APPOSITION, BARE_APPOSITION, LOWER_DEFINITION, NAMED, Mention, SentenceView, align_acronym, trim_name,
)
from cdkg.gazetteer import Entity, Gazetteer
from cdkg.text import slugify
from cdkg.vocabulary import CDO

AGENCY, CERT, PROGRAMME, FORUM, EXERCISE, EVENT, BODY = "agency", "cert", "programme", "forum", "exercise", "event", "body"
HEADS: dict[str, str] = {
    "agency": AGENCY, "authority": AGENCY, "centre": AGENCY, "center": AGENCY, "ministry": AGENCY,
    "directorate": AGENCY, "command": AGENCY, "office": AGENCY, "service": AGENCY, "regulator": AGENCY,
    "cert": CERT, "csirt": CERT, "cirt": CERT, "team": CERT,
    "programme": PROGRAMME, "program": PROGRAMME, "initiative": PROGRAMME, "project": PROGRAMME,
    "fund": PROGRAMME, "scheme": PROGRAMME, "platform": PROGRAMME, "mechanism": PROGRAMME,
    "network": FORUM, "dialogue": FORUM, "forum": FORUM, "group": FORUM, "partnership": FORUM,
    "community": FORUM, "alliance": FORUM,
    "exercise": EXERCISE, "summit": EVENT, "conference": EVENT, "symposium": EVENT,
}
HINT = re.compile(r"\(|\b(?:" + "|".join(HEADS) + r")s?\b", re.IGNORECASE)
DOCUMENT_HEADS = frozenset(
    "strategy policy guidance doctrine plan directive act law regulation code bill decree principles "
    "declaration charter statement framework".split()
)
PROGRAMME_CONTEXT = re.compile(r"\b(?:initiative|programme|program|project|mechanism|scheme)\b")
CAPACITY = re.compile(r"capacity|cooperation|assist|development|training|partner|outreach", re.IGNORECASE)
ROLE_CLASSES = {AGENCY: CDO.GovernmentAgency, CERT: CDO.CERT, FORUM: CDO.Forum, EXERCISE: CDO.Exercise,
                EVENT: CDO.Event, BODY: CDO.OrganisationalBody}
KIND_OF_ROLE = {AGENCY: "org", CERT: "org", FORUM: "org", BODY: "org", PROGRAMME: "initiative",
                EXERCISE: "initiative", EVENT: "event"}
PREFIX_OF_KIND = {"org": "org", "initiative": "initiative", "event": "event"}


@dataclass
class Discovery:
    """A discovered entity and what its definition says about it."""

    entity: Entity
    forms: dict[str, str]
    agency_of: str = ""
    part_of: str = ""
    weak_state: bool = False



def head_role(name: str, tail: str = "") -> str:
    """The role a name's head word gives it ('' when the head word is not one we know)."""
    if tail:
        return HEADS.get(tail.lower(), "")
    words = name.split()
    for connector in ("for", "of", "on"):
        if connector in words[1:]:
            words = words[:words.index(connector)]
            break
    head = words[-1] if words else ""
    if head.endswith("s") and head.lower()[:-1] in HEADS and not head.isupper():
        return ""
    return HEADS.get(head.lower(), "")


def _role_class(role: str, sentence: str, name: str) -> URIRef:
    if role == PROGRAMME:
        return CDO.CapacityBuildingProgramme if CAPACITY.search(sentence + " " + name) else CDO.Initiative
    return ROLE_CLASSES[role]


def _inside(view: SentenceView, start: int, end: int, kinds: tuple[str, ...]) -> list[Mention]:
    return [m for m in view.mentions if m.start >= start and m.end <= end and m.kind in kinds]


def _state_before(view: SentenceView, start: int) -> str:
    """A state named just before a name: "Albania's", "Korean", "the Ghanaian"."""
    for mention in view.mentions:
        gap = view.text[mention.end:start]
        if mention.kind == "state" and re.fullmatch(r"(?:'s)?\s*(?:own\s+|national\s+)?", gap):
            return mention.key
    return ""


def _make(role: str, label: str, acronym: str, view: SentenceView, span: tuple[int, int], topic: str) -> Discovery:
    if role == FORUM and PROGRAMME_CONTEXT.search(view.text):
        role = PROGRAMME
    inner_orgs = _inside(view, *span, kinds=("org",))
    inner_states = _inside(view, *span, kinds=("state",))
    if role == AGENCY and inner_orgs and not inner_states:
        role = BODY
    kind = KIND_OF_ROLE[role]
    key = f"{PREFIX_OF_KIND[kind]}/{slugify(acronym or label)}"
    entity = Entity(key=key, label=label, kind=kind, cls=_role_class(role, view.text, label), acronym=acronym)
    forms = {label: "name"} | ({acronym: "acronym"} if acronym else {})
    found = Discovery(entity, forms)
    if role in (BODY, EVENT) and inner_orgs:
        found.part_of = inner_orgs[0].key
    elif role in (AGENCY, CERT):
        state = inner_states[0].key if inner_states else _state_before(view, span[0])
        found.agency_of, found.weak_state = (state, False) if state else (topic, True)
    return found


def _ends_with_known(view: SentenceView, start: int, end: int) -> bool:
    """Whether a gazetteer name ends where the candidate ends or runs past it (it is that entity, not a new one)."""
    return any(m.kind != "coref" and m.start < end and (m.end == end or (m.end > end and m.start >= start))
               for m in view.mentions)


def _from_named(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    acronym, head, tail = match.group("acr") or "", match.group("head") or "", match.group("tail") or ""
    if not name:
        return None
    if acronym:
        index = align_acronym(name.split(" "), acronym)
        if index is not None and index > 0:
            skipped = " ".join(name.split(" ")[:index])
            name, start = name[len(skipped) + 1:], start + len(skipped) + 1
        elif index is None and len(name.split(" ")) == 1:
            return _make(head_role(name) or AGENCY, acronym, acronym, view, (start, match.end("acr") + 1), topic) \
                if head_role(name) in (AGENCY, CERT) else None
    end = start + len(name)
    if head and head.lower() in DOCUMENT_HEADS | {"directive"}:
        return None
    if head and acronym and head_role(head):
        name, acronym = f"{name} {head}", f"{acronym} {head}"
    if tail and not acronym and head_role(name) in (AGENCY, CERT) and HEADS.get(tail.lower()) == FORUM:
        name = f"{name} {tail}"
    role = head_role(name, tail)
    if not role or (not acronym and not tail and len(name.split()) < 2):
        return None
    if not acronym and _ends_with_known(view, start, end):
        return None
    return _make(role, name, acronym, view, (start, end), topic)


def _from_lower_definition(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    role = HEADS.get(match.group("head").lower(), "")
    if role not in (AGENCY, CERT):
        return None
    acronym = match.group("acr")
    return _make(role, acronym, acronym, view, (match.start(), match.end()), topic)


def _from_apposition(match: re.Match[str], view: SentenceView) -> Discovery | None:
    role = HEADS.get(match.group("head").lower(), AGENCY)
    state = view.slot(match.group()).key
    acronym = match.group("acr")
    entity = Entity(key=f"org/{slugify(acronym)}", label=acronym, kind="org", cls=ROLE_CLASSES[role], acronym=acronym)
    return Discovery(entity, {acronym: "acronym"}, agency_of=state)


def _from_bare_apposition(match: re.Match[str], topic: str) -> Discovery:
    """"NorCERT, the national CERT": a CERT of the paragraph's state (a weak guess a later sentence may correct)."""
    acronym = match.group("acr")
    entity = Entity(key=f"org/{slugify(acronym)}", label=acronym, kind="org", cls=CDO.CERT, acronym=acronym)
    return Discovery(entity, {acronym: "acronym"}, agency_of=topic, weak_state=bool(topic))


def discover(view: SentenceView, gazetteer: Gazetteer, topic: str) -> list[Discovery]:
    """New entities defined or named by head word in a sentence (those the gazetteer already knows are skipped)."""
    found: list[Discovery] = []
    if not HINT.search(view.text):
        return found
    for match in NAMED.finditer(view.text):
        found.append(_from_named(match, view, topic))
    text, masked = view.text, view.masked
    for match in LOWER_DEFINITION.finditer(text) if "(" in text else ():
        found.append(_from_lower_definition(match, view, topic))
    for match in APPOSITION.finditer(masked) if "'s" in masked else ():
        found.append(_from_apposition(match, view))
    for match in BARE_APPOSITION.finditer(masked) if "IRT" in masked or "CERT" in masked else ():
        found.append(_from_bare_apposition(match, topic))
    return [d for d in found if d is not None and not _known(d, gazetteer)]


def _known(found: Discovery, gazetteer: Gazetteer) -> bool:
    return any(gazetteer.lookup(surface) is not None for surface in found.forms)
