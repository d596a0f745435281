"""The needle prefilter (``_prefilter.doc_finditer``, ``may_match``,
``sentence_mask``) only skips searches that would find nothing: for every
built-in pattern, on real policies and on dense adversarial text, it finds
exactly the matches of a plain scan."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from pytest_privacylint import _patterns, _prefilter, default_checks, lint_text
from pytest_privacylint._load import build_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
HOLDOUT5 = ROOT / "fixtures" / "holdout5"


def _spaced(text: str) -> str:
    """Whitespace runs of 1 to 18 characters between words, and a 55-letter
    word: short enough runs for doc_reach to bound "\\s+" and "\\w*". (The
    readers make every run of spaces, tabs and line breaks one character;
    a run of NEL, U+0085, stays.)"""
    words = text.split(" ")
    gaps = [" ", " \x85", "\x85" * 4, " " + "\x85" * 9, "\x85" * 17 + " "]
    out = " ".join(w + gaps[i % len(gaps)] for i, w in enumerate(words[:-1])) + words[-1]
    return out + "\n\nRechtsgrundlagendokumentationsverpflichtungsaufstellung ist der Betreiber.\n"

TEXTS = {
    "seed-002": (SEEDS[2].read_text(encoding="utf-8"), "text"),
    "seed-004": (SEEDS[4].read_text(encoding="utf-8"), "text"),
    "addresses": (
        "Privacy Policy. We process your personal data.\n\n"
        + " ".join(f"user{i}.name@mail{i % 7}.example-corp.com at Acme Ltd" for i in range(300)),
        "text",
    ),
    "digits": ("Privacy policy. " + "Users under 13 (or 16 in the EU), aged 18+, kept 30 days; call +1 555 0100 at 12 Main Street. " * 40, "text"),
    "other digits": ("Privacy policy. " + ("Readers ١٣ years old may not register, nor users under ١٣; we keep logs ٣٠ days. "
                                           + "We keep your personal information safe and tell you how we process it. " * 3) * 30, "text"),
    # other languages, whose patterns repeat "\\s+" and "\\w*": bounded by the document's runs, or not
    "de spaced": (_spaced((HOLDOUT5 / "vokabelbox-app-datenschutz-de.md").read_text(encoding="utf-8")) * 3, "text"),
    "pt long runs": ((HOLDOUT5 / "padaria-sao-bento-privacidade-pt.txt").read_text(encoding="utf-8") * 3
                     + "O responsável é" + "\x85" * 200 + "a Padaria é o responsável.", "text"),
    "es control characters": ((HOLDOUT5 / "recetas-de-la-abuela-privacidad-es.md").read_text(encoding="utf-8") * 3
                              + "\n\nEl responsable\x1ces Recetas\x1fde la Abuela S.L. y respeta su privacidad.", "markdown"),
    "dense words": ("Privacy policy. " + "We are run by Acme. Data is kept by us at Acme Inc. for 30 days, opt-out here. " * 60
                    + "The key is " + "x" * 300 + ".", "text"),
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
    assert _prefilter.needles(p) == {"by", "at"}
    assert _prefilter.reach(p) is not None


@pytest.mark.parametrize("name, bounded", [("de spaced", True), ("pt long runs", False), ("dense words", False), ("es control characters", False)])
def test_reach_in_a_document_covers_its_longest_runs(name, bounded, monkeypatch):
    """``doc_reach``: "\\s+" and "\\w+" bounded by the longest whitespace run
    and the longest run of other characters in the text, so at least as
    long as the longest match; no bound when a run is too long to be
    worth it (200 NELs, a 300-letter token) or control characters
    \\x1c-\\x1f, whitespace only to the standard library, could hide one."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    doc = build_document(*TEXTS[name])
    p = _patterns.compile(r"\bist\s+\w+")
    assert _prefilter.reach(p) is None
    r = _prefilter.doc_reach(doc, p)
    if not bounded:
        assert r is None
        return
    space = max(len(m) for m in regex.findall(r"\s+", doc.text))
    word = max(len(m) for m in regex.findall(r"\w+", doc.text))
    assert (space, word) == (18, 55)  # the runs _spaced made, kept by the text reader
    assert r is not None and r >= len("ist") + space + word
    # bounding the repeats for this document leaves the pattern as it was
    # for the next one (the parse is shared)
    assert _prefilter.reach(p) is None
    assert _prefilter.reach(_patterns.compile(r"\bist\s+\w+")) is None
    assert _prefilter.doc_reach(doc, p) == r


@pytest.fixture(params=[0, 100_000_000, "sampled", "needles-first"],
                ids=["prefilter-on-any-text", "dense-fallbacks", "counts-from-samples", "needles-over-prefixes"])
