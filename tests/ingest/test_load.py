"""Ingestion: formats, paragraphs, metadata, encodings, standard input, folders, bad input."""

from __future__ import annotations

import io
import json
import os
import unicodedata
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.ingest import load_articles, parse_article, sniff_format
from briefing.model import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"

BODY = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "Spending on schools will rise by 4% next year, the mayor said.\n\n"
    '"This is a fair budget," she told reporters after the vote.'
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def one(articles: list[Article]) -> Article:
    assert len(articles) == 1
    return articles[0]


def assert_text_contract(article: Article) -> None:
    """Article.text: paragraphs split by exactly one blank line, no stray white space, NFC."""
    text = article.text
    assert text == text.strip()
    assert "\n\n\n" not in text
    for paragraph in text.split("\n\n"):
        assert paragraph and "\n" not in paragraph, repr(paragraph)
        assert paragraph == paragraph.strip()
        assert "  " not in paragraph
    assert unicodedata.is_normalized("NFC", text)


# ----------------------------------------------------------------------------- text and Markdown

def test_txt_headline_byline_and_dateline():
    text = (
        "Council passes budget after long debate\n\n"
        "By Jane Roe, Associated Press\n\n"
        "SPRINGFIELD (AP) — The city council approved the new budget on Monday after a long debate.\n\n"
        "Spending on schools will rise by 4% next year, the mayor said.\n"
    )
    article = one(parse_article(text, "budget.txt"))
    assert article.title == "Council passes budget after long debate"
    assert article.author == "Jane Roe"
    assert article.outlet == "AP"
    assert article.text.startswith("The city council approved")
    assert article.origin == "budget.txt"
    assert_text_contract(article)


def test_txt_first_line_that_is_a_sentence_is_not_a_headline():
    article = one(parse_article(BODY, "x.txt"))
    assert article.title == ""
    assert article.text.startswith("The city council approved")


def test_txt_first_line_not_set_apart_is_not_a_headline():
    text = "Council passes budget\nafter a long debate on Monday, officials said.\n\nIt will take effect in May."
    article = one(parse_article(text, "x.txt"))
    assert article.title == ""
    assert article.text.startswith("Council passes budget after a long debate")


def test_hard_wrapped_paragraphs_are_joined_and_separate_paragraphs_kept():
    text = (
        "Rivers burst their banks\n\n"
        "Hundreds of homes were evacuated overnight after the storm pushed three\n"
        "rivers over their banks, flooding the centres of several coastal towns,\n"
        "the emergency services said on Tuesday.\n"
        "The agency issued twelve severe flood warnings, its highest level.\n\n"
        "Forecasters expect the rain to ease by Wednesday.\n"
    )
    article = one(parse_article(text, "x.txt"))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "Hundreds of homes were evacuated overnight after the storm pushed three rivers over their "
        "banks, flooding the centres of several coastal towns, the emergency services said on Tuesday."
    )
    assert paragraphs[1] == "The agency issued twelve severe flood warnings, its highest level."
    assert paragraphs[2] == "Forecasters expect the rain to ease by Wednesday."
    assert_text_contract(article)


def test_one_paragraph_per_line_without_blank_lines():
    lines = [
        "The city council approved the new budget on Monday after a long debate that lasted well into the night.",
        "Spending on schools will rise by 4% next year, the mayor said in a statement released after the vote.",
        '"This is a fair budget for every family in this city," she told reporters outside the council chamber.',
    ]
    article = one(parse_article("\n".join(lines), "x.txt"))
    assert article.text.split("\n\n") == lines


def test_markdown_front_matter_and_markup(tmp_path):
    article = one(load_articles([DATA / "markdown_with_images.md"]))
    assert article.title == "Central bank holds rates as inflation cools"
    assert article.outlet == "Example Financial News"
    assert article.author == "Ana Lima, Ben Cho"
    assert article.date == "2024-03-22"
    assert article.url == "https://news.example.com/markets/central-bank-holds-rates"
    text = article.text
    assert text.startswith("The central bank kept its main interest rate at 4.5% on Thursday")
    assert "a cut in the spring was possible" in text  # link -> link text
    for gone in ("**", "](", "![", "Photo:", "Home", "Share", "Facebook", "Related", "Inflation falls", "savers", "Governor speaking"):
        assert gone not in text, gone
    assert "Mortgage lenders said fixed rates" in text  # list items are kept as paragraphs
    assert_text_contract(article)


