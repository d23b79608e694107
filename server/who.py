"""Who did what: a resolution, an incident or a cyber-diplomacy topic, and the claims that speak of it.

``/who/resolution/<slug>`` lists the votes cast on a resolution, ``/who/incident/<slug>`` who suffered an
incident and who attributed it to whom, ``/who/topic/<name>`` the positions states stated on a topic
(``Sovereignty``, ``DueDiligence``…, the local names of cdo:PolicyTopicScheme). Each answers JSON
(``{"about": …, "label": …, "rows": [...]}``, every row with the evidence it came from); the pages
helper may render them. Unknown things are 404 in the one JSON error shape.
"""

from __future__ import annotations

import re

from flask import Blueprint, Response, current_app, jsonify

from cdkg.server.errors import ApiError
from cdkg.vocabulary import CDO

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
INCIDENT = PREFIXES + """SELECT ?role ?actor ?actorLabel ?other ?otherLabel ?year (MIN(?quote) AS ?evidence) WHERE {
  { ?claim a cdo:IncidentClaim ; cdo:incident <%(iri)s> ; cdo:actor ?actor . BIND("victim" AS ?role) }
  UNION
  { ?claim a cdo:Attribution ; cdo:incident <%(iri)s> ; cdo:actor ?actor ; cdo:attributedTo ?other .
    BIND("attributed" AS ?role)
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


@blueprint.route("/who/resolution/<slug>")
def resolution(slug: str) -> Response:
    """The votes cast on a UN General Assembly resolution (``a-73-27`` for A/73/27)."""
    if not SLUG.match(slug):
        raise ApiError(404, f"no resolution {slug!r}")
    return _answer(f"{_service().settings.base_iri}resolution/{slug}", VOTES)


@blueprint.route("/who/incident/<slug>")
def incident(slug: str) -> Response:
    """Who suffered a cyber incident and who attributed it to whom."""
    if not SLUG.match(slug):
        raise ApiError(404, f"no incident {slug!r}")
    return _answer(f"{_service().settings.base_iri}incident/{slug}", INCIDENT)


@blueprint.route("/who/topic/<name>")
def topic(name: str) -> Response:
    """The positions states stated on a cyber-diplomacy topic (a local name of cdo:PolicyTopicScheme)."""
    if not TOPIC.match(name) or name not in POLICY_TOPICS:
        raise ApiError(404, f"no topic {name!r}; topics: {', '.join(sorted(POLICY_TOPICS))}")
    return _answer(str(CDO[name]), TOPIC_POSITIONS, label=POLICY_TOPICS[name])


POLICY_TOPICS = {
    "ApplicabilityOfInternationalLaw": "applicability of international law", "Sovereignty": "sovereignty",
    "DueDiligence": "due diligence", "InternationalHumanitarianLaw": "international humanitarian law",
    "Countermeasures": "countermeasures", "AttributionTopic": "attribution",
    "StateResponsibility": "state responsibility", "VoluntaryNorms": "voluntary norms",
    "ConfidenceBuildingMeasures": "confidence-building measures", "CapacityBuildingTopic": "capacity building",
    "CybercrimeTreaty": "new cybercrime treaty", "Militarisation": "militarisation of cyberspace",
    "InternetGovernance": "internet governance", "DataProtection": "data protection and privacy",
    "HumanRightsOnline": "human rights online", "CriticalInfrastructureTopic": "critical infrastructure",
    "SupplyChainSecurity": "supply chain security",
}
