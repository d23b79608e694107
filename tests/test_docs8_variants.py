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
    ("Eritrea is in Africa. The agency was followed by the Data Protection Proclamation No. 77/2023, adopted two "
     "years later.", "Proclamation No. 77/2023", "2023"),
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
