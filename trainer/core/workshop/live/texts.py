"""Texts from phones, room codes and tokens.

Everything a phone sends is untrusted: a name or a typed answer is one line of plain
text (:func:`trainer.core.phone_text.plain_line` says which characters are refused);
markup such as ``<script>`` is kept as written and escaped wherever it is shown.

Tokens are 128 random bits (:func:`secrets.token_urlsafe`); the store keeps only their
SHA-256 (:func:`token_hash`), so the database cannot be used to act for a participant.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from typing import TypeGuard

from trainer.core.phone_text import PhoneTextError, plain_line
from trainer.core.workshop.live.limits import (
    MAX_NAME,
    ROOM_CODE_ALPHABET,
    ROOM_CODE_LENGTH,
    TOKEN_BYTES,
    TOKEN_PATTERN,
    LiveRefused,
)

_TOKEN = re.compile(TOKEN_PATTERN)


def clean_text(value: object, most: int, what: str, code: str) -> str:
    """``value`` as one line of plain text (NFC, trimmed, spaces collapsed), at most
    ``most`` characters; :class:`LiveRefused` with ``code`` naming ``what`` otherwise."""
    try:
        return plain_line(value, most, what)
    except PhoneTextError as error:
        raise LiveRefused(code, str(error)) from None


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
