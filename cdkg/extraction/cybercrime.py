"""Cybercrime: where a state stands on the conventions, the incidents it suffered, whom it blamed.

* **conventions**: each status cue ("signed", "ratified", "acceded to", "deposited its instrument of
  accession", "requested accession", "observer", "remains a non-party", "remains outside", "has not signed",
  "is yet to sign", "refrained from signing", "neither signed nor ratified") applies to the convention named
  after it, or before it ("ratified it", "the Protocol has not been signed"); "has not (yet) ratified" gives
  nothing: a signature may stand; "joined" accedes only when the convention is its object; an observer in the
  T-CY observes the Budapest Convention; a year opening the clause ("In 2009 X ratified") dates the step; a
  ratification or accession set out to be completed ("plans to submit the ratification law in 2026", "will complete
  ratification", "announced its intention to deposit an instrument of accession", "with ratification expected to
  follow", "expects ratification in 2026", "a bill to ratify it was sent to the Senate", "will submit the convention
  to parliament for ratification") is Planned, and so is "has not signed it" beside "intends to sign it" (a
  ratification "still pending" is no plan); a capital named as the place of the act ("signed it in Hanoi") is not
  the state acting;
* **incidents**: a named or described operation ("the ransomware attack on X", "the 2015 compromise
  of the Bundestag's network", "X was hit by ransomware", "the “Macron Leaks”", "the NotPetya attack",
  "a ransomware attack disrupted the systems of X", "hackers breached X", "hackers stole … from X")
  suffered by the state the sentence is about, with its kind and year; the name ends where the target ends
  ("… on the ministry paralysed …"); the state whose hackers or services act is no victim, and a famous
  incident merely named (denied, blamed) is nobody's; "its" systems are those of the body that reports it
  ("the state oil company X reported a ransomware attack on its administrative systems": a ransomware attack on X);
* **attributions**: "attributed X to Y", "blamed X on Y", "linked it to Y", "blamed Y", "pointed to Y" after an
  incident, with the year of the attribution (its own clause's, "two years later" counted, else the
  incident's when told with it) and who attributed jointly ("together with Z"); a culprit described, then named
  ("a criminal network it named the 'X Ring'", "a group calling itself X", "the group known as X") is its name; a
  group claiming an attack, media or researchers suspecting, "declined to", "stopped short of", "reportedly" are no
  attribution.
"""

from __future__ import annotations

import re

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext
from cdkg.extraction.discovery import slugify
from cdkg.extraction.mentions import NAME, SLOT, SLOT_RE, Mention, trim_name
from cdkg.extraction.prefilter import may_match, prefiltered_search
from cdkg.extraction.relations import _finding
from cdkg.extraction.un import (_actor_state, _negated_before, _state_subject, co_subjects, hedged, once,
                                profile_state, relative_antecedent)
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

CONVENTION_CUE = re.compile(
    r"(?P<notparty>\b(?:(?:is|was|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:a\s+)?(?:party|signatory)|"
    r"(?:a\s+)?non-?(?:party|signatory))|neither\s+signed\s+nor\s+(?:ratified|acceded)|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?(?:signed|acceded)|(?:has|have|had)\s+(?:yet\s+)?to\s+(?:sign|accede)|"
    r"(?:is|are|was|remains?)\s+(?:still\s+)?yet\s+to\s+(?:sign|accede|join)|"
    r"(?:has|have|had)\s+not\s+been\s+signed|never\s+(?:signed|acceded)|(?:rejects?|rejected|opposes|opposed|"
    r"refus(?:ed|es)\s+to\s+(?:sign|join|accede\s+to)|declin(?:ed|es)\s+to\s+(?:sign|join|accede\s+to)|stayed\s+outside|"
    r"stays\s+outside|(?:remains?|remained|is|was|stands?|stood)\s+(?:still\s+)?outside|"
    r"refrain(?:ed|s)?\s+from\s+(?:signing|joining|acceding|ratifying)|"
    r"(?:(?:has|have|had)\s+(?:still\s+)?not(?:\s+yet)?|(?:has|have|had|is|are)\s+(?:still\s+)?yet\s+to|never)\s+(?:put|puts|added|affixed)\s+"
    r"(?:its|their)\s+(?:name|signature)\s+to))\b)"
    r"|(?P<notratified>\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?ratified|(?:has|have|is|are)\s+(?:still\s+)?yet\s+to\s+ratify|"
    r"(?:is|are)\s+not\s+(?:yet\s+)?ratified|not\s+(?:yet\s+)?ratified)\b)"
    r"|(?P<planned>\b(?:request(?:ed|s)|sought|seeks?|appl(?:ied|ies)\s+(?:for|to)|ask(?:ed|s)\s+to|began|begun|started|"
    r"initiated|"
    r"intends?\s+to|plans?\s+to|is\s+expected\s+to|expects?\s+to|will|(?<!\bno\s)intention\s+to)\s+(?:formally\s+)?"
    r"(?:(?:complete|finali[sz]e|submit|table|present|send|deposit)\s+)?(?:the\s+|its\s+|an?\s+)?"
    r"(?:instrument\s+of\s+)?(?:accession|accede|ratif\w+|sign\w*|join)\b|"
    r"\bin\s+the\s+process\s+of\s+(?:acceding|ratifying|signing|joining)\b|"
    r"\b(?:ratification|accession|signature)\b(?=[^.;]{0,60}?\b(?:is|are|was|remains)\s+(?:still\s+)?(?:planned|expected|"
    r"foreseen|scheduled|envisaged)\b)|"
    # a ratification still to come after a signature: "with ratification expected to follow", "expects ratification
    # in 2026", a ratification bill tabled or sent (a bill passed is a ratification, no plan), the convention
    # submitted "for ratification" (a ratification "still pending" or "awaiting" parliament is no plan: writers give
    # it no row)
    r"\bwith\s+(?:its\s+)?(?:ratification|accession)\s+(?:now\s+)?(?:planned|expected|to\s+follow|foreseen)\b|"
    r"\bexpects?\s+(?:its\s+|the\s+)?(?:ratification|accession)\b|"
    r"\b(?:(?:ratification|accession)\s+bill|bill\s+to\s+(?:ratify|accede\s+to))\b(?=(?:\s+(?:it|them))?\s+(?:(?:was|were|has\s+been|"
    r"had\s+been|is\s+being)\s+)?(?:tabled|submitted|sent|introduced|presented|prepared|drafted|(?:adopted|approved)\s+by\s+"
    r"the\s+(?:government|cabinet|council\s+of\s+ministers)|"
    # (or by the government the masked text names, then sent on: "adopted by the government in 2025 and sent to the
    # Assembly", a bill passed by a body that then sends it on is not yet passed by parliament)
    rf"(?:adopted|approved)\s+by\s+\ue000\d+\ue001(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR})?"
    r"\s+and\s+(?:then\s+)?(?:sent|submitted|forwarded|transmitted|referred)\s+to)\b)|"
    r"\b(?:submit|send|table|present|refer)\w*\s+(?:(?:it|them|the\s+(?:convention|protocol|treaty|text))\s+)"
    r"(?:to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?for\s+(?:its\s+)?(?:ratification|accession)\b)"
    r"|(?P<firstacc>\b(?:first|second|third|only|latest|one\s+of\s+the\s+(?:first|few))\s+(?:[\w\ue000\ue001-]+\s+){0,3}?"
    r"(?:states?|countr(?:y|ies)|nations?|members)\s+to\s+(?:accede|join|have\s+acceded|have\s+joined)\b)"
    r"|(?P<firstrat>\b(?:first|second|third|only|latest|one\s+of\s+the\s+(?:first|few))\s+(?:[\w\ue000\ue001-]+\s+){0,3}?"
    r"(?:states?|countr(?:y|ies)|nations?|members)\s+to\s+(?:ratify|have\s+ratified)\b)"
    r"|(?P<firstsign>\b(?:first|second|third|only|latest|one\s+of\s+the\s+(?:first|few))\s+(?:[\w\ue000\ue001-]+\s+){0,3}?"
    r"(?:states?|countr(?:y|ies)|nations?|signatories|members)\s+to\s+(?:sign|have\s+signed)\b)"
    r"|(?P<observer>\bobserver\b)"
    r"|(?P<acceded>\b(?:acceded|accession\s+(?:followed|was\s+completed|took\s+effect|came)|"
    r"accession\b(?=[^.;]{0,70}\b(?:(?:was|were|has\s+been)\s+(?:completed|finalised|finalized|approved|deposited)|"
    r"took\s+effect|entered\s+into\s+force|became\s+effective)\b)|"
    rf"accession(?=\s+to\s+(?:the\s+)?\ue000\d+\ue001\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR})|"
    r"instrument\s+of\s+accession|became\s+(?:a\s+|the\s+\w+\s+)?(?:state\s+)?party|"
    r"joined(?=\s+(?:the\s+|both\s+(?:the\s+)?)?(?:\ue000|it\b|them\b))|"
    r"(?:completed|approved|finali[sz]ed|concluded)\s+(?:its\s+|the\s+)?accession|(?:went|goes|go)\s+on\s+to\s+accede)\b)"
    r"|(?P<ratified>\bratif(?:ied|ies|ying|ication\s+(?:followed|came))\b|\binstrument\s+of\s+ratification\b|"
    r"\b(?:completed|approved|finali[sz]ed|concluded|deposited|lodged)\s+(?:its\s+|the\s+)?ratification\b|"
    r"\b(?:went|goes|go)\s+on\s+to\s+ratify\b|"
    r"\bratification\b(?=[^.;]{0,70}\b(?:took\s+place|"
    r"was\s+(?:completed|deposited|approved|finalised|finalized)|entered\s+into\s+force|became\s+effective)\b))"
    r"|(?P<signed>\bsign(?:ed|s)\b|\bsignator(?:y|ies)\b|"
    r"\b(?:put|puts|added|adds|affixed)\s+(?:its|their)\s+(?:name|signature)\s+to\b|"
    r"\b(?:went|goes|go)\s+on\s+to\s+sign\b)",
    re.IGNORECASE,
)
STATUS_OF_GROUP = {"notparty": "NotParty", "planned": "Planned", "observer": "Observer", "acceded": "Acceded",
                   "firstacc": "Acceded", "firstrat": "Ratified", "firstsign": "Signed",
                   "ratified": "Ratified", "signed": "Signed", "notratified": ""}
OPENING_STEP = re.compile(r"\s*(?:the\s+)?(?:accession|ratification|signature)\b", re.IGNORECASE)
THE_CONVENTION = re.compile(r"\bthe\s+(?:Convention|Protocol)\b")
PRONOUN_AFTER = re.compile(r"^\s*(?:to\s+)?(?:it|them|both(?!\s+(?:the\s+|its\s+)?\ue000))\b")
DATE_YEAR = re.compile(rf"\b(?:in|on|since|by)\s+(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?"
                       rf"(?:\d{{1,2}},?\s+)?({cues.YEAR})\b|\(({cues.YEAR})\)", re.IGNORECASE)


# --- conventions --------------------------------------------------------------------------------

def conventions(context: SentenceContext) -> list[Finding]:
    """A state's status towards each convention the sentence names (see the module docstring)."""
    instruments = [(context.mention_at(i), m) for i, m in enumerate(context.view.mentions)
                   if m.kind == "instrument" and m.key]
    if not may_match(CONVENTION_CUE, context.masked):  # (exact: every cue holds one of its words)
        return []
    paragraphs_own = not instruments and bool(  # "Accession followed on 6 July 2022", "the Convention": the paragraph's
        OPENING_STEP.match(context.masked, context.intro_end) or THE_CONVENTION.search(context.masked))
    if not instruments and not paragraphs_own and not re.search(r"\bit\b", context.masked) and \
            not any(m.key == "org/t-cy" for m in context.view.mentions):
        return []  # (exact: no convention named, referred back to ("it", "the Convention") or observed in the T-CY)
    cue_list = list(CONVENTION_CUE.finditer(context.masked))
    if paragraphs_own and cue_list:
        instruments = _instrument_before(context)
    elif not instruments and any(re.match(r"\s*(?:to\s+)?it\b", context.masked[c.end():]) for c in cue_list) and \
            not OTHER_DOCUMENT.search(context.masked) and not OTHER_INSTRUMENT.search(context.masked):
        instruments = _instrument_before(context, last_sentence_only=True)  # "… The government ratified it in 2009."
    if not instruments and any(c.group("observer") for c in cue_list):  # an observer in the T-CY, the Convention's
        instruments = [(context.mention_at(i), Mention(m.start, m.end, "instrument/budapest-convention", m.form,
                                                       "instrument", m.text))
                       for i, m in enumerate(context.view.mentions) if m.key == "org/t-cy"]
    if not instruments:
        return []
    findings, seen = [], set()
    for number, cue in enumerate(cue_list):
        group = next(name for name, value in cue.groupdict().items() if value)
        status = STATUS_OF_GROUP[group]
        later = [c for c in cue_list[number + 1:] if not c.group("notratified")]
        following = later[0].start() if later else len(context.masked)
        target = _observed_committee(context, cue) if group == "observer" else None
        shared = _shared_object(context, cue, later, instruments, cue_list)
        target = target or (shared[0] if shared else _instrument_of(context, cue, instruments, following))
        if target is None or not status:
            continue
        if shared and shared[1]:  # "signed and ratified it in 2025": the one year of both steps
            findings += _convention_finding(context, cue, target, status, following, seen, shared[1])
            continue
        listed = _listed_after(context, target, instruments, following)  # "ratified both X and Y", "X in 2009 and Y"
        anchor = next((f.fact.year for f in reversed(findings) if f.fact.year), "")  # "… signed it the following year"
        findings += _convention_finding(context, cue, target, status, listed[0][0] if listed else following, seen,
                                        anchor=anchor)
        for number, (offset, also) in enumerate(listed):
            end = listed[number + 1][0] if number + 1 < len(listed) else following
            year = _year_in(context.masked[offset:end]) or _year_in(context.masked[cue.start():following])
            findings += _convention_finding(context, cue, also, status, following, seen, year)
    return _pursued(context, findings)


# a step towards joining told beside "is not (yet) a party": the state is on its way ("not yet a party: Cabinet agreed
# to pursue accession", "has not signed it, although it plans to do so", "has not signed X but intends to sign it",
# "submitted an accession bill in 2025")
PURSUIT = re.compile(r"\b(?:plans?|planned|intends?|intended|is\s+expected|wants?)\s+to\s+(?:do\s+so|(?:sign|ratify|join|"
                     r"accede\s+to)\s+(?:it|them))\b|"
                     r"\b(?:agreed|decided|resolved|chose)\s+(?:[\w-]+\s+){0,3}?to\s+(?:pursue|seek|begin|start|prepare)\s+"
                     r"(?:its\s+|the\s+)?(?:accession|ratification|signature)\b|"
                     r"\b(?:submitted|tabled|introduced|sent|presented)\s+(?:an?\s+|the\s+|its\s+)?(?:draft\s+)?"
                     r"(?:accession|ratification)\s+(?:bill|law)\b", re.IGNORECASE)


def _pursued(context: SentenceContext, findings: list[Finding]) -> list[Finding]:
    """"Not a party" findings of a sentence that also tells a step towards joining are Planned, dated by the step."""
    if not any(f.fact.status == "NotParty" for f in findings):
        return findings
    for step in PURSUIT.finditer(context.masked):
        start, end = context.clause_of(step.start())
        if _negated_before(re.split(r"[,;:]", context.masked[start:step.start()])[-1]) or \
                re.search(r"\bno\s+(?:plans?|intention)\b", context.masked[max(0, step.start() - 20):step.end()]):
            continue
        # the step's own year ("submitted an accession bill in 2025"), "that same year" the year told before it
        before = re.findall(rf"\b({cues.YEAR})\b", context.masked[:step.start()])
        year = cues.year_after(context.masked[step.end():end]) or \
            (before[-1] if before and re.search(r"\b(?:that|the)\s+(?:same\s+)?year\b", step.group()) else "") or \
            cues.clause_year(context.masked[step.start():end]) or cues.clause_year(context.masked[start:end])
        for found in findings:
            if found.fact.status == "NotParty":
                found.fact.status, found.fact.year = "Planned", year
                found.rule = "convention.planned"
        break
    return findings


# two steps with one object ("signed and ratified the Malabo Convention", "signed, and in 2020 ratified, it"): the
# first verb's object is the second's
STEP_AND = re.compile(rf"\s*,?\s*(?:and|then|before)\s+(?:(?:later|subsequently|then|also|swiftly|promptly)\s+|"
                      rf",?\s*(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR},?\s+)?$", re.IGNORECASE)


def _shared_object(context: SentenceContext, cue: re.Match[str], later: list[re.Match[str]],
                   instruments: list[tuple[int, Mention]], cue_list: list[re.Match[str]]) -> tuple[Mention, str] | None:
    """(convention, year) of a step whose verb shares the object of the next one ("signed and ratified X in 2025":
    X, 2025; "signed, and in 2020 ratified, X": X and no year of its own), or None."""
    if not later or cue.group("notparty") or cue.group("notratified") or \
            not STEP_AND.fullmatch(context.masked[cue.end():later[0].start()]):
        return None
    nxt = later[0]
    rest = [c for c in cue_list if c.start() > nxt.start() and not c.group("notratified")]
    target = _instrument_of(context, nxt, instruments, rest[0].start() if rest else len(context.masked))
    if target is None or not any(offset >= nxt.end() and m is target for offset, m in instruments):
        return None  # ("signed it and ratified it": each its own, read as before)
    gap = context.masked[cue.end():nxt.start()]
    year = "" if _year_in(gap) or re.search(r"\b(?:later|subsequently|then)\b", gap) else _year_in(context.masked[nxt.end():rest[0].start() if rest else len(context.masked)])
    return target, year


LIST_GAP = re.compile(rf"\s*(?:(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR}\s*)?"
                      rf"(?:,|and|as\s+well\s+as|,\s*and)\s+(?:the\s+|its\s+)?")


def _listed_after(context: SentenceContext, target: Mention, instruments: list[tuple[int, Mention]],
                  following: int) -> list[tuple[int, Mention]]:
    """(offset, mention) of the conventions listed right after the one a cue speaks of ("both the Budapest
    Convention and the Malabo Convention", "the Convention in 2009 and its First Additional Protocol in 2016")."""
    found, previous_end = [], None
    for offset, mention in instruments:
        if previous_end is None:
            if mention is target and offset >= 0:
                previous_end = offset + len(SLOT_RE.match(context.masked, offset).group())
            continue
        gap = context.masked[previous_end:offset]
        if offset >= following or not LIST_GAP.fullmatch(gap):
            break
        found.append((offset, mention))
        previous_end = offset + len(SLOT_RE.match(context.masked, offset).group())
    return found


def _convention_finding(context: SentenceContext, cue: re.Match[str], target: Mention, status: str, following: int,
                        seen: set, year: str | None = None, anchor: str = "") -> list[Finding]:
    """The finding of one cue for one convention (none when negated, hedged or already read)."""
    window = _governing(context.masked[max(0, cue.start() - 30):cue.start()])
    if status in ("Signed", "Ratified", "Acceded") and (_negated_before(window) or hedged(window) and hedged(
            PAST_RELATIVE.sub(" ", _governing(context.masked[max(0, cue.start() - 90):cue.start()])))) or \
            status == "Planned" and _negated_before(window):  # "has never asked to accede"
        return []
    start, end = context.clause_of(cue.start())
    state, indirect = _state_subject(context, start, cue.start())
    owner = context.possessor_before(cue.start())
    if owner is not None and owner.kind in ("state", "org") and context.state_of(owner.key):
        state, indirect = context.state_of(owner.key), False  # "welcomed Brazil's accession to …": Brazil's step
    if year is None:
        stretch = context.masked[cue.start():following]
        next_step = LEADING_YEAR.search(stretch) if following < len(context.masked) else None
        if next_step is not None and re.search(r"(?:\band|\bbut|\bthen|,)\s+$", stretch[:next_step.start()]):
            stretch = stretch[:next_step.start()]  # "signed X and in 2009 ratified it": 2009 is the ratification's
        year = _year_in(stretch, anchor or _last_year(context.masked[:cue.start()])) or \
            _leading_year(context.masked[:cue.start()])
    if status == "Planned" and not year:  # "ratification is planned for 2026": the year it is planned for
        planned_for = re.search(rf"\b(?:planned|expected|scheduled|foreseen|envisaged|due)\s+(?:for|in|by)\s+"
                                rf"(?:(?:early|late|mid)[- ])?({cues.YEAR})\b", context.masked[cue.start():end])
        year = planned_for.group(1) if planned_for else year
    year = "" if status == "NotParty" else year
    if not state or (state, target.key, status, year) in seen or (state, target.key, status, "") in seen and not year:
        return []  # an undated repeat of a dated status is folded into it when the profile is settled
    seen.add((state, target.key, status, year))
    return [_finding(context, Fact("partyTo", each, target.key, year, status), f"convention.{status.lower()}", indirect)
            for each in [state] + [s for s in co_subjects(context, start, cue.start()) if s != state]]


