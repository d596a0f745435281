"""controller-identity: names, channels and the near-misses, on real-world phrasings."""
from __future__ import annotations

import pytest

from pytest_privacylint import lint_text
from pytest_privacylint._config import default_config
from pytest_privacylint._load import build_document
from pytest_privacylint._vocab import channels as ch

CID = "controller-identity"


def run(text: str, fmt: str = "text", **kw):
    return lint_text("Privacy Policy\n\n" + text, fmt, **kw).check(CID)


# --- names ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Acme Widgets, Inc. ("Acme", "we", "us") operates acme.io. Questions: privacy@acme.io.',
    "BIPUSH LTD (\"us\", \"we\", or \"our\") operates the website. Email support@bipush.co.uk.",
    "This is the privacy policy for the Android app \"Volume Manager\" by Matthias Urhahn. Mail support@darken.eu.",
    "Data controller: Cal Paterson\nEmail address: cal@calpaterson.com",
    "Let's Encrypt is a service provided by Internet Security Research Group. Contact privacy@abetterinternet.org.",
    "Coffee Wallet was built by Coffee Software. Write to hello@coffee-software.dev.",
    "Pebblestone is built by the Pebblestone team. Use the form at https://pebblestone.app/contact for questions.",
    "I'm Anna Schmidt, the developer of this game. Email me at anna.schmidt@posteo.de.",
    "Your privacy is ALSOFT's topmost priority. Contact support@alsoft.org with questions.",
    "At MyBlocks, we take privacy seriously. Contact us at team@myblocks.dev.",
    "Operated by: Quillmark Software GmbH, Kurstraße 19, 10117 Berlin.",
    "Nordwind Rad AG, trading as \"Nordwind Bikes\", is the controller. Our DPO: dpo@nordwind-bikes.ch.",
    "If you have any questions, contact Acme at support@acme.com.",
    "We collect personal data.\nContact: hello@acme.io\n© 2024 Nimbus Notes",
    "Developer: Jane Doe\nEmail: jane@doe.dev",
    "John Appleseed built the Weather Now app as a Free app. This SERVICE is provided by John Appleseed at no cost. "
    "If you have any questions, do not hesitate to contact me at john@appleseed.dev.",
    "Owner and Data Controller\nFoo Srl - Via Roma 1, 20100 Milano\nOwner contact email: info@foo.it",
    "We collect personal data. If you have questions, contact me: John Smith <john@smith.dev>",
    "We collect personal data.\nContact Information: Maria Lopez, maria.lopez@proton.me",
])
def test_named_controller_with_channel_passes(text):
    res = run(text)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text", [
    "We respect your privacy. The app does not collect data. Contact us at help@notes-app.dev.",
    "The company collects your name. Questions may be sent to 77 Harrow Road, Leeds LS2 7EE.",
    "This service is provided by the Developer at no cost. Email scanlist.support@gmail.com.",
    "Analytics are provided by Google LLC. Send questions to hello@tinyapp.dev.",
    "We use Stripe, Inc. for payments. Questions: billing@tinyshop.dev.",
    "This privacy policy page was created by App Privacy Policy Generator. If you have any questions, contact me at dev.apps@gmail.com.",
    "We collect personal data.\nContact Us: privacy@tinyapp.dev",
    "We collect personal data. Send Us An Email at help@tinyapp.dev",
    "We collect personal data.\nSupport Team - help@tinyapp.dev",
])
def test_channel_without_a_name_fails(text):
    res = run(text)
    assert res.outcome == "fail"
    assert res.message == "no organisation or person named as controller"


def test_contrasted_with_third_parties_is_the_we():
    res = run("We do not send any personal data to Alsatian Consulting or third parties. "
              "Questions or issues: https://github.com/alsatian/chat/issues")
    assert res.outcome == "pass", res.message


# --- channels -------------------------------------------------------------------

@pytest.mark.parametrize("channel", [
    "privacy[at]quillmark[dot]de",
    "donnees (at) moire-atelier (dot) fr",
    "info[@]bsidessf.org",
    "iannibelli.n(a)gmail.com",
    "tomasz.wierzbicki at gmail dot com",
    "+44 20 3318 4472",
    "(208) 343-7719",
    "548 Market Street PMB 22241, San Francisco, CA, 94104",
    "PO Box 2215, Norwich NR1 3QP",
    "https://github.com/acme/tidy-notes/issues",
    "acme.io/contact",
])
def test_channel_forms(channel):
    res = run(f"Acme Labs Ltd runs this app. For privacy questions, write to {channel}.")
    assert res.outcome == "pass", res.message


