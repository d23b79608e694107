"""Search that forgives: exact names first, then acronyms, word starts and typos (rapidfuzz), and the
words of the quoted sentences.

The index (every label, alias and acronym; every quote's words) is built once per graph version
and kept in memory; a query is answered in Python, so no user text ever reaches SPARQL.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from rdflib.namespace import RDF, RDFS, SKOS

from cdkg.server.citations import EVIDENCE_LINK, citation_query, snippet
from cdkg.server.answers import select_strings
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

NAME_PROPERTIES = (RDFS.label, SKOS.altLabel, SKOS.prefLabel, CDO.acronym)
HIDDEN_TYPES = (CDO.Evidence, CDO.SourceDocument)
FUZZY_CUTOFF = 85
WORD_MATCH = 80
WORD_CUTOFF = 84
EXACT, ACRONYM, INITIALS, WORD_START, CONTAINS = 100, 97, 90, 88, 84
_WORD = re.compile(r"\w+")
_STOP = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "de"}


def words(text: str) -> list[str]:
    """Lower-case words of a text."""
    return [w.casefold() for w in _WORD.findall(text)]


def initials(text: str) -> str:
    """The first letters of the text's words ("memorandum of understanding" → "mou")."""
    return "".join(word[0] for word in words(text) if not word.isdigit())


@dataclass
class Thing:
    """A searchable individual."""

    iri: str
    label: str
    kind: str
    names: set[str] = field(default_factory=set)


@dataclass
class QuoteEntry:
    """A quoted sentence and the fact it supports."""

    fact: str
    label: str
    quote: str


@dataclass
class SearchIndex:
    """Names (normalised name → IRIs), the choices for fuzzy matching, and the quotes' word index."""

    things: dict[str, Thing]
    exact: dict[str, set[str]]
    choices: list[str]
    owners: list[str]
    quotes: list[QuoteEntry]
    postings: dict[str, set[int]]


def _things(service: GraphService) -> dict[str, Thing]:
    properties = " ".join(f"<{p}>" for p in NAME_PROPERTIES)
    hidden = " ".join(f"<{t}>" for t in HIDDEN_TYPES)
    rows = select_strings(service, f"""SELECT ?s ?name ?label ?type WHERE {{ VALUES ?p {{ {properties} }} ?s ?p ?name .
      FILTER(isIRI(?s)) FILTER NOT EXISTS {{ VALUES ?hidden {{ {hidden} }} ?s a ?hidden }}
      OPTIONAL {{ ?s <{RDFS.label}> ?label FILTER(LANG(?label) IN ("en", "")) }} OPTIONAL {{ ?s <{RDF.type}> ?type }} }}""")
    from cdkg.server.individuals import human_words, term_labels

    found: dict[str, Thing] = {}
    for row in rows:
        iri = str(row["s"])
        thing = found.setdefault(iri, Thing(iri, human_words(str(row.get("label", row["name"]))),
                                            term_labels().get(str(row.get("type", "")), "")))
        thing.names.add(human_words(str(row["name"])))
    return found


def _quotes(service: GraphService) -> list[QuoteEntry]:
    evidence = {str(r["e"]): str(r["quote"]) for r in select_strings(service, citation_query(f"?f <{EVIDENCE_LINK}> ?e .")) if "quote" in r}
    rows = select_strings(service, f"""SELECT ?f ?e (SAMPLE(?l) AS ?label) WHERE {{ ?f <{EVIDENCE_LINK}> ?e .
      OPTIONAL {{ ?f <{RDFS.label}> ?l }} }} GROUP BY ?f ?e""")
    from cdkg.server.individuals import human_words

    entries = {(str(r["f"]), evidence[str(r["e"])]): human_words(str(r.get("label", r["f"]))) for r in rows if str(r["e"]) in evidence}
    return [QuoteEntry(fact, label, quote) for (fact, quote), label in sorted(entries.items())]


