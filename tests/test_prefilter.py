"""The needle prefilter (``_patterns.doc_finditer``, ``may_match``,
``sentence_mask``) only skips searches that would find nothing: for every
built-in pattern, on real policies and on dense adversarial text, it finds
exactly the matches of a plain scan."""
from __future__ import annotations

from pathlib import Path

import pytest

from pytest_privacylint import _patterns, default_checks, lint_text
from pytest_privacylint._load import build_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))

TEXTS = {
    "seed-002": (SEEDS[2].read_text(encoding="utf-8"), "text"),
    "seed-004": (SEEDS[4].read_text(encoding="utf-8"), "text"),
    "addresses": (
        "Privacy Policy. We process your personal data.\n\n"
        + " ".join(f"user{i}.name@mail{i % 7}.example-corp.com at Acme Ltd" for i in range(300)),
        "text",
    ),
    "dense words": ("Privacy policy. " + "We are run by Acme. Data is kept by us at Acme Inc. for 30 days, opt-out here. " * 60, "text"),
}


@pytest.fixture(scope="module")
def patterns():
    lint_text("Privacy policy.", checks=default_checks())  # every check module imported, its patterns compiled
    from pytest_privacylint.checks import controller_identity, third_party_list

    for lang in ("de", "fr", "es", "pt", "it", "nl"):  # and every language's tables
        controller_identity.patterns_for(lang)
        third_party_list.patterns_for(lang)
    return list(_patterns.compiled)


def test_named_groups_repeated_across_branches_still_give_needles():
    p = _patterns.compile(r"\bby\s(?P<name>[A-Z]\w{0,20})|\bat\s(?P<name>[A-Z]\w{0,20})")
    assert _patterns.needles(p) == {"by", "at"}
    assert _patterns.reach(p) is not None


@pytest.fixture(params=[0, 100_000_000], ids=["prefilter-on-any-text", "dense-fallbacks"])
def thresholds(request, monkeypatch):
    """The prefilter is off for short texts: these tests turn it on for
    them; the second run also makes every needle count as too dense."""
    monkeypatch.setattr(_patterns, "_SMALL", 0)
    if request.param:  # at most one occurrence per 100 MB counts as sparse: every list is dropped
        monkeypatch.setattr(_patterns, "_SPARSE", request.param)
        monkeypatch.setattr(_patterns, "_ANCHORED", request.param)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_prefiltered_search_finds_what_a_plain_scan_finds(patterns, thresholds, name):
    text, fmt = TEXTS[name]
    doc = build_document(text, fmt)
    mismatched = []
    for p in patterns:
        plain = [m.span() for m in p.finditer(doc.text)]
        near = [m.span() for m in _patterns.doc_finditer(doc, p)]
        if plain != near:
            mismatched.append(p.pattern[:80])
        if plain:
            assert _patterns.may_match(doc, p, plain[0][0], plain[0][1] + 1), p.pattern[:80]
        mask = _patterns.sentence_mask(doc, p)
        if mask is not None:
            for s, e in plain:
                k = next((i for i, sent in enumerate(doc.sentences) if sent.start <= s < sent.end), None)
                if k is not None and e <= doc.sentences[k].end:
                    assert k in mask, p.pattern[:80]
    assert not mismatched
