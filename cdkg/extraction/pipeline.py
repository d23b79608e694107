"""The extraction pipeline: clean, cut passages, dedup across documents, discover entities, apply rules.

1. every document is cleaned and cut into paragraphs (passages); each passage gets a
   *topic* (the first state or organisation that is a sentence subject in it, else the
   state it names most, else the previous passage's topic, or the document's state after a section heading);
2. the same passage (same words, same topic) in several documents is extracted once
   and its findings get one piece of evidence per document;
3. pass 1 discovers entities the gazetteer lacks, over all passages, so that an acronym
   defined in one place resolves everywhere; pass 2 applies the relation rules.
"""

from __future__ import annotations

import functools
import gc
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable, Iterator

from cdkg.evidence import Evidence
from cdkg.extraction import documents as document_rules
from cdkg.extraction import cues, cybercrime, international_law, positions, prefilter, profile, relations, topics, un
from cdkg.extraction.context import VERBISH, Finding, SentenceContext, build_context, find_subject, intro_end
from cdkg.extraction.discovery import Discovery, discover
from cdkg.extraction.mentions import BODY_HEAD_WORDS, Mention, SentenceView, choose_in, coref_mentions, gazetteer_mentions
from cdkg.extraction.registry import DocumentRegistry
from cdkg.facts import Fact, merge_facts
from cdkg.gazetteer import Entity, Gazetteer, Match
from cdkg.sources import SourceText
from cdkg.text import CleanText, Span, clean, paragraphs, passage_key, sentences
from cdkg.vocabulary import CDO

RULES = relations.RULES + document_rules.RULES + positions.RULES + un.RULES + international_law.RULES + cybercrime.RULES
# a sentence that names nothing but goes on with what the state said before ("Capacity building, they insist, must come
# first", "They also warned against …"): the position rules read it with the forum of the sentence before
GOES_ON_SAYING = re.compile(r"\s*(?:[^,;]{2,60},\s+(?:it|they|(?:its|their)\s+\w+)\s+(?:\w+ly\s+)?\w+\s*,|"
                            r"(?:It|They)\s+(?:(?:has|have)\s+)?(?:also|further|likewise|equally|again)\b)")
DOCUMENT_HINT = re.compile(
    r"\b(?:[Ss]trateg|[Pp]olic|Concept|Guidance|Doctrine|Plan|Masterplan|Agenda|Directive|Act|Law|Regulation|Code|Bill|Decree|Principles|"
    r"Declaration|Charter|Statement|Framework|Perpres|Ordinance|Proclamation)|\b(?:adopted|gazetted|published|released|introduced|passed|enacted|approved|signed|drafted|"
    r"prepared|announced|presented|tabled|submitted|registered|referred|second|third|fourth|fifth|"
    r"issued|launched|unveiled)\b"
)
# a section heading: one short line without figures that ends no sentence ("Strategy and laws", "Cybercrime,
# incidents and attribution")
HEADING = re.compile(r"[A-Z][^.;:!?\n\d]{2,70}")
# The second of two coordinated subjects: "<A> and <B> have held …".
COORDINATED_AFTER = re.compile(r"\s+and\s+(?:the\s+)?\ue000(\d+)\ue001")
# The items of a list before a name, from the clause's start ("A, B and C": B and C have them), or one after it.
LIST_ITEMS_BEFORE = re.compile(r"(?:(?:the\s+)?\ue000\d+\ue001,\s+)+(?:the\s+)?")
LIST_ITEM_AFTER = re.compile(r",\s+(?:the\s+)?\ue000\d+\ue001(?:,|\s+and\b)")
PERSON_HEADS = ("country", "nation", "state", "government", "kingdom", "republic", "federation", "confederation",
                "principality", "sultanate", "emirate")
