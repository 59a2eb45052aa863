"""find_quotes: each attribution pattern of news writing, on short invented news text."""

from __future__ import annotations

import pytest

from briefing import build_briefing, find_quotes
from briefing.analysis.quotes import QuoteFinder, without_points
from briefing.model import Article, Citation, Point
from briefing.nlp import segment


def one(text: str, **kw):
    found = find_quotes(text, **kw)
    assert len(found) == 1, found
    return found[0]


def by_text(text: str, **kw) -> dict[str, tuple[str, str]]:
    return {q.text: (q.speaker, q.how) for q in find_quotes(text, **kw)}


def test_said_after_with_title_stripped_and_parts_as_spans():
    text = 'Rain fell all week.\n\n"We will rebuild every house in this town," Mayor Anna Kowalski said on Monday.'
    q = one(text)
    assert (q.speaker, q.how, q.speaker_as_written) == ("Anna Kowalski", "named", "Mayor Anna Kowalski")
    (s, e), = q.parts
    assert text[s:e] == "We will rebuild every house in this town,"


def test_inverted_said_with_apposition_and_brackets():
    q = one('"This is a disgusting day," said Rep. John Miller (D-Ohio), head of the rural caucus.')
    assert q.speaker == "John Miller"
    q = one('"The vote will come next week, not before," Senate leader Mary Hart, R-Ky., said Tuesday.')
    assert q.speaker == "Mary Hart"
    q = one('"There is a need for more oversight here," said Ron Field, a Miami lawyer who has worked on such cases.')
    assert q.speaker == "Ron Field"


def test_told_reporters_colon_and_according_to():
    found = by_text(
        'Defence Minister Omar Haddad told reporters: "Our troops will stay until the job is done."\n\n'
        'Losses were high this year, "far higher than anyone expected in the spring", according to Jane Doe.')
    assert found["Our troops will stay until the job is done."] == ("Omar Haddad", "named")
    assert found["far higher than anyone expected in the spring"] == ("Jane Doe", "named")


def test_colon_introduction_in_the_paragraph_before():
    q = one('The union leader Paul Brenner continued:\n\n"We are not going back to work until the company listens to us."')
    assert (q.speaker, q.how) == ("Paul Brenner", "named")


def test_quotation_split_by_he_said_is_one_quotation_with_two_parts():
    text = ('Police Chief Ana Lopez spoke after the night of storms.\n\n'
            '"We have never seen water this high," she said. "Nobody should drive tonight."')
    q = one(text)
    assert (q.speaker, q.how) == ("Ana Lopez", "pronoun")
    assert [text[s:e] for s, e in q.parts] == ["We have never seen water this high,", "Nobody should drive tonight."]
    assert q.text == "We have never seen water this high. Nobody should drive tonight."


def test_multi_paragraph_quotation_runs_on():
    text = ('"We have lost the harvest this year," said farmer Tom Reyes. "The banks will not wait for us.\n\n'
            '"Nobody in this valley can pay them back before the winter."')
    q = one(text)
    assert q.speaker == "Tom Reyes"
    assert len(q.parts) == 3 and text[q.parts[-1][0]:q.parts[-1][1]].startswith("Nobody in this valley")


def test_run_of_paragraphs_of_one_speaker():
    found = by_text('"The bridge will open in May," said engineer Lena Vogel.\n\n'
                    '"After that, the old road closes for good and the trucks go round."')
    assert found["After that, the old road closes for good and the trucks go round."] == ("Lena Vogel", "run")


def test_pronoun_takes_the_most_recent_person_of_its_gender():
    text = ('Mayor Anna Kowalski toured the district with Governor Peter Brandt on Monday.\n\n'
            '"We will rebuild every single house," she said. Brandt nodded.\n\n'
            '"The state will pay for the new school," he said.')
    found = by_text(text)
    assert found["We will rebuild every single house"] == ("Anna Kowalski", "pronoun")
    assert found["The state will pay for the new school"] == ("Peter Brandt", "pronoun")


