"""Extraction throughput on a synthetic corpus of profile-like text, on one core.

The script writes several MB of prose in the style of the country profiles (MoUs with
years, negotiations, memberships, strategies, agencies defined by acronym, programmes
with amounts, cooperation, hedged and negative statements, broken lines and footnote
markers), drawing states and organisations from data/reference/, then times the whole
extractor (cleaning, passages, discovery, rules, fact merging) and prints the median
MB/s of several runs.

With ``--text``, the corpus is real profiles instead (files or folders of ``*.txt``),
copied until it reaches ``--mb``. Each copy names another state wherever the profile
names its own (every name, adjective and demonym, mapped to the same form of the other
state), so that copies are not folded into one passage by the cross-document dedup.

    python bench/extraction_throughput.py --mb 5 --runs 3
    python bench/extraction_throughput.py --mb 1 --runs 3 --text ../shared/corpus/dev ../shared/seeds
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # measure this checkout's cdkg, not an installed one

from cdkg.config import load_settings  # noqa: E402
from cdkg.extraction import Extractor  # noqa: E402
from cdkg.gazetteer import Gazetteer, gazetteer_from_graph, load_reference_graph  # noqa: E402
from cdkg.sources import SourceText, read_paths  # noqa: E402

TEMPLATES = [
    "In recent years, {s} has expanded its cyber diplomacy. Through its National Cyber {h} Agency ({a}), {s} has "
    "signed cyber MoUs with {s2} ({y}) and {s3} ({y2}), and is currently negotiating similar MoUs with {s4}. [\nx] ",
    "The {adj} government\nadopted the {y} National Cybersecurity Strategy, which the country describes as a "
    "cornerstone of its resilience. [\n{n}] ",
    "As a member of {o}, {s} has participated in the {c} exercise. {s} joined {o2} in {y}. ",
    "Through the {p} Capacity Building Programme ({pa}), {s} has committed ${m}M to cyber capacity building, "
    "primarily in {r}. ",
    "{dem} have also worked with the {o3} on incident response training, and the country chairs the {r} "
    "cyber resilience network. ",
    "{s} has no national cybersecurity strategy and is exploring cooperation with the {o4}. It reportedly plans to "
    "sign an MoU with {s2}. ",
    "Since {y}, {a2}, {poss} national CERT, has been merged with the {s} Digital Authority. ",
]
FILLER = [
    "Resilience constitutes one of the central objectives of the national approach, whose core components include "
    "international cooperation in sharing expertise, coordination of policies and incident response. ",
    "Officials have traditionally\nargued that global initiatives are required to reduce vulnerabilities and have "
    "advocated a tailor-made approach that takes into account the situation of recipient countries. ",
    "The aim is to create a whole-of-society 'cybersecurity shield' that will facilitate the detection of attacks "
    "and provide an impetus for proactive action by operators of essential services. ",
    "Meanwhile, increased emphasis has been placed on the protection of critical infrastructure, with a government "
    "paper stating that future actions will be focused on \u201cthe resilience capacity of critical systems\u201d. ",
    "This internal buildup of capabilities is supplemented by the development of a diplomatic toolbox that allows "
    "officials to address incidents through joint policies, from stabilisation measures to attribution. ",
]
WORDS = ["Resilience", "Security", "Digital", "Trust", "Partnership", "Development", "Infrastructure"]


def _reference_names(gazetteer) -> tuple[list, list, list]:  # noqa: ANN001
    states = sorted((e for e in gazetteer.entities.values() if e.kind == "state"), key=lambda e: e.key)
    orgs = sorted(e.label for e in gazetteer.entities.values() if e.kind == "org")
    regions = sorted(e.label for e in gazetteer.entities.values() if e.kind == "region")
    return states, orgs, regions


def _adjective(entity) -> str:  # noqa: ANN001
    return next(iter(sorted(n for n in entity.names if n.endswith(("an", "ese", "ish", "i")))), entity.label)


def synthetic_paragraph(rng: random.Random, states: list, orgs: list[str], regions: list[str]) -> str:
    """One profile-like paragraph built from random templates and reference names."""
    picks = rng.sample(states, 4)
    values = {
        "s": picks[0].label, "s2": picks[1].label, "s3": picks[2].label, "s4": picks[3].label,
        "adj": _adjective(picks[0]), "dem": _adjective(picks[0]) + "s", "poss": picks[0].label + "'s",
        "y": rng.randint(2005, 2021), "y2": rng.randint(2005, 2021), "n": rng.randint(1, 99),
        "o": rng.choice(orgs), "o2": rng.choice(orgs), "o3": rng.choice(orgs), "o4": rng.choice(orgs),
        "c": rng.choice(WORDS) + " Shield", "r": rng.choice(regions), "m": round(rng.uniform(1, 90), 1),
        "h": rng.choice(WORDS), "a": "NC" + "".join(rng.choice("ABCDEFGHJK") for _ in range(3)),
        "a2": "CIRT-" + "".join(rng.choice("ABCDEFGHJK") for _ in range(2)),
        "p": rng.choice(WORDS) + " " + rng.choice(WORDS), "pa": "".join(rng.choice("LMNPQRST") for _ in range(4)),
    }
    chosen = rng.sample(TEMPLATES, 3) + rng.sample(FILLER, 3)
    rng.shuffle(chosen)
    return "".join(t.format(**values) for t in chosen).strip() + "\n"


def synthetic_corpus(megabytes: float, gazetteer, seed: int = 1) -> list[SourceText]:  # noqa: ANN001
    """Documents of about 200 kB each adding up to ``megabytes`` of text."""
    rng = random.Random(seed)
    states, orgs, regions = _reference_names(gazetteer)
    documents, size, text = [], 0, []
    while size < megabytes * 1e6:
        paragraph = synthetic_paragraph(rng, states, orgs, regions)
        text.append(paragraph)
        size += len(paragraph)
        if sum(len(t) for t in text) > 200_000:
            documents.append("".join(text))
            text = []
    documents.append("".join(text))
    return [SourceText(f"synthetic-{i:03d}", Path(f"synthetic-{i:03d}.txt"), t, "synthetic", "2021-12-01")
            for i, t in enumerate(documents) if t]


def text_files(paths: list[Path]) -> list[Path]:
    """The ``*.txt`` files of ``paths`` (a folder gives its own, sorted)."""
    return [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]


def _own_state(text: str, gazetteer: Gazetteer) -> str:
    """The state a profile names most."""
    counts: dict[str, int] = {}
    for hit in gazetteer.find(text):
        if gazetteer.entities[hit.key].kind == "state":
            counts[hit.key] = counts.get(hit.key, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else ""


def _renamed(text: str, own: str, other: str, gazetteer: Gazetteer) -> str:
    """``text`` with every name of state ``own`` replaced by the name of the same form of state ``other``."""
    forms: dict[str, str] = {}
    for surface, (key, form) in sorted(gazetteer.surfaces.items()):
        if key == other:
            forms.setdefault(form, surface)
    names = {s: forms.get(form, gazetteer.entities[other].label)
             for s, (key, form) in gazetteer.surfaces.items() if key == own}
    if not names:
        return text
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    return pattern.sub(lambda m: names[m.group()], text)


def text_corpus(paths: list[Path], megabytes: float, gazetteer: Gazetteer) -> list[SourceText]:
    """Copies of the profiles in ``paths`` adding up to ``megabytes``, each copy about another state."""
    sources, _ = read_paths(text_files(paths))
    states, _, _ = _reference_names(gazetteer)
    documents, size, copy = [], 0, 0
    while size < megabytes * 1e6 and sources:
        for source in sources:
            own = _own_state(source.text, gazetteer)
            other = states[(copy * len(sources) + len(documents)) % len(states)].key
            text = _renamed(source.text, own, other, gazetteer) if own and copy else source.text
            documents.append(SourceText(f"{source.stem}-{copy:03d}", source.path, text, source.title, source.date))
            size += len(text.encode("utf-8"))
        copy += 1
    return documents


def measure(megabytes: float, runs: int, texts: list[Path] | None = None) -> tuple[float, float, int, int]:
    """Median MB/s of ``runs`` extractions of a fresh corpus (synthetic, or copies of ``texts``) by the wall clock
    and by the process's CPU time (the figure to compare on a shared machine); also its size and fact count."""
    settings = load_settings()
    reference = load_reference_graph(settings.path("reference"))
    gazetteer = gazetteer_from_graph(reference, settings.base_iri)
    corpus = text_corpus(texts, megabytes, gazetteer) if texts else synthetic_corpus(megabytes, gazetteer)
    size = sum(len(s.text.encode("utf-8")) for s in corpus)
    rates, cpu_rates, facts = [], [], 0
    for _ in range(runs):
        extractor = Extractor(gazetteer_from_graph(reference, settings.base_iri))
        start, cpu_start = time.perf_counter(), time.process_time()
        facts = len(extractor.extract(corpus).facts)
        rates.append(size / 1e6 / (time.perf_counter() - start))
        cpu_rates.append(size / 1e6 / (time.process_time() - cpu_start))
    return statistics.median(rates), statistics.median(cpu_rates), size, facts


def main() -> None:
    """Parse arguments, measure, print one line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (the median is reported)")
    parser.add_argument("--text", type=Path, nargs="+", metavar="PATH",
                        help="real profiles (files or folders of *.txt) instead of synthetic text, copied to --mb")
    args = parser.parse_args()
    rate, cpu_rate, size, facts = measure(args.mb, args.runs, args.text)
    corpus = "real profiles" if args.text else "synthetic"
    print(f"extraction throughput: {rate:.2f} MB/s wall clock, {cpu_rate:.2f} MB/s of CPU time (medians of "
          f"{args.runs} runs, {size / 1e6:.1f} MB {corpus}, {facts} facts, one core)")


if __name__ == "__main__":
    main()
