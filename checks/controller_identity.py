"""The policy names who is responsible for the data and how to reach them.

What it checks
The policy must both name the controller - the organisation (legal or trading
name used as the "we": "Acme Ltd ("we", "us")", "the Simlar team") or the
natural person who runs the service ("developed by Jane Doe") - and give at
least one concrete channel to reach it about privacy: an email address (also
obfuscated, "privacy[at]acme[dot]com", "name at gmail dot com", or only in a
mailto: link), a postal address, a phone number, or a contact-form,
contact-page or issue-tracker URL (a hyperlinked "contact us" counts).
Channels in the page chrome around the policy (navigation, header, footer)
do not count. When `controller_names` is configured, one of those names must
appear in the policy.
Languages: English, German, French, Spanish, Portuguese, Italian and Dutch;
the other languages' vocabulary (controller roles such as "Verantwortlicher",
"responsable du traitement", "titolare del trattamento" or
"verwerkingsverantwoordelijke", legal-entity suffixes, contact phrasings) is
in pytest_privacylint/_vocab/controller.py and _vocab/channels.py. The
language is detected per document (or set with `language`); a policy in
another language is skipped with the reason.

Why it matters
GDPR Art. 13(1)(a) requires the identity and contact details of the
controller; CalOPPA and the CCPA require contact information, and COPPA
16 CFR 312.4(d)(1) the operator's name, address, telephone number and email.
A reader who cannot tell who "we" are, or how to reach them, cannot exercise
any other right the policy describes.

Passes
- "Acme Widgets Ltd runs this website. Questions about your data: privacy@acmewidgets.co.uk."
- "Sprout Timer is developed by Jane Doe. You can email me at jane.doe at gmail dot com."
- "The Lumen team makes this app. Write to privacy[at]lumen[dot]app with any privacy question."

Fails
- "We respect your privacy. The app stores your notes on your device."
- "Acme Widgets Ltd collects your email address to send you receipts."
- "We collect your name to process orders. Questions: help@acmeshop.net."

Near-misses
- "Acme Widgets Ltd sends you receipts. If you have questions, please contact us." -> contact channel announced but missing
- "[Developer/Company name] built this app. Questions: help@flashcards.io." -> unfilled template placeholder
- "Acme Widgets Ltd collects your email. Questions: privacy@example.com." -> contact address at a reserved example domain
- "Acme Widgets Ltd keeps order records. You can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF." -> only a supervisory authority's contact given
- "Hexdump Viewer is written by Priya Raman. If you have questions, see my GitHub profile." -> controller named but no contact channel
"""
from __future__ import annotations

import bisect

from types import SimpleNamespace

import regex

from pytest_privacylint import Decision
from pytest_privacylint._patterns import compile_linear as compile, vocabulary
from pytest_privacylint._prefilter import Cursor, cased_occurrences, finditer_holding, index_also
from pytest_privacylint._results import Candidate
from pytest_privacylint._vocab import channels as ch
from pytest_privacylint._vocab import controller as CV

ID = "controller-identity"
VERSION = "1"
TITLE = "Controller named with a contact channel"
ANCHOR = "GDPR Art. 13(1)(a); CalOPPA; CCPA 1798.100, 1798.130; COPPA 16 CFR 312.4(d)(1)"
HINT = (
    'name who "we" are (a legal or trading name, "Acme Ltd (\\"we\\")", or the person who runs the '
    'service) and give a way to reach them about privacy in the policy itself: an email address, '
    "postal address, phone number or contact-form URL; GDPR Art. 13(1)(a)"
)

# ---------------------------------------------------------------------------
# Vocabulary (data)
# ---------------------------------------------------------------------------

