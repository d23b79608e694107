"""Conventions, votes, incidents and attributions in wordings seen on no corpus (round 7, generalisation): every
sentence is invented, about states outside the corpora's test profiles, three variants or more per mechanism."""

from __future__ import annotations

import pytest

from cdkg.evaluation import words_match
from tests.test_crime5_variants import BUDAPEST, SAP, facts

ARAB = "arab-it-offences-convention"
A27, A266, A247, A37 = "a-73-27", "a-73-266", "a-74-247", "a-77-37"


def incident_names(state: str, sentence: str) -> list[frozenset[str]]:
    return [names for _, names, _ in facts(state, sentence, "suffered")]


def named(found: list[frozenset[str]], wanted: str) -> bool:
    """Whether one incident found has a name that says ``wanted`` by the scorer's measure."""
    return any(words_match(wanted, name) for names in found for name in names)


# --- votes: a resolution supported or opposed by its symbol -----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Mongolia backed A/73/27 as well as A/73/266 in 2018.",
     {("mongolia", A27, "2018", "InFavour"), ("mongolia", A266, "2018", "InFavour")}),
    ("In December 2019 it was among the 79 states that supported A/74/247.", {("mongolia", A247, "2019", "InFavour")}),
    ("Mongolia opposed the Russian-sponsored texts A/73/27 (2018) and A/74/247 (2019).",
     {("mongolia", A27, "2018", "Against"), ("mongolia", A247, "2019", "Against")}),
    ("Ulaanbaatar rejected A/74/247 while backing the US-sponsored A/73/266.",
     {("mongolia", A247, "2019", "Against"), ("mongolia", A266, "2018", "InFavour")}),
    ("Mongolia supported both A/73/27 and A/73/266 in December 2018.",
     {("mongolia", A27, "2018", "InFavour"), ("mongolia", A266, "2018", "InFavour")}),
])
def test_a_resolution_backed_or_opposed_by_its_symbol_is_a_vote(sentence: str, expected: set) -> None:
    assert facts("Mongolia", sentence, "votedOn") == expected


@pytest.mark.parametrize("sentence", [
    "Mongolia backed the resolution on the Programme of Action.",
    "Mongolia supported the creation of the OEWG by A/73/27.",
    "Mongolia opposed the approach of A/74/247 in its statement.",
])
def test_support_for_something_else_than_a_resolution_is_no_vote(sentence: str) -> None:
    assert facts("Mongolia", sentence, "votedOn") == set()


# --- who acts after a fronted list of partners --------------------------------------------------------

@pytest.mark.parametrize("sentence, subject", [
    ("Jointly with Germany, the Czech Republic and the United States, Slovakia in 2024 attributed the campaign "
     "against its ministries to APT28.", "slovakia"),
    ("Together with Poland and Lithuania, Bratislava attributed the intrusions into its parliament to APT28 in 2023.",
     "slovakia"),
    ("Alongside Italy, Spain and Greece, Slovakia in 2022 blamed the attack on its railways on APT28.", "slovakia"),
])
def test_the_partners_of_a_fronted_phrase_are_not_the_attributor(sentence: str, subject: str) -> None:
    found = facts("Slovakia", sentence, "attributesTo")
    assert {f[0] for f in found} == {subject}, found
    assert all(f[1] == "apt28" for f in found), found


def test_the_partners_of_a_fronted_phrase_do_not_vote() -> None:
    assert facts("Slovakia", "Together with France and Italy, Slovakia voted against A/73/27.", "votedOn") == \
        {("slovakia", A27, "2018", "Against")}


# --- actors: hacktivists by their demonym, gangs by their whole name ----------------------------------

@pytest.mark.parametrize("sentence, actor, trap", [
    ("The national CERT blamed the 2023 defacement of ministry websites on Ethiopian hacktivists.",
     "ethiopian-hacktivists", "ethiopia"),
    ("In 2022 the websites of several ministries were knocked offline by DDoS attacks, which the government blamed "
     "on Bangladeshi hacktivists.", "bangladeshi-hacktivists", "bangladesh"),
    ("In 2024 the interior ministry attributed the hack of the tax portal to Nigerian cybercriminals.",
     "nigerian-cybercriminals", "nigeria"),
])
def test_hacktivists_named_by_their_demonym_are_the_culprit_not_the_state(sentence: str, actor: str,
                                                                           trap: str) -> None:
    culprits = {f[1] for f in facts("Rwanda", sentence, "attributesTo")}
    assert actor in culprits, culprits
    assert trap not in culprits


