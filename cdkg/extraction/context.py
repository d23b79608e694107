"""What a rule knows about its sentence: mentions, subject, intro phrase, clauses, paragraph topic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from cdkg.extraction import cues
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention, SentenceView
from cdkg.facts import Fact
from cdkg.gazetteer import Gazetteer

ACTOR_KINDS = ("state", "org")
INTRO = re.compile(
    r"(?:As|as|In|in|Through|through|Since|since|Upon|upon|Under|On|At|Following|After|With|Within|For|By|"
    r"Meanwhile|Additionally|Moreover|However|Internally|Recently|Currently|Driven|Despite|Although|While|"
    r"Beyond|Besides|Given|Unlike|Like|To|During|Before|Today|Now)\b[^,;]{0,120},\s*"
)
# What follows a clause's subject: up to two lower-case words ("officials", "cyber teams"), an optional
# apposition or acronym between commas or parentheses, then a verb group.
VERBISH = re.compile(
    r"^(?:\s*\([^()]{1,80}\))?(?:\s+and\s+(?:the\s+)?(?:\ue000\d+\ue001|[a-z]+))?(?:\s+[a-z][\w-]*){0,2}?"
    r"(?:\s*,\s*(?:which|who|whose|where)\b[^;]{0,160}?,|"
    r"\s*,[^,;]{0,80},|"
    # an apposition that holds commas of its own: "Uruguay, a founding member of the UN and, since 1948, of the OAS, has"
    r"\s*,\s*(?:an?|the|one)\s+[^;]{0,160}?,)?\s+(?:\w+ly\s+)*"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|may|also|thus|then|"
    # a word in -s that is no verb ("It joined Mercosur as a founding state": Mercosur is no subject)
    r"(?!(?:as|its|this|plus|unless|whereas|across|less|us|thus)\b)\w+(?:s|ed)|took|made|became|"
    r"joined|set|led|held|won|ran|sat|began|grew|gave|sought|chose|put|join|take|compete|participate|work|"
    r"told|said|spoke|wrote|saw|found|kept|met|brought|stood|left|drew|thought|"
    # (irregular pasts of giving and training: "In 2031 Austria paid for …", "The agency taught …")
    r"paid|spent|lent|sent|built|taught|"
    r"cooperate|attend|hold|run|lead|sign|absorbed|(?:co-?)?(?:fund|finance|lead)|implement|manage|sponsor|benefit|"
    r"receive|contribute|provide|offer|deliver|operate|draw)\b"
)
# A mention that a preposition governs ("with Ukraine's agency", "in line with the EU's directive") is never
# a clause's subject; nor is a possessor ("the EU's statement").
PREPOSITION = (r"(?:of|with|by|from|to|for|in|into|on|under|within|at|between|among|amongst|against|about|via|"
               r"through|towards?|including|like|than|as|after|before|over|across|alongside|besides?|despite|during|"
               r"except|per|regarding|since|upon|without|behind|beyond|near|outside|inside|throughout|onto|amid|"
               r"unlike|and|or|nor|"
               # a transitive verb's object is no subject either ("It also joined the WTO (2012) and uses the euro")
               r"joined|rejoined|chaired|co-chaired|hosted|co-hosted|ratified|co-founded|founded|left|quit)")
GOVERNED = re.compile(
    rf"\b{PREPOSITION}\s+(?:(?:the|a|an|its|their|his|her|both|either|all|some|other|several|many|most)\s+)?"
    rf"(?:{SLOT}(?:'s|')?\s+)?(?:[a-z][\w-]*\s+){{0,2}}$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"^(?:'s|')(?=\s)")
# A possessor is no subject ("It co-sponsored Russia's draft X and voted for it": the draft is Russia's, the vote the
# clause's own subject's), unless what it owns is a body or people that act for it ("Russia's delegation voted against
# X", "Ukraine's government CERT attributed …"; a named agency after the possessive is its own mention).
OWNED_ACTOR = re.compile(r"^(?:'s|'|’s|’)\s+(?:\ue000|(?:[a-z][\w-]*\s+){0,2}?(?:delegations?|government|authorities|"
                         r"representatives?|mission|ambassadors?|envoys?|ministers?|ministry|president|prime\s+minister|"
                         r"officials|diplomats|leaders?|team|agency|police|army|military|forces|services?)\b)", re.IGNORECASE)

# the bare head of a state's acting body after its possessive, up to the verb: "'s delegation", "'s cyber agency"
OWNED_HEAD = re.compile(r"^(?:'s|')\s+(?:[a-z][\w-]*\s+){0,2}?(?:delegation|government|authorities|mission|agency|"
                        r"ministry|representatives|diplomats|officials)(?=\s)")


def possessor_only(after: str) -> bool:
    """Whether the text right after a mention makes it the possessor of a thing ("'s draft"), not of an acting body."""
    return bool(POSSESSIVE_AFTER.match(after.replace("’", "'"))) and not OWNED_ACTOR.match(after)
# Verbs that start a coordinated clause after "and" ("…, and plans to sign …", "and is negotiating …").
CLAUSE_VERB = (r"(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|does|did|"
               r"plans?|planned|intends?|intended|aims?|hopes?|expects?|seeks?|wants?|wishes|remains?|continues|"
               r"signed|concluded|agreed|negotiat\w+|launched|adopted|joined|became|participat\w+|cooperat\w+|"
               r"collaborat\w+|works|worked|chairs|chaired|hosts|hosted|takes|took|funds|funded|committed|"
               r"established|never|expired|lapsed|suspended|terminated|withdrew|remained|contains|entered|hold|holds|"
               r"held|organi[sz]ed|organi[sz]es|co-?hosted|co-?hosts|conducted|conducts|staged|stages)\b")
# Finite verbs of a role in a programme (a new clause after ", and <subject>"): its money, its running, its benefit.
ROLE_VERB = (r"(?:benefit(?:s|ed|ted)|receives|received|draws|drew|runs|ran|(?:co-?)?leads|(?:co-?)?finances|"
             r"approved|approves|allocated|allocates|pledged|pledges|granted|grants|gave|gives|"
             r"(?:co-?)?funds|implements|manages|donates|donated|contributes|contributed|attends|attended|offers|"
             r"provides|supports)\b")
# Verbs that can only be finite: a noun phrase followed by one of these after a comma is a new clause, not an
# apposition ("…, an agreement with Japan is under negotiation" but "…, a mechanism launched in 2016").
FINITE_VERB = (r"(?:has|have|had|is|are|was|were|will|would|shall|can|could|may|might|must|remains?|remained|"
               r"expired|lapsed|entered|contains)\b")
HAS_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|[a-z]+ed|[a-z]+s)\b")
# a clause that opens with its verb, as one coordinated with the verb before does ("… and organises Y")
COORDINATED_VERB = re.compile(rf"(?:\w+ly\s+)*(?:also\s+)?{CLAUSE_VERB}")
CLAUSE_BREAK = re.compile(
    r";\s*"
    # contrast always opens a clause of its own: "…, but the government is still negotiating …"
    r"|,?\s+(?:but|whereas|while|although|though)\s+"
    # "…, as well as receiving assistance from X": a participle phrase, not one more item of the list
    r"|,?\s+as well as\s+(?=[a-z]+ing\b)"
    # a coordinated verb phrase: "… and intend to sign a similar memorandum with …"
    rf"|,?\s+and\s+(?=(?:\w+ly\s+)*{CLAUSE_VERB})"
    # ", and the country is negotiating …": a comma, a conjunction, a new subject of up to four words, a verb
    # (or a capacity-building verb: ", and Moldova benefits from X", ", and Japan co-leads it")
    rf"|,\s+and\s+(?=(?:[^\s,;()]+\s+){{1,4}}?(?:\w+ly\s+)*(?:{CLAUSE_VERB}|{ROLE_VERB}))"
    # ", and the Republic of X, through XICA, funded …": a subject with the channel it acts through set off by commas
    rf"|,\s+and\s+(?=(?:the\s+)?{SLOT}\s*,\s*(?:through|via)\s+[^,;]{{1,60}},\s+(?:\w+ly\s+)*[a-z]{{3,}}(?:s|ed)\b)"
    # ", and in 2021 it served as …": a pronoun subject of its own (perhaps after a time phrase)
    rf"|,?\s+and\s+(?=(?:(?:in|on|by|since|during|from|later)\b[^,;\ue000]{{0,30}}?,?\s+)?(?:it|they)\s+(?:\w+ly\s+)?[a-z]{{3,}})"
    # "… participated in X and observed the Y exercise": a coordinated past-tense verb with an object of its own
    rf"|\s+and\s+(?=(?:\w+ly\s+)*(?!(?:need|seed|feed|shed|bred|red)\b)[a-z]{{2,}}ed\s+(?:the|an?|its|their|\ue000)[\s\ue000])"
    # ", an agreement with Japan is under negotiation": a comma, a noun phrase of its own, a verb
    # (or talks named with no article: ", and talks on a similar memorandum with X have been under way since 2025")
    # (not an apposition closed by a comma after a name: "whereas X, its neighbour, has only signed it")
    rf"|(?P<np_clause>,\s+(?:and\s+)?(?!(?<=\ue001,\s)(?:its|their|the|a|an)\s+[^,;\ue000]{{1,40}},\s+(?:\w+ly\s+)*{FINITE_VERB})"
    rf"(?=(?:(?:a|an|the|its|their)\s+(?:[^\s;]+\s+){{1,14}}?|"
    rf"(?:talks|negotiations|discussions)\s+(?:[^\s;]+\s+){{0,14}}?)(?:\w+ly\s+)*{FINITE_VERB}))"
    # "… is under negotiation and one with Israel is planned": a second thing of the same kind with its own verb
    rf"|,?\s+and\s+(?=(?:one|another|a\s+(?:similar|second|third)\s+one)\s+with\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?"
    rf"\s+(?:\w+ly\s+)*{FINITE_VERB})"
    # a non-restrictive relative clause: ", which hosts CERT-EE,"
    r"|,\s+(?=(?P<relative>which|who|whose|where|when)\b)"
    # ", since INSA has run X", ", because the agency is …": a reason clause with a subject of its own
    rf"|,\s+(?:since|because)\s+(?=(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were)\s)"
)
# "In 2022 the X, …", "Since 2020 its cooperation agency (X) has …": a time phrase followed directly by the subject
# noun phrase, no comma between.
TIME_THEN_SUBJECT = re.compile(rf"(?:In|By|Since|On)\s+(?:(?:early|late|mid-?)\s*)?(?:{cues.MONTH}\s+)?{cues.YEAR}\s+"
                               rf"(?=(?:(?:the|a|an)\s+)?{SLOT}|(?:the|its|their)\s+(?:[a-z][\w-]*\s+){{1,3}}\(\s*{SLOT}\s*\))")
RELATIVE_START = re.compile(r",?\s*(?:which|who)\s")
# "Sweden's participation in", "the EU's new partnership with": the actor that owns the noun a trigger names.
POSSESSOR_BEFORE = re.compile(rf"{SLOT}(?:'s|’s|')\s+(?:(?:new|long-standing|longstanding|close|closer|growing|"
                              rf"active|regular|annual|bilateral|strategic|structured|cyber|security|first)\s+){{0,3}}$")
# a state's agency set off after its name as the channel it acts through: ", through KOICA,", ", via its agency, JICA,"
CHANNEL_AFTER = re.compile(rf"\s*,\s*(?:through|via|by\s+way\s+of|acting\s+through)\s+(?:its\s+|their\s+|the\s+)?"
                           rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:\(\s*)?{SLOT}(?:\s*\([^()]*\))?\s*\)?\s*,")
ANTECEDENT_BEFORE = re.compile(rf"{SLOT}(?:\s*\([^()]*\))?,?\s*$")
# a state named as where something is: "the X Centre in Bangkok", "a hub based in Nairobi"
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|based\s+in|located\s+in|hosted\s+in|headquartered\s+in)\s+(?:the\s+)?$")
THROUGH = re.compile(rf"^[Tt]hrough (?:the |its |their )?(?:\ue000\d+\ue001-(?:funded|financed|backed|sponsored|led|run)\s+)?{SLOT}")
# the same, tried only where a break can begin: every alternative opens with ";", "," or spaces before "and", "but",
# "whereas", "while", "although", "though" or "as well as" (a space before any other word is passed over at once)
CLAUSE_BREAK_AT = re.compile(r"(?=[;,]|\s+(?:and|but|whereas|while|although|though|as\s))(?:" + CLAUSE_BREAK.pattern + ")",
                             CLAUSE_BREAK.flags)

# Where a paragraph's sentences part: after ".", "!" or "?" and the spaces that follow.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")



@dataclass
class Finding:
    """A fact read from one sentence, with the rule's confidence and name."""

    fact: Fact
    confidence: Decimal
    rule: str
    entities: list = field(default_factory=list)


