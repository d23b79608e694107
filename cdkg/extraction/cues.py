"""Cues read off a clause: status (negotiating, planned, proposed, negated, hedged), years, dates, amounts, themes."""

from __future__ import annotations

import re
from decimal import Decimal

from cdkg.vocabulary import CDO

YEAR = r"(?:19[0-9][0-9]|20[0-9][0-9])"
MONTHS = ("January February March April May June July August September October November December").split()
MONTH = "(?:" + "|".join(MONTHS) + ")"
NEGATION = re.compile(r"\b(?:no|not|never|neither|nor|without|lacks?|n't|has yet to|have yet to|failed to|refused to)\b",
                      re.IGNORECASE)
NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)
NEGOTIATING = re.compile(r"\bnegotiat\w*|\btalks\b|\bdiscussing\b|\bunder discussion\b", re.IGNORECASE)
# Status written after the agreement ("a similar agreement with X is still under discussion / is planned").
POSTPOSED = re.compile(
    r"\b(?:is|are|was|were|remains?|has been|have been)\s+(?:still\s+|currently\s+|now\s+|being\s+)?"
    r"(?P<cue>under\s+(?:negotiation|discussion|consideration|review|preparation)|negotiated|discussed|drafted|"
    r"prepared|considered|in\s+(?:preparation|the pipeline|the works)|pending|planned|envisaged|expected|foreseen|"
    r"proposed|on hold)\b|\b(?:has|have)\s+stalled\b"
)
POSTPOSED_NEGATION = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:not|never|yet to)\b|\bnot yet\b")
PROPOSED = re.compile(r"\bpropos\w*|\bdraft\w*", re.IGNORECASE)
PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|intending|aims? to|aiming to|will|shall|is to|are to|"
    r"(?:is|are) (?:set|expected|due|likely|preparing|going) to|explor\w*|consider\w*|envisag\w*|"
    r"seeks? to|seeking to|hopes? to|wish(?:es)? to|may|might|could|would|in the coming|upcoming|future|"
    r"forthcoming|prospective|potential|possible|aspir\w*|appl(?:y|ied|ies) for)\b",
)
HEDGED = re.compile(r"\b(?:reportedly|allegedly|apparently|rumou?red|said to|according to)\b", re.IGNORECASE)
CLAUSE_YEAR = re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Ss]tarting in)\s+(?:(?:early|late|mid)[- ])?(?:{MONTH}\s+)?({YEAR})\b")
YEAR_AFTER = re.compile(
    rf"^\s*(?:\(\s*(?:since\s+|in\s+)?({YEAR})\s*\)|(?:[\w-]+\s+){{0,3}}?(?:since|in)\s+(?:(?:early|late|mid)[- ])?"
    rf"(?:{MONTH}\s+)?({YEAR})\b)"
)
SINCE_YEAR = re.compile(rf"\b[Ss]ince\s+(?:(?:early|late|mid)[- ])?(?:{MONTH}\s+)?({YEAR})\b")
PAREN_YEAR = re.compile(rf"^\s*\(\s*(?:in\s+)?({YEAR})\s*\)")
YEAR_BEFORE = re.compile(rf"(?:\b({MONTH})\s+)?\b({YEAR})(?:\s*-\s*{YEAR})?((?:\s*,\s*{YEAR})*\s+and\s+{YEAR})?\s+$")
MONTH_YEAR = re.compile(rf"\b(?:in\s+)?({MONTH})\s+({YEAR})\b")
AMOUNT = re.compile(
    r"(?P<cur>US\$|USD|A\$|AUD|C\$|CAD|NZ\$|NZD|S\$|SGD|EUR|€|GBP|£|JPY|¥|CHF|NOK|SEK|DKK|\$)\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>billion|million|thousand|bn|mn|[MmBbKk])?\b"
    # the currency written after the number: "1.2 billion yen", "3 million euros", "NOK 40 million"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale2>billion|million|thousand|bn|mn)?\s+"
    r"(?P<cur2>yen|euros?|pounds(?: sterling)?|(?:US |Australian |Canadian |Singapore )?dollars|Swiss francs|"
    r"kron(?:er|or|e)|USD|EUR|GBP|JPY|CHF|NOK|SEK|DKK)\b"
)
CURRENCY_WORDS = {"yen": "JPY", "euro": "EUR", "euros": "EUR", "pounds": "GBP", "pounds sterling": "GBP",
                  "us dollars": "USD", "australian dollars": "AUD", "canadian dollars": "CAD",
                  "singapore dollars": "SGD", "swiss francs": "CHF", "kroner": "NOK", "kronor": "SEK", "krone": "DKK"}
CURRENCY_SIGNS = {"US$": "USD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "S$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY"}
DOLLAR_STATES = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD", "JM": "JMD",
                 "TT": "TTD", "BS": "BSD", "BB": "BBD", "BZ": "BZD", "FJ": "FJD", "LR": "LRD", "NA": "NAD", "GY": "GYD"}
SCALES = {"billion": 10**9, "bn": 10**9, "b": 10**9, "million": 10**6, "mn": 10**6, "m": 10**6,
          "thousand": 10**3, "k": 10**3}
