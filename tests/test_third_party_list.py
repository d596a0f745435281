"""third-party-list: the recipients gazetteer and the role rules, on
real-world phrasings, and a guard that the gazetteer does not fire on
non-recipients in the seeds and the English dev corpus."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import regex

from pytest_privacylint import CheckContext, lint_text
from pytest_privacylint._config import default_config
from pytest_privacylint._load import build_document, load_document
from pytest_privacylint._vocab.recipients import COMMON_WORD_NAMES, NON_RECIPIENTS, RECIPIENTS
from pytest_privacylint.checks import third_party_list as tp

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"

NONE = "no recipients of personal data disclosed"
CATS = "only categories of recipients, no named third party"
EMPTY = "announced list is empty"
LINK = "recipients only behind a link, none named"


def run(text: str, fmt: str = "text", mode: str = "strict"):
    cfg = dataclasses.replace(default_config(), mode=mode)
    return lint_text("Privacy Policy\n\n" + text, fmt, cfg).check(tp.ID)


PASSES = [
    "We may use third party services such as Google Analytics that collect, monitor and analyze this type of information.",
    'The app uses "Bugsnag" for automatic crash reports.',
    "BSidesSF provides the following information to Mailchimp in order to send non-transactional emails.",
    "Coffee Wallet uses Google AdMob service to display advertisements.",
    "Sentry collects data about users who experience a crash.",
    "We display advertisements served by Monetag (Teknology SRL).",
    "The site is hosted on GitHub Pages.",
    "Donations are processed by our trusted payment partners including DonorBox, The Giving Block and PayPal.",
    "Meal photos you submit are sent securely to Anthropic's Claude AI service for analysis.",
    "Account logins are processed using ScratchID.",
    "Our mailing list is managed via Brevo (formerly Sendinblue).",
    "We expose the crash data to Firebase, even though it is anonymous.",
    "The mailing list is currently being managed by a third party, Mailchimp.",
    "We use the Mailchimp marketing automation platform, provided by The Rocket Science Group LLC, to send marketing emails.",
    "Our servers are hosted by OVH in France.",
    "We store collected information in ZohoCRM, our customer relationship management database.",
    "Payments are handled by Square when you buy a ticket at the door.",
    "You can sign in with your Apple ID using Sign in with Apple.",
    "Our website is served through Cloudflare, which processes your IP address.",
    "Web fonts are loaded from Google Fonts, so Google receives your IP address.",
    # organisations not in the gazetteer, in a receiving role
    "Our newsletter is delivered by Quillmail Inc., which receives your email address.",
    "The site is hosted by Brightwater Hosting GmbH in Germany.",
    "Payments are processed by Kestrel Pay, which receives your card details.",
]


@pytest.mark.parametrize("text", PASSES)
def test_named_recipient_passes(text):
    res = run(text)
    assert res.outcome == "pass", (text, res.message)


FAILS = [
    # categories only
    ("We share your information with service providers and advertisers.", CATS),
    ("We may share limited technical data with service providers that assist in operating our infrastructure.", CATS),
    ("Analytics companies use device IDs to track information about app usage.", CATS),
    # silent or nothing shared
    ("We do not collect any personal data.", NONE),
    ("This server is hosted on my own infrastructure and does not rely on any externally hosted assets.", NONE),
    # non-recipients: browsers, opt-out bodies, engines, generators, profile links
    ("To manage cookies, see the help pages of Internet Explorer, Google Chrome, Mozilla Firefox or Safari.", NONE),
    ("To opt out of cookie tracking by NAI members, visit the Network Advertising Initiative or YourOnlineChoices.", NONE),
    ("This game was made with Unity.", NONE),
    ("iPhone and App Store are trademarks of Apple Inc., registered in the U.S. and other countries.", NONE),
    ("This privacy policy was created by Termly's Privacy Policy Generator.", NONE),
    ("Follow us on Twitter and Facebook for news.", NONE),
    ("Get it on Google Play or download on the App Store.", NONE),
    ("Please report issues in our GitHub repository.", NONE),
    ("This website runs on the Ghost publishing platform with the Casper theme, installed on our own server.", NONE),
    ("We do not use Google Analytics or any other tracking service.", NONE),
    # the controller itself and its parent
    ("Larkspur Studio Ltd processes your account details. Larkspur Studio Ltd is a subsidiary of Larkspur Group plc.", NONE),
    # near-misses with their own messages
    ("Below is a list of the Third Party Partners, along with information related to their use of the Cookies:\n\nHow to manage cookies", EMPTY),
    ("We may share information in specific situations described in this section and/or with the following third parties.\n\nBusiness Transfers", EMPTY),
    ("A current list of our sub-processors is available at https://www.acme.test/legal/subprocessors.", LINK),
]


@pytest.mark.parametrize("text,message", FAILS)
def test_non_recipients_fail_with_message(text, message):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", message), text


def test_lenient_mode_accepts_categories_only():
    text = "We share your information with service providers and advertisers."
    assert run(text, mode="strict").outcome == "fail"
    assert run(text, mode="lenient").outcome == "pass"


def test_lenient_mode_still_fails_silence_and_empty_list():
    assert run("We do not collect any personal data.", mode="lenient").outcome == "fail"
    res = run("We may share your data with the following third parties:", mode="lenient")
    assert (res.outcome, res.message) == ("fail", EMPTY)


def test_empty_html_list_and_link_anchor():
    html = (
        "<article><h1>Privacy Policy</h1><p>This privacy policy explains how we handle your personal data.</p><p>We share your order data and your delivery address with the companies listed below:</p><ul></ul>"
        "<h2>Your rights</h2><p>You can ask us for a copy of the information we hold about you at any time.</p></article>"
    )
    assert run(html, "html").message == EMPTY
    html = (
        "<article><h1>Privacy Policy</h1><p>This privacy policy explains how we handle your personal data.</p><p>We use your booking details and your contact information to arrange your trip and to send you the travel documents.</p>"
        '<p>The recipients are shown on a separate page: see the <a href="/partners">list of companies we share data with</a>.</p></article>'
    )
    assert run(html, "html").message == LINK


def test_name_inside_a_url_is_not_a_hit():
    res = run("We do not share your data. You can read more about our partners at https://policies.google.com/privacy and https://www.mailchimp.com/legal.")
    assert res.outcome == "fail"


def test_evidence_quotes_the_recipient():
    res = run("Crash reports are sent to Sentry. Nothing else leaves the device.")
    assert res.outcome == "pass"
    assert res.evidence and res.evidence[0].quote == "Sentry"


# -- the vocabulary itself ----------------------------------------------------


def test_gazetteer_is_broad_and_well_formed():
    names = [n for n, _, _ in RECIPIENTS]
    assert len(names) >= 300
    assert len(set(names)) == len(names), "duplicate gazetteer entries"
    for name, category, aliases in RECIPIENTS:
        assert name.strip() == name and category and isinstance(aliases, tuple), name
    every = set(names) | {a for _, _, al in RECIPIENTS for a in al}
    for word in ("Google Analytics", "Stripe", "Mailchimp", "Sentry", "Firebase", "Cloudflare", "Amazon Web Services", "OVH"):
        assert word in every


def test_common_words_and_non_recipients_are_known():
    every = {n for n, _, _ in RECIPIENTS} | {a for _, _, al in RECIPIENTS for a in al}
    assert COMMON_WORD_NAMES <= every, sorted(COMMON_WORD_NAMES - every)
    non = {n for n, _ in NON_RECIPIENTS}
    for word in ("Google Chrome", "Firefox", "Safari", "Internet Explorer", "NAI", "DAA", "YourOnlineChoices", "Unity", "Termly"):
        assert word in non


# -- the gazetteer should not fire on non-recipients ------------------------------

# A vendor's name used for something other than receiving data (a link
# target, a profile or repository, a trademark, the site's software,
# generator or platform, a negated use, a postal address) is not a gazetteer
# hit: the check reports it as "not a recipient: <reason>". Every gazetteer
# hit left on the seeds and the English dev corpus must then be a recipient.
NON_RECIPIENT_REASONS = (
    "browser", "operating system", "opt-out body", "regulator", "game engine", "policy generator",
    "template vendor", "site software", "link target / store listing", "trademark or copyright notice",
    "site software, generator or platform", "profile, page or repository (link target)",
    "negated: not used or shared", "part of a postal address",
)


def _corpus_paths():
    paths = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    if DEV.is_dir():
        labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))["policies"]
        paths += [DEV / "policies" / f for f in sorted(labels) if labels[f].get("language") == "en"]
    return paths


def test_no_gazetteer_hit_on_a_non_recipient():
    if not DEV.is_dir():
        pytest.skip("shared dev corpus absent")
    rejected, reasons = [], set()
    for path in _corpus_paths():
        doc, _ = load_document(str(path))
        for cand, canonical, _category in tp.analyse(doc, CheckContext()):
            if canonical and not cand.accepted:
                rejected.append((path.name, doc.text[cand.start:cand.end], cand.rule))
            if cand.rule.startswith("not a recipient: "):
                reasons.add(cand.rule[len("not a recipient: "):])
    assert rejected == []
    assert reasons <= set(tp_non_reasons()), sorted(reasons - set(tp_non_reasons()))


def tp_non_reasons():
    from pytest_privacylint._vocab.recipients import NON_RECIPIENTS as NR

    return set(NON_RECIPIENT_REASONS) | {cat for _, cat in NR}


@pytest.mark.parametrize("text, reason", [
    ("Other optional information (LinkedIn profile, website) may be added to your speaker entry.", "profile, page or repository (link target)"),
    ("Report a bug through our GitHub repository.", "profile, page or repository (link target)"),
    ("The old version will still be accessible via Github for offline use.", "link target / store listing"),
    ("This website links to third-party websites (Amazon, official team sites).", "link target / store listing"),
    ("This website was built with a Squarespace template.", "site software, generator or platform"),
    ("We do not use Google Analytics or any other tracking service.", "negated: not used or shared"),
    ("Write to us at P.O. Box 442, Eugene, OR 97401.", "part of a postal address"),
])
def test_vendor_named_not_as_a_receiver(text, reason):
    doc = build_document("Privacy Policy\n\n" + text, "text")
    rules = [c.rule for c, canonical, _ in tp.analyse(doc, CheckContext())]
    assert "not a recipient: " + reason in rules, rules
    assert tp.decide(doc, CheckContext()).outcome == "fail"


@pytest.mark.parametrize("text", [
    # a host the service runs on (infrastructure), not the site's software
    "ClassNote runs on Amazon Web Services in the us-east-1 region.",
    "This blog is built with Hugo and hosted on Netlify, which logs the IP addresses of visitors.",
    # a recipient named first in a receiving role, then as the subject
    "Finished photographs are delivered through an online gallery hosted by Pixieset. Pixieset stores the images and the email addresses of viewers.",
    # a named system holding the data, introduced with what it is
    "Parish registration and giving records are managed in Planning Center, an online church management service.",
])
def test_hosts_and_systems_named_as_receivers(text):
    doc = build_document("Privacy Policy\n\n" + text, "text")
    d = tp.decide(doc, CheckContext())
    assert d.outcome == "pass", d.message


def test_seed_expectations():
    expected = json.loads((ROOT / "fixtures" / "seeds" / "expected.json").read_text(encoding="utf-8"))
    messages = {"004_ecca0b68b7b9c7fe.txt": EMPTY, "000_9bd793a3ee2c9d4e.txt": CATS, "001_e1a1bc08d96c880a.txt": CATS}
    for name, outcomes in expected.items():
        doc, _ = load_document(str(ROOT / "fixtures" / "seeds" / name))
        d = tp.decide(doc, CheckContext())
        assert d.outcome == outcomes[tp.ID], name
        if name in messages:
            assert d.message == messages[name], name


# -- the name index finds what its documented pattern finds ------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SOME_NAMES = ["Google", "Google Analytics", "Amazon.com", "Amazon", "Box", "Square", "Go", "A2 Hosting", "Stripe", "X"]
_GLUE = [" ", "", ".", "@", "/", "-", "s", "é", "_", "\n", ". ", "1", "(", ")"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOME_NAMES + _GLUE), max_size=40))
def test_name_index_finds_what_its_pattern_finds(parts):
    """``_NameIndex.finditer`` (one Aho-Corasick pass) gives the spans of the
    pattern its docstring names: names longest first, not inside a word or
    after @/.-, ending at a name boundary, without overlaps."""
    text = "".join(parts)
    index = tp._NameIndex(_SOME_NAMES)
    alternation = "|".join(regex.escape(n) for n in sorted(_SOME_NAMES, key=len, reverse=True))
    pattern = regex.compile(r"(?<![\w@/.-])(?:" + alternation + r")(?![\w@-]|\.[A-Za-z0-9])", regex.VERSION0)
    assert [(s, e) for s, e, _ in index.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_names_from_the_needle_index_are_the_automatons(monkeypatch):
    """A document with a needle index reads the gazetteer's names from it
    (lower-cased offsets, exact case checked); the same names, at the same
    places, as the name automaton's own pass over the text."""
    from pathlib import Path

    from pytest_privacylint import _prefilter
    from pytest_privacylint._load import load_document
    from pytest_privacylint.checks import third_party_list as T

    monkeypatch.setattr(_prefilter, "_SMALL", 0)  # every fixture gets a needle index
    root = Path(__file__).resolve().parent.parent / "fixtures"
    indexed = 0
    for f in sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt", ".html")):
        doc = load_document(f)[0]
        if _prefilter.occurrences(doc, ()) is None:
            continue
        indexed += 1
        assert list(T._NAMES.finditer(doc.text, doc)) == list(T._NAMES.finditer(doc.text)), f
    assert indexed > 20


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZQ0. ,-&'/(\né", max_size=40), st.integers(0, 40), st.sampled_from([0, 1, 2, 5, 7]))
def test_a_name_reaches_back_as_far_as_a_walk_over_its_characters(text, end, max_spaces):
    """``_name_reach`` (a backward match) stops where a walk back over name
    characters would: at a character that is none, or before the space
    past ``max_spaces``; the capitals after it are where a name may begin."""
    from pytest_privacylint.checks import third_party_list as T

    end = min(end, len(text))
    i, spaces = end, 0
    while i > 0 and text[i - 1] in T._ORG_X_CHARS:
        if text[i - 1] == " ":
            if spaces == max_spaces:
                break
            spaces += 1
        i -= 1
    assert T._name_reach(text, end, max_spaces) == i
    assert T._name_starts_before(text, end, max_spaces) == [j for j in range(i, end) if "A" <= text[j] <= "Z"]


