"""The cyber-diplomacy topics a stretch of text is about (cdo:PolicyTopicScheme), read from its words.

One reader for every rule that needs topics: positions stated in a forum, positions in a national
paper on international law. Patterns are words of the field, never of a particular text.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from cdkg.extraction.prefilter import may_match
from cdkg.vocabulary import CDO, LAW_TOPICS  # LAW_TOPICS: the ontology's cdo:InternationalLawTopics

# a topic named by a negative rule, whose "not" states the view, denies nothing
NOT_ALLOW_TERRITORY = r"\bnot\s+(?:\w+ly\s+)?(?:knowingly\s+)?(?:allow|permit|let)\s+(?:its|their)\s+(?:own\s+)?territor(?:y|ies)\b"
NEGATIVE_TOPIC = re.compile(NOT_ALLOW_TERRITORY, re.IGNORECASE)
POLICY_TOPICS: list[tuple[re.Pattern[str], URIRef]] = [
    (re.compile(r"\bsovereign(?:ty)?\b(?! (?:political )?(?:decision|prerogative|right to attribute))", re.IGNORECASE),
     CDO.Sovereignty),
    # non-intervention is a rule of its own: said with sovereignty in one breath ("sovereignty and non-intervention
    # apply") it is one position, said in a clause of its own ("and that a cyber operation may amount to a prohibited
    # intervention") another (see international_law._merged)
    (re.compile(r"\bnon-intervention\b|"
                r"\b(?:prohibition|principle|rule)\s+of\s+(?:non-)?intervention\b|\bnon-interference\b|"
                r"\b(?:prohibited|unlawful|coercive|illegal)\s+intervention\b|\bintervention\s+in\s+(?:the\s+)?internal\s+affairs\b",
                re.IGNORECASE), CDO.NonIntervention),
    # a state must not knowingly allow its territory to be used for wrongful acts: the due diligence rule in the GGE's
    # words (norm 13(c))
    (re.compile(r"\bdue diligence\b|" + NOT_ALLOW_TERRITORY, re.IGNORECASE), CDO.DueDiligence),
    (re.compile(r"\binternational humanitarian law\b|\bIHL\b|\blaw of armed conflict\b|\bjus in bello\b|"
                r"\bdistinction,? (?:and )?proportionality\b|\bprinciples?\s+of\s+distinction\b",
                re.IGNORECASE), CDO.InternationalHumanitarianLaw),
    # whether data is a civilian object IHL protects: a question of its own in national papers ("and that data may
    # constitute a civilian object")
    (re.compile(r"\bdata\b(?:\s+[\w,-]+){0,6}?\s+(?:a\s+|an\s+)?(?:civilian\s+objects?|objects?\s+protected\s+(?:by|under)\s+"
                r"(?:IHL|international\s+humanitarian\s+law))\b", re.IGNORECASE), CDO.CivilianData),
    (re.compile(r"\bself-defen[cs]e\b|\buse\s+of\s+force\b|\barmed\s+attacks?\b|\bjus\s+ad\s+bellum\b",
                re.IGNORECASE), CDO.UseOfForce),
    (re.compile(r"\bcounter-?measures\b", re.IGNORECASE), CDO.Countermeasures),
    (re.compile(r"\battribut(?:ion|e|ing)\b", re.IGNORECASE), CDO.AttributionTopic),
    (re.compile(r"\bstate responsibility\b|\binternationally wrongful\b", re.IGNORECASE), CDO.StateResponsibility),
    (re.compile(r"\b(?:UN Charter|Charter of the United Nations|(?:existing )?international law)\b[^.;]{0,40}?"
                r"\b(?:appl(?:ies|y|icable)|sufficient)\b|\bapplicab\w+ of (?:existing )?international law\b",
                re.IGNORECASE), CDO.ApplicabilityOfInternationalLaw),
    (re.compile(r"\bnorms?\b(?! of international law)", re.IGNORECASE), CDO.VoluntaryNorms),
    (re.compile(r"\bconfidence[- ]building\b|\bCBMs?\b|\bpoints? of contact\b", re.IGNORECASE),
     CDO.ConfidenceBuildingMeasures),
    (re.compile(r"\bcapacity[- ]building\b", re.IGNORECASE), CDO.CapacityBuildingTopic),
    (re.compile(r"\b(?:new|binding|legally binding)\s+(?:international\s+)?(?:instrument|treaty|convention)\b|"
                r"\bcybercrime (?:treaty|convention)\b", re.IGNORECASE), CDO.CybercrimeTreaty),
    (re.compile(r"\bmilitari[sz]ation\b|\barms race\b", re.IGNORECASE), CDO.Militarisation),
    (re.compile(r"\binternet governance\b|\bmulti-?stakeholder\w*\b", re.IGNORECASE), CDO.InternetGovernance),
    (re.compile(r"\bdata protection\b|\bprivacy\b|\bpersonal data\b", re.IGNORECASE), CDO.DataProtection),
    (re.compile(r"\bhuman rights\b|\bfreedom of expression\b|\bgender\b", re.IGNORECASE), CDO.HumanRightsOnline),
    (re.compile(r"\bcritical (?:information )?infrastructure\b", re.IGNORECASE), CDO.CriticalInfrastructureTopic),
    (re.compile(r"\bsupply[- ]chains?\b", re.IGNORECASE), CDO.SupplyChainSecurity),
]
# Words that make a sentence worth reading for the whole profile even when it names no actor
# ("Due diligence is described as a binding obligation.", "Accession followed on 6 July 2022.").
PROFILE_HINT = re.compile(
    r"\b(?:sovereign|due diligence|humanitarian law|IHL|countermeasure|attribut|state responsibility|intervention|"
    r"non-interference|self-defen|use of force|armed attack|knowingly allow|principles? of distinction|civilian object|"
    r"international law|accession|ratif|ransomware|DDoS|denial-of-service|breach|leak|hack|defac|intrusion|"
    r"crippl|paraly[sz]|flooded|overwhelmed|inundated|encrypted|wiper|malware|worm|virus|variant|trojan|spyware|backdoor|compromis|operation|disrupt|knocked|took down|"
    r"broke into|gained (?:unauthori[sz]ed )?access|intruder|stolen|published online|posted online|hijack|phishing|forged|spoofed|falsified|"
    r"responsib|blam|accus|pointed the finger|behind|do so|attack|cyberattack|victim|campaign|incident|version|"
    r"one|paper|position|speech|address|statement|submission|contribution|draft|remarks|views|delegat|diplomat)\w*"
    # a sentence that goes on with what its pronoun said before ("They also warned against a new treaty.")
    r"|^\s*(?:It|They|Its|Their)\b[^.]{0,40}?\b(?:also|further|likewise|equally|again|moreover|similarly)\b",
    re.IGNORECASE)



def policy_topics(text: str) -> set[URIRef]:
    """Every cdo:PolicyTopicScheme topic the text speaks of."""
    return {topic for pattern, topic in POLICY_TOPICS if may_match(pattern, text) and pattern.search(text)}


def topic_spans(text: str, topics: set[URIRef] | frozenset[URIRef] | None = None) -> list[tuple[URIRef, int, int]]:
    """(topic, start, end) of the first mention of each topic in ``text`` (of ``topics`` only, if given), in text
    order."""
    found = []
    for pattern, topic in POLICY_TOPICS:
        if topics is not None and topic not in topics:
            continue
        match = pattern.search(text) if may_match(pattern, text) else None
        if match:
            found.append((topic, match.start(), match.end()))
    return sorted(found, key=lambda t: t[1])


# a clause of its own opened by a further verb of saying after a comma
SAYING_CLAUSE = re.compile(r",\s+(?=(?:described|cautioned|warned|stressed|argued|held|insisted|noted|called|regarded|"
                           r"treated|urged|rejected|accepted|maintained|affirmed|considered|states\s+that|describes|"
                           r"cautions|warns|stresses|insists|notes|regards|treats|urges|rejects|asserts|recogni[sz]es|"
                           r"acknowledges|underlines|emphasi[sz]es|contends)\b)")


def topic_statements(text: str, topics: set[URIRef] | None = None) -> list[tuple[URIRef, str]]:
    """(topic, the words about it) for each topic of ``text``: from the topic's mention to the next topic's
    or the end of its clause, starting at the clause that holds it."""
    spans = topic_spans(text, topics)
    result = []
    for index, (topic, start, _) in enumerate(spans):
        clause_start = max(text.rfind(mark, 0, start) for mark in (";", ", and", ", while", ", but", " and that",
                                                                   ", holds", ", affirms", ", maintains"))
        saying = [m.start() for m in SAYING_CLAUSE.finditer(text, 0, start)]  # ", described due diligence as …"
        clause_start = max([clause_start] + saying[-1:])
        clause_start = 0 if clause_start < 0 else clause_start
        end = spans[index + 1][1] if index + 1 < len(spans) else len(text)
        stop = min([p for p in (text.find(";", start), len(text)) if p >= 0])
        result.append((topic, text[clause_start:min(end, stop)].strip(" ,;.")))
    return result
