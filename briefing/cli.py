"""The command line: argument parsing and calls into the library, nothing else.

Exit codes: 0 success; 1 bad input; 2 bad usage (unknown option, invalid value);
3 an output could not be written; 70 an internal error; 130 interrupted.
Heavy modules (nltk, weasyprint, the engine) are imported inside the commands that need them, so
``briefing --help`` starts fast.
"""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from . import __version__
from .errors import BriefingError

if TYPE_CHECKING:  # pragma: no cover
    from .model import Article, Briefing

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="briefing",
    help="Turn many news articles about one story into a one-page briefing with a citation behind "
    "every line.\n\nINPUT is any mix of files (.txt .md .html .json .jsonl), folders (read recursively) "
    "and - for standard input.",
    epilog="Exit codes: 0 success, 1 bad input, 2 bad usage, 3 output not written, 70 internal error, "
    "130 interrupted. Example: briefing build samples/",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


#: Every ``--algorithm`` name with one line of help (a test checks it against the engine's list).
ALGORITHM_HELP = {
    "default": "the project's method: word pairs several outlets share (exact ILP), plus position",
    "concepts": "the word-pair ILP alone, without the position prior",
    "centroid": "closeness to the story's centroid",
    "centrality": "linear-time LexRank-style centrality",
    "position": "lead sentences first",
    "lexrank": "sumy LexRank (slow on large stories)",
    "textrank": "sumy TextRank (slow on large stories)",
    "lsa": "sumy latent semantic analysis",
    "luhn": "sumy Luhn",
    "kl": "sumy KL-Sum (very slow on large stories)",
    "sumbasic": "sumy SumBasic",
    "edmundson": "sumy Edmundson",
    "reduction": "sumy Reduction",
}

_ALGORITHMS_EPILOG = "\b\nAlgorithms (--algorithm):\n" + "\n".join(
    f"  {name:<11} {text}" for name, text in ALGORITHM_HELP.items())


def _check_algorithm(value: str) -> str:
    if value not in ALGORITHM_HELP:
        raise typer.BadParameter(f"unknown algorithm {value!r}; choose one of {', '.join(ALGORITHM_HELP)}")
    return value


def _check_language(value: str) -> str:
    """A language the tool can stem (its folder may lack parts: those fall back with a warning)."""
    import Stemmer

    from .lang import normalize

    name = normalize(value)
    if name == "auto":
        return name
    known = sorted(a for a in Stemmer.algorithms() if a not in ("porter", "dutch_porter"))
    if name not in known:
        raise typer.BadParameter(f"unknown language {value!r}; choose auto or one of {', '.join(known)}")
    return name


def _check_pdf_variant(value: str) -> str:
    variants = ("pdf/ua-1", "pdf/a-3b", "plain")  # briefing.render.pdf.PDF_VARIANTS (not imported: slow)
    if value.lower() not in variants:
        raise typer.BadParameter(f"unknown PDF variant {value!r}; choose one of {', '.join(variants)}")
    return value.lower()


def _check_path(value: Optional[str]) -> Optional[str]:
    if value is not None and not value.strip():
        raise typer.BadParameter("an output path cannot be empty (use - for standard output)")
    return value


def _no_type_after_metavar() -> None:
    """Typer prints a Python type after every argument (``INPUT <list[str]>``); an argument with a
    metavar shows the metavar alone, as options already do."""
    from typer.core import TyperArgument

    show = getattr(TyperArgument, "display_type_rich", None)
    if show is None or getattr(show, "_briefing", False):
        return  # older typer prints no type after arguments

    def display_type_rich(self, ctx):
        return None if self.metavar else show(self, ctx)

    display_type_rich._briefing = True  # type: ignore[attr-defined]
    TyperArgument.display_type_rich = display_type_rich  # type: ignore[method-assign]


_no_type_after_metavar()


