"""The gazetteer: every name, alias, acronym, adjective and demonym of the reference data, matched in one pass.

Entries come from whatever ``data/reference/*.ttl`` holds (rdfs:label, skos:prefLabel,
skos:altLabel, skos:hiddenLabel, cdo:acronym, cdo:adjective, cdo:demonym) plus the
entities the extractor discovers (acronym definitions, head-word names). Matching is
case-sensitive and uses one compiled regular expression shaped as a trie, longest
match first: measured at well over 10 MB/s, where spaCy's tokenizer alone ran at 3.5 MB/s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from cdkg.errors import RDFInputError
from cdkg.vocabulary import CDO

KIND_OF_CLASS: dict[URIRef, str] = {
    CDO.State: "state", CDO.Region: "region",
    CDO.Organisation: "org", CDO.InternationalOrganisation: "org", CDO.OrganisationalBody: "org",
    CDO.GovernmentAgency: "org", CDO.CERT: "org", CDO.Forum: "org",
    CDO.Initiative: "initiative", CDO.CapacityBuildingProgramme: "initiative", CDO.Exercise: "initiative",
    CDO.Event: "event",
    # the whole profile (issue 13): kinds of their own, so that rules for programmes, documents and
    # memberships never read a convention, a resolution, a joined initiative or an incident as theirs
    CDO.Convention: "instrument", CDO.Resolution: "resolution", CDO.DiplomaticInitiative: "diplomatic",
    CDO.CyberIncident: "incident", CDO.ThreatActor: "org", CDO.UNProcess: "org", CDO.Coalition: "org",
}
NAME_PROPERTIES = {RDFS.label: "name", SKOS.prefLabel: "name", SKOS.altLabel: "name", SKOS.hiddenLabel: "name",
                   CDO.acronym: "acronym", CDO.adjective: "adjective", CDO.demonym: "demonym"}
LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")


@dataclass
class Entity:
    """Something the extractor can name: a state, organisation, region, initiative, event or document."""

    key: str
    label: str
    kind: str
    cls: URIRef
    acronym: str = ""
    names: set[str] = field(default_factory=set)
    part_of: str = ""
    agency_of: str = ""
    reference: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        """The last segment of the key, used to build readable fact IRIs."""
        return self.key.rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Match:
    """A gazetteer hit: span in the text, the entity key and the kind of name matched."""

    start: int
    end: int
    key: str
    form: str


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, shaped as a trie so longer words win."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        while len(child) == 1 and "" not in child:  # a run of single letters is one escaped string (same pattern)
            (next_char, child), = child.items()
            char += next_char
        branches.append(re.escape(char) + _trie_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


@lru_cache(maxsize=4)
def _matcher(surfaces: frozenset[str]) -> re.Pattern[str] | None:
    """The reference names' matcher, built once per process for the same names (writing out the trie took a tenth
    of a second for every extraction)."""
    return Gazetteer._compile(surfaces)


# A word that makes a state's adjective a region's ("Latin American", "South American", "Central American", "North
# American"); where the pair is itself a state's adjective ("South African", "North Korean") the longer name matches.
REGION_QUALIFIER = re.compile(r"\b(?:Latin|South|Central|North|Meso|Ibero|Pan)\s+$")


class Gazetteer:
    """Names of entities and a matcher for them; entities can be added as the extractor finds them."""

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.entities: dict[str, Entity] = {}
        self.surfaces: dict[str, tuple[str, str]] = {}
        self._base: re.Pattern[str] | None = None
        self._base_surfaces: set[str] = set()
        self._added: re.Pattern[str] | None = None
        self._added_ready = False
        self._version = 0
        self._remembered: dict[str, tuple[Match, ...]] = {}
        self._remembered_at: tuple[int, ...] = ()

    def key_of(self, iri: str) -> str:
        """The key of an IRI: its path under the base IRI, or the IRI itself."""
        return iri[len(self.base_iri):] if iri.startswith(self.base_iri) else iri

    def iri(self, key: str) -> URIRef:
        """The IRI of a key."""
        return URIRef(key if "://" in key else self.base_iri + key)

    def add(self, entity: Entity, forms: dict[str, str] | None = None) -> Entity:
        """Register an entity (or return the one already under its key) and its surface forms."""
        known = self.entities.setdefault(entity.key, entity)
        for surface, form in (forms or {}).items():
            self.add_surface(surface, known.key, form)
        return known

    def add_surface(self, surface: str, key: str, form: str) -> None:
        """Make ``surface`` a name of ``key`` (first claim wins); :meth:`find` sees it after :meth:`refresh`."""
        surface = LEADING_ARTICLE.sub("", surface.strip())
        if len(surface) < 2 or surface in self.surfaces:
            return
        self.surfaces[surface] = (key, form)
        self.entities[key].names.add(surface)
        self._version += 1

    def refresh(self) -> None:
        """Make names added since the first match matchable (compiling is costly, so it is explicit)."""
        self._added_ready = False
        self._version += 1

    def generation(self) -> tuple[int, ...]:
        """Changes whenever what :meth:`find` may match changes."""
        return (self._version,)

    def matches(self, text: str) -> tuple[Match, ...]:
        """What :meth:`find` gives for ``text``, remembered until the names change (for texts read again and
        again, such as the sentences before the current one)."""
        generation = self.generation()
        if generation != self._remembered_at:
            self._remembered, self._remembered_at = {}, generation
        found = self._remembered.get(text)
        if found is None:
            found = self._remembered[text] = tuple(self.find(text))
        return found

    @staticmethod
    def _compile(surfaces: Iterable[str]) -> re.Pattern[str] | None:
        surfaces = [s for s in surfaces if s]
        body = trie_pattern(surfaces)
        # (a look-ahead for the letters names start with: the same matches, but re skips every other position at once
        # instead of trying the look-behind there)
        first = "".join("\\" + c if c in "\\]^-[" else c for c in sorted({s[0] for s in surfaces}))
        return re.compile(rf"(?=[{first}])(?<![\w-])(?:{body})(?![\w]|-[A-Z0-9])") if body else None

    def _patterns(self) -> list[re.Pattern[str]]:
        if self._base is None and not self._base_surfaces:
            self._base_surfaces = set(self.surfaces)
            self._base = _matcher(frozenset(self._base_surfaces))
            self._added_ready = True
        if not self._added_ready:
            self._added = self._compile(s for s in self.surfaces if s not in self._base_surfaces)
            self._added_ready = True
        return [p for p in (self._base, self._added) if p is not None]

    def find(self, text: str, added_only: bool = False) -> Iterator[Match]:
        """Every gazetteer name in ``text`` (possibly overlapping across the two matchers).

        Args:
            text: the text to search.
            added_only: only names added after the first match (those of discovered entities).
        """
        patterns = self._patterns()
        if added_only:
            patterns = [self._added] if self._added is not None else []
        for pattern in patterns:
            for hit in pattern.finditer(text):
                key, form = self.surfaces[hit.group()]
                if hit.group() in GENERIC_TAILS and OTHER_NAME_BEFORE.search(text, max(0, hit.start() - 40), hit.start()):
                    continue  # "the National Security Council", "Cyber Security Council": a state's council, not the UN's
                if form in ("adjective", "demonym") and REGION_QUALIFIER.search(text, 0, hit.start()):
                    continue  # "Latin American", "South American officials": a region's people, not the state's
                yield Match(hit.start(), hit.end(), key, form)

    def lookup(self, surface: str) -> Entity | None:
        """The entity a surface names exactly, if any."""
        surface = surface.strip()
        if surface[:4] in ("the ", "The "):
            surface = LEADING_ARTICLE.sub("", surface)
        found = self.surfaces.get(surface)
        return self.entities[found[0]] if found else None


# Short names of UN organs that are also the tail of many states' own bodies' names.
GENERIC_TAILS = frozenset({"Security Council", "General Assembly"})
OTHER_NAME_BEFORE = re.compile(r"(?<![\w-])(?!(?:UN|U\.N\.|Nations|The|the|In|At|By|Of|To|A|An)\s+\Z)[A-Z][\w-]*\s+\Z")


def _kind_and_class(graph: Graph, subject: URIRef) -> tuple[str, URIRef] | None:
    classes = sorted(c for c in graph.objects(subject, RDF.type) if c in KIND_OF_CLASS)
    if not classes:
        return None
    specific = [c for c in classes if c not in (CDO.Organisation, CDO.Initiative)] or classes
    return KIND_OF_CLASS[specific[0]], specific[0]


def _entity_from(graph: Graph, subject: URIRef, gazetteer: Gazetteer) -> tuple[Entity, dict[str, str]] | None:
    kind_class = _kind_and_class(graph, subject)
    if kind_class is None:
        return None
    forms: dict[str, str] = {}
    for prop, form in NAME_PROPERTIES.items():
        for value in sorted(str(v) for v in graph.objects(subject, prop)):
            forms.setdefault(value, form)
    label = str(graph.value(subject, RDFS.label) or next(iter(forms), gazetteer.key_of(str(subject))))
    acronym = str(graph.value(subject, CDO.acronym) or "")
    part_of = graph.value(subject, CDO.partOf)
    agency_of = graph.value(subject, CDO.agencyOf)
    entity = Entity(
        key=gazetteer.key_of(str(subject)), label=label, kind=kind_class[0], cls=kind_class[1], acronym=acronym,
        part_of=gazetteer.key_of(str(part_of)) if part_of else "",
        agency_of=gazetteer.key_of(str(agency_of)) if agency_of else "", reference=True,
        extra={"alpha2": str(graph.value(subject, CDO.iso3166Alpha2) or "")},
    )
    return entity, forms


def load_reference_graph(directory: Path) -> Graph:
    """Every ``*.ttl`` file of the reference folder as one graph.

    Raises:
        RDFInputError: a file is not valid Turtle.
    """
    graph = Graph()
    for path in sorted(directory.glob("*.ttl")) if directory.is_dir() else []:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser-specific exceptions
            raise RDFInputError(f"reference file {path} is not valid Turtle: {str(exc).splitlines()[0][:200]}") from exc
    return graph


def gazetteer_from_graph(graph: Graph, base_iri: str) -> Gazetteer:
    """A gazetteer of every named state, organisation, region, initiative and event in ``graph``."""
    gazetteer = Gazetteer(base_iri)
    subjects = sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)})
    for subject in subjects:
        found = _entity_from(graph, subject, gazetteer)
        if found is not None:
            gazetteer.add(*found)
    _add_capitals(gazetteer)
    _add_spelled_out_owners(gazetteer)
    return gazetteer


OWNER_ACRONYM = re.compile(r"^([A-Z][A-Z&]{1,6})\s+(?=[A-Z][\w-]*\s+\S)")  # a name after it, not one more acronym


def _add_spelled_out_owners(gazetteer: Gazetteer) -> None:
    """A body's name that opens with its owner's acronym ("ARF Inter-Sessional Meeting on …") also names it with the
    owner spelt out ("ASEAN Regional Forum Inter-Sessional Meeting on …") or spelt out and defined ("ASEAN Regional
    Forum (ARF) Inter-Sessional Meeting on …"), unless a name already claims those; an owner's acronym before a
    single word ("OAS CICTE", "UN OEWG") is left as written (scoring reads such names word by word)."""
    for surface, (key, form) in list(gazetteer.surfaces.items()):
        found = OWNER_ACRONYM.match(surface) if form == "name" else None
        owner = gazetteer.surfaces.get(found.group(1)) if found is not None else None
        if owner is None or owner[1] != "acronym" or owner[0] == key or \
                gazetteer.entities[owner[0]].kind != "org" or gazetteer.entities[key].kind not in ("org", "event"):
            continue
        rest = surface[found.end():]
        spelt = LEADING_ARTICLE.sub("", gazetteer.entities[owner[0]].label)
        for variant in (f"{spelt} {rest}", f"{spelt} ({found.group(1)}) {rest}"):
            if gazetteer.lookup(variant) is None:
                gazetteer.add_surface(variant, key, "name")


def _add_capitals(gazetteer: Gazetteer) -> None:
    """Capital cities as names of their states (form "capital", read as the state only where an actor stands),
    unless a name already claims them."""
    from cdkg.extraction.capitals import CAPITAL_NAMES, CAPITALS

    for entity in list(gazetteer.entities.values()):
        code = entity.extra.get("alpha2", "") if entity.kind == "state" else ""
        for capital in ([CAPITALS[code]] if code in CAPITALS else []) + list(CAPITAL_NAMES.get(code, ())):
            if gazetteer.lookup(capital) is None:
                gazetteer.add_surface(capital, entity.key, "capital")
