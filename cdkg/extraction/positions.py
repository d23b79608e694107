"""Positions stated in a forum: "Under the auspices of the OEWG, Canada has argued that …".

A position needs a stance verb (argued, stressed, called for, welcomed …), an actor and a
forum named where positions are stated, never inside what was said:

* an introductory phrase: "In the OEWG, X stated …", "At the UN GGE, the Norwegian delegation stressed …";
* the speaker's role: "The Canadian representative at the OEWG has also highlighted …";
* a place after the verb and before any "that": "welcomed the inclusion of CBMs in the GGE reports".

"Australia argued that CCB should be part of the UN's agenda" names the UN as the topic, not the
venue, and gives nothing. Negated or hedged stances ("is expected to argue") give nothing either.

The speaker is the state's voice: the state, its capital or agency, a pronoun, its officials or organs
("Its representatives at the OEWG", "Speaking at the OEWG in 2022, its ambassador"); a clause opened by anyone
else ("Academics in Lisbon argued"), a state speaking for an organisation ("On behalf of the African Group, …")
and news of the state's own paper told to a forum ("told the OEWG that a position was being drafted") give no
position. Views sent in answer to someone else's report or questionnaire are a position in that document.
"""

from __future__ import annotations

import re
from decimal import Decimal

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention
from cdkg.extraction.prefilter import may_match
from cdkg.extraction.relations import _finding
from cdkg.extraction.topics import policy_topics
from cdkg.extraction.discovery import slugify
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

STANCE = re.compile(
    r"\b(?:argu(?:ed|es|ing)|stat(?:ed|ing)|sa(?:id|ys)|stress(?:ed|es|ing)|highlight(?:ed|s|ing)|"
    r"emphasi[sz](?:ed|es|ing)|underlin(?:ed|es|ing)|call(?:ed|s|ing)(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more|in\s+(?:\w+\s+)?\d{4}))?\s+for|urg(?:ed|es|ing)|advocat(?:ed|es|ing)|"
    r"welcom(?:ed|es|ing)|not(?:ed|es|ing) that|caution(?:ed|s|ing)|insist(?:ed|s|ing)|reiterat(?:ed|es|ing)|"
    r"restat(?:ed|es|ing)|underscor(?:ed|es|ing)|"
    r"(?:re)?affirm(?:ed|s|ing)|warn(?:ed|s|ing)|express(?:ed|es|ing) (?:its |their )?(?:support|concern|opposition)|"
    r"champion(?:ed|s|ing)|voic(?:ed|es|ing)|put(?:s)? forward|submitted|proposed that|"
    r"describ(?:ed|es|ing)(?=\s+[^.;,]{1,60}?\s+as\b)|"
    r"oppos(?:ed|es|ing)|reject(?:ed|s|ing)|press(?:ed|es|ing)(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more))?\s+for|push(?:ed|es|ing)(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more))?\s+for|"
    r"float(?:ed|s|ing)|propos(?:ed|es|ing)|object(?:ed|s|ing) to|resist(?:ed|s|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|told|defend(?:ed|s|ing)|promot(?:ed|es|ing)|"
    r"plead(?:ed|s|ing)(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more))?\s+for|lobb(?:ied|ies|ying)(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more))?\s+for|spo(?:ke|ken)(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more))?\s+(?:out\s+)?(?:against|in\s+favou?r\s+of|for)|"
    r"c(?:a|o)me(?:s)?\s+out(?:\s+(?:\w+ly|hard|again|also|firmly|strongly|too|once\s+more))?\s+(?:in\s+favou?r\s+of|against|for|in\s+support\s+of)|"
    r"ma(?:de|kes?|king)\s+(?:the|a|its)\s+case\s+(?:for|against)|"
    r"(?:(?:has|have|had)\s+been|was|were|is|are|remains?|remained|became|has\s+become)\s+(?:\w+ly\s+|also\s+)?(?:a|an|the)\s+"
    r"(?:(?:vocal|strong|staunch|leading|consistent|firm|determined|keen|prominent|fierce|outspoken|persistent)\s+)?"
    r"(?:advocate|champion|proponent|supporter|opponent|critic)s?\s+of|"
    r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+|equally\s+|very\s+|also\s+)*(?:firm|clear|adamant|"
    r"emphatic|insistent|vocal|explicit|outspoken|unequivocal)\s+(?:that|about|in\s+(?:its|their)\s+(?:support|opposition)|"
    r"on\s+the\s+need)|raised?\s+(?:(?:its|their|serious)\s+)?concerns?|"
    r"question(?:ed|s|ing)\s+(?:the|whether)|(?:maintain(?:ed|s|ing)|h(?:e|o)ld(?:s|ing)?|contend(?:ed|s|ing)|"
    r"assert(?:ed|s|ing)|suggest(?:ed|s|ing)|observ(?:ed|es|ing)) that|"
    # a plural speaker's present ("its statements at the OEWG emphasise sovereignty")
    r"(?:(?<=ments )|(?<=gates )|(?<=mats )|(?<=tions )|(?<=ters )|(?<=\ue001 )|(?<=[Tt]hey ))(?:\w+ly\s+)?(?:stress|emphasi[sz]e|underline|highlight|urge|argue|"
    r"insist|reject|oppose|warn|call\s+for|press\s+for|push\s+for|advocate|reiterate|welcome|caution))\b"
)
VENUE_INTRO = re.compile(
    rf"\b(?:[Ii]n|[Aa]t|[Ww]ithin|[Dd]uring|[Bb]efore|[Tt]o|[Uu]nder the auspices of|[Ii]n the framework of|[Oo]n the floor of|"
    rf"(?:[Ss]peaking|[Ww]riting|[Rr]eporting|[Tt]estifying)\s+(?:at|in|to|before)|[Aa]ddressing|"
    rf"[Ii]n the context of|[Ii]n (?:(?:its|their|his|her|a|an|the)\s+)?(?:[\w-]+\s+)?(?:statements?|submissions?|"
    rf"contributions?|remarks|interventions?|speech|address) (?:to|at|before|in))\s+"
    rf"(?:the\s+)?(?:(?:{cues.YEAR}|latest|current|recent|first|second|third|sixth)\s+)?"
    # a sitting of the forum: "at the 2023 session of the OEWG", "during the final round of the GGE"
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:sessions?|meetings?|rounds?|debates?|sittings?|consultations?)\s+of\s+(?:the\s+)?)?{SLOT}"
    # the forum named before the statements: "In its OEWG statements", "In Laos's 2022 GGE submission"
    rf"|\b[Ii]n\s+(?:(?:its|their|his|her|the|an?|one)\s+)?(?:{cues.YEAR}\s+)?{SLOT}\s+(?:statements?|submissions?|"
    rf"interventions?|remarks|contributions?|speech(?:es)?)\b"
)
ROLE = (r"(?:permanent\s+|official\s+)?(?:representatives?|delegations?|delegates?|ambassadors?|envoys?|missions?|"
        r"statements?|submissions?|interventions?|remarks|speech|address|negotiators?|diplomats?|officials?)")
# words between a speaker and its role: "Lisbon's 2023 statement", "Portugal's national statement"
ROLE_WORDS = rf"(?:(?:{cues.YEAR}|national|joint|written|official|opening|closing|general|latest|first|second|third)\s+){{0,2}}"
DELIVERED = r"(?:(?:delivered|made|given|presented|submitted|read(?:\s+out)?)\s+)?"
ROLE_AT = re.compile(rf"(?:the\s+)?{SLOT}(?:'s|’s)?\s+{ROLE_WORDS}{ROLE}\s+{DELIVERED}(?:at|to|in|before)\s+(?:the\s+)?{SLOT}")
PRONOUN_ROLE_AT = re.compile(rf"\b(?:[Ii]ts|[Tt]heir)\s+{ROLE_WORDS}{ROLE}\s+{DELIVERED}(?:at|to|in|before)\s+(?:the\s+)?(?P<forum>{SLOT})")
ROLE_ONLY = re.compile(rf"(?:the\s+)?{SLOT}(?:'s|’s)?\s+{ROLE_WORDS}{ROLE}\b")
ROLE_OF = re.compile(rf"\bthe\s+{ROLE}\s+(?:of|for|from)\s+(?:the\s+)?{SLOT}")
INFINITIVE = (r"\bto\s+(?:\w+ly\s+)?(?:propose|raise|adopt|table|present|defend|pursue|push|press|support|agree|"
              r"negotiate|launch|create|establish|bring|make|take|put|submit|introduce|seek|promote|advance|develop|"
              r"address|discuss|consider|include|use|work|engage|refrain|cooperate|commit|join|respect|implement|"
              r"protect|ensure|strengthen|build|hold|host|convene|set|reach|accept|reject|oppose|endorse|back|"
              r"prioriti[sz]e|focus|apply|extend|call|argue|insist|seek|sign|ratify|draft|lead|champion|block|"
              r"veto|vote|speak|voice|state|say|help|do)\b")
