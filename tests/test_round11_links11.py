"""Round 11 (links11), money and partners: a bank's loan known by its lender and lent to the profile's state,
beneficiaries named after a programme in words that point back to it, and a cooperation whose clause also tells
the agreement one partner is worked with under. Every sentence is invented; the paragraph is about Portugal (see
test_profile_variants)."""

from __future__ import annotations

import pytest

from tests.test_profile_variants import facts, short


def funds(sentence: str) -> set[tuple[str, str, str]]:
    """(actor, programme label, role) of the funds facts."""
    found = facts(sentence)
    return {(short(f.subject), f.object, f.role) for f in found if f.relation == "funds"}


def roles(sentence: str) -> set[tuple[str, str]]:
    return {(actor, role) for actor, _, role in funds(sentence)}


def cooperations(sentence: str) -> set[tuple[str, str, str, str]]:
    return {(short(f.subject), short(f.object), short(f.through), f.year) for f in facts(sentence)
            if f.relation == "cooperatesWith"}


# --- loans ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, label", [
    ("In 2021 the Inter-American Development Bank (IDB) approved a USD 30 million loan for digital government that "
     "includes a cyber component.", "IDB loan for digital government"),
    ("In 2020 the Asian Development Bank (ADB), a regional lender, approved a loan of USD 12 million to strengthen "
     "the security of the tax administration's networks.",
     "ADB loan to strengthen the security of the tax administration's networks"),
])
def test_a_banks_loan_is_named_by_its_lender_and_lent_to_the_profiles_state(sentence: str, label: str) -> None:
    """The loan is known by its lender's acronym and its purpose (a relative clause after it says more about it
    and is no part of its name); the profile's state borrows it when nobody else is named."""
    found = funds(sentence)
    programmes = {p for _, p, _ in found}
    assert len(programmes) == 1 and programmes.pop().endswith(label.lower().replace("'", "").replace(" ", "-"))
    assert ("portugal", "Beneficiary") in {(a, r) for a, _, r in found}
    assert {a for a, _, r in found if r == "Funder"} <= {"inter-american-development-bank", "asian-development-bank"}
    assert any(r == "Funder" for _, _, r in found)


def test_a_loan_for_a_named_borrower_is_not_the_profiles() -> None:
    """A loan whose purpose names another state's body is that state's, never the profile's by default."""
    found = roles("In 2022 the Inter-American Development Bank (IDB) approved a USD 20 million loan to support "
                  "Ecuador's cyber security agency.")
    assert ("portugal", "Beneficiary") not in found


def test_a_states_own_grant_has_no_borrower() -> None:
    """Money a state gives is no bank's loan: nobody is made its beneficiary by default."""
    found = roles("In 2022 Portugal committed EUR 3 million for cyber training in Lusophone Africa.")
    assert ("portugal", "Beneficiary") not in found


# --- beneficiaries named after the programme ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Portugal funds the Atlantic Cyber Bridge (ACB) programme, launched in 2022 with EUR 4 million, whose "
    "beneficiaries include Cape Verde, Guinea-Bissau and Angola.",
    "Portugal finances the Atlantic Cyber Bridge (ACB) programme, worth EUR 4 million; Cape Verde, Guinea-Bissau and "
    "Angola are among the countries that benefit from it.",
])
def test_beneficiaries_named_after_the_programme(sentence: str) -> None:
    found = roles(sentence)
    assert {("cabo-verde", "Beneficiary"), ("guinea-bissau", "Beneficiary"), ("angola", "Beneficiary"),
            ("portugal", "Funder")} <= {(a.replace("cape-verde", "cabo-verde"), r) for a, r in found}


def test_beneficiaries_of_a_later_programme_are_not_the_first_ones() -> None:
    """Beneficiaries told after a second programme belong to that one."""
    found = funds("Portugal funds the Atlantic Cyber Bridge (ACB) programme, and the EU funds the Sahel Cyber "
                  "Shield (SCS) project, whose beneficiaries include Niger and Chad.")
    assert not any(a in ("niger", "chad") and "acb" in p for a, p, _ in found)
    assert any(a == "niger" and "scs" in p for a, p, _ in found)


# --- cooperation beside an agreement ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Judicial Police cooperate with the FBI and, since 2016, under a strategic agreement with Europol.",
    "The Judicial Police cooperate closely with the FBI and, under an agreement concluded in 2004, with Europol.",
    "The Judicial Police cooperate with Europol under an operational agreement signed in 2015 and with the FBI.",
])
def test_a_partner_outside_the_agreement_is_a_cooperation_partner(sentence: str) -> None:
    """The clause names an agreement with one partner (read as the agreement) and another partner worked with
    outside it: the latter is a cooperation, done by the agency, without the agreement's time."""
    found = cooperations(sentence)
    assert ("portugal", "fbi", "judicial-police", "") in found
    assert not any(o == "europol" for _, o, _, _ in found)
    assert any(f.relation == "hasAgreementWith" and short(f.object) == "europol" for f in facts(sentence))


