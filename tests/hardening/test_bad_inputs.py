"""Bad and hostile inputs end in one clear line naming the file (exit 1), never a hang or exit 70.

Issue 15: JSON nested 100,000 deep (JSON, JSON Lines, front matter, standard input), impossible
dates, numbers of 100,000 digits, symbolic link loops, non-UTF-8 file names, YAML aliases
("billion laughs"), named pipes inside folders, unreadable folders, giant single lines, and file
names that carry newlines or terminal escape sequences.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

from briefing import build_briefing
from briefing.errors import InputError
from briefing.ingest import InputWarning, load_articles, parse_article
from briefing.ingest.decode import display_path, terminal_safe
from briefing.model import Article

ROOT = Path(__file__).resolve().parents[2]
BODY = "The foreign ministers met in Geneva on Friday for talks about the border.\n\nBoth sides said the talks were useful."
DEEP = 100_000


def _one_line(err: InputError) -> str:
    text = str(err)
    assert "\n" not in text and "\x1b" not in text
    return text


def _md(front: str) -> str:
    return f"---\n{front}\n---\n\n{BODY}\n"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("BRIEFING_DEBUG", None)
    return env


def _cli(args: list[str], cwd: Path, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=_env(), input=stdin,
                          capture_output=True, timeout=timeout)


# ---------------------------------------------------------------------------------- nesting


def test_json_nested_100000_deep_is_a_clear_error():
    with pytest.raises(InputError) as err:
        parse_article("[" * DEEP + "]" * DEEP, "deep.json")
    assert _one_line(err.value) == "deep.json: JSON nested more than 100 levels deep"


def test_json_lines_nested_100000_deep_names_the_line():
    text = json.dumps({"text": BODY}) + "\n" + '{"a":' * DEEP + "1" + "}" * DEEP + "\n"
    with pytest.raises(InputError) as err:
        parse_article(text, "deep.jsonl")
    assert _one_line(err.value) == "deep.jsonl:2: JSON nested more than 100 levels deep"


def test_nesting_just_over_the_limit_is_refused_and_under_it_read():
    wrapped = {"text": BODY, "extra": 1}
    deep = wrapped
    for _ in range(98):
        deep = {"x": deep}
    assert parse_article(json.dumps({"text": BODY, "extra": deep}), "ok.json")  # 100 levels
    with pytest.raises(InputError, match="nested more than 100"):
        parse_article(json.dumps({"text": BODY, "extra": [deep]}), "deep.json")


def test_deep_standard_input_is_a_clear_error():
    with pytest.raises(InputError) as err:
        load_articles(["-"], stdin=io.BytesIO(b"[" * DEEP + b"]" * DEEP))
    assert _one_line(err.value) == "<stdin>: JSON nested more than 100 levels deep"


@pytest.mark.parametrize("depth", [150, 5_000, DEEP])
def test_deep_front_matter_is_a_clear_error(depth):
    with pytest.raises(InputError) as err:
        parse_article(_md("title: " + "[" * depth + "]" * depth), "deep.md")
    message = _one_line(err.value)
    assert message.startswith("deep.md")
    assert "nested more than 100 levels deep" in message or "front matter is" in message


# ---------------------------------------------------------------------------------- YAML aliases


def _laughs(levels: int = 12, field: str = "author") -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"
    for k in range(1, levels):
        lines.append(f"{names[k]}: &{names[k]} [" + ", ".join([f"*{names[k - 1]}"] * 9) + "]")
    lines.append(f"{field}: *{names[levels - 1]}")
    return "\n".join(lines)


@pytest.mark.parametrize("field", ["author", "title", "unused"])
def test_billion_laughs_front_matter_is_refused_not_expanded(field):
    with pytest.raises(InputError) as err:
        parse_article(_md(_laughs(field=field)), "laughs.md")
    message = _one_line(err.value)
    assert message.startswith("laughs.md:") and "aliases (*a) are not allowed" in message


def test_anchors_without_aliases_and_ordinary_yaml_still_read():
    [a] = parse_article(_md("title: &t Talks in Geneva\nauthor: [Jane Doe, John Roe]\ndate: 2022-01-21"), "ok.md")
    assert a.title == "Talks in Geneva" and a.author == "Jane Doe, John Roe" and a.date == "2022-01-21"


def test_yaml_numbers_stay_as_written():
    [a] = parse_article(_md("title: 1.10\nauthor: [x]"), "n.md")
    assert a.title == "1.10"


@pytest.mark.parametrize("front", ["title: !!int " + "9" * 5000, "date: !!timestamp 2022-13-45",
                                   "title: !!python/object/apply:os.system ['echo x']"])
def test_explicit_yaml_tags_are_clear_errors(front):
    with pytest.raises(InputError) as err:
        parse_article(_md(front), "tag.md")
    assert _one_line(err.value).startswith("tag.md")


def test_oversized_front_matter_is_refused():
    with pytest.raises(InputError, match="front matter is .* over the 100,000 limit"):
        parse_article(_md("tags: [" + ", ".join(["x"] * 60_000) + "]"), "big.md")


# ---------------------------------------------------------------------------------- dates and numbers


@pytest.mark.parametrize("front", ["date: 2022-13-45", "date: 2022-13-45\ntags: [a, b]", "date: '2022-02-30'",
                                   "date: 2022-13-45 # comment"])
def test_impossible_front_matter_date_is_a_clear_error(front):
    with pytest.raises(InputError) as err:
        parse_article(_md("title: Talks\n" + front), "d.md")
    message = _one_line(err.value)
    assert message.startswith("d.md: field 'date' is ") and "not a real date" in message


def test_impossible_json_date_is_a_clear_error():
    with pytest.raises(InputError, match=r"^d\.json: field 'date' is '2022-13-45'"):
        parse_article(json.dumps({"text": BODY, "date": "2022-13-45"}), "d.json")


def test_zero_placeholder_date_means_no_date():
    [a] = parse_article(json.dumps({"text": BODY, "date": "0000-00-00 00:00:00"}), "z.json")
    assert a.date == ""


@pytest.mark.parametrize("digits", [30, 4_000, DEEP])
def test_json_date_of_many_digits_is_a_clear_error(digits):
    text = '{"text": %s, "date": %s}' % (json.dumps(BODY), "9" * digits)
    with pytest.raises(InputError) as err:
        parse_article(text, "n.json")
    message = _one_line(err.value)
    assert message.startswith("n.json")
    assert "digits" in message


def test_plausible_timestamps_still_read():
    [a] = parse_article(json.dumps({"text": BODY, "date": 1642759200}), "t.json")
    assert a.date.startswith("2022-01-21")


# ---------------------------------------------------------------------------------- folders


def test_symlink_loop_in_a_folder_is_a_clear_error(tmp_path):
    (tmp_path / "ok.txt").write_text(BODY)
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(InputError) as err:
        load_articles([tmp_path])
    assert _one_line(err.value) == f"{tmp_path / 'loop.txt'}: symbolic link loop"


def test_broken_symlink_in_a_folder_is_a_clear_error(tmp_path):
    (tmp_path / "ok.txt").write_text(BODY)
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    with pytest.raises(InputError, match="gone.txt: broken symbolic link"):
        load_articles([tmp_path])


def test_symlink_loop_named_directly(tmp_path):
    (tmp_path / "a.txt").symlink_to("a.txt")
    with pytest.raises(InputError, match="a.txt: symbolic link loop"):
        load_articles([tmp_path / "a.txt"])


def test_named_pipe_in_a_folder_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "ok.txt").write_text(BODY)
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes to it: reading it would wait forever
    with pytest.warns(InputWarning, match=r"pipe\.txt: skipped: a named pipe"):
        articles = load_articles([tmp_path])
    assert [Path(a.origin).name for a in articles] == ["ok.txt"]


def test_named_pipe_named_directly_is_read_like_standard_input(tmp_path):
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    payload = json.dumps({"title": "Talks", "text": BODY}).encode()

    def writer():
        with open(fifo, "wb") as fh:
            fh.write(payload)

    t = threading.Thread(target=writer)
    t.start()
    try:
        [a] = load_articles([fifo])
    finally:
        t.join(10)
    assert a.title == "Talks" and a.origin == str(fifo)


def test_latin1_file_name_in_a_folder_is_decoded(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write(BODY.encode())
    [a] = load_articles([tmp_path])
    assert a.origin == str(tmp_path / "café.txt")
    a.origin.encode("utf-8")  # no surrogates left


@pytest.mark.parametrize("fmt", ["pdf", "md", "html", "json"])
def test_latin1_file_name_works_for_every_output(tmp_path, fmt):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"d\xe9p\xeache.md"), "wb") as fh:
        fh.write(BODY.encode())
    p = _cli(["build", "in", f"--{fmt}", f"out.{fmt}", "--quiet"], tmp_path)
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
    if fmt == "json":
        assert json.loads((tmp_path / "out.json").read_text())["sources"][0]["origin"] == "in/dépêche.md"


def test_unreadable_folder_is_permission_denied(tmp_path, monkeypatch):
    """Simulated (root reads anything): the listing of the folder fails with EACCES."""
    import briefing.ingest as ingest

    (tmp_path / "a.txt").write_text(BODY)

    def walk(top, onerror=None, followlinks=False):
        onerror(PermissionError(13, "Permission denied", str(top)))
        return iter(())

    monkeypatch.setattr(ingest.os, "walk", walk)
    with pytest.raises(InputError) as err:
        load_articles([tmp_path])
    assert _one_line(err.value) == f"{tmp_path}: cannot read the folder: permission denied"


def test_unreadable_subfolder_is_reported_not_skipped(tmp_path, monkeypatch):
    import briefing.ingest as ingest

    (tmp_path / "a.txt").write_text(BODY)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(BODY)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(sub):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest.os, "scandir", scandir)
    with pytest.raises(InputError) as err:
        load_articles([tmp_path])
    assert _one_line(err.value) == f"{sub}: cannot read the folder: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable folders anyway")
def test_unreadable_folders_really(tmp_path):  # pragma: no cover - not run as root
    (tmp_path / "a.txt").write_text(BODY)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(BODY)
    sub.chmod(0)
    try:
        with pytest.raises(InputError, match="sub: cannot read the folder: permission denied"):
            load_articles([tmp_path])
        tmp_path.chmod(0)
        with pytest.raises(InputError, match="cannot read the folder: permission denied"):
            load_articles([tmp_path])
    finally:
        tmp_path.chmod(stat.S_IRWXU)
        sub.chmod(stat.S_IRWXU)


# ---------------------------------------------------------------------------------- giant lines


def test_giant_single_line_is_cut_with_a_warning(monkeypatch):
    import briefing.ingest.limits as limits

    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 20_000)
    line = "The envoy met the minister and they talked about the border " * 5_000  # 300,000 characters
    for fmt, data in (("txt", line), ("json", json.dumps({"text": line}))):
        with pytest.warns(InputWarning, match=r"only the first [\d,]+ of [\d,]+ characters read"):
            [a] = parse_article(data, f"big.{fmt}")
        assert 10_000 <= len(a.text) <= 20_000
        assert not a.text.endswith(" th")  # cut at a word end


def test_a_run_on_block_is_never_a_point(tmp_path):
    """Text without sentence ends is no sentence: beside real news it is left out, alone it is a
    one-line error (not a megabyte-long bottom line)."""
    block = " ".join(["envoy minister border talks"] * 200)  # 800 words, no full stop
    news = [Article(text=f"{BODY}\n\n{block}", outlet="A"), Article(text=BODY, outlet="B")]
    b = build_briefing(news)
    lines = [p.text for p in b.bottom_line] + [p.text for t in b.topics for p in t.points]
    assert lines and all(len(line.split()) <= 120 for line in lines)
    (tmp_path / "block.txt").write_text(block, encoding="utf-8")
    p = _cli(["build", "block.txt", "--md", "out.md"], tmp_path)
    assert p.returncode == 1 and not (tmp_path / "out.md").exists()
    assert p.stderr.decode().count("\n") == 1 and "sentence ends" in p.stderr.decode()


def test_text_under_the_cap_is_untouched():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [a] = parse_article(BODY, "small.txt")
    assert a.text.endswith("useful.")


# ---------------------------------------------------------------------------------- names in messages


def test_terminal_safe_escapes_controls_and_is_idempotent():
    hostile = "a\nbriefing: error: forged\x1b[2J\r\u202egnp.txt\udce9"
    safe = terminal_safe(hostile)
    assert safe == "a\\nbriefing: error: forged\\x1b[2J\\r\\u202egnp.txt\\xe9"
    assert terminal_safe(safe) == safe
    assert terminal_safe("café – “ok”.txt") == "café – “ok”.txt"


def test_display_path_decodes_latin1_and_escapes():
    assert display_path(os.fsdecode(b"caf\xe9\n.txt")) == "café\\n.txt"
    assert display_path("plain/name.md") == "plain/name.md"


def test_hostile_file_name_in_an_error_is_one_escaped_line(tmp_path):
    name = "x\nbriefing: error: forged\x1b[2J.txt"
    (tmp_path / name).write_text("")  # empty: an input error that names the file
    p = _cli(["build", name, "--md", "out.md"], tmp_path)
    err = p.stderr.decode()
    assert p.returncode == 1
    assert err.count("\n") == 1 and "\x1b" not in err
    assert err == "briefing: error: x\\nbriefing: error: forged\\x1b[2J.txt: empty file\n"


def test_hostile_file_name_in_a_warning_is_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(BODY)
    os.mkfifo(folder / "p\x1b[31m\nq.txt")
    p = _cli(["build", "in", "--md", "out.md"], tmp_path, timeout=120)
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert "briefing: warning: in/p\\x1b[31m\\nq.txt: skipped: a named pipe, not a regular file\n" in err
    assert "\x1b" not in err


# ---------------------------------------------------------------------------------- the command line


CASES = {
    "deep.json": ("[" * DEEP + "]" * DEEP, "deep.json: JSON nested more than 100 levels deep"),
    "deep.jsonl": ('{"a":' * DEEP + "1" + "}" * DEEP, "deep.jsonl:1: JSON nested more than 100 levels deep"),
    "deepfront.md": (_md("title: " + "[" * 5000 + "]" * 5000), "deepfront.md:2: invalid YAML front matter: nested"),
    "date.md": (_md("title: Talks\ndate: 2022-13-45"), "date.md: field 'date' is '2022-13-45', which is not a real date"),
    "digits.json": ('{"text": "%s", "date": %s}' % ("Talks ended.", "9" * DEEP), "digits.json: invalid JSON: a number"),
    "laughs.md": (_md(_laughs()), "laughs.md:3: invalid YAML front matter: aliases (*a) are not allowed"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_exit_1_with_one_line(name, tmp_path):
    text, expected = CASES[name]
    (tmp_path / name).write_text(text)
    p = _cli(["build", name, "--md", "out.md", "--json", "out.json"], tmp_path)
    err = p.stderr.decode()
    assert p.returncode == 1, err
    assert err.startswith(f"briefing: error: {expected}") and err.count("\n") == 1, err
    assert sorted(q.name for q in tmp_path.iterdir()) == [name]


def test_deep_json_on_standard_input_is_exit_1(tmp_path):
    p = _cli(["build", "-", "--md", "out.md"], tmp_path, stdin=b"[" * DEEP + b"]" * DEEP)
    assert p.returncode == 1
    assert p.stderr.decode() == "briefing: error: <stdin>: JSON nested more than 100 levels deep\n"


def test_symlink_loop_and_fifo_through_the_command_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.md").write_text(BODY)
    os.mkfifo(folder / "pipe.txt")
    p = _cli(["build", "in", "--md", "out.md"], tmp_path)
    assert p.returncode == 0 and "skipped: a named pipe" in p.stderr.decode()
    (folder / "loop.txt").symlink_to("loop.txt")
    p = _cli(["build", "in", "--md", "out.md"], tmp_path)
    assert p.returncode == 1
    assert p.stderr.decode() == "briefing: error: in/loop.txt: symbolic link loop\n"