def test_markdown_without_front_matter_uses_first_heading_as_title():
    md = "# Storm hits coast\n\nHundreds of homes were evacuated overnight, officials said.\n\n## Power cuts\n\nAbout 4,000 homes lost power.\n"
    article = one(parse_article(md, "storm.md"))
    assert article.title == "Storm hits coast"
    assert article.text == "Hundreds of homes were evacuated overnight, officials said.\n\nPower cuts\n\nAbout 4,000 homes lost power."


def test_front_matter_aliases_in_text_files():
    text = "---\nheadline: Budget passes\npublisher: City Times\nlink: https://example.com/b\npublished_at: 2024-05-02T09:15:00Z\nbyline: Jo Lee\n---\n" + BODY
    article = one(parse_article(text, "x.md"))
    assert (article.title, article.outlet, article.url, article.date, article.author) == (
        "Budget passes", "City Times", "https://example.com/b", "2024-05-02T09:15:00+00:00", "Jo Lee")


# ----------------------------------------------------------------------------- HTML

def test_html_page_main_text_and_metadata():
    article = one(load_articles([DATA / "page_with_furniture.html"]))
    assert article.title == "Storm floods coastal towns as rivers burst banks"
    assert article.outlet == "The Daily Harbour"
    assert article.author == "Maria Okafor"
    assert article.date.startswith("2023-03-14")
    assert article.url == "https://www.dailyharbour.example/news/2023/03/14/storm-floods-coastal-towns"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Hundreds of homes were evacuated overnight")
    assert paragraphs[-1].startswith("Forecasters expect the rain to ease")
    assert len(paragraphs) == 5
    for gone in ("Share", "Facebook", "Photo", "Related", "Back to top", "rights reserved", "Great reporting", "comments", "Home", "Sport", "By Maria"):
        assert gone not in article.text, gone
    assert_text_contract(article)


def test_html_fragment_without_article_markup():
    html = "<html><head><title>Bridge reopens - Example Wire</title></head><body><nav><a href='/'>Home</a></nav><p>The bridge reopened on Friday after repairs.</p><p>Traffic was light.</p><footer>Back to top</footer></body></html>"
    article = one(parse_article(html, "bridge.html"))
    assert article.text == "The bridge reopened on Friday after repairs.\n\nTraffic was light."
    assert article.title == "Bridge reopens"


# ----------------------------------------------------------------------------- JSON and JSON Lines

def test_json_single_article_with_aliases():
    record = {"headline": "Budget passes", "body": BODY, "publisher": "City Times", "link": "https://example.com/b",
              "published": "May 2, 2024", "byline": "Jo Lee"}
    article = one(parse_article(json.dumps(record), "a.json"))
    assert (article.title, article.outlet, article.url, article.date, article.author) == (
        "Budget passes", "City Times", "https://example.com/b", "2024-05-02", "Jo Lee")
    assert article.text == BODY
    assert article.origin == "a.json"


def test_json_text_is_always_body_even_when_it_starts_like_a_headline():
    text = "Budget passes after long debate\n\n" + BODY
    article = one(parse_article(json.dumps({"title": "T", "text": text}), "a.json"))
    assert article.text.startswith("Budget passes after long debate\n\n")
    long_paragraph = " ".join(["The council met on Monday and approved the budget after a long debate."] * 8)
    article = one(parse_article(json.dumps({"text": long_paragraph}), "b.json"))
    assert article.text == long_paragraph
    assert article.title == ""


def test_json_list_and_containers():
    records = [{"title": f"Story {i}", "text": BODY, "source": {"id": None, "name": "Reuters"}} for i in range(3)]
    articles = parse_article(json.dumps(records), "list.json")
    assert [a.title for a in articles] == ["Story 0", "Story 1", "Story 2"]
    assert [a.origin for a in articles] == ["list.json#1", "list.json#2", "list.json#3"]
    assert all(a.outlet == "Reuters" for a in articles)
    assert len(parse_article(json.dumps({"articles": records}), "c.json")) == 3
    story = {"id": "M000", "language": "english", "documents": [{"id": "M0000", "title": "A", "text": BODY}, {"id": "M0001", "title": "B", "text": BODY}], "references": ["x"]}
    assert [a.title for a in parse_article(json.dumps(story), "story.json")] == ["A", "B"]


