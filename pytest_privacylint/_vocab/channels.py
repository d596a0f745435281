"""Contact channels: what counts as a concrete way to reach the controller.

Shared by controller-identity (is there a channel?) and opt-out-path ("contact
us to opt out" counts only when the policy gives a concrete channel).

A channel is an email address (also obfuscated: ``privacy[at]acme[dot]com``,
``name at gmail dot com``, ``info[@]acme.org``, or only a ``mailto:`` link), a
phone number, a postal address, or a contact-form / contact-page /
issue-tracker URL offered for questions (a hyperlinked "contact us" counts).

Not a channel (each is found and reported with its own status, so a check
can choose a precise failure message):
  * ``placeholder``  - an unfilled template field: ``[contact email]``,
    ``privacy@%{domain}s``, ``<insert email>``, ``{{email}}``;
  * ``reserved``     - an address at a reserved example domain (example.com,
    .example, .test, .invalid);
  * ``regulator``    - the contact details of a regulator / supervisory
    authority (ICO, CNIL, FTC, a data protection authority ...);
  * ``third-party``  - an address of a well-known third party (Google ...);
  * ``profile``      - a link to a person's profile page ("see my GitHub
    profile" never gives a channel).

The vocabulary is data at the top of this module; :func:`find_channels` and
:func:`find_placeholders` scan the document once per pattern (linear);
:class:`ChannelFinder` gives the same channels read only as far as a check
asks (the first real channel, the channels of a sentence).
"""
from __future__ import annotations

import bisect
import functools
import heapq
from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from .._patterns import compile_linear as compile, vocabulary, words
from .._prefilter import PAUSE, Horizon, doc_finditer, doc_search, finditer_near, matcher, sentence_mask

CS = regex.VERSION0  # case-sensitive flags (capitalisation matters)

# ---------------------------------------------------------------------------
# Vocabulary (data)
# ---------------------------------------------------------------------------

# Domains reserved for examples and tests (RFC 2606 / RFC 6761).
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "example.edu")
RESERVED_TLDS = ("example", "test", "invalid", "localhost")
# Domains that only ever appear in unfilled templates.
PLACEHOLDER_DOMAINS = (
    "domain.com", "yourdomain.com", "your-domain.com", "yourcompany.com", "company.com",
    "yourwebsite.com", "yoursite.com", "mysite.com", "mydomain.com", "website.com",
    "yourapp.com", "email.com", "dominio.com",
)

# Supervisory authorities / regulators: names (matched case-insensitively) ...
REGULATOR_NAMES = (
    "Information Commissioner", "Information Commissioner's Office", "Information Commissioner’s Office",
    "supervisory authority", "supervisory authorities", "data protection authority",
    "data protection authorities", "data protection agency", "data protection commission",
    "data protection commissioner", "data protection supervisor", "data protection regulator",
    "privacy commissioner", "Federal Trade Commission", "Attorney General", "attorney general's office",
    "Commission Nationale de l'Informatique", "Commission Nationale de l’Informatique",
    "Datatilsynet", "Datainspektionen", "Integritetsskyddsmyndigheten", "Garante per la protezione",
    "Garante Privacy", "Agencia Española de Protección de Datos", "Autoriteit Persoonsgegevens",
    "Gegevensbeschermingsautoriteit", "Bundesbeauftragte", "Landesbeauftragte", "Datenschutzbehörde",
    "Aufsichtsbehörde", "European Data Protection Supervisor", "European Data Protection Board",
    "California Privacy Protection Agency", "Office of the Australian Information Commissioner",
    "Autorité de protection des données", "regulator", "data protection board",
    "autorité de contrôle", "autorités de contrôle", "autoridad de control", "autoridades de control",
    "autoridade de controlo", "autoridade de controle", "autoridade supervisora", "autorità di controllo",
    "Garante della privacy", "toezichthouder", "toezichthoudende autoriteit", "Datenschutzaufsichtsbehörde",
    "Autoridade Nacional de Proteção de Dados", "Comissão Nacional de Protecção de Dados",
    "Commission de la protection de la vie privée", "Landesdatenschutzbeauftragte", "Comissão Nacional de Proteção de Dados",
    "Agencia Española de Protección de Datos", "Garante per la protezione dei dati personali",
)
# ... acronyms (matched case-sensitively) ...
REGULATOR_ACRONYMS = (
    "ICO", "CNIL", "FTC", "DPC", "EDPS", "EDPB", "AEPD", "BfDI", "OAIC", "OPC", "CPPA", "ANPD",
    "CNPD", "UODO", "IMY", "PDPC", "APD", "GBA", "AP", "HmbBfDI", "LfDI", "BayLDA",
)
# ... and web domains.
REGULATOR_DOMAINS = (
    "ico.org.uk", "cnil.fr", "ftc.gov", "dataprotection.ie", "datatilsynet.no", "datatilsynet.dk",
    "edps.europa.eu", "edpb.europa.eu", "oag.ca.gov", "cppa.ca.gov", "priv.gc.ca", "oaic.gov.au",
    "privacy.org.nz", "bfdi.bund.de", "aepd.es", "garanteprivacy.it", "autoriteitpersoonsgegevens.nl",
    "gegevensbeschermingsautoriteit.be", "autoriteprotectiondonnees.be", "dataprotectionauthority.be",
    "cnpd.pt", "cnpd.lu", "imy.se", "uodo.gov.pl", "dsb.gv.at", "edoeb.admin.ch", "pdpc.gov.sg",
    "anpd.gov.br", "datenschutz.de", "ldi.nrw.de", "lda.bayern.de",
)

# Well-known third parties: their addresses are not the controller's channel.
THIRD_PARTY_BRANDS = (
    "Google", "Alphabet", "YouTube", "Firebase", "AdMob", "Apple", "iCloud", "Facebook", "Meta",
    "Instagram", "WhatsApp", "Microsoft", "LinkedIn", "Amazon", "AWS", "Twitter", "X Corp", "TikTok",
    "Stripe", "PayPal", "Square", "Shopify", "Mailchimp", "Rocket Science Group", "Salesforce",
    "HubSpot", "Zendesk", "Intercom", "Cloudflare", "Automattic", "WordPress", "Wix", "Squarespace",
    "Netlify", "Vercel", "DigitalOcean", "Heroku", "Sentry", "Functional Software", "Bugsnag",
    "Unity", "Unity Technologies", "AppLovin", "ironSource", "Adobe", "Oracle", "Yahoo", "Verizon",
    "Mozilla", "Opera", "Brave", "Samsung", "Huawei", "Xiaomi", "Snap", "Pinterest", "Reddit",
    "Discord", "Slack", "Zoom", "Dropbox", "Brevo", "Sendinblue", "MailerLite", "SendGrid", "Twilio",
    "Mixpanel", "Amplitude", "Segment", "Hotjar", "Matomo", "Plausible", "Termly", "iubenda",
    "Webconnex", "RevenueCat", "Anthropic", "OpenAI", "Jagex", "Vimeo", "Disqus", "Gravatar",
    "Civilized Discourse", "Monetag", "Teknology", "Criteo", "Taboola", "Outbrain",
    # industry opt-out bodies
    "Network Advertising Initiative", "NAI", "Digital Advertising Alliance", "DAA", "Your Online Choices",
    "YourOnlineChoices", "European Interactive Digital Advertising Alliance", "EDAA", "Interactive Advertising Bureau", "IAB",
)
THIRD_PARTY_DOMAINS = (
    "google.com", "googleapis.com", "gstatic.com", "youtube.com", "firebase.google.com", "apple.com",
    "facebook.com", "fb.com", "meta.com", "instagram.com", "microsoft.com", "live.com", "linkedin.com",
    "amazon.com", "twitter.com", "x.com", "tiktok.com", "stripe.com", "paypal.com", "shopify.com",
    "mailchimp.com", "salesforce.com", "cloudflare.com", "wordpress.com", "wix.com", "squarespace.com",
    "sentry.io", "bugsnag.com", "unity.com", "unity3d.com", "adobe.com", "oracle.com", "mozilla.org",
    "brevo.com", "mailerlite.com", "termly.io", "iubenda.com", "wikipedia.org", "networkadvertising.org",
    "aboutads.info", "youronlinechoices.com", "youronlinechoices.eu", "allaboutcookies.org",
)
# Code hosts whose issue trackers / discussion boards are a channel of the project.
CODE_HOSTS = ("github.com", "gitlab.com", "codeberg.org", "bitbucket.org", "sourceforge.net", "sr.ht")
# Hosts of personal profiles (a link to a profile page is not a channel).
PROFILE_HOSTS = (
    "github.com", "gitlab.com", "twitter.com", "x.com", "linkedin.com", "facebook.com", "instagram.com",
    "mastodon.social", "keybase.io", "medium.com", "about.me", "bsky.app", "threads.net",
)
PROFILE_PATH_WORDS = ("people", "person", "profile", "profiles", "user", "users", "author", "authors", "members", "staff")

