"""Positions stated in a forum: "Under the auspices of the OEWG, Canada has argued that …".

A position needs a stance verb (argued, stressed, called for, welcomed …), an actor and a
forum named where positions are stated, never inside what was said:

* an introductory phrase: "In the OEWG, X stated …", "At the UN GGE, the Norwegian delegation stressed …";
* the speaker's role: "The Canadian representative at the OEWG has also highlighted …";
* a place after the verb and before any "that": "welcomed the inclusion of CBMs in the GGE reports".

"Australia argued that CCB should be part of the UN's agenda" names the UN as the topic, not the
venue, and gives nothing. Negated or hedged stances ("is expected to argue") give nothing either.
"""

from __future__ import annotations

import re
from decimal import Decimal

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention
from cdkg.extraction.relations import _finding
from cdkg.extraction.topics import policy_topics
from cdkg.facts import Fact
from cdkg.vocabulary import CDO

STANCE = re.compile(
    r"\b(?:argu(?:ed|es|ing)|stat(?:ed|ing)|sa(?:id|ys)|stress(?:ed|es|ing)|highlight(?:ed|s|ing)|"
    r"emphasi[sz](?:ed|es|ing)|underlin(?:ed|es|ing)|call(?:ed|s|ing) for|urg(?:ed|es|ing)|advocat(?:ed|es|ing)|"
    r"welcom(?:ed|es|ing)|not(?:ed|es|ing) that|caution(?:ed|s|ing)|insist(?:ed|s|ing)|reiterat(?:ed|es|ing)|"
    r"(?:re)?affirm(?:ed|s|ing)|warn(?:ed|s|ing)|express(?:ed|es|ing) (?:its |their )?(?:support|concern|opposition)|"
    r"champion(?:ed|s|ing)|voic(?:ed|es|ing)|put(?:s)? forward|submitted|proposed that|"
    r"oppos(?:ed|es|ing)|reject(?:ed|s|ing)|press(?:ed|es|ing) for|push(?:ed|es|ing) for|"
    r"float(?:ed|s|ing)|propos(?:ed|es|ing)|object(?:ed|s|ing) to|resist(?:ed|s|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing))\b"
)
VENUE_INTRO = re.compile(
    rf"\b(?:[Ii]n|[Aa]t|[Ww]ithin|[Dd]uring|[Bb]efore|[Tt]o|[Uu]nder the auspices of|[Ii]n the framework of|"
    rf"[Ii]n the context of|[Ii]n (?:its|their) (?:statements?|submissions?|contributions?) (?:to|at))\s+"
    rf"(?:the\s+)?(?:(?:{cues.YEAR}|latest|current|recent|first|second|third|sixth)\s+)?{SLOT}"
)
ROLE = (r"(?:permanent\s+|official\s+)?(?:representatives?|delegations?|delegates?|ambassadors?|envoys?|missions?|"
        r"statements?|submissions?|negotiators?|diplomats?)")
ROLE_AT = re.compile(rf"(?:the\s+)?{SLOT}(?:'s)?\s+{ROLE}\s+(?:at|to|in|before)\s+(?:the\s+)?{SLOT}")
ROLE_ONLY = re.compile(rf"(?:the\s+)?{SLOT}(?:'s)?\s+{ROLE}\b")
VENUE_AFTER = re.compile(
    rf"^(?:(?!\bthat\b)[^\"\ue000])*?\b(?:at|in|within|to|before|during)\s+(?:the\s+)?"
    rf"(?:(?:{cues.YEAR}|latest|recent)\s+)?{SLOT}"
)
HINT = re.compile(r"argu|stated|stating|sa(?:id|ys)|stress|highlight|emphasi|underlin|calls? for|called for|urg|advoca|"
                  r"welcom|noted|notes|noting|caution|insist|reiterat|affirm|warn|express|champion|voic|put|submitted|"
                  r"proposed that|oppos|reject|press|push|float|propos|object|resist|criticis|criticiz")


def _is_forum(context: SentenceContext, mention: Mention) -> bool:
    """An organisation or forum where states speak: not an agency or CERT of one state."""
    entity = context.gazetteer.entities.get(mention.key)
    if entity is None or entity.kind != "org" or entity.cls in (CDO.GovernmentAgency, CDO.CERT):
        return False
    return not context.state_of(mention.key)


def _actor(context: SentenceContext, mention: Mention) -> str:
    return context.state_of(mention.key) or mention.key


def _speaker(context: SentenceContext, start: int, verb: int) -> tuple[str, Mention | None, bool]:
    """(actor, forum named with the speaker's role or None, indirect?) for a stance verb at ``verb``."""
    before = context.masked[start:verb]
    for pattern in (ROLE_AT, ROLE_ONLY):
        found = pattern.search(before)
        if found:
            speaker = context.view.slot(found.group())
            forum = context.view.mentions[int(found.group(2))] if pattern is ROLE_AT else None
            if speaker.kind in ("state", "org") and speaker.key:
                return _actor(context, speaker), forum, speaker.form == "coref"
    subject, _, indirect = context.subject_in(start, verb)
    return subject, None, indirect


def _venue(context: SentenceContext, start: int, end: int, verb_end: int, role_forum: Mention | None) -> Mention | None:
    """The forum where the position was stated (role, then introductory phrase, then after the verb)."""
    if role_forum is not None:
        return role_forum
    candidates = []
    intro = VENUE_INTRO.search(context.masked, 0, context.intro_end) if start == 0 else None
    if intro:
        candidates.append(context.view.slot(intro.group()))
    after = VENUE_AFTER.search(context.masked[verb_end:end])
    if after:
        candidates.append(context.view.slot(after.group()))
    return next((m for m in candidates if _is_forum(context, m)), None)


def _statement(context: SentenceContext, start: int, end: int) -> str:
    """The words of the position, mentions written out."""
    def name(found: re.Match[str]) -> str:
        return context.view.mentions[int(found.group(1))].text
    return SLOT_RE.sub(name, context.masked[start:end]).strip(" ,;.")


def _by_topic(statement: str) -> list[tuple[str, set]]:
    """The statement with the cyber-diplomacy topics it speaks of."""
    return [(statement, policy_topics(statement))]


def positions(context: SentenceContext) -> list[Finding]:
    """Positions an actor stated in a forum (see the module docstring)."""
    if not any(m.kind == "org" for m in context.view.mentions) or not HINT.search(context.masked):
        return []
    findings, seen = [], set()
    for verb in STANCE.finditer(context.masked):
        start, end = context.clause_of(verb.start())
        before = context.masked[max(start, context.intro_end if start == 0 else start):verb.start()]
        if cues.clause_status(before, "") in cues.UNACCOMPLISHED:
            continue
        actor, role_forum, indirect = _speaker(context, start, verb.start())
        forum = _venue(context, start, end, verb.end(), role_forum)
        if not actor or forum is None or forum.key == actor or (actor, forum.key) in seen:
            continue
        seen.add((actor, forum.key))
        statement = _statement(context, verb.start(), len(context.masked))
        for words, topics in _by_topic(statement):
            fact = Fact("position", actor, forum.key, statement=words, topics=topics)
            findings.append(_finding(context, fact, "position.stated", indirect, Decimal("0.8")))
    return findings


RULES = [positions]
