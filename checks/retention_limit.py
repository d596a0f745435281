"""retention-limit (placeholder until the check lands; always fails)."""
from pytest_privacylint import Decision

ID = "retention-limit"
VERSION = "0"
TITLE = "retention-limit"
HINT = ""
ANCHOR = ""
LANGUAGES = ("en",)


def decide(doc, ctx):
    return Decision.failed("not implemented yet")
