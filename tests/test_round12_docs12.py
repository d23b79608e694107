"""Round 12 (docs12): bodies not there yet, bodies named only as an incident's victim, bills named by what they
would do. Every sentence is invented."""

from __future__ import annotations

from tests.test_resilience_variants import rows  # (one helper for invented profiles)


# --- bodies announced, not yet there --------------------------------------------------------------------------

def test_body_with_relative_clauses_before_its_future_creation_is_planned_with_target_year() -> None:
    found = rows("Austria is building up capabilities: a Joint Cyber Operations Command, which the defence review "
                 "proposed in 2023 and which the cabinet has endorsed, is to be stood up by 2029.", "agencyOf")
    assert ("Joint Cyber Operations Command", "Austria", "2029", "Planned") in found
    assert not any(row[0] == "Joint Cyber Operations Command" and row[3] == "" for row in found)


def test_body_due_to_be_operational_is_planned() -> None:
    found = rows("Namibia plans a central monitoring hub. The Government Cyber Fusion Centre (GCFC), paid for by the "
                 "World Bank, is due to be operational in 2027.", "agencyOf")
    assert ("Government Cyber Fusion Centre", "Namibia", "2027", "Planned") in found


def test_body_an_existing_one_will_be_upgraded_into_is_planned() -> None:
    found = rows("Since 2020 Mongolia has relied on a Defence Cyber Unit, which ministers say will eventually be "
                 "upgraded into a full Cyber Defence Command.", "agencyOf")
    assert ("Cyber Defence Command", "Mongolia", "", "Planned") in found
    assert not any(row[0] == "Cyber Defence Command" and row[3] == "" for row in found)


def test_body_whose_creation_a_strategy_calls_for_is_planned() -> None:
    found = rows("Zambia published its National Cybersecurity Strategy in March 2024, which calls for a skills "
                 "programme and the creation of a national cyber fusion centre (NCFC) for ministries. The NCFC, "
                 "funded by the African Development Bank, is due to be operational in 2027.", "agencyOf")
    assert ("NCFC", "Zambia", "2027", "Planned") in found
    assert not any(row[0] == "NCFC" and row[3] == "" for row in found)


def test_body_set_up_in_the_past_stays_existing() -> None:
    found = rows("Cyprus set up its Digital Security Authority (DSA), which the parliament created by law and which "
                 "reports to the deputy minister, in 2020.", "agencyOf")
    assert not any(row[0] == "Digital Security Authority" and row[3] == "Planned" for row in found)


# --- a body named only as what an incident hit is no agency of the state -----------------------------------------

def test_body_whose_records_a_breach_exposed_is_not_an_agency() -> None:
    found = rows("Paraguay's Ministry of Information and Communication Technologies runs the national CERT. In 2022 a "
                 "ransomware attack hit the tax office, and a year later a data breach exposed records of the Ministry "
                 "of the Interior.", "agencyOf")
    assert not any(row[0] == "Ministry of the Interior" for row in found)
    assert ("Ministry of Information and Communication Technologies", "Paraguay", "", "") in found


def test_body_whose_emails_were_leaked_is_not_an_agency() -> None:
    found = rows("Honduras has a small cyber force. In May 2023 a hacktivist group leaked some two terabytes of "
                 "emails from the Joint Command of the Armed Forces.", "agencyOf")
    assert not any(row[0] == "Joint Command of the Armed Forces" for row in found)


def test_body_that_lost_access_in_an_attack_is_not_an_agency() -> None:
    found = rows("Guatemala has suffered several incidents: in March 2022 the Ministry of Health lost access to its "
                 "vaccination data in an attack claimed by a criminal group.", "agencyOf")
    assert not any(row[0] == "Ministry of Health" for row in found)


def test_body_that_publishes_records_keeps_its_role() -> None:
    found = rows("Honduras has a small cyber force. The Ministry of Defence published the records of its exercise "
                 "in 2024.", "agencyOf")
    assert ("Ministry of Defence", "Honduras", "", "") in found
