"""The exact prefilters: a pattern's required literals never reject a text the pattern matches."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import cdkg.extraction
from cdkg.extraction.prefilter import fold, may_match, original, quickened, required_literals

SENTENCES = [
    "Ruritania signed the convention on cybercrime in 2019 and ratified it two years later.",
    "The ministry was hit by a ransomware attack in March 2022, which disrupted hospital services.",
    "Freedonia has not yet acceded to the Budapest Convention, though it is an observer.",
    "Its national position on how international law applies, published in 2021, affirms sovereignty.",
    "Officials highlighted due diligence and countermeasures at the OEWG, aligning with the EU.",
    "The agency cooperates closely with regional partners on capacity building and incident response.",
    "Nothing in this sentence is of interest.",
    "SİGNED by the ſtate: İnternational law is a \u212aey topic.",
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(cdkg.extraction.__path__):
        module = importlib.import_module(f"cdkg.extraction.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", value))
    return found


@pytest.mark.parametrize("name,pattern", _patterns())
def test_prefilter_never_rejects_a_match(name: str, pattern: re.Pattern[str]) -> None:
    for sentence in SENTENCES:
        if pattern.search(sentence):
            assert may_match(pattern, sentence), (name, sentence)


def test_literals_are_what_every_match_holds() -> None:
    pattern = re.compile(r"\b(?:sign(?:ed|s)|ratif\w+)\s+(?:the\s+)?convention\b", re.IGNORECASE)
    assert required_literals(pattern)[0] == frozenset({"convention"})
    assert may_match(pattern, "It SIGNED THE CONVENTION.")
    assert not may_match(pattern, "It signed the treaty.")


def test_a_pattern_without_literals_is_never_filtered() -> None:
    assert required_literals(re.compile(r"[A-Z]\w+")) == []
    assert may_match(re.compile(r"[A-Z]\w+"), "anything")


def test_letters_python_folds_onto_ascii_are_folded() -> None:
    pattern = re.compile(r"signed", re.IGNORECASE)
    for text in ("S\u0130GNED", "\u017figned", "s\u0131gned"):
        assert pattern.search(text) and may_match(pattern, text)
    assert fold("\u212aEY") == "key"



def _searched_one_by_one(sets: list[frozenset[str]], text: str) -> bool:
    """What the prefilter must answer: every set of required literals has a string in the folded text."""
    folded = fold(text)
    return all(any(literal in folded for literal in literals) for literals in sets)


def test_bits_of_a_texts_words_answer_as_searching_the_literals_does() -> None:
    """The shared reading of a text's words (one bit per literal of plain letters) gives the same answer as
    searching each pattern's literals, for every pattern of the package, on whole sentences and on pieces of them
    (pieces cut inside words, so that a literal's letters run across a cut), in three cases."""
    import random
    rng = random.Random(7)
    texts = SENTENCES + [
        "Zarnavia has co-signed the joint statement; officials didn't attribute the 2020 breach to anyone.",
        "The Velmoran CERT's staff were trained in 2018 under the EU-funded programme, which it co-finances.",
        "Cooperation agreements, MoUs and dialogues: the ministry's plans to host the forum were announced.",
    ]
    texts += [t[i:j] for t in texts for i, j in (sorted(rng.sample(range(len(t) + 1), 2)) for _ in range(6))]
    texts += [t.upper() for t in texts] + [t.title() for t in texts]
    for name, pattern in _patterns():
        sets = required_literals(pattern)
        for text in texts:
            assert may_match(pattern, text) == _searched_one_by_one(sets, text), (name, text)


def test_literals_with_spaces_are_looked_for_where_their_pieces_are() -> None:
    """A literal with a space, a digit or a hyphen is looked for only in a text whose words hold its longest piece
    without whitespace; a piece at the literal's edge may be the end or start of a longer word of the text."""
    pattern = re.compile(r"\b(?:helped\s+to\s+establish|sponsoring nation|pro-[a-z]+|19[5-9]\d)|the confederation")
    sets = required_literals(pattern)
    texts = ["It helped to establish the forum.", "Ruritania, a sponsoring nation, agreed.", "pro-Kremlin groups",
             "in 1997", "Bathe confederation rules apply.", "It helped establish the forum.", "a sponsoring state",
             "confederation", "nation sponsoring", "pro forma", "in 2097", "2019", "TO ESTABLISH, HELPED TO ESTABLISH"]
    for text in texts:
        assert may_match(pattern, text) == _searched_one_by_one(sets, text), text
    assert may_match(pattern, "Bathe confederation rules apply.") and not may_match(pattern, "a sponsoring state")


def test_literals_of_a_pattern_first_asked_late_are_found_in_texts_read_before() -> None:
    """A pattern asked for the first time adds its literals: the words and texts already read are read again."""
    text = "The quokkanomics directorate was founded on a xylophonic principle."
    assert may_match(re.compile(r"\bdirectorate\b"), text)  # (the text's words are read now)
    late = re.compile(r"\b(?:xylophon|zebrafish)\w*", re.IGNORECASE)
    assert may_match(late, text) and may_match(late, text.upper())
    assert not may_match(late, "The directorate was founded on a principle.")
    later = re.compile(r"quokka\w+|wombat\w+")
    assert may_match(later, text) and not may_match(later, "A wombatless text."[:5])


def test_long_texts_are_searched_directly_with_the_same_answer() -> None:
    pattern = re.compile(r"\b(?:ratif\w+|acced\w+)\s+to\b", re.IGNORECASE)
    long = "Filler words of no interest. " * 60
    assert len(long) > 1000
    assert not may_match(pattern, long)
    assert may_match(pattern, long + "It ACCEDED to it.")


# --- names before a sentence, kept along the paragraph ------------------------------------------------------------

def _small_gazetteer():  # noqa: ANN202
    from cdkg.extraction.registry import DocumentRegistry
    from cdkg.gazetteer import Entity, Gazetteer
    from cdkg.vocabulary import CDO

    reference = Gazetteer("https://example.org/id/")
    for key, label in (("state/ruritania", "Ruritania"), ("state/st-lucia", "St. Lucia"),
                       ("state/freedonia", "Freedonia")):
        reference.add(Entity(key, label, "state", CDO.State, reference=True), {label: "name"})
    return reference, DocumentRegistry(reference)


def test_names_before_a_sentence_are_those_of_the_text_before_it() -> None:
    from cdkg.extraction.pipeline import NamesBefore

    _, registry = _small_gazetteer()
    text = "Ruritania signed a pact. It was St. Lucia that asked. Freedonia and Ruritania agreed."
    names = NamesBefore(text)
    for start in range(len(text) + 1):
        if start == 0 or text[start - 1] == " ":
            assert names.before(registry, start) == tuple(registry.find(text[:start])), start


def test_names_before_follow_names_the_document_adds() -> None:
    from cdkg.extraction.pipeline import NamesBefore
    from cdkg.gazetteer import Entity
    from cdkg.vocabulary import CDO

    _, registry = _small_gazetteer()
    text = "The Ruritanian Cyber Office (RCO) was set up. The RCO is small. Freedonia noted it."
    names = NamesBefore(text)
    start = text.index("Freedonia")
    before = names.before(registry, start)
    registry.add(Entity("org/rco", "RCO", "org", CDO.GovernmentAgency), {"RCO": "acronym"})
    after = names.before(registry, start)
    assert after == tuple(registry.find(text[:start])) and len(after) == len(before) + 2


def test_remembered_matches_are_forgotten_when_names_change() -> None:
    from cdkg.gazetteer import Entity
    from cdkg.vocabulary import CDO

    _, registry = _small_gazetteer()
    assert registry.matches("Osterlich and Ruritania") == tuple(registry.find("Osterlich and Ruritania"))
    registry.add(Entity("state/osterlich", "Osterlich", "state", CDO.State), {"Osterlich": "name"})
    assert [h.key for h in registry.matches("Osterlich and Ruritania")] == ["state/ruritania", "state/osterlich"]


def _quickened() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, pattern) for name, pattern in _patterns() if original(pattern) is not pattern]


