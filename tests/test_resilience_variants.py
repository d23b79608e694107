"""Strategies, laws, agencies, CERTs and mergers told in words the development corpus does not use. Every sentence
is invented; each rule is pinned by several variants (verbs, word orders, tenses, subjects)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.extraction import ExtractionResult, Extractor
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import SourceText

REPO = Path(__file__).resolve().parent.parent
REFERENCE = load_reference_graph(REPO / "data" / "reference")


def extract(text: str) -> ExtractionResult:
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-27")
    return Extractor(gazetteer_from_graph(REFERENCE, "https://w3id.org/cdkg/id/")).extract([source])


def rows(text: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(subject label, object label, year, status) of one relation's facts."""
    result = extract(text)

    def name(key: str) -> str:
        entity = result.gazetteer.entities.get(key)
        return entity.label if entity else key
    return {(name(f.subject), name(f.object), f.year, f.status) for f in result.facts if f.relation == relation}


def objects(text: str, relation: str = "issued") -> set[str]:
    return {o for _, o, _, _ in rows(text, relation)}


# --- a cited document is not the state's --------------------------------------------------------

@pytest.mark.parametrize("sentence, own", [
    ("Albania adopted its Law on Cybersecurity in 2024 and in doing so aligned itself with the EU's NIS2 Directive "
     "and the Cyber Resilience Act.", {"Law on Cybersecurity"}),
    ("Serbia's Information Security Act, approved by parliament in 2016, transposed the NIS Directive.",
     {"Information Security Act"}),
    ("Tunisia passed a Data Protection Act in 2004 that was modelled on the EU's Data Protection Directive.",
     {"Data Protection Act"}),
    ("Norway's first National Cyber Security Strategy, published in 2012, drew heavily on the Netherlands' National "
     "Cyber Security Strategy 2011.", {"National Cyber Security Strategy"}),
])
def test_an_adoption_verb_before_a_citing_word_does_not_adopt_what_is_cited(sentence: str, own: set[str]) -> None:
    assert objects(sentence) == own


# --- a draft is a draft until it is made law ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Kazakhstan is in Central Asia. A draft law on information security was published for comment in 2024.",
     ("law on information security", "2024", "Draft")),
    ("Kazakhstan is in Central Asia. The ministry published a draft cybersecurity law in 2023.",
     ("cybersecurity law", "2023", "Draft")),
    ("Kazakhstan is in Central Asia. A draft data protection law was adopted by parliament in 2021.",
     ("data protection law", "2021", "Adopted")),
    ("Kazakhstan is in Central Asia. The National Cybersecurity Strategy was put to public consultation in 2022.",
     ("National Cybersecurity Strategy", "2022", "Draft")),
    ("Kazakhstan is in Central Asia. In 2020 the government released the Digital Security Strategy for public "
     "comment.", ("Digital Security Strategy", "2020", "Draft")),
])
def test_a_draft_shown_to_the_public_is_not_adopted(sentence: str, expected: tuple[str, str, str]) -> None:
    assert {(o, y, s) for _, o, y, s in rows(sentence, "issued")} == {expected}


# --- a future body is planned; who will set it up exists; where it will sit is only named ------------

@pytest.mark.parametrize("sentence, expected", [
    ("Rwanda is in Africa. A cyber defence unit will be established within the Rwanda National Police.",
     {("Cyber defence unit", "Planned")}),  # (the future body's host is named, no role of its own asserted)
    ("Uruguay is in South America. A new cyber directorate inside the Ministry of the Interior is expected to be "
     "created next year.", {("New cyber directorate", "Planned")}),
    ("Uruguay is in South America. The Ministry of the Interior will establish a cyber unit in 2026.",
     {("Ministry of the Interior", "")}),
    ("Uruguay is in South America. The Cyber Defence Command (CDC), which will start work in 2026, is being staffed.",
     {("Cyber Defence Command", "Planned")}),
    ("Uruguay is in South America. The Data Protection Authority the bill creates is to be set up in 2027.",
     {("Data Protection Authority", "Planned")}),
    ("Uruguay is in South America. The Cyber Defence Command (CDC), which was created in 2019, reports to the "
     "ministry.", {("Cyber Defence Command", "")}),
])
def test_only_the_body_to_be_created_is_planned(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(s.split(" (")[0], status) for s, _, _, status in rows(sentence, "agencyOf")} == expected


# --- a relative clause that adopts a document says where it stands ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Colombia's Ministry of Science, Technology and Innovation jointly drafted the National Digital Security Policy, "
     "which the National Council for Economic and Social Policy (CONPES) approved in 2016.",
     {("National Digital Security Policy", "2016", "Adopted")}),
    ("Norway is in Europe. The Ministry of Justice drafted a Cyber Security Act, which parliament passed in 2020.",
     {("Cyber Security Act", "2020", "Adopted")}),
    ("Although not an EU member, Norway incorporated the NIS Directive into national law through the Digital "
     "Security Act, which the Storting adopted in December 2021.", {("Digital Security Act", "2021", "Adopted")}),
    ("Norway is in Europe. Norway transposed the NIS Directive, which was adopted in 2016.", set()),
    ("Norway is in Europe. Norway transposed the NIS Directive, which the EU adopted in 2016.", set()),
    ("Norway is in Europe. The government prepared the Security Act, which was never passed.", set()),
])
def test_an_adoption_in_a_relative_clause_after_the_document(sentence: str, expected: set) -> None:
    assert {(o, y, s) for i, o, y, s in rows(sentence, "issued") if i in ("Norway", "Colombia")} == expected


def test_a_draft_put_to_consultation_before_the_approval_does_not_undo_it() -> None:
    found = rows("Kazakhstan is in Central Asia. The Digital Security Strategy was approved by the government in 2024, "
                 "after a draft had been put to public consultation a year earlier.", "issued")
    assert ("Kazakhstan", "Digital Security Strategy", "2024", "Adopted") in found


