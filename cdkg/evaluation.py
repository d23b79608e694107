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
from cdkg.extraction import Extractor
from cdkg.extraction.learned import sentence_reader
from cdkg.facts import Fact
from cdkg.gazetteer import Gazetteer, gazetteer_from_graph, load_reference_graph
from cdkg.sources import read_paths, read_sources, read_text
from cdkg.text import QUOTES, clean, paragraphs, sentences
from cdkg.vocabulary import CDO

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


# --- the development corpus: families, traps, one profile at a time --------------------------------

# How cdkg's relations map to the corpus families: (relation, condition on the fact, family, subject/object
# swapped). The first row whose relation and condition hold decides; a relation with no row is not scored
# (organisedBy, region, fundingAmount, partOf, introducedAt, forum describe entities, not families).
FAMILY_TABLE: list[tuple[str, str, str, bool]] = [
    ("partyTo", "", "convention", False),
    ("votedOn", "", "vote", False),
    ("alignsWith", "", "alignment", False),
    ("joined", "", "initiative", False),
    ("candidateFor", "", "candidate", False),
    ("issued", "object is a NationalPosition", "lawposition", False),
    ("positionIn", "", "position", False),
    ("suffered", "", "incident", False),
    ("attributesTo", "", "attribution", False),
    ("memberOf", "status Planned", "candidate", False),
    ("memberOf", "object is a coalition or initiative by its name", "initiative", False),
    ("memberOf", "object is a UN process", "participation", False),
    ("memberOf", "", "membership", False),
    ("hasAgreementWith", "", "agreement", False),
    ("cooperatesWith", "", "cooperation", False),
    ("issued", "object is Legislation", "law", False),
    ("issued", "", "strategy", False),
    ("agencyOf", "subject is a CERT", "cert", True),
    ("agencyOf", "", "agency", True),
    ("mergedInto", "", "merger", False),
    ("funds", "role Lead", "programme", False),
    ("funds", "role Beneficiary", "beneficiary", False),
    ("funds", "role Participant", "beneficiary", False),
    ("funds", "", "funding", False),
    ("participatesIn", "object is an Exercise", "exercise", False),
    ("participatesIn", "object is a programme or initiative", "beneficiary", False),
    ("participatesIn", "", "participation", False),
    ("chairs", "", "chair", False),
    ("position", "", "position", False),
]
# A forum whose name makes it a coalition or an initiative states join, not an organisation they are members of (an
# international organisation stays one whatever its name: "the Bay of Bengal Initiative … (BIMSTEC)").
INITIATIVE_NAME = re.compile(r"\b(?:Coalition|Initiative|Call|Mechanism|Forum on|Pledge|Partnership for)\b")
# Families the corpus has that no cdkg relation produces yet (they score recall 0).
UNMAPPED_FAMILIES: tuple[str, ...] = ()
# Families whose gold rows carry a status that must agree; the others ignore status.
STATUS_FAMILIES = frozenset({"agreement", "convention", "cooperation", "strategy", "law", "agency", "cert",
                             "programme", "vote", "lawposition"})
# Statuses that assert an accomplished fact (a trap is sprung only by one of these).
ACCOMPLISHED_STATUSES = frozenset({"", "Signed", "Adopted", "Launched", "Ratified", "Acceded", "Published"})
NAME_STOP_WORDS = frozenset({"the", "of", "and", "for", "on", "in", "at", "by", "s", "a", "an", "to", "its", "their"})
NAME_SYNONYMS = {"center": "centre", "program": "programme", "organization": "organisation", "defense": "defence",
                 "memorandum": "mou", "cyber security": "cybersecurity", "cyber-security": "cybersecurity"}
CORPUS_COLUMNS = ("subject", "family", "object", "year", "status", "evidence")
TRAP_COLUMNS = ("subject", "family", "object", "why")