def test_most_patterns_of_the_package_are_quickened() -> None:
    assert len(_quickened()) > 50


@pytest.mark.parametrize("name,pattern", _quickened())
def test_a_quickened_pattern_matches_what_its_original_matches(name: str, pattern: re.Pattern[str]) -> None:
    before = original(pattern)
    assert pattern.flags == before.flags and pattern.groupindex == before.groupindex
    texts = SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES] + [
        "The \ue0000\ue001 signed an MoU with \ue0001\ue001 in 2019; \ue0002\ue001's agency (the NCSA) followed.",
        "In March 2021, the Cyber Security Agency of Ruritania (CSAR) and the Freedonian CERT-FR met.",
    ]
    for text in texts:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in before.finditer(text)], (name, text)
        assert bool(pattern.match(text)) == bool(before.match(text)), (name, text)



def test_quickened_patterns_built_from_the_parsed_tree_are_what_compiling_their_text_gives() -> None:
    """Quickened patterns are compiled from their original's parsed tree (not parsed again): each is equal to
    ``re.compile`` of its own text (``==`` compares flags, text and compiled code) with the same groups."""
    from cdkg.extraction import prefilter
    quick = [pattern for name, pattern in _quickened()]
    assert prefilter.FROM_TREE[0] >= len(quick) > 50  # (the tree was used, not the fallback)
    for pattern in quick:
        compiled = re.compile(pattern.pattern, pattern.flags)
        assert pattern == compiled and pattern.groupindex == compiled.groupindex and pattern.groups == compiled.groups
    for text, flags in ((r"\b(?:sign(?:ed|s)|ratif\w+)", re.IGNORECASE), (r"(?<!\w)(?P<a>x|y)-(?P<b>\d+)", 0),
                        (r"\b(?:a|\]|\\|\^|-)z", re.IGNORECASE)):
        made = quickened(re.compile(text, flags))
        assert made == re.compile(made.pattern, made.flags) and made.pattern.startswith("(?=[")

