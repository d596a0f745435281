"""The policy tells the reader how to opt out, with a concrete way to do it.

What it checks
The policy must say how to opt out of (unsubscribe from, object to, or
withdraw consent to) marketing, tracking, sale/sharing or processing AND give
a concrete path in the same place: a URL or link, an email address, a phone
number or postal address, a named setting or control ("the "Share usage
data" switch under Settings > Privacy", "the Google Analytics Opt-out
Browser Add-on"), or the unsubscribe link in emails. "Contact us to opt out"
counts when the policy gives a concrete contact channel elsewhere (see
controller-identity); a listed "right to object" counts when the policy says
where requests to exercise the rights go.
Languages: English, German, French, Spanish, Portuguese, Italian and Dutch;
the other languages' vocabulary (unsubscribe, objection and withdrawal
phrasings with their paths) is in pytest_privacylint/_vocab/optout.py. The
language is detected per document (or set with `language`); a policy in
another language is skipped with the reason.

Why it matters
CAN-SPAM and GDPR Art. 21 give a right to object to direct marketing; CCPA
1798.120 and 1798.135 a right to opt out of sale or sharing with a clear way
to do it; NAI/DAA self-regulation requires an opt-out mechanism for
interest-based ads. A right the reader cannot find a way to use is no right.

Passes
- "You can unsubscribe at any time by clicking the unsubscribe link at the bottom of any of our emails."
- "To opt out of interest-based ads, visit https://optout.networkadvertising.org."
- "You can disable crash reports with the "Send crash reports" switch in the app's settings."

Fails
- "We use your email address to send you our newsletter."
- "You may opt out of marketing at any time."
- "To stop receiving offers, delete your account."

Near-misses
- "You can refuse cookies by changing your browser settings." -> opt-out mentioned but no path given
- "We do not respond to Do Not Track signals." -> opt-out mentioned but no path given
- "You have the right to object to processing and the right to withdraw your consent." -> opt-out mentioned but no path given
- "To opt out of newsletters, please contact us." -> opt-out mentioned but no path given
"""
from __future__ import annotations

from types import SimpleNamespace

import bisect

import regex

from pytest_privacylint import Decision
from pytest_privacylint._patterns import compile_linear as compile, vocabulary
from pytest_privacylint._prefilter import matcher, may_match, range_finditer, range_search
from pytest_privacylint._results import Candidate
from pytest_privacylint._vocab import channels as ch
from pytest_privacylint._vocab import optout as OV

ID = "opt-out-path"
VERSION = "1"
TITLE = "Opt-out with a concrete path"
ANCHOR = "CAN-SPAM; GDPR Art. 21; CCPA 1798.120, 1798.135; NAI/DAA self-regulation"
HINT = (
    'say how to opt out and give the way to do it: a link or URL, an email address, a named setting '
    '("the \\"Share usage data\\" switch in Settings > Privacy"), or "the unsubscribe link in every email"; '
    "browser or device settings alone are not a path; GDPR Art. 21, CCPA 1798.135"
)
# ---------------------------------------------------------------------------
# Vocabulary (data)
# ---------------------------------------------------------------------------