@dataclass
class SentenceContext:
    """A masked sentence plus the subject and clause structure the rules share."""

    view: SentenceView
    gazetteer: Gazetteer
    topic: str
    previous_subject: str
    intro_end: int = 0
    subject: Mention | None = None
    through: Mention | None = None
    _clauses: list[tuple[int, int]] | None = None
    _hedged: bool | None = None
    _themes: set | None = None
    _memo: dict = field(default_factory=dict)
    recent_orgs: list = field(default_factory=list)
    state: str = ""
    home: str = ""  # the state the whole document is about (``state`` is the paragraph's)
    previous_year: str = ""
    previous_through: str = ""  # the agency the previous sentence's subject was ("SingCERT …. It also …")
    preceding: str = ""  # the paragraph's text before this sentence (read-only: what a sentence refers back to)
    names_before: Callable[[], tuple] | None = None  # gazetteer hits in ``preceding``, kept by the pipeline
    # the masked sentence, ``view.masked`` (a plain attribute: the rules read it some 90 times a sentence, and a
    # property cost three times an attribute's look-up; the view is masked before its context is built)
    masked: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.masked = self.view.masked

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """Clause spans of the sentence, computed when a rule first asks (most sentences trigger no rule)."""
        if self._clauses is None:
            self._clauses = clauses(self.view.masked)
        return self._clauses

    @property
    def themes(self) -> set:
        """The ontology themes the sentence mentions (a fresh set each time), computed once."""
        if self._themes is None:
            self._themes = set(cues.themes(self.view.masked))
        return set(self._themes)

    @property
    def hedged(self) -> bool:
        """Whether the sentence reports second-hand ("reportedly"), computed once."""
        if self._hedged is None:
            self._hedged = cues.is_hedged(self.view.masked)
        return self._hedged

    def written(self) -> str:
        """The masked sentence with every mention written out again (as its mention's text), computed once."""
        found = self._memo.get("written")
        if found is None:
            found = self._memo["written"] = self._write_out(self.masked)
        return found

    def written_out(self, masked: str) -> str:
        """A stretch of the masked sentence with its mentions written out again (the whole one computed once)."""
        return self.written() if masked is self.masked else self._write_out(masked)

    def _write_out(self, masked: str) -> str:
        return SLOT_RE.sub(lambda m: self.view.mentions[int(m.group(1))].text, masked)

    def preceding_names(self) -> tuple:
        """The gazetteer's hits in ``preceding``, as ``gazetteer.find(preceding)`` gives them (the pipeline keeps
        them along the paragraph instead of scanning it again for every sentence)."""
        if self.names_before is None:
            return tuple(self.gazetteer.find(self.preceding))
        return self.names_before()

    def sentences_before(self) -> list[str]:
        """The paragraph's sentences before this one, split after ".", "!" or "?" and the spaces that follow (none for
        a paragraph's first sentence); read once per sentence, whichever rules ask."""
        found = self._memo.get("sentences before")
        if found is None:
            text = self.preceding.strip()
            found = self._memo["sentences before"] = SENTENCE_END.split(text) if text else []
        return found

    def sentence_before(self) -> str:
        """The paragraph's sentence right before this one, or ''."""
        before = self.sentences_before()
        return before[-1] if before else ""

    def state_of(self, key: str) -> str:
        """The state an actor stands for: itself if a state, its state if an agency, else ''."""
        entity = self.gazetteer.entities.get(key)
        if entity is None:
            return ""
        if entity.kind == "state":
            return key
        return entity.agency_of

    def subject_key(self) -> tuple[str, str, bool]:
        """(actor key, through key, indirect?) of the sentence subject, agencies standing for their state."""
        mention = self.subject
        if mention is None and self.other_actor_at(self.intro_end):
            return "", "", True  # "The Nordic Digital Foundation funded …": a named actor, not the profile's state
        if mention is None or not mention.key:
            key = self.previous_subject or self.topic
            through = self.previous_through if self.previous_through and key and \
                self.state_of(self.previous_through) == key and AGENCY_PRONOUN.match(self.masked) else ""
            return key, through, True
        through = self.through.key if self.through else self.channel_of(mention)
        state = self.state_of(mention.key)
        if mention.kind == "org" and state:
            return state, mention.key, mention.form in ("coref",)
        return mention.key, through, mention.form in ("coref", "topic")

    def other_actor_at(self, start: int) -> bool:
        """Whether the clause at ``start`` opens with a named actor the gazetteer does not know and that no state
        stands for ("The Nordic Digital Foundation funded …", "The Lilongwe Institute of Technology signed …",
        "Microsoft Corporation, which runs an office there, signed …"): the clause has a subject of its own, so the
        profile's state (or the previous sentence's) is not its actor."""
        key = ("other actor", start)
        if key not in self._memo:
            if GOVERNED_OPENING.match(self.masked, start):
                self._memo[key] = False
                return False
            opening = NAMED_OPENING.match(self.masked, start)
            if opening is not None:
                # a fund, bank or foundation the gazetteer keeps as a programme, followed by its verb: "The Eurasian
                # Fund for X (EFSD), managed by the Y Bank, approved …" (its act, not a later clause's body's)
                mention = self.view.mentions[int(opening.group(1))]
                self._memo[key] = mention.kind not in ACTOR_KINDS and mention.kind != "coref" and \
                    bool(FUNDER_HEAD.search(mention.text)) and bool(VERBISH.match(self.masked[opening.end():]))
                return self._memo[key]
            found = OTHER_ACTOR_SUBJECT.match(self.masked, start)
            # a state may own it ("the Austrian Fund for …", "Malawian Telecom Company"), a body may not (that body's
            # name is the actor's: "the ITU's …" is read where possessors are)
            owner = found and found.group("owner") and self.view.mentions[int(found.group("owner"))]
            self._memo[key] = found is not None and not GOVERNED_OPENING.match(self.masked, start) and \
                (not owner or owner.kind == "state" and owner.form in ("adjective", "demonym"))
        return self._memo[key]

    def channel_of(self, mention: Mention) -> str:
        """The agency a state subject names as its channel right after its name ("The Republic of X, through its
        cooperation agency XICA, funded …", "Japan, via JICA, has trained …"): that agency's key, else ''."""
        if mention.kind != "state":
            return ""
        index = self.index_of(mention)
        found = CHANNEL_AFTER.match(self.masked, self.view.offsets[index] + len(str(index)) + 2)
        if found is None:
            return ""
        agency = self.view.mentions[int(found.group(1))]
        return agency.key if agency.kind == "org" and agency.key and self.state_of(agency.key) == mention.key and \
            agency.key != mention.key else ""

    def subject_in(self, start: int, end: int) -> tuple[str, str, bool]:
        """Like :meth:`subject_key`, but a later clause with a subject of its own ("…, while Nigeria is
        negotiating …") keeps that subject."""
        key = ("subject", start, end)
        if key not in self._memo:
            self._memo[key] = self._subject_in(start, end)
        return self._memo[key]

    def _subject_in(self, start: int, end: int) -> tuple[str, str, bool]:
        antecedent = self._antecedent(start)
        if antecedent is not None:  # "Unlike Chile, which chaired X, Peru …": the relative clause is Chile's
            state = self.state_of(antecedent.key)
            if antecedent.kind == "org" and state and state != antecedent.key:
                return state, antecedent.key, False
            return antecedent.key, "", False
        if start > self.intro_end:
            if self.other_actor_at(start):
                return "", "", True  # "…, and the Nordic Digital Foundation funded …": that body's act
            mention = find_subject(self.view, start, end) or self._after_relative(start) or self._people_of(start)
            if mention is None and COORDINATED_VERB.match(self.masked, start) and \
                    re.search(r"\sand\s+$", self.masked[max(0, start - 8):start]):
                # "…, and the NKSC takes part in X and organises Y": a verb coordinated with the one before has the
                # subject of that verb's clause, not the sentence's
                # (a relative clause closed by a comma before the "and" is not the verb's: "X, which it joined in 2016,
                # and took part in Y" is X's act; "Y, which became operational in 2020 and was admitted to Z" is Y's)
                previous = [span for span in self.clauses if span[1] <= start and not (
                    RELATIVE_HEAD.match(self.masked, span[0]) and "," in self.masked[span[1]:start])]
                if previous and previous[-1][0] > self.intro_end:
                    return self._subject_in(*previous[-1])
            if mention is not None:
                state = self.state_of(mention.key)
                if mention.kind == "org" and state:
                    return state, mention.key, mention.form == "coref"
                return mention.key, self.channel_of(mention), mention.form == "coref"
        return self.subject_key()

    def _people_of(self, start: int) -> Mention | None:
        """A state agency whose people or unit open a later clause: "…; officers of the Cyber Command joined X" (the
        agency acts through its people, as at a sentence's start)."""
        people = PEOPLE_OF_AGENCY.match(self.masked, start)
        if people is None:
            return None
        mention = self.view.mentions[int(people.group(1))]
        entity = self.gazetteer.entities.get(mention.key) if mention.kind == "org" else None
        return mention if entity is not None and getattr(entity, "agency_of", "") else None

    def _after_relative(self, start: int) -> Mention | None:
        """The subject of a verb phrase that resumes after a relative clause: "…, and the KNPA, whose cyber bureau
        handles investigations, cooperates with Interpol and concluded …" (the KNPA, for both verbs)."""
        if not VERB_FIRST.match(self.masked, start):
            return None
        spans = [span for span in self.clauses if span[1] <= start]
        while spans:
            previous_start, _ = spans.pop()
            if RELATIVE_HEAD.match(self.masked, previous_start):
                before = ANTECEDENT_BEFORE.search(self.masked[max(0, previous_start - 40):previous_start])
                if before is None or previous_start <= self.intro_end:
                    return None
                mention = self.view.mentions[int(before.group(1))]
                if not mention.key or mention.kind not in ACTOR_KINDS or \
                        PLACE_BEFORE.search(self.masked, 0, max(0, previous_start - 40) + before.start()):
                    return None
                return mention
            if not VERB_FIRST.match(self.masked, previous_start):
                return None
        return None

    def _antecedent(self, start: int) -> Mention | None:
        """The actor a relative clause starting at ``start`` is about: the one named right before its ", which"."""
        if not RELATIVE_START.match(self.masked, start):
            return None
        before = ANTECEDENT_BEFORE.search(self.masked[max(0, start - 40):start])
        if before is None:
            return None
        mention = self.view.mentions[int(before.group(1))]
        if mention.kind == "state" and PLACE_BEFORE.search(self.masked, 0, max(0, start - 40) + before.start()):
            return None  # "courses at the X Centre in Bangkok, which Japan funds": a place is no relative clause's subject
        return mention if mention.key and mention.kind in ACTOR_KINDS else None

    def possessor_before(self, position: int) -> Mention | None:
        """The actor whose noun stands right before ``position`` ("Sweden's participation in", "the EU's partnership
        with"): that noun's subject, whoever the clause's subject is; None when no actor owns it."""
        found = POSSESSOR_BEFORE.search(self.masked, max(0, position - 70), position)
        if found is None:
            return None
        mention = self.view.mentions[int(found.group(1))]
        return mention if mention.key and mention.kind in ACTOR_KINDS else None

    def clause_subject(self, start: int, end: int) -> Mention | None:
        """The explicit subject mention of a clause (the sentence's for the first clause), the antecedent of a
        relative clause (", which adopted …"), or None."""
        antecedent = self._antecedent(start)
        if antecedent is not None:
            return antecedent
        if start <= self.intro_end:
            return self.subject
        return find_subject(self.view, start, end)

    def list_items(self, start: int, end: int, kinds: tuple[str, ...] = ACTOR_KINDS) -> list[tuple[Mention, str]]:
        """The items of a coordinated list in [start, end), each with its own year (see :func:`item_years`)."""
        key = ("items", start, end, kinds)
        if key not in self._memo:
            self._memo[key] = self._list_items(start, end, kinds)
        return list(self._memo[key])

    def _list_items(self, start: int, end: int, kinds: tuple[str, ...]) -> list[tuple[Mention, str]]:
        found = [(int(m.group(1)), m.start(), m.end()) for m in SLOT_RE.finditer(self.masked, start, end)]
        found = [(i, b, e) for i, b, e in found if self.view.mentions[i].key and self.view.mentions[i].kind in kinds
                 and self.view.mentions[i].form != "capital"]
        items = []
        for position, (index, _, slot_end) in enumerate(found):
            following = found[position + 1][1] if position + 1 < len(found) else end
            between = self.masked[slot_end:following]
            if POSSESSIVE_AFTER.match(between) and position + 1 < len(found) and \
                    not between[2:].strip(" "):  # "Ukraine's SSSCIP": the agency is the item
                continue
            if between == " " and position + 1 < len(found) and self.view.mentions[index].kind == "state" and \
                    self.view.mentions[found[position + 1][0]].kind == "org":  # "the US CISA": the agency is the item
                continue
            items.append((self.view.mentions[index], between))
        return [(m, y) for (m, _), y in zip(items, item_years([t for _, t in items]))]

    def index_of(self, mention: Mention) -> int:
        """The index of a mention of this sentence (by identity: comparing mentions field by field is slow)."""
        ids = self._memo.get("ids")
        if ids is None:
            ids = self._memo["ids"] = {id(m): i for i, m in enumerate(self.view.mentions)}
        found = ids.get(id(mention))
        return found if found is not None else self.view.mentions.index(mention)

    def clause_of(self, position: int) -> tuple[int, int]:
        """The (start, end) of the clause holding a masked offset."""
        for start, end in self.clauses:
            if start <= position < end:
                return start, end
        return 0, len(self.masked)

    def mention_at(self, index: int) -> int:
        """The masked offset of mention ``index``."""
        return self.view.offsets[index]

    def plain_around(self, index: int, width: int = 80) -> tuple[str, str]:
        """The masked text in the ``width`` characters before mention ``index`` and all of it after the mention's slot,
        each other slot written as " X " (for patterns that read words around a name, not which names)."""
        offset = self.view.offsets[index]
        return (SLOT_RE.sub(" X ", self.masked[max(0, offset - width):offset]),
                SLOT_RE.sub(" X ", self.masked[offset + len(str(index)) + 2:]))

    def mentions_between(self, start: int, end: int, kinds: tuple[str, ...] = ACTOR_KINDS) -> list[Mention]:
        """Resolved mentions whose slots lie in [start, end) of the masked string."""
        found = []
        for match in SLOT_RE.finditer(self.masked, start, end):
            mention = self.view.mentions[int(match.group(1))]
            if mention.key and mention.kind in kinds and mention.form != "capital":
                found.append(mention)
        return found


