"""Capacity-building roles in wordings unlike the development corpus (round 5): money verbs beyond "fund",
subjects the subject finder misses, people "from" states, programme names that end where the name ends.

Every sentence is invented for the test, about states and programmes no profile describes.
"""

from __future__ import annotations

import pytest

from test_capacity_building import _roles

LESOTHO = "Lesotho is a small state in southern Africa. "
MONGOLIA = "Mongolia is a landlocked state. "


# --- money verbs: bankroll, underwrite, sponsor, lend, pay into; "paid for by", "underwritten by" -----------------

@pytest.mark.parametrize("sentence, funder", [
    ("Since 2020 Ireland has bankrolled the Highland Cyber Skills Programme.", "Ireland"),
    ("Norway underwrites the Highland Cyber Skills Programme with NOK 40 million.", "Norway"),
    ("In 2022 Austria paid EUR 300,000 into the Highland Cyber Skills Programme.", "Austria"),
    ("The Highland Cyber Skills Programme, an initiative paid for by Denmark, trains police officers.", "Denmark"),
    ("The Highland Cyber Skills Programme is underwritten largely by Finland.", "Finland"),
])
def test_other_money_verbs_make_a_funder(sentence: str, funder: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert (funder, "Funder", "Highland Cyber Skills Programme") in roles, roles
    assert not any(r[1] == "Lead" and r[0] == funder for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "Belgium bankrolled a EUR 3 million operation, the Highland Cyber Skills Programme, in 2021.",
    "Sweden financed an operation of EUR 2 million, the Highland Cyber Skills Programme.",
    "The operation that Ireland funded, the Highland Cyber Skills Programme, ended in 2023.",
])
def test_the_noun_operation_is_no_running_verb(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[1] == "Lead" for r in roles), roles


# --- a subject the finder misses is never the paragraph's actor --------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Under the Highland Cyber Skills Programme, judges from Lesotho and Eswatini received training.",
     {("Lesotho", "Beneficiary", "Highland Cyber Skills Programme"),
      ("Eswatini", "Beneficiary", "Highland Cyber Skills Programme")}),
    ("Prosecutors from Botswana took part in the Highland Cyber Skills Programme in 2022.",
     {("Botswana", "Beneficiary", "Highland Cyber Skills Programme")}),
    ("Several officials of Namibia and Zambia have attended the Highland Cyber Skills Programme.",
     {("Namibia", "Beneficiary", "Highland Cyber Skills Programme"),
      ("Zambia", "Beneficiary", "Highland Cyber Skills Programme")}),
])
def test_people_from_states_benefit_not_the_paragraphs_actor(sentence: str, expected: set) -> None:
    roles = _roles("The World Bank approved a loan to Lesotho in 2019. " + sentence)
    assert expected <= roles, roles
    assert not any(r[0] in ("World Bank", "Lesotho") and r[0] not in {e[0] for e in expected} for r in roles
                   if r[2] == "Highland Cyber Skills Programme"), roles


@pytest.mark.parametrize("sentence", [
    "A proposal for the agency to finance the Highland Cyber Skills Programme was discussed.",
    "Two new laboratories were built under the Highland Cyber Skills Programme.",
    "Under the Highland Cyber Skills Programme, a national CSIRT was set up.",
])
def test_a_clause_whose_subject_is_no_actor_gives_nobody_a_role(sentence: str) -> None:
    roles = _roles("The World Bank approved a loan to Mongolia in 2019. " + sentence)
    assert not {r for r in roles if r[2] == "Highland Cyber Skills Programme"}, roles