# --- a year belongs to the document whose words give it ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Jamaica passed the Cybercrimes Act in 2015, and the Data Protection Act, passed in 2020, came into force in "
     "December 2023.", {("Cybercrimes Act", "2015"), ("Data Protection Act", "2020")}),
    ("In 2022 Ghana signed the Declaration for the Future of the Internet, and its communications ministry "
     "published a revised National Cybersecurity Policy the following year.",
     {("National Cybersecurity Policy", "2023")}),
    ("Kenya adopted the Data Protection Act and, in 2018, the Computer Misuse Act.",
     {("Data Protection Act", ""), ("Computer Misuse Act", "2018")}),
    ("Ghana adopted the Cybersecurity Policy and the Cybersecurity Strategy in 2016.",
     {("Cybersecurity Policy", "2016"), ("Cybersecurity Strategy", "2016")}),
    # (the decree that adopted a strategy is how it was adopted, not a law of its own: dev/ records Chile's strategy
    # "approved by Supreme Decree 164" and Georgia's "adopted by Government Resolution No. 482" without them)
    ("Paraguay's National Cybersecurity Strategy was adopted through Decree 7052 in April 2017.",
     {("National Cybersecurity Strategy", "2017")}),
    ("Paraguay's National Cybersecurity Strategy was adopted in 2017, and Decree 7052 of April 2018 set up its "
     "council.", {("National Cybersecurity Strategy", "2017"), ("Decree 7052", "2018")}),
])
def test_each_document_takes_the_time_its_own_words_give(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, _ in rows(sentence, "issued")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Portugal is in Europe. A National Cyberspace Security Strategy was first adopted in 2015 and replaced by a "
     "second strategy covering 2019-2023.", {("National Cyberspace Security Strategy", "2015"),
                                              ("National Cyberspace Security Strategy 2019-2023", "2019")}),
    ("Malta is in Europe. Malta's National Cyber Security Strategy was adopted in 2016 and revised in 2023.",
     {("National Cyber Security Strategy", "2016")}),
    ("Malta is in Europe. The Data Protection Act was enacted in 2018 and superseded by a new act in 2024.",
     {("Data Protection Act", "2018")}),
])
def test_a_replacement_or_revision_does_not_date_the_adoption(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, _ in rows(text, "issued")} >= expected


@pytest.mark.parametrize("text, label, year, status", [
    ("Portugal's first National Cyberspace Security Strategy, approved in 2015, drew heavily on the United Kingdom's "
     "National Cyber Security Strategy 2011-2016. A second strategy was published in 2019.",
     "Second National Cyberspace Security Strategy", "2019", "Adopted"),
    ("Jordan unveiled the National Cybersecurity Strategy 2018-2023 in 2018, and it is expected to adopt a third "
     "strategy in 2025.", "Third National Cybersecurity Strategy", "2025", "Planned"),
    ("Jordan adopted a National Cybersecurity Strategy in 2012; the government is now drafting a third strategy.",
     "Third National Cybersecurity Strategy", "", "Draft"),
])
def test_an_ordinal_continues_the_states_own_series(text: str, label: str, year: str, status: str) -> None:
    assert any(o == label and y == year and s == status for _, o, y, s in rows(text, "issued"))


# --- a short name and its full name in apposition are one body -------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Malaysia is in Asia. MyCERT, the Malaysia Computer Emergency Response Team, is run by CyberSecurity Malaysia.",
     "Malaysia Computer Emergency Response Team"),
    ("Tunisia is in Africa. The national agency hosts tunCERT, the Tunisian Computer Emergency Response Team.",
     "Tunisian Computer Emergency Response Team"),
    ("Ghana is in Africa. CSA, the Cyber Security Authority, was established in 2020.", "Cyber Security Authority"),
])
def test_an_acronym_then_its_full_name_is_one_body(text: str, label: str) -> None:
    result = extract(text)
    found = [f for f in result.facts if f.relation == "agencyOf"]
    assert len(found) == 1 and result.gazetteer.entities[found[0].subject].label == label


def test_a_list_after_an_acronym_is_not_its_full_name() -> None:
    found = rows("Norway is in Europe. NorCERT, the Police Security Service, and the Intelligence Service cooperate "
                 "closely.", "agencyOf")
    assert {s for s, _, _, _ in found} >= {"Police Security Service", "Intelligence Service"}


# --- what a clause plans for an existing document or body ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Tanzania plans to revise its National Cybersecurity Strategy 2018-2023.",
     ("National Cybersecurity Strategy", "2018", "Adopted")),
    ("Tanzania is in Africa. The government is updating the 2019 National Cyber Security Policy.",
     ("National Cyber Security Policy", "2019", "Adopted")),
    ("Tanzania is in Africa. Tanzania intends to amend the Cybercrimes Act of 2015.", ("Cybercrimes Act", "2015", "Adopted")),
    ("Tanzania is in Africa. The ministry is drafting a revised National Cyber Security Policy.",
     ("National Cyber Security Policy", "", "Draft")),
])
def test_a_planned_change_to_a_document_is_no_planned_document(text: str, expected: tuple[str, str, str]) -> None:
    assert {(o, y, s) for _, o, y, s in rows(text, "issued")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Bahrain is expected to adopt a Personal Data Protection Law amendment.",
     ("Personal Data Protection Law amendment", "", "Planned")),
    ("Bahrain is in the Gulf. Parliament passed a Cybercrime Law amendment in 2022.",
     ("Cybercrime Law amendment", "2022", "Adopted")),
    ("Bahrain is in the Gulf. The Cabinet approved the Electronic Transactions Law amendments in March 2021.",
     ("Electronic Transactions Law amendment", "2021", "Adopted")),
])
def test_an_amendment_named_after_its_law_is_the_amendment(text: str, expected: tuple[str, str, str]) -> None:
    assert {(o, y, s) for _, o, y, s in rows(text, "issued")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka is in Asia. The Sri Lanka CERT would become part of a new Cyber Security Agency under the bill.",
     ("Cyber Security Agency", "Planned")),
    ("Sri Lanka is in Asia. Its CERT is to be merged into a new Digital Security Authority.",
     ("Digital Security Authority", "Planned")),
    ("Sri Lanka is in Asia. A new Data Protection Authority (DPA) under the draft law would supervise processing.",
     ("Data Protection Authority", "Planned")),
])
def test_a_body_a_pending_change_would_bring_is_planned(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s.split(" (")[0], st) for s, _, _, st in rows(text, "agencyOf")}


@pytest.mark.parametrize("text, gone", [
    ("Armenia abolished its Information Security Centre in 2020 and moved its staff to the National Security "
     "Service.", "Information Security Centre"),
    ("Armenia is in the Caucasus. In 2019 the government dissolved the Cyber Security Council.", "Cyber Security Council"),
    ("Armenia is in the Caucasus. The government shut down the Computer Crime Bureau in 2018.", "Computer Crime Bureau"),
])
def test_a_body_abolished_is_no_agency(text: str, gone: str) -> None:
    assert gone not in {s for s, _, _, _ in rows(text, "agencyOf")}


