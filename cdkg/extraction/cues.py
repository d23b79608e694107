"""Cues read off a clause: the one status reader (with negation and hedging), the one time reader, amounts, themes."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from cdkg.vocabulary import CDO

YEAR = r"(?:19[0-9][0-9]|20[0-9][0-9])"
MONTHS = ("January February March April May June July August September October November December").split()
MONTH = "(?:" + "|".join(MONTHS) + ")"
NEGATION = re.compile(r"\b(?:no|not|never|neither|nor|without|lacks?|n't|has yet to|have yet to|had yet to|failed to|"
                      r"yet to)\b", re.IGNORECASE)
NOT_ONLY = re.compile(r"\bnot only\b|\bnot least\b|\bno later than\b|\bwithout any formal\b|"
                      r"\bnos?\.\s*\d", re.IGNORECASE)  # ("Act No. 24", "(No. 9 of 2022)": a number, not a negation)
# After a name: "…, which has not been ratified", "the agreement was never signed".
POSTPOSED_NEGATION = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:not|never|yet to)\b|\bnot yet\b")
# Second-hand report: the one vocabulary every family's hearsay check starts from ("reportedly", "is said to");
# a family adds only what is hearsay in its own sense (a modal before a stance, "privately" before a blame).
HEARSAY_WORDS = (r"reportedly|allegedly|purportedly|supposedly|rumou?red|"
                 r"(?:is|are|was|were)\s+(?:said|rumou?red|believed|thought|alleged|reported)\s+to")


def hearsay(extra: str = "", flags: int = re.IGNORECASE) -> re.Pattern:
    """The hearsay pattern: ``HEARSAY_WORDS`` and a family's own ``extra`` alternatives, as whole words."""
    return re.compile(rf"\b(?:{HEARSAY_WORDS}{'|' + extra if extra else ''})\b", flags)


HEDGED = hearsay(r"apparently|said to|according to")
# The one status reader's cues, strongest first: what happened to a thing after it existed, then what it is
# becoming. Each is (status, pattern); the first that matches a clause decides.
ENDED_STATUSES = [
    # "let its 2015 MoU with X lapse", "allowed it to lapse", "was allowed to expire in 2020"
    ("Expired", re.compile(r"\b(?:expir(?:ed|es|y|ing)|lapsed)\b|\b(?:let|lets|allowed|allowing)\s+[^.;]{0,80}?\b(?:lapse|expire)\b")),
    ("Suspended", re.compile(r"\b(?:suspend(?:ed|s|ing)?|frozen|froze|put on hold)\b")),
    ("Terminated", re.compile(r"\b(?:terminat(?:ed|es|ing)|cancel+(?:ed|s)?|revoked|annulled|denounced|scrapped)\b")),
    ("Withdrawn", re.compile(r"\b(?:withdr(?:ew|awn|aws|awing)|pulled out)\b")),
    ("Rejected", re.compile(r"\b(?:reject(?:ed|s|ing)|refus(?:ed|es|ing)|declin(?:ed|es)|turned (?:(?:it|them) )?down|voted down|"
                            r"shelved|veto(?:ed|es))\b")),
]
DRAFT = re.compile(r"\b(?:draft(?:ed|ing|s)?|being prepared|in preparation|under preparation)\b", re.IGNORECASE)
# A legislature a text is lodged with ("the National Assembly", "the Majlis Oman", "the Cortes").
LEGISLATURE = (r"(?:Parliament|Congress|Senate|(?<!General )Assembly|Chamber|Majlis|Shura|Legislature|House|Sejm|Duma|"
               r"Riigikogu|Seimas|Saeima|Bundestag|Knesset|Cortes|Council\s+of\s+Representatives)")
