"""Round 20 (subject20): who the subject is, read by the shared subject and topic machinery.

A possessor is no voter or attributor: "It co-sponsored X's draft A/73/27 and voted for it" is the clause's own subject's
vote, not the draft's owner's (a possessive that owns an acting body, "X's delegation voted against", still stands for
its state). A relative clause that opens with its own subject before the verb ("the statements in which A and B
attributed the malware to C", "the attack that A attributed to C") is that subject's act, not the sentence's subject's.
A paragraph that opens with "The country", "The government" or "It" as its subject is about the state told before, not
about the subject of a later sentence ("… The United States attributed X to Y"). Every sentence is invented; the
paragraph opens with a sentence naming its state."""

from __future__ import annotations

from tests.invented import labelled_facts, paragraph_result


def _rows(text: str, state: str) -> set[tuple[str, str, str, str, str]]:
    """(relation, subject label, object label, year, status) of each fact but the opening membership."""
    return {(f.relation, f.subject, f.object, f.year, f.status) for f in labelled_facts(text, state)}


def _attributions(text: str, state: str) -> set[tuple[str, str, tuple[str, ...]]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(entities[f.subject].label, entities[f.object].label if f.object in entities else f.object,
             tuple(entities[k].label for k in f.jointly)) for f in result.facts if f.relation == "attributesTo"}


def test_a_possessor_is_no_voter():
    rows = _rows("It co-sponsored Russia's draft A/73/27 in 2018 and voted for it, while voting against A/73/266; in "
                 "December 2019 it voted in favour of A/74/247.", "Malta")
    votes = {(s, o, st) for r, s, o, y, st in rows if r == "votedOn"}
    assert votes == {("Malta", "A/73/27", "InFavour"), ("Malta", "A/73/266", "Against"),
                     ("Malta", "A/74/247", "InFavour")}


def test_a_possessor_of_a_delegation_still_votes():
    rows = _rows("In 2018 Iceland's delegation voted against A/73/27.", "Iceland")
    assert {(s, o, st) for r, s, o, y, st in rows if r == "votedOn"} == {("Iceland", "A/73/27", "Against")}


def test_a_relative_clause_has_its_own_attributor():
    found = _attributions("In 2017 Maltese firms were hit by NotPetya, yet Valletta did not join the February 2018 "
                          "statements in which Denmark and Belgium attributed the malware to Russia.", "Malta")
    # (each listed subject attributes, with the other as its partner)
    assert {(a, c) for a, c, _ in found} == {("Denmark", "Russia"), ("Belgium", "Russia")}
    assert {j for _, _, j in found} == {("Belgium",), ("Denmark",)}


def test_an_attack_that_another_state_attributed():
    found = _attributions("Luxembourg condemned the attack that the United States attributed to North Korea in 2017.",
                          "Luxembourg")
    assert {(a, c) for a, c, _ in found} == {("United States", "North Korea")}


def test_a_paragraph_opening_with_the_country_keeps_the_state():
    rows = _rows("Its national strategy dates from 2016.\n\nThe country has suffered several incidents. In 2019 the "
                 "Bank of Valletta was hit by a cyber heist. The United States attributed the WannaCry attack to North "
                 "Korea in 2017.", "Malta")
    suffered = {(s, y) for r, s, o, y, st in rows if r == "suffered"}
    assert suffered and all(s == "Malta" for s, _ in suffered)


def test_a_paragraph_opening_with_it_keeps_the_state():
    rows = _rows("Its national strategy dates from 2016.\n\nIt has suffered several incidents. In 2021 the "
                 "health ministry was hit by ransomware. Denmark attributed a campaign to Russia in 2020.", "Slovenia")
    suffered = {(s, y) for r, s, o, y, st in rows if r == "suffered"}
    assert suffered and all(s == "Slovenia" for s, _ in suffered)


def _full(text: str, state: str) -> set[tuple[str, str, str, str, str, str]]:
    """(relation, subject label, object label, year, role, through label) of each fact but the opening membership."""
    return {(f.relation, f.subject, f.object, f.year, f.role, f.through) for f in labelled_facts(text, state)}


