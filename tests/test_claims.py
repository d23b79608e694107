"""The claims model: disagreement kept and reported, identity from what a thing is, what OWL says SPARQL sees,
Web Annotation evidence cut from the raw text, provenance, curated claims kept apart.

The profiles here are written for these tests (invented sentences about real states), never taken from the corpus.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from cdkg.build import build_graph
from cdkg.claims import current_status
from cdkg.cli import cli
from cdkg.config import Settings
from cdkg.namespaces import OA
from cdkg.ontology import load_ontology
from cdkg.store import load_graph_file
from cdkg.vocabulary import CDO

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
BASE = "https://w3id.org/cdkg/id/"
FIRST = ("Norway signed a cyber security memorandum of understanding with Finland in 2019. The European Union "
         "adopted the Cyber Resilience Act in 2024. Canada funds the Northern Cyber Skills Programme (NCSP) with "
         "CAD 4 million.")
LATER = ("Finland signed a cyber security memorandum of understanding with Norway in 2021. The European Union "
         "adopted the Cyber Resilience Act in 2023. Canada funds the Northern Cyber Skills Programme (NCSP) with "
         "CAD 5 million.")


def settings_for(tmp_path: Path, texts: dict[str, str]) -> Settings:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in texts.items():
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
    return Settings(root=REPO).replace(sources=sources, kg=tmp_path / "kg.ttl", curated=tmp_path / "curated.ttl")


@pytest.fixture()
def disagreeing(tmp_path: Path) -> tuple[Settings, Graph, object]:
    settings = settings_for(tmp_path, {"first": FIRST, "later": LATER})
    report = build_graph(settings)
    return settings, Graph().parse(settings.path("kg")), report


def test_sources_that_disagree_build_and_every_side_is_kept(disagreeing) -> None:  # type: ignore[no-untyped-def]
    _, graph, report = disagreeing
    assert report.validated
    found = {(d.about.split(" (")[0], d.attribute, tuple(v for v, _, _ in d.sides)) for d in report.disagreements}
    assert ("memorandum of understanding between Finland and Norway", "year", ("2019", "2021")) in found
    assert ("Canada → Northern Cyber Skills Programme", "amount", ("4000000.0 CAD", "5000000.0 CAD")) in found
    assert ("European Union → Cyber Resilience Act", "year", ("2023", "2024")) in found
    for disagreement in report.disagreements:
        assert all(quotes for _, _, quotes in disagreement.sides), "each side carries its evidence"


def test_validate_lists_disagreements_as_warnings_in_their_own_section(disagreeing) -> None:  # type: ignore[no-untyped-def]
    settings, _, _ = disagreeing
    result = CliRunner().invoke(cli, ["validate", "--data", str(settings.path("kg"))])
    assert result.exit_code == 0, result.output
    section = result.output.split("Disagreements between sources [Warning, 3]", 1)[1]
    assert "CAD 4 million" in section and "CAD 5 million" in section
    json_result = CliRunner().invoke(cli, ["validate", "--data", str(settings.path("kg")), "--format", "json"])
    assert {d["attribute"] for d in __import__("json").loads(json_result.output)["disagreements"]} == {"year", "amount"}


def test_one_agreement_one_document_one_programme_whatever_the_sentence_said(disagreeing) -> None:  # type: ignore[no-untyped-def]
    _, graph, _ = disagreeing
    agreements = set(graph.subjects(RDF.type, CDO.MemorandumOfUnderstanding))
    assert agreements == {URIRef(BASE + "agreement/finland-norway")}
    assert len(set(graph.subjects(CDO.agreement, None))) == 2  # two claims about it
    issued = {o for c in graph.subjects(RDF.type, CDO.Issuance) for o in graph.objects(c, CDO.claimObject)}
    assert len(issued) == 1 and "2023" not in str(issued) and "2024" not in str(issued)
    funded = {o for c in graph.subjects(RDF.type, CDO.Funding) for o in graph.objects(c, CDO.claimObject)}
    assert len(funded) == 1


def test_entities_carry_no_claim_attributes(built_kg: Path) -> None:
    graph = Graph().parse(built_kg)
    claims = set(graph.subjects(CDO.claimObject, None))
    for prop in (CDO.year, CDO.endYear, CDO.status, CDO.role, CDO.fundingAmount):
        holders = set(graph.subjects(prop, None)) - claims
        assert not holders, f"{prop} on entities: {sorted(holders)[:3]}"


def _graph(turtle: str) -> Graph:
    return Graph().parse(data="@prefix cdo: <https://w3id.org/cdkg/ontology#> . @prefix xsd: "
                              "<http://www.w3.org/2001/XMLSchema#> .\n" + turtle, format="turtle")


@pytest.mark.parametrize("claims,expected", [
    ('<urn:a> cdo:status cdo:UnderNegotiation ; cdo:year "2021"^^xsd:gYear . <urn:b> cdo:status cdo:Signed ; '
     'cdo:year "2019"^^xsd:gYear .', CDO.UnderNegotiation),          # the latest dated claim wins
    ('<urn:a> cdo:status cdo:Planned . <urn:b> cdo:status cdo:Signed .', CDO.Signed),  # else the most advanced
    ('<urn:a> cdo:status cdo:Signed . <urn:b> cdo:status cdo:Suspended .', CDO.Suspended),
    ('<urn:a> cdo:year "2020"^^xsd:gYear .', None),                   # no status is never defaulted
])
def test_current_status_is_the_latest_dated_claim_else_the_most_advanced(claims: str, expected: URIRef) -> None:
    graph = _graph(claims)
    assert current_status(graph, [URIRef("urn:a"), URIRef("urn:b")]) == expected


def test_what_owl_declares_the_built_graph_holds_both_ways(built_kg: Path) -> None:
    graph, ontology = Graph().parse(built_kg), load_ontology()
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    inverses = list(ontology.subject_objects(OWL.inverseOf))
    assert symmetric and inverses
    for prop in symmetric:
        for s, o in graph.subject_objects(prop):
            assert (o, prop, s) in graph, (s, prop, o)
    for a, b in inverses:
        for s, o in graph.subject_objects(a):
            assert (o, b, s) in graph, (s, a, o)
        for s, o in graph.subject_objects(b):
            assert (o, a, s) in graph, (s, b, o)
        if str(a).startswith(str(CDO._NS)):
            assert any(graph.triples((None, a, None))), f"nothing uses {a}"


def test_a_plain_sparql_query_sees_what_the_ontology_promises(built_kg: Path) -> None:
    store = load_graph_file(built_kg)
    kosovo = list(store.query(f"SELECT ?x WHERE {{ <{BASE}state/kosovo> <{CDO.hasAgreementWith}> ?x }}"))
    assert kosovo, "Kosovo's agreements are found from Kosovo's side"
    assert bool(store.query(f"ASK {{ <{BASE}org/nato> <{CDO.hasPart}> <{BASE}org/ncirc> }}"))


def test_curated_claims_are_kept_apart_from_extracted_ones(built_kg: Path) -> None:
    graph = Graph().parse(built_kg)
    year = Literal("2009", datatype=XSD.gYear)
    with_2009 = [c for c in graph.subjects(CDO.year, year) if (c, RDF.type, CDO.Membership) in graph]
    assert len(with_2009) == 1
    claim = with_2009[0]
    assert graph.value(claim, PROV.wasAttributedTo) == URIRef(BASE + "curation/curated.ttl")
    assert graph.value(claim, CDO.confidence) == Literal("1.0", datatype=XSD.decimal)
    assert (claim, CDO.hasEvidence, None) not in graph and (claim, PROV.wasGeneratedBy, None) not in graph
    extracted = [c for c in graph.subjects(CDO.organisation, URIRef(BASE + "org/nato"))
                 if graph.value(c, CDO.member) == URIRef(BASE + "state/albania") and c != claim]
    assert extracted and all(graph.value(c, CDO.year) is None for c in extracted)


def test_a_curated_triple_about_an_iri_nothing_mentions_is_warned_about(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, {"first": FIRST})
    settings.path("curated").write_text(
        f'<{BASE}state/norway> <http://www.w3.org/2000/01/rdf-schema#comment> "checked" .\n'
        f'<{BASE}org/natoo> <http://www.w3.org/2000/01/rdf-schema#comment> "typo" .\n', encoding="utf-8")
    report = build_graph(settings.replace(sources=REPO / "data" / "sources"))
    typos = [w for w in report.warnings if "typo" in w]
    assert len(typos) == 1 and "org/natoo" in typos[0]


def test_every_claim_was_generated_by_a_recorded_build(built_kg: Path) -> None:
    graph = Graph().parse(built_kg)
    extracted = {c for c in graph.subjects(CDO.claimObject, None) if (c, CDO.hasEvidence, None) in graph}
    activities = {graph.value(c, PROV.wasGeneratedBy) for c in extracted}
    assert len(activities) == 1 and None not in activities
    activity = activities.pop()
    assert (activity, RDF.type, CDO.BuildActivity) in graph
    assert str(graph.value(activity, CDO.sourcesDigest)).startswith("sha256:")
    assert graph.value(activity, CDO.extractorVersion) and graph.value(activity, PROV.endedAtTime)


def _check_evidence(graph: Graph, sources: Path) -> int:
    checked = 0
    for evidence in set(graph.subjects(RDF.type, CDO.Evidence)):
        document = str(graph.value(evidence, OA.hasSource)).rsplit("/", 1)[-1]
        raw = (sources / f"{document}.txt").read_text(encoding="utf-8")
        selectors = list(graph.objects(evidence, OA.hasSelector))
        exact = next(str(graph.value(s, OA.exact)) for s in selectors if graph.value(s, OA.exact) is not None)
        position = next(s for s in selectors if graph.value(s, OA.start) is not None)
        start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
        quote = next(s for s in selectors if graph.value(s, OA.exact) is not None)
        assert raw[start:end] == exact, evidence
        assert raw[:start].endswith(str(graph.value(quote, OA.prefix))), evidence
        assert raw[end:].startswith(str(graph.value(quote, OA.suffix))), evidence
        checked += 1
    return checked


def test_evidence_is_the_raw_text_at_its_offsets_in_the_seeds(built_kg: Path) -> None:
    assert _check_evidence(Graph().parse(built_kg), REPO / "data" / "sources") > 50


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")
def test_seeds_and_the_whole_corpus_build_conform_with_raw_evidence(tmp_path: Path) -> None:
    """Building reads every text of the corpus (dev and test); nothing of it is printed or compared to gold."""
    sources = tmp_path / "sources"
    shutil.copytree(REPO / "data" / "sources", sources)
    for text in sorted(CORPUS.glob("*/*.txt")):
        shutil.copy(text, sources / text.name)
    settings = Settings(root=REPO).replace(sources=sources, kg=tmp_path / "kg.ttl")
    report = build_graph(settings)
    assert report.validated and report.claims > 300
    assert _check_evidence(Graph().parse(settings.path("kg")), sources) > 500
