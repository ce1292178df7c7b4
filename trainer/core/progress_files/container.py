"""The progress file's container: a ZIP archive, checked as a whole before it is read.

A progress file is a ZIP archive (deflated) holding ``manifest.json`` (first) and
``progress.json``. Its archive comment, the last bytes of the file, is
``trainer-progress sha256:`` and the SHA-256 of every byte before the digest itself, so
a flipped byte anywhere, or a file cut short, is found before anything is parsed (the
ZIP format's own CRCs cover only the members' contents). Sizes are bounded before
reading and while unpacking, so a crafted file cannot fill the memory.

This module is the one place where a refused progress file is worded:
:class:`ProgressFileError` messages name the file and say why, plainly.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from trainer.core.progress_files.schema import FORMAT, FORMAT_VERSION, Manifest, Progress
from trainer.errors import UserError

SUFFIX = ".trainer-progress"
"""The file name's ending that the app and the command line suggest."""
MAX_FILE_BYTES = 64 * 2**20
MAX_MANIFEST_BYTES = 64 * 2**10
MAX_CONTENT_BYTES = 256 * 2**20
MAX_MEMBERS = 16
MANIFEST_NAME = "manifest.json"
CONTENT_NAME = "progress.json"
TRAILER = b"trainer-progress sha256:"
_DIGEST_LENGTH = 64
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    NotImplementedError,
    RuntimeError,
)


class ProgressFileError(UserError, ValueError):
    """A progress file that cannot be read or imported; the message names it and says why."""


def _not_ours(where: str) -> ProgressFileError:
    return ProgressFileError(f"{where} is not a Trainer progress file. Nothing was imported.")


def _damaged(where: str, how: str = "damaged") -> ProgressFileError:
    return ProgressFileError(
        f"{where} is {how}, so it was not imported (nothing was changed). "
        "Ask for a new copy of the file."
    )


def _newer(where: str, version: int) -> ProgressFileError:
    return ProgressFileError(
        f"{where} was written by a newer Trainer (progress format {version}; this Trainer "
        f"reads up to {FORMAT_VERSION}). Install the newer Trainer to import it."
    )


def unusable(where: str, what: str) -> ProgressFileError:
    """A file whose content breaks the format's rules (``what``: where and how)."""
    return ProgressFileError(
        f"{where} holds progress Trainer cannot use ({what}), so it was not imported "
        "(nothing was changed)."
    )


@dataclass(frozen=True)
class ProgressFile:
    """A progress file read and checked: its manifest and the learner's progress."""

    where: str
    manifest: Manifest
    progress: Progress


def pack(manifest: bytes, content: bytes, exported_at: datetime) -> bytes:
    """The bytes of a progress file holding ``manifest`` and ``content`` (JSON texts)."""
    stamp = max(exported_at.astimezone(UTC), datetime(1980, 1, 1, tzinfo=UTC))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.comment = TRAILER + b"0" * _DIGEST_LENGTH
        for name, data in ((MANIFEST_NAME, manifest), (CONTENT_NAME, content)):
            info = zipfile.ZipInfo(name, stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9)
    body = buffer.getvalue()[:-_DIGEST_LENGTH]
    return body + hashlib.sha256(body).hexdigest().encode("ascii")


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path`` (a regular file of at most ``MAX_FILE_BYTES``, read without
    blocking on a pipe or a device)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise ProgressFileError(f"Cannot read {path}: {error.strerror or error}.") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ProgressFileError(f"{path} is not a file; choose a progress file ({SUFFIX}).")
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ProgressFileError(f"Cannot read {path}: {error.strerror or error}.") from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise ProgressFileError(
            f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB: it is not a progress file "
            "Trainer wrote. Nothing was imported."
        )
    return data


def _check_whole(data: bytes, where: str) -> None:
    """Refuse a file whose closing digest is missing or does not match."""
    tail = len(TRAILER) + _DIGEST_LENGTH
    if len(data) >= tail and data[-tail:-_DIGEST_LENGTH] == TRAILER:
        digest = hashlib.sha256(data[:-_DIGEST_LENGTH]).hexdigest().encode("ascii")
        if digest != data[-_DIGEST_LENGTH:]:
            raise _damaged(where)
        return
    name_length = int.from_bytes(data[26:28], "little") if len(data) >= 28 else 0
    first_name = data[30 : 30 + name_length]
    if data.startswith(b"PK\x03\x04") and first_name == MANIFEST_NAME.encode():
        if _says_foreign(data):
            raise _not_ours(where)
        raise _damaged(where, "incomplete or damaged (cut short, perhaps while copying)")
    raise _not_ours(where)


def _says_foreign(data: bytes) -> bool:
    """Whether a ZIP archive without the closing digest opens and its manifest says it is
    not a progress file (another program's ``manifest.json``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(_member(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES, ""))
    except (*_ZIP_ERRORS, RecursionError):
        return False
    return not isinstance(manifest, dict) or manifest.get("format") != FORMAT


def _member(archive: zipfile.ZipFile, name: str, limit: int, where: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit or info.flag_bits & 0x1:  # too large, or encrypted
        raise _damaged(where)
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise _damaged(where)
    return data


def _manifest(archive: zipfile.ZipFile, where: str) -> Manifest:
    names = archive.namelist()
    if len(names) > MAX_MEMBERS or len(set(names)) != len(names):
        raise _damaged(where)
    if MANIFEST_NAME not in names:
        raise _not_ours(where)
    try:
        raw = json.loads(_member(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES, where))
    except (ValueError, RecursionError):
        raise _not_ours(where) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _not_ours(where)
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise _newer(where, version)
    try:
        return Manifest.model_validate(raw)
    except ValidationError as error:
        raise unusable(where, "its manifest: " + describe(error)) from None


def describe(error: ValidationError) -> str:
    """The first problem of a validation error, where and what, safe to show (the file's
    own text is never repeated: it could hold anything)."""
    first = error.errors(include_url=False, include_input=False)[0]
    parts = []
    for part in first["loc"]:
        if isinstance(part, int):
            parts.append(str(part + 1))
        else:
            text = str(part)
            safe = text.isascii() and text.replace("_", "").isalnum() and len(text) <= 40
            parts.append(text if safe else "(an unknown field)")
    place = ", ".join(parts) or "the whole file"
    message = first["msg"]
    if first["type"] == "value_error":  # one of the models' own checks: its words alone
        message = str(first.get("ctx", {}).get("error", message))
    return f"{place}: {message}"


def unpack(data: bytes, where: str) -> ProgressFile:
    """Check and read the bytes of a progress file; :class:`ProgressFileError` when they
    are not one this Trainer can import."""
    _check_whole(data, where)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = _manifest(archive, where)
            if CONTENT_NAME not in archive.namelist():
                raise _damaged(where)
            content = _member(archive, CONTENT_NAME, MAX_CONTENT_BYTES, where)
    except _ZIP_ERRORS as error:
        if isinstance(error, ProgressFileError):
            raise
        raise _damaged(where) from None
    if hashlib.sha256(content).hexdigest() != manifest.content_sha256:
        raise _damaged(where)
    try:
        progress = Progress.model_validate_json(content)
    except ValidationError as error:
        raise unusable(where, describe(error)) from None
    return ProgressFile(where, manifest, progress)


def read_progress_file(path: Path | str) -> ProgressFile:
    """Read and check the progress file at ``path`` (see :func:`unpack`)."""
    path = Path(path)
    return unpack(read_bytes(path), str(path))