# (nor after an infinitive: "urged the government to propose a regime at the UN" names where the proposal would be made)
VENUE_AFTER = re.compile(
    rf"^(?:(?!\bthat\b|{INFINITIVE})"
    rf"[^\"\ue000])*?\b(?:at|in|within|to|before|during)\s+(?:the\s+)?"
    rf"(?:(?:{cues.YEAR}|latest|recent)\s+)?{SLOT}"
)
# a second stance verb joined to a first by "and" ("pressed for X and supported Y"): one position each; verbs that
# state a stance only after another has ("supported the Paris Call" alone is no position in a forum)
COORDINATED = re.compile(r"\band\s+(?:(?:it|they|she|he)\s+)?(?:\w+ly\s+|also\s+|later\s+)?(?:has\s+|have\s+)?"
                         r"(?:\w+ly\s+|also\s+)?$")
# a further finite verb after a comma (", stressed that …"), not a participle that glosses the first ("rejecting X,
# arguing that …")
COMMA_COORDINATED = re.compile(r"[^\W\d]\s*,\s+(?:\w+ly\s+|also\s+)?$")
JOINED_STANCE = re.compile(r"\b(?:support(?:ed|s)|back(?:ed|s)|favou?r(?:ed|s))\b")
# "told the OEWG that …": the forum is the verb's object
TOLD = re.compile(rf"\b(?:told|informed|addressed|reminded)\s+(?:the\s+)?(?:(?:{cues.YEAR}|latest|recent)\s+)?{SLOT}")
# a relative or reported clause whose own subject is not the sentence's: "the EU statement, which stressed",
# "noted that Russia had called for"
RELATIVE_SUBJECT = re.compile(r"\b(?:which|that|who)\s+(?:(?!(?:reply|assembly|family|ally|supply)\b)\w+ly\s+|also\s+|had\s+|"
                              r"has\s+|have\s+)*$")  # ("that reply affirms": a noun, not an adverb)
REPORTED_SUBJECT = re.compile(rf"\bthat\s+(?:the\s+)?{SLOT}(?:'s|’s)?\s+(?:[a-z]+\s+){{0,3}}$")
# a forum named before a relative "where": "took part in both OEWGs, where its delegates argued …"
WHERE_FORUM = re.compile(rf"{SLOT}[^,;\ue000]{{0,60}}?,\s+where\b")
# ... also after the process's iterations told by their periods or ranks ("took part in both OEWGs, of 2019-2021 and
# 2021-2025, where its delegation argued …", "in the first OEWG and in the second, of 2021-2025, where …"); a second
# "and where" goes on in the same place
ITERATION_GAP = (rf"(?:[\s,()–-]|\b(?:of|in|from|and|the|its|both|first|second|third|fourth|fifth|sixth|latter|later|"
                 rf"one|group|groups|OEWGs?|GGEs?)\b|{cues.YEAR})*?")
WHERE_ITERATION = re.compile(rf"(?P<process>{SLOT})(?P<gap>{ITERATION_GAP}),\s+where\b")

HINT = re.compile(r"restated|reiterated|repeated|set out|expressed|outlined|summari|presented|echoed|defend|promot|"
                  r"denounc|condemn|plead|lobb|spoke|spoken|case|concern|question|dismiss|support|backed|backs|favo|"
                  r"came out|comes out|come out|advocate|champion|proponent|supporter|opponent|critic|firm|clear|adamant|emphatic|insistent|vocal|explicit|outspoken|unequivocal|"
                  r"advanced|emphasise|emphasize|argu|stated|stating|sa(?:id|ys)|told|maintain|held|hold|contend|assert|suggest|observ|stress|highlight|emphasi|underlin|calls? for|called for|urg|advoca|"
                  r"welcom|noted|notes|noting|caution|insist|reiterat|affirm|warn|express|champion|voic|put|submitted|"
                  r"proposed that|oppos|reject|press|push|float|propos|object|resist|criticis|criticiz|underscor|called in")


def _is_forum(context: SentenceContext, mention: Mention) -> bool:
    """An organisation or forum where states speak: not an agency or CERT of one state."""
    entity = context.gazetteer.entities.get(mention.key)
    if entity is None or entity.kind != "org" or entity.cls in (CDO.GovernmentAgency, CDO.CERT):
        return False
    return not context.state_of(mention.key)


# a forum's name that modifies the compendium of national positions ("its contribution to the 2021 GGE compendium"):
# the position is stated in the state's national paper, not in the forum's meetings (a forum's report or questionnaire
# still names where it was stated: "welcomed CBMs in the GGE reports", "its replies to the OAS questionnaire")
DOCUMENT_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?compendium\b", re.IGNORECASE)


def _names_a_document(context: SentenceContext, mention: Mention) -> bool:
    """Whether a forum's mention only modifies a document named after it."""
    at = context.masked.find(f"\ue000{context.index_of(mention)}\ue001")
    return at >= 0 and DOCUMENT_AFTER.match(context.masked, at + len(str(context.index_of(mention))) + 2) is not None


# Views sent in answer to someone else's call are stated in that report or questionnaire, not in a national paper nor
# in the forum's meetings: "its contribution to the Secretary-General's report", "its answers to the ICRC
# questionnaire" (the compendium of national positions is the exception: a contribution to it is the national paper)
OTHERS_DOCUMENT = re.compile(
    r"\b(?P<noun>contributions?|submissions?|inputs?|repl(?:y|ies)|answers?|responses?|views|"
    # (or the verb: "it replied to the Secretary-General's call for views")
    r"repl(?:ied|ying)|respond(?:ed|ing)|contribut(?:ed|ing))"
    # (how and when they were sent may stand between: "the submission it sent in 2021 for the report", "submitted its
    # views in 2021 for the report", "its answers, sent in 2020, to the questionnaire")
    r"(?P<gap>(?:,?\s+(?:(?:it|they)\s+)?(?:had\s+)?(?:sent|submitted|made|provided|transmitted|delivered|gave|"
    rf"lodged|filed))?(?:,?\s+in\s+(?:(?:early|late|mid-)\s*)?(?:{cues.MONTH}\s+)?{cues.YEAR})?,?)\s+"
    r"(?:to|for|in\s+response\s+to)\s+"
    r"(?:the\s+|a\s+)?(?P<doc>(?:(?:UN|United\s+Nations|annual|\d{4})\s+)*(?:[A-Z][\w’'-]*\s+){0,4}?"
    r"(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?:(?:annual|\d{4})\s+)?(?:report|questionnaire|survey|consultation|call\s+for\s+(?:views|inputs?|contributions)))\b")


def others_document(text: str) -> re.Match[str] | None:
    """The report or questionnaire of someone else a state's views were sent to, named in ``text`` (written), or None."""
    found = OTHERS_DOCUMENT.search(text)
    return found if found and not re.search(r"\bcompendium\b", text, re.IGNORECASE) else None


# the noun a verb of answering names what was sent by ("it replied to …": a reply)
VERB_NOUN = {"replied": "reply", "replying": "reply", "responded": "response", "responding": "response",
             "contributed": "contribution", "contributing": "contribution"}
# what names the report or consultation after its noun: its author ("of the Secretary-General"), its symbol and its
# subject ("on developments in the field of ICTs", "on the Programme of Action", "under resolution 75/32"), up to a
# comma, a parenthesis or a date
ANSWERED_TAIL = re.compile(
    r"(?:\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Secretary-General)?(?:\s+A/(?:RES/)?\d+/\d+)?"
    # (a resolution by its number ends the name: "under resolution 76/19 nonetheless affirms")
    r"(?:\s+(?:under|pursuant\s+to)\s+(?:(?:General\s+Assembly|UNGA)\s+)?resolution\s+(?:A/(?:RES/)?)?\d+/\d+(?![\w/])|"
    r"\s+(?:on|under)\s+(?!(?:behalf|the\s+occasion)\b)[^,;()\ue000]{3,80}?(?=\s*(?:[,;(]|$|\s+(?:in|on)\s+(?:\d|[A-Z][a-z]+\s+\d))))?"
    r"(?:\s*\((?:A/(?:RES/)?\d+/\d+|resolution\s+\d+/\d+)\))?")


