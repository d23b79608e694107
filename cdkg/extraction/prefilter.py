"""Exact prefilters for regular expressions: words a match cannot do without, read off the pattern itself.

Python's ``re`` cannot skip ahead in a case-insensitive pattern that opens with ``\\b`` and an alternation
of words (most cue patterns of the rules): it tries every alternative at every position, 10 to 50 µs a
sentence. The same words searched case-sensitively in the lower-cased text take 1 to 2 µs. So
:func:`may_match` first asks whether the text holds one of the literal strings every match of the pattern
must contain, and only then is the pattern worth running.

The strings are derived from the parsed pattern, never written by hand, so a rule's pattern and its
prefilter cannot drift apart: a prefilter never says no where the pattern would match. Where the pattern
gives no useful literal (a name pattern, a slot), the prefilter always says yes.

Case: a match of an ASCII letter ignoring case is that letter in either case or one of four non-ASCII
letters Python's ``re`` folds onto it (dotted and dotless i, long s, the Kelvin sign); :func:`fold` maps
those four to their ASCII letter before lower-casing, so a literal is looked for in folded text whatever the
pattern's flags. Literals with other non-ASCII characters are not used.
"""

from __future__ import annotations

import re

try:  # the parser of the standard library's engine (private, stable since 3.11); without it, no prefilters
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None  # type: ignore[assignment]

FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
FOLDED = tuple(chr(code) for code in FOLD)
MAX_SET = 64  # at most this many alternative strings per part of a pattern
MIN_LENGTH = 3  # shorter literals are in nearly every sentence: not worth a prefilter
MAX_SETS = 2  # sets of literals checked per pattern (every match holds one string of each)
FEW = 16  # up to this many strings are looked for one by one (``in`` is faster than any pattern for them)
Literals = "tuple[str, ...] | re.Pattern[str]"  # a set of literals as searched: a few strings, or a pattern for many

_last: tuple[str, str] = ("", "")  # the last text folded and its folding (one tuple: swapped atomically)


def fold(text: str) -> str:
    """``text`` lower-cased, the four non-ASCII letters that match ASCII ones ignoring case mapped onto them."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    folded = text.lower()
    if not text.isascii() and any(char in text for char in FOLDED):
        folded = text.translate(FOLD).lower()
    _last = (text, folded)
    return folded


def _reading(text: str) -> tuple[str, int | None]:
    """The folded text and the bits of the literals its words hold (None for a text too long to read by words:
    its literals are searched for one by one), remembered for the last texts read: a rule asks several patterns of
    the same few texts (the masked sentence, its written-out form, the sentence), in turn, so one remembered text
    was folded again at every switch."""
    found = _READINGS.get(text)
    if found is not None:
        return found
    folded = fold(text)
    if len(folded) > LONG:
        found = folded, None
    else:
        present = _MASKS.get(folded)
        found = folded, (_present(folded) if present is None else present)
    if len(_READINGS) >= MASKS_KEPT:
        _READINGS.clear()
    _READINGS[text] = found
    return found


def kept_reading(text: str) -> tuple[int, str, tuple[str, int | None]]:
    """The reading of ``text``, to be handed back by :func:`recall` when the text is asked again much later (a
    sentence read by discovery is read again by the relation pass, after every other sentence of the corpus has
    pushed it out of the texts remembered)."""
    return len(_BITS), text, _reading(text)


def recall(kept: tuple[int, str, tuple[str, int | None]]) -> None:
    """Remember a reading from :func:`kept_reading` again, unless literals were added since (bits are never taken
    away, so the same number of bits means the same reading)."""
    generation, text, reading = kept
    if generation == len(_BITS) and text not in _READINGS:
        if len(_READINGS) >= MASKS_KEPT:
            _READINGS.clear()
        _READINGS[text] = reading


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text`` (nor in any part of it)."""
    found = _LITERALS.get(id(pattern))
    if found is None or found[0] is not pattern:
        found = _LITERALS[id(pattern)] = (pattern, *_searches(required_literals(pattern)))
    if not found[1]:
        return True
    reading = _READINGS.get(text)  # (the remembered reading looked up here: a call less, for most calls)
    folded, present = reading if reading is not None else _reading(text)
    if present is None:
        return _searched(found[1], folded)
    for mask, others_mask, others in found[2]:
        if not mask & present:
            if others_mask is not None and not others_mask & present:
                return False  # (no word of the text holds a piece of any of the other literals)
            for bit, word in others:
                if (not bit or bit & present) and word in folded:
                    break
            else:
                return False
    return True