def test_an_mou_on_cooperation_is_still_no_cooperation() -> None:
    """The agreement noun the cooperation words belong to keeps the clause an agreement."""
    found = cooperations("The Judicial Police signed a memorandum on cooperation with Europol in 2019.")
    assert not any(o == "europol" for _, o, _, _ in found)


def test_every_partner_under_its_own_agreement_is_no_cooperation() -> None:
    found = cooperations("The Judicial Police cooperate with Europol under an agreement signed in 2001, and with "
                         "Eurojust under an agreement from 2006.")
    assert not any(o in ("europol", "eurojust") for _, o, _, _ in found)


# --- programmes named by what they do ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, ending", [
    ("The Swiss Agency for Development and Cooperation (SDC) financed a USD 4 million project (2020-2023) to upgrade "
     "Ecuador's national CSIRT.", "project-to-upgrade-ecuadors-national-csirt"),
    ("The Swiss Agency for Development and Cooperation (SDC) financed, with some EUR 800,000, a programme to strengthen "
     "Ecuador's national CSIRT in 2020-2022.", "programme-to-strengthen-ecuadors-national-csirt"),
    ("The Swiss Agency for Development and Cooperation (SDC) has committed USD 3 million to a programme that "
     "strengthens Ecuador's national CSIRT following the attacks of 2022.", "programme-that-strengthens-ecuadors-national-csirt"),
])
def test_a_programme_named_by_what_it_does_is_funded_and_serves_the_owner_of_its_object(sentence: str,
                                                                                        ending: str) -> None:
    """"a project to upgrade X's CSIRT", "a programme that strengthens X's CSIRT": the purpose is part of the name
    (its years are not), the payer funds it and the state whose body it helps benefits."""
    found = funds(sentence)
    assert {p.rsplit("/", 1)[-1] for _, p, _ in found} == {ending}
    assert {(a, r) for a, _, r in found} >= {("ecuador", "Beneficiary"), ("switzerland", "Funder")}


def test_the_later_clause_with_its_own_subject_pays_for_the_project() -> None:
    """"Officials benefit from A, and B financed a project …": B funds the project, the officials' state does not."""
    found = funds("Officials take part in the OAS Cybersecurity Program, and the Swiss Agency for Development and "
                  "Cooperation (SDC) financed a USD 4 million project to upgrade Ecuador's national CSIRT.")
    project = {(a, r) for a, p, r in found if "upgrade" in p}
    assert ("switzerland", "Funder") in project and ("portugal", "Funder") not in project


# --- Security Council debates chaired -----------------------------------------------------------------------------------

def chairs(sentence: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.year) for f in facts(sentence) if f.relation == "chairs"}


@pytest.mark.parametrize("sentence, debate, year", [
    ("During its Security Council term Portugal's foreign minister chaired, in March 2019, an open debate on "
     "ransomware against hospitals.", "un-security-council-open-debate-on-ransomware-against-hospitals", "2019"),
    ("While on the Security Council it convened, in May 2018, an Arria-formula meeting on cyber norms, and in "
     "June 2019 its prime minister chaired the Council's first formal open debate devoted to cyber resilience.",
     "un-security-council-open-debate-on-cyber-resilience", "2019"),
])
def test_an_open_debate_of_the_security_council_is_named_by_its_topic(sentence: str, debate: str, year: str) -> None:
    """The debate a state chaired on the Security Council is the Council's, named by what it was about, dated by the
    time of its own clause."""
    assert ("portugal", debate, year) in chairs(sentence)


def test_a_debate_outside_the_security_council_keeps_its_plain_name() -> None:
    assert not any("security-council" in o for _, o, _ in chairs(
        "Portugal chaired an open debate on cyber hygiene at the Lisbon Digital Forum in 2019."))


# --- seats on a council --------------------------------------------------------------------------------------------------

def memberships(sentence: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.year) for f in facts(sentence) if f.relation == "memberOf"}


@pytest.mark.parametrize("sentence, years", [
    ("Portugal took up its third non-permanent seat on the UN Security Council in January 2027.", {"2027"}),
    ("In June 2026 the General Assembly elected Portugal to a non-permanent seat on the UN Security Council for "
     "2027-2028.", {"2027"}),
    ("It held a non-permanent seat on the UN Security Council in 1997-1998 and again in 2011-2012.", {"1997", "2011"}),
])
def test_a_seat_on_the_security_council_is_a_membership_for_each_term(sentence: str, years: set[str]) -> None:
    found = memberships(sentence)
    assert {y for s, o, y in found if s == "portugal" and o == "un-security-council"} == years


def test_electing_another_state_to_a_seat_is_not_the_electors_membership() -> None:
    found = memberships("In 2026 Portugal voted in the General Assembly, which elected Ecuador to a non-permanent seat "
                        "on the UN Security Council for 2027-2028.")
    assert ("portugal", "un-security-council", "2027") not in found


# --- the sum between the verb and the programme; who implements it ------------------------------------------------------

