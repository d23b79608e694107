"""Round 25, documents and bodies: a body's earlier name after a renaming, bodies the sentence sets apart from the
state, drafts by their noun or put-off adoption, drafts shown to someone before adoption (invented sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts, paragraph_result


def agencies(text: str, state: str) -> set[str]:
    return {f.subject for f in labelled_facts(text, state) if f.relation == "agencyOf"}


def issued(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(f.object, f.year, f.status) for f in labelled_facts(text, state) if f.relation == "issued"}


# --- a body's earlier name ----------------------------------------------------------------------------------------

def test_a_body_renamed_is_recorded_by_its_new_name_only():
    found = agencies("The Digital Protection Office, created in 2029 under the 2028 Act, was renamed the National "
                     "Cyber Defence Agency (NCDA) in 2033.", "Malta")
    assert "National Cyber Defence Agency" in found
    assert "Digital Protection Office" not in found


def test_renamed_set_off_by_commas():
    found = agencies("The Ministry of Posts and Networks, renamed the Ministry of Digital Affairs in 2031, supervises "
                     "the national CSIRT.", "Slovenia")
    assert "Ministry of Digital Affairs" in found
    assert "Ministry of Posts and Networks" not in found


def test_known_until_a_year_as():
    found = agencies("The Luxembourg Networks Authority (LNA), known until 2030 as the Luxembourg Telecoms Agency, "
                     "regulates operators.", "Luxembourg")
    assert "Luxembourg Networks Authority" in found
    assert "Luxembourg Telecoms Agency" not in found


def test_having_previously_been():
    found = agencies("Policy lies with the Ministry of Innovation, which took that name in 2032, having previously "
                     "been the Ministry of Science and Networks.", "Croatia")
    assert "Ministry of Innovation" in found
    assert "Ministry of Science and Networks" not in found


def test_known_simply_as_until():
    found = agencies("A Cybersecurity Bill was published for consultation by the Ministry of ICT and Public Media in "
                     "2034; the ministry, known simply as the Ministry of ICT until it took its current name in 2030, "
                     "sets policy.", "Malawi")
    assert "Ministry of ICT" not in found


def test_bore_the_name_until():
    found = agencies("Within the Jamaica Constabulary Force, cyber offences are investigated by the Digital Offences "
                     "Unit, which bore the name Cyber Offences Unit until 2031.", "Jamaica")
    assert "Cyber Offences Unit" not in found


def test_began_life_as():
    found = agencies("The central authority is the Federal Cyber Office (FCO), which began life in 2030 as the "
                     "National Cyber Protection Centre (NCPC) within the Federal Chancellery.", "Austria")
    assert "Federal Cyber Office" in found
    assert "National Cyber Protection Centre" not in found


def test_a_body_merged_into_another_is_not_an_earlier_name():
    found = agencies("In 2031 the State Committee for Networks (SCN) was merged into the Ministry of Digital "
                     "Development, which sets policy on cyber security.", "Mongolia")
    assert "Ministry of Digital Development" in found


# --- bodies set apart from the state ------------------------------------------------------------------------------

def test_a_university_consortium_is_no_agency():
    found = agencies("The Centre for Cyber Research (CCR), a consortium of university laboratories funded by the "
                     "ministry, takes part in research projects with foreign universities.", "Malta")
    assert "Centre for Cyber Research" not in found


def test_a_commercial_service_is_no_agency():
    found = agencies("NepSec CERT, a commercial incident-response service run by an academic network, is often "
                     "mistaken for a government body.", "Nepal")
    assert not any("NepSec" in name for name in found)


def test_researchers_of_an_institute_are_not_the_state():
    found = agencies("Researchers of the Fiji Computing Research Institute (FCRI) take part in a regional project on "
                     "securing industrial control systems.", "Fiji")
    assert "Fiji Computing Research Institute" not in found


def test_a_state_owned_company_stays_the_states():
    found = agencies("The Malta Information Systems Agency (MISA), a state-owned company, runs the government "
                     "network and hosts the national CSIRT.", "Malta")
    assert "Malta Information Systems Agency" in found


# --- drafts ---------------------------------------------------------------------------------------------------------

def test_a_draft_published_stays_a_draft():
    rows = issued("A draft Law on Information Security, published in March 2032 and expected to reach parliament in "
                  "2033, would create a supervisory office.", "Slovakia")
    assert ("Law on Information Security", "2032", "Draft") in rows
    assert not any(status == "Adopted" for _, _, status in rows)


def test_a_policy_whose_adoption_was_put_off_is_a_draft():
    rows = issued("A Defence Cyber Policy was prepared by the Ministry of Defence in 2031, but its adoption has been "
                  "postponed.", "Bulgaria")
    assert ("Defence Cyber Policy", "2031", "Draft") in rows


def test_a_draft_then_passed_is_adopted():
    rows = issued("A draft Cybersecurity Act was published in 2030 and passed by parliament in 2031.", "Cyprus")
    assert any(status == "Adopted" for _, _, status in rows)


def test_circulated_to_someone_as_a_draft_then_approved():
    rows = issued("The National Cyber Strategy 2031-2035, circulated to ministries as a draft in 2030, was approved "
                  "by the cabinet in March 2031.", "Panama")
    assert ("National Cyber Strategy", "2031", "Adopted") in rows
    assert ("National Cyber Strategy", "2030", "Draft") in rows


def test_shared_with_operators_for_comment_then_adopted():
    rows = issued("The Data Strategy 2035 was shared with operators for comment in 2032 and adopted by the "
                  "government in 2033.", "Honduras")
    assert ("Data Strategy", "2033", "Adopted") in rows
    assert ("Data Strategy", "2032", "Draft") in rows


def test_a_company_owned_by_the_state_stays_the_states():
    found = agencies("The Togo Data Service (TDS), a joint-stock company owned by the state, hosts the national CERT.",
                     "Togo")
    assert "Togo Data Service" in found


def test_circulated_in_draft_and_meant_to_be_adopted_is_not_adopted():
    rows = issued("A National Cyber Policy 2031-2035 was circulated to ministries in draft in mid-2031 and is meant to "
                  "be adopted in 2032.", "Benin")
    assert not any(status == "Adopted" for _, _, status in rows)


# --- amendments dated after the law's own date ---------------------------------------------------------------------

def test_a_dated_law_amended_later_gives_the_amendment_its_year():
    rows = issued("The Data Protection Law of 2029 was amended in 2034, and the authority gained new powers.", "Iceland")
    assert ("Data Protection Law", "2029", "Adopted") in rows
    assert ("Data Protection Law amendment", "2034", "Adopted") in rows


def test_a_law_of_a_full_date_on_a_topic_amended_later():
    rows = issued("Law 11-29 of 10 June 2029 on the protection of personal data was amended in 2035.", "Togo")
    assert any(label.endswith("amendment") and year == "2035" for label, year, _ in rows)


def test_a_dated_law_with_the_participle_amended():
    rows = issued("The Electronic Signatures Act of 2027, amended in 2031 to align it with EU rules, governs "
                  "e-signatures.", "Vanuatu")
    assert ("Electronic Signatures Act", "2027", "Adopted") in rows
    assert ("Electronic Signatures Act amendment", "2031", "Adopted") in rows


def test_a_part_of_a_code_with_an_apposition_amended_later():
    rows = issued("Chapter 12 of the Criminal Code of 2026, on crimes against computer information, was amended in "
                  "2032 to add penalties.", "Laos")
    assert any(label.endswith("amendment") and year == "2032" for label, year, _ in rows)


def test_an_undated_law_with_the_participle_keeps_the_year():
    rows = issued("Cyber offences are set out in Chapter 9 of the Criminal Code, amended in 2030 in line with the "
                  "Convention.", "Barbados")
    assert not any(label.endswith("amendment") for label, _, _ in rows)


def test_a_company_owned_by_the_named_state_stays_the_states():
    found = agencies("The Iceland Data Service (IDS), a company owned by Iceland, hosts the national CERT.", "Iceland")
    assert "Iceland Data Service" in found


# --- the period a text covers is not its adoption year ---------------------------------------------------------------

def test_a_period_apposition_does_not_date_the_adoption():
    rows = issued("The National Cyber Security Strategy, covering 2037-2041, was approved by the cabinet in 2036.",
                  "Denmark")
    assert ("National Cyber Security Strategy", "2036", "Adopted") in rows


# --- a CERT named by its sector -------------------------------------------------------------------------------------

def test_a_bank_that_has_operated_a_sector_csirt_since_a_year():
    rows = {(f.subject, f.year) for f in labelled_facts(
        "The Malta Banking Authority (MBA) has operated a financial-sector CSIRT since 2031.", "Malta")
        if f.relation == "agencyOf"}
    assert ("MBA financial-sector CSIRT", "2031") in rows


def test_a_bank_that_set_up_a_sector_csirt_in_a_year():
    rows = {(f.subject, f.year) for f in labelled_facts(
        "The Central Bank of Fiji set up a financial-sector CSIRT in 2030.", "Fiji") if f.relation == "agencyOf"}
    assert ("Central Bank of Fiji financial-sector CSIRT", "2030") in rows


def test_a_sector_team_named_right_after_is_read_by_its_name():
    found = agencies("The Nepal Monetary Authority (NMA), for its part, has run a financial-sector CSIRT, NMA-CSIRT, "
                     "since 2029.", "Nepal")
    assert not any(name.endswith("financial-sector CSIRT") for name in found)


def planned_teams(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.year, f.status) for f in labelled_facts(text, state) if f.relation == "agencyOf"
            and f.status == "Planned"}


def test_a_sector_team_due_to_start_operations():
    assert ("financial-sector CSIRT", "2034", "Planned") in planned_teams(
        "A financial-sector CSIRT, which the Reserve Bank of Malawi announced in 2032, is due to start operations in "
        "2034.", "Malawi")


def test_a_sector_team_to_be_operational_by():
    assert ("financial-sector CSIRT", "2035", "Planned") in planned_teams(
        "The Bank of Jamaica has announced a financial-sector CSIRT, to be operational by 2035.", "Jamaica")


def test_a_sector_team_the_bank_expects_to_have_running():
    assert ("financial-sector CSIRT", "2035", "Planned") in planned_teams(
        "The Bank of Namibia, whose guidelines bind banks, announced in 2032 a financial-sector CSIRT that it expects "
        "to have running by 2035.", "Namibia")


def test_a_sectoral_team_named_by_its_sector_adjective():
    result = paragraph_result("The Bank of Benin has announced that a sectoral financial CSIRT will be launched under "
                              "its supervision.", "Benin")
    names = set().union(*(e.names for e in result.gazetteer.entities.values() if e.label == "Sectoral financial CSIRT"))
    assert "financial-sector CSIRT" in names


def test_a_sector_team_named_in_parentheses_is_read_by_its_name():
    found = agencies("The Central Bank of Mongolia set up its own financial-sector CSIRT (MonFinCERT) in 2030.",
                     "Mongolia")
    assert not any(name.endswith("financial-sector CSIRT") for name in found)
