"""Round 12 (docs12): bodies not there yet, bodies named only as an incident's victim, bills named by what they
would do, another state's body with a native acronym, mergers told by an anaphor, units of a body. Every sentence is
invented."""

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


# --- an unnamed bill named by what it would create, once lodged -------------------------------------------------

def test_bill_tabled_to_create_a_body_is_proposed_and_the_body_planned() -> None:
    text = ("Panama's cyber framework is thin. In 2024 the government tabled a bill to create a National Cyber "
            "Resilience Agency, which would take over the CSIRT.")
    assert ("Panama", "bill to create a National Cyber Resilience Agency", "2024", "Proposed") in rows(text, "issued")
    assert ("National Cyber Resilience Agency", "Panama", "", "Planned") in rows(text, "agencyOf")


def test_bill_creating_a_scheme_submitted_and_not_voted_on_is_proposed() -> None:
    found = rows("Slovenia's Information Security Act, passed by the National Assembly in 2018, remains the core; a "
                 "separate bill creating a pool of volunteer cyber reservists, submitted to the National Assembly in "
                 "2025, has not yet been voted on.", "issued")
    assert ("Slovenia", "bill creating a pool of volunteer cyber reservists", "2025", "Proposed") in found


def test_bill_with_a_relative_on_what_it_would_do_is_named_by_its_own_words() -> None:
    text = ("A cybersecurity bill that would create a Digital Security Authority with powers over ministries was "
            "submitted to the Legislative Assembly of Bhutan in 2023 and remains in committee.")
    found = rows("Bhutan is a small market. " + text, "issued")
    assert ("Bhutan", "cybersecurity bill", "2023", "Proposed") in found
    assert ("Digital Security Authority", "Bhutan", "", "Planned") in rows("Bhutan is a small market. " + text,
                                                                          "agencyOf")


def test_bill_to_create_a_body_with_no_legislature_in_sight_is_no_document() -> None:
    found = rows("Fiji is a small market. Officials discussed the merits of a bill to create a cyber agency.",
                 "issued")
    assert not any("bill" in row[1] for row in found)


def test_law_establishing_a_body_leaves_the_body_existing() -> None:
    text = "Croatia is a small market. In 2019 parliament passed a bill establishing the National Cyber Office."
    assert not any(row[0] == "National Cyber Office" and row[3] == "Planned" for row in rows(text, "agencyOf"))


# --- another state's body named with an acronym that is no initials of its name -----------------------------------

def test_foreign_agency_with_a_native_acronym_is_not_the_paragraphs() -> None:
    found = rows("Malta's bilateral ties are narrow. An MoU with Italy's National Cybersecurity Agency (ACN) has been "
                 "under negotiation since 2024. In 2021 Armenia handed over a draft agreement, which Malta declined.",
                 "agencyOf")
    assert not any(row[0] == "ACN" and row[1] in ("Malta", "Armenia") for row in found)


def test_own_agency_defined_in_lower_case_keeps_its_acronym() -> None:
    found = rows("Samoa is a small market. The national cyber agency (SNCA) was set up in 2022.", "agencyOf")
    assert ("SNCA", "Samoa", "2022", "") in found


# --- a merger whose successor is an anaphor: "it", "the centre" --------------------------------------------------

def test_it_at_its_creation_absorbed_names_the_sentence_subject_as_successor() -> None:
    found = rows("The National Cyber Authority (NCA), created by decree in May 2019 and reporting to the President, is "
                 "the regulator of Barbados; at its creation it absorbed the national incident response team, "
                 "CERT-BB, which the telecoms regulator had run since 2008.", "mergedInto")
    assert any(row[0] == "CERT-BB" and row[1] == "National Cyber Authority" for row in found)


def test_the_centre_absorbed_names_the_last_centre_named() -> None:
    found = rows("Jamaica's resilience rests on the National Cyber Response Centre (NCRC), set up in 2015 under the "
                 "Ministry of Science. The centre absorbed GovCERT.jm, a government team dating from 2004, and acts "
                 "as the national CSIRT.", "mergedInto")
    assert any(row[0] == "GovCERT.jm" and row[1] == "National Cyber Response Centre" for row in found)
    assert not any(row[1] == "Ministry of Science" for row in found)


def test_it_after_a_sentence_opened_by_the_centre_is_that_centre() -> None:
    found = rows("Jamaica's resilience rests on the National Cyber Response Centre (NCRC), set up in 2015. The centre "
                 "absorbed GovCERT.jm, a government team dating from 2004. Since 1 March 2024 it has also incorporated "
                 "the Digital Business Unit (DBU) of the Ministry of Commerce.", "mergedInto")
    assert ("Digital Business Unit", "National Cyber Response Centre", "2024", "") in found
    assert not any(row[0] == "Ministry of Commerce" for row in found)


# --- units of a body: a sectoral team it runs, a section it works through -----------------------------------------

def test_sectoral_team_a_commission_runs_is_a_cert_named_after_it() -> None:
    found = rows("Zambia's regulator leads. The Zambia Information and Communications Technology Authority (ZICTA) "
                 "issues standards, and the Energy Regulation Board (ERB) runs a sectoral CSIRT for energy.",
                 "agencyOf")
    assert ("ERB sectoral CSIRT for energy", "Zambia", "", "") in found


def test_own_sectoral_response_team_after_a_relative_is_a_cert() -> None:
    found = rows("Uganda's grid is state-owned. The Uganda Electricity Transmission Authority (UETA), which also runs "
                 "much of the fibre network, maintains its own sectoral response team.", "agencyOf")
    assert ("UETA sectoral response team", "Uganda", "", "") in found


def test_sectoral_team_of_a_foreign_body_is_not_the_states() -> None:
    found = rows("Malawi's CERT is small. Europol runs a sectoral CSIRT for ports in its member states.", "agencyOf")
    assert not any("sectoral" in row[0] for row in found)


def test_section_a_police_body_works_through_is_an_agency() -> None:
    found = rows("The Criminal Investigation Directorate (CID) of Namibia investigates cybercrime through its "
                 "Computer Crimes Section.", "agencyOf")
    assert ("Computer Crimes Section", "Namibia", "", "") in found


# --- a planned body named with where it will sit, too ---------------------------------------------------------------

def _planned_names(text: str) -> dict[str, set[str]]:
    from tests.test_resilience_variants import extract
    result = extract(text)
    return {result.gazetteer.entities[f.subject].label: set(result.gazetteer.entities[f.subject].names)
            for f in result.facts if f.relation == "agencyOf" and f.status == "Planned"}


def test_planned_board_within_a_department_has_the_host_in_another_name() -> None:
    names = _planned_names("The Ministry of the Interior of Croatia has announced that a dedicated cybercrime board "
                           "will be created within the Criminal Police Directorate by 2027.")
    assert "Dedicated cybercrime board within the Criminal Police Directorate" in names["Dedicated cybercrime board"]


def test_planned_cert_at_a_bank_has_the_host_in_another_name() -> None:
    names = _planned_names("Slovakia is a small market. A sectoral CERT for insurers is to be established at the "
                           "National Bank of Slovakia.")
    assert names["Sectoral CERT for insurers"] == {"Sectoral CERT for insurers",
                                                   "Sectoral CERT for insurers at the National Bank of Slovakia"}


def test_planned_body_with_no_host_keeps_one_name() -> None:
    names = _planned_names("Fiji is a small market. A maritime CERT will be established next year.")
    assert names["Maritime CERT"] == {"Maritime CERT"}
