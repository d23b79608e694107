"""Who did what: a resolution, an incident or a cyber-diplomacy topic, and the claims that speak of it.

``/who/resolution/<slug>`` lists the votes cast on a resolution, ``/who/incident/<slug>`` who suffered an
incident and who attributed it to whom, ``/who/topic/<name>`` the positions states stated on a topic
(``Sovereignty``, ``DueDiligence``…, the local names of cdo:PolicyTopicScheme). Each answers JSON
(``{"about": …, "label": …, "rows": [...]}``, every row with the evidence it came from) by default and to
``Accept: application/json``, and a page to browsers (``text/html`` ranked above JSON) or ``?format=html``.
``/resolutions``, ``/incidents`` and ``/topics`` list them all with their counts (a page by default, JSON
by ``Accept``). Unknown things are 404: a page for browsers, the one JSON error shape otherwise.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from cdkg.server import who_pages
from cdkg.server.errors import ApiError
from cdkg.server.negotiation import NotAcceptable, prefers_html
from cdkg.vocabulary import CDO, POLICY_TOPIC_LABELS

blueprint = Blueprint("who", __name__)
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,150}$")
TOPIC = re.compile(r"^[A-Z][A-Za-z]{1,60}$")
PREFIXES = """PREFIX cdo: <https://w3id.org/cdkg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
VOTES = PREFIXES + """SELECT ?state ?stateLabel ?vote ?year (MIN(?quote) AS ?evidence) WHERE {
  ?claim a cdo:Vote ; cdo:resolution <%(iri)s> ; cdo:actor ?state ; cdo:vote ?vote .
  OPTIONAL { ?claim cdo:year ?year }
  OPTIONAL { ?claim cdo:hasEvidence/oa:hasSelector/oa:exact ?quote }
  OPTIONAL { ?state rdfs:label ?stateLabel FILTER(LANG(?stateLabel) IN ("en", "")) }
} GROUP BY ?state ?stateLabel ?vote ?year ORDER BY ?vote ?stateLabel"""
INCIDENT = PREFIXES + """SELECT ?role ?actor ?actorLabel ?other ?otherLabel ?year (MIN(?quote) AS ?evidence)
    (GROUP_CONCAT(DISTINCT STR(?partner); separator=" ") AS ?jointlyWith) WHERE {
  { ?claim a cdo:IncidentClaim ; cdo:incident <%(iri)s> ; cdo:actor ?actor . BIND("victim" AS ?role) }
  UNION
  { ?claim a cdo:Attribution ; cdo:incident <%(iri)s> ; cdo:actor ?actor ; cdo:attributedTo ?other .
    BIND("attributed" AS ?role)
    OPTIONAL { ?claim cdo:jointlyWith ?partner }
    OPTIONAL { ?other rdfs:label ?otherLabel FILTER(LANG(?otherLabel) IN ("en", "")) } }
  OPTIONAL { ?claim cdo:year ?year }
  OPTIONAL { ?claim cdo:hasEvidence/oa:hasSelector/oa:exact ?quote }
  OPTIONAL { ?actor rdfs:label ?actorLabel FILTER(LANG(?actorLabel) IN ("en", "")) }
} GROUP BY ?role ?actor ?actorLabel ?other ?otherLabel ?year ORDER BY DESC(?role) ?actorLabel"""
TOPIC_POSITIONS = PREFIXES + """SELECT ?state ?stateLabel ?where ?whereLabel ?year (MIN(?quote) AS ?evidence) WHERE {
  ?claim a cdo:PositionStatement ; cdo:policyTopic <%(iri)s> ; cdo:actor ?state ; cdo:forum|cdo:statedIn ?where .
  OPTIONAL { ?claim cdo:year ?year }
  OPTIONAL { ?claim cdo:hasEvidence/oa:hasSelector/oa:exact ?quote }
  OPTIONAL { ?state rdfs:label ?stateLabel FILTER(LANG(?stateLabel) IN ("en", "")) }
  OPTIONAL { ?where rdfs:label ?whereLabel FILTER(LANG(?whereLabel) IN ("en", "")) }
} GROUP BY ?state ?stateLabel ?where ?whereLabel ?year ORDER BY ?stateLabel"""
LABEL = "SELECT ?label WHERE { <%(iri)s> <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 1"


def _service():  # type: ignore[no-untyped-def]
    return current_app.extensions["cdkg"]


def _answer(iri: str, query: str, label: str | None = None) -> Response:
    service = _service()
    if label is None:
        found = service.select(LABEL % {"iri": iri})
        if not found:
            raise ApiError(404, f"the graph says nothing about {iri}")
        label = str(found[0]["label"])
    rows = [{k: str(v) for k, v in row.items()} for row in service.select(query % {"iri": iri})]
    return jsonify({"about": iri, "label": label, "rows": rows})


def _html(default: bool = False) -> bool:
    try:
        return prefers_html(request, default)
    except NotAcceptable as error:
        raise ApiError(400, str(error)) from None


@blueprint.after_request
def _varies_by_accept(response: Response) -> Response:
    """Every answer here is a page or JSON by Accept: caches must keep them apart."""
    response.vary.add("Accept")
    return response