NEXT_ITEM_TIME = re.compile(rf"\s*,?\s*(?:and|or|as well as)\s*,?\s*(?P<time>(?:since|in|from)\s+(?:{cues.MONTH}\s+)?{cues.YEAR})"
                            r"\s*,?\s*(?:with|to)\s+(?:the\s+)?")


def item_years(gaps: list[str]) -> list[str]:
    """Each list item's own year from the text after it: "Israel in 2016 and Rwanda in 2019", "India (2020)";
    an item joined to the next by a bare "and" shares the next one's ("NATO and the EU in 2004"); a year
    after a verb ("expired in 2018") is not the item's."""
    years: list[str] = []
    last, carried = "", ""
    for gap in gaps:
        when = next(iter(cues.times(gap[:40], anchor=last)), None)
        own = when is not None and re.fullmatch(r"[\s(,]*(?:the\s+\w+\s+of\s+)?", gap[:when.start]) is not None
        years.append(carried or (when.year if own and when is not None else ""))
        # "with Interpol and, since 2021, with Ameripol": a time set off between "and" and the next item is the next's
        ahead = NEXT_ITEM_TIME.fullmatch(gap)
        carried = cues.times(ahead.group("time"))[0].year if ahead and cues.times(ahead.group("time")) else ""
        last = years[-1] or last
    for position in range(len(years) - 2, -1, -1):
        if not years[position] and re.fullmatch(r"\s+(?:and|or)\s+(?:the\s+|both\s+)?", gaps[position]):
            years[position] = years[position + 1]
    return years


