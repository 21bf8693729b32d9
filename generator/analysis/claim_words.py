"""The words the claim check reads, per language: negation, figures, units, opposites, places.

Data, not rules: each table is text, one entry a line or a space-separated list, so a language
is added by adding its lines. Languages: en de fr es it nl pt. `claim_sentence.py` and
`claim_swapped_places.py` read them.
Words are matched lower-cased, with accents kept ("não", "über").
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")

# Words that negate what follows them ("did not block", "nicht verifizieren", "n'a pas").
NEGATIONS = {
    "en": "not n't never no none nobody nothing neither nor cannot",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals weder niemand nichts",
    "fr": "pas jamais aucun aucune ni personne rien",
    "es": "no nunca jamás ningún ninguna ninguno ni nadie nada",
    "it": "non mai nessun nessuno nessuna né niente nulla",
    "nl": "niet geen nooit niemand niets noch",
    "pt": "não nunca jamais nenhum nenhuma nem ninguém nada",
}
# Verbs that negate the verb after them ("declined to comment", "refused to confirm").
NEGATING_VERBS = {
    "en": "declined declines decline refused refuses refuse failed fails fail",
    "de": "weigerte weigerten verweigerte",
    "fr": "refusé refuse refusent",
    "es": "negó negaron rehusó",
    "it": "rifiutato rifiuta rifiutano",
    "nl": "weigerde weigerden weigert",
    "pt": "recusou recusaram",
}
# Two words that start no negation though the first is a negation ("not only", "nicht nur").
NOT_NEGATING = {
    "en": "not only|not just|not merely|no doubt|no longer than|not least",
    "de": "nicht nur|nicht zuletzt",
    "fr": "non seulement|pas seulement",
    "es": "no solo|no sólo|no solamente",
    "it": "non solo|non soltanto",
    "nl": "niet alleen|niet enkel",
    "pt": "não só|não apenas|não somente",
}
# Words joining two alternatives a negation covers alike ("not a security incident or
# cyberattack", "kein Unfall oder Anschlag", "weder ein Unfall noch ein Anschlag"): the first
# content word after one is negated too. "word:cue,cue" counts the word only after one of those
# cues (Dutch "of" is also "whether": "niet duidelijk of ..." negates nothing after it; German
# "noch" is also "still"). A language's own repeated negation ("nor", "ni ... ni", "né ... né")
# is in NEGATIONS already.
DISJUNCTIONS = {
    "en": "or",
    "de": "oder noch:weder",
    "fr": "ou",
    "es": "o u",
    "it": "o oppure",
    "nl": "of:geen,noch",
    "pt": "ou",
}
# Words after which a disjunction joins what is asked or conditioned, not two negated things
# ("not clear whether it was an accident or an attack").
NOT_DISJOINED = {
    "en": "whether if",
    "de": "ob wenn",
    "fr": "si",
    "es": "si",
    "it": "se",
    "nl": "als",
    "pt": "se",
}
# Words between a negation and the verb it negates ("not immediately clear", "nicht sofort").
SKIPPED_AFTER_NEGATION = {
    "en": "immediately yet independently also even always fully directly necessarily ever be been "
    "being have has had do does did one",
    "de": "sofort zunächst noch unabhängig auch immer direkt mehr",
    "fr": "encore immédiatement indépendamment toujours",
    "es": "todavía aún inmediatamente independientemente",
    "it": "ancora subito immediatamente indipendentemente",
    "nl": "nog direct onmiddellijk onafhankelijk ook meteen",
    "pt": "ainda imediatamente independentemente",
}

# Verbs of believing, thinking and expecting: a negation on one is of what is believed ("we do not
# believe there were survivors" says there were none, "wir glauben nicht, dass ..."), so nothing
# after the verb is read as stated or negated (negation raising). Word forms, lower-cased.
RAISING_VERBS = {
    "en": "believe believes believed think thinks thought expect expects expected suppose supposes "
    "supposed imagine imagines",
    "de": "glaube glauben glaubt glaubte glaubten denke denken denkt dachte dachten erwarte erwarten "
    "erwartet erwartete erwarteten vermute vermuten vermutet meine meinen meint meinte",
    "fr": "crois croit croyons croyez croient croyait croyaient cru pense penses pensons pensez "
    "pensent pensait pensaient pensé attend attendait imagine imaginons",
    "es": "creo cree creemos creen creía creían creyó pienso piensa pensamos piensan pensaba "
    "espera esperamos esperan esperaba esperaban esperaría imagino",
    "it": "credo crede crediamo credono credeva pensiamo penso pensa pensano pensava ritengo "
    "ritiene riteniamo ritengono prevede prevedono aspetta aspettano",
    "nl": "geloof gelooft geloven geloofde geloofden denk denkt denken dacht dachten verwacht "
    "verwachten verwachtte verwachtten",
    "pt": "acredito acredita acreditamos acreditam acreditava acho acha achamos acham penso pensa "
    "pensamos pensam espera esperamos esperam esperava",
}

# Indefinite pronouns a negation may fall on ("could not say anything"): the negation is of the
# verb before them, so a sentence that merely uses the pronoun ("residents who see anything
# suspicious") states nothing the point negates.
INDEFINITES = {
    "en": "anything anyone anybody anywhere any something someone somebody somewhere everything "
    "everyone everybody nothing nobody",
    "de": "etwas irgendetwas irgendwas jemand jemanden irgendjemand alles nichts niemand",
    "fr": "rien personne quelque quelqu'un quiconque tout",
    "es": "nada nadie algo alguien cualquier cualquiera todo",
    "it": "niente nulla nessuno qualcosa qualcuno qualsiasi tutto",
    "nl": "iets iemand niets niemand alles",
    "pt": "nada ninguém algo alguém qualquer tudo",
}

# Number words, value after the colon; each word a value of its own ("twenty" 20, "eight" 8).
# "one" is left out: it is a pronoun more often than a figure ("one of the officials").
NUMBER_WORDS = {
    "en": "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 "
    "thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 "
    "thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 thousand:1000 "
    "dozen:12 half:0.5",
    "de": "zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 "
    "dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 "
    "zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 "
    "hundert:100 tausend:1000 dutzend:12 halbe:0.5",
    "fr": "deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 "
    "treize:13 quatorze:14 quinze:15 seize:16 vingt:20 trente:30 quarante:40 cinquante:50 "
    "soixante:60 cent:100 mille:1000 douzaine:12 demi:0.5 demie:0.5",
    "es": "dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 "
    "trece:13 catorce:14 quince:15 veinte:20 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 "
    "setenta:70 ochenta:80 noventa:90 cien:100 ciento:100 mil:1000 docena:12 media:0.5",
    "it": "due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 "
    "tredici:13 quattordici:14 quindici:15 venti:20 trenta:30 quaranta:40 cinquanta:50 "
    "sessanta:60 settanta:70 ottanta:80 novanta:90 cento:100 mille:1000 dozzina:12 mezz:0.5 mezza:0.5",
    "nl": "twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 elf:11 twaalf:12 "
    "dertien:13 veertien:14 vijftien:15 zestien:16 zeventien:17 achttien:18 negentien:19 "
    "twintig:20 dertig:30 veertig:40 vijftig:50 zestig:60 zeventig:70 tachtig:80 negentig:90 "
    "honderd:100 duizend:1000 dozijn:12 half:0.5",
    "pt": "dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 "
    "treze:13 catorze:14 quatorze:14 quinze:15 vinte:20 trinta:30 quarenta:40 cinquenta:50 "
    "sessenta:60 setenta:70 oitenta:80 noventa:90 cem:100 mil:1000 dúzia:12 meia:0.5",
}
# Words after a figure that multiply it ("35 billion", "10.000" is written out elsewhere).
SCALES = {
    "en": "thousand:1e3 million:1e6 millions:1e6 mn:1e6 billion:1e9 billions:1e9 bn:1e9 trillion:1e12",
    "de": "tausend:1e3 million:1e6 millionen:1e6 mio:1e6 milliarde:1e9 milliarden:1e9 mrd:1e9 "
    "billion:1e12 billionen:1e12",
    "fr": "mille:1e3 million:1e6 millions:1e6 milliard:1e9 milliards:1e9",
    "es": "mil:1e3 millón:1e6 millones:1e6 billón:1e12 billones:1e12",
    "it": "mila:1e3 milione:1e6 milioni:1e6 miliardo:1e9 miliardi:1e9",
    "nl": "duizend:1e3 miljoen:1e6 miljoenen:1e6 miljard:1e9 miljarden:1e9",
    "pt": "mil:1e3 milhão:1e6 milhões:1e6 bilhão:1e9 bilhões:1e9",
}
# Words that make one of a scale word after them ("a million", "eine Million", "plus d'un million").
# A scale word written alone after one is read as that scale; "one" is no number word on its own
# (see NUMBER_WORDS), only before a scale word.
ONE = {
    "en": "a an one",
    "de": "eine ein einer einen einem",
    "fr": "un une d'un d'une",
    "es": "un una",
    "it": "un uno una",
    "nl": "een één",
    "pt": "um uma",
}
# Words before a figure that make it a bound or an estimate ("at least 118", "rund 50.000").
AT_LEAST = {
    "en": "at least|more than|over|above|upwards of|in excess of|exceeding|no fewer than|no less than",
    "de": "mindestens|mehr als|über|wenigstens",
    "fr": "au moins|plus de|plus d'|au-delà de",
    "es": "al menos|más de|por lo menos|como mínimo",
    "it": "almeno|più di|oltre",
    "nl": "minstens|meer dan|ten minste|tenminste",
    "pt": "pelo menos|mais de|ao menos|no mínimo",
}
AT_MOST = {
    "en": "less than|fewer than|under|below|up to|at most|no more than",
    "de": "weniger als|bis zu|höchstens|unter",
    "fr": "moins de|moins d'|jusqu'à|au plus",
    "es": "menos de|hasta|como máximo",
    "it": "meno di|fino a|al massimo",
    "nl": "minder dan|tot|hooguit|maximaal",
    "pt": "menos de|até|no máximo",
}
ABOUT = {
    "en": "about|some|around|approximately|roughly|an estimated|estimated|circa",
    "de": "etwa|rund|ungefähr|circa|zirka|annähernd",
    "fr": "environ|quelque|approximativement|autour de",
    "es": "unos|unas|cerca de|alrededor de|aproximadamente",
    "it": "circa|intorno a|approssimativamente",
    "nl": "ongeveer|circa|zo'n|rond|ruwweg",
    "pt": "cerca de|aproximadamente|uns|umas|por volta de",
}
# A little over or under the figure ("just over 10 miles", "nearly 50,000", "knapp 100").
JUST_OVER = {
    "en": "just over|slightly more than|just above|a little over|a little more than",
    "de": "knapp über|etwas mehr als|gut",
    "fr": "un peu plus de|légèrement plus de",
    "es": "poco más de|algo más de",
    "it": "poco più di|appena oltre",
    "nl": "iets meer dan|net meer dan|ruim",
    "pt": "pouco mais de|um pouco mais de",
}
JUST_UNDER = {
    "en": "just under|slightly less than|just below|nearly|almost|close to",
    "de": "knapp|fast|beinahe|knapp unter",
    "fr": "près de|presque|un peu moins de",
    "es": "casi|poco menos de",
    "it": "quasi|poco meno di",
    "nl": "bijna|net minder dan|iets minder dan",
    "pt": "quase|pouco menos de",
}
# Units: word, then dimension and the factor to its base unit (metre, hour, kilogram, percent).
# A figure of one currency is never compared with one of another.
UNITS = """
length 1000: km kilometre kilometres kilometer kilometers kilomètre kilomètres kilómetro kilómetros
    chilometro chilometri quilómetro quilómetros quilômetro quilômetros
