"""Entities the gazetteer lacks, found from their definitions and head words.

* acronym definitions: "National Authority for Electronic Certification and Cyber Security (AKCESK)",
  "the national CERT (MKD-CIRT)", "ALCIRT, Albania's national CSIRT";
* head words: a capitalised name ending in Agency, Centre, Authority, Team, CERT, Programme,
  Initiative, Network, Summit... or followed by "exercise", "project", "network".

The class comes from the head word; an agency's state from a state named in or just
before its name, an apposition, or the paragraph's topic; a body's parent from an
organisation named inside its name (NATO in "NATO Cyber Incident Response Centre").
Documents (strategies, laws) are not entities here: they are keyed by issuer and
year, so the relation rules create them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from cdkg.extraction.mentions import (
    ACRONYM, CAP, NAME, UPPER, STOP_WORDS, APPOSITION, BARE_APPOSITION, LOWER_DEFINITION, NAMED, TAILS, Mention, SentenceView, align_acronym,
    trim_name,
)
from cdkg.extraction.prefilter import may_match
from cdkg.gazetteer import Entity, Gazetteer, trie_pattern
from cdkg.text import slugify
from cdkg.vocabulary import CDO

AGENCY, CERT, PROGRAMME, FORUM, EXERCISE, EVENT, BODY = "agency", "cert", "programme", "forum", "exercise", "event", "body"
ORGANISATION, INTERNATIONAL = "organisation", "international"
HEADS: dict[str, str] = {
    "agency": AGENCY, "authority": AGENCY, "centre": AGENCY, "center": AGENCY, "ministry": AGENCY,
    "directorate": AGENCY, "command": AGENCY, "office": AGENCY, "service": AGENCY, "regulator": AGENCY,
    "board": AGENCY, "bureau": AGENCY, "coordination": AGENCY, "commission": AGENCY, "council": AGENCY, "committee": AGENCY,
    "department": AGENCY, "institute": AGENCY, "division": AGENCY, "unit": AGENCY, "administration": AGENCY, "inspectorate": AGENCY,
    "secretariat": AGENCY, "police": AGENCY, "guard": AGENCY, "force": AGENCY, "forces": AGENCY, "brigade": AGENCY,
    "corps": AGENCY,  # "the Signals Corps", "the Scientific, Penal and Criminal Investigations Corps"
    "chambers": AGENCY,  # "the Attorney General's Chambers"
    "section": AGENCY,  # "investigates cybercrime through its Computer Crimes Section"
    "superintendency": AGENCY, "superintendence": AGENCY,  # a sector's regulator ("the Superintendency of Banks")
    "drill": EXERCISE, "bank": ORGANISATION,
    "union": INTERNATIONAL, "organisation": INTERNATIONAL, "organization": INTERNATIONAL, "association": INTERNATIONAL,
    "league": INTERNATIONAL, "commonwealth": INTERNATIONAL,
    "cert": CERT, "csirt": CERT, "cirt": CERT, "team": CERT,
    "programme": PROGRAMME, "program": PROGRAMME, "initiative": PROGRAMME, "project": PROGRAMME,
    "fund": PROGRAMME, "facility": PROGRAMME, "scheme": PROGRAMME, "platform": PROGRAMME, "mechanism": PROGRAMME,
    "fellowship": PROGRAMME, "school": PROGRAMME, "academy": PROGRAMME, "scholarship": PROGRAMME,
    "network": FORUM, "dialogue": FORUM, "process": FORUM, "forum": FORUM, "group": FORUM, "partnership": FORUM,
    "community": FORUM, "alliance": FORUM,
    "exercise": EXERCISE, "summit": EVENT, "conference": EVENT, "symposium": EVENT,
}
HINT = re.compile(r"\(|\b(?:" + trie_pattern(sorted({h.lower() for h in HEADS} | {h.capitalize() for h in HEADS}
                                                   | {h.upper() for h in HEADS})) + r")s?\b")
DOCUMENT_HEADS = frozenset(
    "strategy policy guidance doctrine plan masterplan agenda concept directive act law regulation code bill decree principles "
    "declaration charter statement framework".split()
)
PROGRAMME_CONTEXT = re.compile(r"\b(?:initiative|programme|program|project|mechanism|scheme)\b")
CAPACITY = re.compile(r"capacity|cooperation|assist|development|training|partner|outreach", re.IGNORECASE)
ROLE_CLASSES = {AGENCY: CDO.GovernmentAgency, CERT: CDO.CERT, FORUM: CDO.Forum, EXERCISE: CDO.Exercise,
                EVENT: CDO.Event, BODY: CDO.OrganisationalBody, ORGANISATION: CDO.Organisation,
                INTERNATIONAL: CDO.InternationalOrganisation}
KIND_OF_ROLE = {AGENCY: "org", CERT: "org", FORUM: "org", BODY: "org", ORGANISATION: "org", INTERNATIONAL: "org", PROGRAMME: "initiative",
                EXERCISE: "initiative", EVENT: "event"}
PREFIX_OF_KIND = {"org": "org", "initiative": "initiative", "event": "event"}


@dataclass
class Discovery:
    """A discovered entity and what its definition says about it."""

    entity: Entity
    forms: dict[str, str]
    agency_of: str = ""
    part_of: str = ""
    weak_state: bool = False



@lru_cache(maxsize=8192)
def head_role(name: str, tail: str = "") -> str:
    """The role a name's head word gives it ('' when the head word is not one we know; remembered: a pure function
    of the words, asked several times of each name)."""
    if tail:
        return HEADS.get(tail.lower(), "")
    words = all_words = name.split()
    # the head comes before the first connector ("Egyptian Agency of Partnership for Development": an agency)
    first = min((words.index(c, 1) for c in ("for", "of", "on", "against") if c in words[1:]), default=0)
    if first:
        words = words[:first]
    if words is not all_words and words[-1].lower() not in HEADS and \
            words[-1].lower() not in DOCUMENT_HEADS and all_words[-1].lower() in HEADS:
        words = all_words  # "Gulf of Guinea Cyber Skills Initiative": the head is last when none comes before "of"
    if len(words) > 2 and re.fullmatch(r"(?:II|III|IV|V|VI|[2-9])", words[-1]) and words[-2].lower() in HEADS and \
            HEADS[words[-2].lower()] == PROGRAMME:
        words = words[:-1]  # "Smart Government Project II", "Digital Skills Programme 2": a later phase of a programme
    head = words[-1] if words else ""
    # "Directorate General of X", "Directorate-General for X", "Inspectorate General": "General" after a head word is
    # its rank, the head is the word before it
    if head in ("General", "general") and len(words) > 1 and words[-2].lower() in HEADS:
        head = words[-2]
    elif re.fullmatch(r"[A-Z][a-z]+-[Gg]eneral", head) and head.split("-")[0].lower() in HEADS:
        head = head.split("-")[0]
    if head.endswith("s") and head.lower()[:-1] in HEADS and not head.isupper() and not (
            head.lower() in HEADS and re.search(r"[Cc]yber", name)):  # ("Hellenic Cyber Forces": a cyber service)
        return ""
    if head.endswith(("Drill", "Exercise")) and re.fullmatch(r"[A-Z]\w*(?:Drill|Exercise)", head) or \
            words[0] == "Exercise" and len(words) > 1:
        return EXERCISE  # "the ITU CyberDrill", "Exercise Cyber Star"
    return HEADS.get(head.lower(), "")


# Programme-like names that are political initiatives or funds, not capacity-building programmes.
NOT_A_PROGRAMME = re.compile(r"\b(?:Mechanism|Partnership|Platform|Pledge)(?:\s+(?:on|for|of)\b.*)?$|\b(?:of|for) Action\b")


def _role_class(role: str, sentence: str, name: str) -> URIRef:
    if role == PROGRAMME:
        if NOT_A_PROGRAMME.search(name):
            return CDO.Initiative
        if re.search(r"\b(?:programm?e?|project|scheme|fellowship|academy|school)s?\b", name + " " + sentence,
                     re.IGNORECASE):
            return CDO.CapacityBuildingProgramme
        return CDO.CapacityBuildingProgramme if CAPACITY.search(sentence + " " + name) else CDO.Initiative
    return ROLE_CLASSES[role]


def _inside(view: SentenceView, start: int, end: int, kinds: tuple[str, ...]) -> list[Mention]:
    return [m for m in view.mentions if m.start >= start and m.end <= end and m.kind in kinds]


STATE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:of|in)\s+(?:the\s+)?$")


def _state_after(view: SentenceView, end: int) -> str:
    """A state named just after a name: "the Cybersecurity Agency (CISA) of the United States"."""
    for mention in view.mentions:
        if mention.kind == "state" and mention.start >= end and STATE_AFTER.fullmatch(view.text[end:mention.start]):
            return mention.key
    return ""


def _organisation_before(view: SentenceView, start: int) -> Mention | None:
    """An international or other non-state organisation whose possessive stands just before a name ("Interpol's",
    "the World Bank's"); a state's own body as possessor ("the Police's unit") is not one."""
    for mention in view.mentions:
        if mention.kind == "org" and mention.key and mention.key.count("/") == 1 and mention.end <= start and \
                re.fullmatch(r"['’]s?\s+(?:own\s+)?", view.text[mention.end:start]):
            return mention
    return None


def _state_before(view: SentenceView, start: int) -> str:
    """A state named just before a name: "Albania's", "Korean", "the Ghanaian"."""
    for mention in view.mentions:
        gap = view.text[mention.end:start]
        if mention.kind == "state" and mention.end <= start and re.fullmatch(r"(?:['’]s?)?\s*(?:own\s+|national\s+)?",
                                                                             gap):
            return mention.key
    return ""


# Bodies whose head word is shared by national agencies and international or private bodies: a committee,
# commission or council is a state's only when its name says so; a data or research centre is a facility, a
# centre of excellence or capacity-building centre a programme.
SHARED_HEADS = re.compile(r"\b(?:Committee|Commission|Council)\b")
INTERNATIONAL_MARK = re.compile(r"\b(?:International|Inter-\w+|Global|Regional|UN|United Nations|African|European|Asian|"
                                r"American|Arab|Islamic|Commonwealth|Joint|Ad Hoc|World|Pacific|Atlantic|Baltic|Nordic)\b")
NATIONAL_MARK = re.compile(r"\b(?:National|Federal|State|Presidential|Government|Governmental|Ministry|Republic)\b")
FACILITY = re.compile(r"\b(?:Data|Research|Health|Innovation|Development|Technology|Technologies|Studies|Science)\s+"
                      r"(?:Centre|Center)\b|\b(?:Centre|Center)\s+for\s+(?:Public|Special|Research|Information Security)\b")
INSTITUTE = re.compile(r"\bInstitute\b")
TRAINING_CENTRE = re.compile(r"\b(?:Training|Knowledge|Skills)\s+(?:Centre|Center|Hub)\b")
PROGRAMME_CENTRE = re.compile(r"\b(?:Centre|Center) of Excellence\b|\bCapacity[- ]Building (?:Centre|Center|Network|Hub)\b|"
                              r"\b(?:Cyber\w*|Security)\s+(?:Centre|Center)\s+for\s+(?:Capacity[- ]Building|Development)\b")


# A body named after a region of several states ("Nordic …", "Western Balkans …", "East African …") serves that
# region: it is no single state's agency or CERT, whichever profile names it ("South African" is a state's).
REGIONAL_NAME = re.compile(r"(?:(?:Western|Eastern|Northern|Southern|Central|South|North|West|East)\s+)?"
                           r"(?:Balkans?|Nordic|Baltic|Caucasus|Sahel|Mediterranean|Caribbean|Gulf|Pan-[A-Z]\w+|"
                           r"(?<!South )African|Europe|European|Asian?|Asia-Pacific|Pacific|Latin American|Americas|"
                           r"Inter-American|Arab|ASEAN|Regional)\b")