PROPOSED = re.compile(r"\b(?:propos(?:ed|es|al|als|ing)|tabled|put forward|submitted to|sent to (?:parliament|congress)|"
                      # "introduced in the National Assembly", "introduced into the Chamber of Deputies": lodged
                      rf"introduced\s+(?:in|into|before)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,3}}?{LEGISLATURE}\b|"
                      # "referred (by the government) to the Council of Representatives", "sent it to the Cortes":
                      # lodged with a legislature too
                      r"(?:sent|referred|forwarded|transmitted|submitted)\s+(?:it\s+|them\s+)?(?:by\s+(?:the\s+)?(?:[\w-]+"
                      rf"(?:\s+[\w-]+){{0,3}}?)?\s+)?to\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,3}}?{LEGISLATURE}\b|"
                      r"before (?:the )?(?:parliament|congress|senate|assembly|riigikogu|bundestag|national assembly|"
                      r"(?:national|federal|legislative) council|(?:federal|legislative) assembly|legislature|"
                      r"chamber of deputies|house of representatives|lower house|upper house))\b",
                      re.IGNORECASE)
NEGOTIATING = re.compile(r"\bnegotiat\w*|\btalks\b|\bdiscuss(?:ing|ed|ion|ions)\b|\bunder (?:discussion|consideration|"
                         r"review)\b|\bon the table\b", re.IGNORECASE)
PLANNED = re.compile(
    r"\b(?:plans? to|plan on|planned|planning|intends?|intended|intending|aims? to|aiming to|will|shall|is to|are to|"
    r"(?:is|are|was|were) (?:set|expected|due|likely|preparing|going|scheduled) to|explor\w*|consider(?:s|ed|ing)|"
    r"envisag\w*|seeks? to|seeking to|expects? to|expecting to|hopes?|hoping|wish(?:es)? to|may|might|could|would|in the coming|upcoming|"
    r"future|forthcoming|prospective|potential|possible|aspir\w*|appl(?:y|ied|ies) (?:for|to)|call(?:s|ed)? for|"
    r"pending|foreseen|to be (?:signed|established|created|set up|adopted)|start work|offer(?:s|ed|ing)? to|"
    r"invit(?:ed|es) to|(?:is|are|remains?|was) open to|seek(?:s|ing)?|sought|"
    # a wish or a readiness is not a deed: "wants to sign an MoU with X", "is keen to deepen cooperation with Y"
    r"(?:wants?|wanted|wanting|desires?|desired|longs?|looks?|looking|eager|keen|ready|willing) to|would like|"
    r"(?:expressed|expresses|express|showed|shows|has shown) (?:an? |its |their )?(?:\w+ )?interest in|interested in|"
    # a law on a legislature's schedule is still to come: "is included in the legislative schedule for 2025" (whatever
    # step a "but not yet" after it says has not come)
    r"(?:legislative|law-making|parliamentary) (?:schedule|agenda|calendar|programme|program|timetable|plan))\b",
)
DONE = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|conclud(?:ed|es)|inked|struck|entered into|agreed|initial(?:l)?ed|sealed|"
    r"put (?:their|its) signatures? (?:to|on)|adopt(?:ed|s)|approv(?:ed|es)|"
    r"enact(?:ed|s)|passed|publish(?:ed|es)|issu(?:ed|es)|launch(?:ed|es)|released|introduc(?:ed|es)|unveil(?:ed|s)|"
    r"presented|promulgat\w+|gazetted|in force|ratif\w+|renewed|established|created|set up|formed|founded|has|have|had|"
    r"holds?|held|maintains?|brokered|finali[sz]ed|extended|updated|replaced|followed|there (?:are|is|were|was)|"
    r"dat(?:es|ed|ing) (?:back )?(?:from|to))\b"
)
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


DONE_VERB = re.compile(DONE.pattern.replace("has|have|had|", "").replace("|there (?:are|is|were|was)", ""))


