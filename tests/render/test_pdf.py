"""The one-page PDF: one page always, everything shown is whole, metadata, safety, reproducibility."""

from __future__ import annotations

from pathlib import Path

import re
import shutil
import subprocess
import unicodedata
from io import BytesIO

import pytest

pypdf = pytest.importorskip("pypdf")
pikepdf = pytest.importorskip("pikepdf")

from briefing.errors import InputError, OutputError  # noqa: E402
from briefing.render.pdf import OnePageFitter, drop_order, make_url_fetcher, pdf_bytes, render_pdf  # noqa: E402



def squash(text: str) -> str:
    """Text as compared across PDF extraction: no whitespace, no hyphens (line breaks hyphenate)."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", text).casefold()


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def check_pdf(data: bytes, tmp_path) -> None:
    """qpdf's structural check, through pikepdf and through the qpdf binary when installed."""
    with pikepdf.Pdf.open(BytesIO(data)) as pdf:
        check = getattr(pdf, "check", None) or pdf.check_pdf_syntax  # renamed in pikepdf 10
        assert check() == []
    qpdf = shutil.which("qpdf")
    if qpdf:
        path = tmp_path / "check.pdf"
        path.write_bytes(data)
        res = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def widest_box_right(document) -> tuple[float, float]:
    """(rightmost box edge, right edge of the page's content area) of the first page, in px."""
    page = document.pages[0]._page_box
    right = page.content_box_x() + page.width
    widest = 0.0
    stack = [c for c in page.children if type(c).__name__ != "MarginBox"]
    while stack:
        box = stack.pop()
        if getattr(box, "position_x", None) is not None:
            widest = max(widest, box.position_x + box.margin_width())
        stack.extend(getattr(box, "children", ()) or ())
    return widest, right


@pytest.fixture(scope="module")
def fits(make_briefing):
    """Each fixture fitted on A4 and Letter once for the whole module (layout is slow)."""
    cache: dict = {}

    def get(name: str, paper: str):
        key = (name, paper)
        if key not in cache:
            b = make_briefing(name)
            fit = OnePageFitter().fit(b, paper=paper)
            cache[key] = (b, fit, pdf_bytes(fit.document))
        return cache[key]

    return get


def test_small_briefing_has_one_page_with_title_points_and_sources(fits, tmp_path):
    b, fit, data = fits("small", "a4")
    reader = pypdf.PdfReader(BytesIO(data))
    assert len(reader.pages) == 1
    text = squash(pdf_text(data))
    assert squash(b.title) in text
    assert fit.dropped == []  # a small briefing loses nothing
    for p in b.points + b.bottom_line:
        assert squash(p.text) in text, p.text
    for s in b.sources:
        assert squash(s.outlet) in text and squash(s.title) in text
    for q in b.quotes:
        assert squash(q.text) in text and squash(q.speaker) in text
    for d in b.disagreements:
        assert squash(d.quantity) in text
        for r in d.reports:
            assert squash(r.value) in text
    assert squash("single source") in text
    check_pdf(data, tmp_path)


def test_single_source_points_are_tagged_and_multi_source_ones_are_not(fits):
    b, fit, _ = fits("small", "a4")
    html_items = {it.key: it for t in fit.view.topics for it in t.points}
    assert any(it.single for it in html_items.values())
    for it in html_items.values():
        assert it.single == (len({c.number for c in it.citations}) <= 1 and it.single)


