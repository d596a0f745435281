"""child-data-stance: the policy states its position on children's data.

What it checks
    That the policy says where it stands on children's (or minors') personal
    data: the service is not directed to or intended for children, is only
    for people above an age ("you must be at least 16", "18 or older",
    "rated 18+ ... must not use"), does not knowingly collect data from
    children, or how such data is handled (parental consent, deletion when
    the controller learns of it, a parent may ask for a child's data to be
    deleted). Ages count in words or digits, with or without a threshold.
    A mention of children that is not a stance ("children's books", a
    content rating, naming COPPA alone) and a general "we do not knowingly
    collect your information" with no child or minor word do not count.
    Languages: English, German, French, Spanish, Portuguese, Italian and
    Dutch; the other languages' vocabulary (children, minors, ages and each
    stance) is in pytest_privacylint/_vocab/children.py. The language is
    detected per document (or set with `language`); a policy in another
    language is skipped with the reason.

Why it matters
    COPPA (16 CFR 312) requires notice and verifiable parental consent for
    data from children under 13; GDPR Art. 8 sets the age of digital consent
    (13 to 16); CCPA 1798.120(c) forbids selling the data of consumers under
    16 without opt-in consent.

Passes
    - "Our service is not directed to children under 13 and we do not collect their personal data."
    - "We do not knowingly collect personal information from children."
    - "You must be at least 16 years old to use this app and share personal data with us."
    - "If we learn that we have collected personal data from a child under 13, we will delete it."
    - "Users under 16 need parental consent before we process their personal data."
    - "If you are a parent, you may ask us to delete your child's personal information."

Fails
    - "We collect your email address to send you our newsletter. This is our privacy policy."
    - "We do not knowingly collect your personal information."

Near-misses
    - "Our store sells children's books; we use your personal data to ship orders." -> children mentioned but no stance stated
    - "This privacy policy explains how we comply with COPPA." -> no statement on children's data
    - "The game is suitable for all ages and collects no personal data." -> no statement on children's data
    - "Children's Privacy. We care about your personal data." -> children mentioned but no stance stated
"""
from __future__ import annotations

import bisect
from types import SimpleNamespace

from pytest_privacylint import Decision
from pytest_privacylint._patterns import branches, compile_linear as compile, vocabulary, words
from pytest_privacylint._prefilter import search_in, sentence_mask
from pytest_privacylint._results import Candidate
from pytest_privacylint._vocab import children as CV

ID = "child-data-stance"
VERSION = "1"
TITLE = "Stance on children's data"
ANCHOR = "COPPA 16 CFR 312; GDPR Art. 8; CCPA 1798.120(c)"
HINT = (
    'say whether the service is directed to children and how their data is handled ("not '
    'directed to children under 13; we do not knowingly collect their data and delete it if we '
    'learn we have"); COPPA 16 CFR 312, GDPR Art. 8'
)
MSG_SILENT = "no statement on children's data"
MSG_MENTION = "children mentioned but no stance stated"

# ---------------------------------------------------------------- vocabulary
AGE_WORDS = (
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty-one", "twenty one", "twenty",
)
# an age as written: "13", "thirteen", "thirteen (13)"
AGE_NUM = r"(?:\d{1,2}|" + "|".join(AGE_WORDS) + r")(?:\s?\(\d{1,2}\))?"
# a version, not an age: "Android 9 and older", "iOS 15 or above"
NOT_VERSION = r"(?<!(?i:android|ios|ipados|macos|windows|version|api|level|chrome|firefox|safari|python|java|node)\s)"
# gap inside a sentence that may cross an email address or URL ("a@b.com and")
GAP = r"(?:[^.!?\n]|\.(?=\S))"

