"""A state's facts by year as a small SVG: one dot per fact, stacked in its year's column, linked to it."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from markupsafe import Markup, escape

from cdkg.server.individuals import FactRow

SECTION_COLOURS = {"introduction": "#2f5d9b", "resilience": "#1d6b35", "norms": "#8a4fbf", "law": "#b3541e",
                   "cybercrime": "#a8323e"}
_YEAR = re.compile(r"(1[89]|2[0-9])\d\d")
STEP, DOT, TOP, AXIS = 34, 7, 10, 26


@dataclass(frozen=True)
class Dot:
    """One fact on the timeline."""

    year: int
    label: str
    link: str
    colour: str


def year_of(text: str) -> int | None:
    """The first four-digit year in a year or date value."""
    match = _YEAR.search(text)
    return int(match.group(0)) if match else None


def dots(facts: list[FactRow], link: Callable[[str], str | None]) -> list[Dot]:
    """The dated facts as dots (undated ones are left out)."""
    found = []
    for fact in facts:
        year = year_of(fact.year)
        if year is not None:
            found.append(Dot(year, f"{fact.label} ({fact.year})", link(fact.iri) or "", SECTION_COLOURS.get(fact.section, "#5f6b7a")))
    return sorted(found, key=lambda d: (d.year, d.label))


def timeline_svg(facts: list[FactRow], link: Callable[[str], str | None]) -> Markup:
    """The SVG (empty markup when no fact has a year)."""
    placed = dots(facts, link)
    if not placed:
        return Markup("")
    first, last = placed[0].year, placed[-1].year
    by_year: dict[int, list[Dot]] = defaultdict(list)
    for dot in placed:
        by_year[dot.year].append(dot)
    height = TOP + max(len(v) for v in by_year.values()) * (2 * DOT + 4) + AXIS
    width = (last - first + 1) * STEP + 2 * STEP
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="Facts by year, {first} to {last}">']
    base = height - AXIS
    parts.append(f'<line x1="{STEP // 2}" y1="{base}" x2="{width - STEP // 2}" y2="{base}" stroke="#9aa5b1"/>')
    for year in range(first, last + 1):
        x = STEP + (year - first) * STEP + STEP // 2
        if year in by_year or year in (first, last) or year % 5 == 0:
            parts.append(f'<text x="{x}" y="{base + 17}" text-anchor="middle" font-size="11" fill="#5f6b7a">{year}</text>')
        for index, dot in enumerate(by_year.get(year, [])):
            y = base - DOT - 3 - index * (2 * DOT + 4)
            circle = f'<circle cx="{x}" cy="{y}" r="{DOT}" fill="{dot.colour}"><title>{escape(dot.label)}</title></circle>'
            parts.append(f'<a href="{escape(dot.link)}">{circle}</a>' if dot.link else circle)
    parts.append("</svg>")
    return Markup("".join(parts))