def test_he_said_is_never_given_to_a_country():
    text = ("Red and gold flags of the outlawed Valdorian Workers Party of Turkey, known as the VWP, "
            "fluttered over huge cloth banners calling for Kalan's release.\n\n"
            "Kalan is the leader of the VWP which has been waging a rebellion in southeast Turkey for the "
            "past 14 years. Turkey has branded him a terrorist, holding him responsible for the deaths.\n\n"
            "Italy announced that Kalan was arrested on arrival at Rome's airport Thursday.\n\n"
            "The protesters distributed pamphlets by the National Liberation Front of Valdoria, the VWP's "
            "political wing. These quoted Kalan as saying he flew to Rome with the knowledge of the Italian "
            "government.\n\n"
            'He was further quoted as saying that "necessary procedures are under way so that I can remain '
            'in this country in my political capacity. But it is too early to say anything.\n\n'
            '"I call on our people and our friends to watch developments closely."')
    speakers = {speaker for speaker, _ in by_text(text).values()}
    assert speakers and not speakers & {"Turkey", "Italy"}, speakers
    from briefing.analysis.quotes.names import territories
    from briefing.lang import part

    assert {"turkey", "syria", "china", "hong kong"} <= territories(part("english", "quotes"))
    assert {"turquie", "syrie", "chine"} <= territories(part("french", "quotes"))
    # a full name shows a person who shares a country's name
    q = one('Lt. Col. Steven Jordan spoke first.\n\n"I followed the orders I was given by my superiors," '
            'Jordan said.')
    assert q.speaker == "Steven Jordan"


def test_he_said_is_never_given_to_a_nearby_place_or_dateline():
    found = by_text('SAN MIGUEL, Philippines — The blast shook New York and San Miguel on Monday.\n\n'
                    '"A bomb went off near the station and nobody told us," he said.')
    assert found == {"A bomb went off near the station and nobody told us": ("", "none")}
    q = one('SAN MIGUEL, Philippines — "We lost everything in one night," said Eddie Tapel, a rice farmer.')
    assert q.speaker == "Eddie Tapel"


def test_organisation_only_where_the_article_makes_it_a_speaker():
    found = by_text('"We will review the contract in full," the ministry said in a statement.\n\n'
                    'The deal went to Petroleos de Venezuela. "Nothing has been signed yet and nothing will be."')
    assert found["We will review the contract in full"] == ("Ministry", "organisation")
    assert found["Nothing has been signed yet and nothing will be."] == ("", "none")


def test_descriptions_stay_descriptions_unless_the_article_ties_them():
    found = by_text('"The talks were useful for both sides," a State Department spokesman said.')
    assert found["The talks were useful for both sides"] == ("a State Department spokesman", "description")
    text = ('White House press secretary Josh Ernst spoke on Monday.\n\n'
            '"The president has no plans to travel this week," the press secretary said.')
    assert one(text).speaker == "Josh Ernst"


def test_a_title_alone_or_a_piece_of_a_name_is_never_the_speaker():
    assert one('"We are ready for anything they do," said the President.').speaker == ""
    q = one('"We made this film for everyone who ever felt left out," said director Bong Joon Ho.')
    assert q.speaker == "Bong Joon Ho"


def test_narration_between_quotes_and_an_unclosed_mark_do_not_shift_the_pairing():
    text = ('The "so-called reform passed on Monday after a long night.\n\n'
            'U.N. spokesman Fred Eckhard said Annan was taken on a trip into the desert. '
            '"We will fight it in court," said union leader Ana Lopez.')
    found = by_text(text)
    assert found == {"We will fight it in court": ("Ana Lopez", "named")}


def test_x_said_y_was_narration_not_a_quote():
    found = by_text('Mr. Diaz said the plan was a "dangerous and costly mistake for every farmer" and left.')
    assert found == {"dangerous and costly mistake for every farmer": ("Diaz", "named")}
    assert find_quotes("Spokesman Fred Eckhard said Annan was taken on a trip into the desert.") == []


def test_scare_quotes_titles_and_urls_are_not_key_quotes():
    arts = [Article(text='The minister called the plan a "non-starter" and read "The Art of the Deal" again. '
                         '"See http://example.com/report for the figures," Jane Doe said.', title="t", outlet="A")]
    assert [q.text for q in find_quotes(arts[0])] == ["See http://example.com/report for the figures"]
    assert QuoteFinder().run(arts, segment(arts)) == []


