"""Norms and the UN: resolution votes, UN processes, alignment, initiatives joined, EU/NATO candidacy.

Every rule reads one sentence and returns findings (and the resolutions it names that the
reference data lacks); none changes what is known. What each rule reads:

* **votes**: "voted in favour of A/73/27 and against A/73/266", "abstained on A/74/247": each
  resolution takes the nearest vote cue before it in its clause; the year is the clause's, else the
  year the resolution's session opened (the 73rd in 2018);
* **UN processes**: "took part in the first OEWG (2019-2021) and the second (2021-2025)", "sat on the
  2016-2017 GGE": each year range gives the nearest process with the iteration's first and last years;
* **alignment**: "aligned with those of the European Union", "aligns with EU statements", "echoing
  the ICRC's position";
* **initiatives**: "endorsed the Paris Call in 2018", "a founding member of the FOC (2011)";
* **candidacy**: "was granted EU candidate status in 2023", "a NATO aspirant since 2008", "potential
  candidate", "applied for EU membership".

Negated and hedged statements ("refrained from signing", "is not a NATO aspirant", "is considering
joining") give nothing.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Callable

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext, possessor_only
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention
from cdkg.extraction.prefilter import may_match, prefiltered_search
from cdkg.extraction.relations import _finding
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

SYMBOL = re.compile(r"\bA/(?:RES/)?(\d{2})/(\d{1,3})\b")
VOTE_CUE = re.compile(
    r"\b(?:(?:vot(?:ed|es|ing)\s+(?:(?:both|once|twice)\s+)?|cast(?:s|ing)?\s+(?:its|their|a)\s+(?:\w+\s+)?(?:votes?|ballots?)\s+)"
    r"(?P<vote>in\s+favou?r\s+of|for|against|yes\s+on|no\s+on)"
    r"|(?:cast(?:s|ing)?|gave|giv(?:es|ing))\s+(?:its|their|an?)\s+(?P<sign>negative|no|affirmative|positive|yes)\s+"
    r"(?:votes?|ballots?)\s+(?:on|to|for)"
    r"|(?P<abstain>abstain(?:ed|s|ing)?\s+(?:on|in\s+the\s+vote\s+on|from\s+voting\s+on))"
    r"|(?<![\w-])(?P<support>supporting|backing|supported|backed|opposing|opposed|rejecting|rejected)\s+"
    r"(?=(?:both\s+)?(?:the\s+)?(?:[\w\ue000\ue001-]+\s+)?(?:(?:resolutions?|texts?|drafts?)\s+)?(?:A/\d|\ue000))"
    r"|(?:,|\band|\bas\s+well\s+as)\s+(?P<bare>in\s+favou?r\s+of|against|for)(?=\s+(?:the\s+|resolution\s+|both\s+)?[\w\ue000-]))",
    re.IGNORECASE,
)
NOT_VOTED = re.compile(r"\b(?:did not|didn't|never|not)\s+(?:\w+\s+)?$", re.IGNORECASE)
BETWEEN_VOTES = re.compile(r"^[\s,]*(?:(?:both|the|resolutions?|texts?|drafts?|and|as well as(?:\s+for)?|\((?:19|20)\d\d\)|"
                           r"(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?=\s*,?\s+and\b)|[\w-]+-sponsored|[A-Z][\w-]+|"
                           rf"(?:{SLOT})?[\w]*-(?:sponsored|led|backed|drafted|tabled)|{SLOT}|A/\d+/\d+)[\s,]*)*$")

PARTICIPATE = re.compile(
    r"\b(?:t(?:ook|akes?|aking|aken)\s+(?:an?\s+\w+\s+)?part|participa\w*|s[ai]t(?:s|ting)?\s+on|serv(?:ed|es|ing)\s+on|"
    r"(?:a\s+)?members?\s+of|engag\w+(?:\s+\w+ly)?\s+(?:in|throughout)|attend\w*|"
    r"play(?:s|ed|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:part|role)\s+in|(?:was|is|has\s+been|were)\s+part\s+of|"
    r"contribut(?:ed|es|ing)\s+(?:\w+\s+){0,4}?to|involved\s+in|active\s+in|represented\s+(?:in|at)|"
    r"(?:was|were|is|has\s+been)\s+(?:\w+\s+)?(?:elected|appointed|selected)\s+to|"
    # a seat held, a text negotiated in it, a delegation sent to it, the process itself joined ("held a seat in the
    # OEWG", "negotiated actively in the Ad Hoc Committee", "sent an expert to the GGE", "joined the 2021-2025 OEWG")
    r"(?:h[oe]ld|holds|had|has|have|took|takes|occupie[sd])\s+a\s+seat\s+(?:in|on|at)|"
    r"negotiat(?:ed|es|ing)(?:\s+\w+ly)?\s+(?:in|within)|"
    r"sen[dt]s?\s+(?:an?\s+|its\s+)?(?:experts?|delegations?|delegates?|representatives?)\s+to|"
    r"join(?:ed|s)\s+(?=(?:the\s+|both\s+)?(?:(?:first|second|third|new|\d{4}\s*[-–]\s*\d{4})\s+)*\ue000))\b",
    re.IGNORECASE,
)
# a period of years ("2019-2021", "from 2019 to 2021")
YEAR_RANGE = re.compile(rf"\b({cues.YEAR})(?:\s*[-–]\s*|\s+(?:to|until|through)\s+)({cues.YEAR})\b")

ALONG = (r"(?:align(?:s|ed|ing)?(?:\s+(?:itself|themselves))?|associat(?:es|ed|ing)\s+(?:itself|themselves)|"
         r"follow(?:s|ed|ing)?|echo(?:es|ed|ing)?|mirror(?:s|ed|ing)?|join(?:s|ed|ing)?|subscrib(?:es|ed|ing)\s+to|"
         r"co-?sign(?:s|ed|ing)?|rall(?:ies|ied|ying)\s+behind|lin(?:es|ed|ing|e)\s+up)")
ALIGN = re.compile(
    rf"\balign(?:s|ed|ing|ment)?\b(?:\s+\w+){{0,3}}?\s+with\s+(?:(?:those|the\s+(?:statements?|positions?|declarations?))\s+"
    rf"(?:of|(?:delivered|made|read)\s+(?:by|on\s+behalf\s+of)|on\s+behalf\s+of)\s+|(?:(?:(?:nearly|almost|virtually|practically)\s+)?"
    rf"(?:all|most)\s+(?:of\s+)?(?:the\s+)?|most\s+|the\s+)?(?:statements?\s+(?:delivered\s+|made\s+)?by\s+)?)"
    rf"(?:the\s+)?{SLOT}"
    rf"|\b(?:echo(?:es|ed|ing)?|follow(?:s|ed|ing)?)\s+(?:closely\s+)?(?:the\s+)?{SLOT}(?:'s|’s)?\s+"
    rf"(?:joint\s+)?(?:position|statements?|line|views?|lead|approach)"
    rf"|\b(?:positions?|votes?|statements?|views?|line)\s+(?:\w+ly\s+)?(?:track|mirror|echo|follow|match|reflect)(?:s|ed|ing)?"
    rf"\s+(?:\w+ly\s+)?(?:those\s+of\s+)?(?:the\s+)?{SLOT}"
    rf"|\b(?:statements?|positions?|votes?|views?)\s+(?:are|were|is|was|have\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:in\s+line|consistent|in\s+step)\s+with\s+(?:the\s+)?{SLOT}"
    rf"|\bma(?:de|kes?|king)\s+common\s+cause\s+with\s+(?:the\s+)?{SLOT}"
    rf"|\b(?:echo(?:es|ed|ing)?|follow(?:s|ed|ing)?|mirror(?:s|ed|ing)?)\s+(?:\w+ly\s+)?(?:those|the\s+(?:positions?|line|"
    rf"statements?|views?))\s+of\s+(?:the\s+)?{SLOT}"
    rf"|\bassociat(?:es|ed|ing)\s+(?:itself|themselves|herself|himself)\s+with\s+(?:the\s+)?(?:joint\s+)?"
    rf"(?:statements?|positions?)\s+(?:of|by|delivered\s+by|made\s+by)\s+(?:the\s+)?{SLOT}"
    rf"|\b(?:joined|supported|co-?signed|signed\s+on\s+to|subscribed\s+to)\s+(?:the\s+|a\s+)?(?:joint\s+)?statements?\s+"
    rf"(?:delivered|made|issued|read)\s+(?:out\s+)?(?:by|on\s+behalf\s+of)\s+(?:the\s+)?{SLOT}"
    rf"|\b(?:joins?|joined|subscribes?\s+to|subscribed\s+to)\s+(?:the\s+)?{SLOT}(?:'s|’s)?\s+(?:joint\s+)?"
    rf"(?:statements?|declarations?|positions?)"
    rf"|\b(?:shar|support|back|endors)(?:es|ed|ing|s)?\s+(?:\w+ly\s+)?(?:the\s+)?{SLOT}(?:'s|’s)\s+(?:joint\s+)?"
    rf"(?:views?|positions?|statements?|line)"
    rf"|\b(?:support|back|endors)(?:es|ed|ing|s)?\s+(?:\w+ly\s+)?(?:the\s+)?(?:joint\s+)?(?:positions?|statements?|views?)\s+"
    rf"(?:of|delivered\s+by|made\s+by)\s+(?:the\s+)?{SLOT}"
    rf"|\bcoordinat(?:es|ed|ing)\s+(?:\w+ly\s+)?(?:its|their)\s+(?:positions?|statements?|votes?)\s+(?:\w+ly\s+)?with\s+"
    rf"(?:the\s+)?{SLOT}"
    rf"|\b(?:in\s+(?:line|step|agreement)|consistent(?:ly)?)\s+with\s+(?:the\s+)?{SLOT}(?:'s|’s)\s+(?:common\s+|joint\s+)?"
    rf"(?:positions?|statements?|line|views?|votes?)"
    rf"|\b(?:in\s+(?:line|step|agreement)|consistent(?:ly)?)\s+with\s+(?:the\s+)?(?:common\s+|joint\s+)?"
    rf"(?:positions?|statements?|line|views?)\s+of\s+(?:the\s+)?{SLOT}"
    rf"|\b(?:speaks?|spoke|spoken|speaking|sides?|sided|siding)\s+(?:\w+ly\s+)?(?:in\s+(?:line|step|unison|concert)\s+)?"
    rf"(?:through|with)\s+(?:the\s+)?{SLOT}"
    # "has delivered joint statements with Australia and Canada": speaking as one
    rf"|\bdeliver(?:s|ed|ing)?\s+(?:\w+ly\s+)?joint\s+(?:statements?|interventions?|declarations?)\s+(?:together\s+)?with\s+"
    rf"(?:the\s+)?{SLOT}"
    rf"|\b(?:support|back|endors|join|co-?sign)(?:s|ed|ing|es)?\s+(?:\w+ly\s+)?(?:the\s+)?{SLOT}-(?:led|drafted|sponsored)\s+"
    rf"(?:joint\s+)?(?:statements?|declarations?|positions?)"
    # backing a text another state drafted: "co-sponsored the Russian draft", "supported Russia's proposal", "backed
    # the Russian concept"; a resolution only co-sponsored ("voted for the Russian-sponsored resolution" is a vote)
    # (or "expressed support for Russia's draft", "supported, without co-sponsoring it, X's proposal", "supported a
    # proposal by X", "supported Ghana's call for …", "endorsed the positions put forward by India")
    rf"|\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:es|ed|ing)|co-?sponsor(?:s|ed|ing)?|"
    rf"(?:expressed|voiced|declared|gave)\s+(?:its\s+|their\s+)?support\s+(?:for|to))"
    rf"(?:\s*,\s+(?:without|while\s+not|though\s+not)\s+[^,;]{{3,40}},)?\s+(?:\w+ly\s+)?"
    rf"(?:(?:the\s+|that\s+|a\s+)?{SLOT}(?:-(?:led|drafted|sponsored|proposed)|'s|’s)?\s+(?:drafts?|concepts?|proposals?|"
    rf"calls?(?=\s+for\b))\b"
    rf"|(?:the\s+|that\s+|a\s+)(?:drafts?|concepts?|proposals?|positions?)\s+(?:(?:put\s+forward|advanced|tabled|made|"
    rf"presented)\s+)?(?:by|of|from)\s+(?:the\s+)?{SLOT}(?!'s|’s|\s+(?:chair|secretariat|president|co-?chair|facilitator)))"
    rf"(?!\s+(?:for|of|on)\s+(?:an?\s+)?(?:bilateral|intergovernmental|separate))"
    rf"|\bco-?sponsor(?:s|ed|ing)?\s+(?:the\s+|that\s+|a\s+)?{SLOT}-(?:led|drafted|sponsored)\s+(?:resolution|text)s?\b"
    # any verb of going along with another's statements and any way of naming them: "associates itself with EU
    # statements", "follow those delivered on behalf of the European Union", "subscribed to the statements made by X"
    # voting with a group, taking its cue from it, positions close to its
    rf"|\bvot(?:es|ed|ing)\s+(?:\w+ly\s+)?(?:together|alongside|in\s+line|in\s+step)\s+with\s+(?:the\s+)?(?:other\s+)?{SLOT}"
    rf"|\b(?:positions?|views?|statements?|interventions?)\s+(?:(?!that\b)[\w]+\s+){{0,4}}?(?:are|were|is|was|remain|remains|been)\s+"
    rf"(?:\w+ly\s+|very\s+)?close\s+to\s+those\s+of\s+(?:the\s+)?{SLOT}"
    rf"|\b{ALONG}\s+(?:\w+ly\s+)?(?:with\s+)?(?:the\s+|most\s+|all\s+)?{SLOT}(?:'s|’s|'|’)?\s+(?:joint\s+|common\s+)?"
    rf"(?:statements?|positions?|declarations?|interventions?)"
    rf"|\b{ALONG}\s+(?:\w+ly\s+|instead\s+|also\s+)?(?:with\s+)?(?:the\s+|most\s+|all\s+|an?\s+)?"
    rf"(?:(?:joint|common|cross-regional)\s+)?"
    rf"(?:statements?|positions?|declarations?|interventions?|working\s+papers?|those)\s+(?:(?:delivered|made|read|"
    rf"issued|presented|given|led)\s+(?:out\s+)?)?(?:by|on\s+behalf\s+of|of)\s+(?:the\s+)?{SLOT}"
    # "associated itself with the statement the CIS member states delivered in March 2023"
    rf"|\bassociat(?:es|ed|ing)\s+(?:itself|themselves)\s+(?:\w+ly\s+|instead\s+|also\s+)?with\s+(?:the|a)\s+"
    rf"(?:joint\s+)?(?:statements?|declarations?)\s+(?:that\s+)?(?:the\s+)?{SLOT}(?=(?:\s+member\s+states)?\s+"
    rf"(?:had\s+|have\s+)?(?:delivered|made|issued|read)\b)",
    re.IGNORECASE,
)

JOIN = re.compile(
    r"\b(?:join(?:ed|s|ing)?|endors(?:ed|es|ing)|sign(?:ed|s)\s+up\s+to|co-?found(?:ed|er|ing)|"
    r"found(?:ing|er)\s+(?:members?|participants?|partners?|states?|signator(?:y|ies))|members?|participat(?:ed|es|ing)\s+in|"
    r"back(?:ed|s)|"
    r"adhere[ds]?\s+to|co-?launch(?:ed|es)|signator(?:y|ies)|part\s+of|partner\s+(?:of|in)|sign(?:ed|s)|"
    r"support(?:s|ed)?(?!\s+(?:the\s+)?(?:creation|idea|proposal|establishment|establishing|setting))|"
    r"supporters?\s+of|endorsers?\s+of|participants?\s+in|adher(?:ed|es|ence)\s+to|subscrib(?:ed|es)\s+to|t(?:ook|akes|aken)\s+part\s+in|"
    r"launch(?:ed|es)|initiated|put\s+forward|(?:co-?)?propos(?:ed|es)|(?:co-?)?tabled|championed|co-?sponsored|(?<![\w\ue001]-)sponsored|(?:co-?)?sponsors?\s+of|accession\s+to|"
    r"endorsement\s+of)\b",
    re.IGNORECASE,
)
# after the initiative, a contrast that says it was not joined ("but has not signed it", "without being a member")
NOT_JOINED_AFTER = re.compile(r"\b(?:but|yet|although|though)\s+(?:it\s+|they\s+|\ue000\d+\ue001\s+)?(?:has|have|had|did|does|is)\s+"
                              r"(?:not|never)\s+(?:yet\s+|formally\s+|officially\s+)?(?:signed|joined|endorsed|adhered|"
                              r"subscribed|become|been|sign|join|endorse|a\s+member)\b(?:\s+(?:to|a\s+member|(?:a\s+)?part))?"
                              r"(?=\s*(?:it|them|one|so|of\s+it|to\s+it)\b|\s*[.;,]|\s*$)|"
                              r"\bwithout\s+(?:ever\s+)?(?:being|becoming|having\s+(?:joined|signed|endorsed))\b",
                              re.IGNORECASE)
# the initiative as the modifier of a meeting or product of it: "a GFCE workshop", "CRI summits", "GFCE projects"
MEETING_OF = re.compile(r"(?:'s|’s)?\s+(?:regional\s+|annual\s+|ministerial\s+|technical\s+)?(?:workshops?|meetings?|"
                        r"summits?|events?|conferences?|sessions?|seminars?|projects?|trainings?|webinars?|hubs?)\b",
                        re.IGNORECASE)
PROPOSED_IT = re.compile(r"(?:co-?)?(?:propos(?:ed|es)|tabled)", re.IGNORECASE)
# what, between a joining verb and an initiative, makes the initiative something else's object ("signed an MoU with
# Chile that refers to the Paris Call", "joined the OAS and is an observer to the Christchurch Call")
NOT_JOINED_GAP = re.compile(r"\b(?:that|which|who|whose|refers?|referring|mentions?|mentioning|cites?|citing|about|"
                            r"regarding|concerning|under|within|through|via|observers?|MoUs?|memorand\w+|agreements?|"
                            r"treaty|statements?|reports?|declarations?|strateg\w+|is|was|are|were|has|have|neither|nor)\b",
                            re.IGNORECASE)
# (an abstention in a vote withholds the vote alone: "abstained on A/74/247 in 2019 yet took part in the Ad Hoc
# Committee", "abstained on A/74/247, yet signed the convention")
WITHHELD = re.compile(r"\b(?:refrain\w*|declin\w*|refus\w*|abstain\w*(?!\s+(?:on|in\s+the\s+vote|from\s+voting)\b)|"
                      r"stay\w* out|stayed away|yet to|not yet)\b", re.IGNORECASE)

# (an application for membership is not extracted: "applied in 2022 and was granted candidate status in 2023" is one
# candidacy, and an application told in a sentence of its own would be a second claim about it)
CANDIDACY = [
    (re.compile(r"\bpotential\s+candidate\b", re.IGNORECASE), "PotentialCandidate"),
    (re.compile(r"(?<!potential\s)\bcandidate(?:\s+(?:country|status|state))?\b", re.IGNORECASE), "Candidate"),
    (re.compile(r"\baspira(?:nt|nts|tion)\b|\baspires?\s+to\s+(?:join|become|membership)\b|\bopen[- ]door\b|"
                # "Ukraine's bid to become a member of NATO", "its drive to join the EU"
                r"\b(?:bid|quest|drive|push|ambition)\s+(?:to\s+(?:join|become\s+(?:an?\s+|the\s+)?(?:full\s+)?member)|"
                r"for\s+(?:full\s+)?membership)\b|"
                r"\bmembership\s+action\s+plan\b", re.IGNORECASE), "Aspirant"),
    # "was invited to join NATO at the 2008 summit", "Invited to join the Alliance in 1997, it …": an invitee has
    # been accepted as a candidate for accession (the organisation must follow the invitation at once)
    (INVITED := re.compile(r"\b[Ii]nvited\s+to\s+(?:join|accede\s+to|become\s+(?:an?\s+|the\s+)?(?:full\s+)?member\s+of)"
                           r"\s+(?:the\s+)?(?=\ue000)"), "Candidate"),
]
CANDIDACY_HINT = re.compile(r"candida|aspir|applied for|nvited to|application for|applies for|open-door|open door|action plan|"
                            r"bid|quest|drive|push|ambition",
                            re.IGNORECASE)
ELECTION = re.compile(r"candida\w*\s+(?:for|to)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:seat|post|position|chair|"
                      r"presidency|election|secretary|director|judge|term)\b", re.IGNORECASE)
ANY_YEAR = re.compile(rf"\b({cues.YEAR})\b")


def _slot_end(context: SentenceContext, index: int) -> int:
    return context.mention_at(index) + len(str(index)) + 2


def _index(context: SentenceContext, mention: Mention) -> int:
    return context.view.mentions.index(mention)


# (what "joined" takes is its object: "it joined the other AU members in endorsing X", "joined Japan in blaming Y")
OBJECT_BEFORE = re.compile(r"\b(?:with|of|to|by|from|on|for|against|and|than|like|as|at|during|among)\s+(?:the\s+)?$|-$|"
                           r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?(?:other\s+|fellow\s+)?$", re.IGNORECASE)


# a subject that is a number of states the text does not name ("most Latin American states", "several EU members")
# (the opening time phrase holds no subject or verb: "In 2024 it joined the other members in …" is the state's act)
GENERIC_STATES = re.compile(rf"^\s*,?\s*(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Ss]ince)\s+(?:(?!\b(?:it|they|join\w*)\b)[^,\ue000]){{1,30}}?,?\s+)?(?:[Tt]he\s+)?(?:[Mm]ost|[Mm]any|[Ss]everal|[Ss]ome|[Oo]ther|[Ff]ew|[Nn]umerous|[Vv]arious|[Aa]ll|"
                            rf"[Aa]\s+number\s+of|[Aa]\s+group\s+of|[Dd]ozens\s+of)\s+(?:(?:[\w-]+|{SLOT})\s+){{0,3}}?"
                            r"(?:states|countries|governments|delegations|members|nations|allies|neighbou?rs)\b")


JOINS_THEM = re.compile(r"^\s*(?:\w+ly\s+|also\s+|later\s+)*(?:joined(?:\s+them|\s+in)?|did\s+(?:so|the\s+same|likewise)|"
                        r"followed\s+suit|was\s+(?:one\s+)?(?:among|of)\s+them)\b")


def _joins_them(context: SentenceContext, cue: int) -> bool:
    """Whether the profile's state is told later in the sentence to have done what the unnamed states did
    ("Several states attributed X to Russia, and Norway joined them")."""
    own = profile_state(context)
    return any(context.state_of(m.key) == own and JOINS_THEM.match(context.masked[slot.end():])
               for slot in SLOT_RE.finditer(context.masked, cue)
               for m in [context.view.mentions[int(slot.group(1))]] if m.key)


def _state_subject(context: SentenceContext, start: int, cue: int) -> tuple[str, bool]:
    """(state, indirect?) that does what the cue at ``cue`` says: the first actor named before the cue in its
    clause that is not the object of a preposition, else the state the paragraph is about (profiles speak of
    one state, and "It" or a capital city before the verb is that state)."""
    antecedent = relative_antecedent(context, cue)
    if antecedent:
        return antecedent, False
    fronted = FRONTED_PARTNERS.match(context.masked, context.intro_end if start == 0 else start, cue)
    if fronted is not None:  # "Jointly with Germany, Italy and Spain, Austria attributed …": the partners are no subject
        start = fronted.end()
    opened = _relative_subject(context, context.intro_end if start == 0 else start, cue)
    if opened:  # "… the statements in which Denmark and Belgium attributed X to Y": the relative clause's own subject
        return opened, False
    listed = co_subjects(context, start, cue)
    if listed:  # "In 2021 the United States, the EU and NATO attributed …": the list's state
        return listed[0], False
    begin = context.intro_end if start == 0 else start
    if start > context.intro_end:  # a later clause without a subject of its own has the sentence's
        found = _state_subject(context, 0, min(cue, start))
        if not found[1]:
            begin = start
            for slot in SLOT_RE.finditer(context.masked, begin, cue):
                mention = context.view.mentions[int(slot.group(1))]
                if mention.kind in ("state", "org") and context.state_of(mention.key) and not OBJECT_BEFORE.search(
                        context.masked[begin:slot.start()]) and not _place_named(mention, context.masked[begin:slot.start()]):
                    return context.state_of(mention.key), mention.form == "coref"
            return found
    for slot in SLOT_RE.finditer(context.masked, begin, cue):
        mention = context.view.mentions[int(slot.group(1))]
        following = context.masked[slot.end():slot.end() + 12]
        if mention.kind not in ("state", "org") or not mention.key or OBJECT_BEFORE.search(
                context.masked[begin:slot.start()]) or following.startswith("-") or \
                _place_named(mention, context.masked[begin:slot.start()]) or \
                _embedded(context.masked, begin, slot.start()) or possessor_only(context.masked[slot.end():]) and \
                re.search(r"[a-z]{2,}", re.sub(r"\b(?:the|The)\b", "", context.masked[begin:slot.start()])):
            # (a possessor after a verb owns that verb's object, "co-sponsored Russia's draft"; one opening the clause
            # owns its act, "Georgia's drive to join the EU")
            continue
        state = _actor_state(context, mention, cue)
        if state:
            return state, mention.form == "coref"
    if GENERIC_STATES.match(context.masked[begin:cue]) and not _joins_them(context, cue):
        return "", True  # "Most Latin American states voted in favour of X": others, not the profile's state
    return profile_state(context), True


# a relative clause that opens with its own subject between an earlier noun and the cue: "the statements in which
# the United Kingdom attributed", "the attack that the United States attributed", "the text whose sponsors …" is no such
RELATIVE_OPEN = re.compile(rf"(?:\b(?:in|under|by|through|with|at|during|for|on)\s+which|\b(?:that|which|whom))\s+"
                           rf"(?=(?:the\s+)?{SLOT})")


def _relative_subject(context: SentenceContext, begin: int, cue: int) -> str:
    """The state of the subject a relative clause before the cue opens with ("… in which Denmark and Belgium
    attributed", "the attack that the United States attributed"), when that clause runs on to the cue; or ''."""
    opened = [m for m in RELATIVE_OPEN.finditer(context.masked, begin, cue)]
    if not opened:
        return ""
    at = opened[-1].end()
    if re.search(r"[;,]", context.masked[at:cue]):
        return ""  # the clause closed before the cue ("…, which X signed, and it voted …")
    listed = co_subjects(context, at, cue)
    if listed:
        return listed[0]
    slot = SLOT_RE.match(context.masked, at + (4 if context.masked.startswith("the ", at) else 0))
    if slot is None:
        return ""
    mention = context.view.mentions[int(slot.group(1))]
    if mention.kind not in ("state", "org") or not mention.key or possessor_only(context.masked[slot.end():]):
        return ""
    return _actor_state(context, mention, cue)


# a capital city after "in" is where something happened, not who did it ("signed X at the ceremony in Hanoi")
PLACE_BEFORE = re.compile(r"\bin\s+$")


def _place_named(mention: Mention, before: str) -> bool:
    """Whether a capital city is named as the place of the act ("in Hanoi"), not as its state acting."""
    return mention.form == "capital" and bool(PLACE_BEFORE.search(before))


def _embedded(masked: str, begin: int, end: int) -> bool:
    """Whether the name ending the clause's text up to ``end`` is the object of a verb before it ("summoned the
    Russian ambassador and attributed …"), not a subject: a relative clause's subject is its verb's actor ("an attack
    that the United States attributed to …")."""
    return bool(cues.EMBEDDED_BEFORE.search(masked, begin, end)) and not RELATIVE_BEFORE.search(masked, begin, end)


RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom|who|whose)\s+(?:the|an?)\s+$")


