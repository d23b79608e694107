"""International law: a state's national position on how it applies in cyberspace, and what it says.

* **the national position** is a document (cdo:NationalPosition) keyed by its state, so that every
  sentence of a profile speaks of the same one: "published its position on international law in
  2019" (Published), "is expected to publish one in 2026", "intends to draft one" (Planned); "has not
  published" gives nothing; a forum it was presented to ("presented to the OEWG") is recorded too;
* **positions in it**: a sentence about sovereignty, non-intervention, due diligence, IHL, data as a
  civilian object, the use of force, countermeasures, attribution or state responsibility, with no forum
  where it was said, is the state's position in its national paper, one finding per topic with the words
  about it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from rdflib import URIRef

from cdkg.extraction import cues, positions
from cdkg.extraction.context import SENTENCE_END, Finding, SentenceContext
from cdkg.extraction.discovery import slugify
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention, trim_name
from cdkg.extraction.prefilter import may_match, may_match_any, prefiltered_search
from cdkg.extraction.relations import _finding
from cdkg.extraction.topics import LAW_TOPICS, NEGATIVE_TOPIC, POLICY_TOPICS, topic_spans, topic_statements
from cdkg.extraction.un import _actor_state, _state_subject, once
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

INTERNATIONAL_LAW = re.compile(r"\binternational law\b|\blegal (?:views?|position)\b|"
                               r"\binternational legal (?:order|framework|rules|obligations)\b", re.IGNORECASE)
POSITION_NOUN = re.compile(
    r"\b(?:position|positions|statement|paper|views?|contribution|document|report|address|speech|submission)\b",
    re.IGNORECASE,
)
PUBLISHED = re.compile(
    r"\b(?:publish(?:ed|es)|present(?:ed|s)|releas(?:ed|es)|issu(?:ed|es)|set\s+out|sets\s+out|submitt(?:ed)|"
    r"made\s+public|followed|dat(?:es|ing)\s+from|is\s+contained|was\s+contained|annexed|adopted|outlined|laid\s+(?:out|down)|delivered|"
    r"set\s+forth|articulated|shared|unveiled|produced|updated|revised|developed|elaborated|expanded|restated|"
    r"reaffirmed|contribut(?:ed|es)|provided|explained|detailed|clarified|tabled|gave|expressed|reflected|stated|"
    r"described|summari[sz]ed|captured|documented|recorded|enshrined|spel(?:led|t)\s+out|put\s+forward|communicated|"
    r"transmitted|circulated|posted|appeared|came\s+out|distributed|formulated|codified|conveyed|included|"
    r"incorporated|compiled|reproduced|"
    r"(?:first|earliest|only|few)\s+(?:[\w-]+\s+){0,3}?to\s+(?:publish|set\s+out|issue|present|release))\b",
    re.IGNORECASE,
)
PLANNED = re.compile(
    r"\b(?:intends?\s+to|plans?\s+to|(?:plans?|is\s+planning|are\s+planning)\s+(?:a|an|one)\b|is\s+(?:expected|due|set|preparing)\s+to|(?:is|are)\s+(?:being\s+)?"
    r"(?:drafted|prepared|considered)|being\s+drafted|will\s+(?:publish|present|release|prepare|draft)|"
    r"consider(?:s|ing)\s+(?:a|one|an|publishing|drafting)|prepar(?:e|ing)\s+(?:one|a|its)|draft\s+one|"
    r"work(?:s|ing)?\s+on\s+(?:one|a|its)|work\s+(?:is\s+)?(?:under\s*way|ongoing)|"
    r"(?:is|are)\s+(?:currently\s+|now\s+|\w+ly\s+)?(?:drafting|developing|preparing|"
    r"finali[sz]ing|elaborating)|(?:is|are)\s+(?:currently\s+|now\s+)?(?:under|in)\s+(?:preparation|development|"
    r"elaboration)|being\s+(?:prepared|developed|elaborated)|(?:would|will)\s+(?:publish|present|release|prepare|draft|"
    r"develop|adopt|issue)|in\s+the\s+process\s+of\s+(?:drafting|preparing|developing|elaborating)|"
    r"(?:has|have)\s+(?:started|begun|launched|initiated)\s+(?:drafting|preparing|work|developing)|"
    r"announced\s+(?:plans|its\s+intention)|will\s+follow|in\s+the\s+pipeline|"
    r"work(?:s|ing|ed)?\s+towards?\s+(?:a|an|its|their)\b|expects?\s+to\s+(?:finali[sz]e|complete|issue|set\s+out|share)|"
    r"(?:will|would)\s+(?:set\s+out|share|submit|finali[sz]e|complete|make\s+public|articulate)|"
    r"(?:will|would)\s+(?:soon\s+|later\s+)?be\s+(?:drafted|prepared|"
    r"developed|published|issued|adopted|released|presented|revisited|revised|updated|supplemented)|"
    r"(?:version|edition|update|addendum|supplement)\s+(?:is\s+|was\s+)?(?:\w+ly\s+)?planned|(?:is|are)\s+(?:yet\s+)?to\s+(?:follow|come)|expects?\s+to\s+(?:publish|adopt|release|present)|"
    r"(?:is|are|was)\s+(?:\w+ly\s+)?expected\s+(?:from|in|by|later|soon|next)|in\s+(?:preparation|the\s+works)|"
    r"under\s+(?:preparation|development|consideration|way)|announced\s+work\s+on|(?:is|are|was)\s+planned|"
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:foreseen|envisaged|scheduled)|"
    r"(?:decided|agreed|committed|pledged|undertook|undertaken|promised|vowed|(?:has|have)\s+undertaken)\s+to\s+"
    r"(?:publish|prepare|draft|develop|adopt|issue|set\s+out|present|release|produce|articulate|share|submit)|"
    r"(?:commissioned|tasked|asked|mandated|instructed|charged)\s+(?:[\w-]+\s+){0,4}?(?:to\s+|with\s+)"
    r"(?:draft|prepar|develop|writ|elaborat)\w*)\b",
    re.IGNORECASE,
)
STANCE = re.compile(
    r"\b(?:regards?|holds?|affirms?|maintains?|considers?|argues?|states?|recognises?|recognizes?|accepts?|rejects?|"
    r"treats?|describes?|views?|sees?|insists?|stresses?|applies|apply|is|are|must|should|may|leaves|takes?|"
    r"reads?|notes?|says?|endorses?|acknowledges?|"
    r"regarded|held|holding|affirmed|maintained|considered|argued|stated|recogni[sz]ed|accepted|accepting|rejected|"
    r"rejecting|treating|describing|adds?|treated|described|viewed|saw|insisted|stressed|applied|took|noted|said|"
    r"endorsed|acknowledged|"
    r"restated|added|conceded|concluded|found|denied|disputed|questioned|subscribes?|subscribed|shares?|shared|"
    r"asserts?|asserted|contends?|contended|emphasi[sz]es|emphasi[sz]ed|underlines?|underlined|declares?|declared|"
    r"stipulates?|stipulated|posits?|posited|clarifies|clarified|specifies|specified)\b",
    re.IGNORECASE,
)
# a title in double quotes, in single quotes (an apostrophe inside it stands before a letter: 'The Republic of
# Ruritania's position on …'), or capitalised around "International Law"
SINGLE_QUOTED = r"(?<![\w'’])['‘]([A-Z](?:[^'’‘.;\"]|['’](?=[a-z])){7,119})['’](?!\w)"
TITLE = re.compile(r"[“\"]([^”\"]{8,120})[”\"]|\b((?:[A-Z][\w’'-]*\s+){0,8}?(?:International Law|international law)"
                   r"(?:\s+(?:in|to|on|and)\s+(?:[A-Z][\w-]*|the)(?:\s+[A-Z][\w-]*)*)*)|" + SINGLE_QUOTED)
# what makes a clause not say that something happened (narrower than the shared status reader: a state that
# "considers that due diligence is binding" holds a view, it plans nothing)
HEDGE = re.compile(r"\b(?:will|would|plans?|planned|intends?|expected|aims?\s+to|hopes?\s+to|is\s+to|may\s+soon|"
                   r"promised|pledged|vowed|committed\s+to|undert(?:ook|aken))\b",
                   re.IGNORECASE)
DEFAULT_LABEL = "national position on international law in cyberspace"
LAW_PATTERNS = tuple(pattern for pattern, topic in POLICY_TOPICS if topic in LAW_TOPICS)


PAPER_NOUN = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|her|his|national|[Aa]|[Aa]n|[Tt]he|[A-Z][\w]*(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>position\s+paper|position|statement|paper|views|contribution|submission|address|speech|letter|declaration|addendum|"
    r"supplement)"
    r"(?P<rest>(?:\s+(?:to|on|at|in|for|of|annexed|regarding|concerning)\b(?:(?!\b(?:its|their|is|was|were|are|has|have|had|came|appeared|"
    r"would|will|could|should|may|might|being|"
    r"remains?|followed)\b|\bin\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:letter|paper|statement|submission|speech|address)\b)"
    r"[^,;]){0,90})?)",
)


def paper_key(context: SentenceContext, state: str, year: str) -> str:
    """The key of a state's national position on international law: one per state and year of publication
    (a planned or undated paper has none)."""
    entity = context.gazetteer.entities.get(state)
    slug = entity.slug if entity else slugify(state)
    return f"document/{slug}-position-on-international-law" + (f"-{year}" if year else "")


def _title(text: str) -> str:
    """A capitalised title of the paper ("International Law Applied to Operations in Cyberspace"), or ''."""
    for match in TITLE.finditer(text):
        name = (match.group(1) or match.group(2) or match.group(3) or "").strip()
        name, _ = trim_name(name, 0)
        if len(name.split()) >= 4 and name[:1].isupper() and "International Law" in name or match.group(1) or \
                match.group(3) and re.search(r"\binternational\s+law\b", name, re.IGNORECASE):
            return name
    return ""


SPEECH = re.compile(r"\b(?P<noun>speech|address|lecture|remarks)\b")
SPEAKER = re.compile(
    r"\b(?P<who>(?:President|Prime\s+Minister|(?:Foreign\s+|Defen[cs]e\s+|Deputy\s+)?Minister|Attorney[- ]General|General\s+Counsel|"
    r"(?:Foreign\s+|Defen[cs]e\s+)?Secretary(?:\s+of\s+State)?|Ambassador|Chancellor|Legal\s+Adviser|"
    r"(?:foreign|defen[cs]e|prime|justice)\s+minister(?=,\s+[A-Z])|attorney[- ]general(?=,\s+[A-Z]))"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?(?:,?\s+[A-Z][\w’'-]+){0,3})")
OCCASION = re.compile(r"\b(?:at|to|before)\s+(?:the\s+)?(?P<where>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})")


def _speech_label(text: str) -> str:
    """A speech or address named by its speaker and occasion ("Attorney General's Chatham House speech"), or ''."""
    speech = SPEECH.search(text)
    speaker = SPEAKER.search(text)
    if speech is None or speaker is None:
        return ""
    occasion = OCCASION.search(text, speech.start())
    where = occasion.group("where") if occasion else ""
    where = re.sub(r"\s+(?:[Cc]onference|[Ss]ummit|[Ss]ession|[Mm]eeting)$", "", where)
    who = re.sub(r",", "", speaker.group("who"))
    return " ".join(w for w in (f"{who}’s", where, speech.group("noun")) if w)


def _speech_names(text: str) -> set[str]:
    """Shorter names of a speech named by its speaker and occasion: "<speaker>’s speech" (the speaker's name
    without the title, too) and "<occasion> speech"."""
    speech, speaker = SPEECH.search(text), SPEAKER.search(text)
    if speech is None or speaker is None or _title(text):
        return set()
    noun, who = speech.group("noun"), re.sub(r",", "", speaker.group("who"))
    occasion = OCCASION.search(text, speech.start())
    names = {f"{who}’s {noun}"}
    person = re.sub(r"^(?:(?:President|Prime|Minister|Foreign|Defen[cs]e|Deputy|Attorney[- ]General|Secretary|of|for|the|"
                    r"State|Ambassador|Chancellor|Legal|Adviser|Affairs|Interior|Justice|[Mm]inister|"
                    r"[a-z]+)\s+)+", "", who)
    if person and person != who:
        names.add(f"{person}’s {noun}")
    if occasion:
        where = re.sub(r"\s+(?:[Cc]onference|[Ss]ummit|[Ss]ession|[Mm]eeting)$", "", occasion.group("where"))
        names.add(f"{where} {noun}")
    return names


def _label(text: str) -> str:
    """What a paper is called: its title, else the words naming it ("national contribution to the official
    compendium …", a possessive read as "national"), else a generic name."""
    title = _title(text)
    if title:
        return title
    found = [m for m in PAPER_NOUN.finditer(text) if m.group("rest").strip()]
    # the paper named by what it is about wins over a later re-description ("a national paper on the application of
    # international law to ICTs, its first formal statement on the subject") and over a compendium a version of it
    # went to (but "set out its views … in its contribution to the compendium" is that contribution)
    # (views are what a paper sets out, not a paper: "set out its views on international law … in a letter to …")
    on_law = [m for m in found if ABOUT_LAW.search(m.group("rest")) and m.group("noun") != "views"]
    if on_law and not _speech_label(text) and not any("compendium" in m.group("rest").lower() for m in found):
        return _paper_label(on_law[0])
    if re.search(r"\bcompendium\b", text, re.IGNORECASE):  # the compendium of national contributions (A/76/136)
        forum = "GGE " if re.search(r"\bGGE\b|Governmental Experts|A/76/136", text) else ""
        symbol = re.search(r"\bA/\d{2}/\d{1,3}\b", text)
        return f"national contribution to the {forum}compendium" + (f" ({symbol.group()})" if symbol else "")
    speech = _speech_label(text)
    if speech:
        return speech
    if not found:
        further = FURTHER_PAPER.search(text)
        return further.group("np") if further else DEFAULT_LABEL
    return _paper_label(found[-1])


ABOUT_LAW = re.compile(r"\binternational\s+(?:humanitarian\s+)?law\b", re.IGNORECASE)


def _paper_label(match: re.Match[str]) -> str:
    """A paper's name from the words naming it, a possessive read as "national", its date left out."""
    rest = re.sub(rf"\s+(?:(?:in|on)\s+(?:{cues.MONTH}\s+)?{cues.YEAR}|dated|of\s+\d{{1,2}}\s+{cues.MONTH}|"
                  rf"(?:in|on)\s+\d{{1,2}}\s+{cues.MONTH}).*$", "", match.group("rest")).strip()
    # what sets the paper apart stays in its name ("an updated position on data and IHL")
    before_noun = match.group()[:match.start("noun") - match.start()].split()[1:]
    kinds = [w for w in before_noun if re.fullmatch(FURTHER, w, re.IGNORECASE) and w.lower() != "national"]
    return " ".join(w for w in ("national", *kinds, match.group("noun"), rest) if w).rstrip(" .")


def _document(context: SentenceContext, state: str, text: str, year: str = "") -> Entity:
    key = paper_key(context, state, year)
    known = context.gazetteer.entities.get(key)
    if known is not None:
        return known
    label = _label(text) if text else DEFAULT_LABEL
    # whatever its title or occasion, it is the state's national position on international law in cyberspace (and a
    # speech is also its speaker's speech and the occasion's speech, as readers name it by either)
    names = ({DEFAULT_LABEL} if label != DEFAULT_LABEL else set()) | (_speech_names(text) if text else set())
    return Entity(key=key, label=label, kind="document", cls=CDO.NationalPosition, names=names - {label})


OWN_POSITION = re.compile(
    rf"(?:\b(?:national|its|their|own)|{SLOT}(?:'s|’s)?|\b\w+(?:'s|’s))\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:position|statement|paper|views?|contribution|submission|approach|stance|understanding|interpretation|"
    r"thinking|reading)s?\b"
    r"|\b(?:a|an|its|their|national|updated|new|first|own)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:position|statement|paper|views?|contribution|document|speech|address|submission|declaration)\s+"
    r"(?:on|regarding|concerning|about)\s+"
    r"(?:how\s+|the\s+(?:application|applicability)\s+of\s+)?international\s+law\b"
    # a paper on one question of how international law applies ("an updated position on data and IHL")
    r"|\b(?:a|an|its|their|national|updated|new|revised|further|second)\s+(?:[\w-]+\s+){0,2}?(?:position|statement|"
    r"paper|views?|addendum|supplement)\s+on\s+(?:[\w-]+\s+){0,4}?(?:IHL|international\s+humanitarian\s+law|sovereignty|due\s+diligence|"
    r"countermeasures|state\s+responsibility)\b"
    r"|\b(?:two|three|both|several)\s+(?:[\w-]+\s+){0,2}?(?:position|statement|paper|contribution|submission)s\s+"
    r"(?:on|regarding|concerning)\s+(?:how\s+|the\s+(?:application|applicability)\s+of\s+)?international\s+law\b"
    r"|\b(?:national|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:contribution|statement|paper|submission|position)\s+to\s+"
    r"the\s+(?:[\w-]+\s+){0,3}?compendium\b"
    r"|\bhow\s+(?:it|they|the\s+government|\w+)\s+(?:considers?|believes?|sees?|understands?|holds?|thinks?|"
    r"interprets?)\s+(?:that\s+)?"
    r"(?:existing\s+)?international\s+law\s+(?:to\s+)?appl"
    r"|\b(?:a|the)\s+(?:second|new|further|later|subsequent|follow-up)\s+(?:speech|address|statement|paper)\b"
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:position|paper|statement|document)\s*,?\s*(?:entitled\s+|titled\s+)?[“\"]|\b(?:entitled|titled)\s+['‘](?=[A-Z])"
    # a quoted title that says it is a position on international law ("made public the “Basic Position of the
    # Government on International Law Applicable to Cyber Operations”")
    r"|[“\"](?![^”\"]*\b(?:common|joint|declaration|manual)\b)[^”\"]{0,80}\b(?:positions?|views|statement|approach|paper)\b"
    r"[^”\"]{0,80}\binternational\s+law\b[^”\"]{0,80}[”\"]"
    r"|[“\"](?![^”\"]*\b(?:common|joint|declaration|manual)\b)[^”\"]{0,40}\binternational\s+law\b[^”\"]{0,80}"
    r"\b(?:positions?|views|statement|approach|paper)\b[^”\"]{0,40}[”\"]",
    re.IGNORECASE,
)
# a further paper, told by what sets it apart from the one the sentence spoke of ("considering a more detailed
# stand-alone statement", "plans a separate national paper")
FURTHER = (r"(?:more|fuller|detailed|stand-?alone|separate|comprehensive|dedicated|national|formal|new|updated|revised|"
           r"second|further|expanded|full|longer|official|public|own)")
FURTHER_PAPER = re.compile(rf"\b(?:a|an)\s+(?P<np>(?:{FURTHER}\s+){{1,3}}(?:paper|position|statement|document))\b",
                           re.IGNORECASE)
REFERS_BACK = re.compile(rf"\b(?:one|a\s+(?:paper|position|statement|document|draft)|an?\s+(?:[\w-]+\s+)?(?:addendum|supplement)|an?\s+(?:{FURTHER}\s+){{1,3}}"
                         r"(?:paper|position|statement|document)|such\s+a\s+(?:paper|position|document)|"
                         r"(?:the|this|that|its)\s+(?:national\s+)?(?:position|paper|statement|views)\s+(?:was|were|has\s+been|"
                         r"have\s+been)\s+(?:\w+ly\s+|later\s+|since\s+)?(?:updated|revised|expanded|supplemented|refined|"
                         r"restated)|"
                         r"do\s+so|an?\s+(?:revised|new|updated|second|fuller|further|expanded)\s+(?:version|edition|"
                         r"paper|position|statement))\b",
                         re.IGNORECASE)
LEGAL_VIEWS = re.compile(r"\blegal\s+(?:position|views?|statement)|\bposition\s+paper\b|\bcompendium\b", re.IGNORECASE)
POSITION_BEFORE = re.compile(r"(?:\b(?:national|its\s+own|its|the|a|an)\s+|\w(?:'s|’s)\s+)(?:[\w’'-]+\s+)?"
                             r"(?:position|statement|paper|views)\b[^.]*"
                             r"\binternational\s+law\b|\binternational\s+law\b[^.]*\b(?:position|statement|paper|views)\b",
                             re.IGNORECASE)


# a paper whose quoted title says it holds positions ("China's Positions on International Rules-making in Cyberspace")
TITLED_POSITION = re.compile(r"[“\"][^”\"]{0,60}\b(?:Positions?|Views|Statement|Approach)\b[^”\"]{0,80}[”\"]")


def _speaks_of_own_position(context: SentenceContext, clause: str) -> bool:
    """Whether the clause names the state's own paper on international law (in a sentence about international
    law), or refers back ("one", "a paper") to the one the sentence before spoke of."""
    if OWN_POSITION.search(context.written_out(clause)) and (
            INTERNATIONAL_LAW.search(context.view.text) or LEGAL_VIEWS.search(context.view.text) or
            TITLED_POSITION.search(context.view.text) or INTERNATIONAL_LAW.search(context.preceding)):
        return True  # (the clause's own words first, the paragraph before it last: the cheapest answer first)
    return bool(REFERS_BACK.search(clause) and POSITION_BEFORE.search(_last_sentence(context) + " " + context.view.text))


TAIL = 600  # characters of the paragraph's end that usually hold its last three sentences


def _last_sentence(context: SentenceContext) -> str:
    """The last three sentences before this one (where a paper spoken of again was named)."""
    if "last three" not in context._memo:
        context._memo["last three"] = _last_sentences(context.preceding)
    return context._memo["last three"]


def _last_sentences(preceding: str, count: int = 3) -> str:
    """``" ".join(SENTENCE_END.split(preceding.strip())[-count:])``, read off the paragraph's end: the whole
    paragraph is split only when its end holds fewer than ``count`` whole sentences (every sentence used to split
    the whole paragraph before it again). A gap is a whole run of spaces after a full stop, so the pieces after the
    first gap of the tail are the paragraph's own."""
    text = preceding.rstrip()
    if len(text) > TAIL:
        pieces = SENTENCE_END.split(text[-TAIL:])
        if len(pieces) > count:
            return " ".join(pieces[-count:])
    text = text.lstrip()
    return " ".join(SENTENCE_END.split(text)[-count:]) if text else ""


def _may_speak_of_own_position(context: SentenceContext) -> bool:
    """False only when no clause of the sentence can speak of the state's paper (:func:`_speaks_of_own_position`
    asked of every clause, read off the words its patterns hold: exact, and much cheaper)."""
    text = context.view.text
    # (the sentence's own words first: the paragraph before it is read only when they allow a paper of its own,
    # so that a long paragraph is not folded and searched again for every sentence)
    if may_match(OWN_POSITION, context.written_out(context.masked)) and (
            may_match(INTERNATIONAL_LAW, text) or may_match(LEGAL_VIEWS, text) or may_match(TITLED_POSITION, text) or
            may_match(INTERNATIONAL_LAW, context.preceding)):
        return True
    # (REFERS_BACK has no literal, "do so" being too short: it is searched in the whole masked sentence, where every
    # clause's match is found too, a clause's edges falling next to a ";", "," or a space (see context.clauses); the
    # paragraph's last sentences are joined only for a sentence that refers back)
    return REFERS_BACK.search(context.masked) is not None and \
        may_match(POSITION_BEFORE, _last_sentence(context) + " " + text)


def national_positions(context: SentenceContext) -> list[Finding]:
    """A state's national position on international law: published (each publication cue with its own year:
    "set out … in 2018, and updated it in 2022"), planned, and the forum it went to."""
    findings = []
    cued = (may_match(PLANNED, context.masked) or may_match(PUBLISHED, context.masked)) and \
        _may_speak_of_own_position(context)  # (exact: a clause with a cue holds one of the cue's words)
    for start, end in context.clauses if cued else ():
        clause = context.masked[start:end]
        planned = PLANNED.search(clause) if may_match(PLANNED, clause) else None
        cue_list = [planned] if planned else list(PUBLISHED.finditer(clause)) if may_match(PUBLISHED, clause) else []
        outlined = FIRST_OUTLINED.search(clause) if "first" in clause or "earlier" in clause or "previous" in clause \
            or "initially" in clause or "already" in clause else None
        if outlined is not None and cue_list and not planned:  # (what was first outlined in a forum is a position
            # told there, not a publication of the paper: see first_outlined)
            cue_list = [c for c in cue_list if not outlined.start() <= c.start() < outlined.end()]
        if not cue_list or not _speaks_of_own_position(context, clause) or _others_document(context.written_out(clause)):
            continue
        if not planned and SPEECH.search(clause) and _unpublished_state(context):
            continue  # a speech of a state said to have published no position is no national position
        if RATHER_THAN.search(clause[:cue_list[0].start()]):
            continue  # "prefers to speak through the AU rather than through detailed national statements": none made
        if not planned and _stands_in(context):
            continue  # "has not published a national position. Its views appear instead in its reply to …"
        if cues.is_negated(clause[:cue_list[0].start()] + _object_words(clause, cue_list[0].end())) or (
                not planned and HEDGE.search(clause[:cue_list[0].start()])):
            continue
        state = _lead_state(context, start, start + cue_list[0].start())
        if not state or not _profile_state(context, state) or _organisation_publishes(context, clause[:cue_list[0].start()]):
            continue
        if _anothers_view_only(context, clause, state):
            continue  # "on international law it has shared Brazil's view that …": Brazil's paper, not its own
        stretches = _dated_stretches(clause, cue_list)
        drafted = bool(DRAFT_PAPER.search(context.written_out(clause)))  # "a draft position was circulated": not out
        for number, stretch in enumerate(stretches):
            findings += _paper_findings(context, state, clause, stretch, bool(planned) or drafted, number == 0)
    written = context.written_out(context.masked)
    subject = None if findings else _subject_paper(written)
    speech = None if findings or subject else _speech_paper(written)
    speech = None if speech is None or _unpublished_state(context) else speech  # (the costly question last)
    subject = subject or speech
    subject = None if subject is None or _stands_in(context) else subject
    state = _lead_state(context, 0, len(context.masked)) if subject else ""
    if subject and state and _profile_state(context, state):
        document = _document(context, state, subject[1] if speech or OWN_PAPER_INTRO.match(written) else "",
                             subject[0])
        found = _finding(context, Fact("issued", state, document.key, subject[0], "Published"), "lawposition.published")
        found.entities = [document]
        findings.append(found)
    return findings


ORG_OPENS = re.compile(rf"^\s*(?:(?:[Ii]n|[Bb]y|[Oo]n|[Ss]ince)\s+(?:[\w-]+\s+){{0,2}}?{cues.YEAR},?\s+)?(?:the\s+)?(?P<org>{SLOT})"
                       rf"(?:\s+(?:\w+ly|also|then|later|has|have|had|formally|jointly))*\s*$")


def _organisation_publishes(context: SentenceContext, before_cue: str) -> bool:
    """Whether the clause's subject right before the publication cue is an organisation, not a state or its agency
    ("In 2024 the African Union adopted the “Common African Position …”": the AU's text, no national paper)."""
    found = ORG_OPENS.match(before_cue)
    if found is None:
        return False
    mention = context.view.slot(found.group("org"))
    return mention.kind == "org" and bool(mention.key) and not context.state_of(mention.key)


# a paper called a draft is not out yet, whatever is done with it ("a draft national position was circulated for
# comment", "its draft paper on international law was shared with parliament")
DRAFT_PAPER = re.compile(r"\bdraft\s+(?:[\w-]+\s+){0,2}?(?:position|paper|statement|views|document)\b|"
                         r"\b(?:position|paper|statement|document)\s+(?:is|was|remains)\s+(?:still\s+)?(?:a|in)\s+draft\b|"
                         r"\bin\s+draft(?:\s+form)?\b|\bas\s+a\s+draft\b",
                         re.IGNORECASE)


def _profile_state(context: SentenceContext, state: str) -> bool:
    """Whether a national paper is the profile's own state's: another state's paper a profile names for contrast or
    background ("Spain's 2023 paper holds …", "unlike Spain, which published one") is no fact of this profile."""
    return not context.state or state == context.state


def _object_words(clause: str, cue_end: int) -> str:
    """The words between a publication cue and the paper it names ("published no national position": a negative
    determiner on the object negates the publication as surely as "has not published")."""
    noun = POSITION_NOUN.search(clause, cue_end)
    return " " + clause[cue_end:noun.start()] if noun else ""


def _dated_stretches(clause: str, cue_list: list[re.Match[str]]) -> list[str]:
    """The stretches of clause each publication cue governs, an undated cue joined to the next one ("set out its
    views in its contribution … annexed to the 2021 report" is one publication) and a last undated one to the
    one before ("published it in 2023 and presented it to the OEWG")."""
    stretches, begin = [], cue_list[0].start()
    for number, cue in enumerate(cue_list):
        end = cue_list[number + 1].start() if number + 1 < len(cue_list) else len(clause)
        if _year_in(clause[begin:end]) or _any_year(clause[begin:end]) or number + 1 == len(cue_list):
            stretches.append(clause[begin:end])
            begin = end
    if len(stretches) > 1 and not _any_year(stretches[-1]):
        stretches[-2:] = [stretches[-2] + stretches[-1]]
    return stretches


_others_document = positions.others_document


REPLIES = re.compile(r"\b(?:repl(?:y|ies)|answers?|responses?)\b|\bquestionnaire\b", re.IGNORECASE)


def _paper_findings(context: SentenceContext, state: str, clause: str, stretch: str, planned: bool,
                    first: bool) -> list[Finding]:
    """The issuance (and the forum it went to) of one publication cue's stretch of clause; papers in the plural with
    a list of years ("two position papers …, in 2021 and 2023") are one paper a year."""
    status = "Planned" if planned else "Published"
    several = YEAR_LIST.search(stretch)
    if not planned and several and PLURAL_PAPERS.search(context.written_out(stretch)):
        findings = []
        for year in re.findall(rf"\b{cues.YEAR}\b", several.group()):
            findings += _paper_findings(context, state, clause, re.sub(YEAR_LIST, f" in {year}", stretch, count=1),
                                        planned, first)
        return findings
    year = _year_in(stretch) or (cues.clause_year(clause) or _any_year(clause[:clause.find(stretch)]) if first else "") or (
        cues.clause_year(context.masked[:context.intro_end]) if first else "")
    year = year or (_any_year(stretch) if status == "Published" else "")
    written = re.split(r",?\s+and\s+(?:then|later|subsequently)\b|,\s+(?:then|later)\b", context.written_out(stretch))[0]
    if REPLIES.search(written) and not PAPER_NOUN.search(written):
        return []  # replies to a questionnaire are a position stated in that forum, not a national position paper
    named = _title(written) or (not SPEECH.search(context.written_out(clause)) and  # a speech: by the clause's speaker
                                [m for m in PAPER_NOUN.finditer(written) if m.group("rest").strip()])
    document = _document(context, state, written if named else context.written_out(clause),
                         year if status == "Published" else "")
    found = _finding(context, Fact("issued", state, document.key, year, status), f"lawposition.{status.lower()}")
    found.entities = [document]
    findings = [found]
    for forum in context.view.slots_in(stretch):
        if forum.kind == "org" and positions._is_forum(context, forum) and status == "Published":
            findings.append(_finding(context, Fact("introducedAt", document.key, forum.key, year),
                                     "lawposition.presented-to"))
            break
    return findings


YEAR_LIST = re.compile(rf",?\s+(?:in|from)\s+{cues.YEAR}(?:\s*,\s*(?:in\s+)?{cues.YEAR})*,?\s+and\s+(?:again\s+)?(?:in\s+)?{cues.YEAR}\b")
PLURAL_PAPERS = re.compile(r"\b(?:two|three|four|both|several)\s+(?:[\w-]+\s+){0,3}?(?:papers|positions|statements|"
                           r"contributions|submissions|documents)\b|\b(?:position\s+papers|national\s+positions|"
                           r"national\s+statements)\b", re.IGNORECASE)


def _any_year(text: str) -> str:
    found = re.search(rf"\b({cues.YEAR})\b", text)
    return found.group(1) if found else ""


def _year_in(text: str) -> str:
    found = re.search(rf"\b(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?({cues.YEAR})\b", text)
    return found.group(1) if found else ""


# a clause opened by an organisation's thing ("the EU's statement", "the OEWG's 2023 progress report", "NATO's summit
# communiqué"): that thing speaks, not a state named later in a relative clause ("…, which Portugal welcomed, stressed")
ORG_SPEAKS = re.compile(rf"\s*(?:the\s+)?(?P<org>{SLOT})(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:statements?|positions?|"
                        rf"delegations?|views?|submissions?|reports?|resolutions?|documents?|texts?|communiqu[ée]s?|"
                        rf"declarations?|conclusions?|summar(?:y|ies)|chairs?|papers?|guidance|framework)\b", re.IGNORECASE)


ORG_RELATIVE = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<org>{SLOT})\s*(?:\([^()]*\)\s*)?,\s*(?:which|who|whose|of\s+which|in\s+which)\b")