@pytest.mark.parametrize("name", ["tiny", "huge"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_tiny_and_huge_give_exactly_one_whole_page(fits, name, paper, tmp_path):
    b, fit, data = fits(name, paper)
    reader = pypdf.PdfReader(BytesIO(data))
    assert len(reader.pages) == 1
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    if paper == "a4":
        assert (round(width), round(height)) == (595, 842)
    else:
        assert (round(width), round(height)) == (612, 792)
    text = squash(pdf_text(data))
    # nothing cut: every item the page shows is there in full, down to the last source line
    for item in fit.view.bottom_line + [p for t in fit.view.topics for p in t.points]:
        assert squash(item.text) in text, item.text
    for q in fit.view.quotes:
        assert squash(q.text) in text
    last = fit.view.sources[-1]
    assert squash(last.title) in text and squash(last.url_text) in text
    if fit.view.more_sources:
        assert squash(f"+{fit.view.more_sources} more sources") in text
    # every marker on the page points at a listed source
    listed = {s.number for s in fit.view.sources}
    for item in fit.view.bottom_line + [p for t in fit.view.topics for p in t.points]:
        assert set(item.refs) <= listed
    assert fit.renders <= 4
    widest, right = widest_box_right(fit.document)
    assert widest <= right + 0.5  # nothing sticks out to the right either
    check_pdf(data, tmp_path)


def test_huge_briefing_keeps_the_best_points_and_sizes_within_bounds(fits):
    b, fit, _ = fits("huge", "a4")
    fitter = OnePageFitter()
    assert fitter.font_min <= fit.font_size <= fitter.font_max
    assert fit.dropped, "a 60-point briefing cannot fit whole"
    dropped = set(fit.dropped)
    kept_scores, dropped_scores = [], []
    for ti, t in enumerate(b.topics):
        best = max(range(len(t.points)), key=lambda pi: (t.points[pi].score, -pi))
        for pi, p in enumerate(t.points):
            if pi != best:
                (dropped_scores if f"t{ti}p{pi}" in dropped else kept_scores).append(p.score)
    if kept_scores and dropped_scores:
        assert min(kept_scores) >= max(dropped_scores)
    assert fit.view.more_sources > 0


def test_tiny_briefing_takes_one_render_at_the_largest_size(fits):
    _, fit, _ = fits("tiny", "a4")
    assert fit.renders == 1
    assert fit.font_size == OnePageFitter().font_max


def test_drop_order_puts_low_scores_first_and_keeps_the_best_point(make_briefing):
    b = make_briefing("small")
    order = drop_order(b, max_quotes=4, max_events=8, max_tables=3)
    points = [k for k in order if re.fullmatch(r"t\d+p\d+", k)]
    scores = [b.topics[int(k[1:k.index("p")])].points[int(k[k.index("p") + 1:])].score for k in points]
    best_topic_best = max((p.score for p in b.points))
    assert best_topic_best not in scores  # the strongest point is never dropped
    non_top = scores[: len(scores) - (len(b.topics) - 1)]
    assert non_top == sorted(non_top)


def test_metadata(fits):
    b, _, data = fits("small", "a4")
    meta = pypdf.PdfReader(BytesIO(data)).metadata
    assert meta["/Title"] == b.title
    assert meta["/Creator"] == "briefing 0.1.0"
    assert b.bottom_line[0].text[:40] in meta["/Subject"]
    assert "Northern Ledger" in meta["/Keywords"]


def test_same_input_same_bytes_with_source_date_epoch(monkeypatch, make_briefing):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    one = render_pdf(make_briefing("small"))
    two = render_pdf(make_briefing("small"))
    assert one == two
    meta = pypdf.PdfReader(BytesIO(one)).metadata
    assert meta["/CreationDate"].startswith("D:20231114")


def test_render_pdf_writes_the_file_atomically(tmp_path, make_briefing):
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"old")
    data = render_pdf(make_briefing("tiny"), out, paper="letter")
    assert out.read_bytes() == data and data.startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_unknown_paper_is_a_one_line_error(make_briefing):
    with pytest.raises(OutputError) as err:
        render_pdf(make_briefing("tiny"), paper="a5")
    assert "a5" in str(err.value) and "\n" not in str(err.value)


def test_hostile_text_shows_literally_and_nothing_is_fetched(fits, monkeypatch, tmp_path, make_briefing,
                                                             hostile_strings):
    from weasyprint.urls import URLFetcher

    fetched: list[str] = []
    real = URLFetcher.fetch
    monkeypatch.setattr(URLFetcher, "fetch", lambda self, url, headers=None: fetched.append(url) or real(self, url, headers))
    b = make_briefing("hostile")
    data = render_pdf(b)
    # only the packaged font files: the template inlines its CSS; article markup is text, not elements
    fonts = (Path(__file__).resolve().parents[2] / "templates" / "fonts").resolve()
    assert fetched and all(u.startswith(fonts.as_uri() + "/") and u.endswith(".ttf") for u in fetched), fetched
    text = squash(pdf_text(data))
    for h in hostile_strings:
        assert squash(h) in text, h
    assert squash("{{ 7*7 }}") in text and "49" not in pdf_text(data)
    check_pdf(data, tmp_path)


def test_url_fetcher_serves_only_template_files(tmp_path):
    inside = tmp_path / "tpl"
    inside.mkdir()
    (inside / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    fetcher = make_url_fetcher([inside])
    assert fetcher((inside / "logo.svg").as_uri()).read().startswith(b"<svg")
    for url in ["http://203.0.113.9/x.png", "https://example.com/a.css", "file:///etc/passwd",
                (tmp_path / "outside.txt").as_uri(), (inside / ".." / "outside.txt").as_uri(),
                "ftp://example.com/x"]:
        with pytest.raises(ValueError):
            fetcher(url)


def test_custom_template_dir_css_is_used_and_cannot_reach_out(tmp_path, monkeypatch, make_briefing):
    from weasyprint.urls import URLFetcher

    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "briefing.css").write_text(
        '@import url("file:///etc/passwd");\n'
        'body { background: url("http://203.0.113.9/bg.png"); font-family: "DejaVu Sans"; }\n'
        'h1 { background: url("stripe.svg"); }\n')
    (tpl / "stripe.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>")
    fetched: list[str] = []
    real = URLFetcher.fetch
    monkeypatch.setattr(URLFetcher, "fetch", lambda self, url, headers=None: fetched.append(url) or real(self, url, headers))
    data = render_pdf(make_briefing("small"), template_dir=tpl)
    assert len(pypdf.PdfReader(BytesIO(data)).pages) == 1
    own = {u for u in fetched if not u.endswith(".ttf")}
    assert own == {(tpl / "stripe.svg").resolve().as_uri()}  # only the template's own file


def test_missing_template_dir_is_an_input_error(tmp_path, make_briefing):
    with pytest.raises(InputError):
        render_pdf(make_briefing("tiny"), template_dir=tmp_path / "nope")


def test_a_sentence_longer_than_the_page_is_shortened_not_cut(tmp_path):
    from briefing.model import Article, Briefing, Citation, Point, Source, Topic

    art = Article(text=("word " * 30000).strip())
    c = Citation(0, 0, len(art.text), art.text)
    p = Point(art.text, [c], 1.0)
    b = Briefing(title=art.text, sources=[Source(1, "", art.text)], bottom_line=[p],
                 topics=[Topic(art.text, [p, p])])
    fit = OnePageFitter().fit(b)
    data = pdf_bytes(fit.document)
    assert len(pypdf.PdfReader(BytesIO(data)).pages) == 1
    text = pdf_text(data)
    assert "\u2026" in text  # shortened lines end in an ellipsis, whole words only
    assert not re.search(r"\bwor\b|\bwo\b", text)
    assert fit.renders <= 3
    check_pdf(data, tmp_path)


def test_tokens_wider_than_a_column_wrap_inside_the_page():
    from briefing.model import Briefing, Citation, Point, Source, Topic

    url = "https://example.com/" + "x" * 300
    text = f"See {url} for details."
    p = Point(text, [Citation(0, 0, len(text), text)], 1.0)
    b = Briefing(title="T" * 200, sources=[Source(1, "O" * 150, "H" * 300, url=url)],
                 bottom_line=[p], topics=[Topic("L" * 100, [p])])
    fit = OnePageFitter().fit(b)
    widest, right = widest_box_right(fit.document)
    assert len(fit.document.pages) == 1 and widest <= right + 0.5


def test_missing_weasyprint_is_a_one_line_error(monkeypatch, make_briefing):
    import builtins

    real_import = builtins.__import__

    def no_weasyprint(name, *args, **kwargs):
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0'\nmore details")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_weasyprint)
    with pytest.raises(OutputError) as err:
        render_pdf(make_briefing("tiny"))
    assert "Pango" in str(err.value) and "\n" not in str(err.value)


def test_an_absurd_bottom_line_still_gives_one_page():
    from briefing.model import Briefing, Citation, Point, Source, Topic

    text = "The council met again and again to discuss the budget for the coming year. " * 12
    c = Citation(0, 0, len(text), text)
    points = [Point(text, [c], 1.0 - i / 100) for i in range(40)]
    b = Briefing(title="Budget", sources=[Source(1, "Gazette", "Budget talks")], bottom_line=points,
                 topics=[Topic("Budget", points[:5])])
    fit = OnePageFitter().fit(b)
    assert len(fit.document.pages) == 1
    assert 1 <= len(fit.view.bottom_line) <= 3
