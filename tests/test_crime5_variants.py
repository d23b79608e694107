"""Conventions, votes, incidents and attributions in wordings the development corpus does not use (round 5,
generalisation). Every sentence is invented, about states outside the corpora's test profiles; the expected facts
were written before the rule was changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.evaluation import words_match
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
BUDAPEST, SAP, MALABO, UN = ("budapest-convention", "budapest-second-protocol", "malabo-convention",
                             "un-cybercrime-convention")


def facts(state: str, sentence: str, relation: str) -> set[tuple]:
    """(subject, object, year, status) of the facts of one relation read in a sentence about ``state``; incidents
    by their label and other names, attributions with their partners."""
    text = f"{state} is a member of the United Nations. {sentence}"
    result = extract_sources(Settings(root=ROOT), [SourceText("v", Path("v.txt"), text, "An invented profile",
                                                              "2026-11-27")])
    short = lambda key: key.rsplit("/", 1)[-1]  # noqa: E731
    found = set()
    for fact in result.facts:
        if fact.relation != relation:
            continue
        if relation == "suffered":
            entity = result.gazetteer.entities[fact.object]
            found.add((short(fact.subject), frozenset({entity.label, *entity.names}), fact.year))
        elif relation == "attributesTo":
            found.add((short(fact.subject), short(fact.object), fact.year, tuple(short(k) for k in fact.jointly)))
        else:
            found.add((short(fact.subject), short(fact.object), fact.year, fact.status))
    return found


# --- conventions --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Belize put its signature to the Budapest Convention in 2019.", {("belize", BUDAPEST, "2019", "Signed")}),
    ("In 2021 Belize added its signature to the Malabo Convention.", {("belize", MALABO, "2021", "Signed")}),
    ("Belize has yet to put its name to the Second Additional Protocol.", {("belize", SAP, "", "NotParty")}),
    ("Belize has not added its signature to the Malabo Convention.", {("belize", MALABO, "", "NotParty")}),
    ("Parliament approved the ratification of the Malabo Convention in 2021.", {("belize", MALABO, "2021", "Ratified")}),
    ("Belize completed ratification of the Budapest Convention in June 2013.",
     {("belize", BUDAPEST, "2013", "Ratified")}),
    ("The legislature approved accession to the Budapest Convention only in 2017.",
     {("belize", BUDAPEST, "2017", "Acceded")}),
    ("Belize went on to sign the Second Additional Protocol in 2023.", {("belize", SAP, "2023", "Signed")}),
    ("After signing in 2019, Belize went on to ratify the Malabo Convention in 2021.",
     {("belize", MALABO, "2021", "Ratified")}),
])
def test_other_words_for_signing_ratifying_and_acceding(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "partyTo") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Belize applied to accede to the Budapest Convention in 2021.", {("belize", BUDAPEST, "2021", "Planned")}),
    ("In 2016 Belize asked to accede to the Budapest Convention.", {("belize", BUDAPEST, "2016", "Planned")}),
    ("Belize is not a party to the Budapest Convention and has never asked to accede.",
     {("belize", BUDAPEST, "", "NotParty")}),
    ("Belize has not applied to accede to the Budapest Convention.", set()),
])
def test_asking_to_accede_is_planned_unless_denied(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "partyTo") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Belize signed and ratified the UN Convention against Cybercrime in 2025.",
     {("belize", UN, "2025", "Signed"), ("belize", UN, "2025", "Ratified")}),
    ("Belize signed, and in 2020 ratified, the Budapest Convention.",
     {("belize", BUDAPEST, "", "Signed"), ("belize", BUDAPEST, "2020", "Ratified")}),
    ("Belize signed and later ratified the Malabo Convention.",
     {("belize", MALABO, "", "Signed"), ("belize", MALABO, "", "Ratified")}),
    ("Already a party to the Budapest Convention, Belize signed and then ratified the Malabo Convention in 2019.",
     {("belize", MALABO, "", "Signed"), ("belize", MALABO, "2019", "Ratified")}),
])
def test_two_steps_share_the_object_of_the_second(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "partyTo") == expected


# --- votes --------------------------------------------------------------------------------------

A27, A266, A247, A37 = "a-73-27", "a-73-266", "a-74-247", "a-77-37"


@pytest.mark.parametrize("sentence, expected", [
    ("In December 2018 Belize sided with its allies, casting a negative vote on the Russian draft A/73/27.",
     {("belize", A27, "2018", "Against")}),
    ("Belize cast its ballot against A/73/27 and for A/73/266 in 2018.",
     {("belize", A27, "2018", "Against"), ("belize", A266, "2018", "InFavour")}),
    ("Belize gave an affirmative vote to A/77/37 in 2022.", {("belize", A37, "2022", "InFavour")}),
    ("Belize did not cast a negative vote on A/73/27.", set()),
])
def test_a_vote_cast_or_given_with_its_sign(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "votedOn") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Belize voted for A/73/27 as well as for A/73/266 in 2018.",
     {("belize", A27, "2018", "InFavour"), ("belize", A266, "2018", "InFavour")}),
    ("Belize voted for A/73/266 as well as against A/73/27.",
     {("belize", A266, "2018", "InFavour"), ("belize", A27, "2018", "Against")}),
    ("Belize co-sponsored A/74/247 and voted in its favour in 2019.", {("belize", A247, "2019", "InFavour")}),
    ("Belize co-sponsored A/73/27 and A/74/247 and voted in their favour.",
     {("belize", A27, "2018", "InFavour"), ("belize", A247, "2019", "InFavour")}),
])
def test_votes_listed_with_as_well_as_or_given_in_a_texts_favour(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "votedOn") == expected


# --- incidents that are not the sentence's state's ---------------------------------------------

def has_incident(found: set[tuple], state: str, name: str, year: str) -> bool:
    return any(f[0] == state and f[2] == year and any(words_match(name, n) for n in f[1]) for f in found)


@pytest.mark.parametrize("state, sentence", [
    ("Iran", "Iran denies any role in the 2012 sabotage of Saudi Aramco's computers."),
    ("Iran", "Tehran flatly rejected the attribution of the 2016 breach of the Albanian tax office."),
    ("Belarus", "The 2021 hack of the Lithuanian interior ministry was blamed on Minsk, which Belarus dismissed."),
    ("Iran", "According to the UN panel, Iran had stolen data in 2019 through cyberattacks on Gulf airlines."),
    ("Belarus", "In 2022 the EU imposed sanctions on Belarusian officials over the 2021 Ghostwriter campaign."),
])
def test_the_accused_or_the_doer_suffered_nothing(state: str, sentence: str) -> None:
    assert not facts(state, sentence, "suffered")


@pytest.mark.parametrize("state, sentence", [
    ("Belize", "Belize officials recall that the Colonial Pipeline ransomware attack of 2021 in the United States "
               "prompted the initiative."),
    ("Belize", "The NotPetya attack, which crippled Ukrainian businesses in June 2017, was discussed in 2018."),
    ("Belize", "In 2021 Belize joined the EU in condemning the Microsoft Exchange hack."),
    ("Belize", "The 2017 WannaCry outbreak, which hit hospitals in the United Kingdom, spared Belize."),
])
def test_an_incident_placed_in_another_state_or_only_condemned_is_not_the_states(state: str, sentence: str) -> None:
    assert not facts(state, sentence, "suffered")


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2021 Belize condemned the ransomware attack on its own health ministry.", "ransomware attack on its own health ministry", "2021"),
    ("The 2019 ransomware attack on the Belize customs service, which hit its ports, lasted a week.",
     "ransomware attack on the Belize customs service", "2019"),
    ("A 2022 DDoS campaign against Belize ministries in the capital was claimed by a hacktivist group.",
     "DDoS campaign against Belize ministries", "2022"),
])
def test_the_states_own_incident_stays_when_placed_at_home(sentence: str, name: str, year: str) -> None:
    assert has_incident(facts("Belize", sentence, "suffered"), "belize", name, year)


@pytest.mark.parametrize("sentence, name, year", [
    ("In September 2023 the state health insurer BelHealth fell victim to the Medusa ransomware gang, which encrypted "
     "its servers.", "Medusa ransomware attack on BelHealth", "2023"),
    ("In 2021 the port authority fell victim to a ransomware attack.", "ransomware attack on the port authority", "2021"),
    ("The electoral commission fell prey to hackers in 2019.", "cyberattack on the electoral commission", "2019"),
])
def test_falling_victim_to_an_attack_or_a_gang_is_suffering_it(sentence: str, name: str, year: str) -> None:
    assert has_incident(facts("Belize", sentence, "suffered"), "belize", name, year)


@pytest.mark.parametrize("sentence", [
    "The minister fell victim to his own success in 2020.",
    "In 2024 the ministry was flooded with complaints.",
    "The Russian ransomware group encrypted the servers of a Lithuanian bank in 2023.",
])
def test_no_incident_in_a_figure_of_speech_or_without_a_gang_name(sentence: str) -> None:
    assert not facts("Belize", sentence, "suffered")


@pytest.mark.parametrize("sentence, name, year", [
    ("On 17 April 2022 the Conti ransomware group crippled the systems of the Ministry of Finance.",
     "Conti ransomware attack on the Ministry of Finance", "2022"),
    ("In 2023 the Hive gang encrypted the servers of the Belize Social Security Board (SSB).",
     "Hive ransomware attack on the Belize Social Security Board", "2023"),
    ("In March 2024 the Akira ransomware operators paralysed the national water utility.",
     "Akira ransomware attack on the national water utility", "2024"),
])
def test_a_named_ransomware_gang_hitting_something_is_a_ransomware_attack_on_it(sentence: str, name: str,
                                                                                 year: str) -> None:
    assert has_incident(facts("Belize", sentence, "suffered"), "belize", name, year)


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2024 the parliament's website was flooded with junk traffic for two days.", "DDoS attack on the parliament's website",
     "2024"),
    ("In May 2022 the portals of three ministries were overwhelmed by malicious requests.",
     "DDoS attack on the portals of three ministries", "2022"),
    ("Officials said in 2021 that the tax office's servers had been inundated with bogus traffic.",
     "DDoS attack on the tax office's servers", "2021"),
])
def test_being_flooded_with_traffic_is_a_ddos_attack(sentence: str, name: str, year: str) -> None:
    assert has_incident(facts("Belize", sentence, "suffered"), "belize", name, year)


@pytest.mark.parametrize("text, name, year", [
    ("Belize was hit by ransomware in March 2022. Weeks later the website of the Senate was defaced.",
     "defacement of the website of the Senate", "2022"),
    ("Belize's cyber policy changed in 2022. In mid-July of that year, a cyberattack against the government's online "
     "services knocked the main portal offline.", "cyberattack against the government's online services", "2022"),
    ("Belize hosted a summit in 2021. Two years later a breach of the Belize Statistics Institute was reported.",
     "breach of the Belize Statistics Institute", "2023"),
    ("Belize opened its CERT in 2020. A second wave followed days later, when the border-control system BOSS was "
     "crippled by the same actors.", "cyberattack on the border-control system BOSS", "2020"),
])
def test_an_incident_dated_from_the_sentence_before(text: str, name: str, year: str) -> None:
    assert has_incident(facts("Belize", text, "suffered"), "belize", name, year)


# --- attributions -------------------------------------------------------------------------------

def culprits(found: set[tuple]) -> set[tuple[str, str, str]]:
    return {(f[0], f[1], f[2]) for f in found}


@pytest.mark.parametrize("sentence, expected", [
    ("In December 2023 the national cyber authority assessed with high confidence that the Iranian group Homeland "
     "Justice was behind renewed attacks on the parliament's data systems.", {("belize", "homeland-justice", "2023")}),
    ("Belize's foreign ministry said in 2022 that Sandworm was responsible for the outage.",
     {("belize", "sandworm", "2022")}),
    ("Belize concluded in 2023 that the intrusion had been carried out by APT29, a group tied to Russia's SVR.",
     {("belize", "apt29", "2023"), ("belize", "svr", "2023")}),
    ("In 2021 the government stated publicly that the breach was perpetrated by Lazarus.",
     {("belize", "lazarus", "2021")}),
])
def test_a_states_finding_that_an_actor_was_behind_or_carried_out_an_attack(sentence: str, expected: set) -> None:
    assert culprits(facts("Belize", sentence, "attributesTo")) == expected


@pytest.mark.parametrize("sentence", [
    "Investigators found that the attack was conducted by a criminal group operating from Nigeria.",
    "In 2011 the certificate authority was breached, an intrusion later linked by investigators to Iran.",
    "The 2019 hack of the tax office, linked by a security firm to APT28, was the largest.",
    "Researchers said in 2020 that the attack had been carried out by Lazarus.",
])
def test_no_attribution_by_investigators_firms_or_researchers(sentence: str) -> None:
    assert not facts("Belize", sentence, "attributesTo")


@pytest.mark.parametrize("sentence, expected", [
    ("The 2020 hack of the ministry was attributed to Russia by Belize and Canada.",
     {("belize", "russia", "2020", ("canada",))}),
    ("The hack was blamed on Iran by the United States in 2021.", {("united-states", "iran", "2021", ())}),
    ("The WannaCry ransomware attack of May 2017 was attributed to North Korea by the United States and the United "
     "Kingdom in December 2017.", {("united-states", "north-korea", "2017", ("united-kingdom",))}),
])
def test_the_agents_after_by_attributed_and_are_no_culprits(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "attributesTo") == expected


def test_a_famous_incident_told_about_other_states_only_is_not_the_states() -> None:
    assert not facts("Belize", "The WannaCry ransomware attack of May 2017 was attributed to North Korea by the United "
                               "States and the United Kingdom in December 2017.", "suffered")
    assert facts("Belize", "The WannaCry ransomware attack of May 2017 hit Belize's hospitals.", "suffered")
    assert facts("Belize", "In 2012 the national CERT exposed the Flamebot espionage malware and linked it to Russian "
                           "security services.", "suffered")


@pytest.mark.parametrize("sentence, expected", [
    ("In 2024 the council formally attributed the intrusions to APT41, a group it described as working for China's "
     "Ministry of State Security (MSS).", {("belize", "apt41", "2024"), ("belize", "mss", "2024")}),
    ("In 2022 the government attributed the attack to APT35, an actor working on behalf of Iran's Islamic "
     "Revolutionary Guard Corps (IRGC).", {("belize", "apt35", "2022"), ("belize", "irgc", "2022")}),
    ("In 2019 Belize blamed the outage on Cobalt Bear, a unit controlled by Russia's GRU.",
     {("belize", "cobalt-bear", "2019"), ("belize", "gru", "2019")}),
])
def test_the_body_a_named_group_works_for_is_also_a_culprit(sentence: str, expected: set) -> None:
    assert culprits(facts("Belize", sentence, "attributesTo")) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In December 2018 Belize sided with its allies, casting a negative vote on the Russian draft A/73/27 while "
     "supporting A/73/266.", {("belize", A27, "2018", "Against"), ("belize", A266, "2018", "InFavour")}),
    ("Belize voted for A/73/266 but opposed the Russian-sponsored A/73/27.",
     {("belize", A266, "2018", "InFavour"), ("belize", A27, "2018", "Against")}),
    ("Belize abstained on A/74/247, while backing resolution A/77/37.",
     {("belize", A247, "2019", "Abstained"), ("belize", A37, "2022", "InFavour")}),
    # (round 7: a General Assembly resolution supported or opposed by its symbol is a vote even with no vote word)
    ("Belize supported A/73/266 and opposed A/73/27.",
     {("belize", A266, "2018", "InFavour"), ("belize", A27, "2018", "Against")}),
])
def test_support_or_opposition_beside_a_vote_is_a_vote(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "votedOn") == expected


# --- initiatives --------------------------------------------------------------------------------

PARIS, PALL_MALL, CRI, POA = ("paris-call", "pall-mall-process", "counter-ransomware-initiative", "programme-of-action")


@pytest.mark.parametrize("sentence, expected", [
    ("The Paris Call, initiated by France in 2018, was endorsed by Belize in 2019.",
     {("france", PARIS, "2018", ""), ("belize", PARIS, "2019", "")}),
    ("The Counter Ransomware Initiative has been joined by Belize and Chile since 2022.",
     {("belize", CRI, "2022", ""), ("chile", CRI, "2022", "")}),
    ("The Paris Call was signed by Belize's foreign ministry in 2020.", {("belize", PARIS, "2020", "")}),
    ("The Paris Call was not endorsed by Belize.", set()),
    ("The Pall Mall Process may be joined by Belize in 2026.", set()),
])
def test_an_initiative_joined_in_the_passive(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "joined") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Pall Mall Process, launched by France and the United Kingdom in 2024, has not yet been joined by Belize.",
     {("france", PALL_MALL, "2024", ""), ("united-kingdom", PALL_MALL, "2024", "")}),
    ("The Paris Call, founded by France in 2018, counts many states.", {("france", PARIS, "2018", "")}),
    ("The Pall Mall Process, set up by the United Kingdom in 2024, was welcomed by Belize.",
     {("united-kingdom", PALL_MALL, "2024", "")}),
])
def test_an_initiative_launched_by_states_in_an_appositive_is_theirs(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "joined") == expected


@pytest.mark.parametrize("sentence", [
    "Belize was among the sponsors of A/77/37 on the Programme of Action.",
    "Belize is a co-sponsor of the Programme of Action.",
    "In 2022 Belize figured among the co-sponsors of the Programme of Action.",
])
def test_a_sponsor_of_an_initiative_joined_it(sentence: str) -> None:
    assert {(f[0], f[1]) for f in facts("Belize", sentence, "joined")} == {("belize", POA)}


@pytest.mark.parametrize("sentence, name", [
    ("In 2022 the border-control system BOSS was crippled.", "attack on the border-control system BOSS"),
    ("In 2021 the customs portal was hit by a cyberattack.", "attack on the customs portal"),
    ("A 2020 cyber-attack on the electoral commission delayed the count.", "attack on the electoral commission"),
])
def test_a_cyberattack_is_also_named_an_attack(sentence: str, name: str) -> None:
    found = facts("Belize", sentence, "suffered")
    assert any(any(words_match(name, n) for n in f[1]) for f in found), found


@pytest.mark.parametrize("sentence, expected", [
    ("Belize was among the states that signed the UN Convention against Cybercrime at the Hanoi ceremony in October "
     "2025 and ratified it in 2026.", {("belize", UN, "2025", "Signed"), ("belize", UN, "2026", "Ratified")}),
    ("At the Paris meeting Belize signed the Second Additional Protocol in 2023.", {("belize", SAP, "2023", "Signed")}),
    ("During the Tokyo conference in 2022 Belize signed the Malabo Convention.", {("belize", MALABO, "2022", "Signed")}),
])
def test_a_capital_after_at_or_during_is_no_subject(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "partyTo") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Belize opposed A/73/27 in a recorded vote in December 2018, whereas it backed A/73/266 in the same session.",
     {("belize", A27, "2018", "Against"), ("belize", A266, "2018", "InFavour")}),
    ("In the 2019 vote Belize rejected A/74/247.", {("belize", A247, "2019", "Against")}),
    ("Belize backed A/77/37 when it was put to a vote in 2022.", {("belize", A37, "2022", "InFavour")}),
])
def test_support_or_opposition_in_a_sentence_about_a_vote_is_a_vote(sentence: str, expected: set) -> None:
    assert facts("Belize", sentence, "votedOn") == expected


@pytest.mark.parametrize("sentence", [
    "Belize was among the first endorsers of the Paris Call in 2018.",
    "Belize has been one of the endorsers of the Paris Call since 2018.",
    "Belize was one of the early endorsers of the Paris Call in November 2018.",
])
def test_an_endorser_of_an_initiative_joined_it(sentence: str) -> None:
    assert facts("Belize", sentence, "joined") == {("belize", PARIS, "2018", "")}


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2021 the health ministry's network was also found to have been breached.", "breach of the health ministry's network", "2021"),
    ("The tax portal was reported to have been hacked in March 2020.", "hack of the tax portal", "2020"),
    ("In 2023 hackers leaked the personal data of some 16 million citizens from a state database.",
     "leak of the personal data of 16 million citizens", "2023"),
    ("In November 2024 DDoS floods against Belize election websites disrupted voting information.",
     "DDoS floods against Belize election websites", "2024"),
])
def test_more_ways_of_telling_an_intrusion(sentence: str, name: str, year: str) -> None:
    assert has_incident(facts("Belize", sentence, "suffered"), "belize", name, year)


@pytest.mark.parametrize("sentence", [
    "In January 2022 the country's internet was shut down by the authorities.",
    "In 2020 the opposition website was taken offline by the government.",
    "Floods against the river banks in 2021 damaged the capital.",
])
def test_a_shutdown_by_the_authorities_or_a_natural_flood_is_no_incident(sentence: str) -> None:
    assert not facts("Belize", sentence, "suffered")


@pytest.mark.parametrize("sentence", [
    "In 2021 Belize accused the United States of hypocrisy on cyber norms.",
    "In 2019 Belize blamed the United States for double standards in cyberspace.",
    "Belize held the United States responsible for the collapse of the talks in 2022.",
    "Belize named Russia as a partner in 2020.",
    "Belize identified China as its main trading partner in 2021.",
    "In 2023 Belize blamed North Korea for the losses of its exporters.",
])
def test_an_accusation_or_a_naming_for_something_else_than_a_cyber_deed_attributes_nothing(sentence: str) -> None:
    assert not facts("Belize", sentence, "attributesTo")


@pytest.mark.parametrize("sentence, culprit", [
    ("In 2022 Belize named APT28 as the perpetrator of the attack on its parliament.", "apt28"),
    ("In 2022 the government held Iran responsible and broke off relations.", "iran"),
    ("In 2020 Belize accused Russia of a cyberattack on its electoral commission.", "russia"),
    ("In 2023 Belize blamed North Korea for the theft of USD 10 million from its central bank.", "north-korea"),
])
def test_an_accusation_or_a_naming_for_a_cyber_deed_attributes(sentence: str, culprit: str) -> None:
    assert {f[1] for f in facts("Belize", sentence, "attributesTo")} == {culprit}


@pytest.mark.parametrize("sentence", [
    "In 2021 Belize publicly backed the attribution of the Exchange hack to China by the EU.",
    "Belize welcomed in 2020 the attribution of the NotPetya attack to Russia.",
    "In 2018 Belize supported the attribution of the WannaCry attack by its partners.",
])
def test_backing_the_attribution_of_an_incident_is_not_suffering_it(sentence: str) -> None:
    assert not facts("Belize", sentence, "suffered")


@pytest.mark.parametrize("sentence", [
    "In 2022 Belize expressed solidarity with Albania, which had blamed Iran for the attack on its government systems.",
    "Belize sent experts to Costa Rica, which suffered a ransomware attack on its finance ministry in 2022.",
    "In 2021 Belize praised Ireland, whose health service was hit by ransomware that year.",
])
def test_an_incident_told_in_a_relative_clause_on_another_state_is_that_states(sentence: str) -> None:
    assert not facts("Belize", sentence, "suffered")