def document_answered(context: SentenceContext, masked_part: str) -> Entity | None:
    """The document (an entity named by its words, dated by the sentence) a state's views in ``masked_part`` were
    sent to, or None; or, when ``masked_part`` refers back to them ("In that submission", "The same reply"), the one
    a sentence just before named."""
    written = SLOT_RE.sub(lambda m: context.view.mentions[int(m.group(1))].text, masked_part)
    found = _answered_or_referred(written, context.view.text, context.sentences_before())
    return None if found is None else _answered_entity(context, found[0], found[1])


def answered_in_paragraph(context: SentenceContext, number: int) -> tuple[Entity, int] | None:
    """(the document answered, where in the sentence) that the paragraph's earlier sentence ``number`` names or refers
    back to ("… the submission it sent for the Secretary-General's report …. In that submission it affirmed …"), or
    None: where views told after it, with no forum of their own, were stated."""
    earlier = context.sentences_before()
    sentence = earlier[number]
    if not _ANSWER_WORD.search(sentence):
        return None
    found = _answered_or_referred(sentence, sentence, earlier[:number])
    if found is None or re.search(r"questionnaire|survey", found[0], re.IGNORECASE):
        return None  # (a forum's questionnaire answered: the forum is where the views were stated, read elsewhere)
    return _answered_entity(context, found[0], found[1]), found[2]


_ANSWER_WORD = re.compile(r"contribut|submission|input|repl|answer|respon|views")


def _answered_or_referred(written: str, sentence: str, earlier: list[str]) -> tuple[str, str, int] | None:
    """(name, year, where) of the document answered named in ``written`` (dated by ``sentence``), or, when it refers
    back to one (see SENT_BACK), of the one the two sentences of ``earlier`` before it named (not a questionnaire: its
    owner, a forum, is told elsewhere)."""
    found = _answered_in(written, sentence)
    if found is not None:
        return found[0], found[1], others_document(written).start()
    back = SENT_BACK.search(written)
    if back is None:
        return None
    for before in reversed(earlier[-2:]):
        found = _answered_in(before, before)
        if found is not None and not re.search(r"questionnaire|survey", found[0], re.IGNORECASE):
            return found[0], found[1], back.start()
    return None


def _answered_entity(context: SentenceContext, name: str, year: str) -> Entity:
    key = f"document/{slugify(name)}" + (f"-{year}" if year else "")
    known = context.gazetteer.entities.get(key)
    return known or Entity(key=key, label=name, kind="document", cls=CDO.PolicyDocument)


# the views sent, referred back to: "In that submission", "The same reply argued", "The reply affirms" (a demonstrative,
# "the" or "the same", never "a" nor a possessive: "its submission to the OEWG" names a forum)
SENT_BACK = re.compile(r"\b(?:(?:[Tt]hat|[Tt]his|[Tt]he(?:\s+same)?)\s+(?:written\s+)?(?:submission|reply|contribution|"
                       r"response|input)|(?:[Tt]hose|[Tt]hese|[Tt]he(?:\s+same)?)\s+(?:written\s+)?(?:submissions|replies|"
                       r"contributions|responses|answers))\b(?!\s+(?:to|for|of)\b)")


def _answered_in(written: str, sentence: str) -> tuple[str, str] | None:
    """(name, year) of the document someone else asked views for named in ``written`` (words), dated by the first
    year of ``sentence``, or None."""
    found = others_document(written)
    if found is None:
        return None
    tail = ANSWERED_TAIL.match(written, found.end())
    # (named by what was sent and what it answered, as far as the words tell: "submission to the report of the
    # Secretary-General on developments in the field of ICTs", "reply to the Secretary-General's 2021 consultation
    # under resolution 75/32")
    noun = VERB_NOUN.get(found.group("noun").lower(), found.group("noun"))  # ("replied to" names a reply)
    sent = noun + written[found.end("gap"):found.end()]  # (not how it was sent)
    name = sent + tail.group() if tail.group().strip() else re.sub(r"^(?:\d{4}\s+)", "", found.group("doc"))
    owner = ANSWERED_OWNER_NAME.match(written, found.end()) if not tail.group().strip() and \
        name.islower() else None
    if owner is None and name in ("report", "questionnaire", "survey", "consultation"):
        return None  # ("replied to the questionnaire … circulated by the IAJC": a common noun alone names no document)
    if owner:  # "its answers to the questionnaire of the OAS Inter-American Juridical Committee (IAJC)": a document
        # named by a common noun is named by whose it is ("OAS Inter-American Juridical Committee (IAJC) questionnaire")
        name = f"{owner.group('owner')} {name}"
    return name, next((y for y in re.findall(rf"\b({cues.YEAR})\b", sentence)), "")


# whose a document named by a common noun is, right after it: "of the OAS Inter-American Juridical Committee (IAJC)"
ANSWERED_OWNER_NAME = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?"
                                 r"[A-Z][\w-]*)*(?:\s+\([A-Z][\w-]*\))?)(?![\w-])")


# the forum whose report or questionnaire it is, named right after it: "replies to the questionnaire of the OAS
# Inter-American Juridical Committee", "its answers to the survey of the GGE chair"
ANSWERED_OWNER = re.compile(rf"\b(?:report|questionnaire|survey|consultation)\s+(?:of|by|from)\s+(?:the\s+)?(?P<owner>{SLOT})(?:\s+(?P<body>{SLOT}))?")


def _owner_of_answered(context: SentenceContext, verb: int) -> Mention | None:
    """The forum that sent the report or questionnaire a state's views answer, named after it before ``verb``."""
    found = None
    for found in ANSWERED_OWNER.finditer(context.masked, 0, verb):
        pass
    if found is None or not OTHERS_DOCUMENT.search(SLOT_RE.sub(" ", context.masked[:found.end("owner")])):
        return None
    owner = context.view.slot(found.group("owner"))
    if found.group("body") and _is_forum(context, context.view.slot(found.group("body"))):
        owner = context.view.slot(found.group("body"))  # ("the OAS Inter-American Juridical Committee": the body)
    return owner if _is_forum(context, owner) and owner.key != UNITED_NATIONS else None


def _actor(context: SentenceContext, mention: Mention) -> str:
    return context.state_of(mention.key) or mention.key


def _forum_speaks(context: SentenceContext, found: re.Match[str]) -> bool:
    """Whether the role's owner is a UN process or a forum: "In OEWG statements Maltese diplomats argued": statements
    made in the forum, not by it."""
    entity = context.gazetteer.entities.get(context.view.slots_in(found.group())[0].key)
    return entity is not None and entity.cls in (CDO.UNProcess, CDO.Forum)


def _speaker(context: SentenceContext, start: int, verb: int) -> tuple[str, Mention | None, bool]:
    """(actor, forum named with the speaker's role or None, indirect?) for a stance verb at ``verb``."""
    before = context.masked[start:verb]
    for pattern in (ROLE_AT, ROLE_ONLY, ROLE_OF):  # "the delegate of X" speaks for X
        found = next((m for m in pattern.finditer(before) if pattern is ROLE_OF or not _forum_speaks(context, m)), None)
        if found and pattern is not ROLE_OF and \
                re.search(rf"\b(?:its|their|his|her)\s+(?:{cues.YEAR}\s+)?$", before[:found.start()], re.IGNORECASE):
            continue  # ("In its OEWG statements the kingdom insists": the forum names whose statements they are not)
        if found:
            speaker = context.view.slots_in(found.group())[-1 if pattern is ROLE_OF else 0]
            forum = context.view.mentions[int(found.group(2))] if pattern is ROLE_AT else None
            if speaker.kind in ("state", "org") and speaker.key:
                return _actor(context, speaker), forum, speaker.form == "coref"
    subject, _, indirect = context.subject_in(start, verb)
    own = PRONOUN_ROLE_AT.search(before)  # "Its representatives at the OEWG have held": the paragraph's state's
    return subject, context.view.slot(own.group("forum")) if own else None, indirect


