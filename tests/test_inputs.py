"""Every kind of input gets a clear result (outcomes.md) and the run goes on
with the other files: behaviour through pytester, as users run it (issue 5).

One run lints a folder holding every input kind at once, so each test below
reads the same JSON report and terminal output (one subprocess for all)."""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import textwrap

import pytest

from conftest import CHECK_IDS

# passes every check; each disclosure on its own line
GOOD = textwrap.dedent("""\
    Privacy Policy

    Acme Widgets Ltd. runs this app. Contact us at privacy@acme-widgets.co.uk.

    We keep server logs for 30 days, then delete them.

    Unsubscribe with the link at the bottom of every email.

    Payments are processed by Stripe.

    Our service is not directed to children under 13.
    """)
# where each check's evidence starts in GOOD (line, column)
GOOD_AT = {"controller-identity": (3, 1), "retention-limit": (5, 4), "opt-out-path": (7, 1),
           "third-party-list": (9, 27), "child-data-stance": (11, 1)}
# privacy words, so a policy, but every disclosure hidden from a reader
HIDDEN = "Hidden Corp Ltd. (hidden@hidden-corp.example.org) keeps data for 5 years, shares it with Google Analytics; unsubscribe in settings; not directed to children under 16."
NOT_DISCLOSED = "<h1>Privacy Policy</h1><p>This policy explains how we use personal data.</p>"


