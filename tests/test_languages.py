"""The five checks on real phrasings in German, French, Spanish, Portuguese,
Italian and Dutch: for each language and check a PASS case (or several, from
the GDPR template generators and real policies: e-recht24,
Datenschutz-Generator, CNIL models, AEPD, Garante, AP ...) and each near-miss
of the spec with its message. The language is set in the config, so the
vocabulary is tested apart from detection (tested at the end)."""
from __future__ import annotations

import dataclasses

import pytest

from pytest_privacylint import lint_text
from pytest_privacylint._config import default_config
from pytest_privacylint._language import detect_language

CI, RL, OO, TP, CD = "controller-identity", "retention-limit", "opt-out-path", "third-party-list", "child-data-stance"
PASS = "pass"

# (check, text, expected outcome or failure message)
CASES: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        # controller-identity
        (CI, "Verantwortlich für die Datenverarbeitung auf dieser Website ist:\nMusterfirma GmbH\nMusterstraße 10\n12345 Musterstadt\nE-Mail: datenschutz@musterfirma.de", PASS),
        (CI, "Verantwortlicher im Sinne der DSGVO ist die Beispiel Software GmbH, Hauptstraße 5, 10115 Berlin. Telefon: +49 30 1234567", PASS),
        (CI, "Die Acme Studio GmbH (nachfolgend „wir“ oder „uns“) nimmt den Schutz Ihrer Daten ernst. Fragen richten Sie bitte an privacy@acmestudio.de.", PASS),
        (CI, "Diese App wird betrieben von Jana Becker. Bei Fragen schreiben Sie an jana.becker@posteo.de.", PASS),
        (CI, "Die Acme Studio GmbH verarbeitet Ihre Daten. Bei Fragen kontaktieren Sie uns bitte.", "contact channel announced but missing"),
        (CI, "Verantwortlich ist die [Firmenname]. E-Mail: info@beispiel-shop.de", "unfilled template placeholder"),
        (CI, "Die Acme Studio GmbH verarbeitet Ihre Daten. Fragen an datenschutz@example.com.", "contact address at a reserved example domain"),
        (CI, "Die Acme Studio GmbH verarbeitet Ihre Daten. Sie können sich bei der zuständigen Aufsichtsbehörde beschweren: Der Landesbeauftragte für Datenschutz, Königstraße 10a, 70173 Stuttgart.", "only a supervisory authority's contact given"),
        (CI, "Wir nehmen den Schutz Ihrer Daten ernst. Fragen an kontakt@meine-app.de.", "no organisation or person named as controller"),
        (CI, "Die Acme Studio GmbH verarbeitet Ihre personenbezogenen Daten nur im notwendigen Umfang.", "controller named but no contact channel"),
        # retention-limit
        (RL, "Die Server-Logfiles werden nach sieben Tagen automatisch gelöscht.", PASS),
        (RL, "Im Falle der Speicherung der Daten in Logfiles ist dies nach spätestens sieben Tagen der Fall.", PASS),
        (RL, "Wir speichern Ihre Bestelldaten für die Dauer von höchstens zwei Jahren.", PASS),
        (RL, "Die IP-Adresse wird nach Ende des Besuchs anonymisiert; die Daten werden nach Abschluss der Analyse gelöscht.", PASS),
        (RL, "Wir speichern Ihre personenbezogenen Daten nur so lange, wie dies für die Erfüllung der Zwecke erforderlich ist.", "retention mentioned but no limit stated"),
        (RL, "Die Daten verbleiben bei uns, bis Sie uns zur Löschung auffordern oder der Zweck für die Datenspeicherung entfällt.", "retention mentioned but no limit stated"),
        (RL, "Ihre Daten werden gespeichert, solange Ihr Kundenkonto besteht und Sie es nutzen, solange Sie registriert sind.", "retention mentioned but no limit stated"),
        (RL, "Unsere Cookies verfallen nach 13 Monaten.", "no retention period stated"),
        (RL, "Wir beantworten Ihre Anfrage innerhalb von 30 Tagen. Diese Datenschutzerklärung gilt für unsere App.", "no retention period stated"),
        (RL, "Wir speichern keine personenbezogenen Daten.", "no retention period stated"),
        (RL, "Rechnungsdaten bewahren wir mindestens zehn Jahre auf.", "only a minimum retention period stated"),
        # opt-out-path
        (OO, "Sie können den Newsletter jederzeit über den Abmeldelink am Ende jeder E-Mail abbestellen.", PASS),
        (OO, "Sie können der Erfassung durch Google Analytics widersprechen, indem Sie das Browser-Add-on zur Deaktivierung herunterladen: https://tools.google.com/dlpage/gaoptout?hl=de", PASS),
        (OO, "Sie können Ihre Einwilligung jederzeit widerrufen. Eine formlose Mitteilung per E-Mail an widerruf@acmestudio.de genügt.", PASS),
        (OO, "Sie können Cookies in den Einstellungen Ihres Browsers deaktivieren.", "opt-out mentioned but no path given"),
        (OO, "Sie haben das Recht auf Auskunft, Berichtigung, Löschung sowie ein Widerspruchsrecht gegen die Verarbeitung.", "opt-out mentioned but no path given"),
        (OO, "Um sich vom Newsletter abzumelden, kontaktieren Sie uns bitte.", "opt-out mentioned but no path given"),
        (OO, "Wir verwenden Ihre E-Mail-Adresse für den Versand von Bestellbestätigungen.", "no opt-out offered"),
        # third-party-list
        (TP, "Diese Website nutzt Google Analytics, einen Webanalysedienst der Google Ireland Limited.", PASS),
        (TP, "Unsere Website wird bei der Hetzner Online GmbH gehostet.", PASS),
        (TP, "Die Zahlungsabwicklung erfolgt über den Zahlungsdienstleister Stripe.", PASS),
        (TP, "Wir geben Ihre Daten an folgende Dienstleister weiter:", "announced list is empty"),
        (TP, "Eine Liste unserer Auftragsverarbeiter finden Sie hier: https://acme.test/unterauftragsverarbeiter", "recipients only behind a link, none named"),
        (TP, "Wie Sie Cookies in Google Chrome, Firefox oder Safari deaktivieren, erfahren Sie in der Hilfe Ihres Browsers.", "no recipients of personal data disclosed"),
        (TP, "Wir geben Ihre Daten an Dienstleister und Partner weiter, die uns beim Betrieb der Website unterstützen.", "only categories of recipients, no named third party"),
        # child-data-stance
        (CD, "Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.", PASS),
        (CD, "Personen unter 16 Jahren dürfen ohne Zustimmung der Erziehungsberechtigten keine personenbezogenen Daten an uns übermitteln.", PASS),
        (CD, "Wir erheben nicht wissentlich personenbezogene Daten von Kindern.", PASS),
        (CD, "Sollten wir feststellen, dass wir Daten eines Kindes erhalten haben, löschen wir diese umgehend.", PASS),
        (CD, "In unserem Shop finden Sie Kinderbücher und Spielzeug; wir verarbeiten Ihre Daten für den Versand.", "children mentioned but no stance stated"),
        (CD, "Das Spiel ist für alle Altersgruppen geeignet und erhebt keine personenbezogenen Daten.", "no statement on children's data"),
        (CI, "Verantwortlich für die Datenverarbeitung ist:\nBitte kontaktieren Sie uns\nE-Mail: info@beispiel-firma.de", "no organisation or person named as controller"),
        (CI, "Anbieter dieser Website ist die Muster Consulting GmbH, vertreten durch den Geschäftsführer Max Muster. Kontakt: info@muster-consulting.de", PASS),
        (RL, "Ihre Daten werden für die Dauer von 6 Monaten gespeichert und anschließend gelöscht.", PASS),
        (RL, "Wir speichern Ihre Daten, bis Sie Ihr Kundenkonto löschen.", "retention mentioned but no limit stated"),
        (OO, "Sie können der Nutzung Ihrer Daten für Werbezwecke jederzeit widersprechen, indem Sie eine E-Mail an widerspruch@shop-beispiel.de senden.", PASS),
        (TP, "Für den Versand von Newslettern nutzen wir CleverReach.", PASS),
        (TP, "Wir nutzen keine Analysedienste wie Google Analytics.", "no recipients of personal data disclosed"),
        (CD, "Minderjährige dürfen unsere Dienste nur mit Zustimmung ihrer Erziehungsberechtigten nutzen.", PASS),
    ],
    "fr": [
        ("opt-out-path", "Vous pouvez couper l'envoi de ces statistiques à tout moment dans les Réglages du jeu, option « Partager les statistiques anonymes ».", PASS),
        (CI, "Le responsable du traitement est la société Exemple SAS, 12 rue de la Paix, 75002 Paris. Contact : dpo@exemple-sas.fr", PASS),
        (CI, "Le site est édité par Marie Dupont. Pour toute question, écrivez à marie.dupont@laposte.net.", PASS),
        (CI, "Apérogames, éditeur de l'application Chiche !\nContact : contact@aperogames.fr", PASS),
        (CI, "La société Exemple SAS traite vos données. Pour toute question, contactez-nous.", "contact channel announced but missing"),
        (CI, "Le responsable du traitement est [Nom de la société]. Contact : contact@boutique-exemple.fr", "unfilled template placeholder"),
        (CI, "La société Exemple SAS traite vos données. Contact : dpo@example.com", "contact address at a reserved example domain"),
        (CI, "La société Exemple SAS traite vos données. Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, 75007 Paris.", "only a supervisory authority's contact given"),
        (CI, "Nous respectons votre vie privée. Contact : bonjour@monappli.fr", "no organisation or person named as controller"),
        (RL, "Les données sont conservées pendant une durée de 3 ans à compter du dernier contact.", PASS),
        (RL, "Les journaux de connexion sont supprimés au bout de 12 mois.", PASS),
        (RL, "Votre adresse e-mail transite uniquement le temps de vérifier la connexion, puis est oubliée.", PASS),
        (RL, "Nous conservons vos données pendant la durée nécessaire aux finalités pour lesquelles elles ont été collectées.", "retention mentioned but no limit stated"),
        (RL, "Vos données sont conservées tant que votre compte est actif.", "retention mentioned but no limit stated"),
        (RL, "Les cookies ont une durée de vie de 13 mois maximum.", "no retention period stated"),
        (RL, "Nous répondrons à votre demande dans un délai d'un mois. Cette politique de confidentialité s'applique à notre site.", "no retention period stated"),
        (RL, "Les factures sont conservées au moins dix ans.", "only a minimum retention period stated"),
        (OO, "Vous pouvez vous désinscrire à tout moment grâce au lien de désinscription présent dans chaque e-mail.", PASS),
        (OO, "Vous pouvez retirer votre consentement à tout moment en écrivant à privacy@exemple-sas.fr.", PASS),
        (OO, "Vous pouvez refuser les cookies en paramétrant votre navigateur.", "opt-out mentioned but no path given"),
        (OO, "Vous disposez d'un droit d'accès, de rectification et d'un droit d'opposition au traitement de vos données.", "opt-out mentioned but no path given"),
        (OO, "Pour vous désinscrire de la newsletter, contactez-nous.", "opt-out mentioned but no path given"),
        (OO, "Nous utilisons votre adresse e-mail pour vous envoyer les confirmations de commande.", "no opt-out offered"),
        (TP, "Ce site utilise Google Analytics, un service d'analyse d'audience fourni par Google.", PASS),
        (TP, "Le site est hébergé par OVH SAS, 2 rue Kellermann, 59100 Roubaix.", PASS),
        (TP, "Vos données peuvent être transmises aux prestataires suivants :", "announced list is empty"),
        (TP, "La liste de nos sous-traitants est disponible ici : https://exemple.test/sous-traitants", "recipients only behind a link, none named"),
        (TP, "Nous partageons vos données avec nos prestataires techniques et nos partenaires.", "only categories of recipients, no named third party"),
        (TP, "Pour refuser les cookies dans Firefox ou Safari, consultez l'aide de votre navigateur.", "no recipients of personal data disclosed"),
        (CD, "Notre service ne s'adresse pas aux enfants de moins de 15 ans.", PASS),
        (CD, "Si l'utilisateur est un mineur de moins de 15 ans, l'accord d'un représentant légal sera requis.", PASS),
        (CD, "Nous ne collectons pas sciemment de données personnelles concernant des enfants.", PASS),
        (CD, "Notre librairie propose des livres pour enfants ; nous traitons vos données pour la livraison.", "children mentioned but no stance stated"),
        (CD, "Le jeu est adapté à tous les âges et ne collecte aucune donnée personnelle.", "no statement on children's data"),
        (CI, "Éditeur du site : Atelier Bleu SARL, 5 avenue Jean Jaurès, 69007 Lyon – contact@atelierbleu.fr", PASS),
        (RL, "Les données des candidats non retenus sont supprimées au bout de deux ans.", PASS),
        (OO, "Vous pouvez à tout moment vous opposer à la réception de nos offres en cliquant sur le lien de désabonnement.", PASS),
        (TP, "Les paiements sont traités par Stripe.", PASS),
        (CD, "Si vous avez moins de 15 ans, vous devez obtenir l'autorisation de vos parents avant de nous transmettre vos données.", PASS),
    ],
    "es": [
        (CI, "Responsable del tratamiento: Ejemplo Soluciones S.L., con domicilio en Calle Mayor 12, 28013 Madrid. Correo electrónico: privacidad@ejemplo-soluciones.es", PASS),
        (CI, "CONSULTORES EJEMPLO S.L. (en adelante, Ejemplo) es la titular de este sitio. Puede escribirnos a info@consultoresejemplo.es.", PASS),
        (CI, "Esta aplicación ha sido desarrollada por Lucía Martín. Si tienes dudas, escribe a lucia.martin@gmail.com.", PASS),
        (CI, "Ejemplo Soluciones S.L. trata sus datos personales. Si tiene alguna pregunta, contáctenos.", "contact channel announced but missing"),
        (CI, "El responsable del tratamiento es [nombre de la empresa]. Correo: info@tienda-ejemplo.es", "unfilled template placeholder"),
        (CI, "Ejemplo Soluciones S.L. trata sus datos personales. Correo: privacidad@example.com", "contact address at a reserved example domain"),
        (CI, "Ejemplo Soluciones S.L. trata sus datos. Puede presentar una reclamación ante la Agencia Española de Protección de Datos, C/ Jorge Juan 6, 28001 Madrid.", "only a supervisory authority's contact given"),
        (CI, "CoderDojo Ejemplo usa y protege la información que nos proporcionan sus usuarios.", "controller named but no contact channel"),
        (RL, "Los datos se conservarán durante un plazo máximo de 12 meses desde su recogida.", PASS),
        (RL, "La información se emplea únicamente para análisis estadístico y después se elimina de forma permanente.", PASS),
        (RL, "Los currículos recibidos se eliminarán transcurridos dos años.", PASS),
        (RL, "Los datos personales serán conservados durante el tiempo necesario para cumplir con la finalidad para la que se recabaron.", "retention mentioned but no limit stated"),
        (RL, "Conservaremos sus datos mientras se mantenga la relación comercial o durante los años necesarios para cumplir con las obligaciones legales.", "retention mentioned but no limit stated"),
        (RL, "Las cookies de análisis caducan a los 2 años.", "no retention period stated"),
        (RL, "Responderemos a su solicitud dentro del plazo de un mes. Esta política de privacidad se aplica a nuestro sitio.", "no retention period stated"),
        (RL, "Los datos de facturación se conservarán como mínimo cinco años.", "only a minimum retention period stated"),
        (OO, "Puede darse de baja en cualquier momento mediante el enlace de baja que figura en cada correo electrónico.", PASS),
        (OO, "Si desea oponerse al tratamiento, envíe un correo electrónico a privacidad@ejemplo-soluciones.es.", PASS),
        (OO, "Puede deshabilitar las cookies desde la configuración de su navegador.", "opt-out mentioned but no path given"),
        (OO, "Usted tiene derecho de acceso, rectificación, supresión y oposición al tratamiento de sus datos.", "opt-out mentioned but no path given"),
        (OO, "Los boletines podrán ser cancelados en cualquier momento.", "opt-out mentioned but no path given"),
        (OO, "Utilizamos su correo electrónico para enviarle la confirmación del pedido.", "no opt-out offered"),
        (TP, "Utilizamos Google Analytics, un servicio de analítica web prestado por Google Inc.", PASS),
        (TP, "Nuestra lista de correo se gestiona con MailChimp, de The Rocket Science Group, LLC.", PASS),
        (TP, "Podemos compartir sus datos con los siguientes terceros:", "announced list is empty"),
        (TP, "Puede consultar la lista de subencargados en https://ejemplo.test/subencargados", "recipients only behind a link, none named"),
        (TP, "Sus datos podrán comunicarse a terceros proveedores de servicios con los que hayamos suscrito acuerdos de encargo de tratamiento.", "only categories of recipients, no named third party"),
        (TP, "Para desactivar las cookies en Google Chrome o Safari, consulte la ayuda de su navegador.", "no recipients of personal data disclosed"),
        (CD, "Nuestros servicios no están dirigidos a menores de 14 años.", PASS),
        (CD, "Los menores de 14 años necesitan el consentimiento de sus padres o tutores para facilitarnos sus datos.", PASS),
        (CD, "Si descubrimos que hemos recopilado datos de un menor sin autorización, los eliminaremos.", PASS),
        (CD, "Vendemos libros infantiles; sus datos se usan para enviar los pedidos.", "children mentioned but no stance stated"),
        (CD, "El juego es apto para todas las edades y no recoge datos personales.", "no statement on children's data"),
        (CI, "Comercializadora del Norte S.A. de C.V., con domicilio en Av. Reforma 222, Ciudad de México, es responsable del uso y protección de sus datos personales. Contacto: privacidad@comnorte.mx", PASS),
        (OO, "Usted puede revocar su consentimiento enviando un correo a privacidad@comnorte.mx.", PASS),
        (RL, "Sus datos se conservarán por un periodo de cinco años.", PASS),
        (CD, "Nuestros servicios no se dirigen a menores de 18 años.", PASS),
    ],
    "pt": [
        ("opt-out-path", "Para sair da lista de promoções, mande um e-mail para promo@padariasaobento.pt pedindo o descadastro.", PASS),
        (CI, "O controlador dos dados é a Exemplo Tecnologia Ltda., Rua das Flores, 123, São Paulo. E-mail: privacidade@exemplotec.com.br", PASS),
        (CI, "Este aplicativo foi desenvolvido por João Silva. Dúvidas: joao.silva@gmail.com", PASS),
        (CI, "A Exemplo Tecnologia Ltda. trata os seus dados. Em caso de dúvidas, entre em contato conosco.", "contact channel announced but missing"),
        (CI, "O responsável pelo tratamento é [nome da empresa]. E-mail: contato@loja-exemplo.com.br", "unfilled template placeholder"),
        (CI, "A Exemplo Tecnologia Ltda. trata os seus dados. E-mail: privacidade@example.com", "contact address at a reserved example domain"),
        (CI, "Se tiver dúvidas sobre esta Política de Privacidade, entre em contato conosco em suporte@meuapp.com.br.", "no organisation or person named as controller"),
        (RL, "Os dados de navegação são armazenados por 6 meses, conforme o Marco Civil da Internet.", PASS),
        (RL, "Os seus dados serão eliminados no prazo máximo de 30 dias após o encerramento da conta.", PASS),
        (RL, "Apenas retemos as informações coletadas pelo tempo necessário para fornecer o serviço solicitado.", "retention mentioned but no limit stated"),
        (RL, "Os dados são mantidos enquanto você mantiver uma conta ativa.", "retention mentioned but no limit stated"),
        (RL, "Os cookies expiram após 12 meses.", "no retention period stated"),
        (RL, "Responderemos à sua solicitação em até 30 dias úteis. Esta política se aplica ao nosso aplicativo.", "no retention period stated"),
        (RL, "Os registros fiscais são guardados por no mínimo cinco anos.", "only a minimum retention period stated"),
        (OO, "Você pode cancelar a sua inscrição a qualquer momento clicando no link de descadastro presente em cada e-mail.", PASS),
        (OO, "Para revogar o seu consentimento, envie um e-mail para privacidade@exemplotec.com.br.", PASS),
        (OO, "Você pode desativar os cookies nas configurações do seu navegador.", "opt-out mentioned but no path given"),
        (OO, "Você tem direito de acesso, correção e de oposição ao tratamento dos seus dados.", "opt-out mentioned but no path given"),
        (OO, "Usamos o seu e-mail para enviar a confirmação do pedido.", "no opt-out offered"),
        (TP, "Utilizamos o Google Analytics para entender como os visitantes usam o site.", PASS),
        (TP, "Os dados de login são obtidos através do Facebook quando você escolhe entrar com a sua conta.", PASS),
        (TP, "Podemos compartilhar os seus dados com os seguintes parceiros:", "announced list is empty"),
        (TP, "Compartilhamos dados com prestadores de serviço, como a empresa contratada para gestão de pagamento.", "only categories of recipients, no named third party"),
        (CD, "Não coletamos intencionalmente dados pessoais de crianças menores de 13 anos.", PASS),
        (CD, "Nossos serviços não são direcionados a menores de 18 anos.", PASS),
        (CD, "O tratamento de dados de crianças depende do consentimento de pelo menos um dos pais ou responsável legal.", PASS),
        (CD, "Vendemos brinquedos para crianças; os seus dados são usados para a entrega.", "children mentioned but no stance stated"),
        (CI, "O responsável pelo tratamento dos dados é a Sabores do Minho, Lda., com sede na Rua Direita 15, 4700-001 Braga. Contacto: geral@saboresdominho.pt", PASS),
        (OO, "Pode retirar o seu consentimento a qualquer momento, através do endereço geral@saboresdominho.pt.", PASS),
        (RL, "Os dados são conservados durante um período de 2 anos após o último contacto.", PASS),
        (CD, "Os nossos serviços não se destinam a menores de 16 anos.", PASS),
    ],
    "it": [
        (CI, "Il Titolare del trattamento è Esempio S.r.l., con sede legale in Via Roma 10, 20121 Milano (MI). Email: privacy@esempio-srl.it", PASS),
        (CI, "Titolare del Trattamento dei Dati\nFarmacia Rossi S.n.c.\nPiazza Garibaldi 3 - 25065 Lumezzane (BS)\nEmail: farmaciarossi@gmail.com", PASS),
        (CI, "4. CONTATTI\nNicola Bianchi\nnicola.bianchi(a)gmail.com", PASS),
        (CI, "Esempio S.r.l. tratta i tuoi dati personali. Per qualsiasi domanda contattaci.", "contact channel announced but missing"),
        (CI, "Il Titolare del trattamento è [Nome Azienda]. Email: info@negozio-esempio.it", "unfilled template placeholder"),
        (CI, "Esempio S.r.l. tratta i tuoi dati personali. Email: privacy@example.com", "contact address at a reserved example domain"),
        (CI, "Esempio S.r.l. tratta i tuoi dati. Puoi proporre reclamo al Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma.", "only a supervisory authority's contact given"),
        (CI, "Per domande o richieste di cancellazione dei dati, contattaci:\nE-mail: supporto.meteo@gmail.com", "no organisation or person named as controller"),
        (RL, "I dati di navigazione non persistono per più di sette giorni.", PASS),
        (RL, "I dati inviati tramite il modulo di contatto sono conservati per un massimo di 12 mesi dall'ultima comunicazione.", PASS),
        (RL, "I dati saranno conservati per il tempo strettamente necessario a conseguire le finalità per cui sono raccolti.", "retention mentioned but no limit stated"),
        (RL, "Conserviamo i tuoi dati finché il tuo account è attivo.", "retention mentioned but no limit stated"),
        (RL, "I cookie di profilazione hanno una durata di 12 mesi.", "no retention period stated"),
        (RL, "Risponderemo alla tua richiesta entro 30 giorni. La presente informativa riguarda la nostra app.", "no retention period stated"),
        (RL, "Le fatture sono conservate per almeno dieci anni.", "only a minimum retention period stated"),
        (OO, "Puoi disiscriverti in qualsiasi momento tramite il link di disiscrizione presente in ogni email.", PASS),
        (OO, "Puoi revocare il consenso scrivendo a privacy@esempio-srl.it.", PASS),
        (OO, "Puoi disabilitare i cookie dalle impostazioni del tuo browser.", "opt-out mentioned but no path given"),
        (OO, "Hai il diritto di accesso, rettifica, cancellazione e opposizione al trattamento.", "opt-out mentioned but no path given"),
        (OO, "Usiamo il tuo indirizzo email per inviarti la conferma dell'ordine.", "no opt-out offered"),
        (TP, "Il sito utilizza Google Fonts per la visualizzazione dei caratteri.", PASS),
        (TP, "Il modulo di contatto è gestito da Formspree, Inc., che riceve il tuo nome e la tua email.", PASS),
        (TP, "I tuoi dati possono essere comunicati ai seguenti fornitori:", "announced list is empty"),
        (TP, "I dati possono essere comunicati a fornitori di servizi e a società terze che agiscono come responsabili del trattamento.", "only categories of recipients, no named third party"),
        (TP, "Tutte le nostre applicazioni sono state realizzate con il motore di gioco Unity3D. Nessun dato personale è raccolto.", "no recipients of personal data disclosed"),
        (CD, "I nostri servizi non sono rivolti a minori di 14 anni.", PASS),
        (CD, "Per i minori di 14 anni è necessario il consenso di chi esercita la responsabilità genitoriale.", PASS),
        (CD, "Non raccogliamo consapevolmente dati personali di bambini.", PASS),
        (CD, "Tutti i contenuti delle nostre applicazioni sono considerati adatti per tutte le età.", "no statement on children's data"),
        (CD, "Vendiamo giocattoli per bambini; i tuoi dati servono per la spedizione.", "children mentioned but no stance stated"),
        (CI, "Titolare del trattamento: Pizzeria Da Mario di Mario Rossi, Via Roma 5, 80100 Napoli, e-mail: info@pizzeriadamario.it", PASS),
        (OO, "Puoi opporti in ogni momento al trattamento per finalità di marketing scrivendo a privacy@pizzeriadamario.it.", PASS),
        (CD, "Il servizio è riservato ai maggiorenni.", PASS),
        (RL, "I dati verranno cancellati decorsi 24 mesi dalla raccolta.", PASS),
    ],
    "nl": [
        (CI, "Voorbeeld B.V., gevestigd aan Keizersgracht 100, 1015 AA Amsterdam, is verantwoordelijk voor de verwerking van persoonsgegevens. E-mail: privacy@voorbeeld.nl", PASS),
        (CI, "GWN+ (Gwen Jansen) is verantwoordelijk voor de verwerking van persoonsgegevens. Contact: gwen@gwnplus.be", PASS),
        (CI, "Als vzw De Brug verwerken wij persoonsgegevens van onze leden. Je kunt ons mailen via info@debrug.be.", PASS),
        (CI, "Voorbeeld B.V. verwerkt je persoonsgegevens. Heb je vragen, neem dan contact met ons op.", "contact channel announced but missing"),
        (CI, "[Bedrijfsnaam] is verantwoordelijk voor de verwerking. E-mail: info@webwinkel-voorbeeld.nl", "unfilled template placeholder"),
        (CI, "Voorbeeld B.V. verwerkt je persoonsgegevens. E-mail: privacy@example.com", "contact address at a reserved example domain"),
        (CI, "Voorbeeld B.V. verwerkt je gegevens. Je kunt een klacht indienen bij de Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag.", "only a supervisory authority's contact given"),
        (RL, "Wij bewaren je persoonsgegevens maximaal 2 jaar na afloop van de coaching.", PASS),
        (RL, "Berichten via het contactformulier worden na afhandeling verwijderd, uiterlijk binnen twaalf maanden.", PASS),
        (RL, "Wij bewaren je persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor je gegevens worden verzameld.", "retention mentioned but no limit stated"),
        (RL, "Je gegevens worden bewaard zolang je een account hebt.", "retention mentioned but no limit stated"),
        (RL, "De analytische cookies verlopen na 2 jaar.", "no retention period stated"),
        (RL, "Wij reageren binnen vier weken op je verzoek. Deze privacyverklaring geldt voor onze website.", "no retention period stated"),
        (RL, "Facturen bewaren wij minimaal zeven jaar.", "only a minimum retention period stated"),
        (OO, "Je kunt je op elk moment afmelden via de afmeldlink onderaan elke nieuwsbrief.", PASS),
        (OO, "Je kunt een verzoek tot intrekking van je toestemming of bezwaar sturen naar privacy@voorbeeld.nl.", PASS),
        (OO, "Je kunt cookies uitschakelen via de instellingen van je browser.", "opt-out mentioned but no path given"),
        (OO, "Je hebt het recht om je gegevens in te zien, te corrigeren en bezwaar te maken tegen de verwerking.", "opt-out mentioned but no path given"),
        (OO, "Wij gebruiken je e-mailadres om de orderbevestiging te sturen.", "no opt-out offered"),
        (TP, "Wij maken gebruik van Google Analytics om bij te houden hoe bezoekers de website gebruiken.", PASS),
        (TP, "Donaties worden verwerkt door Mollie B.V.", PASS),
        (TP, "Voor het uitgeven van pamperkaarten maken wij gebruik van een derde partij (Kind en Gezin).", PASS),
        (TP, "Wij delen je gegevens met de volgende partijen:", "announced list is empty"),
        (TP, "Wij verstrekken je gegevens alleen aan derden en verwerkers als dat nodig is voor de uitvoering van onze overeenkomst.", "only categories of recipients, no named third party"),
        (CD, "Onze website en/of dienst heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar.", PASS),
        (CD, "Kinderen onder de 16 jaar hebben toestemming van hun ouders of voogd nodig.", PASS),
        (CD, "Wij verkopen kinderboeken; je gegevens gebruiken wij voor de verzending.", "children mentioned but no stance stated"),
        (CD, "Het spel is geschikt voor alle leeftijden en verzamelt geen persoonsgegevens.", "no statement on children's data"),
        (CI, "De verwerkingsverantwoordelijke is Bakkerij Peeters BV, Kerkstraat 1, 2000 Antwerpen, info@bakkerijpeeters.be.", PASS),
        (OO, "Je kan je op elk moment uitschrijven via de link onderaan onze nieuwsbrief.", PASS),
        (CD, "Onze diensten zijn niet bedoeld voor kinderen jonger dan 13 jaar.", PASS),
        (TP, "Wij gebruiken geen trackingdiensten zoals Google Analytics.", "no recipients of personal data disclosed"),
    ],
}


