"""Round 23, spurious rows: shapes that made the extractor say what the writers do not record (invented sentences)."""

from __future__ import annotations

from invented import labelled_facts


def _agencies(text: str, state: str) -> dict[str, str]:
    """label -> status of the paragraph's agencyOf facts."""
    return {f.subject: f.status for f in labelled_facts(text, state) if f.relation == "agencyOf"}


def _issued(text: str, state: str) -> dict[str, str]:
    return {f.object: f.status for f in labelled_facts(text, state) if f.relation == "issued"}


# --- a body still to come: status cues ---------------------------------------------------------

def test_due_to_open_apposition_is_planned() -> None:
    found = _agencies("The 2024 Act provides for the Data Office to be turned into a Digital Security Directorate, "
                      "due to open in 2027, and for a Review Board.", "Luxembourg")
    assert found.get("Digital Security Directorate") == "Planned"


def test_to_be_convened_is_planned() -> None:
    found = _agencies("A National Cyber Coordination Committee, chaired by the Cabinet Secretary, is to be convened "
                      "by 2026 under the new strategy.", "Vanuatu")
    assert found.get("National Cyber Coordination Committee") == "Planned"


def test_which_a_bill_would_create_is_planned() -> None:
    found = _agencies("A Digital Integrity Authority, which a bill tabled in Parliament in 2025 would create, did not "
                      "yet exist at the end of that year.", "Slovenia")
    assert found.get("Digital Integrity Authority") == "Planned"


def test_which_will_do_something_is_not_planned() -> None:
    found = _agencies("The Croatian Cyber Agency, which will host the new training range, monitors government "
                      "networks.", "Croatia")
    assert found.get("Croatian Cyber Agency") == ""


def test_would_if_passed_create_is_planned() -> None:
    found = _agencies("A Cybersecurity Bill was introduced in Parliament in 2025; it would, if passed, create a "
                      "National Cyber Security Agency with powers to audit operators.", "Namibia")
    assert found.get("National Cyber Security Agency") == "Planned"


def test_host_of_a_body_due_to_open_is_no_agency() -> None:
    found = _agencies("A health-sector CSIRT, announced in 2024, is due to open within the Ministry of Health in "
                      "2026.", "Malawi")
    assert "Ministry of Health" not in found


def test_coordinated_clause_keeps_its_own_status() -> None:
    found = _agencies("A health-sector CSIRT, announced in 2024, is due to open in 2026, and the Benin Data "
                      "Protection Authority (BDPA) oversees breaches of personal data.", "Benin")
    assert found.get("Benin Data Protection Authority") == ""


def test_open_with_an_object_is_the_bodys_act() -> None:
    found = _agencies("The National Cyber Agency will open a regional office in the north in 2026.", "Togo")
    assert found.get("National Cyber Agency") == ""


def test_recommended_body_never_set_up_is_no_agency() -> None:
    found = _agencies("The Defence Review of 2015 recommended a Defence Cyber Command within the Jamaica Defence "
                      "Force, but officials conceded in 2023 that it has never been set up.", "Jamaica")
    assert "Defence Cyber Command" not in found
    assert "Jamaica Defence Force" not in found
    found = _agencies("The strategy recommended a Cyber Security Agency to lead implementation, but that agency was "
                      "never set up.", "Barbados")
    assert "Cyber Security Agency" not in found


def test_later_bare_mention_keeps_a_planned_body_planned() -> None:
    found = _agencies("A national Security Operations Centre (SOC), financed with Korean assistance, is due to "
                      "become operational in 2026. The Mongolia Cyber Resilience Programme funds the new SOC and "
                      "training for officials.", "Mongolia")
    assert found.get("Security Operations Centre") == "Planned"


# --- a body named only as what an incident hit, or as the one denying it --------------------------

def test_asset_of_a_body_in_an_incident_is_no_agency() -> None:
    found = _agencies("In September 2021 the systems of the Ministry of Justice were encrypted by ransomware.",
                      "Honduras")
    assert "Ministry of Justice" not in found


def test_security_body_hit_keeps_its_role() -> None:
    found = _agencies("In 2019 hackers penetrated the networks of the National Security Agency and the Water "
                      "Authority.", "Panama")
    assert "National Security Agency" in found


def test_denier_of_a_reported_leak_is_no_agency() -> None:
    found = _agencies("Press reports in 2022 of a leak of the civil register were denied by the Ministry of the "
                      "Interior.", "Nepal")
    assert "Ministry of the Interior" not in found
    found = _agencies("In 2023 a ransomware gang claimed to have leaked files of the army, a claim the Ministry of "
                      "Defence denied.", "Laos")
    assert "Ministry of Defence" not in found