# Who may speak for a state: the state (or its capital, its agency), a pronoun, or one of its organs and officials;
# a clause opened by anyone else ("Academics in Lisbon have argued", "Civil society groups told the OEWG") is not the
# state speaking, even when the paragraph is about it.
STATE_ROLE = (r"(?:delegat\w*|officials?|diplomats?|representatives?|experts?|ministers?|ministry|ministries|government|"
              r"capital|negotiators?|envoys?|ambassadors?|missions?|authorities|statements?|submissions?|"
              r"interventions?|remarks|contributions?|repl(?:y|ies)|answers?|responses?|president|prime\s+minister|secretary|spokes\w+|"
              r"administration|cabinet|country|state|team)")
# a role counted among many is no one state's voice ("Many delegations argued", "Several officials told")
MANY = re.compile(r"^\s*(?:many|several|some|most|other|few|numerous|various|all|a\s+number\s+of|a\s+few|a\s+group\s+of|"
                  r"like-minded|western|african|developing)\s", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|gets|got)\s+(?:\w+ly\s+|also\s+|not\s+)*"
                            r"(?:\w+(?:ed|en|t)\s+(?:and|or|but)\s+(?:then\s+|also\s+|later\s+)?(?:\w+ly\s+)*)?$",
                            re.IGNORECASE)  # (and a second participle of one passive: "was praised and then criticised")
MANY_OF_STATE = re.compile(rf"^\s*(?:[\w-]+\s+){{1,2}}?(?:of\s+)?(?:the\s+)?{SLOT}")
# a stance only told of, not said: "reportedly argued", "is said to have called for", "may argue"
HEARSAY = cues.hearsay(r"apparently|(?:is|are|was|were)\s+(?:understood|likely|expected|unlikely)\s+to|"
                       r"(?:seems?|seemed|appears?|appeared)\s+to|may|might|could|would|should|will|shall")
SPEAKER_START = re.compile(
    rf"^\s*(?:(?:it|they|she|he)\b|(?:(?:the|its|their|his|her|a|an|senior|its\s+own)\s+)?"
    rf"(?:(?P<slot>{SLOT})(?:'s|’s)?|(?:[\w-]+\s+){{0,2}}?{STATE_ROLE}\b))", re.IGNORECASE)


# a time that opens a speaker's part: "In 2022 its delegates said" (the voice is what follows it)
TIME_OPENING = re.compile(rf"^\s*(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring)\s+(?:(?:early|late|mid-)\s*)?(?:{cues.MONTH}\s+)?{cues.YEAR}\s+")
# a time inside the opening, before the voice: "In the OEWG in 2023 its delegates argued", "In an OEWG statement of 2022
# its delegation said"
TIME_INSIDE = re.compile(rf"(?<=\S)\s+(?:in|during|of|from)\s+(?:(?:early|late|mid-)\s*)?(?:{cues.MONTH}\s+)?{cues.YEAR}\b(?=\s+\S)")
# the state's own statements in a forum, the forum named before them: "its OEWG interventions", "their 2022 GGE
# submissions" (the possessive is the state's; the forum only says where they were made)
OWN_FORUM_ROLE = re.compile(rf"^\s*(?:its|their)\s+(?:{cues.YEAR}\s+)?{SLOT}\s+(?:[\w-]+\s+)?{STATE_ROLE}\b",
                            re.IGNORECASE)


# ... or a part that ends with such a voice right before the verb (after an introductory phrase with no comma: "In
# the OEWG Portuguese delegates have argued"), unless a preposition governs it ("Academics in Lisbon have argued")
AUXILIARY = r"(?:(?:has|have|had|also|later|then|since|again|repeatedly|consistently|long|always|often|\w+ly)\s+)*"
SPEAKER_END = re.compile(
    rf"(?P<before>\S+\s+)?(?:(?:the|its|their|his|her|senior)\s+)?(?:(?P<slot>{SLOT})(?:'s|’s)?"
    rf"(?:\s+(?:(?!(?:the|a|an|its|their)\s)[\w-]+\s+){{0,2}}?{STATE_ROLE})?|(?:it|they|she|he)|"
    rf"(?:[\w-]+\s+){{0,2}}?{STATE_ROLE})\s+{AUXILIARY}$",
    re.IGNORECASE)
PREPOSITION = re.compile(r"(?:in|at|from|of|by|with|for|among|between|near|outside|inside|within|to|on|about|"
                         r"against|across|like|unlike)\s+", re.IGNORECASE)
LINKING = re.compile(r"^\s*(?:(?:where|and|but|while|whereas|although|though|yet|so|then|also|which|that|who|"
                     r"however|moreover|there)\b\s*)+", re.IGNORECASE)


# a state speaking for an organisation states the organisation's position ("Speaking for the EU at the OEWG, the
# Portuguese presidency stressed …", "On behalf of the African Group, Kenya argued …"); set off as the speaker's own
# phrase, not as what names others' statements ("aligning itself with the statements delivered on behalf of the EU")
FOR_ORGANISATION = re.compile(rf"(?:^|,)\s*(?:on\s+behalf\s+of|[Ss]peaking\s+for|in\s+the\s+name\s+of|as\s+(?:the\s+)?"
                              rf"(?:holder\s+of\s+the\s+)?(?=\ue000\d+\ue001\s+(?:\w+\s+)?(?:presidency|chair)))\s*"
                              rf"(?:the\s+)?(?P<org>{SLOT})", re.IGNORECASE)


def _for_an_organisation(context: SentenceContext, verb: int) -> bool:
    """Whether the speaker of a stance verb speaks for an organisation (named before the verb in its sentence)."""
    for found in FOR_ORGANISATION.finditer(context.masked, 0, verb):
        mention = context.view.slot(found.group("org"))
        if mention.kind == "org" and not context.state_of(mention.key):
            return True
    return False


# voices that are not the state's, whatever state their adjective names ("A Brazilian think tank urged", "Finnish
# academics have argued", "observers in Manila suggested"): what they say is no position of the state
NON_STATE_VOICE = re.compile(
    r"\b(?:think[- ]tanks?|academics?|scholars?|researchers?|analysts?|commentators?|observers?|journalists?|press|"
    r"media|newspapers?|NGOs?|non-governmental|civil\s+society|compan(?:y|ies)|firms?|industry|business(?:es)?|"
    r"private\s+sector|activists?|critics?|opposition|universit(?:y|ies)|institutes?|foundations?|professors?|"
    r"students?|campaigners?|pundits?|bloggers?|editorials?|op-eds?|columnists?|rumou?rs?|"
    # the UN's own voices ("the Secretary-General's envoy", "the OEWG chair", "the secretariat")
    r"Secretary-General(?:'s|’s)?|secretariat|rapporteurs?|(?<!as\s)(?<!as\sthe\s)chair(?:man|woman|person)?)\b", re.IGNORECASE)
# the head of a phrase: a few words before it, none a preposition ("Speaking to journalists, its ambassador" is
# the ambassador's)
HEAD_OF_PHRASE = re.compile(r"^\s*(?:(?!(?:to|with|by|at|in|of|from|for|on|before|after|among|about)\b)[\w'’-]+\s+){0,3}?$",
                            re.IGNORECASE)


# people of a non-state institution ("Dutch experts at the Hague Centre for Strategic Studies", "a fellow of the
# Institute for Security Studies")
OF_INSTITUTION = re.compile(r"\b(?:experts?|researchers?|fellows?|staff|members?|specialists?|lawyers?|scholars?)\s+"
                            r"(?:at|of|from|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:Centre|Center|Institute|"
                            r"University|Foundation|Academy|School|College|Council\s+on|Think\s+Tank|Society|Association)\b")


def non_state_voice(part: str) -> bool:
    """Whether a phrase (the words before a clause's verb, or one comma-separated part of them; mentions blanked) is
    headed by a voice other than the state's: a think tank, academics, the press, a company, experts of an institute"""
    return any(HEAD_OF_PHRASE.match(part[:m.start()]) for m in NON_STATE_VOICE.finditer(part)) or \
        bool(OF_INSTITUTION.search(part))


ACADEMIC = re.compile(r"\b(?:Studies|University|Foundation|Think\s+Tank|Academy|College|School|Society)\b")


