"""Off-the-job hours arithmetic shared by the models and the plain-SQL readers (no ORM)."""

from __future__ import annotations


def effective_otj_target(target: float, reduction: float | None) -> float:
    """The off-the-job hours still to do: the target less what prior learning removes."""
    return max(0.0, target - (reduction or 0.0))