# --- how a law was written is no status of it ------------------------------------------------------

def test_drafted_with_help_is_no_draft() -> None:
    found = _issued("The Cybercrime Act, passed by Parliament in 2019, defines the offences. The Cybercrime Act was "
                    "drafted with assistance from the Council of Europe.", "Fiji")
    assert found.get("Cybercrime Act") == "Adopted"
    found = _issued("The Data Act was drafted with help from Denmark and passed in 2021.", "Fiji")
    assert found.get("Data Act") == "Adopted"
    found = _issued("In 2019 the government endorsed the Guidelines for a Strategic Cyber Security Framework, drafted "
                    "with OSCE support.", "Slovakia")
    assert "Draft" not in found.values()


def test_a_draft_is_still_a_draft() -> None:
    found = _issued("A Cybersecurity Bill was drafted in 2024 and is still being discussed.", "Austria")
    assert found.get("Cybersecurity Bill") == "Draft"


# --- another state's body named as the culprit ------------------------------------------------------

def test_culprit_body_by_its_possessor_is_no_agency() -> None:
    # (in the culprit's own profile: the body is its state's, but named only as the one behind an attack)
    facts = labelled_facts("In September 2022 Iceland, whose government networks had been hit by a destructive attack "
                           "in July, attributed it to North Korea's Ministry of State Security.", "North Korea")
    assert not [f for f in facts if f.relation == "agencyOf" and f.subject == "Ministry of State Security"]


# --- the owner of a body: another state's, or only where a unit sits --------------------------------

def test_body_running_another_states_programme_is_not_ours() -> None:
    found = _agencies("Denmark, for its part, has trained more than 300 Fijian civil servants in cyber security since "
                      "2015 through its Nordic Cyber Partnership (NCP) programme, run by the Ministry of Foreign "
                      "Affairs.", "Fiji")
    assert "Ministry of Foreign Affairs" not in found


def test_body_running_our_own_programme_stays() -> None:
    found = _agencies("The Fiji Cyber Academy, run by the Ministry of Communications, trains officials.", "Fiji")
    assert "Ministry of Communications" in found


def test_department_a_named_unit_sits_in_is_no_agency() -> None:
    found = _agencies("The Malawi Police Service runs a Cybercrime Unit within its Criminal Investigation Department.",
                      "Malawi")
    assert "Criminal Investigation Department" not in found
    assert "Cybercrime Unit" in found
    found = _agencies("The Benin Police opened a Cybercrime Unit within its Criminal Investigations Department in "
                      "2022.", "Benin")
    assert "Criminal Investigations Department" not in found


def test_department_an_unnamed_unit_sits_in_stays() -> None:
    found = _agencies("The Lao Police Force investigates cybercrime through a specialised department within its "
                      "Criminal Investigation Department.", "Laos")
    assert "Criminal Investigation Department" in found


# --- a law's own predicate decides its step, not its noun ------------------------------------------

def test_draft_law_submitted_to_parliament_is_proposed() -> None:
    found = _issued("A draft law on combating cybercrime, prepared by the Ministry of Justice, was submitted to "
                    "Parliament in 2021 and has not come to a vote.", "Croatia")
    assert found.get("law on combating cybercrime") == "Proposed"
    found = _issued("A draft Law on Cybersecurity, prepared by the digital ministry, was submitted to the Saeima, the "
                    "national parliament, in October 2024.", "Slovakia")
    assert "Proposed" in found.values()


def test_bill_shown_for_comment_is_a_draft() -> None:
    found = _issued("A Cyber Security Bill circulated to telecoms operators in February 2021 drew protests from "
                    "civil-society organisations.", "Honduras")
    assert found.get("Cyber Security Bill") == "Draft"
    found = _issued("Its provisions were stripped out of the original Cybercrimes and Cybersecurity Bill, which had been "
                    "published for comment in August 2015.", "Namibia")
    assert found.get("Cybercrimes and Cybersecurity Bill") == "Draft"
    found = _issued("A Cybersecurity Bill published for consultation by the Ministry of ICT in 2025 would create a "
                    "National Cybersecurity Authority.", "Malawi")
    assert found.get("Cybersecurity Bill") == "Draft"


def test_a_bill_passed_stays_adopted() -> None:
    found = _issued("The Data Bill was submitted to Parliament in 2023 and passed in 2024.", "Panama")
    assert found.get("Data Bill") == "Adopted"


# --- a kind of harm a law or a regulator deals with is no incident ------------------------------------

