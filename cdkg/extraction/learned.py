"""The learned reader: a linear classifier over candidate (actor, actor) pairs that adds facts the rules missed.

The hand-written rules fit the sentences they were written from (issue 12: "Rules or models: measure"). This
module reads every sentence the rules read a second time, as pairs: each actor-side mention (the clause's subject,
explicit or implied, and every state or organisation named) with each other named actor, organisation, programme,
exercise or initiative. A pair is described by sparse binary features (its words, the clause's words, the kinds
and classes of both sides, whether one is the clause subject, what the status and hedging readers of
:mod:`cues` say, which rule families already fired on it) and scored by one logistic model per family, trained by
``bench/train_reader.py`` on the development corpora and stored as plain JSON (feature -> weight): scoring is a dot
product, no scikit-learn at run time.

A pair above the model's threshold that no rule already linked becomes a finding ``learned:<family>`` with the
sentence as its evidence, its year from :func:`cues.times` (the one nearest the object) and its status from
:func:`cues.clause_status`; a negated or second-hand clause gives nothing, and a family with statuses gives
nothing when the clause has no status cue (a status is never a default).

It is off unless the ``reader`` setting is ``rules+model`` (``cdkg eval --reader rules+model``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext
from cdkg.extraction.mentions import SLOT_RE, Mention
from cdkg.facts import Fact

MODEL_PATH = Path(__file__).with_name("model") / "reader.json"
# The entity-to-entity families the reader may add, and the fact each is written as (relation, role).
FAMILY_FACTS: dict[str, tuple[str, str]] = {
    "cooperation": ("cooperatesWith", ""),
    "agreement": ("hasAgreementWith", ""),
    "funding": ("funds", ""),
    "beneficiary": ("funds", "Beneficiary"),
    "membership": ("memberOf", ""),
    "participation": ("participatesIn", ""),
    "chair": ("chairs", ""),
    "initiative": ("joined", ""),
    "exercise": ("participatesIn", ""),
    "alignment": ("alignsWith", ""),
    "attribution": ("attributesTo", ""),
    "candidate": ("candidateFor", ""),
}
FAMILIES = tuple(FAMILY_FACTS)
SUBJECT_KINDS = ("state", "org")
OBJECT_KINDS = ("state", "org", "initiative", "diplomatic")
WORD = re.compile(r"[a-z][a-z'-]*|\d+")
AROUND = 3  # words read before the first mention and after the second
# What the status reader says of a clause, as each family's status (None: the family gives no fact then).
AGREEMENT_STATUS = {"done": "Signed", "UnderNegotiation": "UnderNegotiation", "Planned": "Planned",
                    "Expired": "Expired", "Suspended": "Suspended", "Terminated": "Terminated", "Rejected": "Rejected"}
COOPERATION_STATUS = {"done": "", "": "", "Planned": "Planned", "UnderNegotiation": "Planned"}
PLAIN_STATUS = {"done": "", "": ""}


@dataclass
class Candidate:
    """One (actor, object) pair of a sentence: the fact's sides, the object mention and the pair's features."""

    subject: str
    through: str
    obj: Mention
    features: list[str]
    fired: set[str] = field(default_factory=set)
    linked: bool = False  # a rule already gave a fact of some family between these two
    subject_at: int | None = None  # the subject side's mention index (None: the clause's implied subject)


@dataclass(frozen=True)
class Reader:
    """A trained model: per family a bias and feature weights; a pair is a family's when its probability passes
    ``threshold``."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: float
    enabled: frozenset[str] = frozenset(FAMILIES)  # the families it may add (chosen on held-out folds by training)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """Each family's probability for a pair with these (binary) features."""
        found = {}
        for family, weights in self.weights.items():
            total = self.bias[family] + sum(weights.get(f, 0.0) for f in sorted(set(features)))  # (sorted: the
            # same float sum in every process, whatever the string hash seed)
            found[family] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))
        return found

    def to_json(self) -> dict:
        """The model as plain data (what :func:`load_reader` reads back)."""
        return {"threshold": self.threshold, "enabled": sorted(self.enabled & set(self.weights)), "families": {
            family: {"bias": self.bias[family], "weights": dict(sorted(self.weights[family].items()))}
            for family in sorted(self.weights)}}