LAST_ACTOR_HEADS = {"latter": 1, "former": 2}
# The subject of a relative clause: "… the agreement that Slovenia signed" (no topic, nor the next sentence's subject).
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom)\s+$")
# A subject that the predicate names as something of another: "Portugal is Angola's closest partner", "China remains
# its largest creditor", "Russia, China and Vietnam are its closest partners": the paragraph is about the owner.
OWNER_PREDICATE = re.compile(r"(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?\ue000\d+\ue001)*\s+(?:today\s+|now\s+|still\s+|also\s+)?"
                             r"(?:is|are|was|were|remains?|remained|(?:has|have)\s+(?:long\s+)?been|(?:has|have)\s+become|"
                             r"became)\s+(?:today\s+|now\s+|still\s+|also\s+|by\s+far\s+)?"
                             r"(?:(?P<its>its)|\ue000(?P<owner>\d+)\ue001['’]s?)\s")
# A paragraph that opens with the profile's state's possession as its subject ("Rwanda's publicly known incidents are
# few", "Malta's record in the OEWG is thin") is about that state, whoever a later sentence has act.
OWNER_OPENING = re.compile(r"\ue000(\d+)\ue001['’]s?\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were|remains?|remained|has|have|"
                           r"had|include[sd]?|began|begins|rests?|rested|date[sd]?)\b")
# a sentence opening with a pronoun subject ("It has signed …", "It also joined …"), its verb right after
BACK_REFERENCE_SUBJECT = re.compile(r"It\s+(?:\w+ly\s+|also\s+)?(?:has|had|is|was|will|would|can|remains|became|[a-z]{3,}(?:s|ed))\b")
SLOT_OPENING = re.compile(r"\ue000(\d+)\ue001")
# A body referred back to by its head noun ("The agency signed …"), and the words its name may have for that head.
BODY_HEADS = tuple(BODY_HEAD_WORDS.split("|"))
BODY_HEAD_SYNONYMS = {"centre": ("centre", "center"), "center": ("centre", "center"),
                      "team": ("team", "CERT", "CSIRT", "CIRT", r"[\w.-]*CERT[\w.-]*", r"[\w.-]*CSIRT[\w.-]*")}
