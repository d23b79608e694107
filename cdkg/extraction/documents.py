"""Documents (strategies, laws, declarations), programmes, exercises and events: mentions and rules.

A document is identified by its issuer, name and year (two states may both have a
"Cybersecurity Strategy"), so documents are created here, when the issuer is known:
a possessive or adjective just before the name ("Japan's 2018 Cybersecurity Strategy",
"the Canadian National Cyber Security Strategy"), the subject of an adoption verb, or
the paragraph's topic.
"""

from __future__ import annotations

import re
from decimal import Decimal

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext
from cdkg.extraction.discovery import slugify
from cdkg.extraction.mentions import NAMED, SLOT, Mention, trim_name
from cdkg.extraction.relations import (
    ADOPT, BASE, LAUNCH_AFTER, LED_BY, LOWER_DOCUMENT, NEGATED_BEFORE, PROPOSAL_BEFORE, _finding,
)
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

DOCUMENT_CLASSES = {
    "strategy": CDO.Strategy, "policy": CDO.Strategy, "guidance": CDO.Strategy, "doctrine": CDO.Strategy,
    "plan": CDO.Strategy, "framework": CDO.Strategy,
    "directive": CDO.Legislation, "act": CDO.Legislation, "law": CDO.Legislation, "regulation": CDO.Legislation,
    "code": CDO.Legislation, "bill": CDO.Legislation, "decree": CDO.Legislation, "legislation": CDO.Legislation,
    "principles": CDO.Declaration, "declaration": CDO.Declaration, "charter": CDO.Declaration,
    "statement": CDO.Declaration,
}
FUND = re.compile(r"\b(?:committ\w*|pledg\w*|provid\w*|allocat\w*|contribut\w*|grant\w*|earmark\w*|fund(?:s|ed|ing)|"
                  r"financ\w*|donat\w*|invest\w*|spen[dt]\w*)\b")
CAPITALISED_HEAD = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in DOCUMENT_CLASSES)) + r")s?\b"
)
OF_YEAR = re.compile(rf"\s+of\s+({cues.YEAR})\b")
ALIAS_AFTER = re.compile(r"^\s*\((?:the\s+)?(?:so-called|so called|known as|dubbed)\s+([A-Z][\w-]*)\)")
ISSUER_BEFORE = re.compile(
    rf"{SLOT}(?:'s|')?\s+(?:(?:new|first|national|updated|revised|own|latest|current)\s+)*"
    rf"(?:(?:{cues.MONTH}\s+)?{cues.YEAR}(?:\s*-\s*{cues.YEAR})?(?:\s*,\s*{cues.YEAR})*(?:\s+and\s+{cues.YEAR})?\s+)?$"
)
POSSESSIVE_BEFORE = re.compile(
    rf"(?:{SLOT}(?:'s)?\s+(?:own\s+|flagship\s+|new\s+)?|\b(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?(?:,\s*)?(?:the\s+)?)$"
)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word.lower()[:-1] in DOCUMENT_CLASSES else word


def document_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """Capitalised names whose head word makes them documents ("2013 and 2019 Cybersecurity Acts")."""
    found: list[Mention] = []
    if not CAPITALISED_HEAD.search(text):
        return found
    for match in NAMED.finditer(text):
        name, start = trim_name(match.group("name"), match.start("name"))
        head, acronym = match.group("head") or "", match.group("acr") or ""
        words = name.split(" ")
        last = _singular(head or words[-1])
        if last.lower() not in DOCUMENT_CLASSES or len(words) + bool(head) < 2:
            continue
        start = _after_states(start, taken)
        end = match.end("head") if head else start + len(name) if start >= match.start("name") else match.end("name")
        label = text[start:match.end("name")]
        label = " ".join(label.split(" ")[:-1] + [_singular(label.split(" ")[-1])]) if not head else f"{label} {last}"
        extra = {"label": label, "head": last.lower(), "acronym": f"{acronym} {last}" if acronym and head else ""}
        alias = ALIAS_AFTER.match(text[end:])
        if alias:
            extra |= {"label": alias.group(1), "acronym": alias.group(1)}
            end += alias.end()
        found.append(Mention(start, end, "", "name", "document", text[start:end], extra))
    return found


def _after_states(start: int, taken: list[Mention]) -> int:
    """Move a document name's start past a state name or adjective it begins with (that is its issuer)."""
    for mention in taken:
        if mention.start == start and mention.kind == "state":
            return mention.end + 1
    return start


