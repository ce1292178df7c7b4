"""A package's public names, imported on first use (PEP 562).

A package ``__init__`` that re-exports its modules' names makes every import of
any one of its modules pay for all of them. With :func:`lazy_exports` the
``__init__`` keeps the same public names (listed for type checkers under
``TYPE_CHECKING``) and imports a module only when one of its names is used.
``tests/test_startup_imports.py`` checks what the way to Home imports.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(package: str, modules: dict[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: ``modules`` maps a module (relative to the
    package) to its public names, separated by spaces."""
    defined_in = {name: module for module, names in modules.items() for name in names.split()}
    namespace = import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        module = defined_in.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
