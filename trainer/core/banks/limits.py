"""The bank format's version and file size limit.

No imports: the bank cache and the loader read these on every start, before they
know whether YAML and the Pydantic models are needed at all.
"""

from __future__ import annotations

FORMAT_VERSION = 1
"""The version of the bank format this Trainer reads (``format: 1``)."""
MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are refused before parsing."""
