"""Pages for people: the query page, a page per individual (RDF by Accept), search, the network, the ontology.

Linked-data practice followed here: an individual's IRI (``{base_iri}state/albania``, served at
``/id/state/albania``) answers directly — HTML for browsers, Turtle, JSON-LD, RDF/XML or N-Triples
by ``Accept`` — with ``Vary: Accept`` and a ``Content-Location`` naming the variant sent, instead of a
303 to a separate document: the w3id.org base already redirects to this server, so a second hop would
only slow clients down. ``?format=turtle|ntriples|jsonld|rdfxml|html`` picks a variant by URL (the
"as data" links use it). Unknown IRIs are 404 (a page for browsers, the JSON error shape otherwise).
"""

from __future__ import annotations

from urllib.parse import quote

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from cdkg.errors import CdkgError
from cdkg.ontology import ONTOLOGY_NAMESPACE, load_ontology
from cdkg.server.errors import ApiError
from cdkg.server.individuals import describe, individual, sparql_iri, term_labels
from cdkg.server.negotiation import GRAPH_ALIASES, media_type_of
from cdkg.server.network import LEGEND, dot_source, render_svg
from cdkg.server.ontology_docs import documentation
from cdkg.server.ontology_summary import summarise
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

blueprint = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/static")
HTML = "text/html"
RDF_VARIANTS = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
                "application/n-triples": "ntriples"}
FORMAT_NAMES = {"turtle": "Turtle", "jsonld": "JSON-LD", "rdfxml": "RDF/XML", "ntriples": "N-Triples"}
ONTOLOGY_EXTENSIONS = {"ttl": "turtle", "owl": "rdfxml", "rdf": "rdfxml", "nt": "ntriples", "jsonld": "jsonld"}
SEARCH_PROPERTIES = (RDFS.label, SKOS.altLabel, SKOS.prefLabel, CDO.acronym)
SEARCH_LIMIT = 50


def service() -> GraphService:
    """The app's GraphService."""
    return current_app.extensions["cdkg"]


def ontology_anchor(iri: str) -> str:
    """The fragment of an ontology term in the served documentation."""
    docs = documentation(service().settings.path("ontology"))
    return (docs.anchors.get(iri) if docs else None) or iri[len(ONTOLOGY_NAMESPACE):]


def page_link(iri: str) -> str | None:
    """Where a browser should go for an IRI: our page for our individuals and terms, the web for
    other http(s) IRIs, nowhere for anything else (so a ``javascript:`` IRI never becomes a link)."""
    base = service().settings.base_iri
    if iri.startswith(base):
        return "/id/" + quote(iri[len(base):], safe="/:@!$&'()*+,;=-._~")
    if iri.startswith(ONTOLOGY_NAMESPACE):
        return "/ontology#" + quote(ontology_anchor(iri), safe="-._~")
    return iri if iri.startswith(("http://", "https://")) else None


def negotiated_format() -> str | None:
    """The RDF format key asked for by ``?format=`` or ``Accept`` (None: HTML)."""
    parameter = request.args.get("format", "").strip().lower()
    if parameter:
        if parameter == "html":
            return None
        if parameter not in GRAPH_ALIASES:
            raise ApiError(400, f"unknown format {parameter!r}; use html, {', '.join(FORMAT_NAMES)}")
        return GRAPH_ALIASES[parameter]
    best = request.accept_mimetypes.best_match([HTML, "application/xhtml+xml", *RDF_VARIANTS], default=HTML)
    return RDF_VARIANTS.get(best)


def rdf_response(body: bytes, fmt: str, variant_url: str) -> Response:
    """RDF in the negotiated format, marked as varying by Accept, naming the variant's own URL."""
    response = Response(body, content_type=f"{media_type_of(fmt)}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    response.headers["Content-Location"] = f"{variant_url}?format={fmt}"
    return response


def alternates_header(url: str) -> str:
    """A Link header listing the RDF variants of a page."""
    return ", ".join(f'<{url}?format={fmt}>; rel="alternate"; type="{media_type_of(fmt)}"' for fmt in FORMAT_NAMES)


@blueprint.route("/")
def query_page() -> str:
    """The query page: editor, catalogue examples, results."""
    return render_template("query.html", examples=list(service().catalogue), base_iri=service().settings.base_iri,
                           ontology_namespace=ONTOLOGY_NAMESPACE)


def individual_rdf(iri: str, fmt: str) -> Response:
    """The individual's own and incoming triples, serialised by the query engine."""
    node = sparql_iri(iri)
    query = f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }} }}"
    result = service().run(service().job(query, fmt))
    if result.count == 0:
        raise ApiError(404, f"the graph says nothing about {iri}")
    return rdf_response(result.body, fmt, request.path)