# A relative clause that tells what a body did to a text is no hedge of the step after it: "took part in the Ad Hoc
# Committee that negotiated the Convention, signed it in 2025", "…, which it signed in 2025".
PAST_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:negotiated|drafted|elaborated|"
                           r"prepared|produced)\s+(?:the\s+)?(?:\ue000\d+\ue001)?")
# (a concession opens a clause of its own: "has not ratified it, although a ratification bill was tabled")
COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though)\s+|;\s*|,\s+(?:then|later)\s+")


def _governing(window: str) -> str:
    """The part of the words before a cue that can govern it: a hedge or negation of an earlier coordinated clause
    ("having been invited to do so in 2019, and signed …") is that clause's, not the cue's."""
    breaks = list(COORDINATED_CLAUSE.finditer(window))
    return window[breaks[-1].end():] if breaks else window


OTHER_DOCUMENT = re.compile(r"\b(?:strategy|law|act|agreement|memorandum|MoU|treaty|declaration|plan|directive|"
                            r"regulation|decree|charter)\b", re.IGNORECASE)
# A convention or protocol the reference data does not know, named in the sentence ("the Lusophone Convention on
# Digital Offences"): known instruments are masked, so a capitalised name left around the word is another one,
# and "it" speaks of that one rather than of the paragraph's convention.
OTHER_INSTRUMENT = re.compile(r"\b[A-Z][\w'-]*\s+(?:Convention|Protocol)\b|"
                              r"\b(?:Convention|Protocol)\s+(?:on|against|for|of)\s+(?:the\s+)?[A-Z]")


# a cue's own object: a convention, treaty or agreement by a capitalised name the reference data does not know
UNKNOWN_OBJECT = re.compile(r"\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Convention|Protocol|Treaty|Agreement|"
                            r"Charter)\b|\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:Convention|Protocol|Treaty|Agreement)\s+(?:on|against|for|of)\s+"
                            r"(?:the\s+)?[A-Z]")


def _instrument_before(context: SentenceContext, last_sentence_only: bool = False) -> list[tuple[int, Mention]]:
    """The convention the paragraph (or only the sentence before) named last, as a mention standing before the
    sentence."""
    before = context.preceding
    if last_sentence_only:
        before = context.sentence_before()
        names = context.gazetteer.find(before)
    else:
        names = context.preceding_names()
    hits = [h for h in names if context.gazetteer.entities[h.key].kind == "instrument"]
    if not hits:
        return []
    last = max(hits, key=lambda h: h.start)
    return [(-1, Mention(-1, -1, last.key, "coref", "instrument", before[last.start:last.end]))]


def _observed_committee(context: SentenceContext, cue: re.Match[str]) -> Mention | None:
    """The Budapest Convention, when "observer" is said of its committee right after ("an observer to the T-CY but
    remains outside the Convention": the observer status is the Convention's, whatever else the sentence names)."""
    for index, mention in enumerate(context.view.mentions):
        offset = context.mention_at(index)
        if mention.key == "org/t-cy" and cue.end() <= offset <= cue.end() + 40 and \
                re.fullmatch(r"\s*(?:status\s+)?(?:to|in|on|at|of|with)\s+(?:the\s+)?", context.masked[cue.end():offset]):
            return Mention(mention.start, mention.end, "instrument/budapest-convention", mention.form, "instrument",
                           mention.text)
    return None


def _instrument_of(context: SentenceContext, cue: re.Match[str], instruments: list[tuple[int, Mention]],
                   following: int) -> Mention | None:
    """The convention a cue speaks of: named after it (before the next cue), else "it", else named before it."""
    if PRONOUN_AFTER.match(context.masked[cue.end():]):
        before = [m for offset, m in instruments if offset < cue.start()]
        return before[-1] if before else None
    after = [m for offset, m in instruments if cue.end() <= offset < min(following, cue.end() + 90)]
    if after:
        return after[0]
    if UNKNOWN_OBJECT.match(context.masked, cue.end()):
        return None  # "signed the Lusophone Convention on Digital Offences": a convention the reference data lacks
    before = [m for offset, m in instruments if offset < cue.start()]
    return before[-1] if before else None


def _year_in(text: str, anchor: str = "") -> str:
    """The year a stretch dates itself with: "in May 2009", "(2016)", else one counted from ``anchor``
    ("a decade later", "two years later")."""
    found = DATE_YEAR.search(text)
    if found:
        return found.group(1) or found.group(2)
    relative = next((w for w in cues.times(text, anchor) if w.prep == "relative"), None) if anchor else None
    return relative.year if relative else ""


LEADING_YEAR = re.compile(rf"\b(?:in|on|by)\s+(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?"
                          rf"(?:\d{{1,2}},?\s+)?({cues.YEAR}),?\s+(?:(?!(?:and|but|while|then)\b)[^\s,;]+\s+){{0,5}}$",
                          re.IGNORECASE)
YEAR_THEN_AND = re.compile(rf"\b(?:in|on|by)\s+(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?"
                           rf"(?:\d{{1,2}},?\s+)?({cues.YEAR}),?\s+and\s+(?:(?:then|later|also)\s+)?$", re.IGNORECASE)


def _leading_year(before: str) -> str:
    """The year a clause opens with, when nothing else stands between it and the cue but the subject and a few
    words ("In 2009 Latvia ratified …", "In 2025 it was among the first states to sign …"), or the year of the act
    just before it that was no step of its own ("hosted the ceremony in October 2025 and signed it"); a year told
    with an earlier step ("signed it in 2001 and ratified it") is that step's."""
    found = LEADING_YEAR.search(before)
    if found:
        return found.group(1)
    found = YEAR_THEN_AND.search(before)
    if found and not CONVENTION_CUE.search(before[max(0, found.start() - 120):found.start()]):
        return found.group(1)
    return ""


def _last_year(text: str) -> str:
    found = re.findall(rf"\b({cues.YEAR})\b", text)
    return found[-1] if found else ""


# --- incidents ----------------------------------------------------------------------------------

KINDS = [
    (re.compile(r"ransomware", re.IGNORECASE), "Ransomware"),
    (re.compile(r"\bDDoS\b|denial[- ]of[- ]service", re.IGNORECASE), "DDoS"),
    (re.compile(r"\bdefac\w+", re.IGNORECASE), "Defacement"),
    (re.compile(r"\bleak\w*|hack[- ]and[- ]leak", re.IGNORECASE), "HackAndLeak"),
    (re.compile(r"\bdata breach|\bbreach\w*|personal data|records", re.IGNORECASE), "DataBreach"),
    (re.compile(r"\bespionage|\bspy\w*", re.IGNORECASE), "Espionage"),
    (re.compile(r"\bsabotage|\bwiper", re.IGNORECASE), "Sabotage"),
    (re.compile(r"\bSWIFT|\bheist|\bstole\w*|\btheft|payment system", re.IGNORECASE), "FinancialTheft"),
]
INCIDENT_NOUN = (r"(?:(?:spear-)?phishing(?=\s+(?:against|targeting|aimed\s+at|on)\b)|"
                 r"(?:cyber-?)?(?:attacks?|campaigns?|breach(?:es)?|leaks?|intrusions?|hacks?|compromise|sabotage|"
                 r"defacements?|operations?|incidents?|outages?|worms?|malware|virus(?:es)?|(?<=DDoS\s)floods?))")
# a piece of malware is an incident only by its own name ("the Stuxnet worm"), not as a kind ("espionage malware")
MALWARE_NOUN = re.compile(r"\b(?:worms?|malware|virus(?:es)?)$", re.IGNORECASE)
KIND_WORD = r"(?:ransomware|DDoS|denial-of-service|distributed\s+denial-of-service(?:\s+\(DDoS\))?|cyber|data|espionage|" \
            r"wiper|hack-and-leak|[\w-]+-related|malware|(?:spear-)?phishing|supply-chain|major|massive|large-scale|defacement)"
# what an incident did, told right after its name: the name ends before it ("the attack on the ministry paralysed
# tax collection")
CONSEQUENCE = (r"paraly[sz]\w*|crippl\w*|halt\w*|shut|knock\w*|brought|forc\w*|caus\w*|encrypt\w*|stole|leaked|"
               r"wiped|delay\w*|prompt\w*|trigger\w*|interrupt\w*|compromised|compromising|froze|frozen|targeted|"
               r"struck|cost|lasted|began|started|continued|spread|cut|damaged|destroyed|erased|deleted|blocked|"
               r"locked|exploited|reached|affected|forced")
# (a match opens on a word, never at the end of one; a proper name's word is read once, its lower-case letter
# looked ahead for, and never given back: only the whole word can stand before the space that follows it, and
# "[\w-]*[a-z][\w-]*" tried every split of every capitalised word — three times slower, same matches)
NAMED_INCIDENT = re.compile(
    rf"\b(?=[\w-])(?:the\s+|a\s+|an\s+)?(?:(?P<year>{cues.YEAR})\s+)?(?:(?:further\s+)?wave\s+of\s+)?"
    rf"(?P<name>(?P<proper>(?-i:(?:[A-Z](?=[\w-]*[a-z])[\w-]*+|[A-Z]{{2,}}[\w-]*+)\s+){{1,2}})?(?:(?:{KIND_WORD}\s+)*{INCIDENT_NOUN}|(?:{KIND_WORD}\s+)+waves?)"
    # (two kinds of one incident: "DDoS attacks and defacements on X")
    rf"(?:\s+and\s+(?=(?:{KIND_WORD}\s+)?(?:defacements?|leaks?|breach(?:es)?|intrusions?|(?:cyber-?)?attacks?|hacks?)\b)(?:{KIND_WORD}\s+)?{INCIDENT_NOUN})?"
    rf"(?:\s+(?:on|against|of|into|at|targeting)\s+(?P<target>(?:the\s+)?(?:[\w’'.&-]+(?:\s+\([A-Z][\w-]*\))?\s+){{0,6}}?[\w’'.-]*[\w’'.]"
    rf"(?:\s+\([A-Z][\w-]*\))?))?)"
    rf"(?=\s*(?:,(?!\d)|;|\.(?!\d)|$|\s+(?:in|on|which|that|was|were|by|during|after|from|to|and|followed|claimed|through|via|"
    rf"revealed|disclosed|reported|discovered|detected|uncovered|"
    rf"hit|disrupt\w*|remains?|ha[sd]|led|took|exposed|demanded|affected|together|jointly|along|alongside|"
    rf"{CONSEQUENCE})\b|"
    rf"\s+of\s+(?!(?:its|the|their|several)\b)))",
    re.IGNORECASE,
)
# a word of a victim's name: a domain's dots and a number's comma or point stay inside it ("my.gov.uz", "1,000")
VICTIM_WORD = r"(?:[\w’'()-]|(?<=\w)\.(?=\w)|(?<=\d),(?=\d))+"
HIT_BY = re.compile(
    rf"(?P<victim>(?:the\s+)?(?:{VICTIM_WORD}\s+){{0,7}}?{VICTIM_WORD})"
    # (an apposition between the victim and its verb: "The X, part of the Y group, was crippled", "more than thirty
    # government websites, among them that of the Z, were defaced")
    rf"(?:\s*,\s+(?:part\s+of|among\s+them|including|one\s+of|a\s+unit\s+of|a\s+subsidiary\s+of)\s+[^,;]{{3,80}},)?"
    # (a description, then the victim's own name between commas: "the health insurer for retirees, X, was hit")
    rf"(?:(?<=[a-z])\s*,\s+(?P<named>(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})),)?"
    rf"\s+(?:(?:was|were)\s+(?:also\s+)?(?:found|reported|said|"
    rf"believed|confirmed|known)\s+to\s+have\s+been|was|were|had\s+been|has\s+been)\s+(?:also\s+)?"
    rf"(?:hit|struck|crippled|targeted|hacked|breached|paralysed|paralyzed|disrupted|defaced|attacked|compromised|"
    rf"flooded|overwhelmed|inundated|"
    rf"leaked|stolen|encrypted|disabled|(?:taken|knocked|forced)\s+offline|(?:brought|taken)\s+down|knocked\s+out|shut\s+down|"
    rf"(?:abused|misused)(?=\s+(?:to|for|by)\b))"
    rf"(?:\s+by\s+(?:an?\s+)?(?P<kind>(?:[\w-]+\s+){{0,2}}?(?:(?:ransomware|DDoS|malware|(?:distributed\s+)?denial[- ]of[- ]service(?:\s+\(DDoS\))?)(?:\s+(?:attacks?|campaigns?))?|attacks?|"
    rf"hackers?)))?",
    re.IGNORECASE,
)
QUOTED = re.compile(rf"[“\"]([^”\"]{{3,60}})[”\"](?:\s+((?:(?:{KIND_WORD}|disinformation|influence|hacking)\s+){{0,2}}?"
                    rf"(?:malware|attacks?|leaks?|operations?|campaigns?|breach|hack)))?")
SUFFER = re.compile(r"\b(?:(?<=[”\"] )operations?|wipers?|(?:forged|spoofed|fake|falsified|rogue)\s+(?:[\w-]+\s+){0,2}?(?:signals?|commands?)|(?:spear-)?phishing|hijack\w*|stolen|(?:published|posted)\s+online|suffer\w*|intruders|broke\s+into|gained\s+(?:unauthori[sz]ed\s+)?access|experienc\w*|hit|struck|targeted|victim|los[ts]|exposed|compromis\w*|"
                    r"intrusions?|(?:cyber-?)?attack\w*|breach\w*|leak\w*|hack\w*|ransomware|DDoS|defac\w*|campaigns?|incidents?|"
                    r"worms?|malware|virus\w*|stole|siphon\w*|theft|encrypted|crippl\w*|paraly[sz]\w*|flooded|overwhelmed|"
                    r"inundated|(?:abused|misused)(?=\s+(?:to|for)\s))\b", re.IGNORECASE)
NOT_INCIDENT = re.compile(r"\b(?:aftermath|strategy|response to|following|after|law|act|directive|exercise|"
                          r"(?<!data\s)(?:centre|center)|team|unit|against\s+ransomware)\b", re.IGNORECASE)  # (a data centre is hit)


REHEARSED = re.compile(r"\b(?:rehears\w*|simulat\w*|scenario|drills?|exercises?|wargam\w*|practis\w*|practic\w*)\b",
                       re.IGNORECASE)
# the group that claimed an incident, right after its name ("DDoS attacks claimed by the group X")
CLAIMED_BY = re.compile(r"\s+(?:(?:later|publicly|quickly)\s+)?claimed\s+by\s+(?:the\s+)?"
                        r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:group|collective|gang)\s+)?"
                        r"(?P<who>(?-i:[A-Z][\w$-]*(?:\s+[A-Z][\w$-]*){0,3}))"
                        r"(?=\s*(?:,|;|\.|$|\(|\s+(?:in|on|after|during|which|and|but|as|amid|following)\b))")
# a group that claimed the attack right before it ("the collective X claimed a wave of DDoS attacks on Y", "X claimed
# further intrusions into Y"): the deed is told as done, only its author is the group's word (a claim "that" something
# happened, or "to have" done it, tells no incident)
CLAIMED_DEED = re.compile(r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:(?:further|new|more|several|repeated)\s+)?$")
# a proper name that goes on after "of", "for", "and" ("Academy of Sciences", "Council for Research and Innovation"), and the
# acronym after it: the incident's target ends where the name ends, not at its first "of"
PROPER_NAME_GOES_ON = re.compile(rf"(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)(?!{cues.MONTH}\b)[A-Z][\w&-]*"
                                 rf"(?:\s+(?!{cues.MONTH}\b)[A-Z][\w&-]*)*)+(?:\s+\([A-Z][\w-]*\))?")
DATA_WORD = re.compile(r"\b(?:data|records|details|information)$", re.IGNORECASE)
# whose data a leak exposed, right after "the leak of personal data": "on some 16 million citizens"
WHOSE_DATA = re.compile(r"\s+(?:on|of|about|belonging\s+to)\s+"
                        r"(?:(?:some|about|around|over|nearly|almost|roughly|more\s+than|up\s+to)\s+)?"
                        r"(?:[\d][\d,.]*\s+(?:(?:million|thousand|billion)\s+)?|(?:hundreds|thousands|millions)\s+of\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}?(?:citizens|customers|clients|patients|users|people|voters|subscribers|"
                        r"employees|residents|students|taxpayers|members|officials|account\s+holders)\b")
# what is held every year is an exercise or a police operation, never a harm suffered
RECURRING = re.compile(r"\b(?:annual|yearly|biennial|regular|recurring)\s+[\u201c\"]?(?:[\w-]+\s+)?[\u201c\"]?$",
                       re.IGNORECASE)
FIGHTS_CRIME = re.compile(r"\s*[\w\u201d\"]*\s+against\s+(?:(?:organi[sz]ed|online|international)\s+)?"
                          r"(?:cyber-?crim\w*|crim\w*|fraud|botnets|child\s+(?:sexual\s+)?abuse)\b", re.IGNORECASE)
BLAMED_BEFORE = re.compile(r"(?:\b(?P<verb>attribut\w+|blam\w+|linked|tied|ascribed)|\bresponsible\s+for|"
                           r"\b(?:blam\w+|accus\w+|condemn\w*)\s+[^,;]{1,60}?\s+(?:for|of|over))\s+(?:the\s+|a\s+|an\s+)?$",
                           re.IGNORECASE)


def _kind(text: str) -> str:
    return next((kind for pattern, kind in KINDS if pattern.search(text)), "Intrusion")


def _incident_entity(state: str, name: str, kind: str) -> Entity:
    label = name[0].upper() + name[1:]
    key = f"incident/{state.rsplit('/', 1)[-1]}-{slugify(name)[:60].strip('-')}"
    entity = Entity(key=key, label=label, kind="incident", cls=CDO.CyberIncident, extra={"incident_kind": kind})
    entity.names |= {v for v in _name_variants(label, proper=name[:1].isupper()) if v != label}
    return entity


DESCRIBED_TARGET = re.compile(r"\b(?P<prep>on|against|of|into|at)\s+(?:the\s+)?(?P<descr>(?:(?!of\b|and\b|the\b)[a-z][\w-]*\s+){1,4})"
                              r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:de|of|and|the|[A-Z][\w’'.-]*))*)")
NAME_WITH_ACRONYM = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|de|du|des|la|del)\s+)?){1,8}\((?P<acr>[A-Z][\w-]+)\)")


# what a part of several owners is called in a compound ("websites of several ministries": ministry websites)
OWNED_PARTS = re.compile(r"\b(?P<part>websites|web\s+sites|portals|systems|servers|networks|(?:e-?mail\s+)?accounts|databases)\s+"
                         r"of\s+(?:several|some|many|multiple|various|numerous|the|a\s+number\s+of|[\w-]+\s+)?\s*"
                         r"(?P<owner>(?:[a-z][\w-]*\s+)?(?:ministries|agencies|banks|hospitals|municipalities|universities|"
                         r"authorities|institutions|operators|companies|bodies|departments|courts|councils|parties|"
                         r"newspapers|broadcasters|media\s+outlets|news\s+outlets))\b")
# the parts of several public bodies, listed ("the websites of the government, the Ministry of X and the border police"):
# government websites, as a reader sums them up
PUBLIC_PARTS = re.compile(r"\b(?:the\s+)?(?P<part>websites|web\s+sites|portals|e-?mail\s+accounts|networks|systems)\s+of\s+"
                          r"(?P<owners>(?:the\s+|other\s+|several\s+)?[^,;]*(?:,|\sand\s)[^;]*)$")
