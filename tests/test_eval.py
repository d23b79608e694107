"""`cdkg eval`: the extractor against data/gold on the seeds, and the matching rule itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from cdkg.cli import cli
from cdkg.config import Settings
from cdkg.errors import SourceError
from cdkg.evaluation import GoldFact, evaluate, family_of, normalise, read_gold, score
from cdkg.evidence import Evidence
from cdkg.facts import Fact
from cdkg.gazetteer import Entity, Gazetteer
from cdkg.vocabulary import CDO

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_report():  # noqa: ANN201
    """The evaluation of the real extractor on the seed corpus against data/gold."""
    return evaluate(Settings(root=REPO))


def test_precision_and_recall_on_the_seeds_meet_the_targets(seed_report) -> None:  # noqa: ANN001
    assert seed_report.overall.gold >= 60
    assert seed_report.overall.precision >= 0.95, seed_report.render()
    assert seed_report.overall.recall >= 0.90, seed_report.render()


def test_gold_covers_every_design_question() -> None:
    relations = {fact.relation for fact in read_gold(REPO / "data" / "gold")}
    assert {"hasAgreementWith", "memberOf", "issued", "funds", "fundingAmount", "region", "agencyOf", "mergedInto",
            "chairs", "participatesIn", "organisedBy", "cooperatesWith", "introducedAt"} <= relations
    statuses = {fact.status for fact in read_gold(REPO / "data" / "gold")}
    assert {"Signed", "UnderNegotiation", "Proposed", "Adopted", "Launched"} <= statuses


def _gazetteer() -> Gazetteer:
    gazetteer = Gazetteer("https://w3id.org/cdkg/id/")
    gazetteer.add(Entity("state/ghana", "Ghana", "state", CDO.State), {"Ghana": "name"})
    gazetteer.add(Entity("org/nato", "North Atlantic Treaty Organization", "org", CDO.InternationalOrganisation,
                         acronym="NATO"), {"North Atlantic Treaty Organization": "name", "NATO": "acronym"})
    return gazetteer


def _fact(year: str = "2021", status: str = "Signed") -> Fact:
    evidence = Evidence("doc", 0, 10, "quote", Decimal("0.9"), "rule")
    return Fact("hasAgreementWith", "state/ghana", "org/nato", year, status, evidence={evidence})


def test_names_match_by_label_acronym_or_alias_and_year_and_status_must_agree() -> None:
    gold = [GoldFact("Ghana", "hasAgreementWith", "the NATO", "2021", "Signed")]
    assert score(gold, [_fact()], _gazetteer()).overall.f1 == 1.0
    assert score(gold, [_fact(year="2020")], _gazetteer()).overall.recall == 0.0
    wrong_status = score(gold, [_fact(status="UnderNegotiation")], _gazetteer())
    assert wrong_status.overall.precision == 0.0 and wrong_status.spurious


def test_a_spurious_fact_lowers_precision_only() -> None:
    gold = [GoldFact("Ghana", "hasAgreementWith", "North Atlantic Treaty Organization", "2021", "Signed")]
    report = score(gold, [_fact(), _fact(year="1999")], _gazetteer())
    assert report.overall.recall == 1.0 and report.overall.precision == 0.5
    assert report.per_relation["hasAgreementWith"].extracted == 2


def test_normalise() -> None:
    assert normalise("The Asia-Pacific  CERT") == "asia pacific cert"


def test_missing_gold_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no gold facts"):
        read_gold(tmp_path)


def test_cli_eval_prints_a_table_with_an_overall_row() -> None:
    result = CliRunner().invoke(cli, ["eval", "--gold", str(REPO / "data" / "gold")])
    assert result.exit_code == 0, result.output
    overall = next(line for line in result.output.splitlines() if line.startswith("overall"))
    precision, recall = (float(x) for x in overall.split()[3:5])
    assert precision >= 0.95 and recall >= 0.90


UNSEEN = REPO / "tests" / "data" / "extraction" / "unseen"


def test_unseen_invented_profiles_meet_the_targets() -> None:
    """Profiles of states outside the seeds, with facts written by hand before the extractor ran on them."""
    report = evaluate(Settings(root=REPO), gold_dir=UNSEEN, sources_dir=UNSEEN)
    assert report.overall.gold >= 40
    assert report.overall.precision >= 0.9, report.render()
    assert report.overall.recall >= 0.8, report.render()
    assert not any(s[1] == "hasAgreementWith" and s[4] == "Signed" for s in report.spurious), report.render()


CORPUS = REPO / "tests" / "data" / "extraction" / "corpus"


def test_corpus_scoring_by_family_with_status_traps_and_sentences() -> None:
    """An invented one-profile corpus: membership and agency match by words (the AU = African Union, the
    agency by its name before the acronym), the agreement's status disagrees, a signed MoU springs the trap."""
    from cdkg.evaluation import evaluate_corpus

    report = evaluate_corpus(Settings(root=REPO), CORPUS)
    assert report.per_family["membership"].matched_gold == 1
    assert report.per_family["agency"].matched_gold == 1
    assert report.per_family["agreement"].matched_gold == 0 and report.per_family["agreement"].extracted == 1
    assert report.per_family["vote"].recall == 0.0 and report.overall.gold == 4
    assert report.extracted_families.gold == 4  # every family is extracted now (votes since issue 13)
    assert [(t.subject, t.object) for t, _ in report.sprung] == [("Ghana", "Norway")] and report.traps == 2
    assert any("with Norway in 2019" in sentence for _, sentence in report.missed)