# Ways of saying "opt out" (regex fragments, case-insensitive).
OPT_OUT_MENTIONS = (
    r"opt(?:s|ing|ed)?[- ]?outs?", r"unsubscrib\w*",
    r"withdr[ae]w\w*\s(?:(?:your|their|the|this|my|any|such|his|her)\s)?(?:consent|permission\w*|authori[sz]ation)",
    r"(?:can|may|could|to|right\sto)\swithdraw\b(?!\s(?:funds|money|cash|tokens?|coins?|crypto|ether|payments?|from|the\sfunds))", r"withdraw\w*\s(?:it|this|them)\b", r"revok\w*\s(?:(?:your|the|this|any)\s)?(?:consent|permission\w*)",
    r"right\sto\sobject", r"(?:to|you\s(?:can|may|could)|if\syou)\sobject\b", r"object(?:s|ing)?\sto\s(?:the|our|this|any|such|receiving|processing|us|direct|marketing|your|having)",
    r"objection", r"stop\sreceiving", r"no\slonger\s(?:wish|want)\s(?:to\s(?:receive|get|be\scontacted|hear)|us\sto)",
    r"(?:prefer|wish|want|like)\snot\sto\s(?:receive|be\scontacted|be\stracked|get|hear)", r"(?:do|does)\snot\swish\sto\s(?:receive|be)",
    r"do\snot\swant\s(?:to\s(?:receive|be\s(?:tracked|contacted))|your\s[\w ]{1,30}?\sto\sbe\s(?:measured|tracked|collected|used|shared|counted))",
    r"do\snot\ssell(?:\sor\sshare)?\smy", r"do[- ]not[- ]call",
    r"(?:disable|turn\soff|switch\soff|deactivate|toggle\soff|opt\sout\sof)\s[^.\n]{0,40}?(?:tracking|analytics|crash\sreports?|telemetry|personali[sz]ed\s(?:ads|adverts|advertising)|diagnostics|usage\s(?:data|statistics)|data\scollection|cookies|personali[sz]ation|notifications)",
    r"(?:refuse|reject|block|decline|disable|delete|remove|manage)\s[^.\n]{0,30}?cookies", r"(?-i:Do\sNot\sTrack|do-not-track|DNT)\b",
    r"limit\s(?:ad|interest-based)\s(?:tracking|personali[sz]ation|advertising)", r"(?:opt|elect)\snot\sto",
    r"choose\snot\sto\s(?:receive|be\stracked|participate|share|allow)",
    r"stop\s(?:(?:us|them)\s)?(?:from\s)?(?:sharing|tracking|processing|using\syour|sending)",
    # switching off what was just described, or a named setting: "you can switch this off with the
    # "Share usage data" toggle", "Turning it off", "by turning off "Offers and news""
    r"(?:switch|turn|toggle)(?:s|ed|ing)?\s(?:this|these|it|them|that|those)\soff\b",
    r"(?:switch|turn|toggle)(?:s|ed|ing)?\soff\s(?:the\s)?[\"“'‘][^\"”'’\n]{2,60}[\"”'’]",
    # "if you would like to be removed from our mailing list"
    # "to stop all messages", "Stopping messages", "reply STOP"
    r"stop(?:s|ping)?\s(?:(?:all|any|these|those|the|our|further|future|receiving|getting)\s){0,2}(?:(?:marketing|promotional|text|sms|e-?mail|push)\s)?(?:messages|texts|sms|e-?mails|notifications|reminders|newsletters?|communications|mailings|calls|alerts)\b",
    r"repl(?:y|ying)\s(?:with\s)?[\"“]?STOP\b",
    # "turn personalised advertising off", "switch off Settings > Privacy > Share Gameplay Data"
    r"(?:turn|switch|toggle)(?:s|ed|ing)?\s(?:(?:the|your|all|any|this)\s)?(?:[\w-]+\s)?(?:tracking|analytics|crash\sreports?|telemetry|personali[sz]ed\s(?:ads|adverts|advertising)|advertising|ads|diagnostics|usage\s(?:data|statistics)|data\scollection|personali[sz]ation|notifications)\soff\b",
    r"(?:switch|turn|toggle)(?:s|ed|ing)?\soff\s(?:the\s)?(?-i:[A-Z][\w&]{1,20}+(?:\s[a-z][\w&]{1,20}+)?\s?(?:>|→|›))",
    # "Usage data collection can be switched off in ..."
    r"(?:tracking|analytics|crash\sreports?|telemetry|personali[sz]ed\s(?:ads|adverts|advertising)|diagnostics|usage\s(?:data|statistics)|data\scollection|personali[sz]ation)\s(?:[\w-]+\s){0,3}?(?:can|may|could)\s(?:also\s)?be\s(?:(?:switched|turned|toggled)\soff|disabled|deactivated)\b",
    # a research study: withdrawing from it withdraws consent to the processing
    r"withdraw\w*\sfrom\s(?:the|this|our|a)\s(?:research\s)?(?:study|research|project|trial|survey|panel|programme|program|experiment)\b",
    r"(?:be\s|get\s)?remov\w*\s(?:(?:you|yourself|your\s(?:name|address|e-?mail(?:\saddress)?|details))\s)?from\s(?:our|the|any|all|this)\s(?:[\w-]+\s)?(?:mailing|e-?mail|marketing|contact|distribution|newsletter|catalog(?:ue)?)\s?lists?",
    # "to come off the mailing list", "we will take you off it"
    r"(?:come|get|be\staken|take\s(?:you|yourself|your\s(?:name|address|details)))\soff\s(?:our|the|any|this)\s(?:[\w-]+\s)?(?:mailing|e-?mail|marketing|contact|distribution|newsletter|catalog(?:ue)?)\s?lists?",
    # "if you'd rather not hear about upcoming sessions", "you can stop them at any time with the ... toggle"
    r"(?:would|['’]d)\srather\snot\s(?:receive|get|be\scontacted|be\stracked|hear)",
    r"stop\s(?:them|these|those|it)\s(?:at\sany\stime|any\stime|whenever)",
)
# The opt-out signal a browser sends (a path when the site honours it).
OPT_OUT_SIGNAL = r"Global\sPrivacy\sControl|\bGPC\b"
# Concrete controls (regex fragments): where a path is named without a URL.
CONTROL_PATHS = (
    # 'the "Share usage data" switch', 'tap "Stop sharing"'
    r"[\"“'‘][^\"”'’\n]{2,60}[\"”'’]\s(?:setting|settings|option|toggle|switch|button|checkbox|check\sbox|link|hyperlink|control|preference|menu|tab|screen|page|section)",
    r"(?:turn(?:ing)?\s(?:off|on)|switch(?:ing)?\s(?:off|on)|untick\w*|uncheck\w*|disabl\w*|enabl\w*|activat\w*|tap(?:ping)?|click(?:ing)?|select\w*|toggl\w*|deselect\w*|press\w*|check(?:ing)?)\s(?:on\s)?(?:the\s)?[\"“'‘][^\"”'’\n]{2,60}[\"”'’]",
    # in the app's settings, account settings, privacy settings page, preference centre
    r"(?:in|within|from|under|via|through|using|on)\s(?:the|our|this|your)\s(?:app|application|account|profile|dashboard|game)(?:['’]s)?\s(?:settings|preferences|options|menu|page|screen)",
    r"(?:settings|preferences|options)\s(?:menu\s|screen\s|page\s)?(?:of|in)\s(?:the|our|this)\s(?:app|application|game|extension|service)",
    r"\b(?:in-app|account|profile|privacy|notification|email|e-mail|communication|marketing|subscription|cookie|consent)\s(?:settings|preferences|preference\scent(?:re|er)|choices|dashboard|manager|banner|centre|center)",
    r"preference\scent(?:re|er)|manage\s(?:your\s)?(?:subscriptions?|preferences|email\spreferences)",
    # the Google Analytics Opt-out Browser Add-on, an opt-out cookie / tool / link
    r"opt[- ]?out\s(?:browser\s)?(?:add-?on|plug-?in|extension|cookie|tool|page|link|form|mechanism|portal|button|setting)",
    r"(?:browser\s)?(?:add-?on|plug-?in|extension)\s(?:to|that\slets\syou|for)\sopt[- ]?out",
    # the unsubscribe link in every email; reply STOP
    r"unsubscribe\s(?:link|button|option|instructions?|feature|hyperlink)", r"[\"“]unsubscribe[\"”]\s(?:or\s[\"“][^\"”\n]{1,20}[\"”]\s)?(?:link|button|hyperlink|option)",
    r"(?:link|option|instructions?)\s(?:provided|included|contained|found|shown|at\sthe\sbottom|in\sthe\sfooter)[^.\n]{0,40}?(?:e-?mails?|newsletters?|messages?|communications?|mailings?)",
    r"(?:link|option|instructions?)\s(?:in|within)\s(?:those|these|our|each|every|any|the|all|such)\s(?:[\w-]+\s)?(?:e-?mails?|newsletters?|messages?|communications?|mailings?)",
    r"\b(?:Google\s)?ads?\s(?:settings|preferences)\b|\bad\spersonali[sz]ation\s(?:settings|page)",
    r"(?:e-?mails?|newsletters?|messages?|communications?|mailings?)\s(?:contains?|includes?|carry|carries|has|have)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,3}?unsubscribe",
    r"(?:click|clicking|use|using|follow|following)\s(?:on\s)?(?:the\s)?unsubscribe", r"repl(?:y|ying)\s(?:with\s)?[\"“]?STOP",
    # industry opt-out tools
    r"(?:NAI|DAA|Network\sAdvertising\sInitiative|Digital\sAdvertising\sAlliance|Your\s?Online\s?Choices|AdChoices)(?:['’]s)?\s(?:opt[- ]?out|consumer\schoice|choices?|website|page|tool)",
    # menu paths: Settings > Privacy, Board preferences > Email digest
    r"(?-i:\b[A-Z][\w&]{1,20}+(?:\s[a-z][\w&]{1,20}+)?\s?(?:>|→|›)\s?[A-Z][\w&]{1,20})",
    # a named developer control: "set the environment variable `X_NO_TELEMETRY=1`", "add `telemetry = false` to your config"
    r"(?:set(?:ting)?|export(?:ing)?|add(?:ing)?|us(?:e|ing)|pass(?:ing)?|defin(?:e|ing))\s(?:the\s)?(?:environment\svariable|env\svar(?:iable)?|config(?:uration)?\s(?:option|setting|key|flag)|command[- ]line\s(?:flag|option)|flag|option)\s[`\"“']?[\w.=-]{2,60}",
    r"(?:set|add|put)\s`[^`\n]{2,60}`\s(?:to|in|into)\s(?:your|the)\s",
    # a command-line flag or an environment variable set: "pass --no-telemetry", "set LUMEN_TELEMETRY=off"
    r"(?:pass(?:ing)?|us(?:e|ing)|add(?:ing)?|run(?:ning)?\s(?:it\s)?with|(?:the|a)\s(?:flag|option))\s(?:the\s)?(?:flag\s|option\s)?--[a-z][\w-]{1,40}",
    r"(?-i:\b[A-Z][A-Z0-9_]{2,40}=(?:0|1|off|false|no|true|on|yes|disabled?)\b)",
    # an opt-out signal the site honours (not when the sentence says it is not honoured)
    OPT_OUT_SIGNAL,
)
# Not an opt-out path: deleting the account or the app.
DELETION = (
    r"delet\w*\s(?:(?:your|the|my|this)\s)?(?:account|app|application|profile)", r"uninstall\w*",
    r"close\s(?:(?:your|the)\s)?account", r"remove\s(?:the|this)\s(?:app|application|extension)",
    r"stop\susing\s(?:the|our)", r"[\"“]delete", r"by\snot\s(?:submitting|providing|using)",
)
# Not an opt-out path: generic browser or device settings, Do Not Track.
GENERIC_SETTINGS = (
    r"browsers?", r"device", r"devices", r"phones?", r"phone['’]s", r"smartphones?", r"tablets?", r"computers?", r"operating\ssystem", r"Chrome", r"Firefox", r"Safari",
    r"Edge", r"Internet\sExplorer", r"Opera", r"iOS", r"Android", r"do\snot\strack", r"DNT",
)
BROWSER_SETTINGS = (
    r"browsers?", r"Chrome", r"Firefox", r"Safari", r"Edge", r"Internet\sExplorer", r"Opera", r"do\snot\strack", r"DNT",
)
# Links that are not a path (browser help pages, Do Not Track explainers).
NON_PATH_LINK_HOSTS = (
    "donottrack.us", "allaboutdnt.com", "allaboutcookies.org", "support.mozilla.org", "support.apple.com",
    "support.microsoft.com", "wikipedia.org", "aboutcookies.org",
)
NON_PATH_LINK_TEXT = (
    r"browser", r"help\spages?", r"do\snot\strack", r"privacy\spolicy", r"wikipedia",
    # laws and regulators are not a way to opt out
    r"act", r"law", r"laws", r"regulation", r"CCPA", r"CPRA", r"GDPR", r"CalOPPA", r"COPPA", r"directive", r"code",
)
# "Contact us to opt out": resolved against the channels the policy gives.
CONTACT_US = (
    r"contact(?:ing)?\s(?:us|me|our\s[\w ]{0,30}?(?:team|officer|DPO|department|support))", r"e-?mail(?:ing)?\s(?:us|me)",
    r"write\sto\s(?:us|me)", r"writing\sto\s(?:us|me)", r"let\s(?:us|me|our\s[\w ]{0,30}?(?:team|staff|office))\sknow",
    r"get\sin\s(?:touch|contact)", r"reach\s(?:out|us|me)", r"(?:call|ring|phone)\s(?:us|me)",
    # "let the Secretary know by post", "ring the shop on 01632 960418"
    r"let\sthe\s(?:[\w-]+\s){0,2}?(?:secretary|committee|office|shop|team|staff|treasurer|chair|practice|clinic|club)\sknow",
    r"(?:call|ring|phone)\s(?:the\s)?(?:shop|office|practice|clinic|surgery|studio|store|workshop|club|secretary|reception)\b", r"send\s(?:us|me)", r"notify\s(?:us|me)",
    r"inform\s(?:us|me)", r"tell\s(?:us|me)", r"ask\s(?:us|me)",
    # "by contacting us", "by contacting our DPO"; not somebody else ("by contacting their child's school")
    r"by\scontacting(?!\s(?:their|your|his|her|its|them|those|these|each|any|an?|the\s(?:third|relevant|respective|school|provider|advertiser|vendor|network|platform|partner|company|companies|organi[sz]ation)))\b",
    r"contact\sdetails", r"contact\sinformation",
    r"request\s(?:to|that)\sus", r"(?:submit|make|send)\s(?:a|your)\s(?:request|objection)",
)
# Where requests to exercise the listed rights go.
RIGHTS_EXERCISE = (
    r"exercis\w*\s(?:(?:any|one|all|each)\sof\s)?(?:these|your|the\sabove|those|such|this|the|any\sof\s(?:these|your))\s(?:\w+\s){0,3}?rights?",
    r"requests?\s(?:in\srelation\sto|regarding|concerning|relating\sto|related\sto|about|to\sexercise|under)\s(?:the\sabove|these|your|any\sof\s(?:these|the\sabove|your)|those)\s(?:\w+\s){0,2}?rights?",
)
# Sentences that continue an opt-out sentence with its instructions.
CONTINUATION = (
    r"to\sdo\s(?:so|this)", r"simply", r"just", r"you\scan\sdo\s(?:so|this)", r"this\scan\sbe\sdone", r"please",
    r"click", r"visit", r"go\sto", r"to\sexercise", r"to\sopt\sout", r"you\scan\sopt\sout", r"use", r"email", r"e-mail", r"write", r"call", r"alternatively", r"for\sexample",
)

# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

LANGUAGES = ("en",) + tuple(OV.OPTOUT)
# after a mention ending in ":" or an opt-out heading, the sentences read for its path
FOLLOWING = 3
QUOTED = compile(r"[\"“'‘][^\"”'’\n]{2,60}[\"”'’]")
DNT_ONLY = compile(r"do\snot\strack|\bDNT\b")


def _bundle(lang: str) -> SimpleNamespace:
    """The compiled patterns of a language: English plus, for another
    language, its table from _vocab/optout.py."""
    V = OV.OPTOUT.get(lang, {}) if lang != "en" else {}

    def alt(en, key):
        return "|".join(tuple(en) + tuple(V.get(key, ())))

    def each(en, key, lead=""):
        # "\b(?:a)|\b(?:b)": the same matches as "\b(?:a|b)", with each phrasing a top-level
        # branch, so a sentence is searched only for the phrasings whose needles it holds
        return "|".join(lead + "(?:" + x + ")" for x in tuple(en) + tuple(V.get(key, ())))

    return SimpleNamespace(
        MENTION=compile(each(OPT_OUT_MENTIONS, "MENTION", r"\b")),
        CONTROL=compile(each(CONTROL_PATHS, "CONTROL")),
        DELETE=compile(r"\b(?:" + alt(DELETION, "DELETION") + r")"),
        GENERIC=compile(r"\b(?:" + alt(GENERIC_SETTINGS, "GENERIC") + r")\b"),
        BROWSER=compile(r"\b(?:" + alt(BROWSER_SETTINGS, "BROWSER") + r")\b"),
        NON_PATH_TEXT=compile(r"\b(?:" + alt(NON_PATH_LINK_TEXT, "NON_PATH") + r")\b"),
        CONTACT=compile(r"\b(?:" + alt(CONTACT_US, "CONTACT") + r")\b"),
        RIGHTS=compile(r"\b(?:" + alt(RIGHTS_EXERCISE, "RIGHTS") + r")"),
        RIGHT_WORD=compile(r"\b(?:" + alt((r"rights?",), "RIGHT_WORD") + r")\b"),
        CONTINUES=compile(r"(?:" + alt(CONTINUATION, "CONTINUES") + r")\b"),
    )


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
COST = 1.0  # relative time on a long document: the engine starts the costliest first (Check.cost)