def reader_from_json(data: dict) -> Reader:
    """A reader from its plain-data form."""
    families = data["families"]
    return Reader({f: {k: float(v) for k, v in d["weights"].items()} for f, d in families.items()},
                  {f: float(d["bias"]) for f, d in families.items()}, float(data["threshold"]),
                  frozenset(data.get("enabled", families)))


@lru_cache(maxsize=4)
def load_reader(path: str = "") -> Reader:
    """The reader stored at ``path`` (default: the packaged model)."""
    return reader_from_json(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))


def _words(masked: str, context: SentenceContext) -> list[str]:
    """Lower-case words of a stretch of the masked sentence, each mention as its kind ("_state_", "_org_"), each
    number as "_year_" or "_number_" (a year is no cue: the words around it are)."""
    text = SLOT_RE.sub(lambda m: f" _{context.view.mentions[int(m.group(1))].kind}_ ", masked)
    words = re.findall(r"_[a-z]+_|[a-z][a-z'-]*|\d+", text.lower())
    return [("_year_" if len(w) == 4 else "_number_") if w.isdigit() else w for w in words]


def _class(context: SentenceContext, key: str) -> str:
    entity = context.gazetteer.entities.get(key)
    return str(entity.cls).rsplit("#", 1)[-1] if entity is not None else "none"


def _head(context: SentenceContext, key: str) -> str:
    entity = context.gazetteer.entities.get(key)
    words = WORD.findall(entity.label.lower()) if entity is not None else []
    return words[-1] if words else "none"


def _family_of(context: SentenceContext, fact: Fact) -> str:
    from cdkg.evaluation import family_of  # (evaluation imports the extractor: read lazily)
    found = family_of(fact, context.gazetteer)
    return found[0] if found else ""


def _rule_pairs(context: SentenceContext, findings: list[Finding]) -> list[tuple[set[str], str, str]]:
    """(the fact's subject-side keys, its object, its family) of each rule finding of the sentence."""
    pairs = []
    for finding in findings:
        fact = finding.fact
        family = _family_of(context, fact)
        if family:
            pairs.append((_widened(context, {fact.subject, fact.through}), fact.object, family))
    return pairs


# "Egypt's Supreme Council", "the US Department of Defense": a state that only qualifies the body named after it
QUALIFIES = re.compile(r"(?:'s|’s|')?\s+\ue000(\d+)\ue001")


def _possessor(context: SentenceContext, index: int) -> bool:
    """Whether mention ``index`` only qualifies the organisation named right after it: a state before its body
    ("Egypt's Supreme Council", "the US Department of Defense"), an organisation before its own ("Europol's
    European Cybercrime Centre"): the body is the party, not its owner."""
    kind = context.view.mentions[index].kind
    if kind not in ("state", "org"):
        return False
    found = QUALIFIES.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
    return found is not None and context.view.mentions[int(found.group(1))].kind == "org" and (
        kind == "state" or found.group().startswith(("'", "’")))


def _widened(context: SentenceContext, keys: set[str]) -> set[str]:
    """Keys with the state each agency stands for (a rule's fact between two agencies links their states too)."""
    return {k for key in keys if key for k in (key, context.state_of(key)) if k}


def _subject_sides(context: SentenceContext, index: int) -> list[tuple[str, str, int | None, bool]]:
    """(subject, through, mention index or None when implied, is the clause's subject) for an object mention."""
    start, end = context.clause_of(context.mention_at(index))
    key, through, _ = context.subject_in(start, end)
    sides: list[tuple[str, str, int | None, bool]] = []
    if key:
        own = next((i for i, m in enumerate(context.view.mentions) if m.key and m.key in (through or key)
                    and start <= context.mention_at(i) < end and i != index), None)
        sides.append((key, through, own, True))
    for i, mention in enumerate(context.view.mentions):
        if i == index or not mention.key or mention.kind not in SUBJECT_KINDS or _possessor(context, i):
            continue
        state = context.state_of(mention.key)
        side = (state, mention.key) if mention.kind == "org" and state and state != mention.key else (mention.key, "")
        if any(s[:2] == side for s in sides):
            continue
        sides.append((*side, i, False))
    return sides


