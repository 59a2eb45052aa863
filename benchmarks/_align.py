"""Carrying gold character offsets into the text ingestion produced (used by the trust harnesses)."""

import difflib


def align(src, dst):
    """Map every position of src to dst, or -1 where dst dropped the character (ingestion removed a
    dateline or boilerplate paragraph): difflib's matching blocks, equal-length replacements 1:1."""
    m = [-1] * (len(src) + 1)
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == 'equal' or (tag == 'replace' and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                m[i1 + k] = j1 + k
    m[len(src)] = len(dst)
    return m


def move(m, s, e):
    """A span of src in dst coordinates (None when ingestion dropped half of it or more)."""
    got = [m[i] for i in range(s, e) if m[i] >= 0]
    if len(got) < 0.5 * max(1, e - s):
        return None
    return (min(got), max(got) + 1)