def may_match_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """False only when none of ``patterns`` can match in ``text`` (one search for them all)."""
    found = _LITERALS.get(id(patterns))
    if found is None or found[0] is not patterns:
        sets = [required_literals(pattern) for pattern in patterns]
        union = [frozenset().union(*(s[0] for s in sets))] if all(sets) else []
        found = _LITERALS[id(patterns)] = (patterns, *_searches(union))
    if not found[1]:
        return True
    reading = _READINGS.get(text)
    folded, present = reading if reading is not None else _reading(text)
    if present is None:
        return _searched(found[1], folded)
    mask, others_mask, others = found[2][0]
    if mask & present:
        return True
    if others_mask is not None and not others_mask & present:
        return False
    for bit, word in others:  # (a loop: a generator for ``any`` cost more than the look-ups)
        if (not bit or bit & present) and word in folded:
            return True
    return False


def _searched(searches: tuple[Literals, ...], folded: str) -> bool:
    """Whether ``folded`` holds one string of each set, each set searched on its own (for long texts)."""
    for words in searches:
        if words.__class__ is tuple:
            for word in words:
                if word in folded:
                    break
            else:
                return False
        elif words.search(folded) is None:
            return False
    return True


# --- one reading of a text's words for every prefilter -------------------------------------------------------------
# Asking each pattern's literals of a sentence in turn cost 2-9 µs a pattern (a trie search over the whole sentence
# for a large set), some twenty times a sentence. Most literals are plain letters ("cooperat", "signed"); such a
# literal occurs in a text only inside one of its maximal runs of letters, its words. So every such literal gets a bit;
# each word, once per process, the bits of the literals it holds; a text, the union of its words' bits (remembered for
# the last texts asked). A set of literals is then one AND of its bits with the text's; its literals with other
# characters (a space, an apostrophe, a digit) are still looked for with ``in``, but only in a text whose words hold
# the literal's longest piece without whitespace ("member" of "member of"; see _searches): a set of 34 such literals
# took 7 µs of ``in`` searches on every sentence that held none of them. Exact: the same answer as searching.
# A "word" here is what ``str.split()`` gives, a run of characters other than whitespace (punctuation included: it
# splits twice as fast as a pattern for letters, and a literal of letters lies inside one such run all the same).
LONG = 1000  # longer texts (a paragraph before a sentence) are searched directly: few patterns are asked of them
_BITS: dict[str, int] = {}  # literal of plain letters (or an other literal's piece without whitespace) -> its bit
_LENGTHS = [MIN_LENGTH, MIN_LENGTH]  # shortest and longest such literal
_WORDS: dict[str, int] = {}  # word -> bits of the literals it holds
_MASKS: dict[str, int] = {}  # folded text -> bits of the literals it holds (the last texts asked)
_READINGS: dict[str, tuple[str, int | None]] = {}  # text -> its reading (the last texts asked)
MASKS_KEPT = 256


Check = tuple[int, "int | None", tuple[tuple[int, str], ...]]