# Legal-form suffixes that make a capitalised phrase an organisation's name.
LEGAL_SUFFIXES = (
    "Inc", "Inc.", "Incorporated", "LLC", "L.L.C.", "Ltd", "Ltd.", "LTD", "Limited", "LIMITED", "LLP",
    "LP", "PLC", "plc", "GmbH", "gGmbH", "AG", "UG", "KG", "OHG", "e.V.", "SA", "S.A.", "SAS", "S.A.S.",
    "SARL", "S.à", "SRL", "S.r.l.", "Srl", "SpA", "S.p.A.", "BV", "B.V.", "NV", "N.V.", "AB", "ASA",
    "AS", "A/S", "ApS", "Oy", "Oyj", "Pty", "Pvt", "Corp", "Corp.", "Corporation", "Co", "Co.",
    "K.K.", "KK", "Kft", "s.r.o.", "sp.", "z.o.o.", "d.o.o.", "CIC", "SE", "LLP.",
)
# Words that end an organisation's name ("Coffee Software", "Unremarkable Games").
ORG_WORDS = (
    "Software", "Games", "Studio", "Studios", "Lab", "Labs", "Consulting", "Consultancy",
    "Technologies", "Technology", "Solutions", "Systems", "Media", "Group", "Foundation",
    "Association", "Society", "Club", "Apps", "Interactive", "Institute", "University", "College",
    "School", "Council", "Trust", "Charity", "Collective", "Cooperative", "Co-op", "Company",
    "Partners", "Agency", "Press", "Publishing", "Editions", "Productions", "Industries",
    "Enterprises", "Ventures", "Holdings", "Brewing", "Bakery", "Choir", "Centre", "Center",
    "Academy", "Church", "Museum", "Gallery", "Clinic", "Hospital", "Developers", "Works",
    "Network", "Federation", "Union", "Alliance", "Initiative", "Organization", "Organisation",
    "Ministry", "Department", "Agencies", "Brokers", "Associates", "Architects", "Restaurant",
    "Hotel", "Shop", "Store", "Ferries", "Tutors", "Tutoring", "Recruitment", "Energy", "Insurance",
)
# First words that make an org-word phrase generic ("Help Center", "Social Media").
GENERIC_FIRST_WORDS = (
    "The", "This", "That", "These", "Those", "Our", "Your", "Their", "Its", "His", "Her", "My", "Any",
    "All", "Each", "Every", "Some", "Such", "Other", "Certain", "Many", "No", "A", "An", "Social",
    "Operating", "Help", "Privacy", "Support", "Data", "Security", "Customer", "Contact",
    "Information", "Account", "Third", "Open", "Mobile", "Web", "Online", "Analytics", "Advertising",
    "Ad", "Ads", "Payment", "Payments", "Cloud", "Legal", "Marketing", "Service", "Services",
    "Personal", "Sensitive", "Affiliate", "Partner", "Audience", "Development", "Sales", "Technical",
    "Research", "Free", "Business", "Public", "Private", "Content", "Delivery", "Distribution",
    "Network", "Email", "Game", "App", "If", "When", "We", "You", "Contact", "Registered", "Company",
    "Similar", "Other", "Related", "New", "Various", "Tracking", "Cookies", "Cookie", "Party",
)
# Verbs of authorship/operation: "developed by Jane Doe", "a service provided by ISRG".
AGENT_VERBS = (
    "operated", "owned", "run", "developed", "created", "made", "built", "written", "maintained",
    "published", "provided", "offered", "designed", "programmed", "coded", "managed", "produced",
    "authored", "brought to you", "controlled", "administered", "hosted and maintained",
)
# Nouns for the service itself: 'the app "X" by Jane Doe'.
SERVICE_NOUNS = (
    "app", "application", "game", "extension", "add-on", "addon", "plugin", "plug-in", "website",
    "site", "blog", "software", "service", "tool", "project", "theme", "library", "bot", "policy",
)
# Role nouns for the controller: "Data controller: Cal Paterson".
CONTROLLER_ROLES = (
    "data controller", "controller", "responsible party", "responsible entity", "responsible body",
    "responsible person", "operator", "owner", "publisher", "provider", "data protection officer",
    "developer", "app developer", "company", "company name", "business name", "legal name", "author",
    "maintainer", "copyright holder", "site owner", "website owner",
)
# Predicates that make the subject the "we" of the policy.
WE_ROLE_PREDICATES = (
    r"is\s(?:the\s)?(?:data\s)?controller", r"are\s(?:the\s)?(?:joint\s)?(?:data\s)?controllers?",
    r"acts?\sas\s(?:the\s)?(?:data\s)?controller", r"(?:is|are)\sresponsible\sfor",
    r"(?:is|are)\scommitted\sto", r"respects?\syour\sprivacy", r"values?\s(?:your\s)?privacy",
    r"takes?\s(?:your\s)?privacy", r"cares?\sabout", r"operates", r"runs", r"owns", r"publishes",
    r"develops", r"makes\sthe", r"(?:is|has\sbeen)\sa\s(?:(?:registered|family|family-run|family-owned|small|local|independent|private)\s)?(?:charity|company|non-?profit|nonprofit|business|partnership|sole\strader)",
    r"is\san\s(?:organi[sz]ation|association|individual|independent)", r"(?:is|are)\sthe\s(?:organi[sz]ation|owner|operator|publisher|developer)",
)
# Nouns of a team ("the Pebblestone team").
TEAM_NOUNS = ("team", "crew", "maintainers", "developers", "authors", "contributors")
# Cues that a named organisation is somebody else (a recipient, a vendor).
THIRD_PARTY_CUES = (
    r"third[- ]part(?:y|ies)", r"partners?", r"(?:sub-?)?processors?", r"providers?", r"vendors?",
    r"trademarks?", r"powered\sby", r"hosted\s(?:by|on|with)", r"served\sby", r"privacy\spolic(?:y|ies)\sof",
    r"(?:their|its)\s(?:own\s)?privacy", r"affiliates?", r"sponsors?", r"advertisers?", r"licen[cs]ed\s(?:from|by)",
    r"integrat(?:es|ion)\swith", r"shared?\swith", r"sent\sto", r"disclosed?\sto", r"transferred\sto",
)

# ---------------------------------------------------------------------------
# Patterns (compiled once; case-sensitive where capitalisation matters)
# ---------------------------------------------------------------------------