def voice_words(context: SentenceContext, masked: str) -> str:
    """Masked words with each mention written out, except a state's or its agency's (blanked: "experts from the
    National Cyber Security Centre" are the state's, "experts at the Hague Centre for Strategic Studies" are not)."""
    def name(found: re.Match[str]) -> str:
        mention = context.view.mentions[int(found.group(1))]
        entity = context.gazetteer.entities.get(mention.key) if mention.key else None
        agency = entity is not None and entity.cls in (CDO.GovernmentAgency, CDO.CERT) and \
            bool(context.state_of(mention.key)) and not ACADEMIC.search(mention.text)
        return " " if mention.kind == "state" or agency else mention.text
    return SLOT_RE.sub(name, masked)


def _speaks_as_state(context: SentenceContext, before: str) -> bool:
    """Whether the words between a clause's start and its stance verb name a state's voice: one comma-separated
    part of them opens with the state (or its capital, agency, adjective), a pronoun, or a state's organ or official
    ("Speaking at the OEWG in 2022, Portugal's ambassador", "Portuguese officials, in remarks at …,"); a part that names
    a voice other than the state's ("A US think tank, the Atlantic Council,") speaks for no state."""
    for part in re.split(r",\s*", before):
        part = TIME_OPENING.sub("", LINKING.sub("", part))  # ("In 2022 its delegates said": the voice after the time)
        part = TIME_INSIDE.sub("", part)  # ("In the OEWG in 2023 its delegates argued": the voice after the time)
        if non_state_voice(voice_words(context, part)):
            return False
        if OWN_FORUM_ROLE.match(part):
            return True  # "its OEWG interventions have emphasised": the state's own statements in a forum
        if MANY.match(part) and not MANY_OF_STATE.match(part):
            continue  # ("Some delegations in the OEWG argued": many voices, none the state's; "Several Austrian
            # diplomats argued" are the state's)
        end = SPEAKER_END.search(part + " ")
        if end is not None and end.group("before") and PREPOSITION.fullmatch(end.group("before")):
            end = None
        for found in (SPEAKER_START.match(part), end):
            if found is None:
                continue
            if not found.group("slot"):
                return True
            mention = context.view.slot(found.group("slot"))
            if mention.key and (context.state_of(mention.key) or mention.kind == "coref"):
                return True
    return not LINKING.sub("", before).strip(" ,")


UNITED_NATIONS = "org/un"
VOTED_ANY = re.compile(r"\b(?:voted|abstained)\b")
VOTED = re.compile(r"\b(?:voted|abstained)\b[^;]*,\s*$")
GENERAL_ASSEMBLY = "org/un-general-assembly"


def _venue(context: SentenceContext, start: int, end: int, verb_start: int, verb_end: int,
           role_forum: Mention | None) -> Mention | None:
    """The forum where the position was stated (role, then introductory phrase, then the forum a "where" refers
    to, then the forum told, then after the verb)."""
    told = TOLD.match(context.masked, verb_start)
    if told and _is_forum(context, context.view.slot(told.group())) and \
            not _names_a_document(context, context.view.slot(told.group())):
        return context.view.slot(told.group())
    if role_forum is not None and role_forum.key != UNITED_NATIONS:
        return None if _names_a_document(context, role_forum) else role_forum
    posting = role_forum  # "its envoy to the UN, speaking in the General Assembly, warned": the UN is the posting,
    # the General Assembly where it was said
    if VOTED.search(context.masked, start, verb_start) and context.masked[verb_start:verb_end].endswith("ing") and \
            GENERAL_ASSEMBLY in context.gazetteer.entities:  # "voted for A/73/27, arguing that …": said in the vote
        return Mention(0, 0, GENERAL_ASSEMBLY, "name", "org", context.gazetteer.entities[GENERAL_ASSEMBLY].label)
    candidates = []
    where = list(WHERE_FORUM.finditer(context.masked, 0, verb_end))
    iteration = _where_iteration(context, verb_start)
    if iteration is not None:
        candidates.append(iteration)
    elif where and ";" not in context.masked[where[-1].end():verb_end]:
        candidates.append(context.view.slot(where[-1].group()))

    opening = max(context.intro_end, _participle_intro(context.masked))
    intro = VENUE_INTRO.search(context.masked, 0, opening) if start <= opening else None
    if intro is None and start == 0 and opening == 0:  # an opening phrase with no comma: "In the OEWG its delegates …"
        intro = VENUE_INTRO.match(context.masked, 0, verb_start)
    if intro:
        candidates.append(context.view.slot(intro.group()))
    aside = ASIDE.search(context.masked, start, verb_start)  # "X officials, in remarks at the GGE in 2020, warned"
    inside = VENUE_INTRO.match(aside.group("aside")) if aside else None
    if inside:
        candidates.append(context.view.slot(inside.group()))
    after = VENUE_AFTER.search(context.masked[verb_end:end])
    if after:
        candidates.append(context.view.slot(after.group()))
    opening_venue = VENUE_INTRO.match(context.masked) if start > 0 else None
    if opening_venue and _frame_holds(context, context.masked[start:verb_start]):
        # a forum that opens the sentence frames each of its clauses whose speaker is the state's own voice, named
        # by no other name ("In the OEWG its delegates aligned with the G77; Bolivia argued that …")
        candidates.append(context.view.slot(opening_venue.group()))
    found = next((m for m in candidates if _is_forum(context, m) and not _names_a_document(context, m) and
                  (posting is None or m.key != posting.key)), None)
    return found or posting


def _where_iteration(context: SentenceContext, verb: int) -> Mention | None:
    """The UN process or forum a "where" before ``verb`` refers to, when only its iterations stand between the two
    (see WHERE_ITERATION)."""
    found = None
    for found in WHERE_ITERATION.finditer(context.masked, 0, verb):
        pass
    between = context.masked[found.end():verb] if found is not None else ""
    if found is None or ";" in between or re.search(r"(?<!\band )\bwhere\b", between):
        return None  # (another "where" refers to something else; "…, and where" goes on in the same place)
    process = context.view.slot(found.group("process"))
    entity = context.gazetteer.entities.get(process.key)
    return process if entity is not None and entity.cls in (CDO.UNProcess, CDO.Forum) else None


# a clause's words before its verb that name a place or occasion of their own ("at home", "in an interview", "to
# the press"), a year aside
OWN_SETTING = re.compile(r"\b(?:at|in|during|before|to|within|on|from|outside|inside|through|via)\b", re.IGNORECASE)


def _frame_holds(context: SentenceContext, before: str) -> bool:
    """Whether the forum that opens a sentence frames a later clause, given the clause's words before its verb: the
    state's own voice (its name, capital, pronoun, organs), perhaps a year, and no setting of its own."""
    for found in SLOT_RE.finditer(before):
        mention = context.view.mentions[int(found.group(1))]
        if not mention.key or not (mention.kind == "state" or context.state_of(mention.key)):
            return False
    words = re.sub(rf"\b(?:in|during)\s+(?:(?:early|late|mid-)\s*)?(?:{cues.MONTH}\s+)?{cues.YEAR}\b", " ",
                   SLOT_RE.sub(" ", before))
    return not OWN_SETTING.search(words)


# a phrase set off by commas between the speaker and the verb
ASIDE = re.compile(r",\s*(?P<aside>[^,;]{4,160}?),\s*(?:(?:has|have|had|also|\w+ly)\s+)*$")
PARTICIPLE_INTRO = re.compile(r"(?:Speaking|Addressing|Writing|Testifying|Reporting|Intervening)\b[^,;]{0,120},\s*")


def _participle_intro(masked: str) -> int:
    """Where an opening participle phrase ends ("Speaking at the OEWG in 2022, its ambassador …"), or 0."""
    found = PARTICIPLE_INTRO.match(masked)
    return found.end() if found else 0


def _statement(context: SentenceContext, start: int, end: int) -> str:
    """The words of the position, mentions written out."""
    def name(found: re.Match[str]) -> str:
        return context.view.mentions[int(found.group(1))].text
    return SLOT_RE.sub(name, context.masked[start:end]).strip(" ,;.")


def _answers_a_document(context: SentenceContext) -> bool:
    """Whether the sentence names views sent to someone else's report or consultation (no forum need be named: "In a
    2021 submission to the Secretary-General's report under resolution 76/135, X stated …")."""
    lowered = context.masked.lower()
    return any(word in lowered for word in ("report", "questionnaire", "survey", "consultation", "call for")) and \
        OTHERS_DOCUMENT.search(context.masked) is not None or \
        any(word in lowered for word in ("submission", "repl", "contribution", "response", "input", "answer")) and \
        SENT_BACK.search(context.masked) is not None and context.preceding != ""


