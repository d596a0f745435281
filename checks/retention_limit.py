"""retention-limit: the policy bounds how long personal data is kept.

What it checks
    That at least one category of personal data (kept by the controller or a
    named processor) has a stated limit: a duration or schedule bound to a
    retention or deletion verb ("server logs are deleted after 30 days",
    "not more than twelve (12) months", "deleted on an annual basis"), or an
    automatic event after which the data is deleted ("deleted once the
    analysis is complete", "kept in memory only and gone when the app is
    closed"). Durations about something else are set aside: cookie, token
    and session lifetimes, notice periods, response times, reporting windows
    ("in the past 12 months") and ages. A floor ("at least seven years") is
    not a limit. In lenient mode retention tied to the account or
    subscription ("as long as your account is active", "until you
    unsubscribe") also passes; "as long as necessary" fails in both modes.
    Languages: English, German, French, Spanish, Portuguese, Italian and
    Dutch; the other languages' vocabulary (number words, units, bounds,
    retention verbs, vague and account-tied phrases) is in
    pytest_privacylint/_vocab/retention.py and _vocab/durations.py. The
    language is detected per document (or set with `language`); a policy in
    another language is skipped with the reason.

Why it matters
    GDPR Art. 13(2)(a) requires the period for which personal data will be
    stored, or the criteria used to determine it; CCPA 1798.100(a)(3)
    requires the retention period for each category of personal information.

Passes
    - "Server logs containing your personal data are deleted after 30 days."
    - "We keep your personal information for no longer than twelve (12) months."
    - "Personal data obtained via contact forms is deleted on an annual basis."
    - "Photos you upload are not retained by our servers after the analysis is complete; we keep no other personal data."
    - "Messages are kept in memory only and disappear when the app is closed. This is our privacy policy."
    - "Email addresses are retained for 12 months after unsubscription, then your data is erased."

Fails
    - "We use your email address to send you our newsletter. This is our privacy policy."
    - "We retain your personal information for as long as necessary to provide our services."
    - "We keep records of your personal data for at least seven years."

Near-misses
    - "We keep your information only so long as we have a valid business purpose." -> retention mentioned but no limit stated
    - "We retain your personal data until you ask us to delete it." -> retention mentioned but no limit stated
    - "Your personal data is kept as long as your account is active." -> retention mentioned but no limit stated
    - "Our cookies expire after 13 months." -> no retention period stated
    - "We will respond to your privacy request within 45 days." -> no retention period stated
    - "We have collected the following categories of personal information in the past twelve (12) months: identifiers." -> no retention period stated
    - "Login sessions expire after 30 minutes of inactivity. This is our privacy policy." -> no retention period stated
    - "We will give you 30 days' notice before we change this privacy policy." -> no retention period stated
    - "We do not store any of your personal information." -> no retention period stated
    - "Your personal data is stored for a minimum of two years." -> only a minimum retention period stated
"""
from __future__ import annotations

from types import SimpleNamespace

from pytest_privacylint import Decision
from pytest_privacylint._patterns import compile_linear as compile, vocabulary, words
from pytest_privacylint._prefilter import finditer_in, search_in, sentence_mask
from pytest_privacylint._results import Candidate
from pytest_privacylint._vocab import durations as D
from pytest_privacylint._vocab import retention as RV

ID = "retention-limit"
VERSION = "1"
TITLE = "Retention period stated"
ANCHOR = "GDPR Art. 13(2)(a); CCPA 1798.100(a)(3)"
HINT = (
    'state how long data is kept ("server logs are deleted after 30 days") or an automatic '
    'event after which it is deleted ("deleted once the order has shipped"); GDPR Art. 13(2)(a)'
)
MSG_SILENT = "no retention period stated"
MSG_VAGUE = "retention mentioned but no limit stated"
MSG_FLOOR = "only a minimum retention period stated"

# ---------------------------------------------------------------- vocabulary
# verbs (and nouns) that say data is kept
KEEP_WORDS = (
    "retain", "retains", "retained", "retaining", "retention",
    "keep", "keeps", "kept", "keeping",
    "store", "stores", "stored", "storing", "storage",
    "save", "saves", "saved", "hold", "holds", "holding", "hold on to", "held",
    "maintain", "maintains", "maintained",
    "log", "logs", "logged", "record", "records", "recorded",
    "preserve", "preserved", "archive", "archived", "cache", "cached", "caching",
    "persist", "persists", "persisted",
)
# verbs (and nouns) that say data is deleted or stops being personal
DELETE_WORDS = (
    "delete", "deletes", "deleted", "deleting", "deletion",
    "erase", "erases", "erased", "erasure",
    "remove", "removes", "removed", "removal",
    "purge", "purges", "purged", "purging",
    "destroy", "destroys", "destroyed", "destruction",
    "anonymise", "anonymised", "anonymize", "anonymized", "anonymisation", "anonymization",
    "pseudonymised", "pseudonymized", "de-identified",
    "discard", "discards", "discarded", "dispose of", "disposed of", "disposal",
    "wipe", "wiped", "overwrite", "overwritten", "rotated", "cleared",
    "disappear", "disappears", "forgotten", "gone", "expunged", "shredded",
)
# "keep" in senses that are not retention
KEEP_FALSE_FRIENDS = (
    r"keep(?:s|ing)?\s+(?:\w+\s+){0,3}(?:safe|secure|confidential|private|accurate|up[\s-]to[\s-]date|informed|in\s+touch|in\s+mind)",
    r"kept\s+(?:safe|secure|secret|confidential|private|accurate|up[\s-]to[\s-]date|informed)",
    r"(?:app|play|google\s+play|apple|online|web|chrome\s+web|microsoft)\s+store",
    r"log(?:s|ged|ging)?\s+(?:in|into|on|out)\b",
    r"keep\s+track",
)
# headings that announce a retention section
RETENTION_HEADINGS = (
    "retention", "retain", "how long", "storage period", "storage limitation",
    "storage duration", "deletion of data", "data deletion", "deletion of your data",
)
COOKIE_HEADINGS = ("cookie", "cookies", "tracking technologies", "local storage")