def _lead_state(context: SentenceContext, start: int, cue: int) -> str:
    """The state a sentence of the profile speaks for: the state (or its adjective) that opens the clause
    ("Estonia regards", "Georgian delegates argued"), else the state the paragraph is about."""
    begin = context.intro_end if start == 0 else start
    speaker = ORG_SPEAKS.match(context.masked[start:cue])
    if speaker and context.view.slot(speaker.group("org")).kind == "org" and \
            not context.state_of(context.view.slot(speaker.group("org")).key):
        return ""  # "the EU's statement at the OEWG … stressed that": the organisation's view, no state's
    relative = ORG_RELATIVE.match(context.masked[start:cue])
    if relative and context.view.slot(relative.group("org")).kind == "org" and \
            not context.state_of(context.view.slot(relative.group("org")).key):
        return ""  # "The EU, which Nepal often follows, stressed …": the organisation speaks, not the state
    opening = re.match(rf"\s*(?:the\s+|a\s+)?{SLOT}", context.masked[begin:cue])
    if opening:
        mention = context.view.mentions[int(opening.group(1))]
        state = _actor_state(context, mention, cue) if mention.key else ""
        if state:
            return state

    return _state_subject(context, start, cue)[0]


DOCUMENT_CUE = re.compile(r"\b(?:paper|text|national\s+(?:position|statement|views)|contribution|compendium|"
                          r"position\s+(?:paper|document)|(?:the|its|this|that)\s+(?:position|statement|document))\b",
                          re.IGNORECASE)