def _searches(sets: list[frozenset[str]]) -> tuple[tuple[Literals, ...], tuple[Check, ...]]:
    """A pattern's sets of literals as searched (see :func:`_alternation`) and as (bits of its literals of plain
    letters, bits of its other literals' pieces, its other literals each with its piece's bit).

    An other literal ("member of", "inter-american", "190") still has to be looked for in the text, but one of its
    runs of characters other than whitespace (the longest, if it is long enough and ASCII) lies inside one word of
    any text that holds the literal, as a plain literal does: that piece gets a bit, and the literal is looked for
    only where the text's words hold it (0: a literal without such a piece, always looked for). The set's pieces'
    bits together (None when one literal has no piece) rule the whole set out with one AND."""
    searches = tuple(_alternation(literals) for literals in sets)
    checks = []
    for literals in sets:
        literals = frozenset(s for s in literals if not any(t != s and t in s for t in literals))
        letters = [s for s in literals if s.isascii() and s.isalpha()]
        mask = 0
        for literal in letters:
            mask |= _bit(literal)
        others, others_mask = [], 0
        for literal in sorted(literals.difference(letters), key=lambda s: (-len(s), s)):
            piece = max(literal.split(), key=len, default="")
            bit = _bit(piece) if len(piece) >= MIN_LENGTH and piece.isascii() else 0
            others.append((bit, literal))
            others_mask = None if others_mask is None or not bit else others_mask | bit
        checks.append((mask, others_mask, tuple(others)))
    return searches, tuple(checks)


def _bit(literal: str) -> int:
    """The bit of a literal without whitespace (given the next one when new)."""
    if literal not in _BITS:
        _register(literal)
    return 1 << _BITS[literal]


def _register(literal: str) -> None:
    """A new literal (or piece) gets the next bit; the words' and texts' bits known so far lack it: forgotten."""
    _BITS[literal] = len(_BITS)
    _LENGTHS[:] = [min(_LENGTHS[0], len(literal)), max(_LENGTHS[1], len(literal))]
    _WORDS.clear()
    _MASKS.clear()
    _READINGS.clear()


def _word_bits(word: str) -> int:
    """Bits of the literals of plain letters ``word`` holds (every substring of a literal's length looked up)."""
    bits, low, high, size = 0, _LENGTHS[0], _LENGTHS[1], len(word)
    for start in range(size - low + 1):
        for end in range(start + low, min(size, start + high) + 1):
            bit = _BITS.get(word[start:end])
            if bit is not None:
                bits |= 1 << bit
    return bits


def _present(folded: str) -> int:
    """Bits of every literal of plain letters ``folded`` holds (remembered)."""
    if len(_MASKS) >= MASKS_KEPT:
        _MASKS.clear()
    present = 0
    known = _WORDS.get
    for word in folded.split():
        bits = known(word)
        if bits is None:
            bits = _WORDS[word] = _word_bits(word)
        if bits:  # (most words hold no literal: an OR of two ints of some 2,000 bits is not free)
            present |= bits
    _MASKS[folded] = present
    return present


def prefiltered_search(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    """``re.search(pattern, text, flags)``, not run where the text lacks the literals every match holds (for a rule's
    word gate: "if not prefiltered_search(r"vot|abstain", masked, re.I)")."""
    compiled = _COMPILED.get((pattern, flags))
    if compiled is None:
        compiled = _COMPILED[(pattern, flags)] = quickened(re.compile(pattern, flags))
    return compiled.search(text) if may_match(compiled, text) else None


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}
# pattern (or tuple of patterns) id -> (the pattern, the literal searches, their bits; see _searches): a Pattern's own hash reads its whole
# code every time, far slower than this look-up; the pattern is kept so that its id is never reused
_LITERALS: dict[int, tuple[object, tuple[Literals, ...], tuple[tuple[int, tuple[str, ...]], ...]]] = {}


def _alternation(literals: frozenset[str]) -> Literals:
    """What finds one of ``literals`` fastest: the strings themselves when they are few, else one pattern shaped as a
    trie (``re`` tries every alternative of a flat alternation at every position; a trie, one branch per letter).
    A string that holds another is left out (the other is found wherever it is), so the trie stops at the first
    whole string."""
    literals = frozenset(s for s in literals if not any(t != s and t in s for t in literals))
    if len(literals) <= FEW:
        return tuple(sorted(literals, key=lambda s: (-len(s), s)))
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
    return re.compile(_trie(trie))