def test_legal_entities_are_the_patterns_matches():
    """``_legal_entities`` tries the legal-entity pattern only before the
    words that can begin a legal suffix (found by a fast scan, then
    confirmed); it finds what the pattern's own scan finds, on every fixture
    and on names that run into suffix-like words."""
    from pathlib import Path

    from pytest_privacylint.checks import third_party_list as T

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.rglob("*")) if p.suffix in (".md", ".txt", ".html")]
    texts.append("Acme Inc. and BigCo Ltd, XInc Ltd; Foo A/S, Bar S.A., Baz B.V., ÉtéCorp Inc, Łódź Sp Ltd, Über GmbH and Acme_Corp Inc "
                 "(Acme Limited) Limitedly Incorporated Co. Pty Ltd Pvt. Ltd. plc PLC Oy AB AG")
    found = 0
    for text in texts:
        want = [m.span() for m in T._ORG_LEGAL.finditer(text)]
        assert [m.span() for m in T._legal_entities(text)] == want
        found += len(want)
    assert found > 50


# phrasings from policies written without reading this check
def test_a_sole_trader_trading_as_the_business_is_the_controller_not_a_recipient():
    res = run("Saltmarsh Surf School is run by Tamsin Hale, trading as Saltmarsh Surf School, from the beach hut at "
              "Polzeath. Bookings are taken through our online booking platform and paid through our payment provider.")
    assert res.outcome == "fail" and "Tamsin Hale" not in [e.quote for e in res.evidence]