NEGATED_DOCUMENT = re.compile(r"\b(?:not|never|yet to|no)\b[^.;]{0,40}$", re.IGNORECASE)


# A dated paper that speaks as the subject of a sentence exists, published: "The Norwegian position paper of 2021
# affirms that …", "Its 2018 statement holds that …" (the sentence names no publication verb).
PAPER_SUBJECT = re.compile(
    rf"^\s*(?:(?:In|By)\s+{cues.YEAR},?\s+)?(?:[Tt]he|[Ii]ts|An?|[A-Z][\w-]*(?:'s|’s))\s+(?P<np>(?:(?:{cues.YEAR}|[A-Z][\w-]*|national|"
    rf"official|legal)\s+){{0,3}}(?:position\s+paper|position|paper|statement)(?:\s+on\s+(?:the\s+application\s+of\s+)?"
    rf"international\s+law(?:\s+in\s+cyberspace)?)?(?:\s+(?:of|from)\s+{cues.YEAR})?)"
    # what the paper is, set off or not ("The 2022 paper, presented to the OEWG, holds", "A position paper released
    # by the foreign ministry in 2022 holds")
    rf"(?:\s*,[^,;]{{3,120}},|\s+(?:released|published|issued|presented|submitted|adopted|made\s+public|circulated)\b"
    rf"[^,;]{{0,100}}?)?\s+"
    rf"(?:\w+ly\s+|also\s+)?(?:affirms|holds|states|considers|argues|maintains|stresses|treats|regards|accepts|rejects|"
    rf"recogni[sz]es|says|insists|calls\s+for|sets\s+out|describes|asserts|endorses|acknowledges|"
    rf"takes\s+the\s+(?:view|position)|concludes|finds|sees|contends|observes)\b")


