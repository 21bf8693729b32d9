"""The words of a paywall, a subscription or donation appeal and a radio's promotion, in the
languages ingest reads (see `furniture_words`): regular expression fragments used by `prompts`.
A notice must be short or the site's own ('already a subscriber?'), so a news sentence about
subscriptions stays.
"""

from __future__ import annotations

PAYWALL_OTHER = r"""
    | \bjetzt\ (?:abonnieren|weiterlesen|freischalten)\b | \bartikel\ freischalten\b
    | \bdieser\ artikel\ ist\ (?:nur|exklusiv)\ für\ abonnenten\b | \bbereits\ abonnent\b
    | \bdéjà\ abonné\b | \babonnez-vous\ pour\ lire\b
    | \bya\ eres\ suscriptor\b
    | \bsuscríbete\ para\ (?:seguir|continuar)\ leyendo\b
    | \bsei\ già\ abbonato\b | \babbonati\ per\ continuare\b
    | \bben\ je\ al\ abonnee\b | \bword\ abonnee\b
    | \bjá\ é\ assinante\b | \bassine\ para\ continuar\b | \bconteúdo\ exclusivo\ para\ assinantes\b
    | 有料会員限定 | 会員限定記事 | 続きを読むには
"""
PAYWALL_SHORT = r"""
    lee\ sin\ l[ií]mites | leer\ sin\ l[ií]mites | lire\ sans\ limite | lecture\ illimitée
    | unbegrenzt\ lesen | leggi\ senza\ limiti | onbeperkt\ (?:lezen|toegang) | leia\ sem\ limites
    | ler\ sem\ limites | read\ without\ limits | unlimited\ reading | acceso\ ilimitado
    | accesso\ illimitato | accès\ illimité | acesso\ ilimitado
    | (?:accès|acceso|accesso|zugang|acesso|access)
      \ (?:requis|réservé|requerido|restringido|riservato|erforderlich|gesperrt|restrito|required|restricted)
    | (?:continue|keep)\ reading\ with\ \S+ | weiterlesen\ mit\ \S+ | mit\ \S+\ weiterlesen
    | (?:continuer\ (?:à\ lire|la\ lecture)|lire\ la\ suite)\ avec\ \S+
    | (?:seguir|continuar)\ leyendo\ con\ \S+
    | continua\ a\ leggere\ con\ \S+ | (?:verder\ lezen|lees\ verder)\ met\ \S+
    | (?:continuar\ a\ ler|continue\ lendo)\ com\ \S+
"""
SUBSCRIPTION_NOUNS = (  # a subscription, in the eight languages (compounds: 'Digitalabonnement'); no \b
    r"subscription|suscripci[oó]n|\w*abonnement|abo\b|abbonamento|assinatura|subscrição"
)
SUBSCRIBER_NOUNS = (  # a paying reader, in the eight languages (German compounds: 'Digitalabonnenten')
    r"(?:subscribers?|suscriptor(?:es|as?)?|assinantes?|abonné(?:e|s|es)?|\w*abonnent(?:en|in)?|abbonat[oi]"
    r"|abonnees?)\b"
)
SHORT_LINE = (
    r"^(?=.{0,100}$).*?"  # the whole line is 100 characters at most: a notice, not a sentence of news
)
PAYWALL_MORE = (
    r"""
    | \bpour\ lire\ la\ suite\b | \bla\ suite\ (?:de\ cet\ article\ )?est\ réservée\b
    | \bum\ (?:weiterzulesen|den\ (?:ganzen\ |vollständigen\ )?artikel\ (?:weiter\ )?zu\ lesen)\b
    | \bpara\ (?:seguir|continuar)\ leyendo\b | \bpara\ leer\ (?:el\ resto|la\ noticia\ completa)\b
    | \bper\ (?:continuare\ a\ )?leggere\ (?:tutto|l'articolo|il\ resto|la\ notizia)\b
    | \bom\ (?:verder\ te\ lezen|dit\ (?:hele\ )?artikel\ te\ lezen)\b
    | \bpara\ continuar\ (?:a\ ler|lendo)\b | \bpara\ ler\ (?:o\ resto|a\ notícia|este\ artigo)\b
    | \bto\ read\ (?:the\ )?(?:full|rest|whole|entire)\ (?:of\ )?(?:this\ )?(?:article|story)\b
    | この記事は(?:有料|会員) | 続きは(?:有料|会員|ログイン) | 読み放題 | 有料会員の方
    | \d+[カか]月無料 | 初月無料 | 無料体験
    | 残り\d+文字 | \bil\ (?:vous\ )?reste\ \d+\s?%\ de\ (?:l'|cet\ )article\ à\ lire\b
    | \b\d[\d,.]*\ (?:characters|words)\ (?:left|remaining)\b
"""
    + (  # who may read, as a class: the reader told to be a subscriber
        r"""
    | """
        + SHORT_LINE
        + r"""\b(?:necesitas|tienes\ que|debes|você\ precisa|precisa|vous\ devez|devi|du\ musst
       |sie\ müssen|je\ moet|you\ (?:need|have)\ to)\ (?:ser|être|essere|sein|zijn|be)
      \ (?:(?:an?|un|uno|una|um|uma|ein)\ )?"""
        + SUBSCRIBER_NOUNS
        + r"""
    | \b(?:bereits|schon)\ \w*abonnent\b
    # the reader asked, in the line's first words, whether they want to read on
    | ^¿?(?:(?:do|would)\ you\ |sie\ |vous\ |tu\ |je\ |você\ |u\ )?
      (?:want|wish|möchten|willst|wollen|désirez|voulez|veux|quieres|quiere|desea|vuoi|vuole|desideri|wil|wilt
       |quer|deseja|souhaitez|souhaites)\b
      [^?]{0,30}\b(?:reading|weiterlesen|la\ suite|leyendo|leggere|lezen|ler|lendo)\ ?\?\s*$
    | 会員(?:限定|専用) | 会員登録が必要 | 有料会員になると
"""
    )
)
PAYWALL_WHO_MAY = (  # who may read or use something: words a news sentence uses of a club or a service too
    r"""
    \b(?:subscribers?|members?)\ only\b | \bfor\ (?:our\ )?(?:subscribers|members)\b.{0,20}\bonly\b
    | \bunlimited\ (?:digital\ )?access\b | \bcancel\ any\ ?time\b
    | \bréservé\ aux\ abonnés\b | \bexclusivo\ para\ (?:suscriptores|assinantes|socios)\b
    | \briservato\ agli\ abbonati\b | \balleen\ voor\ abonnees\b
    | """
    + SHORT_LINE
    + r"""\b(?:content|contenido|conteúdo|contenu|inhalt|contenuto|inhoud|exclusiv[aeo]?s?
       |exclusi(?:ve|f|ef)|reservad[ao]s?|réservée?s?|riservat[aoi]|reserved|only|solo|sólo|só|apenas|nur|uniquement|alleen)
      \ (?:para|pour|für|per|voor|for|aux|agli|ai|a\ los|aos)
      \ (?:(?:our|nuestros|nossos|nos|unsere|i\ nostri|onze)\ )?"""
    + SUBSCRIBER_NOUNS
)
PAGE_THINGS = (  # what a page keeps for its subscribers: its content, its articles, a feature
    r"content|contenido|conteúdo|contenu|inhalt|contenuto|inhoud|article|artículo|artigo|artikel|articolo"
    r"|story|noticia|notícia|notizia|funcionalidad|funcionalidade|fonctionnalité|funktion|funzione|functie"
    r"|feature|función|função|fonction|comentar|commenter|kommentieren|commentare|reageren|suite|resto"
)
FREE_ARTICLE = r"""  # a box's notice that the article is free to read: no paywall, whatever the box says
    ^(?:cet\ article\ est\ (?:en\ )?(?:libre\ d'accès|accès\ libre|gratuit)
    | this\ (?:article|story)\ is\ free\ to\ read
    | dieser\ artikel\ ist\ (?:kostenlos|frei\ zugänglich|gratis)
    | este\ artículo\ es\ (?:de\ )?(?:acceso\ libre|libre\ acceso|gratuito|gratis)
    | questo\ articolo\ è\ (?:gratuito|gratis|ad\ accesso\ libero)
    | dit\ artikel\ is\ (?:gratis|vrij\ toegankelijk)
    | este\ artigo\ é\ (?:de\ )?(?:acesso\ livre|livre\ acesso|gratuito|grátis))\b
"""
SUBSCRIBE_APPEAL = (
    FREE_ARTICLE
    + r"""  # or subscribing supports the site
    | ^(?:en\ vous\ abonnant,?\ vous | by\ subscribing,?\ you
    | mit\ (?:ihrem|deinem)\ abo(?:nnement)?,?\ (?:unterstützen|hilfst)
    | al\ suscribirte,?\ (?:apoyas|contribuyes|ayudas) | abbonandoti,?\ (?:sostieni|contribuisci|aiuti)
    | door\ (?:je|u)\ (?:te\ )?abonneren,?\ (?:steun|help)
    | ao\ (?:assinar|subscrever),?\ (?:está|estás|você))\b
"""
)
LISTEN_VERBS = (  # a radio's or podcast's promotion: 'Radio online hören mit ...', 'Listen live on ...'
    r"listen|hören|anhören|écoutez|écouter|escucha|escuchar|escuche|ascolta|ascoltare|luister|luisteren"
    r"|ouça|ouvir|聴く|聞く"
)
STREAM_WORDS = (
    r"online|live|en\ direct|en\ directo|en\ vivo|in\ diretta|ao\ vivo|em\ direto|livestream|stream"
    r"|app|podcast|ライブ|アプリ"
)
DONATION_OTHER = r"""
    | \bunterstützen\ sie\b.{0,60}\bjournalismus\b | \bjournalismus\ unterstützen\b | \bjetzt\ spenden\b
    | \bsoutenez\b.{0,60}\bjournalisme\b | \bsoutenir\ (?:notre|le)\ journalisme\b | \bfaites\ un\ don\b
    | \bapoy[ae]\b.{0,60}\bperiodismo\b | \bapoyar\ (?:el|nuestro)\ periodismo\b | \bhaz\ una\ donaci[oó]n\b
    | \bsostieni\b.{0,60}\bgiornalismo\b | \bsostenere\ (?:il|il\ nostro)\ giornalismo\b
    | \bfai\ una\ donazione\b | \bsteun\b(?!\ (?:voor|aan|van)\b).{0,60}\bjournalistiek\b
    | \bjournalistiek\ steunen\b
    | \bdoneer\ nu\b
    | \bapoi[ae]\b.{0,60}\bjornalismo\b | \bfaça\ um\ donativo\b
    | \btorne-se\ (?:assinante|apoiante|membro)\b | \bdevenez\ (?:abonné|membre)\b
    | \bwerden\ sie\ (?:abonnent|mitglied)\b | \bhazte\ (?:socio|suscriptor)\b
    | \bdiventa\ (?:abbonato|socio|sostenitore)\b | \bword\ (?:lid|abonnee)\b
"""
