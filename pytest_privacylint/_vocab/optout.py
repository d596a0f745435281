"""Opt-out, objection and withdrawal phrasing per language for
``opt-out-path`` (English lives in checks/opt_out_path.py), with the paths
that make it concrete.

Each language is a dict of regex fragments (case-insensitive), added to the
English ones:
  MENTION     - opting out, unsubscribing, objecting, withdrawing consent
  CONTROL     - a named control: unsubscribe link, account/app settings,
                consent manager, opt-out add-on or cookie
  DELETION    - deleting the account or the app (not an opt-out)
  GENERIC     - generic browser/device settings (not a path)
  BROWSER     - browser words that veto even a quoted setting
  NON_PATH    - link texts that are not a path (laws, regulators)
  CONTACT     - "contact us" phrasings (a path when the policy gives a channel)
  RIGHTS      - where requests to exercise the listed rights go
  RIGHT_WORD  - the word "right(s)"
  CONTINUES   - openers of a sentence that continues with the instructions
"""
from __future__ import annotations

# a quoted name: «Compartir datos de uso», „Gebruiksstatistieken delen”
_Q = r'''[«"“'‘„‚][^"”'’»«\n]{2,60}["”'’»“‘]'''

OPTOUT: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "MENTION": (
            r"widersprech\w*", r"widerspr(?:icht|ichst)", r"Widerspruch\w*", r"widerruf\w*", r"Widerruf\w*",
            r"abmelden", r"abmeldet", r"Abmeldung", r"abzumelden", r"abzubestellen", r"auszutragen", r"abbestell\w*", r"austragen", r"Opt-?Out",
            r"(?:deaktivieren|unterbinden|verhindern|ablehnen)\s+[^.\n]{0,40}?(?:Tracking|Analyse|Erfassung|Cookies|Werbung|Newsletter)",
            r"(?:Cookies|Tracking|Erfassung)\s+[^.\n]{0,40}?(?:deaktivieren|unterbinden|verhindern|ablehnen|blockieren|löschen)",
            r"keine\s+(?:weiteren\s+)?(?:Newsletter|Werbung|E-Mails)\s+(?:mehr\s+)?erhalten",
            r"(?:möchten|wollen)\s+Sie\s+(?:\w+\s+){0,3}?nicht", r"(?:Erfassung|Tracking|Cookies?|Datenerhebung|Speicherung)\b[^.\n]{0,200}?\bverhindern", r"nicht\s+(?:mehr\s+)?(?:möchten|wünschen|wollen)", r"deaktivier\w*", r"ausschalten|auszuschalten|abschalten|abzuschalten",
        ),
        "CONTROL": (
            r"(?:Einstellung|Schalter|Option|Schaltfläche|Button|Menüpunkt|Häkchen|Kontrollkästchen|Regler)\s(?:\w+\s)?" + _Q, _Q + r"\s(?:Einstellung|Schalter|Option|Schaltfläche|Button|Menüpunkt|Häkchen|Kontrollkästchen|Regler)",
            r"Abmelde-?Link|Abmeldelink|Link\s+(?:zum|zur)\s+(?:Abmelden|Abbestellen|Abmeldung)",
            r"[„\"“']?(?:Austragen|Abmelden|Abbestellen)[“\"”']?-?\s?Link", r"Link\s+(?:im|in\s+der|am\s+Ende\s+de[rs])\s+(?:\w+\s+)?(?:Newsletters?|E-Mails?|Nachricht)",
            r"Link\s+(?:am\s+Ende|in\s+(?:jedem|jeder|jeglicher))\s+(?:\w+\s+){0,2}?(?:Newsletter|E-Mail|Nachricht)\w*",
            r"(?:in|über|unter)\s+(?:den|die|deinen|Ihren|Ihre|deine|der)\s+(?:\w+\s+)?(?:Konto-?Einstellungen|Kontoeinstellungen|Profileinstellungen|Einstellungen|Privatsphäre-?Einstellungen|Datenschutz-?Einstellungen)\b(?!\s+(?:Ihres|deines|des)\s+Browsers)",
            r"Cookie-?Einstellungen|Datenschutz-?Einstellungen|Privatsphäre-?Einstellungen|Cookie-?Banner|Consent-?(?:Tool|Banner|Manager)|Einwilligungs-?(?:Tool|Banner|Manager)",
            r"(?:Browser-?)?(?:Add-?on|Plug-?in)\s+(?:zur\s+)?Deaktivierung|Deaktivierungs-?Add-?on|Opt-?Out-?Cookie",
        ),
        "DELETION": (r"(?:Konto|Account|Kundenkonto|Nutzerkonto|Profil)\s+(?:\w+\s+)?(?:löschen|kündigen|beenden|schließen)",
                     r"deinstall\w*", r"(?:App|Anwendung)\s+(?:\w+\s+)?(?:löschen|entfernen)", r"Kundenkonto\s+beenden"),
        "GENERIC": (r"Browser\w*", r"Endgerät\w*", r"Gerät\w*", r"Betriebssystem\w*"),
        "BROWSER": (r"Browser\w*",),
        "NON_PATH": (r"Gesetz\w*", r"Verordnung", r"DSGVO", r"BDSG", r"TTDSG", r"Aufsichtsbehörde\w*"),
        "CONTACT": (
            r"kontaktier\w*\s+(?:Sie\s+)?(?:uns|mich)", r"(?:wenden\s+Sie\s+sich|wende\s+dich|wenden)\s+(?:\w+\s+){0,4}?an",
            r"Kontakt\s+(?:mit\s+(?:uns|mir)\s+)?aufnehmen", r"(?:schreiben|senden)\s+Sie\s+(?:uns|mir)",
            r"(?:per|eine)\s+E-?Mail\s+an", r"Mitteilung\s+an\s+uns", r"formlose\s+(?:Mitteilung|Nachricht|E-?Mail)",
            r"genügt\s+eine\s+(?:\w+\s+)?(?:Nachricht|E-?Mail|Mitteilung)", r"Kontaktdaten\s+(?:des|der|unter)", r"Anfrage\s+an",
        ),
        "RIGHTS": (
            r"(?:Ausübung|ausüben|ausüben\w*|geltend\s+(?:zu\s+)?machen|Geltendmachung|wahrnehmen|Wahrnehmung)\b[^.\n]{0,80}?(?:Rechte|Rechts|Betroffenenrechte)",
            r"(?:Rechte|Betroffenenrechte)\b[^.\n]{0,60}?(?:ausüben|geltend\s+machen|wahrnehmen|wenden\s+Sie\s+sich)",
        ),
        "RIGHT_WORD": (r"Recht\w*",),
        "CONTINUES": (r"Dazu", r"Hierzu", r"Dafür", r"Hierfür", r"Bitte", r"Klicken", r"Besuchen", r"Nutzen", r"Senden", r"Schreiben", r"Um"),
    },
    "fr": {
        "MENTION": (
            r"désinscri\w*", r"désabonn\w*", r"(?:vous\s+)?opposer", r"opposition", r"opposez",
            r"retir\w*\s+(?:votre\s+|son\s+|le\s+)?consentement", r"retrait\s+(?:de\s+|du\s+)?(?:votre\s+|son\s+)?consentement",
            r"révoqu\w*", r"révocation", r"opt-?out", r"ne\s+plus\s+recevoir",
            r"(?:refuser|désactiver|bloquer|supprimer)\s+[^.\n]{0,40}?(?:cookies|traceurs|suivi|publicité\w*|mesure\s+d['’]audience)",
            r"(?:cookies|traceurs)\s+[^.\n]{0,30}?(?:refuser|désactiver|bloquer)",
            r"ne\s+(?:souhaitez|voulez)\s+pas", r"désactiv\w*",
            # "couper l'envoi de ces statistiques", "arrêter le suivi"
            r"(?:couper|arrêter|stopper|suspendre)\s+(?:l['’]envoi|la\s+collecte|le\s+suivi|la\s+mesure|les\s+notifications|les\s+statistiques)",
        ),
        "CONTROL": (
            r"(?:paramètre|réglage|option|bouton|interrupteur|case|menu|curseur)\s(?:\w+\s)?" + _Q, _Q + r"\s(?:paramètre|réglage|option|bouton|interrupteur|case|menu|curseur)",
            r"lien\s+(?:de\s+)?(?:désinscription|désabonnement)",
            r"lien\s+(?:prévu|figurant|présent|situé|disponible|inclus|en\s+bas)\b[^.\n]{0,40}?(?:e-?mails?|courriels?|newsletters?|messages?|lettres?)",
            r"paramètres\s+(?:de\s+|du\s+)?(?:votre\s+)?(?:compte|profil|l['’]application|confidentialité|cookies|l['’]app)",
            r"réglages\s+(?:de\s+)?(?:votre\s+)?(?:compte|l['’]application|l['’]app|confidentialité)",
            r"gestionnaire\s+de\s+(?:cookies|consentement)|bandeau\s+(?:de\s+)?(?:cookies|consentement)|centre\s+de\s+préférences",
            r"module\s+(?:complémentaire|de\s+désactivation)|cookie\s+de\s+(?:refus|désactivation)",
        ),
        "DELETION": (r"supprim\w*\s+(?:votre\s+|son\s+)?compte", r"suppression\s+(?:de\s+)?(?:votre\s+)?compte", r"désinstall\w*", r"fermer\s+(?:votre\s+)?compte"),
        "GENERIC": (r"navigateur\w*", r"appareil\w*", r"terminal", r"téléphone"),
        "BROWSER": (r"navigateur\w*",),
        "NON_PATH": (r"loi", r"règlement", r"RGPD", r"CNIL", r"directive"),
        "CONTACT": (
            r"contacte[rz](?:-nous)?", r"nous\s+contacter", r"contactant", r"(?:écrivez|écrire)(?:-nous)?", r"en\s+nous\s+(?:écrivant|contactant|adressant)",
            r"adresse[rz]\s+(?:votre\s+)?(?:demande|courrier)", r"envoyant\s+un\s+(?:e-?mail|courriel|message)", r"par\s+(?:e-?mail|courriel)\s+à",
            r"coordonnées\s+(?:du|de\s+la|de\s+l['’]|ci-dessus|indiquées)", r"envoyant\s+une\s+demande",
        ),
        "RIGHTS": (r"exercer\s+(?:\w+\s+){0,3}?droits?", r"exercice\s+(?:de\s+|des\s+)?(?:\w+\s+){0,2}?droits?", r"(?:pour\s+)?les\s+exercer", r"exercer\s+ces\s+droits"),
        "RIGHT_WORD": (r"droits?",),
        "CONTINUES": (r"Pour\s+ce\s+faire", r"Pour\s+cela", r"Il\s+suffit", r"Veuillez", r"Cliquez", r"Rendez-vous", r"Écrivez", r"Envoyez", r"Pour\s+les\s+exercer", r"Vous\s+pouvez"),
    },
    "es": {
        "MENTION": (
            r"dar(?:se|te)?\s+de\s+baja", r"de\s+baja", r"baja\s+(?:de|del)\s+(?:la\s+)?(?:suscripción|lista|newsletter|boletín)",
            r"cancelar\s+(?:la\s+|su\s+|tu\s+)?suscripción", r"desuscri\w*", r"oponer(?:se|te)", r"oposición", r"se\s+oponga", r"te\s+opongas",
            r"revoca\w*", r"revoque", r"retirar\s+(?:su\s+|tu\s+|el\s+)?consentimiento", r"retirada\s+del\s+consentimiento", r"opt-?out",
            r"dejar\s+de\s+recibir", r"no\s+(?:desea|deseas|quiere|quieres)\s+(?:seguir\s+)?recibir",
            r"(?:suscri\w*|newsletter|bolet[ií]n\w*|correos?|comunicaciones)\b[^.\n]{0,100}?\bcancel\w*",
            r"(?:rechazar|desactivar|bloquear|deshabilitar|inhabilitar)\s+[^.\n]{0,40}?(?:cookies|seguimiento|publicidad|análisis)",
            r"no\s+(?:desea|deseas|quiere|quieres)\s+que", r"dejar\s+de\s+(?:compartir|ser\s+rastread\w*|enviar)", r"desactiv\w*", r"desmarc\w*",
        ),
        "CONTROL": (
            r"(?:opción|ajuste|interruptor|botón|casilla|menú|control)\s(?:\w+\s)?" + _Q, _Q + r"\s(?:opción|ajuste|interruptor|botón|casilla|menú|control)",
            r"enlace\s+(?:de\s+)?(?:baja|cancelación|desuscripción)", r"enlace\s+(?:que\s+)?(?:figura|incluido|incluye|aparece|al\s+pie|en\s+cada|situado)\b[^.\n]{0,40}?(?:correos?|e-?mails?|comunicaciones|mensajes?|boletín)",
            # "Al pie de cada boletín hay un enlace «Darme de baja»"
            r"(?:al\s+pie|al\s+final)\s+de\s+(?:cada|todos\s+los|todas\s+las|nuestros?|nuestras?)\s+(?:correos?|e-?mails?|boletines|boletín|mensajes?|comunicaciones|newsletters?)\b[^.\n]{0,40}?\benlace",
            r"enlace\s+[«\"“'‘][^»\"”'’\n]{2,40}[»\"”'’]",
            r"configuración\s+de\s+(?:tu\s+|su\s+)?(?:cuenta|privacidad|cookies|la\s+aplicación|la\s+app|perfil)",
            r"ajustes\s+de\s+(?:tu\s+|su\s+)?(?:cuenta|privacidad|la\s+aplicación|la\s+app)",
            r"panel\s+de\s+(?:configuración|cookies|preferencias)|centro\s+de\s+preferencias|gestor\s+de\s+(?:cookies|consentimiento)",
            r"complemento\s+(?:de\s+inhabilitación|del\s+navegador\s+para\s+la\s+inhabilitación)",
        ),
        "DELETION": (r"elimin\w*\s+(?:tu\s+|su\s+)?cuenta", r"borr\w*\s+(?:tu\s+|su\s+)?cuenta", r"desinstal\w*", r"cerrar\s+(?:tu\s+|su\s+)?cuenta"),
        "GENERIC": (r"navegador\w*", r"dispositivo\w*", r"teléfono"),
        "BROWSER": (r"navegador\w*",),
        "NON_PATH": (r"ley", r"reglamento", r"RGPD", r"LOPDGDD", r"AEPD", r"Agencia"),
        "CONTACT": (
            r"contact(?:a|e|ar|ando|ándo)(?:nos)?", r"ponerse\s+en\s+contacto", r"póngase\s+en\s+contacto", r"ponte\s+en\s+contacto",
            r"escrib(?:a|e|ir|iendo)(?:nos)?", r"enviando\s+un\s+(?:correo|e-?mail|mensaje)", r"dirigiendo\s+(?:una\s+|su\s+)?(?:solicitud|comunicación|escrito)",
            r"remitiendo\s+(?:su\s+|tu\s+)?(?:voluntad|solicitud|petición)", r"solicitándolo\s+(?:por|a)", r"datos\s+de\s+contacto", r"enviando\s+una\s+solicitud",
            r"(?:envíe|envíenos|envía|envíanos|mande|mándenos|manda|mándanos)\s+(?:un\s+)?(?:correo|e-?mail|mensaje)",
        ),
        "RIGHTS": (r"ejercer\s+(?:\w+\s+){0,3}?derechos?", r"ejercicio\s+de\s+(?:\w+\s+){0,2}?derechos?", r"ejercitar\s+(?:\w+\s+){0,3}?derechos?", r"(?:para\s+)?ejercerlos"),
        "RIGHT_WORD": (r"derechos?",),
        "CONTINUES": (r"Para\s+ello", r"Para\s+hacerlo", r"Basta\s+con", r"Por\s+favor", r"Haga\s+clic", r"Visite", r"Escriba", r"Envíe", r"Puede"),
    },
    "pt": {
        "MENTION": (
            r"descadastr\w*", r"cancelar\s+(?:a\s+)?(?:sua\s+)?(?:inscrição|assinatura|subscrição)", r"opor-?se", r"oposição", r"se\s+opor",
            r"revoga\w*", r"revogue", r"retirar\s+(?:o\s+)?(?:seu\s+)?consentimento", r"opt-?out", r"deixar\s+de\s+receber",
            r"não\s+(?:deseja|quer|desejar)\s+(?:mais\s+)?receber", r"desinscrever\w*", r"cancelar\s+o\s+recebimento",
            r"(?:recusar|desativar|bloquear|desabilitar)\s+[^.\n]{0,40}?(?:cookies|rastreamento|publicidade|análise)",
            r"não\s+(?:deseja|quiser|quer)\s+que", r"deixar\s+de\s+(?:compartilhar|partilhar|ser\s+rastread\w*)", r"desativ\w*", r"desmarc\w*", r"sair\s+d[ao]s?\s+(?:lista|newsletter|mailing)\w*",
        ),
        "CONTROL": (
            r"(?:opção|configuração|botão|chave|interruptor|menu|caixa|controle)\s(?:\w+\s)?" + _Q, _Q + r"\s(?:opção|configuração|botão|chave|interruptor|menu|caixa|controle)",
            r"link\s+(?:de\s+)?(?:descadastr\w*|cancelamento|desinscrição)", r"link\s+(?:presente|incluído|no\s+rodapé|contido|em\s+cada|disponível)\b[^.\n]{0,40}?(?:e-?mails?|mensagens?|comunicações|newsletter)",
            r"configurações\s+(?:de\s+|da\s+|do\s+)?(?:sua\s+)?(?:conta|privacidade|cookies|aplicativo|app|perfil)",
            r"definições\s+(?:de\s+|da\s+|do\s+)?(?:sua\s+)?(?:conta|privacidade|cookies|aplicação|app)",
            r"painel\s+de\s+(?:preferências|privacidade|cookies)|central\s+de\s+preferências|gerenciador\s+de\s+(?:cookies|consentimento)",
        ),
        "DELETION": (r"exclu\w*\s+(?:a\s+)?(?:sua\s+)?conta", r"desinstal\w*", r"encerrar\s+(?:a\s+)?(?:sua\s+)?conta", r"apagar\s+(?:a\s+)?(?:sua\s+)?conta"),
        "GENERIC": (r"navegador\w*", r"dispositivo\w*", r"celular", r"telemóvel"),
        "BROWSER": (r"navegador\w*",),
        "NON_PATH": (r"lei", r"LGPD", r"RGPD", r"ANPD", r"CNPD", r"regulamento"),
        "CONTACT": (
            r"entr(?:e|ar|ando)\s+em\s+(?:contato|contacto)", r"contacte-nos", r"contate-nos", r"fale\s+conosco",
            r"(?:envi|mand)(?:e|ar|ando)\s+(?:um\s+)?(?:e-?mail|mensagem|solicitação|pedido)", r"escrev(?:a|er|endo)(?:-nos)?", r"por\s+e-?mail\s+para", r"dados\s+de\s+conta(?:c)?to",
        ),
        "RIGHTS": (r"exercer\s+(?:\w+\s+){0,3}?direitos?", r"exercício\s+d\w+\s+(?:\w+\s+){0,2}?direitos?", r"(?:para\s+)?exercê-los"),
        "RIGHT_WORD": (r"direitos?",),
        "CONTINUES": (r"Para\s+isso", r"Para\s+tanto", r"Basta", r"Por\s+favor", r"Clique", r"Visite", r"Envie", r"Escreva", r"Você\s+pode"),
    },
    "it": {
        "MENTION": (
            r"disiscri\w*", r"cancellar(?:si|ti)\s+(?:dalla|dalle)", r"annullare\s+l['’]iscrizione", r"opporsi", r"opporti", r"opposizione", r"oppor\w*",
            r"revoca\w*", r"revocare", r"ritirare\s+(?:il\s+)?(?:proprio\s+|tuo\s+|suo\s+)?consenso", r"opt-?out",
            r"non\s+ricevere\s+più", r"smettere\s+di\s+ricevere",
            r"(?:rifiutare|disattivare|bloccare|disabilitare)\s+[^.\n]{0,40}?(?:cookie|tracciamento|pubblicità|analisi)",
            r"non\s+(?:desideri|vuoi|desidera|vuole)", r"disattiv\w*", r"disabilit\w*",
        ),
        "CONTROL": (
            r"(?:opzione|impostazione|interruttore|pulsante|levetta|casella|voce|menu|comando)\s(?:\w+\s)?" + _Q, _Q + r"\s(?:opzione|impostazione|interruttore|pulsante|levetta|casella|voce|menu|comando)",
            r"link\s+(?:di\s+)?(?:disiscrizione|cancellazione)", r"link\s+(?:presente|in\s+calce|contenuto|in\s+fondo|in\s+ogni|riportato)\b[^.\n]{0,40}?(?:e-?mail|messaggi|newsletter|comunicazioni)",
            r"impostazioni\s+(?:del\s+|dell['’]|di\s+|della\s+)?(?:tuo\s+|suo\s+)?(?:account|profilo|privacy|app|applicazione|cookie)",
            r"componente\s+aggiuntivo|pannello\s+(?:delle\s+)?preferenze|gestione\s+(?:dei\s+)?(?:cookie|consensi)|banner\s+(?:dei\s+)?cookie",
        ),
        "DELETION": (r"cancell\w*\s+(?:il\s+)?(?:tuo\s+|suo\s+|proprio\s+)?account", r"elimin\w*\s+(?:il\s+)?(?:tuo\s+|suo\s+)?account", r"disinstall\w*"),
        "GENERIC": (r"browser", r"dispositivo\w*", r"telefono"),
        "BROWSER": (r"browser",),
        "NON_PATH": (r"legge", r"regolamento", r"GDPR", r"RGPD", r"Garante", r"decreto"),
        "CONTACT": (
            r"contatt(?:aci|arci|ando|are|i|a|ateci)", r"scriv(?:ici|ere|endo|eteci)", r"inviando\s+(?:una\s+)?(?:e-?mail|richiesta|comunicazione|messaggio)",
            r"rivolgendo(?:si|ti)", r"rivolger(?:si|ti)", r"inviare\s+(?:una\s+)?(?:e-?mail|richiesta)", r"estremi\s+di\s+contatto", r"recapiti",
            r"indirizzare\s+(?:una\s+)?richiesta",
        ),
        "RIGHTS": (r"esercitare\s+(?:\w+\s+){0,3}?diritti", r"esercizio\s+de[il]\w*\s+(?:\w+\s+)?diritti", r"esercitar(?:li|e\s+tali\s+diritti)", r"puoi\s+esercitare"),
        "RIGHT_WORD": (r"diritt[oi]",),
        "CONTINUES": (r"Per\s+farlo", r"A\s+tal\s+fine", r"Per\s+esercitar\w*", r"Basta", r"Clicca", r"Visita", r"Scrivi", r"Invia", r"Puoi"),
    },
    "nl": {
        "MENTION": (
            r"afmeld\w*", r"uitschrijv\w*", r"uitschrijven", r"uit\s+te\s+schrijven", r"af\s+te\s+melden", r"bezwaar", r"intrekk\w*", r"intrekken", r"in\s+te\s+trekken",
            r"trek\w*\s+(?:\w+\s+){0,3}?toestemming\s+in", r"opt-?out", r"niet\s+langer\s+ontvangen",
            r"geen\s+\w+\s+meer\s+(?:wil\w*\s+)?ontvangen",
            r"(?:weigeren|uitschakelen|blokkeren|uitzetten)\s+[^.\n]{0,40}?(?:cookies|tracking|analyse|advertenties)",
            r"(?:cookies|tracking)\s+[^.\n]{0,30}?(?:weigeren|uitschakelen|blokkeren|uitzetten|uit\s+te\s+zetten)",
            r"(?:wil|wilt)\s+(?:je|u)\s+niet", r"uitschakel\w*", r"uitzetten", r"zet\s+(?:\w+\s+){0,10}?uit\b",
        ),
        "CONTROL": (
            r"(?:instelling|optie|schakelaar|knop|vinkje|menu)\s(?:\w+\s)?" + _Q, _Q + r"\s(?:instelling|optie|schakelaar|knop|vinkje|menu)",
            r"afmeld(?:ings)?link|uitschrijflink|link\s+(?:om\s+je\s+af\s+te\s+melden|om\s+u\s+af\s+te\s+melden)",
            r"link\s+(?:onderaan|onderin|in\s+(?:elke|iedere))\b[^.\n]{0,40}?(?:e-?mails?|nieuwsbrie\w*|berichten)",
            r"(?:account|privacy|cookie|app|profiel)-?instellingen", r"instellingen\s+(?:van\s+)?(?:de\s+app|je\s+account|uw\s+account|je\s+profiel|uw\s+profiel)",
            r"browser-?add-?on|cookiebanner|cookie-?voorkeuren|voorkeurencentrum",
        ),
        "DELETION": (r"verwijder\w*\s+(?:je\s+|uw\s+)?(?:account|profiel)", r"(?:account|profiel)\s+(?:te\s+)?verwijderen", r"de-?installe\w*"),
        "GENERIC": (r"browser\w*", r"apparaat", r"apparaten", r"telefoon"),
        "BROWSER": (r"browser\w*",),
        "NON_PATH": (r"wet", r"AVG", r"GDPR", r"Autoriteit", r"verordening"),
        "CONTACT": (
            r"neem\s+(?:dan\s+)?contact\s+(?:met\s+(?:ons|mij)\s+)?op", r"contact\s+(?:met\s+(?:ons|mij)\s+)?op\s+te\s+nemen", r"contact\s+(?:met\s+(?:ons|mij)\s+)?opnemen",
            r"mail\s+(?:ons|mij|naar)", r"stuur\s+(?:ons|mij|een)", r"sturen\s+naar", r"laat\s+(?:het\s+)?(?:ons|mij)\s+weten", r"per\s+e-?mail", r"contactgegevens",
        ),
        "RIGHTS": (r"(?:uitoefen\w*|uit\s+te\s+oefenen|gebruik\s+(?:te\s+)?maken\s+van)\s+(?:\w+\s+){0,3}?rechten", r"rechten\s+(?:\w+\s+){0,3}?(?:uitoefenen|uit\s+te\s+oefenen)"),
        "RIGHT_WORD": (r"recht(?:en)?",),
        "CONTINUES": (r"Hiervoor", r"Daarvoor", r"Dit\s+kan", r"Klik", r"Ga\s+naar", r"Stuur", r"Mail", r"U\s+kunt", r"Je\s+kunt", r"Bezoek", r"Zet", r"Schakel"),
    },
}
