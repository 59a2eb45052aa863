"""RSS/Atom feeds, URLs fetched only with --fetch (from a local server, never the network), mojibake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from briefing import build_briefing, load_articles, parse_article, render_json
from briefing.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _rss(articles, *, with_source=True) -> str:
    import datetime as dt

    items = []
    for a in articles:
        day = dt.date.fromisoformat(a.date[:10])
        pub = f"{DAYS[day.weekday()]}, {day:%d} {day:%b} {day.year} 12:00:00 GMT"
        body = "".join(f"<p>{escape(p)}</p>" for p in a.text.split("\n\n"))
        source = f'<source url="https://example.org/rss">{escape(a.outlet)}</source>' if with_source else ""
        items.append(f"<item><title>{escape(a.title)}</title><link>{escape(a.url)}</link>"
                     f"<pubDate>{pub}</pubDate>{source}"
                     f"<description>{escape(a.text[:100])}</description>"
                     f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>'
            f"<link>https://example.org/</link>{''.join(items)}</channel></rss>\n")


def _without_origins(text: str) -> dict:
    data = json.loads(text)
    for s in data["sources"]:
        s.pop("origin")
    return data


def test_an_rss_feed_of_the_samples_builds_the_same_briefing(tmp_path):
    arts = load_articles([str(SAMPLES)])
    feed = tmp_path / "samples.rss"
    feed.write_text(_rss(arts), encoding="utf-8")
    from_feed = load_articles([str(feed)])
    assert [a.origin for a in from_feed] == [f"{feed}#{k}" for k in range(1, 6)]
    assert [(a.text, a.title, a.outlet, a.date[:10]) for a in from_feed] == \
        [(a.text, a.title, a.outlet, a.date[:10]) for a in arts]
    assert _without_origins(render_json(build_briefing(from_feed))) == \
        _without_origins(render_json(build_briefing(arts)))


def test_atom_feed_sniffed_from_xml_and_stdin():
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Port Daily</title><entry><title>Strike at Halden</title>"
            '<link href="https://port.example/halden"/><updated>2024-03-04T08:00:00Z</updated>'
            "<author><name>Ann Lee</name></author><content type=\"html\">&lt;p&gt;About 2,400 dock workers "
            "walked off the job on Monday.&lt;/p&gt;&lt;p&gt;The union said the strike would go on.&lt;/p&gt;"
            "</content></entry><entry><title>Headline only</title></entry></feed>")
    for origin, fmt in (("feed.xml", None), ("<stdin>", None), ("x.atom", "feed")):
        [a] = parse_article(atom.encode(), origin, fmt)
        assert a.title == "Strike at Halden" and a.outlet == "Port Daily"
        assert a.url == "https://port.example/halden" and a.date.startswith("2024-03-04")
        assert a.text == ("About 2,400 dock workers walked off the job on Monday.\n\n"
                          "The union said the strike would go on.")


def test_a_feed_without_text_or_not_a_feed_is_a_clear_error():
    with pytest.raises(InputError, match="no entry with text"):
        parse_article(b'<rss version="2.0"><channel><title>T</title><item><title>x</title></item>'
                      b"</channel></rss>", "e.rss")
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_article(b"<settings><a>1</a></settings>", "s.rss")


def test_xml_files_in_folders_are_not_read_but_named_ones_are(tmp_path):
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "sitemap.xml").write_text("<urlset/>")
    (tmp_path / "story" / "a.txt").write_text("Officials met in Geneva on Monday. They talked for hours.\n")
    assert len(load_articles([str(tmp_path / "story")])) == 1


def test_mojibake_in_a_json_field_is_repaired():
    good = "He said \u201chello\u201d \u2014 caf\u00e9\u2019s \u00e9t\u00e9 in S\u00e3o Paulo."
    bad = good.encode("utf-8").decode("latin-1")  # UTF-8 read as Latin-1
    [a] = parse_article(json.dumps({"title": "T", "text": bad + " The port was closed on Monday."}), "m.json")
    assert a.text.startswith('He said "hello" \u2014 caf\u00e9\'s \u00e9t\u00e9 in S\u00e3o Paulo.'), a.text
    good = "\u201cYes\u2019 \u2014 caf\u00e9 \u00e9t\u00e9 in S\u00e3o Paulo."
    bad = good.encode("utf-8").decode("cp1252")  # UTF-8 read as Windows-1252: \u00e2\u20ac\u0153Yes...
    [a] = parse_article(json.dumps({"title": "T", "text": bad + " The port was closed on Monday."}), "w.json")
    assert a.text.startswith('"Yes\' \u2014 caf\u00e9 \u00e9t\u00e9 in S\u00e3o Paulo.'), a.text
    [a] = parse_article(json.dumps({"title": "T", "text": "A Sé de Braga e a Ã\u00a9poca. Ela disse."}), "p.json")
    assert "Sé de Braga" in a.text  # real Portuguese text is left alone


PAGE = """<!doctype html><html><head><title>Dock strike spreads | Harbour News</title>
<meta property="og:site_name" content="Harbour News"><meta property="article:published_time"
content="2024-03-05T09:00:00Z"></head><body><article><h1>Dock strike spreads</h1>
<p>Some 3,000 workers joined the strike at Halden port on Tuesday, according to the union.</p>
<p>The port operator said its automation plan was not negotiable but offered retraining.</p>
</article></body></html>"""


@pytest.fixture()
def server():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            if self.path == "/story":
                body = PAGE.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_reads_a_page_from_a_local_server(server):
    from briefing.ingest.fetch import fetch_articles

    [a] = fetch_articles([f"{server}/story"], allow_private=True, timeout=5)
    assert a.title == "Dock strike spreads" and a.url == f"{server}/story"
    assert "3,000 workers joined the strike" in a.text
    with pytest.raises(InputError, match="could not be fetched"):
        fetch_articles([f"{server}/missing"], allow_private=True, timeout=5)
    with pytest.raises(InputError, match="could not be fetched"):  # loopback refused by default
        fetch_articles([f"{server}/story"], timeout=5)


def _cli(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, capture_output=True,
                          timeout=300, env=env)


def test_urls_need_fetch_and_a_url_list_file_is_read(server, tmp_path):
    url = f"{server}/story"
    proc = _cli("build", url, "--md", "b.md", cwd=tmp_path)
    assert proc.returncode == 2 and "--fetch" in proc.stderr.decode()
    assert not (tmp_path / "b.md").exists()
    (tmp_path / "urls.txt").write_text(f"# today\n{url}\n")
    local = tmp_path / "a.md"
    local.write_text("---\ntitle: Halden port strike\nsource: Ledger\n---\n\nAbout 2,400 dock workers "
                     "walked off the job at Halden port on Monday. The union said the strike would go on.\n")
    proc = _cli("build", str(local), "urls.txt", "--fetch", "--fetch-private", "--json", "b.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads((tmp_path / "b.json").read_text())
    assert [s["url"] for s in data["sources"]] == ["", url]
