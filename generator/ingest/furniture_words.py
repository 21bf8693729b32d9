"""The words of page furniture in the languages ingest reads: English, German, French, Spanish,
Italian, Dutch, Portuguese and Japanese (with a little Chinese seen on Japanese pages).

Each list is a vocabulary (whole lines, lower case, '|' between entries) or a regular
expression fragment, used by `site_chrome`, `story_extras` and `list_rules`. A label must be the
whole line (or a row of such labels), so a sentence that uses one of these words stays.
"""

from __future__ import annotations


def vocabulary(text: str) -> frozenset[str]:
    """The entries of a word list written across lines, separated by '|'."""
    return frozenset(entry.strip() for entry in text.replace("\n", "").split("|") if entry.strip())


UI_LABELS_OTHER = vocabulary(
    """
short url|back to top button|published by|posted by|accessibility links|more updates|key moment|
key moments|key event|key events|pinned post|show key events only|latest news|teilen|drucken|merken|
kommentieren|kommentare|vorlesen|artikel anhören|zum inhalt springen|nach oben|zurück nach oben|
weiterlesen|startseite|abonnieren|anmelden|suche|menü|schließen|bild|bilder|galerie|eilmeldung|
liveblog|mehr|veröffentlicht von|partager|imprimer|commenter|commentaires|lire plus tard|écouter|
écouter cet article|lire la suite|suite de l'article|retour en haut|haut de page|accueil|rechercher|
fermer|s'abonner|se connecter|à la une|dernières nouvelles|dernière minute|en direct|direct|vidéo|
diaporama|publié|publié par|mis à jour|liens d'accessibilité|aller au contenu|compartir|comentar|
comentarios|guardar|escuchar|escuchar noticia|leer más|seguir leyendo|volver arriba|inicio|buscar|
cerrar|suscríbete|iniciar sesión|última hora|en directo|en vivo|galería|publicado por|
ir al contenido|condividi|stampa|commenta|commenti|salva|ascolta|continua a leggere|torna su|cerca|
chiudi|iscriviti|accedi|ultim'ora|ultima ora|in diretta|diretta|galleria|tutte le notizie|
pubblicato da|vai al contenuto|delen|printen|afdrukken|reageren|reacties|opslaan|luisteren|
lees meer|lees verder|terug naar boven|zoeken|sluiten|inloggen|abonneren|net binnen|
gepubliceerd door|naar de inhoud|partilhar|compartilhar|comentários|ouvir|ouvir notícia|leia mais|
ler mais|continuar a ler|continue lendo|voltar ao topo|início|pesquisar|fechar|assinar|assine|
entrar|última hora|em direto|ao vivo|galeria|mais atualizações|momento-chave|momentos-chave|
momento chave|publicado por|ir para o conteúdo|シェア|ツイート|いいね|印刷|保存|コメント|ホーム|
トップ|メニュー|検索|閉じる|続きを読む|もっと見る|ページトップへ|速報|ライブ|動画|写真|画像|
記事全文|english|deutsch|français|español|italiano|nederlands|português|日本語|中文|中国語|한국어|
english edition|akzeptieren|alle akzeptieren|ablehnen|alle ablehnen|mehr informationen|
escucha este artículo|escuchar este artículo|escucha la noticia|ver más|ver más información|
artikel vorlesen lassen|diesen artikel anhören|écouter l'article|ascolta l'articolo|
ascolta questo articolo|luister naar dit artikel|ouça este artigo|ouvir este artigo|mehr anzeigen|
voir plus|vedi di più|mostra di più|meer weergeven|ver mais|mostrar más|mostrar menos|mostrar mais|
weniger anzeigen|voir moins|afficher plus|afficher moins|ver menos|mostra altro|mostra meno|toon meer|
toon minder|minder weergeven|
einstellungen|zustimmen|accepter|tout accepter|refuser|tout refuser|en savoir plus|paramètres|
personnaliser|j'accepte|aceptar|aceptar todo|rechazar|rechazar todo|más información|configuración|
configurar|acepto|accetta|accetta tutto|accetto|rifiuta|rifiuta tutto|maggiori informazioni|
impostazioni|personalizza|accepteren|alles accepteren|akkoord|weigeren|meer informatie|instellingen|
aceitar|aceitar tudo|rejeitar|mais informações|definições|configurações|personalizar|同意する|
同意して閉じる|詳細を見る|設定|more information|more info|learn more|settings|allow all|deny|
weitere videos|mehr videos|alle videos|autres vidéos|plus de vidéos|toutes les vidéos|otros vídeos|
más vídeos|otros videos|más videos|altri video|tutti i video|meer video's|meer videos|
andere video's|mais vídeos|outros vídeos|more videos|other videos|related videos|関連動画|
おすすめ動画|動画一覧|liveticker|newsticker|live-ticker|ticker|live blog|liveblog aktualisieren|
seite neu laden|abonnieren sie uns|jetzt lesen|gratis lesen|lire gratuitement|leer gratis|
leggi gratis|gratis lezen|ler grátis|bild vergrößern|agrandir l'image|ampliar imagen|ingrandisci|
vergroot afbeelding|ampliar imagem|lesen sie mehr|mehr lesen|mehr dazu|en lire plus|lire plus|
leer más|leggi di più|leggi tutto|lees verder|ler mais|saber mais|copié|copied|kopiert|copiado|copiato|
gekopieerd|
link kopieren|copier le lien|copiar enlace|copia link|kopieer link|copiar link|comenta|comente|
reageer|new comment|neuer kommentar|nouveau commentaire|nuevo comentario|nuovo commento|
nieuwe reactie|novo comentário|mi piace|j'aime|gefällt mir|me gusta|vind ik leuk|gosto|
my favorites|my favourites|meine favoriten|mes favoris|mis favoritos|miei preferiti|
i miei preferiti|mijn favorieten|meus favoritos|add to favorites|aggiungi ai preferiti|
ajouter aux favoris|zu favoriten hinzufügen|añadir a favoritos|happy reading|bonne lecture|
download audio|audio herunterladen|audio downloaden|télécharger l'audio|télécharger le podcast|
descargar audio|descargar el audio|scarica audio|scarica l'audio|baixar áudio|descarregar áudio|
音声をダウンロード|download podcast|podcast herunterladen|
partager cet article|partager l'article|compartir este artículo|compartir artículo|
condividi questo articolo|condividi l'articolo|partilhar este artigo|compartilhar este artigo|
diesen artikel teilen|
画像集が開きます|画像集を開く|open gallery|galerie öffnen|bildergalerie öffnen|ouvrir la galerie|
abrir galería|apri la galleria|open galerij|abrir galeria|
viel spaß beim lesen|buena lectura|buona lettura|veel leesplezier|boas leituras|boa leitura|
lineで送る|メールで送る|新規会員登録|会員登録|ログイン|記事を保存する|保存する|フォローする|
フォロー|マイページ|ブックマーク|印刷する
"""
)
NOUN_LABELS = vocabulary(  # button labels that are also nouns ('Akkoord', agreement): in a row only
    "akkoord"
)
SOCIAL_WORDS_OTHER = vocabulary(
    """teilen|partager|compartir|condividi|delen|partilhar|compartilhar|tweeten|twittern|imprimir|drucken|
stampa|printen|whatsapp|line|はてブ|はてなブックマーク|pocket|シェア|ツイート|分享到|收藏|微信|微博"""
)
UI_PATTERNS_OTHER = r"""
    | (?:text|font)\ size(?:\ a+)* | schriftgr(?:ö|oe)(?:ß|ss)e(?:\ a+)* | taille\ du\ texte(?:\ a+)*
    | tamaño\ de(?:l)?\ (?:la\ )?(?:letra|texto|fuente)(?:\ a+)* | dimensione\ (?:del\ )?testo(?:\ a+)*
    | (?:tekst|letter)grootte(?:\ a+)* | tamanho\ d[ao]\ (?:texto|letra|fonte)(?:\ a+)* | 文字サイズ.*
    | a-\ a\+? | a\+\ a-? | aa\ aa
    | (?:open|expand|view|enlarge|zoom)\ (?:the\ )?(?:image|gallery|photo|picture|slideshow)s?(?:\ [a-z]+)?
    | (?:lesezeit|lesedauer|temps\ de\ lecture|tiempo\ de\ lectura|tempo\ di\ lettura|leestijd
       |tempo\ de\ leitura|reading\ time)\s*:?\s*\d+\s*(?:min|minuten|minutes?|minutos|minuti)?\.?
    | \d+\s*(?:min|minuten|minutos|minuti)\.?\s+(?:lesezeit|de\ lecture|de\ lectura|di\ lettura
       |leestijd|de\ leitura)
    | 読了時間.* | 約?\d+分で読めます | lecture\s*:?\s*\d+\s*min\.?
    | (?:you\ are\ reading|now\ reading|sie\ lesen\ gerade|vous\ lisez|est[aá]s?\ leyendo
       |stai\ leggendo|(?:u|je)\ leest\ nu|est[aá]\ a\ ler|voc[eê]\ est[aá]\ lendo)
    | (?:emissão|emisión|emission|diretta|en\ directo|ao\ vivo|em\ direto)\ (?:da|de|del|di|du)\ \S+
    | \d{1,7} | \d{1,7}\ :\ \d{1,7}
    | (?:next\ video|up\ next|vidéo\ suivante|nächstes\ video|siguiente\ v[ií]deo|pr[oó]ximo\ v[ií]deo
       |video\ successivo|prossimo\ video|volgende\ video|次の動画)
      (?:\ (?:in|dans|en|tra|fra|em|over|à\ seguir)\ \d+\ ?(?:seconds?|secs?|s|secondes?|sekunden|segundos?
         |secondi|seconden|秒))?
"""
ADVERTISEMENT_OTHER = r"""
    | publicidad | publicidade | publicité | pubblicità | anzeige | werbung | advertentie | reclame
    | pub | 広告 | pr | スポンサーリンク | 広告・pr
    | (?:sponsored\ by|presented\ by|gesponsert\ von|präsentiert\ von|patrocinado\ por|sponsorisé\ par
       |sponsorizzato\ da|gesponsord\ door|in\ samenwerking\ met|in\ collaborazione\ con
       |en\ partenariat\ avec)
      \ [\w&'.\ -]{2,60}
"""
NEWSLETTER_WORDS = r"newsletters?|nieuwsbrief|boletín|boletim|メルマガ|メールマガジン|ニュースレター"
MAILBOX_WORDS = (  # where a newsletter arrives: 'Want the latest news in your inbox?'
    r"inbox|mailbox|e-?mail|postfach|posteingang|boîte\ (?:mail|e-mail|aux\ lettres|de\ réception)|correo"
    r"|bandeja\ de\ entrada|casella\ (?:di\ posta|e-?mail)|posta\ elettronica|caixa\ de\ (?:correio|entrada)"
    r"|メール"
)
NEWSLETTER_VERBS = (
    r"sign\ up|subscribe|register|iscriviti|abbonati|abonnieren|anmelden|bestellen|abonnez|inscrivez"
    r"|inscris|suscr[ií]bete|reg[ií]strate|recibe|schrijf\ je\ in|meld\ je\ (?:\w+\ )?aan|aanmelden|subscreva"
    r"|assine|receba|inscreva|登録|購読"
)
FOLLOW_OTHER = r"""
    | ^rejoignez-nous\b | ^suivez-nous\b | ^folgen\ sie\ uns\b | ^s[ií]guenos\b | ^seguici\b
    | ^volg\ ons\b | ^siga-nos\b | ^segue-nos\b | ^siga\ (?:o|a)\ \S+\ n[oa]\b | フォローすると
    | \b(?:our|nuestro|nuestra|notre|nostro|nostra|unser(?:em|en)?|nosso|nossa|ons)\ (?:canal|channel|kanal
        |canale|kanaal)\ (?:de\ |di\ |on\ |op\ |no\ |auf\ )?(?:whatsapp|telegram|signal)\b
    | \b(?:our|unser(?:em|en)?|ons)\ (?:whatsapp|telegram)[-\ ]?(?:channel|kanal|kanaal)\b
"""
COMMENT_WORDS = (
    r"comments?|kommentare?|commentaires?|comentarios?|commenti|commento|reacties|reactie|comentários?"
    r"|reacciones|réactions?|reazioni|コメント"
)
LINK_LABELS_OTHER = r"""
    | lesen\ sie\ (?:auch|mehr)(?:\ zum\ thema)? | mehr\ zum\ thema | auch\ interessant | siehe\ auch
    | à\ lire(?:\ aussi)? | lire\ aussi | voir\ aussi | à\ voir\ aussi | lee\ también | leer\ más
    | te\ puede\ interesar | ver\ también | leggi\ anche | vedi\ anche | lees\ ook | bekijk\ ook
    | leia\ também | leia\ mais | veja\ também | saiba\ mais
    | other\ (?:news|stories|headlines) | otras\ noticias | más\ noticias | otros\ artículos
    | weitere\ (?:nachrichten|meldungen|artikel) | andere\ nachrichten | autres\ (?:actualités|infos|articles)
    | altre\ notizie | altri\ articoli | ander\ nieuws | meer\ nieuws | ook\ in\ het\ nieuws
    | outras\ notícias | mais\ notícias
    | 関連記事 | 関連ニュース | 前の記事 | 次の記事 | あわせて読みたい
"""
HEADLINE_HEADERS_OTHER = r"""
    |mehr\ zum\ thema|lesen\ sie\ (?:auch|mehr)(?:\ zum\ thema)?|das\ könnte\ sie\ auch\ interessieren
    |auch\ interessant|meist\ ?gelesen(?:e)?|am\ meisten\ gelesen|beliebteste\ artikel|neueste\ artikel
    |weitere\ (?:artikel|nachrichten)|top[-\ ]themen|empfehlungen|vorheriger\ artikel|nächster\ artikel
    |(?:à\ )?lire\ aussi|sur\ le\ même\ sujet|(?:les\ )?plus\ lu(?:e)?s|articles\ les\ plus\ lus|à\ la\ une
    |dernières\ (?:actualités|nouvelles|infos)|vous\ aimerez\ aussi|recommandés|article\ (?:précédent|suivant)
    |dans\ la\ même\ rubrique|voir\ aussi|et\ aussi|and\ also|y\ también|e\ anche|e\ também|en\ ook
    |noticias\ relacionadas|(?:también\ )?te\ puede\ interesar|lo\ más\ (?:leído|visto)|más\ leíd[oa]s?
    |últimas\ noticias|lo\ último|recomendados|artículo\ (?:anterior|siguiente)|más\ noticias
    |otras\ noticias|lee\ también|te\ recomendamos
    |leggi\ anche|(?:ti\ )?potrebbe\ interessar(?:ti|e)|i\ più\ lett[ie]|più\ lett[ie]|ultime\ notizie
    |altre\ notizie|(?:articoli|notizie)\ correlat[ie]|in\ evidenza|in\ vetrina|da\ non\ perdere
    |articolo\ (?:precedente|successivo)|tutte\ le\ notizie
    |(?:misschien\ )?vind\ je\ dit\ (?:ook\ )?interessant|dit\ vind\ je\ misschien\ ook\ interessant
    |weitere\ meldungen
    |plus\ d'actualités|à\ découvrir\ aussi|à\ voir\ également|nos\ articles\ les\ plus\ lus
    |no\ te\ pierdas|más\ leídas|lo\ más\ leído\ hoy
    |potrebbe\ interessarti\ anche|ti\ potrebbe\ interessare
    |mais\ lidas|também\ pode\ gostar|pode\ (?:também\ )?interessar(?:-lhe)?
    |lees\ ook|meest\ gelezen|populair(?:\ nieuws)?|meer\ nieuws|ook\ interessant|gerelateerde?\ artikelen
    |gerelateerd|laatste\ nieuws|net\ binnen|vorig\ artikel|volgend\ artikel|aanbevolen
    |meer\ over\ dit\ onderwerp
    |most\ popular|(?:lo\ )?más\ popular(?:es)?|(?:les\ )?plus\ populaires|(?:i\ )?più\ popolari
    |meest\ populair|mais\ populares|am\ beliebtesten
    |(?:\+\ ?|more\ |mais\ |más\ |plus\ d'|mehr\ |meer\ |altre\ |più\ )
    (?:news|notícias|noticias|actualités|infos|nachrichten|nieuws|notizie)
    (?:\ ?:\ ?[^\W\d_][\w'\ -]{0,30})?
    |leia\ também|veja\ também|relacionad[oa]s|notícias\ relacionadas|mais\ lid[oa]s|mais\ vistos
    |últimas\ notícias|mais\ notícias|artigo\ anterior|próximo\ artigo|saiba\ mais
    |関連記事|関連ニュース|あわせて読みたい|おすすめ記事|人気記事|アクセスランキング|最新記事|新着記事
    |前の記事|次の記事|こちらもおすすめ|注目記事|ランキング|よく読まれている記事|この記事を読んだ人におすすめ
    |(?:other|more)\ (?:articles|stories)|autres\ (?:articles|actualités|infos)|otros\ artículos
    |altri\ articoli|outros\ artigos|andere\ (?:artikelen|berichten)|andere\ artikel
    |recommend|あなたにおすすめ|記事一覧"""
