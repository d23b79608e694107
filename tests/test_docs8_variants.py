"""Round 8 (docs8): law, agency, CERT, strategy and merger wordings met in independent writers' prose, each on
invented sentences about states in no corpus folder (at least three variants per mechanism)."""

from __future__ import annotations

import pytest

from test_extraction_mechanisms import extract, rows


def issued(text: str) -> set[tuple[str, ...]]:
    return rows(extract(text), "issued")


@pytest.mark.parametrize("text, label, year", [
    ("Eritrea is in Africa. The Cyber Security Proclamation was adopted by parliament in 2019.",
     "Cyber Security Proclamation", "2019"),
    ("Somalia is in Africa. In 2021 the federal parliament passed the Electronic Signatures Proclamation.",
     "Electronic Signatures Proclamation", "2021"),
    ("Djibouti is in Africa. Parliament enacted Proclamation No. 412/2017 on computer fraud.",
     "Proclamation No. 412/2017 on computer fraud", "2017"),
])
def test_a_proclamation_is_a_law(text: str, label: str, year: str) -> None:
    found = {(r[2], r[3], r[4]) for r in issued(text)}
    assert (label, year, "Adopted") in found, found


@pytest.mark.parametrize("text, label, year", [
    ("Djibouti is in Africa. The regulator was re-established by Proclamation No. 615/2014 as an independent body.",
     "Proclamation No. 615/2014", "2014"),
    ("Portugal is in Europe. Law No. 58/2019, adopted after a long debate, governs data protection.",
     "Law No. 58/2019", "2019"),
    # (the title before the kind is the act's name, its number after "No." closes it: round 21)
    ("Eritrea is in Africa. The agency was followed by the Data Protection Proclamation No. 77/2023, adopted two "
     "years later.", "Data Protection Proclamation 77/2023", "2023"),
])
def test_a_number_closed_by_a_year_dates_the_act(text: str, label: str, year: str) -> None:
    found = {(r[2], r[3]) for r in issued(text)}
    assert (label, year) in found, found


@pytest.mark.parametrize("text, label", [
    ("Malawi is in Africa. A cybercrime bill was submitted to the National Assembly in 2022.", "cybercrime bill"),
    ("Jordan is in Asia. An electronic evidence bill, however, was registered in parliament in 2021 and is still "
     "under consideration.", "electronic evidence bill"),
    ("Nepal is in Asia. A bill on the security of payment systems, by contrast, was tabled in the federal "
     "parliament in 2024 and has not been passed.", "bill on the security of payment systems"),
])
def test_an_unnamed_bill_lodged_with_the_legislature_is_proposed(text: str, label: str) -> None:
    found = {(r[2], r[4]) for r in issued(text)}
    assert (label, "Proposed") in found, found


@pytest.mark.parametrize("text", [
    "Malawi is in Africa. A national cybersecurity strategy was submitted to the cabinet in 2022.",
    "Jordan is in Asia. A data protection law was registered with the ministry in 2020.",
    "Nepal is in Asia. A new cyber policy was submitted for comments in 2023.",
])
def test_a_lodged_text_that_is_no_bill_is_not_read_as_one(text: str) -> None:
    assert not issued(text)


def agencies(text: str) -> set[tuple[str, ...]]:
    return rows(extract(text), "agencyOf")


@pytest.mark.parametrize("text, label", [
    ("Jordan is in Asia. A draft law that would establish dedicated Cyber Forces within the army has been debated "
     "since 2021.", "Cyber Forces"),
    ("Oman is in Asia. Parliament is debating a bill creating a separate Cyber Command in the army.", "Cyber Command"),
    ("Nepal is in Asia. The government could set up its own National Cyber Agency.", "National Cyber Agency"),
])
def test_a_body_a_pending_text_would_create_is_planned_without_an_article(text: str, label: str) -> None:
    found = {(r[0], r[4]) for r in agencies(text)}
    assert (label, "Planned") in found, found
    assert (label, "") not in found, found


def classes(text: str) -> dict[str, str]:
    result = extract(text)
    return {result.gazetteer.entities[f.subject].label: result.gazetteer.entities[f.subject].cls.split("#")[-1]
            for f in result.facts if f.relation == "agencyOf"}


@pytest.mark.parametrize("text, label", [
    ("Nepal is in Asia. The Network Response Centre (NRC), Nepal's national CERT, was set up in 2018.",
     "Network Response Centre"),
    ("Jordan is in Asia. The ministry runs the Cyber Incident Centre, the country's national CSIRT, from Amman.",
     "Cyber Incident Centre"),
    ("Oman is in Asia. The Digital Defence Unit (DDU) has served as the national CIRT since 2020.",
     "Digital Defence Unit"),
])
def test_a_body_called_the_national_cert_is_a_cert(text: str, label: str) -> None:
    assert classes(text).get(label) == "CERT", classes(text)