CS = regex.VERSION0
_WORD = r"(?<![\w'’&+.-])[A-Z0-9][\w'’&+.-]{0,30}+"  # starts a word; possessive: no backtracking inside
_JOIN = r"(?: (?:of|and|&|de|du|des|la|le|van|von|der|den|for|the|y|e|da|do|di)(?= [A-Z0-9]))?"
_SUFFIX_ALT = "|".join(regex.escape(x) for x in sorted(set(LEGAL_SUFFIXES), key=len, reverse=True))
NAME = rf"{_WORD}(?:{_JOIN} {_WORD}){{0,6}}(?:, (?:{_SUFFIX_ALT})(?![\w]))?"
# a run of two words or more, or one word with its legal suffix: NAME where it has a space (one
# word alone is never a name by itself, and no run can start inside a word, so skipping them in
# the scan leaves every other match as it was)
NAME_RUN = compile(rf"(?<![\w'’&+.-]){_WORD}(?:(?:{_JOIN} {_WORD}){{1,6}}(?:, (?:{_SUFFIX_ALT})(?![\w]))?|, (?:{_SUFFIX_ALT})(?![\w]))", CS)
_VERBS = "|".join(v.replace(" ", r"\s") for v in sorted(AGENT_VERBS, key=len, reverse=True))
# Patterns that START with a name are run backwards: a cheap trigger is found
# first ("(\"we\"", " is the data controller", "'s topmost priority"), then the
# name that ends right before it (keeps the whole-document scan linear).
NAME_AT_END = compile(rf"(?:{NAME})$", CS)
DEFINITION = compile(
    r",?\s?\((?:[^()\n]{0,80}?)[\"“”'‘’](?i:we|us|our|company|the\scompany)\b"
    r"|,?\s\(?(?i:hereinafter|hereafter)\b",
    CS,
)
_NOUNS = "|".join(SERVICE_NOUNS)
_PREDS = "|".join(WE_ROLE_PREDICATES)
_TEAMS = "|".join(TEAM_NOUNS)
AGENT = compile(
    rf"(?i:\b(?:{_VERBS})(?:\sand\s(?:run|maintained|operated|published|developed|managed|owned|written|designed|hosted))?\sby)"
    rf":?(?:\sme,?|\sus,?)?(?:\s(?i:the(?:\s(?:members|team|staff|volunteers|people)\sof)?|its|an?\s(?:independent\s)?(?:developer|designer)(?:\snamed)?))?\s(?P<name>{NAME})"
    rf"|(?i:\b(?:{_NOUNS}))[\"”]?(?:\s[\"“][^\"”\n]{{1,60}}[\"”])?\s(?i:by)\s(?P<name>{NAME})",
    CS,
)
_ROLES = "|".join(r.replace(" ", r"\s") for r in sorted(CONTROLLER_ROLES, key=len, reverse=True))
CONTROLLER = compile(
    rf"(?i:\b(?:{_ROLES}))"
    rf"(?:\s?:|\sis|\sis:)\s(?i:the\s)?(?P<name>{NAME})",
    CS,
)
WE_PREDICATE = compile(
    rf"(?:,?\s\([^()\n]{{1,60}}\))?(?:,?\s(?i:trading|doing\sbusiness)\sas\s[^,.\n]{{1,40}},?)?"
    rf"\s(?i:{_PREDS})"
    rf"|['’]s\s(?i:(?:top(?:most)?\s|highest\s|first\s|number\sone\s)?priority|hands)\b",
    CS,
)
WE_ROLE = compile(
    rf"(?<![\w])(?i:at)\s(?P<name>{NAME}),?\s(?i:we|our)\b"
    rf"|(?i:\bhere\sat)\s(?P<name>{NAME})"
    # "contact Acme at support@acme.com": who you reach is the controller
    rf"|(?i:\b(?:contact|e-?mail|write\sto|reach))\s(?P<name>{NAME})\s(?i:at|via|by|on|through)\b"
    # "(c) 2024 Acme" inside the policy
    rf"|(?:©|\([cC]\)|Copyright)\s?(?:\d{{4}}(?:\s?[-–]\s?\d{{4}})?,?\s)?(?P<name>{NAME})",
    CS,
)
TEAM = compile(rf"(?i:\bthe)\s(?P<name>{NAME})\s(?i:(?:project\s|core\s|development\s)?(?:{_TEAMS}))\b", CS)
# an open-source project's lower-case name: "maintained by the quickfmt project maintainers"
# (a name only when the policy's title or one of its URLs carries it: not "the support team")
LOWER_TEAM = compile(rf"\b(?i:the)\s(?P<name>[a-z][a-z0-9_.-]{{2,30}}+)\s(?i:(?:project\s|core\s|development\s)?(?:{_TEAMS}))\b", CS)
PERSON = compile(rf"(?i:\bby\sme|\bI\sam|\bI'm|\bI’m|\bmy\sname\sis|\bI,)\s?,?\s(?P<name>{_WORD}(?: {_WORD}){{1,3}})", CS)
THIRD_PARTY_CUE = compile(r"\b(?:" + "|".join(THIRD_PARTY_CUES) + r")\b")
GENERATOR = compile(r"\b(?:generator|template|termly|iubenda|privacypolicies|freeprivacypolicy|app-privacy-policy|privacy\spolicy\s(?:online|template))")
BESIDE = compile(r"\s?(?:,|:|-|–|—|<|\(|\bat\b|\bvia\b)\s?(?:mailto:)?$")
CONTRAST_AFTER = compile(r"\s(?:or|nor|and)\s(?:any\s|other\s|to\s)?(?:third[- ]part|other\sparties)")

_SUFFIX_SET = frozenset(s.rstrip(".") for s in LEGAL_SUFFIXES)
_ORG_SET = frozenset(ORG_WORDS)
_GENERIC_FIRST = frozenset(GENERIC_FIRST_WORDS)


def _run_words(suffixes: frozenset, first: frozenset) -> tuple[str, ...]:
    """The strings one of which a NAME_RUN match that _name_run's action
    takes holds: a legal suffix or organisation word after its first word
    (so after a space: only a join word, or "V." in "e. V.", follows other
    whitespace; a two-letter word is looked up with its space, which the
    needle index can list), or a first word of ORG_FIRST. Their lower-case
    forms go into every document's needle index."""
    words = tuple(sorted({w if len(w) >= 3 else " " + w for w in suffixes | _ORG_SET} | first))
    index_also(w.lower() for w in words)
    return words


def _run_break(suffixes) -> "regex.Pattern":
    """Backwards, one character that no NAME_RUN match holds: a run holds
    word characters, ' ’ & + . -, whitespace, commas and the characters of
    its legal suffixes ("S/A")."""
    extra = sorted({c for x in suffixes for c in x if not regex.match(r"[\w\s'’&+.,-]", c)})
    return regex.compile(r"(?r)[^\w\s'’&+.,\-" + "".join(regex.escape(c) for c in extra) + "]")
_BRANDS = ch.BRAND
# words that cannot be (the start of) a name on their own
_STOP = frozenset(
    "The This That These Those Our Your Their Its We Us You It If In On At For By To From With As And Or "
    "Privacy Policy Notice Statement Terms Service Services App Application Website Site Company User Users "
    "Personal Information Data Contact Children Cookies Last Updated Effective Questions Changes Security "
    "Android iOS Please Note All Any Each Some Such No Not Yes Email E-mail Phone Address "
    "Developer Team Customer Support Legal GDPR CCPA COPPA EU EEA UK US USA URL IP API They He She "
    "Third Party Parties Partners".split()
)


def _trim(text: str, start: int, end: int, P=None) -> tuple[int, int]:
    """Cut a NAME match at a sentence end ("MakeMHz LLC. We ...") and strip
    leading stop words ("The", "Our")."""
    P = P or _EN
    s = text[start:end]
    out = []
    for w in s.split(" "):
        out.append(w)
        if w.endswith(".") and len(w) > 2 and w.rstrip(".") not in P.SUFFIX_SET:
            out[-1] = w.rstrip(".")
            break
        if w.endswith(".") and w.rstrip(".") in P.SUFFIX_SET:
            break
    s = " ".join(out).rstrip(" ,;:'’-")
    while True:
        parts = s.split(" ", 1)
        if len(parts) == 2 and (parts[0] in P.STOP or parts[0] in ("of", "and", "&", "the", "for")):
            start += len(parts[0]) + 1
            s = parts[1]
        else:
            break
    if s in P.STOP:
        return start, start
    return start, start + len(s)