# a phrase opening a clause with the actors something was done with or like, before the comma after which the doer
# comes ("Together with Germany and the United States, Austria …", "Like Italy, Spain and Greece, Malta …")
FRONTED_PARTNERS = re.compile(rf"\s*(?:(?:in|on|during|by)\s+[^,;]{{1,30}}?,?\s+)?(?:(?:jointly|together|along)\s+with|alongside|"
                              rf"like|unlike|as\s+did|in\s+(?:concert|coordination|step)\s+with|with)\s+(?:the\s+)?{SLOT}"
                              rf"(?:\s*,\s*(?:the\s+)?{SLOT})*(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?{SLOT})?"
                              rf"\s*,\s*(?=(?:the\s+)?{SLOT}|it\b|they\b)", re.IGNORECASE)
SUBJECT_LIST = re.compile(rf"^\s*(?:(?:in|on|by|since|during)\s+(?:\w+\s+){{0,2}}?{cues.YEAR},?\s+)?(?:the\s+)?"
                          rf"(?P<list>{SLOT}(?:\s*,\s*(?:the\s+)?{SLOT})*\s*,?\s+(?:and|as\s+well\s+as)\s+"
                          rf"(?:the\s+)?{SLOT})\s+(?:[^\s,;.]+\s+){{0,4}}$", re.IGNORECASE)


