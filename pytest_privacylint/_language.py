"""Which language a policy is written in (stop-word counts, no model), and
whether a text is a privacy policy at all."""
from __future__ import annotations

import re

# short, frequent function words that are distinctive per language
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to you your we our is are this that with for not be or by information data".split()),
    "de": frozenset("der die das und ist nicht sie wir ihre ihrer werden von mit auf für den dem des zu eine einer daten ihr sind oder bei wird".split()),
    "fr": frozenset("le la les et est des du de vous nous vos votre pas une sur pour dans qui que données ces au ou avec par sont ne notre".split()),
    "es": frozenset("el la los las y es del de que en su sus usted para por con una datos se como al no lo este esta puede nuestra nuestro sobre".split()),
    "pt": frozenset("o os as e é do da de dos das que em seu seus você para por com uma dados não ao pelo ou nossa nosso são pela está".split()),
    "it": frozenset("il lo la gli le e è del della dei che in per con una dati non sono al questo suoi di un sul nella tuoi nostro".split()),
    "nl": frozenset("de het een en is van in op te met voor niet wij uw je zijn gegevens die dat worden ons onze kunt bij naar ook".split()),
    "cs": frozenset("a je se na v ve že pro k o z do jsou nebo údaje osobní které".split()),
    # languages without vocabularies: detected so that their checks are skipped
    # with the reason instead of being read with another language's words
    "sv": frozenset("och att det som är av för med inte till har om vi ditt dina dig personuppgifter vår våra".split()),
    "da": frozenset("og af det som er for med ikke til har om vi dine dig personoplysninger vores jeres".split()),
    "no": frozenset("og av det som er for med ikke til har om vi dine deg personopplysninger våre vår".split()),
    "pl": frozenset("i w na z że do nie się jest to dla od lub oraz dane osobowe są przez twoje państwa".split()),
    "ro": frozenset("și în la cu pe că nu este sunt pentru datele dumneavoastră sau care noi această".split()),
    "ca": frozenset("i els les del que per amb dades és són al aquesta seves nostra vostres".split()),
    "fi": frozenset("ja on ei että se tai sekä henkilötietoja tietoja voi me meidän sinun jotka".split()),
    "hu": frozenset("és az hogy nem is egy van el meg személyes adatok vagy ha adatait".split()),
    "tr": frozenset("ve bir bu ile için olarak veya gibi kişisel verilerinizi veri verileri olan".split()),
}
# scripts that name their language outright (checked before the stop words)
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")), ("el", re.compile(r"[\u0370-\u03ff]")), ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")), ("th", re.compile(r"[\u0e00-\u0e7f]")), ("ko", re.compile(r"[\uac00-\ud7af]")),
)
_WORD = re.compile(r"[^\W\d_]+")
# e-mail addresses and URLs are not running text ("com" is a Portuguese word);
# linear: an address is tried only where a run of its characters starts.
# Only ASCII: in Chinese or Japanese text, without spaces, a run of
# non-spaces around an address is the whole paragraph.
_ADDRESSES = re.compile(r"(?<![\w.%+-])[\w.%+-]*@[\w.-]*|(?:https?://|www\.)[!-~]*", re.I | re.A)
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_MIN_SCRIPT = 20  # characters of another script that decide a short text's language

# privacy vocabulary in every language the project knows of: a text without
# any of it is not a privacy policy
PRIVACY_TERMS = re.compile(
    r"privacy|personal (?:data|information|info)|personally identifiable|data protection|cookies?\b|gdpr"
    r"|\b(?:your|user|users'?|any) (?:data|information|info)\b|\bcollect(?:s|ed|ion)? (?:of )?(?:data|information)\b"
    r"|datenschutz|personenbezogen|confidentialit|données personnelles|donnees personnelles|rgpd"
    r"|privacidad|datos personales|privacidade|dados pessoais|lgpd|riservatezza|dati personali"
    r"|persoonsgegevens|privacyverklaring|avg\b|osobní údaje|osobních údajů|ochrana|個人情報|プライバシー"
    # data protection and "your data" in the languages with vocabularies
    r"|ihre(?:r|n)? daten|dsgvo|datenverarbeitung|protection des données|vos données|données à caractère personnel|vie privée"
    r"|protección de datos|sus datos|tus datos|datos de carácter personal|lopd|proteção de dados|protecção de dados|seus dados|os seus dados"
    r"|protezione dei dati|tuoi dati|suoi dati|trattamento dei dati|gegevensbescherming|je gegevens|uw gegevens|persoonlijke gegevens"
    r"|derechos? de acceso|droits? d['’]accès|direitos? de acesso|diritt[oi] di accesso|recht op inzage|recht auf auskunft",
    re.I,
)


def _policy_text(text: str) -> str:
    """The lines of running text: on a mixed page the policy's paragraphs
    decide, not menus, buttons, headings and footers (short lines)."""
    lines = [ln for ln in text.split("\n") if len(ln.split()) >= 8]
    body = "\n".join(lines)
    return body if len(body.split()) >= 40 else text


def detect_language(text: str, sample_chars: int = 200_000) -> str:
    sample = _policy_text(_ADDRESSES.sub(" ", text[:sample_chars]))
    head = sample[:20_000]
    cjk = len(_CJK.findall(head))
    # a short text counts too when most of its letters are in the script
    latin = len(_LATIN.findall(head))
    if cjk > 200 or (cjk >= _MIN_SCRIPT and cjk > latin):
        kana = len(re.findall(r"[\u3040-\u30ff]", head))
        hangul = len(re.findall(r"[\uac00-\ud7af]", head))
        return "ja" if kana else ("ko" if hangul > cjk // 2 else "zh")
    letters = len(_WORD.findall(head)) or 1
    for lang, script in _SCRIPTS:
        n = len(script.findall(head))
        if n > max(200, letters) or (n >= _MIN_SCRIPT and n > latin):  # more such characters than words, or than Latin letters
            return lang
    counts = {lang: 0 for lang in STOPWORDS}
    for w in _WORD.findall(sample.lower()):
        for lang, words in STOPWORDS.items():
            if w in words:
                counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "en"


def looks_like_policy(text: str) -> bool:
    return bool(PRIVACY_TERMS.search(text))