# A thing announced whose creation has not happened: "has yet to be set up", "is still to be established", "is also
# still to come" (a pattern's text: the body readers compose it after a body's name; it is no status by itself).
STILL_TO_COME = (r"(?:(?:has|have)\s+(?:\w+ly\s+)?yet\s+to\s+be|(?:is|are)\s+(?:also\s+)?(?:still|yet)\s+to\s+be)\s+"
                 r"(?:\w+ly\s+)?(?:established|set\s+up|created|formed|launched|opened|stood\s+up|inaugurated|"
                 r"made\s+operational)\b|(?:is|are)\s+(?:also\s+)?(?:still|yet)\s+to\s+come\b")
# What may stand between an announced body and that clause: "has been announced but", "was promised in 2023 but".
ANNOUNCED_BUT = (r"(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?(?:announced|promised|proposed|planned|"
                 r"envisaged)\b[^,;.]{0,40}?\s+but\s+")


def is_negated(text: str) -> bool:
    """Whether a clause (up to the trigger) is negated: the one negation reader."""
    return bool(NEGATION.search(NOT_ONLY.sub("", text)))


@lru_cache(maxsize=8192)
def clause_status(before: str, after: str = "") -> str:
    """The one status reader: what a clause says of the thing its trigger names.

    ``before`` is the clause up to and including the trigger noun, ``after`` the rest of the clause. Returns
    'negated', an ended status ('Expired', 'Suspended', 'Terminated', 'Withdrawn', 'Rejected'), 'Draft',
    'Proposed', 'UnderNegotiation', 'Planned', 'done' (an accomplishing verb or possession) or '' when the
    clause only mentions the thing.
    """
    whole = f"{before} {after}"
    for status, pattern in ENDED_STATUSES:
        if pattern.search(whole):
            return status
    negated_after = POSTPOSED_NEGATION.search(after)
    if is_negated(before) or negated_after and not DONE_VERB.search(after[:negated_after.start()]):
        return "negated"
    for status, pattern in (("UnderNegotiation", NEGOTIATING), ("Draft", DRAFT), ("Proposed", PROPOSED),
                            ("Planned", PLANNED)):
        if pattern.search(before) or pattern.search(after):
            return status
    return "done" if DONE.search(whole) else ""


# What a clause says when it only intends, negotiates or negates something (no accomplished fact).
UNACCOMPLISHED = frozenset({"negated", "UnderNegotiation", "Draft", "Proposed", "Planned"})


def is_hedged(text: str) -> bool:
    """Whether the clause reports the fact second-hand ("reportedly")."""
    lowered = text.lower()
    if not any(word in lowered for word in ("report", "alleged", "apparent", "rumo", "said to", "according", "purport",
                                            "suppos", "believed", "thought")):
        return False
    return bool(HEDGED.search(text))


# --- time: the one year reader -------------------------------------------------------------------

NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
SEASON = r"(?:(?:early|late|mid|the (?:spring|summer|autumn|fall|winter|end|beginning|start|middle) of)[- ]\s*)"
# The time reader finds a year (or a relative time) first, then reads what stands just before it: matching
# the optional words before every position of a text was the extractor's slowest pattern.
YEAR_AT = re.compile(
    rf"(?<![\d/.])(?P<year>{YEAR})(?:\s*(?:-|to)\s*(?P<end>{YEAR})(?![\d/]))?(?![\d/]|\.\d)")
RELATIVE_AT = re.compile(
    r"(?P<count>\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2}))"
    r"\s+years?\s+(?P<direction>later|after|on|before|earlier)\b"
    r"|\b(?P<same>the following year|the next year|that (?:same )?year|the same year|at that (?:point|time)|"
    r"at the time)\b")
BEFORE_YEAR = re.compile(
    rf"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Ss]tarting in|[Uu]ntil|[Tt]o|[Oo]f|[Dd]uring|[Ff]or|[Oo]n|"
    rf"[Bb]etween|[Cc]overing|[Rr]unning to)\s+(?:the\s+)?)?{SEASON}?(?:\d{{1,2}}\s+)?(?:(?P<month>{MONTH})\s+)?$")


