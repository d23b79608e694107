"""Markdown output: tables of figures, the goal verdicts, notes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Goal:
    """One goal: what it asks, our figure, the reference figure, their ratio and the verdict."""

    name: str
    target: str
    ours: str
    reference: str
    ratio: str
    met: bool | None
    note: str = ""

    def cells(self) -> list[str]:
        """The goal as table cells."""
        verdict = "n/a" if self.met is None else ("met" if self.met else "**missed**")
        return [self.name, self.target, self.ours, self.reference, self.ratio, verdict, self.note]


@dataclass
class Report:
    """Sections of markdown, in order."""

    title: str
    sections: list[str] = field(default_factory=list)

    def add(self, heading: str, body: str) -> None:
        """Append a section."""
        self.sections.append(f"## {heading}\n\n{body.rstrip()}\n")

    def markdown(self) -> str:
        """The whole report."""
        return f"# {self.title}\n\n" + "\n".join(self.sections)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A markdown table (pipes in cells escaped)."""
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(headers), line(["---"] * len(headers))] + [line(r) for r in rows]) + "\n"


def ms(seconds: float | None) -> str:
    """Seconds as a millisecond figure with sensible precision; '–' when missing."""
    if seconds is None:
        return "–"
    value = seconds * 1000.0
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:.0f}"


def ratio(numerator: float | None, denominator: float | None) -> str:
    """numerator / denominator as '1.23×', or '–'."""
    if not numerator or not denominator:
        return "–"
    return f"{numerator / denominator:.2f}×"


def mib(kib: int) -> str:
    """KiB as MiB, one decimal."""
    return f"{kib / 1024:.0f}" if kib else "–"


def goals_table(goals: list[Goal]) -> str:
    """The goal verdicts as a table."""
    headers = ["goal", "target", "cdkg", "reference", "ratio", "verdict", "note"]
    return table(headers, [g.cells() for g in goals])