def _html(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>{HIDDEN}</title></head><body>{body}</body></html>"


def _good_html() -> str:
    return "".join(f"<p>{p}</p>\n" for p in GOOD.split("\n\n"))


INPUTS: dict[str, bytes] = {
    "empty.md": b"",
    "whitespace.txt": b"  \n\t\r\n   \n",
    "one-sentence.txt": b"We delete your personal data 30 days after you close your account.",
    "binary.md": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    "nul.txt": GOOD.replace("Payments", "Pay\x00ments").encode(),
    "nul-short.txt": b"We delete your personal data 30 days after\x00 you close your account.\n",
    "utf8.txt": GOOD.encode(),
    "utf8-bom.txt": codecs.BOM_UTF8 + GOOD.encode(),
    "utf16le.txt": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
    "utf16be.txt": codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
    "cp1252.txt": GOOD.replace("runs this app", "runs this café’s app").encode("cp1252"),
    "invalid-utf8.txt": GOOD.replace("runs this app", "runs this café app").encode().replace(b" app", b" \xff app", 1),
    # another encoding (Shift-JIS): many bad UTF-8 bytes, some pairs that look like UTF-8, bytes cp1252 leaves undefined
    "shift-jis.md": ("# プライバシーポリシー\n\n" + "当社は個人情報を保護します。" * 20 + "\n").encode("shift_jis"),
    "crlf.txt": GOOD.replace("\n", "\r\n").encode(),
    "cr.txt": GOOD.replace("\n", "\r").encode(),
    "not-a-policy.md": b"# Release notes\n\nVersion 2 adds dark mode and faster sync.\n",
    "unclosed.html": ("<html><body><p>" + "<p><div><span><b>".join(GOOD.split("\n\n"))).encode(),
    "nested.html": (_html("<div>" * 10_000 + _good_html() + "</div>" * 10_000)).encode(),
    "giant-attribute.html": _html('<p data-x="' + "x" * 2_000_000 + '">' + _good_html() + "</p>").encode(),
    "hidden.html": _html(
        NOT_DISCLOSED
        + f"<script>var p = '{HIDDEN}';</script><style>/* {HIDDEN} */</style><template><p>{HIDDEN}</p></template>"
        + f"<div hidden>{HIDDEN}</div><div style=\"display: none\">{HIDDEN}</div><p aria-hidden=\"true\">{HIDDEN}</p>"
        + f"<noscript>{HIDDEN}</noscript><!-- {HIDDEN} -->"
    ).encode(),
    "entities.html": _html(
        "<p>Privacy Policy &amp; personal data</p>"
        "<p>Acme Widgets Ltd. runs this app. Contact us at privacy&#64;acme-widgets.co.uk.</p>"
        "<p>We keep server logs for 30&nbsp;days, then delete them.</p>"
        "<p>Unsubscribe with the link at the bottom of every email.</p>"
        "<p>Payments are processed by Stripe&trade;.</p>"
        "<p>Our service is not directed to children under&#x20;13.</p>").encode(),
    "cdata-comments.html": _html(
        f"<!-- {HIDDEN} --><p><![CDATA[{HIDDEN}]]></p>" + _good_html() + f"<!-- unterminated {HIDDEN}").encode(),
    # the end tag of <head> is optional: the body's first tag ends it
    "head-not-closed.html": ("<!DOCTYPE html><html><head><title>Privacy</title><meta charset=\"utf-8\"><body>"
                             + _good_html() + "</body></html>").encode(),
    # as in a browser: a template's content is parsed (nested templates, comments), "/>" does not close
    # an HTML element (a script or a hidden div runs on to its end tag)
    "hidden-tricks.html": _html(
        NOT_DISCLOSED
        + f"<template><template></template><p>{HIDDEN}</p></template><template><!-- </template> --><p>{HIDDEN}</p></template>"
        + f"<script src=\"a.js\" /><p>{HIDDEN}</p></script><div hidden /><p>{HIDDEN}</p></div>"
        + "<svg viewBox=\"0 0 1 1\" /><p>This policy explains how we use personal data.</p>"
    ).encode(),
    "front-matter.md": ("---\ntitle: Privacy\ndescription: " + HIDDEN + "\n---\n\n# Privacy Policy\n\n"
                        "This policy explains how we use personal data.\n").encode(),
    "front-matter-crlf.md": ("---\r\ntitle: Privacy\r\ndescription: " + HIDDEN + "\r\n---\r\n\r\n# Privacy Policy\r\n\r\n"
                             "This policy explains how we use personal data.\r\n").encode(),
    "front-matter-cr.md": ("+++\rtitle = 'Privacy'\rdescription = '" + HIDDEN + "'\r+++\r\r# Privacy Policy\r\r"
                           "This policy explains how we use personal data.\r").encode(),
    "html-blocks.md": ("# Privacy Policy\n\n<div class=\"note\">\n" + GOOD.split("\n\n", 1)[1].replace("\n\n", "<br>\n")
                       + "</div>\n\n<div hidden>\n" + HIDDEN + "\n</div>\n").encode(),
    # an HTML block spans its lines: a hidden <div> or a <noscript> hides all of them
    "html-blocks-hidden.md": ("# Privacy Policy\n\nThis policy explains how we use personal data.\n\n<div hidden>\n"
                              + HIDDEN + "\n</div>\n\n<noscript>\n" + HIDDEN + "\n</noscript>\n").encode(),
    "name with spaces é.md": GOOD.encode(),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One pytest --privacy run over every input (a subprocess, like the
    pytester tests, without a pytester per test)."""
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("inputs")
    d = root / "policies"
    d.mkdir()
    for name, data in INPUTS.items():
        (d / name).write_bytes(data)
    (root / "pyproject.toml").write_text("[tool.privacylint]\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--privacy", "policies", "--privacy-report=json:r.json", "-p", "no:cacheprovider",
         "-rA", "--color=no"],
        cwd=root, capture_output=True, text=True, timeout=600,
        env={k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"},
    )
    report = json.loads((root / "r.json").read_text(encoding="utf-8"))
    return proc, {f["path"].removeprefix("policies/"): f for f in report["files"]}, report


def outcomes(files, name):
    return [c["outcome"] for c in files[name]["checks"]]


def by_id(files, name):
    return {c["id"]: c for c in files[name]["checks"]}


def test_every_input_appears_with_every_check_and_the_run_goes_on(run):
    proc, files, report = run
    assert sorted(files) == sorted(INPUTS)
    for name, f in files.items():
        assert [c["id"] for c in f["checks"]] == CHECK_IDS, name
    assert report["summary"]["files"] == len(INPUTS)
    assert proc.returncode == 1  # the binary file's errors count
    assert "INTERNALERROR" not in proc.stdout + proc.stderr and "Traceback" not in proc.stdout


@pytest.mark.parametrize("name", ["empty.md", "whitespace.txt"])
def test_empty_files_are_skipped_as_empty(run, name):
    _, files, _ = run
    assert outcomes(files, name) == ["skipped"] * 5
    assert all("empty" in c["reason"] for c in files[name]["checks"])


def test_not_a_policy_is_skipped_with_reason(run):
    proc, files, _ = run
    assert outcomes(files, "not-a-policy.md") == ["skipped"] * 5
    assert all(c["reason"].startswith("not a privacy policy") for c in files["not-a-policy.md"]["checks"])
    assert "SKIPPED" in proc.stdout and "not a privacy policy" in proc.stdout


def test_one_sentence_policy_is_decided(run):
    _, files, _ = run
    checks = by_id(files, "one-sentence.txt")
    assert checks["retention-limit"]["outcome"] == "pass"
    assert checks["child-data-stance"]["outcome"] == "fail"
    assert checks["child-data-stance"]["message"] == "no statement on children's data"


def test_a_stray_nul_in_a_short_text_is_read_as_a_space_not_binary(run):
    _, files, _ = run
    f = files["nul-short.txt"]
    assert f["encoding"] == "utf-8" and "contains NUL characters (read as spaces)" in f["notes"]
    retention = by_id(files, "nul-short.txt")["retention-limit"]
    assert retention["outcome"] == "pass" and retention["evidence"][0]["text"].endswith("30 days")


def test_a_file_in_an_encoding_not_read_is_an_error_naming_it_not_decodable(run):
    proc, files, _ = run
    assert outcomes(files, "shift-jis.md") == ["error"] * 5
    reason = files["shift-jis.md"]["checks"][0]["reason"]
    assert reason.startswith("not decodable: not UTF-8 (") and reason.endswith("save it as UTF-8")
    assert "policies/shift-jis.md:1:1: error: not decodable" in proc.stdout
    assert files["shift-jis.md"]["sha256"] == hashlib.sha256(INPUTS["shift-jis.md"]).hexdigest()  # the bytes were read


def test_binary_file_is_an_error_item_with_reason(run):
    proc, files, _ = run
    assert outcomes(files, "binary.md") == ["error"] * 5
    assert all(c["reason"] == "binary data, not a text document" for c in files["binary.md"]["checks"])
    assert "policies/binary.md:1:1: error: binary data, not a text document" in proc.stdout
    assert re.search(r"ERROR policies/binary\.md::retention-limit", proc.stdout)
    assert files["binary.md"]["sha256"] == hashlib.sha256(INPUTS["binary.md"]).hexdigest()


@pytest.mark.parametrize("name,encoding,note", [
    ("utf8.txt", "utf-8", None),
    ("utf8-bom.txt", "utf-8", "byte order mark: utf-8"),
    ("utf16le.txt", "utf-16-le", "byte order mark: utf-16-le"),
    ("utf16be.txt", "utf-16-be", "byte order mark: utf-16-be"),
    ("cp1252.txt", "cp1252", "not valid UTF-8; decoded as cp1252"),
    ("invalid-utf8.txt", "utf-8", "invalid UTF-8 at byte"),
    ("nul.txt", "utf-8", "contains NUL characters (read as spaces)"),
    ("crlf.txt", "utf-8", None),
    ("cr.txt", "utf-8", None),
])
def test_encodings_and_line_endings_decode_and_keep_positions(run, name, encoding, note):
    _, files, _ = run
    f = files[name]
    assert f["encoding"] == encoding
    if note:
        assert any(n.startswith(note) for n in f["notes"]), f["notes"]
    assert outcomes(files, name) == ["pass"] * 5
    for c in f["checks"]:
        ev = c["evidence"][0]
        line, col = GOOD_AT[c["id"]]
        if name == "nul.txt" and c["id"] == "third-party-list":
            col += 1  # "Pay ments": the NUL reads as a space
        assert (ev["line"], ev["column"]) == (line, col), (name, c["id"], ev)
        assert ev["end_line"] == line and "\r" not in ev["text"] and "\n" not in ev["text"]


def test_evidence_text_is_the_decoded_source_slice(run):
    _, files, _ = run
    for name in ("crlf.txt", "cr.txt", "utf16le.txt", "cp1252.txt", "entities.html"):
        data = INPUTS[name]
        from pytest_privacylint._decode import decode

        text, _, _ = decode(data, "html" if name.endswith(".html") else "text")
        starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        for c in files[name]["checks"]:
            for ev in c["evidence"]:
                s = starts[ev["line"] - 1] + ev["column"] - 1
                e = starts[ev["end_line"] - 1] + ev["end_column"] - 1
                assert text[s:e] == ev["text"], (name, c["id"])


@pytest.mark.parametrize("name", ["unclosed.html", "nested.html", "giant-attribute.html", "entities.html",
                                  "cdata-comments.html", "head-not-closed.html", "name with spaces é.md"])
def test_html_edge_cases_and_odd_names_read_the_policy(run, name):
    _, files, _ = run
    assert outcomes(files, name) == ["pass"] * 5, [(c["id"], c["message"], c["reason"]) for c in files[name]["checks"]]


def test_comments_and_cdata_are_not_shown(run):
    """In HTML a CDATA section is a bogus comment, as in a browser."""
    _, files, _ = run
    assert not any("Hidden" in ev["text"] for c in files["cdata-comments.html"]["checks"] for ev in c["evidence"])


def test_entities_are_decoded_in_quote_and_kept_in_text(run):
    _, files, _ = run
    ev = by_id(files, "entities.html")["retention-limit"]["evidence"][0]
    assert "30&nbsp;days" in ev["text"] and "30 days" in ev["quote"]


@pytest.mark.parametrize("name", ["hidden.html", "hidden-tricks.html", "html-blocks-hidden.md", "front-matter.md",
                                  "front-matter-crlf.md", "front-matter-cr.md"])
def test_hidden_content_is_ignored(run, name):
    """script/style/template/hidden/noscript/comment/<title>, and front
    matter, hold every disclosure: a reader sees none, so all fail."""
    _, files, _ = run
    checks = files[name]["checks"]
    assert outcomes(files, name) == ["fail"] * 5, [(c["id"], c["message"], c["evidence"]) for c in checks]
    assert not any("Hidden" in ev["text"] or "hidden@" in ev["text"] for c in checks for ev in c["evidence"])


def test_markdown_html_blocks_are_read_and_hidden_blocks_ignored(run):
    _, files, _ = run
    checks = by_id(files, "html-blocks.md")
    assert [c["outcome"] for c in checks.values()] == ["pass"] * 5
    assert checks["controller-identity"]["evidence"][0]["line"] == 4


def test_file_over_max_file_size_is_an_error_naming_limit_and_option(pytester):
    pytester.makepyprojecttoml('[tool.privacylint]\nmax_file_size = "1KB"\n')
    pytester.path.joinpath("big.md").write_text(GOOD * 20, encoding="utf-8")
    pytester.path.joinpath("small.md").write_text(GOOD, encoding="utf-8")
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=5, passed=5)
    out = result.stdout.str()
    assert re.search(r"big\.md:1:1: error: file is [\d,]+ bytes, over max_file_size \(1,000 bytes\)", out)
    assert "`max_file_size`" in out


def test_file_removed_after_collection_is_an_error_and_the_run_goes_on(pytester):
    pytester.path.joinpath("gone.md").write_text(GOOD, encoding="utf-8")
    pytester.path.joinpath("kept.md").write_text(GOOD, encoding="utf-8")
    pytester.makeconftest(textwrap.dedent("""\
        import os

        def pytest_collection_finish(session):
            os.remove(os.path.join(str(session.config.rootpath), "gone.md"))
        """))
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=5, passed=5)
    assert "gone.md:1:1: error: file not found (removed after collection?)" in result.stdout.str()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_error_and_the_run_goes_on(pytester):
    p = pytester.path.joinpath("secret.md")
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    pytester.path.joinpath("kept.md").write_text(GOOD, encoding="utf-8")
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=5, passed=5)
    assert "secret.md:1:1: error: permission denied" in result.stdout.str()


def test_a_policy_named_as_one_is_linted_without_the_word_privacy_in_its_text(tmp_path):
    """'How we look after members' details' never says "privacy": its file
    name, its front matter or its HTML <title> make it a policy; a file
    named otherwise with the same text is still skipped."""
    from pytest_privacylint import lint_path

    body = ("# How we look after members' details\n\nWe hold your name and address to manage plots. "
            "When your tenancy ends we keep your record for three months, then we delete it.\n")
    (tmp_path / "allotment-privacy.md").write_text(body)
    (tmp_path / "notice.md").write_text("---\ntitle: Privacy notice\n---\n" + body)
    (tmp_path / "notice.html").write_text("<html><head><title>Datenschutz</title></head><body><p>"
                                          + body.replace("#", "") + "</p></body></html>")
    (tmp_path / "members.md").write_text(body)
    for name in ("allotment-privacy.md", "notice.md", "notice.html"):
        res = lint_path(tmp_path / name)
        assert res.check("retention-limit").outcome == "pass", name
    assert all(c.outcome == "skipped" for c in lint_path(tmp_path / "members.md").checks)
