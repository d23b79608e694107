"""Per-rule precision on a corpus folder: how many of each extraction rule's rows a gold fact backs.

Figures only (no facts, no sentences), so it may be run on a folder whose texts must stay unread. A rule that
gives many rows few of which are backed on text nobody tuned it to is the first to look at for precision.

    python bench/rule_precision.py ../shared/corpus/dev --min-rows 3
    python bench/rule_precision.py bench/probes/cb7 bench/probes/rel7 --own-families
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from cdkg.config import Settings
from cdkg.evaluation import (CORPUS_COLUMNS, CorpusMatcher, _pair, _read_rows, corpus_profiles, scored_facts)
from cdkg.extraction import Extractor
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import read_paths


def rule_counts(directories: list[Path], own_families: bool = False) -> tuple[Counter, Counter]:
    """(rows per rule, backed rows per rule) over every profile of the folders; a row counts for each rule that
    gave it (a fact two rules found counts for both). ``own_families``: a folder's rows count only in the
    families its gold has rows for (probe sets write gold for their own families only)."""
    settings = Settings(root=Path.cwd())
    reference = load_reference_graph(settings.path("reference"))
    rows, backed = Counter(), Counter()
    for directory in directories:
        names = corpus_profiles(directory)
        golds = {name: _read_rows(directory / f"{name}.gold.tsv", CORPUS_COLUMNS, name) for name in names}
        families = {row.family for rows_of in golds.values() for row in rows_of}
        for name in names:
            sources, _ = read_paths([directory / f"{name}.txt"])
            gold = golds[name]
            result = Extractor(gazetteer_from_graph(reference, settings.base_iri)).extract(sources)
            found = scored_facts(name, result.facts, result.gazetteer)
            good = set(_pair(gold, found, CorpusMatcher(result.gazetteer)).values())
            for index, scored in enumerate(found):
                if own_families and scored.family not in families:
                    continue
                for rule in {e.rule.split(":")[0] for e in scored.fact.evidence}:
                    rows[rule] += 1
                    backed[rule] += index in good
    return rows, backed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--own-families", action="store_true",
                        help="count a folder's rows only in the families its gold covers (probe sets)")
    parser.add_argument("--min-rows", type=int, default=1, help="only rules with at least this many rows")
    args = parser.parse_args(argv)
    rows, backed = rule_counts(args.folders, args.own_families)
    print(f"{'rule':48} {'rows':>5} {'backed':>7} {'P':>6}")
    for rule, count in sorted(rows.items(), key=lambda item: (backed[item[0]] / item[1], -item[1])):
        if count >= args.min_rows:
            print(f"{rule:48} {count:5d} {backed[rule]:7d} {backed[rule] / count:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
