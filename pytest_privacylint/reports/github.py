"""GitHub Actions workflow commands (annotations), built from the JSON report
when ``GITHUB_ACTIONS=true`` (outcomes.md):

- a failure with severity error, an errored check: ``::error`` (one for a
  file whose checks all errored for the same reason: it could not be read)
- a failure with severity warning, a suppression problem (``notes``):
  ``::warning``
- passed, skipped, baselined and suppressed checks: nothing.

GitHub shows at most 10 annotations of each type per step; the rest are
written to ``$GITHUB_STEP_SUMMARY`` as a Markdown table. Paths are relative
to ``$GITHUB_WORKSPACE`` when it is set and holds the file. Messages escape
``%``, CR and LF; property values also ``:`` and ``,``. Columns are given
only for single-line spans (GitHub rejects them otherwise) and GitHub's end
column is inclusive, the report's exclusive.
"""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

PER_TYPE_LIMIT = 10
NOTE = re.compile(r"^suppression at line (\d+): (.*)$", re.S)


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


@dataclass
class Annotation:
    kind: str  # "error" | "warning"
    path: str
    line: int
    title: str
    message: str
    col: int | None = None
    end_line: int | None = None
    end_col: int | None = None  # inclusive, as GitHub counts
    hint: str = ""

    def command(self) -> str:
        props = [f"file={escape_property(self.path)}", f"line={self.line}"]
        if self.end_line is not None:
            props.append(f"endLine={self.end_line}")
        if self.col is not None:
            props.append(f"col={self.col}")
            if self.end_col is not None:
                props.append(f"endColumn={self.end_col}")
        props.append(f"title={escape_property(self.title)}")
        text = self.message + (f"\nhint: {self.hint}" if self.hint else "")
        return f"::{self.kind} {','.join(props)}::{escape_data(text)}"


def _workspace_path(report_path: str, ctx) -> str:
    ws = os.environ.get("GITHUB_WORKSPACE")
    if not ws:
        return report_path
    src = ctx.source_path(report_path) if ctx is not None else Path(report_path)
    try:
        return src.resolve().relative_to(Path(ws).resolve()).as_posix()
    except (ValueError, OSError):
        return report_path


def _span(ev: dict | None) -> dict:
    if ev is None:  # absence: line 1, column 1 (report-json.md)
        return {"line": 1, "col": 1}
    if ev["end_line"] != ev["line"]:
        return {"line": ev["line"], "end_line": ev["end_line"]}
    end = max(ev["end_column"] - 1, ev["column"])
    return {"line": ev["line"], "col": ev["column"], "end_line": ev["end_line"], "end_col": end}


def annotations(report: dict, ctx=None) -> list[Annotation]:
    hints = {c.id: c.hint for c in (getattr(ctx, "checks", None) or [])}
    out: list[Annotation] = []
    for f in report.get("files", []):
        path = _workspace_path(f["path"], ctx)
        reasons = {c.get("reason") for c in f["checks"] if c["outcome"] == "error"}
        if len(f["checks"]) > 1 and all(c["outcome"] == "error" for c in f["checks"]) and len(reasons) == 1:
            # the file itself could not be read or followed: one annotation, not one per check
            out.append(Annotation("error", path, 1, "privacylint: error",
                                  reasons.pop() or "the file could not be evaluated", col=1))
            continue
        for c in f["checks"]:
            if c.get("suppressed") or c.get("baselined"):
                continue
            if c["outcome"] == "error":
                out.append(Annotation("error", path, 1, f"privacylint: {c['id']}: error",
                                      c.get("reason") or "the check could not be evaluated", col=1))
            elif c["outcome"] == "fail":
                kind = "warning" if c.get("severity") == "warning" else "error"
                ev = (c.get("evidence") or [None])[0]
                out.append(Annotation(kind, path, title=f"privacylint: {c['id']}", message=c.get("message") or c["id"],
                                      hint=hints.get(c["id"], ""), **_span(ev)))
        for note in f.get("notes", []):
            m = NOTE.match(note)
            if m:
                out.append(Annotation("warning", path, int(m.group(1)), "privacylint: suppression", m.group(2)))
    return out


def _cell(s: str) -> str:
    s = html.escape(" ".join(s.split()), quote=False)
    return s.replace("|", "\\|")


def summary_table(rest: list[Annotation]) -> str:
    lines = [
        "### privacylint: more findings",
        "",
        f"GitHub shows {PER_TYPE_LIMIT} annotations of each type per step; "
        f"{len(rest)} more {'finding is' if len(rest) == 1 else 'findings are'} listed here.",
        "",
        "| level | location | check | message |",
        "|---|---|---|---|",
    ]
    for a in rest:
        loc = f"{a.path}:{a.line}" + (f":{a.col}" if a.col is not None else "")
        check = a.title.removeprefix("privacylint: ")
        lines.append(f"| {a.kind} | {_cell(loc)} | {_cell(check)} | {_cell(a.message)} |")
    return "\n".join(lines) + "\n\n"


def emit(report: dict, ctx, write_line: Callable[[str], None]) -> None:
    shown: dict[str, int] = {}
    rest: list[Annotation] = []
    for a in annotations(report, ctx):
        if shown.get(a.kind, 0) < PER_TYPE_LIMIT:
            shown[a.kind] = shown.get(a.kind, 0) + 1
            write_line(a.command())
        else:
            rest.append(a)
    if not rest:
        return
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(summary_table(rest))
        write_line(f"privacylint: {len(rest)} more findings in the step summary")
    else:
        write_line(f"privacylint: {len(rest)} more findings not annotated (GitHub shows {PER_TYPE_LIMIT} per type per step)")
