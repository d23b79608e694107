"""What the who-did-what pages show: a resolution's votes, an incident's victims and attributions, a topic's
positions, and the three indexes listing every resolution, incident and topic with their counts.

Each claim is read with all its evidence nodes, and the evidence is shown the way the individual pages show
it (``individuals.evidence_entries``: quote, source documents, the sentence in its document, a cite-this line).
IRIs reach the queries only through ``individuals.sparql_iri``, which refuses anything that is not an IRI.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import RDFS, SKOS

from cdkg.server.answers import select_strings
from cdkg.server.citations import citations
from cdkg.server.individuals import Evidence, Value, evidence_entries, ontology_graph, sparql_iri, term_labels
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

PREFIXES = """PREFIX cdo: <https://w3id.org/cdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
LABEL = 'OPTIONAL {{ {0} rdfs:label ?{1}_l FILTER(LANG(?{1}_l) IN ("en", "")) }}'
# The claim's evidence nodes and confidences: every page's query ends with these.
EVIDENCE = """OPTIONAL { ?claim cdo:hasEvidence ?e OPTIONAL { ?e cdo:confidence ?ec } }
  OPTIONAL { ?claim cdo:confidence ?cc }"""
VOTE_ORDER = (str(CDO.InFavour), str(CDO.Against), str(CDO.Abstained))


@dataclass
class ClaimRow:
    """One claim on a who page: who, when, with whom, and the sentences it was read from."""

    iri: str
    actor: Value
    year: str = ""
    values: dict[str, list[Value]] = field(default_factory=dict)  # other roles: vote, attributedTo, jointlyWith, forum…
    evidence: list[Evidence] = field(default_factory=list)

    def first(self, name: str) -> Value | None:
        """The first value of a role, or None."""
        return (self.values.get(name) or [None])[0]


@dataclass
class VoteGroup:
    """The votes of one value (in favour, against, abstained) cast on a resolution."""

    key: str
    label: str
    rows: list[ClaimRow]


@dataclass
class ResolutionPage:
    """A UN General Assembly resolution and the votes cast on it."""

    iri: str
    slug: str
    symbol: str
    definition: str
    year: str
    sponsors: list[Value]
    topics: list[Value]
    groups: list[VoteGroup]

    @property
    def count(self) -> int:
        """Votes recorded on the resolution."""
        return sum(len(group.rows) for group in self.groups)


@dataclass
class IncidentPage:
    """A cyber incident: what it was, who suffered it, who attributed it to whom."""

    iri: str
    slug: str
    label: str
    kinds: list[Value]
    sectors: list[str]
    year: str
    victims: list[ClaimRow]
    attributions: list[ClaimRow]
    evidence: list[Evidence]

    @property
    def attributed_to(self) -> list[Value]:
        """Everyone the incident was attributed to, by anyone."""
        found = {v.iri: v for row in self.attributions for v in row.values.get("to", [])}
        return sorted(found.values(), key=lambda v: v.text)


@dataclass
class TopicPage:
    """A cyber-diplomacy topic of cdo:PolicyTopicScheme, the positions states stated on it and the resolutions on it."""

    iri: str
    name: str
    label: str
    definition: str
    positions: list[ClaimRow]
    resolutions: list[ResolutionSummary]

    @property
    def states(self) -> int:
        """How many states stated a position on the topic."""
        return len({row.actor.iri for row in self.positions})


def _label_of(row: dict[str, str], name: str) -> Value:
    iri = row.get(name, "")
    return Value(row.get(f"{name}_l") or term_labels().get(iri) or _local_name(iri), iri)


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def labels(service: GraphService, iris: set[str]) -> dict[str, Value]:
    """Each IRI with its English label (an ontology term's label, else its local name, when the graph has none).

    Labels are read for known IRIs only: an OPTIONAL label of a variable that may be unbound would match
    every label in the graph.
    """
    values = " ".join(sparql_iri(iri) for iri in sorted(iris))
    rows = select_strings(service, f"""{PREFIXES}SELECT ?s (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?s {{ {values} }}
      ?s rdfs:label ?l FILTER(LANG(?l) IN ("en", "")) }} GROUP BY ?s""") if values else []
    found = {row["s"]: row["label"] for row in rows}
    return {iri: Value(found.get(iri) or term_labels().get(iri) or _local_name(iri), iri) for iri in iris}


