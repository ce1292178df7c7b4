"""Where scored answers come from: one registry entry per source.

Each source reads its answers as :class:`~trainer.core.analysis.model.Attempt` values
(answers given together) inside the analysis's one read transaction. A new source (phone
answers of a workshop game, progress imported from another laptop when it is kept apart)
is a module with a ``read(conn, filters)`` function and one entry here; its name is then
accepted by ``trainer analysis --source`` and shown in the ``sources`` column.

The readers are imported only when an analysis runs (they need SQLAlchemy), so that this
registry stays light for the command line's parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.core.analysis.model import Attempt, Filters

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Reader = Callable[["Connection", Filters], list[Attempt]]


@dataclass(frozen=True, slots=True)
class Source:
    """A kind of scored answer the database holds."""

    name: str
    description: str
    reader: Callable[[], Reader]
    """Returns the source's reader (importing its module then)."""


def _quiz() -> Reader:
    from trainer.core.analysis.read_quiz import read

    return read


def _workshop() -> Reader:
    from trainer.core.analysis.read_workshop import read

    return read


def _phone() -> Reader:
    from trainer.core.analysis.read_live import read

    return read


def _imported() -> Reader:
    from trainer.core.analysis.read_imported import read

    return read


SOURCES: dict[str, Source] = {
    "quiz": Source("quiz", "quiz answers: each quiz attempt of a local learner", _quiz),
    "workshop": Source("workshop", "workshop team answers: each team of a session", _workshop),
    "phone": Source("phone", "phone game answers: each participant of a session", _phone),
    "imported": Source(
        "imported", "imported progress: each quiz attempt of an imported learner", _imported
    ),
}
"""Every source, by the name the command line and the CSV use."""


class UnknownSourceError(ValueError):
    """A source name that is not in :data:`SOURCES` (the message lists the known ones)."""


def chosen_sources(names: tuple[str, ...]) -> tuple[Source, ...]:
    """The sources named (all of them for none); :class:`UnknownSourceError` for a name
    that is not one."""
    unknown = [n for n in names if n not in SOURCES]
    if unknown:
        raise UnknownSourceError(
            f"There is no source {unknown[0][:40]!r}; the sources are {', '.join(SOURCES)}."
        )
    return tuple(SOURCES[n] for n in dict.fromkeys(names or tuple(SOURCES)))