class When:
    """A time expression: where it is, its year (and end year), month, and the preposition before it."""

    __slots__ = ("start", "end", "year", "end_year", "month", "prep")

    def __init__(self, start: int, end: int, year: str, end_year: str = "", month: str = "", prep: str = "") -> None:
        self.start, self.end, self.year, self.end_year, self.month, self.prep = start, end, year, end_year, month, prep

    def __repr__(self) -> str:
        return f"When({self.year}{'-' + self.end_year if self.end_year else ''}, {self.prep!r})"


HAS_TIME = re.compile(r"(?:19|20)\d\d|\byears?\b|\bat th(?:at|e) (?:point|time)")


@lru_cache(maxsize=16384)
def times(text: str, anchor: str = "") -> tuple[When, ...]:
    """Every time expression in ``text``, in order: "in March 2021", "since 2004", "2019-2023" (year 2019, end
    2023), "from 2017 to 2019", "two years later" and "the following year" (counted from the last year before
    them, or ``anchor``); "between 2014 and 2016" is a range. Callers must not change what it returns (it is
    cached)."""
    if not HAS_TIME.search(text):
        return ()
    return _times(text, anchor)


def _times(text: str, anchor: str) -> tuple[When, ...]:
    matches = list(YEAR_AT.finditer(text))
    if "year" in text or " at th" in text:
        matches = sorted(matches + list(RELATIVE_AT.finditer(text)), key=lambda m: m.start())
    found: list[When] = []
    last = anchor
    for match in matches:
        if found and match.start() < found[-1].end:
            continue
        if match.re is YEAR_AT:
            if found and found[-1].prep == "between" and not found[-1].end_year and \
                    re.fullmatch(r"\s+and\s+", text[found[-1].end:match.start()]):
                found[-1].end_year, found[-1].end = match.group("year"), match.end()
                continue
            found.append(_when_at(text, match))
            last = match.group("year")
        elif last:
            shift = _relative_years(match)
            if match.group("direction") in ("after", "before") and EVENT_AFTER.match(text, match.end()):
                shift = -shift  # "in 2020, six years after it had chaired X": X's year is six years before 2020
            found.append(When(match.start(), match.end(), str(int(last) + shift), prep="relative"))
    return tuple(found)


# "N years after/before" followed by the event it counts from ("six years after it had chaired X", "two years after
# joining Y"): that event lies N years the other way from the year told before.
# ("eight years after it" ends on the event already dated: counted forward as before)
EVENT_AFTER = re.compile(r"\s+(?:(?:it|they|he|she|we)\s+(?:had|has|was|were|did|[a-z]{3,}ed)\b|(?!during\b)[a-z]{3,}ing\b)")


def _when_at(text: str, match: re.Match[str]) -> When:
    """A year match with the preposition, season, day and month written before it."""
    window_start = max(0, match.start() - 45)
    before = BEFORE_YEAR.search(text, window_start, match.start())
    start = before.start() if before is not None and before.group() else match.start()
    if before is not None and before.start() == window_start and window_start > 0:
        start = match.start() - len(before.group().lstrip()) if before.group().strip() else match.start()
    prep = ((before.group("prep") or "") if before is not None else "").strip().lower().removesuffix(" the")
    month = (before.group("month") or "") if before is not None else ""
    end, stop = match.group("end") or "", match.end()
    if end and end < match.group("year"):
        end, stop = "", match.end("year")
    return When(start, stop, match.group("year"), end, month, prep)


def _relative_years(match: re.Match[str]) -> int:
    if match.group("same"):
        return 1 if "following" in match.group("same") or "next" in match.group("same") else 0
    count = match.group("count")
    number = int(count) if count.isdigit() else NUMBER_WORDS[count.lower()]
    return -number if match.group("direction") in ("before", "earlier") else number


DATING = ("in", "since", "from", "by", "starting in", "during", "between", "relative", "covering", "on")