# what a duration is about when it is not about retention: rule name -> phrases
COOKIE_CONTEXT = (
    "cookie", "cookies", "local storage", "localstorage", "web storage", "session storage",
    "on your device", "on your computer", "in your browser", "on your browser", "browser",
)
TOKEN_CONTEXT = (
    "token", "tokens", "session", "sessions", "logged in", "signed in", "login link", "magic link",
    "reset link", "password reset", "verification code", "one-time code", "one-time password",
    "otp", "link expires", "links expire",
)
TOKEN_NOT = ("session recording", "session recordings", "session replay", "session replays", "session data",
             # a session that is an appointment: "seven years after our last session"
             "last session", "final session", "our session", "our sessions", "therapy session", "therapy sessions",
             "counselling session", "counselling sessions", "counseling session", "counseling sessions",
             "coaching session", "coaching sessions")
# what a schedule word may describe besides deletion: "the quarterly briefing"
SCHEDULED_THINGS = ("newsletter", "newsletters", "briefing", "briefings", "bulletin", "bulletins", "digest", "digests",
                    "magazine", "report", "reports", "review", "reviews", "update", "updates", "meeting", "meetings",
                    "statement", "statements", "invoice", "invoices", "email", "emails", "e-mail", "e-mails",
                    "mailing", "mailings", "issue", "issues", "edition", "editions", "event", "events")
NOTICE_CONTEXT = (
    "notice", "notify", "notified", "notification", "in advance", "before the change",
    "before changes", "prior to the change", "advance warning",
)
NOTICE_NOT = ("privacy notice", "this notice", "the notice", "our notice", "notice for", "notice of privacy")
RESPONSE_CONTEXT = (
    "respond", "responds", "responding", "response", "reply", "replies", "answer", "acknowledge",
    "act on", "act upon", "fulfil", "fulfill", "process your request", "comply with your request",
    "handle your request", "receipt of", "receiving your request", "verify your request",
    "your request", "a request", "the request", "such request", "upon request", "on request",
    "requests", "request that we", "request us to", "request deletion", "request erasure",
    "ask us to", "asked us to", "appeal",
)
# periods of commerce or history, not of data: a trial, a refund window, "20 years of experience"
OTHER_PERIOD_CONTEXT = (
    "free trial", "trial period", "trial version", "trial subscription", "trial account", "refund", "refunds", "money-back", "money back", "warranty", "guarantee",
    "billing", "billed", "invoice", "breach", "data breach", "cooling-off", "withdrawal period",
    "founded", "established", "in business",
)
OTHER_PERIOD_RIGHT = r"^\s?(?:(?:free\s+)?trial|of\s+experience|ago|in\s+business|of\s+(?:age|service|operation))\b"
OPEN_RIGHT = r"^\s?(?:or\s+(?:more|longer)|and\s+(?:more|longer|beyond)|\+)(?!\w)"
REPORTING_WINDOW = (
    r"(?:in|during|over|for|within|of)?\s*(?:the\s+)?(?:past|preceding|previous|prior)\s*$",
    r"(?:in|during|over)\s+the\s+last\s*$",
)
AGE_RIGHT = r"^\s?(?:-\s?)?(?:old|of\s+age|or\s+(?:older|younger|over|under)|\+|and\s+(?:older|over|under))"
AGE_LEFT = r"\b(?:aged?|ages|age\s+of|children|child|minors?|kids?)\s+(?:under\s+|below\s+|of\s+)?$"