MORE_FROM_HEADERS = r"""  # 'Meer uit Politiek', 'Mehr aus der Region': a list header and a section's name
    more\ (?:from|in|on)|lees\ meer\ over|meer\ (?:uit|over)|mehr\ (?:aus|zu|über|von)
    |plus\ d'actualités\ (?:de|sur)|más\ noticias\ (?:de|sobre)|altre\ notizie\ (?:di|da|su)
    |mais\ (?:notícias\ )?(?:sobre|em)
    |also\ in|también\ en|aussi\ dans|anche\ in|também\ em"""  # 'También en Actualidad'
TAG_HEADERS_OTHER = (
    r"|schlagwörter|stichwörter|themen|étiquettes|mots[- ]clés|thèmes|etiquetas|temas|argomenti|tag"
    r"|parole chiave|trefwoorden|onderwerpen|palavras[- ]chave|tópicos|タグ|キーワード|関連キーワード"
    r"|関連トピック"
)
CREDIT_LABELS_OTHER = (
    r"|foto|fotos|bild|bilder|fotografía|fotografia|imagen|immagine|imagem|crédito|créditos"
    r"|crédit|credito|crediti|beeld|afbeelding|写真|画像|撮影|提供"
)
IMAGE_FILE_WORDS = (
    r"schermafbeelding|screenshot|bildschirmfoto|captura\ de\ pantalla|capture\ d['’]écran|schermata"
    r"|captura\ de\ ecrã|スクリーンショット|img|dsc|pxl|image|photo|foto"
)
BANNER_WORDS = (
    r"alert|alerte|alerta|allerta|breaking(?:\ news)?|just\ in|developing(?:\ story)?|urgent|eilmeldung"
    r"|última\ hora"
    r"|dernière\ minute|ultim'ora|ultima\ ora|urgente|速報"
)