class Paper(str, Enum):
    a4 = "a4"
    letter = "letter"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefing {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Turn many news articles about one story into a one-page briefing with a citation behind
    every line.

    INPUT is any mix of files (.txt, .md, .html, .json, .jsonl), folders (read recursively) and `-`
    for standard input.
    """


# Options shared by the commands (Typer builds the command line from the signature).
InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Articles: files (.txt .md .html .json .jsonl), folders (read recursively), or - for stdin.",
        show_default=False,
        metavar="INPUT",
    ),
]
AlgorithmOpt = Annotated[
    str,
    typer.Option("--algorithm", "-a", metavar="NAME", callback=_check_algorithm,
                 help="Scoring algorithm: one of the names listed below."),
]
LanguageOpt = Annotated[
    str, typer.Option("--language", "-l", metavar="NAME", callback=_check_language,
                      help="Language of the articles: english, french, german, spanish, italian, "
                      "portuguese, ... or auto (detect each article's language and brief the "
                      "story in the majority language).")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
MaxFileOpt = Annotated[float, typer.Option("--max-file-mb", min=0.001, metavar="MB", help="Refuse an input file larger "
                                           "than this many megabytes (before reading it).")]
MaxTotalOpt = Annotated[float, typer.Option("--max-total-mb", min=0.001, metavar="MB", help="Refuse inputs larger than "
                                            "this many megabytes in all.")]


# ---------------------------------------------------------------- error handling (robust)
# Every message is one line: names in it (file names may hold newlines or escape sequences) are
# escaped by terminal_safe; warnings print as "briefing: warning: ..." (none with --quiet).


def _safe(text: str) -> str:
    from .ingest.decode import terminal_safe

    return terminal_safe(text)


def _fail(err: BriefingError) -> None:
    from .errors import OptionError

    if isinstance(err, OptionError):  # the library names its parameter; the user typed an option
        err = OptionError("--" + err.where.replace("_", "-"), err.problem)
    typer.echo(f"briefing: error: {_safe(str(err))}", err=True)
    raise typer.Exit(err.exit_code)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Print a warning as one line, without the source location Python would add."""
    stream = file if file is not None else sys.stderr
    try:
        stream.write(f"briefing: warning: {_safe(str(message))}\n")
    except (OSError, ValueError):
        pass


def _quiet_warnings(quiet: bool) -> None:
    if quiet:
        import warnings

        warnings.simplefilter("ignore")

# ---------------------------------------------------------------- end of error handling


def _run(fn):
    """Run a command body: turn known errors into one line and an exit code, never a traceback."""
    try:
        return fn()
    except BriefingError as err:
        _fail(err)
    except typer.BadParameter as err:  # an invalid combination found after parsing
        typer.echo(f"briefing: error: {' '.join(err.format_message().split())}", err=True)
        raise typer.Exit(EXIT_USAGE)
    except KeyboardInterrupt:
        typer.echo("briefing: interrupted", err=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    except typer.Exit:
        raise
    except BrokenPipeError:
        # The reader went away (`briefing summarize ... | head`): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
        finally:
            raise typer.Exit(0)
    except MemoryError:
        typer.echo("briefing: error: out of memory (try fewer or smaller inputs)", err=True)
        raise typer.Exit(EXIT_INPUT)
    except Exception as err:  # an internal error: one line, unless debugging
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        typer.echo(
            f"briefing: internal error: {type(err).__name__}: {_safe(str(err))} "
            "(set BRIEFING_DEBUG=1 for a traceback, and please report it)",
            err=True,
        )
        raise typer.Exit(EXIT_INTERNAL)


def _load(inputs: list[str], max_file_mb: float = 50, max_total_mb: float = 500, *, fetch: bool = False,
          fetch_private: bool = False, on_error=None, read_once: bool = True) -> list[Article]:
    from .ingest import load_articles
    from .ingest.fetch import is_url, url_list

    local, urls = [], []
    for item in inputs:
        if is_url(item):
            if not fetch:
                raise typer.BadParameter(f"{item!r} is a URL: pass --fetch to download it")
            urls.append(item)
            continue
        listed = _url_list_file(item, url_list) if fetch else None
        if listed is not None:
            urls.extend(listed)
        else:
            local.append(item)
    articles = _limited(lambda: load_articles(local, stdin=sys.stdin.buffer if "-" in local else None,
                                              max_file_bytes=int(max_file_mb * 1_000_000),
                                              max_total_bytes=int(max_total_mb * 1_000_000), on_error=on_error,
                                              read_once=read_once)) if local else []
    if urls:
        from .ingest.fetch import fetch_articles

        articles += fetch_articles(urls, allow_private=fetch_private)
    return articles


def _limited(read):
    """``read()``; an input over a size limit is refused with the option that raises the limit."""
    from .errors import InputError

    try:
        return read()
    except InputError as err:
        if "limit in total" in err.problem:
            flag = "--max-total-mb"
        elif "limit per file" in err.problem:
            flag = "--max-file-mb"
        elif re.search(r"\bis over the .* limit$", err.problem):  # standard input or a pipe
            flag = "--max-file-mb or --max-total-mb"
        else:
            raise
        raise InputError(err.where, f"{err.problem} (raise it with {flag})") from None


# --keep-going, and the notes about copies read once ------------------------------------------

KeepGoingOpt = Annotated[bool, typer.Option("--keep-going", "-k", help="Read past an input that cannot be "
                                            "read or holds no article, with a warning naming it (without it, "
                                            "the run stops there).")]


def _load_noting(inputs: list[str], max_file_mb: float, max_total_mb: float, *, fetch: bool, fetch_private: bool,
                 keep_going: bool, quiet: bool) -> list[Article]:
    """:func:`_load`, saying on stderr which inputs were skipped (``--keep-going``) and which
    articles were copies of others and read once."""
    import warnings

    from .ingest.duplicates import DuplicateWarning

    def skipped(err: BriefingError) -> None:
        typer.echo(f"briefing: warning: skipped {_safe(str(err))}", err=True)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DuplicateWarning)
        articles = _load(inputs, max_file_mb, max_total_mb, fetch=fetch, fetch_private=fetch_private,
                         on_error=skipped if keep_going else None)
    for w in caught:
        if issubclass(w.category, DuplicateWarning):
            if not quiet:
                typer.echo(f"briefing: note: {_safe(str(w.message))}", err=True)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return articles


def _url_list_file(item: str, url_list) -> list[str] | None:
    """The URLs of a small text file that holds nothing but URLs (one a line), else None."""
    path = Path(item)
    if item == "-" or path.suffix.lower() not in (".txt", ".urls", ".lst", "") or not path.is_file():
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(1_000_001)
    except OSError:
        return None  # load_articles reports it
    if len(head) > 1_000_000:
        return None
    return url_list(head.decode("utf-8", "replace"))


FetchOpt = Annotated[bool, typer.Option("--fetch", help="Download inputs that are http(s) URLs, and "
                                        "the URLs listed one a line in a .txt file (never without this).")]
FetchPrivateOpt = Annotated[bool, typer.Option("--fetch-private", help="With --fetch, also download from "
                                               "loopback and private-network addresses (an intranet).")]


def _language(articles: list[Article], language: str, quiet: bool) -> tuple[list[Article], str]:
    """Resolve ``auto`` (detect each article's language, keep the majority's articles) and say
    once, on stderr, what the chosen language lacks; returns the articles to brief and the language."""
    import warnings

    from .lang import PARTS, LanguageWarning, available, normalize, supports

    if language == "auto":
        from .nlp.langid import choose_language

        choice = choose_language([a.text for a in articles])
        language = choice.language
        if choice.others:
            left = [f"{_origin(articles[k])} ({choice.detected[k]})" for k in choice.others]
            kept = [a for k, a in enumerate(articles) if k not in set(choice.others)]
            typer.echo(f"briefing: note: {len(left)} of {len(articles)} articles are not in {language} "
                       f"and are left out: {', '.join(left[:5])}{' ...' if len(left) > 5 else ''}", err=True)
            articles = kept
        if not quiet:
            typer.echo(f"briefing: note: language detected: {language}", err=True)
    name = normalize(language)
    missing = [p for p in PARTS if p in available().get("english", ()) and not supports(name, p)]
    if missing and not quiet:
        what = "has no language folder" if name not in available() else f"has no {', '.join(missing)} lists"
        typer.echo(f"briefing: note: {name} {what}; English ones are used for those, so the analysis "
                   "(quotes, figures, dates) may miss or misread things", err=True)
    warnings.filterwarnings("ignore", category=LanguageWarning)  # said once, above
    return articles, name


def _origin(article: Article) -> str:
    from .render.view import clean

    name = clean(article.origin or article.title or "?")
    return name if len(name) <= 80 else "\u2026" + name[-79:]  # the file name is the end that tells


def _build(articles: list[Article], algorithm: str, language: str, title: str | None, quiet: bool) -> Briefing:
    from .engine.pipeline import build_briefing
    from .parallel import ForkRunner

    # the command line runs no threads (see the progress bar below), so the engine may fork
    runner = ForkRunner()
    if quiet or len(articles) < 50 or not sys.stderr.isatty():
        return build_briefing(articles, algorithm=algorithm, language=language, title=title, runner=runner)
    from rich.progress import Progress

    # redrawn at each stage rather than by Rich's refresh thread: the engine may fork, and a
    # process that forks must not run threads (a lock held by another thread stays held)
    with Progress(transient=True, console=_stderr_console(), auto_refresh=False) as bar:
        task = bar.add_task("Reading the articles", total=1.0)
        bar.refresh()

        def progress(stage: str, fraction: float) -> None:
            bar.update(task, description=stage, completed=fraction, refresh=True)

        return build_briefing(articles, algorithm=algorithm, language=language, title=title, progress=progress,
                              runner=runner)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _check_destination(path: str) -> None:
    """An output path must be writable before the work starts (``-`` is standard output)."""
    from .render.output import check_destination

    check_destination(path)


def _is_stdout(path: str) -> bool:
    from .render.output import resolve_target

    target = resolve_target(path)
    return target.how == "fd" and target.fd == 1


def _write_all(outputs: dict[str, str], rendered: dict[str, bytes | str]) -> list[tuple[str, str]]:
    """Write every rendered output, all or nothing; returns (kind, where) to report."""
    from .render.output import write_outputs

    write_outputs([(outputs[kind], data) for kind, data in rendered.items()])
    return [(kind, "standard output" if outputs[kind] == "-" else outputs[kind]) for kind in rendered]


@app.command(epilog=_ALGORITHMS_EPILOG)
def build(
    inputs: InputsArg,
    pdf: Annotated[Optional[str], typer.Option("--pdf", help="Write the one-page PDF here (- for stdout).", callback=_check_path,
                                               metavar="PATH")] = None,
    md: Annotated[Optional[str], typer.Option("--md", help="Write Markdown here (- for stdout).", callback=_check_path,
                                              metavar="PATH")] = None,
    html: Annotated[Optional[str], typer.Option("--html", help="Write standalone HTML here (- for stdout).", callback=_check_path,
                                                metavar="PATH")] = None,
    json: Annotated[Optional[str], typer.Option("--json", help="Write JSON here (- for stdout).", callback=_check_path,
                                                metavar="PATH")] = None,
    txt: Annotated[Optional[str], typer.Option("--txt", help="Write plain text here (- for stdout).",
                                               callback=_check_path, metavar="PATH")] = None,
    title: Annotated[Optional[str], typer.Option("--title", "-t", metavar="TEXT", help="The briefing's title "
                                                 "(default: derived from the headlines).")] = None,
    paper: Annotated[Paper, typer.Option("--paper", help="Paper size of the PDF and HTML: a4 or letter.",
                                         metavar="SIZE", case_sensitive=False)] = Paper.a4,
    pdf_variant: Annotated[str, typer.Option("--pdf-variant", metavar="KIND", callback=_check_pdf_variant,
                                             help="pdf/ua-1 (tagged, accessible: the default), pdf/a-3b "
                                             "(archival, tagged, with the briefing's JSON attached) or "
                                             "plain (untagged).")] = "pdf/ua-1",
    algorithm: AlgorithmOpt = "default",
    language: LanguageOpt = "english",
    template_dir: Annotated[Optional[Path], typer.Option("--template-dir", help="Folder with your own "
                            "briefing.html.j2 / briefing.css / briefing.md.j2 (missing ones fall back to the "
                            "packaged templates).", file_okay=False, exists=True, metavar="DIR")] = None,
    quiet: QuietOpt = False,
    max_file_mb: MaxFileOpt = 50,
    max_total_mb: MaxTotalOpt = 500,
    fetch: FetchOpt = False,
    fetch_private: FetchPrivateOpt = False,
    keep_going: KeepGoingOpt = False,
) -> None:
    """Build the briefing: a one-page PDF and Markdown by default.

    With none of --pdf, --md, --html, --json it writes briefing.pdf and briefing.md into the current
    folder. It ends by printing what it wrote and a one-screen summary.
    """

    def body() -> None:
        _quiet_warnings(quiet)
        outputs = {k: v for k, v in (("pdf", pdf), ("md", md), ("html", html), ("json", json), ("txt", txt))
                   if v}
        if not outputs:
            outputs = {"pdf": "briefing.pdf", "md": "briefing.md"}
        if sum(1 for v in outputs.values() if _is_stdout(v)) > 1:
            raise typer.BadParameter("only one output can go to standard output (-)")
        to_stdout = any(_is_stdout(v) for v in outputs.values())
        for path in outputs.values():  # fail fast, before any work, and before any file is replaced
            _check_destination(path)

        worker = _take_pdf_worker()  # WeasyPrint, getting ready on another core since the start
        try:
            if worker is not None and ("pdf" not in outputs or pdf_variant != "pdf/ua-1"):
                worker.cancel()
                worker = None
            loaded = _load_noting(inputs, max_file_mb, max_total_mb, fetch=fetch, fetch_private=fetch_private,
                                  keep_going=keep_going, quiet=quiet)
            articles, lang = _language(loaded, language, quiet)
            b = _build(articles, algorithm, lang, title, quiet)
            rendered: dict[str, bytes | str] = {}
            page = None  # the keys of the items the one-page PDF shows (the JSON's on_page)
            if "pdf" in outputs:
                if worker is not None:
                    rendered["pdf"] = worker.render(b, paper.value, template_dir)
                    page = worker.page
                else:
                    from .render.pdf import render_pdf_page

                    rendered["pdf"], page = render_pdf_page(b, paper=paper.value, template_dir=template_dir,
                                                            variant=pdf_variant)
            if "json" in outputs and page is None:
                from .render.pdf import page_keys

                page = page_keys(b, paper=paper.value, template_dir=template_dir)
            for kind in outputs:
                if kind != "pdf":
                    rendered[kind] = _render(kind, b, paper.value, template_dir, pdf_variant, page)
            rendered = {kind: rendered[kind] for kind in outputs}
        finally:
            if worker is not None:  # stopped if it still runs (an error or an interruption)
                worker.cancel()
        written = _write_all(outputs, rendered)
        if quiet:
            return
        from .terminal import render_summary

        out = sys.stderr if to_stdout else sys.stdout
        print(render_summary(b, width=_width()), file=out)
        print(file=out)
        for kind, where in written:
            print(f"wrote {kind.upper():4} {where}", file=out)

    _run(body)


def _render(kind: str, b: Briefing, paper: str, template_dir: Path | None,
            pdf_variant: str = "pdf/ua-1", page: frozenset[str] | None = None) -> bytes | str:
    if kind == "pdf":
        from .render.pdf import render_pdf

        return render_pdf(b, paper=paper, template_dir=template_dir, variant=pdf_variant)
    if kind == "html":
        from .render.html import render_html

        return render_html(b, paper=paper, template_dir=template_dir)
    if kind == "md":
        from .render.markdown import render_markdown

        return render_markdown(b, template_dir=template_dir)
    if kind == "txt":
        from .render.text import render_text

        return render_text(b, width=_width())
    from .render.json import render_json

    return render_json(b, page=page)


def _width() -> int:
    import shutil

    return max(40, min(100, shutil.get_terminal_size((100, 24)).columns))


@app.command(epilog=_ALGORITHMS_EPILOG)
def summarize(
    inputs: InputsArg,
    words: Annotated[int, typer.Option("--words", "-w", min=1, metavar="N", help="Length: whole sentences up to and "
                                       "including the first that reaches this many words.")] = 100,
    algorithm: AlgorithmOpt = "default",
    language: LanguageOpt = "english",
    max_file_mb: MaxFileOpt = 50,
    max_total_mb: MaxTotalOpt = 500,
) -> None:
    """Print a plain extractive summary, one sentence per line."""

    def body() -> None:
        from .engine.summarize import summarize as run

        articles, lang = _language(_load(inputs, max_file_mb, max_total_mb), language, True)
        for sentence in run(articles, words=words, algorithm=algorithm, language=lang):
            sys.stdout.write(" ".join(sentence.split()) + "\n")
        sys.stdout.flush()

    _run(body)


@app.command(epilog=_ALGORITHMS_EPILOG,
             short_help="Show why each line was chosen: articles, topics, points, scores, sources.")
def inspect(
    inputs: InputsArg,
    algorithm: AlgorithmOpt = "default",
    language: LanguageOpt = "english",
    title: Annotated[Optional[str], typer.Option("--title", "-t", metavar="TEXT", help="The briefing's title.")] = None,
    max_file_mb: MaxFileOpt = 50,
    max_total_mb: MaxTotalOpt = 500,
) -> None:
    """Show the articles found, the topics and their points with scores and sources: why each line
    was chosen."""

    def body() -> None:
        from .nlp import segment
        from .terminal import render_inspect

        articles, language_ = _language(_load(inputs, max_file_mb, max_total_mb), language, False)
        b = _build(articles, algorithm, language_, title, False)
        counts = [0] * len(articles)
        for s in segment(articles, language_):
            counts[s.article] += 1
        render_inspect(b, articles, counts, width=_width())

    _run(body)


# -- stories and digest (briefing.stories) ----------------------------------------------------

ThresholdOpt = Annotated[Optional[float], typer.Option("--threshold", min=0.01, max=1.0, metavar="T", help="How similar "
                         "articles must be to count as one story (default 0.07; higher splits more).")]


def _story_json(stories, articles) -> str:
    """``{"stories": [{"id", "title", "articles": [{"id", "title", "outlet", "date"}]}]}`` as
    ``json.dumps(..., ensure_ascii=False, indent=2)`` writes it, its strings quoted by the same
    C function but laid out here (json's indented writer is pure Python: 1 s for 100,000 articles)."""
    import json as _json
    from json.encoder import encode_basestring as q

    from .stories import article_id

    try:
        blocks = []
        for s in stories:
            rows = ",\n".join(
                f'        {{\n          "id": {q(article_id(a))},\n          "title": {q(a.title)},\n'
                f'          "outlet": {q(a.outlet)},\n          "date": {q(a.date)}\n        }}'
                for a in map(articles.__getitem__, s.articles))
            blocks.append(f'    {{\n      "id": {q(s.id)},\n      "title": {q(s.title)},\n      "articles": '
                          + (f"[\n{rows}\n      ]" if rows else "[]") + "\n    }")
        body = ",\n".join(blocks)
        return '{\n  "stories": ' + (f"[\n{body}\n  ]" if body else "[]") + "\n}\n"
    except TypeError:  # a field that is not a string: json.dumps writes it
        data = {"stories": [{"id": s.id, "title": s.title,
                             "articles": [{"id": article_id(articles[k]), "title": articles[k].title,
                                           "outlet": articles[k].outlet, "date": articles[k].date}
                                          for k in s.articles]} for s in stories]}
        return _json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@app.command(short_help="Group a feed into stories and list them (title, articles, outlets, dates).")
def stories(
    inputs: InputsArg,
    json: Annotated[Optional[str], typer.Option("--json", help="Write the stories as JSON here (- for stdout).",
                                                metavar="PATH")] = None,
    threshold: ThresholdOpt = None,
    language: LanguageOpt = "english",
    quiet: QuietOpt = False,
    max_file_mb: MaxFileOpt = 1000,
    max_total_mb: MaxTotalOpt = 1000,
) -> None:
    """Group a feed of articles into stories and print them: title, articles, outlets, date span.

    Only what grouping needs of each article is kept (its id, headline, outlet, date and terms,
    not its text), so the size limits are larger than for one story: 1,000 MB by default (a feed
    of 100,000 articles, 620 MB, is grouped in about 1.5 GB of memory)."""

    def body() -> None:
        from .ingest.fetch import is_url
        from .parallel import ForkRunner
        from .stories import StoryGrouper
        from .stories.feed import read_feed

        if json:
            _check_destination(json)
        for item in inputs:
            if is_url(item):
                raise typer.BadParameter(f"{item!r} is a URL: download it first (stories reads files)")
        grouper = StoryGrouper(language=language) if threshold is None else \
            StoryGrouper(language=language, threshold=threshold)
        # only what grouping needs is kept of each article (not its text), read in two processes;
        # every record of a feed is listed, wire copies too: grouping puts them in their story
        articles, counts = _limited(lambda: read_feed(
            inputs, language=grouper.language, lead_terms=grouper.lead_terms, max_file_bytes=int(max_file_mb * 1_000_000),
            max_total_bytes=int(max_total_mb * 1_000_000), stdin=sys.stdin.buffer if "-" in inputs else None,
            runner=ForkRunner(min_cost=0)))
        found = grouper.run_counted(articles, counts, runner=ForkRunner(min_cost=0))
        del counts
        if json:
            _write_all({"json": json}, {"json": _story_json(found, articles)})
        if quiet or json == "-":
            return
        width = _width()
        print(f"{len(found)} stories in {len(articles)} articles")
        for s in found:
            span = s.start if s.start == s.end else f"{s.start}..{s.end}"
            head = f"{s.id}  {len(s.articles):4} art. {len(s.outlets):3} outl.  {span or '(undated)':22}  "
            room = max(10, width - len(head))
            title = s.title if len(s.title) <= room else s.title[: room - 1] + "…"
            print(head + title)

    _run(body)


@app.command(short_help="Brief every story of a feed: a page each, an index and digest.pdf.")
def digest(
    inputs: InputsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="The digest folder (created if missing).",
                                      file_okay=False, metavar="DIR")],
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, metavar="N", help="Stories with fewer articles "
                                              "are listed in the index only.")] = 2,
    previous: Annotated[Optional[Path], typer.Option("--previous", help="A previous digest folder: continuing "
                        "stories keep their ids, and what is new is marked.", file_okay=False,
                        exists=True, metavar="DIR")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, metavar="N", help="Local processes that "
                       "brief stories (default: the usable cores).")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Brief the stories on this Dask "
                         "scheduler (tcp://host:8786) instead of local processes.", metavar="ADDRESS")] = None,
    paper: Annotated[Paper, typer.Option("--paper", help="Paper size of the PDFs.", case_sensitive=False)] = Paper.a4,
    threshold: ThresholdOpt = None,
    algorithm: AlgorithmOpt = "default",
    language: LanguageOpt = "english",
    quiet: QuietOpt = False,
    max_file_mb: MaxFileOpt = 200,
    max_total_mb: MaxTotalOpt = 500,
) -> None:
    """Group a feed into stories and brief each: DIR/stories/<id>.pdf|.md|.json, DIR/index.md,
    DIR/index.json and DIR/digest.pdf (a cover listing the stories, then each story's page).

    The articles' texts are kept to brief them: a feed file may be up to 200 MB (about 30,000
    articles), 500 MB in all."""

    def body() -> None:
        from .engine.summarize import check_algorithm
        from .parallel import ForkRunner, usable_cores
        from .stories.digest import DigestOptions, make_digest
        from .stories.group import PARALLEL_MIN_ARTICLES
        from .stories.runner import runner_for

        check_algorithm(algorithm)
        if out.exists() and not os.access(out, os.W_OK | os.X_OK):
            from .errors import OutputError

            raise OutputError(str(out), "is not writable")
        options = DigestOptions(min_articles=min_articles, language=language, algorithm=algorithm,
                                paper=paper.value, threshold=threshold,
                                previous=str(previous) if previous else None)
        cores = usable_cores()
        runner = runner_for(workers or cores, scheduler)
        reader = ForkRunner(min_cost=PARALLEL_MIN_ARTICLES)
        articles = _load(inputs, max_file_mb, max_total_mb, read_once=False)
        if quiet or not sys.stderr.isatty():
            result = make_digest(articles, out, options=options, runner=runner, reader=reader)
        else:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            # redrawn by hand, not by Rich's thread: the pool forks, and a process that forks
            # must not run threads
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, transient=True, console=_stderr_console(), auto_refresh=False) as bar:
                task = bar.add_task(f"Grouping {len(articles)} articles", total=None)
                bar.refresh()

                def progress(done: int, total: int, title: str) -> None:
                    bar.update(task, description="Briefing stories", completed=done, total=total, refresh=True)

                result = make_digest(articles, out, options=options, runner=runner, reader=reader,
                                     progress=progress)
        if not quiet:
            print(f"{len(result.stories)} stories in {len(articles)} articles; {result.pages} briefed "
                  f"(at least {min_articles} articles)")
            print(f"wrote {out / 'digest.pdf'}, {out / 'index.md'}, {out / 'index.json'} and "
                  f"{3 * result.pages} files in {out / 'stories'}")

    _run(body)


