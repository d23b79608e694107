"""Strategies, laws, agencies, CERTs and mergers in wordings unlike the development corpus (round five). Every
sentence is invented, about states outside the corpus; each mechanism is pinned by several variants."""

from __future__ import annotations

import pytest

from test_resilience_variants import extract, objects, rows


# --- another state's document is named as a model, never as a fact of this profile -------------

@pytest.mark.parametrize("text, absent", [
    ("Tunisia is in North Africa. Tunisia has studied Estonia's Cybersecurity Act closely without copying it.",
     "Cybersecurity Act"),
    ("Tunisia is in North Africa. Tunisia's next plan will draw on Morocco's Digital Strategy 2030.", "Digital Strategy"),
    ("Bolivia is in South America. Officials took Spain's National Cybersecurity Strategy as their model in 2019.",
     "National Cybersecurity Strategy"),
    ("Bolivia is in South America. Since 2021 Bolivian experts have read Japan's Cybersecurity Strategy closely.",
     "Cybersecurity Strategy"),
    ("Bolivia is in South America. The Bolivian government, which consulted the EU's Cybersecurity Strategy, wants a plan.",
     "Cybersecurity Strategy"),
])
def test_another_states_document_gives_nothing(text: str, absent: str) -> None:
    assert absent not in objects(text)


@pytest.mark.parametrize("text, kept", [
    ("Tunisia is in North Africa. Tunisia adopted its Cybersecurity Strategy in 2020.", "Cybersecurity Strategy"),
    ("Bolivia is in South America. Bolivia's Digital Agenda, approved in 2018, guides the ministries.", "Digital Agenda"),
])
def test_the_profiles_own_document_is_kept(text: str, kept: str) -> None:
    assert kept in objects(text)


# --- numbered acts of compound kinds ------------------------------------------------------------

@pytest.mark.parametrize("text, label, year", [
    ("Tunisia is in North Africa. Tunisia promulgated Decree-Law No. 2022-54 in September 2022.",
     "Decree-Law No. 2022-54", "2022"),
    ("Bolivia is in South America. In 2024 the President signed Executive Order No. 58 on cybersecurity.",
     "Executive Order No. 58 on cybersecurity", "2024"),
    ("Bolivia is in South America. Bolivia adopted Decree No. 11,856 in December 2023.", "Decree No. 11,856", "2023"),
    ("The Philippines is in Asia. Congress passed Republic Act No. 10175 in 2012.", "Republic Act No. 10175", "2012"),
])
def test_a_compound_kind_and_its_number_name_an_act(text: str, label: str, year: str) -> None:
    assert (label, year, "Adopted") in {(o, y, s) for _, o, y, s in rows(text, "issued")}


@pytest.mark.parametrize("text, label, year", [
    ("Tunisia is in North Africa. Offences are punished under Decree-Law No. 2022-54, promulgated on 13 September 2022, "
     "a text critics dislike.", "Decree-Law No. 2022-54", "2022"),
    ("Tunisia is in North Africa. Breaches are sanctioned pursuant to Law No. 2004-63, which was adopted in July 2004.",
     "Law No. 2004-63", "2004"),
    ("Bolivia is in South America. Prosecutors act under Law 12/2019, enacted in 2019.", "Law 12/2019", "2019"),
])
def test_a_numbered_act_cited_as_legal_basis_is_adopted_by_its_own_apposition(text: str, label: str, year: str) -> None:
    assert (label, year, "Adopted") in {(o, y, s) for _, o, y, s in rows(text, "issued")}


def test_a_directive_cited_as_basis_stays_cited() -> None:
    text = "Bolivia is in South America. Operators report incidents under the NIS Directive, which was adopted in 2016."
    assert "NIS Directive" not in objects(text)


# --- a relative clause right after a document says where it stands ------------------------------