def thresholds(request, monkeypatch):
    """The prefilter is off for short texts: these tests turn it on for
    them; the second run also makes every needle count as too dense; the
    third estimates the counts of strings the index does not list from
    small samples of the text (as for long texts); the fourth searches
    near the needles of every pattern that has both needles and prefixes,
    where the prefixes would be tried otherwise."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    if request.param == "needles-first":
        monkeypatch.setattr(_prefilter, "_ATTEMPT_COST", float("inf"))
    elif request.param == "sampled":
        monkeypatch.setattr(_prefilter, "_SAMPLE", (4, 40))
    elif request.param:  # at most one occurrence per 100 MB counts as sparse: every list is dropped
        monkeypatch.setattr(_prefilter, "_SPARSE", request.param)
        monkeypatch.setattr(_prefilter, "_ANCHORED", request.param)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_prefiltered_search_finds_what_a_plain_scan_finds(patterns, thresholds, name):
    text, fmt = TEXTS[name]
    doc = build_document(text, fmt)
    mismatched = []
    for p in patterns:
        plain = [m.regs for m in p.finditer(doc.text)]  # the match's span and every group's
        near = [m.regs for m in _prefilter.doc_finditer(doc, p)]
        if plain != near:
            mismatched.append(p.pattern[:80])
        plain = [r[0] for r in plain]
        if plain:
            assert _prefilter.may_match(doc, p, plain[0][0], plain[0][1] + 1), p.pattern[:80]
        mask = _prefilter.sentence_mask(doc, p)
        if mask is not None:
            for s, e in plain:
                k = next((i for i, sent in enumerate(doc.sentences) if sent.start <= s < sent.end), None)
                if k is not None and e <= doc.sentences[k].end:
                    assert k in mask, p.pattern[:80]
    assert not mismatched


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_cursor_read_a_stretch_at_a_time_finds_what_a_plain_scan_finds(patterns, thresholds, name):
    """``Cursor.until``: the matches come in order, each once, the same as a
    plain scan's, however the text is cut into stretches (a match may start
    in one stretch and end in the next; a search may pause at a horizon)."""
    text, fmt = TEXTS[name]
    doc = build_document(text, fmt)
    mismatched = set()
    for p in patterns:
        if p.language not in (None, doc.language):
            continue
        plain = [m.regs for m in p.finditer(doc.text)]
        for step in (13, 4096):
            cur, got, b = _prefilter.Cursor(doc, p), [], 0
            while b <= len(doc.text):  # an empty match may start at the very end
                b += step
                got += [m.regs for m in cur.until(b) if m.start() < b]
            if got != plain:
                mismatched.add((step, p.pattern[:80]))
    assert not mismatched


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_search_inside_a_sentence_finds_what_a_scan_of_the_sentence_finds(patterns, thresholds, name):
    """``finditer_in`` / ``search_in``: a pattern tried only at its prefixes
    inside a sentence finds what ``finditer`` / ``search`` on the sentence's
    text finds, groups included (lookbehinds and word boundaries see the
    sentence alone)."""
    text, fmt = TEXTS[name]
    doc = build_document(text, fmt)
    parts = [(doc.text[s.start:s.end], s.start) for s in doc.sentences]
    parts += [(doc.text[s.start + 1:s.end], s.start + 1) for s in doc.sentences]  # a part after a word character
    mismatched = set()
    for p in patterns:
        if p.language not in (None, doc.language):  # never searched in this document
            continue
        for part, at in parts:
            plain = [m.regs for m in p.finditer(part)]
            if [m.regs for m in _prefilter.finditer_in(doc, p, part, at)] != plain:
                mismatched.add(p.pattern[:80])
            found = _prefilter.search_in(doc, p, part, at)
            if (found and found.regs) != (plain[0] if plain else None):
                mismatched.add(p.pattern[:80])
    assert not mismatched


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_search_of_a_stretch_by_its_branches_finds_what_a_search_of_the_stretch_finds(patterns, thresholds, name):
    """``range_finditer`` / ``range_search``: a stretch of the text (each
    sentence, a sentence and the next, a sentence cut one character into
    a word) searched only for the top-level branches whose needles start
    inside it finds what ``finditer`` / ``search`` with the same bounds
    find (the leftmost match, the first branch on a tie)."""
    text, fmt = TEXTS[name]
    doc = build_document(text, fmt)
    sents = doc.sentences
    stretches = [(s.start, s.end) for s in sents]
    stretches += [(a.start, b.end) for a, b in zip(sents, sents[1:])]
    stretches += [(s.start + 1, s.end - 1) for s in sents if s.end - s.start > 2]
    mismatched, split = set(), 0
    for p in patterns:
        if p.language not in (None, doc.language):
            continue
        split += _prefilter._branch_starts(doc, p) is not None
        for s, e in stretches:
            plain = [m.regs for m in p.finditer(doc.text, s, e)]
            if [m.regs for m in _prefilter.range_finditer(doc, p, s, e)] != plain:
                mismatched.add(p.pattern[:80])
            found = _prefilter.range_search(doc, p, s, e)
            if (found and found.regs) != (plain[0] if plain else None):
                mismatched.add(p.pattern[:80])
    assert not mismatched
    if _prefilter._SPARSE < len(doc.text):  # with needle lists, some patterns are searched a branch at a time
        assert split


def test_a_stretch_searched_by_branches_takes_the_first_branch_on_a_tie(monkeypatch):
    """Two branches matching at the same start: the alternation takes the
    first, and so does the search by branches; a branch with no needles
    (three capitals and a digit) is searched in every stretch."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(r"\bopt\sout\sof\s\w+|\bopt\sout\b|[A-Z]{3}\d|\bunsubscribe\b")
    doc = build_document("Privacy policy. " + "You can opt out of emails, or opt out, see ABC1. Other words here. " * 40, "text")
    assert _prefilter._branch_starts(doc, p) is not None
    for s in doc.sentences:
        plain = [m.span() for m in p.finditer(doc.text, s.start, s.end)]
        assert [m.span() for m in _prefilter.range_finditer(doc, p, s.start, s.end)] == plain
        found = _prefilter.range_search(doc, p, s.start, s.end)
        assert (found and found.span()) == (plain[0] if plain else None)
    p = _patterns.compile(r"\bopt\sout\b|\bopt\sout\sof\s\w+|[A-Z]{3}\d|\bunsubscribe\b")
    s = doc.sentences[1]
    assert [m.group() for m in _prefilter.range_finditer(doc, p, s.start, s.end)] == ["opt out", "opt out", "ABC1"]