@pytest.mark.parametrize("sentence, actor, year", [
    ("The March 2023 ransomware attack on the water utility, which cut supplies in two towns, was blamed by the "
     "national police on the Rhysida ransomware group; a report followed in 2025.", "rhysida-ransomware-group", "2023"),
    ("In 2022 the police blamed the Medusa ransomware gang for the attack on the land registry.",
     "medusa-ransomware-gang", "2022"),
    ("In 2024 the government attributed the attack on the port authority to the Akira ransomware group.",
     "akira-ransomware-group", "2024"),
])
def test_a_ransomware_gang_is_named_whole_and_dated_by_its_incident(sentence: str, actor: str, year: str) -> None:
    found = facts("Iceland", sentence, "attributesTo")
    assert {(f[1], f[2]) for f in found} == {(actor, year)}, found


# --- incidents: what leaked, named by its owner -----------------------------------------------------

@pytest.mark.parametrize("sentence, wanted, year", [
    ("Data of some 120,000 clients of the National Savings Bank (NSB) were leaked in 2022.", "NSB data leak", "2022"),
    ("In 2021 personal records of two million employees held by the Civil Service Pension Fund (CSPF) were "
     "published online.", "Civil Service Pension Fund data leak", "2021"),
    ("The medical data of 40,000 patients of the Princess Ruth Hospital had been stolen in 2019.",
     "Princess Ruth Hospital data breach", "2019"),
])
def test_leaked_or_stolen_data_is_a_leak_or_breach_of_the_body_that_held_it(sentence: str, wanted: str, year: str) -> None:
    found = facts("Sri Lanka", sentence, "suffered")
    assert any(f[2] == year and any(words_match(wanted, n) for n in f[1]) for f in found), found
    assert not any(n.lower().startswith("leak of clients") for f in found for n in f[1])


def test_leaked_data_of_people_with_no_body_is_their_data_leak() -> None:
    found = incident_names("Sri Lanka", "Personal data of some 5 million voters were leaked in 2020.")
    assert named(found, "voter data leak"), found


@pytest.mark.parametrize("sentence, wanted", [
    ("In 2019 the private e-mail account of the minister of finance was hacked and its contents leaked online.",
     "hack and leak of the e-mail account of the minister of finance"),
    ("In 2021 the mailbox of the government spokesperson was breached, and some of its e-mails were later published.",
     "hack and leak of mailbox of the government spokesperson"),
    ("The servers of the Oman News Agency (ONA) were hacked in 2022 and its files dumped on a website.",
     "hack and leak of ONA"),
])
def test_a_hack_whose_contents_were_leaked_is_a_hack_and_leak(sentence: str, wanted: str) -> None:
    assert named(incident_names("Oman", sentence), wanted)


@pytest.mark.parametrize("sentence, wanted", [
    ("In 2022 hackers broke into the website of the Tanzania News Agency (TNA) and posted a false report.",
     "Hack of the Tanzania News Agency (TNA)"),
    ("In 2023 intruders gained access to the database of the Electoral Commission (EC).", "Hack of the EC"),
    ("In 2021 attackers gained unauthorised access to the servers of the Revenue Authority.",
     "hack of Revenue Authority"),
])
def test_breaking_into_or_gaining_access_is_a_hack(sentence: str, wanted: str) -> None:
    assert named(incident_names("Tanzania", sentence), wanted)


@pytest.mark.parametrize("sentence, wanted", [
    ("In March 2025 Kenya Ports Holdings (KPH) suffered a cyberattack that disrupted cargo tracking.",
     "cyberattack on KPH"),
    ("In 2024 the Mongolian Stock Exchange (MSE) suffered a ransomware attack.", "ransomware attack on MSE"),
    ("In 2023 Air Mongol Holdings (AMH) experienced a data breach that exposed passenger lists.",
     "data breach on Air Mongol Holdings"),
])
def test_a_victim_with_its_acronym_keeps_its_incident(sentence: str, wanted: str) -> None:
    assert named(incident_names("Mongolia", sentence), wanted)


