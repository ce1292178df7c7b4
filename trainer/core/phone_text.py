"""A text typed on a phone (a name, a typed answer), made one line of plain text.

Everything a phone sends is untrusted. A text is normalised to NFC, its spaces trimmed
and runs of spaces made one; a text holding a control character (a tab and a line break
included), a line or paragraph separator, a lone surrogate, a non-character or an
invisible format character (bidirectional overrides and the like, which could disguise a
name on the projector; the joiners U+200C/U+200D, used by many scripts and emoji, are
allowed) is refused. Markup such as ``<script>`` is plain text: it is kept as written and
escaped wherever it is shown.

Below both its users: the kinds' phone forms (``trainer/core/kinds/phone.py``, typed
answers) and the phone game (``trainer/core/workshop/live/texts.py``, names), which turn
:class:`PhoneTextError` into their own refusals.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_JOINERS = {"\u200c", "\u200d"}
_REFUSED_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}


class PhoneTextError(ValueError):
    """A phone's text that cannot be kept; the message names what and why."""


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


def plain_line(value: object, most: int, what: str) -> str:
    """``value`` as one line of plain text (NFC, trimmed, spaces collapsed), at most
    ``most`` characters; :class:`PhoneTextError` naming ``what`` otherwise."""
    if not isinstance(value, str):
        raise PhoneTextError(f"The {what} must be text.")
    if len(value) > most * 4:  # refuse a huge text before normalising it
        raise PhoneTextError(f"The {what} is longer than {most} characters.")
    bad = _bad_character(value)
    if bad is not None:
        raise PhoneTextError(f"The {what} holds the control character U+{ord(bad):04X}.")
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if len(text) > most:
        raise PhoneTextError(f"The {what} is longer than {most} characters.")
    return text
