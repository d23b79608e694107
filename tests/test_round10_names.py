"""Round 10 names: unknown bodies kept as new entities of the right class, names that end where the name ends, and
the state's own bodies linked to it. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_resilience_variants import extract, rows  # (one helper for invented profiles)


def agencies(text: str) -> dict[str, str]:
    """Agency or CERT label -> class name, for the agencyOf facts of a text."""
    result = extract(text)
    found = {}
    for fact in result.facts:
        if fact.relation == "agencyOf":
            entity = result.gazetteer.entities[fact.subject]
            found[entity.label] = str(entity.cls).rsplit("#", 1)[-1]
    return found


# --- "the latter" is no collective actor: the paragraph keeps its state ----------------------------

@pytest.mark.parametrize("text", [
    "Iceland is an island state.\n\nThe centre of the system is a council of ministers. The legal framework rests on "
    "the Electronic Security Law of 2019 and on the Data Law of 2021; the latter created a data office.",
    "Iceland is an island state.\n\nThe main body is a security board. Its work rests on the National Cyber Security "
    "Strategy 2022-2026, adopted in 2022, and on a privacy law; the former sets the targets.",
])
def test_the_latter_keeps_the_paragraphs_state(text: str) -> None:
    issued = rows(text, "issued")
    assert issued and all(subject == "Iceland" for subject, _, _, _ in issued)


# --- a name's head is the word before its first connector ------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Norway trains foreign officials through the Norwegian Agency of Partnership for Development (NAPD), which "
     "pays for cyber security courses.", "Norwegian Agency of Partnership for Development"),
    ("Norway relies on the Directorate of Networks for Security and Resilience (DNSR), which runs the national "
     "cyber exercises.", "Directorate of Networks for Security and Resilience"),
])
def test_head_before_first_connector(text: str, label: str) -> None:
    result = extract(text)
    entity = next(e for e in result.gazetteer.entities.values() if e.label == label)
    assert str(entity.cls).endswith("#GovernmentAgency")


# --- a national centre or institute is the state's, a research one is not ------------------------------

@pytest.mark.parametrize("text, label", [
    ("Uruguay's National Coordination Centre for Information Security (NCCIS), set up in 2018, monitors state networks.",
     "National Coordination Centre for Information Security"),
    ("Uruguay's National Telecommunication Institute (NTIU) trains engineers in network security.",
     "National Telecommunication Institute"),
])
def test_national_centre_or_institute_is_an_agency(text: str, label: str) -> None:
    assert agencies(text).get(label) == "GovernmentAgency"


@pytest.mark.parametrize("text", [
    "Researchers from the Helmholtz Center for Information Security in Uruguay study malware.",
    "Through Valdez, the Institute for Languages and Culture, Uruguay finances a cyber training project.",
])
def test_research_centre_or_institute_is_no_agency(text: str) -> None:
    assert not agencies(text)


# --- a name does not start inside a state's name; "<State> Police" is a name -------------------------------

@pytest.mark.parametrize("text, label", [
    ("New Zealand Police work with Interpol on online fraud.", "New Zealand Police"),
    ("The Ghana Police's cybercrime unit investigates online fraud.", "Ghana Police"),
    ("Iceland Police cooperate with Europol against ransomware.", "Iceland Police"),
])
def test_state_name_then_head_is_the_states_body(text: str, label: str) -> None:
    assert label in agencies(text)


def test_state_adjective_then_cert_is_still_a_description() -> None:
    assert not any(label.startswith("Uruguayan") for label in agencies(
        "Uruguay is small. Uruguayan CERT staff attended a course on malware analysis."))


# --- a CERT's own name: the team's word and its state, or a sector inside it ---------------------------------

@pytest.mark.parametrize("text, label, state", [
    ("Iceland is small. Since 2019 it has absorbed CERT IS, the computer emergency response team.", "CERT IS", "Iceland"),
    ("Experts helped Norway to establish CERT Norway, its first national team, in 2012.", "CERT Norway", "Norway"),
    ("Ghana's central bank operates a financial-sector team, GH-FinCERT, set up in 2021.", "GH-FinCERT", "Ghana"),
])
def test_cert_named_by_state_or_sector(text: str, label: str, state: str) -> None:
    found = {(s, o) for s, o, _, _ in rows(text, "agencyOf")}
    assert (label, state) in found
    assert not any(s in ("IS", "Norway", "FinCERT") for s, _ in found)


def test_cert_then_a_word_that_is_no_state_is_no_name() -> None:
    assert not any(label.startswith("CERT ") for label in agencies(
        "Iceland is small. In 2020 the national CERT Training Days drew many staff."))


# --- a state's central bank is one of its bodies -----------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("The Central Bank of Ghana (CBG) operates a financial-sector CSIRT.", "Central Bank of Ghana"),
    ("The Norwegian Central Bank (NCB) runs a cyber resilience testing programme for banks.", "Norwegian Central Bank"),
])
def test_central_bank_of_a_state_is_an_agency(text: str, label: str) -> None:
    result = extract(text)
    entity = next(e for e in result.gazetteer.entities.values() if e.label == label)
    assert str(entity.cls).endswith("#GovernmentAgency")


def test_european_central_bank_is_no_states() -> None:
    result = extract("Iceland is small. The European Central Bank (ECB) runs a cyber resilience test for banks.")
    assert not any(e.label == "European Central Bank" and str(e.cls).endswith("#GovernmentAgency")
                   for e in result.gazetteer.entities.values())


# --- a subject "it" goes on from the sentence's subject ------------------------------------------------------------

@pytest.mark.parametrize("text, successor", [
    ("The Norwegian Cyber Centre (NCC), created in 2011 within the Ministry of Defence, leads on incidents; it has "
     "absorbed the Norwegian Incident Team (NIT) in 2020.", "Norwegian Cyber Centre"),
    ("The Ghana Cyber Agency (GCA), set up inside the Ministry of Communications, runs the CERT; in 2022 it absorbed "
     "the Ghana Security Office (GSO).", "Ghana Cyber Agency"),
])
def test_subject_it_is_the_sentence_subject(text: str, successor: str) -> None:
    assert {o for _, o, _, _ in rows(text, "mergedInto")} == {successor}


# --- a state's body has a cyber role when its clause says it runs, hosts or pays for cyber work --------------------

@pytest.mark.parametrize("text, label", [
    ("Ghana is a provider of training: the Ghanaian Partnership Agency (GPA) has since 2019 run a cyber training "
     "course for officials from neighbouring states.", "Ghanaian Partnership Agency"),
    ("The Norwegian Technical Service (NTS), a company owned by the state, hosts the National Centre for Information "
     "Security (NCIS).", "Norwegian Technical Service"),
    ("Iceland trains officials through the Icelandic Development Agency (IDA), which pays for courses given to CERT "
     "staff from other states.", "Icelandic Development Agency"),
])
def test_body_with_a_cyber_role_from_its_clause(text: str, label: str) -> None:
    assert agencies(text).get(label) == "GovernmentAgency"


def test_body_with_no_cyber_role_stays_out() -> None:
    assert "Icelandic Statistics Bureau" not in agencies(
        "Iceland is small. The Icelandic Statistics Bureau (ISB), a body owned by the state, publishes census data.")


# --- an apposition says what a body is: a CERT before its name, an agency after its acronym --------------------------

@pytest.mark.parametrize("text, label, year", [
    ("Norway is big. A sectoral CERT for the energy sector, the Energy Cyber Centre, was launched by the Ministry of "
     "Energy in 2021.", "Energy Cyber Centre", "2021"),
    ("Norway's security office hosts the government's incident response centre, NORIR Gov, set up in 2006.",
     "NORIR Gov", "2006"),
])
def test_cert_named_in_apposition(text: str, label: str, year: str) -> None:
    found = {s: y for s, _, y, _ in rows(text, "agencyOf")}
    assert agencies(text).get(label) == "CERT" and found[label] == year


def test_creating_body_does_not_take_the_year() -> None:
    found = {s: y for s, _, y, _ in rows("Norway is big. A sectoral CERT for the energy sector, the Energy Cyber Centre, "
                                         "was launched by the Ministry of Energy in 2021.", "agencyOf")}
    assert found.get("Ministry of Energy") == ""


def test_with_a_cert_then_a_subject_is_no_apposition() -> None:
    assert agencies("Norway is big. Together with the national CERT, the Ministry of Energy runs cyber drills.").get(
        "Ministry of Energy") == "GovernmentAgency"


@pytest.mark.parametrize("text, label", [
    ("The Ghana Signals Establishment (GSE), the signals intelligence agency, leads the cyber centre.",
     "Ghana Signals Establishment"),
    ("Norway relies on the Defence Radio Station (FRS), a signals intelligence service, for cyber defence.",
     "Defence Radio Station"),
])
def test_acronym_name_with_unknown_head_takes_its_apposition(text: str, label: str) -> None:
    assert agencies(text).get(label) == "GovernmentAgency"


# --- "X, to be set up under Y": a body yet to come ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ghana is big. The Data Law provides for a Personal Data Protection Centre, to be set up under the Ministry of "
    "Communications.",
    "Ghana is big. Its new law creates a National Cyber Authority, still to be established, and a cyber fund.",
])
def test_body_to_be_set_up_is_planned(text: str) -> None:
    statuses = {s: st for s, _, _, st in rows(text, "agencyOf")}
    assert [st for s, st in statuses.items() if "Personal" in s or "Authority" in s] == ["Planned"]


# --- documents: names that end where the name ends, statuses past an aside ----------------------------------------

def issued(text: str) -> set[tuple[str, str, str]]:
    return {(o, y, st) for _, o, y, st in rows(text, "issued")}


@pytest.mark.parametrize("text, expected", [
    ("Iceland is big. The Data (Countering Fraud) Amendment Bill was introduced in 2024 and remains before Parliament.",
     ("Data (Countering Fraud) Amendment Bill", "2024", "Proposed")),
    ("Iceland is big. The Marco Digital da Rede (Law 14.201 of 2019) remains the basic statute for networks.",
     ("Marco Digital da Rede", "2019", "Adopted")),
    ("Iceland is big. The Prevention of Online Harms Act was adopted in 2021.",
     ("Prevention of Online Harms Act", "2021", "Adopted")),
    ("Iceland is big. Amendment No. 4 to the Protection of Privacy Law, adopted in May 2022, tightened duties.",
     ("Amendment No. 4 to the Protection of Privacy Law", "2022", "Adopted")),
])
def test_document_name_ends_where_the_name_ends(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in issued(text)


def test_body_of_international_law_is_no_document() -> None:
    assert not issued("Iceland is big. It spoke on the Application of International Law in cyberspace in 2021.")


@pytest.mark.parametrize("text, expected", [
    ("Iceland is big. A Data Code, meant to replace the Law on Registers, was submitted to parliament in 2024 and "
     "remains under debate.", ("Data Code", "2024", "Proposed")),
    ("Iceland is big. A new National Cyber Strategy was presented by the ministry in 2025, though it had not, at the "
     "time of writing, been approved by the government.", ("National Cyber Strategy", "2025", "Draft")),
    ("Iceland is not yet a party to the convention: the Online Crimes Bill, which would align its law with it, was "
     "introduced in 2024 and remains before Parliament.", ("Online Crimes Bill", "2024", "Proposed")),
])
def test_document_status_past_an_aside(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in issued(text)


# --- "the two bodies": the last so many bodies named -----------------------------------------------------------------

@pytest.mark.parametrize("text, merged", [
    ("Iceland has several bodies. A 2011 decision set up the Cyber Policy Bureau (CPB). A second decision created the "
     "Network Defence Authority (NDA) in 2015. The two bodies were merged into the Icelandic Cyber Directorate (ICD) "
     "in 2018.", {"Cyber Policy Bureau", "Network Defence Authority"}),
    ("Ghana created the Cyber Policy Office (CPO) in 2012 and the Ghana Incident Centre (GIC) in 2014; both agencies "
     "were folded into the Ghana Cyber Authority (GCYA) in 2020.", {"Cyber Policy Office", "Ghana Incident Centre"}),
])
def test_counted_bodies_are_the_last_named(text: str, merged: set[str]) -> None:
    assert {s for s, _, _, _ in rows(text, "mergedInto")} == merged


def test_counted_bodies_need_as_many_named() -> None:
    assert not rows("Iceland has a body. A decision created the Network Defence Authority (NDA) in 2015. The two "
                    "bodies were merged into the Icelandic Cyber Directorate (ICD) in 2018.", "mergedInto")


# --- a name joined by "to" is kept whole when its acronym abbreviates it ----------------------------------------------

def test_name_joined_by_to_with_its_acronym() -> None:
    result = extract("Iceland funds the Cyber Resilience Support to the Arctic (CRSA) programme, launched in 2022.")
    assert any(e.label == "Cyber Resilience Support to the Arctic" for e in result.gazetteer.entities.values())


def test_to_without_an_abbreviating_acronym_ends_the_name() -> None:
    result = extract("Iceland handed the Cyber Desk to the Ministry of Justice (MOJ) in 2022.")
    assert not any(" to " in e.label for e in result.gazetteer.entities.values() if not e.reference)


# --- training a body runs is a programme; "<demonym>-speaking" names a language ---------------------------------------

def test_training_course_run_by_a_body() -> None:
    text = ("Iceland is itself a provider of training: the Icelandic Cooperation Agency (ICA) has since 2021 run a cyber "
            "training course for officials from Portuguese-speaking African countries.")
    funds = rows(text, "funds")
    assert any(o.startswith("cyber training course") for _, o, _, _ in funds)
    assert not any(s == "Portugal" for s, _, _, _ in funds)
    assert agencies(text).get("Icelandic Cooperation Agency") == "GovernmentAgency"
