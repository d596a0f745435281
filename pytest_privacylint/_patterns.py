"""Compiled patterns with the regex guard.

Built-in patterns are linear by construction (no nested or overlapping
quantifiers); the ``regex`` timeout (config ``regex_timeout``) is only a
guard: a hit becomes an error item naming the check, never another outcome.
Every check compiles its patterns once, at import, with :func:`compile`.
"""
from __future__ import annotations

import contextvars

import regex

_timeout: contextvars.ContextVar[float | None] = contextvars.ContextVar("privacylint_regex_timeout", default=5.0)

FLAGS = regex.IGNORECASE | regex.VERSION0


class PatternTimeout(Exception):
    """A pattern ran past the ``regex_timeout`` guard."""


# every pattern the guard stopped in this process, oldest first (tests and
# the hostile benchmark read it: a built-in pattern must never be here)
fired: list[str] = []
# every Pattern compiled in this process (the worst-case test feeds each one)
compiled: list["Pattern"] = []
_MAX_FIRED = 100


def _timed_out(pattern: str) -> PatternTimeout:
    if len(fired) < _MAX_FIRED:
        fired.append(pattern)
    return PatternTimeout(pattern)


class Pattern:
    __slots__ = ("_re", "pattern")

    def __init__(self, pattern: str, flags: int = FLAGS):
        self.pattern = pattern
        self._re = regex.compile(pattern, flags)
        compiled.append(self)

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        try:
            return self._re.search(string, pos, endpos, timeout=_timeout.get())
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        try:
            return self._re.match(string, pos, endpos, timeout=_timeout.get())
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        try:
            return self._re.fullmatch(string, pos, endpos, timeout=_timeout.get())
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        try:
            yield from self._re.finditer(string, pos, endpos, timeout=_timeout.get())
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def findall(self, string: str, pos: int = 0, endpos: int | None = None):
        return [m.group() for m in self.finditer(string, pos, endpos)]


def compile(pattern: str, flags: int = FLAGS) -> Pattern:  # noqa: A001 - mirrors re.compile
    return Pattern(pattern, flags)


def words(*alternatives: str) -> str:
    """A non-capturing alternation of phrases, longest first, with word
    boundaries: a vocabulary list turned into a pattern fragment."""
    alts = sorted({a.strip() for a in alternatives if a.strip()}, key=len, reverse=True)
    return r"\b(?:" + "|".join(a for a in alts) + r")\b"


class guard:
    """Context manager setting the timeout for patterns run inside it."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds

    def __enter__(self):
        self._token = _timeout.set(self.seconds)
        return self

    def __exit__(self, *exc):
        _timeout.reset(self._token)
        return False


def finditer_near(pattern: Pattern, core: Pattern, string: str, before: int, maxlen: int, chunk: int = 4096):
    """``pattern.finditer(string)``, the same matches, but only searched near
    the occurrences of ``core``: for patterns whose every match contains a
    ``core`` occurrence starting at most ``before`` characters after the
    match start, and whose matches are at most ``maxlen`` characters long
    (bounded quantifiers only). Text without a core is never scanned by
    the (slow) full pattern.

    Exact: a search with ``endpos`` only differs from one over the whole
    string for matches that reach ``endpos``; a match is trusted only when
    it starts at least ``maxlen + 2`` characters before the window's end.
    """
    cores = [(m.start(), m.end()) for m in core.finditer(string)]
    if not cores:
        return
    n = len(string)
    pos = 0
    ci = 0
    window = before + maxlen + 2 + chunk
    while pos <= n and ci < len(cores):
        while ci < len(cores) and cores[ci][1] <= pos:
            ci += 1
        if ci == len(cores):
            return
        lo = max(pos, cores[ci][0] - before)
        endpos = min(n, lo + window)
        safe = n + 1 if endpos == n else endpos - maxlen - 2
        m = pattern.search(string, lo, endpos)
        if m is not None and m.start() < safe:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
        else:
            pos = safe


# -- needles: a cheap exact prefilter ------------------------------------------
#
# needles(p) is a set of plain strings of which every match of p contains at
# least one (case-insensitively), derived from the parsed pattern: a literal
# run, or for an alternation the union of its branches' sets, for a repeat
# with a minimum of one its body's set. A sentence holding none of them
# cannot hold a match, so a check need not search it: the prefilter only
# skips searches that would find nothing, never changes a result.

_NO_LOWER_MAP = ("\u017f", "\u0130", "\u0131")  # ſ, İ, ı: equal to ASCII letters under IGNORECASE, not under str.lower


def _required(items) -> "set[str] | None":
    from re import _constants as C

    cands: list[set[str]] = []
    run: list[str] = []

    def flush():
        if run:
            cands.append({"".join(run).lower()})
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op is C.IN and len(av) == 1 and av[0][0] is C.LITERAL:
            run.append(chr(av[0][1]))
            continue
        flush()
        s = None
        if op is C.SUBPATTERN:
            s = _required(av[3])
        elif op is C.ATOMIC_GROUP:
            s = _required(av)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            s = _required(av[2]) if av[0] >= 1 else None
        elif op is C.BRANCH:
            subs = [_required(b) for b in av[1]]
            s = None if any(x is None for x in subs) else set().union(*subs)
        if s is not None:
            cands.append(s)
    flush()
    best = None
    for c in cands:
        if best is None or (min(map(len, c)), -len(c)) > (min(map(len, best)), -len(best)):
            best = c
    return best


def needles(pattern: "Pattern | str") -> "frozenset[str] | None":
    """Strings one of which every match of ``pattern`` contains, or None."""
    from re import _parser

    src = pattern.pattern if isinstance(pattern, Pattern) else pattern
    try:
        found = _required(_parser.parse(src))
    except Exception:  # syntax only the regex module knows: no prefilter
        return None
    if not found or any(not n or any(ord(ch) >= 0x250 for ch in n) for n in found):
        return None
    return frozenset(found)


def _occurrences(doc, needle: str) -> list[int]:
    def compute():
        low = doc.memo("patterns.lower", lambda: doc.text.lower())
        out = []
        i = low.find(needle)
        while i >= 0:
            out.append(i)
            i = low.find(needle, i + 1)
        return out
    return doc.memo(("patterns.needle", needle), compute)


def sentence_mask(doc, pattern: "Pattern") -> "set[int] | None":
    """Indices of the sentences of ``doc`` that can hold a match of
    ``pattern`` (a needle starts inside), or None: every sentence can."""
    def compute():
        ns = needles(pattern)
        text = doc.text
        if ns is None or any(ch in text for ch in _NO_LOWER_MAP):
            return None
        low = doc.memo("patterns.lower", lambda: text.lower())
        if len(low) != len(text):
            return None
        import bisect

        starts = doc.memo("patterns.sentence_starts", lambda: [s.start for s in doc.sentences])
        ends = doc.memo("patterns.sentence_ends", lambda: [s.end for s in doc.sentences])
        mask: set[int] = set()
        for n in ns:
            for i in _occurrences(doc, n):
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i < ends[k]:
                    mask.add(k)
        return mask
    return doc.memo(("patterns.mask", id(pattern)), compute)