# Title-case instructions are not names ("Send Us An Email at ...").
_COMMON_WORDS = frozenset(
    "send us an a the email e-mail write call contact get in touch reach questions question feedback support help "
    "info information details address me message drop line to at our your my for by or and please any with "
    "privacy data protection officer team department customer service office enquiries inquiries requests".split()
)
_LEGALESE = frozenset("BUT NOT INCLUDING WITHOUT OR TO ANY SHALL IS ARE BE NO WARRANTY WARRANTIES LIABILITY DAMAGES PROVIDED AS".split())


def _generic(name: str, P=None) -> bool:
    P = P or _EN
    ws = [w.strip(".,") for w in name.split()]
    if not ws or all(w in P.STOP or w.lower() in ("of", "and", "the", "&") for w in ws):
        return True
    if ws[0] in P.GENERIC_FIRST:
        return True
    if any(w in _LEGALESE for w in ws):  # all-caps licence text ("INCLUDING BUT NOT LIMITED")
        return True
    return ch.REGULATOR.search(name) is not None


def _is_brand(text: str, s: int, e: int) -> bool:
    m = _BRANDS.match(text, s)
    return m is not None


def _third_party_context(doc, ctx, s: int, e: int, P=None) -> bool:
    P = P or _EN
    ss, se = ctx.sentence_span(s)
    text = doc.text
    if CONTRAST_AFTER.match(text, e):
        return False
    return P.THIRD_PARTY_CUE.search(text, max(ss, s - 80), s) is not None or P.THIRD_PARTY_CUE.search(text, e, min(se, e + 60)) is not None


_NON_SPACE = regex.compile(r"\S+")


def _before_apposition(P, window: str):
    """The name before an address or registration in apposition that ends
    the window: "Smile Bright Dental Practice, 27 High Street, Harrogate
    HG1 1HT," (then "is the data controller"). Only the last 160 characters
    are looked at, at their commas (bounded work per predicate)."""
    lo = max(0, len(window) - 160)
    k = window.find(", ", lo)
    while 0 <= k < len(window) - 1:
        tail = window[k:]
        if len(tail) >= 6 and any(c.isdigit() for c in tail) and ";" not in tail and "(" not in tail:
            n = P.NAME_AT_END.search(window, lo, k)
            if n is not None:
                return n
        k = window.find(", ", k + 2)
    return None


class _Found(Exception):
    """find_names(stop=True) has its first accepted name."""


def find_names(doc, ctx, P=None, stop: bool = False) -> list[tuple[int, int, str, bool]]:
    """Candidate controller names: (start, end, rule, accepted), in the
    order they occur in the text (every rule's matches merged). ``stop``:
    return at the first accepted name (the one the decision rests on; what
    follows would only add candidates), so a long policy is read only as
    far as its first name."""
    out: list[tuple[int, int, str, bool]] = []
    try:
        _find_names(doc, ctx, P or _EN, out, stop)
    except _Found:
        pass
    return out


_STRETCH = 1 << 16  # characters: the rules are run over the text a stretch at a time


def _find_names(doc, ctx, P, out: list, stop: bool) -> None:
    text = doc.text

    def add(s: int, e: int, rule: str, role_checked: bool) -> None:
        if GENERATOR.search(text, s, e):
            out.append((s, e, "policy generator or template, not the controller", False))
            return
        s, e = _trim(text, s, e, P)
        if e <= s:
            return
        name = text[s:e]
        if P is not _EN and (name[:1].islower() or name[:1].isdigit() or name in _ORG_SET or name in P.ORG_FIRST):
            out.append((s, e, "generic words, not a name", False))
            return
        if _generic(name, P) or name.isdigit():
            out.append((s, e, "generic words, not a name", False))
            return
        if _is_brand(text, s, e):
            out.append((s, e, "well-known third party, not the controller", False))
            return
        if not role_checked and _third_party_context(doc, ctx, s, e, P):
            out.append((s, e, "named as a third party", False))
            return
        out.append((s, e, rule, True))
        if stop:
            raise _Found

    def we_window(m, rule):
        """'Acme Ltd ("we")', "Acme Ltd is the controller": the name ends the line before the match."""
        lo = max(0, m.start() - 260)
        nl = text.rfind("\n", lo, m.start())
        window = text[(nl + 1 if nl >= 0 else lo):m.start()]
        base = m.start() - len(window)
        n = P.NAME_AT_END.search(window)
        if n is None and window.endswith(","):
            n = _before_apposition(P, window)
        return [(base + n.start(), base + n.end(), rule, True)] if n is not None else []

    def named(m, rule, role_checked):
        s, e = m.span("name")
        return [(s, e, rule, role_checked)] if s >= 0 else []

    # (pattern, what a match proposes): (start, end, rule, role checked), a
    # name add() then judges; or (start, end, rule, None, accepted), one
    # judged already. Proposals are taken in text order, a stretch of the
    # text at a time (see _in_order).
    rules: list = [(P.DEFINITION, lambda m: we_window(m, 'name defined as "we"')),
                   (P.WE_PREDICATE, lambda m: we_window(m, 'name in the role of "we"'))]
    for pat, rule in (
        (AGENT, "operated/developed by name"),  # third-party context checked in add()
        (CONTROLLER, "named as controller"),
        (WE_ROLE, 'name in the role of "we"'),
        (TEAM, "named team"),
        (PERSON, "natural person speaking"),
        *P.EXTRA,
    ):
        rules.append((pat, lambda m, rule=rule, checked=pat is not AGENT and pat is not P.AGENT: named(m, rule, checked)))
    if P is _EN and doc.blocks:
        rules.append((LOWER_TEAM, _lower_team(doc)))
    rules.append((P.NAME_RUN, _name_run(text, P, ctx.starts)))
    if P.ROLE_STMT is not None:
        rules.append((P.ROLE_STMT, lambda m: _role_statement(doc, P, m)))
    cursors = [(Cursor(doc, pat, _name_runs(doc, P) if pat is P.NAME_RUN else None), act) for pat, act in rules]
    heads = _role_heads(doc, P) if P.ROLE_STMT is not None else []  # (offset, block index), in text order
    b = k = 0
    while b < len(text):
        b += _STRETCH
        found = [(p, i) for i, (cur, act) in enumerate(cursors) for m in cur.until(b) for p in act(m)]
        while k < len(heads) and heads[k][0] < b:
            found += [(p, len(cursors)) for p in _role_heading(doc, P, heads[k][1])]
            k += 1
        for p in _in_order(found):
            if len(p) == 4:
                add(*p)
            else:
                out.append(p[:3] + p[4:])
                if p[4] and stop:
                    raise _Found