def _condition_holds(condition: str, fact: Fact, gazetteer: Gazetteer) -> bool:
    """Whether a FAMILY_TABLE condition holds for a fact."""
    if not condition:
        return True
    kind, _, value = condition.partition(" ")
    if kind == "status":
        return fact.status == value
    if kind == "role":
        return fact.role == value
    key = fact.subject if kind == "subject" else fact.object
    entity = gazetteer.entities.get(key)
    if value == "is a coalition or initiative by its name":
        return entity is not None and entity.kind == "org" and bool(INITIATIVE_NAME.search(entity.label)) and \
            entity.cls != CDO.InternationalOrganisation
    if value == "is a UN process":
        return entity is not None and (str(entity.cls).endswith("#UNProcess") or (
            str(entity.cls).endswith("#Forum") and entity.part_of == "org/un"))
    cls = str(entity.cls).rsplit("#", 1)[-1] if entity is not None else ""
    wanted = {"is Legislation": {"Legislation"}, "is a CERT": {"CERT"}, "is an Exercise": {"Exercise"},
              "is a programme or initiative": {"CapacityBuildingProgramme", "Initiative"},
              "is a NationalPosition": {"NationalPosition"}}[value]
    return cls in wanted


def family_of(fact: Fact, gazetteer: Gazetteer) -> tuple[str, bool] | None:
    """(corpus family, subject and object swapped?) of an extracted fact, or None when it is not scored."""
    for relation, condition, family, swapped in FAMILY_TABLE:
        if relation == fact.relation and _condition_holds(condition, fact, gazetteer):
            return family, swapped
    return None


def family_table_markdown() -> str:
    """The family table as markdown (the README shows it)."""
    lines = ["| cdkg relation | when | corpus family |", "|---|---|---|"]
    lines += [f"| `{r}` | {c or 'otherwise'} | {f}{' (agency → state read as state → agency)' if s else ''} |"
              for r, c, f, s in FAMILY_TABLE]
    lines += [f"| — | — | {f} (not extracted yet) |" for f in UNMAPPED_FAMILIES]
    return "\n".join(lines)


def name_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content words, years) of a name: lower case, synonyms folded, possessives and function words dropped (other
    numbers, "Law 21.459", "Masterplan 2", are content words)."""
    text = name.lower().replace("\u2019", "'")
    for variant, canonical in NAME_SYNONYMS.items():
        text = text.replace(variant, canonical)
    words = re.sub(r"'s\b", "", text)
    tokens = [NAME_SYNONYMS.get(t, t) for t in re.findall(r"[\w]+", words)]
    years = frozenset(t for t in tokens if re.fullmatch(r"(?:19|20)\d\d", t))
    return frozenset(t for t in tokens if t not in NAME_STOP_WORDS and t not in years), years


def words_match(gold: str, found: str) -> bool:
    """Whether two names say the same by their words: the same content words, or the shorter (two words at
    least) is inside the longer and is most of it; numbers (years) must agree where both have them."""
    (g_words, g_numbers), (f_words, f_numbers) = name_words(gold), name_words(found)
    if not g_words or not f_words:
        return False
    if g_numbers and f_numbers and not g_numbers & f_numbers:
        return False
    if g_words == f_words:
        return True
    identifiers = {w for w in g_words if w.isdigit()}
    if identifiers and identifiers == {w for w in f_words if w.isdigit()} and len(g_words & f_words) > len(identifiers):
        return True  # "Law 21.459" = "Law 21.459 on computer crime"
    small, large = sorted((g_words, f_words), key=len)
    return len(small) >= 2 and small <= large and len(small) / len(large) > 0.5


def gold_name_variants(name: str) -> list[str]:
    """A gold name, its part before any parenthesis and what the parentheses hold ("RIA"); an amount after "|"
    is dropped."""
    name = name.split("|")[0].strip()
    inside = re.findall(r"\(([^)]*)\)", name)
    outside = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return list(dict.fromkeys([v for v in [name, outside, *inside] if v]))


@dataclass(frozen=True)
class CorpusRow:
    """One gold row or trap of a corpus profile."""

    profile: str
    subject: str
    family: str
    object: str
    year: str = ""
    status: str = ""
    evidence: str = ""
    line: int = 0


@dataclass
class ScoredFact:
    """An extracted fact read as a corpus row: its family, the keys that may name each side, its sentence."""

    profile: str
    fact: Fact
    family: str
    subjects: tuple[str, ...]
    objects: tuple[str, ...]
    sentence: str


@dataclass
class FamilyScore(Score):
    """A family's score plus how many matched facts also carry the gold year."""

    year_agrees: int = 0


