"""Run the checks on a document: guard, language and not-a-policy rules, and
turn each Decision into a CheckResult with evidence pointing into the file."""
from __future__ import annotations

import contextlib
import gc
import os
import re

from ._check import Check, CheckContext
from ._config import Config, default_config
from ._document import Document
from ._language import looks_like_policy
from ._load import LoadError, build_document, load_document, sha256
from ._markdown import front_matter
from ._patterns import PatternTimeout, guard
from ._registry import default_checks
from ._results import CheckResult, FileResult
from . import _twoproc


# the generator tag of reports/html.py: a report left among the policies is not linted as one
_OWN_REPORT = re.compile(r'<meta name="generator" content="pytest-privacylint[ "]')


# a policy that never says "privacy" or "personal data" ("how we look after
# members' details") is still one when its file name, its front matter or its
# HTML <title> says so
_POLICY_NAME = re.compile(
    r"privacy|privacidad|privacidade|datenschutz|confidentialit|riservatezza|informativa|privacyverklaring"
    r"|data[-_ ]?protection|protection[-_ ]des[-_ ]donn|gdpr|dsgvo|rgpd|lgpd", re.I)
_HTML_TITLE = re.compile(r"<title\b[^>]{0,200}>([^<]{0,300})</title", re.I)


def _named_as_policy(doc: Document) -> bool:
    if _POLICY_NAME.search(os.path.basename(doc.path)):
        return True
    if doc.format == "markdown":
        fm = front_matter(doc.source)  # what the Markdown reader leaves out
        return fm is not None and _POLICY_NAME.search(doc.source, fm[0], fm[1]) is not None
    if doc.format == "html":
        m = _HTML_TITLE.search(doc.source, 0, 65_536)
        return m is not None and _POLICY_NAME.search(m.group(1)) is not None
    return False


def _context(cfg: Config, doc: Document, explain: bool = False) -> CheckContext:
    return CheckContext(mode=cfg.mode, controller_names=tuple(cfg.controller_names), language=doc.language, explain=explain)


def run_checks(doc: Document, cfg: Config, checks: list[Check], *, explain: bool = False) -> list[CheckResult]:
    """One CheckResult per check. ``explain``: also list every candidate span
    each check considered (``CheckResult.explain``, for ``--privacy-explain``;
    off by default: a large file can have 100,000 candidates)."""
    ctx = _context(cfg, doc, explain)
    not_policy = None
    if doc.format == "html" and _OWN_REPORT.search(doc.source, 0, 4096):
        not_policy = "a pytest-privacylint HTML report, not a privacy policy"
    elif not doc.text.strip():
        not_policy = "empty document: no visible text"
    elif not looks_like_policy(doc.text) and not _named_as_policy(doc):
        not_policy = "not a privacy policy: no privacy or personal-data vocabulary"
    if not not_policy:
        _prepare(doc, checks)

    def result_of(check: Check) -> CheckResult:
        res = CheckResult(id=check.id, outcome="skipped", severity=cfg.severity_of(check), hint=check.hint)
        if not_policy:
            res.reason = not_policy
        elif check.languages is not None and doc.language not in check.languages:
            res.reason = f"no {check.id} vocabulary for language {doc.language!r} (supported: {', '.join(check.languages)})"
        else:
            try:
                with guard(cfg.regex_timeout):
                    decision = check.decide(doc, ctx)
            except PatternTimeout:
                res.outcome = "error"
                res.reason = f"{check.kind} {check.id!r} stopped by the regex guard after {cfg.regex_timeout}s (regex_timeout)"
            except Exception as exc:  # a check's bug must not stop the run
                res.outcome = "error"
                res.reason = f"internal error in {check.kind} {check.id!r}: {type(exc).__name__}: {exc}"
            else:
                res.outcome = decision.outcome
                res.message = decision.message
                res.evidence = [doc.evidence(s, e) for s, e in decision.spans]
                res.context = [doc.line_text(ev.line) for ev in res.evidence]
                if explain:
                    res.explain = [
                        {"evidence": doc.evidence(c.start, c.end), "rule": c.rule, "accepted": c.accepted}
                        for c in decision.candidates
                    ]
        return res

    split: dict[int, CheckResult] = {}
    if not not_policy and len(doc.text) >= _twoproc.SPLIT_FROM:
        split = _decide_in_two(doc, [i for i, c in enumerate(checks)
                                     if c.pure and (c.languages is None or doc.language in c.languages)], checks, result_of)
    return [split[i] if i in split else result_of(c) for i, c in enumerate(checks)]


