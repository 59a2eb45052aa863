"""Hostile content end to end: articles carrying HTML, script tags, CSS, ``file://`` and ``http://``
URLs, Markdown and Jinja syntax come out as literal text in every format, and building and
rendering make no network access and open no file outside the inputs, the templates and Python.

Unlike the renderer tests (hand-made briefings), these go through ingestion (every input format)
and the engine, and watch the process with an audit hook (:func:`sys.addaudithook`).
"""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import tempfile
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVIL_HOST = "203.0.113.9"  # TEST-NET-3: never routable

MARKERS = [
    "<script>alert('x')</script>",
    f'<img src="http://{EVIL_HOST}/track.png">',
    '<link rel="stylesheet" href="file:///etc/passwd">',
    f"<style>body{{background:url(http://{EVIL_HOST}/bg.png)}}</style>",
    "{{ 7*7 }}",
    "{% for x in y %}",
    "**bold claims**",
    "[a link](javascript:alert(1))",
    f"![pixel](http://{EVIL_HOST}/pixel.png)",
    "file:///etc/passwd",
    f"http://{EVIL_HOST}/leak",
]
TEMPLATES = [
    "On Friday the ministry page carried {m} in its source, officials in Geneva said.",
    "Reporters in Geneva found {m} in the statement the ministry published on Friday.",
    "The leaked document, which contained {m}, was shared with journalists in Geneva on Friday.",
]
OUTLETS = ["Northern Ledger", "Baltic Wire", "Harbour Times"]


def hostile_texts() -> list[str]:
    """Three articles (three outlets) whose every sentence carries one hostile marker."""
    texts = []
    for a, tpl in enumerate(TEMPLATES):
        paras = [tpl.format(m=m) for m in MARKERS[a:] + MARKERS[:a]]
        texts.append("\n\n".join(paras))
    return texts