CONSENT_WORDS = (
    r"consent|zustimmung|einwilligung|consentement|consentimiento|consenso|toestemming|consentimento|同意"
)
CONSENT_CONTEXT = (  # what a consent box for embedded content asks to do (never 'data' alone: news)
    r"\b(?:display|load|show|an(?:zu)?zeigen|laden|einzubinden|einbinden|afficher|charger|mostrar|cargar"
    r"|visualizzare|caricare|weergeven|tonen|exibir|carregar|third[-\ ]part(?:y|ies)|drittanbieter\w*"
    r"|externe[nr]?\ inhalte|tiers|terceros|terze\ parti|derden|terceiros|accept\w*|akzeptier\w*"
    r"|acept\w*|accett\w*|aceit\w*)\b|表示|外部"
)
READER = (  # words that speak to the reader; the German polite forms only with their capital
    r"(?-i:\b(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b)"
    r"|\b(?:you|your|yours|du|dich|dir|dein\w*|vous|votre|vos|tu|toi|ton|tes|usted(?:es)?|tú|tus"
    r"|vosotros|vuestr[ao]s?|ti|tuo|tua|tuoi|tue|voi|vostr[aeio]|uw|jij|jouw|jullie|você|vocês|teu)\b"
)
COOKIE_WORDS = r"cookies?|クッキー"
COMMENT_RULES = (
    r"rules|guidelines|terms|policy|charte|cgu|conditions|règles|netiquette|regeln|richtlinien"
    r"|nutzungsbedingungen|normas|reglas|condiciones|regole|regolamento|huisregels|regels|voorwaarden"
    r"|regras|termos|規約|ルール|ガイドライン"
)
OUR = (  # the site speaking of its own rules: 'our guidelines', 'notre charte', 'nos CGU'
    r"our|notre|nos(?=\ (?:cgu|règles|conditions|charte))|unsere[nrs]?|nuestr[ao]s?|nostr[aeio]|onze"
    r"|noss[ao]s?|当社の?|弊社の?"
)
COMMENT_LOGIN = r"""
    (?:log|sign)\ in\ to\ (?:comment|reply|join) | connectez-vous\ pour\ (?:commenter|réagir)
    | (?:melden\ sie\ sich\ an|registrieren\ sie\ sich),?\ um\ (?:zu\ kommentieren|kommentare)
    | zum\ kommentieren\ (?:anmelden|einloggen) | (?:inicia|inicie)\ sesión\ para\ (?:comentar|participar)
    | accedi\ per\ (?:commentare|lasciare) | log\ in\ om\ te\ reageren | inloggen\ om\ te\ reageren
    | (?:inicie\ sessão|faça\ login|entre)\ para\ comentar | コメントするには
    | (?:must|need\ to)\ be\ (?:logged|signed)\ in\ to\ (?:post\ a\ comment|comment|react|reply|vote)
    | (?:müssen|musst)\ (?:angemeldet|eingeloggt)\ sein,?\ um
      \ (?:einen\ kommentar|zu\ kommentieren|zu\ reagieren)
    | (?:devez|dois)\ être\ connecté(?:e|\(e\))?s?\ pour
      \ (?:commenter|réagir|(?:publier|poster|laisser)\ un\ commentaire)
    | (?:debes|debe|tienes\ que|tiene\ que)\ (?:estar\ (?:registrad|conectad|identificad)[oa]|iniciar\ sesión)
      \ para\ (?:comentar|reaccionar|(?:publicar|dejar|escribir)\ un\ comentario)
    | (?:devi|deve)\ (?:essere\ (?:connesso|registrato|loggato)|effettuare\ il\ login|accedere)
      \ per\ (?:commentare|(?:inviare|pubblicare|lasciare|scrivere)\ un\ commento)
    | (?:moet|dient)\ (?:ingelogd|aangemeld)\ (?:te\ )?zijn\ om\ (?:een\ reactie\ te\ plaatsen|te\ reageren)
    | (?:precisa|tem\ de|tem\ que|deve)
      \ (?:estar\ (?:logad|conectad|registad|registrad)[oa]|fazer\ (?:o\ )?login|iniciar\ sessão)
      \ para\ (?:comentar|reagir|(?:publicar|deixar|escrever)\ um\ comentário)
"""
REFRESH_VERBS = (
    r"refresh|reload|aktualisieren|neu\ laden|actualiser|rafraîchir|actualizar|recargar|aggiorna|aggiornare"
    r"|ricarica|vernieuwen|verversen|atualizar|recarregar|更新する|再読み込み"
)
REFRESHED = (  # what a refresh button reloads: the page, a ticker, a live blog
    r"(?:live|news)?ticker|live-?ticker|live\ ?blog|blog|page|pages|seite|site|página|pagina|feed|stream"
    r"|direct|directo|diretta|live|updates|actualizaciones|atualizações|aggiornamenti|ページ|ライブ"
)
FOLLOW_WORDS = (  # the verbs of a follow, share, join or app prompt, as whole words
    r"follow|suivez|suivre|suivant|folgen|folgt|síguenos|siguenos|sigue|seguir|segue|seguici|seguiteci"
    r"|siga|sigam|acompanhe|acompanhar|volg|volgt|volgen|find|finden|retrouvez|retrouver|encuéntranos"
    r"|encuentra|encuentre|trova|trovaci|trovate|vind|encontre|share|partagez|partager|teilen|teile"
    r"|comparte|compartir|compartilhe|compartilhar|condividi|deel|partilhe|partilhar|join|rejoignez"
    r"|rejoindre|abonnez|abonnieren|abonneer|abonneren|subscribe|stay|restez|reste|bleiben|bleib"
    r"|mantente|rimani|blijf|fique|connect|download|téléchargez|télécharger|herunterladen|descarga"
    r"|descargue|scarica|baixe"
)
DANGLING_PREPOSITIONS = r"on|sur|auf|bei|in|en|su|op|no|na|em|via|at|über|with|avec|mit|met|con|com"
MEDIA_WORDS = (
    r"video|vídeo|vidéo|videos|vídeos|vidéos|imágenes|images|imagens|immagini|fotos?|photos?|bilder"
    r"|beelden|audio|grabación|gravação|filmaufnahmen"
)