@pytest.mark.parametrize("text", [
    "Bolivia is in South America. The 2020 Digital Agenda, which was never formally adopted, lists cyber security.",
    "Bolivia is in South America. The Cybersecurity Strategy 2022-2026, which has not yet been approved by the cabinet, "
    "sets five goals.",
    "Bolivia is in South America. The Data Policy of 2018, which parliament never endorsed, is often quoted.",
])
def test_a_negated_relative_clause_leaves_the_document_unadopted(text: str) -> None:
    assert not rows(text, "issued")


@pytest.mark.parametrize("text, expected", [
    ("Bolivia is in South America. The Digital Policy of 2019, which is still being drafted by the ministry, will "
     "cover cyber security.", ("Digital Policy", "Draft")),
    ("Bolivia is in South America. The Cybersecurity Strategy 2022-2026, which the cabinet approved in 2022, sets five "
     "goals.", ("Cybersecurity Strategy", "Adopted")),
    ("Bolivia is in South America. The National Cybersecurity Strategy 2017, which was replaced in 2022, set three "
     "goals.", ("National Cybersecurity Strategy", "Adopted")),
])
def test_a_relative_clause_gives_the_documents_stage(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(o, s) for _, o, _, s in rows(text, "issued")}


# --- a plan that only organises the work of another document is no strategy of its own ------------

@pytest.mark.parametrize("text", [
    "Bolivia is in South America. An action plan to implement the strategy was adopted in 2022.",
    "Bolivia is in South America. The ministry approved an implementation plan in 2023.",
    "Bolivia is in South America. Bolivia adopted a new action plan in 2021 to implement its strategy.",
])
def test_an_unnamed_work_plan_gives_nothing(text: str) -> None:
    assert not rows(text, "issued")


# --- mergers told by a participle or by turning one body into another -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. The Digital Authority (DA) was created by decree in 2016, absorbing the Computer Centre (CC) "
     "and the Telecommunications Office (TO).",
     {("Computer Centre", "Digital Authority", "2016"), ("Telecommunications Office", "Digital Authority", "2016")}),
    ("Laos is in Asia. The Cyber Security Agency (CSA), set up in 2020 and replacing the Network Security Office "
     "(NSO), runs the national CERT.", {("Network Security Office", "Cyber Security Agency", "2020")}),
    ("Laos is in Asia. In 2021 the Interior Ministry formed the Cybercrime Directorate (CD), taking over the tasks of "
     "the Police Cyber Unit (PCU).", {("Police Cyber Unit", "Cybercrime Directorate", "2021")}),
])
def test_a_participle_of_absorbing_merges_into_the_clauses_subject(text: str, expected: set) -> None:
    assert {(s, o, y) for s, o, y, _ in rows(text, "mergedInto")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Tunisia is in Africa. The National Agency for Computer Security (ANSI) was set up in 2004. In 2023, a decree-law "
     "turned ANSI into the National Cybersecurity Agency (ANCS).",
     ("National Agency for Computer Security", "National Cybersecurity Agency", "2023")),
    ("Tunisia is in Africa. The Cyber Unit (CU) was transformed into the Cyber Defence Command (CDC) in 2021.",
     ("Cyber Unit", "Cyber Defence Command", "2021")),
    ("Laos is in Asia. In 2019 the government converted the Cyber Unit (CU) into the Cyber Defence Command (CDC).",
     ("Cyber Unit", "Cyber Defence Command", "2019")),
    ("Laos is in Asia. The Data Office (DO) was reorganised into the Data Protection Authority (DPA) in 2022.",
     ("Data Office", "Data Protection Authority", "2022")),
])
def test_a_body_turned_into_another_is_merged_into_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, o, y) for s, o, y, _ in rows(text, "mergedInto")}


@pytest.mark.parametrize("text", [
    "Laos is in Asia. The reform turned the Data Office (DO) into a regulator in 2020.",
    "Laos is in Asia. The Cyber Unit (CU) will be transformed into the Cyber Defence Command (CDC) in 2027.",
])
def test_a_turn_into_no_body_or_a_future_one_merges_nothing(text: str) -> None:
    assert not rows(text, "mergedInto")