def as_inputs(folder: Path) -> list[Path]:
    """The hostile story in every input format."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = hostile_texts()
    paths = []
    t = folder / "a.txt"
    t.write_text("Ministry page carries <script> tag {{ 7*7 }}\n\n" + texts[0] + "\n", encoding="utf-8")
    paths.append(t)
    m = folder / "b.md"
    m.write_text('---\ntitle: "Leak: **bold** [x](javascript:alert(1))"\nsource: "Baltic Wire"\n'
                 'url: "javascript:alert(1)"\ndate: "2024-03-01"\n---\n\n' + texts[1] + "\n", encoding="utf-8")
    paths.append(m)
    body = "".join(f"<p>{htmllib.escape(p)}</p>\n" for p in texts[2].split("\n\n"))
    h = folder / "c.html"
    h.write_text(f"<!doctype html><html><head><title>Leak &lt;b&gt; {{{{ 7*7 }}}}</title>"
                 f"<script>fetch('http://{EVIL_HOST}/x')</script>"
                 f'<link rel="stylesheet" href="http://{EVIL_HOST}/s.css"></head><body><article>'
                 f"<h1>Leak &lt;script&gt;</h1>{body}</article></body></html>", encoding="utf-8")
    paths.append(h)
    j = folder / "d.jsonl"
    j.write_text(json.dumps({"title": "<img src=x onerror=alert(1)>", "source": "<b>Wire</b>",
                             "url": f"file:///etc/passwd", "date": "2024-03-02", "text": texts[0]}) + "\n",
                 encoding="utf-8")
    paths.append(j)
    return paths


# ---------------------------------------------------------------------------------------------
# Watching the process: an audit hook (installed once; it records only while a Recorder is active)

_ACTIVE: list["Recorder"] = []


def _hook(event: str, args: tuple) -> None:
    if not _ACTIVE:
        return
    rec = _ACTIVE[-1]
    if event == "open":
        path = args[0]
        if isinstance(path, int):
            return
        rec.opened.append(os.fsdecode(path))
    elif event == "urllib.Request" and str(args[0]).startswith("file://"):
        # older WeasyPrint reads local files (the packaged fonts) through urllib: a file, not the
        # network; the open itself is checked against the allowed folders
        from urllib.parse import unquote, urlsplit

        rec.opened.append(unquote(urlsplit(str(args[0])).path))
    elif event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request",
                   "http.client.connect"):
        rec.network.append((event, repr(args)[:200]))


_INSTALLED = False


class Recorder:
    """Record file opens and network (and process) events while active."""

    def __init__(self) -> None:
        global _INSTALLED
        if not _INSTALLED:
            sys.addaudithook(_hook)
            _INSTALLED = True
        self.opened: list[str] = []
        self.network: list[tuple[str, str]] = []

    def __enter__(self) -> "Recorder":
        _ACTIVE.append(self)
        return self

    def __exit__(self, *exc) -> None:
        _ACTIVE.remove(self)


def allowed_roots(*extra: Path) -> list[Path]:
    roots = [ROOT / "templates", ROOT / "briefing", Path(sys.prefix), Path(sys.base_prefix), *extra]
    roots += [Path(p) for p in sys.path if p and os.path.isdir(p)]
    return [r.resolve() for r in roots]


def outside(opened: list[str], roots: list[Path]) -> list[str]:
    bad = []
    for name in opened:
        if name in ("/dev/null", "/dev/urandom") or name.startswith("/proc/self/"):
            continue
        p = Path(name).resolve()
        weasy = p if p.name.startswith("weasyprint-") else p.parent
        if weasy.name.startswith("weasyprint-") and weasy.parent == Path(tempfile.gettempdir()).resolve():
            continue  # WeasyPrint hands the packaged @font-face fonts to fontconfig through its own temp folder
        if not any(p == r or p.is_relative_to(r) for r in roots):
            bad.append(name)
    return bad


# ---------------------------------------------------------------------------------------------
# Reading outputs back


class _Doc(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("style", "script"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse_html(doc: str) -> _Doc:
    p = _Doc()
    p.feed(doc)
    p.close()
    return p


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", text)


def briefing_strings(b) -> list[str]:
    out = [b.title]
    out += [p.text for p in b.bottom_line + b.points]
    out += [q.text for q in b.quotes]
    out += [s.title for s in b.sources] + [s.outlet for s in b.sources]
    return out


def markers_in(b) -> list[str]:
    joined = "\n".join(briefing_strings(b))
    return [m for m in MARKERS if m in joined]


URL_ATTRS = {"href", "src", "srcset", "action", "formaction", "data", "poster", "background", "xlink:href",
             "style", "http-equiv"}
ANCHOR = re.compile(r'<a id="([\w.-]+)"(?: name="\1")?>|</a>')


#: The classes of the inline pictures the renderer draws itself (briefing.render.svg).
OUR_PICTURES = {"coverage", "figure-plot", "timeline-strip"}


def check_html_inert(doc: str, template_tags: set[str]) -> _Doc:
    """No tag the template does not use; no URL attribute pointing at the hostile host or a
    javascript:/file: URL; no event handlers; no inline style carrying content."""
    parsed = parse_html(doc)
    for tag, attrs in parsed.tags:
        ours = tag == "svg" and attrs.get("class") in OUR_PICTURES  # drawn by render/svg.py, text escaped
        assert tag not in ("script", "iframe", "object", "embed", "img", "link", "base", "meta", "style",
                           "form", "svg", "math") or tag in template_tags or ours, f"active <{tag}> from content: {attrs}"
        assert not (tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh"), attrs
        for name, value in attrs.items():
            v = value.strip().lower()
            assert not name.startswith("on"), f"event handler {name}={value!r}"
            if name in URL_ATTRS:
                assert EVIL_HOST not in v, f"{tag} {name}={value!r} points at the hostile host"
                assert not v.startswith(("javascript:", "file:", "vbscript:")), f"{tag} {name}={value!r}"
    assert "<script>alert" not in doc
    return parsed


def check_markdown_inert(md: str) -> None:
    """No raw HTML but the template's anchors, no image, no link to the hostile host or javascript:/file:."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    parser.validateLink = lambda url: True  # see every link, as a permissive Markdown viewer would
    tokens = parser.parse(md)

    def walk(ts):
        for t in ts:
            yield t
            if t.children:
                yield from walk(t.children)

    for t in walk(tokens):
        if t.type in ("html_block", "html_inline"):  # only the template's own anchors are raw HTML
            assert ANCHOR.fullmatch(t.content.strip()), f"raw HTML in Markdown: {t.content!r}"
        if t.type in ("link_open", "image"):
            href = (t.attrGet("href") or t.attrGet("src") or "").lower()
            assert EVIL_HOST not in href and not href.startswith(("javascript:", "file:")), href
        assert t.type != "image", "an image from article text"