def test_corpus_cli_summary_and_json() -> None:
    import json

    summary = CliRunner().invoke(cli, ["eval", "--corpus", str(CORPUS), "--summary"])
    assert summary.exit_code == 0, summary.output
    assert "traps sprung: 1 of 2" in summary.output and "missed:" not in summary.output
    data = json.loads(CliRunner().invoke(cli, ["eval", "--corpus", str(CORPUS), "--format", "json"]).output)
    assert data["traps"] == {"total": 2, "sprung": 1} and data["missed"] and data["spurious"]
    assert set(data["families"]["agency"]) >= {"precision", "recall", "f1"}


def test_corpus_figures_by_profile(tmp_path: Path) -> None:
    """--by-profile adds each profile's own figures and traps: the invented profile copied under a second name
    without its traps scores the same facts, springs none, and the two add up to the overall row."""
    import json
    import shutil

    for name in ("alpha", "beta"):
        for suffix in (".txt", ".gold.tsv") + ((".traps.tsv",) if name == "alpha" else ()):
            source = next(CORPUS.glob(f"*{suffix}"))
            shutil.copy(source, tmp_path / f"{name}{suffix}")
    text = CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path), "--summary", "--by-profile"])
    assert text.exit_code == 0, text.output
    assert "traps sprung in alpha: 1 of 2" in text.output and "traps sprung in beta: 0 of 0" in text.output
    assert "missed:" not in text.output
    data = json.loads(CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path), "--format", "json",
                                               "--summary", "--by-profile"]).output)
    alpha, beta = data["profiles"]["alpha"], data["profiles"]["beta"]
    assert alpha["gold"] == beta["gold"] == 4 and alpha["found"] == beta["found"]
    assert alpha["gold"] + beta["gold"] == data["overall"]["gold"]
    assert alpha["traps"] == {"total": 2, "sprung": 1} and beta["traps"] == {"total": 0, "sprung": 0}
    plain = json.loads(CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path), "--format", "json"]).output)
    assert "profiles" not in plain


def test_words_match_names_as_a_reader_writes_them() -> None:
    from cdkg.evaluation import gold_name_variants, words_match

    assert words_match("Cyber Security Strategy 2019-2022", "National Cyber-Security Strategy 2019")
    assert not words_match("Cyber Security Strategy 2014-2017", "Cyber Security Strategy 2019")
    assert not words_match("European Union Agency for Cybersecurity", "European Union")
    assert gold_name_variants("Information System Authority (RIA)") == [
        "Information System Authority (RIA)", "Information System Authority", "RIA"]
    assert gold_name_variants("Octopus Project | 300000 EUR") == ["Octopus Project"]


def test_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    from cdkg.evaluation import evaluate_corpus

    with pytest.raises(SourceError, match="no corpus profiles"):
        evaluate_corpus(Settings(root=REPO), tmp_path)