def test_a_donor_acting_through_its_agency():
    """A state subject names the agency it acts through right after its name: the agency is its channel; a clause
    with such a subject after ", and" is a clause of its own (the earlier clause's lender funds nothing in it)."""
    rows = _full("The World Bank's Digital Nepal project, approved in 2023 with USD 50 million, includes a component on "
                 "cybersecurity, and the Republic of Korea, through KOICA, funded the e-Government Training Project "
                 "that trained officials of the Ministry of Communication and Information Technology between 2018 and "
                 "2021.", "Nepal")
    funds = {(s, o, role, t) for r, s, o, y, role, t in rows if r == "funds"}
    assert ("South Korea", "e-Government Training Project", "Funder", "Korea International Cooperation Agency") in funds
    assert not any(s == "World Bank" and o == "e-Government Training Project" for s, o, _, _ in funds)
    assert any(s == "Nepal" and o == "e-Government Training Project" and role == "Beneficiary"
               for s, o, role, _ in funds)


def test_a_coordinated_verb_keeps_its_clause_subject():
    """"…, and X takes part in A and organises B": X does both, not the sentence's first subject; a relative clause
    closed by a comma before the "and" is not the verb's ("X, which it joined in 2016, and took part in Y")."""
    rows = _full("Nepali teams compete every year in NATO's Locked Shields exercise, and the Nepal Telecommunications "
                 "Authority takes part in ENISA's Cyber Europe exercise and organises the national Cyber Shield exercise.",
                 "Nepal")
    taking_part = {(o, t) for r, s, o, y, role, t in rows if r == "participatesIn" and s == "Nepal"}
    assert ("Cyber Europe", "Nepal Telecommunications Authority") in taking_part
    assert ("Cyber Shield", "Nepal Telecommunications Authority") in taking_part
    rows = _full("NepalCERT is a member of the OIC-CERT, which it joined in 2016, and took part in the APCERT Drill in "
                 "2022.", "Nepal")
    assert ("participatesIn", "Nepal", "APCERT Drill", "2022", "", "NepalCERT") in rows


def test_a_coordinated_verb_inside_a_relative_clause():
    result = paragraph_result("The authority hosts the national team, NepalCERT, which became operational in 2020 and "
                              "was admitted as a full member of the Forum of Incident Response and Security Teams (FIRST) "
                              "in 2023.", "Nepal")
    entities = result.gazetteer.entities
    assert any(f.relation == "memberOf" and f.object == "org/first" and f.year == "2023" and f.through and
               entities[f.through].label == "NepalCERT" for f in result.facts)


def test_the_people_of_an_agency_open_a_later_clause():
    rows = _full("CSIRT-NP took part in the APCERT Drill in 2023; officers of the Nepal Army Cyber Command joined the US "
                 "Southern Command's PANAMAX exercise in 2023.", "Nepal")
    assert ("participatesIn", "Nepal", "PANAMAX", "2023", "", "Nepal Army Cyber Command") in rows


def test_a_contrast_clause_has_its_own_subject():
    """After ", while" or "; whereas" a clause with a subject of its own keeps it: an apposition closed by a comma
    ("Cyprus, its neighbour, has …") is no clause of its own, and a state's acting body named by a bare head
    ("Belgium's agency signed …") is that state acting, not the sentence's first subject."""
    rows = _rows("Malta ratified the Budapest Convention in 2020; whereas Cyprus, its neighbour, has only signed it.",
                 "Malta")
    assert {(s, st) for r, s, o, y, st in rows if r == "partyTo"} == {("Malta", "Ratified"), ("Cyprus", "Signed")}
    rows = _rows("Malta signed a memorandum of understanding on cybersecurity with Denmark in 2019, while Belgium's "
                 "agency signed one with Japan in 2021.", "Malta")
    assert {(s, o) for r, s, o, y, st in rows if r == "hasAgreementWith"} == {("Malta", "Denmark")}


def test_a_list_item_or_an_earlier_clause_opens_no_later_clause():
    """The body that opens a clause with an apposition ("…, and the X Authority, formed in 2013, runs Y") is the
    programme's actor only in the programme's own clause: not the last item of a list ("works with Interpol and
    Ameripol, and …"), nor one of a clause a semicolon closed."""
    rows = _full("The Police Cyber Centre works with Interpol and Ameripol, and an operational agreement with Europol "
                 "has been in force since 2014; prosecutors take part in the EU-funded EL PAcCTO programme.", "Honduras")
    funds = {(s, o, role) for r, s, o, y, role, t in rows if r == "funds"}
    assert ("Honduras", "EL PAcCTO", "Beneficiary") in funds
    assert not any(s == "Ameripol" for s, _, _ in funds)
