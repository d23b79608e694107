"""Round 23, cb23: unnamed and described programmes, their funders and beneficiaries (invented sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts


def roles(text: str, state: str) -> set[tuple[str, str, str, str, str]]:
    """(actor, programme label, role, year, through) of the paragraph's ``funds`` facts."""
    return {(f.subject, f.object, f.role, f.year, f.through) for f in labelled_facts(text, state) if f.relation == "funds"}


def programmes_of(found: set[tuple[str, str, str, str, str]]) -> set[str]:
    return {programme for _, programme, _, _, _ in found}


def test_paid_for_courses_for_trainees_of_two_joined_origins():
    found = roles("Malta is a small donor. As a donor, the Ministry of Foreign Affairs finances cyber projects in Africa "
                  "through its Aid Programme; since 2030 it has paid for incident-handling courses for Laotian and "
                  "Nepalese CERT staff.", "Malta")
    name = "incident-handling courses for Laotian and Nepalese CERT staff"
    assert ("Malta", name, "Funder", "2030", "Ministry of Foreign Affairs") in found
    assert {("Laos", name), ("Nepal", name)} <= {(a, p) for a, p, r, _, _ in found if r == "Beneficiary"}
    assert not any("CERT" == p.split()[-1] or a.endswith("CERT") for a, p, _, _, _ in found)


def test_paid_a_sum_for_courses_for_officials_from_listed_states():
    found = roles("Slovenia is a modest donor. Under its aid programme, the Ministry of Foreign Affairs has since 2030 paid "
                  "EUR 2 million for cyber security courses for officials from Jamaica, Barbados and Honduras.", "Slovenia")
    name = "cyber security courses for officials"
    assert ("Slovenia", name, "Funder", "2030", "Ministry of Foreign Affairs") in found
    assert {"Jamaica", "Barbados", "Honduras"} <= {a for a, p, r, _, _ in found if r == "Beneficiary" and p == name}


def test_an_irregular_paid_after_a_year_keeps_its_subject():
    found = roles("Malawi is a recipient. In 2031 Austria paid for cyber courses for officials from Malawi.", "Malawi")
    assert ("Austria", "cyber courses for officials", "Funder", "2031", "") in found


def test_trained_foreign_staff_in_a_subject_is_a_programme_named_by_both():
    found = roles("Iceland is mainly a recipient of capacity building. Yet Iceland also gives: through IceAid, its "
                  "cooperation agency, it has trained Fijian and Jamaican police officers in digital forensics since "
                  "2031.", "Iceland")
    name = "digital forensics training for Fijian and Jamaican police officers"
    assert ("Iceland", name, "Lead", "2031", "IceAid") in found
    assert {"Fiji", "Jamaica"} <= {a for a, p, r, _, _ in found if r == "Beneficiary" and p == name}


def test_trains_judges_from_listed_states_in_a_subject():
    found = roles("Malta is a donor. Malta trains judges from Benin and Togo in cybercrime investigation.", "Malta")
    name = "cybercrime investigation training for judges"
    assert ("Malta", name, "Lead", "", "") in found
    assert {"Benin", "Togo"} <= {a for a, p, r, _, _ in found if r == "Beneficiary" and p == name}


def test_training_the_profiles_own_staff_is_no_programme():
    found = roles("Nepal is a recipient. The Japan International Cooperation Agency (JICA) has trained CERT engineers in "
                  "incident handling, most recently in 2032.", "Nepal")
    assert not any("training for" in p for p in programmes_of(found))


def test_a_hyphen_funded_described_activity_for_a_demonyms_ministries():
    found = roles("Nepal is a recipient. A USAID-funded cyber resilience activity for Nepalese ministries, run by the "
                  "consultancy Chemonics International, was halted in early 2032 when Washington froze most foreign aid.",
                  "Nepal")
    name = "cyber resilience activity for Nepalese ministries"
    assert ("United States", name, "Funder", "", "United States Agency for International Development") in found
    assert ("Nepal", name, "Beneficiary", "", "") in found  # (2032 is when it stopped, no year of its funding)


def test_the_named_programme_told_again_after_its_funder_is_no_new_one():
    found = roles("Laos is a recipient. It is a partner country of CyberLao, the EU-funded cyber resilience programme "
                  "implemented by a consortium.", "Laos")
    assert "cyber resilience programme" not in programmes_of(found)
    found = roles("Laos is a recipient. Engineers from the National University of Laos have worked on an EU-funded "
                  "research project on the security of water networks.", "Laos")
    assert not any("research" in p for p in programmes_of(found))


def test_a_paid_review_by_its_method_its_reviewer_and_the_state_reviewed():
    found = roles("Malawi is a recipient. The United Kingdom paid for a Cybersecurity Capacity Maturity Model (CMM) "
                  "review of Malawi carried out by the Global Cyber Security Capacity Centre in 2031.", "Malawi")
    name = "Cybersecurity Capacity Maturity Model (CMM) review of Malawi"
    assert ("United Kingdom", name, "Funder", "2031", "") in found
    assert ("Global Cyber Security Capacity Centre", name, "Lead", "", "") in found
    assert ("Malawi", name, "Beneficiary", "", "") in found


