"""An empty comment section's notice and the comment box's prompt, each a whole short line: 'No
comments yet', 'De momento no hay comentarios.', 'Please enter your comment!'.

A notice says that there ARE no comments (yet): a plural, or a word of time or existence. A
spokesperson's singular refusal ('No comment.', 'Sin comentarios.', 'Aucun commentaire.') is
news and stays. The whole line must be the notice (one full match of the line's key, linear).
"""

from __future__ import annotations

import re

from generator.ingest.site_chrome import chrome_key

_NOTICE = re.compile(
    r"""
    # an empty comment section: there are no comments (yet)
      (?:there\ are\ )?no\ comments(?:\ yet|\ so\ far)?(?:\ here)?
    | (?:(?:de\ momento|por\ ahora|por\ el\ momento|todavía|aún)\ )?no\ hay\ comentarios(?:\ todavía|\ aún)?
    | (?:es\ gibt\ )?(?:noch|bisher|bislang)\ keine\ kommentare(?:\ vorhanden)?
    | (?:es\ gibt\ )?keine\ kommentare(?:\ vorhanden)?
    | (?:il\ n'y\ a\ )?pas\ encore\ de\ commentaires?
    | il\ n'y\ a\ (?:pas|aucun)\ (?:de\ )?commentaires?(?:\ pour\ (?:le\ moment|l'instant))?
    | aucun\ commentaire\ pour\ (?:le\ moment|l'instant)
    | (?:non\ ci\ sono|ancora\ nessun|nessun)\ comment[oi](?:\ ancora|\ presenti|\ per\ ora)
    | non\ ci\ sono\ (?:ancora\ )?commenti
    | (?:(?:ainda\ )?não\ há|ainda\ sem|nenhum)\ comentários?(?:\ ainda|\ até\ agora)?
    | (?:er\ zijn\ )?nog\ geen\ reacties | er\ zijn\ geen\ reacties
    | コメントはまだありません
    # the comment box's prompt: enter your comment (a 'please' before it in any language)
    | (?:(?:please|bitte|por\ favor|per\ favore|per\ piacere|s'il\ vous\ plaît|alsjeblieft|graag),?\ )?(?:
      (?:enter|type|write|add|post)\ (?:your|a)\ comments?(?:\ here)?
    | (?:escribe|escriba|deja|deje)\ (?:tu|su|un)\ comentario(?:\ aquí)?
    | (?:geben\ sie\ |schreiben\ sie\ )(?:hier\ )?(?:ihren|einen)\ kommentar(?:\ ein)?
    | (?:écrivez|saisissez|entrez|laissez)\ (?:votre|un)\ commentaire(?:\ ici)?
    | (?:scrivi|inserisci|lascia)\ (?:il\ tuo|un)\ commento(?:\ qui)?
    | (?:escreva|digite|deixe)\ (?:o\ )?(?:seu|um)\ comentário(?:\ aqui)?
    | (?:schrijf|plaats)\ (?:een|je|uw)\ reactie(?:\ hier)?
    | veuillez\ (?:écrire|saisir|entrer|laisser)\ (?:votre|un)\ commentaire(?:\ ici)?
    )
    """,
    re.X,
)


def is_comment_notice(text: str) -> bool:
    """The whole line is an empty comment section's notice or the comment box's prompt."""
    return _NOTICE.fullmatch(chrome_key(text)) is not None
