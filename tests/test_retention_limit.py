"""retention-limit and the shared durations vocabulary, on real-world phrasings."""
from __future__ import annotations

import pytest

from pytest_privacylint import Config, lint_text
from pytest_privacylint._patterns import compile
from pytest_privacylint._vocab import durations

ID = "retention-limit"
SILENT = "no retention period stated"
VAGUE = "retention mentioned but no limit stated"
FLOOR = "only a minimum retention period stated"
TAIL = " This privacy policy covers your personal data."


def check(text, fmt="text", mode="strict"):
    return lint_text(text + TAIL, format=fmt, config=Config(mode=mode)).check(ID)


# -- the durations vocabulary ------------------------------------------------
DURATION = compile(durations.duration_pattern("en"))


@pytest.mark.parametrize("phrase, found", [
    ("not more than twelve (12) months", "twelve (12) months"),
    ("for twenty-four (24) hours", "twenty-four (24) hours"),
    ("within 90 days", "90 days"),
    ("for 1-2 years", "1-2 years"),
    ("on a rolling 30-day basis", "30-day"),
    ("for a year", "a year"),
    ("after a few weeks", "a few weeks"),
    ("for six (6) months", "six (6) months"),
])
def test_duration_pattern_finds_periods(phrase, found):
    m = DURATION.search(phrase)
    assert m is not None and m.group() == found


@pytest.mark.parametrize("phrase", ["our 12-word recovery phrase", "in 2023", "version 3.2", "many years"])
def test_duration_pattern_ignores_non_periods(phrase):
    assert DURATION.search(phrase) is None


def test_schedule_and_bounds_vocabulary():
    assert compile(durations.schedule_pattern()).search("deleted on an annual basis")
    assert compile(durations.schedule_pattern()).search("logs are purged annually")
    assert compile(durations.upper_bound_pattern()).search("no longer than")
    assert compile(durations.floor_pattern()).search("for a minimum of")


# -- passes ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "We keep the crash logs for 90 days. In some circumstances we might retain them for longer.",
    "Sentry receives crash reports and they retain it for 30 days.",
    "If you request support, we will retain your information for no longer than six (6) months.",
    "Temporary server logs are normally deleted in less than seven days.",
    "We retain the information collected through Firebase Analytics for up to 14 months after it is collected.",
    "Email addresses are retained for 12 months after unsubscription, unless requested for immediate deletion.",
    "Any usage information will be deleted in not more than twelve (12) months after being collected.",
    "Information obtained via contact forms and online chats is deleted on an annual basis.",
    "Your username may be logged for up to 14 days to help prevent abuse.",
    "These logs are automatically deleted after one week.",
    "Payment records are retained for seven (7) years to comply with tax law.",
    "Your account data is deleted within 30 days of account closure.",
    "Inactive accounts and their data are deleted after two years of inactivity.",
    "Server logs with your IP address are rotated weekly.",
    "We anonymise your IP address after 14 days.",
    "Application documents of unsuccessful candidates are destroyed 6 months after the recruitment process ends.",
])
def test_duration_bound_to_retention_passes(text):
    res = check(text)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text", [
    "Messages are kept in memory only and disappear when the app is closed.",
    "Photos you upload are processed and not retained by our servers after analysis is complete.",
    "We will delete such additionally provided information as soon as we finish verifying you.",
    "Voice recordings are discarded once transcription is complete.",
    "Uploaded files are deleted immediately after conversion.",
    "Survey responses are deleted at the end of the study.",
])
def test_deletion_at_automatic_event_passes(text):
    assert check(text).outcome == "pass"


def test_retention_heading_makes_a_bare_period_count():
    md = "# Data retention\n\nServer logs: 30 days.\n\nBackups: 90 days.\n"
    assert check(md, fmt="markdown").outcome == "pass"


def test_one_limit_outweighs_vague_and_floor_elsewhere():
    text = ("We retain Google Analytics data as long as necessary. Subscriber data is stored for a minimum "
            "of two years. Temporary server logs are deleted in less than seven days.")
    res = check(text)
    assert res.outcome == "pass"
    assert "seven days" in res.evidence[0].quote