def test_a_cert_listed_beside_a_body_does_not_make_it_one() -> None:
    found = classes("Nepal is in Asia. The Cyber Incident Centre works with the ministry, the national CSIRT and the "
                    "police.")
    assert found.get("Cyber Incident Centre") == "GovernmentAgency", found


def mergers(text: str) -> set[tuple[str, ...]]:
    return {(r[0], r[2]) for r in rows(extract(text), "mergedInto")}


@pytest.mark.parametrize("text, unit, owner", [
    ("Jordan is in Asia. The National Cyber Security Centre (NCSC) was set up in 2019. In 2021 the cybercrime "
     "division of the Public Security Directorate was merged into the NCSC.",
     "Public Security Directorate cybercrime division", "Public Security Directorate"),
    ("Nepal is in Asia. The Cyber Bureau (NCB) opened in 2020. The incident response team of the Telecommunications "
     "Authority (NTA) was absorbed by the NCB two years later.", "NTA incident response team", "Telecommunications Authority"),
    ("Oman is in Asia. The National CERT (OCERT) opened in 2010. The forensic section of the Royal Police (ROP) has "
     "since been folded into OCERT.", "ROP forensic section", "Royal Police"),
])
def test_a_unit_of_a_body_merged_is_the_unit_not_the_body(text: str, unit: str, owner: str) -> None:
    found = mergers(text)
    assert any(s == unit for s, _ in found), found
    assert not any(s == owner for s, _ in found), found


@pytest.mark.parametrize("text, acronym", [
    ("Bolivia is in South America. The Agency for the Development of the Information Society in Bolivia (ADSIB) "
     "runs the domain.", "ADSIB"),
    ("Jordan is in Asia. The Cyber Crime Unit in Amman (CCUA) was set up in 2019.", "CCUA"),
    ("Nepal is in Asia. The Office for Digital Security in Nepal (ODSN) was created in 2022.", "ODSN"),
])
def test_an_acronym_after_a_place_in_the_name_is_the_bodys(text: str, acronym: str) -> None:
    result = extract(text)
    assert any(e.acronym == acronym for e in result.gazetteer.entities.values() if not e.reference), acronym


def test_an_acronym_after_a_place_that_does_not_abbreviate_the_name_is_not_taken() -> None:
    result = extract("Jordan is in Asia. The Cyber Crime Unit in Amman (NATO) was set up in 2019.")
    assert not any(e.acronym == "NATO" for e in result.gazetteer.entities.values() if not e.reference)


@pytest.mark.parametrize("text, merged, successor", [
    ("Jordan is in Asia. The National Cyber Centre was created in 2019 out of the Cyber Crime Unit, which was merged "
     "into it.", "Cyber Crime Unit", "National Cyber Centre"),
    ("Nepal is in Asia. The Digital Security Agency was set up in 2020 to replace the Cyber Crime Bureau, which has "
     "since been merged into it.", "Cyber Crime Bureau", "Digital Security Agency"),
    ("Oman is in Asia. The Cyber Defence Centre took over the tasks of the former Network Security Office (NSO), "
     "which was later absorbed into it.", "Network Security Office", "Cyber Defence Centre"),
])
def test_a_body_a_relative_clause_merges_into_it_goes_into_the_main_subject(text: str, merged: str,
                                                                             successor: str) -> None:
    assert (merged, successor) in mergers(text), mergers(text)


@pytest.mark.parametrize("text, merged, successor, overseer", [
    ("Nepal is in Asia. The ministry's Cyber Directorate oversees the Digital Nepal Agency (DNA), formed in 2018 "
     "through the merger of the Cyber Office and the Data Bureau.", "Cyber Office", "Digital Nepal Agency",
     "Cyber Directorate"),
    ("Oman is in Asia. The Royal Police work with the Cyber Defence Centre, set up in 2016 by combining the Network "
     "Security Office with the Police Cyber Unit.", "Network Security Office", "Cyber Defence Centre", "Royal Police"),
    ("Jordan is in Asia. The Prime Ministry supervises the National Cyber Authority, created in May 2020 by merging "
     "the Cyber Crime Unit and the Information Security Office.", "Cyber Crime Unit", "National Cyber Authority",
     "Prime Ministry"),
])
def test_a_body_created_by_a_merger_in_a_participle_is_the_successor(text: str, merged: str, successor: str,
                                                                     overseer: str) -> None:
    found = mergers(text)
    assert (merged, successor) in found, found
    assert not any(s == overseer for _, s in found), found
    years = {r[0]: r[3] for r in agencies(text)}
    assert not years.get(overseer), years  # the participle dates the body it follows, not the clause's subject


