"""Regular expressions compiled on first use.

Ingestion has many large patterns that most inputs never reach (the cheap pre-tests in
:func:`briefing.ingest.boilerplate.classify` skip them for ordinary prose). Compiling them when
the module is imported would cost every run, including a five-article build, several
milliseconds each; :func:`lazy` defers that to the first call.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A stand-in for :class:`re.Pattern` that compiles itself the first time it is used.

    Supports the methods ingestion uses (``match``, ``fullmatch``, ``search``, ``finditer``,
    ``findall``, ``sub``, ``split``) and the ``pattern`` and ``flags`` attributes.
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).fullmatch(string, *args)

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).search(string, *args)

    def finditer(self, string: str, *args: Any):
        return (self._compiled or self.compiled()).finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list:
        return (self._compiled or self.compiled()).findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self._compiled or self.compiled()).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list:
        return (self._compiled or self.compiled()).split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern like ``re.compile(pattern, flags)``, compiled when first used."""
    return LazyPattern(pattern, flags)
