"""Round 24, names (second pass): owners of generic units, CERT roles of known bodies (invented sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts, paragraph_result


def unit_names(text: str, state: str, label: str) -> list[str]:
    result = paragraph_result(text, state)
    return sorted(next(e for e in result.gazetteer.entities.values() if e.label == label).names)


def test_a_force_that_set_up_a_unit_names_it():
    names = unit_names("The Malta Army established a Cyber Security Unit in 2031 within its Signals Corps.", "Malta",
                       "Cyber Security Unit")
    assert "Malta Army Cyber Security Unit" in names
    assert "Cyber Security Unit of the Malta Army" in names


def test_a_force_acting_through_its_unit_names_it():
    names = unit_names("The Fiji Police Force, through its Cyber Crime Unit, cooperates with Interpol.", "Fiji",
                       "Cyber Crime Unit")
    assert "Fiji Police Force Cyber Crime Unit" in names
    names = unit_names("The Fiji Police Force investigates online offences through its Cybercrime Unit.", "Fiji",
                       "Cybercrime Unit")
    assert "Fiji Police Force Cybercrime Unit" in names


def test_a_force_possessive_names_its_unit():
    names = unit_names("The Namibian Police Force's Cybercrime Unit cooperates with Interpol.", "Namibia",
                       "Cybercrime Unit")
    assert "Namibian Police Force Cybercrime Unit" in names


def test_a_unit_after_an_unrelated_verb_gets_no_owner():
    names = unit_names("The Malta Police Force said that a Cybercrime Unit would help.", "Malta", "Cybercrime Unit")
    assert names == ["Cybercrime Unit"]


def programmes(text: str, state: str) -> set[str]:
    return {f.object for f in labelled_facts(text, state) if f.relation == "funds"}


def test_an_acronym_closes_a_programme_name_that_runs_on_through_in():
    found = programmes("Austria funds the Support Programme for the Strengthening of Judicial Cooperation in the "
                       "Pacific and Caribbean (SPSJCPC), implemented by its development agency.", "Austria")
    assert "Support Programme for the Strengthening of Judicial Cooperation in the Pacific and Caribbean" in found


def test_an_acronym_in_another_language_closes_the_programme_name_too():
    found = programmes("Austria funds the Support Project for the Consolidation of Justice in the Pacific States and "
                       "Fiji (PACOJ), implemented by its development agency.", "Austria")
    assert "Support Project for the Consolidation of Justice in the Pacific States and Fiji" in found


def test_an_acronym_of_the_body_after_in_is_that_body_alone():
    facts = labelled_facts("The Cyber Programme in the Ministry of Defence (MOD) started in 2030.", "Austria")
    assert any(f.relation == "agencyOf" and f.subject == "Ministry of Defence" for f in facts)


def test_a_groups_possessive_is_a_word_of_the_name():
    found = {f.subject for f in labelled_facts("The Ministry of People's Power for Telecommunications was created in "
                                               "2030, and the Ministry of Women's Affairs runs a cyber safety programme.",
                                               "Honduras") if f.relation == "agencyOf"}
    assert "Ministry of People's Power for Telecommunications" in found
    assert "Ministry of Women's Affairs" in found


def test_a_peoples_republic_stays_the_state():
    facts = labelled_facts("Honduras signed a cyber security agreement with the People's Republic of China in 2030.",
                           "Honduras")
    assert any(f.relation == "hasAgreementWith" and f.object == "China" for f in facts)


def test_an_acronym_with_a_three_letter_lower_case_prefix_names_its_body():
    facts = labelled_facts("The Supreme Council for Information and Communication Technology (ictVANUATU) was set up in "
                           "2030. In 2031 ictVANUATU signed a memorandum of understanding with Singapore's Cyber "
                           "Security Agency.", "Vanuatu")
    assert any(f.relation == "hasAgreementWith" and
               f.through == "Supreme Council for Information and Communication Technology" for f in facts)


def test_an_international_task_force_is_no_agency_of_the_state():
    facts = labelled_facts("Jamaica has taken part in the Counter Ransomware Initiative (CRI) since 2031, leading its "
                           "International Counter Ransomware Task Force in 2032-2033.", "Jamaica")
    assert not any(f.relation == "agencyOf" and "Task Force" in f.subject for f in facts)
    assert any(f.relation == "chairs" and f.object == "International Counter Ransomware Task Force" for f in facts)


def test_a_unit_for_international_policy_stays_an_agency():
    facts = labelled_facts("The International Cyber Policy Unit of the foreign ministry was set up in 2030.", "Jamaica")
    assert any(f.relation == "agencyOf" and f.subject == "International Cyber Policy Unit" for f in facts)
