"""Documents (strategies, laws, declarations), programmes, exercises and events: mentions and rules.

A document is identified by its issuer, name and year (two states may both have a
"Cybersecurity Strategy"), so documents are created here, when the issuer is known:
a possessive or adjective just before the name ("Japan's 2018 Cybersecurity Strategy",
"the Canadian National Cyber Security Strategy"), the subject of an adoption verb, or
the paragraph's topic.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from cdkg.extraction import cues
from cdkg.extraction.context import Finding, SentenceContext, find_subject, is_subject_at
from cdkg.text import slugify
from cdkg.extraction.discovery import NOT_A_PROGRAMME
from cdkg.extraction.mentions import NAMED, SLOT, SLOT_RE, Mention, trim_name
from cdkg.extraction.prefilter import may_match, prefiltered_search
from cdkg.extraction.relations import (
    ADOPT, BASE, LAUNCH_AFTER, LED_BY, LIST_GAP, LOWER_DOCUMENT, NON_STATE_SUBJECT, _finding,
)
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

# A list of mentions: "the EU, Japan and the UK" (each slot perhaps after "the").
SLOT_LIST = rf"(?:the\s+)?{SLOT}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{SLOT})*"


DOCUMENT_CLASSES = {
    "strategy": CDO.Strategy, "policy": CDO.Strategy, "guidance": CDO.Strategy, "doctrine": CDO.Strategy,
    "plan": CDO.Strategy, "framework": CDO.Strategy, "masterplan": CDO.Strategy, "agenda": CDO.Strategy,
    "concept": CDO.Strategy,  # ("the Cybersecurity Concept 2015-2020", "the National Security Concept")
    "directive": CDO.Legislation, "act": CDO.Legislation, "law": CDO.Legislation, "regulation": CDO.Legislation,
    "code": CDO.Legislation, "bill": CDO.Legislation, "decree": CDO.Legislation, "legislation": CDO.Legislation,
    "proclamation": CDO.Legislation,  # how several states name an act of parliament ("the Computer Crime Proclamation")
    "principles": CDO.Declaration, "declaration": CDO.Declaration, "charter": CDO.Declaration,
    "statement": CDO.Declaration,
}
FUND = re.compile(r"\b(?:committ\w*|pledg\w*|provid\w*|allocat\w*|contribut\w*|grant\w*|earmark\w*|fund(?:s|ed|ing)|"
                  r"financ\w*|donat\w*|invest\w*|spen[dt]\w*)\b")
CAPITALISED_HEAD = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in DOCUMENT_CLASSES)) + r")s?\b"
    r"|\b[A-Z][\w-]*(?:\s+\d{4}(?:-\d{4})?)?\s+strategy\b"  # "the Digital Moldova 2030 strategy"
)
ALIAS_AFTER = re.compile(r"^\s*\((?:the\s+)?(?:so-called|so called|known as|dubbed)\s+([A-Z][\w-]*)\)")
ISSUER_BEFORE = re.compile(
    rf"{SLOT}(?:\s+(?:Foreign\s+|Defence\s+|Defense\s+)?(?:Leaders|Ministers|Heads of State(?: and Government)?))?"
    rf"(?:['’]s|['’])?\s+(?:(?:new|first|national|updated|revised|own|latest|current)\s+)*"
    rf"(?:(?:{cues.MONTH}\s+)?{cues.YEAR}(?:\s*-\s*{cues.YEAR})?(?:\s*,\s*{cues.YEAR})*(?:\s+and\s+{cues.YEAR})?\s+)?$"
)
POSSESSIVE_BEFORE = re.compile(
    rf"(?:{SLOT}(?:'s)?\s+(?:own\s+|flagship\s+|new\s+)?|\b(?:its|their)\s+(?:(?!(?:under|through|with|from|for|in|of|by|via|"
    rf"to|at|on|into|within)\b)[\w-]+(?:,\s*|\s+)){{0,4}}?(?:the\s+)?)$"  # "its CERT under the X": not its X
)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word.lower()[:-1] in DOCUMENT_CLASSES else word


# "The Cybercrimes (Prohibition, Prevention, etc.) Act", "the Cybersecurity (Amendment) Act": a name with a
# parenthesis inside it.
NAME_WITH_PARENTHESIS = re.compile(
    r"\b(?P<name>[A-Z][\w-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*)*\s+\([A-Z][^()]{2,60}\)(?:\s+\([A-Z][^()]{2,20}\))?"
    # ("the Crimes (Countering Cybercrime) Amendment Bill": capitalised words may follow the parenthesis)
    r"(?:\s+[A-Z][a-z][\w-]*){0,2}\s+(?P<head>Act|Law|Code|Bill|Regulations?|Decree))\b")
# "the Marco Civil da Internet (Law 12.965 of 2014)": a name whose number in parentheses makes it a law, whatever its
# words (a name in another language need not have an English head word).
NAME_THEN_LAW_NUMBER = re.compile(
    r"\b(?P<name>[A-Z][\w'-]*(?:\s+(?:(?:de|da|do|das|dos|del|des|du|la|le|di|of|on|for|and|the)\s+)*[A-Z][\w'-]*){1,6})"
    r"\s+\((?P<kind>Law|Act|Decree|Ordinance|Proclamation)\s+(?:No\.?\s*)?\d+(?:[./-]\d+)*(?:\s+of\s+(?:19|20)\d\d)?\)")


# "the National Cybersecurity Policy (PNCS) 2017-2022": a short name, then the edition's period
ACRONYM_OF_PERIOD = re.compile(rf"\s+(?:19|20)\d\d-(?:19|20)\d\d\b")
NUMBER_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d-(?:19|20)\d\d\b)(?P<num>\d+(?:[./-]\d+)+)\b")
SHORT_NUMBERED = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{2,})\)\s+(?!(?:19|20)\d\d-(?:19|20)\d\d\b)(?P<num>\d+(?:[./-]\d+)+)\b")
NUMBER_ALIAS = re.compile(rf"(?:,?\s+(?:of\s+)?{cues.YEAR})?\s*\((?P<alias>(?:[A-Z][a-z]+\s+)?(?:Act|Law|Decree|Ordinance)\s+(?:No\.?\s*)?"
                          r"\d+(?:[./-]\d+)*)\)")
# The rest of a "Law on A, B and C" name: capitalised topics after a comma, the last after "and", each perhaps "X of Y"
# (a determiner after the comma opens another name: "the Law on Data, the Law on Cyber Security and …").
TOPIC_WORDS = r"[A-Z][a-z][\w-]*(?:\s+(?:of|on|for)\s+[A-Z][a-z][\w-]*|\s+[A-Z][a-z][\w-]*){0,3}"
TOPIC_LIST_AFTER = re.compile(rf",\s+{TOPIC_WORDS}(?:,\s+{TOPIC_WORDS})*,?\s+and\s+{TOPIC_WORDS}(?=\s+[a-z(]|[,.;)]|$)")
# What a law is against is part of its name: "the Special Law against Computer and Related Crimes", "the Law against
# Cybercrime", "the Constitutional Law against Hatred, for Peaceful Coexistence and Tolerance" (what it is for may
# follow after a comma, capitalised too).
AGAINST_TOPIC = r"[A-Z][a-z][\w-]*(?:\s+(?:and\s+|of\s+|on\s+)?[A-Z][a-z][\w-]*){0,4}"
AGAINST_AFTER = re.compile(rf"\s+against\s+{AGAINST_TOPIC}(?:,\s+for\s+{AGAINST_TOPIC})?(?=\s+[a-z(]|\s*[,.;)]|$)")
AGAINST_HEADS = frozenset({"law", "act", "code", "decree", "bill", "strategy", "plan", "policy"})
# (a number may open with a year, "Organic Law 2004-63", "Circular No. 2019/12"; a year or a period alone is no number)
DECREE_NUMBER = re.compile(r"\s+(?:No\.?\s*)?(?P<num>(?!(?:19|20)\d\d(?![-/.]?\d)|(?:19|20)\d\d-(?:19|20)\d\d\b)"
                           r"\d+(?:[./-]\d+)*)\b")
# Heads a number right after the name names the act by ("Supreme Decree 164", "Organic Law 3/2018", "Royal Decree
# No. 52/2010"): where the number ends, the name ends.
NUMBERED_HEADS = frozenset({"decree", "order", "resolution", "law", "act", "code", "ordinance", "proclamation",
                            "regulation"})
QUOTED_PROGRAMME = re.compile(r"[\"”’']\s+(?:project|programme|program|initiative|scheme)\b")


# "No." with its number after a name: "… Act No. 3 of 2025".
NUMBER_SIGN_AFTER = re.compile(r"\.\s*\d")
# A kind of legal act after an official adjective alone: "Royal Decree", "Presidential Decree", "Ministerial Order".
OFFICIAL_KIND = re.compile(r"(?:(?:Royal|Presidential|Ministerial|Prime\s+Ministerial|Executive|Supreme|Government|"
                           r"Cabinet|Federal|Organic|Republic)\s+)?(?:Decree|Order|Resolution|Law|Act|Ordinance|Proclamation)")


def document_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """Capitalised names whose head word makes them documents ("2013 and 2019 Cybersecurity Acts")."""
    found: list[Mention] = foreign_document_mentions(text) if FOREIGN_HINT.search(text) else []
    if not may_match(CAPITALISED_HEAD, text) or not CAPITALISED_HEAD.search(text):
        return found
    for match in NAME_WITH_PARENTHESIS.finditer(text) if "(" in text else ():
        name, start = trim_name(match.group("name"), match.start("name"))
        head = _singular(match.group("head")).lower()
        found.append(Mention(start, match.end(), "", "name", "document", name,
                             {"label": name, "head": head, "acronym": ""}))
    for match in NAME_THEN_LAW_NUMBER.finditer(text) if "(" in text else ():
        name, start = trim_name(match.group("name"), match.start("name"))
        if name and len(name.split()) > 1 and _singular(name.split()[-1]).lower() not in DOCUMENT_CLASSES and \
                not any(m.start < start + len(name) and m.end > start for m in taken):
            kind = match.group("kind").lower()
            found.append(Mention(start, start + len(name), "", "name", "document", name,
                                 {"label": name, "head": {"act": "law", "ordinance": "law"}.get(kind, kind), "acronym": ""}))
    for match in NAMED.finditer(text):
        name, start = trim_name(match.group("name"), match.start("name"))
        head, acronym = match.group("head") or "", match.group("acr") or ""
        name_stop = match.end("name")
        if name.endswith(" No") and NUMBER_SIGN_AFTER.match(text, name_stop):
            # "the Cyber Security Act No. 3 of 2025": "No." opens the act's number, not a word of its name (an official
            # adjective and a kind alone, "Royal Decree No. 5 on X", are read by the number reader)
            if OFFICIAL_KIND.fullmatch(name[:-3]):
                continue
            name, name_stop = name[:-3], name_stop - 3
        if head == "No" and NUMBER_SIGN_AFTER.match(text, match.end("head")):
            head = ""  # "the X Act (XA) No. 9 of 2022": the number after the short name
        tail = (match.group("tail") or "").lower()
        if QUOTED_PROGRAMME.match(text, match.end()):
            continue  # 'the "Support to Georgia Incident Response and Legislation" project' names a project
        if not name:
            continue  # "The strategy will be reviewed": a word that refers back, no name
        if not head and tail in DOCUMENT_CLASSES and not acronym:  # "the Digital Senegal 2025 strategy"
            label = " ".join(p for p in (name, match.group("tailyear"), tail.capitalize()) if p)
            found.append(Mention(start, match.end("tail"), "", "name", "document", text[start:match.end("tail")],
                                 {"label": label, "head": tail, "acronym": ""}))
            continue
        words = name.split(" ")
        last = _singular(head or words[-1])
        connector = next((i for i, w in enumerate(words[1:], 1) if w in ("of", "on", "for")), 0) if not head else 0
        if connector:  # "Law on Information Security", but not "Application of International Law"
            last = _singular(words[connector - 1])
            if last.lower() not in DOCUMENT_CLASSES and _singular(words[-1]).lower() in DOCUMENT_CLASSES and \
                    _singular(words[-1]).lower() in ("law", "act", "code", "bill"):
                connector, last = 0, _singular(words[-1])  # "Protection of Privacy Law": no head before "of"
        if last.lower() not in DOCUMENT_CLASSES or len(words) + bool(head) < 2:
            continue
        if last.lower() == "law" and re.search(r"\b(?:International|Humanitarian|Customary)\s+Laws?$", name):
            continue  # a body of law, not a law ("… and International Law", a paper's title)
        name_end = start + len(name)
        start = _after_states(start, taken)
        numbered = (NUMBER_AFTER.match(text, match.end()) if acronym else SHORT_NUMBERED.match(text, match.end())) \
            if not head else None
        if numbered:  # "Presidential Regulation (Perpres) 53/2017": the act is named by its short name and number
            label = f"{acronym or numbered.group('short')} {numbered.group('num')}"
            found.append(Mention(start, numbered.end(), "", "name", "document", text[start:numbered.end()],
                                 {"label": label, "head": _singular(words[-1]).lower() if _singular(words[-1]).lower()
                                  in DOCUMENT_CLASSES else "law", "acronym": ""}))
            continue
        end = match.end("head") if head else name_end  # the name ends where it ends, its state skipped or not
        label = text[start:name_stop]
        if not connector:
            several = len(cues.years_before(text[:start])[0]) > 1  # "the 2013 and 2019 Cybersecurity Acts"
            tail_word = label.split(" ")[-1]
            tail_word = tail_word if tail_word == "Regulations" and not several else _singular(tail_word)
            label = " ".join(label.split(" ")[:-1] + [tail_word]) if not head else f"{label} {last}"
        extra = {"label": label, "head": last.lower(), "acronym": f"{acronym} {last}" if acronym and head else
                 acronym if acronym and not numbered else ""}
        listed_topics = TOPIC_LIST_AFTER.match(text, end) if connector and not head else None
        if listed_topics and any(m.start < listed_topics.end() and m.end > end for m in taken):
            listed_topics = None  # "the Law on Cybersecurity, Estonia and Finland advised": states, no topics
        if listed_topics:  # "the Law on Information, Informatization and Protection of Information": one name
            extra["label"] = f"{extra['label']}{listed_topics.group()}"
            end = listed_topics.end()
        against = AGAINST_AFTER.match(text, end) if not connector and not head and last.lower() in AGAINST_HEADS \
            and " against " in text else None
        if against and not any(m.start < against.end() and m.end > end for m in taken):
            extra["label"] = f"{extra['label']}{against.group()}"
            end = against.end()
        runs_on = TITLE_RUNS_ON.match(text, end) if connector and not head and not listed_topics else None
        if runs_on and not any(m.start < runs_on.end() and m.end > end for m in taken):
            # "the Law on Protection from False and Inaccurate Information": a title whose head comes first runs on
            # through "from" or "against" while its words are capitalised; the name ends where the name ends
            extra["label"] = f"{extra['label']}{runs_on.group()}"
            end = runs_on.end()
        decree_number = DECREE_NUMBER.match(text, end) if last.lower() in NUMBERED_HEADS and not \
            connector and not head else None
        if decree_number and re.search(r"\(\s*$", text[:start]) and re.match(r"\s*\)", text[decree_number.end():]):
            continue  # "the Criminal Code (Organic Law 10/1995)": the name's alias, not another act
        if decree_number:  # "Supreme Decree 164", "Royal Decree No. 52/2010", "Organic Law 3/2018": the number is the name
            extra["label"] = f"{label} {decree_number.group('num')}"
            end = decree_number.end()
        alias = ALIAS_AFTER.match(text[end:])
        if alias:
            extra |= {"label": alias.group(1), "acronym": alias.group(1)}
            end += alias.end()
        number = NUMBER_ALIAS.match(text, end) if not extra["acronym"] else None
        if number:  # "the Cybersecurity Act, 2020 (Act 1038)": the number names the act when it comes back
            extra["acronym"] = number.group("alias")
        amendment = AMENDMENT_OF.search(text, max(0, start - 40), start) if "mendment" in text else None
        if amendment and not extra["acronym"]:  # "Amendment No. 13 to the X Law": the amendment is the act named
            extra["label"] = f"{text[amendment.start():start]}{extra['label']}"
            start = amendment.start()
        gerund = GERUND_TITLE_BEFORE.search(text, max(0, start - 80), start) if not connector and not head and \
            last.lower() in ("act", "law", "bill", "code") and " from " in text[max(0, start - 80):start] else None
        if gerund:  # "the Protecting Citizens from Online Crime Act": a title that opens with a verb in -ing is one name
            extra["label"] = f"{text[gerund.start():start]}{extra['label']}"
            start = gerund.start()
        found.append(Mention(start, end, "", "name", "document", text[start:end], extra))
    return found


AMENDMENT_OF = re.compile(r"\bAmendments?(?:\s+No\.?\s*\d+)?\s+to\s+(?:the\s+)?$")


# A name in a Romance language opens with its head word: "Estrategia Nacional de Ciberseguridad", "Loi n° 2008-11
# sur la cybercriminalité", "Ley 30096", "Política Nacional de Transformación Digital".
FOREIGN_HEADS = {"estrategia": "strategy", "estratégia": "strategy", "stratégie": "strategy", "strategia": "strategy",
                 "política": "policy", "politique": "policy", "plan": "plan", "plano": "plan", "ley": "law", "loi": "law",
                 "lei": "law", "legge": "law", "decreto": "decree", "décret": "decree", "código": "code",
                 "reglamento": "regulation", "règlement": "regulation"}
FOREIGN_CONNECT = r"(?:de|del|de\s+la|de\s+las|de\s+los|des|du|de\s+l'|d'|la|las|los|le|les|sur|sobre|para|pour|y|et|e|en|da|do|dos|das|pela|contra|contre)"
FOREIGN_NAME = re.compile(
    rf"\b(?P<head>Estrategia|Estratégia|Stratégie|Strategia|Política|Politique|Plan|Plano|Ley|Loi|Lei|Legge|Decreto|"
    rf"Décret|Código|Reglamento|Règlement)"
    rf"(?:\s+(?:n°|nº|no\.|No\.|N°|Nº)?\s*(?P<num>\d+(?:[./-]\d+)*))?"
    rf"(?P<rest>(?:\s+(?:{FOREIGN_CONNECT}\s+)*(?:(?:N°|Nº|n°|nº|No\.)\s*\d[\w./-]*\w|[A-ZÁÉÍÓÚÑÇ][\w'-]*|\d{{4}}(?:-\d{{4}})?|nacional|nationale|national|"
    rf"federal|générale?|general|integral))*"
    rf"(?:\s+(?:{FOREIGN_CONNECT}\s+)+[a-záéíóúñç][\w-]*(?:\s+[a-záéíóúñç][\w-]*){{0,2}}(?=\s*[,;.()]|\s+(?:was|were|is|has|of|in|adopted|approved)\b))?)")


FOREIGN_HINT = re.compile(r"\b(?:Estrat|Strat[ée]gi|Pol[ií]ti|Plan[o ]|Le[yi]\b|Loi\b|Legge|D[ée]cret|C[óo]digo|R[èe]gl)")


def foreign_document_mentions(text: str) -> list[Mention]:
    """Documents named in Spanish, French, Portuguese or Italian, head word first (see :data:`FOREIGN_NAME`)."""
    found = []
    for match in FOREIGN_NAME.finditer(text):
        rest = match.group("rest").strip()
        if not match.group("num") and not re.search(r"[A-ZÁÉÍÓÚÑÇ]|[a-z]{4,}", rest):
            continue  # "Plan" alone, "Plan B": no name
        if match.group("head") == "Plan" and not re.match(rf"\s*(?:{FOREIGN_CONNECT}\b|Nacional|National)", match.group("rest")):
            continue  # an English "plan": "Plan Bolivia" stays to the English reader
        if re.search(r"\((?:[^()]*,\s*)?$", text[:match.start()]):
            continue  # "the Ley de Delitos Informáticos (Ley 30096)": the name's alias, not another act
        label = text[match.start():match.end()].strip()
        head = FOREIGN_HEADS[match.group("head").lower()]
        found.append(Mention(match.start(), match.start() + len(label), "", "name", "document", label,
                             {"label": label, "head": head, "acronym": ""}))
    return found


ALIAS_AS_MODIFIER = re.compile(rf"\s+{cues.YEAR}(?:-{cues.YEAR})?(?:['’]s|\s+(?:implementation|action|work|operational|"
                               r"plan|plans|programme|program|framework|roadmap|review|goals?|objectives?|pillars?|"
                               r"targets?|measures?|budget|report)\b)")


def alias_document_mentions(text: str, aliases: dict[str, str]) -> list[Mention]:
    """A document named earlier by its short name, with the years of this edition: "its successor, the PNCS
    2023-2028" after "the National Cybersecurity Policy (PNCS) 2017-2022" (``aliases``: short name → name)."""
    found = []
    for acronym, label in aliases.items() if aliases else ():
        if acronym not in text or not re.fullmatch(r"[A-Z][\w-]*", acronym):
            continue
        head = _singular(label.rsplit(" ", 1)[-1]).lower()
        if head not in DOCUMENT_CLASSES:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?=\s+{cues.YEAR}(?:-{cues.YEAR})?\b)", text):
            if re.search(r"\(\s*$", text[:match.start()]) or ALIAS_AS_MODIFIER.match(text, match.end()):
                continue  # "(PNCS) 2017-2022": the definition itself; "the NCPS 2021 implementation plan": another text
            found.append(Mention(match.start(), match.end(), "", "name", "document", acronym,
                                 {"label": label, "head": head, "acronym": acronym}))
    return found


def _after_states(start: int, taken: list[Mention]) -> int:
    """Move a document name's start past a state name or adjective it begins with (that is its issuer)."""
    for mention in taken:
        if mention.start == start and mention.kind == "state":
            return mention.end + 1
    return start


# "A national cyber acceleration strategy was announced in 2021", "a bill to create an agency was passed": an
# unnamed document as the subject of a passive adoption verb.
LOWER_PASSIVE = re.compile(
    # (a state's or "the country's" possessive opens it too: "Chad's first cyber strategy was published in 2015")
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Aa]nother)|(?<![\w-])(?:[A-Z][\w-]*|[Tt]he\s+(?:country|government|nation))['’]s)\s+"
    r"(?:(?:new|first|second|third|fourth|updated|revised|comprehensive|dedicated|"
    r"stand-alone|standalone|separate|successor)\s+)*(?P<np>(?:[\w\"-]+\s+){0,4}?(?:strategy|law|act|bill|regulation|policy|"
    r"decree|plan))(?P<pp>\s+(?:to|on|for)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*|"
    # "a single law merging the two cyber statutes is being drafted": what it does names it
    r"\s+(?:merging|combining|consolidating|replacing|amending|updating|revising)\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)?\"?,?"
    # "(Law 2008-11)", "covering 2023-2027": what may stand between the name and its verb
    r"(?:\s*\([^()]{1,40}\)|\s+(?:covering|for|running to|to)\s+(?:the\s+)?(?:period\s+)?\d{4}(?:-\d{4})?)?"
    # (an apposition may stand between them: "a revised strategy, announced by the ministry in 2024, is planned …")
    r"(?=(?:,\s+(?:first\s+|later\s+)?(?:announced|drafted|prepared|promised)\s[^,;()]{0,80},)?"
    # (a sentence adverb may stand between them too: "a data protection bill, by contrast, was tabled in 2023")
    r"(?:,\s+(?:by\s+contrast|in\s+contrast|however|meanwhile|for\s+its\s+part|in\s+turn|moreover|also),)?"
    # (and who wrote it: "a cybersecurity bill drafted by the CNCS was put out for public consultation")
    r"(?:\s+(?:drafted|prepared|written|developed)\s+by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,5})?"
    r"\s+(?:(?:was|were|has been|"
    r"had been|is being|are being)\s+(?:\w+ly\s+)?(?:adopted|passed|approved|enacted|published|announced|launched|"
    r"drafted|tabled|signed into law|presented|introduced|released|issued|prepared|(?P<lodged>submitted|registered|referred)|"
    # "was put out for public consultation", "was opened for comment": a text shown before it is adopted
    r"(?:put|sent|opened)\s+(?:out\s+)?(?:to|for)\s+(?:a\s+)?(?:public\s+)?(?:consultation|comments?))|"
    # "a draft law, prepared in 2022, has not been submitted to parliament" (the status reader says where it stands)
    r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:submitted|tabled|adopted|approved|passed|presented|sent|"
    r"enacted)|(?:is|are)\s+(?:now\s+|also\s+)?"
    r"planned\s+(?:for|in|by)\s+(?:\w+\s+)?(?:19|20)\d\d|"
    # "a law on X is expected to be submitted to parliament in 2025", "a new strategy will be published next year"
    r"(?:(?:is|are)\s+(?:expected|due|set|scheduled|likely|meant)\s+to|(?:is|are)\s+to|will|shall)\s+be\s+(?:\w+ly\s+)?"
    r"(?:submitted|tabled|presented|adopted|introduced|sent|published|approved|finali[sz]ed|drafted|prepared|"
    r"launched|released|enacted|passed))\b)")
# "Law 21.719 on personal data protection", "Perpres 47/2023", "Decree No. 5": a legal act named by its number.
# (what it is "on" runs to a verb, a time or a new clause: "Law 21.719 on personal data protection was passed in 2024";
# a resolution counts only as one on a strategy or policy: "Resolution 29-NQ/TW on a national cyber strategy")
PP_WORD = r"(?![a-z]+ed\s+(?:the|a|an|its|their|all|both)\b)(?!(?:since|from|with|by|until|during|under|which|that|who|after|before|as|at|when|while|and|but|or|is|are|" \
    r"was|were|has|have|had|will|would|to|its|their)\b)[a-z][\w-]*"
TITLE_WORD = r"(?!(?:In|On|At|By|Since|From|The|January|February|March|April|May|June|July|August|September|October|" \
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z][\w-]*"
NUMBERED_LAW = re.compile(
    # (a compound kind is one name: "Decree-Law No. 2022-54", "Executive Order No. 58", "Republic Act No. 10844"; an
    # adjective before an ordinary kind stays outside: "(Royal) Decree 43/2021" is found by its kind and number)
    r"\b(?P<np>(?:(?:Executive|Ministerial|Republic)\s+)?(?P<kind>Decree-Law|Law-Decree|Law|Act|Decree|Ordinance|Proclamation|Perpres|Regulation|Bill|Resolution|"
    r"(?<=Executive )Order|(?<=Ministerial )Order)\s+(?:No\.?\s*)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[./-](?:\d+|[A-Z][A-Za-z]*))*)"
    rf"(?P<pp>\s+on\s+(?:{PP_WORD}\s+){{0,6}}{PP_WORD}(?=[\s,.;)])|"
    # (a title in capitals: "Law 1080 on Digital Citizenship", "Decree 12 on the Protection of Personal Data")
    rf"\s+on\s+(?:the\s+)?{TITLE_WORD}(?:\s+(?:of|and|for|the|in)?\s*{TITLE_WORD}){{0,5}}(?=[\s,.;)]))?")
RESOLUTION_ON = re.compile(r"\b(?P<head>strategy|policy|plan|doctrine)$")
# (a capitalised title word after "from"/"against", not a month or a state's or a body's name: those are taken)
TITLE_RUNS_ON = re.compile(rf"\s+(?:from|against)\s+{TITLE_WORD}(?:\s+(?:(?:and|of|the|in|for)\s+)?{TITLE_WORD}){{0,5}}"
                           rf"(?=[\s,.;)]|$)")
GERUND_TITLE_BEFORE = re.compile(rf"(?<![\w-])[A-Z][a-z]+ing(?:\s+(?:the\s+)?{TITLE_WORD}){{1,3}}\s+(?:from|against)\s+$")



# Whom training is for: the people trained (one list for the names that run on over "from" and for paid training).
TRAINEE_NOUNS = ("officials", "officers", "diplomats", "judges", "prosecutors", "investigators", "engineers", "staff",
                 "students", "experts", "servants", "analysts", "magistrates", "personnel", "responders")
TRAINEES = rf"(?:{'|'.join(TRAINEE_NOUNS[:10])}|civil\s+servants|{'|'.join(TRAINEE_NOUNS[10:])})"
# A word of an unnamed programme's name: the name ends where a time, a manner, an agent or a new clause begins
# ("a cyber skills programme in Mozambique since 2019", "a project for Ghana with EUR 2 million"); "and" joins
# names ("in Tanzania and Kenya"), not a new phrase; "from" after trainees says whom ("for judges from Chad and Niger",
# "for incident responders from Bhutan and the Maldives").
NAME_WORD = (r"(?!(?:since|" + "".join(rf"(?<!{noun}\s)" for noun in TRAINEE_NOUNS) + r"from|with|by|until|till|over|during|between|worth|under|which|that|who|whose|through|after|before|"
             r"as|at|when|while|and(?!\s+[A-Z])|but|or|is|are|was|were|has|have|had|will|to|its|their|until|each|every|per|"
             # a participle that tells who runs or pays ("… for the Western Balkans implemented by GIZ")
             r"implemented|run|managed|led|funded|financed|delivered|operated|coordinated)\b)"
             r"(?![\d])[\w-]+")
# "funded a $5.2 million programme on cybersecurity for the energy sector", "runs a project for the Western Balkans"
PROGRAMME_PURPOSE = (r"(?:\s*\((?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?\))?\s+(?:to|that|which)\s+"
                     r"(?:upgrade|strengthen|support|improve|build|rebuild|modernise|modernize|protect|secure)s?\s+"
                     r"(?:the\s+)?(?!(?:it|its|their|them)\b)(?:[\w'’-]+\s+){0,5}?[\w'’-]+"
                     r"(?=\s*(?:[,.;]|$)|\s+(?:in|since|from|following|after|with|by|and|through|worth|over|until|during)\b)")
LOWER_PROGRAMME = re.compile(
    r"\b(?:(?P<money>fund(?:s|ed)?|financ(?:es|ed))|launch(?:es|ed)|runs?|ran|implement(?:s|ed)?|committed\s+[^;]{0,60}?\s+to|"
    r"benefit(?:s|ed|ted)?\s+from|,?\s*(?:and\s+)?from|draws?\s+on|drew\s+on|offer(?:s|ed)|award(?:s|ed))"
    # "financed, with some GBP 900,000, a programme to …": the sum told between the verb and the programme
    r"(?:(?<=ed|es|ds),\s+with\s+(?:some\s+|about\s+|around\s+)?(?:US\$|USD|EUR|GBP|CAD|AUD|\$|€|£)\s?[\d.,]+\s*(?:million|billion|m|bn)?,)?"
    # "finances through the State Department a workforce initiative": the channel told between the verb and its object
    r"(?:(?<=ed|es|ds)\s+through\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and))*?(?=\s+(?:an?|the)\s))?"
    r"\s+"
    # ("implements the programme in Malta": the programme told before, where it runs, is no name)
    r"(?:(?:an?|the(?!\s+(?:programme|program|project|scheme)\s+in\s)|its|their)\s+|"
    r"(?=(?:[a-z][\w-]*\s+){1,3}(?:programmes|programs|projects|schemes|scholarships|"
    r"fellowships)\b))"
    r"(?:(?:US\$|A\$|C\$|NZ\$|S\$|USD|EUR|GBP|AUD|CAD|NZD|SGD|JPY|CHF|NOK|SEK|DKK|\$|€|£|¥)\s?[\d.,]+\s*"
    r"(?:million|billion|m|bn)?\s+)?"
    r"(?P<np>(?!(?:the|a|an|two|three|four|five|both|these|those|several|other|such|many|some|various|all)\b)"
    # (a place of two words may open it: "the Western Balkans cybersecurity governance programme")
    # (an initiative someone pays for is one too: "funded a Central American digital evidence initiative")
    r"(?:(?:[A-Z][\w/-]*\s+)?[A-Z][\w/-]*\s+(?=[a-z][\w-]*\s+[a-z]))?(?:[a-z][\w-]*\s+){0,3}?(?:programmes?|programs?|projects?|schemes?|"
    r"scholarships?|fellowships?|(?(money)initiatives?|(?!)))(?!\s+(?:programmes?|programs?|projects?|schemes?)\b))"
    rf"(?P<pp>\s+(?:on|for|in|(?<=ships\s)to)\s+(?:the\s+)?(?:{NAME_WORD}\s+){{0,5}}{NAME_WORD}"
    # what the programme does: "a project (2021-2024) to upgrade colCERT's monitoring centre", "a programme that
    # strengthens Costa Rica's national CSIRT" (up to a time, a place, a cause or another phrase)
    rf"|{PROGRAMME_PURPOSE})?(?=[\s,.;])")


# "has funded cyber training for officials from Y states", "pays for cyber courses for police officers": training
# someone pays for is a programme, named by its subject and its trainees (only after a verb of paying); the name runs
# on over whom it trains and where they come from ("cyber hygiene training for civil servants in Moldova and Armenia",
# "an annual training course for CSIRT staff from francophone African countries"): a name cut before its trainees is
# another programme's
# (two origins joined before them: "for Laotian and Nepalese CERT staff", "Central American and Caribbean police officers")
TRAINEE_WORDS = rf"(?:(?:[A-Z][a-z][\w-]*\s+){{1,2}}(?:and|or)\s+(?=[A-Z][a-z]))?" \
    rf"(?:(?:[A-Z]{{2,}}[\w-]*|[A-Z]?[a-z][\w-]*)\s+){{0,2}}{TRAINEES}"
FUNDED_TRAINING = re.compile(
    r"\b(?:(?:co-?)?fund(?:s|ed)|(?:co-?)?financ(?:es|ed)|pa(?:ys|id)\s+for|sponsor(?:s|ed)|bankroll(?:s|ed)|"
    # (what it paid, told between the verb and "for": "has paid EUR 2 million for cyber security courses for …")
    r"pa(?:ys|id)\s+(?:some\s+|about\s+|around\s+)?(?:US\$|[A-Z]{3}|\$|€|£)\s?[\d.,]+(?:\s*(?:million|billion|m|bn))?\s+for|"
    # (or runs: "has since 2021 run a cyber training course for officials from …")
    r"runs|ran|(?<=has\s)run|(?<=have\s)run|(?<=\d{4}\s)run|"
    # (or organises it: "has organised an annual incident-handling course for CERT staff from …")
    r"organi[sz](?:es|ed))"
    # ("financed, through the development budget, cyber-hygiene training …": how it pays, told between commas)
    r"(?:\s*,\s+(?:through|via|from|out\s+of)\s+[^,;()]{1,60},)?\s+(?:the\s+|an?\s+)?"
    r"(?P<np>(?!(?:an?|the)\s)(?:(?:[a-z][\w-]*\s+){1,3}?(?:training|courses|workshops|(?<=training\s)course|"
    r"(?<=[a-z]\s)(?<!of\s)(?:course|workshop)|(?<=training\s)(?:week|camp))|(?:training|courses?|workshops?)(?=\s+(?:on|in)\s+[a-z]))"
    # what it teaches, after the head: "a course on cryptocurrency tracing for police officers from …"
    r"(?:\s+(?:on|in)\s+(?!(?:the|a|an|its|their|which|that)\b)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?=\s+for\s))?"
    r"(?=[,.;]|\s+(?:for|in|on|since|from|with|at|to|through|under|and|by|worth|of|until|during)\b)"
    # (where it is held may stand before whom it trains: "a training course in Tokyo for CERT analysts")
    # ("a regional workshop for SICA member states": a regional body's members are whom it trains)
    rf"(?:\s+for\s+(?:the\s+)?(?:other\s+)?[A-Z]{{2,}}[\w-]*\s+member\s+states|"
    rf"(?P<place>\s+in\s+(?!(?:19|20)\d\d\b|January|February|March|April|May|June|July|August|September|October|November|"
    rf"December)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+for\s+{TRAINEE_WORDS}(?:\s+and\s+(?:[a-z][\w-]*\s+){{0,2}}{TRAINEES})?"
    r"(?:\s+from\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:states|countries)"
    # ("for police officers from Benin and Togo", "from Fiji, Samoa and the Solomon Islands": the states, by name)
    r"|(?P<origins>\s+from\s+(?:the\s+)?(?!(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)*)"
    # ("for civil servants in Moldova and Armenia": the states the trainees come from, by name)
    r"|\s+in\s+(?!(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:(?:,\s+|,?\s+and\s+)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)*)?)?)(?=[\s,.;])")


# "has trained Laotian and Nepalese police officers in digital forensics since 2031", "trains judges from Benin and
# Togo in cybercrime investigation": training a state gives others' staff is a programme named by what it teaches and
# whom ("digital forensics training for Laotian and Nepalese police officers"); only when the trainees are told as
# foreign ones (two origins joined, or "from" states by name), since "JICA has trained CERT engineers in incident
# handling" tells cooperation with the profile's own agency, no programme
TRAINED_IN = re.compile(
    r"\b(?:(?:(?<=has\s)|(?<=have\s)|(?<=had\s)|(?<=also\s)|(?<=\d{4}\s))trained|trains)\s+"
    rf"(?P<trainees>(?:(?:[A-Z][a-z][\w-]*\s+){{1,2}}(?:and|or)\s+(?P<joined>(?=[A-Z][a-z]))|(?=[A-Z]?[a-z]))"
    rf"(?:(?:[A-Z]{{2,}}[\w-]*|[A-Z]?[a-z][\w-]*)\s+){{0,2}}{TRAINEES}(?:\s+and\s+(?:[a-z][\w-]*\s+){{0,1}}{TRAINEES})?)"
    r"(?P<origins>\s+from\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?)*)?"
    r"\s+in\s+(?P<topic>(?!(?:the|a|an|its|their|this|that|which)\b)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s*[,.;]|\s*$|\s+(?:since|from|at|in|for|through|under|with|between|until|every|each|and\s+(?:has|have|is|was)\b)\b)")


# "A USAID-funded cyber resilience activity for Nepalese ministries, run by …", "a Danida-financed digital ecosystem
# programme": a programme introduced by its funder and what it does (an indefinite article: "Cyber4Dev, the EU-funded
# cyber resilience programme" is the named one told again), named without its funder, up to a participle or a clause
HYPHEN_FUNDED_PROGRAMME = re.compile(
    r"(?<![\w-])(?:[Aa]n?)\s+(?:[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?)-(?:funded|financed|backed|sponsored)\s+"
    r"(?P<np>(?![^,;.]*\bresearch\b)(?:[a-z][\w-]*\s+){1,3}?(?:programme|program|project|activity|scheme|initiative)"
    rf"(?:\s+(?:for|on)\s+(?:the\s+)?(?:{NAME_WORD}\s+){{0,4}}{NAME_WORD})?)(?=\s*[,.;]|\s+(?:since|from|in|was|is|has|had|"
    r"which|that|ended|began|run|implemented|managed)\b)")


# "paid for a Cybersecurity Capacity Maturity Model (CMM) review of Malawi carried out by X", "financed a Cyber Maturity
# Assessment": a review or an assessment a body pays for is a programme named by its method (the state reviewed, after
# "of", is whom it serves)
# (or done: "the X Centre carried out a cybersecurity capacity maturity assessment of the country in 2021"; a review
# named in small letters is one of capacity or maturity, "a review" alone names nothing; "of the country" is the
# profile's state)
REVIEW_PAID = re.compile(
    r"(?:\b(?:pa(?:ys|id)\s+for|(?:co-?)?financ(?:es|ed)|(?:co-?)?fund(?:s|ed)|commission(?:s|ed)|sponsor(?:s|ed)|"
    r"carri(?:es|ed)\s+out|conduct(?:s|ed))\s+(?:an?|the)\s+|"
    # (or opening its sentence, the participles after it telling who paid and who did it: "A Cyber Maturity Assessment,
    # carried out in 2031 by X and funded by Y, informed …", "In 2022 a capacity maturity review of the country was
    # carried out by X")
    r"^\s*(?:In\s+(?:19|20)\d\d,?\s+a|An?)\s+(?=[^,;]{0,120}?(?:,\s+|\s+(?:was|were|has\s+been|had\s+been)\s+)(?:\w+ly\s+)?"
    r"(?:carried\s+out|conducted|funded|financed|paid\s+for|commissioned)\b))"
    r"(?P<np>(?:(?:[A-Z][\w-]*\s+){1,6}(?:\([A-Z]{2,8}\)\s+)?|(?:[a-z][\w-]*\s+){0,3}?(?:capacity|maturity)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?)(?:review|assessment|audit|survey|study)"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|country\b))?)"
    r"(?=\s*[,.;]|\s+(?:carried|conducted|led|run|done|by|in|since|from|which|that|and|with|was|were|has|had)\b)")


# "financed a digital forensics laboratory for the Benin Republican Police", "donated the equipment of a digital forensics
# laboratory to the National Police": a facility a donor pays for or equips for another's body is a programme named by
# the facility and whom it is for ("to" read as "for")
FUNDED_FACILITY = re.compile(
    r"\b(?:(?:co-?)?fund(?:s|ed)|(?:co-?)?financ(?:es|ed)|pa(?:ys|id)\s+for|donat(?:es|ed)(?:\s+the\s+equipment\s+(?:of|for))?|"
    r"equipped)\s+(?:an?|the)\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+){1,3}?(?:laborator(?:y|ies)|lab|operations\s+cent(?:re|er)|response\s+cent(?:re|er)))"
    r"(?P<pp>\s+(?:for|of|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)(?=[\s,.;])")


# "approved a USD 12 million loan to support ANCI's set-up", "approved $27.7M for the digital and cyber security of
# Indonesia's public financial systems": money given for a purpose names an unnamed programme by that purpose.
PURPOSE_SUM = r"(?:(?:US\$|USD|EUR|GBP|CHF|JPY|\$|€|£)\s?[\d.,]+\s*(?:million|billion|m|bn|M|B)?|[\d.,]+\s*(?:million|billion)\s+" \
    r"(?:euros?|dollars?|pounds?|yen))"
# what the money is for: "to support ANCI's set-up", "for digital transformation" (up to a relative clause: "…
# that includes a cybersecurity component" says more about it, it is no part of its name)
PURPOSE = r"(?:to\s+(?:support|finance|fund|strengthen|improve|upgrade|modernise|modernize)\s+|for\s+(?:the\s+)?)" \
    r"(?!(?:it|them|this|that|these|those|its|their)\b)(?=[a-z]|[A-Z][\w-]*['’]s\s)" \
    r"[\w'’-]+(?:\s+(?!(?:in|by|from|which|who|that|over|with|through|under)\b)[\w'’-]+){0,9}"
MONEY_FOR = re.compile(
    r"\b(?:approved|provided|committed|granted|allocated|pledged|earmarked|lent|extended)\s+"
    # (when may stand between the verb and its object: "approved in June 2023 a USD 20 million loan for …")
    rf"(?:in\s+(?:{cues.MONTH}\s+)?{cues.YEAR}\s+)?(?:an?\s+)?"
    # ("a USD 5 million technical-assistance grant for …": one word may tell the kind of grant)
    rf"(?:{PURPOSE_SUM}\s*(?P<np>(?:(?:[a-z][\w-]*\s+)?(?:loan|grant|credit)\s+)?{PURPOSE})"
    # "approved a loan of USD 10 million to strengthen the cyber security of the federal government", "a grant of USD
    # 1.5 million for the ministry's e-government security project"
    rf"|(?P<head>loan|credit|grant)\s+of\s+(?:some\s+|about\s+)?{PURPOSE_SUM}\s+(?P<purpose>{PURPOSE}))")
# what money is for may be a programme itself: "a USD 30 million grant for Malta's digital government programme",
# "a loan of USD 10 million for a cyber resilience project executed by the ministry": that programme is what the money
# funds, named by its own words up to its head (its owner's possessive stays in, "Malta's": whom it serves), not "grant
# for …" nor what follows the head ("executed by …")
MONEY_FOR_PROGRAMME = re.compile(
    r"^(?:(?:[a-z][\w-]*\s+)?(?:loan|grant|credit)\s+)?(?:for|to\s+(?:support|finance|fund))\s+(?:the\s+|an?\s+)?"
    r"(?P<np>(?:[\w'’-]+\s+){0,6}?(?:programme|program|project|scheme|facility))(?![\w-])")
# the lender named right before the verb, by its acronym: "the Inter-American Development Bank (IDB), a regional
# development bank, approved …", "the IDB approved …" (a loan is known by its lender: "IDB loan for …")
LENDER_BEFORE = re.compile(r"(?:\((?P<defined>[A-Z][A-Za-z]{1,6})\)(?:,\s+an?\s+[^,;()]{0,60},)?|\b(?:the\s+)?(?P<bare>[A-Z]{2,6}))"
                           r"\s+(?:has\s+|had\s+)?(?:\w+ly\s+|also\s+)?$")


# "benefits from EU4Digital", "takes part in iPROCEEDS-2", "GLACY-e, funded by the EU": a coined one-word name (a digit,
# an inner capital or a hyphenated suffix inside it) right after a role phrase, or right before a role participle,
# names a programme the reference data may lack.
COINED = r"(?P<name>(?![\w-]*(?:CERT|CSIRT|CIRT|SOC|Drill|Exercise|Games))(?=[A-Za-z]*[A-Z])[A-Za-z]+(?:[0-9]+[A-Za-z]*|(?<=[a-z])[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+)(?:-[A-Za-z0-9]+|\+)?" \
         r"|[A-Z]{3,}-[a-z0-9]+|[A-Z]{3,}(?:\+|-[A-Z0-9]{1,2}\b))"
COINED_AFTER_ROLE = re.compile(
    r"\b(?:benefit(?:s|ed|ted|ting)?\s+from|t(?:ook|akes?|aking)\s+part\s+in|participat(?:es|ed|ing)\s+in|"
    r"beneficiar(?:y|ies)\s+of|partner\s+countr(?:y|ies)\s+of|priority\s+countr(?:y|ies)\s+of|"
    r"(?:co-?)?fund(?:s|ed)|(?:co-?)?financ(?:es|ed)|implement(?:s|ed)|runs|ran|leads|led|manag(?:es|ed)|join(?:s|ed|ing)?|"
    rf"contribut(?:es|ed)\s+to|under|through|(?:support|assistance|help|training|funding)\s+from)\s+(?:the\s+)?(?:[^,;.:]{{0,60}}?\s(?:and|as well as)\s+(?:the\s+)?)?"
    rf"(?:[A-Z][\w]*-(?:funded|financed|backed|sponsored|led|run)\s+)?{COINED}(?=\s*[,.;(]|\s+(?:and|since|in|from)\b|\s+(?:project|programme|program|initiative)\s+(?:of|in|on|for|since|"
    rf"and|from|,|\.|;|\())")
COINED_BEFORE_ROLE = re.compile(
    rf"(?<![\w-]){COINED}(?:(?:\s*\([^()]{{1,30}}\))?,\s+(?:an?\s+[^,;]{{0,40}}?\s)?(?:funded|financed|implemented|run|led|"
    r"managed|launched|backed)\s+(?:\w+ly\s+)?by\b|\s+(?:priority|partner|pilot|target|focus|beneficiary)\s+"
    r"(?:countr(?:y|ies)|states?)\b)")


def _coined_programmes(text: str) -> list[Mention]:
    found = []
    for pattern in (COINED_AFTER_ROLE, COINED_BEFORE_ROLE):
        for match in pattern.finditer(text) if may_match(pattern, text) else ():  # (its role words: 9 and 26 µs saved)
            name = match.group("name")
            found.append(Mention(match.start("name"), match.end("name"), "", "lower", "initiative", name,
                                 {"label": name, "named": "1"}))
    return found


# what a coined name holds: a capital after a small letter or digit, a letter after a digit, a hyphen or plus after a
# capital (asked as three searches, each led by a class that re skips ahead to, where one alternation of the four
# was tried at every letter)
COINED_MARKS = (re.compile(r"(?<=[a-z0-9])[A-Z]"), re.compile(r"\d[A-Za-z]"), re.compile(r"[A-Z](?:-[a-zA-Z0-9]|\+)"))


def _may_coin(text: str) -> bool:
    """``re.search(r"[a-z0-9][A-Z]|\\d[A-Za-z]|[A-Z]-[a-zA-Z0-9]|[A-Z]\\+", text)`` as a truth value."""
    return any(mark.search(text) is not None for mark in COINED_MARKS)


# an unnamed programme's name in apposition, closed by a comma: "a national awareness programme, Safe Surfing Week,"
APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|in|on|the)\s+)?[A-Z][\w'’-]*){1,5}),\s"
                          r"(?!(?:\w+\s+)?(?:said|says|reported|noted|announced|stated)\b)")


# An unnamed programme of a body known by its acronym: "the OAS Inter-American Committee against Terrorism (CICTE)
# cyber security programme", "the cyber security programme of the OAS Inter-American Committee against Terrorism
# (CICTE)", "the UN Institute for Disarmament Research (UNIDIR) cyber programme": the body's programme, "CICTE cyber
# security programme" (the body's own name stays its own mention).
# (a word of the programme's name is no determiner: "the X (DCAF) implements the programme" names no "DCAF implements
# the programme")
NOT_DETERMINER = r"(?!(?:the|a|an|its|their|this|that|these|those)\s)"
OWNER_NAME = r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|on|against|the|and))*?\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)"
OWNED_PROGRAMME = re.compile(rf"\b{OWNER_NAME}\s+(?P<np>(?:{NOT_DETERMINER}[a-z][\w-]*\s+){{1,3}}?(?:programme|program))\b"
                             rf"|\b(?:the|its|their)\s+(?P<np2>(?:[a-z][\w-]*\s+){{1,3}}?(?:programme|program))\s+of\s+(?:the\s+)?"
                             rf"{OWNER_NAME.replace('acr', 'acr2')}")


def _owned_programmes(text: str) -> list[Mention]:
    found = []
    for match in OWNED_PROGRAMME.finditer(text):
        group = "np" if match.group("np") else "np2"
        label = f"{match.group('acr') or match.group('acr2')} {match.group(group)}"
        found.append(Mention(match.start(group), match.end(group), "", "lower", "initiative", label,
                             {"label": label, "named": "1", "owned": "1"}))
    return found


# the rest of a list of the states trainees come from, after the first: ", Samoa and the Cook Islands" (a name's words
# stop at a comma and at "and the")
ORIGINS_GO_ON = re.compile(r"(?:,\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)*,?\s+and\s+(?:the\s+)?[A-Z][\w-]+"
                           r"(?:\s+[A-Z][\w-]+)?(?=[\s,.;])")


def _uncoined(found: list[Mention], start: int, end: int) -> bool:
    """Whether [start, end) overlaps none of the programmes already coined (the first reading of a span wins)."""
    return not any(m.start < end and start < m.end for m in found)


def lower_programme_mentions(text: str) -> list[Mention]:
    """Unnamed capacity-building programmes after a verb that funds or runs them, or named by what money is for."""
    found = _coined_programmes(text) if _may_coin(text) else []
    found += _owned_programmes(text) if ")" in text and "rogram" in text else []
    for match in MONEY_FOR.finditer(text) if re.search(r"\d", text) else ():
        group = "np" if match.group("np") else "purpose"
        label = re.sub(r"^for\s+(?:the\s+)?", "", match.group(group)).strip()
        head = match.group("head") or (re.match(r"(?:loan|credit)\b", label) or [""])[0]
        if match.group("head"):
            label = f"{match.group('head')} {match.group('purpose')}"
        lender = LENDER_BEFORE.search(text, max(0, match.start() - 90), match.start()) if head else None
        if lender is not None:  # "IDB loan for digital transformation"
            label = f"{lender.group('defined') or lender.group('bare')} {label}"
        start, end = match.start(group), match.end(group)
        programme = MONEY_FOR_PROGRAMME.match(match.group(group))
        if programme is not None:  # "a USD 30 million grant for Malta's digital government programme": the programme
            label = programme.group("np")
            start, end = start + programme.start("np"), start + programme.end("np")
        found.append(Mention(start, end, "", "lower", "initiative", label, {"label": label}))
    for match in FUNDED_TRAINING.finditer(text) if re.search(r"training|course|workshop", text) else ():
        label = re.sub(r"(?:\s+(?:in|on|for|of|the|a|an))+$", "", match.group("np").strip())
        extra = {"label": label, "trainees": "1"}
        end = match.start("np") + len(label)
        if match.group("place") or match.group("origins"):
            # "a training week in Valletta for CERT staff from Benin and Togo": where it is held and the states its
            # trainees come from are no part of its name ("training week for CERT staff"); those states are whom it
            # serves (its beneficiaries)
            np, base = match.group("np"), match.start("np")
            for group in ("origins", "place"):
                if match.group(group):
                    np = np[:match.start(group) - base] + np[match.end(group) - base:]
            label = extra["label"] = np.strip()
            extra["origins"] = match.group("origins") or ""
            end = match.end("np")
        found.append(Mention(match.start("np"), end, "", "lower", "initiative", label, extra))
    for match in TRAINED_IN.finditer(text) if "train" in text else ():
        if not (match.group("joined") is not None or match.group("origins")):
            continue  # "has trained CERT engineers in incident handling": whose staff the sentence does not say
        trainees = match.group("trainees")
        label = f"{match.group('topic')} training for {trainees}"
        # (the states trainees come "from" stay mentions of their own, for the rules that read them)
        end = match.end("trainees") if match.group("origins") else match.end("topic")
        found.append(Mention(match.start("trainees"), end, "", "lower", "initiative", label,
                             {"label": label, "trainees": "1", "trained": "1", "origins": match.group("origins") or ""}))
    coined = [(m.start, m.end) for m in found]
    for match in LOWER_PROGRAMME.finditer(text) if ("rogram" in text or "roject" in text or "ships" in text or
                                                   "nitiative" in text) else ():
        if any(b < match.end("np") and match.start("np") < e for b, e in coined):
            continue  # "the CyberSouth project of the CoE": the coined name is the programme
        pp = re.split(r"\s+(?:in|from)\s+(?:19|20)\d\d", match.group("pp") or "")[0]
        label = re.sub(r"(?:\s+(?:in|on|for|of|from|the|a|an))+$", "", (match.group("np") + pp).strip())
        if re.match(r"\s*\(", pp):  # "a project (2021-2024) to upgrade X": its years are no part of its name
            end = match.start("np") + len(label)
            label = re.sub(r"\s*\([^()]*\)", "", label)
            found.append(Mention(match.start("np"), end, "", "lower", "initiative", label, {"label": label}))
            continue
        if " " not in label:
            continue  # "funded the project", "a USD 10 million programme to …": a head word alone names nothing
        end = match.start("np") + len(label)
        origins = ORIGINS_GO_ON.match(text, end) if re.search(r"\sfrom\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?$", label) else None
        if origins is not None:  # "for incident responders from Fiji, Samoa and the Cook Islands": every state listed
            label, end = label + origins.group(), end + len(origins.group())
        apposed = APPOSED_NAME.match(text, end)
        if apposed is not None and not re.search(r"(?:programmes|programs|projects|schemes)$", label):
            label = apposed.group("name")  # "runs a national awareness programme, Safe Surfing Week, since 2020"
        found.append(Mention(match.start("np"), end, "", "lower", "initiative", label, {"label": label}))
    for match in REVIEW_PAID.finditer(text) if "review" in text or "ssessment" in text or "audit" in text or \
            "survey" in text or "study" in text else ():
        if _uncoined(found, match.start("np"), match.end("np")):
            label = re.sub(r"\s+of\s+the\s+country$", "", match.group("np"))  # (the country: whom, not its name)
            found.append(Mention(match.start("np"), match.end("np"), "", "lower", "initiative", label,
                                 {"label": label, "origins": (match.group("of") or "").strip()[3:], "review": "1"}))
    for match in FUNDED_FACILITY.finditer(text) if "labor" in text or "lab " in text or "centre" in text or \
            "center" in text else ():
        if _uncoined(found, match.start("np"), match.end("pp")):
            label = match.group("np") + re.sub(r"^\s+(?:to|of)\s", " for ", match.group("pp"))
            found.append(Mention(match.start("np"), match.end("pp"), "", "lower", "initiative", label, {"label": label}))
    for match in HYPHEN_FUNDED_PROGRAMME.finditer(text) if "-f" in text or "-backed" in text or "-sponsored" in text else ():
        if _uncoined(found, match.start("np"), match.end("np")):
            label = match.group("np")
            found.append(Mention(match.start("np"), match.end("np"), "", "lower", "initiative", label, {"label": label}))
    return found


ADOPTION_STEMS = ("adopt", "publish", "releas", "introduc", "pass", "enact", "approv", "issu", "launch", "unveil")
PASSIVE_HINT = re.compile(r"\b(?:strategy|law|act|bill|regulation|policy|decree|plan)\b[^.;]{0,100}?\s(?:was|were|has|had|is|are|will|"
                          r"shall)\b")
NUMBER_HINT = re.compile(r"\b(?:Law|Act|Decree|Ordinance|Proclamation|Perpres|Regulation|Bill|Resolution|Order)\s+(?:No\.?\s*)?\d")


# "an action plan to implement it": what a document is for is no part of its name.
INFINITIVE = re.compile(r"\s+to\s+(?:implement|combat|fight|tackle|protect|strengthen|improve|address|counter|promote|"
                        r"support|enhance|build|develop|create|establish|regulate|prevent|secure|achieve|deliver)\b.*$")


# An unnamed bill named by the body or scheme it would create, once lodged: "tabled a bill to create a National Digital
# Security Agency", "a separate bill creating a reserve of cyber specialists, submitted to parliament in 2024, has not
# yet been voted on", "a cybersecurity bill that would create an agency with wide powers was submitted in 2023" (the
# relative is what the bill would do, no part of its name).
BILL_LODGED = r"(?:submitted|tabled|introduced|presented|registered|filed|sent|laid|referred)"
BILL_PURPOSE = re.compile(
    rf"(?:\b(?P<verb>{BILL_LODGED})\s+)?(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:(?:new|separate|dedicated|first|further)\s+)*"
    r"(?P<np>(?:(?!bill\b)[a-z][\w-]*\s+){0,2}?bill)"
    r"(?P<pp>(?:\s+(?:creating|establishing|setting\s+up|to\s+(?:create|establish|set\s+up))\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,6}?[\w-]+|"
    # (or what it is on, or its title in quotes: "a bill on the security of 5G networks", 'a bill "On Data"')
    r"\s+on\s+(?:the\s+)?(?:[a-z0-9][\w-]*\s+){0,5}?[a-z0-9][\w-]*|\s+[\"“][^\"“”]{3,80}[\"”])"
    r"(?=\s*[,;.]|\s+(?:was|were|has|have|is|are|which|that|with)\b))?"
    r"(?P<rest>(?:,\s+(?:first\s+)?" + BILL_LODGED + r"\b[^,;]{0,80},)?"
    # (what it would do may stand between commas: "a bill on X, which would allow Y, was submitted to parliament")
    r"(?:,?\s+(?:that|which)\s+would\s+[^,;]{0,120}?,?)?"
    r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?" + BILL_LODGED + r"\b|"
    r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:voted|debated|adopted|passed|approved|enacted)\b)|"
    # "a cyber security bill introduced in the National Assembly in 2025 would create …", 'a bill "On X", introduced
    # in the Legislative Chamber in 2024, would …': lodged, told by a participle before the clause's own verb
    r",?\s+(?:first\s+)?" + BILL_LODGED + r"\s+(?:in|into|to|before)\s+[^,;]{0,80}?(?:,\s*|\s+)"
    r"(?=(?:would|will|has|have|had|is|are|was|were|remains)\b))?")


def _bill_purposes(text: str) -> list[Mention]:
    """Unnamed bills lodged with a legislature, named by what they would create (see BILL_PURPOSE)."""
    found = []
    for match in BILL_PURPOSE.finditer(text) if "bill " in text else ():
        if not (match.group("verb") or match.group("rest")) or not (match.group("pp") or match.group("rest")):
            continue  # "a bill to create an agency" with no legislature in sight; "a bill was submitted": no name
        if not match.group("verb") and not re.search(BILL_LODGED, match.group("rest")):
            continue  # "a bill … has not been voted on" says where it stands only once it was lodged
        if not match.group("pp") and len(match.group("np").split()) < 2:
            continue  # a bare "bill" names nothing
        label = (match.group("np") + (match.group("pp") or "")).strip()
        # (a body it would create, named in capitals, stays a mention of its own: a Planned agency)
        end = match.end("pp") if match.group("pp") and (not re.search(r"\s[A-Z]", match.group("pp")) or re.match(
            r"\s+[\"“]", match.group("pp"))) else match.end("np")  # (a title in quotes is the bill's own name)
        found.append(Mention(match.start("np"), end, "", "lower", "document", label,
                             {"label": label, "head": "bill", "acronym": "", "base": False, "draft": "",
                              "numbered": "", "lodged_bill": "1"}))
    return found


def lower_document_mentions(text: str) -> list[Mention]:
    """Unnamed documents: after an adoption verb ("adopted its first cybersecurity regulation for the X sector"),
    before a passive one ("a national strategy was announced"), or named by a number ("Law 21.719 on …")."""
    found = []
    for match in LOWER_DOCUMENT.finditer(text) if any(verb in text for verb in ADOPTION_STEMS) else ():
        label = (match.group("np") + (match.group("pp") or "")).strip()
        head = match.group("np").split()[-1]
        label, draft = _undrafted(label)
        found.append(Mention(match.start("np"), match.end(), "", "lower", "document", label,
                             {"label": label, "head": head, "acronym": "", "base": match.group("verb")[-1] != "d",
                              "draft": draft}))
    found += _bill_purposes(text)
    patterns = ([LOWER_PASSIVE] if may_match(PASSIVE_HINT, text) and PASSIVE_HINT.search(text) else []) + \
        ([NUMBERED_LAW] if may_match(NUMBER_HINT, text) and NUMBER_HINT.search(text) else [])
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is NUMBERED_LAW and re.search(r"\((?:[^()]*,\s*)?(?:[A-Z][a-z]+\s+)?$", text[:match.start()]):
                continue  # "the Personal Data Protection Law (Law 27/2022)", "the Criminal Code (Organic Law 10/1995)":
                # the name's alias, not another act
            if pattern is NUMBERED_LAW and re.fullmatch(r"\w+\s+(?:19|20)\d\d", match.group("np")) and \
                    re.search(r"[A-Z][\w-]*\s+$", text[:match.start()]):
                continue  # "the Computer Misuse Act 1990": the year of a named act, not a numbered one
            pp = re.sub(r"(?:\s+(?:in|on|for|of|the|a|an))+$", "", match.group("pp") or "")
            label = (match.group("np") + pp).strip().replace('"', "")
            resolution = pattern is NUMBERED_LAW and match.group("kind") == "Resolution"
            if resolution and not RESOLUTION_ON.search(pp):
                continue  # "resolution 73/27": a resolution on no strategy of the state's is no law of it
            if not re.search(r"\bbills?$", match.group("np")):  # "a bill to create an agency": the bill's purpose names it
                label = INFINITIVE.sub("", label)
            head = RESOLUTION_ON.search(pp).group("head") if resolution else "law" if pattern is NUMBERED_LAW else \
                match.group("np").split()[-1].lower()
            label, draft = _undrafted(label)
            if pattern is LOWER_PASSIVE and match.group("lodged") and not (head == "bill" or draft):
                continue  # "a bill was registered in parliament" is before it; "a law was registered" says nothing
            if pattern is LOWER_PASSIVE and " " not in label.strip():
                continue  # "a successor plan for 2029-2034 is to be prepared": a bare head names nothing (the
                # series reader gives it its name)
            found.append(Mention(match.start("np"), match.end(), "", "lower", "document", label,
                                 {"label": label, "head": head, "acronym": "", "base": False, "draft": draft,
                                  "numbered": "1" if pattern is NUMBERED_LAW else ""}))
    return [m for m in found if not RATIFYING_BILL.match(m.text)]


# A bill that would ratify or accede to a convention is a step towards the convention, not a law of the state's own:
# "a ratification bill was tabled in 2024", "a bill to ratify it was sent to parliament", "an accession bill" (the
# convention reader gives the step its Planned row; left unmasked, its words are there for it to read).
RATIFYING_BILL = re.compile(r"(?:draft\s+)?(?:(?:ratification|accession)\s+bills?|bills?\s+to\s+(?:ratify|accede))\b")


def _undrafted(label: str) -> tuple[str, str]:
    """A lower-case name without the word "draft" it opens with ("draft law on information security"), and "1"
    when it had it: the word says what stage the text is at, not what it is called."""
    found = re.match(r"(?:preliminary\s+|new\s+)?draft\s+(?=\S+\s)", label)
    return (label[found.end():], "1") if found else (label, "")


# What makes a draft law: a draft that was published, presented or discussed is still a draft.
LAW_MAKING = re.compile(r"\b(?:passed|adopted|enacted|approved|promulgated|ratified|signed into law|became law|"
                        r"(?:entered|came) into force|took effect)\b")
# "was published for public comment", "put to consultation": a text shown to the public before it is adopted.
CONSULTATION = re.compile(r"\bfor\s+(?:public\s+)?(?:comments?|consultation|feedback)\b|"
                          r"\b(?:put|sent|opened|submitted)\s+(?:out\s+)?(?:to|for)\s+(?:a\s+)?(?:public\s+)?consultation\b")


# A document named after one of these is cited, not issued: "stressed the applicability of the UN Charter",
# "transposed the EU's NIS Directive", "in line with the GDPR", "its contribution to the compendium".
CITING = re.compile(
    r"\b(?:stress\w*|emphasi[sz]\w*|underlin\w*|highlight\w*|invok\w*|cit(?:ed|es|ing)|refer(?:s|red|ring)? to|"
    r"applicab\w*|appl(?:y|ies|ied) to|in line with|under|pursuant to|transpos\w*|implement\w*|modell?ed (?:in part )?on|"
    r"based on|contradict\w*|align\w*|consistent with|compl(?:y|ies|ied|iance) with|in accordance with|"
    r"according to|annexed to|contribution to|respect for|principles? of|echo\w*|welcom\w*|support\w*|endors\w*|"
    r"reaffirm\w*|affirm\w*|recogni[sz]\w*|accept\w*|signatory to|part(?:y|ies) to|ratif\w*|accession to|"
    r"acced\w*|join\w*|violat\w*|breach\w*|inspired by|drawing (?:\w+ly )?on|draws? (?:\w+ly )?on|drew (?:\w+ly )?on|"
    r"modell?ed after|(?:follows?|following|followed) the (?:model|example) of|similar to|like|unlike|mirror\w*|"
    r"borrow\w* from|resembl\w*|compar\w*|positions?\s+on|"
    # a view about someone else's document: "considers that the UN Charter applies"
    r"consider\w*|hold(?:s|ing)?|held|believ\w*|maintain\w*|argu\w*|contend\w*|insist\w*|assert\w*)\b"
    r"(?:\s+[\w'-]+){0,6}?\s*(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# What may stand before a document that opens its clause: "The 2020-2024 Cybersecurity Strategy dedicates …".
LEADS_CLAUSE = re.compile(rf"\s*(?:(?:the|a|an|its|their|this|that)\s+)?(?:(?:new|first|current|national|revised|updated|"
                          rf"implementing)\s+)*"
                          rf"(?:{cues.YEAR}(?:\s*-\s*{cues.YEAR})?\s+)?", re.IGNORECASE)
# A document that is an item of the clause's subject list: "The first X and the Y date from 2014".
SUBJECT_LIST = re.compile(rf"(?:{LEADS_CLAUSE.pattern}{SLOT}(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|and\s+))*"
                          rf"{LEADS_CLAUSE.pattern}", re.IGNORECASE)
# A planned law that is being introduced or put forward is a proposal ("intends to add … by introducing …").
INTRODUCING = re.compile(r"\b(?:introduc\w*|propos\w*|tabl(?:e|es|ed|ing))\b")
# Reported speech after a document is what it says, not what happened to it: "… Guidance states that …".
REPORTED = re.compile(r"\bthat\b|\"|:")
STATUS_OF_CLAUSE = {"done": "Adopted", "Draft": "Draft", "Proposed": "Proposed", "UnderNegotiation": "Draft",
                    "Planned": "Planned"}


# (also a participle right after the name: "the Cyber Resilience Act adopted by the EU in 2024")
BY_ISSUER = re.compile(rf"(?:[^;]{{0,40}}?(?:\b(?:was|were|has been|had been)\s+|,\s*)|(?:\s*\([^()]*\))?\s+)(?:\w+ly\s+)?(?:adopted|approved|issued|"
                       rf"published|endorsed|released|agreed|signed|presented|launched|unveiled|introduced|announced)\s+(?:[^;]{{0,20}}?\s)?by\s+(?:the\s+)?{SLOT}")


def _owner_in_name(context: SentenceContext, label: str) -> str:
    """The state or organisation a document's name opens with ("EU Cybersecurity Strategy", "ECOWAS Regional
    Strategy", "African Union Convention on ..."): the document is that actor's, whoever the paragraph is about."""
    words = label.split()
    for size in range(min(5, len(words) - 1), 0, -1):
        owner = context.gazetteer.lookup(" ".join(words[:size]))
        if owner is not None and owner.kind in ("state", "org"):
            return context.state_of(owner.key) or owner.key
    return ""


# "helped Paraguay draft its plan", "supported Georgia in updating its strategy": "its" is the one helped.
HELPED_OWNER = re.compile(rf"\b(?:help\w*|assist\w*|support\w*|enabl\w*|advis\w*|encourag\w*|aid(?:s|ed|ing)?)\s+"
                          rf"(?:the\s+)?{SLOT}\s+(?:to\s+|in\s+|with\s+|on\s+)?(?:[a-z]+\s+){{0,2}}?(?:its|their)\s+"
                          rf"(?:(?:own|first|new|national|updated|revised)\s+)*(?:{cues.YEAR}(?:-{cues.YEAR})?\s+)?$")


def _body_of(context: SentenceContext, owner: Mention) -> str:
    """The agency, regulator or other body of a state that stands for it as a document's issuer ("the central bank
    issued its Cyber Resilience Regulation": the state's, through the bank), else ""."""
    state = context.state_of(owner.key)
    return owner.key if owner.kind == "org" and state and state != owner.key else ""


def _issuer(context: SentenceContext, mention: Mention, offset: int) -> tuple[str, bool, bool, str]:
    """(issuer, indirect?, named by a possessive or adjective?, the body it acted through or "") of a document
    mention."""
    before = context.masked[max(0, offset - 120):offset]
    helped = HELPED_OWNER.search(before)
    if helped:  # "the OAS helped Paraguay draft its National Cybersecurity Plan": Paraguay's
        owner = context.view.mentions[int(helped.group(1))]
        if owner.key and owner.kind in ("state", "org"):
            return context.state_of(owner.key) or owner.key, owner.form == "coref", True, _body_of(context, owner)
    possessor = ISSUER_BEFORE.search(before)
    if possessor:
        owner = context.view.mentions[int(possessor.group(1))]
        if owner.key and owner.kind in ("state", "org"):
            return context.state_of(owner.key) or owner.key, owner.form == "coref", True, _body_of(context, owner)
    start, end = context.clause_of(offset)
    agent = BY_ISSUER.match(context.masked, offset + len(str(context.index_of(mention))) + 2)
    if agent is not None:  # "the Dinard Declaration was adopted by G7 foreign ministers"
        owner = context.view.mentions[int(agent.group(1))]
        body = context.gazetteer.entities.get(owner.key)
        issuing = body is not None and (context.state_of(owner.key) or body.cls not in (
            CDO.Organisation, CDO.GovernmentAgency, CDO.CERT))
        if owner.key and owner.kind in ("state", "org") and issuing:  # another body acts for the paragraph's state
            return context.state_of(owner.key) or owner.key, False, False, _body_of(context, owner)
    subject = context.clause_subject(start, end)
    if ADOPT.search(context.masked[start:offset]) and subject is not None and subject.key:
        key, body, indirect = context.subject_in(start, end)
        body_entity = context.gazetteer.entities.get(body) if body else None
        return key, indirect, False, body if body_entity is not None and body_entity.kind == "org" else ""
    owner_key = _owner_in_name(context, mention.extra.get("label", ""))
    if owner_key:  # no one adopts it here: "The ECOWAS Regional Strategy was adopted in 2021" is ECOWAS's
        return owner_key, False, True, ""
    topic = context.gazetteer.entities.get(context.topic)
    if topic is not None and topic.kind != "state" and context.state and context.topic not in (
            context.previous_subject, *(m.key for m in context.view.mentions)):
        return context.state, True, False, ""  # a paragraph about an organisation; the law is the state's
    return context.topic, True, False, ""


# What happens to a document that exists: a review or evaluation, past, present or to come, or a debate about it.
REVIEW_PREDICATE = re.compile(
    r"\b(?:(?:will|shall|is to|are to|is due to|is expected to|is set to|is scheduled to)\s+)?(?:be\s+|been\s+|being\s+)?"
    r"(?:\w+ly\s+)?(?:reviewed|evaluated|assessed|audited)\b|\bunder\s+(?:review|evaluation)\b|"
    r"\bdiscussed\s+(?:during|at|in)\b")
CONCLUDED_WITH = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:which|that)\s+)?(?:(?:it|was|were|has been|had been)\s+)?"
                            r"(?:\w+ly\s+)?(?:concluded|signed|agreed|negotiated|struck|agreed upon)\s+with\b")


SIGNED_RIGHT_BEFORE = re.compile(r"\b(?:signed|co-signed|concluded|inked|struck|agreed)\s+(?:(?:a|an|the|its|their|new)\s+)?$")
WITH_PARTNER = re.compile(r"(?:\s*\([^()]*\))?\s+with\s+(?:the\s+)?\ue000\d+\ue001")


# A verb that changes a document that exists, right before it: what the clause plans is the change.
# (or a plural noun for changes: "once the necessary amendments to the Coercive Measures Act are in place": the
# amendments are ahead, the act exists; "an amendment to the X Act was tabled" is a text of its own, the amendment
# reader's)
CHANGES_EXISTING = re.compile(r"\b(?:revis(?:e|es|ing)|updat(?:e|es|ing)|review(?:s|ing)?|amend(?:s|ing)?|replac(?:e|es|ing)|"
                              r"(?:amendments|revisions|changes)\s+(?:to|of)|"
                              r"overhaul(?:s|ing)?|refresh(?:es|ing)?|evaluat(?:e|es|ing)|implement(?:s|ing)?|"
                              r"extend(?:s|ing)?|rewrit(?:e|es|ing)|modernis(?:e|es|ing)|moderniz(?:e|es|ing))\s+"
                              r"(?:the\s+|its\s+|their\s+|X\s*['’]s?\s+)?(?:(?:current|existing|first|national)\s+)?"
                              r"(?:(?:19|20)\d\d(?:-(?:19|20)\d\d)?\s+)?$")


# A year written right after a name, perhaps after its short name or its number: "(E-Ciber) of 2020", "of 2015",
# "(PDPA) No. 9 of 2022", or a whole date: "Law 09-04 of 5 August 2009", "of August 5, 2009".
NUMBER_BEFORE_YEAR = r"(?:No\.\s*\d+[\w/.-]*\s+)?"
DATED_AFTER = re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?{NUMBER_BEFORE_YEAR}(?:\(\s*|,?\s*of\s+)?"
                         rf"(?:\d{{1,2}}\s+(?={cues.MONTH}))?(?:{cues.MONTH}\s+(?:\d{{1,2}},?\s+)?)?{cues.YEAR}\b|{{numbered}}")
# An act's number and year in one parenthesis: "(No. 9 of 2022)", "(Act No. 24 of 2007)", "(Law 5 of 2019)".
NUMBER_OF_YEAR = re.compile(rf"\s*\((?:(?:Act|Law|Decree|Proclamation|Ordinance)\s+)?(?:No\.?\s*|Nos?\.\s*)?\d+[\w/.-]*\s+of\s+"
                            rf"(?P<year>{cues.YEAR})\)")
DATED_AFTER = re.compile(DATED_AFTER.pattern.replace("{numbered}", NUMBER_OF_YEAR.pattern.replace("(?P<year>", "(?:")))


# A text written and waiting for its adoption.
AWAITING = re.compile(r"\b(?:await(?:s|ing|ed)?|pending|(?:is|are|was|were)\s+(?:still\s+)?waiting\s+for)\s+(?:\w+\s+){0,2}?"
                      r"(?:approval|adoption|validation|endorsement|assent|signature|enactment|promulgation)\b")
# A text the clause calls a draft, by the word right before its name ("a draft Law on X", "the revised draft Y"), or
# whose adoption it says was put off ("its adoption has been deferred", "approval was postponed").
DRAFT_RIGHT_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:new|revised|first|second|preliminary|updated)\s+)?"
                                r"draft\s+$")
ADOPTION_HELD = re.compile(r"\b(?:its|their|the)\s+(?:formal\s+)?(?:adoption|approval|enactment|passage|validation)\s+"
                           r"(?:(?:has|have|had)\s+been|was|were|is|are|remains?)\s+(?:\w+ly\s+)?(?:deferred|postponed|"
                           r"delayed|suspended|stalled|on\s+hold|held\s+up|put\s+off)\b")
# Drafting that lies ahead: "will draft", "plans to prepare", "intends to develop".
WILL_DRAFT = re.compile(r"\b(?:will|would|shall|plans? to|planned to|intends? to|intended to|aims? to|is to|are to|"
                        r"(?:is|are|was|were) (?:expected|due|set|going) to)\s+(?:\w+ly\s+)?(?:draft|prepare|develop|write)\b")


# An opening phrase that negates what it names, not the main clause: "Without a Cybercrime Act, …", "In the absence
# of a strategy, …", "Lacking a law, …".
NEGATING_INTRO = re.compile(r"\s*(?:Without|In the absence of|Absent|Lacking|For lack of|Pending)\b[^,;]{0,100},\s*",
                            re.IGNORECASE)


# A relative clause right after a document says where it stands: "…, which was never adopted,", "…, which is still
# being drafted,".
RELATIVE_ON_DOCUMENT = re.compile(rf"(?:\s+(?:of\s+)?{cues.YEAR}(?:-{cues.YEAR})?)?(?:\s*\([^()]*\))?\s*,\s*(?:which|that)\s+"
                                  r"(?P<rel>[^,;]*)")


IMPLEMENTING_ADJECTIVE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Aa]n|[Tt]his|[Tt]hat|[Tt]hese|first|new)\s+implementing\s+$")


WILL_BE_DRAFTED = re.compile(r"\s*(?:\w+ly\s+)?(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\s+"
                             r"(?:\w+ly\s+)?be\s+(?:drafted|prepared|written|developed)\b")


INSTRUMENT_OF = re.compile(r"\b(?:approved|adopted|issued|endorsed|enacted|published|launched|promulgated|formali[sz]ed|"
                           r"given\s+legal\s+force)\s+(?:\w+ly\s+)?(?:by|through|via|under|in)\s+(?:a\s+|an\s+|the\s+)?"
                           r"(?:(?:Supreme|Presidential|Royal|Executive|Government|Cabinet|Ministerial)\s+)?$")


# the active voice, the strategy between the verb and its instrument: "the President approved the X Strategy by Decree 96"
INSTRUMENT_AFTER_OBJECT = re.compile(
    r"\b(?:approved|adopted|issued|endorsed|enacted|published|launched|promulgated|formali[sz]ed)\s+(?:\w+ly\s+)?"
    r"(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?\ue000\d+\ue001(?:\s*\([^()]*\))?\s*,?\s+(?:by|through|via|in)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:(?:Supreme|Presidential|Royal|Executive|Government|Cabinet|Ministerial)\s+)?$")


def _instrument_of_strategy(context: SentenceContext, offset: int) -> bool:
    """Whether a decree (order, resolution) is named as the instrument that adopted a strategy or policy of the same
    clause: the corpus records the strategy, not its decree, as what was adopted."""
    start = context.clause_of(offset)[0]
    if not INSTRUMENT_OF.search(context.masked, max(start, offset - 80), offset) and \
            not INSTRUMENT_AFTER_OBJECT.search(context.masked, max(start, offset - 120), offset):
        return False
    for slot in SLOT_RE.finditer(context.masked, start, offset):
        mention = context.view.mentions[int(slot.group(1))]
        if mention.kind == "document" and DOCUMENT_CLASSES.get(mention.extra.get("head", "")) == CDO.Strategy:
            return True
    return bool(re.search(r"\b(?:strategy|policy|plan|it)\b", SLOT_RE.sub(" ", context.masked[start:offset]), re.IGNORECASE))


AMENDED_BY_BILL = re.compile(r"(?:\b(?:bill|draft|proposal)|\ue001)\s+(?:amending|to\s+amend|that\s+would\s+amend|which\s+would\s+amend)\s+"
                             r"(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?$")


# The items a document heads as the first of a coordinated subject: "the X Bill, the Y Bill and the Z Bill".
DOCUMENTS_FOLLOW = re.compile(rf"(?:(?:\s*\([^()]*\))?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?{SLOT})+"
                              r"(?:\s*\([^()]*\))?(?=\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|remain|remains|will)\b)")


# What the sentence goes on to say undoes a legislature's vote on the text: "approved by Congress in 2022 but … sent back
# to committee and shelved", "passed by parliament but vetoed by the President", "was never promulgated": still a bill.
UNDONE_LATER = re.compile(r"\b(?:shelved|vetoed|sent\s+(?:it\s+)?back\s+to|returned\s+(?:it\s+)?to\s+(?:the\s+)?"
                          r"(?:committee|parliament|congress|senate|assembly|legislature|house)|never\s+(?:been\s+)?"
                          r"(?:promulgated|signed\s+into\s+law|entered\s+into\s+force|published))\b", re.IGNORECASE)
FIRST_READING = re.compile(r"\b(?:in|at|on)\s+(?:the\s+)?first\s+reading\b|\bsecond\s+reading\s+(?:is\s+)?(?:still\s+)?"
                           r"(?:pending|awaited|outstanding)\b|\bawait(?:s|ing)?\s+(?:a|its)\s+second\s+reading\b")
# "the X Act and the Y Act, both of 2025": a year the list's items share.
BOTH_OF = re.compile(rf"(?:(?:\s*\([^()]*\))?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{SLOT})*(?:\s*\([^()]*\))?\s*,\s*"
                     rf"(?:both|all(?:\s+(?:three|four|five))?)\s+(?:of|from|dated|(?:adopted|passed|enacted)\s+in)\s+"
                     rf"(?P<year>{cues.YEAR})\b")


HEARSAY_DOCUMENT = cues.hearsay()
# Citing words that take another's text as a model or an obligation: what follows them is not the state's own.
FOLLOWS_ANOTHERS = re.compile(r"(?:transpos|implement|in line with|compl|align|consistent with|modell?ed|inspired|based on|"
                              r"drawing|draws?|drew|mirror|borrow|resembl|similar|like\b|unlike|follow)", re.IGNORECASE)
# Where the state's offences are written: "the core offences are found in sections 12 to 14 of the Penal Code",
# "computer crimes are defined in articles 300 bis of the Criminal Code": a law in force, the state's own.
# "was transposed", "has been fully incorporated into national law in 2019": the passive of transposing a text.
PASSIVE_TRANSPOSED = (r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)*(?:transposed|incorporated)\s+"
                      r"(?:(?:in|into)\s+(?:national|domestic)\s+law\s+)?(?:(?:in|on)\s+[^,;X\ue000]{1,30}?\s+)?")
OFFENCES_SET_OUT = re.compile(r"\b(?:offen[cs]es?|crimes)\s+(?:(?:are|is|were|was|have been|has been)\s+)?(?:\w+ly\s+)?"
                              r"(?:set\s+out|found|defined|contained|laid\s+down|listed|covered|criminali[sz]ed|codified|"
                              r"provided\s+for)\s+(?:in|by|under)\s+(?:[^.;X]{0,60}?\s+of\s+)?(?:the\s+|its\s+)?$")
# The means of a transposition in the passive, right before the law: "(the NIS Directive) was transposed by (Law 5)".
PASSIVE_MEANS = PASSIVE_TRANSPOSED + r"(?:through|by\s+means\s+of|via|by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?$"
TRANSPOSED_THROUGH = re.compile(r"\b(?:transpos|implement|incorporat)\w*\s+(?:[\w'’-]+\s+){0,3}?X(?:\s*\([^()]*\))?\s+"
                                r"(?:(?:in|into)\s+(?:national|domestic)\s+law\s+)?(?:through|by\s+means\s+of|via|with|by|in)\s+"
                                r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?$"
                                r"|\bX(?:\s*\([^()]*\))?\s+" + PASSIVE_MEANS)  # (or "the X Directive was transposed by")
# A text a state transposed is someone else's (a directive, a model law): "the NIS Directive was transposed by Law 5".
TRANSPOSED_ITSELF = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,[^,;]{1,60},\s*)?" + PASSIVE_TRANSPOSED)
# The text that replaced another is in force: "a draft law on 5G, circulated in 2019, was superseded by Law 163/2021".
REPLACED_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:(?:in|on)\s+[^,;X]{1,30}?\s+)?"
                         r"(?:superseded|replaced|repealed|succeeded)\s+(?:(?:in|on)\s+[^,;X]{1,30}?\s+)?by\s+"
                         r"(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+|revised\s+)?$")


# A relative clause that says what a document would do, not where it stands: "which would establish an authority".
PURPOSE_RELATIVE = re.compile(r"(?:would|will|shall|is\s+to|are\s+to|aims?\s+to|seeks?\s+to|is\s+meant\s+to|is\s+intended\s+to)"
                              r"\s+(?!be\b|have\b|not\b|never\b)(?:\w+ly\s+)?[a-z]+")


# A named legislature keeps its name for the status reader: "was referred to the Council of Representatives" is lodged.
LEGISLATURE_NAME = re.compile(rf"\b{cues.LEGISLATURE}\b")


def _unslotted(context: SentenceContext, text: str) -> str:
    """``text`` with its names blanked, a legislature's name kept (what the status reader reads)."""
    if "\ue000" not in text:
        return text
    return SLOT_RE.sub(lambda m: f" {context.view.mentions[int(m.group(1))].text} " if LEGISLATURE_NAME.search(
        context.view.mentions[int(m.group(1))].text) else " ", text)


def _document_status(context: SentenceContext, index: int, named_issuer: bool, issuer: str) -> str | None:
    """The status a document's clause gives it (the one status reader); None when it is negated, ended
    without having been adopted, or only cited (someone else's document, or an undated one named after a
    citing word: "stressed the applicability of the UN Charter")."""
    offset = context.mention_at(index)
    start, stop = context.clause_of(offset)
    after_start = offset + len(str(index)) + 2
    if offset < context.intro_end:
        stop = min(stop, context.intro_end)
    before = context.masked[max(start, offset - 120):offset]
    before = before[before.rfind(": ") + 2:] if ": " in before else before  # ("X is not yet a party: the Bill …":
    # what the colon opens is a clause of its own)
    lead = _colon_list_lead(context, index)
    negating = NEGATING_INTRO.match(context.masked, start)
    if negating and offset >= negating.end():
        before = context.masked[max(negating.end(), offset - 120):offset]  # "Without a Cybercrime Act, …": not ours
    after = _own_stretch(REPORTED.split(_unslotted(context, context.masked[after_start:stop]), 1)[0])
    listed = DOCUMENTS_FOLLOW.match(context.masked, after_start)
    if listed and not after.strip() and all(context.view.mentions[int(i)].kind == "document" for i in SLOT_RE.findall(
            listed.group())):  # "the X Bill and the Y Bill have been in draft form since 2021": the list's predicate
        after = _own_stretch(REPORTED.split(SLOT_RE.sub(" ", context.masked[listed.end():context.clause_of(
            min(listed.end(), len(context.masked) - 1))[1]]), 1)[0])
    after = REVIEW_PREDICATE.sub(" ", after)  # "is under review", "will be evaluated in 2026": it exists
    relative = RELATIVE_ON_DOCUMENT.match(context.masked, after_start)
    if relative and PURPOSE_RELATIVE.match(relative.group("rel")) and relative.end() + 2 < len(context.masked):
        # "the Bill, which would create an authority, was tabled in 2024": what the text would do is not its status
        main_end = context.clause_of(relative.end() + 2)[1]
        after = REVIEW_PREDICATE.sub(" ", _stretch_after(REPORTED.split(SLOT_RE.sub(
            " ", context.masked[relative.end():main_end]).lstrip(" ,"), 1)[0]))
        relative = None
    elif relative and PURPOSE_RELATIVE.match(relative.group("rel")):
        # (ending the sentence too: "published for comment a draft X Bill, which would set up a Board." is a draft;
        # what it would do is no plan for it, and the words before it decide)
        after, relative = "", None
    after = PRIOR_DRAFT.sub(" ", after)  # "approved by Cabinet in 2012 after a drafting process": a step before
    said = cues.clause_status(SLOT_RE.sub(" ", relative.group("rel")), "") if relative else ""
    if said == "negated":
        return None  # "the 2020 Digital Agenda, which was never formally adopted, lists …"
    if TRANSPOSED_ITSELF.match(SLOT_RE.sub("X", context.masked[after_start:stop])):
        return None  # "the NIS Directive was transposed by Law 412/2019": another's text, made law here
    if issuer in (context.topic, context.subject_key()[0]) and said != "negated" and \
            REPLACED_BY.search(SLOT_RE.sub("X", before)):
        return "Adopted"  # "a draft law …, circulated in 2019, was superseded by Law 163/2021": the law in force
    found = said if said in cues.UNACCOMPLISHED else cues.clause_status(before, after)
    if not found and lead:  # "three texts were adopted together: Law No. 1, Law No. 2 and …": the items of a list a
        found = cues.clause_status(lead)  # colon opens take what the clause before the colon says of them
    if found in ("Planned", "Draft", "Proposed", "UnderNegotiation") and CHANGES_EXISTING.search(SLOT_RE.sub(" X ", before)):
        found = ""  # "plans to revise its 2018-2023 Strategy": the revision is planned; the strategy exists
    whole_after = SLOT_RE.sub(" ", context.masked[after_start:stop])
    if issuer != context.topic and APPLIES_AFTER.match(whole_after):
        return None  # "it has stated that the UN Charter applies in its entirety": a view about another's text
    if found == "Planned" and APPLIES_AFTER.match(whole_after):  # "the Cybersecurity Act applies to operators of
        # essential services": in force, not an application to join something
        found = cues.clause_status(before, re.sub(r"\bappl(?:y|ies|ied)\s+(?:to|for)\b", " ", after))
    drafted_with = DRAFTED_WITH.match(whole_after)
    if drafted_with and not cues.DONE_VERB.search(whole_after, drafted_with.end()):
        return None  # "the Cybercrime Act was drafted with assistance from X": how it was written; its adoption is told
        # elsewhere, and this clause says nothing of where it stands
    if drafted_with and found == "Draft":  # "was drafted with help from X and passed in 2021": what came of it
        found = cues.clause_status(before, whole_after[drafted_with.end():])
    if found in ("", "done", "Planned") and (AWAITING.search(after) or AWAITING.search(whole_after) and
                                             not LAW_MAKING.search(whole_after)):
        found = "Draft"  # "the Strategy 2022-2026 is awaiting cabinet approval": written, not adopted
    if found in ("", "done") and CONSULTATION.search(after) and not LAW_MAKING.search(after):
        found = "Draft"  # "a Cybersecurity Law was put out for public consultation in 2025": shown, not adopted
    held = ADOPTION_HELD.search(SLOT_RE.sub(" ", context.masked[after_start:_next_document_at(context, after_start)]).split(
        ";", 1)[0])  # (", but its adoption has been deferred": a clause of its own, about this text)
    if found in ("", "done") and (DRAFT_RIGHT_BEFORE.search(before) or held) and \
            not LAW_MAKING.search(whole_after.split(";", 1)[0]):
        found = "Draft"  # "a draft Law on X, published in 2024, …", "a Policy was prepared in 2022, but its adoption has
        # been deferred": written and shown, never adopted
    if found == "Draft" and WILL_DRAFT.search(before):
        found = "Planned"  # "announced that it would draft a plan": the drafting lies ahead
    if CONCLUDED_WITH.match(after):
        return None  # "the X Framework concluded with the United States": an agreement, not the state's own text
    if SIGNED_RIGHT_BEFORE.search(before) and WITH_PARTNER.match(context.masked, after_start):
        return None  # "signed a Cooperation Framework with the United States": an agreement with it, not a strategy
    # ("Its implementing Decree No. 94 followed": an adjective, the decree is the state's own; "implementing the NIS
    # Directive" cites it)
    citing = None if IMPLEMENTING_ADJECTIVE.search(before) else _citing(SLOT_RE.sub("X", before))
    cited = citing is not None
    adopting = bool(cited and _adopts_what_is_cited(SLOT_RE.sub("X", before), citing)) or not cited and \
        bool(ADOPT.search(before))
    if cited and found in ("Planned", "Proposed", "Draft") and not adopting and re.fullmatch(r"(?:under|pursuant to|in accordance with|by virtue of)\s+(?:the\s+|its\s+)?"
                                                        r"(?:(?:new|amended|revised|current|(?:19|20)\d\d)\s+)*", citing.group()):
        return None  # "a centre is to be created under the amended Cybersecurity Act": the act is the basis, not planned
    if cited and found not in ("", "done") and not adopting and issuer != context.topic:
        return None  # "Inspired by Estonia's Cybersecurity Act, the government drafted a bill": the bill's status
    if cited and found in ("Planned", "Proposed", "Draft", "UnderNegotiation") and not adopting and \
            FOLLOWS_ANOTHERS.match(citing.group()):
        return None  # "an amendment meant to transpose the X Directive is still pending": the amendment's status
    if found in STATUS_OF_CLAUSE and not (found == "done" and cited and not adopting):
        return STATUS_OF_CLAUSE[found]
    if found and found != "done":
        return None
    own = issuer in (context.topic, context.subject_key()[0])
    if cited and not adopting and FOLLOWS_ANOTHERS.match(citing.group()) and not re.search(
            ADOPT.pattern + r"\s*(?:,\s*)?(?:and|or|,)?\s*$", context.masked[max(0, start - 40):start]):
        return None  # "Serbia transposed the NIS Directive in 2019": the directive is someone else's, transposed
    if own and not cited and OFFENCES_SET_OUT.search(SLOT_RE.sub("X", before)):
        return "Adopted"  # "cyber offences are set out in Articles 301-305 of the Criminal Code": the state's law in force
    if own and not cited and TRANSPOSED_THROUGH.search(SLOT_RE.sub("X", before)):
        return "Adopted"  # "Greece transposed the NIS2 Directive through Law 5160/2024": the state's own act
    dated = bool(cues.years_before(context.masked[:offset])[0] or cues.first_year(context.masked[after_start:after_start + 12])
                 or DATED_AFTER.match(context.masked, after_start) or BOTH_OF.match(context.masked, after_start)
                 or SLASH_YEAR_AFTER.match(context.masked, after_start)
                 or SLASH_YEAR_NUMBER.search(context.view.mentions[index].text)  # "Proclamation No. 958/2016"
                 or LIST_LEAD_YEAR.search(lead))  # "three statutes of 2011: the X Act, …"
    is_subject = bool(SUBJECT_LIST.fullmatch(context.masked[max(start, context.intro_end):offset]))
    if own and (dated or (is_subject and not cited) or (named_issuer and not cited)) or \
            named_issuer and dated and not cited:  # "one of the objectives of Japan's 2019 Cybersecurity Strategy"
        return "Adopted"
    return None


# A drafting step the clause puts before the one it reports: "approved by Cabinet in December 2012 after a drafting
# process supported by the OAS", "tabled in the Assembly in 2025 after a draft had been circulated for comment" (where
# the text stands is the later step).
# A text said to apply, as the predicate of a view ("that the UN Charter applies in its entirety", "that international
# law, and in particular the UN Charter, applies", "that the UN Charter and the principle of sovereignty apply").
APPLIES_AFTER = re.compile(r"^(?:\s*\([^()]*\))?[^;.]{0,60}?\b(?:appl(?:y|ies)|applied|(?:is|are|remains?)\s+(?:fully\s+)?"
                           r"applicable)\b")
# How a text was written, with whose help or with what in mind, as the clause's only predicate.
DRAFTED_WITH = re.compile(r"^(?:[^;]{0,30}?\b(?:was|were|is|are|had\s+been|has\s+been|having\s+been)|\s*(?:\([^()]*\)\s*)?,)\s+(?:\w+ly\s+)?drafted\s+"
                          r"with\s+(?:[\w'’-]+\s+){0,6}?(?:assistance|help|support|advice|input|in\s+mind)\b")
PRIOR_DRAFT = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?draft(?:ing)?\b[^,;]*")


# A list of documents a colon opens, up to the document: "…: Law No. 1 on X, Law No. 2 on Y and " (each item perhaps with
# an alias or what it is on in parentheses).
COLON_LIST = re.compile(rf"(?:(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|and\s+))*(?:the\s+)?")


def _colon_list_lead(context: SentenceContext, index: int) -> str:
    """The clause before a colon (or a dash opening an aside) that opens a list of documents holding mention ``index``
    ("the legal framework was laid down in 2013 with three texts adopted together: Law No. 1 …, Law No. 2 …", "three
    statutes of 2011 - the X Act, the Y Act and the Z Act - …"), slots blanked; '' when the document is not an item
    of such a list."""
    offset = context.mention_at(index)
    colon = max(context.masked.rfind(opener, 0, offset) for opener in (": ", " - ", " – ", " — "))
    colon += context.masked[colon] == " "  # (a dash's opening space: the opener is two characters from there)
    if colon < 0 or not COLON_LIST.fullmatch(context.masked, colon + 2, offset) or any(
            context.view.mentions[int(i)].kind != "document" for i in SLOT_RE.findall(context.masked[colon:offset])):
        return ""
    lead = context.masked[:colon]
    lead = lead[lead.rfind(";") + 1:]
    return SLOT_RE.sub(" ", lead)


# "the X, which the National Council approved in 2016", ", which parliament passed in 2020", ", which was enacted
# in 2019": a relative clause right after a document that adopts it.
ADOPTED_IN_RELATIVE = re.compile(
    rf"(?:\s+{cues.YEAR}(?:-{cues.YEAR})?)?(?:\s*\([^()]*\))?\s*,\s*(?:which\s+(?:(?:the\s+)?(?P<agent>{SLOT})(?:\s*\([^()]*\))?\s+|(?:the\s+)?(?:[\w-]+\s+){{1,3}}?|"
    r"(?:was|were|has been|had been)\s+)?)?(?:\w+ly\s+)?(?:then\s+)?(?:adopted|approved|passed|enacted|published|issued|"
    r"launched|unveiled|promulgated|gazetted|signed into law|(?:came|entered) into force|took effect)\b(?P<rest>[^,;]*)")


LEGAL_BASIS = re.compile(r"(?:under|pursuant to|in accordance with|according to|by virtue of)\b", re.IGNORECASE)


def _adopted_in_relative(context: SentenceContext, index: int, issuer: str, cited_or_unread: bool) -> cues.When | None:
    """The time (perhaps undated) of an adoption a relative clause right after a document reports, when the one who
    adopts it is its issuer or one of its issuer's bodies; None when there is none, or the document is cited
    ("transposed the NIS Directive, which was adopted in 2016": someone else's)."""
    end = context.mention_at(index) + len(str(index)) + 2
    found = ADOPTED_IN_RELATIVE.match(context.masked, end)
    if found is None:
        return None
    before = context.masked[max(0, context.mention_at(index) - 120):context.mention_at(index)]
    citing = _citing(SLOT_RE.sub("X", before)) if cited_or_unread else None
    if citing is not None and not (context.view.mentions[index].extra.get("numbered") and issuer in (
            context.topic, context.state) and LEGAL_BASIS.match(citing.group())):
        return None  # ("punished under Decree-Law No. 2022-54, promulgated in 2022": a state's own numbered act, the
        # legal basis of what the clause says, is adopted when its own apposition says so)
    if found.group("agent"):
        agent = context.view.slot(found.group("agent"))
        if agent.kind not in ("state", "org") or not agent.key or (context.state_of(agent.key) or agent.key) != issuer:
            return None
    rest = SLOT_RE.sub(" ", found.group("rest"))
    if cues.clause_status(found.group(), "") in cues.UNACCOMPLISHED:
        return None
    return cues.first_year(rest) or cues.When(0, 0, "")


def _own_clause_text(context: SentenceContext, index: int) -> str:
    """The document's clause from its name on, other names blanked (what is said of it, not of what precedes)."""
    offset = context.mention_at(index)
    return SLOT_RE.sub(" ", context.masked[offset:context.clause_of(offset)[1]])


LIST_AFTER_CITED = re.compile(r"(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)"
                              r"(?:the\s+|its\s+|their\s+)?")


def _citing(before: str) -> re.Match[str] | None:
    """The citing phrase that governs the document ``before`` ends at (slots written as X), or None: a citing word
    governs the first document after it and the items listed with it, not a document after a preposition
    ("transposed the NIS2 Directive through the Cybersecurity Act": the Act is the means, not cited)."""
    found = CITING.search(before)
    while found is not None:  # the citing word nearest the document ("stressed X and invoked the Y": "invoked")
        nearer = CITING.search(before, found.start() + 1)
        if nearer is None:
            break
        found = nearer
    if found is None:
        return None
    phrase = found.group()
    if re.search(rf"\b{PASSIVE_MEANS}", before):
        return None  # "the X Directive was transposed by Law 5": the law is the means, not a text cited
    for slot in re.finditer(r"X(?!['’]s)", phrase):
        rest = phrase[slot.end():]
        if rest.strip() and not LIST_AFTER_CITED.fullmatch(rest):
            return None
    return found


def _adopts_what_is_cited(before: str, citing: re.Match[str]) -> bool:
    """Whether an adoption verb governs the document a citing word stands before: inside the citing phrase ("adopted
    and implemented the X") or joined to it ("adopted, and implements, the X"); an adoption verb earlier in the
    clause has an object of its own ("approved by Law 46/2018, transposed the NIS Directive")."""
    return bool(ADOPT.search(citing.group()) or re.search(ADOPT.pattern + r"\s*(?:,\s*)?(?:and|or|,)\s*$",
                                                          before[:citing.start()]))


def _own_stretch(after: str) -> str:
    """See :func:`_stretch_after`; a comma right after the name opens an apposition about it ("the Act, passed
    in 2018, gives …") unless a new noun phrase follows."""
    pieces = re.split(r",\s*", after, maxsplit=2)
    if len(pieces) > 1 and not pieces[0].strip() and re.match(r"\s*(?:\w+ly\s+)?(?:first\s+)?[a-z]+ed\b|\s*in\s+force|"
                                                            # "X's cybercrime decree, Decree-Law No. 54, was promulgated
                                                            # in 2022": the name set off by commas is the subject
                                                            r"\s*(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                                                            r"[a-z]+(?:ed|en)\b", pieces[1]):
        return pieces[1]
    if len(pieces) > 2 and not pieces[0].strip() and PERIOD_APPOSITION.fullmatch(pieces[1]):
        return _own_stretch(", " + pieces[2])  # "a second Strategy, covering 2024-2029, was adopted in March 2024": the
        # period it covers says nothing of where it stands; the predicate after it does
    if len(pieces) > 2 and not pieces[0].strip() and PURPOSE_APPOSITION.match(pieces[1]):
        return _stretch_after(pieces[2])  # "the Code, meant to replace the old law, was submitted in 2024": what it is
        # for says nothing of where it stands; the predicate after the apposition does
    return _stretch_after(after)


PERIOD_APPOSITION = re.compile(rf"\s*(?:covering|spanning|for|running\s+(?:to|until|through))\s+(?:the\s+(?:years\s+|period\s+)?)?"
                               rf"{cues.YEAR}(?:\s*[-–]\s*{cues.YEAR})?\s*")
PURPOSE_APPOSITION = re.compile(r"\s*(?:which\s+is\s+)?(?:meant|intended|designed|aimed|supposed|set|due)\s+to\b")


def _stretch_after(after: str) -> str:
    """What follows a name up to the next comma, "and a …" or semicolon, a parenthesis or an opening apposition
    skipped ("(ENCS), presented in 2017, remains …" → " presented in 2017"): a later phrase is about
    something else ("…, and an amending bill was still before parliament")."""
    pieces = re.split(r",\s*|\s+and\s+(?=(?:a|an|the|its|their)\b)", after)
    for number, piece in enumerate(pieces):
        if not piece.strip() or re.sub(r"\([^()]*\)", "", piece).strip():
            # after a parenthesis, a new noun phrase is another subject: "the EU's GDPR (GDPR), the X Law was adopted"
            return "" if number and re.match(r"\s*(?:the|a|an|its|their)\b", piece) else piece
    return ""


# A clause that assesses or replaces an existing document dates that step, not the document's adoption (an
# amendment, though, is dated: the corpus records "amended in 2010" as the amended law's year).
AMENDED = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:as\s+)?|\s+(?:was|were|has been|had been|is being)\s+)(?:\w+ly\s+)?"
                     r"(?:reviewed|evaluated|assessed|audited|replaced|superseded|repealed)\b")


def _years(context: SentenceContext, offset: int, end: int) -> tuple[list[str], str, str, bool]:
    """(years, month, end year, part of the name?) of a document: written before its name ("the 2019-2023
    plan"), right after it ("(2018)", "of 2018", "2023-2028"), or by its clause ("adopted in 2011")."""
    years, month = cues.years_before(context.masked[:offset])
    end_year = cues.year_range_before(context.masked[:offset]) if len(years) == 1 else ""
    if not years:
        shared = BOTH_OF.match(context.masked, end)
        if shared:  # "the Cyber Security Act and the Cyber Crimes Act, both of 2025"
            return [shared.group("year")], "", "", False
        slot = SLOT_RE.match(context.masked, offset)
        own_number = SLASH_YEAR_NUMBER.search(context.view.mentions[int(slot.group(1))].text) if slot else None
        own_number = own_number or SLASH_YEAR_AFTER.match(context.masked, end)
        if own_number:  # "Law No. 46/2018", "the X Proclamation (No. 1185/2020)": the number carries the act's year
            return [own_number.group("year")], "", "", False
        in_parenthesis = NUMBER_OF_YEAR.match(context.masked, end)
        if in_parenthesis:  # "the Personal Data Protection Act (No. 9 of 2022)": the act's year
            return [in_parenthesis.group("year")], "", "", False
        right_after = cues.first_year(context.masked[end:end + 50])
        if right_after is not None and re.fullmatch(rf"\s*(?:\([^()]{{1,30}}\)\s*)?{NUMBER_BEFORE_YEAR}(?:\(\s*|of\s+)?",
                                                    context.masked[end:end + right_after.start]) \
                and right_after.prep in ("", "of"):
            return [right_after.year], right_after.month, right_after.end_year, right_after.prep == ""
        numbered = ACT_COMMA_YEAR.match(context.masked, end)
        slot = SLOT_RE.match(context.masked, offset)
        named = context.view.mentions[int(slot.group(1))] if slot else None
        if numbered and named is not None and re.search(r"\b(?:Act|Law|Code|Ordinance)$", named.text):  # "the Electronic Transactions Act, 2008 (Act 772)": the year is the act's, as it is cited
            return [numbered.group("year")], "", "", False  # the year it was enacted: no second act by its year
        start, stop = context.clause_of(offset)
        relative = RELATIVE_ON_DOCUMENT.match(context.masked, end)
        if relative and PURPOSE_RELATIVE.match(relative.group("rel")) and stop <= relative.end() + 2 < len(
                context.masked):  # "the Bill, which would create X, was tabled in 2024": the main clause goes on
            stop = context.clause_of(relative.end() + 2)[1]
        if AMENDED.match(context.masked, end, stop) or WAS_AMENDED.match(context.masked, end, stop):
            # "was reviewed in 2021", "was amended in 2021" (that year is the amendment's, see _amendments)
            start, stop = end, end
        lead = LIST_LEAD_YEAR.search(_colon_list_lead(context, int(slot.group(1)))) if slot else None
        # (a list's lead dates its items before the words after them: "… - A, B and C - to which Parliament added
        # D in 2018": 2018 is D's)
        year = cues.parenthesised_year(context.masked[end:end + 12]) or (lead.group("year") if lead else "") or \
            _own_year(context, offset, end, start, stop) or cues.clause_year(context.masked[:context.intro_end])
        years = [year] if year else [""]
        return years, month, end_year, False
    return years, month, end_year, not month


# The year a list's lead gives its items: "three statutes of 2011: …", "two laws passed in 2019 - …".
LIST_LEAD_YEAR = re.compile(rf"\b(?:laws|acts|statutes|texts|decrees|codes|instruments|regulations)\b[^,;:]{{0,40}}?"
                            rf"\b(?:of|from|in)\s+(?P<year>{cues.YEAR})\b")


# An act numbered within its year, the year after a slash: "Law No. 46/2018", "Perpres 47/2023", "Proclamation No.
# 808/2013" (only a four-digit year closing the number, in the name or right after it).
SLASH_YEAR_NUMBER = re.compile(rf"\b(?:No\.?\s*)?\d{{1,5}}/(?P<year>{cues.YEAR})\b(?![/-])")
SLASH_YEAR_AFTER = re.compile(rf"\s*\(?\s*No\.?\s*\d{{1,5}}/(?P<year>{cues.YEAR})\b(?![/-])")


# An act cited the Commonwealth way, its year after a comma: "the Cybersecurity Act, 2020 (Act 1038)", "the Data
# Protection Act, 2012, and …" (only where a parenthesis, a comma or the sentence's end closes the year).
ACT_COMMA_YEAR = re.compile(rf",\s+(?P<year>{cues.YEAR})(?=\s*\(|\s*[,;.]|\s+and\b|$)")


# What may stand between a document and a time that is its own: "the X Act in 2015", "the X Act, passed in 2020",
# "the X, which was adopted in 2019".
OWN_TIME_GAP = re.compile(r"[\s,(]*(?:(?:which|that)\s+)?(?:(?:was|were|has been|had been|is|are)\s+)?(?:\w+ly\s+)?"
                          r"(?:first\s+)?(?:[a-z]+ed\s+|in\s+force\s+)?")


# A document that is the next item of a list: after a comma, "and", "or" or "as well as" (and a determiner).
ITEM_BEFORE = re.compile(r"(?:,|\band|\bor|\bas well as)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?\Z")


def _own_year(context: SentenceContext, offset: int, end: int, start: int, stop: int) -> str:
    """The year the document's own words in its clause give: the first time after it, before the next document
    ("passed the X Act in 2015, and the Y Act, passed in 2020, …": 2015 and 2020); else a time before it that
    no earlier document claims; else a time that opens the clause before any document ("In 2022 …")."""
    masked = context.masked
    slots = [(m.start(), m.end()) for m in SLOT_RE.finditer(masked, start, stop)
             if context.view.mentions[int(m.group(1))].kind == "document"]
    previous_end = max((e for b, e in slots if e <= offset), default=start)
    # the window ends at the next item of a list of documents ("…, and the Y"), not at a document the name governs
    # ("adopted through Perpres 47/2023 in July 2023", "(RUU KKS)"); items joined by a bare "and" share a time
    following = [b for b, e in slots if b >= end and ITEM_BEFORE.search(masked, start, b)]
    position = end
    while following and re.fullmatch(r"\s+(?:and|or)\s+(?:the\s+|its\s+|their\s+)?", masked[position:following[0]]):
        item = following.pop(0)
        position = next(e for b, e in slots if b == item)
    next_start = following[0] if following else stop
    times = [w for w in cues.times(masked[start:stop], anchor=context.previous_year) if w.prep in cues.DATING]
    # (the period a text covers dates it only when nothing else does: "the Strategy, covering 2027-2031, was approved
    # in 2026" was adopted in 2026)
    times = [w for w in times if w.prep != "covering"] + [w for w in times if w.prep == "covering"]
    for when in times:
        if end <= start + when.start and start + when.end <= next_start and (
                OWN_TIME_GAP.fullmatch(masked[end:start + when.start]) or not following or
                not re.fullmatch(r"[\s,]*(?:the|a|an|its|their)?\s*", masked[start + when.end:next_start])):
            return when.year  # "the X and, in 2018, the Y": a time right before the next document is that one's
    for when in times:
        if previous_end <= start + when.start and start + when.end <= offset and (
                previous_end == start or not OWN_TIME_GAP.fullmatch(masked[previous_end:start + when.start])):
            return when.year
    first_document = min((b for b, e in slots), default=offset)
    return next((w.year for w in times if start + w.end <= first_document), "")


def _horizon(context: SentenceContext, offset: int, index: int) -> bool:
    """Whether the document's name ends with a bare year written after it ("Agenda 2030", "Vision 2035")."""
    return cues.first_year(context.masked[offset + len(str(index)) + 2:][:6]) is not None and bool(
        re.match(r"\s*(?:19|20)\d\d(?![\d-])", context.masked[offset + len(str(index)) + 2:]))


# A document whose own predicate, past an apposition, says it is planned: "a revised strategy, announced by the
# ministry in 2024, is planned for 2026" (the apposition's verb does not adopt it).
PLANNED_FOR = re.compile(rf"(?:\s+{cues.YEAR}(?:-{cues.YEAR})?)?(?:\s*\([^()]*\))?(?:,[^,;]{{0,90}},)?\s+(?:is|are)\s+"
                         rf"(?:now\s+|also\s+)?planned\s+(?:for|in|by)\s+(?:\w+\s+)?(?P<year>{cues.YEAR})\b")


# A document's own predicate (or an apposition right after it) that adopts it: "Morocco's strategy, adopted in 2019",
# "the EU Cybersecurity Strategy was published in 2020", "… which entered into force in 2018".
OWN_ADOPTION = re.compile(
    rf"(?:\s+{cues.YEAR}(?:-{cues.YEAR})?)?(?:\s*\([^()]*\))?\s*,?\s*(?:which\s+|that\s+)?(?:(?:was|were|has been|had been|"
    r"have been|is|are)\s+)?(?:\w+ly\s+)?(?:first\s+)?(?:adopted|approved|published|issued|released|launched|unveiled|"
    r"enacted|passed|promulgated|presented|introduced|endorsed|signed|gazetted|(?:entered|came)\s+into\s+force|"
    r"took\s+effect)\b")


def _another_states(context: SentenceContext, issuer: str) -> bool:
    """Whether a document's issuer is a state other than the paragraph's (a profile names another state's strategy or
    law mostly as a model, a partner's or a contrast: "drew on Japan's strategy", "Tunisia studied Estonia's Act")."""
    owner = context.gazetteer.entities.get(issuer)
    return owner is not None and owner.kind == "state" and bool(context.state) and issuer != context.state


def _someone_elses_mentioned(context: SentenceContext, index: int, issuer: str) -> bool:
    """Whether a document whose owner is named with it ("Estonia's Cybersecurity Act", "the EU Cybersecurity
    Strategy") belongs to an actor other than the profile's state and the clause's subject, and nothing in the
    clause says that owner adopted it: only its own predicate does ("Morocco's strategy, adopted in 2019, …"); a
    mention as a model, a source or an object of study is no fact about it."""
    if issuer in (context.topic, context.state):
        return False
    if not any(m.key and m.kind in ("state", "org") and (context.state_of(m.key) or m.key) != issuer
               for m in context.view.mentions):
        return False  # the owner is the only actor the sentence names: the paragraph may well be about it
    offset = context.mention_at(index)
    start, end = context.clause_of(offset)
    subject = context.subject_in(max(start, context.intro_end) if offset >= context.intro_end else start, end)[0]
    if subject == issuer:
        return False  # "Japan revised its strategy", "the AU adopted its Convention"
    return OWN_ADOPTION.match(SLOT_RE.sub(" ", context.masked[offset + len(str(index)) + 2:end])) is None


# Joining a declaration or a charter others wrote (an initiative joined, not a text the state issued).
JOINS_TEXT = re.compile(r"\b(?:sign(?:s|ed|ing)?|co-?sign(?:s|ed|ing)?|endors(?:e|es|ed|ing)|join(?:s|ed|ing)?|"
                        r"subscrib(?:e|es|ed|ing)\s+to|adher(?:e|es|ed|ing)\s+to|acced(?:e|es|ed|ing)\s+to|"
                        r"sign(?:s|ed)?\s+(?:on\s+)?to)\s+(?:on\s+to\s+)?(?:the\s+)?$")


# An unnamed plan that only organises work ("an action plan", "the implementation plan"): the means of another
# document, named by nothing of its own.
WORK_PLAN = re.compile(r"(?:(?:new|first|second|updated|revised|annual|multi-?year|detailed|national)\s+)*"
                       r"(?:action|implementation|implementing|work|operational|roll-?out)\s+plans?", re.IGNORECASE)


# A legislature weighing a text: "Congress is considering a Cybersecurity Act", "the Senate is debating the bill".
LEGISLATURE_CONSIDERS = re.compile(
    r"\b(?:Congress|[Pp]arliament|[Ss]enate|House(?:\s+of\s+[A-Z]\w+)*|(?:National|Legislative|People's)\s+Assembly|"
    r"[Ll]egislature|[Ll]awmakers|[Ll]egislators|[Dd]eputies|MPs|[Ss]enators)\s+(?:is|are|has been|have been|was|were)?\s*"
    r"(?:currently\s+|still\s+|now\s+)?(?:considering|debating|examining|discussing|scrutini[sz]ing|weighing)\s+"
    r"(?:the\s+|a\s+|an\s+)?$")


# The document's own predicate puts its next step in the future: "is expected to be submitted", "will be tabled".
FUTURE_STEP = re.compile(r"(?:\s*\([^()]*\))?(?:\s+(?:on|for|to)\s+[^,;]{0,60}?)?\s+(?:(?:is|are)\s+(?:expected|due|set|scheduled|"
                         r"likely|meant)\s+to|(?:is|are)\s+to|will|shall)\s+(?:\w+ly\s+)?be\s+")


# A step the text says has not happened yet, after one that has: "was approved by the cabinet but has not yet gone to
# parliament", "has been announced but not yet drafted", "was put out for consultation but has not yet been approved".
NOT_YET = re.compile(r"(?:\b(?:but|and|yet|though|although)\s+(?:it\s+)?(?:(?:has|have|had|is|are|was|were)\s+)?|"
                     r"(?:,\s*|^\s*)(?:(?:has|have|had|is|are|was|were)\s+))(?:still\s+)?"
                     # ("it had not, at the time of writing, been approved": an aside may part the negation and its verb)
                     r"(?:not(?:\s+yet)?|yet\s+to|never)(?:\s*,[^,;]{1,40},)?\s+(?:be(?:en)?\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+)")
# The step that has not happened, and where that leaves the document: not yet written (Planned), not yet adopted or
# not yet before the legislature (Draft).
NOT_YET_WRITTEN = re.compile(r"draft(?:ed)?|written|writ(?:e|ten)|prepared?|developed?")
NOT_YET_ADOPTED = re.compile(r"approved?|adopted?|passed?|enacted?|signed?|promulgated?|gazetted?|endorsed?|validated?|"
                             r"published|publish|issued?")
# A bill's passage not yet through: "had yet to complete its passage through Parliament", "has yet to clear the
# Senate": it is before the legislature (Proposed).
NOT_YET_THROUGH = re.compile(r"complete|clear|finish|survive")
# (its own predicate after a participle: "a bill tabled in 2024 had yet to complete its passage")
YET_TO_GO_THROUGH = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?(?:yet\s+to|not\s+yet)\s+"
                               r"(?:\w+ly\s+)?(?P<verb>complete[ds]?|clear(?:ed)?|finish(?:ed)?|survived?)")
THROUGH_LEGISLATURE = re.compile(r"\s+(?:(?:its|the)\s+(?:legislative\s+)?passage\b|(?:the\s+|both\s+|either\s+)?(?:[\w-]+\s+)?"
                                 r"(?:[Pp]arliament|[Cc]ongress|[Ss]enate|[Aa]ssembly|[Ll]egislature|[Hh]ouses?|[Cc]hambers?|"
                                 r"readings?)\b)")
NOT_YET_BEFORE_LEGISLATURE = re.compile(r"gone|go|sent|send|submitted|submit|tabled|table|presented|present|introduced|"
                                        r"introduce|reached|reach|put")


def _not_yet(context: SentenceContext, index: int, status: str | None) -> str | None:
    """The status a later "but (has) not yet …" in a document's sentence leaves it at, or ``status`` when there is none
    (the clause reader stops at "but"; the step not taken tells where the text stands)."""
    after_start = context.mention_at(index) + len(str(index)) + 2
    return _not_yet_status(_rest_of_own(context, after_start), status)


def _rest_of_own(context: SentenceContext, after_start: int) -> str:
    """The sentence after a document's name up to a semicolon, "while"/"whereas" or the next document (what it
    goes on to say of the document, not of another one)."""
    rest = context.masked[after_start:_next_document_at(context, after_start)].split(";", 1)[0]
    rest = re.split(r"\b(?:while|whereas)\b", rest, maxsplit=1)[0]
    return SLOT_RE.sub(" ", rest)


def _next_document_at(context: SentenceContext, start: int) -> int:
    """Where the next document named after ``start`` stands (else the sentence's end): what the sentence says of one
    text ends where it names another."""
    for later in SLOT_RE.finditer(context.masked, start):
        if context.view.mentions[int(later.group(1))].kind == "document":
            return later.start()
    return len(context.masked)


def _not_yet_status(rest: str, status: str | None) -> str | None:
    """See :func:`_not_yet`: ``rest`` is the sentence after the document's name, up to a semicolon."""
    found = NOT_YET.search(rest)
    through = YET_TO_GO_THROUGH.search(rest)
    if through and (found is None or through.start() < found.start()) and THROUGH_LEGISLATURE.match(
            rest[through.end():]) and not re.search(r"\b(?:which|that|who)\b", rest[:through.start()]):
        return "Proposed" if status in ("Adopted", "Proposed", "Draft", None) else status
    if found is None or re.search(r"\b(?:which|that|who)\b", rest[:found.start()]):
        return status
    verb = found.group("verb")
    if NOT_YET_THROUGH.fullmatch(verb) and THROUGH_LEGISLATURE.match(rest[found.end():]):
        return "Proposed" if status in ("Adopted", "Proposed", "Draft", None) else status
    if NOT_YET_WRITTEN.fullmatch(verb):
        return "Planned" if status in ("Adopted", "Draft", None) else status
    if NOT_YET_BEFORE_LEGISLATURE.fullmatch(verb) and re.match(
            r"\s*(?:back\s+)?(?:to|before|in|into)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:[Pp]arliament|[Cc]ongress|[Ss]enate|[Aa]ssembly|"
            r"[Ll]egislature|[Hh]ouse|[Cc]abinet|[Cc]ouncil)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", rest[found.end():]):
        return "Draft" if status in ("Adopted", "Proposed", "Draft", None) else status
    if NOT_YET_ADOPTED.fullmatch(verb):
        if status in ("Adopted", "Proposed", None) and (cues.PROPOSED.search(rest[:found.start()]) or re.search(
                r"\blaid\s+before\b", rest[:found.start()])):
            return "Proposed"  # "laid before Parliament in 2025, had yet to be passed": before the legislature
        if re.search(r"\b(?:announced|promised|planned|envisaged)\b", rest[:found.start()]) and not re.search(
                r"\b(?:draft\w*|prepar\w*|written|consult\w*|tabled|submitted|presented|published)\b", rest[:found.start()]):
            return "Planned" if status in ("Adopted", None) else status  # announced, not yet written or adopted
        return "Draft" if status in ("Adopted", None) else status
    return status


def _called_draft(context: SentenceContext, index: int) -> bool:
    """Whether the word right before a document's name calls it a draft, and its clause says nothing of its passing."""
    offset = context.mention_at(index)
    start, stop = context.clause_of(offset)
    return bool(DRAFT_RIGHT_BEFORE.search(context.masked[max(start, offset - 40):offset])) and \
        not LAW_MAKING.search(SLOT_RE.sub(" ", context.masked[offset:stop]).split(";", 1)[0])


def documents(context: SentenceContext) -> list[Finding]:
    """Who issued which strategy, law or declaration, when, with what status (see :func:`_document_status`)."""
    findings = []
    for index, mention in enumerate(context.view.mentions):
        if mention.kind != "document":
            continue
        offset = context.mention_at(index)
        issuer, indirect, named, body = _issuer(context, mention, offset)
        status = _document_status(context, index, named, issuer) if issuer else None
        adopted_later = _adopted_in_relative(context, index, issuer, status is None) if issuer else None
        if adopted_later is not None and not (status == "Draft" and _called_draft(context, index)):
            status = "Adopted"  # "drafted the X, which the council approved in 2016": where it stands now (but "a draft
            # X, published in 2024, …" stays a draft: what was published was the draft)
        if status is None and issuer and DOCUMENT_CLASSES[mention.extra["head"]] == CDO.Legislation and \
                LEGISLATURE_CONSIDERS.search(context.masked[max(0, offset - 120):offset]):
            status = "Proposed"  # "the National Assembly is debating the Cybercrime Bill"
        if status in ("Adopted", "Proposed") or status is None and issuer and cues.clause_status(
                context.masked[context.clause_of(offset)[0]:offset], SLOT_RE.sub(" ", context.masked[
                    offset:context.clause_of(offset)[1]])) == "negated" and not NOT_YET.search(
                SLOT_RE.sub(" ", context.masked[context.clause_of(offset)[0]:offset])):
            status = _not_yet(context, index, status) if status or CONSULTATION.search(_own_clause_text(
                context, index)) or mention.extra.get("draft") or _not_yet(context, index, None) == "Proposed" else None
        if status is None or (mention.extra.get("base") and status == "Adopted") or \
                mention.form == "lower" and " " not in mention.extra["label"].strip():
            continue  # a bare "strategy" names nothing (an ordinal one is read by ordinal_documents)
        if DOCUMENT_CLASSES[mention.extra["head"]] == CDO.Declaration and JOINS_TEXT.search(
                context.masked[max(0, offset - 60):offset]):
            continue  # "28 states signed the X Declaration", "endorsed the Y Charter": a text joined, not issued
        if (mention.extra["head"] in ("decree", "order", "resolution") or re.match(
                r"(?:(?:Executive|Supreme|Presidential|Royal|Government|Cabinet|Ministerial)\s+)?(?:Decree|Order|Resolution)\b",
                mention.extra["label"])) and _instrument_of_strategy(context, offset):
            continue  # "the PNCS was approved by Supreme Decree 164": the decree is how the strategy was adopted
        if HEARSAY_DOCUMENT.search(context.masked[context.clause_of(offset)[0]:offset]):
            continue  # "Zambia is said to have adopted a policy in 2017": hearsay is no fact
        if AMENDED_BY_BILL.search(context.masked, max(0, offset - 60), offset):
            continue  # "introduced a bill amending the X Act in 2023": the bill's step, not the act's (see amending_bills)
        if mention.form == "lower" and WORK_PLAN.fullmatch(mention.extra["label"].strip()):
            continue  # "an action plan to implement the strategy was adopted": a part of another document, unnamed
        if (named or _another_states(context, issuer)) and adopted_later is None and \
                _someone_elses_mentioned(context, index, issuer):
            continue  # "Tunisia studied Estonia's Cybersecurity Act", "will draw on Morocco's Digital Strategy 2030"
        clause = SLOT_RE.sub(" ", context.masked[slice(*context.clause_of(offset))])
        if status == "Adopted" and not LAW_MAKING.search(clause) and (
                mention.extra.get("draft") or CONSULTATION.search(_own_clause_text(context, index))):
            status = "Draft"  # "a draft law was published in 2024", "the strategy was put to public consultation"
        legislation = DOCUMENT_CLASSES[mention.extra["head"]] == CDO.Legislation
        if status == "Adopted" and mention.extra["head"] == "bill":
            status = "Proposed"  # a bill passed by one chamber is still a bill
        if status == "Adopted" and legislation:
            rest = _rest_of_own(context, offset + len(str(index)) + 2)
            if FIRST_READING.search(rest + " " + context.masked[context.clause_of(offset)[0]:offset]) or \
                    UNDONE_LATER.search(rest):
                # "approved in first reading in 2024; a second reading is pending", "approved by Congress in 2022 but …
                # shelved two months later": not law
                status = "Proposed"
        if status == "Proposed" and not legislation:
            status = "Planned"
        elif status == "Planned" and legislation and INTRODUCING.search(context.masked[:offset]):
            status = "Proposed"
        if legislation and status in ("Planned", "Draft", "Adopted", "") and LEGISLATURE_CONSIDERS.search(
                context.masked[max(0, offset - 120):offset]):
            status = "Proposed"  # "Congress is considering a Cybersecurity Act": before the legislature, not law
        if status in ("Proposed", "Draft") and FUTURE_STEP.match(SLOT_RE.sub(" ", context.masked[
                offset + len(str(index)) + 2:context.clause_of(offset)[1]])):
            status = "Planned"  # "a law on X is expected to be submitted to parliament in 2025": not yet before it
        shown_or_lodged = _shown_or_lodged(context, index) if legislation and status in ("Draft", "Proposed", "Planned") \
            else None
        if shown_or_lodged is not None:  # "a draft law … was submitted to Parliament" (Proposed), "a Bill … circulated
            status = shown_or_lodged     # to operators for comment" (Draft): the text's own predicate, not its noun
        years, month, end_year, in_name = _years(context, offset, offset + len(str(index)) + 2)
        if status in ("Proposed", "Adopted") and legislation and STILL_DRAFT.match(
                context.masked, context.clause_of(offset)[1]):
            status = "Draft"  # "… was tabled in the Senate in October 2024; it remains a draft"
        if adopted_later and not in_name and (adopted_later.year or not any(years)):
            # (a relative with no year of its own, "adopted four years later", keeps the year the name gave)
            years, month = [adopted_later.year], adopted_later.month
        planned = PLANNED_FOR.match(context.masked, offset + len(str(index)) + 2)
        if planned and status is not None:  # "a revised strategy, announced in 2024, is planned for 2026"
            status, years, month = "Planned", ([planned.group("year")] if not in_name else years), ""
        step = _later_step(context, index)
        if step is not None and not in_name:  # "sent to Congress in 2022 and published in 2024": where it stands now
            status, years, month = step[0], [step[1]], ""
        drafted_then_adopted = _drafted_then_adopted(context, index) if status in ("Adopted", "Draft") and \
            (step is None or step[0] == "Adopted") and adopted_later is None and planned is None else None
        if drafted_then_adopted is not None:  # "drafted in 2019 … and finally approved in 2022": adopted then, a draft
            status, month = "Adopted", ""     # before (the draft step is read below)
            if not in_name:
                years = [drafted_then_adopted[1]]
        shown_then_lodged = _shown_then_lodged(context, index) if legislation and not in_name and status in (
            "Draft", "Proposed") else None
        if shown_then_lodged is not None:  # "put out for consultation in 2022 and submitted to the Senate in 2024":
            # both steps, each with its year (the draft step is read below)
            status, years, month = "Proposed", [shown_then_lodged[1]], ""
        mention = _amended_law(context, mention)
        if AMENDMENT_AFTER.match(context.masked, offset + len(str(index)) + 2):
            # "adopt a Personal Data Protection Law amendment": the amendment, not the law, is what the clause is about
            mention = replace(mention, extra={**mention.extra, "label": f"{mention.extra['label']} amendment",
                                              "acronym": ""})
        before_loop = len(findings)
        for year in years:
            # one name with several years ("the 2013 and 2019 Acts") names several documents, told apart by year
            entity = document_entity(context, mention, issuer, year if in_name or len(years) > 1 else "",
                                     end_year if len(years) == 1 and in_name else "")
            date = cues.month_date(month, year) if month and year else ""
            when = year
            period_year = _own_year(context, offset, offset + len(str(index)) + 2, *context.clause_of(offset)) \
                if in_name and len(years) == 1 and end_year and adopted_later is None else ""
            if period_year:
                when, date = period_year, ""  # "the X 2020-2030 was launched in November 2019": its adoption's year
            elif in_name and len(years) == 1 and adopted_later is not None and adopted_later.year:
                when, date = adopted_later.year, ""  # "the Plan 2023-2028, which the ministry unveiled in 2024"
            elif in_name and len(years) == 1 and not end_year and adopted_later is None:
                # "the Digital Agenda 2030, adopted in late 2021": a year after the name is its horizon, the clause's
                # year its adoption
                start, stop = context.clause_of(offset)
                own = _own_year(context, offset, offset + len(str(index)) + 2, start, stop)
                when, date = (own, "") if own and own < year and _horizon(context, offset, index) else (year, date)
            if drafted_then_adopted is not None:
                when, date = drafted_then_adopted[1], ""
            fact = Fact("issued", issuer, entity.key, when, status, date=date,
                        end_year=end_year if len(years) == 1 else "", through=body)
            finding = _finding(context, fact, f"document.{status.lower()}", indirect)
            finding.entities.append(entity)
            findings.append(finding)
        if drafted_then_adopted is not None and len(findings) > before_loop and findings[-1].entities:
            drafted = _finding(context, Fact("issued", issuer, findings[-1].entities[-1].key, drafted_then_adopted[0],
                                             "Draft", end_year=findings[-1].fact.end_year), "document.drafted-then-adopted",
                               indirect)
            drafted.entities.append(findings[-1].entities[-1])
            findings.append(drafted)
        if shown_then_lodged is not None:
            entity = document_entity(context, mention, issuer)
            finding = _finding(context, Fact("issued", issuer, entity.key, shown_then_lodged[0], "Draft"),
                               "document.draft", indirect)
            finding.entities.append(entity)
            findings.append(finding)
        if legislation and status == "Adopted":
            findings += _amendments(context, index, mention, issuer, indirect)
    return findings


# A text lodged with a legislature: "submitted to the Senate", "sent to the Assembly of the Republic", "referred by the
# government to the Council of Representatives", "approved it as a bill" (a cabinet turning a draft into a bill).
LODGED_STEP = re.compile(rf"\b(?:(?:introduced|submitted|sent|referred|forwarded|transmitted|tabled|laid)\s+(?:it\s+)?"
                         rf"(?:by\s+(?:the\s+)?(?:[\w-]+(?:\s+[\w-]+){{0,3}}?)?\s+)?(?:to|in|into|before)\s+(?:the\s+)?"
                         rf"(?:[A-Z][\w'-]*\s+){{0,3}}?{cues.LEGISLATURE}\b|approved\s+(?:it\s+)?as\s+a\s+bill\b)")
# (a lodging still ahead, or denied: "is expected to be submitted to parliament", "has not yet been sent to the Senate")
NOT_LODGED_YET = re.compile(r"\b(?:be|not\s+(?:yet\s+)?been|never\s+been)\s+(?:\w+ly\s+)?$")
STEP_END = re.compile(r"[,;]|\s(?:and|but|where|which)\s")


# The step a law's own predicate reports, whatever its noun says ("a draft law", "a Bill"): lodged with a legislature
# ("was submitted to Parliament in 2021", "was introduced in the National Assembly") is Proposed; shown for comment
# ("circulated to telecoms operators", "published for consultation", "put out for comment") is Draft. The writers
# record each so, across all the corpora.
OWN_PREDICATE = re.compile(r"^(?:\s*\([^()]*\))?(?:,\s*(?:[^,;]{1,80}?,\s*)?|\s+)(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|"
                           r"is|are|being)\s+)?(?:\w+ly\s+)?(?:first\s+)?")
LODGED_WITH_LEGISLATURE = re.compile(r"(?:submitted|introduced|tabled|sent|referred|presented|laid)\s+(?:\w+\s+){0,3}?(?:to|in|into|"
                                     rf"before)\s+(?:the\s+)?[^;]{{0,50}}?\b(?:{cues.LEGISLATURE}|parliament|assembly|"
                                     r"congress|senate|chamber|legislature|kenesh|dáil)\b", re.IGNORECASE)
SHOWN_FOR_COMMENT = re.compile(r"(?:circulated|published|released|put\s+out|shown|shared|presented)\b[^,;]{0,60}?"
                               r"\b(?:for\s+(?:public\s+|stakeholder\s+)?(?:comments?|consultation|feedback|review)|"
                               r"to\s+(?:public\s+)?consultation|in\s+draft(?:\s+form)?)\b|"
                               r"circulated\s+(?:to|among|within)\b")


def _shown_or_lodged(context: SentenceContext, index: int) -> str | None:
    """'Proposed' or 'Draft' when the law's own predicate, right after its name (past an apposition), lodges it with a
    legislature or shows it for comment, and says nothing of its passing; None otherwise."""
    offset = context.mention_at(index) + len(str(index)) + 2
    stop = min(context.clause_of(offset)[1], _next_document_at(context, offset))
    rest = SLOT_RE.sub(" X ", context.masked[offset:stop])
    rest = re.split(r";|,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|it|its|X)\b)", rest)[0]
    lead = OWN_PREDICATE.match(rest)
    if lead is None or LAW_MAKING.search(rest) or re.search(r"\b(?:will|would|is\s+to|expected\s+to|plans?\s+to)\s+"
                                                            r"(?:\w+ly\s+)?be\s+(?:submitted|introduced|tabled|sent)",
                                                            rest):
        return None
    if LODGED_WITH_LEGISLATURE.match(rest, lead.end()) or re.match(r"[^;]{0,80}?\b(?:and|then)\s+(?:was\s+)?"
                                                                   + LODGED_WITH_LEGISLATURE.pattern, rest[lead.end():],
                                                                   re.IGNORECASE):
        return "Proposed"
    if SHOWN_FOR_COMMENT.match(rest, lead.end()) and not LODGED_WITH_LEGISLATURE.search(rest):
        return "Draft"
    return None


def _shown_then_lodged(context: SentenceContext, index: int) -> tuple[str, str] | None:
    """(draft year, proposed year) when what the sentence goes on to say of a law first shows it for comment, with a
    year, and then lodges it with a legislature, with a later year of its own: "a draft law was put to public
    consultation in 2022 and the bill was sent to the Assembly in 2024", "was put out for consultation in November
    2024; the Council of Ministers approved it as a bill in January 2025"; None otherwise (the next text named ends
    what is said of this one)."""
    offset = context.mention_at(index) + len(str(index)) + 2
    masked = context.masked
    stop = _next_document_at(context, offset)
    text = _unslotted(context, masked[offset:stop])
    lodged = LODGED_STEP.search(text)
    if lodged is None or not CONSULTATION.search(text, 0, lodged.start()) or NOT_LODGED_YET.search(text, 0, lodged.start()):
        return None
    shown = cues.first_year(text[:lodged.start()])
    tail = text[lodged.end():]
    ends = STEP_END.search(tail)
    when = cues.first_year(tail[:ends.start()] if ends else tail)
    if shown is None or when is None or when.year < shown.year:
        return None
    return shown.year, when.year


# A text the sentence shows in draft at one time and adopted at a later one, each step with its own time: "was drafted
# in 2019 …, validated at a workshop and finally approved by Cabinet in March 2022", "put out for public consultation in
# November 2024, was approved by decree in June 2025", "circulated in draft in 2022 and approved the following year",
# "was approved in 2024, after a draft had been put to public consultation two years earlier": two claims, Draft then
# and Adopted later (a step without a time of its own, or in the wrong order, is no second claim).
# (the step may name whom the draft went to: "circulated to ministries as a draft", "shared with operators for comment")
DRAFT_STEP = re.compile(r"\b(?:drafted|validated|(?:circulated|published|released|presented|shared)\s+(?:(?:to|with|among)\s+"
                        r"(?:[\w-]+\s+){1,3}?)?(?:in\s+draft|as\s+a\s+draft|for\s+(?:public\s+)?(?:comments?|consultation|feedback))|put\s+(?:out\s+)?(?:to|for)\s+(?:a\s+)?"
                        r"(?:public\s+)?(?:consultation|comments?))\b")
ADOPT_STEP = re.compile(r"\b(?:approved|adopted|endorsed|enacted|passed|promulgated)\b")
DRAFT_AFTER = re.compile(r",?\s+after\s+(?:a|the|its|an\s+earlier)\s+(?:draft|version)\s+(?:had\s+been|was)\s+")


def _drafted_then_adopted(context: SentenceContext, index: int) -> tuple[str, str] | None:
    """(draft year, adoption year) of a text what the sentence goes on to say of it shows in draft and then adopted
    (see DRAFT_STEP), each with its own time, the draft earlier; None otherwise (the next text named, a semicolon or
    a contrast ends what is said of this one)."""
    offset = context.mention_at(index) + len(str(index)) + 2
    masked = context.masked
    stop = _next_document_at(context, offset)
    text = re.split(r";|\s(?:but|while|whereas|although)\s", SLOT_RE.sub(" ", masked[offset:stop]))[0]
    found = cues.times(text)
    drafted, adopted = DRAFT_STEP.search(text), ADOPT_STEP.search(text)
    if drafted is None or adopted is None or LODGED_STEP.search(_unslotted(context, masked[offset:stop])):
        return None  # ("approved by the Council of Ministers in 2025 and sent to the National Assembly": a bill yet)
    step = re.split(r"[,;]|\s(?:and|but)\s", text[:adopted.start()])[-1]
    if cues.PLANNED.search(step) or cues.is_negated(step) or re.search(r"\bto\s+be\s+(?:\w+ly\s+)?$", step):
        return None  # ("released for comment in 2024 and is expected to be adopted in 2026", "is meant to be adopted in
        # 2026": the adoption is to come)
    if drafted.start() < adopted.start():
        shown = next((w for w in found if drafted.end() <= w.start < adopted.start() and w.prep in ("in", "on")), None)
        when = next((w for w in found if w.start >= adopted.end() and w.prep in ("in", "on", "relative")
                     and not re.search(r"[,;]", text[adopted.end():w.start])), None)
    else:
        after = next((w for w in found if w.start >= adopted.end() and w.prep in ("in", "on")
                      and not re.search(r"[,;]", text[adopted.end():w.start])), None)
        behind = DRAFT_AFTER.match(text, after.end) if after is not None else None
        if behind is None or not DRAFT_STEP.match(text, behind.end()):
            return None
        shown = next((w for w in found if w.start >= behind.end()), None)
        when = after
    if shown is None or when is None or when.year <= shown.year:
        return None
    return shown.year, when.year


# (the law's own date and a short apposition may come first: "the X Act of 2006 was amended in 2013", "the Y Law of 10
# June 2018 on data protection was amended in 2025", "Chapter 28 of the Code, on computer crimes, was amended in 2017";
# after the law's own year the participle alone dates an amendment too: "the Z Act of 2006, amended in 2017 to …" --
# with no year of its own, "the Criminal Code, amended in 2010", the year is the one the law is cited by)
OWN_DATE = rf"(?:\s+(?:of\s+)?(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR}(?!\s*[-–]))"
WAS_AMENDED = re.compile(rf"{OWN_DATE}?(?:\s+on\s+[a-z][^,;()]{{3,80}}?(?=\s+was\b))?"
                         r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:on|covering|concerning)\s+[^,;()\ue000]{3,80},)?"
                         r",?\s*(?:which\s+)?(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:amended|modified)\b|"
                         rf"{OWN_DATE}\s*(?:\([^()]*\)\s*)?,\s*(?:\w+ly\s+)?amended(?=\s+(?:in|on)\s)")


AMENDMENT_AFTER = re.compile(r"\s+(?:amendments?|amending\s+(?:act|bill|law))\b")
SHORT_ALIAS = re.compile(rf"\s*\({SLOT}\s*[,)]")


# "…, passed in 2018, gives X powers over Y and was amended in May 2024": the law's own predicate, further on.
# ("passed in 2010 and amended six years later": the participle alone, after a participle of its own adoption)
LATER_AMENDED = re.compile(r",?\s+(?:and|but)\s+(?:(?:was|were|has been|had been|has since been)\s+|(?<=(?:19|20)\d\d and\s))"
                           r"(?:\w+ly\s+)?(?:amended|modified)(?=\s+(?:in|on)\b|\s+(?:a|an|one|two|three|four|five|six|"
                           r"seven|eight|nine|ten|\d+)\s+years?\s+later\b)")


def _later_amendment(context: SentenceContext, end: int) -> int | None:
    """Where a later "and was amended" of the law ending at ``end`` ends, within what is still said of it (up to
    a semicolon, a contrast, or the next document named); None when there is none."""
    masked = context.masked
    stop = _next_document_at(context, end)
    cut = re.search(r";|\s(?:while|whereas|but|although)\s", masked[end:stop])
    stop = end + cut.start() if cut else stop
    found = LATER_AMENDED.search(masked, end, stop)
    return found.end() if found else None


def _amendments(context: SentenceContext, index: int, mention: Mention, issuer: str, indirect: bool
                ) -> list[Finding]:
    """Each dated amendment a law's clause reports ("was amended in 2016 and again in January 2024"), as an
    adopted "<law> amendment" ("<law> second amendment") of its year: an amendment is a legal act of its own."""
    end = context.mention_at(index) + len(str(index)) + 2
    amended = WAS_AMENDED.match(context.masked, end)
    anchor = ""
    if amended is None:
        later = _later_amendment(context, end)
        if later is None:
            return []
        stretch = re.split(r"[,;]|\s+to\s|\s+by\s", SLOT_RE.split(context.masked[later:])[0])[0]
        passed = re.findall(rf"\b{cues.YEAR}\b", context.masked[end:later])
        anchor = passed[-1] if passed else ""  # "passed in 2010 and amended six years later": 2016
    else:
        stretch = SLOT_RE.split(context.masked[amended.end():context.clause_of(end)[1]])[0]
    short = mention.extra.get("acronym") or mention.extra["label"]
    alias = SHORT_ALIAS.match(context.masked, end)  # "(ITE Law, Law 11/2008)": the name the law goes by
    if alias:
        named = context.view.mentions[int(alias.group(1))]
        short = context.view.text[named.start:named.end]
    found = []
    for number, when in enumerate(cues.times(stretch, anchor=anchor)):
        ordinal = ("", "second ", "third ", "fourth ")[min(number, 3)]
        amendment = replace(mention, extra={**mention.extra, "label": f"{short} {ordinal}amendment", "acronym": ""})
        entity = document_entity(context, amendment, issuer, when.year)
        date = cues.month_date(when.month, when.year) if when.month else ""
        finding = _finding(context, Fact("issued", issuer, entity.key, when.year, "Adopted", date=date),
                           "document.amended", indirect)
        finding.entities.append(entity)
        found.append(finding)
    return found


AMENDING = re.compile(r"(?:amendment|amending)\s+(act|bill|law)", re.IGNORECASE)
# The last law a paragraph named before: "The Cybercrimes (Prohibition, Prevention, etc.) Act", "the Law on X".
NAMED_LAW = re.compile(r"(?:[A-Z][\w-]*(?:\s+\([^()]{1,60}\))?\s+(?:(?:of|on|and|for|the)\s+)*)+(?:Act|Law|Code)\b")


def _amended_law(context: SentenceContext, mention: Mention) -> Mention:
    """"An amendment act", "an amending bill": the amendment of the last law the paragraph named, labelled
    "<that law> (Amendment) Act"; the mention itself when it names a law or no law came before."""
    amending = AMENDING.fullmatch(mention.extra["label"].strip())
    laws = NAMED_LAW.findall(context.preceding + context.view.text[:mention.start]) if amending else []
    if not laws:
        return mention
    words = laws[-1].split()
    label = " ".join(words[1:] if words[0] in ("The", "A", "An") else words)
    label = f"{label.rsplit(' ', 1)[0]} (Amendment) {amending.group(1).capitalize()}"
    return replace(mention, extra={**mention.extra, "label": label})


STILL_DRAFT = re.compile(r"\W*(?:and\s+|but\s+)?it\s+(?:still\s+)?(?:remains|is|was)\s+(?:still\s+)?(?:only\s+)?(?:a\s+)?"
                         r"(?:draft|bill)\b")
# A later step of the same subject: "was sent to Congress in March 2022 and published in April 2024".
LATER_STEP = re.compile(r",?\s+(?:and|but|then|before being)\s+(?:then\s+)?(?:(?:was|were|has been|had been)\s+)?"
                        r"(?:\w+ly\s+)?(?=[a-z]+ed\b|(?:sent|put|set|made|taken|given)\b)")


# A later step that ends, changes or follows up a document that exists.
ENDING_STEP = re.compile(r"\s*(?:\w+ly\s+)?(?:replaced|superseded|repealed|amended|revised|reviewed|updated|evaluated|"
                         r"complemented|supplemented|followed|succeeded|extended|renewed)\b")


def _later_step(context: SentenceContext, index: int) -> tuple[str, str] | None:
    """(status, year) of the last step a document's clause reports when it reports several, each with its
    own time; None when there is one step, or the last says nothing the status reader knows."""
    offset = context.mention_at(index) + len(str(index)) + 2
    _, stop = context.clause_of(offset)
    after = SLOT_RE.sub(" ", context.masked[offset:stop])
    steps = LATER_STEP.split(after)
    if len(steps) < 2 or not re.match(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:was|were|has been|had been)\b", steps[0]):
        return None
    last = re.split(r"[,;]", steps[-1])[0]
    if ENDING_STEP.match(last):
        return None  # "was first adopted in 2015 and replaced by a second strategy in 2019": its end, not its adoption
    status = STATUS_OF_CLAUSE.get(cues.clause_status("", last))
    when = cues.first_year(last)
    if status is None or when is None or cues.first_year(steps[0]) is None:
        return None
    return status, when.year


def document_entity(context: SentenceContext, mention: Mention, issuer: str, year: str = "", end_year: str = "") -> Entity:
    """The document a mention names, keyed by its issuer, its name and the years its name carries
    (document/estonia/cyber-security-strategy-2019-2022; a name given an alias earlier resolves to that name)."""
    aliases = getattr(context.gazetteer, "document_aliases", {})
    label = aliases.get(mention.extra["label"], mention.extra["label"])
    entity = context.gazetteer.entities.get(issuer)
    issuer_slug = entity.slug if entity is not None else slugify(issuer)
    # what the document is: its issuer and its name, with the years only where the name has them ("the
    # 2019-2023 Strategy"), never the year a sentence gives for adopting it -- that is the claim's
    name = "-".join(p for p in (slugify(label), year, end_year) if p)
    key = f"document/{issuer_slug}/{name}"
    acronym = mention.extra.get("acronym", "") if mention.extra.get("acronym") != label else ""
    return Entity(key=key, label=label, kind="document", cls=DOCUMENT_CLASSES[mention.extra["head"]], acronym=acronym)


# --- programmes, exercises, events ---------------------------------------------------------------

def _funder(context: SentenceContext, index: int) -> tuple[str, str, bool]:
    """(funding state or organisation, organising agency, indirect?) of the programme mention ``index``."""
    offset = context.mention_at(index)
    if context.through is not None and context.through is context.view.mentions[index]:
        subject, _, indirect = context.subject_key()
        return subject, "", indirect
    possessor = POSSESSIVE_BEFORE.search(context.masked[max(0, offset - 80):offset])
    if possessor:
        if possessor.group(1) is not None:
            owner = context.view.mentions[int(possessor.group(1))]
        else:
            owner = _nearest_actor(context, offset - (len(possessor.group()) if possessor else 0))
        if owner is not None and owner.key and owner.kind in ("state", "org"):
            state = context.state_of(owner.key)
            agency = owner.key if state and state != owner.key else ""
            return state or owner.key, agency, owner.form == "coref"
    start, end = context.clause_of(offset)
    if (ADOPT.search(context.masked[start:offset]) or FUND.search(context.masked[start:offset])) and \
            context.subject is not None and context.subject.key:
        subject, _, indirect = context.subject_in(start, end)
        return subject, "", indirect
    return context.topic, "", True


def _nearest_actor(context: SentenceContext, offset: int) -> Mention | None:
    """The actor "its"/"their" before ``offset`` points to: the clause's subject when it has one ("Bolivia obtained
    EUR 400,000 from Spain for its academy": Bolivia's), else the last actor named before."""
    start = max(context.clause_of(offset)[0], context.intro_end if context.intro_end <= offset else 0)
    subject = find_subject(context.view, start, offset)
    if re.search(rf"{SLOT}(?:\s*\([^()]*\))?,?\s+(?:and|with|or)\s*$", context.masked[:offset]):
        subject = None  # "KISA and its GCCD project", "the agency with its partners": the actor just named
    if subject is not None and subject.key and subject.kind in ("state", "org"):
        return subject
    actors = [m for m in context.mentions_between(0, offset) if m.kind in ("state", "org")]
    if actors:
        return actors[-1]
    return context.subject


# Roles in a programme, read from the verb (never one verb for all): funding, leading or running, benefiting.
MONEY = r"(?:some\s+|about\s+|around\s+|nearly\s+|over\s+)?(?:US\$|USD|A\$|AUD|C\$|CAD|NZ\$|S\$|SGD|EUR|€|GBP|£|JPY|¥|CHF|\$|[A-Z]{3}\s?\d|\d)"
FUNDER_VERB = re.compile(r"(?<!-)\b(?:(?:co-?)?fund(?:s|ed|ing)?|(?:co-?)?financ(?:e|es|ed|ing)|donat\w+|contribut\w+|committ\w+|"
                         rf"pledg\w+|invest\w*|grant\w*|approv(?:ed|es)|allocat\w+|earmark(?:s|ed|ing)?|provid(?:es|ed|ing)(?=\s+{MONEY})|"
                         rf"(?:gave|gives?|given|giving)(?=\s+{MONEY})|pa(?:ys?|id|ying)\s+for|"
                         rf"pa(?:ys?|id|ying)(?=\s+{MONEY})|bankroll(?:s|ed|ing)?|underwr(?:ite|ites|ote|itten|iting)|"
                         rf"sponsor(?:s|ed|ing)?|len(?:t|ds?|ding)|"
                         rf"(?:major\s+|main\s+|largest\s+|leading\s+|key\s+)?(?:donors?|contributors?|funders?)\s+(?:to|of))\b")
LEAD_VERB = re.compile(r"(?<!-)\b(?:runs?|ran|running|leads?|led|co-?leads?|co-?led|manag\w+|implement\w*|launch\w*|"
                       r"carri(?:es|ed)\s+out|"
                       r"set up|establish\w*|organi[sz](?:e|es|ed|ing)(?!\s+crim)|operat(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|offer(?:s|ed)?|"
                       r"deliver\w*|created?|award(?:s|ed)|began|begun|begins?|start(?:s|ed)|open(?:s|ed)|inaugurat(?:es|ed)|"
                       r"spearhead(?:s|ed)?|administer(?:s|ed)?|oversee(?:s|n)?|oversaw|steer(?:s|ed)?|"
                       r"(?:is|are|was|were|acts?\s+as|acted\s+as)\s+(?:the\s+|an?\s+)?(?:implementing\s+(?:partner|agency)|implementer|"
                       r"lead\s+(?:agency|partner|organisation|organization)|organi[sz]er|coordinator|manager)\s+(?:of|for)|"
                       r"(?:is|are|was|were)\s+in\s+charge\s+of)\b")
BENEFIT_VERB = re.compile(r"\b(?:benefit\w*|beneficiar(?:y|ies)|draw(?:s|n|ing)? on|drew on|rec(?:ei|ie)v\w+|recipient|priority country|"
                          r"(?:partner|target|pilot|priority|focus|hub) countr(?:y|ies)|covered by|(?:is|are|was|were|been)\s+trained|"
                          # ("Bruneian officials have trained at the X Centre": trained there, as trainees)
                          r"(?:have|has|had)\s+(?:also\s+)?trained\s+(?:at|under)|"
                          r"t(?:ook|akes?|aking) part|participat\w+|"
                          # "have taken courses at the X Centre": courses taken are training received
                          r"t(?:ook|akes?|aken|aking)\s+(?:\w+\s+)?(?:courses|classes|training)\s+(?:at|in|with|under)|participants?\s+(?:of|in)|attend\w*|enrol\w*|join(?:s|ed)?|"
                          r"obtain(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:help|assistance|support|training|advice|equipment)|"
                          r"(?:counts?|counted|counting|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+on|"
                          r"(?:added|admitted|accepted|selected|chosen)\s+(?:in)?to|(?:selected|chosen)\s+for|"
                          r"sen(?:t|ds?|ding)\s+(?:\w+\s+){0,2}?(?:officials|officers|staff|experts|diplomats|students|judges|"
                          r"prosecutors|investigators|participants|trainees|delegates)\s+to)\b")
# "run by the CICTE secretariat and funded mainly by Canada, the UK and the US", "EU-funded", "with funding from X"
BY_AGENT = re.compile(r"\b(?P<verb>funded|financed|backed|sponsored|underwritten|bankrolled|paid\s+for|run|implemented|managed|led|organi[sz]ed|delivered|"
                      r"administered|overseen|steered|spearheaded|opened|inaugurated|started|begun|"
                      r"operated|coordinated|launched|established|set up|created|founded|initiated|carried\s+out|executed)"
                      # (when may stand before the agent: "carried out in 2021 by the X Centre")
                      r"\s+(?:\w+ly\s+|mainly\s+|jointly\s+|in\s+(?:large\s+|small\s+)?part\s+|in\s+(?:19|20)\d\d\s+)?by\b")
FUNDING_PARTICIPLE = re.compile(r"funded|financed|backed|sponsored|underwritten|bankrolled|paid\s+for")
WITH_FUNDING = re.compile(r"\b(?:with|receiving|received)\s+(?:\w+\s+){0,2}?(?:funding|financing|support)\s+from\b")
HYPHEN_FUNDED = re.compile(r"-(?:funded|financed|backed|sponsored)\s*$")
HYPHEN_LED = re.compile(r"-(?:led|run|organi[sz]ed)\s*$")


FUND_ACTS = re.compile(r"(?:\s*\([^()]*\))?,?\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+)?(?:co-?)?(?:fund|financ|"
                       r"back|sponsor|support|provid|grant|award|allocat|contribut)\w*\b")
POSSESSED_AFTER = re.compile(r"(?:\s*\([^()]*\))?['’]s\s+(?!own\b)[a-z]")


# A regional training centre the reference lacks, named as a body: "the Western Balkans Cyber Capacity Centre", "the ITU
# Arab Regional Cybersecurity Centre": a capacity-building programme by what it does.
TRAINING_CENTRE = re.compile(r"\b(?:Capacity(?:\s+Building)?|Regional\s+Cyber\s?[Ss]ecurity)\s+Cent(?:re|er)\b")
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


# A clause whose subject is researchers or academics ("Researchers at the X Institute run an EU-funded Y project",
# "Academics at Z University take part in …"): what it tells of a programme is academic work, not the state's, and not
# what the profile says its funder does for the state.
RESEARCH_SUBJECT = re.compile(r"\s*(?:[Ss]ome\s+|[Tt]he\s+)?(?:[\w-]+\s+){0,2}?(?:[Rr]esearchers|[Aa]cademics|[Ss]cientists|"
                              r"[Ss]cholars)\s+(?:at|from|of|in)\s")


def _research_clause(context: SentenceContext, position: int) -> bool:
    """Whether the clause that holds ``position`` opens with researchers or academics as its subject."""
    start, _ = context.clause_of(position)
    begin = max(start, context.intro_end) if start <= context.intro_end else start
    return RESEARCH_SUBJECT.match(context.masked, begin, position) is not None


def _trains_own(context: SentenceContext, mention: Mention) -> bool:
    """Whether training read from "trained X in Y" trains the people of the state the text is about (cooperation with
    the trainer, not a programme of its own), or of no state it names."""
    text = f"{mention.extra.get('label', '')} {mention.extra.get('origins', '')}"
    states = {context.state_of(hit.key) or hit.key for hit in context.gazetteer.find(text)
              if context.gazetteer.entities[hit.key].kind == "state"}
    return context.topic in states


def programmes(context: SentenceContext) -> list[Finding]:
    """Roles in capacity-building programmes, each from its own words: funded by / X-funded / with funding
    from (Funder), run / implemented / led by, runs, launched (Lead), benefits from / takes part in / a
    priority country of (Beneficiary), a possessive ("Australia's programme": Lead); with the amount, the
    launch year and the region. A programme only mentioned gives nothing."""
    findings = []
    for index, mention in enumerate(context.view.mentions):
        entity = context.gazetteer.entities.get(mention.key) if mention.key else _lower_programme(context, mention)
        if mention.kind == "org" and entity is not None and not entity.agency_of and TRAINING_CENTRE.search(entity.label):
            # "attend courses at the Western Balkans Cyber Capacity Centre": a centre that trains others' staff (not
            # one named as the agent of something else: "the drill organised by the X Regional Cybersecurity Centre")
            if AGENT_BEFORE.search(context.masked, max(0, context.mention_at(index) - 12), context.mention_at(index)):
                continue
        elif mention.kind != "initiative" or entity is None or entity.cls == CDO.Exercise or \
                NOT_A_PROGRAMME.search(entity.label):
            continue
        if mention.extra.get("trained") and _trains_own(context, mention):
            continue  # "Staff of the FBI have trained police officers from Jamaica in X": Jamaica's people are helped
        acts = FUND_ACTS.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
        if acts and (re.search(r"\bFund$", entity.label) or (re.search(r"(?:fund|financ)\w*$", acts.group())
                                         and "," not in acts.group())):
            continue  # "the UK's Security Fund financed X", "Japan's X Programme funded a project": how the owner pays
        if POSSESSED_AFTER.match(context.masked, context.mention_at(index) + len(str(index)) + 2):
            continue  # "hosts the X Programme's regional hub": the hub is hosted, not the programme
        if not mention.key and context.through is not None and context.through.kind == "initiative":
            continue  # "Through its Fund, the government has committed USD 3 million to training programmes": the Fund
        roles = _roles(context, index)
        if roles and _research_clause(context, context.mention_at(index)):
            continue  # "Researchers at X run an EU-funded Y project": academic work, no state's (nor its funder's) role
        if not mention.key and mention.extra.get("named"):  # a coined name ("EU4Digital") is its own identity
            entity = replace(entity, key=f"initiative/{slugify(entity.label)}")
        elif not mention.key and roles:  # an unnamed programme is its first actor's
            entity = replace(entity, key=f"initiative/{slugify(roles[0][0].rsplit('/', 1)[-1])}/{slugify(entity.label)}")
        also = _also_funded(context, index, roles)
        givers = [r for r in also if r[0] not in {actor for actor, _, _, _ in roles}]
        if givers and not any(role == "Beneficiary" for _, role, _, _ in roles):
            # "the X project, approved in 2022 with USD 295 million from the World Bank": the bank's money, read after
            # the programme, is lent to the profile's state as much as money a verb before it gives (not a bank that
            # runs the programme: "the X Fund, managed by the Y Bank", holds what others pay in)
            also += [(m.key, "Beneficiary", "", False) for m in _borrower(context, mention, roles + givers)]
        for actor, role, agency, indirect in roles + also:
            if not actor or actor == entity.key or context.gazetteer.entities.get(actor, entity).kind not in ("state", "org"):
                continue
            if role == "Lead" and re.search(r"\bFund$", entity.label):
                continue  # "created a National Cyber Fund": a fund is paid into, not a programme someone runs
            year, status = "", ""
            if role == "Funder" and actor in (r[0] for r in roles if r[1] == "Funder"):
                year = _funding_year(context, context.mention_at(index))
            if role == "Lead":
                offset = context.mention_at(index) + len(str(index)) + 2
                launched = LAUNCH_AFTER.search(context.masked[offset:]) or LAUNCHED_BY.search(context.masked[offset:])
                year, status = (launched.groupdict().get("year") or launched.group(1), "Launched") if launched else ("", "")
                start = context.clause_of(context.mention_at(index))[0]
                if not launched and LAUNCHED_BEFORE.search(context.masked[max(start, context.intro_end):
                                                                          context.mention_at(index)]):
                    # "China launched the Digital Silk Road initiative in 2015"
                    year = cues.year_after(context.masked[offset:]) or cues.clause_year(
                        context.masked[start:context.mention_at(index)]) or cues.clause_year(
                        context.masked[:context.intro_end])
                    status = "Launched"
                if not launched and status != "Launched" and LAUNCHED_PLAIN.match(context.masked, offset):
                    status = "Launched"  # "runs X for Y officials, launched with Dutch funding": launched, year elsewhere
                if not year:  # "RIA has since 2019 managed X", "Since 2020 Chile has run X": when its running began
                    end = context.clause_of(context.mention_at(index))[1]
                    own = re.split(r"\s(?:and|but|while|whereas)\s", context.masked[start:context.mention_at(index)])[-1]
                    year = cues.since_year(own) or cues.since_year(context.masked[offset:end])
            fact = Fact("funds", actor, entity.key, year, status, role=role, through=agency)
            finding = _finding(context, fact, f"programme.{role.lower()}", indirect)
            finding.entities += [entity] if not mention.key else []
            findings.append(finding)
            if role in ("Funder", "Lead"):
                findings += _programme_details(context, entity.key, actor, agency)
    found = _amounts_by_funder(context, findings + _roles_by_reference(context) + _both_programmes(context) +
                               _each_of_which(context) +
                               _pronoun_programme(context) + _demonstrative_programme(context) +
                               _implementer_of_programme_before(context))
    if may_match(PENDING_MONEY, context.masked) and PENDING_MONEY.search(context.masked):  # "earmarked USD 20 million for X, although the loan still awaits approval"
        found = [f for f in found if f.fact.role != "Funder" and f.fact.relation != "fundingAmount"]
    if may_match(HEARSAY, context.masked) and HEARSAY.search(context.masked):  # "France is said to have financed X", "Spain reportedly runs Y": unconfirmed
        found = [f for f in found if f.fact.relation not in ("funds", "fundingAmount")]
    return found


# a role in a programme only rumoured: no fact
HEARSAY = cues.hearsay(r"unconfirmed\s+reports?", flags=0)


# A sentence that says the money is still to be approved, signed or disbursed states no funding.
PENDING_MONEY = re.compile(r"\b(?:still\s+)?(?:awaits?|awaiting)\s+(?:\w+\s+){0,2}?(?:approval|ratification|signature|disbursement|"
                           r"a\s+decision)|\b(?:approval|disbursement|ratification|signature)\s+(?:is|remains|was)\s+(?:still\s+)?"
                           r"pending|\b(?:has|have)\s+(?:yet|still)\s+to\s+be\s+(?:approved|signed|ratified|disbursed)|"
                           r"\bnot\s+yet\s+(?:been\s+)?(?:approved|signed|ratified|disbursed)\b|"
                           # "announced in 2023 but has not yet been paid", "never arrived", "yet to be transferred"
                           r"\b(?:not|never)\s+(?:yet\s+|actually\s+|in\s+fact\s+)?(?:been\s+)?(?:paid(?:\s+out)?|transferred|"
                           r"released|delivered|materiali[sz]ed|arrived)\b|"
                           r"\b(?:yet|still)\s+to\s+be\s+(?:paid|transferred|released|delivered)\b")


# "Through this program, Fiji and Vanuatu obtained help …", "That programme is underwritten by A and B": a
# demonstrative names the one programme the sentence before named.
DEMONSTRATIVE = r"(?:this|that|the\s+same)\s+(?:programme|program|project|initiative|scheme|centre|center|fellowship|fund)"
DEMONSTRATIVE_INTRO = re.compile(rf"\s*(?:[Tt]hrough|[Uu]nder|[Tt]hanks\s+to|[Ww]ith\s+the\s+help\s+of|[Aa]s\s+part\s+of|[Ww]ithin)\s+"
                                 rf"{DEMONSTRATIVE}\s*,\s*")
DEMONSTRATIVE_SUBJECT = re.compile(rf"\s*(?:T|t)(?:his|hat)\s+(?:programme|program|project|initiative|scheme|centre|center|"
                                   rf"fellowship|fund)(?:\s*,[^,;]{{0,60}},)?\s+(?:has\s+been\s+|have\s+been\s+|is\s+|was\s+|are\s+|"
                                   rf"were\s+)?(?:\w+ly\s+)?(?=(?:funded|financed|backed|sponsored|underwritten|bankrolled|paid\s+for|run|"
                                   rf"implemented|managed|led|organi[sz]ed|delivered|operated|coordinated)\s+(?:\w+ly\s+)?by\b)")


def _programme_of_sentence_before(context: SentenceContext) -> str:
    """The one named programme of the sentence right before, else ''."""
    last = context.sentence_before()
    keys = []
    for hit in context.gazetteer.find(last):
        entity = context.gazetteer.entities.get(hit.key)
        if entity is not None and entity.kind == "initiative" and entity.cls != CDO.Exercise and \
                not NOT_A_PROGRAMME.search(entity.label) and hit.key not in keys:
            keys.append(hit.key)
    return keys[0] if len(keys) == 1 else ""


def _demonstrative_programme(context: SentenceContext) -> list[Finding]:
    """Roles in the programme a demonstrative ("this programme") names, from the verbs of its sentence."""
    masked = context.masked
    intro, subject = DEMONSTRATIVE_INTRO.match(masked), DEMONSTRATIVE_SUBJECT.match(masked)
    if (intro is None and subject is None) or any(m.kind == "initiative" for m in context.view.mentions) or \
            cues.clause_status(masked, "") in cues.UNACCOMPLISHED or context.hedged:
        return []
    programme = _programme_of_sentence_before(context)
    if not programme:
        return []
    found: list[tuple[Mention, str]] = []
    if subject is not None:
        for match in BY_AGENT.finditer(masked, subject.end()):
            role = "Funder" if FUNDING_PARTICIPLE.fullmatch(match.group("verb")) else "Lead"
            following = next((m.start() for m in BY_AGENT.finditer(masked, match.end())), len(masked))
            found += [(m, role) for m in _listed(context, match.end(), following)]
    else:
        core = intro.end()
        joint = re.match(rf"(?:the\s+)?(?P<list>{SLOT_LIST})", masked[core:])
        verb_part = masked[core + joint.end():] if joint else ""
        role = _subject_role(context, verb_part.split(";")[0]) if joint else ""
        if role != "Funder" and re.match(r"\s*(?:[Uu]nder|[Tt]hanks|[Ww]ith\s+the\s+help)", masked):
            role = "Beneficiary"  # "Under this programme, Ghana set up its CERT": done with its help
        if joint and role in ("Beneficiary", "Funder"):
            found += [(m, role) for m in context.view.slots_in(joint.group("list"))]
    findings, seen = [], set()
    for mention, role in found:
        if mention.kind not in ("state", "org") or not mention.key or mention.form == "capital":
            continue
        actor, agency = _actor_and_agency(context, mention)
        if (actor, role) not in seen:
            seen.add((actor, role))
            findings.append(_finding(context, Fact("funds", actor, programme, "", "", role=role, through=agency),
                                     f"programme.{role.lower()}-demonstrative"))
    return findings


# "… the X programme. The Y Centre (YC) implements the programme in Malta.": a body named as the subject that runs "the
# programme" (or "this project") runs the one programme the sentence before named.
IMPLEMENTS_THE = re.compile(rf"\s*(?:(?:[A-Z][\w-]*\s+){{0,3}}(?:19|20)\d\d\s*,\s*|[Ss]ince\s+(?:19|20)\d\d\s*,\s*)?(?:[Tt]he\s+)?"
                            rf"(?P<list>{SLOT_LIST})(?:\s*\([^()]*\))?\s+(?:has\s+|have\s+)?(?:\w+ly\s+|also\s+|jointly\s+)?"
                            rf"(?:implement(?:s|ed)|runs|ran|run|manag(?:es|ed)|deliver(?:s|ed)|coordinat(?:es|ed)|operat(?:es|ed)|"
                            rf"administer(?:s|ed)|lead|leads|led)\s+(?:the|this|that)\s+(?:programme|program|project|initiative|"
                            rf"scheme)\b(?!\s+(?:of|on|for|to)\b|['’])")


def _implementer_of_programme_before(context: SentenceContext) -> list[Finding]:
    """Lead roles of the bodies that open a sentence saying they run "the programme" the sentence before named."""
    match = IMPLEMENTS_THE.match(context.masked) if " the " in context.masked or " this " in context.masked else None
    if match is None or any(m.kind == "initiative" for m in context.view.mentions) or context.hedged or \
            cues.clause_status(context.masked[:match.end()], "") in cues.UNACCOMPLISHED:
        return []
    programme = _programme_of_sentence_before(context)
    findings, seen = [], set()
    for mention in context.view.slots_in(match.group("list")) if programme else ():
        if mention.kind not in ("state", "org") or not mention.key or mention.form == "capital":
            continue
        actor, agency = _actor_and_agency(context, mention)
        if actor not in seen:
            seen.add(actor)
            findings.append(_finding(context, Fact("funds", actor, programme, "", "", role="Lead", through=agency),
                                     "programme.lead-implements-the"))
    return findings


# "The X Centre is the flagship project. It was launched in 2023 by A and B, with funding from C; D joined as a funder
# in 2024. Its courses serve officials from E and F.": a sentence opening with "It"/"Its" after one whose subject is a
# programme speaks of that programme.
ANAPHOR = r"(?:It|The\s+(?:project|programme|program|centre|center|initiative|academy|scheme))"
PRONOUN_OPENING = re.compile(rf"\s*(?:{ANAPHOR}|Its|The\s+(?:project|programme|program|centre|center|initiative|academy|"
                             rf"scheme)['’]s)\s")
PRONOUN_LAUNCHED = re.compile(rf"^\s*{ANAPHOR}\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>launched|set\s+up|established|"
                              rf"created|founded|initiated)\s+(?:in\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\s+)?by\s+"
                              rf"(?=(?:the\s+)?\ue000)")
JOINED_AS_FUNDER = re.compile(rf"(?P<list>{SLOT_LIST})\s+(?:has\s+|have\s+)?"
                              rf"(?:also\s+|later\s+)?(?:joined|came\s+in|signed\s+on)\s+as\s+(?:an?\s+|a\s+further\s+)?"
                              rf"(?:co-?)?(?:funder|donor|financier|sponsor)s?\b")
PRONOUN_SERVES = re.compile(r"^\s*(?:(?:Its|The\s+(?:project|programme|program|centre|center|initiative|academy|scheme)['’]s)\s+(?:[a-z]+\s+){0,2}?(?:courses|training|trainings|activities|workshops|programmes|"
                            r"programs|scholarships|fellowships)|"
                            # ("The project trains police officers from A and B": the programme itself)
                            r"The\s+(?:project|programme|program|centre|center|initiative|academy|scheme))\s+(?:have\s+|has\s+)?(?:\w+ly\s+|also\s+)?(?:serve[sd]?|target(?:s|ed)?|reach(?:es|ed)?|"
                            r"train(?:s|ed)?|(?:are|were|is)\s+open\s+to)\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:officials|staff|experts|officers|diplomats|"
                            r"students|engineers|judges|prosecutors|investigators|analysts)\s+from\s+)?(?:the\s+)?(?=\ue000)")


def _previous_programme(context: SentenceContext) -> str:
    """The programme the sentences before are about: the name opening, as its subject, the last sentence that does
    not itself open with "It"/"Its" ("The X Centre is the flagship project."), else ''."""
    for last in reversed(context.sentences_before()[-3:]):
        if not PRONOUN_OPENING.match(last):
            break
    else:
        return ""
    hits = sorted(context.gazetteer.find(last), key=lambda h: (h.start, -h.end))
    if not last or not hits or not re.fullmatch(r"\s*(?:[Tt]he\s+)?", last[:hits[0].start]):
        return _sole_programme(context, hits)
    entity = context.gazetteer.entities.get(hits[0].key)
    predicate = re.match(r"(?:\s*\([^()]*\))?(?:\s+in\s+[A-Z][\w-]*)?\s+(?P<verb>is|was|has|had|remains|became)\b"
                         r"(?P<noun>\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:project|programme|program|initiative|"
                         r"scheme)\b)?", last[hits[0].end:])
    if entity is None or predicate is None or entity.cls == CDO.Exercise or NOT_A_PROGRAMME.search(entity.label):
        return _sole_programme(context, hits)  # the name must be the subject of its sentence, not a name inside a clause
    if entity.kind != "initiative" and not predicate.group("noun"):
        return ""  # "The X Centre is the flagship project": a centre the text calls a project is one
    return hits[0].key


# "In 2031 Malta launched the X Project. The project trains …": a noun (not "It", which may be the state) that names the
# one programme the sentence before named, wherever that name stood in it
NOUN_ANAPHOR = re.compile(r"\s*The\s+(?P<head>project|programme|program|initiative|scheme)(?:['’]s)?\s")


def _sole_programme(context: SentenceContext, hits: list) -> str:
    """The one programme the sentence before names, when this sentence opens with "The project/programme", else ''."""
    anaphor = NOUN_ANAPHOR.match(context.masked)
    if anaphor is None:
        return ""
    keys = {hit.key for hit in hits if (entity := context.gazetteer.entities.get(hit.key)) is not None
            and entity.kind == "initiative" and entity.cls != CDO.Exercise and not NOT_A_PROGRAMME.search(entity.label)}
    return keys.pop() if len(keys) == 1 else ""


def _pronoun_programme(context: SentenceContext) -> list[Finding]:
    """Roles in the programme the sentence before opened with, told in a sentence that opens with "It"/"Its"."""
    if not PRONOUN_OPENING.match(context.masked) or any(m.kind == "initiative" for m in context.view.mentions):
        return []
    programme = _previous_programme(context)
    if not programme or cues.clause_status(context.masked, "") in cues.UNACCOMPLISHED or context.hedged:
        return []
    masked = context.masked
    found: list[tuple[Mention, str, str, str]] = []  # (actor, role, year, status)
    launched = PRONOUN_LAUNCHED.match(masked)
    if launched:
        year = launched.group("year") or cues.clause_year(masked[:launched.end()])
        stop = masked.find(";")
        found += [(m, "Lead", year, "Launched") for m in _listed(context, launched.end(), stop if stop >= 0 else len(masked))]
    for match in BY_AGENT.finditer(masked) if not launched else ():
        role = "Funder" if FUNDING_PARTICIPLE.fullmatch(match.group("verb")) else "Lead"
        found += [(m, role, "", "") for m in _listed(context, match.end(), len(masked))]
    for match in FUNDED_FROM.finditer(masked):
        start, end = masked.rfind(";", 0, match.start()) + 1, masked.find(";", match.start()) % (len(masked) + 1)
        year = cues.clause_year(masked[start:end])  # "It was launched in 2023 by A, with funding from B": 2023
        found += [(m, "Funder", year, "") for m in _listed(context, match.end(), len(masked))]
    for match in JOINED_AS_FUNDER.finditer(masked):
        start, end = context.clause_of(match.start())
        found += [(m, "Funder", cues.clause_year(masked[match.end():end]) or "", "")
                  for m in context.view.slots_in(match.group("list"))]
    served = PRONOUN_SERVES.match(masked)
    if served:
        found += [(m, "Beneficiary", "", "") for m in _listed(context, served.end(), len(masked))]
        tail = re.search(r"\bas\s+well\s+as\s+(?:from\s+)?(?:the\s+)?(?=\ue000)", masked[served.end():])
        found += [(m, "Beneficiary", "", "") for m in _listed(context, served.end() + tail.end(), len(masked))] if tail else []
    findings, seen = [], set()
    for mention, role, year, status in found:
        if mention.kind not in ("state", "org") or not mention.key:
            continue
        actor, agency = _actor_and_agency(context, mention)
        if (actor, role) in seen:
            continue
        seen.add((actor, role))
        fact = Fact("funds", actor, programme, year or "", status, role=role, through=agency)
        findings.append(_finding(context, fact, f"programme.{role.lower()}-pronoun"))
    return findings


# "take part in A and in the B programme, both of which are funded by the EU": the predicate after "both of which"
# (or "all of which") is each listed programme's.
EACH_OF_WHICH = re.compile(r",\s+(?:both|all|each)\s+of\s+(?:which|them)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                           r"(?:\w+ly\s+)?(?P<verb>funded|financed|backed|sponsored|run|implemented|managed|led)\s+"
                           r"(?:\w+ly\s+|jointly\s+)?by\s+(?:the\s+)?(?=\ue000)")


def _each_of_which(context: SentenceContext) -> list[Finding]:
    """Roles told once for the programmes listed before ", both of which are funded by X"."""
    findings: list[Finding] = []
    for match in EACH_OF_WHICH.finditer(context.masked) if " of which " in context.masked else ():
        start, end = context.clause_of(match.start())
        listed = [m for m in context.mentions_between(start, match.start(), ("initiative",)) if _is_programme(context, m)]
        if len(listed) < 2:
            continue
        role = "Funder" if FUNDING_PARTICIPLE.fullmatch(match.group("verb")) else "Lead"
        for agent in _listed(context, match.end(), context.clause_of(match.end())[1]):
            actor, agency = _actor_and_agency(context, agent)
            for programme in listed:
                fact = Fact("funds", actor, programme.key, role=role, through=agency)
                findings.append(_finding(context, fact, f"programme.{role.lower()}-each"))
    return findings


# "BSSN staff received training at both centres": the two programmes of that kind the paragraph last named.
BOTH = re.compile(r"\b(?:both|the two|these two|those two)\s+(?P<head>centres|centers|programmes|programs|projects|"
                  r"initiatives|schemes|academies|courses|fellowships)\b")
HEAD_WORDS = {"centres": r"Cent(?:re|er)", "centers": r"Cent(?:re|er)", "programmes": r"Program", "programs": r"Program",
              "projects": r"Project", "initiatives": r"Initiative", "schemes": r"Scheme", "academies": r"Academy",
              "courses": r"Course", "fellowships": r"Fellowship"}


def _both_programmes(context: SentenceContext) -> list[Finding]:
    """The clause subject's role in "both centres": the last two programmes with that head named before in the
    paragraph (none when fewer than two are)."""
    findings: list[Finding] = []
    for match in BOTH.finditer(context.masked) if "both" in context.masked or "two" in context.masked else ():
        named: list[str] = []
        for hit in reversed(context.preceding_names()):
            entity = context.gazetteer.entities.get(hit.key)
            if entity is None or entity.kind != "initiative" or entity.cls == CDO.Exercise or \
                    NOT_A_PROGRAMME.search(entity.label) or not re.search(HEAD_WORDS[match.group("head")], entity.label):
                continue
            if hit.key not in named:
                named.append(hit.key)
            if len(named) == 2:
                break
        start, end = context.clause_of(match.start())
        before = context.masked[max(start, context.intro_end):match.start()]
        role = _subject_role(context, before)
        if len(named) < 2 or not role or cues.clause_status(before, "") in cues.UNACCOMPLISHED:
            continue
        subject, through, indirect = context.subject_in(start, end)
        if not subject:
            continue
        for key in named:
            fact = Fact("funds", subject, key, role=role, through=through)
            findings.append(_finding(context, fact, f"programme.{role.lower()}-both", indirect))
    return findings


# "the AFD and the Islamic Development Bank co-finance it": the subjects fund the programme named before;
# "Ghana is the sole beneficiary", "which benefits Ghana and Togo": whom the programme named before serves.
FUNDS_IT = re.compile(r"\b(?:co-?financ\w*|co-?fund\w*|financ(?:e|es|ed)|fund(?:s|ed)?|back(?:s|ed)|sponsor(?:s|ed))\s+"
                      r"(?:it|them)\b")
# a later clause whose subjects take part too, the programme left unsaid: "…; Jordan and Tunisia took part as well",
# ", and Malta and Cyprus also benefited"
TOOK_PART_TOO = re.compile(rf"(?:;\s+|,\s+(?:and|while)\s+)(?P<list>{SLOT_LIST})\s+(?:(?P<also>also)\s+)?(?:have\s+|has\s+)?"
                           rf"(?:t(?:ook|ake|akes|aken)\s+part|participat(?:ed|es?)|benefit(?:ed|ted|s)?)"
                           rf"(?:\s+(?P<too>as\s+well|too))?(?=\s*(?:[.;]|$))")
IS_BENEFICIARY = re.compile(rf"(?:{SLOT}(?:,\s+|\s+and\s+))*{SLOT}\s+(?:is|are|was|were|has been|have been)\s+(?:the|its|their)\s+"
                            r"(?:sole\s+|main\s+|only\s+|principal\s+|primary\s+|chief\s+|largest\s+|first\s+)?"
                            r"beneficiar(?:y|ies)\b")
BENEFITS_WHOM = re.compile(rf"(?:\s+(?:programme|program|project|initiative|scheme|action)s?)?\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:which|that)\s+)?(?:has\s+|have\s+)?(?:\w+ly\s+|now\s+|also\s+)?(?:benefits|"
                           rf"benefited|benefitted|serves|served|supports|supported|targets|targeted|covers|covered|"
                           rf"assists|assisted|helps|helped|trains|trained|(?:provides|provided|offers|offered|delivers|delivered|gives|gave)"
                           rf"\s+(?:[\w-]+\s+){{0,2}}?(?:training|support|assistance|courses|advice|mentoring|equipment)\s+to)\s+(?:the\s+)?"
                           rf"(?:(?:officials|staff|experts|officers|diplomats|students|engineers|judges|prosecutors)\s+(?:from|of)\s+"
                           rf"(?:the\s+)?)?(?=\ue000)")


# ", launched by the African Union in 2020," or "(2019-2023), a EUR 4 million action funded by the EU," between a
# programme and its verb.
# (or its worth: '"X" project, worth about EUR 3 million, has trained …', its quoted name's closing quote before)
PARTICIPLE_INTERLUDE = re.compile(r"[\"”]?(?:\s+(?:programme|program|project|initiative|scheme|action))?"
                                  r"(?:\s*\([^()]*\))?,\s+(?:(?:an?\s+[^,;\ue000]{0,40}?\s)?(?:launched|implemented|run|"
                                  r"funded|financed|managed|led|created|set up|established|backed)|which|that|worth|"
                                  r"valued\s+at|costing)\s+"
                                  r"[^,;]{0,80}?,(?=\s)")
# "the X project counts Malawi and Zambia among its partner countries"
COUNTS_AMONG = re.compile(rf"(?:\s*\([^()]*\))?\s+(?:now\s+|also\s+)?(?:counts|counted|includes|included|lists|listed)\s+"
                          rf"(?P<list>{SLOT_LIST})\s+(?:among\s+)?"
                          rf"(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:beneficiar(?:y|ies)|countries|recipients)\b")


def _programme_before(context: SentenceContext, position: int) -> tuple[int, Mention] | None:
    """The last named programme before ``position``."""
    found = [(i, m) for i, m in enumerate(context.view.mentions) if (m.kind == "initiative"
             and (m.key or m.extra.get("named")) and _is_programme(context, m) or _training_centre(context, m))
             and context.mention_at(i) < position]
    return found[-1] if found else None


def _training_centre(context: SentenceContext, mention: Mention) -> bool:
    """Whether a mention names a training centre the reference lacks as a body of its own ("the Western Balkans Cyber
    Capacity Centre"): what others set up, fund or attend, as they do a programme (not a state's agency)."""
    entity = context.gazetteer.entities.get(mention.key) if mention.kind == "org" and mention.key else None
    return entity is not None and not entity.reference and not entity.agency_of and \
        TRAINING_CENTRE.search(entity.label) is not None


def _is_programme(context: SentenceContext, mention: Mention) -> bool:
    entity = context.gazetteer.entities.get(mention.key) if mention.key else _coined_entity(mention)
    return entity is not None and entity.cls != CDO.Exercise and not NOT_A_PROGRAMME.search(entity.label)


def _coined_entity(mention: Mention) -> Entity | None:
    """The entity of a coined programme name the reference data lacks ("EU4Digital"), or None."""
    if mention.form != "lower" or not mention.extra.get("named"):
        return None
    label = mention.extra["label"]
    return Entity(key=f"initiative/{slugify(label)}", label=label, kind="initiative", cls=CDO.CapacityBuildingProgramme)


def _roles_by_reference(context: SentenceContext) -> list[Finding]:
    """Roles given to a programme named earlier in the sentence: "A and B co-finance it", "Ghana is the sole
    beneficiary", "…, which benefits Ghana and Togo"."""
    if not any(m.kind == "initiative" or _training_centre(context, m) for m in context.view.mentions):
        return []  # (exact: every reading below ends in _programme_before/_programme_after, which take only the
        # sentence's initiative mentions and training centres; the readings themselves change nothing)
    findings = []
    masked = context.masked
    found = []
    for match in FUNDS_IT.finditer(masked) if " it" in masked or " them" in masked else ():
        start, _ = context.clause_of(match.start())
        actors = [m for m, _ in context.list_items(max(start, context.intro_end), match.start())]
        found += [(match.start(), m, "Funder") for m in actors]
    for match in IT_ROLE.finditer(masked) if " it" in masked or " them" in masked else ():
        start, end = context.clause_of(match.start())
        verb = match.group("verb")
        role = "Beneficiary" if re.match(r"benefit|t(?:ake|akes|ook)|particip|draw|drew|receiv|attend|join|sen[dt]|seconded|"
                                         r"nominated", verb) \
            else "Funder" if GIVES_TO_IT.match(verb) else "Lead"
        if role == "Funder" and not re.search(r"\d", verb):
            continue  # "contributed experts to it": no sum, no funding
        if NOTHING_GIVEN.search(verb):
            continue  # "has received no money from it", "took no part in it": the clause denies the role
        programme = _programme_before(context, match.start())
        between = masked[context.mention_at(programme[0]):match.start()] if programme else ";"
        if ";" in between or any(m.kind not in ("state", "org", "region") for m in context.view.slots_in(between)[1:]):
            continue  # "it" is the programme only when nothing else that "it" could be stands between
        subjects = SUBJECTS_BEFORE.search(masked, max(start, context.intro_end), match.start())
        found += [(match.start(), m, role) for m in context.view.slots_in(subjects.group("list"))
                  if m.kind in ("state", "org")] if subjects else []
    for match in IS_BENEFICIARY.finditer(masked) if "beneficiar" in masked else ():
        programme = _programme_before(context, match.start())
        if programme is not None and re.search(r"\b(?:of|for)\s+which\s+$", masked[:match.start()]) and \
                ";" in masked[context.mention_at(programme[0]):match.start()]:
            continue  # "…; B, a scheme financed by Y, of which Malawi is the beneficiary": B's, not the A before the ";"
        found += [(match.start(), m, "Beneficiary") for m in context.view.slots_in(match.group())
                  if m.kind in ("state", "org")]
    for match in TOOK_PART_TOO.finditer(masked) if " part" in masked or "particip" in masked or "benefit" in masked else ():
        if (match.group("also") or match.group("too")) and _programme_before(context, match.start()) is not None:
            # "…; Jordan and Tunisia took part as well": more parties of the programme the sentence named before
            found += [(match.start(), m, "Beneficiary") for m in _listed(context, match.start("list"), match.end("list"))
                      if m.kind == "state"]
    for match in FUNDING_OF.finditer(masked) if prefiltered_search(r"fund|financ|money|grant", masked) else ():
        found.append((match.start(), context.view.slot(match.group("funder")), "Funder"))
    for match in FROM_WHICH.finditer(masked) if "which" in masked else ():  # ", from which Portugal benefits"
        found += [(match.start("verb"), m, "Beneficiary") for m in _listed(context, match.start("actors"),
                                                                          match.start("verb"))]
    for match in GAPPED_FUNDER.finditer(masked) if re.search(r"\d", masked) else ():  # "… and Finland EUR 1 million"
        found.append((match.start("second"), context.view.slot(match.group("second")), "Funder"))
    for match in RECEIVED_FOR.finditer(masked) if " from " in masked and re.search(r"\d", masked) else ():
        if cues.clause_status(masked[context.clause_of(match.start())[0]:match.start()], "") in cues.UNACCOMPLISHED:
            continue  # "is expected to have received …": the clause asserts nothing
        found.append((-match.start("programme"), context.view.slot(match.group("funder")), "Funder"))
        receiver = find_subject(context.view, max(context.clause_of(match.start())[0], context.intro_end), match.start())
        if receiver is not None and receiver.key and _people_from(context, context.intro_end) is None and \
                not re.search(r"\b(?:its|their)\s+$", masked[:match.start("programme")]):  # "for its X": its own
            found.append((-match.start("programme"), receiver, "Beneficiary"))  # whoever received it benefits
    for match in TO_WHICH.finditer(masked) if "which" in masked else ():
        found += [(match.start("verb"), m, "Funder") for m in _listed(context, match.start("actors"), match.start("verb"))]
    found += _relative_roles(context) + _funded_from(context) + _owner_funding(context) + _modified_role(context) + \
        _project_of(context)
    helped = prefiltered_search(r"benefit|serve|support|target|cover|assist|help|count|includ|list|train", masked) is not None
    for index, mention in enumerate(context.view.mentions) if helped else ():
        end = context.mention_at(index) + len(str(index)) + 2
        interlude = PARTICIPLE_INTERLUDE.match(masked, end)  # "X, launched by the AU in 2020, covers Malawi"
        after = BENEFITS_WHOM.match(masked, end) or (BENEFITS_WHOM.match(masked, interlude.end()) if interlude else None)
        # (", which covers A, B and C": the relative clause is the list's, not an interlude before the verb)
        counted = COUNTS_AMONG.match(masked, end)
        if mention.kind != "initiative" or not _is_programme(context, mention):
            continue
        if after:
            found += [(after.end(), m, "Beneficiary") for m in _listed(context, after.end(), len(masked))]
        elif counted:
            found += [(counted.end(), m, "Beneficiary") for m in _listed(context, counted.start("list"),
                                                                          counted.end("list"))]
    for position, actor, role in found:
        programme = _programme_before(context, position) if position >= 0 else _programme_after(context, -position)
        if programme is None or actor.kind not in ("state", "org"):
            continue
        key, agency = _actor_and_agency(context, actor)
        year = _funding_year(context, position) if role == "Funder" else ""
        status = ""
        if role == "Lead" and position >= 0 and LAUNCH_VERB.match(masked, position) and \
                not _training_centre(context, programme[1]):  # (a centre "which A and B set up" is founded, no launch)
            # "X, which USAID launched in 2023": launched, in the relative clause's year
            status, year = "Launched", cues.clause_year(masked[position:context.clause_of(position)[1]]) or ""
        coined = None if programme[1].key else _coined_entity(programme[1])
        target = programme[1].key or coined.key
        fact = Fact("funds", key, target, year, status, role=role, through=agency)
        findings.append(_finding(context, fact, f"programme.{role.lower()}-by-reference"))
        findings[-1].entities += [coined] if coined else []
        findings += _programme_details(context, target, key, agency) if role == "Funder" else []
    return findings


LAUNCH_VERB = re.compile(r"(?:co-?)?(?:launch(?:ed|es)?|set\s+up|establish(?:ed|es)?|creat(?:ed|es)|found(?:ed|s)|initiat(?:ed|es))\b")
# "the X Programme, whose funding comes entirely from the EU", "…, whose budget of EUR 8 million is met by A and B"
WHOSE_FUNDING = re.compile(rf"(?:\s*\([^()]*\))?,\s+(?:an?\s+[^,;\ue000]{{0,40}}?\s)?whose\s+(?:[\w-]+\s+)?(?:funding|money|budget|financing|costs?|"
                           rf"grants?)\b[^,;\ue000]{{0,40}}?\s+(?:comes?|came|(?:is|are|was|were|has\s+been|have\s+been)\s+"
                           rf"(?:\w+ly\s+)?(?:provided|paid|met|covered|borne|financed|funded))\s+(?:\w+ly\s+)?(?:from|by)\s+"
                           rf"(?:the\s+)?(?P<list>{SLOT_LIST})")


# ", and Cabo Verde receives training under it", "while the Netherlands runs it", "Denmark contributed EUR 5 million to
# it": the clause's subjects take the role of a verb whose object is the programme named before.
GIVES_TO_IT = re.compile(r"(?:contribut|committ?|pledg|donat|gave|give|allocat|provid|grant|approv)")
IT_ROLE = re.compile(r"\b(?P<verb>(?:co-?)?(?:runs?|ran|leads?|led|manag(?:es|ed)|implement(?:s|ed)?|coordinat(?:es|ed))|"
                     r"benefit(?:s|ed|ted)?\s+from|t(?:ake|akes|ook)\s+part\s+in|participat(?:e|es|ed)\s+in|"
                     r"draws?\s+on|drew\s+on|receiv(?:e|es|ed)\s+(?:[\w-]+\s+){0,2}?(?:under|from|through)|"
                     r"(?:sen[dt]s?|sending|seconded|nominated)\s+(?:\w+\s+){0,2}?(?:officials|officers|staff|experts|diplomats|"
                     r"students|judges|prosecutors|investigators|participants|trainees)\s+to|"
                     r"(?:contribut(?:e|es|ed)|committ?(?:s|ed)|pledg(?:e|es|ed)|donat(?:e|es|ed)|gave|gives?|allocat(?:e|es|ed)|"
                     r"provid(?:e|es|ed)|grant(?:s|ed)|approv(?:e|es|ed))\s+[^;,\ue000]{0,50}?\s+(?:to|for))\s+(?:it|them)\b"
                     r"(?!\s*['’])")


# "received no money from it", "got nothing under it", "takes no part in it": a verb whose object is denied
NOTHING_GIVEN = re.compile(r"\b(?:no|nothing|none|never|not|neither|nor)\b")
# the subjects right before a verb: "Fiji and Tonga take part in it", "the Netherlands runs it"
SUBJECTS_BEFORE = re.compile(rf"(?<![\w'’])(?P<list>{SLOT_LIST})"
                             rf"(?:\s*\([^()]*\))?\s+(?:also\s+|now\s+|still\s+|each\s+|both\s+|all\s+|\w+ly\s+)?(?:has\s+|have\s+|had\s+)?$")


# "The X programme receives Norwegian funding": the state the adjective names funds the programme named before.
FUNDING_OF = re.compile(rf"\b(?:receiv(?:es|ed|ing)|gets|got|draws|drew|relies\s+on|relied\s+on)\s+(?:[\w-]+\s+)?"
                        rf"(?P<funder>{SLOT})\s+(?:funding|financing|money|grants?|financial\s+support)\b")
# "the X Programme, from which Portugal benefits", "in which Fiji and Tonga take part": its beneficiaries.
FROM_WHICH = re.compile(rf"(?:from|in|under)\s+which\s+(?P<actors>{SLOT_LIST})\s+"
                        rf"(?:has\s+|have\s+|had\s+)?(?:also\s+|\w+ly\s+)?(?P<verb>benefit\w*|t(?:ake|akes|ook|aken)\s+part|"
                        rf"participat\w+|(?:were|was|are|is|been)\s+trained|receiv\w+)")
# "the X Programme, to which France contributed EUR 2 million in 2020": the relative clause's subjects fund it.
TO_WHICH = re.compile(rf"(?:to|for|in)\s+which\s+(?P<actors>(?:the\s+)?{SLOT}(?:(?:,\s+|\s+and\s+)(?:the\s+)?{SLOT})*)\s+"
                      rf"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?P<verb>contribut\w+|committ\w+|pledg\w+|provid\w+|donat\w+|"
                      rf"allocat\w+|grant\w+|invest\w+|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:an?|the|one\s+of\s+the)\s+"
                      rf"(?:\w+\s+)?(?:contributors?|donors?|funders?|financiers?|sponsors?)\b)")


# its years or its size before the head word: "the 2020-2023 joint project", "a EUR 5 million joint project"
PROJECT_SIZE = (rf"(?:\d{{4}}(?:\s*[-–]\s*\d{{2,4}})?|{MONEY}[\d.,]*(?:\s+(?:million|billion|m|bn))?|[a-z]+-year)\s+")
# someone else named as the implementer of the project in the rest of the apposition
IMPLEMENTED_BY_OTHER = re.compile(r"[^;]{0,160}?\b(?:implemented|run|managed|executed|delivered)\s+by\b")
# the money the apposition gives the project: "…, a joint project of A and B with a budget of EUR 3.35 million"
APPOSITION_BUDGET = re.compile(rf"[^;]{{0,120}}?\b(?:with\s+a\s+(?:total\s+|joint\s+|shared\s+)?budget\s+of|worth)\s+{MONEY}")
# "CyberEast, a joint project of the EU and the Council of Europe", "P is an initiative of X": X leads P.
PROJECT_OF = re.compile(rf"(?:\s+(?:programme|program|project|initiative))?(?:\s*\([^()]*\))?(?:,\s+|\s+(?:is|was)\s+)(?:an?|the)\s+"
                        rf"(?P<size>(?:{PROJECT_SIZE})*)(?:joint\s+|common\s+|flagship\s+)?(?:project|programme|program|initiative|action|undertaking)\s+"
                        rf"(?:of|by)\s+(?=(?:the\s+)?\ue000)"
                        rf"|\s+(?:project|programme|program|initiative)\s+of\s+(?=(?:the\s+)?\ue000)"  # "the X project of the CoE"
                        rf"|(?:\s*\([^()]*\))?,\s+(?:an?|the)\s+(?:joint\s+)?(?=\ue000\d+\ue001(?:\s*/\s*\ue000\d+\ue001)?\s+(?:project|programme|program|"
                        rf"initiative|action)\b)")  # "GLACY-e, a Council of Europe project"


# "the Global Programme on Cybercrime of the UNODC": a name with a programme head word, then "of" and one body
HEADED_PROGRAMME = re.compile(r"\b(?:Programme|Program|Project|Initiative)(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?$")
NAMED_PROGRAMME_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<owner>\ue000\d+\ue001)(?:\s*\([^()]*\))?(?!\s*(?:,\s*)?(?:and|or|&)\s)(?!['’])")


# "The X Programme is Zambia's flagship programme": the possessor leads it.
IS_OWNED = re.compile(rf"(?:\s*\([^()]*\))?\s+(?:is|was|remains|has\s+become|became)\s+(?:now\s+|also\s+)?(?=(?:the\s+)?\ue000\d+\ue001['’]s?\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:programme|program|project|initiative|scheme|centre|center)\b)(?:the\s+)?")


def _project_of(context: SentenceContext) -> list[tuple[int, Mention, str]]:
    """(position, leader, "Lead") for "P, a joint project of X and Y"."""
    found: list[tuple[int, Mention, str]] = []
    for index, mention in enumerate(context.view.mentions) if " of " in context.masked or "'s" in context.masked or \
            "’s" in context.masked or re.search(r",\s+(?:an?|the)\s+(?:joint\s+)?\ue000", context.masked) else ():
        if mention.kind != "initiative" or not _is_programme(context, mention):
            continue
        match = PROJECT_OF.match(context.masked, context.mention_at(index) + len(str(index)) + 2) or \
            IS_OWNED.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
        label = getattr(context.gazetteer.entities.get(mention.key), "label", "") if mention.key else ""
        named_of = NAMED_PROGRAMME_OF.match(context.masked, context.mention_at(index) + len(str(index)) + 2) \
            if not match and HEADED_PROGRAMME.search(label) else None
        if named_of is not None:  # "the Octopus Project of the Council of Europe": the organisation it is of leads it
            owner = context.view.slot(named_of.group("owner"))
            found += [(named_of.end(), owner, "Lead")] if owner.kind == "org" and owner.key else []
            continue
        if match and match.re is IS_OWNED:
            owner = context.view.slot(re.match(r"\ue000\d+\ue001", context.masked[match.end():]).group())
            found += [(match.end(), owner, "Lead")] if owner.kind in ("state", "org") and owner.key else []
        elif match:
            leaders = _listed(context, match.end(), len(context.masked))
            launched = LAUNCHED_APPOSITION.match(context.masked, match.end())
            if launched is not None and len(leaders) == 1:  # "X, a Singaporean initiative launched in 2016 with S$10m"
                found.append((launched.start("verb"), leaders[0], "Lead"))
                if launched.group("money") and not MONEY_FROM.match(context.masked, launched.end()):
                    found.append((launched.start("verb"), leaders[0], "Funder"))  # the launcher's own money
                continue
            sized = match.re is PROJECT_OF and match.group("size") is not None
            implemented = sized and IMPLEMENTED_BY_OTHER.match(context.masked, match.end())
            found += [(match.end(), m, "Lead") for m in leaders] if not implemented else []
            if sized and (implemented or cues.amount(match.group("size")) is not None or
                          APPOSITION_BUDGET.match(context.masked, match.end())):
                # "X, a EUR 5 million joint project of the EU and the CoE": the project's money is its owners'; "X, the
                # 2020-2023 joint project of A and B, implemented by C": the owners pay, C runs it
                found += [(match.end(), m, "Funder") for m in leaders]
    return found


# the launch told inside the apposition that names the leader: "a Singaporean initiative launched in 2016 with S$10m"
LAUNCHED_APPOSITION = re.compile(rf"\ue000\d+\ue001\s+(?:project|programme|program|initiative|action)\s+(?:first\s+)?"
                                 rf"(?P<verb>launched|set\s+up|created|established|founded)\b"
                                 rf"(?:[^,;]*?\bwith\s+(?P<money>{MONEY}))?")


# "Senegal is a GLACY+ priority country", "Fiji and Tonga are Pacific4Cyber partner countries": the programme modifies
# the role noun, the clause's subjects benefit.
MODIFIED_ROLE = re.compile(rf"(?P<actors>{SLOT_LIST})\s+(?:is|are|was|were|"
                           rf"has been|have been|became|become)\s+(?:an?\s+|the\s+)?(?:\w+ly\s+)?(?P<programme>{SLOT})\s+"
                           rf"(?:priority|partner|pilot|target|focus|beneficiary)\s+(?:countr(?:y|ies)|states?)\b")


def _modified_role(context: SentenceContext) -> list[tuple[int, Mention, str]]:
    """(position of the programme's end, beneficiary, "Beneficiary") for "Senegal is a GLACY+ priority country"."""
    found: list[tuple[int, Mention, str]] = []
    for match in MODIFIED_ROLE.finditer(context.masked) if "countr" in context.masked or "state" in context.masked else ():
        found += [(match.end("programme"), m, "Beneficiary") for m in context.view.slots_in(match.group("actors"))
                  if m.kind in ("state", "org")]
    return found


# support given in money: "supports with funding", "helped with USD 2 million", "assists with grants"
SUPPORT_WITH_MONEY = re.compile(rf"\s+(?:it\s+|them\s+)?(?:\w+ly\s+)?with\s+(?:(?:an?|some|its|their)\s+)?(?:[\w-]+\s+)?"
                                rf"(?:funding|funds|money|grants?|financing|loans?|{MONEY})")
# the body an acronym's owner names: "which the CICTE secretariat manages"
BODY_NOUN = r"(?:secretariat|office|agency|bank|government|ministry|administration|team)"
# where a programme is: "the X Centre in Bangkok, which Japan funds": the relative clause is still the centre's
PLACE_AFTER = rf"(?:in|at|based\s+in|located\s+in)\s+(?:the\s+)?(?:{SLOT}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,\s+{SLOT})?"
# "the X Programme, which Japan co-funds", "X, which GIZ runs with …": the subjects of a relative clause whose object
# is the programme named right before take the role its verb gives (the verb never gives one role to all).
# a list whose items may be a state's bodies: "Spain's FIIAPP and Expertise France"
OWNED_SLOT_LIST = rf"(?:the\s+)?(?:{SLOT}['’]s\s+)?{SLOT}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:{SLOT}['’]s\s+)?{SLOT})*"
# an apposition that renames the programme just named, its relative clause then telling who runs or funds it: "X, the
# EU-funded programme against organised crime that Spain's FIIAPP implements", "X, a regional project which Y runs"
APPOSITION_HEAD = re.compile(rf"(?:\s*\([^()]*\))?,\s+(?:an?|the)\s+(?:[\w.$€£-]+\s+|\ue000\d+\ue001-[a-z]+\s+){{0,4}}?"
                             rf"(?:project|programme|program|initiative|network|scheme|action)"
                             rf"(?:\s+(?:on|against|for|in|of)\s+[a-zA-Z][\w\s-]{{0,50}}?)?(?=,?\s+(?:which|that)\s)")
RELATIVE_ROLE = re.compile(rf"[\"”’']?(?:\s+(?:programme|program|project|initiative|scheme|centre|center)s?)?\s*(?:\([^()]*\)\s*)?"
                           rf"(?:\s*{PLACE_AFTER})?,?\s*(?:which|that)\s+(?P<actors>{OWNED_SLOT_LIST})"
                           rf"(?:\s*\([^()]*\))?(?:\s+{BODY_NOUN})?\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+|jointly\s+)?"
                           rf"(?P<verb>(?:co-?)?[a-z]+(?:\s+up\b)?)\b(?!\s+(?:to|in|on)\b(?!\s+(?:{cues.MONTH}\s+)?{cues.YEAR}|\s+(?:the\s+)?\ue000))")
# ("which the X Centre implements in Malta and Cyprus": where it runs, not a verb taking "in"; "which Y takes part in" stays
# no role)
# "the X School (XS) in Dakar, a school France set up with Senegal in 2018": the apposition's subjects (and those it
# was done with) founded or pay for it
FOUNDED_BY_APPOSITION = re.compile(
    rf"[\"”’']?(?:\s+(?:programme|program|project|initiative|scheme|centre|center))?(?:\s*\([^()]*\))?(?:\s*{PLACE_AFTER})?"
    rf",\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:school|centre|center|academy|institute|college|"
    rf"programme|program|project|initiative|scheme|facility)\s+(?:that\s+|which\s+)?(?P<actors>{SLOT_LIST})\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:jointly\s+)?(?P<verb>set\s+up|established|created|founded|built|opened|runs|ran|manages|"
    rf"managed|co-?funds|co-?funded|funds|funded|co-?finances|co-?financed|finances|financed|pays\s+for|paid\s+for)\b"
    rf"(?:\s+(?:jointly\s+|together\s+)?with\s+(?P<with>{SLOT_LIST}))?")
# "…, which the CICTE secretariat manages and which Spain and the US finance": a second relative clause on the same
# programme, joined by "and which"
AND_WHICH = re.compile(rf"[^;,\ue000]*?\s+and\s+(?:which|that)\s+(?P<actors>{SLOT_LIST})(?:\s*\([^()]*\))?"
                       rf"(?:\s+{BODY_NOUN})?\s+(?:has\s+|have\s+)?(?:\w+ly\s+|also\s+|jointly\s+)?(?P<verb>(?:co-?)?[a-z]+)\b"
                       rf"(?!\s+(?:to|in|on)\b)")
# the relative clause's second verb with its own subjects and no "which" again, ending the clause: "X, which Montenegro
# hosts in Podgorica and France and Slovenia finance", "…, which Senegal hosts and France finances"
AND_SUBJECTS_TOO = re.compile(rf"(?:[^;,\ue000]|\ue000\d+\ue001){{0,40}}?\s+and\s+(?P<actors>{SLOT_LIST})(?:\s*\([^()]*\))?\s+(?:also\s+|jointly\s+)?"
                              rf"(?P<verb>(?:co-?)?[a-z]+)(?=\s*(?:[.;,]|$))")
# "with funding from X", "supported by a grant from X", "with a loan of USD 5 million from X": X funds the programme of
# the clause (the one named before, or in an opening phrase the one the main clause names after it).
FUNDED_FROM = re.compile(rf"(?:\b(?:[Ww]ith|receiv(?:es|ed|ing|e)|gets|got|obtain(?:s|ed)|secured|attract(?:s|ed)|[Tt]hrough|"
                         rf"[Tt]hanks to|by|on|[Uu]nder)\s+|,\s+(?=(?:an?|the)\s)|^\s*(?=[A-Z]))"
                         rf"(?:[Aa]n?\s+|[Tt]he\s+)?(?:{MONEY}[\d.,]*\s+(?:million|billion|m|bn)?\s*)?(?:[\w-]+\s+){{0,2}}?"
                         rf"(?i:funding|financing|financial\s+support|grants?|loans?|contributions?|money|donations?)\s+"
                         rf"(?:of\s+{MONEY}[^;\ue000]{{0,30}}?\s+)?(?:provided\s+)?from\s+(?=(?:the\s+)?\ue000)")


def _relative_roles(context: SentenceContext) -> list[tuple[int, Mention, str]]:
    """(position, actor, role) for the subjects of ", which X runs / co-funds" after a programme's name."""
    found: list[tuple[int, Mention, str]] = []
    masked = context.masked
    for index, mention in enumerate(context.view.mentions) if "which" in masked or "that" in masked or "whose" in masked \
            or ", a" in masked else ():
        if (mention.kind != "initiative" or not _is_programme(context, mention)) and not _training_centre(context, mention):
            continue
        founded = FOUNDED_BY_APPOSITION.match(masked, context.mention_at(index) + len(str(index)) + 2)
        if founded is not None:  # ", a school France set up with Senegal": the founders, from the list's start (no launch)
            role = "Funder" if re.match(r"(?:co-?)?(?:fund|financ|pa)", founded.group("verb")) else "Lead"
            founders = _listed(context, founded.start("actors"), founded.start("verb"))
            founders += _listed(context, founded.start("with"), founded.end("with")) if founded.group("with") else []
            found += [(founded.start("actors"), m, role) for m in founders]
        whose = WHOSE_FUNDING.match(masked, context.mention_at(index) + len(str(index)) + 2) if "whose" in masked else None
        if whose is not None:
            found += [(whose.start("list"), m, "Funder") for m in _listed(context, whose.start("list"), whose.end("list"))]
        match = RELATIVE_ROLE.match(masked, context.mention_at(index) + len(str(index)) + 2)
        owned = None
        if match is None and mention.key and \
                HEADED_PROGRAMME.search(getattr(context.gazetteer.entities.get(mention.key), "label", "")):
            owned = NAMED_PROGRAMME_OF.match(masked, context.mention_at(index) + len(str(index)) + 2)
            match = RELATIVE_ROLE.match(masked, owned.end()) if owned is not None else None
        if match is None and ", " in masked:
            head = APPOSITION_HEAD.match(masked, context.mention_at(index) + len(str(index)) + 2)
            match = RELATIVE_ROLE.match(masked, head.end()) if head is not None else None
        if match is None:
            continue
        verb = match.group("verb")
        role = "Funder" if FUNDER_VERB.fullmatch(verb) or re.fullmatch(r"(?:co-?)?(?:fund|financ|back|sponsor)\w*", verb) \
            else "Lead" if LEAD_VERB.fullmatch(verb) else ""
        if owned is not None and role != "Funder":
            continue  # "the X Programme of the UNODC, which Y runs": the body's or the programme's, unclear; money is the programme's
        if not role and re.fullmatch(r"support(?:s|ed)?|help(?:s|ed)?|assist(?:s|ed)?", verb) and \
                SUPPORT_WITH_MONEY.match(masked, match.end("verb")):
            role = "Funder"  # "which JICA supports with funding", "which Japan has helped with USD 2 million"
        if role:
            found += [(match.start("verb"), m, role) for m in _listed(context, match.start("actors"), match.start("verb"))]
        second = AND_WHICH.match(masked, match.end()) or AND_SUBJECTS_TOO.match(masked, match.end())
        if second is not None:
            verb = second.group("verb")
            role = "Funder" if FUNDER_VERB.fullmatch(verb) or re.fullmatch(r"(?:co-?)?(?:fund|financ|back|sponsor)\w*", verb) \
                else "Lead" if LEAD_VERB.fullmatch(verb) else ""
            found += [(second.start("verb"), m, role) for m in _listed(context, second.start("actors"),
                                                                      second.start("verb"))] if role else []
    return found


# between a programme and money told after it: a new conjunct, or a relative clause on something else, whose money it is
NEW_CONJUNCT = re.compile(r";|\b(?:while|whereas|but)\s|,\s+and\s")
RELATIVE_START = re.compile(r",\s+(?:which|that|who)\s")


def _other_antecedent(context: SentenceContext, position: int) -> bool:
    """Whether the money told at ``position`` is for something else than the last programme named before it: a new
    conjunct stands between them ("…, while the X Center is run by GIZ with funding from Y") or a relative clause
    whose antecedent is not that programme ("…, and a project on Z, which the OAS implemented with funding from Y")."""
    between = _since_programme(context, position)
    if between is None:
        return False
    if NEW_CONJUNCT.search(between):
        return True
    relatives = list(RELATIVE_START.finditer(between))
    return bool(relatives) and PROGRAMME_TAIL.fullmatch(between[:relatives[-1].start()]) is None


def _since_programme(context: SentenceContext, position: int) -> str | None:
    """The masked text from the last programme named before ``position`` up to it, or None when none was named."""
    programme = _programme_before(context, position)
    if programme is None:
        return None
    return context.masked[context.mention_at(programme[0]) + len(str(programme[0])) + 2:position]


PROGRAMME_TAIL = re.compile(r"(?:\s+(?:project|programme|program|initiative|scheme|centre|center|network))?(?:\s*\([^()]*\))?")


# a participle phrase right after the programme, with no comma inside: "X, run by the OAS secretariat " (then the money)
PARTICIPLE_BETWEEN = re.compile(r"(?:\s+(?:programme|program|project|initiative|scheme|centre|center))?(?:\s*\([^()]*\))?,\s+"
                                r"(?:\w+ly\s+)?(?:run|implemented|managed|led|launched|set\s+up|created|established|founded|"
                                r"opened|operated|coordinated|delivered|organi[sz]ed)\b[^,;]*")


def _in_participle_of_programme(context: SentenceContext, position: int) -> bool:
    """Whether ``position`` lies in a participle phrase on the programme named right before it."""
    between = _since_programme(context, position)
    return between is not None and PARTICIPLE_BETWEEN.fullmatch(between) is not None


def _funded_from(context: SentenceContext) -> list[tuple[int, Mention, str]]:
    """(position, funder, "Funder") for "with funding from X" (a negative position: the programme comes after)."""
    found: list[tuple[int, Mention, str]] = []
    masked = context.masked
    for match in FUNDED_FROM.finditer(masked) if " from " in masked else ():
        antecedent = re.search(rf"({SLOT})(?:\s*\([^()]*\))?,?\s+(?:which|that|who)\s+(?:also\s+|now\s+|\w+ly\s+)?$",
                               masked[:match.start()])
        if antecedent and context.view.slot(antecedent.group(1)).kind in ("state", "org"):
            continue  # "X is delivered by the GFCE, which receives money from the Netherlands": the GFCE's money
        start, end = context.clause_of(match.start())
        participle = match.start() > 0 and _in_participle_of_programme(context, match.start())
        if participle and "," in masked[match.end():end]:
            end = masked.index(",", match.end())  # "X, run by Y with funding from Z, helped draft …": the phrase ends there
        if cues.clause_status(masked[start:match.end()], masked[match.end():end]) in \
                cues.UNACCOMPLISHED | {"Withdrawn", "Rejected", "Terminated"}:
            continue  # "A proposed grant from Canada for X was withdrawn", "a loan from Y is under discussion"
        opening = match.start() < context.intro_end or match.start() == 0  # "A grant from X supports Y": Y after
        if opening and match.start() > 0 and _in_participle_of_programme(context, match.start()):
            opening = False  # "The X Program, run by the OAS with funding from Y, helped …": the participle's money is X's
        if not opening and _other_antecedent(context, match.start()):
            continue  # "…, and on the X Center, which GIZ runs with funding from Y": the money is for what the clause tells of
        position = -match.end() if opening else match.start()
        end = context.intro_end if opening and context.intro_end else len(masked)  # "With funding from X, Ghana …"
        found += [(position, m, "Funder") for m in _listed(context, match.end(), end)]
    return found


def _programme_after(context: SentenceContext, position: int) -> tuple[int, Mention] | None:
    """The first named programme after ``position`` (an opening phrase's end, "Germany's contribution to"), before
    any ";"."""
    stop = context.masked.find(";", position)
    end = stop if stop >= 0 else len(context.masked)
    found = [(i, m) for i, m in enumerate(context.view.mentions) if m.kind == "initiative" and m.key
             and position <= context.mention_at(i) < end and _is_programme(context, m)]
    return found[0] if found else None


# "Germany's contribution to the X Programme", "Japan's funding for X": the possessor of a funding noun funds X.
OWNER_FUNDING = re.compile(rf"(?P<owner>{SLOT})['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:contributions?|funding|financing|grants?|"
                           rf"donations?|financial\s+support|pledges?)\s+(?:of\s+{MONEY}[^;\ue000]{{0,30}}?\s+)?"
                           rf"(?:to|for|towards)\s+(?:the\s+)?(?=\ue000)")


def _owner_funding(context: SentenceContext) -> list[tuple[int, Mention, str]]:
    """(-position of the programme, funder, "Funder") for "X's contribution to the Y Programme"."""
    return [(-match.end(), context.view.slot(match.group("owner")), "Funder")
            for match in OWNER_FUNDING.finditer(context.masked)] if "'" in context.masked or "’" in context.masked else []


def _funding_year(context: SentenceContext, position: int) -> str:
    """The year a funding clause gives ("contributed EUR 2 million in 2020"), or ''."""
    start, end = context.clause_of(position)
    after = context.masked[position:end]
    ended = FUNDING_ENDED.search(after)
    if ended is not None:
        after = after[:ended.start()]  # "…, was halted in 2032 when aid was frozen": when it stopped, not when it was paid
    return cues.clause_year(after) or cues.clause_year(context.masked[start:position])


# how a programme's funding stopped, after it: the year that follows is its end
FUNDING_ENDED = re.compile(r"\b(?:halted|ended|closed|stopped|suspended|terminated|frozen|froze|cancell?ed|discontinued|"
                           r"wound\s+(?:up|down)|shut\s+down)\b")


# ", funded with EUR 3 million," right after a programme, no one named: the paragraph's actor pays
FUNDED_WITH = re.compile(rf"(?:\s+(?:programme|program|project|initiative|centre|center))?(?:\s*\([^()]*\))?,\s+(?:\w+ly\s+)?"
                         rf"(?:co-?)?(?:funded|financed|endowed|backed)\s+with\s+{MONEY}")


# "launched by the African Union in 2020": the leader's launch year
LAUNCHED_BY = re.compile(rf"^[^.;]{{0,60}}?\b(?:launched|established|created|set up|founded|initiated)\s+(?:\w+ly\s+)?by\s+"
                         rf"(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s+in\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})")
# ", launched with funding from X", "(...), set up under the AU": a launch participle on the programme, no year in it
LAUNCHED_PLAIN = re.compile(r"[^.;\ue000]{0,60}?,\s+(?:\w+ly\s+)?(?:launched|founded|set up|established|started)\s+"
                            r"(?:with|as|under|through|at|thanks\s+to)\b")
LAUNCHED_BEFORE = re.compile(r"\b(?:(?:co-?)?launch(?:ed|es)|open(?:ed|s)|inaugurat(?:ed|es)|beg(?:an|ins)|start(?:ed|s))\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}$")


def _lower_programme(context: SentenceContext, mention: Mention) -> Entity | None:
    """The entity of an unnamed programme ("a $5.2 million programme on cybersecurity for the energy sector")."""
    if mention.kind != "initiative" or mention.form != "lower":
        return None
    return Entity(key="", label=mention.extra["label"], kind="initiative", cls=CDO.CapacityBuildingProgramme)


def _also_funded(context: SentenceContext, index: int, roles: list[tuple[str, str, str, bool]]
                 ) -> list[tuple[str, str, str, bool]]:
    """A programme's leader that puts money into it ("launched in 2016 with S$10 million", "which it backs with
    SGD 30 million") or a bank that owns it also funds it."""
    offset = context.mention_at(index) + len(str(index)) + 2
    end = context.clause_of(context.mention_at(index))[1]  # ", and Denmark contributed EUR 5 million to it": Denmark's
    if re.match(r"\W*(?:which|that)\b", context.masked[end:]):  # ", which it backs with SGD 30 million": the same actor's
        end = context.clause_of(end + len(re.match(r"\W*", context.masked[end:]).group()))[1]
    funded = WITH_MONEY.search(context.masked[offset:min(offset + 120, end)])
    if funded and any(m.kind in ("state", "org") for m in context.view.slots_in(funded.group())):
        funded = None  # "X, for which the ADB provided USD 10 million": the money is the named actor's, not the leader's
    if funded and re.search(r"\b(?:co-?)?(?:financ|fund)(?:ed|s|es)\s+(?:the|a|an|its)\b|"
                            r"\b(?:funded|financed|backed|sponsored)\s+(?:\w+ly\s+)?by\b", funded.group()):
        funded = None  # "the X Fund financed the Y project, worth GBP 1.2 million": the money is Y's
    source = MONEY_FROM.match(context.masked, offset + funded.end()) if funded else None
    found = []
    if source is not None:  # "launched X with EUR 25 million from the EU's Recovery Facility": the fund's money
        funded = None
        giver = context.view.slot(source.group("giver"))
        owner = context.view.slot(source.group("owner")) if source.group("owner") else None
        if giver.kind == "initiative" and owner is not None and owner.kind in ("state", "org") and owner.key:
            found.append((_actor_and_agency(context, owner)[0], "Funder", giver.key, False))
        elif giver.kind in ("state", "org") and giver.key:
            found.append((*_actor_and_agency(context, giver), False))
            found[-1] = (found[-1][0], "Funder", found[-1][1], False)
    budget = BUDGET_FUNDED.search(context.masked[offset:min(offset + 160, len(context.masked))].split(";")[0])
    if budget and (not budget.group("coref") or context.view.slot(budget.group("coref")).form == "coref"):
        funded = True  # "launched X, paid for from the national budget", "from the state budget": the leader's money
    if not roles and context.topic and FUNDED_WITH.match(context.masked, offset):
        found.append((context.topic, "Funder", "", True))  # "the X Centre, funded with S$30 million": the actor's money
    for actor, role, agency, indirect in roles:
        entity = context.gazetteer.entities.get(actor)
        bank = entity is not None and " Bank" in entity.label and \
            not any(r[1] == "Funder" and r[0] != actor for r in roles) and \
            _money_after(context, context.view.mentions[index])  # a bank holding what others pay into; no money, no loan
        if role == "Lead" and (funded or bank) and not any(r[0] == actor and r[1] == "Funder" for r in roles):
            found.append((actor, "Funder", agency, indirect))
    return found


# "paid for from the national budget", "financed out of its own state budget": the state (its leading body) pays
BUDGET_FUNDED = re.compile(rf"^[^;]{{0,80}}?\b(?:paid\s+for|funded|financed|covered)\s+(?:\w+ly\s+)?(?:from|out\s+of|through|by)\s+"
                           rf"(?:the\s+|its\s+|their\s+)?(?:own\s+)?(?:national|state|federal|government|public|"
                           rf"(?P<coref>{SLOT}))\s+budgets?\b")
# the money's source right after the sum: "with EUR 25 million from the EU's Recovery and Resilience Facility"
MONEY_FROM = re.compile(rf"[^\s;,]*\s*[\d.,]*\s*(?:million|billion|m|bn)?\s+(?:(?:a|per)\s+year\s+)?(?:provided\s+|coming\s+)?from\s+(?:the\s+)?"
                        rf"(?:(?P<owner>{SLOT})['’]s\s+)?(?P<giver>{SLOT})")
WITH_MONEY = re.compile(r"^[^;]{0,80}?\b(?:with|backs? (?:it |them )?with|worth|financing of|provided|provides|committed|"
                        # (a participle telling the sum: "supported X since 2021, committing EUR 600,000 for 2023-2025")
                        r"committing|contributing|providing|pledging|"
                        rf"pledged|contributed|allocated|granted)\s+{MONEY}")


# "applied in 2023 to join", "asked to take part in", "sought to join", "wants to benefit from": a request or a wish to
# take a role in a programme, not the role (whatever words stand between the verb and its "to")
ATTEMPT_BEFORE = re.compile(r"\b(?:appl(?:y|ies|ied)|ask(?:s|ed)?|sought|seeks?|want(?:s|ed)?|wish(?:es|ed)?|hop(?:es|ed)|"
                            r"tri(?:es|ed)|request(?:s|ed)?|bid|lobb(?:y|ies|ied)|campaign(?:s|ed)?|press(?:es|ed)|"
                            r"push(?:es|ed)|strives?|strove|asp(?:ire|ires|ired))\b(?:\s+(?:in\s+\d{4}|\w+ly|again|"
                            r"several\s+times|in\s+vain|without\s+success),?)*\s+to\s+(?:\w+\s+)?(?:join|take\s+part|"
                            r"participate|benefit|become|be\s+(?:admitted|included|added|selected|accepted)|receive|get|"
                            r"obtain|access|enrol|attend)\b")


# a fund named after "through": the way the money goes, not what it pays for
CHANNEL_BEFORE = re.compile(r"\b(?:[Tt]hrough|[Vv]ia)\s+(?:the\s+|its\s+|their\s+)?$")
SOURCE_BEFORE = re.compile(rf"(?:million|billion|bn|\d)\s+(?:[a-z]+\s+){{0,3}}?from\s+(?:the\s+)?(?:{SLOT}['’]s\s+)?$")
CHANNEL_NAME = re.compile(r"\b(?:Fund|Facility|Mechanism|Trust|Window|Instrument)\b")


# A sum told between the funding verb and the programme, in commas: "finances, with EUR 5 million, a project".
SUM_BETWEEN = re.compile(r"\b(?:co-?)?(?:fund(?:s|ed)|financ(?:es|ed)|bankroll(?:s|ed))\s*,\s+with\s+(?:some\s+|about\s+|around\s+)?"
                         r"[^,;\ue000]{1,30},\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}$")


# A programme in a coordinated phrase with no verb of its own: "benefits from A, financed by Canada, and from B",
# "attended courses at A, which opened in 2018, and at B": B is the object of the first phrase's verb, with its
# preposition, and takes the role that verb gives the subject (not the role of a verb told of A in between).
COORDINATED_PP = re.compile(r"(?:,\s+|^\s*)(?:and|as\s+well\s+as)\s+(?P<prep>from|at|in|to|under|on)\s+(?:the\s+)?"
                            r"(?:\ue000\d+\ue001['’]s?\s+)?$")


def _shared_verb(context: SentenceContext, start: int, before: str) -> tuple[int, str]:
    """(clause start, text before the programme) cut at the verb and preposition a verbless coordinated phrase
    shares with the phrase before it (reaching back over a relative clause); unchanged when none is shared."""
    coordinated = COORDINATED_PP.search(before) if "and " in before or "as well as " in before else None
    if coordinated is None:
        return start, before
    begin = max(start, context.intro_end) if coordinated.start() == 0 else -1  # (where ``before`` begins)
    text, base = (before[:coordinated.start()], None) if begin < 0 else \
        (context.masked[context.intro_end:begin].rsplit(";", 1)[-1], begin)
    if base is not None:
        base -= len(text)
    governing = re.search(rf"\b[a-z]+\s+(?:[a-z]+\s+){{0,2}}?{coordinated.group('prep')}\s+(?:the\s+)?"
                          rf"(?:\ue000\d+\ue001['’]s?\s+)?(?=\ue000)", text)
    if governing is None:
        return start, before
    if base is None:
        return start, before[:governing.end()]
    start = context.clause_of(base + governing.start())[0]
    return start, context.masked[max(start, context.intro_end):base + governing.end()]


# an apposition that describes the programme just named by its funder or leader: "X, an EU-funded programme", "X, the
# 2020-2023 EU-financed capacity-building project", "X, a US-led initiative"
APPOSITIVE_AGENT = re.compile(rf"(?:\s*\([^()]*\))?,\s+(?:an?|the)\s+(?:[\w.$€£-]+\s+){{0,3}}?(?P<agent>{SLOT})-"
                              rf"(?P<suffix>funded|financed|backed|sponsored|led|run)\s+(?:[\w-]+\s+){{0,3}}?"
                              rf"(?:project|programme|program|initiative|network|scheme|action|facility|centre|center)\b")


# a list of further parties a clause's subject shares its role with, told after the programme, at the clause's end
# ("Iceland benefited from X, funded by the EU and run by Y, along with Malta and Cyprus"), or between the verb and the
# programme ("Ireland contributes, alongside Canada and Norway, to the X fellowship")
ALONG_AFTER = re.compile(rf",?\s+(?:along\s+with|alongside|together\s+with)\s+(?P<list>{SLOT_LIST})(?!\s*['’])"
                         rf"(?=,?\s*(?:(?:among|amongst)\s+others\s*)?(?:[.;]|$))")
ALONG_BEFORE = re.compile(rf",\s+(?:along\s+with|alongside|together\s+with)\s+(?P<list>{SLOT_LIST}),\s+"
                          rf"(?:to|in|from|on|under)\s+(?:the\s+)?$")


def _along_parties(context: SentenceContext, index: int, before: str, after: str, role: str) -> list[Mention]:
    """The parties listed with "along with", "alongside" or "together with" that share the subject's ``role`` in
    programme ``index``: every item a state for a beneficiary (the subject's peers), a state or an organisation for a
    funder or a leader; after the programme only when no state stands as an agent just before the list ("funded by
    Japan, alongside Korea" could tell of Japan's partner)."""
    base = context.mention_at(index) + len(str(index)) + 2
    offset = context.mention_at(index)
    found = ALONG_BEFORE.search(context.masked, max(0, offset - len(before)), offset) \
        if role in ("Funder", "Lead", "Beneficiary") else None
    begin = 0
    if found is None and role == "Beneficiary":
        found = ALONG_AFTER.search(after)
        begin = base
        if found is not None:
            agents = [m for m in context.mentions_between(base, base + found.start()) if m.kind in ("state", "org")]
            if agents and agents[-1].kind == "state":
                return []
    if found is None:
        return []
    listed = _listed(context, begin + found.start("list"), begin + found.end("list"))
    kinds = ("state",) if role == "Beneficiary" else ("state", "org")
    if not listed or any(m.kind not in kinds for m in listed):
        return []
    return listed


# a determined noun right before a participle, no comma between: the participle tells of that noun ("both reviews funded
# by", "the courses run by"), unless the noun is the programme's own head word ("the project funded by")
OTHER_NOUN_BEFORE = re.compile(r"\b(?:both|all|each|these|those|two|three|several)\s+(?!(?:projects?|programmes?|programs?|"
                               r"initiatives?|schemes?|centres?|centers?|networks?)\b)[a-z]+\s+$")


# the body of an organisation named as the agent: "run by the secretariat of the X", "managed by the staff of Y"
BODY_OF_AGENT = re.compile(r"\s+(?:the\s+)?(?:secretariat|staff|office|offices|secretary-general|headquarters)\s+of(?=\s)")


def _roles(context: SentenceContext, index: int) -> list[tuple[str, str, str, bool]]:
    """(actor, role, acting agency, indirect?) for programme mention ``index``."""
    offset = context.mention_at(index)
    if SOURCE_BEFORE.search(context.masked, max(0, offset - 80), offset) and \
            CHANNEL_NAME.search(getattr(context.gazetteer.entities.get(context.view.mentions[index].key), "label", "")):
        return []  # "with EUR 25 million from the EU's Recovery Fund": the fund is where the money comes from
    start, end = context.clause_of(offset)
    sum_between = SUM_BETWEEN.search(context.masked, max(0, start - 80), offset) if start > 0 else None
    if sum_between is not None and sum_between.start() < start:
        start = context.clause_of(sum_between.start())[0]  # "the EU finances, with EUR 5 million, a project": one clause
    after = context.masked[offset + len(str(index)) + 2:end]
    before = context.masked[max(start, context.intro_end if start <= context.intro_end else start):offset]
    found = []
    # participles after the programme may run past its clause ("…, run by X and funded by Y"), not past a ";"
    after = context.masked[offset + len(str(index)) + 2:].split(";")[0]
    base = offset + len(str(index)) + 2
    following = next((context.mention_at(i) - base for i, m in enumerate(context.view.mentions)
                      if context.mention_at(i) >= base and m.kind == "initiative" and
                      (_is_programme(context, m) or m.form == "lower")), None)
    # (an unnamed one too: "… a workforce initiative, while the ADB approved a grant for a digital government
    # programme, to be executed by DICT": DICT executes the second)
    if following is not None:  # "A, approved in 2022, and the EU-funded B, implemented by X": X runs B, not A
        after = after[:following]
    for match in BY_AGENT.finditer(after[:160]):
        if OTHER_NOUN_BEFORE.search(after, 0, match.start()):
            continue  # "X reviewed Y in 2016 and 2023, both reviews funded by Z": the participle tells of the reviews
        role = "Funder" if FUNDING_PARTICIPLE.fullmatch(match.group("verb")) else "Lead"
        region_end = next((m.start() for m in BY_AGENT.finditer(after, match.end())), len(after))
        base = offset + len(str(index)) + 2
        head = BODY_OF_AGENT.match(after, match.end())  # "run by the secretariat of the X (CICTE)": X's body, X acts
        begin = head.end() if head else match.end()
        for agent in _listed(context, base + begin, base + min(region_end, begin + 80)):
            found.append((*_owned_agent(context, agent), role))
    found += _opening_agents(context, offset)
    # (the name may stand in quotes: 'the EU-funded "X" project')
    hyphen = re.search(rf"{SLOT}(?P<suffix>-(?:funded|financed|backed|sponsored|led|run|organi[sz]ed))\s+(?:[\w-]+\s+){{0,3}}[\"“]?$",
                       context.masked[start:offset])  # (from the clause's start: "Through the EU-funded X, …" too)
    if hyphen:
        agent = context.view.mentions[int(hyphen.group(1))]
        found.append((*_actor_and_agency(context, agent), "Funder" if "fund" in hyphen.group("suffix")
                      or "financ" in hyphen.group("suffix") or "back" in hyphen.group("suffix")
                      or "spons" in hyphen.group("suffix") else "Lead"))
    described = APPOSITIVE_AGENT.match(context.masked, offset + len(str(index)) + 2) if not hyphen else None
    if described is not None and context.view.slot(described.group("agent")).kind in ("state", "org"):
        # "X, an EU-funded programme led by Y", "X, the US-run project": the apposition tells X's funder or leader
        found.append((*_actor_and_agency(context, context.view.slot(described.group("agent"))),
                      "Lead" if described.group("suffix") in ("led", "run") else "Funder"))
    results = [(actor, role, agency, False) for actor, agency, role in found]
    if context.through is not None and context.through is context.view.mentions[index] or \
            UNDER_PROGRAMME.match(context.masked[:offset + len(str(index)) + 2]) and offset < context.intro_end:
        subject, _, indirect = context.subject_key()  # "Through the X programme, Canada has committed …"
        subject, indirect = _subject_after_relative(context, index, subject, indirect)
        role = _subject_role(context, context.masked[context.intro_end:])
        if HELPED_UNDER.match(context.masked) and role != "Funder":
            role = "Beneficiary"  # "Under the X, Ghana trained 300 officers / launched its CERT": done with X's help
        people = _people_from(context, context.intro_end)
        if people is not None:  # "Under X, judges from A and B received training": A and B take part
            return results + ([(m.key, "Beneficiary", "", False) for m in people]
                              if role in ("Beneficiary", "") or BENEFIT_VERB.search(context.masked[context.intro_end:]) else [])
        if context.subject is None and _unread_subject(context, context.intro_end, len(context.masked), ()):
            return results  # "Under X, a new unit was set up": no actor is named
        return results + [(subject, role or "Lead", "", indirect)]
    coordinated = list(COORDINATED_SUBJECT.finditer(before)) if ", and " in before or "; " in before else []
    if coordinated and context.view.slot(coordinated[-1].group("actor")).kind in ("state", "org") and \
            not SLOT_RE.search(before, coordinated[-1].end()):
        # "Officials benefit from A, and KOICA financed a project …": the later clause, with its own subject, is the
        # one about the project
        start = offset - len(before) + coordinated[-1].start("actor")
        before = before[coordinated[-1].start("actor"):]
    verb_end = offset  # (where the verb of the programme's phrase ends)
    shared_start, shared = _shared_verb(context, start, before)
    if shared != before:  # "benefits from A, financed by B, and from X": "benefits from" is X's verb
        start, before, verb_end = shared_start, shared, max(shared_start, context.intro_end) + len(shared)
    subject_role = "Beneficiary" if HELPED_BY_PROGRAMME.search(before) or SERVED_BY_PROGRAMME.search(before) \
        else _subject_role(context, before)
    if not subject_role and DONE_UNDER.search(before) and _subject_role(context, before[:DONE_UNDER.search(before).start()]) \
            in ("Lead", "") and re.search(r"\b(?:[a-z]+ed|set up|built|made|wrote|drew up|began|sets? up|builds?)\b", before):
        subject_role = "Beneficiary"  # "Zambia set up its CERT under the X Project": the state acted with X's help
    if not subject_role and start <= context.intro_end and AS_RECIPIENT.match(context.masked) and \
            re.search(r"\b(?:has|have|had|[a-z]+s|[a-z]+ed|sent|went)\b", before):
        subject_role = "Beneficiary"  # "As a recipient, Malaysia has sent its staff to X": what it does there it receives
    participant = PARTICIPATION_OF.search(before)
    if participant and context.view.slot(participant.group("owner")).kind in ("state", "org"):
        actor, agency = _actor_and_agency(context, context.view.slot(participant.group("owner")))
        results.append((actor, "Beneficiary", agency, False))  # "the EU funds Uruguay's participation in X"
    if subject_role == "Funder" and _weak_funding(before, context.masked[start:end]):
        subject_role = ""  # "is committed to X", "approved X", "contributed experts to X": no money, no funding
    if subject_role == "Funder" and MONEY_GOES.search(context.masked, start, offset):
        subject_role = ""  # "Croatian funds go to Bosnia through X": money through a channel, the recipient benefits
    if subject_role in ("Funder", "Lead") and CHANNEL_BEFORE.search(before) and \
            CHANNEL_NAME.search(getattr(context.gazetteer.entities.get(context.view.mentions[index].key), "label", "")):
        subject_role = ""  # "Japan funds the X Centre through the Y Fund": the fund is the channel, the centre is funded
    if CEREMONY_OF.search(before):
        subject_role = ""  # "attended the opening of X", "spoke at the launch of Y's X": an event of X, no role in X
    if subject_role in ("Funder", "Lead") and NOUN_GOVERNS.search(before):
        subject_role = ""  # "hosted a workshop of X": the verb's object is the workshop, not the programme
    recipient = GIVES_RECIPIENT.search(before)
    if recipient and cues.amount(before[recipient.start("recipient"):]) is None:
        recipient = None  # "provided Bhutan with 50 laptops for X": no sum, no funding
    if recipient and context.view.slot(recipient.group("recipient")).kind in ("state", "org"):
        subject_role = "Funder"  # "Japan granted Bhutan USD 1.5 million for X": Japan funds, Bhutan benefits
        receiver, _ = _actor_and_agency(context, context.view.slot(recipient.group("recipient")))
        results.append((receiver, "Beneficiary", "", False))
    if not subject_role and re.search(r"\b(?:support|back|help)(?:s|ed|ing)?\s+(?:the\s+)?$", before) and \
            WITH_MONEY.search(after):
        subject_role = "Funder"  # "Norway supported the Octopus Project with EUR 500,000"
    if subject_role:
        subject, through, indirect = context.subject_in(start, end)
        opening = _clause_opener(context, verb_end)
        if opening is not None and _actor_and_agency(context, opening) not in ((subject, through), (subject, "")):
            # "…, and the ICT Authority, formed in 2013 through …, runs X": the last body opening a clause before X
            (subject, through), indirect = _actor_and_agency(context, opening), False
        described = DESCRIBED_SUBJECT.match(context.masked, max(start, context.intro_end))
        if described and context.view.slot(described.group("body")).kind == "org":  # "its cooperation agency (X) has"
            (subject, through), indirect = _actor_and_agency(context, context.view.slot(described.group("body"))), False
        colon = context.masked.rfind(": ", start, offset)
        after_colon = find_subject(context.view, colon + 2, offset) if colon >= 0 else None
        if after_colon is not None and after_colon.key and after_colon.kind in ("state", "org"):
            (subject, through), indirect = _actor_and_agency(context, after_colon), False  # "…: RIA has managed X"
        owner = OWNED_FUND.match(context.masked, max(start, context.intro_end))
        if owner and context.view.slot(owner.group("owner")).kind in ("state", "org") and \
                context.view.slot(owner.group("fund")).kind == "initiative":  # "The UK's Security Fund financed X"
            (subject, through), indirect = _actor_and_agency(context, context.view.slot(owner.group("owner"))), False
            through = through or context.view.slot(owner.group("fund")).key  # the fund is the vehicle it acts through
        channel = THROUGH_AGENCY.search(before) or THROUGH_AGENCY_OPENING.search(context.masked, 0, offset)
        if channel and subject_role in ("Funder", "Lead") and context.view.slot(channel.group("agency")).kind == "org":
            actor, agency = _actor_and_agency(context, context.view.slot(channel.group("agency")))
            if agency and actor == subject:  # "finances A and, through Norad, B": Norway acts through Norad for B
                through, indirect = agency, False
        if MONEY_SUBJECT.match(context.masked, max(start, context.intro_end)) and \
                find_subject(context.view, max(start, context.intro_end), offset) is None:
            subject = ""  # "The contribution from Sweden pays for X": money is the subject, not the paragraph's state
        people = _people_from(context, max(start, context.intro_end))
        if people is not None:  # "Officials from A and B took part in X": A and B, not the paragraph's actor
            subject = ""
            results += [(m.key, "Beneficiary", "", False) for m in people if subject_role == "Beneficiary"]
        core = _past_fronted(context.masked, max(start, context.intro_end))
        opener = OPENING_ACTOR.match(context.masked, core) or OPENING_POSSESSOR.match(context.masked, core)
        if opener and find_subject(context.view, max(start, context.intro_end), offset) is None and \
                context.view.slot(opener.group("actor")).kind in ("state", "org") and \
                context.view.slot(opener.group("actor")).key and not (opening or described or after_colon or owner):
            # "In 2021 Australia paid AUD 500,000 into X": the actor opening the clause is its subject, whatever its verb
            (subject, through), indirect = _actor_and_agency(context, context.view.slot(opener.group("actor"))), False
        after_relative = AFTER_RELATIVE.search(context.masked[:start]) if start > context.intro_end else None
        if after_relative and context.view.slot(after_relative.group("head")).kind not in ("state", "org"):
            subject = ""  # "the X Forum (XF), which Riyadh hosts, runs Y": the forum runs it, a body no rule reads
        if opener and context.view.slot(opener.group("actor")).kind not in ("state", "org"):
            opener = None  # "The X Forum (XF) runs Y": a body no rule reads as an actor opens the clause, not the state
        if subject and _unread_subject(context, start, offset, (opening, described, after_colon, owner, opener)):
            subject = ""  # "Judges from A and B received …", "The X Office of the UK ran …": a subject stands there
        if subject and not NON_STATE_SUBJECT.search(before[-70:]) and \
                cues.clause_status(before, "") not in cues.UNACCOMPLISHED and \
                not ATTEMPT_BEFORE.search(before):  # "plans to fund", "applied to join", "asked in 2022 to take part"
            results.append((subject, subject_role, through, indirect))
            other = _coordinated_role(before, subject_role)
            if other:  # "funds and runs X", "organised and paid for X": the subject takes both verbs' roles
                results.append((subject, other, through, indirect))
            partners = TOGETHER_WITH.match(context.masked) if subject_role in ("Lead", "Funder") else None
            co_partner = CO_VERB_WITH.match(context.masked, offset + len(str(index)) + 2) \
                if re.search(r"\bco-?\w+\s+(?:the\s+)?$", before) else \
                JOINTLY_AFTER.match(context.masked, offset + len(str(index)) + 2)  # "pays for X, jointly with A and B"
            for mention in _along_parties(context, index, before, after, subject_role):
                actor, agency = _actor_and_agency(context, mention)
                if actor != subject:  # "benefited from X …, along with Malta and Cyprus": each listed party's own role
                    results.append((actor, subject_role, agency, False))
            for found_with in (partners, co_partner):  # "Together with Spain, Portugal co-leads X", "co-funds X with Y"
                for mention in _listed(context, found_with.start("list"), found_with.end("list")) if found_with else ():
                    actor, agency = _actor_and_agency(context, mention)
                    if actor != subject and mention.kind in ("state", "org"):
                        results.append((actor, subject_role, agency, False))
            joint = JOINT_SUBJECTS.match(context.masked, _past_fronted(context.masked, max(start, context.intro_end)))
            for slot in SLOT_RE.finditer(joint.group() if joint else ""):  # "Norway and the Netherlands fund X"
                actor, agency = _actor_and_agency(context, context.view.mentions[int(slot.group(1))])
                if actor != subject and subject in (r[0] for r in results):
                    results.append((actor, subject_role, agency, False))
    possessor = POSSESSIVE_BEFORE.search(context.masked[max(0, offset - 80):offset]) or \
        POSSESSED_LIST.search(context.masked[max(0, offset - 160):offset])
    if possessor is not None and possessor.group(1) is None and results:
        possessor = None  # "its programme" once a verb has named the actor
    elif possessor is not None and possessor.group(1) is not None and any(
            r[0] == _actor_and_agency(context, context.view.mentions[int(possessor.group(1))])[0] for r in results):
        possessor = None  # "the UK's programme": the owner leads it, unless a verb already gave it a role
    if possessor and cues.clause_status(before, "") in cues.UNACCOMPLISHED:
        possessor = None  # "has not applied for support from the World Bank's X Fund": the clause asserts nothing
    if possessor and context.view.mentions[index].extra.get("owned") and results:
        possessor = None  # "finances the UNIDIR cyber programme": the owner is part of its name, its role is not told
    if possessor:
        owner = context.view.mentions[int(possessor.group(1))] if possessor.group(1) is not None else \
            _nearest_actor(context, offset - len(possessor.group()))
        if owner is not None and owner.key and owner.kind in ("state", "org"):
            actor, agency = _actor_and_agency(context, owner)
            role = _owner_role(context, actor, context.view.mentions[index], results, possessor.group(1) is not None,
                               before)
            results += [(actor, role, agency, owner.form == "coref")] if role else []
    if not results and LAUNCH_AFTER.search(after):  # "a mechanism launched in 2016": the paragraph's actor's
        results.append((context.topic, "Lead", "", True))
    results += [(actor, role, agency, False) for actor, agency, role in _relative_of_unnamed(context, index)
                if (actor, role) not in {(r[0], r[1]) for r in results}]
    results += [(actor, "Funder", agency, False) for actor, agency in _unnamed_money_from(context, index, after)
                if (actor, "Funder") not in {(r[0], r[1]) for r in results}]
    results += _served(context, index, results)
    return results + _helped_home(context, index, results)


# what would end the phrase of an unnamed programme before money told after it: a new clause or another subject's verb
NEW_PHRASE = re.compile(r";|\b(?:while|whereas|but|which|that|who)\s|,\s+and\s")


def _unnamed_money_from(context: SentenceContext, index: int, after: str) -> list[tuple[str, str]]:
    """(actor, agency) of the funders of an unnamed programme told after it, in its own phrase: "a capacity review of the
    country was carried out by X, with funding from Y", "a training centre was set up by the UNDP with funding from
    KOICA" (a named programme's money "from" is read with its other references)."""
    mention = context.view.mentions[index]
    if mention.form != "lower" or mention.extra.get("named"):
        return []
    base = context.mention_at(index) + len(str(index)) + 2
    match = FUNDED_FROM.search(after) if " from " in after else None
    if match is None or NEW_PHRASE.search(after, 0, match.start()) or \
            cues.clause_status(context.masked[context.clause_of(base)[0]:base + match.end()], "") in cues.UNACCOMPLISHED:
        return []
    end = next((m.start() for m in NEW_PHRASE.finditer(after, match.end())), len(after))
    return [_actor_and_agency(context, m) for m in _listed(context, base + match.end(), base + end)
            if m.kind in ("state", "org")]


def _relative_of_unnamed(context: SentenceContext, index: int) -> list[tuple[str, str, str]]:
    """(actor, agency, role) for the subjects of a relative clause after an unnamed programme: "funds a governance
    programme that DCAF implements in Malta and Cyprus", "financed the e-government project, which the ministry runs"
    (a named programme's relative clause is read with the programme's other references)."""
    mention = context.view.mentions[index]
    if mention.form != "lower" or mention.extra.get("named") or mention.extra.get("trainees"):
        return []
    match = RELATIVE_ROLE.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
    if match is None:
        return []
    verb = match.group("verb")
    role = "Funder" if FUNDER_VERB.fullmatch(verb) or re.fullmatch(r"(?:co-?)?(?:fund|financ|back|sponsor)\w*", verb) \
        else "Lead" if LEAD_VERB.fullmatch(verb) or re.fullmatch(r"execut(?:es|ed)|carrie[sd]", verb) else ""
    return [(*_actor_and_agency(context, m), role) for m in _listed(context, match.start("actors"), match.start("verb"))
            if m.kind in ("state", "org")] if role else []


# a state's development or cooperation agency, whose work is done for other states
DEVELOPMENT_AGENCY = re.compile(r"\b(?:International|Cooperation|Co-operation|Development|Zusammenarbeit|Expertise)\b|"
                                r"[Dd][ée]veloppement|[Cc]oop[ée]ration")


def _helped_home(context: SentenceContext, index: int, results: list[tuple[str, str, str, bool]]
                 ) -> list[tuple[str, str, str, bool]]:
    """The profile's state, whose own agency runs an unnamed programme another actor pays for, benefits from it: "the
    IDB approved a loan for a programme executed by the Ministry of Finance", "Taiwan financed the e-government project
    that the EGDU implements" (the payer's money, the agency's work, the state's gain); not when the sentence names
    whom else it serves ("Expertise France implements X for ECOWAS states")."""
    if context.view.mentions[index].form != "lower" or any(r[1] == "Beneficiary" for r in results):
        return []
    found = []
    for actor, role, agency, _ in results:
        if role != "Lead" or not agency or actor != (context.home or context.state):
            continue
        if DEVELOPMENT_AGENCY.search(getattr(context.gazetteer.entities.get(agency), "label", "")):
            continue  # "the World Bank funds a project that KOICA implements": a development agency works abroad
        if any(r[1] == "Funder" and r[0] != actor and not r[3] for r in results) and \
                not any(r[0] == actor and r[1] in ("Funder", "Beneficiary") for r in results + found):
            found.append((actor, "Beneficiary", "", False))
    return found


# two verbs joined before the programme, each with its role: "KOICA funds and runs X", "the agency organised and paid
# for a course …" (the last verb gives the subject's role; the first gives it the other one)
CO_VERBS = re.compile(r"\b(?P<first>[a-z]+(?:\s+for)?)\s+and\s+(?:also\s+)?(?P<second>[a-z]+(?:\s+for)?)\s+"
                      r"(?:(?:the|an?|its|their)\s+)?[\"“]?$")


def _coordinated_role(before: str, role: str) -> str:
    """The role of a first verb coordinated with the verb that gave ``role`` ("funds and runs"), '' when none."""
    joined = CO_VERBS.search(before) if role in ("Funder", "Lead") and " and " in before else None
    if joined is None:
        return ""
    roles = {"Funder" if FUNDER_VERB.fullmatch(verb) else "Lead" if LEAD_VERB.fullmatch(verb) else ""
             for verb in (joined.group("first"), joined.group("second"))}
    return next(iter(roles - {role, ""}), "") if role in roles else ""


# "the Council of Europe's A and B projects": the possessive is each listed programme's
POSSESSED_LIST = re.compile(rf"{SLOT}['’]s\s+(?:{SLOT}(?:\s*\([^()]*\))?(?:,\s+|,?\s+and\s+))+$")
# "benefits from the CoE's X project", "took part in the EU's A and B projects": the verb governs the possessed programme
# itself, which the possessive says is its owner's (not "attended workshops under the CoE's X": a frame of the workshops)
OWNED_OBJECT = re.compile(rf"\b(?:benefit(?:s|ed|ted|ing)?\s+from|dr(?:aws?|ew|awn)\s+on|t(?:ook|akes?|aking|aken)\s+part\s+in|"
                          rf"participat(?:es?|ed|ing)\s+in)\s+(?:the\s+)?{SLOT}['’]s\s+(?:{SLOT}(?:\s*\([^()]*\))?"
                          rf"(?:,\s+|,?\s+and\s+))*[\"“']?$")


# the end of a relative clause on the clause's subject: "the X Forum (XF), which Riyadh has hosted since 2020, " + verb
AFTER_RELATIVE = re.compile(rf"(?P<head>{SLOT})(?:\s*\([^()]*\))?,\s+(?:which|who)\s+[^,;\ue000]*(?:\ue000\d+\ue001[^,;\ue000]*)?,\s*$")


# A clause whose subject the finder missed but whose opening words are no pronoun and no verb has a subject of its own
# ("Judges from Jamaica and Belize received …", "A proposal for the agency to …"): the paragraph's actor is not it.
SUBJECTLESS_OPENING = re.compile(r"\s*(?:,\s*)?(?:(?:and|but|while|then|also|later|since|which|that|who)\s+)*"
                                 r"(?:(?:[Ii]t|[Tt]hey|[Ii]tself|[Tt]hemselves)\b|(?:\w+ly\s+)*[a-z]+\b(?<!\bthe)(?<!\ban)(?<!\ba)"
                                 r"(?!\s+(?:of|from|for|in|at|with)\s))")


# "The Public Prosecutor's Office takes part …": a body named in words no list knows is the paragraph's state's own.
OWN_BODY_OPENING = re.compile(r"\s*(?:[Tt]he\s+|[Ii]ts\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:Office|Ministry|Police|Agency|Authority|"
                              r"Directorate|Service|Department|Prosecutor['’]s Office|Court|Government|Forces|Command|Unit|"
                              r"Team|Centre|Center|Bureau|Commission|police|ministry|government|prosecutors|judges|"
                              r"officials|officers|diplomats|investigators)\b(?!\s+(?:of|from|for)\b)[^\ue000]{0,40}?\s(?:has|have|is|are|was|were|"
                              r"[a-z]+s|[a-z]+ed)\b")


# "judges from Jamaica and Belize", "officials of several ASEAN states": people of the states listed open the clause.
PEOPLE_FROM = re.compile(rf"\s*(?:[Tt]he\s+|[Ss]ome\s+|[Mm]any\s+|[Ss]everal\s+|\d+\s+|[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){{0,2}}?"
                         rf"(?:officials|officers|judges|prosecutors|diplomats|experts|staff|investigators|engineers|students|"
                         rf"analysts|police|teams|delegates|participants|trainees|magistrates|[Oo]fficials|[Jj]udges|"
                         rf"[Pp]rosecutors|[Dd]iplomats|[Ee]xperts|[Ii]nvestigators|[Ee]ngineers|[Ss]tudents|[Aa]nalysts|[Dd]elegates|"
                         rf"[Mm]agistrates)\s+(?:from|of)\s+(?:the\s+)?(?P<list>{SLOT_LIST})")


def _people_from(context: SentenceContext, begin: int) -> list[Mention] | None:
    """The states whose people open the clause at ``begin`` as its subject, or None."""
    found = PEOPLE_FROM.match(context.masked, begin)
    if found is None:
        return None
    people = []
    for mention in _listed(context, found.start("list"), found.end("list")):
        if mention.kind == "org" and mention.key and context.state_of(mention.key) not in ("", mention.key):
            # "officials from MOTC and mmCERT": people of a state's bodies are the state's people
            mention = Mention(0, 0, context.state_of(mention.key), "name", "state")
        if mention.kind == "state" and mention.key and mention.form != "capital" and \
                mention.key not in {m.key for m in people}:
            people.append(mention)
    return people or None


OPENING_ACTOR = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<actor>{SLOT})(?:\s*\([^()]*\))?(?:\s+of\s+(?:the\s+)?{SLOT})?\s+(?:\w+ly\s+|also\s+)?"
                           rf"(?!(?:of|and|or|for|in|on|at|to|from|with|by|as|whose|which|who)\b)[a-z]+\b")


# "Malawi's national CSIRT was set up with support from X": the state whose body opens the clause acts through it.
OPENING_POSSESSOR = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<actor>{SLOT})['’]s?\s+(?=\w)")


FRONTED = re.compile(r"\s*(?:(?:[Tt]ogether|[Jj]ointly|[Aa]long)\s+with|[Aa]mong|[Ll]ike|[Uu]nlike|[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Ww]ith|[Tt]hrough|[Uu]nder|"
                     r"[Aa]fter|[Bb]efore|[Aa]s|[Bb]etween|[Ii]n\s+\d{4}|[Ll]ast|[Ee]arlier|[Mm]eanwhile|[Ii]n\s+addition|"
                     r"[Ff]or\s+its\s+part|[Aa]lso|[Mm]oreover)\b[^,;]{0,80},\s*")


# "With the ITU it launched X", "Together with Japan they run Y": a fronted partner, no comma, then a pronoun subject
FRONTED_PARTNER = re.compile(rf"\s*(?:(?:[Tt]ogether|[Jj]ointly|[Aa]long)\s+with|[Ww]ith)\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?"
                             rf"(?:\s+(?:and|or)\s+(?:the\s+)?{SLOT})?\s+(?=it\s)")


def _past_fronted(masked: str, begin: int) -> int:
    """Where a clause's core starts, past a fronted phrase ending with a comma ("Together with Spain, ", "In 2021, ")."""
    found = FRONTED.match(masked, begin) or FRONTED_PARTNER.match(masked, begin)
    return found.end() if found else begin


def _unread_subject(context: SentenceContext, start: int, offset: int, overrides: tuple) -> bool:
    """Whether the subject found for the clause before ``offset`` is the paragraph's actor standing in for a subject
    the clause states in words no rule reads (then nobody is the actor)."""
    if any(o for o in overrides) or context._antecedent(start) is not None:
        return False
    begin = max(start, context.intro_end)
    if find_subject(context.view, begin, offset) is not None or (
            begin == context.intro_end and context.subject is not None and context.subject.key):
        return False
    begin = _past_fronted(context.masked, begin)
    return not SUBJECTLESS_OPENING.match(context.masked, begin) and not OWN_BODY_OPENING.match(context.masked, begin)


def _owner_role(context: SentenceContext, owner: str, mention: Mention, results: list[tuple[str, str, str, bool]],
                named: bool = False, before: str = "") -> str:
    """The role of a programme's possessive owner ("the EU's X project"): a bank's or a fund's owner pays for it;
    an owner whose programme someone else implements pays for it; else the owner leads it (the possessive says
    whose programme it is, whoever else funds or benefits from it)."""
    entity = context.gazetteer.entities.get(mention.key) if mention.key else None
    others = [r for r in results if r[0] != owner]
    if any(r[1] == "Funder" for r in others):
        return "Lead"  # "Norway contributed NOK 60 million to the World Bank's X Trust Fund": the Bank holds it, Norway pays
    if (" Bank" in getattr(context.gazetteer.entities.get(owner), "label", "") or
            (entity is not None and re.search(r"\bFund$", entity.label))) and _money_after(context, mention):
        return "Funder"  # "the World Bank's X Project, approved with USD 200 million in financing": the Bank lends
    if any(r[1] == "Lead" for r in others):
        return "Funder"  # "the EU's X project, implemented by Estonia"
    if named and (any(r[1] == "Beneficiary" for r in others) or BENEFIT_VERB.search(before)) and \
            not (OWNED_OBJECT.search(before) and _implementing_owner(context, owner, entity)):
        return ""  # "Zambia was a priority country of the CoE's X project": the clause tells who benefits, no more
    return "Lead"


def _implementing_owner(context: SentenceContext, owner: str, programme: Entity | None) -> bool:
    """Whether a programme's possessive owner is a body that runs its own programmes: an organisation, not a state or
    a state's agency (their programmes are their aid, paid for), not the EU (whose programmes others implement), and
    the programme no fund or facility (paid into, not run)."""
    entity = context.gazetteer.entities.get(owner)
    return entity is not None and entity.kind == "org" and not entity.agency_of and owner != "org/eu" and \
        not (programme is not None and CHANNEL_NAME.search(programme.label))


# money stated about the programme: a sum, or financing, a loan, a credit or a grant given for it
MONEY_NOUN = re.compile(r"\b(?:financing|loans?|credits?|grants?)\b")


def _money_after(context: SentenceContext, mention: Mention) -> bool:
    """Whether the sentence gives money for the programme after its name: a bank or a fund that owns a programme
    pays for it only then ("the World Bank's X initiative has published a report": the Bank runs it)."""
    index = context.view.mentions.index(mention)
    after = context.masked[context.mention_at(index) + len(str(index)) + 2:].split(";")[0]
    return cues.amount(after) is not None or MONEY_NOUN.search(after) is not None


def _subject_after_relative(context: SentenceContext, index: int, subject: str, indirect: bool) -> tuple[str, bool]:
    """The main clause's subject when the one found belongs to a relative clause on the programme ("Under the X
    Project, which the Council of Europe runs, Lesotho received …": Lesotho, not the Council of Europe)."""
    relative = RELATIVE_ROLE.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
    if relative is None or subject not in {_actor_and_agency(context, m)[0] for m in
                                           context.view.slots_in(relative.group("actors"))}:
        return subject, indirect
    after = find_subject(context.view, relative.end())
    if after is None or not after.key:
        return "", indirect
    return _actor_and_agency(context, after)[0], after.form == "coref"


OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:[A-Z]\w+ly|[Ll]argely|[Mm]ainly|[Jj]ointly)\s+)?(?:[Ff]unded|[Ff]inanced|[Bb]acked|"
                                r"[Ss]ponsored|[Rr]un|[Ii]mplemented|[Mm]anaged|[Ll]ed|[Oo]rgani[sz]ed|[Oo]perated|"
                                r"[Cc]oordinated)\s+(?:\w+ly\s+)?by\b")


def _opening_agents(context: SentenceContext, offset: int) -> list[tuple[str, str, str]]:
    """(actor, agency, role) from an opening participle when the programme opens the main clause ("Funded by the
    EU and run by the CoE, the X project trained …")."""
    comma = re.search(r",\s*(?:the\s+)?$", context.masked[:offset])
    if comma is None or not OPENING_PARTICIPLE.match(context.masked) or ";" in context.masked[:offset]:
        return []
    intro = context.masked[:comma.start()]
    intro = intro[0].lower() + intro[1:]
    found = []
    for match in BY_AGENT.finditer(intro):
        role = "Funder" if FUNDING_PARTICIPLE.fullmatch(match.group("verb")) else "Lead"
        following = next((m.start() for m in BY_AGENT.finditer(intro, match.end())), len(intro))
        found += [(*_actor_and_agency(context, agent), role) for agent in _listed(context, match.end(), following)]
    return found


# "for ECOWAS states", "for Nigerian cybercrime prosecutors", "in Ukraine and Moldova": whom a programme serves.
SERVES = re.compile(rf"(?:\s+(?:project|programme|program|initiative|scheme))?\s*(?:\([^()]*\)\s*)?(?:,\s+(?:an?|the)\s+"
                    rf"(?:(?:[^,;\ue000]|\ue000\d+\ue001-[a-z]+){{0,40}}?\s)?(?:project|programme|program|"
                    rf"initiative|action|scheme)\s+|,\s+(?:implemented|run|managed|led|delivered|funded)\s+by\s+(?:the\s+)?"
                    rf"{SLOT}(?:\s*\([^()]*\))?\s+)?(?:for\s+the\s+benefit\s+of|for|in|covering|serving|targeting)\s+"
                    rf"(?:the\s+)?(?:\w+\s+)?{SLOT}"
                    rf"(?!\s*'s)(?:\s+(?:[a-z-]+\s+){{0,2}}(?:states|countries|officials|prosecutors|judges|"
                    rf"police|agencies|staff|engineers|experts|students))?")


# a relative clause on the programme telling whose people it trains or hosts: "X, which trains officials from A and B",
# "…, which offers postgraduate places to public servants from A and B"
PEOPLE_SERVED = re.compile(rf"(?:\s+(?:project|programme|program|initiative|scheme|centre|center))?\s*(?:\([^()]*\)\s*)?,\s+(?:which|that)\s+"
                           rf"(?:has\s+|have\s+)?(?:since\s+\d{{4}}\s+)?(?:also\s+|\w+ly\s+)?(?:trains?|trained|offers?|offered|"
                           rf"brings?|brought|hosts?|hosted|welcomes?|welcomed|gives?|gave|provides?|provided|serves?|served)\b"
                           rf"[^;\ue000]{{0,80}}?\b(?:officials|officers|civil\s+servants|public\s+servants|judges|prosecutors|"
                           rf"diplomats|experts|staff|investigators|engineers|students|analysts|police|trainees|participants)\s+"
                           rf"(?:from|of)\s+(?:the\s+)?(?=\ue000)")
# a relative clause on the programme telling whom its implementer works for: "X, which the UNODC implements for A and
# B", "…, which the OSCE Secretariat implements for the benefit of A, B and C"
# ("the governance programme that DCAF implements in Malta, Cyprus and Slovenia": the states it is carried out in are
# whom it serves, told without a comma too; "in" names states only, not a city it is held in)
RELATIVE_FOR = re.compile(rf"(?:\s+(?:project|programme|program|initiative|scheme))?\s*(?:\([^()]*\)\s*)?(?:,\s+|\s+(?=that\s))(?:which|that)\s+"
                          rf"(?:(?:the\s+)?(?:[^,;\ue000]{{0,40}}?|{SLOT})(?:\s*\([^()]*\))?(?:\s+of\s+(?:the\s+)?{SLOT})?\s+)?"
                          rf"(?:also\s+|\w+ly\s+)?(?:implements?|implemented|runs|ran|delivers|delivered|organi[sz]es|organi[sz]ed|"
                          rf"conducts|conducted|offers|offered|provides|provided|carries\s+out|carried\s+out|executes|executed)\s+"
                          rf"(?:(?:[\w-]+\s+){{0,3}}?for\s+(?:the\s+benefit\s+of\s+)?|(?P<place>in\s+))(?:the\s+)?(?=\ue000)")
LENDER_LOAN = re.compile(r"[A-Z][A-Za-z]{1,6} (?:loan|credit)\b")
# Beneficiaries named after the programme, in words that point back to it: "…, whose beneficiaries include Tonga,
# Samoa and Vanuatu", "…; Mozambique and Angola are among the countries that benefit from it".
BENEFICIARIES_INCLUDE = re.compile(r",?\s+whose\s+(?:main\s+|first\s+)?beneficiar(?:y|ies)\s+(?:include[sd]?|are|were|is|was)\s+"
                                   r"(?:the\s+)?(?=\ue000)")
BENEFIT_FROM_IT = re.compile(rf"[;,]\s+(?:and\s+|while\s+)?(?P<list>{SLOT_LIST})\s+(?:(?:are|were|is|was)\s+(?:among\s+)?"
                             rf"(?:the\s+)?(?:countries|states)\s+(?:that|which)\s+|(?:also\s+)?)"
                             rf"benefit(?:s|ed|ted)?\s+from\s+it\b")


def _served(context: SentenceContext, index: int, results: list[tuple[str, str, str, bool]]
            ) -> list[tuple[str, str, str, bool]]:
    """The states or organisations a programme is for: beneficiaries (not its funder or leader)."""
    mention = context.view.mentions[index]
    offset = context.mention_at(index) + len(str(index)) + 2
    found = SERVES.match(context.masked, offset)
    if found and not results and not re.search(r"\bfor\s+(?:the\s+)?(?:\w+\s+)?\ue000\d+\ue001[^\ue000]*$", found.group()):
        found = None  # "refers to the X Project in Benin": where a programme only mentioned runs, not whom it serves
    served = [context.view.mentions[int(SLOT_RE.findall(found.group())[-1])]] if found else []
    last = SLOT_RE.findall(found.group())[-1] if found else ""
    if found and re.search(rf"\ue000{last}\ue001$", found.group()):  # "for Ghana and Togo": every state listed
        served += _listed(context, found.end() - len(f"\ue000{last}\ue001"), len(context.masked))[1:]
    if mention.form == "lower":  # "a programme for Nigerian cybercrime prosecutors": the words inside its label
        label = mention.extra.get("label", "")
        inside = re.search(r"\b(?:for|(?<=ships )to)\s+(?:the\s+)?(.*)$", label)  # "in Ukraine" says where, "for" whom
        if inside and mention.extra.get("trainees"):  # "training for civil servants in Moldova": whom, then where
            inside = re.match(r"\b(?:for)\s+(?:the\s+)?(.*?)(?=\s+in\s|$)", label[inside.start():])
        served += [Mention(0, 0, hit.key, hit.form, "state") for hit in context.gazetteer.find(inside.group(1))
                   if context.gazetteer.entities[hit.key].kind == "state"
                   and not re.search(r"[A-Z][\w-]*\s+$", inside.group(1)[:hit.start])
                   and not inside.group(1).startswith("-speaking", hit.end)] if inside else []  # (a language)
        served += [Mention(0, 0, hit.key, hit.form, "state") for hit in context.gazetteer.find(mention.extra.get("origins", ""))
                   if context.gazetteer.entities[hit.key].kind == "state" and hit.form == "name"]  # "… from Benin and Togo"
        if mention.extra.get("review") and (context.home or context.state) and \
                re.fullmatch(r"(?:the\s+)?country|", mention.extra.get("origins", "")) and \
                results and all(context.state_of(r[0]) != (context.home or context.state) for r in results):
            # "X carried out a capacity maturity review of the country", "Y funds a maturity review that X carried out"
            # in a state's profile, by others: the review is of the state the profile is about
            served.append(Mention(0, 0, context.home or context.state, "name", "state"))
        # ("Central American officials": a region's adjective, not the United States')
        for hit in context.gazetteer.find(label) if "'" in label or "’" in label else ():
            owner = context.state_of(hit.key)  # "a loan to support ANCI's set-up", "of Indonesia's public systems"
            if owner and re.match(r"['’]s\s", label[hit.end:hit.end + 3]):
                served.append(Mention(0, 0, owner, "name", "state"))
    trained = PEOPLE_SERVED.match(context.masked, offset) if not found and " from " in context.masked else None
    if trained is not None:  # "X, which trains officials from A and B": the states whose people it trains
        served += [m for m in _listed(context, trained.end(), len(context.masked)) if m.kind == "state"]
    served_by = RELATIVE_FOR.match(context.masked, offset) if not found and (" for " in context.masked or
                                                                          " in " in context.masked) else None
    if served_by is not None:  # "X, which the UNODC implements for A, B and C": whom the relative clause's work is for
        served += [m for m in _listed(context, served_by.end(), len(context.masked))
                   if not served_by.group("place") or m.kind == "state"]
    if results and ("beneficiar" in context.masked or "benefit" in context.masked):
        rest = context.masked[offset:]
        following = next((context.mention_at(i) - offset for i, m in enumerate(context.view.mentions)
                          if context.mention_at(i) >= offset and m.kind == "initiative" and _is_programme(context, m)), None)
        rest = rest[:following] if following is not None else rest
        include = BENEFICIARIES_INCLUDE.search(rest)
        if include is not None:
            served += _listed(context, offset + include.end(), len(context.masked))
        benefit = BENEFIT_FROM_IT.search(rest)
        if benefit is not None:
            served += [m for m in context.view.slots_in(benefit.group("list"))]
    # "the IDB approved a USD 40 million loan for digital transformation", "the World Bank's X Project, approved in
    # 2023 with USD 50 million in financing" in a state's profile, no borrower named: a bank's loan is lent to a
    # state, the one the profile is about (whichever state the paragraph tells of)
    served += [] if served else _borrower(context, mention, results)
    colon = context.masked.rfind(": ", 0, offset)
    if not served and context.state and colon >= 0 and RECIPIENT_COLON.search(context.masked, 0, colon + 2) and \
            not re.search(r";|,\s+(?:and|while|but|whereas)\s", context.masked[colon:offset]) and \
            any(role in ("Funder", "Lead") and actor != context.state for actor, role, _, _ in results) and \
            context.state not in {r[0] for r in results}:
        served.append(Mention(0, 0, context.state, "name", "state"))  # "… a recipient: the EU finances a project …"
    entity = context.gazetteer.entities.get(mention.key) if mention.key else None
    if not served and context.state and _names_the_state(context, entity.label if entity is not None else
                                                         mention.extra.get("label", "")) and \
            any(role in ("Funder", "Lead") and actor != context.state for actor, role, _, _ in results) and \
            context.state not in {r[0] for r in results}:
        # "the World Bank's Ethiopia Digital Foundations Project", "a programme in Jordan", "USAID's Cybersecurity for
        # Critical Infrastructure in Ukraine Activity" in that state's profile: someone else's programme whose name
        # holds the state serves it
        served.append(Mention(0, 0, context.state, "name", "state"))
    named = re.search(r"\b(?:[Ss]upport\s+to|[Ff]or|[Ii]n)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", entity.label) \
        if entity is not None and results and not entity.reference else None
    if named:  # "the 'Support to Georgia Incident Response' project" funded by the UK: the state its name serves
        served += [Mention(0, 0, hit.key, hit.form, "state") for hit in context.gazetteer.find(named.group(1))
                   if context.gazetteer.entities[hit.key].kind == "state" and hit.start == 0]
    taken = {r[0] for r in results}
    return [(m.key, "Beneficiary", "", False) for m in served if m.key and m.kind in ("state", "org")
            and m.key not in taken and m.form != "capital"]


# A development bank's lending: "approved a loan of USD 156 million in 2021 for the X programme", "the World Bank's X
# Project, approved in 2023 with USD 50 million in financing" (a bank's money approved, lent or credited).
# (or just the sum it approved: "approved in 2018 with USD 140 million", "approved the X project, a USD 35 million
# grant": a bank's approved money is lent or granted to the state whatever it is called)
LENDING = re.compile(rf"\bapproved\b[^;]{{0,80}}?(?:\b(?:loans?|credits?|financing|grants?)\b|{PURPOSE_SUM})"
                     r"|\b(?:loans?|credits?)\s+(?:of|for|to)\b")
BANK = re.compile(r"\bBank\b")


def _borrower(context: SentenceContext, mention: Mention, results: list[tuple[str, str, str, bool]]) -> list[Mention]:
    """The state a bank's loan or approved money goes to, no borrower named: the one the profile is about."""
    borrower = context.home or context.state
    if borrower and (mention.form == "lower" and LENDER_LOAN.match(mention.extra.get("label", ""))
                     or _lent(context, results)) and \
            any(role == "Funder" and getattr(context.gazetteer.entities.get(actor), "kind", "") == "org"
                and context.state_of(actor) != borrower for actor, role, _, _ in results) and \
            not any(actor == borrower for actor, _, _, _ in results):
        return [Mention(0, 0, borrower, "name", "state")]
    return []


def _lent(context: SentenceContext, results: list[tuple[str, str, str, bool]]) -> bool:
    """Whether the sentence tells a bank's lending for the programme: a bank (not the state's own) its funder, and
    its money approved as a loan, a credit or financing."""
    if not any(role == "Funder" and BANK.search(getattr(context.gazetteer.entities.get(actor), "label", "") or "")
               for actor, role, _, _ in results):
        return False
    return bool(LENDING.search(context.masked))


def _names_the_state(context: SentenceContext, label: str) -> bool:
    """Whether a programme's name holds the profile's state by its name, at its start or after "in", "for", "of" or
    "to" ("Ethiopia Digital Foundations Project", "a programme in Jordan"); a state joined to another name by a hyphen
    ("the ASEAN-Singapore Centre", "NATO-Georgia Package") names a partnership, not whom it serves."""
    for hit in context.gazetteer.find(label) if label else ():
        if hit.key != context.state or hit.form in ("capital", "adjective", "demonym") or \
                re.match(r"[-–]", label[hit.end:hit.end + 1]) or re.search(r"[-–]$", label[:hit.start]):
            continue
        if hit.start == 0 or re.search(r"\b(?:in|for|of|to)\s+(?:the\s+)?$", label[:hit.start]):
            return True
    return False


REPEATED_PREPOSITION = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?P<preposition>from|by)\s+(?:the\s+)?")
# a state's possessive before a listed agency: "by Germany's BMZ", "and the US's INL"
POSSESSOR_GAP = re.compile(r"(?P<gap>[^\ue000]*?)(?:the\s+)?(?P<owner>\ue000\d+\ue001)['’]s\s+")


def _listed(context: SentenceContext, start: int, end: int) -> list[Mention]:
    """The items of a list right after ``start`` ("by Canada, the UK and the US"), up to the first gap that is not
    a list's ("… for ECOWAS states")."""
    found, position = [], start
    for mention, _ in context.list_items(start, end):
        offset = context.mention_at(context.index_of(mention))
        gap = context.masked[position:offset]
        repeated = REPEATED_PREPOSITION.fullmatch(gap) if found and " and " in gap else None
        if repeated and re.search(rf"\b{repeated.group('preposition')}\s+(?:the\s+)?$", context.masked[max(0, start - 12):start]):
            gap = " and "  # "with funding from Germany's BMZ and from the EU": one list, its preposition said again
        owned = POSSESSOR_GAP.fullmatch(gap) if "\ue000" in gap else None
        if owned is not None and context.view.slot(owned.group("owner")).kind in ("state", "org") and \
                LIST_GAP.fullmatch(owned.group("gap")):
            gap = owned.group("gap")  # "by Germany's BMZ and the EU": the state's agency is the item, the state its owner
        if not LIST_GAP.fullmatch(gap):
            break
        if found and (" and " not in f" {gap} " or "," in gap) and \
                is_subject_at(context.view, context.index_of(mention), offset):
            break  # "funded by Denmark, Ghana trained …": the main clause's subject, not one more agent
        end_of_slot = offset + len(str(context.index_of(mention))) + 2
        if re.match(r"\s+(?!(?:In|On|By|Since|From)\b)[A-Z][a-z]", context.masked[end_of_slot:end_of_slot + 4]):
            break  # "funded by EU Member States": the name goes on, the body is not the EU
        found.append(mention)
        position = offset + len(str(context.index_of(mention))) + 2
    return found


# "Under the X Program, Moldova received equipment": a programme in the introduction, the role from the main verb.
UNDER_PROGRAMME = re.compile(rf"(?:Under|As part of|Within|Through|Thanks to|With support from)\s+(?:the\s+|its\s+|their\s+)?"
                             rf"(?:[A-Z][\w-]*\s+|\ue000\d+\ue001-(?:funded|financed|backed|sponsored|led|run)\s+)?{SLOT}$")


# "Under the X, Ghana trained 300 officers", "Thanks to X, Ghana set up its CERT": the subject acts with X's help.
HELPED_UNDER = re.compile(r"\s*(?:Under|Thanks to|With (?:the\s+)?(?:support|help|assistance) (?:of|from))\s")


# "provided Malawi with a USD 20 million grant for X", "granted Bhutan JPY 300 million under X": the state right after a
# giving verb is the recipient, the verb's subject the funder.
GIVES_RECIPIENT = re.compile(rf"\b(?:provid(?:es|ed)|grant(?:s|ed)|gave|gives|award(?:s|ed)|lent|lends|offer(?:s|ed)|"
                             rf"extend(?:s|ed)|allocat(?:es|ed))\s+(?:the\s+)?(?P<recipient>{SLOT})\s+(?:with\s+)?(?:an?\s+)?"
                             rf"{MONEY}")
# "As a recipient (of external support), …": the clause after it tells what the state receives.
AS_RECIPIENT = re.compile(r"\s*As\s+an?\s+(?:recipient|beneficiary)\b")
# "The country is at the same time a recipient: the EU finances a project …": the clause after the colon tells what
# the profile's state receives, whoever funds or runs it.
RECIPIENT_COLON = re.compile(rf"(?:\b[Tt]he\s+country|\b[Ii]t|{SLOT})\s+(?:is|was|remains|has\s+been)\s+(?:also\s+|at\s+the\s+same\s+"
                             rf"time\s+|itself\s+|equally\s+)*an?\s+(?:recipient|beneficiary)(?:\s+of\s+[^:;\ue000]{{1,40}})?\s*:\s*$")
# "Malawi is among the countries supported by the X project", "officials trained under X": the subject benefits.
SERVED_BY_PROGRAMME = re.compile(r"\b(?:supported|assisted|trained|helped|covered|targeted|served|advised|mentored)\s+"
                                 r"(?:\w+ly\s+)?(?:by|under|through)\s+(?:the\s+|its\s+)?$")
# "set up its CERT under the X", "drafted its law with the help of X": a deed done with a programme's help.
DONE_UNDER = re.compile(r"\b(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:under|thanks\s+to|with\s+(?:the\s+)?(?:help|support|"
                        r"assistance)\s+of)\s+(?:the\s+)?$")
# "set up its CSIRT with support from the X project", "trained with the help of X": the clause's actor benefits.
HELPED_BY_PROGRAMME = re.compile(r"\b(?:with|thanks to|through)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:support|help|assistance|"
                                 r"training|funding|financing|grants?|funds|money|resources|equipment)\s+(?:of|from|under|by)\s+(?:the\s+|its\s+)?$")


# A clause that opens with a named actor has it for subject, even when what follows it (a long apposition) hides
# its verb from the subject finder: never the paragraph's state in its place.
CLAUSE_OPENER = re.compile(rf"(?:^\s*|;\s*|,?\s+(?:and|while|but|whereas)\s+)(?:[Tt]he\s+)?(?P<actor>{SLOT})"
                           rf"(?:\s*\([^()]*\))?,(?!\s*(?:and\s+)?(?:the\s+)?{SLOT}\s*(?:,|and\b))")


COORDINATED_SUBJECT = re.compile(rf"[,;]\s+(?:and|while|whereas|but)\s+(?:the\s+)?(?P<actor>{SLOT})(?:\s*\([^()]*\))?\s+"
                                 r"(?:has\s+|have\s+|had\s+)?(?:also\s+|\w+ly\s+)?(?:[a-z]+ed|pays|funds|finances)\b")


def _clause_opener(context: SentenceContext, offset: int) -> Mention | None:
    """The body that opens, with an apposition after it, the last clause before ``offset``; None when another
    subject stands after it or no such body stands."""
    openers = [m for m in CLAUSE_OPENER.finditer(context.masked, context.intro_end, offset)
               # (not one of a clause a semicolon closed before ``offset``, nor the last item of a list, joined by an
               # "and" with no comma: "works with Interpol and Ameripol, and …")
               if ";" not in context.masked[m.end():offset] and not (
                   re.match(r"\s+and\b", m.group()) and context.masked[:m.start()].endswith("\ue001"))]
    if not openers:
        return None
    actor = context.view.slot(openers[-1].group("actor"))
    found = find_subject(context.view, openers[-1].start("actor"), offset)
    if actor.kind not in ("state", "org") or not actor.key or found not in (None, actor):
        return None
    clause = context.clause_of(max(offset - 1, 0))[0]
    own = find_subject(context.view, clause, offset) if clause > openers[-1].end() else None
    if own is not None and own is not actor and own.kind in ("state", "org") and own.key:
        return None  # "India, for its part, runs X, and the African Development Bank approved a grant for Y": Y's clause
        # has its own subject
    return actor


MONEY_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:contribution|grant|loan|funding|"
                           r"financing|money|budget|donation|support|aid|assistance|sum)s?\b")


# "its cooperation agency (AGCID) has offered …": the body named in parentheses after its description is the subject.
DESCRIBED_SUBJECT = re.compile(rf"\s*(?:(?:In|Since|By|From)\s+(?:[A-Z][a-z]+\s+)?{cues.YEAR},?\s+)?(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:agency|authority|office|ministry|"
                               rf"centre|center|directorate|service|bureau|regulator|body|team)\s*\(\s*(?P<body>{SLOT})\s*\)"
                               rf"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|\w+ly\s+)?[a-z]+(?:s|ed)\b")


# "Together with Spain, Portugal co-leads X", "Portugal co-funds X with Spain": the partners share the role.
TOGETHER_WITH = re.compile(rf"\s*(?:[Tt]ogether|[Jj]ointly|[Aa]long)\s+with\s+(?P<list>{SLOT_LIST})\s*,")
JOINTLY_AFTER = re.compile(rf"(?:\s*\([^()]*\))?,?\s+(?:jointly|together)\s+with\s+(?P<list>{SLOT_LIST})(?!\s*['’])")
CO_VERB_WITH = re.compile(rf"(?:\s*\([^()]*\))?\s+(?:jointly\s+)?with\s+(?P<list>{SLOT_LIST})(?!\s*['’])")


JOINT_SUBJECTS = re.compile(rf"\s*(?:[Tt]he\s+)?{SLOT}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{SLOT})+(?=\s+(?:\w+ly\s+)?"
                            rf"(?:have\s+|has\s+)?(?:jointly\s+)?(?:co-?)?[a-z]+)")


OWNED_FUND = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<owner>{SLOT})['’]s?\s+(?P<fund>{SLOT})")


# "finances X and, through Norad, Y": the state's agency it acts through for the programme right after
# ("through IceAid, its cooperation agency, it has trained …": the channel opening the clause, told with what it is)
THROUGH_AGENCY_OPENING = re.compile(rf"\b(?:[Tt]hrough|via)\s+(?:the\s+|its\s+|their\s+)?(?P<agency>{SLOT})(?:\s*\([^()]*\))?,\s+"
                                    rf"(?:its|their|the)\s+[^,;\ue000]{{0,50}},\s+(?:it|they|{SLOT})\s+(?:[a-z]+\s+){{0,3}}$")
THROUGH_AGENCY = re.compile(rf"\b(?:through|via)\s+(?:the\s+|its\s+|their\s+)?(?P<agency>{SLOT})(?:\s*\([^()]*\))?,?\s+"
                            rf"(?:the\s+|its\s+|their\s+|an?\s+)?$")


# "the EU funds Uruguay's participation in X": the possessor takes part, the subject's role comes from the verb before.
PARTICIPATION_OF = re.compile(rf"(?P<owner>{SLOT})['’]s?\s+(?:[\w-]+\s+)?(?:participation|involvement|membership|attendance|"
                              rf"enrol(?:l)?ment)\s+(?:in|at|of)\s+(?:the\s+)?$")


# ", approved in 2022 with USD 20 million in financing," after a name: a participle on that name, not the clause's verb
NAME_PARTICIPLE = re.compile(r"\ue001(?:\s*\([^()]*\))?,\s+(?:(?:now\s+|also\s+|\w+ly\s+)?(?:[a-z]+ed|run|led|set up|"
                             r"begun|built|held|won|given|paid\s+for)\b)[^,;\ue000]*,(?=\s)")
# ", funded by Japan through the": the words after an agent participle belong to it, not to the clause's verb
_AGENT_PARTICIPLE = re.compile(rf",\s+(?:\w+ly\s+)?(?:funded|financed|backed|sponsored|run|implemented|managed|led|"
                               rf"organi[sz]ed|delivered|operated|coordinated)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?{SLOT}"
                               rf"(?:\s*\([^()]*\))?\s+(?:through|via|with|from|under)\s+(?:the\s+|its\s+|their\s+)?$")


CEREMONY_OF = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:official\s+|formal\s+)?(?:launch|opening|start|inauguration|"
                         rf"unveiling|presentation|closing|kick-?off)(?:\s+(?:ceremony|event|session))?\s+of\s+(?:the\s+)?"
                         rf"(?:(?:the\s+)?{SLOT}['’]s?\s+)?(?:[\w-]+\s+)?$")
# "spoke at the launch of X", "attended the opening of X": a determiner makes the role word a noun, not the clause's verb
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|whose)\s+$")


def _subject_role(context: SentenceContext, before: str) -> str:
    """The role the clause's verb before a programme gives its subject ('' when no verb says one)."""
    owned = PARTICIPATION_OF.search(before)
    if owned:
        before = before[:owned.start()]  # "funds Uruguay's participation in": the verb before the possessor
    if _AGENT_PARTICIPLE.search(before):
        return ""  # "benefits from X, funded by Japan through the Y Fund": Y is how Japan pays, not what is benefited from
    before = NAME_PARTICIPLE.sub("\ue001,", before)  # "draws on A, approved with USD 5 million, and on B": A's verb
    verbs = [(m.start(), role, m.end()) for pattern, role in ((FUNDER_VERB, "Funder"), (LEAD_VERB, "Lead"),
                                                             (BENEFIT_VERB, "Beneficiary")) for m in pattern.finditer(before)
             if not (role == "Funder" and _funding_noun(before, m)) and not PASSIVE_BY.match(before, m.end())
             and not (role == "Lead" and DETERMINER_BEFORE.search(before, 0, m.start()))]
    if TRAINS_UNDER.search(before):
        return "Lead"  # "China has trained officials from 40 states under the X Programme": China delivers it
    if TRAINED_BEFORE.search(before):
        return "Lead"  # "Malta has trained Laotian and Nepalese officers in X": the training it gives is its own
    if not verbs:
        return ""
    _, role, end = max(verbs)
    if role == "Lead" and VEHICLE.search(before[end:]):
        return ""  # "launched in 2018 through the X Fund": the programme is the means, not what is launched
    return role


# "benefited from EUR 3 million in grants under X", "with funding from": a funding word used as a noun (after a
# preposition, a number or a determiner) names money received, not the clause's funding verb.
PASSIVE_BY = re.compile(r"\s+(?:\w+ly\s+)?by\b")  # "run by GIZ": a participle, not the subject's verb
NOUN_BEFORE = re.compile(r"(?:\b(?:in|of|from|with|under|and|million|billion|the|a|an|its|their|new|[Tt]he|An?|Its|Their)|"
                         r"\d|['’]s?)\s+$")
FUNDING_NOUNS = re.compile(r"grants?|funding|financing|contributions?|donations?|investments?|commitments?")


def _funding_noun(before: str, match: re.Match[str]) -> bool:
    """Whether a funding word is a noun ("EUR 3 million in grants", "with funding"), not the clause's verb."""
    return FUNDING_NOUNS.fullmatch(match.group()) is not None and NOUN_BEFORE.search(before, 0, match.start()) is not None
VEHICLE = re.compile(r"\b(?:through|via|under|within|as part of|by means of)\b")
# verbs that fund only when money is named: "committed EUR 2 million to X", not "is committed to X"
WEAK_FUNDER = re.compile(r"\b(?:committ\w*|contribut\w*|approv\w*|grant\w*|allocat\w*|pledg\w*|len(?:t|ds?|ding))(?=[^\w]*$|\s)")
NOUN_GOVERNS = re.compile(r"\b(?:an?|the|one|some|several|its|their)\s+(?!contribution|part\b|member|share|implement|lead\b|"
                          r"organi[sz]er|coordinator|manager|charge\b|"
                          r"(?:[\w-]+\s+){0,2}?(?:donor|funder|contributor|sponsor|backer|financier)s?\b)"
                          r"(?:[\w-]+\s+){0,2}?(?:of|at)\s+(?:the\s+|its\s+|their\s+)?$")


def _weak_funding(before: str, clause: str) -> bool:
    """Whether the clause's funding verb is one that funds only with money and the clause names none."""
    verbs = list(FUNDER_VERB.finditer(before))
    return bool(verbs) and WEAK_FUNDER.match(verbs[-1].group()) is not None and not re.search(
        r"(?:US\$|A\$|C\$|NZ\$|S\$|[€£¥$])\s?\d|\b(?:USD|EUR|GBP|JPY|CHF|AUD|CAD|SGD|[A-Z]{3})\s?\d|\d\s*(?:million|billion)\b",
        clause)
TRAINED_BEFORE = re.compile(r"(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)\btrain(?:ed|s)\s+$")
TRAINS_UNDER = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:trained|trains|train|hosted|hosts)\s+(?![^,;]*\bby\b)[^,;]{0,80}?"
                          r"\b(?:under|through|as part of)\s+(?:the\s+|its\s+|their\s+)?$")


def _owned_agent(context: SentenceContext, mention: Mention) -> tuple[str, str]:
    """(actor, acting body) of an agent named with its organisation's possessive ("by the CoE's Cybercrime Programme
    Office": the CoE acts through its office), else as :func:`_actor_and_agency` reads it."""
    owner = re.search(rf"({SLOT})['’]s\s+$", context.masked[:context.mention_at(context.index_of(mention))])
    owning = context.view.slot(owner.group(1)) if owner else None
    if owning is not None and owning.kind == "org" and owning.key and mention.kind == "org" and \
            owning.key != mention.key and not context.state_of(mention.key):
        return owning.key, mention.key
    return _actor_and_agency(context, mention)


def _actor_and_agency(context: SentenceContext, mention: Mention) -> tuple[str, str]:
    state = context.state_of(mention.key)
    if mention.kind == "org" and state and state != mention.key:
        return state, mention.key
    return mention.key, ""


def _amounts_by_funder(context: SentenceContext, findings: list[Finding]) -> list[Finding]:
    """A sentence's sums, each given to its own funder: with one funder the sentence's sum is that funder's; with
    several, each funder's sum is the one in its own clause (none when its clause gives none)."""
    funders = {f.fact.subject for f in findings if f.fact.relation == "funds" and f.fact.role == "Funder"}
    kept = []
    for finding in findings:
        fact = finding.fact
        if fact.relation != "fundingAmount":
            kept.append(finding)
            continue
        if len(funders) > 1:
            if fact.about not in funders:
                continue  # a leader's clause: its sum, if any, is read with a funder's
            near = next((context.mention_at(i) for i, m in enumerate(context.view.mentions) if m.key == fact.subject), 0)
            alpha2 = getattr(context.gazetteer.entities.get(fact.about), "extra", {}).get("alpha2", "")
            money = cues.amount(_funder_stretch(context, fact.about, fact.through, near, funders), alpha2)
            if money is None or any(k.fact.relation == "fundingAmount" and k.fact.subject == fact.subject and
                                    k.fact.object == f"{money[0]} {money[1]}" and k.fact.about == fact.about
                                    for k in kept):
                continue
            fact.object = f"{money[0]} {money[1]}"
        else:
            money_at = cues.AMOUNT.search(context.masked)
            start, end = context.clause_of(money_at.start()) if money_at else (0, 0)
            other = find_subject(context.view, max(start, context.intro_end), money_at.start()) if money_at else None
            if other is not None and other.key and _actor_and_agency(context, other)[0] not in (fact.about, "") \
                    and other.key != fact.through and fact.about:
                continue  # "Japan funds X, and the World Bank approved USD 170 million for Y": the Bank's sum
            fact.about = ""
        fact.through = ""
        kept.append(finding)
    return kept


def _funder_stretch(context: SentenceContext, funder: str, agency: str, near: int, funders: set[str]) -> str:
    """The words that may give a funder's amount: the clause of the funder's own mention (nearest ``near``), else
    the clause at ``near`` ("Japan contributed USD 3 million to X, and Sweden funds it": Japan's sum, not Sweden's)."""
    offsets = [context.mention_at(i) for i, m in enumerate(context.view.mentions) if m.key and
               (m.key in (funder, agency) or (m.kind == "org" and context.state_of(m.key) == funder))]
    own = min(offsets, key=lambda o: abs(o - near)) if offsets else near
    start, end = context.clause_of(own)
    others = [context.mention_at(i) for i, m in enumerate(context.view.mentions) if m.key and m.kind in ("state", "org")
              and own < context.mention_at(i) < end and m.key in funders and m.key not in (funder, agency)]
    if offsets and others and cues.amount(context.masked[own:min(others)]):
        return context.masked[own:min(others)]  # "Sweden contributed SEK 20 million and Finland EUR 1 million"
    if offsets and cues.amount(context.masked[own:end]):
        return context.masked[own:end]  # the sum after the funder, not another's before it
    return context.masked[start:end]


def _programme_details(context: SentenceContext, programme: str, funder: str, agency: str) -> list[Finding]:
    findings = []
    if agency and getattr(context.gazetteer.entities.get(agency), "kind", "") == "org":
        findings.append(_finding(context, Fact("organisedBy", programme, agency), "programme.run-by"))
    elif agency:  # "the UK's Security Fund financed X": the fund it pays through is the UK's own
        findings.append(_finding(context, Fact("organisedBy", agency, funder), "programme.fund-owner"))
    alpha2 = context.gazetteer.entities[funder].extra.get("alpha2", "") if funder in context.gazetteer.entities else ""
    money = cues.amount(context.masked, alpha2)
    if money is not None:  # whose sum it is: settled by _amounts_by_funder once every funder is known
        findings.append(_finding(context, Fact("fundingAmount", programme, f"{money[0]} {money[1]}", about=funder,
                                               through=agency), "programme.amount"))
    for region in context.mentions_between(0, len(context.masked), ("region",)):
        findings.append(_finding(context, Fact("region", programme, region.key), "programme.region"))
    return findings


# Money given straight to a recipient, no programme named: "the EU allocated EUR 15 million to Moldova", "Japan granted
# Bhutan USD 1.5 million", "USAID provided Moldova's CERT with $2 million", "Peru received a USD 30 million loan from
# the IDB". The recipient is what is funded (a state or a body), with the amount.
GIVE = r"(?:provid(?:es|ed)|grant(?:s|ed)|gave|gives|given|award(?:s|ed)|lent|lends|allocat(?:es|ed)|committ?(?:s|ed)|earmark(?:s|ed)|" \
       r"pledg(?:es|ed)|donat(?:es|ed)|disburs(?:es|ed)|extend(?:s|ed)|contribut(?:es|ed)|approv(?:es|ed))"
SUM = rf"(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more than\s+)?(?:{MONEY})(?:[^;,\ue000]|,(?=\d)){{0,40}}?"
# "Sweden contributed SEK 20 million and Finland EUR 1 million": the verb is left out before the second sum.
GAPPED_FUNDER = re.compile(rf"\b(?:contribut|committ?|pledg|donat|provid|allocat|grant|gave|give)\w*\s+{SUM}"
                           rf"(?:\s+to\s+(?:the\s+)?{SLOT})?(?:\s+in\s+\d{{4}})?(?:,\s+|,?\s+and\s+)(?:the\s+)?(?P<second>{SLOT})"
                           rf"\s+{MONEY}")
GIVEN_TO = re.compile(rf"\b{GIVE}\s+(?:(?:the\s+)?(?P<first>{SLOT})\s+(?:with\s+)?(?:an?\s+)?{SUM}"
                      rf"|(?:an?\s+)?(?:[a-z-]+\s+){{0,3}}?(?:worth|totalling|totaling|valued\s+at|of)\s+{SUM}\s+to\s+(?:the\s+)?"
                      rf"(?P<to2>{SLOT})(?!\s*['’]s\s+\ue000)"  # "donated equipment worth USD 1 million to X"
                      rf"|(?:an?\s+)?{SUM}\s+to\s+(?:the\s+)?(?P<to>{SLOT})(?!\s*['’]s\s+\ue000))")
# "the UK funds the GFCE", "Japan is the largest donor to the ITU's cyber work": a funding verb or noun whose object
# is a body or a state, not a programme, funds that recipient (no sum needed: the verb says money).
FUNDS_ACTOR = re.compile(rf"(?<!-)\b(?:(?:co-?)?(?:fund(?:s|ed)|financ(?:es|ed))|sponsor(?:s|ed)|(?:a|the|one of the)\s+(?:\w+\s+)?"
                         rf"(?:donors?|funders?|financiers?|contributors?|backers?|sponsors?|financial backers?)\s+(?:to|of))\s+(?:the\s+)?(?P<to>{SLOT})(?!\s*['’]s?\s)")
# "China donated servers and forensic equipment to the PNC", "Japan has donated computers to the police's cybercrime
# unit": goods given as a gift to a body fund that body, with no sum (a gift, not a loan nor a sale; the goods are no
# named thing: "donated the X Centre's equipment" is not the centre's gift)
DONATED_TO = re.compile(rf"\b(?:donat(?:es|ed)|gift(?:s|ed))\s+(?!to\b)(?:(?!of\b)[\w-]+,?\s+){{1,6}}?to\s+(?:the\s+)?"
                        # ("to the National Police's cybercrime unit": the unit, when it is named)
                        rf"(?:{SLOT}['’]s?\s+(?=\ue000))?(?P<to>{SLOT})(?!\s*['’]s?\s)")
RECEIVED_FROM = re.compile(rf"\b(?:receiv(?:es|ed)|obtain(?:s|ed)|secured|got)\s+(?:an?\s+)?(?:(?:grant|loan|credit|contribution|"
                           rf"donation)s?\s+of\s+)?{SUM}\s+from\s+(?:the\s+)?"
                           rf"(?P<funder>{SLOT})")


# "Paraguay received USD 2 million from the IDB for the X Programme": the lender or donor pays for the programme after
RECEIVED_FOR = re.compile(rf"\b(?:receiv(?:es|ed)|obtain(?:s|ed)|secured|got)\s+(?:an?\s+)?(?:(?:grant|loan|credit|contribution|"
                          rf"donation)s?\s+of\s+)?{SUM}\s+from\s+(?:the\s+)?(?P<funder>{SLOT})(?:\s*\([^()]*\))?\s+"
                          rf"(?:for|towards|to\s+(?:fund|finance|pay\s+for))\s+(?:the\s+|its\s+|their\s+)?(?P<programme>{SLOT})")


GIVING_HINT = re.compile(r"provid|grant|gave|give|award|lent|lend|allocat|commit|pledg|donat|disburs|extend|contribut|earmark|"
                         r"approv|receiv|obtain|secured|got")
FUNDING_HINT = re.compile(r"fund|financ|sponsor|donor|contributor|backer")


def recipient_funding(context: SentenceContext) -> list[Finding]:
    """Funding of a recipient (a state or a body) when the clause names no programme: funder, recipient, amount."""
    findings: list[Finding] = []
    masked = context.masked
    money = re.search(r"\d", masked) is not None and may_match(GIVING_HINT, masked) and GIVING_HINT.search(masked) is not None
    matches = (list(GIVEN_TO.finditer(masked)) + list(RECEIVED_FROM.finditer(masked)) if money else []) + \
        (list(FUNDS_ACTOR.finditer(masked)) if may_match(FUNDING_HINT, masked) and FUNDING_HINT.search(masked) else []) + \
        (list(DONATED_TO.finditer(masked)) if "donat" in masked or "gift" in masked else [])
    for match in matches if not (may_match(PENDING_MONEY, masked) and PENDING_MONEY.search(masked)) else ():
        start, end = context.clause_of(match.start())
        if any(m.kind == "initiative" and _is_programme(context, m) for m in context.view.slots_in(masked[start:end])):
            continue  # a programme in the clause: the programme rules read the roles
        if cues.clause_status(masked[start:match.start()], "") in cues.UNACCOMPLISHED or context.hedged:
            continue
        if match.groupdict().get("funder"):
            funder_mention, recipient_mention = context.view.slot(match.group("funder")), None
            subject, _, indirect = context.subject_in(start, end)
            recipient, indirect = subject, indirect
            funder, agency = _actor_and_agency(context, funder_mention)
        else:
            named = match.groupdict()
            recipient_mention = context.view.slot(named.get("first") or named.get("to2") or named["to"])
            recipient = recipient_mention.key
            funder, agency, indirect = context.subject_in(start, end)
        kinds = {getattr(context.gazetteer.entities.get(k), "kind", "") for k in (funder, recipient)}
        if recipient_mention is not None and recipient_mention.key and match.re is GIVEN_TO and not named.get("first") \
                and (recipient_mention.kind == "diplomatic" or (recipient_mention.kind == "initiative" and
                                                                not _is_programme(context, recipient_mention))):
            # "contributed EUR 250,000 to the Tallinn Mechanism": a sum paid into a mechanism, a partnership or a
            # diplomatic initiative (no programme: the programme rules leave it) funds it
            kinds.discard(getattr(context.gazetteer.entities.get(recipient), "kind", ""))
        if not funder or not recipient or funder == recipient or kinds - {"state", "org"}:
            continue
        if recipient_mention is not None and recipient_mention.form == "capital":
            continue
        if match.re is DONATED_TO and getattr(recipient_mention, "kind", "") != "org":
            continue  # "donated 30 firewalls to Moldova": goods given to a state are no funding (a body's equipment is)
        alpha2 = context.gazetteer.entities[funder].extra.get("alpha2", "")
        money = cues.amount(masked[match.start():max(match.end(), end)], alpha2)
        if money is None and match.re is not FUNDS_ACTOR and match.re is not DONATED_TO:
            continue  # "provided Moldova with 100 laptops": a giving verb funds only with a sum of money
        own_end = end
        if match.re is DONATED_TO:  # "donated servers to X, and Y trained Z in 2022": the next clause's year is not its
            joined = re.search(r",\s+(?:and|but|while|whereas)\s", masked[match.end():end])
            own_end = match.end() + joined.start() if joined else end
        year = cues.clause_year(masked[match.start():own_end]) or cues.clause_year(masked[start:match.start()])
        fact = Fact("funds", funder, recipient, year, role="Funder", through=agency,
                    amount=f"{money[0]} {money[1]}" if money else "")
        findings.append(_finding(context, fact, "funding.recipient", indirect))
    return findings


# "Croatian funds go to Bosnia's civilian cyber defence through the X Facility", "Polish money flows to Ukraine via Y":
# the giver funds the recipient; the recipient benefits from the channel the money goes through.
MONEY_GOES = re.compile(rf"(?P<funder>{SLOT})(?:['’]s)?\s+(?:\w+\s+)?(?:funds|money|aid|grants|financing|contributions?)\s+"
                        rf"(?:(?:also|now|mainly|largely)\s+)?(?:go(?:es)?|went|ha(?:ve|s)\s+gone|flows?|flowed|(?:is|are|was|were)\s+"
                        rf"(?:channelled|channeled|sent|paid))\s+to\s+(?:the\s+)?(?P<to>{SLOT})")
PURPOSE_OF = re.compile(r"['’]s\s+(?P<words>(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)(?=\s+(?:through|via|since|from|in)\b|[,.;])")
CHANNEL_AFTER = re.compile(rf"[^;]{{0,80}}?\s(?:through|via)\s+(?:the\s+)?(?P<channel>{SLOT})")


def money_flows(context: SentenceContext) -> list[Finding]:
    """Money that goes from a giver to a recipient, perhaps through a channel: funder → recipient, recipient →
    channel (Beneficiary)."""
    findings: list[Finding] = []
    masked = context.masked
    for match in MONEY_GOES.finditer(masked) if re.search(r"\b(?:go|goes|went|gone|flow|channel|sent|paid)", masked) else ():
        start, end = context.clause_of(match.start())
        if cues.clause_status(masked[start:match.end()], "") in cues.UNACCOMPLISHED or context.hedged:
            continue
        giver, recipient = context.view.slot(match.group("funder")), context.view.slot(match.group("to"))
        if giver.kind not in ("state", "org") or recipient.kind not in ("state", "org") or not giver.key or \
                not recipient.key or recipient.form == "capital":
            continue
        funder, agency = _actor_and_agency(context, giver)
        receiver, _ = _actor_and_agency(context, recipient)
        if funder == receiver:
            continue
        alpha2 = context.gazetteer.entities[funder].extra.get("alpha2", "") if funder in context.gazetteer.entities else ""
        money = cues.amount(masked[match.start():end], alpha2)
        year = cues.clause_year(masked[start:end]) or ""
        through = CHANNEL_AFTER.match(masked[:end], match.end())
        purpose = PURPOSE_OF.match(masked, match.end())  # "to Bosnia's civilian cyber defence": what the money is for
        target, entities = receiver, []
        if purpose is not None:
            label = recipient.text + "'s " + purpose.group("words")
            entity = Entity(key=f"initiative/{slugify(label)}", label=label, kind="initiative",
                            cls=CDO.CapacityBuildingProgramme)
            target, entities = entity.key, [entity]
        finding = _finding(context, Fact("funds", funder, target, year, role="Funder", through=agency,
                                         amount=f"{money[0]} {money[1]}" if money else ""), "funding.flows", False)
        finding.entities += entities
        findings.append(finding)
        channel = context.view.slot(through.group("channel")) if through else None
        if channel is not None and channel.kind == "initiative" and channel.key:
            findings.append(_finding(context, Fact("funds", receiver, channel.key, year, role="Beneficiary"),
                                     "programme.beneficiary-channel", False))
    return findings


def exercises(context: SentenceContext) -> list[Finding]:
    """Who organises an exercise ("NATO-led ... the Cyber Coalition exercise", "hosted by X")."""
    exercise = [m for m in context.view.mentions if m.kind == "initiative"
                and getattr(context.gazetteer.entities.get(m.key), "cls", None) == CDO.Exercise]
    findings = []
    if not exercise or ("-led" not in context.masked and " by " not in context.masked):
        return findings
    for match in LED_BY.finditer(context.masked):
        organiser = context.view.slot(match.group())
        mention = _organised_exercise(context, match, exercise)
        if organiser.kind != "org" or mention is None:
            continue
        findings.append(_finding(context, Fact("organisedBy", mention.key, organiser.key), "exercise.led-by",
                                 base=Decimal("0.8")))
    return findings


def _organised_exercise(context: SentenceContext, match: re.Match[str], exercise: list[Mention]) -> Mention | None:
    """The exercise an organiser phrase is about: the first named soon after "X-led" ("the NATO-led Cyber Coalition",
    "NATO-led training, including the Cyber Coalition exercise"), or the last named before "organised by X" in the
    same clause ("Cyber Europe, the EU's exercise run by ENISA"); not every exercise of the sentence."""
    offsets = {id(m): context.mention_at(context.index_of(m)) for m in exercise}
    start, end = context.clause_of(match.start())
    if match.group().endswith("-led"):
        after = [m for m in exercise if match.end() <= offsets[id(m)] < min(end, match.end() + 70)]
        return after[0] if after else None
    before = [m for m in exercise if start <= offsets[id(m)] < match.start() and offsets[id(m)] >= match.start() - 90]
    return before[-1] if before else None


def events(context: SentenceContext) -> list[Finding]:
    """Documents introduced at an event: "At the G7 Summit in May 2016, Japan introduced the X Principles".

    The event's date is returned as a copy of the event with that date, which the pipeline records after the
    sentence (a rule never changes an entity)."""
    event_mentions = [(i, m) for i, m in enumerate(context.view.mentions) if m.kind == "event"]
    if not event_mentions or not ADOPT.search(context.masked):
        return []
    documents_here = [f.fact.object for f in documents(context)]
    findings = []
    for index, event in event_mentions:
        after = context.masked[context.mention_at(index) + len(str(index)) + 2:]
        date = cues.event_date(after[:30])
        entity = context.gazetteer.entities.get(event.key)
        for document in dict.fromkeys(documents_here):
            fact = Fact("introducedAt", document, event.key, date[:4], date=date)
            finding = _finding(context, fact, "document.introduced-at", base=BASE)
            if date and entity is not None and not entity.reference:
                finding.entities.append(replace(entity, extra=entity.extra | {"date": date}))
            findings.append(finding)
    return findings


# "A second strategy, for 2017-2018, followed", "launched the second, covering 2022-2027", "followed it with strategies
# covering 2014-2017 and 2019-2022", "A fourth strategy is being drafted": a document named by its place in a series.
ORDINAL_ONE = (  # one document: "a second strategy", "its successor"
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Aa]nother)\s+(?P<ord>second|third|fourth|fifth|sixth|successor|new|next|subsequent|"
    rf"follow-up|updated|revised)(?:\s+(?:(?P<head>strategy|policy|plan)|"
    rf"(?P<slot>{SLOT})))?"
    rf"(?:\s*,?\s+(?:for|covering|running\s+(?:to|until)|(?P<covered>covered|covers|spanned|spans))\s+(?:the\s+(?:period\s+)?)?"
    rf"(?P<period>{cues.YEAR}(?:\s*-\s*{cues.YEAR})?)"
    rf"|(?=\s+(?:is|was|has|had|were|are|will|shall|remains)\b|\s+(?:in|by)\s+(?:{cues.MONTH}\s+)?{cues.YEAR}\b|\s*[,.;]|\s*$))")
ORDINAL_MANY = (  # several, with their periods: "strategies covering 2014-2017 and 2019-2022"
    rf"(?P<mods>\b(?:(?!(?:the|a|an|its|their|these|those|two|three|four|five|six|several|all|both|of|no|and|or|has|"
    rf"have|had|was|were|is|are|later|earlier|previous|successive|new)\b|[a-z]+ed\s)[a-z][\w-]*\s+)"
    rf"{{0,3}})(?P<plural>strategies|policies|plans)"
    # "three cyber security strategies have been adopted so far: for 2013-2017, for 2018-2021 and, in 2021, for 2022-2026"
    rf"(?:\s+(?:have|had|has)\s+been\s+(?:\w+ly\s+)?(?P<verb>adopted|approved|published|issued|launched)"
    rf"(?:\s+(?:so\s+far|to\s+date|since))?\s*[:,]?)?"
    rf"\s*,?\s+(?:covering|for)\s+(?P<periods>{cues.YEAR}-{cues.YEAR}"
    rf"(?:(?:,\s+|,?\s+and(?:\s+|(?=,)))(?:,?\s*in\s+(?:{cues.MONTH}\s+)?{cues.YEAR}\s*,\s+)?(?:for\s+)?"
    rf"{cues.YEAR}-{cues.YEAR})*)")
ORDINAL_DOCUMENT = re.compile(ORDINAL_ONE + "|" + ORDINAL_MANY)
# What the next of a series is expected to become, and when: "(and) is expected in 2026", "is expected to be presented
# to the cabinet in 2026", "is due to be completed in the course of 2025" (not a revision of one that exists).
EXPECTED_IN = re.compile(r"^(?:[^;]{0,120}?\b(?:and|but)\s+)?\W*(?:it\s+)?(?:is|are)\s+(?:now\s+|still\s+)?"
                         r"(?:expected|due|scheduled)(?:\s+to\s+be\s+(?:presented|submitted|adopted|approved|published|"
                         r"completed|finali[sz]ed|released|launched|tabled|issued)\b)?(?:\s+[^,;.]{0,40}?)?\s+(?:in|by)\s+"
                         rf"(?:the\s+course\s+of\s+)?(?:(?:early|mid|late)[\s-]+)?(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\b")
# Each half of the pattern asked of its own words (most sentences with "new" hold no "strategies … for"): where one half
# cannot match, the pattern with that half failing at once finds the same matches, with the same groups, far faster.
ORDINAL_ONE_ALONE, ORDINAL_MANY_ALONE = re.compile(ORDINAL_ONE), re.compile(ORDINAL_MANY)
ORDINAL_ONE_ONLY = re.compile(ORDINAL_ONE + "|(?!)(?:" + ORDINAL_MANY + ")")
ORDINAL_MANY_ONLY = re.compile("(?!)(?:" + ORDINAL_ONE + ")|" + ORDINAL_MANY)
# an adoption the status reader does not count as one by itself: "a third, for 2023-2026, was endorsed in July 2023"
ENDORSED = re.compile(r"\s*(?:,\s*)?(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:endorsed|validated)\b")
SERIES_NAME = re.compile(r"((?:[A-Z][\w-]*\s+){1,6}(?:Strategy|Policy|Plan))\b")
SUCCESSOR_WORDS = frozenset({"successor", "new", "next", "subsequent", "follow-up", "updated", "revised"})
ORDINAL_WORDS = {"second": "Second", "third": "Third", "fourth": "Fourth", "fifth": "Fifth", "sixth": "Sixth"}


def _series_name(context: SentenceContext, head: str, before: int, issuer: str = "") -> str:
    """The name of the series an ordinal continues: the last capitalised document name with the same head
    before it in the sentence or the paragraph ("its first Cyber Security Strategy" → "Cyber Security Strategy"),
    not another actor's ("drew on the United Kingdom's National Cyber Security Strategy")."""
    text = context.preceding + " " + context.view.text[:_raw_offset(context, before)]
    names = [m.group(1) for m in SERIES_NAME.finditer(text) if m.group(1).rsplit(" ", 1)[-1].lower() == head
             and not _someone_elses(context, text[:m.start()], issuer)]
    if not names:
        return ""
    words = names[-1].split()
    while words and words[0].lower() in {"the", "a", "an", "its", "their", "first", "new"} | {
            w.lower() for w in ORDINAL_WORDS.values()}:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else ""


POSSESSOR_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}$")


def _someone_elses(context: SentenceContext, before: str, issuer: str) -> bool:
    """Whether the possessor written just before a name is an actor other than ``issuer``."""
    found = POSSESSOR_BEFORE.search(before[-80:])
    if found is None or not issuer:
        return False
    words = found.group(1).split()
    for size in range(len(words), 0, -1):
        owner = context.gazetteer.lookup(" ".join(words[-size:]))
        if owner is not None and owner.kind in ("state", "org"):
            return (context.state_of(owner.key) or owner.key) != issuer
    return False


def _raw_offset(context: SentenceContext, masked_offset: int) -> int:
    """The sentence-text offset of a masked offset (slots replaced by the text they stand for)."""
    text = SLOT_RE.sub(lambda m: context.view.mentions[int(m.group(1))].text, context.masked[:masked_offset])
    return len(text)


def ordinal_documents(context: SentenceContext) -> list[Finding]:
    """Documents of a series named by their place in it, with the series' name, their period and the clause's
    status and time (a relative time counts from the sentences before)."""
    masked = context.masked
    if not prefiltered_search(r"second|third|fourth|fifth|sixth|strategies|policies|plans|successor|new|next|subsequent|updated|revised|"
                              r"follow-up", masked):
        return []
    findings = []
    one, many = may_match(ORDINAL_ONE_ALONE, masked), may_match(ORDINAL_MANY_ALONE, masked)
    pattern = ORDINAL_DOCUMENT if one and many else ORDINAL_ONE_ONLY if one else ORDINAL_MANY_ONLY if many else None
    for match in pattern.finditer(masked) if pattern is not None else ():
        unperiodic_successor = match.group("ord") in SUCCESSOR_WORDS and not match.group("period")
        if unperiodic_successor and not match.group("head"):
            continue  # "a new strategy", "its successor": the next of a series is told apart by its period only
        named = context.view.mentions[int(match.group("slot")[1:-1])] if match.group("slot") else None
        if named is not None and (named.kind != "document" or " " in named.extra.get("label", " ")):
            continue  # "the second Cyber Strategy" is a name, read by documents()
        head = "strategy" if match.group("plural") == "strategies" else "policy" if match.group("plural") == "policies" \
            else "plan" if match.group("plural") else (match.group("head") or (named.extra["label"].lower() if named
                                                                                else "strategy"))
        start, end = context.clause_of(match.start())
        series = _series_name(context, head, match.start(), context.subject_in(start, end)[0] or context.state)
        if not series and match.group("plural") and match.group("mods"):  # "cyber security strategies": their name
            series = f"{match.group('mods')}{head}".strip()
        status = STATUS_OF_CLAUSE.get(cues.clause_status(masked[max(start, context.intro_end):match.start()],
                                                         SLOT_RE.sub(" ", masked[match.end():end])))
        rest = _rest_of_own(context, match.end())
        if status is None and (match.group("covered") and "-" in (match.group("period") or "") or ENDORSED.match(rest)):
            status = "Adopted"  # "a second strategy covered 2019-2022": it was in force; "a third … was endorsed"
        if status in (None, "Adopted") and not match.group("plural") and CONSULTATION.search(rest):
            status = "Draft"  # "a successor strategy for 2025-2030 was put out for public consultation"
        if status in ("Adopted", "Proposed") or status is None and not match.group("plural"):
            status = _not_yet_status(rest, status)  # "has been announced but not yet drafted": still to be written
        if status == "Draft" and WILL_BE_DRAFTED.match(rest):
            status = "Planned"  # "a new strategy will be drafted in 2026": the drafting lies ahead
        if match.group("plural") and match.group("verb") and status is None:
            status = STATUS_OF_CLAUSE.get(cues.clause_status(masked[max(start, context.intro_end):match.end()], ""))
        expected = EXPECTED_IN.search(SLOT_RE.sub(" ", rest)) if status in (None, "Draft") and not match.group(
            "plural") else None
        if expected is not None:  # "is being prepared and is expected in 2026", "was announced in 2024 and is expected
            # to be presented to the cabinet in 2026": still to come, in the year it is expected
            status = "Planned"
        issuer = context.subject_in(start, end)[0] or context.state
        if unperiodic_successor and (status not in ("Draft", "Planned") or match.group("ord") not in (
                "successor", "next", "new", "updated", "revised") or match.start() > start + 40 or re.search(
                r"\b(?:under|pursuant to|in line with|as part of|according to|within)\s+$", masked[max(0, match.start() - 25):
                                                                                             match.start()])):
            continue  # (one still to come is the only one of its series without a period: "a successor strategy is being
            # prepared"; an adopted "new strategy" is told apart by its period only)
        if not series or status is None or not issuer:
            continue
        period_text = match.group("periods") or match.group("period") or ""
        periods = re.findall(rf"{cues.YEAR}-{cues.YEAR}" if match.group("periods") else
                             rf"{cues.YEAR}(?:\s*-\s*{cues.YEAR})?", period_text)
        # "and, in December 2021, for 2022-2026": the year an item of the list gives is that item's adoption
        item_years = {m.group("period"): m.group("year") for m in re.finditer(
            rf"\bin\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\s*,\s+(?:for\s+)?(?P<period>{cues.YEAR}-{cues.YEAR})",
            period_text)}
        clause = masked[start:end].replace(match.group(), " " * len(match.group()))  # "later" counts from before
        when = list(cues.times(clause, anchor=context.previous_year))
        if any(context.view.mentions[int(m.group(1))].kind == "document"
               for m in SLOT_RE.finditer(masked, start, match.start())):
            # "X was first adopted in 2015 and replaced by a second strategy covering 2019-2023": 2015 is X's
            when = [w for w in when if w.start >= match.end() - start]
        for period in periods or [""]:
            first, _, last = period.replace(" ", "").partition("-")
            label = f"{series} {period.replace(' ', '')}".strip() if period else \
                f"{ORDINAL_WORDS.get(match.group('ord') or '', '')} {series}".strip() if not unperiodic_successor else \
                f"{match.group('ord').capitalize()} {series}"
            mention = Mention(0, 0, "", "lower", "document", label, {"label": label, "head": head, "acronym": ""})
            entity = document_entity(context, mention, issuer)  # the label holds the period
            year = when[0].year if when and len(periods) < 2 else item_years.get(period, first)
            if expected is not None:
                year = expected.group("year")
            fact = Fact("issued", issuer, entity.key, year if status not in ("Draft", "Planned") or when or expected else "", status,
                        end_year=last)
            finding = _finding(context, fact, "document.ordinal", True)
            finding.entities.append(entity)
            findings.append(finding)
    return findings


# An unnamed bill that amends a named act: "a bill amending it to transpose NIS2 was tabled", "an amending bill meant
# to implement the NIS2 Directive was still before parliament", "a bill to amend the Cybersecurity Act is being drafted".
AMENDING_BILL = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Aa] further)\s+(?:new\s+|draft\s+)?(?:amending\s+bill\b|"
                           rf"(?:bill|(?P<billslot>{SLOT}))\s+(?:amending|to\s+amend|that\s+would\s+amend|which\s+would\s+amend)\s+"
                           rf"(?:(?P<it>it|them)\b|(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?P<act>{SLOT})))")


def _amended_act(context: SentenceContext, match: re.Match[str]) -> Mention | None:
    """The act a bill amends: the one it names, or ("amending it", "an amending bill") the state's own last act named
    before it in the sentence (not another actor's directive it transposes)."""
    if match.group("act") is not None:
        named = context.view.mentions[int(SLOT_RE.match(match.group("act")).group(1))]
        return named if named.kind == "document" and DOCUMENT_CLASSES.get(named.extra.get("head", "")) == \
            CDO.Legislation else None
    for slot in reversed(list(SLOT_RE.finditer(context.masked, 0, match.start()))):
        mention = context.view.mentions[int(slot.group(1))]
        if mention.kind != "document" or DOCUMENT_CLASSES.get(mention.extra.get("head", "")) != CDO.Legislation or \
                mention.extra.get("head") in ("directive", "bill"):
            continue
        if re.search(r"['’]s?\s+(?:[\w-]+\s+){0,2}$", context.masked[max(0, slot.start() - 40):slot.start()]):
            continue  # "transposed the EU's NIS Directive": another's
        return mention
    return None


def amending_bills(context: SentenceContext) -> list[Finding]:
    """A bill that amends an act, named after the act ("Cybersecurity Act amending bill"), with the status and year its
    clause gives; only a bill still on its way (Draft, Proposed, Planned) -- a passed amendment is read as the act's."""
    if "amend" not in context.masked or "bill" not in context.view.text.lower():
        return []
    findings = []
    for match in AMENDING_BILL.finditer(context.masked):
        if match.group("billslot") and context.view.mentions[int(SLOT_RE.match(match.group("billslot")).group(1))].extra.get(
                "label", "").strip().lower() not in ("bill", "draft bill", "new bill"):
            continue  # ("the X Act amending the Y Act": a named text, read by documents())
        act = _amended_act(context, match)
        issuer = context.state or context.topic
        if act is None or not issuer or context.state_of(issuer) != issuer:
            continue
        start, end = context.clause_of(match.start())
        # (a body's name stays: "is still before the National Council")
        rest = SLOT_RE.sub(lambda m: context.view.mentions[int(m.group(1))].text if context.view.mentions[int(
            m.group(1))].kind == "org" else " ", context.masked[match.end():].split(";", 1)[0])
        rest = re.split(r"\b(?:while|whereas)\b", rest, maxsplit=1)[0]
        before = SLOT_RE.sub(" ", context.masked[max(start, context.intro_end):match.start()])
        status = cues.clause_status(before, rest)
        passed = status == "done" and LAW_MAKING.search(rest) and not INTRODUCING.search(before + rest)
        if status == "done" and INTRODUCING.search(before + " " + rest) or status in ("Proposed", "UnderNegotiation"):
            status = "Proposed"  # "was tabled in parliament", "is before parliament", "is being debated"
        elif passed:
            status = "Adopted"  # "a bill amending the X Act was passed in 2022": the amendment is law
        elif status not in ("Draft", "Planned"):
            continue
        status = _not_yet_status(rest, status) or status
        when = next((w for w in cues.times(rest, anchor=context.previous_year) if w.prep in ("in", "on", "since")), None) \
            or next((w for w in cues.times(before, anchor=context.previous_year) if w.prep in ("in", "on")), None)
        label = f"{act.extra['label']} {'amendment' if status == 'Adopted' else 'amending bill'}"
        mention = Mention(0, 0, "", "lower", "document", label, {"label": label, "head": "bill", "acronym": ""})
        entity = document_entity(context, mention, issuer)
        finding = _finding(context, Fact("issued", issuer, entity.key, when.year if when else "", status),
                           f"document.amending-{status.lower()}", True)
        finding.entities.append(entity)
        findings.append(finding)
    return findings


RULES = [documents, ordinal_documents, amending_bills, programmes, recipient_funding, money_flows, exercises, events]
