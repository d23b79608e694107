"""Round 23, names: where a body's name starts and ends (invented sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts, paragraph_result


def agencies(text: str, state: str) -> set[str]:
    return {f.subject for f in labelled_facts(text, state) if f.relation == "agencyOf"}


def test_an_acronym_with_accented_capitals_defines_its_name():
    facts = labelled_facts("Since 2031 the lead body has been the National Office for Network Resilience (NÚSO). "
                           "NÚSO signed a memorandum of understanding with Israel's National Cyber Directorate in 2033.",
                           "Slovakia")
    agreements = [f for f in facts if f.relation == "hasAgreementWith"]
    assert agreements and agreements[0].through == "National Office for Network Resilience"
    assert agreements[0].year == "2033"


def test_an_accented_acronym_leads_a_team_in_an_exercise():
    facts = labelled_facts("The Croatian Office for Information Defence (ZÚIO) was set up in 2030. A team led by the ZÚIO "
                           "won the 2034 edition of Locked Shields.", "Croatia")
    assert any(f.relation == "participatesIn" and f.through == "Croatian Office for Information Defence"
               for f in facts)


def test_directorate_general_is_a_directorate():
    found = agencies("The Directorate General of Network Protection (DGNP) was created in 2032, and the "
                     "Directorate-General for Digital Trust oversees the registry.", "Benin")
    assert "Directorate General of Network Protection" in found
    assert "Directorate-General for Digital Trust" in found


def test_a_comma_joined_ministry_whose_first_item_holds_and():
    found = agencies("In 2033 the unit was transferred into the Ministry for Scientific and Industrial Research, "
                     "Higher Learning and Postal Services.", "Togo")
    assert "Ministry for Scientific and Industrial Research, Higher Learning and Postal Services" in found


def test_a_comma_joined_list_with_and_followed_by_another_name_is_no_name():
    found = agencies("The Ministry of Defence and Veterans, Navy and Coast Guard units took part.", "Fiji")
    assert not any("," in name for name in found)


def test_a_singular_verb_keeps_a_name_joined_by_and_whole():
    found = agencies("On the military side, the Cyber Forces and Information Warfare Command, established in 2032, is "
                     "responsible for cyber defence.", "Austria")
    assert "Cyber Forces and Information Warfare Command" in found
    assert "Cyber Forces" not in found


def test_a_plural_verb_keeps_two_bodies_apart():
    found = agencies("The Jamaica Defence Force and the Cyber Incident Unit are responsible for cyber defence.",
                     "Jamaica")
    assert "Jamaica Defence Force and the Cyber Incident Unit" not in found


def test_an_official_name_with_lower_case_words_closed_by_its_acronym():
    result = paragraph_result("Talks on an arrangement with Japan's National center of Incident readiness and Strategy "
                              "for Cybersecurity (NISC) have been under way since 2034.", "Mongolia")
    agreements = [f for f in result.facts if f.relation == "hasAgreementWith"]
    assert agreements and agreements[0].object.endswith("/japan") and agreements[0].status == "UnderNegotiation"
    assert result.gazetteer.entities[agreements[0].object_through].label == \
        "National center of Incident readiness and Strategy for Cybersecurity"
    assert not any(f.relation == "issued" for f in result.facts)  # "Strategy for Cybersecurity" is no document


def test_lower_case_words_without_a_fitting_acronym_make_no_name():
    found = agencies("The government set up a National office for online safety (NOOS) in 2033.", "Vanuatu")
    assert not any("office for online" in name for name in found)


def test_a_team_name_of_several_short_words_in_apposition():
    found = agencies("The Ministry hosted NPL e-GOV CIRT, the government CIRT, from its establishment in 2031.",
                     "Nepal")
    assert "NPL e-GOV CIRT" in found
    assert "CIRT" not in found


def test_a_team_name_in_lower_and_upper_case_with_a_slash_is_whole():
    facts = labelled_facts("NPCIRT signed a memorandum of understanding with KrCERT/CC in 2033.", "Nepal")
    assert any(f.relation == "hasAgreementWith" and f.object == "KrCERT/CC" for f in facts)


def test_a_capitalised_word_after_an_e_prefix_is_a_word_of_the_name():
    found = agencies("The Postal & eGovernment Authority hosts the national CERT.", "Benin")
    assert "Postal & eGovernment Authority" in found


def test_an_acronym_opening_with_lower_case_letters_defines_its_name():
    result = paragraph_result("The Digital Skills Hub (dSH) opened in 2032. The dSH trains civil servants.", "Malawi")
    assert any(e.acronym == "dSH" for e in result.gazetteer.entities.values())


def test_a_corps_is_a_body_of_the_state():
    found = agencies("The Scientific, Forensic and Criminal Investigations Corps (SFCIC) has a Division against "
                     "Computer Crimes.", "Honduras")
    assert "Scientific, Forensic and Criminal Investigations Corps" in found


def test_a_body_named_with_its_states_formal_name():
    found = agencies("The National CERT of the Republic of Slovenia has been operational since 2031.", "Slovenia")
    assert "National CERT of the Republic of Slovenia" in found


def test_a_head_word_then_the_states_name_then_the_acronym():
    found = agencies("The National Cyber Security Centre Slovenia (NCSC-SI) was set up in 2031.", "Slovenia")
    assert "National Cyber Security Centre Slovenia" in found


def test_a_capitalised_phrase_at_a_sentence_start_is_no_body():
    found = agencies("Digital Centre Slovenia hosted a conference in 2032. National Security of Slovenia matters.",
                     "Slovenia")
    assert not found


def test_a_unit_of_a_ministry_whose_name_runs_past_a_comma():
    found = agencies("The first strategy was adopted in 2031 by the ICT Division of the Ministry of Posts, "
                     "Broadcasting and Information Technology.", "Laos")
    assert "ICT Division" in found
    assert "Ministry of Posts, Broadcasting and Information Technology" in found


def test_a_union_named_in_a_ministrys_portfolio_is_no_parent():
    found = agencies("The Ministry of Foreign Affairs, European Union and Trade published the position in 2032.",
                     "Croatia")
    assert "Ministry of Foreign Affairs, European Union and Trade" in found


def test_a_name_in_another_language_in_brackets_before_the_kind_word():
    facts = labelled_facts("Since 2031 the agency has organised the national Cyber Wall (Kyber Mauer) exercise for "
                           "public bodies.", "Austria")
    assert any(f.relation == "participatesIn" and f.object == "Cyber Wall" and f.year == "2031" for f in facts)


def test_an_exercise_acronym_with_its_edition():
    result = paragraph_result("Austrian teams took part in the Alpine Response Exercise (ARE 31) in 2031.", "Austria")
    assert any(e.acronym == "ARE 31" for e in result.gazetteer.entities.values())


def test_against_joins_a_units_head_to_what_it_fights():
    found = agencies("The US State Department donated forensic equipment to the National Police's Specialised "
                     "Department against Cybercrime in 2032.", "Panama")
    assert "Specialised Department against Cybercrime" in found


def test_against_between_two_names_joins_nothing():
    facts = labelled_facts("Honduras against Panama was the final of the 2031 cyber challenge.", "Honduras")
    assert not any("against" in f.subject or "against" in f.object for f in facts)