# vague or open-ended retention: not a limit in either mode. The strong
# phrases are quoted as evidence in preference to the weak ones.
VAGUE_PHRASES = (
    r"(?:for\s+)?(?:as|so)\s+long\s+as\s+(?:(?:it|this|they|that|is|are|reasonably|strictly|may\s+be|it\s+is|they\s+are|we\s+deem|we\s+consider)\s+){0,3}(?:necessary|needed|required|relevant|useful|appropriate|reasonable|permitted)",
    r"(?:no|not)\s+longer\s+than\s+(?:(?:is|it\s+is|are|reasonably|strictly)\s+){0,2}(?:necessary|needed|required)",
    r"(?:for|as)\s+(?:the\s+)?(?:a\s+)?(?:reasonable|limited|certain|appropriate|necessary|requisite)\s+(?:period|time|amount\s+of\s+time|duration)",
    r"(?:(?:for\s+)?(?:as|so)\s+long\s+as\s+(?:we\s+have|there\s+is|there\s+are|it\s+serves|they\s+serve)\s+(?:an?\s+|our\s+)?)?(?:(?:valid|legitimate|ongoing|reasonable)\s+)+business\s+(?:purposes?|needs?|reasons?|interests?)",
    r"(?:for\s+)?(?:as|so)\s+long\s+as\s+(?:we\s+have|there\s+is|it\s+serves|they\s+serve)\s+(?:an?\s+|our\s+)?(?:\w+\s+)?(?:purposes?|needs?)",
    r"(?:unless\s+and\s+)?until\s+(?:such\s+(?:a\s+)?time\s+as\s+)?you\s+(?:ask|request|tell|instruct)",
    r"until\s+you\s+(?:withdraw|revoke)",
    r"indefinitely|permanently|forever|for\s+an\s+indefinite\s+period",
    r"as\s+long\s+as\s+we\s+(?:have|hold)\s+your\s+consent",
    r"(?:until|when|once|after)\s+(?:it\s+is\s+|they\s+are\s+|such\s+data\s+is\s+)?no\s+longer\s+(?:needed|necessary|required|relevant)",
    r"(?:as|where|when)\s+(?:required|permitted|necessary|mandated)\s+(?:or\s+permitted\s+)?by\s+(?:applicable\s+)?(?:law|laws|regulations?)",
    r"(?:for\s+)?the\s+(?:\w+\s+)?(?:period|periods|time|duration)\s+(?:of\s+time\s+)?(?:required|prescribed|mandated|permitted|set|specified|necessary)\s+(?:by|under|in)\s+(?:applicable\s+|the\s+|relevant\s+)?(?:law|laws|legislation|regulations?|statute)",
    r"as\s+long\s+as\s+we\s+(?:utili[sz]e|use|need)",
)
WEAK_VAGUE_PHRASES = (
    r"(?:for\s+)?(?:our\s+)?business\s+purposes",
    r"(?:legal|regulatory|statutory)\s+(?:obligations?|requirements?|retention\s+periods?)",
    r"for\s+(?:longer|extended)\s+periods?",
    r"no\s+(?:ongoing\s+)?(?:legitimate\s+)?(?:business\s+)?need",
    r"for\s+our\s+records",
    r"promptly",
)
# retention tied to the account or subscription (passes in lenient mode only)
ACCOUNT_TIED_PHRASES = (
    r"(?:for\s+)?as\s+long\s+as\s+(?:you\s+(?:have|hold|maintain|keep)\s+(?:an?|your)\s+(?:\w+\s+)?account|your\s+account\s+(?:is|remains)\s+(?:active|open)|you\s+(?:use|continue\s+to\s+use)\s+(?:the|our)|you\s+(?:are|remain)\s+(?:a\s+)?(?:subscribed|subscriber|member|customer|registered|user))",
    r"while\s+(?:your\s+account\s+(?:is|remains)\s+(?:active|open)|you\s+(?:have|maintain)\s+an\s+account|you\s+(?:use|are\s+using)\s+(?:the|our))",
    # "for as long as your account exists", "while your subscription remains active", "as long as your membership is in good standing"
    r"(?:(?:for\s+)?as\s+long\s+as|while|whilst)\s+(?:your|the|an?)\s+(?:[\w-]+\s+)?(?:account|subscription|membership|profile|registration)\s+(?:(?:is|remains|stays|continues\s+to\s+be)\s+)?(?:exists|active|open|live|valid|in\s+good\s+standing)",
    r"(?:for\s+)?as\s+long\s+as\s+you\s+(?:are|remain|stay)\s+(?:a\s+|an\s+)?(?:registered\s+|active\s+|paying\s+)?(?:member|subscriber|customer|user|account\s+holder)",
    r"(?:unless\s+and\s+)?until\s+(?:such\s+(?:a\s+)?time\s+as\s+)?you\s+(?:unsubscribe|opt\s+out|close|delete|terminate|cancel|deactivate)",
    r"until\s+your\s+(?:account|subscription|membership)\s+is\s+(?:closed|deleted|terminated|cancelled|canceled|deactivated)",
    r"(?:for\s+)?the\s+(?:period|time|duration)\s+(?:that|during\s+which|in\s+which)\s+(?:you|users)\s+(?:use|have\s+an\s+account)",
    r"for\s+the\s+(?:lifetime|life|duration)\s+of\s+your\s+(?:account|subscription|membership)",
)
# events that end retention automatically (a session, a process, a transaction)
AUTOMATIC_EVENTS = (
    r"(?:is|are|has\s+been|have\s+been|gets?)\s+(?:complete|completed|finished|done|over|closed|shipped|delivered|sent|processed|fulfilled|transcribed|verified|used|generated|converted|resolved|ended|terminated|exited|announced|drawn|notified"
    r"|returned|received|displayed|shown|answered|handled|confirmed|validated|paid|posted|published)",
    r"(?:complete|completed|completes|completion|finish|finishes|finished|ends|ended|end\s+of|close|closes|closed|exit|exits|quit|quits|shipped|delivered|verif\w+|transcri\w+|analy[sz]\w*|processing|processed|conversion|converted|generated|transaction|checkout|upload\s+is|call\s+ends|the\s+call|the\s+session|your\s+session|your\s+visit|the\s+app|the\s+application|the\s+game|restart\w*"
    r"|the\s+(?:event|conference|webinar|meeting|course|competition|contest|promotion|campaign|study|survey|draw|giveaway|interview|recruitment\s+process)"
    r"|(?:check[\s-]?out|delivery|shipment|payment|purchase|order|booking|stay|appointment)\s+(?:is|has\s+been)?\s*(?:complete|completed|processed|confirmed|fulfilled|over|shipped|delivered))",
)
CONNECTIVES = (
    "once", "as soon as", "when", "whenever", "after", "upon", "on completion of", "at the end of",
    "immediately after", "right after", "shortly after", "directly after", "following",
    "the moment", "until", "by the end of",
)
# "close the browser (window)": a session ends, the browser is not where data is kept
CLOSING = r"\bclos(?:e|es|ed|ing)\s+(?:the|your|this)\s+"
# an event that is the person's own choice, or the controller's discretion: not automatic
NON_AUTOMATIC_EVENTS = (
    r"\byou\s+(?:ask|request|tell|instruct|unsubscribe|opt|withdraw|revoke|delete|terminate|cancel|deactivate|contact)",
    # closing an account is a choice; closing the app, browser or window ends a session (automatic)
    r"\byou\s+close(?!\s+(?:the|this|your)\s+(?:app|application|browser|browser\s+window|window|tab|game|page|program|extension)\b)",
    r"\b(?:your|a|such|upon|on|after|following)\s+(?:written\s+)?request",
    # "the request" is the person's, except a request that completes ("not retained after the request is completed")
    r"\bthe\s+(?:written\s+)?request(?!\s+(?:is|has\s+been)\s+(?:complete|completed|finished|served|done)\b)",
    r"\brequest(?:s|ed)?\s+(?:by\s+you|it|that|us|deletion|erasure|removal)",
    r"\bno\s+longer\s+(?:needed|necessary|required|relevant|need|require|have\s+a\s+need)",
    r"\bpurposes?\b", r"\bbusiness\b", r"\blegitimate\b", r"\bwe\s+(?:are\s+)?done\b", r"\binvestigat\w+",
    r"\bcookies?\b", r"\btokens?\b",
    r"(?<!" + CLOSING + r")\bbrowser\b",  # data in the browser; closing the browser ends a session
    r"\byour\s+consent\b", r"\bunsubscri\w+",
)
MEMORY_ONLY = r"\b(?:in|kept\s+in|held\s+in|stored\s+in)\s+(?:the\s+)?(?:device['’]s\s+)?(?:memory|ram)\s+only\b|\bonly\s+(?:in|kept\s+in|held\s+in|stored\s+in)\s+(?:memory|ram)\b"
NOT_STORED = r"\b(?:do|does|will|shall|did)\s?(?:not|n['’]t)\s+(?:collect,?\s+|ever\s+|permanently\s+)?(?:store|retain|keep|save|log|record|hold)|\b(?:never|not)\s+(?:be\s+)?(?:stored|retained|kept|saved|logged|recorded)|\bno\s+(?:personal\s+)?(?:data|information)\s+is\s+(?:collected|stored|retained)"

