"""What changed between two builds: claims added, removed and changed, grouped by state and by family.

A claim's IRI carries a hash of its year, status and amount, so a revised year gives a new IRI:
claims are therefore matched by what they are about, their **identity**: kind, relation, role,
``cdo:agreement`` (or ``cdo:claimSubject`` and ``cdo:claimObject``), and for a position its words.
Between two graphs, a claim whose identity is only in the new one is *added*, only in the old one
*removed*, and in both with another status, year or amount *changed*. Each comes with its evidence
(the quote of its first evidence node). ``diff_graphs(old, new)`` takes two graph files or two
release folders (``cdkg.ttl`` or ``cdkg.nt.gz`` inside).
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from cdkg.ask import plain_value
from cdkg.errors import RDFInputError
from cdkg.namespaces import PREFIXES
from cdkg.store import load_graph_file, rdf_format_of

CDO = PREFIXES["cdo"]
ATTRIBUTES = ("status", "year", "amount")
NO_STATE = "(no state)"
_CLAIMS = f"""PREFIX cdo: <{CDO}>
PREFIX rdfs: <{PREFIXES['rdfs']}>
PREFIX oa: <{PREFIXES['oa']}>
SELECT ?claim ?type ?subject ?object ?agreement ?relation ?role ?status ?year ?amount ?currency ?label ?evidence ?quote
WHERE {{
  ?claim cdo:claimObject ?object ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(cdo:)))
  OPTIONAL {{ ?claim cdo:claimSubject ?subject }}
  OPTIONAL {{ ?claim cdo:agreement ?agreement }}
  OPTIONAL {{ ?claim cdo:relation ?relation }}
  OPTIONAL {{ ?claim cdo:role ?role }}
  OPTIONAL {{ ?claim cdo:status ?status }}
  OPTIONAL {{ ?claim cdo:year ?year }}
  OPTIONAL {{ ?claim cdo:fundingAmount ?money . ?money cdo:amount ?amount OPTIONAL {{ ?money cdo:currency ?currency }} }}
  OPTIONAL {{ ?claim rdfs:label ?label }}
  OPTIONAL {{ ?claim cdo:hasEvidence ?evidence OPTIONAL {{ ?evidence oa:hasSelector/oa:exact ?quote }} }}
}}"""
_LABELS = f"""PREFIX rdfs: <{PREFIXES['rdfs']}>
SELECT ?s (MIN(STR(?label)) AS ?name) WHERE {{ ?s rdfs:label ?label FILTER(LANG(?label) IN ("en", "")) }} GROUP BY ?s"""
_STATES = f"""PREFIX cdo: <{CDO}>
SELECT ?actor ?state WHERE {{
  {{ ?state a cdo:State . BIND(?state AS ?actor) }} UNION {{ ?actor cdo:agencyOf ?state . ?state a cdo:State }}
}}"""
_GENERIC_KINDS = {"Claim", "Fact"}


@dataclass(frozen=True)
class ClaimRecord:
    """One claim as the diff sees it: identity, attributes, where it belongs and its evidence."""

    iri: str
    kind: str
    family: str
    state: str
    label: str
    subject: str | None
    object: str | None
    agreement: str | None
    status: str | None
    year: int | str | None
    amount: str | None
    quote: str | None
    identity: tuple[str, ...] = field(compare=False, repr=False)

    def attributes(self) -> tuple[str, str, str]:
        """Status, year and amount as comparable strings."""
        return tuple("" if getattr(self, a) is None else str(getattr(self, a)) for a in ATTRIBUTES)  # type: ignore[return-value]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (without the identity tuple)."""
        data = asdict(self)
        data.pop("identity")
        return data


@dataclass(frozen=True)
class Change:
    """A claim whose status, year or amount differs between the two graphs."""

    old: ClaimRecord
    new: ClaimRecord

    def fields(self) -> dict[str, list[Any]]:
        """The attributes that differ: name → [old value, new value]."""
        return {a: [getattr(self.old, a), getattr(self.new, a)] for a in ATTRIBUTES
                if getattr(self.old, a) != getattr(self.new, a)}


