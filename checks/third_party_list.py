"""third-party-list (placeholder until the check lands; always fails)."""
from pytest_privacylint import Decision

ID = "third-party-list"
VERSION = "0"
TITLE = "third-party-list"
HINT = ""
ANCHOR = ""
LANGUAGES = ("en",)


def decide(doc, ctx):
    return Decision.failed("not implemented yet")