def _in_order(found: list) -> list:
    """Proposals ((start, end, ...), rule index) in the order add() takes
    them: by start, except that proposals whose spans overlap (one name
    seen by several rules: "Identidad: Panadería Ortega S.L." as a run of
    capitalised words and "Panadería Ortega S.L." after "Identidad:") go
    in the order of the rules."""
    out, group, group_end = [], [], -1
    for p, i in sorted(found, key=lambda f: (f[0][0], f[1])):
        if group and p[0] >= group_end:
            out += [q for q, _ in sorted(group, key=lambda g: g[1])]
            group = []
        group.append((p, i))
        group_end = max(group_end, p[1]) if len(group) > 1 else p[1]
    out += [q for q, _ in sorted(group, key=lambda g: g[1])]
    return out


def _lower_team(doc):
    """The action for a LOWER_TEAM match: a lower-case project name before
    "team" is a name only when the title or one of the policy's URLs
    carries it ("maintained by the quickfmt project maintainers")."""
    text = doc.text
    title = text[doc.blocks[0].start:doc.blocks[0].end].lower()
    in_title_or_url: dict[str, bool] = {}  # once per name: the search covers the whole text

    def act(m) -> list:
        s, e = m.span("name")
        name = m.group("name").rstrip(".")
        e = s + len(name)
        if name in _COMMON_WORDS or name.capitalize() in _STOP:
            return []
        if name not in in_title_or_url:
            # in the title, or inside a URL or e-mail address (the marker as a lookbehind: the scan looks for the name)
            in_title_or_url[name] = regex.search(rf"(?<![\w-]){regex.escape(name)}(?![\w-])", title) is not None or regex.search(
                rf"(?<=(?:https?://|www\.|@)[^\s]*?)(?<![\w-]){regex.escape(name)}(?![\w-])", text) is not None
        named = in_title_or_url[name]
        return [(s, e, "named team" if named else "lower-case words before a team, not the policy's name", None, named)]
    return act


def _name_runs(doc, P):
    """The NAME_RUN matches that hold one of the run words (see _run_words),
    in order: the only ones _name_run's action may take, found without a
    scan of the rest of the text (a German text has a run of capitalised
    words in every other sentence). None for a text without a needle index
    (short): it is scanned."""
    at = cased_occurrences(doc, P.RUN_WORDS, word_end=True)  # ("Co" is no run word in "Contenuti")
    return None if at is None else finditer_holding(P.NAME_RUN, doc.text, at, P.RUN_BREAK)


def _name_run(text: str, P, sent_starts: list[int]):
    """The action for a NAME_RUN match: a run of capitalised words that ends
    in a legal suffix or an organisation word (or starts with one) is a
    name, unless it names a third party."""
    words = P.SUFFIX_SET | _ORG_SET

    def act(m) -> list:
        # most runs hold neither word: a quick no (a German text has a run in every other sentence)
        toks = m.group().split()
        if (len(toks) < 2 or toks[0] not in P.ORG_FIRST) and words.isdisjoint([t.rstrip(",;:").rstrip(".") for t in toks[1:]]):
            return []
        ws = list(_NON_SPACE.finditer(m.group()))
        end_word, rule = None, None
        for i, w in enumerate(ws[1:], 1):
            word = w.group().rstrip(",;:")
            if word in P.SUFFIX_SET or word.rstrip(".") in P.SUFFIX_SET:
                end_word, rule = w, "legal-form name"  # the last legal suffix wins ("Software Private Limited")
            elif rule is None and word.rstrip(".") in _ORG_SET:
                end_word, rule = w, "organisation name"
        if end_word is None and len(ws) > 1 and ws[0].group() in P.ORG_FIRST:
            end_word, rule = ws[-1], "organisation name"  # "Förderverein Jugendhaus Bad Imnau", "Stichting X"
        if end_word is None:
            return []
        s0, e0 = m.start() + ws[0].start(), m.start() + end_word.end()
        k = bisect.bisect_right(sent_starts, s0)
        if k < len(sent_starts) and sent_starts[k] < e0 and text.count(" ", sent_starts[k - 1] if k else 0, sent_starts[k]) <= 3:
            return []  # "Disclosure. The Company does not sell": a run-in heading and the next sentence, not a name
        return [(s0, e0, rule, False)]
    return act


_ANNOUNCE = ch.ANNOUNCE

# ---------------------------------------------------------------------------
# Languages: English is the patterns above; another language adds its table
# from _vocab/controller.py (roles, "hereinafter", predicates, agents, legal
# suffixes, organisation words) to them.
# ---------------------------------------------------------------------------

LANGUAGES = ("en",) + tuple(CV.CONTROLLER)

_EN_ROLES = r"data\scontroller|controller|responsible\s(?:party|entity|body)"
_EN = SimpleNamespace(
    NAME_RUN=NAME_RUN, NAME_AT_END=NAME_AT_END, DEFINITION=DEFINITION, WE_PREDICATE=WE_PREDICATE, AGENT=AGENT,
    EXTRA=(), SUFFIX_SET=_SUFFIX_SET, ORG_FIRST=frozenset(), STOP=_STOP, GENERIC_FIRST=_GENERIC_FIRST,
    RUN_WORDS=_run_words(_SUFFIX_SET, frozenset()), RUN_BREAK=_run_break(LEGAL_SUFFIXES),
    THIRD_PARTY_CUE=THIRD_PARTY_CUE, ANNOUNCE=_ANNOUNCE,
    # "The controller responsible for data processing on this website is:" with the name inline or on the next line
    ROLE_STMT=compile(rf"(?i:\b(?:{_EN_ROLES})\b)[^.!?\n]{{0,260}}?(?:\s?:|\s(?i:is|are)\b\s?:?)[ ]?"),
    # a heading that is the role: "1. Controller", "Data Controller"
    ROLE_HEAD=compile(rf"^(?:[\dIVX]{{1,3}}[.)]?\s?)?(?:\d{{1,2}}[.)]\s?)?(?i:(?:{_EN_ROLES}))\b[^\n]{{0,40}}$"),
    WORDS_LOWER=frozenset(w.lower() for w in _STOP) | {"we", "a", "an"},
)
_WORD_L = r"(?<![\w'’&+.-])[\p{Lu}0-9][\w'’&+.-]{0,30}+"
_JOIN_L = (r"(?: (?:of|and|&|de|du|des|la|le|van|von|der|den|for|the|y|e|da|do|di|del|della|dei|dos|das|und|et|zu|zum|zur"
           r"|'t|’t|het|op|en|de\sla|de\slas|de\slos|van\sde|van\sder|von\sder|in|am|an\sder)(?= [\p{Lu}0-9]))?")