def co_subjects(context: SentenceContext, start: int, cue: int) -> list[str]:
    """The states of a coordinated subject standing at the start of a clause before its verb ("Ukraine and Moldova
    received candidate status", "Estonia, Latvia and Lithuania voted against"), or []."""
    found = SUBJECT_LIST.match(context.masked[start:cue])
    if found is None and start == 0 and context.intro_end:
        found = SUBJECT_LIST.match(context.masked[context.intro_end:cue])
    if found is None:
        return []
    states = [context.state_of(m.key) for m in context.view.slots_in(found.group("list")) if m.key]
    return list(dict.fromkeys(s for s in states if s))


RELATIVE = re.compile(rf"(?P<who>{SLOT})\s*,\s*(?:which|who)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$")


def relative_antecedent(context: SentenceContext, cue: int) -> str:
    """The state a relative clause right before a cue hangs on ("unlike Hungary, which aligned with"), or ''."""
    found = RELATIVE.search(context.masked[max(0, cue - 60):cue])
    if found is None:
        return ""
    mention = context.view.slot(found.group("who"))
    return _actor_state(context, mention, cue) if mention.kind in ("state", "org") and mention.key else ""


def _actor_state(context: SentenceContext, mention: Mention, cue: int) -> str:
    """The state an actor before a cue stands for: a state itself; an agency's state when the sentence names that
    state before the cue or it is the state the paragraph is about, else the paragraph's state (a profile's
    "Ministry of Foreign Affairs" is its own state's, even when the sentence names a partner state after it)."""
    state = context.state_of(mention.key)
    if mention.kind == "org":
        apposed = _apposed_state(context, mention)
        if apposed:
            return apposed  # "CERT-UA, Ukraine's government CERT, attributed …": the state the apposition names
    if not state or mention.kind == "state":
        return state
    named_before = any(m.key == state for m in context.view.slots_in(context.masked[:cue]) if m.kind == "state")
    if named_before or _names_its_state(context, mention, state):
        return state  # (so does a body whose own name carries its state's: "the US Department of Justice")
    own = profile_state(context)
    return own or state


# an apposition that names a body's state: ", Ukraine's government CERT," (the state as a possessor)
APPOSED_OWNER = re.compile(rf"\s*,\s+(?:the\s+)?(?P<slot>{SLOT})(?:'s|’s)\s+[^,;\ue000]{{1,40}},")


