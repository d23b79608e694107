"""Round 21 (party21): the party of an agreement or a cooperation is the body that acts, when the text names one.

Two bodies coordinated as the subject of a signing, each perhaps named with its owner ("the SCSO and Austria's NCC
signed a memorandum"), are the two parties, each acting for its state; a gapped clause after an agreement ("…, and the
NCAL one with Finland in 2023") is its own body's agreement, with its own year and the first verb's status; a channel
named between the verb and the partner ("cooperates through the NIS with Interpol") is the body that acts; a body
that opens a coordinated statement with a description before its verb ("…, and the CCD, a police unit established
in 2021, works with Europol") is the subject, and neither that description's date nor a membership apposition's
("A member of Interpol since 1980, …") dates the cooperation. Every sentence is invented; the paragraph opens with a
sentence naming its state."""

from __future__ import annotations

from tests.invented import labelled_facts, paragraph_result


def _rows(text: str, state: str, relation: str) -> set[tuple[str, str, str, str, str, str]]:
    """(subject, acting body, object, its acting body, year, status) of the paragraph's facts of one relation."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return (entities[key].label if key in entities else key) if key else ""
    return {(label(f.subject), label(f.through), label(f.object), label(f.object_through), f.year, f.status)
            for f in result.facts if f.relation == relation}


def test_two_coordinated_bodies_each_with_its_owner_sign_for_their_states() -> None:
    text = ("The Slovenian Cyber Security Office (SCSO) was set up in 2020. In 2022 the SCSO and Austria's National "
            "Cyber Centre (NCC) signed a memorandum on incident sharing.")
    assert ("Slovenia", "Slovenian Cyber Security Office", "Austria", "National Cyber Centre", "2022", "Signed") in \
        _rows(text, "Slovenia", "hasAgreementWith")


def test_a_capitalised_the_opens_two_coordinated_signing_bodies() -> None:
    text = ("The Police Directorate of Slovenia handles cybercrime. The Police Directorate and the Croatian National "
            "Police concluded a memorandum on cybercrime in 2019.")
    rows = _rows(text, "Slovenia", "hasAgreementWith")
    assert ("Slovenia", "Police Directorate", "Croatia", "Croatian National Police", "2019", "Signed") in rows


def test_a_gapped_clause_is_its_own_bodys_agreement_with_its_own_year() -> None:
    text = ("The Computer Council (CCL) runs e-government, and the National Cyber Agency (NCAL) was set up in 2019. "
            "The CCL signed an MoU with Norway's National Security Authority (NSM) in 2018, and the NCAL one with "
            "Finland in 2023.")
    rows = _rows(text, "Laos", "hasAgreementWith")
    assert ("Laos", "National Cyber Agency", "Finland", "", "2023", "Signed") in rows
    assert ("Laos", "Computer Council", "Norway", "National Security Authority", "2018", "Signed") in rows
    assert not any(row[2] == "Finland" and row[1] == "Computer Council" for row in rows)


def test_a_gapped_clause_keeps_the_first_verbs_hedge() -> None:
    text = ("The Computer Council (CCL) runs e-government, and the National Cyber Agency (NCAL) was set up in 2019. "
            "The CCL is negotiating an MoU with Norway, and the NCAL one with Finland.")
    rows = _rows(text, "Laos", "hasAgreementWith")
    assert ("Laos", "National Cyber Agency", "Finland", "", "", "UnderNegotiation") in rows
    assert not any(row[5] == "Signed" for row in rows)


def test_the_channel_between_verb_and_partner_acts_and_a_membership_apposition_dates_nothing() -> None:
    text = ("The National Investigation Service (NIS) handles cybercrime. A member of Interpol since 1980, Malawi "
            "cooperates through the NIS with Interpol and Afripol.")
    rows = _rows(text, "Malawi", "cooperatesWith")
    assert ("Malawi", "National Investigation Service", "International Criminal Police Organization", "", "", "") in rows
    assert all(row[4] == "" for row in rows)


def test_a_body_with_a_description_before_its_verb_is_the_subject_of_a_coordinated_statement() -> None:
    text = ("Offences against computers are set out in the Penal Code of 1997, and the Cybercrime Directorate (CCD), "
            "a police unit established in March 2021, works with the FBI.")
    assert ("Laos", "Cybercrime Directorate", "Federal Bureau of Investigation", "", "", "") in \
        _rows(text, "Laos", "cooperatesWith")


def test_labelled_facts_still_read_a_plain_agreement() -> None:
    text = "Vanuatu signed a memorandum of understanding with Fiji in 2021."
    assert any(f.relation == "hasAgreementWith" and f.object == "Fiji" and f.year == "2021"
               for f in labelled_facts(text, "Vanuatu"))


def test_a_statement_after_a_colon_keeps_its_own_subject_and_time() -> None:
    text = ("The National Cyber Agency (NCAL) was set up in 2019. Rapprochement with Fiji in December 2020 was quickly "
            "followed by cyber cooperation: in July 2021 the NCAL signed a memorandum of understanding with Fiji's "
            "Cyber Directorate.")
    assert ("Laos", "National Cyber Agency", "Fiji", "Cyber Directorate", "2021", "Signed") in \
        _rows(text, "Laos", "hasAgreementWith")


def test_a_text_allowed_to_expire_is_expired_in_its_end_year() -> None:
    text = ("The national CERT (CERT-MT) was set up in 2017. A 2015 memorandum between CERT-MT and Tunisia's National "
            "Agency for Computer Security (ANSI) was allowed to expire in 2020.")
    assert ("Malta", "CERT-MT", "Tunisia", "National Agency for Computer Security", "2020", "Expired") in \
        _rows(text, "Malta", "hasAgreementWith")


def test_a_unit_named_after_its_force_in_lower_case_is_also_the_forces_unit_by_name() -> None:
    text = ("The police Cybercrime Unit cooperates with Interpol, whose National Central Bureau sits in Windhoek, and "
            "with the Southern African Regional Police Chiefs Cooperation Organisation (SARPCCO).")
    result = paragraph_result(text, "Namibia")
    unit = next(e for e in result.gazetteer.entities.values() if e.label == "Cybercrime Unit")
    assert "Police Cybercrime Unit" in unit.names
    assert any(f.relation == "cooperatesWith" and f.through == unit.key for f in result.facts)


def test_a_unit_its_force_runs_is_also_named_with_the_force() -> None:
    text = ("The Malawi Police Service runs a Cybercrime Unit within its Criminal Investigation Department. The "
            "Cybercrime Unit cooperates with Interpol.")
    result = paragraph_result(text, "Malawi")
    unit = next(e for e in result.gazetteer.entities.values() if e.label == "Cybercrime Unit")
    assert "Malawi Police Service Cybercrime Unit" in unit.names


def test_a_unit_named_with_its_owner_after_it_is_the_subject() -> None:
    text = ("The Commercial Crime Investigation Department (CCID) of the Royal Nepal Police handles cybercrime and "
            "works with Interpol.")
    assert ("Nepal", "Commercial Crime Investigation Department", "International Criminal Police Organization", "",
            "", "") in _rows(text, "Nepal", "cooperatesWith")


def test_a_relative_clause_on_membership_dates_no_cooperation() -> None:
    text = ("The Financial Crimes Bureau (FCB) is the police body for cybercrime. The FCB cooperates with Interpol, of "
            "which Nepal has been a member since 1965, and with the Russian Ministry of Internal Affairs.")
    rows = _rows(text, "Nepal", "cooperatesWith")
    assert ("Nepal", "Financial Crimes Bureau", "International Criminal Police Organization", "", "", "") in rows
    assert all(row[4] == "" for row in rows)


def test_a_new_statement_with_two_signing_bodies_is_read_on_its_own() -> None:
    text = ("The State Security Committee (SSC) handles information security. The cornerstone is an agreement with "
            "Mongolia on information security, signed in 2016, and in 2019 the SSC and Nepal's Ministry of Home "
            "Affairs signed a memorandum on combating cybercrime.")
    rows = _rows(text, "Laos", "hasAgreementWith")
    assert ("Laos", "State Security Committee", "Nepal", "Ministry of Home Affairs", "2019", "Signed") in rows
    assert ("Laos", "", "Mongolia", "", "2016", "Signed") in rows


def test_a_states_cert_named_by_its_common_noun_signs_for_its_state() -> None:
    text = ("The national team (CERT-BB) was set up in 2012. An MoU that CERT-BB concluded with Jamaica's national CERT "
            "in 2016 expired in 2021, and CERT-BB signed further ones with the national CERTs of Panama and Honduras "
            "in 2019.")
    rows = _rows(text, "Barbados", "hasAgreementWith")
    assert ("Barbados", "CERT-BB", "Jamaica", "Jamaica national CERT", "2021", "Expired") in rows
    assert ("Barbados", "CERT-BB", "Panama", "Panama national CERT", "2019", "Signed") in rows
    assert ("Barbados", "CERT-BB", "Honduras", "Honduras national CERT", "2019", "Signed") in rows