LABEL_WORDS = (  # a label a page puts in brackets before a paragraph: '(Update)', '(Vidéo)', '(Live)'
    r"update|updated|mise\ à\ jour|aktualisiert|actualizado|actualización|aggiornamento|aggiornato"
    r"|bijgewerkt|update|atualizado|atualização|live|direct|en\ direct|en\ vivo|directo|diretta"
    r"|ao\ vivo|exclusive|exclusif|exclusiva|esclusiva|exklusiv|exclusief|opinion|opinión|opinione"
    r"|opinião|meinung|analysis|analyse|análisis|analisi|análise|sponsored|anzeige|publicidad"
)
ARCHIVE_WORDS = (  # a picture's tag saying it is an old one: 'GUARDIA CIVIL - Archivo'
    r"archive|archives|file|file\ photo|archiv|archivbild|archivfoto|archives|photo\ d'archives"
    r"|image\ d'archives|archivo|foto\ de\ archivo|imagen\ de\ archivo|archivio|foto\ d'archivio"
    r"|immagine\ d'archivio|archief|archieffoto|archiefbeeld|arquivo|foto\ de\ arquivo|imagem\ de\ arquivo"
    r"|資料写真|資料"
)
EMPTY_LABEL_WORDS = (  # a byline or date label whose value the copy lost: 'Von', 'Publicado:'
    r"by|von|par|por|di|door|de|da|autor|author|auteur|autore|auteurs"
)
LINK_VERBS = vocabulary(  # what a link's text opens with: 'Découvrez les ...', 'Descubra as ...'
    "discover|see|read|watch|découvrez|découvrir|voir|lisez|lire|regardez|entdecken|entdecke|lesen|descubra|"
    "descubre|conozca|conheça|mira|ver|lee|lea|veja|leia|scopri|guarda|leggi|conosci|ontdek|bekijk|lees"
)
FEEDBACK_PROMPT = r"""
    (?:spotted|found|see)\ an?\ (?:error|mistake|typo) | report\ an?\ (?:error|mistake|typo)
    | fehler\ (?:gefunden|entdeckt|melden)
    | (?:vous\ avez\ )?(?:repéré|remarqué|signaler)\ une\ (?:erreur|faute)
    | (?:has\ visto|has\ encontrado|viste|encontraste)\ (?:un|algún)\ error | reportar\ (?:un\ )?error
    | (?:hai\ notato|hai\ trovato|segnala)\ un\ errore | fout\ (?:gezien|opgemerkt|gevonden|melden)
    | (?:encontrou|viu)\ (?:um|algum)\ erro | reportar\ erro | 誤りを報告
"""
MORE_AT = r"""
    (?:más\ información|more\ information|more\ info|mehr\ informationen|plus\ d'informations
    |maggiori\ informazioni|meer\ informatie|mais\ informações|read\ (?:more|the\ full\ story)
    |lee\ (?:más|la\ noticia\ completa)|lire\ la\ suite|weiterlesen|leggi\ (?:tutto|l'articolo)
    |lees\ (?:verder|meer)|leia\ (?:mais|a\ notícia))
    \s+(?:en|at|on|in|auf|bei|sur|chez|su|op|bij|em|no|na|via)\s+
    (?:(?:the|el|la|los|las|le|les|der|die|das|il|lo|de|het|o|a|os|as)\s+)?
    (?:(?-i:[A-ZÀ-Þ])|www\.|https?://|[\w-]+\.[a-z]{2,}\b)  # a name or an address: the other site
"""
HIRING = r"""  # a job box: an offer, a newsroom job and the button to apply, in any order after the offer
    (?:recrute|recrutons|we(?:'re|\ are)\ hiring|wir\ suchen|stellenangebot|se\ busca|buscamos|cerchiamo
    |vacatures?|estamos\ a\ recrutar|recrutamos|job\ offer).{0,60}
    (?:journalist|redakteur|rédact|periodist|redactor|giornalist|redattor|verslaggever|jornalist|reporter)
    .{0,60}\b(?:je\ postule|postuler|apply|jetzt\ bewerben|bewirb\ dich|bewerben\ sie\ sich|postúlate
    |postula|candidati|invia\ la\ candidatura|solliciteer|candidate-se|candidatar-se)\b
"""
PRIVACY_RIGHTS = r"""
    droit\ d'accès | right\ (?:of|to)\ access | auskunftsrecht | derecho\ de\ acceso | diritto\ di\ accesso
    | recht\ op\ inzage | direito\ de\ acesso | informativa\ (?:sulla\ )?privacy | datenschutzerklärung
    | politique\ de\ confidentialité | política\ de\ privacidad | privacyverklaring
    | política\ de\ privacidade
"""
TV_WORDS = r"""\b(?:tv|televisión|televisão|télévision|televisione|fernsehen|televisie|channel|canal
    |chaîne|sender|canale)\b"""
