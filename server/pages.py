"""Pages for people: the query page, a page per individual (RDF by Accept), search, the network, the ontology.

Linked-data practice followed here: an individual's IRI (``{base_iri}state/albania``, served at
``/id/state/albania``) answers directly — HTML for browsers, Turtle, JSON-LD, RDF/XML or N-Triples
by ``Accept`` — with ``Vary: Accept`` and a ``Content-Location`` naming the variant sent, instead of a
303 to a separate document: the w3id.org base already redirects to this server, so a second hop would
only slow clients down. ``?format=turtle|ntriples|jsonld|rdfxml|html`` picks a variant by URL (the
"as data" links use it). Unknown IRIs are 404 (a page for browsers, the JSON error shape otherwise).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from urllib.parse import quote

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request
from markupsafe import Markup
from rdflib import URIRef

from cdkg.errors import CdkgError
from cdkg.ontology import ONTOLOGY_NAMESPACE, load_ontology
from cdkg.server.citations import Citation, cite_line, citations_in, facts_citing, snippet
from cdkg.server.documents import document_text, segments
from cdkg.server.errors import ApiError
from cdkg.server.individuals import Individual, describe, individual, sparql_iri, term_labels
from cdkg.server.negotiation import GRAPH_ALIASES, media_type_of
from cdkg.server.network import LEGEND, dot_source, render_svg
from cdkg.server.ontology_docs import documentation
from cdkg.server.ontology_summary import summarise
from cdkg.server.regions import region_of
from cdkg.server.search import search as search_graph
from cdkg.server.service import GraphService
from cdkg.server.timeline import timeline_svg
from cdkg.vocabulary import CDO

blueprint = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/static")
SVG_CACHE_SIZE = 256
_svg_cache: dict[tuple[str, str], bytes] = {}
HTML = "text/html"
RDF_VARIANTS = {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
                "application/n-triples": "ntriples"}
FORMAT_NAMES = {"turtle": "Turtle", "jsonld": "JSON-LD", "rdfxml": "RDF/XML", "ntriples": "N-Triples"}
ONTOLOGY_EXTENSIONS = {"ttl": "turtle", "owl": "rdfxml", "rdf": "rdfxml", "nt": "ntriples", "jsonld": "jsonld"}
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


def sentence_link(citation: Citation) -> str | None:
    """The cited sentence, highlighted in its document's page (the evidence's own page without a document)."""
    if citation.source and page_link(citation.source):
        return f"{page_link(citation.source)}#ev-{citation.local_id}"
    return page_link(citation.evidence)


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
    from cdkg.server.who import POLICY_TOPICS

    return render_template("query.html", examples=list(service().catalogue), base_iri=service().settings.base_iri,
                           ontology_namespace=ONTOLOGY_NAMESPACE, who_topics=list(POLICY_TOPICS), terms=Markup(terms_json()),
                           anchors=Markup(anchors_json()))


def anchors_json() -> str:
    """Ontology terms whose documentation anchor is not their local name, as JSON for the query page."""
    docs = documentation(service().settings.path("ontology"))
    anchors = {iri: anchor for iri, anchor in (docs.anchors if docs else {}).items()
               if iri.startswith(ONTOLOGY_NAMESPACE) and iri[len(ONTOLOGY_NAMESPACE):] != anchor}
    return json.dumps(anchors, ensure_ascii=True).replace("<", "\\u003c")


@functools.lru_cache(maxsize=1)
def terms_json() -> str:
    """The ontology's English labels as JSON for the query page (safe inside a script element)."""
    return json.dumps(term_labels(), ensure_ascii=True).replace("<", "\\u003c")


@blueprint.route("/regions.json")
def regions() -> Response:
    """Each state's UN region, for the results table's region filter."""
    rows = service().select(f"SELECT ?s ?code WHERE {{ ?s a <{CDO.State}> ; <{CDO.iso3166Alpha2}> ?code }}")
    return jsonify({str(row["s"]): region_of(str(row["code"]))[0] for row in rows})


@blueprint.route("/favicon.ico")
def favicon() -> Response:
    """The site's icon (an SVG; browsers that ask for /favicon.ico accept it)."""
    response = blueprint.send_static_file("favicon.svg")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


def evidence_title(citation: Citation) -> str:
    """An evidence page's title: the source's title and the start of the sentence."""
    return f"{citation.title or 'Quote'}: “{snippet(citation.quote, 70)}”"