# --- laws the dev corpus showed missing, told in other words ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Cyber Security Policy and the Cyber Security Strategy of Ghana date from 2016.",
     {("Cyber Security Policy", "2016"), ("Cyber Security Strategy of Ghana", "2016")}),
    ("Ghana is in Africa. The Data Protection Act, the Electronic Transactions Act and the Cybersecurity Act "
     "remain in force.", {("Data Protection Act", ""), ("Electronic Transactions Act", ""), ("Cybersecurity Act", "")}),
    ("Ghana is in Africa. The 2012 Data Protection Act and the 2020 Cybersecurity Act form the legal core.",
     {("Data Protection Act", "2012"), ("Cybersecurity Act", "2020")}),
])
def test_each_document_of_a_subject_list_is_adopted(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Nigeria is in Africa. A bill to create a separate cybersecurity agency was passed by the Senate in 2016.",
     ("bill to create a separate cybersecurity agency", "2016", "Proposed")),
    ("Nigeria is in Africa. A bill to establish a national data protection commission was tabled in 2019.",
     ("bill to establish a national data protection commission", "2019", "Proposed")),
    ("Nigeria is in Africa. A bill on the protection of critical information infrastructure was introduced in 2022.",
     ("bill on the protection of critical information infrastructure", "2022", "Proposed")),
])
def test_a_bill_is_named_by_its_purpose(text: str, expected: tuple[str, str, str]) -> None:
    assert {(o, y, s) for _, o, y, s in rows(text, "issued")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Kenya is in Africa. The Data Protection Act is complemented by the Data Protection Regulations gazetted in "
     "February 2021.", ("Data Protection Regulations", "2021")),
    ("Kenya is in Africa. The Cybercrime Regulations were gazetted in 2024.", ("Cybercrime Regulations", "2024")),
    # (the number closed by a year dates the act, as every such row of dev/ gold is dated: docs8)
    ("Indonesia is in Asia. Perpres 82/2022 covers the protection of vital information infrastructure.",
     ("Perpres 82/2022", "2022")),
])
def test_gazetted_regulations_and_numbered_decrees(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"}


@pytest.mark.parametrize("text, amendment", [
    ("Singapore is in Asia. The Cybersecurity Act, passed in February 2018, gives the Commissioner powers over the "
     "owners of critical information infrastructure and was amended in May 2024 to cover digital infrastructure.",
     ("Cybersecurity Act amendment", "2024")),
    ("Malta is in Europe. Malta enacted the Data Protection Act in 2018, which regulates processing, and was amended "
     "in 2021.", ("Data Protection Act amendment", "2021")),
    ("Malta is in Europe. The Electronic Commerce Act was adopted in 2002 and has since been amended in 2014.",
     ("Electronic Commerce Act amendment", "2014")),
])
def test_a_later_amendment_in_the_laws_own_clause(text: str, amendment: tuple[str, str]) -> None:
    assert amendment in {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"}


@pytest.mark.parametrize("text, expected", [
    ("The OAS helped Paraguay draft its National Cybersecurity Plan, adopted in 2017.",
     ("Paraguay", "National Cybersecurity Plan", "2017", "Adopted")),
    ("Georgia is in the Caucasus. The EU assisted Georgia in preparing its Cyber Security Policy, approved in 2019.",
     ("Georgia", "Cyber Security Policy", "2019", "Adopted")),
    ("Portugal is in Europe. The ministry drafted the Cyber Security Act, passed in 2020, with help from the EU.",
     ("Portugal", "Cyber Security Act", "2020", "Adopted")),
])
def test_the_one_helped_owns_its_document_and_a_later_adoption_wins(text: str, expected: tuple) -> None:
    assert rows(text, "issued") == {expected}


# --- mergers -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Zambia is in Africa. In 2020 the Zambia Cyber Authority absorbed the National Crypto Agency (NCA) and the "
     "Government Network Team (GNT), including ZM-CERT.",
     {("NCA", "2020"), ("GNT", "2020"), ("ZM-CERT", "2020")}),
    ("Zambia is in Africa. The Cyber Authority, established in May 2019, absorbed the Crypto Agency (CA), including "
     "ZM-CERT, the response team set up in 2008.", {("CA", "2019"), ("ZM-CERT", "2019")}),
    ("Zambia is in Africa. The National Cyber Agency absorbed the Crypto Agency (CA), including ZM-CERT, set up in "
     "2008.", {("CA", ""), ("ZM-CERT", "")}),
])
def test_what_an_absorbed_list_includes_is_merged_and_its_creation_does_not_date_the_merger(text: str,
                                                                                          expected: set) -> None:
    result = extract(text)
    found = {(result.gazetteer.entities[f.subject].acronym or result.gazetteer.entities[f.subject].label, f.year)
             for f in result.facts if f.relation == "mergedInto"}
    assert found == expected


@pytest.mark.parametrize("text, first", [
    ("Kenya is in Africa. The ICT Authority, formed in 2013 through the merger of the Kenya ICT Board, the "
     "Directorate of Digital Services and Government Information Technology Services (GITS), manages networks.",
     "Directorate of Digital Services"),
    ("Kenya is in Africa. The ministry oversees the Office of Cyber Affairs and National Information Technology "
     "Services (NITS).", "Office of Cyber Affairs"),
    ("Kenya is in Africa. The Bureau of Cyber Policy and the Digital Government Services Agency (DGSA) cooperate.",
     "Bureau of Cyber Policy"),
])
def test_a_name_before_and_a_defined_name_is_a_body_of_its_own(text: str, first: str) -> None:
    result = extract(text)
    labels = {e.label for e in result.gazetteer.entities.values() if e.kind == "org"}
    assert first in labels


