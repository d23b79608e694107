"""Round 15 (docs15): the steps of a bill.

A text lodged with a legislature is proposed, however the lodging is told: "referred (by the government) to the
Council of Representatives", "forwarded to the National Assembly", "sent it to the Cortes", the legislature's name
read even where it is a body of its own. A law whose sentence first shows it for comment, with a year, and then lodges
it, with a later year ("was put to public consultation in 2021 and the bill was sent to the National Assembly in 2023",
"…; the cabinet approved it as a bill in 2024"), is both a draft of the first year and a proposal of the second.
An unnamed bill is found lodged when a participle tells it before the clause's verb ("a data protection bill introduced
in the National Assembly in 2024 would create …"), when what it would do stands between commas ("a bill on X, which
would let Y, was submitted to Parliament"), and it may be named by what it is on or by a title in quotes.

Strategies: the next of a series still to come ("a third strategy is being prepared", "a revised policy for 2026-2031
was announced") whose sentence says when it is expected ("and is expected in 2027", "and is expected to be presented
to the cabinet in 2026", "is due to be completed by 2025") is Planned for that year.
Every sentence is invented; each paragraph is about the state it names first."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def issued(text: str, state: str) -> set[tuple[str, str, str]]:
    """(document key's last part, year, status) of every document the paragraph's state issued."""
    return {(f.object.rsplit("/", 1)[-1], f.year, f.status) for f in facts(text, state) if f.relation == "issued"}


@pytest.mark.parametrize("text, state, expected", [
    ("A separate bill on the protection of payment systems was referred to the House of Representatives in 2024.",
     "Nepal", ("bill-on-the-protection-of-payment-systems", "2024", "Proposed")),
    ("A separate bill on the security of public networks was referred by the government to the Council of "
     "Representatives in late 2023; it has not been voted on.",
     "Malta", ("bill-on-the-security-of-public-networks", "2023", "Proposed")),
    ("The Electronic Evidence Bill was forwarded by the cabinet to the National Assembly in May 2025.",
     "Zambia", ("electronic-evidence-bill", "2025", "Proposed")),
])
def test_a_text_referred_to_a_legislature_is_proposed(text: str, state: str, expected: tuple[str, str, str]) -> None:
    found = issued(text, state)
    assert expected in found, found
    assert not any(status == "Adopted" for key, _, status in found if key == expected[0]), found


@pytest.mark.parametrize("text, state, expected", [
    ("A draft Data Security Law was put to public consultation in 2021 and the bill was sent to the National "
     "Assembly in 2023, but it lapsed with the end of the term.",
     "Armenia", {("data-security-law", "2021", "Draft"), ("data-security-law", "2023", "Proposed")}),
    ("A cybersecurity bill prepared by the Ministry of Information was opened for comment in 2022 and submitted to "
     "the Senate in 2024.",
     "Paraguay", {("cybersecurity-bill", "2022", "Draft"), ("cybersecurity-bill", "2024", "Proposed")}),
    ("A preliminary draft of the Law on Digital Resilience was put out for public consultation in March 2023; the "
     "cabinet approved it as a bill in May 2024 and sent it to the National Assembly, where it is still pending.",
     "Slovenia", {("law-on-digital-resilience", "2023", "Draft"), ("law-on-digital-resilience", "2024", "Proposed")}),
    ("The Critical Infrastructure Bill was published for public comment in 2022 and introduced in Parliament in "
     "June 2024; it would create a national cyber agency.",
     "Samoa", {("critical-infrastructure-bill", "2022", "Draft"), ("critical-infrastructure-bill", "2024", "Proposed")}),
])
def test_a_bill_shown_then_lodged_is_a_draft_and_a_proposal(text: str, state: str,
                                                            expected: set[tuple[str, str, str]]) -> None:
    found = issued(text, state)
    assert expected <= found, found


@pytest.mark.parametrize("text, state, key", [
    # adopted after the consultation: no lodging step, so no proposal
    ("A draft Online Safety Law was put out for public consultation in 2021 and adopted by parliament in 2023.",
     "Cyprus", "online-safety-law"),
    # the lodging still lies ahead
    ("A draft Cyber Resilience Law was put out for public consultation in 2024 and is expected to be submitted to "
     "the National Assembly in 2026.",
     "Bhutan", "cyber-resilience-law"),
    # the UN General Assembly is no legislature of the state
    ("The Digital Rights Charter was referred to the UN General Assembly in 2022 as a contribution to the debate.",
     "Iceland", "digital-rights-charter"),
])
def test_no_proposal_without_a_lodging(text: str, state: str, key: str) -> None:
    found = issued(text, state)
    assert not any(k == key and status == "Proposed" for k, _, status in found), found


@pytest.mark.parametrize("text, state, expected", [
    ("A data protection bill introduced in the National Assembly in 2024 would create an information commissioner.",
     "Malawi", ("data-protection-bill", "2024", "Proposed")),
    ('A bill "On Electronic Identification", introduced in the State Great Khural in March 2025, would set up a '
     "register of trust services.",
     "Mongolia", ("bill-on-electronic-identification", "2025", "Proposed")),
    ("A bill on the resilience of 4G and satellite networks, which would let the regulator bar foreign suppliers, was "
     "submitted to Parliament in April 2024 and is still in committee.",
     "Vanuatu", ("bill-on-the-resilience-of-4g-and-satellite-networks", "2024", "Proposed")),
])
def test_an_unnamed_bill_lodged_before_its_clause_goes_on(text: str, state: str,
                                                          expected: tuple[str, str, str]) -> None:
    found = issued(text, state)
    assert expected in found, found


@pytest.mark.parametrize("text, state", [
    # drafted, not lodged
    ("A cybercrime bill drafted in 2023 would create a dedicated police unit.", "Laos"),
    # the lodging lies ahead
    ("A bill on online safety, which would create a regulator, is expected to be submitted to Parliament in 2026.",
     "Jamaica"),
])
def test_an_unnamed_bill_not_lodged_is_not_proposed(text: str, state: str) -> None:
    found = issued(text, state)
    assert not any(status == "Proposed" for _, _, status in found), found


@pytest.mark.parametrize("text, state, expected", [
    ("The first National Cyber Resilience Strategy was adopted in 2016. A second National Cyber Resilience Strategy "
     "followed in 2021. A third strategy is being prepared and is expected in 2027.",
     "Bulgaria", ("third-national-cyber-resilience-strategy", "2027", "Planned")),
    ("The cabinet approved the National Cyber Security Policy 2019 in March of that year. A revised policy for the "
     "period 2026-2031 was announced by the minister in 2025 and is expected to be presented to the cabinet in 2026.",
     "Malawi", ("national-cyber-security-policy-2026-2031", "2026", "Planned")),
    ("The Namibia Cybersecurity Strategy 2019-2023 was launched in 2019. A successor strategy covering 2025-2029 was "
     "announced by the ministry in 2024 and is due to be completed by 2025.",
     "Namibia", ("namibia-cybersecurity-strategy-2025-2029", "2025", "Planned")),
])
def test_the_next_of_a_series_expected_in_a_year_is_planned_for_it(text: str, state: str,
                                                                   expected: tuple[str, str, str]) -> None:
    found = issued(text, state)
    assert expected in found, found
    assert not any(key == expected[0] and status in ("Draft", "Adopted") for key, _, status in found), found


def test_a_strategy_in_force_expected_to_be_reviewed_stays_adopted() -> None:
    found = issued("The National Cybersecurity Strategy 2020-2025 was adopted in 2020. A second strategy, for "
                   "2026-2030, was adopted in 2025 and is expected to be reviewed in 2028.", "Greece")
    assert not any(status == "Planned" for _, _, status in found), found
