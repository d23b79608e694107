"""Could a learned filter over the rules' rows raise precision on unseen text? Leave one corpus out, and measure.

Every row the extractor emits on a corpus folder is labelled from that folder's gold (backed or not, by
``cdkg eval --corpus``'s own pairing) and described by features that do not name the corpus: the family, the rule,
the status, the kinds of both sides, whether each is in the reference data, whether the subject is the profile's
own state, the sentence's length, how many states it names, whether it hedges, negates, reports or contrasts, and
optionally its words. For each folder held out, a logistic regression trained on the other folders scores the
held-out rows; the table shows what dropping the rows below each threshold would do to its precision and recall.

    python bench/precision_filter.py dev=../shared/corpus/dev wc=bench/writer-corpus wc23=bench/writer-corpus-23
    python bench/precision_filter.py --words dev=../shared/corpus/dev ...   # also the sentence's words

Figures only (no facts or sentences are printed), so unread folders may be scored as held-out sets. Needs
scikit-learn (``pip install -e .[train]``). The measured verdict is in ``bench/results/learned-reader.md``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cdkg.config import load_settings  # noqa: E402
from cdkg.errors import CdkgError  # noqa: E402
from cdkg.evaluation import (CORPUS_COLUMNS, CorpusMatcher, _pair, _read_rows, corpus_profiles,  # noqa: E402
                             scored_facts)
from cdkg.extraction import Extractor  # noqa: E402
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph  # noqa: E402
from cdkg.sources import read_paths  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
SENTENCE_CUES = {  # coarse sentence traits, the same for every family
    "hedge": re.compile(r"\b(?:will|would|plans?|planned|expected|intends?|aims?|proposed|draft|considering|may|"
                        r"might|could|hopes?)\b", re.IGNORECASE),
    "negation": re.compile(r"\b(?:not|never|no|neither|nor|without|yet to|failed|declined|refused)\b", re.IGNORECASE),
    "report": re.compile(r"\b(?:according to|reportedly|reports?|said|claimed|alleged)\b", re.IGNORECASE),
    "contrast": re.compile(r"\b(?:while|whereas|although|but)\b", re.IGNORECASE),
}


@dataclass
class Row:
    """One emitted row of a held-out folder: its features and whether a gold row backs it."""

    features: dict[str, float]
    backed: bool


def folder_rows(directory: Path, words: bool) -> tuple[list[Row], int]:
    """Every row the extractor emits on the folder's profiles, and the folder's gold count."""
    settings = load_settings()
    reference = load_reference_graph(settings.path("reference"))
    rows, gold_count = [], 0
    for profile in corpus_profiles(directory):
        sources, unreadable = read_paths([directory / f"{profile}.txt"])
        if unreadable:
            raise unreadable[0]
        gold = _read_rows(directory / f"{profile}.gold.tsv", CORPUS_COLUMNS, profile)
        gold_count += len(gold)
        result = Extractor(gazetteer_from_graph(reference, settings.base_iri)).extract(sources)
        gazetteer = result.gazetteer
        found = scored_facts(profile, result.facts, gazetteer)
        backed = set(_pair(gold, found, CorpusMatcher(gazetteer)).values())
        own = profile.replace("-", " ")
        for index, scored in enumerate(found):
            rows.append(Row(_features(scored, gazetteer, own, words), index in backed))
    return rows, gold_count


def _features(scored, gazetteer, own: str, words: bool) -> dict[str, float]:  # noqa: ANN001
    fact = scored.fact
    subject = gazetteer.entities.get(scored.subjects[0]) if scored.subjects else None
    obj = gazetteer.entities.get(scored.objects[0]) if scored.objects else None
    rule = min((e.rule.split(":")[0] for e in fact.evidence), default="")
    own_subject = bool(subject and subject.label.lower() == own)
    features = {f"family={scored.family}": 1.0, f"rule={rule}": 1.0, f"status={fact.status or 'none'}": 1.0,
                f"subject={subject.kind if subject else 'none'}": 1.0, f"object={obj.kind if obj else 'none'}": 1.0,
                f"family_status={scored.family}|{fact.status}": 1.0,
                f"family_own={scored.family}|{own_subject}": 1.0,
                f"family_object_known={scored.family}|{bool(obj and obj.reference)}": 1.0,
                "subject_known": float(bool(subject and subject.reference)), "own_subject": float(own_subject),
                "object_known": float(bool(obj and obj.reference)), "through": float(bool(fact.through)),
                "amount": float(bool(fact.amount)), "year": float(bool(fact.year)),
                "evidence": min(len(fact.evidence), 4) / 4,
                "length": min(len(scored.sentence.split()), 80) / 80,
                "states": min(len({h.key for h in gazetteer.find(scored.sentence)
                                   if gazetteer.entities[h.key].kind == "state"}), 6) / 6}
    features.update({cue: float(bool(pattern.search(scored.sentence))) for cue, pattern in SENTENCE_CUES.items()})
    if words:
        for word in set(re.findall(r"[a-z]+", scored.sentence.lower())):
            features[f"word={word}"] = features[f"{scored.family}:{word}"] = 1.0
    return features


def leave_one_out(folders: dict[str, tuple[list[Row], int]]) -> list[str]:
    """One line per held-out folder: its precision and recall as the rules give them, then with the rows below
    each threshold dropped (how many backed / unbacked rows that drops)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lines, totals = [], {t: [0, 0] for t in THRESHOLDS}
    for held, (rows, gold) in folders.items():
        train = [row for name, (others, _) in folders.items() if name != held for row in others]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=0.5, max_iter=2000)
        model.fit(vectorizer.fit_transform([r.features for r in train]), [r.backed for r in train])
        scores = model.predict_proba(vectorizer.transform([r.features for r in rows]))[:, 1]
        backed = sum(r.backed for r in rows)
        line = f"{held:8} rules P {backed / max(1, len(rows)):.3f} R {backed / max(1, gold):.3f}"
        for threshold in THRESHOLDS:
            lost = sum(1 for r, s in zip(rows, scores) if s < threshold and r.backed)
            cut = sum(1 for r, s in zip(rows, scores) if s < threshold and not r.backed)
            totals[threshold][0] += lost
            totals[threshold][1] += cut
            kept = len(rows) - lost - cut
            line += (f" | <{threshold}: -{lost} backed -{cut} unbacked, P {(backed - lost) / max(1, kept):.3f}"
                     f" R {(backed - lost) / max(1, gold):.3f}")
        lines.append(line)
    lines.append("all folds, rows dropped (backed, unbacked): "
                 + ", ".join(f"<{t}: {b}, {u}" for t, (b, u) in totals.items()))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="NAME=FOLDER, one per corpus folder (at least two)")
    parser.add_argument("--words", action="store_true", help="also the words of each row's sentence")
    args = parser.parse_args(argv)
    try:
        pairs = dict(item.split("=", 1) for item in args.folders)
        if len(pairs) < 2:
            raise ValueError("leave one out needs at least two folders")
        folders = {name: folder_rows(Path(path), args.words) for name, path in pairs.items()}
    except (CdkgError, ValueError) as error:
        print(f"precision_filter: {error}", file=sys.stderr)
        return 2
    print("\n".join(leave_one_out(folders)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
