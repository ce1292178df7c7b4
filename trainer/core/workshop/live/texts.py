"""Texts from phones, room codes and tokens.

Everything a phone sends is untrusted. A name or a typed answer is normalised to NFC,
its spaces trimmed and runs of spaces made one; a text holding a control character (a
tab and a line break included), a line or paragraph separator, a lone surrogate, a
non-character or an invisible format character (bidirectional overrides and the like,
which could disguise a name on the projector; the joiners U+200C/U+200D, used by many
scripts and emoji, are allowed) is refused. Markup such as ``<script>`` is plain text:
it is kept as written and escaped wherever it is shown.

Tokens are 128 random bits (:func:`secrets.token_urlsafe`); the store keeps only their
SHA-256 (:func:`token_hash`), so the database cannot be used to act for a participant.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from typing import TypeGuard

from trainer.core.workshop.live.limits import (
    MAX_NAME,
    ROOM_CODE_ALPHABET,
    ROOM_CODE_LENGTH,
    TOKEN_BYTES,
    TOKEN_PATTERN,
    LiveRefused,
)

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(TOKEN_PATTERN)
_JOINERS = {"\u200c", "\u200d"}
_REFUSED_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}


def _bad_character(text: str) -> str | None:
    """The first character a phone's text may not hold, or ``None``."""
    for char in text:
        category = unicodedata.category(char)
        if category in _REFUSED_CATEGORIES:
            return char
        if category == "Cf" and char not in _JOINERS:
            return char
        code = ord(char)
        if 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:  # non-characters
            return char
    return None


def clean_text(value: object, most: int, what: str, code: str) -> str:
    """``value`` as one line of plain text (NFC, trimmed, spaces collapsed), at most
    ``most`` characters; :class:`LiveRefused` with ``code`` naming ``what`` otherwise."""
    if not isinstance(value, str):
        raise LiveRefused(code, f"The {what} must be text.")
    if len(value) > most * 4:  # refuse a huge text before normalising it
        raise LiveRefused(code, f"The {what} is longer than {most} characters.")
    bad = _bad_character(value)
    if bad is not None:
        raise LiveRefused(code, f"The {what} holds the control character U+{ord(bad):04X}.")
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if len(text) > most:
        raise LiveRefused(code, f"The {what} is longer than {most} characters.")
    return text


def clean_name(value: object) -> str:
    """A participant's name: plain text of 1 to :data:`MAX_NAME` characters."""
    name = clean_text(value, MAX_NAME, "name", "name_invalid")
    if not name:
        raise LiveRefused("name_invalid", "Write a name.")
    return name


def name_key(name: str) -> str:
    """What two names must not share (compatibility forms and case folded)."""
    return unicodedata.normalize("NFKC", name).casefold()


def new_room_code() -> str:
    """A fresh room code: :data:`ROOM_CODE_LENGTH` characters of an unambiguous alphabet."""
    return "".join(secrets.choice(ROOM_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


def room_code_key(code: object) -> str | None:
    """A typed room code as compared (upper case, spaces and dashes dropped), or ``None``
    when it cannot be one."""
    if not isinstance(code, str) or len(code) > 4 * ROOM_CODE_LENGTH:
        return None
    return re.sub(r"[\s-]", "", code).upper()


def new_token() -> str:
    """A participant's secret: 128 random bits as 22 URL-safe characters."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def is_token(value: object) -> TypeGuard[str]:
    """Whether ``value`` has the shape of a token (checked before it is looked up)."""
    return isinstance(value, str) and _TOKEN.fullmatch(value) is not None


def token_hash(token: str) -> str:
    """What the store keeps of a token (hex SHA-256)."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()
