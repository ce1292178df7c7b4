"""Checks across banks: a bank id or an item id used twice.

The first bank (in load order) keeps the id; the later one gets an error that names
both places. A repeated item id drops that item (and the questions generated from it)
from the later bank; a repeated bank id drops the later bank. Positions are found by
re-reading the files involved, which only happens when there is such a clash.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from trainer.core.banks.errors import BankError
from trainer.core.banks.questions import Question

if TYPE_CHECKING:  # YAML and the Pydantic models only when there is a clash to locate
    from trainer.core.banks import yamlsafe


class _BankLike(Protocol):
    id: str
    questions: list[Question]

    @property
    def path(self) -> Any: ...


def _position(bank: _BankLike, loc_of: Any) -> tuple[yamlsafe.Loc, int, int]:
    """``loc_of(data)`` gives a data path; return it with its 1-based position."""
    from trainer.core.banks import yamlsafe
    from trainer.core.banks.diagnose import Locator

    try:
        text = yamlsafe.decode(yamlsafe.read_file(bank.path))
        data, _ = yamlsafe.parse(text)
        loc: yamlsafe.Loc = loc_of(data)
        line, column = Locator(str(bank.path), text).position(loc)
        return loc, line, column
    except (OSError, yamlsafe.YamlRefused, TypeError, KeyError, StopIteration, AttributeError):
        return (), 1, 1


def _item_loc(item_id: str) -> Any:
    def find(data: Any) -> yamlsafe.Loc:
        items = data["items"]
        index = next(i for i, item in enumerate(items) if item.get("id") == item_id)
        return ("items", index, "id")

    return find


def check_banks(banks: list[Any]) -> Iterator[BankError]:
    """Yield clash errors, removing the clashing bank or items from ``banks`` in place."""
    owners: dict[str, Any] = {}
    bank_owner: dict[str, Any] = {}
    for bank in list(banks):
        first_bank = bank_owner.get(bank.id)
        if first_bank is not None:
            _, line, column = _position(bank, lambda _data: ("id",))
            _, line1, col1 = _position(first_bank, lambda _data: ("id",))
            message = f"id: bank id `{bank.id}` is already used in {first_bank.path}:{line1}:{col1}"
            yield BankError(str(bank.path), line, column, "id", message)
            banks.remove(bank)
            continue
        bank_owner[bank.id] = bank
        clashes = sorted({q.fact_id for q in bank.questions if q.fact_id in owners})
        for item_id in clashes:
            first = owners[item_id]
            loc, line, column = _position(bank, _item_loc(item_id))
            _, line1, col1 = _position(first, _item_loc(item_id))
            where = f"items[{loc[1]}].id" if len(loc) == 3 else "items"
            message = f"{where}: item id `{item_id}` is already used in {first.path}:{line1}:{col1}"
            yield BankError(str(bank.path), line, column, where, message)
        if clashes:
            dropped = set(clashes)
            bank.questions = [q for q in bank.questions if q.fact_id not in dropped]
        for q in bank.questions:
            owners.setdefault(q.fact_id, bank)