length 1609.344: mile miles meile meilen millas milla miglia miglio mijl mijlen milhas milha mi
length 1: metre metres meter meters mètre mètres metro metros metri
length 0.3048: feet foot ft fuß
time 0.000277778: second seconds sekunde sekunden seconde secondes segundo segundos secondo secondi
    seconden
time 0.0166667: minute minutes min mins minuten minuto minutos minuti minuut
time 1: hour hours hr hrs stunde stunden heure heures hora horas ora ore uur
time 24: day days tag tage tagen jour jours día días giorno giorni dag dagen dia dias
time 168: week weeks woche wochen semaine semaines semana semanas settimana settimane weken
time 730.5: month months monat monate monaten mois mes meses mese mesi maand maanden mês
time 8766: year years jahr jahre jahren an ans année années año años anno anni jaar jaren ano anos
percent 1: % percent per-cent prozent pourcent porciento percento procent porcento
mass 1: kg kilogram kilograms kilogramme kilogrammes kilogramm kilo kilos
mass 1000: tonne tonnes ton tons tonnen
money-usd 1: $ us$ dollar dollars dólar dólares dollari dollaro
money-eur 1: € euro euros
money-gbp 1: £ sterling
money-cny 1: yuan renminbi
money-rub 1: rouble roubles ruble rubles rubel
magnitude 1: magnitude magnitud magnitudo stärke kracht
"""
# Words joined into one unit word before lookup ("per cent" -> "per-cent").
UNIT_PHRASES = "per cent|pour cent|por ciento|per cento|por cento"
# Words that stand between a figure and its unit ("half an hour", "eine halbe Stunde").
UNIT_ARTICLES = "a an ein eine einer un une una uno een um uma"
# Month names: a figure next to one is a date, not compared.
MONTHS = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz mai juni juli oktober dezember
janvier février mars avril juin juillet août septembre octobre novembre décembre
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
januari februari maart mei augustus
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
"""

