"""Cybercrime paragraphs in the corpus's style but in other words: each states a convention status, an incident
or an attribution (or a hedge that is none) as another writer would. The expected facts were written before the
extractor was run on them; every sentence is invented. Conventions and attributions are compared exactly (what
is not expected is spurious); incidents by their words, as the scorer matches them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.evaluation import words_match
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def read(text: str) -> tuple[set[tuple], set[tuple], set[tuple]]:
    """(conventions, incidents, attributions) read in a paragraph: (state, convention, year, status),
    (state, incident label, year, other names), (state, culprit, year, jointly); keys shortened."""
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    short = lambda key: key.rsplit("/", 1)[-1]  # noqa: E731
    conventions, incidents, attributions = set(), set(), set()
    for fact in result.facts:
        if fact.relation == "partyTo":
            conventions.add((short(fact.subject), short(fact.object), fact.year, fact.status))
        elif fact.relation == "suffered":
            entity = result.gazetteer.entities[fact.object]
            incidents.add((short(fact.subject), entity.label, fact.year, frozenset(entity.names)))
        elif fact.relation == "attributesTo":
            attributions.add((short(fact.subject), short(fact.object), fact.year,
                              tuple(short(k) for k in fact.jointly)))
    return conventions, incidents, attributions


def same_incidents(found: set[tuple], expected: set[tuple]) -> bool:
    """Each expected incident found once by its words (state and year equal), and nothing else found."""
    unmatched = list(found)
    for state, name, year in expected:
        hit = next((f for f in unmatched if f[0] == state and f[2] == year and
                    any(words_match(name, each) for each in {f[1], *f[3]})), None)
        if hit is None:
            return False
        unmatched.remove(hit)
    return not unmatched


BUDAPEST, SAP, MALABO, UN = ("budapest-convention", "budapest-second-protocol", "malabo-convention",
                             "un-cybercrime-convention")

PARAGRAPHS = [
    ("Latvia is a member of NATO. Latvia deposited its instrument of ratification of the Budapest Convention in "
     "2007. It signed the Second Additional Protocol in 2022 but has not ratified it. A 2020 ransomware attack on "
     "the health ministry disrupted vaccination bookings. In 2021 the government publicly attributed the attack to "
     "Russia's GRU.",
     {("latvia", BUDAPEST, "2007", "Ratified"), ("latvia", SAP, "2022", "Signed")},
     {("latvia", "ransomware attack on the health ministry", "2020")},
     {("latvia", "gru", "2021", ())}),
    ("Norway is a member of NATO. Norway ratified the Budapest Convention in 2006. The 2017 NotPetya attack hit "
     "its ports and shipping companies. In February 2018 Norway joined the United Kingdom and the United States in "
     "blaming Russia for NotPetya.",
     {("norway", BUDAPEST, "2006", "Ratified")},
     {("norway", "NotPetya attack", "2017")},
     {("norway", "russia", "2018", ("united-kingdom", "united-states"))}),
    ("Lithuania is a member of NATO. Lithuania ratified the Budapest Convention in 2004. In June 2022 Lithuania "
     "suffered DDoS attacks after it restricted transit to Kaliningrad; the government pointed to the pro-Russian "
     "group Killnet.",
     {("lithuania", BUDAPEST, "2004", "Ratified")},
     {("lithuania", "DDoS attacks", "2022")},
     {("lithuania", "killnet", "2022", ())}),
    ("Brazil is a member of the G20. Brazil was invited to accede to the Budapest Convention in 2019 and acceded "
     "to it in 2022. It has signed but not ratified the UN Convention against Cybercrime. A breach of the "
     "electoral commission's systems in 2020 exposed the data of officials, which media suspected was the work of "
     "Portuguese hackers. The government declined to attribute the breach.",
     {("brazil", BUDAPEST, "2022", "Acceded"), ("brazil", UN, "", "Signed")},
     {("brazil", "breach of the electoral commission's systems", "2020")},
     set()),
    ("India is a member of the G20. India remains outside the Budapest Convention and has refrained from signing "
     "it, citing sovereignty concerns. In 2022 a ransomware attack crippled the servers of the All India Institute "
     "of Medical Sciences (AIIMS). Officials declined to attribute the attack, although press reports suspected "
     "Chinese hackers.",
     {("india", BUDAPEST, "", "NotParty")},
     {("india", "ransomware attack on AIIMS", "2022")},
     set()),
    ("South Africa is a member of the African Union. South Africa signed the Budapest Convention in 2001 but has "
     "never ratified it, and it has not signed the Malabo Convention. In 2021 the Transnet port operator was hit "
     "by a cyberattack that halted container terminals.",
     {("south-africa", BUDAPEST, "2001", "Signed"), ("south-africa", MALABO, "", "NotParty")},
     {("south-africa", "cyberattack on the Transnet port operator", "2021")},
     set()),
    ("Costa Rica is a member of the OAS. Costa Rica acceded to the Budapest Convention in 2017. The 2022 Conti "
     "ransomware attack on the finance ministry paralysed tax collection. In April 2022 the government publicly "
     "blamed the Conti group.",
     {("costa-rica", BUDAPEST, "2017", "Acceded")},
     {("costa-rica", "Conti ransomware attack on the finance ministry", "2022")},
     {("costa-rica", "conti", "2022", ())}),
    ("The Netherlands is a member of NATO. In October 2018 the Dutch government publicly attributed the 2016 "
     "breach of its foreign ministry to Russia's GRU, in a joint statement with the United Kingdom.",
     set(),
     {("netherlands", "breach of its foreign ministry", "2016")},
     {("netherlands", "gru", "2018", ("united-kingdom",))}),
    ("New Zealand is a member of the Five Eyes. New Zealand acceded to the Budapest Convention in 2021. In July "
     "2021 New Zealand named China's Ministry of State Security as responsible for the compromise of Microsoft "
     "Exchange servers, together with its Five Eyes partners.",
     {("new-zealand", BUDAPEST, "2021", "Acceded")},
     set(),
     {("new-zealand", "ministry-of-state-security", "2021", ("five-eyes",))}),
    ("Kazakhstan is a member of the CSTO. Kazakhstan is an observer to the T-CY but remains outside the Budapest "
     "Convention. It ratified the UN Convention against Cybercrime in 2025.",
     {("kazakhstan", BUDAPEST, "", "Observer"), ("kazakhstan", BUDAPEST, "", "NotParty"),
      ("kazakhstan", UN, "2025", "Ratified")},
     set(), set()),
    ("Ghana is a member of the African Union. Ghana acceded to the Budapest Convention in 2018 and ratified the "
     "Malabo Convention in 2019. In 2024 the Electoral Commission reported a breach of its voter register; the "
     "government has not attributed the incident.",
     {("ghana", BUDAPEST, "2018", "Acceded"), ("ghana", MALABO, "2019", "Ratified")},
     {("ghana", "breach of its voter register", "2024")},
     set()),
    ("Denmark is a member of NATO. Denmark ratified the Budapest Convention in 2005. In 2020 the Danish government "
     "attributed the 2019 intrusion into its defence ministry to APT28.",
     {("denmark", BUDAPEST, "2005", "Ratified")},
     {("denmark", "intrusion into its defence ministry", "2019")},
     {("denmark", "apt28", "2020", ())}),
    ("Japan is a member of the G7. Japan signed the Budapest Convention in 2001 and ratified it in 2012. Japan "
     "joined the United Kingdom and the United States in blaming North Korea for WannaCry in December 2017.",
     {("japan", BUDAPEST, "2001", "Signed"), ("japan", BUDAPEST, "2012", "Ratified")},
     set(),
     {("japan", "north-korea", "2017", ("united-kingdom", "united-states"))}),
    ("Ireland is a member of the EU. Ireland signed the Budapest Convention in 2002 but has yet to ratify it. In "
     "May 2021 the Health Service Executive (HSE) was hit by Conti ransomware. Two years later, the government "
     "formally attributed the attack to the Wizard Spider group.",
     {("ireland", BUDAPEST, "2002", "Signed")},
     {("ireland", "Conti ransomware attack on the Health Service Executive", "2021")},
     {("ireland", "wizard-spider", "2023", ())}),
    ("Finland is a member of the EU. In 2020 the Finnish parliament was breached, and media suspected APT31. In "
     "March 2021 the government attributed the breach to APT31.",
     set(),
     {("finland", "breach of the Finnish parliament", "2020")},
     {("finland", "apt31", "2021", ())}),
    ("Poland is a member of NATO. Poland ratified the Budapest Convention in 2015. Security researchers linked the "
     "2022 attack on Polish railways to Russian hackers, but Poland has not formally attributed the attack.",
     {("poland", BUDAPEST, "2015", "Ratified")},
     {("poland", "attack on Polish railways", "2022")},
     set()),
]


# A second round, written after the first was read and fixed: expectations again written before running.
PARAGRAPHS += [
    ("Canada is a member of NATO. Canada signed the Budapest Convention in 2001 and ratified it in 2015. In "
     "February 2018, in a joint statement with its Five Eyes partners, Canada attributed the NotPetya malware to "
     "the Russian military.",
     {("canada", BUDAPEST, "2001", "Signed"), ("canada", BUDAPEST, "2015", "Ratified")},
     set(),
     {("canada", "russian-military", "2018", ("five-eyes",))}),
    ("Sweden is a member of the EU. In 2020 the Swedish government said Russia's GRU was behind the 2018 hack of "
     "the Swedish Sports Confederation.",
     set(),
     {("sweden", "hack of the Swedish Sports Confederation", "2018")},
     {("sweden", "gru", "2020", ())}),
    ("The Czech Republic is a member of NATO. The 2019 intrusion into the Czech foreign ministry was attributed by "
     "the government to APT31 in May 2025. Czechia ratified the Budapest Convention in 2013.",
     {("czechia", BUDAPEST, "2013", "Ratified")},
     {("czechia", "intrusion into the Czech foreign ministry", "2019")},
     {("czechia", "apt31", "2025", ())}),
    ("Bangladesh is a member of the Commonwealth. In February 2016 hackers stole USD 81 million from the central "
     "bank through fraudulent SWIFT transfers. Media reports suspected North Korea's Lazarus Group, but the "
     "government has never formally attributed the theft. Bangladesh has neither signed nor acceded to the "
     "Budapest Convention.",
     {("bangladesh", BUDAPEST, "", "NotParty")},
     {("bangladesh", "theft from the central bank", "2016")},
     set()),
    ("Iran is a member of the Shanghai Cooperation Organisation. In 2012 Iranian hackers were blamed by the "
     "United States for DDoS attacks on American banks. In 2010 the Stuxnet worm damaged centrifuges at Natanz, "
     "an operation Iran blamed on the United States and Israel.",
     set(),
     {("iran", "Stuxnet worm", "2010")},
     {("iran", "united-states", "2010", ()), ("iran", "israel", "2010", ())}),
    ("Estonia is a member of NATO. Estonia was hit by DDoS attacks in 2007, which its foreign minister blamed on "
     "Russia.",
     set(),
     {("estonia", "DDoS attacks on Estonia", "2007")},
     {("estonia", "russia", "2007", ())}),
    ("Benin is a member of the African Union. Benin ratified the Malabo Convention in 2016 and acceded to the "
     "Budapest Convention the same year. It was among the first states to sign the UN Convention against "
     "Cybercrime in Hanoi in October 2025.",
     {("benin", MALABO, "2016", "Ratified"), ("benin", BUDAPEST, "2016", "Acceded"), ("benin", UN, "2025", "Signed")},
     set(), set()),
    ("Tunisia is a member of the Arab League. Tunisia was invited to accede to the Budapest Convention in 2018 but "
     "has not yet acceded. A breach of the electoral commission in 2019 exposed the personal data of voters.",
     {("tunisia", BUDAPEST, "", "NotParty")},
     {("tunisia", "breach of the electoral commission", "2019")},
     set()),
    ("Australia is a member of the Quad. Australia acceded to the Budapest Convention in 2013. Australia joined "
     "the United Kingdom and the United States in publicly attributing WannaCry to North Korea in December 2017, "
     "and in 2021 it named China's Ministry of State Security as responsible for the Microsoft Exchange hack.",
     {("australia", BUDAPEST, "2013", "Acceded")},
     set(),
     {("australia", "north-korea", "2017", ("united-kingdom", "united-states")),
      ("australia", "ministry-of-state-security", "2021", ())}),
    ("Ukraine is a member of GUAM. In December 2015 a cyberattack on three power distribution companies cut "
     "electricity to 230,000 people; Ukraine's security service blamed Russia's GRU. Ukraine ratified the "
     "Budapest Convention in 2006.",
     {("ukraine", BUDAPEST, "2006", "Ratified")},
     {("ukraine", "cyberattack on three power distribution companies", "2015")},
     {("ukraine", "gru", "2015", ())}),
    ("Argentina is a member of the G20. Argentina acceded to the Budapest Convention in 2018. Security researchers "
     "attributed the 2021 ransomware attack on the national migration agency to the Netwalker group; the "
     "government did not comment on the attribution.",
     {("argentina", BUDAPEST, "2018", "Acceded")},
     {("argentina", "ransomware attack on the national migration agency", "2021")},
     set()),
    ("Israel is a member of the OECD. Israel acceded to the Budapest Convention in 2016. Israeli units are "
     "suspected of having carried out the 2010 Stuxnet operation against Iran.",
     {("israel", BUDAPEST, "2016", "Acceded")},
     set(), set()),
]


# A third round, expectations written before running (after the mechanisms above were in).
PARAGRAPHS += [
    ("Paraguay is a member of Mercosur. Paraguay deposited its instrument of accession to the Budapest Convention "
     "on 30 July 2018, and in 2023 it signed the Second Additional Protocol. In September 2021 the Ministry of "
     "Information and Communication Technologies reported that a ransomware attack had encrypted servers of the "
     "national electricity company ANDE.",
     {("paraguay", BUDAPEST, "2018", "Acceded"), ("paraguay", SAP, "2023", "Signed")},
     {("paraguay", "ransomware attack on ANDE", "2021")},
     set()),
    ("The Philippines is a member of ASEAN. The Philippines became a party to the Budapest Convention in 2018 "
     "after acceding to it that year. In 2016 hackers breached the database of the Commission on Elections, "
     "exposing the data of 55 million voters.",
     {("philippines", BUDAPEST, "2018", "Acceded")},
     {("philippines", "breach of the Commission on Elections", "2016")},
     set()),
    ("Morocco is a member of the Arab League. Morocco acceded to the Budapest Convention in 2018 and is a party to "
     "its First Additional Protocol. It has not signed the Malabo Convention.",
     {("morocco", BUDAPEST, "2018", "Acceded"), ("morocco", MALABO, "", "NotParty")},
     set(), set()),
    ("Montenegro is a member of NATO. In August 2022 a ransomware attack crippled government servers; the "
     "National Security Agency blamed Russian-backed hackers, while the Cuba Ransomware gang claimed the attack.",
     set(),
     {("montenegro", "ransomware attack on government servers", "2022")},
     {("montenegro", "russian-backed-hackers", "2022", ())}),
    ("Albania is a member of NATO. In July 2022 Iranian state actors launched a cyberattack against Albanian "
     "government services. In September 2022 Albania attributed the attack to Iran's Ministry of Intelligence and "
     "Security and severed diplomatic relations, and the United States and the United Kingdom also attributed it "
     "to Iran.",
     set(),
     {("albania", "cyberattack against Albanian government services", "2022")},
     {("albania", "ministry-of-intelligence-and-security", "2022", ()),
      ("united-states", "iran", "2022", ("united-kingdom",)),
      ("united-kingdom", "iran", "2022", ("united-states",))}),  # (a subject list: each attributes, with the others)
    ("Vietnam is a member of ASEAN. Vietnam hosted the signing ceremony of the UN Convention against Cybercrime "
     "in Hanoi in October 2025 and signed it there; it is not a party to the Budapest Convention.",
     {("vietnam", UN, "2025", "Signed"), ("vietnam", BUDAPEST, "", "NotParty")},
     set(), set()),
    ("Colombia is a member of the OAS. Colombia acceded to the Budapest Convention in 2020. In September 2023 a "
     "ransomware attack on the hosting provider IFX Networks disrupted dozens of public bodies, including the "
     "judiciary. Colombian authorities did not attribute the attack to any state.",
     {("colombia", BUDAPEST, "2020", "Acceded")},
     {("colombia", "ransomware attack on the hosting provider IFX Networks", "2023")},
     set()),
    ("Austria is a member of the EU. In 2020 the Austrian foreign ministry was the target of an intrusion, which "
     "the government attributed in 2021 to a state actor it did not name.",
     set(),
     {("austria", "intrusion into the Austrian foreign ministry", "2020")},
     {("austria", "state-actor", "2021", ())}),  # (an unnamed actor is still an attribution, as the corpus counts
]                                                 # "unnamed foreign special services")


@pytest.mark.parametrize("text, conventions, incidents, attributions", PARAGRAPHS,
                         ids=[" ".join(p[0].split()[:2]) for p in PARAGRAPHS])
def test_a_cybercrime_paragraph_in_other_words(text: str, conventions: set, incidents: set,
                                               attributions: set) -> None:
    found_conventions, found_incidents, found_attributions = read(text)
    assert found_conventions == conventions
    assert found_attributions == attributions
    assert same_incidents(found_incidents, incidents), found_incidents


# --- each mechanism on sentences of its own (three or more wordings each) ----------------------------

def about(state: str, sentence: str) -> tuple[set[tuple], set[tuple], set[tuple]]:
    """What the extractor reads in one sentence of a paragraph about ``state`` (its first sentence names it)."""
    return read(f"{state} is a member of the United Nations. {sentence}")


def names(found: set[tuple]) -> set[tuple[str, str]]:
    """(name, year) of every incident found, under each of its names."""
    return {(name, f[2]) for f in found for name in {f[1], *f[3]}}


def has_incident(found: set[tuple], name: str, year: str) -> bool:
    return any(words_match(name, n) and y == year for n, y in names(found))


@pytest.mark.parametrize("sentence", [
    "Latvia remains outside the Budapest Convention.",
    "Latvia has stayed outside the Malabo Convention, which it judges too broad.",
    "Latvia has refrained from signing the UN Convention against Cybercrime.",
    "Latvia refrains from joining the Budapest Convention for reasons of sovereignty.",
])
def test_staying_outside_or_refraining_from_signing_is_not_being_a_party(sentence: str) -> None:
    conventions, _, _ = about("Latvia", sentence)
    assert {status for _, _, _, status in conventions} == {"NotParty"}


@pytest.mark.parametrize("sentence, expected", [
    ("Latvia is an observer to the T-CY but remains outside the Budapest Convention.",
     {(BUDAPEST, "Observer"), (BUDAPEST, "NotParty")}),
    ("Latvia has observer status in the T-CY and signed the UN Convention against Cybercrime in 2025.",
     {(BUDAPEST, "Observer"), (UN, "Signed")}),
    ("Latvia sits as an observer on the T-CY, although it has not signed the Second Additional Protocol.",
     {(BUDAPEST, "Observer"), (SAP, "NotParty")}),
])
def test_an_observer_in_the_committee_observes_the_budapest_convention_whatever_else_is_named(
        sentence: str, expected: set) -> None:
    conventions, _, _ = about("Latvia", sentence)
    assert {(c, status) for _, c, _, status in conventions} == expected


@pytest.mark.parametrize("sentence, convention", [
    ("Latvia was among the first states to sign the UN Convention against Cybercrime in 2025.", UN),
    ("In 2025 Latvia became one of the first countries to sign the UN Convention against Cybercrime.", UN),
    ("Latvia was the second state to sign the Second Additional Protocol, in 2025.", SAP),
])
def test_the_first_states_to_sign_signed(sentence: str, convention: str) -> None:
    conventions, _, _ = about("Latvia", sentence)
    assert conventions == {("latvia", convention, "2025", "Signed")}


@pytest.mark.parametrize("sentence, name, year", [
    ("The 2017 NotPetya attack disrupted Latvian shipping firms.", "NotPetya attack", "2017"),
    ("In 2021 the Conti ransomware attack on the tax agency halted customs clearance.",
     "Conti ransomware attack on the tax agency", "2021"),
    ("In 2010 the Stuxnet worm damaged Latvian industrial controllers.", "Stuxnet worm", "2010"),
    ("The SolarWinds compromise reached several Latvian ministries in 2020.", "SolarWinds compromise", "2020"),
])
def test_an_incident_named_by_its_own_name(sentence: str, name: str, year: str) -> None:
    _, incidents, _ = about("Latvia", sentence)
    assert has_incident(incidents, name, year)


@pytest.mark.parametrize("sentence", [
    "In 2021 Russian cyberattacks hit Latvian ministries.",
    "In 2021 Chinese espionage campaigns were reported across Europe.",
    "In 2019 Latvia studied espionage malware used elsewhere in the region.",
])
def test_a_demonym_or_a_kind_of_malware_is_no_incidents_name(sentence: str) -> None:
    _, incidents, _ = about("Latvia", sentence)
    assert not any(n.split()[0] in ("Russian", "Chinese") for n, _ in names(incidents))
    assert not any("malware" in n.lower() for n, _ in names(incidents))


@pytest.mark.parametrize("sentence, name", [
    ("In 2022 a ransomware attack on the finance ministry paralysed tax collection for weeks.",
     "Ransomware attack on the finance ministry"),
    ("In 2022 a DDoS attack on the central bank crippled online payments.", "DDoS attack on the central bank"),
    ("In 2022 a cyberattack on three regional hospitals delayed surgeries.", "Cyberattack on three regional hospitals"),
])
def test_an_incidents_name_ends_where_its_target_ends(sentence: str, name: str) -> None:
    _, incidents, _ = about("Latvia", sentence)
    assert {n for n, _ in names(incidents)} >= {name} and \
        not any(w in n for n, _ in names(incidents) for w in ("paralysed", "crippled", "delayed"))


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2022 a ransomware attack disrupted the systems of the national railway company.",
     "ransomware attack on the national railway company", "2022"),
    ("In 2021 a DDoS attack took down the websites of several ministries.", "DDoS attack on several ministries", "2021"),
    ("In 2023 ransomware crippled the servers of the state lottery.", "ransomware attack on the state lottery", "2023"),
    ("In 2020 ransomware hit the port authority.", "ransomware attack on the port authority", "2020"),
])
def test_an_attack_on_the_systems_of_something_is_an_attack_on_it(sentence: str, name: str, year: str) -> None:
    _, incidents, _ = about("Latvia", sentence)
    assert has_incident(incidents, name, year)


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2019 a ransomware attack hit the tax agency, and two years later a data breach exposed records of the "
     "health ministry.", "data breach on the health ministry", "2021"),
    ("A cyberattack struck the post office in 2018; a year later a ransomware attack disrupted the systems of the "
     "water utility.", "ransomware attack on the water utility", "2019"),
    ("In 2016 the parliament was breached by hackers, and the following year a DDoS attack took down the websites "
     "of the police.", "DDoS attack on the police", "2017"),
])
def test_an_incident_told_years_later_counts_from_the_year_before(sentence: str, name: str, year: str) -> None:
    _, incidents, _ = about("Latvia", sentence)
    assert has_incident(incidents, name, year)


@pytest.mark.parametrize("sentence, name", [
    ("In March 2016 hackers stole USD 12 million from the central bank through forged transfers.",
     "theft from the central bank"),
    ("In 2016 criminals stole EUR 3 million from the state savings bank.", "theft from the state savings bank"),
    ("In 2016 attackers siphoned off USD 9 million from the development bank via SWIFT.",
     "theft from the development bank"),
])
def test_stealing_from_a_victim_is_a_theft_from_it(sentence: str, name: str) -> None:
    _, incidents, _ = about("Latvia", sentence)
    assert has_incident(incidents, name, "2016")


@pytest.mark.parametrize("sentence", [
    "In 2021 Latvia named Russia's GRU as responsible for the compromise of e-mail servers.",
    "In 2021 Latvia joined its allies in blaming China for the hack of Microsoft Exchange servers.",
    "In 2021 Latvia accused Russia of the intrusion into foreign e-mail accounts.",
])
def test_what_a_culprit_is_held_responsible_for_is_no_incident_of_the_accuser(sentence: str) -> None:
    _, incidents, attributions = about("Latvia", sentence)
    assert incidents == set() and {(s, y) for s, _, y, _ in attributions} == {("latvia", "2021")}


@pytest.mark.parametrize("sentence, culprit", [
    ("In 2022 Latvia suffered DDoS attacks; the government pointed to the pro-Russian group Killnet.", "killnet"),
    ("After the 2022 breach of its parliament, Latvia pointed the finger at Russia.", "russia"),
    ("In 2022 hackers defaced the websites of Latvian ministries, and officials pointed publicly to Belarus.",
     "belarus"),
])
def test_pointing_to_an_actor_after_an_incident_attributes(sentence: str, culprit: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {(s, c, y) for s, c, y, _ in attributions} == {("latvia", culprit, "2022")}


@pytest.mark.parametrize("sentence", [
    "In 2022 Latvia pointed to Russia's growing influence in the region.",
    "In 2022 the minister pointed to Estonia as a model for digital services.",
    "In 2022 Latvia pointed to the European Union's sanctions regime.",
])
def test_pointing_to_an_actor_without_an_incident_attributes_nothing(sentence: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert attributions == set()


@pytest.mark.parametrize("sentence, year", [
    ("In 2019 hackers breached the health ministry. Two years later, the government attributed the breach to APT29.",
     "2021"),
    ("The 2017 attack on the railway remained unexplained. A year later Latvia attributed it to APT29.", "2018"),
    ("Latvia attributed the 2015 intrusion into its parliament to APT29 in 2020.", "2020"),
    ("In 2020 Latvia attributed the 2016 intrusion into its parliament to APT29.", "2020"),
])
def test_an_attribution_is_dated_by_when_it_was_made(sentence: str, year: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {(c, y) for _, c, y, _ in attributions} == {("apt29", year)}


@pytest.mark.parametrize("sentence, expected", [
    ("Latvia joined Estonia in attributing the 2017 attack to Russia in 2018, and in 2021 it named China's "
     "Ministry of State Security as responsible for a campaign.",
     {("russia", "2018", ("estonia",)), ("ministry-of-state-security", "2021", ())}),
    ("In 2018 Latvia blamed Russia for the attack on its railways together with Lithuania, while in 2020 it "
     "attributed the breach of its parliament to APT31.",
     {("russia", "2018", ("lithuania",)), ("apt31", "2020", ())}),
    ("Latvia joined Lithuania and Poland in publicly attributing the 2019 campaign to Russia in 2020.",
     {("russia", "2020", ("lithuania", "poland"))}),
])
def test_each_coordinated_attribution_keeps_its_own_year_and_partners(sentence: str, expected: set) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {(c, y, j) for _, c, y, j in attributions} == expected


@pytest.mark.parametrize("sentence", [
    "Latvian ministries were hit by DDoS attacks in 2019, which the government blamed on Russia.",
    "The parliament was breached in 2019, an intrusion that the foreign minister attributed to Russia.",
    "In 2019 the railway was hit by ransomware, which Latvia publicly blamed on Russia.",
])
def test_an_attribution_told_in_a_relative_clause_takes_the_incidents_year(sentence: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {(c, y) for _, c, y, _ in attributions} == {("russia", "2019")}


@pytest.mark.parametrize("sentence, culprit", [
    ("In 2023 Latvia attributed the campaign to the Iranian-linked group APT34.", "apt34"),
    ("In 2023 Latvia attributed the campaign to the Chinese state-sponsored actor APT41.", "apt41"),
    ("In 2023 Latvia blamed the outage on the hacktivist group Anonymous Sudan.", "anonymous-sudan"),
    ("In 2023 Latvia attributed the intrusions to the Russian-backed group Sandworm.", "sandworm"),
])
def test_a_group_described_before_its_name_is_the_culprit(sentence: str, culprit: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {c for _, c, _, _ in attributions} == {culprit}


@pytest.mark.parametrize("sentence", [
    "Latvia stopped short of attributing the 2021 attack on its parliament to Russia.",
    "Latvia has refrained from attributing the 2022 breach to Russia.",
    "Latvia has not formally attributed the 2022 breach to Russia.",
    "The 2022 breach was reportedly attributed to Russia.",
    "The 2022 breach was allegedly blamed on Russia by officials.",
    "Media outlets attributed the 2022 breach to Russian hackers.",
    "Latvia declined to attribute the 2022 breach to any state.",
])
def test_no_attribution_in_a_denial_a_hedge_or_hearsay(sentence: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert attributions == set()


@pytest.mark.parametrize("sentence", [
    "In 2022 Latvia attributed the breach, which had not been disclosed before, to Russia.",
    "Latvia, which has not joined the Paris Call, attributed the 2022 breach to Russia in 2022.",
    "In 2022 Latvia publicly attributed the breach to Russia.",
])
def test_a_negation_elsewhere_in_the_sentence_does_not_deny_the_attribution(sentence: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {(c, y) for _, c, y, _ in attributions} == {("russia", "2022")}


@pytest.mark.parametrize("sentence", [
    "Chinese hackers were linked to the 2015 Anthem breach in the United States.",
    "In 2015 Chinese hackers stole fighter designs from defence contractors.",
    "In 2019 Chinese state-backed operatives breached the networks of telecoms firms abroad.",
    "China denied any role in the 2020 SolarWinds compromise.",
    "Beijing rejected claims that it was behind the 2017 NotPetya attack.",
])
def test_the_state_whose_hackers_attacked_or_that_denied_an_incident_suffered_nothing(sentence: str) -> None:
    _, incidents, _ = about("China", sentence)
    assert incidents == set()


@pytest.mark.parametrize("sentence, name, year", [
    ("In 2018 Chinese banks were hit by a DDoS attack.", "DDoS attack on Chinese banks", "2018"),
    ("The 2017 WannaCry attack hit Chinese universities.", "WannaCry attack", "2017"),
    ("Chinese railways suffered the 2022 Prestige ransomware attack.", "Prestige ransomware attack", "2022"),
])
def test_the_states_own_victims_still_suffered(sentence: str, name: str, year: str) -> None:
    _, incidents, _ = about("China", sentence)
    assert has_incident(incidents, name, year)


@pytest.mark.parametrize("sentence", [
    "In 2022 Moldova suffered DDoS attacks; officials pointed to Russia but stopped short of a formal attribution.",
    "After the 2022 breach, officials pointed to Russian interference without formally attributing the attack.",
    "In 2022 Moldova blamed the breach on Russia, though it stopped short of a formal attribution.",
    "In 2022 ministers blamed Russia for the outage, but the government has not formally attributed it.",
])
def test_a_denial_after_the_culprit_takes_back_the_attribution(sentence: str) -> None:
    _, _, attributions = about("Moldova", sentence)
    assert attributions == set()


@pytest.mark.parametrize("sentence", [
    "In 2022 Moldova attributed the breach to Russia, while Romania has not attributed it.",
    "In 2022 Moldova attributed the breach to Russia without naming the unit involved.",
    "In 2022 Moldova blamed Russia for the outage, and Romania did the same a year later.",
])
def test_another_states_denial_or_a_detail_withheld_leaves_the_attribution(sentence: str) -> None:
    _, _, attributions = about("Moldova", sentence)
    assert {(s, c, y) for s, c, y, _ in attributions} == {("moldova", "russia", "2022")}


@pytest.mark.parametrize("sentence, name", [
    ("In 2022 the government blamed Russia for the attack on its parliament.", "attack on its parliament"),
    ("In 2022 Moldova accused Russia of the breach of its electoral commission.",
     "breach of its electoral commission"),
    ("In 2022 Moldova named Russia's GRU as responsible for the intrusion into its foreign ministry.",
     "intrusion into its foreign ministry"),
])
def test_an_incident_the_text_marks_as_the_states_own_is_its_own_even_inside_a_blame(sentence: str, name: str) -> None:
    _, incidents, _ = about("Moldova", sentence)
    assert has_incident(incidents, name, "2022")


@pytest.mark.parametrize("sentence, expected", [
    ("In 2022 Albania attributed the attack to Iran, and the United States also attributed it to Iran.",
     {("albania", "iran"), ("united-states", "iran")}),
    ("In 2022 Albania blamed Iran for the attack, and Canada likewise blamed Iran.",
     {("albania", "iran"), ("canada", "iran")}),
    ("In 2022 Albania attributed the attack to Iran; Japan attributed it to Iran too.",
     {("albania", "iran"), ("japan", "iran")}),
])
def test_a_coordinated_clause_with_its_own_subject_attributes_for_that_subject(sentence: str, expected: set) -> None:
    _, _, attributions = about("Albania", sentence)
    assert {(s, c) for s, c, _, _ in attributions} == expected


@pytest.mark.parametrize("sentence, name", [
    ("In 2022 hackers launched a cyberattack against Albanian government services.",
     "cyberattack against Albanian government services"),
    ("In 2022 a DDoS campaign targeted Albanian intelligence services.", "DDoS campaign"),
    ("In 2022 a ransomware attack on Albanian security services disrupted border checks.",
     "ransomware attack on Albanian security services"),
])
def test_the_states_own_services_attacked_are_no_agents(sentence: str, name: str) -> None:
    _, incidents, _ = about("Albania", sentence)
    assert has_incident(incidents, name, "2022")


@pytest.mark.parametrize("sentence, convention, year", [
    ("Vietnam hosted the signing ceremony of the UN Convention against Cybercrime in October 2025 and signed it "
     "there.", UN, "2025"),
    ("Vietnam welcomed the opening of the UN Convention against Cybercrime in Hanoi in 2025 and then signed it.",
     UN, "2025"),
    ("Vietnam joined the consensus on the UN Convention against Cybercrime in December 2024 and signed it.",
     UN, "2024"),
])
def test_a_step_after_a_dated_act_that_was_no_step_takes_its_year(sentence: str, convention: str, year: str) -> None:
    conventions, _, _ = about("Vietnam", sentence)
    assert (convention, year, "Signed") in {(c, y, st) for _, c, y, st in conventions}


@pytest.mark.parametrize("sentence, name", [
    ("In 2016 hackers breached the database of the Commission on Elections.", "breach of the Commission on Elections"),
    ("In 2016 hacktivists defaced the website of the Senate.", "defacement of the Senate"),
    ("In 2016 attackers had compromised the e-mail accounts of the foreign ministry.",
     "compromise of the foreign ministry"),
])
def test_hackers_breaching_something_is_a_breach_of_it(sentence: str, name: str) -> None:
    _, incidents, _ = about("Tunisia", sentence)
    assert has_incident(incidents, name, "2016")


@pytest.mark.parametrize("sentence, name", [
    ("In 2020 the Austrian foreign ministry was the target of an intrusion, which the government attributed in "
     "2021 to a state actor.", "intrusion on the Austrian foreign ministry"),
    ("In 2020 the Austrian parliament was the victim of a ransomware attack, which officials disclosed in 2021.",
     "ransomware attack on the Austrian parliament"),
    ("In 2020 the Viennese city council suffered a data breach, which was made public in 2022.",
     "data breach on the Viennese city council"),
])
def test_an_incident_keeps_its_own_year_not_that_of_a_relative_clause_after_it(sentence: str, name: str) -> None:
    _, incidents, _ = about("Austria", sentence)
    assert has_incident(incidents, name, "2020")


@pytest.mark.parametrize("sentence", [
    "Vietnam joined the negotiations of the UN Convention against Cybercrime in 2022.",
    "Vietnam joined other states in supporting the UN Convention against Cybercrime in 2024.",
    "Vietnam joined the consensus on the Budapest Convention's Second Additional Protocol in 2021.",
])
def test_joining_talks_or_a_consensus_on_a_convention_is_no_accession(sentence: str) -> None:
    conventions, _, _ = about("Vietnam", sentence)
    assert conventions == set()


@pytest.mark.parametrize("sentence, convention", [
    ("Vietnam joined the Budapest Convention in 2022.", BUDAPEST),
    ("Vietnam signed the Malabo Convention in 2019 and joined it in 2022.", MALABO),
    ("In 2022 Vietnam joined both the Budapest Convention and its Second Additional Protocol.", BUDAPEST),
])
def test_joining_the_convention_itself_is_an_accession(sentence: str, convention: str) -> None:
    conventions, _, _ = about("Vietnam", sentence)
    assert ("vietnam", convention, "2022", "Acceded") in conventions


@pytest.mark.parametrize("sentence, name", [
    ("In 2017 the United Kingdom blamed North Korea for the attack on British hospitals.",
     "attack on British hospitals"),
    ("In 2017 the United Kingdom held China responsible for the breach of British e-mail servers.",
     "breach of British e-mail servers"),
    ("In 2017 the United Kingdom accused Russia of the intrusion into British ministries.",
     "intrusion into British ministries"),
])
def test_the_victim_named_after_a_directly_blamed_culprit_is_no_culprit(sentence: str, name: str) -> None:
    _, incidents, attributions = about("The United Kingdom", sentence)
    assert has_incident(incidents, name, "2017")
    assert {(s, y) for s, _, y, _ in attributions} == {("united-kingdom", "2017")}


@pytest.mark.parametrize("sentence, culprit", [
    ("In 2017 the United Kingdom blamed the attack on British hospitals on North Korea.", "north-korea"),
    ("In 2017 the United Kingdom blamed the campaign on British universities on China.", "china"),
    ("In 2017 the United Kingdom blamed the leak on British officials' phones on Iran.", "iran"),
])
def test_blaming_an_attack_on_the_states_own_things_on_another_blames_the_other(sentence: str, culprit: str) -> None:
    _, _, attributions = about("The United Kingdom", sentence)
    assert {(s, c) for s, c, _, _ in attributions} == {("united-kingdom", culprit)}


@pytest.mark.parametrize("sentence, expected", [
    ("Ghana is yet to sign the Malabo Convention.", {(MALABO, "", "NotParty")}),
    ("Ghana remains yet to accede to the Budapest Convention.", {(BUDAPEST, "", "NotParty")}),
    ("Ghana is still yet to join the Budapest Convention.", {(BUDAPEST, "", "NotParty")}),
    ("Ghana signed the Malabo Convention in 2019 but is still yet to ratify it.", {(MALABO, "2019", "Signed")}),
])
def test_being_yet_to_sign_is_not_being_a_party_and_yet_to_ratify_keeps_the_signature(sentence: str,
                                                                                      expected: set) -> None:
    conventions, _, _ = about("Ghana", sentence)
    assert {(c, y, st) for _, c, y, st in conventions} == expected


@pytest.mark.parametrize("sentence, attributor", [
    ("In 2018 Latvia expressed solidarity with the United Kingdom after it attributed the attack to Russia.",
     "united-kingdom"),
    ("In 2018 Latvia thanked Estonia when it publicly attributed the campaign to Russia.", "estonia"),
    ("In 2018 Latvia raised its alert level after it had attributed the attack to Russia.", "latvia"),
])
def test_it_in_a_subordinate_clause_is_the_state_named_just_before(sentence: str, attributor: str) -> None:
    _, _, attributions = about("Latvia", sentence)
    assert {(s, c, j) for s, c, _, j in attributions} == {(attributor, "russia", ())}


@pytest.mark.parametrize("sentence, culprit", [
    ("In 2023 the government attributed the outage at the tax office to an organised criminal gang.",
     "organised-criminal-gang"),
    ("In 2022 a phishing wave against the ministries was blamed by the government on a hacking group based in "
     "Brazil.", "hacking-group-based-in-brazil"),
    ("In 2024 officials said a state-sponsored actor was behind the intrusion into the customs network.",
     "state-sponsored-actor"),
    ("The interior ministry blamed the 2021 data breach at the land registry on a little-known extortion crew.",
     "little-known-extortion-crew"),
    ("In 2023 the government attributed the attack on the port to a group with links to Russia.",
     "group-with-links-to-russia"),
    ("In 2023 officials said a network tied to Iran was behind the intrusion into the customs network.",
     "network-tied-to-iran"),
])
def test_an_actor_described_not_named_is_the_culprit_and_not_the_state_it_operates_from(sentence: str,
                                                                                      culprit: str) -> None:
    _, _, attributions = about("Uruguay", sentence)
    assert {(s, c) for s, c, _, _ in attributions} == {("uruguay", culprit)}


@pytest.mark.parametrize("sentence", [
    "Uruguay has never attributed an incident to a foreign criminal group.",
    "In 2023 the regulator attributed the outage to a faulty software update.",
    "In 2023 the government attributed the rise in fraud to a lack of awareness among users.",
])
def test_a_described_actor_is_no_attribution_when_denied_or_no_actor(sentence: str) -> None:
    _, _, attributions = about("Uruguay", sentence)
    assert attributions == set()


@pytest.mark.parametrize("paragraph, culprit, year", [
    ("In March 2020 hackers breached the servers of the electoral court. Officials attributed the breach to a "
     "criminal network.", "criminal-network", "2020"),
    ("In May 2019 ransomware crippled the port authority's billing systems. The government blamed North Korea.",
     "north-korea", "2019"),
    ("Uruguay's central bank was hit by a DDoS attack in October 2022. The interior ministry ascribed the attack to "
     "Russia.", "russia", "2022"),
])
def test_an_attribution_with_no_year_is_dated_by_the_incident_told_just_before(paragraph: str, culprit: str,
                                                                               year: str) -> None:
    _, _, attributions = about("Uruguay", paragraph)
    assert {(s, c, y) for s, c, y, _ in attributions} == {("uruguay", culprit, year)}


@pytest.mark.parametrize("sentence, attributors", [
    ("In 2022 Uruguay attributed the intrusion into its customs network to Russia jointly with Chile and Peru.",
     {"uruguay", "chile", "peru"}),
    ("In 2019 Uruguay joined Canada and Japan in publicly attributing the espionage campaign to Russia.",
     {"uruguay", "canada", "japan"}),
    ("Together with Brazil, Uruguay blamed the 2020 attack on its water utility on Russia.", {"uruguay", "brazil"}),
])
def test_a_joint_attribution_is_one_attribution_with_its_partners(sentence: str, attributors: set) -> None:
    """The acting state attributes; the partners ride along as cdo:jointlyWith (and are not scored as attributors
    of their own: the dev gold has no such row to calibrate that on)."""
    from cdkg.evaluation import scored_facts
    source = SourceText("variant", Path("variant.txt"), f"Uruguay is a member of the United Nations. {sentence}",
                        "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    rows = [s for s in scored_facts("variant", result.facts, result.gazetteer) if s.family == "attribution"]
    assert {(s.subjects[0].rsplit("/", 1)[-1], s.objects[0]) for s in rows} == {("uruguay", "state/russia")}
    assert {p.rsplit("/", 1)[-1] for s in rows for p in s.fact.jointly} == attributors - {"uruguay"}


@pytest.mark.parametrize("sentence, expected", [
    ("In April 2024 the billing systems of Uruguay's water utility were encrypted.",
     {("ransomware attack on Uruguay's water utility", "2024")}),
    ("In March 2023 the port was hit by ransomware, and in May 2023 Antel's servers were encrypted.",
     {("ransomware attack on Antel", "2023"), ("ransomware attack on the port", "2023")}),
    ("The servers of Uruguay's customs service were encrypted in 2021.",
     {("ransomware attack on Uruguay's customs service", "2021")}),
])
def test_systems_said_to_be_encrypted_are_a_ransomware_attack_on_their_owner(sentence: str, expected: set) -> None:
    _, incidents, _ = about("Uruguay", sentence)
    assert same_incidents(incidents, {("uruguay", name, year) for name, year in expected})


@pytest.mark.parametrize("sentence, name, year", [
    ("A 2023 ransomware wave against municipal websites was claimed by a group calling itself Medusa.",
     "ransomware wave against municipal websites", "2023"),
    ("In June 2021 a destructive cyberattack paralysed hospital networks across the country.",
     "cyberattack against hospital networks", "2021"),
    ("In 2019 hackers took over the public address screens of the Carrasco airport.",
     "hack of the public address screens of the Carrasco airport", "2019"),
    ("The DDoS wave of October 2022 against ministry portals lasted four days.", "DDoS wave", "2022"),
])
def test_a_wave_a_bare_target_and_a_takeover_are_incidents(sentence: str, name: str, year: str) -> None:
    _, incidents, _ = about("Uruguay", sentence)
    assert same_incidents(incidents, {("uruguay", name, year)})


@pytest.mark.parametrize("sentence", [
    "In 2020 a new wave of reforms hit the courts.",
    "Since 2020 Uruguay's government data must be encrypted at rest.",
    "In 2021 a heat wave disrupted power networks.",
])
def test_a_wave_that_is_no_attack_and_encryption_as_a_rule_are_no_incidents(sentence: str) -> None:
    _, incidents, _ = about("Uruguay", sentence)
    assert incidents == set()


@pytest.mark.parametrize("paragraph, expected", [
    ("Uruguay signed the UN Convention against Cybercrime in 2025. Ratification by parliament is planned for 2026.",
     {(UN, "2025", "Signed"), (UN, "2026", "Planned")}),
    ("Uruguay signed the Budapest Convention in 2019; its ratification is scheduled for 2027.",
     {(BUDAPEST, "2019", "Signed"), (BUDAPEST, "2027", "Planned")}),
    ("Uruguay signed the Malabo Convention in 2018. Accession to its protocol aside, ratification is expected in "
     "2025.", {(MALABO, "2018", "Signed"), (MALABO, "2025", "Planned")}),
    ("Uruguay signed the Malabo Convention in 2018. Ratification remains pending.", {(MALABO, "2018", "Signed")}),
])
def test_a_step_said_to_be_planned_for_a_year_is_planned(paragraph: str, expected: set) -> None:
    conventions, _, _ = about("Uruguay", paragraph)
    assert {(c, y, st) for _, c, y, st in conventions} == expected
