"""Children and ages per language for ``child-data-stance`` (English lives in
checks/child_data_stance.py): words for a child or minor, ages and age
thresholds, and the phrasings of each stance rule (not directed to children,
not knowingly collected, age requirement, parental consent, deletion on
discovery, a parent may have the data deleted).

Each language is a dict: CHILD (words), AGE (age/threshold fragments),
STANCE (rule name -> fragments; the rule names are the English ones),
NOT_A_STANCE, HEADING (section titles about children). Values are regex
fragments, case-insensitive; the check adds the English table to every
other language. ``G`` is a gap inside one sentence.
"""
from __future__ import annotations

G = r"[^.!?\n]"
_N = r"(?:\d{1,2})"

CHILDREN: dict[str, dict] = {
    "de": {
        "CHILD": (r"Kind", r"Kinder", r"Kindern", r"Kindes", r"Kinder\w+", r"Minderjährig\w*", r"Jugendlich\w*",
                  r"Heranwachsend\w*", r"Schüler\w*"),
        "AGE": (
            r"(?:unter|jünger\s+als|unterhalb\s+von)\s+(?:dem\s+Alter\s+von\s+)?" + _N + r"(?:\s+Jahren?)?",
            r"(?:über|ab|älter\s+als)\s+" + _N + r"\s+Jahren?", r"\d{1,2}\.\s+Lebensjahr\w*", r"Mindestalter\w*",
            r"Altersgrenze\w*", r"Altersbeschränkung\w*", r"Altersverifikation", r"volljährig\w*", r"Volljährigkeit",
            r"" + _N + r"\s+Jahre\s+alt", r"Alter\s+von\s+" + _N,
        ),
        "STANCE": {
            "not directed to children": (
                r"(?:richtet|richten|wendet|wenden)\s+sich\s+(?:\w+\s+){0,3}?nicht",
                r"nicht\s+(?:\w+\s+){0,3}?(?:bestimmt|gedacht|ausgerichtet|gerichtet|vorgesehen|konzipiert|geeignet|zugelassen)",
                r"(?:ausschließlich|nur|lediglich)\s+(?:für|an)\s+(?:\w+\s+)?(?:Erwachsene|Volljährige|Personen|Nutzer\w*)",
            ),
            "does not knowingly collect from children": (
                r"nicht\s+(?:\w+\s+){0,3}?(?:wissentlich|bewusst|absichtlich|vorsätzlich|gezielt)",
                r"(?:wissentlich|bewusst|absichtlich|gezielt)\s+(?:\w+\s+){0,4}?(?:keine|nicht)",
            ),
            "does not collect children's data": (
                r"\b(?:keine|nicht)\b" + G + r"{0,80}?\b(?:erhoben|erheben|gesammelt|sammeln|verarbeitet|verarbeiten|gespeichert|speichern|erfasst|erfassen)\b",
                r"\b(?:erheben|sammeln|verarbeiten|speichern|erfassen)\b" + G + r"{0,60}?\b(?:keine|nicht)\b",
            ),
            "age requirement": (
                r"(?:müssen|muss|musst)\s+(?:\w+\s+){0,4}?(?:mindestens|über|älter\s+als|volljährig|" + _N + r"\s+Jahre)",
                r"mindestens\s+" + _N + r"\s+Jahre", r"\d{1,2}\.\s+Lebensjahr\s+(?:\w+\s+)?vollendet",
                r"(?:dürfen|darf|darfst)\s+(?:\w+\s+){0,5}?(?:nicht|kein\w*)", r"nur\s+(?:\w+\s+){0,3}?ab\s+" + _N + r"\s+Jahren", r"ab\s+" + _N + r"\s+Jahren\s+(?:gestattet|erlaubt|zulässig|möglich)", r"nur\s+(?:\w+\s+)?(?:Volljährige|Erwachsene)",
                r"Altersverifikation|Alterskontrolle|Altersprüfung",
            ),
            "parental consent": (
                r"(?:Einwilligung|Zustimmung|Erlaubnis|Genehmigung|Einverständnis)\s+(?:\w+\s+){0,5}?(?:Eltern|Elternteil\w*|Erziehungsberechtigt\w*|gesetzlich\w*\s+Vertret\w*|Sorgeberechtigt\w*|Träger\w*\s+der\s+elterlichen)",
                r"(?:Eltern|Elternteil\w*|Erziehungsberechtigt\w*|Sorgeberechtigt\w*|gesetzlich\w*\s+Vertret\w*)\b" + G + r"{0,80}?\b(?:Einwilligung|Zustimmung|einwilligen|zustimmen|Erlaubnis|Einverständnis)",
            ),
            "deletion on discovery": (
                r"\b(?:erfahren|feststellen|festgestellt|bemerken|Kenntnis|bekannt\s+werden|bekannt\s+wird|herausstellen|stellt\s+sich\s+heraus)\b" + G + r"{0,200}?\b(?:lösch\w*|gelöscht|entfern\w*|sperr\w*)",
            ),
            "a parent may have a child's data deleted": (
                r"\b(?:Eltern|Elternteil\w*|Erziehungsberechtigt\w*)\b" + G + r"{0,200}?\b(?:Löschung|lösch\w*|kontaktier\w*|wenden|Kontakt)",
            ),
        },
        "NOT_A_STANCE": (r"für\s+(?:alle\s+Altersgruppen|jedes\s+Alter|die\s+ganze\s+Familie)", r"\bFSK\s?0\b", r"\bUSK\s?0\b"),
        "HEADING": (r"Kinder\w*", r"Minderjährig\w*", r"Jugendschutz", r"Altersgrenze\w*", r"Mindestalter"),
    },
    "fr": {
        "CHILD": (r"enfants?", r"mineure?s?", r"adolescents?", r"adolescentes?", r"jeunes\s+(?:utilisateurs|enfants|gens)"),
        "AGE": (
            r"(?:moins\s+de|de\s+moins\s+de|inférieur\w*\s+à|âgée?s?\s+de\s+moins\s+de)\s+" + _N + r"\s+ans",
            r"" + _N + r"\s+ans\s+(?:ou\s+plus|révolus|et\s+plus|minimum)", r"âge\s+(?:minimum|minimal|légal|requis)",
            r"majeure?s?\b", r"majorité", r"âgée?s?\s+d['’]au\s+moins", r"plus\s+de\s+" + _N + r"\s+ans",
        ),
        "STANCE": {
            "not directed to children": (
                r"(?:ne|n['’])\s?(?:s['’]adresse|s['’]adressent|est|sont)\s+pas\s+(?:\w+\s+){0,3}?(?:destiné|conçu|adressé|dirigé|prévu|réservé|orienté)\w*",
                r"ne\s+s['’]adresse(?:nt)?\s+pas",
                r"(?:réservée?s?|destinée?s?|s['’]adresse\w*)\s+(?:exclusivement\s+|uniquement\s+|seulement\s+)?aux?\s+(?:personnes\s+)?(?:adultes|majeur\w*|personnes\s+âgées)",
            ),
            "does not knowingly collect from children": (
                r"\b(?:sciemment|délibérément|intentionnellement|volontairement|en\s+connaissance\s+de\s+cause)\b",
            ),
            "does not collect children's data": (
                r"\b(?:ne|n['’])\s?(?:\w+\s+){0,2}?(?:collect|recueill|trait|conserv|sollicit|demand)\w*\s+(?:pas|jamais|aucune?)\b",
                r"\baucune\s+(?:donnée|information)\w*" + G + r"{0,60}?\b(?:collect|recueilli|traité)\w*",
            ),
            "age requirement": (
                r"(?:devez|doit|doivent|devrez|faut)\s+(?:\w+\s+){0,3}?(?:être\s+)?(?:âgé\w*|majeur\w*|avoir\s+(?:au\s+moins\s+)?" + _N + r"\s+ans)",
                r"avoir\s+au\s+moins\s+" + _N + r"\s+ans", r"seul\w*\s+les\s+(?:\w+\s+){0,2}?(?:âgé\w*\s+de|de\s+plus\s+de)\s+" + _N + r"\s+ans", r"âgée?s?\s+d['’]au\s+moins\s+" + _N,
                r"(?:ne\s+)?(?:doivent|doit|peuvent|peut|pouvez|devez)\s+pas\s+(?:utiliser|s['’]inscrire|créer|fournir|communiquer|transmettre|accéder)",
                r"réservée?s?\s+aux\s+(?:personnes\s+)?(?:majeur|adulte)\w*", r"interdite?s?\s+aux\s+mineurs",
            ),
            "parental consent": (
                r"(?:consentement|accord|autorisation|permission)\s+(?:[\w'’]+\s+){0,5}?(?:parent\w*|représentant\w*\s+légal\w*|titulaire\w*\s+de\s+l['’]autorité\s+parentale|tuteur\w*|responsable\w*\s+légal\w*)",
                r"(?:parent\w*|représentant\w*\s+légal\w*|tuteur\w*|titulaire\w*\s+de\s+l['’]autorité\s+parentale)\b" + G + r"{0,80}?\b(?:consent\w*|accord|autoris\w*)",
            ),
            "deletion on discovery": (
                r"\b(?:apprenons|apprenions|découvrons|découvrions|constatons|constations|avons\s+connaissance|prenons\s+connaissance|rendons\s+compte|informés?|averti\w*|s['’]avère)\b" + G + r"{0,200}?\b(?:supprim|effac|détrui)\w*",
            ),
            "a parent may have a child's data deleted": (
                r"\b(?:parents?|tuteurs?|représentants?\s+légaux?|représentant\s+légal)\b" + G + r"{0,200}?\b(?:suppression|supprim\w*|contact\w*|demander|effacement)",
            ),
        },
        "NOT_A_STANCE": (r"(?:adapté|convient|destiné)\w*\s+à\s+tous\s+les\s+âges", r"tout\s+public", r"tous\s+âges"),
        "HEADING": (r"enfants?", r"mineurs?", r"âge\s+minimum"),
    },
    "es": {
        "CHILD": (r"niños?", r"niñas?", r"menores", r"menor\s+de\s+edad", r"(?:un|una|el|la|del|al|ningún)\s+menor", r"adolescentes?", r"infantil\w*"),
        "AGE": (
            r"menores?\s+de\s+(?:" + _N + r"|catorce|dieciséis|trece|dieciocho)(?:\s+años)?", r"" + _N + r"\s+años\s+(?:de\s+edad|o\s+más|cumplidos)",
            r"mayor(?:es)?\s+de\s+(?:edad|" + _N + r")", r"edad\s+mínima", r"mayoría\s+de\s+edad",
        ),
        "STANCE": {
            "not directed to children": (
                r"\bno\s+(?:se\s+)?(?:\w+\s+){0,3}?(?:dirig|destin|diseñ|orient|pensad|conceb|enfoc)\w*",
                r"(?:únicamente|exclusivamente|solo|sólo)\s+(?:\w+\s+)?(?:para|a)\s+(?:personas\s+)?(?:mayores|adultos)",
            ),
            "does not knowingly collect from children": (
                r"\b(?:conscientemente|a\s+sabiendas|intencionadamente|intencionalmente|deliberadamente|de\s+forma\s+consciente|voluntariamente)\b",
            ),
            "does not collect children's data": (
                r"\bno\s+(?:\w+\s+){0,2}?(?:recopil|recog|recab|trat|solicit|almacen|obten|guard)\w*",
            ),
            "age requirement": (
                r"(?:debe|debes|deben|deberá|deberás|tiene\s+que|tienes\s+que|ha\s+de|es\s+necesario)\s+(?:\w+\s+){0,2}?(?:ser\s+mayor|tener\s+(?:al\s+menos\s+|como\s+mínimo\s+)?" + _N + r"\s+años)",
                r"\bno\s+(?:pueden|puede|podrán|podrá|deben|debe|deberán)\s+(?:utilizar|usar|registrarse|crear|proporcionar|facilitar|enviar|acceder)",
                r"(?:al\s+menos|como\s+mínimo)\s+" + _N + r"\s+años", r"solo\s+para\s+mayores",
            ),
            "parental consent": (
                r"(?:consentimiento|autorización|permiso)\s+(?:\w+\s+){0,5}?(?:padres?|madres?|tutor\w*|representante\w*\s+legal\w*|titulares?\s+de\s+la\s+patria\s+potestad)",
                r"(?:padres?|tutor\w*|representantes?\s+legal\w*|titulares?\s+de\s+la\s+patria\s+potestad)\b" + G + r"{0,80}?\b(?:consent\w*|autoriz\w*|permiso)",
            ),
            "deletion on discovery": (
                r"\b(?:descubrimos|descubramos|sabemos|tenemos\s+conocimiento|tengamos\s+conocimiento|detectamos|detectemos|nos\s+damos\s+cuenta|nos\s+enteramos|constatamos|se\s+detecta)\b" + G + r"{0,200}?\b(?:elimin|borr|suprim|destru)\w*",
            ),
            "a parent may have a child's data deleted": (
                r"\b(?:padres?|tutor\w*)\b" + G + r"{0,200}?\b(?:elimin|borr|supresión|suprim|contact)\w*",
            ),
        },
        "NOT_A_STANCE": (r"(?:apto|apta|adecuad\w*)\s+para\s+todas\s+las\s+edades", r"todos\s+los\s+públicos"),
        "HEADING": (r"menores", r"niños", r"menores\s+de\s+edad"),
    },
    "pt": {
        "CHILD": (r"crianças?", r"menores", r"menor\s+de\s+idade", r"(?:um|uma|o|a|do|da|de|nenhum)\s+menor", r"adolescentes?", r"infant\w*"),
        "AGE": (
            r"menores?\s+de\s+" + _N + r"(?:\s+anos)?", r"" + _N + r"\s+anos\s+(?:de\s+idade|ou\s+mais|completos)",
            r"maior(?:es)?\s+de\s+(?:idade|" + _N + r")", r"idade\s+mínima", r"maioridade",
        ),
        "STANCE": {
            "not directed to children": (
                r"\bnão\s+(?:se\s+)?(?:\w+\s+){0,3}?(?:direcion|destin|dirig|voltad|projet|conceb|pensad)\w*",
                r"\bnão\s+(?:\w+\s+){0,2}?(?:intenção|pretendemos|temos\s+a\s+intenção)",
                r"(?:apenas|somente|exclusivamente)\s+(?:\w+\s+)?(?:para|a)\s+(?:pessoas\s+)?(?:maiores|adultos)",
            ),
            "does not knowingly collect from children": (
                r"\b(?:conscientemente|intencionalmente|deliberadamente|propositalmente|de\s+forma\s+consciente|sabidamente)\b",
            ),
            "does not collect children's data": (r"\bnão\s+(?:\w+\s+){0,2}?(?:colet|recolh|solicit|armazen|trat|obt)\w*",),
            "age requirement": (
                r"(?:deve|devem|precisa|precisam|tem\s+que|têm\s+que)\s+(?:\w+\s+){0,2}?(?:ser\s+maior|ter\s+(?:pelo\s+menos\s+|no\s+mínimo\s+)?" + _N + r"\s+anos)",
                r"\bnão\s+(?:podem|pode|devem|deve|poderão)\s+(?:usar|utilizar|cadastrar|registrar|criar|fornecer|enviar|acessar)",
                r"(?:pelo\s+menos|no\s+mínimo)\s+" + _N + r"\s+anos",
            ),
            "parental consent": (
                r"(?:consentimento|autorização|permissão)\s+(?:\w+\s+){0,5}?(?:pais|pai|mãe|responsáve\w*|tutor\w*)",
                r"(?:pais|responsáve\w*\s+lega\w*|tutor\w*)\b" + G + r"{0,80}?\b(?:consent\w*|autoriz\w*|permiss\w*)",
            ),
            "deletion on discovery": (
                r"\b(?:descobrirmos|descobrimos|tomarmos\s+conhecimento|tomamos\s+conhecimento|soubermos|identificarmos|percebermos|constatarmos|comprovad\w*|verificarmos)\b" + G + r"{0,200}?\b(?:exclu|elimin|apag|remov|desativ|bloque|encerr)\w*",
            ),
            "a parent may have a child's data deleted": (
                r"\b(?:pais|responsáve\w*)\b" + G + r"{0,200}?\b(?:exclu|elimin|apag|remo|contat)\w*",
            ),
        },
        "NOT_A_STANCE": (r"(?:adequad\w*|apropriad\w*)\s+para\s+todas\s+as\s+idades", r"livre\s+para\s+todos\s+os\s+públicos"),
        "HEADING": (r"crianças", r"menores", r"privacidade\s+de\s+crianças"),
    },
    "it": {
        "CHILD": (r"bambin[oiae]", r"minori", r"minore", r"minorenn[ei]", r"ragazz[oiae]", r"adolescent[ei]", r"figli"),
        "AGE": (
            r"(?:minori\s+di|inferiore\s+a|meno\s+di|sotto\s+i)\s+" + _N + r"(?:\s+anni)?", r"" + _N + r"\s+anni\s+(?:di\s+età|compiuti)",
            r"maggiorenn\w*", r"maggiore\s+età", r"età\s+(?:minima|inferiore)", r"di\s+età\s+inferiore",
        ),
        "STANCE": {
            "not directed to children": (
                r"\bnon\s+(?:si\s+)?(?:\w+\s+){0,3}?(?:rivol|destin|indirizz|pensat|progett|concep|dirett)\w*",
                r"(?:riservat|destinat|rivolt)\w*\s+(?:esclusivamente\s+|solo\s+|unicamente\s+)?(?:a\s+|ai\s+|agli\s+)(?:maggiorenni|adulti)",
            ),
            "does not knowingly collect from children": (
                r"\b(?:consapevolmente|intenzionalmente|deliberatamente|volontariamente|scientemente|coscientemente)\b",
            ),
            "does not collect children's data": (r"\bnon\s+(?:\w+\s+){0,2}?(?:raccog|raccolt|trattiam|trattat|conserv|richied|acquis)\w*",),
            "age requirement": (
                r"(?:devi|deve|devono|è\s+necessario)\s+(?:\w+\s+){0,2}?(?:essere\s+maggiorenn|avere\s+(?:almeno\s+)?" + _N + r"\s+anni)",
                r"\bnon\s+(?:possono|può|devono|deve|potranno)\s+(?:utilizzare|usare|registrarsi|creare|fornire|inviare|accedere)",
                r"almeno\s+" + _N + r"\s+anni",
            ),
            "parental consent": (
                r"(?:consenso|autorizzazione|permesso)\s+(?:[\w'’]+\s+){0,5}?(?:genitor\w*|tutor\w*|esercent\w*\s+la\s+responsabilità\s+genitoriale|responsabilità\s+genitoriale)",
                r"(?:genitor\w*|tutor\w*|esercent\w*\s+la\s+responsabilità)\b" + G + r"{0,80}?\b(?:consens\w*|autorizz\w*|permess\w*)",
            ),
            "deletion on discovery": (
                r"\b(?:veniamo\s+a\s+conoscenza|venissimo\s+a\s+conoscenza|scopriamo|scoprissimo|apprendiamo|ci\s+accorgiamo|rileviamo|accertiamo)\b" + G + r"{0,200}?\b(?:cancell|elimin|rimuov|distrugg)\w*",
            ),
            "a parent may have a child's data deleted": (
                r"\b(?:genitor\w*|tutor\w*)\b" + G + r"{0,200}?\b(?:cancell|elimin|rimozion|contatt)\w*",
            ),
        },
        "NOT_A_STANCE": (r"adatt\w*\s+(?:per|a)\s+tutt[ei]", r"per\s+tutte\s+le\s+età"),
        "HEADING": (r"minori", r"bambini", r"minorenni"),
    },
    "nl": {
        "CHILD": (r"kind", r"kinderen", r"kinder\w+", r"minderjarig\w*", r"jongeren", r"tieners?", r"jeugd\w*"),
        "AGE": (
            r"(?:jonger\s+(?:zijn\s+|is\s+)?dan|onder\s+de|beneden\s+de)\s+" + _N + r"(?:\s+jaar)?", r"" + _N + r"\s+jaar\s+(?:of\s+ouder|en\s+ouder|oud)",
            r"meerderjarig\w*", r"minimumleeftijd", r"leeftijd\s+van\s+" + _N,
        ),
        "STANCE": {
            "not directed to children": (
                r"\bniet\s+(?:\w+\s+){0,3}?(?:bedoeld|gericht|bestemd|ontworpen|ontwikkeld|geschikt)",
                r"\bniet\s+de\s+(?:intentie|bedoeling)",
                r"(?:uitsluitend|alleen|enkel)\s+(?:\w+\s+)?(?:voor|bedoeld\s+voor)\s+(?:volwassenen|meerderjarigen)",
            ),
            "does not knowingly collect from children": (r"\b(?:bewust|willens\s+en\s+wetens|opzettelijk|doelbewust)\b",),
            "does not collect children's data": (r"\b(?:niet|geen)\b" + G + r"{0,60}?\b(?:verzamel|verwerk|vragen|opslaan|bewaren)\w*",),
            "age requirement": (
                r"(?:moet|moeten|dient|dienen)\s+(?:\w+\s+){0,3}?(?:minimaal|minstens|ten\s+minste|ouder\s+dan|meerderjarig|" + _N + r"\s+jaar)",
                r"\bmogen\s+(?:\w+\s+){0,3}?(?:niet|geen)", r"(?:minimaal|minstens|ten\s+minste)\s+" + _N + r"\s+jaar",
            ),
            "parental consent": (
                r"(?:toestemming|goedkeuring)\s+(?:\w+\s+){0,5}?(?:ouder\w*|voogd\w*|wettelijk\w*\s+vertegenwoordiger\w*)",
                r"(?:ouder\w*|voogd\w*|wettelijk\w*\s+vertegenwoordiger\w*)\b" + G + r"{0,80}?\b(?:toestemming|goedkeuring|akkoord)",
                r"\bmet\s+(?:u|hun\s+ouders?|je\s+ouders?|jouw\s+ouders?|een\s+ouder)\s+(?:\w+\s+)?(?:te\s+)?overleg\w*",
                r"\boverleg\w*\s+met\s+(?:hun|je|jouw|een)\s+(?:ouder\w*|voogd)",
            ),
            "deletion on discovery": (
                r"\b(?:ontdekken|vaststellen|merken|erachter\s+komen|komen\s+te\s+weten|overtuigd)\b" + G + r"{0,200}?\b(?:verwijder|wissen|vernietig)\w*",
            ),
            "a parent may have a child's data deleted": (r"\b(?:ouder\w*|voogd\w*)\b" + G + r"{0,200}?\b(?:verwijder\w*|contact)",),
        },
        "NOT_A_STANCE": (r"geschikt\s+voor\s+alle\s+leeftijden", r"voor\s+het\s+hele\s+gezin"),
        "HEADING": (r"kinderen", r"minderjarigen", r"ouders", r"leeftijd"),
    },
}
