"""Browse and compare states: ``/states`` (every state with facts, counts per atlas section, a region
filter) and ``/compare/<state>/<state>[/<state>]`` (side by side, section by section, facts aligned by kind)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from flask import Blueprint, Response, jsonify, redirect, render_template, request
from rdflib.namespace import RDFS

from cdkg.server.individuals import (NAMED_PROPERTIES, TOPIC_PROPERTIES, FactRow, Individual, fact_pattern, individual,
                                     kind_terms)
from cdkg.server.regions import region_of
from cdkg.server.sections import SECTIONS, SHORT_TITLES, section_of
from cdkg.server.answers import select_strings
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

blueprint = Blueprint("states", __name__)
MAX_COMPARED = 3


@dataclass
class StateSummary:
    """One row of /states."""

    iri: str
    slug: str
    label: str
    region: str
    subregion: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Facts about the state in all sections."""
        return sum(self.counts.values())


@dataclass
class Column:
    """One compared state: its summary row and its page content."""

    state: StateSummary
    page: Individual


@dataclass
class Alignment:
    """One section of the comparison: for each kind of fact, each state's facts of that kind."""

    key: str
    title: str
    rows: list[tuple[str, list[list[FactRow]]]]


def _service() -> GraphService:
    from flask import current_app

    return current_app.extensions["cdkg"]


def state_prefix(service: GraphService) -> str:
    """Where state IRIs live: ``{base_iri}state/``."""
    return service.settings.base_iri + "state/"


def _fact_sections(service: GraphService) -> dict[tuple[str, str], str]:
    """(state IRI, fact IRI) → section, for every fact about a state."""
    topics = "|".join(f"<{p}>" for p in TOPIC_PROPERTIES)
    named = "|".join(f"<{p}>" for p in NAMED_PROPERTIES)
    rows = select_strings(service, f"""SELECT ?state ?f ?class ?topic ?agreementClass ?objectClass ?namedClass ?relation WHERE {{
      {fact_pattern("?state")} ?state a <{CDO.State}> . ?f a ?class .
      OPTIONAL {{ ?f {topics} ?topic }} OPTIONAL {{ ?f <{CDO.agreement}>/a ?agreementClass }}
      OPTIONAL {{ ?f <{CDO.claimObject}>/a ?objectClass }} OPTIONAL {{ ?f ({named})/a ?namedClass }}
      OPTIONAL {{ ?f <{CDO.relation}> ?relation }} }}""")
    found: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        key = (str(row["state"]), str(row["f"]))
        for name in ("class", "topic", "agreementClass", "objectClass", "namedClass", "relation"):
            if name in row:
                found[key][name].add(str(row[name]))
    return {key: section_of(kind_terms(sorted(v["class"]), sorted(v["agreementClass"]), sorted(v["objectClass"]),
                                       min(v["relation"], default="")), sorted(v["topic"]), sorted(v["namedClass"]))
            for key, v in found.items()}


def _names(service: GraphService, iris: set[str]) -> dict[str, tuple[str, str]]:
    """(English label, ISO alpha-2 code) of each state."""
    values = " ".join(f"<{iri}>" for iri in sorted(iris))
    rows = select_strings(service, f"""SELECT ?s (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?code) WHERE {{ VALUES ?s {{ {values} }}
      OPTIONAL {{ ?s <{RDFS.label}> ?l FILTER(LANG(?l) IN ("en", "")) }} OPTIONAL {{ ?s <{CDO.iso3166Alpha2}> ?c }} }} GROUP BY ?s""")
    return {str(r["s"]): (str(r.get("label", r["s"])), str(r.get("code", ""))) for r in rows}


def state_summaries(service: GraphService) -> list[StateSummary]:
    """Every state with at least one fact, sorted by name, with its fact counts per section."""
    sections = _fact_sections(service)
    if not sections:
        return []
    names = _names(service, {state for state, _ in sections})
    prefix = state_prefix(service)
    found: dict[str, StateSummary] = {}
    for (state, _), section in sections.items():
        label, code = names.get(state, (state, ""))
        summary = found.setdefault(state, StateSummary(state, state.removeprefix(prefix), label, *region_of(code)))
        summary.counts[section] = summary.counts.get(section, 0) + 1
    return sorted(found.values(), key=lambda s: s.label.lower())


def align(columns: list[Column]) -> list[Alignment]:
    """The states' facts section by section (atlas order), one row per kind of fact."""
    found = []
    for key, title in SECTIONS:
        facts = [[row for row in column.page.fact_rows if row.section == key] for column in columns]
        kinds = sorted({row.kind for rows in facts for row in rows})
        if kinds:
            found.append(Alignment(key, title, [(kind, [[r for r in rows if r.kind == kind] for rows in facts]) for kind in kinds]))
    return found


def not_found(message: str) -> Response:
    """The plain-words 404 page of /states and /compare."""
    return Response(render_template("no_state.html", message=message, states=state_summaries(_service())), status=404)


@blueprint.route("/states")
def states_page() -> Response | str:
    """Every state the graph has facts about, with counts per section and a region filter (JSON by Accept)."""
    summaries = state_summaries(_service())
    region = request.args.get("region", "")
    regions = sorted({s.region for s in summaries})
    shown = [s for s in summaries if not region or s.region == region]
    if request.accept_mimetypes.best_match(["text/html", "application/json"], default="text/html") == "application/json":
        return jsonify({"sections": [{"key": k, "title": t} for k, t in SECTIONS],
                        "states": [{"iri": s.iri, "label": s.label, "region": s.region, "subregion": s.subregion,
                                    "page": f"/id/state/{s.slug}", "counts": s.counts, "total": s.total} for s in shown]})
    return render_template("states.html", states=shown, all_states=summaries, regions=regions, region=region,
                           sections=SECTIONS, short=SHORT_TITLES)


@blueprint.route("/compare")
def compare_picker() -> Response | str:
    """The picker alone, or a redirect to the comparison it was filled in with."""
    chosen = [slug for slug in request.args.getlist("state") if slug][:MAX_COMPARED]
    if len(chosen) >= 2:
        return redirect("/compare/" + "/".join(chosen), code=303)
    return render_template("compare.html", columns=[], sections=[], states=state_summaries(_service()), chosen=chosen)


@blueprint.route("/compare/<a>/<b>")
@blueprint.route("/compare/<a>/<b>/<c>")
def compare_page(a: str, b: str, c: str | None = None) -> Response | str:
    """Two or three states side by side."""
    service = _service()
    summaries = {s.slug: s for s in state_summaries(service)}
    columns = []
    for slug in [s for s in (a, b, c) if s]:
        page = individual(service, state_prefix(service) + slug)
        if page is None or not page.has_type(CDO.State):
            return not_found(f"There is no state called “{slug}” in the graph.")
        summary = summaries.get(slug) or StateSummary(page.iri, slug, page.label, "", "")
        columns.append(Column(summary, page))
    return render_template("compare.html", columns=columns, sections=align(columns), states=list(summaries.values()),
                           chosen=[column.state.slug for column in columns])