def _apposed_state(context: SentenceContext, mention: Mention) -> str:
    """The state an apposition right after an agency's name names as its owner, if any."""
    index = context.view.mentions.index(mention)
    apposed = APPOSED_OWNER.match(context.masked, context.view.offsets[index] + len(str(index)) + 2)
    if apposed is None:
        return ""
    owner = context.view.slot(apposed.group("slot"))
    return owner.key if owner.kind == "state" and owner.key else ""


def _names_its_state(context: SentenceContext, mention: Mention, state: str) -> bool:
    """Whether an agency's name, as written, opens with its state's name or adjective ("US Department of Justice")."""
    if mention.kind != "org":
        return False
    words = re.sub(r"^(?:the|The)\s+", "", mention.text).split()
    for size in range(1, min(3, len(words) - 1) + 1):  # (a name longer than its state's: "US", "United States")
        found = context.gazetteer.lookup(re.sub(r"['’]s?$", "", " ".join(words[:size])))
        if found is not None and found.key == state:
            return True
    return False


def profile_state(context: SentenceContext) -> str:
    """The state the paragraph is about: its topic when that is a state, else the state its text names most
    (a profile's paragraph on cybercrime may open with the Council of Europe), else the previous sentence's."""
    topic = context.state_of(context.topic)
    if topic:
        return topic
    counts: dict[str, int] = {}
    for hit in context.preceding_names() + context.gazetteer.matches(context.view.text):  # (names never hold "  ")
        if context.gazetteer.entities[hit.key].kind == "state":
            counts[hit.key] = counts.get(hit.key, 0) + 1
    if counts:
        return max(sorted(counts), key=lambda k: counts[k])
    return context.state_of(context.previous_subject)


def once(rule: Callable[[SentenceContext], list[Finding]]) -> Callable[[SentenceContext], list[Finding]]:
    """The rule with each fact it reads in a sentence kept once (the most confident reading)."""
    @functools.wraps(rule)
    def distinct(context: SentenceContext) -> list[Finding]:
        findings = rule(context)
        if len(findings) < 2:
            return list(findings)
        best: dict[tuple, Finding] = {}
        for found in findings:
            key = (found.fact.identity(), found.rule)
            if key not in best or found.confidence > best[key].confidence:
                best[key] = found
        return list(best.values())
    return distinct


INTENT = re.compile(r"\b(?:will|would|could|might|plans?|planned|intends?|expected|aims?\s+to|hopes?\s+to|is\s+to|"
                    r"consider(?:s|ing)|(?:considered|weighed|contemplated|discussed|debated)(?=\s+\w+ing\b|\s*$)|seeks?\s+to|wants?\s+to)\b",
                    re.IGNORECASE)
HEDGE_STATUSES = frozenset({"UnderNegotiation", "Draft", "Proposed", "Planned"})


def hedged(text: str) -> bool:
    """Whether a stretch of clause only intends, plans, negotiates or proposes (the shared status reader says so)."""
    return cues.clause_status(text) in HEDGE_STATUSES


def _negated_before(text: str) -> bool:
    return cues.is_negated(text[-60:]) or bool(WITHHELD.search(text[-60:]))


# --- votes ------------------------------------------------------------------------------------

def _resolutions(context: SentenceContext) -> list[tuple[int, int, str, Entity | None]]:
    """(start, end, key, new entity or None) of every resolution the masked sentence names, in order."""
    found = []
    for index, mention in enumerate(context.view.mentions):
        if mention.kind == "resolution" and mention.key:
            offset = context.mention_at(index)
            found.append((offset, _slot_end(context, index), mention.key, None))
    for match in SYMBOL.finditer(context.masked):
        symbol = match.group()
        known = context.gazetteer.lookup(symbol)
        key = known.key if known is not None else "resolution/" + symbol.lower().replace("/", "-")
        entity = None
        if known is None:
            entity = Entity(key=key, label=symbol, kind="resolution", cls=CDO.Resolution, extra={"symbol": symbol})
        found.append((match.start(), match.end(), key, entity))
    return sorted(found, key=lambda r: r[0])


def _session_year(key: str) -> str:
    """The year a resolution's General Assembly session opened: A/73/27 → 2018."""
    found = re.search(r"a-(?:res-)?(\d{2})-", key)
    return str(1945 + int(found.group(1))) if found else ""


def _vote_value(match: re.Match[str]) -> str:
    if match.group("abstain"):
        return "Abstained"
    words = (match.group("vote") or match.group("bare") or match.group("sign") or match.group("support") or "").lower()
    return "Against" if words.startswith(("against", "no", "negative", "oppos", "reject")) else "InFavour"


VOTE_BACK = re.compile(
    r"\b(?:vot(?:ed|es)\s+(?P<vote>in\s+favou?r(?:\s+of\s+(?:it|them|both))?|in\s+(?:its|their)\s+favou?r|"
    r"for\s+(?:it|them|both)|against(?:\s+(?:it|them|both))?|"
    r"yes|no)|(?P<abstain>abstain(?:ed|s)(?:\s+on\s+(?:it|them|both))?)"
    r"|(?P<which>(?:for|against|on)\s+which\s+(?:it|they|\ue000\d+\ue001)\s+(?:\w+\s+)?(?:also\s+)?(?:voted|abstained)))"
    r"(?=\s*(?:[.;,]|$|\s+(?:in|on|at|when|as|too)\b))",
    re.IGNORECASE)


def votes_referred_back(context: SentenceContext) -> list[Finding]:
    """A vote on the resolution named just before ("co-sponsored A/77/37 and voted for it"; "The PoA was taken
    forward by A/77/37. France voted in favour."): the last resolution of the sentence before the cue, else the
    only one the sentence before names."""
    if not prefiltered_search(r"vot|abstain", context.masked, re.IGNORECASE):
        return []
    findings = []
    for cue in VOTE_BACK.finditer(context.masked):
        named = [r for r in _resolutions(context) if r[1] <= cue.start()]
        after = [r for r in _resolutions(context) if r[0] >= cue.end()]
        if after and not re.search(r"\b(?:it|them|both|its\s+favou?r|their\s+favou?r)\s*$", cue.group()) and \
                (BETWEEN_VOTES.match(context.masked[cue.end():after[0][0]]) or
                 re.fullmatch(r"\s*(?:on|of|for)\s+(?:the\s+)?(?:resolution\s+)?", context.masked[cue.end():after[0][0]]) or
                 BETWEEN_VOTES.match(re.sub(r"^\s*(?:on|of|for)\b", "", context.masked[cue.end():after[0][0]]))):
            continue  # "voted in favour of A/73/27" is read by the vote rule
        plural = bool(re.search(r"\b(?:them|both|their\s+favou?r)\s*$", cue.group()))
        if named:
            targets = [(r[2], r[3]) for r in (named[-2:] if plural else named[-1:])]
        else:
            last_sentence = context.sentence_before()
            symbols = list(dict.fromkeys(m.group() for m in SYMBOL.finditer(last_sentence)))
            if len(symbols) != 1 and not (plural and len(symbols) == 2):
                continue
            targets = [_resolution_named(context, symbol) for symbol in symbols]
        start, end = context.clause_of(cue.start())
        if NOT_VOTED.search(context.masked[start:cue.start()]):
            continue
        state, indirect = _state_subject(context, start, cue.start())
        if not state:
            continue
        words = (cue.group("vote") or cue.group("which") or "").lower()
        value = "Abstained" if cue.group("abstain") or words.endswith("abstained") else \
            "Against" if words.startswith(("against", "no")) else "InFavour"
        for key, entity in targets:
            year = _counted_year(context, cue.start()) or cues.clause_year(context.masked[start:end]) or _session_year(key)
            found = _finding(context, Fact("votedOn", state, key, year, value), f"vote.{value.lower()}", indirect)
            found.entities = [entity] if entity is not None else []
            findings.append(found)
    return findings


def _counted_year(context: SentenceContext, cue: int) -> str:
    """The year of a vote told by a relative time right before its verb, counted from the last year the sentence told
    before it ("In December 2018 it voted against A/73/27, and two years later it voted against A/75/240": 2020), or
    ''."""
    before = context.masked[:cue]
    if "year" not in before:
        return ""
    told = cues.times(before)
    last = told[-1] if told else None
    if last is None or last.prep != "relative" or not re.fullmatch(r"[\s,]*(?:(?:the\s+)?[\w\ue000\ue001]+\s+){0,3}",
                                                                     before[last.end:]):
        return ""
    return last.year


def _resolution_named(context: SentenceContext, symbol: str) -> tuple[str, Entity | None]:
    """(key, new entity or None) of a resolution by its symbol."""
    known = context.gazetteer.lookup(symbol)
    if known is not None:
        return known.key, None
    key = "resolution/" + symbol.lower().replace("/", "-")
    return key, Entity(key=key, label=symbol, kind="resolution", cls=CDO.Resolution, extra={"symbol": symbol})


def _by_symbol(context: SentenceContext, start: int) -> bool:
    """Whether the resolution named at ``start`` of the masked sentence is written as its symbol ("A/73/27")."""
    slot = SLOT_RE.match(context.masked, start)
    return bool(SYMBOL.match(context.view.slot(slot.group()).text if slot else context.masked[start:]))


def votes(context: SentenceContext) -> list[Finding]:
    """How a state voted on each resolution the sentence names (see the module docstring)."""
    if "/" not in context.view.text or \
            not re.search(r"vot|abstain|ballot|support|back|oppos|reject", context.masked, re.IGNORECASE):
        return []
    findings = []
    cue_list = list(VOTE_CUE.finditer(context.masked))
    for start, end, key, entity in _resolutions(context):
        before = [c for c in cue_list if c.end() <= start]
        if not before:
            continue
        cue = before[-1]
        if cue.group("support") and not any(c.start() < cue.start() and not c.group("support") for c in cue_list) and \
                not re.search(r"\bvotes?\b", context.masked) and not _by_symbol(context, start):
            continue  # "supporting A/73/266" is a vote where the sentence speaks of one ("casting a negative vote on X
            # while supporting Y", "opposed X in a recorded vote") or where a General Assembly resolution is what is
            # supported by its symbol ("backed A/73/27 as well as A/73/266", "opposed A/74/247"); "backed the PoA
            # resolution" is no vote
        gap = context.masked[cue.end():start]
        clause = context.clause_of(cue.start())
        if not BETWEEN_VOTES.match(gap) or NOT_VOTED.search(context.masked[clause[0]:cue.start()]):
            continue
        state, indirect = _state_subject(context, clause[0], cue.start())
        if not state:
            continue
        window = context.masked[clause[0]:clause[1]]
        year = cues.year_after(context.masked[end:]) or _counted_year(context, cue.start()) or cues.clause_year(window) or \
            cues.clause_year(context.masked[:context.intro_end]) or _session_year(key)
        for each in [state] + [s for s in co_subjects(context, clause[0], cue.start()) if s != state]:
            fact = Fact("votedOn", each, key, year, _vote_value(cue))  # "Estonia and Latvia voted against X"
            found = _finding(context, fact, f"vote.{_vote_value(cue).lower()}", indirect)
            found.entities = [entity] if entity is not None else []
            findings.append(found)
    return findings