PUBLIC_BODY = re.compile(r"\b(?:[Gg]overnment|[Mm]inistr(?:y|ies)|[Pp]arliament|[Pp]residen(?:cy|tial)|[Cc]ommission|[Cc]ouncil|"
                         r"[Aa]gency|[Aa]gencies|[Aa]uthority|[Aa]uthorities|[Pp]olice|[Cc]ourts?|[Tt]ribunal|[Aa]ssembly|"
                         r"[Ss]enate|[Cc]abinet|[Aa]dministration|[Dd]epartments?|[Mm]unicipalit(?:y|ies)|bodies|institutions|"
                         r"[Oo]ffice\s+of|[Ff]orces|[Aa]rmy|[Gg]uard)\b")
PEOPLES_DATA = re.compile(r"^(?P<noun>[Ll]eak|[Tt]heft|[Bb]reach)\s+of\s+(?:(?:the\s+)?(?:personal|private|medical|health|"
                          r"customer|client|financial)\s+)?(?:data|records|details|information)\s+of\s+(?P<who>[a-z][\w\s-]{2,60})$")


# "Shamoon attack on X", "Triton variant attack on X": the malware by its own name alone names it too
OWN_NAME_ATTACK = re.compile(r"^(?P<own>(?:[A-Z][\w-]*[a-z0-9][\w-]*|[A-Z]{2,}[\w-]*)(?:\s+[A-Z][\w-]*[a-z0-9][\w-]*){0,2})\s+"
                             r"(?:variant\s+)?attack\s+on\s+")
OWN_NAME_KIND = re.compile(r"^(?P<own>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})\s+(?:campaigns?|operations?|attacks?|"
                           r"malware|breach|hack|intrusions?)$")


def _singular(words: str) -> str:
    """The noun phrase with its last word in the singular, as it stands before another noun ("ministries" →
    "ministry", "mobile subscribers" → "mobile subscriber")."""
    head, _, last = words.strip().rpartition(" ")
    last = re.sub(r"ies$", "y", last) if last.endswith("ies") else re.sub(r"(?<=[^s])s$", "", last)
    return f"{head} {last}".strip()


def _name_variants(name: str, proper: bool = True) -> list[str]:
    """Other ways of naming an incident: its target by its proper name without the words describing it ("attack on
    the state oil company Pemex" → "attack on Pemex"), an organisation by its acronym ("the Social Democratic Party
    (SPD)" → "SPD")."""
    variants = []
    described = DESCRIBED_TARGET.search(name)
    if described is not None:
        variants.append(name[:described.start("descr")] + name[described.start("name"):])
    if NAME_WITH_ACRONYM.search(name):
        variants.append(NAME_WITH_ACRONYM.sub(lambda m: m.group("acr"), name))
    owned = OWNED_PARTS.search(name)  # "DDoS attacks on websites of several ministries" → "… on ministry websites"
    if owned is not None:
        variants.append(name[:owned.start()] + f"{_singular(owned.group('owner'))} {owned.group('part')}" + name[owned.end():])
    part = PART_OF_OWNER.search(name)  # "hack of the servers of the News Agency (NA)" → "hack of the News Agency (NA)"
    if part is not None:
        whole = name[:part.start()] + " " + name[part.end():]
        variants += [whole] + ([NAME_WITH_ACRONYM.sub(lambda m: m.group("acr"), whole)] if NAME_WITH_ACRONYM.search(whole) else [])
    own = OWN_NAME_KIND.match(name)  # "Doppelganger campaign": the operation by its own name alone
    if own is not None and not NOT_A_PROPER_NAME.fullmatch(own.group("own").split()[0]):
        variants.append(own.group("own"))
    own = OWN_NAME_ATTACK.match(name) if proper else None  # (not a common word capitalised as the label's first)
    if own is not None and not any(NOT_A_PROPER_NAME.fullmatch(word) or
                                   re.fullmatch(rf"{KIND_WORD}|wipers?|worms?|virus|trojans?|hackers?|cyber\w*", word, re.IGNORECASE)
                                   for word in own.group("own").split()):
        variants.append(own.group("own"))
    public = PUBLIC_PARTS.search(name)  # "… on the websites of the Ministry of X and of other government bodies"
    if public is not None and all(PUBLIC_BODY.search(owner) for owner in
                                  re.split(r",\s+(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?(?=the\s|other\s|[A-Z])",
                                           public.group("owners"))):
        variants.append(name[:public.start()] + f"government {public.group('part')}")  # → "… on government websites"
    several = re.match(r"(?P<noun>intrusions|compromises|breaches|hacks|defacements|leaks|attacks)(?=\s+(?:of|into|on)\s)",
                       name, re.IGNORECASE)  # "intrusions into A, B and C": one intrusion into them, as readers may say
    if several is not None:
        variants.append(re.sub(r"e?s$", "", several.group("noun")) if several.group("noun").lower().endswith("ches") else
                        several.group("noun")[:-1])
        variants[-1] += name[several.end():]
    people = PEOPLES_DATA.match(name)  # "leak of personal data of mobile subscribers" → "mobile subscriber data leak"
    if people is not None:
        variants.append(f"{_singular(people.group('who'))} data {people.group('noun').lower()}")
    plain = [re.sub(r"\b[Cc]yber-?(attacks?)\b", r"\1", v) for v in [name, *variants]]  # "cyberattack on X" is an
    return variants + [v for v in plain if v != name and v not in variants]               # attack on X


# what says that an incident named by its own name hit someone ("the NotPetya attack hit its ports")
SAID_TO_HIT = re.compile(r"\b(?:hit|struck|affected|disrupted|crippled|paraly[sz]ed|damaged|reached|infected|encrypted|"
                         r"targeted|compromised|took\s+down|knocked\s+out|shut\s+down|suffer\w*|victims?)\b",
                         re.IGNORECASE)
# a capitalised word before an incident's kind that is no name of it: a demonym, a determiner opening a sentence,
# a month, an adjective
NOT_A_PROPER_NAME = re.compile(
    rf"(?:[A-Z][a-z]+(?:an|ese|ish|ch)|Israeli|Iraqi|Pakistani|Saudi|Emirati|Omani|Kuwaiti|Qatari|"
    rf"Yemeni|Bangladeshi|Thai|Azerbaijani|Somali|Nepali|Bahraini|Afghan|Swiss|Greek|Dutch|French|Irish|"
    rf"North|South|East|West|State|National|Government|Major|Massive|Further|Another|Other|Several|Some|Such|"
    rf"Any|Each|Every|This|These|That|Those|Its|Their|His|Her|Our|The|A|An|In|On|During|After|Before|Since|"
    rf"Recent|Similar|First|Second|Third|New|Later|{cues.MONTH})")


# what stands before a quoted name that makes it the deed, not the doer: what was blamed or attributed ("blamed
# Russia for the “X” campaign", "attributed the “X” operation to"), or what an incident was called ("in what it
# called “X”", "a campaign dubbed “X”")
QUOTED_DEED = re.compile(r"\b(?:(?:blamed|accused|linked|attributed)\s+(?:[\w\ue000\ue001-]+\s+){0,3}?(?:for|of|over)\s+(?:the\s+)?|"
                         r"(?:attributed|blamed|linked|ascribed)\s+(?:the\s+)?|"
                         r"\bwhat\s+(?:it|they|the\s+\w+)\s+(?:called|named|dubbed)\s+|"
                         rf"\b{INCIDENT_NOUN}\s+(?:(?:it|they)\s+)?(?:called|named|dubbed)\s+(?:the\s+)?)$", re.IGNORECASE)


# What a law punishes or a regulator oversees, in general, right before a bare plural harm: "penalties for attacks on
# X", "penalties for reporting on data leaks", "supervises data breaches", "oversees breaches of personal data".
GENERIC_HARMS_BEFORE = re.compile(r"\b(?:penalt(?:y|ies)|sanctions?|punishments?|fines?|sentences?)\s+for\s+"
                                  r"(?:[a-z]+ing\s+(?:on\s+|of\s+|about\s+)?)?$|"
                                  r"\b(?:supervis(?:es|ed|e|ing)|overs(?:ees|aw|ee|eeing)|regulat(?:es|ed|e|ing)|"
                                  r"investigat(?:es|e|ing)|handles|handling|deals?\s+with|criminali[sz](?:es|ed|e|ing))\s+$|"
                                  r"\b(?:report(?:ing)?|notif(?:y|ying|ication))\s+(?:on\s+|of\s+)?$|"
                                  r"\boffences?\s+(?:such\s+as|like)\s+$", re.IGNORECASE)


# A view the state put forward, whose words name harms in general: "argued in 2022 that the group should recognise the
# consequences of ransomware attacks on hospitals", "stated … that states must not allow their territory to be used for
# cyber attacks against others".
VIEW_THAT = re.compile(r"\b(?:argu(?:ed|es|ing)|stat(?:ed|es|ing)|stress(?:ed|es|ing)|warn(?:ed|s|ing)|affirm(?:ed|s|ing)|"
                       r"maintain(?:ed|s|ing)|insist(?:ed|s|ing)|contend(?:ed|s|ing)|held|holds|said|says)\s+"
                       r"(?:(?:in|at|during)\s+[^,;]{1,40}?\s+)?that\b[^;]*$")


def _incidents_named(text: str) -> list[tuple[int, str, str, str, int]]:
    """(position, name, year written in the name, kind, end of its words) of the incidents a sentence names."""
    found = []
    for match in QUOTED.finditer(text):
        lead = text[max(0, match.start() - 40):match.start()]
        if prefiltered_search(r"\b(?:claimed|called|named|dubbed|blamed|attributed|accused|linked)\s+(?:\w+\s+){0,3}?"
                              r"(?:by\s+)?(?:a\s+|the\s+|to\s+|on\s+)?(?:so-called\s+|unnamed\s+)?$", lead) and \
                not QUOTED_DEED.search(lead):
            continue  # a group claiming an attack, or the culprit blamed: not the attack
        if re.search(r"\b(?:call(?:ing|s|ed)\s+(?:itself|themselves|himself|herself)|(?:group|gang|collective|crew|hackers|actor|persona|"
                     r"account|network|ring|syndicate|cartel|cell)\s+(?:called|named|dubbed|known\s+as))\s+(?:the\s+)?$", lead):
            continue  # "a group calling itself “X”", "a criminal network known as “X”": the doer's name
        name = match.group(1) + (f" {match.group(2)}" if match.group(2) else "")
        found.append((match.start(), name.strip(), "", _kind(text[match.start():match.end() + 40]), match.end()))
    quoted_spans = [(f[0], f[4]) for f in found]
    for match in NAMED_INCIDENT.finditer(text) if may_match(NAMED_INCIDENT, text) else ():
        if any(a <= match.start("name") < b for a, b in quoted_spans):
            continue  # "the “X” operation against the ministry": the incident by its own name, read above
        name = DDOS.sub("DDoS", re.sub(r"\s+", " ", match.group("name")).strip()).removesuffix(".")
        proper = match.group("proper")
        if proper and any(NOT_A_PROPER_NAME.fullmatch(word) for word in proper.split()):
            name = name[len(" ".join(proper.split())):].strip()  # "Russian cyberattacks", "In attacks": no name
        if MALWARE_NOUN.search(name) and (not proper or name.split()[0] != proper.split()[0]):
            continue
        words = name.split()
        target = match.group("target") or ""
        victim = "" if target else (_what_it_hit(text[match.end():], bare=len(words) < 2 or not proper or
                                    bool(KINDS_NAMED.fullmatch(proper.split()[0]))) or
                                    _who_lost(text[:match.start()]))
        if (len(words) < 2 and not target or _only_date(target) and len(words) < 2) and not victim:
            continue
        if HYPOTHETICAL.search(text[max(0, match.start() - 12):match.start() + 4]):
            continue
        named_so = bool(proper) and name.split()[0] == proper.split()[0]  # "the Stuxnet worm": its own name
        if named_so and not target and not victim and not KINDS_NAMED.search(name) and \
                not SAID_TO_HIT.search(text):
            continue  # "denied any role in the SolarWinds compromise": a famous incident named is no one's in particular
        if not target and not victim and not match.group("year") and not KINDS_NAMED.search(name) and not named_so:
            continue  # "cyber operations", "attacks": no incident in particular
        if _only_date(target):
            name = name[:name.lower().rfind(" of ")] if " of " in name.lower() else name
        elif target and QUANTITY.match(target) and QUANTITY_OF.match(text[match.end():]):  # "the leak of some six terabytes of emails from X": what leaked
            what = QUANTITY_OF.match(text[match.end():])
            owned = re.match(r"(?P<noun>[\w’'-]+)\s+(?:from|of|at)\s+(?:the\s+)?(?P<owner>.+)", what.group("what")) if what \
                else None
            name = name[:name.rfind(" " + target.split()[0])] + (
                f" {owned.group('owner')} {owned.group('noun')}" if owned else f" {what.group('what')}" if what else "")
        lead = re.sub(r"\b(?:the\s+)?following\s+(?:year|month|week|day|spring|summer|autumn|winter)\b", "",
                      text[max(0, match.start() - 25):match.start()])  # a date, not a response to something
        if NOT_INCIDENT.search(lead + " " + name):
            continue
        if target and re.search(r"\bblam\w+\s+(?:the\s+|a\s+)?(?:\d{4}\s+)?$", text[max(0, match.start() - 25):match.start()]) and \
                re.search(r"\bon\s+(?:the\s+)?$", match.group("name")[:match.start("target") - match.start("name")]):
            name = name[:name.rfind(" " + target.split()[0])].rsplit(" ", 1)[0]  # "blamed the outage on X": X is blamed
        name = name + victim if not target else name
        people = WHOSE_DATA.match(text, match.end()) if target and DATA_WORD.search(target) else None
        rest = PROPER_NAME_GOES_ON.match(text, match.end()) if target and target.split()[-1][:1].isupper() and \
            not _only_date(target) else None
        if people is not None:  # "a leak of personal data on some 16 million citizens": the name runs to whose data
            name, end = name + people.group(), people.end()
        elif rest is not None:  # "the attack on the Ministry of Finance": the target's name runs over "of Finance"
            name, end = name + rest.group(), rest.end()
            more, end = _phrase_goes_on(text, end, rest.group())
            name += more
        else:
            more, end = _phrase_goes_on(text, match.end(), target) if target else ("", match.end())
            name += more
            told = text.find(victim.split(" ", 2)[-1], match.end(), match.end() + 160) if victim and \
                not _who_lost(text[:match.start()]) else -1
            if told >= 0 and not re.search(r"[,;:]", text[match.end():told]):  # "the attack that crippled the system
                # of X in October 2021": the name's words run to X (within its clause)
                end = told + len(victim.split(" ", 2)[-1])
        claimed = CLAIMED_BY.match(text, end) if not target and not victim else None
        rank = len(name)  # (the claimant makes the name no better than another reading of the same words)
        if claimed is not None and len(name.split()) <= 4:  # "DDoS attacks claimed by Anonymous X": no target, the
            name, end = f"{name} claimed by {claimed.group('who')}", claimed.end()  # claimant tells it from others
        found.append((match.start(), name, match.group("year") or "", _kind(name), end, rank))
    for match in BARE_KIND_HIT.finditer(text) if may_match(BARE_KIND_HIT, text) else ():
        if not re.search(r"\b(?:the|an?)\s+(?:[\w-]+\s+)?$", text[max(0, match.start() - 20):match.start()]):
            kind = match.group("kind").split()[0]
            found.append((match.start(), f"{kind} attack on {match.group('what')}", "", _kind(kind), match.end()))
    malware_spans, malware_found = [], []
    for match in MALWARE_HIT.finditer(text) if may_match(MALWARE_HIT, text) else ():
        own = match.group("own")
        if any(NOT_A_PROPER_NAME.fullmatch(word) for word in own.split()):
            continue  # "a Russian wiper hit …": no malware's own name
        what = MALWARE_WHAT_END.split(match.group("rest"), maxsplit=1)[0].strip()
        if not what or len(what.split()) > 12 or not re.match(r"(?:the\s+|an?\s+|some\s+)?[\w’'-]", what):
            continue
        owner = PART_OWNER.match(what)
        target = owner.group("owner") if owner and owner.group("owner").split()[0].lower() not in ("its", "their") else what
        name = f"{own} {'variant ' if match.group('noun') == 'variant' else ''}attack on {target}"
        found.append((match.start(), name, "", "Sabotage" if match.group("noun") == "wiper" else _kind(name),
                      match.start("rest") + len(what)))
        malware_spans.append((match.start(), match.start("rest") + len(what)))
        malware_found.append(found[-1])
    if malware_spans:  # the malware's own reading of the words it spans stands over any other ("malware attack on …")
        found = [f for f in found if f in malware_found or
                 not any(f[0] < end and start < f[4] for start, end in malware_spans)]
    for match in AGENT_HIT.finditer(text) if may_match(AGENT_HIT, text) else ():
        if re.search(r"\b(?:after|when|once|because)\s+$", text[:match.start()]) and \
                (any(f[4] <= match.start() and ";" not in text[f[4]:match.start()] for f in found) or
                 LEAKED_DATA.search(re.split(r";", text[:match.start()])[-1])):
            continue  # "X's data were exposed after hackers compromised its platform": how the incident told came about
        noun = {"breached": "breach", "hacked": "hack", "defaced": "defacement", "compromised": "compromise",
                "penetrated": "intrusion into", "infiltrated": "intrusion into", "took over": "hack",
                "hijacked": "hack", "leaked": "leak", "dumped": "leak"}.get(" ".join(match.group("verb").lower().split()), "hack")
        what = match.group("what")
        if noun == "leak":  # "leaked the personal data of about 1,000 police officers": the data leaked, with no count
            what = re.sub(r"(?<=\bof\s)" + QUANTITY.pattern.lstrip("^"), "", text[match.end("verb"):match.end()].strip(),
                          count=1, flags=re.IGNORECASE)
        more, end = _phrase_goes_on(text, match.end(), what)
        if more.startswith(",") or more.lstrip().startswith("and"):  # "breached A, B and C": breaches of them all
            noun = re.sub(r"^(\w+?)(e?s)?(?=\s|$)", lambda m: m.group(1) + ("es" if m.group(1).endswith("ch") else "s"),
                          noun, count=1)
        what += more
        name = f"{noun} {what}" if noun.endswith(" into") else f"{noun} of {what}"
        found.append((match.start(), name, "", _kind(noun), end))
    for match in FELL_VICTIM.finditer(text) if may_match(FELL_VICTIM, text) else ():
        victim, _ = trim_name(match.group("victim"), 0)
        victim = LEADING_DATE.sub("", LEADING_LINK.sub("", victim))
        what = re.sub(r"\s+(?:gang|group|operators|crew|collective|hackers|actors?)$", "", match.group("what").strip())
        if not victim or VERBISH_VICTIM.search(victim) or not re.search(
                r"ransomware|DDoS|denial|malware|attack|hack|breach|intrusion|phishing|wiper|gang|group|crew", match.group("what"),
                re.IGNORECASE):
            continue  # ("fell victim to its own success")
        what = "cyberattack" if re.fullmatch(r"(?:an?\s+)?(?:hackers?|cyber-?criminals?|criminals?|attackers?)", what) else what
        name = f"{what} on {victim}" if re.search(r"attack|campaign|intrusion|breach", what) else f"{what} attack on {victim}"
        found.append((match.start(), name, "", _kind(match.group("what")), match.end()))
    for match in GANG_HIT.finditer(text) if may_match(GANG_HIT, text) else ():
        gang = match.group("gang").strip()
        if any(NOT_A_PROPER_NAME.fullmatch(word) for word in gang.split()):
            continue  # "the Russian ransomware group": no gang's name
        what, _ = trim_name(match.group("what"), 0)
        if what:
            found.append((match.start(), f"{gang} ransomware attack on {what}", "", "Ransomware", match.end()))
    for match in STOLE_FROM.finditer(text) if may_match(STOLE_FROM, text) else ():
        victim, _ = trim_name(match.group("victim"), 0)
        if victim:
            found.append((match.start(), f"theft from {victim}", "", "FinancialTheft", match.end()))
    for match in HAD_ITS.finditer(text) if may_match(HAD_ITS, text) else ():
        verb = match.group("verb").lower()
        noun = "defacement" if verb == "defaced" else "ransomware attack on" if verb == "encrypted" else "hack"
        what = f"the {match.group('victim')} {match.group('part')}"
        found.append((match.start(), f"{noun} {what}" if noun.endswith(" on") else f"{noun} of {what}",
                      "", _kind(noun), match.end()))
    for match in SPOOFED.finditer(text) if may_match(SPOOFED, text) else ():
        what = LEADING_DATE.sub("", LEADING_LINK.sub("", match.group("what").strip()))
        if what and not VERBISH_VICTIM.search(what):
            found.append((match.start("what"), f"disruption of {what} by {match.group('means')}", "", "Sabotage",
                          match.end()))
    leaks = []
    for match in LEAKED_DATA.finditer(text) if may_match(LEAKED_DATA, text) else ():
        leaks.append((match.start(), match.end()))
        found.append((match.start(), _leak_name(match), "", "HackAndLeak" if match.group("verb").lower() != "stolen"
                      else "DataBreach", match.end()))
    for match in HIT_BY.finditer(text) if may_match(HIT_BY, text) else ():
        if any(start <= match.end("victim") <= end for start, end in leaks):
            continue  # (the data leaked, named by its owner above)
        relative = RELATIVE_IN_VICTIM.search(match.group("victim"))
        if relative is not None and re.search(r"\b(?:in|during|through|by|with)\s+(?:which|whom)\s+$",
                                               match.group("victim")[:relative.end()]):
            continue  # "a data breach in which customer records were stolen": the incident told just before
        whole = _whole_victim(text, match.start("victim"), match.group("victim")) if relative is None else \
            match.start("victim") + relative.end()
        victim, _ = trim_name(text[whole:match.end("victim")], 0)
        victim = LEADING_DATE.sub("", LEADING_LINK.sub("", victim))
        if victim[:1].islower() and re.search(rf"\bthe\s+{re.escape(victim)}$", text[whole:match.end("victim")]):
            victim = f"the {victim}"  # (the phrase with its article, as it is written)
        if match.group("named") and re.match(r"(?:the\s+)?[a-z]", victim) and not re.search(r"\b(?:its|their)\b", victim):
            victim = match.group("named")  # "the health insurer for retirees, X, was hit": X, by its own name
        if VERBISH_VICTIM.search(victim) or (
                not match.group("kind") and re.search(r"disrupt|paraly|shut\s+down", match.group()))\
                or not victim or re.match(r"\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:authorities|government|police|regulator|courts?|"
                                          r"operators?|ministry|state)\b", text[match.end():]):
            continue  # ("the internet was shut down by the authorities": no attack)
        kind_words = (match.group("kind") or "cyberattack").strip()
        kind_words = DDOS.sub("DDoS", kind_words)  # "a distributed denial-of-service (DDoS) attack": a DDoS attack
        if not re.search(r"ransomware|DDoS|malware|attack|hack", kind_words, re.IGNORECASE):
            kind_words = "cyberattack"
        if re.search(r"\b(?:flooded|overwhelmed|inundated)\b", match.group()):  # junk traffic: denial of service
            if not re.search(r"\b(?:with|by)\s+(?:[\w-]+\s+){0,3}?(?:traffic|requests|DDoS|queries|packets)\b",
                             text[match.end() - 30:match.end() + 60]):
                continue  # ("flooded with complaints")
            kind_words = "DDoS attack"
        if "attack" not in kind_words.lower() and "hacker" not in kind_words.lower():
            kind_words += " attack"
        victim = QUANTITY.sub("", victim)
        reporter = REPORTER.search(text[:max(0, text.rfind(victim, 0, match.end()))].rstrip() + " ") \
            if re.match(r"(?:its|their)\b", victim) and victim in text else None
        if reporter is not None:  # "the Ministry of Finance reported that its systems had been encrypted": the ministry's
            victim = re.sub(r"^(?:its|their)\s+", f"the {reporter.group('who')}'s ", victim)
        verb = re.search(r"\b(hacked|breached|compromised|defaced|leaked|stolen|encrypted|abused|misused)\b", match.group())
        if verb and verb.group(1) in ("abused", "misused") and not re.search(rf"{SYSTEM_PART}$", victim):
            continue  # (a system abused to steal is an incident; "the office was abused" is no cyber harm)
        noun = {"hacked": "hack", "breached": "breach", "compromised": "compromise", "defaced": "defacement", "leaked": "leak", "stolen": "theft",
                "encrypted": "encryption", "abused": "abuse", "misused": "abuse"}.get(verb.group(1) if verb else "", "")
        if noun in ("hack", "breach") and AND_LEAKED.match(text, match.end()):
            # "the account of X was hacked and its contents leaked": a hack-and-leak of it; "X was breached and its
            # client data leaked": a breach and a data leak
            leaked = AND_LEAKED.match(text, match.end()).group()
            noun = "breach and data leak" if noun == "breach" and re.search(r"\bdata\b", leaked) else "hack and leak"
        if noun == "encryption":  # "X's systems were encrypted": what ransomware does, to X
            noun, victim = "ransomware attack on", re.sub(
                rf"^(?:the\s+)?(?:[\w-]+\s+)?{SYSTEM_PART}\s+of\s+|(?:'s|’s)\s+(?:[\w-]+\s+)?{SYSTEM_PART}$", "", victim)
        name = f"{noun} {victim}" if noun.endswith(" on") else f"{noun} of {victim}" if noun and not match.group("kind") else (
            f"{kind_words} on {victim}" if not kind_words.lower().startswith("hacker") else f"hack of {victim}")
        found.append((match.start(), name, "", _kind(name if noun.startswith("ransomware") or kind_words == "DDoS attack" else match.group()),
                      match.end()))
    return [item[:5] for item in _distinct(found)]