def _claims(service: GraphService, pattern: str, roles: tuple[str, ...]) -> list[ClaimRow]:
    """The claims a pattern binds to ?claim (actor ?actor, optional ?year and the named role variables).

    Args:
        service: the graph.
        pattern: SPARQL binding ?claim and ?actor, and optionally ?year and each role variable.
        roles: variables naming other individuals (each shown with its English label).
    """
    names = " ".join(f"?{name}" for name in roles)
    rows = select_strings(service, f"""{PREFIXES}SELECT ?claim ?actor ?year {names} ?e ?ec ?cc WHERE {{
      {pattern}
      {EVIDENCE} }}""")
    named = labels(service, {row[name] for row in rows for name in ("actor", *roles) if name in row})
    found: dict[str, ClaimRow] = {}
    nodes: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        claim = found.setdefault(row["claim"], ClaimRow(row["claim"], named[row["actor"]]))
        if row.get("year") and (not claim.year or row["year"] < claim.year):  # the earliest, whatever the row order
            claim.year = row["year"]
        for name in roles:
            if name in row and all(v.iri != row[name] for v in claim.values.get(name, [])):
                claim.values.setdefault(name, []).append(named[row[name]])
        if "e" in row:
            nodes[claim.iri].setdefault(row["e"], row.get("ec") or row.get("cc", ""))
    cited = citations(service, [node for per_claim in nodes.values() for node in per_claim])
    for claim in found.values():
        claim.evidence = evidence_entries(sorted(nodes[claim.iri].items()), cited)
        for values in claim.values.values():
            values.sort(key=lambda v: v.text)
    return sorted(found.values(), key=lambda c: (c.actor.text.lower(), c.year, c.iri))


def _values(service: GraphService, iri: str, prop: object) -> list[Value]:
    """The values of a property of an individual, with their English labels (ontology terms by their label)."""
    rows = select_strings(service, f"""{PREFIXES}SELECT ?v ?v_l ?named WHERE {{ {sparql_iri(iri)} <{prop}> ?v .
      BIND(isIRI(?v) AS ?named) {LABEL.format("?v", "v")} }}""")
    found = {row["v"]: _label_of(row, "v") if row["named"] == "true" else Value(row["v"]) for row in rows}
    return sorted(found.values(), key=lambda v: v.text)


def _literal(service: GraphService, iri: str, *props: object) -> str:
    """The first value found among the properties ("" without one)."""
    for prop in props:
        values = _values(service, iri, prop)
        if values:
            return values[0].text
    return ""


def _is_a(service: GraphService, iri: str, cls: object) -> bool:
    return service.ask(f"ASK {{ {sparql_iri(iri)} a <{cls}> }}")


def resolution_page(service: GraphService, iri: str, slug: str) -> ResolutionPage | None:
    """The resolution's page content, or None when the graph has no such resolution."""
    if not _is_a(service, iri, CDO.Resolution):
        return None
    node = sparql_iri(iri)
    votes = _claims(service, f"?claim a cdo:Vote ; cdo:resolution {node} ; cdo:actor ?actor ; cdo:vote ?vote . "
                             "OPTIONAL { ?claim cdo:year ?year }", ("vote",))
    by_value: dict[str, list[ClaimRow]] = defaultdict(list)
    for row in votes:
        by_value[row.values["vote"][0].iri].append(row)
    order = [*VOTE_ORDER, *sorted(set(by_value) - set(VOTE_ORDER))]
    groups = [VoteGroup(key.rsplit("#", 1)[-1], _capital(term_labels().get(key, key)), by_value[key]) for key in order]
    date = _literal(service, iri, CDO.date)
    return ResolutionPage(iri, slug, _literal(service, iri, CDO.symbol, RDFS.label),
                          _literal(service, iri, SKOS.definition), date[:4], _values(service, iri, CDO.sponsoredBy),
                          _values(service, iri, CDO.policyTopic), groups)


