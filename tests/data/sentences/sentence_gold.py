"""Read the hand-segmented gold files beside this module (format: see README.md here)."""

from __future__ import annotations

from pathlib import Path

GOLD_DIR = Path(__file__).parent
NEWLINE_MARK = " ⏎"


def read_gold(name: str) -> list[tuple[str, list[str]]]:
    """(text, gold sentences) for every item of one gold file."""
    raw = (GOLD_DIR / name).read_text(encoding="utf-8")
    items = []
    for block in raw.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines or lines[0].startswith("#"):
            continue
        text = ""
        sentences = []
        for i, line in enumerate(lines):
            joiner = "\n" if line.endswith(NEWLINE_MARK) else " "
            line = line.removesuffix(NEWLINE_MARK)
            sentences.append(line)
            text += line + (joiner if i < len(lines) - 1 else "")
        items.append((text, sentences))
    return items


def accuracy(items: list[tuple[str, list[str]]], split, language: str = "english"):
    """Share of items split exactly right, and the list of (text, gold, got) failures."""
    failures = []
    for text, gold in items:
        got = split(text, language)
        if got != gold:
            failures.append((text, gold, got))
    return 1 - len(failures) / len(items), failures