def _lang_bundle(lang: str) -> SimpleNamespace:
    V = CV.CONTROLLER[lang]
    suffixes = sorted(set(LEGAL_SUFFIXES) | set(V["LEGAL_SUFFIX"]), key=len, reverse=True)
    suffix_alt = "|".join(regex.escape(x) for x in suffixes)
    tail = rf"(?:,? (?:{suffix_alt})(?![\w])| e\.\s?[VK]\.)"
    name = rf"{_WORD_L}(?:{_JOIN_L} {_WORD_L}){{0,6}}{tail}?"
    agent_verbs = "|".join(V["AGENT"])
    preds = "|".join(V["PREDICATE"])
    define = "|".join(V["DEFINE"])
    we = "|".join(V["WE"])
    roles = "|".join(V["ROLE"])
    copula = "|".join(sorted(V["COPULA"], key=len, reverse=True))
    extra = (
        (compile(rf"(?i:\b(?:{agent_verbs}))\s(?:(?i:der|die|das|den|dem|la|le|les|l['’]|el|los|las|o|a|os|as|il|lo|gli|de|het)\s)?(?P<name>{name})", CS),
         "operated/developed by name"),
        (compile("|".join(p.replace("{NAME}", name) for p in V["WE_ROLE"]), CS), 'name in the role of "we"'),
        (compile(rf"(?i:\b(?:{'|'.join(V['TEAM'])}))\s?(?P<name>{name})", CS), "named team"),
        (compile(rf"(?i:\b(?:{'|'.join(V['PERSON'])}))\s?,?\s(?P<name>{_WORD_L}(?: {_WORD_L}){{1,3}})", CS), "natural person speaking"),
    )
    agent = extra[0][0]
    return SimpleNamespace(
        NAME_RUN=compile(rf"(?<![\w'’&+.-]){_WORD_L}(?:(?:{_JOIN_L} {_WORD_L}){{1,6}}{tail}?|{tail})", CS),  # as NAME_RUN above
        NAME_AT_END=compile(rf"(?:{name})$", CS),
        DEFINITION=compile(
            DEFINITION.pattern
            + rf"|,?\s?\((?:[^()\n]{{0,80}}?)[\"“”'‘’„«»‚]\s?(?i:{we})\b|,?\s\(?(?i:{define})\b(?=[^()\n]{{0,40}}?\b(?i:{we}|{roles})\b)",
            CS,
        ),
        # "X, met zetel in Lokeren, is verwerkingsverantwoordelijke", "X (Gwen Jansen) is verantwoordelijk"
        WE_PREDICATE=compile(WE_PREDICATE.pattern + rf"|(?:,?\s\([^()\n]{{1,60}}\))?(?:,\s(?i:{_SEAT})[^,\n]{{1,80}},)?\s?(?i:{preds})|-(?i:team)\b", CS),
        AGENT=agent,
        EXTRA=extra,
        SUFFIX_SET=frozenset(x.rstrip(".") for x in suffixes),
        ORG_FIRST=frozenset(V["ORG_FIRST"]),
        RUN_WORDS=_run_words(frozenset(x.rstrip(".") for x in suffixes), frozenset(V["ORG_FIRST"])),
        RUN_BREAK=_run_break(suffixes),
        STOP=_STOP | frozenset(V["STOP"]) | _QUESTION_WORDS | _NUMBERING,
        GENERIC_FIRST=_GENERIC_FIRST | frozenset(V["STOP"]) | _QUESTION_WORDS | _NUMBERING,
        THIRD_PARTY_CUE=compile(r"\b(?:" + "|".join(THIRD_PARTY_CUES + V["THIRD_PARTY"]) + r")\b"),
        ANNOUNCE=ch.announce_pattern(lang),
        # "Verantwortlich für die Datenverarbeitung auf dieser Website ist:", "Le responsable du traitement est : X"
        ROLE_STMT=compile(rf"(?i:\b(?:{roles})\b)[^.!?\n]{{0,260}}?(?:\s?:|\s(?i:{copula})\b(?:\s(?i:der|die|das|la|le|el|il|lo|o|a|de|het|l['’])(?=[\s:]))?\s?:?)[ ]?"),
        # a heading that is the role: "1. Verantwortlicher", "Titolare del Trattamento"
        ROLE_HEAD=compile(rf"^(?:[\dIVX]{{1,3}}[.)]?\s?)?(?:\d{{1,2}}[.)]\s?)?(?i:(?:{roles}))\b[^\n]{{0,40}}$"),
        WORDS_LOWER=frozenset(w.lower() for w in V["STOP"]) | {"we", "wir", "nous", "nosotros", "nós", "noi", "wij", "ons", "uns"},
    )


# headings ask "Wer ist verantwortlich?", "Qui est responsable ?", "1. Wie is ..."
_QUESTION_WORDS = frozenset(
    "Wer Was Wie Welche Welcher Warum Wozu Qui Que Quoi Quelles Quels Quelle Comment Pourquoi Quién Quiénes Qué Cómo Cuál "
    "Quem Como Quais Qual Chi Che Come Quali Quale Perché Wat Hoe Welke Waarom Who What How Which Why".split()
)
_NUMBERING = frozenset(f"{i}." for i in range(1, 31)) | frozenset(f"{i})" for i in range(1, 31))
_LANG_BUNDLES: dict[str, SimpleNamespace] = {}
# the seat of an organisation in an apposition: "X, mit Sitz in Köln, ist ..."
_SEAT = (r"met\s+zetel|gevestigd|mit\s+Sitz|avec\s+(?:son\s+)?siège|dont\s+le\s+siège|con\s+sede|con\s+domicilio|com\s+sede|sediad[oa]|domiciliad[oa]"
         r"|with\s+(?:its\s+)?registered\s+office")