# words that name a child or minor (nouns; "minor" is checked as a noun below)
CHILD_WORDS = (
    "child", "children", "child's", "children's", "child’s", "children’s", "childrens",
    "kid", "kids", "kid's", "kids'", "minors", "minor's", "minors'", "teen", "teens", "teenager",
    "teenagers", "juvenile", "juveniles", "youth", "young people", "young users", "young person", "young person's",
    "young person’s", "young persons", "underage",
    "under-age", "infant", "infants", "toddler", "toddlers", "pupils", "students under",
)
# "a minor" / "are a minor" / "minor under": the noun, not "minor changes"
MINOR_NOUN = (
    r"\b(?:an?|are|is|any|as|the)\s+minor\b(?!\s+(?:change|changes|update|updates|edit|edits|text|files?|"
    r"modifications?|amendments?|revisions?|issues?|bugs?|errors?|details?|differences?|adjustments?|"
    r"corrections?|improvements?|versions?|releases?|fix|fixes|role|part|league|key))"
)
# an age threshold with no child word: "under the age of 13", "under 16 years old"
UNDER_AGE = (
    r"\b(?:under|below|younger\s+than|less\s+than)\s+(?:the\s+)?(?:age\s+of\s+|age\s+)?"
    r"(?:\d{1,2}|" + "|".join(AGE_WORDS) + r")(?:\s?\(\d{1,2}\))?(?:\s+years?(?:\s+of\s+age|\s+old)?)?\b"
    r"(?!\s?(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R|§|[.,:]\d|%|percent|hours|days|weeks|months|minutes|seconds|mb|gb|kb|ms|x\b))"
    r"|\b(?:over|above|older\s+than)\s+(?:the\s+age\s+of\s+" + AGE_NUM + r"|" + AGE_NUM + r"\s+years|(?:1[0-9]|21)\s?\+)"
    r"|\b(?:be|are|is|am|being)\s+at\s+least\s+(?:the\s+age\s+of\s+)?(?:1[0-9]|2[01]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one|twenty\s+one)\b(?!\s*(?:days|weeks|months|hours|minutes|%|percent|characters))"
    r"|\b(?:\d{1,2}|" + "|".join(AGE_WORDS) + r")(?:\s?\(\d{1,2}\))?\s+years?\s+(?:of\s+age|old)\b"
    r"|\bage\s+of\s+(?:\d{1,2}|" + "|".join(AGE_WORDS) + r")\b"
    r"|\b(?:1[0-9]|21)\s?\+(?=\W|$)"
    r"|" + NOT_VERSION + r"\b(?:1[0-9]|21)\s+or\s+(?:older|over|above)\b"
    r"|\baged?\s+" + AGE_NUM + r"\b|" + NOT_VERSION + r"\b" + AGE_NUM + r"\s+(?:years\s+(?:of\s+age\s+|old\s+)?)?(?:and|or)\s+(?:over|older|above|up)\b"
    r"|\bage\s+(?:gate|verification|limit|restriction|requirement|minimum)s?\b|\bminimum\s+age\b|\bage\s+rating\b"
    r"|\brated\s+(?:1[0-9]|21)\b|\blegal\s+age\b|\bage\s+of\s+(?:majority|consent|digital\s+consent)\b"
    r"|\b(?:an\s+)?adults?\s+only\b"
)

