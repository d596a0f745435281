"""child-data-stance (placeholder until the check lands; always fails)."""
from pytest_privacylint import Decision

ID = "child-data-stance"
VERSION = "0"
TITLE = "child-data-stance"
HINT = ""
ANCHOR = ""
LANGUAGES = ("en",)


def decide(doc, ctx):
    return Decision.failed("not implemented yet")
