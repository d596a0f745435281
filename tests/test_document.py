"""The document model: visible text and positions back into the file."""
from __future__ import annotations

import pytest

from pytest_privacylint._load import build_document


def span_of(doc, phrase):
    i = doc.text.index(phrase)
    return doc.evidence(i, i + len(phrase))


def test_markdown_positions_point_at_real_lines():
    src = "---\ntitle: Privacy\n---\n# Privacy\n\nWe keep **server logs** for\n30 days.\n\n- Contact: [email us](mailto:a@acme.io)\n"
    doc = build_document(src, "markdown")
    ev = span_of(doc, "server logs for 30 days")
    assert (ev.line, ev.column) == (6, 11)
    assert ev.text == "server logs** for\n30 days"
    assert ev.quote == "server logs for 30 days"
    assert (ev.end_line, ev.end_column) == (7, 8)
    assert "title" not in doc.text
    assert [(doc.text[link.start:link.end], link.href) for link in doc.links] == [("email us", "mailto:a@acme.io")]


def test_html_positions_entities_and_chrome():
    src = ("<html><head><title>T</title><script>var privacy='x';</script></head><body>\n"
           "<nav><a href='mailto:nav@acme.io'>Contact</a></nav>\n"
           "<main><h2>Retention</h2>\n<p>We&nbsp;keep logs for <em>30&nbsp;days</em>.</p>\n"
           "<footer>Inside main: <a href=\"mailto:dpo@acme.io\">write</a></footer></main>\n"
           "<footer>Page footer privacy@acme.io</footer><div hidden>hidden text</div></body></html>")
    doc = build_document(src, "html")
    assert "var privacy" not in doc.text and "hidden text" not in doc.text
    assert "Page footer" not in doc.text and "Contact" not in doc.text.split("\n")[0]
    assert "Inside main" in doc.text  # a footer inside the policy's <main> is part of it
    ev = span_of(doc, "keep logs for 30 days")
    assert ev.line == 4 and ev.text == "keep logs for <em>30&nbsp;days"
    assert ev.quote == "keep logs for 30 days"
    assert src.splitlines()[ev.line - 1][ev.column - 1:].startswith("keep")
    assert any("nav@acme.io" in c for c in doc.chrome)
    assert doc.blocks[0].kind == "heading" and doc.text[doc.blocks[0].start:doc.blocks[0].end] == "Retention"


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_line_endings(nl):
    src = nl.join(["Privacy Policy", "", "Line two has the phrase here.", "", "Line five too."])
    doc = build_document(src, "text")
    assert (span_of(doc, "phrase").line, span_of(doc, "phrase").column) == (3, 18)
    assert span_of(doc, "five").line == 5


def test_unicode_columns_count_code_points():
    src = "Privacy\n\n\U0001F600 café — we keep data 30 days.\n"
    doc = build_document(src, "text")
    ev = span_of(doc, "30 days")
    assert ev.column == len("\U0001F600 café — we keep data ") + 1


def test_sentences_do_not_split_on_abbreviations():
    doc = build_document("Privacy\n\nAcme Inc. keeps data, e.g. logs, for 30 days. Then it is deleted.", "text")
    assert [doc.text[s.start:s.end] for s in doc.sentences][1:] == [
        "Acme Inc. keeps data, e.g. logs, for 30 days.", "Then it is deleted."]


def test_plain_text_navigation_run_is_chrome():
    menu = "\n".join(["Home", "Products", "Pricing", "Blog", "Support", "Careers", "Contact Us"])
    src = menu + "\nPrivacy Policy\nAcme Ltd respects your privacy and keeps your personal data safe.\n"
    doc = build_document(src, "text")
    assert "Careers" not in doc.text and "Acme Ltd respects" in doc.text


# -- issue 4 point 1: menus and link lists without nav/role/class markers -----

_POLICY = "<h1>Privacy Policy</h1><p>Acme Ltd keeps your order data for 30 days.</p>"


