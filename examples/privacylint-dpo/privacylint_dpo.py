"""A data protection officer is named, with a way to reach them.

What it checks
--------------
That one sentence of the policy names a data protection officer (DPO) and
gives an email address for them.

Why it matters
--------------
GDPR Art. 13(1)(b): where a DPO is designated, the policy gives their
contact details.

Passes
------
- "Our data protection officer can be reached at dpo@example.org."

Fails
-----
- "We have appointed a data protection officer." (no contact)
- A policy that never mentions a DPO.

Near-misses
-----------
- A DPO named in one sentence and an address in an unrelated one.
"""
from __future__ import annotations

import re
import sys

from pytest_privacylint import Check, Decision, hookimpl

ID = "dpo-contact"
VERSION = "1"
TITLE = "data protection officer with a contact"
ANCHOR = "GDPR Art. 13(1)(b)"
HINT = "name your data protection officer and give their email address in the same sentence"

_DPO = re.compile(r"(?i:data protection officer)|\bDPO\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def decide(doc, ctx):
    """Called once per policy file with its Document (visible text,
    sentences, positions) and the run's options; returns a Decision whose
    spans are offsets into doc.text."""
    mentions = []
    for s in doc.sentences:
        sentence = doc.text[s.start:s.end]
        dpo = _DPO.search(sentence)
        if not dpo:
            continue
        span = (s.start + dpo.start(), s.start + dpo.end())
        email = _EMAIL.search(sentence)
        if email:
            return Decision.passed("DPO named with an email address", span,
                                   (s.start + email.start(), s.start + email.end()))
        mentions.append(span)
    if mentions:
        return Decision.failed("DPO named but no contact given", *mentions[:3])
    return Decision.failed("no data protection officer named")


@hookimpl
def privacylint_checks():
    return [Check.from_module(sys.modules[__name__])]