def test_quickened_keeps_patterns_that_already_skip_ahead_or_cannot() -> None:
    for kept in (r"[A-Z]\w+", r"^\s*the", r"x?", r"\bfoo|\w+bar", r"(?i)\bthe"):
        pattern = re.compile(kept)
        assert quickened(pattern) is pattern
    quick = quickened(re.compile(r"(?<![\w-])(?:a|b-c|\]x|\\d|\^y)", re.IGNORECASE))
    assert quick.pattern.startswith("(?=[") and original(quick).pattern.startswith("(?<!")
    for text in ("A", "b-C", "]X", "\\D", "^y", "xa", "-a", "Ъ"):
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in original(quick).finditer(text)], text
    assert required_literals(quick) == required_literals(original(quick))


@pytest.mark.parametrize("source, text", [
    (r"\b(?i:the|an?)\s+attack", "An attack"),
    (r"(?<!\w)(?i:cyber)\s+\w+", "CYBER week"),
    (r"\b(?-i:Act)\b", "the Act"),
])
def test_a_group_with_its_own_flags_matches_as_its_original(source: str, text: str) -> None:
    """An inline-flagged group ("(?i:the|an?)") folds case where the pattern does not: its first characters are not
    told, so the pattern is not put behind a case-sensitive look-ahead that would reject "A"."""
    flags = re.IGNORECASE if "-i" in source else 0
    pattern = re.compile(source, flags)
    quick = quickened(pattern)
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in pattern.finditer(text)] != []