@dataclass
class CorpusReport:
    """Scores per family and overall on a corpus folder, traps sprung, every miss and spurious fact."""

    per_family: dict[str, FamilyScore] = field(default_factory=dict)
    overall: FamilyScore = field(default_factory=FamilyScore)
    extracted_families: FamilyScore = field(default_factory=FamilyScore)
    traps: int = 0
    sprung: list[tuple[CorpusRow, str]] = field(default_factory=list)
    missed: list[tuple[CorpusRow, str]] = field(default_factory=list)
    spurious: list[tuple[str, str, str, str, str, str, str]] = field(default_factory=list)
    per_profile: dict[str, FamilyScore] = field(default_factory=dict)
    # (extraction rule, family) -> its rows and how many a gold fact backs (a row two rules found counts for both)
    per_rule: dict[tuple[str, str], Score] = field(default_factory=dict)
    profile_traps: dict[str, tuple[int, int]] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, FamilyScore]]:
        """(name, score) per family in order, then the two overall rows."""
        return sorted(self.per_family.items()) + [("overall", self.overall),
                                                   ("overall (extracted families)", self.extracted_families)]

    def render(self, summary: bool = False, by_profile: bool = False) -> str:
        """The table (and, unless ``summary``, the traps sprung, misses and spurious facts with their sentences);
        ``by_profile`` adds a table of each profile's overall figures and traps."""
        lines = _table("family", self.rows())
        lines.append(f"traps sprung: {len(self.sprung)} of {self.traps}")
        if by_profile:
            lines += [""] + _table("profile", sorted(self.per_profile.items()))
            lines += [f"traps sprung in {name}: {sprung} of {total}"
                      for name, (sprung, total) in sorted(self.profile_traps.items())]
        if summary:
            return "\n".join(lines)
        lines += [f"trap: {r.profile}: {r.subject} | {r.family} | {r.object}  <- {quote}" for r, quote in self.sprung]
        lines += [f"missed: {r.profile}: {r.subject} | {r.family} | {r.object} | {r.year} | {r.status}  <- {sentence}"
                  for r, sentence in self.missed]
        lines += [f"spurious: {p}: {s} | {f} | {o} | {y} | {st}  <- {q}" for p, s, f, o, y, st, q in self.spurious]
        return "\n".join(lines)

    def to_json(self, by_profile: bool = False) -> dict:
        """The report as plain data for tools (``by_profile``: with each profile's overall figures and traps)."""
        def figures(item: FamilyScore) -> dict:
            return {"gold": item.gold, "found": item.extracted, "precision": round(item.precision, 4),
                    "recall": round(item.recall, 4), "f1": round(item.f1, 4), "year_agrees": item.year_agrees}
        profiles = {"profiles": {name: {**figures(item), "traps": {"total": self.profile_traps[name][1],
                                                                     "sprung": self.profile_traps[name][0]}}
                                 for name, item in sorted(self.per_profile.items())}} if by_profile else {}
        return {**profiles,
            "families": {name: figures(item) for name, item in sorted(self.per_family.items())},
            "overall": figures(self.overall), "extracted_families": figures(self.extracted_families),
            "traps": {"total": self.traps, "sprung": len(self.sprung)},
            "sprung": [{"profile": r.profile, "subject": r.subject, "family": r.family, "object": r.object,
                        "sentence": q} for r, q in self.sprung],
            "missed": [{"profile": r.profile, "subject": r.subject, "family": r.family, "object": r.object,
                        "year": r.year, "status": r.status, "sentence": s} for r, s in self.missed],
            "spurious": [dict(zip(("profile", "subject", "family", "object", "year", "status", "sentence"), s))
                         for s in self.spurious],
        }


def _table(heading: str, rows: list[tuple[str, FamilyScore]]) -> list[str]:
    """Lines of a figures table: one row per (name, score), the share of matched facts with the gold year last."""
    lines = [f"{heading:29} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6} {'year':>6}"]
    for name, item in rows:
        year = f"{item.year_agrees / item.matched_gold:6.2f}" if item.matched_gold else f"{'-':>6}"
        lines.append(f"{name:29} {item.gold:5d} {item.extracted:6d} {item.precision:6.3f} {item.recall:6.3f} "
                     f"{item.f1:6.3f} {year}")
    return lines