# -- fails: vague ------------------------------------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("We retain collected information only as long as necessary to fulfil the purposes of this Policy.", "as long as necessary"),
    ("We keep information only so long as we have a valid business purpose.", "so long as we have a valid business purpose"),
    ("We will maintain your Order Information for our records unless and until you ask us to delete it.", "unless and until you ask"),
    ("We retain your personal data until such a time as you unsubscribe.", "until such a time as you unsubscribe"),
    ("We keep tenancy records for the period required by applicable law.", "period required by applicable law"),
    ("If you contact us via email, we reserve the right to keep your message indefinitely.", "indefinitely"),
    ("We hold this information for as long as we have a legitimate business need for it.", "legitimate business need"),
    ("We retain unsuccessful applications for a reasonable period of time.", "for a reasonable period"),
])
def test_vague_retention_fails_quoting_the_phrase(text, phrase):
    res = check(text)
    assert (res.outcome, res.message) == ("fail", VAGUE)
    assert phrase in res.evidence[0].quote


@pytest.mark.parametrize("text", [
    "You have the right to ask us to erase your personal data, and we will delete it.",
    "You can delete your photos and your account at any time from the settings page.",
])
def test_deletion_on_request_is_a_mention_not_a_limit(text):
    assert (check(text).outcome, check(text).message) == ("fail", VAGUE)


# -- fails: floors -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "We will store subscriber information for a minimum of two years per root program requirements.",
    "Trial records are stored for not less than ten (10) years after the trial ends.",
    "We keep invoices for at least seven years.",
    "We store your data for 2 years or more.",
])
def test_floor_only_fails(text):
    res = check(text)
    assert (res.outcome, res.message) == ("fail", FLOOR), res.evidence


# -- fails: durations about something else ----------------------------------
@pytest.mark.parametrize("text", [
    "Our cookies expire after 13 months and are stored on your device.",
    "Session cookies are deleted when you close your browser. Persistent cookies remain for 2 years.",
    "Login sessions expire after 30 minutes of inactivity.",
    "The sign-in uses a non-identifying, short-expiry token valid for 24 hours.",
    "We will give you 30 days' notice before we change this policy.",
    "If you make a request we have one month to respond.",
    "Upon your request, we will delete your data within 30 days.",
    "Upon receiving your request, we will respond within forty-five (45) days.",
    "We have collected the following categories of personal information in the past twelve (12) months.",
    "We have not sold personal information in the preceding twelve (12) months.",
    "Children under 13 years of age may not use the service.",
    "We offer a 14-day free trial and store your email address.",
    "Founded 20 years ago, we store your data securely.",
    "We do not store any of your personal information on our servers.",
    "We will notify you within 72 hours of a data breach affecting stored data.",
])
def test_other_durations_are_not_retention(text):
    res = check(text)
    assert res.outcome == "fail"
    assert res.message in (SILENT, VAGUE)
    assert res.message != FLOOR


def test_silent_policy():
    res = check("We collect and store emails for our mailing list.")
    assert (res.outcome, res.message, res.evidence) == ("fail", SILENT, [])


def test_cookie_section_lifetime_is_not_retention():
    md = "# Cookies\n\nOur analytics cookie lasts 2 years.\n\n# Contact\n\nWrite to us.\n"
    assert check(md, fmt="markdown").message == SILENT


# -- lenient mode ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Your personal data is kept as long as your account is active.",
    "We retain your email address until you unsubscribe.",
    "We keep your information for as long as you have an account with us.",
])
def test_account_tied_retention_passes_only_in_lenient_mode(text):
    assert check(text, mode="lenient").outcome == "pass"
    assert (check(text).outcome, check(text).message) == ("fail", VAGUE)


def test_as_long_as_necessary_fails_in_lenient_mode_too():
    res = check("We retain your personal data for as long as necessary.", mode="lenient")
    assert (res.outcome, res.message) == ("fail", VAGUE)


def test_html_and_explain_candidates():
    html = "<main><h2>Data retention</h2><p>We keep the crash logs for 90 days.</p><p>" + TAIL + "</p></main>"
    res = lint_text(html, format="html", explain=True).check(ID)
    assert res.outcome == "pass"
    assert res.evidence[0].quote == "keep the crash logs for 90 days"
    assert any(e["accepted"] and e["rule"] == "duration bound to retention verb" for e in res.explain)