# the stance itself: each rule name -> pattern. A sentence must also name a
# child, a minor or an age (CHILD_WORDS / MINOR_NOUN / UNDER_AGE) for these
# to count, except where the phrase names one itself.
STANCE_RULES = {
    "not directed to children": (
        r"\b(?:not|never|isn['’]t|aren['’]t)\s+(?:be\s+)?(?:\w+\s+)?(?:directed|intended|designed|aimed|targeted|"
        r"marketed|meant|addressed|tailored|made|built|created|developed|suitable|appropriate|available|offered|"
        r"provided|permitted|allowed|eligible|advertised)\b"
        r"|\b(?:does|do|did|will)\s+not\s+(?:\w+\s+)?(?:address|target|direct|market|aim|offer)\b"
        r"|\bnot\s+(?:for|to\s+be\s+used\s+by|meant\s+for)\b"
        r"|\b(?:only|solely|exclusively)\s+(?:for|intended\s+for|directed\s+(?:to|at)|available\s+to|open\s+to)\s+(?:adults|users|people|persons|individuals|those)\b"
        r"|\b(?:designed|intended|directed)\s+(?:\w+\s+)?(?:for|to|at)\s+(?:adults|parents|a\s+general\s+audience|general\s+audiences)\b"
        r"|\bgeneral\s+audience\b"
    ),
    "does not knowingly collect from children": (
        r"\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:knowingly|intentionally|deliberately|purposely|purposefully|"
        r"consciously|willingly)\b"
        r"|\b(?:knowingly|intentionally|deliberately)\s+(?:\w+\s+)?(?:collect|solicit|gather|process|request|obtain|receive|store|use)\w*\b"
    ),
    "does not collect children's data": (
        r"\b(?:do|does|will|shall)\s?(?:not|n['’]t)\s+(?:\w+\s+){0,2}(?:collect|solicit|gather|process|request|store|"
        r"obtain|use|sell|share)\w*\b[^.;!?\n]{0,80}?(?:\b(?:child|children|kids?|minors?)\b|\b(?:under|younger\s+than|less\s+than)\s+(?:the\s+age\s+of\s+)?" + AGE_NUM + r"\b)"
        r"|\bno\s+(?:personal\s+)?(?:data|information)\s+(?:is\s+|are\s+)?(?:collected\s+)?(?:from|about|of)\s+(?:children|minors|kids)\b"
    ),
    "age requirement": (
        r"\b(?:must|should|need\s+to|have\s+to|has\s+to|required\s+to)\s+be\s+(?:at\s+least|over|above|older\s+than|of\s+legal\s+age|an?\s+adults?|adults|" + AGE_NUM + r"\s+(?:years|or\s+older|and\s+over))"
        r"|\b(?:at\s+least|over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?" + AGE_NUM + r"\b"
        r"|" + NOT_VERSION + r"\b" + AGE_NUM + r"\s+(?:years\s+(?:of\s+age\s+|old\s+)?)?(?:or|and)\s+(?:older|over|above)\b"
        r"|\b(?:check|checks|verify|verifies|confirm|confirms)\s+(?:your|the\s+user['’]s|users['’]?|their|each\s+\w+['’]s)\s+age\b"
        r"|\b(?:must|may|should|can)\s?(?:not|n['’]t)\s+(?:use|access|register|sign\s+up|create|download|play|"
        r"join|submit|provide|send|upload|share|transmit|open)\b"
        r"|\b(?:please\s+)?(?:do\s+not|don['’]t|never)\s+(?:\w+\s+)?(?:use|access|register|sign\s+up|create|download|play|join|submit|provide|send|upload|share|transmit|give|disclose)\b"
        r"|\b(?:not|never)\s+(?:be\s+)?(?:permitted|allowed|eligible|authori[sz]ed)\s+to\b"
        r"|\bprohibited\s+from\b|\bineligible\b|\bnot\s+eligible\b"
        r"|\brated\s+(?:1[0-9]|21)\s?\+|\b(?:1[0-9]|21)\+\s+only\b|\badults?\s+only\b"
        r"|\bage\s+(?:gate|verification|check)\b|\bverify\s+(?:your|the\s+user['’]s)\s+age\b"
        r"|\brequires?\s+(?:adult|parental)\s+supervision\b"
        # a service refused below an age: "We do not tattoo or pierce anyone under 18", "we don't sell to anyone under 21"
        r"|\b(?:do|does|will|can)\s?(?:not|n['’]t)\s+(?:[\w-]+\s+){1,4}?(?:to\s+)?(?:anyone|anybody|people|persons|customers|clients|patients|users|individuals|members|players|participants|students|subscribers|visitors|applicants|guests|athletes)\s+(?:who\s+(?:is|are)\s+)?(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?" + AGE_NUM + r"\b"
    ),
    "parental consent": (
        r"\b(?:parental|parent['’]s|parents['’]|guardian['’]s|guardians['’])\s+(?:\w+\s+)?(?:consent|permission|approval|authori[sz]ation|supervision)\b"
        r"|\b(?:consent|permission|approval|authori[sz]ation)\s+(?:\w+\s+){0,2}(?:of|from|by)\s+(?:a|the|their|his\s+or\s+her|your)?\s*(?:parents?|legal\s+guardians?|guardians?|holder\s+of\s+parental\s+responsibility)\b"
        r"|\bwith\s+(?:the\s+)?(?:involvement|help|supervision)\s+of\s+(?:a|their|the)?\s*(?:parents?|guardians?)\b"
        r"|\b(?:parents?|guardians?)\b" + GAP + r"{0,80}?\b(?:consent\w*|permission|approv\w*|agree\w*|authori[sz]\w*|register\w*|sign\s+up|create\s+(?:the|an|your|their)\s+account|supervis\w*)\b"
        # a parent acts for the child: "a parent completes the form ... on the child's behalf"
        r"|\b(?:parents?|guardians?)\b" + GAP + r"{0,120}?\bon\s+(?:the|their|a|your)\s+(?:child|children|minor|young\s+person|son\s+or\s+daughter)['’]?s?['’]?\s+behalf\b"
        # only with a parent: "Patients under 18 may only be seen when a parent or legal guardian schedules the visit"
        r"|\b(?:only|unless)\b" + GAP + r"{0,60}?\b(?:when|if|with|where|after)\s+(?:a|their|the|his\s+or\s+her|your)\s+(?:parents?|legal\s+guardians?|guardians?)\b"
        r"|\b(?:consent|permission|approval|authori[sz]ation)\b" + GAP + r"{0,80}?\b(?:parents?|guardians?)\b"
    ),
    "deletion on discovery": (
        r"\b(?:learn|learns|learned|become\s+aware|becomes\s+aware|are\s+made\s+aware|discover|discovers|discovered|"
        r"find\s+out|notified|informed|determine|determines|identif(?:y|ies|ied)\s+(?:himself|herself|themselves)|"
        r"come\s+to\s+our\s+attention|comes\s+to\s+our\s+attention|otherwise\s+become\s+aware|realize|realise)\b"
        + GAP + r"{0,200}?\b(?:delete|deleted|deleting|remove|removed|erase|erased|destroy|destroyed|"
        r"take\s+steps|take\s+appropriate\s+steps|terminate|close|suspend|discard|purge)\w*\b"
    ),
    "a parent may have a child's data deleted": (
        r"\b(?:parents?|guardians?|legal\s+guardians?)\b" + GAP + r"{0,200}?\b(?:delete|deleted|deletion|remove|removed|removal|"
        r"erase|erased|erasure|suspend|suspended|contact\s+us|email\s+us|let\s+us\s+know|notify\s+us|inform\s+us|"
        r"review|request|ask)\b"
        r"|\b(?:request|ask\s+for)\s+(?:the\s+)?(?:removal|deletion|erasure)\b"
        r"|\b(?:right|rights)\s+to\s+(?:request\s+)?(?:removal|deletion|erasure|have\s+\w+\s+(?:deleted|removed))\b"
    ),
    "a child's data is deleted": (
        r"\b(?:child|children|kids?|minors?)(?:['’]s|s['’]|['’])?\s[^.!?\n]{0,80}?\b(?:deleted|removed|erased|suspended|destroyed|purged)\b"
        r"|\b(?:delete|deletes|remove|removes|erase|erases|destroy|purge)\s+(?:\w+\s+){0,4}(?:child|children|kids?|minors?)\b"
    ),
    "how children's data is handled": (
        r"\b(?:child|children|kids?|minors?)['’]?s?['’]?\s+(?:personal\s+)?(?:data|information|messages?|content|accounts?|profiles?)\s+"
        r"(?:is|are|will\s+be|shall\s+be)\s+(?:not\s+)?(?:deleted|removed|erased|anonymi[sz]ed|protected|handled|treated|processed|stored|kept|"
        r"collected|shared|moderated|reviewed|never)\b"
    ),
}
# under a heading about children, a sentence about the reader's own data
# ("We do not knowingly collect your information ...") is not about children
READERS_OWN = r"\byour\s+(?:own\s+)?(?:personal\s+)?(?:information|data|details)\b"
# phrases that mention children without being a stance (used in explanations)
NOT_A_STANCE = (
    r"\bcoppa\b|children['’]?s\s+online\s+privacy\s+protection\s+act",
    r"\b(?:suitable|appropriate|fun|great|safe)\s+for\s+(?:all\s+ages|(?:the\s+)?(?:whole\s+)?family|kids|children|everyone)\b",
    r"\b(?:all|any)\s+ages\b",
)