# Tokens that make a URL path a contact form / contact page / issue tracker.
CONTACT_PATH_WORDS = (
    "contact", "contact-us", "contactus", "kontakt", "contacto", "contatti", "contato", "feedback",
    "issues", "issue", "support", "help", "helpdesk", "form", "forms", "question", "questions",
    "privacy-question", "request", "requests", "privacy-request", "data-request", "dsar", "enquiry",
    "enquiries", "inquiry", "inquiries", "ticket", "tickets", "get-in-touch", "discussions", "report",
    "write-to-us", "mailto",
)
# Hyperlink texts that offer a contact channel ("contact us" linked counts).
CONTACT_LINK_TEXTS = (
    "contact", "contact us", "contact me", "contact form", "contact page", "our contact form",
    "get in touch", "reach us", "reach out", "write to us", "email us", "e-mail us", "send us an email",
    "send us a message", "send me an email", "send me a message", "drop us a line", "support",
    "support page", "support form", "help center", "help centre", "feedback form", "form",
    "privacy question form", "question form", "request form", "web form", "webform", "online form", "this form",
    "data subject request form", "privacy request form", "issue tracker", "open an issue",
    "file an issue", "report an issue", "create an issue", "issues", "bug tracker", "mail", "quick mail",
    "email", "e-mail", "here",
)

# Words that make a sentence about contacting someone.
CONTACT_CUES = (
    "contact", "contacting", "question", "questions", "reach", "write", "writing", "email", "e-mail",
    "emailing", "mail", "concern", "concerns", "request", "requests", "issue", "issues", "report",
    "feedback", "enquiry", "enquiries", "inquiry", "inquiries", "get in touch", "form", "complaint",
    "call", "phone", "send", "submit", "submitted", "ask",
)
# Announcing a channel ("please contact us", "by emailing", "reach out to our support").
ANNOUNCE_PHRASES = (
    r"contact\s(?:us|me)", r"contacting\s(?:us|me)", r"contact\sour\s[\w ]{0,40}?(?:team|officer|DPO|department|support|staff|office)",
    r"contact\sthe\s(?:developer|developers|author|owner|organi[sz]ers|maintainers?|team|company|data\sprotection\sofficer|DPO)",
    r"e-?mail(?:ing)?\s(?:us|me)", r"by\se-?mailing", r"send\s(?:us|me)\s(?:an?\s)?(?:e-?mail|message|note|letter|mail)",
    r"write\sto\s(?:us|me)", r"writing\sto\s(?:us|me)", r"reach\sout", r"reach\s(?:us|me)", r"reach\sour\s[\w ]{0,40}?(?:team|officer|DPO|support|staff|office)",
    r"get\sin\s(?:touch|contact)", r"drop\s(?:us|me)\sa\s(?:line|note|message)", r"let\s(?:us|me)\sknow",
    r"report\sit", r"contact\sinformation\s(?:below|above)", r"contact\sdetails\s(?:below|above)",
    r"through\sour\s(?:GitHub|Github|GitLab)\s(?:repository|repo|page|project)", r"make\sa[n]?\sissue", r"open\sa[n]?\sissue",
    r"call\s(?:us|me)", r"phone\s(?:us|me)", r"message\s(?:us|me)",
)