# --- UN processes ----------------------------------------------------------------------------------

def _process_root(context: SentenceContext, key: str) -> str:
    """The UN process a forum belongs to (itself for a process), or '' when it is not a UN forum."""
    entity = context.gazetteer.entities.get(key)
    if entity is None or entity.cls != CDO.UNProcess:
        return ""
    parent = context.gazetteer.entities.get(entity.part_of)
    return parent.key if parent is not None and parent.cls == CDO.UNProcess else key


def _process_mentions(context: SentenceContext, start: int, end: int) -> list[tuple[int, Mention, str]]:
    found = []
    for mention in context.mentions_between(start, end, ("org",)):
        root = _process_root(context, mention.key)
        if root:
            found.append((context.mention_at(_index(context, mention)), mention, root))
    return found


def un_processes(context: SentenceContext) -> list[Finding]:
    """Participation in the OEWG, the GGE and other UN processes, one finding per iteration named."""
    if not any(m.kind == "org" and m.key and _process_root(context, m.key) for m in context.view.mentions) or \
            not may_match(PARTICIPATE, context.masked) or not PARTICIPATE.search(context.masked):
        return []  # (a participation needs a UN process named, and a cue)
    findings, seen = [], set()
    for cue in PARTICIPATE.finditer(context.masked):
        start, end = context.clause_of(cue.start())
        if _negated_before(context.masked[start:cue.start()]) or hedged(context.masked[start:cue.start()]):
            continue
        processes = [p for p in _process_mentions(context, cue.end(), end)]
        if not processes or NEXT_ONLY.match(cue.group()) and not _process_next(context, cue.end()):
            continue  # ("joined Brazil in criticising the OEWG" joins no process; "negotiated within the EU a position
            # on the OEWG" negotiated in the EU)
        state, indirect = _state_subject(context, start, cue.start())
        if not state:
            continue
        for key, year, end_year in _participations(context, processes, cue.end(), end):
            if (key, year) not in seen:
                seen.add((key, year))
                fact = Fact("participatesIn", state, key, year, end_year=end_year)
                findings.append(_finding(context, fact, "participation.un-process", indirect))
    return findings


# Taking part in the negotiation of the UN cybercrime convention is taking part in the committee that negotiated it:
# "took part in the negotiations of the UN Convention against Cybercrime", "was active in negotiating the UN treaty".
NEGOTIATION = re.compile(
    rf"\b(?:t(?:ook|akes?|aking|aken)\s+(?:an?\s+(?:\w+\s+)?)?part|participat\w*|engag\w+(?:\s+\w+ly)?|(?:was|were|is|has\s+been)\s+"
    rf"(?:\w+ly\s+)?(?:active|involved))\s+(?:\w+ly\s+)?in\s+(?:the\s+)?(?:negotiat(?:ions?|ing)|drafting|elaboration)"
    rf"\s+(?:of\s+|on\s+|for\s+)?(?:the\s+)?{SLOT}", re.IGNORECASE)
UN_CYBERCRIME_TREATY, UN_CYBERCRIME_COMMITTEE = "instrument/un-cybercrime-convention", "org/un-ahc-cybercrime"


def treaty_negotiations(context: SentenceContext) -> list[Finding]:
    """Participation in the Ad Hoc Committee told as taking part in the negotiation of the convention it drafted."""
    if UN_CYBERCRIME_COMMITTEE not in context.gazetteer.entities or \
            not re.search(r"negotiat|drafting|elaboration", context.masked):
        return []
    findings = []
    for match in NEGOTIATION.finditer(context.masked):
        if context.view.slot(SLOT_RE.search(match.group()).group()).key != UN_CYBERCRIME_TREATY:
            continue
        start, _ = context.clause_of(match.start())
        if _negated_before(context.masked[start:match.start()]) or hedged(context.masked[start:match.start()]):
            continue
        state, indirect = _state_subject(context, start, match.start())
        if state:
            fact = Fact("participatesIn", state, UN_CYBERCRIME_COMMITTEE, "")
            findings.append(_finding(context, fact, "participation.treaty-negotiation", indirect))
    return findings


# cues whose process must be the first thing named after them
NEXT_ONLY = re.compile(r"join|negotiat|sen[dt]s?\s|(?:h[oe]ld|holds|had|has|have|took|takes|occupie[sd])\s+a\s+seat",
                       re.IGNORECASE)


def _process_next(context: SentenceContext, at: int) -> bool:
    """Whether the first mention after ``at`` is a UN process."""
    found = SLOT_RE.search(context.masked, at)
    return found is not None and bool(_process_root(context, context.view.mentions[int(found.group(1))].key))


GLUE = re.compile(r"[\s,()]*(?:(?:\d{4}|the|and|in|both|its|\s|,|[-–()])+)?(?:UN\s+)?", re.IGNORECASE)


def _participations(context: SentenceContext, processes: list[tuple[int, Mention, str]], start: int,
                    end: int) -> list[tuple[str, str, str]]:
    """(process or iteration key, year) for every iteration a clause names, each year range or ordinal going
    to the nearest process mention."""
    text = context.masked[start:end]
    named: dict[int, list[tuple[str, str, str]]] = {i: [] for i in range(len(processes))}

    def nearest(position: int) -> int:
        """The process a year range belongs to: one named right after it ("the 2019-2021 and 2021-2025
        OEWGs"), else the last one named before it, else the first."""
        before = [i for i, (offset, _, _) in enumerate(processes) if offset < position]
        if before and re.fullmatch(r"\s*(?:of|from|\()\s*", context.masked[_slot_end(
                context, context.view.mentions.index(processes[before[-1]][1])):position]):
            return before[-1]  # "the Group of Governmental Experts of 2016-2017 and both OEWGs": the GGE's period
        for i, (offset, _, _) in enumerate(processes):
            if offset > position and GLUE.fullmatch(YEAR_RANGE.sub(" ", context.masked[position:offset])):
                return i
        return before[-1] if before else 0

    for match in YEAR_RANGE.finditer(text):
        i = nearest(start + match.start())
        root = processes[i][2]
        named[i].append((root, match.group(1), match.group(2)))
    result = []
    for i, (offset, mention, root) in enumerate(processes):
        # "the first OEWG and the second", "the fifth and sixth GGEs": iterations by their rank (also beside a period
        # written out: "the first OEWG, in 2019-2021, and the second")
        ranked = [ITERATIONS[root][n] for n in _ordinals(context, offset, mention) if n < len(ITERATIONS.get(root, ()))]
        if BOTH_BEFORE.search(context.masked[max(0, offset - 30):offset]) and mention.text.endswith("s") and \
                len(ITERATIONS.get(root, ())) == 2:
            ranked = list(ITERATIONS[root])  # "took part in both Open-Ended Working Groups": each of the two
        # (a rank and a period may name two iterations: "joined the first OEWG in 2019 and continued in the
        # 2021-2025 group")
        named[i] += [item for item in ranked if item[1] not in {year for _, year, _ in named[i]}]
        if named[i]:
            result += named[i]
        else:  # "took part in the OEWG in 2021": a single year, no period
            index = context.view.mentions.index(mention)
            result.append((root, cues.year_after(context.masked[_slot_end(context, index):]), ""))
    return result


# The iterations of a process in their order, for "the first OEWG", "the second", "the fifth GGE"
ITERATIONS = {"org/un-oewg": [("org/un-oewg", "2019", "2021"), ("org/un-oewg", "2021", "2025")],
              "org/un-gge": [("org/un-gge", a, b) for a, b in (("2004", "2005"), ("2009", "2010"), ("2012", "2013"),
                                                             ("2014", "2015"), ("2016", "2017"), ("2019", "2021"))]}
ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}
ORDINALS = r"(?:first|second|third|fourth|fifth|sixth)"
# ranks before the name ("the first and (the) second OEWGs", "the first UN OEWG") and a rank after it that stands for
# the name again ("the first OEWG and (in) the second", "the first OEWG as well as its second"), nothing after that
# rank but the end of the clause ("and the second half of 2021" is no iteration)
RANKS_BEFORE = re.compile(rf"\b(?:the|its|both\s+the)\s+({ORDINALS})(?:\s*(?:,|and|as\s+well\s+as)\s+(?:the\s+)?"
                          rf"({ORDINALS}))?\s+(?:UN\s+|United\s+Nations\s+)?$", re.IGNORECASE)
BOTH_BEFORE = re.compile(r"\bboth\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?$", re.IGNORECASE)
RANK_AFTER = re.compile(rf"^\s*(?:\([^()]*\)\s*)?(?:,?\s*(?:in\s+|of\s+)?{cues.YEAR}\s*[-–]\s*{cues.YEAR}\s*)?(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:also\s+|later\s+)?"
                        # "… and has been an active voice in the second"
                        rf"(?:(?:has|have|had)\s+(?:also\s+)?been\s+an?\s+(?:\w+\s+){{0,2}}?(?:voice|participant|member|player)\s+)?"
                        rf"(?:in\s+)?(?:the|its)\s+({ORDINALS})\b"
                        rf"(?=\s*(?:[,.;:]|\(|$|one\b|too\b|as\s+well\b))", re.IGNORECASE)


def _ordinals(context: SentenceContext, offset: int, mention: Mention) -> list[int]:
    """The ranks of the iterations named by ordinal around a process mention at ``offset`` (see RANKS_BEFORE)."""
    before = RANKS_BEFORE.search(context.masked[max(0, offset - 60):offset])
    if before is None:
        return []
    ranks = [ORDINAL[w.lower()] for w in before.groups() if w]
    index = context.view.mentions.index(mention)
    after = RANK_AFTER.match(context.masked[_slot_end(context, index):])
    if after is not None and len(ranks) == 1:
        ranks.append(ORDINAL[after.group(1).lower()])
    return ranks


# --- alignment ---------------------------------------------------------------------------------

ALIGN_HINT = re.compile(r"align|echo|follow|mirror|join|subscrib|associat|support|co-?sign|shar|back|endors|coordinat|sponsor|adher|"
                        r"speak|spoke|side|line|step|consistent|agreement|track|match|reflect|cause|vot|close",
                        re.IGNORECASE)