# A state's own paper named as the source of what a sentence says exists, published: "In its contribution to the 2021
# GGE compendium, X affirms …", "According to its national position, …" (a contribution to someone else's report or
# questionnaire is a position stated there, not a national paper; a statement to a forum is a position in the forum)
OWN_PAPER_INTRO = re.compile(
    rf"^\s*(?:In|According\s+to|Through|Under|As\s+set\s+out\s+in|As\s+stated\s+in)\s+(?:its|their)\s+"
    rf"(?P<np>(?:(?:{cues.YEAR}|national|official|legal|own|first|latest|updated|formal)\s+){{0,3}}"
    rf"(?:position\s+paper|(?<=national\s)(?:position|statement|paper|views)|legal\s+views|"
    rf"(?:position|paper|views|statement)\s+on\s+(?:how\s+|the\s+(?:application|applicability)\s+of\s+)?international\s+law"
    rf"(?:\s+(?:applies\s+)?(?:in|to)\s+cyberspace)?|"
    rf"(?:contribution|submission|statement|paper|views)\s+(?:to|for|in)\s+the\s+(?:[\w-]+\s+){{0,3}}?compendium"
    rf"(?:\s+(?:of|on|annexed\s+to)\s+[^,;]{{0,80}}?)?)(?:\s+(?:of|from|in)\s+{cues.YEAR})?)\s*,")


def _subject_paper(sentence: str) -> tuple[str, str] | None:
    """(year, words naming it) of a paper that is the subject of a sentence about a law topic (dated), or the source
    it is said in ("In its contribution to the compendium, …"), else None."""
    intro = OWN_PAPER_INTRO.match(sentence)
    found = intro or PAPER_SUBJECT.match(sentence)
    if found is None or not topic_spans(sentence) or not any(t in LAW_TOPICS for t, _, _ in topic_spans(sentence)) or \
            DRAFT_PAPER.search(found.group()):
        return None
    year = _any_year(found.group())
    return (year, found.group("np")) if year or intro else None


# A dated speech or lecture of a state's official that states how international law applies is a national position,
# published when it was given: "In March 2019 the Attorney General gave a lecture at X in which she held that …", "Its
# Legal Adviser said in a 2016 address that …" (its name is the speaker's: see :func:`_speech_label`)
SPEECH_NOUN = re.compile(rf"\b(?:a|an|his|her|the|their|its|{cues.YEAR})\s+(?:(?:{cues.YEAR}|keynote|public|major|"
                         rf"landmark|widely\s+cited|opening|closing)\s+)*(?:speech|address|lecture)\b")


LEGAL_OFFICE = re.compile(r"Attorney[- ]General|Legal\s+Adviser|General\s+Counsel|Solicitor[- ]General|"
                          r"Minister\s+of\s+Justice|Justice\s+Minister", re.IGNORECASE)
OTHERS_VIEW = re.compile(r"\b(?:the\s+)?[A-Z][\w-]*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:position|views?|statement|paper|stance)\b")


def _speech_paper(sentence: str) -> tuple[str, str] | None:
    """(year, the sentence) of an official's dated speech that states a view on a law topic after naming the speech,
    else None."""
    speech = SPEECH_NOUN.search(sentence) if may_match(SPEECH_NOUN, sentence) else None
    speaker = SPEAKER.search(sentence) if speech is not None else None
    if speaker is None or not (LEGAL_OFFICE.search(speaker.group()) or INTERNATIONAL_LAW.search(sentence)):
        return None  # (a minister's speech that names sovereignty is a national position only when it speaks of
        # international law; a legal adviser's speaks of nothing else)
    if HEDGE.search(sentence[:speech.start()]) or \
            cues.is_negated(sentence[:speech.start()]):
        return None
    after = sentence[speech.end():]
    if not any(t in LAW_TOPICS for t, _, _ in topic_spans(after)) or not SAYING.search(sentence) or \
            PLANNED.search(sentence) or NO_VIEW.search(after) or OTHERS_VIEW.search(after):
        return None  # (a paper announced, no view taken, or someone else's view recalled: the speech states none)
    year = _year_in(sentence) or _any_year(sentence[:speech.end() + 1])
    return (year, sentence) if year else None


def _published_paper(context: SentenceContext, sentence: str) -> tuple[str, str] | None:
    """(year, words naming it) of a state's own paper published in a sentence (raw text), else None."""
    found = _paper_published_in(sentence)
    if found is not None and _unpublished_state(context) and found == _speech_paper(sentence):
        return None  # (a speech of a state that has published no position is no national position)
    return found


# a profile that says the state has published no national position: a speech is then no national position either
NOT_PUBLISHED = re.compile(r"\b(?:has|have|had)\s+(?:not|never|yet\s+to)\s+(?:\w+\s+)?(?:publish|issu|releas|adopt|set\s+out|"
                           r"present)\w*\b[^.;]{0,60}?\b(?:position|paper|statement|views)\b|"
                           r"\bno\s+(?:\w+\s+){0,2}?(?:national\s+)?(?:position|paper)\s+(?:on|of)\b|"
                           r"\bwithout\s+(?:a|any)\s+(?:published\s+)?(?:national\s+)?position\b", re.IGNORECASE)


# where a state's views are found in place of a national position it has not published ("Its views appear instead in its
# reply to …", "Its fullest written statement is a reply …, a contribution to the debate rather than a position", "the
# clearest statement of its views is its endorsement of …"): a stand-in the writer has just said is none
SUBSTITUTE = re.compile(r"\binstead\b|\brather\s+than\s+(?:a|an|its|any)\s+(?:[\w-]+\s+)?(?:position|paper)\b|"
                        r"\b(?:fullest|clearest|most\s+(?:detailed|complete|explicit|comprehensive|authoritative))\s+"
                        r"(?:[\w-]+\s+)?(?:statement|expression|account|articulation|exposition)\b", re.IGNORECASE)