# ---------------------------------------------------------------------------------------------
# Tests


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile story, every format, through ingestion and the engine (recorded)."""
    from briefing import build_briefing, load_articles

    folder = tmp_path_factory.mktemp("hostile")
    paths = as_inputs(folder)
    with Recorder() as rec:
        articles = load_articles(paths)
        b = build_briefing(articles, title="<script>alert(1)</script> {{ 7*7 }} **T** [x](file:///etc/passwd)")
    assert not rec.network, rec.network
    assert outside(rec.opened, allowed_roots(folder)) == []
    return articles, b


def test_the_engine_keeps_hostile_text_as_text(built):
    articles, b = built
    found = markers_in(b)
    assert len(found) >= 4, f"too few hostile sentences reached the briefing to test anything: {found}"
    # HTML in an .html input is markup (removed), but escaped markup there is text and stays literal.
    html_article = next(a for a in articles if "fetch(" not in a.text and "<script>alert('x')</script>" in a.text
                        and a.origin.endswith("c.html"))
    assert f"http://{EVIL_HOST}/x" not in html_article.text  # the page's own <script> is not article text


def test_markdown_shows_hostile_text_literally(built):
    from markdown_it import MarkdownIt

    from briefing import render_markdown

    _, b = built
    with Recorder() as rec:
        md = render_markdown(b)
    assert not rec.network
    check_markdown_inert(md)
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    shown = " ".join(parse_html(rendered).text)
    shown = " ".join(shown.split())
    for m in markers_in(b):
        assert m in shown, f"{m!r} does not show literally in the rendered Markdown"


def test_html_shows_hostile_text_literally_and_loads_nothing(built):
    from briefing import render_html
    from briefing.render.html import render_html as _rh  # noqa: F401 - warm the import

    _, b = built
    with Recorder() as rec:
        doc = render_html(b)
    assert not rec.network
    assert outside(rec.opened, allowed_roots()) == []
    template_tags = {tag for tag, _ in parse_html(render_html(_plain_briefing())).tags}
    parsed = check_html_inert(doc, template_tags)
    shown = " ".join(" ".join(parsed.text).split())
    for m in markers_in(b):
        assert m in shown, f"{m!r} does not show literally in the HTML"
    assert "<script>alert(1)</script> {{ 7*7 }}" in shown  # the title, unrendered


def test_json_and_text_keep_hostile_text(built):
    from briefing import render_json, render_text

    _, b = built
    data = json.loads(render_json(b))
    blob = json.dumps(data, ensure_ascii=False)
    for m in markers_in(b):
        assert json.dumps(m, ensure_ascii=False)[1:-1] in blob
    text = " ".join(render_text(b, width=200).split())
    for m in markers_in(b):
        assert m in text


def test_pdf_fetches_nothing_and_shows_text(built):
    pypdf = pytest.importorskip("pypdf")
    from briefing import render_pdf

    _, b = built
    render_pdf(b)  # warm up imports and fonts
    with Recorder() as rec:
        data = render_pdf(b)
    assert not rec.network, rec.network
    assert outside(rec.opened, allowed_roots()) == [], "the PDF renderer opened files outside the templates"
    reader = pypdf.PdfReader(BytesIO(data))
    assert len(reader.pages) == 1
    page = squash(reader.pages[0].extract_text())
    assert squash("<script>alert(1)</script>") in page
    assert squash("{{ 7*7 }}") in page
    for annot in reader.pages[0].get("/Annots") or []:
        uri = str(annot.get_object().get("/A", {}).get("/URI", ""))
        assert EVIL_HOST not in uri and not uri.lower().startswith(("javascript:", "file:")), uri


def test_pdf_url_fetcher_refuses_outside_files_and_network():
    """WeasyPrint gets a fetcher that refuses everything but the template files."""
    from briefing.render.output import template_dirs
    from briefing.render.pdf import make_url_fetcher

    fetch = make_url_fetcher(template_dirs(None))
    for url in ("file:///etc/passwd", f"http://{EVIL_HOST}/x.png", f"https://{EVIL_HOST}/x.css",
                "ftp://example.com/x"):
        with Recorder() as rec, pytest.raises(Exception):
            fetch.fetch(url) if hasattr(fetch, "fetch") else fetch(url)
        assert not rec.network, (url, rec.network)


def test_cli_run_makes_no_network_access(tmp_path):
    """The whole command line, every output, under an audit hook that reports network use."""
    folder = tmp_path / "in"
    as_inputs(folder)
    out = tmp_path / "out"
    out.mkdir()
    code = (
        "import sys, os\n"
        "bad = []\n"
        "def hook(event, args):\n"
        "    if event == 'urllib.Request' and str(args[0]).startswith('file://'):\n"
        "        return  # older WeasyPrint reads the packaged fonts through urllib: local files\n"
        "    if event in ('socket.connect', 'socket.getaddrinfo', 'urllib.Request', 'http.client.connect'):\n"
        "        bad.append(event)\n"
        "        os.write(2, ('NETWORK ' + event + ' ' + repr(args)[:100] + '\\n').encode())\n"
        "sys.addaudithook(hook)\n"
        "sys.argv = ['briefing', 'build', sys.argv[1], '--pdf', 'b.pdf', '--md', 'b.md', '--html', 'b.html',\n"
        "            '--json', 'b.json', '--quiet']\n"
        "from briefing.cli import main\n"
        "main()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("BRIEFING_DEBUG", None)
    p = subprocess.run([sys.executable, "-c", code, str(folder)], cwd=out, env=env, capture_output=True,
                       timeout=300)
    err = p.stderr.decode("utf-8", "replace")
    assert "NETWORK" not in err, err
    assert p.returncode == 0, err
    assert sorted(x.name for x in out.iterdir()) == ["b.html", "b.json", "b.md", "b.pdf"]
    from briefing import render_html

    check_html_inert((out / "b.html").read_text(encoding="utf-8"),
                     {tag for tag, _ in parse_html(render_html(_plain_briefing())).tags})
    check_markdown_inert((out / "b.md").read_text(encoding="utf-8"))


def _plain_briefing():
    """A harmless briefing, to learn which tags the template itself uses."""
    from briefing.model import Article, Briefing, Citation, Point, Source, Topic

    text = "The ministers met in Geneva on Friday and agreed to talk again next month."
    art = Article(text=text, title="Talks", outlet="Wire", url="https://example.com/a", date="2024-03-01")
    c = Citation(0, 0, len(text), text)
    p = Point(text=text, citations=[c], score=1.0, outlets=1)
    return Briefing(title="Talks", sources=[Source(1, "Wire", "Talks", "2024-03-01", "https://example.com/a")],
                    bottom_line=[p], topics=[Topic(label="Talks", points=[p])])