@pytest.mark.parametrize("sentence, actor, role", [
    ("In 2021 Austria paid EUR 200,000 into the Highland Cyber Skills Programme.", "Austria", "Funder"),
    ("Together with Chile, Mongolia co-leads the Highland Cyber Skills Programme.", "Mongolia", "Lead"),
    ("Mongolia's national CERT was set up with help from the Highland Cyber Skills Programme.", "Mongolia",
     "Beneficiary"),
])
def test_the_actor_opening_the_clause_is_its_subject_whatever_its_verb(sentence: str, actor: str, role: str) -> None:
    roles = _roles("The World Bank approved a loan to Lesotho in 2019. " + sentence)
    assert (actor, role, "Highland Cyber Skills Programme") in roles, roles
    assert not any(r[0] in ("World Bank", "Lesotho") for r in roles if r[2] == "Highland Cyber Skills Programme")


# --- a programme's name ends where its owner's begins ------------------------------------------------------------

@pytest.mark.parametrize("sentence, owner", [
    ("Austria paid EUR 100,000 into the Harbour Training Project of the Council of Europe.", "Council of Europe"),
    ("Mongolia joined the Steppe Cyber Initiative of the African Union in 2021.", "African Union"),
    ("Mongolian officers attended the Harbour Training Programme of NATO.", "NATO"),
])
def test_a_programme_name_stops_before_of_its_owner(sentence: str, owner: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert roles and not any(" of " in r[2] for r in roles), roles


# --- "X-funded" before a body is the adjective's state funding it, never the clause's subject --------------------

@pytest.mark.parametrize("sentence", [
    "Tonga and Samoa benefit from the Danish-funded Pacific Incident Response Network.",
    "Tonga relies on the Canadian-financed Pacific Incident Response Network.",
    "Tonga joined the EU-funded Pacific Incident Response Network in 2020.",
])
def test_a_hyphenated_funder_never_makes_the_subject_a_funder(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] in ("Tonga", "Samoa") and r[1] == "Funder" for r in roles), roles


# --- the reference list of programmes and donors: a known name is one entity, its agency acts for its state --------

@pytest.mark.parametrize("sentence, actor, role, programme", [
    ("KOICA bankrolled the Harbour Cyber Skills Programme in 2022.", "South Korea", "Funder",
     "Harbour Cyber Skills Programme"),
    ("Mongolia takes part in Cyber4Dev, which the European Union funds.", "Mongolia", "Beneficiary",
     "Cyber Resilience for Development"),
    ("Mongolian prosecutors took part in GLACY-e in 2023.", "Mongolia", "Beneficiary", "Global Action on Cybercrime Enhanced"),
    ("The Asian Development Bank (ADB) lent USD 40 million to the Steppe Digital Project.", "Asian Development Bank",
     "Funder", "Steppe Digital Project"),
])
def test_known_programmes_and_donors_are_read_under_any_of_their_names(sentence: str, actor: str, role: str,
                                                                       programme: str) -> None:
    assert (actor, role, programme) in _roles(MONGOLIA + sentence)


@pytest.mark.parametrize("text", [
    "Mongolia is a landlocked state.\n\nCyber MoUs were signed with Japan in 2019. In 2023 the Asian Development "
    "Bank approved a loan for the Steppe Digital Project.",
    "Mongolia is a landlocked state.\n\nA dialogue with Korea opened in 2020. Later the European Investment Bank "
    "financed the Steppe Digital Project.",
    "Mongolia is a landlocked state.\n\nAn arrangement with India is planned. In 2022 the Inter-American Development "
    "Bank funded the Steppe Digital Project.",
])
def test_a_bank_named_late_in_a_paragraph_does_not_become_its_topic(text: str) -> None:
    from test_extraction_mechanisms import extract
    result = extract(text)
    assert not any(f.subject.startswith("org/") and f.relation in ("hasAgreementWith", "cooperatesWith")
                   for f in result.facts), result.facts


# --- roles told after the programme: "to which X is a contributor", "sent officials to it", "a CoE project" -------