@pytest.mark.parametrize("text, label, year", [
    ("Nepal is in Asia. The first Digital Security Policy was adopted in 2012; a second policy spanned 2017-2021.",
     "Digital Security Policy 2017-2021", "2017"),
    ("Jordan is in Asia. Its first National Cyber Strategy was adopted in 2015. A second strategy covers 2021-2025.",
     "National Cyber Strategy 2021-2025", "2021"),
    ("Oman is in Asia. The first Cyber Resilience Strategy, for 2012-2016, was issued in 2012; a third, for "
     "2022-2026, was endorsed by the cabinet in March 2022.", "Cyber Resilience Strategy 2022-2026", "2022"),
])
def test_an_ordinal_strategy_that_covered_a_period_or_was_endorsed_is_adopted(text: str, label: str,
                                                                              year: str) -> None:
    found = {(r[2], r[3], r[4]) for r in issued(text)}
    assert (label, year, "Adopted") in found, found


def test_an_ordinal_strategy_that_will_cover_a_period_is_not_adopted() -> None:
    found = {(r[2], r[4]) for r in issued("Jordan is in Asia. Its first National Cyber Strategy was adopted in 2015. "
                                          "A second strategy will cover 2021-2025.")}
    assert not any(label != "National Cyber Strategy" and status == "Adopted" for label, status in found), found


@pytest.mark.parametrize("text, label, year", [
    ("Paraguay is in South America. The framework rests on Law 2040 on Digital Signatures of 2019.",
     "Law 2040 on Digital Signatures", "2019"),
    ("Uruguay is in South America. Law 18331 on Personal Data Protection was passed in 2008.",
     "Law 18331 on Personal Data Protection", "2008"),
    ("Paraguay is in South America. In 2021 Congress enacted Law 6822 on Trust Services and Electronic Documents.",
     "Law 6822 on Trust Services and Electronic Documents", "2021"),
])
def test_a_numbered_law_keeps_its_capitalised_title(text: str, label: str, year: str) -> None:
    found = {(r[2], r[3], r[4]) for r in issued(text)}
    assert (label, year, "Adopted") in found, found


@pytest.mark.parametrize("text, label, year", [
    # (the title before the kind is the act's name, its number after "No." closes it: round 21)
    ("Djibouti is in Africa. The Computer Crime Proclamation No. 44/2016 sets out the main offences.",
     "Computer Crime Proclamation 44/2016", "2016"),
    ("Spain is in Europe. Royal Decree 43/2021 lays down security duties for operators.", "Royal Decree 43/2021",
     "2021"),
    ("Portugal is in Europe. Law No. 46/2018 defines the national cyberspace security regime.", "Law No. 46/2018",
     "2018"),
])
def test_a_numbered_act_stated_in_force_is_adopted(text: str, label: str, year: str) -> None:
    found = {(r[2], r[3], r[4]) for r in issued(text)}
    assert (label, year, "Adopted") in found, found


@pytest.mark.parametrize("text, strategy, decree", [
    ("Jordan is in Asia. The King approved the National Cyber Strategy by Royal Decree 12 in 2019.",
     "National Cyber Strategy", "Royal Decree 12"),
    ("Nepal is in Asia. The cabinet adopted its Digital Security Policy through Decree No. 7 in 2021.",
     "Digital Security Policy", "Decree No. 7"),
    ("Armenia is in Asia. President Sarkissian approved the first Information Security Strategy of Armenia by Decree "
     "56 in May 2017.", "Information Security Strategy of Armenia", "Decree 56"),
])
def test_a_decree_a_strategy_was_adopted_by_in_the_active_voice_is_its_instrument(text: str, strategy: str,
                                                                                  decree: str) -> None:
    found = {r[2] for r in issued(text)}
    assert strategy in found, found
    assert decree not in found, found


def test_a_decree_that_adopts_a_law_is_still_read() -> None:
    found = {r[2] for r in issued("Nepal is in Asia. The cabinet adopted the Data Law by Decree No. 7 in 2021.")}
    assert "Decree No. 7" in found, found


@pytest.mark.parametrize("text", [
    "Nepal is in Asia. Nepal signed the Cyber Cooperation Framework with India in 2022.",
    "Jordan is in Asia. In 2021 Jordan concluded a Digital Partnership Plan with Japan.",
    "Oman is in Asia. The sultanate has signed a Strategic Cyber Policy Framework (SCPF) with the United Kingdom.",
])
def test_a_framework_signed_with_a_partner_is_no_strategy_of_the_state(text: str) -> None:
    assert not issued(text), issued(text)
