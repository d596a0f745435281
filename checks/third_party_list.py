"""Names at least one specific third party that receives personal data.

What it checks
The policy names at least one specific organisation that receives, hosts,
processes or collects personal data for the service: an analytics, ads,
payment, email, hosting/CDN, CRM, support, crash-reporting, login or other
embedded vendor ("we use Google Analytics", "payments are processed by
Stripe", "hosted by Hetzner Online GmbH"). Known vendors come from a
gazetteer (pytest_privacylint/_vocab/recipients.py); other organisations
count when a sentence puts them in a receiving role ("provided by X Inc.",
"hosted on X", "shared with X").
Languages: English, German, French, Spanish, Portuguese, Italian and Dutch;
the other languages' vocabulary (recipient phrasings, categories and announced
lists) is in pytest_privacylint/_vocab/sharing.py (the vendor gazetteer is
shared). The language is detected per document (or set with `language`); a
policy in another language is skipped with the reason.

Why it matters
GDPR Art. 13(1)(e) requires the recipients or categories of recipients of
personal data; CCPA 1798.110/115 the categories of third parties; CalOPPA
the categories of third parties with whom data is shared. Naming the actual
vendors lets a reader follow their data.

Passes
- "We use Google Analytics to understand how visitors use this site."
- "Payments are processed by Stripe. We never see your card number."
- "Crash reports are sent to Sentry, even though they are anonymous."
- "Our newsletter is sent with Acme Mailer Inc., which receives your email address."

Fails
- "We share your information with service providers and advertisers."
- "We do not collect any personal data."

Near-misses
- "We may share your data with the following third parties:" -> announced list is empty
- "Our sub-processors are listed on our sub-processor page at https://acme.test/subprocessors." -> recipients only behind a link, none named
- "To disable cookies, see the help pages of Google Chrome, Firefox or Safari." -> no recipients of personal data disclosed
- "Analytics companies may collect information about your visit." -> only categories of recipients, no named third party
"""
from __future__ import annotations

from types import SimpleNamespace

import bisect
import re

import regex

from pytest_privacylint import Decision
from pytest_privacylint._patterns import FLAGS, compile_linear as compile, vocabulary, words
from pytest_privacylint._prefilter import doc_finditer, doc_search, index_also, match_starts, matcher, occurrences, word_starts
from pytest_privacylint._results import Candidate
from pytest_privacylint._vocab import controller as CTRL
from pytest_privacylint._vocab import sharing as SV
from pytest_privacylint._vocab.recipients import COMMON_WORD_NAMES, NON_RECIPIENTS, RECIPIENTS

ID = "third-party-list"
VERSION = "1"
TITLE = "Named recipients of personal data"
ANCHOR = "GDPR Art. 13(1)(e); CCPA 1798.110/115; CalOPPA"
HINT = (
    'name the organisations that receive personal data and what for ("we use Google Analytics for '
    'visitor statistics", "payments are processed by Stripe", "the site is hosted by Hetzner"); '
    "categories alone are not enough in strict mode; GDPR Art. 13(1)(e)"
)
MSG_NONE = "no recipients of personal data disclosed"
MSG_CATEGORIES = "only categories of recipients, no named third party"
MSG_EMPTY_LIST = "announced list is empty"
MSG_LINK_ONLY = "recipients only behind a link, none named"

# ---------------------------------------------------------------------------
# Vocabulary (data)
# ---------------------------------------------------------------------------

# A name that is also a common word or a platform brand ("Square",
# "Google", "GitHub") counts only when its sentence has one of these cues.
ROLE_CUES = (
    "use", "uses", "used", "using", "utilise", "utilises", "utilize", "utilizes", "rely on", "relies on",
    "provided by", "powered by", "hosted", "hosts", "hosting", "served by", "serves", "processed", "processes",
    "processing", "processor", "processors", "sub-processor", "subprocessor", "share", "shares", "shared",
    "sharing", "disclose", "disclosed", "send", "sends", "sent", "transmit", "transmits", "transmitted",
    "transfer", "transferred", "store", "stores", "stored", "collect", "collects", "collected", "receive",
    "receives", "received", "managed by", "handled by", "run by", "provider", "providers", "third party",
    "third-party", "analytics", "tracking", "cookies", "pixel", "SDK", "plugin", "plug-in", "embed", "embedded",
    "integrate", "integrated", "integration", "login", "log in", "logins", "sign in", "sign-in", "signing in",
    "authentication", "authenticate", "payment", "payments", "pay", "donation", "donations", "checkout",
    "crash", "crashes", "error reports", "diagnostics", "newsletter", "mailing list", "advertising",
    "advertisements", "ads", "monetization", "monetisation", "CDN", "submitted to", "exposed to", "uploaded to",
    "synced", "backup", "backups", "servers", "server", "infrastructure", "notifications", "billing",
    "purchases", "subscriptions", "in-app purchases", "fonts", "maps", "comments", "interactions with",
    "governed by",
)

# Contexts in which a name is only a link target, a store listing or a
# social profile, not a recipient.
LINK_TARGET_CUES = (
    "follow us on", "follow me on", "find us on", "find me on", "connect with us on", "join us on",
    "like us on", "reach us on", "contact us on", "contact me on", "message us on", "subscribe to our channel",
    "available on", "available in", "download it on", "download on", "get it on", "download from",
    "downloaded from", "is listed on", "our profile on", "our page on", "my profile on", "star us on",
    "source code is available", "source code on", "open source on", "repository on", "fork it on",
    "report issues on", "report an issue on", "file an issue on", "open an issue on", "accessible via",
    "accessible on", "available via", "available from", "available at", "published on", "posted on",
    "published at", "can be found on", "see our", "visit our", "visit us on", "check out", "mirror on",
    "links to", "link to", "linking to", "links to third-party websites",
)
# A name followed by one of these is a profile, page or repository (a link
# target or a data field), not a recipient: "our GitHub repository",
# "LinkedIn profile".
PROFILE_WORDS = ("profile", "profiles", "username", "user name", "handle", "page", "pages", "URL", "link",
                 "repository", "repo", "channel", "group", "community", "server", "feed", "account name")

# The site's own software, theme or template: its vendor is not a recipient.
SOFTWARE_CUES = ("runs on", "run on", "built with", "built on", "made with", "created with", "generated with",
                 "generated by", "theme", "template", "publishing platform", "CMS", "content management system",
                 "static site generator", "site generator", "open-source software", "engine", "framework")

# Trademark and copyright notices name owners, not recipients.
TRADEMARK_CUES = ("trademark", "trademarks", "registered trademark", "copyright", "©", "all rights reserved",
                  "is not affiliated with", "not endorsed by", "not affiliated with")

# Phrases saying no data at all is collected/shared (then a named host alone
# is not a recipient).
NOTHING_COLLECTED = (
    r"(?:do|does|will|shall) not collect(?: or (?:store|share|send|transmit|process))?,? any",
    r"(?:don't|doesn't|never) collect(?: or (?:store|share|send|transmit|process))?,? any",
    r"no (?:personal |user |personally identifiable )?(?:data|information) (?:is|are|will be) (?:ever )?(?:collected|stored|shared|gathered)",
    r"(?:collects?|gathers?|stores?) no (?:personal |user )?(?:data|information)",
    r"not collect any (?:personal |user )?(?:data|information)",
)

# Negation of use/sharing before a name in the same sentence.
NEGATED_USE = (r"\b(?:do(?:es)? not|don['’]t|doesn['’]t|never|no longer|will not|won['’]t|without|not)\b[^.;:\n]{0,30}\b(?:use|using|share|sharing|send|sell|collect|rely|embed|integrate|employ|load|involve)"
               # "There is no Google Analytics, no ads and no social media buttons"
               r"|\bthere\s(?:is|are)\s(?:no|not\sany)\s(?-i:[A-Z])"
               # "no connection is made to Google's servers"
               r"|\bno\s(?:connection|request|data)\s(?:\w+\s){0,3}?(?:to|with)\s(?:[\w'’-]+\s){0,3}?servers?\b")
NEGATION_RESCUE = r"\b(?:except|other than|apart from|besides|beyond|but|only|aside from|instead)\b"

# Categories of recipients (for the "only categories" message).
RECIPIENT_CATEGORIES = (
    "service providers", "service provider", "third parties", "third party", "third-party", "third-parties",
    "advertisers", "advertising partners", "advertising networks", "ad networks", "ad companies",
    "analytics companies", "analytics providers", "analytics services", "analytics partners", "analytics tools",
    "payment processors", "payment processor", "payment providers", "payment provider", "hosting provider",
    "hosting providers", "hosting company", "email provider", "email service provider", "partners", "vendors",
    "affiliates", "subsidiaries", "processors", "sub-processors", "subprocessors", "contractors", "suppliers",
    "business partners", "marketing partners", "agents", "consultants", "law enforcement", "authorities",
    "government agencies", "recipients", "data processors", "cloud provider", "cloud providers",
    "delivery companies", "shipping companies", "couriers", "recipient", "organisations", "organizations",
)
SHARING_VERBS = (
    "share", "shares", "shared", "sharing", "disclose", "discloses", "disclosed", "disclosure", "provide",
    "provides", "provided", "transfer", "transferred", "transfers", "sell", "sold", "access", "process",
    "processed", "processes", "use", "uses", "used", "work with", "engage", "engages", "collect", "collects",
    "collected", "send", "sent", "give", "pass", "passed", "make available", "operated", "receive", "receives",
    "hosted", "store", "stored",
)

