"""Relation rules: trigger words, argument types, status, year and confidence, over masked sentences.

Each rule reads a :class:`SentenceContext` and returns :class:`Finding` objects. Rules are
linguistic (a trigger lemma, where its arguments sit, which entity kinds they must have)
and never name a particular state, organisation or sentence.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from cdkg.extraction import cues
from cdkg.extraction.context import ACTOR_KINDS, Finding, SentenceContext, find_subject
from cdkg.text import slugify
from cdkg.extraction.discovery import NOT_A_PROGRAMME
from cdkg.extraction.mentions import SLOT, SLOT_RE, Mention
from cdkg.extraction.prefilter import may_match, prefiltered_search
from cdkg.facts import Fact
from cdkg.gazetteer import Entity
from cdkg.vocabulary import CDO

MOU = re.compile(r"\b(?:MoUs?|MOUs?|[Mm]emorand(?:um|a)(?: of [Uu]nderstanding)?|[Aa]greements?|[Aa]rrangements?|"
                 r"[Jj]oint [Dd]eclarations?|"
                 r"understandings?|[Ll]etters? of [Ii]ntent|[Rr]oadmaps?|[Aa]ccords?|[Pp]acts?|[Tt]reat(?:y|ies)|"
                 # nouns that name an agreement only with a counterpart after them: "a framework with Greece is planned",
                 # "talks on a similar text with India" (not "the legal framework of the EU")
                 r"(?:[Ff]rameworks?|texts?)(?=\s+with\b))\b")
MOU_NAMED = re.compile(r"\b(?:MoUs?|MOUs?|[Mm]emorand(?:um|a))\b")
CERT_WORD = re.compile(r"\bC(?:ERT|SIRT|IRT)s?\b")
AGREEMENT_VERB = re.compile(r"\b(?:sign(?:ed|s|ing)?|conclud(?:ed|es|ing)|negotiat(?:ed|es|ing))\b(?=[^;]*?\bwith\b)")
SIGN = re.compile(r"\b(?:signed|sign|signs|signing|concluded|brokered|inked|struck|entered into|initial(?:l)?ed|sealed|"
                  r"signatures?)\b", re.IGNORECASE)
MEMBER_WORDS = (r"(?:(?:[\w-]+|\ue000\d+\ue001) ){0,4}?(?:member(?: state)?|members|founders?|sponsoring nation|host nation|observer|"
                r"participating (?:state|country))")
MEMBERSHIP = [  # (pattern ending with the first organisation, whether the clause's year is the year it began)
    # "submitted its application to join the EU in 2022", "lodged a membership application with NATO": applying,
    # read as "applied for membership" is (Planned)
    (APPLICATION := re.compile(rf"\b(?:submitted|lodged|filed|presented|handed\s+in|sent|deposited)\s+(?:its|an?|the|their)\s+"
                               rf"(?:formal\s+|official\s+)?(?:membership\s+|accession\s+)?application\s+(?:to\s+join|"
                               rf"for\s+(?:full\s+)?(?:membership|accession)\s+(?:of|in|to)|with|to)\s+(?:the\s+)?{SLOT}"), True),
    (re.compile(rf"\b[Aa]s (?:an? |the )?{MEMBER_WORDS} of (?:both )?(?:the )?{SLOT}"), False),
    (re.compile(rf"\b(?:[Uu]pon|[Aa]fter|[Ss]ince|[Oo]n|[Bb]y|[Hh]aving) (?:formally )?join(?:ing|ed) (?:both )?(?:the )?{SLOT}"),
     True),
    (re.compile(rf"\b(?:joined|joins|acceded to|accession to|[Aa]dmitted (?:to|into)|admission to|co-?founded|founded|"
                rf"(?:is|are|was|were) admitted (?:to|into)|entered|re-?joined|re-?joins|re-?entered|re-?admitted to|"
                # "helped to create the SCO in 2001", "the 38th country to join the OECD"
                rf"help(?:ed|s)? (?:to )?(?:create|found|establish|set up)|"
                rf"(?:country|state|nation|member|members) to join)(?: both)? (?:what is (?:today|now) )?"
                rf"(?:(?:its|their) successor,? )?(?:the )?{SLOT}"),
     True),
    (re.compile(rf"\b(?:became|has become|have become) (?:also |now )?(?:an? |the )?{MEMBER_WORDS} (?:of|in) "
                rf"(?:both )?(?:the )?{SLOT}"), True),
    (re.compile(rf"\b(?:is|are|was|were|(?:has|have|had) (?:also |long |now |already )?been|remains?) "
                rf"(?:also |now |already |one of |among )?(?:an? |the )?{MEMBER_WORDS} (?:of|in) (?:both )?(?:the )?{SLOT}"),
     False),
    (re.compile(rf"(?:^|[,;]\s+|\b[Aa]nd )(?:an? |the )?{MEMBER_WORDS} of (?:both )?(?:the )?{SLOT}"), False),
    (re.compile(rf"\b(?:is|are|was|were|became|has been|have been) (?:also |now |already )?(?:an? )?(?:founding )?"
                rf"{SLOT}(?= member)"), False),
    (re.compile(rf"\bmembership (?:of|in) (?:the )?{SLOT}"), True),
    (re.compile(rf"\b(?:belongs?|belonged) (?:also )?to (?:both )?(?:the )?{SLOT}"), False),
    # "held a non-permanent seat on the UNSC in 2008-2009 and again in 2020-2021", "took up its third non-permanent
    # seat on the UN Security Council in January 2024": one membership per term
    (SEAT_ON := re.compile(rf"\b(?:holds?|held|has|had|won|took(?: up)?|takes? up|taking up|occupie[sd]) (?:a |its )?"
                           rf"(?:[\w-]+ ){{0,3}}seat on (?:the )?{SLOT}"), False),
    # "was elected to the UN Security Council for 2020-2021": a seat for that term (electing to chair is read there)
    (SEATED := re.compile(rf"\b(?:was|were|is|are|been|being|got|get|gets)\s+(?:\w+ly\s+)?(?:re-?)?elected\s+(?:as\s+an?\s+"
                rf"(?:non-permanent\s+|elected\s+)?member\s+)?(?:to|onto)\s+(?:the\s+)?{SLOT}"
                rf"(?!['’]|\s+(?:[a-z]+\s+)?(?:board|panel|committee|bureau|group|council)\b)"), True),
    # "sat on the UN Security Council in 2008-2009" (not "sat on the Council's board": the body itself)
    (SAT_ON := re.compile(rf"\b(?:sat|sits|sit|served|serves) (?:again |twice |once )?(?:as an? (?:non-permanent |elected )?member )?"
                rf"on (?:the )?{SLOT}(?!['’]|\s+(?:[a-z]+\s+)?(?:board|panel|committee|bureau|group|council)\b)"), True),
    # "is also part of APEC (1998)": read only for a state and an international organisation or forum (see below)
    (re.compile(rf"\b(?:is|are|was|were|has been|have been|remains?) (?:also |now |already )?(?:a )?part of (?:the )?{SLOT}"),
     False),
]
PART_OF = MEMBERSHIP[-1][0]
# "X (1963), now the African Union (AU)": what an organisation became.
NOW_CALLED = re.compile(rf"\s*(?:\([^()]*\))?(?:(?:\s+(?:in|from|since)\s+{cues.YEAR})?"  # "the OAU in 1963, today the AU"
                        rf",\s*(?:now|today)\s+(?:known as\s+)?(?:the\s+)?{SLOT}|"
                        # "a member of the OAU from 1963, it remains in its successor, the AU"
                        # (or "… of the OAU in May 1963 and belongs to its successor, the AU")
                        rf"(?:\s*(?:from|since|in)\s+(?:{cues.MONTH}\s+)?{cues.YEAR})?(?:,\s*|\s+and\s+)"
                        rf"(?:(?:[\w-]+|\ue000\d+\ue001)\s+){{1,4}}?(?:its|their)\s+successor,?\s+"
                        rf"(?:the\s+)?{SLOT}|"
                        # "a member of the OAU from that year and is now a member of the AU", "the OAU that same year, and it
                        # is today a member of the AU": the membership goes on in what the organisation now is
                        rf"(?:\s+(?:in|from|since)\s+(?:{cues.MONTH}\s+)?{cues.YEAR}|\s+(?:from\s+)?that\s+(?:same\s+)?year)?"
                        rf",?\s+and\s+(?:it\s+)?(?:is|remains)\s+(?:now|today)\s+a\s+member\s+of\s+(?:the\s+)?{SLOT}|"
                        # "the OAU in 1963, whose successor, the AU, …", "the OAU, the forerunner of today's AU"
                        rf"(?:\s+(?:in|from|since)\s+{cues.YEAR})?,\s*(?:whose\s+successor,?\s+(?:the\s+)?|"
                        rf"(?:the\s+)?(?:forerunner|predecessor)\s+(?:of|to)\s+(?:today['’]s\s+|the\s+(?:present|current)\s+|"
                        rf"the\s+)?){SLOT})")
# What may stand between two items of a list of organisations: "the OAS and of APEC (since 1994)",
# "NATO and the EU in the spring of 2004, followed by the Schengen area in 2007, the OECD in 2010".
LIST_GAP = re.compile(r"[\s,]*(?:\([^()]*\))?[\s,]*(?:(?:and|as well as|followed by|then|later|plus)\s+)?"
                      r"(?:(?:also|of|to|in|both)\s+)?(?:the\s+)?")
MEMBERSHIP_HINT = re.compile(r"member|joining|joined|joins|acceded|accession|dmitted|dmission|belong|founde|seat on|"
                             r"sat on|sits? on|serve[sd] on|elected|applicat|"
                             r"entered|help(?:ed|s)? (?:to )?(?:create|found|establish|set up)|to join|"
                             r"participating|part of|sponsoring nation|host nation")
PARTICIPATE = re.compile(r"\b(?:participat\w*|participants?|t(?:ook|akes?|aking|aken) (?:an? (?:active )?)?part|"
                         r"compet(?:e|es|ed|ing)|play(?:s|ed|ing)?|(?:been|is|are|was|were|get|gets|got|become|became)\s+involved|"
                         r"attend(?:s|ed|ing)?|(?:are|is|were|was|been|get|gets)\s+tested|"
                         # "tests its incident response in the X exercise", "placed second in Locked Shields"
                         r"test(?:s|ed|ing)?\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+|"
                         r"(?:placed|ranked|finished|came)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|top|highest)|"
                         # "units have trained in the cyber defence component of X"
                         r"(?:rehears|practis|practic|drill|train)(?:e|es|ed|ing|s)?"
                         r"(?:\s+[\w-]+){0,6}?)(?:\s+[\w-]+){0,4}?\s+(?:in|at)\b|\b(?:sat|sits?|sitting|served|serves) on\b"
                         r"|\battend(?:s|ed|ing)?\b|\b(?:sen[dt]s?|sending|fielded|fields?|contribut(?:es|ed|ing)|"
                         r"deploy(?:s|ed|ing)?|enter(?:s|ed|ing)?)\s+(?:a|an|its|their)?\s*(?:[\w-]+\s+)?"
                         # ("fields teams every year in Locked Shields": how often, between the team and the exercise)
                         r"(?:team|teams|delegation|squad|experts)\s+(?:(?:with|alongside)\s+\ue000\d+\ue001\s+)?"
                         r"(?:(?:every|each)\s+year\s+|annually\s+|regularly\s+|yearly\s+)?(?:to|in|at)\b"
                         # "joined exercises including Cyber Coalition and Crossed Swords"
                         r"|\b(?:join(?:s|ed|ing)?|host(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:exercises|drills)\s*,?\s+"
                         r"(?:such as|including|like)\b"
                         # "teams are regulars of NATO's X exercise and of Y", "a regular participant in X"
                         r"|\bregulars?\s+(?:participants?\s+)?(?:of|at|in)\b"
                         # "have included a cyber defence segment in the X exercise", "cyber drills have formed part
                         # of the Y exercise": a cyber part of an exercise is taking part in it
                         r"|\b(?:includ(?:e|es|ed|ing)|ha(?:s|ve|d)|ran|runs?|held|holds)\s+an?\s+(?:cyber(?:[- ]?defen[cs]e)?|"
                         r"cyber-?security|digital)\s+(?:component|segment|strand|track|module|element)s?\s+in\b"
                         r"|\b[Cc]yber(?:[- ]?defen[cs]e|-?security)?\s+(?:drills?|exercises?|components?|segments?)\s+"
                         r"(?:ha(?:s|ve|d)\s+)?(?:formed|forms?|been|is|are|was|were)\s+(?:an?\s+)?(?:regular\s+|integral\s+)?"
                         r"part\s+of\b"
                         # "was part of the joint Baltic team at Locked Shields"
                         r"|\bpart\s+of\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:team|delegation)s?\s+(?:at|in|to)\b"
                         # "has been a partner in NATO's Mediterranean Dialogue", "a NATO partner country through X"
                         r"|\b(?:a|an)\s+(?:[\w\ue000\ue001-]+\s+)?partner(?:\s+(?:country|state|nation))?\s+(?:in|through)\b")
# Who takes part is not the state when it is its researchers, academics or companies.
NON_STATE_SUBJECT = re.compile(
    r"(?:^|\ue001\s*,?\s*)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:researchers?|academics?|scientists?|scholars?|"
    r"universit(?:y|ies)|compan(?:y|ies)|firms?|businesses|start-ups|civil[- ]society|NGOs?|students?|"
    r"hackers?|criminals?|think[- ]tanks?)\b", re.IGNORECASE)
# Joining, entering, hosting, convening or winning an exercise is taking part in it ("hosted the X Exercise in 2019",
# "won Y", "teams have entered NATO's Z exercise since 2013").
JOINED_EXERCISE = re.compile(rf"\b(?:join(?:s|ed|ing)?|host(?:s|ed|ing)?|won|wins|convene[sd]?|convening|enter(?:s|ed)|"
                             rf"organi[sz](?:e|es|ed|ing)|co-?organi[sz](?:e|es|ed|ing)|"
                             rf"conduct(?:s|ed|ing)?|stag(?:e|es|ed|ing)|ran|runs|held|holds|led|leads)\s+"
                             # (an owner after the article: "hosted the ITU's Africa Regional Cyber Drill")
                             rf"(?:the\s+|an?\s+|this\s+year's\s+|its\s+|their\s+)?(?:{SLOT}['’]s\s+)?"
                             rf"(?:(?:first|second|third|annual|inaugural|latest|yearly|biennial|{cues.YEAR})\s+)?"
                             rf"(?:(?:edition|round|iteration)\s+of\s+(?:the\s+)?)?"
                             # "joined the cyber component of the X exercise": a part of it is taking part in it
                             rf"(?:(?:cyber(?:[- ]?defen[cs]e)?|cyber-?security|digital)\s+(?:component|segment|strand|"
                             rf"track|phase|module|part|element)\s+of\s+(?:the\s+|this\s+year['’]s\s+)?"
                             rf"(?:(?:{cues.YEAR}|annual|multinational|joint)\s+)?)?"
                             # "the Baltic cyber exercise "X"": a region's word before what the exercise is
                             # (or an organiser's acronym: "the CIS joint counter-terrorism exercise "X"")
                             rf"(?:[A-Z][a-z]+\s+(?=(?:[a-z][\w-]*\s+){{0,2}}(?:exercise|drill)\b)|"
                             rf"(?:[A-Z]{{2,6}}|{SLOT})\s+(?=(?:[a-z][\w-]*\s+){{0,3}}(?:exercise|drill)\s*,?\s+[\"“'‘]?\ue000))?"
                             rf"(?:(?:national|regional|international|joint|multinational|cyber|cyber-?security|crisis|"
                             rf"crisis-management|table-?top|live-fire|simulation|incident-response|defen[cs]e|"
                             rf"[a-z]+-[a-z]+)\s+){{0,3}}"
                             # "its first national cyber exercise, code-named Cyber Kalkan"
                             rf"(?:(?:exercises?|drills?)\s*,?\s+(?:(?:code-?named|codenamed|called|named|dubbed|"
                             rf"known\s+as)\s+)?)?"
                             # its quoted name: 'runs the "Cyber Shield" exercise', 'organised the first national
                             # exercise, "Cyber Star", in 2024'
                             rf"[\"“'‘]?{SLOT}")
ALONG = re.compile(r"\b(?:along with|together with|alongside|with)\b")
# Chairing verbs; convening a meeting or a forum is chairing it (convening an exercise is taking part, read there).
CHAIR = re.compile(r"\b(?:chair(?:s|ed|ing)?|presid(?:e|es|ed|ing)(?: over)?(?=\s+(?:the\s+)?[\ue000A-Z])|"
                   r"holds? the (?:rotating )?(?:chair|presidency) of|"
                   # "took the helm of the FOC", "at the helm of", "was elected to lead the CBSS"
                   r"(?:t(?:ook|akes?|aking|aken)(?: over)?|assum(?:ed|es|ing)|at) the helm of|"
                   r"elected to (?:lead|head|chair|preside over)|"
                   r"(?:[Cc]hair(?:man|woman|person)?ship|[Pp]residency|Chair)(?:-in-[Oo]ffice)? of|conven(?:es|ed|ing|e)|"
                   # "served as president of the Security Council" (a head of state is "the President of X", not this)
                   r"(?:(?<=\bas )|(?<=\bis )|(?<=\bwas ))(?:the\s+)?(?:rotating\s+)?president\s+of)\b")
# A deputy does not chair: "vice-chair of X", "deputy chair", "vice-president of".
DEPUTY = re.compile(r"(?:\bvice|\bdeputy|\bco-vice)[- ]?$", re.IGNORECASE)
GENERIC_BODY = re.compile(
    r"\b(?:the|an?)\s+((?:[A-Z][\w'’-]*\s+)*(?:[a-z][\w-]*\s+){0,2}"
    r"(?:[Cc]ommunity|[Nn]etwork|[Gg]roup|[Ff]orum|[Cc]ommittee|[Cc]ouncil|[Ww]orking [Gg]roup|[Dd]ialogue|[Tt]ask [Ff]orce|"
    r"[Mm]eeting|[Dd]ebate|[Cc]ommission|[Cc]onference|[Aa]ssembly|[Bb]oard|[Bb]ureau|[Pp]anel|[Ss]ummit|[Pp]lenary)"
    # a capitalised complement: "the Commission on Crime Prevention and Criminal Justice"
    r"(?:(?:\s+(?:on|of|for|against)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+|of\s+|for\s+|the\s+)*[A-Z][\w-]*)*))?)\b"
)
COOPERATE = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|work(?:s|ed|ing)?|partner(?:s|ed|ing)?|engag(?:es|ed|ing)?|"
    # "teamed up with", "joined forces with", "liaises closely with"
    r"team(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces|liais(?:e|es|ed|ing))"
    # "cooperates on cybercrime with Interpol" (the topic before the partner)
    r"(?:\s+(?:\w+ly\s+)?on(?:\s+(?!with\b)[\w-]+){1,4}?(?=\s+with\b))?"
    # "cooperates through SERNIC with Interpol": the body named as the channel acts
    r"(?:\s+(?:\w+ly\s+)?through\s+(?:the\s+|its\s+)?\ue000(?P<channel>\d+)\ue001(?:\s*\([^()]*\))?)?"
    r"\s+(?:(?:most|more|very)\s+)?(?:\w+ly\s+)?(?:together\s+|hand\s+in\s+(?:hand|glove)\s+|side\s+by\s+side\s+|"
    r"in\s+(?:tandem|concert)\s+|shoulder\s+to\s+shoulder\s+)?with\b|\b(?:cooperation|collaboration|partnership) with\b"
    # "exchanges threat indicators with", "shares intelligence with"
    r"|\b(?:exchang|shar)(?:es|ed|ing|e)\s+(?:(?:cyber|threat|incident|technical|operational|real-time|classified)\s+)*"
    r"(?:information|intelligence|indicators|data|expertise|best\s+practices|experience)\s+with\b"
    r"|\bcapacity[- ]building\b[^;\ue000]*?\bwith\b"
    r"|\b(?:act(?:s|ed|ing)?|work(?:s|ed|ing)?|operat(?:es|ed|ing))\s+(?:\w+ly\s+)?through\b"
    # "structured cyber dialogues are held with A, B and C", "regular cyber consultations with India"
    r"|\b(?:[Dd]ialogues?|[Cc]onsultations?|ties|exchanges|[Pp]artnerships?|[Ww]orking\s+[Gg]roups?|[Tt]ask\s+[Ff]orces?|"
    r"joint\s+(?:investigation\s+)?teams?)\b(?:\s+(?:[\w-]+|\([^()]{1,20}\)),?){0,6}?\s+with\b"
    # "close security ties to the United States"
    r"|\b(?:close|closer|strong|stronger|deep|deeper|growing|long-standing|longstanding|special)\s+"
    r"(?:security|cyber|cyber-security|defen[cs]e|intelligence|law-enforcement|police)\s+ties\s+to\b"
    # "co-launched with New Zealand", "tabled, with Egypt, a proposal", "together with Luxembourg, X co-leads"
    r"|\b(?:co-?launched|launched|tabled|co-?sponsored|co-?organi[sz]ed|co-?hosted|set up|created|founded|"
    r"developed|prepared|held|organi[sz]ed)\s*,?\s+(?:jointly\s+)?with\b"
    r"|\b(?:[Tt]ogether|[Jj]ointly|(?<!interest )(?<!interested )(?:[Ii]n partnership|[Ii]n cooperation)) with\b"
    r"|\bwith (?:the )?(?:support|help|assistance|advice) (?:from|of)\b"
    # "benefits from the support of the EU and Spain", "draws on the expertise of X"
    r"|\b(?:benefit(?:s|ed|ing)?\s+from|relie[sd]\s+on|rely(?:ing)?\s+on|draws?\s+on|drew\s+on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:support|help|assistance|expertise|advice|training)\s+(?:of|from)\b"
    # "it is a partner of the OAS in several projects"
    r"|\b(?:is|are|was|were|been|became|remains?)\s+(?:also\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?partner\s+(?:of|to)\b"
)
COOPERATE_HINT = re.compile(r"operat|collaborat|work|partner|engag|capacity|through|ialogue|onsultation|ties|team|forces|"
                            r"liais|xchang|shar|roup|orce|"
                            r"exchanges|launch|tabled|sponsor|organi|hosted|set up|created|founded|developed|"
                            r"prepared|held|[Tt]ogether|[Jj]ointly|support|help|assistance|advice|expertise|training")
# "its closest cyber partners are A, B and C", "A, B and C are its main partners"
PARTNERS_ARE = re.compile(r"\bpartners(?:\s+(?:in|on|for)(?:\s+[a-z][\w-]*){1,3}?)?\s+(?:are|include|remain)\b"
                          # "its closest cyber partners are found among its neighbours, in Japan and in Australia"
                          r"(?:\s+(?:found|to\s+be\s+found)\s+(?:among|in)\b)?")
# (a time word or the capital's possessive may stand between: "are today its closest partners", "are Prague's closest
# cyber partners")
# One partner, a verb of becoming or acting as, or a verb of calling ("describe A and B as the country's closest
# partners") say the same: "France remains the main partner", "Russia has become Managua's closest security partner",
# "A and B act as its main technical partners"; the owner named before the noun is the state that has them.
PARTNERS_AFTER = re.compile(r"\b(?:are|remain|is|remains|(?:has|have)\s+(?:long\s+)?been|(?:has|have)\s+become|became|"
                            r"(?:acts?|acted|serves?|served)\s+as|(?<=\ue001 )as|(?<=\ue001, )as)\s+"
                            r"(?:today\s+|now\s+|still\s+|also\s+|by far\s+)?"
                            r"(?:its|their|the|\ue000(?P<owner>\d+)\ue001(?P<s>['’]s)?)\s+"
                            r"(?:main|closest|key|principal|chief|major|most important|leading|primary|strongest|"
                            r"most\s+(?:active|significant|reliable|trusted|frequent|valued))\s+(?:[a-z][\w-]*\s+)?"
                            r"partners?\b(?!\s+(?:of|to|in|for)\s+\ue000)"
                            # "France remains the main partner, alongside the World Bank, the EU and China": more partners
                            r"(?P<alongside>,?\s+(?:alongside|along\s+with|together\s+with)\s)?")
CLAUSE_OPENER = re.compile(r"[;:]\s|,\s+(?:and|but|while|whereas|where|when)\s")
VAGUE = re.compile(r"^\s*(?:the\s+)?(?:several|various|a number of|many|numerous|relevant|other|partners?\b)")
# What may stand before a successor's name: "merged into the new Office X", "absorbed by the then newly created X".
NEW_BODY = r"(?:the\s+|a\s+)?(?:(?:new(?:ly)?|then|present|current|single|unified|(?:newly\s+)?(?:created|established|formed))\s+)*"
# The head words of a body a merger names anew ("folded into the new centre").
NEW_HEADS = r"(?:agency|centre|center|authority|directorate|office|bureau|command|council|service|ministry)"
# Merged body before the verb, successor after it: "A was merged into X", "A merged with X", "A was absorbed
# (taken over, replaced, superseded) by X", "A became part of X", "A was folded into the new X".
MERGE = re.compile(
    rf"\b(?:merg(?:ed|es|ing)\s+(?:with|into)|(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?merged\s+(?:with|into)|"
    # ("A was transferred in 2023 into X": the year between the verb and "into")
    rf"(?:absorbed|incorporated|integrated|folded|subsumed|amalgamated|consolidated|transferred)\s+(?:in\s+{cues.YEAR}\s+)?into|"
    # "A was turned into the new X", "A was transformed into X in 2023"
    rf"(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:turned|transformed|converted|reorgani[sz]ed|"
    rf"restructured|upgraded)\s+into|"
    rf"(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:absorbed|taken over|replaced|superseded|succeeded|"
    rf"subsumed)\s+by|"
    # "A was transferred to X in 2023": a body moved whole into another
    rf"(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?transferred\s+(?:in\s+{cues.YEAR}\s+)?"
    # ("A was transferred from B to C": B is where A was, C where it went)
    rf"(?:from\s+(?:the\s+)?\ue000\d+\ue001(?:\s*\([^()]*\))?\s+)?to|"
    rf"(?:became|becomes|has become|have become|was made|were made)\s+(?:an?\s+)?part\s+of|"
    # "A was dissolved and its functions transferred to X"
    rf"(?:was|were)\s+(?:\w+ly\s+)?(?:dissolved|abolished|disbanded|wound up)(?:\s+in\s+{cues.YEAR})?\s*,?\s+(?:and\s+)?"
    rf"(?:its|their)\s+(?:[\w-]+\s+)?(?:functions|staff|responsibilities|tasks|mandate|powers)\s+(?:were\s+|was\s+)?"
    rf"(?:transferred|passed|handed over|moved|given)\s+to|"
    # "A and B merged in 2019 to form X"
    rf"merg(?:ed|e)\s+(?:in\s+{cues.YEAR}\s+)?to\s+(?:form|create|become|establish))"
    rf"\s+(?:in\s+{cues.YEAR}\s+)?{NEW_BODY}(?:(?P<its>its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:[A-Z][\w-]*|{SLOT})|{SLOT}|"
    # "A was transferred into the new agency": the last body named with that head word
    rf"(?:(?<=\bnew\s)|(?<=\bcreated\s)|(?<=\bestablished\s)|(?<=\bformed\s))(?P<head>{NEW_HEADS})\b|"
    rf"(?P<it>it|them)\b)")
# A body, then a clause between commas that tells its past, then the verb: "A, set up in 2000 at B and housed at C from
# 2011, was transferred to D", "A, which had operated within B since 2011, was transferred to D".
APPOSITIVE_BEFORE = re.compile(rf"(?P<body>{SLOT}(?:\s*\([^()]*\))?)\s*,\s*(?:\w+ly\s+|first\s+)?(?:(?:which|that|whose)\s+|"
                               r"(?:set up|created|established|founded|formed|launched|opened|housed|based|run|"
                               r"operated|operating)\b)[^;]{0,160}?,\s*(?:(?:was|were|has been|have been|had been)\s+)?(?:\w+ly\s+)?$")
# A body whose relative clause goes on to a second one that tells its move: "A, which B launched in 2011 and which was
# transferred in 2023 into C".
AND_WHICH_BEFORE = re.compile(rf"(?P<body>{SLOT})(?:\s*\([^()]*\))?\s*,\s*(?:which|that)\s+[^;\ue000]{{0,40}}?"
                              rf"(?:\ue000\d+\ue001[^;\ue000]{{0,60}}?)?\band\s+(?:which|that)\s+"
                              r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?$")
AND_WHICH_ABSORBED = re.compile(rf"(?P<body>{SLOT})(?:\s*\([^()]*\))?\s*,\s*(?:which|that)\s+[^;]{{0,100}}?\band\s+"
                                rf"(?:which|that)\b(?:\s*,[^,;\ue000]{{0,30}},)?\s*(?:(?:has|had)\s+)?(?:\w+ly\s+|later\s+|then\s+|also\s+)?$")
# The body a relative clause's "merged into it" is about: "… the former A (AA), which was merged into it".
RELATIVE_MERGED = re.compile(r"\ue000(\d+)\ue001(?:\s*\([^()]*\))?\s*,\s*which\s+(?:\w+\s+){0,3}$")
# "A was merged with B into the new C": both merge into C.
# "A merged with B in 2019 to form C": both went into C.
WITH_INTO = re.compile(rf"\s*(?:in\s+{cues.YEAR}\s+)?{NEW_BODY}(?:into|,?\s*to\s+(?:form|create|become|establish))\s+"
                       rf"{NEW_BODY}{SLOT}")
ADOPT = re.compile(r"\b(?:adopt\w*|publish\w*|releas\w*|introduc\w*|pass(?:ed|es)|enact\w*|approv\w*|issu\w*|"
                   r"launch\w*|unveil\w*|present\w*|endors\w*|tabled)\b")
# A word that can continue a lower-case name, not a preposition, conjunction, verb or determiner after it.
NAME_WORD = (r"(?!(?:in|on|at|for|of|to|and|or|with|by|from|since|as|which|that|was|were|is|are|has|had|have|its|their|"
             r"the|a|an|after|before|during|under|until|while|when|amid|following|response)\b)[a-z][\w-]*")
LOWER_DOCUMENT = re.compile(
    r"\b(?P<verb>adopt(?:ed)?|publish(?:ed)?|releas(?:e|ed)|introduc(?:e|ed)|pass(?:ed)?|enact(?:ed)?|approv(?:e|ed)|"
    r"issu(?:e|ed)|launch(?:ed)?|unveil(?:ed)?)\s+"
    r"(?:its|a|an|the|their)\s+(?:(?:first(?:-ever)?|new|updated|revised|comprehensive|dedicated)\s+)*"
    # (a body of law is no document: "publish its views on international law"; "adopt a third strategy" is a place
    # in a series, see documents.ordinal_documents)
    r"(?P<np>(?!(?:second|third|fourth|fifth|sixth)\s)(?:[a-z][\w-]*\s+){0,3}?(?:strategy|regulation|"
    r"(?<!international )(?<!humanitarian )(?<!customary )law|act|directive|policy|decree|bill))"
    # the name's complement ends where the name ends: "strategy on cybersecurity" in "… on cybersecurity in 2023"
    rf"(?P<pp>\s+(?:for|on)\s+(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})?"
)
LAUNCH_AFTER = re.compile(r"^[^.;\ue000]{0,60}?\b(?:launched|established|created|set up|founded|started)\s+in\s+"
                          rf"({cues.YEAR})")
LED_BY = re.compile(rf"{SLOT}-led\b|\b(?:organi[sz]ed|hosted|run|led)\s+by\s+(?:the\s+)?{SLOT}")
BASE = Decimal("0.9")


@lru_cache(maxsize=64)
def _confidence_of(base: Decimal, indirect: bool, hedged: bool) -> Decimal:
    value = base - (Decimal("0.1") if indirect else 0) - (Decimal("0.2") if hedged else 0)
    return max(Decimal("0.3"), min(Decimal("0.95"), value))


def _confidence(context: SentenceContext, indirect: bool, base: Decimal = BASE) -> Decimal:
    return _confidence_of(base, indirect, context.hedged)


def _finding(context: SentenceContext, fact: Fact, rule: str, indirect: bool = False,
             base: Decimal = BASE) -> Finding:
    return Finding(fact, _confidence(context, indirect, base), rule)


# A cooperation named as the clause's subject, with its predicate after the partners: "… is planned for 2025".
PLANNED_AFTER = re.compile(r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?(?:planned|envisaged|foreseen|"
                           r"expected|proposed|scheduled|discussed|mooted|floated|suggested|contemplated|"
                           r"being (?:discussed|negotiated|considered|prepared)|under (?:discussion|consideration)"
                           r"|(?:yet|still) to)\b")
# A cooperation the clause says is over: "Vietnam's cooperation with Laos ended in 2020".
COOPERATION_ENDED = re.compile(r"\b(?:ended|ceased|halted|discontinued|came to an end|broke down|was broken off|"
                               r"no longer)\b")
# A clause whose verb ends or cuts the tie it names: "severed diplomatic ties with Iran", "broke off its dialogue with".
COOPERATION_CUT = re.compile(r"\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?(?:\s+off)?|broke\s+off|break(?:s|ing)?\s+off|"
                             r"froze|freez(?:es|ing)|downgrad(?:ed|es|ing)|end(?:ed|s|ing)|terminat(?:ed|es|ing)|"
                             r"suspend(?:ed|s|ing))\s+(?:\w+\s+){0,3}$")
# A cooperation phrase that modifies a thing someone else made: "a workshop organised in cooperation with the OSCE"
# (who organised it is not said), unlike "Portugal organised, in cooperation with the OSCE, a workshop".
MADE_BY_OTHERS = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+(?:organi[sz]ed|held|run|hosted|delivered|"
                            r"conducted|implemented|developed|funded|financed|prepared)\s+(?:jointly\s+)?"
                            r"(?:(?:in\s+(?:cooperation|partnership|collaboration)|together|jointly)\s+)?with$")
BUT_UNDONE = re.compile(r"\W*(?:but|yet|though|although)\b")


def _undone_after(context: SentenceContext, end: int) -> bool:
    """Whether a clause is followed by one that takes it back: "offered to cooperate with X, but the offer was
    declined", "discussed a partnership with Y, but no agreement has been reached" (read only after a clause
    that did not accomplish anything: "held a first dialogue with Z, but the second was cancelled" stands)."""
    if not BUT_UNDONE.match(context.masked, end):
        return False
    text = SLOT_RE.sub(" ", context.masked[end:context.clause_of(end + 1)[1]])
    return cues.is_negated(text) or any(pattern.search(text) for _, pattern in cues.ENDED_STATUSES)


def _ended(context: SentenceContext, start: int, end: int) -> bool:
    """Whether a clause ends or refuses what it names ("was cancelled", "declined to take part", "was rejected")."""
    text = SLOT_RE.sub(" ", context.masked[start:end])
    return any(pattern.search(text) for _, pattern in cues.ENDED_STATUSES)


# A subject that opens a coordinated statement with a description between it and its verb, in a stretch the clause
# reader kept whole: "…, and the CBZC, a police unit established in 2022, works with Europol" (the CBZC acts).
SUBJECT_WITH_APPOSITION = re.compile(rf"(?:,\s+and|;)\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?,\s+(?:an?|the|its)\s+"
                                     r"[^,;\ue000]*,\s+(?:\w+ly\s+)?(?:also\s+)?$")


def _owner_or_subject(context: SentenceContext, trigger: int, start: int, end: int) -> tuple[str, str, bool]:
    """(actor, acting agency, indirect?) of a trigger: the owner of a trigger noun ("Sweden's participation in", "the
    EU's partnership with": theirs, not the profile's), else the clause's subject."""
    owner = context.possessor_before(trigger)
    if owner is not None:
        actor, through = _actor_of(context, owner)
        return actor, through, False
    # a subject stands before its verb: "it works with its neighbours, the other EU member states and the US" (the EU
    # after the trigger is a partner, whatever follows it)
    found = context.subject_in(start, min(end, trigger))
    opener = SUBJECT_WITH_APPOSITION.search(context.masked, start, trigger) if found[2] and "," in \
        context.masked[start:trigger] else None
    if opener is not None and context.view.mentions[int(opener.group(1))].kind in ACTOR_KINDS and \
            context.view.mentions[int(opener.group(1))].key:
        actor, through = _actor_of(context, context.view.mentions[int(opener.group(1))])
        return actor, through, False
    return found


def _own(context: SentenceContext, subject: str, mention: Mention) -> bool:
    """Whether a mention is the subject itself or one of its agencies."""
    return mention.key == subject or context.state_of(mention.key) == subject


def _year_for(context: SentenceContext, mention_index: int, clause: tuple[int, int], intro: bool = True) -> str:
    offset = context.mention_at(mention_index) + len(str(mention_index)) + 2
    return (cues.parenthesised_year(context.masked[offset:offset + 12])
            or cues.clause_year(context.masked[clause[0]:clause[1]])
            or (cues.clause_year(context.masked[:context.intro_end]) if intro else ""))


def _index(context: SentenceContext, mention: Mention) -> int:
    return context.index_of(mention)


# --- agreements -------------------------------------------------------------------------------

# The body that signed, named as the passive's agent: "A memorandum with X was signed by MINCOM in 2023", "an
# arrangement with Y, concluded by the national CERT in 2021".
SIGNED_BY = re.compile(rf"(?:\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+|,\s+)(?:\w+ly\s+)?(?:signed|concluded|"
                       rf"initial(?:l)?ed|agreed|renewed|negotiated)\s+by\s+(?:the\s+)?{SLOT}")


def _signing_agent(context: SentenceContext, subject: str, start: int, end: int) -> str:
    """The subject's own agency that an agreement's passive names as who signed it (its key), else ''."""
    found = SIGNED_BY.search(context.masked, start, end) if " by " in context.masked else None
    if found is None:
        return ""
    mention = context.view.mentions[int(found.group(1))]
    return mention.key if mention.kind == "org" and mention.key != subject and \
        context.state_of(mention.key) == subject else ""


AGREEMENT_STATUS = {"done": "Signed", "UnderNegotiation": "UnderNegotiation", "Planned": "Planned",
                    "Proposed": "Planned", "Draft": "Planned", "Expired": "Expired",
                    "Suspended": "Suspended", "Terminated": "Terminated", "Withdrawn": "Withdrawn",
                    "Rejected": "Rejected"}
# Words after which a named actor is not a party: the topic ("on critical infrastructure"), a place, a source.
NOT_A_PARTY = re.compile(r"\b(?:on|in|at|to|from|by|for|under|through|via|against|about|during|since|after|before|within)\s+"
                         r"(?:the\s+|its\s+|their\s+|[\w-]+\s+){0,3}$"
                         # what the agreement made is no party to it: "the Treaty of Asunción that created Mercosur"
                         r"|\b(?:that|which)\s+(?:\w+ly\s+)?(?:created|established|founded|set\s+up|launched)\s+"
                         r"(?:the\s+)?$")
# Words between an agreement's year and its noun: "the 2012 cyber security cooperation agreement".
TERM_MODIFIERS = re.compile(r"(?<=\d)(?:\s+(?:cyber|cybersecurity|cyber-security|security|cooperation|bilateral|cybercrime|"
                            r"defen[cs]e|information|framework|new|first|strategic))+(?=\s*$)")
# A colon that opens the list of counterparts: ": Spain (2018), Brazil …", ": with Spain, Brazil and Chile".
COLON_LIST = re.compile(rf":\s+(?:with\s+)?(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?(?:\s+(?:in|since)\s+{cues.YEAR})?"
                        r"\s*(?:,|and\b|or\b|\.|$)")
COLON_CLAUSE = re.compile(r":\s+[^,;:]*?\b(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b")
ANOTHER = re.compile(r"\b(?:one|another|a similar one|a second|(?:a|the)\s+(?:second|third|new|further|similar|later)\s+one)"
                     r"\s*,?\s+(?=with\b)")


# A gapped clause after an agreement, whose verb the first clause gave: "The CCL signed an MoU with X in 2018, and the
# NCAL one with Y in 2023", ", and Austria's NCC a similar one with Z" (the named body signed it, with the verb's status).
GAPPED = re.compile(rf",?\s+and\s+(?:the\s+)?(?:{SLOT}['’]s?\s+)?{SLOT}(?:\s*\([^()]*\))?\s+"
                    rf"(?=(?:one|another|a\s+(?:second|similar|further|new)\s+one|a\s+(?:second|similar|further|new)\s+"
                    rf"(?:MoU|memorandum|agreement|arrangement|text))\s+with\b)")


# A new statement in the same clause whose two coordinated bodies sign a text of their own: "… signed in Moscow in 2016,
# and in 2019 the GKNB and China's Ministry of Public Security signed a memorandum" (a clause of its own, with its year).
NEW_SIGNERS = re.compile(rf",\s+(?:and|while|whereas)\s+(?=(?:(?:in|since|on|by)\s+(?:{cues.MONTH}\s+)?{cues.YEAR},?\s+)?"
                         rf"(?:the\s+)?(?:{SLOT}['’]s?\s+)?{SLOT}\s+and\s+(?:the\s+)?(?:{SLOT}['’]s?\s+)?{SLOT}\s+"
                         r"(?:\w+ly\s+)?(?:have\s+|had\s+)?(?:signed|concluded|agreed|inked|sealed)\b)")


# An agreement told as a noun phrase that opens its clause, with no actor of its own: "a cyber cooperation memorandum with
# X signed in 2019 lapsed in 2022", "An older memorandum between CERT-A and Y's team, signed in 2015, …": the profile's
# state is its party (its agencies where the phrase names them), not the subject a sentence or clause before had.
NOMINAL_OPENING = re.compile(rf"(?P<stop>[\s,;:]*)(?:(?P<conj>and|while|whereas|but|yet)\s+)?(?:(?:[Ii]n|[Ss]ince|[Oo]n|[Bb]y)\s+"
                             rf"(?:{cues.MONTH}\s+)?{cues.YEAR},?\s+)?[Aa]n?\s+(?:[\w-]+\s+){{0,5}}?")


def _nominal_subject(context: SentenceContext, subject: str, through: str, indirect: bool, start: int,
                     term_start: int) -> tuple[str, str]:
    """The profile's state for an agreement clause that opens with the agreement as an indefinite noun phrase and
    whose subject came only from an earlier sentence, or from the clause before a semicolon or a contrast, that was
    another state's; else (subject, through)."""
    own = context.home or context.state or context.state_of(context.topic)
    if not own or subject == own or context.state_of(subject) == own:
        return subject, through
    opening = NOMINAL_OPENING.fullmatch(context.masked, start, term_start)
    if opening is None:
        return subject, through
    # (a statement of its own after a semicolon or a contrast: "…; a memorandum with X, signed in 2016, expired", not
    # the previous clause's subject's; after a plain ", and" the sentence's subject may still be its signer)
    new_statement = ";" in opening.group("stop") or opening.group("conj") in ("while", "whereas") or \
        context.masked[max(0, start - 2):start].strip() == ";"
    return (own, "") if indirect or new_statement and start > context.intro_end else (subject, through)


# "the two countries" (governments, sides) as the signers of an agreement whose clause names no counterpart: "The two
# countries signed a Bilateral Security Agreement in 2023", "the Treaty … that the two countries concluded in 2025":
# the profile's state and the one other state named before in the sentence, else in the sentence before.
TWO_PARTIES_WORDS = r"(?:[Tt]he\s+two\s+(?:governments|countries|states|sides|nations)|[Bb]oth\s+(?:sides|countries|governments|states))"
TWO_SIGNERS = re.compile(rf"\b{TWO_PARTIES_WORDS}\s+(?:(?:\w+ly|also|then|have|has|had|finally)\s+)*(?:signed|concluded|"
                         r"agreed|inked|sealed|struck|initial(?:l)?ed|renewed)\b")


def _two_signers_other(context: SentenceContext, own: str, before: int) -> str:
    """The one state other than ``own`` that the sentence names before ``before`` (by itself or an agency), else
    the one the sentence before names; '' when none or more than one is named there."""
    slots = (context.view.mentions[int(slot.group(1))] for slot in SLOT_RE.finditer(context.masked, 0, before))
    named = {context.state_of(m.key) for m in slots if m.key and m.kind in ACTOR_KINDS} - {"", own}  # (capitals too)
    if not named:
        names = context.gazetteer.find(context.sentence_before()) if context.sentence_before() else ()
        named = {context.state_of(hit.key) for hit in names} - {"", own}
    return named.pop() if len(named) == 1 else ""


def _gapped(context: SentenceContext, start: int, end: int, term_end: int) -> re.Match[str] | None:
    """A gapped clause that names its own actor (a body or a state) after an agreement told in [start, end)."""
    found = GAPPED.search(context.masked, start + term_end, end)
    actor = context.view.mentions[int(found.group(2))] if found is not None else None
    return found if actor is not None and actor.kind in ACTOR_KINDS and actor.key else None


def _agreement_status(governing: str, after: str) -> str | None:
    """An agreement's status from its clause (the one status reader); None when negated or only mentioned."""
    return AGREEMENT_STATUS.get(cues.clause_status(governing, after))


# A named text signed with a counterpart, whose name says it is an agreement: "concluded a Strategic and Comprehensive
# Partnership with the EU", "signed an Individually Tailored Partnership Programme (ITPP) with the Alliance".
SIGNED_NAMED = re.compile(rf"\b(?:signed|signs|concluded|concludes|inked|sealed|agreed)\s+(?:an?|the|its|their)\s+{SLOT}"
                          r"(?=(?:\s*\([^()]*\))?\s+with\b)")
AGREEMENT_NAME = re.compile(r"\b(?:[Pp]artnership|[Ff]ramework|[Aa]greement|[Aa]rrangement|[Pp]rogramme|[Mm]emorandum|"
                            r"[Rr]oadmap|[Aa]ccord|[Pp]act|[Tt]reaty|[Cc]harter)(?:\s*\([^()]*\))?$")


class _Term:
    """Where an agreement is named when its noun is inside a masked name: right after the name."""

    def __init__(self, position: int, text: str) -> None:
        self.position, self.text = position, text

    def start(self) -> int:
        return self.position

    def end(self) -> int:
        return self.position

    def group(self, *_: object) -> str:
        return self.text


def _agreement_term(clause: str, earlier_term: bool, context: SentenceContext | None = None
                    ) -> re.Match[str] | _Term | None:
    """The agreement noun of a clause, or its verb or "one with X" after a clause that had one, or a named text
    (an agreement by its name) that the clause's verb signed with someone."""
    term = MOU.search(clause)
    if term is None and earlier_term:
        term = AGREEMENT_VERB.search(clause) or ANOTHER.search(clause)
    if term is None and context is not None:
        for named in SIGNED_NAMED.finditer(clause):
            mention = context.view.mentions[int(named.group(1))]
            if mention.kind not in ("state",) and AGREEMENT_NAME.search(mention.text):
                return _Term(named.end(), mention.text)
        for named in TWO_SIGNERS_NAMED.finditer(clause) if "two" in clause or "oth" in clause else ():
            mention = context.view.mentions[int(named.group(1))]  # "the Treaty on X that the two countries concluded"
            if mention.kind not in ("state",) and AGREEMENT_NAME.search(mention.text):
                return _Term(named.end(1) + 1, mention.text)
    return term


# "cooperates with Europol under an agreement signed in 2014": the partner named before the agreement that frames
# the cooperation is its counterpart (and "…, and with Interpol" after it is a partner of the cooperation only).
FRAMED = re.compile(rf"\bwith\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?,?"
                    # "a cyber dialogue with China was launched in 2018 under a memorandum": the dialogue's own verb
                    rf"(?:\s+(?:was|were|has been|have been|is|are)\s+(?:launched|set up|established|started|opened|"
                    rf"held|conducted|run)(?:\s+in\s+(?:{cues.MONTH}\s+)?{cues.YEAR})?)?"
                    rf"\s+(?:under|through|via|within|on the basis of)\s+"
                    rf"(?:an?|the|its|their|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<term>{MOU.pattern})")
FRAMED_END = re.compile(r"[,;]?\s+(?:and|as well as|but|while|whereas)\s+(?:also\s+)?(?:with\b|under\b)|;|\bwith\b")


def _framed_agreements(context: SentenceContext) -> tuple[list[Finding], set[tuple[int, int]]]:
    """Agreements that frame a cooperation with a partner named before them, and the clauses they were read in."""
    findings, done = [], set()
    for found in FRAMED.finditer(context.masked):
        start, end = context.clause_of(found.start())
        stop = FRAMED_END.search(context.masked, found.end("term"), end)
        if stop is None and re.match(r"(?:\s+of\s+[Uu]nderstanding)?,\s+which\b", context.masked[end:end + 30]) \
                and end == found.end("term"):  # "… under a memorandum, which has been suspended since 2020"
            end = context.clause_of(end + 2)[1]
        after = context.masked[found.end("term"):stop.start() if stop else end]
        code = cues.clause_status(context.masked[start:found.end("term")], SLOT_RE.sub(" ", after))
        status = AGREEMENT_STATUS.get(code) or ("Signed" if code == "" else None)
        subject, through, indirect = context.subject_in(start, end)
        mention = context.view.mentions[int(found.group(1))]
        done.add((start, end))
        if status is None or not subject or not mention.key or mention.kind not in ACTOR_KINDS \
                or _own(context, subject, mention):
            continue
        party, party_agency = _party(context, mention)
        year = cues.clause_year(after) or next((w.year for w in cues.times(after)), "")
        kind = "MemorandumOfUnderstanding" if MOU_NAMED.search(found.group("term")) else "Agreement"
        fact = Fact("hasAgreementWith", subject, party, year, status, kind=kind, through=through,
                    object_through=party_agency, topics=context.themes)
        findings.append(_finding(context, fact, f"agreement.framed.{status.lower()}", indirect))
    return findings, done


def agreements(context: SentenceContext) -> list[Finding]:
    """MoUs and agreements: "<S> has signed MoUs with A in 2016 and B in 2019", "is negotiating MoUs with C",
    "an MoU with D expired in 2022", "A and B signed an MoU", "an agreement between A and B".

    Each clause decides its own status with the one status reader and never by default: a bare mention of
    an agreement gives nothing. Each counterpart of a list keeps its own year.
    """
    if (not may_match(MOU, context.masked) or not MOU.search(context.masked)) and not SIGNED_NAMED.search(context.masked):
        return []
    findings, framed = _framed_agreements(context)
    previous_kind = ""
    named_mou = bool(MOU_NAMED.search(context.masked))
    pending = list(context.clauses)
    gapped: dict[tuple[int, int], tuple[Mention, str]] = {}  # a gapped clause → (its actor, the status its verb gave)
    while pending:
        start, end = pending.pop(0)
        if (start, end) in framed:
            continue
        clause = context.masked[start:end]
        term = _agreement_term(clause, bool(previous_kind), context)
        if term is None:
            continue
        signers = NEW_SIGNERS.search(context.masked, start + term.end(), end)
        if signers is not None:  # "…, and in 2019 the GKNB and China's MPS signed a memorandum": read on its own
            pending.insert(0, (signers.end(), end))
            end, clause = signers.start(), clause[:signers.start() - start]
        gap = _gapped(context, start, end, term.end()) if (start, end) not in gapped else None
        if gap is not None:  # "…, and the NCAL one with Y in 2023": a clause of its own, the NCAL's
            gapped[(gap.start(), end)] = (context.view.mentions[int(gap.group(2))], "")
            pending.insert(0, (gap.start(), end))
            end, clause = gap.start(), clause[:gap.start() - start]
        two_later = _later_two_signers(context, start + term.end(), end)
        if two_later is not None:  # (read again on its own; the first clause's words end at its own counterpart)
            pending.insert(0, (two_later, end))
        later = _later_agreement_clause(context, start + term.end(), end)
        if later is not None:  # "…, and talks on an arrangement with the UK continue": a text of its own, its own status
            pending.insert(0, (later, end))
            end, clause = later, clause[:later - start]
        colon = clause.rfind(": ", 0, term.start())
        if colon >= 0 and find_subject(context.view, start + colon + 1, end) is not None:
            # "X was followed by cyber cooperation: in 2021 the NCAL signed an MoU with Y": the statement after the
            # colon has its subject, its time and its verb of its own
            start, clause = start + colon + 2, clause[colon + 2:]
            term = _agreement_term(clause, bool(previous_kind), context)
            if term is None:
                continue
        colon = clause.find(": ", term.end())  # "…: voters rejected accession": what follows a colon is another thing
        if colon >= 0 and COLON_CLAUSE.match(clause, colon) and not COLON_LIST.match(clause, colon):
            # (a clause of its own after it, not the list of counterparts: "with three partners: A, B and C"), read
            # on its own: "Trade agreements frame its policy: in 2020 it signed the X Agreement with A and B"
            if find_subject(context.view, start + colon + 1, end) is not None:  # (an actor of its own: "voters later
                pending.insert(0, (start + colon + 1, end))                     # refused a treaty" tells no agreement)
            end, clause = start + colon, clause[:colon]
        subject, through, indirect = context.subject_in(start, end)
        if (start, end) in gapped:
            (subject, through), indirect = _actor_of(context, gapped[(start, end)][0]), False
        if not subject:
            continue
        subject, through = _nominal_subject(context, subject, through, indirect, start, start + term.start())
        governing = context.masked[max(start, context.intro_end):start + term.end()] if start <= context.intro_end \
            else clause[:term.end()]
        after_term = SLOT_RE.sub(" ", clause[term.end():])
        own_part = _own_part(governing)  # (when the words after ", and" say a status of their own, they decide)
        if own_part != governing and cues.clause_status(own_part, after_term) not in ("", "done"):
            governing = own_part
        nearer = AND_NEW_PART.split(after_term, 1)[0]
        if nearer != after_term and cues.clause_status(governing, nearer) not in ("", "done") and \
                FINITE.search(after_term[len(nearer):]):
            after_term = nearer  # "… have been under negotiation since 2024, and an offer by X was turned down": the
            # next coordinate clause, with a verb of its own, tells of another thing
        status = _agreement_status(governing, after_term)
        if status in ("Planned", "UnderNegotiation") and SIGNED_BEFORE.search(SLOT_RE.sub(" ", governing)):
            # "X signed an agreement with Y in 2014, applied for membership …": the next predicate's hedge is its own
            status = _agreement_status(governing, NEXT_PREDICATE.split(after_term, 1)[0]) or status
        if status == "Signed" and AWAITS_SIGNATURE.search(after_term):
            status = "Planned"  # "the text of an MoU with X was finalised in 2025 and awaits signature": not signed yet
        elif status is None and AWAITS_SIGNATURE.search(after_term) and cues.clause_status(governing, after_term) == "":
            status = "Planned"  # "the X Treaty, announced in 2025, was still awaiting signature": a text to be signed
        if status in ("UnderNegotiation", "Planned"):
            status = _taken_back(context, end) or status
        if status is None and UNDER_TERM.search(governing) and cues.clause_status(governing, after_term) == "":
            status = "Signed"  # "cooperate with X and, since 2017, under a strategic agreement with Y": one acts under it
        if status is None and (start, end) in gapped and cues.clause_status(governing, after_term) == "":
            status = gapped[(start, end)][1] or None  # the gapped clause's verb is the first clause's
        for key, (actor, _) in list(gapped.items()):
            if key[0] == end and status is not None:
                gapped[key] = (actor, status)
        if status is None:
            continue
        relative = _with_which(context, start, start + term.start())
        proposed = _proposed_by(context, start, start + term.start(), start + term.end(), end)
        if proposed is not None:  # "declined a Russian proposal for an agreement": the proposer is the counterpart
            subject, through, counterparts = proposed[0], "", [(proposed[1], "")]
        elif relative is not None:  # "cooperates with Europol, with which Ukraine concluded an agreement in 2016, and …"
            subject, through, counterparts = relative
        else:
            subject, through, counterparts = _parties(context, subject, through, start, start + term.start(), end)
            through = through or _signing_agent(context, subject, start + term.end(), end)
        # (a text named an agreement by its name is what was signed, never a party: "… and it concluded a Strategic
        # Cyber Partnership with the UK")
        counterparts = [(m, y) for m, y in counterparts if m.kind == "state" or not AGREEMENT_NAME.search(m.text)]
        fronted = FRONTED_WITH.match(context.masked, start) if not counterparts and start < context.intro_end else None
        if fronted is not None and fronted.end() <= context.intro_end:  # "With Bahrain, a cyber MoU was signed in 2022"
            mention = context.view.mentions[int(fronted.group(1))]
            counterparts = [(mention, "")] if mention.kind in ACTOR_KINDS and not _own(context, subject, mention) else []
        talks = TALKS_WITH.search(context.masked, start, start + term.start()) if not counterparts else None
        if talks is not None:  # "negotiations with Israel on a bilateral cyber agreement opened in 2021"
            mention = context.view.mentions[int(talks.group(2))]
            counterparts = [(mention, "")] if mention.kind in ACTOR_KINDS and not _own(context, subject, mention) else []
        two = TWO_SIGNERS.search(context.masked, start, end) if not counterparts and "t" in clause else None
        home = (context.home or context.state or context.state_of(context.topic)) if two is not None else ""
        other = _two_signers_other(context, home, two.start()) if home else ""
        if other:  # "The two countries signed a Bilateral Security Agreement in 2023": the profile's state and the other
            kind = "MemorandumOfUnderstanding" if MOU_NAMED.search(clause) else "Agreement"
            year = cues.clause_year(context.masked[two.start():end]) or cues.clause_year(clause)
            fact = Fact("hasAgreementWith", home, other, year, status, kind=kind, topics=context.themes)
            findings.append(_finding(context, fact, f"agreement.two-signers.{status.lower()}", True))
            continue
        if not counterparts:
            continue
        kind = _agreement_kind(context, clause, previous_kind, named_mou, through, [m for m, _ in counterparts])
        previous_kind = kind
        base = BASE if status != "Signed" or SIGN.search(clause) else Decimal("0.8")
        noun_year = cues.years_before(TERM_MODIFIERS.sub("", context.masked[:start + term.start()]))[0]
        clause_year = cues.clause_year(clause) or (cues.clause_year(context.masked[:context.intro_end])
                                                   if start <= context.intro_end else "")
        own = context.state or context.state_of(context.topic)
        # "a memorandum with X, signed in 2015 for five years, expired in 2020": signed then, ended later (two claims)
        ended = _signed_then_ended(governing + clause[term.end():]) if status in ENDED_AFTER_SIGNING and len(counterparts) == 1 \
            else None
        for mention, own_year in counterparts:
            party, party_agency = _party(context, mention)
            cert = _state_cert(context, mention) if not party_agency else None
            body = _state_body(context, mention) if not party_agency and cert is None else None
            if body is not None:  # "with Qatar's ictQATAR in 2014": that body signs, with its own time
                cert, own_year = body[0], own_year or body[1]
            party_agency = cert.key if cert is not None else party_agency  # "with Jordan's national CERT": it signs
            # an ended text is dated by its end ("a 2015 agreement … was allowed to lapse in 2020": 2020)
            end_year = cues.ended_year(after_term) if status in ENDED_AFTER_SIGNING else ""
            year = ended[1] if ended else end_year or own_year or (noun_year[0] if noun_year else "") or clause_year
            fact = Fact("hasAgreementWith", subject, party, year, status, kind=kind, through=through,
                        object_through=party_agency, topics=context.themes)
            if own and party == own and subject != own:  # "Russia and Portugal signed …": Portugal's agreement
                fact = Fact("hasAgreementWith", own, subject, year, status, kind=kind, through=party_agency,
                            object_through=through, topics=context.themes)
            findings.append(_finding(context, fact, f"agreement.{status.lower()}", indirect, base))
            if cert is not None and cert.key not in context.gazetteer.entities:
                findings[-1].entities.append(cert)
            again = _signed_again(SLOT_RE.sub(" ", context.masked[start + term.end():]), year) \
                if status in ENDED_AFTER_SIGNING and len(counterparts) == 1 else ""
            if again:  # "… lapsed in 2019; a new one was signed two years later": signed again, a claim of its own
                renewed_fact = fact.with_evidence(set())
                renewed_fact.year, renewed_fact.status = again, "Signed"
                findings.append(_finding(context, renewed_fact, "agreement.signed-again", indirect))
            if ended:
                signed = fact.with_evidence(set())
                signed.year, signed.status = ended[0], "Signed"
                findings.append(_finding(context, signed, "agreement.signed-then-ended", indirect))
            renewed = _renewal_year(context, context.mention_at(_index(context, mention)), year) \
                if status == "Signed" else ""
            if renewed:  # "signed in 2019 and renewed in 2024": signed again, a claim of its own
                again = fact.with_evidence(set())
                again.year = renewed
                findings.append(_finding(context, again, "agreement.renewed", indirect, base))
            later = _ended_later(context, context.mention_at(_index(context, mention)), start + term.end(), year) \
                if status == "Signed" and len(counterparts) == 1 else None
            if later is not None:  # "signed in 2014 and terminated in 2020", "…, which expired in 2021": ended later
                gone = fact.with_evidence(set())
                gone.status, gone.year = later
                findings.append(_finding(context, gone, f"agreement.ended-later.{later[0].lower()}", indirect))
                rest = SLOT_RE.sub(" ", context.masked[max(start + term.end(), context.mention_at(_index(context, mention))):])
                again = _signed_again(rest, later[1]) if later[1] else ""
                if again and again != year:  # "…; it lapsed in 2019 and was renewed in 2023": signed again
                    renewed_fact = fact.with_evidence(set())
                    renewed_fact.year = again
                    findings.append(_finding(context, renewed_fact, "agreement.signed-again", indirect))
    return findings


# An ended agreement whose signing is told with its own year before the end and its year: "…, signed in 2015 for five
# years, expired in 2020", "…, signed in 2022, was suspended by the government in 2024", "an MoU signed with X in 2014
# was terminated in 2021" (the counterpart between the verb and its date) (not "signed in 2016, has expired":
# one claim, the ended one; nor "concluded in 2014, was suspended in 2019", which the invented corpus's gold reads as
# one claim, the suspension, and traps a signing).
ENDED_AFTER_SIGNING = frozenset({"Expired", "Suspended", "Terminated"})


def _signed_then_ended(text: str) -> tuple[str, str] | None:
    """(year signed, year ended) of an agreement whose words after its noun tell both (the one reader in cues)."""
    return cues.signed_then_ended(text) if SIGNED_WORD.search(text) else None


SIGNED_WORD = re.compile(r"\b(?:signed|concluded|agreed|inked|sealed|entered)\b")


# An agreement another state proposed to the profile's: "declined a Russian proposal for an intergovernmental
# agreement", "an agreement that Moscow had pressed on Delhi was turned down" (the proposer is the counterpart, whatever
# else the clause names: "… saying it overlapped with existing ASEAN arrangements").
PROPOSAL_OF = re.compile(rf"\b(?:an?|the|its)\s+(?:[\w-]+\s+)?{SLOT}\s+(?:proposal|offer|draft|request)\s+(?:for|of|on)\s+"
                         rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?$")
PRESSED_BY = re.compile(rf"[^,;]*?\b(?:that|which)\s+{SLOT}\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:pressed|proposed|"
                        rf"offered|put\s+forward|submitted|tabled|pushed)\b")


def _proposed_by(context: SentenceContext, start: int, term: int, term_end: int, end: int
                 ) -> tuple[str, Mention] | None:
    """(the profile's state, the proposing state) of an agreement another state proposed; None when the clause
    tells no proposal."""
    if re.match(r"[Tt]reat|[Pp]act|[Cc]onvention", context.masked[term:term_end]):
        return None  # "rejected the Russian proposal for a UN treaty": a position on a treaty, no bilateral text
    found = PROPOSAL_OF.search(context.masked, start, term) or PRESSED_BY.match(context.masked, term_end, end)
    if found is None:
        return None
    own = context.state or context.state_of(context.topic)
    proposer = context.view.mentions[int(found.group(1))]
    if not own or proposer.kind != "state" or proposer.key == own or not proposer.key:
        return None
    return own, proposer


# A text settled but not yet signed: "was finalised in 2025 and awaits signature", "is awaiting signature".
AWAITS_SIGNATURE = re.compile(r"\b(?:awaits|awaiting|awaited|await)\s+(?:its\s+|their\s+|the\s+)?(?:formal\s+)?signature\b")


# ", and " opening another statement inside one clause: "the Cabinet declined to approve it, and talks on a
# memorandum with X are under way" (what the words before it say is no status of the memorandum).
AND_NEW_PART = re.compile(r",\s+and\s+")
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b")


# The subject's own accomplished signing before the agreement noun: "Ukraine signed an agreement …", "has concluded a …".
SIGNED_BEFORE = re.compile(r"\b(?:signed|concluded|inked|struck|sealed|entered into)\s+(?:an?|the|its|their)\s+"
                           r"(?:[\w-]+\s+){0,5}?\S+$", re.IGNORECASE)
# A comma and a finite verb in the past opening the subject's next predicate: "…, applied for membership …".
NEXT_PREDICATE = re.compile(r",\s+(?:and\s+)?(?:then\s+|later\s+|also\s+)?(?=(?:applied|sought|asked|requested|announced|"
                            r"declared|began|started|opened|launched|joined|became|took|expressed|voiced|pledged|"
                            r"promised|planned|intended|said|stated|hoped)\b)")


# A relative clause whose "with which" stands for the counterpart: "Europol, with which Ukraine concluded an
# agreement", "Japan, with whom it signed a memorandum": the antecedent is the party, whatever follows the clause.
WITH_WHICH = re.compile(rf"{SLOT}(?:\s*\([^()]*\))?,?\s+with\s+(?:which|whom)\s+(?P<rest>[^,;]*)$")


# The relative clause itself, whose agreement is not the main clause's: "…, with which Ukraine concluded an agreement in
# 2016," (the cooperation told around it stands on its own).
WITH_WHICH_CLAUSE = re.compile(rf",\s+with\s+(?:which|whom)\s+[^,;]*")


def _with_which(context: SentenceContext, start: int, term: int) -> tuple[str, str, list[tuple[Mention, str]]] | None:
    """(subject, acting agency, [(counterpart, "")]) of an agreement told in a "with which" relative clause."""
    found = WITH_WHICH.search(context.masked, start, term)
    if found is None:
        return None
    party = context.view.mentions[int(found.group(1))]
    if not party.key or party.kind not in ACTOR_KINDS:
        return None
    named = SLOT_RE.match(found.group("rest"))  # its own subject: "with which Ukraine concluded", else the clause's
    if named is not None:
        subject, through = _actor_of(context, context.view.mentions[int(named.group(1))])
    else:
        subject, through, _ = context.subject_in(start, term)
    if not subject or _own(context, subject, party):
        return subject, through, []
    return subject, through, [(party, "")]


# A coordinate clause that names an agreement of its own after the first one's counterparts: "a similar text with X was
# shelved, and talks on an arrangement with Y, opened in 2024, continue".
LATER_AGREEMENT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[^,;\ue000]{0,40}?\b(?:MoUs?|MOUs?|[Mm]emorand(?:um|a)|"
                                    r"[Aa]greements?|[Aa]rrangements?|[Aa]ccords?|[Tt]alks|[Nn]egotiations)\b)")


def _later_agreement_clause(context: SentenceContext, term_end: int, end: int) -> int | None:
    """Where a coordinate clause that names another agreement, with a status of its own, starts (after at least one
    counterpart of the first); None when there is none (", and an MoU with Y in 2021" shares the first one's verb)."""
    for found in LATER_AGREEMENT_CLAUSE.finditer(context.masked, term_end, end):
        if not SLOT_RE.search(context.masked, term_end, found.start()):
            continue
        part = SLOT_RE.sub(" ", context.masked[found.end():end])
        if cues.clause_status(part, "") not in ("", "done"):
            return found.start()
    return None


def _later_two_signers(context: SentenceContext, term_end: int, end: int) -> int | None:
    """Where a coordinate clause whose agreement "the two countries" signed starts, after a counterpart of the first
    ("…, and the Treaty … that the two countries concluded in 2025 …": signers and a time of its own); None if none."""
    for found in LATER_TWO_SIGNERS.finditer(context.masked, term_end, end) if "two" in context.masked[term_end:end] \
            or "oth" in context.masked[term_end:end] else ():
        if SLOT_RE.search(context.masked, term_end, found.start()):
            return found.start()
    return None


# A coordinate clause whose agreement "the two countries" signed: its own parties, its own time ("…, and the Treaty on
# X that the two countries concluded in 2025 …", the name of the text masked or not).
LATER_TWO_SIGNERS = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[^;]{0,80}?(?:\b(?:MoUs?|MOUs?|[Mm]emorand(?:um|a)|"
                               r"[Aa]greements?|[Aa]rrangements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]acts?)\b|\ue001)"
                               rf"[^;]{{0,80}}?\b(?:that|which)\s+{TWO_PARTIES_WORDS}\s)")
TWO_SIGNERS_NAMED = re.compile(rf"{SLOT}(?=\s+(?:that|which)\s+{TWO_PARTIES_WORDS}\s+(?:\w+ly\s+)?(?:signed|concluded|agreed|"
                               r"inked|sealed|struck)\b)")


def _own_part(governing: str) -> str:
    """The part of a clause's words up to its agreement noun that speaks of it: after the last ", and " whose
    words before hold a verb of their own and whose words after hold no party yet."""
    cut = 0
    for found in AND_NEW_PART.finditer(governing):
        if FINITE.search(SLOT_RE.sub(" ", governing[cut:found.start()])) and \
                not SLOT_RE.search(governing, found.end()):
            cut = found.end()
    return governing[cut:]


def _taken_back(context: SentenceContext, end: int) -> str | None:
    """The ended status a contrast clause gives the talks or plan just told: "an arrangement with X was negotiated
    in 2024 but the Cabinet declined to approve it" (Rejected); None when the next clause says no such thing."""
    if not BUT_UNDONE.match(context.masked, end):
        return None
    text = SLOT_RE.sub(" ", context.masked[end:context.clause_of(end + 1)[1]])
    text = AND_NEW_PART.split(text, 1)[0]
    if not re.search(r"\b(?:it|them|the (?:deal|text|agreement|arrangement|memorandum|MoU|accord))\b", text):
        return None
    return next((AGREEMENT_STATUS[status] for status, pattern in cues.ENDED_STATUSES if pattern.search(text)), None)


# "…, signed in 2019 and renewed in 2024", "— renewed in August 2021": the agreement signed again that year.
RENEWED = re.compile(rf"\b(?:renewed|extended|re-?signed|prolonged)\s+(?:(?:it|them)\s+)?(?:(?:again|once more|for\s+(?:another\s+)?"
                     rf"[\w-]+\s+years?)\s+)?(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\b")


def _renewal_year(context: SentenceContext, after_term: int, year: str) -> str:  # (after_term: the party's slot)
    """The year an agreement told in this clause was renewed, told later in the same sentence before any other
    agreement or party."""
    rest = SLOT_RE.sub("", context.masked[after_term:], count=1).split(";")[0]
    found = RENEWED.search(rest)
    if found is None or not year or found.group("year") <= year or MOU.search(rest, 0, found.start()) or \
            ANOTHER.search(rest, 0, found.start()) or SLOT_RE.search(rest, 0, found.start()):
        return ""
    return found.group("year")


# A signed agreement that the same sentence then tells ended, in words that refer back to it: "…, which expired in
# 2021", "… and terminated in 2020", "…; it was suspended two years later", "…, an understanding that was suspended in
# 2018", "… that lapsed in 2018".
ENDED_LATER = re.compile(r"(?:,?\s+(?:which|that)|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|MoU|"
                         r"understanding|arrangement|text|accord|deal)\s+(?:which|that)|\s+and|;\s+(?:it|the\s+"
                         r"(?:agreement|memorandum|MoU|arrangement|text)))\s+(?:\w+ly\s+)?(?:(?:was|were|has\s+been|had\s+"
                         r"been|has|had)\s+(?:\w+ly\s+|since\s+)?)?(?P<verb>expired|lapsed|suspended|terminated|"
                         r"cancell?ed|revoked|annulled|denounced|scrapped|frozen)\b")


def _ended_later(context: SentenceContext, party: int, term_end: int, year: str) -> tuple[str, str] | None:
    """(ended status, year ended or '') of an agreement told signed in this clause that the rest of the sentence (after
    its party or its noun, whichever comes later), before any other agreement or party, tells ended with its own time
    (a year, "two years later", "since")."""
    rest = SLOT_RE.sub("", context.masked[party:], count=1) if party >= term_end else context.masked[term_end:]
    found = None
    for candidate in ENDED_LATER.finditer(rest):
        found = candidate
        break
    if found is None or MOU.search(rest, 0, found.start()) or ANOTHER.search(rest, 0, found.start()) or \
            SLOT_RE.search(rest, 0, found.start()) or rest.count(";", 0, found.start()) > 1:
        return None
    status = next(s for s, pattern in cues.ENDED_STATUSES if pattern.search(found.group("verb")))
    when = next((w for w in cues.times(rest, year) if w.start >= found.end() and w.prep in ("in", "on", "relative")
                 and not re.search(r"[,;]", rest[found.end():w.start])), None)
    if when is not None:
        return (status, when.year) if not year or when.year > year else None
    return (status, "") if "since" in found.group() else None


# An ended agreement signed again, told after its end in the same sentence: "… lapsed in 2019 and was renewed in 2023",
# "… expired in 2020; a new one was signed two years later", "… lapsed in 2022; the two governments signed a new
# memorandum in 2024" (not "has not been renewed", nor "was replaced by …": another text).
ENDED_THEN = re.compile(r"\b(?:expired|lapsed|lapse|suspended|terminated|cancell?ed|revoked|annulled|denounced|scrapped|frozen)\b")
SIGNED_AGAIN = re.compile(r"^[^;]*?(?:\s+and\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:renewed|re-?signed)|"
                          r";\s+(?:a|the)\s+(?:new|fresh|second|successor)\s+(?:one|memorandum|MoU|agreement|arrangement|text)\s+"
                          r"(?:was|has\s+been)\s+(?:\w+ly\s+)?signed|"
                          r";\s+(?:the\s+two\s+(?:governments|sides|countries|agencies|teams|states)|they|both\s+sides)\s+"
                          r"(?:\w+ly\s+)?signed\s+(?:a|another)\s+(?:new\s+|fresh\s+|second\s+)?(?:one|memorandum|MoU|agreement|"
                          r"arrangement|text))\b")


def _signed_again(rest: str, end_year: str) -> str:
    """The year an agreement whose end ``rest`` tells (with the end's year ``end_year``) was signed again, later in
    the same sentence, with a time of its own after the end; '' otherwise."""
    ending = ENDED_THEN.search(rest)
    if ending is None or not end_year:
        return ""
    tail = rest[ending.end():]
    found = SIGNED_AGAIN.search(tail)
    if found is None or found.group().count(";") > 1:
        return ""
    when = next((w for w in cues.times(tail, end_year) if w.start >= found.end() and w.prep in ("in", "on", "relative")
                 and not re.search(r"[,;]", tail[found.end():w.start])), None)
    return when.year if when is not None and when.year > end_year else ""


# An agreement that frames what the clause tells, so one in force: "works with Y under an agreement with Z".
UNDER_TERM = re.compile(rf"\b(?:under|on the basis of|pursuant to)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
                        rf"(?:{MOU.pattern})$")


# A counterpart named in a fronted phrase before the clause: "With Bahrain, a cyber MoU was signed in 2022".
FRONTED_WITH = re.compile(rf"\s*[Ww]ith\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s*,")


# The counterpart of talks named before the agreement they are about: "talks with Japan on a framework arrangement".
TALKS_WITH = re.compile(rf"\b(?:[Nn]egotiations?|[Tt]alks|[Dd]iscussions?)\s+with\s+(?:the\s+)?(?:{SLOT}['’]s?\s+)?{SLOT}"
                        rf"(?:\s*\([^()]*\))?\s+"
                        rf"(?:on|about|for|over|towards?|regarding|concerning)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                        rf"(?:[\w-]+\s+){{0,3}}?$")


def _parties(context: SentenceContext, subject: str, through: str, start: int, term: int, end: int
             ) -> tuple[str, str, list[tuple[Mention, str]]]:
    """(subject, acting agency, [(counterpart, its own year)]) of an agreement clause: the items after the
    agreement noun that are not the subject's own, not a topic or a place ("on …", "in …"); "between A and
    B" and "A and B signed …" make A the subject and B the counterpart."""
    items = [(m, y) for m, y in context.list_items(term, end)
             if not _qualifier(context, m)
             and (not NOT_A_PARTY.search(SLOT_RE.sub(" ", context.masked[term:context.mention_at(_index(context, m))])[-40:])
                  or _after_with(context, term, m))]
    between = re.search(r"\bbetween\s*(?:the\s*)?$", SLOT_RE.sub("", context.masked[term:context.mention_at(_index(context, items[0][0]))])) \
        if items else None
    if between is None and not items:
        joined = COORDINATED_SUBJECTS.match(context.masked, max(start, context.intro_end), term)
        if joined:
            first, second = (context.view.mentions[int(joined.group(i))] for i in (1, 2))
            items = [(second, "")]
            subject, through = _actor_of(context, first)
    elif between is not None and len(items) >= 2 and not any(_own(context, subject, m) for m, _ in items):
        subject, through = _actor_of(context, items[0][0])
        items = items[1:]
    elif between is not None and len(items) >= 2 and items[0][0].kind == "org" and _own(context, subject, items[0][0]) \
            and not _own(context, subject, items[1][0]):
        # "an MoU between the ESCC and Saudi Arabia's NCA", "a 2015 agreement between the FRA and a Ukrainian
        # counterpart": the subject's own agency named first is the one that acts, whoever the clause's subject is
        subject, through = _actor_of(context, items[0][0])
        items = items[1:]
    return subject, through, [(m, y) for m, y in _unique_items(items) if not _own(context, subject, m)]


# A state that only qualifies the party named after it: "a US technology firm", "a Chinese telecoms company".
TRADE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:firms?|compan(?:y|ies)|vendors?|providers?|corporations?|"
                         r"businesses|manufacturers?|operators?|universit(?:y|ies)|banks?|start-?ups?|contractors?|"
                         r"suppliers?|giants?|conglomerates?)\b")


def _qualifier(context: SentenceContext, mention: Mention) -> bool:
    """Whether a state only qualifies a party that is no state ("a Chinese telecoms company")."""
    index = _index(context, mention)
    return mention.kind == "state" and bool(TRADE_AFTER.match(context.masked, context.mention_at(index) + len(str(index)) + 2))


# "India and Japan signed a cyber MoU": two coordinated subjects, the second the counterpart; each may be a body its
# owner names ("Denmark's NCSC and the Croatian National Police concluded …", "the SCSO and Austria's NCC signed …"):
# the body acts, for its owner.
OWNED_BY = rf"(?:{SLOT_RE.pattern.replace('(', '(?:', 1)}['’]s?\s+)?"
COORDINATED_SUBJECTS = re.compile(rf"\s*(?:(?:[Ii]n|[Ss]ince|[Oo]n|[Bb]y)\s+(?:{cues.MONTH}\s+)?{cues.YEAR},?\s+)?"
                                  rf"(?:[Tt]he\s+)?{OWNED_BY}{SLOT}\s+and\s+(?:the\s+)?{OWNED_BY}{SLOT}\s+(?:\w+ly\s+)?"
                                  rf"(?:have\s+|had\s+)?"
                                  rf"(?:signed|concluded|agreed|inked|struck|finali[sz]ed|renewed|extended|updated|upgraded|"
                                  rf"initial(?:l)?ed|sealed|put\s+their\s+signatures?\s+(?:to|on))\b")


def _after_with(context: SentenceContext, term: int, mention: Mention) -> bool:
    """Whether a list item follows "with" with nothing but list words between ("an MoU on cooperation with X",
    "with Israel in 2016 and Rwanda"): a counterpart even after a topic phrase."""
    text = SLOT_RE.sub(" X ", context.masked[term:context.mention_at(_index(context, mention))])
    after_with = re.split(r"\bwith\b", text)
    if len(after_with) < 2:
        return False
    tail = re.sub(r"\b(?:in|since|on)\s+(?:\w+\s+)?\d{4}", " ", after_with[-1])
    # (an apposition's time or place between: "with India, announced during the 2023 BRICS summit")
    return not re.search(r"\b(?:on|in|at|to|from|by|for|under|through|via|against|about|during|after|before|within)"
                         r"\s+(?:the\s+)?[A-Za-z0-9]", tail)


def _actor_of(context: SentenceContext, mention: Mention) -> tuple[str, str]:
    state = context.state_of(mention.key)
    if mention.kind == "org" and state and state != mention.key:
        return state, mention.key
    return mention.key, ""


def _unique_items(items: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    seen, result = set(), []
    for mention, year in items:
        if mention.key not in seen:
            seen.add(mention.key)
            result.append((mention, year))
    return result


def _party(context: SentenceContext, mention: Mention) -> tuple[str, str]:
    """(party, acting agency) of a counterpart: an agency signs for its state, as on the subject side."""
    state = context.state_of(mention.key)
    if mention.kind == "org" and state and state != mention.key:
        return state, mention.key
    return mention.key, ""


# A state's CERT named by its common noun after the state's possessive: "with Jordan's national CERT", "with
# Montenegro's CIRT", "with Bangladesh's national CIRT" (that CERT signs for its state).
STATE_CERT_AFTER = re.compile(r"['’]s?\s+(?P<national>national\s+|government\s+)?(?P<noun>CERT|CIRT|CSIRT|"
                              r"computer\s+(?:emergency|incident|security\s+incident)\s+response\s+team)(?![\w-])")


# ("the national CERTs of Vietnam and Uzbekistan": each state's)
CERTS_OF_BEFORE = re.compile(r"\b(?P<national>national\s+)?(?P<noun>CERT|CIRT|CSIRT)s?\s+of\s+(?:the\s+)?"
                             r"(?:\ue000\d+\ue001(?:,\s+|\s+and\s+))*$")


def _state_cert(context: SentenceContext, mention: Mention) -> Entity | None:
    """The CERT a state counterpart's possessive names by its common noun: the state's one CERT the document knows,
    else a new one named by the state and the noun ("Jordan national CERT"); None when none is named so."""
    if mention.kind != "state" or not mention.key or mention.key not in context.gazetteer.entities:
        return None
    index = _index(context, mention)
    at = context.mention_at(index)
    found = STATE_CERT_AFTER.match(context.masked, at + len(str(index)) + 2) or \
        CERTS_OF_BEFORE.search(context.masked, max(0, at - 120), at)
    if found is None:
        return None
    known = [e for e in context.gazetteer.entities.values() if e.cls == CDO.CERT and e.agency_of == mention.key]
    if len(known) == 1:
        return known[0]
    state = context.gazetteer.entities[mention.key]
    label = f"{state.label} {(found.group('national') or '').strip()} {found.group('noun')}".replace("  ", " ")
    return Entity(key=f"org/{state.slug}/{slugify(label)}", label=label, kind="org", cls=CDO.CERT,
                  agency_of=mention.key, names={label})


# A state counterpart's own body named after its possessive by a name the gazetteer lacks, an acronym-like word or a
# name with its acronym, maybe after a common noun: "with Indonesia's ID-SIRTII", "between the TRA and Qatar's
# ictQATAR", "with Togo's telecommunications regulator ARCEP in 2019", "with France's Agence nationale de la sécurité
# des systèmes d'information (ANSSI) in 2023" (that body signs for its state, with the time told after it).
STATE_BODY_AFTER = re.compile(
    r"['’]s?\s+(?:(?:national|state|federal|government|telecommunications?|telecoms?|communications?|cyber(?:security)?|"
    r"security|ICT|digital|data[- ]protection|police)\s+){0,3}(?:(?:regulator|agency|authority|team|centre|center|ministry|"
    r"regulatory\s+authority)\s+)?"
    r"(?:(?P<name>[A-Z][^(),;:\ue000\ue001]{3,90}?)\s+\((?P<acr>[A-Za-z][\w./-]{1,14})\)|"
    # (an acronym-like word is the body's name only where the noun phrase ends with it: not "Austria's ICT ministry")
    r"(?P<word>(?=[\w./-]*[A-Z]{2})[A-Za-z][\w./-]*[A-Za-z0-9])(?![\w/-]|\.\w)(?!\s+(?:[A-Z(\ue000]|(?:ministry|ministries|"
    r"agency|agencies|authority|department|office|unit|team|centre|center|regulator|division|directorate|service|"
    r"police|rules?|laws?|acts?|programmes?|programs?|projects?|strategy|officials?|experts?|staff|sector|"
    r"networks?|systems?|standards?|framework)\b)))")
BODY_TIME_AFTER = re.compile(rf"\s*,?\s*(?:in|on)\s+(?:(?:\d{{1,2}}\s+)?{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\b")


def _state_body(context: SentenceContext, mention: Mention) -> tuple[Entity, str] | None:
    """(the body, the year told right after it) a state counterpart's possessive names by a name the gazetteer does
    not know; None when there is none."""
    if mention.kind != "state" or not mention.key or mention.key not in context.gazetteer.entities:
        return None
    index = _index(context, mention)
    found = STATE_BODY_AFTER.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
    if found is None:
        return None
    acronym = found.group("acr") or found.group("word")
    name = found.group("name") or ""
    if re.search(r"\b(?:was|were|is|are|has|have|had|which|that|who|signed|concluded|and|with)\b", name) or \
            not re.search(r"[A-Z]", acronym) or context.gazetteer.lookup(acronym) is not None or \
            name and context.gazetteer.lookup(name) is not None:
        return None
    state = context.gazetteer.entities[mention.key]
    label = f"{name} ({acronym})" if name else acronym
    cls = CDO.CERT if re.search(r"C?(?:ERT|SIRT|IRT)", acronym) else CDO.GovernmentAgency
    entity = Entity(key=f"org/{state.slug}/{slugify(acronym)}", label=label, kind="org", cls=cls, acronym=acronym,
                    agency_of=mention.key, names={n for n in (name, acronym) if n})
    when = BODY_TIME_AFTER.match(context.masked, found.end())
    return entity, when.group("year") if when is not None else ""


def _agreement_kind(context: SentenceContext, clause: str, previous: str, named_mou: bool, through: str,
                    counterparts: list[Mention]) -> str:
    """CERT-to-CERT when the clause says so or both sides act through agencies one of which is a CERT."""
    agencies = [context.gazetteer.entities[k].cls for k in [through] + [m.key for m in counterparts]
                if k in context.gazetteer.entities and context.state_of(k) not in ("", k)]
    if CERT_WORD.search(clause) or (through and len(agencies) > 1 and CDO.CERT in agencies):
        return "CertMemorandumOfUnderstanding"
    if re.search(r"\bsimilar\b|\bone\b", clause) and previous:
        return previous
    return "MemorandumOfUnderstanding" if named_mou else "Agreement"


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, result = set(), []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            result.append(mention)
    return result


# --- memberships, participation, chairing -----------------------------------------------------

# A state's body named right before an apposition that makes it a member: "CERT-X, a member of FIRST since 2016 and of
# AfricaCERT, has taken part …", "the Cyber Police (CP), a founding member of the X network, …" (the body is the member).
# So is the body a relative clause after it makes one: "the national CIRT, operational since 2012, which became a member
# of FIRST in 2016" (what the clause's subject hosts or runs is not the state itself).
BODY_BEFORE_APPOSITION = re.compile(rf"{SLOT}(?:\s*\([^()]*\))?$")
BODY_BEFORE_RELATIVE = re.compile(rf"{SLOT}(?:\s*\([^()]*\))?(?:,\s+[^,;()\ue000]{{1,40}})?,\s+which\s+(?:(?:has|had|also|"
                                  rf"then|later|soon)\s+)*$")


def _appositive_body(context: SentenceContext, match: re.Match[str]) -> Mention | None:
    """The state's body an apposition that opens with the membership trigger ``match`` (or a relative clause whose
    verb it is) describes, else None."""
    window = max(0, match.start() - 120)
    found = BODY_BEFORE_APPOSITION.search(context.masked, window, match.start()) if match.group().startswith(",") else \
        BODY_BEFORE_RELATIVE.search(context.masked, window, match.start()) if "which" in context.masked else None
    body = context.view.mentions[int(found.group(1))] if found is not None else None
    if body is None or body.kind != "org" or not body.key or context.state_of(body.key) in ("", body.key):
        return None
    return body


def memberships(context: SentenceContext) -> list[Finding]:
    """Memberships: "joined the UN and the OSCE in 1992, the CoE in 1999", "a member of NATO since 1955 and of
    the CoE since 1950", "belongs to APEC (1989) and the G20 (1999)", "a founding member of X", "a NATO
    member"; each organisation of a list with its own year; "aspires to join" is Planned."""
    if not may_match(MEMBERSHIP_HINT, context.masked) or not MEMBERSHIP_HINT.search(context.masked):
        return []
    findings, seen = [], set()
    for pattern, dated in MEMBERSHIP:
        for match in pattern.finditer(context.masked):
            if _is_exercise(context, context.view.slot(match.group()[match.group().rfind("\ue000"):])):
                continue  # "joined the ITU CyberDrill for the CIS region": taking part in an exercise, read elsewhere
            if re.search(r"\bobservers?\b", match.group()):
                continue  # "as an observer of the CRI", "an observer of the OAS": an observer is no member
            clause = context.clause_of(match.start())
            subject, acting, indirect = context.subject_in(*clause)
            appositive = _appositive_body(context, match)
            if appositive is not None:  # "…, and CERT-X, a member of FIRST since 2016, has …": the body named before
                subject, acting, indirect = context.state_of(appositive.key), appositive.key, False
            member = context.state_of(subject) or subject
            before = context.masked[clause[0]:match.start()]
            status = cues.clause_status(before[-50:] + match.group(), "")
            if not member or status in ("negated", "Rejected", "Withdrawn"):
                continue
            status = "Planned" if status in ("Planned", "UnderNegotiation", "Proposed") or pattern is APPLICATION else ""
            # another trigger's own time is not this one's: "Admitted to the UN in 1955, it joined NATO", "a member of
            # the OAU, now the AU, in 1963, and of …"
            later = MEMBERSHIP_HINT.search(context.masked, match.end(), clause[1])
            first = clause[0]
            if MEMBERSHIP_HINT.search(context.masked, clause[0], match.start()):
                first = max(first, context.masked.rfind(", ", clause[0], match.start()) + 1)
            fallback = _membership_year(context, (first, later.start() if later else clause[1]), dated)
            listed = [(number == 0, organisation, year)
                      for number, (organisation, year) in enumerate(_organisations(context, match, clause[1]))]
            if pattern not in (APPLICATION, SEAT_ON, SEATED, SAT_ON):
                listed += _list_resumed(context, clause)
            for first_item, organisation, year in listed:
                if not year and first_item:
                    year = _year_after_mention(context, organisation)
                if organisation.key in seen or organisation.key == member or _own(context, member, organisation):
                    continue
                if context.state_of(organisation.key) not in ("", organisation.key):
                    continue  # "joined X in linking APT10 to China's MSS": a state's body has no members
                if _owned_partnership(context, organisation):
                    continue  # "joined NATO's Partnership for Peace": a partner of NATO (read as cooperation), no member
                if pattern in (SEATED, SAT_ON) and not getattr(context.gazetteer.entities.get(organisation.key),
                                                               "reference", False):
                    continue  # "served on the GFCE Advisory Board": a seat on a body of its own naming, no membership
                if pattern is PART_OF and (acting or getattr(context.clause_subject(*clause), "kind", "") != "state" or getattr(
                        context.gazetteer.entities.get(organisation.key), "cls", None) not in (
                        CDO.InternationalOrganisation, CDO.Forum)):
                    continue  # "the CERT is part of the Ministry": a body's place, not a membership; the state is named
                seen.add(organisation.key)
                years = _years_of(context, organisation, match.start()) if _is_process(context, organisation) \
                    else [year or fallback]
                terms = _years_of(context, organisation) if pattern in (SEAT_ON, SEATED, SAT_ON) else []
                if len(terms) > 1:
                    years = terms  # (each term of a seat its own membership)
                # "CERT-X is a member of FIRST": the agency's membership, for its state
                through = acting if acting and acting != member and context.state_of(acting) == member else ""
                for year in years:
                    fact = Fact("memberOf", member, organisation.key, year, status, through=through)
                    findings.append(_finding(context, fact, "membership.member-of", indirect))
    findings += _joined_it(context, {f.fact.object for f in findings})
    findings += _which_it_joined(context, {f.fact.object for f in findings})
    findings += _elected_to_seat(context, {f.fact.object for f in findings})
    return findings


# A list of organisations taken up again after a relative clause: "a founding member of ASEAN, whose Secretariat is
# in Jakarta, and of the NAM", "belongs to IGAD, which it co-founded in 1986, and to COMESA", "…, as well as to X and Y".
RESUMED_LIST = re.compile(rf"(?:and|as well as)\s+(?:also\s+)?(?:of|to|in)\s+(?:the\s+)?{SLOT}")


def _list_resumed(context: SentenceContext, clause: tuple[int, int]) -> list[tuple[bool, Mention, str]]:
    """The organisations of a membership list told after a relative clause that follows the trigger's clause."""
    spans = context.clauses
    number = spans.index(clause) if clause in spans else -1
    if number < 0 or number + 2 >= len(spans) or not re.match(r"(?:which|whose|who)\b", context.masked[spans[number + 1][0]:]):
        return []
    resumed = RESUMED_LIST.match(context.masked, spans[number + 2][0])
    if resumed is None:
        return []
    return [(position == 0, organisation, year) for position, (organisation, year)
            in enumerate(_organisations(context, resumed, spans[number + 2][1]))]


# "the General Assembly elected Latvia to a non-permanent seat on the UN Security Council for 2026-2027": the state
# elected holds the seat (whoever elected it).
ELECTED_TO_SEAT = re.compile(rf"\b(?:re-?)?elected\s+(?P<member>{SLOT})\s+(?:to|onto)\s+(?:a|an|its)\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"seat\s+on\s+(?:the\s+)?(?P<body>{SLOT})")


def _elected_to_seat(context: SentenceContext, seen: set[str]) -> list[Finding]:
    findings = []
    for match in ELECTED_TO_SEAT.finditer(context.masked) if "elected" in context.masked else ():
        member, body = context.view.slot(match.group("member")), context.view.slot(match.group("body"))
        if member.kind != "state" or not member.key or body.key in seen or \
                not getattr(context.gazetteer.entities.get(body.key), "reference", False) or \
                context.state_of(body.key) not in ("", body.key):
            continue
        start, end = context.clause_of(match.start())
        status = cues.clause_status(context.masked[start:match.start()][-50:], "")
        if status in ("negated", "Rejected", "Withdrawn"):
            continue
        status = "Planned" if status in ("Planned", "UnderNegotiation", "Proposed") else ""
        after = context.masked[match.end():end]
        term = re.match(rf"\s*(?:for|in)\s+(?:the\s+)?(?:term\s+)?{cues.YEAR}", after)
        years = [cues.first_year(term.group()).year] if term else [""]
        for year in years:
            findings.append(_finding(context, Fact("memberOf", member.key, body.key, year, status),
                                     "membership.elected-to-seat"))
    return findings


# "was invited to join NATO in 1997 and joined it in 1999", "left the OAS in 1962 and rejoined it in 2009": "it" is the
# last organisation named before it in the sentence.
JOINED_IT = re.compile(r"\b(?:joined|re-?joined|acceded\s+to|entered|was\s+admitted\s+to)\s+it\b(?!\s+(?:as|to|in\s+(?:order|the\s+role)))")


def _joined_it(context: SentenceContext, seen: set[str]) -> list[Finding]:
    findings = []
    for match in JOINED_IT.finditer(context.masked) if " it" in context.masked else ():
        before = [m for m in context.mentions_between(0, match.start(), ("org",))
                  if not _modifier(context, m) and getattr(context.gazetteer.entities.get(m.key), "cls", None) in (
                      CDO.InternationalOrganisation, CDO.Forum, CDO.Coalition)]
        start, end = context.clause_of(match.start())
        subject, acting, indirect = context.subject_in(start, end)
        member = context.state_of(subject) or subject
        if not before or not member or before[-1].key in seen or before[-1].key == member or \
                cues.is_negated(context.masked[start:match.start()]):
            continue
        year = cues.year_after(context.masked[match.end():end]) or ""
        fact = Fact("memberOf", member, before[-1].key, year, through=acting if acting != member else "")
        findings.append(_finding(context, fact, "membership.joined-it", indirect))
    return findings


# "Interpol, which India joined in 1949", "the StratCom COE, which it co-founded in 2014", "the CCDCOE in Tallinn, which
# Canada joined as a sponsoring nation in 2019": the organisation before the relative clause is the one joined.
WHICH_IT_JOINED = re.compile(rf"(?P<body>{SLOT})(?:\s*\([^()]*\))?(?:\s+in\s+(?:{SLOT}|[A-Z][\w-]+))?,?\s+which\s+"
                             rf"(?P<who>it|they|{SLOT})\s+(?:also\s+|later\s+|then\s+|formally\s+)?"
                             rf"(?:joined|re-?joined|co-?founded|founded|entered|acceded\s+to|"
                             rf"help(?:ed|s)?\s+(?:to\s+)?(?:create|found|establish|set\s+up))\b(?P<rest>[^,;]*)")


TAKES_PART_IN = re.compile(r"\b(?:t(?:ake|akes|ook|aking|aken)\s+part|participat(?:e|es|ed|ing))\s+in\s+(?:the\s+)?$")


def _which_it_joined(context: SentenceContext, seen: set[str]) -> list[Finding]:
    """Membership of the organisation a relative clause says the state joined or founded."""
    findings = []
    for match in WHICH_IT_JOINED.finditer(context.masked) if "which" in context.masked else ():
        body = context.view.slot(match.group("body"))
        start, end = context.clause_of(match.start("body"))
        if match.group("who") in ("it", "they"):
            subject, acting, indirect = context.subject_in(start, end)
        else:
            subject, acting = _actor_of(context, context.view.slot(match.group("who")))
            indirect = False
        member = context.state_of(subject) or subject
        if not member or body.kind != "org" or not body.key or body.key in seen or body.key == member or \
                _own(context, member, body) or context.state_of(body.key) not in ("", body.key) or \
                _is_exercise(context, body) or cues.clause_status(match.group(), "") in cues.UNACCOMPLISHED | {
                    "negated", "Rejected", "Withdrawn"}:
            continue
        if TAKES_PART_IN.search(context.masked, max(0, match.start() - 40), match.start()):
            continue  # "takes part in the Mediterranean Dialogue, which it joined in 1995": told as taking part
        seen.add(body.key)
        year = cues.clause_year(match.group("rest"))
        fact = Fact("memberOf", member, body.key, year, through=acting if acting and acting != member else "")
        findings.append(_finding(context, fact, "membership.which-it-joined", indirect))
    return findings


# A list item's own time written before it, after the "and": "a member of the UN and, since 1948, of the OAS".
TIME_BEFORE_ITEM = re.compile(rf"\band\s*,?\s*(?P<time>(?:since|in)\s+(?:{cues.MONTH}\s+)?{cues.YEAR})\s*,?\s*"
                              rf"(?:(?:of|to|in)\s+)?(?:the\s+)?$")


# What follows an organisation that makes the thing joined its own, not the organisation: "the Arab League's cyber working
# group", "the EU's condemnation of the campaign", "the Council of Europe's data protection convention" (a possessive
# before a common noun), "joined the EU in attributing the campaign" (an action of the organisation's).
NOT_THE_BODY_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\b|\s+in\s+[a-z]+ing\b")


# An item's acronym in brackets after its name, with what else the brackets say: "(CoE, since 1949)", "(NAM, 1961)".
ACRONYM_AGAIN = re.compile(r"\s*\(\s*\ue000\d+\ue001(?P<rest>[^()]*)\)")


def _organisations(context: SentenceContext, match: re.Match[str], end: int) -> list[tuple[Mention, str]]:
    """The organisations a membership trigger lists, from its first one on while the gaps are list-like."""
    first = context.view.slot(match.group()[match.group().rfind("\ue000"):])
    items = context.list_items(context.mention_at(_index(context, first)), end, ("org",))
    found, previous_end = [], None
    for mention, year in items:
        offset = context.mention_at(_index(context, mention))
        if previous_end is not None and offset < previous_end:
            continue  # inside what a renamed item already covered: "X (OAU, 1963), now the AU"
        if found and previous_end is not None and mention.key == found[-1][0].key:
            same = ACRONYM_AGAIN.match(context.masked, previous_end)
            if same is not None:  # "the Council of Europe (CoE, since 1949), the OECD …": the same item, its own year
                if not found[-1][1]:
                    found[-1] = (found[-1][0], next(iter(re.findall(cues.YEAR, same.group("rest"))), ""))
                previous_end = same.end()
                continue
        if previous_end is not None:
            gap = re.sub(r"\b(?:since|upon|on|at|from)\s+(?:its\s+)?independence(?:\s+in\s+(?:\w+\s+)?\d{4})?|"
                         # ("the Commonwealth since independence in 1968, and of the OAU": a time, no item)
                         r"\b(?:in|since|on)\s+(?:the\s+\w+\s+of\s+)?(?:\d{1,2}\s+)?(?:\w+\s+)?\d{4}(?:-\d{4})?|"
                         r"\b(?:a|one|two|three|four|five)\s+years?\s+later|that (?:same )?year|"
                         # "a member of the OECD since its creation in 1961 and of the EU since 1995"
                         r"\b(?:since|from|at)\s+(?:its|their)\s+(?:creation|founding|foundation|inception|birth|launch)", " ",
                         context.masked[previous_end:offset])
            gap = re.sub(r"\s*,[\s,]*", " ", gap)  # "the OIC and, since 2000, of the WTO": the time's commas
            if not LIST_GAP.fullmatch(gap):
                break
            before = TIME_BEFORE_ITEM.search(context.masked, previous_end, offset)
            year = year or (cues.clause_year(before.group("time")) if before else "")
        previous_end = offset + len(str(_index(context, mention))) + 2
        if mention.extra.get("modifier") or _modifier(context, mention) or \
                NOT_THE_BODY_AFTER.match(context.masked, previous_end):
            continue  # "the UN Group of Governmental Experts", "the Arab League's cyber working group": whose it is
        renamed = NOW_CALLED.match(context.masked, previous_end)
        if renamed and "whose" in renamed.group() and STATE_ACTS_AFTER.match(context.masked, renamed.end()):
            renamed = None  # "the OAU in 1963, whose successor, the AU, it helped to launch in 2002": its own act
        if renamed:  # "the European Economic Community (1957), today the EU": the membership is the EU's
            mention = context.view.mentions[int(next(g for g in renamed.groups() if g))]
            own_time = re.match(rf"\s*(?:\([^()]*?\b|(?:\([^()]*\))?\s+(?:in|from|since)\s+(?:{cues.MONTH}\s+)?)({cues.YEAR})\b",
                                renamed.group())  # "X (OAU, 1963), now the AU", "the OAU in 1963, today the AU"
            same_year = re.match(r"\s+(?:from\s+)?that\s+(?:same\s+)?year\b", renamed.group())
            told = [w.year for w in cues.times(context.masked[:renamed.start()])] if same_year else []
            year = year or (own_time.group(1) if own_time else "") or (told[-1] if told else "") \
                or cues.parenthesised_year(context.masked[renamed.end():renamed.end() + 12]) \
                or _comma_year(context.masked[renamed.end():renamed.end() + 30], context.masked[:renamed.end()])
        found.append((mention, year))
        previous_end = renamed.end() if renamed else offset + len(str(_index(context, mention))) + 2
    return found


# the state's own act with the successor, told right after its name ("whose successor, the AU, it helped to launch")
STATE_ACTS_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(?:it|they|the\s+country|the\s+state)\s+(?:\w+ly\s+)?[a-z]+ed\b")


def _comma_year(text: str, before: str = "") -> str:
    """A year set off by commas right after a renamed organisation: "…, now the AU, in 1963, and of …", "…, in June
    1991", "…, in the same year" (the year told before)."""
    found = re.match(rf"\s*(?:\([^()]*\))?\s*,\s*(?:in|since)\s+(?:(?:\d{{1,2}}\s+)?{cues.MONTH}\s+)?({cues.YEAR})\b", text)
    if found:
        return found.group(1)
    same = re.match(r"\s*(?:\([^()]*\))?\s*,\s*(?:(?:in|from|since)\s+)?(?:the|that)\s+same\s+year\b|"
                    r"\s*(?:\([^()]*\))?\s*,\s*(?:from|since)\s+that\s+year\b", text)
    told = [w.year for w in cues.times(before)] if same else []
    return told[-1] if told else ""


def _membership_year(context: SentenceContext, clause: tuple[int, int], dated: bool) -> str:
    """For "joined"-like triggers, the clause's (or the intro's) year when an organisation has none of its own."""
    if not dated:
        return ""
    intro = context.masked[:context.intro_end]
    return cues.clause_year(context.masked[clause[0]:clause[1]]) or (
        "" if MEMBERSHIP_HINT.search(intro) else cues.clause_year(intro))  # "Admitted to the UN in 1955, …": the UN's


# Who attends an exercise only to watch takes no part in it: "officers attended the X exercise as observers only",
# (one who "took part in X as observers" took a part, as its writers count it)
# "… did so as guests of a partner team, not as participants", "observers attended X without fielding a team" (in the
# stretch of the clause that names the exercise: "A competed in X, and officers followed Y as observers" is A's part in
# X; "took part in X in 2024, having previously attended only as observers" is a part taken now).
OBSERVED_AFTER = re.compile(r"\bas\s+(?:an?\s+)?observers?\b|\bnot\s+as\s+(?:players|participants|a\s+player|"
                            r"a\s+participant)\b|\bwithout\s+(?:fielding|taking\s+part|playing)\b")
OBSERVERS_BEFORE = re.compile(r"\bobservers\s+(?:\w+\s+)?(?:attended|followed|watched)\b")
PART_TAKEN = re.compile(r"\bt(?:ook|akes?|aken|aking)\s+part\b|\bparticipat|\bcompet(?:ed|es|e|ing)\b|\bplay(?:ed|s)\b")
OTHER_STRETCH = re.compile(r",\s+(?:and|while|whereas|but|having)\b|;|\bwhile\b")


def _observed_only(context: SentenceContext, key: str, start: int, end: int) -> bool:
    """Whether the exercise ``key`` is named in [start, end) in a stretch that says its subject only watched."""
    if getattr(context.gazetteer.entities.get(key), "cls", None) != CDO.Exercise or not (
            OBSERVED_AFTER.search(context.masked, start, end) or OBSERVERS_BEFORE.search(context.masked, start, end)):
        return False
    for mention in context.mentions_between(start, end, ("initiative", "event", "org")):
        if mention.key != key:
            continue
        offset = context.mention_at(_index(context, mention))
        breaks = [b.end() for b in OTHER_STRETCH.finditer(context.masked, start, offset)]
        if PART_TAKEN.search(context.masked, breaks[-1] if breaks else start, offset):
            continue  # "teams took part in X as observers in 2022": a part taken, whatever its role
        after = OBSERVED_AFTER.search(context.masked, offset, end)
        if after and not OTHER_STRETCH.search(context.masked, offset, after.start()):
            return True
        before = list(OBSERVERS_BEFORE.finditer(context.masked, start, offset))
        if before and not OTHER_STRETCH.search(context.masked, before[-1].end(), offset):
            return True
    return False


def participation(context: SentenceContext) -> list[Finding]:
    """Taking part: "took part in the first OEWG (2019-2021) and the second (2021-2025)", "sat on the UN GGE in
    2012-2013 and 2016-2017" (one fact per period), "teams compete in Locked Shields and in Cyber Europe",
    "takes part in the X programme" (a beneficiary); "participates in X along with A and B" makes A and B
    members of a forum. Researchers, academics or companies taking part are not the state."""
    findings = []
    for match in PARTICIPATE.finditer(context.masked) if may_match(PARTICIPATION_HINT, context.masked) and \
            PARTICIPATION_HINT.search(context.masked) else ():
        start, end = context.clause_of(match.start())
        end = _continued(context, end)
        other = OTHER_CLAUSE.search(context.masked, match.end(), end)
        end = other.start() if other else end
        subject, through, indirect = _owner_or_subject(context, match.start(), start, end)
        before = context.masked[max(start, context.intro_end if start <= context.intro_end else start):match.start()]
        status = cues.clause_status(before[-50:], "")
        if not subject or status == "negated" or NON_STATE_SUBJECT.search(before[-70:]) or _ended(context, start, end):
            continue
        status = "Planned" if status in ("Planned", "UnderNegotiation", "Proposed") else ""
        findings += [_with_through(f, through) for f in _participants(context, subject, indirect, match.end(), end, status)
                     if not _observed_only(context, f.fact.object, start, end)]
    findings += _joined_exercises(context) + _joined_editions(context) + _own_exercises(context) + \
        _hosted_events(context)
    own = context.state or context.state_of(context.topic)
    # an exercise another actor takes part in, hosts or runs is not the profile's ("NATO held Cyber Coalition in Tallinn")
    return [f for f in findings if not own or f.fact.relation != "participatesIn" or
            getattr(context.gazetteer.entities.get(f.fact.object), "cls", None) != CDO.Exercise or
            own in (f.fact.subject, context.state_of(f.fact.subject))]


# Hosting a meeting is taking part in it: "hosted the Internet Governance Forum (IGF) in 2014", "has hosted the Cyber
# Africa Forum every year since 2021" (a forum, conference, summit or meeting named as such; not its secretariat or
# office, nor a centre or a team hosted, nor "hosted by")
HOSTED = re.compile(rf"\b(?:co-?)?host(?:s|ed|ing)?\s+(?:the\s+|an?\s+|its\s+)?(?:(?:first|second|third|annual|inaugural|"
                    rf"\d+(?:st|nd|rd|th)|{cues.YEAR})\s+)*(?P<slot>{SLOT})(?!\s*(?:\([^()]*\)\s*)?(?:['’]s?\s|secretariat|"
                    rf"headquarters|offices?|centre|center|hub|unit|staff|team|session|working|meeting|summit)\b)")
EVENT_NAME = re.compile(r"\b(?:Forum|Conference|Summit|Meeting|Congress|Symposium|Week)\b")


def _hosted_events(context: SentenceContext) -> list[Finding]:
    if "host" not in context.masked:
        return []
    findings = []
    for match in HOSTED.finditer(context.masked):
        mention = context.view.slot(match.group("slot"))
        entity = context.gazetteer.entities.get(mention.key)
        if entity is None or entity.kind not in ("org", "diplomatic", "event") or entity.cls in (CDO.GovernmentAgency, CDO.CERT) \
                or not EVENT_NAME.search(mention.text) or _is_exercise(context, mention):
            continue
        start, end = context.clause_of(match.start())
        subject, through, indirect = _owner_or_subject(context, match.start(), start, end)
        before = context.masked[max(start, context.intro_end if start <= context.intro_end else start):match.start()]
        status = cues.clause_status(before[-50:], "")
        if not subject or subject == mention.key or status in ("negated", "Planned", "UnderNegotiation", "Proposed") or \
                NON_STATE_SUBJECT.search(before[-70:]) or _ended(context, start, end):
            continue
        year = cues.year_after(context.masked[match.end():end]) or cues.clause_year(context.masked[start:end])
        fact = Fact("participatesIn", subject, mention.key, year)
        findings.append(_with_through(_finding(context, fact, "participation.hosted", indirect), through))
    return findings + _hosted_meetings(context)


# Hosting a meeting a body holds is taking part in that meeting, named as the writer names it: "hosted the 16th SAARC
# summit in Thimphu", "Port Moresby hosted the APEC Leaders' Meeting in 2018", "co-hosted with X, in April 2024, an
# Arria-formula meeting on the protection of undersea cables", "hosted a SADC ministerial workshop on harmonising
# cybercrime laws" (a meeting with a proper name in it; the body whose meeting it is is no participation of its own)
HOSTED_MEETING = re.compile(
    rf"\b(?:co-?)?host(?:s|ed|ing)?(?:\s*,?\s*with\s+{SLOT}(?:\s+and\s+{SLOT})?\s*,?)?"
    rf"(?:\s*,?\s*(?:in|on)\s+(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR}\s*,)?"
    rf"\s+(?:the\s+|an?\s+)(?:(?:first|second|third|fourth|fifth|annual|inaugural)\s+)?"
    rf"(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:{SLOT}|[A-Z][\w’'-]*|(?:ministerial|leaders['’]?|ministers['’]?|"
    rf"climate|digital|security|cyber|expert|experts['’]?|high-level|regional|defence|defense|foreign|heads)\s+?)\s*){{1,5}}?"
    rf"(?<=\s)(?P<head>[Ss]ummit|[Mm]eeting|[Cc]onference|[Ww]orkshop|[Cc]ongress|[Ss]ymposium)"
    rf"(?P<topic>\s+on\s+(?:the\s+)?(?:[a-z][\w-]*|{SLOT})(?:\s+(?:of\s+|and\s+|in\s+(?![A-Z\ue000]|{cues.YEAR}))?"
    rf"(?:the\s+)?(?!(?:which|that|where|when|during|since|from|until|with|for|at|by|as|to)\b)"
    rf"(?:[a-z][\w-]*|{SLOT})){{0,7}}|\s+(?:on|of)\s+(?:the\s+)?[A-Z][\w-]*"
    rf"(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w-]*){{0,6}})?)")
POSSESSIVE_WORD = re.compile(r"\w['’]s\s")
NOT_A_MEETING_NAME = re.compile(r"^(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][a-z]+\s+)?(?:[Ss]ummit|[Mm]eeting|[Cc]onference)$")


def _hosted_meetings(context: SentenceContext) -> list[Finding]:
    findings = []
    for match in HOSTED_MEETING.finditer(context.masked):
        name = match.group("name")
        words = name[:match.start("head") - match.start("name")]
        if not re.search(rf"{SLOT}|[A-Z]", words):
            continue  # "hosted a regional workshop": no one's meeting by its name
        if any(m.kind not in ("org", "diplomatic", "initiative", "state", "forum", "event")
               for m in context.view.slots_in(words)):
            continue
        if match.group("topic") and match.group("head")[0].islower() and \
                re.match(r"\s+\w+\s+(?:the\s+)?[A-Z]", match.group("topic")):
            name = name[:match.end("head") - match.start("name")]  # a proper name goes on a Summit, not a summit
        if POSSESSIVE_WORD.search(words):
            continue  # "the Movement's summit": whose summit is told by a name the rule does not resolve
        label = " ".join(context.written_out(name).split())
        if NOT_A_MEETING_NAME.match(label) or "Security Council" in label:
            continue
        start, end = context.clause_of(match.start())
        subject, through, indirect = _owner_or_subject(context, match.start(), start, end)
        before = context.masked[max(start, context.intro_end if start <= context.intro_end else start):match.start()]
        status = cues.clause_status(before[-50:], "")
        if not subject or status in ("negated", "Planned", "UnderNegotiation", "Proposed") or \
                NON_STATE_SUBJECT.search(before[-70:]) or _ended(context, start, end) or \
                context.masked[match.end():match.end() + 4] == " by " or \
                getattr(context.gazetteer.entities.get(subject), "kind", "") != "state":
            continue
        year = cues.year_after(context.masked[match.start():end]) or cues.clause_year(context.masked[start:end])
        entity = _forum_named(context, label)
        finding = _finding(context, Fact("participatesIn", subject, entity.key, year), "participation.hosted-meeting",
                           indirect)
        finding.entities += [] if entity.reference else [entity]
        findings.append(_with_through(finding, through))
    return findings


# ", and <someone> <verb>ed, …" / "… <verb>ed the …": a clause of its own, whose objects the participation does not take
# ("took part in A in 2022, and officers observed, without participating, the B exercise").
OTHER_CLAUSE = re.compile(r",\s+and\s+(?:[^\s,;()]+\s+){1,4}?(?:\w+ly\s+)*[a-z]{3,}ed(?=\s*,|\s+(?:the|an?|its|their)\s)")
CONTINUATION = re.compile(r"\s*,?\s*(?:and|or|as well as)\s+(?:also\s+)?(?:in|at)\b")


def _continued(context: SentenceContext, end: int) -> int:
    """The end of a clause taken up again after a relative clause: "compete in X, which France won in 2019, and in
    Y" (the last part has no verb of its own)."""
    clauses = context.clauses
    for number, (start, stop) in enumerate(clauses):
        if stop == end and number + 2 < len(clauses) and re.match(r",?\s*(?:which|who|where)\b",
                                                                  context.masked[clauses[number + 1][0]:]):
            following = clauses[number + 2]
            if CONTINUATION.match(context.masked, following[0]):
                return following[1]
    return end


def _with_through(finding: Finding, through: str) -> Finding:
    """A participation finding made by an agency for its state ("BSSN teams join …")."""
    if through and finding.fact.relation == "participatesIn":
        finding.fact.through = through
    return finding


PARTICIPATION_HINT = re.compile(r"part|compet|sat on|sits? on|served on|serves on|attend|test|rehears|practi|drill|exercises|"
                                r"train|regular|component|segment|strand|module|element|"
                                r"placed|ranked|finished|came|"
                                r"play|involved|"
                                r"team|delegation|squad|experts")


def _joined_exercises(context: SentenceContext) -> list[Finding]:
    """"<S> joined the Y exercise": taking part (joining an organisation is a membership, read elsewhere)."""
    findings = []
    if not prefiltered_search(r"join|host|won\b|wins\b|conven|enter|organi|conduct|stag|ran\b|runs|held|holds|led\b|leads",
                              context.masked):
        return findings
    for match in JOINED_EXERCISE.finditer(context.masked):
        mention = context.view.slots_in(match.group())[-1]  # (the exercise, not its owner: "NATO's X")
        start, end = context.clause_of(match.start())
        subject, through, indirect = context.subject_in(start, end)
        if not subject or not _is_exercise(context, mention) or cues.is_negated(context.masked[start:match.start()]) \
                or _ended(context, start, end) or _observed_only(context, mention.key, start, end):
            continue
        status = "Planned" if cues.clause_status(context.masked[start:match.start()], "") in cues.UNACCOMPLISHED else ""
        for item in [mention] + _joined_also(context, mention):
            for year in _exercise_years(context, item, match.start()):
                fact = Fact("participatesIn", subject, item.key, year, status, through=through)
                findings.append(_finding(context, fact, "participation.joined", indirect))
    return findings


# An edition of an exercise named before, told by its year alone: "teams have entered NATO's X exercise since 2013, and
# a team led by the NBÚ won the 2017 edition", "… Cyber Europe, and it hosted the 2022 round".
JOINED_EDITION = re.compile(rf"\b(?:join(?:s|ed)?|host(?:s|ed)?|co-?host(?:s|ed)?|won|wins|enter(?:s|ed)|"
                            rf"t(?:ook|akes?|aken)\s+part\s+in|participated\s+in|organi[sz]ed|ran)\s+the\s+"
                            rf"(?P<year>{cues.YEAR})\s+(?:edition|iteration|round)\b(?!\s+of\b)")


def _joined_editions(context: SentenceContext) -> list[Finding]:
    findings = []
    for match in JOINED_EDITION.finditer(context.masked) if "edition" in context.masked or "round" in \
            context.masked or "iteration" in context.masked else ():
        named = [m for m in context.mentions_between(0, match.start(), ("initiative",)) if _is_exercise(context, m)]
        start, end = context.clause_of(match.start())
        # (", and a team led by the NBÚ won …": the clause the "and" opens has a subject of its own)
        opened = re.search(r",\s+and\s+(?=[^,;]*$)", context.masked[start:match.start()])
        start = start + opened.end() if opened and start + opened.end() > context.intro_end else start
        subject, through, indirect = context.subject_in(start, end)
        if not named or not subject or cues.is_negated(context.masked[start:match.start()]) or context.hedged:
            continue
        fact = Fact("participatesIn", subject, named[-1].key, match.group("year"), through=through)
        findings.append(_finding(context, fact, "participation.edition", indirect))
    return findings


# A further exercise the same verb takes, after what the first one's organiser or time was: "join the X Drill, led by
# Singapore since 2006, and the annual Y Drill", "hosted X in 2019 and Y in 2022".
JOINED_ALSO = re.compile(rf"(?:\s*(?:in|since)\s+{cues.YEAR})?(?:\s*,\s*(?:led|run|organi[sz]ed|held|hosted|coordinated)\s+by\s+"
                         rf"(?:the\s+)?{SLOT}(?:\s+(?:in|since)\s+{cues.YEAR})?)?\s*,?\s+(?:and|as\s+well\s+as)\s+"
                         rf"(?:also\s+)?(?:in\s+)?(?:the\s+|an?\s+)?(?:(?:annual|yearly|biennial|regional|first|"
                         rf"{cues.YEAR})\s+)?{SLOT}")


def _joined_also(context: SentenceContext, mention: Mention) -> list[Mention]:
    """The exercises listed after the one a joining verb takes (each an exercise by name, not an organisation)."""
    found = []
    while True:
        index = _index(context, mention)
        also = JOINED_ALSO.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
        if also is None:
            return found
        mention = context.view.mentions[int(also.groups()[-1])]
        if not _is_exercise(context, mention):
            return found
        found.append(mention)


# The profile's state's own exercise, told with the exercise as the subject: "The national Cyber Shield exercise is
# held every autumn for operators", "In 2022 the Northern Viking exercise with the United States included a cyber
# defence component" (an exercise held with a partner in the state's profile is the state's).
OWN_EXERCISE = re.compile(
    rf"(?:^|,\s+|\b(?:[Tt]he|[Ii]ts)\s+)(?:(?:annual|yearly|biennial|first|{cues.YEAR})\s+)?(?P<national>national\s+)?"
    rf"(?:(?:cyber|cyber-?security|crisis|crisis-management)\s+)?(?:(?:exercise|drill)\s+)?{SLOT}"
    rf"(?:\s+(?:exercises?|drills?))?(?P<with>\s+with\s+(?:the\s+)?{SLOT})?\s*,?\s+"
    rf"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:held|run|organi[sz]ed|conducted|staged)\b|"
    rf"(?:included|includes|include|featured|features|had|has|comprised)\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:component|segment|strand|track|phase|module|element|scenario)\b)")


def _own_exercises(context: SentenceContext) -> list[Finding]:
    findings = []
    own = context.state or context.state_of(context.topic)
    for match in OWN_EXERCISE.finditer(context.masked) if own and ("national" in context.masked or " with " in
                                                                     context.masked) else ():
        mention = context.view.mentions[int(match.group(2))]
        partner = context.view.mentions[int(match.group(4))] if match.group("with") else None
        if not _is_exercise(context, mention) or not (match.group("national") and not match.group("with") and
                                                      "held" in match.group() + "run organised organized conducted staged"
                                                      or partner is not None and partner.kind in ("state", "org")
                                                      and partner.key != own):
            continue
        if match.group("national") and "component" in match.group():
            continue
        start, end = context.clause_of(match.start(2))
        if cues.is_negated(context.masked[start:end]) or context.hedged:
            continue
        year = cues.clause_year(context.masked[start:end]) or (
            cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
        findings.append(_finding(context, Fact("participatesIn", own, mention.key, year), "participation.own-exercise",
                                 True))
    return findings


def _is_exercise(context: SentenceContext, mention: Mention) -> bool:
    return getattr(context.gazetteer.entities.get(mention.key), "cls", None) == CDO.Exercise


def _year_after_mention(context: SentenceContext, mention: Mention) -> str:
    index = _index(context, mention)
    return cues.year_after(context.masked[context.mention_at(index) + len(str(index)) + 2:])


def _participants(context: SentenceContext, subject: str, indirect: bool, start: int, end: int,
                  status: str) -> list[Finding]:
    findings, forum, forum_end = [], None, start
    kinds = ("state", "org", "initiative", "event")
    for mention in context.mentions_between(start, end, kinds):
        offset = context.mention_at(_index(context, mention))
        if _modifier(context, mention) or _own(context, subject, mention):
            continue
        if mention.kind in ("initiative", "event") and not _is_exercise(context, mention) and \
                NOT_A_PROGRAMME.search(getattr(context.gazetteer.entities.get(mention.key), "label", "")):
            continue  # joining an initiative (a mechanism, a partnership) is not taking part in a programme
        if mention.kind == "initiative" and not _is_exercise(context, mention):
            continue  # taking part in a programme is a beneficiary's role, read by the programmes rule
        if mention.kind in ("initiative", "event"):
            for year in _years_of(context, mention) if not _is_exercise(context, mention) else \
                    _exercise_years(context, mention, start):
                fact = Fact("participatesIn", subject, mention.key, year, status)
                findings.append(_finding(context, fact, "participation.took-part", indirect))
        elif mention.kind == "org" and (_is_process(context, mention) or _is_partnership(context, mention)):
            for year in _years_of(context, mention, start):
                fact = Fact("participatesIn", subject, mention.key, year, status)
                findings.append(_finding(context, fact, "participation.took-part", indirect))
        elif mention.kind == "org" and _is_own_forum(context, mention) and TAKING_PART.search(context.masked, max(0, start - 40), start) \
                and not ALONG.search(context.masked[offset:end]):
            # a forum of its own (the ARF, the G20) taken part in is a participation, not a membership ("has taken
            # part in the ASEAN Regional Forum since 2007", "attends G20 summits as a guest")
            for year in _years_of(context, mention, start):
                fact = Fact("participatesIn", subject, mention.key, year, status)
                findings.append(_finding(context, fact, "participation.forum", indirect))
        elif mention.kind == "org" and _is_forum(context, mention) and ALONG.search(context.masked[offset:end]):
            if forum is None or forum.key != mention.key:
                forum = mention
                findings.append(_finding(context, Fact("memberOf", subject, mention.key, status=status),
                                         "membership.participates", indirect, Decimal("0.8")))
            forum_end = offset
        elif mention.kind == "state" and forum is not None and ALONG.search(context.masked[forum_end:offset]):
            fact = Fact("memberOf", mention.key, forum.key, status=status)
            findings.append(_finding(context, fact, "membership.along-with", False, Decimal("0.8")))
    return findings


# What may stand between an exercise and its own time: "every year since 2016", "for the first time in 2014", "(2019)",
# "the X exercise held in 2023".
EXERCISE_TIME_GAP = re.compile(r"[\s(\"”,]*"
                               # "the X communications exercise in 2023": what kind of exercise it is
                               r"(?:(?:[a-z][\w-]*\s+){1,2}(?=(?:exercises?|drills?)\b))?(?:(?:every|each|for|the|first|second|third|time|year|again|once|twice|"
                               r"annually|regularly|also|exercises?|drills?|held|organi[sz]ed|run|staged|conducted|as|an?|"
                               r"observers?|participants?|guests?)\s+){0,5}"
                               # "the first X exercise for Baltic and Nordic CERTs in 2020": whom it was for
                               r"(?:for\s+(?:(?:[\w-]+|\ue000\d+\ue001)\s+){1,5}?)?")
# Who organised it, between an exercise and its time: "the X drill organised by the ITU in 2021".
ORGANISER_GAP = re.compile(rf"\s*(?:(?:exercises?|drills?)\s*)?,?\s*(?:organi[sz]ed|run|led|hosted|held|staged|conducted)\s+"
                           rf"(?:by|in)\s+(?:the\s+)?{SLOT}")
# A time written before an exercise: "the 2023 Cyber Coalition exercise", "the 2022 edition of Cyber Europe".
TIME_BEFORE_EXERCISE = re.compile(rf"\bthe\s+(?P<year>{cues.YEAR})\s+(?:(?:edition|iteration|round)\s+of\s+(?:the\s+)?)?$")
# What joins an exercise's times: "in 2020 and 2021", "in 2019 and again in 2022", "2018, 2020 and 2022".
EXERCISE_TIMES_JOIN = re.compile(r"[\s,()]*(?:and\s+)?(?:again\s+)?(?:in\s+)?")


def _without_setting(context: SentenceContext, after: str) -> str:
    """What follows an exercise or a forum with whom it was for and where it was held blanked out, so that its time
    comes next: "the ITU regional drill for Europe in 2021", "Eager Lion in Jordan in 2023"."""
    audience = re.match(rf"\s*for\s+(?:the\s+)?{SLOT}", after)
    after = " " * audience.end() + after[audience.end():] if audience else after
    place = re.match(rf"[\s\"”'’,]*(?:held\s+)?in\s+{SLOT}", after)
    if place and context.view.mentions[int(place.group(1))].kind == "state":
        after = " " * place.end() + after[place.end():]
    return after


def _exercise_years(context: SentenceContext, mention: Mention, trigger: int) -> list[str]:
    """The times an exercise was taken part in: those written right after it ("Locked Shields in 2020 and 2021",
    "every year since 2016", "for the first time in 2014"), one fact each; else a time of the clause before its verb
    ("In 2021 the country sent a team to X", "Since 2019 it has taken part in Y"); else one undated fact. A time after
    another name or a later verb is not this exercise's."""
    index = _index(context, mention)
    tail = context.mention_at(index) + len(str(index)) + 2
    end = context.clause_of(tail - 1)[1]
    after = context.masked[tail:end]
    organiser = ORGANISER_GAP.match(after)
    after = " " * organiser.end() + after[organiser.end():] if organiser else after
    after = _without_setting(context, after)
    after = after[:next((m.start() for m in SLOT_RE.finditer(after)), len(after))]
    found, position = [], 0
    for when in cues.times(after[:100]):
        gap = after[position:when.start]
        joined = EXERCISE_TIMES_JOIN.fullmatch(gap) if found else EXERCISE_TIME_GAP.fullmatch(gap)
        if not joined or when.prep not in ("", "in", "since", "during", "of", "relative") or \
                organiser and not found and when.prep != "in":
            break  # "led by Singapore since 2006": how long the organiser has led it, not when this state took part
        found.append(when.year)
        position = when.end
    if found:
        return found
    if context.previous_year and re.match(r"[\s,]*(?:in\s+)?(?:that|the\s+same)\s+(?:same\s+)?year\b", after):
        return [context.previous_year]  # "… in 2023. It also joined the X Drill that year"
    written = TIME_BEFORE_EXERCISE.search(context.masked, max(0, context.mention_at(index) - 40), context.mention_at(index))
    if written:
        return [written.group("year")]
    following = SLOT_RE.match(context.masked, tail + len(after)) if re.fullmatch(r"\s+and\s+(?:the\s+)?", after) else None
    if following and _is_exercise(context, context.view.mentions[int(following.group(1))]):
        return _exercise_years(context, context.view.mentions[int(following.group(1))], trigger)  # "A and B since 2015"
    start = context.clause_of(trigger)[0]
    before = _free_times(context.masked[start:trigger])
    if not before and start <= context.intro_end:
        before = _free_times(context.masked[:context.intro_end])
    if len(before) != 1:  # "Cyber Coalition 2023", "Locked Shields 2024": the edition named
        edition = re.search(rf"\s({cues.YEAR})$", getattr(context.gazetteer.entities.get(mention.key), "label", ""))
        return [edition.group(1) if edition else ""]
    return [before[0]]


def _free_times(text: str) -> list[str]:
    """The dating times of a stretch that no name holds ("In 2021 the country …", not "NATO in 2004")."""
    return [w.year for w in cues.times(text) if w.prep in cues.DATING
            and not re.search(rf"{SLOT}[^\ue000]{{0,12}}$", text[:w.start])]


def _is_forum(context: SentenceContext, mention: Mention) -> bool:
    return getattr(context.gazetteer.entities.get(mention.key), "cls", None) == CDO.Forum


# the cue of taking part itself, right before what is taken part in (not "sat on", "played a role", "sent experts to")
TAKING_PART = re.compile(r"\b(?:t(?:ook|akes?|aking|aken)\s+part|participat(?:es|ed|ing|e))\s+in\s*$|\battend(?:s|ed|ing)?\s*$")


def _is_own_forum(context: SentenceContext, mention: Mention) -> bool:
    """A known forum that belongs to no organisation (the ARF, the G20, APEC; not a partnership a profile names)."""
    entity = context.gazetteer.entities.get(mention.key)
    return entity is not None and entity.cls == CDO.Forum and not entity.part_of and entity.reference


def _is_process(context: SentenceContext, mention: Mention) -> bool:
    """A UN process one takes part in (the OEWG, the GGE): a forum that is part of the UN."""
    entity = context.gazetteer.entities.get(mention.key)
    return entity is not None and entity.cls == CDO.Forum and entity.part_of == "org/un"


def _is_partnership(context: SentenceContext, mention: Mention) -> bool:
    """A partnership forum an organisation holds with outside states (NATO's Mediterranean Dialogue): a forum that is
    part of an international organisation other than the UN; states take part in it without joining the organisation."""
    entity = context.gazetteer.entities.get(mention.key)
    parent = context.gazetteer.entities.get(entity.part_of) if entity is not None and entity.part_of else None
    return entity is not None and entity.cls == CDO.Forum and parent is not None and parent.key != "org/un" and \
        parent.cls == CDO.InternationalOrganisation


def _years_of(context: SentenceContext, mention: Mention, start: int | None = None) -> list[str]:
    """The periods of a forum: written right after it ("in 2012-2013, 2016-2017 and 2019-2021", "(2019-2021) and
    the second (2021-2025)") or between the verb and it ("both the 2019-2021 and the 2021-2025 OEWGs"), one year
    each, or one empty year."""
    index = _index(context, mention)
    offset = context.mention_at(index)
    if start is not None:
        before = [w.year for w in cues.times(context.masked[start:offset])]
        if before and not SLOT_RE.search(context.masked[start:offset]):
            return before
    after = context.masked[offset + len(str(index)) + 2:]
    after = _without_setting(context, after)
    after = after[:next((m.start() for m in SLOT_RE.finditer(after)), len(after))]
    found, position = [], 0
    for when in cues.times(after[:120]):
        gap = after[position:when.start]
        if found and not re.fullmatch(r"[\s(),:]*(?:and\s+(?:again\s+)?(?:in\s+)?(?:the\s+\w+\s*)?)?[\s(]*(?:in\s+)?"
                                      r"(?:the\s+)?", gap) or \
                not found and not re.fullmatch(r"[\s(),:]*(?:in\s+|from\s+)?(?:the\s+)?", gap):
            break
        found.append(when.year)
        position = when.end
    return found or [""]


def _modifier(context: SentenceContext, mention: Mention) -> bool:
    """Whether a mention only modifies a noun ("NATO-led training", "the OAS CICTE", "NATO Science for Peace")."""
    index = _index(context, mention)
    after = context.masked[context.mention_at(index) + len(str(index)) + 2:]
    return after.startswith("-") or bool(re.match(r"(?:'s|/)?\s*(?:\ue000|[A-Z][a-z])", after))


# "held the G20 presidency in 2022", "As ASEAN chair in 2018", "During the French G7 presidency of 2019"
# "The OSCE chairmanship fell to X in 2011", "the presidency of the Council of the EU passed to X": X chairs.
CHAIR_PASSED = re.compile(
    rf"(?:(?P<body>{SLOT})\s+(?:[Rr]otating\s+)?(?:[Cc]hair(?:man|woman|person)?ship|[Pp]residency|[Cc]hair)(?:-in-[Oo]ffice)?|"
    rf"(?:[Rr]otating\s+)?(?:[Cc]hair(?:man|woman|person)?ship|[Pp]residency|[Cc]hair)(?:-in-[Oo]ffice)?\s+of\s+(?:the\s+)?"
    rf"(?P<body2>{SLOT}))(?:\s*\([^()]*\))?\s+(?:\w+ly\s+)?(?:passed|fell|went|rotated|came|moved|was\s+handed|was\s+entrusted)"
    rf"\s+to\s+(?:the\s+)?(?P<to>{SLOT})")
PASSED_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:passed|fell|went|rotated|came|moved|was\s+handed|was\s+entrusted)\s+to\b")
# "the African Union, which it chaired in 2018", "the FOC, which Kenya chaired in 2012": the body before "which".
# (also after another verb of the same relative clause: "the FOC, which it joined in 2012 and chaired in 2018")
WHICH_IT_CHAIRED = re.compile(rf"(?P<body>{SLOT})(?:\s*\([^()]*\))?,?\s+which\s+(?P<who>it|{SLOT})\s+(?:\w+ly\s+)?"
                              rf"(?:(?:has\s+|had\s+)?[a-z]+ed\s+(?:(?:in|on|since)\s+(?:{cues.MONTH}\s+)?{cues.YEAR}\s+)?"
                              rf"(?:,\s*)?and\s+)?(?:also\s+|later\s+|then\s+|itself\s+)?$")
CHAIR_AFTER = re.compile(rf"{SLOT}\s+(?:[Rr]otating\s+)?(?:[Pp]ro[\s-][Tt]empore\s+)?(?:[Pp]residency|"
                         rf"[Cc]hair(?:(?:man|woman|person)?ship)?)(?:-in-[Oo]ffice)?\b")
# a body named before, referred back to by a pronoun or by its kind ("chaired it", "chaired the coalition in 2022",
# "has chaired that network several times")
BODY_NOUN = r"(?:coalition|network|group|grouping|forum|initiative|organi[sz]ation|body|partnership|bloc|mechanism|[Mm]ovement)"
PRONOUN_OBJECT = re.compile(rf"^\s*(?:it|them|(?:the|that|this)\s+{BODY_NOUN})\b(?!\s*['’(]|\s+of\b)")
# the subject of a clause resumed after a relative clause: "CyberSecurity Malaysia, which hosts the secretariat, has
# chaired that network"
RESUMED_SUBJECT = re.compile(rf"(?:^|[;,]\s+(?:and\s+)?|\band\s+)(?:the\s+)?(?P<who>{SLOT})\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\b"
                             rf"[^;]*?,\s*(?:\w+ly\s+|also\s+)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+)?(?:co-)?$")
# a subordinate clause whose subject is a body the text names without its being known ("when the White House convened
# it"): that body acts, not the paragraph's state
SUBORDINATE_SUBJECT = re.compile(r"\b(?:when|after|once|because|before|until|while|where)\s+(?:the\s+(?:[A-Z][\w-]*\s+){1,4}|"
                                 r"(?:the\s+)?(?P<slot>\ue000\d+\ue001)\s+)(?:\w+ly\s+|also\s+|first\s+)?$")
# Whose presidency it is, and when: "the UK's G7 presidency", "Austria's 2016 G20 presidency".
OWNER_OF_CHAIR = re.compile(rf"(?P<owner>{SLOT})['’]s?\s+(?P<time>{cues.YEAR}(?:-{cues.YEAR})?\s+)?$")
SUB_BODY_TEXT = (rf"(?P<head>\s+(?:(?:informal|open-ended|technical|ad\s+hoc|expert|cyber|standing|regional)\s+)*"
                      rf"(?:working\s+group|expert\s+group|task\s+force|committee|study\s+group|sub-?group|board|panel|"
                      rf"plenary|steering\s+group|contact\s+group))"
                      rf"(?P<pp>\s+(?:on|for|of)\s+(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"
                      # "working group on cooperation and confidence-building measures in cyberspace"
                      rf"(?:\s+and\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})?(?:\s+in\s+cyberspace)?)?")
CHAIRED_BY = re.compile(rf"(?P<body>{SLOT})(?:{SUB_BODY_TEXT})?(?:\s*\([^()]*\))?,?\s+(?:which\s+)?(?:(?:is|was|were|has been|had been)\s+)?"
                        rf"(?:\w+ly\s+)?"
                        rf"(?:co-)?(?:chaired|presided over)\s+by\s+(?:the\s+|an?\s+)?(?P<by>{SLOT})"
                        # "chaired by a Portuguese ambassador": the state's envoy chairs for it
                        rf"(?:\s+(?:ambassador|diplomat|delegation|representative|envoy|national|minister|official)\b)?")
# "chaired the fifth, in 2016-2017": an ordinal standing for the last body of its kind named before.
ORDINAL_OBJECT = re.compile(r"\s*the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|latest|last|current)"
                            r"(?:\s+one)?(?=\s*[,;.]|\s+(?:in|from|during)\b)")
BUREAU_OF = re.compile(r"\s*the\s+bureau\s+of\s+(?:the\s+)?(?=\ue000)")
# "…, whose presidency it held in 2022": the body the relative pronoun stands for.
WHOSE_PRESIDENCY = re.compile(rf"{SLOT}(?:\s*\([^()]*\))?"
                              # the body's own time told between it and "whose": "entered the EAEU on 2 January 2015,
                              # whose rotating chairmanship it held in 2024", "BIMSTEC in 1997, whose chairmanship …"
                              rf"(?:\s+(?:in|on|since)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR})?,?\s+whose\s+(?:rotating\s+)?(?:presidency|chair(?:manship)?)\s+"
                              rf"(?:it|they|\ue000\d+\ue001)\s+(?:\w+ly\s+)?(?:held|holds|assumed|took over|will hold)\b")


# The chair of the body last named, told with "its": "took a seat on the Security Council, holding its presidency in
# January 2022" (not "its presidency of X", read by CHAIR, nor "its EU presidency").
# "held the Council's rotating presidency in March 2023", "held the presidency in June 2022" after a Security Council
# term: "the Council" and a bare "the presidency" stand for the Council last named (group "council").
ITS_PRESIDENCY = re.compile(r"\b(?:presid(?:ed|es|ing)\s+over\s+(?P<council2>the\s+Council)\b(?!\s+of\b|\s*\ue000)|"
                            # "presided over the Council in May 2010" after a Security Council seat: its presidency
                            r"(?:hold(?:s|ing)?|held|t(?:ook|akes|aking)(?:\s+over)?|assum(?:ed|es|ing)|exercis(?:ed|es|ing))\s+"
                            rf"(?:its|(?:that|the|this)\s+{BODY_NOUN}['’]s?|(?P<council>the\s+Council(?:['’]s)?|the))\s+"
                            r"(?:rotating\s+)?(?:monthly\s+)?(?:pro[\s-]tempore\s+)?"
                            r"(?:presidency|chair(?:(?:man|woman|person)?ship)?)\b(?!\s+of\b))")


def _a_council(context: SentenceContext, mention: Mention) -> bool:
    """Whether a body named is a Council ("the Security Council", "the UNSC": its label says so)."""
    entity = context.gazetteer.entities.get(mention.key)
    return bool(re.search(r"\bCouncil\b", mention.text + " " + (entity.label if entity is not None else "")))


# An open debate of the Security Council, named by what it was about.
COUNCIL_DEBATE = re.compile(r"\s*(?:,\s*in\s+[^,;\ue000]{3,20},\s*)?(?:an?|the)\s+(?:(?:\ue000\d+\ue001|Council)['’]s?\s+)?"
                            r"(?:(?:first|second|third|formal|high-level|ministerial|annual)\s+){0,3}open\s+debate\s+"
                            r"(?:on|devoted\s+to|about)\s+(?P<topic>[a-z][a-z -]{2,60}?)(?=\s*(?:[,.;]|$))")
SECURITY_COUNCIL = re.compile(r"\bSecurity Council\b|\bUNSC\b|\bCouncil['’]s\b")


def chairing(context: SentenceContext) -> list[Finding]:
    """Chairing: "<S> chairs / chaired / holds the chair of X and Y", "chaired it in 2014 and again in 2025" (one
    fact per year; "it" is the last body named), "held the G20 presidency in 2022", "the French G7 presidency
    of 2019"; a body named only as the modifier of another ("the OAS CICTE") is not chaired; a working group, pillar
    or task force of a body led or coordinated, and a numbered session of an assembly presided over, are chaired."""
    return _chaired(context) + _led_groups(context) + _sessions_presided(context)


# A working group, pillar or task force of a body (named, or "its" / "the initiative's" for the last body named) that a
# state leads, co-leads or coordinates chairs it: "led its Resilience working group", "co-led the CRI's diplomacy pillar
# with A", "leading the initiative's working group on resilience", "leading its International Counter Ransomware Task
# Force" (what is led otherwise is no chair: "led the delegation", "led by").
LED_GROUP = re.compile(
    rf"\b(?:co-)?(?P<verb>led|leads|leading|coordinated|coordinates|coordinating)\s+(?:the\s+)?"
    rf"(?:(?P<owner>{SLOT})['’]s?\s+|(?P<its>its|their)\s+|the\s+(?:initiative|coalition|forum|partnership|process|"
    rf"organi[sz]ation|alliance)['’]s\s+)"
    rf"(?:(?P<named>{SLOT})|(?P<words>(?:(?!(?:and|or|of|in|on|the|an?|for|with|to|its)\b)[A-Za-z][\w-]*\s+){{0,3}}?)"
    rf"(?P<head>[Ww]orking\s+[Gg]roup|[Pp]illar|[Tt]ask\s+[Ff]orce|[Ww]orkstream|[Ee]xpert\s+[Gg]roup|[Ss]ub-?group|"
    rf"[Cc]ontact\s+[Gg]roup)s?\b(?P<pp>\s+on\s+(?:the\s+)?(?:[a-z][\w-]*)"
    rf"(?:\s+(?:and\s+)?(?!(?:during|in|since|from|until|with|for|at|by|its|their|the|an?|or|to|of|which|that|when|"
    rf"where|who|between|as)\b)[a-z][\w-]*){{0,3}})?)"
)
GROUP_NAME = re.compile(r"(?:Working\s+Group|Pillar|Task\s+Force|Workstream|Expert\s+Group)$", re.IGNORECASE)


def _led_groups(context: SentenceContext) -> list[Finding]:
    if not may_match(LED_GROUP, context.masked):
        return []
    findings = []
    for match in LED_GROUP.finditer(context.masked):
        if match.group("named"):
            named = context.view.slot(match.group("named"))
            if named.kind != "org" or not GROUP_NAME.search(named.text):
                continue
            bodies = [(named, None)]
        else:
            if match.group("owner"):
                owner = context.view.slot(match.group("owner"))
            else:  # "its", "the initiative's": the last body named before
                before = [m for m in context.mentions_between(0, match.start(), ("org", "initiative"))
                          if not _modifier(context, m)]
                owner = before[-1] if before else None
            entity = context.gazetteer.entities.get(owner.key) if owner is not None and owner.key else None
            if entity is None or owner.kind not in ("org", "initiative") or entity.agency_of:
                continue  # (a state's own agency's task force is its body, not a forum chaired)
            part = f"{match.group('words')}{match.group('head')}{match.group('pp') or ''}"
            part = " ".join(part.split())
            label = f"{entity.label} {part}"
            group = _forum_named(context, label)
            if entity.acronym and not group.reference:
                group.names.add(f"{entity.acronym} {part}")
            bodies = [(None, group)]
        verb = match.start("verb")
        findings += _chairs(context, verb, match.end(), context.clause_of(verb), bodies)
    return findings


# A numbered session of an assembly presided over is chaired: "presided over the 66th session of the UN General
# Assembly" (that session, told of the state whose envoy presided).
SESSION_PRESIDED = re.compile(rf"\bpresid(?:ed|es|e|ing)\s+over\s+the\s+(?P<ordinal>\d+(?:st|nd|rd|th))\s+(?:regular\s+)?"
                              rf"session\s+of\s+(?:the\s+)?(?P<body>{SLOT})")


def _sessions_presided(context: SentenceContext) -> list[Finding]:
    if not may_match(SESSION_PRESIDED, context.masked):
        return []
    findings = []
    for match in SESSION_PRESIDED.finditer(context.masked):
        body = context.view.slot(match.group("body"))
        if body.kind != "org" or not body.key:
            continue
        # (named as the writer names the assembly, "the UN General Assembly", and by the assembly's own label too)
        label = f"{match.group('ordinal')} session of the {body.text}"
        session = _forum_named(context, label)
        if not session.reference:
            session.names.add(f"{match.group('ordinal')} session of the {context.gazetteer.entities[body.key].label}")
        findings += _chairs(context, match.start(), match.end(), context.clause_of(match.start()), [(None, session)])
    return findings


def _forum_named(context: SentenceContext, label: str) -> Entity:
    """The body a label built from the text names (a working group of X, a session of Y, X's debate, an unnamed
    network): the known one of that label, else a new forum (returned, not registered: the pipeline registers what
    findings name)."""
    return context.gazetteer.lookup(label) or Entity(key=f"org/{slugify(label)}", label=label, kind="org",
                                                     cls=CDO.Forum)


def _chaired(context: SentenceContext) -> list[Finding]:
    lowered = context.masked.lower()
    if "chair" not in lowered and "presid" not in lowered and "conven" not in lowered and "helm" not in lowered and \
            "elected to" not in lowered:
        return []
    findings = []
    for match in CHAIR.finditer(context.masked):
        start, end = context.clause_of(match.start())
        if DEPUTY.search(context.masked[max(0, match.start() - 8):match.start()]):
            continue
        if CHAIR_PASSED.match(context.masked, match.start()) or PASSED_TO.match(context.masked, match.end()) or \
                re.match(rf"\s*(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s+(?:passed|fell|went|rotated|was\s+handed)\s+to\b",
                         context.masked[match.end():]):
            continue  # "the chairmanship of X passed to Y": read there, Y chairs
        relative = WHICH_IT_CHAIRED.search(context.masked, 0, match.start())
        if relative is not None and relative.end() == match.start():  # "the AU, which it chaired in 2018"
            body = context.view.slot(relative.group("body"))
            if body.kind == "org":
                who = relative.group("who")
                chair = _actor_of(context, context.view.slot(who))[0] if "\ue000" in who else \
                    context.subject_in(0, relative.start("who"))[0]
                clause_end = context.clause_of(match.end())[1]
                findings += [_finding(context, Fact("chairs", chair, body.key, w.year if w else "",
                                                    end_year=w.end_year if w else ""), "chairing.which-it-chaired")
                             for w in _periods(context, match.end(), clause_end) or [None] if chair]
            continue
        if match.group().startswith("conven") and re.match(r"\s*(?:the\s+)?(?:annual\s+|regional\s+)?"
                                                          r"\ue000\d+\ue001\s+(?:exercise|drill)", context.masked[match.end():]):
            continue
        # "co-chaired, with Japan, the ARF ISM", "has co-chaired with Australia the ARF ISM": the partners told between
        # the verb and what was chaired (they chair too, read by _co_chairs); the body comes after them
        aside = WITH_ASIDE.match(context.masked, match.end(), end) if match.group().startswith("chair") and \
            context.masked[max(0, match.start() - 3):match.start()] == "co-" else None
        object_start = aside.end() if aside is not None else match.end()
        # "chaired the bureau of the AU STC-CICT": the body's bureau chairs it (the body is what was chaired)
        bureau = BUREAU_OF.match(context.masked, object_start) if match.group().startswith("chair") else None
        object_start = bureau.end() if bureau is not None else object_start
        bodies = [(m, None) for m in _listed_orgs(context, object_start, end, ("org", "diplomatic", "initiative"))
                  if not _is_exercise(context, m)]  # (an initiative may be chaired: "the Central European Initiative")
        other = SUBORDINATE_SUBJECT.search(context.masked, max(start, match.start() - 60), match.start())
        if other is not None and (not other.group("slot") or context.view.slot(other.group("slot")).kind != "state"):
            continue  # "joined the CRI when the White House convened it": the clause's own subject, no actor named
        if not bodies and (PRONOUN_OBJECT.match(context.masked[match.end():]) or
                           ORDINAL_OBJECT.match(context.masked, match.end())):
            before = [m for m in context.mentions_between(0, match.start(), ("org", "diplomatic", "initiative"))
                      if not _modifier(context, m)]
            bodies = [(before[-1], None)] if before else []
        known = {m.key for m, _ in bodies}
        named = [m.text for m in context.mentions_between(match.end(), end, ("org", "diplomatic", "initiative", "event"))]
        generic = [e for e in _generic_bodies(context, context.masked[object_start if bureau else match.end():end])
                   if e.key not in known
                   and not any(e.label in text for text in named)]  # "the Global Forum on Cyber Expertise" is named
        # "the OSCE informal working group": the OSCE only says whose group it is
        bodies = [(m, e) for m, e in bodies if not any(g.label.startswith(m.text) for g in generic)]
        bodies = [_sub_body(context, m, e) for m, e in bodies]
        bodies += [(None, e) for e in generic]
        debate = COUNCIL_DEBATE.match(context.masked, match.end()) if "debate" in context.masked else None
        if debate is not None and SECURITY_COUNCIL.search(context.view.text):
            # "chaired, in June 2024, an open debate on evolving threats in cyberspace" during a Security Council term,
            # "chaired the Council's first formal open debate devoted to cyber security": the Council's debate on it
            label = f"UN Security Council open debate on {debate.group('topic')}"
            entity = _forum_named(context, label)
            bodies = [(m, e) for m, e in bodies if not (m is None and e is not None and e.label.endswith("debate"))]
            bodies.append((None, entity))
        aside_time = cues.times(aside.group("time")) if aside is not None and aside.group("time") else []
        findings += _chairs(context, match.start(), object_start, (start, end), bodies,
                            aside_time[0] if aside_time else None)
    for match in ITS_PRESIDENCY.finditer(context.masked):  # "sat on the UNSC in 2021-2022, holding its presidency"
        before = [m for m in context.mentions_between(0, match.start(), ("org",)) if not _modifier(context, m)]
        if before and (match.group("council") or match.group("council2")) and not _a_council(context, before[-1]):
            continue  # "the Council's presidency", "the presidency": only a Council named before
        if before:
            findings += _chairs(context, match.start(), match.end(), context.clause_of(match.start()), [(before[-1], None)])
    for match in CHAIRED_BY.finditer(context.masked):  # "the Lima Process, chaired by Peru": the body is before
        chair, body = context.view.slot(match.group("by")), context.view.slot(match.group("body"))
        if body.kind == "org" and (chair.kind == "state" or getattr(context.gazetteer.entities.get(chair.key), "reference",
                                                                    False) and not context.state_of(chair.key)):
            key, _ = _actor_of(context, chair)
            _, sub = _sub_body(context, body, None)  # "the OSCE informal working group, chaired by …"
            if sub is not None:
                findings += [_finding(context, Fact("chairs", key, sub.key, w.year if w else "",
                                                    end_year=w.end_year if w else ""), "chairing.chaired-by")
                             for w in _periods(context, match.end(), context.clause_of(match.end())[1]) or [None]]
                findings[-1].entities += [] if sub.reference else [sub]
                continue
            when = _periods(context, match.end(), context.clause_of(match.end())[1])
            findings += [_finding(context, Fact("chairs", key, body.key, w.year if w else "",
                                                end_year=w.end_year if w else ""), "chairing.chaired-by")
                         for w in when or [None]]
    for match in WHOSE_PRESIDENCY.finditer(context.masked):
        body = context.view.slot(match.group())
        start, end = context.clause_of(match.end())
        if body.kind == "org":
            findings += _chairs(context, match.start(), match.end(), (context.clause_of(match.start())[0], end),
                                [(body, None)])
    for match in CHAIR_PASSED.finditer(context.masked):  # "The OSCE chairmanship fell to X in 2011"
        body = context.view.slot(match.group("body") or match.group("body2"))
        to = context.view.slot(match.group("to"))
        if body.kind == "org" and to.kind in ("state", "org") and not cues.is_negated(context.masked[:match.end()]):
            chair, _ = _actor_of(context, to)
            clause = context.clause_of(match.start("to"))
            findings += [_finding(context, Fact("chairs", chair, body.key, w.year if w else "",
                                                end_year=w.end_year if w else ""), "chairing.passed-to")
                         for w in _periods(context, match.end(), clause[1]) or [_intro_time(context, clause[0],
                                                                                             match.start())]]
    for match in CHAIR_AFTER.finditer(context.masked):
        if CHAIR_PASSED.match(context.masked, match.start()):
            continue  # read above: the chair is whom it passed to
        body = context.view.slot(match.group())
        owner = OWNER_OF_CHAIR.search(context.masked[max(0, match.start() - 30):match.start()])
        if owner and context.view.slot(owner.group("owner")).kind == "state":  # "the UK's G7 presidency": the UK chairs
            chair = context.view.slot(owner.group("owner")).key
            when = cues.times(owner.group("time") or "") or \
                _periods(context, match.end(), context.clause_of(match.end())[1]) or [None]  # "the UK's 2021 G7 …"
            findings += [_finding(context, Fact("chairs", chair, body.key, w.year if w else "",
                                                end_year=w.end_year if w else ""), "chairing.possessive")
                         for w in when]
        elif body.kind == "org":
            findings += _chairs(context, match.start(), match.end(), context.clause_of(match.start()), [(body, None)])
    return findings


# A body of a named organisation written after its name: "the Global Forum on Cyber Expertise working group on cyber
# incident management", "the OAS expert group on confidence-building": that body is chaired, not the organisation.
SUB_BODY = re.compile(SUB_BODY_TEXT)


def _sub_body(context: SentenceContext, mention: Mention | None, entity: Entity | None
              ) -> tuple[Mention | None, Entity | None]:
    if mention is None:
        return mention, entity
    index = _index(context, mention)
    found = SUB_BODY.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
    if found is None:
        return mention, entity
    label = f"{mention.text}{found.group()}"
    return None, _forum_named(context, label)


def _chairs(context: SentenceContext, trigger: int, trigger_end: int, clause: tuple[int, int],
            bodies: list[tuple[Mention | None, Entity | None]], aside_time: cues.When | None = None) -> list[Finding]:
    """``aside_time``: a time told between the verb and what was chaired ("co-chaired with A, in 2022, the X")."""
    start, end = clause
    subject, _, indirect = context.subject_in(start, end)
    if subject and subject in {m.key if m is not None else e.key for m, e in bodies}:
        # "served on the UNSC in 2015-2016 and chaired ASEAN in 2015": a clause opening on its chairing verb has no
        # subject of its own (what it chaired is no subject); the verb's is the one before the "and"
        subject, _, indirect = context.subject_in(start, trigger)
    elif subject and _named_only_after(context, subject, start, trigger, end):
        # "it held the presidency of X in 2024, during which the bloc's Digital Agenda Group adopted …": an actor named
        # only after the chairing verb, in what its clause goes on to tell, did not chair
        subject, _, indirect = context.subject_in(start, trigger)
    resumed = RESUMED_SUBJECT.search(context.masked, max(0, trigger - 200), trigger)
    if resumed is not None and context.view.slot(resumed.group("who")).kind in ("state", "org"):
        subject, indirect = context.view.slot(resumed.group("who")).key, False  # (an agency chairs as itself)
    adjective = re.search(rf"{SLOT}\s*$", context.masked[max(start, trigger - 20):trigger])
    if adjective and context.view.slot(adjective.group()).kind == "state":  # "the French G7 presidency"
        subject, indirect = context.view.slot(adjective.group()).key, False
    status = cues.clause_status(context.masked[start:trigger][-50:], "")
    if not subject or status == "negated" or _ended(context, start, end):
        return []
    status = "Planned" if status in ("Planned", "UnderNegotiation", "Proposed") or \
        SOUGHT_CHAIR.search(context.masked[start:trigger][-60:]) else ""
    findings = []
    joint = CO_SUBJECTS.fullmatch(context.masked, max(start, context.intro_end), trigger)
    chairs = [_actor_of(context, context.view.mentions[int(joint.group(i))])[0] for i in (1, 2)] if joint else [subject]
    chairs += _co_chairs(context, trigger, (start, end))
    # (each chairing verb dates its own chair: "held the presidency of X in 2024, and in 2022 it co-chaired Y")
    following = CHAIR.search(context.masked, trigger_end, end)
    stop = context.masked.rfind(",", trigger_end, following.start()) if following else -1
    stop = stop if stop > trigger_end else following.start() if following else end
    for mention, entity in bodies:
        key = mention.key if mention is not None else entity.key
        periods = _periods(context, trigger_end, stop)
        again = AGAIN_HELD.match(context.masked, trigger_end + periods[-1].end) if periods and periods[-1] else None
        periods += cues.times(again.group("time")) if again is not None else []
        for when in periods or [aside_time or _counted_time(context, trigger) or _ever_since(context, trigger_end)
                                or _intro_time(context, start, trigger)]:
            for chair in (c for c in chairs if c and c != key):
                fact = Fact("chairs", chair, key, when.year if when else "", status,
                            end_year=when.end_year if when else "")
                finding = _finding(context, fact, "chairing.chairs", indirect)
                finding.entities += [entity] if entity is not None and not entity.reference else []
                findings.append(finding)
    return findings


def _named_only_after(context: SentenceContext, actor: str, start: int, trigger: int, end: int) -> bool:
    """Whether an actor (a state standing for its agency too) is named in [trigger, end) but not in [start, trigger)."""
    def named(begin: int, stop: int) -> bool:
        return any(m.key == actor or context.state_of(m.key) == actor for m in context.mentions_between(begin, stop))
    return named(trigger, end) and not named(start, trigger)


# the same chair held another time, told after the first's time (and a "when" clause about it): "holds the ASEAN
# chairmanship in 2026, having last held it in 2017", "held the G7 presidency in 2018, when leaders …, and again in 2025"
AGAIN_HELD = re.compile(rf"(?:,\s+(?:when|where|during\s+which|at\s+which)\s(?:(?!{cues.YEAR})[^;])*?)?,?\s+(?:and\s+again|having\s+"
                        rf"(?:last\s+|previously\s+|first\s+|already\s+|also\s+)?(?:held|chaired)\s+it(?:\s+before)?)\s+"
                        rf"(?P<time>in\s+{cues.YEAR}(?:-{cues.YEAR})?)\b(?!\s*[-–])")


# a chair the state is only put up for or seeks ("has been nominated to chair", "is a candidate to chair", "bid to
# chair", "hopes to take the chair of"): not held yet
SOUGHT_CHAIR = re.compile(r"\b(?:nominated|proposed|put\s+forward|candidat\w+|bid|bidding|campaign\w*|seek\w*|sought|"
                          r"hop\w+|aspir\w+|offered|volunteered|applied|lobb\w+)\s+(?:(?:as\s+\w+|again)\s+)?"
                          r"(?:to|for)\s+(?:(?:take|hold|assume)\s+)?(?:the\s+|a\s+)?$", re.IGNORECASE)


# "co-chaired X with A and B", "is the chair of X, together with A", "Together with A, it co-chairs X": A chairs too.
# the partners of a co-chairing told before what was chaired: "co-chaired, with Japan and Samoa, the …"
# (a time may come after them, set off by commas: "co-chaired with Canada, in 2022-2023, the Working Group on …")
WITH_ASIDE = re.compile(rf"\s*,?\s*(?:together\s+|jointly\s+)?with\s+(?:the\s+)?{SLOT}(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?{SLOT})*"
                        rf"\s*,?(?:\s*(?P<time>(?:in|from|during|between)\s+(?:{cues.MONTH}\s+)?{cues.YEAR}"
                        rf"(?:\s*(?:-|–|to|and)\s*(?:{cues.MONTH}\s+)?{cues.YEAR})?)\s*,)?(?=\s+(?:the\s+)?\ue000)")
CO_CHAIR_WITH = re.compile(r"(?:\b[Tt]ogether\s+|\b[Jj]ointly\s+|(?<=co-chaired\s)|(?<=co-chairs\s)|\b)with\s+(?:the\s+)?(?=\ue000)")


def _co_chairs(context: SentenceContext, trigger: int, clause: tuple[int, int]) -> list[str]:
    """The states a co-chairing names after "with" (a co-chair verb: any "with"; another chairing verb: only
    "together with" or "jointly with"), in its clause or the sentence's introduction."""
    start, end = clause
    co = context.masked[max(0, trigger - 3):trigger] == "co-"
    regions = [(start, end)] + ([(0, context.intro_end)] if start <= context.intro_end else [])
    found = []
    for begin, stop in regions:
        for match in CO_CHAIR_WITH.finditer(context.masked, begin, stop):
            if not co and not re.match(r"[Tt]ogether|[Jj]ointly", match.group()):
                continue
            for mention, _ in _run_of_items(context, match.end(), stop):
                if mention.kind == "state":
                    found.append(mention.key)
            break
    return found


def _run_of_items(context: SentenceContext, start: int, end: int) -> list[tuple[Mention, str]]:
    """The items of the list that starts at ``start``, up to the first gap that is not a list's."""
    run, position = [], start
    for mention, year in context.list_items(start, end):
        offset = context.mention_at(_index(context, mention))
        gap = re.sub(r"\s*,\s*", " ", context.masked[position:offset])
        if run and not LIST_GAP.fullmatch(re.sub(r"\b(?:and|or)\s+(?:from|with|by)\s+", "and ", gap)):
            break
        run.append((mention, year))
        position = offset + len(str(_index(context, mention))) + 2
    return run


# "Peru and Chile co-chair the forum": both chair it.
CO_SUBJECTS = re.compile(rf"\s*(?:the\s+)?{SLOT}\s+and\s+(?:the\s+)?{SLOT}\s+(?:\w+ly\s+)?(?:have\s+|has\s+|had\s+|will\s+)?"
                         rf"(?:jointly\s+)?(?:co-)?")


def _periods(context: SentenceContext, start: int, end: int) -> list[cues.When | None]:
    """The run of times right after a chairing trigger and what it chaired ("it in 2014 and again in 2025",
    "the X from 2017 to 2019", "presidency of 2019"), or one undated period; a later time is another fact's."""
    text = context.masked[start:end]
    pronoun = PRONOUN_OBJECT.match(text) or ORDINAL_OBJECT.match(text)
    bodies, position = [], 0
    for slot in [] if pronoun else SLOT_RE.finditer(text):  # the list of bodies right after the verb
        if bodies and not LIST_GAP.fullmatch(OWNER_IN_GAP.sub(" ", re.sub(
                r"\b(?:(?:in|since|from|to|of)\s+(?:\w+\s+)?)?\d{4}(?:-\d{4})?", " ", text[position:slot.start()]))) and \
                not re.fullmatch(r"['’]s?\s+", text[position:slot.start()]):  # "the CoE's Committee of Ministers"
            break
        bodies.append(slot)
        position = slot.end()
    position = pronoun.end() if pronoun else position
    found: list[cues.When | None] = []
    for when in cues.times(text):
        if when.start < position:
            if bodies and not SLOT_RE.search(text[:when.start]) and not found:
                found.append(when)  # "chaired the 2021-2025 OEWG": the period is the body's name
            continue
        if found and when.prep in ("to", "until", "till", "through") and not text[position:when.start].strip(" ,"):
            position = when.end  # "from November 2019 to May 2020": one period
            continue
        gap = text[position:when.start]
        if not PERIOD_GAP.fullmatch(gap) and (found or not FIRST_PERIOD_GAP.fullmatch(gap)):
            break
        if when.prep == "relative" and COUNTED_FROM.match(text, when.start):
            break  # "in 2020, six years after it had chaired X": the time of X, not of this chair
        found.append(when)
        position = when.end
    return found


# "six years after it had chaired", "two years before it chaired": a time counted from another event towards this verb.
COUNTED_FROM = re.compile(r"[\w-]+\s+years?\s+(?:after|before)\s+(?!the\b|its\b|their\b|this\b|that\b|\ue000|[A-Z])")
COUNTED_BEFORE_VERB = re.compile(r"\s+(?:it|they|he|she|we)\s+(?:had\s+|has\s+|was\s+)?(?:\w+ly\s+)?(?:co-)?$")


def _counted_time(context: SentenceContext, trigger: int) -> cues.When | None:
    """The time of a chair told as counted from another ("in 2020, six years after it had chaired X": 2014)."""
    text = context.masked  # (the whole sentence: what follows "after it" tells whether it counts back)
    counted = [w for w in cues.times(text) if w.end <= trigger and w.prep == "relative"
               and COUNTED_FROM.match(text, w.start) and COUNTED_BEFORE_VERB.fullmatch(text, w.end, trigger)]
    return counted[-1] if counted else None


def _ever_since(context: SentenceContext, trigger_end: int) -> cues.When | None:
    """"co-founded X in May 2019 and has co-chaired it ever since": the time told last before the verb."""
    if not re.match(r"\s*(?:it|them|(?:the\s+)?\ue000\d+\ue001)?\s*(?:ever\s+since|since\s+then)\b",
                    context.masked[trigger_end:]):
        return None
    before = [w for w in cues.times(context.masked[:trigger_end]) if w.prep in ("in", "since", "on", "during")]
    return before[-1] if before else None


def _intro_time(context: SentenceContext, start: int, trigger: int) -> cues.When | None:
    """An undated chairing's time from before its verb in the first clause ("In 2019 Chile took over the
    chairmanship")."""
    if start > context.intro_end:  # "…, and in 2021 it served as chair of X": the clause's own fronted time
        before = [w for w in cues.times(context.masked[start:trigger]) if w.prep in ("in", "since", "from", "during")
                  and not SLOT_RE.search(context.masked[start:start + w.start][-15:])]
        return before[0] if len(before) == 1 else None
    joined = list(re.finditer(r"[,;]\s+(?:and|while|whereas|but)\s+", context.masked[max(start, context.intro_end):trigger]))
    if joined:  # "it convened, in May 2020, X, and in June 2021 its prime minister chaired Y": the later verb's own time
        part = max(start, context.intro_end) + joined[-1].end()
        own = [w for w in cues.times(context.masked[part:trigger]) if w.prep in ("in", "since", "from", "during")]
        if len(own) == 1:
            return own[0]
    return cues.first_year(context.masked[:max(context.intro_end, trigger)])


# Before a chairing's first time, what completes the body's name and who chaired with it: "the working group on
# confidence-building measures in 2020", "the study group with Singapore and Malaysia since 2022".
FIRST_PERIOD_GAP = re.compile(rf"(?:\s+(?:[Ww]orking\s+)?(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:on|for|of)\s+(?:the\s+)?"
                              rf"(?:[\w-]+\s+){{1,6}}?)?\s*,?\s*(?:(?:together\s+|jointly\s+)?with\s+(?:the\s+)?{SLOT}"
                              rf"(?:\s*,\s*(?:the\s+)?{SLOT})*(?:,?\s+and\s+(?:the\s+)?{SLOT})?\s*,?\s*)?"
                              rf"(?:(?:in|from|since|during)\s+)?(?:the\s+)?")
PERIOD_GAP = re.compile(r"[\s,()]*(?:(?:and|or)\s+(?:again\s+)?|again\s+)?(?:(?:in|from|of|since|for|during)\s+)?"
                        r"(?:the\s+)?(?:\w+\s+){0,2}?", re.IGNORECASE)


def _listed_orgs(context: SentenceContext, start: int, end: int, kinds: tuple[str, ...] = ("org",)) -> list[Mention]:
    """The organisations (or ``kinds``) listed right after ``start``, modifiers ("the OAS CICTE") left out."""
    found, position = [], start
    for mention, _ in context.list_items(start, end, kinds):
        offset = context.mention_at(_index(context, mention))
        gap = re.sub(r"\b(?:(?:in|since|from|to|of)\s+(?:\w+\s+)?)?\d{4}(?:-\d{4})?", " ", context.masked[position:offset])
        gap = ORDINAL_WORDS.sub(" ", gap)  # "chaired the fourth UN GGE"
        gap = OWNER_IN_GAP.sub(" ", gap)  # "the AU's Cyber Security Expert Group": the owner leads to what is owned
        if not LIST_GAP.fullmatch(gap):
            break
        position = offset + len(str(_index(context, mention))) + 2
        if _modifier(context, mention) or POSSESSOR_AFTER.match(context.masked, position):
            continue  # "the AU Commission's cyber working group": the group is chaired, not the Commission
        found.append(mention)
    return found


POSSESSOR_AFTER = re.compile(r"['’]s?\s")
# (an owner not named as a body of its own, "the Council's", or "its" after an "and": "chaired the Council and its
# Horizontal Working Party": both chaired)
OWNER_IN_GAP = re.compile(rf"(?:{SLOT}|(?<=\bthe )[A-Z][a-z]+)['’]s?\s+$|(?<=\band )(?:its|their)\s+$")
ORDINAL_WORDS = re.compile(r"(?<=\bthe )(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
                           r"current|\d+(?:st|nd|rd|th))\s*$")


LISTED_BEFORE = re.compile(r"(?:[\s,()'-]+|\b(?:and|as well as|the|of|both|in|since|its|their)\b|\b[A-Z][\w&/-]*|"
                           r"\d{4}(?:-\d{4})?)*")


def _generic_bodies(context: SentenceContext, text: str) -> list[Entity]:
    """Unnamed bodies such as "the Asia-Pacific cybersecurity operations network", as forums (new ones are
    returned, not registered: the pipeline registers what findings name)."""
    found, names, written, last = [], [], [], 0
    for slot in SLOT_RE.finditer(text):  # the text with every name written out, and where each name stands
        written.append(text[last:slot.start()])
        name = context.view.mentions[int(slot.group(1))].text
        start = sum(len(part) for part in written)
        names.append((start, start + len(name)))
        written.append(name)
        last = slot.end()
    text = "".join(written) + text[last:]
    position = 0
    for match in GENERIC_BODY.finditer(text):
        if not LISTED_BEFORE.fullmatch(text[position:match.start()]):
            break  # only the objects listed right after the verb, not a body of a later verb phrase
        position = match.end()
        if any(begin < match.end() <= stop for begin, stop in names) or POSSESSOR_AFTER.match(text, match.end()):
            continue  # "the Inter-American Committee against Terrorism" is a name; "the Council's debate" a possessor
        label = match.group(1).strip()
        if " " not in label:
            continue  # "the Commission" alone names no body
        found.append(_forum_named(context, label))
    return found


# --- cooperation ------------------------------------------------------------------------------

# An agreement a cooperation is done under frames it and does not make the cooperation one: "cooperates with
# Interpol and, since 2017, under a strategic agreement with Europol", "works with X under an MoU signed in 2014"
# (both the cooperation and the agreement are told; the agreement is read by the agreement rules).
FRAMING_TERM = re.compile(rf"\b(?:under|on\s+the\s+basis\s+of)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
                          rf"(?:{MOU.pattern})")
COOPERATION_VERB = re.compile(r"(?:cooperat|co-operat|collaborat|work)\w*\b(?!\s+(?:on|in)\b)")
FRAMED_AFTER = re.compile(rf"(?:\s*\([^()]*\))?,?\s+{FRAMING_TERM.pattern}")
FRAMED_BEFORE = re.compile(rf"[^\ue000]*?(?:,|\band\b)[^\ue000]*?{FRAMING_TERM.pattern}[^\ue000]*$")


# Help named after the deed it went into: "was drafted in 2019 with the assistance of", "were prepared with the help of"
HELP_TRIGGER = re.compile(r"with (?:the )?(?:support|help|assistance|advice) (?:from|of)")
HELPED_DEED = re.compile(rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:drafted|prepared|written|"
                         rf"developed|elaborated|drawn\s+up)(?:\s+(?:in|during)\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR}))?"
                         rf"\s*,?\s*$")


def _framed_partner(context: SentenceContext, partner: Mention, trigger_end: int) -> bool:
    """Whether a cooperation's partner is the counterpart of the agreement it is done under ("with Europol under an
    agreement signed in 2014", "and, under an agreement concluded in 2005, with Europol"): that is the agreement's
    (read by the agreement rules), the partners named outside it are the cooperation's."""
    index = context.index_of(partner)
    at = context.mention_at(index)
    if FRAMED_AFTER.match(context.masked, at + len(str(index)) + 2):
        return True
    previous = SLOT_RE.findall(context.masked[trigger_end:at])
    begin = context.masked.rfind("\ue001", trigger_end, at) + 1 if previous else trigger_end
    return bool(FRAMED_BEFORE.match(context.masked[begin:at])) and bool(previous)


def cooperation(context: SentenceContext) -> list[Finding]:
    """Cooperation without a recorded agreement: "<S> cooperates / works with A and B", "cyber dialogues are
    held with A, B and C", "co-launched with X", "with the support of X", "its closest partners are A and
    B", "A and B are its main partners"; the agency that does it acts for its state."""
    findings = []
    for match in COOPERATE.finditer(context.masked) if may_match(COOPERATE, context.masked) else ():
        start, end = context.clause_of(match.start())
        subject, through, indirect = _owner_or_subject(context, match.start(), start, end)
        passive = PASSIVE_AGENT.search(context.masked, start, match.start())
        if passive:
            # "The X network was dismantled in 2020 by a joint investigation team with the Netherlands": the subject
            # is what was done to; who acted is the profile's state
            subject, through, indirect = (context.state or context.previous_subject or context.topic), "", True
        clause_before = context.masked[max(start, context.intro_end if start <= context.intro_end else start):match.start()]
        status = cues.clause_status(clause_before[-60:], "")
        ended = _ended(context, start, end)
        if JOINT.match(match.group()) and JOINT_STATEMENT.search(context.masked, start, end):
            continue  # "attributed the intrusion to X jointly with the EU": co-authors of a statement, not partners
        if not subject or MOU.search(FRAMING_TERM.sub("", WITH_WHICH_CLAUSE.sub("", context.masked[start:end]))
                                     if COOPERATION_VERB.match(match.group()) else
                                     WITH_WHICH_CLAUSE.sub("", context.masked[start:end])) or status == "negated" or ended or \
                not passive and NON_STATE_SUBJECT.search(clause_before[-70:]) or COOPERATION_CUT.search(clause_before[-60:]) or \
                MADE_BY_OTHERS.search(SLOT_RE.sub(" X ", context.masked[max(start, match.start() - 80):match.end()])) or \
                status in cues.UNACCOMPLISHED and _undone_after(context, end) or COOPERATION_ENDED.search(
                    context.masked, match.end(), end):
            continue  # "has refused to cooperate with X", "a proposal to work with Y was rejected"
        if _off_topic(context, start, end) or BARE_TIES.match(match.group()) and not TIES_QUALIFIER.search(
                context.masked[max(start, match.start() - 40):match.start()]):
            continue  # "cooperates with Morocco on fisheries", "historical ties with Angola"
        if PLANNED_AFTER.search(context.masked, match.end(), end) and _undone_after(context, end):
            continue  # "a cyber dialogue with X was proposed in 2019 but never took place"
        partners = _partners(context, subject, match.end(), end)
        if match.group().endswith("with"):
            partners = _unique(partners + _partners_past_relative(context, subject, end))
        if "align" in context.masked:  # "aligns with the EU and, on capacity building, with the G77": an alignment
            from cdkg.extraction.un import gapped_alignment_slots
            gapped = gapped_alignment_slots(context)
            partners = [p for p in partners if not any(p is m for i, m in enumerate(context.view.mentions) if i in gapped)]
        if match.group().startswith(("Together", "together", "Jointly", "In partnership", "In cooperation")):
            partners = partners[:1]
        if PLANNED_AFTER.search(context.masked, match.end(), end):
            clause_before += " planned"  # "a cyber dialogue with X is planned for 2025"
        own_years = {id(m): y for m, y in context.list_items(match.end(), end) if y} if len(partners) > 1 else {}
        deed = HELPED_DEED.search(clause_before) if HELP_TRIGGER.match(match.group()) else None
        if deed is not None:
            # "the strategy was drafted in 2019 with the assistance of the OAS": the help went into a deed done (the
            # draft is the text's state, not the help's), at the deed's time
            clause_before = cues.DRAFT.sub(" ", clause_before)
            own_years = {**{id(p): deed.group("year") for p in partners if deed.group("year")}, **own_years}
        for partner in partners if "took place" in context.masked or " held in " in context.masked else ():
            # "the first bilateral cyber dialogue with Washington took place in 2022": that dialogue's own time
            index = context.index_of(partner)
            held = HELD_IN.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
            if held is not None:
                own_years = {**own_years, id(partner): held.group("year")}
        if COOPERATION_VERB.match(match.group()) and FRAMING_TERM.search(context.masked, match.end(), end):
            # "with Interpol and, since 2017, under a strategic agreement with Europol": the time is Europol's, and
            # Europol is the agreement's counterpart, Interpol the cooperation's partner
            position = match.end()
            for partner in partners if len(partners) > 1 else ():
                at = context.mention_at(context.index_of(partner))
                own_years[id(partner)] = own_years.get(id(partner)) or cues.since_year(context.masked[position:at]) or ""
                position = at
            own_years = {k: v for k, v in own_years.items() if v}
            partners = [p for p in partners if not _framed_partner(context, p, match.end())]
        channel = context.view.mentions[int(match.group("channel"))] if match.group("channel") else None
        if channel is not None and not through and channel.kind == "org" and channel.key and \
                context.state_of(channel.key) == subject and channel.key != subject:
            through = channel.key  # "Malawi cooperates through the NIS with Interpol": the NIS acts for Malawi
        body_key, body = _unnamed_body(context, subject, through, match.start())
        if body_key:
            through = body_key  # "An Garda Síochána works closely with Europol": the body the text names acts
        added = _cooperations(context, partners, subject, through, indirect, (start, end), clause_before, own_years)
        for finding in added if body is not None else ():
            finding.entities.append(body)
        findings += added
    findings += (_named_partners(context) if "partner" in context.masked else []) + _helped_by(context) + \
        _joint_subjects(context) + _between(context) + _partnership_of(context) + _with_which_cooperation(context) + \
        _experts_helped(context) + _two_parties(context)
    own = context.state or context.state_of(context.topic)
    return [f for f in findings if not own or own in (f.fact.subject, f.fact.object)
            or own in (context.state_of(f.fact.subject), context.state_of(f.fact.object))]


# A state body the gazetteer does not know, named as the subject of a cooperation verb: "An Garda Síochána works
# closely with Europol", "The police's Team High Tech Crime works with Eurojust", "the national police (DGSN), which
# runs a cybercrime unit, cooperates with Interpol", "The Attorney General's Office (FGR) cooperates with the FBI":
# the state cooperates through it (read only where no known actor is the subject).
UNNAMED_BODY = re.compile(
    r"(?:^|[,:]\s+|\band\s+)(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+)?(?:[a-z]+['’]s\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6}"
    r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+\([A-Z]))"
    r"(?:\s+\((?P<acr>[A-Z][\w-]{1,12})\))?(?:,\s+(?:which|whose)\s+[^,\ue000]*,)?\s+(?:\w+ly\s+)?(?:also\s+)?$")
# A body named by words and its known acronym: "The Attorney General's Office (FGR) cooperates with …".
ACRONYM_SUBJECT = re.compile(r"(?:^|[,:;]\s+|\band\s+)(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,6}"
                             r"\s+\(\ue000(\d+)\ue001\)\s+(?:\w+ly\s+)?(?:also\s+)?$")
# What makes the name a state body's: its head words, or an acronym after it.
BODY_HEAD = re.compile(r"\b(?:Police|Garda|Gendarmerie|Team|Unit|Bureau|Department|Division|Directorate|Office|Service|"
                       r"Centre|Center|Agency|Force|Squad|Command|Authority|Ministry|Prosecutor|Prosecution)\b")


def _unnamed_body(context: SentenceContext, subject: str, through: str, trigger: int) -> tuple[str, Entity | None]:
    """The state body a cooperation clause names as its subject where the subject rules found none (see
    UNNAMED_BODY): a known one by its acronym, or a new agency entity; ("", None) when there is none."""
    state = context.state or (context.topic if context.state_of(context.topic) == context.topic else "")
    if not state or subject != state or through:
        return "", None
    low = max(context.intro_end, trigger - 160)
    # (a stretch cut from a longer clause starts with a mark no boundary matches)
    stretch = ("" if low == context.intro_end else "\ue002") + context.masked[low:trigger]
    acronym_of = ACRONYM_SUBJECT.search(stretch)
    if acronym_of is not None:  # "The Attorney General's Office (FGR) cooperates …": the acronym names it
        mention = context.view.mentions[int(acronym_of.group(1))]
        known = mention.kind == "org" and mention.key and context.state_of(mention.key) == state
        return (mention.key, None) if known else ("", None)
    found = UNNAMED_BODY.search(stretch)
    if found is None:
        return "", None
    name, acronym = found.group("name"), found.group("acr") or ""
    if not (BODY_HEAD.search(name) or acronym and name[0].islower()) or context.gazetteer.lookup(name) is not None:
        return "", None
    label = f"{name} ({acronym})" if acronym else name
    entity = Entity(key=f"org/{context.gazetteer.entities[state].slug}/{slugify(acronym or name)}", label=label,
                    kind="org", cls=CDO.GovernmentAgency, acronym=acronym, agency_of=state,
                    names={name, acronym} if acronym else {name})
    return entity.key, entity


# "the two governments still meet in a bilateral cyber dialogue", "in 2021 the two countries agreed to deepen
# information-sharing": the profile's state and the one other state the sentence names cooperate.
TWO_PARTIES = re.compile(r"\b[Tt]he\s+two\s+(?:governments|countries|states|sides|nations)\s+(?:(?:\w+ly|still|also|now|have|"
                         r"has|had)\s+)*(?:meet|met|hold|held|agreed\s+to\s+(?:deepen|expand|strengthen|step\s+up|intensify)|"
                         r"cooperate|co-operate|work\s+together|exchange|share|consult|convene|run)\b")


def _two_parties(context: SentenceContext) -> list[Finding]:
    """Cooperation of "the two governments" (or countries): the profile's state and the one other state named
    in the sentence, by itself, by its agencies or in a name that joins the parties ("the US-India Framework")."""
    found = TWO_PARTIES.search(context.masked) if "two" in context.masked else None
    own = context.state or context.state_of(context.topic)
    if found is None or not own:
        return []
    start, end = context.clause_of(found.start())
    start = max(start, context.masked.rfind(", ", start, found.start()) + 1)  # (", and the two …": its own words)
    if cues.clause_status(context.masked[start:found.end()], "") in cues.UNACCOMPLISHED | {"negated"}:
        return []
    others = {context.state_of(m.key) for m in context.view.mentions if m.key and m.kind in ACTOR_KINDS} - {"", own}
    for named in PARTIES_NAMED.finditer(context.written()) if "-" in context.view.text or "–" in context.view.text else ():
        parties = [context.gazetteer.lookup(part) for part in re.split(r"[-–]", named.group("parties"))]
        if all(p is not None and p.kind == "state" for p in parties) and own in {p.key for p in parties}:
            others |= {p.key for p in parties} - {own}
    if len(others) != 1:
        return []
    year = cues.since_year(context.masked[start:end]) or cues.clause_year(context.masked[start:end])
    fact = Fact("cooperatesWith", own, others.pop(), year, topics=context.themes)
    return [_finding(context, fact, "cooperation.two-parties", True)]


# Taking part in an organisation's partnership framework: "has taken part in NATO's Partnership for Peace since 1994",
# "has been a partner in NATO's Mediterranean Dialogue", "joined NATO's Partnership for Peace in 1995" (a partner of
# the owner, not a member of it or of the framework; an exercise it owns is no partnership).
PARTNERSHIP_OF = re.compile(rf"\b(?:(?:t(?:ook|ake|akes|aking|aken)\s+part|participat(?:es|ed|ing|e))\s+in|"
                            rf"(?:an?|the)\s+(?:\w+\s+)?partner\s+(?:in|of)|join(?:s|ed|ing)?)\s+(?:the\s+)?{SLOT}['’]s?\s+{SLOT}")
PARTNERSHIP_NAME = re.compile(r"\b(?:Partnership|Dialogue|Cooperation)\b")


def _owned_partnership(context: SentenceContext, mention: Mention) -> bool:
    """Whether a name is an organisation's partnership framework, named with its owner ("NATO's Partnership for
    Peace")."""
    offset = context.mention_at(_index(context, mention))
    owner = re.search(rf"{SLOT}['’]s?\s+$", context.masked[max(0, offset - 12):offset])
    return owner is not None and context.view.mentions[int(owner.group(1))].kind == "org" and \
        bool(PARTNERSHIP_NAME.search(mention.text))


def _partnership_of(context: SentenceContext) -> list[Finding]:
    """Cooperation with the organisation whose partnership framework the subject takes part in."""
    if "art" not in context.masked and "join" not in context.masked:
        return []
    findings = []
    for match in PARTNERSHIP_OF.finditer(context.masked):
        owner, framework = (context.view.mentions[int(match.group(i))] for i in (1, 2))
        if owner.kind != "org" or not owner.key or not PARTNERSHIP_NAME.search(framework.text) or \
                _is_exercise(context, framework):
            continue
        start, end = context.clause_of(match.start())
        subject, through, indirect = _owner_or_subject(context, match.start(), start, end)
        start = max(start, context.masked.rfind(": ", start, match.start()) + 1)  # (a colon's words are its own)
        status = cues.clause_status(context.masked[start:match.start()], "")
        if not subject or _own(context, subject, owner) or status == "negated" or _ended(context, start, end):
            continue
        text = context.masked[start:end]
        year = cues.since_year(text) or cues.clause_year(text) or (
            cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
        fact = Fact("cooperatesWith", subject, owner.key, year, "Planned" if status in cues.UNACCOMPLISHED else "",
                    through=through, topics=context.themes)
        findings.append(_finding(context, fact, "cooperation.partnership-of", indirect))
    return findings


# The partner as the antecedent of a "with which" relative clause that tells the cooperation: "ties are densest with
# Australia, with which the country maintains a standing cyber policy dialogue".
WITH_WHICH_COOPERATES = re.compile(rf"{SLOT}(?:\s*\([^()]*\))?,\s+with\s+(?:which|whom)\s+(?P<rest>[^,;]*?\b(?:dialogues?|"
                                   rf"consultations|cooperat(?:es|ed|ing|e)|collaborat(?:es|ed|ing|e)|partnership|"
                                   rf"works|worked|working)\b)")


def _with_which_cooperation(context: SentenceContext) -> list[Finding]:
    """Cooperation told in a relative clause whose "with which" stands for the partner."""
    if "with wh" not in context.masked:
        return []
    findings = []
    for match in WITH_WHICH_COOPERATES.finditer(context.masked):
        partner = context.view.mentions[int(match.group(1))]
        start, end = context.clause_of(match.start("rest"))
        rest = context.masked[match.start("rest"):end]
        named = SLOT_RE.match(rest)  # its own subject ("with which Japan holds …"), else the sentence's
        subject, through = _actor_of(context, context.view.mentions[int(named.group(1))]) if named else \
            context.subject_key()[:2]
        status = cues.clause_status(SLOT_RE.sub(" ", context.masked[match.start("rest"):match.end()]), "")
        if not subject or not partner.key or partner.kind not in ACTOR_KINDS or _own(context, subject, partner) or \
                status == "negated" or MOU.search(rest) or _ended(context, start, end) or _off_topic(context, start, end):
            continue
        year = cues.since_year(rest) or ""
        fact = Fact("cooperatesWith", subject, partner.key, year, "Planned" if status in cues.UNACCOMPLISHED else "",
                    through=through, topics=context.themes)
        findings.append(_finding(context, fact, "cooperation.with-which", True))
    return findings


# A state's experts who helped another state do something: "New Zealand experts had earlier helped Tonga to establish
# its CERT in 2016", "Estonian specialists assisted Ukraine in restoring its systems" (the two states cooperate).
EXPERTS_HELPED = re.compile(rf"{SLOT}\s+(?:[a-z][\w-]*\s+)?(?:experts|teams|specialists|advis[eo]rs|engineers|officials)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+|earlier\s+|also\s+)?"
                            rf"(?:helped|assisted|supported|aided)\s+(?:the\s+)?{SLOT}\s+(?:to\s+|in\s+)?"
                            r"(?:establish|set\s+up|build|create|develop|draft|launch|respond|restor|recover|investigat|secur)")


def _experts_helped(context: SentenceContext) -> list[Finding]:
    """Cooperation of the state whose experts helped and the one they helped, one of them the profile's."""
    own = context.state or context.state_of(context.topic)
    findings = []
    for match in EXPERTS_HELPED.finditer(context.masked) if own and prefiltered_search(r"help|assist|support|aided",
                                                                                      context.masked) else ():
        helper, helped = (context.view.mentions[int(match.group(i))] for i in (1, 2))
        actors = [_actor_of(context, m) for m in (helper, helped)]
        ours = [a for a in actors if a[0] == own]
        others = [a for a in actors if a[0] and a[0] != own]
        start, end = context.clause_of(match.start())
        if helper.kind != "state" or not ours or not others or \
                cues.clause_status(context.masked[start:match.start(2)], "") in cues.UNACCOMPLISHED | {"negated"}:
            continue
        year = cues.clause_year(context.masked[start:end]) or (
            cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
        fact = Fact("cooperatesWith", own, others[0][0], year, through=ours[0][1], object_through=others[0][1],
                    topics=context.themes)
        findings.append(_finding(context, fact, "cooperation.experts-helped", True, Decimal("0.8")))
    return findings


# What a clause is about when it is not cyber: "cooperates with Morocco on fisheries", "close economic ties with X",
# "worked with Spain on a bid to host the World Cup" (a profile of cyber diplomacy names such ties in passing).
OFF_TOPIC = re.compile(r"\b(?:econom\w*|trade|trading|commerc\w*|business|investments?|histor\w*|cultural|culture|"
                       r"linguistic|language|family|kinship|religious|fisher\w*|migration|migrants?|tourism|energy|"
                       r"oil|gas|mining|health|medical|education\w*|universit\w*|agricultur\w*|farming|food|taxation|tax|"
                       r"customs|climate|environment\w*|sports?|football|World Cup|Olympic\w*|development aid|aid|"
                       r"infrastructure ties|transport|railways?|ports?|maritime|shipping|consular|visas?)\b")
ON_TOPIC = re.compile(r"cyber|digital|\bICT|information security|informati(?:on|cs)|computer|C(?:ERT|SIRT|IRT)|incident|"
                      r"crim|police|law[- ]enforcement|secur|defen[cs]e|intelligence|hybrid|disinformation|data|"
                      r"technical|technolog|\b5G|network|internet|online|ransomware|malware|hack|threat|espionage|"
                      r"encrypt|crypt|\bAI\b|artificial intelligence|telecom|capacity|skills|norms|diplomac", re.IGNORECASE)
# "ties" and "exchanges" alone are relations of any kind: only a security or technical qualifier makes them cyber
# cooperation ("close security ties to the US", "technical ties with China", "staff exchanges with the NCSC").
BARE_TIES = re.compile(r"^(?:ties|exchanges)\b(?!\s+(?:(?:cyber|threat|incident|technical|operational|real-time|classified)\s+)*"
                       r"(?:information|intelligence|indicators|data|expertise|best\s+practices|experience)\s+with\b)")
TIES_QUALIFIER = re.compile(r"\b(?:security|cyber\w*|defen[cs]e|intelligence|technical|technological|law-enforcement|"
                            r"police|military|operational|staff|expert|CERT|CSIRT|information)\s+(?:[\w-]+\s+)?$",
                            re.IGNORECASE)


# "cyber consultations between Costa Rica and Colombia were launched in 2020", "close operational cooperation between
# the Singapore Police Force and Interpol": a cooperation named with both its parties, one of them the profile's.
BETWEEN = re.compile(rf"\b(?:[Dd]ialogues?|[Cc]onsultations?|[Cc]o-?operation|[Cc]ollaboration|[Pp]artnerships?|"
                     rf"[Ww]orking\s+[Gg]roups?|[Tt]ask\s+[Ff]orces?|[Ee]xchanges|(?:joint\s+)?(?:investigation\s+)?teams?)"
                     rf"\s+between\s+(?:the\s+)?{SLOT}(?:\s*\([^()]*\))?\s+and\s+(?:the\s+)?{SLOT}")


def _between(context: SentenceContext) -> list[Finding]:
    """Cooperation named with both parties after "between", one of which is the profile's state or its agency."""
    own = context.state or context.state_of(context.topic)
    if not own or "between" not in context.masked:
        return []
    findings = []
    for match in BETWEEN.finditer(context.masked):
        start, end = context.clause_of(match.start())
        actors = [_actor_of(context, context.view.mentions[int(match.group(i))]) for i in (1, 2)]
        ours = [a for a in actors if a[0] == own]
        others = [a for a in actors if a[0] != own and a[0]]
        status = cues.clause_status(context.masked[start:match.start()], SLOT_RE.sub(" ", context.masked[match.end():end]))
        if not ours or not others or status == "negated" or _ended(context, start, end) or \
                _off_topic(context, start, end) or MOU.search(context.masked[start:end]) or \
                COOPERATION_ENDED.search(context.masked, match.end(), end):
            continue
        (subject, through), (partner, partner_agency) = ours[0], others[0]
        year = cues.since_year(context.masked[start:end]) or cues.clause_year(context.masked[start:end]) or \
            (cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
        fact = Fact("cooperatesWith", subject, partner, year, "Planned" if status in cues.UNACCOMPLISHED else "",
                    through=through, object_through=partner_agency, topics=context.themes)
        findings.append(_finding(context, fact, "cooperation.between"))
    return findings


def _off_topic(context: SentenceContext, start: int, end: int) -> bool:
    """Whether a cooperation clause is about something other than cyber (trade, fisheries, history, energy…)."""
    text = SLOT_RE.sub(" ", context.masked[start:end])
    return bool(OFF_TOPIC.search(text)) and not ON_TOPIC.search(text)


# A trigger inside the agent of a passive: "… was dismantled in 2020 by a joint team (JIT) with …".
PASSIVE_AGENT = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b"
                           r"[^;\ue000]{0,40}?\bby\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")


# "Kenya and the UK hold an annual cyber dialogue", "Spain and Portugal have cooperated on cybercrime since 2018",
# "A and B run joint cyber exercises": two coordinated subjects whose verb says they act together, with no "with".
TOGETHER_VERB = re.compile(
    r"(?:\w+ly\s+)?(?:(?:have|has|had|will|also|now|regularly)\s+)*"
    r"(?:(?:plan|plans|planned|intend|intends|hope|agreed|decided|expect|are\s+(?:planning|expected|set))"
    r"(?:\s+in\s+\d{4})?\s+to\s+)?"
    r"(?:(?:cooperat|co-operat|collaborat)\w*|"
    r"(?:strengthen|deepen|expand|enhance|boost|intensify|step\s+up)\w*\s+(?:their\s+)?(?:\w+\s+)?(?:cooperation|"
    r"collaboration|ties|partnership|dialogue)|"
    r"work(?:s|ed|ing)?\s+(?:\w+ly\s+)?together|partner(?:s|ed)?\b|"
    # "A and B announced, in 2023, a joint platform": what they made together
    r"(?:announced|unveiled|launched|set\s+up|created|established|opened|built|developed)\s*,?\s*"
    rf"(?:in\s+(?:{cues.MONTH}\s+)?{cues.YEAR}\s*,?\s*)?(?:a|an|their)\s+(?:new\s+)?joint\b|"
    r"(?:hold|holds|held|launched|launch|started|began|run|ran|runs|conduct(?:s|ed)?|organi[sz](?:e|es|ed)|"
    r"established|set\s+up|co-?chair(?:s|ed)?)\s+(?:a|an|their|its|the)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:dialogues?|consultations?|exercises?|partnership|operations?|investigations?|working\s+group|task\s+force|"
    r"talks|workshops?|trainings?)\b|"
    # a named one: "have held an annual Cyber Policy Dialogue" (its name says what it is, see NAMED_TOGETHER)
    r"(?:hold|holds|held|launched|launch|started|began|run|ran|runs|conduct(?:s|ed)?|organi[sz](?:e|es|ed)|"
    r"established|set\s+up|co-?chair(?:s|ed)?)\s+(?:a|an|their|its|the)?\s*(?:[\w-]+\s+){0,2}?(?P<named>\ue000\d+\ue001))")
NAMED_TOGETHER = re.compile(r"(?:[Dd]ialogue|[Cc]onsultations?|[Ww]orking [Gg]roup|[Tt]ask [Ff]orce|[Tt]alks|[Pp]artnership)s?"
                            r"(?:\s*\([^()]*\))?$")
JOINT_SUBJECTS = re.compile(rf"\s*(?P<time>(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom)\s+(?:{cues.MONTH}\s+)?{cues.YEAR},?\s+)?"
                            rf"(?:[Tt]he\s+)?{SLOT}"
                            # "Seoul, Washington and Tokyo have run …": more than two
                            rf"(?P<more>(?:,\s+(?:the\s+)?\ue000\d+\ue001)*),?\s+"
                            rf"and\s+(?:the\s+)?{SLOT}(?:\s*,\s*(?:meanwhile|however|moreover|in\s+turn|for\s+their\s+part|too),)?\s+"
                            # "Moroccan and Spanish police have cooperated": the two states' bodies or people
                            rf"(?:(?:police|authorities|agencies|officials|investigators|prosecutors|CERTs|CSIRTs|teams|"
                            rf"experts|diplomats|forces|services|governments|ministries)\s+)?(?=\S)")


def _joint_subjects(context: SentenceContext) -> list[Finding]:
    """Cooperation of two coordinated subjects one of which is the profile's state: the other is its partner (two
    other states acting together are not the profile's cooperation, and a negated or refused one is none)."""
    own = context.state or context.state_of(context.topic)
    findings = []
    for start, end in context.clauses:
        begin = max(start, context.intro_end) if start <= context.intro_end else start
        pair = JOINT_SUBJECTS.match(context.masked, begin, end)
        if pair is None and ", and " in context.masked[begin:end]:
            # "…, and since 2023 Seoul, Washington and Tokyo have run a trilateral working group": a clause of its own
            # the splitter kept with the one before
            pair = next((found for joined in re.finditer(r",\s+(?:and|while)\s+", context.masked[begin:end])
                         if (found := JOINT_SUBJECTS.match(context.masked, begin + joined.end(), end)) is not None
                         and TOGETHER_VERB.match(context.masked, found.end(), end)), None)
            start = pair.start() if pair is not None else start  # (its time is its own: "since 2023")
        verb = TOGETHER_VERB.match(context.masked, pair.end(), end) if pair else None
        if verb is None or verb.group("named") and not NAMED_TOGETHER.search(context.view.slot(verb.group("named")).text):
            continue
        slots = [pair.group(2)] + SLOT_RE.findall(pair.group("more") or "") + [pair.group(pair.lastindex)]
        actors = [_actor_of(context, context.view.mentions[int(i)]) for i in slots]
        ours = [a for a in actors if a[0] == own]
        others = [a for a in actors if a[0] != own and a[0]]
        status = cues.clause_status(context.masked[begin:verb.end()], "")
        if not ours or not others or status == "negated" or _ended(context, start, end):
            continue
        (subject, through) = ours[0]
        # the time of the verb's own phrase, not of a later one ("… under the partnership they concluded in 2020")
        year = cues.since_year(context.masked[start:end]) or cues.clause_year(pair.group("time") or "") or \
            cues.clause_year(context.masked[pair.end():min(end, verb.end() + 25)]) or \
            (cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
        for partner, partner_agency in others:
            fact = Fact("cooperatesWith", subject, partner, year, "Planned" if status in cues.UNACCOMPLISHED else "",
                        through=through, object_through=partner_agency, topics=context.themes)
            findings.append(_finding(context, fact, "cooperation.joint-subjects"))
    return findings


HELP_VERB = r"(?:train(?:s|ed|ing)?|advis(?:e|es|ed|ing)|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|mentor(?:s|ed|ing)?|coach(?:es|ed|ing)?)"
HELPED = (r"(?:staff|officials|officers|experts|teams?|analysts|personnel|prosecutors|judges|police|investigators|diplomats|"
          r"case\s*work|cases|investigations)")
# "the US CISA has trained CSIRT staff", "experts of the UK Home Office advised on the strategy": a foreign body
# that trains or advises a state's people cooperates with that state.
# ("Russian experts trained CSIRT staff": the helper's people after it; "Japan's JICA has trained X analysts": the owner's
# body, read as the helper below)
HELPS = re.compile(rf"(?:\b(?:experts?|officials?|officers?|staff|advisers?|teams?)\s+(?:of|from)\s+)?(?:the\s+)?(?P<helper>{SLOT})"
                   rf"\)?(?:['’]s?\s+(?:the\s+)?(?P<owned>{SLOT})|\s+(?:experts|specialists|instructors|trainers|advis[eo]rs)(?=\s+(?:\w+ly\s+)?"
                   rf"(?:has\s+|have\s+|had\s+)?{HELP_VERB}\s))?"
                   rf"(?:'s?\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)?(?:\s+in\s+(?:{SLOT}|[A-Z][\w-]*))?\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?"
                   rf"{HELP_VERB}\s+"
                   rf"(?:(?:the|its|their)\s+)?(?:(?:{SLOT}|[\w/-]+)\s+){{0,3}}?(?:{HELPED}\b|on\b|in\b)")
# A help verb in the simple past, a deed done at the time the clause gives ("trained X staff in 2022"; not "has trained")
SIMPLE_PAST_HELP = re.compile(r"(?<!has )(?<!have )(?<!had )\b(?:trained|advised|assisted|supported|mentored|coached)\b")
# An earlier helper of a list, right before the next one: "\ue0001\ue001 and the \ue0002\ue001 \ue0003\ue001 have trained"
# (an owner state may stand before the next item)
HELPER_BEFORE = re.compile(rf"(?P<item>{SLOT})(?:\s*\([^()]*\))?\s*(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?:{SLOT}\s+)?(?:the\s+)?\ue000?$")
# "receiving training for X staff from the UK's NCSC", "with training from Y": the giver cooperates with the state.
HELP_FROM = re.compile(rf"\b(?:receiv\w+|received|obtain\w+|gets?|got|with)\s+(?:[\w-]+\s+){{0,2}}?(?:training|assistance|"
                       rf"advice|mentoring|technical support|expertise|help|support)\s+(?:[^;\ue000]{{0,40}}?\s|(?:for\s+)?{SLOT}\s+[a-z]+\s+)?"
                       rf"from\s+(?:the\s+)?(?=\ue000)")


# "became operational in 2023 with ITU technical assistance", "plans to issue one in 2026, with French and Estonian
# expert support": the helpers named before the help they gave (a state by its adjective, a body by its name).
HELP_WITH_NAMED = re.compile(rf"\bwith\s+(?:the\s+)?(?P<list>{SLOT}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{SLOT})*)\s+"
                             rf"(?:(?:technical|expert|practical)\s+)?(?:support|assistance|expertise|help)\b(?!\s+(?:fund|grant|loan))")
PAID_WITH = re.compile(r"\b(?:financ|fund|paid|pay|bankroll|built|bought|purchas)\w*(?:\s+for)?\s+$")
# help given for a deed the clause says lies ahead ("it would prepare one with technical support from the OAS"): a
# planned cooperation.
HELP_FOR_DEED = (HELP_FROM, HELP_WITH_NAMED)


# "Uruguayan CERT staff are trained every year by the Spanish agency": the passive, the helper after "by".
HELPED_BY = re.compile(rf"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:trained|advised|assisted|supported|mentored|"
                       rf"coached)\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?(?P<helper>{SLOT})")


HELPERS = (r"(?:[Ee]xperts|[Tt]eams|[Ss]pecialists|[Aa]dvis[eo]rs|[Rr]esponders|[Ii]nvestigators|[Ee]ngineers|[Oo]fficers|"
           r"[Pp]ersonnel|[Ss]taff)")
# "The FBI and France's ANSSI sent teams to help", "the US deployed experts to assist": each sender helps the state.
SENT_TO_HELP = re.compile(rf"\b(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:sent|dispatched|deployed|seconded|flew\s+in)\s+"
                          rf"(?:[\w-]+\s+){{0,3}}?{HELPERS}\s+(?:to\s+(?:help|assist|support|aid)|who\s+helped)\b")
# "experts from the United States, Spain and Israel helped restore the systems": each state named helps.
EXPERTS_FROM = re.compile(rf"\b{HELPERS}\s+(?:from|of)\s+(?:the\s+)?(?=\ue000)")
HELPED_AFTER = re.compile(r"\s*,?\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:helped|assisted|supported|aided)\b")


# "following a validation process supported by the World Bank", "a consultation process facilitated by the OAS": the
# state's own work done with another's help (an attack or a campaign "supported by" a state is no such thing).
WORK_SUPPORTED_BY = re.compile(rf"\b(?:process|consultations?|review|drafting|development|assessment|validation|"
                               rf"revision|preparation|elaboration|mapping)\s+(?:\w+ly\s+)?(?:supported|facilitated|"
                               rf"assisted|guided|accompanied)\s+by\s+(?:the\s+)?(?=\ue000)")


# The state's own body whose people were helped: "staff of the national CERT have received training from X", "X has
# trained CERT-Y engineers", "officers of the Police Service are trained by X": that body takes the help for its state.
HELPED_PEOPLE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in (
    "staff", "officials", "officers", "experts", "teams?", "analysts", "personnel", "prosecutors", "judges",
    "investigators", "diplomats", "engineers", "agents", "specialists", "employees", "responders", "members")) + ")"
HELPED_BODY = re.compile(rf"\b{HELPED_PEOPLE}\s+(?:of|from|at)\s+(?:the\s+)?(?P<of>{SLOT})(?!['’])|"
                         rf"(?P<own>{SLOT})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+)?{HELPED_PEOPLE}\b")


def _helped_body(context: SentenceContext, state: str, start: int, end: int, people: bool = True) -> str:
    """The key of the state's own body whose people a stretch names as helped ("staff of BH-CERT"), else ''; with
    ``people`` false, any body of the state the stretch names (the object of "trained", "advised")."""
    if not state:
        return ""
    if not people:
        bodies = [m for m in context.mentions_between(start, end, ("org",)) if context.state_of(m.key) == state
                  and m.key != state]
        return bodies[0].key if len(bodies) == 1 else ""
    found = ""
    for match in HELPED_BODY.finditer(context.masked, start, end) if may_match(HELPED_BODY, context.masked) else ():
        mention = context.view.slot(match.group("of") or match.group("own"))
        if mention.kind == "org" and mention.key and mention.key != state and context.state_of(mention.key) == state:
            found = mention.key
    return found


def _sent_helpers(context: SentenceContext) -> list[tuple[Mention, int]]:
    """(helper, position) of foreign senders of experts: "A and B sent teams to help", "experts from A and B helped"."""
    found = []
    masked = context.masked
    for match in SENT_TO_HELP.finditer(masked) if may_match(SENT_TO_HELP, masked) else ():
        start, _ = context.clause_of(match.start())
        begin = max(start, context.intro_end) if start <= context.intro_end else start
        senders = [m for m, _ in context.list_items(begin, match.start())]
        if senders and re.fullmatch(r"[\s,]*", SLOT_RE.sub(" ", context.masked[
                context.mention_at(_index(context, senders[-1])) + len(str(_index(context, senders[-1]))) + 2:
                match.start()])) and not re.search(r"\b(?:to|from|in|on|at|of|by)\s+(?:the\s+)?$",
                                                    SLOT_RE.split(context.masked[begin:match.start()])[0]):
            found += [(m, match.start()) for m in senders if not _modifier(context, m) and not _possessor(context, m)]
    for match in WORK_SUPPORTED_BY.finditer(masked) if may_match(WORK_SUPPORTED_BY, masked) else ():  # (undated: the clause's time is the work's, not the help's)
        found += [(m, -1 - match.start()) for m, _ in _run_of_items(context, match.end(),
                                                                    context.clause_of(match.start())[1])
                  if not _modifier(context, m)]
    for match in EXPERTS_FROM.finditer(masked) if may_match(EXPERTS_FROM, masked) else ():
        run = _run_of_items(context, match.end(), context.clause_of(match.start())[1])
        if not run:
            continue
        last = _index(context, run[-1][0])
        if HELPED_AFTER.match(context.masked, context.mention_at(last) + len(str(last)) + 2):
            found += [(m, match.start()) for m, _ in run if not _modifier(context, m)]
    return found


def _helped_by(context: SentenceContext) -> list[Finding]:
    """Cooperation read from help given: "<foreign body> has trained <our> staff", "experts of X advised on …",
    "receiving training … from X"; the state helped is the one the helped people belong to, else the profile's."""
    masked = context.masked
    if not prefiltered_search(r"train|advis|assist|support|mentor|coach|expertise|help|aid\b|facilitat|guided|accompan", masked):
        return []
    found, dated = [], set()
    own = context.state or context.topic
    for match in HELPS.finditer(masked) if may_match(HELPS, masked) else ():  # (each asked of its own words first)
        helper = context.view.slot(match.group("helper"))
        if match.group("owned") and context.view.slot(match.group("owned")).kind == "org":
            helper = context.view.slot(match.group("owned"))  # "the US State Department's INL has trained": INL
        helped = [m for m in context.mentions_between(match.end("helper"), match.end(), ("state",))]
        state = helped[0].key if helped else own
        helped_state = helped[0].key if helped else ""
        body = _helped_body(context, state, match.end("helper"), match.end(), people=False)
        home = context.home
        home_bodies = [m.key for m in context.mentions_between(match.end("helper"), match.end(), ("org",))
                       if context.state_of(m.key) == home and m.key != home] if home and home != state else []
        if not helped and home_bodies and (not body or _own(context, state, helper)):
            # (a paragraph turned to the helper's state, "the FBI has trained CERT-X staff": the body trained is ours)
            body, helped_state = home_bodies[0], home
        found.append((helper, helped_state, match.start(), body))
        dated.add(match.start())
        # "the FBI and the US CISA have trained X staff": each helper of the list before the verb's
        at = match.start("helper") - 1
        while (earlier := HELPER_BEFORE.search(masked, max(0, at - 120), at + 1)) is not None:
            found.append((context.view.slot(earlier.group("item")), helped_state, match.start(), body))
            at = earlier.start("item") - 1
    for match in HELPED_BY.finditer(masked) if may_match(HELPED_BY, masked) else ():
        start, _ = context.clause_of(match.start())
        helped = context.mentions_between(start, match.start(), ("state",))
        state = helped[-1].key if helped else own
        found.append((context.view.slot(match.group("helper")), helped[-1].key if helped else "", match.start(),
                      _helped_body(context, state, start, match.start())))
    for match in HELP_FROM.finditer(masked) if may_match(HELP_FROM, masked) else ():  # "received help from the US, Israel and Spain": each giver
        start, end = context.clause_of(match.start())
        body = _helped_body(context, own, start, match.start())
        for mention, _ in _run_of_items(context, match.end(), end):
            if _modifier(context, mention):
                break  # "support from the EU-funded X project": the giver is the project, not the EU
            found.append((mention, "", match.start(), body))
    for match in HELP_WITH_NAMED.finditer(masked) if "with" in masked and may_match(HELP_WITH_NAMED, masked) else ():
        if PAID_WITH.search(masked, max(0, match.start() - 30), match.start()):
            continue  # "a SOC, financed with US assistance": money given, read by the funding rules
        start, _ = context.clause_of(match.start())
        body = _helped_body(context, own, start, match.start())
        found += [(context.view.mentions[int(i)], "", match.start(), body) for i in SLOT_RE.findall(match.group("list"))]
    sent = _sent_helpers(context)
    found += [(helper, "", abs(position + 1) if position < 0 else position, "") for helper, position in sent]
    findings = []
    for number, (helper, helped, position, body) in enumerate(found):
        owned = re.match(rf"['’]s?\s+(?:the\s+)?{SLOT}", context.masked[context.mention_at(_index(context, helper)) +
                                                                 len(str(_index(context, helper))) + 2:]) \
            if helper.kind == "state" and helper in context.view.mentions else None
        if owned is not None and context.view.mentions[int(owned.group(1))].kind == "org":
            helper = context.view.mentions[int(owned.group(1))]  # "trained by Spain's INCIBE": the agency helped
        state = helped or context.state or context.topic
        start, end = context.clause_of(position)
        status = cues.clause_status(context.masked[start:position], "")
        if not state or helper.kind not in ("state", "org") or _own(context, state, helper) or status == "negated":
            continue
        # (help with a deed still ahead: "would prepare one with technical support from the OAS")
        # ("drafted it with …" is a draft's help, done: only a plan makes it Planned)
        planned = status == "Planned" and any(p.match(context.masked, position) for p in HELP_FOR_DEED)
        year = ""
        if (helper, position) in sent:  # a deployment is dated: "After the attacks of 2022, experts from X helped"
            year = cues.clause_year(context.masked[start:end]) or \
                (cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
        elif position in dated:  # "has trained X analysts every year since 2019", "Russian experts trained X staff in 2022"
            year = cues.since_year(context.masked[position:end]) or (
                cues.clause_year(context.masked[position:end]) if SIMPLE_PAST_HELP.search(context.masked, position, end)
                else "")
        through = body if body and context.state_of(body) == state else ""
        fact = Fact("cooperatesWith", state, helper.key, year, "Planned" if planned else "", through=through,
                    topics=context.themes)
        findings.append(_finding(context, fact, "cooperation.helped-by", True, Decimal("0.8")))
    return findings


def _cooperations(context: SentenceContext, partners: list[Mention], subject: str, through: str, indirect: bool,
                  clause: tuple[int, int], before: str, own_years: dict[int, str] | None = None) -> list[Finding]:
    status = "Planned" if cues.clause_status(before[-60:], "") in ("Planned", "UnderNegotiation", "Proposed",
                                                                   "Draft") else ""
    start, end = clause
    # (an apposition that dates the subject's own creation is no time of the cooperation: "The X Centre, established
    # in 2015, cooperates with Europol")
    text = MEMBER_APPOSITION.sub(", ", CREATED_APPOSITION.sub(", ", context.masked[start:end]))
    year = cues.since_year(text) or (cues.clause_year(text) if COOPERATION_BEGUN.search(text) else "") or (
        cues.clause_year(context.masked[:context.intro_end]) if start <= context.intro_end else "")
    if own_years and year in own_years.values():
        year = ""  # "works with Interpol and, since 2021, with Ameripol": the clause's time is one partner's own
    findings = []
    own = context.state or context.state_of(context.topic)
    for partner in partners:
        # "dialogues with Japan since 2018 and with India since 2020": each partner's own time
        fact = Fact("cooperatesWith", subject, _parent_of_body(context, partner), (own_years or {}).get(id(partner))
                    or year, status,
                    through=through, topics=context.themes)
        if own and subject != own and context.state_of(partner.key) == own:
            # "the United States works with Portugal on …" in Portugal's profile: Portugal cooperates with the US
            agency = partner.key if partner.key != own else ""
            fact = Fact("cooperatesWith", own, subject, year, status, through=agency, object_through=through,
                        topics=context.themes)
        findings.append(_finding(context, fact, "cooperation.with", indirect))
    return findings


OWNER_BEFORE = re.compile(r"\ue000(\d+)\ue001['’]s?\s+$")


def _parent_of_body(context: SentenceContext, partner: Mention) -> str:
    """The organisation a partner named as one of its bodies, with its owner's possessive, belongs to ("works with
    Interpol's Cybercrime Directorate": with Interpol); a body the gazetteer knows by name (Europol's EC3), or whose
    name holds its owner's ("the GCC Criminal Police"), is a partner of its own."""
    entity = context.gazetteer.entities.get(partner.key)
    if entity is None or entity.reference or entity.cls != CDO.OrganisationalBody or not entity.part_of:
        return partner.key
    try:
        at = context.mention_at(context.index_of(partner))
    except ValueError:  # (a partner the sentence does not name)
        return partner.key
    owner = OWNER_BEFORE.search(context.masked, max(0, at - 12), at)
    parent = context.gazetteer.entities.get(entity.part_of)
    return entity.part_of if owner and context.view.mentions[int(owner.group(1))].key == entity.part_of and \
        parent is not None and parent.kind == "org" else partner.key


# A verb that dates a cooperation's beginning: "a working group with the EU was set up in 2021", "teamed up with X in 2022".
COOPERATION_BEGUN = re.compile(r"\b(?:launched|set up|established|created|started|began|opened|inaugurated|initiated|"
                               r"founded|teamed up|joined forces|held (?:its|their) first|"
                               # a joint operation dated by what it did: "dismantled in 2020 by a JIT with the Netherlands"
                               r"dismantled|taken down|took down|disrupted)\b")


def _named_partners(context: SentenceContext) -> list[Finding]:
    """"Its closest cyber partners are A, B and C" / "A, B and C are its main partners"."""
    findings = []
    for pattern, after in ((PARTNERS_ARE, True), (PARTNERS_AFTER, False)):
        for match in pattern.finditer(context.masked):
            start, end = context.clause_of(match.start())
            region = (match.end(), end) if after else (start, match.start())
            subject = context.previous_subject or context.topic
            owner = None if after or match.group("owner") is None else context.view.mentions[int(match.group("owner"))]
            if owner is not None and not match.group("s") and not owner.text.endswith(("'s", "’s")):
                continue  # (a name is an owner only with its "'s": "the country's" holds it)
            if owner is not None and owner.kind == "state":
                subject = owner.key  # "Portugal is Angola's closest partner", "are Prague's closest partners"
            elif owner is not None:
                continue  # "A is the EU's main partner": another actor's partners
            if not after:  # (the list that ends at the verb: "…, and since 2018 Russia has become its closest partner")
                cut = [m.end() for m in CLAUSE_OPENER.finditer(context.masked, start, match.start())]
                region = (cut[-1] if cut else start, match.start())
            if not after and match.group("alongside"):
                region = (region[0], end)  # "France remains the main partner, alongside the World Bank and the EU"
            # ("partners are found among its neighbours, in Japan and in Australia": each "in" opens an item)
            found_in = after and " found " in match.group()
            partners = [m for m, _ in context.list_items(*region) if not _own(context, subject, m)
                        and (found_in or not _framing(context, region[0], m))]
            # (each partner's own time: "A, B and, since 2022, C are its closest partners")
            own_years, position = {}, region[0]
            for partner in partners if len(partners) > 1 else ():
                at = context.mention_at(context.index_of(partner))
                own_years[id(partner)] = cues.since_year(context.masked[position:at]) or ""
                position = at
            own_years = {k: v for k, v in own_years.items() if v}
            findings += _cooperations(context, _unique(partners), subject, "", True, (start, end), "", own_years)
    return findings


# A relative clause on the last partner, then the list goes on: "cooperates with Interpol, which Angola joined in 1980,
# and with Afripol", "works with X, whose bureau sits in Y, and with Z".
RELATIVE_OPENER = re.compile(r",\s*(?:which|whose|who|(?:of|with|in|to|through)\s+which|where)\b")
WITH_AGAIN = re.compile(r"(?:and|as\s+well\s+as)\s+(?:also\s+)?with\s+")


def _partners_past_relative(context: SentenceContext, subject: str, end: int) -> list[Mention]:
    """The partners an "and with" names after a relative clause that closed the trigger's clause at ``end``."""
    if not RELATIVE_OPENER.match(context.masked, end):
        return []
    clauses = context.clauses
    at = next((i for i, (_, stop) in enumerate(clauses) if stop == end), None)
    if at is None or at + 2 >= len(clauses):
        return []
    start, stop = clauses[at + 2]
    again = WITH_AGAIN.match(context.masked, start)
    return _partners(context, subject, again.end(), stop) if again is not None else []


def _possessor(context: SentenceContext, mention: Mention) -> bool:
    """Whether a mention only owns what follows it ("through the EU's Common Foreign and Security Policy")."""
    after = context.mention_at(_index(context, mention)) + len(str(_index(context, mention))) + 2
    return bool(re.match(r"['’]s?\s+(?:[A-Z]|\ue000)", context.masked[after:after + 4]))


JOINT = re.compile(r"(?:[Tt]ogether|[Jj]ointly|[Ii]n (?:partnership|cooperation)) with")
JOINT_STATEMENT = re.compile(r"\b(?:attribut\w+|blam\w+|accus\w+|condemn\w+|denounc\w+|called out|named)\b"
                             # a membership sought or a group founded together is a membership, not a partnership: "the
                             # application for NATO membership, lodged together with Finland", "together with A and B,
                             # it formed the X grouping"
                             r"|\bappl(?:ied|ications?)\s+(?:for|to)\b|\baccession\b|"
                             r"\b(?:formed|founded|co-?founded|created)\s+(?:the\s+|a\s+)?[^,;]{0,30}?\b(?:grouping|group|bloc|"
                             r"organi[sz]ation|alliance|union|community)\b")
# A time between two partners is no topic nor place: "with Europol under an agreement signed in 2014 and with Interpol".
DATED = re.compile(rf"\b(?:in|since|from|until)\s+(?:{cues.MONTH}\s+)?{cues.YEAR}\b")


COUNTERPARTS_IN = re.compile(r"\s+(?:its|their|the)\s+(?:(?:\ue000\d+\ue001|[\w-]+)\s+){0,3}?counterparts?\s+(?:in|from|of)\s+"
                             r"(?:the\s+)?(?=\ue000)")


def _framing(context: SentenceContext, start: int, mention: Mention) -> bool:
    """Whether a listed name is only a place, topic or frame of the others: "… and, within NATO, the United States",
    "cooperates with Spain on critical infrastructure"."""
    before = DATED.sub(" ", SLOT_RE.sub(" ", context.masked[start:context.mention_at(_index(context, mention))]))
    # (what follows the last "with" decides: "cooperates on cybercrime with Interpol" names a partner)
    return bool(NOT_A_PARTY.search(re.split(r"\bwith\s", before)[-1][-40:]))


HELD_IN = re.compile(rf"\s+(?:took\s+place|(?:was|were)\s+(?:first\s+)?held)\s+in\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})")
# A capital right after the cooperation's "with" stands for its government ("an annual cyber consultation with
# Washington"); elsewhere a capital is a place ("a conference in Tallinn").
CAPITAL_PARTNER = re.compile(rf"\s*(?P<capital>{SLOT})(?=\s*(?:[,.;]|$|\s+(?:and|took|was|were|has|have|is|are|since|in|on|"
                             rf"meets?|met|began|started)\b))")


def _partners(context: SentenceContext, subject: str, start: int, end: int) -> list[Mention]:
    """The partners a cooperation trigger lists: its items, not a place or a topic ("… in Singapore")."""
    own_through = context.through.key if context.through else ""
    counterparts = COUNTERPARTS_IN.match(context.masked, start)
    if counterparts:  # "with its Five Eyes counterparts in Australia, Canada and the UK": the states named after
        return _unique([m for m, _ in _run_of_items(context, counterparts.end(), end) if not _own(context, subject, m)])
    found = [m for m, _ in context.list_items(start, end) if not _own(context, subject, m) and m.key != own_through
             and not _possessor(context, m)
             and not (m.kind == "state" and _modifier(context, m))
             and not _framing(context, start, m)]
    capital = CAPITAL_PARTNER.match(context.masked, start)
    if capital is not None and context.view.slot(capital.group("capital")).form == "capital" and \
            not _own(context, subject, context.view.slot(capital.group("capital"))):
        found = [context.view.slot(capital.group("capital"))] + found  # "a dialogue with Washington": its state
    if not found and VAGUE.match(context.masked[start:]):
        found = [m for m in context.mentions_between(end, len(context.masked), ("org",))
                 if not _own(context, subject, m)]
    return _unique(found)


MERGE_HINT = re.compile(r"merg|absorb|incorporat|integrat|folded|took over|taken over|subsum|amalgam|consolidat|successor|"
                        r"replac|supersed|succeed|part of|transferred|fusion|fusing|combin|bringing together|taking over|turn|transform|"
                        r"convert|reorgani|restructur|upgrad")
# "It absorbed A, B and C", "CSA took over SingCERT", "X replaced A", "X absorbed in 2025 the functions of A": the
# subject is the successor, the list what merged into it.
ABSORBED = re.compile(rf"\b(?:absorbed|took over|subsumed|incorporated|integrated|merged|replaced|superseded|succeeded|"
                      # "X was created in 2016, absorbing A, B and C": the participle's subject is the clause's
                      rf"(?:(?<=,\s)|(?<=\band\s))(?:absorbing|taking over|subsuming|incorporating|replacing|superseding|succeeding))"
                      rf"\s+(?:in\s+{cues.YEAR}\s+)?(?:both\s+)?(?:(?:the|its)\s+)?(?:(?:[\w-]+\s+){{0,3}}?(?:functions|"
                      rf"responsibilities|tasks|duties|staff|units?|teams?|mandates?)\s+of\s+(?:the\s+)?)?"
                      rf"(?:(?:former|erstwhile|defunct|now-defunct)\s+)?"
                      # ("absorbed the national computer emergency response team, CERT-SA,": a description, then the name)
                      rf"(?:(?:[a-z][\w-]*\s+){{1,5}}?(?:team|centre|center|agency|office|unit|directorate),\s+|"
                      # ("took over the national Computer Security Incident Response Team, Rw-CSIRT,": the kind, named
                      # as a name, then the body's own name)
                      rf"(?:national|governmental|government)\s+\ue000\d+\ue001,\s+(?=\ue000\d+\ue001\s*(?:,|$|\.|\s+in\s))|"
                      # ("absorbed its predecessor, the X": the name after the word for it)
                      rf"(?<=\bits\s)predecessors?,\s+(?:the\s+)?)?(?=\ue000)")
SUBJECT_RIGHT_BEFORE = re.compile(rf"(?P<s>{SLOT})(?:\s*\([^()]*\))?\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|itself\s+)?$")
# "X oversees A, which it absorbed from B in 2022", "A, which the agency took over in 2019": an object relative names
# what the clause's subject (or the named body) absorbed.
WHICH_IT_ABSORBED = re.compile(rf"(?P<merged>{SLOT})(?:\s*\([^()]*\))?,\s+(?:which|that)\s+(?:it|(?:the\s+)?(?P<succ>{SLOT}))\s+"
                               r"(?:later\s+|then\s+|also\s+)?(?:absorbed|took\s+over|incorporated|integrated|subsumed)\b")
# "X, formed in 2013 through the merger of A, B and C", "the merger of A and B into X": the merged list.
SUCCESSOR_TO = re.compile(rf"(?P<successor>{SLOT})(?:\s*\([^()]*\))?,\s+(?:the|its)\s+successor\s+(?:to|of)\s+(?:the\s+)?"
                          rf"(?P<merged>{SLOT})")
MERGER_OF = re.compile(r"\b(?:merg(?:er|ing)|amalgamation|fusion|consolidation|combination)\s+of\s+(?:the\s+)?(?=\ue000)|"
                       # "the decree turned A into X", "transforming A into X": the successor after "into" only
                       r"\b(?P<turn>turn(?:ed|s|ing)?|transform(?:ed|s|ing)?|convert(?:ed|s|ing)?|reorgani[sz](?:ed|es|ing)?|"
                       r"restructur(?:ed|es|ing)|upgrad(?:ed|es|ing))\s+(?:the\s+)?(?=\ue000)|"
                       # "X was formed in 2018 by merging A and B", "the law created X by combining A with B"
                       r"\b(?:by|through)\s+(?:merging|combining|amalgamating|fusing|consolidating|bringing\s+together)"
                       r"\s+(?:the\s+)?(?=\ue000)")
# A body a participle right after it says was created by the merger: "…, X (XA), created in July 2009 by merging …".
CREATED_PARTICIPLE_BEFORE = re.compile(r"\ue000(\d+)\ue001(?:\s*\([^()]*\))?\s*,\s*(?:\w+ly\s+)?(?:created|formed|"
                                       r"established|set up|founded|born)\b[^,;\ue000]{0,40}$")
# "X, into which A (and B) was merged in 2015", "X, which opened in 2019 and into which A was merged": the relative
# clause names what merged into X.
INTO_WHICH = re.compile(rf"(?P<successor>{SLOT})(?:\s*\([^()]*\))?(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?{cues.YEAR})?,\s+(?:(?:which|that)\s+[^;]{{0,150}}?,?\s+and\s+)?"
                        r"into\s+which\s+(?:both\s+)?(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?)?(?=\ue000)")
MERGED_AFTER_WHICH = re.compile(r"(?:\s*\([^()]*\))?(?:,[^,;]{0,60},)?\s+(?:was|were|has been|have been|had been)\s+"
                                r"(?:\w+ly\s+|later\s+|then\s+|also\s+)?(?:merged|folded|absorbed|integrated|incorporated|"
                                r"subsumed|consolidated|amalgamated|transferred)\b[^,;.]*")
# "A, whose staff and functions were transferred to C in 2013": A went into C, as "A was dissolved and its functions
# transferred to C" above.
MOVED_PARTS = r"(?:functions|staff|responsibilities|tasks|mandate|powers|personnel|duties)"
WHOSE_MOVED = re.compile(rf"(?P<merged>{SLOT})(?:\s*\([^()]*\))?,\s+whose\s+(?:[\w-]+\s+)?{MOVED_PARTS}(?:,?\s+(?:and\s+)?"
                         rf"(?:[\w-]+\s+)?{MOVED_PARTS})*\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                         rf"(?:transferred|passed|handed\s+over|moved)\s+(?:in\s+{cues.YEAR}\s+)?(?:to|into)\s+{NEW_BODY}"
                         rf"(?P<succ>{SLOT})")
COMBINED_WITH = re.compile(rf"(?:\s*\([^()]*\))?\s+with\s+(?:the\s+)?{SLOT}")
# ("turned A into the core of a new X": the part A became names X)
INTO_AFTER = re.compile(rf"(?:[^;\ue000]{{0,40}}?|,[^;]{{0,200}}?,\s+)\binto\s+(?:the\s+(?:core|nucleus|heart|backbone|basis)\s+of\s+)?{NEW_BODY}{SLOT}")


INCLUDING = re.compile(r",?\s+(?:including|among them|together with)\s+(?=(?:the\s+)?\ue000)")


# A number of bodies referred back to: "the two bodies", "both agencies", "the three units".
COUNTED_BODIES = re.compile(r"\b(?:[Tt]he\s+(?P<n>two|three|four)|[Bb]oth(?:\s+of\s+the)?|[Bb]oth\s+the)\s+(?:bodies|agencies|"
                            r"institutions|units|organi[sz]ations|entities|teams|centres|centers|offices|authorities)\s+"
                            r"(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:\w+ly\s+)?$")
COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
# Where a body was put, not a body itself: "set up the X in the Prime Minister's Office", "a unit within the Ministry".
HOST_BEFORE = re.compile(r"\b(?:in|within|inside|under|attached\s+to)\s+the\s+$")


def _only_a_host(entity: Entity, text: str) -> bool:
    """Whether the text names the body only as where another was put ("… the X in the Prime Minister's Office"): the
    bodies "the two bodies" stands for are the ones the text set up or named for themselves."""
    spans = [m.start() for name in {entity.label, entity.acronym, *entity.names} if name
             for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(spans) and all(HOST_BEFORE.search(text, max(0, at - 30), at) for at in spans)


# The merged body referred back to right before the verb: "…; in 2020 it was absorbed into C", "…; that ministry was
# merged into C", "…, and the team was transferred into C".
ANAPHOR_MERGED = re.compile(r"(?:^|[;,]\s*|\b(?:and|but|then)\s+)(?:(?:in|on|by|after|following)\s+[^,;\ue000]{1,40}?,?\s+)?"
                            r"(?:(?P<it>[Ii]t)|(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?P<head>ministry|agency|team|centre|center|unit|office|"
                            r"directorate|authority|command|council|department|service|CERT|CSIRT|CIRT))\s+"
                            r"(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:itself|also|later|then|\w+ly)\s+)*$")
TEAM_WORDS = {"team": CDO.CERT, "cert": CDO.CERT, "csirt": CDO.CERT, "cirt": CDO.CERT}


def _anaphor_merged(context: SentenceContext, start: int, trigger: int) -> list[Mention]:
    """The body a pronoun or "that ministry" subject of a merger stands for: for "it" (or no subject, "A was set up in
    2004 and was transferred to C"), the subject of the clause before in the same sentence; for a head word, the last body named before whose name holds it (a "team" is a CERT)."""
    anaphor = ANAPHOR_MERGED.search(context.masked[start:trigger])
    elided = not context.masked[start:trigger].strip() and re.search(r"\band\s+$", context.masked[max(0, start - 8):start])
    if anaphor is None and not elided:
        return []
    if elided or anaphor.group("it"):
        if not elided and start < 2 and re.fullmatch(r"\s*It\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:\w+ly\s+)?",
                                                     context.masked[:trigger]):  # "It was transferred into X in 2021." opening its sentence: the body the
            # sentence before ended on, when that is a state body
            found = _opening_body(context)
            return [found] if found is not None else []
        if start <= context.intro_end or start < 2:
            return []
        before_start, before_end = context.clause_of(start - 2)
        subject = context.clause_subject(before_start, before_end)
        return [subject] if subject is not None and subject.kind == "org" and subject.key else []
    head = anaphor.group("head").lower()
    if head in TEAM_WORDS:
        here = [m for m in context.mentions_between(0, start + anaphor.start("head"), ("org",))]
        for key in [m.key for m in reversed(here)] + list(reversed(context.recent_orgs)):
            entity = context.gazetteer.entities.get(key)
            if entity is not None and entity.cls == TEAM_WORDS[head]:
                return [Mention(0, 0, key, "coref", "org")]
        return []
    found = _last_with_head(context, head, start + anaphor.start("head"))
    return [found] if found is not None else []


# A body, then where it is attached, right before another: "the X, attached to (within, under) the Y".
ATTACHED_TO_BEFORE = re.compile(r"\ue000(\d+)\ue001(?:\s*\([^()]*\))?\s*,\s*(?:attached|subordinate|reporting)\s+to\s+"
                                r"(?:the\s+)?$")


def _opening_body(context: SentenceContext) -> Mention | None:
    """The state body the sentence before opens with, as its subject ("The X (XA) was formed in 2020 from …"), else
    None: the body named first there, within its first words, of those named lately."""
    previous = context.preceding.rstrip().rstrip(".")
    previous = previous[previous.rfind(". ") + 1:]
    best = None
    for key in set(context.recent_orgs):
        entity = context.gazetteer.entities.get(key)
        if entity is None or entity.cls not in (CDO.GovernmentAgency, CDO.CERT):
            continue
        for name in (entity.label, entity.acronym, *entity.names):
            found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", previous) if name else None
            if found and (best is None or found.start() < best[0]):
                best = (found.start(), key)
    return Mention(0, 0, best[1], "coref", "org") if best is not None and \
        re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}\(?", previous[:best[0]]) else None


def _counted_bodies(context: SentenceContext, start: int, trigger: int) -> list[Mention]:
    """The bodies "the two bodies" stands for: the last so many state bodies named before, here or in the sentences
    before (none when fewer were named)."""
    counted = COUNTED_BODIES.search(context.masked, start, trigger)
    if counted is None:
        return []
    number = COUNT_WORDS.get((counted.group("n") or "two").lower(), 2)
    here = [m.key for m in context.mentions_between(0, counted.start(), ("org",))]
    successors = {m.key for m in context.mentions_between(trigger, len(context.masked), ("org",))}
    keys: list[str] = []
    for key in reversed(list(context.recent_orgs) + here):
        entity = context.gazetteer.entities.get(key)
        if entity is not None and entity.cls in (CDO.GovernmentAgency, CDO.CERT) and key not in keys and \
                key not in successors and not _only_a_host(entity, context.preceding + context.masked[:counted.start()]):
            keys.append(key)
        if len(keys) == number:
            break
    return [Mention(0, 0, key, "coref", "org") for key in reversed(keys)] if len(keys) == number else []


def mergers(context: SentenceContext) -> list[Finding]:
    """Mergers, the merged body first or the successor first: "A and B were merged into C", "A merged with C",
    "A was absorbed (replaced, taken over) by the new C", "A became part of C", "C absorbed A, B and D", "C, formed
    through the merger of A and B", "the merger of A and B into C"; each body of a list, dated by the clause."""
    findings = []
    if not may_match(MERGE_HINT, context.masked) or not MERGE_HINT.search(context.masked):
        return findings
    for match in MERGE.finditer(context.masked):
        start, end = context.clause_of(match.start())
        merged = _list_before(context, max(start, context.intro_end if start <= context.intro_end else start),
                              match.start())
        and_which = AND_WHICH_BEFORE.search(context.masked, max(0, match.start() - 240), match.start()) \
            if not match.group("it") else None
        if and_which:  # "A, which B launched in 2011 and which was transferred in 2023 into C": A, from the verb on
            findings += _merged(context, [context.view.slot(and_which.group("body"))], context.view.slot(
                match.group()[match.group().rfind("\ue000"):]) if not match.group("head") and not match.group("its")
                else None, (match.start(), end), match.start())
            continue
        if not merged and start > context.intro_end + 2 and re.match(r"\s*\ue000\d+\ue001(?:\s*\([^()]*\))?\s*,\s*(?:\w+ly\s+)?"
                                                                 r"(?:was|were|has|have|had)\b", context.masked[start:]):
            # ("A and the governmental CERT, B, were transferred to C": the name after its kind opens no clause)
            merged = _list_before(context, context.clause_of(start - 2)[0], match.start())
        if not merged:  # "A, set up in 2000 at B, was transferred to C": the body the clause between commas is about
            aside = APPOSITIVE_BEFORE.search(context.masked, context.intro_end, match.start())
            merged = _list_before(context, min(start, context.clause_of(aside.start())[0]), aside.end("body")) \
                if aside else []
        if not merged:  # "The two bodies were merged into C": the last two bodies named before
            merged = _counted_bodies(context, start, match.start())
        if not merged and not match.group("it"):  # "in 2020 it was absorbed into C", "that ministry was merged into C"
            merged = _anaphor_merged(context, start, match.start())
        relative = RELATIVE_MERGED.search(context.masked, max(0, match.start() - 80), match.start()) \
            if not merged and match.group("it") else None
        if relative:  # "X was formed on the basis of the former A, which was merged into it": A went into X, the
            # clause's subject
            merged = [context.view.mentions[int(relative.group(1))]]
            main_start = context.clause_of(max(0, relative.start() - 1))[0]
            successor = context.clause_subject(main_start, relative.start())
            opening = re.match(rf"\s*(?:[Tt]he\s+)?({SLOT})(?:\s*\([^()]*\))?\s*,\s*(?:\w+ly\s+)?(?:created|formed|"
                               r"established|set up|founded|launched)\b", context.masked[main_start:relative.start()]) \
                if successor is None else None
            if opening:  # "The X, created in 2016 to take over the functions of A, which was merged into it": X
                successor = context.view.slot(opening.group(1))
            if successor is not None and merged[0].kind == "org":
                findings += _merged(context, merged, successor, (main_start, end), match.start(),
                                    successor_first=opening is not None)
            continue
        if match.group("its"):  # "X was created in 2021, when A was merged into its Operations Directorate": X's unit
            successor = _owner_before(context, start, merged)
        elif match.group("it"):  # "since the Federal Police was merged into it": the last body named before (but
            # "X, established within Y in 2014, when A was folded into it": X, the body the participle made)
            successor = _created_before_when(context, start) or \
                _last_org_before(context, context.mention_at(_index(context, merged[0])) if merged else start)
            attached = ATTACHED_TO_BEFORE.search(context.masked[:context.mention_at(_index(context, successor))]) \
                if successor is not None and successor in context.view.mentions else None
            if attached:  # "set up X, attached to Y, …, and A was transferred to it": X, not where X is attached
                successor = context.view.mentions[int(attached.group(1))]
        elif match.group("head"):  # "… was transferred into the new agency": the last agency named before
            successor = _last_with_head(context, match.group("head"), context.mention_at(_index(context, merged[0]))
                                        if merged else start)
        else:
            successor = context.view.slot(match.group()[match.group().rfind("\ue000"):])
            into = WITH_INTO.match(context.masked, match.end())
            if into and "with" in match.group():
                merged, successor = merged + [successor], context.view.mentions[int(into.group(1))]
        findings += _merged(context, merged, successor, (start, end), match.start())
    for match in ABSORBED.finditer(context.masked):
        start, end = context.clause_of(match.start())
        if re.search(r"\b(?:was|were|been|be|being)\s+(?:\w+ly\s+)?$", context.masked[start:match.start()]):
            continue  # "A was absorbed by X" is read above
        relative = re.match(r",?\s*which\b", context.masked[start:])  # "X, created in 2005, which absorbed A"
        successor = _last_org_before(context, start) if relative else _successor_of(context, start, end, match.start())
        second = AND_WHICH_ABSORBED.search(context.masked, max(0, match.start() - 200), match.start())
        if second:  # "X, which reports to Y and which, in 2023, absorbed A": X, whom both relatives are about
            successor, relative = context.view.slot(second.group("body")), True
        right_before = SUBJECT_RIGHT_BEFORE.search(context.masked, start, match.start())
        if right_before and not relative and not re.match(r"\w+ing\b", match.group()):
            nearest = context.view.slot(right_before.group("s"))
            if nearest.kind == "org" and not re.search(r"(?:['’]s?|\bof(?:\s+the)?)\s*$", context.masked[
                    max(start, right_before.start() - 8):right_before.start()]):
                successor = nearest  # "A was closed in 2018, and the X absorbed B": X, the verb's own subject
                joined = list(re.finditer(r",\s*(?:and|but|while|whereas)\s+", context.masked[start:right_before.start()]))
                if joined:  # (what comes before the ", and" is another clause, with its own time)
                    start = start + joined[-1].end()
        if re.match(r"\w+ing\b", match.group()):  # "… formed the X Directorate, taking over A": the body nearest before
            nearest = context.mentions_between(start, match.start(), ("org",))
            successor = nearest[-1] if nearest else successor
        merged = [m for m in _listed_orgs(context, match.end(), end) if not re.search(
            r"\ue001(?:\s*\([^()]*\))?\s+of\s+(?:the\s+)?$", context.masked[:context.mention_at(_index(context, m))])]
        # ("incorporated the X of the Ministry of Y": the ministry is X's owner, not merged)
        including = INCLUDING.search(context.masked, match.end(), end)
        if merged and including:  # "absorbed A and B, including C": C went with them
            merged += _listed_orgs(context, including.end(), end)
        findings += _merged(context, merged, successor, (start, end), match.start(), successor_first=True)
    for match in WHICH_IT_ABSORBED.finditer(context.masked):  # "oversees A, which it absorbed from B in 2022"
        merged = context.view.slot(match.group("merged"))
        start, end = context.clause_of(match.start("merged"))
        successor = context.view.slot(match.group("succ")) if match.group("succ") else \
            context.clause_subject(start, end)
        if successor is not None and merged.kind == "org":
            findings += _merged(context, [merged], successor, (match.end("merged"), context.clause_of(match.end())[1]))
    for match in WHOSE_MOVED.finditer(context.masked):  # "A, whose staff were transferred to C in 2013"
        clause_end = context.clause_of(match.end("succ"))[1]
        findings += _merged(context, [context.view.slot(match.group("merged"))], context.view.slot(match.group("succ")),
                            (match.end("merged"), clause_end), match.end("merged"))
    for match in SUCCESSOR_TO.finditer(context.masked):  # "X, the successor to A, …"
        start, end = context.clause_of(match.start())
        successor, merged = (context.view.slot(match.group(g)) for g in ("successor", "merged"))
        findings += _merged(context, [merged], successor, (start, len(context.masked)))
    for match in INTO_WHICH.finditer(context.masked):
        merged = _listed_orgs(context, match.end(), len(context.masked))
        if not merged:
            continue
        last = _index(context, merged[-1])
        verb = MERGED_AFTER_WHICH.match(context.masked, context.mention_at(last) + len(str(last)) + 2)
        if verb:
            findings += _merged(context, merged, context.view.slot(match.group("successor")),
                                (match.end("successor"), verb.end()), verb.start())
    for match in MERGER_OF.finditer(context.masked):
        start, end = context.clause_of(match.start())
        merged = _listed_orgs(context, match.end(), len(context.masked))
        if not merged:
            continue
        last = _index(context, merged[-1])
        tail = context.mention_at(last) + len(str(last)) + 2
        joined = COMBINED_WITH.match(context.masked, tail) if match.group().startswith(("by", "through")) else None
        if joined:  # "by combining A with B"
            merged.append(context.view.mentions[int(joined.group(1))])
            last = _index(context, merged[-1])
            tail = context.mention_at(last) + len(str(last)) + 2
        into = INTO_AFTER.match(context.masked, tail)
        if match.group("turn") and (into is None or len(merged) > 1):
            continue  # "turned the agency into a regulator" needs "into" a body right after the one turned
        relative = re.match(r",?\s*which\b", context.masked[start:])  # "X, which was formed by merging A and B"
        successor = context.view.mentions[int(into.group(1))] if into else _last_org_before(context, start) \
            if relative else _successor_of(context, start, end, match.start())
        created = CREATED_PARTICIPLE_BEFORE.search(context.masked, max(0, match.start() - 90), match.start()) \
            if not into and not relative and not match.group("turn") else None
        if created:  # "the ministry oversees X, created in 2009 by merging A and B": X is the one created
            successor = context.view.mentions[int(created.group(1))]
        # ("repealed the 2004 law and turned A into X": what else the clause ends is not the turn's)
        if into is not None and into.group().startswith(","):  # "turned A, founded in 2006 under B, into X": what
            # the aside tells of A's past does not date the turn, what follows it does
            start = max(start, tail + into.group().rfind(",", 0, into.group().rfind("into")))
        findings += _merged(context, merged, successor, (start, end),
                            status_from=match.start() if match.group("turn") else -1)
    # ("C absorbed A, whose staff were transferred to C in 2013": one move, read twice, dated once)
    dated = {(f.fact.subject, f.fact.object) for f in findings if f.fact.year}
    return [f for f in findings if f.fact.year or (f.fact.subject, f.fact.object) not in dated]


def _owner_before(context: SentenceContext, start: int, merged: list[Mention]) -> Mention | None:
    """Whose unit "its"/"their" names in a merger: the subject of the clause before a "when" clause, else the last body
    named before the merged ones."""
    when = _when_clause(context, start)
    if when is not None:
        main_start, main_end = context.clause_of(max(0, when - 1))
        subject = context.clause_subject(main_start, main_end)
        if subject is not None and subject.kind == "org":
            return subject
        return None
    return _last_org_before(context, context.mention_at(_index(context, merged[0])) if merged else start)


def _list_before(context: SentenceContext, start: int, end: int) -> list[Mention]:
    """The organisations of the list that ends right before ``end`` ("since the Federal Police was merged": not the
    bodies named earlier in the clause), modifiers left out."""
    items = [m for m, _ in context.list_items(start, end, ("org",))]
    run: list[Mention] = []
    gaps: list[str] = []
    for mention in reversed(items):
        index = _index(context, mention)
        tail = context.mention_at(index) + len(str(index)) + 2
        following = context.mention_at(_index(context, run[-1])) if run else end
        gap = re.sub(r"\s*\([^()]*\)|,[^,;]{0,60},", " ", context.masked[tail:following])
        if run:  # "A and the governmental CERT, B, were …": B's kind before its name is no gap in the list
            gap = re.sub(r"(?<=\bthe\s)(?:[a-z][\w-]*\s+){1,3}(?:[A-Z]{2,}[\w-]*|[a-z][\w-]*),\s*$", "", gap)
        if not run and re.fullmatch(r"\s*,\s*", gap) and re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?"
                                                                  r"[\w-]+,\s*(?:the\s+)?$", context.masked[start:context.mention_at(index)]):
            gap = " "  # "The national CERT, X, was merged into …": the name set off by commas is the subject
        if run and not LIST_GAP.fullmatch(gap) or not run and re.search(
                r"[,;]|\b(?:by|since(?!\s+(?:been|was|were)\b)|after|when|with|from)\b", gap):
            # (an adverb "since" is no time: "A has since been folded into X")
            break
        run.append(mention)
        gaps.append(gap)
    if len(run) == 2 and re.fullmatch(r"\s*,\s*", gaps[1]) and re.search(
            r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?$", context.masked[start:context.mention_at(_index(context, run[1]))]):
        run = run[:1]  # "The national Computer Emergency Response Team, CERT-KW, was …": a description, then its name
    return [m for m in reversed(run) if not _modifier(context, m)]


def _successor_of(context: SentenceContext, start: int, end: int, trigger: int) -> Mention | None:
    """The successor a clause's subject names ("It" is the last organisation named), or the organisation just
    before the trigger's participle ("X, formed in 2013 through the merger of …")."""
    successor = context.clause_subject(start, end)
    anaphor = ANAPHORIC_SUCCESSOR.match(context.masked, max(start, context.intro_end)) if successor is None else None
    if anaphor is not None:
        subject = context.subject if context.subject is not None and context.subject.kind == "org" and \
            context.subject.key and context.subject in context.view.mentions and \
            context.mention_at(context.view.mentions.index(context.subject)) < start else None
        if anaphor.group("it") and subject is not None:
            return subject  # "The NCA, created in 2017, is the regulator; at its creation it absorbed A": the NCA
        # "The centre absorbed A": the last body named whose name has that head word; "Since 2025 it has also
        # incorporated A" after a sentence that opened with "The centre …": the same body
        previous = context.preceding.rstrip().rstrip(".")
        opening = re.match(r"\s*(?:[A-Z][^,;]{0,40},\s+)?[Tt]he\s+(?P<head>" + ANAPHOR_HEADS + r")\s",
                           previous[previous.rfind(". ") + 1:]) if anaphor.group("it") else None
        head = anaphor.group("head") or (opening.group("head") if opening else "")
        named = _last_with_head(context, head, start) if head else None
        if named is not None:
            return named
    if successor is None and re.match(rf"\s*,?\s*(?:(?:and|then)\s+)?(?:(?:in|by|from)\s+(?:[A-Z][a-z]+\s+)?{cues.YEAR},?\s+)?"
                                      r"(?:It|it)\s+", context.masked[max(start, context.intro_end):]):
        # ("…, and in 2012 it absorbed A"): a subject "it" goes on from the sentence's subject when that is a body
        # ("The X, created within the Y, …; it has absorbed A": X's), else it is the last body named
        subject = context.subject if context.subject is not None and context.subject.kind == "org" and \
            context.subject.key and context.subject in context.view.mentions else None
        successor = subject if subject is not None and context.mention_at(context.view.mentions.index(subject)) < start \
            else _last_org_before(context, start)
    if successor is None and start > 0 and re.match(
            r"\s*,?\s*(?:(?:and|then|but)\s+)?(?:later\s+|then\s+|also\s+|\w+ly\s+)?(?:absorbed|took over|subsumed|"
            r"incorporated|integrated|replaced|superseded|succeeded)\b", context.masked[start:end]) and re.search(
            r"\b(?:and|then|but)\s+(?:later\s+|then\s+|also\s+|\w+ly\s+)?$", context.masked[max(0, start - 20):start] +
            re.match(r"\s*,?\s*(?:(?:and|then|but)\s+)?(?:later\s+|then\s+|also\s+|\w+ly\s+)?", context.masked[start:end]).group()):
        # "X was set up in 2022 and absorbed A": the subject of the clause the "and" goes on from
        previous = context.clause_of(start - 1)
        successor = context.clause_subject(*previous) if previous != (start, end) else None
    if successor is None or successor.kind != "org":
        before = [m for m in context.mentions_between(start, trigger, ("org",)) if not _modifier(context, m)]
        successor = before[0] if before else successor
    return successor


# A successor named by an anaphor at the head of its clause: "The centre absorbed A", "at its creation it absorbed A",
# "Since 1 January 2025 it has also incorporated A".
ANAPHOR_HEADS = r"(?:centre|center|agency|authority|directorate|office|bureau|command|council|service)"
ANAPHORIC_SUCCESSOR = re.compile(
    rf"\s*[,;]?\s*(?:(?:and|then)\s+)?(?:(?:[Ii]n|[Bb]y|[Ff]rom|[Ss]ince)\s+(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?{cues.YEAR},?\s+|"
    rf"[Aa]t\s+its\s+(?:creation|launch|inception|founding|establishment),?\s+)?"
    rf"(?:(?P<it>[Ii]t)|[Tt]he\s+(?P<head>{ANAPHOR_HEADS}))\s+(?:has\s+|had\s+)?(?:also\s+|later\s+|then\s+|\w+ly\s+)?"
    r"(?:absorbed|took\s+over|subsumed|incorporated|integrated)\b")


def _last_with_head(context: SentenceContext, head: str, position: int) -> Mention | None:
    """The last body named (here, then in the paragraph before) whose name ends in, or holds, the head word."""
    word = {"center": "centre"}.get(head.lower(), head.lower())
    here = [m for m in context.mentions_between(0, position, ("org",))]
    for key in [m.key for m in reversed(here)] + list(reversed(context.recent_orgs)):
        entity = context.gazetteer.entities.get(key)
        if entity is not None and re.search(rf"\b{word}\b", entity.label.lower().replace("center", "centre")):
            return Mention(0, 0, key, "coref", "org")
    return None


def _last_org_before(context: SentenceContext, position: int) -> Mention | None:
    """The organisation "it" stands for: the last named before ``position`` here, else in the sentences before."""
    found = [m for m in context.mentions_between(0, position, ("org",))]
    if found:
        return found[-1]
    key = context.recent_orgs[-1] if context.recent_orgs else ""
    return Mention(0, 0, key, "coref", "org") if key else None


# ("A, set up within B in 2016, …", "A, which had operated within B since 2011, …": A's own past)
CREATED_APPOSITION = re.compile(r",\s*(?:\w+ly\s+)?(?:(?:which|that)\s+(?:had|has|was)\s+(?:been\s+)?(?:\w+ly\s+)?|"
                                # (a description before the participle: ", a police unit established in 2022,")
                                r"an?\s+(?:[\w-]+\s+){1,3}?)?"
                                r"(?:set up|created|established|founded|formed|launched|opened|operat(?:ed|ing)|housed|"
                                r"in\s+operation|active|operational)\s+"
                                r"(?:(?:in|on|since|within|under|at|inside|by)\s+[^,;]*)?,")


# An apposition or a relative clause that dates a membership, no cooperation: "A member of Interpol since 1980, X
# cooperates with …", "X, a member of Interpol since 1961, works with …", "works with Interpol, of which X has been a
# member since 1965, and with …".
MEMBER_APPOSITION = re.compile(r"(?:^|,)\s*(?:of\s+which\s+(?:\ue000\d+\ue001|it|the\s+country)\s+(?:has|had)\s+been\s+)?"
                               r"(?:[Aa]n?\s+)?(?:founding\s+|full\s+)?member\s+(?:of\s+[^,;]*?\s+)?since\s+[^,;]*(?:,|$)")


CREATED_LATER = re.compile(r"\b(?:set up|created|established|founded|formed|launched|opened)\s+(?:in|on|since)\s+"
                           r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}")


# A merger told in a "when" clause after a creation: "X was formally created in July 2021, when A was merged into it".
WHEN_CLAUSE = re.compile(r",\s*(?=when\s)")


# A body a participle right after it says was made, its clause running to a "when" clause: "X, established within Y
# in 2014, when A was folded into it".
CREATED_BEFORE_WHEN = re.compile(r"\ue000(\d+)\ue001(?:\s*\([^()]*\))?\s*,\s*(?:\w+ly\s+)?(?:created|formed|established|"
                                 r"set up|founded|launched)\b[^,;]{0,80}$")


def _created_before_when(context: SentenceContext, start: int) -> Mention | None:
    """The body made in the main clause before a "when" clause at ``start`` ("X, created in 2014, when …"), else None."""
    when = _when_before(context, start)
    found = CREATED_BEFORE_WHEN.search(context.masked, max(0, when - 160), when) if when is not None else None
    return context.view.mentions[int(found.group(1))] if found else None


def _when_before(context: SentenceContext, start: int) -> int | None:
    """The offset of the comma before the "when" clause ``start`` lies in (no ";" between), else None."""
    whens = [w for w in re.finditer(r",\s*when\s", context.masked[:start + 6]) if ";" not in context.masked[w.end():start]]
    return whens[-1].start() if whens else None


def _when_clause(context: SentenceContext, start: int) -> int | None:
    """The offset of the comma before a clause that opens with "when" at (or just before) ``start``, else None."""
    found = None
    for found in WHEN_CLAUSE.finditer(context.masked, max(0, start - 8), start + 6):
        pass
    return found.start() if found is not None and found.end() >= start - 1 else None
CREATED_YEAR = re.compile(rf"\b(?:set up|created|established|founded|formed|launched|opened|inaugurated|stood up)\s+"
                          rf"(?:(?:within|under|inside|at)\s+[^,;]{{1,60}}?\s+)?(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\s*$")


def _merged(context: SentenceContext, merged: list[Mention], successor: Mention | None,
            clause: tuple[int, int], verb: int = -1, successor_first: bool = False, status_from: int = -1
            ) -> list[Finding]:
    told = (max(clause[0], status_from), clause[1])  # (where what the clause says of the merger starts)
    if successor is None or successor.kind != "org" or _ended(context, *told) or \
            cues.clause_status(context.masked[told[0]:told[1]], "") in ("negated", "Planned", "Proposed", "Draft"):
        return []  # "the merger of A into X was rejected", "A will be merged into X"
    start, end = clause
    text = context.masked[start:end]
    if verb > start and re.search(r"\b(?:later|subsequently|afterwards|eventually)\s+$", context.masked[max(start, verb - 20):verb]):
        text = context.masked[verb:end]  # "X was formed in 2018 and later took over A": 2018 is X's, not the merger's
    elif verb > start:  # "A, set up in 2018, was replaced by C in 2021": A's own creation does not date the merger
        # (the successor's own creation, "C, established in 2015, absorbed A", may date it)
        text = (context.masked[start:verb] if successor_first else CREATED_APPOSITION.sub(" ", context.masked[start:verb])) \
            + CREATED_LATER.sub(" ", context.masked[verb:end])  # "absorbed A, including B, set up in 2007"
    year = cues.clause_year(text) or cues.clause_year(context.masked[:context.intro_end]) or \
        next((w.year for w in cues.times(text, anchor=context.previous_year)), "")
    when = (_when_clause(context, start) or _when_before(context, start)) if not year else None
    if when is not None:  # "X was created in 2019, when A was merged into it": the merger is dated by X's creation
        main = CREATED_YEAR.search(SLOT_RE.sub(" ", context.masked[context.clause_of(max(0, when - 1))[0]:when]))
        year = main.group("year") if main else ""
    findings = []
    for m in _unique(merged):
        if m.kind != "org" or m.key == successor.key:
            continue
        before = context.view.text[max(0, m.start - 200):m.start]
        before = NAME_OPENING_PARENTHESIS.sub("", before)  # ("… of the X in Y (XY)": the acronym stands for the X)
        unit = UNIT_OF_BEFORE.search(before)
        if unit is None:
            findings.append(_finding(context, Fact("mergedInto", m.key, successor.key, year), "merger.merged"))
            continue
        # "the incident response unit of the X Agency (XA) was merged into C": the unit went, not the agency; it is
        # named as a reader names it, by its owner's short name ("XA incident response unit")
        owner = context.gazetteer.entities.get(m.key)
        if owner is None:
            continue
        label = f"{unit.group('named')} of the {owner.label}" if unit.group("named") else \
            f"{owner.acronym or owner.label} {unit.group('unit')}"
        state = owner.agency_of or context.state_of(m.key)
        scope = context.gazetteer.entities[state].slug if state in context.gazetteer.entities else ""
        entity = Entity(key=f"org/{scope + '/' if scope else ''}{slugify(label)}", label=label, kind="org",
                        cls=CDO.GovernmentAgency, part_of=m.key)
        finding = _finding(context, Fact("mergedInto", entity.key, successor.key, year), "merger.merged-unit")
        finding.entities.append(entity)
        findings.append(finding)
    return findings


NAME_OPENING_PARENTHESIS = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|for|and|in|on))*\s*\(\s*$")
# A lower-case part of a named body, before it: "the incident response unit of the X", "its cybercrime division of the Y"
UNIT_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?P<unit>(?:[a-z][\w-]*\s+){0,4}?(?:unit|division|department|"
                            r"directorate|team|section|branch|wing|cell|desk|service|centre|center)s?|"
                            # ("the Cyber Crime Wing of the X": a part with a name of its own, capitalised)
                            r"(?P<named>(?:[A-Z][\w-]*\s+){1,4}(?:Unit|Division|Department|Directorate|Team|Section|Branch|Wing|"
                            r"Cell|Desk)))\s+of\s+(?:the\s+)?$")


# --- agencies and CERTs of a state ---------------------------------------------------------------

CREATED = re.compile(
    r"\b(?:creat(?:ed|es|ing)|establish(?:ed|es|ing)|set up|form(?:ed|s)|found(?:ed|s)|launch(?:ed|es)|open(?:ed|s)|"
    # ("operational" as a predicate, "became operational in 2021", not an adjective: "an operational agreement")
    r"inaugurated|operational(?=\s+(?:in|on|since|from|by|at|as\s+of)\b|\s*[,.;)]|\s*$)|in operation|"
    r"(?:took|takes|given) (?:its|their) (?:present|current) name|renamed|"
    r"start(?:s|ed)? work|began work|came into being|stood up|dat(?:es|ed)\s+(?:back\s+)?(?:from|to)|"
    # "whose centre has operated since 2019", "has existed since 2015", "in existence since 2010"
    r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:operated|existed|functioned|worked|been\s+(?:active|running|operating))"
    r"(?=(?:\s+(?:within|inside|under|at|in|as\s+part\s+of)\s+(?:the\s+)?\ue000\d+\ue001)?\s+since\b)|"
    r"in existence(?=\s+since\b))\b"
)


def agencies(context: SentenceContext) -> list[Finding]:
    """A state's agencies and CERTs, with the year they were created and whether they exist yet.

    Every mention of a body discovered as an agency or CERT gives its state when that state is the
    paragraph's or the clause's actor (agencies of other states named as counterparts are theirs, not
    facts about this profile's state); "Through <agency>, <state> …" gives the agency to the state. The
    year is the one a creation word dates ("was created in July 2009", ", in operation since 2006"); a
    body that "will be established" or "will start work" is Planned.
    """
    findings = []
    for index, mention in enumerate(context.view.mentions):
        entity = context.gazetteer.entities.get(mention.key)
        if mention.kind != "org" or entity is None or entity.reference or entity.cls not in (CDO.GovernmentAgency,
                                                                                                  CDO.CERT) \
                or mention.form == "coref":
            continue  # "the police" refers to a body; where the body is named, it is asserted
        state, rule = _agency_state(context, mention, entity)
        if state and _foreign_in_passing(context, state):
            continue  # "Malta and the US held talks, and the US CISA trained Maltese staff": the US's body, named in passing
        if not state and entity.cls == CDO.GovernmentAgency and entity.agency_of in (context.topic, context.state) and \
                _runs_cyber_body(context, index):
            state, rule = entity.agency_of, "agency.runs-cyber"  # "CERT-X, run by the Y Office": Y has a cyber role
        if not state or VICTIM_BEFORE.search(context.masked, max(0, context.mention_at(index) - 60),
                                             context.mention_at(index)) or \
                VICTIM_AFTER.match(SLOT_RE.sub(" X ", context.masked[context.mention_at(index) + len(str(index)) + 2:])):
            continue  # "a breach of the State Intelligence Agency": a victim, no cyber role stated
        if _hit_or_denier(context, index):
            continue  # "the systems of the Ministry of Justice were encrypted", "reports of a leak were denied by the X"
        if ATTACKER_NAMED_BEFORE.search(context.masked, max(0, context.mention_at(index) - 60), context.mention_at(index)):
            continue  # 'a hacktivist group calling itself "X Cyber Team"': an attacker's name, no body of the state
        if THREAT_WORDS.search(context.masked) and SPONSOR_BEFORE.search(SLOT_RE.sub(" X ", context.masked[max(0, context.mention_at(index) - 90):
                                                                   context.mention_at(index)])):
            continue  # "APT31, a group linked to the Ministry of State Security": an attacker's sponsor, not this state's
        year, status = _agency_time(context, index)
        if status is None or _gone(context, index):
            continue
        if INTO_OWN_UNIT.search(context.masked, max(0, context.mention_at(index) - 60), context.mention_at(index)):
            continue  # "A was merged into their Component Command": a unit of the successor, named only by its head
        if _host_of_future_body(context, index):
            continue  # "a directorate inside the Ministry of the Interior is to be created": the host, no role stated
        if _donor_only(context, index):
            continue  # "the Ministry of Foreign Affairs has contributed NOK 60 million to the World Bank's fund": a donor
        if _creator_of_future_body(context, index):
            continue  # "a sectoral CERT will be created by the Ministry of Oil": named only as a future body's maker
        if _run_for_another_state(context, index):
            continue  # "India trains them through its ITEC programme, run by the Ministry of External Affairs": India's
        if _host_of_named_unit(context, index):
            continue  # "the X Police runs a Cybercrime Unit within its Criminal Investigation Department": the unit's
            # place in its owner, no body of its own the writers record (the unit is)
        if _not_the_states(context, index):
            continue  # "the X Centre, a consortium of university laboratories,", "researchers of the Y Institute": an
            # academic or private body the sentence itself sets apart from the state's
        if _earlier_name(context, index):
            continue  # "the X Agency, known until 2019 as the Y Office", "the Y Office was renamed the X Agency in 2023":
            # the Y Office is the same body under its old name; the body is recorded once, by the name it bears now
        confidence = Decimal("0.85") if rule == "agency.through" or not entity.extra.get("weak_state") else Decimal("0.7")
        findings.append(Finding(Fact("agencyOf", entity.key, state, year, status), confidence, rule))
    return findings


def _foreign_in_passing(context: SentenceContext, state: str) -> bool:
    """Whether an agency's state is another state than the one the document is about, in a sentence that names the
    document's own state (itself, its capital, its people or one of its bodies): a counterpart named in passing in a
    paragraph that turned to that state ("… and the US CISA has trained Maltese staff"), no fact of the profile."""
    home = context.home
    if not home or state == home or getattr(context.gazetteer.entities.get(home), "kind", "") != "state":
        return False
    return any(m.key and (m.key == home or context.state_of(m.key) == home) for m in context.view.mentions)


# A body that runs a CERT or a cyber unit has a cyber role, whatever its name: "CERT-X, run by the Y Office", "the Z
# Police runs a cybercrime unit in each region", "the Central Bank hosts the financial CSIRT".
RUN_BY_BEFORE = re.compile(r"\b(?:run|operated|hosted|managed|housed|overseen|coordinated|led|staffed)\s+(?:jointly\s+)?by\s+"
                           r"(?:the\s+)?$")
CYBER_BODY = r"(?:CERT|CSIRT|CIRT|SOC\b|[Cc]yber\w*|[Ss]ecurity\s+[Oo]perations\s+[Cc]ent(?:re|er)|[Ii]ncident\s+[Rr]esponse)"
# (an apposition may stand between the body and its verb: "the X, a company the state owns, hosts the CERT"; a
# relative "which" too; "has since 2021 run", "pays for courses given to CERT staff")
RUNS_AFTER = re.compile(r"(?:\s*\([^()]*\))?(?:,\s+(?:an?|the)\s+[^,;()]{3,80},)?(?:,\s+which)?\s+"
                        r"(?:also\s+|now\s+|itself\s+)?(?:(?:has|have)\s+(?:also\s+)?(?:since\s+\d{4}\s+|long\s+)?"
                        r"(?=run\b|operated\b|hosted\b|managed\b|funded\b|financed\b|set\s+up\b))?"
                        r"(?:runs|ran|run|operates|operated|hosts|hosted|houses|"
                        r"housed|manages|managed|oversees|oversaw|coordinates|coordinated|has\s+set\s+up|set\s+up|funds|funded|"
                        r"finances|financed|pays\s+for|paid\s+for)\s+"
                        r"(?:a|an|the|its|their|one|two|three|several)?\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+\s+(?:team|unit|centre|center),\s+)?"
                        rf"(?:{CYBER_BODY}|\ue000(?P<slot>\d+)\ue001)")


WHOSE_CYBER = re.compile(rf"(?:\s*\([^()]*\))?,\s+whose\s+(?:own\s+)?(?:\ue000\d+\ue001|(?:[\w-]+\s+){{0,2}}?{CYBER_BODY})")


def _runs_cyber_body(context: SentenceContext, index: int) -> bool:
    """Whether the clause says the body runs a CERT or a cyber unit: the agent of "run by" right after a CERT, or the
    subject of "runs/hosts/operates" a CERT or a cyber unit."""
    offset = context.mention_at(index)
    before = context.masked[max(0, offset - 60):offset]
    if RUN_BY_BEFORE.search(before):
        start = max(before.rfind(";"), before.rfind(":"))
        head = SLOT_RE.sub(lambda m: context.view.mentions[int(m.group(1))].text, before[start + 1:])
        entities = (context.gazetteer.entities.get(m.key) for m in context.mentions_between(
            max(0, offset - 60 + start + 1), offset, ("org",)))
        if any(e is not None and e.cls == CDO.CERT for e in entities) or re.search(CYBER_BODY, head):
            return True
    if WHOSE_CYBER.match(context.masked, offset + len(str(index)) + 2):
        return True  # "the X Service, whose Cyber Security Service was set up in 2021": it has a cyber unit
    issued = ISSUES_AFTER.match(context.masked, offset + len(str(index)) + 2)
    if issued is not None:  # "the Central Bank of X issued a Cyber Risk Regulation": it regulates cyber security
        document = context.view.mentions[int(issued.group("slot"))]
        body = context.gazetteer.entities.get(context.view.mentions[index].key)
        if document.kind == "document" and CYBER_NAMED.search(document.text) and body is not None and \
                not EXECUTIVE_NAME.search(body.label):
            return True  # (a cabinet adopting a strategy governs; it is not one of the state's cyber bodies)
    after = RUNS_AFTER.match(context.masked, offset + len(str(index)) + 2)
    if after is None:
        return False
    if after.group("slot") is None:
        return True
    slot = context.view.mentions[int(after.group("slot"))]
    if slot.kind == "initiative" and not slot.key:  # "runs a cyber training course": an unnamed programme
        return bool(CYBER_NAMED.search(slot.text))
    named = context.gazetteer.entities.get(slot.key)
    return named is not None and (named.cls == CDO.CERT or named.cls in (CDO.GovernmentAgency, CDO.CapacityBuildingProgramme)
                                  and bool(CYBER_NAMED.search(named.label)))  # "hosts the National Centre for
    # Information Security", "runs a cyber training course": a cyber body or programme


CYBER_NAMED = re.compile(r"[Cc]yber|[Ss]ecurity|C(?:ERT|SIRT|IRT)\b|[Ii]ncident")
# The state's government or legislature by name: "the Federal Council", "the Council of Ministers", "the Cabinet".
EXECUTIVE_NAME = re.compile(rf"^(?:(?:Federal|State|Supreme|Executive)\s+)?(?:Council(?:\s+of\s+(?:Ministers|State))?|"
                            rf"Cabinet|Government)$|\b{cues.LEGISLATURE}\b")
# A body that issues a text of its own, as its clause's subject: "the Central Bank of X, which issued a Cyber Security
# Regulation in 2018", "the Monetary Board adopted its Regulation on Cyber Risk", "applies its own Security Framework".
ISSUES_AFTER = re.compile(r"(?:\s*\([^()]*\))?(?:,\s+(?:an?|the)\s+[^,;()]{3,80},)?(?:,\s+which)?\s+(?:also\s+|itself\s+)?"
                          r"(?:(?:has|have|had)\s+(?:also\s+)?)?(?:issued?|issues|adopt(?:s|ed)?|publish(?:es|ed)?|"
                          r"impos(?:es|ed)|introduc(?:es|ed)|appl(?:ies|ied)|enforc(?:es|ed))\s+"
                          r"(?:(?:a|an|the|its|their)\s+)?(?:own\s+|new\s+|first\s+)?\ue000(?P<slot>\d+)\ue001")


INTO_OWN_UNIT = re.compile(r"\b(?:merged|folded|absorbed|integrated|incorporated|moved|transferred|placed)\s+into\s+"
                           r"(?:its|their)\s+(?:new\s+)?$")


# A body named as the one behind an attack or an attacker: "a group linked to the X", "attributed the intrusion to the
# X", "hackers working for the X" (another state's service, whatever the paragraph's state).
SPONSOR_BEFORE = re.compile(r"\b(?:linked|tied|affiliated|associated|connected|traced|blamed)\s+(?:\w+ly\s+)?(?:to|with|on)\s+"
                            r"(?:the\s+)?$|\b(?:backed|sponsored|directed|tasked)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?$|"
                            r"\b(?:on behalf of|working for|acting for|operating for|a front for)\s+(?:the\s+)?$|"
                            # (another state's body, by its possessor: "linked to Iran's Ministry of X")
                            r"\b(?:linked|tied|traced|blamed)\s+(?:\w+ly\s+)?(?:to|on)\s+X\s*['’]s?\s+$|"
                            r"\battribut\w*\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:X\s*['’]s?\s+)?$")


# In a sentence that tells an incident, a body named only by what of it was hit ("the systems of the X were encrypted",
# "websites, among them that of the X, were defaced", "the e-school register of the X") or as the one that denied the
# report of it ("reports of a leak were denied by the X", "a claim the X denied"): no cyber role of its own is stated.
INCIDENT_DEED = re.compile(r"\b(?:defaced|defacements?|encrypted|leak(?:s|ed)?|breach(?:es|ed)?|hack(?:s|ed)|compromised|"
                           r"crippled|paraly[sz]ed|disrupted|knocked\s+(?:out|offline)|taken\s+(?:down|offline)|stolen|stole|"
                           r"ransomware|DDoS|denial-of-service|intrusions?|cyber-?attacks?|attacks?)\b")
ASSET_OF_BEFORE = re.compile(r"\b(?:networks?|systems?|servers?|web\s?sites?|portals?|databases?|registers?|records|files|"
                             r"e-?mail\s+(?:systems?|servers?|accounts?)|accounts?|(?<=\s)that|those)\s+of\s+(?:the\s+)?$")
DENIED_BY_BEFORE = re.compile(r"\b(?:denied|dismissed|disputed|rejected)\s+by\s+(?:the\s+)?$|"
                              r"\b(?:an?|the)\s+(?:claim|report|allegation)s?\s+(?:that\s+)?(?:the\s+)?$")
SECURITY_NAMED = re.compile(r"[Ss]ecurity|[Cc]yber|[Ii]ntelligence|[Dd]efen[cs]e|C(?:ERT|SIRT|IRT)|[Pp]olice")
DENIED_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:\w+ly\s+)?(?:denied|dismissed|disputed|rejected)\b")


def _hit_or_denier(context: SentenceContext, index: int) -> bool:
    """Whether an incident sentence names a body only by what of it was hit, or as the one denying the report."""
    if not INCIDENT_DEED.search(context.view.text):
        return False
    offset = context.mention_at(index)
    before = context.masked[max(0, offset - 40):offset]
    if ASSET_OF_BEFORE.search(before):
        body = context.gazetteer.entities.get(context.view.mentions[index].key)
        # (a security or defence body hit keeps the role its name states: "penetrated the networks of the National
        # Security Agency")
        return body is None or not SECURITY_NAMED.search(body.label)
    denied = DENIED_BY_BEFORE.search(before)
    if denied is None:
        return False
    return denied.group(0).split()[0] in ("denied", "dismissed", "disputed", "rejected") or \
        DENIED_AFTER.match(context.masked, offset + len(str(index)) + 2) is not None


# A name an attacker gives itself: 'a hacktivist group calling itself "X Team"', "hackers who call themselves X", "the
# ransomware gang known as X".
ATTACKER_NAMED_BEFORE = re.compile(r"\b(?:(?:calling|call|calls|called)\s+(?:itself|themselves)|"
                                   r"(?:hacktivist|hacker|hacking|criminal|ransomware|cybercriminal|threat)\s+"
                                   r"(?:group|gang|collective|crew|actor)\s+(?:named|known\s+as|dubbed)?)\s*[\"“'‘]?\s*$")


THREAT_WORDS = re.compile(r"\b(?:attack\w*|hack\w*|intrusions?|APT\s?\d*|espionage|campaigns?|breach\w*|malware|"
                          r"ransomware|threat\s+actors?|spy\w*|sabotage|interference|disinformation|wiper|botnet)\b")


# A body named as what an incident hit: "a breach of the X Agency", "hackers targeted the Ministry of Y".
VICTIM_BEFORE = re.compile(r"\b(?:(?:breach|hack|attack|compromise|intrusion|infiltration|theft|leak|defacement|"
                           r"ransomware attack|DDoS attack|campaign)(?:es|s)?\s+(?:on|of|against|at)|targeted|hacked|breached|"
                           # ("a ransomware attack disrupted the systems of the X", "… crippled the servers of the Y")
                           r"compromised|attacked|infiltrated|defaced|hit|disrupted|crippled|paraly[sz]ed|disabled|"
                           r"took\s+down|knocked\s+out)\s+"
                           # (one of a list: "a campaign against the armed forces and the Ministry of Finance")
                           r"(?:the\s+)?(?:[\w-]+(?:\s+[\w-]+){0,2}\s+and\s+(?:the\s+)?)?(?:(?:networks?|systems?|servers?|"
                           r"web\s?sites?|portals?|databases?|e-?mail\s+(?:servers?|accounts?)|accounts?|data)\s+of\s+"
                           r"(?:the\s+)?)?$|"
                           # "a data breach exposed records of the X", "hackers leaked five terabytes of emails from the X"
                           r"\b(?:exposed|leaked|stole|stolen|exfiltrated|dumped|published|encrypted)\s+(?:[\w-]+\s+){0,5}?"
                           r"(?:records|data|documents|files|e-?mails|messages|correspondence)\s+(?:of|from|held\s+by)\s+"
                           r"(?:the\s+)?$")
# A body named as what an incident hit, as the clause's subject: "the Ministry of Health lost access to its data in an
# attack", "the X was paralysed by ransomware".
VICTIM_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:paralysed|paralyzed|"
                          r"crippled|breached|hacked|compromised|hit|defaced|disrupted|knocked\s+offline|taken\s+offline)\s+"
                          r"(?:by|in)\b|"
                          r"lost\s+(?:access\s+to|control\s+of)\b[^;]{0,80}?\b(?:attack|ransomware|breach|intrusion|hack)\w*)")


# "A national CSIRT (CSIRT Nacional) will be established within X", "a sectoral CERT for the energy sector will be
# set up", "A National Security Council, which will be established in …": a body announced, not yet there.
PLANNED_BODY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<np>(?:[\w-]+\s+){0,4}?(?:CSIRT|CERT|CIRT|[Aa]gency|[Cc]entre|[Cc]enter|[Uu]nit|[Ff]orce|"
    r"[Cc]ommand|[Cc]ouncil|[Aa]uthority|[Oo]ffice|[Dd]irectorate|[Bb]oard|(?<=[Cc]yber\s)(?:[Rr]ange|[Hh]ub|[Ll]aboratory)|"
    r"(?<=[Cc]ybersecurity\s)(?:[Rr]ange|[Hh]ub|[Ll]aboratory))(?:\s+\([^()]{1,40}\))?"
    r"(?:\s+(?:for|dedicated to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?)"
    # (where it will sit is no part of its name: "a cybersecurity directorate inside the Ministry of the Interior")
    r"(?P<host>\s+(?:inside|within|under|in|at|attached\s+to)\s+(?:the\s+)?(?:[A-Z][\w-]*|of|the|and|for)(?:\s+(?:[A-Z][\w-]*|of|"
    r"the|and|for))*)?"
    # (an apposition may say it was announced: "a CSIRT for ports, announced in the 2023 plan, has yet to be set up")
    r"(?:,\s+which|,\s+(?:\w+ly\s+)?(?:first\s+)?(?:announced|promised|proposed|planned|envisaged|foreseen)\b[^,;]{0,80},)?"
    r"\s+(?:(?:will|is to|is expected to|is due to|is set to|is scheduled to|shall)\s+be\s+"
    r"(?:established|set up|created|formed|launched|built|opened|inaugurated|stood up)|"
    rf"(?:{cues.ANNOUNCED_BUT})?(?:{cues.STILL_TO_COME}))")


# The state's own plan to create a body, active voice: "Iceland plans to establish a national cyber security centre by
# 2026", "the government intends to set up a sectoral CSIRT for energy".
PLANNED_BODY_ACTIVE = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|aims?|aiming|(?:is|are)\s+(?:expected|due|set|scheduled|preparing)|"
    r"wants?|hopes?|seeks?|decided|has\s+decided|is\s+about)\s+to\s+(?:\w+ly\s+)?(?:establish|set\s+up|create|build|open|"
    r"launch|stand\s+up|form)\s+(?:an?|its\s+(?:own|first))\s+(?:new\s+)?"
    + PLANNED_BODY.pattern[PLANNED_BODY.pattern.index("(?P<np>"):PLANNED_BODY.pattern.index("(?P<host>")]
    + r"(?=\s*(?:[,.;]|$)|\s+(?:by|in|within|inside|under|at|to|and|before|during|next|with)\b)")


HOST_AFTER = re.compile(r"\s+(?:within|inside|under|at|attached\s+to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|and|"
                        r"for))*")


def planned_bodies(context: SentenceContext) -> list[Finding]:
    """Bodies a sentence announces for the future, as Planned agencies or CERTs of the paragraph's state (a body
    the sentence names in full is read by :func:`agencies`)."""
    if "will be" not in context.view.text and " to be " not in context.view.text and "to come" not in context.view.text \
            and not re.search(
            r"\bto\s+(?:\w+ly\s+)?(?:establish|set\s+up|create|build|open|launch|stand\s+up|form)\b", context.view.text):
        return []
    findings = []
    state = context.state or (context.topic if context.state_of(context.topic) == context.topic else "")
    for match in [*PLANNED_BODY.finditer(context.view.text), *PLANNED_BODY_ACTIVE.finditer(context.view.text)]:
        label = re.sub(r"\s+\([^()]*\)", "", match.group("np")).strip()
        label = label[0].upper() + label[1:]
        sectoral = SECTORAL_TEAM.match("a " + label.lower().replace("cert", "CERT").replace("csirt", "CSIRT").replace(
            "cirt", "CIRT") + ".")
        # ("a sectoral CSIRT for the banking system" is also named as readers name it: "banking-sector CSIRT")
        named = {sector_label(sectoral.group("kind"), sectoral.group("sector"))} if sectoral and sectoral.group("sector") \
            and re.search(r"\s(?:sector|industry|system)$", label) else set()
        if sectoral and sectoral.group("sector4"):  # "a sectoral financial CSIRT": the "financial-sector CSIRT"
            named = {sector_label(sectoral.group("kind4"), sectoral.group("sector4"))}
        if not state or any(m.start >= match.start("np") and m.end <= match.end("np") and m.kind == "org"
                            for m in context.view.mentions if m.key):
            continue
        if match.re is PLANNED_BODY_ACTIVE and any(
                m.key and m.end <= match.start() and m.kind in ("state", "org") and (context.state_of(m.key) or m.key) != state
                for m in context.view.mentions):
            continue  # "the EU plans to set up a centre in Accra": whose plan it is, the sentence says, and not ours
        if match.re is PLANNED_BODY_ACTIVE and (len(label.split()) < 2 or not CYBER_ROLE.search(label)):
            continue  # "plans to open an office": no body with a cyber role named
        cls = CDO.CERT if re.search(r"C(?:ERT|SIRT|IRT)", label) else CDO.GovernmentAgency
        # where it will sit names it too, as another name ("a cybercrime board will be created within the Police
        # Department": also "cybercrime board within the Police Department"); the label stays the body's own words
        host = match.group("host") if match.re is PLANNED_BODY else None
        host = host or (HOST_AFTER.match(context.view.text, match.end()) or re.match("", "")).group(0)
        host = re.sub(r"(?:\s+(?:of|the|and|for))+$", "", host.strip()) if host else ""
        entity = Entity(key=f"org/{context.gazetteer.entities[state].slug}/{slugify(label)}", label=label, kind="org",
                        cls=cls, agency_of=state, names=({label, f"{label} {host}"} if host else {label}) | named)
        when = cues.first_year(re.split(r"[,;]", context.view.text[match.end():match.end() + 40])[0])
        year = when.year if when is not None and when.prep.lower() in ("in", "by") else ""  # "to be set up by 2026"
        finding = Finding(Fact("agencyOf", entity.key, state, year, status="Planned"), Decimal("0.8"), "agency.planned")
        finding.entities.append(entity)
        findings.append(finding)
    return findings


# A state body has a cyber role when its name says so (or it is a ministry, a police or a CERT): a statistics
# bureau or a board of inquiry named in a profile is not one of its cyber agencies.
CYBER_ROLE = re.compile(
    r"cyber|secur|C(?:ERT|SIRT|IRT)|information|digital|\bICT|infocomm|comput|communicat|telecom|crypt|signal|"
    r"intelligence|defen[cs]e|crim|police|investigat|data protection|personal data|privacy|foreign|ministr|interior|"
    r"justice|attorney|international|"  # ("the Attorney General's Chambers": the state's lawyers, who draft its cyber laws)
    r"electronic|technolog|network|internet|command|\be-government|"
    # (the same words in a body's own language, its name never translated: "Sécurité des Systèmes", "Seguridad de la
    # Información", "Delitos Informáticos", "numérique"; not "Informatics", an English word of many non-cyber bodies)
    r"ciber|seguridad|segurança|sicurezza|s[ée]curit[ée]|num[ée]rique|informaci[oó]n|informa[çc][ãa]o|telecomunica|"
    r"tecnolog|polic[ií]a|gendarmerie|delit|d[ée]lits", re.IGNORECASE)
ACRONYM_ONLY = re.compile(r"[A-Z][A-Za-z0-9.-]*[A-Z][A-Za-z0-9./-]*")


def _agency_state(context: SentenceContext, mention: Mention, entity: Entity) -> tuple[str, str]:
    """(state, rule) an agency mention gives, or ('', '') when it is another state's agency named in passing."""
    if context.through is mention and context.subject is not None and context.subject.kind == "state":
        return context.subject.key, "agency.through"
    state = entity.agency_of
    if state and state in (context.topic, context.state) and (entity.cls == CDO.CERT or CYBER_ROLE.search(
            f"{entity.label} {entity.acronym}") or ACRONYM_ONLY.fullmatch(entity.label)):
        return state, "agency.of-state"
    return "", ""


# A body whose creation lies ahead: "will be established", "is to be set up", "will start work in 2026".
FUTURE_BODY = re.compile(r"\b(?:will|shall|is to|are to|to be|expected to|due to|plans? to)\b[^.;]{0,30}?"
                         r"\b(?:establish|set up|creat|form|launch|start|begin|open|become operational)")


# A body a preposition governs is where the future body will be, not the future body: "a unit will be established
# within the Defence Force", "a directorate inside the Ministry of the Interior is expected to be created".
GOVERNED_BODY = re.compile(r"\b(?:within|inside|in|under|at|by|of|from|into|to|with|alongside|beside)\s+"
                           r"(?:the\s+|its\s+|their\s+)?$")
# What a body that is a clause's subject will do to come into being (passive or intransitive): "X will be set up",
# "X is to start work in 2026"; "X will establish a unit" is X's act.
FUTURE_AFTER = re.compile(r"^\)?(?:\s*\([^()]*\))?(?:,[^,;]{0,60},)?\s*(?:,\s*which\s+)?"
                          r"(?:(?<=\s)(?!and\b|or\b|but\b)[a-z][\w-]*\s+){0,3}?(?:will|shall|is to|are to|is expected to|"
                          r"are expected to|is due to|is set to|is scheduled to|is likely to)\s+(?:\w+ly\s+)?"
                          r"(?:be\s+(?:\w+ly\s+)?(?:established|set up|created|formed|launched|opened|stood up|"
                          # ("is to be convened by 2025": a council or committee comes into being when it first meets)
                          r"inaugurated|convened|constituted)|start\s+(?:work|operations|operating)|begin\s+(?:work|operations|operating)|"
                          r"(?:become|be)\s+(?:fully\s+)?operational|open(?!\s+(?:an?|the|its|their|new)\b))\b")
# The same told in an apposition right after the body: "a National Cyber Office, due to open in 2026, and …", "the
# X, expected to become operational next year," (a participle of the future, no finite verb of its own).
DUE_APPOSITION = re.compile(r"^\)?(?:\s*\([^()]*\))?\s*,\s*(?:which\s+is\s+|still\s+)?(?:due|expected|set|scheduled)\s+to\s+"
                            r"(?:\w+ly\s+)?(?:open(?!\s+(?:an?|the|its|their|new)\b)|start\s+(?:work|operations|operating)|begin\s+(?:work|operations|operating)|"
                            r"become\s+(?:fully\s+)?operational|be\s+(?:established|set up|created|formed|launched|opened|"
                            r"stood up|inaugurated|convened|constituted))\b")
# A relative clause that gives the body's creation to a text or a body still to act: "a Digital Authority, which a bill
# tabled in 2025 would create,", "a X, which the ministry plans to set up".
WHICH_WOULD_CREATE = re.compile(r"^\)?(?:\s*\([^()]*\))?\s*,\s*which\s+(?!(?:will|would|is|are|plans?|intends?|shall)\b)[^,;]{1,80}?\b(?:would|will|is\s+to|are\s+to|"
                                r"(?:is|are)\s+(?:expected|due|set)\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+ly\s+)?"
                                r"(?:create|establish|set\s+up|form|open|launch)\b")
# "X has been announced but is still to be set up", "X, announced in 2023, has yet to be set up": read on the words
# after the body up to a semicolon (the "but" ends the clause reader's clause)
STILL_TO_COME_AFTER = re.compile(
    r"\)?(?:\s*\([^()]*\))?(?:\s+(?:for|in)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)?(?:,[^,;]{0,80},)?\s+"
    rf"(?:{cues.ANNOUNCED_BUT})?(?:{cues.STILL_TO_COME})")
# "a Joint Cyber Command, which the defence review recommended in 2022 and which the government has accepted, is to be
# stood up by 2028": relative clauses (one or two) between the body and the future creation that has it as subject
WHICH_THEN_FUTURE = re.compile(r"\)?(?:\s*\([^()]*\))?\s*,\s+which\s+[^;]{0,160}?,\s+(?:will|shall|is to|are to|is expected to|"
                               r"is due to|is set to|is scheduled to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:established|set up|"
                               r"created|formed|launched|opened|stood up|inaugurated|operational)\b")
# A body an unnamed bill (a document slot) would create: "a bill to create a X", "a separate bill establishing the X".
BILL_CREATING = re.compile(r"\ue000(\d+)\ue001\s+(?:creating|establishing|setting\s+up|to\s+(?:create|establish|set\s+up))\s+"
                           r"(?:(?:an?|the|its|their)\s+)?(?:(?:new|dedicated|separate|own|independent|speciali[sz]ed)\s+)*$")
# A text or a body that asks for a new body: "the strategy gives priority to … the creation of a central SOC", "the
# review recommends the establishment of a joint command".
CREATION_CALLED_FOR = re.compile(r"\b(?:gives?\s+priority\s+to|calls?\s+for|provides?\s+for|foresees?|envisages?|"
                                 r"prioriti[sz]es?|recommends?|proposes?)\b[^;.]{0,120}?\b(?:the\s+)?(?:creation|establishment|"
                                 r"setting\s+up)\s+of\s+an?\s+(?:(?:new|central|dedicated|national|separate|single|joint)\s+)*"
                                 # (the body may be named by the acronym after its lower-case name: "a central
                                 # security operations centre (SOC)")
                                 r"(?:(?:[a-z][\w-]*\s+){1,4}\(\s*)?$")
# "a X Centre, to be set up under the Y,": an infinitive apposition says the body is yet to come (it runs past the
# clause's comma, so it is read on the words right after the body)
# (a participle phrase may stand between: "a X Authority reporting to the Prime Minister, to be established by 2026")
TO_BE_CREATED = re.compile(r"\)?(?:\s*\([^()]*\))?(?:\s+[a-z]{3,}ing\s+(?:to|under|within|with|for)\s+[^,;()]{1,60}?)?"
                           r"\s*,\s*(?:still\s+|yet\s+)?to\s+be\s+(?:\w+ly\s+)?(?:established|set up|"
                           r"created|formed|launched|opened|stood up|inaugurated)\b")
# "provides for a Coordination Office to be set up in the Prime Minister's Office": the infinitive right after a body an
# indefinite article opens (no comma) says the same
TO_BE_CREATED_BARE = re.compile(r"\)?(?:\s*\([^()]*\))?\s+(?:still\s+|yet\s+)?to\s+be\s+(?:\w+ly\s+)?(?:established|set up|"
                                r"created|formed|launched|opened|stood up|inaugurated)\b")
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|new)\s+$")
# "a national team, to be called CERT-MG, will be established", "a government CSIRT, Gov-CERT.xy, will be set up": a
# name in an apposition to the body described before it; what the clause says of the description (its predicate after
# the apposition's closing comma) it says of the name
NAMED_IN_APPOSITION = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,4}?(?:team|CERT|CSIRT|CIRT|centre|center|"
                                 r"agency|authority|unit|body|command|office|directorate|regulator|service)\s*,\s*"
                                 r"(?:(?:to\s+be\s+)?(?:called|named|known\s+as)\s+)?$")


# A body that exists on paper only: what the words after it say ("an Office of X, which has yet to be staffed", "a
# Council, chaired by Y, was foreseen by the strategy but never convened", "a Centre under the Office of Z, which has
# never been staffed", "has not yet met"): no agency of the state (read up to a semicolon, past one apposition, a host
# and a relative "which").
NEVER_WORKED_AFTER = re.compile(
    r"\)?(?:\s*\([^()]*\))?(?:\s+(?:under|within|inside|in|at|attached\s+to)\s+(?:the\s+)?X(?:\s+of\s+(?:the\s+)?X)?)?"
    r"(?:\s*,[^,;]{0,80},)?(?:\s*,?\s*which)?\s+(?:[^,;]{0,60}?\bbut\s+)?"
    r"(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:never|not\s+(?:yet\s+)?)\s*(?:been\s+|become\s+)?|(?:has|have)\s+yet\s+to\s+"
    r"(?:be\s+|become\s+)?|(?:is|are)\s+(?:still|yet)\s+to\s+(?:be\s+|become\s+)?|(?:was|were)\s+never\s+(?:been\s+)?|never\s+"
    r"(?:been\s+|became\s+)?)"
    r"(?:staffed|convened|met|meet|activated|functional|operational|operationali[sz]ed|(?:started|start|begun|begin)\s+work)\b")


# A body a text or a review only recommended or proposed, which the sentence then says never came: "the review recommended
# a Defence Cyber Command within the armed forces, but officials conceded that it has never been set up", "the strategy
# proposed a Cyber Agency to lead implementation, but that agency was never created": no agency, planned or not.
RECOMMENDED_BEFORE = re.compile(r"\b(?:recommended|recommends|proposed|proposes|called\s+for|calls\s+for|suggested|urged|"
                                r"envisaged|foresaw)\s+(?:the\s+(?:creation|establishment|setting\s+up)\s+of\s+)?an?\s+"
                                r"(?:(?:new|separate|dedicated|single|national)\s+)*$")
NEVER_CAME_LATER = re.compile(r"^[^;]{0,160}?,\s+but\s+(?:[^,;]{0,60}?\bthat\s+)?(?:it|that\s+[a-z]+|the\s+[a-z]+|this\s+[a-z]+)\s+"
                              r"(?:(?:has|had)\s+(?:\w+ly\s+)?(?:never|not\s+(?:yet\s+)?)\s*been|(?:was|were)\s+(?:\w+ly\s+)?never"
                              r"(?:\s+been)?|(?:has|had)\s+yet\s+to\s+be|(?:is|was)\s+(?:still\s+)?not)\s+"
                              r"(?:set\s+up|established|created|formed|staffed|convened|stood\s+up)\b")


def _recommended_never_came(context: SentenceContext, index: int) -> bool:
    """Whether a body is only recommended or proposed, and the sentence then says it never came into being."""
    before, after = context.plain_around(index)
    return bool(RECOMMENDED_BEFORE.search(before)) and bool(NEVER_CAME_LATER.match(after))


ANNOUNCED_APPOSITION = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:\w+ly\s+)?(?:first\s+)?(?:announced|proposed|promised|"
                                  r"envisaged|planned|foreseen)\b[^,;]{0,60},")
RELATIVE_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*which\s+")


def _future_body(before: str, after: str) -> bool:
    """Whether a body's clause says it is yet to be created: a future creation verb before it that has it as object
    ("plans to set up a X", "X to be established"), or after it with it as subject ("X will be set up")."""
    if GOVERNED_BODY.search(before):
        return False
    # (a coordinated clause with a subject of its own ends what came before: "a CSIRT is due to open in 2026, and the
    # Data Protection Authority oversees breaches": the authority is no object of "due to open")
    before = NEW_COORDINATE_CLAUSE.split(before)[-1]
    return bool(FUTURE_BODY.search(SLOT_RE.sub(" ", before)) or FUTURE_AFTER.match(SLOT_RE.sub(" ", after)))


NEW_COORDINATE_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?$)")


HYPOTHETICAL_BODY = re.compile(r"\b(?:would|could|might)\s+have\s+(?:\w+\s+)?(?:creat|establish|set up|form)\w*\s+"
                               r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$")


# A creation verb with an object after it is the body's own act ("… set up a cyber command"), not its creation.
CREATED_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|several|two|three|new)\b|\ue000)")


# A body only announced, proposed or to be created by a pending text: "a planned Cyber Defence Command", "is
# considering the creation of a X", "may set up a X", "a bill creating a X".
# What may open the name of a body to be created: an article or none ("would establish dedicated Cyber Forces"), and
# the adjectives that say it is to be new.
NEW_BODY_DETERMINER = r"(?:(?:an?|the|its|their)\s+)?(?:(?:new|dedicated|separate|own|independent|speciali[sz]ed)\s+)*$"
NOT_YET_BODY = re.compile(
    r"\b(?:planned|proposed|future|would-be|envisaged|prospective|projected)\s+(?:[\w-]+\s+)?$|"
    r"\b(?:consider\w*|propos\w*|plan\w*|discuss\w*|debat\w*|may|might|could|would|intends? to|aims? to|hopes? to)"
    # (a condition may stand after the modal: "it would, if passed, create a X", "would, once enacted, establish")
    r"(?:\s*,\s*(?:if|once|when|should|unless)\s+[^,;]{1,40},)?"
    r"\s+(?:[\w-]+\s+){0,3}?(?:creat\w*|establish\w*|set(?:ting)? up|form\w*)\s+(?:of\s+)?" + NEW_BODY_DETERMINER + "|"
    r"\b(?:bill|draft|proposal)\s+(?:[\w-]+\s+){0,3}?(?:creating|establishing|to create|to establish|setting up)\s+"
    + NEW_BODY_DETERMINER + "|"
    # "will eventually be upgraded into a full Cyber Command": a body an existing one is to become
    r"\b(?:will|would|is to|are to|is expected to|is due to|is set to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:upgraded|turned|"
    r"converted|transformed|elevated|raised|expanded|grown|developed|enlarged|built\s+up)\s+(?:in)?to\s+(?:an?|the)\s+(?:(?:full|fully-fledged|full-fledged|new|separate|"
    r"dedicated|independent)\s+)*$|"
    # "would become part of a new Cyber Security Agency": a body a pending change would bring
    r"\b(?:would|will|is to|are to|is expected to)\s+(?:\w+ly\s+)?(?:become\s+(?:part\s+of|a\s+unit\s+of)|be\s+"
    r"(?:merged|folded|absorbed|integrated|incorporated)\s+into|join)\s+(?:an?|the)\s+new\s+$|"
    # "plans to merge the CDC into a new National Cyber Agency"
    r"\b(?:plans?|planned|planning|intends?|intended|aims?|proposes?|proposed|proposals?|is\s+to|are\s+to|will|would|"
    r"expected\s+to)\s+(?:to\s+)?(?:merge|fold|integrate|combine|consolidate|bring)\b[^;.]{0,80}?\b(?:into|with|under)\s+"
    r"(?:an?|the)\s+(?:new|future|single|unified)\s+$")
# "a new X under the bill", "the X provided for in the draft law": a body that a text not yet adopted would create.
UNDER_PENDING_TEXT = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:to be\s+\w+\s+)?(?:under|provided for (?:in|by)|foreseen (?:in|by)|"
                                r"envisaged (?:in|by)|proposed (?:in|by))\s+(?:the|a)\s+(?:draft\s+|proposed\s+|pending\s+|"
                                r"new\s+)?(?:bill|draft(?:\s+law)?|proposal|legislation)\b")
# A body that no longer exists: "the former X", "the defunct X", "X was dissolved in 2019", "the merger of X and Y".
GONE_BEFORE = re.compile(r"\b(?:former|defunct|now-defunct|erstwhile)\s+$|"
                         r"\b(?:abolish(?:ed|es|ing)?|dissolv(?:ed|es|ing)|disband(?:ed|s|ing)?|scrapp(?:ed|ing)|"
                         r"(?:closed|shut|wound)\s+down|clos(?:ed|es|ing))\s+(?:the\s+|its\s+|their\s+)?$|\bmerg(?:er|ing)\s+of\s+(?:[^;.]{0,80}?)$|"
                         r"\bmerged\s+with\s+(?:the\s+)?$")
GONE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:which\s+)?(?:was|were|has been|had been)\s+(?:\w+ly\s+)?"
                        r"(?:dissolved|abolished|disbanded|merged|wound up|closed down|shut down|folded)\b")


HOST_BEFORE = re.compile(r"\b(?:inside|within|under|in|at|attached\s+to)\s+(?:the\s+)?$")
FUTURE_CREATION = re.compile(r"\b(?:will|is to|are to|is expected to|is due to|is set to|is scheduled to|shall)\s+(?:\w+ly\s+)?(?:be\s+"
                             r"(?:established|set up|created|formed|launched|housed|placed)|open(?!\s+(?:an?|the|its|their|new)\b)|start\s+operations|"
                             r"become\s+operational)\b")


def _host_of_future_body(context: SentenceContext, index: int) -> bool:
    """Whether a body is only named as where a future body will sit ("a unit will be set up within the X", "a
    directorate inside the X is expected to be created")."""
    offset = context.mention_at(index)
    start, end = context.clause_of(offset)
    host = HOST_BEFORE.search(context.masked, max(start, offset - 20), offset)
    if host is None:
        return False
    hosted = re.search(r"\ue000(\d+)\ue001(?:\s*\([^()]*\))?\s+$", context.masked[max(0, host.start() - 30):host.start()])
    if hosted is not None and _recommended_never_came(context, int(hosted.group(1))):
        return True  # "recommended a Cyber Command within the Defence Force, but it was never set up": the host only
    return FUTURE_CREATION.search(SLOT_RE.sub(" ", context.masked[start:end])) is not None


# A named unit, then where in its owner it sits: "opened a Cybercrime Unit within its Criminal Investigations Department
# in 2022", "set up a Cyber Security Unit in 2019 within its Signals Corps" (the owner's own part, by "its").
NAMED_UNIT_WITHIN_ITS = re.compile(rf"\ue000(?P<unit>\d+)\ue001(?:\s*\([^()]*\))?(?:,?\s+(?:in|since)\s+(?:{cues.MONTH}\s+)?"
                                   rf"{cues.YEAR},?)?\s+(?:within|inside|in)\s+its\s+$")


# A body named as the one that runs or implements what another state does, or as what another state's body runs, in a
# clause whose subject is that other state or its body: "India, for its part, has trained Mauritian officials through
# its ITEC programme, run by the Ministry of External Affairs", "the US INL funded an initiative, implemented by the
# Department of Justice's Office of …", "KOICA funds and runs the Korea-X e-Government Centre": the other state's.
RUN_BY_BEFORE_AGENT = re.compile(r"\b(?:run|implemented|delivered|managed|operated|administered|executed)\s+(?:jointly\s+)?"
                                 r"by\s+(?:the\s+)?$|\b(?:runs|ran|operates|operated|manages|managed)\s+(?:the|an?)\s+$")


def _run_for_another_state(context: SentenceContext, index: int) -> bool:
    """Whether a body is named as the one running another state's work, or as what another state's body runs."""
    home = context.home or context.topic
    offset = context.mention_at(index)
    if not home or not RUN_BY_BEFORE_AGENT.search(context.masked, max(0, offset - 40), offset):
        return False
    actor, _, _ = context.subject_in(*context.clause_of(offset))
    actor_state = context.state_of(actor) if actor else ""
    return bool(actor_state) and actor_state != home and \
        getattr(context.gazetteer.entities.get(actor_state), "kind", "") == "state"


# A ministry whose clause only gives money: "The Ministry of Foreign Affairs has contributed NOK 60 million since 2019
# to the World Bank's Trust Fund", "Its Ministry of Foreign Affairs contributed EUR 300,000 to an OSCE project" (the
# funding is recorded; a foreign or finance ministry's cyber role is not stated by it).
DONOR_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:\w+ly\s+)?(?:contributed|donated|"
                         r"provided|pledged|gave|granted|disbursed|committed)\s+(?:(?:a\s+total\s+of|some|about|around|more\s+"
                         r"than|over|nearly)\s+)?(?:US\$|USD|EUR|€|GBP|£|NOK|SEK|DKK|CHF|JPY|CAD|AUD|\$)\s?\d")
MONEY_MINISTRY = re.compile(r"\b(?:Foreign|External|Finance|Treasury)\b")


def _donor_only(context: SentenceContext, index: int) -> bool:
    """Whether a foreign or finance ministry is named only as giving money."""
    body = context.gazetteer.entities.get(context.view.mentions[index].key)
    if body is None or not MONEY_MINISTRY.search(body.label):
        return False
    return bool(DONOR_AFTER.match(context.masked, context.mention_at(index) + len(str(index)) + 2))


# A body named only as the one that will create a body still to come: "a sectoral CERT for the oil industry will be
# created by the Ministry of Oil", "a sectoral CERT, which the CDC and the Ministry of Energy plan to set up by 2026".
FUTURE_CREATOR_BEFORE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+(?:expected|due|set)\s+to)\s+be\s+(?:\w+ly\s+)?"
                                   r"(?:created|established|set\s+up|launched|formed|stood\s+up)\s+(?:jointly\s+)?by\s+"
                                   r"(?:the\s+)?$|"
                                   r",\s+which\s+(?:the\s+)?(?:X\s+(?:and|with)\s+(?:the\s+)?)?$")
FUTURE_CREATOR_AFTER = re.compile(r"(?:\s*\([^()]*\))?(?:\s+(?:and|with)\s+(?:the\s+)?X(?:\s*\([^()]*\))?)?\s+(?:\w+ly\s+)?"
                                  r"(?:plans?|intends?|aims?|is\s+(?:expected|due|set)|are\s+(?:expected|due|set)|"
                                  r"will|is\s+to|are\s+to)\s+(?:to\s+)?(?:\w+ly\s+)?(?:set\s+up|create|establish|launch|"
                                  r"form|stand\s+up)\b")


def _creator_of_future_body(context: SentenceContext, index: int) -> bool:
    """Whether a body is named only as the maker of a body still to come."""
    before, after = context.plain_around(index)
    found = FUTURE_CREATOR_BEFORE.search(before.replace("  ", " "))
    if found is None:
        return False
    if found.group().startswith(","):  # "…, which the X plans to set up": its relative clause's verb must say so
        return bool(FUTURE_CREATOR_AFTER.match(after.replace("  ", " ")))
    return True


def _host_of_named_unit(context: SentenceContext, index: int) -> bool:
    """Whether a body is named only as the part of its owner where a unit named right before it sits."""
    offset = context.mention_at(index)
    within = NAMED_UNIT_WITHIN_ITS.search(context.masked, max(0, offset - 80), offset)
    if within is None:
        return False
    unit = context.gazetteer.entities.get(context.view.mentions[int(within.group("unit"))].key)
    return unit is not None and unit.cls in (CDO.GovernmentAgency, CDO.CERT)


# A body's earlier name, the body being named by its present one in the same sentence: before the old name, "known until
# 2019 as", "known simply as … until", "having previously been", "formerly", "which bore the name", "began life in 2020
# as", "by renaming"; after it, "was renamed the Y", ", renamed the Y in 2021", ", now known as the Y".
EARLIER_NAME_BEFORE = re.compile(
    r"(?:\b(?:known|called|named)\s+(?:until|till|up\s+to|before)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\s+as|"
    r"\b(?:having\s+)?(?:previously|formerly|originally)\s+(?:been|known\s+as|called|named)|(?:^|[(,]\s*)formerly|"
    r"\bbore\s+the\s+name(?:\s+of)?|\bbegan\s+(?:life|(?:its\s+)?existence)\s+(?:in\s+(?:\w+\s+)?(?:19|20)\d\d\s+)?as|"
    r"\bby\s+renaming(?:\s+and\s+\w+ing)?)\s+(?:the\s+|an?\s+)?$")
KNOWN_AS_UNTIL = re.compile(r"\b(?:known|called)\s+(?:simply\s+)?as\s+(?:the\s+)?$")
UNTIL_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+until\b")
RENAMED_AFTER = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,[^,;()]{3,80}?,)?(?:\s*,\s*(?:which\s+|that\s+)?|\s+)"
                           r"(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:later|then|subsequently|since)\s+)?"
                           r"(?:renamed|rebranded|now\s+(?:known\s+as|called))\s+(?:as\s+)?(?:the\s+)?X\b")


# A body the sentence describes as academic, private or commercial, by an apposition right after its name ("X, a
# consortium of university laboratories,", "Y, a commercial incident-response service", "Z, a non-profit foundation")
# or by whose people take part ("researchers of the X", "academics at the Y") (not a state-owned or public one).
NOT_STATES_APPOSITION = re.compile(
    r"(?:\s*\([^()]*\))?,\s+(?:an?|the)\s+(?P<words>(?:[\w-]+\s+){0,6}?(?:universit(?:y|ies)|academic|commercial|"
    r"private(?:ly[- ]owned)?|non-profit|not-for-profit|non-governmental|NGO|think[- ]tank|company|firm)\b[^,;]{0,60})")
STATE_OWNED = re.compile(r"\b(?:state|government|public|statutory|national)(?:[- ](?:owned|run|funded|linked))?\s+"
                         r"(?:company|firm|universit|body|enterprise)|\b(?:state|government)[- ](?:owned|run|linked)\b|"
                         r"\b(?:owned|run|controlled)\s+by\s+the\s+(?:state|government)\b|\bjoint-stock\b")
PEOPLE_OF_BEFORE = re.compile(r"\b(?:[Rr]esearchers|[Aa]cademics|[Ss]cholars|[Ll]ecturers|[Ss]tudents|[Ss]cientists)\s+"
                              r"(?:of|at|from)\s+(?:the\s+)?$")


def _not_the_states(context: SentenceContext, index: int) -> bool:
    """Whether the sentence sets a body apart from the state: an apposition calls it academic, private or commercial,
    or it is named only as the home of the researchers or academics who act."""
    before, _ = context.plain_around(index)
    if PEOPLE_OF_BEFORE.search(before.replace("  ", " ")):
        return True
    described = NOT_STATES_APPOSITION.match(context.masked, context.mention_at(index) + len(str(index)) + 2)
    if described is None:
        return False
    words = SLOT_RE.sub(lambda m: "the state" if context.view.mentions[int(m.group(1))].kind == "state"
                        else context.view.mentions[int(m.group(1))].text, described.group("words"))
    return not STATE_OWNED.search(words)  # ("a company owned by the state": the state's own, named or not)


def _earlier_name(context: SentenceContext, index: int) -> bool:
    """Whether a body is named by the name it bore before a renaming the sentence reports, its present name there too
    (the present name is the body's; the old one names no other body)."""
    before, after = (text.replace("  ", " ") for text in context.plain_around(index))
    if EARLIER_NAME_BEFORE.search(before):
        return True
    if KNOWN_AS_UNTIL.search(before) and UNTIL_AFTER.match(after):
        return True  # "the ministry, known simply as the Ministry of ICT until it took its current name in 2016"
    return bool(RENAMED_AFTER.match(after))


def _gone(context: SentenceContext, index: int) -> bool:
    """Whether the sentence says a body has ceased to exist (the merger rules record where it went)."""
    offset = context.mention_at(index)
    start, _ = context.clause_of(offset)
    before = SLOT_RE.sub(" X ", context.masked[max(start, offset - 80):offset])
    return bool(GONE_BEFORE.search(before) or GONE_AFTER.match(context.masked, offset + len(str(index)) + 2))


CREATED_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?\ue000(\d+)\ue001")
BY_DOCUMENT = re.compile(r"\s+(?:\w+ly\s+)?(?:by|under|through|via|pursuant\s+to)\s+(?:the\s+|an?\s+)?\ue000(\d+)\ue001")


# A new subject between a body and a creation word: the creation is that subject's ("X, a unit is to be set up").
ANOTHER_SUBJECT = re.compile(r"(?:,|\band)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were|will|has|have|had)\b")


def _agency_time(context: SentenceContext, index: int) -> tuple[str, str | None]:
    """(year created, '' or 'Planned') from the agency's clause; None when the clause negates it."""
    offset = context.mention_at(index)
    start, end = context.clause_of(offset)
    if offset < context.intro_end:  # "Within AGESIC, the team was set up in 2008": the intro says nothing of AGESIC's
        end = min(end, context.intro_end)
    after = context.masked[offset + len(str(index)) + 2:end]
    before = context.masked[start:offset]
    status = cues.clause_status(before[-60:], SLOT_RE.sub(" ", after[:80]))
    if status == "negated" or HYPOTHETICAL_BODY.search(before[-60:]):
        return "", None  # "a bill which would have created a national agency": no agency, then or now
    relative = RELATIVE_AFTER.match(context.masked, offset + len(str(index)) + 2)
    if relative:  # "X, which will be set up in 2026,": the relative clause is a clause of its own
        after_end = context.clause_of(relative.end())[1]
        after = context.masked[offset + len(str(index)) + 2:after_end]
    named_end = offset + len(str(index)) + 2
    rest = context.plain_around(index)[1]  # all after the name, other names as X
    if NEVER_WORKED_AFTER.match(rest.split(";", 1)[0].replace("  ", " ")):
        return "", None  # "an Office of X, which has yet to be staffed": on paper only, no agency
    if _recommended_never_came(context, index):
        return "", None  # "recommended a Cyber Command …, but it has never been set up"
    if NAMED_IN_APPOSITION.search(before[-80:]) and context.masked.startswith(",", named_end):
        rest = context.masked[named_end + 1:context.clause_of(named_end + 2)[1]]
        if FUTURE_AFTER.match(SLOT_RE.sub(" ", rest)):  # the described body's predicate, past the apposition
            when = cues.first_year(SLOT_RE.sub(" X ", rest))
            return (when.year if when is not None and when.prep.lower() in ("in", "by") else ""), "Planned"
    planned = "Planned" if _future_body(before[-60:], after[:100]) or NOT_YET_BODY.search(before[-80:]) or \
        DUE_APPOSITION.match(rest) or WHICH_WOULD_CREATE.match(rest) or \
        TO_BE_CREATED.match(context.masked, offset + len(str(index)) + 2) or \
        INDEFINITE_BEFORE.search(before) and TO_BE_CREATED_BARE.match(context.masked, named_end) or \
        STILL_TO_COME_AFTER.match(rest.split(";", 1)[0]) or \
        UNDER_PENDING_TEXT.match(SLOT_RE.sub(" X ", after)) and re.search(r"\bnew\s+$", before) else ""
    bill_before = BILL_CREATING.search(before)
    if not planned and bill_before and context.view.mentions[int(bill_before.group(1))].kind == "document" and \
            context.view.mentions[int(bill_before.group(1))].extra.get("lodged_bill") == "1":
        planned = "Planned"  # "tabled a bill to create a National Digital Security Agency": the bill's, if it passes
    window = context.masked[max(0, offset - 200):offset]
    if not planned and ("creation of" in window or "establishment of" in window or "setting up of" in window) and \
            CREATION_CALLED_FOR.search(SLOT_RE.sub(" X ", window).split(";")[-1]):
        planned = "Planned"  # "a strategy that gives priority to … the creation of a central SOC": not there yet
    which_then = WHICH_THEN_FUTURE.match(rest.split(";", 1)[0])
    if which_then:  # the relative clauses say nothing of its creation; the future predicate after them does
        when = cues.first_year(re.split(r"[,;]", rest[which_then.end():which_then.end() + 40])[0])
        return (when.year if when is not None and when.prep.lower() in ("in", "by") else ""), "Planned"
    announced = ANNOUNCED_APPOSITION.match(SLOT_RE.sub(" X ", after))
    if announced and not planned and re.match(r"\s*(?:\w+ly\s+)?(?:will|shall|is to|are to|is (?:expected|due|set) to)\b",
                                              SLOT_RE.sub(" X ", after)[announced.end():]):
        planned = "Planned"  # "A X Centre, announced in 2022, will monitor networks": announced, not yet there
    had_since = re.match(rf"(?:\s*\([^()]*\))?\s+since\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\b", after)
    if had_since and re.search(r"\b(?:has|have|had)\s+had\s+(?:an?|its|their)\s+(?:own\s+)?$", before):
        return had_since.group("year"), planned  # "the police has had a Cyber Crimes Unit since 2012"
    created = CREATED.search(after, 0, 80)
    if created is not None and ANOTHER_SUBJECT.search(SLOT_RE.sub(" X ", after[:created.start()])):
        created = None  # "Answering to the Ministry, a cyber command is to be set up by 2026": the command's creation
    if created is not None and re.search(r"\ue001(?:\s*\([^()]*\))?\s*,\s*(?:\w+ly\s+)?$", after[:created.start()]):
        created = None  # "the ministry oversees X, created in 2009": the participle dates X, the body right before it
    if created is not None and CREATED_OBJECT.match(after, created.end()):
        return "", planned  # "the Defence Ministry set up a cyber command in 2018": the command's year
    if created is not None:
        parts = SLOT_RE.split(after[created.end():created.end() + 60])
        stretch = parts[0]  # not the year of a law it names
        if len(parts) > 2 and HOST_BEFORE.search(stretch):  # "to be set up in the Prime Minister's Office by 2026":
            stretch = f"{stretch}X{parts[2]}"  # the time after where it sits is its creation's
        agent = CREATED_BY_AGENT.match(after, created.end())
        if agent and context.view.mentions[int(agent.group(1))].kind != "document":
            # "X was launched by the Ministry in 2020": the date after the creating body is the creation's
            stretch = SLOT_RE.split(after[agent.end():agent.end() + 40])[0]
        by_text = BY_DOCUMENT.match(after, created.end())
        if by_text and context.view.mentions[int(by_text.group(1))].kind == "document":
            # "was set up by Law No. 2004-5 of 3 February 2004", "created by Republic Act No. 10844 in 2016": the
            # date written right after the act is the creation's ("by the 2004 Law" gives none: a year in its name)
            stretch = SLOT_RE.split(after[by_text.end():by_text.end() + 40])[0]
            if not re.match(rf"\s*,?\s*(?:in|of|on)\s+(?:\d{{1,2}}\s+)?(?:{cues.MONTH}\s+)?{cues.YEAR}\b", stretch):
                stretch = ""
    elif CREATED.search(before[-80:]) and not re.search(r"\bby\s+(?:the\s+)?$", before):
        stretch = after[:40]  # (but "X was launched by the Ministry in 2020": the year is X's, not its creator's)
    else:
        return "", planned
    when = cues.first_year(stretch)
    return (when.year if when is not None else ""), planned


# A unit named only by its owner and a common noun: "the Police Directorate's high-tech crime unit", "the National
# Guard's cyber defence company", "the Public Security's cybercrime units" -- the unit is the body with the cyber role
# (named "<owner> <unit>"); the owner stays what its own name makes it (writers list it too).
OWNED_UNIT = re.compile(
    r"\b[Tt]he\s+(?P<owner>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5})['’]s?\s+(?:own\s+)?"
    r"(?P<unit>(?:[a-z][\w-]*\s+){0,3}?(?:units?|company|companies|divisions?|departments?|squads?|sections?|teams?|"
    r"centres?|centers?|commands?|directorates?|cells?|brigades?|battalions?))(?![\w-])(?P<acr>\s+\([A-Z][\w-]{1,15}\))?")
# The owner a unit may have: a state body (not a state, a company or an international organisation).
UNIT_OWNER_HEAD = re.compile(r"\b(?:Police|Guard|Forces|Army|Navy|Gendarmerie|Security|Directorate|Service|Ministry|"
                             r"Department|Agency|Office|Command|Constabulary)\b")
UNIT_ROLE = re.compile(r"cyber|crime|computer|digital|forensic|high-tech|hi-tech|information|signals?|electronic|internet")


def _owned_unit_matches(text: str) -> list[re.Match[str]]:
    """The owned units a sentence names (a unit with a cyber role; none without an apostrophe)."""
    if "'" not in text and "’" not in text:
        return []
    return [m for m in OWNED_UNIT.finditer(text) if UNIT_ROLE.search(m.group("unit"))]


def owned_unit_hint(text: str) -> bool:
    """Whether a sentence may name an owned unit (read even when it names nothing the gazetteer knows)."""
    return bool(_owned_unit_matches(text))


def owned_units(context: SentenceContext) -> list[Finding]:
    """Units named by their owner and a common noun, as agencies of the paragraph's state (see OWNED_UNIT)."""
    state = context.state or (context.topic if context.state_of(context.topic) == context.topic else "")
    findings: list[Finding] = []
    for match in _owned_unit_matches(context.view.text) if state else ():
        owner = next((m for m in context.view.mentions if m.start == match.start("owner") and m.end == match.end("owner")
                      and m.key), None)
        if owner is not None and (owner.kind != "org" or (context.state_of(owner.key) or owner.key) != state):
            continue  # "Estonia's cyber unit", "Europol's cybercrime centre": a state's or another's
        if owner is None and not UNIT_OWNER_HEAD.search(match.group("owner")):
            continue  # "the Lagos Business School's cyber centre": no state body named
        if any(m.key and m.kind == "org" and m.start < match.end("unit") and m.end > match.start("unit")
               for m in context.view.mentions):
            continue  # the unit has a name of its own, read by agencies()
        label = f"{match.group('owner')} {match.group('unit')}"
        acronym = (match.group("acr") or "").strip(" ()")
        entity = Entity(key=f"org/{context.gazetteer.entities[state].slug}/{slugify(label)}", label=label, kind="org",
                        cls=CDO.GovernmentAgency, acronym=acronym, agency_of=state,
                        names={label, acronym} if acronym else {label})
        created = re.match(rf"\s*,?\s+(?:was|were)\s+(?:\w+ly\s+)?(?:created|set up|established|formed|founded|launched)\s+"
                           rf"in\s+(?:{cues.MONTH}\s+)?(?P<year>{cues.YEAR})\b", context.view.text[match.end():])
        finding = Finding(Fact("agencyOf", entity.key, state, created.group("year") if created else ""),
                          Decimal("0.75"), "agency.owned-unit")
        finding.entities.append(entity)
        findings.append(finding)
    return findings


# --- texts and dialogues named after their parties -------------------------------------------------------------------

# "the EU–Chile Advanced Framework Agreement", "the United States-Mexico-Canada Agreement (USMCA)", "the Framework for
# the US-India Cyber Relationship", "the US–Tunisia Strategic Dialogue": the name joins the parties with dashes.
PARTIES_NAMED = re.compile(
    r"\b(?P<prefix>(?:Agreement|Framework|Arrangement|Memorandum|Accord|Pact|Treaty|Roadmap)\s+(?:for|on)\s+the\s+)?"
    r"(?P<parties>(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[-–]){1,3}[A-Z][\w.]*)\s+"
    r"(?:[A-Z][\w-]*\s+){0,4}?(?P<noun>Agreement|Framework|Arrangement|Memorandum|Accord|Pact|Treaty|Roadmap|"
    r"Relationship|(?:Strategic\s+|Cyber\s+)?Dialogue|Working\s+Group)\b")
AGREEMENT_NOUN = re.compile(r"Agreement|Framework|Arrangement|Memorandum|Accord|Pact|Treaty|Roadmap")
# What makes a named text one the parties are bound by: signed, in force, ended; a bare mention says nothing.
NAMED_TEXT_STATUS = re.compile(r"\b(?:signed|concluded|in force|expired|lapsed|suspended|terminated)\b")


def named_parties(context: SentenceContext) -> list[Finding]:
    """Agreements and dialogues whose name gives their parties, the profile's state among them: each other party is
    its counterpart (an agreement when the clause says it was signed, is in force or ended; a dialogue is a
    cooperation). Parts of the name that are not states or organisations the reference knows ("Indo-French") make
    no party."""
    written = context.written() if ("-" in context.view.text or "–" in context.view.text) else ""
    own = context.state or context.state_of(context.topic)
    if not own or not written:
        return []
    findings = []
    for found in PARTIES_NAMED.finditer(written):
        parties = [context.gazetteer.lookup(part) for part in re.split(r"[-–]", found.group("parties"))]
        if not all(p is not None and p.kind in ACTOR_KINDS and context.state_of(p.key) in ("", p.key) for p in parties) \
                or own not in [p.key for p in parties] or len({p.key for p in parties}) != len(parties):
            continue
        rest = written[found.end():].split(";")[0]
        before = written[:found.start()].split(";")[-1]
        others = [p.key for p in parties if p.key != own]
        if AGREEMENT_NOUN.search(found.group("prefix") or found.group("noun")):
            status = _agreement_status(before[-50:], rest)
            if status is None or not NAMED_TEXT_STATUS.search(rest[:80]) or status not in ("Signed", "Expired",
                                                                                            "Suspended", "Terminated"):
                continue
            ended = _signed_then_ended(rest) if status in ENDED_AFTER_SIGNING else None
            year = ended[1] if ended else cues.clause_year(rest[:80])
            for other in others:
                fact = Fact("hasAgreementWith", own, other, year, status, kind="Agreement", topics=context.themes)
                findings.append(_finding(context, fact, f"agreement.named-parties.{status.lower()}"))
                if ended:
                    signed = fact.with_evidence(set())
                    signed.year, signed.status = ended[0], "Signed"
                    findings.append(_finding(context, signed, "agreement.named-parties.signed"))
        else:
            if cues.clause_status(before[-50:], rest[:60]) in cues.UNACCOMPLISHED:
                continue
            year = cues.since_year(rest[:60]) or cues.clause_year(rest[:60])
            findings += [_finding(context, Fact("cooperatesWith", own, other, year, topics=context.themes),
                                  "cooperation.named-parties") for other in others]
    return findings


# A sectoral team a named body runs, with no name of its own: "the Communications Commission (NCC) runs a sectoral CSIRT
# for telecoms", "the Electricity Institute (ICE), which also runs the grid, maintains its own sectoral response team"
# (named "<owner> sectoral …", by the owner's acronym or its name).
# (or a team named by its sector: "the Bank of X has operated a financial-sector CSIRT since 2023", "the Bank of Y set up
# a financial-sector CSIRT in 2022", "the Bank of Z operates a sector CSIRT for banks, launched in 2023")
RUN_TEAM = re.compile(
    rf"(?P<owner>{SLOT})(?:\s*\([^()]*\))?(?:,\s+(?:which|an?|the)\b[^;\ue000]{{0,100}}?,|,\s+for\s+its\s+part,)?\s+"
    r"(?:also\s+|now\s+|itself\s+)?"
    r"(?:runs|operates|maintains|hosts|(?:has|have)\s+(?:also\s+)?(?:since\s+(?:19|20)\d\d\s+)?(?:set\s+up|run|operated|"
    r"created|launched|established|opened)|set\s+up|created|launched|established|opened)\s+(?:its\s+own\s+|an?\s+|its\s+)"
    r"(?P<unit>(?:sectoral|sector-specific)\s+(?:CSIRT|CERT|CIRT|(?:incident\s+)?response\s+team)"
    r"(?:\s+for\s+(?:the\s+)?[a-z][\w-]*(?:\s+sector)?)?|[a-z]+-sector\s+(?:CSIRT|CERT|CIRT)|"
    r"sector\s+(?:CSIRT|CERT|CIRT)(?:\s+for\s+(?:the\s+)?[a-z][\w-]*(?:\s+sector)?)?)"
    # (a team the sentence names right after is read under its name: "has run a financial-sector CSIRT, MNB-CSIRT, …",
    # "set up its own financial-sector CSIRT (FinCERT) in 2020")
    r"(?!\s*,\s*(?:the\s+)?\ue000|\s*\()")


def run_teams(context: SentenceContext) -> list[Finding]:
    """Sectoral response teams a state body runs, as CERTs of the paragraph's state (see RUN_TEAM)."""
    if "sector" not in context.masked:
        return []
    state = context.state or (context.topic if context.state_of(context.topic) == context.topic else "")
    findings: list[Finding] = []
    for match in RUN_TEAM.finditer(context.masked) if state else ():
        owner = context.view.slot(match.group("owner"))
        named = context.gazetteer.entities.get(owner.key) if owner.key else None
        if named is None or owner.kind != "org" or (context.state_of(owner.key) or owner.key) != state:
            continue  # "Europol runs a sectoral team", another state's body: not this state's CERT
        unit = match.group("unit")
        names = {f"{named.label} {unit}"} | ({f"{named.acronym} {unit}"} if named.acronym else set())
        label = f"{named.acronym or named.label} {unit}"
        entity = Entity(key=f"org/{context.gazetteer.entities[state].slug}/{slugify(label)}", label=label, kind="org",
                        cls=CDO.CERT, agency_of=state, names=names | {label})
        rest = SLOT_RE.sub(" ", context.masked[match.end():context.clause_of(match.end() - 1)[1]])
        when = next((w for w in cues.times(rest[:80]) if w.prep in ("in", "since", "from")), None)
        finding = Finding(Fact("agencyOf", entity.key, state, when.year if when else ""), Decimal("0.75"), "cert.run-team")
        # (its year: "… since 2023", "set up … in 2022", ", launched in 2023")
        finding.entities.append(entity)
        findings.append(finding)
    return findings


# An unnamed sectoral response team, described by its sector: "a sectoral CERT for the oil and gas industry", "a
# sectoral CSIRT for health", "a dedicated healthcare-sector CERT" (named, as readers name it, "<sector>-sector CERT").
SECTORAL_TEAM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:dedicated|separate|new|first|own)\s+)*(?:(?:sectoral|sector-specific)\s+"
    r"(?P<kind>CERT|CSIRT|CIRT)\s+for\s+(?:the\s+)?(?P<sector>(?!the\b)[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}?)"
    r"(?:\s+(?:sector|industry|system|branch))?|(?P<sector2>[a-z][\w-]*)-sector\s+(?P<kind2>CERT|CSIRT|CIRT)|"
    # (a plain team "for the X sector": the sector word itself says it is sectoral)
    r"(?P<kind3>CERT|CSIRT|CIRT)\s+for\s+the\s+(?P<sector3>(?!the\b)[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)\s+"
    r"(?:sector|industry)|"
    # ("a sectoral financial CSIRT": the sector's adjective between)
    r"(?:sectoral|sector-specific)\s+(?P<sector4>(?!for\b)[a-z][\w-]*)\s+(?P<kind4>CERT|CSIRT|CIRT))"
    r"(?=\s*[,;.]|\s+(?:which|that|is|are|was|were|has|have|to|will|in|under|at|within|by)\b)")
# What the rest of the team's clause says of its creation, still ahead: "which X is expected to host", "which the
# Power Division intends to set up in 2026", "to be hosted by X", "was announced in 2024 but has not yet been
# established", "is foreseen in the strategy".
TEAM_TO_COME = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?(?:expected\s+|due\s+|set\s+|scheduled\s+)?to\s+(?:host|establish|set\s+up|create|"
    r"launch|build|be\s+(?:hosted|established|set\s+up|created|launched))|(?:intends?|plans?|aims?)\s+to\s+(?:set\s+up|"
    r"establish|create|launch|host)|will\s+(?:\w+ly\s+)?(?:establish|set\s+up|create|launch|host|be\s+(?:established|set\s+up|"
    r"created|launched|hosted))|(?<![\w-])to\s+be\s+(?:hosted|established|set\s+up|created|run)\b|(?:has|have)\s+not\s+"
    r"(?:yet\s+)?been\s+(?:established|created|set\s+up|launched)|(?:is|are)\s+(?:also\s+)?(?:still\s+)?(?:foreseen|"
    r"envisaged|planned)\b|"
    # ("a financial-sector CSIRT will become operational in 2026", "… will be operational by 2027")
    r"will\s+(?:\w+ly\s+)?(?:become|be)\s+(?:fully\s+)?operational\b|"
    # ("is due to start operations in 2026", "is due to open … in 2026", ", to be operational by 2026", "that it expects
    # to have running by 2026")
    r"(?:is|are)\s+(?:also\s+)?(?:expected|due|set|scheduled)\s+to\s+(?:start\s+(?:operations|operating|work)|"
    r"begin\s+(?:operations|operating|work)|open|become\s+operational|be\s+(?:fully\s+)?operational)\b|"
    r"(?<![\w-])to\s+be\s+(?:fully\s+)?operational\b|\bexpects?\s+to\s+have\s+(?:it\s+)?(?:running|operational|in\s+place)\b)")
# What a clause says of a team it names after the verb, still ahead: "announced that it would set up a CSIRT for the
# financial sector", "plans to create a health-sector CERT".
TEAM_TO_COME_BEFORE = re.compile(
    r"\b(?:would|will|(?:intends?|plans?|aims?)\s+to|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\s+"
    r"(?:\w+ly\s+)?(?:set\s+up|establish|create|launch|build|host)\s+$")


def sector_label(kind: str, sector: str) -> str:
    """The name readers give an unnamed sectoral team: "energy-sector CERT" (the sector's own word kept)."""
    return f"{sector.strip()}-sector {kind}"


def planned_sectoral_teams(context: SentenceContext) -> list[Finding]:
    """Sectoral response teams a clause says are still to come, as Planned CERTs of the paragraph's state (see
    SECTORAL_TEAM and TEAM_TO_COME); the year the clause gives with "in" or "by"."""
    text = context.view.text
    if "sector" not in text or not any(word in text for word in ("CERT", "CSIRT", "CIRT")):
        return []
    state = context.state or (context.topic if context.state_of(context.topic) == context.topic else "")
    if not state or state not in context.gazetteer.entities:
        return []
    findings = []
    announced = [(m.start("np"), m.end("np")) for pattern in (PLANNED_BODY, PLANNED_BODY_ACTIVE)
                 for m in pattern.finditer(text)]
    for match in SECTORAL_TEAM.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in announced):
            continue  # (read by planned_bodies: "a dedicated financial-sector CERT will be launched in 2026")
        # (a later clause's plan is its own: "a sectoral CERT was launched in 2021, and the government intends to …")
        rest = re.split(r";|,\s+(?:and|but|while|whereas)\b", text[match.end():], maxsplit=1)[0]
        told = TEAM_TO_COME.search(rest)
        ahead = TEAM_TO_COME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if told is None and ahead is None:
            continue
        if cues.is_negated(text[max(0, match.start() - 40):match.start()]):
            continue
        kind = match.group("kind") or match.group("kind2") or match.group("kind3") or match.group("kind4")
        sector = match.group("sector") or match.group("sector2") or match.group("sector3") or match.group("sector4")
        label = sector_label(kind, sector)
        entity = Entity(key=f"org/{context.gazetteer.entities[state].slug}/{slugify(label)}", label=label, kind="org",
                        cls=CDO.CERT, agency_of=state, names={label, match.group().split(None, 1)[1]})
        when = next((w for w in cues.times(rest[told.start():told.end() + 100]) if w.prep.lower() in ("in", "by")),
                    None) if told else None  # ("…, announced in 2024, is due to open in 2026": the year it is to come)
        when = when or next((w for w in cues.times(rest[:told.end() + 100] if told else rest)
                             if w.prep.lower() in ("in", "by")), None)
        if when is None and told is None:  # "announced in 2024 that it would set up a CSIRT …": the announcement's year
            when = next((w for w in cues.times(text[:match.start()]) if w.prep.lower() == "in"), None)
        finding = Finding(Fact("agencyOf", entity.key, state, when.year if when else "", status="Planned"),
                          Decimal("0.8"), "cert.sectoral-planned")
        finding.entities.append(entity)
        findings.append(finding)
    return findings


RULES: list[Callable[[SentenceContext], list[Finding]]] = [
    agencies, planned_bodies, planned_sectoral_teams, owned_units, run_teams, agreements, memberships, participation,
    chairing, cooperation, mergers, named_parties,
]


# Relations a profile states for its own state only: another state's agreement, cooperation, joining, membership, law,
# strategy or convention, told as background ("Russia and Iran signed a cooperation agreement", "an MoU between Nigeria and Morocco",
# "Kenya joined the Christchurch Call, while <the profile's state> stayed out") is no claim of the profile.
OWN_ONLY = frozenset({"hasAgreementWith", "cooperatesWith", "joined", "memberOf", "issued", "partyTo"})
# Of these, what an actor does alone (to an organisation or a text): dropped only when a foreign state or its body
# does it ("Brazil adopted its strategy in 2020", "Singapore's Cybersecurity Act of 2018", "Brazil ratified the
# Budapest Convention"); an organisation's text stays ("the strategy the AU adopted").
JOINING = frozenset({"joined", "memberOf", "issued", "partyTo"})
# Who launched an initiative is a fact about the initiative itself ("launched by France and the United Kingdom"),
# which a profile records whoever it names.
FOUNDING_RULES = ("initiative.launched",)


def about_the_profile(findings: list[Finding], context: SentenceContext, home: str) -> list[Finding]:
    """The findings, without an agreement, cooperation or joining in which neither the document's own state
    (``home``) nor the state its paragraph is about (``context.state``) takes part, on either side, itself or
    through one of its agencies. (A page about many states keeps each paragraph's own; a text that is about no
    state in particular, ``home`` empty, keeps all.)"""
    if not home or getattr(context.gazetteer.entities.get(home), "kind", "") != "state":
        return findings
    owners = {k for k in (home, context.state) if k and getattr(context.gazetteer.entities.get(k), "kind", "") == "state"}

    def ours(key: str) -> bool:
        return bool(key) and (key in owners or context.state_of(key) in owners)

    def foreign(key: str) -> bool:  # a state, or a body of a state, that is not the document's
        state = context.state_of(key)
        return bool(state) and state not in owners

    # "Australia, India, Japan and the United States form the Quad": co-members of the profile's state stay
    shared = {(f.fact.relation, f.fact.object) for f in findings if f.fact.relation in JOINING and ours(f.fact.subject)}
    kept = []
    for finding in findings:
        fact = finding.fact
        if fact.relation in OWN_ONLY and not any(ours(k) for k in (fact.subject, fact.through, fact.object,
                                                                     fact.object_through)):
            if (fact.relation not in JOINING or foreign(fact.subject) and (fact.relation, fact.object) not in shared) \
                    and not finding.rule.startswith(FOUNDING_RULES):
                continue
        kept.append(finding)
    return kept
