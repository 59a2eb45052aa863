"""Atomic writes and template lookup."""

from __future__ import annotations

import os

import pytest

from briefing.errors import InputError, OutputError
from briefing.render import output
from briefing.render.html import render_html
from briefing.render.output import find_template, packaged_templates, template_dirs, template_path, write_atomic



def test_write_atomic_writes_bytes_and_text(tmp_path):
    p = tmp_path / "a.txt"
    write_atomic(p, "héllo")
    assert p.read_bytes() == "héllo".encode()
    write_atomic(p, b"\x00\x01")
    assert p.read_bytes() == b"\x00\x01"
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_write_atomic_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "keep.pdf"
    p.write_bytes(b"old")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", boom)
    with pytest.raises(OutputError) as err:
        write_atomic(p, b"new")
    assert "keep.pdf" in str(err.value) and "\n" not in str(err.value)
    assert p.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["keep.pdf"]


def test_write_atomic_failure_while_writing(tmp_path, monkeypatch):
    p = tmp_path / "keep.md"
    p.write_text("old")
    monkeypatch.setattr(output.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(OutputError):
        write_atomic(p, "new")
    assert p.read_text() == "old" and sorted(os.listdir(tmp_path)) == ["keep.md"]


def test_write_atomic_bad_targets(tmp_path):
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "missing" / "x.pdf", b"x")
    with pytest.raises(OutputError):
        write_atomic(tmp_path, b"x")


def test_write_atomic_keeps_permissions(tmp_path):
    p = tmp_path / "m.txt"
    p.write_text("old")
    p.chmod(0o640)
    write_atomic(p, "new")
    assert (p.stat().st_mode & 0o777) == 0o640


def test_template_lookup_order_and_fallback(tmp_path, make_briefing):
    packaged = packaged_templates()
    assert (packaged / "briefing.html.j2").is_file() and (packaged / "briefing.css").is_file()
    assert template_path() == packaged
    (tmp_path / "briefing.css").write_text("h1 { color: rgb(1, 2, 3); }")
    assert template_dirs(tmp_path) == [tmp_path.resolve(), packaged]
    assert find_template("briefing.css", tmp_path) == tmp_path.resolve() / "briefing.css"
    assert find_template("briefing.html.j2", tmp_path) == packaged / "briefing.html.j2"
    html = render_html(make_briefing("small"), template_dir=tmp_path)
    assert "rgb(1, 2, 3)" in html and "<h1>Halden port strike</h1>" in html
    with pytest.raises(InputError):
        template_path(tmp_path / "nope")


def test_broken_custom_template_is_a_one_line_error(tmp_path, make_briefing):
    (tmp_path / "briefing.html.j2").write_text("{% for x in %}")
    with pytest.raises(OutputError) as err:
        render_html(make_briefing("small"), template_dir=tmp_path)
    assert "briefing.html.j2" in str(err.value) and "\n" not in str(err.value)