@pytest.mark.parametrize("sentence, expected", [
    ("The Steppe Cyber Fund, to which Ireland is a contributor, pays for audits.", ("Ireland", "Funder")),
    ("The Steppe Cyber Fund, to which Austria and Chile are the main donors, pays for audits.", ("Austria", "Funder")),
    ("Mongolia sent officials to the Steppe Cyber Programme, and Chile and Peru each sent judges to it.",
     ("Chile", "Beneficiary")),
    ("Mongolia joined the Steppe Cyber Programme, a Council of Europe project, in 2020.", ("Council of Europe", "Lead")),
    ("Mongolia benefits from the Steppe Cyber Programme, an African Union initiative.", ("African Union", "Lead")),
])
def test_roles_told_after_the_programme(sentence: str, expected: tuple) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert any((r[0], r[1]) == expected for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "The Foreign, Commonwealth and Development Office of the United Kingdom ran the Steppe Cyber Programme.",
    "The Federal Ministry for Economic Cooperation and Development of Germany ran the Steppe Cyber Programme.",
    "The Department of Foreign Affairs and Trade of Australia ran the Steppe Cyber Programme in 2019.",
])
def test_a_body_of_a_state_opening_the_clause_is_its_subject(sentence: str) -> None:
    roles = _roles("The World Bank approved a loan to Mongolia in 2019. " + sentence)
    assert {r[1] for r in roles if r[2] == "Steppe Cyber Programme"} == {"Lead"}, roles
    assert not any(r[0] in ("World Bank", "Mongolia") for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "Mongolia has not applied for support from the World Bank's Steppe Cyber Fund.",
    "Mongolia plans to seek money from the Asian Development Bank's Steppe Cyber Fund.",
    "Mongolia never drew on the World Bank's Steppe Cyber Fund.",
])
def test_a_negated_or_planned_clause_gives_the_possessor_no_role(sentence: str) -> None:
    assert not _roles(MONGOLIA + sentence)


