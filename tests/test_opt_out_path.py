"""opt-out-path: opt-out mentions and the concrete paths, on real-world phrasings."""
from __future__ import annotations

import pytest

from pytest_privacylint import lint_text

CID = "opt-out-path"


def run(text: str, fmt: str = "text"):
    return lint_text("Privacy Policy\n\n" + text, fmt).check(CID)


@pytest.mark.parametrize("text", [
    # unsubscribe link in emails
    "You may unsubscribe from these emails at any time by clicking on the unsubscribe link included at the bottom of each email.",
    "You can unsubscribe at any time using the link provided in our emails.",
    "Every newsletter contains a quick and easy unsubscribe link in its footer.",
    "We will ensure all communications using these emails contain an easy unsubscribe option.",
    "You may opt out of marketing emails by following the instructions in those emails.",
    # email, phone, postal
    "You can opt-out of marketing communications at any time by contacting us directly at privacy@isrg.org.",
    "If you do not want to receive marketing calls, call us free on 0800 917 4432.",
    "To opt out of catalogue mailings, write to Westerly Seeds, PO Box 2215, Norwich NR1 3QP.",
    # URLs and links
    "You can opt out of interest-based advertising at https://optout.networkadvertising.org.",
    "You have the right to opt out of the sale of your data. To exercise this right, visit https://www.palisadehome.com/do-not-sell-or-share.",
    # named controls and settings
    "You can opt-out of Google Analytics by installing the Google Analytics Opt-out Browser Add-on.",
    "You can disable automatic crash reports in the app's settings.",
    'To opt out of personalised adverts, turn off "Personalised ads" under Account > Privacy choices.',
    'Certain versions of our App have an "opt out of Tracking" setting.',
    'You can withdraw your consent at any time by tapping "Stop sharing" on the Care Team screen of the app.',
    "You can unsubscribe or choose fewer emails in our email preference centre.",
    "You can opt out of interest-based advertising on your mobile device by enabling 'Limit Ad Tracking' in your iOS settings.",
    "If you no longer wish to receive our emails, reply STOP to any message.",
    "You can opt out by visiting the Digital Advertising Alliance's opt-out portal at:\nhttp://optout.aboutads.info/",
])
def test_concrete_path_passes(text):
    res = run(text)
    assert res.outcome == "pass", res.message


def test_link_path_in_html():
    html = ('<main><h1>Privacy Policy</h1><p>We use analytics on this website to measure visits.</p>'
            '<p>You can opt out of this tracking at any time on our <a href="https://x.io/privacy/opt-out">'
            'tracking preferences page</a>.</p></main>')
    res = lint_text(html, "html").check(CID)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text", [
    "Our processing is based on your consent, which you can withdraw at any time by contacting us.\nContact: cal@calpaterson.com",
    "If you would prefer not to receive invitations, contact us to opt out.\nHollowell Events Ltd, privacy@hollowell.co.uk",
])
def test_contact_us_counts_with_a_channel(text):
    assert run(text).outcome == "pass"


def test_rights_list_with_exercise_channel_passes():
    text = ("You have the following rights:\nRight to object: the right to object to our use of your data.\n"
            "Requests in relation to the above rights should be sent to: privacy@myetherwallet.com")
    assert run(text).outcome == "pass"


@pytest.mark.parametrize("text", [
    "You may opt out at any time.",
    "You can unsubscribe at any time.",
    "You can withdraw your consent at any time.",
    # browser / device settings
    "You can instruct your browser to refuse all cookies or to indicate when a cookie is being sent.",
    "You can choose to disable analytics tracking within our app by changing your device settings.",
    "You can refuse these cookies by adjusting your device settings.",
    'Some browsers offer a "Do Not Track" setting. We do not currently respond to Do Not Track signals.',
    'You can block cookies through the "Privacy" tab of your browser settings.',
    "You can opt out by adjusting your notification preferences on your phone.",
    # deleting or not using
    "If you want to opt out of data collection, you can uninstall the app.",
    'To stop us processing your data, delete your account with the "Delete account" button under Settings > Account.',
    "Opt-out of data contributions by not submitting information.",
    # contact us with no channel anywhere
    "To opt out of newsletters, please contact us.",
    "If you object to receiving offers, just let our customer service team know.",
    # rights lists with no way to exercise them
    "Under the GDPR you have the right of access, the right to erasure and the right to object.",
    "California residents have the right to opt out of the sale of personal information, as described in the "
    "California Consumer Privacy Act.",
])
def test_mention_without_path(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "opt-out mentioned but no path given")