def test_what_else_the_clause_repeals_does_not_undo_the_turn() -> None:
    text = ("Tunisia is in Africa. The National Agency for Computer Security (ANSI) was set up in 2004. In 2023, a "
            "decree-law repealed the 2004 law and turned ANSI into the National Cybersecurity Agency (ANCS).")
    assert ("National Agency for Computer Security", "National Cybersecurity Agency", "2023") in {
        (s, o, y) for s, o, y, _ in rows(text, "mergedInto")}


# --- a body named in English, then in its own language with its acronym ---------------------------

@pytest.mark.parametrize("text, label, acronym", [
    ("Tunisia is in Africa. The National Agency for Computer Security (Agence nationale de la sécurité informatique, "
     "ANSI) was set up in 2004. ANSI audits ministries.", "National Agency for Computer Security", "ANSI"),
    ("Bolivia is in South America. The Agency for Electronic Government (Agencia de Gobierno Electrónico y Tecnologías "
     "de Información y Comunicación, AGETIC) runs the CSIRT.", "Agency for Electronic Government", "AGETIC"),
    ("Angola is in Africa. The National Cyber Defence Centre (Centro Nacional de Ciberdefesa, CNCD) opened in 2021.",
     "National Cyber Defence Centre", "CNCD"),
])
def test_a_native_name_and_its_acronym_in_parentheses_are_the_bodys(text: str, label: str, acronym: str) -> None:
    result = extract(text)
    agencies = [result.gazetteer.entities[f.subject] for f in result.facts if f.relation == "agencyOf"]
    assert [(e.label, e.acronym) for e in agencies if e.label == label] == [(label, acronym)]


# --- a body created by an act takes the date written right after the act ---------------------------

@pytest.mark.parametrize("text, label, year", [
    ("Tunisia is in Africa. The Computer Security Agency (CSA) was set up by Law No. 2004-5 of 3 February 2004.",
     "Computer Security Agency", "2004"),
    ("The Philippines is in Asia. The Department of Information and Communications Technology (DICT) was created by "
     "Republic Act No. 10844 in 2016.", "Department of Information and Communications Technology", "2016"),
    ("Bolivia is in South America. The Cyber Agency (CA) was established by Decree 12/2020 in March 2020.",
     "Cyber Agency", "2020"),
])
def test_a_body_created_by_an_act_is_dated_by_the_acts_date(text: str, label: str, year: str) -> None:
    assert (label, year) in {(s, y) for s, _, y, _ in rows(text, "agencyOf")}


@pytest.mark.parametrize("text, label", [
    ("Tunisia is in Africa. In 2023, Decree-Law No. 2023-17 on the security of information systems repealed the 2004 "
     "law.", "Decree-Law No. 2023-17 on the security of information systems"),
    ("Bolivia is in South America. Law 12/2020 on organised crime replaced the old code.", "Law 12/2020 on organised crime"),
    ("Bolivia is in South America. Law 7/2018 on electronic signatures created a registry in 2018.",
     "Law 7/2018 on electronic signatures"),
])
def test_what_a_numbered_act_is_on_ends_at_its_verb(text: str, label: str) -> None:
    assert label in objects(text)


# --- a body's name and the short name it is known by are one body; a described CERT, then named ---

def _agency_labels(text: str) -> set[tuple[str, str, str]]:
    """(label, acronym, class local name) of the bodies given to a state."""
    result = extract(text)
    return {(result.gazetteer.entities[f.subject].label, result.gazetteer.entities[f.subject].acronym,
             str(result.gazetteer.entities[f.subject].cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1])
            for f in result.facts if f.relation == "agencyOf"}


@pytest.mark.parametrize("text, expected", [
    ("Tunisia is in Africa. The ministry hosted the Tunisian Computer Emergency Response Team, known as tunCERT, until "
     "2023.", {("Tunisian Computer Emergency Response Team", "tunCERT", "CERT")}),
    ("Bolivia is in South America. The Cyber Crime Unit, better known as the CCU, was set up in 2015.",
     {("Cyber Crime Unit", "CCU", "GovernmentAgency")}),
    ("Laos is in Asia. The Lao Computer Emergency Response Team, commonly known as LaoCERT, handles incidents.",
     {("Lao Computer Emergency Response Team", "LaoCERT", "CERT")}),
])
def test_a_name_and_the_short_name_it_is_known_by_are_one_body(text: str, expected: set) -> None:
    assert _agency_labels(text) >= expected and len([r for r in _agency_labels(text) if r[2] != "GovernmentAgency"
                                                     or r in expected]) == len(expected)