def positions(context: SentenceContext) -> list[Finding]:
    """Positions an actor stated in a forum (see the module docstring)."""
    if not (any(m.kind == "org" for m in context.view.mentions) or VOTED_ANY.search(context.masked) or
            GOING_ON.match(context.masked) or ASIDE_LEAD.match(context.masked) or BACK_REF.search(context.masked) or
            NEXT_VOICE_LEAD.match(context.masked) and context.preceding or _answers_a_document(context)) or \
            not may_match(HINT, context.masked) or not HINT.search(context.masked):
        return []
    findings, seen, last = _passive_positions(context), set(), None
    seen.update((f.fact.subject, f.fact.object) for f in findings)
    verbs = sorted(list(STANCE.finditer(context.masked)) + list(JOINED_STANCE.finditer(context.masked)),
                   key=lambda m: m.start())
    for verb in verbs:
        gap = context.masked[last[0]:verb.start()] if last is not None else ""
        joined = last is not None and (COORDINATED.search(gap) is not None or COMMA_COORDINATED.search(gap) is not None
                                       and not verb.group().endswith("ing")) and \
            re.search(r"[;:]", context.masked[last[0]:verb.start()]) is None
        alone = verb.re is JOINED_STANCE and not joined
        if alone and not _backs_a_proposal(context, verb):
            continue  # ("supported the Paris Call", "backed the resolution": no stance in a forum)
        if _against_a_text_voted(context, verb):
            continue  # "opposed A/73/27 in a recorded vote", "rejected the draft resolution when it was put to a vote"
        if joined:  # "argued for X and warned against Y": a second position, by the same speaker, in the same forum
            actor, forum, indirect = last[1], last[2], last[3]
            first = policy_topics(_statement(context, last[0], verb.start()))
            second = policy_topics(_statement(context, verb.end(), context.clause_of(verb.start())[1]))
            last = (verb.end(), actor, forum, indirect)
            if second and second <= first:
                continue  # "welcomed CBMs and noted that CBMs need …": one position said twice
            findings.append(_position(context, actor, forum, verb.start(), indirect, _when(context, start, verb)))
            continue
        start, end = context.clause_of(verb.start())
        before = context.masked[max(start, context.intro_end if start == 0 else start):verb.start()]
        # (a speaker's title is no status: "its negotiators opposed …" negotiates nothing)
        if PASSIVE_BEFORE.search(before) and not verb.group().endswith("ing"):
            continue  # "Austria was criticised at the Council", "its proposal was welcomed": done to it, not said by it
        if cues.clause_status(re.sub(rf"\b{ROLE}\b", " ", before), "") in cues.UNACCOMPLISHED or \
                HEARSAY.search(before[-80:] + context.masked[verb.start():verb.end() + 4]) or \
                _someone_elses(context, start, verb.start()) or \
                _publishes_paper(context, verb):
            continue
        if not _speaks_as_state(context, context.masked[max(start, context.intro_end if start == 0 else start):
                                                         verb.start()]) or _for_an_organisation(context, verb.start()):
            continue
        actor, role_forum, indirect = _speaker(context, start, verb.start())
        # (backing alone states a position only in a forum named before it: "In the First Committee, X has backed
        # the proposal for a PoA"; "backed a proposal made in the OEWG" names where the proposal was made)
        forum = _venue(context, start, verb.end() if alone else end, verb.start(), verb.end(), role_forum)
        answered = document_answered(context, context.masked[:verb.start()])
        owner = _owner_of_answered(context, verb.start()) if answered is not None else None
        if owner is not None and actor and _is_state(context, actor) and (not context.state or
                                                                           actor == context.state):
            if (actor, owner.key) not in seen:  # "In its replies to the questionnaire of the IAJC, X stressed": the
                seen.add((actor, owner.key))  # forum that asked is where the views were stated
                last = (verb.end(), actor, owner, indirect)
                findings.append(_position(context, actor, owner, verb.start(), indirect, _when(context, start, verb)))
            continue
        if answered is not None and actor and _is_state(context, actor) and (not context.state or
                                                                              actor == context.state):
            if (actor, answered.key) not in seen:  # "In its contribution to the Secretary-General's report, X stated"
                seen.add((actor, answered.key))
                findings.append(_in_document(context, actor, answered, verb.start(), indirect))
            continue
        carried_year = ""
        if forum is None and actor and (start == 0 or _aside(context, verb)):
            forum, carried_year = _forum_going_on(context, verb.end(), _aside(context, verb), verb.start())
        if not actor or forum is None or forum.key == actor or (actor, forum.key) in seen or \
                not _is_state(context, actor) or context.state and actor != context.state:
            continue
        if disowned(context, verb.end(), actor):
            continue  # "some officials argued for a treaty, although the government never endorsed it"
        if re.match(r"\s+(?:(?:very|rather|relatively)\s+)?(?:little|nothing)\b", context.masked[verb.end():]):
            continue  # "has said little in the OEWG": no stance told
        if _reports_own_paper(context, verb.end()):
            continue  # "told the OEWG that a national position was being drafted": news of its paper, no position
        seen.add((actor, forum.key))
        last = (verb.end(), actor, forum, indirect)
        findings.append(_position(context, actor, forum, verb.start(), indirect,
                                  _when(context, start, verb) or carried_year))
    return findings


# what backing alone is a stance on: a proposal, an idea, a creation or a principle, not a resolution voted on, a
# candidacy or an entity (an initiative, a coalition, another's statement) named right after the verb
BACKED = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:proposals?|idea|creation|establishment|adoption|inclusion|call|calls|concept|principle|approach|"
                    r"mechanism|programme|program|fund|treaty|convention|instrument|negotiation|elaboration|development|"
                    r"framework|model|view|notion|position|efforts?)\b", re.IGNORECASE)
VOTED_TEXT = re.compile(r"^[^.;]{0,40}?\b(?:resolutions?|draft|A/\d|decision|candidac\w+|candidates?|bid|election)\b",
                        re.IGNORECASE)


VOTED_SYMBOL = re.compile(r"^\s+(?:\w+ly\s+)?(?:the\s+)?(?:draft\s+)?(?:resolutions?\s+)?(?:A/(?:RES/)?|L\.)?\d+/\d+",
                          re.IGNORECASE)
VOTED_RESOLUTION = re.compile(r"^\s+(?:\w+ly\s+)?(?:the|a|both|its|their)\s+(?:[\w-]+\s+){0,2}?(?:draft\s+)?resolutions?\b",
                              re.IGNORECASE)
VOTE_WORD = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|recorded|abstain\w*)\b", re.IGNORECASE)


def _against_a_text_voted(context: SentenceContext, verb: re.Match[str]) -> bool:
    """Whether a stance verb's object is a resolution voted on: a symbol ("opposed A/73/27"), or a resolution in a
    sentence that tells a vote ("rejected the Russian draft resolution in the vote"): a vote, told by the vote
    rules, not a position stated in a forum."""
    after = SLOT_RE.sub(lambda m: context.view.mentions[int(m.group(1))].text, context.masked[verb.end():verb.end() + 80])
    return bool(VOTED_SYMBOL.match(after)) or bool(VOTED_RESOLUTION.match(after)) and \
        bool(VOTE_WORD.search(context.masked))


def _backs_a_proposal(context: SentenceContext, verb: re.Match[str]) -> bool:
    """Whether "supported", "backed", "favoured" alone state a stance: on a proposal, an idea, a creation …"""
    after = context.masked[verb.end():]
    return bool(BACKED.match(after)) and not VOTED_TEXT.match(after)


# a sentence that goes on with what the state's voice said in the sentence before ("They also warned …", "Its
# delegates further insisted …", "It was equally firm that …"): a pronoun or the state's voice opens it and an additive
# word says it goes on
GOING_ON = re.compile(r"^\s*(?:(?:It|They|She|He)|(?:Its|Their|His|Her)\s+(?:[\w-]+\s+)?(?:delegat\w*|diplomats?|"
                      r"representatives?|negotiators?|officials?|ambassadors?|envoys?|statements?)|"
                      # the state by its name or capital ("Kyiv has also urged …"; only the state's, see below)
                      r"(?:The\s+)?(?P<slot>\ue000\d+\ue001)(?:'s|’s)?(?:\s+(?:delegat\w*|diplomats?|representatives?|"
                      r"officials?))?)\s+"
                      r"(?:(?:has|have|had|were|was)\s+(?:been\s+)?)?(?:\w+ly\s+)?(?:also|further|likewise|equally|"
                      r"again|moreover|too|similarly|in\s+addition)\b")


