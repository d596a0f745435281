"""Searching a large document without scanning it once per pattern.

Every pattern yields, from its parsed form, the literals each match must
contain (needles, a requirement tree) and the strings each match must start
with (prefixes). One Aho-Corasick pass over the lower-cased text lists where
all of them occur (the needle index); then

- :func:`doc_finditer` / :func:`doc_search` try the pattern only where a
  match can start (one anchored attempt per prefix occurrence) or search
  only near its needles;
- :func:`matcher`, :func:`may_match` and :func:`sentence_mask` tell a check
  which sentences cannot hold a match (no needle inside);
- :func:`range_finditer` / :func:`range_search` search a sentence only for
  the top-level branches of an alternation whose needles it holds;
- :func:`match_starts` lists every offset where a pattern matches.

Everything here only skips searches that would find nothing: the matches
are exactly those of a plain scan (tests/test_prefilter.py checks every
built-in pattern). Short texts (under _SMALL characters) are searched plainly.
"""
from __future__ import annotations

import functools

import regex

from ._patterns import Pattern, compiled


_NEAR_CHUNK = 256  # characters searched past the reach around each needle


def finditer_near(pattern: Pattern, core: Pattern, string, before: int, maxlen: int, chunk: int = _NEAR_CHUNK):
    """``pattern.finditer(string)``, the same matches, but only searched near
    the occurrences of ``core``: for patterns whose every match contains a
    ``core`` occurrence starting at most ``before`` characters after the
    match start, and whose matches are at most ``maxlen`` characters long
    (bounded quantifiers only). Text without a core is never scanned by
    the (slow) full pattern.

    Exact: a search with ``endpos`` only differs from one over the whole
    string for matches that reach ``endpos``; a match is trusted only when
    it starts at least ``maxlen + 2`` characters before the window's end.
    ``string`` may be a Document: its cores are then found with the
    needle index (:func:`doc_finditer`). Lazy: the cores are looked for
    only as far as the matches are read.
    """
    if hasattr(string, "memo"):
        cores = doc_finditer(string, core)
        string = string.text
    else:
        cores = core.finditer(string)
    return _near(pattern, (m.start() for m in cores), string, 0, len(string), before, maxlen + 2, chunk)


def _near(pattern: Pattern, starts, string: str, pos: int, end: int, before: int, margin: int, chunk: int = _NEAR_CHUNK, cursor=None):
    """Matches of ``pattern`` in ``string[pos:end]`` (as ``finditer(string,
    pos, end)``), given the ascending starts of the cores (a list, or an
    iterator read only as far as needed): every match holds a core starting
    inside it, at most ``before`` characters after its start; no match,
    lookahead included, reaches more than ``margin`` characters past its
    start. With a ``cursor`` (see :class:`Cursor`), yields ``PAUSE`` instead
    of searching at or past its horizon."""
    import bisect

    if isinstance(starts, list):  # from the first core at or after pos
        starts = map(starts.__getitem__, range(bisect.bisect_left(starts, pos), len(starts)))
    core, after = next(starts, None), next(starts, None)
    while pos <= end:
        while core is not None and core < pos:
            core, after = after, next(starts, None)
        if core is None or core >= end:
            return
        while cursor is not None and max(pos, core - before) >= cursor.horizon:
            yield PAUSE  # no match starts before the horizon: wait until it moves
        lo = max(pos, core - before)
        # the starts up to this core are searched, and ``chunk`` more when the next core is among them
        endpos = min(end, lo + before + margin + (chunk if after is not None and after < lo + before + chunk else 1))
        safe = end + 1 if endpos == end else endpos - margin
        m = pattern.search(string, lo, endpos)
        if m is not None and m.start() < safe:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
        else:
            pos = safe


# -- needles: a cheap exact prefilter ------------------------------------------
#
# A needle of p is a plain string of which every match of p contains at
# least one (case-insensitively), derived from the parsed pattern: a literal
# run, or for an alternation the union of its branches' sets, for a repeat
# with a minimum of one its body's set. A sentence holding none of them
# cannot hold a match, so a check need not search it: the prefilter only
# skips searches that would find nothing, never changes a result.

_NO_LOWER_MAP = ("\u017f", "\u0130", "\u0131")  # ſ, İ, ı: equal to ASCII letters under IGNORECASE, not under str.lower


# -- needles chosen per document ------------------------------------------------
#
# A pattern usually has several valid needle sets: every match of
# "\bage\s+of\s+\d" contains "age" and contains "of"; a branch needs one
# set per alternative. requirements(p) keeps them all as a tree ("all" of a
# sequence: any one child will do; "any" of an alternation: the union of a
# choice per branch); doc_needles picks, for one document, the set with the
# fewest occurrences in it. Any choice is exact; the rarest filters most.


def _tree(items, lead: "str | None" = None):
    """The requirement tree of parsed ``items``: ("lit", s, lead) | ("all",
    [trees], width) | ("any", [trees]), or None when nothing is required.
    An "all" node's width is the most characters its sequence matches (or
    None): every match of the sequence holds each child within that many
    characters of the others (see _joined_starts). ``lead``
    is what the pattern demands of the character before a literal: "w" not
    a word character (``\\b`` before a word), "s" whitespace (``\\s``)."""
    from re import _constants as C

    kids: list = []
    run: list[str] = []
    run_lead = None

    def flush():
        if run:
            text = "".join(run).lower()
            ok = run_lead == "s" or (run_lead == "w" and (text[:1].isascii() and (text[:1].isalnum() or text[:1] == "_")))
            kids.append(("lit", text, run_lead if ok else None))
            run.clear()

    for op, av in items:
        single = op is C.IN and av and all(x[0] is C.LITERAL for x in av) and len({chr(x[1]).lower() for x in av}) == 1
        if op is C.LITERAL or single:
            if not run:
                run_lead = lead
            run.append(chr(av) if op is C.LITERAL else chr(av[0][1]))
            lead = None
            continue
        flush()
        if _word_start(op, av):
            lead = lead or "w"
            continue
        if op is C.AT:
            continue  # zero-width: the character before the next one is unchanged
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if _is_space(op, av):
            lead = "s"
            continue
        t = None
        if op is C.SUBPATTERN:
            t = _tree(av[3], lead)
        elif op is C.ATOMIC_GROUP:
            t = _tree(av, lead)
        elif op is C.IN and all(x[0] is C.LITERAL for x in av):
            t = ("any", [("lit", ch, None) for ch in sorted({chr(x[1]).lower() for x in av})])
        elif op is C.IN and _digits_only(av):
            t = ("lit", DIGIT, None)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            t = _tree(av[2], lead) if av[0] >= 1 else None
        elif op is C.BRANCH:
            subs = [_tree(b, lead) for b in av[1]]
            t = None if any(x is None for x in subs) else ("any", subs)
        lead = None
        if t is not None:
            kids.append(t)
    flush()
    if not kids:
        return None
    return kids[0] if len(kids) == 1 else ("all", kids, _width(items))


def _width(items) -> "int | None":
    """The most characters ``items`` (a parsed sequence) can match, or None
    when a repeat leaves it unbounded (or over _MAX_REACH)."""
    try:
        w = items.getwidth()[1]
    except Exception:  # noqa: BLE001 - no width: no bound
        return None
    return w if w <= _MAX_REACH else None


DIGIT = "\x02d"  # a needle that stands for any decimal digit (``\\d``, ``[0-9]``)
_DIGITS = regex.compile(r"\d")  # Unicode decimal digits, as ``\\d`` in every pattern


def _digits_only(av) -> bool:
    """A class of digits only: ``\\d``, ``[0-9]``, ``[1-3]`` (a needle
    that stands for every digit finds its matches and maybe more)."""
    from re import _constants as C

    return bool(av) and all(
        (kind is C.CATEGORY and v is C.CATEGORY_DIGIT) or (kind is C.RANGE and 48 <= v[0] and v[1] <= 57)
        or (kind is C.LITERAL and 48 <= v <= 57)
        for kind, v in av)


def _word_start(op, av) -> bool:
    """``\\b``, or a one-character negative lookbehind whose class holds
    ``\\w`` (``(?<!\\w)``, ``(?<![\\w'-])``: no word character before;
    before a word character it demands what ``\\b`` demands, or more)."""
    from re import _constants as C

    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is not C.ASSERT_NOT or av[0] != -1 or len(av[1]) != 1:
        return False
    kind, items = av[1][0]
    return kind is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in items and all(x[0] is not C.NEGATE for x in items)