@pytest.mark.parametrize("text, label", [
    ("Colombia is in South America. The government CSIRT, known as CSIRT Gobierno, was moved under the ministry in 2018.",
     "CSIRT Gobierno"),
    ("Bolivia is in South America. The national CERT, known as CERT-BO, coordinates incident response.", "CERT-BO"),
    ("Angola is in Africa. Its national CSIRT, known as the CSIRT Nacional de Angola, opened in 2022.",
     "CSIRT Nacional de Angola"),
])
def test_a_response_team_described_then_named(text: str, label: str) -> None:
    assert label in {r[0] for r in _agency_labels(text) if r[2] == "CERT"}


@pytest.mark.parametrize("text, label", [
    ("Tunisia is in Africa. Since 2019 the banking sector has had its own response team, FinCERT-TN.", "FinCERT-TN"),
    ("Laos is in Asia. Telecom operators report to TelCERT-LA, the sectoral team.", "TelCERT-LA"),
    ("Bolivia is in South America. The energy regulator runs EnerCERT.BO for utilities.", "EnerCERT.BO"),
])
def test_a_cert_name_may_end_with_a_country_code(text: str, label: str) -> None:
    assert label in {r[0] for r in _agency_labels(text)}


# --- future bodies, their year, and a creation that is another subject's --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Tunisia is in Africa. A cyber defence command is to be set up by 2026.", ("Cyber defence command", "2026")),
    ("Tunisia is in Africa. A national CSIRT will be established in 2027 within the ministry.", ("National CSIRT", "2027")),
    ("Laos is in Asia. A cyber security agency is to be created in 2025, officials said.",
     ("Cyber security agency", "2025")),
])
def test_a_future_body_takes_the_year_it_is_due(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "Planned") in {(s, y, st) for s, _, y, st in rows(text, "agencyOf")}


@pytest.mark.parametrize("text, body", [
    ("Tunisia is in Africa. Answering to the Ministry of National Defence (MND), a cyber defence command is to be set "
     "up by 2026.", "Ministry of National Defence"),
    ("Laos is in Asia. Under the Ministry of Public Security (MPS), a cybercrime unit was created in 2019.",
     "Ministry of Public Security"),
    ("Bolivia is in South America. Next to the Digital Agency (DA), a new CSIRT was established in 2020.", "Digital Agency"),
])
def test_a_creation_of_another_subject_does_not_date_the_body(text: str, body: str) -> None:
    assert (body, "") in {(s, y) for s, _, y, _ in rows(text, "agencyOf")}


# --- what makes a state body one with a cyber role ---------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("The Philippines is in Asia. The Data Privacy Act set up the National Privacy Commission (NPC) in 2012.",
     "National Privacy Commission"),
    ("Tunisia is in Africa. Its enforcement falls to the National Authority for the Protection of Personal Data (INPDP).",
     "National Authority for the Protection of Personal Data"),
    ("Laos is in Asia. The Privacy Office (PO) was created in 2021.", "Privacy Office"),
])
def test_a_privacy_or_personal_data_body_has_a_cyber_role(text: str, label: str) -> None:
    assert label in {r[0] for r in _agency_labels(text)}


@pytest.mark.parametrize("text, label", [
    ("The Philippines is in Asia. The Philippine National Police Anti-Cybercrime Group (PNP ACG), formed in 2013, "
     "investigates online fraud.", "Philippine National Police Anti-Cybercrime Group"),
    ("Bolivia is in South America. The National Police Cybercrime Group was set up in 2014.",
     "National Police Cybercrime Group"),
    ("Laos is in Asia. The Lao Army Cyber Group monitors military networks.", "Lao Army Cyber Group"),
])
def test_a_group_of_a_police_or_an_army_is_a_state_body(text: str, label: str) -> None:
    assert label in {r[0] for r in _agency_labels(text) if r[2] == "GovernmentAgency"}