# a publication told as what the state does not do ("rather than publish a position", "rather than to expose itself through
# detailed national statements")
RATHER_THAN = re.compile(r"\brather\s+than\b[^.;]{0,60}$", re.IGNORECASE)


# another state's view or paper, named by its possessive ("shared Brazil's view that …", "echoed Spain's position")
ANOTHERS_VIEW = re.compile(rf"(?P<who>{SLOT})(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:position|views?|statement|paper|stance)s?\b")
OWN_WORDS = re.compile(r"\b(?:its|their|national)\s+(?:[\w-]+\s+){0,2}?(?:position|views?|statement|paper|contribution|"
                       r"submission|stance)s?\b", re.IGNORECASE)


def _anothers_view_only(context: SentenceContext, clause: str, state: str) -> bool:
    """Whether the only paper or view the clause names is another state's ("it has shared Brazil's view")."""
    if "'s" not in clause and "’s" not in clause:
        return False
    others = [m for m in ANOTHERS_VIEW.finditer(clause)
              if context.view.slot(m.group("who")).kind == "state" and
              (context.state_of(context.view.slot(m.group("who")).key) or context.view.slot(m.group("who")).key) != state]
    return bool(others) and not OWN_WORDS.search(clause)


def _stands_in(context: SentenceContext) -> bool:
    """Whether the sentence names what stands in for a national position the paragraph says the state has not
    published: such a text is no published national position (its positions are read where it was stated)."""
    return may_match(SUBSTITUTE, context.view.text) and SUBSTITUTE.search(context.view.text) is not None and \
        _unpublished_state(context)


def _unpublished_state(context: SentenceContext) -> bool:
    """Whether the paragraph so far (or the sentence) says the state has published no national position."""
    return any(may_match(NOT_PUBLISHED, text) and NOT_PUBLISHED.search(text) is not None
               for text in (context.preceding[-2000:], context.view.text))


@lru_cache(maxsize=4096)
def _paper_published_in(sentence: str) -> tuple[str, str] | None:
    """What :func:`_published_paper` reads (the sentence alone decides; remembered, as every later sentence of a
    paragraph asks again about the earlier ones)."""
    subject = _subject_paper(sentence) or _speech_paper(sentence)
    if subject is not None:
        return subject
    if not INTERNATIONAL_LAW.search(sentence) and not re.search(r"\b(?:compendium|legal views)\b", sentence):
        return None
    found = None
    for clause in re.split(r";|,\s+(?:but|while|although)\s+", sentence):
        cue = PUBLISHED.search(clause)
        own = OWN_POSITION.search(clause) or re.search(r"\b\w+(?:'s|’s)\s+(?:[\w-]+\s+)?(?:position|views|statement)", clause)
        if cue and own and not cues.is_negated(clause[:cue.start()]) and not PLANNED.search(clause) and \
                not _others_document(clause):
            found = (cues.clause_year(clause) or _year_in(clause) or _any_year(clause), clause)
    return found


# A common position of a region's states (the Common African Position on the application of international law to the
# use of ICTs in cyberspace): a document of the body that adopted it, through which its members state positions.
COMMON_POSITION = re.compile(r"\bCommon\s+[A-Z][\w-]*\s+Position(?:\s+(?:on|of|to|in|the|and|for|use|application|"
                             r"applicability|international|law|ICTs?|cyberspace|[A-Z][\w-]*)\b)*")
THROUGH_TEXT = re.compile(r"^\s*(?:Through|Via|Under|In|By\s+endorsing|By\s+subscribing\s+to)\s+(?:that|this|the|its)\s+"
                          r"(?:text|document|common\s+position|position|Common\b)", re.IGNORECASE)


def _common_position(context: SentenceContext, before_topic: str) -> Entity | None:
    """The common position a sentence's positions are stated through: named before what is said ("endorsed the
    Common African Position, which affirms that …"), or referred back to ("Through that text X holds that …")."""
    here = COMMON_POSITION.search(context.written_out(before_topic))
    sentences = context.sentences_before()
    named = (here, context.view.text) if here else None
    if named is None and THROUGH_TEXT.match(context.view.text):
        for sentence in reversed(sentences[-3:]):
            found = COMMON_POSITION.search(sentence)
            if found:
                named = (found, sentence)
                break
    if named is None:
        return None
    name = re.sub(r"(?:\s+(?:on|of|to|in|the|and|for))+$", "", named[0].group()).strip()
    year = _any_year(named[1][named[0].end():]) or _any_year(named[1])
    key = f"document/{slugify(' '.join(name.split()[:3]))}" + (f"-{year}" if year else "")
    known = context.gazetteer.entities.get(key)
    short = re.match(r"Common\s+[A-Z][\w-]*\s+Position", name).group()  # its short name
    return known or Entity(key=key, label=name, kind="document", cls=CDO.PolicyDocument,
                           names={short} if short != name else set())


def _common_position_speaks(written: str) -> bool:
    """Whether the common position itself opens the sentence as the one that says ("The Common African Position
    affirms that sovereignty …"): the organisation's text speaks, not a state (a state speaks through it only when the
    sentence says so: "Through that text X holds …")."""
    opening = re.match(r"\s*(?:The\s+)?", written)
    common = COMMON_POSITION.match(written, opening.end())
    if common is None:
        return False
    gap = re.match(r"\s*(?:\([^()]*\)\s*)?(?:,[^,;]{0,120},\s*)?(?:also\s+|\w+ly\s+)?", written[common.end():])
    return SAYING.match(written, common.end() + gap.end()) is not None


def _forum_after_common(context: SentenceContext, before_topic: str) -> bool:
    """Whether a forum where states speak (a UN process, a forum) is named after the common position, in a clause of
    its own, before what is said: "endorsed the Common African Position …, and its OEWG interventions have emphasised
    sovereignty": the views were stated in the forum, the common position was only endorsed."""
    common = COMMON_POSITION.search(before_topic) or next(  # (named in words, or a name the gazetteer knows)
        (m for m in SLOT_RE.finditer(before_topic)
         if COMMON_POSITION.match(context.view.mentions[int(m.group(1))].text)), None)
    if common is None:
        return False
    clause_end = context.clause_of(common.start())[1]
    joined = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*").search(before_topic, common.end())
    if joined is not None:  # ("…, and in the OEWG its delegation affirmed": a clause of its own the splitter left)
        clause_end = min(clause_end, joined.end())
    for match in SLOT_RE.finditer(before_topic, max(common.end(), clause_end)):
        entity = context.gazetteer.entities.get(context.view.mentions[int(match.group(1))].key)
        if entity is not None and entity.kind == "org" and entity.cls in (CDO.UNProcess, CDO.Forum):
            return True
    return False


def _venue(context: SentenceContext, state: str, before_topic: str) -> tuple[str, str, Entity | None]:
    """("forum", forum key, None) or ("document", key, paper) where the sentence's position was stated: a forum
    named in the sentence before what was said, else the paper it names or the paragraph named last (a paper
    presented to a forum is still the paper), else the forum the paragraph named last."""
    common = _common_position(context, before_topic)
    if common is not None and not _forum_after_common(context, before_topic):
        return "document", common.key, common
    others = positions.document_answered(context, before_topic)
    if others is not None:
        return "document", others.key, others
    issued = [f for f in _national_findings(context) if f.fact.relation == "issued" and f.fact.status == "Published"
              and f.entities]
    if issued:  # "In 2022 a second speech … restated that countermeasures are available": said in the paper it issues
        return "document", issued[-1].entities[0].key, issued[-1].entities[0]
    own = _published_paper(context, context.view.text)
    if own is not None:
        document = _document(context, state, own[1], own[0])
        return "document", document.key, document
    forums = [m for m in context.view.slots_in(before_topic) if m.kind == "org" and positions._is_forum(context, m)
              and not positions._names_a_document(context, m)
              and not ALIGNED_WITH.search(before_topic[:before_topic.find(_slot_of(context, m))])
              and not IN_RELATIVE.search(before_topic[:before_topic.find(_slot_of(context, m))])]
    if forums:
        return "forum", forums[-1].key, None
    answered = _reply_referred_back(context, before_topic)
    if answered:
        return "forum", answered, None
    venue: tuple[str, str, Entity | None] = ("", "", None)
    last_paper: tuple[str, str, Entity | None] = ("", "", None)
    earlier = context.sentences_before() or [""]
    chain = _topic_chain(earlier)
    for number, sentence in enumerate(earlier + [context.view.text]):
        # a forum carries over two sentences, and on through sentences that each state a view on a law topic (a
        # paragraph of views told in that forum); a paper, its whole paragraph
        recent = number >= min(len(earlier) - 2, chain - 1)
        paper = _published_paper(context, sentence)
        if paper is not None:
            document = _document(context, state, paper[1], paper[0])
            venue = last_paper = ("document", document.key, document)
            continue
        if sentence is context.view.text or not recent:
            continue
        stance = positions.STANCE.search(sentence) is not None
        if not stance and not STATEMENT_WORD.search(sentence):
            continue  # (asked first: the paragraph's earlier sentences were searched for names again at every sentence)
        hits = [h for h in context.gazetteer.matches(sentence) if context.gazetteer.entities[h.key].kind == "org"
                and context.gazetteer.entities[h.key].cls in (CDO.UNProcess, CDO.Forum)]
        if not stance:  # a sentence that names the state's statements in a forum sets where the views after it were
            hits = [h for h in hits if _statements_in(sentence, h.start, h.end)]  # stated, with no stance verb of its own
        # views sent to someone else's report carry over like a forum's, from the sentence that names the report or
        # refers back to it ("In that submission it affirmed …"), unless a forum is named after it there
        answered = positions.answered_in_paragraph(context, number) if stance or STATEMENT_WORD.search(sentence) \
            else None
        if answered is not None and not any(h.start > answered[1] for h in hits):
            venue = ("document", answered[0].key, answered[0])
            continue
        if hits:
            # a forum carries over from a sentence that stated a stance in it, not from one that only names it
            # ("took part in both OEWGs. It holds that sovereignty …" is no position in the OEWG)
            venue = ("forum", max(hits, key=lambda h: h.start).key, None)
    if venue[0] == "forum" and DOCUMENT_CUE.search(before_topic):
        return last_paper  # "The paper holds …" after a sentence on the OEWG: the paper the paragraph named, if any
    return venue