@pytest.mark.parametrize("sentence, wanted", [
    ("In 2024 the websites of several ministries were knocked offline by DDoS attacks.", "DDoS attacks on ministry websites"),
    ("In 2023 the portals of several agencies were hit by DDoS attacks.", "DDoS attacks on agency portals"),
    ("The 2021 defacement of the websites of several universities was claimed by no one.",
     "defacement of university websites"),
])
def test_parts_of_several_owners_are_also_named_as_a_compound(sentence: str, wanted: str) -> None:
    assert named(incident_names("Zambia", sentence), wanted)


# --- an incident by its own quoted name, told only where it is blamed --------------------------------

@pytest.mark.parametrize("sentence, wanted, year", [
    ('In 2024 Bratislava blamed Russia for the "Mirror Site" campaign, which had cloned news websites.',
     "Mirror Site", "2024"),
    ("In 2023 Vienna attributed the “Snowfall” operation to Russian intelligence services.", "Snowfall", "2023"),
    ('In 2021 Vienna blamed the "Red Dune" campaign on Hungarian hackers.', "Red Dune", "2021"),
    ('In January 2012 the hacktivists took down the websites of the presidency in what they called "Operation '
     'Cedar".', "Operation Cedar", "2012"),
])
def test_a_quoted_operation_blamed_on_someone_is_an_incident(sentence: str, wanted: str, year: str) -> None:
    found = facts("Austria", sentence, "suffered")
    assert any(f[2] == year and any(words_match(wanted, n) for n in f[1]) for f in found), found


@pytest.mark.parametrize("sentence", [
    "In 2020 a group calling itself “Black Owl” claimed the defacement of the parliament's website.",
    'In 2021 a collective known as "Grey Wolf" claimed the outage.',
    'In 2022 hackers calling themselves "Cyber Hawks" claimed the leak.',
])
def test_a_group_calling_itself_something_is_no_incident(sentence: str) -> None:
    assert not any(named([names], w) for names in incident_names("Austria", sentence)
                   for w in ("Black Owl", "Grey Wolf", "Cyber Hawks"))


def test_a_quoted_operation_told_before_is_not_told_again() -> None:
    found = facts("Austria", "The “Snowfall” operation hit the foreign ministry in 2022. In 2023 Vienna attributed "
                  "the “Snowfall” operation to Russian intelligence services.", "suffered")
    assert [f[2] for f in found] == ["2022"], found


@pytest.mark.parametrize("sentence", [
    "A private security firm linked a 2020 breach of a government agency to APT40; the government has not confirmed it.",
    "In 2022 researchers attributed the 2021 intrusion into the port authority's network to an Iranian group.",
    "A cybersecurity company tied the 2019 espionage campaign against the foreign ministry to a Chinese group.",
])
def test_a_covert_intrusion_told_only_by_a_firm_is_no_incident(sentence: str) -> None:
    assert facts("Malaysia", sentence, "suffered") == set()


# --- conventions beyond the Council of Europe's ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Oman is not a party to the Budapest Convention; it signed the Arab Convention on Combating Information "
     "Technology Offences in December 2010 and has not ratified it either.",
     {("oman", BUDAPEST, "", "NotParty"), ("oman", ARAB, "2010", "Signed")}),
    ("Oman ratified the Arab Convention on Combating Information Technology Offences in 2015 but remains outside "
     "the Budapest Convention.", {("oman", ARAB, "2015", "Ratified"), ("oman", BUDAPEST, "", "NotParty")}),
    ("Oman has not signed the Budapest Convention; it signed the Gulf Treaty on Digital Offences in 2019.",
     {("oman", BUDAPEST, "", "NotParty")}),
    ("Oman remains outside the Budapest Convention, and in 2020 it signed the Lusophone Convention on Digital "
     "Crime.", {("oman", BUDAPEST, "", "NotParty")}),
])
def test_a_convention_the_reference_lacks_is_not_read_as_the_one_named_before(sentence: str,
                                                                              expected: set) -> None:
    assert facts("Oman", sentence, "partyTo") == expected