def clause_year(text: str) -> str:
    """The year a clause dates itself with ("in 2013", "Since 2017", "In May 2016", "two years later"), or ''."""
    found = next((w for w in times(text) if w.prep in DATING), None)
    return found.year if found else ""


def year_after(text_after: str) -> str:
    """A year written right after a name: "NATO since 2004", "ASEAN in 1995", "(2011)", "the X exercise every
    year since 2018"."""
    head = text_after[:60]
    for when in times(head):
        between = head[:when.start]
        if re.fullmatch(r"\s*\(\s*", between) or (when.prep in ("since", "in") and
                                                  re.fullmatch(r"\s*(?:[\w-]+\s+){0,3}?", between)):
            return when.year
        break
    return ""


def since_year(text: str) -> str:
    """The year of a "since 2017" in ``text``, or ''."""
    found = next((w for w in times(text) if w.prep == "since"), None)
    return found.year if found else ""


def parenthesised_year(text_after: str) -> str:
    """A year in parentheses right after a mention: "India (2020)", "(since 1994)"."""
    first = next(iter(times(text_after[:30])), None)
    if first is not None and re.fullmatch(r"\s*\(\s*", text_after[:first.start]):
        return first.year
    return ""


def years_before(text_before: str) -> tuple[list[str], str]:
    """Years written just before a name ("2018", "March 2021", "2013 and 2019", "2019-2023") and a month if any."""
    tail = text_before[-60:]
    found = [w for w in times(tail) if w.prep in ("", "of")]
    run: list[When] = []
    position = len(tail.rstrip())
    for when in reversed(found):
        if tail[when.end:position].strip(" ,") not in ("", "and"):
            break
        run.insert(0, when)
        position = when.start
    if not run or tail[run[-1].end:].strip():
        return [], ""
    return [w.year for w in run], run[0].month


# Two events of one text told in one clause: it was signed (concluded, agreed) at one time and ended at a later one
# ("signed in 2017, expired five years later", "that X concluded with Y in 2016 expired in 2021", "agreed with Y in
# 2012 has since expired", "signed in 2014 and terminated in March 2022"). The ending must carry a time of its own (a
# year, "N years later", "since"): "signed in 2016, has expired" is one claim, the expiry.
# (another verb than "signed" tells a signing with its actor written before it, "that X concluded with Y in 2016": a
# bare participle "an agreement with Y, concluded in 2014, was suspended in 2019" tells the one claim, the suspension)
SIGNING_VERB = re.compile(r"\bsigned\b|(?:\ue001(?:\s+[A-Z][\w-]*){0,2}|\b(?:it|they|we))\s+(?:\w+ly\s+)?(?:concluded|agreed|inked|sealed|"
                          r"entered\s+into)\b")
ENDING_VERB = re.compile(r"\b(?:(?P<since>since\s+)?(?:expired|lapsed)|(?:let|allowed)\s+(?:it\s+|them\s+)?to\s+(?:lapse|expire)|"
                         r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+|since\s+)?(?:suspended|terminated|"
                         r"cancell?ed|revoked|annulled|denounced|scrapped|frozen))\b")
ENDED_SINCE = re.compile(r"\b(?:has|have|had)\s+since\s+$")


def signed_then_ended(text: str) -> tuple[str, str] | None:
    """(year signed, year ended or '') of a text the words tell was signed and later ended (see SIGNING_VERB), or None.

    ``text`` is the clause from the text's noun on; the signing verb comes first with its year, the ending after it
    with its own time (the end year, counted from the signing for "five years later"; '' for "has since expired")."""
    signing = SIGNING_VERB.search(text)
    ending = ENDING_VERB.search(text, signing.end()) if signing else None
    if ending is None or ";" in text[signing.start():ending.start()]:
        return None
    found = times(text)
    signed = next((w for w in found if signing.end() <= w.start < ending.start() and w.prep in ("in", "on")
                   and not text[signing.end():w.start].count(",") > 1), None)
    if signed is None:  # "In 2013 X signed an MoU with Y that lapsed in 2018": the time the clause opens with
        signed = next((w for w in found if w.end <= signing.start() and w.prep in ("in", "on")
                       and not re.search(r"[,;]\s*\S", text[w.end:signing.start()])), None)
    if signed is None:
        return None
    after = [w for w in found if w.start >= ending.end() and w.prep in ("in", "on", "relative")
             and not re.search(r"[,;]", text[ending.end():w.start])]
    if after:
        return (signed.year, after[0].year) if after[0].year > signed.year else None
    if ending.group("since") or ENDED_SINCE.search(text[:ending.start()]) or \
            re.search(r"\bsince\s+(?:suspended|terminated|cancell?ed|revoked|annulled|denounced|scrapped|frozen)\b",
                      ending.group()):
        return signed.year, ""
    return None