def intro_end(masked: str) -> int:
    """Where the sentence's introductory phrases ("In 2021, upon joining NATO,") end."""
    position = 0
    while True:
        found = INTRO.match(masked, position)
        if not found:
            return position
        dated = TIME_THEN_SUBJECT.match(masked, position)
        if dated and dated.end() < found.end():  # "In 2022 the Bank, a lender, approved": the intro is the time
            return dated.end()
        position = found.end()


# What a state's adjective can qualify without the state acting: "Chinese firms", "Russian-speaking hackers",
# "Turkish universities" (their deeds are no deeds of the state).
NOT_THE_STATE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:firms?|compan(?:y|ies)|vendors?|corporations?|"
                                 r"businesses|manufacturers?|banks?|start-?ups?|contractors?|suppliers?|giants?|"
                                 r"conglomerates?|universit(?:y|ies)|hackers?|criminals?|researchers?|media|"
                                 r"newspapers?|citizens?|nationals?|users?)\b")


# A clause that opens with its verb (its subject told before a relative clause or an earlier verb of the same run).
VERB_FIRST = re.compile(r"(?:\w+ly\s+)?(?:also\s+)?(?!which\b|who\b|whose\b|where\b|when\b|this\b|thus\b|as\b|its\b|"
                        r"us\b|plus\b|less\b|unless\b|whereas\b)[a-z]{3,}(?:s|ed)\s")