# ---------------------------------------------------------------- patterns
# One bundle of compiled patterns per language: English from the tables
# above; another language adds its table from _vocab/retention.py (and its
# durations from _vocab/durations.py) to the English one.
_CLOSE_BROWSER = compile(CLOSING + r"browser\b")
_EVENT_TAIL = compile(r"[^.;,:!?\n]{0,30}(?=[.;,:!?\n]|$)")
_REPORTING_RIGHT = r"^\s?(?:immediately\s+)?(?:preceding|prior\s+to\s+(?:your|the|a|such)\s+request|before\s+(?:your|the|a|such)\s+request)\b"
_CANNOT_DELETE = r"\b(?:cannot|can\s?not|can['’]t|unable\s+to)\s+(?:be\s+)?(?:delete|deleted|remove|removed|erase|erased)\b"
_DATA_NOUNS = ("data", "information", "logs", "log files", "records", "ip address", "ip addresses",
               "email address", "email addresses", "messages", "details", "recordings")
LANGUAGES = ("en",) + tuple(RV.RETENTION)


def _any(*parts: str) -> str:
    return "|".join("(?:" + p + ")" for p in parts if p)


def _bundle(lang: str) -> SimpleNamespace:
    V = RV.RETENTION.get(lang, {}) if lang != "en" else {}

    def v(key):
        return tuple(V.get(key, ()))

    langs = ("en",) if lang == "en" or lang not in D.UNIT_WORDS else (lang, "en")
    delete_words = DELETE_WORDS + v("DELETE")
    events = "|".join(r"\b" + p + r"\b" for p in AUTOMATIC_EVENTS + v("EVENTS"))
    connectives = CONNECTIVES + v("CONNECTIVES")
    filler = r"(?:" + _any(r"a\s+period\s+of\s+|the\s+", *v("FILLER")) + r")?"

    def tail(fn):
        return compile(r"(?:" + _any(*(fn(x) for x in langs)) + r")\s*" + filler + r"$")

    P = SimpleNamespace(
        KEEP=compile(words(*KEEP_WORDS, *v("KEEP"))),
        DELETE=compile(words(*delete_words)),
        KEEP_FALSE=compile(_any(*KEEP_FALSE_FRIENDS, *v("KEEP_FALSE"))),
        RET_HEADING=compile(words(*RETENTION_HEADINGS, *v("RET_HEADING"))),
        COOKIE_HEADING=compile(words(*COOKIE_HEADINGS, *v("COOKIE_HEADING"))),
        COOKIE_CTX=compile(words(*COOKIE_CONTEXT, *v("COOKIE"))),
        TOKEN_CTX=compile(words(*TOKEN_CONTEXT, *v("TOKEN"))),
        TOKEN_NOT=compile(words(*TOKEN_NOT)),
        SCHEDULED=compile(r"\s+(?:" + words(*SCHEDULED_THINGS) + r")"),
        NOTICE_CTX=compile(words(*NOTICE_CONTEXT, *v("NOTICE"))),
        NOTICE_NOT=compile(words(*NOTICE_NOT)),
        RESPONSE_CTX=compile(words(*RESPONSE_CONTEXT, *v("RESPONSE"))),
        REPORTING=compile(_any(*REPORTING_WINDOW)),
        AGE_RIGHT=compile(_any(AGE_RIGHT, *v("AGE_RIGHT"))),
        AGE_LEFT=compile(_any(AGE_LEFT, *v("AGE_LEFT"))),
        OTHER_CTX=compile(words(*OTHER_PERIOD_CONTEXT, *v("OTHER"))),
        OTHER_RIGHT=compile(OTHER_PERIOD_RIGHT),
        OPEN_RIGHT=compile(OPEN_RIGHT),
        REPORTING_RIGHT=compile(_REPORTING_RIGHT),
        VAGUE=compile("|".join(r"\b(?:" + p + r")\b" for p in VAGUE_PHRASES + v("VAGUE"))),
        WEAK_VAGUE=compile("|".join(r"\b(?:" + p + r")\b" for p in WEAK_VAGUE_PHRASES + v("WEAK_VAGUE"))),
        ACCOUNT=compile("|".join(r"\b(?:" + p + r")\b" for p in ACCOUNT_TIED_PHRASES + v("ACCOUNT"))),
        NON_AUTO=compile(_any(*NON_AUTOMATIC_EVENTS, *v("NON_AUTO"))),
        MEMORY=compile(_any(MEMORY_ONLY, *v("MEMORY"))),
        NOT_STORED=compile(_any(NOT_STORED, *v("NOT_STORED"))),
        # a sentence that talks about keeping or deleting personal data without a period
        MENTION=compile(_any(words("retain", "retains", "retained", "retaining", "retention"), words(*delete_words),
                             words(*v("MENTION")) if v("MENTION") else "")),
        CANNOT_DELETE=compile(_any(_CANNOT_DELETE, *v("CANNOT_DELETE"))),
        DATA_NOUN=compile(words(*_DATA_NOUNS, *v("DATA_NOUN"))),
        TIME=compile(
            "(?P<dur>" + _any(*(D.duration_pattern(x) for x in langs)) + ")|(?P<sched>"
            + _any(*(D.schedule_pattern(x) for x in langs)) + ")|(?P<now>"
            + _any(*(D.immediate_pattern(x) for x in langs)) + ")"
        ),
        UPPER_TAIL=tail(D.upper_bound_pattern),
        FLOOR_TAIL=tail(D.floor_pattern),
        OPEN_TAIL=tail(D.open_comparative_pattern),
        NEG=compile(_any(*(D.negation_pattern(x) for x in langs))),
        EVENT_AFTER=compile(
            "(?P<verb>" + words(*delete_words) + r"|\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:retained|stored|kept|saved|held)\b"
            + "".join("|" + p for p in v("NEG_KEEP")) + ")"
            + r"[^.;:!?\n]{0,80}?" + words(*connectives) + r"[^.;:!?\n]{0,60}?(?P<event>" + events + ")"
        ),
        EVENT_BEFORE=compile(
            words("once", "as soon as", "when", "after", "upon", "at the end of", "on completion of", *v("CONNECTIVES"))
            + r"[^.;:!?\n]{0,60}?(?P<event>" + events + r")"
            + r"[^.;:!?\n]{0,60}?(?P<verb>" + words(*delete_words) + ")"
        ),
        # "kept until the winner is announced and then deleted": the deletion stated after the event
        UNTIL_THEN=compile(
            "(?P<verb>" + words(*KEEP_WORDS, *v("KEEP")) + r")[^.;:!?\n]{0,60}?\buntil\b(?P<event>[^.;:!?\n]{3,80}?)"
            + r"(?:,\s*)?\b(?:and\s+)?(?:then|after\s+which|at\s+which\s+point|whereupon)\s+(?:(?:it|they|we|the\s+\w+)\s+)?(?:(?:is|are|will\s+be|get|gets)\s+)?"
            + words(*delete_words)
        ) if lang == "en" else None,
        # "used only to verify the login, then forgotten" (not in English: kept as it was)
        PERSON_ASKS=compile(r"\byou\s+(?:ask|request)|\byour\s+(?:[\w-]+\s+)?request|\b(?:upon|on)\s+request|\b(?:deletion|erasure|removal)\s+request"),
        ONLY_THEN=compile(r"(?P<event>" + _any(*v("ONLY_THEN")) + r")(?P<verb>" + words(*delete_words) + ")") if v("ONLY_THEN") else None,
        EVENT_TAIL=_EVENT_TAIL,
    )
    return P


