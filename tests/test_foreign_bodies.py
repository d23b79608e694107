"""A name a profile defined for its own state's body never captures another state's body named with a possessive
or a demonym ("the UK's NCSC" in a profile that defined Norway's NCSC is the UK's, never Norway's). All sentences
are invented."""

from __future__ import annotations

from test_extraction_mechanisms import extract


def facts(text: str) -> set[tuple[str, str, str, str, str]]:
    result = extract(text)
    return {(f.subject, f.relation, f.object, f.year, f.status) for f in result.facts}


def test_a_possessive_names_another_states_body_in_an_agreement() -> None:
    found = facts(
        "Norway's National Cyber Security Centre (NCSC) was established in 2019 as the country's lead agency.\n\n"
        "In 2021, the NCSC signed a memorandum of understanding with the UK's National Cyber Security Centre on "
        "incident response.")
    assert ("state/norway", "hasAgreementWith", "state/united-kingdom", "2021", "Signed") in found
    assert not any(f[0] == "org/norway/ncsc" and f[2] == "org/norway/ncsc" for f in found)


def test_possessive_acronyms_of_several_states_are_each_their_own() -> None:
    found = facts(
        "Kenya's National Cybersecurity Agency (NCA) coordinates national cyber defence. In 2023, Kenya concluded a "
        "memorandum of understanding with Rwanda's National Cybersecurity Agency on capacity building.")
    assert ("state/kenya", "hasAgreementWith", "state/rwanda", "2023", "Signed") in found


def test_a_demonym_names_another_states_body_in_cooperation() -> None:
    found = facts(
        "Ireland set up its National Cyber Security Centre (NCSC) in 2011 within the Department of Communications. "
        "Ireland's NCSC has been cooperating closely with the Dutch NCSC since 2019.")
    assert ("state/ireland", "cooperatesWith", "org/netherlands/ncsc", "2019", "") in found
    assert ("org/ireland/ncsc", "agencyOf", "state/ireland", "2011", "") in found


def test_a_demonym_and_a_possessive_in_one_sentence() -> None:
    found = facts(
        "Chile created the National Computer Security Incident Response Team (CSIRT) in 2018. "
        "The Chilean CSIRT cooperates with Argentina's CSIRT on information exchange.")
    assert ("state/chile", "cooperatesWith", "org/argentina/csirt", "", "") in found


def test_another_states_body_gives_the_profiles_agency_no_date() -> None:
    found = facts(
        "Rwanda's National Cyber Security Authority (NCSA) coordinates the national response to cyber incidents. "
        "Uganda's NCSA was established in 2015.")
    assert ("org/rwanda/ncsa", "agencyOf", "state/rwanda", "", "") in found
    assert not any(f[0] == "org/rwanda/ncsa" and f[3] == "2015" for f in found)


def test_another_states_body_is_the_one_merged() -> None:
    found = facts(
        "Jordan has a National Cybersecurity Council (NCC) chaired by the Prime Minister. In 2019, Egypt's NCC was "
        "merged into the Egyptian Ministry of Communications. Lebanon's National Cybersecurity Council was set up "
        "in 2021.")
    assert not any(f[0] == "org/jordan/ncc" and f[1] == "mergedInto" for f in found)
    assert not any(f[0] == "org/jordan/ncc" and f[3] == "2021" for f in found)
    assert any(f[0] == "org/egypt/ncc" and f[1] == "mergedInto" for f in found)


def test_the_profiles_own_possessive_keeps_its_body() -> None:
    found = facts(
        "Estonia's Information System Authority (RIA) is the country's lead cyber agency. In 2020 the RIA concluded "
        "a cooperation agreement with Finland's Information System Authority. Estonia's RIA has also worked with the "
        "Latvian Information System Authority since 2018.")
    assert ("state/estonia", "hasAgreementWith", "state/finland", "2020", "Signed") in found
    assert not any(f[2] == "org/estonia/ria" and f[0] != "org/estonia/ria" for f in found)


def test_a_demonym_inside_a_full_name_is_the_same_body_as_the_possessive() -> None:
    found = facts(
        "Norway's National Cyber Security Centre (NCSC) was established in 2019.\n\n"
        "In 2021, the NCSC signed a memorandum of understanding with the UK's NCSC. Since 2022 Norway has cooperated "
        "with the British National Cyber Security Centre on threat intelligence.")
    assert ("state/norway", "hasAgreementWith", "state/united-kingdom", "2021", "Signed") in found
    assert ("state/norway", "cooperatesWith", "org/united-kingdom/ncsc", "2022", "") in found


def test_a_state_named_inside_another_full_name_is_that_states_body() -> None:
    found = facts(
        "Kenya's National Cybersecurity Agency (NCA) was set up in 2017. Kenya has been working with the Rwanda "
        "National Cybersecurity Agency since 2020.")
    assert ("state/kenya", "cooperatesWith", "org/rwanda/nca", "2020", "") in found