@pytest.mark.parametrize("sentence", [
    "The Asian Development Bank lent USD 50 million to the Steppe Digital Project, which covers Mongolia, Laos and Nepal.",
    "Japan funds the Steppe Digital Project, which serves Mongolia, Laos and Nepal.",
    "The Steppe Digital Project, which now supports Mongolia, Laos and Nepal, is run by the World Bank.",
])
def test_a_relative_clause_listing_three_beneficiaries_gives_all_three(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert {r[0] for r in roles if r[1] == "Beneficiary"} == {"Mongolia", "Laos", "Nepal"}, roles


# --- more roles after the programme: launched in a relative clause, "whose funding comes from", "jointly with" ----

@pytest.mark.parametrize("sentence, actor, year", [
    ("Mongolia benefits from the Steppe Cyber Project, which Japan launched in 2021.", "Japan", "2021"),
    ("The money goes to the Steppe Cyber Project, which the African Union set up in 2019.", "African Union", "2019"),
    ("Mongolia draws on the Steppe Cyber Project, which India established in 2018 with Nepal.", "India", "2018"),
])
def test_a_relative_clause_that_launches_gives_the_launch(sentence: str, actor: str, year: str) -> None:
    from test_extraction_mechanisms import extract
    result = extract(MONGOLIA + sentence)
    found = {(result.gazetteer.entities[f.subject].label, f.year, f.status) for f in result.facts
             if f.relation == "funds" and f.role == "Lead"}
    assert (actor, year, "Launched") in found, found


@pytest.mark.parametrize("sentence, funders", [
    ("Mongolian judges attend the Steppe Cyber Programme, whose funding comes entirely from Japan.", {"Japan"}),
    ("Mongolia is a partner of the Steppe Cyber Programme, a regional project whose budget of EUR 3 million is met "
     "by Austria and Chile.", {"Austria", "Chile"}),
    ("Mongolia joined the Steppe Cyber Programme, whose costs are borne by India.", {"India"}),
])
def test_whose_funding_comes_from_names_the_funders(sentence: str, funders: set) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert {r[0] for r in roles if r[1] == "Funder"} == funders, roles


@pytest.mark.parametrize("sentence, expected", [
    ("Norway pays for the Steppe Cyber Programme, jointly with Canada and Chile.", {"Norway", "Canada", "Chile"}),
    ("Japan funds the Steppe Cyber Programme together with India.", {"Japan", "India"}),
    ("Austria finances the Steppe Cyber Programme, jointly with the European Union.", {"Austria", "European Union"}),
])
def test_jointly_with_after_the_programme_shares_the_role(sentence: str, expected: set) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert {r[0] for r in roles if r[1] == "Funder"} == expected, roles


@pytest.mark.parametrize("sentence, expected", [
    ("Among the Asian states, Mongolia and Nepal were selected as pilot countries for the Steppe Cyber Programme.",
     {"Mongolia", "Nepal"}),
    ("In 2022, Mongolia and Bhutan took part in the Steppe Cyber Programme.", {"Mongolia", "Bhutan"}),
    ("Mongolia, Nepal and Laos have sent officials to the Steppe Cyber Programme every year.", {"Mongolia", "Nepal", "Laos"}),
])
def test_joint_subjects_after_a_fronted_phrase_all_benefit(sentence: str, expected: set) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert {r[0] for r in roles if r[1] == "Beneficiary"} == expected, roles


@pytest.mark.parametrize("sentence, funder, recipient", [
    ("The Dutch Ministry of Foreign Affairs is one of the main financiers of the Global Forum on Cyber Expertise.",
     "Netherlands", "Global Forum on Cyber Expertise"),
    ("Japan is a leading contributor to the International Telecommunication Union.", "Japan",
     "International Telecommunication Union"),
    ("Norway has long been one of the sponsors of the Global Forum on Cyber Expertise.", "Norway",
     "Global Forum on Cyber Expertise"),
])
def test_a_financier_of_a_body_funds_it(sentence: str, funder: str, recipient: str) -> None:
    assert (funder, "Funder", recipient) in _roles(MONGOLIA + sentence)


# --- "this programme" names the one programme of the sentence before ---------------------------------------------

STEPPE = "Japan has run the Steppe Cyber Programme since 2019. "


@pytest.mark.parametrize("sentence, expected", [
    ("Through this programme, Laos, Nepal and Bhutan obtained help in setting up their CERTs.",
     {("Laos", "Beneficiary"), ("Nepal", "Beneficiary"), ("Bhutan", "Beneficiary")}),
    ("Under this project, Laos set up its CERT.", {("Laos", "Beneficiary")}),
    ("That programme is run by the African Union and financed by India and Nepal.",
     {("African Union", "Lead"), ("India", "Funder"), ("Nepal", "Funder")}),
    ("This programme, launched with little publicity, is largely underwritten by Austria.", {("Austria", "Funder")}),
])
def test_a_demonstrative_names_the_programme_of_the_sentence_before(sentence: str, expected: set) -> None:
    roles = _roles(MONGOLIA + STEPPE + sentence)
    assert {(r[0], r[1]) for r in roles if r[0] != "Japan"} == expected, roles


@pytest.mark.parametrize("sentence", [
    "Japan runs the Steppe Cyber Programme and the Gobi Skills Project. Through this programme, Laos obtained help.",
    "Japan has run the Steppe Cyber Programme since 2019. Mongolia noted this. Through this programme, Laos obtained help.",
    "Japan has run the Steppe Cyber Programme since 2019. Under this programme, Laos plans to set up its CERT.",
])
def test_a_demonstrative_with_no_single_antecedent_or_an_unaccomplished_clause_gives_nothing(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] == "Laos" for r in roles), roles


# --- money received, participants, deeds done under a programme -----------------------------------------------