# Days of the week, Monday to Sunday, one language a line: a day is a date the point gives, which
# evidence must give too ("on Tuesday" is not evidenced by "on Wednesday", nor by no day).
WEEKDAYS = """
monday tuesday wednesday thursday friday saturday sunday
montag dienstag mittwoch donnerstag freitag samstag sonntag
lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles jueves viernes sábado domingo
lunedì martedì mercoledì giovedì venerdì sabato domenica
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
"""

# Verbs of opposite sense, one pair of groups a line ("upgraded" against "downgraded"). Any word
# of the left group against any of the right, either way round.
OPPOSITES = {
    "en": """
        upgrade upgraded upgrades | downgrade downgraded downgrades
        condemn condemned condemns criticise criticised criticize criticized denounced | applaud applauded
        condemn condemned condemns criticised criticized denounced | praise praised welcome welcomed hailed
        confirm confirmed confirms | deny denied denies
        halt halted suspended stopped called-off | underway continued continuing resumed
        approve approved approves | reject rejected rejects veto vetoed
        allow allowed allows permit permitted authorise authorised authorize authorized | ban banned
        allow allowed permitted authorised authorized | forbid forbade forbidden prohibit prohibited
        allow allowed permitted authorised authorized | block blocked
        win won wins | lose lost loses
        acquitted | convicted
        survived survive | killed died
        increase increased raised | decrease decreased cut reduced lowered
        lift lifted lifts | impose imposed imposes
        minor slight | colossal extensive massive severe
    """,
    "de": """
        hochgestuft | herabgestuft
        verurteilte kritisierte | begrüßte lobte
        bestätigte bestätigt | dementierte bestritt
        genehmigte erlaubte erlaubt | verbot verboten untersagte
        gewann | verlor
        erhöhte erhöht angehoben hob | senkte gesenkt herabgesetzt verringerte verringert
        geringfügig geringfügige | massiv massive enorm enorme
    """,
    "fr": """
        confirmé confirme | démenti dément nié
        autorisé autorise | interdit
        condamné | salué
        relevé rehaussé augmenté | abaissé baissé diminué réduit
        mineurs mineures légers | colossaux considérables
    """,
    "es": """
        confirmó | negó desmintió
        autorizó | prohibió
        condenó | elogió celebró
    """,
    "it": """
        confermato conferma | smentito negato
        autorizzato | vietato
        condannato | elogiato
    """,
    "nl": """
        bevestigd bevestigde | ontkend ontkende
        toegestaan | verboden
        veroordeeld | geprezen
    """,
    "pt": """
        confirmou | negou desmentiu
        autorizou | proibiu
        condenou | elogiou
    """,
}
# Words of one meaning for lining a negated verb up with the point's ("could not confirm" says
# the point's "verified" was not done; "declined to comment" that "confirmed" was not).
SAME_SENSE = {
    "en": "confirm verify comment | kill die dead death | injure wound | soldier troop",
    "de": "bestätigen verifizieren kommentieren",
    "fr": "confirmer vérifier commenter",
    "es": "confirmar verificar comentar",
    "it": "confermare verificare commentare",
    "nl": "bevestigen verifiëren becommentariëren",
    "pt": "confirmar verificar comentar",
}