# An announced list of recipients ("with the following third parties:").
LIST_NOUNS = (
    "third parties", "third-parties", "third party partners", "third-party partners", "partners",
    "service providers", "vendors", "sub-processors", "subprocessors", "sub processors", "processors",
    "recipients", "companies", "providers", "third party services", "third-party services",
    "cookies third party partners", "third party cookies", "organisations", "organizations", "services",
)

# Links that stand for a recipients list.
LIST_LINK_WORDS = (
    "sub-processor", "subprocessor", "sub processor", "sub-processors", "subprocessors", "processors",
    "third-party", "third party", "third parties", "third-parties", "thirdparty", "third_party",
    "vendors", "vendor list", "partners", "service providers", "recipients", "companies we share",
    "organisations we share", "organizations we share", "list of companies", "list of recipients",
)

# Words that are not names even when capitalised (categories, roles,
# document words).
NOT_NAME_WORDS = frozenset(
    """a an the our your their its my his her this that these those such any all some certain other various
    each every no we us you they them it he she i me one who which what where when how if as at by for in of
    on to with from and or but not third party parties third-party third-parties service services provider
    providers partner partners company companies affiliate affiliates vendor vendors advertiser advertisers
    advertising analytics payment payments processor processors sub-processor sub-processors subprocessors
    processing personal data information website websites site sites app apps application applications
    platform platforms user users member members customer customers client clients cookie cookies law
    laws enforcement authority authorities government governments agency agencies court courts account
    accounts content terms policy privacy notice business businesses transfer transfers controller
    employee employees staff team server servers cloud infrastructure internet web email e-mail emails
    newsletter tools tool software product products device devices mobile social media network networks
    trusted selected external internal public private secure securely storage hosting host hosts provider's
    section paragraph article below above following use using usage contact form forms support
    request requests order orders purchase purchases subscription subscriptions services' legal
    applicable relevant appropriate other others api apis sdk sdks cdn ip id url urls http https www
    inc llc ltd limited gmbh corp corporation co plc ag sa sas srl bv nv ab pbc pty lp llp
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday english french german eu eea uk usa us
    california europe european states united kingdom union america american canada canadian
    gdpr ccpa cpra coppa caloppa pipeda lgpd dpa dpo do track nonprofit non-profit not-for-profit public benefit
    charitable charity foundation delaware nevada registered unlimited private""".split()
)

# Legal-entity suffixes that make a capitalised phrase an organisation.
LEGAL_SUFFIX = r"(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|Corp\.?|Corporation|S\.A\.?|SAS|S\.A\.S\.|SRL|S\.r\.l\.|S\.p\.A\.|B\.V\.|BV|N\.V\.|AB|AG|plc|PLC|PBC|Pty\.? Ltd\.?|Co\.|LP|LLP|Oy|ApS|AS|A/S|KG|UG|SARL|S\.L\.|Pvt\.? Ltd\.?)"

# Verbs that put an organisation in a receiving role (name follows).
ROLE_BEFORE_NAME = (
    r"provided by", r"powered by", r"hosted (?:by|on|with|at)", r"(?:is|are) processed by",
    r"processed (?:by|through|via|using|with)", r"served (?:by|from|via)", r"managed (?:by|via|through|with|using)",
    r"handled by", r"delivered by", r"stored (?:by|with|on|at)", r"(?:shared|disclosed|sent|transmitted|transferred|submitted|exposed|uploaded|forwarded|passed|provided) (?:only )?(?:to|with)",
    r"(?:share|disclose|send|transmit|transfer|submit|expose|upload|forward|pass|provide) (?:it|them|this|these|your (?:data|information|details|email address|personal data|personal information)) (?:only )?(?:to|with)",
    r"(?:we|I|the app|the site|the website|this site|this app|the service|it) (?:also )?(?:uses?|utili[sz]es?|relies on|rely on|employs?)",
    r"(?:by|through|via) (?:using )?(?:the )?(?:services? of|platform of)", r"run by", r"operated by third[- ]party",
    r"collected by", r"received by", r"processed on behalf of us by",
)
# "records are managed in Planning Center, an online church management service": a named
# system that holds the data, introduced with what it is
HELD_IN_SERVICE = (
    r"(?i:\b(?:managed|kept|held|stored|recorded|maintained|processed|handled)[ ](?:in|with|through|via|using)[ ])"
    r"(?P<org>(?-i:[A-Z][\w&'.-]*(?:[ ][A-Z][\w&'.-]*){0,3})),[ ](?i:(?:an?|our)[ ](?:[\w-]+[ ]){0,4}?"
    r"(?:service|platform|system|software|tool|app|application|database|provider|CRM|solution)s?)\b"
)

# ---------------------------------------------------------------------------
# Compiled patterns
# ---------------------------------------------------------------------------

_CASE = regex.VERSION0  # case-sensitive


def _variants(name: str) -> set[str]:
    out = {name}
    if name in COMMON_WORD_NAMES or len(name) < 5:
        return out
    out.add(name.lower())
    if " " in name:
        first, rest = name.split(" ", 1)
        out.add(first + " " + rest.lower())
    else:
        out.add(name[:1].upper() + name[1:].lower())
    return out


def _build_lookup():
    lookup: dict[str, tuple[str, str, bool]] = {}  # surface -> (canonical, category, common)
    for name, category, aliases in RECIPIENTS:
        for surface in (name, *aliases):
            common = surface in COMMON_WORD_NAMES
            for v in _variants(surface):
                lookup.setdefault(v, (name, category, common))
    non: dict[str, str] = {}
    for name, why in NON_RECIPIENTS:
        non.setdefault(name, why)
    return lookup, non


_LOOKUP, _NON = _build_lookup()


# run on the whole text once per document: a plain (trivially linear) pattern,
# without the timeout wrapper's per-match cost
_WORD = regex.compile(r"\w+", _CASE)
_WORD_CHAR = regex.compile(r"\w", _CASE)


class _Words:
    """Where each word of a text (a maximal run of \\w) occurs, found once
    per document: the patterns below are tried only at the words that can
    begin a match."""

    def __init__(self, text: str):
        at: dict[str, list[int]] = {}  # word -> start offsets
        for m in _WORD.finditer(text):
            at.setdefault(m.group(), []).append(m.start())
        # case-insensitive look-ups: ASCII words lower-cased; other words may
        # match anything, ``foldable`` ones also a whole ASCII word (their
        # letters case-fold to ASCII letters too: "ſ" matches "s", "İ" "i")
        self.folded: dict[str, list[int]] = {}
        self.unfolded: list[int] = []
        self.foldable: list[int] = []
        for word, starts in at.items():
            if word.isascii():
                self.folded.setdefault(word.lower(), []).extend(starts)
            else:
                self.unfolded.extend(starts)
                if all(any(x.isascii() for x in c.lower() + c.upper() + c.casefold()) for c in word):
                    self.foldable.extend(starts)

    def starting(self, prefixes: tuple[str, ...]) -> list[int]:
        """Offsets of the words that may begin (case-insensitively) with one
        of the lower-case ``prefixes``."""
        out = list(self.unfolded)
        for word, starts in self.folded.items():
            if word.startswith(prefixes):
                out += starts
        return out


class _Tokens:
    """The words of a document as the look-ups below ask for them. Where the
    document has a needle index (see _prefilter), word starts come from it;
    else (and for the phrase tries that need every word) the text is split
    into :class:`_Words`, once, when first needed."""

    def __init__(self, doc):
        self.doc = doc
        self._words: "_Words | None" = None

    @property
    def words(self) -> _Words:
        if self._words is None:
            self._words = _Words(self.doc.text)
        return self._words

    def starting(self, prefixes: tuple[str, ...]) -> list[int]:
        """Offsets of the words that may begin (case-insensitively) with one
        of the lower-case ``prefixes`` (perhaps some more offsets: callers
        try a pattern there)."""
        found = word_starts(self.doc, prefixes)
        return self.words.starting(prefixes) if found is None else found


class _NameIndex:
    r"""Exact-case lookup of many names in a text, without a huge alternation.

    Finds the same spans as the pattern
    ``(?<![\w@/.-])(?:name|...)(?![\w@-]|\.[A-Za-z0-9])`` with the names
    longest first: one Aho-Corasick pass (pyahocorasick) lists where every
    name occurs; at each occurrence that begins a word not preceded by
    ``@ / . -``, the longest name found there that ends at a name boundary
    is the match. Matches do not overlap.
    """

    _END = compile(r"(?![\w@-]|\.[A-Za-z0-9])", _CASE)  # a name ends here

    def __init__(self, names):
        self.names = sorted(set(names))
        for name in self.names:
            if _WORD.match(name) is None:
                raise ValueError(f"a gazetteer name must begin with a word character: {name!r}")
        self._automaton = None

        self._by_lower: dict[str, list[str]] = {}
        for name in self.names:
            self._by_lower.setdefault(name.lower(), []).append(name)
        index_also(self._by_lower)  # listed by the needle index: a document with one needs no pass of its own

    def _occurrences(self, text: str, doc):
        """(start, -length, name) of every occurrence of every name."""
        found = occurrences(doc, self._by_lower) if doc is not None else None
        if found is not None:  # where the lower-cased name occurs, the name itself may
            return [(p, -len(name), name) for low, where in found.items() if where for name in self._by_lower[low]
                    for p in where if text.startswith(name, p)]
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for name in self.names:
                automaton.add_word(name, name)
            automaton.make_automaton()
            self._automaton = automaton
        return [(end + 1 - len(name), -len(name), name) for end, name in self._automaton.iter(text)]

    def finditer(self, text: str, doc=None):
        """(start, end, name) of every name in ``text``, left to right
        (``text`` is ``doc.text`` when a document is given)."""
        found = sorted(self._occurrences(text, doc))
        done = 0  # end of the last match
        for start, _, name in found:  # at each start, longest first
            if start < done:
                continue
            # a name begins a word, not preceded by one of @/.-
            if start and (text[start - 1] in "@/.-" or _WORD_CHAR.match(text, start - 1)):
                continue
            end = start + len(name)
            if self._END.match(text, end):
                yield start, end, name
                done = end

    def search(self, text: str):
        return next(self.finditer(text), None)


