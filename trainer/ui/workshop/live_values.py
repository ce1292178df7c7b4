"""What the phone game's windows are handed to show (plain values, no widget)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhoneRow:
    """One participant on the console."""

    number: int
    name: str
    team: str
    points: str
    answered: bool
    removed: bool


@dataclass(frozen=True)
class PhoneBar:
    """One bar of the answer distribution."""

    label: str
    count: int
    correct: bool | None


@dataclass(frozen=True)
class JoinInfo:
    """How phones join: the address to type, the room code, the QR code's image."""

    url: str
    code: str
    qr_png: bytes
    note: str
    """Anything to say about it (another port was chosen; loopback only)."""