def patterns_for(lang: str) -> SimpleNamespace:
    """The compiled patterns of a language (built once, on first use)."""
    if lang not in CV.CONTROLLER:
        return _EN
    if lang not in _LANG_BUNDLES:
        with vocabulary(lang):
            _LANG_BUNDLES[lang] = _lang_bundle(lang)
    return _LANG_BUNDLES[lang]


prepare = patterns_for  # the engine makes a language's patterns before it searches a text (Check.prepare)
PURE = True  # decide keeps no state a caller reads: the engine may run it in a second process (Check.pure)
COST = 3.0  # relative time on a long document: the engine starts the costliest first (Check.cost)


_CUT = regex.compile(r"[,;(\n]| - | – | \| |(?<!\b\w{1,4})\.\s(?=\p{Lu})")
_LOWER_JOINS = frozenset(
    "of and de du des la le van von der den y e da do di del della dei degli delle dos das und et zu zur zum 't het op en "
    "für pour para per voor".split()
)


def _role_name(doc, P, start: int, end: int, label: bool = True):
    """The name given in text[start:end] after a controller role: up to the
    first comma or bracket; None when it is prose, a pronoun, a channel or
    a placeholder."""
    text = doc.text
    seg = text[start:end]
    cut = _CUT.search(seg)
    if cut:
        seg = seg[:cut.start()]
    seg = seg.rstrip(" .:")
    lead = len(seg) - len(seg.lstrip(" :\"“„«"))
    seg = seg.strip(" :\"“”„«»")
    if not (2 <= len(seg) <= 80) or "@" in seg or "://" in seg or "www." in seg or seg[0].isdigit() or "[" in seg:
        return None
    ws = seg.split()
    if ws[0].lower().strip(".,") in P.WORDS_LOWER and (len(ws) == 1 or ws[0][0].islower()):
        return None
    s0 = start + (text[start:end].find(seg) if seg in text[start:end] else lead)
    e0 = s0 + len(seg)
    if ws[0] in P.STOP:  # "Die Acme GmbH" -> "Acme GmbH"
        s0, e0 = _trim(text, s0, e0, P)
        ws = text[s0:e0].split()
        if not ws:
            return None
    prose = [w for w in ws if w[:1].islower() and w.lower() not in _LOWER_JOINS]
    if len(ws) > 7 or (prose and (len(ws) > 4 or not label)) or ws[0][:1].islower() and ws[0].lower() in _LOWER_JOINS:
        return None
    if prose and not all(w[:1].islower() for w in ws) and ws[-1].rstrip(".,") not in P.SUFFIX_SET:
        # "Bitte kontaktieren Sie uns": prose, not a name in lower case ("fortrabbit GmbH" has its suffix)
        return None
    name = text[s0:e0]
    if P.ROLE_HEAD.match(name) or name in _ORG_SET:  # the role itself ("Il Titolare del trattamento")
        return None
    if _generic(name, P) and not any(w.rstrip(".") in P.SUFFIX_SET for w in ws[1:]):
        return None
    if GENERATOR.search(name) or ch.REGULATOR.search(name):
        return None
    return s0, e0


def _source_line_end(doc, start: int, end: int) -> int:
    """The end of the first source line of text[start:end]: an address block
    in Markdown ("Müller Webdesign" / "Hans Müller" / "Hauptstraße 5") is one
    paragraph of visible text, its lines joined by spaces."""
    text = doc.text
    line = doc.line_col(doc.source_offset(start))[0]
    i = text.find(" ", start, end)
    while i >= 0:
        if doc.line_col(doc.source_offset(i + 1))[0] != line:
            return i
        i = text.find(" ", i + 1, end)
    return end


def _role_statement(doc, P, m) -> list:
    """The action for a ROLE_STMT match: the name given after the
    controller's role, inline or on the next line."""
    text = doc.text
    blocks = doc.blocks
    bi = doc.block_index(m.start())
    b = blocks[bi]
    rest_end = b.end
    span = None
    if text[m.end():rest_end].strip(" :"):
        span = _role_name(doc, P, m.end(), rest_end, label=text[m.start():m.end()].rstrip().endswith(":"))
    elif bi + 1 < len(blocks) and blocks[bi + 1].kind != "heading":
        nb = blocks[bi + 1]
        span = _role_name(doc, P, nb.start, _source_line_end(doc, nb.start, nb.end))
    return [(span[0], span[1], "named as controller", None, True)] if span else []


def _role_heads(doc, P) -> list[tuple[int, int]]:
    """(offset, block index) of the headings that are the controller's role
    ("1. Verantwortlicher") and have a paragraph after them."""
    text, blocks = doc.text, doc.blocks
    return [(b.start, bi) for bi, b in enumerate(blocks[:-1])
            if b.kind == "heading" and blocks[bi + 1].kind != "heading" and P.ROLE_HEAD.match(text[b.start:b.end])]


def _role_heading(doc, P, bi: int) -> list:
    """The name on the first line of the paragraph under a role heading."""
    nb = doc.blocks[bi + 1]
    span = _role_name(doc, P, nb.start, _source_line_end(doc, nb.start, nb.end))
    return [(span[0], span[1], "named under the controller heading", None, True)] if span else []


_LABEL_STRIP = " :<[("


def _label_before(text: str, start: int, end: int, first: dict) -> str:
    """``text[start:end].strip(" :<[(")`` when at most 6 characters long
    (the labels compared against), else a longer sentinel; linear over all
    channels of a long block (a strip of the whole block prefix per channel
    was quadratic). ``first`` caches the first kept character per start."""
    e = end
    while e > start and text[e - 1] in _LABEL_STRIP:
        e -= 1
    f = first.get(start)
    if f is None:
        f = start
        n = len(text)
        while f < n and text[f] in _LABEL_STRIP:
            f += 1
        first[start] = f
    if f >= e:
        return ""
    if e - f > 6:
        return "\x00long"
    return text[f:e]