def test_branches_with_named_groups_of_their_own_keep_the_groups_of_the_whole(monkeypatch):
    """An alternation whose branches each hold their own named group (a
    duration, a schedule, "immediately") is searched a branch at a time
    inside a sentence: only the branch whose needle is there. Each match
    still has every group of the whole at its number, those of the other
    branches not taking part."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(r"(?P<dur>\b\d+\s+days\b)|(?P<sched>\bevery\s+(?P<unit>week|month)\b)|(?P<now>\bimmediately\b)")
    text = "Privacy policy. " + ("Logs are deleted immediately after a visit, and a backup every week. "
                                "Backups go after 30 days or immediately. Nothing else is said here at all. "
                                "This text is plain, with many more words that say nothing of how long the data is kept. ") * 40
    doc = build_document(text, "text")
    parts = _prefilter._branch_patterns(p)
    assert parts is not None and [list(q._compiled.groupindex.items()) for q in parts] == [[("dur", 1), ("sched", 2), ("unit", 3), ("now", 4)]] * 3
    live = {}
    for s in doc.sentences:
        part = doc.text[s.start:s.end]
        plain = [(m.regs, m.groupdict()) for m in p.finditer(part)]
        assert [(m.regs, m.groupdict()) for m in _prefilter.finditer_in(doc, p, part, s.start)] == plain
        live[part] = [parts.index(q) for q in _prefilter._live(doc, p, s.start, s.end)]
    assert live["Logs are deleted immediately after a visit, and a backup every week."] == [1, 2]
    assert live["Backups go after 30 days or immediately."] == [0, 2]
    assert live["Nothing else is said here at all."] == []
    first = next(_prefilter.finditer_in(doc, p, doc.text[doc.sentences[1].start:doc.sentences[1].end], doc.sentences[1].start))
    assert first.groupdict() == {"dur": None, "sched": None, "unit": None, "now": "immediately"}


def test_a_pattern_split_into_its_branches_matches_where_one_of_them_does(patterns):
    """``_patterns.branches`` splits only at the top level: joined again they
    are the pattern, and a text holds a match exactly when it holds a match
    of one branch (child-data-stance asks each rule's branches apart)."""
    import regex

    texts = [doc_text for doc_text, _ in TEXTS.values()]
    texts += [s for t in texts for s in t.split(". ")[:40]]
    wrong = []
    for p in patterns:
        parts = _patterns.branches(p.pattern)
        assert "|".join(parts) == p.pattern
        if len(parts) == 1:
            continue
        compiled = [regex.compile(b, p.flags) for b in parts]
        for t in texts:
            if (p.search(t) is None) != all(c.search(t) is None for c in compiled):
                wrong.append(p.pattern[:80])
                break
    assert not wrong


def test_branches_keep_groups_classes_and_escapes_whole():
    assert _patterns.branches(r"a|(b|c)|[|]|\||[]|]x|[^]|]y|(?:d|e)") == ["a", "(b|c)", "[|]", "\\|", "[]|]x", "[^]|]y", "(?:d|e)"]
    assert _patterns.branches("abc") == ["abc"]


# -- the needle index ------------------------------------------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

INDEXED = frozenset({"abc", "bca", "aaa", "data", "dat", "ata", "é\u0301x", "😀ab", "ab😀", " of "})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "x", "😀", "é", "\u0301", " ", "data", "D", " of ", "A", "\n"]), max_size=400))
def test_needle_index_lists_every_occurrence_overlaps_included(parts):
    """The one-pass index gives, for every needle, exactly the offsets a
    str.find loop over the lower-cased text gives (overlapping ones too)."""
    text = "".join(parts)
    doc = build_document(text or " ", "text", language="en")
    old = (_prefilter._SMALL, _prefilter._indexed_strings)
    _prefilter._SMALL, _prefilter._indexed_strings = 0, lambda language: INDEXED
    try:
        index = _prefilter._index(doc)
    finally:
        _prefilter._SMALL, _prefilter._indexed_strings = old
    low = doc.text.lower()
    if len(low) != len(doc.text):
        assert index == {}  # lower-casing moved offsets: no prefilter
        return
    for needle in INDEXED:
        expected, i = [], low.find(needle)
        while i >= 0:
            expected.append(i)
            i = low.find(needle, i + 1)
        assert index[needle] == expected, needle