RELATIVE_HEAD = re.compile(r"(?:which|who|whose)\b")


# The body a unit belongs to, named right after the unit: "the CCID of the Royal Police", "the Cyber Unit of the NPS".
OF_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?\ue000(\d+)\ue001(?:\s*\([^()]*\))?")


# A clause that opens with a named body the gazetteer does not know, whose head word makes it no government's
# (a foundation, a university, a company, a bank or fund), followed by its verb (perhaps after an acronym or an
# apposition): "The Nordic Digital Foundation funded …", "The Lilongwe Institute of Technology signed …", "Acme
# Corporation, a software firm, signed …". Its words carry no mention (a known name is a mention and read as such).
OTHER_ACTOR_SUBJECT = re.compile(
    r"\s*(?:(?:and|but|while|whereas)\s+)?(?:[Tt]he\s+)?"
    r"(?:\ue000(?P<owner>\d+)\ue001\s+(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|de|&)\s+(?:the\s+)?)?){0,6}|"
    r"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|de|&)\s+(?:the\s+)?)?){1,6})"
    r"(?:Foundation|Universit(?:y|ies)|College|Compan(?:y|ies)|Corporation|Corp\.|Inc\.|Ltd\.?|Limited|plc|"
    r"Bank|Fund|Trust|Society|Institute\s+of\s+Technology|Polytechnic|Consortium|Holdings?|Telecom|Chamber|Federation)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4})?"
    r"(?:\s*\([^()\ue000]*\))?(?:,\s+(?:an?|the|which|who|managed|run|owned|set|founded|established|based)\s+"
    r"[^,;]{1,90},)?"
    r"\s+(?:\w+ly\s+)?(?:also\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:also\s+)?)?"
    r"(?!of\b|for\b|and\b|in\b|to\b|on\b|at\b|with\b|by\b|from\b|as\b|is\b|was\b|are\b|were\b|that\b|which\b)"
    r"[a-z]{3,}(?:s|ed)\b")
