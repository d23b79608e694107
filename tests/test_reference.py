"""Reference data: the generated states match a fresh generation, the curated organisations are well-formed."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from cdkg.cli import cli
from cdkg.config import project_root
from cdkg.ontology import load_ontology
from cdkg.reference import (
    ReferenceDataError,
    generate_states,
    iso_names,
    read_state_names,
    slugify,
    state_iri,
)
from cdkg.validation import validate_graph
from cdkg.vocabulary import CDO

REFERENCE = project_root() / "data" / "reference"
NAMES_CSV = REFERENCE / "state_names.csv"
STATES_TTL = REFERENCE / "states.ttl"
ORGANISATIONS_TTL = REFERENCE / "organisations.ttl"
ORG_BASE = "https://w3id.org/cdkg/id/org/"
REGION_BASE = "https://w3id.org/cdkg/id/region/"


@pytest.fixture(scope="module")
def fresh_states(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """States generated now from the committed CSV and the installed pycountry."""
    path = tmp_path_factory.mktemp("reference") / "states.ttl"
    generate_states(NAMES_CSV, path)
    return path


@pytest.fixture(scope="module")
def states() -> Graph:
    return Graph().parse(STATES_TTL)


@pytest.fixture(scope="module")
def organisations() -> Graph:
    return Graph().parse(ORGANISATIONS_TTL)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with NAMES_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def organisation_classes() -> set[URIRef]:
    """cdo:Organisation and every class below it, read from the ontology."""
    ontology = load_ontology()
    return set(ontology.transitive_subjects(RDFS.subClassOf, CDO.Organisation))


def state_by(graph: Graph, predicate: URIRef, value: str) -> set[str]:
    """Labels of the states having the @en value for the predicate."""
    found = graph.subjects(predicate, Literal(value, lang="en"))
    return {str(graph.value(s, RDFS.label)) for s in found if (s, RDF.type, CDO.State) in graph}


# --- generated states --------------------------------------------------------------------------


def test_committed_states_match_a_fresh_generation(states: Graph, fresh_states: Path) -> None:
    assert isomorphic(states, Graph().parse(fresh_states))


def test_generation_is_byte_identical_across_runs_and_hash_seeds(fresh_states: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.ttl"
    script = "import sys; from pathlib import Path; from cdkg.reference import generate_states; " \
        "generate_states(Path(sys.argv[1]), Path(sys.argv[2]))"
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", script, str(NAMES_CSV), str(again)], check=True, env=env)
    assert again.read_bytes() == fresh_states.read_bytes()


def test_generated_file_says_it_is_generated_and_how(fresh_states: Path) -> None:
    header = fresh_states.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#") and "Generated" in header and "cdkg reference" in header


def test_every_row_becomes_one_state(states: Graph, rows: list[dict[str, str]]) -> None:
    assert len(rows) == 196
    assert len(set(states.subjects(RDF.type, CDO.State))) == len(rows)


def test_every_state_has_codes_a_label_and_membership(states: Graph) -> None:
    for state in states.subjects(RDF.type, CDO.State):
        alpha2 = list(states.objects(state, CDO.iso3166Alpha2))
        alpha3 = list(states.objects(state, CDO.iso3166Alpha3))
        assert len(alpha2) == 1 and re.fullmatch(r"[A-Z]{2}", str(alpha2[0])), state
        assert len(alpha3) == 1 and re.fullmatch(r"[A-Z]{3}", str(alpha3[0])), state
        label = states.value(state, RDFS.label)
        assert isinstance(label, Literal) and label.language == "en", state
        assert states.value(state, SKOS.prefLabel) == label
        assert isinstance(states.value(state, CDO.unMember).toPython(), bool)


def test_iris_are_slugs_of_the_label(states: Graph) -> None:
    for state in states.subjects(RDF.type, CDO.State):
        assert state == state_iri(str(states.value(state, RDFS.label)))
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(state).rsplit("/", 1)[1])


def test_slugs_are_ascii_lowercase_and_hyphenated() -> None:
    assert slugify("Côte d'Ivoire") == "cote-divoire"
    assert slugify("São Tomé and Príncipe") == "sao-tome-and-principe"
    assert slugify("Guinea-Bissau") == "guinea-bissau"


def test_un_members_are_iso_codes_from_pycountry(rows: list[dict[str, str]]) -> None:
    members = {r["alpha3"] for r in rows if r["un_member"] == "true"}
    others = {r["alpha3"] for r in rows if r["un_member"] == "false"}
    assert len(members) == 193
    assert {a for a in members | others if pycountry.countries.get(alpha_3=a) is None} == {"XKX"}
    assert "XKX" not in members


def test_codes_agree_with_pycountry(states: Graph) -> None:
    for state in states.subjects(RDF.type, CDO.State):
        alpha3 = str(states.value(state, CDO.iso3166Alpha3))
        country = pycountry.countries.get(alpha_3=alpha3)
        expected = "XK" if country is None else country.alpha_2
        assert str(states.value(state, CDO.iso3166Alpha2)) == expected, alpha3


def test_alt_labels_hold_pycountry_names_but_never_the_label(states: Graph) -> None:
    for state in states.subjects(RDF.type, CDO.State):
        label = states.value(state, RDFS.label)
        alt = set(states.objects(state, SKOS.altLabel))
        assert label not in alt
        assert all(a.language == "en" for a in alt)
        names = iso_names(str(states.value(state, CDO.iso3166Alpha3)))
        assert {Literal(n, lang="en") for n in names} - {label} <= alt


def test_no_name_adjective_or_demonym_points_to_two_states(states: Graph) -> None:
    owners: dict[str, set[URIRef]] = defaultdict(set)
    predicates = (RDFS.label, SKOS.altLabel, CDO.adjective, CDO.demonym)
    for state in states.subjects(RDF.type, CDO.State):
        for predicate in predicates:
            for value in states.objects(state, predicate):
                owners[str(value).casefold()].add(state)
    assert {name: found for name, found in owners.items() if len(found) > 1} == {}


@pytest.mark.parametrize(
    ("predicate", "word", "label"),
    [
        (CDO.adjective, "Korean", "South Korea"),
        (CDO.adjective, "North Korean", "North Korea"),
        (CDO.adjective, "Montenegrin", "Montenegro"),
        (CDO.adjective, "Canadian", "Canada"),
        (CDO.demonym, "Australians", "Australia"),
        (SKOS.altLabel, "Turkey", "Türkiye"),
        (SKOS.altLabel, "UK", "United Kingdom"),
    ],
)
def test_lookups_through_the_graph(states: Graph, predicate: URIRef, word: str, label: str) -> None:
    assert state_by(states, predicate, word) == {label}


def test_a_bad_header_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "names.csv"
    bad.write_text("code,name\nALB,Albania\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=str(bad)):
        read_state_names(bad)


def test_a_duplicate_code_is_refused(tmp_path: Path, rows: list[dict[str, str]]) -> None:
    names = tmp_path / "names.csv"
    lines = NAMES_CSV.read_text(encoding="utf-8").splitlines()
    names.write_text("\n".join(lines + [lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=rows[0]["alpha3"]):
        read_state_names(names)


def test_an_unknown_code_is_refused(tmp_path: Path) -> None:
    names = tmp_path / "names.csv"
    header = NAMES_CSV.read_text(encoding="utf-8").splitlines()[0]
    names.write_text(f"{header}\nQQQ,Nowhere,,,,true\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="QQQ") as raised:
        generate_states(names, tmp_path / "out.ttl")
    assert str(names) in raised.value.message
    assert not (tmp_path / "out.ttl").exists()


# --- curated organisations, fora and regions ---------------------------------------------------


def typed_subjects(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}


def test_every_entity_has_an_english_label_and_definition(organisations: Graph) -> None:
    for node in typed_subjects(organisations):
        labels = list(organisations.objects(node, RDFS.label))
        assert len(labels) == 1 and labels[0].language == "en", node
        definitions = list(organisations.objects(node, SKOS.definition))
        assert len(definitions) == 1 and definitions[0].language == "en", node


def test_organisations_and_regions_live_under_their_paths(organisations: Graph) -> None:
    organisation_types = organisation_classes()
    for node in typed_subjects(organisations):
        types = set(organisations.objects(node, RDF.type))
        base = ORG_BASE if types & organisation_types else REGION_BASE
        assert types <= organisation_types or types == {CDO.Region}, node
        assert re.fullmatch(re.escape(base) + r"[a-z0-9]+(-[a-z0-9]+)*", str(node)), node


def test_acronyms_are_plain_strings(organisations: Graph) -> None:
    acronyms = list(organisations.objects(None, CDO.acronym))
    assert acronyms
    assert all(isinstance(a, Literal) and a.language is None and a.datatype is None for a in acronyms)


def test_part_of_targets_are_organisations_in_the_file(organisations: Graph) -> None:
    organisation_types = organisation_classes()
    pairs = list(organisations.subject_objects(CDO.partOf))
    assert pairs
    for _, parent in pairs:
        assert set(organisations.objects(parent, RDF.type)) & organisation_types, parent


def test_no_iri_is_both_a_state_and_an_organisation(states: Graph, organisations: Graph) -> None:
    organisation_types = organisation_classes()
    merged = states + organisations
    organisations_found = {s for t in organisation_types for s in merged.subjects(RDF.type, t)}
    assert organisations_found
    assert organisations_found.isdisjoint(set(merged.subjects(RDF.type, CDO.State)))


def test_no_name_points_to_two_entities(states: Graph, organisations: Graph) -> None:
    merged = states + organisations
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for predicate in (RDFS.label, SKOS.altLabel, CDO.acronym):
        for node, value in merged.subject_objects(predicate):
            owners[str(value).casefold()].add(node)
    assert {name: found for name, found in owners.items() if len(found) > 1} == {}


def test_reference_data_conforms_to_the_shapes(states: Graph, organisations: Graph) -> None:
    result = validate_graph(states + organisations, project_root() / "shapes")
    assert result.conforms


# --- the command -----------------------------------------------------------------------------


def test_command_writes_the_states_and_says_how_many(tmp_path: Path, states: Graph) -> None:
    output = tmp_path / "states.ttl"
    result = CliRunner().invoke(cli, ["reference", "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert f"wrote {len(set(states.subjects(RDF.type, CDO.State)))} states" in result.output
    assert isomorphic(Graph().parse(output), states)


def test_command_reports_a_missing_names_file_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    result = CliRunner().invoke(cli, ["reference", "--names", str(missing), "--output", str(tmp_path / "o.ttl")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert str(missing) in result.output and len(result.output.strip().splitlines()) == 1