# Per-language additions (de, fr, es, pt, it, nl): used on a document in
# that language together with the English ones above.
LANG_CHANNELS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "PH_NAME": (r"Firm\w*", r"\w*name", r"Unternehmen\w*", r"Verantwortlich\w*", r"Betreiber\w*", r"Anbieter\w*", r"Vor-?\s?und\s?Nachname"),
        "PH_CHANNEL": (r"E-?Mail\w*", r"Adresse", r"Anschrift", r"Telefon\w*", r"Stra(?:ß|ss)e", r"PLZ", r"Ort", r"Kontakt\w*"),
        "ANNOUNCE": (r"kontaktieren\s+Sie\s+uns", r"kontaktiere\s+uns", r"wenden\s+Sie\s+sich\s+(?:bitte\s+)?(?:direkt\s+)?an\s+uns",
                     r"wende\s+dich\s+an\s+uns", r"schreiben\s+Sie\s+uns", r"schreib\s+uns", r"Kontakt\s+(?:mit\s+uns\s+)?aufnehmen",
                     r"nehmen\s+Sie\s+(?:bitte\s+)?(?:gerne\s+)?Kontakt", r"melden\s+Sie\s+sich\s+(?:gerne\s+)?bei\s+uns",
                     r"über\s+unseren?\s+(?:Support|Kundendienst|Kundenservice)", r"schreiben\s+Sie\s+(?:uns\s+)?an", r"erreichen\s+Sie\s+uns",
                     r"uns\s+(?:kontaktieren|anschreiben)", r"an\s+folgende\s+(?:E-?Mail-?)?Adresse"),
        "CUES": (r"Kontakt\w*", r"kontaktier\w*", r"Fragen", r"Anfragen?", r"schreiben", r"erreichen", r"wenden", r"Anliegen", r"Beschwerde\w*"),
        "LINK_TEXTS": ("kontakt", "kontaktformular", "kontaktseite", "kontaktieren sie uns", "schreiben sie uns", "impressum"),
        "HERE": ("hier",),
        "PHONE": (r"Telefon\w*", r"Tel", r"Fax", r"Mobil\w*", r"Handy", r"anrufen", r"Rufnummer", r"Fon"),
        "SELF": (r"wir", r"uns", r"unser\w*", r"ich", r"mich", r"mein\w*"),
        "HAND_BACK": (r"(?:kontaktieren\s+Sie|schreiben\s+Sie|wenden\s+Sie\s+sich\s+an)\s+uns", r"unser\w*\s+(?:E-?Mail|Adresse|Telefon\w*|Kontakt\w*)"),
        "POSTAL": (
            r"\b[A-ZÄÖÜ][\wäöüß.-]{1,40}(?:ring|damm|ufer|chaussee|markt|steig|pfad|hof|berg|feld|tor|garten|kamp|stieg|gang|zeile|promenade)\s\d{1,4}[a-z]?\b",
            r"\b(?:Am|An\sder|Auf\sdem|Im|In\sder|Zum|Zur)\s[A-ZÄÖÜ][\wäöüß-]{2,30}\s\d{1,4}[a-z]?,?\s(?:D-)?\d{5}\b",
        ),
    },
    "fr": {
        "PH_NAME": (r"société", r"entreprise", r"nom", r"raison\s+sociale", r"éditeur", r"responsable"),
        "PH_CHANNEL": (r"adresse", r"courriel", r"e-?mail", r"téléphone", r"coordonnées"),
        "ANNOUNCE": (r"contactez-nous", r"nous\s+contacter", r"écrivez-nous", r"contacter\s+(?:notre|le)\s+(?:support|service)", r"nous\s+écrire",
                     r"à\s+l['’]adresse\s+suivante", r"adresse\s+(?:e-?mail|électronique)\s+suivante"),
        "CUES": (r"contact\w*", r"questions?", r"écrire", r"écrivez", r"courriel", r"demandes?", r"joindre", r"réclamation\w*"),
        "LINK_TEXTS": ("formulaire de contact", "contactez-nous", "page de contact", "nous contacter", "formulaire"),
        "HERE": ("ici",),
        "PHONE": (r"téléphone", r"tél", r"tel", r"appeler", r"appelez"),
        "SELF": (r"nous", r"notre", r"nos", r"je", r"mon", r"ma", r"mes"),
        "HAND_BACK": (r"(?:contactez|écrivez)-nous", r"nous\s+contacter", r"notre\s+(?:adresse|e-?mail|courriel|téléphone)"),
        "POSTAL": (
            r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours|route|square|voie|passage)\s(?:(?:de\s)?(?:la\s|l['’]|les?\s)?|d[eu]s?\s)?[A-ZÉÈÀ][\w'’-]{1,40}",
            r"\b\d{5}\s[A-ZÉ][A-Za-zéèêàç'’-]{2,30}\s(?:Cedex|CEDEX)\b",
        ),
    },
    "es": {
        "PH_NAME": (r"empresa", r"nombre", r"razón\s+social", r"responsable", r"titular"),
        "PH_CHANNEL": (r"correo\w*", r"dirección", r"e-?mail", r"teléfono", r"domicilio"),
        "ANNOUNCE": (r"contáctenos", r"contáctanos", r"contacte\s+con\s+nosotros", r"contacta\s+con\s+nosotros", r"ponte\s+en\s+contacto\s+con\s+nosotros",
                     r"póngase\s+en\s+contacto\s+con\s+nosotros", r"escríbenos", r"escríbanos", r"contactar\s+con\s+nosotros",
                     r"escribirnos", r"contactarnos", r"nos\s+puede\s+escribir", r"siguiente\s+dirección(?:\s+de\s+correo(?:\s+electrónico)?)?"),
        "CUES": (r"contact\w*", r"preguntas?", r"dudas?", r"correo", r"escrib\w*", r"solicitud\w*", r"consultas?"),
        "LINK_TEXTS": ("formulario de contacto", "contacto", "contáctanos", "contáctenos", "página de contacto", "formulario"),
        "HERE": ("aquí", "aqui"),
        "PHONE": (r"teléfono", r"tel", r"tfno", r"llamar", r"llámanos", r"móvil"),
        "SELF": (r"nosotros", r"nuestr[oa]s?", r"yo", r"mi", r"mis"),
        "HAND_BACK": (r"contáct(?:enos|anos)", r"nuestr[oa]\s+(?:dirección|correo|teléfono)"),
        "POSTAL": (r"\b(?:C/|(?i:calle|avda\.?|avenida|plaza|pza\.|paseo|camino|carrer|carretera|ctra\.|ronda|travesía|polígono))\s[\wÁÉÍÓÚÑáéíóúñ'.ºª -]{2,40}?,?\s(?:n[º°o]\.?\s?)?\d{1,4}\b",),
    },
    "pt": {
        "PH_NAME": (r"empresa", r"nome", r"razão\s+social", r"controlador\w*", r"responsável"),
        "PH_CHANNEL": (r"e-?mail", r"endereço", r"telefone", r"contato", r"contacto"),
        "ANNOUNCE": (r"entre\s+em\s+(?:contato|contacto)\s+(?:conosco|connosco)", r"entre\s+em\s+(?:contato|contacto)", r"fale\s+conosco",
                     r"contacte-nos", r"contate-nos", r"nosso\s+(?:suporte|sistema\s+de\s+suporte|atendimento)", r"escreva-nos", r"nos\s+escrever",
                     r"seguinte\s+endereço(?:\s+de\s+e-?mail)?"),
        "CUES": (r"contat\w*", r"contact\w*", r"dúvidas?", r"perguntas?", r"solicitaç\w*", r"escrev\w*", r"atendimento"),
        "LINK_TEXTS": ("formulário de contato", "formulário de contacto", "fale conosco", "contato", "contacto", "formulário"),
        "HERE": ("aqui",),
        "PHONE": (r"telefone", r"tel", r"celular", r"telemóvel", r"whatsapp", r"ligar", r"ligue"),
        "SELF": (r"nós", r"nosso\w*", r"nossa\w*", r"conosco", r"connosco", r"eu", r"meu\w*"),
        "HAND_BACK": (r"entre\s+em\s+conta(?:t|ct)o", r"fale\s+conosco", r"noss[oa]\s+(?:endereço|e-?mail|telefone)"),
        "POSTAL": (
            r"\b(?i:rua|r\.|avenida|av\.|travessa|praça|alameda|largo|estrada|rodovia)\s[\wÀ-ÿ'. -]{2,50}?,?\s(?:n[º°o]\.?\s?)?\d{1,5}\b",
            r"\b\d{5}-\d{3}\b", r"\b\d{4}-\d{3}\s[A-Z][a-zà-ÿ]{1,60}",
        ),
    },
    "it": {
        "PH_NAME": (r"azienda", r"nome", r"società", r"ragione\s+sociale", r"titolare"),
        "PH_CHANNEL": (r"e-?mail", r"indirizzo", r"telefono", r"recapito", r"PEC"),
        "ANNOUNCE": (r"contattaci", r"contattateci", r"contattarci", r"scrivici", r"scriveteci", r"mettiti\s+in\s+contatto", r"contattare\s+il\s+titolare",
                     r"scriverci", r"seguente\s+indirizzo(?:\s+e-?mail)?"),
        "CUES": (r"contatt\w*", r"domande", r"scriv\w*", r"richiest\w*", r"dubbi", r"segnalazion\w*"),
        "LINK_TEXTS": ("modulo di contatto", "contatti", "contattaci", "pagina contatti", "modulo"),
        "HERE": ("qui",),
        "PHONE": (r"telefono", r"tel", r"cellulare", r"chiamare", r"chiamaci"),
        "SELF": (r"noi", r"nostr[oaie]", r"ci", r"io", r"mio", r"mia"),
        "HAND_BACK": (r"contattaci|contattarci|scrivici", r"nostr[oa]\s+(?:indirizzo|e-?mail|telefono)"),
        "POSTAL": (
            r"\b(?:(?i:via|v\.le|viale|piazza|p\.zza|piazzale|corso|c\.so|largo|vicolo|strada|contrada|località|loc\.))\s[\wÀ-ÿ'. -]{2,40}?,?\s(?:n\.\s?)?\d{1,4}\b",
            r"\b\d{5}\s[A-Z][a-zà-ù]{1,60}(?:\s[A-Z][a-zà-ù]{1,60})?\s\(?[A-Z]{2}\)?",
        ),
    },
    "nl": {
        "PH_NAME": (r"bedrijf\w*", r"\w*naam", r"organisatie", r"onderneming"),
        "PH_CHANNEL": (r"e-?mail\w*", r"adres", r"telefoon\w*", r"contact\w*"),
        "ANNOUNCE": (r"neem\s+(?:dan\s+)?(?:gerust\s+)?contact\s+(?:met\s+(?:ons|mij)\s+)?op", r"contact\s+(?:met\s+(?:ons|mij)\s+)?opnemen",
                     r"mail\s+(?:ons|mij)", r"stuur\s+(?:ons|mij)\s+een", r"ons\s+mailen", r"schrijf\s+ons", r"volgende\s+(?:e-?mail)?adres"),
        "CUES": (r"contact\w*", r"vragen", r"mail\w*", r"verzoek\w*", r"klacht\w*", r"bereik\w*"),
        "LINK_TEXTS": ("contactformulier", "contact", "neem contact op", "contactpagina", "formulier"),
        "HERE": ("hier",),
        "PHONE": (r"telefoon\w*", r"tel", r"bellen", r"bel", r"mobiel", r"gsm"),
        "SELF": (r"wij", r"we", r"ons", r"onze", r"ik", r"mij", r"mijn"),
        "HAND_BACK": (r"neem\s+contact\s+(?:met\s+ons\s+)?op", r"onze?\s+(?:adres|e-?mail|telefoon\w*)"),
        "POSTAL": (
            r"\b[A-Z][\w'.-]{1,40}(?:weg|kade|dijk|singel|steenweg|dreef|markt|baan|hof|pad|straatweg|plantsoen|park)\s\d{1,4}[a-zA-Z]?\b",
            r"\b\d{4}\s?[A-Z]{2}\s[A-Z][a-z]{1,60}",
        ),
    },
}