def _incidents(text: str, state: str) -> list[str]:
    return [f.object for f in labelled_facts(text, state) if f.relation == "suffered"]


def test_harms_a_law_punishes_or_a_regulator_oversees_are_no_incidents() -> None:
    assert _incidents("The Criminal Code of 1999 was amended in 2021 to raise penalties for attacks on critical "
                      "infrastructure.", "Belgium") == []
    assert _incidents("The Personal Data Protection Authority, established in 2016, supervises data breaches.",
                      "Belgium") == []


def test_an_incident_told_stays() -> None:
    assert _incidents("In 2022 a ransomware attack crippled the servers of the Statistics Office.", "Belgium")


# --- an agreement's status is its own clause's ------------------------------------------------------

def _agreements(text: str, state: str) -> dict[str, str]:
    return {f.object: f.status for f in labelled_facts(text, state) if f.relation == "hasAgreementWith"}


def test_later_agreement_in_a_coordinate_clause_keeps_its_own_status() -> None:
    found = _agreements("Malta signed a memorandum with Austria in 2022; a similar text with Denmark, discussed in 2021, "
                        "was shelved by both sides, and talks on an arrangement with Croatia, opened in 2024, continue.",
                        "Malta")
    assert found.get("Croatia") == "UnderNegotiation"
    assert found.get("Austria") == "Signed"


def test_next_coordinate_clause_status_is_not_the_agreements() -> None:
    found = _agreements("CERT-IS's talks with the Korea Internet & Security Agency (KISA) on a training arrangement "
                        "have been under negotiation since 2024, and an offer by a foreign telecoms group to build a "
                        "security operations centre was turned down by the cabinet.", "Iceland")
    assert found.get("South Korea") == "UnderNegotiation"


def test_gapped_second_agreement_shares_the_verb() -> None:
    found = _agreements("Malta signed an MoU with Slovenia in 2019, and an agreement with Belgium in 2021.", "Malta")
    assert found == {"Slovenia": "Signed", "Belgium": "Signed"}


# --- a text said to apply -------------------------------------------------------------------------------

def test_another_bodys_text_said_to_apply_is_cited() -> None:
    facts = labelled_facts("It has stated that the UN Charter applies in its entirety, but it has expressed caution "
                           "about international humanitarian law.", "Vanuatu")
    assert not [f for f in facts if f.relation == "issued"]
    facts = labelled_facts("It has affirmed that international law, and in particular the UN Charter, applies to "
                           "cyberspace.", "Vanuatu")
    assert not [f for f in facts if f.relation == "issued"]


def test_own_law_that_applies_to_operators_is_in_force() -> None:
    found = _issued("The Cybersecurity Act of 2019 applies to operators of essential services.", "Togo")
    assert found.get("Cybersecurity Act") == "Adopted"
    found = _issued("A new Cybersecurity Act, which will apply to operators of essential services, is planned for "
                    "2026.", "Togo")
    assert found.get("Cybersecurity Act") == "Planned"


def test_harms_named_in_a_view_are_no_incidents() -> None:
    assert _incidents("At the United Nations, Malta argued in 2022 that the group should recognise the humanitarian "
                      "consequences of ransomware attacks on hospitals.", "Malta") == []


def test_an_incident_told_in_reported_speech_stays() -> None:
    assert _incidents("In April 2021 the police said that intrusions into the Malta Space Agency in 2016-2017 were the "
                      "work of a foreign group.", "Malta")


def test_maker_of_a_body_still_to_come_is_no_agency() -> None:
    found = _agencies("A sectoral CERT for the oil and gas industry will be created by the Ministry of Energy, which "
                      "suffered repeated phishing campaigns in 2022.", "Namibia")
    assert "Ministry of Energy" not in found
    found = _agencies("A sectoral CERT for the energy industry, which the Ministry of Energy and Minerals plans to set "
                      "up by 2026, is intended to serve operators.", "Namibia")
    assert "Ministry of Energy and Minerals" not in found


def test_maker_of_an_existing_body_stays() -> None:
    found = _agencies("The Ministry of Energy, which set up the Energy CERT in 2019, regulates operators.", "Namibia")
    assert "Ministry of Energy" in found


def test_foreign_ministry_only_giving_money_is_no_agency() -> None:
    found = _agencies("The Ministry of Foreign Affairs has contributed EUR 60 million since 2019 to the World Bank's "
                      "Cybersecurity Multi-Donor Trust Fund.", "Luxembourg")
    assert "Ministry of Foreign Affairs" not in found
    found = _agencies("The Ministry of Foreign Affairs leads on cyber diplomacy.", "Luxembourg")
    assert "Ministry of Foreign Affairs" in found
