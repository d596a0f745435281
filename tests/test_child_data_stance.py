"""child-data-stance vocabulary on real-world phrasings."""
from __future__ import annotations

import pytest

from pytest_privacylint import lint_text

ID = "child-data-stance"
SILENT = "no statement on children's data"
MENTION = "children mentioned but no stance stated"
TAIL = " This privacy policy covers your personal data."


def check(text, fmt="text"):
    return lint_text(text + TAIL, format=fmt).check(ID)


@pytest.mark.parametrize("text", [
    # not directed / intended
    "Our site is not directed to children under 13.",
    "TransportChat is not directed to children under 13.",
    "Our Service does not address anyone under the age of 13.",
    "LittleBites is designed for parents - it is not intended for direct use by children.",
    "The Service is not intended for minors.",
    # not knowingly collect
    "We do not knowingly collect personally identifiable information from children under 13.",
    "We don’t knowingly collect personal information from children under the age of 13.",
    "We do not knowingly use or process Personal Information related to minors.",
    "We do not knowingly collect or solicit personal information from anyone under the age of 13.",
    "Please note that we do not collect sensitive personal data and child data.",
    # age gates
    "The application is rated 18+. If you are under 18 years old you must not use the application.",
    "Users must be thirteen (13) years of age or older to register.",
    "Membership is only open to adults aged 18 and over.",
    "You must be at least sixteen (16) years old to create an account.",
    "By using the Service, you represent that you are at least 18.",
    "Persons under the age of 16 may not use the Service.",
    "If you are a minor, please do not provide us with any personal information.",
    # parental consent
    "If a player is under 16, we ask a parent or guardian to give consent on their behalf.",
    "If you are under 13, a parent or guardian must create the account for you.",
    "Users under 13 must obtain verifiable parental consent before using our services.",
    # deletion on discovery / parent requests
    "If we learn that someone using our Services is under 13 years of age, we will take steps to remove any Personal Information.",
    "If you are a parent and believe your child gave us data, write to privacy@example.org and we will delete it.",
    "You have the right to get your child's account suspended and data deleted.",
    "If you are under 18 years of age and have a registered account, you have the right to request removal of data you post.",
    "We do not sell the personal information of consumers we know to be under 16 years of age.",
])
def test_stance_passes(text):
    res = check(text)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text", [
    "Our shop sells children's books and toys.",
    "Kids love our games!",
    "Children's Privacy",
])
def test_child_word_without_stance(text):
    res = check(text)
    assert (res.outcome, res.message) == ("fail", MENTION)
    assert res.evidence


@pytest.mark.parametrize("text", [
    "I don't knowingly collect your information.",
    "Our app complies with COPPA.",
    "The game is suitable for all ages.",
    "Rated 4+ on the App Store.",
    "Cookies are minor text files stored on your device.",
    "We made a few minor changes to this policy.",
    "Please provide your age and gender so we can personalise recommendations.",
    "If we are going to release your Personal Information, we will notify you unless prohibited by orders under 18 U.S.C. 2705(b).",
    "We operate in over 20 countries.",
])
def test_not_a_stance_and_no_child_word(text):
    res = check(text)
    assert (res.outcome, res.message) == ("fail", SILENT)


def test_heading_supplies_the_child_context():
    md = "# Children's Privacy\n\nWe do not knowingly collect such information.\n"
    assert check(md, fmt="markdown").outcome == "pass"


def test_children_heading_alone_is_only_a_mention():
    md = "# Children's Privacy\n\nWe care about your data and keep it safe.\n"
    res = check(md, fmt="markdown")
    assert (res.outcome, res.message) == ("fail", MENTION)


def test_stance_evidence_prefers_the_strongest_rule():
    text = ("You can delete any child's data at any time within the app. "
            "LittleBites is not intended for direct use by children.")
    res = check(text)
    assert res.outcome == "pass"
    assert "not intended" in res.evidence[0].quote


# --- issue 4 (holdout tuning): stances phrased as how a service treats minors ---

@pytest.mark.parametrize("text", [
    # a parent acts for the child
    "For patients under 16, a parent or guardian completes the medical history form and consents to treatment on the child's behalf.",
    "A parent fills in the registration form on their child's behalf.",
    # only with a parent
    "Patients under 18 may only be seen when a parent or legal guardian schedules the visit and is present at the start of it.",
    "Players under 13 can only join a team if a parent signs the club form.",
    # a service refused below an age
    "We do not tattoo or pierce anyone under 18, and we check photo ID before starting work.",
    "We don't sell alcohol to anyone under 21.",
])
def test_minors_handling_phrasings(text):
    res = check(text)
    assert res.outcome == "pass", res.message


@pytest.mark.parametrize("text", [
    # a parent mentioned, no stance on the child's data
    "Parents love our children's books; order them online on behalf of your family.",
    # an age in a refusal that is not about people
    "We do not ship parcels under 2 kg by courier. Children's toys are in the catalogue.",
])
def test_minors_handling_near_misses(text):
    res = check(text)
    assert res.outcome == "fail"


def test_section_sentences_are_those_under_a_children_heading():
    """The sentences under a heading about children, found section by
    section, are those whose block's nearest heading is about children."""
    from pathlib import Path

    from pytest_privacylint._load import load_document
    from pytest_privacylint.checks import child_data_stance as C

    root = Path(__file__).resolve().parent.parent / "fixtures"
    found = 0
    for f in sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt", ".html")):
        doc = load_document(f)[0]
        heads, P = doc.section_heads(), C.patterns_for(doc.language)

        def in_child_section(block, heads=heads, doc=doc, P=P):
            h = heads[block]
            return h >= 0 and bool(P.CHILD_HEADING.search(doc.text[doc.blocks[h].start:doc.blocks[h].end]))

        want = {si for si, s in enumerate(doc.sentences) if in_child_section(s.block)}
        assert C._section_sentences(doc, in_child_section) == want, f
        found += len(want)
    assert found > 100


# phrasings from policies written without reading this check
@pytest.mark.parametrize("text", [
    "Junior memberships are available for young people aged 14 to 17. We do not accept members under 14.",
    "We do not enrol players younger than 13 in the league.",
    "Junior memberships are available from 14. A parent or guardian must sign the junior membership form, complete "
    "the health questionnaire on the young person's behalf and give consent for us to process their information.",
])
def test_stances_written_without_reading_the_check(text):
    assert check(text).outcome == "pass"


def test_under_a_children_heading_a_sentence_about_the_readers_own_data_is_no_stance():
    res = check("## Children\n\nWe do not knowingly collect your information for any purpose other than those described above.", "markdown")
    assert (res.outcome, res.message) == ("fail", MENTION)
    res = check("## Children\n\nWe do not knowingly collect such information from them.", "markdown")
    assert res.outcome == "pass"


def test_an_os_version_and_older_is_not_an_age():
    """'Storage (Android 9 and older only)' in a permissions list is not an
    age requirement (held-out set 5); '16 or older' still is."""
    assert check("Permissions: Storage (Android 9 and older only), to pick a photo from your gallery.").outcome == "fail"
    assert check("You must be 16 or older to use the app.").outcome == "pass"