# the deletion word as an adjective after an article: "an anonymised version", "a de-identified copy"
_ARTICLE_BEFORE = compile(r"\b(?:an?)\s+$")

_BUNDLES: dict[str, SimpleNamespace] = {}


def patterns_for(lang: str) -> SimpleNamespace:
    """The compiled patterns for a language (built once, on first use)."""
    key = lang if lang in LANGUAGES else "en"
    if key not in _BUNDLES:
        with vocabulary(key):
            _BUNDLES[key] = _bundle(key)
    return _BUNDLES[key]


prepare = patterns_for  # the engine makes a language's patterns before it searches a text (Check.prepare)
PURE = True  # decide keeps no state a caller reads: the engine may run it in a second process (Check.pure)
COST = 1.2  # relative time on a long document: the engine starts the costliest first (Check.cost)


# the per-sentence patterns searched only in sentences holding one of their needles
_GATED = ("RET_HEADING", "TIME", "EVENT_AFTER", "EVENT_BEFORE", "ONLY_THEN", "UNTIL_THEN", "MEMORY", "ACCOUNT", "VAGUE",
          "WEAK_VAGUE", "NOT_STORED", "MENTION", "KEEP", "DELETE")
_UNTIL_NOT = compile(r"\b(?:account|subscription|membership|period|law|laws|legal|necessary|needed|required|you|your\s+consent|purpose\w*|request\w*|expir\w*)\b")
_WINDOW = 120  # characters around a duration that decide what it is about