# ---------------------------------------------------------------- patterns
# One bundle per language: English from the tables above; another language
# adds its table from _vocab/children.py to the English one.
LANGUAGES = ("en",) + tuple(CV.CHILDREN)
_HEADING_WORDS = ("child", "children", "children's", "children’s", "minors", "kids", "coppa", "age", "ages",
                  "age requirement", "age requirements", "young")


def _alts(*ps: str) -> str:
    return "|".join("(?:" + p + ")" for p in ps if p)


def _bundle(lang: str) -> SimpleNamespace:
    V = CV.CHILDREN.get(lang, {}) if lang != "en" else {}
    stance_v = V.get("STANCE", {})
    stance = [(name, compile(_alts(p, *(r"\b(?:" + q + r")" for q in stance_v.get(name, ())))))
              for name, p in STANCE_RULES.items()]
    # each rule's alternatives apart: a sentence states the rule when one of
    # them matches, and each is searched only where its own needles are
    parts = [(name, [compile(b) for b in branches(p)] + [compile(r"\b(?:" + q + r")") for q in stance_v.get(name, ())])
             for name, p in STANCE_RULES.items()]
    return SimpleNamespace(
        CHILD=compile(_alts(words(*CHILD_WORDS) + "|" + MINOR_NOUN, words(*V["CHILD"]) if V else "")),
        AGE=compile(_alts(UNDER_AGE, *(r"\b(?:" + q + r")\b" for q in V.get("AGE", ())))),
        STANCE=stance,
        STANCE_PARTS=parts,
        NOT_STANCE=compile(_alts(*NOT_A_STANCE, *V.get("NOT_A_STANCE", ()))),
        CHILD_HEADING=compile(words(*_HEADING_WORDS, *V.get("HEADING", ()))),
        READERS_OWN=compile(READERS_OWN),
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


_RANK = {name: i for i, name in enumerate(STANCE_RULES)}


def _has_child_ref(sent: str, lang: str = "en") -> tuple[int, int] | None:
    P = patterns_for(lang)
    m = P.CHILD.search(sent)
    if m:
        return m.start(), m.end()
    m = P.AGE.search(sent)
    if m:
        return m.start(), m.end()
    return None


def decide(doc, ctx):
    P = patterns_for(doc.language)
    text = doc.text
    cands: list[Candidate] = []
    mentions: list[tuple[int, int]] = []
    best = None  # (rule rank, start, end): the strongest stance is the evidence
    sections: dict[int, bool] = {}
    child_mask, age_mask = sentence_mask(doc, P.CHILD), sentence_mask(doc, P.AGE)
    blocks, sentences = doc.blocks, doc.sentences
    heading_of = doc.section_heads()

    def in_child_section(block: int) -> bool:
        """Whether a block lies under a heading about children."""
        h = heading_of[block]
        if h not in sections:
            sections[h] = h >= 0 and bool(P.CHILD_HEADING.search(text[blocks[h].start:blocks[h].end]))
        return sections[h]

    if child_mask is None or age_mask is None:
        visit = range(len(sentences))
    else:  # the prefilter: a pattern none of whose needles is in the sentence finds nothing there
        visit = sorted(child_mask | age_mask | _section_sentences(doc, in_child_section))
    if not getattr(ctx, "explain", True):  # only the decision is asked for
        return _decide_by_rule(doc, P, visit, child_mask, age_mask, in_child_section)
    for si in visit:
        s = sentences[si]
        is_heading = blocks[s.block].kind == "heading"
        child_on = child_mask is None or si in child_mask
        age_on = age_mask is None or si in age_mask
        child_section = not is_heading and in_child_section(s.block)
        if not (child_on or age_on or child_section):
            continue
        sent = text[s.start:s.end]
        child = search_in(doc, P.CHILD, sent, s.start) if child_on else None
        age = search_in(doc, P.AGE, sent, s.start) if age_on and child is None else None  # only read when no child word
        if not (child or age or child_section):
            continue
        ref = child or age
        if ref is not None and child is not None:
            mentions.append((s.start + child.start(), s.start + child.end()))
        if is_heading:
            continue
        for name, pat in P.STANCE:
            m = search_in(doc, pat, sent, s.start)
            if not m:
                continue
            # a stance needs a child, a minor or an age in the sentence; in a
            # section headed about children the heading supplies it for the
            # not-directed / not-knowingly / consent / deletion rules
            if ref is None and (not child_section or P.READERS_OWN.search(sent)):
                continue
            cands.append(Candidate(s.start, s.end, name, True))
            rank = _RANK[name]
            if best is None or rank < best[0]:
                best = (rank, s.start, s.end)
            break
        if ref is not None:
            ns = search_in(doc, P.NOT_STANCE, sent, s.start)
            rule = "not a stance: " + (ns.group().lower() if ns else "mention only")
            cands.append(Candidate(s.start + ref.start(), s.start + ref.end(), rule, False))
    if best is not None:
        return Decision.passed("stance on children's data stated", (best[1], best[2]), candidates=cands)
    if mentions:
        return Decision.failed(MSG_MENTION, mentions[0], candidates=cands)
    return Decision.failed(MSG_SILENT, candidates=cands)


def _section_sentences(doc, in_child_section) -> set[int]:
    """Indices of the sentences whose block lies under a heading about
    children (``in_child_section``), found section by section."""
    blocks = doc.blocks
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"] + [len(blocks)]
    sent_blocks = [s.block for s in doc.sentences]
    out: set[int] = set()
    for h, next_h in zip(heads, heads[1:]):
        if in_child_section(h):  # blocks h .. next_h - 1 are its section
            out.update(range(bisect.bisect_left(sent_blocks, h), bisect.bisect_left(sent_blocks, next_h)))
    return out


def _decide_by_rule(doc, P, visit, child_mask, age_mask, in_child_section):
    """The decision of :func:`decide` without the candidates, reading rule
    by rule: the evidence is the first sentence stating the first-ranked
    rule any sentence states, so the rules are tried in rank order, each
    only in the sentences holding one of its needles, and the reading stops
    at the first sentence that states one. A sentence states a rule when it
    is no heading, names a child, a minor or an age, or lies in a section
    headed about children (the same for every rule), and the rule's pattern
    matches it."""
    text, blocks, sentences = doc.text, doc.blocks, doc.sentences
    eligible: dict[int, bool] = {}

    def states(si: int, parts) -> bool:
        s = sentences[si]
        if blocks[s.block].kind == "heading":
            return False
        sent = text[s.start:s.end]
        if all(search_in(doc, part, sent, s.start) is None for part in parts):
            return False  # (the rule first: the age pattern is the slowest to search)
        if si not in eligible:
            eligible[si] = (in_child_section(s.block) and P.READERS_OWN.search(sent) is None) or (
                (child_mask is None or si in child_mask) and search_in(doc, P.CHILD, sent, s.start) is not None) or (
                (age_mask is None or si in age_mask) and search_in(doc, P.AGE, sent, s.start) is not None)
        return eligible[si]

    visit_set = set(visit)
    for _, parts in P.STANCE_PARTS:
        masks = [sentence_mask(doc, part) for part in parts]
        if any(mask is None for mask in masks):
            order, where = visit, None
        else:  # the sentences holding a needle of some part, each asked only of those parts
            where = {}
            for part, mask in zip(parts, masks):
                for si in visit_set.intersection(mask):
                    where.setdefault(si, []).append(part)
            order = sorted(where)
        for si in order:
            if states(si, parts if where is None else where[si]):
                s = sentences[si]
                return Decision.passed("stance on children's data stated", (s.start, s.end))
    for si in visit:  # no stance: the first child word is the evidence
        if child_mask is None or si in child_mask:
            s = sentences[si]
            m = search_in(doc, P.CHILD, text[s.start:s.end], s.start)
            if m is not None:
                return Decision.failed(MSG_MENTION, (s.start + m.start(), s.start + m.end()))
    return Decision.failed(MSG_SILENT)