_PDF_WORKER = None  # set by main() for `briefing build` (see briefing.parallel.PdfWorker)


def _take_pdf_worker():
    global _PDF_WORKER
    worker, _PDF_WORKER = _PDF_WORKER, None
    return worker


def _terminate(signum, frame) -> None:
    # SIGTERM/SIGHUP unwind like Ctrl-C, so `finally` blocks remove temporary files and
    # outputs already on disk stay as they were.
    raise KeyboardInterrupt


def main() -> None:
    """Entry point of the ``briefing`` console script."""
    import gc
    import signal
    import warnings

    warnings.showwarning = _show_warning

    # A run allocates millions of small objects and keeps most of them to the end; collecting
    # cycles every 700 allocations cost about a tenth of a large build. Still collected, less often.
    gc.set_threshold(100_000, 50, 100)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    global _PDF_WORKER
    if sys.argv[1:2] == ["build"]:
        # Start importing WeasyPrint on another core now, while the options are parsed and the
        # articles read; cancelled below if the command does not use it.
        from .parallel import PdfWorker, can_fork

        if can_fork():
            _PDF_WORKER = PdfWorker()
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="briefing", standalone_mode=False)
    except KeyboardInterrupt:  # interrupted while parsing
        sys.stderr.write("briefing: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except Exception as err:
        # Usage errors (unknown option, bad value, missing argument): one line, exit code 2.
        if not (hasattr(err, "format_message") and hasattr(err, "exit_code")):
            raise
        if type(err).__name__ == "NoArgsIsHelpError":  # plain `briefing`: show the help
            sys.stdout.write(err.format_message() + "\n")
            sys.exit(0)
        ctx = getattr(err, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        message = " ".join(err.format_message().split())
        sys.stderr.write(f"briefing: error: {message}{hint}\n")
        sys.exit(err.exit_code)
    finally:
        worker = _take_pdf_worker()  # not taken: a usage error, or --help
        if worker is not None:
            worker.cancel()
    sys.exit(code if isinstance(code, int) else 0)