def test_mailto_only_link_counts():
    html = ('<main><h1>Privacy Policy</h1><p>Bramble Works Pty Ltd runs this site and keeps your personal data safe.</p>'
            '<p>Send us a <a href="mailto:hi@bramble.io">quick mail</a>.</p></main>')
    res = lint_text(html, "html").check(CID)
    assert res.outcome == "pass", res.message


def test_hyperlinked_contact_us_counts():
    md = 'Orchard Lane Bakery LLC ("we") bakes bread. If you have questions, please [contact us](/contact).'
    assert run(md, "markdown").outcome == "pass"


def test_profile_link_is_not_a_channel():
    md = "PURRlab Webinars is run by PURRlab. Questions? Ask [Jane Roe](https://purrlab.github.io/people/roe/)."
    res = run(md, "markdown")
    assert res.outcome == "fail"
    assert res.message == "contact channel announced but missing" or res.message == "controller named but no contact channel"


def test_dates_and_ids_are_not_phone_numbers():
    res = run("Acme Labs Ltd updated this policy on 2024-01-12. Grant number 1134-00017B funds the project.")
    assert res.outcome == "fail"
    assert res.message == "controller named but no contact channel"


# --- near-misses ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BIPUSH LTD runs the site. If you have any questions about this Privacy Policy, please contact us.",
    "F1 Timezone (\"we\") shows race times. If you have questions, please contact us through our GitHub repository.",
    "Starling Editions SARL publishes the app. If a child has sent us personal information, please report it by emailing.",
    "Halyard Sailing School Ltd keeps your records. To correct them, reach out to our support.",
    "NCRA is the North Cray Residents Association. For privacy inquiries, you can contact our Data Protection Officer (DPO).",
])
def test_announced_but_missing(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "contact channel announced but missing")


@pytest.mark.parametrize("text", [
    "[Developer/Company name] built the Flash Cards app. Write to flashcards.help@gmail.com.",
    "Glimmer Photo Co. prints photos. For questions, contact us at [contact email].",
    "Tideway Apps Ltd makes the app. If you have questions, email privacy@%{domain}s.",
    "Meadowlark is developed by Corinne Batiste. Contact me at <insert email>.",
    "{{company}} (\"we\") runs the booking page. Questions: bookings@hairbyjolene.com.",
    "If you have any questions, please contact us at [Insert contact information].",
])
def test_unfilled_placeholder(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "unfilled template placeholder")


def test_placeholder_outside_name_or_channel_is_ignored():
    res = run("Buy Canadian (\"we\") runs the app. Archive versions at [Your Website URL]. "
              "For privacy concerns, email: suzukitrent@gmail.com")
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("addr", ["privacy@example.com", "dpo@northwind.example", "help@app.test",
                                  "privacy@relaycast.invalid", "https://www.example.org/contact"])
def test_reserved_example_domain(addr):
    res = run(f"Northwind Traders Ltd sells food. For privacy questions, write to {addr}.")
    assert (res.outcome, res.message) == ("fail", "contact address at a reserved example domain")


@pytest.mark.parametrize("text", [
    "Bellwether Tutors Ltd matches tutors. You can complain to the Information Commissioner's Office, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.",
    "Kilbrack Credit Union Limited keeps accounts. You can raise a concern with the Data Protection "
    "Commission, 21 Fitzwilliam Square South, Dublin 2, by email at info@dataprotection.ie.",
    "Pinecrest Games LLC makes games. You may file a complaint with the Federal Trade Commission "
    "online at https://reportfraud.ftc.gov.",
])
def test_only_regulator_contact(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "only a supervisory authority's contact given")


def test_regulator_details_listed_below():
    text = ("Cal Paterson runs csvbase.\nYou can contact the ICO if you are unhappy.\n"
            "The contact details for the ICO are below:\nInformation Commissioner's Office\n"
            "Wycliffe House, Water Lane\nPhone: 0303 123 1113")
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "only a supervisory authority's contact given")


def test_own_channel_beside_regulator_passes():
    res = run("Acme Labs Ltd runs the app. Contact us at privacy@acmelabs.io or complain to the ICO at https://ico.org.uk.")
    assert res.outcome == "pass"


@pytest.mark.parametrize("text", [
    "Hexdump Viewer is written by Priya Raman. If you have questions about this policy, see my GitHub profile.",
    "Ashgrove Media Ltd publishes the newsletter. Ashgrove Media Ltd does not sell your information.",
])
def test_named_without_channel(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "controller named but no contact channel")


