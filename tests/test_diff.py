"""cdkg diff: claims added, removed and changed between two graphs, matched by what they are about."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cdkg.build import build_graph
from cdkg.cli import cli
from cdkg.config import load_settings
from cdkg.diff import claim_records, diff_graphs, load_graph

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

PREFIXES = """
@prefix cdo: <https://w3id.org/cdkg/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
id:state/ruritania a cdo:State ; rdfs:label "Ruritania"@en .
id:state/freedonia a cdo:State ; rdfs:label "Freedonia"@en .
id:org/grand-alliance a cdo:InternationalOrganisation ; rdfs:label "Grand Alliance"@en .
id:evidence/e1 oa:hasSelector id:evidence/e1-quote .
id:evidence/e1-quote oa:exact "Ruritania is negotiating a cyber MoU with Freedonia." .
id:evidence/e2 oa:hasSelector id:evidence/e2-quote .
id:evidence/e2-quote oa:exact "In 2024 Ruritania signed a cyber MoU with Freedonia." .
"""
MOU = """
id:claim/agreement/ruritania-freedonia-{tag} a cdo:AgreementClaim ;
    cdo:agreement id:agreement/freedonia-ruritania ;
    cdo:claimSubject id:state/ruritania ; cdo:claimObject id:state/freedonia ;
    cdo:relation cdo:hasAgreementWith ; cdo:status cdo:{status} ; {year}
    cdo:hasEvidence id:evidence/{evidence} .
"""
MEMBERSHIP = """
id:claim/membership/ruritania-grand-alliance-{tag} a cdo:Membership ;
    cdo:claimSubject id:state/ruritania ; cdo:claimObject id:org/grand-alliance ;
    cdo:relation cdo:memberOf ; cdo:year "{year}"^^xsd:gYear .
"""


def write(folder: Path, name: str, *parts: str) -> Path:
    path = folder / name
    text = re.sub(r"\bid:([\w/{}-]+)", r"<https://example.org/id/\1>", PREFIXES + "".join(parts))
    path.write_text(text, encoding="utf-8")
    return path


def negotiating(tag: str = "aaaa") -> str:
    return MOU.format(tag=tag, status="UnderNegotiation", year="", evidence="e1")


def signed(tag: str = "bbbb") -> str:
    return MOU.format(tag=tag, status="Signed", year='cdo:year "2024"^^xsd:gYear ;', evidence="e2")


def test_a_changed_status_is_one_change_not_an_addition_and_a_removal(tmp_path: Path) -> None:
    old = write(tmp_path, "old.ttl", negotiating())
    new = write(tmp_path, "new.ttl", signed())
    diff = diff_graphs(old, new)
    assert (diff.added, diff.removed) == ([], [])
    [change] = diff.changed
    assert change.fields() == {"status": ["UnderNegotiation", "Signed"], "year": [None, 2024]}
    assert change.new.quote == "In 2024 Ruritania signed a cyber MoU with Freedonia."
    assert (change.new.state, change.new.family) == ("Ruritania", "agreement")


def test_cli_exit_codes_and_json(tmp_path: Path) -> None:
    old = write(tmp_path, "old.ttl", negotiating(), MEMBERSHIP.format(tag="m1", year="2010"))
    new = write(tmp_path, "new.ttl", signed(), MEMBERSHIP.format(tag="m2", year="2011"))
    runner = CliRunner()
    same = runner.invoke(cli, ["diff", str(old), str(old)])
    assert same.exit_code == 0 and same.output.startswith("0 claim(s) added, 0 removed, 0 changed")
    changed = runner.invoke(cli, ["diff", str(old), str(new), "--format", "json"])
    assert changed.exit_code == 1
    data = json.loads(changed.output)
    assert data["summary"] == {"added": 0, "removed": 0, "changed": 2}
    assert data["byFamily"] == {"agreement": {"added": 0, "removed": 0, "changed": 1},
                                "membership": {"added": 0, "removed": 0, "changed": 1}}
    assert data["byState"]["Ruritania"]["changed"] == 2
    text = runner.invoke(cli, ["diff", str(old), str(new)]).output
    assert "Ruritania\n  agreement\n" in text and "status UnderNegotiation → Signed" in text
    assert "“In 2024 Ruritania signed a cyber MoU with Freedonia.”" in text
    missing = runner.invoke(cli, ["diff", str(tmp_path / "nothing.ttl"), str(new)])
    assert missing.exit_code == 2 and len(missing.output.strip().splitlines()) == 1


def test_added_and_removed(tmp_path: Path) -> None:
    old = write(tmp_path, "old.ttl", negotiating())
    new = write(tmp_path, "new.ttl", MEMBERSHIP.format(tag="m1", year="2010"))
    diff = diff_graphs(old, new)
    assert [r.family for r in diff.added] == ["membership"]
    assert [r.family for r in diff.removed] == ["agreement"]
    assert diff.removed[0].quote == "Ruritania is negotiating a cyber MoU with Freedonia."


def test_disagreeing_claims_pair_up_by_value(tmp_path: Path) -> None:
    old = write(tmp_path, "old.ttl", MEMBERSHIP.format(tag="a", year="2010"), MEMBERSHIP.format(tag="b", year="2012"))
    new = write(tmp_path, "new.ttl", MEMBERSHIP.format(tag="a", year="2010"))
    diff = diff_graphs(old, new)
    assert [r.year for r in diff.removed] == [2012] and not diff.added and not diff.changed


@pytest.fixture(scope="module")
def seeds_and_dev_kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus the development corpus's texts (never the test corpus), built like the seeds."""
    if not DEV_CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    sources = tmp_path_factory.mktemp("seeds-and-dev")
    for path in [*(ROOT / "data" / "sources").iterdir(), *DEV_CORPUS.glob("*.txt")]:
        shutil.copy(path, sources / path.name)
    output = tmp_path_factory.mktemp("built-both") / "kg.ttl"
    build_graph(load_settings(environ={}, kg=str(output)), sources, output)
    return output


@pytest.mark.slow
def test_adding_the_dev_corpus_adds_its_claims_and_removes_nothing(built_kg: Path, seeds_and_dev_kg: Path) -> None:
    diff = diff_graphs(built_kg, seeds_and_dev_kg)
    before = {r.iri for r in claim_records(load_graph(built_kg))}
    after = {r.iri for r in claim_records(load_graph(seeds_and_dev_kg))}
    assert diff.removed == [] and diff.changed == []
    assert {r.iri for r in diff.added} == after - before
    assert len(diff.added) > 100
    assert all(r.quote for r in diff.added)  # each with the sentence it was read from
    assert {"Estonia", "France", "Germany", "Kenya"} <= set(diff.groups("state"))


FUNDING = """
id:claim/funding/ruritania-cyber-academy-{tag} a cdo:Funding ;
    cdo:claimSubject id:state/ruritania ; cdo:claimObject id:initiative/cyber-academy ;
    cdo:relation cdo:funds ; cdo:role cdo:Funder ; cdo:fundingAmount id:claim/funding/amount-{tag} .
id:claim/funding/amount-{tag} a cdo:MonetaryAmount ; cdo:amount {amount} ; cdo:currency "EUR" .
"""


def test_a_revised_amount_is_a_change(tmp_path: Path) -> None:
    old = write(tmp_path, "old.ttl", FUNDING.format(tag="a", amount="1500000.0"))
    new = write(tmp_path, "new.ttl", FUNDING.format(tag="b", amount="2000000.0"))
    [change] = diff_graphs(old, new).changed
    assert change.fields() == {"amount": ["1500000 EUR", "2000000 EUR"]}
    assert change.new.family == "funding"
