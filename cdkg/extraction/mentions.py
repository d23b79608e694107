"""Mentions in a sentence: gazetteer names, names found by definition or head word, coreferring phrases.

A sentence is turned into a *masked* string in which every mention is replaced by
``\\ue000<n>\\ue001`` (n = its index), so that relation rules are short regular
expressions over words and argument slots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from cdkg.extraction.prefilter import may_match
from cdkg.gazetteer import Gazetteer

OPEN, CLOSE = "\ue000", "\ue001"
SLOT = rf"{OPEN}(\d+){CLOSE}"
SLOT_RE = re.compile(SLOT)
OFFICE_HOLDER = r"(?:[A-Z][a-z]+-)?(?:General|Prosecutor|Minister|President|Commissioner|Ombudsman|Governor|Registrar|Auditor|Solicitor|Mayor)"
HOLDER_BODY = r"(?:Office|Chambers|Department|Ministry|Bureau|Cabinet|Secretariat|Division|Unit|Service)\b"
MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# (every alternative opens with a capital: the look-ahead for one is the same pattern, and saves trying the months
# at every other position: name patterns run twice as fast)
# ("Response Teams/Coordination Center": two capitalised words joined by a slash are one word of the name)
# ("e-Government Authority", "Information & eGovernment Authority": a capitalised word after an "e-" or "e" prefix is
# one too)
# ("the Ministry of People's Power for …", "the Ministry of Women's Affairs": a group's possessive is a word of the name)
# ("the Attorney General's Chambers", "the Attorney-General's Department", "the Public Prosecutor's Office", "the Prime
# Minister's Office": an office-holder's possessive before the body's head word is a word of the body's name)
CAP = rf"(?:(?=[A-Z])(?!{MONTH_WORD})(?:(?:People|Women|Children)['’]s(?=\s+[A-Z])|{OFFICE_HOLDER}['’]s(?=\s+{HOLDER_BODY})|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w&-]*\w(?:/[A-Z][a-z]{{2,}})?\+?|[A-Z]\+?)|" \
      rf"(?<![\w-])e-?[A-Z][a-z]\w*)"
# a programme name ends at its head word: "the Reef Cyber Programme and PACYB+" are two names
# ("the Specialised Department against Cybercrime", "the Division against Computer Crimes": "against" joins a unit's head
# word to what it fights, nowhere else: "Ukraine against Russia" are two names)
CONNECT = r"(?:(?:of|for|on|de)(?:\s+the)?|(?<!Programme\s)(?<!Program\s)(?<!Project\s)(?<!Initiative\s)(?<!Fund\s)and|&|" \
          r"(?:(?<=Department\s)|(?<=Division\s)|(?<=Directorate\s)|(?<=Unit\s)|(?<=Centre\s)|(?<=Center\s)|(?<=Office\s)|" \
          r"(?<=Brigade\s)|(?<=Section\s)|(?<=Service\s))against)"
NAME = rf"{CAP}(?:\s+(?:{CONNECT}\s+)?{CAP})*"
# An upper-case letter, accented ones too: "NÚKIB", "NBÚ", "MİT", "ANSSI-BÉ" are acronyms as much as ASCII ones
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# (or one to three lower-case letters before capitals: "iGA", "bwCSIRT", "ictQATAR")
ACRONYM = rf"(?:[{UPPER}][A-Za-z0-9&/{UPPER[3:]}-]*[{UPPER}0-9][A-Za-z0-9/{UPPER[3:]}-]*|[a-z]{{1,3}}[{UPPER}]{{2,}}[A-Za-z0-9/-]*)"
TAILS = r"project|programme|program|initiative|network|exercise|scheme|platform|mechanism|summit|strategy"
NAMED = re.compile(
    # ("the Security Network Exercise (SNE 19)": an exercise's acronym may carry its edition; "the national Cyber Wall
    # (Cyber Mauer) exercise": a name in another language in brackets before the kind word is the same one's)
    rf"(?P<name>{NAME})(?:\s+\((?:the\s+)?(?P<acr>{ACRONYM}(?:\s\d{{2,4}})?)(?:,\s[^()]{{1,80}})?\)|"
    rf"\s+\((?P<alias>[A-Z][\w'’-]*(?:\s[\w'’-]+){{0,3}})\)(?=\s+(?:{TAILS})s?\b))?(?:\s+(?P<head>{CAP}))?"
    rf"(?:(?:\s+(?P<tailyear>\d{{4}}(?:-\d{{4}})?|\d{{1,2}}(?:\.\d{{1,2}})?))?\s+(?P<tail>{TAILS})s?\b)?"
)
LOWER_DEFINITION = re.compile(
    rf"\b(?:(?:national|government|governmental|state|military|cyber|computer)\s+)*"
    rf"(?P<head>CERT|CSIRT|CIRT|[Aa]gency|[Aa]uthority|[Cc]entre|[Cc]enter|[Tt]eam|[Rr]egulator)s?\s+\((?P<acr>{ACRONYM})\)"
)
APPOSITION = re.compile(
    rf"\b(?P<acr>[A-Z][A-Z0-9-]{{2,}}),\s+(?:the\s+)?{SLOT}'s\s+(?:[a-z]+\s+){{0,2}}"
    rf"(?P<head>CERT|CSIRT|CIRT|[Aa]gency|[Aa]uthority|[Tt]eam)\b"
)
BARE_APPOSITION = re.compile(
    r"\b(?P<acr>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*),\s+(?:the|its|their)\s+(?:national|governmental|government)\s+"
    r"(?:[a-z]+\s+)?(?P<head>CERT|CSIRT|CIRT)\b"
)
STOP_WORDS = frozenset("""The A An In At As On Through Since Under Following Another This That These Those Its Their
    Meanwhile While With Within For By From Upon After Before During Both Each Key New Recent Recently Internally
    However Moreover Furthermore Additionally Also Thus Hence Other Several Many Most Some Such Its Our His Her
    January February March April May June July August September October November December Despite Although
    Whereas Because If When Where Here There Today Currently Its Interim""".split()) - {"Interim"}
# head nouns a writer refers back to a body by (resolved to the nearest body of that kind named before: pipeline)
BODY_HEAD_WORDS = "agency|authority|centre|center|unit|team|directorate|office|command|council|commission"
# ("[Tt](?<!\w[Tt])he" is "\bthe|\bThe" opening with a letter class, which ``re`` skips ahead to: 3x faster)
# (a monarchy or republic is named by its form of state in lower case too: "the kingdom argued", "the republic has")
COREF = re.compile(
    r"[Tt](?<!\w[Tt])he (?:country|nation|state|government|Union|Alliance|Organi[sz]ation|Commission|"
    # ("the former Ministry of X" is an adjective before a name, no pronoun)
    r"[Kk]ingdom|[Rr]epublic|Federation|Confederation|[Pp]rincipality|[Ss]ultanate|[Ee]mirate|(?:latter|former)(?!\s+(?:[A-Z]|e-[A-Z]))|police|"
    r"[Ww]orking [Gg]roup|Group|Committee|Bank|"
    # a body referred back to by its head noun ("The agency signed …", "the team takes part in …"), in lower case: "the
    # Agency for X" is a name; "the agency ANSSI" is an apposition, the name after it its own mention
    rf"(?:{BODY_HEAD_WORDS})(?!\s+(?:[A-Z]|e-[A-Z])))(?:'s?)?\b(?! of\b)"
)
# A capital city stands for its state only on its own: not inside a longer name ("Budapest Convention",
# "Paris Call", "Tallinn Mechanism") nor as a modifier ("Tallinn-based").
CAPITAL_IN_NAME = re.compile(r"^(?:\s+(?:[A-Z]|of\s+[A-Z])|-)")


@dataclass(slots=True)
class Mention:
    """A named thing in a sentence: span, entity key (or '' until resolved), how it was named, its kind."""

    start: int
    end: int
    key: str
    form: str
    kind: str
    text: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def copy(self) -> Mention:
        """A copy that a sentence view may resolve without touching the original (cheaper than dataclasses.replace)."""
        return Mention(self.start, self.end, self.key, self.form, self.kind, self.text, self.extra)


@dataclass
class SentenceView:
    """A sentence with its mentions and the masked string the rules read."""

    text: str
    mentions: list[Mention]
    hits: list[Mention] = field(default_factory=list)
    corefs: list[Mention] = field(default_factory=list)
    masked: str = ""
    offsets: list[int] = field(default_factory=list)

    def mask(self) -> None:
        """Build the masked string (mentions replaced by slots) and the slot offsets."""
        pieces, position, length = [], 0, 0
        self.offsets = []
        for index, mention in enumerate(self.mentions):
            before = self.text[position:mention.start]
            slot = f"{OPEN}{index}{CLOSE}"
            pieces += (before, slot)
            self.offsets.append(length + len(before))
            length += len(before) + len(slot)
            position = mention.end
        pieces.append(self.text[position:])
        self.masked = "".join(pieces)

    def slot(self, match_text: str) -> Mention:
        """The mention of a slot string such as '\\ue0003\\ue001'."""
        return self.mentions[int(SLOT_RE.search(match_text).group(1))]

    def slots_in(self, masked_part: str) -> list[Mention]:
        """Mentions whose slots occur in a piece of the masked string, in order."""
        return [self.mentions[int(i)] for i in SLOT_RE.findall(masked_part)]


def choose(candidates: list[Mention]) -> list[Mention]:
    """Leftmost-longest, non-overlapping mentions."""
    chosen: list[Mention] = []
    end = -1
    if any(m.kind == "coref" for m in candidates):  # "the Organisation for Economic Co-operation and Development": a
        # name that starts inside a back-reference ("the Organisation") and runs past it is that name, not a coref
        names = [m for m in candidates if m.kind != "coref"]
        candidates = [m for m in candidates if m.kind != "coref" or not any(
            m.start < n.start < m.end < n.end for n in names)]
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if mention.start >= end:
            chosen.append(mention)
            end = mention.end
    return chosen


def choose_in(text: str, candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions with "Long Name (ACR)" folded into one."""
    return merge_repeats(text, choose(candidates))