# --- an incident's target, whole --------------------------------------------------------------------------------
# An incident's name is its kind plus the target's noun phrase, whole: it ends where that phrase ends and, told
# before a passive verb, begins where it begins ("the websites of the Ministry of X and of other government bodies
# were defaced", "the websites of the government, the Ministry of Y and the border police were hit"). The phrase is
# read back from the verb over "of", "and (of)" and, for a list closed by "and", over its commas; each piece a noun
# phrase of a few words that opens on "the" (or a capital) and holds no verb, relative or date.
PHRASE_STOP = re.compile(rf"(?:which|who|whom|whose|where|that|when|while|after|before|as|because|since|if|"
                         rf"was|were|is|are|been|had|has|have|said|says|reported|announced|confirmed|during|"
                         rf"in|on|at|by|from|with|to|for|but|or|also|then|later|{cues.MONTH}|{cues.YEAR}|\d[\d,.]*|"
                         rf"[a-z]+ed)", re.IGNORECASE)


# A target read forward goes on where its phrase goes on: over the proper name of the body that owns the part hit ("the
# billing system of Electricité du Cambodge (EDC)"), over a list of bodies closed by "and" ("the National Security
# Agency, the Electricity and Water Authority and the Interior Ministry"), over a second modifier of the same noun
# ("ticketing and broadcasting platforms"); a description is named by the proper name set after it between commas
# ("the state electricity company, Electricidade de Moçambique (EDM),").
PROPER_WORD = r"[A-Z][\w’'&-]*(?:\.(?=\w)[\w’'&-]*)*"  # (a name's own dots, never the sentence's full stop)
PROPER = (rf"(?-i:{PROPER_WORD}(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|del|da|do|di|y|et)\s+)*{PROPER_WORD})*)"
          r"(?:\s+\([A-Z][\w-]*\))?")
PART_NOUN = re.compile(r"\b(?:systems?|servers?|networks?|websites?|web\s+sites?|portals?|databases?|accounts|computers|"
                       r"infrastructure|platforms?|data\s+cent(?:re|er)s?|apps?|applications?|e-?mail\s+system)$", re.IGNORECASE)
OWNER_GOES_ON = re.compile(rf"\s+of\s+(?:the\s+)?{PROPER}(?=\s*(?:,|;|\.|$|\)|\s+(?:and|in|on|for|with|which|that|after|"
                           rf"before|during|while|as|by|to|from|when|until|over|affecting|was|were|had|has|led|took|"
                           rf"disrupted|crippled|paraly[sz]ed|forced|halted)\b))")
LIST_GOES_ON = re.compile(rf"(?:,\s+(?:the\s+)?{PROPER}){{0,4}},?\s+and\s+(?:of\s+)?(?:the\s+)?{PROPER}"
                          rf"(?=\s*(?:,|;|\.|$|\s+(?:in|on|which|that|and|after|before|during|while|when|to|by)\b))")
MODIFIER_GOES_ON = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){1,2}?(?:platforms|systems|websites|networks|services|portals|"
                              r"servers|sites|infrastructure|operators|providers|companies|banks)\b")
DATA_SOURCE = re.compile(rf"\s+from\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:[a-z][\w-]*\s+){{0,3}}?(?:database|registry|register|"
                         rf"servers?|systems?|networks?|platform|portal|app|website|cloud|archive)\b(?:\s+of\s+(?:the\s+)?{PROPER})?|"
                         rf"{PROPER})")
NAMED_AFTER = re.compile(rf"\s*,\s+(?P<name>{PROPER})(?=\s*(?:,|;|\.|$))")


def _phrase_goes_on(text: str, end: int, target: str) -> tuple[str, int]:
    """What a target read forward up to ``end`` goes on with (and where that ends), or ("", end)."""
    words = target.split()
    if not words:
        return "", end
    if PART_NOUN.search(target):
        owner = OWNER_GOES_ON.match(text, end)
        if owner is not None:
            more, after = _phrase_goes_on(text, owner.end(), owner.group())
            return owner.group() + more, after
    if DATA_WORD.search(target) or re.search(r"\b(?:e-?mails|files|documents)$", target):
        source = DATA_SOURCE.match(text, end)  # "a leak of data from the national passport database"
        if source is not None:
            return source.group(), source.end()
    if words[-1][:1].isupper() or words[-1].endswith(")"):
        listed = LIST_GOES_ON.match(text, end)
        if listed is not None:
            return listed.group(), listed.end()
    elif len(words) <= 2 and not PART_NOUN.search(target):
        modified = MODIFIER_GOES_ON.match(text, end)
        if modified is not None:
            return modified.group(), modified.end()
    return "", end


def _named_after(text: str, end: int, target: str) -> str:
    """The proper name a described target is given right after it, between commas ("the state electricity company,
    Electricidade de Moçambique (EDM),"), or ''."""
    if not re.match(r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*$", target):
        return ""
    named = NAMED_AFTER.match(text, end)
    return named.group("name") if named is not None and len(named.group("name").split()) >= 2 or \
        named is not None and "(" in named.group("name") else ""


# a relative clause opened inside what a passive's subject was read as: the victim begins after it ("the scandal, in
# which the phone of X was targeted": the phone of X)
RELATIVE_IN_VICTIM = re.compile(r"(?:^|\s)(?:(?:in|during|through|by|with)\s+)?(?:which|who|whom|whose)\s+(?!.*\b(?:which|who|whom|whose)\s)")


def _phrase_piece(tokens: list[tuple[int, str]], last: int) -> int:
    """The index of the first token of the noun-phrase piece that ends at token ``last`` (read back to its "the",
    at most six words, none that cannot stand in a name), or -1."""
    first = last
    while first >= 0 and last - first < 6:
        word = tokens[first][1].rstrip(",")
        if word.lower() == "the":
            return first
        bare = word.strip("()")
        if not bare or PHRASE_STOP.fullmatch(bare) and not bare[:1].isupper() or \
                not re.fullmatch(r"[\w’'.&()-]+", word) or first < last and tokens[first][1].endswith(","):
            break
        first -= 1
    first += 1
    return first if first <= last and (first == 0 or tokens[first - 1][1] in ("of", "and")) else -1


def _whole_victim(text: str, start: int, victim: str) -> int:
    """Where the whole noun phrase of a victim told before its passive verb begins, ``victim`` (from ``start``)
    read as its last part."""
    lead = re.match(r"(?:(?:and\s+)?of\s+)?", victim)  # (a part read that opens on "of": the phrase goes on before it)
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[:start + lead.end()])]
    at, kept = len(tokens) - 1, start
    if lead.group() and tokens[-1][1] in ("of", "and"):
        kept = start + lead.end()
    if at >= 0 and tokens[at][1].lower() == "the":  # ("of the" trimmed from the part read)
        kept, at = tokens[at][0], at - 1
    listed = " and " in victim
    pending = None  # (where a list read back over its commas would begin, kept once an "of" carries it)
    while at >= 0:
        word = tokens[at][1]
        if (word == "of" or word == "and") and at > 0 and not tokens[at - 1][1].endswith((",", ";", ":")):
            piece = _phrase_piece(tokens, at - 1)
            if piece < 0:
                break
            kept, pending, at = tokens[piece][0], None, piece - 1
            if at >= 0 and tokens[at][1] == "and" and word == "of":  # ("and of the …")
                continue
        elif listed and word.endswith(",") and len(word) > 1:
            piece = _phrase_piece(tokens[:at] + [(tokens[at][0], word[:-1])], at)
            if piece < 0 or not re.match(r"the\b|[A-Z]", tokens[piece][1]):
                break
            pending, at = tokens[piece][0], piece - 1
            if at >= 0 and tokens[at][1] == "of":
                kept = pending
        else:
            break
    return kept


# "Data of some 300,000 clients of the pension fund (PF) were leaked", "the personal records of two million
# employees held by X were stolen": a leak of the owner's data (or of the people's, when no body holds them)
LEAKED_DATA = re.compile(
    r"(?P<head>\b(?:(?:[Pp]ersonal|[Pp]rivate|[Mm]edical|[Hh]ealth|[Cc]ustomer|[Cc]lient|[Ff]inancial)\s+)?"
    r"(?P<what>[Dd]ata|[Rr]ecords|[Dd]etails|[Ff]iles|[Ee]-?mails|[Dd]ocuments|[Ii]nformation))\s+"
    r"(?:of|on|about|belonging\s+to|held\s+by|from)\s+(?P<whose>(?:[^;,.]|(?<=\d)[,.](?=\d)){1,140}?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?P<verb>leaked|stolen|exposed|dumped|(?:published|posted)(?=\s+(?:online|on\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:forum|site|website|dark\s+web|channel)|on\s+Telegram)))\b"
    r"(?:\s+from\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:systems?|servers?|databases?|networks?)\s+of\s+)?"
    r"(?P<source>(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,6}?[\w’'-]+)(?=\s*(?:,|;|\.|$|\s+(?:and|in|on|by|after|before|which|that)\b)))?")
DATA_OWNER = re.compile(r"(?:^|\b(?:of|at|by|from|with|in)\s+)(?:the\s+)?(?P<owner>(?:[a-z][\w-]*\s+){0,3}?"
                        r"[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|de|[A-Z][\w’'.-]*))*(?:\s+\([A-Z][\w-]*\))?|"
                        r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+\([A-Z][\w-]*\))\s*$")


def _leak_name(match: re.Match[str]) -> str:
    """The name of a leak told by what leaked: "<owner> data leak" ("Pension Fund (PF) data leak"), "<owner> e-mails
    leak", else "leak of <what> of <whose>" with no count ("leak of personal data of mobile subscribers")."""
    what, stolen = match.group("what").lower(), match.group("verb").lower() == "stolen"
    noun = "data" if what in ("data", "records", "details", "information", "files") else what
    whose = QUANTITY.sub("", re.sub(r"^(?:the\s+)?(?:(?:some|about|around|over|nearly|almost|roughly|more\s+than|up\s+to)\s+)?",
                                    "", match.group("whose").strip()))
    whose = QUANTITY.sub("", whose)
    owner = DATA_OWNER.search(whose)
    if owner is not None and not re.match(r"[a-z]", owner.group("owner").split("(")[0].split()[-1][:1] or "") or \
            owner is not None and "(" in owner.group("owner"):
        name = re.sub(r"^(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", "", owner.group("owner"))  # ("the health insurer X": X)
        return f"{name} {noun} {'breach' if stolen else 'leak'}"
    if match.group("source"):  # "… of 16 million patients were stolen from a public hospital": the patients' data, from it
        return f"{'theft' if stolen else 'leak'} of {_singular(whose)} data from {match.group('source')}"
    return f"{'theft' if stolen else 'leak'} of {match.group('head').lower()} of {whose}"


# "rail traffic near X was halted by forged radio-stop signals": a service stopped by forged commands, an incident
# though the text says neither attack nor hack
SPOOFED = re.compile(r"(?P<what>(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:traffic|services?|operations|trains|flights|broadcasts?|"
                     r"production|supply|supplies|systems?|signals?|pumps?|lines?)(?:\s+(?:near|in|at|of|on)\s+(?:the\s+)?"
                     r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                     r"(?:halted|stopped|disrupted|interrupted|paraly[sz]ed|shut\s+down|brought\s+to\s+a\s+halt)"
                     r"(?:\s+(?:for|during)\s+[^,;.]{1,30}?)?\s+by\s+(?P<means>(?:forged|fake|spoofed|false|rogue|malicious|"
                     r"falsified|counterfeit|bogus)\s+(?:[\w-]+\s+){0,2}?(?:signals?|commands?|messages?|instructions|"
                     r"transmissions?|alerts?))\b")
# "The broadcaster X (XB) had its Facebook page hijacked": a hack of what it owns
HAD_ITS = re.compile(r"(?P<victim>[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|de|[A-Z][\w’'.-]*))*(?:\s+\([A-Z][\w-]*\))?)\s*,?\s+"
                     r"(?:had|has\s+had|saw)\s+(?:its|their)\s+(?P<part>(?:[\w-]+\s+){0,3}?(?:page|account|accounts|website|"
                     r"websites|site|portal|servers?|systems?|network|database|channel|feed|platform|e-?mails?))\s+"
                     r"(?P<verb>hacked|hijacked|defaced|breached|compromised|encrypted|taken\s+over)\b")
REPORTER = re.compile(r"\b(?:[Tt]he\s+)?(?P<who>(?:[A-Z][\w’'.-]*\s+)*?(?:Ministry|Agency|Bank|Authority|Office|Service|"
                      r"Company|Commission|Council|Hospital|University|Exchange|Fund|Corporation|Institute|Court|Parliament)"
                      r"(?:\s+(?:of|for|and|the|[A-Z][\w’'.-]*))*(?:\s+\([A-Z][\w-]*\))?)\s+(?:\w+ly\s+)?(?:reported|said|"
                      r"announced|confirmed|disclosed|revealed|stated|acknowledged)\s+(?:on\s+\S+\s+)?that\s+$")
AND_LEAKED = re.compile(rf"(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR})?\s*,?\s+and\s+(?:(?:its|their|the|some\s+of\s+(?:its|their|the))\s+)?"
                        rf"(?:(?:client|customer|personal|internal|user|patient|staff)\s+)?(?:contents?|data|e-?mails|"
                        r"messages|documents|files|correspondence|records)\s+(?:(?:were|was|had\s+been|then|later|subsequently)\s+)*"
                        r"(?:leaked|published|dumped|posted|released)\b")
# "PhilHealth fell victim to the Medusa ransomware gang": an attack of that kind on the victim
FELL_VICTIM = re.compile(r"(?P<victim>(?:the\s+)?(?:[\w’'()-]+\s+){0,7}?[\w’'()-]+)\s+(?:fell|falls|had\s+fallen|has\s+fallen)\s+"
                         r"(?:a\s+)?(?:victim|prey)\s+to\s+(?:an?\s+|the\s+)?(?P<what>[^,;.()]{1,60}?)"
                         r"(?=\s*(?:,|;|\.|$|\(|\s+(?:in|on|which|that|when|after|during|and|who|whose)\b))")
# "hackers stole USD 81 million from the central bank": a theft from its victim
STOLE_FROM = re.compile(r"\b(?:hackers|attackers|criminals|cybercriminals|thieves|intruders|(?:the\s+)?group|"
                        r"[A-Z][\w-]+)\s+(?:stole|siphoned\s+off|siphoned)\s+(?P<what>[^,;.]{1,60}?)\s+from\s+"
                        r"(?P<victim>(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
                        r"(?=\s*(?:,|;|\.|$|\s+(?:through|via|in|on|by|using|with|and|after|before)\b))")
HIT_VERB = (r"(?:took\s+down|knocked\s+out|shut\s+down|brought\s+down|crippled|paraly[sz]\w+|disrupted|targeted|hit|"
            r"struck|encrypted|exposed|compromised|affected|defaced|froze|halted|penetrated|infected|breached|wiped)")
SYSTEM_PART = (r"(?:(?:IT|computer|e-?mail|online|internal|payment|billing)\s+)?(?:systems?|servers?|networks?|"
               r"websites?|portals?|services|records|data|accounts|databases?|computers|infrastructure)")