@pytest.mark.parametrize("sentence, funder", [
    ("The Steppe Cyber Academy receives funding from the European Union.", "European Union"),
    ("The Steppe Cyber Academy, a USD 3 million grant from Japan, ended in 2021.", "Japan"),
    ("The Steppe Cyber Academy has obtained financing from the Asian Development Bank.", "Asian Development Bank"),
])
def test_money_received_from_names_the_funder(sentence: str, funder: str) -> None:
    assert (funder, "Funder", "Steppe Cyber Academy") in _roles(MONGOLIA + sentence)


@pytest.mark.parametrize("sentence", [
    "Mongolian officials are among the participants of the Steppe Cyber Programme.",
    "Mongolia is one of the participants in the Steppe Cyber Programme.",
    "Mongolia set up its CERT under the Steppe Cyber Programme.",
])
def test_participants_and_deeds_done_under_a_programme_benefit(sentence: str) -> None:
    assert _roles(MONGOLIA + sentence) == {("Mongolia", "Beneficiary", "Steppe Cyber Programme")}


@pytest.mark.parametrize("sentence, role", [
    ("Mongolia funds several projects under the Steppe Cyber Programme.", "Funder"),
    ("Japan trained 300 officers under the Steppe Cyber Programme.", "Lead"),
    ("Japan set up its own office under the Steppe Cyber Programme and pays for it with JPY 200 million.", None),
])
def test_its_before_a_preposition_is_not_the_programmes_owner(sentence: str, role: str | None) -> None:
    roles = _roles(MONGOLIA + sentence)
    if role is None:
        assert not any(r[1] == "Lead" for r in roles), roles
    else:
        assert {r[1] for r in roles} == {role}, roles


# --- leading a programme in other words ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lead", [
    ("The Steppe Cyber Programme is administered by the African Union Commission.", "African Union Commission"),
    ("The Steppe Cyber Programme is overseen by India.", "India"),
    ("Brazil spearheads the Steppe Cyber Programme.", "Brazil"),
    ("Chile is the implementing partner of the Steppe Cyber Programme.", "Chile"),
    ("Egypt is in charge of the Steppe Cyber Programme.", "Egypt"),
    ("The Steppe Cyber Programme is Nepal's flagship programme.", "Nepal"),
])
def test_other_words_for_running_a_programme(sentence: str, lead: str) -> None:
    assert _roles(MONGOLIA + sentence) == {(lead, "Lead", "Steppe Cyber Programme")}


@pytest.mark.parametrize("sentence, lead, year", [
    ("In 2020 India inaugurated the Steppe Cyber Academy.", "India", "2020"),
    ("Canada began the Steppe Cyber Programme in 2019.", "Canada", "2019"),
    ("Japan opened the Steppe Cyber Academy in 2022.", "Japan", "2022"),
])
def test_opening_or_beginning_a_programme_launches_it(sentence: str, lead: str, year: str) -> None:
    from test_extraction_mechanisms import extract
    result = extract(MONGOLIA + sentence)
    found = {(result.gazetteer.entities[f.subject].label, f.year, f.status) for f in result.facts
             if f.relation == "funds" and f.role == "Lead"}
    assert found == {(lead, year, "Launched")}, found


# --- money given straight to a recipient, in more shapes; money still pending gives nothing ----------------------

@pytest.mark.parametrize("sentence, funder, recipient", [
    ("Sweden has given Mongolia SEK 30 million for cyber security since 2019.", "Sweden", "Mongolia"),
    ("Mongolia obtained a grant of USD 3 million from the World Bank in 2020.", "World Bank", "Mongolia"),
    ("Japan donated forensic equipment worth USD 1 million to Mongolia.", "Japan", "Mongolia"),
    ("Germany earmarked EUR 4 million for the Steppe Cyber Programme.", "Germany", "Steppe Cyber Programme"),
])
def test_money_given_in_more_shapes(sentence: str, funder: str, recipient: str) -> None:
    assert (funder, "Funder", recipient) in _roles(MONGOLIA + sentence)


