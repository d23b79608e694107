"""What a rule knows about its sentence: mentions, subject, intro phrase, clauses, paragraph topic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from cdkg.extraction import cues
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention, SentenceView
from cdkg.facts import Fact
from cdkg.gazetteer import Gazetteer

ACTOR_KINDS = ("state", "org")
INTRO = re.compile(
    r"^(?:As|as|In|in|Through|through|Since|since|Upon|upon|Under|On|At|Following|After|With|Within|For|By|"
    r"Meanwhile|Additionally|Moreover|However|Internally|Recently|Currently|Driven|Despite|Although|While|"
    r"Beyond|Besides|Given|Unlike|Like|To|During|Before|Today|Now)\b[^,;]{0,120},\s*"
)
VERBISH = re.compile(
    r"^(?:'s\s+[a-z]+(?:\s+[a-z]+)?|(?:\s+[a-z][\w-]*){0,2}?)(?:\s*,[^,;]{0,80},)?\s+(?:\w+ly\s+)*"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|may|also|thus|then|\w+(?:s|ed))\b"
)
# Verbs that start a coordinated clause after "and" ("…, and plans to sign …", "and is negotiating …").
CLAUSE_VERB = (r"(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|does|did|"
               r"plans?|planned|intends?|intended|aims?|hopes?|expects?|seeks?|wants?|wishes|remains?|continues|"
               r"signed|concluded|agreed|negotiat\w+|launched|adopted|joined|became|participat\w+|cooperat\w+|"
               r"collaborat\w+|works|worked|chairs|chaired|hosts|hosted|takes|took|funds|funded|committed|"
               r"established|never)\b")
CLAUSE_BREAK = re.compile(
    r";\s*"
    # contrast always opens a clause of its own: "…, but the government is still negotiating …"
    r"|,?\s+(?:but|whereas|while|although|though)\s+"
    # a coordinated verb phrase: "… and intend to sign a similar memorandum with …"
    rf"|,?\s+and\s+(?=(?:\w+ly\s+)*{CLAUSE_VERB})"
    # ", and the country is negotiating …": a comma, a conjunction, a new subject of up to four words, a verb
    rf"|,\s+and\s+(?=(?:[^\s,;()]+\s+){{1,4}}?(?:\w+ly\s+)*{CLAUSE_VERB})"
    # a non-restrictive relative clause: ", which hosts CERT-EE,"
    r"|,\s+(?=(?P<relative>which|who|whose|where|when)\b)"
)
CLAUSE_SUBJECT = re.compile(rf"(?:the\s+|its\s+)?{SLOT}(?:'s)?(?:\s+[a-z]+){{0,2}}?\s+(?:\w+ly\s+)*{CLAUSE_VERB}")
THROUGH = re.compile(rf"^[Tt]hrough (?:the |its |their )?{SLOT}")


@dataclass
class Finding:
    """A fact read from one sentence, with the rule's confidence and name."""

    fact: Fact
    confidence: Decimal
    rule: str
    entities: list = field(default_factory=list)  # entities the rule named (an incident, a resolution): registered after the sentence


