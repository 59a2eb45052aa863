"""Errors the user can act on: each names the file (or option) and the problem in one line."""

from __future__ import annotations


class BriefingError(Exception):
    """A problem with the user's input or options; the CLI prints it as one line and exits non-zero.

    ``where`` names the file, ``file:line`` or option; ``problem`` says what is wrong.
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