def test_a_long_sum_phrase_before_to_and_an_implementer_after_the_name() -> None:
    """"committed EUR 3 million over the 2023-2026 period to a X project for Y implemented by Z": the payer funds it,
    Z runs it, and "implemented" is no part of the name."""
    found = funds("The Ministry of Foreign Affairs has committed EUR 3 million over the 2023-2026 period to a cyber "
                  "hygiene project for the Sahel implemented by Expertise France.")
    names = {p.rsplit("/", 1)[-1] for _, p, _ in found}
    assert names == {"cyber-hygiene-project-for-the-sahel"}
    assert {r for _, _, r in found} == {"Funder", "Lead"}


def test_a_sum_in_commas_after_the_verb_keeps_the_funder_when_another_clause_follows() -> None:
    found = funds("It is also a recipient: the EU finances, with EUR 4 million, a digital-justice support project "
                  "implemented by Expertise France, and Portuguese judges have attended workshops under the Council of "
                  "Europe's GLACY-e project.")
    assert any(a == "eu" and r == "Funder" and "digital-justice" in p for a, p, r in found)


# --- a body's unnamed programme ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("Portugal has benefited from the OSCE Transnational Threats Department (TNTD) cyber security programme.",
     "Beneficiary"),
    ("The Ministry of Foreign Affairs has financed the cyber security programme of the OSCE Transnational Threats "
     "Department (TNTD) for over a decade.", "Funder"),
])
def test_a_bodys_unnamed_programme_is_named_by_its_acronym(sentence: str, role: str) -> None:
    """"the X (TNTD) cyber security programme", "the cyber security programme of the X (TNTD)": the programme is
    "TNTD cyber security programme", whoever funds or benefits from it; its owner is part of its name only."""
    found = funds(sentence)
    assert ("portugal", "initiative/tntd-cyber-security-programme", role) in found
    assert all(p == "initiative/tntd-cyber-security-programme" for _, p, _ in found)
    assert not any(r == "Lead" for _, _, r in found)


# --- iterations of a UN process -----------------------------------------------------------------------------------------

def participations(sentence: str) -> set[tuple[str, str]]:
    return {(short(f.object), f.year) for f in facts(sentence) if f.relation == "participatesIn"}


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal sat on the Group of Governmental Experts of 2014-2015 and took part in both Open-Ended Working Groups.",
     {("un-gge", "2014"), ("un-oewg", "2019"), ("un-oewg", "2021")}),
    ("At the UN, Lisbon joined the first Open-Ended Working Group in 2019 and stayed in the 2021-2025 group.",
     {("un-oewg", "2019"), ("un-oewg", "2021")}),
    ("Portugal participated in the first Open-ended Working Group (OEWG) of 2019-2021 and has been an active voice "
     "in the second, where it spoke on ransomware.", {("un-oewg", "2019"), ("un-oewg", "2021")}),
])
def test_each_iteration_of_a_process_named_by_rank_period_or_both(sentence: str, expected: set) -> None:
    """A period after "of" is the process named before it; "both" OEWGs are the two; a rank and a period, or a rank
    taken up after a verb phrase ("an active voice in the second"), are two iterations."""
    assert participations(sentence) >= expected
    assert ("un-oewg", "2014") not in participations(sentence)


# --- capitals as partners, coordinated subjects -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Lisbon holds an annual cyber consultation with Canberra and regular expert talks with Spain.",
     {("portugal", "australia", "", ""), ("portugal", "spain", "", "")}),
    ("Its closest partners are Spain and Brazil, and the first bilateral cyber dialogue with Canberra took place in "
     "2022.", {("portugal", "australia", "", "2022"), ("portugal", "spain", "", ""), ("portugal", "brazil", "", "")}),
    ("Lisbon and Ottawa, meanwhile, have held an annual cyber dialogue since 2021.", {("portugal", "canada", "", "2021")}),
    ("Since 2023 Lisbon, Ottawa and Canberra have run a trilateral working group on ransomware.",
     {("portugal", "canada", "", "2023"), ("portugal", "australia", "", "2023")}),
])
def test_a_capital_stands_for_its_state_as_a_cooperation_partner(sentence: str, expected: set) -> None:
    """A capital right after the cooperation's "with", or among the coordinated subjects acting together, is its
    state; a dialogue that "took place in 2022" is dated by it, the partners named before it are not."""
    assert cooperations(sentence) == expected


def test_a_capital_as_a_place_is_no_partner() -> None:
    assert cooperations("Portugal hosted a cyber conference in Tallinn in 2020, together with experts.") == set()


def test_subjects_acting_together_in_a_later_coordinated_clause_keep_its_time() -> None:
    """"…, and since 2023 Lisbon, Ottawa and Canberra have run a working group": the clause after ", and" has its
    own subjects and its own time, whatever the clause before says."""
    found = cooperations("Portugal signed a memorandum with Chile in 2019, a cyber dialogue with Japan has met "
                         "regularly since 2013, and since 2023 Lisbon, Ottawa and Canberra have run a trilateral "
                         "working group on ransomware.")
    assert {("portugal", "canada", "", "2023"), ("portugal", "australia", "", "2023")} <= found
    assert ("portugal", "canada", "", "2013") not in found