# a neutral sentence with privacy vocabulary (a text without any is not a policy)
TAIL = {
    "de": "\nDiese Datenschutzerklärung gilt für unsere Website.",
    "fr": "\nCette politique de confidentialité s'applique à notre site.",
    "es": "\nEsta política de privacidad se aplica a nuestro sitio.",
    "pt": "\nEsta política de privacidade se aplica ao nosso site.",
    "it": "\nLa presente informativa sulla privacy riguarda il nostro sito.",
    "nl": "\nDeze privacyverklaring geldt voor onze website.",
}


def _config(lang):
    return dataclasses.replace(default_config(), language=lang)


def _cases():
    for lang, cases in CASES.items():
        for i, (check, text, want) in enumerate(cases):
            yield pytest.param(lang, check, text, want, id=f"{lang}-{check}-{i}")


@pytest.mark.parametrize("lang,check,text,want", list(_cases()))
def test_phrasing(lang, check, text, want):
    res = lint_text(text + TAIL[lang], "text", config=_config(lang)).check(check)
    if want == PASS:
        assert res.outcome == "pass", f"{lang} {check}: {text!r} gave {res.outcome}: {res.message} {res.reason or ''}"
    else:
        assert res.outcome == "fail", f"{lang} {check}: {text!r} gave {res.outcome}: {res.message}"
        assert res.message == want, f"{lang} {check}: {text!r}"