@pytest.mark.parametrize("sentence", [
    "The World Bank has earmarked USD 20 million for the Steppe Digital Project, although the loan still awaits "
    "approval by parliament.",
    "Japan pledged USD 5 million to Mongolia, but disbursement is still pending.",
    "The Asian Development Bank allocated USD 8 million to the Steppe Digital Project; the grant has yet to be signed.",
])
def test_money_still_pending_gives_no_funder(sentence: str) -> None:
    assert not any(r[1] == "Funder" for r in _roles(MONGOLIA + sentence))


@pytest.mark.parametrize("sentence", [
    "Mongolia's CERT was built with funds from the Steppe Cyber Programme.",
    "Mongolia counts on the Steppe Cyber Programme for training its police.",
    "Mongolia was added to the Steppe Cyber Programme in 2023.",
    "The Steppe Cyber Programme provides training to Mongolian judges.",
    "Mongolia relies on the Steppe Cyber Programme.",
])
def test_more_words_for_benefiting(sentence: str) -> None:
    assert _roles(MONGOLIA + sentence) == {("Mongolia", "Beneficiary", "Steppe Cyber Programme")}


@pytest.mark.parametrize("sentence", [
    "Mongolia was invited to the launch of the Steppe Cyber Programme.",
    "Mongolia applied to be added to the Steppe Cyber Programme.",
    "Mongolia will not rely on the Steppe Cyber Programme.",
])
def test_invitations_applications_and_negations_give_no_beneficiary(sentence: str) -> None:
    assert not _roles(MONGOLIA + sentence)


# --- round 6: a bank's programme without money named is the bank's to run; a denied receipt gives no role ---------

@pytest.mark.parametrize("sentence", [
    "The World Bank's Digital Skills for Savannah initiative has published a diagnostic report on Mongolia.",
    "The Asian Development Bank's Savannah Cyber Readiness Programme holds a yearly conference in Manila.",
    "Mongolia's officials have read the African Development Bank's Savannah Cyber Readiness Programme reports.",
])
def test_a_banks_programme_without_money_is_not_funded_by_the_bank(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[1] == "Funder" and "Bank" in r[0] for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "The World Bank's Savannah Cyber Readiness Programme, approved in 2022 with USD 50 million in financing, "
    "supports Mongolia's CERT.",
    "Mongolia draws on the Asian Development Bank's Savannah Cyber Readiness Programme, a loan of USD 20 million.",
    "The African Development Bank's Savannah Cyber Readiness Programme, worth USD 8 million, trains engineers.",
])
def test_a_banks_programme_with_money_is_funded_by_the_bank(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert any(r[1] == "Funder" and "Bank" in r[0] for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "Estonia visited Ulaanbaatar in 2022. The Savannah Cyber Readiness Programme covers many states, although "
    "the country has received no money from it.",
    "Estonia visited Ulaanbaatar in 2022. The Savannah Cyber Readiness Programme is well known, but Mongolia "
    "has received nothing under it.",
    "Estonia visited Ulaanbaatar in 2022. The Savannah Cyber Readiness Programme trains police, and Mongolia "
    "receives no support through it.",
])
def test_a_denied_receipt_makes_no_beneficiary(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[1] == "Beneficiary" for r in roles), roles


