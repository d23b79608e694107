"""Round 25 (cb25): the argument roles of funding verbs: funder, channel, implementer, object and beneficiaries.

Money a bank approves "for" a programme funds that programme ("a USD 30 million grant for Malta's digital government
programme"), not a programme named "grant for …"; an unnamed programme that a relative clause says someone implements
("the governance programme that DCAF implements in Malta, Croatia and Slovenia") is that body's, and the states it is
implemented in are whom it serves; a state whose own agency runs an unnamed programme another actor pays for benefits
from it; a clause with a subject of its own is not the opening actor's. Every sentence is invented; the paragraph
opens with a sentence naming its state."""

from __future__ import annotations

from tests.invented import labelled_facts


def _roles(text: str, state: str) -> set[tuple[str, str, str]]:
    """(actor or its agency, programme, role) of the paragraph's ``funds`` facts."""
    return {(f.through or f.subject, f.object, f.role) for f in labelled_facts(text, state) if f.relation == "funds"}


def test_a_grant_for_a_programme_funds_the_programme():
    found = _roles("The Asian Development Bank approved a USD 12 million grant for Malta's digital government programme "
                   "in 2022.", "Malta")
    assert found == {("Asian Development Bank", "Malta's digital government programme", "Funder"),
                     ("Malta", "Malta's digital government programme", "Beneficiary")}


def test_a_loan_of_a_sum_for_a_project_ends_at_its_head():
    found = _roles("The Inter-American Development Bank approved in 2021 a loan of USD 8 million for a cyber resilience "
                   "project executed by the Ministry of Finance.", "Honduras")
    assert ("Inter-American Development Bank", "cyber resilience project", "Funder") in found
    assert ("Ministry of Finance", "cyber resilience project", "Lead") in found
    assert ("Honduras", "cyber resilience project", "Beneficiary") in found  # its own ministry runs it: it benefits


def test_a_kind_of_grant_before_its_purpose():
    found = _roles("The Asian Development Bank approved in 2023 a USD 5 million technical-assistance grant for the cyber "
                   "resilience of the banking sector.", "Nepal")
    assert ("Asian Development Bank", "technical-assistance grant for the cyber resilience of the banking sector",
            "Funder") in found


def test_money_for_no_programme_keeps_its_purpose():
    found = _roles("The World Bank approved a USD 40 million loan for digital transformation in 2021.", "Malawi")
    assert ("World Bank", "loan for digital transformation", "Funder") in found


def test_the_implementer_of_an_unnamed_programme_and_where_it_runs():
    found = _roles("Denmark funds the Mediterranean cyber governance programme that the Geneva Centre for Security "
                   "Sector Governance (DCAF) implements in Malta, Cyprus and Slovenia.", "Malta")
    programme = "Mediterranean cyber governance programme"
    assert found == {("Denmark", programme, "Funder"),
                     ("Geneva Centre for Security Sector Governance", programme, "Lead"),
                     ("Malta", programme, "Beneficiary"), ("Cyprus", programme, "Beneficiary"),
                     ("Slovenia", programme, "Beneficiary")}


def test_the_states_it_runs_for_after_a_comma():
    found = _roles("Denmark funds the Mediterranean cyber governance programme, which DCAF implements for Malta, Cyprus "
                   "and Slovenia.", "Malta")
    assert {r for r in found if r[2] == "Beneficiary"} == {
        ("Malta", "Mediterranean cyber governance programme", "Beneficiary"),
        ("Cyprus", "Mediterranean cyber governance programme", "Beneficiary"),
        ("Slovenia", "Mediterranean cyber governance programme", "Beneficiary")}


def test_a_city_it_runs_in_is_no_beneficiary():
    found = _roles("Denmark funds the regional cyber governance programme that DCAF implements in Geneva.", "Iceland")
    assert not {r for r in found if r[2] == "Beneficiary" and r[0] not in ("Iceland",)}


def test_the_state_whose_agency_runs_a_paid_project_benefits():
    found = _roles("Taiwan financed, with USD 3 million, the e-government project that the Malta Information "
                   "Technology Agency implements.", "Malta")
    assert ("Taiwan", "e-government project", "Funder") in found
    assert ("Malta Information Technology Agency", "e-government project", "Lead") in found
    assert ("Malta", "e-government project", "Beneficiary") in found


def test_an_agency_that_implements_for_others_gives_no_home_benefit():
    found = _roles("Expertise France implements the EU-funded cyber resilience project for ECOWAS states.", "Benin")
    assert not {r for r in found if r[0] in ("France", "Expertise France") and r[2] == "Beneficiary"}


