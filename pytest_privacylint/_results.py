"""Plain, picklable result types: what a check decided and where it looked."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

OUTCOMES = ("pass", "fail", "error", "skipped")


def state(check: dict) -> str:
    """The row of outcomes.md a check result (JSON form) falls in, named as
    the JSON summary counts it; "failed" and "errors" set exit code 1."""
    if check.get("suppressed"):
        return "suppressed"
    outcome = check["outcome"]
    if outcome == "pass":
        return "passed"
    if outcome == "fail":
        if check.get("baselined"):
            return "baselined"
        return "warnings" if check["severity"] == "warning" else "failed"
    return "errors" if outcome == "error" else "skipped"


@dataclass(frozen=True)
class Evidence:
    """A span of the file: 1-based line/column, end exclusive (report-json.md)."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str  # the exact decoded source slice, markup included
    quote: str  # the same span as a reader sees it

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line, "end_column": self.end_column,
                "text": self.text, "quote": self.quote}


@dataclass(frozen=True)
class Candidate:
    """A span a check considered, and the rule that accepted or rejected it."""

    start: int
    end: int
    rule: str
    accepted: bool


@dataclass
class Decision:
    """What a check returns: pass or fail, a message, the spans it relied on
    (offsets into ``Document.text``) and, for ``--privacy-explain``, every
    candidate it considered."""

    outcome: str  # "pass" or "fail"
    message: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @classmethod
    def passed(cls, message: str, *spans: tuple[int, int], candidates=None) -> "Decision":
        return cls("pass", message, list(spans), list(candidates or []))

    @classmethod
    def failed(cls, message: str, *spans: tuple[int, int], candidates=None) -> "Decision":
        return cls("fail", message, list(spans), list(candidates or []))


@dataclass
class CheckResult:
    id: str
    outcome: str  # one of OUTCOMES
    severity: str = "error"
    message: str = ""
    reason: Optional[str] = None
    suppressed: Optional[dict] = None
    baselined: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    hint: str = ""
    explain: list[dict] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # source line of each evidence start (failure text)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "outcome": self.outcome,
            "severity": self.severity,
            "message": self.message,
            "reason": self.reason,
            "suppressed": self.suppressed,
            "baselined": self.baselined,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class FileResult:
    path: str
    sha256: str = ""
    format: str = "text"
    encoding: str = ""
    language: str = ""
    mode: str = "strict"
    notes: list[str] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)

    def check(self, check_id: str) -> CheckResult | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def meta_json(self) -> dict:
        """The file entry of the JSON report without its checks."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "encoding": self.encoding,
            "language": self.language,
            "mode": self.mode,
            "notes": list(self.notes),
        }

    def to_json(self) -> dict:
        return {**self.meta_json(), "checks": [c.to_json() for c in self.checks]}