def _is_space(op, av) -> bool:
    """``\\s`` or ``\\s+`` (one whitespace character at least, and only those)."""
    from re import _constants as C

    if op is C.IN:
        return av == [(C.CATEGORY, C.CATEGORY_SPACE)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
        return _is_space(*av[2][0])
    return False


def _safe_tree(t):
    """The tree with each literal cut to its longest piece whose case
    str.lower and IGNORECASE agree on (see _safe_pieces); None if a literal
    has no such piece."""
    if t is None:
        return None
    if t[0] == "lit":
        if t[1] == DIGIT:
            return t
        pieces = _safe_pieces(t[1])
        piece = max(pieces, key=len)
        return ("lit", piece, t[2] if piece == pieces[0] else None) if piece else None
    kids = [_safe_tree(k) for k in t[1]]
    if t[0] == "any":
        return None if any(k is None for k in kids) else ("any", kids)
    kids = [k for k in kids if k is not None]
    return None if not kids else ("all", kids, t[2])


_tree_cache: dict = {}


def requirements(pattern: "Pattern"):
    """The requirement tree of ``pattern`` (see above), or None."""
    src = pattern.pattern
    if src not in _tree_cache:
        try:
            _tree_cache[src] = _safe_tree(_tree(_parse(src)))
        except Exception:  # syntax only the regex module knows: no prefilter
            _tree_cache[src] = None
    return _tree_cache[src]


def _literals(t, out: set) -> set:
    if t is not None:
        if t[0] == "lit":
            out.add(t[1])
        else:
            for k in t[1]:
                _literals(k, out)
    return out


def _key(s: str, lead: "str | None") -> str:
    """A needle with what must come before it: "\\x00w" + s (not a word
    character) or "\\x00s" + s (whitespace); the plain string otherwise."""
    return s if lead is None else "\x00" + lead + s


def doc_needles(doc, pattern: "Pattern") -> "frozenset[str] | None":
    """The needle set of ``pattern`` with the fewest occurrences in ``doc``
    (counted with the needle index; strings of under _MIN_INDEXED
    characters by one count each, and only where no indexed choice is
    sparse), or None. A needle may carry what must come before it (see
    :func:`_key`): "age" at the start of a word, not inside "message"."""
    pick = _pick(doc, pattern)
    return None if pick is None else pick[1]


def _pick(doc, pattern: "Pattern") -> "tuple | None":
    """(count, needle set, choice) of doc_needles, or None. The choice
    follows the requirement tree: ("lit", key) | ("any", [choices]) |
    ("all", the chosen child's choice, the other children, width)."""
    def compute():
        t = requirements(pattern)
        low = _lower(doc)
        if t is None or low is None:
            return None
        return _best(doc, _index(doc), len(low) // 500 + 1, t)
    return doc.memo(("patterns.pick", id(pattern)), compute)


def _best(doc, index, sparse: int, node) -> "tuple[int, frozenset[str], tuple]":
    """_pick's choice for the requirement ``node`` (a module function, not
    a closure calling itself: such a closure is a reference cycle, and
    would keep the document for the cyclic collector)."""
    if node[0] == "lit":
        key = _key(node[1], node[2])
        return _count(doc, key), frozenset((key,)), ("lit", key)
    if node[0] == "any":
        total, out, choices = 0, set(), []
        for k in node[1]:
            c, ss, ch = _best(doc, index, sparse, k)
            total += c
            out |= ss
            choices.append(ch)
        return total, frozenset(out), ("any", choices)
    # all: any one child will do; children of indexed literals only first
    ranked = sorted(node[1], key=lambda k: not _all_indexed(k, index))
    choice, chosen = None, None
    for k in ranked:
        if choice is not None and choice[0] <= sparse and not _all_indexed(k, index):
            break  # a sparse choice already: not worth counting short strings
        c = _best(doc, index, sparse, k)
        if choice is None or c[0] < choice[0]:
            choice, chosen = c, k
    others = [k for k in node[1] if k is not chosen]
    return choice[0], choice[1], ("all", choice[2], others, node[2])


_JOIN_SAMPLE = 1 << 18  # characters: a first part of the text tells whether joined needles are sparse
_JOIN_WIDTH = 80  # characters: a part of a pattern wider than this is not asked for its partners


def _joined_starts(doc, pattern: "Pattern", limit: int) -> "list[int] | None":
    """Sorted offsets of the needles of ``pattern`` (see doc_needles) that
    may be in a match: where the needle is one of several things a part of
    the pattern requires (the "all" nodes of its requirement tree), only
    the occurrences that have each of the others within the part's width
    (or the pattern's reach in ``doc``; at most _JOIN_WIDTH) on either
    side. "value" in "values? (your )?privacy" counts only with "privacy"
    a few characters away. None when more than ``limit`` would be left:
    judged first on the text's first _JOIN_SAMPLE characters (the filter
    costs a search per occurrence and partner: not spent on needles that
    stay dense)."""
    pick = _pick(doc, pattern)
    low = _lower(doc)
    reach_ = doc_reach(doc, pattern)
    if pick is None or low is None or _more_than(doc, pick[1], len(low) // _SPARSE + 1):
        return None
    n = len(low)
    if n > 2 * _JOIN_SAMPLE and len(_choice_starts(doc, low, reach_, pick[2], 0, _JOIN_SAMPLE)) * n > limit * _JOIN_SAMPLE:
        return None
    found = _choice_starts(doc, low, reach_, pick[2], 0, n)
    return found if len(found) <= limit else None


def _choice_starts(doc, low: str, reach_: "int | None", choice, lo: int, hi: int) -> list:
    """The offsets in [lo, hi) of _joined_starts for a choice of _pick (a
    module function, as _best)."""
    if choice[0] == "lit":
        return _listed(doc, choice[1]).between(lo, hi)
    if choice[0] == "any":
        found: set[int] = set()
        for c in choice[1]:
            found.update(_choice_starts(doc, low, reach_, c, lo, hi))
        return sorted(found)
    _, base, others, width = choice
    at = _choice_starts(doc, low, reach_, base, lo, hi)
    w = width if reach_ is None else reach_ if width is None else min(width, reach_)
    if w is None or w > _JOIN_WIDTH or not others or not at:
        return at  # (partners anywhere in a wide stretch: a weak test, and a costly one)
    n = len(low)
    for rx in map(_presence, others):
        at = [p for p in at if rx(low, max(0, p - w), min(n, p + w)) is not None]
    return at


_presence_cache: dict = {}


def _presence(node):
    """The ``search`` method of a compiled regex (the standard library's,
    on the lower-cased text) that finds something in a stretch wherever
    the requirement ``node`` may be met there: its literals (a lead as
    "no ASCII word character before", as in :func:`_led`; DIGIT as any
    decimal digit) for "any", one child for "all" (the one whose shortest
    literal is longest: every child is required, so any one is a sound
    test). It may find something where the node is not met, never the
    reverse."""
    key = repr(node)
    if key not in _presence_cache:
        import re

        def source(t) -> str:
            if t[0] == "lit":
                if t[1] == DIGIT:
                    return r"\d"
                return ("" if t[2] is None else r"(?<![a-z0-9_])") + re.escape(t[1])
            if t[0] == "any":
                return "(?:" + "|".join(source(k) for k in t[1]) + ")"
            return source(max(t[1], key=lambda k: min(map(len, _literals(k, set())))))

        _presence_cache[key] = re.compile(source(node)).search
    return _presence_cache[key]


def _all_indexed(t, index) -> bool:
    return all(s in index for s in _literals(t, set()))


def needles(pattern: "Pattern") -> "frozenset[str] | None":
    """A needle set of ``pattern`` chosen without a document (the one whose
    shortest string is longest, then the smallest), or None."""
    t = requirements(pattern)
    return None if t is None else _static_choice(t)


def _static_choice(node) -> "frozenset[str]":
    if node[0] == "lit":
        return frozenset((node[1],))
    sets = [_static_choice(k) for k in node[1]]
    if node[0] == "any":
        return frozenset().union(*sets)
    return max(sets, key=lambda c: (min(map(len, c)), -len(c)))


_NAMED_GROUP = regex.compile(r"(?<!\\)\(\?P<\w+>")
_LETTERS = regex.compile(r"(?<!\\)\\p\{L[lu]?\}")  # \p{L}, \p{Lu}, \p{Ll}: letters, all of them word characters


def _parse_new(src: str):
    """``src`` parsed by the standard library's parser, for its structure
    only: named groups become plain groups first, since the regex module
    allows one name in several branches and ``re`` does not; a letter
    class (``\\p{Lu}``, which ``re`` does not know) is read as ``\\w``,
    one character of a class that holds it. A tree of its own: the caller
    may change it."""
    from re import _parser

    return _parser.parse(_LETTERS.sub(r"\\w", _NAMED_GROUP.sub("(?:", src)))


@functools.lru_cache(maxsize=1024)
def _parse(src: str):
    """:func:`_parse_new`, remembered (a pattern's needles, prefixes and
    reach each ask for its parse): the tree is shared, to be read only."""
    return _parse_new(src)


def _safe_char(ch: str) -> bool:
    import unicodedata

    return ord(ch) < 0x250 or (not unicodedata.category(ch).startswith("L") and ch.lower() == ch == ch.upper())


def _safe_pieces(n: str) -> list[str]:
    """``n`` split at every character whose case may differ between
    ``str.lower`` and IGNORECASE (see :func:`_safe_char`)."""
    pieces, cur = [], []
    for ch in n:
        if _safe_char(ch):
            cur.append(ch)
        else:
            pieces.append("".join(cur))
            cur = []
    pieces.append("".join(cur))
    return pieces


def _occurrences(doc, needle: str) -> list[int]:
    """Sorted offsets of ``needle`` (a key of :func:`_key`) in the
    lower-cased text (overlapping occurrences included): from the
    document's needle index when the needle is in it, else by one search
    (see :class:`_Listed`)."""
    return _listed(doc, needle).all()


_WORD_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _led(doc, lead: str, starts: list) -> list:
    """The offsets of ``starts`` whose character before may be what the
    needle's lead demands: for "w" not a word character, for "s"
    whitespace. Only characters that surely fail are dropped (an ASCII
    letter, digit or "_" is a word character and not whitespace)."""
    low = _lower(doc)
    return [p for p in starts if p == 0 or low[p - 1] not in _WORD_ASCII]


# -- the needle index: every needle of every pattern, found in one pass ---------
#
# One pass of an Aho-Corasick automaton (pyahocorasick, in C) over the
# lower-cased text lists every occurrence of every needle and prefix (of
# three characters or more) of the document's language's patterns, where a
# search per needle would read the text hundreds of times.

_MIN_INDEXED = 3  # shorter needles are counted, not listed: nearly always dense
_strings_cache: dict = {}
_ALSO_INDEXED: set = set()  # strings a check looks up itself (see index_also)


def index_also(strings) -> None:
    """List these lower-case strings in every document's needle index too
    (a check that looks up many plain strings, such as names, then reads
    their offsets with :func:`occurrences` instead of a pass of its own)."""
    _ALSO_INDEXED.update(x for x in strings if len(x) >= _MIN_INDEXED)


def occurrences(doc, strings) -> "dict[str, list[int]] | None":
    """Sorted offsets of each lower-case string in the lower-cased text
    (the same offsets as in ``doc.text``), or None when the document gets
    no needle index (short, or no safe lower-casing)."""
    if not hasattr(doc, "memo") or _lower(doc) is None:
        return None
    return {x: _occurrences(doc, x) for x in strings}


def _indexed_strings(language: str) -> "frozenset[str]":
    """Needles and prefixes (of _MIN_INDEXED characters or more) of every
    pattern made so far for ``language`` or for no language in particular."""
    key = (language, len(compiled), len(_ALSO_INDEXED))
    if key not in _strings_cache:
        out: set[str] = set(_ALSO_INDEXED)
        for p in compiled:
            if p.language is None or p.language == language:
                for group in (_literals(requirements(p), set()), prefixes(p)):
                    for x in group or ():
                        x = x[2:] if x[:1] == "\x00" else x  # a word-start prefix: its string is indexed
                        if len(x) >= _MIN_INDEXED:
                            out.add(x)
        if len(_strings_cache) > 32:
            _strings_cache.clear()
        _strings_cache[key] = frozenset(out)
    return _strings_cache[key]


_SAMPLE = 4, 65_536  # pieces of the text, characters each, read to find frequent strings
_FREQUENT = 1000  # a string found more than once per this many characters is not listed


def _frequent(low: str, strings) -> set:
    """The strings occurring more than once per _FREQUENT characters in
    evenly spaced pieces of ``low``: listing each of their (hundreds of
    thousands of) occurrences would cost more than it saves; a pattern that
    needs one finds it by a search of its own (see _occurrences)."""
    import ahocorasick

    pieces, size = _SAMPLE
    if len(low) <= pieces * size * 2:
        return set()
    automaton = ahocorasick.Automaton()
    for w in strings:
        automaton.add_word(w, w)
    automaton.make_automaton()
    counts: dict[str, int] = {}
    step = len(low) // pieces
    for k in range(pieces):
        for _, w in automaton.iter(low[k * step:k * step + size]):
            counts[w] = counts.get(w, 0) + 1
    limit = pieces * size // _FREQUENT
    return {w for w, n in counts.items() if n > limit}


def _index(doc) -> "dict[str, list[int]]":
    """needle -> sorted offsets in the lower-cased text, for every needle of
    :func:`_indexed_strings`; empty when the text gets no prefilter."""
    def compute():
        low = _lower(doc)
        if low is None:
            return {}
        strings = _indexed_strings(getattr(doc, "language", None))
        if not strings:
            return {}
        import ahocorasick

        frequent = _frequent(low, strings)
        found: dict[str, list[int]] = {w: [] for w in strings if w not in frequent}
        automaton = ahocorasick.Automaton()
        for w, where in found.items():
            automaton.add_word(w, (where.append, len(w) - 1))
        automaton.make_automaton()
        for end, (add, back) in automaton.iter(low):  # overlapping occurrences included, in order
            add(end - back)
        return found
    return doc.memo("patterns.index", compute)


def sentence_mask(doc, pattern: "Pattern") -> "set[int] | None":
    """Indices of the sentences of ``doc`` that can hold a match of
    ``pattern`` (a needle starts inside), or None: every sentence can."""
    def compute():
        found = _needle_starts(doc, pattern)
        if found is None:
            return None
        import bisect

        starts = doc.memo("patterns.sentence_starts", lambda: [s.start for s in doc.sentences])
        ends = doc.memo("patterns.sentence_ends", lambda: [s.end for s in doc.sentences])
        if len(found) > len(starts):  # more needles than sentences: ask each sentence
            bl, n = bisect.bisect_left, len(found)
            return {k for k, (a, b) in enumerate(zip(starts, ends)) if (i := bl(found, a)) < n and found[i] < b}
        mask: set[int] = set()
        for i in found:
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < ends[k]:
                mask.add(k)
        return mask
    return doc.memo(("patterns.mask", id(pattern)), compute)


_MAX_REACH = 5000
_reach_cache: dict = {}


def _lookahead_reach(items) -> int:
    from re import _constants as C

    out = 0
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            if av[0] == 1:
                out = max(out, av[1].getwidth()[1])
            out = max(out, _lookahead_reach(av[1]))
        elif op is C.SUBPATTERN:
            out = max(out, _lookahead_reach(av[3]))
        elif op is C.ATOMIC_GROUP:
            out = max(out, _lookahead_reach(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            out = max(out, _lookahead_reach(av[2]))
        elif op is C.BRANCH:
            for b in av[1]:
                out = max(out, _lookahead_reach(b))
    return out


def reach(pattern: Pattern) -> "int | None":
    """The most characters a match of ``pattern`` (with its lookaheads)
    spans from its start, or None when unbounded or unknown."""
    key = pattern.pattern
    if key not in _reach_cache:
        try:
            parsed = _parse(key)
            r = parsed.getwidth()[1] + _lookahead_reach(parsed)
        except Exception:
            r = None
        _reach_cache[key] = r if r is not None and r <= _MAX_REACH else None
    return _reach_cache[key]


# -- reach in one document: \s+ and \w* bounded by the text --------------------
#
# Most patterns repeat a character class without a bound ("ist\s+Betreiber\w*"),
# so no bound holds for every text; but in one document a repeat of
# whitespace spans at most its longest whitespace run, and a repeat of a
# class without whitespace (\w, [\w'-]) at most its longest run of other
# characters. doc_reach bounds such repeats by those runs, so the pattern is
# searched near its needles there instead of by a scan of the whole text.

# run lengths looked for, in turn (the readers make most whitespace runs one character)
_RUN_STEPS = {"space": (2, 8, 32, 128), "word": (32, 64, 128, 256)}
_run_finders: dict = {}
_open_cache: dict = {}
_bounded_cache: dict = {}


def _run_kind(body) -> "str | None":
    """"space" when every character ``body`` (a parsed repeat's body)
    matches is whitespace, "word" when none is, else None."""
    from re import _constants as C

    if len(body) != 1:
        return None
    op, av = body[0]
    if op is C.LITERAL:
        return "space" if chr(av).isspace() else "word"
    if op is not C.IN:
        return None
    if all(x == (C.CATEGORY, C.CATEGORY_SPACE) or (x[0] is C.LITERAL and chr(x[1]).isspace()) for x in av):
        return "space"
    for x, v in av:
        if x is C.CATEGORY and v in (C.CATEGORY_WORD, C.CATEGORY_DIGIT, C.CATEGORY_NOT_SPACE):
            continue
        if x is C.LITERAL and not chr(v).isspace():
            continue
        if x is C.RANGE and v[1] - v[0] < 0x3000 and not any(chr(c).isspace() for c in range(v[0], v[1] + 1)):
            continue
        return None
    return "word"


def _open_repeats(items, out: list) -> bool:
    """Collects in ``out`` the unbounded repeats of ``items`` (parsed) as
    (list, index, kind); False when one repeats something other than a
    class of "space" or "word" characters (see _run_kind)."""
    from re import _constants as C

    for i, (op, av) in enumerate(items.data if hasattr(items, "data") else items):
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[1] is C.MAXREPEAT:
                kind = _run_kind(av[2])
                if kind is None:
                    return False
                out.append((items, i, kind))
            elif not _open_repeats(av[2], out):
                return False
        elif op is C.SUBPATTERN:
            if not _open_repeats(av[3], out):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _open_repeats(av, out):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _open_repeats(av[1], out):
                return False
        elif op is C.BRANCH:
            if not all(_open_repeats(b, out) for b in av[1]):
                return False
    return True


def _open_kinds(pattern: Pattern) -> "frozenset[str] | None":
    """The kinds of the unbounded repeats of a pattern with no static reach,
    or None when one cannot be bounded by a run (see _run_kind)."""
    src = pattern.pattern
    if src not in _open_cache:
        try:
            found: list = []
            _open_cache[src] = frozenset(k for _, _, k in found) if _open_repeats(_parse(src), found) and found else None
        except Exception:
            _open_cache[src] = None
    return _open_cache[src]


def _longest_run(doc, kind: str) -> "int | None":
    """An upper bound on the longest run of whitespace ("space") or of
    other characters ("word") in the text: one less than the first of
    _RUN_STEPS no run reaches, or None. Found with the standard library's
    ``\\s``, which holds every character the regex module's does, and
    ``\\x1c``-``\\x1f`` besides: a text holding those gets no bound of "word"
    runs (they would cut a run short)."""
    def compute():
        import re

        text = doc.text
        if kind == "word" and any(c in text for c in "\x1c\x1d\x1e\x1f"):
            return None
        for k in _RUN_STEPS[kind]:
            key = (kind, k)
            if key not in _run_finders:
                # a run of k characters or more, of whitespace; or of others, at the start or after a
                # whitespace (the same runs: a search tried only after a whitespace reads the text about
                # once, where one tried at every character reads each run to its end again)
                _run_finders[key] = (re.compile(r"\s{%d}" % k),) if kind == "space" else (re.compile(r"\S{%d}" % k), re.compile(r"\s\S{%d}" % k))
            finders = _run_finders[key]
            if finders[0].match(text) is None and finders[-1].search(text) is None:
                return k - 1
        return None
    return doc.memo(("patterns.longest_run", kind), compute)


def doc_reach(doc, pattern: Pattern) -> "int | None":
    """:func:`reach`, or in this document: the most characters a match
    spans here when the pattern's only unbounded parts are repeats of
    whitespace or of a class without whitespace (see _run_kind), each
    bounded by the longest run of its kind in the text; None when some
    part stays unbounded or the reach is over _MAX_REACH."""
    r = reach(pattern)
    if r is not None or not hasattr(doc, "memo") or _lower(doc) is None:
        return r
    kinds = _open_kinds(pattern)
    if kinds is None:
        return None
    bounds = {}
    for kind in sorted(kinds):
        bounds[kind] = _longest_run(doc, kind)
        if bounds[kind] is None:
            return None
    key = (pattern.pattern, tuple(sorted(bounds.items())))
    if key not in _bounded_cache:
        try:
            parsed, found = _parse_new(pattern.pattern), []  # (its repeats are bounded below)
            _open_repeats(parsed, found)
            for items, i, kind in found:  # each unbounded repeat, bounded by its run
                op, (lo, _, body) = items[i]
                items[i] = (op, (lo, max(lo, bounds[kind]), body))
            r = parsed.getwidth()[1] + _lookahead_reach(parsed)
        except Exception:
            r = None
        _bounded_cache[key] = r if r is not None and r <= _MAX_REACH else None
    return _bounded_cache[key]


def _core_starts(doc, pattern: Pattern) -> "list[int] | None":
    """Where to search ``pattern`` near its needles: the needles' sorted
    offsets, or where they are too many for that, those that may be in a
    match (see _joined_starts); None when no needles can be listed or
    they are too dense (see _dense)."""
    def compute():
        ns, r, low = doc_needles(doc, pattern), doc_reach(doc, pattern), _lower(doc)
        if ns is None or r is None or low is None:
            return None
        # a search near each needle reads about 2 * r + _NEAR_CHUNK characters
        limit = len(low) // (2 * r + _NEAR_CHUNK) + 1
        if not _more_than(doc, ns, limit):
            return _needle_starts(doc, pattern)
        return _joined_starts(doc, pattern, limit)
    return doc.memo(("patterns.core_starts", id(pattern)), compute) if hasattr(doc, "memo") else None


def _dense(doc, pattern: Pattern) -> bool:
    """True when the needles of ``pattern`` are so frequent in ``doc`` that
    the windows around them would cover the text, even those kept near
    what the pattern needs beside them: one scan is cheaper."""
    if not hasattr(doc, "memo") or doc_needles(doc, pattern) is None or doc_reach(doc, pattern) is None:
        return False
    return _core_starts(doc, pattern) is None


def _more_than(doc, strings, limit: int) -> bool:
    """Whether ``strings`` occur more than ``limit`` times in all in the
    lower-cased text (counts shared by every pattern of the document)."""
    total = 0
    for n in strings:
        total += _count(doc, n)
        if total > limit:
            return True
    return False


def _count(doc, needle: str) -> int:
    """How often ``needle`` (a key of :func:`_key`) occurs in the lower-cased
    text: listed in the index (filtered for its lead), else estimated from
    the text's samples when it is long (see _SAMPLE), else counted (shared
    by every pattern of the document). The counts only choose needles and
    prefilters; any choice finds the same matches."""
    def compute():
        if needle == DIGIT:
            return len(_occurrences(doc, needle))
        index = _index(doc)
        string = needle[2:] if needle[:1] == "\x00" else needle
        if string in index:
            return len(_occurrences(doc, needle))
        estimate = _estimate(doc, needle)
        if estimate is not None:
            return estimate
        if needle[:1] == "\x00":
            return len(_occurrences(doc, needle))
        return _lower(doc).count(needle)
    return doc.memo(("patterns.count", needle), compute)


def _estimate(doc, needle: str) -> "int | None":
    """``needle``'s count in the lower-cased text estimated from the
    _SAMPLE pieces (the ones _frequent reads), or None when the text is
    too short to be sampled: a string the index does not list (too short,
    too frequent, or of a pattern made after the index) is then not
    listed or counted over the whole text just to be compared."""
    low = _lower(doc)
    pieces, size = _SAMPLE
    if low is None or len(low) <= pieces * size * 2:
        return None
    lead, string = (needle[1], needle[2:]) if needle[:1] == "\x00" else (None, needle)
    step, n = len(low) // pieces, 0
    for k in range(pieces):
        a = k * step
        if lead is None:
            n += low.count(string, a, a + size)
            continue
        i = low.find(string, a, a + size)
        while i >= 0:
            n += i == 0 or low[i - 1] not in _WORD_ASCII
            i = low.find(string, i + 1, a + size)
    return n * len(low) // (pieces * size)


# -- prefixes: where a match can start ------------------------------------------
#
# prefixes(p) is a set of strings one of which every match of p starts with
# (after zero-width assertions such as lookbehinds; after \b a string that
# begins with a word character is keyed to start a word, see _key). Where the
# set exists, a match can only start at one of their occurrences: one
# anchored attempt there replaces a scan.

_prefix_cache: dict = {}


_MAX_PREFIXES = 512  # strings per pattern: a larger cross product stops the prefix where it is


def _prefix(items) -> "set[str] | None":
    """Strings one of which every match of ``items`` starts with: literals,
    optional literals and alternatives of literals followed as far as the
    cross product stays small ("(?:was|is) (?:built|made) by" gives four
    strings, "(?:for\\s+)?as long" gives "for" and "as long"), or None when
    a match may start with anything."""
    found = {s for s, _ in _starts(items)}
    return None if not found or "" in found else found


def _starts(items) -> "set[tuple[str, bool]]":
    """Pairs (s, whole): every match of the sequence starts with one of the
    strings s; ``whole`` when s is all of that match so far, so what follows
    the sequence follows s directly."""
    acc = {("", True)}
    for op, av in items:
        if not any(whole for _, whole in acc):
            break
        step = _item_starts(op, av)
        grown = {(a, False) for a, whole in acc if not whole or step is None}
        if step is not None:
            grown |= {(a + b, w) for a, whole in acc if whole for b, w in step}
        if len(acc) > 1 and len(grown) > _MAX_PREFIXES:
            return {(a, False) for a, _ in acc}  # the cross product would grow too large: the prefixes end here
        acc = grown
    return acc


def _item_starts(op, av) -> "set[tuple[str, bool]] | None":
    """The pairs of :func:`_starts` for one parsed item, or None when it
    may start with anything."""
    from re import _constants as C

    if op is C.LITERAL:
        return {(chr(av).lower(), True)}
    if op is C.IN and av and all(x[0] is C.LITERAL for x in av):
        return {(chr(x[1]).lower(), True) for x in av}
    if _word_start(op, av):
        return {(_BOUNDARY, True)}
    if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
        return {("", True)}  # zero-width: the match goes on from here
    if op is C.SUBPATTERN:
        return _starts(av[3])
    if op is C.ATOMIC_GROUP:
        return _starts(av)
    if op is C.BRANCH:
        out: set[tuple[str, bool]] = set()
        for b in av[1]:
            out |= _starts(b)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, body = av
        if hi == 0:
            return {("", True)}  # never there ("(?P<dur>){0}", see _branch_patterns): the match goes on from here
        s = _starts(body)
        if lo == 1 and hi == 1:
            return s
        once = {(a, False) for a, _ in s}  # the body, perhaps again: the prefix ends after its first start
        return once | {("", True)} if lo == 0 else once
    return None


_BOUNDARY = "\x01"  # \b inside a prefix while it is built


def prefixes(pattern: "Pattern") -> "frozenset[str] | None":
    """Strings one of which every match of ``pattern`` starts with, or None;
    a string after ``\\b`` is keyed as a word start (see :func:`_key`)."""
    src = pattern.pattern
    if src not in _prefix_cache:
        try:
            found = _prefix(_parse(src))
        except Exception:
            found = None
        out = None
        if found:
            out = set()
            for n in found:
                lead = _safe_pieces(n)[0]  # the characters before any whose case may differ
                bounded = lead.startswith(_BOUNDARY)
                lead = lead.replace(_BOUNDARY, "")
                if not lead:
                    out = None
                    break
                # after \b, a word character starts a word: no ASCII word character before it
                out.add(_key(lead, "w") if bounded and lead[0] in _WORD_ASCII else lead)
        _prefix_cache[src] = frozenset(out) if out else None
    return _prefix_cache[src]


_ANCHORED = 20  # characters per candidate start below which one scan is cheaper


def _prefix_starts(doc, pattern: "Pattern") -> "list[int] | None":
    """Every offset where one of the pattern's prefixes starts, or None (see
    :func:`_prefix_chunks`)."""
    def compute():
        chunks = _prefix_chunks(doc, pattern)
        return None if chunks is None else chunks.between(0, len(doc.text))
    return doc.memo(("patterns.prefix_starts", id(pattern)), compute)


_CHUNK = 1 << 16  # characters: prefix occurrences are listed a piece of the text at a time


class _Listed:
    """The sorted offsets of one string (a key of :func:`_key`) in the
    lower-cased text, listed from the start as far as asked, _CHUNK
    characters at a time (shared by every pattern of the document): a
    search that stops early lists only the text it reached."""

    def __init__(self, doc, key: str):
        self.doc, self.low = doc, _lower(doc)
        self.lead, self.string = (key[1], key[2:]) if key[:1] == "\x00" else (None, key)
        # a keyed string: its plain string's offsets, filtered (see _led)
        self.source = _listed(doc, self.string) if self.lead is not None else None
        self.found, self.upto = [], 0  # every offset below upto is in found
        if key == DIGIT:  # every digit, listed at once
            self.found, self.upto = [m.start() for m in _DIGITS.finditer(doc.text)], len(self.low)
            return
        listed = _index(doc).get(self.string)
        if listed is not None:  # in the needle index (not frequent): listed whole at once
            self.found = listed if self.lead is None else _led(doc, self.lead, listed)
            self.upto = len(self.low)

    def all(self) -> list[int]:
        """Every offset in the text (the list itself: not to be changed)."""
        if self.upto < len(self.low):
            self._extend(len(self.low))
        return self.found

    def between(self, a: int, b: int) -> list[int]:
        """Sorted offsets in [a, b)."""
        import bisect

        if b > self.upto:
            self._extend(b)
        found = self.found
        i = bisect.bisect_left(found, a)
        return found[i:bisect.bisect_left(found, b, i)]

    def _extend(self, b: int) -> None:
        low, n = self.low, self.string
        z = min(len(low), max(b, self.upto + _CHUNK))
        if self.source is not None:
            at = _led(self.doc, self.lead, self.source.between(self.upto, z))
        else:
            at, stop = [], z + len(n) - 1
            i = low.find(n, self.upto, stop)
            while i >= 0:
                at.append(i)
                i = low.find(n, i + 1, stop)
        self.found += at
        self.upto = z


def _listed(doc, key: str) -> _Listed:
    return doc.memo(("patterns.listed", key), lambda: _Listed(doc, key))


class _Chunks:
    """The offsets where one of some strings (keys) occurs, merged from
    their :class:`_Listed` as far as asked."""

    def __init__(self, doc, strings):
        self.size = len(doc.text)
        each = [_listed(doc, n) for n in sorted(strings)]
        self.lazy = [x for x in each if x.upto < self.size]
        self.whole = sorted({i for x in each if x.upto == self.size for i in x.found})  # listed at once
        self.found: list[int] = []  # of the lazy ones
        self.upto = 0

    def between(self, a: int, b: int) -> list[int]:
        """Sorted offsets in [a, b)."""
        import bisect

        whole = self.whole
        i = bisect.bisect_left(whole, a)
        out = whole[i:bisect.bisect_left(whole, b, i)]
        if not self.lazy:
            return out
        if b > self.upto:
            z = min(self.size, max(b, self.upto + _CHUNK))
            more = set()
            for x in self.lazy:
                more.update(x.between(self.upto, z))
            self.found += sorted(more)
            self.upto = z
        found = self.found
        i = bisect.bisect_left(found, a)
        lazy = found[i:bisect.bisect_left(found, b, i)]
        return sorted(set(out + lazy)) if out and lazy else out or lazy


def _prefix_chunks(doc, pattern: "Pattern") -> "_Chunks | None":
    """The pattern's prefix occurrences (see :class:`_Chunks`), or None: no
    prefixes, no safe lower-casing, or more than one occurrence per
    _ANCHORED characters (too dense to be worth listing; counted without
    the word-start condition, an upper bound)."""
    def compute():
        strings = prefixes(pattern)
        low = _lower(doc)
        if strings is None or low is None:
            return None
        plain = {n[2:] if n[:1] == "\x00" else n for n in strings}
        if _more_than(doc, plain, len(low) // _ANCHORED + 1):
            return None
        return _Chunks(doc, strings)
    return doc.memo(("patterns.prefix_chunks", id(pattern)), compute)


def _before_cores(doc, pattern: "Pattern", chunks: "_Chunks") -> "_Chunks | _BeforeCores":
    """The prefix occurrences a search of the whole text tries: where the
    needles are much rarer than the prefixes ("tratad" in "(es|son)
    tratados por"), only those with a core close after them. (Asked once
    :func:`_near_is_cheaper` has listed the cores, if it could.)"""
    def compute():
        if doc_needles(doc, pattern) is None or doc_reach(doc, pattern) is None:
            return chunks
        cores = _core_starts(doc, pattern)
        if cores is not None and 2 * len(cores) < sum(_count(doc, n) for n in prefixes(pattern)):
            return _BeforeCores(chunks, cores, doc_reach(doc, pattern))
        return chunks
    return doc.memo(("patterns.before_cores", id(pattern)), compute)


class _BeforeCores:
    """The occurrences of a :class:`_Chunks` that have a core (see
    :func:`_core_starts`) starting at most ``before`` characters after
    them: every match holds a core so placed (as :func:`_near` assumes),
    so a match can start at no other prefix occurrence."""

    def __init__(self, chunks: "_Chunks", cores: "list[int]", before: int):
        self.chunks, self.cores, self.before = chunks, cores, before

    def between(self, a: int, b: int) -> list[int]:
        """Sorted offsets in [a, b)."""
        import bisect

        cores, before = self.cores, self.before
        n = len(cores)
        i = bisect.bisect_left(cores, a)
        out = []
        for q in self.chunks.between(a, b):
            while i < n and cores[i] < q:
                i += 1
            if i == n:
                break
            if cores[i] <= q + before:
                out.append(q)
        return out


def _anchored_in_chunks(pattern: "Pattern", chunks: "_Chunks", text: str, pos: int, end: int, cursor=None):
    """The matches of ``pattern.finditer(text, pos, end)``, given every
    position where a match can start (the prefix occurrences of ``chunks``,
    listed a _CHUNK of the text at a time as the matches are read): one
    anchored attempt at each. With a ``cursor`` (see :class:`Cursor`),
    yields ``PAUSE`` instead of trying at or past its horizon."""
    last = pos
    match = pattern.anchored(text, end, bounded=reach(pattern) is not None)
    lo = pos
    while lo < end:
        while cursor is not None and lo >= cursor.horizon:
            yield PAUSE
        hi = min(end, lo + _CHUNK) if cursor is None else min(end, lo + _CHUNK, cursor.horizon)
        for c in chunks.between(lo, hi):
            if c < last:
                continue
            try:
                m = match(c)
            except TimeoutError:
                raise pattern.timed_out() from None
            if m is not None:
                yield m
                last = m.end()
        lo = hi


def match_starts(doc, pattern: "Pattern") -> "list[int] | None":
    """Every offset where ``pattern.match(doc.text, offset)`` succeeds, in
    order (matches may overlap): one anchored attempt at each occurrence of
    the pattern's prefixes. None when the pattern has no prefixes worth
    listing in this document (the caller finds its starts another way)."""
    at = _prefix_starts(doc, pattern) if hasattr(doc, "memo") else None
    if at is None:
        return None
    text, match = doc.text, pattern.match
    return [c for c in at if match(text, c) is not None]


def doc_finditer(doc, pattern: Pattern, pos: int = 0, endpos: "int | None" = None, cursor: "Horizon | None" = None):
    """``pattern.finditer(doc.text, pos, endpos)``, tried only where a match
    can start (see :func:`prefixes`) or searched only near the needles of
    the pattern (see :func:`needles` and :func:`_near`): exact either way.
    ``cursor``: a :class:`Horizon`, as :class:`Cursor` and the channel
    finder read (the search pauses there)."""
    text = doc.text
    end = len(text) if endpos is None else min(endpos, len(text))
    how, found = _path(doc, pattern)
    if how == "prefixes":
        return _anchored_in_chunks(pattern, found, text, pos, end, cursor)
    parts = _split(doc, pattern) if hasattr(doc, "memo") else None
    if parts is not None:
        return _merged(doc, parts, pos, end, cursor)
    if how == "needles":
        r = doc_reach(doc, pattern)
        return _near(pattern, found, text, pos, end, r, r + 2, cursor=cursor)
    r = doc_reach(doc, pattern) if cursor is not None else None
    return pattern.finditer(text, pos, end) if r is None else _plain_until(pattern, text, pos, end, r + 2, cursor)


def _path(doc, pattern: Pattern) -> tuple:
    """How doc_finditer searches ``pattern`` in ``doc``: ("prefixes",
    their _Chunks), ("needles", the sorted starts of its needles) or
    ("scan", None): no prefixes or needles worth using. Where both are
    worth using, the prefixes unless the needles are far rarer (see
    :func:`_near_is_cheaper`)."""
    chunks = _prefix_chunks(doc, pattern) if hasattr(doc, "memo") else None
    if chunks is not None and not _near_is_cheaper(doc, pattern):
        return "prefixes", _before_cores(doc, pattern, chunks)
    starts = _core_starts(doc, pattern) if not _dense(doc, pattern) else None
    if starts is not None:
        return "needles", starts
    return ("scan", None) if chunks is None else ("prefixes", chunks)


# Costs in microseconds, measured on long English policies: an anchored
# attempt at a prefix occurrence (most fail in a few characters); a search
# near a needle, per needle and per character of its window. The estimates
# only choose a path; every path finds the same matches.
_ATTEMPT_COST = 3.0
_NEAR_COST = 5.0, 0.2


def _near_is_cheaper(doc, pattern: Pattern) -> bool:
    """Whether searching near the needles of ``pattern`` should cost under
    half of an anchored attempt at each of its prefix occurrences ("the"
    starts "the Acme team", whose needle "team" is found a hundred times
    more rarely)."""
    def compute():
        ns, r = doc_needles(doc, pattern), doc_reach(doc, pattern)
        pre = prefixes(pattern)
        if ns is None or r is None or pre is None or _dense(doc, pattern):
            return False
        starts = _core_starts(doc, pattern)
        if starts is None:
            return False
        each, per_char = _NEAR_COST
        near = len(starts) * (each + per_char * (2 * r + _NEAR_CHUNK))
        return 2 * near < _ATTEMPT_COST * sum(_count(doc, n) for n in pre)
    return doc.memo(("patterns.near_is_cheaper", id(pattern)), compute)


def _plain_until(pattern: Pattern, text: str, pos: int, end: int, margin: int, cursor):
    """``pattern.finditer(text, pos, end)`` searched only before the
    cursor's horizon (yielding ``PAUSE`` there), for a pattern no match of
    which, lookahead included, reaches more than ``margin`` characters past
    its start: a search that stops ``margin`` characters after the horizon
    decides every start before it exactly."""
    while pos <= end:
        while pos >= cursor.horizon:
            yield PAUSE
        horizon = cursor.horizon
        endpos = min(end, horizon + margin)
        last = pos
        for m in pattern.finditer(text, pos, endpos):
            if m.start() >= horizon and endpos < end:
                break  # may be cut short by endpos: searched again from the horizon on
            yield m
            last = m.end() if m.end() > m.start() else m.end() + 1
        if endpos == end:
            return
        pos = max(last, horizon)  # no other match starts before the horizon


PAUSE = object()  # what a cursor's search yields when it reaches the horizon


# -- alternations searched a branch at a time -------------------------------------
#
# A top-level alternation is as slow as its slowest branch at every position:
# "X is the controller|X ist verantwortlich|-team" scans a German text
# for the English predicates too. Searched apart, each branch takes its own
# path (prefixes, needles, or a scan); the alternation's matches are then
# the leftmost of the branches' matches, the first branch on a tie, the
# search going on from its end: exactly what finditer of the whole finds.

_NOT_SPLIT = regex.compile(r"\(\?[a-zA-Z-]+\)|\\[1-9]|\(\?P=|\\g<|\(\?\(|\\G")  # global flags, back references, conditions, \G
_branch_cache: dict = {}


def _branch_patterns(pattern: Pattern) -> "list[Pattern] | None":
    """The top-level branches of ``pattern`` as patterns of their own, when
    their matches are the alternation's: no global flag, back reference or
    condition, no branch that matches the empty string, no unnamed group;
    else None. Each branch has the named groups of the whole at the same
    numbers: those of the other branches are added to it as groups that
    never take part (``(?P<sched>){0}``), so that ``m.group("sched")`` is
    None in a match of the branch "(?P<dur>...)", as in the whole."""
    from ._patterns import branches

    key = (pattern.pattern, pattern.flags)
    if key not in _branch_cache:
        out = None
        srcs = branches(pattern.pattern)
        if len(srcs) > 1 and not pattern.flags & regex.VERBOSE and _NOT_SPLIT.search(pattern.pattern) is None:
            try:
                whole = regex.compile(pattern.pattern, pattern.flags)
                groups = dict(whole.groupindex)
                padded = [_padded(b, pattern.flags, groups) for b in srcs]
                each = [regex.compile(b, pattern.flags) for b in padded]
                if whole.groups == len(groups) and all(dict(c.groupindex) == groups for c in each) and all(_parse(b).getwidth()[0] > 0 for b in srcs):
                    out = [Pattern(b, pattern.flags, part_of=pattern, compiled_as=c) for b, c in zip(padded, each)]
            except Exception:
                out = None
        _branch_cache[key] = out
    return _branch_cache[key]


def _padded(branch: str, flags: int, groups: "dict[str, int]") -> str:
    """``branch`` with the named groups of the whole (name -> number) that
    it lacks, as groups that never take part, before or after it so that
    every group keeps its number."""
    own = regex.compile(branch, flags).groupindex
    if not groups or set(own) == set(groups):
        return branch
    first = min((groups[n] for n in own), default=max(groups.values()) + 1)
    names = sorted((n for n in groups if n not in own), key=groups.__getitem__)
    return ("".join(f"(?P<{n}>){{0}}" for n in names if groups[n] < first) + branch
            + "".join(f"(?P<{n}>){{0}}" for n in names if groups[n] > first))


_MAX_SPLIT = 12  # branches: an alternation of more is searched whole


def _split(doc, pattern: Pattern) -> "list[Pattern] | None":
    """The branches of ``pattern`` (see _branch_patterns) when the whole
    would be a scan of the text or a search near its needles: each branch
    then takes its own path. Even where several are scans, the regex
    module scans branches apart faster than their alternation (a postal
    pattern of four: 0.44 s whole, 0.12 s apart, on 2 MB); and a search
    near the needles of one branch tries that branch alone (a German
    postal pattern of eight branches near the "tor" of one of them: 2.2 s
    whole, 0.2 s apart, on 10 MB)."""
    def compute():
        parts = _branch_patterns(pattern)
        if parts is None or len(parts) > _MAX_SPLIT or _path(doc, pattern)[0] == "prefixes":
            return None
        return parts
    return doc.memo(("patterns.split", id(pattern)), compute)


_DONE = object()


def _merged(doc, parts: "list[Pattern]", pos: int, end: int, cursor):
    """The matches of the alternation of ``parts`` in ``doc.text[pos:end]``
    (see _split), with a cursor's PAUSE as doc_finditer gives them."""
    streams = [doc_finditer(doc, p, pos, end, cursor) for p in parts]
    ahead: list = [None] * len(parts)  # each branch's next match, PAUSE, _DONE, or None: to be read
    last = pos  # the next match starts here or after
    while True:
        for i, stream in enumerate(streams):
            while True:
                if ahead[i] is None or ahead[i] is PAUSE:
                    ahead[i] = next(stream, _DONE)
                m = ahead[i]
                if m is _DONE or m is PAUSE or m.start() >= last:
                    break
                stream = streams[i] = doc_finditer(doc, parts[i], last, end, cursor)  # overlapped: searched again from there
                ahead[i] = None
        ready = [(m.start(), i) for i, m in enumerate(ahead) if m is not _DONE and m is not PAUSE]
        if any(m is PAUSE for m in ahead):  # that branch's next match starts at or after the horizon
            ready = [r for r in ready if r[0] < cursor.horizon]
            if not ready:
                yield PAUSE
                continue
        elif not ready:
            return
        i = min(ready)[1]
        m, ahead[i] = ahead[i], None
        yield m
        last = m.end()


def _branch_starts(doc, pattern: Pattern) -> "tuple | None":
    """The top-level branches of ``pattern`` (see _branch_patterns), the
    indices of those that may match anywhere (no needles worth listing),
    and the sorted starts of the others' needles in ``doc`` with their
    branch indices; None when the pattern does not split, the document
    has no needle index, or no branch has needles worth listing."""
    def compute():
        parts = _branch_patterns(pattern) if _lower(doc) is not None else None
        if parts is None:
            return None
        always, listed = [], []
        for i, p in enumerate(parts):
            starts = _needle_starts(doc, p)
            if starts is None:
                always.append(i)
            else:
                listed += [(c, i) for c in starts]
        if len(always) == len(parts):
            return None
        listed.sort()
        return parts, frozenset(always), [c for c, _ in listed], [i for _, i in listed]
    return doc.memo(("patterns.branch_starts", id(pattern)), compute)


def _live(doc, pattern: Pattern, pos: int, end: int) -> "list[Pattern] | None":
    """The branches of ``pattern`` that may match inside
    ``doc.text[pos:end]`` (a needle of theirs starts there), in order, or
    None when the whole pattern is to be searched (it does not split, or
    every branch may match)."""
    import bisect

    hits = _branch_starts(doc, pattern) if hasattr(doc, "memo") else None
    if hits is None:
        return None
    parts, always, starts, which = hits
    i = bisect.bisect_left(starts, pos)
    k = bisect.bisect_left(starts, end, i)
    live = always.union(which[i:k]) if i < k else always
    if len(live) == len(parts):
        return None
    return [parts[j] for j in sorted(live)]


def range_finditer(doc, pattern: Pattern, pos: int, end: int):
    """``pattern.finditer(doc.text, pos, end)`` for a short stretch (a
    sentence): only the top-level branches with a needle inside it are
    searched, and their matches merged as the alternation gives them
    (leftmost first, the first branch on a tie, the search going on from
    the match's end). A top-level alternation of many phrasings, searched
    whole, costs each of them at every position."""
    return _by_branches(pattern, _live(doc, pattern, pos, end), doc.text, pos, end)


def _by_branches(pattern: Pattern, live: "list[Pattern] | None", text: str, pos: int, end: int):
    """``pattern.finditer(text, pos, end)`` given the branches that may
    match there (see :func:`_live`; None: search the whole pattern)."""
    if live is None:
        return pattern.finditer(text, pos, end)
    if len(live) <= 1:
        return live[0].finditer(text, pos, end) if live else iter(())
    return _range_merged(live, text, pos, end)


def _range_merged(parts: "list[Pattern]", text: str, pos: int, end: int):
    while True:
        best = None
        for p in parts:
            m = p.search(text, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()  # no branch matches the empty string (see _branch_patterns)


def range_search(doc, pattern: Pattern, pos: int, end: int):
    """``pattern.search(doc.text, pos, end)`` (see :func:`range_finditer`)."""
    return next(iter(range_finditer(doc, pattern, pos, end)), None)


class Horizon:
    """How far a paused search may read: ``doc_finditer(..., cursor=h)``
    searches before ``h.horizon`` and yields PAUSE at it until it moves."""

    __slots__ = ("horizon",)

    def __init__(self):
        self.horizon = 0


class Cursor:
    """The matches of ``doc_finditer(doc, pattern)`` read a stretch of the
    text at a time: ``until(b)`` returns, in order, those starting before
    ``b`` that were not returned yet. Searches listed by prefix or needle
    stop at ``b``; a plain scan may read on to its next match (kept for the
    next call). The matches are exactly those of one ``doc_finditer``, or
    those of ``matches`` when given (an iterator of the pattern's matches
    in text order, such as :func:`finditer_holding`'s)."""

    __slots__ = ("_at", "_matches", "_pending")

    def __init__(self, doc, pattern: Pattern, matches=None):
        # (the search holds the horizon, not the cursor: a cursor and the
        # search it holds would be a reference cycle keeping the document)
        self._at = Horizon()
        self._pending = None
        self._matches = doc_finditer(doc, pattern, cursor=self._at) if matches is None else matches

    def until(self, b: int) -> list:
        out = []
        p = self._pending
        if p is not None:
            if p.start() >= b:
                return out
            out.append(p)
            self._pending = None
        self._at.horizon = b
        for m in self._matches:
            if m is PAUSE:
                break
            if m.start() >= b:
                self._pending = m
                break
            out.append(m)
        return out


def cased_occurrences(doc, strings, word_end: bool = False):
    """The offsets where one of ``strings`` occurs in ``doc.text`` as
    written (case and all), ascending, found a _CHUNK of the text at a time
    as far as they are read; with ``word_end``, only those not followed by
    a letter, digit or "_". None when the document gets no needle index
    (short, or no safe lower-casing). A string whose lower-case form the
    index lists (see :func:`index_also`) is read from it, its case checked;
    any other (shorter than _MIN_INDEXED, or frequent in this text) is
    searched for in the text."""
    if not hasattr(doc, "memo") or _lower(doc) is None:
        return None
    index = _index(doc)
    listed, searched = [], []
    for s in strings:
        low = s.lower()
        found = index.get(low) if len(low) == len(s) else None
        if found is None:
            searched.append(s)
        elif found:
            listed.append((s, found))
    return _cased_in_chunks(doc.text, listed, searched, word_end)


def _cased_in_chunks(text: str, listed: list, searched: list, word_end: bool):
    import bisect

    n = len(text)
    for a in range(0, n, _CHUNK):
        b = min(n, a + _CHUNK)
        here: list[tuple[int, int]] = []  # (start, end) of each occurrence
        for s, found in listed:
            i, k = bisect.bisect_left(found, a), len(s)
            here += [(p, p + k) for p in found[i:bisect.bisect_left(found, b, i)] if text.startswith(s, p)]
        for s in searched:
            stop, k = b + len(s) - 1, len(s)
            i = text.find(s, a, stop)
            while i >= 0:
                here.append((i, i + k))
                i = text.find(s, i + 1, stop)
        if word_end:
            here = [(p, e) for p, e in here if e == n or not (text[e].isalnum() or text[e] == "_")]
        yield from sorted({p for p, _ in here})


_RESYNC = 128  # characters: a search goes on through a break this close rather than start again after it


def finditer_holding(pattern: Pattern, text: str, offsets, breaks):
    """The matches of ``pattern.finditer(text)`` that hold one of ``offsets``
    (ascending; a match holds the offsets from its start to before its
    end), in order, with the text far from every offset never scanned.

    ``breaks`` is a reverse pattern (``(?r)``) of one character that no
    match of ``pattern`` can hold. Exact: a scan's matches never cross such
    a character, so a search starting just after one finds the scan's
    matches from there on (no match starts inside a match before it); so
    does a search from the end of one of the scan's matches. Each offset is
    searched from the later of the last break before it and the end of the
    last match read (the search under way goes on through a break less
    than _RESYNC characters after that end: cheaper than a new search);
    each stretch of text is read at most twice (back to the break, then
    forward), so the cost is at most a scan's."""
    it = None
    m = None  # the last match read: one of the scan's
    given = None
    for q in offsets:
        if m is None or m.end() <= q:
            start = m.end() if m is not None else 0
            b = breaks.search(text, start + _RESYNC if it is not None else start, q)
            if b is not None or it is None:
                it = pattern.finditer(text, b.end() if b is not None else start)
            for m in it:
                if m.end() > q:
                    break
            else:
                return  # no match holds this offset or ends after it
        if m.start() <= q and m is not given:
            given = m
            yield m


def word_starts(doc, prefixes) -> "list[int] | None":
    """Sorted offsets where a word may begin with one of the lower-case
    ``prefixes`` (case ignored; each begins with an ASCII letter, digit or
    "_"): every start of such a word is listed, with perhaps some offsets
    that are not (after a non-ASCII word character). None when the
    document has no needle index (short, or no safe lower-casing)."""
    if not hasattr(doc, "memo") or _lower(doc) is None:
        return None
    found: set[int] = set()
    for p in prefixes:
        if p[:1] not in _WORD_ASCII:
            raise ValueError(f"a word prefix must begin with an ASCII word character: {p!r}")
        found.update(_occurrences(doc, _key(p, "w")))
    return sorted(found)


def finditer_in(doc, pattern: Pattern, part: str, offset: int):
    """``pattern.finditer(part)``, the same matches (positions in ``part``),
    where ``part`` is ``doc.text[offset:offset + len(part)]`` (a sentence):
    tried only at the occurrences of the pattern's prefixes inside it when
    the document lists them (see :func:`prefixes`), else only for the
    top-level branches with a needle inside it (see :func:`range_finditer`),
    else a plain scan."""
    if not hasattr(doc, "memo") or not part or (offset and doc.text[offset - 1:offset].lower() in _WORD_ASCII):
        # (word-start prefixes and needles are listed where the text before is no word character)
        return pattern.finditer(part)
    chunks = _prefix_chunks(doc, pattern)
    if chunks is not None:
        return _anchored_in(pattern, chunks.between(offset, offset + len(part)), part, offset)
    return _by_branches(pattern, _live(doc, pattern, offset, offset + len(part)), part, 0, len(part))


def _anchored_in(pattern: Pattern, starts: list, part: str, offset: int):
    last = 0
    match = pattern.match
    for c in starts:
        c -= offset
        if c < last:
            continue
        m = match(part, c)
        if m is not None:
            yield m
            last = m.end()


def search_in(doc, pattern: Pattern, part: str, offset: int):
    """``pattern.search(part)`` (see :func:`finditer_in`)."""
    return next(iter(finditer_in(doc, pattern, part, offset)), None)


def doc_search(doc, pattern: Pattern, pos: int = 0, endpos: "int | None" = None):
    """``pattern.search(doc.text, pos, endpos)``, near the needles only."""
    return next(iter(doc_finditer(doc, pattern, pos, endpos)), None)


def _needle_starts(doc, pattern: Pattern) -> "list[int] | None":
    if not hasattr(doc, "memo"):  # not a Document: no prefilter
        return None
    # needles in nearly every sentence filter nothing: not worth listing
    return doc.memo(("patterns.needle_starts", id(pattern)), lambda: _positions(doc, doc_needles(doc, pattern), _SPARSE))


def _positions(doc, strings: "frozenset[str] | None", per: int) -> "list[int] | None":
    """Sorted offsets in ``doc`` where one of ``strings`` starts (case
    ignored), or None: no strings, no safe lower-casing, or more than one
    occurrence per ``per`` characters (too dense to be worth listing)."""
    low = _lower(doc)
    if strings is None or low is None or _more_than(doc, strings, len(low) // per + 1):
        return None
    found: set[int] = set()
    for n in strings:
        found.update(_occurrences(doc, n))
    return sorted(found)


_SPARSE = 80  # characters per needle occurrence below which a prefilter is dropped


_SMALL = 64_000  # characters: a shorter text is searched whole, faster than listing needles


def _lower(doc) -> "str | None":
    """``doc.text.lower()`` when a prefilter pays (the text is not short), it
    keeps every offset and every character that IGNORECASE matches
    differently (see _NO_LOWER_MAP) is absent; else None: no prefilter."""
    def compute():
        text = doc.text
        if len(text) < _SMALL or any(ch in text for ch in _NO_LOWER_MAP):
            return None
        low = text.lower()
        return low if len(low) == len(text) else None
    return doc.memo("patterns.lower_safe", compute)


def matcher(doc, pattern: Pattern):
    """``may_match`` bound to a document and a pattern, for loops over
    sentences: a function of (start, end)."""
    import bisect

    starts = _needle_starts(doc, pattern)
    if starts is None:
        return lambda start, end: True
    n = len(starts)
    bl = bisect.bisect_left

    def hit(start: int, end: int) -> bool:
        i = bl(starts, start)
        return i < n and starts[i] < end
    return hit


def may_match(doc, pattern: Pattern, start: int = 0, end: "int | None" = None) -> bool:
    """False only when ``pattern`` cannot match inside ``doc.text[start:end]``
    (no needle of it starts there): a search there would find nothing."""
    import bisect

    starts = _needle_starts(doc, pattern)
    if starts is None:
        return True
    end = len(doc.text) if end is None else end
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
