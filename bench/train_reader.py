"""Train the learned reader (cdkg/extraction/learned.py) from the development corpora, and measure it honestly.

    python bench/train_reader.py                 # train on every set, write cdkg/extraction/model/reader.json
    python bench/train_reader.py --cv            # leave one set out: rules vs rules+model on each held-out set

Sets: ``dev`` (../shared/corpus/dev), ``writer`` (bench/writer-corpus), ``invented`` (bench/invented-corpus) and
``probes`` (bench/probes/*, always trained on: a probe folder's gold covers only its own families, so its pairs are
negatives only for those). Each profile is extracted with the rules, and every candidate pair of every sentence the
rules read is labelled from the gold: positive for family F when a gold row of F has its evidence in that sentence
and its subject and object name the pair's sides by the scorer's own name matching (``CorpusMatcher``).

One logistic regression per family (scikit-learn's liblinear, L2, deterministic) over binary features; the weights
are stored as JSON (feature -> weight), so running the reader needs no scikit-learn (``pip install -e .[train]``
for this script only).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cdkg.config import load_settings  # noqa: E402
from cdkg.evaluation import (CORPUS_COLUMNS, CorpusMatcher, CorpusReport, FamilyScore, _read_rows,  # noqa: E402
                             corpus_profiles, evaluate_corpus)
from cdkg.extraction import Extractor  # noqa: E402
from cdkg.extraction.learned import FAMILIES, MODEL_PATH, Reader, candidates  # noqa: E402
from cdkg.facts import Fact  # noqa: E402
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph  # noqa: E402
from cdkg.sources import read_paths  # noqa: E402
from cdkg.text import QUOTES  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
HELD_OUT = ("dev", "writer", "writer9", "invented")
C = 5.0  # inverse regularisation strength, chosen on the leave-one-set-out folds (0.2, 0.5, 1, 5, 20 tried)
PRUNE = 0.02  # weights smaller than this are left out of the stored model (it stays small; scores barely move)
UNLINKED_ONLY = True  # learn from the pairs no rule linked: the only ones the reader may add to
THRESHOLD = 0.2  # the probability a pair must reach, chosen on the same folds (0.1-0.5 tried)
# A family is switched on when, over the held-out folds, at least this share of the facts it added were right …
ENABLE_PRECISION = 0.75
# … and it added right facts in at least this many folds (one lucky fold is no evidence)
ENABLE_FOLDS = 2


@dataclass
class Sample:
    """One candidate pair of a training sentence: its features, the families the gold gives it, the families its
    set's gold covers."""

    group: str
    features: list[str]
    positives: set[str]
    scope: frozenset[str]
    linked: bool = False  # a rule already linked the pair (the reader never adds to it)


def sets(dev: Path) -> dict[str, list[Path]]:
    """The training sets and their folders."""
    probes = sorted(p for p in (ROOT / "bench" / "probes").iterdir() if p.is_dir())
    return {"dev": [dev], "writer": [ROOT / "bench" / "writer-corpus"],
            "writer9": [ROOT / "bench" / "writer-corpus-9"],
            "invented": [ROOT / "bench" / "invented-corpus"], "probes": probes}


def _flat(text: str) -> str:
    return " ".join(text.translate(QUOTES).split())