LIVE_TV = r"""  # a channel's promotion: live, then free or round the clock (a `TV_WORDS` word at or after it)
    (?:en\ vivo|en\ directo|live|en\ direct|ao\ vivo|in\ diretta|im\ livestream|live\ stream)
    .{0,60}(?:24/7|24h|gratis|free|gratuit|gratuita|kostenlos)"""
WEATHER_WORDS = (
    r"weather|forecast|wetter|wettervorhersage|météo|prévisions|tiempo|el\ tiempo|meteo|meteorologia"
    r"|meteorología|previsioni|weer|weerbericht|tempo|previsão|天気|天気予報"
)
TEMPERATURE = r"(?:(?:min|max|máx|mín|mini|maxi|low|high|tief|hoch|lo|hi)\.?:?\s*)?-?\d{1,2}\s?[º°]\s?[CF]?"
OPINION_PROMPT = r"""  # a closing invitation to the reader to give an opinion
    ^(?:share\ your\ (?:thoughts|views|opinion|comments)
    |tell\ us\ (?:what\ you\ think|your\ (?:thoughts|views))
    |let\ us\ know\ (?:what\ you\ think|your\ (?:thoughts|views)|in\ the\ comments)|what\ do\ you\ think\b.*\?
    |leave\ (?:a|your)\ comment|join\ the\ (?:debate|discussion)
    |teilen\ sie\ (?:uns\ )?ihre\ meinung|sagen\ sie\ (?:uns\ )?(?:ihre\ meinung|was\ sie\ denken)
    |schreiben\ sie\ (?:uns\ )?(?:ihre\ meinung|in\ die\ kommentare)|was\ (?:meinen|denken)\ sie\b.*\?
    |donnez(?:-nous)?\ votre\ avis|dites-nous\ ce\ que\ vous\ en\ pensez|partagez\ votre\ avis
    |qu'en\ pensez-vous\b|laissez\ un\ commentaire
    |d(?:é|e)janos\ (?:tu|su)\ (?:opini(?:ó|o)n|comentario)|danos\ tu\ opini(?:ó|o)n
    |comparte\ tu\ opini(?:ó|o)n
    |¿?qu(?:é|e)\ opinas\b|cu(?:é|e)ntanos\ (?:qu(?:é|e)\ (?:piensas|opinas)|tu\ opini(?:ó|o)n)
    |dicci\ la\ tua|lascia\ un\ commento|cosa\ ne\ pensi\b|condividi\ la\ tua\ opinione
    |laat\ (?:ons\ )?(?:weten\ wat\ (?:je|jij|u)\ (?:ervan\ )?vindt|je\ mening\ achter)|deel\ je\ mening
    |wat\ vind\ (?:jij|je|u)\b.*\?|reageer\ hieronder
    |deixe\ (?:a\ sua|o\ seu|seu|sua)\ (?:opinião|comentário)|diga-nos\ o\ que\ (?:pensa|acha)
    |partilhe\ a\ sua\ opinião|o\ que\ (?:acha|pensa)\b.*\?
    |ご意見をお寄せください|ご意見・ご感想|あなたの意見)
"""
EMBED_WORDS = (  # what an embedded widget shows: its lead-in ('... this interactive map:') lost it
    r"map|maps|chart|charts|graphic|graphics|interactive|table|video|poll|tweet|post|timeline|tracker"
    r"|karte|grafik|tabelle|video|umfrage|carte|graphique|infographie|tableau|vidéo|sondage|mapa|gráfico"
    r"|infografía|tabla|vídeo|encuesta|mappa|grafico|infografica|tabella|sondaggio|kaart|grafiek"
    r"|tabel|peiling|infografia|tabela|sondagem|地図|グラフ|図表|動画"
)
GLOSSARY_HEADERS = (  # a glossary box the page hangs under the article
    r"glossary|glossar|wörterbuch|lexikon|glossaire|lexique|glosario|glossario|woordenlijst"
    r"|glossário|用語集|用語解説"
)
READ_VERBS = r"read|lesen|lisez|lire|lee|leer|lea|leggi|leggere|lees|lezen|leia|ler|読む|読め"
THIS_ARTICLE = (  # 'this article', 'this content' in the eight languages ('this text' is a law's too)
    r"\b(?:this|cet|ce|dieser|diesem|dieses|este|esta|questo|neste|nesta|deze|dit)\s+(?:article|story"
    r"|content|page|contenu|artikel|beitrag|inhalt|bericht|inhoud|artículo|contenido|articolo|contenuto"
    r"|artigo|conteúdo)\b"
)
STORY_NOUNS = (
    r"article|story|report|piece|beitrag|artikel|bericht|text|dossier|artículo|nota|reportaje|articolo"
    r"|servizio|verhaal|artigo|reportagem|notícia|記事"
)