def _features(context: SentenceContext, subject_index: int | None, index: int, is_subject: bool,
              subject: str) -> list[str]:
    """The features of one pair (see the module docstring)."""
    masked = context.masked
    at = context.mention_at(index)
    slot_end = at + len(str(index)) + 2
    start, end = context.clause_of(at)
    obj = context.view.mentions[index]
    cls = _class(context, obj.key)
    subject_kind = context.gazetteer.entities[subject].kind if subject in context.gazetteer.entities else "none"
    found = [f"ok:{obj.kind}", f"of:{obj.form}", f"oc:{cls}", f"oh:{_head(context, obj.key)}", f"sk:{subject_kind}"]
    if is_subject:
        found.append("subject")
    if subject_index is None:
        found.append("implied")
        between = _words(masked[start:at], context)
        before: list[str] = []
    else:
        s_at = context.mention_at(subject_index)
        s_end = s_at + len(str(subject_index)) + 2
        first, second = sorted(((s_at, s_end), (at, slot_end)))
        found.append("order:so" if s_at < at else "order:os")
        between = _words(masked[first[1]:second[0]], context)
        before = _words(masked[:first[0]], context)[-AROUND:]
        found.append("same-clause" if start <= s_at < end else "other-clause")
    after = _words(masked[slot_end:], context)[:AROUND]
    distance = len(between)
    found.append("dist:" + ("0-2" if distance <= 2 else "3-5" if distance <= 5 else "6-10" if distance <= 10
                            else "11+"))
    found += [f"b:{w}" for w in between] + [f"pre:{w}" for w in before] + [f"post:{w}" for w in after]
    found += [f"c:{w}" for w in _words(masked[start:end], context) if not w.startswith("_")]
    status = cues.clause_status(masked[start:slot_end], masked[slot_end:end])
    found.append(f"status:{status or 'none'}")
    # conjunctions a linear model cannot form itself: who the clause is about, with what it says and to what
    found += [f"subject&status:{is_subject}:{status or 'none'}", f"pair:{subject_kind}>{cls}",
              f"subject&class:{is_subject}:{cls}"]
    if context.hedged:
        found.append("hedged")
    return found


# two names joined as items of one list: "the G7 and G20 summits", "ASEAN, the ARF or APEC"
JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")


def _conjuncts(context: SentenceContext, index: int) -> set[str]:
    """The keys of the mentions listed right before and after mention ``index`` (a fact the rules read of one item
    of a list says what the list is about: the model then reads the other items in that light)."""
    mentions, masked = context.view.mentions, context.masked
    found = set()
    for other in (index - 1, index + 1):
        if 0 <= other < len(mentions) and mentions[other].key:
            first, second = sorted((index, other))
            if JOINED.match(masked[context.mention_at(first) + len(str(first)) + 2:context.mention_at(second)]):
                found.add(mentions[other].key)
    return found


def candidates(context: SentenceContext, findings: list[Finding]) -> list[Candidate]:
    """Every (actor, object) pair of the sentence, with its features and the rule families that fired on it."""
    rules = _rule_pairs(context, findings)
    found = []
    for index, obj in enumerate(context.view.mentions):
        if not obj.key or obj.kind not in OBJECT_KINDS or _possessor(context, index):
            continue
        conjuncts = _conjuncts(context, index)
        for subject, through, subject_index, is_subject in _subject_sides(context, index):
            if obj.key in (subject, through):
                continue
            sides = _widened(context, {subject, through})
            ends = _widened(context, {obj.key})
            fired = {family for keys, key, family in rules if {key} & ends and keys & sides or
                     {key} & sides and keys & ends}
            features = _features(context, subject_index, index, is_subject, subject)
            features += [f"fired:{f}" for f in sorted(fired)] or ["fired:none"]
            features += [f"fired-object:{f}" for f in sorted({f for _, key, f in rules if key == obj.key})]
            features += [f"fired-conjunct:{f}" for f in sorted({f for _, key, f in rules if key in conjuncts})]
            linked = bool(fired)
            found.append(Candidate(subject, through, obj, features, fired, linked, subject_index))
    return found


