"""Durations, schedules and bounds: the shared vocabulary for time limits.

Held as data, per language (ISO 639-1 code: en, de, fr, es, pt, it, nl);
another language is added by an entry in each table. ``retention-limit`` builds its
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
    "de": (
        "ein", "eine", "einen", "einem", "einer", "eines", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
        "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
        "neunzehn", "zwanzig", "vierundzwanzig", "dreißig", "sechsunddreißig", "vierzig", "achtundvierzig",
        "fünfzig", "sechzig", "neunzig", "hundert", "einhundert", "wenigen", "wenige", "einigen", "einige",
        "mehreren", "mehrere", "ein paar", "anderthalb", "eineinhalb",
    ),
    "fr": (
        "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-huit", "vingt", "vingt-quatre", "trente", "trente-six",
        "quarante", "quarante-huit", "cinquante", "soixante", "quatre-vingt-dix", "cent", "quelques", "plusieurs",
    ),
    "es": (
        "un", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
        "doce", "trece", "catorce", "quince", "dieciséis", "dieciocho", "veinte", "veinticuatro", "treinta",
        "treinta y seis", "cuarenta", "cuarenta y ocho", "cincuenta", "sesenta", "noventa", "cien", "ciento",
        "algunos", "algunas", "unos", "unas", "varios", "varias", "un par de", "pocos", "pocas",
    ),
    "pt": (
        "um", "uma", "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
        "doze", "treze", "catorze", "quatorze", "quinze", "dezesseis", "dezasseis", "dezoito", "vinte",
        "vinte e quatro", "trinta", "trinta e seis", "quarenta", "quarenta e oito", "cinquenta", "sessenta",
        "noventa", "cem", "alguns", "algumas", "vários", "várias", "poucos", "poucas",
    ),
    "it": (
        "un", "uno", "una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
        "dodici", "tredici", "quattordici", "quindici", "sedici", "diciotto", "venti", "ventiquattro", "trenta",
        "trentasei", "quaranta", "quarantotto", "cinquanta", "sessanta", "novanta", "cento", "alcuni", "alcune",
        "qualche", "diversi", "diverse", "pochi", "poche",
    ),
    "nl": (
        "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "dertien", "veertien", "vijftien", "zestien", "achttien", "twintig", "vierentwintig", "dertig",
        "zesendertig", "veertig", "achtenveertig", "vijftig", "zestig", "negentig", "honderd", "enkele",
        "een paar", "meerdere", "anderhalf", "enige",
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
    "de": (
        "Sekunde", "Sekunden", "Minute", "Minuten", "Stunde", "Stunden", "Tag", "Tage", "Tagen", "Tages",
        "Werktag", "Werktage", "Werktagen", "Arbeitstag", "Arbeitstage", "Arbeitstagen", "Kalendertag",
        "Kalendertage", "Kalendertagen", "Woche", "Wochen", "Monat", "Monate", "Monaten", "Monats",
        "Kalendermonat", "Kalendermonate", "Kalendermonaten", "Jahr", "Jahre", "Jahren", "Jahres",
        "Kalenderjahr", "Kalenderjahre", "Kalenderjahren", "Kalenderjahres", "Geschäftsjahr", "Geschäftsjahre",
        "Geschäftsjahren", "Jahrzehnt", "Jahrzehnte",
    ),
    "fr": (
        "seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours", "jours ouvrés",
        "jours ouvrables", "jours calendaires", "semaine", "semaines", "mois", "an", "ans", "année", "années",
        "années civiles", "année civile", "exercice", "exercices",
    ),
    "es": (
        "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dias", "días hábiles", "días naturales",
        "semana", "semanas", "mes", "meses", "año", "años", "anos", "años naturales", "ejercicio", "ejercicios",
    ),
    "pt": (
        "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias", "dias úteis", "dias corridos", "semana",
        "semanas", "mês", "meses", "ano", "anos",
    ),
    "it": (
        "secondi", "minuto", "minuti", "ore", "giorno", "giorni", "giorni lavorativi", "settimana", "settimane",
        "mese", "mesi", "anno", "anni",
    ),
    "nl": (
        "seconde", "seconden", "minuut", "minuten", "uur", "uren", "dag", "dagen", "werkdag", "werkdagen",
        "week", "weken", "maand", "maanden", "jaar", "jaren", "kalenderjaar", "boekjaar",
    ),
}

# separators allowed between a number and a range's second number: "1-2 years"
RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("to", "or", "and"),
    "de": ("bis", "oder", "und"), "fr": ("à", "ou", "et"), "es": ("a", "o", "y"), "pt": ("a", "ou", "e"),
    "it": ("a", "o", "e"), "nl": ("tot", "of", "en"),
}

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
    "de": (
        "jährlich", "einmal jährlich", "einmal im Jahr", "jedes Jahr", "halbjährlich", "vierteljährlich",
        "quartalsweise", "monatlich", "einmal im Monat", "jeden Monat", "wöchentlich", "einmal pro Woche",
        "täglich", "jeden Tag", "nächtlich", "stündlich", "einmal pro Jahr", "einmal pro Monat", "einmal pro Quartal", "zum Jahresende",
    ),
    "fr": (
        "annuellement", "une fois par an", "chaque année", "tous les ans", "mensuellement", "chaque mois",
        "tous les mois", "une fois par mois", "hebdomadairement", "chaque semaine", "toutes les semaines",
        "quotidiennement", "chaque jour", "tous les jours", "chaque nuit", "toutes les heures",
    ),
    "es": (
        "anualmente", "una vez al año", "cada año", "todos los años", "mensualmente", "cada mes", "todos los meses",
        "semanalmente", "cada semana", "diariamente", "cada día", "todos los días", "cada hora", "una vez por año", "trimestralmente",
    ),
    "pt": (
        "anualmente", "uma vez por ano", "a cada ano", "todo ano", "todos os anos", "mensalmente", "a cada mês",
        "todo mês", "semanalmente", "diariamente", "todos os dias", "a cada dia", "uma vez ao ano", "trimestralmente",
    ),
    "it": (
        "annualmente", "una volta all'anno", "ogni anno", "mensilmente", "ogni mese", "settimanalmente",
        "ogni settimana", "giornalmente", "quotidianamente", "ogni giorno", "ogni notte", "ogni ora", "una volta l'anno", "una volta ogni anno", "trimestralmente",
    ),
    "nl": (
        "jaarlijks", "eens per jaar", "elk jaar", "ieder jaar", "maandelijks", "elke maand", "iedere maand",
        "wekelijks", "elke week", "dagelijks", "elke dag", "iedere dag", "elk uur", "één keer per jaar", "een keer per jaar",
        "eenmaal per jaar", "één keer per maand", "een keer per maand", "elk kwartaal", "ieder kwartaal", "per kwartaal",
    ),
}

IMMEDIATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("immediately", "instantly", "right away", "straight away", "at once"),
    "de": ("sofort", "unverzüglich", "umgehend", "unmittelbar"),
    "fr": ("immédiatement", "sans délai", "aussitôt", "sur-le-champ"),
    "es": ("inmediatamente", "de inmediato", "sin demora", "en el acto"),
    "pt": ("imediatamente", "de imediato", "sem demora"),
    "it": ("immediatamente", "subito", "senza ritardo", "tempestivamente"),
    "nl": ("onmiddellijk", "direct", "meteen", "per direct", "terstond"),
}

UPPER_BOUND_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "up to", "no longer than", "not longer than", "no more than", "not more than",
        "not exceeding", "no later than", "not later than", "at most", "a maximum of",
        "maximum of", "maximum", "max", "for a maximum of", "within", "less than", "fewer than",
        "under", "in under", "in less than", "before", "until",
    ),
    "de": (
        "bis zu", "höchstens", "maximal", "max.", "spätestens", "nicht länger als", "nicht mehr als", "längstens",
        "innerhalb von", "innerhalb", "binnen", "weniger als", "für maximal", "für höchstens", "für die Dauer von höchstens",
        "vor Ablauf von", "bis", "unter",
    ),
    "fr": (
        "jusqu'à", "jusqu’à", "au maximum", "au plus", "maximum", "un maximum de", "au plus tard", "pas plus de",
        "n'excédant pas", "n’excédant pas", "ne dépassant pas", "ne pouvant excéder", "dans un délai de",
        "dans un délai maximum de", "dans les", "sous", "moins de", "durée maximale de", "maximale de",
    ),
    "es": (
        "hasta", "como máximo", "máximo", "un máximo de", "no más de", "no más allá de", "período máximo de",
        "periodo máximo de", "plazo máximo de", "dentro de", "en un plazo de", "en un plazo máximo de",
        "menos de", "antes de",
    ),
    "pt": (
        "até", "no máximo", "máximo", "um máximo de", "não mais de", "não mais que", "prazo máximo de",
        "período máximo de", "dentro de", "no prazo de", "no prazo máximo de", "menos de", "antes de",
    ),
    "it": (
        "fino a", "al massimo", "massimo", "un massimo di", "per un massimo di", "non oltre", "non più di",
        "entro", "entro e non oltre", "periodo massimo di", "meno di", "prima di",
    ),
    "nl": (
        "tot", "tot maximaal", "maximaal", "hooguit", "uiterlijk", "uiterlijk binnen", "niet langer dan",
        "niet meer dan", "ten hoogste", "binnen", "minder dan", "voor maximaal", "voor een periode van maximaal",
    ),
}

FLOOR_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "at least", "a minimum of", "minimum of", "minimum", "for a minimum of", "a minimum period of",
        "minimum period of", "no less than", "not less than", "no fewer than", "not fewer than",
        "at a minimum", "in excess of",
    ),
    "de": ("mindestens", "wenigstens", "nicht weniger als", "mindestens für", "für mindestens", "Mindestdauer von"),
    "fr": ("au moins", "au minimum", "minimum", "un minimum de", "pas moins de", "d'au moins", "d’au moins"),
    "es": ("al menos", "como mínimo", "mínimo", "un mínimo de", "no menos de", "por lo menos"),
    "pt": ("pelo menos", "no mínimo", "mínimo", "um mínimo de", "não menos de", "não menos que"),
    "it": ("almeno", "minimo", "un minimo di", "per un minimo di", "non meno di", "per almeno"),
    "nl": ("ten minste", "tenminste", "minimaal", "minstens", "niet minder dan", "voor minimaal"),
}

OPEN_COMPARATIVES: dict[str, tuple[str, ...]] = {
    "en": ("longer than", "more than", "over", "beyond", "past"),
    "de": ("länger als", "mehr als", "über", "über einen Zeitraum von mehr als"),
    "fr": ("plus de", "au-delà de", "plus longtemps que", "plus longue que", "excédant"),
    "es": ("más de", "más allá de", "superior a", "por encima de"),
    "pt": ("mais de", "mais que", "além de", "superior a"),
    "it": ("più di", "oltre", "superiore a"),
    "nl": ("langer dan", "meer dan", "langer bewaard dan"),
}

NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": ("not", "never", "no", "don't", "do not", "does not", "doesn't", "won't", "will not", "cannot", "can't"),
    "de": ("nicht", "nie", "niemals", "kein", "keine", "keinesfalls"),
    "fr": ("ne", "n'", "n’", "pas", "jamais", "aucun", "aucune"),
    "es": ("no", "nunca", "jamás", "ningún", "ninguna"),
    "pt": ("não", "nunca", "jamais", "nenhum", "nenhuma"),
    "it": ("non", "mai", "nessun", "nessuna"),
    "nl": ("niet", "nooit", "geen"),
}


def _alt(items) -> str:
    alts = sorted({i.strip() for i in items if i.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(a.replace(" ", r"\s+") for a in alts) + ")"


def number_pattern(lang: str = "en") -> str:
    """A quantity: digits ("30", "1.5"), a word ("twelve"), a compound
    ("twenty-four") or an indefinite count ("a few"); an optional digit
    gloss in parentheses follows ("twelve (12)")."""
    compound = (_alt(TENS[lang]) + r"[\s-]" + _alt(DIGIT_WORDS[lang]) + "|") if TENS.get(lang) else ""
    word = r"\b(?:" + compound + _alt(NUMBER_WORDS[lang]) + r")\b"
    digits = r"\b\d{1,4}(?:[.,]\d{1,2})?"
    # "twelve (12)", "30 (trente)", "12 (zwölf)"
    gloss = r"(?:\s?\(\s?(?:\d{1,4}|" + _alt(NUMBER_WORDS[lang]) + r")\s?\))?"
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