# the state's voice set off by commas after the topic that opens the sentence: "Capacity building, they insist, must
# come first", "Attribution, Kathmandu argues, …" (the verb right after it, a comma right after the verb)
ASIDE_BEFORE = re.compile(rf"^\s*[^,;\ue000]{{2,60}},\s+(?:(?:the\s+)?{SLOT}|it|they|(?:its|their)\s+(?:delegat\w+|"
                          rf"diplomats?|officials?|representatives?|government))\s+(?:also\s+|further\s+|\w+ly\s+)?$",
                          re.IGNORECASE)


ASIDE_LEAD = re.compile(rf"^\s*[^,;\ue000]{{2,60}},\s+(?:(?:the\s+)?{SLOT}|it|they|(?:its|their)\s+\w+)\s+(?:\w+\s+)?\w+\s*,",
                        re.IGNORECASE)


def disowned(context: SentenceContext, at: int, actor: str) -> bool:
    """Whether what was said before ``at`` is disowned after it by the government, or by the actor's state named."""
    found = cues.DISOWNED.search(context.masked, at)
    if found is None:
        return False
    slot = SLOT_RE.search(found.group())
    if slot is None:
        return True
    key = context.view.mentions[int(slot.group(1))].key
    return bool(key) and (context.state_of(key) or key) == (context.state_of(actor) or actor)


def _aside(context: SentenceContext, verb: re.Match[str]) -> bool:
    return bool(ASIDE_BEFORE.match(context.masked[:verb.start()]) and re.match(r"\s*,", context.masked[verb.end():]))


# a forum named as the owner of a text ("welcomed the 2021 OEWG report", "the GGE's final report"): the text is
# cited, the forum is not where the stance was stated, and the sentence after it does not go on in that forum
FORUM_OUTPUT = re.compile(r"(?:['’]s)?\s+(?:(?:final|annual|consensus|progress|substantive|first|second|third)\s+)?"
                          r"(?:reports?|resolutions?|outcome|documents?|recommendations)\b", re.IGNORECASE)


# the state's voice opening a sentence, perhaps after the topic it speaks to ("On IHL, its delegates warned …"), right
# before its stance verb: the sentence after one that stated a stance in a forum goes on in that forum
NEXT_VOICE = re.compile(r"^\s*(?:On\s+[^,;]{2,80},\s+)?(?:(?:[Ii]t|[Tt]hey)|(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[\w-]+\s+)?(?:delegat\w*|"
                        r"diplomats?|representatives?|negotiators?|ambassadors?|envoys?)|(?:The\s+)?(?P<slot>\ue000\d+\ue001)"
                        r"(?:'s|’s)?(?:\s+(?:delegat\w*|diplomats?|representatives?))?)\s+"
                        r"(?:(?P<perfect>has|have)\s+|had\s+)?(?:\w+ly\s+)?"
                        # its caution on one topic told first: "They were more reserved on IHL, warning …"
                        r"(?:(?:were|was|is|are|has\s+been|have\s+been)\s+(?:more\s+|less\s+|rather\s+|somewhat\s+)?"
                        r"(?:reserved|cautious|guarded|circumspect|wary|hesitant)\s+(?:on|about|over|towards?)\s+[^,;]{2,80},\s+)?$")


NEXT_VOICE_LEAD = re.compile(r"\s*(?:On\s+[^,;]{2,80},\s+)?(?:[Ii]t|[Tt]hey|[Ii]ts|[Tt]heir|[Tt]he\s+(?:[\w-]+\s+)?delegat|"
                             r"(?:[Tt]he\s+)?\ue000)")


def _forum_going_on(context: SentenceContext, verb: int, aside: bool = False,
                    verb_start: int | None = None) -> tuple[Mention | None, str]:
    """(the forum of the sentence before, its year), when this one goes on with what was said there (see GOING_ON,
    ASIDE_BEFORE, NEXT_VOICE: in the present perfect the year is not carried) and that one stated a stance in it, or
    points back at it (see :func:`_forum_referred_back`); else (None, "")."""
    going_on = GOING_ON.match(context.masked[:verb])
    if not context.preceding.strip():
        return None, ""
    next_voice = None
    if not (aside or going_on):
        found, year = _forum_referred_back(context, verb)
        if found is not None or verb_start is None:
            return found, year
        next_voice = NEXT_VOICE.match(context.masked[:verb_start])
        if next_voice is None:
            return None, ""
        going_on = next_voice  # (in the present perfect its year is its own: a new statement, not the one before)
    if going_on and going_on.group("slot"):  # (another state's "also" is no going on: "Russia also argued …")
        mention = context.view.slot(going_on.group("slot"))
        if not mention.key or not (context.state_of(mention.key) or mention.kind == "state") or \
                context.state and (context.state_of(mention.key) or mention.key) != context.state:
            return None, ""
    last = context.sentence_before()
    if not STANCE.search(last):
        return None, ""
    hits = _forums_in(context, last)
    if not hits:
        return None, ""
    hit = min(hits, key=lambda h: h.start)
    entity = context.gazetteer.entities[hit.key]
    # a new statement in the present perfect has its own time ("It has argued …"); the narrative going on in the past
    # is the statement before ("On countermeasures, they argued …")
    return Mention(0, 0, hit.key, "name", "org", entity.label), \
        "" if next_voice and next_voice.group("perfect") else cues.clause_year(last)


def _forums_in(context: SentenceContext, last: str) -> list:
    """The forums a sentence names (UN processes, forums, bodies), not their reports or resolutions."""
    return [h for h in context.gazetteer.matches(last) if context.gazetteer.entities[h.key].kind == "org" and
            context.gazetteer.entities[h.key].cls in (CDO.UNProcess, CDO.Forum, CDO.OrganisationalBody) and
            not FORUM_OUTPUT.match(last, h.end)]


# a sentence that points back at the forum the sentence before named, by a place or a demonstrative: "Its delegates
# have argued there that …", "In those sessions its delegates argued …", "In its own interventions it stressed …"
BACK_REF_OPENING = re.compile(r"^\s*(?:In|At|During|Throughout)\s+(?:(?:those|these|that|this|such)|(?:its|their)\s+own)\s+"
                              r"(?:[\w-]+\s+)?(?:sessions?|meetings?|interventions?|statements?|debates?|discussions?|"
                              r"negotiations?|talks|rounds?|deliberations|consultations)\b")
# (not "told that meeting": a meeting the reference data doesn't know would be taken for the body that held it)
BACK_REF_AFTER = re.compile(r"\s+there\b(?!\s+(?:is|are|was|were|has|have|had|would|could|should|must|might|may|can|"
                            r"will|exist\w*|remain\w*|be)\b)")
BACK_REF = re.compile(r"^\s*(?:In|At|During|Throughout)\s+(?:those|these|that|this|such|its\s+own|their\s+own)\s|"
                      r"\bthere\b")


def _forum_referred_back(context: SentenceContext, verb: int) -> tuple[Mention | None, str]:
    """(the last forum the sentence before names, its year), when this sentence points back at it: it opens with
    "In those sessions" or "In its own interventions", or its verb goes on with "there"."""
    if not (BACK_REF_OPENING.match(context.masked) or BACK_REF_AFTER.match(context.masked, verb)):
        return None, ""
    last = context.sentence_before()
    hits = _forums_in(context, last)
    if not hits:
        return None, ""
    hit = max(hits, key=lambda h: h.start)
    entity = context.gazetteer.entities[hit.key]
    return Mention(0, 0, hit.key, "name", "org", entity.label), cues.clause_year(last)