JOINED = [
    r"\bvalues?\s(?:your\s)?privacy\b",
    r"(?i:is\san\s(?:individual|association))|\bcommitted\sto\s(?:your|the)\s\w+",
    r"\bolder\s+than\s+\d{1,2}\b",
    r"(?:,?\s\((?:[^()]{1,20})\))?\s(?i:is\sthe\s(?:owner|operator)|runs)",
]


def test_a_needle_counts_only_with_what_the_pattern_needs_beside_it(monkeypatch):
    """Every match of "values? (your )?privacy" holds "value" and, a few
    characters away, "privacy": where "value" is too frequent to search
    near each, a "value" with no "privacy" that close is not searched, and
    the matches are those of a scan."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(JOINED[0])
    text = ("Privacy policy. Thank you for reading. We value feedback. " + "The value of the data is small. " * 40
            + "We value your privacy. " + "Privacy matters, and so does value for all of us. " * 20
            + "Privacy is a right. " * 100 + "Nothing else is said here. " * 200)
    doc = build_document(text, "text")
    assert _prefilter.doc_needles(doc, p) == {"\x00wvalue"}  # rarer than "privacy"
    assert len(_prefilter._needle_starts(doc, p)) == text.lower().count("value")
    assert _prefilter._core_starts(doc, p) == [text.index("value your privacy")]
    assert _prefilter._path(doc, p)[0] == "needles"
    assert [m.span() for m in _prefilter.doc_finditer(doc, p)] == [m.span() for m in p.finditer(doc.text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["value", "values", "your", "privacy", "is", "an", "individual", "committed", "to", "the",
                                 "older", "than", "16", "owner", "runs", "(", ")", ",", "x", "This", " ", "  ", "\n", ". "]
                                + ["lorem ipsum dolor sit amet, consectetur adipiscing elit"] * 20),  # (needles sparse enough to list)
                min_size=100, max_size=400))
def test_joined_needles_keep_every_match(parts):
    """The needles kept near what the pattern needs beside them still
    start inside every match, and the prefiltered search finds what a
    plain scan finds."""
    text = " ".join(parts)
    doc = build_document(text or " ", "text", language="en")
    old = _prefilter._SMALL
    _prefilter._SMALL = 0
    try:
        for src in JOINED:
            p = _patterns.compile(src)
            plain = [m.span() for m in p.finditer(doc.text)]
            assert [m.span() for m in _prefilter.doc_finditer(doc, p)] == plain, src
            for starts in (_prefilter._needle_starts(doc, p), _prefilter._joined_starts(doc, p, len(doc.text))):
                if starts is not None:
                    for s, e in plain:
                        assert any(s <= c < e for c in starts), (src, s, e)
    finally:
        _prefilter._SMALL = old


def test_needle_index_reads_only_the_documents_language(patterns):
    """Patterns made in a check's bundle for one language are not indexed
    for a document in another (their needles would only cost time)."""
    from pytest_privacylint.checks import controller_identity

    german = controller_identity.patterns_for("de")
    assert german.NAME_RUN.language == "de" and controller_identity.NAME_RUN.language is None
    de_only = _prefilter.needles(german.WE_PREDICATE) - _prefilter.needles(controller_identity.WE_PREDICATE)
    de_only = {n for n in de_only if len(n) >= _prefilter._MIN_INDEXED}
    assert de_only and de_only <= _prefilter._indexed_strings("de")
    assert de_only - _prefilter._indexed_strings("fr")  # German-only words stay out of a French document's index


def test_needles_are_chosen_per_document_by_their_counts(monkeypatch):
    """Every match of the pattern contains "older" and contains "than": the
    prefilter lists whichever of the two is rarer in the document."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(r"\bolder\s+than\s+\d{1,2}|\byounger\s+than\s+\d{1,2}")
    # "w": at the start of a word (after \\b), "s": after whitespace; DIGIT: any digit
    digit = ("lit", _prefilter.DIGIT, None)
    # (each branch's width is None: "\s+" leaves it unbounded)
    assert _prefilter.requirements(p) == ("any", [("all", [("lit", "older", "w"), ("lit", "than", "s"), digit], None),
                                                 ("all", [("lit", "younger", "w"), ("lit", "than", "s"), digit], None)])
    monkeypatch.setattr(_prefilter, "_indexed_strings", lambda language: frozenset({"older", "younger", "than"}))
    many_than = build_document("Privacy policy. " + "Better than nothing. " * 50 + "Users older than 16 or younger than 13.", "text")
    assert _prefilter.doc_needles(many_than, p) == {"\x00wolder", "\x00wyounger"}
    many_older = build_document("Privacy policy. " + "Older and younger people. " * 50 + "Users older than 16.", "text")
    assert _prefilter.doc_needles(many_older, p) == {"\x00sthan"}
    for doc in (many_than, many_older):
        assert [m.span() for m in _prefilter.doc_finditer(doc, p)] == [m.span() for m in p.finditer(doc.text)]


