"""Reference states: generate ``data/reference/states.ttl`` from pycountry and the hand-curated names CSV.

The CSV (``state_names.csv``) holds what pycountry lacks: the common English short
name (which also gives the IRI slug), aliases, adjectives, demonyms and UN membership.
pycountry supplies the ISO 3166-1 codes and the official and common names. Kosovo's
user-assigned codes (XK, XKX) are not in ISO 3166, so they are supplied here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pycountry
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from cdkg.files import write_atomically
from cdkg.errors import CdkgError
from cdkg.namespaces import DEFAULT_BASE_IRI, bind_prefixes
from cdkg.text import slugify
from cdkg.vocabulary import CDO

STATE_NAMES_FILE = "state_names.csv"
STATES_FILE = "states.ttl"
GENERATING_COMMAND = "cdkg reference"
CSV_COLUMNS = ("alpha3", "short_name", "aliases", "adjectives", "demonyms", "un_member")
USER_ASSIGNED_ALPHA2: dict[str, str] = {"XKX": "XK"}
BOOLEANS: dict[str, bool] = {"true": True, "false": False}


class ReferenceDataError(CdkgError):
    """The reference data (names CSV or pycountry lookup) is wrong; the message names the file and row."""


@dataclass(frozen=True)
class StateNames:
    """One row of the names CSV: a state's curated names and UN membership."""

    alpha3: str
    short_name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    un_member: bool



def _split(cell: str) -> tuple[str, ...]:
    """The non-empty ``|``-separated values of a CSV cell, stripped."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _parse_row(row: dict[str, str], where: str) -> StateNames:
    """One CSV row as StateNames, or a ReferenceDataError naming the row."""
    alpha3, short_name = row["alpha3"].strip(), row["short_name"].strip()
    membership = row["un_member"].strip().lower()
    if not re.fullmatch(r"[A-Z]{3}", alpha3) or not short_name or membership not in BOOLEANS:
        raise ReferenceDataError(
            f"{where}: needs an alpha3 of three capitals, a short_name and un_member true/false"
        )
    return StateNames(
        alpha3=alpha3,
        short_name=short_name,
        aliases=_split(row["aliases"]),
        adjectives=_split(row["adjectives"]),
        demonyms=_split(row["demonyms"]),
        un_member=BOOLEANS[membership],
    )


def read_state_names(path: Path) -> list[StateNames]:
    """The rows of the names CSV, checked for columns, values and duplicate codes."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != CSV_COLUMNS:
                raise ReferenceDataError(f"{path}: the header must be {','.join(CSV_COLUMNS)}")
            rows = [_parse_row(row, f"{path} line {reader.line_num}") for row in reader]
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(f"cannot read the state names {path}: {exc}") from exc
    _check_unique(rows, path)
    return rows


def _check_unique(rows: list[StateNames], path: Path) -> None:
    """Raise if two rows share an alpha-3 code or a slug."""
    for key in (lambda r: r.alpha3, lambda r: slugify(r.short_name)):
        seen: set[str] = set()
        for row in rows:
            if key(row) in seen:
                raise ReferenceDataError(f"{path}: {row.alpha3} ({row.short_name}) repeats {key(row)!r}")
            seen.add(key(row))


def iso_codes(alpha3: str) -> tuple[str, str]:
    """The (alpha-2, alpha-3) codes of a state, from pycountry or the user-assigned table."""
    if alpha3 in USER_ASSIGNED_ALPHA2:
        return USER_ASSIGNED_ALPHA2[alpha3], alpha3
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        raise ReferenceDataError(f"{alpha3} is not an ISO 3166-1 alpha-3 code known to pycountry")
    return country.alpha_2, alpha3


def iso_names(alpha3: str) -> tuple[str, ...]:
    """pycountry's name, official name and common name, leaving out inverted forms ("Korea, Republic of")."""
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return ()
    names = (getattr(country, field, None) for field in ("name", "official_name", "common_name"))
    return tuple(name for name in names if name and "," not in name)


def alternative_labels(names: StateNames) -> list[str]:
    """pycountry names and curated aliases, deduplicated, without the short name, in a stable order."""
    candidates = dict.fromkeys(iso_names(names.alpha3) + names.aliases)
    return sorted(name for name in candidates if name != names.short_name)


def state_iri(short_name: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a state: ``<base>state/<slug of the short name>``."""
    return URIRef(f"{base_iri}state/{slugify(short_name)}")


def add_state(graph: Graph, names: StateNames, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """Add one state's triples to the graph; returns its IRI."""
    state = state_iri(names.short_name, base_iri)
    alpha2, alpha3 = iso_codes(names.alpha3)
    graph.add((state, RDF.type, CDO.State))
    graph.add((state, RDFS.label, Literal(names.short_name, lang="en")))
    graph.add((state, SKOS.prefLabel, Literal(names.short_name, lang="en")))
    _add_english(graph, state, SKOS.altLabel, alternative_labels(names))
    _add_english(graph, state, CDO.adjective, names.adjectives)
    _add_english(graph, state, CDO.demonym, names.demonyms)
    graph.add((state, CDO.iso3166Alpha2, Literal(alpha2)))
    graph.add((state, CDO.iso3166Alpha3, Literal(alpha3)))
    graph.add((state, CDO.unMember, Literal(names.un_member)))
    return state


def _add_english(graph: Graph, subject: URIRef, predicate: URIRef, values: Iterable[str]) -> None:
    """Add each value as an @en literal of the predicate."""
    for value in values:
        graph.add((subject, predicate, Literal(value, lang="en")))


def states_graph(rows: Iterable[StateNames], base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """A graph of every state in the rows, with cdkg's prefixes and a ``state:`` prefix bound."""
    graph = bind_prefixes(Graph(), base_iri)
    graph.bind("state", Namespace(f"{base_iri}state/"))
    for names in rows:
        add_state(graph, names, base_iri)
    return graph


def render_states(graph: Graph) -> str:
    """The states graph as Turtle, preceded by a header saying it is generated and how."""
    header = (
        f"# Generated by `{GENERATING_COMMAND}` from {STATE_NAMES_FILE} and pycountry "
        f"{version('pycountry')}; do not edit by hand.\n"
        f"# Edit {STATE_NAMES_FILE} instead, then run `{GENERATING_COMMAND}`.\n\n"
    )
    return header + graph.serialize(format="turtle")


def generate_states(names_csv: Path, output: Path, base_iri: str = DEFAULT_BASE_IRI) -> int:
    """Regenerate the states Turtle file from the names CSV and pycountry.

    Args:
        names_csv: the hand-curated ``state_names.csv``.
        output: the Turtle file to (over)write.
        base_iri: the base of individual IRIs.

    Returns:
        The number of states written.
    """
    rows = read_state_names(names_csv)
    try:
        text = render_states(states_graph(rows, base_iri))
    except ReferenceDataError as exc:
        raise ReferenceDataError(f"{names_csv}: {exc.message}") from exc
    try:
        write_atomically(output, text)
    except OSError as exc:
        raise ReferenceDataError(f"cannot write {output}: {exc.strerror}") from exc
    return len(rows)