def _name_block_before_channel(doc, P, channels, names) -> None:
    """"Nicola Iannibelli" on its own line, the email address on the next."""
    text = doc.text
    blocks = doc.blocks
    first: dict = {}
    for c in channels:
        if not c.real or c.kind not in ("email", "phone"):
            continue
        bi = doc.block_index(c.start)
        if bi == 0 or _label_before(text, blocks[bi].start, c.start, first) not in ("", "E-Mail", "E-mail", "Email", "email", "Mail", "e-mail"):
            continue
        pb = blocks[bi - 1]
        cand = text[pb.start:pb.end].strip()
        ws = cand.split()
        if not (2 <= len(ws) <= 5) or any(ch_.isdigit() for ch_ in cand) or not all(w[0].isupper() or w.lower() in _LOWER_JOINS for w in ws):
            continue
        if _generic(cand, P) or any(w.lower().strip(".,:") in _COMMON_WORDS for w in ws) or _is_brand(text, pb.start, pb.end):
            continue
        names.append((pb.start, pb.end, "name on the line before its channel", True))


def _configured_hit(text: str, configured: tuple) -> "tuple[int, int] | None":
    """The span of the first configured controller name found in the text
    (case ignored), or None."""
    low = text.lower()
    for n in configured:
        i = low.find(n.strip().lower())
        if i >= 0:
            return i, i + len(n.strip())
    return None


_CONFIGURED_MISSING = "configured controller name not found"


def decide(doc, ctx):
    P = patterns_for(doc.language)
    cx = ch.context(doc)
    text = doc.text
    finder = ch.channel_finder(doc, cx)
    placeholders = [p for p in ch.find_placeholders(doc, cx) if p.role in ("name", "channel")]
    explain = getattr(ctx, "explain", True)
    configured = tuple(n for n in (ctx.controller_names or ()) if n and n.strip())
    if placeholders and not explain:
        # the decision is the placeholder's (or the configured name's): the
        # names and channels would only be candidates, listed when explaining
        if configured and _configured_hit(text, configured) is None:
            return Decision.failed(_CONFIGURED_MISSING)
        return Decision.failed("unfilled template placeholder", (placeholders[0].start, placeholders[0].end))
    names = find_names(doc, cx, P, stop=not explain)
    # every channel is read when asked to explain, or when the names beside
    # channels can matter (no name found otherwise); else only the first
    # real channel is looked for
    channels = finder.all() if explain or not any(a for _, _, _, a in names) else None
    cands: list[Candidate] = []  # every span considered: built only when asked for (100,000 addresses are 100,000 candidates)
    if explain:
        cands += [Candidate(c.start, c.end, f"{c.rule} ({c.status})" if not c.real else c.rule, c.real) for c in channels]
        cands += [Candidate(s, e, r, a) for s, e, r, a in names]
        cands += [Candidate(p.start, p.end, f"unfilled placeholder ({p.role})", False) for p in placeholders]
    # "Jane Doe <jane@doe.dev>", "Contact: Acme Studio, hello@acme.studio": the name beside its channel
    for c in channels or ():
        if not c.real or c.kind not in ("email", "phone"):
            continue
        b0 = doc.blocks[doc.block_index(c.start)].start
        # BESIDE ends at the channel and is at most 12 characters long: search only its reach
        m = BESIDE.search(text, max(b0, c.start - 16), c.start)
        if m is None:
            continue
        n = P.NAME_AT_END.search(text[max(b0, c.start - 90):m.start()])
        if n is not None:
            base = max(b0, c.start - 90)
            s0, e0 = _trim(text, base + n.start(), base + n.end(), P)
            nm = text[s0:e0]
            ok = (e0 > s0 and " " in nm and not _generic(nm, P) and not _is_brand(text, s0, e0)
                  and not (P is not _EN and (any(w.strip(".,").isdigit() or w in P.STOP for w in nm.split())))
                  and not any(w.lower().strip(".,") in _COMMON_WORDS for w in nm.split()))
            names.append((s0, e0, "name beside its channel" if ok else "generic words beside a channel", ok))
    if P.ROLE_STMT is not None and channels is not None:
        _name_block_before_channel(doc, P, channels, names)
    accepted_names = [(s, e) for s, e, r, a in names if a]

    if configured:
        hit = _configured_hit(text, configured)
        if hit is None:
            return Decision.failed(_CONFIGURED_MISSING, candidates=cands)
        cands.append(Candidate(hit[0], hit[1], "configured controller name", True))
        accepted_names.insert(0, hit)

    if placeholders:
        p = placeholders[0]
        return Decision.failed("unfilled template placeholder", (p.start, p.end), candidates=cands)

    c = finder.first("real")
    if c is not None and accepted_names:
        n = accepted_names[0]
        return Decision.passed(
            f"controller {doc.quote(*n)!r} with a contact channel ({c.rule})", n, (c.start, c.end), candidates=cands
        )
    if c is not None:
        return Decision.failed("no organisation or person named as controller", (c.start, c.end), candidates=cands)
    channels = finder.all()
    reserved = [c for c in channels if c.status == "reserved"]
    if reserved:
        c = reserved[0]
        return Decision.failed("contact address at a reserved example domain", (c.start, c.end), candidates=cands)
    if accepted_names:
        for m in P.ANNOUNCE.finditer(text):  # returns at the first hit
            cands.append(Candidate(m.start(), m.end(), "channel announced, none given", False))
            ss, se = cx.sentence_span(m.start())
            return Decision.failed("contact channel announced but missing", (ss, se), candidates=cands)
    regulator = [c for c in channels if c.status == "regulator"]
    if regulator:
        c = regulator[0]
        return Decision.failed("only a supervisory authority's contact given", (c.start, c.end), candidates=cands)
    if accepted_names:
        return Decision.failed("controller named but no contact channel", accepted_names[0], candidates=cands)
    return Decision.failed("no controller named and no contact channel", candidates=cands)
