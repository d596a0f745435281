"""SARIF 2.1.0 for code scanning (GitHub and other viewers), built from the
JSON report: one rule per enabled check, results and tool execution
notifications per outcomes.md.

- fail: a result at every evidence span (line 1, column 1 when the decision
  rests on absence), level per severity; baselined failures keep their
  result with ``baselineState: unchanged`` (the others are ``new`` when a
  baseline is in use); inline suppressions with a reason become
  ``suppressions: [{kind: inSource, justification}]``.
- a suppression problem (a ``notes`` entry ``suppression at line N: ...``):
  a result of rule ``suppression``, level warning.
- error: a tool execution notification, level error; skipped: one at level
  note. Passing checks give nothing.

Columns count Unicode code points (``columnKind: unicodeCodePoints``), end
columns are exclusive, as in the JSON report. Uris are relative to the
repository root (the git work tree holding the file, else the rootdir).
"""
from __future__ import annotations

import hashlib
import json
import re
import textwrap
from pathlib import Path
from urllib.parse import quote

from .. import __version__

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "pytest-privacylint"
# The README of the published package; its "The checks" section documents
# every built-in check. A [project.urls] Homepage/Source/Repository entry in
# the installed metadata takes precedence (a repository README renders the
# section anchors).
DEFAULT_HOME = "https://pypi.org/project/pytest-privacylint/"
CHECKS_ANCHOR = "#the-checks"
SUPPRESSION_RULE = "suppression"
NOTE = re.compile(r"^suppression at line (\d+): (.*)$", re.S)
SECTION_NAMES = ("What it checks", "Why it matters", "Passes", "Fails", "Near-misses")


def home_uri() -> str:
    try:
        from importlib.metadata import metadata

        for entry in metadata("pytest-privacylint").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() in ("homepage", "source", "repository", "documentation") and url.strip():
                return url.strip()
    except Exception:  # not installed as a distribution: fall back
        pass
    return DEFAULT_HOME


def doc_sections(doc: str) -> tuple[str, dict[str, str]]:
    """A check docstring's first line and its fixed sections (text dedented)."""
    lines = (doc or "").strip("\n").splitlines()
    first = lines[0].strip() if lines else ""
    sections: dict[str, list[str]] = {}
    current = None
    for line in lines[1:]:
        if line.strip() in SECTION_NAMES and not line.startswith((" ", "\t")):
            current = line.strip()
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    out = {}
    for name, body in sections.items():
        out[name] = textwrap.dedent("\n".join(body)).strip()
    return first, out


def _sentence(s: str) -> str:
    s = " ".join(s.split())
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s if not s or s.endswith((".", "!", "?")) else s + "."


def _rule_name(check_id: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", check_id) if part) or check_id


def rule_for(check, level: str, home: str) -> dict:
    first, sections = doc_sections(check.doc)
    short = first.split(":", 1)[1] if first.startswith(f"{check.id}:") else first
    short = _sentence(short or check.title or check.id)
    full = _sentence(sections.get("What it checks", "") or short)
    help_parts = []
    if check.hint:
        help_parts.append(f"Fix: {_sentence(check.hint)}")
    if sections.get("Why it matters"):
        help_parts.append(_sentence(sections["Why it matters"]))
    if check.anchor:
        help_parts.append(f"Legal anchor: {check.anchor}.")
    help_parts.append(f"Full contract: pytest --privacy-explain {check.id}")
    md = [f"**{check.title or check.id}**", ""]
    for name in SECTION_NAMES:
        if sections.get(name):
            md += [f"### {name}", "", sections[name], ""]
    if check.hint:
        md += ["### How to fix", "", check.hint, ""]
    if check.anchor:
        md += [f"Legal anchor: {check.anchor}", ""]
    return {
        "id": check.id,
        "name": _rule_name(check.id),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": "\n".join(help_parts), "markdown": "\n".join(md).strip() + "\n"},
        "helpUri": home + CHECKS_ANCHOR,
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["privacy", "compliance"], "version": str(check.version)},
    }


def suppression_rule(home: str) -> dict:
    text = ("An inline privacylint suppression comment gives no reason, or names a check that "
            "does not fail there, so it suppresses nothing.")
    return {
        "id": SUPPRESSION_RULE,
        "name": "Suppression",
        "shortDescription": {"text": "Inline suppression without a reason, or one that suppresses nothing."},
        "fullDescription": {"text": text},
        "help": {"text": "Give every 'privacylint: disable=CHECK' comment a reason after it, and remove "
                         "suppressions that no longer apply."},
        "helpUri": home + CHECKS_ANCHOR,
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["privacy"]},
    }