# the state's replies, referred back to: "In those replies X held that …", "Its replies held that …", "The reply
# affirms …" (a possessive, a demonstrative or "the", never "a": a reply told back is one named before)
REPLY_BACK = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]hose|[Tt]hese|[Tt]hat|[Tt]his|[Tt]he(?:\s+same)?)\s+(?:written\s+)?"
                        r"(?:repl(?:y|ies)|answers?|responses?)\b")
# a sentence of the paragraph that tells the state answered a forum's questionnaire or survey: "answered the
# questionnaire of the OAS Inter-American Juridical Committee", "did reply to the survey of the X"
ANSWERED = re.compile(r"\b(?:answer(?:ed|s)?|repl(?:ied|ies|y)\s+to|respond(?:ed|s)?\s+to|(?:repl(?:y|ies)|answers?|"
                      r"responses?)\s+to)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:questionnaire|survey|consultation)"
                      r"\s+(?:of|by|from|sent\s+by)\s+(?:the\s+)?(?:[A-Z]{2,6}\s+)?$")


def _reply_referred_back(context: SentenceContext, before_topic: str) -> str:
    """The forum whose questionnaire the state answered, when the sentence tells its views as those replies ("In
    those replies X held that …") and an earlier sentence of the paragraph says whose questionnaire it answered (the
    forum named right after "questionnaire of"); "" otherwise."""
    if not REPLY_BACK.search(SLOT_RE.sub(" ", before_topic)):
        return ""
    for sentence in reversed(context.sentences_before()[-3:]):
        found = [hit for hit in context.gazetteer.matches(sentence)
                 if ANSWERED.search(sentence[max(0, hit.start - 120):hit.start]) and
                 positions._is_forum(context, Mention(hit.start, hit.end, hit.key, "name", "org", ""))]
        if found:  # (the owner's body after the owner: "the OAS Inter-American Juridical Committee")
            years = re.findall(rf"\b({cues.YEAR})\b", sentence)
            context._memo["answered"] = (found[-1].key, years[0] if len(set(years)) == 1 else "")
            return found[-1].key
    return ""


STATEMENT_WORD = re.compile(r"\b(?:statements?|interventions?|submissions?|remarks)\b")
OWNER_BEFORE = re.compile(rf"\b(?:[Ii]ts|[Tt]heir|\w+(?:'s|’s))\s+(?:{cues.YEAR}\s+)?$")
STATEMENTS_AFTER = re.compile(r"\s+(?:statements?|interventions?|submissions?|remarks)\b")
STATEMENTS_BEFORE = re.compile(r"\b(?:statements?|interventions?|submissions?|remarks)\s+(?:\w+\s+)?(?:at|in|to|before)\s+"
                               r"(?:the\s+)?$")
SET_IN = re.compile(r"^\s*(?:[Ii]n|[Aa]t|[Ww]ithin)\s+(?:the\s+)?$")


def _statements_in(sentence: str, start: int, end: int) -> bool:
    """Whether a sentence names the state's statements in the forum named at [start, end): "Its views can be pieced
    together from its OEWG statements", "its interventions at the OEWG", "In the OEWG it aligns with the statements of
    the EU" (a sentence set in the forum that speaks of statements); not one that only took part in it."""
    before = sentence[max(0, start - 40):start]
    return bool(OWNER_BEFORE.search(before) and STATEMENTS_AFTER.match(sentence, end) or
                STATEMENTS_BEFORE.search(sentence[max(0, start - 60):start]) or
                SET_IN.match(sentence[:start]) and STATEMENT_WORD.search(sentence, end))


def _goes_on_with_views(context: SentenceContext) -> bool:
    """Whether the sentence before this one stated a view on a law topic (the run of views this one goes on with)."""
    last = context.sentence_before()
    return bool(last and topic_statements(last, set(LAW_TOPICS)) and STANCE.search(last) and not NO_VIEW.search(last))


def _topic_chain(earlier: list[str]) -> int:
    """The index of the first of the last run of sentences that each state a view on a law topic and name no forum
    or paper of their own ("They accept that IHL applies …", "Due diligence is treated as …"): views told on in one
    place. A sentence on something else ends the run."""
    number = len(earlier)
    while number > 0 and len(earlier) - number < 6:
        sentence = earlier[number - 1]
        if not topic_statements(sentence, set(LAW_TOPICS)) or not STANCE.search(sentence) or \
                re.search(r"\b(?:OEWG|GGE|paper|position|statement|submission|contribution|report|resolution)\b",
                          sentence):
            break
        number -= 1
    return number


# a forum named inside a relative clause set off by commas ("Nepal, which follows the NAM, argued …") is not where the
# view was stated
IN_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*$")


def _national_findings(context: SentenceContext) -> list[Finding]:
    """What :func:`national_positions` reads in the sentence (remembered for the sentence)."""
    if "national" not in context._memo:
        context._memo["national"] = national_positions(context)
    return context._memo["national"]


# the resolution that asked for the views a state sent names the report, not a vote: "its submission to the report of
# the Secretary-General under resolution 76/19", "views for the Secretary-General's report (resolution 75/240)"
ANSWERED_UNDER = re.compile(r"\b(?:report|consultation|call\s+for\s+views)\b[^.;]{0,60}?\bresolution\s+(?:A/(?:RES/)?)?"
                            r"\d+/\d+")


def law_positions(context: SentenceContext) -> list[Finding]:
    """What a state holds on sovereignty, due diligence, IHL… (one finding per topic): in its national paper or in
    a forum, whichever the sentence or its paragraph names (see :func:`_venue`)."""
    if not may_match_any(LAW_PATTERNS, context.written()):
        return []  # (exact: blanking a paper's subject below only removes words; no literal holds two spaces)
    text = _paper_named_out(context.written())
    if not may_match_any(LAW_PATTERNS, text):
        return []  # (exact: no law topic is named)
    statements = topic_statements(text, set(LAW_TOPICS))
    if not statements or not STANCE.search(context.masked) and not positions.stated_positions(context):
        return []  # (a stance the stance rules read holds a view too: "voiced reservations about …")
    # the stance rules read a stance verb as one position; a verb that holds several law topics in turn ("affirmed
    # that the Charter applies, that IHL applies and that …") states one position per topic: those rows beyond what
    # the stance rules read, in the same forum, are added below
    stated = positions.stated_positions(context)
    if prefiltered_search(r"\b(?:resolution|voted|convention|attributed|blamed|strategy)\b|(?<!\bto )(?<!\bmust )"
                          r"(?<!\bshould )(?<!\bmay )(?<!\bcan )\bexercises?\b(?!\s+(?:due\s+diligence|their|its|rights?|"
                          r"jurisdiction|restraint|self-defen[cs]e|sovereignty|control|caution))",
                          ANSWERED_UNDER.sub(" ", text) if "resolution" in text else text, re.IGNORECASE):
        # (a cyber exercise, not "to exercise their rights", "must exercise due diligence")
        return []
    first_topic = min(start for topic, start, _ in topic_spans(text, LAW_TOPICS))
    masked_cut = _masked_offset(context, first_topic)
    aside = ASIDE_VOICE.search(context.masked)
    if aside is not None and _masked_offset(context, first_topic) < context.masked.find(","):
        masked_cut = aside.end()  # "Attribution, Vienna argues, must rest on …": the voice set off after the topic
    heading = TOPIC_HEADING.match(text)
    if heading is not None and first_topic < heading.end():  # "On countermeasures, they argued that …": the topic
        said = STANCE.search(context.masked, _masked_offset(context, heading.end()))  # heads the sentence; who says
        if said is not None:  # it, and the forum, stand after it
            masked_cut = said.end()
            if NO_VIEW.match(context.masked, said.start()) or NO_VIEW.match(context.masked, said.end() + 1):
                return []  # "On attribution, the submission is silent": what it says nothing on
    before_topic = context.masked[:masked_cut]
    governing = context.masked[context.clause_of(max(0, masked_cut - 1))[0]:masked_cut]
    if cues.is_negated(governing) and not HOLDS_NOT.search(governing) or HEDGE.search(governing) or \
            NO_VIEW.search(governing) or \
            NO_VIEW.search(statements[0][1][:60]):
        return []
    clause_start, clause_end = context.clause_of(masked_cut)
    if PLANNED.search(context.masked, clause_start, clause_end) and any(
            f.fact.relation == "issued" and f.fact.status == "Planned" for f in _national_findings(context)):
        return []  # "a supplement on protecting data under IHL is being prepared": what a planned paper is about
    verb = list(STANCE.finditer(context.masked, 0, masked_cut))
    if _other_voice(context, governing):
        return []  # "Academics in Brasília have argued that due diligence …": no view of the state, in no paper
    if verb and positions._someone_elses(context, context.clause_of(verb[-1].start())[0], verb[-1].start()):
        return []  # "aligns with the EU statements, which affirm that …": the statements' view, not the state's
    state = _lead_state(context, 0, masked_cut)
    if not state or context.state and state != context.state:
        return []  # another state's view a profile reports ("Russia holds that …") is background, not a position
    if _another_states_relative(context, state, before_topic):
        return []  # "welcomed by the Netherlands, which holds that sovereignty …": the Netherlands' view
    if DEBATE.search(_paper_named_out(context.written())) and not _said_by_state(context, state, masked_cut):
        return []  # "Sovereignty is one of the most debated questions in the OEWG": the debate, no one's position
    if _common_position_speaks(context.written()):
        return []  # "The Common African Position affirms that …": the organisation's text, no state's view
    kind, forum, document = _venue(context, state, before_topic)
    if kind and OTHER_OCCASION.search(before_topic) and not any(m.key == forum for m in context.view.mentions):
        return []  # "its envoy said in a 2022 interview that …": said there, not in the paper or forum named before
    carried_on = kind == "forum" and not any(m.key == forum for m in context.view.mentions) and \
        not SLOT_RE.search(before_topic) and AGENTLESS_VIEW.match(context.masked, masked_cut) and \
        _goes_on_with_views(context)
    # (a stance the stance rules read in this forum, whose words hold the law topic, says it too: "voiced strong
    # reservations about militarisation and about any reading of self-defence that …")
    voiced = kind == "forum" and any((f.fact.subject, f.fact.object, f.rule) == (state, forum, "position.stated") and
                                     f.fact.topics & LAW_TOPICS for f in stated)
    # "Its replies held that …": the replies the state sent say it for the state (a verb of saying is enough)
    answered = context._memo.get("answered")
    replied = kind == "forum" and answered is not None and answered[0] == forum and \
        any(not SLOT_RE.search(m.group()) for m in SAYING.finditer(context.masked, 0, masked_cut))
    if not kind or kind == "forum" and not (_says(context, masked_cut) or carried_on or voiced or replied) or \
            positions._for_an_organisation(context, masked_cut):
        return []  # (a state speaking for an organisation states the organisation's view)
    # (views the stance rules read as sent to someone else's report are split by topic as in a forum: "Its submission
    # to the report … affirms that the Charter applies, that IHL applies and that …")
    answering = kind == "document" and bool(stated) and all(
        (f.fact.subject, f.fact.object, f.rule) == (state, forum, "position.in-answer") for f in stated)
    if stated and not answering and (kind != "forum" or any((f.fact.subject, f.fact.object) != (state, forum) or
                                                            f.rule != "position.stated" for f in stated)):
        return []  # (the stance rules read another forum, a paper or another speaker: they tell this sentence)
    findings = []
    year = cues.clause_year(context.masked) if kind == "forum" else ""
    dated = positions.STATEMENTS_OF.search(context.masked) if kind == "forum" and not year else None
    year = dated.group(1) if dated else year  # "In its OEWG statements of 2022, X affirmed …, while cautioning …"
    common = COMMON_POSITION.search(before_topic) if kind == "forum" else None
    if common is not None:  # (the common position's adoption dates the common position, not the forum's views)
        year = cues.clause_year(context.masked[context.clause_of(common.start())[1]:])
    if replied and not year:  # dated by the sentence that told the questionnaire answered ("In 2020 X answered …")
        year = answered[1]
    if kind == "forum" and not year and not any(m.key == forum for m in context.view.mentions):
        last = context.sentence_before()  # "They also stated that …" goes on with the statements just told, and their year
        if any(h.key == forum for h in context.gazetteer.matches(last)):
            year = cues.clause_year(last)
    for topic, words in _merged(statements, text):
        probe = NEGATIVE_TOPIC.sub("", words)  # ("that states must not knowingly allow their territory …" is a view)
        if NO_VIEW.search(probe[:60]) or cues.is_negated(probe[:25]) and not HOLDS_NOT.search(probe[:40]) and \
                not re.search(r"\b(?:is|are|was|were)\s+not\b", probe[:40]):
            continue  # no view stated; "does not regard X as", "X is not a rule" are views
        if kind == "forum":
            fact = Fact("position", state, forum, year, statement=words, topics={topic})
        else:  # a position in a paper is dated by the paper
            paper_year = re.search(rf"-({cues.YEAR})$", forum)
            fact = Fact("positionIn", state, forum, paper_year.group(1) if paper_year else "", statement=words,
                        topics={topic})
        found = _finding(context, fact, f"position.{'in-forum' if kind == 'forum' else 'in-national-paper'}", True,
                         Decimal("0.8"))
        found.entities = [document] if kind == "document" else []
        findings.append(found)
    if stated:  # the topics other than those the stance verbs' own statements open with, each its own position
        own, written = set(), context.written()
        for found in stated:  # (a topic that heads the stance's clause is its own: "On attribution, X told …")
            at = written.find(found.fact.statement[:40])
            lead = written[max(written.rfind(";", 0, at), 0):at] if at >= 0 else ""
            lead = "" if positions.STANCE.search(lead) else lead  # (not what an earlier verb said)
            spans = topic_spans(lead, LAW_TOPICS) or _own_law_topic(found.fact.statement)
            if spans:
                own.add(min(spans, key=lambda span: span[1])[0])
        return [found for found in findings if not found.fact.topics & own]
    return findings