def incident_page(service: GraphService, iri: str, slug: str) -> IncidentPage | None:
    """The incident's page content, or None when the graph has no such incident."""
    if not _is_a(service, iri, CDO.CyberIncident):
        return None
    node = sparql_iri(iri)
    victims = _claims(service, f"?claim a cdo:IncidentClaim ; cdo:incident {node} ; cdo:actor ?actor . "
                               "OPTIONAL { ?claim cdo:year ?year }", ())
    attributions = _claims(service, f"""?claim a cdo:Attribution ; cdo:incident {node} ; cdo:actor ?actor .
      OPTIONAL {{ ?claim cdo:attributedTo ?to }} OPTIONAL {{ ?claim cdo:jointlyWith ?jointly }}
      OPTIONAL {{ ?claim cdo:year ?year }}""", ("to", "jointly"))
    attributions.sort(key=lambda c: (c.year, c.actor.text.lower()))
    evidence_rows = select_strings(service, f"{PREFIXES}SELECT ?e ?c WHERE {{ {node} cdo:hasEvidence ?e "
                                            "OPTIONAL { ?e cdo:confidence ?c } }")
    own = sorted((row["e"], row.get("c", "")) for row in evidence_rows)
    years = sorted(row.year for row in victims if row.year)
    return IncidentPage(iri, slug, _literal(service, iri, RDFS.label) or slug,
                        _values(service, iri, CDO.incidentKind), [v.text for v in _values(service, iri, CDO.victimSector)],
                        years[0] if years else "", victims, attributions,
                        evidence_entries(own, citations(service, [e for e, _ in own])))


def topic_page(service: GraphService, name: str, label: str) -> TopicPage:
    """A topic's page content: its SKOS label and definition, the positions on it and the resolutions about it."""
    topic = CDO[name]
    positions = _claims(service, f"""?claim a cdo:PositionStatement ; cdo:policyTopic <{topic}> ; cdo:actor ?actor .
      OPTIONAL {{ ?claim cdo:forum|cdo:statedIn ?where }}
      OPTIONAL {{ ?claim cdo:year ?statedYear }}
      OPTIONAL {{ ?claim cdo:statedIn ?paper . ?issuance a cdo:Issuance ; cdo:claimObject ?paper ;
                  cdo:status cdo:Published ; cdo:year ?paperYear }}
      BIND(COALESCE(?statedYear, ?paperYear) AS ?year)""", ("where",))
    return TopicPage(str(topic), name, label, definition_of(str(topic)), positions,
                     [r for r in resolution_index(service) if str(topic) in r.topics])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class ResolutionSummary:
    """One row of /resolutions."""

    iri: str
    slug: str
    symbol: str
    year: str
    sponsors: dict[str, Value] = field(default_factory=dict)
    topics: dict[str, Value] = field(default_factory=dict)
    votes: dict[str, str] = field(default_factory=dict)  # vote claim → its value

    @property
    def counts(self) -> dict[str, int]:
        """Votes of each value, by the value's local name (InFavour, Against, Abstained)."""
        cast = list(self.votes.values())
        return {key.rsplit("#", 1)[-1]: cast.count(key) for key in VOTE_ORDER}

    @property
    def total(self) -> int:
        """Votes recorded on the resolution."""
        return len(self.votes)

    @property
    def sponsor_list(self) -> list[Value]:
        """The sponsors, by name."""
        return sorted(self.sponsors.values(), key=lambda v: v.text)

    @property
    def topic_list(self) -> list[Value]:
        """The topics, by label."""
        return sorted(self.topics.values(), key=lambda v: v.text)


def resolution_index(service: GraphService) -> list[ResolutionSummary]:
    """Every resolution: symbol, year, sponsors, topics and the number of votes of each value."""
    rows = select_strings(service, f"""{PREFIXES}SELECT ?r ?r_l ?symbol ?date ?sponsor ?sponsor_l ?topic ?claim ?vote WHERE {{
      ?r a cdo:Resolution . {LABEL.format("?r", "r")}
      OPTIONAL {{ ?r cdo:symbol ?symbol }} OPTIONAL {{ ?r cdo:date ?date }}
      OPTIONAL {{ ?r cdo:sponsoredBy ?sponsor {LABEL.format("?sponsor", "sponsor")} }}
      OPTIONAL {{ ?r cdo:policyTopic ?topic }}
      OPTIONAL {{ ?claim a cdo:Vote ; cdo:resolution ?r ; cdo:vote ?vote }} }}""")
    found: dict[str, ResolutionSummary] = {}
    for row in rows:
        slug = row["r"].rsplit("/", 1)[-1]
        entry = found.setdefault(row["r"], ResolutionSummary(row["r"], slug, row.get("symbol") or row.get("r_l") or slug,
                                                             row.get("date", "")[:4]))
        if "sponsor" in row:
            entry.sponsors[row["sponsor"]] = _label_of(row, "sponsor")
        if "topic" in row:
            entry.topics[row["topic"]] = _label_of(row, "topic")
        if "claim" in row:
            entry.votes[row["claim"]] = row["vote"]
    return sorted(found.values(), key=lambda e: _symbol_key(e.symbol))