class _Uris:
    """Repository-relative, percent-encoded uris for the JSON report's paths."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.cache: dict[str, str] = {}

    def __call__(self, report_path: str) -> str:
        if report_path not in self.cache:
            self.cache[report_path] = self._uri(report_path)
        return self.cache[report_path]

    def _uri(self, report_path: str) -> str:
        if self.ctx is None:
            return quote(report_path, safe="/")
        src = self.ctx.source_path(report_path)
        try:
            abs_src = src.resolve()
            rel = abs_src.relative_to(self.ctx.repo_root(src)).as_posix()
        except (ValueError, OSError):
            return Path(src).absolute().as_uri()
        return quote(rel, safe="/")


def _region(ev: dict | None) -> dict:
    if ev is None:  # a decision resting on absence (report-json.md)
        return {"startLine": 1, "startColumn": 1}
    region = {"startLine": ev["line"], "startColumn": ev["column"],
              "endLine": ev["end_line"], "endColumn": ev["end_column"]}
    if ev.get("text"):
        region["snippet"] = {"text": ev["text"]}
    return region


def _location(uri: str, region: dict) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def build(report: dict, ctx=None) -> dict:
    checks = list(getattr(ctx, "checks", None) or [])
    home = home_uri()
    cfg = getattr(ctx, "config", None)

    def level_of(check) -> str:
        sev = cfg.severity_of(check) if cfg is not None and hasattr(cfg, "severity_of") else check.default_severity
        return "warning" if sev == "warning" else "error"

    rules = [rule_for(c, level_of(c), home) for c in checks]
    rules.append(suppression_rule(home))
    index = {r["id"]: i for i, r in enumerate(rules)}

    def rule_index(check_id: str, version: str = "1") -> int:
        """Every ruleId resolves: a check the context does not know (a report
        built elsewhere) gets a minimal rule."""
        if check_id not in index:
            index[check_id] = len(rules)
            rules.append({"id": check_id, "name": _rule_name(check_id),
                          "shortDescription": {"text": check_id},
                          "fullDescription": {"text": check_id},
                          "help": {"text": f"pytest --privacy-explain {check_id}"},
                          "helpUri": home + CHECKS_ANCHOR,
                          "defaultConfiguration": {"level": "error"},
                          "properties": {"tags": ["privacy"], "version": str(version)}})
        return index[check_id]

    for entry in report.get("checks", []):
        rule_index(entry["id"], entry.get("version", "1"))

    uri_of = _Uris(ctx)
    with_baseline = bool(getattr(cfg, "baseline", None)) or any(
        c.get("baselined") for f in report.get("files", []) for c in f["checks"])
    results: list[dict] = []
    notifications: list[dict] = []
    artifacts: list[dict] = []
    for f in report.get("files", []):
        uri = uri_of(f["path"])
        art = {"location": {"uri": uri}}
        if f.get("sha256"):
            art["hashes"] = {"sha-256": f["sha256"]}
        if f.get("encoding"):
            art["encoding"] = f["encoding"]
        artifacts.append(art)
        for c in f["checks"]:
            outcome = c["outcome"]
            if outcome in ("error", "skipped"):
                notifications.append({
                    "level": "error" if outcome == "error" else "note",
                    "message": {"text": f"{f['path']}: {c['id']}: {c.get('reason') or outcome}"},
                    "locations": [_location(uri, {"startLine": 1, "startColumn": 1})],
                    "associatedRule": {"id": c["id"], "index": rule_index(c["id"])},
                })
                continue
            if outcome != "fail":
                continue  # pass: no result, even when a suppression applies (it suppresses nothing)
            evidence = c.get("evidence") or [None]
            result = {
                "ruleId": c["id"],
                "ruleIndex": rule_index(c["id"]),
                "level": "warning" if c.get("severity") == "warning" else "error",
                "message": {"text": c.get("message") or c["id"]},
                "locations": [_location(uri, _region(ev)) for ev in evidence],
                "partialFingerprints": {"privacylintFinding/v1": _fingerprint(uri, c["id"], c.get("message") or "")},
            }
            if c.get("suppressed"):
                sup = {"kind": "inSource", "status": "accepted"}
                if c["suppressed"].get("reason"):
                    sup["justification"] = c["suppressed"]["reason"]
                if c["suppressed"].get("line"):
                    sup["location"] = _location(uri, {"startLine": int(c["suppressed"]["line"])})
                result["suppressions"] = [sup]
            if with_baseline:
                result["baselineState"] = "unchanged" if c.get("baselined") else "new"
            results.append(result)
        for note in f.get("notes", []):
            m = NOTE.match(note)
            if not m:
                continue
            result = {
                "ruleId": SUPPRESSION_RULE,
                "ruleIndex": index[SUPPRESSION_RULE],
                "level": "warning",
                "message": {"text": m.group(2)},
                "locations": [_location(uri, {"startLine": int(m.group(1)), "startColumn": 1})],
                "partialFingerprints": {"privacylintFinding/v1": _fingerprint(uri, SUPPRESSION_RULE, m.group(2))},
            }
            if with_baseline:
                result["baselineState"] = "new"
            results.append(result)

    run = {
        "tool": {"driver": {
            "name": TOOL_NAME,
            "fullName": f"{TOOL_NAME} {report.get('tool', {}).get('version', __version__)}",
            "version": report.get("tool", {}).get("version", __version__),
            "semanticVersion": report.get("tool", {}).get("version", __version__),
            "informationUri": home,
            "rules": rules,
        }},
        "invocations": [{
            "executionSuccessful": not any(n["level"] == "error" for n in notifications),
            "toolExecutionNotifications": notifications,
        }],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "mode": report.get("mode"),
            "selection": report.get("selection"),
            "config_sha256": report.get("config_sha256"),
            "summary": report.get("summary", {}),
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def dumps(sarif: dict) -> str:
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def write(path: str, report: dict, ctx=None) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(build(report, ctx)))
