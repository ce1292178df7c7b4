"""The real-browser tests skip an engine that is not installed, but never in CI."""

from __future__ import annotations

import browserkit
import pytest
from browserkit import missing, require


def test_a_missing_browser_is_skipped_here_and_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(browserkit, "FIREFOX", "/nowhere/firefox-esr")
    assert missing("firefox") == "/nowhere/firefox-esr not installed (Debian package firefox-esr)"
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="firefox: /nowhere/firefox-esr"):
        require("firefox")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI runs the page in every engine"):
        require("firefox")