def test_the_app_store_in_lower_case_is_a_category_the_app_store_a_name():
    lower = run("We receive subscription information from the app store you bought through; it is processed by the app store.")
    assert lower.outcome == "fail"
    named = run("Subscriptions are processed by the App Store, which shares a receipt with us.")
    assert named.outcome == "pass" and named.evidence[0].quote == "App Store"


@pytest.mark.parametrize("text", [
    "I count page views with a script served from this server. There is no Google Analytics, no ads and no social media buttons on this site.",
    "Data is stored on University-managed, encrypted network storage. Only the research team can access identifiable data.",
])
def test_a_vendor_said_to_be_absent_and_a_compound_adjective_are_no_recipients(text):
    assert run(text).outcome == "fail"


def test_typographic_apostrophe_and_weder_noch_negate_a_vendor():
    assert run("The site runs on WordPress. I don’t use Google Analytics, Facebook pixels or any other tracking scripts.").outcome == "fail"
    res = lint_text("Datenschutzerklärung\n\nWir verarbeiten personenbezogene Daten in der App. Es werden weder Google Analytics "
                    "noch Firebase oder andere Analyse- und Werbedienste eingesetzt.", "text").check(tp.ID)
    assert res.outcome == "fail"


def test_the_tail_of_the_controllers_name_is_not_a_recipient():
    res = lint_text("Politique de confidentialité\n\nLe responsable du traitement est la société Fromagerie du Coin SARL, "
                    "dont le siège est situé 12 rue des Halles, 69002 Lyon. Nous partageons vos données personnelles "
                    "avec nos prestataires.", "text").check(tp.ID)
    assert res.outcome == "fail" and "Coin SARL" not in res.message


def test_no_connection_to_a_named_companys_servers_is_not_a_recipient():
    res = run("Fonts are hosted locally: no connection is made to Google's servers when you load a page.")
    assert res.outcome == "fail"
    de = lint_text("Datenschutz\n\nWir verarbeiten Ihre personenbezogenen Daten. Die Schriftarten sind lokal eingebunden. "
                   "Beim Aufruf der Seiten wird keine Verbindung zu Servern von Google hergestellt.", "text").check(tp.ID)
    assert de.outcome == "fail"