def merge_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """Fold "Long Name (ACR)" of one entity into a single mention."""
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if last is not None and last.key and last.key == mention.key and \
                re.fullmatch(r"\s*\(\s*(?:the\s+)?", text[last.end:mention.start]) and text[mention.end:mention.end + 1] == ")":
            last.end = mention.end + 1
            last.text = text[last.start:last.end]
            continue
        merged.append(mention)
    return merged


def gazetteer_mentions(text: str, gazetteer: Gazetteer, added_only: bool = False) -> list[Mention]:
    """Gazetteer hits in a sentence as mentions (``added_only``: names of discovered entities only)."""
    mentions = []
    for hit in gazetteer.find(text, added_only):
        if hit.form == "capital" and CAPITAL_IN_NAME.match(text[hit.end:hit.end + 5]):
            continue
        if hit.form == "adjective" and text.startswith("-speaking", hit.end):
            continue  # "Portuguese-speaking countries": a language, not the state
        entity = gazetteer.entities[hit.key]
        mentions.append(Mention(hit.start, hit.end, hit.key, hit.form, entity.kind, text[hit.start:hit.end]))
    return mentions


def coref_mentions(text: str) -> list[Mention]:
    """Phrases that refer back to an actor ("the country", "the Union"), unresolved."""
    mentions = []
    for hit in COREF.finditer(text):
        head = " ".join(hit.group().split()[1:]).removesuffix("'s")  # "the working group": "working group"
        mentions.append(Mention(hit.start(), hit.end(), "", "coref", "coref", hit.group(), {"head": head}))
    return mentions