def _trie(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""


def required_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of lower-case strings such that every match of ``pattern`` contains one string of each set (at most
    :data:`MAX_SETS` sets, the most selective; none when the pattern has no strings of :data:`MIN_LENGTH`)."""
    pattern = original(pattern)
    if sre_parse is None or not isinstance(pattern.pattern, str):
        return []
    try:
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - a pattern that compiled parses
        return []
    candidates = _candidates(parsed) if len(parsed) > 1 else [_sequence(parsed)[1]]
    useful = {frozenset(s for s in c if not any(t != s and t in s for t in c))  # "sign" covers "signed"
              for c in candidates if c and "" not in c and min(len(s) for s in c) >= MIN_LENGTH}
    return sorted(useful, key=lambda c: (_selectivity(c), sorted(c)), reverse=True)[:MAX_SETS]


# Each node gives (exact, required): ``exact`` every string the node can match (None: too many or unknown),
# ``required`` strings one of which every match of the node contains (None: nothing known).
Info = tuple["set[str] | None", "set[str] | None"]
ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _node(op, av) -> Info:  # noqa: ANN001 - the parser's own node types
    name = str(op)
    if name == "LITERAL":
        char = chr(av)
        return ({char.lower()}, None) if char.isascii() else (None, None)
    if name == "IN":
        return _charset(av), None
    if name == "ASSERT" and av[0] == 1:  # a look-ahead matches nothing, but what it asks for is in the text searched
        return {""}, _best(*_sequence(list(av[1])))  # (a look-behind may look before the start of a search: not used)
    if name in ZERO_WIDTH:
        return {""}, None
    if name == "SUBPATTERN":
        return _sequence(list(av[3]))
    if name == "ATOMIC_GROUP":
        return _sequence(list(av))
    if name == "BRANCH":
        return _branch(av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _repeat(*av)
    return None, None


def _charset(items) -> set[str] | None:  # noqa: ANN001
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and chr(av).isascii():
            chars.add(chr(av).lower())
        elif name == "RANGE" and av[1] < 128 and av[1] - av[0] < MAX_SET:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= MAX_SET else None


def _branch(alternatives) -> Info:  # noqa: ANN001
    infos = [_sequence(list(a)) for a in alternatives]
    exact: set[str] | None = set()
    required: set[str] | None = set()
    for alternative_exact, alternative_required in infos:
        exact = exact | alternative_exact if exact is not None and alternative_exact is not None else None
        best = _best(alternative_required, alternative_exact)
        required = required | best if required is not None and best is not None else None
    if exact is not None and len(exact) > MAX_SET:
        exact = None
    return exact, required


def _repeat(low: int, high: int, item) -> Info:  # noqa: ANN001
    exact, required = _sequence(list(item))
    if low == 0:
        return (exact | {""} if exact is not None and high == 1 else None), None
    if low == high == 1:
        return exact, required
    return None, _best(required, exact)


def _candidates(nodes) -> list[set[str]]:  # noqa: ANN001
    """Every set of strings a match of the concatenation ``nodes`` must hold one of (see :func:`_sequence`)."""
    candidates: list[set[str]] = []
    _sequence(nodes, candidates)
    return candidates


def _sequence(nodes, candidates: list[set[str]] | None = None) -> Info:  # noqa: ANN001
    """A concatenation: exact strings are the products of its parts; required strings, the most selective of
    each run of exactly known parts (their product) and each part's own."""
    candidates = [] if candidates is None else candidates
    run: set[str] = {""}
    whole: set[str] | None = {""}
    for op, av in nodes:
        exact, required = _node(op, av)
        whole = _product(whole, exact) if whole is not None and exact is not None else None
        joined = _product(run, exact) if exact is not None else None
        if joined is None:
            candidates.append(run)
            run = exact if exact is not None else {""}
        else:
            run = joined
        if required is not None:
            candidates.append(required)
    candidates.append(run)
    return whole, _most_selective(candidates)


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > MAX_SET:
        return None
    return {a + b for a in left for b in right}


def _best(required: set[str] | None, exact: set[str] | None) -> set[str] | None:
    return _most_selective([c for c in (required, exact) if c is not None])


def _most_selective(candidates: list[set[str]]) -> set[str] | None:
    """The candidate whose shortest string is longest (then the smallest); none holding the empty string."""
    useful = [c for c in candidates if c and "" not in c]
    return max(useful, key=_selectivity, default=None)


# words nearly every sentence of a cyber-diplomacy profile holds: a set with one of them rules out next to nothing
COMMON = frozenset({"cyber", "the", "and", "with", "for", "its", "from", "state", "national", "security",
                    "international", "government"})


def _selectivity(strings: set[str]) -> tuple[bool, int, int]:
    """How rarely a text holds one of ``strings``, roughly: none of them a common word, the length of the shortest,
    then fewer strings."""
    return COMMON.isdisjoint(strings), min(len(s) for s in strings), -len(strings)


# --- first letters ---------------------------------------------------------------------------------------------
# ``re`` skips ahead to where a match can start only when the pattern opens with a letter or a class. A pattern that
# opens with "\\b" and an alternation of words, a look-behind or a negative look-ahead is tried from every position
# of the text, each alternative in turn. The same pattern behind a look-ahead for the characters a match can start
# with, "(?=[aAbB…])(?:…)", matches exactly the same (the look-ahead only asks what the pattern asks of its first
# character, under the same flags) and fails at once at every other position: two to five times faster.

MAX_FIRST = 100  # larger first-character sets are not worth a look-ahead
_GIVE_UP = None
FROM_TREE = [0]  # quickened patterns compiled from their original's parsed tree (see _compiled_from_tree)
# id of a quickened pattern -> (it, the pattern it stands for): the literals are read off the original
_ORIGINAL: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def quickened(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for its possible first characters, or ``pattern`` itself when ``re`` already
    skips ahead (it opens with a letter or a class), it is anchored, may match the empty string, or its first
    character cannot be told."""
    if sre_parse is None or not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE or \
            pattern.pattern.startswith("(?") and not pattern.pattern.startswith(("(?:", "(?P<", "(?=", "(?!", "(?<")):
        return pattern
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern that compiled parses
        return pattern
    parsed = list(tree)
    if not parsed or str(parsed[0][0]) in ("LITERAL", "IN") or \
            str(parsed[0][0]) == "AT" and str(parsed[0][1]).startswith("AT_BEGINNING"):
        return pattern
    chars, empty = _first_of_sequence(parsed)
    if chars is _GIVE_UP or empty or not chars or len(chars) > MAX_FIRST:
        return pattern
    source = f"(?=[{''.join(_class_char(c) for c in sorted(chars))}])(?:{pattern.pattern})"
    quick = _compiled_from_tree(source, pattern.flags, tree, chars)
    _ORIGINAL[id(quick)] = (quick, pattern)
    return quick


def _compiled_from_tree(source: str, flags: int, parsed, chars: set[str]) -> re.Pattern[str]:  # noqa: ANN001
    """``re.compile(source, flags)`` for ``source`` = "(?=[chars])(?:original)", built from the original's parsed
    tree with the look-ahead put in front (what parsing ``source`` gives, node for node), so that the pattern is not
    parsed a second time: parsing is half of compiling, and some 300 patterns are quickened when the package loads.
    Equal to the pattern ``re.compile`` gives (``==`` compares flags, text and code; a test checks every one)."""
    try:
        import _sre
        from re import _compiler
        items = [(sre.LITERAL, ord(char)) for char in sorted(chars)]
        look_ahead = sre_parse.SubPattern(parsed.state, [(sre.IN, items)] if len(items) > 1 else items)
        tree = sre_parse.SubPattern(parsed.state, [(sre.ASSERT, (1, look_ahead)),
                                                  (sre.SUBPATTERN, (None, 0, 0, parsed))])
        code = _compiler._code(tree, flags)
        state = parsed.state
        index_group = [None] * state.groups
        for name, index in state.groupdict.items():
            index_group[index] = name
        compiled = _sre.compile(source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))
        FROM_TREE[0] += 1
        return compiled
    except Exception:  # pragma: no cover - another engine's internals: parse the text
        return re.compile(source, flags)


def original(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern a quickened pattern stands for (``pattern`` itself otherwise)."""
    found = _ORIGINAL.get(id(pattern))
    return found[1] if found is not None and found[0] is pattern else pattern


def _class_char(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def _first_of_sequence(nodes) -> tuple[set[str] | None, bool]:  # noqa: ANN001 - the parser's own node types
    """(characters a match of the concatenation can start with or None when unknown, whether it may be empty)."""
    chars: set[str] = set()
    for op, av in nodes:
        first, empty = _first_of_node(op, av)
        if first is _GIVE_UP:
            return _GIVE_UP, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _first_of_node(op, av) -> tuple[set[str] | None, bool]:  # noqa: ANN001
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}, False
    if name == "IN":
        chars: set[str] = set()
        for item, value in av:
            if str(item) == "LITERAL":
                chars.add(chr(value))
            elif str(item) == "RANGE" and value[1] - value[0] < MAX_FIRST:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a negated class, a category (\\w, \\s): not spelled out
                return _GIVE_UP, False
        return chars, False
    if name in ZERO_WIDTH:
        return set(), True
    if name == "SUBPATTERN":
        if av[1] or av[2]:  # "(?i:the|an?)": its own flags, which the look-ahead (under the pattern's) would not share
            return _GIVE_UP, False
        return _first_of_sequence(list(av[3]))
    if name == "ATOMIC_GROUP":
        return _first_of_sequence(list(av))
    if name == "BRANCH":
        chars, empty = set(), False
        for alternative in av[1]:
            first, alternative_empty = _first_of_sequence(list(alternative))
            if first is _GIVE_UP:
                return _GIVE_UP, False
            chars, empty = chars | first, empty or alternative_empty
        return chars, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        first, empty = _first_of_sequence(list(av[2]))
        return (first, empty or av[0] == 0) if first is not _GIVE_UP else (_GIVE_UP, False)
    return _GIVE_UP, False


def quicken_modules(prefix: str = "cdkg.extraction.") -> int:
    """Replace the patterns the loaded modules under ``prefix`` hold (as module constants, or in module-level tuples,
    lists and dicts of them) by their :func:`quickened` forms, the same object wherever one pattern was imported, so
    that ``pattern is X`` still holds; how many patterns were quickened."""
    import sys
    done: dict[int, object] = {}

    def swap(value: object, depth: int = 0) -> object:
        if id(value) in done:
            return done[id(value)]
        new = value
        if isinstance(value, re.Pattern):
            new = quickened(value)
        elif depth < 3 and isinstance(value, tuple) and any(isinstance(v, (re.Pattern, tuple)) for v in value):
            items = tuple(swap(v, depth + 1) for v in value)
            new = items if any(a is not b for a, b in zip(items, value)) else value
        elif depth < 3 and isinstance(value, list):
            value[:] = [swap(v, depth + 1) for v in value]
        elif depth < 3 and isinstance(value, dict):
            for key in list(value):
                value[key] = swap(value[key], depth + 1)
        done[id(value)] = new
        keep.append(value)  # (ids stay unique while the walk lasts)
        return new

    keep: list[object] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None or name == __name__:
            continue
        for attribute, value in list(vars(module).items()):
            if attribute.startswith("__") or not isinstance(value, (re.Pattern, tuple, list, dict)):
                continue
            new = swap(value)
            if new is not value:
                setattr(module, attribute, new)
    return sum(1 for quick, _ in _ORIGINAL.values())