def _read_rows(path: Path, columns: tuple[str, ...], profile: str) -> list[CorpusRow]:
    """The rows of a corpus TSV file (gold or traps).

    Raises:
        SourceError: the file is unreadable, binary or not UTF-8, or lacks a column.
    """
    reader = csv.DictReader(read_text(path).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise SourceError(f"corpus file {path} lacks column(s) {', '.join(missing)}")
    rows = []
    for number, row in enumerate(reader, 2):
        values = {c: str(row.get(c) or "").strip() for c in CORPUS_COLUMNS if c in row}
        rows.append(CorpusRow(profile, values["subject"], values["family"], values["object"], values.get("year", ""),
                              values.get("status", ""), values.get("evidence", ""), number))
    return rows


class CorpusMatcher:
    """Decides whether a corpus row names the same fact as an extracted one, within one profile."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def _key_of(self, name: str) -> str:
        entity = self.gazetteer.lookup(name)
        return entity.key if entity is not None and entity.reference else ""

    def names_of(self, key: str, fact: Fact) -> list[str]:
        """Every name of an entity key (a document's also with the fact's years)."""
        entity = self.gazetteer.entities.get(key)
        if entity is None:
            return [key]
        names = [entity.label, entity.acronym, *entity.names]
        if entity.kind == "document" and fact.year:
            years = " ".join(y for y in (fact.year, fact.end_year) if y)
            names += [f"{entity.label} {years}"]
        return [n for n in names if n]

    def side_matches(self, gold_name: str, keys: tuple[str, ...], fact: Fact) -> bool:
        """Whether a gold name names one of the keys (reference entities by key, others by words)."""
        for variant in gold_name_variants(gold_name):
            wanted = self._key_of(variant)
            for key in keys:
                if wanted and key == wanted:
                    return True
                entity = self.gazetteer.entities.get(key)
                if wanted and entity is not None and entity.reference:
                    continue
                if any(normalise(variant) == normalise(n) or words_match(variant, n) for n in self.names_of(key, fact)):
                    return True
        return False

    def same(self, row: CorpusRow, scored: ScoredFact) -> bool:
        """Family, subject and object agree (and the status, where the family has statuses)."""
        if row.family != scored.family or row.profile != scored.profile:
            return False
        if row.family in STATUS_FAMILIES and row.status and (row.status or "") != scored.fact.status:
            return False
        if row.family in STATUS_FAMILIES and not row.status and scored.fact.status not in ("",):
            return False
        return self.side_matches(row.subject, scored.subjects, scored.fact) and \
            self.side_matches(row.object, scored.objects, scored.fact)

    def names_row(self, row: CorpusRow, scored: ScoredFact) -> bool:
        """Family, subject and object agree, whatever the status (for traps)."""
        return row.family == scored.family and row.profile == scored.profile and \
            self.side_matches(row.subject, scored.subjects, scored.fact) and \
            self.side_matches(row.object, scored.objects, scored.fact)


def scored_facts(profile: str, facts: list[Fact], gazetteer: Gazetteer) -> list[ScoredFact]:
    """The extracted facts that belong to a family, read as corpus rows (agencies may stand on either side)."""
    found = []
    for fact in facts:
        family = family_of(fact, gazetteer)
        if family is None:
            continue
        subjects = tuple(k for k in (fact.subject, fact.through) if k)
        objects = tuple(k for k in (fact.object, fact.object_through) if k)
        if family[1]:
            subjects, objects = objects, subjects
        quote = min(fact.evidence).quote if fact.evidence else ""
        found.append(ScoredFact(profile, fact, family[0], subjects, objects, quote))
    return found


def _sentence_of(evidence: str, text: str) -> str:
    """The sentence of a cleaned profile text that holds a gold row's evidence words."""
    wanted = " ".join(evidence.translate(QUOTES).split())
    at = text.find(wanted) if wanted else -1
    if at < 0:
        return evidence
    for paragraph in paragraphs(text):
        for sentence in sentences(paragraph):
            if sentence.start <= at < sentence.end:
                return sentence.text
    return evidence


def _count_family(report: CorpusReport, profile: str, family: str, in_scope: bool, **counts: int) -> None:
    targets = [report.per_family.setdefault(family, FamilyScore()), report.overall,
               report.per_profile.setdefault(profile, FamilyScore())]
    if in_scope:
        targets.append(report.extracted_families)
    for target in targets:
        for name, value in counts.items():
            setattr(target, name, getattr(target, name) + value)


def _pair(gold: list[CorpusRow], found: list[ScoredFact], matcher: CorpusMatcher) -> dict[int, int]:
    """Gold row index → extracted fact index, one to one; pairs whose years agree are taken first."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for strict in (True, False):
        for g, row in enumerate(gold):
            if g in pairs:
                continue
            for f, scored in enumerate(found):
                if f in used or (strict and row.year != scored.fact.year) or not matcher.same(row, scored):
                    continue
                pairs[g] = f
                used.add(f)
                break
    return pairs


def score_profile(report: CorpusReport, profile: str, text: str, gold: list[CorpusRow], traps: list[CorpusRow],
                  facts: list[Fact], gazetteer: Gazetteer) -> None:
    """Add one profile's figures, misses, spurious facts and sprung traps to a report."""
    matcher, found = CorpusMatcher(gazetteer), scored_facts(profile, facts, gazetteer)
    report.per_profile.setdefault(profile, FamilyScore())
    extracted_families = {family for _, _, family, _ in FAMILY_TABLE}
    pairs = _pair(gold, found, matcher)
    cleaned = clean(text).text
    for g, row in enumerate(gold):
        matched = g in pairs
        year_ok = int(matched and found[pairs[g]].fact.year == row.year)
        _count_family(report, profile, row.family, row.family in extracted_families, gold=1, matched_gold=int(matched),
                      year_agrees=year_ok)
        if not matched:
            report.missed.append((row, _sentence_of(row.evidence, cleaned)))
    backed = set(pairs.values())
    for f, scored in enumerate(found):
        _count_family(report, profile, scored.family, True, extracted=1, matched_extracted=int(f in backed))
        for rule in {e.rule.split(":")[0] for e in scored.fact.evidence}:
            item = report.per_rule.setdefault((rule, scored.family), Score())
            item.extracted, item.matched_extracted = item.extracted + 1, item.matched_extracted + int(f in backed)
        if f not in backed:
            fact = scored.fact
            report.spurious.append((profile, _label(gazetteer, scored.subjects[0]), scored.family,
                                    _label(gazetteer, scored.objects[0]), fact.year, fact.status, scored.sentence))
    report.traps += len(traps)
    sprung_before = len(report.sprung)
    for trap in traps:
        # a fact the gold backs (same names and status) is what the text states: a trap whose words it also
        # matches ("signed the Protocol" vs the trap "ratified the Protocol") is not what it asserts
        hit = next((s for f, s in enumerate(found) if f not in backed and s.fact.status in ACCOMPLISHED_STATUSES
                    and matcher.names_row(trap, s)), None)
        if hit is not None:
            report.sprung.append((trap, hit.sentence))
    report.profile_traps[profile] = (len(report.sprung) - sprung_before, len(traps))


def corpus_profiles(directory: Path) -> list[str]:
    """The profile names of a corpus folder (every ``<name>.txt`` with a ``<name>.gold.tsv``).

    Raises:
        SourceError: the folder holds no such pair.
    """
    names = sorted(p.name[:-len(".gold.tsv")] for p in directory.glob("*.gold.tsv")) if directory.is_dir() else []
    names = [n for n in names if (directory / f"{n}.txt").is_file()]
    if not names:
        raise SourceError(f"no corpus profiles: {directory} has no <name>.txt with a <name>.gold.tsv")
    return names


def evaluate_corpus(settings: Settings, directory: Path) -> CorpusReport:
    """Run the extractor on every profile of a corpus folder, each on its own, and score it (see FAMILY_TABLE)."""
    reference = load_reference_graph(settings.path("reference"))
    reader = sentence_reader(settings.reader, settings.reader_model)
    report = CorpusReport()
    for name in corpus_profiles(directory):
        sources, unreadable = read_paths([directory / f"{name}.txt"])
        if unreadable:
            raise unreadable[0]  # a profile that is binary, not UTF-8 or empty cannot be scored
        gold = _read_rows(directory / f"{name}.gold.tsv", CORPUS_COLUMNS, name)
        trap_path = directory / f"{name}.traps.tsv"
        traps = _read_rows(trap_path, TRAP_COLUMNS, name) if trap_path.is_file() else []
        result = Extractor(gazetteer_from_graph(reference, settings.base_iri), reader).extract(sources)
        score_profile(report, name, sources[0].text, gold, traps, result.facts, result.gazetteer)
    return report
