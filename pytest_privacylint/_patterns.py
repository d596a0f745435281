"""Compiled patterns with the regex guard.

Built-in patterns are linear by construction (no nested or overlapping
quantifiers); the ``regex`` timeout (config ``regex_timeout``) is only a
guard: a hit becomes an error item naming the check, never another outcome.
Every check makes its patterns once, at import, with :func:`compile` (the
regex is compiled on first use). How a large document is searched without
scanning it once per pattern is in :mod:`._prefilter`.
"""
from __future__ import annotations

import contextvars
import functools

import regex

_timeout: contextvars.ContextVar[float | None] = contextvars.ContextVar("privacylint_regex_timeout", default=5.0)
# the language whose vocabulary the patterns made now belong to (None: any)
_language: contextvars.ContextVar[str | None] = contextvars.ContextVar("privacylint_pattern_language", default=None)

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


_PER_CHARS = 1_000_000


def _budget(string: str, pos: int, endpos: "int | None") -> "float | None":
    """The guard for one call: ``regex_timeout`` seconds per million
    characters searched, at least ``regex_timeout``: a linear scan of a
    50 MB policy takes longer than 5 s without being a runaway pattern."""
    t = _timeout.get()
    if t is None or len(string) <= _PER_CHARS:
        return t
    n = (len(string) if endpos is None else min(endpos, len(string))) - pos
    return t if n <= _PER_CHARS else t * (n / _PER_CHARS)


# characters: a search of a built-in pattern over a shorter stretch runs
# without the guard (see Pattern)
_UNGUARDED = 1 << 16


def _short(string: str, pos: int, endpos: "int | None") -> bool:
    """Whether the stretch searched is under _UNGUARDED characters."""
    return (len(string) if endpos is None else min(endpos, len(string))) - pos < _UNGUARDED


class Pattern:
    """A pattern compiled on first use (a run whose files all come from the
    cache, or that reads one language, compiles only what it searches with);
    searches run under the guard.

    A ``linear`` pattern (a built-in one, made with :func:`compile_linear`;
    the worst-case test holds each to linear time) is searched without the
    guard over a stretch of less than _UNGUARDED characters (a sentence, a
    window near a needle) and in an anchored attempt whose reach is bounded:
    such a search is bounded by its length, and the guard's clock reads cost
    more than the search itself (about 2 us a call against 0.3-0.7 us for a
    sentence). Every other search, and every search of a custom rule's or a
    third-party check's pattern, runs under the guard."""

    __slots__ = ("_compiled", "pattern", "flags", "language", "linear")

    def __init__(self, pattern: str, flags: int = FLAGS, part_of: "Pattern | None" = None, compiled_as=None, linear: bool = False):
        self.pattern = pattern
        self.flags = flags
        self._compiled = compiled_as  # regex.compile(pattern, flags) when the caller has it already
        if part_of is None:
            self.language = _language.get()
            self.linear = linear
            compiled.append(self)
        else:  # a piece of a listed pattern (see _prefilter._branch_patterns): its needles are that pattern's
            self.language = part_of.language
            self.linear = part_of.linear

    def _compile(self):
        r = self._compiled = regex.compile(self.pattern, self.flags)
        return r

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        r = self._compiled or self._compile()
        if self.linear and _short(string, pos, endpos):
            return r.search(string, pos, endpos)
        t = _budget(string, pos, endpos)
        try:
            return r.search(string, pos, endpos, timeout=t)
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        r = self._compiled or self._compile()
        if self.linear and _short(string, pos, endpos):
            return r.match(string, pos, endpos)
        t = _budget(string, pos, endpos)
        try:
            return r.match(string, pos, endpos, timeout=t)
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        r = self._compiled or self._compile()
        if self.linear and _short(string, pos, endpos):
            return r.fullmatch(string, pos, endpos)
        t = _budget(string, pos, endpos)
        try:
            return r.fullmatch(string, pos, endpos, timeout=t)
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        r = self._compiled or self._compile()
        if self.linear and _short(string, pos, endpos):
            yield from r.finditer(string, pos, endpos)
            return
        t = _budget(string, pos, endpos)
        try:
            yield from r.finditer(string, pos, endpos, timeout=t)
        except TimeoutError:
            raise _timed_out(self.pattern) from None

    def anchored(self, string: str, endpos: int, bounded: bool = False):
        """``self.match(string, pos, endpos)`` as a function of ``pos``, for
        many anchored attempts in one text (a C call each, no Python
        frame): the guard's budget is the whole stretch's, set once; none
        for a linear pattern whose matches are ``bounded`` in length. A hit
        raises TimeoutError; the caller turns it into PatternTimeout with
        :meth:`timed_out`."""
        r = self._compiled or self._compile()
        if self.linear and bounded:
            return functools.partial(r.match, string, endpos=endpos)
        return functools.partial(r.match, string, endpos=endpos, timeout=_budget(string, 0, endpos))

    def timed_out(self) -> PatternTimeout:
        return _timed_out(self.pattern)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None):
        return [m.group() for m in self.finditer(string, pos, endpos)]


def compile(pattern: str, flags: int = FLAGS) -> Pattern:  # noqa: A001 - mirrors re.compile
    return Pattern(pattern, flags)


def compile_linear(pattern: str, flags: int = FLAGS) -> Pattern:
    """A built-in pattern: linear by construction, held to it by the
    worst-case test, so short searches skip the guard (see :class:`Pattern`).
    Custom rules and third-party checks use :func:`compile`."""
    return Pattern(pattern, flags, linear=True)


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of the regex source ``pattern`` (split at
    each "|" outside groups and character classes): ``"|".join`` of them
    gives ``pattern`` back, and the pattern has a match in a text exactly
    when one of them has (each branch may need its own needles)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # "[]...]" and "[^]...]": the "]" is a member
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def words(*alternatives: str) -> str:
    """A non-capturing alternation of phrases, longest first, with word
    boundaries: a vocabulary list turned into a pattern fragment."""
    alts = sorted({a.strip() for a in alternatives if a.strip()}, key=len, reverse=True)
    return r"\b(?:" + "|".join(a for a in alts) + r")\b"


class _Setting:
    """Context manager: a context variable holds a value inside the block."""

    def __init__(self, var: contextvars.ContextVar, value):
        self._var, self._value = var, value

    def __enter__(self):
        self._token = self._var.set(self._value)
        return self

    def __exit__(self, *exc):
        self._var.reset(self._token)
        return False


class vocabulary(_Setting):
    """Patterns made inside it belong to one language's vocabulary (``with
    vocabulary("de"): ...`` in a check's bundle builder); the needle index
    of a document reads only its language's patterns and those of no
    language."""

    def __init__(self, language: str):
        super().__init__(_language, language)
        self.language = language


class guard(_Setting):
    """Sets the timeout for patterns run inside it."""

    def __init__(self, seconds: float | None):
        super().__init__(_timeout, seconds)
        self.seconds = seconds