# A second alignment with its verb left out, after the first: "aligns with the Arab Group in the OEWG and, on development
# issues, with the African Group", "aligning with ASEAN and, on development questions, with the NAM". Only a place or a
# topic may stand between them (no verb: "aligns with the EU and signed an MoU with Japan" is another act).
GAPPED_TOPIC = r"(?:on|in|for|over|regarding|concerning|when\s+it\s+comes\s+to|as\s+(?:for|to|regards))\s+(?:[\w-]+\s+){0,5}?[\w-]+"
GAPPED = re.compile(
    rf"(?:\s+(?:in|at|within)\s+(?:the\s+)?{SLOT})?(?:\s*\([^()]*\))?,?\s+and\s*,?\s+"
    rf"(?:{GAPPED_TOPIC},?\s+)?(?:(?:\w+ly|also|often|sometimes|more\s+often)\s+)?"
    rf"with\s+(?:(?:those|the\s+(?:statements?|positions?|declarations?))\s+(?:of|by)\s+)?(?:the\s+)?"
    rf"(?P<other>{SLOT})(?!\s*(?:'s|’s)?\s*(?:on\s+\w+\s+)?(?:\w+ly\s+)?(?:signed|agreed|concluded|cooperat|work|held))")
GAPPED_VERB = re.compile(r"\b(?:signed|agreed|concluded|cooperat\w*|works?|worked|working|partner\w*|holds?|held|"
                         r"joined|launched|ties|dialogues?|exercises?|trade|MoUs?|memorand\w*)\b")


def gapped_alignment_slots(context: SentenceContext) -> set[int]:
    """Mention indexes named as a second, verb-less alignment (see GAPPED): no cooperation for them."""
    slots = set()
    for match in ALIGN.finditer(context.masked) if "align" in context.masked else ():
        more = re.match(rf"(?:(?:,\s*|\s+and\s+)(?:the\s+)?{SLOT})+", context.masked[match.end():])
        gapped = GAPPED.match(context.masked, match.end() + (more.end() if more else 0))
        if gapped and not GAPPED_VERB.search(SLOT_RE.sub(" ", gapped.group())):
            slots.add(int(SLOT_RE.search(gapped.group("other")).group(1)))
    return slots


# the same going-along said again of another group: "aligns with the statements of the Arab Group and with joint
# statements of the GCC", "line up with those of the Arab Group and, increasingly, with the African Group"
AGAIN_WITH = re.compile(rf"(?:\s+member\s+states)?\s*,?\s+and\s*,?\s+(?:(?:\w+ly|on\s+occasion|at\s+times|sometimes)\s*,\s*|"
                        rf"also\s+)?with\s+(?:(?:the\s+)?(?:joint\s+|common\s+)?"
                        rf"(?:statements?|positions?|those)\s+(?:of|by|(?:delivered|made|read)\s+(?:by|on\s+behalf\s+of))\s+)?"
                        rf"(?:the\s+)?(?P<other>{SLOT})")
# the second group of one and the same going-along, its preposition said again: "in line with the joint statements of
# the CSTO and of the SCO"
AGAIN_OF = re.compile(rf"\s*,?\s+and\s+(?:also\s+)?of\s+(?:the\s+)?(?P<other>{SLOT})")


# the group a speaker delivered the statements for: "aligned with the statements delivered by X on behalf of CARICOM",
# "subscribed to statements delivered by X on behalf of the Nordic countries": the group is aligned with too
DELIVERED_BY = re.compile(r"\b(?:delivered|made|read)\s+(?:out\s+)?by\b")
ON_BEHALF_AFTER = re.compile(rf"\s+on\s+behalf\s+of\s+(?:the\s+)?(?:(?:five|four|six|three|other)\s+)?(?P<other>{SLOT})")


def alignment(context: SentenceContext) -> list[Finding]:
    """Whose statements an actor aligns with (see the module docstring)."""
    if not may_match(ALIGN_HINT, context.masked) or not ALIGN_HINT.search(context.masked):
        return []
    findings = []
    for match in ALIGN.finditer(context.masked):
        start, end = context.clause_of(match.start())
        if _negated_before(context.masked[start:match.start()]):
            continue
        others = [context.view.slot(match.group())]
        more = re.match(rf"(?:(?:,\s*|\s+and\s+)(?:the\s+)?{SLOT})+", context.masked[match.end():])
        others += context.view.slots_in(more.group()) if more else []
        again = AGAIN_WITH.match(context.masked, match.end() + (more.end() if more else 0))
        others += [context.view.slot(again.group("other"))] if again else []
        again_of = AGAIN_OF.match(context.masked, match.end()) if re.search(r"\bof\s+(?:the\s+)?\S+$", match.group()) else None
        others += [context.view.slot(again_of.group("other"))] if again_of else []
        behalf = ON_BEHALF_AFTER.match(context.masked, match.end()) if DELIVERED_BY.search(match.group()) else None
        others += [context.view.slot(behalf.group("other"))] if behalf else []
        gapped = GAPPED.match(context.masked, match.end() + (more.end() if more else 0))
        if gapped and not GAPPED_VERB.search(SLOT_RE.sub(" ", gapped.group())):  # "aligns with the EU and, on development issues, with the G77": the verb left out, not the stance
            others.append(context.view.slot(gapped.group("other")))
        findings += _alignments(context, others, start, end, match)
    return findings + _common_positions(context) + _texts_of(context)


# A common position of a region's states is the position of the organisation that adopted it: a state that endorses
# or subscribes to it aligns with that organisation ("endorsed the Common African Position" aligns with the AU).
COMMON_POSITION = re.compile(r"\b(?:endors\w*|subscrib\w*\s+to|sign\w*\s+up\s+to|adher\w*\s+to|back\w*|join\w*|"
                             r"support\w*|rall\w*\s+behind)\s+(?:(?:the|its|a)\s+)?Common\s+(?P<region>African|Arab)\s+"
                             r"Position\b")
COMMON_POSITION_BODY = {"African": "org/au", "Arab": "org/league-of-arab-states"}


def _common_positions(context: SentenceContext) -> list[Finding]:
    findings = []
    for match in COMMON_POSITION.finditer(context.masked):
        body = COMMON_POSITION_BODY[match.group("region")]
        start, end = context.clause_of(match.start())
        if body not in context.gazetteer.entities or _negated_before(context.masked[start:match.start()]) or \
                INTENT.search(context.masked[start:match.start()]):
            continue
        actor, indirect = _state_subject(context, start, match.start())
        if actor and context.gazetteer.entities.get(actor) is not None and \
                context.gazetteer.entities[actor].kind == "state":
            year = cues.clause_year(context.masked[match.start():]) or cues.clause_year(context.masked[start:end])
            findings.append(_finding(context, Fact("alignsWith", actor, body, year), "alignment.common-position",
                                     indirect, Decimal("0.8")))
    return findings


# One text of an organisation endorsed, joined or subscribed to is going along with that organisation, once: "endorsed
# the GCC Guiding Framework", "subscribed to the EU's Declaration on …", "joined the EU's condemnation of …", "endorsed
# the ASEAN Leaders' Statement". The organisation opens the text's name, as a name of its own or as the first words
# of the document's; a law, strategy or convention so named is another matter (a model law backed is no stance).
TEXT_OF = re.compile(rf"\b(?:endors(?:es|ed|ing)|back(?:s|ed|ing)|support(?:s|ed|ing)|subscrib(?:es|ed|ing)\s+to|"
                     rf"join(?:s|ed|ing)|sign(?:s|ed|ing)\s+up\s+to|adher(?:es|ed|ing)\s+to|"
                     rf"align(?:s|ed|ing)?\s+(?:itself\s+)?(?:in\s+(?:\w+\s+)?{cues.YEAR}\s+)?with|"
                     rf"associat(?:es|ed|ing)\s+itself\s+with)\s+(?:the|a|its)\s+(?:{cues.YEAR}\s+)?(?P<slot>{SLOT})")
TEXT_AFTER = re.compile(rf"(?:'s|’s)?(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?:(?P<doc>{SLOT})|(?P<head>Statement|Declaration|"
                        rf"Framework|Action\s+Plan|Communiqu[eé]|Position|condemnation|attribution|declaration|statement)\b(?!s))")
TEXT_HEAD = re.compile(r"\b(?:Statement|Declaration|Framework|Action\s+Plan|Communiqu[eé]|Position)(?:\s+(?:on|of|for|to)\s.*)?$")


def act_year(clause: str) -> str:
    """The year of an act told in a clause: its dating year ("in 2021"), else a month's ("at the session of March
    2024"; not a year naming a thing, "the 2020 SolarWinds compromise")."""
    return cues.clause_year(clause) or next((w.year for w in cues.times(clause) if w.month), "")


def _texts_of(context: SentenceContext) -> list[Finding]:
    findings = []
    for match in TEXT_OF.finditer(context.masked):
        mention = context.view.slot(match.group("slot"))
        body = ""
        if mention.kind == "org":
            after = TEXT_AFTER.match(context.masked, match.end())
            if after is not None and (after.group("head") or (
                    context.view.slot(after.group("doc")).kind == "document" and
                    TEXT_HEAD.search(context.view.slot(after.group("doc")).text))):
                body = mention.key
        elif mention.kind == "document" and TEXT_HEAD.search(mention.text):
            words = mention.text.split()
            for count in range(min(len(words) - 1, 4), 0, -1):
                named = context.gazetteer.lookup(" ".join(words[:count]))
                if named is not None and named.kind == "org":
                    body = named.key
                    break
        if not body:
            continue
        body = _organisation(context, body)
        start, end = context.clause_of(match.start())
        if _negated_before(context.masked[start:match.start()]) or INTENT.search(context.masked[start:match.start()]):
            continue
        actor, indirect = _state_subject(context, start, match.start())
        entity = context.gazetteer.entities.get(actor) if actor else None
        if entity is None or entity.kind != "state" or context.state_of(body) == actor:
            continue
        year = cues.clause_year(context.masked[match.start():end]) or act_year(context.masked[start:end])
        findings.append(_finding(context, Fact("alignsWith", actor, body, year), "alignment.text", indirect,
                                 Decimal("0.8")))
    return findings


def _disowned(context: SentenceContext, at: int, actor: str) -> bool:
    from cdkg.extraction.positions import disowned  # (positions builds on the relation rules, as this module does)
    return disowned(context, at, actor)


# Going along with one text, once ("joined the NATO statement", "associated itself with a joint statement of the OTS",
# "aligned itself in 2024 with the declaration"), is an act of its time, dated by its clause; going along with a
# group's statements (plural, or said to be usual) is a standing alignment, dated only by "since".
ONE_TEXT = re.compile(r"\b(?:statement|declaration|working\s+paper|communiqu[eé]|draft|concept|proposal|resolution|"
                      r"condemnation|attribution)\b(?!s)", re.IGNORECASE)