# gazetteer names and non-recipient names, found together in one pass
_NAMES = _NameIndex(list(_LOOKUP) + list(_NON))

_ROLE = compile(words(*[regex.escape(c) for c in ROLE_CUES]))
_LINK_TARGET = compile(words(*[regex.escape(c) for c in LINK_TARGET_CUES]))
_PARENT_OF = compile(r"\b(?:is|are)\b[^.;:\n]{0,40}\b(?:provided|operated|run|owned|developed|maintained|published) by\b")
_TRADEMARK = compile(r"(?:" + "|".join(regex.escape(w) for w in TRADEMARK_CUES) + r")")
_SOFTWARE = compile(words(*[regex.escape(w) for w in SOFTWARE_CUES]))
_PROFILE_AFTER = compile(r"(?:'s|’s)?[ ]" + words(*[regex.escape(w) for w in PROFILE_WORDS]))
_NEGATED = compile(NEGATED_USE)
_RESCUE = compile(NEGATION_RESCUE)
_CATEGORY = compile(words(*[regex.escape(c) for c in RECIPIENT_CATEGORIES]))
_SHARING = compile(words(*[regex.escape(c) for c in SHARING_VERBS]))
_NEG_SHARING = compile(
    r"\b(?:never|not|no|don't|doesn't|won't|neither|nor)\b[^.;\n]{0,40}\b(?:sold|sell|shared|share|rented|rent|disclosed|disclose|transferred|given|passed)\b"
)
_LIST_ANNOUNCE = compile(
    r"(?:" + words(*[regex.escape(n) for n in LIST_NOUNS]) + r"[ ](?:listed|named|set out|shown|mentioned) below"
    + r"|\b(?:the following|following|below)\b[^.;:\n]{0,40}?" + words(*[regex.escape(n) for n in LIST_NOUNS])
    + r"|\blist of (?:the |our |all )?[^.;:\n]{0,30}?" + words(*[regex.escape(n) for n in LIST_NOUNS]) + r")"
)
_CATEGORY_HEADER = compile(r"\bcategor(?:y|ies) of (?:third[- ]part(?:y|ies)|recipients|service providers|processors)\b")
_LIST_KINDS = compile(r"\b(?:categories|types|kinds|category|type)\s+of\b")
_LIST_LINK = compile(words(*[regex.escape(w) for w in LIST_LINK_WORDS]))
_LINK_SENTENCE = compile(
    r"\b(?:list|listed|lists|overview|details?|shown|published)\b[^.\n]{0,60}\b(?:available|found|published|see|visit|at|here|page|link)\b|\b(?:see|visit|available at|can be found)\b"
)

# an organisation name: capitalised words, optionally with a legal suffix
_NAME_TOKEN = r"(?:[A-Z][A-Za-z0-9&'.\-]*[A-Za-z0-9]|[A-Z])"
_ORG = r"(?P<org>" + _NAME_TOKEN + r"(?:[ ](?:" + _NAME_TOKEN + r"|&|of|de|and|for)){0,4}(?:,?[ ]" + LEGAL_SUFFIX + r")?)(?![A-Za-z0-9])"


class _PhrasePattern:
    """A pattern ``build(phrases)`` that begins with one of ``phrases``
    (case-insensitive, at a word boundary), tried only at the words that can
    begin a phrase.

    Every phrase begins with a word or a group of words followed by a space
    ("hosted (?:by|on)", "(?:is|are) processed by"), so at a word of ASCII
    letters only the phrases beginning with that word can match: each such
    word gets the pattern built from those phrases (in their order). A word
    with other letters that case-fold to ASCII ones ("ſ", "İ") gets the whole
    pattern.
    """

    # "hosted (?:by|on) ...", "(?:is|are|the app) ...", "(?:collects?|don't) ..."
    _LEAD = regex.compile(r"(?:\(\?:([A-Za-z' |?]+)\)|([A-Za-z]+))[ ]")
    _ALTERNATIVE = regex.compile(r"([A-Za-z]+)(s\?)?(?:'[A-Za-z]+)?(?:[ ][A-Za-z ]+)?")

    def __init__(self, phrases, build, flags: int = _CASE):
        self.pattern = compile(build(phrases), flags)
        by_word: dict[str, list[str]] = {}
        for phrase in phrases:
            lead = self._LEAD.match(phrase)
            alts = [self._ALTERNATIVE.fullmatch(a) for a in (lead.group(1) or lead.group(2)).split("|")] if lead else [None]
            if None in alts:
                raise ValueError(f"a phrase must begin with a word or (?:words|...) and a space: {phrase!r}")
            for alt in alts:
                first = alt.group(1).lower()
                for word in (first, first + "s") if alt.group(2) else (first,):
                    if phrase not in by_word.setdefault(word, []):
                        by_word[word].append(phrase)
        self._by_word = {w: compile(build(ps), flags) for w, ps in by_word.items()}

    def tries(self, tokens: _Words):
        """(position, pattern) for every word that can begin a phrase."""
        for word, pattern in self._by_word.items():
            for start in tokens.folded.get(word, ()):
                yield start, pattern
        for start in tokens.foldable:  # a first word is the whole word
            yield start, self.pattern


def _finditer_at(text: str, tries):
    """The matches of a pattern's ``finditer(text)``, trying it only at the
    (position, pattern) pairs of ``tries`` (the pattern there, or one
    equivalent at that position): exact when every match begins at one of
    them."""
    done = 0
    for pos, pattern in sorted(dict(tries).items()):
        if pos >= done:
            m = pattern.match(text, pos)
            if m is not None:
                yield m
                done = m.end()


_NOTHING = _PhrasePattern(NOTHING_COLLECTED, lambda phrases: r"\b(?:" + "|".join(phrases) + r")\b", FLAGS)
_ORG_IN_ROLE = _PhrasePattern(
    ROLE_BEFORE_NAME, lambda phrases: r"(?i:\b(?:" + "|".join(phrases) + r")[ ](?:the[ ])?(?:services?[ ]of[ ])?)" + _ORG
)
_ORG_LEGAL = compile(r"(?P<org>" + _NAME_TOKEN + r"(?:[ ](?:" + _NAME_TOKEN + r"|&|of|de|and)){0,4},?[ ]" + LEGAL_SUFFIX + r")(?![A-Za-z0-9])", _CASE)
_ORG_LEGAL_MAX_SPACES = 5  # 4 between name tokens, 1 before the suffix
# the leading letters of each legal suffix ("Inc", "S" of "S.A.", "Pty"): the
# suffix begins a word whose leading letters are these, with no digit after
_LEGAL_WORDS = frozenset(regex.match(r"[A-Za-z]+", alt).group() for alt in LEGAL_SUFFIX[len("(?:"):-1].split("|"))
# a legal suffix where _ORG_LEGAL can end with it: after a space, with no
# letter or digit after it
_LEGAL_SUFFIX_AT = regex.compile(r"(?<=[ ])" + LEGAL_SUFFIX + r"(?![A-Za-z0-9])", _CASE)
# where _LEGAL_SUFFIX_AT can match: the suffixes' leading letters, found by
# the standard library's re, whose scan skips to the words' first letters
# (2.5 times faster on prose); each is then confirmed. No suffix begins
# inside such a match (letters only, and a suffix follows a space), so none
# is skipped.
_LEGAL_WORD_CANDIDATES = re.compile("(?:" + "|".join(sorted(_LEGAL_WORDS, key=len, reverse=True)) + r")(?![A-Za-z0-9])")
_ORG_ROLE_AFTER = compile(
    r"\b(?:to|for|which|that|who)\b|\b(?:processes|receives|collects|stores|hosts|provides|handles|acts as|is our|are our|as our|as a|as an)\b",
)
# a name token of at most 64 characters: _CONTROLLER_DECL is tried at every
# capital of a run of name characters, and an unbounded token made that
# quadratic (20 KB of "A" ran past the regex guard); no name token is longer
_NAME_TOKEN_X = r"(?:[A-Z][A-Za-z0-9&'.\-]{0,62}[A-Za-z0-9]|[A-Z])"
_ORG_X = r"(?P<org>" + _NAME_TOKEN_X + r"(?:[ ](?:" + _NAME_TOKEN_X + r"|&|of|and)){0,4}(?:,?[ ]" + LEGAL_SUFFIX + r")?)"
# 'Acme Inc. ("we")', "this policy is for Acme", "Acme values your privacy"
_DECL_PAREN = r"[ ]?(?i:\((?:[^)]{0,40}?)[\"“'‘]?(?:we|us|our|the company|company)\b)"
_DECL_LEADS = (
    r"this (?:privacy |cookie )?(?:notice|policy|statement) (?:is )?(?:for|of|applies to)[ ]",
    r"(?:this|the|our) (?:website|site|app|application|service|software|project) is (?:operated|provided|run|owned|developed|maintained|published) by[ ]",
    r"(?:was|is|were|are) (?:built|developed|made|created|published|maintained) by[ ]",
    r"we are[ ]",
)
_DECL_CUES = ("values", "respects", "is committed", "takes your privacy", "operates (?:this|the)", "owns (?:this|the)")
_DECL_CUE = r"(?i:[ ](?:" + "|".join(_DECL_CUES) + "))"


