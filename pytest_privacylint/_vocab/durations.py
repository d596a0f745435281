"""Durations, schedules and bounds: the shared vocabulary for time limits.

Held as data, per language (ISO 639-1 code), so other languages can extend
it by adding an entry to each table. ``retention-limit`` builds its
patterns from here; other checks may reuse them (e.g. response times).

- NUMBER_WORDS: spelled-out quantities ("twelve", "twenty-four" is built
  from TENS + NUMBER_WORDS), plus indefinite counts ("a", "a few").
- UNIT_WORDS: units of time, singular and plural.
- SCHEDULE_PHRASES: recurring schedules ("annually", "on an annual basis").
- IMMEDIATE_WORDS: "immediately" and friends: a zero-length period.
- UPPER_BOUND_PHRASES: words that make a period a ceiling ("up to",
  "no longer than", "within", "not more than", "maximum").
- FLOOR_PHRASES: words that make a period a floor ("at least",
  "a minimum of"): a floor is not a limit.
- OPEN_COMPARATIVES: "longer than" / "more than": a ceiling only when negated.
- NEGATIONS: words that turn an open comparative into a ceiling.
"""
from __future__ import annotations

NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "one hundred", "a hundred", "a thousand",
        "a", "an", "a single", "a few", "few", "several", "a couple of", "a couple",
        "one and a half", "half a", "half an",
    ),
}

# tens that combine with a unit digit word: "twenty-four", "thirty one"
TENS: dict[str, tuple[str, ...]] = {
    "en": ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
}
DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}

UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "second", "seconds", "minute", "minutes", "mins", "hour", "hours", "hrs",
        "day", "days", "business day", "business days", "working day", "working days",
        "calendar day", "calendar days", "week", "weeks", "fortnight", "fortnights",
        "month", "months", "calendar month", "calendar months", "year", "years",
        "calendar year", "calendar years", "decade", "decades",
    ),
}

# separators allowed between a number and a range's second number: "1-2 years"
RANGE_WORDS: dict[str, tuple[str, ...]] = {"en": ("to", "or", "and")}

SCHEDULE_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "annually", "on an annual basis", "once a year", "once per year", "every year", "each year",
        "yearly", "on a yearly basis",
        "monthly", "on a monthly basis", "once a month", "every month", "each month",
        "quarterly", "on a quarterly basis", "every quarter",
        "weekly", "on a weekly basis", "once a week", "every week", "each week",
        "daily", "on a daily basis", "once a day", "every day", "each day", "nightly", "every night",
        "hourly", "every hour",
    ),
}

IMMEDIATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("immediately", "instantly", "right away", "straight away", "at once"),
}

UPPER_BOUND_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "up to", "no longer than", "not longer than", "no more than", "not more than",
        "not exceeding", "no later than", "not later than", "at most", "a maximum of",
        "maximum of", "maximum", "max", "for a maximum of", "within", "less than", "fewer than",
        "under", "in under", "in less than", "before", "until",
    ),
}

FLOOR_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "at least", "a minimum of", "minimum of", "minimum", "for a minimum of", "a minimum period of",
        "minimum period of", "no less than", "not less than", "no fewer than", "not fewer than",
        "at a minimum", "in excess of",
    ),
}

OPEN_COMPARATIVES: dict[str, tuple[str, ...]] = {
    "en": ("longer than", "more than", "over", "beyond", "past"),
}

NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": ("not", "never", "no", "don't", "do not", "does not", "doesn't", "won't", "will not", "cannot", "can't"),
}


def _alt(items) -> str:
    alts = sorted({i.strip() for i in items if i.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(a.replace(" ", r"\s+") for a in alts) + ")"


def number_pattern(lang: str = "en") -> str:
    """A quantity: digits ("30", "1.5"), a word ("twelve"), a compound
    ("twenty-four") or an indefinite count ("a few"); an optional digit
    gloss in parentheses follows ("twelve (12)")."""
    compound = _alt(TENS[lang]) + r"[\s-]" + _alt(DIGIT_WORDS[lang])
    word = r"\b(?:" + compound + "|" + _alt(NUMBER_WORDS[lang]) + r")\b"
    digits = r"\b\d{1,4}(?:[.,]\d{1,2})?"
    gloss = r"(?:\s?\(\s?\d{1,4}\s?\))?"
    return r"(?:(?:" + word + "|" + digits + ")" + gloss + ")"


def duration_pattern(lang: str = "en") -> str:
    """A period of time: a quantity (or a range of two) and a unit:
    "90 days", "twelve (12) months", "twenty-four (24) hours", "1-2 years",
    "30-day", "a year", "a few weeks"."""
    num = number_pattern(lang)
    rng = r"(?:\s?(?:-|–|\b" + _alt(RANGE_WORDS[lang]) + r"\b)\s?" + num + ")?"
    unit = r"\b" + _alt(UNIT_WORDS[lang]) + r"\b"
    return num + rng + r"[\s-]{0,2}" + unit


def schedule_pattern(lang: str = "en") -> str:
    return r"\b" + _alt(SCHEDULE_PHRASES[lang]) + r"\b"


def immediate_pattern(lang: str = "en") -> str:
    return r"\b" + _alt(IMMEDIATE_WORDS[lang]) + r"\b"


def upper_bound_pattern(lang: str = "en") -> str:
    return r"\b" + _alt(UPPER_BOUND_PHRASES[lang]) + r"\b"


def floor_pattern(lang: str = "en") -> str:
    return r"\b" + _alt(FLOOR_PHRASES[lang]) + r"\b"


def open_comparative_pattern(lang: str = "en") -> str:
    return r"\b" + _alt(OPEN_COMPARATIVES[lang]) + r"\b"


def negation_pattern(lang: str = "en") -> str:
    return r"\b" + _alt(NEGATIONS[lang]) + r"\b"