def test_a_frequent_prefix_is_tried_only_where_a_rare_needle_follows_it(monkeypatch):
    """A match of "(es|son) tratados por X" starts at "es" or "son", words
    met everywhere in Spanish, and holds "tratad", met rarely: an anchored
    attempt is made only at an "es" or "son" with "tratad" close after it
    (within the pattern's reach), and the matches are a scan's, near
    misses and a match at the very end of the text included."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(r"\b(?:es|son)\s+tratad[oa]s?\s+por\s+(?P<org>[A-Z]\w+)")
    text = ("Política de privacidad. " + "Los usuarios son bienvenidos aquí, hoy y mañana. " * 60
            + "Los datos son tratados por Acme. Es tratado por nadie. Los datos son tratados con cuidado. "
            + "Esto es, en fin, lo que es tratado. " * 3 + "Los pagos son tratados por Stripe")
    doc = build_document(text, "text")
    how, tried = _prefilter._path(doc, p)
    assert how == "prefixes" and isinstance(tried, _prefilter._BeforeCores)
    every_prefix = [m.start() for m in regex.finditer(r"(?i)\b(?:es|son)\b", doc.text)]
    starts = tried.between(0, len(doc.text))
    assert len(starts) < len(every_prefix) / 10
    assert set(starts) <= set(every_prefix)
    found = [(m.span(), m.group("org")) for m in _prefilter.doc_finditer(doc, p)]
    assert found == [(m.span(), m.group("org")) for m in p.finditer(doc.text)]
    assert [org for _, org in found] == ["Acme", "nadie", "Stripe"]


def test_a_needle_after_a_word_boundary_skips_occurrences_inside_words(monkeypatch):
    """'\\bage' cannot match inside "message" or "page": those occurrences
    are not listed; one after a character that may be a word character or
    not (non-ASCII) is kept, so the search still finds what a scan finds."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(r"\bage\s+of\s+\d{1,2}")
    text = "Privacy policy. " + "Read the message of 5 pages. " * 40 + "Users under the age of 13. (age of 7) éage of 9 _age of 8 3age of 1."
    doc = build_document(text, "text")
    [needle] = _prefilter.doc_needles(doc, p)
    assert needle == "\x00wage"
    listed = _prefilter._occurrences(doc, needle)
    low = doc.text.lower()
    assert all(low[i - 1] not in "abcdefghijklmnopqrstuvwxyz" for i in listed)
    assert len(listed) < low.count("age") / 10
    assert [m.span() for m in _prefilter.doc_finditer(doc, p)] == [m.span() for m in p.finditer(doc.text)]


