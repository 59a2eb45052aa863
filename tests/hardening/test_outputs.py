"""Outputs all or nothing, special output paths, stale temporaries, the template sandbox and
reproducible PDFs (issue 15)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import threading
from io import BytesIO
from pathlib import Path

import pytest

from briefing.errors import OutputError
from briefing.render import output
from briefing.render.output import (TEMP_PATTERN, check_destination, clear_stale_temporaries, resolve_target,
                                    write_outputs)

ROOT = Path(__file__).resolve().parents[2]
BODY = ("The foreign ministers met in Geneva on Friday for talks about the border.\n\n"
        "Both sides said the talks were useful.")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("BRIEFING_DEBUG", None)
    env.pop("SOURCE_DATE_EPOCH", None)
    return env


def _cli(args, cwd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=_env(), capture_output=True,
                          timeout=300, **kw)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------------------------- all or nothing


def test_a_failing_output_leaves_every_other_output_untouched(tmp_path, monkeypatch):
    pdf, md = tmp_path / "p.pdf", tmp_path / "x.md"
    pdf.write_bytes(b"old pdf")
    md.write_text("old md")
    real_write = os.write

    def write(fd, data):
        if bytes(data[:8]) == b"# new md":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(output.os, "write", write)
    with pytest.raises(OutputError) as err:
        write_outputs([(pdf, b"%PDF new"), (md, "# new md")])
    assert str(err.value) == f"{md}: cannot write: No space left on device"
    assert pdf.read_bytes() == b"old pdf" and md.read_text() == "old md"
    assert _names(tmp_path) == ["p.pdf", "x.md"]


def test_an_interrupt_while_writing_leaves_everything_untouched(tmp_path, monkeypatch):
    pdf, md = tmp_path / "p.pdf", tmp_path / "x.md"
    pdf.write_bytes(b"old pdf")
    md.write_text("old md")
    real_fsync = os.fsync
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the second temporary file is complete: Ctrl-C
            raise KeyboardInterrupt
        return real_fsync(fd)

    monkeypatch.setattr(output.os, "fsync", fsync)
    with pytest.raises(KeyboardInterrupt):
        write_outputs([(pdf, b"%PDF new"), (md, "# new md")])
    assert pdf.read_bytes() == b"old pdf" and md.read_text() == "old md"
    assert _names(tmp_path) == ["p.pdf", "x.md"]


def test_a_failing_device_output_leaves_the_files_untouched(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"old pdf")
    with pytest.raises(OutputError, match="/dev/full: cannot write: No space left on device"):
        write_outputs([(pdf, b"%PDF new"), ("/dev/full", "# new md")])
    assert pdf.read_bytes() == b"old pdf" and _names(tmp_path) == ["p.pdf"]


def test_cli_run_failing_on_one_output_replaces_none(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    (tmp_path / "a.md").write_text(BODY)
    (tmp_path / "p.pdf").write_bytes(b"old pdf")
    p = _cli(["build", "a.md", "--pdf", "p.pdf", "--md", "/dev/full"], tmp_path)
    assert p.returncode == 3
    assert p.stderr.decode() == "briefing: error: /dev/full: cannot write: No space left on device\n"
    assert (tmp_path / "p.pdf").read_bytes() == b"old pdf" and _names(tmp_path) == ["a.md", "p.pdf"]


# ---------------------------------------------------------------------------------- stale temporaries


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_stale_temporaries_of_killed_runs_are_cleared(tmp_path):
    dead = tmp_path / f".briefing.{_dead_pid()}-0123abcd.briefing.pdf.tmp"
    mine = tmp_path / f".briefing.{os.getpid()}-0123abcd.briefing.md.tmp"
    other = tmp_path / ".briefing.pdf.0123abcd.tmp"  # not our naming: never touched
    for p in (dead, mine, other):
        p.write_bytes(b"half")
    assert TEMP_PATTERN.fullmatch(dead.name) and not TEMP_PATTERN.fullmatch(other.name)
    assert clear_stale_temporaries(tmp_path) == [dead.name]
    assert _names(tmp_path) == sorted([mine.name, other.name])


def test_old_unlocked_temporary_of_a_running_pid_is_cleared(tmp_path):
    """A process id can be reused: an old temporary that nobody holds locked is stale too."""
    init = tmp_path / ".briefing.1-0123abcd.x.pdf.tmp"  # pid 1 always runs
    init.write_bytes(b"half")
    assert clear_stale_temporaries(tmp_path) == []  # fresh: it may be a writer's
    old = os.stat(init).st_mtime - output.STALE_AFTER - 5
    os.utime(init, (old, old))
    assert clear_stale_temporaries(tmp_path) == [init.name]


def test_check_destination_clears_the_folder(tmp_path):
    dead = tmp_path / f".briefing.{_dead_pid()}-0123abcd.out.md.tmp"
    dead.write_bytes(b"half")
    check_destination(tmp_path / "out.md")
    assert _names(tmp_path) == []


# ---------------------------------------------------------------------------------- special paths


def test_symlink_output_writes_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real" / "brief.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_outputs([(link, "new")])
    assert link.is_symlink() and real.read_text() == "new"
    assert _names(real.parent) == ["brief.md"] and _names(tmp_path) == ["link.md", "real"]


def test_dangling_symlink_output_creates_its_target(tmp_path):
    link = tmp_path / "link.md"
    link.symlink_to("made.md")
    write_outputs([(link, "new")])
    assert link.is_symlink() and (tmp_path / "made.md").read_text() == "new"


def test_character_device_is_written_not_replaced():
    assert resolve_target("/dev/null").how == "direct"
    write_outputs([("/dev/null", b"%PDF whatever")])
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_named_pipe_output_is_written_directly(tmp_path):
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_outputs([(fifo, "# through the pipe\n")])
    reader.join(10)
    assert got == [b"# through the pipe\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("name,fd", [("-", 1), ("/dev/stdout", 1), ("/dev/stderr", 2), ("/dev/fd/7", 7),
                                     ("/proc/self/fd/5", 5)])
def test_descriptor_paths_are_streams(name, fd):
    target = resolve_target(name)
    assert (target.how, target.fd) == ("fd", fd)


def test_dev_stdout_through_the_command_line_is_not_replaced(tmp_path):
    (tmp_path / "a.md").write_text(BODY)
    before = os.lstat("/dev/stdout")
    p = _cli(["build", "a.md", "--md", "/dev/stdout", "--quiet"], tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    assert p.stdout.decode().startswith("# ") and "Geneva" in p.stdout.decode()
    assert os.lstat("/dev/stdout").st_mode == before.st_mode  # still the link, also as root


def test_dev_fd_and_process_substitution(tmp_path):
    (tmp_path / "a.md").write_text(BODY)
    r, w = os.pipe()
    p = subprocess.Popen([sys.executable, "-m", "briefing", "build", "a.md", "--md", f"/dev/fd/{w}", "--quiet"],
                         cwd=tmp_path, env=_env(), pass_fds=(w,), stderr=subprocess.PIPE)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    assert p.wait(120) == 0, p.stderr.read().decode()
    assert data.startswith(b"# ") and b"Geneva" in data
    if os.path.exists("/bin/bash"):
        q = subprocess.run(["/bin/bash", "-c", f"{sys.executable} -m briefing build a.md --md >(cat > got.md) -q; "
                            "wait; sleep 0.5"], cwd=tmp_path, env=_env(), capture_output=True, timeout=120)
        assert q.returncode == 0, q.stderr.decode()
        assert (tmp_path / "got.md").read_text().startswith("# ")


def test_descriptor_not_open_is_a_clear_error():
    with pytest.raises(OutputError, match="file descriptor 987 is not open"):
        check_destination("/dev/fd/987")


# ---------------------------------------------------------------------------------- templates


def test_user_templates_run_in_the_sandbox(tmp_path):
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    marker = tmp_path / "pwned"
    code = "{{ cycler.__init__.__globals__.os.popen('touch %s').read() }}\n" % marker
    (tpl / "briefing.md.j2").write_text(code)
    (tpl / "briefing.html.j2").write_text(code)
    (tmp_path / "a.md").write_text(BODY)
    for fmt in ("md", "html", "pdf"):
        p = _cli(["build", "a.md", f"--{fmt}", f"out.{fmt}", "--template-dir", "tpl"], tmp_path)
        err = p.stderr.decode()
        assert p.returncode == 3, err
        assert err.count("\n") == 1 and "template error: access to attribute '__init__'" in err and "unsafe" in err
        assert not marker.exists() and not (tmp_path / f"out.{fmt}").exists()


def test_sandboxed_copy_of_the_packaged_templates_gives_the_same_output(tmp_path):
    from briefing import build_briefing, parse_article
    from briefing.render.markdown import render_markdown

    tpl = tmp_path / "tpl"
    tpl.mkdir()
    for name in output.TEMPLATE_NAMES:
        (tpl / name).write_text(output.find_template(name).read_text())
    b = build_briefing(parse_article(BODY, "a.txt"))
    assert render_markdown(b, template_dir=tpl) == render_markdown(b)


# ---------------------------------------------------------------------------------- reproducible PDF


def _font_timestamps(pdf: bytes) -> list[int]:
    """``head.modified`` of every TrueType/OpenType font subset embedded in the PDF."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader

    stamps = []
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for f in fonts:
                descriptor = f["/FontDescriptor"].get_object()
                for key in ("/FontFile2", "/FontFile3"):
                    if key in descriptor:
                        stamps.append(TTFont(BytesIO(descriptor[key].get_object().get_data()))["head"].modified)
    return stamps


def test_pdf_is_reproducible_without_source_date_epoch(tmp_path, monkeypatch):
    from fontTools.misc.timeTools import epoch_diff

    from briefing import build_briefing, parse_article
    from briefing.render.pdf import briefing_epoch, render_pdf

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    b = build_briefing(parse_article("---\ntitle: Talks\ndate: 2022-01-21\n---\n\n" + BODY, "a.md"))
    one = render_pdf(b)
    two = render_pdf(b)
    assert one == two
    assert "SOURCE_DATE_EPOCH" not in os.environ
    stamps = _font_timestamps(one)
    assert stamps, "no embedded font found"
    assert set(stamps) == {briefing_epoch(b) - epoch_diff}
    assert briefing_epoch(b) == 1642723200  # 2022-01-21 00:00 UTC


def test_two_command_line_builds_give_the_same_pdf(tmp_path):
    (tmp_path / "a.md").write_text(BODY)
    for name in ("one.pdf", "two.pdf"):
        p = _cli(["build", "a.md", "--pdf", name, "--quiet"], tmp_path)
        assert p.returncode == 0, p.stderr.decode()
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