@pytest.mark.parametrize("sentence", [
    "Nepal has not yet put its signature to the Second Additional Protocol.",
    "Nepal has still not put its name to the Second Additional Protocol.",
    "Nepal is yet to put its signature to the Second Additional Protocol.",
])
def test_not_yet_putting_a_signature_is_no_party(sentence: str) -> None:
    assert facts("Nepal", sentence, "partyTo") == {("nepal", SAP, "", "NotParty")}


# --- second round (after the crime7b probe) ----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Honduras supported A/74/247 in 2019 and A/75/240 in 2020.",
     {("honduras", A247, "2019", "InFavour"), ("honduras", "a-75-240", "2020", "InFavour")}),
    ("Honduras voted for A/73/27 in December 2018 and A/74/247 in December 2019.",
     {("honduras", A27, "2018", "InFavour"), ("honduras", A247, "2019", "InFavour")}),
    ("Honduras voted against A/73/266 in 2018 and A/77/37 in 2022.",
     {("honduras", A266, "2018", "Against"), ("honduras", A37, "2022", "Against")}),
])
def test_a_vote_goes_on_to_the_next_resolution_after_its_year(sentence: str, expected: set) -> None:
    assert facts("Honduras", sentence, "votedOn") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("It was one of the first ASEAN members to sign the UN Convention against Cybercrime, in October 2025.",
     {("thailand", "un-cybercrime-convention", "2025", "Signed")}),
    ("Thailand was among the first Commonwealth members to ratify the Budapest Convention, in 2014.",
     {("thailand", BUDAPEST, "2014", "Ratified")}),
    ("In 2019 Thailand became one of the few Asian members to accede to the Budapest Convention.",
     {("thailand", BUDAPEST, "2019", "Acceded")}),
])
def test_the_first_members_to_sign_are_signatories(sentence: str, expected: set) -> None:
    assert facts("Thailand", sentence, "partyTo") == expected


@pytest.mark.parametrize("sentence, actor, trap", [
    ("In 2024 the interior ministry blamed a wave of phishing against civil servants on a Nigerian criminal network.",
     "nigerian-criminal-network", "nigeria"),
    ("In 2023 officials blamed pro-Russian hacktivists for the outage of the tax portal.", "pro-russian-hacktivists",
     "russia"),
    ("In 2022 the CERT attributed the defacement of the ministry website to pro-Palestinian hacktivists.",
     "pro-palestinian-hacktivists", "palestine"),
])
def test_a_group_described_by_a_state_it_comes_from_or_leans_to_is_not_the_state(sentence: str, actor: str,
                                                                                  trap: str) -> None:
    culprits = {f[1] for f in facts("Cameroon", sentence, "attributesTo")}
    assert actor in culprits and trap not in culprits, culprits


@pytest.mark.parametrize("sentence, wanted", [
    ("In 2024 the interior ministry blamed a wave of phishing against civil servants on a Nigerian criminal network.",
     "phishing against civil servants"),
    ("In 2022 the CERT linked a phishing campaign targeting diplomats to APT35.", "phishing campaign targeting diplomats"),
    ("In 2021 the government attributed an intrusion into the port authority's network to APT34.",
     "intrusion into the port authority's network"),
])
def test_an_incident_brought_in_by_a_where_it_is_blamed_is_told_there(sentence: str, wanted: str) -> None:
    assert named(incident_names("Cameroon", sentence), wanted)


def test_an_incident_referred_back_to_where_it_is_blamed_is_not_told_again() -> None:
    assert facts("Cameroon", "In 2020 the government attributed the attack on its parliament to the GRU.",
                 "suffered") == set()


@pytest.mark.parametrize("sentence, wanted", [
    ("The national broadcaster, Cameroon Radio Television (CRTV), had its Facebook page hijacked in 2021.",
     "Hack of the CRTV Facebook page"),
    ("In 2020 the Central Bank of Oman (CBO) had its website defaced by hacktivists.", "Defacement of the CBO website"),
    ("In 2023 the Port Authority of Douala saw its servers encrypted by ransomware.",
     "ransomware attack on the Port Authority of Douala servers"),
])
def test_a_body_that_had_its_page_or_servers_hit_is_the_victim(sentence: str, wanted: str) -> None:
    assert named(incident_names("Cameroon", sentence), wanted)