@pytest.mark.parametrize("page, menu_word", [
    # a run of short links to the site's own pages at the start of the body
    ('<body><div><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/about">About</a> | '
     '<a href="/contact">Contact</a></div>' + _POLICY + "</body>", "Shop"),
    # a list of links at the end of the body
    ("<body>" + _POLICY + '<ul><li><a href="/terms">Terms</a></li><li><a href="/faq">FAQ</a></li>'
     '<li><a href="/contact">Contact us</a></li></ul></body>', "FAQ"),
    # the same link run repeated in the middle of the page
    ('<body><h1>Privacy</h1><p>Intro.</p><p><a href="/a">Alpha</a> · <a href="/b">Beta</a> · <a href="/c">Gamma</a></p>'
     '<p>Acme Ltd keeps data.</p><p><a href="/a">Alpha</a> · <a href="/b">Beta</a> · <a href="/c">Gamma</a></p><p>End.</p></body>', "Beta"),
    # absolute links on the site's own domain
    ('<body><p><a href="https://acme.io/">Home</a> <a href="https://acme.io/blog">Blog</a> <a href="https://acme.io/jobs">Jobs</a></p>'
     + _POLICY + "</body>", "Jobs"),
])
def test_unmarked_html_menus_are_chrome(page, menu_word):
    doc = build_document(page, "html")
    assert menu_word not in doc.text
    assert "Acme Ltd keeps" in doc.text


@pytest.mark.parametrize("page, kept", [
    # links to other sites (third parties' policies) at the end: part of the policy
    ("<body><h1>Privacy Policy</h1><p>We use these services:</p><ul><li><a href=\"https://policies.google.com/privacy\">"
     "Google Analytics</a></li><li><a href=\"https://stripe.com/privacy\">Stripe</a></li><li>"
     "<a href=\"https://mailchimp.com/legal/privacy/\">Mailchimp</a></li></ul></body>", "Stripe"),
    # a table of contents inside the policy, not repeated
    ('<body><h1>Privacy Policy</h1><p>Contents:</p><ul><li><a href="#a">What we collect</a></li><li><a href="#b">Retention</a>'
     '</li><li><a href="#c">Children</a></li></ul><h2 id="a">What we collect</h2><p>Email.</p></body>', "Retention"),
    # two links are not a menu; a link inside a sentence is text
    ('<body><a href="/">Home</a> <a href="/blog">Blog</a><h1>Privacy</h1><p>Write to us via the '
     '<a href="/contact">contact form</a>.</p></body>', "contact form"),
])
def test_link_lists_that_are_part_of_the_policy_are_kept(page, kept):
    doc = build_document(page, "html")
    assert kept in doc.text


def test_a_sentence_never_starts_right_after_a_word_character():
    """Checks search a sentence as a slice of the text, and the prefilter
    reads a word-start needle in the whole text: the two agree because the
    character before a sentence is never an ASCII letter, digit or "_" (a
    space, a block's line break, a "。" ..., or there is none). Every
    fixture and corpus policy, every format."""
    from pathlib import Path

    from pytest_privacylint._load import load_document

    root = Path(__file__).resolve().parent.parent
    files = [p for d in (root / "fixtures", root.parent / "shared" / "corpus" / "dev") if d.is_dir()
             for p in sorted(d.rglob("*")) if p.suffix in (".md", ".txt", ".html")]
    assert len(files) > 100
    for f in files:
        doc, _ = load_document(f)
        bad = [s for s in doc.sentences if s.start and (doc.text[s.start - 1].isascii() and (doc.text[s.start - 1].isalnum() or doc.text[s.start - 1] == "_"))]
        assert not bad, (f.name, [doc.text[max(0, s.start - 10):s.start + 10] for s in bad[:3]])


@pytest.mark.parametrize("fmt,src", [
    ("html", "<p>Click Un&shy;subscribe in any e\u00admail, or Opt&#173;Out of tracking at&#x2060;once.</p>"),
    ("markdown", "Click Un\u00adsubscribe in any e\u00admail, or Opt\u00adOut of tracking at\u2060once.\n"),
    ("text", "Click Un\u00adsubscribe in any e\u00admail, or Opt\u00adOut of tracking at\u2060once.\n"),
])
def test_soft_hyphens_and_word_joiners_are_not_seen(fmt, src):
    """A reader sees "Unsubscribe"; the evidence text is still the source as written."""
    doc = build_document(src, fmt)
    assert "Click Unsubscribe in any email, or OptOut of tracking atonce." in doc.text
    ev = span_of(doc, "Unsubscribe in any email")
    assert ev.quote == "Unsubscribe in any email"
    assert ev.text.startswith("Un") and ev.text.endswith("mail") and len(ev.text) > len(ev.quote)
    assert src[ev.column - 1:].startswith(ev.text)


def test_a_soft_hyphen_inside_a_word_does_not_hide_an_opt_out():
    from pytest_privacylint import lint_text

    src = ("<h1>Privacy Policy</h1><p>This policy explains how we process your personal data.</p>"
           "<p>To leave the mailing list, click Un&shy;subscribe at the bottom of any email we send.</p>")
    res = lint_text(src, "html").check("opt-out-path")
    assert res.outcome == "pass" and res.evidence[0].text == "Un&shy;subscribe"
