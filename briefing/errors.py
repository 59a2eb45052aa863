"""Errors the user can act on: each names the file (or option) and the problem in one line."""

from __future__ import annotations

import math


class BriefingError(Exception):
    """A problem with the user's input or options; the CLI prints it as one line and exits non-zero.

    Attributes:
        where: the file, ``file:line`` or parameter the problem is in.
        problem: what is wrong.
    """

    exit_code = 1

    def __init__(self, where: str, problem: str) -> None:
        self.where = str(where)
        self.problem = problem
        super().__init__(f"{self.where}: {problem}" if self.where else problem)

    def __reduce__(self):
        # Pickle by the constructor's arguments, so an error raised in a worker process
        # arrives whole (the default would call ``cls(message)``).
        return type(self), (self.where, self.problem)


class InputError(BriefingError):
    """An input file or folder cannot be read as articles (exit code 1)."""

    exit_code = 1


class OutputError(BriefingError):
    """An output cannot be written or rendered (exit code 3)."""

    exit_code = 3


class OptionError(BriefingError, ValueError):
    """A parameter of the library with a value it does not allow (exit code 2).

    ``where`` is the parameter's name as the Python API spells it (``"algorithm"``,
    ``"max_points"``); the command line names its own option instead.
    """

    exit_code = 2


def check_number(name: str, value, *, low: float | None = None, high: float | None = None,
                 whole: bool = False) -> None:
    """Raise :class:`OptionError` unless ``value`` is a fitting number.

    Args:
        name: the parameter's name, as the error names it.
        value: the value to check.
        low: the least allowed value (inclusive), if any.
        high: the largest allowed value (inclusive), if any.
        whole: whether the value must be an ``int`` (``bool`` is not one).

    Raises:
        OptionError: the value is not a finite number, not whole when it must be, or out of range.
    """
    kind = "a whole number" if whole else "a number"
    ok = isinstance(value, int) if whole else isinstance(value, (int, float))
    if isinstance(value, bool) or not ok or (not whole and not math.isfinite(value)):
        raise OptionError(name, f"must be {kind}, got {value!r}")
    if low is not None and value < low:
        raise OptionError(name, f"must be {kind} >= {low}, got {value!r}")
    if high is not None and value > high:
        raise OptionError(name, f"must be {kind} <= {high}, got {value!r}")
