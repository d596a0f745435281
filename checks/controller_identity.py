"""controller-identity (placeholder until the check lands; always fails)."""
from pytest_privacylint import Decision

ID = "controller-identity"
VERSION = "0"
TITLE = "controller-identity"
HINT = ""
ANCHOR = ""
LANGUAGES = ("en",)


def decide(doc, ctx):
    return Decision.failed("not implemented yet")
