"""How a typed answer is compared with the accepted ones (short answers, cloze blanks)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from trainer.core.normalize import answer_key, parse_number


def text_matches(response: str, accepted: Sequence[str]) -> bool:
    """Whether a typed answer matches one of ``accepted`` (normalised; numbers by value)."""
    key = answer_key(response)
    number = parse_number(response)
    for answer in accepted:
        expected_number = parse_number(answer)
        if number is not None and expected_number is not None:
            if math.isclose(number, expected_number, rel_tol=1e-9, abs_tol=1e-12):
                return True
        elif key == answer_key(answer) and key:
            return True
    return False