# --- a name that opens with its state ends where the name ends ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Malaysia is in Asia. The Malaysia Cyber Security Strategy 2020-2024 sets out five pillars.",
     ("Cyber Security Strategy", "2020", "Adopted")),
    ("Malaysia is in Asia. In October 2020 Malaysia launched the Malaysia Cyber Security Strategy 2020-2024.",
     ("Cyber Security Strategy", "2020", "Adopted")),
    ("Singapore is in Asia. The Singapore Cybersecurity Strategy 2021 was launched in October 2021.",
     ("Cybersecurity Strategy", "2021", "Adopted")),
])
def test_a_name_opening_with_its_state_keeps_its_years(text: str, expected: tuple[str, str, str]) -> None:
    result = extract(text)
    found = [f for f in result.facts if f.relation == "issued"]
    assert len(found) == 1 and (result.gazetteer.entities[found[0].object].label, found[0].year, found[0].status) \
        == expected
    assert found[0].object.endswith(expected[1]) or "-2020-2024" in found[0].object


@pytest.mark.parametrize("text, expected", [
    ("Brazil is in South America. Brazil's National Cybersecurity Policy was instituted by decree in 2023, "
     "replacing the National Cybersecurity Strategy (E-Ciber) of 2020.", ("National Cybersecurity Strategy", "2020")),
    ("Brazil is in South America. The new policy supersedes the Information Security Policy of 2015.",
     ("Information Security Policy", "2015")),
    ("Brazil is in South America. The 2024 law replaced the Computer Crimes Act (CCA) of 2012.",
     ("Computer Crimes Act", "2012")),
])
def test_a_dated_document_another_replaces_was_adopted(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"}


@pytest.mark.parametrize("text, expected", [
    ("Estonia is in Europe. Cyber security was folded into the Digital Agenda 2030, adopted in late 2021.", "2021"),
    ("Oman is in the Middle East. Oman's National Digital Economy Plan 2040 was approved in 2020.", "2020"),
    ("Senegal is in Africa. The Digital Senegal 2025 strategy was adopted in 2016.", "2016"),
])
def test_a_year_at_the_end_of_a_name_is_its_horizon(text: str, expected: str) -> None:
    assert {y for _, _, y, _ in rows(text, "issued")} == {expected}


# --- a CERT is the state's that the words before it name ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Paraguay is in South America. CERT-PY works with the Spanish national CERT, INCIBE-CERT, on training.",
     {"CERT-PY"}),
    ("Paraguay is in South America. CERT-PY signed an arrangement with Spain's INCIBE-CERT in 2019.", {"CERT-PY"}),
    ("Paraguay is in South America. Paraguay's national CERT, CERTpy, was set up in 2012.", {"CERTpy"}),
    ("Paraguay is in South America. Within MITIC, the national computer emergency response team, CERTpy, was set up "
     "in 2012.", {"CERTpy", "MITIC"}),
])
def test_a_cert_described_as_another_states_is_not_this_ones(text: str, expected: set[str]) -> None:
    result = extract(text)
    found = {result.gazetteer.entities[f.subject].label for f in result.facts if f.relation == "agencyOf"}
    assert found == expected


def test_an_intro_phrase_body_takes_no_year_from_the_main_clause() -> None:
    found = rows("Paraguay is in South America. Within MITIC, the national computer emergency response team, CERTpy, "
                 "was set up in 2012.", "agencyOf")
    assert {(s, y) for s, _, y, _ in found} == {("MITIC", ""), ("CERTpy", "2012")}


@pytest.mark.parametrize("text, expected", [
    ("Croatia transposed the NIS2 Directive through the Cybersecurity Act, which Parliament passed in January 2024.",
     {("Croatia", "Cybersecurity Act", "2024", "Adopted")}),
    ("Norway is in Europe. Norway implemented the NIS Directive by means of the Digital Security Act, which came "
     "into force in 2023.", {("Norway", "Digital Security Act", "2023", "Adopted")}),
    ("Croatia is in Europe. Croatia transposed the NIS Directive and the GDPR into national law in 2018.", set()),
])
def test_a_citing_word_governs_the_first_document_and_its_list_not_a_means(text: str, expected: set) -> None:
    assert rows(text, "issued") == expected


@pytest.mark.parametrize("text, year", [
    ("The Philippines replaced the National Cybersecurity Plan 2022 with the National Cybersecurity Plan 2023-2028, "
     "which the Department of Information and Communications Technology (DICT) unveiled in 2024.", "2024"),
    ("Georgia is in the Caucasus. It followed with the National Cyber Security Strategy 2017-2018, which the "
     "government approved in 2016.", "2016"),
    ("Norway is in Europe. The Security Act, which came into force in 2019, gives the authority powers.", "2019"),
])
def test_a_relative_clause_dates_a_document_whose_name_holds_a_period(text: str, year: str) -> None:
    assert year in {y for _, _, y, _ in rows(text, "issued")}


@pytest.mark.parametrize("text", [
    "Ghana is in Africa. The President vetoed the Cyber Harassment Act in 2022.",
    "Ghana is in Africa. In 2021 the head of state vetoes the Data Sovereignty Act, sending it back to Parliament.",
    "Ghana is in Africa. The Cyber Harassment Bill, vetoed by the President in 2022, was never reintroduced.",
])
def test_a_vetoed_law_is_not_adopted(text: str) -> None:
    assert not {s for _, _, _, s in rows(text, "issued")} & {"Adopted", "Proposed"}


@pytest.mark.parametrize("text, expected", [
    ("Ghana is in Africa. In 2019 the government announced that it would draft a National Cyber Resilience Plan.",
     ("National Cyber Resilience Plan", "Planned")),
    ("Ghana is in Africa. The ministry plans to prepare a Cyber Defence Strategy.", ("Cyber Defence Strategy", "Planned")),
    ("Ghana is in Africa. The ministry is drafting a Cyber Defence Strategy.", ("Cyber Defence Strategy", "Draft")),
])
def test_drafting_that_lies_ahead_is_planned(text: str, expected: tuple[str, str]) -> None:
    assert {(o, s) for _, o, _, s in rows(text, "issued")} == {expected}