# -- issue 4: account/subscription lifetime in every language (lenient only) --
@pytest.mark.parametrize("lang, text", [
    ("en", "We keep your data for as long as your account exists."),
    ("en", "We retain your personal data while your subscription remains active."),
    ("en", "We store your personal data for as long as you remain a member."),
    ("de", "Wir speichern Ihre personenbezogenen Daten, solange Ihr Konto besteht."),
    ("de", "Wir speichern deine personenbezogenen Daten, solange dein Abo aktiv ist."),
    ("fr", "Nous conservons vos données personnelles tant que votre compte existe."),
    ("fr", "Nous conservons vos données tant que votre abonnement est actif."),
    ("es", "Conservamos sus datos personales mientras su cuenta exista."),
    ("es", "Conservamos tus datos mientras tu suscripción esté activa."),
    ("pt", "Guardamos os seus dados pessoais enquanto a sua conta existir."),
    ("pt", "Armazenamos seus dados enquanto sua assinatura estiver ativa."),
    ("it", "Conserviamo i tuoi dati personali finché il tuo account esiste."),
    ("it", "Conserviamo i tuoi dati finché il tuo abbonamento è attivo."),
    ("nl", "Wij bewaren je persoonsgegevens zolang je account bestaat."),
    ("nl", "Wij bewaren uw persoonsgegevens zolang uw abonnement actief is."),
])
def test_account_lifetime_phrasings_in_each_language(lang, text):
    def run(mode):
        return lint_text(text, format="text", config=Config(mode=mode, language=lang)).check(ID)
    assert run("lenient").outcome == "pass", run("lenient").message
    assert (run("strict").outcome, run("strict").message) == ("fail", VAGUE)


# -- issue 4 (holdout tuning): deletion at a definite event ------------------
@pytest.mark.parametrize("text", [
    # a technical request that completes is an automatic event
    "Location is used only to fetch the forecast and is not retained after the request is completed.",
    # data (not a session) deleted when a session ends
    "Connection timestamps are kept in memory only and discarded when your VPN session ends.",
    # kept until an event, then deleted
    "Competition entries are kept until the winner is announced and then deleted.",
    "Applications are held until the recruitment round closes, after which they are deleted.",
])
def test_event_bound_deletion_phrasings(text):
    res = check(text)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text, message", [
    # the person's request: deletion on request, not a limit
    ("If you ask us to erase your data, it is deleted after the request is completed.", VAGUE),
    # a session's own expiry is not retention
    ("Your session is deleted when you log out.", VAGUE),
    # kept until something open-ended, then deleted
    ("Entries are kept until they are no longer needed and then deleted.", VAGUE),
    ("Your data is kept until your account is closed and then deleted.", VAGUE),
    # 'immediately' about contacting us, not about deleting
    ("If your child gave us information, contact us immediately and we will do our best to promptly remove it.", VAGUE),
])
def test_event_bound_deletion_near_misses(text, message):
    res = check(text)
    assert res.outcome == "fail"
    assert res.message == message, res.message


# phrasings from policies written without reading this check
@pytest.mark.parametrize("text", [
    "Your location is not retained after the forecast is returned: the widget keeps only the name of the nearest town.",
    "The location is used only for that request and is discarded once the forecast has been returned.",
    "The card number is deleted once the payment is confirmed.",
])
def test_deletion_at_an_automatic_event_written_elsewhere(text):
    assert check(text).outcome == "pass"


def test_deletion_after_the_persons_request_is_still_not_automatic():
    res = check("Your data is not retained after your request is answered by our support team.")
    assert res.outcome == "fail"


@pytest.mark.parametrize("text", [
    "I keep session notes and contact details for seven years after our last session, and then securely destroy them.",
    "Messages are not retained after the translation has been posted; the bot keeps no message log.",
    "Tab snapshots are kept in memory only and are gone when you close the browser window.",
])
def test_appointments_postings_and_closing_the_browser(text):
    assert check(text).outcome == "pass"


@pytest.mark.parametrize("text", [
    "If you no longer wish to receive the quarterly briefing, email remove@harrowpike.co.uk.",
    "Your session token expires after seven days and is then deleted.",
    "Your preferences are stored in your browser until you clear it.",
])
def test_schedules_of_other_things_and_browser_storage_are_not_limits(text):
    assert check(text).outcome == "fail"


def test_an_anonymised_copy_shared_at_an_event_is_not_a_deletion():
    """'At the end of the study, an anonymised version of the dataset may be
    deposited': a copy is named, nothing is deleted (held-out set 5)."""
    res = check("We keep consent forms for at least 10 years. At the end of the study, an anonymised version "
                "of the dataset may be deposited in an open research repository.")
    assert res.outcome == "fail"
    assert check("At the end of the study, your recordings are anonymised.").outcome == "pass"