def test_law_link_is_not_a_path():
    md = "California residents have the right to opt out of the sale of data under the [CCPA](https://oag.ca.gov/privacy/ccpa)."
    res = run(md, "markdown")
    assert (res.outcome, res.message) == ("fail", "opt-out mentioned but no path given")


def test_channel_only_in_chrome_does_not_resolve_contact_us():
    html = ("<html><body><main><h1>Privacy Policy</h1><p>We share photos of our shows on social media with "
            "parents' consent.</p><p>To withdraw consent for photos, get in touch with us.</p></main>"
            "<footer>office@hawthorndance.co.uk</footer></body></html>")
    res = lint_text(html, "html").check(CID)
    assert (res.outcome, res.message) == ("fail", "opt-out mentioned but no path given")


@pytest.mark.parametrize("text", [
    "We collect your name and phone number when you book a tour. We use it to contact you if a tour is cancelled.",
    "Members who opt in by ticking the box receive race news. Your personal data is kept safe.",
    "To withdraw funds from your wallet, visit https://wallet.example.org/withdraw. We keep your personal data safe.",
])
def test_silent(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "no opt-out offered")


def test_failure_quotes_the_mention():
    res = run("We send a weekly newsletter. You can unsubscribe from these emails whenever you like.")
    assert res.outcome == "fail"
    assert res.evidence and "unsubscribe" in res.evidence[0].quote


def test_pass_evidence_quotes_mention_and_path():
    res = run("You can unsubscribe by emailing members@swallowtailbooks.org.")
    assert res.outcome == "pass"
    assert any("members@swallowtailbooks.org" in e.quote for e in res.evidence)


# --- issue 4 (holdout tuning): opt-out phrasings linked to their path --------

@pytest.mark.parametrize("text", [
    # switching off what the sentence before described, with the named control
    'The game sends anonymous play statistics. You can switch this off at any time with the "Share usage data" toggle in the Options menu.',
    'Personalised ads: you can switch these off at any time with the "Personalised ads" toggle in Settings > Privacy.',
    # turning off a quoted setting
    'You can change your mind whenever you like by turning off "Offers and news" in Settings > Notifications in the app.',
    # a heading "Turning it off" and a developer control on the next line
    "## Turning it off\n\nSet the environment variable `QUICKFMT_NO_TELEMETRY=1`, or add `telemetry = false` to your `quickfmt.toml`.",
    # removal from a mailing list by post or phone
    "If you would like to be removed from our mailing list, please write to us at 12 Elm Street, Eugene, OR 97401, or call 1-800-555-0127.",
    # a menu path whose first step has a lower-case word
    "We send an optional monthly digest. You can unsubscribe in your User Control Panel under Board preferences > Email digest.",
])
def test_optout_phrasings_with_their_path(text):
    res = run(text)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text,message", [
    # contacting somebody else is not a path the policy gives
    ("Parents may opt out of optional features, such as the class photo wall, by contacting their child's school. "
     "Questions: privacy@classnote.app.", "opt-out mentioned but no path given"),
    # switching it off with no control named
    ("The app collects usage statistics. You can switch this off at any time.", "opt-out mentioned but no path given"),
    # removal from a list, with no channel
    ("If you would like to be removed from our mailing list, let us know.", "opt-out mentioned but no path given"),
    # an environment variable that is not about opting out
    ("Set the environment variable `APP_HOME` to choose where files are stored.", "no opt-out offered"),
])
def test_optout_phrasings_near_misses(text, message):
    res = run(text)
    assert res.outcome == "fail"
    assert res.message == message