@pytest.mark.parametrize("lookbehind", [r"(?<!\w)", r"(?<![\w])", r"(?<![\w'-])", r"\b"])
def test_a_match_after_no_word_character_is_tried_only_where_a_word_starts(monkeypatch, lookbehind):
    """"(?<!\\w)at" demands what "\\bat" demands, or more: its prefix is
    keyed as a word start, so the "at" inside "that" is never
    tried, and the matches are those of a scan."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(lookbehind + r"(?i:at)\s(?P<name>[A-Z]\w+),?\s(?i:we|our)\b")
    assert _prefilter.prefixes(p) == {"\x00wat"}
    text = "Privacy policy. " + "That is the policy text we keep for you in this file. " * 60 + "At Acme, we care. Look at Zed our way; éat Ola we."
    doc = build_document(text, "text")
    starts = _prefilter._prefix_starts(doc, p)
    assert starts is not None and len(starts) < 10
    assert [m.span() for m in _prefilter.doc_finditer(doc, p)] == [m.span() for m in p.finditer(doc.text)] != []


def test_a_pattern_that_needs_a_digit_is_searched_near_the_digits_of_any_script(monkeypatch):
    """A pattern with no literal but a digit ("Harrogate HG1 1HT") is
    searched only near the digits of the text; a digit of another script
    ("١٣") is one too, as for ``\\d``."""
    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    p = _patterns.compile(r"(?<!\w)[A-Z][a-z]{2,60},? [A-Z]{1,2}[0-9][A-Z\d]? \d[A-Z]{2}\b|\b[Uu]nder \d{1,2}\b")
    text = ("Privacy policy. " + "We keep your personal data safe and tell you how we use it. " * 80
            + "Write to Acme, Harrogate HG1 1HT. Users under ١٣ or under 16 may not register.")
    doc = build_document(text, "text")
    assert _prefilter.doc_needles(doc, p) == {_prefilter.DIGIT, "\x00wunder "}  # the rarer of "under " and a digit
    assert len(_prefilter._occurrences(doc, _prefilter.DIGIT)) == len(regex.findall(r"\d", doc.text)) == 6
    found = [m.span() for m in _prefilter.doc_finditer(doc, p)]
    assert found == [m.span() for m in p.finditer(doc.text)]
    assert [doc.text[a:b] for a, b in found] == ["Harrogate HG1 1HT", "under ١٣", "under 16"]


def test_a_negated_class_behind_is_no_word_start():
    """"(?<![^\\w])" demands a word character before: no word-start key."""
    p = _patterns.compile(r"(?<![^\w])at\s")
    assert _prefilter.prefixes(p) == {"at"}


def test_frequent_strings_are_not_listed_but_still_found(monkeypatch):
    """A string found more than once per 1,000 characters is left out of
    the one-pass index (its occurrences would cost more than they save);
    asked for, it is found by a search of its own, with the same offsets."""
    monkeypatch.setattr(_prefilter, "_indexed_strings", lambda language: frozenset({"the", "zebra"}))
    text = "Privacy policy. " + "We keep the data. " * 40_000 + "A zebra. " * 3
    doc = build_document(text, "text")
    index = _prefilter._index(doc)
    assert "the" not in index and "zebra" in index
    low = doc.text.lower()
    for needle in ("the", "zebra"):
        expected, i = [], low.find(needle)
        while i >= 0:
            expected.append(i)
            i = low.find(needle, i + 1)
        assert _prefilter._occurrences(doc, needle) == expected


REGULATOR_POOL = [
    "You may complain to the Information Commissioner's Office.", "The contact details of the ICO are below:",
    "Wycliffe House, Water Lane, Wilmslow SK9 5AF.", "Phone 0303 123 1113.", "We keep your data for 30 days.",
    "Contact us at privacy@acme.org.", "Our address is 1 Main Street.", "## Your rights", "## Complaints",
    "You can reach the CNIL as follows:", "3 Place de Fontenoy, Paris.", "Questions? Write to our team.",
]


def _reg_from_reading_every_sentence(doc):
    """The rule, sentence by sentence: a sentence naming a regulator is the
    regulator's from that name on; "details ... below:" after the name
    carries the following sentences too, until a heading or the
    controller's own voice."""
    from pytest_privacylint._vocab import channels as ch

    out, carry, last_block = [], False, -1
    lp = ch.lang_patterns("en")
    for s in doc.sentences:
        if s.block != last_block:
            last_block = s.block
            if doc.blocks[s.block].kind == "heading" and doc.blocks[s.block].level < 7:
                carry = False
        reg = ch.REGULATOR.search(doc.text, s.start, s.end)
        out.append(s.start if carry else reg.start() if reg else None)
        if reg is not None:
            carry = carry or ch.DETAILS_FOLLOW.search(doc.text, reg.start(), s.end) is not None
        elif carry and lp.self_cue.search(doc.text, s.start, s.end) is not None:
            carry = False
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(REGULATOR_POOL), min_size=1, max_size=30), st.lists(st.booleans(), min_size=30, max_size=30))
def test_regulator_context_visits_only_what_it_needs(lines, breaks):
    """Channels after a regulator's name belong to the regulator until the
    controller speaks again or a section starts: following only the
    sentences that name a regulator (and the runs after them) gives the
    same answer as reading every sentence."""
    from pytest_privacylint._vocab import channels

    text = "# Privacy policy\n\n" + "".join(line + ("\n\n" if br or line.startswith("#") else " ") for line, br in zip(lines, breaks))
    doc = build_document(text, "markdown")
    old = _prefilter._SMALL
    try:
        _prefilter._SMALL = 0  # the prefilter on: only sentences with a regulator's needle are visited
        ctx = channels._Context(doc)
        skipping = [ctx.regulator_from(k) for k in range(len(doc.sentences))]
    finally:
        _prefilter._SMALL = old
    assert skipping == _reg_from_reading_every_sentence(doc)