THEMES = [
    (re.compile(r"capacity[- ]building|\bCCB\b|training|workshops?", re.IGNORECASE), CDO.CapacityBuilding),
    (re.compile(r"cyber[- ]?defen[cs]e", re.IGNORECASE), CDO.CyberDefence),
    (re.compile(r"incident response|incident handling", re.IGNORECASE), CDO.IncidentResponse),
    (re.compile(r"information[- ]sharing|sharing (?:of )?information|exchang\w+ (?:of )?(?:information|best practices)",
                re.IGNORECASE), CDO.InformationSharing),
    (re.compile(r"critical infrastructure", re.IGNORECASE), CDO.CriticalInfrastructure),
    (re.compile(r"confidence[- ]building|\bCBMs?\b", re.IGNORECASE), CDO.ConfidenceBuilding),
    (re.compile(r"cyber[- ]?crime|anti-crime", re.IGNORECASE), CDO.Cybercrime),
    (re.compile(r"awareness", re.IGNORECASE), CDO.AwarenessTraining),
]


def is_negated(text: str) -> bool:
    """Whether a clause (up to the trigger) is negated."""
    return bool(NEGATION.search(NOT_ONLY.sub("", text)))


def status_cue(text: str) -> str:
    """'negotiating', 'proposed', 'planned' or '' for the stretch of clause that governs a trigger."""
    if NEGOTIATING.search(text):
        return "negotiating"
    if PROPOSED.search(text):
        return "proposed"
    if PLANNED.search(text):
        return "planned"
    return ""


def postposed_status(text: str) -> str:
    """'negated', 'negotiating', 'proposed', 'planned' or '' from a status written after the trigger."""
    if POSTPOSED_NEGATION.search(text):
        return "negated"
    found = POSTPOSED.search(text)
    if found is None:
        return ""
    cue = found.group("cue") or "stalled"
    if cue.startswith(("under negotiation", "under discussion", "negotiated", "discussed", "stalled", "on hold")):
        return "negotiating"
    return "proposed" if cue.startswith(("proposed", "drafted")) else "planned"


def is_hedged(text: str) -> bool:
    """Whether the clause reports the fact second-hand ("reportedly")."""
    return bool(HEDGED.search(text))


def clause_year(text: str) -> str:
    """The year a clause dates itself with ("in 2013", "Since 2017", "In May 2016"), or ''."""
    found = CLAUSE_YEAR.search(text)
    return found.group(1) if found else ""


def year_after(text_after: str) -> str:
    """A year written right after a name: "NATO since 2004", "ASEAN in 1995", "the X exercise every year since 2018"."""
    found = YEAR_AFTER.match(text_after[:60])
    return (found.group(1) or found.group(2)) if found else ""


def since_year(text: str) -> str:
    """The year of a "since 2017" in ``text``, or ''."""
    found = SINCE_YEAR.search(text)
    return found.group(1) if found else ""


def parenthesised_year(text_after: str) -> str:
    """A year in parentheses right after a mention: "India (2020)"."""
    found = PAREN_YEAR.search(text_after)
    return found.group(1) if found else ""


def years_before(text_before: str) -> tuple[list[str], str]:
    """Years written just before a name ("2018", "March 2021", "2013 and 2019") and a month if any."""
    found = YEAR_BEFORE.search(text_before[-60:])
    if not found:
        return [], ""
    years = [found.group(2)] + re.findall(YEAR, found.group(3) or "")
    month = found.group(1) or ""
    return years, month


def month_date(month: str, year: str) -> str:
    """An ISO 8601 year-month (or just the year)."""
    if not month:
        return year
    return f"{year}-{MONTHS.index(month) + 1:02d}"


def event_date(text_after: str) -> str:
    """The date written just after an event's name ("in May 2016")."""
    found = MONTH_YEAR.match(text_after.strip()) or MONTH_YEAR.match(text_after.strip()[3:])
    if found:
        return month_date(found.group(1), found.group(2))
    year = re.match(rf"\s*(?:in\s+)?({YEAR})\b", text_after)
    return year.group(1) if year else ""


def amount(text: str, funder_alpha2: str = "") -> tuple[Decimal, str] | None:
    """The first sum of money in ``text`` as (units, ISO 4217 code); a bare "$" takes the funder's dollar."""
    found = AMOUNT.search(text)
    if not found:
        return None
    if found.group("num2"):
        word = found.group("cur2")
        currency = CURRENCY_WORDS.get(word.lower(), word.upper())
        if word.lower() == "dollars":
            currency = DOLLAR_STATES.get(funder_alpha2, "USD")
        return _units(found.group("num2"), found.group("scale2")), currency
    sign = found.group("cur")
    currency = CURRENCY_SIGNS.get(sign, sign)
    if sign == "$":
        currency = DOLLAR_STATES.get(funder_alpha2, "USD")
    return _units(found.group("num"), found.group("scale")), currency


def _units(number: str, scale: str | None) -> Decimal:
    """A written number and its scale word as units, to one decimal."""
    return (Decimal(number.replace(",", "")) * SCALES.get((scale or "").lower(), 1)).quantize(Decimal("0.1"))


def themes(text: str) -> list:
    """The ontology themes a clause mentions, in the ontology's order."""
    return [theme for pattern, theme in THEMES if pattern.search(text)]