def _split_at(text: str, pattern) -> list[str]:
    """The pieces of ``text`` between the matches of ``pattern``."""
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
    return out + [text[pos:]]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause (between ; or : or a dash) around [start, end)."""
    lo = max(text.rfind(";", 0, start), text.rfind(":", 0, start), text.rfind(" – ", 0, start)) + 1
    hi_candidates = [i for i in (text.find(";", end), text.find(":", end)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return lo, hi


def _classify_time(P, sent: str, m, keep: bool, delete: bool, ret_section: bool, cookie_section: bool):
    """(accepted, kind, rule) for one duration/schedule/"immediately" match in
    a sentence. kind: "limit", "floor" or None (not about retention)."""
    lo, hi = _clause(sent, m.start(), m.end())
    left = sent[max(lo, m.start() - _WINDOW):m.start()]
    right = sent[m.end():min(hi, m.end() + 60)]
    clause = sent[lo:hi]
    if m.group("dur"):
        if P.AGE_RIGHT.search(right) or P.AGE_LEFT.search(left):
            return False, None, "age (not a period)"
        if P.REPORTING.search(left) or P.REPORTING_RIGHT.search(right):
            return False, None, "reporting window (not retention)"
        if P.OTHER_RIGHT.search(right):
            return False, None, "period of something else (not retention)"
        if left.rstrip().lower().endswith(("once a", "once an", "once per", "once every")):
            return False, None, "frequency (not retention)"
    local = left + " " + right
    if P.OTHER_CTX.search(local):
        return False, None, "trial, refund or breach period (not retention)"
    if P.COOKIE_CTX.search(local) or (cookie_section and not P.DATA_NOUN.search(clause)):
        return False, None, "cookie lifetime (not retention)"
    tok = P.TOKEN_CTX.search(local)
    if tok and not P.TOKEN_NOT.search(local):
        return False, None, "token or session expiry (not retention)"
    notice = P.NOTICE_CTX.search(local)
    if notice and not P.NOTICE_NOT.search(local[max(0, notice.start() - 8):notice.end() + 8]):
        return False, None, "notice period (not retention)"
    if P.RESPONSE_CTX.search(left) or P.RESPONSE_CTX.search(right[:40]):
        return False, None, "response time or deletion on request (not retention)"
    bound = keep or delete or ret_section
    if not bound:
        return False, None, "duration not bound to retention"
    if m.group("sched"):
        if P.SCHEDULED.match(right):
            return False, None, "schedule of something else (not deletion)"
        if not delete:
            return False, None, "schedule not bound to deletion"
        return True, "limit", "deletion schedule"
    if m.group("now"):
        near = sent[max(0, m.start() - 30):m.end() + 30]
        if not delete or not P.DELETE.search(near):  # "contact us immediately and we will ... remove it"
            return False, None, "'immediately' not bound to deletion"
        return True, "limit", "immediate deletion"
    tail = left[-40:]
    if m.group("dur") and P.OPEN_RIGHT.search(right):
        return False, "floor", "open-ended 'or more' (floor, not a limit)"
    if P.FLOOR_TAIL.search(tail):
        return False, "floor", "minimum (floor, not a limit)"
    if P.UPPER_TAIL.search(tail):
        return True, "limit", "bounded duration ('up to', 'within', ...)"
    if P.OPEN_TAIL.search(tail):
        if P.NEG.search(left[-80:]) or delete:
            return True, "limit", "negated open period (ceiling)"
        return False, "floor", "open-ended 'longer than' (floor, not a limit)"
    if keep or delete:
        return True, "limit", "duration bound to retention verb"
    return True, "limit", "duration in retention section"


def _verb_start(P, sent: str, pos: int) -> int:
    """Start of the evidence for a period: the first retention or deletion
    word before it in the same clause (within 80 characters), else the period."""
    lo, _ = _clause(sent, pos, pos)
    lo = max(lo, pos - 80)
    last = None
    for pat in (P.KEEP, P.DELETE):
        for v in pat.finditer(sent, lo, pos):
            if last is None or v.start() < last:
                last = v.start()
    return last if last is not None else pos


def _retention_verbs(P, doc, sent: str, at: int) -> tuple[bool, bool]:
    keep = False
    for k in finditer_in(doc, P.KEEP, sent, at):
        ctx = sent[max(0, k.start() - 25):k.end() + 40]
        fm = P.KEEP_FALSE.search(ctx)
        if fm is None:
            keep = True
            break
    delete = search_in(doc, P.DELETE, sent, at) is not None
    return keep, delete


def decide(doc, ctx):
    P = patterns_for(doc.language)
    text = doc.text
    lenient = getattr(ctx, "mode", "strict") == "lenient"
    cands: list[Candidate] = []
    limits: list[tuple[int, int, str]] = []
    floors: list[tuple[int, int]] = []
    vague: list[tuple[int, int, bool]] = []  # (start, end, in retention context)
    account: list[tuple[int, int]] = []
    mentions: list[tuple[int, int]] = []

    masks = {name: sentence_mask(doc, getattr(P, name)) for name in _GATED if getattr(P, name) is not None}

    def on(name: str, si: int) -> bool:
        m = masks.get(name)
        return m is None or si in m

    sections: dict[int, tuple[bool, bool]] = {}
    settled = not getattr(ctx, "explain", True)  # the first limit is the evidence: later sentences change nothing
    sentences = doc.sentences
    if all(m is not None for m in masks.values()):  # only sentences that can hold a match of one of them
        visit = sorted(set().union(*(m for name, m in masks.items() if name not in ("KEEP", "DELETE"))))
    else:
        visit = range(len(sentences))
    strong_vague = False
    for si in visit:
        s = sentences[si]
        if limits and settled:
            break
        # without explain, once the failure's evidence is known only a limit can change the decision
        fail_known = settled and (bool(account) if lenient else bool(floors or account or strong_vague))
        block = doc.blocks[s.block]
        if block.kind == "heading":
            if fail_known or not on("RET_HEADING", si):
                continue
            sent = text[s.start:s.end]
            hm = search_in(doc, P.RET_HEADING, sent, s.start)
            if hm:
                mentions.append((s.start, s.end))
                cands.append(Candidate(s.start, s.end, "retention heading (mention)", False))
            continue
        # the prefilter: a pattern none of whose needles is in the sentence finds nothing there
        t_on = on("TIME", si)
        events_on = [pat for name, pat in (("EVENT_AFTER", P.EVENT_AFTER), ("EVENT_BEFORE", P.EVENT_BEFORE), ("ONLY_THEN", P.ONLY_THEN),
                                           ("UNTIL_THEN", P.UNTIL_THEN))
                     if pat is not None and on(name, si)]
        memory_on = on("MEMORY", si) and not settled  # (a candidate for explain only)
        ret_on = not fail_known and (on("ACCOUNT", si) or on("VAGUE", si) or on("WEAK_VAGUE", si))
        ns_on = on("NOT_STORED", si) and not fail_known
        mention_on = on("MENTION", si) and not fail_known
        if not (t_on or events_on or memory_on or ret_on or ns_on or mention_on):
            continue
        sent = text[s.start:s.end]
        if t_on or ret_on:
            h = doc.heading_for(s.start)
            hk = h.start if h is not None else -1
            if hk not in sections:
                title = text[h.start:h.end] if h is not None else ""
                rs = bool(P.RET_HEADING.search(title))
                sections[hk] = (rs, bool(P.COOKIE_HEADING.search(title)) and not rs)
            ret_section, cookie_section = sections[hk]
            keep, delete = _retention_verbs(P, doc, sent, s.start)
        else:
            ret_section = cookie_section = keep = delete = False

        limits_here = len(limits)  # (this sentence's limits follow)
        for m in (finditer_in(doc, P.TIME, sent, s.start) if t_on else ()):
            ok, kind, rule = _classify_time(P, sent, m, keep, delete, ret_section, cookie_section)
            a, b = s.start + m.start(), s.start + m.end()
            if kind is not None:
                a = s.start + _verb_start(P, sent, m.start())
            cands.append(Candidate(a, b, rule, ok))
            if ok:
                limits.append((a, b, rule))
            elif kind == "floor":
                floors.append((a, b))

        for pat in events_on:
            for m in finditer_in(doc, pat, sent, s.start):
                span = sent[m.start():min(len(sent), m.end() + 50)]
                a, b = s.start + m.start(), s.start + m.end()
                bad = P.NON_AUTO.search(span) or ("request" in span.lower() and search_in(doc, P.PERSON_ASKS, sent, s.start))
                if pat is P.UNTIL_THEN and not bad:  # any event: not the account, a period or the law
                    bad = P.ACCOUNT.search(span) or P.VAGUE.search(span) or _UNTIL_NOT.search(m.group("event"))
                if bad:
                    cands.append(Candidate(a, b, "event chosen by the person or at discretion (not automatic)", False))
                    continue
                if _ARTICLE_BEFORE.search(sent, 0, m.start("verb")):
                    # "at the end of the study, an anonymised version of the dataset may be shared": a copy, not a deletion
                    cands.append(Candidate(a, b, "a deleted or anonymised copy named, not a deletion", False))
                    continue
                # a session or token as the deleted thing is expiry; data deleted when a session ends is retention
                ev0, ev1 = (m.end("verb"), m.end()) if m.start("verb") < m.start("event") else (m.start(), m.start("verb"))
                rest = sent[:ev0] + " " + sent[ev1:]
                cookie = search_in(doc, P.COOKIE_CTX, sent, s.start) is not None
                if cookie and _CLOSE_BROWSER.search(sent):  # "gone when you close the browser window": a session end
                    cookie = P.COOKIE_CTX.search(" ".join(_split_at(sent, _CLOSE_BROWSER))) is not None
                if cookie or (P.TOKEN_CTX.search(rest) and not P.TOKEN_NOT.search(rest)):
                    cands.append(Candidate(a, b, "cookie/session deletion (not retention)", False))
                    continue
                tail = P.EVENT_TAIL.match(sent, m.end())
                if tail:
                    b = s.start + tail.end()
                cands.append(Candidate(a, b, "deletion at an automatic event", True))
                limits.append((a, b, "deletion at an automatic event"))
        mm = search_in(doc, P.MEMORY, sent, s.start) if memory_on else None
        if mm:
            a, b = s.start + mm.start(), s.start + mm.end()
            if any(r == "deletion at an automatic event" for _, _, r in limits[limits_here:]):
                pass
            else:
                cands.append(Candidate(a, b, "memory only, no end event stated", False))

        ret_ctx = keep or delete or ret_section
        if ret_on and ret_ctx:  # account-tied and vague phrases count only in a retention context
            # (only spans of this sentence can overlap: sentences are visited in order)
            account_here, vague_here = len(account), len(vague)
            for m in (finditer_in(doc, P.ACCOUNT, sent, s.start) if on("ACCOUNT", si) else ()):
                a, b = s.start + m.start(), s.start + m.end()
                account.append((a, b))
                cands.append(Candidate(a, b, "account/subscription lifetime (lenient only)", lenient))
            for strong, name in ((True, "VAGUE"), (False, "WEAK_VAGUE")):
                if not on(name, si):
                    continue
                for m in finditer_in(doc, getattr(P, name), sent, s.start):
                    a, b = s.start + m.start(), s.start + m.end()
                    if any(x <= a < y or a <= x < b for x, y in account[account_here:]):
                        continue
                    if any(x <= a < y or a <= x < b for x, y, _ in vague[vague_here:]):
                        continue
                    vague.append((a, b, strong))
                    strong_vague = strong_vague or strong
                    cands.append(Candidate(a, b, "vague: " + doc.quote(a, b).lower(), False))
        mm = search_in(doc, P.MENTION, sent, s.start) if mention_on else None
        # without explain, "not stored" matters only where it sets a mention aside
        ns = search_in(doc, P.NOT_STORED, sent, s.start) if ns_on and (mm or not settled) else None
        if ns:
            cands.append(Candidate(s.start + ns.start(), s.start + ns.end(), "data not stored (not a limit)", False))
            continue
        if mm and not search_in(doc, P.COOKIE_CTX, sent, s.start) and not search_in(doc, P.CANNOT_DELETE, sent, s.start):
            a, b = s.start + mm.start(), s.start + mm.end()
            mentions.append((a, b))
            cands.append(Candidate(a, b, "retention or deletion mentioned, no period", False))

    if limits:
        a, b, rule = limits[0]
        return Decision.passed("retention limit stated", (a, b), candidates=cands)
    if lenient and account:
        return Decision.passed("retention tied to the account or subscription (lenient)", account[0], candidates=cands)
    if floors:
        return Decision.failed(MSG_FLOOR, floors[0], candidates=cands)
    if account or vague:
        strong = sorted(account + [(a, b) for a, b, st in vague if st])
        spans = strong or sorted((a, b) for a, b, _ in vague)
        return Decision.failed(MSG_VAGUE, spans[0], candidates=cands)
    if mentions:
        return Decision.failed(MSG_VAGUE, mentions[0], candidates=cands)
    return Decision.failed(MSG_SILENT, candidates=cands)
