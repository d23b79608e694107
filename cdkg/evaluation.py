"""`cdkg eval`: precision, recall and F1 of the extractor against the hand-checked facts in data/gold/.

Matching rule (also in data/gold/README.md): a gold fact and an extracted fact match
when relation, year and status are equal and subject and object each name the same
thing: the gold name, normalised (lower case, punctuation as spaces, a leading "the"
dropped), equals the normalised label, acronym or an alias of the extracted entity;
amounts ("27700000 CAD") compare as numbers plus currency. Each fact matches once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.errors import SourceError
from cdkg.facts import Fact
from cdkg.gazetteer import Gazetteer
from cdkg.sources import read_sources

GOLD_COLUMNS = ("subject", "relation", "object", "year", "status")


@dataclass(frozen=True)
class GoldFact:
    """One hand-checked fact."""

    subject: str
    relation: str
    object: str
    year: str
    status: str
    line: int = 0


@dataclass
class Score:
    """Counts and measures for one relation (or overall)."""

    gold: int = 0
    extracted: int = 0
    matched_gold: int = 0
    matched_extracted: int = 0

    @property
    def precision(self) -> float:
        """Share of extracted facts that are in the gold data."""
        return self.matched_extracted / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold facts the extractor found."""
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class EvaluationReport:
    """Scores per relation and overall, with the facts that did not match."""

    per_relation: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    missed: list[GoldFact] = field(default_factory=list)
    spurious: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def render(self) -> str:
        """A plain-text table, one row per relation and an overall row."""
        lines = [f"{'relation':18} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}"]
        for name, score in sorted(self.per_relation.items()) + [("overall", self.overall)]:
            lines.append(f"{name:18} {score.gold:5d} {score.extracted:6d} {score.precision:6.3f} "
                         f"{score.recall:6.3f} {score.f1:6.3f}")
        lines += [f"missed: {g.subject} {g.relation} {g.object} {g.year} {g.status} (gold line {g.line})"
                  for g in self.missed]
        lines += ["spurious: " + " ".join(x for x in s if x) for s in self.spurious]
        return "\n".join(lines)


def normalise(name: str) -> str:
    """Lower case, punctuation as spaces, no leading article."""
    text = " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())
    return text[4:] if text.startswith("the ") else text


def _amount(text: str) -> str:
    parts = text.split()
    try:
        return f"{Decimal(parts[0]).normalize()} {parts[1].upper()}" if len(parts) == 2 else ""
    except InvalidOperation:
        return ""


def read_gold(directory: Path) -> list[GoldFact]:
    """Every gold fact of the ``*.tsv`` files of a folder.

    Raises:
        SourceError: the folder is missing, holds no TSV, or a row lacks a column.
    """
    files = sorted(directory.glob("*.tsv")) if directory.is_dir() else []
    if not files:
        raise SourceError(f"no gold facts: {directory} has no *.tsv file")
    facts = []
    for path in files:
        facts += _read_gold_file(path)
    return facts


def _read_gold_file(path: Path) -> list[GoldFact]:
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t")
    missing = [c for c in GOLD_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise SourceError(f"gold file {path} lacks column(s) {', '.join(missing)}")
    facts = []
    for (number, _), row in zip(lines[1:], reader):
        facts.append(GoldFact(*(str(row.get(c) or "").strip() for c in GOLD_COLUMNS), line=number))
    return facts


class Matcher:
    """Decides whether a gold fact names the same thing as an extracted fact."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._names: dict[str, set[str]] = {}

    def names(self, key: str) -> set[str]:
        """The normalised names of an entity (or of a literal value)."""
        if key not in self._names:
            entity = self.gazetteer.entities.get(key)
            raw = {key} if entity is None else {entity.label, entity.acronym, *entity.names}
            self._names[key] = {normalise(n) for n in raw if n} | ({_amount(key)} - {""})
        return self._names[key]

    def same(self, gold: GoldFact, fact: Fact) -> bool:
        """Whether ``gold`` and ``fact`` are the same statement."""
        if (gold.relation, gold.year, gold.status) != (fact.relation, fact.year, fact.status):
            return False
        gold_object = _amount(gold.object) or normalise(gold.object)
        return normalise(gold.subject) in self.names(fact.subject) and gold_object in self.names(fact.object)


def score(gold: list[GoldFact], facts: list[Fact], gazetteer: Gazetteer) -> EvaluationReport:
    """Compare extracted facts with gold facts (one-to-one)."""
    matcher, report = Matcher(gazetteer), EvaluationReport()
    used: set[int] = set()
    for item in gold:
        found = next((i for i, f in enumerate(facts) if i not in used and matcher.same(item, f)), None)
        _count(report, item.relation, gold=1, matched_gold=int(found is not None))
        if found is None:
            report.missed.append(item)
        else:
            used.add(found)
    for index, fact in enumerate(facts):
        _count(report, fact.relation, extracted=1, matched_extracted=int(index in used))
        if index not in used:
            names = [_label(gazetteer, fact.subject), fact.relation, _label(gazetteer, fact.object), fact.year,
                     fact.status]
            report.spurious.append(tuple(names))
    return report


def _label(gazetteer: Gazetteer, key: str) -> str:
    entity = gazetteer.entities.get(key)
    return entity.label if entity else key


def _count(report: EvaluationReport, relation: str, **counts: int) -> None:
    for target in (report.per_relation.setdefault(relation, Score()), report.overall):
        for name, value in counts.items():
            setattr(target, name, getattr(target, name) + value)


def evaluate(settings: Settings, gold_dir: Path | None = None, sources_dir: Path | None = None) -> EvaluationReport:
    """Extract from the sources and score against the gold facts."""
    gold = read_gold(gold_dir or settings.path("gold"))
    sources, _ = read_sources(sources_dir or settings.path("sources"))
    result = extract_sources(settings, sources)
    return score(gold, result.facts, result.gazetteer)