def _lead_branches(leads) -> str:
    return "".join("|" + r"(?i:\b" + lead + ")" + _ORG_X for lead in leads)


_CONTROLLER_DECL = compile(_ORG_X + _DECL_PAREN + _lead_branches(_DECL_LEADS) + "|" + _ORG_X + _DECL_CUE, _CASE)
# Where a declaration can begin (see _controller_decls): at a lead-in (the
# lead-in branches alone suffice there), or at a capital letter of a name
# that ends right before "(" or a cue (the whole pattern).
_DECL_LEAD_AT = _PhrasePattern(_DECL_LEADS, lambda leads: _lead_branches(leads)[1:])
_DECL_CUE_AT = compile(_DECL_CUE, _CASE)
_DECL_PAREN_AT = compile(_DECL_PAREN.removeprefix("[ ]?"), _CASE)  # the bracket after the name
_DECL_CUE_WORDS = tuple(cue.split(" ")[0] for cue in _DECL_CUES)
# what an _ORG_X name (with the optional space before "(") can consist of
_ORG_X_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&'.-,/ ")
_ORG_X_MAX_SPACES = 7  # 4 between name tokens, 2 in "[,] Pty Ltd", 1 before "("
# "a brand of Acme B.V.", "a subsidiary of Acme Group plc": the controller's parent
_PARENT_DECL = compile(r"(?i:\b(?:subsidiary|brand|division|trading name|part|member|product|affiliate) of[ ](?:the[ ])?)" + _ORG_X, _CASE)
# "run by Tamsin Hale, trading as Saltmarsh Surf School": a sole trader is the controller
_TRADING_AS = compile(_ORG_X + r",?[ ](?i:trading|doing[ ]business)[ ]as\b", _CASE)
# "Acme Ltd collects/shares/processes your ...": the controller speaking of itself
_SUBJECT_CUES = (
    "collects", "processes", "shares", "uses", "stores", "keeps", "does not sell", "will not sell", "never sells",
    "may share", "may disclose", "is the (?:data )?controller", "is responsible for",
)
_SUBJECT_PRACTICE = compile(_ORG_X + r"(?i:[ ](?:" + "|".join(_SUBJECT_CUES) + r")\b)", _CASE)
# the space and cue after the name (no word end: a superset of where the cue ends the match)
_SUBJECT_CUE_AT = compile(r"(?i:[ ](?:" + "|".join(_SUBJECT_CUES) + r"))", _CASE)
_HELD_IN = compile(HELD_IN_SERVICE, _CASE)
# a gazetteer word inside a postal address ("P.O. Box 442") is not a name
_POSTAL_BEFORE = compile(r"(?i:\bP\.?[ ]?O\.?[ ]?|\bPost[ ]Office[ ]|\bPostfach[ ])$", _CASE)
_POSTAL_AFTER = compile(r"[ ]?#?\d", _CASE)
# the service runs on / is hosted on a hosting provider: a host, not the site's software
_SOFTWARE_KIND = compile(r"(?i:\b(?:theme|template|publishing[ ]platform|CMS|content[ ]management|generator|generated|open-source|open[ ]source|engine|framework|installed|self-hosted|our[ ]own[ ]server))")
_HOSTED_ON = compile(r"(?i:\b(?:runs?|running|hosted|deployed|served|lives?)[ ](?:on|by|with|at|from|in)[ ](?:the[ ])?)$", _CASE)
_ROLE_ALT = "|".join(ROLE_BEFORE_NAME)
# quoted short names defined at the top of the policy ('services ("LikeLines")')
_DEFINED_ALIAS = compile(r"\([\"“'‘]" + _ORG_X + r"[\"”'’][,)]", _CASE)
INTRO_CHARS = 600
# a block of at most this many words is a list item/label: its role context
# is the lead-in block before the list (at most LEAD_IN_MAX_ITEMS back)
LIST_ITEM_WORDS = 8
LEAD_IN_MAX_ITEMS = 30
# an unknown name used this often is the controller or its product
CONTROLLER_MIN_MENTIONS = 3


# ---------------------------------------------------------------------------
# Decision
# ---------------------------------------------------------------------------


_SPACES_COMMAS = re.compile(r"[ ,]+")


def _name_is_org(name: str) -> bool:
    toks = [t for t in _SPACES_COMMAS.split(name) if t]
    if not toks:
        return False
    meaningful = [t for t in toks if t.lower().strip(".'’") not in NOT_NAME_WORDS]
    if not meaningful:
        return False
    return not all(t.isupper() and len(t) <= 2 for t in meaningful)


def _phrase_tries(doc, phrases: _PhrasePattern, tokens: "_Tokens"):
    """(position, pattern) where a phrase pattern can begin: the offsets
    where it matches, found at its prefixes in the needle index, else every
    word that can begin a phrase (see _PhrasePattern.tries)."""
    starts = match_starts(doc, phrases.pattern)
    if starts is None:
        return phrases.tries(tokens.words)
    return ((s, phrases.pattern) for s in starts)


def _controller_decls(doc, tokens: "_Tokens"):
    """``_CONTROLLER_DECL.finditer(text)``, without trying every position."""
    text = doc.text
    tries = dict(_phrase_tries(doc, _DECL_LEAD_AT, tokens))
    name_ends = [start - 1 for start in tokens.starting(_DECL_CUE_WORDS) if start and _DECL_CUE_AT.match(text, start - 1)]
    paren = text.find("(")
    while paren >= 0:
        if _DECL_PAREN_AT.match(text, paren):  # else no declaration ends at this bracket
            name_ends.append(paren)
        paren = text.find("(", paren + 1)
    for end in name_ends:
        tries.update((j, _CONTROLLER_DECL) for j in _name_starts_before(text, end, _ORG_X_MAX_SPACES))
    return _finditer_at(text, tries.items())


_NAME_RUN_BACK: dict[int, "regex.Pattern"] = {}  # max_spaces -> the run, matched backwards from its end
_CAPITAL = re.compile(r"[A-Z]")


def _name_reach(text: str, end: int, max_spaces: int) -> int:
    """How far back an organisation name (of name characters, with at most
    ``max_spaces`` spaces) that ends at ``end`` can begin: the longest run
    of _ORG_X_CHARS ending there with at most that many spaces."""
    back = _NAME_RUN_BACK.get(max_spaces)
    if back is None:
        word = "[" + regex.escape("".join(sorted(_ORG_X_CHARS - {" "}))) + "]*"
        back = _NAME_RUN_BACK[max_spaces] = regex.compile(rf"(?r){word}(?: {word}){{0,{max_spaces}}}")
    return back.match(text, 0, end).start()


def _name_starts_before(text: str, end: int, max_spaces: int) -> list[int]:
    """Where an organisation name (of name characters, with at most
    ``max_spaces`` spaces) that ends at ``end`` can begin: at a capital."""
    return [m.start() for m in _CAPITAL.finditer(text, _name_reach(text, end, max_spaces), end)]


# a run of _ORG_LEGAL name-token characters (_NAME_TOKEN), group 1 at its
# first capital when it has one (linear: the first branch gives up a run
# without capitals after one pass back over it)
_TOKEN_RUN = re.compile(r"[a-z0-9&'.\-]*([A-Z])[A-Za-z0-9&'.\-]*|[A-Za-z0-9&'.\-]+")


def _first_capitals_before(text: str, end: int) -> list[int]:
    """Where an _ORG_LEGAL name ending at ``end`` can begin: the first
    capital of each run of name-token characters among those
    :func:`_name_starts_before` would list. _ORG_LEGAL (unbounded tokens) matches
    at a later capital of a run only if it matches at the run's first one,
    whose match runs past the run: the later ones are never tried by
    finditer (in capitals-only text every letter would be)."""
    # (the reach begins a run: the character before it is no name character)
    return [m.start(1) for m in _TOKEN_RUN.finditer(text, _name_reach(text, end, _ORG_LEGAL_MAX_SPACES), end) if m.start(1) >= 0]


def _legal_entities(text: str):
    """``_ORG_LEGAL.finditer(text)``, trying the pattern only at the first
    capital of each run of name characters shortly before a legal suffix."""
    starts = []
    for m in _LEGAL_WORD_CANDIDATES.finditer(text):
        if _LEGAL_SUFFIX_AT.match(text, m.start()) is not None:
            starts += _first_capitals_before(text, m.start())
    return _finditer_at(text, ((s, _ORG_LEGAL) for s in starts))


