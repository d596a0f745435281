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
