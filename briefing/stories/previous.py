"""What is new since a previous digest: continuing stories keep their ids; new points and figures.

A previous digest folder holds ``index.json`` (every story with its id, article ids and telling
stems) and ``stories/<id>.json`` (each briefed story, as ``briefing build --json`` writes it).

* A story of today continues a story of the previous digest when they share articles (the one
  sharing most wins), else when their telling stems overlap enough (at least ``min_overlap`` of
  the smaller set) and today's story starts within ``max_gap_days`` of the old one's end. Each old
  id goes to one new story at most, biggest stories first.
* A point is new when no point of the previous briefing of that story has the same words (case,
  spacing and punctuation aside).
* A figure changed when a quantity of the "where sources differ" table was reported with other
  values before, and is new when it was not there.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from .group import Story


@dataclass(frozen=True)
class PreviousStory:
    """A story as the previous digest recorded it."""

    id: str
    title: str
    articles: frozenset[str]
    terms: tuple[str, ...]
    end: str = ""


@dataclass(frozen=True)
class Previous:
    """A previous digest: its stories and where their briefings are."""

    folder: Path
    created: str
    stories: tuple[PreviousStory, ...]

    def briefing(self, story_id: str) -> dict[str, Any] | None:
        """The previous briefing of a story (its JSON), or None when it had no page."""
        path = self.folder / "stories" / f"{story_id}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def load_previous(folder: str | Path) -> Previous:
    """Read a previous digest folder.

    Raises:
        InputError: the folder has no readable ``index.json``.
    """
    folder = Path(folder)
    path = folder / "index.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read the previous digest: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise InputError(str(path), f"not a digest index: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("stories"), list):
        raise InputError(str(path), "not a digest index (no 'stories' list)")
    stories = []
    for s in data["stories"]:
        if not isinstance(s, dict) or not isinstance(s.get("id"), str):
            continue
        ids = frozenset(str(a.get("id", "")) for a in s.get("articles", []) if isinstance(a, dict))
        stories.append(PreviousStory(id=s["id"], title=str(s.get("title", "")), articles=ids - {""},
                                     terms=tuple(str(t) for t in s.get("terms", [])), end=str(s.get("end", ""))))
    return Previous(folder, str(data.get("created", "")), tuple(stories))


@dataclass(frozen=True)
class Matcher:
    """Which story of a previous digest a story of today continues (see the module docstring).

    Attributes:
        min_overlap: the least share of telling stems two stories must have in common.
        max_gap_days: the most days between the old story's end and today's story's start.
    """

    min_overlap: float = 0.5
    max_gap_days: int = 14

    def __post_init__(self) -> None:
        if not 0.0 < self.min_overlap <= 1.0:
            raise ValueError(f"min_overlap must be in (0, 1], got {self.min_overlap!r}")
        if self.max_gap_days < 0:
            raise ValueError(f"max_gap_days must be >= 0, got {self.max_gap_days!r}")

    def run(self, stories: Sequence[Story], article_ids: Sequence[Sequence[str]],
            previous: Previous) -> list[str | None]:
        """The previous id each story continues, or None for a new story.

        Args:
            stories: today's stories, biggest first.
            article_ids: the ids of each story's articles.
            previous: the previous digest.
        """
        by_article: dict[str, int] = {}
        for k, p in enumerate(previous.stories):
            for a in p.articles:
                by_article.setdefault(a, k)
        taken: set[int] = set()
        out: list[str | None] = []
        for story, ids in zip(stories, article_ids):
            counts: dict[int, int] = {}
            for a in ids:
                k = by_article.get(a)  # type: ignore[assignment]
                if k is not None and k not in taken:
                    counts[k] = counts.get(k, 0) + 1
            best = min(counts, key=lambda k: (-counts[k], k)) if counts else None
            if best is None:
                best = self._by_terms(story, previous, taken)
            if best is None:
                out.append(None)
            else:
                taken.add(best)
                out.append(previous.stories[best].id)
        return out

    def _by_terms(self, story: Story, previous: Previous, taken: set[int]) -> int | None:
        mine = set(story.terms)
        if not mine:
            return None
        best, best_share = None, self.min_overlap
        for k, p in enumerate(previous.stories):
            if k in taken or not p.terms or not _near(p.end, story.start, self.max_gap_days):
                continue
            share = len(mine & set(p.terms)) / min(len(mine), len(p.terms))
            if share >= best_share and (best is None or share > best_share):
                best, best_share = k, share
        return best


def _near(end: str, start: str, days: int) -> bool:
    """Whether ``start`` is at most ``days`` after ``end`` (True when either is unknown)."""
    try:
        gap = (dt.date.fromisoformat(start[:10]) - dt.date.fromisoformat(end[:10])).days
    except ValueError:
        return True
    return gap <= days


_NORM = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


@dataclass(frozen=True)
class Changes:
    """What a story's briefing says that its previous briefing did not."""

    new_story: bool
    new_points: tuple[str, ...] = ()
    figures: tuple[str, ...] = field(default=())  # "quantity: old values -> new values"

    @property
    def any(self) -> bool:
        return self.new_story or bool(self.new_points) or bool(self.figures)

    def to_dict(self) -> dict[str, Any]:
        return {"new_story": self.new_story, "new_points": list(self.new_points), "figures": list(self.figures)}


def changes(current: dict[str, Any], before: dict[str, Any] | None, *, known: bool = False) -> Changes:
    """Compare a story's briefing (JSON dict) with its previous one.

    Args:
        current: today's briefing.
        before: the previous briefing; None when the story had no page before.
        known: the previous digest listed the story (then, without a page, all is new in it).
    """
    if before is None:
        if not known:
            return Changes(new_story=True)
        before = {}
    old_points = {_norm(p.get("text", "")) for p in _points(before)}
    new_points = tuple(p["text"] for p in _points(current) if _norm(p.get("text", "")) not in old_points)
    old_figures = _figures(before)
    figures = []
    for key, (quantity, values) in _figures(current).items():
        was = old_figures.get(key)
        if was is None:
            figures.append(f"{quantity}: {', '.join(values)} (new)")
        elif was[1] != values:
            figures.append(f"{quantity}: {', '.join(was[1])} -> {', '.join(values)}")
    return Changes(new_story=False, new_points=new_points, figures=tuple(figures))


def _points(b: dict[str, Any]) -> list[dict[str, Any]]:
    out = list(b.get("bottom_line") or [])
    for t in b.get("topics") or []:
        out.extend(t.get("points") or [])
    return [p for p in out if isinstance(p, dict)]


def _figures(b: dict[str, Any]) -> dict[str, tuple[str, list[str]]]:
    out: dict[str, tuple[str, list[str]]] = {}
    for d in b.get("disagreements") or []:
        quantity = str(d.get("quantity", ""))
        values = sorted({str(r.get("value", "")) for r in d.get("reports") or []})
        out[_norm(quantity)] = (quantity, values)
    return out