# --- a document named again by its short name --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Chile is in South America. The first National Cybersecurity Policy (PNCS) was issued in 2017. Its successor, "
     "the PNCS 2023-2028, was approved in December 2023.",
     {("National Cybersecurity Policy", "2017"), ("National Cybersecurity Policy", "2023")}),
    ("Chile is in South America. The Digital Transformation Strategy (DTS) was launched in 2019. The DTS 2025-2030 "
     "followed in 2024.", {("Digital Transformation Strategy", "2019"), ("Digital Transformation Strategy", "2024")}),
    ("Chile is in South America. The Cyber Defence Policy (PCD) was issued in 2018. A unit will be set up under the "
     "PCD 2018 action plan.", {("Cyber Defence Policy", "2018")}),
])
def test_a_short_name_with_a_new_period_is_the_next_edition(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"} == expected


@pytest.mark.parametrize("text, year", [
    ("Nigeria is in Africa. The National Digital Economy Policy and Strategy (NDEPS) 2020-2030 was launched in "
     "November 2019.", "2019"),
    ("Nigeria is in Africa. The Cyber Security Strategy 2017-2018 was approved by the government in 2016.", "2016"),
    ("Nigeria is in Africa. The Cyber Security Strategy 2019-2022 sets out four goals.", "2019"),
])
def test_a_period_in_the_name_yields_to_the_adoption_year(text: str, year: str) -> None:
    assert {y for _, _, y, _ in rows(text, "issued")} == {year}


@pytest.mark.parametrize("text, absent", [
    ("Ghana is in Africa. Interpol's Cybercrime Directorate supported Ghanaian investigators in 2023.",
     "Cybercrime Directorate"),
    ("Ghana is in Africa. The World Bank's Digital Development Unit financed the study.", "Digital Development Unit"),
    ("Ghana is in Africa. Ghana's police worked with Europol's European Cybercrime Centre (EC3) in 2021.",
     "European Cybercrime Centre"),
])
def test_an_organisations_own_body_is_not_the_states_agency(text: str, absent: str) -> None:
    assert absent not in {s.split(" (")[0] for s, _, _, _ in rows(text, "agencyOf")}


@pytest.mark.parametrize("text, victim", [
    ("Ghana is in Africa. In 2022 hackers defaced the website of the Ministry of Finance.", "Ministry of Finance"),
    ("Ghana is in Africa. Attackers breached the servers of the Ministry of Health in 2021.", "Ministry of Health"),
    ("Ghana is in Africa. A ransomware gang compromised the e-mail accounts of the Ministry of Energy.",
     "Ministry of Energy"),
])
def test_a_body_named_as_what_an_attack_hit_is_no_cyber_agency(text: str, victim: str) -> None:
    assert victim not in {s for s, _, _, _ in rows(text, "agencyOf")}


@pytest.mark.parametrize("text, label", [
    ("Ghana is in Africa. Training for the Ghana Police Service was provided by foreign partners.",
     "Ghana Police Service"),
    ("Ghana is in Africa. Support to the National Signals Bureau came from several donors.", "National Signals Bureau"),
    ("Ghana is in Africa. Oversight of the Cyber Security Authority lies with parliament.", "Cyber Security Authority"),
])
def test_what_is_done_for_a_body_opens_no_name(text: str, label: str) -> None:
    assert {s for s, _, _, _ in rows(text, "agencyOf")} == {label}


@pytest.mark.parametrize("text, expected", [
    ("Uganda is in Africa. Uganda's National Cybersecurity Strategy 2022-2026 is awaiting cabinet approval.",
     ("National Cybersecurity Strategy", "Draft")),
    ("Uganda is in Africa. The Data Protection Policy, pending presidential assent since 2023, remains unsigned.",
     ("Data Protection Policy", "Draft")),
    ("Uganda is in Africa. The Cyber Defence Strategy awaits validation by the National Security Council.",
     ("Cyber Defence Strategy", "Draft")),
])
def test_a_text_awaiting_its_approval_is_a_draft(text: str, expected: tuple[str, str]) -> None:
    assert {(o, s) for _, o, _, s in rows(text, "issued")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Benin is in Africa. The Benin Computer Emergency Response Team (bjCSIRT) joined the agency in 2020.", "bjCSIRT"),
    ("Botswana is in Africa. The Botswana Computer Incident Response Team (bwCIRT) was set up in 2020.", "bwCIRT"),
    ("Ghana is in Africa. The National Computer Emergency Response Team (CERT-GH) reports to the authority.",
     "CERT-GH"),
])
def test_a_response_team_and_its_own_short_name_are_one_cert(text: str, expected: str) -> None:
    result = extract(text)
    found = [f for f in result.facts if f.relation == "agencyOf"]
    assert len(found) == 1 and result.gazetteer.entities[found[0].subject].acronym == expected


@pytest.mark.parametrize("text, planned", [
    ("Oman is in the Middle East. The government plans to merge the Cyber Defence Centre (CDC) into a new National "
     "Cyber Agency (NCA).", "NCA"),
    ("Oman is in the Middle East. The government will fold the Cyber Defence Centre (CDC) into a single National "
     "Cyber Agency (NCA) in 2026.", "NCA"),
    ("Oman is in the Middle East. A 2024 proposal to consolidate the CERT and the Cyber Defence Centre (CDC) under a "
     "new Digital Security Authority (DSA) is before the council.", "DSA"),
])
def test_the_body_a_planned_merger_would_create_is_planned(text: str, planned: str) -> None:
    result = extract(text)
    found = {(result.gazetteer.entities[f.subject].acronym, f.status) for f in result.facts if f.relation == "agencyOf"}
    assert (planned, "Planned") in found and ("CDC", "") in found
    assert not [f for f in result.facts if f.relation == "mergedInto"]


@pytest.mark.parametrize("text, expected", [
    ("Ghana is in Africa. Without a Cybercrime Act, Ghana prosecutes offences under the Criminal Offences Act of 1960.",
     {("Criminal Offences Act", "1960")}),
    ("Ghana is in Africa. Lacking a National Cybersecurity Strategy, Ghana relies on the Cybersecurity Policy adopted "
     "in 2015.", {("Cybersecurity Policy", "2015")}),
    ("Ghana is in Africa. In the absence of a dedicated law, the Electronic Transactions Act was amended in 2019 to "
     "cover cybercrime.", {("Electronic Transactions Act amendment", "2019")}),
])
def test_a_negating_opening_phrase_negates_only_what_it_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"} >= expected
    assert not {o for _, o, _, _ in rows(text, "issued")} & {"Cybercrime Act", "National Cybersecurity Strategy"}


