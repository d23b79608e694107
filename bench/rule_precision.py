"""Per-rule precision on corpus folders: how many of each extraction rule's rows a gold fact backs.

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
from cdkg.errors import CdkgError
from cdkg.evaluation import evaluate_corpus


def rule_counts(directories: list[Path], own_families: bool = False) -> tuple[Counter, Counter]:
    """(rows per rule, backed rows per rule) over every profile of the folders (``cdkg eval --corpus``'s own
    scoring); a row counts for each rule that gave it. ``own_families``: a folder's rows count only in the
    families its gold has rows for (probe sets write gold for their own families only)."""
    settings = Settings(root=Path.cwd())
    rows, backed = Counter(), Counter()
    for directory in directories:
        report = evaluate_corpus(settings, directory)
        for (rule, family), score in report.per_rule.items():
            if own_families and not report.per_family[family].gold:
                continue
            rows[rule] += score.extracted
            backed[rule] += score.matched_extracted
    return rows, backed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--own-families", action="store_true",
                        help="count a folder's rows only in the families its gold covers (probe sets)")
    parser.add_argument("--min-rows", type=int, default=1, help="only rules with at least this many rows")
    args = parser.parse_args(argv)
    try:
        rows, backed = rule_counts(args.folders, args.own_families)
    except CdkgError as error:  # a folder without profiles, an unreadable text: one line, exit 2
        print(f"rule_precision: {error}", file=sys.stderr)
        return 2
    print(f"{'rule':48} {'rows':>5} {'backed':>7} {'P':>6}")
    for rule, count in sorted(rows.items(), key=lambda item: (backed[item[0]] / item[1], -item[1])):
        if count >= args.min_rows:
            print(f"{rule:48} {count:5d} {backed[rule]:7d} {backed[rule] / count:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