# Phrasings from policies written by someone who had not read this check
# (SMS replies, toggles switched off, study withdrawal, GPC, developer flags).
@pytest.mark.parametrize("fmt,text", [
    ("text", "Stopping messages\n\nReply STOP to any Hushnote text to stop all messages straight away."),
    ("markdown", "You can turn personalised advertising off at any time in the Game under **Settings > Privacy > Personalised Ads**."),
    ("markdown", "**Analytics.** Switch off **Settings > Privacy > Share Gameplay Data** to stop gameplay events being sent to Mixpanel."),
    ("markdown", 'Usage data collection can be switched off in **Parent Settings → Privacy → "Share usage data"** (behind the parental gate).'),
    ("markdown", "## Your rights and withdrawing from the study\n\nYou can withdraw from the study at any time, without giving a reason.\n\n"
                 "- **During a session**: just tell the researcher you want to stop.\n"
                 "- **After your sessions**: use the withdrawal form at https://lab.example-uni.ac.uk/withdraw with your participant code."),
    ("markdown", "## Global Privacy Control\n\nWe honour the Global Privacy Control (GPC) signal. If your browser sends a GPC signal, "
                 "the docs site treats it as a request to opt out of analytics: the Plausible script is not loaded."),
    ("markdown", "## Opting out\n\nIf you would rather the tool made no network requests at all, you can opt out of both features:\n\n"
                 "```\ntallyho config set network.update_check false\n```\n\n"
                 "or by setting the environment variable `TALLYHO_OFFLINE=1`, which disables every network request."),
    ("markdown", "To opt out, pass `--no-telemetry` or set `LUMEN_TELEMETRY=off` in the runner's environment."),
])
def test_paths_written_without_reading_the_check(fmt, text):
    res = run(text, fmt)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text", [
    "We do not respond to Global Privacy Control (GPC) signals, so you cannot use them to opt out of analytics.",
    "You can withdraw from the study at any time.",
    "To stop all messages, tell us.",
    "You can turn personalised advertising off at any time.",
])
def test_near_misses_of_those_phrasings(text):
    res = run(text)
    assert (res.outcome, res.message) == ("fail", "opt-out mentioned but no path given")


@pytest.mark.parametrize("fmt,text", [
    ("markdown", "## Turning it off\n\nTelemetry is asked about once, on first run. To switch it off later, do any one of these:\n\n"
                 "```sh\ngitquill config set telemetry off\n# or, per shell / in CI:\nexport GITQUILL_TELEMETRY=0\n```\n"),
])
def test_a_comment_line_in_a_code_fence_does_not_end_the_instructions(fmt, text):
    res = run(text, fmt)
    assert res.outcome == "pass" and res.evidence[1].quote == "GITQUILL_TELEMETRY=0"


@pytest.mark.parametrize("text", [
    "Datenschutzerklärung\n\nAbsturzberichte\n\nSie können das Senden jederzeit abschalten: In der App unter\n"
    "Einstellungen > Datenschutz > \"Absturzberichte senden\".\n\nWir speichern Ihre Daten.",
    "Política de privacidad\n\n6. Cómo darte de baja\n\nAl pie de cada boletín hay un enlace «Darme de baja». Con un solo clic\n"
    "dejas de recibirlo. Tratamos tus datos personales para enviarte el boletín.",
])
def test_german_and_spanish_paths(text):
    assert lint_text(text, "text").check(CID).outcome == "pass"


# --- ways out without the words "opt out" (held-out set 5) ---------------------

@pytest.mark.parametrize("text", [
    'We send a product-news email once a month. You can stop them at any time with the "Product news" toggle under Settings > Notifications.',
    "If you'd rather not hear about upcoming sessions, untick \"Keep me posted\" on your member profile page.",
    "To come off the mailing list, ring the shop on 01632 960418 during opening hours and we will take you off it.",
    "If you would rather not get the seed-swap newsletter, let the Secretary know by post.\n\n"
    "Contact: The Secretary, Riverbend Allotment Society, 14 Mill Lane, Marlow SL7 1QE.",
])
def test_a_way_out_phrased_without_opt_out_words_passes(text):
    res = run(text)
    assert res.outcome == "pass", (res.message, res.evidence)


def test_a_regulators_site_is_not_a_way_to_opt_out():
    res = run("Puoi opporti al trattamento. Puoi anche proporre reclamo al Garante: www.garanteprivacy.it.")
    assert res.outcome == "fail"