USUALLY = re.compile(r"\b(?:usually|generally|often|regularly|routinely|typically|always|consistently|habitually|"
                     r"frequently|normally|tends?\s+to)\b", re.IGNORECASE)
ALIGNMENT_ACTS = frozenset({"alignment.act", "alignment.common-position"})


def _organisation(context: SentenceContext, key: str) -> str:
    """The organisation an organ belongs to ("the SCO Heads of State Council" speaks for the SCO), else the key (a
    UN group of states speaks for its members, not for the UN)."""
    entity = context.gazetteer.entities.get(key)
    while entity is not None and entity.kind == "org" and entity.part_of and entity.part_of != "org/un":
        parent = context.gazetteer.entities.get(entity.part_of)
        if parent is None or parent.kind != "org":
            break
        key, entity = parent.key, parent
    return key


def _alignments(context: SentenceContext, others: list[Mention], start: int, end: int,
                match: re.Match[str]) -> list[Finding]:
    findings = []
    act = ONE_TEXT.search(SLOT_RE.sub(" ", match.group())) is not None and \
        not USUALLY.search(context.masked[start:end])
    for other in others:
        if other.kind not in ("state", "org"):
            continue
        actor, indirect = _state_subject(context, start, match.start())
        body = _organisation(context, other.key) if other.kind == "org" else other.key
        if not actor or actor == body or context.state_of(body) == actor:
            continue
        if INTENT.search(context.masked[start:match.start()]) or _disowned(context, match.end(), actor):
            continue  # "intends to align with"; "echoing Russia, some officials argued …, but the government never …": not yet (the shared status reader would also take "discussions")
        year = cues.since_year(context.masked[start:end])
        if act and not year:
            year = act_year(context.masked[start:end])
        fact = Fact("alignsWith", actor, body, year)
        findings.append(_finding(context, fact, "alignment.act" if act else "alignment.with", indirect, Decimal("0.85")))
    return findings


# --- initiatives joined -----------------------------------------------------------------------------

def initiatives(context: SentenceContext) -> list[Finding]:
    """Diplomatic initiatives an actor joined, endorsed or co-founded, with the year."""
    mentions = [(i, m) for i, m in enumerate(context.view.mentions) if m.key and (
        m.kind == "diplomatic" or getattr(context.gazetteer.entities.get(m.key), "cls", None) == CDO.Coalition)]
    if not mentions:
        return []
    findings = []
    for index, mention in mentions:
        offset = context.mention_at(index)
        start, end = context.clause_of(offset)
        cue = _last(JOIN.finditer(context.masked, start, offset))
        if cue is None:
            findings += _launched_passive(context, index, mention, (start, end))
            continue
        if NOT_JOINED_AFTER.search(context.masked, offset) or MEETING_OF.match(context.masked, _slot_end(context, index)):
            continue  # "supports its goals but has not signed it"; "took part in a GFCE workshop" (not in the GFCE)
        if RESOLUTION_ON.search(context.written_out(context.masked[max(0, offset - 160):offset])) and \
                not SPONSORING.search(cue.group()) and not SPONSORED_AFTER.match(context.masked, offset, end):
            continue  # "voted for A/77/37 on the Programme of Action": the resolution's subject, voted on, not joined
        governing = context.masked[start:cue.end()]
        # (proposing or tabling an initiative is starting it, not a status of its own: the words before the verb say
        # whether it was only planned)
        hedge_read = context.masked[start:cue.start()] if PROPOSED_IT.fullmatch(cue.group()) else governing
        if _negated_before(governing) or hedged(hedge_read) or NOT_JOINED_GAP.search(context.masked[cue.end():offset]):
            continue
        actor, indirect = _state_subject(context, start, cue.start())
        if not actor:
            continue
        year = _initiative_year(context, index, cue.end(), offset, len(mentions) == 1, (start, end))
        findings.append(_finding(context, Fact("joined", actor, mention.key, year), "initiative.joined", indirect))
    findings += _joined_back(context, mentions) + _joined_relative(context, mentions) + _joined_passive(context, mentions)
    dated = {f.fact.object for f in findings if f.fact.year}
    return [f for f in findings if f.fact.year or f.fact.object not in dated]  # "the FOC (FOC, 2011)": one


# an initiative named as what a resolution is about ("abstained on A/77/37, the resolution on the Programme of Action",
# "supported A/77/37 on the PoA"): a vote on the text, no joining, unless the state sponsored the text
RESOLUTION_ON = re.compile(r"(?:\bA/(?:RES/)?\d+/(?:L\.)?\d+|\bresolutions?|\bdraft)\s*(?:\([^()]*\)\s*)?,?\s+"
                           r"(?:(?:the|a)\s+(?:[\w-]+\s+)?resolution\s+)?on\s+(?:the\s+|a\s+)?$")
SPONSORING = re.compile(r"sponsor", re.IGNORECASE)
# (the initiative itself backed after it: "…, which it also co-sponsored", "…, of which it was an early advocate")
SPONSORED_AFTER = re.compile(r"[^;]*?\b(?:which|it|they)\b(?:(?!\b(?:not|never)\b)[^;])*?\b(?:co-?sponsor|advocate|"
                             r"champion|proponent|backer)", re.IGNORECASE)


JOINED_BACK = re.compile(rf"\b(?:joined|endorsed|signed\s+up\s+to|adhered\s+to)(?:\s+(?:it|them))?"
                         rf"(?=\s*(?:[.;,]|$|\s+(?:in|on|since|as|a\s+year|two\s+years|the\s+following)\b))",
                         re.IGNORECASE)


def _joined_back(context: SentenceContext, mentions: list[tuple[int, Mention]]) -> list[Finding]:
    """Joining the initiative named before in the sentence ("The CRI was launched by the US in 2021; Portugal
    joined in 2022"; "… the GFCE, and Portugal joined it in 2016")."""
    findings = []
    for cue in JOINED_BACK.finditer(context.masked):
        before = [(i, m) for i, m in mentions if context.mention_at(i) < cue.start()]
        if not before:
            continue
        start, end = context.clause_of(cue.start())
        if _negated_before(context.masked[start:cue.start()]) or INTENT.search(context.masked[start:cue.start()]):
            continue
        state, indirect = _state_subject(context, start, cue.start())
        if not state:
            continue
        year = cues.clause_year(context.masked[cue.start():end]) or cues.clause_year(context.masked[start:cue.start()])
        findings.append(_finding(context, Fact("joined", state, before[-1][1].key, year), "initiative.joined-back",
                                 indirect))
    return findings


# "The Pall Mall Process, which Chile signed in 2024, …", "the Paris Call, which it endorsed in 2019": the initiative
# is the object of the relative clause, its subject the one who joined.
WHICH_JOINED = re.compile(rf"\s*(?:\([^()]*\)\s*)?,\s*which\s+(?:(?P<who>{SLOT})|it|they)\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?"
                          rf"(?:also\s+)?(?:signed|endorsed|joined|backed|supported|adhered\s+to|signed\s+up\s+to|subscribed\s+to|"
                          rf"co-?sponsored)"
                          rf"\b(?P<rest>[^,;]{{0,40}})", re.IGNORECASE)


def _joined_relative(context: SentenceContext, mentions: list[tuple[int, Mention]]) -> list[Finding]:
    """Joining told in a relative clause after the initiative: its subject (or "it": the paragraph's state) joined."""
    findings = []
    for index, mention in mentions:
        found = WHICH_JOINED.match(context.masked, _slot_end(context, index))
        if found is None or hedged(found.group()) or _negated_before(found.group()):
            continue
        who = context.view.slot(found.group("who")) if found.group("who") else None
        state = context.state_of(who.key) if who is not None and who.kind in ("state", "org") else \
            profile_state(context) if who is None else ""
        if state:
            year = cues.clause_year(found.group("rest"))
            findings.append(_finding(context, Fact("joined", state, mention.key, year), "initiative.which-joined",
                                     who is None))
    return findings


# "The Paris Call, initiated by France in 2018, was endorsed by Chile in 2019": joined by the agent of the passive
JOINED_BY = re.compile(rf"^\s*(?:\([^()]*\)\s*)?(?:,[^,;]{{0,80}},\s*)?(?P<verb>(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                       rf"(?:\w+ly\s+)?(?:also\s+)?(?:endorsed|joined|signed|backed|supported|signed\s+up\s+to)\s+by\s+)"
                       rf"(?:the\s+)?(?P<who>{SLOT}(?:\s*(?:,|and)\s+(?:the\s+)?{SLOT})*)(?P<rest>[^;,]{{0,60}})", re.IGNORECASE)


def _joined_passive(context: SentenceContext, mentions: list[tuple[int, Mention]]) -> list[Finding]:
    findings = []
    for index, mention in mentions:
        found = JOINED_BY.match(context.masked[_slot_end(context, index):])
        if found is None or _negated_before(found.group()[:found.end("verb")]) or \
                INTENT.search(found.group()[:found.end("verb")]):
            continue
        year = cues.clause_year(found.group("rest"))
        for who in context.view.slots_in(found.group("who")):
            state = context.state_of(who.key) if who.key and who.kind in ("state", "org") else ""
            if state:
                findings.append(_finding(context, Fact("joined", state, mention.key, year), "initiative.joined-by", False))
    return findings


LAUNCHED_BY = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:,[^,;]{0,80},\s*)?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:co-?)?(?:launched|founded|initiated|created|established|set\s+up|convened|started)\b"
    r"(?P<rest>[^;]{0,80})"
    # an appositive ("The Pall Mall Process, launched by France and the United Kingdom in 2024, …")
    r"|^\s*(?:\([^()]*\)\s*)?,\s*(?:\w+ly\s+)?(?:co-?)?(?:launched|founded|initiated|created|established|set\s+up|"
    r"convened|started)\b(?=\s+by\b)(?P<appositive>[^;,]{0,80})", re.IGNORECASE)
PERSON_OF_STATE = re.compile(r"^\s*by\s+(?:the\s+)?(?:then\s+)?(?:President|Prime\s+Minister|(?:Foreign\s+)?Minister|"
                             r"Chancellor|government|foreign\s+ministry|ministry)\b", re.IGNORECASE)


