"""The extractor on small profiles of its own (tests/data/extraction/), one text-handling case per test.

None of these inputs is a seed file: they are invented paragraphs about other states in the
seeds' style, so the rules are shown to be linguistic rather than keyed to the seeds.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cdkg.extraction import ExtractionResult, Extractor
from cdkg.facts import GraphWriter
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import SourceText, load_metadata, read_paths

DATA = Path(__file__).parent / "data" / "extraction"
BASE = "https://w3id.org/cdkg/id/"
REFERENCE = load_reference_graph(DATA / "reference")


def extract_files(*names: str) -> ExtractionResult:
    """Run the extractor on fixture files with the fixture gazetteer."""
    paths = [DATA / name for name in names]
    sources, errors = read_paths(paths, load_metadata(paths[0].parent))
    assert not errors
    return Extractor(gazetteer_from_graph(REFERENCE, BASE)).extract(sources)


def extract_text(text: str) -> ExtractionResult:
    """Run the extractor on one invented paragraph."""
    source = SourceText("inline", Path("inline.txt"), text, "inline", "2021-12-01")
    return Extractor(gazetteer_from_graph(REFERENCE, BASE)).extract([source])


def rows(result: ExtractionResult) -> set[tuple[str, str, str, str, str]]:
    """(subject label, relation, object label, year, status) of every fact."""
    def name(key: str) -> str:
        entity = result.gazetteer.entities.get(key)
        return entity.label if entity else key
    return {(name(f.subject), f.relation, name(f.object), f.year, f.status) for f in result.facts}


def test_broken_lines_and_footnotes_do_not_hide_facts() -> None:
    found = rows(extract_files("broken-lines.txt"))
    assert ("Estonia", "hasAgreementWith", "Georgia", "2019", "Signed") in found
    assert ("Estonia", "hasAgreementWith", "Ukraine", "2020", "Signed") in found


def test_same_paragraph_in_two_documents_is_one_fact_with_two_evidences() -> None:
    result = extract_files("dedup/first.txt", "dedup/second.txt")
    mous = [f for f in result.facts if f.relation == "hasAgreementWith"]
    assert len(mous) == 1
    assert {e.document for e in mous[0].evidence} == {"first", "second"}
    for evidence in mous[0].evidence:
        raw = (DATA / "dedup" / f"{evidence.document}.txt").read_text(encoding="utf-8")
        assert " ".join(raw[evidence.start:evidence.end].split()) == evidence.quote


@pytest.mark.parametrize("expected", [
    ("South Korea", "hasAgreementWith", "Vietnam", "2019", "Signed"),      # "Korean diplomats"
    ("Australia", "funds", "Pacific Cyber Resilience Program", "", ""),    # "Australians ... their initiative"
    ("Japan", "issued", "Cybersecurity Strategy", "2019", "Adopted"),      # "Japan's 2019 ... Strategy"
    ("European Union", "issued", "Digital Resilience Directive", "2016", "Adopted"),   # "the Union"
    ("Ghana", "issued", "Cybersecurity Strategy", "2020", "Adopted"),      # subject named in the third sentence
    ("Ghana", "chairs", "West African cyber operations network", "", ""),  # "the country"
])
def test_implicit_subjects_are_resolved(expected: tuple[str, ...]) -> None:
    assert expected in rows(extract_files("implicit-subjects.txt"))


def test_acronym_defined_in_place_then_used_alone() -> None:
    result = extract_files("acronyms.txt")
    found = rows(result)
    agency = result.gazetteer.entities["org/uruguay/ncsa"]
    assert agency.label == "National Cyber Security Agency" and agency.acronym == "NCSA"
    assert ("National Cyber Security Agency", "agencyOf", "Uruguay", "", "") in found
    assert ("Uruguay", "cooperatesWith", "Organization of American States", "", "") in found


def test_unknown_programme_and_exercise_found_by_head_word() -> None:
    found = rows(extract_files("acronyms.txt"))
    assert ("Norway", "funds", "Digital Trust Initiative", "", "") in found
    assert ("Digital Trust Initiative", "region", "West Africa", "", "") in found
    assert ("Digital Trust Initiative", "fundingAmount", "12500000.0 USD", "", "") in found
    assert ("Brazil", "participatesIn", "Southern Shield", "", "") in found


def test_lists_with_years_give_one_fact_per_item() -> None:
    found = rows(extract_files("lists-and-agencies.txt"))
    for state, year in (("Nigeria", "2018"), ("Senegal", "2019"), ("Kenya", "2021")):
        assert ("Ghana", "hasAgreementWith", state, year, "Signed") in found
    assert ("Ghana", "hasAgreementWith", "Estonia", "", "UnderNegotiation") in found


def test_agency_acts_for_its_state() -> None:
    result = extract_files("lists-and-agencies.txt")
    found = rows(result)
    assert ("Cyber Security Authority", "agencyOf", "Ghana", "", "") in found
    cooperation = [f for f in result.facts if f.relation == "cooperatesWith"]
    assert [(f.subject, f.object, f.through) for f in cooperation] == [("state/ghana", "org/ecowas", "org/ghana/csa")]
    assert all(f.kind == "CertMemorandumOfUnderstanding" for f in result.facts if f.relation == "hasAgreementWith")


def test_hedged_planned_proposed_and_negative_statements() -> None:
    found = rows(extract_files("hedged.txt"))
    assert ("Brazil", "cooperatesWith", "Organization of American States", "", "Planned") in found
    assert ("Chile", "hasAgreementWith", "Uruguay", "", "Planned") in found
    assert ("European Union", "issued", "Critical Services Resilience Directive", "", "Proposed") in found
    assert not any(r[0] == "Moldova" or r[0] == "Kenya" for r in found), "negated statements give nothing"
    assert not any(r[4] in ("Signed", "Adopted", "") and r[1] in ("hasAgreementWith", "issued") for r in found)


@pytest.mark.parametrize("text", [
    "Kenya has no national cybersecurity strategy.",
    "Moldova has not signed an MoU with Ukraine.",
    "Chile is not a member of NATO.",
    "Finland does not cooperate with the OAS.",
])
def test_negative_statements_give_no_fact(text: str) -> None:
    assert extract_text(text).facts == []


def test_membership_with_year_and_merger() -> None:
    text = ("Vietnam joined ASEAN in 1995. Since 2019, CERT-VN, Vietnam's national CERT, "
            "has been merged with the National Cyber Security Agency (NCSA).")
    found = rows(extract_text(text))
    assert ("Vietnam", "memberOf", "Association of Southeast Asian Nations", "1995", "") in found
    assert ("CERT-VN", "mergedInto", "National Cyber Security Agency", "2019", "") in found
    assert ("CERT-VN", "agencyOf", "Vietnam", "", "") in found


def test_every_fact_has_evidence_with_confidence_and_rule() -> None:
    result = extract_files("implicit-subjects.txt", "hedged.txt")
    for fact in result.facts:
        assert fact.evidence
        for evidence in fact.evidence:
            assert Decimal("0") <= evidence.confidence <= Decimal("1") and evidence.rule
            assert 0 <= evidence.start < evidence.end


def test_indirect_subjects_lower_confidence() -> None:
    result = extract_files("implicit-subjects.txt")
    by_relation = {f.relation: f.confidence for f in result.facts}
    direct = next(f for f in result.facts if f.subject == "state/japan").confidence
    assert by_relation["chairs"] < direct


@pytest.mark.parametrize("text,counterpart", [
    ("Estonian diplomats have concluded cyber MoUs with Georgia (2019) and Moldova (2021), "
     "and the country is currently negotiating a similar MoU with Ukraine.", "Ukraine"),
    ("Chile has signed a cyber MoU with Brazil, but the government is still negotiating an MoU with Uruguay.", "Uruguay"),
])
def test_a_negotiating_clause_after_a_signed_one_is_never_signed(text: str, counterpart: str) -> None:
    found = {(r[2], r[4]) for r in rows(extract_text(text)) if r[1] == "hasAgreementWith"}
    assert (counterpart, "UnderNegotiation") in found
    assert (counterpart, "Signed") not in found


def _agreements(text: str) -> dict[str, set[str]]:
    """Counterpart label → statuses of the agreements read from ``text``."""
    found: dict[str, set[str]] = {}
    for row in rows(extract_text(text)):
        if row[1] == "hasAgreementWith":
            found.setdefault(row[2], set()).add(row[4])
    return found


@pytest.mark.parametrize("text,counterpart,status", [
    ("Estonia has signed cyber MoUs with Georgia (2019), and the country is currently negotiating a similar "
     "MoU with Armenia.", "Armenia", "UnderNegotiation"),
    ("Norwegian diplomats concluded a cyber MoU with Georgia in 2019 and intend to sign a similar memorandum "
     "with Armenia.", "Armenia", "Planned"),
    ("Ghana has signed cyber MoUs with Nigeria (2018); a similar agreement with Senegal is still under "
     "discussion.", "Senegal", "UnderNegotiation"),
    ("Since 2018, Kenya has signed cooperation agreements with Ghana (2018), while talks on a similar agreement "
     "with Nigeria have stalled.", "Nigeria", "UnderNegotiation"),
    ("Chile signed an MoU with Brazil in 2020 and is now negotiating one with Uruguay.", "Uruguay",
     "UnderNegotiation"),
    ("Moldova signed an MoU with Georgia in 2019, whereas a draft MoU with Ukraine awaits approval.", "Ukraine",
     "Planned"),
])
def test_a_hedged_clause_after_a_signed_one_gets_its_own_status(text: str, counterpart: str, status: str) -> None:
    found = _agreements(text)
    assert found[counterpart] == {status}
    assert "Signed" in next(v for k, v in found.items() if k != counterpart)


@pytest.mark.parametrize("text,counterpart", [
    ("Estonia signed an MoU with Georgia in 2019 but has not signed one with Armenia.", "Armenia"),
    ("Estonia has concluded MoUs with Georgia and Moldova, but has no MoU with Ukraine.", "Ukraine"),
    ("Estonia signed an MoU with Georgia, although an MoU with Armenia has not yet been signed.", "Armenia"),
    ("Kenya has signed an MoU with Ghana; it never signed the MoU with Nigeria.", "Nigeria"),
])
def test_a_negated_clause_after_a_signed_one_gives_nothing(text: str, counterpart: str) -> None:
    found = _agreements(text)
    assert counterpart not in found
    assert any("Signed" in statuses for statuses in found.values())


def test_a_later_clause_with_its_own_subject_keeps_it() -> None:
    result = extract_text("Ghana signed an MoU with Senegal in 2020, while Nigeria is negotiating one with Kenya.")
    found = rows(result)
    assert ("Ghana", "hasAgreementWith", "Senegal", "2020", "Signed") in found
    assert ("Nigeria", "hasAgreementWith", "Kenya", "", "UnderNegotiation") in found
    assert not any(r[0] == "Ghana" and r[2] == "Kenya" for r in found)


def test_an_agency_on_the_object_side_stands_for_its_state() -> None:
    text = ("The Kenyan National Computer Incident Response Team (KE-CIRT) signed an MoU with the Ghanaian "
            "Cyber Security Authority in 2022.")
    result = extract_text(text)
    mous = [f for f in result.facts if f.relation == "hasAgreementWith"]
    assert [(f.subject, f.object, f.year, f.status) for f in mous] == [("state/kenya", "state/ghana", "2022", "Signed")]
    assert mous[0].through == "org/kenya/ke-cirt"
    assert result.gazetteer.entities[mous[0].object_through].label == "Ghanaian Cyber Security Authority"
    assert mous[0].kind == "CertMemorandumOfUnderstanding"


@pytest.mark.parametrize("text,expected", [
    ("As a member of NATO since 2004, Estonia hosts a cyber range.", ("Estonia", "2004")),
    ("Finland joined the African Union in 2011.", ("Finland", "2011")),
    ("Norway has been a member of the OSCE since 1975.", ("Norway", "1975")),
    ("Chile became a member of the Organization of American States in 1948.", ("Chile", "1948")),
    ("Vietnam acceded to ASEAN in 1995.", ("Vietnam", "1995")),
    ("Uruguay is a founding OAS member since 1948.", ("Uruguay", "1948")),
])
def test_membership_years(text: str, expected: tuple[str, str]) -> None:
    found = [(r[0], r[3]) for r in rows(extract_text(text)) if r[1] == "memberOf"]
    assert found == [expected]


def test_the_kingdom_refers_to_the_state_of_the_paragraph() -> None:
    text = "Norway is a Nordic state. The Kingdom has been a member of NATO since 1949 and joined the OSCE in 1975."
    found = {(r[0], r[2], r[3]) for r in rows(extract_text(text)) if r[1] == "memberOf"}
    assert found == {("Norway", "North Atlantic Treaty Organization", "1949"),
                     ("Norway", "Organization for Security and Co-operation in Europe", "1975")}


@pytest.mark.parametrize("text,year", [
    ("Estonia takes part every year in the Locked Shields exercise.", ""),
    ("Chilean officials have taken part in the Locked Shields exercise since 2018.", "2018"),
    ("In 2020, Ghana joined the Locked Shields exercise for the first time.", "2020"),
])
def test_participation_in_an_exercise_found_by_its_head_word(text: str, year: str) -> None:
    found = [(r[2], r[3]) for r in rows(extract_text(text)) if r[1] == "participatesIn"]
    assert found == [("Locked Shields", year)]


def test_no_participation_when_negated() -> None:
    assert extract_text("Kenya does not take part in the Locked Shields exercise.").facts == []


@pytest.mark.parametrize("text,actor,forum", [
    ("Under the auspices of the OEWG, Chile has argued that norms must be implemented.", "Chile", "OEWG"),
    ("In the OEWG, Kenya called for more support to developing countries.", "Kenya", "OEWG"),
    ("The Uruguayan representative at the OEWG has also stressed the role of civil society.", "Uruguay", "OEWG"),
    ("Finland has also welcomed the inclusion of confidence-building measures in the GGE reports.", "Finland", "GGE"),
    ("At the UN GGE, the Norwegian delegation stressed that international law applies.", "Norway", "GGE"),
])
def test_a_position_is_read_with_its_actor_and_forum(text: str, actor: str, forum: str) -> None:
    result = extract_text(text)
    found = [f for f in result.facts if f.relation == "position"]
    assert len(found) == 1
    fact = found[0]
    assert result.gazetteer.entities[fact.subject].label == actor
    assert result.gazetteer.entities[fact.object].acronym == forum
    assert fact.statement and all(e.quote == text for e in fact.evidence)


@pytest.mark.parametrize("text", [
    "Chile has argued that capacity building should be part of the development agenda of the OEWG.",
    "Kenya has argued that global initiatives are needed.",
    "In the OEWG, Kenya has not argued for new norms.",
    "At the OEWG, Chile is expected to call for binding rules.",
])
def test_no_position_without_a_venue_or_when_negated_or_hedged(text: str) -> None:
    assert [f for f in extract_text(text).facts if f.relation == "position"] == []


def test_two_positions_of_one_actor_in_one_forum_are_two_nodes() -> None:
    text = ("In the OEWG, Chile stressed the role of women. In the OEWG, Chile also called for regional "
            "confidence-building measures.")
    result = extract_text(text)
    found = [f for f in result.facts if f.relation == "position"]
    assert len(found) == 2
    keys = {GraphWriter(result.gazetteer).claim_key(f) for f in found}
    assert len(keys) == 2 and all(k.startswith("claim/position/chile-un-oewg-") for k in keys)


@pytest.mark.parametrize("text,amount", [
    ("Japan has committed 1.2 billion yen to the Pacific Cyber Skills Initiative.", "1200000000.0 JPY"),
    ("Through its Digital Trust Fund, Ghana has committed USD 3 million to training.", "3000000.0 USD"),
    ("Through the Nordic Cyber Programme, Norway has pledged 40 million kroner to training.", "40000000.0 NOK"),
    ("Through the Baltic Cyber Programme, Finland has pledged €4.5 million to training.", "4500000.0 EUR"),
])
def test_amounts_in_other_currencies_and_the_funder_of_a_funding_verb(text: str, amount: str) -> None:
    found = rows(extract_text(text))
    assert any(r[1] == "fundingAmount" and r[2] == amount for r in found)
    assert len([r for r in found if r[1] == "funds"]) == 1


def test_the_subject_of_a_funding_verb_funds_the_programme_not_the_topic() -> None:
    text = "Kenya is a regional hub. Japan has committed 1.2 billion yen to the Pacific Cyber Skills Initiative."
    assert {(r[0], r[2]) for r in rows(extract_text(text)) if r[1] == "funds"} == {
        ("Japan", "Pacific Cyber Skills Initiative")}


def test_document_years_and_planned_documents() -> None:
    found = rows(extract_text("Ghana regulates cyberspace under the Cybersecurity Act of 2020. Kenyan officials "
                              "plan to adopt a new national cybersecurity strategy in 2025."))
    assert ("Ghana", "issued", "Cybersecurity Act", "2020", "Adopted") in found
    assert ("Kenya", "issued", "national cybersecurity strategy", "2025", "Planned") in found
    assert extract_text("The programme helps partners to adopt a national cybersecurity strategy.").facts == []


def test_acronym_in_apposition_to_the_national_cert() -> None:
    found = rows(extract_text("Norway has a mature cyber ecosystem. The Norwegian authority operates NorCERT, "
                              "the national CERT."))
    assert ("NorCERT", "agencyOf", "Norway", "", "") in found


def test_cooperation_and_chairing_clauses_keep_their_own_subject_and_status() -> None:
    # cooperation is written from the profile's side (Chile's here): the ", while" clause keeps its own subject
    # and status, and two other actors' cooperation is theirs, not Chile's
    text = ("Chile cooperates with the Organization of American States, while Kenya is exploring cooperation "
            "with Chile. Ghana chairs the G20, but Nigeria does not chair the African Union. Nigeria works "
            "with ECOWAS on cybercrime.")
    found = rows(extract_text(text))
    assert ("Chile", "cooperatesWith", "Organization of American States", "", "") in found
    assert ("Chile", "cooperatesWith", "Kenya", "", "Planned") in found
    assert not any(r[2] == "Organization of American States" and r[4] == "Planned" for r in found)
    assert ("Ghana", "chairs", "G20", "", "") in found
    assert not any(r[0] == "Chile" and "West African" in r[2] for r in found)
    assert not any(r[1] == "chairs" and r[2] == "African Union" for r in found)
