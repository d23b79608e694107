"""International law: a state's national position on how it applies in cyberspace, and what it says.

* **the national position** is a document (cdo:NationalPosition) keyed by its state, so that every
  sentence of a profile speaks of the same one: "published its position on international law in
  2019" (Published), "is expected to publish one in 2026", "intends to draft one" (Planned); "has not
  published" gives nothing; a forum it was presented to ("presented to the OEWG") is recorded too;
* **positions in it**: a sentence about sovereignty, due diligence, IHL, countermeasures, attribution
  or state responsibility, with no forum where it was said, is the state's position in its national
  paper, one finding per topic with the words about it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from cdkg.extraction import cues, positions
from cdkg.extraction.context import Finding, SentenceContext
from cdkg.extraction.discovery import slugify
from cdkg.extraction.mentions import SLOT_RE, trim_name
from cdkg.extraction.relations import _finding
from cdkg.extraction.topics import LAW_TOPICS, topic_statements
from cdkg.extraction.un import _state_subject, once
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

INTERNATIONAL_LAW = re.compile(r"\binternational law\b|\blegal (?:views?|position)\b", re.IGNORECASE)
POSITION_NOUN = re.compile(
    r"\b(?:position|positions|statement|paper|views?|contribution|document|report|address|speech|submission)\b",
    re.IGNORECASE,
)
PUBLISHED = re.compile(
    r"\b(?:publish(?:ed|es)|present(?:ed|s)|releas(?:ed|es)|issu(?:ed|es)|set\s+out|sets\s+out|submitt(?:ed)|"
    r"made\s+public|followed|is\s+contained|was\s+contained|annexed|adopted|outlined|laid\s+out|delivered)\b",
    re.IGNORECASE,
)
PLANNED = re.compile(
    r"\b(?:intends?\s+to|plans?\s+to|is\s+(?:expected|due|set|preparing)\s+to|(?:is|are)\s+(?:being\s+)?"
    r"(?:drafted|prepared|considered)|being\s+drafted|will\s+(?:publish|present|release|prepare|draft)|"
    r"consider(?:s|ing)\s+(?:a|one|an|publishing|drafting)|prepar(?:e|ing)\s+(?:one|a|its)|draft\s+one|"
    r"work(?:s|ing)?\s+on\s+(?:one|a|its))\b",
    re.IGNORECASE,
)
STANCE = re.compile(
    r"\b(?:regards?|holds?|affirms?|maintains?|considers?|argues?|states?|recognises?|recognizes?|accepts?|rejects?|"
    r"treats?|describes?|views?|sees?|insists?|stresses?|applies|apply|is|are|must|should|may|leaves|takes?|"
    r"reads?|notes?|says?|endorses?|acknowledges?)\b",
    re.IGNORECASE,
)
TITLE = re.compile(r"[“\"]([^”\"]{8,120})[”\"]|\b((?:[A-Z][\w’'-]*\s+){0,8}?(?:International Law|international law)"
                   r"(?:\s+(?:in|to|on|and)\s+(?:[A-Z][\w-]*|the)(?:\s+[A-Z][\w-]*)*)*)")
DEFAULT_LABEL = "national position on international law in cyberspace"


def position_key(context: SentenceContext, state: str) -> str:
    """The key of a state's national position on international law: one per state."""
    entity = context.gazetteer.entities.get(state)
    return f"document/{entity.slug if entity else slugify(state)}-position-on-international-law"


def _title(text: str) -> str:
    """A capitalised title of the paper ("International Law Applied to Operations in Cyberspace"), or ''."""
    for match in TITLE.finditer(text):
        name = (match.group(1) or match.group(2) or "").strip()
        name, _ = trim_name(name, 0)
        if len(name.split()) >= 4 and name[:1].isupper() and "International Law" in name or match.group(1):
            return name
    return ""


def _document(context: SentenceContext, state: str, text: str) -> Entity:
    key = position_key(context, state)
    known = context.gazetteer.entities.get(key)
    title = _title(text)
    if known is not None:
        return known
    return Entity(key=key, label=title or DEFAULT_LABEL, kind="document", cls=CDO.NationalPosition)


def national_positions(context: SentenceContext) -> list[Finding]:
    """A state's national position on international law: published, planned, and the forum it went to."""
    text = context.view.text
    if not INTERNATIONAL_LAW.search(text) or not POSITION_NOUN.search(text):
        return []
    findings = []
    for start, end in context.clauses:
        clause = context.masked[start:end]
        planned, published = PLANNED.search(clause), PUBLISHED.search(clause)
        if not planned and not published:
            continue
        cue = planned or published
        if cues.is_negated(clause[:cue.start()]) and not planned:
            continue
        state, indirect = _state_subject(context, start, start + cue.start())
        if not state:
            continue
        status = "Planned" if planned else "Published"
        document = _document(context, state, text)
        year = cues.clause_year(clause) or (cues.clause_year(context.masked[:context.intro_end]) if start == 0 else "")
        found = _finding(context, Fact("issued", state, document.key, year, status), f"lawposition.{status.lower()}",
                         indirect)
        found.entities = [document]
        findings.append(found)
        for forum in context.mentions_between(cue.end(), end, ("org",)):
            if positions._is_forum(context, forum) and status == "Published":
                findings.append(_finding(context, Fact("introducedAt", document.key, forum.key, year),
                                         "lawposition.presented-to", indirect))
                break
        break
    return findings


def law_positions(context: SentenceContext) -> list[Finding]:
    """What a state holds on sovereignty, due diligence, IHL… in its national paper (one finding per topic)."""
    text = SLOT_RE.sub(lambda m: context.view.mentions[int(m.group(1))].text, context.masked)
    statements = topic_statements(text, set(LAW_TOPICS))
    if not statements or positions.positions(context) or not STANCE.search(context.masked):
        return []
    if re.search(r"\b(?:resolution|voted|convention|attributed|blamed)\b", text, re.IGNORECASE):
        return []
    state, indirect = _state_subject(context, 0, len(context.masked))
    if not state or cues.status_cue(context.masked[:context.intro_end]):
        return []
    document = _document(context, state, "")
    findings = []
    for topic, words in statements:
        if cues.is_negated(words[:12]):
            continue
        fact = Fact("positionIn", state, document.key, statement=words, topics={topic})
        found = _finding(context, fact, "position.in-national-paper", True, Decimal("0.8"))
        found.entities = [document]
        findings.append(found)
    return findings


RULES = [once(rule) for rule in (national_positions, law_positions)]
