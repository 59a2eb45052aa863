"""The package type-checks: ``mypy briefing`` is clean (issue 14), as it runs in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_is_clean(tmp_path):
    api = pytest.importorskip("mypy.api")
    out, err, code = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path),
                              "--no-error-summary", str(ROOT / "briefing")])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert code == 0 and not errors, "\n".join(errors) or err
