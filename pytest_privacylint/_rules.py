"""Declarative custom checks: ``[[tool.privacylint.rule]]`` (config.md).

A rule passes when one of its ``require`` regexes matches the policy's visible
text and, if ``near`` is given, one of the ``near`` regexes matches in the
same window (the sentence, or the paragraph, holding the ``require`` match).
Otherwise it fails with the rule's ``message``; its evidence is the nearest
attempt: the ``require`` matches that had no ``near`` partner. Patterns are
matched case-insensitively and run under ``regex_timeout``: a pattern that
runs away makes an error item naming the rule, never a pass or a fail.
"""
from __future__ import annotations

import bisect

from ._check import Check, CheckContext
from ._document import Document
from ._patterns import compile as compile_pattern
from ._results import Candidate, Decision

MAX_EVIDENCE = 3


def rule_check(rule) -> Check:
    """The Check a ``[[rule]]`` table becomes."""
    require = [compile_pattern(p) for p in rule.require]
    near = [compile_pattern(p) for p in rule.near]

    def window(doc: Document, offset: int) -> tuple[int, int]:
        if rule.window == "paragraph":
            b = doc.blocks[doc.block_index(offset)] if doc.blocks else None
            return (b.start, b.end) if b else (0, len(doc.text))
        sentences = doc.sentences
        i = bisect.bisect_right([s.start for s in sentences], offset) - 1 if sentences else -1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i].start, sentences[i].end
        return 0, len(doc.text)

    def decide(doc: Document, ctx: CheckContext) -> Decision:
        text = doc.text
        candidates: list[Candidate] = []
        misses: list[tuple[int, int]] = []
        for p in require:
            for m in p.finditer(text):
                if m.end() == m.start():
                    continue
                if not near:
                    candidates.append(Candidate(m.start(), m.end(), "require", True))
                    return Decision.passed(f"matched require {p.pattern!r}", (m.start(), m.end()), candidates=candidates)
                lo, hi = window(doc, m.start())
                hit = next((n for q in near for n in [q.search(text, lo, hi)] if n is not None), None)
                if hit is not None:
                    candidates.append(Candidate(m.start(), m.end(), f"require with near in the same {rule.window}", True))
                    spans = sorted([(m.start(), m.end()), (hit.start(), hit.end())])
                    return Decision.passed(f"matched require {p.pattern!r} near {hit.group()!r}", *spans, candidates=candidates)
                candidates.append(Candidate(m.start(), m.end(), f"require without near in the same {rule.window}", False))
                misses.append((m.start(), m.end()))
        return Decision.failed(rule.message, *sorted(misses)[:MAX_EVIDENCE], candidates=candidates)

    near_doc = f" with one of `near` {list(rule.near)} in the same {rule.window}" if rule.near else ""
    doc = "\n\n".join([
        f"What it checks\n--------------\nA custom rule from the configuration: one of `require` {list(rule.require)} must match the policy text{near_doc}.",
        "Why it matters\n--------------\nSet by the project's own configuration.",
        "Passes\n------\nA policy where the patterns match as above.",
        f"Fails\n-----\nOtherwise, with the message: {rule.message}",
    ])
    return Check(
        id=rule.id,
        version="rule",
        title=rule.message,
        decide=decide,
        doc=doc,
        hint=f"add text matching one of {list(rule.require)}" + (f" with one of {list(rule.near)} in the same {rule.window}" if rule.near else ""),
        anchor="custom rule ([[tool.privacylint.rule]])",
        default_severity=rule.severity,
        kind="rule",
    )