@pytest.mark.parametrize("text, regional, own", [
    ("Finland is in Europe. Finland's Cyber Security Centre (NCSC-FI) works with the Nordic Energy CERT, which serves "
     "utilities across the region.", "Nordic Energy CERT", "Cyber Security Centre"),
    ("Serbia is in Europe. The Western Balkans Cyber Security Agency (WBCSA), hosted in Belgrade, trains analysts, "
     "while the Ministry of Interior runs a cybercrime unit.", "Western Balkans Cyber Security Agency",
     "Ministry of Interior"),
    ("Kenya is in Africa. Kenya's National Computer Incident Response Team (KE-CIRT) exchanges alerts with the East "
     "African Computer Emergency Response Team (EAC-CERT).", "East African Computer Emergency Response Team",
     "National Computer Incident Response Team"),
])
def test_a_body_named_after_a_region_is_no_single_states(text: str, regional: str, own: str) -> None:
    found = {s.split(" (")[0] for s, _, _, _ in rows(text, "agencyOf")}
    assert regional not in found and own in found


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The Cyber Protection Directorate (CPD) was formed in 2019 by merging the Signals Security "
     "Office (SSO) and the Internet Crime Bureau (ICB).",
     {("Signals Security Office", "Cyber Protection Directorate", "2019"),
      ("Internet Crime Bureau", "Cyber Protection Directorate", "2019")}),
    ("Laos is in Asia. In 2020 the government created the Digital Defence Agency (DDA) by merging the Signals Security "
     "Office and the Internet Crime Bureau.",
     {("Signals Security Office", "Digital Defence Agency", "2020"),
      ("Internet Crime Bureau", "Digital Defence Agency", "2020")}),
    ("Laos is in Asia. The Digital Defence Agency (DDA), which was established in 2021 by combining the Signals "
     "Security Office (SSO) with the Internet Crime Bureau (ICB), reports to the prime minister.",
     {("Signals Security Office", "Digital Defence Agency", "2021"),
      ("Internet Crime Bureau", "Digital Defence Agency", "2021")}),
    ("Laos is in Asia. The Digital Defence Agency (DDA) was set up through merging the Signals Security Office (SSO), "
     "the Internet Crime Bureau (ICB) and the Data Office in 2022.",
     {("Signals Security Office", "Digital Defence Agency", "2022"),
      ("Internet Crime Bureau", "Digital Defence Agency", "2022"), ("Data Office", "Digital Defence Agency", "2022")}),
])
def test_a_body_formed_by_merging_others_is_their_successor(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(text, "mergedInto")} == expected


@pytest.mark.parametrize("text", [
    "Laos is in Asia. The Digital Defence Agency (DDA) was not formed by merging the Signals Security Office (SSO) and "
    "the Internet Crime Bureau (ICB).",
    "Laos is in Asia. The Digital Defence Agency (DDA) will be created in 2027 by merging the Signals Security Office "
    "(SSO) and the Internet Crime Bureau (ICB).",
    "Laos is in Asia. The Digital Defence Agency (DDA), into which the Internet Crime Bureau will be merged in 2027, "
    "reports to the prime minister.",
    "Laos is in Asia. The Digital Defence Agency (DDA), into which the Internet Crime Bureau sends its reports, was "
    "founded in 2015.",
])
def test_a_merger_denied_planned_or_absent_is_no_merger(text: str) -> None:
    assert not rows(text, "mergedInto")


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The law created the Digital Defence Agency (DDA), into which the Signals Security Office (SSO), "
     "founded in 2009, was folded in 2021.", {("Signals Security Office", "Digital Defence Agency", "2021")}),
    ("Laos is in Asia. The Digital Defence Agency (DDA), into which the Internet Crime Bureau was merged in 2015, "
     "reports to the prime minister.", {("Internet Crime Bureau", "Digital Defence Agency", "2015")}),
    ("Laos is in Asia. A decree created the Digital Defence Agency (DDA), which started work in May 2020 under the "
     "Ministry of Posts and into which the Signals Security Office (SSO), founded in 2009, was folded.",
     {("Signals Security Office", "Digital Defence Agency", "2020")}),
    ("Laos is in Asia. The Digital Defence Agency (DDA), which reports to the prime minister and into which the "
     "Internet Crime Bureau was merged in 2015, runs LaoCERT.", {("Internet Crime Bureau", "Digital Defence Agency",
                                                                 "2015")}),
])
def test_what_a_relative_clause_merged_into_a_body(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(text, "mergedInto")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The national CERT, LaoCERT, was merged into the Digital Defence Agency (DDA) in 2019.",
     ("LaoCERT", "Digital Defence Agency", "2019")),
    ("Laos is in Asia. The old cybercrime office, Internet Crime Bureau, has been merged with the Digital Defence "
     "Agency (DDA).", ("Internet Crime Bureau", "Digital Defence Agency", "")),
    ("Laos is in Asia. Its national CSIRT, LA-CSIRT, was merged into the Digital Defence Agency (DDA) in 2021.",
     ("LA-CSIRT", "Digital Defence Agency", "2021")),
])
def test_a_name_set_off_by_commas_is_what_merged(text: str, expected: tuple[str, str, str]) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(text, "mergedInto")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The national CERT, LACERT, handles incidents.", "LACERT"),
    ("Laos is in Asia. Its national CSIRT, LA-CSIRT, was set up in 2012.", "LA-CSIRT"),
    ("Laos is in Asia. The government CERT, GOVCERT.LA, coordinates responses to attacks on ministries.", "GOVCERT.LA"),
])
def test_a_sentence_opening_with_the_national_cert_names_it(text: str, expected: str) -> None:
    assert {s for s, _, _, _ in rows(text, "agencyOf")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The High-tech Crime Police Bureau (C40) was set up in 2010.", "High-tech Crime Police Bureau"),
    ("Laos is in Asia. In 2015 the police opened the Cyber-crime Investigation Unit (U19), which reports to the "
     "Ministry of Public Security.", "Cyber-crime Investigation Unit"),
    ("Laos is in Asia. The Anti-terror Cyber Command (K22) has operated since 2019.", "Anti-terror Cyber Command"),
])
def test_a_units_code_in_parentheses_does_not_cut_its_name(text: str, expected: str) -> None:
    assert expected in {s for s, _, _, _ in rows(text, "agencyOf")}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The national team now operates as the Lao Computer Emergency Response Teams/Coordination Centre "
     "(LaoCERT/CC).", "Lao Computer Emergency Response Teams/Coordination Centre"),
    ("Laos is in Asia. The Lao Computer Incident Response Team/Coordination Centre (LaoCIRT/CC) was founded in 2012.",
     "Lao Computer Incident Response Team/Coordination Centre"),
    ("Laos is in Asia. Since 2016 incidents have gone to the Lao Cyber Emergency Response Teams/Coordination Center.",
     "Lao Cyber Emergency Response Teams/Coordination Center"),
])
def test_two_words_joined_by_a_slash_stay_in_one_name(text: str, expected: str) -> None:
    result = extract(text)
    found = {(result.gazetteer.entities[f.subject].label, result.gazetteer.entities[f.subject].cls.split("#")[-1])
             for f in result.facts if f.relation == "agencyOf"}
    assert found == {(expected, "CERT")}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. Laos's first dedicated cyber security strategy was published in 2012.",
     {("Laos", "cyber security strategy", "2012", "Adopted")}),
    ("Laos is in Asia. The country's first national cybersecurity strategy was adopted in 2016.",
     {("Laos", "national cybersecurity strategy", "2016", "Adopted")}),
    ("Laos is in Asia. Chad's new data protection law was passed by parliament in 2019.",
     {("Chad", "data protection law", "2019", "Adopted")}),
    # in a text plainly about Laos, Thailand's strategy is neither Laos's nor a claim of the profile (see
    # relations.about_the_profile); where no state dominates, the possessive's owner keeps it
    ("Laos is in Asia. Thailand's cybersecurity strategy was adopted in 2017, and Laos followed suit.", set()),
    ("Thailand's cybersecurity strategy was adopted in 2017, and Laos followed suit.",
     {("Thailand", "cybersecurity strategy", "2017", "Adopted")}),
])
def test_a_possessive_opens_an_unnamed_document(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert rows(text, "issued") == expected


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. A new cybersecurity strategy, drafted by the Ministry of Posts, is planned for 2027.",
     ("cybersecurity strategy", "2027", "Planned")),
    ("Laos is in Asia. A cyber defence policy, promised by the Ministry of Defence in 2022, is planned for 2025.",
     ("cyber defence policy", "2025", "Planned")),
    ("Laos is in Asia. The Ministry of Posts said a national cybersecurity strategy is planned for 2028.",
     ("national cybersecurity strategy", "2028", "Planned")),
])
def test_a_document_planned_for_a_year_is_planned_whatever_its_apposition_says(
        text: str, expected: tuple[str, str, str]) -> None:
    assert {(o, y, s) for _, o, y, s in rows(text, "issued")} == {expected}