@pytest.mark.parametrize("sentence, wanted", [
    ("In December 2022 the Ministry of Finance reported that its systems had been encrypted by ransomware.",
     "ransomware attack on the Ministry of Finance"),
    ("In 2023 the Hellenic Statistical Authority (ELSTAT) said that its servers had been hit by a DDoS attack.",
     "DDoS attack on ELSTAT servers"),
    ("In 2021 the National Lottery Company confirmed that its network had been breached.",
     "breach of the National Lottery Company network"),
])
def test_its_systems_are_those_of_the_body_that_reported_the_attack(sentence: str, wanted: str) -> None:
    assert named(incident_names("Serbia", sentence), wanted)


@pytest.mark.parametrize("sentence, wanted", [
    ("In September 2021 the personal details of some 16 million patients were stolen from the systems of a public "
     "hospital in Phetchabun.", "theft of patient data from a public hospital"),
    ("In 2020 records of 100,000 taxpayers were stolen from the revenue department.",
     "theft of taxpayer data from revenue department"),
    ("In 2023 the personal data of thousands of students of the University of Yaounde I were exposed after hackers "
     "compromised its enrolment platform.", "University of Yaounde I data leak"),
])
def test_stolen_data_is_named_by_whose_it_was_and_where_it_came_from(sentence: str, wanted: str) -> None:
    found = incident_names("Thailand", sentence)
    assert named(found, wanted) and len(found) == 1, found


@pytest.mark.parametrize("sentence", [
    "The government attributed neither incident publicly, though press reports pointed to a Russian-speaking gang.",
    "In 2022 the government attributed no incident to a state, though media pointed to a Brazilian gang.",
    "Officials blamed none of the outages on a foreign actor, though researchers linked them to a Chinese group.",
])
def test_attributing_neither_or_none_is_no_attribution(sentence: str) -> None:
    assert facts("Uruguay", sentence, "attributesTo") == set()



@pytest.mark.parametrize("sentence, expected", [
    ("Jointly with the United Kingdom and Canada, Honduras attributed the campaign against its ministries to APT29 in "
     "2021.", {("honduras", "apt29")}),
    ("Along with Mexico and Panama, Tegucigalpa in 2023 blamed the intrusions into its registry on APT41.",
     {("honduras", "apt41")}),
    ("Like Guatemala and El Salvador, Honduras attributed the 2020 leak to Lazarus Group in 2021.",
     {("honduras", "lazarus-group")}),
])
def test_a_fronted_partner_list_leaves_the_profile_state_as_the_attributor(sentence: str, expected: set) -> None:
    assert {(f[0], f[1]) for f in facts("Honduras", sentence, "attributesTo")} == expected


@pytest.mark.parametrize("sentence, wanted", [
    ("In August 2023 rail traffic near Split was halted for several hours by forged radio-stop signals; no state was "
     "named.", "disruption of rail traffic by forged radio-stop signals"),
    ("In 2022 ferry services in Piraeus were disrupted by spoofed GPS signals.",
     "disruption of ferry services by spoofed GPS signals"),
    ("In 2021 power supplies in Thessaloniki were interrupted by falsified control commands sent to the grid.",
     "disruption of power supplies by falsified control commands"),
])
def test_a_service_stopped_by_forged_commands_is_an_incident(sentence: str, wanted: str) -> None:
    assert named(incident_names("Greece", sentence), wanted)


@pytest.mark.parametrize("sentence", [
    "In 2021 traffic in Athens was halted by protesters.",
    "In 2022 rail services were disrupted by a strike.",
    "In 2020 flights were stopped by a false alarm about a bomb.",
])
def test_a_service_stopped_by_people_or_weather_is_no_incident(sentence: str) -> None:
    assert incident_names("Greece", sentence) == []


@pytest.mark.parametrize("sentence", [
    "The United States attributed a 2020 campaign against regional ministries to a Chinese espionage group, and "
    "Honduras declined to join that attribution.",
    "In 2021 the United Kingdom blamed the intrusion on a Russian criminal gang, but Tegucigalpa did not follow suit.",
    "Canada linked the 2022 outage to a Brazilian hacker group; Honduras refused to endorse the finding.",
])
def test_another_states_attribution_the_profile_state_stayed_out_of_is_a_foil(sentence: str) -> None:
    assert facts("Honduras", sentence, "attributesTo") == set()
