"""Pages for people: the query page, a page per individual (RDF by Accept), search, the ontology."""

from __future__ import annotations

from urllib.parse import quote

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from cdkg.errors import CdkgError
from cdkg.namespaces import bind_prefixes
from cdkg.ontology import load_ontology
from cdkg.server.errors import ApiError
from cdkg.server.individuals import describe, individual, label_of
from cdkg.server.network import dot_source, render_svg
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

blueprint = Blueprint("pages", __name__, template_folder="templates", static_folder="static", static_url_path="/static")
RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/rdf+xml": "xml",
             "application/n-triples": "nt"}
HTML = "text/html"


def service() -> GraphService:
    """The app's GraphService."""
    return current_app.extensions["cdkg"]


def local_link(iri: str) -> str:
    """The page URL of an IRI: under /id/ for our individuals, else a search for it."""
    base = service().settings.base_iri
    if iri.startswith(base):
        return "/id/" + iri[len(base):]
    return iri


def wants_rdf() -> str | None:
    """The RDF media type the client prefers over HTML, if any."""
    best = request.accept_mimetypes.best_match([HTML, *RDF_TYPES], default=HTML)
    return None if best == HTML else best


def rdf_response(graph: Graph, media_type: str) -> Response:
    """A graph serialised in the negotiated RDF format."""
    body = bind_prefixes(graph, service().settings.base_iri).serialize(format=RDF_TYPES[media_type])
    response = Response(body, content_type=f"{media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


@blueprint.route("/")
def query_page() -> str:
    """The query page: editor, catalogue examples, results."""
    examples = [entry for entry in service().catalogue]
    return render_template("query.html", examples=examples, base_iri=service().settings.base_iri)


def _own_triples(graph: Graph, node: URIRef) -> Graph:
    result = Graph()
    for triple in graph.triples((node, None, None)):
        result.add(triple)
    for triple in graph.triples((None, None, node)):
        result.add(triple)
    return result


@blueprint.route("/id/<path:rest>")
def individual_page(rest: str) -> Response | tuple[str, int] | str:
    """An individual: HTML for browsers, Turtle, JSON-LD, RDF/XML or N-Triples by Accept."""
    if rest.endswith("/network.svg"):
        return network_svg(rest[: -len("/network.svg")])
    iri = service().settings.base_iri + rest
    media_type = wants_rdf()
    if media_type is not None:
        graph = _own_triples(describe(service(), iri), URIRef(iri))
        if len(graph) == 0:
            raise ApiError(404, f"nothing is known about {iri}")
        return rdf_response(graph, media_type)
    found = individual(service(), iri)
    if found is None:
        return render_template("not_found.html", iri=iri), 404
    is_actor = any(t in ("State", "Organisation") or "Organisation" in t or t in ("Forum", "CERT / CSIRT", "Government agency") for t in found.types)
    return render_template("individual.html", ind=found, link=local_link, network=is_actor, alternates=RDF_TYPES)


def network_svg(rest: str) -> Response:
    """The individual's network as SVG (Graphviz)."""
    iri = service().settings.base_iri + rest
    graph = describe(service(), iri)
    try:
        svg = render_svg(dot_source(graph, URIRef(iri), local_link))
    except CdkgError as error:
        raise ApiError(503, error.message) from None
    return Response(svg, content_type="image/svg+xml; charset=utf-8")


def search_query(text: str) -> str:
    """SPARQL finding individuals whose label, alias or acronym contains the text (case-insensitive)."""
    literal = text.replace("\\", "\\\\").replace('"', '\\"')
    props = " ".join(f"<{p}>" for p in (RDFS.label, SKOS.altLabel, CDO.acronym, SKOS.prefLabel))
    return f"""SELECT DISTINCT ?s ?label WHERE {{
      VALUES ?p {{ {props} }} ?s ?p ?name . FILTER(CONTAINS(LCASE(STR(?name)), LCASE("{literal}")))
      ?s <{RDFS.label}> ?label . FILTER(LANG(?label) IN ("en", "")) }} ORDER BY STRLEN(STR(?label)) ?label LIMIT 50"""


@blueprint.route("/search")
def search() -> Response | str:
    """Find individuals by label, alias or acronym."""
    text = request.args.get("q", "").strip()
    rows = service().select(search_query(text)) if text else []
    hits = [{"iri": str(r["s"]), "label": str(r["label"]), "link": local_link(str(r["s"]))} for r in rows]
    if request.accept_mimetypes.best_match([HTML, "application/json"], default=HTML) == "application/json":
        return jsonify({"query": text, "results": hits})
    return render_template("search.html", q=text, hits=hits)


def ontology_graph() -> Graph:
    """The ontology as served (from the configured file)."""
    return load_ontology(service().settings.path("ontology"))


@blueprint.route("/ontology")
@blueprint.route("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response | str:
    """The ontology: HTML documentation for browsers, Turtle or RDF/XML by Accept or extension."""
    by_extension = {"ttl": "text/turtle", "owl": "application/rdf+xml", "rdf": "application/rdf+xml", "nt": "application/n-triples", "jsonld": "application/ld+json"}
    if ext is not None and ext not in by_extension:
        raise ApiError(404, f"no ontology serialisation .{ext}; use .ttl, .owl, .rdf, .nt or .jsonld")
    media_type = by_extension[ext] if ext else wants_rdf()
    graph = ontology_graph()
    if media_type is not None:
        return rdf_response(graph, media_type)
    return render_template("ontology.html", doc=ontology_doc(graph))


def ontology_doc(graph: Graph) -> dict[str, object]:
    """Classes, properties and individuals of the ontology with labels and definitions, for the docs page."""
    from rdflib import OWL, RDF
    from cdkg.ontology import ONTOLOGY_NAMESPACE

    def entries(kind: URIRef) -> list[dict[str, str]]:
        terms = sorted(t for t in graph.subjects(RDF.type, kind) if str(t).startswith(ONTOLOGY_NAMESPACE))
        return [{"iri": str(t), "name": str(t)[len(ONTOLOGY_NAMESPACE):], "label": label_of(graph, t),
                 "definition": str(graph.value(t, SKOS.definition) or ""),
                 "parents": ", ".join(label_of(graph, p) for p in graph.objects(t, RDFS.subClassOf) if isinstance(p, URIRef))
                 or ", ".join(label_of(graph, p) for p in graph.objects(t, RDFS.subPropertyOf)),
                 "domain": label_of(graph, graph.value(t, RDFS.domain)) if isinstance(graph.value(t, RDFS.domain), URIRef) else "",
                 "range": label_of(graph, graph.value(t, RDFS.range)) if isinstance(graph.value(t, RDFS.range), URIRef) else ""}
                for t in terms]

    ontology_iri = next(graph.subjects(RDF.type, OWL.Ontology))
    meta = {str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1]: str(o) for p, o in graph.predicate_objects(ontology_iri)}
    return {"iri": str(ontology_iri), "meta": meta, "classes": entries(OWL.Class),
            "object_properties": entries(OWL.ObjectProperty), "datatype_properties": entries(OWL.DatatypeProperty),
            "individuals": entries(OWL.NamedIndividual)}


def register_pages(app: Flask) -> None:
    """Add the pages to the app (the root path and /id/, /search, /ontology)."""
    app.register_blueprint(blueprint)
    app.jinja_env.filters["urlquote"] = lambda value: quote(str(value), safe="")