def test_a_laboratory_paid_for_or_equipped_for_a_police_force():
    for text, year in (("In 2031 Austria financed a digital forensics laboratory for the Benin Republican Police, handed "
                        "over in 2032.", "2032"),
                       ("Austria donated the equipment of a digital forensics laboratory to the Benin Republican Police "
                        "in 2033.", "2033")):
        found = roles(f"Benin is a recipient. {text}", "Benin")
        name = "digital forensics laboratory for the Benin Republican Police"
        assert ("Austria", name, "Funder", year, "") in found, text
        assert ("Benin", name, "Beneficiary", "", "") in found, text


def test_the_project_named_in_the_sentence_before_as_an_object():
    found = roles("Luxembourg is a donor. In 2031 Luxembourg launched the Sahel Cyber Project. The project trains police "
                  "officers from Niger and Chad.", "Luxembourg")
    assert {"Niger", "Chad"} <= {a for a, p, r, _, _ in found if r == "Beneficiary" and p == "Sahel Cyber Project"}
    found = roles("Luxembourg is a donor. In 2031 Luxembourg launched the Sahel Cyber Project. The programme is "
                  "co-financed by Belgium.", "Luxembourg")
    assert ("Belgium", "Sahel Cyber Project", "Funder", "", "") in found




def test_supporting_a_bodys_programme_while_committing_a_sum_funds_it():
    found = roles("Malta is a donor. The Ministry of Foreign Affairs has supported the cyber programme of the UN Institute "
                  "for Disarmament Research (UNIDIR) since 2031, committing EUR 600,000 for the 2033-2035 period.", "Malta")
    assert ("Malta", "UNIDIR cyber programme", "Funder", "2031", "Ministry of Foreign Affairs") in found


def test_a_bodys_programme_named_before_a_comma_after_its_acronym():
    found = roles("Malta is a donor. Through its aid agency, Malta has contributed some EUR 1.8 million since 2031 to the "
                  "cybersecurity programme of the OAS Inter-American Committee against Terrorism (CICTE), which has "
                  "trained CSIRT staff across Central America.", "Malta")
    assert ("Malta", "CICTE cybersecurity programme", "Funder", "2031", "") in found
    assert not any(r == "Lead" for _, _, r, _, _ in found)  # (its owner is part of its name only: round 11)

def test_a_workshop_run_for_a_regional_bodys_member_states():
    found = roles("Malta is a small provider: the Malta CSIRT has run a regional incident-handling workshop for SICA member "
                  "states since 2031, with Spanish funding.", "Malta")
    assert any(p == "regional incident-handling workshop for SICA member states" and r == "Lead" and y == "2031"
               for _, p, r, y, _ in found)


def test_training_given_to_the_profiles_own_people_is_no_programme_of_the_trainer():
    found = roles("Slovenia is a recipient. The Austrian Federal Police has trained Slovenian and Croatian police officers "
                  "in digital forensics since 2031.", "Slovenia")
    assert not any("training for" in p for p in programmes_of(found))


def test_benefiting_from_a_bodys_programme_tells_no_runner():
    found = roles("Malta is a recipient. Malta has benefited from the OAS Inter-American Committee against Terrorism "
                  "(CICTE) cyber security programme.", "Malta")
    assert not any(r == "Lead" for _, _, r, _, _ in found)


def test_money_in_a_participle_on_the_programme_is_not_hedged_by_the_main_verbs_object():
    found = roles("Malawi is a recipient. The OAS Cybersecurity Program, run by the CICTE secretariat with funding from "
                  "Austria, helped draft the 2031 strategy.", "Malawi")
    assert ("Austria", "OAS Cybersecurity Program", "Funder", "", "") in found


def test_a_review_opening_its_sentence_with_who_did_it_and_who_paid():
    found = roles("Malawi is a recipient. A Cybersecurity Capacity Maturity Model (CMM) review, carried out in 2031 by the "
                  "Global Cyber Security Capacity Centre and funded by Austria, informed the new draft strategy.", "Malawi")
    name = "Cybersecurity Capacity Maturity Model (CMM) review"
    assert ("Austria", name, "Funder", "2031", "") in found
    assert any(a == "Global Cyber Security Capacity Centre" and p == name and r == "Lead" for a, p, r, _, _ in found)


def test_an_unnamed_programmes_name_ends_before_whose():
    found = roles("Malawi is a donor. Malawi runs a cyber security training programme for English-speaking countries whose "
                  "beneficiaries are Namibia, Botswana and Zambia.", "Malawi")
    name = "cyber security training programme for English-speaking countries"
    assert ("Malawi", name, "Lead", "", "") in found
    assert {"Namibia", "Botswana", "Zambia"} <= {a for a, p, r, _, _ in found if r == "Beneficiary" and p == name}