def document_page(found: Individual) -> str:
    """A source document: its text with every cited sentence highlighted and linked to its facts."""
    cited = citations_in(service(), found.iri)
    facts = facts_citing(service(), cited)
    text = document_text(service().settings.path("sources"), found.iri)
    pieces = segments(text, list(cited.values())) if text is not None else []
    placed = {anchor for piece in pieces for anchor in piece.anchors}
    unplaced = sorted((c for c in cited.values() if c.local_id not in placed), key=lambda c: c.quote)
    return render_template("document.html", ind=found, formats=FORMAT_NAMES, pieces=pieces, facts=facts,
                           unplaced=unplaced, has_text=text is not None,
                           count=len({(c.start, c.end, c.quote) for c in cited.values()}))


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
    if found.has_type(CDO.SourceDocument):
        html = document_page(found)
    elif found.citation is not None:
        html = render_template("evidence.html", ind=found, cite=found.citation, formats=FORMAT_NAMES,
                               title=evidence_title(found.citation), link=sentence_link(found.citation),
                               facts=facts_citing(service(), [iri]).get(iri, []))
    else:
        html = render_template("individual.html", ind=found, formats=FORMAT_NAMES, legend=LEGEND,
                               timeline=timeline_svg(found.fact_rows, page_link), is_state=found.has_type(CDO.State),
                               network=network_markup(iri) if found.is_actor else Markup(""))
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
    return Response(cached_network(service().settings.base_iri + rest), content_type="image/svg+xml; charset=utf-8")


def cached_network(iri: str) -> bytes:
    """The network picture, drawn once per graph version (every time for an injected store, which may change unseen)."""
    key = (iri, service().version())
    svg = _svg_cache.get(key) if service().source is not None else None
    if svg is None:
        svg = draw_network(iri)
        if service().source is not None:
            if len(_svg_cache) >= SVG_CACHE_SIZE:
                _svg_cache.clear()
            _svg_cache[key] = svg
    return svg


def network_markup(iri: str) -> Markup:
    """The network picture to put inline in the page (no second document to load), or why it is missing."""
    try:
        svg = cached_network(iri).decode("utf-8")
    except ApiError as error:
        return Markup('<p class="muted">The network picture could not be drawn: {}</p>').format(error.detail)
    start = svg.find("<svg")
    return Markup(re.sub(r"<!--.*?-->", "", svg[start:], flags=re.S)) if start >= 0 else Markup("")


def draw_network(iri: str) -> bytes:
    """The network picture of an individual (404 when the graph says nothing about it, 503 without Graphviz)."""
    graph = describe(service(), iri)
    if len(graph) == 0:
        raise ApiError(404, f"the graph says nothing about {iri}")
    try:
        svg = render_svg(dot_source(graph, URIRef(iri), page_link))
    except CdkgError as error:
        raise ApiError(503, error.message) from None
    return svg if isinstance(svg, bytes) else svg.encode("utf-8")


@blueprint.route("/search")
def search() -> Response | str:
    """Find individuals by name, alias, acronym (typos forgiven) and facts by the words of their quotes."""
    text = request.args.get("q", "").strip()[:200]
    hits, quotes = search_graph(service(), text, SEARCH_LIMIT) if text else ([], [])
    if request.accept_mimetypes.best_match([HTML, "application/json"], default=HTML) == "application/json":
        return jsonify({"query": text, "results": hits, "quotes": quotes})
    return render_template("search.html", q=text, hits=hits, quotes=quotes)


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
        extra = render_template("ontology_extra.html", terms=undocumented_terms(docs.anchors))
        html = docs.html.replace("<body>", "<body>" + render_template("ontology_banner.html"), 1)
        response = Response(html.replace("</body>", extra + "</body>", 1) if "</body>" in html else html + extra)
    else:
        response = Response(render_template("ontology.html", doc=ontology_summary()))
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = alternates_header("/ontology")
    return response


def undocumented_terms(anchors: dict[str, str]) -> list[dict[str, str]]:
    """Ontology terms pyLODE gives no anchor (statuses, themes): listed under their own anchors."""
    documented = set(anchors)
    graph = load_ontology(service().settings.path("ontology"))
    found = []
    for term in sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_NAMESPACE)}):
        name = str(term)[len(ONTOLOGY_NAMESPACE):]
        if name and str(term) not in documented:
            found.append({"name": name, "iri": str(term), "label": term_labels().get(str(term), name),
                          "definition": str(graph.value(term, URIRef("http://www.w3.org/2004/02/skos/core#definition")) or "")})
    return found


def ontology_summary() -> dict[str, object]:
    """The built-in documentation's content, used when pyLODE cannot run."""
    return summarise(load_ontology(service().settings.path("ontology")))


def register_pages(app: Flask) -> None:
    """Add the pages to the app: /, /id/…, /search, /ontology (and the static assets)."""
    from cdkg.server import downloads, states
    from cdkg.server.who import who_link

    app.register_blueprint(blueprint)
    app.register_blueprint(downloads.blueprint)
    app.register_blueprint(states.blueprint)
    app.jinja_env.globals.update(page_link=page_link, sentence_link=sentence_link, cite_line=cite_line,
                                 who_link=who_link, topic_label=lambda iri: term_labels().get(iri, iri.rsplit("#", 1)[-1]),
                                 today=lambda: dt.date.today().isoformat())