def _year(context: SentenceContext, obj: Mention) -> str:
    """The year written nearest the object (the one year reader), or ''."""
    found = [w for w in cues.times(context.view.text) if w.prep in cues.DATING or not w.prep]
    if not found:
        return ""
    nearest = min(found, key=lambda w: min(abs(w.start - obj.end), abs(obj.start - w.end)))
    return nearest.year


def _status(context: SentenceContext, obj: Mention, family: str, subject_at: int | None = None) -> str | None:
    """The status a family's fact gets from the clause around the object, or None (negated, hearsay, no cue; or
    the subject's own clause, when another, negated: "X joined A, but not B")."""
    if subject_at is not None and cues.is_negated(context.masked[slice(*context.clause_of(context.mention_at(
            subject_at)))]):
        return None
    if context.hedged:
        return None
    for index, mention in enumerate(context.view.mentions):  # the object named in a negated clause anywhere in
        # the sentence: "X is not a member of NATO, but one of the Alliance's partners" says nothing for the model
        if mention.key == obj.key and cues.is_negated(context.masked[slice(*context.clause_of(
                context.mention_at(index)))]):
            return None  # ("an associate state of Mercosur, without full membership": negated after the name too)
    index = context.index_of(obj)
    at = context.mention_at(index)
    slot_end = at + len(str(index)) + 2
    start, end = context.clause_of(at)
    said = cues.clause_status(context.masked[start:slot_end], context.masked[slot_end:end])
    table = AGREEMENT_STATUS if family == "agreement" else COOPERATION_STATUS if family == "cooperation" else \
        {**PLAIN_STATUS, "Planned": ""} if family == "candidate" else PLAIN_STATUS
    return table.get(said)


def learned_findings(context: SentenceContext, findings: list[Finding], reader: Reader) -> list[Finding]:
    """The findings the model adds to a sentence's rule findings: for each two entities no rule linked, the best
    family of their best-scoring pair (the clause's own subject first on a tie), when above the threshold and the
    clause's status allows a fact."""
    scored = []
    for order, candidate in enumerate(candidates(context, findings)):
        if candidate.linked or candidate.through:  # (what an agency does — "the national CSIRT is part of
            # FIRST" — is read by the rules, which know whose body it is: the model adds only what actors do)
            continue
        scores = reader.probabilities(candidate.features)
        family, probability = max(sorted(scores.items()), key=lambda item: item[1])
        if probability >= reader.threshold and family in reader.enabled:  # (a pair best read as a family that is
            # off gives nothing: not its second-best family)
            scored.append((-probability, "subject" not in candidate.features, order, family, candidate))
    added: list[Finding] = []
    taken: set[frozenset[str]] = set()
    for negative, _, _, family, candidate in sorted(scored, key=lambda item: item[:3]):
        pair = frozenset((candidate.subject, candidate.obj.key))
        if pair in taken:
            continue
        status = _status(context, candidate.obj, family, candidate.subject_at)
        if status is None:
            continue
        relation, role = FAMILY_FACTS[family]
        fact = Fact(relation, candidate.subject, candidate.obj.key, _year(context, candidate.obj), status,
                    through=candidate.through, role=role)
        if _family_of(context, fact) != family:
            continue  # (an exercise's object must be an exercise, a participation's a forum: the scorer's table)
        taken.add(pair)
        added.append(Finding(fact, Decimal(str(round(min(-negative, 0.8), 2))), f"learned:{family}"))
    return added


SentenceReader = Callable[[SentenceContext, list[Finding]], list[Finding]]


def sentence_reader(setting: str, model: str = "") -> SentenceReader | None:
    """What the pipeline calls after the rules of each sentence for a ``reader`` setting: None for ``rules``."""
    if setting == "rules":
        return None
    if setting != "rules+model":
        from cdkg.errors import ConfigError
        raise ConfigError(f"setting 'reader': {setting!r} is neither 'rules' nor 'rules+model'")
    reader = load_reader(model)
    return lambda context, findings: learned_findings(context, findings, reader)