def _launched_passive(context: SentenceContext, index: int, mention: Mention, clause: tuple[int, int]) -> list[Finding]:
    """An initiative told in the passive ("The X Call was launched by President Y in 2018", "was co-launched with
    New Zealand in 2019"): launched by a state, or by the paragraph's state's leaders or with a partner, is joined
    by that state."""
    after = context.masked[_slot_end(context, index):clause[1]]
    found = LAUNCHED_BY.match(after)
    told = "rest" if found is not None and found.group("rest") is not None else "appositive"
    if found is None or _negated_before(after[:found.start(told)]) or INTENT.search(after[:found.start(told)]):
        return []
    rest = found.group(told)
    by = re.search(rf"\bby\s+(?:the\s+)?{SLOT}", rest)
    person = re.search(r"\bby\b", rest)
    if by is not None:
        agent = context.view.slot(by.group())
        state = _actor_state(context, agent, _slot_end(context, index)) if agent.kind in ("state", "org") else ""
    elif person is not None and PERSON_OF_STATE.match(rest[person.start():]) or \
            re.search(r"co-?(?:launched|founded|initiated)", found.group()) and re.match(r"\s*(?:jointly\s+)?with\b", rest):
        state = profile_state(context)  # "launched by President X", "co-launched with New Zealand"
    else:
        state = ""  # "was set up in 2015": by someone the sentence does not name
    if not state:
        return []
    year = cues.clause_year(rest) or cues.clause_year(context.masked[clause[0]:clause[1]])
    launchers = [state]
    if by is not None:  # "launched by France and the United Kingdom": each launched it
        more = re.match(rf"(?:\s*(?:,|and)\s+(?:the\s+)?{SLOT})+", rest[by.end():])
        launchers += [context.state_of(m.key) for m in (context.view.slots_in(more.group()) if more else [])
                      if m.key and m.kind == "state" and context.state_of(m.key)]
    return [_finding(context, Fact("joined", each, mention.key, year), "initiative.launched", True)
            for each in dict.fromkeys(launchers)]


def _last(matches) -> re.Match[str] | None:
    found = None
    for found in matches:
        pass
    return found


def _initiative_year(context: SentenceContext, index: int, cue_end: int, offset: int, alone: bool,
                     clause: tuple[int, int]) -> str:
    after = context.masked[_slot_end(context, index):]
    paren = re.match(rf"\s*\((?:[^()]*?,\s*)?({cues.YEAR})\)", after)
    if paren:
        return paren.group(1)
    year = cues.year_after(after)
    if year:
        return year
    earlier = ANY_YEAR.findall(context.masked[clause[0]:cue_end]) or ANY_YEAR.findall(context.masked[:clause[0]])
    relative = next((w for w in cues.times(after[:40], earlier[-1]) if w.prep == "relative"), None) if earlier else None
    if relative is not None and re.fullmatch(r"[\s,]*", after[:relative.start]):
        return relative.year  # "signed up to the CRI two years later"
    between = ANY_YEAR.search(context.masked, cue_end, offset)
    if between and re.search(r"\b(?:in|since)\s+$", context.masked[max(0, between.start() - 7):between.start()]):
        return between.group(1)
    if alone:
        tail = SLOT_RE.split(context.masked[clause[0]:clause[1]])
        return cues.clause_year(" ".join(tail)) if len(tail) <= 3 else ""
    return ""


# --- candidacy ------------------------------------------------------------------------------------

CANDIDACY_HOLDER = re.compile(rf"(?P<who>{SLOT})(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:bid|candidacy|application|accession|"
                              rf"aspirations?|path|quest|efforts?)\b[^;]*$")
# candidacy is read for the EU and NATO only: "a candidate for OECD membership" is an accession process of another kind
CANDIDACY_ORGANISATIONS = frozenset({"org/eu", "org/nato"})
CANDIDACY_RANK = {"Applicant": 0, "Aspirant": 1, "PotentialCandidate": 2, "Candidate": 3}


# "The European Council granted X candidate status": the state the status is given to.
GRANTED_TO = re.compile(r"\b(?:granted|gave|awarded|conferred\s+on|offered)\s+(?:the\s+)?(?P<slot>\ue000\d+\ue001)\s+"
                        r"(?:official\s+|formal\s+)?(?:potential\s+)?candida")


# NATO's Membership Action Plan named as a thing a state received ("was granted a NATO Membership Action Plan"): an
# aspirant of NATO; the plan is a document mention, so the words are not in the masked sentence.
ACTION_PLAN = re.compile(r"\bmembership action plan\b", re.IGNORECASE)
ACTION_PLAN_GIVEN = re.compile(r"\b(?:received|receives|was (?:granted|given|offered|invited to)|obtained|joined|"
                               r"launched|started|began|entered)\s+(?:an?\s+|the\s+|its\s+)?(?:\ue000\d+\ue001['’]s\s+)?$")


def _action_plans(context: SentenceContext) -> list[Finding]:
    findings = []
    for index, mention in enumerate(context.view.mentions):
        if mention.kind != "document" or not ACTION_PLAN.search(mention.extra.get("label", mention.text)) or \
                "org/nato" not in context.gazetteer.entities:
            continue
        position = context.mention_at(index)
        start, end = context.clause_of(position)
        if not ACTION_PLAN_GIVEN.search(context.masked, start, position) or \
                _negated_before(context.masked[start:position]):
            continue
        state, indirect = _state_subject(context, start, position)
        if state:
            after = context.masked[position:end]
            year = cues.clause_year(after) or cues.clause_year(context.masked[start:position])
            findings.append(_finding(context, Fact("candidateFor", state, "org/nato", year, "Aspirant"),
                                     "candidacy.action-plan", indirect))
    return findings


# a candidacy someone only calls for, urges or debates ("called for the country to apply for candidate status",
# "urged the government to seek NATO membership", "debated whether to apply"): nobody applied
CALLED_FOR = re.compile(r"\b(?:should|ought\s+to|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+for|"
                        r"debat\w+|discuss\w+|whether|propos(?:e|es|ed|al)\s+(?:that|to)|recommend\w*|"
                        r"(?:opinion|avis)\s+on)\b", re.IGNORECASE)


def candidacy(context: SentenceContext) -> list[Finding]:
    """Candidate, potential candidate, aspirant or applicant status for the EU or NATO: per organisation the
    most advanced status the sentence gives ("applied in 2022 and was granted candidate status in 2023")."""
    plans = _action_plans(context) if any(m.kind == "document" for m in context.view.mentions) else []
    if not may_match(CANDIDACY_HINT, context.masked) or not CANDIDACY_HINT.search(context.masked):
        return plans
    best: dict[tuple[str, str], Finding] = {}
    for found in plans:
        best[(found.fact.subject, found.fact.object)] = found
    for pattern, status in CANDIDACY:
        for match in pattern.finditer(context.masked):
            start, end = context.clause_of(match.start())
            if match.start() < context.intro_end and re.match(r"\s*[Aa]s\s+an?\b", context.masked):
                continue  # "As a candidate country, X aligns with …": said in passing, told where it is dated
            if ELECTION.match(context.masked, match.start()):
                continue  # a candidate for a seat or a post is not a candidate for membership
            if CALLED_FOR.search(context.masked[start:match.start()]):
                continue  # "politicians called for the country to apply for candidate status": a call, not a candidacy
            if _negated_before(context.masked[start:match.start()]) or (
                    status != "Applicant" and re.search(r"\b(?:will|would|could|may|might|hopes?|seeks?|aims?)\b",
                                                        context.masked[start:match.start()])):
                continue
            invited = pattern is INVITED
            if invited:  # the organisation the invitation names, nothing else: "invited to accede to the Convention"
                named = context.view.slot(context.masked[match.end():match.end() + 12])
                organisation = named if named is not None and named.key in CANDIDACY_ORGANISATIONS else None
            else:
                organisation = _nearest_organisation(context, match.start(), start, end) or \
                    _nearest_organisation(context, match.start(), 0, len(context.masked))
            state, indirect = _state_subject(context, start, match.start())
            granted = GRANTED_TO.search(context.masked, start, match.end())
            if granted is not None and context.view.slot(granted.group("slot")).kind == "state":
                state, indirect = context.view.slot(granted.group("slot")).key, False  # "the Council granted X …"
            holder = CANDIDACY_HOLDER.search(context.masked[start:match.end()])  # (the cue may be the bid itself)
            if holder is not None:  # "supported Ukraine's bid to become a NATO candidate": Ukraine's candidacy
                mention = context.view.slot(holder.group("who"))
                state, indirect = (context.state_of(mention.key), False) if mention.key else ("", True)
            if organisation is None or not state:
                continue
            read = "Aspirant" if status == "Candidate" and re.search(
                r"\b(?:bid|quest|efforts?|aspirations?|hopes?)\s+to\s+(?:become|be)\b",
                context.masked[start:match.start()]) else status  # "a bid to become a candidate" is an aspiration
            window = context.masked[start:end]
            if invited:  # the invitation's own time, before the next comma: "Invited … at the 2008 summit, it joined"
                window = context.masked[match.end():end].split(",")[0].split(";")[0]
            own_time = cues.year_after(context.masked[match.end():end]) if read in ("Candidate", "PotentialCandidate") \
                and not invited and re.match(r"\s*(?:status\s+|country\s+)?(?:(?:in|on|since|from)\s|\(|,)",
                                             context.masked[match.end():end]) else ""
            year = own_time or cues.clause_year(window) or next((y for y in ANY_YEAR.findall(window)), "") or (
                cues.clause_year(context.masked[start:match.start()]) if invited else "")  # "In 2003 X was invited …"
            for each in [state] + [s for s in co_subjects(context, start, match.start()) if s != state]:
                found = _finding(context, Fact("candidateFor", each, _candidacy_key(context, organisation), year, read),
                                 f"candidacy.{read.lower()}", indirect)
                key = _candidacy_key(context, organisation)
                known = best.get((each, key))
                if known is None or CANDIDACY_RANK[read] > CANDIDACY_RANK[known.fact.status]:
                    best[(each, key)] = found
    return list(best.values())


def _candidacy_key(context: SentenceContext, mention: Mention) -> str:
    """The EU or NATO a mention names, itself or as one of its bodies ("the European Council granted …")."""
    if mention.key in CANDIDACY_ORGANISATIONS:
        return mention.key
    parent = getattr(context.gazetteer.entities.get(mention.key), "part_of", "")
    return parent if parent in CANDIDACY_ORGANISATIONS else ""


def _nearest_organisation(context: SentenceContext, position: int, start: int, end: int) -> Mention | None:
    """The international organisation named nearest the cue in its clause."""
    found = [m for m in context.mentions_between(start, end, ("org",)) if _candidacy_key(context, m)]
    if not found:
        return None
    return min(found, key=lambda m: abs(context.mention_at(_index(context, m)) - position))


RULES = [once(rule) for rule in (votes, votes_referred_back, un_processes, treaty_negotiations, alignment, initiatives,
                                 candidacy)]