# the places a body runs, hit as its parts ("crippled the hospitals of the health board": an attack on the board)
OWNED_SITE = r"(?:hospitals|clinics|branches|offices|stores|shops|plants|factories|facilities|terminals|ports|schools)"
PART_OF_OWNER = re.compile(rf"(?<=\b(?:of|on|at))\s+(?:the\s+)?(?:[\w-]+\s+)?{SYSTEM_PART}\s+of\s+(?=(?:the\s+)?[A-Z])")
VICTIM_END = r"(?=\s*(?:,(?!\d)|;|\.(?!\d)|$|\s+(?:and|in|on|for|with|which|that|after|before|during|while|as|by|to|from|"\
             r"when|until|over|affecting)\b))"
# "disrupted the systems of the national customs service": the owner of what was hit is the incident's target
PART_HIT = re.compile(rf"^[^.;]{{0,70}}?\b{HIT_VERB}\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{SYSTEM_PART}|{OWNED_SITE})\s+of\s+"
                      rf"(?P<owner>(?:the\s+)?(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+(?:\s+\([A-Z][\w-]*\))?)"
                      # (a name closed by its acronym ends before a place: "the X Authority (XA) at Y")
                      rf"(?:{VICTIM_END}|(?<=\))(?=\s+at\s))")
# "ransomware hit the armed forces' general staff": a kind of attack as the subject, its target as the object
BARE_KIND_HIT = re.compile(rf"\b(?P<kind>ransomware|wiper\s+malware|malware|DDoS\s+traffic)\s+{HIT_VERB}\s+"
                           rf"(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{SYSTEM_PART}\s+of\s+)?"
                           rf"(?P<what>(?:the\s+)?(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+(?:\s+\([A-Z][\w-]*\))?){VICTIM_END}",
                           re.IGNORECASE)
# "hackers breached the database of the electoral commission": a breach of it
AGENT_HIT = re.compile(rf"\b(?:hackers|attackers|intruders|cybercriminals|criminals|hacktivists|"
                       rf"(?<!\w)APT\s?\d+(?:\s*,\s*an?\s+(?:group|actor|unit)\b[^,;.]{{0,50}},)?)\s+"
                       rf"(?:(?:had|have|has)\s+)?(?P<verb>breached|hacked|defaced|compromised|penetrated|infiltrated|took\s+over|"
                       rf"broke\s+into|gained\s+(?:unauthori[sz]ed\s+)?access\s+to|"
                       rf"hijacked|leaked|dumped)\s+"
                       rf"(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{SYSTEM_PART}\s+of\s+)?"
                       rf"(?P<what>(?:the\s+)?(?:(?:{VICTIM_WORD}|\([A-Z][\w-]*\))\s+){{0,6}}?{VICTIM_WORD}(?:\s+\([A-Z][\w-]*\))?){VICTIM_END}")
# "the Conti ransomware group crippled the systems of the Ministry of Finance", "the Hive gang encrypted the servers of
# X": a ransomware gang named as the doer (a ransomware gang, or one that encrypted: criminals, not a state's service)
GANG_HIT = re.compile(rf"\b(?:the\s+)?(?P<gang>(?:[A-Z][\w.-]*\s+){{1,2}})(?:(?P<ransomware>ransomware\s+)(?:group|gang|"
                      rf"operators|crew|collective|cartel)|(?:group|gang|operators|crew|collective|cartel)(?=\s+(?:had\s+|has\s+)?"
                      rf"encrypted))\s+(?:had\s+|has\s+)?{HIT_VERB}\s+"
                      rf"(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{SYSTEM_PART}\s+of\s+)?"
                      rf"(?P<what>(?:the\s+)?(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+(?:\s+\([A-Z][\w-]*\))?){VICTIM_END}")
# "the NotPetya wiper crippled the ministries", "a new Shamoon variant hit government agencies": a piece of malware by
# its own name as the subject of a verb of harm is an attack on what it harmed (on the owner of a part: "erased data on
# the workstations of X" is an attack on X)
MALWARE_HIT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:new|later|second|third|modified|updated|fresh)\s+)?"
    rf"(?P<own>(?-i:(?:[A-Z][\w-]*[a-z0-9][\w-]*|[A-Z]{{2,}}[\w-]*)(?:\s+[A-Z][\w-]*[a-z0-9][\w-]*){{0,2}}))\s+"
    rf"(?P<noun>wiper|malware|worm|virus|trojan|variant|backdoor|spyware)\s+(?:(?:also|later|then|first)\s+)?"
    rf"(?:had\s+|has\s+)?(?:{HIT_VERB}|erased|destroyed|deleted|corrupted|sabotaged)\s+(?P<rest>(?:[^,;.]|(?<=\d)[,.](?=\d)){{3,160}})")
MALWARE_WHAT_END = re.compile(rf"\s+(?:(?:in|on|during|by|before|after|when|while|which|that|amid|and)\s+"
                              rf"(?:(?:early|late|mid)[- ]|the\s+(?:day|year|following|same|eve|run-up)\b|a\s+(?:day|week|month|year)\b|"
                              rf"\d{{1,2}}\s+{cues.MONTH}|{cues.MONTH}|{cues.YEAR})|(?:and|but|while|whereas)\s+(?=[a-z]+ed\b))")
PART_OWNER = re.compile(r"^(?:[^A-Z()]{0,60}?\s)?of\s+(?P<owner>(?:the\s+|an?\s+)?\S.*)$")


WHAT_IT_HIT = re.compile(r"^[^.;]{0,70}?\b(?:took\s+down|knocked\s+out|crippled|paralys\w+|targeted|hit)\s+"
                         r"(?P<what>the\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+(?:portal|website|websites|systems?|network|"
                         r"services|servers?|hospital|bank|ministry|ministries))\b")


# "the attack that crippled X", "an attack which hit X": what the attack did, told in a relative clause
RELATIVE_LEAD = r"(?:(?:that|which)\s+(?:had\s+|has\s+)?)?"
BODY_IT_HIT = re.compile(rf"^\s+{RELATIVE_LEAD}(?:also\s+)?(?:took\s+down|knocked\s+out|crippled|paraly[sz]ed|disrupted|hit|struck|"
                         rf"targeted|encrypted|compromised)\s+(?P<what>(?:the\s+)?[A-Z][\w’'&.-]*"
                         rf"(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.-]*))*(?:\s+\([A-Z][\w-]*\))?"
                         # (a name set before the common noun it qualifies: "the Bürgenstock summit", "the X website")
                         rf"(?:\s+(?:summit|conference|website|portal|network|systems?|servers|platform|wire|games|"
                         rf"elections?|forum|exchange|airport|hospital|refinery|plant))?)(?!\s*['’]s\b){VICTIM_END}")
# "crippled government servers", "disrupted a municipal services platform", "took down state websites and the National
# Data Network": what an attack hit, named by its kind (and what else it hit with it, after "and")
BARE_WHAT_IT_HIT = re.compile(rf"^\s+{RELATIVE_LEAD}(?:took\s+down|knocked\s+out|crippled|paralys\w+|disrupted|hit|struck)\s+"
                              rf"(?P<what>(?:an?\s+)?(?:[a-z][\w-]*\s+){{1,3}}?(?:servers|systems|networks|websites|portals|"
                              rf"platforms?)(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))*"
                              rf"(?:\s+\([A-Z][\w-]*\))?|(?:[a-z][\w-]*\s+){{0,2}}?{SYSTEM_PART}))?)\b")


# "knocked two of the country's main internet service providers offline": what it hit, some of them, without the count
SOME_OF_HIT = re.compile(rf"^\s+{RELATIVE_LEAD}(?:took|knocked|brought|shut)\s+down\s+(?:(?:two|three|four|five|several|some|many|"
                         r"dozens|\d+)\s+of\s+(?:the\s+country['’]s\s+|its\s+|the\s+)(?:(?:main|largest|biggest|major|leading)\s+)?)"
                         r"(?P<what>(?:[a-z][\w-]*\s+){0,3}?(?:providers|operators|banks|ministries|websites|portals|hospitals|"
                         r"utilities|broadcasters|newspapers|airports))\b")
QUANTITY = re.compile(r"^(?:(?:some|about|around|over|nearly|almost|roughly|more\s+than|up\s+to)\s+)?"
                      r"(?:[\d][\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|"
                      r"dozens\s+of|hundreds|thousands|millions)\s+(?:(?:million|thousand|billion)\s+)?", re.IGNORECASE)
QUANTITY_OF = re.compile(r"^\s+of\s+(?P<what>[\w’'-]+(?:\s+(?:from|of|at)\s+(?:the\s+)?[\w’'.-]+)?)")
WHO_LOST = re.compile(r"(?:^|[;:]\s+|\b(?:when|after|as)\s+|\b(?:19|20)\d\d,?\s+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                      r"(?P<who>[A-Z][\w’'.-]*(?:\s+(?:de|of|the|[A-Z][\w’'.-]*))*(?:\s+\([A-Z][\w-]*\))?)\s+"
                      r"(?:lost|suffered|experienced|faced|(?:was|were)\s+the\s+(?:victim|target)s?\s+of)\b[^;]*$"
                      r"|(?:^|[;:]\s+|\b(?:19|20)\d\d,?\s+)(?P<what>[Tt]he\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)\s+"
                      r"(?:suffered|experienced|(?:was|were)\s+the\s+(?:victim|target)s?\s+of)\b[^;]*$"
                      # ("During the war, government websites suffered waves of …": parts named by their kind alone)
                      r"|(?:^|[;:,]\s+|\b(?:19|20)\d\d\s+)(?P<parts>(?:[\w’'-]+\s+){0,2}?(?:websites|web\s+sites|portals|"
                      r"systems|networks|servers|banks|ministries|hospitals|media\s+outlets))\s+"
                      r"(?:suffered|experienced|(?:were)\s+the\s+(?:victim|target)s\s+of)\s+[^;,]*$")


def _who_lost(before: str) -> str:
    """" on <who>" for an incident named without a target whose clause opens with its victim ("Banco X lost about
    USD 10 million in a SWIFT-related attack"), or ''."""
    found = WHO_LOST.search(before)
    return f" on {found.group('who') or found.group('parts') or re.sub('^The ', 'the ', found.group('what'))}" if found else ""


# "took the portal of X offline", "knocked two providers offline": what an attack put out of service, the verb split
OFFLINE = re.compile(r"\b(?P<verb>took|knocked|knocking|taking|takes|knocks)\s+(?P<what>[^.;,]{3,80}?)\s+offline\b")


def _what_it_hit(after: str, bare: bool = False) -> str:
    """" on <owner>" when an attack named without a target is said to have hit a part of something just after
    ("disrupted the systems of the customs service"), " against <what>" when it hit a thing ("took down the
    eCitizen portal"); "took X offline" is taking X down."""
    after = OFFLINE.sub(r"\g<verb> down \g<what>", after, count=1)
    owned = PART_HIT.match(after)
    if owned is not None:  # (a described owner by the name set after it: "…, Electricidade de Moçambique (EDM),")
        more, _ = _phrase_goes_on(after, owned.end(), owned.group("owner"))  # ("… of Newfoundland and Labrador")
        return f" on {_named_after(after, owned.end(), owned.group('owner')) or owned.group('owner') + more}"
    found = WHAT_IT_HIT.match(after)
    if found is None and bare:  # "a large cyberattack crippled government servers": what a bare noun hit
        found = BARE_WHAT_IT_HIT.match(after) or SOME_OF_HIT.match(after)
    if found is None:  # "a ransomware attack crippled the National Health Fund (NHF)": a body hit by its name
        body = BODY_IT_HIT.match(after)
        return f" on {re.sub(r'(?<=[a-z])[.]$', '', body.group('what'))}" if body else ""  # (not the full stop)
    return f" against {found.group('what')}"


DDOS = re.compile(r"(?:distributed\s+)?denial[- ]of[- ]service(?:\s+\(DDoS\))?", re.IGNORECASE)
HYPOTHETICAL = re.compile(r"\b(?:any|such|future|possible|potential|hypothetical|against\s+(?:ransomware|DDoS))\b",
                          re.IGNORECASE)
KINDS_NAMED = re.compile(r"ransomware|DDoS|defac|leak|breach|espionage|sabotage|wiper|hack|SWIFT|[\w-]+-related",
                         re.IGNORECASE)
LEADING_DATE = re.compile(rf"^(?:(?:the|during|in|on|of|early|late|mid|war|crisis|protests?|{cues.MONTH}|{cues.YEAR}|"
                          rf"\d{{1,2}})\s*,?\s+)+", re.IGNORECASE)
# words of the clause before a passive's subject that are not the victim ("when the system X was crippled", "Weeks
# later the website of X was defaced", "officials said the country's networks had been hit")
LEADING_LINK = re.compile(r"^(?:.*\b(?:said|says|stated|reported|announced|claimed|confirmed|revealed|disclosed|noted|"
                          r"that)\s+(?=\S)|(?:(?:when|after|while|once|then|also|later|soon|shortly|until|before|as|"
                          r"(?:a\s+)?few|several|some|two|three|days?|weeks?|months?)\s+)+)", re.IGNORECASE)
VERBISH_VICTIM = re.compile(r"\b(?:defaced|hit|hacked|breached|attacked|disrupted|were|was)\b", re.IGNORECASE)


def _only_date(text: str) -> bool:
    """Whether what follows "of" is a date ("April and May 2007", "May 2017"), not a target."""
    return bool(text) and bool(re.match(rf"(?:the\s+)?(?:{cues.MONTH}|early|late|mid|spring|summer|autumn|winter|"
                                        rf"\d{{1,2}}\s+{cues.MONTH}|{cues.YEAR})\b", text.strip(), re.IGNORECASE))


def _distinct(found: list[tuple]) -> list[tuple]:
    """Incidents whose spans of text do not overlap one already kept (the longest name, then the first)."""
    kept: list[tuple] = []
    for item in sorted(found, key=lambda f: (-(f[5] if len(f) > 5 else len(f[1])), f[0])):
        if not any(item[0] < k[4] and k[0] < item[4] for k in kept):
            kept.append(item)
    return sorted(kept)


# an intrusion no one sees but those who find it: told only by a firm or researchers, it is their allegation
COVERT = re.compile(r"\b(?:breach(?:es)?|intrusions?|espionage|compromise|infiltration|spying)\b", re.IGNORECASE)
# an incident the sentence's state only judges, or sanctions someone over, is not said to be its own
JUDGED_BEFORE = re.compile(r"\b(?:condemn\w*|denounc\w*|deplor\w*|criticis\w*|criticiz\w*|attribution\s+of|"
                           r"sanction\w*\b[^;]{0,60}?\b(?:over|for|in\s+connection\s+with))\s+"
                           r"(?:(?:the|a|an|both|its\s+role\s+in\s+the)\s+)?(?:(?:19|20)\d\d\s+)?$", re.IGNORECASE)
ELSEWHERE_VERB = (r"(?:hit|struck|crippled|paraly[sz]ed|disrupted|affected|targeted|compromised|encrypted|infected|"
                  r"breached|shut\s+down|took\s+down|knocked\s+out|damaged)")


def _foreign_story(text: str, name: str, others: list[str], own_names: list[str]) -> bool:
    """Whether an incident known by its own name alone ("the WannaCry ransomware attack", "NotPetya") is told in a
    sentence about other states only (they attributed it, it hit them): a famous incident, not the state's own."""
    proper = re.match(r"[A-Z][\w-]*", name)
    if proper is None or NOT_A_PROPER_NAME.fullmatch(proper.group()) or \
            re.search(r"\b(?:on|against|of|into|at|from|in)\b", name):
        return False
    return bool(others) and not any(o in text for o in own_names) and not re.search(r"\b(?:its|their)\b", text)


def _blamed_by_another(before: str, others: list[str], own_names: list[str]) -> bool:
    """Whether the clause that blames an incident opens with another state as its subject and never names the
    sentence's own ("The United States attributed a campaign against regional ministries to …"): the other state's
    attribution of an incident the text does not place in the state."""
    clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s+", before)[-1]
    if any(o in before for o in own_names) or re.search(r"\b(?:its|their|our)\b", clause):
        return False
    return any(re.match(rf"\s*(?:(?:In|On|During|By)\s+[^,]{{1,30}},?\s+)?(?:[Tt]he\s+)?{re.escape(o)}\s+(?:\w+ly\s+|also\s+)*"
                        rf"(?:attributed|blamed|linked|tied|ascribed|pinned)\s+(?:[\w-]+\s+){{0,3}}$", clause)
               for o in others)


def _its_is_anothers(before: str, name: str, others: list[str], own_names: list[str]) -> bool:
    """Whether an incident's "its"/"their" stands for another state: the clause that tells it has that state as
    its subject and the sentence names the state itself nowhere before ("Colombia blamed Venezuela for an attack on
    its registry", "In 2021 Chile said its ports had been hit by …")."""
    if not re.search(r"\b(?:its|their)\b", name) or any(o in before or o in name for o in own_names):
        return False
    before = before[:re.search(r"\b(?:its|their)\b", before).start()]  # (what comes before the possessive)
    clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s+", before)[-1]
    return any(re.match(rf"\s*(?:(?:In|On|During|By|Since)\s+[^,]{{1,30}}?,?\s+)?(?:[Tt]he\s+)?{re.escape(o)}\s+"
                        rf"(?:\w+ly\s+|also\s+)*(?:[a-z]+ed|said|told|saw|was|had|has)\b", clause) for o in others)


def _hit_elsewhere(after: str, others: list[str], own_names: list[str]) -> bool:
    """Whether what an incident's name is followed by places it in another state ("… of 2021 in the United States",
    "…, which crippled Ukrainian businesses") and not in the sentence's own."""
    after = re.split(r";|\.\s|\.$", after)[0]
    located = re.match(rf"\s*(?:of\s+(?:\w+\s+)?(?:19|20)\d\d\s+)?(?:in|across|against)\s+(?:the\s+)?"
                       rf"(?P<where>(?:(?!(?:and|which|that|when|to|by|but)\b)[\w’'-]+\s+){{0,3}}[\w’'-]+)",
                       after)
    hit = re.match(rf"\s*(?:\([^()]*\)\s*)?(?:of\s+(?:\w+\s+)?(?:19|20)\d\d\s*)?,?\s*(?:which|that)\s+(?:\w+\s+){{0,2}}?"
                   rf"{ELSEWHERE_VERB}\s+(?P<where>[^,;]{{1,80}})", after)
    for found in (located, hit):
        if found is None:
            continue
        where = found.group("where")
        if any(o in where for o in own_names) or re.search(r"\b(?:its|their)\b", where):
            return False
        if any(re.search(rf"(?<!\w){re.escape(o)}(?!\w)", where) for o in others):
            return True
    return False


# what an incident hit told as a body's own ("an attack on its administrative systems") and the body that tells it as
# the clause's subject ("the state oil company X reported …", "the Ministry of Foreign Affairs attributed …")
ITS_PART = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:IT|computer|e-?mail)\s+)?"
                      r"(?:systems?|networks?|servers?|websites?|portals?|(?:e-?mail\s+)?accounts|databases?|"
                      r"infrastructure)\b")
OWNER_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\band\s+)(?:(?:In|On|During|By|Since)\s+[^,]{1,30}?,?\s+)?(?:[Tt]he\s+)?"
                           r"(?:[a-z][\w-]*\s+){0,4}?(?P<owner>[A-Z][\w&.’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.’'-]*)){0,8})\s+"
                           r"(?:(?:also|later|publicly|first|itself)\s+)?(?:reported|said|disclosed|confirmed|announced|attributed|"
                           r"blamed|detected|revealed|acknowledged)\b")


def _owner_for_its(before: str, name: str, states: list[str]) -> str:
    """An incident's name with the body that tells it of "its" systems in their place ("the state oil company X
    reported a ransomware attack on its administrative systems": "ransomware attack on X"); a state's "its" stays
    (its own names stand for it)."""
    part = ITS_PART.search(name)
    if part is None:
        return name
    owners = list(OWNER_SUBJECT.finditer(before))
    if not owners:
        return name
    owner = owners[-1].group("owner")
    if any(s in owner or owner in s for s in states) or NOT_A_PROPER_NAME.fullmatch(owner.split()[0]):
        return name
    at = owners[-1].start("owner")
    the = "the " if before[max(0, at - 4):at].lower() == "the " and " " in owner else ""  # (not "the … company X")
    return name[:part.start()] + the + owner + name[part.end():]


