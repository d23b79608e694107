"""The ontology: parses, is self-contained, documented, consistent, and matches the typed vocabulary."""

from __future__ import annotations

import shutil

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from cdkg.ontology import (
    ONTOLOGY_FILE,
    ONTOLOGY_NAMESPACE,
    load_ontology,
    own_terms,
    reason,
    render_vocabulary,
    undocumented_terms,
    VOCABULARY_MODULE,
)
from cdkg.vocabulary import CDO

ONTOLOGY_IRI = URIRef("https://w3id.org/cdkg/ontology")
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def test_header_has_the_metadata_protege_and_catalogues_expect(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionIRI, DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.created, DCTERMS.modified):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


def test_is_self_contained(ontology: Graph) -> None:
    assert list(ontology.objects(None, OWL.imports)) == []


def test_every_used_iri_is_declared(ontology: Graph) -> None:
    """Protégé reports undeclared IRIs as unparsed or punned: every predicate and class used must be declared."""
    declared = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                for s in ontology.subjects(RDF.type, t)}
    builtin = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")
    used = set(ontology.predicates()) | set(ontology.objects(None, RDFS.subClassOf))
    used |= set(ontology.objects(None, RDFS.subPropertyOf)) | set(ontology.objects(None, RDFS.domain))
    missing = {u for u in used if isinstance(u, URIRef) and not str(u).startswith(builtin) and u not in declared}
    assert missing == set()


def test_every_own_term_is_documented(ontology: Graph) -> None:
    assert own_terms(ontology), "no cdo: terms found"
    assert undocumented_terms(ontology) == []


def test_every_property_has_a_domain_or_range(ontology: Graph) -> None:
    props = [p for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in ontology.subjects(RDF.type, t)
             if str(p).startswith(ONTOLOGY_NAMESPACE)]
    lacking = [p for p in props if ontology.value(p, RDFS.domain) is None and ontology.value(p, RDFS.range) is None]
    assert lacking == []


def test_reuses_standard_vocabularies_by_alignment(ontology: Graph) -> None:
    assert (CDO.Organisation, RDFS.subClassOf, URIRef(ORG + "Organization")) in ontology
    assert (CDO.Membership, RDFS.subClassOf, URIRef(ORG + "Membership")) in ontology
    assert (CDO.hasEvidence, RDFS.subPropertyOf, URIRef(PROV + "wasDerivedFrom")) in ontology


def test_part_of_is_transitive_with_an_inverse(ontology: Graph) -> None:
    assert (CDO.partOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (CDO.hasPart, OWL.inverseOf, CDO.partOf) in ontology


def test_statuses_form_a_closed_list(ontology: Graph) -> None:
    statuses = set(ontology.subjects(RDF.type, CDO.Status))
    assert {CDO.Signed, CDO.UnderNegotiation, CDO.Planned, CDO.Proposed, CDO.Adopted} <= statuses


def test_generated_vocabulary_matches_the_file(ontology: Graph) -> None:
    assert VOCABULARY_MODULE.read_text(encoding="utf-8") == render_vocabulary(ontology), (
        "cdkg/vocabulary.py is stale: run `python -m cdkg.ontology`"
    )


def test_vocabulary_fails_on_a_misspelt_term() -> None:
    with pytest.raises(AttributeError):
        CDO.MemorandumOfUnderstandin  # noqa: B018


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_finds_it_consistent_with_no_unsatisfiable_class(ontology: Graph) -> None:
    result = reason(ontology)
    assert result.consistent
    assert result.unsatisfiable == []


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_catches_an_unsatisfiable_class(ontology: Graph) -> None:
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    bad = URIRef(ONTOLOGY_NAMESPACE + "StateOrganisation")
    broken.add((bad, RDF.type, OWL.Class))
    broken.add((bad, RDFS.subClassOf, CDO.State))
    broken.add((bad, RDFS.subClassOf, CDO.Organisation))
    assert reason(broken).unsatisfiable == [str(bad)]


def test_ontology_file_is_the_one_shipped() -> None:
    assert ONTOLOGY_FILE.is_file()