def lower_document_mentions(text: str) -> list[Mention]:
    """Unnamed documents after an adoption verb: "adopted its first cybersecurity regulation for the X sector"."""
    found = []
    for match in LOWER_DOCUMENT.finditer(text):
        label = (match.group("np") + (match.group("pp") or "")).strip()
        head = match.group("np").split()[-1]
        found.append(Mention(match.start("np"), match.end(), "", "lower", "document", label,
                             {"label": label, "head": head, "acronym": "", "base": match.group("verb")[-1] != "d"}))
    return found


def _issuer(context: SentenceContext, mention: Mention, offset: int) -> tuple[str, bool]:
    before = context.masked[max(0, offset - 120):offset]
    possessor = ISSUER_BEFORE.search(before)
    if possessor:
        owner = context.view.mentions[int(possessor.group(1))]
        if owner.key and owner.kind in ("state", "org"):
            return context.state_of(owner.key) or owner.key, owner.form == "coref"
    start, _ = context.clause_of(offset)
    if ADOPT.search(context.masked[start:offset]) and context.subject is not None and context.subject.key:
        subject, _, indirect = context.subject_key()
        return subject, indirect
    return context.topic, True


def _document_status(context: SentenceContext, offset: int, head: str) -> str | None:
    start, _ = context.clause_of(offset)
    before = context.masked[max(start, offset - 120):offset]
    if NEGATED_BEFORE.search(before):
        return None
    if PROPOSAL_BEFORE.search(before):
        return "Proposed"
    if cues.status_cue(before) in ("planned", "proposed"):
        return "Proposed" if DOCUMENT_CLASSES.get(head) == CDO.Legislation else "Planned"
    return "Adopted"


def _years(context: SentenceContext, offset: int, end: int) -> tuple[list[str], str]:
    years, month = cues.years_before(context.masked[:offset])
    if not years:
        after = cues.parenthesised_year(context.masked[end:end + 12]) or _of_year(context.masked[end:end + 12])
        start, stop = context.clause_of(offset)
        year = after or cues.clause_year(context.masked[start:stop]) or cues.clause_year(
            context.masked[:context.intro_end])
        years = [year] if year else [""]
    return years, month


def _of_year(text_after: str) -> str:
    """The year of "the Cybersecurity Act of 2020"."""
    found = OF_YEAR.match(text_after)
    return found.group(1) if found else ""


def _aliases(context: SentenceContext) -> dict[str, str]:
    return context.gazetteer.__dict__.setdefault("document_aliases", {})


def documents(context: SentenceContext) -> list[Finding]:
    """Who issued which strategy, law or declaration, when, with what status."""
    findings = []
    for index, mention in enumerate(context.view.mentions):
        if mention.kind != "document":
            continue
        offset = context.mention_at(index)
        status = _document_status(context, offset, mention.extra["head"])
        issuer, indirect = _issuer(context, mention, offset)
        if status is None or not issuer or (mention.extra.get("base") and status == "Adopted"):
            continue
        years, month = _years(context, offset, offset + len(str(index)) + 2)
        keys = [_document(context, mention, issuer, year) for year in years]
        mention.key = keys[0]
        for key, year in zip(keys, years):
            date = cues.month_date(month, year) if month and year else ""
            fact = Fact("issued", issuer, key, year, status, date=date)
            findings.append(_finding(context, fact, f"document.{status.lower()}", indirect))
    return findings


def _document(context: SentenceContext, mention: Mention, issuer: str, year: str) -> str:
    aliases = _aliases(context)
    label = aliases.get(mention.extra["label"], mention.extra["label"])
    if mention.extra.get("acronym"):
        aliases[mention.extra["acronym"]] = label
    issuer_slug = context.gazetteer.entities[issuer].slug if issuer in context.gazetteer.entities else slugify(issuer)
    # what the document is: its issuer and its name (a year only where the name has one), never the
    # year a sentence gives for adopting or proposing it -- that is the claim's
    key = f"document/{issuer_slug}/{slugify(label)}"
    acronym = mention.extra.get("acronym", "") if mention.extra.get("acronym") != label else ""
    entity = Entity(key=key, label=label, kind="document", cls=DOCUMENT_CLASSES[mention.extra["head"]], acronym=acronym)
    context.gazetteer.entities.setdefault(key, entity)
    return key


# --- programmes, exercises, events ---------------------------------------------------------------