@dataclass
class SentenceContext:
    """A masked sentence plus the subject and clause structure the rules share."""

    view: SentenceView
    gazetteer: Gazetteer
    topic: str
    previous_subject: str
    intro_end: int = 0
    subject: Mention | None = None
    through: Mention | None = None
    _clauses: list[tuple[int, int]] | None = None
    _hedged: bool | None = None
    _themes: set | None = None
    preceding: str = ""  # the paragraph's text before this sentence (read-only: what a sentence refers back to)

    @property
    def masked(self) -> str:
        """The masked sentence."""
        return self.view.masked

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """Clause spans of the sentence, computed when a rule first asks (most sentences trigger no rule)."""
        if self._clauses is None:
            self._clauses = clauses(self.view.masked)
        return self._clauses

    @property
    def themes(self) -> set:
        """The ontology themes the sentence mentions (a fresh set each time), computed once."""
        if self._themes is None:
            self._themes = set(cues.themes(self.view.masked))
        return set(self._themes)

    @property
    def hedged(self) -> bool:
        """Whether the sentence reports second-hand ("reportedly"), computed once."""
        if self._hedged is None:
            self._hedged = cues.is_hedged(self.view.masked)
        return self._hedged

    def state_of(self, key: str) -> str:
        """The state an actor stands for: itself if a state, its state if an agency, else ''."""
        entity = self.gazetteer.entities.get(key)
        if entity is None:
            return ""
        if entity.kind == "state":
            return key
        return entity.agency_of

    def subject_key(self) -> tuple[str, str, bool]:
        """(actor key, through key, indirect?) of the sentence subject, agencies standing for their state."""
        mention = self.subject
        if mention is None or not mention.key:
            key = self.previous_subject or self.topic
            return key, "", True
        through = self.through.key if self.through else ""
        state = self.state_of(mention.key)
        if mention.kind == "org" and state:
            return state, mention.key, mention.form in ("coref",)
        return mention.key, through, mention.form in ("coref", "topic")

    def subject_in(self, start: int, end: int) -> tuple[str, str, bool]:
        """Like :meth:`subject_key`, but a later clause with a subject of its own ("…, while Nigeria is
        negotiating …") keeps that subject."""
        if start > self.intro_end:
            found = CLAUSE_SUBJECT.match(self.masked, start, end)
            mention = self.view.mentions[int(found.group(1))] if found else None
            if mention is not None and mention.kind in ACTOR_KINDS and mention.key:
                state = self.state_of(mention.key)
                if mention.kind == "org" and state:
                    return state, mention.key, mention.form == "coref"
                return mention.key, "", mention.form == "coref"
        return self.subject_key()

    def clause_of(self, position: int) -> tuple[int, int]:
        """The (start, end) of the clause holding a masked offset."""
        for start, end in self.clauses:
            if start <= position < end:
                return start, end
        return 0, len(self.masked)

    def mention_at(self, index: int) -> int:
        """The masked offset of mention ``index``."""
        return self.view.offsets[index]

    def mentions_between(self, start: int, end: int, kinds: tuple[str, ...] = ACTOR_KINDS) -> list[Mention]:
        """Resolved mentions whose slots lie in [start, end) of the masked string."""
        found = []
        for match in SLOT_RE.finditer(self.masked, start, end):
            mention = self.view.mentions[int(match.group(1))]
            if mention.key and mention.kind in kinds:
                found.append(mention)
        return found


def intro_end(masked: str) -> int:
    """Where the sentence's introductory phrases ("In 2021, upon joining NATO,") end."""
    position = 0
    while True:
        found = INTRO.match(masked, position)
        if not found:
            return position
        position = found.end()


def find_subject(view: SentenceView, start: int) -> Mention | None:
    """The first actor after the intro that is followed by a verb, else the first actor after the intro."""
    first = None
    for index, mention in enumerate(view.mentions):
        offset = view.offsets[index]
        if offset < start or mention.kind not in ("state", "org", "coref") or not mention.key:
            continue
        after = view.masked[offset + len(f"{index}") + 2:]
        if VERBISH.match(after):
            return mention
        first = first or mention
    return first


def clauses(masked: str) -> list[tuple[int, int]]:
    """Clause spans of a masked sentence: split at semicolons, contrast words, "and" before a verb or a new
    subject, and around a non-restrictive relative clause (", which hosts CERT-EE,")."""
    spans, start = [], 0
    for found in CLAUSE_BREAK.finditer(masked):
        if found.start() < start:
            continue
        spans.append((start, found.start()))
        start = found.end()
        if found.group("relative"):
            closing = masked.find(", ", start)
            if closing > 0 and not CLAUSE_BREAK.match(masked, closing):
                spans.append((start, closing))
                start = closing + 2
    spans.append((start, len(masked)))
    return spans


def build_context(view: SentenceView, gazetteer: Gazetteer, topic: str, previous_subject: str) -> SentenceContext:
    """Analyse a masked sentence: intro, subject, acting-through mention, clauses."""
    context = SentenceContext(view, gazetteer, topic, previous_subject)
    context.intro_end = intro_end(view.masked)
    context.subject = find_subject(view, context.intro_end)
    through = THROUGH.match(view.masked)
    if through:
        context.through = view.mentions[int(through.group(1))]
    return context