def _non_path_host(host: str) -> bool:
    """A browser help page, a Do Not Track explainer, or a regulator's site
    (where complaints go): not a way to opt out."""
    return any(host == h or host.endswith("." + h) for h in NON_PATH_LINK_HOSTS + ch.REGULATOR_DOMAINS)


def _link_ok(doc, link, P=None) -> bool:
    P = P or patterns_for(doc.language)
    href = link.href.strip().lower()
    if not href or href.startswith(("#", "javascript:")):
        return False
    host = ch._host_of(href) if "://" in href or href.startswith("www.") else ""
    if _non_path_host(host):
        return False
    return P.NON_PATH_TEXT.search(doc.text, link.start, link.end) is None


# a browser or device setting named as an opt-out tool still counts ("the opt-out browser add-on")
_NAMED_TOOL = regex.compile(r"(?i)opt[- ]?out|add-?on|plug-?in|désactivation|Deaktivierung|inhabilitación|" + OPT_OUT_SIGNAL)
# "we do not respond to GPC signals": a signal named but not honoured
_SIGNAL = regex.compile(r"(?i)" + OPT_OUT_SIGNAL)
_NEGATED = regex.compile(r"(?i)\b(?:not|never|no\slonger|unable|cannot)\b|n['’]t\b")


def decide(doc, ctx):
    P = patterns_for(doc.language)
    text = doc.text
    cx = ch.context(doc)
    channels = ch.channel_finder(doc, cx)  # read only as far as the sentences asked about

    def real_in(s: int, e: int):
        return channels.between(s, e, "real")

    links = doc.links
    link_starts = [lk.start for lk in links]
    cands: list[Candidate] = []
    sents = doc.sentences

    def in_range(starts, items, s, e):
        i = bisect.bisect_left(starts, s)
        out = []
        while i < len(items) and items[i].start < e:
            out.append(items[i])
            i += 1
        return out

    # where do requests to exercise the listed rights go? (one pass, rare sentences)
    rights_path = None

    def find_path(s: int, e: int, mention_start: int):
        """The concrete path inside [s, e), or (None, reason)."""
        for c in real_in(s, e):
            return (c.start, c.end, f"{c.kind} given ({c.rule})"), None
        for lk in in_range(link_starts, links, s, e):
            if _link_ok(doc, lk, P):
                return (lk.start, lk.end, "link"), None
        for m in (ch.URL.finditer(text, s, e) if may_match(doc, ch.URL, s, e) else ()):
            if not _non_path_host(ch._host_of(m.group())):
                return (m.start(), m.end(), "URL"), None
        reason = None
        for m in (range_finditer(doc, P.CONTROL, s, e) if may_match(doc, P.CONTROL, s, e) else ()):
            before = text[max(s, m.start() - 60):m.start()]
            span = text[m.start():m.end()]
            if P.DELETE.search(before) or P.DELETE.search(span):
                reason = (m.start(), m.end(), "deletion control (not an opt-out)")
                continue
            if _SIGNAL.match(span) and _NEGATED.search(text, s, m.start()):
                reason = (m.start(), m.end(), "opt-out signal not honoured")
                continue
            quoted = QUOTED.search(span) is not None
            veto = P.BROWSER if quoted else P.GENERIC  # a named OS setting ("Limit Ad Tracking") is concrete
            if veto.search(text[max(s, m.start() - 40):min(e, m.end() + 40)]) and not _NAMED_TOOL.search(span):
                reason = (m.start(), m.end(), "browser/device setting (not a named control)")
                continue
            return (m.start(), m.end(), "named control or setting"), None
        m = P.CONTACT.search(text, s, e) if may_match(doc, P.CONTACT, s, e) else None
        if m:
            c = channels.first("real")
            if c is not None:
                return (m.start(), m.end(), f"contact us + channel in the policy ({c.rule})"), None
            reason = (m.start(), m.end(), "contact us, but the policy gives no channel")
        return None, reason

    mentions = []
    rights_hit, mention_hit = matcher(doc, P.RIGHTS), matcher(doc, P.MENTION)
    for si, sent in enumerate(sents):
        s, e = sent.start, sent.end
        if rights_hit(s, e) and P.RIGHTS.search(text, s, e):
            for c in real_in(s, e):
                rights_path = (c.start, c.end)
                break
            if rights_path is None:
                for lk in in_range(link_starts, links, s, e):
                    if _link_ok(doc, lk, P):
                        rights_path = (lk.start, lk.end)
                        break
            if rights_path is None and may_match(doc, P.CONTACT, s, e) and P.CONTACT.search(text, s, e) and channels.first("real") is not None:
                rights_path = (s, e)
            if rights_path is None:
                # "Requests ... should be sent to:" + the channel on the next line
                if text[s:e].rstrip().endswith(":") and si + 1 < len(sents):
                    n = sents[si + 1]
                    for c in real_in(n.start, n.end):
                        rights_path = (c.start, c.end)
                        break
        m = range_search(doc, P.MENTION, s, e) if mention_hit(s, e) else None
        if not m:
            continue
        mentions.append((si, m))
        path, reason = find_path(s, e, m.start())
        if path is None and si + 1 < len(sents):
            nxt = sents[si + 1]
            same_block = nxt.block == sent.block
            if same_block and P.CONTINUES.match(text, nxt.start):
                path, reason2 = find_path(nxt.start, nxt.end, nxt.start)
                reason = reason or reason2
            elif text[s:e].rstrip().endswith(":") or doc.blocks[sent.block].kind == "heading":
                # "you can opt out of both features:" or an opt-out heading: the ways that follow
                for nxt in sents[si + 1:si + 1 + FOLLOWING]:
                    if doc.blocks[nxt.block].kind == "heading":
                        break
                    path, reason2 = find_path(nxt.start, nxt.end, nxt.start)
                    reason = reason or reason2
                    if path is not None:
                        break
        if path is not None:
            cands.append(Candidate(m.start(), m.end(), "opt-out mentioned", True))
            cands.append(Candidate(path[0], path[1], path[2], True))
            return Decision.passed(
                f"opt-out path: {path[2]}", (m.start(), m.end()), (path[0], path[1]), candidates=cands
            )
        cands.append(Candidate(m.start(), m.end(), "opt-out mentioned, no path here", False))
        if reason:
            cands.append(Candidate(reason[0], reason[1], reason[2], False))

    if mentions and rights_path is not None:
        for si, m in mentions:
            sent = sents[si]
            title = doc.section_title(sent.start)
            if P.RIGHT_WORD.search(text, sent.start, sent.end) or P.RIGHT_WORD.search(title):
                cands.append(Candidate(rights_path[0], rights_path[1], "rights exercised through this channel", True))
                return Decision.passed(
                    "opt-out right exercised through a contact channel", (m.start(), m.end()), rights_path, candidates=cands
                )
    if not mentions:
        return Decision.failed("no opt-out offered", candidates=cands)
    si, m = mentions[0]
    for sj, mm in mentions:  # quote the plainest mention (not a heading, a cookie or DNT aside)
        if (doc.blocks[sents[sj].block].kind != "heading" and not DNT_ONLY.search(mm.group())
                and "cookie" not in mm.group().lower()):
            si, m = sj, mm
            break
    sent = sents[si]
    return Decision.failed("opt-out mentioned but no path given", (sent.start, sent.end), candidates=cands)
