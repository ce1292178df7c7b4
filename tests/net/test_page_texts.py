"""The participant page's texts reach the app's translations and the page."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.core.workshop.live import REASONS
from trainer.net import page_texts
from trainer.net.page_files import PAGE_FILES, page_file
from trainer.net.page_texts import PAGE_TEXTS

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_lupdate_collects_every_text(tmp_path: Path) -> None:
    ts = tmp_path / "phone.ts"
    source = Path(page_texts.__file__)
    subprocess.run([str(LUPDATE), str(source), "-ts", str(ts)], check=True, capture_output=True)
    found = re.findall(r"<source>(.*?)</source>", ts.read_text(encoding="utf-8"), re.DOTALL)
    assert "<name>Phone</name>" in ts.read_text(encoding="utf-8")
    unescaped = {f.replace("&apos;", "'").replace("&amp;", "&") for f in found}
    assert unescaped == set(PAGE_TEXTS.values())


def test_every_text_the_page_asks_for_exists() -> None:
    scripts = "".join(
        page_file(f.name).decode() for f in PAGE_FILES.values() if f.name.endswith(".js")
    )
    asked = set(re.findall(r'\bt\("([a-z_]+(?:\.[a-z_]+)?)"', scripts))
    assert len(asked) > 30, asked
    assert asked <= set(PAGE_TEXTS), asked - set(PAGE_TEXTS)
    assert {f"error.{code}" for code in REASONS} <= set(PAGE_TEXTS)  # t("error." + code)


def test_translations_replace_only_known_texts() -> None:
    texts = page_texts.page_texts({"join.button": "Rejoindre", "evil": "x", "title": ""})
    assert texts["join.button"] == "Rejoindre"
    assert "evil" not in texts
    assert texts["title"] == PAGE_TEXTS["title"]