def test_every_language_has_a_pass_and_a_near_miss_per_check():
    for lang, cases in CASES.items():
        for check in (CI, RL, OO, TP, CD):
            outcomes = {want == PASS for c, _, want in cases if c == check}
            assert outcomes == {True, False}, f"{lang} {check}: needs a PASS case and a near-miss"


# ---------------------------------------------------------------- detection
SAMPLES = {
    "de": "Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Wir behandeln Ihre personenbezogenen Daten vertraulich und entsprechend der gesetzlichen Datenschutzvorschriften sowie dieser Datenschutzerklärung.",
    "fr": "Nous attachons une grande importance à la protection de vos données personnelles. Cette politique de confidentialité décrit les données que nous collectons et la manière dont nous les utilisons.",
    "es": "Nos tomamos muy en serio la protección de sus datos personales. Esta política de privacidad describe qué datos recogemos, con qué finalidad y cuáles son sus derechos.",
    "pt": "Levamos muito a sério a proteção dos seus dados pessoais. Esta política de privacidade descreve quais dados coletamos, para que os usamos e quais são os seus direitos.",
    "it": "Prendiamo molto sul serio la protezione dei tuoi dati personali. La presente informativa descrive quali dati raccogliamo, per quali finalità e quali sono i tuoi diritti.",
    "nl": "Wij nemen de bescherming van je persoonsgegevens zeer serieus. In deze privacyverklaring leggen wij uit welke gegevens wij verzamelen en waarvoor wij die gebruiken.",
    "en": "We take the protection of your personal data very seriously. This privacy policy explains which data we collect, why we collect it and what your rights are.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_language(lang):
    assert detect_language(SAMPLES[lang]) == lang


def test_addresses_are_not_words_of_a_language():
    """"com", "e" and "do" are Portuguese words: a list of e-mail addresses and
    URLs must not make an English policy Portuguese."""
    addresses = " ".join(f"user{i}.name@mail{i}.example-corp.com https://www.do-e.com/com/{i}" for i in range(200))
    text = SAMPLES["en"] + "\n\n" + "Contact any of our offices: " + addresses
    assert detect_language(text) == "en"
    assert lint_text(text).language == "en"


def test_page_chrome_in_another_language_does_not_decide():
    """A German policy inside an English site's navigation: the policy text decides."""
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a> <a href='/blog'>Our blog and the news</a>"
        " <a href='/shop'>Shop for the best products of the year</a></nav><main><h1>Datenschutzerklärung</h1><p>"
        + SAMPLES["de"] + "</p></main><footer>All rights reserved. The content of this site is owned by the authors and"
        " you may not copy it without their permission.</footer></body></html>"
    )
    res = lint_text(html, "html")
    assert res.language == "de"


