"""The channel finder reads a document only as far as a check asks
(``ChannelFinder.first`` / ``between``), yet finds exactly the channels of
a reading scan by scan over the whole text: a span a scan takes hides what
a later scan finds overlapping it, wherever the reading stopped before."""
from __future__ import annotations

from pathlib import Path

import pytest

from pytest_privacylint._load import build_document, load_document
from pytest_privacylint._vocab import channels as ch

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".md", ".txt", ".html"))

# a phone number that starts before the e-mail address it runs into: the
# address (an earlier scan) hides it, though the number starts first
OVERLAPS = (
    "Privacy Policy\n\nWe are Acme Ltd. To reach us, call 555 0100 12@acme-mail.org or write to "
    "Acme Ltd, 12 Main Street, Springfield, IL 62704. Questions: privacy@acme-mail.org, "
    "https://acme-mail.org/contact or +44 20 7946 0958.\n\nOur regulator: the ICO, 0303 123 1113.\n"
)


def _scan_by_scan(doc):
    """The channels as the whole text is read one scan after another."""
    covered = bytearray(len(doc.text) + 1)
    out = []
    for i, scan in enumerate(ch._scans(doc, ch.context(doc))):
        for s, e, decide in scan:
            if i and covered.find(1, s, e) >= 0:
                continue
            channel, takes = decide()
            if channel is not None:
                out.append(channel)
            if takes:
                covered[s:e] = b"\x01" * (e - s)
    out.sort(key=lambda c: c.start)
    return out


def _docs():
    yield "overlaps", build_document(OVERLAPS, "text")
    for f in FILES:
        yield str(f.relative_to(ROOT)), load_document(f)[0]


def test_the_overlap_case_is_there():
    """The text above holds a span hidden by a later-starting span of an
    earlier scan (else the reading-order tests would prove little)."""
    doc = build_document(OVERLAPS, "text")
    found = [doc.text[c.start:c.end] for c in _scan_by_scan(doc)]
    assert "12@acme-mail.org" in found
    assert not any(t.startswith("555 0100") for t in found)


@pytest.mark.parametrize("step", [7, 50, 1000])
def test_reading_in_steps_finds_what_a_whole_reading_finds(step):
    differ = []
    for name, doc in _docs():
        want = _scan_by_scan(doc)
        finder = ch.ChannelFinder(doc, ch.context(doc))
        for lo in range(0, len(doc.text) + 1, step):
            got = finder.between(lo, lo + step)
            if got != [c for c in want if lo <= c.start < lo + step]:
                differ.append((name, lo))
                break
        if finder.all() != want:
            differ.append((name, "all"))
    assert not differ


def test_first_and_between_by_status_match_the_whole_reading():
    differ = []
    for name, doc in _docs():
        want = _scan_by_scan(doc)
        for status in ("real", "regulator", "reserved"):
            finder = ch.ChannelFinder(doc, ch.context(doc))  # fresh: nothing read yet
            first = finder.first(status)
            if first != next((c for c in want if c.status == status), None):
                differ.append((name, status, "first"))
            for sent in doc.sentences:
                if finder.between(sent.start, sent.end, status) != [
                        c for c in want if c.status == status and sent.start <= c.start < sent.end]:
                    differ.append((name, status, sent.start))
                    break
    assert not differ


def test_find_channels_is_the_whole_reading():
    for _, doc in _docs():
        assert ch.find_channels(doc) == _scan_by_scan(doc)
