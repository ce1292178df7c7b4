"""Texts of a minimal valid bank, shared by the bank tests."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"

HEADER = """\
format: 1
id: t
title: T
version: "1"
language: en
description: D
source: S
items:
"""
# Line 9 onwards: one single-choice item.
ITEM = """\
  - id: t.a
    kind: single_choice
    topic: T
    difficulty: 1
    source: S
    explanation: E
    question: Q?
    correct: A
    wrong: [B, C]
"""
VALID = HEADER + ITEM