def test_a_later_clause_with_its_own_subject_is_not_the_openers():
    found = _roles("Austria, for its part, has trained civil servants since 2015 through its Danube Cyber Academy, and "
                   "the African Development Bank approved in 2021 a grant of USD 1.5 million for the Togolese ministry's "
                   "e-government security project.", "Togo")
    assert ("African Development Bank", "Togolese ministry's e-government security project", "Funder") in found
    assert not {r for r in found if r[0] == "Austria" and "e-government" in r[1]}


def test_a_place_of_two_words_opens_an_unnamed_programme():
    found = _roles("The Danish foreign ministry funds the Western Balkans cybersecurity governance programme that DCAF "
                   "implements in Malta, Croatia and Slovenia.", "Croatia")
    programme = "Western Balkans cybersecurity governance programme"
    assert ("Denmark", programme, "Funder") in found or ("Danish foreign ministry", programme, "Funder") in found
    assert ("Geneva Centre for Security Sector Governance", programme, "Lead") in found
    assert ("Croatia", programme, "Beneficiary") in found


def test_a_capacity_review_someone_paid_for_and_another_carried_out():
    found = _roles("The Netherlands funds a cyber security capacity maturity review that the Global Cyber Security "
                   "Capacity Centre carried out in 2024.", "Fiji")
    review = "cyber security capacity maturity review"
    assert ("Netherlands", review, "Funder") in found
    assert ("Global Cyber Security Capacity Centre", review, "Lead") in found
    assert ("Fiji", review, "Beneficiary") in found  # a review in the state's profile, by others, is of that state


def test_a_review_of_the_country_carried_out_by_a_centre():
    found = _roles("In 2022 a cybersecurity capacity maturity review of the country was carried out by the Global "
                   "Cyber Security Capacity Centre.", "Vanuatu")
    assert found >= {("Global Cyber Security Capacity Centre", "cybersecurity capacity maturity review", "Lead"),
                     ("Vanuatu", "cybersecurity capacity maturity review", "Beneficiary")}


def test_a_bare_review_names_nothing():
    found = _roles("The Netherlands funded a review that the Global Cyber Security Capacity Centre carried out.", "Fiji")
    assert not {r for r in found if "review" in r[1]}


def test_a_funder_through_its_department_and_an_initiative_it_pays_for():
    found = _roles("The United States finances through the State Department a Mediterranean cyber workforce initiative "
                   "that the Union for the Mediterranean implements in Malta, Cyprus and Croatia.", "Cyprus")
    initiative = "Mediterranean cyber workforce initiative"
    assert ("United States Department of State", initiative, "Funder") in found
    assert ("Union for the Mediterranean", initiative, "Lead") in found
    assert {("Malta", initiative, "Beneficiary"), ("Cyprus", initiative, "Beneficiary"),
            ("Croatia", initiative, "Beneficiary")} <= found


def test_an_initiative_only_launched_is_no_unnamed_programme():
    assert not _roles("Luxembourg launched a national awareness initiative in 2020.", "Luxembourg")


def test_a_participle_after_a_second_unnamed_programme_is_its_own():
    found = _roles("Japan funds a Pacific cyber workforce programme, while the Asian Development Bank approved a USD 30 "
                   "million grant for Fiji's digital government programme in 2024, to be executed by the Ministry of "
                   "Communications.", "Fiji")
    assert not {r for r in found if r[0] == "Ministry of Communications" and "workforce" in r[1]}
    assert ("Ministry of Communications", "Fiji's digital government programme", "Lead") in found


def test_money_from_a_funder_in_an_unnamed_programmes_own_phrase():
    found = _roles("In 2022 a cybersecurity capacity maturity review of the country was carried out by the Global Cyber "
                   "Security Capacity Centre, with funding from the Netherlands.", "Malawi")
    assert ("Netherlands", "cybersecurity capacity maturity review", "Funder") in found


def test_money_from_in_a_later_clause_is_not_the_programmes():
    found = _roles("Denmark funds a cyber skills programme for civil servants, while Malta receives funding from the EU "
                   "for its CSIRT.", "Malta")
    assert not {r for r in found if r[0] in ("European Union", "EU")}


def test_officials_who_trained_at_a_centre_benefit_from_it():
    found = _roles("Officials of Barbados have trained at the Western Balkans Cyber Capacity Centre since 2024.", "Barbados")
    assert ("Barbados", "Western Balkans Cyber Capacity Centre", "Beneficiary") in found


def test_a_state_that_trained_others_at_a_centre_is_no_beneficiary():
    found = _roles("Austria has trained officials at the Western Balkans Cyber Capacity Centre.", "Austria")
    assert ("Austria", "Western Balkans Cyber Capacity Centre", "Beneficiary") not in found


def test_a_development_agency_running_a_paid_project_gives_no_home_benefit():
    found = _roles("The World Bank funds, with USD 2 million, the e-government project that the Austrian Development "
                   "Agency implements.", "Austria")
    assert ("Austria", "e-government project", "Beneficiary") not in found