# "The police" is the state's own force: a paragraph it opens is still about the state.
STATE_BODY_HEADS = ("police",)


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
    state: str = ""
    home: str = ""  # the state the whole document is about (``state`` is the paragraph's)
    readings: list = field(default_factory=list)  # each sentence's prefilter reading, kept from pass 1 for pass 2


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

    def __init__(self, gazetteer: Gazetteer,
                 reader: Callable[[SentenceContext, list[Finding]], list[Finding]] | None = None) -> None:
        """``reader``: what reads each sentence again after the rules (the learned reader, see
        :func:`cdkg.extraction.learned.sentence_reader`), giving findings to add; None: the rules alone."""
        self.gazetteer = gazetteer
        self.reader = reader
        self.registries: dict[str, DocumentRegistry] = {}

    def registry(self, document: str) -> DocumentRegistry:
        """What one document has discovered (created empty on first use)."""
        if document not in self.registries:
            self.registries[document] = DocumentRegistry(self.gazetteer)
        return self.registries[document]

    def _registries_of(self, passage: Passage) -> list[DocumentRegistry]:
        return [self.registry(o.document) for o in passage.occurrences]

    # --- views -------------------------------------------------------------------------------
    def base_view(self, text: str) -> SentenceView:
        """A sentence with gazetteer and coreference mentions (unresolved), masked."""
        hits = gazetteer_mentions(text, self.gazetteer)
        corefs = coref_mentions(text)
        view = SentenceView(text, choose_in(text, [m.copy() for m in hits] + corefs), hits, corefs=corefs)
        view.mask()
        return view

    def full_view(self, text: str, known: list[Mention], discovered: list[Mention],
                  corefs: list[Mention] | None = None, aliases: dict[str, str] | None = None) -> SentenceView:
        """A sentence with gazetteer, document and coreference mentions (``known``: reference hits found before;
        ``discovered``: hits of the document's discovered names; ``aliases``: the short names of documents named
        before in the document, "PNCS" for "National Cybersecurity Policy")."""
        found = [m.copy() for m in known] + discovered
        documents = document_rules.document_mentions(text, found) + document_rules.lower_document_mentions(text) + \
            document_rules.lower_programme_mentions(text) + document_rules.alias_document_mentions(text, aliases or {})
        corefs = coref_mentions(text) if corefs is None else [m.copy() for m in corefs]
        view = SentenceView(text, choose_in(text, found + documents + corefs))
        return view

    # --- topics --------------------------------------------------------------------------------
    def topic_of(self, views: list[SentenceView], inherited: str,
                 nearby_orgs: Callable[[], list[str]] = list, own: str = "") -> str:
        """The actor a passage is about (see the module docstring).

        Args:
            views: the passage's sentences.
            inherited: the previous passage's topic, used when this one names no actor.
            nearby_orgs: gives the organisations the document names, nearest first, for "the Union" as a subject
                (a function: the list is costly and rarely needed).
        """
        for number, view in enumerate(views):
            start = intro_end(view.masked)
            if number == 0 and self._opens_by_reference(view, start):
                # "The country has suffered several incidents. … The United States attributed X to Y": a paragraph whose
                # first subject refers back ("the country", "the government", "it") is about the state told before, not
                # about a later sentence's subject
                previous = self.gazetteer.entities.get(inherited)
                return inherited if previous is not None and previous.kind == "state" else own or inherited
            subject = find_subject(view, start)
            if subject is None and number == 0 and (opening := OWNER_OPENING.match(view.masked, start)):
                owner = view.mentions[int(opening.group(1))]
                if owner.kind == "state" and self._actor(owner) and (not own or self._actor(owner) == own):
                    return own or self._actor(owner)  # (another state's possession opening it, "Russia's invasion
                    # was …", leaves the paragraph to the rules below)
            if subject is not None and RELATIVE_BEFORE.search(view.masked[:view.offsets[view.mentions.index(subject)]]):
                continue  # "X's officials praised the agreement that Slovenia signed": a relative clause's subject
            if subject is not None and cues.EMBEDDED_BEFORE.search(view.masked, start,
                                                                 view.offsets[view.mentions.index(subject)]):
                continue  # "summoned the Russian ambassador", "an assessment the Kazakh government rejected": no topic
            collective = self._collective_subjects(view, subject, start)
            if collective:
                return next((k for head in collective for k in nearby_orgs()
                             if head in self.gazetteer.entities[k].label.lower()), "")
            actor = self._actor(subject)
            owner = self._owner_of_role(view, subject) if actor and actor != own else None
            if owner == "":
                continue  # "China remains its largest creditor": the paragraph is about whoever "its" is
            if owner:
                return owner  # "Portugal is Angola's closest partner": about Angola
            if actor and own and actor != own and self._joined_with(view, subject, own):
                return own  # "Australia and Vietnam have held a dialogue": the profile's state, not its partner
            if actor and self._in_list(view, subject, start):
                continue  # "Russia, China and Vietnam are its closest partners": several actors are no one topic
            if actor and number and own and self.gazetteer.entities[actor].kind != "state":
                continue  # "In 2023 the IDB approved a loan" after subjectless sentences: they are not the bank's
            if actor and own and actor != own and subject.kind == "org" and self._actor(subject) == actor and \
                    self.gazetteer.entities[subject.key].agency_of:
                continue  # "…, while the United States' FBI has trained X's investigators": a foreign agency in passing
            if actor:
                return actor
        return inherited

    @staticmethod
    def _opens_by_reference(view: SentenceView, start: int) -> bool:
        """Whether a sentence's subject is a pronoun or a state's bare head ("The country has …", "The government
        adopted …", "It joined …"), perhaps after an intro phrase."""
        if BACK_REFERENCE_SUBJECT.match(view.masked, start):
            return True
        opening = SLOT_OPENING.match(view.masked, start)
        if opening is None:
            return False
        mention = view.mentions[int(opening.group(1))]
        head = mention.extra.get("head", "").lower() if mention.kind == "coref" else ""
        return head in PERSON_HEADS and bool(VERBISH.match(view.masked[opening.end():]))

    def _owner_of_role(self, view: SentenceView, subject: Mention) -> str | None:
        """The state a subject's predicate names it a role of ("Portugal is Angola's closest partner": Angola), ''
        for "its" ("China remains its largest creditor": whoever was spoken of), None when it says no such thing."""
        index = view.mentions.index(subject)
        owned = OWNER_PREDICATE.match(view.masked, view.offsets[index] + len(str(index)) + 2)
        if owned is None:
            return None
        if owned.group("its"):
            return ""
        owner = view.mentions[int(owned.group("owner"))]
        actor = self._actor(owner)
        return actor if owner.kind == "state" and actor and actor != self._actor(subject) else None

    def _joined_with(self, view: SentenceView, subject: Mention, own: str) -> bool:
        """Whether a subject is coordinated with the state ``own`` ("A and B have …", "B and A …")."""
        index = view.mentions.index(subject)
        end = view.offsets[index] + len(str(index)) + 2
        after = COORDINATED_AFTER.match(view.masked, end)
        return after is not None and view.mentions[int(after.group(1))].key == own

    @staticmethod
    def _in_list(view: SentenceView, subject: Mention, start: int) -> bool:
        """Whether a subject is one item of a list of actors ("A, B and C are …", "A and B have …"); ``start`` is
        where the clause begins, after any introduction."""
        index = view.mentions.index(subject)
        end = view.offsets[index] + len(str(index)) + 2
        return bool(LIST_ITEMS_BEFORE.fullmatch(view.masked, start, view.offsets[index])
                    or COORDINATED_AFTER.match(view.masked, end) or LIST_ITEM_AFTER.match(view.masked, end))

    @staticmethod
    def _collective_subjects(view: SentenceView, subject: Mention | None, start: int) -> list[str]:
        """Head words ("union") of "the Union"-like phrases when one is the subject, before any named actor."""
        # ("the latter", "the former" point back to whatever was named last: no collective actor such as "the Union")
        # (nor do "the agency", "the team": a body of the paragraph before, not an organisation the paragraph is about)
        heads = [m.extra["head"].lower() for i, m in enumerate(view.mentions)
                 if view.offsets[i] >= start and m.kind == "coref" and m.extra["head"].lower() not in PERSON_HEADS
                 + STATE_BODY_HEADS + tuple(LAST_ACTOR_HEADS) + BODY_HEADS]
        first = next((m for i, m in enumerate(view.mentions) if view.offsets[i] >= start and m.kind == "coref"
                      and m.extra["head"].lower() not in (*LAST_ACTOR_HEADS, *BODY_HEADS)), None)
        if first is None or first.extra["head"].lower() in PERSON_HEADS + STATE_BODY_HEADS or (
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
            parts = [(p, list(sentences(Span(0, p.text)))) for p in paragraphs(cleaned.text)]
            all_views = [[self.base_view(s.text) for s in spans] for _, spans in parts]
            counts = state_counts(all_views)
            topic = state = document_state(counts)
            home = dominant_state(counts)
            orgs = [[m.key for v in views for m in v.mentions if m.kind == "org"] for views in all_views]
            for number, ((paragraph, spans), views) in enumerate(zip(parts, all_views)):
                if state and HEADING.fullmatch(paragraph.text.strip()):
                    topic = state  # a new section: what follows it is about the profile's state again, not about
                    # whoever the paragraph before the heading was about ("… China and Vietnam are its closest partners")
                topic = self.topic_of(views, topic, lambda n=number: _nearest_first(orgs, n), state)
                key = (passage_key(paragraph.text), topic)
                own = topic if topic in self.gazetteer.entities and self.gazetteer.entities[topic].kind == "state" else state
                passage = unique.setdefault(key, Passage(paragraph.text, topic, spans, views=views, state=own,
                                                         home=home))
                passage.occurrences.append(Occurrence(source.stem, cleaned, paragraph.start))
            if progress is not None:
                progress(source)
        return list(unique.values())

    def discover(self, passages: list[Passage]) -> list[SentenceFindings]:
        """Pass 1: register entities defined in the passages; findings for their agency/parent/forum."""
        results = []
        for passage in passages:
            registries = self._registries_of(passage)
            for sentence, view in zip(passage.sentences, passage.views):
                found = [self._register(d, registries) for d in discover(view, registries[0], passage.state)]
                passage.readings.append(prefilter.kept_reading(view.text))  # (read by discovery: remembered now)
                findings = [f for d in found for f in _definition_findings(d)]
                if findings:
                    results.append(SentenceFindings(passage, sentence, findings))
        return results

    @staticmethod
    def _register(found: Discovery, registries: list[DocumentRegistry]) -> Discovery:
        entity = [registry.add(found.entity, found.forms) for registry in registries][0]
        if entity.reference:
            found.entity = entity
            return found
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
            previous_subject, seen_orgs, seen_actors, previous_year = "", [], [], ""
            previous_through, subjects = "", []
            names_before = NamesBefore(passage.text)
            registries = self._registries_of(passage)
            registry = registries[0]
            readings, passage.readings = passage.readings, []
            for number, (sentence, base) in enumerate(zip(passage.sentences, passage.views)):
                if number < len(readings):  # (the sentence is read again below: pass 1's reading, not a new one)
                    prefilter.recall(readings[number])
                discovered = gazetteer_mentions(sentence.text, registry, added_only=True)
                if not base.mentions and not discovered and not DOCUMENT_HINT.search(sentence.text) and \
                        "will be" not in sentence.text and " to be " not in sentence.text and \
                        not any(alias in sentence.text for alias in registry.document_aliases) and \
                        not topics.PROFILE_HINT.search(sentence.text) and not GOES_ON_SAYING.match(sentence.text) and \
                        not relations.owned_unit_hint(sentence.text):
                    continue
                view = self.full_view(sentence.text, base.hits, discovered, base.corefs, registry.document_aliases)
                _foreign_bodies(view, registry)
                self._resolve(view, previous_subject or passage.topic, seen_orgs, passage.topic, seen_actors,
                              registry, subjects)
                view.mask()
                context = build_context(view, registry, passage.topic, previous_subject)
                context.recent_orgs, context.state, context.previous_year = seen_orgs, passage.state, previous_year
                context.previous_through, context.home = previous_through, passage.home
                context.preceding = passage.text[:sentence.start]
                context.names_before = functools.partial(names_before.before, registry, sentence.start)
                read = [f for rule in RULES for f in rule(context)]
                findings = international_law.topics_once(relations.about_the_profile(read, context, passage.home))
                for finding in findings:
                    _register_found_entities(finding, registries)
                if self.reader is not None:  # (it sees every pair a rule linked, kept or not: "Brazil signed with
                    # Argentina" in Chile's profile is linked, so not the model's to add; and what it adds is
                    # about the profile's state as the rules' findings are)
                    findings += relations.about_the_profile(self.reader(context, read), context, passage.home)
                subject = context.subject_key()[0] if context.subject is not None else ""
                if subject and passage.state and self._joined_with(view, context.subject, passage.state):
                    subject = passage.state  # "A and <the profile's state> have …": the next subjectless clause is its
                elif subject and context.subject.key and context.subject in view.mentions:
                    # what the next sentence goes on about, as the paragraph's topic reader sees it (topic_of): not a
                    # relative clause's subject ("an agreement that Moscow had pressed on it was turned down"), nor
                    # one the predicate names another's role ("China remains its largest creditor": the next "its"
                    # is still the state's; "Portugal is Angola's closest partner": Angola's)
                    owner = self._owner_of_role(view, context.subject) if subject != passage.state else None
                    subject = "" if RELATIVE_BEFORE.search(view.masked[:view.offsets[view.mentions.index(
                        context.subject)]]) else subject if owner is None else owner
                if context.subject is not None:
                    acting = context.subject_key()[1] if subject else ""
                    previous_through = acting if acting and context.state_of(acting) == context.state_of(subject) else ""
                previous_subject = context.state_of(subject) or previous_subject
                subjects.append((len(seen_orgs), context.state_of(subject)))
                seen_orgs += [m.key for m in view.mentions if m.kind == "org"]
                previous_year = next((w.year for w in reversed(cues.times(sentence.text))), previous_year)
                seen_actors += [m.key for m in view.mentions if m.kind in ("org", "state") and m.form != "coref"]
                if findings:
                    results.append(SentenceFindings(passage, sentence, findings))
        return results

    @staticmethod
    def _resolve(view: SentenceView, current: str, seen_orgs: list[str], topic: str, seen_actors: list[str],
                 known: Gazetteer, subjects: list[tuple[int, str]] | None = None) -> None:
        """Resolve "the country", "the Union", "the latter", "the agency"... to an actor, or drop the mention
        (``subjects``: for each sentence of the paragraph before, how many organisations were named before it and the
        state its subject stands for)."""
        for mention in [m for m in view.mentions if m.kind == "coref"]:
            head = mention.extra["head"].lower()
            key = ""
            if head in LAST_ACTOR_HEADS:
                # (whatever was named last, in this sentence too: "co-funded by the EU and the Council of Europe and
                # implemented by the latter" is the Council's, not an actor of the sentences before)
                here = [m.key for m in view.mentions if m.kind in ("org", "state") and m.key and m.form != "coref"
                        and m.end <= mention.start]
                actors = [k for k in seen_actors + here if k in known.entities]
                key = actors[-LAST_ACTOR_HEADS[head]] if len(actors) >= LAST_ACTOR_HEADS[head] else ""
            elif head in PERSON_HEADS:
                key = current if known.entities.get(current, None) and \
                    known.entities[current].kind == "state" else ""
            elif head in BODY_HEADS:
                key = _body_named_before(view, mention, head, seen_orgs, subjects or [], known)
            else:
                here = [m.key for m in view.mentions if m.kind == "org" and m.key and m.end <= mention.start]
                candidates = [k for k in reversed(seen_orgs + [topic] + here) if k in known.entities
                              and (head in known.entities[k].label.lower() or head == "alliance" and any(
                                  head in n.lower() for n in known.entities[k].names))
                              and (head != "police" or known.entities[k].agency_of)]
                key = candidates[0] if candidates else _own_police(known, topic) if head == "police" else ""
            mention.key = key
            mention.kind = known.entities[key].kind if key else "coref"
            mention.form = "coref"
        view.mentions = [m for m in view.mentions if m.key or m.kind == "document" or m.form == "lower"]

    def extract(self, sources: list[SourceText], progress: Callable[[SourceText], None] | None = None
                ) -> ExtractionResult:
        """Facts with evidence from every source."""
        with _collector_paused():
            return self._extract(sources, progress)

    def _extract(self, sources: list[SourceText], progress: Callable[[SourceText], None] | None
                 ) -> ExtractionResult:
        self.registries = {}
        passages = self.passages(sources, progress)
        discovered = self.discover(passages)
        found = discovered + self.relate(passages)
        facts = [fact for item in found for fact in _facts_with_evidence(item)]
        gazetteer = self.merged_gazetteer()
        return ExtractionResult(finalise(profile.fold_periods(profile.fold_undated(profile.settle_memberships(merge_facts(facts),
                                                                                           gazetteer))),
                                         gazetteer), gazetteer)

    def merged_gazetteer(self) -> Gazetteer:
        """The reference gazetteer plus what every document discovered (a new gazetteer: the reference one is
        never changed)."""
        merged = Gazetteer(self.gazetteer.base_iri)
        merged.entities = dict(self.gazetteer.entities)
        merged.surfaces = dict(self.gazetteer.surfaces)
        for name in sorted(self.registries):
            self.registries[name].merge_into(merged)
        return merged


class NamesBefore:
    """The gazetteer's hits in the text of a passage before each sentence, from one scan of the whole passage
    (rescanned only when the gazetteer's names change), where scanning the text before every sentence was
    quadratic in the passage's length."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._generation: tuple[int, ...] | None = None
        self._hits: tuple[Match, ...] = ()

    def before(self, gazetteer: Gazetteer, start: int) -> tuple[Match, ...]:
        """What ``gazetteer.find(text[:start])`` gives, ``start`` being a sentence's start (after whitespace).

        A hit of the whole text that ends before the whitespace is a hit of the text before ``start``, in the
        same order (names never end with whitespace, so what follows it is the same); when a hit of the whole
        text runs across that whitespace, the text before ``start`` is scanned on its own.
        """
        if start == 0:
            return ()
        if gazetteer.generation() != self._generation:
            self._hits, self._generation = tuple(gazetteer.find(self.text)), gazetteer.generation()
        if any(hit.start < start and hit.end > start - 1 for hit in self._hits):
            return tuple(gazetteer.find(self.text[:start]))
        return tuple(hit for hit in self._hits if hit.end <= start - 1)


# "the UK's NCSC", "Rwanda's National Cybersecurity Agency", "the British National Cyber Security Centre": a state's
# possessive or demonym just before a body's name (no comma, "and" or other word between)
QUALIFIER_GAP = re.compile(r"(?:['’]s?)?\s+(?:own\s+)?")


def _foreign_bodies(view: SentenceView, known: DocumentRegistry) -> None:
    """A body another state's possessive or demonym qualifies is that state's body, never the one the profile named
    so for its own state ("the UK's National Cyber Security Centre" in a profile that defined Norway's): the
    mention is re-keyed to that state's owner-scoped body (created once, claiming no name); the reverse holds too."""
    previous = None
    for mention in view.mentions:
        entity = known.entities.get(mention.key) if mention.kind == "org" and mention.key else None
        if entity is not None and previous is not None and previous.kind == "state" and previous.key and \
                entity.agency_of and entity.agency_of != previous.key and \
                known.entities.get(entity.agency_of, entity).kind == "state" and \
                QUALIFIER_GAP.fullmatch(view.text, previous.end, mention.start):
            mention.key = known.body_of(entity, previous.key).key
        elif entity is not None and mention.key in known.own:
            mention.key = _named_with_state(entity, known) or mention.key
        previous = mention


def _named_with_state(entity: Entity, known: DocumentRegistry) -> str:
    """"The British National Cyber Security Centre", discovered as the UK's, when the profile named its own state's
    "National Cyber Security Centre": the UK's body under that name (one entity with "the UK's NCSC"), or ''."""
    state = entity.agency_of
    hits = known.reference.matches(entity.label) if state else ()  # (remembered: asked for every sentence)
    first = hits[0] if hits else None
    if first is None or first.start != 0 or first.key != state:
        return ""
    rest = entity.label[first.end:].strip()
    named = known.own_surfaces.get(rest)
    other = known.entities.get(named[0]) if named else None
    if other is None or not other.agency_of or other.agency_of == state or other.kind != entity.kind:
        return ""
    return known.body_of(other, state).key


def _body_named_before(view: SentenceView, mention: Mention, head: str, seen_orgs: list[str],
                       subjects: list[tuple[int, str]], known: Gazetteer) -> str:
    """The body "the agency", "the team", "the centre" refers back to: the nearest state body of that kind named before
    it in the paragraph (this sentence first), whose name has the head noun ("the centre": the National Cyber Security
    Centre; "the team": a CERT too); none when a sentence about another state (or another state's body) comes between,
    or when no body of that kind was named."""
    here = [m.key for m in view.mentions if m.kind == "org" and m.key and m.form != "coref" and m.end <= mention.start]
    named = seen_orgs + here
    for index in range(len(named) - 1, -1, -1):
        entity = known.entities.get(named[index])
        if entity is None or entity.kind != "org" or not entity.agency_of or not _has_head(entity, head):
            continue  # (a state's body: APCERT, a network of teams, is not "the team")
        if any(start > index and state and state != entity.agency_of for start, state in subjects):
            return ""  # "X set up the agency. Germany's BSI signed … The agency …": the paragraph moved on
        return entity.key
    return ""


def _has_head(entity: Entity, head: str) -> bool:
    """Whether a body's name has a head noun ("centre" and "center" alike; a CERT is a "team")."""
    words = BODY_HEAD_SYNONYMS.get(head, (head,))
    if head == "team" and entity.cls == CDO.CERT:
        return True
    return any(re.search(rf"\b{word}\b", name, re.IGNORECASE) for name in (entity.label, *entity.names) for word in words)


def _own_police(known: Gazetteer, topic: str) -> str:
    """"The police" of a profile: its state's one police body the document or the reference data names."""
    entity = known.entities.get(topic)
    state = "" if entity is None else topic if entity.kind == "state" else entity.agency_of
    forces = [e.key for e in known.entities.values() if state and e.agency_of == state and "police" in e.label.lower()]
    return forces[0] if len(forces) == 1 else ""


def _register_found_entities(finding: Finding, registries: list[DocumentRegistry]) -> None:
    """Entities a rule named (a document, an unnamed body) join the document's registry after the sentence."""
    for entity in finding.entities:
        for registry in registries:
            known = registry.add(entity)
            if known is not entity and not known.reference:
                known.extra.update({k: v for k, v in entity.extra.items() if k not in known.extra})
            if entity.kind == "document" and entity.acronym:
                registry.document_aliases.setdefault(entity.acronym, entity.label)


def state_counts(views: list[list[SentenceView]]) -> Counter[str]:
    """How often a document's sentences name each state."""
    return Counter(m.key for paragraph in views for view in paragraph for m in view.mentions
                   if m.kind == "state" and m.key)


def document_state(counts: Counter[str]) -> str:
    """The state a document is about: the one its sentences name most (a profile's own state), or ''."""
    return counts.most_common(1)[0][0] if counts else ""


def dominant_state(counts: Counter[str]) -> str:
    """The state a document is plainly about: named more often than any other, else '' (a page that names
    several states as often, or a lone sentence, is about none of them in particular)."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


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
    """One state per agency (existing over planned, dated over undated, then the best supported; the other
    findings' evidence joins it), agencies without a state or a guess of it demoted, dangling facts dropped."""
    best: dict[str, Fact] = {}
    for fact in facts:
        if fact.relation == "agencyOf" and (fact.subject not in best or _agency_rank(fact) > _agency_rank(best[fact.subject])):
            best[fact.subject] = fact
    for fact in facts:
        if fact.relation == "agencyOf" and best[fact.subject] is not fact and best[fact.subject].object == fact.object:
            best[fact.subject].evidence |= fact.evidence
    kept = [f for f in facts if f.relation != "agencyOf" or best.get(f.subject) is f]
    kept = _undated_documents_folded(kept)
    for entity in gazetteer.entities.values():
        if not entity.reference and entity.cls == CDO.GovernmentAgency and entity.key not in best \
                and not entity.agency_of:
            entity.cls = CDO.Organisation
        if entity.key in best:
            entity.agency_of = best[entity.key].object
    return [f for f in kept if f.subject in gazetteer.entities and _object_ok(f, gazetteer)]


def _undated_documents_folded(facts: list[Fact]) -> list[Fact]:
    """A document named again without a year ("Act 1038 established the authority" after "the Cybersecurity Act,
    2020 (Act 1038), passed in 2020") is the issuing already dated: its evidence joins the dated fact of the same
    status."""
    dated: dict[tuple[str, str, str], Fact] = {}
    for fact in facts:
        if fact.relation == "issued" and fact.year:
            dated.setdefault((fact.subject, fact.object, fact.status), fact)
    kept = []
    for fact in facts:
        known = dated.get((fact.subject, fact.object, fact.status)) if fact.relation == "issued" and not fact.year \
            else None
        if known is not None:
            known.evidence |= fact.evidence
            continue
        kept.append(fact)
    return kept


def _agency_rank(fact: Fact) -> tuple[bool, bool, bool, Decimal]:
    # (a body announced as to come and named again later without a word of its creation, "the new SOC", stays
    # planned: only a dated creation says it came)
    return fact.status != "Planned" and bool(fact.year), fact.status == "Planned", bool(fact.year), fact.confidence


def _object_ok(fact: Fact, gazetteer: Gazetteer) -> bool:
    return fact.relation == "fundingAmount" or fact.object in gazetteer.entities


# Every module of the package is loaded: their patterns now skip ahead to where a match can start (same matches; see
# prefilter.quickened).
prefilter.quicken_modules()