HEADER = "subject\tfamily\tobject\tyear\tstatus\tevidence\n"


@pytest.mark.parametrize("text, gold, culprit", [
    (b"An invented \x00 profile", HEADER.encode(), "x.txt is binary"),
    (b"Ruritania joined NATO in 2004.", b"\xff\xfe" + HEADER.encode(), "x.gold.tsv is not UTF-8"),
])
def test_an_unreadable_corpus_file_is_one_line_and_exit_2(tmp_path: Path, text: bytes, gold: bytes,
                                                           culprit: str) -> None:
    (tmp_path / "x.txt").write_bytes(text)
    (tmp_path / "x.gold.tsv").write_bytes(gold)
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path), "--summary"])
    assert result.exit_code == 2, result.output
    assert culprit in result.output and "Traceback" not in result.output


DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="the development corpus (../shared/corpus/dev) is not beside the repo")
def test_development_corpus_floors() -> None:
    """Floors a little below what the extractor reaches on the development corpus (dev/ only: test/ is never
    read): overall, and per family."""
    from cdkg.evaluation import evaluate_corpus

    report = evaluate_corpus(Settings(root=REPO), DEV_CORPUS)
    assert report.overall.gold >= 700
    assert report.overall.precision >= 0.95, report.render(summary=True)
    assert report.overall.recall >= 0.85, report.render(summary=True)
    assert report.extracted_families.recall >= 0.85, report.render(summary=True)
    assert len(report.sprung) <= 1, report.render(summary=True)
    for family, floor in (("agreement", 0.78), ("membership", 0.84), ("cooperation", 0.88), ("agency", 0.84),
                          ("cert", 0.86), ("participation", 0.9), ("strategy", 0.86), ("exercise", 0.9),
                          ("chair", 0.87), ("law", 0.68), ("merger", 0.6), ("funding", 0.64), ("beneficiary", 0.63),
                          ("programme", 0.64), ("position", 0.95), ("incident", 0.82), ("initiative", 0.95),
                          ("lawposition", 0.9), ("alignment", 0.9), ("vote", 0.97), ("convention", 0.97)):
        assert report.per_family[family].recall >= floor, (family, report.render(summary=True))


@pytest.mark.parametrize("status, sprung", [("Signed", False), ("", True), ("Adopted", True)])
def test_a_fact_the_gold_backs_springs_no_trap_its_words_also_match(status: str, sprung: bool) -> None:
    """Gold: Ghana signed an agreement with NATO; trap (a careless reading): Ghana's agreement with NATO as
    anything else accomplished. The signed row is the gold's and springs nothing; the same names with another
    accomplished status are not backed, and spring it."""
    from cdkg.evaluation import CorpusReport, CorpusRow, score_profile

    gold = [CorpusRow("ghana", "Ghana", "agreement", "NATO", "2021", "Signed", "signed with NATO")]
    traps = [CorpusRow("ghana", "Ghana", "agreement", "NATO", status="in force")]
    report = CorpusReport()
    score_profile(report, "ghana", "Ghana signed with NATO in 2021.", gold, traps, [_fact(status=status)],
                  _gazetteer())
    assert bool(report.sprung) is sprung and report.traps == 1
    assert report.overall.matched_gold == int(not sprung)


@pytest.mark.parametrize("label, cls, family", [
    ("Indian Ocean Rim Initiative", CDO.InternationalOrganisation, "membership"),  # an organisation, whatever its name
    ("Harbour Security Initiative", CDO.Forum, "initiative"),  # a forum its name makes an initiative states join
    ("Regional Cyber Council", CDO.Forum, "membership"),
])
def test_a_membership_is_scored_as_joining_an_initiative_only_when_the_object_is_no_organisation(
        label: str, cls: object, family: str) -> None:
    gazetteer = Gazetteer("https://w3id.org/cdkg/")
    gazetteer.add(Entity("state/malta", "Malta", "state", CDO.State))
    gazetteer.add(Entity("org/x", label, "org", cls))
    assert family_of(Fact("memberOf", "state/malta", "org/x", "2004"), gazetteer) == (family, False)
