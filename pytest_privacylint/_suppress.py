"""Inline suppressions (config.md ``suppressions``, outcomes.md).

A policy may switch a check off for the whole file, with a reason::

    <!-- privacylint: disable=retention-limit -- retention is set per contract -->   (HTML, Markdown)
    privacylint: disable=retention-limit,opt-out-path -- reviewed by legal           (text: on its own line)

A suppression with a reason turns the check's failing result into a
suppressed one (the item is SKIPPED, the JSON keeps the underlying outcome
beside ``suppressed``). A suppression without a reason is not applied, and one
that suppresses nothing (the check passes, was skipped, or no such check ran)
is useless: both are reported as file notes, ``suppression at line N: ...``,
never as items (ruff reports unused ``noqa`` comments the same way).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ._document import source_lines

# the ids, then an optional " -- reason"; ids are what check ids look like
_BODY = r"privacylint:[ \t]*disable[ \t]*=[ \t]*(?P<ids>[A-Za-z0-9_-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_-]+)*)(?P<rest>[^\n\r]*?)"
_COMMENT = regex.compile(r"<!--[ \t]*" + _BODY + r"[ \t]*-->")
# a line of its own, whatever the line breaks (\r\n, \r or \n)
_LINE = regex.compile(r"(?<![^\r\n])[ \t]*" + _BODY + r"[ \t]*(?![^\r\n])")
_REASON = regex.compile(r"^[ \t]*--[ \t]*(?P<reason>\S.*?)[ \t]*$")
NOTE_PREFIX = "suppression at line"
NOTE_FORM = regex.compile(r"^suppression at line (\d+): (.*)$")


@dataclass(frozen=True)
class Suppression:
    line: int  # 1-based line of the comment
    ids: tuple[str, ...]
    reason: str  # "" when none was given


def find(source: str, fmt: str) -> list[Suppression]:
    """Every suppression comment in the decoded source, in order."""
    pattern = _LINE if fmt == "text" else _COMMENT
    starts = None
    out = []
    for m in pattern.finditer(source):
        if starts is None:
            starts = [s for s, _ in source_lines(source)]
        line = _line_of(starts, m.start())
        rest = m.group("rest")
        r = _REASON.match(rest) if rest.strip() else None
        ids = tuple(dict.fromkeys(i.strip().lower() for i in m.group("ids").split(",")))
        out.append(Suppression(line, ids, r.group("reason") if r else ""))
    return out


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset)


def note(line: int, text: str) -> str:
    return f"{NOTE_PREFIX} {line}: {text}"


def apply(results, suppressions: list[Suppression], notes: list[str]) -> None:
    """Mark failing results as suppressed; append a note for each suppression
    (or id in it) that has no reason or suppresses nothing."""
    by_id = {r.id: r for r in results}
    for s in suppressions:
        spec = "disable=" + ",".join(s.ids)
        if not s.reason:
            notes.append(note(s.line, f"no reason given for {spec} (write `{spec} -- why`); not applied"))
            continue
        for cid in s.ids:
            res = by_id.get(cid)
            if res is None:
                notes.append(note(s.line, f"disable={cid} suppresses nothing: no check {cid!r} ran"))
            elif res.outcome != "fail":
                notes.append(note(s.line, f"disable={cid} suppresses nothing: the check's outcome is {res.outcome}"))
            elif res.suppressed is None:
                res.suppressed = {"reason": s.reason, "line": s.line}
