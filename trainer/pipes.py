"""Ending quietly when standard output is a pipe whose reader has gone
(``trainer validate | head``), for every command line of Trainer."""

from __future__ import annotations

import sys


def closed_pipe_exit() -> int:
    """Stop quietly when the reader of standard output has gone, as Unix tools do: no
    message, no log file, and the exit code a shell reports for SIGPIPE (128 + 13)."""
    import os

    try:  # Python would complain when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    return 128 + 13