def _symbol_key(symbol: str) -> tuple[object, ...]:
    """A/73/27 before A/73/266 before A/74/247: numbers compared as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in symbol.replace("/", " ").split())


@dataclass
class IncidentSummary:
    """One row of /incidents."""

    iri: str
    slug: str
    label: str
    kinds: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    victims: dict[str, Value] = field(default_factory=dict)
    attributed_to: dict[str, Value] = field(default_factory=dict)
    attributions: set[str] = field(default_factory=set)

    @property
    def year(self) -> str:
        """The first year a victim suffered it ("" when no claim dates it)."""
        return min(self.years, default="")

    @property
    def victim_list(self) -> list[Value]:
        """The victims, by name."""
        return sorted(self.victims.values(), key=lambda v: v.text)

    @property
    def culprit_list(self) -> list[Value]:
        """Everyone it was attributed to, by name."""
        return sorted(self.attributed_to.values(), key=lambda v: v.text)


def incident_index(service: GraphService) -> list[IncidentSummary]:
    """Every incident: name, kinds, the first year it was suffered, victims, and who it was attributed to."""
    rows = select_strings(service, f"""{PREFIXES}SELECT ?i ?i_l ?kind ?sector ?year ?victim ?victim_l ?attribution ?to ?to_l WHERE {{
      ?i a cdo:CyberIncident . {LABEL.format("?i", "i")}
      OPTIONAL {{ ?i cdo:incidentKind ?kind }} OPTIONAL {{ ?i cdo:victimSector ?sector }}
      OPTIONAL {{ ?suffered a cdo:IncidentClaim ; cdo:incident ?i ; cdo:actor ?victim .
                 OPTIONAL {{ ?suffered cdo:year ?year }} {LABEL.format("?victim", "victim")} }}
      OPTIONAL {{ ?attribution a cdo:Attribution ; cdo:incident ?i .
                 OPTIONAL {{ ?attribution cdo:attributedTo ?to {LABEL.format("?to", "to")} }} }} }}""")
    found: dict[str, IncidentSummary] = {}
    for row in rows:
        slug = row["i"].rsplit("/", 1)[-1]
        entry = found.setdefault(row["i"], IncidentSummary(row["i"], slug, row.get("i_l") or slug))
        entry.kinds |= {_label_of(row, "kind").text} if "kind" in row else set()
        entry.sectors |= {row["sector"]} if "sector" in row else set()
        entry.years |= {row["year"]} if "year" in row else set()
        entry.attributions |= {row["attribution"]} if "attribution" in row else set()
        if "victim" in row:
            entry.victims[row["victim"]] = _label_of(row, "victim")
        if "to" in row:
            entry.attributed_to[row["to"]] = _label_of(row, "to")
    return sorted(found.values(), key=lambda e: (e.year or "9999", e.label.lower()))


@dataclass
class TopicSummary:
    """One row of /topics."""

    name: str
    iri: str
    label: str
    definition: str
    positions: int
    states: int
    resolutions: int


def topic_index(service: GraphService, topics: dict[str, str]) -> list[TopicSummary]:
    """Every topic of the scheme (in the scheme's order): label, definition, positions, states and resolutions."""
    rows = select_strings(service, f"""{PREFIXES}SELECT ?topic (COUNT(DISTINCT ?claim) AS ?positions)
      (COUNT(DISTINCT ?state) AS ?states) WHERE {{
      ?claim a cdo:PositionStatement ; cdo:policyTopic ?topic ; cdo:actor ?state }} GROUP BY ?topic""")
    counts = {row["topic"]: (int(row["positions"]), int(row["states"])) for row in rows}
    resolutions: dict[str, int] = defaultdict(int)
    for entry in resolution_index(service):
        for topic in entry.topics:
            resolutions[topic] += 1
    found = []
    for name, label in topics.items():
        iri = str(CDO[name])
        found.append(TopicSummary(name, iri, label, definition_of(iri), *counts.get(iri, (0, 0)), resolutions[iri]))
    return found


def definition_of(iri: str) -> str:
    """The ontology's skos:definition of a term ("" without one)."""
    return str(ontology_graph().value(URIRef(iri), SKOS.definition) or "")