def incidents(context: SentenceContext) -> list[Finding]:
    """Incidents the sentence's state suffered (see the module docstring)."""
    if not may_match(SUFFER, context.masked) or not SUFFER.search(context.masked):
        return []
    text = context.written_out(context.masked)
    named = _incidents_named(text)
    if not named:
        return []  # (the costlier questions below only matter for an incident named)
    state, indirect = _victim(context), True
    if not state:
        return []
    culprits = _culprit_states(context)
    if state in culprits:
        return []  # "Chinese hackers were blamed for the breach of X": in China's profile, China is no victim
    findings = []
    others = [m.text for m in context.view.mentions if m.kind == "state" and m.key and m.key != state]
    bystanders = [m.text for m in context.view.mentions if m.kind == "state" and m.key and m.key != state and
                  m.key not in culprits]  # (states named as neither the victim nor a culprit)
    own_names = [m.text for m in context.view.mentions if m.kind == "state" and m.key == state]
    for position, name, year, kind, name_end in named:
        window = text[max(0, position - 40):position + len(name) + 60]
        if any(other in re.split(r"\s+claimed\s+by\s", name)[0] for other in others):
            continue  # "the WhisperGate operation against Ukraine": another state's incident (a claimant is none)
        if REHEARSED.search(text[max(0, position - 60):position]) or \
                REHEARSED.search(re.split(r"[,;.]", text[name_end:].lstrip(",\u201d\" "), maxsplit=1)[0]) and \
                re.match(r"[\u201d\"]?\s*,\s+(?:an?|the)\s", text[name_end:]):
            continue  # "rehearsed a large-scale attack on X in an exercise", "“X”, a simulated attack on Y"
        if RECURRING.search(text[max(0, position - 30):position]) or \
                FIGHTS_CRIME.match(text, max(name_end, position + len(name)) - len(name.split()[-1]) - 1):
            continue  # "the annual “X” operation", "an operation against cybercrime": the state's own action
        blamed = BLAMED_BEFORE.search(text[max(0, position - 40):position])
        own = re.search(r"\b(?:its|their)\b", name) or any(o in name for o in own_names)  # "its parliament"
        quoted = text[position:position + 1] in "“\"" and name.split()[0].strip("“”\"") not in context.preceding
        if blamed and COVERT.search(name) and NOT_THE_STATE.search(re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s+",
                                                    text[:max(0, position - 40) + blamed.start()])[-1][-60:]):
            continue  # "a security firm linked a 2020 breach of X to Y": a covert intrusion only as a firm tells it (a
            # defacement or an outage is seen by all, whoever names its author)
        first_told = bool(re.match(r"an?\s", text[position:]) or re.search(r"\ban?\s+$", text[max(0, position - 3):position])) and bool(re.search(r"\b(?:on|against|into|at|targeting|of)\s", name))
        if not year and blamed and (blamed.group("verb") or not own) and not quoted and not first_told:
            continue  # "attributed the attack on X to Y": the year is the attribution's; the incident is told elsewhere
            # (an incident by its own quoted name, not told before, is told here: "blamed Y for the “X” campaign"; so
            # is one brought in by "a", with its target: "blamed a wave of phishing against civil servants on Y")
        if _its_is_anothers(text[:max(position, name_end)], name, bystanders, own_names):
            continue  # "In 2020 Colombia blamed Venezuela for an attack on its electoral registry": Colombia's registry
        if not own and _blamed_by_another(text[:position], bystanders, own_names) and \
                not any(o in re.split(r"[;]|,\s+(?:and|but|while|whereas)\s+", text[position:])[0] for o in own_names):
            continue  # "the United States attributed a 2020 campaign against regional ministries to Y": its story
        if any(re.search(rf"(?<!\w){re.escape(o)}\s*,\s*(?:which|who|whose)\b[^,;]*$", text[:max(name_end, position + 1)])
               for o in others):
            continue  # "solidarity with Albania, which had blamed Iran for the attack on its systems": Albania's
        if not own and (JUDGED_BEFORE.search(text[max(0, position - 90):position]) or
                        _hit_elsewhere(text[name_end:], others, own_names) or
                        _foreign_story(text, name, bystanders, own_names)):
            continue  # "condemned the Exchange hack", "the Colonial Pipeline attack in the United States": not its own
        if (GENERIC_HARMS_BEFORE.search(text[max(0, position - 50):position]) or VIEW_THAT.search(text[:position]) and
                not re.search(r"\s[A-Z]|\d", text[position:max(name_end, position + len(name))])) and \
                re.match(r"(?:[\w-]+\s+)?[\w-]+s\b", name) and not re.match(r"(?:an?|the|its|their)\s", name, re.IGNORECASE):
            continue  # "raised penalties for attacks on critical infrastructure", "the authority supervises data
            # breaches": a kind of harm a law or a regulator deals with, no incident
        year = year or _incident_year(text, position, name_end - position if name_end > position else len(name),
                                      _preceding_year(context))
        if not year or re.search(r"\b(?:could|would|might|may|can)\b", window):
            continue  # an incident told with no date, or as a possibility, is no incident in particular
        name = _owner_for_its(text[:position], name, own_names + others)
        entity = _incident_entity(state, name, kind)
        found = _finding(context, Fact("suffered", state, entity.key, year), f"incident.{kind.lower()}", indirect)
        found.entities = [entity]
        lead = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s+|,\s*$", text[max(0, position - 40):position])[-1]
        if not _negated_before(text[max(0, position - 40):position]) and (
                "claimed" not in lead or CLAIMED_DEED.search(lead)):
            findings.append(found)
    return findings


AGENT_GROUP = re.compile(rf"(?P<slot>{SLOT})(?:-[a-z]+)?\s+(?:[\w-]+\s+){{0,2}}?(?:hackers|attackers|actors|groups?|gangs?|"
                         rf"operatives|spies|units?|intelligence|military|services|agents|cybercriminals|criminals|"
                         rf"APTs?)\b(?!\s+(?:was|were)\s+(?:hit|targeted|attacked|breached|hacked))")
BLAMED_PASSIVE = re.compile(r"\b(?:were|was|been|is|are)\s+(?:\w+ly\s+)?(?:blamed|held\s+responsible|accused|"
                            r"suspected|believed\s+to\s+be\s+behind)\b")


def _culprit_states(context: SentenceContext) -> set[str]:
    """The states a sentence names as culprits: after "attributed … to" / "blamed … on", or as the subject of "were
    blamed for"."""
    spans = []
    for match in ATTRIBUTE.finditer(context.masked):
        group = next((g for g in ("to", "on", "direct", "named", "assessed", "finger", "behind", "carried", "doer") if match.group(g)), "")
        if group:
            cut = re.search(r"\s+(?:for|over|of|as|after|in\s+connection\s+with|by)\s+",
                            context.masked[match.start(group):match.end(group)])  # "blamed X for the attack on Y"
            spans.append((match.start(group), match.start(group) + cut.start() if cut else match.end(group)))
    for match in BLAMED_PASSIVE.finditer(context.masked):
        start, _ = context.clause_of(match.start())
        spans.append((start, match.start()))
    for match in AGENT_GROUP.finditer(context.masked):  # "Chinese hackers stole …", "Russian operatives hacked …"
        if not re.search(r"\b(?:against|on|at|of|into|in|targeting|targeted|hit|from|for|by|to|with)\s+(?:the\s+)?$",
                         context.masked[max(0, match.start() - 20):match.start()]):  # (an object is no agent)
            spans.append((match.start(), match.end("slot")))
    for match in DENIER.finditer(context.masked):  # "Russia denies any role in …", "allegations Beijing rejected"
        spans.append((match.start(), match.end("slot")))
    for match in PERPETRATOR.finditer(context.masked):  # "North Korea had stolen USD 2 billion through …"
        if not re.search(r"\b(?:against|on|at|of|into|in|targeting|targeted|hit|from|for|by|to|with)\s+(?:the\s+)?$",
                         context.masked[max(0, match.start() - 20):match.start()]):
            spans.append((match.start(), match.end("slot")))
    for match in SANCTIONED.finditer(context.masked):  # "sanctions on GRU officers over the hack"
        spans.append((match.start("who"), match.end("who")))
    return {context.state_of(m.key) for a, b in spans for m in _unquoted_slots(context, a, b)
            if m.key and context.state_of(m.key)}


def _unquoted_slots(context: SentenceContext, start: int, end: int) -> list[Mention]:
    """The mentions of a stretch, but those inside a quoted name ("a group calling itself “Libyan Ghosts”": the
    adjective is part of the group's own name, not its state)."""
    found = []
    for slot in SLOT_RE.finditer(context.masked, start, end):
        before = context.masked[max(0, slot.start() - 60):slot.start()]
        opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
        if opened >= 0 and "”" not in before[opened:] and re.match(r"[^”\"]{0,40}[”\"]", context.masked[slot.end():]):
            continue
        found.append(context.view.mentions[int(slot.group(1))])
    return found


# the accused speaks: a state that denies or rejects (an accusation, a role in an incident) is no victim of it
DENIER = re.compile(rf"(?P<slot>{SLOT})(?:(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:government|ministry|embassy|spokes\w+))?\s+"
                    rf"(?:(?:has|have|had|always|repeatedly|consistently|firmly|flatly|strongly|categorically|swiftly|"
                    rf"promptly|also|again)\s+)*"
                    rf"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|rebuff(?:s|ed)|disputed|disputes)\b"
                    rf"(?!\s+(?:an?|the|its)\s+(?:ransom|requests?|demands?|offers?|proposals?|draft|resolution|treaty|"
                    rf"convention)\b)")
# a state as the doer of an intrusion ("North Korea had stolen …", "Iran hacked …"): the culprit, not the victim
PERPETRATOR = re.compile(rf"(?P<slot>{SLOT})\s+(?:(?:had|has|have|allegedly|reportedly|also|repeatedly)\s+)*"
                         rf"(?:stole|stolen|hacked|breached|attacked|compromised|infiltrated|penetrated|spied\s+on|"
                         rf"siphoned)\b")
SANCTIONED = re.compile(rf"\bsanction(?:s|ed|ing)?\b[^;]{{0,60}}?\b(?:on|against)\s+(?P<who>[^;]{{0,60}}?)\s+"
                        rf"(?:over|for|in\s+connection\s+with)\b")


def _victim(context: SentenceContext) -> str:
    """The state whose incidents a sentence tells: a state (or its adjective) the sentence opens with ("German teams",
    "Kenya suffered"), else the state the paragraph is about (a profile's incidents are its state's)."""
    opening = re.match(rf"\s*(?:the\s+)?{SLOT}", context.masked[context.intro_end:])
    if opening:
        mention = context.view.slot(opening.group())
        if mention.kind == "state" and mention.key:
            return mention.key
    return profile_state(context)


# a time told from the year before without a count of years: the same year ("weeks later", "later that year")
SAME_TIME = re.compile(r"\b(?:(?:a\s+few|several|some|two|three|four|five|\d{1,2})\s+)?(?:days|weeks)\s+later\b|"
                       r"\b(?:a|one)\s+month\s+later\b|"
                       r"\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?:year|month)\b|\b(?:of|in)\s+that\s+(?:same\s+)?year\b|"
                       r"\bthe\s+same\s+(?:month|year)\b|\bthat\s+(?:same\s+)?(?:month|summer|spring|autumn|winter)\b",
                       re.IGNORECASE)


def _preceding_year(context: SentenceContext) -> str:
    """The last year the text told before the sentence (what "weeks later", "two years later" count from)."""
    return next((w.year for w in reversed(cues.times(context.preceding[-400:]))), "") or context.previous_year


def _incident_year(text: str, position: int, length: int, anchor: str = "") -> str:
    """The year written in or right around an incident's name ("two years later" counted from the year before,
    in the sentence or, given as ``anchor``, before it; "weeks later", "of that year": the year before's)."""
    told_by = CLAIMED_BY.match(text, position + length)  # "attacks claimed by X in May 2023": the date after X
    after = text[position + length:(told_by.end() if told_by else position + length) + 40]
    after = re.split(r",\s+(?:which|that|who|and|but|while)\b|;|\.\s", after)[0]  # (a relative clause's year is its own)
    inside = re.search(rf"\b({cues.YEAR})\b", text[position:position + length] + after)
    if inside:
        return inside.group(1)
    lead = text[max(0, position - 300):position]
    lead = lead[:1].lower() + lead[1:]
    near = [w for w in cues.times(lead) if w.prep == "relative" and len(lead) - w.end <= 30]
    if near:
        return near[-1].year
    before = re.findall(rf"\b({cues.YEAR})\b", text[max(0, position - 40):position])
    if before:
        return before[-1]
    clause_start = max(text.rfind(";", 0, position), text.rfind(":", 0, position), 0)
    year = cues.clause_year(text[clause_start:position + length])
    if year:
        return year
    clause_end = min([i for i in (text.find(";", position), text.find(":", position)) if i >= 0] + [len(text)])
    years = set(re.findall(rf"\b({cues.YEAR})\b", text[clause_start:clause_end]))
    if len(years) == 1:
        return years.pop()  # "a data breach at X exposed … in 2021": the clause's one year
    if years or not anchor:
        return ""
    told = text[:position + length]  # (a passive's subject may open with the time: "Weeks later the site of X was …")
    told = told[:1].lower() + told[1:]
    counted = [w for w in cues.times(told, anchor) if w.prep == "relative" and len(told) - w.end <= 60 + length]
    if counted:
        return counted[-1].year  # "Two years later, a breach of X …" after a sentence dated 2021
    return anchor if SAME_TIME.search(told) else ""


# --- attributions -------------------------------------------------------------------------------

# an actor described, not named ("an international criminal ransomware group", "a state actor", "a criminal gang
# operating from X"): the description is the culprit, never the state it operates from
ACTOR_NOUN = r"(?:group|gang|actor|hackers|network|collective|crew|syndicate)\b"
ACTOR_TAIL = (rf"\s+(?:(?:operating|based|acting|working)\s+(?:from|in|out\s+of)|with\s+(?:links|ties)\s+to|linked\s+to|"
              rf"tied\s+to)\s+(?:the\s+)?{SLOT}")
# an actor described, then given its name ("a criminal network it named the 'X Ring'", "a hacktivist group calling
# itself 'X'", "the criminal group known as X", "a ring it called "X""): the name is the culprit
NAMED_AS = (r"(?:(?:it|they|police|officials|investigators)\s+(?:named|called|dubbed|identified\s+as)|"
            r"calling\s+(?:itself|themselves)|known\s+as|dubbed|called|named)\s+")
GIVEN_NAME_ACTOR = (rf"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:group|gang|network|ring|collective|crew|syndicate|"
                    rf"actor)\s+{NAMED_AS}(?:the\s+)?['‘\"“]?(?=[A-Z\ue000])")
GIVEN_NAME = re.compile(rf"\s*{GIVEN_NAME_ACTOR}(?P<name>[A-Z][\w.-]*(?:\s+(?:[A-Z0-9][\w.-]*|of|de|del|la|los|las))*)")
INDEFINITE_ACTOR = (rf"an?\s+(?!(?:foreign|hostile|third|neighbouring|another)\s)(?:(?:[a-z][\w-]*\s+|{SLOT}(?:-[a-z][\w-]*)?\s+){{1,3}}?{ACTOR_NOUN}"
                    rf"(?:{ACTOR_TAIL})?|{ACTOR_NOUN}{ACTOR_TAIL})")
# an actor's name runs to the end of its clause, never past a conjunction that opens another ("attributed it to X but
# on which Y stayed silent", "blamed X while Y denied it")
ACTOR_REST = r"(?:(?!\s(?:but|while|whereas|though|although|yet)\s)[^,;])*"
# an actor's description before its name ("the pro-Russian hacktivist group", "the ransomware affiliate"): lower-case
# words, then a noun that says it is an actor
DESCRIBED_ACTOR = (r"(?:(?:pro-[\w-]+|[a-z][\w-]*|[A-Z][\w-]*(?=\s+(?:[a-z][\w-]*\s+)?(?:affiliate|group|gang)\b))\s+){0,3}?"
                   r"(?:group|gang|network|ring|collective|crew|syndicate|affiliate|hacktivists?|hackers)\s+['‘\"“]?")
# unnamed people described by whom they serve: the one they serve is the culprit ("hackers affiliated with Russia's
# SVR", "cybercriminals linked to X", "hacker groups acting on behalf of Y", "operatives working for Z")
SERVING = (rf"(?:the\s+)?(?:(?!{SLOT})[a-z][\w-]*\s+){{0,3}}?(?:hackers|hacker\s+groups|hacking\s+groups|"
           rf"cyber-?criminals|criminals|actors|operatives|officers|agents|individuals|hacktivists)\s+"
           rf"(?:(?:reportedly|allegedly)\s+)?(?:affiliated\s+with|linked\s+to|tied\s+to|working\s+for|"
           rf"acting\s+(?:for|on\s+behalf\s+of)|in\s+the\s+service\s+of|controlled\s+by|directed\s+by|"
           rf"sponsored\s+by|backed\s+by)\s+(?=(?:the\s+)?(?:{SLOT}|[A-Z]))")
SERVING_ACTORS = re.compile(rf"\s*{SERVING}")
ATTRIBUTE = re.compile(
    rf"\b(?:(?:publicly\s+|formally\s+|officially\s+|jointly\s+)?(?:attribut(?:ed|es|ing)|link(?:ed|s)|tied|ascribed|"
    rf"pinned)\b[^;]{{0,140}}?\bto\s+(?P<to>{GIVEN_NAME_ACTOR}{ACTOR_REST}|{SERVING}{ACTOR_REST}|{INDEFINITE_ACTOR}|(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:pro-)?(?:[A-Z\ue000]|unnamed|unidentified){ACTOR_REST}"
    rf"(?:,\s+an?\s+[^,;]+)?)"
    rf"|blam(?:ed|es|ing)\b(?!\s+(?:the\s+)?{SLOT}\s+for\b)[^;]{{0,140}}?\bon\s+(?P<on>{INDEFINITE_ACTOR}|(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:pro-)?(?:[A-Z\ue000]){ACTOR_REST}"
    rf"(?:,\s+an?\s+(?:unit|part|arm|branch|group|actor|team)\b[^,;]+)?)"
    rf"|point(?:ed|s|ing)\s+(?:the\s+finger\s+(?:\w+\s+)?at|(?:\w+ly\s+)?to)\s+"
    rf"(?P<finger>(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{SLOT}|[A-Z]){ACTOR_REST})"
    rf"|blam(?:ed|es|ing)\s+(?P<direct>(?:the\s+)?{SLOT}{ACTOR_REST}|(?:the\s+)?pro-(?:{SLOT}|[A-Z])[^,;]*|(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?[A-Z][^,;]*|"
    rf"(?:unnamed|unidentified|unspecified)\s+[^,;.]+)"
    # ("named the pro-Russian hacktivist group X as responsible": the actor described, then its name)
    rf"|(?:named|accused|identified|exposed|called\s+out|held)\s+(?P<named>(?:the\s+|an?\s+)?(?:{DESCRIBED_ACTOR})?(?:{SLOT}|[A-Z])[^,;]*?"
    rf"(?:,\s+(?:an?\s+)?(?:unit|part|arm|branch)\s+of\s+[^,;]+,)?)\s+"
    rf"(?:as\b|of\b|for\b|responsible\b)"
    rf"|(?:assessed|concluded|judged|determined|found|said|stated|announced|declared)\s+(?:[\w-]+\s+){{0,4}}?(?:that\s+)?"
    rf"(?P<assessed>(?:the\s+)?(?:{SLOT}|[A-Z])[^,;]*?)\s+"
    rf"(?:was|were|had\s+been)\s+(?:\w+\s+){{0,2}}?responsible\b"
    rf"|(?:said|stated|concluded|assessed|found|determined|announced|declared|believes?|believed)\s+"
    rf"(?:(?:[\w-]+\s+){{0,4}}?that\s+)?"
    rf"(?P<behind>{INDEFINITE_ACTOR}|(?:the\s+)?(?:{SLOT}|[A-Z])[^,;]*?)\s+(?:was|were|had\s+been|is|are)\s+(?:\w+\s+)?behind\b"
    # "concluded that the intrusion had been carried out by APT29": the doer a state's finding names
    rf"|(?:said|stated|concluded|assessed|found|determined|announced|declared|established|confirmed)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?that\s+(?:the|this|these|those|its|their|an?)\s+[^;,]{{0,60}}?\b(?:was|were|had\s+been|has\s+been|"
    rf"have\s+been)\s+(?:(?:carried\s+out|conducted|perpetrated|orchestrated|launched|mounted|staged|sponsored|directed|"
    rf"ordered)\s+(?:and\s+)?){{1,2}}by\s+"
    rf"(?P<carried>{INDEFINITE_ACTOR}|(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{SLOT}|[A-Z])[^,;]*(?:,\s+an?\s+[^,;]+)?)"
    # "revealed that APT40, a group tied to the Chinese state, had compromised X": the doer of an intrusion a state's
    # finding names
    rf"|(?:said|stated|concluded|assessed|found|determined|announced|declared|established|confirmed|revealed|"
    rf"disclosed)\s+(?:[\w-]+\s+){{0,4}}?that\s+"
    rf"(?P<doer>(?:the\s+)?(?:APT\s?\d+|{SLOT})(?:\s*,\s+an?\s+(?:group|actor|unit|team)\b[^,;]+,)?)"
    rf"\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:compromised|breached|hacked|infiltrated|penetrated|attacked)\b"
    # "announced that the intrusion had been carried out from X", "told Parliament that the attack had originated in X":
    # the state a state's finding names as the deed's origin (an attack's, never its traffic's or its servers')
    rf"|(?:said|stated|concluded|assessed|found|determined|announced|declared|established|confirmed|told\s+\S+)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?that\s+(?:the|this|these|those|its|their|an?)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?:cyber-?)?attacks?|intrusions?|breach(?:es)?|hacks?|operations?|campaigns?|incidents?)\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:originated\s+(?:in|from)|(?:been\s+)?(?:carried\s+out|launched|conducted|mounted|staged)\s+from)\s+"
    rf"(?P<origin>(?:the\s+)?{SLOT}))",
)
# a clause that goes on with its own time after the culprit: its year is not the attribution's
NEXT_CLAUSE_TIME = re.compile(rf",\s+(?:and\s+|but\s+|then\s+)?(?:in|on|by|during)\s+(?:\d{{1,2}}\s+)?"
                              rf"(?:{cues.MONTH}\s+)?{cues.YEAR}\b")