def _sentences_of_the_seeds() -> list[str]:
    import re as _re

    out = []
    for f in SEEDS:
        out += [s.strip() for s in _re.split(r"(?<=[.!?:])\s+", f.read_text(encoding="utf-8")) if 3 < len(s.strip()) < 300]
    return out


SEED_SENTENCES = _sentences_of_the_seeds()
NOISE = ["", " ", "\n\n", "## Contact\n\n", "- ", "privacy@acme.org", "(", ")", "“we”", "Inc.", "ſ", "é", "1", "Google Analytics", "under 13"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SEED_SENTENCES), st.sampled_from(NOISE)), min_size=1, max_size=25),
       st.sampled_from(["text", "markdown"]))
def test_every_check_decides_the_same_with_the_prefilter_on(parts, fmt):
    """The whole pipeline, not only each pattern: a policy made of the seeds'
    sentences shuffled with noise gets the same outcome, message and
    evidence from every check whether its searches go through the needle
    index, prefixes and sentence masks or scan every sentence."""
    text = "Privacy Policy\n\n" + " ".join(sentence + noise for sentence, noise in parts)

    def seen():
        r = lint_text(text, fmt)
        return [(c.id, c.outcome, c.message, [(e.line, e.column, e.end_line, e.end_column) for e in c.evidence]) for c in r.checks]

    old = _prefilter._SMALL
    try:
        _prefilter._SMALL = 10**12
        plain = seen()
        _prefilter._SMALL = 0
        prefiltered = seen()
    finally:
        _prefilter._SMALL = old
    assert prefiltered == plain


def test_counts_of_long_texts_are_estimated_from_samples_close_to_the_true_counts():
    """On a long policy (seed policies repeated to ~1 MB) a string the index
    does not list is counted from four samples: within 25 % of its true
    count for frequent words, with and without the word-start condition."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS) * 25
    doc = build_document(text, "text")
    low = _prefilter._lower(doc)
    assert low is not None and len(low) > 2 * 4 * 65_536
    for needle in ("the", "\x00wthe", "our", "\x00wuse", "an", "\x00sus"):
        string = needle[2:] if needle[0] == "\x00" else needle
        if needle[0] == "\x00":
            true = sum(1 for i in range(len(low)) if low.startswith(string, i) and (i == 0 or low[i - 1] not in _prefilter._WORD_ASCII))
        else:
            true = low.count(string)
        estimate = _prefilter._estimate(doc, needle)
        assert abs(estimate - true) <= 0.25 * true, (needle, estimate, true)


URL_PARTS = ["a", "b9", "-", ".", "/", " ", "\n\n", "http://", "https://", "HTTPS://", "www.", "WWW.", "x.com", "_", "é", "ſ", "K",
             "@", "(", ":", "ab-cd.ef/gh", "a" * 63, "b" * 64, ".".join(["c" * 63] * 5) + "/", "-" + "d" * 62 + ".io/"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(URL_PARTS), max_size=60), st.booleans())
def test_url_starts_tried_give_the_matches_of_a_plain_scan(parts, as_document):
    """url_finditer tries the URL pattern only after a scheme, "www." or at
    the host before a "/": the same matches as URL.finditer, hosts at their
    longest (five labels of 63) and starts after "-" included."""
    from pytest_privacylint._vocab import channels

    text = "Privacy policy.\n\n" + "".join(parts)
    if as_document:
        old = _prefilter._SMALL
        try:
            _prefilter._SMALL = 0  # the prefilter on: the cores come from the needle index
            doc = build_document(text, "text")
            found = [m.span() for m in channels.url_finditer(doc)]
        finally:
            _prefilter._SMALL = old
        text = doc.text
    else:
        found = [m.span() for m in channels.url_finditer(text)]
    assert found == [m.span() for m in channels.URL.finditer(text)]


def test_checks_make_their_patterns_before_the_text_is_indexed():
    """In a fresh process the first long text is indexed before any check
    has searched it: each check's prepare(language) must have made its
    patterns by then, or their needles are missing from the one pass (and
    found by a search each, several seconds on a 10 MB text)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pytest_privacylint import lint_document, _prefilter\n"
        "from pytest_privacylint._load import build_document\n"
        "src = open(sys.argv[1], encoding='utf-8').read()\n"
        "doc = build_document((src + '\\n\\n') * (100_000 // len(src) + 1), 'text', path='p.txt')\n"
        "assert doc.language == 'de', doc.language\n"
        "lint_document(doc)\n"
        "index = _prefilter._index(doc)\n"
        "strings = _prefilter._indexed_strings(doc.language)\n"
        "missing = sorted(s for s in strings if s not in index)\n"
        "print(len(strings), len(index), missing[:20])\n"
        "sys.exit(1 if missing else 0)\n"
    )
    policy = Path(__file__).parent.parent / "fixtures" / "holdout4" / "heizplan-app-datenschutz-de.txt"
    run = subprocess.run([sys.executable, "-c", code, str(policy)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


RUN_PARTS = ["Acme", "Bern", "GmbH", "AG", "Verein", "Software", "S/A", "Co.", "e.", "V.", "de", "la", "und", "Ä", "é",
             " ", " ", " ", "\n", ",", ", ", ".", "(", ")", ":", "x", "data", "Ltd", "-", "’",
             " de\nla ", " von\nder ", " e.\nV.", " e. V."]  # whitespace other than a space inside a run


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RUN_PARTS), max_size=150), st.sets(st.integers(0, 900), max_size=40),
       st.sampled_from(["en", "de", "fr", "es", "it", "pt", "nl"]))