def collect(folder: Path, group: str, settings, reference) -> list[Sample]:
    """The labelled candidate pairs of every profile of a corpus folder."""
    names = corpus_profiles(folder)
    golds = {n: _read_rows(folder / f"{n}.gold.tsv", CORPUS_COLUMNS, n) for n in names}
    scope = frozenset(FAMILIES) if group != "probes" else \
        frozenset(r.family for rows in golds.values() for r in rows) & frozenset(FAMILIES)
    samples = []
    for name in names:
        sources, _ = read_paths([folder / f"{name}.txt"])
        seen: list[tuple[str, list]] = []

        def record(context, findings, seen=seen):
            seen.append((_flat(context.view.text), candidates(context, findings)))
            return []
        result = Extractor(gazetteer_from_graph(reference, settings.base_iri), record).extract(sources)
        matcher = CorpusMatcher(result.gazetteer)
        gold = [(r, _flat(r.evidence)) for r in golds[name] if r.family in scope and r.evidence]
        for sentence, found in seen:
            here = [r for r, evidence in gold if evidence in sentence]
            for candidate in found:
                sides = tuple(k for k in (candidate.subject, candidate.through) if k)
                dummy = Fact("", candidate.subject, candidate.obj.key)
                positives = {r.family for r in here if matcher.side_matches(r.subject, sides, dummy)
                             and matcher.side_matches(r.object, (candidate.obj.key,), dummy)}
                samples.append(Sample(group, candidate.features, positives, scope, candidate.linked))
    return samples


def collect_all(dev: Path) -> list[Sample]:
    """The labelled pairs of every set."""
    settings = load_settings()
    reference = load_reference_graph(settings.path("reference"))
    return [s for group, folders in sets(dev).items() for folder in folders for s in collect(folder, group, settings,
                                                                                             reference)]


def train(samples: list[Sample], c: float = C, threshold: float = THRESHOLD) -> Reader:
    """One logistic regression per family over the samples in its scope (families with no positive are skipped)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    weights, bias = {}, {}
    for family in FAMILIES:
        rows = [s for s in samples if family in s.scope and not (UNLINKED_ONLY and s.linked)]
        labels = [int(family in s.positives) for s in rows]
        if sum(labels) < 2:
            continue
        vectoriser = DictVectorizer(sort=True)
        matrix = vectoriser.fit_transform([{f: 1 for f in s.features} for s in rows]).tocsr()
        matrix.indices, matrix.indptr = matrix.indices.astype("int32"), matrix.indptr.astype("int32")
        model = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=0).fit(matrix, labels)
        names = vectoriser.get_feature_names_out()
        weights[family] = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= PRUNE}
        bias[family] = round(float(model.intercept_[0]), 4)
    return Reader(weights, bias, threshold)


def score(folder: Path, reader: str, model: str = "") -> CorpusReport:
    """``cdkg eval --corpus folder --reader …``'s report."""
    return evaluate_corpus(load_settings().replace(reader=reader, reader_model=model), folder)


def fold_table(rules: CorpusReport, both: CorpusReport) -> list[str]:
    """Markdown lines: per family (the reader's families and overall) P/R with the rules and with rules+model."""
    lines = ["| family | gold | rules found | rules P | rules R | +model found | +model P | +model R |",
             "|---|---|---|---|---|---|---|---|"]
    for name in sorted(FAMILIES) + ["overall"]:
        a = rules.overall if name == "overall" else rules.per_family.get(name)
        b = both.overall if name == "overall" else both.per_family.get(name)
        if a is None or b is None:
            continue
        lines.append(f"| {name} | {a.gold} | {a.extracted} | {a.precision:.3f} | {a.recall:.3f} | {b.extracted} | "
                     f"{b.precision:.3f} | {b.recall:.3f} |")
    sums = [[getattr(report.per_family[f], n) for f in FAMILIES if f in report.per_family]
            for report in (rules, both) for n in ("gold", "extracted", "matched_gold", "matched_extracted")]
    a, b = (FamilyScore(*map(sum, sums[i:i + 4])) for i in (0, 4))
    lines.insert(-1, f"| the reader's families | {a.gold} | {a.extracted} | {a.precision:.3f} | {a.recall:.3f} | "
                     f"{b.extracted} | {b.precision:.3f} | {b.recall:.3f} |")
    lines.append(f"| traps sprung | {rules.traps} | | {len(rules.sprung)} | | | {len(both.sprung)} | |")
    return lines