# a participle after a comma glosses the stance before it ("opposed a new treaty, arguing that existing international
# law is sufficient": one position)
GLOSS = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\b")


def _own_law_topic(statement: str) -> list[tuple[URIRef, int, int]]:
    """The law topic a stance row holds as its own: its first law topic, unless the stance opened on another topic and
    the law topic is joined to it rather than glossing it ("voiced reservations about militarisation and about any
    reading of self-defence …": self-defence is a row of its own)."""
    law = topic_spans(statement, LAW_TOPICS)
    if not law:
        return []
    first = min(topic_spans(statement), key=lambda span: span[1])
    if first[0] in LAW_TOPICS or GLOSS.search(statement, first[2], law[0][1]):
        return law[:1]
    return []


# A voice set off by commas after the topic that opens the sentence: "Attribution, Vienna argues, must rest on
# evidence", "Sovereignty, in their view, is a rule" (the state's capital, a pronoun or its officials)
ASIDE_VOICE = re.compile(rf"^[^,;\ue000]{{2,60}},\s+(?:(?:the\s+)?{SLOT}(?:'s|’s)?(?:\s+(?:delegat\w+|diplomats?|officials?|"
                         rf"government|representatives?))?|it|they|its\s+(?:delegat\w+|diplomats?|officials?|government)|"
                         rf"their\s+(?:delegat\w+|diplomats?|officials?))\s+(?:also\s+|further\s+|\w+ly\s+)?"
                         rf"(?:argu|insist|stress|maintain|hold|contend|assert|believ|consider|emphasi[sz]|underlin|stat|"
                         rf"sa|warn|add)\w*\s*(?:,|\.?\s*$)|^[^,;\ue000]{{2,60}},\s+in\s+(?:its|their|(?:the\s+)?{SLOT}(?:'s|’s))\s+(?:\w+\s+)?"
                         rf"(?:view|reading|opinion|understanding)\s*,", re.IGNORECASE)
# Right after the topic, a view told without its holder, in a paragraph of the state's views in one forum: "Due
# diligence is treated as a voluntary norm", "Countermeasures are regarded as lawful" (not "… by most states")
AGENTLESS_VIEW = re.compile(r"[^,;.\ue000]{0,40}?\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+)?(?:treated|regarded|seen|viewed|"
                            r"considered|described|understood|framed|characteri[sz]ed|accepted|recogni[sz]ed)\s+"
                            r"(?:as|to\s+be)\b(?![^.;]*\bby\s+(?:the\s+|many\s+|most\s+|some\s+|other\s+)?"
                            r"(?:[A-Z]|states|countries|experts|scholars|\ue000))", re.IGNORECASE)


def _other_voice(context: SentenceContext, governing: str) -> bool:
    """Whether the clause that states a law topic is spoken by a voice other than the state's (a think tank,
    academics, the press …): the words before its first verb of saying, each comma-separated part read alone."""
    said = SAYING.search(governing) or STANCE.search(governing)
    speaker = positions.voice_words(context, governing[:said.start()] if said else governing)
    return any(positions.non_state_voice(positions.LINKING.sub("", part)) for part in re.split(r",\s*", speaker)) or \
        bool(said and positions.HEARSAY.search(speaker[-60:]))  # "Brazil reportedly holds that …": told of, not said


# an occasion of its own that is neither a forum nor a paper: what was said there is no position in either
OTHER_OCCASION = re.compile(r"\b(?:in|during|at|on|to)\s+(?:a|an|his|her|its|their|the|one)\s+(?:(?:{y}|[\w-]+)\s+){{0,3}}?"
                            r"(?:interviews?|articles?|op-eds?|press\s+conferences?|podcasts?|tweets?|posts?|books?|blogs?|"
                            r"newspapers?|television|radio|briefings?|hearings?|seminars?|webinars?|panels?|"
                            r"media|press)\b|\b(?:told|addressed|before)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:audience|"
                            r"conference|seminar|gathering|symposium|workshop)\b".format(y=cues.YEAR), re.IGNORECASE)


# words that describe a debate among states rather than a view of one ("contested", "states are divided", "whether
# due diligence is binding", "critics say")
DEBATE = re.compile(r"\b(?:contested|debated|disputed|controversial|divisive|unsettled|unresolved|open\s+question|"
                    r"(?:is|are|remains?)\s+(?:\w+ly\s+)?divided|disagree\w*|differ(?:s|ed)?\s+(?:on|over|about)|"
                    r"among\s+states|between\s+states|(?:many|several|some|most|other|few)\s+(?:other\s+)?"
                    r"(?:states|countries|governments|delegations)|critics|commentators|scholars|observers|"
                    r"^\s*whether|^\s*(?:the\s+)?question\s+of\s+whether)\b", re.IGNORECASE)


def _said_by_state(context: SentenceContext, state: str, masked_cut: int) -> bool:
    """Whether the words before a law topic name the state (or its voice, or a pronoun for it, or its paper) as who
    holds the view: a verb of saying or holding whose clause opens with it."""
    before = context.masked[:masked_cut]
    if any(context.state_of(m.key) == state for m in context.view.slots_in(before) if m.key):
        return True
    return bool(re.search(r"\b(?:it|its|the\s+(?:paper|document|position|contribution|statement|government))\b",
                          before, re.IGNORECASE)) and bool(SAYING.search(before))


RELATIVE_OF = re.compile(rf"(?P<who>{SLOT})(?:'s|’s)?\s*(?:\([^)]*\)\s*)?,?\s*(?:which|who)\b")


def _another_states_relative(context: SentenceContext, state: str, before_topic: str) -> bool:
    """Whether the topic is said in a relative clause of another state ("…, welcomed by the Netherlands, which holds
    that …"), with no word of the profile's state after it."""
    found = list(RELATIVE_OF.finditer(before_topic))
    if not found:
        return False
    who = context.view.slot(found[-1].group("who"))
    other = context.state_of(who.key) if who.key else ""
    if not other or other == state:
        return False
    return not any(context.state_of(m.key) == state for m in context.view.slots_in(before_topic[found[-1].end():])
                   if m.key)


# a topic set as the sentence's heading ("On due diligence, Hanoi has said …", "As for attribution, its delegates …")
TOPIC_HEADING = re.compile(r"^\s*(?:On|As\s+(?:for|to|regards)|Regarding|Concerning|With\s+(?:regard|respect)\s+to)\s+"
                           r"(?:the\s+(?:question|issue|matter)\s+of\s+)?[^,;]{1,40}?(?:,\s*|\s+(?=(?:it|they|its|their|"
                           r"[A-Z])))")


# What makes a sentence in a forum a state's saying (what a forum only heard debated, or a state took part in, is no
# position of the state: "took part in the OEWG, where IHL was debated")
SAYING = re.compile(r"\b(?:regard(?:s|ed)?|hold(?:s|ing)?|held|affirm(?:s|ed|ing)?|maintain(?:s|ed|ing)?|"
                    r"consider(?:s|ed)?|believ(?:es|ed|e)|recogni[sz](?:es|ed|e)|accept(?:s|ed)?|reject(?:s|ed)?|"
                    r"insist(?:s|ed)?|argu(?:es|ed|ing|e)|contend(?:s|ed)?|assert(?:s|ed)?|underst(?:ands?|ood)|sees?|saw|"
                    r"views|viewed|treats?|treated|(?:re)?stat(?:es|ed|e)|sa(?:ys|id|y)|stress(?:es|ed)?|"
                    r"emphasi[sz](?:es|ed|e)|underlin(?:es|ed|e)|told|not(?:es|ed)|endors(?:es|ed|e)|"
                    r"acknowledg(?:es|ed|e)|subscrib(?:es|ed|e)|answer(?:s|ed)|repl(?:ies|ied)|"
                    r"add(?:s|ed)(?=\s*(?:,|that\b|\.?\s*$)))\b|"
                    r"\bin\s+(?:its|their|his|her|\w+(?:'s|’s))\s+(?:\w+\s+)?(?:view|opinion|reading|understanding)\b",
                    re.IGNORECASE)