@example(["x ", "Acme", " de\nla ", "Bern", " x"], {14}, "es")
@example(["(", "Turnverein", " Bern", " e.\nV.", ")"], {17}, "de")
def test_the_matches_holding_an_offset_are_those_of_a_scan(parts, offsets, lang):
    """finditer_holding reads back from each offset only to the last
    character no match can hold ("(", ":"), or to the end of the last match
    it read: it yields exactly the matches of a scan of the whole text
    that hold one of the offsets (runs of capitalised words, joined by
    "de la", "und", with "e. V." across a line break)."""
    from pytest_privacylint.checks import controller_identity

    P = controller_identity.patterns_for(lang)
    text = "".join(parts)
    at = sorted(q for q in offsets if q < len(text))
    expected = [m.regs for m in P.NAME_RUN.finditer(text) if any(m.start() <= q < m.end() for q in at)]
    assert [m.regs for m in _prefilter.finditer_holding(P.NAME_RUN, text, at, P.RUN_BREAK)] == expected


def test_strings_are_found_as_written_whether_listed_frequent_or_short(monkeypatch):
    """cased_occurrences gives the offsets of a case-sensitive search: a
    string the index lists is read from it and its case checked; one too
    frequent to list, or too short, is searched for (a piece of the text at
    a time: the offsets span several)."""
    monkeypatch.setattr(_prefilter, "_indexed_strings", lambda language: frozenset({"gmbh", " ag", "the", "zebra"}))
    text = "Privacy policy. " + ("We keep the data and tell you why. " * 100 + "Acme GmbH, not gmbh or GMBH. ") * 180 + "The AG, ag, Tag AGB. A Zebra."
    doc = build_document(text, "text")
    index = _prefilter._index(doc)
    assert "gmbh" in index and "the" not in index  # "the": frequent

    def found(s):
        out, i = [], doc.text.find(s)
        while i >= 0:
            out.append(i)
            i = doc.text.find(s, i + 1)
        return out

    for strings in (["GmbH"], ["GMBH"], [" AG"], ["AG"], ["The"], ["Zebra"], ["GmbH", " AG", "The", "AG"]):
        expected = sorted({i for s in strings for i in found(s)})
        assert expected and list(_prefilter.cased_occurrences(doc, strings)) == expected, strings
    # as a word: "AG" in "AGB" is not
    ends = [i for i in found("AG") if not doc.text[i + 2].isalnum()]
    assert ends and len(ends) < len(found("AG")) and list(_prefilter.cased_occurrences(doc, ["AG"], word_end=True)) == ends
    assert _prefilter.cased_occurrences(build_document("Acme GmbH. " * 10, "text"), ["GmbH"]) is None  # short: no index


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "😀", " ", "\n", "\x85", "\u3000", "x" * 20, "y" * 40, " " * 9, "\x1c"]), max_size=40))
def test_the_longest_runs_bound_is_one_below_the_first_step_no_run_reaches(parts):
    """_longest_run("word") and _longest_run("space"): one less than the
    first of _RUN_STEPS that no run of the text reaches (a run at the very
    start included), or None: as the runs the standard library's "\\s"
    separates say."""
    import re

    text = "".join(parts)
    doc = build_document(text or "a", "text")
    for kind, runs in (("word", re.split(r"\s+", doc.text)), ("space", re.findall(r"\s+", doc.text))):
        longest = max(map(len, runs), default=0)
        expected = next((k - 1 for k in _prefilter._RUN_STEPS[kind] if k > longest), None)
        if kind == "word" and any(c in doc.text for c in "\x1c\x1d\x1e\x1f"):
            expected = None
        assert _prefilter._longest_run(doc, kind) == expected, kind