@dataclass
class GraphDiff:
    """The claims added, removed and changed from ``old`` to ``new``."""

    old: str
    new: str
    added: list[ClaimRecord] = field(default_factory=list)
    removed: list[ClaimRecord] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def changes(self) -> bool:
        """Whether anything was added, removed or changed."""
        return bool(self.added or self.removed or self.changed)

    def groups(self, by: str) -> dict[str, dict[str, int]]:
        """Counts of added, removed and changed claims per ``state`` or per ``family``."""
        counts: dict[str, dict[str, int]] = defaultdict(lambda: {"added": 0, "removed": 0, "changed": 0})
        for what, records in (("added", self.added), ("removed", self.removed),
                              ("changed", [c.new for c in self.changed])):
            for record in records:
                counts[getattr(record, by)][what] += 1
        return dict(sorted(counts.items()))

    def to_json(self) -> dict[str, Any]:
        """The diff as a JSON-ready dict."""
        return {
            "old": self.old, "new": self.new,
            "summary": {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed)},
            "byState": self.groups("state"), "byFamily": self.groups("family"),
            "added": [r.to_json() for r in self.added],
            "removed": [r.to_json() for r in self.removed],
            "changed": [{"claim": c.new.to_json(), "was": c.old.to_json(), "fields": c.fields()} for c in self.changed],
        }

    def render_json(self) -> str:
        """The diff as indented JSON."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False, default=str)

    def render(self) -> str:
        """The diff for people: a summary line, then claims by state and family, each with its quote."""
        head = (f"{len(self.added)} claim(s) added, {len(self.removed)} removed, {len(self.changed)} changed "
                f"({self.old} → {self.new})")
        entries = ([(r.state, r.family, "+", _describe(r), r.quote) for r in self.added]
                   + [(r.state, r.family, "-", _describe(r), r.quote) for r in self.removed]
                   + [(c.new.state, c.new.family, "~", _describe_change(c), c.new.quote) for c in self.changed])
        lines = [head]
        for state in sorted({e[0] for e in entries}):
            lines += ["", state]
            for family in sorted({e[1] for e in entries if e[0] == state}):
                lines.append(f"  {family}")
                for _, _, mark, text, quote in sorted(e for e in entries if e[0] == state and e[1] == family):
                    lines.append(f"    {mark} {text}")
                    if quote:
                        lines.append(f"        “{_shorten(quote)}”")
        return "\n".join(lines) + "\n"


def _shorten(text: str, limit: int = 200) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _describe(record: ClaimRecord) -> str:
    values = [str(v) for v in (record.status, record.year, record.amount) if v not in (None, "")]
    return record.label + (f" [{', '.join(values)}]" if values else "")


def _describe_change(change: Change) -> str:
    parts = [f"{name} {old if old not in (None, '') else '—'} → {new if new not in (None, '') else '—'}"
             for name, (old, new) in change.fields().items()]
    return f"{change.new.label}: {'; '.join(parts)}"


def load_graph(path: Path) -> ox.Store:
    """A graph file (``.ttl``, ``.nt``, ``.nt.gz``…) or a release folder, as a Store."""
    if path.is_dir():
        for name in ("cdkg.ttl", "cdkg.nt.gz", "kg.ttl"):
            if (path / name).is_file():
                return load_graph(path / name)
        raise RDFInputError(f"{path}: neither a graph file nor a release folder (no cdkg.ttl or cdkg.nt.gz)")
    if path.suffix != ".gz":
        return load_graph_file(path)
    store = ox.Store()
    try:
        store.bulk_load(gzip.decompress(path.read_bytes()), format=rdf_format_of(path.with_suffix("")))
    except (OSError, EOFError, SyntaxError, ValueError) as error:
        raise RDFInputError(f"{path}: not a gzipped RDF file: {error}") from None
    return store


def _local(iri: str | None) -> str | None:
    """An ontology term's local name (``cdo:Signed`` → ``Signed``); other IRIs as they are."""
    return iri[len(CDO):] if iri is not None and iri.startswith(CDO) else iri


def _family(kind: str, relation: str | None) -> str:
    if kind == "RelationClaim" and relation:
        return relation
    name = kind.removesuffix("Claim").removesuffix("Statement") or kind
    return name[0].lower() + name[1:]


_VARIABLES = (  # the variables of _CLAIMS
    "claim", "type", "subject", "object", "agreement", "relation", "role", "status", "year",
    "amount", "currency", "label", "evidence", "quote")


