"""Controller phrasing per language for ``controller-identity`` (English lives
in checks/controller_identity.py); third-party-list uses ROLE too, to set the
controller apart from its recipients.

Each language is a dict of regex fragments (case-insensitive unless noted):
  ROLE          - the controller as a role: "Verantwortlicher", "responsable du
                  traitement", "titolare del trattamento",
                  "verwerkingsverantwoordelijke" (not the processor's role)
  COPULA        - "is" after the role: "ist", "est", "es", "é", "è", "is"
  DEFINE        - "hereinafter": "nachfolgend", "ci-après", "en adelante" ...
  WE            - the words for "we/us" quoted in a definition
  PREDICATE     - what follows a name used as the "we" ("ist verantwortlich",
                  "est responsable", "is de handelsnaam van", ", éditeur de")
  AGENT         - "operated by" and friends; the name follows
  WE_ROLE       - "Als vzw X verwerken wij", "Chez X, nous": the name is group "name"
                  (pattern with {NAME} where the name goes)
  TEAM          - "l'équipe X", "el equipo de X" (the name follows)
  PERSON        - "ich bin", "je m'appelle" (a person's name follows)
  LEGAL_SUFFIX  - legal-form suffixes (case-sensitive, literal)
  ORG_FIRST     - words that begin an organisation's name ("Förderverein X",
                  "Associação X", "Stichting X") (case-sensitive)
  STOP          - capitalised words that are not (the start of) a name
  THIRD_PARTY   - cues that a named organisation is somebody else
"""
from __future__ import annotations