def test_json_text_as_list_of_paragraphs():
    article = one(parse_article(json.dumps({"text": BODY.split("\n\n")}), "p.json"))
    assert article.text == BODY


def test_jsonl_one_article_a_line_and_story_lines():
    lines = [json.dumps({"title": "One", "text": BODY, "date": "2024-05-02"}), "", json.dumps({"title": "Two", "content": BODY})]
    articles = parse_article("\n".join(lines) + "\n", "feed.jsonl")
    assert [a.title for a in articles] == ["One", "Two"]
    assert [a.origin for a in articles] == ["feed.jsonl:1", "feed.jsonl:3"]
    story = json.dumps({"id": "M1", "documents": [{"title": "A", "text": BODY}, {"title": "B", "text": BODY}]})
    assert [a.origin for a in parse_article(story, "bench.jsonl")] == ["bench.jsonl:1#1", "bench.jsonl:1#2"]


# ----------------------------------------------------------------------------- normalisation

def test_unicode_and_white_space_normalisation():
    text = "Cafe\u0301 owners said\u00a0the\u2009new\u200b rules were \u201cunfair\u201d and \u2018rushed\u2019.\t\tThey didn\u2019t  agree."
    article = one(parse_article(text, "x.txt"))
    assert article.text == "Caf\u00e9 owners said the new rules were \"unfair\" and 'rushed'. They didn't agree."


def test_mojibake_is_repaired():
    text = "The minister\u00e2\u20ac\u2122s plan was rejected on Monday, officials said."
    assert one(parse_article(text, "x.txt")).text == "The minister's plan was rejected on Monday, officials said."


# ----------------------------------------------------------------------------- encodings