# Street words for postal addresses.
STREET_WORDS = (
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Boulevard", "Blvd", "Drive", "Dr",
    "Way", "Place", "Square", "Court", "Ct", "Terrace", "Parkway", "Pkwy", "Highway", "Hwy", "Close",
    "Crescent", "Row", "Yard", "Walk", "Gardens", "Quay", "Wharf", "Circle", "Plaza", "Alley", "Trail",
    "Mews", "Strasse", "Straße", "Platz", "Broadway", "Building", "House", "Tower", "Floor",
)
# Words that introduce a phone number.
PHONE_CUES = (
    "phone", "telephone", "tel", "call", "calling", "ring", "fax", "mobile", "cell", "whatsapp", "sms",
    "text us", "hotline", "freephone", "toll-free", "toll free", "helpline", "reach us on", "reach us at",
)

# Words that say what an unfilled template field stands for.
PLACEHOLDER_NAME_WORDS = (
    "company", "developer", "owner", "organisation", "organization", "business", "entity", "controller",
    "publisher", "operator", "legal name", "your name", "full name", "name of", "company name",
)
PLACEHOLDER_CHANNEL_WORDS = ("email", "e-mail", "mail", "contact", "phone", "telephone", "address", "domain")
PLACEHOLDER_OTHER_WORDS = ("insert", "your", "enter", "add", "name", "url", "website", "link", "date", "app")

# ---------------------------------------------------------------------------
# Patterns (compiled once)
# ---------------------------------------------------------------------------

_LOCAL = r"[A-Za-z0-9][\w.+-]{0,63}"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}"
EMAIL = compile(rf"(?<![\w.+-]){_LOCAL}@{_LABEL}(?:\.{_LABEL}){{1,4}}")
# privacy[at]acme[dot]com, donnees (at) moire (dot) fr, info[@]acme.org, name(a)gmail.com
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
# the words for "at" and "dot" in the languages with vocabularies: [at] [punkt], (arobase) (point), [apenstaartje] [punt]
_AT_WORDS = r"at|@|a|ät|arobase|arrobas?|chiocciola|apenstaartje|apestaartje|klammeraffe|Klammeraffe"
_DOT_WORDS = r"dot|\.|punkt|Punkt|point|punto|ponto|punt"
OBFUSCATED_EMAIL = compile(
    rf"(?<![\w.+-]){_LOCAL}\s?{_OPEN}\s?(?:{_AT_WORDS})\s?{_CLOSE}\s?{_LABEL}"
    rf"(?:(?:\s?{_OPEN}\s?(?:{_DOT_WORDS})\s?{_CLOSE}\s?|\.){_LABEL}){{1,4}}"
)
# every obfuscated address holds "[at]"-like text at most 65 characters after its start; at most ~450 long
_OBFUSCATED_CORE = compile(rf"{_OPEN}\s?(?:{_AT_WORDS})\s?{_CLOSE}")
# name at gmail dot com, name AT example DOT org
SPELLED_EMAIL = compile(rf"(?<![\w.+-]){_LOCAL}\s(?:at|AT)\s{_LABEL}(?:\s(?:dot|DOT)\s{_LABEL}){{1,3}}\b", CS)
# a spelled address holds " dot " at most 131 characters after its start; at most 335 long
_SPELLED_CORE = compile(r"\s(?:dot|DOT)\s", CS)
URL = compile(
    r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'()\[\]{}]{2,300}"
    # acme.com/contact, github.com/acme/app/issues (no scheme)
    r"|(?<![\w@/.])[a-z0-9-]{1,63}+(?:\.[a-z0-9-]{1,63}+){1,4}+/[^\s<>\"'()\[\]{}]{1,200}"
)
# a URL starts with its scheme or "www.", or has a "/" at most 319 characters after its start; at most 520 long
_URL_CORE = compile(r"https?://|www\.|/")
_HOST_MAX = 319  # the second branch's host: five labels of at most 63 and four dots
# the last character before a "/" that no host holds (a host holds only word characters, "." and "-")
_HOST_BREAK = regex.compile(r"(?r)[^\w.\-]")