# "EU-funded", "NATO-led", "US-backed": a modifier before a name, not part of it.
MODIFIER_WORD = re.compile(r"[\w.]+-(?:funded|led|backed|financed|sponsored|run|based|supported|organi[sz]ed)")


def trim_name(name: str, start: int) -> tuple[str, int]:
    """Drop leading function words, months and stray years from a capitalised run."""
    trimmed, dropped = _trimmed(name)
    return trimmed, start + dropped


@lru_cache(maxsize=8192)
def _trimmed(name: str) -> tuple[str, int]:
    """``name`` trimmed and how many characters were dropped before it (remembered: names recur)."""
    start = 0
    words = name.split(" ")
    while words and (words[0] in STOP_WORDS or words[0].rstrip(",") in STOP_WORDS or MODIFIER_WORD.fullmatch(words[0])):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[0] in ("of", "for", "and", "the", "on", "in", "&", "de", "to"):
        start += len(words[0]) + 1
        words = words[1:]
    joined = " ".join(words)
    people = PEOPLE_OF.match(joined) if words and may_match(PEOPLE_OF, joined) else None
    # ("Experts of the UK Home Office": the people are not the body's name)
    if people and len(words) > len(people.group().split()):
        start += len(people.group())
        words = joined[len(people.group()):].split(" ")
    return " ".join(words), start


PEOPLE_OF = re.compile(r"(?:Experts?|Officials?|Officers?|Staff|Members?|Representatives?|Delegates?|Delegations?|"
                       r"Teams?|Researchers?|Analysts?|Advisers?|Advisors?)\s+(?:of|from)\s+(?:the\s+)?"
                       # "Training for the Ghana Police Service": what is done for a body is not its name
                       r"|(?:Training|Support|Funding|Assistance|Help|Equipment|Reform|Reforms|Oversight|Supervision)\s+"
                       r"(?:for|of|to|from)\s+(?:the\s+)?(?=[A-Z])")


def _initials(words: list[str]) -> list[tuple[int, str]]:
    found = []
    for index, word in enumerate(words):
        if word in ("of", "for", "and", "the", "on", "in", "&", "de", "to"):
            continue
        for part in word.split("-"):
            if part:
                found.append((index, part[0].upper()))
    return found


def align_acronym(words: list[str], acronym: str) -> int | None:
    """The index of the first word of ``words`` that starts a name the acronym abbreviates, or None."""
    letters = [c for c in acronym if c.isalpha() and c.isupper()]
    initials = _initials(words)
    for position, (index, letter) in enumerate(initials):
        if letter != letters[0]:
            continue
        rest = iter(l for _, l in initials[position + 1:])
        if all(any(l == want for l in rest) for want in letters[1:]):
            return index
    return None