def test_named_incident_pattern_reads_names_as_the_slower_spelling_did():
    """The incident pattern's proper-name words are read once (a look-ahead for their lower-case letter, a
    possessive run) and matches open on a word: the same matches as the spelling that tried every split."""
    from cdkg.extraction import cybercrime
    fast = cybercrime.NAMED_INCIDENT
    slow = re.compile(fast.pattern.replace(r"\b(?=[\w-])", r"\b", 1).replace(
        r"(?:[A-Z](?=[\w-]*[a-z])[\w-]*+|[A-Z]{2,}[\w-]*+)", r"(?:[A-Z][\w-]*[a-z][\w-]*|[A-Z]{2,}[\w-]*)"), fast.flags)
    assert slow.pattern != fast.pattern
    sentences = [
        "In 2019 the Zarnavian Ministry of Roads suffered the Graywolf ransomware attack on its payroll servers.",
        "The ORCHID-7 campaign against Velmoran banks was blamed on a foreign group.",
        "Officials said the 2021 DDoS attacks on the tax portal, which lasted a week, were Quillish in origin.",
        "A Borovian NGO reported a hack-and-leak operation targeting its staff; the DataVault breach followed.",
        "After the wave of cyber-related incidents, MinistryNet and TELCO-X outages hit the north.",
        "Nobody named the intrusion, though Tarvish hackers had struck the grid.",
    ]
    for sentence in sentences:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(sentence)] == \
            [(m.span(), m.groupdict()) for m in slow.finditer(sentence)]
    assert any(fast.search(s) for s in sentences)


def test_what_a_look_ahead_asks_for_is_required_but_not_what_a_look_behind_asks_for() -> None:
    ahead = re.compile(r"\b[A-Z]{3,6}(?=\s+(?:funded|financed)\b)")
    assert required_literals(ahead) == [frozenset({"funded", "financed"})]
    assert may_match(ahead, "The GIZ funded it.") and ahead.search("The GIZ funded it.")
    assert not may_match(ahead, "The GIZ ran it.")
    # a look-behind may look before the start of a search ("funded by " lies before ``pos``): never a literal
    behind = re.compile(r"(?<=funded by )[A-Z]{3,6}")
    assert required_literals(behind) == []
    assert behind.search("It was funded by USAID.", 17)


def test_readings_remembered_across_texts_answer_as_fresh_ones() -> None:
    pattern = re.compile(r"\bratif(?:ied|y)\b", re.IGNORECASE)
    texts = ["Ruritania ratified it.", "Freedonia signed it.", "Ruritania ratified it.", "Freedonia signed it."]
    assert [may_match(pattern, t) for t in texts] == [True, False, True, False]
    assert [may_match(pattern, t) for t in reversed(texts)] == [False, True, False, True]


@pytest.mark.parametrize("text", ["the CyberSouth project", "GLACY+ was extended", "an e-Gov plan", "a G-7 meeting",
                                  "in 2019 the 5G rollout", "nothing coined here", "ALL CAPS ONLY", "x9Y", ""])
def test_the_coined_name_gate_reads_as_the_alternation_did(text: str) -> None:
    from cdkg.extraction.documents import _may_coin
    assert _may_coin(text) == bool(re.search(r"[a-z0-9][A-Z]|\d[A-Za-z]|[A-Z]-[a-zA-Z0-9]|[A-Z]\+", text))


def test_a_kept_reading_is_recalled_only_while_no_literal_was_added() -> None:
    """Pass 1's reading of a sentence, handed back for pass 2, answers as a fresh one; after a pattern with new
    literals was first asked it is not recalled (its bits would lack them) and the text is read again."""
    from cdkg.extraction import prefilter
    text = "The quillwort ministry drafted a plan with the xanthic council."
    kept = prefilter.kept_reading(text)
    prefilter._READINGS.clear()
    prefilter.recall(kept)
    assert prefilter._READINGS.get(text) is kept[2]
    assert may_match(re.compile(r"\bquillwort\b"), text)  # (a new literal: every reading is forgotten)
    prefilter.recall(kept)
    assert prefilter._READINGS.get(text) is not kept[2]
    assert may_match(re.compile(r"xanthic|zymurgy"), text) and not may_match(re.compile(r"zymurgy"), text)