# "state" or "states" as a noun, not a verb of saying ("state sovereignty", "states have a duty"): the verb is "stated",
# "states that", or "states" before its object's article
NOUN_STATE = re.compile(r"states?\b(?!\s+(?:that|its|their|a|an|the|clearly|explicitly|expressly|unequivocally)\b)",
                        re.IGNORECASE)


def _says(context: SentenceContext, masked_cut: int) -> bool:
    """Whether the words before a law topic have the state say or hold something: a verb of saying or holding whose
    clause opens with the state's voice (see :func:`positions._speaks_as_state`), or "in their view"."""
    said = [m for m in SAYING.finditer(context.masked, 0, masked_cut) if not SLOT_RE.search(m.group()) and
            not NOUN_STATE.match(context.masked, m.start())]  # ("the principle of state sovereignty": no saying)
    if not said:
        return False
    if said[-1].group().lower().startswith("in "):
        return True  # "States, in their view, have …": the view names whose it is
    start, _ = context.clause_of(said[-1].start())
    begin = context.intro_end if start <= context.intro_end else start
    return positions._speaks_as_state(context, context.masked[begin:said[-1].start()])


# A negated stance that still holds a view ("does not regard sovereignty as a rule": a position that it is not), unlike
# one that states none ("has not stated a view on countermeasures", "no view … has been expressed", "non-committal")
HOLDS_NOT = re.compile(r"\b(?:does|do|did)\s+not\s+(?:\w+ly\s+)?(?:regard|consider|accept|recogni[sz]e|see|treat|view|"
                       r"believe|share|consider)\b(?!\s+(?:any|a|its|their)\s+(?:view|position|stance))", re.IGNORECASE)
NO_VIEW = re.compile(r"\b(?:no|not\s+(?:\w+\s+){0,2}?(?:stated|expressed|taken|set\s+out|given|articulated))\s+"
                     r"(?:\w+\s+)?(?:views?|position|stance|opinion)\b|\bnon-committal\b|\breticent\b|"
                     r"\b(?:has|have|had)\s+(?:not|never)\s+(?:\w+\s+)?(?:stated|expressed|taken|addressed|"
                     r"pronounced|commented)\b|\bsilent\b|\b(?:says?|said|states?|stated)\s+(?:(?:very|rather|relatively)\s+)?(?:nothing|little)\b|"
                     r"\b(?:does|do|did)\s+not\s+(?:\w+ly\s+)?(?:address|mention|discuss|cover|deal\s+with|touch\s+on)\b|"
                     r"\bmakes?\s+no\s+(?:mention|reference)\b|\bis\s+(?:not|never)\s+(?:addressed|mentioned|discussed)\b",
                     re.IGNORECASE)
ALIGNED_WITH = re.compile(r"\b(?:align(?:s|ed|ing)?|in\s+line|echo(?:es|ed|ing)?)\b[^,;]{0,25}\bwith\s+(?:the\s+)?$|"
                          r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
# What names a paper on international law is no position in it ("set out how it considers international law to
# apply", "its position on how international law applies"): its words are left out before topics are read.
PAPER_NAMED = re.compile(
    r"\b(?:how|whether)\s+(?:it|they|the\s+government|[A-Z]\w+)?\s*(?:\w+\s+){0,2}?(?:existing\s+)?international\s+law"
    r"\s+(?:to\s+)?appl(?:ies|y|ying)(?:\s+(?:in|to)\s+(?:cyberspace|(?:the\s+)?cyber\s*space|cyber\s+operations|"
    r"(?:the\s+)?use\s+of\s+ICTs))?|\b(?:the\s+)?(?:application|applicability)\s+of\s+international\s+law\s+"
    r"(?:in|to)\s+(?:cyberspace|(?:the\s+)?use\s+of\s+ICTs(?:\s+in\s+cyberspace)?)"
    r"|[“\"][^”\"]{0,200}?\binternational\s+law\b[^”\"]{0,200}?[”\"]|"
    r"\b(?:entitled|titled)\s+['‘][A-Z][^.;]{0,200}?\binternational\s+law\b[^.;]{0,200}?['’](?!\w)", re.IGNORECASE)  # (a quoted title names a paper)


def _paper_named_out(text: str) -> str:
    """The text with the words that name a paper's subject blanked (same length, offsets kept)."""
    return PAPER_NAMED.sub(lambda m: " " * len(m.group()), text)


def _slot_of(context: SentenceContext, mention) -> str:
    return f"\ue000{context.index_of(mention)}\ue001"


BREATH = re.compile(r";|,\s+(?:and|but|while|although|whereas|holds|affirms|maintains|accepts|considers|argues|that|"
                    r"described|cautioned|warned|stressed|argued|held|insisted|noted|called|regarded|treated|urged|"
                    r"rejected|accepted|maintained|affirmed|considered|"
                    # the present of a paper's own saying (", states that IHL applies", ", describes due diligence as")
                    r"states\s+that|describes|cautions|warns|stresses|insists|notes|calls|regards|treats|urges|rejects|"
                    r"asserts|recogni[sz]es|acknowledges|underlines|emphasi[sz]es|contends)\b"
                    r"|\s+(?:and|but)\s+(?:also\s+)?(?:(?:has|have)\s+(?:also\s+)?)?(?:that|holds|affirms|maintains|accepts|considers|argues|rejects|restate[sd]|"
                    r"stress(?:es|ed)|add(?:s|ed)|not(?:es|ed)|recogni[sz](?:es|ed)|insist(?:s|ed)|warn(?:s|ed)|affirmed|"
                    r"caution(?:s|ed)|describ(?:es|ed)|urg(?:es|ed)|call(?:s|ed)|"
                    r"argued|accepted|rejected|held|maintained|considered|acknowledg(?:es|ed)|treat(?:s|ed))\b")


def _merged(statements: list[tuple[URIRef, str]], text: str) -> list[tuple[URIRef, str]]:
    """One position per breath: topics said in one stretch between clause breaks are one position, named by the
    first ("sovereignty is a rule whose violation is an internationally wrongful act" is about sovereignty;
    "the UN Charter and the principle of sovereignty apply" is one position)."""
    breaks = [0] + [m.start() for m in BREATH.finditer(text)] + [len(text)]
    first_in_breath: dict[int, URIRef] = {}
    for topic, start, _ in topic_spans(text, LAW_TOPICS):
        breath = max(i for i, b in enumerate(breaks) if b <= start)
        if breath not in first_in_breath:
            first_in_breath[breath] = topic
    keep = set(first_in_breath.values())
    return [(t, w) for t, w in statements if t in keep]


def _masked_offset(context: SentenceContext, text_offset: int) -> int:
    """The masked offset of a position in the sentence with mentions written out."""
    written, masked = 0, 0
    for match in SLOT_RE.finditer(context.masked):
        plain = match.start() - masked
        if written + plain >= text_offset:
            return masked + (text_offset - written)
        written += plain + len(context.view.mentions[int(match.group(1))].text)
        masked = match.end()
    return masked + max(0, text_offset - written)


# a published paper's views told first in a forum: "published its national position in 2024, having first outlined it
# in an OEWG statement a year earlier", "its position, first presented at the OEWG in 2022, was published in 2023"
FIRST_OUTLINED = re.compile(
    rf"\b(?:having\s+)?(?:first|earlier|previously|initially|already)\s+(?:been\s+)?(?:outlined|set\s+out|presented|"
    rf"aired|stated|previewed|sketched|floated|put\s+forward|expressed|laid\s+out|announced)\s+"
    rf"(?:(?:it|them|its\s+(?:main\s+)?(?:views|elements|approach|position))\s+)?(?:in|at|to|before)\s+"
    rf"(?:(?:an?|the|its|one)\s+)?(?:(?:{cues.YEAR}|national|joint|written)\s+)?(?P<forum>{SLOT})")


def first_outlined(context: SentenceContext) -> list[Finding]:
    """A position stated in the forum where the state first outlined the paper the sentence tells it published (see
    FIRST_OUTLINED), dated by its own time ("a year earlier" counted from the paper's year)."""
    if "first" not in context.masked and not re.search(r"earlier|previously|initially|already", context.masked):
        return []
    found = FIRST_OUTLINED.search(context.masked)
    if found is None:
        return []
    papers = [f for f in _national_findings(context) if f.fact.relation == "issued" and f.fact.status == "Published"]
    forum = context.view.slot(found.group("forum"))
    if not papers or not positions._is_forum(context, forum) or positions._names_a_document(context, forum):
        return []
    paper = papers[0].fact
    end = context.clause_of(found.start())[1]
    when = next((w for w in cues.times(context.written_out(context.masked[found.start():end]), paper.year)
                 if w.prep in cues.DATING), None)
    fact = Fact("position", paper.subject, forum.key, when.year if when else "",
                statement=positions._statement(context, found.start(), end))
    return [_finding(context, fact, "position.first-outlined", False, Decimal("0.75"))]


RULES = [once(rule) for rule in (_national_findings, law_positions, first_outlined)]


def topics_once(findings: list[Finding]) -> list[Finding]:
    """A sentence's findings with each law topic on one position of a speaker in a forum: where a stance verb holds
    several topics in turn, each topic given its own row ("argued that sovereignty applies and that states have a
    due diligence obligation": a row on due diligence) is taken off the stance's row, which keeps the rest."""
    own: dict[tuple[str, str], set] = {}
    for found in findings:
        if found.fact.relation == "position" and found.rule == "position.in-forum" and len(found.fact.topics) == 1:
            own.setdefault((found.fact.subject, found.fact.object), set()).update(found.fact.topics)
    if not own:
        return findings
    kept = []
    for found in findings:
        taken = own.get((found.fact.subject, found.fact.object), set())
        if found.fact.relation == "position" and found.rule != "position.in-forum" and taken and \
                found.fact.topics - taken and found.fact.topics & taken:
            found = replace(found, fact=replace(found.fact, topics=found.fact.topics - taken))
        kept.append(found)
    return kept

