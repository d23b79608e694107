"""The extraction pipeline: clean, cut passages, dedup across documents, discover entities, apply rules.

1. every document is cleaned and cut into paragraphs (passages); each passage gets a
   *topic* (the first state or organisation that is a sentence subject in it, else the
   state it names most, else the previous passage's topic);
2. the same passage (same words, same topic) in several documents is extracted once
   and its findings get one piece of evidence per document;
3. pass 1 discovers entities the gazetteer lacks, over all passages, so that an acronym
   defined in one place resolves everywhere; pass 2 applies the relation rules.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable, Iterator

from cdkg.evidence import Evidence
from cdkg.extraction import documents as document_rules
from cdkg.extraction import cybercrime, international_law, positions, profile, relations, topics, un
from cdkg.extraction.context import Finding, build_context, find_subject, intro_end
from cdkg.extraction.discovery import Discovery, discover
from cdkg.extraction.mentions import Mention, SentenceView, choose_in, coref_mentions, gazetteer_mentions
from cdkg.facts import Fact, merge_facts
from cdkg.gazetteer import Gazetteer
from cdkg.sources import SourceText
from cdkg.text import CleanText, Span, clean, paragraphs, passage_key, sentences
from cdkg.vocabulary import CDO

RULES = relations.RULES + document_rules.RULES + positions.RULES + un.RULES + international_law.RULES + cybercrime.RULES
DOCUMENT_HINT = re.compile(
    r"\b(?:Strateg|Polic|Guidance|Doctrine|Plan|Directive|Act|Law|Regulation|Code|Bill|Decree|Principles|"
    r"Declaration|Charter|Statement|Framework)|\b(?:adopted|published|released|introduced|passed|enacted|approved|"
    r"issued|launched|unveiled)\b"
)
PERSON_HEADS = ("country", "nation", "state", "government", "kingdom", "republic", "federation", "confederation",
                "principality", "sultanate", "emirate")


@dataclass
class Occurrence:
    """Where a passage occurs: document stem, its cleaned text and the passage's offset in it."""

    document: str
    cleaned: CleanText
    offset: int


@dataclass
class Passage:
    """A paragraph extracted once, with every place it occurs."""

    text: str
    topic: str
    sentences: list[Span]
    occurrences: list[Occurrence] = field(default_factory=list)
    views: list[SentenceView] = field(default_factory=list)


@dataclass
class SentenceFindings:
    """Findings of one sentence of a passage."""

    passage: Passage
    sentence: Span
    findings: list[Finding]


@dataclass
class ExtractionResult:
    """What the extractor found: merged facts and the gazetteer (reference + discovered entities)."""

    facts: list[Fact]
    gazetteer: Gazetteer