def url_finditer(doc):
    """``URL.finditer(doc.text)`` (``doc`` may be a string): the same
    matches, with URL tried only where one can start. The first branch
    starts at a scheme or "www." (a core). The second starts before a "/"
    (a core): at most _HOST_MAX characters back, at the start of the run of
    host characters before it or right after a "-" in it (the lookbehind
    rules out a word character, "." or "/" before the start). Those starts
    are tried in ascending order, skipping those inside the last match, as
    finditer does; no start of a later core lies more than _HOST_MAX
    characters before it, so the starts are tried as the cores are read."""
    text = doc.text if hasattr(doc, "text") else doc
    cores = doc_finditer(doc, _URL_CORE) if hasattr(doc, "memo") else _URL_CORE.finditer(text)
    starts: list[int] = []  # a heap of the starts not yet tried
    done = 0  # end of the last match
    tried = -1

    def ready(upto: int):
        nonlocal done, tried
        while starts and starts[0] < upto:
            s = heapq.heappop(starts)
            if s < done or s == tried:
                continue
            tried = s
            m = URL.match(text, s)
            if m is not None:
                done = m.end()
                yield m

    for core in cores:
        c = core.start()
        yield from ready(c - _HOST_MAX)
        if c < done:
            continue  # every start it gives lies before the end of the last match
        if text[c] != "/":
            heapq.heappush(starts, c)
            continue
        lo = max(0, c - _HOST_MAX)
        brk = _HOST_BREAK.search(text, max(0, lo - 1), c)  # (a host of _HOST_MAX begins after a break at lo - 1)
        run = brk.end() if brk is not None else 0
        if run >= lo and run < c:
            heapq.heappush(starts, run)
        q = text.find("-", max(run, lo - 1), c - 1)
        while q >= 0:
            heapq.heappush(starts, q + 1)
            q = text.find("-", q + 1, c - 1)
    yield from ready(len(text) + 1)


# +44 20 3318 4472, (208) 343-7719, 0800 917 4432, 1-800-555-0199
PHONE = compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,6}){1,4}(?![\w-])")
PHONE_CUE = compile(words(*PHONE_CUES) + r"[^.\n]{0,40}$")
_STREET = "|".join(STREET_WORDS)
# Every address begins a word with a digit or a capital. Each branch is
# searched on its own in a long text (see _prefilter._split): its street
# words or its first character found apart, faster than their alternation.
POSTAL = compile(
    # 548 Market Street / 3 Place de Fontenoy / 21 Fitzwilliam Square South
    rf"(?<!\w)\d{{1,5}}[A-Za-z]?(?:[-–]\d{{1,5}})?,? (?:[A-Z][\w'’.-]{{1,30}} ){{0,4}}(?:{_STREET})\b"
    # P.O. Box 123, PMB 22241, Postfach 12 34
    r"|(?<!\w)(?:P\.? ?O\.? ?Box|Post Office Box|PMB|Postfach|Apartado|BP) ?\d{1,6}\b"
    # Musterstraße 12, Keizersgracht 12 is not matched (too vague); straat/weg/gasse/allee
    r"|(?<!\w)[A-ZÄÖÜ][\wäöüß-]{2,40}(?:straße|strasse|str\.|weg|platz|gasse|allee|straat|laan|gracht|plein) \d{1,4}[a-z]?\b"
    # Boise, ID 83702 / San Francisco, CA, 94104
    r"|(?<!\w)[A-Z][a-z]{2,60},? [A-Z]{2},? \d{5}(?:-\d{4})?\b"
    # Perth PH1 5JU / Wilmslow, Cheshire SK9 5AF
    r"|(?<!\w)[A-Z][a-z]{2,60},? (?:[A-Z][a-z]{1,60},? )?[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b",
    CS,
)
REGULATOR = compile(
    words(*REGULATOR_NAMES) + r"|(?-i:\b(?:" + "|".join(REGULATOR_ACRONYMS) + r")\b)"
)
# "we/us/our/me/my": the controller speaking (ends a regulator's context)
SELF_CUE = compile(r"\b(?:[Ww]e|us|[Oo]ur|[Oo]urs|me|[Mm]y)\b", CS)
CONTACT_CUE = compile(words(*CONTACT_CUES))
DETAILS_FOLLOW = compile(r":\s?$|\b(?:below|as\sfollows|following\s(?:address|details|contact))\b")
HAND_BACK = compile(r"\b(?:(?:contact|email|e-mail|write\sto|call|reach)\s(?:us|me)|(?:our|my)\s(?:e-?mail|address|phone|telephone|office|website|contact))\b")
ANNOUNCE = compile(r"\b(?:" + "|".join(ANNOUNCE_PHRASES) + r")\b")
BRAND = compile(r"\b(?:" + "|".join(regex.escape(b) for b in sorted(THIRD_PARTY_BRANDS, key=len, reverse=True)) + r")\b", CS)

# a party named in a hosting or processing role (not the operator: "operated by" names the controller)
THIRD_PARTY_ROLE = compile(r"\b(?:hosted|processed|stored)\s+(?:by|with|at)\b|\bhosting\s+(?:provider|company|service)\b|\b(?:sub-?)?processors?\b")

class _LangPatterns:
    """The channel patterns of one language: English plus its table."""

    def __init__(self, lang: str):
        V = LANG_CHANNELS.get(lang, {})
        self.contact_cue = compile(words(*CONTACT_CUES, *V.get("CUES", ()))) if V else CONTACT_CUE
        self.phone_cue = compile(words(*PHONE_CUES, *V.get("PHONE", ())) + r"[^.\n]{0,40}$") if V else PHONE_CUE
        self.postal = compile(POSTAL.pattern + "|" + "|".join(V["POSTAL"]), CS) if V else POSTAL
        self.announce = compile(r"\b(?:" + "|".join(ANNOUNCE_PHRASES + V.get("ANNOUNCE", ())) + r")\b") if V else ANNOUNCE
        self.self_cue = compile(SELF_CUE.pattern + r"|(?i:\b(?:" + "|".join(V["SELF"]) + r")\b)", CS) if V else SELF_CUE
        self.hand_back = compile(HAND_BACK.pattern + "|" + "|".join(V["HAND_BACK"])) if V else HAND_BACK
        self.link_texts = frozenset(CONTACT_LINK_TEXTS) | frozenset(V.get("LINK_TEXTS", ())) | frozenset(V.get("HERE", ()))
        self.here = frozenset(("here",) + tuple(V.get("HERE", ())))
        self.near_regulator = bool(V)
        self.ph_name = compile(words(*PLACEHOLDER_NAME_WORDS, *V["PH_NAME"])) if V else _PH_NAME
        self.ph_channel = compile(words(*PLACEHOLDER_CHANNEL_WORDS, *V["PH_CHANNEL"])) if V else _PH_CHANNEL


_LANG: dict[str, _LangPatterns] = {}


def lang_patterns(lang: str) -> _LangPatterns:
    key = lang if lang in LANG_CHANNELS else "en"
    if key not in _LANG:
        with vocabulary(key):
            _LANG[key] = _LangPatterns(key)
    return _LANG[key]


def announce_pattern(lang: str):
    """"contact us", "kontaktieren Sie uns", ...: a channel announced."""
    return lang_patterns(lang).announce


PLACEHOLDER = compile(
    r"\[[^\[\]\n]{2,60}\]"                      # [contact email], [Developer/Company name]
    r"|\{\{\s?[\w.\s-]{1,40}\}\}"               # {{company}}
    r"|\{%[^%\n]{1,60}%\}"                      # {% company %}
    r"|%\{\w{1,40}\}s?|%\(\w{1,40}\)s"          # %{domain}s, %(email)s
    r"|\$\{\w{1,40}\}"                          # ${email}
    r"|<(?:insert|enter|add|your)\b[^<>\n]{0,50}>"  # <insert email>
    r"|\{(?:company|developer|app|email|contact|name|owner|domain|website|url|address|phone)[\w\s-]{0,30}\}"
)
_PH_NAME = compile(words(*PLACEHOLDER_NAME_WORDS))
_PH_CHANNEL = compile(words(*PLACEHOLDER_CHANNEL_WORDS))
_PH_OTHER = compile(words(*PLACEHOLDER_OTHER_WORDS))
_PH_NOT = compile(r"^\[\s?(?:at|dot|@|a|\.|sic|\d{1,3}|citation needed|…|\.\.\.)\s?\]$")
_DEFINITION_AFTER = compile(r"\s?,?\s?\(\s?(?:the\s)?[\"“”'‘’]")


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Channel:
    start: int
    end: int
    kind: str  # email, phone, postal, url
    status: str  # real, placeholder, reserved, regulator, third-party, profile
    rule: str

    @property
    def real(self) -> bool:
        return self.status == "real"


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    role: str  # name, channel, other