# a clause of a list that opens with its own time: ", in July 2021 it held …"
TIMED_CLAUSE = re.compile(rf"(?:^|[,;:]\s+)(?:and\s+)?(?=(?:in|on|by|during)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?"
                          rf"{cues.YEAR}\b)", re.IGNORECASE)
# "linked APT10 to China's Ministry of State Security": the group linked is named as a culprit too
LINKED_ACTOR = re.compile(r"(?:link(?:ed|s)|tied|attribut(?:ed|es))\s+(?P<actor>APT\s?\d+)\s+to\s+$")
JOINTLY = re.compile(rf"\b(?:jointly\s+with|together\s+with|along\s+with|alongside|with)\s+(?P<who>[^;.]+)"
                     rf"|\bjoin(?:ed|s|ing)\s+(?P<joined>[^;.]+?)\s+in\s+(?:\w+ly\s+)?(?:attribut|blam|nam|accus|condemn)")
NOT_ATTRIBUTED = re.compile(r"\b(?:no\s+perpetrator|named\s+no|did\s+not|declined|refused|never|without\s+naming|"
                            r"(?:attributed|blamed|linked)\s+(?:neither|none|no)\b)\b",
                            re.IGNORECASE)
# what keeps the verb after it from being an attribution ("has not attributed", "stopped short of attributing")
NOT_ATTRIBUTED_BEFORE = re.compile(r"\b(?:(?:has|have|had)\s+not|without|stopped\s+short|short\s+of|refrain\w*|"
                                   r"avoid\w*|reluctan\w*|hesitat\w*|unwilling)\b(?!.*[,;])\W*(?:\w+\W+){0,4}$",
                                   re.IGNORECASE)
SUBORDINATE_PRONOUN = re.compile(r"\b(?:after|when|once|as|because|since|before|until)\s+(?:it|they)\s+"
                                 r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# a denial after the culprit: the words before were no attribution ("blamed X, though it stopped short of a formal
# attribution", "pointed to Y without formally attributing the attack")
FORMALLY_NOT = re.compile(r"[^.;]{0,80}?\b(?:(?:but|though|although|yet|while)\b(?P<who>[^.;]{0,30}?)\b(?:stopp\w+\s+short|"
                          r"did\s+not|has\s+not|have\s+not|had\s+not|declined|refused|never|made\s+no)|without)\s+"
                          r"(?:\w+\s+){0,3}?(?:attribut\w*|nam(?:ing|e)\s+(?:a|the|any)\s+(?:culprit|perpetrator))",
                          re.IGNORECASE)
# hearsay: an attribution reported, alleged or made in private is no state's public act
HEARSAY = cues.hearsay(r"widely|privately|unofficially|informally")
# who may not speak for the state: an attribution by them is no state's attribution
NOT_THE_STATE = re.compile(r"\b(?:researchers?|investigators?|consultants?|contractors?|insurers?|firms?|compan(?:y|ies)|"
                           r"experts?|analysts?|advisor(?:y|ies)|media|press|"
                           r"journalists?|vendors?|report|claim|hacktivists?|group|collective)\b", re.IGNORECASE)
ACTOR_NAME = re.compile(rf"^\s*(?:the\s+)?(?:(?:pro-[\w-]+|state-backed|state-sponsored|hacker|hacking|criminal|"
                        rf"hacktivist|activist|extortion|"
                        rf"cybercriminal|ransomware)\s+)*(?:groups?\s+|gang\s+|actors?\s+|collective\s+)?"
                        rf"(?P<name>{NAME}(?:\s+\d+|\(\d+\))?)")
POSSESSED_BODY = re.compile(rf"^\s*(?:the\s+)?(?P<owner>{SLOT})(?:'s|’s)\s+(?P<body>(?:[A-Za-z][\w-]*\s+){{0,6}}?"
                            rf"[A-Za-z][\w-]*)(?:\s+\((?:the\s+)?(?P<acr>[A-Z][\w-]*)\)|(?=\s*(?:,|;|\.|$|\s+(?:in|on|for|and|"
                            rf"after|which|that|as)\b)))")
ADJECTIVE_GROUP = re.compile(rf"^\s*(?:the\s+)?(?P<owner>{SLOT})(?P<compound>-(?:backed|linked|sponsored|based|"
                             rf"affiliated|aligned|controlled))?\s+(?P<nouns>(?:[a-z][\w-]*\s+){{0,3}}"
                             rf"(?:services?|hackers?|hacktivists?|activists?|cyber-?criminals?|criminals?|intelligence|"
                             rf"military|actors?|agenc(?:y|ies)|operatives|groups?|gangs?))\b")
# a group described before its name: the name is the culprit, not the state its description names
DESCRIBED_GROUP = re.compile(rf"^\s*(?:the\s+)?(?:(?:{SLOT}|[a-z][\w-]*)(?:-[a-z][\w-]*)?\s+)(?:[a-z][\w-]*\s+){{0,3}}?"
                             rf"(?:group|gang|actor|collective|crew|cluster|outfit)\s+(?P<name>{SLOT}|"
                             rf"[A-Z][\w.-]*[\w](?:\s+(?:[A-Z0-9][\w.-]*[\w]|{SLOT}))?(?:\s*\(\d+\))?)")
NUMBERED_UNIT = re.compile(r"^\s*(?:the\s+)?(?P<unit>[A-Z][a-z]+\s+\d+)\s+of\s+[^()]{0,80}\((?:the\s+)?(?P<acr>[A-Z][\w-]*)\)")
OWNED_BY_NAME = re.compile(rf"^\s*(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:'s|’s)\s+(?P<body>{NAME})"
                           rf"(?:\s+\((?:the\s+)?(?P<acr>[A-Z][\w-]*)\))?")
UNIT_OF = re.compile(rf",\s+(?:an?\s+)?(?:unit|part|arm|branch|group|actor|team)\s+(?:(?:that|which)\s+)?"
                     rf"(?:(?:it|they|officials|the\s+government)\s+(?:described|identified|characteri[sz]ed|named)\s+as\s+|"
                     rf"(?:it|they|officials|the\s+government)\s+(?:had\s+|has\s+|have\s+)?(?=(?:linked|tied)\s+to\b))?"
                     rf"(?:of|linked\s+to|tied\s+to|run\s+by|controlled\s+by|(?:working|acting|operating)\s+(?:for|on\s+behalf\s+of))"
                     rf"\s+(?P<rest>.+)$")


def attributions(context: SentenceContext) -> list[Finding]:
    """Who the sentence's state attributed an incident to (see the module docstring)."""
    if not prefiltered_search(r"attribut|blam|link|tied|ascribed|pinned|named|accus|identified|exposed|called out|held|"
                              r"responsible|finger|point|behind|carried out|conducted by|perpetrated|orchestrated|launched by|"
                              r"mounted by|staged by|compromised|breached|hacked|infiltrated|penetrated|attacked|"
                              r"sponsored by|originated|carried out from|launched from|conducted from",
                              context.masked):
        return []
    findings = []
    for match in ATTRIBUTE.finditer(context.masked):
        start, end = context.clause_of(match.start())
        before = context.masked[start:match.start()]
        group = next(g for g in ("to", "on", "direct", "named", "assessed", "finger", "behind", "carried", "doer", "origin")
                     if match.group(g))
        if NOT_ATTRIBUTED.search(before[-50:] + match.group()[:40]) or hedged(before[-40:]) or \
                HEARSAY.search(before[-25:] + match.group()[:20]) or NOT_ATTRIBUTED_BEFORE.search(before[-60:]) or \
                re.search(r"\bclaimed\b", before[_own_clause(before):][-40:]) or NOT_THE_STATE.search(context.written_out(before)[-60:]):
            continue
        if group == "finger" and not re.search(r"\bfinger\b", match.group()) and \
                not INCIDENT_WORD.search(context.masked[:match.start()]):
            continue  # "pointed to Russia's role": "pointed to" blames only in a clause that tells an incident
        if group in ("named", "direct", "finger") and not _blamed_for_cyber(context, match, group, end):
            continue  # "accused X of hypocrisy", "named X as a partner", "held X responsible for the talks' collapse"
        breaks = list(COORDINATED_CLAUSE.finditer(before))  # ", and in 2021 it named X": the own clause's year and
        own = start + breaks[-1].end() if breaks else start  # partners, not the earlier coordinated clause's
        own_subject = any(m.kind == "state" for m in context.view.slots_in(context.masked[own:match.start()]))
        attributor, indirect = _attributor(context, own if own_subject else start, match)  # ", and the US also …"
        pronoun = SUBORDINATE_PRONOUN.search(context.masked[:match.start()])
        if pronoun is not None:  # "solidarity with the UK after it attributed the attack": "it" is the state just named
            named = [m for m in context.view.slots_in(context.masked[:pronoun.start()]) if m.kind == "state" and m.key]
            attributor = named[-1].key if named else attributor
        listed = _co_subjects(context, own if own_subject else start, match.start(), "", "", ("state",), True)
        if listed and attributor not in listed and len(listed) > 1:
            attributor = listed[0]  # "X was caught up in it: in 2024 A and B attributed …": the list is who attributed
        if not attributor:
            continue
        home = context.state_of(context.topic)
        if home and attributor != home and any(
                m.key and context.state_of(m.key) == home for m in context.view.slots_in(
                    STAYED_OUT.search(context.masked[match.end():]).group("who")
                    if STAYED_OUT.search(context.masked[match.end():]) else "")):
            continue  # "the United States attributed X to Y, and Chile declined to join": a foil for Chile's abstention
        taken_back = FORMALLY_NOT.match(context.masked, match.start(group))
        if taken_back and all(context.state_of(m.key) == attributor
                              for m in context.view.slots_in(taken_back.group("who") or "")):
            continue  # "pointed to Russia but stopped short of a formal attribution" (by itself, not another state)
        tail = context.masked[match.end(group):min(end, match.end(group) + 40)]
        cut = NEXT_CLAUSE_TIME.search(tail)
        window = context.masked[match.start():match.end(group) + (cut.start() if cut else len(tail))]
        timed = list(TIMED_CLAUSE.finditer(before))  # ", in July 2021 it held X responsible": the own clause's time
        year = cues.clause_year(window) or (cues.clause_year(before[timed[-1].end():]) if timed else "") or \
            cues.clause_year(context.masked[own:match.start()]) or \
            cues.clause_year(before) or \
            cues.clause_year(context.masked[:context.intro_end]) or _relative_year(context, match.start()) or \
            _opening_year(context, start) or _antecedent_year(context, start) or \
            _incident_year_of(context, context.masked[start:end]) or _passive_subject_year(context, match.start()) \
            or cues.clause_year(context.masked[match.start():end]) or _previous_incident_year(context)
        incident = _incident_about(context, state=attributor)
        group_end = match.end(group)
        inner = INNER_GAP.search(context.masked, match.start(group), group_end) if group in ("to", "on") else None
        if inner is not None:  # "to Russia in 2018 and the WannaCry attack to North Korea in 2017": two items
            group_end = inner.start()
            year = cues.clause_year(context.masked[match.start():group_end]) or year
        partners = JOINT_TAIL.search(context.masked, match.start(group), group_end)
        if partners is not None:  # "to Russia jointly with Chile and Peru": the partners attributed, not culprits
            group_end = partners.start()
        agents: tuple[str, ...] = ()
        stretch = context.masked[match.start(group):group_end]
        by = next((b for b in re.finditer(rf"\s+by\s+(?:the\s+)?(?:{SLOT}|[A-Z])", stretch)
                   if not re.search(r"\b(?:\w+(?:ed|en)|run|led|set)$", stretch[:b.start()])), None) \
            if group in ("to", "on") else None  # ("a unit controlled by Russia's GRU": part of the culprit)
        if by is not None:  # "attributed to North Korea by the United States and the United Kingdom": those attributed
            agents = tuple(sorted({context.state_of(m.key) for m in context.view.slots_in(
                context.masked[match.start(group) + by.start():group_end]) if m.key and context.state_of(m.key)}))
            group_end = match.start(group) + by.start()
        group_start = match.start(group)
        first = _culprit(context, context.masked[group_start:group_end])[0] if group == "on" else ""
        if group == "on" and (not first or context.state_of(first) == attributor):
            later = [m for m in re.finditer(rf"\s+on\s+(?=(?:the\s+)?(?:{SLOT}|[A-Z]))",
                                            context.masked[group_start:group_end])]
            if later:  # "blamed the attack on British hospitals on North Korea", "… on its railways on X": the victim is
                # no culprit
                group_start += later[-1].end()
        culprits = [(c, e, year) for c, e in _culprits(context, group_start, group_end)]
        linked = LINKED_ACTOR.search(context.masked, match.start(), match.start(group)) if group == "to" else None
        if linked is not None:
            culprits += [(c, e, year) for c, e in [_new_actor(context, linked.group("actor"))]]
        if group in ("to", "on"):
            culprits += _gapped_culprits(context, group_end, group)
        for culprit, entity, year in culprits:
            if culprit == attributor:
                continue
            after = partners.start() if partners is not None else match.end(group) if group != "direct" else match.start(group) + \
                len(re.match(rf"\s*(?:the\s+)?(?:{SLOT}|\S+)", context.masked[match.start(group):]).group())
            jointly = _jointly(context, after, end, attributor, culprit) or \
                _co_subjects(context, own, match.start(), attributor, culprit) or \
                _jointly(context, own, min(match.start(group), match.start() + 30), attributor, culprit) or \
                tuple(a for a in agents if a not in (attributor, culprit))
            fact = Fact("attributesTo", attributor, culprit, year, about=incident.key if incident else "",
                        jointly=jointly)
            found = _finding(context, fact, "attribution.named", indirect)
            found.entities = [e for e in (entity, incident) if e is not None]
            findings.append(found)
            findings += _joint_attributions(context, fact, found.entities,
                                            _co_subjects(context, own, match.start(), attributor, culprit, strict=True))
    return findings


def _joint_attributions(context: SentenceContext, fact: Fact, entities: list, co_subjects: tuple[str, ...]
                        ) -> list[Finding]:
    """An attribution by a list of subjects is each one's ("the United States and the United Kingdom attributed X to
    Y", "Denmark and the EU had attributed X to Y"): one fact per other subject, the rest its partners (a partner told
    by "with" or "joined X in" is told as the subject's company, not as an attributor of its own; two bodies of one
    state are that state's one attribution)."""
    findings = []
    for partner in co_subjects:
        entity = context.gazetteer.entities.get(partner)
        if entity is None or partner == fact.object or entity.kind not in ("state", "org") or \
                entity.agency_of or context.state_of(partner) == fact.subject:
            continue
        others = tuple(sorted({fact.subject, *fact.jointly} - {partner}))
        joint = Fact("attributesTo", partner, fact.object, fact.year, about=fact.about, jointly=others)
        found = _finding(context, joint, "attribution.joint", False)
        found.entities = list(entities)
        findings.append(found)
    return findings


# a state that stayed out of another's attribution ("…, and Chile declined to join that attribution", "but Lima did not
# follow suit")
# (or kept silent on it: "…, an operation X attributed to Y but on which Z stayed silent")
STAYED_OUT = re.compile(rf"(?:[,;]\s*(?:and|but|while|whereas|though|although)?|\s+(?:but|while|whereas|though|although))\s*"
                        rf"(?:(?:on|about|over)\s+which\s+)?(?P<who>(?:the\s+)?{SLOT})\s+(?:\w+ly\s+)?"
                        rf"(?:(?:declined|refused|chose\s+not|did\s+not|has\s+not|had\s+not|never|stopped\s+short\s+of)\s+"
                        rf"(?:to\s+)?(?:join\w*|follow\w*|endors\w*|associat\w*|back\w*|support\w*|echo\w*|shar\w*)\b|"
                        rf"(?:has\s+|have\s+|had\s+)?(?:stayed|remained|kept|stays|remains|keeps)\s+(?:silent|quiet|mute)\b)")
JOINT_TAIL = re.compile(r"(?<!\baffiliated)(?<!\bassociated)(?<!\bconnected)\s*,?\s+(?:(?:jointly|together|along)\s+with|alongside|with(?!\s+(?:links|ties)\b)|in\s+(?:a\s+)?joint\s+\w+)\b")
INCIDENT_WORD = re.compile(r"\b(?:attacks?|cyberattacks?|breach\w*|intrusions?|hack\w*|campaigns?|ransomware|"
                           r"DDoS|incidents?|operations?|compromise|leaks?|outages?|defacements?)\b", re.IGNORECASE)
INNER_GAP = re.compile(rf"(?:,\s*|\s+)(?:and|while)\s+(?:(?!\s(?:to|on)\s)[^,;]){{3,80}}?\s+(?:to|on)\s+(?:the\s+)?"
                       rf"(?:{SLOT}|[A-Z])")
GAPPED = re.compile(rf"(?P<skip>[^;]*?)(?:,\s*|\s+)(?:and|while|as\s+well\s+as)\s+(?P<what>(?:the\s+)?[^;,]{{3,80}}?)\s+"
                    rf"(?P<prep>to|on)\s+(?P<who>(?:the\s+)?(?:{SLOT}|[A-Z])[^,;]*)")
VERB_LIKE = re.compile(r"\b(?:\w+ed|\w+ing|is|are|was|were|has|have|had|will|would)\b")


def _gapped_culprits(context: SentenceContext, after: int, group: str) -> list[tuple[str, Entity | None, str]]:
    """(culprit, new entity, year) of each further item of a gapped list after an attribution ("attributed X to
    Russia in 2018, and the Exchange hack to China in 2021"): an incident and "to"/"on" an actor, with no verb of
    its own."""
    found = []
    position = after
    while True:
        item = GAPPED.match(context.masked, position)
        if item is None or item.group("prep") != ("to" if group == "to" else "on") or \
                VERB_LIKE.search(context.written_out(item.group("what") + " " + item.group("skip"))):
            return found
        year = cues.clause_year(context.masked[item.start("what"):item.end("who")])
        found += [(c, e, year) for c, e in _culprits(context, item.start("who"), item.end("who"))]
        position = item.end()


OPENING_TIME = re.compile(rf"^\s*(?:(?:In|On|During|By|Since)\s+)?(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}\s+)?"
                          rf"(?:{cues.MONTH}\s+)?(?:\d{{1,2}},?\s+)?({cues.YEAR})\b(?!\s*(?:[-–]|to\b))")


def _relative_year(context: SentenceContext, position: int) -> str:
    """A year counted from the one told before the attribution ("Two years later, the government attributed…"
    after a sentence dated 2021 is 2023)."""
    anchor = next((w.year for w in reversed(cues.times(context.preceding[-400:]))), "") or context.previous_year
    before = context.masked[:position]
    before = before[:1].lower() + before[1:]  # ("Two years later" opening the sentence)
    relative = [w for w in cues.times(before, anchor or "") if w.prep == "relative"]
    return relative[-1].year if relative and anchor else ""


def _previous_incident_year(context: SentenceContext) -> str:
    """The one year of the sentence just before, when it tells an incident ("In May 2023 X was hit by ransomware.
    The government blamed Y."): an attribution with no year of its own is about the incident just told."""
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z\[])", context.preceding.strip())[-1] if context.preceding.strip() else ""
    if not INCIDENT_WORD.search(last) and not re.search(r"\b(?:hit|struck|breached|hacked|crippled)\b", last):
        return ""
    years = set(re.findall(rf"\b({cues.YEAR})\b", last))
    return years.pop() if len(years) == 1 else ""


