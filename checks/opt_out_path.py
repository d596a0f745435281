"""opt-out-path (placeholder until the check lands; always fails)."""
from pytest_privacylint import Decision

ID = "opt-out-path"
VERSION = "0"
TITLE = "opt-out-path"
HINT = ""
ANCHOR = ""
LANGUAGES = ("en",)


def decide(doc, ctx):
    return Decision.failed("not implemented yet")