def test_an_expert_group_on_cybercrime_stays_a_forum() -> None:
    text = "Bolivia is in South America. Bolivia takes part in the UN Expert Group on Cybercrime."
    assert not _agency_labels(text)


# --- the service behind an attacker is no agency of the profile's state -----------------------------

@pytest.mark.parametrize("text, body", [
    ("Bolivia is in South America. In 2023 Bolivia attributed the intrusion to APT31, a group linked to the Ministry of "
     "State Security (MSS).", "Ministry of State Security"),
    ("Bolivia is in South America. In 2022 the government attributed the attack to the Main Intelligence Directorate "
     "(GRU).", "Main Intelligence Directorate"),
    ("Bolivia is in South America. Investigators said the hackers were working for the Reconnaissance General Bureau "
     "(RGB).", "Reconnaissance General Bureau"),
    ("Laos is in Asia. The espionage campaign was traced to the Cyber Warfare Command (CWC) of a neighbour.",
     "Cyber Warfare Command"),
])
def test_an_attackers_sponsor_is_no_agency_of_the_state(text: str, body: str) -> None:
    assert body not in {s for s, _, _, _ in rows(text, "agencyOf")}


def test_a_body_linked_to_its_own_agency_outside_an_attack_is_kept() -> None:
    text = "Bolivia is in South America. The national CSIRT, linked to the Digital Agency (AGETIC), handled the incident."
    assert "Digital Agency" in {s for s, _, _, _ in rows(text, "agencyOf")}


# --- the next document of a series, told apart by its period ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. Laos adopted its National Cyberspace Security Strategy in 2019. The government has said it "
     "intends to publish a new strategy for 2025-2030.", ("National Cyberspace Security Strategy 2025-2030", "", "Planned")),
    ("Laos is in Asia. The first National Cybersecurity Strategy was issued in 2012; a successor strategy for 2018-2023 "
     "followed.", ("National Cybersecurity Strategy 2018-2023", "2018", "Adopted")),
    ("Laos is in Asia. The National Cybersecurity Plan 2022 was launched in 2017. A successor plan for 2029-2034 is to "
     "be prepared by the ministry.", ("National Cybersecurity Plan 2029-2034", "", "Planned")),
    ("Laos is in Asia. Laos adopted its Digital Strategy in 2015 and a new strategy, covering 2021-2025, in 2021.",
     ("Digital Strategy 2021-2025", "2021", "Adopted")),
])
def test_a_successor_with_its_period_continues_the_series(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(o, y, s) for _, o, y, s in rows(text, "issued")}


@pytest.mark.parametrize("text", [
    "Laos is in Asia. Laos adopted its Digital Strategy in 2015 and a new strategy in 2020.",
    "Laos is in Asia. Laos adopted its Digital Strategy in 2015; its successor is being drafted.",
])
def test_a_successor_without_a_period_names_no_new_document(text: str) -> None:
    assert {o for _, o, _, _ in rows(text, "issued")} <= {"Digital Strategy"}