NAMED_OPENING = re.compile(r"\s*(?:(?:and|but|while|whereas)\s+)?(?:[Tt]he\s+)?\ue000(\d+)\ue001")
FUNDER_HEAD = re.compile(r"\b(?:Fund|Foundation|Bank|Trust)\b")
# (a clause that opens with a preposition has its subject later: "With the X Foundation, Malta funded …")
GOVERNED_OPENING = re.compile(r"\s*(?:[Ww]ith|[Tt]hrough|[Vv]ia|[Ff]or|[Ff]rom|[Bb]y|[Uu]nder|[Ii]n|[Aa]t|[Oo]n)\s")


def is_subject_at(view: SentenceView, index: int, start: int) -> bool:
    """Whether mention ``index`` can be the subject of a clause starting at ``start``: an actor, not a
    possessor, not governed by a preposition, and followed by a verb."""
    mention = view.mentions[index]
    offset = view.offsets[index]
    if mention.kind not in ("state", "org", "coref") or not mention.key:
        return False
    after = view.masked[offset + len(f"{index}") + 2:]
    if GOVERNED.search(view.masked, max(start, offset - 80), offset):
        return False
    if POSSESSIVE_AFTER.match(after):
        # a state's acting body named by a bare head is the state acting: "…, while Belgium's agency signed one with X"
        # ("Russia's draft", "the EU's statement": a thing owned, no subject)
        owned = OWNED_HEAD.match(after)
        return mention.kind == "state" and owned is not None and bool(VERBISH.match(after[owned.end():]))
    if mention.form in ("adjective", "demonym") and NOT_THE_STATE_AFTER.match(after):
        return False  # "Chinese firms have supplied …": the firms act, not the state
    owner = OF_OWNER_AFTER.match(after) if mention.kind == "org" else None
    if owner is not None and view.mentions[int(owner.group(1))].kind == "org":
        after = after[owner.end():]  # "The CCID of the Royal Police handles cybercrime": the unit acts, its owner is named
    return bool(VERBISH.match(after))


