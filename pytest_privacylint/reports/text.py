"""Failure text for the terminal and JUnit: ``path:line:col: check-id: message``
first (report viewers parse it), then the evidence line and the hint."""
from __future__ import annotations

import functools
import re
import textwrap

from .._results import CheckResult

# C0 and C1 controls, line and paragraph separators, and the bidirectional
# controls that reorder what a terminal shows ("Trojan source")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(s: str) -> str:
    """Make text from a policy safe for a terminal: control characters
    (ANSI escapes, CR, NUL, bidirectional overrides...) are shown escaped,
    never raw."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], s)


def location(res: CheckResult) -> tuple[int, int]:
    if res.evidence:
        return res.evidence[0].line, res.evidence[0].column
    return 1, 1


def first_line(path: str, res: CheckResult) -> str:
    line, col = location(res)
    if res.outcome == "error":
        return safe(f"{path}:1:1: error: {res.reason}")
    return safe(f"{path}:{line}:{col}: {res.id}: {res.message}")


def _clip(s: str, width: int = 100) -> str:
    s = s.replace("\t", " ")
    return s if len(s) <= width else s[: width - 4].rstrip() + " ..."


def failure_text(path: str, res: CheckResult) -> str:
    out = [first_line(path, res)]
    if res.outcome == "error":
        return out[0]
    for ev, ctx in zip(res.evidence, res.context or [""] * len(res.evidence)):
        line_text = ctx if ctx.strip() else ev.quote
        out.append(safe(f"  {ev.line} | {_clip(line_text.strip())}"))
        if ev.quote and ev.quote not in line_text:
            out.append(safe(f"  {' ' * len(str(ev.line))} | quote: {_clip(ev.quote)}"))
    if res.hint:
        out.append(_hint_lines(res.hint))
    return "\n".join(out)


@functools.lru_cache(maxsize=256)
def _hint_lines(hint: str) -> str:
    """A check's hint wrapped under ``hint:`` (the same few hints, wrapped once)."""
    wrapped = textwrap.wrap(hint, width=74)
    return "\n".join(["  hint: " + wrapped[0]] + ["        " + w for w in wrapped[1:]])


def evidence_text(path: str, res: CheckResult) -> str:
    """What a passing check relied on (shown with -rP / -rA)."""
    lines = [safe(f"{path}: {res.id}: {res.message or res.outcome}")]
    for ev in res.evidence:
        lines.append(safe(f"  {ev.line}:{ev.column}: {_clip(ev.quote)}"))
    return "\n".join(lines)