def test_unattributed_quotations_are_kept_off_the_key_quotes():
    arts = [Article(text='"The water came up to the roof of the school," one line of the report reads, unsigned.',
                    title="t", outlet="A")]
    assert all(q.speaker for q in QuoteFinder().run(arts, segment(arts)))


def test_the_same_statement_from_several_outlets_is_one_key_quote_citing_each(assert_citations):
    body = '"We will not accept any deal that leaves our farmers behind," {} said on Friday.'
    arts = [Article(text=body.format("Trade Minister Lisa Berg"), title="a", outlet="Outlet A"),
            Article(text=body.format("Berg"), title="b", outlet="Outlet B"),
            Article(text=body.format("Lisa Berg"), title="c", outlet="Outlet C")]
    found = QuoteFinder().run(arts, segment(arts))
    assert len(found) == 1
    assert found[0].speaker == "Lisa Berg" and found[0].sources == [1, 2, 3]
    assert_citations(found, arts)


def test_a_quote_already_shown_as_a_point_is_not_a_key_quote_too():
    arts = [Article(text='"We will not accept any deal that leaves our farmers behind," Lisa Berg said.',
                    title="a", outlet="A")]
    quotes = QuoteFinder().run(arts, segment(arts))
    point = Point(text=arts[0].text, citations=[Citation(0, 0, len(arts[0].text), arts[0].text)])
    assert quotes and without_points(quotes, [point]) == []


def test_the_page_never_shows_a_point_again_as_a_key_quote():
    texts = ['Farm ministers met in Brussels on Friday to discuss the new trade deal with Canada. '
             '"We will not accept any deal that leaves our farmers behind," Trade Minister Lisa Berg said. '
             'The talks will resume next month in Ottawa, officials said.',
             'Talks on the Canada trade deal stalled in Brussels on Friday. '
             '"We will not accept any deal that leaves our farmers behind," Lisa Berg said after the meeting.']
    b = build_briefing([Article(text=t, title=f"t{i}", outlet=f"O{i}") for i, t in enumerate(texts)])
    points = [p.text for p in b.bottom_line] + [p.text for t in b.topics for p in t.points]
    for q in b.quotes:
        assert not any(q.text in p for p in points)


@pytest.mark.parametrize("text, speaker", [
    ("« Nous ne céderons pas sur les retraites », a déclaré le ministre Jean Dupont.", "Jean Dupont"),
    ("Le maire Pierre Martin a visité le quartier.\n\n« Nous reconstruirons chaque maison », a-t-il ajouté.",
     "Pierre Martin"),
    ("La grève continuera « aussi longtemps qu'il le faudra », selon Marie Lambert.", "Marie Lambert"),
])
def test_french_attributions(text, speaker):
    assert one(text, language="french").speaker == speaker


def test_find_quotes_checks_its_input():
    with pytest.raises(TypeError):
        find_quotes(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="min_words"):
        QuoteFinder(min_words=0)


def test_titles_possessives_and_doubled_names_are_no_speakers():
    # a quotation after "entitled" is the title of something, not speech
    assert find_quotes('Ministers at the seminar, entitled "Latin America: a steady ship in troubled '
                       'waters?" promised to continue the reforms.') == []
    # "China's system ..., Jiang said, adding, "...": a possessive is never the speaker
    found = by_text('China\'s political system "must not be shaken or weakened at any time," Jiang said, '
                    'adding, "The Western mode of political systems must never be copied."')
    assert all(speaker in ("Jiang", "") for speaker, _ in found.values()), found
    # a name doubled by a typo is one name
    q = one('"We must work together to confront these acts that aim to destroy the peace," said a '
            'grim-faced Arafat Arafat.')
    assert q.speaker == "Arafat"