# --- texts whose next step lies ahead, and texts before a legislature ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Tunisia is in Africa. A law on the protection of critical information infrastructure is expected to be submitted "
     "to parliament in 2025.", ("law on the protection of critical information infrastructure", "2025", "Planned")),
    ("Laos is in Asia. A new cybersecurity strategy will be published in 2026.", ("cybersecurity strategy", "2026",
                                                                                  "Planned")),
    ("Laos is in Asia. A data protection bill is to be tabled in the National Assembly next year.",
     ("data protection bill", "", "Planned")),
    ("Laos is in Asia. The Cybersecurity Bill will be submitted to parliament in 2026.",
     ("Cybersecurity Bill", "2026", "Planned")),
])
def test_a_text_whose_next_step_lies_ahead_is_planned(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(text, "issued") and len(rows(text, "issued")) == 1 or \
        expected in {(o, y, s) for _, o, y, s in rows(text, "issued")}


@pytest.mark.parametrize("text, label", [
    ("The Philippines is in Asia. Congress is considering a Cybersecurity Act that would create a cyber authority.",
     "Cybersecurity Act"),
    ("Laos is in Asia. The National Assembly is debating the Cybercrime Bill.", "Cybercrime Bill"),
    ("Laos is in Asia. Since 2023 the Senate has been scrutinising a Cybersecurity Law.", "Cybersecurity Law"),
    ("Laos is in Asia. Lawmakers are examining a Data Protection Law drafted by the ministry in 2023.",
     "Data Protection Law"),
])
def test_a_text_a_legislature_weighs_is_proposed(text: str, label: str) -> None:
    assert (label, "Proposed") in {(o, s) for _, o, _, s in rows(text, "issued")}


@pytest.mark.parametrize("text, body", [
    ("The Philippines is in Asia. Congress is considering a Cybersecurity Act that would create a Philippine "
     "Cybersecurity Authority.", "Philippine Cybersecurity Authority"),
    ("Laos is in Asia. A reform could set up a Digital Crime Unit (DCU) next year.", "Digital Crime Unit"),
    ("Laos is in Asia. The pending bill would establish a Cyber Defence Agency (CDA).", "Cyber Defence Agency"),
])
def test_a_body_a_pending_text_would_create_is_planned(text: str, body: str) -> None:
    assert (body, "Planned") in {(s, st) for s, _, _, st in rows(text, "agencyOf")}


def test_a_body_a_withdrawn_text_would_have_created_is_nothing() -> None:
    text = "Laos is in Asia. A bill introduced in 2023, which would have created a National Cyber Agency, was withdrawn."
    assert not rows(text, "agencyOf")


@pytest.mark.parametrize("text, planned, host", [
    ("Uruguay is in South America. A cybersecurity directorate inside the Ministry of the Interior is expected to be "
     "created once the new security law is passed.", "Cybersecurity directorate", "Ministry of the Interior"),
    ("Kenya is in Africa. A financial-sector CIRT, which will be established under the Central Bank of Kenya, will "
     "relieve the national team.", "Financial-sector CIRT", "Central Bank of Kenya"),
    ("Laos is in Asia. A cyber unit will be set up within the Ministry of Public Security (MPS) in 2026.", "Cyber unit",
     "Ministry of Public Security"),
])
def test_the_host_of_a_future_body_is_not_given_a_role(text: str, planned: str, host: str) -> None:
    found = {(s, st) for s, _, _, st in rows(text, "agencyOf")}
    assert (planned, "Planned") in found and host not in {s for s, _ in found}


# --- a CERT named by capitals run together with the team's word ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Laos is in Asia. LAOCERT handles incidents for the government.", {"LAOCERT"}),
    ("Laos is in Asia. LAOCERT handles incidents and cooperates with JPCERT/CC.", {"LAOCERT"}),
    ("Malaysia is in Asia. Since 2014 MYCERT has handled incidents for the government.", {"MYCERT"}),
])
def test_a_cert_named_by_capitals_is_the_states_or_its_codes_owners(text: str, expected: set[str]) -> None:
    assert {s for s, _, _, _ in rows(text, "agencyOf")} == expected


# --- a declaration or charter the state signs or endorses is joined, not issued -----------------------

@pytest.mark.parametrize("text", [
    "Laos is in Asia. In 2023 Laos hosted a summit at which 28 states signed the Vientiane Declaration on AI safety.",
    "Laos is in Asia. Laos endorsed the Declaration for the Future of the Internet in 2022.",
    "Laos is in Asia. In 2020 Laos signed on to the Digital Charter.",
])
def test_a_declaration_signed_or_endorsed_is_not_issued(text: str) -> None:
    assert not rows(text, "issued")


def test_a_declaration_the_state_adopts_is_issued() -> None:
    text = "Laos is in Asia. In 2019 Laos adopted the Vientiane Declaration on cyber norms."
    assert ("Laos", "Vientiane Declaration", "2019", "Adopted") in rows(text, "issued")
