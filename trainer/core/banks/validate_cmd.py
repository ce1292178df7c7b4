"""``trainer validate [PATH ...] [--format text|json]`` and ``trainer schema``.

:func:`run` checks bank files and folders and prints every error as
``path:line:column: error: message`` followed by a one-line summary; it returns 0 when
all banks are valid, 1 when any is not, 2 on bad usage (a path that does not exist, an
unknown format). It never lets an exception escape.

:func:`schema_text` is the JSON Schema of the format, generated from the pydantic
models; ``resources/bank.schema.json`` must equal it. Regenerate it with::

    python -m trainer.core.banks.validate_cmd --write-schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from trainer.core.banks.errors import BankLoadError
from trainer.core.banks.loader import LoadResult, load_banks
from trainer.core.banks.schema import BankFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_text() -> str:
    """The bank format's JSON Schema: pretty, stable, with titles and descriptions."""
    schema: dict[str, Any] = {"$schema": SCHEMA_DIALECT}
    schema.update(BankFile.model_json_schema())
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: LoadResult) -> str:
    """``"3 banks checked, 1 invalid, 4 errors"`` (and ``", 2 warnings"`` when there are)."""
    checked = _plural(len(result.files), "bank")
    text = f"{checked} checked, {len(result.invalid_files)} invalid, " + _plural(
        len(result.errors), "error"
    )
    return text + (f", {_plural(len(result.warnings), 'warning')}" if result.warnings else "")


def _report(result: LoadResult, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        payload = {
            "valid": not result.errors,
            "banks_checked": len(result.files),
            "banks_invalid": len(result.invalid_files),
            "error_count": len(result.errors),
            "questions": len(result.questions),
            "errors": [error.to_json() for error in result.errors],
            "warning_count": len(result.warnings),
            "warnings": [warning.to_json() for warning in result.warnings],
            "summary": summary(result),
        }
        out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    for error in result.errors:
        out.write(f"{error}\n")
    for warning in result.warnings:
        out.write(f"{warning}\n")
    out.write(summary(result) + "\n")


def _usage_error(message: str, fmt: str, out: TextIO) -> int:
    if fmt == "json":
        out.write(json.dumps({"valid": False, "usage_error": message}) + "\n")
    else:
        out.write(f"trainer validate: error: {message}\n")
    return 2


def run(paths: list[str], *, fmt: str, default_paths: list[Path], out: TextIO) -> int:
    """Check banks and print the report; the exit code (0 valid, 1 invalid, 2 bad usage)."""
    if fmt not in ("text", "json"):
        return _usage_error(f"unknown format {fmt!r} (use text or json)", "text", out)
    if paths:
        targets = [Path(p) for p in paths]
        missing = [str(p) for p in targets if not p.exists()]
        if missing:
            return _usage_error(f"{missing[0]}: no such file or folder", fmt, out)
    else:
        targets = [p for p in default_paths if p.exists()]
    try:
        result = load_banks(targets)
    except BankLoadError as exc:
        return _usage_error(str(exc), fmt, out)
    except Exception as exc:
        return _usage_error(f"unexpected problem while checking: {exc!r}", fmt, out)
    _report(result, fmt, out)
    return 1 if result.errors else 0


def _main(argv: list[str]) -> int:
    if argv == ["--write-schema"]:
        target = Path(__file__).resolve().parents[3] / "resources" / "bank.schema.json"
        target.write_text(schema_text(), encoding="utf-8")
        print(f"wrote {target}")
        return 0
    if argv == ["--print-schema"]:
        sys.stdout.write(schema_text())
        return 0
    print("usage: python -m trainer.core.banks.validate_cmd --write-schema | --print-schema")
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