def test_channel_only_in_page_chrome():
    html = ("<html><body><nav><a href='/'>Home</a> <a href='mailto:hi@saffron.co.uk'>hi@saffron.co.uk</a></nav>"
            "<main><h1>Privacy Policy</h1><p>Saffron Restaurant Ltd operates this website.</p>"
            "<p>We collect your name when you book a table.</p></main>"
            "<footer>Saffron, 9 Market Street, Bath BA1 1NQ</footer></body></html>")
    res = lint_text(html, "html").check(CID)
    assert (res.outcome, res.message) == ("fail", "controller named but no contact channel")


def test_silent():
    res = run("We respect your privacy. The app stores workouts on your device.")
    assert (res.outcome, res.message) == ("fail", "no controller named and no contact channel")


# --- configuration and evidence ---------------------------------------------------

def test_configured_controller_name_must_appear():
    cfg = default_config()
    cfg.controller_names = ["Acme Widgets"]
    ok = run("Acme Widgets Ltd runs the site. Email privacy@acmewidgets.io.", config=cfg)
    assert ok.outcome == "pass"
    missing = run("Zenith Labs Ltd runs the site. Email privacy@zenith.io.", config=cfg)
    assert (missing.outcome, missing.message) == ("fail", "configured controller name not found")
    # with an unfilled placeholder too: the configured name is looked for first
    missing = run("[Company name] runs the site. Email privacy@zenith.io.", config=cfg)
    assert (missing.outcome, missing.message) == ("fail", "configured controller name not found")
    found = run("[Company name] (Acme Widgets) runs the site. Email privacy@acmewidgets.io.", config=cfg)
    assert (found.outcome, found.message) == ("fail", "unfilled template placeholder")


def test_placeholder_decision_is_the_same_when_explaining():
    """With a placeholder the names and channels are read only to be listed
    (``--privacy-explain``): the decision and its evidence do not change."""
    text = "Acme Widgets Ltd runs the site. Write to [contact email] or privacy@acmewidgets.io."
    plain = lint_text(text).check(CID)
    explained = lint_text(text, explain=True).check(CID)
    assert (plain.outcome, plain.message, plain.evidence) == (explained.outcome, explained.message, explained.evidence)
    assert plain.message == "unfilled template placeholder"
    assert "Acme Widgets Ltd" in [c["evidence"].quote for c in explained.explain if c["accepted"]]


def test_pass_evidence_quotes_name_and_channel():
    res = run("Acme Widgets Ltd runs the site. Email privacy@acmewidgets.io.")
    quotes = [e.quote for e in res.evidence]
    assert "Acme Widgets Ltd" in quotes and "privacy@acmewidgets.io" in quotes


def test_channel_statuses():
    d = build_document("Mail privacy@example.com, help@google.com, x@acme.io or the ICO at info@ico.org.uk.", "text")
    got = {d.text[c.start:c.end]: c.status for c in ch.find_channels(d)}
    assert got == {"privacy@example.com": "reserved", "help@google.com": "third-party",
                   "x@acme.io": "real", "info@ico.org.uk": "regulator"}


# --- issue 4 (holdout tuning): phrasing classes of the controller's name -----

@pytest.mark.parametrize("text,fmt", [
    # the name with its address in apposition before "is the data controller"
    ("Smile Bright Dental Practice, 27 High Street, Harrogate HG1 1HT, is the data controller for your records. "
     "Email practice@smilebright.co.uk.", "text"),
    ("Northgate Physio, Unit 4, Mill Lane, York YO1 7HH, is the controller. Call 01904 555 210.", "text"),
    # "has been a family business", "is a small company"
    ("SunnyValley Crafts has been a family business since 1978. Write to us at P.O. Box 442, Eugene, OR 97401.", "text"),
    ("Brightwater Prints is a small business run from Leeds. Questions: hello@brightwaterprints.co.uk.", "text"),
    # the controller's role as a statement ending in ':' and the name on the next source line (a Markdown address block)
    ("## 1. Controller\n\nThe controller responsible for data processing on this website is:\n\nMüller Webdesign\n"
     "Hans Müller\nHauptstraße 5\n80331 München\nE-Mail: info@mueller-webdesign.de\n", "markdown"),
    ("## Data controller\n\nKestrel Analytics Ltd\n14 Quay Street\nBristol BS1 4DB\nprivacy@kestrel-analytics.co.uk\n", "markdown"),
    # an open-source project's lower-case name, carried by its URL or title
    ("quickfmt is maintained by the quickfmt project maintainers.\n\nQuestions: open an issue at "
     "https://github.com/quickfmt/quickfmt/issues", "text"),
])
def test_name_phrasings_found(text, fmt):
    res = run(text, fmt)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text,fmt", [
    # a lower-case team that is not the project's name: not a controller
    ("This tool is maintained by the support team. Questions: open an issue at https://github.com/acme-tools/fmt/issues",
     "text"),
    ("Your data is reviewed by the security team.\nEmail: help@tinyapp.dev", "text"),
    # the role stated, the next line is prose, not a name
    ("## Data controller\n\nThe controller is responsible for your data.\n\nEmail help@tinyapp.dev\n", "markdown"),
    # an address in apposition, but no predicate making it the "we"
    ("Orders ship from Unit 4, Mill Lane, York YO1 7HH, within two days. Call 01904 555 210.", "text"),
])
def test_name_near_misses_still_fail(text, fmt):
    res = run(text, fmt)
    assert res.outcome == "fail"
    assert res.message == "no organisation or person named as controller"