def test_he_said_goes_to_the_speaker_named_with_an_apposition():
    """'X, chief economist at Y, said ...' makes X the speaker a following 'he said' stands for,
    not the better-known person the article names elsewhere; 'Y is accused' is no speech of Y's."""
    lead = ("President Tomas Brell won the first round on Sunday, and Brell promised cuts. Brell said the "
            "budget would be balanced.\n\n")
    text = lead + ("Chip Varga, chief economist for Halden Bank in New York, said that little news was "
                   "expected over the next few weeks.\n\n"
                   '"I hope the market does not expect too much immediately," he said.')
    assert by_text(text)["I hope the market does not expect too much immediately"] == ("Chip Varga", "pronoun")
    text = lead + ("But Gregor Lind, chief investment strategist at Orbis Securities, said the markets "
                   "were calm.\n\n"
                   '"The next thing everybody will be watching is the budget deficit," he said.')
    assert by_text(text)["The next thing everybody will be watching is the budget deficit"][0] == "Gregor Lind"
    text = lead + ("Professor Jonas Marr of the Valdor Law School, editor of The Law Review, noted that "
                   "Brell is accused of fraud and abuse of office. "
                   '"These are considered very serious crimes," he said.')
    assert by_text(text)["These are considered very serious crimes"][0] == "Jonas Marr"
    text = ("Perhaps the one person who could ease Lucio Tan out of the cockpit is Joseph Estrada. But in "
            "an interview last month, Estrada seemed more intent on praising Tan than on prodding him.\n\n"
            '"We have to admire Lucio Tan," he said, "because in spite of losing big money, he stayed."')
    assert all(speaker in ("Joseph Estrada", "") for speaker, _ in by_text(text).values())


def test_a_name_governed_by_a_preposition_is_no_subject_before_an_apposition():
    text = ('Asked if military ties between Valdor and Ostria are based on shared hostility toward Syria, the '
            'prime minister replied, "If we are going to talk about hostility, we need to look at their '
            'support for terror."')
    speakers = {speaker for speaker, _ in by_text(text).values()}
    assert "Syria" not in speakers, speakers
    # the apposition itself still leads back to its name
    q = one('Frank Ciacco, a former expert for the board said "the design was sound from the very start."')
    assert q.speaker == "Frank Ciacco"


def test_a_he_or_she_after_a_full_name_the_article_shows_nothing_of_is_not_given_to_someone_named_before():
    """'..., and that was Neva Lorens of the Green Party. "...," she told local television': Lorens
    may be the she (nothing shows her gender), so the quotation is not given to the general named
    earlier, whose gender the article does not show either; it stays unattributed rather than wrong."""
    text = ("People wish to forget their years of repression under Gen. Ilkar Brandt, and the response to "
            "the news of the arrest in London has been calm. Brandt said through a lawyer that the arrest "
            "was illegal.\n\n"
            "President Eduardo Frei charged that Britain was breaking international law, saying that Brandt, "
            "now a senator for life, carried a diplomatic passport.\n\n"
            "Frei leads a coalition, and the defense of the general was one of many similar comments from "
            "politicians who have spent their careers opposing Brandt.\n\n"
            "Only one candidate in next year's elections backed the arrest, and that was Neva Lorens of "
            'the Green Party. "I could not be more happy about this arrest," she told local television.')
    speaker, _ = by_text(text)["I could not be more happy about this arrest"]
    assert speaker in ("", "Neva Lorens")


def test_a_place_named_after_a_preposition_does_not_hide_the_speaker():
    """'"...," Astaphan said. Ships now tie up at Port Zante. "...," he said': Port Zante is a place
    ("at"), so the he is still the last speaker."""
    text = ("Officials said the damage at the new pier was serious. \"The first cruise ship came in on a "
            'Monday with many passengers," tourism minister Dwyer Astaphan said. Returning ships now tie up '
            'at Port Zante and the old piers nearby. "I am advised the piers will be replaced within five '
            'months," he said.')
    assert by_text(text)["I am advised the piers will be replaced within five months"][0] == "Dwyer Astaphan"


def test_quoted_as_saying_takes_the_person_quoted():
    """'..., and Prime Minister X was quoted Saturday by the daily Y as saying, "..."': X, not the
    sentence's first subject; 'the paper Y has quoted a pilot ... as saying': not the paper."""
    text = ('On Friday Norland strongly warned Torvania that its "patience was running out," and Prime '
            'Minister Arvid Kessel was quoted Saturday by the daily Morgenpost as saying, "the soldier is '
            'awaiting an order from the government."')
    assert by_text(text)["the soldier is awaiting an order from the government."][0] == "Arvid Kessel"
    text = ("Spanish paper El Diario has quoted an airline pilot flying over the ocean at the time as "
            'saying he witnessed "an intense burst of white light over the water" falling from the sky.')
    assert all(speaker not in ("El Diario", "Diario") for speaker, _ in by_text(text).values())