def _controller_names(doc, ctx, tokens: "_Tokens") -> set[str]:
    names = {n.lower() for n in ctx.controller_names if n}
    # "Acme Inc. ("we", "us")" declares the controller
    for m in _controller_decls(doc, tokens):
        names.add(_base_name(m.group("org")).lower())
    for m in doc_finditer(doc, _PARENT_DECL):
        names.add(_base_name(m.group("org")).lower())
    for m in doc_finditer(doc, _TRADING_AS):
        names.add(_base_name(m.group("org")).lower())
    # where a cue can follow a name: a sentence whose first cue comes after
    # more spaces than a name holds cannot begin with a name and a cue
    cue_spans = [(m.start(), m.end()) for m in doc_finditer(doc, _SUBJECT_CUE_AT)]
    cues = [s for s, _ in cue_spans]
    named_before: dict[str, int | None] = {}
    for sent in doc.sentences:
        if not "A" <= doc.text[sent.start] <= "Z":
            continue  # no capital to begin a name: _SUBJECT_PRACTICE cannot match
        k = bisect.bisect_left(cues, sent.start)
        if not (k and cue_spans[k - 1][1] > sent.start):  # (a cue running into the sentence hides the cues it covers)
            if k == len(cues) or cues[k] >= sent.end or doc.text.count(" ", sent.start, cues[k]) > _ORG_X_MAX_SPACES:
                continue
        m = _SUBJECT_PRACTICE.match(doc.text, sent.start, sent.end)
        if m and m.group("org") not in _LOOKUP and _base_name(m.group("org")) not in _LOOKUP:
            base = _base_name(m.group("org"))
            # "... hosted by Pixieset. Pixieset stores the images": a recipient named as the subject, not the "we"
            if base not in named_before:  # where the text first names it as a recipient ("hosted by X")
                named_before[base] = _first_in_role(doc.text, base)
            if named_before[base] is not None and named_before[base] <= sent.start:
                continue
            names.add(base.lower())
    for m in _DEFINED_ALIAS.finditer(doc.text, 0, INTRO_CHARS):
        names.add(_base_name(m.group("org")).lower())
    # the title ("Acme Privacy Policy") names the controller or its product
    for b in doc.blocks[:3]:
        t = doc.text[b.start:b.end]
        if t:
            m = regex.match(r"(?:The )?(.{2,60}?)(?:'s|’s)?\s+(?:Privacy|Data Protection|Cookie)", t)
            if m:
                names.add(m.group(1).lower().strip(" -—|:"))
            m = regex.search(r"(?:Privacy|Cookie)(?: (?:Policy|Notice|Statement))?(?: (?:for|of)|\s*[-–—|:])\s+(.{2,60})$", t)
            if m:
                names.add(m.group(1).lower().strip(" -—|:"))
    return {n for n in names if n and _name_is_org(n)}


_AFTER_ROLE = regex.compile(r"(?<=(?i:\b(?:" + _ROLE_ALT + r")[ ](?:the[ ])?))")
_WORD_BOUNDARY = regex.compile(r"\b")