# A group of a police or an armed force is a unit of the state.
FORCE_GROUP = re.compile(r"\b(?:Police|Gendarmerie|Army|Armed\s+Forces|Military|Navy|Air\s+Force|Defen[cs]e\s+Forces?|"
                         r"Anti-Cybercrime|Anti-Cyber\s*crime|Cybercrime|Cyber\s+Crime)\b.*\bGroup$")


# A body the sentence calls its state's CERT right after its name, by apposition or by "serves as": whatever its head word,
# it is the CERT ("the Incident Management Centre (IMC), the country's national CSIRT,", "X acts as the national CERT").
NAMED_A_CERT = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+|\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|long\s+)?(?:serves|served|acts|acted|functions|functioned|operates|"
    r"operated)\s+as\s+)(?:the|its|their|(?:the\s+)?(?:country|nation)['’]s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+"
    r"(?:(?:official|designated|national|government|governmental)\s+)*(?:CERT|CSIRT|CIRT)\b(?!-)")


# A state's central or national bank is one of its bodies ("the Central Bank of Ruritania", "the Ruritanian Central Bank",
# "the Bank of Ruritania": a bank named after the state alone is its central bank).
STATE_BANK = re.compile(r"\b(?:Central|National|Reserve|State)\s+Bank\b|^Bank\s+of\b")
# A state's bank named by the state it belongs to: "the Central Bank of Ruritania", "the Bank of Ruritania" (a body of
# the state that ends its name, which a name ending in a known state otherwise is not).
BANK_OF_STATE = re.compile(r"(?:(?:Central|National|Reserve|State)\s+)?Bank\s+of\s+(?:the\s+)?")


# A CERT described at the opening of a clause, then named in apposition: "A sectoral CERT for banks, the Z Centre, …".
CERT_BEFORE = re.compile(r"(?:^|[;:]\s+)(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:CERT|CSIRT|CIRT|(?:computer\s+)?"
                         r"(?:emergency|incident)\s+response\s+(?:team|centre|center))\b[^,;()]{0,50},\s+(?:the\s+)?$")


# A group of states by its name: opened by "International" or "Global", headed by a word for a joint group.
INTERNATIONAL_GROUP = re.compile(r"(?:International|Global|Multinational)\s.*\b(?:Task\s+Force|Coalition|Alliance|"
                                 r"Partnership|Network|Contact\s+Group)$")


def _refine_role(role: str, label: str, view: SentenceView, span: tuple[int, int]) -> str:
    if role == ORGANISATION and STATE_BANK.search(label) and not INTERNATIONAL_MARK.search(label) and \
            _inside(view, *span, kinds=("state",)):
        return AGENCY
    if role == FORUM and PROGRAMME_CENTRE.search(label):
        return PROGRAMME  # "the EU Cyber Capacity Building Network" is run and financed like a programme
    if role == FORUM and FORCE_GROUP.search(label) and not re.search(r"\b(?:Working|Expert|Experts|Contact|Friends|"
                                                                  r"Governmental|Intergovernmental|Steering)\b", label):
        return AGENCY  # "the Police Anti-Cybercrime Group", "the Armed Forces' Cyber Group": a unit, not a forum
    regional = REGIONAL_NAME.match(label) and not _inside(view, *span, kinds=("state",))
    if role == CERT and regional:
        return ORGANISATION
    if role != AGENCY:
        return role
    if INTERNATIONAL_GROUP.match(label) and not _inside(view, *span, kinds=("state",)):
        return FORUM  # "the International Counter Ransomware Task Force": states' joint body, no state's agency
    if re.search(r"\b(?:Computer|Cyber|Information Security)?\s*(?:Incident|Emergency) Response Teams?\b", label):
        return CERT  # "Kenya Computer Incident Response Team Coordination Centre" is a CERT, whatever its head
    if NAMED_A_CERT.match(view.text, span[1]) or CERT_BEFORE.search(view.text, 0, span[0]) and \
            view.text.startswith(",", span[1]):
        return CERT  # "the X Centre (XC), Ruritania's national CSIRT, …", "the Y Unit serves as the national CERT", "A
        # sectoral CERT for banks, the Z Centre, was launched": the apposition says what it is
    if PROGRAMME_CENTRE.search(label):
        return PROGRAMME
    if TRAINING_CENTRE.search(label) and not NATIONAL_MARK.search(label) and not _inside(view, *span, kinds=("state",)):
        return PROGRAMME  # "the Andean Cyber Training Centre", "the INTERPOL Cybercrime Knowledge Centre": no state's own
    if FACILITY.search(label) and not NATIONAL_MARK.search(label) or regional:
        return ORGANISATION  # (but "National Coordination Centre for Information Security": the state's own)
    if INSTITUTE.search(label) and not NATIONAL_MARK.search(label) and not _inside(view, *span, kinds=("state",)):
        return ORGANISATION  # "Institute of Mathematics and Computer Science": a research body, no state's agency
    if SHARED_HEADS.search(label.split(" of ")[0] if " of " in label else label) and INTERNATIONAL_MARK.search(label) \
            and not NATIONAL_MARK.search(label) and not _inside(view, *span, kinds=("state",)):
        return FORUM
    return role


def entity_key(kind: str, label: str, acronym: str = "", owner: str = "") -> str:
    """An entity's key: what it is, scoped to its owner when it has one (org/montenegro/national-security-agency),
    so that two states' "National Cybersecurity Agency" are two agencies and no key is a bare generic name."""
    name = slugify(acronym or label)
    owner_slug = owner.rstrip("/").rsplit("/", 1)[-1] if owner else ""
    return f"{PREFIX_OF_KIND[kind]}/{owner_slug}/{name}" if owner_slug else f"{PREFIX_OF_KIND[kind]}/{name}"


# A body first named as the other party of an agreement ("signed an MoU with the Federal Office for Information
# Security (BSI)", "concluded an arrangement with the Cybersecurity and Infrastructure Security Agency") is the
# partner's, not the profile's: with no state named, it is no state's agency.
AGREEMENT_WITH = re.compile(r"\b(?:MoUs?|MOUs?|[Mm]emorand(?:um|a)(?:\s+of\s+[Uu]nderstanding)?|[Aa]greements?|"
                            r"[Aa]rrangements?|[Pp]rotocols?|[Aa]ccords?)\b[^.;]{0,80}?\bwith\s+(?:the\s+|its\s+)?$")


def _counterpart_of_agreement(view: SentenceView, start: int) -> bool:
    return bool(AGREEMENT_WITH.search(view.text[max(0, start - 140):start]))


def _make(role: str, label: str, acronym: str, view: SentenceView, span: tuple[int, int], topic: str) -> Discovery:
    if role == FORUM and PROGRAMME_CONTEXT.search(view.text):
        role = PROGRAMME
    role = _refine_role(role, label, view, span)
    inner_orgs = _inside(view, *span, kinds=("org",))
    # "National Security Council" is a state's council, no part of the (UN) "Security Council" its tail names
    inner_orgs = [m for m in inner_orgs if not (m.end == span[1] and NATIONAL_PREFIX.fullmatch(view.text[span[0]:m.start]))]
    if role == AGENCY and "," in label and label.startswith("Ministry "):
        inner_orgs = []  # "Ministry of Foreign Affairs, European Union and Cooperation": a portfolio, no parent body
    inner_states = _inside(view, *span, kinds=("state",))
    owner = _organisation_before(view, span[0]) if role in (AGENCY, CERT) else None
    if owner is not None and not inner_states:  # "Interpol's Cybercrime Directorate": Interpol's, no state's
        role, inner_orgs = BODY, [owner]
    if role == AGENCY and inner_orgs and not inner_states and not (
            re.match(r"(?:National|Federal|Presidential|Government)\s", label)
            and all(m.start > span[0] and not INTERNATIONAL_MARK.search(view.text[m.start:m.end]) for m in inner_orgs)):
        role = BODY  # (but "National Security Council Office": a national body whose name holds a world body's words)
    kind = KIND_OF_ROLE[role]
    state, weak = "", False
    if role in (AGENCY, CERT):
        state = inner_states[0].key if inner_states else _state_before(view, span[0]) or _state_after(view, span[1])
        state, weak = (state, False) if state else ("", False) if _counterpart_of_agreement(view, span[0]) else (topic, True)
    parent = inner_orgs[0].key if role in (BODY, EVENT) and inner_orgs else ""
    key = entity_key(kind, label, acronym, state or parent)
    entity = Entity(key=key, label=label, kind=kind, cls=_role_class(role, view.text, label), acronym=acronym)
    forms = {label: "name"} | ({acronym: "acronym"} if acronym else {})
    unit = UNIT_OF_OWNER.fullmatch(label) if role in (AGENCY, CERT) else None
    if unit is not None and (OWNER_BODY.search(unit.group("owner")) or any(
            m.start >= span[0] + unit.start("owner") for m in _inside(view, *span, ("org", "state")))):
        # "the Cyber Crime Unit of the X Police", later "the Cyber Crime Unit" (a name no other body has claimed)
        forms[unit.group("unit")] = "short"
    found = Discovery(entity, forms)
    if parent:
        found.part_of = parent
    elif role in (AGENCY, CERT):
        found.agency_of, found.weak_state = state, weak
    return found


NATIONAL_PREFIX = re.compile(r"(?:National|Federal|Supreme|Higher|Central|Royal|Presidential|Republican)\s+")
# A state's unit named with the body that owns it, which the profile then names by the unit's own words alone: "the
# Cyber Crime Unit of the X Police Force" ... "The Cyber Crime Unit cooperates with Interpol" (two words or more before
# a unit's head, so "Office of the President" stays whole).
UNIT_OF_OWNER = re.compile(r"(?P<unit>(?:[A-Z][\w-]*\s+){1,3}(?:Unit|Division|Directorate|Department|Section|Squad|Team|"
                           r"Bureau|Centre|Center|Command|Cell|Desk|Laboratory))\s+of\s+(?:the\s+)?(?P<owner>[A-Z].*)")
OWNER_BODY = re.compile(r"\b(?:Police|Gendarmerie|Army|Armed\s+Forces|Defen[cs]e\s+Forces?|Ministry|Agency|Authority|Service)\b")


NOT_A_BODY_HEADS = frozenset("agreement treaty convention protocol area zone accord partnership arrangement "
                             "memorandum roadmap law".split())


def _defined_role(name: str, acronym: str) -> str:
    """The role of a name its acronym defines but whose head word we do not know ("Government Information
    Technology Services (GITS)", "Group Corp Holdings (GCH)"): a state's body when its name says national,
    an organisation, kept rather than dropped (never a document: "Act", "Agreement", "Area" end no body's name)."""
    words = name.split(" ")
    if not acronym or len(words) < 2 or align_acronym(words, acronym) is None or \
            words[-1].lower() in DOCUMENT_HEADS | NOT_A_BODY_HEADS or \
            sum(w[:1].isupper() for w in words) != sum(c.isupper() for c in acronym):
        return ""
    return ORGANISATION


def _body_of_known(view: SentenceView, name: str, start: int, end: int) -> bool:
    """Whether a name is a body "of" a known one ("Committee of Ministers of the Council of Europe"): the longest
    name wins, and the known one is its parent."""
    known = next((m for m in view.mentions if m.kind == "org" and m.end == end and m.start > start), None)
    if known is None:
        return False
    prefix = view.text[start:known.start]
    return bool(re.search(r"\s(?:of|of the)\s$", prefix)) and bool(head_role(prefix.rsplit(" of", 1)[0].strip()))


def _bank_of_state(view: SentenceView, start: int, end: int) -> bool:
    """Whether a name is a state's bank named after the state it ends with ("the Central Bank of Ruritania")."""
    return any(m.kind == "state" and m.end == end and m.start > start and
               BANK_OF_STATE.fullmatch(view.text[start:m.start]) for m in view.mentions)


