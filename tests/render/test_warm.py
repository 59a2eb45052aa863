"""Getting WeasyPrint ready ahead of time changes nothing in the PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.render.pdf import import_weasyprint

ROOT = Path(__file__).resolve().parents[2]

RENDER = """
import sys
from briefing.ingest import load_articles
from briefing.engine.pipeline import build_briefing
from briefing.render import pdf
if sys.argv[1] == "warm":
    pdf.warm_up()
b = build_briefing(load_articles([sys.argv[2]]))
sys.stdout.buffer.write(pdf.render_pdf(b))
"""


def test_array_types_are_the_ones_cffi_would_parse():
    import_weasyprint()
    from weasyprint.text.ffi import ffi

    parser = ffi._parser
    assert parser._briefing_quick_arrays
    for cdecl in ("hb_codepoint_t[123]", "unsigned int [ 7 ]", "char[4]"):
        slow = type(parser).parse_type(parser, cdecl)  # cffi's own parser, unpatched
        with ffi._lock:
            expected = ffi._get_cached_btype(slow)
        assert ffi.typeof(cdecl) is expected
    assert ffi.sizeof("hb_codepoint_t[10]") == 10 * ffi.sizeof("hb_codepoint_t")
    assert list(ffi.new("hb_codepoint_t[3]", [7, 8, 9])) == [7, 8, 9]
    assert ffi.typeof("char *[2]").length == 2  # not an array of a plain name: cffi's own path


@pytest.mark.skipif(not (ROOT / "samples").is_dir(), reason="needs the bundled samples")
def test_warm_up_leaves_the_pdf_byte_identical(tmp_path):
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    out = {}
    for mode in ("cold", "warm"):
        run = subprocess.run([sys.executable, "-c", RENDER, mode, str(ROOT / "samples")],
                             capture_output=True, env=env, timeout=120, check=True)
        out[mode] = run.stdout
    assert out["cold"].startswith(b"%PDF")
    assert out["cold"] == out["warm"]