def _first_in_role(text: str, name: str) -> "int | None":
    """The end of the first mention of ``name`` (not empty) right after a
    receiving role ("hosted by X"), or None: the first match of
    ``(?<=(?i:\b(?:ROLE)[ ](?:the[ ])?))name\b``, tried only where ``name``
    occurs (one compiled lookbehind for every name)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if _WORD_BOUNDARY.match(text, end) is not None and _AFTER_ROLE.match(text, i) is not None:
            return end
        i = text.find(name, i + 1)
    return None


_SUFFIX_RE = regex.compile(r",?\s+" + LEGAL_SUFFIX + r"$")


def _base_name(org: str) -> str:
    return _SUFFIX_RE.sub("", org.strip(" .,")).strip()


def _longer_than_item(text: str, blk) -> bool:
    """Whether a block has more than LIST_ITEM_WORDS words (split no further)."""
    return len(text[blk.start:blk.end].split(None, LIST_ITEM_WORDS)) > LIST_ITEM_WORDS


# the words before a name's tail: "Fromagerie du " before "Coin SARL"
_HEAD_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'’&-]*[ ](?:du|de|des|la|le|del|della|di|van|von|der|den|y|e|et|of|and|&)[ ])+$")


def _tail_of_controller(text: str, s: int, org: str, is_controller) -> bool:
    """The name found is the tail of the controller's name, cut at a
    lower-case particle ("Fromagerie du Coin SARL" read as "Coin SARL")."""
    m = _HEAD_BEFORE.search(text, max(0, s - 80), s)
    return m is not None and is_controller(_base_name(m.group() + org))


def _is_controller(surface: str, controllers: set[str]) -> bool:
    s = surface.lower()
    for c in controllers:
        if s == c or c.startswith(s + " ") or c.startswith(s + ",") or s.startswith(c + " "):
            return True
    return False


# ---------------------------------------------------------------------------
# Languages: English is the patterns above; another language adds its table
# from _vocab/sharing.py to them. The gazetteer is the same for every language.
# ---------------------------------------------------------------------------

LANGUAGES = ("en",) + tuple(SV.SHARING)

_NAME_TOKEN_U = r"(?:[\p{Lu}0-9][\p{L}0-9&'’.\-]*[\p{L}0-9]|\p{Lu})"
_LANG_SUFFIXES = (r"S\.L\.U\.|S\.L\.|SLU|S\.A\.U\.|SAU|SARL|S\.A\.R\.L\.|SASU|EURL|Lda\.?|Ltda\.?|LTDA|EIRELI|S/A|e\.\s?V\.|e\.\s?K\.|mbH|GbR|OHG"
                  r"|S\.r\.l\.s?|Srls?|S\.n\.c\.|Snc|S\.a\.s\.|SpA|V\.O\.F\.|VOF|vzw|VZW|asbl|ASBL|bvba|BVBA|NV|S\.L|SL")
_LEGAL_U = r"(?:" + LEGAL_SUFFIX[3:-1] + "|" + _LANG_SUFFIXES + r")"
_FIRST_TOKEN_U = r"(?:\p{Lu}[\p{L}0-9&'’.\-]*[\p{L}0-9]|\p{Lu})"  # a name begins with a letter ("3581 AB" is a postcode)
_ORG_U = (r"(?P<org>" + _FIRST_TOKEN_U + r"(?:[ ](?:" + _NAME_TOKEN_U + r"|&|of|de|del|della|di|du|des|la|van|von|der|den|und|y|e|et|en|and|for)){0,4}"
          r"(?:,?[ ]" + _LEGAL_U + r")?)(?![\p{L}0-9])")
_ARTICLE = r"(?:(?i:der|die|das|den|dem|la|le|les|l['’]|el|los|las|o|a|os|as|il|lo|gli|de|het|the|empresa|société|società|Firma)[ ])?"


def _alt(*parts) -> str:
    return "|".join(p for p in parts if p)


class _LangTPL:
    """The compiled patterns of one language (English plus its table)."""

    def __init__(self, lang: str):
        V = SV.SHARING[lang]
        C = CTRL.CONTROLLER.get(lang, {})
        self.LANG = lang
        self.ROLE = compile(_alt(words(*[regex.escape(c) for c in ROLE_CUES]), words(*V["ROLE"])))
        self.STRONG = compile(_alt(_STRONG.pattern, words(*V["STRONG"])))
        self.LINK_TARGET = compile(_alt(words(*[regex.escape(c) for c in LINK_TARGET_CUES]), words(*V["LINK_TARGET"])))
        self.TRADEMARK = compile(_alt(_TRADEMARK.pattern, words(*V["TRADEMARK"])))
        self.SOFTWARE = compile(_alt(words(*[regex.escape(w) for w in SOFTWARE_CUES]), words(*V["SOFTWARE"])))
        self.NEGATED = compile(_alt(NEGATED_USE, *V["NEGATED"]))
        self.RESCUE = compile(_alt(NEGATION_RESCUE, words(*V["RESCUE"])))
        self.CATEGORY = compile(_alt(words(*[regex.escape(c) for c in RECIPIENT_CATEGORIES]), words(*V["CATEGORY"])))
        self.SHARING = compile(_alt(words(*[regex.escape(c) for c in SHARING_VERBS]), words(*V["SHARING"])))
        self.NEG_SHARING = compile(_alt(_NEG_SHARING.pattern, *V["NEG_SHARING"]))
        nouns = words(*V["LIST_NOUNS"])
        lead = words(*V["LIST_LEAD"])
        self.LIST_ANNOUNCE = compile(_alt(_LIST_ANNOUNCE.pattern, lead + r"[^.;:\n]{0,40}?" + nouns, nouns + r"[^.;:\n]{0,40}?" + lead))
        self.LIST_KINDS = compile(_alt(_LIST_KINDS.pattern, r"\b(?:Kategorien|Arten|catégories|types|categorías|tipos|categorias|categorie|tipi|categorieën|soorten)\s+(?:von|de|des|di|dei|van)\b"))
        self.LIST_LINK = compile(_alt(_LIST_LINK.pattern, words(*V["LIST_LINK"])))
        self.LINK_SENTENCE = compile(_alt(_LINK_SENTENCE.pattern, *V["LINK_SENTENCE"]))
        self.CATEGORY_HEADER = compile(_alt(_CATEGORY_HEADER.pattern, r"\b(?:Kategorien\s+von\s+Empfängern|catégories\s+de\s+destinataires|categorías\s+de\s+destinatarios|categorias\s+de\s+destinatários|categorie\s+di\s+destinatari|categorieën\s+(?:van\s+)?ontvangers)\b"))
        self.NOTHING = compile(_alt(*(r"\b(?:" + x + r")" for x in V["NOTHING"])))
        self.NOT_NAME = NOT_NAME_WORDS | frozenset(w.lower() for w in V["NOT_NAME"])
        self.NOT_NAME_CS = frozenset(V["NOT_NAME"])
        # one branch per role phrase ("alojado en ...|servicio de ..."), the same matches as
        # "(?:alojado en|servicio de) ...": a long text is then searched a phrase at a time,
        # each near its own words (see _prefilter._split)
        self.ORG_IN_ROLE = compile("|".join(r"(?i:\b(?:" + b + r"))[ ]?:?[ ]" + _ARTICLE + _ORG_U for b in V["ROLE_BEFORE"]), _CASE)
        self.ORG_LEGAL = compile(r"(?<![\p{L}0-9])(?P<org>" + _FIRST_TOKEN_U + r"(?:[ ](?:" + _NAME_TOKEN_U + r"|&|of|de|del|y|e|et|and|van|von)){0,4},?[ ]" + _LEGAL_U + r")(?![\p{L}0-9])", _CASE)
        # a legal suffix: where a legal-entity name can end (the name is then matched backwards)
        self.SUFFIX_AT = compile(r"(?<![\p{L}0-9])" + _LEGAL_U + r"(?![\p{L}0-9])", _CASE)
        # "een derde partij (Kind en Gezin)", "prestataires tels que Brevo"
        self.SUCH_AS = compile(r"(?i:" + self.CATEGORY.pattern + r")(?:\s?\(\s?|,?\s(?i:" + _alt(*V["SUCH_AS"], r"such\s+as", r"namely", r"like") + r")\s)" + _ORG_U, _CASE)
        # "hébergé par : ovh": a gazetteer name in lower case after a role phrase
        self.LOWER_AFTER = compile("|".join(r"(?i:\b(?:" + b + r"))[ ]?:?[ ](?P<w>[\w][\w.&-]{1,40})" for b in V["ROLE_BEFORE"]))
        roles = _alt(*C.get("ROLE", ()))
        copula = _alt(*sorted(C.get("COPULA", ()), key=len, reverse=True))
        define = _alt(*C.get("DEFINE", ()))
        agents = _alt(*C.get("AGENT", ()))
        # 'Acme GmbH (nachfolgend "wir")': found backwards from the bracket
        self.DECL_BACK = compile(r"\s?,?\s?\(\s?(?i:" + define + r")\b") if define else None
        self.WE_IN_DEF = compile(r"\b(?:" + _alt(*C.get("WE", ()), r"we|us", *C.get("ROLE", ())) + r")\b")
        self.ORG_AT_END = compile(_ORG_U.replace("(?![\\p{L}0-9])", "") + r"$", _CASE)
        self.DECL = compile(
            # "édité par Rochat Vins SARL, filiale du Groupe Rochat": the controller and its parent
            r"(?i:\b(?:site|application|app|website|webseite|sitio|aplicación|aplicativo|sito|applicazione)\b[^.,;:\n]{0,60}?(?:" + agents + r"))\s" + _ARTICLE + _ORG_U
            + r"|(?i:\b(?:filiale\s+(?:du|de|d['’])|Tochter(?:gesellschaft|unternehmen)\s+(?:der|des|von)|filial\s+de|subsidiaria\s+de|controlad[ao]\s+por"
              r"|controllat[ao]\s+da|dochter(?:onderneming|bedrijf|maatschappij)?\s+van|(?:marque|Marke|marca|marchio|merk)\s+(?:de|du|der|von|di|van)|parte\s+del\s+grupo|fait\s+partie\s+du))\s"
            + _ARTICLE + _ORG_U
            + (r"|(?i:\b(?:" + roles + r")\b)[^.!?\n]{0,260}?(?:\s?:|\s(?i:" + copula + r")\b(?:\s(?i:der|die|das|la|le|el|il|lo|o|a|de|het)(?=[\s:]))?\s?:?)\s{0,3}" + _ORG_U if roles else ""),
            _CASE,
        )

    def _legal(self, doc):
        """ORG_LEGAL.finditer(doc.text), tried only shortly before each legal suffix."""
        text, done = doc.text, 0
        for sm in doc_finditer(doc, self.SUFFIX_AT):
            lo = max(done, sm.start() - 120)
            m = self.ORG_LEGAL.search(text, lo, min(len(text), sm.end() + 1))
            while m is not None and m.end() < sm.end():
                m = self.ORG_LEGAL.search(text, m.end(), min(len(text), sm.end() + 1))
            if m is not None and m.start() >= done:
                done = m.end()
                yield m

    def org_patterns(self, doc):
        return (
            (self.ORG_IN_ROLE, "organisation in receiving role", doc_finditer(doc, self.ORG_IN_ROLE)),
            (self.ORG_LEGAL, "legal entity in sharing context", self._legal(doc)),
            (self.SUCH_AS, "organisation named among recipients", doc_finditer(doc, self.SUCH_AS)),
        )


_EN_TPL = SimpleNamespace(
    LANG=None, ROLE=None, STRONG=None, LINK_TARGET=None, TRADEMARK=None, SOFTWARE=None, NEGATED=None, RESCUE=None,
    CATEGORY=None, SHARING=None, NEG_SHARING=None, LIST_ANNOUNCE=None, LIST_KINDS=None, LIST_LINK=None,
    LINK_SENTENCE=None, CATEGORY_HEADER=None, NOTHING=None, NOT_NAME=NOT_NAME_WORDS, ORG_IN_ROLE=None, ORG_LEGAL=None,
    org_patterns=lambda doc: (),
)
_TPL: dict[str, object] = {}


def patterns_for(lang: str):
    """The compiled patterns of a language (built once, on first use)."""
    if lang not in SV.SHARING:
        return _EN_TPL
    if lang not in _TPL:
        with vocabulary(lang):
            _TPL[lang] = _LangTPL(lang)
    return _TPL[lang]


prepare = patterns_for  # the engine makes a language's patterns before it searches a text (Check.prepare)
PURE = True  # decide keeps no state a caller reads: the engine may run it in a second process (Check.pure)
COST = 4.0  # relative time on a long document: the engine starts the costliest first (Check.cost)


# "stored on University-managed storage": a compound adjective, not a name
_COMPOUND_ADJECTIVE = regex.compile(r"^[\w'’&.]+-(?:managed|owned|based|hosted|run|operated|controlled|funded|approved|provided|supplied|backed|licensed|certified|compliant|wide|led|sponsored|affiliated)$")
_ENDS_LEGAL = regex.compile(r"[ ,]" + _LEGAL_U + r"$")  # "..., Inc.", "... GmbH"
_INNER_CAPITAL = regex.compile(r"\p{Ll}[\p{Lu}0-9]")  # "OVHcloud", "eBay2"
_AFTER_ARTICLE = regex.compile(r"(?i:\b(?:an?|the|our|your|any|each|every|this|that)[ ]$)")  # "a Delaware Corporation"


def _brand_like(org: str, P) -> bool:
    """An unknown name after a role phrase counts in other languages only when
    it cannot be an ordinary (capitalised) noun: a legal suffix, an internal
    capital or digit ("OVHcloud", "1&1"), all capitals, or several words none
    of which is a generic word."""
    toks = [t for t in _SPACES_COMMAS.split(org) if t]
    if _ENDS_LEGAL.search(org):
        return True
    if P.CATEGORY.search(org):  # "Versanddienstleister und Zahlungsdienstleister": categories, not a name
        return False
    if any(t in P.NOT_NAME_CS or t.lower() in P.NOT_NAME for t in toks):
        return False
    if len(toks) == 1:
        t = toks[0]
        return (len(t) >= 3 and t.isupper()) or _INNER_CAPITAL.search(t) is not None or "." in t.strip(".")
    return len(toks) >= 2 and all(t[:1].isupper() or t.lower() in ("&", "of", "de", "and", "y", "e", "et", "en", "van", "von", "der") for t in toks)


def _lang_controller_names(doc, P) -> set[str]:
    names = set()
    text = doc.text
    for m in doc_finditer(doc, P.DECL):
        org = m.group("org")
        if org:
            names.add(_base_name(org).lower())
    if P.DECL_BACK is not None:
        for m in doc_finditer(doc, P.DECL_BACK):
            inside = text[m.end():m.end() + 60].split(")")[0]
            if m.start() > INTRO_CHARS and not P.WE_IN_DEF.search(inside):
                continue  # "(nachfolgend IONOS)" in the hosting section names a vendor
            n = P.ORG_AT_END.search(text, max(0, m.start() - 120), m.start())
            if n is not None:
                names.add(_base_name(n.group("org")).lower())
    return {n for n in names if n and _name_is_org(n)}


_LOWER_LOOKUP = {k.lower(): v for k, v in sorted(_LOOKUP.items(), key=lambda kv: kv[0]) if len(k) >= 3 and k not in COMMON_WORD_NAMES}


def _signals(doc, ctx) -> SimpleNamespace:
    """What every candidate's decision reads from the whole document: the
    controller's names, whether nothing is collected, every gazetteer name,
    each block's lead-in; and the organisation matches of each pattern
    (and the known vendors in lower case after a role phrase), read once
    as far as the parts of the text analysed ask (computed once,
    however many parts are analysed)."""
    P = patterns_for(doc.language)
    text = doc.text
    tokens = _Tokens(doc)
    controllers = _controller_names(doc, ctx, tokens)
    if P.LANG is not None:
        controllers |= _lang_controller_names(doc, P)
    nothing_collected = any(pattern.match(text, pos) for pos, pattern in _phrase_tries(doc, _NOTHING, tokens)) or (
        P.NOTHING is not None and doc_search(doc, P.NOTHING) is not None)
    in_role = list(_finditer_at(text, _phrase_tries(doc, _ORG_IN_ROLE, tokens)))
    organisations = [
        (_ORG_IN_ROLE, "organisation in receiving role", in_role),
        (_HELD_IN, "organisation in receiving role", doc_finditer(doc, _HELD_IN) if "," in text else ()),
        (_ORG_LEGAL, "legal entity in sharing context", _legal_entities(text)),
        *P.org_patterns(doc),
    ]
    long_block = [_longer_than_item(text, blk) for blk in doc.blocks]
    return SimpleNamespace(controllers=controllers, nothing_collected=nothing_collected,
                           names=list(_NAMES.finditer(text, doc)), contexts={}, long_block=long_block,
                           lead_in=_lead_in(doc, long_block),
                           organisations=[(pat, rule, _Replay(matches)) for pat, rule, matches in organisations],
                           lower_after=_Replay(doc_finditer(doc, P.LOWER_AFTER) if P.LANG is not None else ()))


class _Replay:
    """An iterator read once: each iteration yields the items read so far,
    then reads on (the organisation matches, read as far as each part of
    the text asks)."""

    def __init__(self, items):
        self._items, self._read = iter(items), []

    def __iter__(self):
        i = 0
        while True:
            if i == len(self._read):
                item = next(self._items, self)
                if item is self:
                    return
                self._read.append(item)
            yield self._read[i]
            i += 1


def _lead_in(doc, long_block: list[bool]) -> list[int]:
    """For each block, the last text block before it longer than a list
    item (``long_block``), or -1: a short block (a list item that is only a
    name or a label) takes its role context from the list's lead-in."""
    lead_in: list[int] = []
    last_long = -1
    for bi, blk in enumerate(doc.blocks):
        lead_in.append(last_long)
        if blk.kind == "text" and long_block[bi]:
            last_long = bi
    return lead_in