class Extractor:
    """Rule-based extraction over a corpus, with a gazetteer that grows as entities are discovered."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    # --- views -------------------------------------------------------------------------------
    def base_view(self, text: str) -> SentenceView:
        """A sentence with gazetteer and coreference mentions (unresolved), masked."""
        hits = gazetteer_mentions(text, self.gazetteer)
        view = SentenceView(text, choose_in(text, [m.copy() for m in hits] + coref_mentions(text)), hits)
        view.mask()
        return view

    def full_view(self, text: str, known: list[Mention]) -> SentenceView:
        """A sentence with gazetteer, document and coreference mentions (``known``: reference hits found before)."""
        found = [m.copy() for m in known] + gazetteer_mentions(text, self.gazetteer, added_only=True)
        documents = document_rules.document_mentions(text, found) + document_rules.lower_document_mentions(text)
        view = SentenceView(text, choose_in(text, found + documents + coref_mentions(text)))
        return view

    # --- topics --------------------------------------------------------------------------------
    def topic_of(self, views: list[SentenceView], inherited: str,
                 nearby_orgs: Callable[[], list[str]] = list) -> str:
        """The actor a passage is about (see the module docstring).

        Args:
            views: the passage's sentences.
            inherited: the previous passage's topic, used when this one names no actor.
            nearby_orgs: gives the organisations the document names, nearest first, for "the Union" as a subject
                (a function: the list is costly and rarely needed).
        """
        counts: Counter[str] = Counter()
        for view in views:
            start = intro_end(view.masked)
            subject = find_subject(view, start)
            collective = self._collective_subjects(view, subject, start)
            if collective:
                return next((k for head in collective for k in nearby_orgs()
                             if head in self.gazetteer.entities[k].label.lower()), "")
            actor = self._actor(subject)
            if actor:
                return actor
            counts.update(m.key for m in view.mentions if m.kind == "state")
        return counts.most_common(1)[0][0] if counts else inherited

    @staticmethod
    def _collective_subjects(view: SentenceView, subject: Mention | None, start: int) -> list[str]:
        """Head words ("union") of "the Union"-like phrases when one is the subject, before any named actor."""
        heads = [m.extra["head"].lower() for i, m in enumerate(view.mentions)
                 if view.offsets[i] >= start and m.kind == "coref" and m.extra["head"].lower() not in PERSON_HEADS]
        first = next((m for i, m in enumerate(view.mentions) if view.offsets[i] >= start and m.kind == "coref"), None)
        if first is None or first.extra["head"].lower() in PERSON_HEADS or (
                subject is not None and subject.start < first.start):
            return []
        return heads

    def _actor(self, mention: Mention | None) -> str:
        if mention is None or not mention.key:
            return ""
        entity = self.gazetteer.entities[mention.key]
        if entity.kind == "state":
            return entity.key
        if entity.cls == CDO.InternationalOrganisation:
            return entity.key
        return entity.agency_of

    # --- passes --------------------------------------------------------------------------------
    def passages(self, sources: Iterable[SourceText], progress: Callable[[SourceText], None] | None = None
                 ) -> list[Passage]:
        """Unique passages of the corpus, in order of first occurrence."""
        unique: dict[tuple[str, str], Passage] = {}
        for source in sources:
            cleaned = clean(source.text)
            topic = ""
            parts = [(p, list(sentences(Span(0, p.text)))) for p in paragraphs(cleaned.text)]
            all_views = [[self.base_view(s.text) for s in spans] for _, spans in parts]
            orgs = [[m.key for v in views for m in v.mentions if m.kind == "org"] for views in all_views]
            for number, ((paragraph, spans), views) in enumerate(zip(parts, all_views)):
                topic = self.topic_of(views, topic, lambda n=number: _nearest_first(orgs, n))
                key = (passage_key(paragraph.text), topic)
                passage = unique.setdefault(key, Passage(paragraph.text, topic, spans, views=views))
                passage.occurrences.append(Occurrence(source.stem, cleaned, paragraph.start))
            if progress is not None:
                progress(source)
        return list(unique.values())

    def discover(self, passages: list[Passage]) -> list[SentenceFindings]:
        """Pass 1: register entities defined in the passages; findings for their agency/parent/forum."""
        results = []
        for passage in passages:
            for sentence, view in zip(passage.sentences, passage.views):
                found = [self._register(d) for d in discover(view, self.gazetteer, passage.topic)]
                findings = [f for d in found for f in _definition_findings(d)]
                if findings:
                    results.append(SentenceFindings(passage, sentence, findings))
        return results

    def _register(self, found: Discovery) -> Discovery:
        entity = self.gazetteer.add(found.entity, found.forms)
        if not entity.agency_of and found.agency_of:
            entity.agency_of = found.agency_of
            if found.weak_state:
                entity.extra["weak_state"] = "yes"
        entity.part_of = entity.part_of or (found.part_of if entity.kind == "org" else "")
        found.entity = entity
        return found

    def relate(self, passages: list[Passage]) -> list[SentenceFindings]:
        """Pass 2: the relation rules over every sentence of every passage."""
        results = []
        for passage in passages:
            previous_subject, seen_orgs = "", []
            for sentence, base in zip(passage.sentences, passage.views):
                if not base.mentions and not DOCUMENT_HINT.search(sentence.text) and \
                        not topics.PROFILE_HINT.search(sentence.text):
                    continue
                view = self.full_view(sentence.text, base.hits)
                self._resolve(view, previous_subject or passage.topic, seen_orgs, passage.topic)
                view.mask()
                context = build_context(view, self.gazetteer, passage.topic, previous_subject)
                context.preceding = passage.text[:sentence.start]
                findings = [f for rule in RULES for f in rule(context)]
                for entity in (e for f in findings for e in f.entities):
                    self.gazetteer.add(entity)
                subject = context.subject_key()[0] if context.subject is not None else ""
                previous_subject = context.state_of(subject) or previous_subject
                seen_orgs += [m.key for m in view.mentions if m.kind == "org"]
                if findings:
                    results.append(SentenceFindings(passage, sentence, findings))
        return results

    def _resolve(self, view: SentenceView, current: str, seen_orgs: list[str], topic: str) -> None:
        """Resolve "the country", "the Union"... to an actor, or drop the mention."""
        for mention in [m for m in view.mentions if m.kind == "coref"]:
            head = mention.extra["head"].lower()
            key = ""
            if head in PERSON_HEADS:
                key = current if self.gazetteer.entities.get(current, None) and \
                    self.gazetteer.entities[current].kind == "state" else ""
            else:
                candidates = [k for k in reversed(seen_orgs + [topic]) if k in self.gazetteer.entities
                              and head in self.gazetteer.entities[k].label.lower()]
                key = candidates[0] if candidates else ""
            mention.key = key
            mention.kind = self.gazetteer.entities[key].kind if key else "coref"
            mention.form = "coref"
        view.mentions = [m for m in view.mentions if m.key or m.kind == "document"]

    def extract(self, sources: list[SourceText], progress: Callable[[SourceText], None] | None = None
                ) -> ExtractionResult:
        """Facts with evidence from every source."""
        with _collector_paused():
            return self._extract(sources, progress)

    def _extract(self, sources: list[SourceText], progress: Callable[[SourceText], None] | None
                 ) -> ExtractionResult:
        passages = self.passages(sources, progress)
        discovered = self.discover(passages)
        self.gazetteer.refresh()
        found = discovered + self.relate(passages)
        facts = [fact for item in found for fact in _facts_with_evidence(item)]
        return ExtractionResult(finalise(profile.fold_undated(merge_facts(facts)), self.gazetteer), self.gazetteer)


def _nearest_first(orgs: list[list[str]], number: int) -> list[str]:
    """The organisations of every paragraph, those of paragraph ``number`` and its neighbours first."""
    return [k for i in sorted(range(len(orgs)), key=lambda i: abs(i - number)) for k in orgs[i]]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: extraction allocates many small acyclic objects and the
    collector's full passes over them made a 5 MB corpus 25% slower per MB than a 1 MB one."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _definition_findings(found: Discovery) -> list[Finding]:
    entity = found.entity
    findings = []
    if entity.agency_of and entity.kind == "org" and entity.cls in (CDO.GovernmentAgency, CDO.CERT):
        confidence = Decimal("0.7") if entity.extra.get("weak_state") else Decimal("0.85")
        findings.append(Finding(Fact("agencyOf", entity.key, entity.agency_of), confidence, "agency.defined"))
    if found.part_of and entity.kind == "org":
        findings.append(Finding(Fact("partOf", entity.key, found.part_of), Decimal("0.85"), "body.named-after"))
    if found.part_of and entity.kind == "event":
        findings.append(Finding(Fact("forum", entity.key, found.part_of), Decimal("0.85"), "event.named-after"))
    return findings


def _facts_with_evidence(item: SentenceFindings) -> list[Fact]:
    facts = []
    for finding in item.findings:
        evidence = set()
        for occurrence in item.passage.occurrences:
            start = occurrence.offset + item.sentence.start
            raw_start, raw_end = occurrence.cleaned.raw_span(start, start + len(item.sentence.text))
            evidence.add(Evidence(occurrence.document, raw_start, raw_end, item.sentence.text,
                                  finding.confidence, finding.rule))
        facts.append(finding.fact.with_evidence(evidence))
    return facts


def finalise(facts: list[Fact], gazetteer: Gazetteer) -> list[Fact]:
    """One state per agency (the best supported), agencies without a state demoted, dangling facts dropped."""
    best: dict[str, Fact] = {}
    for fact in facts:
        if fact.relation == "agencyOf" and (fact.subject not in best or fact.confidence > best[fact.subject].confidence):
            best[fact.subject] = fact
    kept = [f for f in facts if f.relation != "agencyOf" or best.get(f.subject) is f]
    for entity in gazetteer.entities.values():
        if not entity.reference and entity.cls == CDO.GovernmentAgency and entity.key not in best:
            entity.cls = CDO.Organisation
        if entity.key in best:
            entity.agency_of = best[entity.key].object
    return [f for f in kept if f.subject in gazetteer.entities and _object_ok(f, gazetteer)]


def _object_ok(fact: Fact, gazetteer: Gazetteer) -> bool:
    return fact.relation == "fundingAmount" or fact.object in gazetteer.entities