def find_subject(view: SentenceView, start: int, end: int | None = None) -> Mention | None:
    """The subject of the clause [start, end): the first actor that is neither a possessor nor governed by a
    preposition and is followed by a verb (perhaps after a relative clause: "X, whose bureau handles most
    cases, cooperates …"); None when the clause has none (a passive, "it", a list)."""
    end = len(view.masked) if end is None else end
    for index, mention in enumerate(view.mentions):
        offset = view.offsets[index]
        if offset < start:
            continue
        if offset >= end:
            break
        if is_subject_at(view, index, start):
            return mention
    return None


def clauses(masked: str) -> list[tuple[int, int]]:
    """Clause spans of a masked sentence: split at semicolons, contrast words, "and" before a verb or a new
    subject, and around a non-restrictive relative clause (", which hosts CERT-EE,")."""
    spans, start = [], 0
    for found in CLAUSE_BREAK_AT.finditer(masked):
        if found.start() < start:
            continue
        if found.group("np_clause") and not HAS_VERB.search(masked, start, found.start()):
            continue  # "The UK, the US and the EU are …": a list of subjects, not two clauses
        spans.append((start, found.start()))
        start = found.end()
        if found.group("relative"):
            closing = masked.find(", ", start)
            if closing > 0 and not CLAUSE_BREAK.match(masked, closing):
                spans.append((start, closing))
                start = closing + 2
    spans.append((start, len(masked)))
    return spans