def _ends_with_known(view: SentenceView, start: int, end: int, places: bool = True) -> bool:
    """Whether a gazetteer name ends where the candidate ends or runs past it (it is that entity, not a new one);
    with ``places`` False a place the candidate ends with is part of a longer name ("Cyber Europe", "Digital
    Centre Kenya"): the longest name wins."""
    return any(m.kind != "coref" and m.start < end and (m.end == end or (m.end > end and m.start >= start))
               and (places or m.kind not in ("region", "state") or m.start < start) for m in view.mentions)


def _first_of_pair(name: str) -> str:
    """The first name of two joined by "and" when it is complete before the "and" ("the Nigeria Police Force and
    Group-IB"): a name of two or more words ending in a body's head word. One word before "and" is part of the
    name ("Police and Border Guard Board")."""
    left, _, right = name.partition(" and ")
    if right and len(left.split()) > 1 and left.split()[-1].lower() in HEADS and " of" not in f" {left} ":
        return left
    return name


# A singular verb after a name joined by "and" ("the Cyber Forces and Information Operations Command, established in
# 2019, is responsible for …"): two bodies would take "are"; the whole is one body's name, when it ends in a head word.
SINGULAR_AFTER = re.compile(r"(?:\s+\([^()]{1,40}\))?(?:,\s+(?:[^,;()]{1,60}),)?\s+(?:\w+ly\s+)?(?:is|was|has)\b")


def _one_name_by_verb(name: str, text: str, end: int) -> bool:
    right = name.partition(" and ")[2]
    return bool(right) and head_role(right) in (AGENCY, CERT) and " and " not in right and \
        SINGULAR_AFTER.match(text, end) is not None


OF_OWNER = re.compile(r"(.*\b(?:Programme|Program|Project|Initiative|Scheme|Fellowship|Academy)"
                      r"(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)\s+of\s+(?:the\s+)?"
                      r"(?P<owner>[A-Z].*)$")
# capitalised words, then "in", right before a name that a programme word follows ("Women Empowerment in Cyber…")
IN_JOINED = re.compile(r"(?:^|(?<=\s))(?P<words>(?:(?!(?:The|A|An|In|Its|Their|With|Under|Through)\s)[A-Z][\w-]*\s+){1,4})"
                       r"in\s+$")
