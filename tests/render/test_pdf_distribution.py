"""The PDF as distributed: shipped fonts (same bytes without system fonts), tagged and accessible,
and an archival variant that carries the briefing's JSON."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pikepdf = pytest.importorskip("pikepdf")

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"

_SCRIPT = """
import hashlib, sys
from briefing import load_articles, build_briefing
from briefing.render.pdf import render_pdf
data = render_pdf(build_briefing(load_articles([sys.argv[1]])))
sys.stdout.write(hashlib.sha256(data).hexdigest())
"""


def _pdf_hash(env_extra: dict) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000", **env_extra}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(SAMPLES)], capture_output=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode()


def test_same_pdf_bytes_with_and_without_system_fonts(tmp_path):
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                     f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n")
    assert _pdf_hash({}) == _pdf_hash({"FONTCONFIG_FILE": str(empty)})


def test_the_packaged_fonts_are_the_ones_embedded(sample_pdf):
    pdf = pikepdf.open(io.BytesIO(sample_pdf))
    fonts = {str(f.BaseFont).split("+", 1)[1] for f in pdf.pages[0].Resources.Font.values()}
    assert fonts and all(name.startswith(("Briefing-Serif", "Briefing-Sans")) for name in fonts), fonts


@pytest.fixture(scope="module")
def sample_briefing():
    from briefing import build_briefing, load_articles

    return build_briefing(load_articles([str(SAMPLES)]))


@pytest.fixture(scope="module")
def sample_pdf(sample_briefing):
    from briefing.render.pdf import render_pdf

    return render_pdf(sample_briefing)


def _roles(node, out):
    if isinstance(node, pikepdf.Dictionary):
        if "/S" in node:
            out.add(str(node.S))
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                _roles(kid, out)
        elif isinstance(kids, pikepdf.Dictionary):
            _roles(kids, out)
    return out


def test_the_default_pdf_is_tagged_with_language_title_and_structure(sample_pdf, sample_briefing):
    pdf = pikepdf.open(io.BytesIO(sample_pdf))
    root = pdf.Root
    assert "/StructTreeRoot" in root
    assert bool(root.MarkInfo.Marked)
    assert str(root.Lang) == "en"
    assert bool(root.ViewerPreferences.DisplayDocTitle)
    assert str(pdf.docinfo.Title) == sample_briefing.title
    roles = _roles(root.StructTreeRoot, set())
    assert {"/H1", "/H2", "/L", "/LI", "/P"} <= roles, roles
    assert {"/Table", "/TR", "/TD"} <= roles or not sample_briefing.disagreements


def test_the_document_language_follows_the_briefing(sample_briefing):
    from dataclasses import replace

    from briefing.render.pdf import render_pdf

    pdf = pikepdf.open(io.BytesIO(render_pdf(replace(sample_briefing, language="french"))))
    assert str(pdf.Root.Lang) == "fr"


def test_archival_variant_carries_every_citation(sample_briefing):
    from briefing.render.pdf import render_pdf

    pdf = pikepdf.open(io.BytesIO(render_pdf(sample_briefing, variant="pdf/a-3b")))
    assert list(pdf.attachments) == ["briefing.json"]
    data = json.loads(pdf.attachments["briefing.json"].get_file().read_bytes())
    texts = [s["text"] for s in data["sources"]]
    points = [*sample_briefing.bottom_line, *(p for t in sample_briefing.topics for p in t.points)]
    cited = [c for p in points for c in p.citations]
    found = [c for t in data["topics"] for p in t["points"] for c in p["citations"]]
    found += [c for p in data["bottom_line"] for c in p["citations"]]
    assert len(found) == len(cited) > 0
    for c in found:
        assert texts[c["article"]][c["start"]:c["end"]] == c["text"]
    assert "/StructTreeRoot" in pdf.Root
    meta = pdf.open_metadata()
    assert meta.get("pdfaid:part") == "3" and meta.get("pdfaid:conformance") == "B"


def test_unknown_variant_is_an_error(sample_briefing):
    from briefing.render.pdf import render_pdf

    with pytest.raises(ValueError, match="unknown PDF variant"):
        render_pdf(sample_briefing, variant="pdf/x-1a")


def test_cli_pdf_variant(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-m", "briefing", "build", str(SAMPLES), "--pdf", "a.pdf", "-q"]
    proc = subprocess.run(run + ["--pdf-variant", "pdf/a-3b"], cwd=tmp_path, capture_output=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    assert list(pikepdf.open(tmp_path / "a.pdf").attachments) == ["briefing.json"]
    proc = subprocess.run(run + ["--pdf-variant", "pdf/x"], cwd=tmp_path, capture_output=True, env=env,
                          timeout=600)
    assert proc.returncode == 2