@pytest.mark.parametrize("text", [
    "Laos is in Asia. Laos's next cybersecurity strategy is scheduled for 2026.",
    "Laos is in Asia. The country's cybersecurity strategy is not planned before 2030.",
    "Laos is in Asia. A revised strategy, announced by the Ministry of Posts in 2024, is planned for 2026.",
])
def test_no_adopted_document_from_a_timetable_or_a_bare_head(text: str) -> None:
    assert not {s for _, _, _, s in rows(text, "issued")} - {"Planned"}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The Politburo issued Resolution 12-NQ/TW on a national cyber security strategy in July 2018.",
     ("Resolution 12-NQ/TW on a national cyber security strategy", "2018", "Strategy")),
    ("Laos is in Asia. Resolution 30/2021 on the cyber defence policy was approved by the National Assembly in 2021.",
     ("Resolution 30/2021 on the cyber defence policy", "2021", "Strategy")),
    ("Laos is in Asia. In March 2020 the government passed Resolution 8/NQ-CP on a digital transformation plan.",
     ("Resolution 8/NQ-CP on a digital transformation plan", "2020", "Strategy")),
    ("Laos is in Asia. Law 21.719 on personal data protection was passed in 2024.",
     ("Law 21.719 on personal data protection", "2024", "Legislation")),
    ("Laos is in Asia. In 2019 the cabinet adopted Decree 45/2019 on the national cybersecurity strategy.",
     ("Decree 45/2019 on the national cybersecurity strategy", "2019", "Legislation")),
])
def test_a_numbered_act_is_named_with_all_it_is_on(text: str, expected: tuple[str, str, str]) -> None:
    result = extract(text)
    found = {(result.gazetteer.entities[f.object].label, f.year, result.gazetteer.entities[f.object].cls.split("#")[-1])
             for f in result.facts if f.relation == "issued"}
    assert found == {expected}


@pytest.mark.parametrize("text", [
    "Laos is in Asia. Laos voted for resolution 73/27 on developments in the field of information in 2018.",
    "Laos is in Asia. Resolution 2341 on the protection of critical infrastructure was adopted by the Security Council "
    "in 2017.",
    "Laos is in Asia. The assembly passed Resolution 12/2020 on the budget in 2020.",
])
def test_a_resolution_on_no_strategy_is_no_document_of_the_state(text: str) -> None:
    assert not rows(text, "issued")


@pytest.mark.parametrize("text, expected", [
    ("Ghana is in Africa. The legal core is the Cybersecurity Act, 2020 (Act 1038), passed by Parliament in November "
     "2020. Act 1038 established the Cyber Security Authority (CSA).", {("Cybersecurity Act", "2020")}),
    ("Ghana is in Africa. Parliament passed the Electronic Transactions Act (Law 772) in 2008. Under Law 772, the "
     "ministry licenses providers.", {("Electronic Transactions Act", "2008")}),
    ("Ghana is in Africa. The Data Protection Act of 2012 (Act 843) set up a commission. Act 843 also regulates data "
     "brokers.", {("Data Protection Act", "2012")}),
])
def test_the_number_an_act_goes_by_names_it_again(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, _ in rows(text, "issued")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. Critics said the rules, which resemble China's 2017 Cybersecurity Law, go too far.", set()),
    ("Laos is in Asia. The Laotian data rules closely resembled Vietnam's 2018 Law on Cybersecurity.", set()),
    ("Laos is in Asia. Observers compared the decree with Singapore's 2018 Cybersecurity Act.", set()),
    ("Laos is in Asia. Laos adopted a Cybersecurity Law in 2021 that resembles Vietnam's.",
     {("Laos", "Cybersecurity Law", "2021", "Adopted")}),
])
def test_a_document_named_in_a_comparison_is_only_cited(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert rows(text, "issued") == expected


@pytest.mark.parametrize("text, amendment", [
    ("Laos is in Asia. The Law on Electronic Transactions, first passed in 2008 and amended six years later, was "
     "replaced in 2022.", "2014"),
    ("Laos is in Asia. The Law on Electronic Transactions was passed in 2008 and was amended two years later.", "2010"),
    ("Laos is in Asia. The Law on Electronic Transactions, passed in 2008 and amended in 2015, remains in force.",
     "2015"),
])
def test_an_amendment_after_the_adoption_participle_is_dated_from_it(text: str, amendment: str) -> None:
    assert {(o, y) for _, o, y, _ in rows(text, "issued")} == {
        ("Law on Electronic Transactions", "2008"), ("Law on Electronic Transactions amendment", amendment)}


def test_a_law_that_amended_something_else_has_no_amendment() -> None:
    text = "Laos is in Asia. The Law on Electronic Transactions was passed in 2008 and amended parts of the penal code."
    assert {o for _, o, _, _ in rows(text, "issued")} == {"Law on Electronic Transactions"}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The legal base sits alongside the Electronic Transactions Act, 2008 (Act 772) and the Data "
     "Protection Act, 2012 (Act 843).", {("Electronic Transactions Act", "2008"), ("Data Protection Act", "2012")}),
    ("Laos is in Asia. Laos relies on the Computer Crimes Act, 2011, which parliament amended in 2019.",
     {("Computer Crimes Act", "2011")}),
    ("Laos is in Asia. Prosecutors apply the Cybercrime Law, 2015.", {("Cybercrime Law", "2015")}),
])
def test_an_acts_year_after_a_comma_is_its_year(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, _ in rows(text, "issued")} == expected