FOR_PLACE = re.compile(r"(.*\b(?:Programme|Program|Project|Initiative|Scheme|Fellowship|Academy))\s+for\s+(?:the\s+)?"
                       r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*$")


# a known body, then "for (the)": what follows is what the body does something for, not the rest of its name
KNOWN_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")


def _programme_before_owner(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    """The programme named before "of" and its owner's defined name: "the Global Programme on Cybercrime of the UN
    Office on Drugs and Crime (UNODC)" names the owner (the acronym's) and, before it, the owner's programme."""
    name, start = trim_name(match.group("name"), match.start("name"))
    owned = OF_OWNER.match(name) if name else None
    if not owned or head_role(owned.group(1)) != PROGRAMME or len(owned.group(1).split()) < 2 or \
            head_role(owned.group("owner")) not in (AGENCY, INTERNATIONAL, ORGANISATION, BODY):
        return None
    end = start + len(owned.group(1))
    if _ends_with_known(view, start, end):
        return None
    return _make(PROGRAMME, owned.group(1), "", view, (start, end), topic)


IN_PLACE_ACRONYM = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+\((?P<acr>[A-Z][A-Za-z0-9-]{2,})\)")


# A body named as the one under the head of state or government ("the Agency for Digital Technologies under the
# President", "a Cybersecurity Centre under the Government", "the Operations and Analysis Center under the President
# (OAC)"): the official name runs on through "under the" to that head (a ministry it sits under is no part of it).
UNDER_HEAD = re.compile(r"\s+under\s+the\s+(?:President|Government|Cabinet(?:\s+of\s+Ministers)?|"
                        r"Prime\s+Minister|Office\s+of\s+the\s+(?:President|Prime\s+Minister))(?![\w-])(?!['’])(?!\s*\()")


def _abbreviates(name: str, acronym: str) -> bool:
    """Whether an acronym's capitals are all initials of the name's capitalised words, the first its first (in any
    order between: an acronym often abbreviates the name in the state's own language, "ADSIB")."""
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    letters = [c for c in acronym if c.isupper()]
    return bool(initials and letters) and letters[0] == initials[0] and len(letters) >= 3 and \
        all(letters.count(c) <= initials.count(c) for c in set(letters))


# A force that runs, sets up or works through a unit named right after: "the X Police Service runs a Cybercrime Unit",
# "the X Army established a Cyber Security Unit in 2031", "the X Police Force, through its Cyber Crime Unit, …", "the X
# Police's Cybercrime Unit" (the unit is that force's: writers name it with its owner, "X Police Force Cybercrime Unit").
FORCE_RUNS_UNIT = re.compile(r"(?<![\w-])(?P<owner>(?:(?!The\s)[A-Z][\w-]*\s+){1,4}?(?:Police(?:\s+(?:Service|Force))?|Gendarmerie|"
                             r"Army|Armed\s+Forces|Defen[cs]e\s+Forces?|Navy|Air\s+Force))"
                             r"(?:\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:runs|run|operates|operate|maintains|maintain|has|have|"
                             r"hosts|host|houses|house|established|set\s+up|created|formed|launched|opened)\s+(?:a|an|its\s+own|its|their)"
                             r"|,?\s+(?:[a-z]+\s+){0,4}?through\s+(?:its|their)(?:\s+own)?|['’]s?)\s+$")
# The force a unit belongs to, named in lower case right before the unit's own name: "the police Cybercrime Unit".
FORCE_WORD_BEFORE = re.compile(r"\b(police|gendarmerie|army)(?:['’]s?)?\s+$")


# The partners of a joint exercise written before its name: "US-Thai", "Korea-US".
JOINT_PARTNERS = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*)+\s+(?=[A-Z])")


def _from_named(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    inside = next((m for m in view.mentions if m.kind == "state" and m.start < start < m.end), None) if name else None
    if inside is not None:  # "New Zealand Police": a name does not start inside a state's name (its "New" is kept)
        name, start = view.text[inside.start:start + len(name)], inside.start
    version = match.group("tailyear") or ""
    if name and version and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", version):
        name = f"{name} {version}"  # "the EL PAcCTO 2.0 programme", "the GLACY 3 project": the version is in the name
    acronym, head, tail = match.group("acr") or "", match.group("head") or "", match.group("tail") or ""
    if not name:
        return None
    partners = JOINT_PARTNERS.match(name) if tail and HEADS.get(tail.lower()) == EXERCISE else None
    if partners:  # "the US-Thai Cobra Gold exercise": who holds it together is not the exercise's name
        name, start = name[partners.end():], start + partners.end()
    joined = IN_JOINED.search(view.text, 0, start) if tail and not acronym and HEADS.get(tail.lower()) == PROGRAMME \
        else None
    if joined and not any(m.start < start and m.end > joined.start("words") for m in view.mentions) and \
            (len(joined.group("words").split()) > 1 or joined.start("words") > 0):
        # "the Women Empowerment in Cybersecurity programme": a name that "in" joins is one name, not its last words
        name, start = view.text[joined.start("words"):start + len(name)], joined.start("words")
    placed = IN_PLACE_ACRONYM.match(view.text, start + len(name)) if not acronym and not head and not tail else None
    if placed and _abbreviates(f"{name} {placed.group('place')}", placed.group("acr")) and \
            placed.group("acr")[-1] == placed.group("place")[0]:
        acronym = placed.group("acr")  # "the Agency for X in Ruritania (AXR)": the place is in the name its acronym
        # abbreviates, the name is the body's (the state is its owner)
    if not acronym and (_first_of_pair(name) == name or not _one_name_by_verb(name, view.text, start + len(name))):
        name = _first_of_pair(name)
    if acronym and not re.fullmatch(r"[A-Z]\d{2,}", acronym):  # "(C50)", "(A68)": a unit's code, no initials
        index = align_acronym(name.split(" "), acronym)
        if index is not None and index > 0:
            skipped = " ".join(name.split(" ")[:index])
            name, start = name[len(skipped) + 1:], start + len(skipped) + 1
        elif index is None and len(name.split(" ")) == 1:
            return _make(head_role(name) or AGENCY, acronym, acronym, view, (start, match.end("acr") + 1), topic) \
                if head_role(name) in (AGENCY, CERT) else None
    end = start + len(name)
    owner_list = OWNER_COMMA_NAME.fullmatch(name) if not acronym and not head and not tail and "," not in name and \
        view.text.startswith(",", end) else None
    if owner_list and COMMA_NAME.match(view.text, start + owner_list.start("owner")) and \
            head_role(owner_list.group("unit")) in (AGENCY, CERT) and len(owner_list.group("unit").split()) > 1:
        # "the ICT Division of the Ministry of Posts, Telecommunications and IT": the owner's name runs on past the
        # comma, so the unit's name ends before "of the"
        name = owner_list.group("unit")
        end = start + len(name)
    if head and head.lower() in DOCUMENT_HEADS | {"directive"}:
        return None
    if head and acronym and head_role(head):
        name, acronym = f"{name} {head}", f"{acronym} {head}"
    if tail and not acronym and head_role(name) in (AGENCY, CERT) and HEADS.get(tail.lower()) == FORUM:
        name = f"{name} {tail}"
    known = next((m for m in view.mentions if m.kind in ("org", "state") and m.start == start and m.end < end), None)
    after_known = KNOWN_FOR.match(view.text, known.end) if known is not None and not acronym else None
    if after_known and after_known.end() < end and head_role(view.text[after_known.end():end]) == PROGRAMME:
        # "from the World Bank for the Harbour Cyber Skills Programme": a known funder, then the programme it pays for
        name, start = view.text[after_known.end():end], after_known.end()
    owned = OF_OWNER.match(name) if not acronym and not tail else None
    if owned and head_role(owned.group(1)) == PROGRAMME and not head_role(name) and \
            any(m.kind in ("org", "state") and m.start == start + owned.start("owner") and m.end == end
                for m in view.mentions):
        name = owned.group(1)  # "the Global Programme on Cybercrime of the UNODC": the name ends before its owner
        end = start + len(name)
    role = head_role(name, tail) or _defined_role(name, acronym) or _head_before_state(view, name, start, end)
    described = APPOSITION_AFTER.match(view.text, match.end()) if acronym and role in ("", ORGANISATION) and \
        len(name.split()) > 1 else None
    if described and HEADS.get(described.group("head").lower()) == AGENCY and \
            not MAIN_VERB.match(view.text, described.end()):
        role = AGENCY  # "the Radio Establishment (FRA), the signals intelligence agency,": what its apposition says
    if not role or (not acronym and not tail and len(name.split()) < 2):
        return None
    if role == AGENCY and INSTITUTE.search(name) and not NATIONAL_MARK.search(name) and \
            not _inside(view, start, end, ("state",)):
        return None  # an institute is a state's when its name says so ("National Telecommunication Institute")
    served = FOR_PLACE.match(name) if not acronym and role == PROGRAMME else None
    places = [m.kind for m in view.mentions if served and start + served.end(1) < m.end <= end]
    if served and places and set(places) == {"state"}:
        name = served.group(1)  # "the Harbour Skills Programme for Ghana": the programme's name, then whom it serves
        end = start + len(name)
    regional = bool(served and places and set(places) == {"region"})  # "… Initiative for West Africa": one name
    owned = OF_OWNER.match(name) if not acronym and role == PROGRAMME else None
    if owned and any(m.kind in ("org", "state") and m.start == start + owned.start("owner") and m.end == end
                     for m in view.mentions):
        name = owned.group(1)  # "the Octopus Project of the Council of Europe": the programme's name, then its owner
        end = start + len(name)
    if not acronym and not regional and _ends_with_known(view, start, end, places=not tail and role != EXERCISE) and \
            not _body_of_known(view, name, start, end) and not _bank_of_state(view, start, end) and \
            not _body_of_the_republic(view, name, start, end):
        return None
    if not acronym and not tail and role in (AGENCY, CERT) and len(name.split()) == 2 and any(
            m.form == "adjective" or role == CERT for m in _inside(view, start, start + len(name.split()[0]), ("state",))):
        return None  # "Uruguayan CERT staff": a state's CERT described, not named (but "Ruritania Police" is a name)
    under = UNDER_HEAD.match(view.text, end) if not acronym and role in (AGENCY, CERT) and end == match.end() else None
    short = name
    if under:  # "the Communications Service under the Government": the head it answers to is in the body's name
        name, end = f"{name}{under.group()}", under.end()
    alias = SHORT_NAME_AFTER.match(view.text, match.end()) if not acronym and role in (AGENCY, CERT) else None
    found = _make(role, name, acronym, view, (start, end), topic)
    force = FORCE_WORD_BEFORE.search(view.text, max(0, start - 24), start) if role in (AGENCY, CERT) and not acronym \
        and "Police" not in name else None
    if force is not None:  # "the police Cybercrime Unit": the Police Cybercrime Unit, the force's own unit
        found.forms.setdefault(f"{force.group(1).capitalize()} {name}", "short")
    runner = FORCE_RUNS_UNIT.search(view.text, max(0, start - 90), start) if role in (AGENCY, CERT) and not acronym \
        and " " in name else None
    if runner is not None:  # "the X Police Service runs a Cybercrime Unit": the X Police Service Cybercrime Unit (and
        # the Cybercrime Unit of the X Police Service)
        owner = re.sub(r"^the\s+", "", runner.group("owner"))
        found.forms.setdefault(f"{owner} {name}", "short")
        found.forms.setdefault(f"{name} of the {owner}", "short")
    if under and len(short.split()) > 1:  # (later "the Communications Service" is the same body)
        found.forms.setdefault(short, "short")
    if alias:  # "the Directorate of Cyber Crime (Dittipidsiber)": a short name in parentheses is a name too
        found.forms.setdefault(alias.group("alias"), "acronym")
    if match.group("alias") and tail:  # "the national Cyber Wall (Cyber Mauer) exercise": its name in another language
        found.forms.setdefault(match.group("alias"), "name")
    return found


# A body named with its state's formal name: "the National CERT of the Republic of Ruritania", "the Security Council of
# the Republic of Ruritania" (the state that ends the name is its owner, the whole is the body's official name).
OF_THE_REPUBLIC = re.compile(r"(?P<body>.+?)\s+of\s+the\s+Republic\s+of\s+(?:the\s+)?[A-Z].*")


def _body_of_the_republic(view: SentenceView, name: str, start: int, end: int) -> bool:
    formal = OF_THE_REPUBLIC.fullmatch(name) if "Republic" in name else None
    return formal is not None and len(formal.group("body").split()) > 1 and \
        head_role(formal.group("body")) in (AGENCY, CERT) and \
        any(m.kind == "state" and m.end == end and m.start > start + len(formal.group("body")) for m in view.mentions)


# a unit named with its owner whose name is a comma-joined list ("… Division of the Ministry of Posts, …")
OWNER_COMMA_NAME = re.compile(r"(?P<unit>.+?)\s+of\s+(?:the\s+)?(?P<owner>(?:Ministry|Department|Secretariat|Office)\s+(?:of|for)\s.+)")


def _head_before_state(view: SentenceView, name: str, start: int, end: int) -> str:
    """The role of a name that ends in its state's name after the head word ("the National Cyber Security Centre
    Finland (NCSC-FI)", "the Cyber Security Agency Ruritania"): the head word before the state's name (an agency or a
    CERT)."""
    state = next((m for m in view.mentions if m.kind == "state" and m.end == end and m.start > start), None)
    if state is None:
        return ""
    before = view.text[start:state.start].rstrip()
    role = head_role(before) if len(before.split()) > 1 and not before.endswith((" of", " for", " in")) else ""
    return role if role in (AGENCY, CERT) else ""


def _first_of_pair_before_acronym(match: re.Match[str]) -> tuple[str, int] | None:
    """"the Directorate of e-Government and Government Information Technology Services (GITS)": the acronym
    defines the second name; the words before it and "and" are a name of their own."""
    acronym = match.group("acr") or ""
    name, start = trim_name(match.group("name"), match.start("name"))
    if not acronym or not name or " and " not in name:
        return None
    index = align_acronym(name.split(" "), acronym)
    if index is None or index < 3:
        return None
    skipped = " ".join(name.split(" ")[:index])
    if not skipped.endswith(" and"):
        return None
    return skipped[:-4], start


def _first_of_defined_pair(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    pair = _first_of_pair_before_acronym(match)
    if pair is None:
        return None
    name, start = pair
    role = head_role(name)
    if role not in (AGENCY, CERT) or len(name.split()) < 2:
        return None
    return _make(role, name, "", view, (start, start + len(name)), topic)


# A one-word short name in parentheses after a body's name, not an acronym: "(Dittipidsiber)", "(Kemlu)".
# A name in another language in parentheses is a name too: "the Government CSIRT (CSIRT de Gobierno)".
SHORT_NAME_AFTER = re.compile(r"\s+\((?P<alias>[A-Z][a-z][a-z0-9]{3,}|[A-Z][\w-]+(?:\s+(?:de|del|des|du|la|le|el|für|"
                              r"di|da|do|van|von|[A-Z][\w-]*)){1,5})\)")


def _from_lower_definition(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    role = HEADS.get(match.group("head").lower(), "")
    if role not in (AGENCY, CERT) or match.group("head").lower() == "team" and not re.search(
            r"\b(?:response|emergency|incident|security|readiness|CERT|CSIRT)\s+$", view.text[:match.start("head")]):
        return None  # "a joint investigation team (JIT)" is no CERT
    if match.group("head")[0].isupper() and match.group("head")[1:].islower() and \
            re.search(r"\b[A-Z][\w-]*\s+$", view.text[:match.start()]):
        return None  # "Italy's National Cybersecurity Agency (ACN)": the end of a name, which the named reader reads
        # with its owner (an acronym that is no initials of it does not make it the paragraph's own body)
    acronym = match.group("acr")
    return _make(role, acronym, acronym, view, (match.start(), match.end()), topic)


def _from_apposition(match: re.Match[str], view: SentenceView) -> Discovery | None:
    role = HEADS.get(match.group("head").lower(), AGENCY)
    state = view.slot(match.group()).key
    acronym = match.group("acr")
    entity = Entity(key=entity_key("org", acronym, owner=state), label=acronym, kind="org", cls=ROLE_CLASSES[role],
                    acronym=acronym)
    return Discovery(entity, {acronym: "acronym"}, agency_of=state)


def _from_bare_apposition(match: re.Match[str], topic: str) -> Discovery:
    """"NorCERT, the national CERT": a CERT of the paragraph's state (a weak guess a later sentence may correct)."""
    acronym = match.group("acr")
    entity = Entity(key=entity_key("org", acronym, owner=topic), label=acronym, kind="org", cls=CDO.CERT,
                    acronym=acronym)
    return Discovery(entity, {acronym: "acronym"}, agency_of=topic, weak_state=bool(topic))


# "ANSSI (Agence nationale de la sécurité des systèmes d'information)", "COMCYBER (Cyber Defence Command)":
# an acronym defined by the name after it, in any language.
REVERSE_DEFINITION = re.compile(rf"\b(?P<acr>[{UPPER}][{UPPER}0-9-]{{2,}})\s+\((?P<name>[A-Z][^()]{{4,90}})\)")
AGENCY_WORDS = re.compile(
    r"\b(?:agenc[eiy]\w*|ag[eê]ncia|office|oficina|bureau|\w*amt|beh[öo]rde|authorit\w*|autorit\w*|direct\w*|"
    r"ministr\w*|minist[eè]re|service|servicio|command\w*|centre|center|centro|council|consejo|conseil|team|unit|"
    r"department|commission|secretariat|police|guard|board|institute|institut\w*)\b", re.IGNORECASE)
# "VIGINUM, the service against foreign digital interference", "the national CERT, ngCERT,"; a team's name of several
# short words ending in the team's word ("XYZ e-GOV CIRT, the government CIRT") is one name, not its last word
ACRONYM_APPOSITION = re.compile(
    rf"(?<![\w/.-])(?<!CERT\s)(?<!CIRT\s)(?<!CSIRT\s)(?P<acr>(?:(?:[{UPPER}][{UPPER}0-9]+(?:-[{UPPER}0-9]+)*|[a-z]+-[{UPPER}]{{2,}})\s+){{1,2}}[\w.-]*C(?:ERT|SIRT|IRT)[\w./-]*|[{UPPER}][\w./-]*[{UPPER}][\w./-]*),\s+(?:the|its|a)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?P<head>agency|authority|service|office|command|centre|center|council|commission|ministry|directorate|"
    r"CERT|CSIRT|CIRT|team|unit|regulator)\b"
    # ("the government's incident response centre, CTIR Gov,": after a possessive no adjective is needed)
    r"|(?:(?:\b(?:[Tt]he|[Ii]ts)|['’]s)\s+(?:national|government|governmental)\s+|['’]s\s+)(?P<head2>CERT|CSIRT|CIRT|"
    r"(?:computer\s+)?(?:emergency|incident|security\s+incident)\s+(?:response|readiness)\s+(?:team|centre|center)),\s+"
    r"(?P<acr2>[A-Za-z][\w.-]*[A-Z](?:[\w./-]*[\w/])?(?:\s+[A-Z][a-z]{1,5}(?=[,.;]))?)"  # (not the full stop after it)
)
# A CERT named by its own name: "CERT-EE", "ngCERT", "KrCERT/CC", "KE-CIRT/CC", "CERT.GOV.GE", "CERT-Bund".
CERT_NAME = re.compile(r"(?<![\w-])(?P<acr>(?P<prefix>[A-Za-z]+)[-.](?:[A-Z][a-z]{1,5})?C(?:ERT|SIRT|IRT)(?:[-./][A-Za-z0-9]+)*|"
                       # "CERT NZ", "CSIRT Ruritania": the team's word, then its state's code or name (checked)
                       r"C(?:ERT|SIRT|IRT)\s(?P<place>[A-Z]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[\s,.;:)]|$)|"
                       # "JPCERT/CC", "CNCERT", "TTCSIRT": capitals, then the team's word, run together
                       r"(?P<caps>[A-Z]{2,5})C(?:ERT|SIRT|IRT)(?:/[A-Z]{2,3})?|"
                       r"C(?:ERT|SIRT|IRT)(?:[-./][A-Za-z0-9]+)+|[A-Z]?[a-z]{1,}C(?:ERT|SIRT|IRT)(?:[-./][A-Z]{2,3})?|C(?:ERT|SIRT|IRT)[a-z]{2,3})"
                       r"(?![\w-])")


def _from_reverse_definition(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name = match.group("name").strip()
    if not AGENCY_WORDS.search(name) and not re.search(r"C(?:ERT|SIRT|IRT)", match.group("acr")):
        return None
    role = CERT if re.search(r"C(?:ERT|SIRT|IRT)|[Rr]esponse [Tt]eam", match.group("acr") + " " + name) else AGENCY
    if re.fullmatch(r"C(?:ERT|SIRT|IRT)s?", match.group("acr")):  # "a national CSIRT (CSIRT Nacional)": a common noun
        return _make(role, name, "", view, (match.start(), match.end()), topic)
    found = _make(role, name, match.group("acr"), view, (match.start(), match.end()), topic)
    found.forms[match.group("acr")] = "acronym"
    return found


# "Expertise France, the public cooperation agency": a name (perhaps holding a state's) defined by its apposition.
APPOSITION_AFTER = re.compile(
    r"(?:\s+\([^()]{1,40}\))?,\s+(?:the|its|a|an)\s+(?:[\w.-]+\s+){0,5}?(?P<head>agency|authority|service|office|"
    r"command|centre|center|council|commission|ministry|directorate|regulator|bank|company|firm|foundation|"
    r"project|programme|program|scheme|initiative|exercise|drill)\b")


# What follows an apposition's noun when the phrase was the main clause's subject, not an apposition: a finite verb
# ("… Strategy, the ministry drafted guidelines"), not a participle ("a project funded by the EU").
MAIN_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed(?!\s+(?:\w+ly\s+)?(?:by|in|on|at|under|with|for|from|to|as|through|"
                       r"since|between|within|and|or)\b)|has|have|had|is|are|was|were|will|runs|leads|oversees)\b")


def _from_name_apposition(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    """A capitalised name followed by its apposition (``match`` is the NAMED match, its apposition right after)."""
    after = APPOSITION_AFTER.match(view.text, match.end())
    if after is None or match.group("acr") or match.group("tail") or \
            match.group("name").split()[-1].lower() in DOCUMENT_HEADS or MAIN_VERB.match(view.text, after.end()):
        return None  # "In line with the X Strategy, the ministry drafted …": the main clause, no apposition
    name, start = trim_name(match.group("name"), match.start("name"))
    if _first_of_pair(name) != name:  # "the Zambia Police Service and Kaspersky, a security firm": the last one's
        left = name.partition(" and ")[0]
        name, start = name[len(left) + 5:], start + len(left) + 5
    head = after.group("head").lower()
    role = ORGANISATION if head in ("bank", "company", "firm", "foundation") else HEADS.get(head, AGENCY)
    if not name or (len(name.split()) < 2 or name.isupper()) and role not in (PROGRAMME, EXERCISE):
        return None
    if role in (PROGRAMME, EXERCISE) and _ends_with_known(view, start, start + len(name)):
        return None
    return _make(role, name, "", view, (start, start + len(name)), topic)


def _from_acronym_apposition(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    acronym = match.group("acr") or match.group("acr2")
    head = (match.group("head") or match.group("head2")).lower()
    head = "cert" if re.search(r"(?:response|readiness)\s+(?:team|centre|center)$", head) else head
    role = HEADS.get(head, AGENCY) if head not in ("ministry", "commission", "council", "unit") else AGENCY
    owner = OF_STATE.match(view.text, match.end())  # "APT28, a unit of Russia's GRU": Russia's, not the profile's
    if owner:
        topic = next((m.key for m in view.mentions if m.kind == "state" and m.start == owner.start("state")), topic)
    return _make(role, acronym, acronym, view, (match.start(), match.end()), topic)


OF_STATE = re.compile(r"\s+(?:of|in|under)\s+(?:the\s+)?(?P<state>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:['’]s?\s|\s)")


# A CERT that belongs to a university, a company or a bank is not a state's CERT.
NOT_STATE_OWNER = re.compile(r"\b(?:universit\w*|academ\w*|compan\w*|corporat\w*|private|bank's|firm)\b", re.IGNORECASE)


def _from_cert_name(match: re.Match[str], view: SentenceView, topic: str, gazetteer: Gazetteer) -> Discovery | None:
    """A CERT by its own name; a country code before it names its state ("US-CERT", "KE-CIRT/CC")."""
    acronym, prefix = match.group("acr"), (match.group("prefix") or match.group("caps") or "").upper()
    if NOT_STATE_OWNER.search(view.text[max(0, match.start() - 60):match.end() + 60]):
        return None
    codes = getattr(gazetteer, "state_by_alpha2", None) or {e.extra.get("alpha2"): e.key for e in
                                                             gazetteer.entities.values() if e.kind == "state"}
    owner = codes.get(prefix, "") if len(prefix) == 2 else ""
    if match.group("place"):  # "CERT NZ", "CERT Ruritania": the word after the team's is its state's code or name
        place = match.group("place")
        named = next((m.key for m in view.mentions if m.kind == "state" and m.start == match.start("place")
                      and m.end == match.end("place")), "")
        owner = named or codes.get(place, "") if place.isupper() and len(place) == 2 else named
        if not owner:
            return None
    owner = owner or _state_described_before(view, match.start())
    return _make(CERT, acronym, acronym, view, (match.start(), match.end()), owner or topic)


# "Spain's INCIBE-CERT", "the Spanish national CERT, INCIBE-CERT": the state named just before a CERT's own name.
STATE_DESCRIBES = re.compile(r"(?:['’]s?)?\s+(?:(?:national|government|governmental)\s+)?(?:(?:computer\s+)?"
                             r"(?:emergency|incident|security incident)\s+response\s+team|CERT|CSIRT|CIRT)?\s*,?\s*$")


def _state_described_before(view: SentenceView, start: int) -> str:
    states = [m for m in view.mentions if m.kind == "state" and m.key and m.end <= start and start - m.end <= 60]
    if not states:
        return ""
    last = max(states, key=lambda m: m.end)
    return last.key if STATE_DESCRIBES.fullmatch(view.text[last.end:start]) else ""


# "compete in NATO's Locked Shields", "take part every year in Cyber Europe" in a sentence about exercises: the name
# taken part in is an exercise even without the word after it.
EXERCISE_TAKEN_PART = re.compile(
    rf"\b(?:compet\w*|t(?:ake|akes|ook|aking|aken) part|participat\w*|join\w*|play(?:s|ed|ing)?)\s+(?:[\w-]+\s+){{0,3}}?in\s+"
    rf"(?:the\s+)?(?:{CAP}(?:'s|')\s+)?(?:(?:annual|regional|national|international|joint|multinational|yearly|"
    rf"biennial)\s+)?(?P<name>{NAME}(?:\s+\d{{1,4}}\b)?)|,?\s+and\s+(?:also\s+)?(?:in|to)\s+(?:the\s+)?"
    rf"(?:{CAP}(?:'s|')\s+)?(?P<name2>{NAME}(?:\s+\d{{1,4}}\b)?)|(?P<name3>{NAME}\s+\d{{1,4}})(?=\s+(?:[a-z][\w-]*\s+){{0,2}}(?:exercise|drill)s?\b)")
EXERCISE_WORD = re.compile(r"\b(?:exercises?|drills?|wargames?|war games?)\b", re.IGNORECASE)
# "joined the cyber component of Trident Juncture": what has a cyber component taken part in is an exercise.
CYBER_PART_OF = re.compile(
    rf"\b(?:join\w*|t(?:ake|akes|ook|aking|aken) part in|participat\w* in|compet\w* in|contribut\w* to|"
    rf"train(?:s|ed|ing)?\s+in)\s+(?:the|a)\s+"
    rf"(?:cyber(?:[- ]?defen[cs]e)?|cyber-?security)\s+(?:component|segment|strand|track|phase|module|element)\s+of\s+"
    rf"(?:the\s+)?(?:\d{{4}}\s+)?(?:(?:annual|multinational|joint|military)\s+)?(?P<name>{NAME})")

# "have included a cyber defence segment in the US-Maltese X exercise since 2023", "cyber drills have formed part of
# the combined Y exercise": what has a cyber part is an exercise (a joint adjective before its name is not the name's).
CYBER_PART_IN = re.compile(
    rf"\b(?:(?:includ(?:e|es|ed|ing)|ha(?:s|ve|d)|ran|runs?|held|holds)\s+an?\s+(?:cyber(?:[- ]?defen[cs]e)?|"
    rf"cyber-?security|digital)\s+(?:component|segment|strand|track|module|element)s?\s+in|"
    rf"[Cc]yber(?:[- ]?defen[cs]e|-?security)?\s+(?:drills?|exercises?|components?|segments?)\s+(?:ha(?:s|ve|d)\s+)?"
    rf"(?:formed|forms?|been|is|are|was|were)\s+(?:an?\s+)?(?:regular\s+|integral\s+)?part\s+of)\s+"
    rf"(?:the\s+)?(?:\d{{4}}\s+)?(?:(?:annual|multinational|joint|combined|military|bilateral)\s+)?"
    rf"(?:[A-Z][\w]*(?:-[A-Z][\w]*)+\s+)?(?P<name>{NAME})(?=\s+(?:exercises?|drills?)\b)")

# "took part in the OAS hemispheric cyber exercise": an exercise named by its organiser and what it is.
LOWER_EXERCISE = re.compile(
    r"\b(?:t(?:ook|ake|akes|aking|aken) part|compet\w*|participat\w*|join\w*|host(?:s|ed)|convene[sd]|held|holds|won|wins|"
    r"organi[sz](?:ed|es)|conduct(?:ed|s)|stag(?:ed|es)|ran|runs)\s+(?:in\s+)?"
    # (an owner of up to four words before it: "joined the US Africa Command's X communications exercise")
    r"(?:the|an?|its)\s+(?P<owner>(?:[A-Z][\w/+-]*\s+){0,3}[A-Z][\w/+-]*['’]s\s+)?(?:annual\s+|first\s+)?(?P<name>(?:[A-Z][\w/+-]*\s+){1,4}(?:[a-z][\w-]*\s+){1,3}?(?:exercise|drill)|"
    # "a national cyber exercise", "its first national crisis-management drill": named by what it is
    r"(?:(?:national|regional|international|joint|cyber|crisis|crisis-management|table-?top|live-fire|simulation|"
    r"cyber-?security|incident-response)\s+){2,3}(?:exercise|drill))\b")


# "its first national cyber exercise, code-named Cyber Kalkan": the exercise has a name of its own, read as that name.
OWN_NAME_AFTER = re.compile(r"\s*,?\s*(?:(?:code-?named|codenamed|called|named|dubbed|known\s+as|entitled|titled)\s+"
                            r"[\"“]?|[\"“'‘])[A-Z]")  # (or its quoted name right after it: 'the Baltic cyber exercise "X"')


# "takes part in the annual OIC-CERT drill and in the AfricaCERT cyber drill": an exercise named by its organiser's
# acronym and a lower-case "drill" or "exercise" (with no lower-case word between them too, and after "and in" that
# takes up the verb); its name is singular ("the OIC-CERT drills": OIC-CERT drill)
ACRONYM_DRILL = re.compile(
    r"(?:\b(?:t(?:ook|ake|akes|aking|aken) part|compet\w*|participat\w*|join\w*|host(?:s|ed))\s+(?:in\s+)?|"
    r",?\s+and\s+(?:also\s+)?in\s+)(?:the|an?|its)\s+(?:(?:annual|yearly|regular)\s+)?"
    r"(?P<name>[A-Z][\w-]*[A-Z]{2}[\w-]*\s+(?:(?:joint|regional|cyber|incident|response)\s+){0,3}(?:exercise|drill)s?)\b"
    r"(?!\s*,?\s+[\"“'‘]?[A-Z])")


def _from_acronym_drill(match: re.Match[str], view: SentenceView) -> Discovery | None:
    surface = match.group("name")
    if _ends_with_known(view, match.start("name"), match.end("name")):
        return None
    label = re.sub(r"(drill|exercise)s$", r"\1", surface)
    entity = Entity(key=entity_key("initiative", label), label=label, kind="initiative", cls=CDO.Exercise)
    return Discovery(entity, {surface: "name"})


# An owned exercise's own name before what it is: "the US Africa Command's Africa Endeavor communications exercise"
# (two or more capitalised words, none an acronym: an organiser's acronym is part of a name, "the OAS cyber exercise").
OWN_NAME_BEFORE_KIND = re.compile(r"(?:[A-Z][a-z][\w-]*\s+){2,4}(?=[a-z])")


def _from_lower_exercise(match: re.Match[str], view: SentenceView) -> Discovery | None:
    name = match.group("name")
    own_name = OWN_NAME_BEFORE_KIND.match(name) if match.group("owner") else None
    if own_name:  # (its own name is the exercise's name, whatever follows it)
        name = own_name.group().strip()
    elif OWN_NAME_AFTER.match(view.text, match.end()):
        return None
    if _ends_with_known(view, match.start("name"), match.start("name") + len(name)):
        return None
    entity = Entity(key=entity_key("initiative", name), label=name, kind="initiative", cls=CDO.Exercise)
    return Discovery(entity, {name: "name"})


# Who takes part in an exercise rather than a forum: technical teams ("Moldova's national CERT took part in Cyber
# Coalition", "Moldovan specialists take part in Locked Shields").
TECHNICAL_STAFF = re.compile(r"\b(?:teams?|experts|specialists|analysts|defenders|operators|technicians|engineers|personnel|"
                             r"cyber\s+units?|cyber\s+command|"
                             r"C(?:ERT|SIRT|IRT)s?|[A-Za-z]+-?C(?:ERT|SIRT|IRT))\b")
PLURAL_EXERCISES = re.compile(r"\s+(?:exercises|drills)\b")


# 'the "Support to Georgia Incident Response and Legislation" project': a quoted name is the whole name.
# (or after its kind: 'the programme "Support to the Digital Transformation of Ruritania"')
QUOTED_NAME = re.compile(r"[\"“](?P<name>[A-Z][^\"”]{3,80})[\"”]\s+(?P<kind>project|programme|program|initiative|scheme|"
                         r"exercise|drill)\b|\b(?P<kind2>project|programme|program)\s+[\"“](?P<name2>[A-Z][^\"”]{3,80})[\"”]|"
                         # (or in single quotes, never a possessive's apostrophe: "the ‘Support to X’ programme")
                         r"(?<![\w’'])['‘](?P<name3>[A-Z][^'’\"”]{3,80})['’]\s+(?:project|programme|program|initiative|scheme)\b")
# An exercise's quoted name with the words that say what it is around it: 'the "Cyber Shield" national exercise',
# 'the Baltic cyber exercise "Cyber Shield"', 'the first national exercise, "Cyber Star", in 2024'.
QUOTED_EXERCISE = re.compile(r"[\"“](?P<name>[A-Z][^\"”]{2,60})[\"”]\s+(?:[a-z][\w-]*\s+){1,2}?(?:exercise|drill)s?\b|"
                             r"\b(?:exercise|drill)\s*,?\s+(?:[\"“](?P<name2>[A-Z][^\"”]{2,60})[\"”]|"
                             # (or in single quotes: "the regional exercise 'Blue Harbour'")
                             r"['‘](?P<name3>[A-Z][^'’\"”]{2,60})['’](?=[\s,.;:)]|$))")
# "exercises such as Cyber Europe and Locked Shields", "the national exercise Cyber Celt": names an exercise word
# introduces.
EXERCISE_NAMES = re.compile(rf"\b(?:exercises?|drills?)\s*,?\s+(?:(?:such\s+as|including|like|namely|called|named|dubbed|"
                            rf"code-?named|codenamed|known\s+as|entitled|titled)\s+)?"
                            rf"(?:the\s+)?(?P<names>{NAME}(?:\s+\d{{1,4}}\b)?(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{NAME}"
                            rf"(?:\s+\d{{1,4}}\b)?)*)")


def _named_exercises(match: re.Match[str], view: SentenceView) -> list[Discovery]:
    found = []
    position = match.start("names")
    for part in re.split(r"(,\s+(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)", match.group("names")):
        start = position
        position += len(part)
        if not part or re.fullmatch(r"[\s,]*(?:and|or)?\s*(?:the\s+)?", part):
            continue
        name, start = trim_name(part, start)
        if len(name) < 3 or _ends_with_known(view, start, start + len(name), places=False):
            continue
        found.append(Discovery(Entity(key=entity_key("initiative", name), label=name, kind="initiative",
                                      cls=CDO.Exercise), {name: "name"}))
    return found


def _exercise_items(found: Discovery | None, view: SentenceView) -> list[Discovery]:
    """"the Cyber Coalition and Locked Shields exercises": one exercise per item of the list."""
    if found is None:
        return []
    label = found.entity.label
    position = view.text.find(label)
    if " and " not in label or position < 0 or not PLURAL_EXERCISES.match(view.text, position + len(label)):
        return [found]
    parts = [p.strip() for p in re.split(r",\s+|\s+and\s+", label) if p.strip()]
    return [Discovery(Entity(key=entity_key("initiative", p), label=p, kind="initiative", cls=CDO.Exercise), {p: "name"})
            for p in parts]


OTHER_HEAD_AFTER = re.compile(r"\s+([a-z]+)\b")
# what describes an exercise after its name, before the word: "the ITU's Arab regional cyber drill"
LOWER_EXERCISE_TAIL = re.compile(r"(?:\s+(?:regional|national|joint|cyber|cyber-?security|crisis|incident-response))+\s+"
                                 r"(?:exercise|drill)\b")


def _from_exercise_taken_part(match: re.Match[str], view: SentenceView) -> Discovery | None:
    group = next(g for g in ("name", "name2", "name3") if match.group(g))
    name, start = trim_name(match.group(group), match.start(group))
    if not name or _ends_with_known(view, start, start + len(name), places=not EXERCISE_WORD.search(
            view.text[start + len(name):start + len(name) + 12])) or name.isupper() and len(name) < 3:
        return None
    lower = LOWER_EXERCISE_TAIL.match(view.text, start + len(name))
    if lower is not None and not _ends_with_known(view, start, start + len(name) + len(lower.group())):
        name += lower.group()  # "in the ITU's Arab regional cyber drill": the lower-case words are the name's
    other = OTHER_HEAD_AFTER.match(view.text, start + len(name))
    if other and HEADS.get(other.group(1).lower()) not in (None, EXERCISE):
        return None  # "take part in the EU CyberNet network": a name with a head of another kind is no exercise
    entity = Entity(key=entity_key("initiative", name), label=name, kind="initiative", cls=CDO.Exercise)
    return Discovery(entity, {name: "name"})


# Names that run across commas: "Ministry of Science, Innovation, Technology and Telecommunications",
# "Foreign, Commonwealth and Development Office" (a name ends where the name ends, not at its first comma).
COMMA_NAME = re.compile(
    r"\b(?P<name>(?:(?:Ministry|Department|Secretariat|Office|Agency|Commission|Council|Committee|Authority|"
    r"Directorate)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    # ("Ministry for Scientific and Technological Development, Higher Education and Information Society": an "and"
    # inside the list's first item, the list closed by its acronym, the sentence's end or its verb)
    r"(?:\s+(?P<inner>and)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=,))?(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+and\s+"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    r"|(?:[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+"
    r"(?:Office|Ministry|Department|Agency|Authority|Fund|Programme|Program|Centre|Center|Initiative|Commission|"
    r"Council|Directorate|Service|Corps)))(?:\s+\((?P<acr>" + ACRONYM + r")\))?")


# what closes a comma-joined name whose first item holds an "and": the sentence's end, or a verb
COMMA_NAME_CLOSED = re.compile(r"\s*(?:[.;]|$)|,?\s+(?:\w+ly\s+)?(?:is|was|has|had|will|would|can|[a-z]{3,}ed)\b")


def _from_comma_name(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    if not name or _inside(view, start, start + len(name), kinds=("state",)) and "," not in name:
        return None
    acronym = match.group("acr") or ""
    if match.group("inner") and not acronym and not COMMA_NAME_CLOSED.match(view.text, match.end()):
        return None
    end = match.end() if acronym else start + len(name)
    role = head_role(name.replace(",", "")) or AGENCY  # "Conflict, Stability and Security Fund": a fund
    return _make(role, name, acronym, view, (start, end), topic)


# A body named only by its acronym ("USAID funded …", "run by GIZ", "a grant from KOICA", "which JICA implements")
# when it acts in a programme: an organisation whose state the text does not give (not the profile's state).
ACTOR_ACRONYM = r"(?<![\w-])(?P<acr>(?!(?:ICT|CERT|CSIRT|CIRT|SOC|NGO|NGOs|GDP|SME|SMEs|CEO|IT|AI|ID|EUR|USD|GBP|JPY|CHF|" \
                r"AUD|CAD|SGD|KES|NOK|SEK|DKK)\b)[A-Z]{3,6})(?![\w+-])(?!\s*['’(])(?!\s+(?:[a-z-]+\s+){0,2}?(?:programmes?|" \
                r"programs?|projects?|initiatives?|funds?|schemes?|centres?|centers?|conferences?|summits?|exercises?)\b)"
ACRONYM_ROLE_VERB = r"(?:co-?)?(?:fund|funds|funded|finance|finances|financed|run|runs|ran|implement|implements|" \
                    r"implemented|manage|manages|managed|lead|leads|led|sponsor|sponsors|sponsored|donated|donates|" \
                    r"contributed|contributes|committed|pledged|granted|awarded|deliver|delivers|delivered|operate|" \
                    r"operates|operated)\b"
# the acronym every match of ACRONYM_ACTOR holds, found at once (an "[A-Z]{3}" inside a word is no such acronym)
ACRONYM_WORD = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w+-])")
ACRONYM_ACTOR = re.compile(
    r"\b(?:(?:funded|financed|backed|sponsored|run|implemented|managed|led|delivered|operated|organi[sz]ed)\s+"
    r"(?:\w+ly\s+)?by|(?:grants?|funding|financing|loans?|donations?|contributions?|financial\s+support)\s+from)\s+"
    rf"(?:the\s+)?{ACTOR_ACRONYM}"
    rf"|(?:^|(?<=[.;:])\s+|,\s+(?:and\s+|while\s+)?|\b(?:which|that|and)\s+|(?<=[A-Za-z]['’]s)\s+)(?:[Tt]he\s+)?"
    rf"{ACTOR_ACRONYM.replace('acr', 'acr2')}"
    rf"(?=(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,5}})*\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:also\s+|jointly\s+)?(?:\w+ly\s+)?{ACRONYM_ROLE_VERB})")


# A body named after a role participle, the reference data lacking it: "implemented by Expertise France for ECOWAS
# states", "run by Deutsche Gesellschaft für Internationale Zusammenarbeit": an organisation (state unknown).
AGENT_NAME = re.compile(
    r"\b(?:implemented|run|managed|delivered|operated|funded|financed|co-financed|co-funded|sponsored)\s+(?:\w+ly\s+)?by\s+"
    r"(?:the\s+)?(?P<name>[A-Z][a-z][\w-]*(?:\s+(?:(?:für|de|du|des|of|for)\s+)?[A-Z][\w-]*){1,5})"
    r"(?=\s*(?:[,.;)]|\(|\s(?:for|in|with|since|and|from|under|on)\b))")


STATE_WORDS = re.compile(r"\b(?:Government|Governments|Embassy|Embassies|Republic|Kingdom|Cabinet|Presidency|People|"
                         r"Member|Members|States|Authorities|Administration|Delegation|Mission|Consulate|High|Crown|"
                         r"Federal|National|Royal|Ministry|Minister|President|Prime)\b")


def _from_agent_name(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name = match.group("name")
    if head_role(name) or name.split()[-1].lower() in DOCUMENT_HEADS or re.search(r"['’]", name) or \
            STATE_WORDS.search(name):
        return None  # a head word ("… Agency", "… Programme") is read by the other rules; "the Government of Japan",
        # "the Japanese Embassy", "EU Member States" are the state or the union itself
    start = match.start("name")
    inside = [m for m in view.mentions if start <= m.start and m.end <= start + len(name) and m.kind != "coref"]
    if not inside or any(m.kind != "state" for m in inside):
        return None  # a name that holds a state's ("Expertise France") is a body's, not a person's; one that holds an
        # organisation's ("NATO Allied Command Transformation") is that organisation's part, left to the other rules
    return _make(ORGANISATION, name, "", view, (start, start + len(name)), topic)


def _from_acronym_actor(match: re.Match[str], view: SentenceView, topic: str) -> Discovery:
    acronym = match.group("acr") or match.group("acr2")
    start = match.start("acr") if match.group("acr") else match.start("acr2")
    owner = _state_before(view, start)  # "the UK's FCDO funded …": the UK's agency
    return _make(AGENCY if owner else ORGANISATION, acronym, acronym, view, (start, start + len(acronym)), topic)


# "MyCERT, the Malaysia Computer Emergency Response Team, is run by …", "tunCERT, the Tunisian Computer Emergency
# Response Team.": a short name, then its full name as an apposition (one body, not two).
ACRONYM_THEN_NAME = re.compile(
    r"(?<![\w/.-])(?P<acr>[A-Za-z][\w./-]*[A-Z][\w./-]*),\s+the\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w-]*){1,9})"
    r"(?=\s*[.;)]|,(?!\s+(?:and|or)\b)|\s+(?:is|was|has|had|which|that|runs|operates|hosts|handles|coordinates)\b)")


# "the Benin Computer Emergency Response Team (bjCSIRT)": a response team's name, then its own short name, which
# need not abbreviate it.
NAME_THEN_CERT = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w-]*){1,9})\s+\("
    r"(?P<acr>[A-Za-z]*C(?:ERT|SIRT|IRT)[\w./-]*|[A-Za-z]+[-.]C(?:ERT|SIRT|IRT)[\w./-]*)\)")


def _from_acronym_then_name(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    """One body from its short name and the full name in apposition after it, when the two agree: the acronym
    abbreviates the name, or both name a response team."""
    acronym, name = match.group("acr"), match.group("name")
    role = head_role(name)
    if role not in (AGENCY, CERT):
        return None
    cert_pair = role == CERT and CERT_NAME.fullmatch(acronym) is not None
    if not cert_pair and align_acronym(name.split(" "), acronym) != 0:
        return None
    found = _make(role, name, acronym, view, (match.start(), match.end()), topic)
    found.forms[acronym] = "acronym"
    return found


# "the Cyber Security Support to the Pacific (CS2P) programme": a name joined by "to", kept whole when the acronym
# after it abbreviates it from its first word (elsewhere "to" ends a name: "transferred Sweden to the X").
NAME_TO_ACRONYM = re.compile(rf"(?P<name>{CAP}(?:\s+{CAP})*\s+to\s+(?:the\s+)?{CAP}(?:\s+{CAP})*)\s+\((?P<acr>{ACRONYM})\)"
                             rf"(?:\s+(?P<tail>{TAILS})s?\b)?")


def _from_name_to_acronym(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    acronym, tail = match.group("acr"), match.group("tail") or ""
    if not name or align_acronym(name.split(" "), acronym) != 0 or not _abbreviates(name, acronym):
        return None
    role = head_role(name, tail) or head_role(name.split(" to ")[0])
    if not role:
        return None
    found = _make(role, name, acronym, view, (start, match.end("acr") + 1), topic)
    return found


def _from_name_then_cert(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    acronym = match.group("acr")
    if not name or head_role(name) != CERT or align_acronym(name.split(" "), acronym) == 0:
        return None  # an acronym that abbreviates the name is read by the ordinary definition
    found = _make(CERT, name, acronym, view, (start, match.end()), topic)
    found.forms[acronym] = "acronym"
    return found


# "the National Agency for Computer Security (Agence nationale de la sécurité informatique, ANSI)": a body's name,
# then in parentheses its name in its own language and the acronym that abbreviates that one.
NAME_FOREIGN_ACRONYM = re.compile(rf"(?P<name>{NAME})\s+\((?P<native>[A-ZÀ-Ý][^()]{{3,90}}?),\s*(?:or\s+|abbreviated\s+)?"
                                  r"(?P<acr>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)")
# what every match of it holds, found at once (the pattern itself is tried at every capitalised word)
FOREIGN_ACRONYM_HINT = re.compile(r"\([A-ZÀ-Ý][^()]{3,90}?,")


def _from_name_foreign_acronym(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    native, acronym = match.group("native").strip(), match.group("acr")
    role = head_role(name)
    if not name or role not in (AGENCY, CERT) or len(name.split()) < 2 or acronym[0] not in (native[0], name[0]):
        return None  # (the acronym abbreviates the native name, perhaps loosely: "Ciberdefesa" gives C and D)
    found = _make(role, name, acronym, view, (start, match.end()), topic)
    found.forms[acronym] = "acronym"
    found.forms.setdefault(native, "name")
    return found


# A body named in its own (French, Spanish, Portuguese, Italian) language, its head word first and then lower-case
# connectors, defined by an acronym: "the Service de Lutte contre la Cybercriminalité (SLCC)", "the Autorité de
# Régulation des Technologies de Communication (ARTEC)", "the new Office anti-cybercriminalité (OFAC)". The English
# name patterns stop at its first "des", "la" or "contre"; a word of English in it ("of", "the", "and") makes it no such
# name, and the acronym begins with the head's letter.
FOREIGN_HEADS = ("Autorité|Autoridad|Autoridade|Agence|Agencia|Agência|Agenzia|Direction|Dirección|Direção|Direcção|"
                 "Direzione|Service|Servicio|Serviço|Servizio|Office|Oficina|Ufficio|Plateforme|Plataforma|Brigade|Brigada|"
                 "Commandement|Comando|Centre|Centro|Conseil|Consejo|Conselho|Consiglio|Commission|Comisión|Comissão|"
                 "Comité|Secrétariat|Secretaría|Secretaria|Inspection|Délégation|Haut|Haute|Instituto|Institut|"
                 "Superintendencia|Superintendência|Unidad|Unidade|Cellule|Observatoire|Division|División|Divisão|"
                 "Département|Departamento|Sous-direction|Gendarmerie|Sûreté|Policía|Polícia|Guardia|Equipe|Équipe")
FOREIGN_CONNECTOR = r"(?:de|des|du|la|le|les|et|contre|pour|en|sur|aux|au|à|del|los|las|para|da|do|dos|das|di|della|delle|per)"
FOREIGN_WORD = r"(?:[dlDL]['’])?[\w][\w/’'-]*"
FOREIGN_BODY = re.compile(
    rf"(?<![\w-])(?P<name>(?:{FOREIGN_HEADS})(?:\s+{FOREIGN_WORD}){{1,11}}?)\s+\((?:the\s+)?(?P<acr>[A-Z][A-Z0-9]{{2,}}(?:-[A-Z]{{1,3}})?)\)")
FOREIGN_MARK = re.compile(rf"\s(?:{FOREIGN_CONNECTOR}|[dlDL]['’]\w+)\s|\s[a-z]+-[a-zà-ÿ]+\b|[à-ÿ]")
ENGLISH_WORD = re.compile(r"\s(?:of|the|for|and|on|in|at|by|to|with|was|is|which|its|their|a|an)\s", re.IGNORECASE)
FOREIGN_HINT = re.compile(rf"(?<![\w-])(?:{FOREIGN_HEADS})\s+(?:{FOREIGN_CONNECTOR}\s|[dlDL]['’]|[a-z]+-|[A-ZÀ-Ý])")


def _may_be_foreign(text: str) -> bool:
    """Whether a sentence may hold a name in its own language (an accent or a Romance connector, then a head word
    that opens one: 2 µs a sentence rather than 4)."""
    return (not text.isascii() or " de " in text or " des " in text or " du " in text or " del " in text or
            " da " in text) and FOREIGN_HINT.search(text) is not None


def _from_foreign_body(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, acronym = match.group("name"), match.group("acr")
    if not FOREIGN_MARK.search(name + " ") or ENGLISH_WORD.search(name + " ") or acronym[0] != name[0]:
        return None
    start = match.start("name")
    role = CERT if re.search(r"C(?:ERT|SIRT|IRT)\b|[EÉ]quipe", name) else AGENCY
    return _make(role, name, acronym, view, (start, start + len(name)), topic)


# "the Tunisian Computer Emergency Response Team, known as tunCERT", "the Cyber Crime Unit, better known as the CCU":
# a body's name, then the short name it goes by (one body); "the government CSIRT, known as CSIRT Gobierno": a
# response team described, then named.
KNOWN_AS = r",?\s+(?:\(\s*)?(?:also\s+|better\s+|commonly\s+|widely\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?"
NAME_KNOWN_AS = re.compile(rf"(?P<name>{NAME}){KNOWN_AS}(?P<acr>[A-Za-z][\w./-]*[A-Z][\w./-]*)(?![\w-])")
CERT_KNOWN_AS = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Aa])\s+(?:national|government|governmental|sectoral|military|"
                           rf"[a-z]+-sector|[a-z]+)\s+(?:CERT|CSIRT|CIRT|(?:computer\s+)?(?:emergency|incident)\s+response\s+team)"
                           rf"{KNOWN_AS}(?P<name>(?:[A-Z][\w.-]*\s+){{0,3}}?[\w.-]*C(?:ERT|SIRT|IRT)[\w.-]*"
                           rf"(?:\s+(?:de\s+|del\s+|du\s+|da\s+)?[A-Z][\w-]*){{0,3}})")


def _from_name_known_as(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    acronym = match.group("acr")
    role = head_role(name) if name else ""
    if role not in (AGENCY, CERT) or len(name.split()) < 2:
        return None
    if not (role == CERT and CERT_NAME.fullmatch(acronym)) and align_acronym(name.split(" "), acronym) is None:
        return None
    found = _make(role, name, acronym, view, (start, match.end()), topic)
    found.forms[acronym] = "acronym"
    return found


def _from_cert_known_as(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name = match.group("name").strip()
    if NOT_STATE_OWNER.search(view.text[max(0, match.start() - 60):match.end() + 60]):
        return None
    return _make(CERT, name, "", view, (match.start(), match.end()), topic)


# An acronym in brackets defines the span it stands for: "the Ministry of Telecommunications and the Information
# Society (MINTEL)", "the International Organisation of la Francophonie (OIF)". The name patterns stop at "and the" or
# "of la"; when the name just before the brackets cannot be what the acronym abbreviates (its first letter is no
# initial of it) and the longer span through the connector can, the longer span is the name (longest match wins over
# the shorter name inside it).
SPAN_CONNECTOR = r"(?:under\s+the|and\s+the|and\s+for|of\s+la|of\s+le|de\s+la|des|du|in\s+the|in|from|to|on\s+the|for\s+the|of\s+the)"
# A programme's name that runs on through "in" to the places it serves, closed by its acronym: "the Support Project for
# the Rule of Law in the Pacific States and Timor-Leste (SPRLP)" (its acronym may abbreviate the name in another
# language: the brackets close the span all the same, when the words before "in" are a programme's name).
PROGRAMME_IN_PLACES = re.compile(r"(?P<programme>.+?)\s+in\s+(?:the\s+)?(?P<places>[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*)*)")
ACRONYM_SPAN = re.compile(rf"(?<![\w-])(?P<name>{NAME}(?:\s+{SPAN_CONNECTOR}\s+{NAME}){{1,2}})\s+\((?:the\s+)?"
                          rf"(?P<acr>{ACRONYM})\)")


def _syllables(words: list[str], acronym: str) -> bool:
    """Whether the acronym is made of the words' opening letters, the first word's first: each piece of it a prefix of a
    following word, in order ("MINTEL": MINistry, TELecommunications; "OIF": Organisation, International, ...)."""
    letters = acronym.lower().replace("-", "")
    words = [w.lower() for w in words if w not in ("of", "for", "and", "the", "on", "in", "&", "de", "to", "la", "le",
                                                    "des", "du", "from")]

    def fits(i: int, j: int, first: bool) -> bool:
        if i == len(letters):
            return True
        for k in range(j, len(words) if not first else j + 1):
            for n in range(min(4, len(letters) - i, len(words[k])), 0, -1):
                if words[k].startswith(letters[i:i + n]) and fits(i + n, k + 1, False):
                    return True
        return False
    if not words or not letters.isalpha():
        return False
    # (or the initials of all its words in another order, the name translated: "OIF", International Organisation
    # of la Francophonie)
    return fits(0, 0, True) or sorted(letters) == sorted(w[0] for w in words)


def _from_acronym_span(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    name, start = trim_name(match.group("name"), match.start("name"))
    acronym = match.group("acr")
    if not name or not acronym.isupper() or len(acronym) < 3:
        return None
    last = re.split(rf"\s+{SPAN_CONNECTOR}\s+", name)[-1]
    if last == name or _syllables(last.split(), acronym):
        return None
    served = PROGRAMME_IN_PLACES.fullmatch(name)
    served = served if served and head_role(served.group("programme")) == PROGRAMME and \
        len(served.group("programme").split()) > 2 and not _inside(view, start, start + len(name), ("org",)) else None
    if not served and not _syllables(name.split(), acronym):
        return None
    if not served and _inside(view, start, start + len(name), ("state", "org")):
        return None  # "the Agency for X in Ruritania (AXR)": a state in the name is read where a place is
    first = re.split(rf"\s+{SPAN_CONNECTOR}\s+", name)[0]
    role = head_role(name) or head_role(first) or _defined_role(name, acronym)  # (the head of "X under the President")
    if not role:
        return None
    return _make(role, name, acronym, view, (start, start + len(name)), topic)


# An official name with lower-case words in it, closed by the acronym of its capitalised words: "the National center of
# Incident readiness and Strategy for Cybersecurity (NISC)". The name patterns stop at the first lower-case word; the
# span is the shortest run of words before the brackets, opening with a capitalised word, whose capitalised words'
# initials are the acronym's capitals in order (at most three lower-case words of content in it).
LOWER_WORDS_ACRONYM = re.compile(rf"(?P<words>(?:[\w'’&-]+\s+){{2,12}}?[A-Z][\w-]*)\s+\((?:the\s+)?(?P<acr>{ACRONYM})\)")
# what every match of it holds: a capitalised word, a lower-case word that is no connector, a capitalised word, then
# brackets later
LOWER_ACRONYM_HINT = re.compile(r"\b[A-Z][\w-]*\s+(?!(?:of|for|and|the|on|in|to|de)\s)[a-z]+\s+(?:[a-z]+\s+){0,3}[A-Z][^()]{0,80}\(")
SPAN_FUNCTION_WORDS = frozenset("of for and the on in to de".split())


def _from_lower_words_acronym(match: re.Match[str], view: SentenceView, topic: str) -> Discovery | None:
    acronym = match.group("acr")
    letters = [c for c in acronym if c.isupper()]
    words = match.group("words").split()
    if len(letters) < 3:
        return None
    capitals, lower = 0, 0
    for first in range(len(words) - 1, -1, -1):
        word = words[first]
        if word[:1].isupper():
            capitals += 1
            if capitals == len(letters):
                break
        elif word not in SPAN_FUNCTION_WORDS:
            lower += 1
            if not word.isalpha() or not word.islower():
                return None
    else:
        return None
    span = words[first:]
    if not lower or lower > 3 or span[0] in STOP_WORDS or re.search(r"['’]", " ".join(span)) or \
            [w[0] for w in span if w[:1].isupper()] != letters:
        return None
    name = " ".join(span)
    start = match.start("words") + len(" ".join(words[:first])) + (1 if first else 0)
    if view.text[start:start + len(name)] != name:
        return None
    role = head_role(name)
    if role not in (AGENCY, CERT):
        return None
    found = _make(role, name, acronym, view, (start, match.end()), topic)
    return found


def discover(view: SentenceView, gazetteer: Gazetteer, topic: str) -> list[Discovery]:
    """New entities defined or named by head word in a sentence (those the gazetteer already knows are skipped)."""
    found: list[Discovery] = []
    text = view.text
    certs = "CERT" in text or "IRT" in text
    pairs = [d for d in (_from_acronym_then_name(m, view, topic) for m in ACRONYM_THEN_NAME.finditer(text))
             if d is not None] if ", the " in text else []
    pairs += [d for d in (_from_name_then_cert(m, view, topic) for m in NAME_THEN_CERT.finditer(text))
              if d is not None] if certs and "(" in text else []
    pairs += [d for d in (_from_name_foreign_acronym(m, view, topic) for m in NAME_FOREIGN_ACRONYM.finditer(text))
              if d is not None] if ", " in text and "(" in text and FOREIGN_ACRONYM_HINT.search(text) else []
    if " as " in text and may_match(NAME_KNOWN_AS, text):  # (both need "known as" or "referred to as": 30 µs saved)
        pairs += [d for d in (_from_name_known_as(m, view, topic) for m in NAME_KNOWN_AS.finditer(text)) if d is not None]
        pairs += [d for d in (_from_cert_known_as(m, view, topic) for m in CERT_KNOWN_AS.finditer(text)) if d is not None]
    found += pairs
    for match in FOREIGN_BODY.finditer(text) if "(" in text and _may_be_foreign(text) else ():
        found.append(_from_foreign_body(match, view, topic))
    for match in NAME_TO_ACRONYM.finditer(text) if " to " in text and "(" in text else ():
        found.append(_from_name_to_acronym(match, view, topic))
    exercise = may_match(EXERCISE_WORD, text) and EXERCISE_WORD.search(text) is not None  # (each asked once)
    staff = not exercise and may_match(TECHNICAL_STAFF, text) and TECHNICAL_STAFF.search(text) is not None
    for match in CYBER_PART_OF.finditer(text) if " of " in text else ():
        found += _exercise_items(_from_exercise_taken_part(match, view), view)
    for match in CYBER_PART_IN.finditer(text) if exercise and may_match(CYBER_PART_IN, text) else ():
        found += _exercise_items(_from_exercise_taken_part(match, view), view)
    if not exercise and not staff and not certs and not HINT.search(text):
        return found
    for match in EXERCISE_TAKEN_PART.finditer(text) if exercise or staff else ():
        if exercise or TECHNICAL_STAFF.search(text[max(0, match.start() - 60):match.start()]):
            found += _exercise_items(_from_exercise_taken_part(match, view), view)
    for match in QUOTED_NAME.finditer(text) if any(q in text for q in "\"“'‘") else ():
        kind = EXERCISE if (match.group("kind") or "").lower() in ("exercise", "drill") else PROGRAMME
        name = (match.group("name") or match.group("name2") or match.group("name3")).strip()
        found.append(Discovery(Entity(key=entity_key("initiative", name), label=name, kind="initiative",
                                      cls=_role_class(kind, text, name)), {name: "name"}))
    for match in QUOTED_EXERCISE.finditer(text) if exercise and any(q in text for q in "\"“'‘") else ():
        name = (match.group("name") or match.group("name2") or match.group("name3")).strip()
        found.append(Discovery(Entity(key=entity_key("initiative", name), label=name, kind="initiative",
                                      cls=CDO.Exercise), {name: "name"}))
    for match in EXERCISE_NAMES.finditer(text) if exercise else ():
        found += _named_exercises(match, view)
    for match in LOWER_EXERCISE.finditer(text) if exercise else ():
        found.append(_from_lower_exercise(match, view))
    for match in ACRONYM_DRILL.finditer(text) if exercise else ():
        found.append(_from_acronym_drill(match, view))
    for match in COMMA_NAME.finditer(text) if " and " in text and ", " in text and may_match(COMMA_NAME, text) else ():
        found.append(_from_comma_name(match, view, topic))
    for match in LOWER_WORDS_ACRONYM.finditer(text) if "(" in text and LOWER_ACRONYM_HINT.search(text) else ():
        found.append(_from_lower_words_acronym(match, view, topic))
    for match in ACRONYM_SPAN.finditer(text) if "(" in text else ():
        found.append(_from_acronym_span(match, view, topic))
    for match in REVERSE_DEFINITION.finditer(text) if "(" in text else ():
        found.append(_from_reverse_definition(match, view, topic))
    for match in ACRONYM_APPOSITION.finditer(text) if ", " in text and may_match(ACRONYM_APPOSITION, text) else ():
        found.append(_from_acronym_apposition(match, view, topic))
    for match in AGENT_NAME.finditer(text) if " by " in text else ():
        found.append(_from_agent_name(match, view, topic))
    for match in ACRONYM_ACTOR.finditer(text) if ACRONYM_WORD.search(text) and may_match(ACRONYM_ACTOR, text) else ():
        found.append(_from_acronym_actor(match, view, topic))
    for match in CERT_NAME.finditer(text) if certs else ():
        found.append(_from_cert_name(match, view, topic, gazetteer))
    appositions = "," in text and may_match(APPOSITION_AFTER, text) and APPOSITION_AFTER.search(text) is not None
    for match in NAMED.finditer(view.text):
        found += _exercise_items(_from_named(match, view, topic), view)
        if match.group("acr") and " of " in match.group("name"):
            found.append(_programme_before_owner(match, view, topic))
        found.append(_first_of_defined_pair(match, view, topic))
        if appositions:
            found.append(_from_name_apposition(match, view, topic))
    masked = view.masked
    for match in LOWER_DEFINITION.finditer(text) if "(" in text and may_match(LOWER_DEFINITION, text) else ():
        found.append(_from_lower_definition(match, view, topic))
    for match in APPOSITION.finditer(masked) if "'s" in masked else ():
        found.append(_from_apposition(match, view))
    for match in BARE_APPOSITION.finditer(masked) if "IRT" in masked or "CERT" in masked else ():
        found.append(_from_bare_apposition(match, topic))
    found = [d for d in found if d is not None]
    later = [d for d in (_acronym_defined_later(d, gazetteer) for d in found) if d is not None]
    found = [d for d in found if not _known(d, gazetteer)]
    aliases = {form for d in found for form, how in d.forms.items() if how == "acronym" and form != d.entity.acronym}
    paired = {form for d in pairs for form in d.forms}  # the pair's two names are one body's
    kept = [d for d in found if d.entity.label not in aliases and (d in pairs or d.entity.label not in paired)]
    # one body read twice under one key, once by its short name alone ("LaoCERT/CC") and once with its full name
    # ("the Lao Computer Emergency Response Teams/Coordination Centre (LaoCERT/CC)"): the full name is its label
    # (what the short name's reader knew of its class is kept: "CSIRT-CR" is a CERT whatever its full name's head word)
    named = {d.entity.key: d for d in kept if d.entity.acronym and d.entity.label != d.entity.acronym}
    for d in kept:
        full = named.get(d.entity.key)
        if full is not None and d.entity.label == d.entity.acronym and d.entity.cls == CDO.CERT and \
                full.entity.cls == CDO.GovernmentAgency:
            full.entity.cls = CDO.CERT
    return [d for d in kept if d.entity.key not in named or d.entity.label != d.entity.acronym] + later


def _acronym_defined_later(found: Discovery, gazetteer: Gazetteer) -> Discovery | None:
    """A body the document named before by its name alone ("… Resolution 12 of the Ministry of Communications"), now
    defined with its acronym ("The Ministry of Communications (MINCOM) is …"): the acronym becomes one of its names, so
    that "MINCOM signed …" later is that body's act (not an unknown subject's, left to the profile's state)."""
    acronyms = [surface for surface, how in found.forms.items() if how == "acronym" and gazetteer.lookup(surface) is None]
    names = [surface for surface, how in found.forms.items() if how == "name"]
    if not acronyms or not names:
        return None
    known = gazetteer.lookup(names[0])
    if known is None or known.reference or known.kind != found.entity.kind or known.acronym:
        return None
    return Discovery(known, {acronym: "acronym" for acronym in acronyms}, agency_of=known.agency_of)
# "a joint EU-Council of Europe project", "the EU-UN project": two known bodies joined by a hyphen say whose the
# project is; they are no new programme's name
JOINED_BODIES = re.compile(r"(?P<left>[A-Z][\w.]*(?:\s+[\w.]+){0,4}?)-(?P<right>[A-Z][\w.]*(?:\s+[\w.]+){0,5})")


def _known(found: Discovery, gazetteer: Gazetteer) -> bool:
    if any(gazetteer.lookup(surface) is not None for surface, how in found.forms.items() if how != "short"):
        return True
    joined = JOINED_BODIES.fullmatch(found.entity.label) if found.entity.kind == "initiative" else None
    return joined is not None and all(getattr(gazetteer.lookup(joined.group(side)), "kind", "") in ("org", "state")
                                      for side in ("left", "right"))
