"""The participant page's files and the HTTP answers that carry them.

Only the files of :data:`PAGE_FILES` are served (a fixed allow-list: no path from a
request ever reaches the file system). The page is ``/j/ROOMCODE``: its HTML with the
page's texts injected as JSON (a data block, not a script: the Content-Security-Policy
forbids inline scripts). Every answer carries a strict Content-Security-Policy, and the
HTML is never cached.
"""

from __future__ import annotations

import email.utils
import http
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from websockets.datastructures import Headers
from websockets.http11 import Response


@dataclass(frozen=True)
class PageFile:
    name: str
    """The file's name in ``trainer/net/page/``."""
    content_type: str


PAGE_FILES: dict[str, PageFile] = {
    "/page/style.css": PageFile("style.css", "text/css; charset=utf-8"),
    "/page/app.js": PageFile("app.js", "text/javascript; charset=utf-8"),
    "/page/kinds.js": PageFile("kinds.js", "text/javascript; charset=utf-8"),
}
"""URL path → file, besides the page itself (``/j/ROOMCODE`` → ``index.html``)."""
PAGE_PATH = re.compile(r"^/j/([A-Za-z0-9-]{1,32})$")
SAFE_HOST = re.compile(
    r"^[A-Za-z0-9.\-]{1,253}(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?$"
)
TEXTS_MARK = "<!--TEXTS-->"


@cache
def page_file(name: str) -> bytes:
    """A file of the page, read from the package (also inside the PyInstaller bundle)."""
    return resources.files("trainer.net").joinpath("page", name).read_bytes()


def csp(host: str | None) -> str:
    """The Content-Security-Policy: the page's own files and its own WebSocket only."""
    socket = f" ws://{host}" if host and SAFE_HOST.match(host) else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self'{socket}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


def respond(
    status: int, body: bytes, content_type: str, host: str | None, *, cache: bool = False
) -> Response:
    state = http.HTTPStatus(status)
    headers = Headers(
        [
            ("Date", email.utils.formatdate(usegmt=True)),
            ("Connection", "close"),
            ("Content-Length", str(len(body))),
            ("Content-Type", content_type),
            ("Content-Security-Policy", csp(host)),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-cache" if cache else "no-store"),
        ]
    )
    return Response(state.value, state.phrase, headers, body)


def plain(status: int, text: str, host: str | None = None) -> Response:
    return respond(status, text.encode(), "text/plain; charset=utf-8", host)


def texts_json(texts: Mapping[str, str]) -> str:
    """The texts as JSON that cannot end the HTML element holding it."""
    data = json.dumps(dict(texts), ensure_ascii=False)
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(texts: Mapping[str, str], host: str | None, lang: str = "en") -> Response:
    html = page_file("index.html").decode()
    html = html.replace('<html lang="en">', f'<html lang="{lang}">', 1)
    html = html.replace(TEXTS_MARK, texts_json(texts), 1)
    return respond(200, html.encode(), "text/html; charset=utf-8", host)


def asset(path: str, host: str | None) -> Response | None:
    """One of the page's own files, or ``None`` when ``path`` is not one."""
    found = PAGE_FILES.get(path)
    if found is None:
        return None
    return respond(200, page_file(found.name), found.content_type, host, cache=True)
