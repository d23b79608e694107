"""The learned reader (cdkg/extraction/learned.py): its model file, its scoring, what it adds and what it never adds.

The sentences are invented here. Most tests use a tiny hand-set model (one cue word per family) so that they say
what the reader does with a score, whatever the trained model's weights are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cdkg.config import load_settings
from cdkg.evaluation import evaluate_corpus
from cdkg.extraction import Extractor
from cdkg.extraction.learned import (FAMILIES, MODEL_PATH, Reader, learned_findings, load_reader, reader_from_json,
                                     sentence_reader)
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = load_settings()
REFERENCE = load_reference_graph(SETTINGS.path("reference"))
# "befriended" is no cue of any rule: whatever the model adds on it, the rules did not find
TOY = Reader({"cooperation": {"b:befriended": 10.0}, "agreement": {"b:pledged": 10.0}},
             {"cooperation": -5.0, "agreement": -5.0}, 0.5)


def extract(text: str, reader: Reader | None):
    """The extractor on one invented paragraph, with ``reader`` after the rules (None: the rules alone)."""
    source = SourceText("inline", Path("inline.txt"), text, "inline", "2021-12-01")
    hook = None if reader is None else (lambda context, findings: learned_findings(context, findings, reader))
    return Extractor(gazetteer_from_graph(REFERENCE, SETTINGS.base_iri), hook).extract([source])


def rows(result) -> set[tuple[str, str, str, str, str, str]]:
    """(subject label, relation, object label, year, status, rules) of every fact."""
    label = lambda key: result.gazetteer.entities[key].label if key in result.gazetteer.entities else key  # noqa: E731
    return {(label(f.subject), f.relation, label(f.object), f.year, f.status,
             ",".join(sorted(e.rule for e in f.evidence))) for f in result.facts}


def test_the_packaged_model_loads_and_scores_deterministically():
    reader = load_reader()
    assert set(reader.weights) <= set(FAMILIES) and reader.weights
    assert 0 < reader.threshold < 1
    features = ["ok:org", "oc:InternationalOrganisation", "subject", "b:with", "c:cooperates", "status:none"]
    first, second = reader.probabilities(features), reader.probabilities(list(reversed(features)))
    assert first == second and all(0 < p < 1 for p in first.values())
    assert reader_from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8"))) == reader


def test_a_pair_the_rules_miss_is_added_with_its_sentence_as_evidence():
    text = "In 2019 Iceland befriended Interpol."
    assert not any(r[2] == "INTERPOL" or "Interpol" in r[2] for r in rows(extract(text, None)))
    added = [f for f in extract(text, TOY).facts if f.relation == "cooperatesWith"]
    assert len(added) == 1
    fact = added[0]
    assert (fact.subject, fact.year, fact.status) == ("state/iceland", "2019", "")
    assert [(e.rule, e.quote) for e in fact.evidence] == [("learned:cooperation", text)]


@pytest.mark.parametrize("text", ["Iceland never befriended Interpol.", "Iceland reportedly befriended Interpol.",
                                  "Iceland has not befriended Interpol."])
def test_a_negated_or_hearsay_clause_gives_nothing(text):
    assert not [f for f in extract(text, TOY).facts if any(e.rule.startswith("learned") for e in f.evidence)]


def test_a_negated_clause_gives_nothing_to_either_side():
    """"…, but not the OSCE": the OSCE is in a negated clause, whichever side of the pair it stands on."""
    added = {(f.subject, f.object) for f in extract("Iceland befriended Interpol, but not the OSCE.", TOY).facts
             if any(e.rule.startswith("learned") for e in f.evidence)}
    assert added == {("state/iceland", "org/interpol")}


def test_an_agreement_without_a_status_cue_is_not_emitted():
    """A status is never a default: "pledged" scores as an agreement, but the clause says nothing of its status."""
    assert not [f for f in extract("Iceland pledged Interpol a hand.", TOY).facts if f.relation == "hasAgreementWith"]
    signed = [f for f in extract("Iceland pledged and signed a pact with Interpol.", TOY).facts
              if f.relation == "hasAgreementWith" and any(e.rule == "learned:agreement" for e in f.evidence)]
    assert [f.status for f in signed] in ([], ["Signed"])  # (a rule may read this one first)


def test_the_rules_setting_gives_exactly_the_rules_output():
    text = ("Iceland joined the OSCE in 1991 and befriended Interpol in 2019. It signed a memorandum of understanding "
            "with Norway in 2020 and is negotiating one with Estonia.")
    assert sentence_reader("rules") is None
    assert rows(extract(text, None)) == rows(Extractor(gazetteer_from_graph(REFERENCE, SETTINGS.base_iri),
                                                       sentence_reader("rules")).extract(
        [SourceText("inline", Path("inline.txt"), text, "inline", "2021-12-01")]))


def test_an_unknown_reader_setting_is_refused():
    from cdkg.errors import ConfigError
    with pytest.raises(ConfigError):
        sentence_reader("model-only")


TINY_TEXT = ("Iceland joined the OSCE in 1991 and befriended Interpol in 2019. Iceland is a member of NATO and of "
             "the Nordic Council. Iceland signed a memorandum of understanding with Norway in 2020.\n")
TINY_GOLD = ("subject\tfamily\tobject\tyear\tstatus\tevidence\n"
             "Iceland\tcooperation\tInterpol\t2019\t\tbefriended Interpol in 2019\n"
             "Iceland\tmembership\tNATO\t\t\tIceland is a member of NATO\n"
             "Iceland\tagreement\tNorway\t2020\tSigned\tsigned a memorandum of understanding with Norway\n")


def test_training_is_deterministic_and_its_model_is_scored_by_the_eval(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import train_reader
    (tmp_path / "iceland.txt").write_text(TINY_TEXT, encoding="utf-8")
    (tmp_path / "iceland.gold.tsv").write_text(TINY_GOLD, encoding="utf-8")
    samples = train_reader.collect(tmp_path, "dev", SETTINGS, REFERENCE)
    assert any("cooperation" in s.positives and not s.linked for s in samples)
    samples = samples * 3  # (enough positives to fit)
    first, second = train_reader.train(samples).to_json(), train_reader.train(samples).to_json()
    assert first == second and "cooperation" in first["families"]
    model = tmp_path / "model.json"
    model.write_text(json.dumps(first), encoding="utf-8")
    rules = evaluate_corpus(SETTINGS.replace(reader="rules"), tmp_path)
    both = evaluate_corpus(SETTINGS.replace(reader="rules+model", reader_model=str(model)), tmp_path)
    assert both.overall.matched_gold == rules.overall.matched_gold + 1  # Interpol, which only the model reads


def test_an_object_denied_anywhere_in_the_sentence_gives_nothing():
    """"… is not a friend of Interpol, but befriended its experts": the sentence denies the link to Interpol, so
    the model's reading of another clause about it is not added."""
    text = "Iceland is not a partner of Interpol, though it befriended Interpol's experts in 2019."
    assert not [f for f in extract(text, TOY).facts if any(e.rule.startswith("learned") for e in f.evidence)]


