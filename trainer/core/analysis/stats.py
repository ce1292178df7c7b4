"""The statistics of classical test theory, as Moodle's quiz statistics compute them.

Variances and covariances divide by ``n - 1`` (sample statistics, like Moodle). Each
function returns ``None`` where the number does not exist (too few values, or no
variance to divide by); callers say why in plain words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def variance(values: Sequence[float]) -> float | None:
    """Sample variance (``n - 1``); ``None`` for fewer than two values."""
    if len(values) < 2:
        return None
    centre = sum(values) / len(values)
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)


def sd(values: Sequence[float]) -> float | None:
    """Sample standard deviation; ``None`` for fewer than two values."""
    found = variance(values)
    return None if found is None else math.sqrt(found)


def covariance(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Sample covariance of paired values; ``None`` for fewer than two pairs."""
    if len(xs) != len(ys):
        raise ValueError("covariance needs paired values")
    if len(xs) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (len(xs) - 1)


def _no_spread(values: Sequence[float]) -> bool:
    return max(values) - min(values) <= 1e-12


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; ``None`` for fewer than two pairs or when either side does not vary."""
    if len(xs) < 2 or _no_spread(xs) or _no_spread(ys):
        return None
    cov = covariance(xs, ys)
    vx, vy = variance(xs), variance(ys)
    assert cov is not None and vx is not None and vy is not None
    return max(-1.0, min(1.0, cov / math.sqrt(vx * vy)))


def efficiency(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Moodle's discriminative efficiency: the covariance of the pairs over the covariance
    of the same values paired in rank order (the largest they could have); ``None`` when
    that largest covariance is not positive."""
    if len(xs) < 2 or _no_spread(xs) or _no_spread(ys):
        return None
    cov = covariance(xs, ys)
    most = covariance(sorted(xs), sorted(ys))
    assert cov is not None and most is not None
    return cov / most if most > 1e-12 else None


def cronbach_alpha(table: Sequence[Sequence[float]]) -> float | None:
    """Cronbach's alpha of a table of scores (one row per attempt, one column per question):
    ``k / (k - 1) × (1 - Σ var(question) / var(total))``. ``None`` for fewer than two
    questions or attempts, or when the totals do not vary."""
    if len(table) < 2 or not table[0] or len(table[0]) < 2:
        return None
    k = len(table[0])
    totals = [sum(row) for row in table]
    total_variance = variance(totals)
    if total_variance is None or _no_spread(totals):
        return None
    parts = 0.0
    for column in range(k):
        part = variance([row[column] for row in table])
        assert part is not None
        parts += part
    return k / (k - 1) * (1 - parts / total_variance)
