"""Issue 14's command line: invalid values are usage errors, help without Python types, shell
completion, --txt, and --language auto with localised pages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def run(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, capture_output=True,
                          timeout=300, env=full)


@pytest.mark.parametrize("args", [
    ("--algorithm", "no-such"), ("--language", "xx"), ("--md", "-", "--json", "-"), ("--md", ""),
    ("--pdf", " "),
])
def test_invalid_option_values_are_usage_errors(tmp_path, args):
    proc = run("build", str(SAMPLES), *args, cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert not list(tmp_path.iterdir())  # nothing written


@pytest.mark.parametrize("command", ["build", "summarize", "inspect"])
def test_help_shows_no_python_types_and_every_algorithm(command):
    from briefing.cli import ALGORITHM_HELP
    from briefing.engine.summarize import ALGORITHMS

    assert list(ALGORITHM_HELP) == list(ALGORITHMS)
    out = run(command, "--help").stdout.decode()
    assert not re.search(r"<[a-z][^>]*>", out), out  # no <str>, <float range>, <list[str]>
    listed = re.findall(r"^\s{2,}([a-z]+)\s{2,}\S", out.split("Algorithms (--algorithm):")[1], re.M)
    assert listed == list(ALGORITHMS)


def test_command_list_does_not_cut_descriptions():
    out = run("--help").stdout.decode()
    commands = out.split("Commands:")[1]
    assert "..." not in commands
    assert "why each line was chosen" in " ".join(out.split())


def test_shell_completion_completes_commands_and_options():
    env = {"_BRIEFING_COMPLETE": "complete_bash", "COMP_WORDS": "briefing bu", "COMP_CWORD": "1"}
    proc = run(env=env)
    assert proc.returncode == 0
    assert "build" in proc.stdout.decode()
    env = {"_BRIEFING_COMPLETE": "complete_bash", "COMP_WORDS": "briefing build --pa", "COMP_CWORD": "2"}
    assert "--paper" in run(env=env).stdout.decode()
    assert "--install-completion" in run("--help").stdout.decode()
    assert "_briefing_completion" in run("--show-completion", "bash").stdout.decode()


def test_txt_output(tmp_path):
    proc = run("build", str(SAMPLES), "--txt", "b.txt", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    text = (tmp_path / "b.txt").read_text(encoding="utf-8")
    assert "BOTTOM LINE" in text.upper() and "[1]" in text
    assert not (tmp_path / "briefing.pdf").exists()


FRENCH = [
    ("Grève au port de Halden", "Environ 2 400 dockers ont cessé le travail lundi au port de Halden, "
     "paralysant le trafic des conteneurs. Le syndicat affirme que la grève durera jusqu'à ce que "
     "l'opérateur retire son projet d'automatiser trois de ses cinq terminaux. « Nous ne sommes pas "
     "contre les machines, nous sommes contre le fait d'être jetés », a déclaré Marta Olsen, la "
     "dirigeante du syndicat. Le port traite environ 1,2 million de conteneurs par an."),
    ("Le port de Halden à l'arrêt", "Quelque 3 000 travailleurs ont rejoint la grève au port de Halden, "
     "selon le syndicat. L'opérateur du port a déclaré que son projet d'automatisation n'était pas "
     "négociable, mais il a proposé une formation à chaque employé concerné. Les négociations doivent "
     "reprendre jeudi sous l'égide d'un médiateur de l'État."),
    ("Halden : le conflit s'enlise", "La grève des dockers de Halden est entrée dans son troisième jour "
     "mercredi. Les files de camions s'allongent devant les grilles du port et les entreprises de la "
     "région s'inquiètent. Le gouvernement a appelé les deux parties à reprendre le dialogue."),
]
GERMAN = [
    ("Streik im Hafen von Halden", "Rund 2.400 Hafenarbeiter haben am Montag im Hafen von Halden die "
     "Arbeit niedergelegt und den Containerverkehr lahmgelegt. Die Gewerkschaft sagt, der Streik dauere "
     "an, bis der Betreiber seine Pläne zur Automatisierung von drei der fünf Terminals zurückzieht. "
     "„Wir sind nicht gegen Maschinen, wir sind dagegen, weggeworfen zu werden“, sagte die "
     "Gewerkschaftschefin Marta Olsen. Der Hafen schlägt jährlich etwa 1,2 Millionen Container um."),
    ("Hafen Halden steht still", "Nach Angaben der Gewerkschaft haben sich etwa 3.000 Beschäftigte dem "
     "Streik angeschlossen. Der Betreiber erklärte, der Plan zur Automatisierung sei nicht verhandelbar, "
     "bot aber jedem betroffenen Beschäftigten eine Umschulung an. Die Gespräche sollen am Donnerstag "
     "mit einem staatlichen Schlichter weitergehen."),
    ("Halden: Der Konflikt zieht sich hin", "Der Streik der Hafenarbeiter in Halden ging am Mittwoch in "
     "den dritten Tag. Vor den Toren des Hafens stauen sich die Lastwagen, und die Unternehmen der "
     "Region sind besorgt. Die Regierung rief beide Seiten auf, die Gespräche wieder aufzunehmen."),
]


def _story(folder: Path, articles) -> Path:
    folder.mkdir()
    for k, (title, text) in enumerate(articles):
        (folder / f"{k}.md").write_text(f"---\ntitle: \"{title}\"\nsource: Outlet {k}\ndate: 2024-03-0{k + 4}\n---\n\n"
                                        f"{text}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("articles,language,label,month", [
    (FRENCH, "french", "L'essentiel", "mars"), (GERMAN, "german", "Das Wichtigste", "März")])
def test_language_auto_briefs_in_the_detected_language(tmp_path, articles, language, label, month):
    story = _story(tmp_path / "story", articles)
    (story / "z_english.md").write_text((SAMPLES / "000_rferl.md").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    proc = run("build", str(story), "--language", "auto", "--md", "b.md", "--json", "b.json", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert f"language detected: {language}" in err
    assert "z_english.md (english)" in err and "left out" in err  # reported, not mixed in
    md = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert f"**{label}:**" in md and month in md
    import json

    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert b["language"] == language and b["articles"] == 3


def test_a_language_without_analysis_lists_says_so_once(tmp_path):
    story = _story(tmp_path / "story", GERMAN)
    proc = run("build", str(story), "--language", "german", "--md", "b.md", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    notes = [line for line in err.splitlines() if "English ones are used" in line]
    assert len(notes) == 1 and "german has no" in notes[0], err
    assert "Warning" not in err