def test_language_without_vocabulary_is_skipped_with_a_reason():
    text = "Ochrana osobních údajů. Aplikace neshromažďuje a nesdílí žádné osobní údaje. Tyto zásady jsou platné od roku 2024 a vztahují se na všechny uživatele."
    res = lint_text(text, "text")
    assert res.language == "cs"
    for c in res.checks:
        assert c.outcome == "skipped" and "vocabulary for language 'cs'" in c.reason


OTHER_LANGUAGES = {
    "sv": "Vi värnar om din integritet. I denna integritetspolicy förklarar vi hur vi samlar in och använder dina personuppgifter och vilka rättigheter du har enligt GDPR.",
    "pl": "Dbamy o ochronę Twoich danych osobowych. W niniejszej polityce prywatności wyjaśniamy, jakie dane zbieramy i w jakim celu oraz jakie prawa Ci przysługują (RODO, GDPR).",
    "ro": "Protejăm datele dumneavoastră cu caracter personal. Această politică de confidențialitate explică ce date colectăm, în ce scop și care sunt drepturile dumneavoastră conform GDPR.",
    "ru": "Мы заботимся о защите ваших персональных данных. В настоящей политике конфиденциальности (privacy policy) описано, какие данные мы собираем и с какой целью. " * 3,
    # short policies in other scripts, with an address and a Latin vendor name (no spaces around them in ja/zh)
    "ja": "株式会社アクメ（privacy@acme.co.jp）は、お客様の個人情報を適切に取り扱います。決済はStripeが処理します。",
    "zh": "本公司（privacy@acme.cn）重视您的个人信息和隐私保护。支付由Stripe处理。我们不会向第三方出售您的数据。",
    "ko": "주식회사 아크메(privacy@acme.kr)는 개인정보를 안전하게 처리합니다. 결제는 Stripe가 처리합니다.",
    "el": "Η Acme (privacy@acme.gr) σέβεται την ιδιωτικότητά σας και τα προσωπικά σας δεδομένα.",
    "ar": "تحترم شركة أكمي (privacy@acme.ae) خصوصيتك وتحمي بياناتك الشخصية وفقا للقانون.",
}


def test_a_name_in_another_script_does_not_change_an_english_policy():
    text = "Privacy policy. Δέλτα Ltd runs this app and keeps your personal data for 30 days, then deletes it."
    assert detect_language(text) == "en"


@pytest.mark.parametrize("lang", sorted(OTHER_LANGUAGES))
def test_languages_without_vocabulary_are_detected_and_skipped(lang):
    """Not read with another language's words (a wall of false fails): detected, and skipped with the reason."""
    res = lint_text(OTHER_LANGUAGES[lang], "text")
    assert res.language == lang
    assert all(c.outcome == "skipped" and f"vocabulary for language {lang!r}" in c.reason for c in res.checks)