# A sentence whose subject is a pronoun or a bare head for the previous sentence's agency: "CERT-X took part in A.
# It also joined B", "The agency also signed …" (an intro may come first: "In 2023, it …"), or its people: "Its staff
# took part in C" (the agency acts through them).
AGENCY_PRONOUN = re.compile(r"(?:[^,;\ue000]{0,40},\s*)?(?:It|it|The (?:agency|team|centre|center|CERT|CSIRT|authority)|"
                            r"[Ii]ts\s+(?:staff|experts|analysts|officers|specialists|personnel|engineers|investigators|"
                            r"teams?|responders))\s+"
                            r"(?:also\s+|then\s+|later\s+|further\s+)?[a-z]")


# A subject named in apposition to a bare head: "The national team, CSIRT-X, took part …", "Its police unit, the
# Cyber Crime Unit, works with …".
APPOSED_SUBJECT = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?(?:team|CERT|CSIRT|CIRT|agency|authority|"
                             r"centre|center|unit|regulator|police|office|directorate|bureau|service|ministry),\s+"
                             r"(?:the\s+)?\ue000(\d+)\ue001\s*,\s+(?:\w+ly\s+)?(?!which\b|who\b)[a-z]")


# An agency's unit as the subject: "The Ministry of the Interior's cybercrime service works with …" (the agency acts).
OWNER_OF_UNIT = re.compile(r"(?:[Tt]he\s+)?\ue000(\d+)\ue001['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?(?:unit|service|department|"
                           r"division|directorate|team|branch|section|office|bureau|laboratory|lab)\s+(?:\w+ly\s+)?"
                           r"(?:also\s+)?(?!which\b|who\b|of\b|and\b|in\b|for\b)[a-z]")


# A state agency's people or unit as the subject: "Staff of the CGII took part in …", "A team from the NIS competed in …",
# "Analysts from CERT-X have joined …" (the agency acts; a foreign or international body's experts are read elsewhere).
PEOPLE_OF_AGENCY = re.compile(r"\s*(?:[Aa]n?\s+|[Tt]he\s+|[Tt]wo\s+|[Tt]hree\s+|[Ss]everal\s+)?(?:[a-z][\w-]*\s+)?"
                              r"(?:[Ss]taff(?:\s+members)?|[Tt]eams?|[Oo]fficers|[Ee]xperts|[Aa]nalysts|[Oo]fficials|"
                              r"[Pp]ersonnel|[Ee]ngineers|[Ss]pecialists|[Dd]elegation|[Rr]epresentatives|[Mm]embers|"
                              # or one of its units: "The cybercrime division of the FELCC works with Interpol"
                              r"[Dd]ivision|[Uu]nit|[Dd]epartment|[Dd]irectorate|[Bb]ranch|[Ss]ection|[Bb]ureau|[Ll]ab(?:oratory)?)\s+"
                              # ("a team led by the NBÚ won the 2017 edition": the agency that leads them)
                              rf"(?:of|from|led\s+by|headed\s+by)\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s+(?:\w+ly\s+)?(?:also\s+)?"
                              r"(?!which\b|who\b|of\b|and\b|in\b|for\b|on\b|at\b)[a-z]")


def build_context(view: SentenceView, gazetteer: Gazetteer, topic: str, previous_subject: str) -> SentenceContext:
    """Analyse a masked sentence: intro, subject, acting-through mention, clauses."""
    context = SentenceContext(view, gazetteer, topic, previous_subject)
    context.intro_end = intro_end(view.masked)
    first_clause_end = next((e for b, e in context.clauses if e > context.intro_end), len(view.masked))
    context.subject = find_subject(view, context.intro_end, first_clause_end)
    if context.subject is not None and context.other_actor_at(context.intro_end):
        context.subject = None  # "The X Fund, managed by Y, approved a credit …, a project the OAC oversees"
    if context.subject is None and re.match(r",\s*(?:which|who|whose|where)\b", view.masked[first_clause_end:]):
        # a noun phrase with a relative clause after it: its verb comes after that clause
        context.subject = find_subject(view, context.intro_end, first_clause_end + 1)
    if context.subject is None:
        named = APPOSED_SUBJECT.match(view.masked)
        owner = OWNER_OF_UNIT.match(view.masked) if named is None else None
        named = named or owner
        if named and view.mentions[int(named.group(1))].kind in (("org", "state") if owner else ("org",)):
            context.subject = view.mentions[int(named.group(1))]  # "The national team, CSIRT-X, took part in …"
    if context.subject is None:
        people = PEOPLE_OF_AGENCY.match(view.masked, context.intro_end)
        mention = view.mentions[int(people.group(1))] if people else None
        entity = gazetteer.entities.get(mention.key) if mention is not None and mention.kind == "org" else None
        if entity is not None and getattr(entity, "agency_of", ""):
            context.subject = mention  # "Staff of the CGII took part in …": the agency acts through its people
    through = THROUGH.match(view.masked)
    if through:
        context.through = view.mentions[int(through.group(1))]  # (the hyphenated donor is no group: "the EU-funded X")
    return context