@pytest.mark.parametrize("sentence, funder, programme, beneficiary", [
    ("In 2021 Mongolia received USD 2 million from the Inter-American Development Bank for the Steppe Cyber "
     "Support Programme.", "Inter-American Development Bank", "Steppe Cyber Support Programme", "Mongolia"),
    ("Lesotho has obtained a grant of EUR 400,000 from the World Bank for the Highland Cyber Skills Project.",
     "World Bank", "Highland Cyber Skills Project", "Lesotho"),
    ("In 2019 Mongolia secured USD 900,000 from the European Union towards the Gobi Cyber Range Initiative.",
     "European Union", "Gobi Cyber Range Initiative", "Mongolia"),
])
def test_money_received_from_a_known_body_for_a_programme(sentence: str, funder: str, programme: str,
                                                          beneficiary: str) -> None:
    """The known body's name stops before "for the": the lender funds the programme, the receiver benefits; the
    receiver never funds it."""
    roles = _roles(MONGOLIA + sentence)
    assert (funder, "Funder", programme) in roles, roles
    assert (beneficiary, "Beneficiary", programme) in roles, roles
    assert not any(r[0] == beneficiary and r[1] == "Funder" for r in roles), roles
    assert not any(" for " in r[0] for r in roles), roles


@pytest.mark.parametrize("sentence, owner, other, programme", [
    ("Lesotho has obtained EUR 400,000 from Spain towards its Highland Cyber Academy since 2019.",
     "Lesotho", "Spain", "Highland Cyber Academy"),
    ("In 2022 Mongolia received a loan of USD 5 million from Japan for its Gobi Cyber Range Project.",
     "Mongolia", "Japan", "Gobi Cyber Range Project"),
    ("Mongolia secured USD 900,000 from the European Union for its Steppe Cyber Skills Programme in 2021.",
     "Mongolia", "European Union", "Steppe Cyber Skills Programme"),
])
def test_its_programme_is_the_clause_subjects_not_the_lenders(sentence: str, owner: str, other: str,
                                                              programme: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] == other and r[1] == "Lead" for r in roles), roles
    assert (other, "Funder", programme) in roles, roles


@pytest.mark.parametrize("sentence, owner", [
    ("Mongolia works with many partners through the Council of Europe and its Steppe Cyber Skills Programme.",
     "Council of Europe"),
    ("Lesotho cooperates closely with Japan and its Highland Cyber Skills Project.", "Japan"),
    ("Mongolia has drawn on the World Bank, and its Gobi Cyber Range Initiative, since 2018.", "World Bank"),
])
def test_its_right_after_an_actor_and_is_that_actors(sentence: str, owner: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] in ("Mongolia", "Lesotho") and r[1] in ("Lead", "Funder") for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "Mongolia applied in 2023 to join the Steppe Cyber Skills Programme, but has not yet been admitted.",
    "Lesotho asked in 2022 to take part in the Highland Cyber Skills Project.",
    "Mongolia sought to join the Gobi Cyber Range Initiative in 2021.",
    "Lesotho wants to benefit from the Highland Cyber Skills Project.",
    "Mongolia has repeatedly pressed to be admitted to the Steppe Cyber Skills Programme.",
])
def test_asking_to_join_a_programme_is_no_role_in_it(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not roles, roles


def test_joining_a_programme_still_makes_a_beneficiary() -> None:
    roles = _roles(MONGOLIA + "Mongolia joined the Gobi Cyber Range Initiative in 2021.")
    assert ("Mongolia", "Beneficiary", "Gobi Cyber Range Initiative") in roles, roles


@pytest.mark.parametrize("sentence", [
    "Lesotho's contribution of USD 500,000 to the Highland Cyber Skills Project was announced in 2023 but has not "
    "yet been paid.",
    "Norway pledged NOK 5 million to the Steppe Cyber Skills Programme in 2022, but the money never arrived.",
    "Ireland's grant of EUR 1 million for the Gobi Cyber Range Initiative is yet to be transferred.",
])
def test_money_announced_but_not_paid_funds_nothing(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[1] == "Funder" for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "Mongolia lent expertise to the Steppe Cyber Skills Programme, which it chairs.",
    "Lesotho lends staff to the Highland Cyber Skills Project every year.",
    "Mongolia has lent its name to the Gobi Cyber Range Initiative.",
])
def test_lending_no_money_funds_nothing(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[1] == "Funder" for r in roles), roles