def individual_html(iri: str) -> Response:
    """The individual's page (404 page when the graph says nothing about it)."""
    found = individual(service(), iri)
    if found is None:
        return Response(render_template("not_found.html", iri=iri), status=404)
    html = render_template("individual.html", ind=found, formats=FORMAT_NAMES, legend=LEGEND)
    response = Response(html)
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = alternates_header(request.path)
    return response


@blueprint.route("/id/<path:rest>")
def individual_page(rest: str) -> Response:
    """An individual: HTML for browsers; Turtle, JSON-LD, RDF/XML or N-Triples by Accept or ?format=."""
    if rest.endswith("/network.svg"):
        return network_svg(rest[: -len("/network.svg")])
    iri = service().settings.base_iri + rest
    fmt = negotiated_format()
    return individual_html(iri) if fmt is None else individual_rdf(iri, fmt)


def network_svg(rest: str) -> Response:
    """The individual's network as SVG drawn by Graphviz (503 in the JSON shape if it cannot be drawn)."""
    iri = service().settings.base_iri + rest
    graph = describe(service(), iri)
    if len(graph) == 0:
        raise ApiError(404, f"the graph says nothing about {iri}")
    try:
        svg = render_svg(dot_source(graph, URIRef(iri), page_link))
    except CdkgError as error:
        raise ApiError(503, error.message) from None
    return Response(svg, content_type="image/svg+xml; charset=utf-8")


def search_query(text: str) -> str:
    """SPARQL finding individuals whose label, alias or acronym contains the text, case-insensitively."""
    needle = Literal(text.lower()).n3()
    properties = " ".join(f"<{p}>" for p in SEARCH_PROPERTIES)
    return f"""SELECT ?s (SAMPLE(?title) AS ?label) (SAMPLE(?kind) AS ?type) WHERE {{
      VALUES ?p {{ {properties} }} ?s ?p ?name . FILTER(CONTAINS(LCASE(STR(?name)), {needle}))
      ?s <{RDFS.label}> ?title . FILTER(LANG(?title) IN ("en", ""))
      OPTIONAL {{ ?s a ?kind }}
    }} GROUP BY ?s ORDER BY STRLEN(STR(?label)) ?label LIMIT {SEARCH_LIMIT}"""


def search_hits(text: str) -> list[dict[str, str]]:
    """Individuals matching the text: IRI, label, a type label and the page link."""
    rows = service().select(search_query(text)) if text else []
    return [{"iri": str(r["s"]), "label": str(r.get("label", r["s"])), "link": page_link(str(r["s"])) or "",
             "type": term_labels().get(str(r.get("type", "")), "")} for r in rows]


@blueprint.route("/search")
def search() -> Response | str:
    """Find individuals by label, alias or acronym (HTML, or JSON by Accept)."""
    text = request.args.get("q", "").strip()
    hits = search_hits(text)
    if request.accept_mimetypes.best_match([HTML, "application/json"], default=HTML) == "application/json":
        return jsonify({"query": text, "results": hits})
    return render_template("search.html", q=text, hits=hits)


def ontology_rdf(fmt: str) -> Response:
    """The ontology file itself for Turtle; other formats serialised by rdflib."""
    path = service().settings.path("ontology")
    if fmt == "turtle":
        body = path.read_bytes()
    else:
        rdflib_names = {"rdfxml": "xml", "ntriples": "nt", "jsonld": "json-ld"}
        body = load_ontology(path).serialize(format=rdflib_names[fmt], encoding="utf-8")
    return rdf_response(body, fmt, "/ontology")


@blueprint.route("/ontology")
@blueprint.route("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response | str:
    """The ontology: pyLODE documentation for browsers, Turtle or RDF/XML (…) by Accept or extension."""
    if ext is not None and ext not in ONTOLOGY_EXTENSIONS:
        raise ApiError(404, f"no ontology serialisation .{ext}; use .{', .'.join(ONTOLOGY_EXTENSIONS)}")
    fmt = ONTOLOGY_EXTENSIONS[ext] if ext else negotiated_format()
    if fmt is not None:
        return ontology_rdf(fmt)
    docs = documentation(service().settings.path("ontology"))
    if docs is not None:
        response = Response(docs.html.replace("<body>", "<body>" + render_template("ontology_banner.html"), 1))
    else:
        response = Response(render_template("ontology.html", doc=ontology_summary()))
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = alternates_header("/ontology")
    return response


def ontology_summary() -> dict[str, object]:
    """The built-in documentation's content, used when pyLODE cannot run."""
    return summarise(load_ontology(service().settings.path("ontology")))


def register_pages(app: Flask) -> None:
    """Add the pages to the app: /, /id/…, /search, /ontology (and the static assets)."""
    app.register_blueprint(blueprint)
    app.jinja_env.globals["page_link"] = page_link