def ended_year(text: str) -> str:
    """The year written right after the verb that ends a text ("expired in 2021", "was terminated in March 2022",
    "was allowed to lapse in 2020", "expired five years later"), or ''."""
    ending = ENDING_VERB.search(text)
    if ending is None:
        return ""
    return next((w.year for w in times(text) if w.start >= ending.end() and w.prep in ("in", "on", "relative")
                 and not re.search(r"[,;]", text[ending.end():w.start])), "")


def year_range_before(text_before: str) -> str:
    """The end year of a range written just before a name ("the 2019-2023 plan" → '2023'), or ''."""
    found = [w for w in times(text_before[-30:]) if not text_before[-30:][w.end:].strip()]
    return found[-1].end_year if found else ""


def first_year(text: str) -> When | None:
    """The first time expression of a stretch of text (a list item's own year), or None."""
    return next(iter(times(text)), None)


def month_date(month: str, year: str) -> str:
    """An ISO 8601 year-month (or just the year)."""
    if not month:
        return year
    return f"{year}-{MONTHS.index(month) + 1:02d}"


def event_date(text_after: str) -> str:
    """The date written just after an event's name ("in May 2016")."""
    found = first_year(text_after)
    if found is None or text_after[:found.start].strip(" ,"):
        return ""
    return month_date(found.month, found.year) if found.month else found.year


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


THEME_HINT = re.compile(r"capacity|CCB|train|workshop|defen|incident|shar|exchang|critical|confidence|CBM|crime|"
                        r"awareness", re.IGNORECASE)


def themes(text: str) -> list:
    """The ontology themes a clause mentions, in the ontology's order."""
    if not THEME_HINT.search(text):
        return []
    return [theme for pattern, theme in THEMES if pattern.search(text)]


# A view some officials voiced that the government then disowned: "…, although the government never endorsed it",
# "but the ministry has not adopted that line", "without government endorsement" (no stance or alignment of the state)
DISOWNED = re.compile(r"\b(?:although|though|but|while|yet|whereas)\s+(?:the\s+|its\s+)?(?:government|state|ministry|"
                      r"foreign\s+ministry|cabinet|authorities|\ue000\d+\ue001)\s+(?:itself\s+)?(?:has\s+|had\s+)?"
                      r"(?:never|not|did\s+not|does\s+not|didn't|doesn't)\s+(?:\w+ly\s+|yet\s+|formally\s+)?"
                      r"(?:endorse|adopt|back|support|share|embrace|take\s+up|echo)\w*|"
                      r"\bwithout\s+(?:any\s+)?(?:formal\s+)?(?:government|official|ministerial)\s+(?:endorsement|backing|"
                      r"approval|support)", re.IGNORECASE)


# what comes right before an object or a clause inside a sentence, not its subject: a word that opens no clause and a
# determiner ("… did not hold the Nigerian authorities responsible", "the agreement whom the Netherlands …")
EMBEDDED_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:and|but|or|nor|yet|so|then|also|while|whereas|when|as|although|though|"
                           r"because|since|after|before|where|if|once|until|unless|meanwhile)\s)[a-z][\w-]*\s+"
                           r"(?:the|an?)\s+$")
