"""Shared by the workshop tests: the text a printed HTML document shows, spaces joined."""

from __future__ import annotations

from html.parser import HTMLParser


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(document: str) -> str:
    parser = Text()
    parser.feed(document)
    return " ".join(" ".join(parser.parts).split())