def _host_of(url: str) -> str:
    u = url if "://" in url else "http://" + url
    try:
        return (urlsplit(u).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


_DOMAIN_SETS: list | None = None


def _domain_sets():
    global _DOMAIN_SETS
    if _DOMAIN_SETS is None:
        _DOMAIN_SETS = [
            (frozenset(RESERVED_DOMAINS), "reserved"),
            (frozenset(PLACEHOLDER_DOMAINS), "placeholder"),
            (frozenset(REGULATOR_DOMAINS), "regulator"),
            (frozenset(THIRD_PARTY_DOMAINS), "third-party"),
        ]
    return _DOMAIN_SETS


@functools.lru_cache(maxsize=4096)
def _domain_status(domain: str) -> str | None:
    d = domain.lower().rstrip(".")
    if not d:
        return None
    # d == r or d.endswith("." + r): r is d or one of its dot-separated suffixes
    labels = d.split(".")
    suffixes = [".".join(labels[i:]) for i in range(len(labels))]
    sets = _domain_sets()
    reserved, rest = sets[0], sets[1:]
    if any(x in reserved[0] for x in suffixes) or labels[-1] in RESERVED_TLDS:
        return "reserved"
    for domains, status in rest:
        if any(x in domains for x in suffixes):
            return status
    return None


# patterns used once per candidate (compiled here, not looked up per call)
_PH_NAME_WORD = regex.compile(r"(?i)company|name|developer|owner")  # "[Company Name]": a name placeholder
_PH_CHANNEL_WORD = regex.compile(r"(?i)url|website|link|contact|information|details")  # "[contact URL]"
_DOT_WORD = regex.compile(r"(?i)\bdot\b")  # a spelled-out address spells its dot
_TLD = regex.compile(r"[a-z]{2,12}")  # a bare domain ends in a top-level domain
_NANP = regex.compile(r"1?[\s.-]?\d{3}[\s.-]\d{3}[\s.-]\d{4}")  # 555-123-4567, 1 555 123 4567
_DATE_LIKE = regex.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")  # 2024-01-31, 31.01.2024
_SPELLED_DOT = regex.compile(rf"\s?[\[\(\{{<]\s?(?:{_DOT_WORDS})\s?[\]\)\}}>]\s?|\s(?:dot|DOT)\s")
_SPELLED_AT = regex.compile(rf"\s?[\[\(\{{<]\s?(?:{_AT_WORDS})\s?[\]\)\}}>]\s?|\s(?:at|AT)\s")


def _email_domain(text: str) -> str:
    t = _SPELLED_DOT.sub(".", text)
    t = _SPELLED_AT.sub("@", t)
    return t.rsplit("@", 1)[-1]


_URL_WORD_BREAK = regex.compile(r"[/._?#=&\s-]+")


def _path_words(url: str) -> list[str]:
    u = url if "://" in url or url.startswith(("/", "#", "mailto:", "tel:")) else url
    try:
        parts = urlsplit(u if "://" in u or u.startswith("/") else "/" + u)
    except ValueError:
        return []
    return [w for w in _URL_WORD_BREAK.split((parts.path or "").lower() + " " + (parts.query or "").lower()) if w]


def _is_profile(href: str) -> bool:
    host = _host_of(href) if "://" in href or href.startswith("www.") else ""
    try:
        path = urlsplit(href if "://" in href else "http://x/" + href.lstrip("/")).path
    except ValueError:
        path = ""
    segs = [s for s in path.lower().split("/") if s]
    if any(host == h or host.endswith("." + h) for h in PROFILE_HOSTS):
        # github.com/user is a profile; github.com/user/repo/issues is a tracker
        return len(segs) <= 1 or (len(segs) >= 1 and segs[0] in ("in", "u", "users", "user", "profile"))
    return any(s in PROFILE_PATH_WORDS for s in segs[:-1]) or (len(segs) == 1 and segs[0] in PROFILE_PATH_WORDS)


def _contact_url(href: str) -> bool:
    """A URL that is itself a contact form / page / issue tracker."""
    host = _host_of(href) if "://" in href or href.startswith("www.") else ""
    pw = set(_path_words(href))
    if any(host == h or host.endswith("." + h) for h in CODE_HOSTS):
        return bool(pw & {"issues", "issue", "discussions", "tickets", "ticket"})
    if host and _domain_status(host) == "third-party":
        return False
    if host.startswith(("forms.", "contact.", "kontakt.")):
        return True
    return bool(pw & set(CONTACT_PATH_WORDS))


_SPACES = regex.compile(r"\s+")


def _norm_link_text(s: str) -> str:
    return _SPACES.sub(" ", s.strip().lower().strip(".:!?,;()\"'“”"))


def _regulator_sentences(doc, sents) -> "list[int] | range":
    """Indices of the sentences that may name a regulator (a needle of
    REGULATOR starts inside), or every index when there is no prefilter."""
    mask = sentence_mask(doc, REGULATOR)
    return range(len(sents)) if mask is None else sorted(mask)


class _Context:
    """Sentence lookup and regulator context for channels.

    A channel belongs to a regulator when it follows a regulator's name in
    the same sentence, or sits in the sentences after one ("The contact
    details for the ICO are below:" + address lines) until the controller
    speaks again ("we"/"our"/"contact us") or a new section starts.
    """

    def __init__(self, doc):
        self.doc = doc
        # (the walk below reads lp, not self: a walk held by self and holding
        # self would be a reference cycle keeping the document)
        lp = self.lp = lang_patterns(getattr(doc, "language", "en"))
        self.sents = doc.sentences
        self.starts = [s.start for s in self.sents]
        text = doc.text
        sents = self.sents
        reg_hit = self.reg_hit = matcher(doc, REGULATOR)
        reg_from: list[int | None] = [None] * len(sents)
        self.reg_from = reg_from

        def visit(k: int, carry: bool) -> bool:
            """Fill reg_from[k]; the carry after sentence k."""
            s = sents[k]
            if carry and k and s.block != sents[k - 1].block:
                b = doc.blocks[s.block]
                if b.kind == "heading" and b.level < 7:
                    carry = False
            first_reg = doc_search(doc, REGULATOR, s.start, s.end) if reg_hit(s.start, s.end) else None
            if carry:
                reg_from[k] = s.start
            elif first_reg is not None:
                reg_from[k] = first_reg.start()
            if first_reg is not None:
                # "The contact details for the ICO are below:" -> the next lines are the regulator's
                carry = carry or DETAILS_FOLLOW.search(text, first_reg.start(), s.end) is not None
            elif carry and lp.self_cue.search(text, s.start, s.end) is not None:  # (only ends a carry)
                carry = False
            return carry

        def walk():
            """Visit the sentences in order; yield a bound below which
            every reg_from is final. Only a sentence naming a regulator can
            start a carry: visit those, and the sentences a carry runs over
            (the rest stay None)."""
            k, n = 0, len(sents)
            for i in _regulator_sentences(doc, sents):
                if i < k:
                    continue
                yield i  # no carry runs into sentence i
                carry = visit(i, False)
                k = i + 1
                while carry and k < n:
                    carry = visit(k, carry)
                    k += 1
            yield n

        self._walk, self._final = walk(), 0  # read as far as asked (see regulator_at)

    def regulator_from(self, k: int) -> "int | None":
        """Where sentence ``k`` starts to be about a regulator (its first
        regulator name, or its start inside a carry), or None."""
        while self._final <= k:
            self._final = next(self._walk)
        return self.reg_from[k]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self.sents:
            return 0, len(self.doc.text)
        s = self.sents[self.sentence_index(offset)]
        return s.start, s.end

    def regulator_at(self, start: int) -> bool:
        if not self.sents:
            return False
        if self.lp.near_regulator:
            b = self.doc.blocks[self.doc.block_index(start)] if self.doc.blocks else None
            lo = max(b.start if b else 0, start - 120)
            if self.reg_hit(lo, start) and REGULATOR.search(self.doc.text, lo, start) is not None and HAND_BACK.search(self.doc.text, lo, start) is None \
                    and self.lp.hand_back.search(self.doc.text, lo, start) is None:
                return True
        rf = self.regulator_from(self.sentence_index(start))
        if rf is None or start < rf:
            return False
        # "... or contact us at x@y" hands the sentence back to the controller
        return self.lp.hand_back.search(self.doc.text, max(rf, start - 300), start) is None

    def brand_before(self, start: int) -> bool:
        """A known third party, or one in a hosting or processing role
        ("hosted by Hetzner Online GmbH, Industriestr. 25"), shortly before
        ``start`` in its sentence: the channel is that party's."""
        s0, _ = self.sentence_span(start)
        lo = max(s0, start - 120)
        text = self.doc.text
        return BRAND.search(text, lo, start) is not None or THIRD_PARTY_ROLE.search(text, lo, start) is not None


def find_placeholders(doc, ctx: "_Context | None" = None) -> list[Placeholder]:
    """Unfilled template fields, with the role they stand for (computed once
    per document: controller-identity and opt-out-path share it)."""
    if ctx is None or ctx is _memo_context(doc):
        return list(doc.memo("channels.placeholders", lambda: _find_placeholders(doc, context(doc))))
    return _find_placeholders(doc, ctx)


def _find_placeholders(doc, ctx: "_Context") -> list[Placeholder]:
    text = doc.text
    ctx = ctx or _Context(doc)
    out = []
    for m in list(PLACEHOLDER.finditer(text)):
        s = m.group()
        if _PH_NOT.match(s):
            continue
        inner = s.strip("[]{}<>%$() ")
        if ctx.lp.near_regulator:  # another language: {{nom_entreprise}} -> "nom entreprise"
            inner = inner.replace("_", " ")
        role = None
        if ctx.lp.ph_name.search(inner):
            role = "name"
        elif ctx.lp.ph_channel.search(inner):
            role = "channel"
        elif m.start() > 0 and text[m.start() - 1] == "@":
            role = "channel"
        elif _DEFINITION_AFTER.match(text, m.end()):
            role = "name"
        else:
            if not (_PH_OTHER.search(inner) or s[0] in "{%$<"):
                continue  # "[1]", "[sic]", bracketed prose
            ss, se = ctx.sentence_span(m.start())
            if s[0] != "[" and _PH_NAME_WORD.search(inner):
                role = "name"
            elif ctx.lp.contact_cue.search(text, max(ss, m.start() - 200), m.start()) and _PH_CHANNEL_WORD.search(inner):
                role = "channel"
            else:
                role = "other"
        out.append(Placeholder(m.start(), m.end(), role))
    return out


def find_channels(doc, ctx: "_Context | None" = None) -> list[Channel]:
    """Every channel-like span of the policy text, each with a status, in
    start order (computed once per document: controller-identity and
    opt-out-path share it)."""
    return channel_finder(doc, ctx).all()


def channel_finder(doc, ctx: "_Context | None" = None) -> "ChannelFinder":
    """The document's :class:`ChannelFinder` (one per document: the checks
    share what it has found)."""
    if ctx is None or ctx is _memo_context(doc):
        if hasattr(doc, "memo"):
            return doc.memo("channels.finder", lambda: ChannelFinder(doc, context(doc)))
        ctx = context(doc)
    return ChannelFinder(doc, ctx)


def _memo_context(doc):
    memo = getattr(doc, "_memo", None)
    return memo.get(("channels.context", doc.language, id(doc.text))) if memo is not None else None


_NOWHERE = (float("inf"), float("inf"), None)  # the item after a scan's last


class ChannelFinder:
    """The channels of a document, found as far into the text as a caller
    asks: a check that needs the first channel, or the channels of one
    sentence, reads only that far.

    Seven scans, in priority order: hyperlinks (mailto:, tel:, contact
    pages), email addresses, obfuscated and spelled-out addresses, URLs,
    phone numbers, postal addresses. A span a scan takes hides what a later
    scan finds overlapping it. Each scan yields its candidate spans in start
    order; a candidate is decided once every earlier scan has decided all
    its spans that start before the candidate ends (only those can overlap
    it), so the channels found are the same however far the text is read.
    """

    def __init__(self, doc, ctx: "_Context"):
        self.text = doc.text
        self._covered = bytearray(len(self.text) + 1)
        self._horizons: dict[int, Horizon] = {}  # scan index -> where a paused scan may search up to
        self._scans = list(_scans(doc, ctx, self._horizons))
        n = len(self._scans)
        self._next: list = [None] * n  # each scan's next undecided candidate
        self._upto = [0] * n  # every candidate of scan i starting before _upto[i] is decided
        self._found: list[list[Channel]] = [[] for _ in range(n)]
        self._starts: list[list[int]] = [[] for _ in range(n)]
        self._all: "list[Channel] | None" = None  # once every scan is read
        self._first: dict[str, "Channel | None"] = {}  # status -> the first channel with it

    def _advance(self, i: int, pos: int) -> None:
        """Decide every candidate of scan ``i`` that starts before ``pos``."""
        if self._upto[i] >= pos:
            return
        scan, covered = self._scans[i], self._covered
        while True:
            item = self._next[i]
            if item is None:
                if i in self._horizons:
                    self._horizons[i].horizon = pos
                item = next(scan, _NOWHERE)
                if item is PAUSE:
                    break  # the scan has no candidate before pos (and read no further)
                self._next[i] = item
            s, e, decide = item
            if s >= pos:
                break
            self._next[i] = None
            for j in range(i):  # the earlier scans' spans that could overlap this one
                self._advance(j, e)
            if i and covered.find(1, s, e) >= 0:
                continue  # hidden by a channel found before it (hyperlinks are never hidden)
            channel, takes = decide()
            if channel is not None:
                self._found[i].append(channel)
                self._starts[i].append(channel.start)
            if takes:
                covered[s:e] = b"\x01" * (e - s)
        self._upto[i] = pos

    def _read(self, pos: int) -> None:
        for i in range(len(self._scans)):
            self._advance(i, pos)

    def all(self) -> list[Channel]:
        """Every channel, in start order (ties: in scan order); a new list."""
        if self._all is None:
            self._read(len(self.text) + 1)
            self._all = [c for found in self._found for c in found]
            self._all.sort(key=lambda c: c.start)
        return list(self._all)

    def between(self, start: int, end: int, status: "str | None" = None) -> list[Channel]:
        """The channels that start in [start, end) (with this ``status``), in start order."""
        self._read(end)
        out = []
        for i, found in enumerate(self._found):
            starts = self._starts[i]
            k = bisect.bisect_left(starts, start)
            while k < len(found) and starts[k] < end:
                if status is None or found[k].status == status:
                    out.append((starts[k], i, found[k]))
                k += 1
        out.sort(key=lambda t: t[:2])
        return [c for _, _, c in out]

    def first(self, status: str) -> "Channel | None":
        """The first channel with this ``status``, or None: the text is read
        in growing steps until one is found (once per status)."""
        if status not in self._first:
            pos, n = 1 << 16, len(self.text) + 1
            while True:
                pos = min(pos, n)
                found = self.between(0, pos, status)
                if found or pos == n:
                    self._first[status] = found[0] if found else None
                    break
                pos *= 2
        return self._first[status]


def _candidates(found, decide):
    """A scan's candidates from its matches: (start, end, decide bound to m),
    PAUSE passed on."""
    for m in found:
        if m is PAUSE:
            yield PAUSE
        else:
            yield m.start(), m.end(), functools.partial(decide, m)


def _scans(doc, ctx: "_Context", horizons: "dict[int, Horizon] | None" = None):
    """The channel scans, in priority order: each a generator of candidate
    spans ``(start, end, decide)`` in start order, where ``decide()`` gives
    ``(channel or None, whether the span hides later scans' overlaps)``.
    With ``horizons`` (filled here: scan index -> its horizon), the scans of
    e-mail addresses, phone numbers and postal addresses yield PAUSE where
    the finder stops reading instead of searching on."""
    text = doc.text
    lp = ctx.lp

    made: list = []  # the scans made so far

    def paused(pattern):
        """``pattern.finditer(text)``, or its matches read as far as the
        horizon of the scan being made (called while making it)."""
        if horizons is None or not hasattr(doc, "memo"):
            return pattern.finditer(text)
        horizon = horizons[len(made)] = Horizon()
        return doc_finditer(doc, pattern, cursor=horizon)

    def status_for(start: int, domain: str = "") -> str:
        st = _domain_status(domain) if domain else None
        if st:
            return st
        if ctx.regulator_at(start):
            return "regulator"
        return "real"

    cue_cache: dict[int, bool] = {}

    def contact_sentence(offset: int) -> bool:
        i = ctx.sentence_index(offset)
        if i not in cue_cache:
            ss, se = ctx.sentence_span(offset)
            cue_cache[i] = lp.contact_cue.search(text, ss, se) is not None
        return cue_cache[i]

    def links():
        """Hyperlinks: mailto:, tel:, and contact pages / forms / trackers."""
        def decide(link):
            href = link.href.strip()
            low = href.lower()
            if low.startswith("mailto:"):
                addr = href[7:].split("?", 1)[0].strip()
                if "@" not in addr:
                    return None, False
                st = status_for(link.start, addr.rsplit("@", 1)[-1])
                return Channel(link.start, link.end, "email", st, "mailto: link"), True
            if low.startswith("tel:"):
                return Channel(link.start, link.end, "phone", status_for(link.start), "tel: link"), True
            if low.startswith(("#", "javascript:")) or not href:
                return None, False
            host = _host_of(href) if ("://" in href or low.startswith("www.")) else ""
            if _is_profile(href):
                return Channel(link.start, link.end, "url", "profile", "link to a profile page"), False
            nt = _norm_link_text(text[link.start:link.end])
            if _contact_url(href) or nt in lp.link_texts and (nt not in lp.here or contact_sentence(link.start)):
                st = status_for(link.start, host)
                if st == "real" and nt not in lp.link_texts and host and ctx.brand_before(link.start) and not _contact_url(href):
                    st = "third-party"
                return Channel(link.start, link.end, "url", st, "contact link"), True
            return None, False

        for link in sorted(doc.links, key=lambda lk: lk.start):
            yield link.start, link.end, functools.partial(decide, link)

    def emails(rule, found):
        def decide(m):
            addr = m.group()
            if rule == "spelled-out email address" and not _DOT_WORD.search(addr):
                return None, False
            st = status_for(m.start(), _email_domain(addr) if rule != "email address" else addr.rsplit("@", 1)[-1])
            return Channel(m.start(), m.end(), "email", st, rule), True

        yield from _candidates(found, decide)

    def urls():
        def decide(s, e):
            url = text[s:e]
            host = _host_of(url)
            if not url.lower().startswith(("http", "www.")) and not _TLD.fullmatch(host.rsplit(".", 1)[-1]):
                return None, False  # "v1.2/3" is not a bare domain
            if _is_profile(url):
                return Channel(s, e, "url", "profile", "profile page URL"), False
            if _contact_url(url) or (contact_sentence(s) and _domain_status(host) != "third-party"
                                     and not set(_path_words(url)) & {"privacy", "policy", "terms", "legal", "cookies", "acknowledgements"}):
                return Channel(s, e, "url", status_for(s, host), "contact URL" if _contact_url(url) else "URL offered for contact"), True
            return None, False

        for m in url_finditer(doc):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in ".,;:!?)]}'\"”’":
                e -= 1
            yield s, e, functools.partial(decide, s, e)

    def phones(found):
        def decide(m):
            s, e = m.start(), m.end()
            num = m.group()
            digits = sum(c.isdigit() for c in num)
            if digits < 7 or digits > 15:
                return None, False
            formatted = num.startswith("+") or "(" in num or _NANP.fullmatch(num) is not None
            cued = lp.phone_cue.search(text, max(ctx.sentence_span(s)[0], s - 60), s) is not None
            if _DATE_LIKE.fullmatch(num):
                return None, False  # a date
            if not (formatted or cued):
                return None, False
            return Channel(s, e, "phone", status_for(s), "phone number"), True

        yield from _candidates(found, decide)

    def postal(found):
        def decide(m):
            s, e = m.start(), m.end()
            st = status_for(s)
            if st == "real" and ctx.brand_before(s):
                st = "third-party"
            return Channel(s, e, "postal", st, "postal address"), True

        yield from _candidates(found, decide)

    for make in (
        links,
        lambda: emails("email address", paused(EMAIL)),
        lambda: emails("obfuscated email address", finditer_near(OBFUSCATED_EMAIL, _OBFUSCATED_CORE, doc, 70, 600)),
        lambda: emails("spelled-out email address", finditer_near(SPELLED_EMAIL, _SPELLED_CORE, doc, 140, 400)),
        urls,
        lambda: phones(paused(PHONE)),
        lambda: postal(paused(lp.postal)),
    ):
        made.append(make())
        yield made[-1]


def context(doc) -> _Context:
    if not hasattr(doc, "memo"):
        return _Context(doc)
    return doc.memo("channels.context", lambda: _Context(doc))


def real_channels(doc) -> list[Channel]:
    return [c for c in find_channels(doc) if c.real]
