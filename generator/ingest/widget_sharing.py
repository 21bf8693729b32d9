"""A subscription's account-sharing box: 'Your subscription is being used on another device',
with the box's offers and advice on its own short lines ('Want to add another user?', 'Change
your password'), which the copy keeps in the text."""

from __future__ import annotations

import re

from generator.ingest.model import Block
from generator.ingest.paywall_words import SUBSCRIPTION_NOUNS
from generator.ingest.shapes import word_count

BOX_LINE_MAX_WORDS = 40  # a line of the box; a paragraph of the article is longer or has none of its words
_I = re.IGNORECASE
_SUBSCRIPTION = rf"{SUBSCRIPTION_NOUNS}|account|compte|konto|cuenta|conta|購読|アカウント"
_DEVICE = r"device|appareil|gerät|dispositivo|apparaat|デバイス|端末"
_OTHER = r"another|other|autre|anderen?|otro|altro|ander|outro|別の|他の"
_YOUR = (  # the reader's subscription (no \b before it: 'FlechaTu suscripción', an icon's name)
    r"your|votre|ton|dein\w*|ihr\w*|tu|su|tua|la\ tua|il\ tuo|je|jouw|uw|sua|seu|a\ sua|o\ seu"
)
_IN_USE = re.compile(  # the box's own statement: the reader's subscription is in use on another device
    rf"(?:{_YOUR})\s+(?:{_SUBSCRIPTION})\b.{{0,60}}?\b(?:{_OTHER})\s+(?:\w+\s+)?(?:{_DEVICE})",
    _I,
)
_BOX_WORDS = re.compile(
    rf"\b(?:{_SUBSCRIPTION}|{_DEVICE}|password|mot\ de\ passe|passwort|contraseña|password|wachtwoord"
    r"|senha|パスワード|user|utilisateur|nutzer|usuario|utente|gebruiker|usuário)(?:s|es|n)?\b",
    _I | re.X,
)


def account_sharing_box(blocks: list[Block], removed: list[bool]) -> set[int]:
    """The indexes of an account-sharing box: a short line saying the reader's subscription ('your
    subscription') is in use on another device, and the short lines next to it, up and down, that speak of the
    subscription, account, device, password or user (`removed` lines are passed over). One
    regular expression per line and one walk each way from each statement: linear."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        if index in found or not _box_line(block.text) or not _IN_USE.search(block.text):
            continue
        found.add(index)
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(blocks) and (removed[near] or _box_line(blocks[near].text)):
                if not removed[near]:
                    if not _BOX_WORDS.search(blocks[near].text):
                        break
                    found.add(near)
                near += step
    return found


def _box_line(text: str) -> bool:
    """A line short enough to be one of the box's."""
    return 0 < word_count(text) <= BOX_LINE_MAX_WORDS
