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


@pytest.mark.parametrize("text, conventions, incidents, attributions", PARAGRAPHS,
                         ids=[" ".join(p[0].split()[:2]) for p in PARAGRAPHS])
def test_a_cybercrime_paragraph_in_other_words(text: str, conventions: set, incidents: set,
                                               attributions: set) -> None:
    found_conventions, found_incidents, found_attributions = read(text)
    assert found_conventions == conventions
    assert found_attributions == attributions
    assert same_incidents(found_incidents, incidents), found_incidents