def test_a_run_in_heading_before_the_company_is_not_a_name():
    res = run("<h1>Privacy Policy</h1><p><b>Disclosure.</b> The Company does not sell personal information.</p>"
              "<p>Questions: privacy@pollperch.com</p>", "html")
    assert (res.outcome, res.message) == ("fail", "no organisation or person named as controller")


def test_the_hosting_providers_address_is_not_the_controllers_channel():
    res = run("<h1>Privacy Policy</h1><p>Kestrel Analytics GmbH is responsible for this website.</p>"
              "<p>This website is hosted by Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany.</p>", "html")
    assert res.outcome == "fail"


# --- the evidence is the first name in the text -------------------------------

def test_the_name_quoted_is_the_first_the_policy_gives():
    """Every rule's names are read in text order: the operator named first
    is quoted, not the country that ends the address before '("we")'."""
    res = run('ShieldLine VPN is operated by ShieldLine Networks S.A., Calle 50, Torre Global, Piso 18, '
              'Panama City, Panama ("ShieldLine", "we"). Questions: privacy@shieldline.net.')
    assert res.outcome == "pass"
    assert res.evidence[0].quote == "ShieldLine Networks S.A."


def test_a_long_policy_is_read_only_as_far_as_its_first_name():
    """The name at the top of a policy of several stretches of text is the
    evidence, and the candidates listed when asked to explain start with it."""
    filler = "We process the data you give us to provide the service and keep it safe.\n\n" * 3000
    text = "Acme Widgets Ltd runs this site.\n\n" + filler + "Globex Corporation is the controller.\n\nEmail privacy@acmewidgets.io."
    res = run(text)
    assert res.outcome == "pass"
    assert res.evidence[0].quote == "Acme Widgets Ltd"
    full = run(text, explain=True)
    assert [e.quote for e in full.evidence] == [e.quote for e in res.evidence]
    names = [x for x in full.explain if x["accepted"] and "Globex" in x["evidence"].quote]
    assert names, "the explained run reads past the first name"


def test_name_runs_read_near_their_words_are_every_run_the_name_rule_takes(monkeypatch):
    """A long text's runs of capitalised words are read only near a legal
    suffix, an organisation word or an organisation's first word
    ("Verein"); every run the rule takes holds one: on every policy of the
    fixtures (all languages), prefiltered as a long text is, the rule
    proposes the same names as when it reads every run."""
    from pathlib import Path

    from pytest_privacylint import _prefilter
    from pytest_privacylint.checks import controller_identity as ci

    monkeypatch.setattr(_prefilter, "_SMALL", 0)
    root = Path(__file__).resolve().parent.parent / "fixtures"
    files = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt", ".html"))
    taken = 0
    for path in files:
        fmt = {".md": "markdown", ".txt": "text", ".html": "html"}[path.suffix]
        doc = build_document(path.read_text(encoding="utf-8", errors="replace"), fmt)
        P = ci.patterns_for(doc.language)
        act = ci._name_run(doc.text, P, ch.context(doc).starts)
        every = [p for m in P.NAME_RUN.finditer(doc.text) for p in act(m)]
        near = ci._name_runs(doc, P)
        if near is None:  # no safe lower-casing: scanned whole
            continue
        assert [p for m in near for p in act(m)] == every, path
        taken += len(every)
    assert len(files) > 300 and taken > 100
