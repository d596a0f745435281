"""A check may stop once its decision and evidence can no longer change
(``CheckContext.explain`` False, the default): retention-limit at its first
limit, child-data-stance at the first sentence stating the first-ranked
rule any sentence states (read rule by rule), controller-identity's name
rules (read together, in text order) at the first accepted name and its
channels at the first real one.
retention-limit also skips vague and account-tied phrases once a failure's
evidence is known (only a limit could still change the decision).
Stopping must never change what a user sees: on every fixture policy, outcome, message and evidence are the
same as in a full run that lists every candidate (``explain=True``)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pytest_privacylint import lint_path
from pytest_privacylint._config import default_config

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".md", ".txt", ".html"))


def _seen(result):
    return [(c.id, c.outcome, c.message, c.reason, [(e.line, e.column, e.end_line, e.end_column, e.text) for e in c.evidence])
            for c in result.checks]


def test_there_are_fixtures_where_stopping_early_skips_candidates():
    """The early stop is real: some policy's full run lists candidates after
    the evidence (else the equality test below would prove nothing)."""
    skipped = 0
    for f in FILES[:200]:
        full = lint_path(f, explain=True)
        for c in full.checks:
            if c.outcome == "pass" and c.evidence and c.explain:
                last = max(x["evidence"].line for x in c.explain)
                skipped += last > c.evidence[-1].end_line
    assert skipped > 10


@pytest.mark.parametrize("chunk", range(4))
def test_stopping_early_changes_no_outcome_message_or_evidence(chunk):
    files = FILES[chunk::4]
    assert files
    differ = [str(f.relative_to(ROOT)) for f in files if _seen(lint_path(f)) != _seen(lint_path(f, explain=True))]
    assert not differ


@pytest.mark.parametrize("chunk", range(2))
def test_stopping_early_in_lenient_mode_changes_nothing_either(chunk):
    """Lenient mode ranks the evidence differently (retention tied to the
    account passes), so what may be skipped differs too."""
    cfg = dataclasses.replace(default_config(), mode="lenient")
    files = FILES[chunk::2]
    differ = [str(f.relative_to(ROOT)) for f in files
              if _seen(lint_path(f, cfg)) != _seen(lint_path(f, cfg, explain=True))]
    assert not differ


# retention-limit's failure evidence when the policy states no limit: a
# floor first, then account-tied or strong vague phrases, then weak ones; in
# lenient mode an account-tied phrase anywhere passes, even after a floor
_RETENTION_ORDERS = {
    "weak then strong": "We keep logs for our records. Later we retain your personal data as long as necessary.",
    "floor then account": "We keep your personal data for at least seven years. We retain your personal data as long as your account is active.",
    "vague then floor": "We retain your personal data as long as necessary. Backups are kept for at least seven years.",
}


@pytest.mark.parametrize("mode", ["strict", "lenient"])
@pytest.mark.parametrize("case", sorted(_RETENTION_ORDERS))
def test_retention_failure_evidence_is_the_full_readings(case, mode, tmp_path):
    policy = tmp_path / "policy.md"
    body = "\n\n".join(f"Paragraph {i} on how we send our newsletter to you." for i in range(40))
    policy.write_text(f"# Privacy policy\n\nThis is the privacy policy of Acme Ltd.\n\n{_RETENTION_ORDERS[case]}\n\n{body}\n",
                      encoding="utf-8")
    cfg = dataclasses.replace(default_config(), mode=mode)
    quick, full = lint_path(policy, cfg), lint_path(policy, cfg, explain=True)
    retention = [c for c in full.checks if c.id == "retention-limit"][0]
    assert len([x for x in retention.explain if not x["accepted"]]) >= 2  # both phrases were candidates
    assert _seen(quick) == _seen(full)


@pytest.mark.parametrize("part, shown, at_least", [(64, 5, 2), (64, 1, 10), (1000, 1, 10)])
def test_third_party_list_read_in_parts_decides_as_the_whole_reading(part, shown, at_least, monkeypatch):
    """third-party-list reads a long policy in growing parts and stops once
    a part settles the message (more recipients than it names, no short
    form still waiting for its full name): on every fixture, read in parts
    from tiny ones, outcome, message and evidence are those of the whole
    reading, also when the message names only one recipient (so that many
    fixtures are settled before their end)."""
    from pytest_privacylint import default_checks
    from pytest_privacylint.checks import third_party_list as T

    monkeypatch.setattr(T, "_FIRST_PART", part)
    monkeypatch.setattr(T, "_NAMES_SHOWN", shown)
    calls = []
    analyse = T.analyse

    def recording(doc, ctx, upto=None, signals=None):
        calls.append(upto)
        return analyse(doc, ctx, upto, signals)

    monkeypatch.setattr(T, "analyse", recording)
    check = [c for c in default_checks() if c.id == "third-party-list"]
    differ, settled = [], 0
    for f in FILES:
        calls.clear()
        if _seen(lint_path(f, checks=check)) != _seen(lint_path(f, checks=check, explain=True)):
            differ.append(str(f.relative_to(ROOT)))
        settled += calls[0] is not None and calls[-2] is not None  # (the last call is the whole, explained reading)
    assert not differ
    assert settled >= at_least, settled


def test_third_party_list_part_holds_the_whole_readings_candidates_before_it():
    """``analyse(doc, ctx, upto)``: the candidates of the whole reading that
    start before ``upto``, each decided the same, except a short form whose
    full name comes later (still waiting); tried with ``upto`` at every
    gazetteer name and organisation of the fixtures."""
    from pytest_privacylint import CheckContext
    from pytest_privacylint._load import load_document
    from pytest_privacylint.checks import third_party_list as T

    differ, parts = [], 0
    for f in FILES:
        doc = load_document(f)[0]
        ctx = CheckContext()
        signals = T._signals(doc, ctx)
        whole = T.analyse(doc, ctx, None, signals)
        for upto in sorted({c.start for c, _, _ in whole} | {c.start + 1 for c, _, _ in whole} | {s for s, _, _ in signals.names}):
            part = T.analyse(doc, ctx, upto, signals)
            want = [t for t in whole if t[0].start < upto]
            parts += 1
            same = len(part) == len(want) and all(
                p == w or (p[0].rule == T._SHORT_WAITING and w[0].rule == "short form of a named recipient" and p[0].start == w[0].start)
                for p, w in zip(part, want))
            if not same:
                differ.append((str(f.relative_to(ROOT)), upto))
                break
    assert not differ
    assert parts > 1000


@pytest.mark.parametrize("shown", [1, 5])
def test_third_party_list_part_waits_for_a_short_forms_full_name(shown, monkeypatch):
    """"Clarity" near the top is a recipient only because "Microsoft
    Clarity" is named much later: a part that names enough recipients
    still does not settle the evidence while that short form waits."""
    from pytest_privacylint import lint_text
    from pytest_privacylint.checks import third_party_list as T

    monkeypatch.setattr(T, "_FIRST_PART", 64)
    monkeypatch.setattr(T, "_NAMES_SHOWN", shown)
    text = ("Privacy Policy\n\nOur office is next to Clarity Park.\n\n"
            "We share your data with Stripe, Mailchimp, Zendesk, Intercom, Sentry and Cloudflare to run the service.\n\n"
            + "We process your personal data lawfully and keep it safe. " * 80
            + "\n\nWe use Microsoft Clarity to see how visitors use the site.\n")
    quick, whole = lint_text(text), lint_text(text, explain=True)
    assert _seen(quick) == _seen(whole)
    tp = [c for c in whole.checks if c.id == "third-party-list"][0]
    assert tp.evidence[0].text == "Clarity"