def _antecedent_year(context: SentenceContext, start: int) -> str:
    """The year of the incident a relative clause attributes ("hit by DDoS attacks in 2007, which its foreign
    minister blamed on Russia": the attribution is told as part of the incident, in its year)."""
    if start == 0 or not re.match(r"\s*(?:,\s*)?(?:which|that)\b", context.masked[start:]):
        return ""
    years = re.findall(rf"\b({cues.YEAR})\b", context.masked[:start])
    return years[-1] if years else ""


def _passive_subject_year(context: SentenceContext, position: int) -> str:
    """The year of the incident a passive attribution has as its subject ("The May 2024 attack on X, which …, was
    blamed by the police on Y": 2024), when the incident's name carries it."""
    if not re.search(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$", context.masked[max(0, position - 30):position]):
        return ""
    segment = context.masked[:position]
    segment = segment[max(segment.rfind(";"), segment.rfind(":"), context.intro_end - 1) + 1:]
    named = _incidents_named(context.written_out(segment))
    return (named[0][2] or (re.findall(rf"\b({cues.YEAR})\b", named[0][1]) or [""])[0]) if named else ""


def _opening_year(context: SentenceContext, start: int) -> str:
    """The year a sentence opens with ("In June 2022 X suffered …; the government pointed to Y"), for an
    attribution told in a later clause of it."""
    if start == 0:
        return ""
    found = OPENING_TIME.match(context.masked)
    return found.group(1) if found else ""


def _incident_year_of(context: SentenceContext, before: str) -> str:
    """The year of the incident an attribution clause is about, when the attribution gives none of its own."""
    named = _incidents_named(context.written_out(before))
    return named[-1][2] or (re.findall(rf"\b({cues.YEAR})\b", named[-1][1]) or [""])[0] if named else \
        (re.findall(rf"\b({cues.YEAR})\b", before) or [""])[-1]


PASSIVE_BEFORE = re.compile(r"(?:\b(?:were|was|been|being|is|are)\s+(?:\w+\s+)?|,\s*(?:\w+ly\s+)?)$")
OFFICIAL_AGENT = re.compile(r"^\s*(?:the\s+|then\s+|its\s+|their\s+)*(?:[\w-]+\s+){0,3}?(?:government|minister|ministry|"
                            r"officials?|authorities|president|prime|chancellor|cabinet|spokes\w+|agency|office|police|"
                            r"prosecutors?|prosecution)\b",
                            re.IGNORECASE)
# what an accusation, a naming or a blame is for when it attributes: an intrusion, an operation, a hostile act online
CYBER_DEED = re.compile(r"\b(?:cyber-?(?:attacks?|operations?|activit\w+|espionage|incidents?|intrusions?|campaigns?|"
                        r"crime|threats?)|thefts?|stole|stolen|heists?|malicious|perpetrat\w*|culprits?|sponsors?|behind|responsib\w+\s+(?:for\s+)?"
                        r"(?:the\s+|a\s+|an\s+|these\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|breach\w*|intrusions?|hacks?|"
                        r"operations?|campaigns?|incidents?|compromise|leaks?)|espionage|spying|spied|meddl\w*|interfer\w*|"
                        r"hack\w*|intrusions?|attack\w*|breach\w*|sabotage|campaigns?|operations?|incidents?|compromise|"
                        r"leaks?|ransomware|DDoS|defac\w*|outages?|disrupt\w*|wiper|disinformation|election|threat\s+actor|APT|"
                        r"exploit\w*)\b",
                        re.IGNORECASE)


def _own_clause(before: str) -> int:
    """Where the attributing clause opens in the text before its verb: after the last coordinated clause ("the group X
    claimed the attack, and in 2025 the ministry named Y": the claim is another clause's)."""
    breaks = list(COORDINATED_CLAUSE.finditer(before))
    return breaks[-1].end() if breaks else 0


def _blamed_for_cyber(context: SentenceContext, match: re.Match[str], group: str, end: int) -> bool:
    """Whether what a state is accused of, named as or blamed for is a cyber deed ("accused Russia of the attack",
    "named APT28 as the perpetrator"); a blame with nothing after it stands after an incident told before."""
    if group == "named":  # "named X as …", "accused X of …", "held X responsible (for …)"
        words = context.written_out(context.masked[match.end(group):max(end, match.end())])
        verb = match.group().split()[0].lower()
        if verb == "held" and not re.search(r"\bresponsible\b", words[:120]) or re.match(r"\s*of\b", words) and \
                verb != "accused" and not OF_THEN_BLAME.search(words[:160]):
            return False  # "held the Presidency of the Council", "named the Minister of Defence": an office, no blame
        if re.match(r"\s*(?:as\s+)?responsible\b(?!\s+for\b)", words) or _named_deed(words):
            return True
        return bool(CYBER_DEED.search(words[:100]))
    words = context.written_out(context.masked[match.start(group):max(end, match.end())])
    deed = re.search(r"\s(?:for|as|over|with)\s", words)
    if deed is None:
        return True  # "… government spokespersons blamed Anonymous." (the incident is the sentence's or the last one's)
    return bool(CYBER_DEED.search(words[deed.start():deed.start() + 90])) or _named_deed(words[deed.start():])


# after "named the Main Directorate of the General Staff": the naming still blames when it goes on "as responsible"
OF_THEN_BLAME = re.compile(r"\b(?:as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:perpetrators?|culprits?|responsible|authors?|"
                           r"sponsors?|actors?\s+behind|behind)|responsible\s+for)\b", re.IGNORECASE)


def _named_deed(words: str) -> bool:
    """Whether the deed is an incident by its own name ("blaming Russia for NotPetya", "accused of Ghostwriter")."""
    name = re.match(r"\s*(?:responsible\s+)?(?:for|of|over)\s+(?:the\s+)?[“\"]?(?P<name>[A-Z][\w-]*)", words)
    return name is not None and not NOT_A_PROPER_NAME.fullmatch(name.group("name"))


BY_FIRST = re.compile(r"(?:\w+ly\s+)?(?:attribut\w+|link\w+|tied|ascribed|pinned|blamed)\s+by\s+(?P<agent>[^;]{1,60}?)\s+"
                      r"(?:to|on)\b")
OFFICIAL_ADVERB = re.compile(r"\b(?:officially|formally|publicly)\b", re.IGNORECASE)
# "linked to"/"tied to" with nothing between the participle and "to": it describes an actor ("hackers linked to
# North Korea"); an attribution links something ("linked the attack to Russia", "an attack which Oslo linked to
# Russia") or is passive ("was linked to")
REDUCED_LINK = re.compile(r"(?:\w+ly\s+)?(?:linked|tied)\s+to\b")


def _attributor(context: SentenceContext, start: int, match: re.Match[str]) -> tuple[str, bool]:
    """The state that attributed: in the passive ("was attributed by <state> to", "the attack, blamed on X by the
    government") the agent after "by" (a state, or the government's officials for the clause's state), an
    official passive with no agent ("was formally attributed to") the clause's state, a passive that names no one
    ("was widely linked to", "a group tied to") nobody; in the active, the clause's state, or the actor a relative
    clause hangs on ("unlike the United States, which blamed X")."""
    antecedent = relative_antecedent(context, match.start())
    if antecedent:
        return antecedent, False
    by_first = BY_FIRST.match(match.group())
    if by_first is not None:  # "an intrusion later linked by investigators to Iran": the agent's attribution
        slot = re.match(rf"(?:the\s+)?{SLOT}\s*$", by_first.group("agent"))
        if slot is not None and context.view.slot(slot.group().split()[-1]).kind in ("state", "org"):
            return _actor_state(context, context.view.slot(slot.group().split()[-1]), match.start()), False
        if OFFICIAL_AGENT.match(context.written_out(by_first.group("agent"))):
            return _state_subject(context, start, match.start())
        return "", True
    if REDUCED_LINK.match(match.group()) and not OFFICIAL_ADVERB.search(match.group()[:30]) and \
            not re.search(r"\bby\b", context.masked[match.start():match.end() + 60]) and \
            not re.search(r"\b(?:which|that|whom)\s+(?:\S+\s+){1,4}$", context.masked[max(0, match.start() - 60):match.start()]):
        return "", True  # "hackers linked to North Korea targeted …", "a crew tied to Iran": a description, no one's act
    if PASSIVE_BEFORE.search(context.masked[max(0, match.start() - 30):match.start()]) and \
            not re.match(r"\s*(?:\w+ly\s+)?blam", context.masked[match.start():]) or \
            re.match(r"\s*(?:\w+ly\s+)?blam(?:ed)\b", context.masked[match.start():]) and \
            re.search(r"\b(?:were|was|been)\s+(?:\w+\s+)?$", context.masked[max(0, match.start() - 30):match.start()]):
        by = re.search(rf"\bby\s+(?P<agent>[^;]{{0,60}})", context.masked[match.start():match.end() + 60])
        if by is None:  # "was attributed to" is a state's act; "was linked to" may be anyone's
            official = OFFICIAL_ADVERB.search(match.group()[:30]) or re.match(r"(?:\w+ly\s+)?(?:attribut|blam)",
                                                                                match.group())
            return _state_subject(context, start, match.start()) if official else ("", True)
        slot = re.match(rf"\s*(?:the\s+)?{SLOT}", by.group("agent"))
        if slot is not None:
            mention = context.view.slot(slot.group())
            return _actor_state(context, mention, match.start()), False
        if OFFICIAL_AGENT.match(context.written_out(by.group("agent"))):
            return _state_subject(context, start, match.start())
        return "", True
    return _state_subject(context, start, match.start())


ALSO_CULPRIT = re.compile(rf"^[^()]*?\s+and\s+(?P<next>(?:the\s+)?(?:{SLOT}|[A-Z]).*)$")
STATE_BODY = re.compile(rf"^\s*(?:the\s+)?(?P<owner>{SLOT})\s+(?P<body>{NAME})(?:\s+\((?P<acr>[A-Z][\w-]*)\))?")


def _culprits(context: SentenceContext, start: int, end: int) -> list[tuple[str, Entity | None]]:
    """(key, new entity or None) of each actor a stretch after "to"/"on" names: the one it opens with, a body
    of a state by its name or acronym ("Russia's military intelligence service (GRU)"), a group named by its
    state's adjective ("Russian security services"), and what the first is "a unit of"."""
    text = context.masked[start:end]
    served = SERVING_ACTORS.match(text)
    if served is not None:  # "to hackers affiliated with Russia's SVR", "to cybercriminals linked to X": whom they serve
        return _culprits(context, start + served.end(), end)
    written = context.written_out(text)
    numbered = NUMBERED_UNIT.match(written)
    if numbered is not None:
        return [_new_actor(context, f"{numbered.group('acr')} {numbered.group('unit')}")]
    owned = OWNED_BY_NAME.match(written)
    if owned is not None and context.gazetteer.lookup(owned.group("owner")) is None:
        body = owned.group("body") + (f" ({owned.group('acr')})" if owned.group("acr") else "")
        return [_new_actor(context, owned.group("owner")), _new_actor(context, body, owned.group("acr") or "")]
    found = [_culprit(context, text)]
    unit = UNIT_OF.search(text)
    if unit is not None:
        found.append(_culprit(context, unit.group("rest")))
    for other in ALSO_CULPRIT.finditer(text):  # "to APT40 and the Ministry of State Security (MSS)"
        found.append(_culprit(context, other.group("next")))
    distinct: dict[str, tuple[str, Entity | None]] = {}
    for key, entity in found:
        if key and key not in distinct:
            distinct[key] = (key, entity)
    return list(distinct.values())


def _new_actor(context: SentenceContext, name: str, acronym: str = "") -> tuple[str, Entity | None]:
    known = context.gazetteer.lookup(acronym or name) or context.gazetteer.lookup(name)
    if known is not None:
        return known.key, None
    key = f"org/{slugify(acronym or name)}"
    return key, Entity(key=key, label=name, kind="org", cls=CDO.ThreatActor, acronym=acronym)


# an actor described, then its own name right after ("the pro-Russian hacktivist group X", "the LockBit affiliate 'X'")
DESCRIBED_NAME = re.compile(rf"\s*(?:the\s+|an?\s+)?{DESCRIBED_ACTOR}(?P<name>[A-Z][\w.()-]*(?:\s+[A-Z0-9][\w.()-]*)*)")
PRO_GROUP = re.compile(r"\s*(?:the\s+)?(?P<name>pro-[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}?(?:hacktivists?|hackers?|groups?|"
                       r"actors?|collectives?|activists?|gangs?))\b(?!\s*\(?[A-Z0-9])")  # ("the pro-Russian group Killnet": Killnet)
GANG_AFTER = re.compile(r"\s+((?:ransomware|hacker|hacking|hacktivist|extortion|cybercrime|criminal)\s+(?:group|gang|crew|"
                        r"collective|cartel|syndicate|operators)|(?:ransomware\s+)?(?:gang|crew|cartel|syndicate))\b")


def _culprit(context: SentenceContext, text: str) -> tuple[str, Entity | None]:
    """(key, new entity or None) of the actor a stretch of masked text opens with."""
    given = GIVEN_NAME.match(context.written_out(text))
    if given is not None:  # "a criminal network it named the 'X Ring'": X Ring
        return _new_actor(context, re.sub(r"\s+(?:of|de|del|la|los|las)$", "", given.group("name")))
    described = DESCRIBED_NAME.match(context.written_out(text))
    if described is not None:  # "the pro-Russian hacktivist group X", "the LockBit affiliate 'X'": X
        # (the name's own dots stay, "A.P.T."-style; the full stop that ends the sentence is not the name's)
        return _new_actor(context, re.sub(r"(?<=[a-z0-9)])\.$", "", described.group("name")))
    leaning = PRO_GROUP.match(context.written_out(text))
    if leaning is not None:  # "pro-Russian hacktivists": the group, never the state it leans to
        return _new_actor(context, leaning.group("name"))
    described = DESCRIBED_GROUP.match(text)
    if described is not None:  # "the Iranian-linked group APT34", "the Chinese state-sponsored actor APT41"
        name = described.group("name")
        if SLOT_RE.fullmatch(name):
            mention = context.view.slot(name)
            if mention.kind == "org" and mention.key:
                return mention.key, None
        else:
            return _new_actor(context, context.written_out(name))
    owned_org = re.match(rf"\s*(?:the\s+)?{SLOT}(?:'s|’s)\s+(?P<body>{SLOT})", text)
    if owned_org is not None and context.view.slot(owned_org.group("body")).kind == "org":
        return context.view.slot(owned_org.group("body")).key, None  # "North Korea's Lazarus Group"
    owned = POSSESSED_BODY.match(text)
    if owned is not None:
        owner = context.view.slot(owned.group("owner"))
        body = owned.group("body").strip()
        if owned.group("acr"):
            return _new_actor(context, owned.group("acr"), owned.group("acr"))
        if body[:1].isupper():
            return _new_actor(context, body)
        return owner.key, None
    adjective = ADJECTIVE_GROUP.match(text)
    if adjective is not None:
        owner = context.view.slot(adjective.group("owner"))
        if owner.form == "adjective" or owner.kind == "state":
            return _new_actor(context, f"{owner.text}{adjective.group('compound') or ''} {adjective.group('nouns')}")
    owned_org = re.match(rf"\s*(?:the\s+)?(?P<owner>{SLOT})\s+(?P<body>{SLOT})", text)
    if owned_org is not None and context.view.slot(owned_org.group("owner")).kind == "state" and \
            context.view.slot(owned_org.group("body")).kind == "org":  # "the Chinese Ministry of State Security (MSS)"
        return context.view.slot(owned_org.group("body")).key, None
    body = STATE_BODY.match(text)
    if body is not None and context.view.slot(body.group("owner")).kind == "state":  # "the US National Security Agency"
        owner = context.view.slot(body.group("owner"))
        name = f"{owner.text} {body.group('body')}" + (f" ({body.group('acr')})" if body.group("acr") else "")
        return _new_actor(context, name, body.group("acr") or "")
    slot = re.match(rf"\s*(?:the\s+)?{SLOT}", text)
    if slot is not None:
        mention = context.view.slot(slot.group())
        if mention.kind in ("state", "org") and mention.key:
            return mention.key, None
    described = re.match(rf"\s*(?:{INDEFINITE_ACTOR})", text)
    if described is not None:  # "a criminal group operating from X": the group, described
        name = re.sub(r"^\s*an?\s+", "", context.written_out(described.group()))
        return _new_actor(context, name[:1].upper() + name[1:])
    unnamed = re.match(r"\s*(?:the\s+)?(?P<name>(?:unnamed|unidentified|unspecified)\s+[^,;.]+)", context.written_out(text))
    if unnamed is not None:
        return _new_actor(context, unnamed.group("name").replace('"', "").replace("“", "").replace("”", "").strip())
    found = ACTOR_NAME.match(context.written_out(text))
    if found is None:
        return "", None
    name = re.split(r"\s+(?:for|and|in|on)\s+", found.group("name").strip())[0]
    if len(name) < 3 or name.split()[0] in ("The", "In") or re.fullmatch(r"Unit", name):
        return "", None
    kind = GANG_AFTER.match(context.written_out(text), found.start("name") + len(name)) \
        if name == found.group("name").strip() else None
    if kind is not None:  # "the Akira ransomware group": the group by its whole name, and by its own name
        key, entity = _new_actor(context, f"{name} {' '.join(kind.group(1).split())}")
        if entity is not None:
            entity.names.add(name)
        return key, entity
    return _new_actor(context, name)


def _incident_about(context: SentenceContext, state: str) -> Entity | None:
    named = _incidents_named(context.written_out(context.masked))
    if not named:
        return None
    position, name, _, kind, _ = named[0]
    return _incident_entity(state, name, kind)


def _co_subjects(context: SentenceContext, start: int, cue: int, attributor: str, culprit: str,
                 only: tuple[str, ...] = (), strict: bool = False) -> tuple[str, ...]:
    """The other actors (states and organisations) of a subject list right before the verb ("Portugal and the United
    States jointly attributed"), sorted; with ``only``, in the list's order and none unless all are of those kinds."""
    found = re.search(rf"((?:(?:the\s+)?{SLOT}\s*(?:,|and)\s+)+(?:the\s+)?{SLOT})\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+|also\s+|likewise\s+)?$",
                      context.masked[start:cue])
    if found is None:
        return ()
    if strict and re.search(r"\b(?:with|alongside|like|unlike|besides|after|as|than)\s+$",
                            context.masked[start:start + found.start()], re.IGNORECASE):
        return ()  # "Together with Poland and Lithuania, Bratislava attributed": partners, then the one subject
    if only:
        listed = context.view.slots_in(found.group(1))
        if not all(m.kind in only and m.key for m in listed):
            return ()
        return tuple(dict.fromkeys(m.key for m in listed if m.key not in (attributor, culprit)))
    keys = {m.key for m in context.view.slots_in(found.group(1)) if m.kind in ("state", "org") and m.key}
    return tuple(sorted(k for k in keys if k not in (attributor, culprit)))


def _jointly(context: SentenceContext, start: int, end: int, attributor: str, culprit: str) -> tuple[str, ...]:
    found = JOINTLY.search(context.masked, start, end)
    if found is None:
        return ()
    keys = [m.key for m in context.view.slots_in(found.group("who") or found.group("joined"))
            if m.kind in ("state", "org") and m.key]
    return tuple(sorted({k for k in keys if k not in (attributor, culprit)}))


RULES = [once(rule) for rule in (conventions, incidents, attributions)]