def _with_threshold(reader: Reader, threshold: float) -> str:
    """A temporary file holding ``reader`` at ``threshold`` (every family on), for ``--reader rules+model``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(Reader(reader.weights, reader.bias, threshold).to_json(), handle)
    return handle.name


def folds(samples: list[Sample], dev: Path, c: float, threshold: float) -> dict[str, tuple[CorpusReport, CorpusReport]]:
    """Leave one set out: per held-out set, (the rules' report, rules+model's report with every family on) for a
    model trained on the other sets."""
    folders = sets(dev)
    reports = {}
    for held in HELD_OUT:
        path = _with_threshold(train([s for s in samples if s.group != held], c), threshold)
        reports[held] = score(folders[held][0], "rules"), score(folders[held][0], "rules+model", path)
        Path(path).unlink()
    return reports


def added(rules: CorpusReport, both: CorpusReport, family: str) -> tuple[int, int]:
    """(facts the model added to a family, how many of them a gold fact backs) in one held-out report."""
    a, b = rules.per_family.get(family), both.per_family.get(family)
    if a is None or b is None:
        return 0, 0
    return b.extracted - a.extracted, b.matched_extracted - a.matched_extracted


def chosen_families(reports: dict[str, tuple[CorpusReport, CorpusReport]]) -> frozenset[str]:
    """The families whose additions held up on the held-out folds (ENABLE_PRECISION, ENABLE_FOLDS)."""
    chosen = set()
    for family in FAMILIES:
        counts = [added(*pair, family) for pair in reports.values()]
        total, right = sum(n for n, _ in counts), sum(r for _, r in counts)
        if total and right >= ENABLE_PRECISION * total and sum(r > 0 for _, r in counts) >= ENABLE_FOLDS:
            chosen.add(family)
    return frozenset(chosen)


def cross_validate(samples: list[Sample], dev: Path, grid: list[tuple[float, float]]) -> list[str]:
    """Markdown tables of rules vs rules+model per held-out set and per (C, threshold), and the families chosen."""
    lines = []
    for c, threshold in grid:
        reports = folds(samples, dev, c, threshold)
        for held, (rules, both) in reports.items():
            lines += [f"### held out: {held} (C={c}, threshold={threshold})", ""] + fold_table(rules, both) + [""]
            print(f"{held} C={c} t={threshold}: rules P/R {rules.overall.precision:.3f}/{rules.overall.recall:.3f}"
                  f" -> +model {both.overall.precision:.3f}/{both.overall.recall:.3f} found "
                  f"{rules.overall.extracted}->{both.overall.extracted} matched {rules.overall.matched_gold}->"
                  f"{both.overall.matched_gold} traps {len(rules.sprung)}->{len(both.sprung)}", file=sys.stderr)
        lines += [f"Added per family over the folds (right/added): " + ", ".join(
            f"{f} {sum(added(*p, f)[1] for p in reports.values())}/{sum(added(*p, f)[0] for p in reports.values())}"
            for f in FAMILIES if any(added(*p, f)[0] for p in reports.values())),
            f"Switched on (C={c}, threshold={threshold}): {', '.join(sorted(chosen_families(reports))) or 'none'}",
            ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV, help="the dev corpus folder (default: ../shared/corpus/dev)")
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out figures instead of training the model")
    parser.add_argument("--grid", default=f"{C}:{THRESHOLD}", help="with --cv: C:threshold pairs, comma-separated")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where the trained model goes")
    args = parser.parse_args()
    samples = collect_all(args.dev)
    print(f"{len(samples)} pairs, {sum(bool(s.positives) for s in samples)} positive", file=sys.stderr)
    if args.cv:
        grid = [tuple(float(x) for x in item.split(":")) for item in args.grid.split(",")]
        print("\n".join(cross_validate(samples, args.dev, grid)))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    enabled = chosen_families(folds(samples, args.dev, C, THRESHOLD))
    print(f"switched on: {', '.join(sorted(enabled)) or 'none'}", file=sys.stderr)
    trained = train(samples)
    model = Reader(trained.weights, trained.bias, trained.threshold, enabled)
    args.out.write_text(json.dumps(model.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