def analyse(doc, ctx, upto: "int | None" = None, signals: "SimpleNamespace | None" = None):
    """Every name considered: list of (Candidate, canonical name or '')
    plus document-level signals. Exposed for tests.

    ``upto``: only the candidates that start before this offset, each
    decided as in the whole reading, except that a short form ("Google")
    is accepted only for a recipient named before ``upto`` (see
    :func:`_first_candidates`)."""
    P = patterns_for(doc.language)
    text = doc.text
    sentences = doc.sentences
    sent_starts = [s.start for s in sentences]
    signals = signals or _signals(doc, ctx)
    controllers, nothing_collected = signals.controllers, signals.nothing_collected
    end_at = len(text) + 1 if upto is None else upto

    cands: list[tuple[Candidate, str, str]] = []  # (candidate, canonical, category)
    controller_of: dict[str, bool] = {}

    def is_controller(name: str) -> bool:  # (asked once per distinct name)
        found = controller_of.get(name)
        if found is None:
            found = controller_of[name] = _is_controller(name, controllers)
        return found

    def sentence_of(pos: int):
        i = bisect.bisect_right(sent_starts, pos) - 1
        return sentences[i] if i >= 0 else None

    lead_in = signals.lead_in
    cache: dict[int, dict] = signals.contexts
    # a sentence holding no needle of a pattern cannot match it: no search there
    role_in, link_in, neg_in, rescue_in = (matcher(doc, pat) for pat in (P.ROLE, P.LINK_TARGET, P.NEGATED, P.RESCUE))

    def ctx_of(sent):
        c = cache.get(sent.start)
        if c is None:
            s, e = sent.start, sent.end
            stext = text[s:e]
            role = role_in(s, e) and P.ROLE.search(stext) is not None
            if not role and not signals.long_block[sent.block]:
                li = lead_in[sent.block]
                if li >= 0 and sent.block - li <= LEAD_IN_MAX_ITEMS:
                    lb = doc.blocks[li]
                    role = role_in(lb.start, lb.end) and P.ROLE.search(text, lb.start, lb.end) is not None
            c = {
                "text": stext,
                "role": role,
                "link": P.LINK_TARGET.search(stext) if link_in(s, e) else None,
                "neg": P.NEGATED.search(stext) if neg_in(s, e) else None,
                "rescue": rescue_in(s, e) and P.RESCUE.search(stext) is not None,
            }
            cache[sent.start] = c
        return c

    def has(c, pattern) -> bool:
        """pattern.search(sentence text) is not None, remembered per sentence
        (several names in one sentence ask the same)"""
        found = c.get(pattern)
        if found is None:
            found = c[pattern] = pattern.search(c["text"]) is not None
        return found

    # -- gazetteer and non-recipient names --------------------------------
    pending_short: list[int] = []
    later = len(signals.names)  # the first name not read
    for k, (start, end, surface) in enumerate(signals.names):
        if start >= end_at:
            later = k
            break
        if surface in _NON and surface not in _LOOKUP:
            cands.append((Candidate(start, end, f"not a recipient: {_NON[surface]}", False), "", ""))
            continue
        canonical, category, common = _LOOKUP[surface]
        sent = sentence_of(start)
        if sent is None:
            continue
        c = ctx_of(sent)
        rel = start - sent.start
        # a vendor's name used for something other than receiving data (a link target, a
        # profile or repository, a trademark, the site's software, generator or platform, a
        # negated use, a postal address) is not a gazetteer hit: it is reported with the reason
        hosted_on = (category in ("hosting", "cdn") and _HOSTED_ON.search(text, max(sent.start, start - 30), start) is not None
                     and not has(c, _SOFTWARE_KIND))
        non = None
        if common and _POSTAL_BEFORE.search(text, max(0, start - 14), start) and _POSTAL_AFTER.match(text, end):
            non = "part of a postal address"
        elif c["link"] is not None and c["link"].start() < rel and not has(c, P.STRONG):
            non = "link target / store listing"
        elif has(c, P.TRADEMARK) and not has(c, P.STRONG):
            non = "trademark or copyright notice"
        elif has(c, P.SOFTWARE) and not has(c, P.STRONG) and not hosted_on:
            non = "site software, generator or platform"
        elif common and _PROFILE_AFTER.match(text, end) is not None:
            non = "profile, page or repository (link target)"
        elif c["neg"] is not None and c["neg"].start() < rel and not c["rescue"]:
            non = "negated: not used or shared"
        if non is not None:
            cands.append((Candidate(start, end, f"not a recipient: {non}", False), "", ""))
            continue
        if is_controller(surface) or is_controller(canonical):
            rule, ok = "the controller or its brand", False
        elif common and not c["role"]:
            rule, ok = _SHORT_WAITING, False
            pending_short.append(len(cands))
        elif nothing_collected and category in ("hosting", "cdn") and not has(c, P.STRONG):
            rule, ok = "host named, but nothing is collected", False
        elif common:
            rule, ok = f"gazetteer ({category}) in sharing context", True
        else:
            rule, ok = f"gazetteer ({category})", True
        cands.append((Candidate(start, end, rule, ok), canonical, category))

    # a common-word name that is a short form of a recipient named elsewhere
    # ("Clarity" after "Microsoft Clarity", "Google" after "Google Analytics")
    accepted_words = set()
    for cd, _, _ in cands:
        if cd.accepted:
            accepted_words.update(text[cd.start:cd.end].split())
    for i in pending_short:
        cd, canonical, category = cands[i]
        if text[cd.start:cd.end] in accepted_words:
            cands[i] = (Candidate(cd.start, cd.end, "short form of a named recipient", True), canonical, category)

    gaz_spans = [(cd.start, cd.end) for cd, _, _ in cands]
    # (the names not read still hide the organisations they overlap)
    gaz_spans += [(s, e) for s, e, _ in signals.names[later:] if sentence_of(s) is not None]

    def overlaps_known(s: int, e: int) -> bool:
        i = bisect.bisect_left(gaz_spans, (s, -1))
        for j in (i - 1, i):
            if 0 <= j < len(gaz_spans):
                gs, ge = gaz_spans[j]
                if gs < e and s < ge:
                    return True
        return False

    gaz_spans.sort()
    # -- organisations in a receiving role that are not in the gazetteer ----
    seen = set()
    brand_like: dict[str, bool] = {}
    for pat, rule, matches in signals.organisations:
        for m in matches:
            if m.start() >= end_at:
                break
            org = m.group("org").rstrip(".,")
            s, e = m.start("org"), m.start("org") + len(org)
            if s >= end_at or (s, e) in seen or overlaps_known(s, e):
                continue
            seen.add((s, e))
            sent = sentence_of(s)
            if sent is None:
                continue
            c = ctx_of(sent)
            rel = s - sent.start
            if not _name_is_org(org) or _COMPOUND_ADJECTIVE.search(org):
                continue
            if org.split(" ")[0] in _NON:
                cands.append((Candidate(s, e, f"not a recipient: {_NON[org.split(' ')[0]]}", False), "", ""))
                continue
            base = _base_name(org)
            if base not in brand_like:  # named early and often: the controller's own brand (once per name)
                brand_like[base] = text.count(base) >= CONTROLLER_MIN_MENTIONS and text.find(base) < max(INTRO_CHARS, len(text) // 7)
            if is_controller(base) or brand_like[base] or _tail_of_controller(text, s, org, is_controller):
                cands.append((Candidate(s, e, "the controller or its brand", False), "", ""))
                continue
            if rel == 0 and pat in (_ORG_IN_ROLE, P.ORG_IN_ROLE):
                continue
            if doc.blocks[sent.block].kind == "heading" or org.split(" ")[0].lower() in P.NOT_NAME:
                continue
            if P.LANG is not None and ((pat is P.ORG_IN_ROLE and not _brand_like(org, P)) or (
                    pat is P.SUCH_AS and P.CATEGORY.search(org) and not _ENDS_LEGAL.search(org))):
                continue
            low = c["text"].lower()
            if any(
                (low.startswith(n + " ") or low.startswith("the " + n + " "))
                and _PARENT_OF.search(low, 0, len(n) + 60) is not None
                for n in controllers
            ):
                cands.append((Candidate(s, e, "parent or operator of the controller", False), "", ""))
                continue
            if _AFTER_ARTICLE.search(text[max(0, s - 8):s]):
                continue  # "a Delaware Corporation": a type, not a name
            if has(c, P.TRADEMARK):
                cands.append((Candidate(s, e, "trademark or copyright notice", False), "", ""))
                continue
            if pat in (_ORG_LEGAL, P.ORG_LEGAL) and not c["role"]:
                cands.append((Candidate(s, e, "legal entity without sharing context", False), "", ""))
                continue
            if c["neg"] is not None and c["neg"].start() < rel and not c["rescue"]:
                cands.append((Candidate(s, e, "negated: not used or shared", False), "", ""))
                continue
            if c["link"] is not None and c["link"].start() < rel:
                cands.append((Candidate(s, e, "link target / store listing", False), "", ""))
                continue
            cands.append((Candidate(s, e, rule, True), "", ""))
    if P.LANG is not None:
        # "hébergé par : ovh": a known vendor written in lower case after a role phrase
        for m in signals.lower_after:
            if m.start() >= end_at:
                break
            w = m.group("w").rstrip(".,;:")
            hit = _LOOKUP.get(w) or _LOWER_LOOKUP.get(w.lower())
            s, e = m.start("w"), m.start("w") + len(w)
            if hit is None or s >= end_at or overlaps_known(s, e) or (s, e) in seen:
                continue
            sent = sentence_of(s)
            c = ctx_of(sent) if sent is not None else None
            if c is not None and c["neg"] is not None and c["neg"].start() < s - sent.start and not c["rescue"]:
                continue
            cands.append((Candidate(s, e, f"gazetteer ({hit[1]}) after a role phrase", True), hit[0], hit[1]))
    cands.sort(key=lambda t: (t[0].start, t[0].end))
    return cands


_STRONG = compile(
    r"\b(?:collects?|collected|receives?|received|processe[sd]|shared? with|sent to|transmitted to|(?-i:stores?|stored)|tracks?|analy[sz]e|analytics|crash|payments?|advertis\w*|ads)\b"
)


def _announced_empty(doc, accepted_spans):
    """The announcing sentence of a list of recipients that is followed by
    no name (next blocks are a heading, a category or nothing)."""
    P = patterns_for(doc.language)
    text = doc.text
    blocks = doc.blocks
    announce_hit = matcher(doc, P.LIST_ANNOUNCE)
    for sent in doc.sentences:
        if not announce_hit(sent.start, sent.end):
            continue  # no needle of LIST_ANNOUNCE in the sentence: the search would find nothing
        stext = text[sent.start:sent.end]
        m = P.LIST_ANNOUNCE.search(stext)
        if m is None or P.LIST_KINDS.search(stext) or doc.links_in(sent.start, sent.end) or "://" in stext:
            continue
        bi = sent.block
        b = blocks[bi]
        # the announcement must close its block (only short remarks after it)
        if b.end - (sent.start + m.end()) > 160:
            continue
        after = text[sent.start + m.end():b.end]
        # names in what follows?
        end = b.end
        followers = []
        j = bi + 1
        while j < len(blocks) and len(followers) < 4:
            nb = blocks[j]
            if nb.kind == "heading" and followers:
                break
            followers.append(nb)
            j += 1
            if nb.kind == "heading":
                # a heading straight after the announcement: the list is empty
                # unless the heading itself is a name
                break
        region_end = followers[-1].end if followers else end
        named = any(sent.start <= s < region_end for s, _ in accepted_spans)
        if named:
            continue
        # a list of categories ("Service providers", "Advertisers") is not empty
        # (a lone header row straight before the next heading is still empty)
        if followers and P.CATEGORY.search(text, followers[0].start, min(followers[0].end, followers[0].start + 40)) and (
            followers[0].kind == "heading" or (len(followers) > 1 and followers[1].kind != "heading")
        ):
            continue
        if after.strip(" :.") and _name_is_org_text(after):
            continue
        return (sent.start, sent.end)
    return None


def _name_is_org_text(s: str) -> bool:
    return _NAMES.search(s) is not None


_SHORT_WAITING = "common word without sharing context"  # (accepted if a recipient's full name has the word)
_FIRST_PART = 1 << 17  # characters analysed first when only the decision is asked for
_NAMES_SHOWN = 5  # recipients named in the message (then "...")


def _first_candidates(doc, ctx):
    """The candidates that decide the outcome, message and evidence, read
    from the start of the text in growing parts: a part settles them when
    it names more than _NAMES_SHOWN distinct recipients and no short form
    before the last one shown is still waiting for its full name (which
    may come later); else the next part is four times as long, up to the
    whole text (at once when the next part would pass half of it)."""
    signals = _signals(doc, ctx)
    text = doc.text
    upto = _FIRST_PART
    while upto < len(text):
        cands = analyse(doc, ctx, upto, signals)
        names: list[str] = []
        for c, _, _ in cands:
            if c.accepted and text[c.start:c.end] not in names:
                names.append(text[c.start:c.end])
                if len(names) == _NAMES_SHOWN:
                    last_shown = c.start
                if len(names) > _NAMES_SHOWN:
                    break
        if len(names) > _NAMES_SHOWN and not any(
                c.rule == _SHORT_WAITING and c.start <= last_shown for c, _, _ in cands):
            return cands
        upto *= 4
        if upto > len(text) // 2:  # (a part past half the text costs nearly the whole reading)
            break
    return analyse(doc, ctx, None, signals)


def decide(doc, ctx):
    P = patterns_for(doc.language)
    cands = analyse(doc, ctx) if getattr(ctx, "explain", True) else _first_candidates(doc, ctx)
    candidates = [c for c, _, _ in cands]
    accepted = [c for c in candidates if c.accepted]
    text = doc.text
    if accepted:
        first = accepted[0]
        names = []
        for c in accepted:
            q = text[c.start:c.end]
            if q not in names:
                names.append(q)
        return Decision.passed(
            "named recipients: " + ", ".join(names[:_NAMES_SHOWN]) + (" ..." if len(names) > _NAMES_SHOWN else ""),
            (first.start, first.end),
            candidates=candidates,
        )
    empty = _announced_empty(doc, [(c.start, c.end) for c in accepted])
    if empty:
        candidates.append(Candidate(empty[0], empty[1], "announced list followed by no name", False))
        return Decision.failed(MSG_EMPTY_LIST, empty, candidates=candidates)
    # a link standing for the list of recipients
    for link in doc.links:
        vis = text[link.start:link.end]
        if P.LIST_LINK.search(vis) or P.LIST_LINK.search(link.href.replace("-", " ").replace("_", " ")):
            candidates.append(Candidate(link.start, link.end, "link to a recipients list", False))
            return Decision.failed(MSG_LINK_ONLY, (link.start, link.end), candidates=candidates)
    category_span = None
    link_sentence = None
    category_hit, list_link_hit = matcher(doc, P.CATEGORY), matcher(doc, P.LIST_LINK)
    header_hit, sharing_hit, neg_sharing_hit = matcher(doc, P.CATEGORY_HEADER), matcher(doc, P.SHARING), matcher(doc, P.NEG_SHARING)
    for sent in doc.sentences:
        if category_span is not None and link_sentence is not None:
            break  # both found: no later sentence changes the decision
        if not category_hit(sent.start, sent.end):
            continue  # no needle of CATEGORY in the sentence: the search would find nothing
        if category_span is not None and not list_link_hit(sent.start, sent.end):
            continue  # only a sentence linking to the list is still looked for, and this one names none
        stext = text[sent.start:sent.end]
        cm = P.CATEGORY.search(stext)
        if cm is None:
            continue
        if category_span is None and header_hit(sent.start, sent.end) and P.CATEGORY_HEADER.search(stext):
            category_span = (sent.start + cm.start(), sent.start + cm.end())
            candidates.append(Candidate(category_span[0], category_span[1], "categories of recipients", False))
        if link_sentence is None and list_link_hit(sent.start, sent.end) and P.LIST_LINK.search(stext) and regex.search(r"https?://|www\.", stext) and P.LINK_SENTENCE.search(stext):
            link_sentence = (sent.start, sent.end)
        if category_span is None and sharing_hit(sent.start, sent.end) and P.SHARING.search(stext) and not (
                neg_sharing_hit(sent.start, sent.end) and P.NEG_SHARING.search(stext)):
            category_span = (sent.start + cm.start(), sent.start + cm.end())
            candidates.append(Candidate(category_span[0], category_span[1], "category of recipients", False))
    if link_sentence:
        candidates.append(Candidate(link_sentence[0], link_sentence[1], "link to a recipients list", False))
        return Decision.failed(MSG_LINK_ONLY, link_sentence, candidates=candidates)
    if category_span:
        if ctx.mode == "lenient":
            return Decision.passed("categories of recipients (lenient)", category_span, candidates=candidates)
        return Decision.failed(MSG_CATEGORIES, category_span, candidates=candidates)
    return Decision.failed(MSG_NONE, candidates=candidates)


# English uses the module patterns above
for _k, _v in dict(ROLE=_ROLE, STRONG=_STRONG, LINK_TARGET=_LINK_TARGET, TRADEMARK=_TRADEMARK, SOFTWARE=_SOFTWARE,
                   NEGATED=_NEGATED, RESCUE=_RESCUE, CATEGORY=_CATEGORY, SHARING=_SHARING, NEG_SHARING=_NEG_SHARING,
                   LIST_ANNOUNCE=_LIST_ANNOUNCE, LIST_KINDS=_LIST_KINDS, LIST_LINK=_LIST_LINK, LINK_SENTENCE=_LINK_SENTENCE,
                   CATEGORY_HEADER=_CATEGORY_HEADER).items():
    setattr(_EN_TPL, _k, _v)