CONTROLLER: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "ROLE": (r"Verantwortliche[rn]?", r"Verantwortlich", r"verantwortliche\s+Stelle", r"Verantwortliche\s+Stelle",
                 r"Diensteanbieter", r"Anbieter(?:in)?\s+(?:dieser|der|des)\s+(?:Website|Webseite|App|Anwendung|Dienstes|Internetseite)",
                 r"Betreiber(?:in)?\s+(?:dieser|der|des)\s+(?:Website|Webseite|App|Anwendung|Dienstes|Internetseite)",
                 r"Herausgeber(?:in)?", r"Name\s+und\s+Anschrift\s+des\s+Verantwortlichen", r"Inhaber(?:in)?"),
        "COPULA": (r"ist", r"sind", r"ist\s+die", r"ist\s+der"),
        "DEFINE": (r"nachfolgend", r"im\s+Folgenden", r"im\s+folgenden", r"kurz"),
        "WE": (r"wir", r"uns", r"unser"),
        "PREDICATE": (r"ist\s+(?:der\s+|die\s+)?(?:für\s+\w+\s+)?verantwortlich", r"ist\s+ein(?:e)?\s+(?:Einzelunternehmen|eingetragener\s+Verein|GmbH|Praxis)", r"ist\s+(?:der|die)\s+Verantwortliche", r"ist\s+Betreiber\w*",
                      r"betreibt\s+(?:diese|die|das|den)", r"ist\s+Anbieter\w*", r"ist\s+Herausgeber\w*", r"respektiert\s+Ihre\s+Privatsphäre"),
        "AGENT": (r"betrieben\s+von", r"bereitgestellt\s+von", r"angeboten\s+von", r"entwickelt\s+von", r"herausgegeben\s+von",
                  r"programmiert\s+von", r"verwaltet\s+von", r"ein\s+(?:Angebot|Projekt|Dienst|Service)\s+(?:von|der|des)"),
        "WE_ROLE": (r"\b(?i:wir),\s(?i:die|der|das)\s(?P<name>{NAME})", r"\b(?i:bei)\s(?P<name>{NAME}),?\s(?i:wir|nehmen|ist)\b"),
        "TEAM": (r"das\s+Team\s+(?:von|der|des)",),
        "PERSON": (r"ich\s+bin", r"mein\s+Name\s+ist", r"ich,", r"von\s+mir,", r"durch\s+mich,"),
        "LEGAL_SUFFIX": ("GmbH", "gGmbH", "mbH", "AG", "UG", "KG", "OHG", "GbR", "eG", "e.V.", "e.K.", "PartG", "SE", "KGaA",
                         "GmbH & Co. KG", "UG (haftungsbeschränkt)"),
        "ORG_FIRST": ("Förderverein", "Verein", "Stiftung", "Verband", "Genossenschaft", "Gesellschaft", "Apotheke", "Praxis",
                      "Kanzlei", "Agentur", "Institut", "Jugendhaus", "Kirchengemeinde", "Gemeinde", "Stadt", "Landkreis", "Schule",
                      "Hochschule", "Universität", "Akademie", "Club", "Sportverein", "Turnverein", "Musikverein", "Bürgerverein"),
        "STOP": ("Telefon", "Tel", "E-Mail", "Fax", "Mobil", "Kontaktformular", "Impressum", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Wir", "Uns", "Unser", "Unsere", "Ihr", "Ihre",
                 "Sie", "Diese", "Dieser", "Dieses", "Bei", "Für", "Mit", "Von", "Zu", "Zur", "Zum", "Im", "In", "Auf", "Als", "Nach",
                 "Datenschutz", "Datenschutzerklärung", "Website", "Webseite", "Nutzer", "Verantwortliche", "Verantwortlicher",
                 "Anbieter", "Betreiber", "Kontakt", "Name", "Anschrift", "Adresse", "Daten", "Gesellschaft", "Stand"),
        "THIRD_PARTY": (r"Drittanbieter\w*", r"Dienstleister\w*", r"Auftragsverarbeiter\w*", r"Partner\w*", r"Dritte\w*", r"Hoster",
                        r"Hosting-Anbieter\w*", r"Anbieter\s+(?:ist|sind)", r"(?:übermittelt|weitergegeben)\s+an", r"Plugins?", r"Dienst\s+von"),
    },
    "fr": {
        "ROLE": (r"responsable(?=\s?:)", r"responsable\s+(?:du|des)\s+traitements?", r"responsable\s+de\s+traitement", r"responsable\s+de\s+la\s+publication",
                 r"éditeur\s+(?:du\s+site|de\s+l['’]application|de\s+l['’]app|du\s+service)", r"l['’]éditeur", r"exploitant\s+(?:du\s+site|de\s+l['’]application)"),
        "COPULA": (r"est", r"sont", r"est\s+la\s+société", r"est\s+l['’]association"),
        "DEFINE": (r"ci-après", r"ci-dessous\s+dénommée?", r"dénommée?"),
        "WE": (r"nous", r"notre"),
        "PREDICATE": (r"est\s+(?:le\s+|la\s+)?responsable", r"est\s+une\s+(?:association|entreprise\s+individuelle|micro-entreprise|société)", r"est\s+l['’]éditeur", r",\s(?:l['’])?(?:éditeur|éditrice|exploitant|développeur|développeuse)\s+(?:de|du|des)\b",
                      r"édite\s+(?:le|la|l['’]|ce|cette)", r"exploite\s+(?:le|la|l['’]|ce|cette)", r"respecte\s+votre\s+vie\s+privée"),
        "AGENT": (r"édité\w*\s+par", r"exploité\w*\s+par", r"développé\w*\s+par", r"publié\w*\s+par", r"géré\w*\s+par", r"fourni\w*\s+par",
                  r"proposé\w*\s+par", r"conçu\w*\s+par", r"réalisé\w*\s+par", r"créé\w*\s+par", r"(?:un\s+)?(?:service|projet)\s+(?:de|d['’])"),
        "WE_ROLE": (r"\b(?i:chez)\s(?P<name>{NAME}),?\s(?i:nous)\b",),
        "TEAM": (r"l['’]équipe\s+(?:de\s+|d['’])?",),
        "PERSON": (r"je\s+suis", r"je\s+m['’]appelle", r"mon\s+nom\s+est", r"par\s+moi,", r"moi,"),
        "LEGAL_SUFFIX": ("SAS", "S.A.S.", "SASU", "SARL", "S.A.R.L.", "EURL", "SA", "S.A.", "SCI", "SNC", "SCOP", "SCIC", "EI", "EIRL", "SE"),
        "ORG_FIRST": ("Association", "Fondation", "Fédération", "Société", "Mutuelle", "Coopérative", "Agence", "Cabinet", "Pharmacie", "Clinique",
                      "Commune", "Mairie", "Ville", "Université", "École", "Institut", "Club", "Centre", "Syndicat"),
        "STOP": ("Téléphone", "Tél", "Courriel", "E-mail", "Adresse", "Formulaire", "Le", "La", "Les", "L", "Un", "Une", "Nous", "Notre", "Nos", "Votre", "Vos", "Vous", "Ce", "Cette", "Ces", "Dans", "Pour",
                 "Par", "Sur", "Avec", "De", "Du", "Des", "Politique", "Confidentialité", "Site", "Application", "Utilisateur", "Données",
                 "Responsable", "Contact", "Article", "Informations"),
        "THIRD_PARTY": (r"tiers", r"prestataires?", r"sous-traitants?", r"partenaires?", r"hébergeurs?", r"hébergé\w*\s+par", r"fournisseurs?"),
    },
    "es": {
        "ROLE": (r"responsable(?=\s?:)", r"titular(?=\s?:)", r"responsable\s+del\s+tratamiento", r"responsable\s+de\s+(?:los\s+)?datos", r"titular\s+y\s+responsable(?:\s+del\s+tratamiento)?",
                 r"identidad\s+del\s+responsable", r"titular\s+del\s+(?:sitio|sitio\s+web|servicio|tratamiento|dominio)", r"datos\s+del\s+responsable"),
        "COPULA": (r"es", r"son"),
        "DEFINE": (r"en\s+adelante", r"en\s+lo\s+sucesivo", r"denominad[oa]"),
        "WE": (r"nosotros", r"nuestro", r"nuestra"),
        "PREDICATE": (r"es\s+(?:el\s+|la\s+)?responsable", r"es\s+(?:el\s+|la\s+)?titular", r"(?:usa|utiliza)\s+y\s+protege", r"se\s+compromete\s+a",
                      r"respeta\s+(?:su|tu)\s+privacidad", r"está\s+(?:altamente\s+)?comprometid[oa]"),
        "AGENT": (r"desarrollad[oa]\s+por", r"gestionad[oa]\s+por", r"operad[oa]\s+por", r"cread[oa]\s+por", r"ofrecid[oa]\s+por",
                  r"titularidad\s+de", r"propiedad\s+de", r"mantenid[oa]\s+por"),
        "WE_ROLE": (r"\b(?i:en)\s(?P<name>{NAME}),\s(?i:nosotros|nos|respetamos|nuestro)\b",),
        "TEAM": (r"el\s+equipo\s+de",),
        "PERSON": (r"soy", r"me\s+llamo", r"mi\s+nombre\s+es", r"por\s+mí,", r"yo,"),
        "LEGAL_SUFFIX": ("S.L.", "S.L", "SL", "S.L.U.", "SLU", "S.A.", "SA", "S.A.U.", "SAU", "S.Coop.", "S.C.", "SLL", "S.L.L.", "SLP"),
        "ORG_FIRST": ("Asociación", "Fundación", "Federación", "Sociedad", "Cooperativa", "Agencia", "Ayuntamiento", "Universidad",
                      "Colegio", "Instituto", "Club", "Centro", "Farmacia", "Clínica", "Consultores", "Grupo"),
        "STOP": ("Teléfono", "Tel", "Correo", "Dirección", "Formulario", "Domicilio", "El", "La", "Los", "Las", "Un", "Una", "Nosotros", "Nuestro", "Nuestra", "Su", "Sus", "Este", "Esta", "Estos", "En", "Para",
                 "Por", "Con", "De", "Del", "Política", "Privacidad", "Sitio", "Aplicación", "Usuario", "Datos", "Responsable", "Titular",
                 "Contacto", "Información", "Definiciones", "Encargado"),
        "THIRD_PARTY": (r"terceros?", r"proveedor\w*", r"encargad[oa]s?\s+del\s+tratamiento", r"socios?", r"prestad[oa]\s+por", r"alojad[oa]\s+(?:en|por)"),
    },
    "pt": {
        "ROLE": (r"responsável(?=\s?:)", r"controlador(?:a)?(?:\s+(?:dos|de)\s+dados)?", r"responsável\s+pelo\s+tratamento", r"responsável\s+pelos\s+dados",
                 r"responsável\s+pelo\s+(?:site|aplicativo|serviço)"),
        "COPULA": (r"é", r"são"),
        "DEFINE": (r"doravante", r"adiante\s+designad[oa]", r"designad[oa]"),
        "WE": (r"nós", r"nosso", r"nossa"),
        "PREDICATE": (r"é\s+(?:o\s+|a\s+)?(?:responsável|controlador\w*)", r"respeita\s+a\s+sua\s+privacidade", r"(?:usa|utiliza)\s+e\s+protege"),
        "AGENT": (r"desenvolvid[oa]\s+por", r"operad[oa]\s+por", r"mantid[oa]\s+por", r"criad[oa]\s+por", r"oferecid[oa]\s+por", r"gerid[oa]\s+por",
                  r"administrad[oa]\s+por"),
        "WE_ROLE": (r"\b(?i:na|no)\s(?P<name>{NAME}),\s(?i:nós|nos|respeitamos)\b",),
        "TEAM": (r"a\s+equipe\s+(?:d[aeo]\s+)?", r"a\s+equipa\s+(?:d[aeo]\s+)?"),
        "PERSON": (r"eu\s+sou", r"meu\s+nome\s+é", r"chamo-me", r"por\s+mim,", r"eu,"),
        "LEGAL_SUFFIX": ("Ltda", "Ltda.", "LTDA", "Lda", "Lda.", "S.A.", "SA", "S/A", "EIRELI", "ME", "EPP", "Unipessoal"),
        "ORG_FIRST": ("Associação", "Fundação", "Sociedade", "Instituto", "Laboratório", "Clínica", "Agência", "Cooperativa", "Universidade",
                      "Escola", "Colégio", "Farmácia", "Igreja", "Prefeitura", "Câmara", "Centro", "Grupo", "Empresa"),
        "STOP": ("Telefone", "Tel", "WhatsApp", "Endereço", "Formulário", "Celular", "O", "A", "Os", "As", "Um", "Uma", "Nós", "Nosso", "Nossa", "Seu", "Sua", "Este", "Esta", "Em", "Para", "Por", "Com", "De",
                 "Do", "Da", "Política", "Privacidade", "Site", "Aplicativo", "Usuário", "Dados", "Controlador", "Contato", "Informações"),
        "THIRD_PARTY": (r"terceiros?", r"parceiros?", r"fornecedor\w*", r"operador\w*", r"prestador\w*", r"hospedad[oa]\s+(?:por|em)"),
    },
    "it": {
        "ROLE": (r"titolare\s+del\s+trattamento(?:\s+dei\s+dati)?", r"titolare\s+dei\s+dati", r"titolare\s+del\s+sito", r"titolare"),
        "COPULA": (r"è", r"sono"),
        "DEFINE": (r"di\s+seguito", r"in\s+seguito", r"d['’]ora\s+in\s+poi"),
        "WE": (r"noi", r"nostro", r"nostra"),
        "PREDICATE": (r"è\s+(?:il\s+)?titolare", r"(?:con\s+sede|sede\s+legale)\s+in", r"rispetta\s+la\s+tua\s+privacy"),
        "AGENT": (r"sviluppat[oa]\s+da", r"gestit[oa]\s+da", r"realizzat[oa]\s+da", r"creat[oa]\s+da", r"offert[oa]\s+da", r"di\s+proprietà\s+di",
                  r"curat[oa]\s+da", r"pubblicat[oa]\s+da"),
        "WE_ROLE": (r"\b(?i:presso)\s(?P<name>{NAME}),\s(?i:noi|ci)\b",),
        "TEAM": (r"il\s+team\s+di", r"lo\s+staff\s+di"),
        "PERSON": (r"mi\s+chiamo", r"il\s+mio\s+nome\s+è", r"sono\s+(?=[A-Z])", r"da\s+me,", r"io,"),
        "LEGAL_SUFFIX": ("S.r.l.", "Srl", "SRL", "S.R.L.", "S.r.l.s.", "Srls", "S.p.A.", "SpA", "S.P.A.", "S.n.c.", "Snc", "S.N.C.", "S.a.s.",
                         "Sas", "S.A.S.", "S.s.", "Onlus", "ONLUS", "APS", "ODV", "Soc. Coop.", "scarl", "S.c.a.r.l."),
        "ORG_FIRST": ("Associazione", "Fondazione", "Società", "Farmacia", "Farmacie", "Studio", "Istituto", "Cooperativa", "Comune", "Agenzia",
                      "Università", "Scuola", "Parrocchia", "Circolo", "Centro", "Gruppo", "Clinica", "Ambulatorio"),
        "STOP": ("Telefono", "Tel", "Cellulare", "Indirizzo", "Modulo", "Sede", "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Una", "Noi", "Nostro", "Nostra", "Tuo", "Tua", "Suo", "Sua", "Questo", "Questa",
                 "In", "Per", "Con", "Di", "Del", "Della", "Informativa", "Privacy", "Sito", "Applicazione", "Utente", "Dati", "Titolare",
                 "Contatti", "Informazioni", "Sede", "Legale"),
        "THIRD_PARTY": (r"terz[ei]", r"fornitor[ei]", r"responsabil[ei]\s+(?:esterni\s+)?del\s+trattamento", r"partner", r"ospitat[oa]\s+(?:da|su)"),
    },
    "nl": {
        "ROLE": (r"verwerkingsverantwoordelijke", r"verantwoordelijke\s+voor\s+de\s+verwerking", r"wie\s+is\s+verantwoordelijk"),
        "COPULA": (r"is", r"zijn"),
        "DEFINE": (r"hierna", r"hierna\s+te\s+noemen"),
        "WE": (r"wij", r"we", r"ons", r"onze"),
        "PREDICATE": (r"is\s+(?:de\s+)?(?:verwerkings)?verantwoordelijk\w*", r"is\s+de\s+handelsnaam\s+van",
                      r"is\s+een\s+(?:eenmanszaak|vof|vennootschap|besloten\s+vennootschap|vzw|stichting|vereniging|praktijk)", r"respecteert\s+(?:je|uw)\s+privacy",
                      r"hecht\s+(?:veel\s+)?waarde", r"(?:verwerkt|verwerken)\s+(?:je|uw)\s+persoonsgegevens"),
        "AGENT": (r"ontwikkeld\s+door", r"beheerd\s+door", r"gemaakt\s+door", r"uitgegeven\s+door", r"aangeboden\s+door", r"geëxploiteerd\s+door",
                  r"handelsnaam\s+van", r"(?:een\s+)?(?:initiatief|project|dienst)\s+van"),
        "WE_ROLE": (r"\b(?i:als)\s(?:(?i:vzw|vereniging|stichting|bedrijf|organisatie|eenmanszaak|praktijk)\s)?(?P<name>{NAME})\s(?i:verwerken|verwerkt|zijn|hebben|vinden|respecteren|hechten)\s(?i:wij|we)\b",
                    r"\b(?i:bij)\s(?P<name>{NAME}),?\s(?i:wij|we|vinden|hechten|respecteren)\b"),
        "TEAM": (r"het\s+team\s+van",),
        "PERSON": (r"ik\s+ben", r"mijn\s+naam\s+is", r"door\s+mij,", r"ik,"),
        "LEGAL_SUFFIX": ("B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF", "vof", "C.V.", "CV", "vzw", "VZW", "bvba", "BVBA", "cvba", "CVBA", "asbl", "ASBL",
                         "U.A."),
        "ORG_FIRST": ("Stichting", "Vereniging", "Coöperatie", "Praktijk", "Gemeente", "Kerk", "Parochie", "Bureau", "Studio", "Centrum",
                      "Instituut", "Universiteit", "Hogeschool", "School", "Vzw", "vzw", "VZW"),
        "STOP": ("Telefoon", "Tel", "Telefoonnummer", "Adres", "Formulier", "Mail", "De", "Het", "Een", "Wij", "We", "Ons", "Onze", "Uw", "Je", "Jouw", "Deze", "Dit", "Die", "Dat", "In", "Voor", "Met",
                 "Van", "Bij", "Als", "Privacyverklaring", "Privacy", "Website", "Gebruiker", "Gegevens", "Contact", "Contactgegevens",
                 "Persoonsgegevens", "Informatie"),
        "THIRD_PARTY": (r"derden", r"derde\s+partij\w*", r"verwerkers?", r"leveranciers?", r"partners?", r"gehost\s+(?:door|bij)"),
    },
}
