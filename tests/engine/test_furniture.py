"""A site's tagline repeated at the top of every saved page never reaches the page."""

from briefing import Article, build_briefing
from briefing.engine.furniture import furniture
from briefing.nlp import segment

TAGLINE = "A collection of government web content."
BODIES = [
    "The Senate passed the flood relief bill on Tuesday by a vote of 68 to 31, sending it to the House.\n\n"
    "The bill gives flood victims in five states tax credits and low-interest loans.",
    "Senators approved the flood relief bill on Tuesday, and the House is expected to vote next week.\n\n"
    "Senator Mara Quill said the loans would reach families before the winter.",
    "The flood relief bill cleared the Senate on Tuesday with support from both parties.\n\n"
    "The House speaker said the chamber would take up the bill after the recess.",
]


def _pages(tagline_at: str = "top") -> list[Article]:
    out = []
    for k, body in enumerate(BODIES):
        text = f"{TAGLINE}\n\n{body}" if tagline_at == "top" else f"{body}\n\n{TAGLINE}"
        out.append(Article(text=text, title=f"Relief bill {k}", outlet=f"Outlet {k}"))
    return out


def _lines(b) -> list[str]:
    return [p.text for p in b.bottom_line] + [p.text for t in b.topics for p in t.points]


def test_a_tagline_at_the_head_or_foot_of_every_page_is_no_point():
    for where in ("top", "bottom"):
        b = build_briefing(_pages(where))
        assert TAGLINE not in _lines(b), where
        assert any("flood relief bill" in line for line in _lines(b))


def test_furniture_finds_the_tagline_only():
    sentences = segment(_pages(), "english")
    found = furniture(sentences)
    assert found and {sentences[i].text for i in found} == {TAGLINE}


def test_wire_copies_sharing_a_short_lead_keep_it():
    lead = "Ten people died in the fire on Friday."
    rest = ("Firefighters fought the blaze at the warehouse for six hours before it was under control.\n\n"
            "The cause of the fire is not yet known, the city's fire chief told reporters.")
    arts = [Article(text=f"{lead}\n\n{rest}", title="Fire", outlet=o) for o in ("AP", "Daily Star", "Herald")]
    assert furniture(segment(arts, "english")) == frozenset()


def test_a_short_line_in_the_middle_or_on_two_pages_is_kept():
    middle = []
    for k, body in enumerate(BODIES):
        first, second = body.split("\n\n")
        middle.append(Article(text=f"{first}\n\nLine {k} of the story.\n\nThe vote was close.\n\n"
                                   f"Page {k} says more.\n\n{second}", outlet=f"O{k}"))
    assert furniture(segment(middle, "english")) == frozenset()
    assert furniture(segment(_pages()[:2], "english")) == frozenset()