SMART = "\u201cWe will not back down,\u201d the minister said on Monday in Br\u00fcssel, na\u00efve or not."


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xef\xbb\xbf" + SMART.encode("utf-8"),
        SMART.encode("utf-16"),  # with BOM, native order
        b"\xff\xfe" + SMART.encode("utf-16-le"),
        b"\xfe\xff" + SMART.encode("utf-16-be"),
        SMART.encode("utf-16-le"),  # no BOM
        SMART.encode("utf-16-be"),  # no BOM
        SMART.encode("cp1252"),
    ],
    ids=["utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_encodings(tmp_path, encoded):
    path = write(tmp_path, "quote.txt", encoded)
    article = one(load_articles([path]))
    assert article.text == '"We will not back down," the minister said on Monday in Br\u00fcssel, na\u00efve or not.'


def test_latin1(tmp_path):
    text = "Le ministre a d\u00e9clar\u00e9 lundi que la r\u00e9forme serait adopt\u00e9e \u00e0 l'automne, selon l'\u00e9lys\u00e9e."
    path = write(tmp_path, "fr.txt", text.encode("latin-1"))
    assert one(load_articles([path])).text == text


# ----------------------------------------------------------------------------- standard input

@pytest.mark.parametrize(
    "payload, title",
    [
        (json.dumps({"title": "From JSON", "text": BODY}), "From JSON"),
        (json.dumps({"title": "L1", "text": BODY}) + "\n" + json.dumps({"title": "L2", "text": BODY}), "L1"),
        ("<!DOCTYPE html><html><head><title>From HTML</title></head><body><article><h1>From HTML</h1>"
         + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>", "From HTML"),
        ("From plain text\n\n" + BODY, "From plain text"),
        ("# From Markdown\n\n" + BODY, "From Markdown"),
    ],
    ids=["json", "jsonl", "html", "txt", "md"],
)
def test_stdin_formats_are_sniffed(payload, title):
    articles = load_articles(["-"], stdin=io.BytesIO(payload.encode("utf-8")))
    assert articles[0].title == title
    assert articles[0].origin.startswith("<stdin>")
    assert "council approved" in articles[0].text


def test_stdin_with_files(tmp_path):
    path = write(tmp_path, "a.txt", BODY)
    other = BODY.replace("The", "A", 1) + " The second outlet added a line of its own."
    articles = load_articles([path, "-"], stdin=io.BytesIO(json.dumps({"text": other}).encode()))
    assert [a.origin for a in articles] == [str(path), "<stdin>"]


def test_sniff_format():
    assert sniff_format('{"text": "x"}') == "json"
    assert sniff_format('{"text": "x"}\n{"text": "y"}\n') == "jsonl"
    assert sniff_format("<html><body><p>x</p></body></html>") == "html"
    assert sniff_format("# Title\n\nText.") == "md"
    assert sniff_format("Title\n\nText.") == "txt"


# ----------------------------------------------------------------------------- folders

def test_folder_is_read_recursively_in_stable_order(tmp_path):
    write(tmp_path, "b.txt", BODY)
    write(tmp_path, "a.md", BODY)
    write(tmp_path, "sub/c.json", json.dumps({"text": BODY}))
    write(tmp_path, "Sub2/d.jsonl", json.dumps({"text": BODY}))
    write(tmp_path, ".hidden.txt", BODY)
    write(tmp_path, ".git/e.txt", BODY)
    write(tmp_path, "notes.docx", b"PK\x03\x04binary")
    write(tmp_path, "image.png", b"\x89PNG")
    write(tmp_path, "README.md", "# About this folder\n\nThese are the articles for the story.")
    names = [Path(a.origin).relative_to(tmp_path).as_posix().split(":")[0] for a in load_articles([tmp_path])]
    assert names == ["a.md", "b.txt", "sub/c.json", "Sub2/d.jsonl"]
    again = [a.origin for a in load_articles([tmp_path])]
    assert again == [a.origin for a in load_articles([tmp_path])]


def test_loading_is_deterministic():
    first = load_articles([DATA])
    second = load_articles([DATA])
    assert first == second
    assert len(first) == len([p for p in DATA.rglob("*") if p.is_file()])


def test_outlet_from_file_name_only_when_the_name_says_it(tmp_path):
    assert one(load_articles([write(tmp_path, "2024-05-02_reuters_budget.txt", BODY)])).outlet == "Reuters"
    assert one(load_articles([write(tmp_path, "www.example-news.com.txt", BODY)])).outlet == "example-news.com"
    assert one(load_articles([write(tmp_path, "article1.txt", BODY)])).outlet == ""
    assert one(load_articles([write(tmp_path, "000_ee0b49a23a08861e.txt", BODY)])).outlet == ""


# ----------------------------------------------------------------------------- bad input

def error_of(inputs, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        load_articles(inputs, **kwargs)
    assert "\n" not in str(info.value)
    return info.value


def test_empty_file(tmp_path):
    err = error_of([write(tmp_path, "empty.txt", b"")])
    assert err.where.endswith("empty.txt") and "empty" in err.problem


def test_whitespace_only_file(tmp_path):
    err = error_of([write(tmp_path, "blank.md", " \n\t\n\r\n  ")])
    assert err.where.endswith("blank.md") and "white space" in err.problem


@pytest.mark.parametrize("content", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", bytes(range(256)) * 4, b"\x00\x01\x02\x03" * 100])
def test_binary_file(tmp_path, content):
    err = error_of([write(tmp_path, "data.txt", content)])
    assert "binary" in err.problem


def test_missing_path(tmp_path):
    err = error_of([tmp_path / "nope.txt"])
    assert err.where.endswith("nope.txt") and "no such file" in err.problem


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", BODY)

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    err = error_of([path])
    assert err.where.endswith("secret.txt") and "permission denied" in err.problem


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_on_disk(tmp_path):  # pragma: no cover - not as root
    path = write(tmp_path, "secret.txt", BODY)
    path.chmod(0)
    try:
        assert "permission denied" in error_of([path]).problem
    finally:
        path.chmod(0o644)


def test_unknown_extension_named_explicitly(tmp_path):
    err = error_of([write(tmp_path, "story.pdf", BODY)])
    assert err.where.endswith("story.pdf") and "unknown file type '.pdf'" in err.problem


def test_invalid_json_names_the_line(tmp_path):
    path = write(tmp_path, "bad.json", '{\n  "title": "x",\n  "text": "y"\n  "date": 1\n}\n')
    err = error_of([path])
    assert err.where == f"{path}:4" and "invalid JSON" in err.problem


def test_invalid_json_lines_names_the_line(tmp_path):
    path = write(tmp_path, "bad.jsonl", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY}) + "\n{oops\n")
    err = error_of([path])
    assert err.where == f"{path}:3" and "invalid JSON" in err.problem


def test_json_article_without_text(tmp_path):
    path = write(tmp_path, "notext.json", json.dumps([{"title": "ok", "text": BODY}, {"title": "no text here"}]))
    err = error_of([path])
    assert err.where == f"{path}#2" and "no text" in err.problem
    path = write(tmp_path, "notext.jsonl", json.dumps({"title": "only a title"}) + "\n")
    assert error_of([path]).where == f"{path}:1"


def test_json_wrong_types(tmp_path):
    assert "must be a string" in error_of([write(tmp_path, "n.json", json.dumps({"text": 42}))]).problem
    assert "JSON object" in error_of([write(tmp_path, "s.json", json.dumps("just a string"))]).problem
    assert "must be text" in error_of([write(tmp_path, "t.json", json.dumps({"text": BODY, "title": {"a": [1]}}))]).problem


def test_article_with_no_sentences(tmp_path):
    err = error_of([write(tmp_path, "nosent.json", json.dumps({"text": "12345 --- 678"}))])
    assert "no sentences" in err.problem
    err = error_of([write(tmp_path, "onlyhead.txt", "Just a headline here\n")])
    assert err.where.endswith("onlyhead.txt") and "no article text" in err.problem


def test_article_of_boilerplate_only(tmp_path):
    err = error_of([write(tmp_path, "furniture.txt", "Related Articles\n\nBack to top button\n\nShare this article\n")])
    assert "no article text" in err.problem


def test_folder_with_no_articles(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF")
    write(tmp_path, ".hidden.txt", BODY)
    err = error_of([tmp_path])
    assert err.where == str(tmp_path) and "no article files" in err.problem


def test_file_over_the_size_limit_fails_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", BODY * 10)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    err = error_of([path], max_file_bytes=100)
    assert err.where.endswith("big.txt") and "limit" in err.problem
    assert opened == []


def test_total_over_the_limit_fails_before_reading(tmp_path, monkeypatch):
    paths = [write(tmp_path, f"{i}.txt", BODY) for i in range(3)]
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    err = error_of(paths, max_total_bytes=len(BODY.encode()) * 2 + 10)
    assert err.where.endswith("2.txt") and "total" in err.problem
    assert opened == []


def test_stdin_over_the_limit():
    err = error_of(["-"], stdin=io.BytesIO(BODY.encode() * 5), max_file_bytes=200)
    assert err.where == "<stdin>" and "limit" in err.problem


def test_no_inputs():
    assert "no inputs" in error_of([]).problem


def test_errors_reach_the_user_as_one_line_not_a_traceback(tmp_path):
    path = write(tmp_path, "bad.json", "{")
    with pytest.raises(InputError) as info:
        load_articles([path])
    assert str(info.value).startswith(f"{path}:1: invalid JSON")


def test_json_body_given_as_html():
    record = {"title": "T", "content": "<p>The council approved the budget on Monday.</p>\n<p>It passed by <b>nine</b> votes to two.</p><figure><figcaption>Photo: AP</figcaption></figure>"}
    article = one(parse_article(json.dumps(record), "h.json"))
    assert article.text == "The council approved the budget on Monday.\n\nIt passed by nine votes to two."


def test_a_single_path_is_one_input():
    assert len(load_articles(str(DATA / "wire_story.txt"))) == 1
    assert len(load_articles(DATA / "wire_story.txt")) == 1


def test_a_paragraph_repeated_verbatim_is_kept_once():
    text = "\n\n".join([*BODY.split("\n\n"), BODY.split("\n\n")[0]])
    assert one(parse_article(text, "x.txt")).text == BODY


def test_html_declared_charset_is_used(tmp_path):
    body = "Министр заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве."
    html = f'<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>'
    path = write(tmp_path, "ru.html", html.encode("cp1251"))
    assert one(load_articles([path])).text.startswith(body)


def test_text_in_a_script_without_spaces_has_sentences():
    article = one(parse_article(json.dumps({"text": "俄罗斯和美国外长在日内瓦举行会谈。双方同意继续对话。"}), "zh.json"))
    assert article.text.startswith("俄罗斯")


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Z\u00fcrich police said the Se\u00f1or had left on Monday.", "cp1252"),
        ("M\u00fcller sagte, die Gespr\u00e4che seien \u201eoffen\u201c gewesen.", "cp1252"),
        ("\u00c5ngstr\u00f6m and \u00d8resund were named by the Danish crew.", "latin-1"),
        ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0431\u044b\u043b\u0438 \u043f\u043e\u043b\u0435\u0437\u043d\u044b\u043c\u0438.", "cp1251"),
    ],
)
def test_legacy_code_pages(tmp_path, text, encoding):
    path = write(tmp_path, "legacy.txt", text.encode(encoding))
    expected = text.replace("\u201e", '"').replace("\u201c", '"')
    assert one(load_articles([path])).text == expected


def test_outlet_from_masthead_file_names_and_acronyms(tmp_path):
    assert one(load_articles([write(tmp_path, "0009_the-pacific-mirror.txt", BODY)])).outlet == "The Pacific Mirror"
    assert one(load_articles([write(tmp_path, "blinken_talks.txt", BODY)])).outlet == ""
    # a dateline acronym the file name spells out
    text = "Talks end\n\nWarsaw, Nov 26 (CC).- The talks ended without a deal on Saturday, officials said.\n"
    assert one(load_articles([write(tmp_path, "0015_the-civil-courier.txt", text)])).outlet == "The Civil Courier"


def test_acronym_outlets_take_the_full_name_other_articles_use(tmp_path):
    write(tmp_path, "a.txt", "Talks end\n\nBy Ana Lima for GWS\n\n" + BODY)
    write(tmp_path, "b.json", json.dumps({"source": "Global Wire Service", "text": BODY}))
    write(tmp_path, "c.txt", "Talks end\n\nBy Ana Lima for XYZ\n\n" + BODY)
    assert [a.outlet for a in load_articles([tmp_path])] == ["Global Wire Service", "Global Wire Service", "XYZ"]


def test_markdown_with_html_paragraphs():
    md = "# Title here\n\n<div class=\"body\">\n<p>The council approved the budget on Monday.</p>\n<figure><figcaption>Photo: AP</figcaption></figure>\n</div>\n\nIt passed by nine votes to two.\n"
    article = one(parse_article(md, "x.md"))
    assert article.text == "The council approved the budget on Monday.\n\nIt passed by nine votes to two."


def test_paragraphs_marked_by_indentation():
    text = (
        "Council passes budget\n\n"
        "    The city council approved the new budget on Monday\n"
        "after a long debate that lasted into the night.\n"
        "    Spending on schools will rise by 4% next year,\n"
        "the mayor said.\n"
    )
    article = one(parse_article(text, "x.txt"))
    assert article.text == (
        "The city council approved the new budget on Monday after a long debate that lasted into the night.\n\n"
        "Spending on schools will rise by 4% next year, the mayor said."
    )


def test_caption_above_the_headline():
    text = (
        "Photo: Reuters\n\n"
        "Protesters outside the town hall before the vote\n[Jane Doe/Reuters]\n\n"
        "Council passes budget after long debate\n\n" + BODY
    )
    article = one(parse_article(text, "x.txt"))
    assert article.title == "Council passes budget after long debate"
    assert article.text == BODY


def test_a_file_of_many_articles_does_not_name_their_outlet(tmp_path):
    records = [{"text": BODY}, {"text": BODY}]
    assert [a.outlet for a in load_articles([write(tmp_path, "the-daily-news.json", json.dumps(records))])] == ["", ""]
    assert one(load_articles([write(tmp_path, "the-daily-news-1.json", json.dumps({"text": BODY}))])).outlet == "The Daily News"


@pytest.mark.parametrize("text", [
    "Yes. No. Maybe.", "A. B. C. D. E.", "1. ab 2. cd 3. ef", "• ab • cd • ef", "a) x b) y c) z",
    "Go!Now!Run!", "Ab.\nCd.\nEf.", "ab.Cd.Ef.Gh", "Ab!Cd?Ef.Gh…Ij", "Stop.\n\nGo.", "Talks resumed.",
    "The minister said talks would resume on Monday in Geneva.", "U.S. Gen. Smith.",
    "1) Ab 2) Cd 3) Ef 4) Gh 5) Ij",
])
def test_has_sentence_is_what_the_splitter_finds(text):
    """The quick count (more words than the splitter can make sentences) never disagrees with
    splitting: a text has a sentence when a sentence the splitter finds has two words."""
    from briefing.ingest.assemble import _LETTERS, has_sentence
    from briefing.nlp import split_sentences

    want = any(len(_LETTERS.findall(s)) >= 2 for p in text.split("\n\n") for s in split_sentences(p))
    assert has_sentence(text) == want