def _funder(context: SentenceContext, index: int) -> tuple[str, str, bool]:
    """(funding state or organisation, organising agency, indirect?) of the programme mention ``index``."""
    offset = context.mention_at(index)
    if context.through is not None and context.through is context.view.mentions[index]:
        subject, _, indirect = context.subject_key()
        return subject, "", indirect
    possessor = POSSESSIVE_BEFORE.search(context.masked[max(0, offset - 80):offset])
    if possessor:
        if possessor.group(1) is not None:
            owner = context.view.mentions[int(possessor.group(1))]
        else:
            owner = _nearest_actor(context, offset - (len(possessor.group()) if possessor else 0))
        if owner is not None and owner.key and owner.kind in ("state", "org"):
            state = context.state_of(owner.key)
            agency = owner.key if state and state != owner.key else ""
            return state or owner.key, agency, owner.form == "coref"
    start, end = context.clause_of(offset)
    if (ADOPT.search(context.masked[start:offset]) or FUND.search(context.masked[start:offset])) and \
            context.subject is not None and context.subject.key:
        subject, _, indirect = context.subject_in(start, end)
        return subject, "", indirect
    return context.topic, "", True


def _nearest_actor(context: SentenceContext, offset: int) -> Mention | None:
    actors = [m for m in context.mentions_between(0, offset) if m.kind in ("state", "org")]
    if actors:
        return actors[-1]
    return context.subject


def programmes(context: SentenceContext) -> list[Finding]:
    """Who funds which programme, since when, how much, aimed at which region."""
    findings = []
    for index, mention in enumerate(context.view.mentions):
        entity = context.gazetteer.entities.get(mention.key)
        if mention.kind != "initiative" or entity is None or entity.cls == CDO.Exercise:
            continue
        funder, agency, indirect = _funder(context, index)
        if not funder or context.gazetteer.entities.get(funder, entity).kind not in ("state", "org"):
            continue
        offset = context.mention_at(index) + len(str(index)) + 2
        launched = LAUNCH_AFTER.search(context.masked[offset:])
        year, status = (launched.group(1), "Launched") if launched else ("", "")
        findings.append(_finding(context, Fact("funds", funder, mention.key, year, status), "programme.funds",
                                 indirect))
        findings += _programme_details(context, mention.key, funder, agency)
    return findings


def _programme_details(context: SentenceContext, programme: str, funder: str, agency: str) -> list[Finding]:
    findings = []
    if agency:
        findings.append(_finding(context, Fact("organisedBy", programme, agency), "programme.run-by"))
    alpha2 = context.gazetteer.entities[funder].extra.get("alpha2", "") if funder in context.gazetteer.entities else ""
    money = cues.amount(context.masked, alpha2)
    if money is not None:
        findings.append(_finding(context, Fact("fundingAmount", programme, f"{money[0]} {money[1]}"),
                                 "programme.amount"))
    for region in context.mentions_between(0, len(context.masked), ("region",)):
        findings.append(_finding(context, Fact("region", programme, region.key), "programme.region"))
    return findings


def exercises(context: SentenceContext) -> list[Finding]:
    """Who organises an exercise ("NATO-led ... the Cyber Coalition exercise", "hosted by X")."""
    exercise = [m for m in context.view.mentions if m.kind == "initiative"
                and getattr(context.gazetteer.entities.get(m.key), "cls", None) == CDO.Exercise]
    findings = []
    for match in LED_BY.finditer(context.masked):
        organiser = context.view.slot(match.group())
        if organiser.kind != "org":
            continue
        for mention in exercise:
            findings.append(_finding(context, Fact("organisedBy", mention.key, organiser.key), "exercise.led-by",
                                     base=Decimal("0.8")))
    return findings


def events(context: SentenceContext) -> list[Finding]:
    """Documents introduced at an event: "At the G7 Summit in May 2016, Japan introduced the X Principles"."""
    event_mentions = [(i, m) for i, m in enumerate(context.view.mentions) if m.kind == "event"]
    documents_here = [m for m in context.view.mentions if m.kind == "document" and m.key]
    if not event_mentions or not documents_here or not ADOPT.search(context.masked):
        return []
    findings = []
    for index, event in event_mentions:
        after = context.masked[context.mention_at(index) + len(str(index)) + 2:]
        date = cues.event_date(after[:30])
        if date:
            context.gazetteer.entities[event.key].extra["date"] = date
        for document in documents_here:
            fact = Fact("introducedAt", document.key, event.key, date[:4])
            findings.append(_finding(context, fact, "document.introduced-at", base=BASE))
    return findings


RULES = [documents, programmes, exercises, events]