def _page(html: str, status: int = 200) -> Response:
    """A page naming its JSON variant."""
    response = Response(html, status=status)
    if status == 200:
        response.headers["Link"] = f'<{request.path}?format=json>; rel="alternate"; type="application/json"'
    return response


def _missing(kind: str, name: str, index: str) -> Response:
    """The 404: a page listing where to look for browsers, the JSON error shape for everyone else."""
    detail = f"no {kind} {name!r}"
    if not _html():
        raise ApiError(404, detail)
    return _page(render_template("who_not_found.html", kind=kind, name=name, index=index), 404)


@blueprint.route("/who/resolution/<slug>")
def resolution(slug: str) -> Response:
    """The votes cast on a UN General Assembly resolution (``a-73-27`` for A/73/27)."""
    iri = f"{_service().settings.base_iri}resolution/{slug}"
    if not SLUG.match(slug):
        return _missing("resolution", slug, "/resolutions")
    if not _html():
        return _answer(iri, VOTES)
    page = who_pages.resolution_page(_service(), iri, slug)
    if page is None:
        return _missing("resolution", slug, "/resolutions")
    return _page(render_template("resolution.html", page=page))


@blueprint.route("/who/incident/<slug>")
def incident(slug: str) -> Response:
    """Who suffered a cyber incident and who attributed it to whom."""
    iri = f"{_service().settings.base_iri}incident/{slug}"
    if not SLUG.match(slug):
        return _missing("incident", slug, "/incidents")
    if not _html():
        return _answer(iri, INCIDENT)
    page = who_pages.incident_page(_service(), iri, slug)
    if page is None:
        return _missing("incident", slug, "/incidents")
    return _page(render_template("incident.html", page=page))


@blueprint.route("/who/topic/<name>")
def topic(name: str) -> Response:
    """The positions states stated on a cyber-diplomacy topic (a local name of cdo:PolicyTopicScheme)."""
    if not TOPIC.match(name) or name not in POLICY_TOPICS:
        if _html():
            return _missing("topic", name, "/topics")
        raise ApiError(404, f"no topic {name!r}; topics: {', '.join(sorted(POLICY_TOPICS))}")
    if not _html():
        return _answer(str(CDO[name]), TOPIC_POSITIONS, label=POLICY_TOPICS[name])
    page = who_pages.topic_page(_service(), name, POLICY_TOPICS[name])
    return _page(render_template("topic.html", page=page))


def _value(value: who_pages.Value) -> dict[str, str]:
    return {"iri": value.iri, "label": value.text}


@blueprint.route("/resolutions")
def resolutions() -> Response:
    """Every UN resolution in the graph with its sponsor, year, topics and the votes recorded on it."""
    found = who_pages.resolution_index(_service())
    if _html(default=True):
        return _page(render_template("resolutions.html", resolutions=found))
    return jsonify({"resolutions": [{"iri": r.iri, "symbol": r.symbol, "year": r.year,
                                     "sponsors": [_value(v) for v in r.sponsor_list], "topics": sorted(r.topics),
                                     "counts": r.counts, "total": r.total, "page": f"/who/resolution/{r.slug}"}
                                    for r in found]})


@blueprint.route("/incidents")
def incidents() -> Response:
    """Every cyber incident in the graph with its kind, year, victims and who it was attributed to."""
    found = who_pages.incident_index(_service())
    if _html(default=True):
        return _page(render_template("incidents.html", incidents=found))
    return jsonify({"incidents": [{"iri": i.iri, "label": i.label, "year": i.year, "kinds": sorted(i.kinds),
                                   "sectors": sorted(i.sectors), "victims": [_value(v) for v in i.victim_list],
                                   "attributedTo": [_value(v) for v in i.culprit_list],
                                   "attributions": len(i.attributions), "page": f"/who/incident/{i.slug}"}
                                  for i in found]})


@blueprint.route("/topics")
def topics() -> Response:
    """Every topic of cdo:PolicyTopicScheme with the positions stated on it and the resolutions about it."""
    found = who_pages.topic_index(_service(), POLICY_TOPICS)
    if _html(default=True):
        return _page(render_template("topics.html", topics=found))
    return jsonify({"topics": [asdict(t) | {"page": f"/who/topic/{t.name}"} for t in found]})


@dataclass(frozen=True)
class WhoLink:
    """A link to the who-did-what page of a resolution, an incident or a topic, and what it shows."""

    url: str
    text: str


WHO_TEXT = {"resolution": "who voted", "incident": "victims and attributions", "topic": "who said what"}


def who_link(iri: str) -> WhoLink | None:
    """The who-did-what page of a resolution, incident or topic IRI (None for anything else)."""
    base = _service().settings.base_iri
    for kind in ("resolution", "incident"):
        slug = iri.removeprefix(f"{base}{kind}/")
        if slug != iri and SLUG.match(slug):
            return WhoLink(f"/who/{kind}/{slug}", WHO_TEXT[kind])
    name = TOPIC_NAMES.get(iri)
    return WhoLink(f"/who/topic/{name}", WHO_TEXT["topic"]) if name else None


POLICY_TOPICS = POLICY_TOPIC_LABELS  # local name -> skos:prefLabel, generated from the ontology
TOPIC_NAMES = {str(CDO[name]): name for name in POLICY_TOPICS}  # topic IRI → its local name
