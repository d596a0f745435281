"""Whole policies written the way the GDPR template generators of each
language write them (e-recht24 for German, the AP-style privacyverklaring for
Dutch, the AEPD "información básica" table for Spanish, a CNIL-style notice
for French, the iubenda/Garante structure for Italian, an LGPD notice for
Brazilian Portuguese), with the outcome each check must give."""
from __future__ import annotations

import pytest

from pytest_privacylint import lint_text

CHECKS = ("controller-identity", "retention-limit", "opt-out-path", "third-party-list", "child-data-stance")

POLICIES = {
    "de": (
        '# Datenschutzerklärung\n'
        '\n'
        '## 1. Datenschutz auf einen Blick\n'
        '\n'
        '### Allgemeine Hinweise\n'
        'Die folgenden Hinweise geben einen einfachen Überblick darüber, was mit Ihren personenbezogenen Daten passiert, wenn Sie diese Website besuchen.\n'
        '\n'
        '## 2. Hosting\n'
        'Wir hosten die Inhalte unserer Website bei folgendem Anbieter:\n'
        '\n'
        '### IONOS\n'
        'Anbieter ist die IONOS SE, Elgendorfer Str. 57, 56410 Montabaur (nachfolgend IONOS). Wenn Sie unsere Website besuchen, erfasst IONOS verschiedene Logfiles inklusive Ihrer IP-Adressen.\n'
        '\n'
        '## 3. Allgemeine Hinweise und Pflichtinformationen\n'
        '\n'
        '### Hinweis zur verantwortlichen Stelle\n'
        'Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:\n'
        '\n'
        'Bäckerei Sonnenkorn GmbH\n'
        'Hauptstraße 12\n'
        '79098 Freiburg\n'
        '\n'
        'Telefon: +49 761 123456\n'
        'E-Mail: info@sonnenkorn-baeckerei.de\n'
        '\n'
        '### Speicherdauer\n'
        'Soweit innerhalb dieser Datenschutzerklärung keine speziellere Speicherdauer genannt wurde, verbleiben Ihre personenbezogenen Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt. Wenn Sie ein berechtigtes Löschersuchen geltend machen oder eine Einwilligung zur Datenverarbeitung widerrufen, werden Ihre Daten gelöscht, sofern wir keine anderen rechtlich zulässigen Gründe für die Speicherung Ihrer personenbezogenen Daten haben (z. B. steuer- oder handelsrechtliche Aufbewahrungsfristen).\n'
        '\n'
        '### Widerruf Ihrer Einwilligung zur Datenverarbeitung\n'
        'Viele Datenverarbeitungsvorgänge sind nur mit Ihrer ausdrücklichen Einwilligung möglich. Sie können eine bereits erteilte Einwilligung jederzeit widerrufen. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Datenverarbeitung bleibt vom Widerruf unberührt.\n'
        '\n'
        '## 4. Datenerfassung auf dieser Website\n'
        '\n'
        '### Kontaktformular\n'
        'Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben aus dem Anfrageformular inklusive der von Ihnen dort angegebenen Kontaktdaten zwecks Bearbeitung der Anfrage und für den Fall von Anschlussfragen bei uns gespeichert. Die von Ihnen im Kontaktformular eingegebenen Daten verbleiben bei uns, bis Sie uns zur Löschung auffordern, Ihre Einwilligung zur Speicherung widerrufen oder der Zweck für die Datenspeicherung entfällt (z. B. nach abgeschlossener Bearbeitung Ihrer Anfrage).\n'
        '\n'
        '## 5. Newsletter\n'
        'Die erteilte Einwilligung zur Speicherung der Daten, der E-Mail-Adresse sowie deren Nutzung zum Versand des Newsletters können Sie jederzeit widerrufen, etwa über den "Austragen"-Link im Newsletter.\n'
    ),
    "es": (
        '# Política de privacidad\n'
        '\n'
        '## Información básica sobre protección de datos\n'
        'Responsable: Talleres Ruiz Hermanos S.L. (CIF B12345678), Calle Mayor 5, 50001 Zaragoza. Correo electrónico: lopd@talleresruiz.es\n'
        '\n'
        'Finalidad: gestionar las citas del taller y enviarle recordatorios.\n'
        '\n'
        'Legitimación: ejecución de un contrato y consentimiento del interesado.\n'
        '\n'
        'Destinatarios: no se cederán datos a terceros, salvo obligación legal.\n'
        '\n'
        'Derechos: puede ejercer sus derechos de acceso, rectificación, supresión, oposición y portabilidad enviando un correo a lopd@talleresruiz.es.\n'
        '\n'
        '## Conservación de los datos\n'
        'Los datos proporcionados se conservarán mientras se mantenga la relación comercial o durante los años necesarios para cumplir con las obligaciones legales.\n'
        '\n'
        '## Comunicaciones comerciales\n'
        'Si no desea recibir más comunicaciones comerciales, puede darse de baja respondiendo con la palabra BAJA a cualquiera de nuestros correos.\n'
    ),
    "fr": (
        '# Politique de confidentialité\n'
        '\n'
        '## Qui traite vos données ?\n'
        'Le responsable du traitement est la SARL Les Jardins de Margot, 8 rue des Lilas, 44000 Nantes, représentée par Margot Leroy.\n'
        '\n'
        '## Durée de conservation\n'
        'Les données relatives aux prospects sont conservées 3 ans à compter du dernier contact. Les données clients sont conservées pendant toute la durée de la relation contractuelle.\n'
        '\n'
        '## Destinataires\n'
        'Vos données sont destinées à nos services internes. Notre newsletter est envoyée avec Brevo (Sendinblue SAS), qui reçoit votre adresse e-mail.\n'
        '\n'
        '## Vos droits\n'
        "Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition. Pour exercer ces droits, écrivez à rgpd@jardins-margot.fr. Vous pouvez vous désinscrire de la newsletter à tout moment grâce au lien présent en bas de chaque e-mail.\n"
        '\n'
        '## Mineurs\n'
        'Nos services ne sont pas destinés aux enfants de moins de 15 ans.\n'
    ),
    "it": (
        '# Informativa sulla privacy\n'
        '\n'
        '## Titolare del Trattamento dei Dati\n'
        'Studio Dentistico Bianchi S.r.l. – Via Garibaldi 21, 10122 Torino\n'
        'Indirizzo email del Titolare: info@studiobianchi.it\n'
        '\n'
        '## Modalità e luogo del trattamento dei Dati raccolti\n'
        'I Dati sono trattati presso le sedi operative del Titolare. Il sito è ospitato da Aruba S.p.A.\n'
        '\n'
        '## Tempi\n'
        'I Dati sono trattati e conservati per il tempo richiesto dalle finalità per le quali sono stati raccolti.\n'
        '\n'
        "## Diritti dell'Utente\n"
        "Gli Utenti possono esercitare determinati diritti con riferimento ai Dati trattati dal Titolare. In particolare, l'Utente ha il diritto di opporsi al trattamento dei propri Dati. Per esercitare i diritti dell'Utente, gli Utenti possono indirizzare una richiesta agli estremi di contatto del Titolare indicati in questo documento.\n"
    ),
    "nl": (
        '# Privacyverklaring\n'
        '\n'
        'Fietsenwinkel De Trapper, gevestigd aan Dorpsstraat 4, 3581 AB Utrecht, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.\n'
        '\n'
        'Contactgegevens:\n'
        'https://www.detrapper-fietsen.nl\n'
        'Dorpsstraat 4, 3581 AB Utrecht\n'
        '+31 30 123 4567\n'
        '\n'
        '## Persoonsgegevens die wij verwerken\n'
        'Fietsenwinkel De Trapper verwerkt je persoonsgegevens doordat je gebruik maakt van onze diensten en/of omdat je deze gegevens zelf aan ons verstrekt. Voor- en achternaam, adresgegevens, telefoonnummer, e-mailadres.\n'
        '\n'
        '## Bijzondere en/of gevoelige persoonsgegevens die wij verwerken\n'
        'Onze website en/of dienst heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar. Tenzij ze toestemming hebben van ouders of voogd. Als je er van overtuigd bent dat wij zonder die toestemming persoonlijke gegevens hebben verzameld over een minderjarige, neem dan contact met ons op via info@detrapper-fietsen.nl, dan verwijderen wij deze informatie.\n'
        '\n'
        '## Hoe lang we persoonsgegevens bewaren\n'
        'Fietsenwinkel De Trapper bewaart je persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor je gegevens worden verzameld. Wij hanteren de volgende bewaartermijnen: facturen 7 jaar (fiscale bewaarplicht), klantgegevens 2 jaar na de laatste aankoop.\n'
        '\n'
        '## Delen van persoonsgegevens met derden\n'
        'Fietsenwinkel De Trapper verkoopt jouw gegevens niet aan derden en zal deze uitsluitend verstrekken indien dit nodig is voor de uitvoering van onze overeenkomst met jou of om te voldoen aan een wettelijke verplichting.\n'
        '\n'
        '## Gegevens inzien, aanpassen of verwijderen\n'
        'Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heb je het recht om je eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van jouw persoonsgegevens. Je kunt een verzoek tot inzage, correctie, verwijdering of verzoek tot intrekking van je toestemming of bezwaar op de verwerking van jouw persoonsgegevens sturen naar info@detrapper-fietsen.nl.\n'
    ),
    "pt": (
        '# Política de Privacidade\n'
        '\n'
        'A Padaria Pão Quente Ltda., inscrita no CNPJ 12.345.678/0001-90, com sede na Rua das Acácias, 100, Belo Horizonte/MG, é a controladora dos seus dados pessoais.\n'
        '\n'
        '## Dados coletados\n'
        'Coletamos nome, e-mail e telefone quando você faz um pedido pelo site.\n'
        '\n'
        '## Compartilhamento\n'
        'Os pagamentos são processados pelo Mercado Pago. Não vendemos seus dados.\n'
        '\n'
        '## Retenção\n'
        'Os dados dos pedidos são mantidos por 5 anos para cumprimento de obrigações fiscais.\n'
        '\n'
        '## Seus direitos\n'
        'Você pode solicitar acesso, correção ou eliminação dos seus dados e revogar o seu consentimento pelo e-mail privacidade@paoquente.com.br.\n'
        '\n'
        '## Crianças\n'
        'Nosso site não é direcionado a menores de 18 anos.\n'
    ),
}

# expected outcome per check, in CHECKS order
EXPECTED = {
    "de": ('pass', 'fail', 'pass', 'pass', 'fail'),
    "es": ('pass', 'fail', 'pass', 'fail', 'fail'),
    "fr": ('pass', 'pass', 'pass', 'pass', 'pass'),
    "it": ('pass', 'fail', 'pass', 'pass', 'fail'),
    "nl": ('pass', 'pass', 'pass', 'fail', 'pass'),
    "pt": ('pass', 'pass', 'pass', 'pass', 'pass'),
}



@pytest.mark.parametrize("lang", sorted(POLICIES))
def test_template_policy(lang):
    res = lint_text("".join(POLICIES[lang]), "markdown")
    assert res.language == lang
    got = tuple(res.check(c).outcome for c in CHECKS)
    assert got == EXPECTED[lang], [(c, g, res.check(c).message) for c, g, w in zip(CHECKS, got, EXPECTED[lang]) if g != w]