@pytest.mark.parametrize("sentence, funder", [
    ("Japan lent USD 20 million to the Gobi Cyber Range Initiative in 2021.", "Japan"),
    ("The World Bank has lent USD 40 million to the Steppe Cyber Skills Programme since 2020.", "World Bank"),
    ("Korea lends EUR 3 million a year to the Highland Cyber Skills Project.", "South Korea"),
])
def test_lending_money_funds(sentence: str, funder: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert any(r[0] == funder and r[1] == "Funder" for r in roles), roles


@pytest.mark.parametrize("sentence, body", [
    ("The Steppe Cyber Skills Programme is delivered by the Global Forum on Cyber Expertise, which receives money "
     "from the Netherlands.", "Netherlands"),
    ("The Steppe Cyber Skills Programme is run by the International Telecommunication Union, which gets funding "
     "from Japan.", "Japan"),
    ("The Steppe Cyber Skills Programme is managed by Interpol, which received a grant from Germany in 2020.",
     "Germany"),
])
def test_money_a_relative_clause_gives_the_implementing_body_is_not_the_programmes(sentence: str, body: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] == body and r[1] == "Funder" for r in roles), roles
    assert any(r[1] == "Lead" for r in roles), roles


def test_money_a_relative_clause_gives_the_programme_still_funds_it() -> None:
    roles = _roles(MONGOLIA + "The Steppe Cyber Skills Programme, which receives money from the Netherlands, "
                              "trains judges.")
    assert ("Netherlands", "Funder", "Steppe Cyber Skills Programme") in roles, roles


@pytest.mark.parametrize("sentence", [
    "A proposed grant of USD 1 million from Canada for the Highland Cyber Skills Project was withdrawn in 2022.",
    "A loan of USD 5 million from Japan for the Gobi Cyber Range Initiative is still under discussion.",
    "Funding of EUR 2 million from Ireland for the Steppe Cyber Skills Programme was cancelled in 2020.",
])
def test_money_from_a_donor_that_never_came_funds_nothing(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[1] == "Funder" for r in roles), roles


@pytest.mark.parametrize("sentence, leader, funder", [
    ("Korea's KOICA manages the Gobi Cyber Range Initiative, for which the Asian Development Bank provided "
     "USD 10 million in 2021.", "South Korea", "Asian Development Bank"),
    ("Japan runs the Steppe Cyber Skills Programme, to which Norway committed NOK 20 million.", "Japan", "Norway"),
    ("The Council of Europe leads the Highland Cyber Skills Project, for which Ireland granted EUR 2 million.",
     "Council of Europe", "Ireland"),
])
def test_money_another_actor_gives_is_not_the_leaders(sentence: str, leader: str, funder: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] == leader and r[1] == "Funder" for r in roles), roles


@pytest.mark.parametrize("sentence, owner", [
    ("Mongolia's foreign minister spoke at the launch of the ITU's Steppe Cyber Skills Programme in 2022.",
     "International Telecommunication Union"),
    ("A Mongolian delegation attended the opening of the Council of Europe's Highland Cyber Skills Project.",
     "Council of Europe"),
    ("Mongolia's ambassador was present at the start of Japan's Gobi Cyber Range Initiative in 2019.", "Japan"),
])
def test_attending_a_launch_is_no_lead_and_leaves_the_owner_leading(sentence: str, owner: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not any(r[0] == "Mongolia" for r in roles), roles
    assert not any(r[0] == owner and r[1] == "Funder" for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "France is said to have financed the Gobi Cyber Range Initiative with EUR 2 million.",
    "Spain reportedly runs the Steppe Cyber Skills Programme.",
    "Lesotho is believed to have taken part in the Highland Cyber Skills Project in 2020.",
    "Italy allegedly paid for the Steppe Cyber Skills Programme in 2019.",
])
def test_a_rumoured_role_is_no_role(sentence: str) -> None:
    roles = _roles(MONGOLIA + sentence)
    assert not roles, roles