def _rows_by_claim(store: ox.Store) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for solution in store.query(_CLAIMS):
        row = {name: plain_value(solution[name]) for name in _VARIABLES}
        rows[row["claim"]].append(row)
    return rows


def _first(rows: list[dict[str, Any]], name: str) -> Any:
    values = sorted({str(r[name]) for r in rows if r[name] is not None})
    if not values:
        return None
    return next(r[name] for r in rows if r[name] is not None and str(r[name]) == values[0])


def _state_of(actors: list[str | None], states: dict[str, str], labels: dict[str, str]) -> str:
    for actor in actors:
        if actor and actor in states:
            return labels.get(states[actor], states[actor])
    return NO_STATE


def _amount(rows: list[dict[str, Any]]) -> str | None:
    amount = _first(rows, "amount")
    if amount is None:
        return None
    value = str(int(amount)) if isinstance(amount, float) and amount.is_integer() else str(amount)
    currency = _first(rows, "currency")
    return f"{value} {currency}" if currency else value


def _record(iri: str, rows: list[dict[str, Any]], states: dict[str, str], labels: dict[str, str]) -> ClaimRecord:
    kinds = sorted({_local(r["type"]) for r in rows} - _GENERIC_KINDS - {None})
    kind = kinds[0] if kinds else "Claim"
    subject, obj, agreement = _first(rows, "subject"), _first(rows, "object"), _first(rows, "agreement")
    relation, role = _local(_first(rows, "relation")), _local(_first(rows, "role"))
    evidence = sorted((r["evidence"], r["quote"]) for r in rows if r["evidence"] and r["quote"])
    label = _first(rows, "label") or f"{labels.get(subject or '', subject)} {kind} {labels.get(obj or '', obj)}"
    words = label if kind == "PositionStatement" else ""
    identity = (kind, relation or "", role or "", *((agreement,) if agreement else (subject or "", obj or "")), words)
    return ClaimRecord(iri=iri, kind=kind, family=_family(kind, relation),
                       state=_state_of([subject, obj], states, labels), label=label, subject=subject, object=obj,
                       agreement=agreement, status=_local(_first(rows, "status")), year=_first(rows, "year"),
                       amount=_amount(rows), quote=evidence[0][1] if evidence else None, identity=identity)


def claim_records(store: ox.Store) -> list[ClaimRecord]:
    """Every claim of a graph (a subject of ``cdo:claimObject``), sorted by IRI."""
    labels = {str(s["s"].value): s["name"].value for s in store.query(_LABELS) if s["name"] is not None}
    states = {s["actor"].value: s["state"].value for s in store.query(_STATES)}
    return [_record(iri, rows, states, labels) for iri, rows in sorted(_rows_by_claim(store).items())]


def _by_identity(records: list[ClaimRecord]) -> dict[tuple[str, ...], list[ClaimRecord]]:
    found: dict[tuple[str, ...], list[ClaimRecord]] = defaultdict(list)
    for record in records:
        found[record.identity].append(record)
    return found


def _match(old: list[ClaimRecord], new: list[ClaimRecord], diff: GraphDiff) -> None:
    """Claims of one identity: equal attributes are unchanged; the rest pair up as changes, extras are added/removed."""
    new_values = {r.attributes() for r in new}
    old_values = {r.attributes() for r in old}
    gone = sorted((r for r in old if r.attributes() not in new_values), key=ClaimRecord.attributes)
    came = sorted((r for r in new if r.attributes() not in old_values), key=ClaimRecord.attributes)
    for was, now in zip(gone, came):
        diff.changed.append(Change(was, now))
    diff.removed.extend(gone[len(came):])
    diff.added.extend(came[len(gone):])


def diff_stores(old: ox.Store, new: ox.Store, old_name: str = "old", new_name: str = "new") -> GraphDiff:
    """The claims added, removed and changed from one graph to another."""
    diff = GraphDiff(old_name, new_name)
    before, after = _by_identity(claim_records(old)), _by_identity(claim_records(new))
    for identity in sorted(set(before) | set(after)):
        _match(before.get(identity, []), after.get(identity, []), diff)
    return diff


def diff_graphs(old: Path, new: Path) -> GraphDiff:
    """The diff between two graph files or release folders."""
    return diff_stores(load_graph(old), load_graph(new), str(old), str(new))