def build_index(service: GraphService) -> SearchIndex:
    """The index of the graph as it is now."""
    things = _things(service)
    exact: dict[str, set[str]] = defaultdict(set)
    choices, owners = [], []
    for thing in things.values():
        for name in thing.names:
            exact[name.casefold()].add(thing.iri)
            choices.append(name)
            owners.append(thing.iri)
    quotes = _quotes(service)
    postings: dict[str, set[int]] = defaultdict(set)
    for index, entry in enumerate(quotes):
        for word in set(words(entry.quote)):
            postings[word].add(index)
    return SearchIndex(things, dict(exact), choices, owners, quotes, dict(postings))


_CACHE: dict[tuple[int, str], SearchIndex] = {}
_LOCK = threading.Lock()


def index_for(service: GraphService) -> SearchIndex:
    """The index for the service's current graph version (built on first use; an injected store,
    which may change unseen, gets a fresh one each time)."""
    if service.source is None:
        return build_index(service)
    key = (id(service), service.version())
    with _LOCK:
        if key not in _CACHE:
            for old in [k for k in _CACHE if k[0] == id(service)]:
                del _CACHE[old]
            _CACHE[key] = build_index(service)
        return _CACHE[key]


def _name_score(query: str, name: str) -> int:
    """Exact, acronym, word-start and containment matches of a name (0 when none)."""
    folded = name.casefold()
    if folded == query:
        return EXACT
    compact = query.replace(" ", "")
    if 2 <= len(compact) <= 8 and compact.isalpha() and " " not in query:
        letters = initials(name)
        if letters == compact:
            return ACRONYM
        if len(compact) >= 3 and compact in letters and re.search(r"\b" + re.escape(compact[0]), folded):
            return INITIALS
    if re.search(r"(?<!\w)" + re.escape(query), folded):
        return WORD_START
    return CONTAINS if len(query) >= 3 and query in folded else 0


def name_scores(index: SearchIndex, text: str) -> dict[str, float]:
    """The best score of each individual whose names match the text."""
    query = " ".join(words(text))
    scores: dict[str, float] = defaultdict(float)
    if not query:
        return scores
    for name, owner in zip(index.choices, index.owners):
        score = _name_score(query, name)
        if score:
            scores[owner] = max(scores[owner], score + (0.5 if name == index.things[owner].label else 0))
    if len(query.replace(" ", "")) >= 4:
        for name, score, position in process.extract(query, index.choices, scorer=fuzz.WRatio, processor=default_process,
                                                     score_cutoff=FUZZY_CUTOFF, limit=200):
            owner = index.owners[position]
            if every_word_close(query, name):
                scores[owner] = max(scores[owner], score * 0.85)
    return scores


def every_word_close(query: str, name: str) -> bool:
    """Whether each word of the query (stop words aside) is close to some word of the name."""
    names = words(name)
    return all(any(fuzz.ratio(word, other) >= WORD_MATCH for other in names) for word in words(query) if word not in _STOP)


def _matching_words(index: SearchIndex, word: str) -> set[int]:
    if len(word) < 4:
        return set(index.postings.get(word, set()))
    found: set[int] = set()
    for candidate, _, _ in process.extract(word, list(index.postings), scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=50):
        found |= index.postings[candidate]
    return found


def quote_hits(index: SearchIndex, text: str, limit: int = 20) -> list[QuoteEntry]:
    """Facts whose quoted sentence holds every word of the text (each word allowing a typo)."""
    wanted = [w for w in words(text) if w not in _STOP]
    if not wanted:
        return []
    found = set.intersection(*(_matching_words(index, w) for w in wanted))
    return [index.quotes[i] for i in sorted(found)][:limit]


def search(service: GraphService, text: str, limit: int = 50) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(individuals, quotes) matching the text, best first: exact names, acronyms, word starts, typos."""
    from cdkg.server.pages import page_link

    index = index_for(service)
    scores = name_scores(index, text)
    ranked = sorted(scores, key=lambda iri: (-scores[iri], len(index.things[iri].label), index.things[iri].label))[:limit]
    hits = [{"iri": iri, "label": index.things[iri].label, "link": page_link(iri) or "", "type": index.things[iri].kind,
             "score": str(round(scores[iri]))} for iri in ranked]
    quotes = [{"fact": q.fact, "label": q.label, "link": page_link(q.fact) or "", "quote": snippet(q.quote, 240)}
              for q in quote_hits(index, text)]
    return hits, quotes