# a paper's publication, not a stance: "a 2021 position paper submitted to the OEWG", "submitted its national views"
PAPER = r"(?:position|paper|statement|views|submission|contribution|document|replies|answers)"
PUBLISHING = re.compile(r"submitted|put\s+forward|propos\w+|tabled|present\w+")
PAPER_BEFORE = re.compile(rf"\b{PAPER}s?(?:\s*\([^)]*\))?,?\s+(?:was\s+|were\s+)?$", re.IGNORECASE)
PAPER_AFTER = re.compile(rf"\s+(?:(?:a|an|its|their|the|his|her|national|first|new|two|three|both|several|\w+’s|\w+'s|{cues.YEAR})\s+){{1,3}}"
                         rf"(?:[\w-]+\s+){{0,2}}?{PAPER}s?\b", re.IGNORECASE)


def _publishes_paper(context: SentenceContext, verb: re.Match[str]) -> bool:
    """Whether a stance-like verb publishes a paper on international law (the national position rules read it)."""
    if not PUBLISHING.fullmatch(verb.group()) or not re.search(r"\binternational law\b", context.view.text, re.I):
        return False
    return bool(PAPER_BEFORE.search(context.masked[:verb.start()]) or PAPER_AFTER.match(context.masked, verb.end()))


# a stance told in the passive through the speaker's own statement in a forum: "The main elements were restated in a
# Chilean submission to the OEWG in 2021"
PASSIVE_IN = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+|also\s+|later\s+)?(?:restated|reiterated|repeated|"
    rf"set\s+out|expressed|outlined|summari[sz]ed|stated|presented|echoed|defended|advanced|voiced)\s+(?:\w+\s+)?in\s+"
    rf"(?:(?:a|an|its|their|the|one)\s+)?(?:(?:joint|written|national|later|{cues.YEAR})\s+)?(?:the\s+)?{SLOT}(?:'s|’s)?\s+"
    rf"(?:[\w-]+\s+)?(?:submissions?|statements?|contributions?|interventions?|remarks|speech)\s+(?:at|to|in|before)\s+"
    rf"(?:the\s+)?{SLOT}")


def _passive_positions(context: SentenceContext) -> list[Finding]:
    findings = []
    for found in PASSIVE_IN.finditer(context.masked):
        speaker, forum = context.view.mentions[int(found.group(1))], context.view.mentions[int(found.group(2))]
        actor = context.state_of(speaker.key) if speaker.key else ""
        start, _ = context.clause_of(found.start())
        if not actor or not _is_forum(context, forum) or context.state and actor != context.state or \
                cues.is_negated(context.masked[start:found.start()]):
            continue
        year = WHEN.search(context.masked, found.end())
        fact = Fact("position", actor, forum.key, year.group(1) if year else "",
                    statement=_statement(context, 0, len(context.masked)),
                    topics=policy_topics(_statement(context, 0, len(context.masked))))
        findings.append(_finding(context, fact, "position.passive", False, Decimal("0.75")))
    return findings


def _reports_own_paper(context: SentenceContext, said: int) -> bool:
    """Whether what a state said is how its own national paper stands ("that work on one had begun", "that a national
    position was being drafted", "that it will publish its views in 2025"): the national-paper rules read that."""
    from cdkg.extraction import international_law as law  # (that module builds on this one)
    content = context.masked[said:]
    cue = law.PLANNED.search(content) or law.PUBLISHED.search(content)
    if cue is None:
        return False
    return bool(law.OWN_POSITION.search(content) or law.REFERS_BACK.search(content) or
                re.search(r"\b(?:position|paper|statement|views)\b[^.;]{0,60}\binternational\s+law\b", content))


def _is_state(context: SentenceContext, key: str) -> bool:
    """Positions are states': an organisation's statement (the EU's, the AU's) is no state's position."""
    entity = context.gazetteer.entities.get(key)
    return entity is not None and entity.kind == "state"


def _someone_elses(context: SentenceContext, start: int, verb: int) -> bool:
    """Whether the stance verb belongs to a relative clause about a thing ("the EU statement, which stressed") or
    to another actor's view the subject reports ("Portugal noted that Russia had called for")."""
    before = context.masked[start:verb]
    relative = RELATIVE_SUBJECT.search(before)
    if relative:  # the antecedent: a state, or a thing of the state's own ("its replies, which affirm")
        head = context.masked[:start + relative.start()].rstrip(" ,")
        chunk = re.split(r"[;,]", head)[-1]
        papers = list(re.finditer(rf"((?:\S+\s+){{0,3}}){PAPER}s?\b", chunk, re.IGNORECASE))
        if papers:  # "a 2021 paper submitted to the OEWG, which insists": the paper's owner, if any, speaks
            owners = context.view.slots_in(papers[-1].group(1))
            return bool(owners) and owners[-1].kind != "state"
        phrase = re.split(r"[;,]|\b(?:with|to|and|by|on|of)\s+", head)[-1]
        owners = context.view.slots_in(phrase)
        if owners:
            return owners[-1].kind != "state"
        return not re.search(r"\b(?:its|their|his|her)\b", phrase)
    reported = REPORTED_SUBJECT.search(before)
    if reported:
        subject, _, _ = context.subject_in(start, verb)
        speaker = context.view.slot(reported.group())
        return bool(speaker.key) and (context.state_of(speaker.key) or speaker.key) != subject
    return False


WHEN = re.compile(rf"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-)\s*)?(?:{cues.MONTH}\s+)?({cues.YEAR})\b(?!\s*-)")


# a statement dated by its own words: "in its 2023 statement to the OEWG", "Lisbon's 2022 submission"
DATED_STATEMENT = re.compile(rf"\b({cues.YEAR})\s+(?:[\w-]+\s+)?(?:statements?|submissions?|interventions?|remarks|"
                             rf"repl(?:y|ies)|answers?|responses?|"
                             rf"speech|address|contributions?|session|meeting|debate|round)\b")
# ... or dated after them: "in its OEWG statements of 2022", "its interventions from 2023"
STATEMENTS_OF = re.compile(rf"\b(?:statements?|submissions?|interventions?|remarks|contributions?)\s+(?:of|from)\s+"
                           rf"({cues.YEAR})\b(?!\s*-)")


def _when(context: SentenceContext, start: int, verb: re.Match[str]) -> str:
    """The year the position was stated: "in 2023" in its clause up to what was said ("that …")."""
    said = re.search(r"\bthat\b", context.masked[verb.end():])
    end = verb.end() + said.start() if said else context.clause_of(verb.start())[1]
    begin = 0 if start <= max(context.intro_end, _participle_intro(context.masked)) else start
    found = WHEN.search(context.masked, begin, end) or DATED_STATEMENT.search(context.masked, begin, end) or \
        STATEMENTS_OF.search(context.masked, begin, end) or \
        re.match(rf",\s*(?:in|during)\s+(?:{cues.MONTH}\s+)?({cues.YEAR})\s*,", context.masked[verb.end():])
    if found is None and begin > 0:  # a clause the sentence's opening forum frames: that opening's year ("In OEWG
        opening = VENUE_INTRO.match(context.masked)  # statements in 2022, its delegates held …; they also warned")
        stop = context.masked.find(",", opening.end()) if opening else -1
        if opening and 0 <= stop - opening.end() <= 40:
            found = WHEN.search(context.masked, 0, stop)
    return found.group(1) if found else ""  # ("advocated, in 2023, a fund …")


def _in_document(context: SentenceContext, actor: str, document: Entity, verb: int, indirect: bool) -> Finding:
    statement = _statement(context, verb, len(context.masked))
    year = re.search(rf"-({cues.YEAR})$", document.key)
    fact = Fact("positionIn", actor, document.key, year.group(1) if year else "", statement=statement,
                topics=policy_topics(statement))
    found = _finding(context, fact, "position.in-answer", indirect, Decimal("0.8"))
    found.entities = [document]
    return found


def _position(context: SentenceContext, actor: str, forum: Mention, verb: int, indirect: bool,
              year: str = "") -> Finding:
    statement = _statement(context, verb, len(context.masked))
    fact = Fact("position", actor, forum.key, year, statement=statement, topics=policy_topics(statement))
    return _finding(context, fact, "position.stated", indirect, Decimal("0.8"))



def stated_positions(context: SentenceContext) -> list[Finding]:
    """What :func:`positions` reads in the sentence, remembered for the sentence: the law-position rule asks for the
    stance rows again (it only reads them), and reading them twice cost a second pass of the stance rules."""
    found = context._memo.get("positions")
    if found is None:
        found = context._memo["positions"] = positions(context)
    return list(found)


RULES = [stated_positions]