def test_only_the_switched_on_families_are_added():
    """Training switches a family on only where its additions held up on held-out folds: a pair best read as a
    family that is off gives nothing (not its second-best family)."""
    text = "In 2019 Iceland befriended Interpol."
    off = Reader(TOY.weights, TOY.bias, TOY.threshold, frozenset({"agreement"}))
    assert not [f for f in extract(text, off).facts if any(e.rule.startswith("learned") for e in f.evidence)]
    assert reader_from_json(off.to_json()).enabled == frozenset({"agreement"})
    assert load_reader().enabled <= set(load_reader().weights)


def test_a_list_item_carries_what_the_rules_read_of_its_neighbour():
    """"the OSCE and Interpol": the family a rule gave the OSCE is a feature of the pair with Interpol."""
    from cdkg.extraction.learned import candidates
    seen: list[list[str]] = []

    def record(context, findings):
        seen.extend(c.features for c in candidates(context, findings) if c.obj.key == "org/interpol")
        return []

    source = SourceText("inline", Path("inline.txt"), "Iceland joined the OSCE and Interpol in 1991.", "inline",
                        "2021-12-01")
    Extractor(gazetteer_from_graph(REFERENCE, SETTINGS.base_iri), record).extract([source])
    assert any("fired-conjunct:membership" in features for features in seen)