def _decide_in_two(doc: Document, which: list[int], checks: list[Check], result_of) -> dict[int, CheckResult]:
    """The results of ``checks[i]`` for ``i`` in ``which``, decided by two
    processes when :func:`._twoproc.can_split` (a long document), the
    costliest first (``Check.cost``). The sentences and the needle index
    every check reads are made first, once."""
    if len(which) < 2:
        return {}  # decided one by one, as a short document
    from . import _prefilter
    from ._patterns import fired

    doc.sentences
    _prefilter._index(doc)
    before = len(fired)
    order = sorted(which, key=lambda i: -checks[i].cost)  # the costliest first (stable: ties keep their order)
    results = _twoproc.map_split(lambda k: result_of(checks[order[k]]), len(order),
                                 child_result=lambda: fired[before:], on_child_result=fired.extend)
    return dict(zip(order, results))


def _prepare(doc: Document, checks: list[Check]) -> None:
    """Each check's ``prepare`` for the document's language, before any
    check searches it. An error is left for the check's decide to meet
    again and report as its error item."""
    for check in checks:
        if check.prepare is not None and (check.languages is None or doc.language in check.languages):
            try:
                check.prepare(doc.language)
            except Exception:  # noqa: BLE001 - reported by decide
                pass


# characters of source from which the cyclic garbage collector waits until
# the file is linted: reading a long document makes millions of small
# objects (segments, blocks, sentences, matches), none in a reference cycle,
# and the collector would walk all of them again each time their number
# grows by a quarter (a third of the time of a 1 MB file of 500,000 lines)
GC_PAUSE_FROM = 1_000_000


@contextlib.contextmanager
def _gc_paused(size: int):
    """The cyclic collector off while a document of ``size`` characters
    (or bytes) of ``GC_PAUSE_FROM`` or more is linted, as it was after."""
    if size < GC_PAUSE_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def lint_document(doc: Document, config: Config | None = None, checks=None, *, digest: str = "", explain: bool = False) -> FileResult:
    cfg = config or default_config()
    checks = list(checks) if checks is not None else cfg.enabled_checks()
    results = run_checks(doc, cfg, checks, explain=explain)
    notes = list(doc.notes)
    if cfg.suppressions:
        from . import _suppress

        _suppress.apply(results, _suppress.find(doc.source, doc.format), notes)
    return FileResult(
        path=doc.path,
        sha256=digest,
        format=doc.format,
        encoding=doc.encoding,
        language=doc.language,
        mode=cfg.mode,
        notes=notes,
        checks=results,
    )


def lint_text(text: str, format: str = "text", config: Config | None = None, *, path: str = "<text>", checks=None,  # noqa: A002
              explain: bool = False) -> FileResult:
    """Lint a policy given as a string (``format``: text, markdown or html)."""
    cfg = config or default_config()
    with _gc_paused(len(text)):  # (the document is freed before the collector is back)
        return _lint_own(build_document(text, format, path=path, language=cfg.language), cfg, checks,
                         digest=sha256(text.encode("utf-8")), explain=explain)


def _lint_own(doc: Document, cfg: Config, checks, *, digest: str, explain: bool) -> FileResult:
    """``lint_document`` of a document made here and dropped after it:
    what the checks shared (``doc._memo``) refers back to the document, so
    it is cleared, and the document is freed by reference counting as soon
    as it is dropped, not left to the cyclic collector."""
    try:
        return lint_document(doc, cfg, checks, digest=digest, explain=explain)
    finally:
        doc._memo.clear()


def error_result(path: str, reason: str, config: Config | None = None, checks=None, *, fmt: str = "text",
                 digest: str = "") -> FileResult:
    """Every check ``error`` with ``reason``; ``digest``: the sha256 of the
    bytes when they could be read."""
    cfg = config or default_config()
    checks = list(checks) if checks is not None else cfg.enabled_checks()
    return FileResult(
        path=path,
        sha256=digest,
        format=fmt,
        mode=cfg.mode,
        checks=[CheckResult(id=c.id, outcome="error", severity=cfg.severity_of(c), reason=reason) for c in checks],
    )


def lint_path(path: str | os.PathLike, config: Config | None = None, *, display_path: str | None = None, checks=None,
              explain: bool = False) -> FileResult:
    """Lint one policy file. A file that cannot be read still gives a result:
    every check has outcome ``error`` and ``reason`` says why. ``explain``
    fills each result's ``explain`` with every candidate span considered."""
    shown = display_path or os.fspath(path)
    cfg = config or default_config()
    cfg = cfg.for_file(shown)
    try:
        size = os.stat(path).st_size
    except (OSError, ValueError):
        size = 0  # load_document says why
    with _gc_paused(size):  # (the document is freed before the collector is back)
        return _load_and_lint(path, cfg, shown, checks, explain)


def _load_and_lint(path, cfg: Config, shown: str, checks, explain: bool) -> FileResult:
    from ._load import format_of

    try:
        doc, digest = load_document(path, max_size=cfg.max_file_size, language=cfg.language, display_path=shown)
    except LoadError as exc:
        return error_result(shown, str(exc), cfg, checks, fmt=format_of(path), digest=exc.sha256)
    return _lint_own(doc, cfg, checks, digest=digest, explain=explain)


__all__ = ["lint_path", "lint_text", "lint_document", "error_result", "default_checks"]
