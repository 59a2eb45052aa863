"""Key quotes: attribution, split quotations, scare quotes, merging across outlets."""

from __future__ import annotations

from briefing.analysis import cross_source
from briefing.analysis.quotes import QuoteFinder, quote_spans
from briefing.model import Article
from briefing.nlp import segment


def build(texts: list[str]) -> list[Article]:
    return [Article(text=t, title=f"t{i}", outlet=f"Outlet {i}") for i, t in enumerate(texts)]


def quotes(articles: list[Article], **kw):
    return QuoteFinder(**kw).find(articles, segment(articles))




def test_quote_spans_straight_curly_and_open_ended():
    text = 'He said "one two" and “three four” then «cinq six»; ‘seven eight’ but don’t split.'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["one two", "three four", "cinq six", "seven eight"]
    open_ended = "“We will go on to the end of the paragraph"
    assert [open_ended[s:e] for s, e in quote_spans(open_ended)] == [
        "We will go on to the end of the paragraph"
    ]


def test_speaker_after_and_before_the_quote_and_titles_stripped(assert_citations):
    arts = build([
        "US Secretary of State Antony Blinken met his counterpart.\n\n"
        "“We did not expect any major breakthroughs to happen today,” Blinken told reporters.\n\n"
        "Russian Foreign Minister Sergei Lavrov said: “We are expecting answers to our concrete questions.”",
    ])
    found = quotes(arts)
    by = {q.speaker: q.text for q in found}
    assert by["Antony Blinken"] == "We did not expect any major breakthroughs to happen today"
    assert by["Sergei Lavrov"] == "We are expecting answers to our concrete questions."
    assert all(q.citations for q in found)
    assert_citations(found, arts)


def test_quote_split_across_sentences_is_one_quote_with_pronoun_resolved(assert_citations):
    arts = build([
        "Foreign Minister Sergei Lavrov spoke after the meeting in Geneva.\n\n"
        "“We are not expecting a breakthrough from this meeting,” he said. "
        "“But we are expecting answers to our concrete questions.”",
    ])
    found = quotes(arts)
    assert len(found) == 1
    q = found[0]
    assert q.speaker == "Sergei Lavrov"
    assert q.text == "We are not expecting a breakthrough from this meeting. But we are expecting answers to our concrete questions."
    c = q.citations[0]
    assert c.text.startswith("“We are not") and c.text.endswith("questions.”")
    assert all(q.citations for q in found)
    assert_citations(found, arts)


def test_quote_split_around_said_in_one_sentence():
    arts = build(['"The door to diplomacy remains open," Truss said, "but the price of aggression would be high."'])
    found = quotes(arts)
    assert [q.text for q in found] == ["The door to diplomacy remains open, but the price of aggression would be high."]
    assert found[0].speaker == "Truss"


def test_scare_quotes_and_quoted_titles_are_skipped():
    arts = build([
        "The United States called the idea a “non-starter” and warned of a “swift, severe response”. "
        "The ministry said the papers came from an Orwellian “Ministry of Truth”.",
    ])
    assert quotes(arts) == []


def test_same_words_from_several_outlets_merge_and_rank_first(assert_citations):
    arts = build([
        "“We didn't expect any major breakthroughs to happen today, but I believe we are now on a clear path "
        "in terms of understanding each other's concerns,” Blinken told reporters.\n\n"
        "“We will meet again next week in another city,” said Lavrov.",
        "“We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path "
        "in terms of understanding each other's concerns,” US secretary of state Anthony Blinken said.",
        "The head of American diplomacy, Antony Blinken, met Lavrov. Antony Blinken arrived early. “We did not expect any major developments "
        "today, but we are now on a clearer path towards understanding,” said the US Secretary of State.",
    ])
    found = quotes(arts)
    top = found[0]
    assert top.speaker == "Antony Blinken"
    assert top.sources == [1, 2, 3]
    assert len(found) == 2 and found[1].speaker == "Lavrov" and found[1].sources == [1]
    assert all(q.citations for q in found)
    assert_citations(found, arts)


def test_different_speakers_are_not_merged():
    arts = build([
        "“We are ready to talk about security in Europe at any time,” Lavrov said.",
        "“We are ready to talk about security in Europe at any time,” Blinken said.",
    ])
    found = quotes(arts)
    assert sorted(q.speaker for q in found) == ["Blinken", "Lavrov"]


def test_according_to_and_end_of_sentence_attribution():
    arts = build([
        "The two leaders agreed that “further military aggression must be averted at all costs”, the chancellery said.\n\n"
        "Officials expect “a long and difficult winter for the whole region”, according to Minister Jane Doe.",
    ])
    by = {q.speaker: q.text for q in quotes(arts)}
    assert by.get("Chancellery") == "further military aggression must be averted at all costs"
    assert by.get("Jane Doe") == "a long and difficult winter for the whole region"


def test_limit_and_determinism():
    words = "apples bridges clouds doors engines forests gardens harbours".split()
    names = "Adams Brown Clark Davis Evans Fisher Grant Hughes".split()
    texts = [f"“We talked about {w} and {w} again for the whole afternoon,” {n} said." for w, n in zip(words, names)]
    arts = build(texts)
    a = quotes(arts, limit=3)
    b = quotes(arts, limit=3)
    assert a == b and len(a) == 3


def test_cross_source_returns_quotes():
    arts = build(["“We are not expecting a breakthrough from this meeting,” Lavrov said."])
    result = cross_source(arts, segment(arts))
    assert [q.speaker for q in result.quotes] == ["Lavrov"]


def test_unattributed_quote_after_other_words_does_not_continue():
    arts = build([
        "“We will not accept these demands at all,” Blinken said. Lavrov disagreed with him sharply. "
        "“The West must answer our questions in writing.”",
    ])
    found = {q.text: q.speaker for q in quotes(arts)}
    assert found == {"We will not accept these demands at all": "Blinken"}


def test_pronoun_takes_the_person_named_just_before():
    arts = build([
        "“We are facing the worst disaster in our history,” said state governor Eduardo Leite.\n\n"
        "President Luiz Inácio Lula da Silva flew over the area on Sunday. “We will not lack resources for the "
        "state,” he told reporters.",
    ])
    by = {q.text: q.speaker for q in quotes(arts)}
    assert by["We will not lack resources for the state"] == "Luiz Inácio Lula da Silva"
    assert by["We are facing the worst disaster in our history"] == "Eduardo Leite"


def test_subject_of_a_coordinated_speech_verb():
    arts = build(['Governor Eduardo Leite described the damage and warned that "the worst is yet to come in the region."'])
    assert [q.speaker for q in quotes(arts)] == ["Eduardo Leite"]
