"""The ``imported`` source: the quiz attempts that came in through progress files.

An attempt is imported when its learner is: a learner with a row in ``progress_import``
(a progress file added something to them, see ``docs/progress-file.md``). A local learner
into whom a file was merged by name therefore counts as imported, with all their attempts;
the ``quiz`` source holds every other learner's, so choosing both sources counts each
answer once. The attempts are read exactly as the ``quiz`` source reads them
(:func:`trainer.core.analysis.read_quiz.read_attempts`).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from trainer.core.analysis.model import Attempt, Filters
from trainer.core.analysis.read_quiz import read_attempts

SOURCE = "imported"


def read(conn: Connection, filters: Filters) -> list[Attempt]:
    """The imported learners' quiz attempts the filters want."""
    return read_attempts(conn, filters, SOURCE, imported=True)