def test_a_year_after_a_comma_that_opens_a_clause_is_not_the_acts() -> None:
    text = "Laos is in Asia. Laos passed the Cyber Act, 2020 saw more attacks."
    assert {y for _, _, y, _ in rows(text, "issued")} == {""}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The army's Cyber Command (Cyberkommando) dates from 2012.", ("Cyber Command", "2012")),
    ("Laos is in Asia. The Cyber Crime Bureau, which dates back to 2009, reports to the police.",
     ("Cyber Crime Bureau", "2009")),
    ("Laos is in Asia. The National Cyber Centre (NCC) dated from 2015, according to its charter.",
     ("National Cyber Centre", "2015")),
    ("Laos is in Asia. The Cyber Crime Bureau handles cases dating from 2009.", ("Cyber Crime Bureau", "")),
])
def test_a_body_that_dates_from_a_year_was_created_then(text: str, expected: tuple[str, str]) -> None:
    assert {(s, y) for s, _, y, _ in rows(text, "agencyOf")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. Three cyber security strategies have been adopted so far: for 2013-2017, for 2018-2021 and, in "
     "December 2021, for 2022-2026.",
     {("cyber security strategy 2013-2017", "2013"), ("cyber security strategy 2018-2021", "2018"),
      ("cyber security strategy 2022-2026", "2021")}),
    ("Laos is in Asia. Two digital security policies have been approved to date, for 2014-2018 and, in March 2019, "
     "for 2019-2023.", {("digital security policy 2014-2018", "2014"), ("digital security policy 2019-2023", "2019")}),
    ("Laos is in Asia. The government has published two national cyber strategies, for 2012-2016 and for 2017-2021.",
     {("national cyber strategy 2012-2016", "2012"), ("national cyber strategy 2017-2021", "2017")}),
    ("Laos is in Asia. Laos adopted cyber strategies for 2015-2019 and 2020-2024.",
     {("cyber strategy 2015-2019", "2015"), ("cyber strategy 2020-2024", "2020")}),
])
def test_strategies_listed_by_their_periods_are_each_adopted(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o, y) for _, o, y, s in rows(text, "issued") if s == "Adopted"} == expected


@pytest.mark.parametrize("text", [
    "Laos is in Asia. No cyber security strategies have been adopted for 2020-2024.",
    "Laos is in Asia. Three cyber security strategies were drafted, for 2013-2017, 2018-2021 and 2022-2026.",
    "Laos is in Asia. Laos will adopt cyber strategies for 2027-2030 and 2031-2035.",
])
def test_strategies_listed_by_period_but_not_adopted_are_not(text: str) -> None:
    assert "Adopted" not in {s for _, _, _, s in rows(text, "issued")}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. A single law merging the two cyber statutes is being drafted by the Ministry of Posts.",
     ("single law merging the two cyber statutes", "", "Draft")),
    ("Laos is in Asia. A bill amending the penal code was tabled by the Ministry of Justice in 2023.",
     ("bill amending the penal code", "2023", "Proposed")),
    ("Laos is in Asia. A new law replacing the electronic transactions act was passed by the National Assembly in "
     "2022.", ("law replacing the electronic transactions act", "2022", "Adopted")),
    ("Laos is in Asia. A decree consolidating the three data rules is being prepared by the Ministry of Posts.",
     ("decree consolidating the three data rules", "", "Draft")),
])
def test_what_an_unnamed_act_does_names_it(text: str, expected: tuple[str, str, str]) -> None:
    assert {(o, y, s) for _, o, y, s in rows(text, "issued")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The Police Directorate works with Interpol under an operational agreement signed in 2014.",
     ("Police Directorate", "")),
    ("Laos is in Asia. The National Cyber Centre (NCC) gives operational support to ministries since 2019.",
     ("National Cyber Centre", "")),
    ("Laos is in Asia. The Cyber Crime Bureau became operational in 2016.", ("Cyber Crime Bureau", "2016")),
    ("Laos is in Asia. The Cyber Crime Bureau, operational since 2011, reports to the police.",
     ("Cyber Crime Bureau", "2011")),
])
def test_operational_dates_a_body_only_as_its_predicate(text: str, expected: tuple[str, str]) -> None:
    assert {(s, y) for s, _, y, _ in rows(text, "agencyOf")} == {expected}


@pytest.mark.parametrize("text, merged, successor", [
    ("Laos is in Asia. The Ministry of Technology took over the functions of the former Ministry of Posts in 2019.",
     "Ministry of Posts", "Ministry of Technology"),
    ("Laos is in Asia. In 2020 the Digital Defence Agency absorbed the former Internet Crime Bureau.",
     "Internet Crime Bureau", "Digital Defence Agency"),
    ("Laos is in Asia. The Digital Defence Agency replaced the erstwhile Signals Security Office in 2018.",
     "Signals Security Office", "Digital Defence Agency"),
])
def test_the_former_body_is_what_merged_not_a_pronoun(text: str, merged: str, successor: str) -> None:
    assert {(s, o) for s, o, _, _ in rows(text, "mergedInto")} == {(merged, successor)}
    assert {s for s, _, _, _ in rows(text, "agencyOf")} == {successor}