# Adjectives of countries whose country name does not start them (or is not in CLDR's English
# names): "Dutch" -> NL. Regular ones ("Russian", "Ukrainian", "North Korean") are found from
# the name itself. Code, then the words.
DEMONYMS = """
US: American Americans U.S. US USA America United-States Washington
GB: British Briton Britons UK U.K. Britain English Scottish Welsh
NL: Dutch Netherlands Holland
FR: French Frenchman
DE: German Germans
CH: Swiss
CN: Chinese
JP: Japanese
VN: Vietnamese
PT: Portuguese
PH: Filipino Philippine
PL: Polish Pole Poles
TR: Turkish Turk Turks Türkiye
FI: Finnish Finn Finns
SE: Swedish Swede Swedes
DK: Danish Dane Danes
IE: Irish
ES: Spanish Spaniard Spaniards
GR: Greek Greeks
IL: Israeli Israelis
PK: Pakistani Pakistanis
BD: Bangladeshi
IQ: Iraqi Iraqis
KW: Kuwaiti
SA: Saudi Saudis
AE: Emirati UAE
YE: Yemeni Yemenis
AF: Afghan Afghans
TH: Thai
CZ: Czech Czechs
KP: DPRK Pyongyang
KR: Seoul
BY: Belarusian Belarusians Belarussian Minsk
RU: Moscow Kremlin
UA: Kyiv Kiev
IR: Tehran
"""
# Capitals that are also the names of other places or of people, so not read as their country
# (`places._capitals`), one a line.
SHARED_CAPITALS = """
Tripoli
Santiago
Victoria
Kingston
San Jose
San Juan
Georgetown
Hamilton
Sucre
Lima
"""
# Words of a subdivision's name in ISO 3166-2 that name its kind, not the place ("Gansu Sheng").
SUBDIVISION_KINDS = """
sheng shi zizhiqu huizu zhuangzu uygur sar province oblast oblast' kray respublika state region
prefecture county district governorate department land avtonomnyy avtonomnaya okrug respublika
"""
# Endings of transliterated Slavic adjectives that name a region after its town or people
# ("Vladimirskaya oblast'" is the Vladimir region, "Kurskaya" Kursk, "Yamalo-Nenetskiy" the
# Yamalo-Nenets: each ending dropped gives a name to try); and the words that say "region"
# after such a name in the claim check's languages ("the Vladimir region", "Kursk Oblast";
# "Region Twer" is not read).
ADJECTIVAL_ENDINGS = "skaya skiy skij aya iy kaya kiy"
REGION_WORDS = """
region oblast krai kray district province okrug territory area regione provincia région
gebiet bezirk región regio região distretto
"""
