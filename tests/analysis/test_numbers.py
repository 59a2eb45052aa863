"""Quantity mentions: numbers in every writing, look-alikes skipped."""

from __future__ import annotations

import pytest

from briefing.analysis.numbers import find_quantities, parse_digits


@pytest.mark.parametrize(
    "text,value",
    [
        ("125,000", 125000.0),
        ("125.000", 125000.0),
        ("125\u00a0000", 125000.0),
        ("4.5", 4.5),
        ("4,5", 4.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("0.125", 0.125),
        ("1,234,567", 1234567.0),
        ("12", 12.0),
    ],
)
def test_parse_digits_decides_separators_by_group_pattern(text, value):
    assert parse_digits(text) == value


def one(text: str, language: str = "english"):
    found = find_quantities(text, language)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start:q.end] == q.value
    return q


def test_modifier_and_counted_thing():
    q = one("Russia has amassed more than 125,000 troops near Ukraine's border.")
    assert (q.value, q.number, q.kind, q.noun) == ("more than 125,000", 125000.0, "troops", "troops")


def test_european_separator_is_a_thousands_group():
    q = one("Russia deployed around 100.000 troops and heavy weapons near the border.")
    assert q.number == 100000.0 and q.kind == "troops" and q.value == "around 100.000"


def test_vague_amount_has_no_number():
    q = one("amid a build-up of tens of thousands of troops on the border")
    assert q.value == "tens of thousands" and q.number is None and q.vague
    assert (q.low, q.high) == (10_000, 100_000)


@pytest.mark.parametrize(
    "text,number,kind",
    [
        ("a war that has claimed more than 13,200 lives since 2014", 13200.0, "deaths"),
        ("an insurgency that has killed more than 13,000 people since 2014", 13000.0, "deaths"),
        ("Twenty-five soldiers were killed in the attack.", 25.0, "deaths"),
        ("The death toll rose to 80 on Sunday.", 80.0, "deaths"),
        ("Two million people fled the fighting.", 2_000_000.0, "displaced"),
        ("Two million people live in the city.", 2_000_000.0, "people"),
        ("The floods displaced more than 80,000, officials said.", 80_000.0, "displaced"),
        ("The death toll from the floods rose to 75 on Sunday.", 75.0, "deaths"),
        ("Twelve people lost their lives.", 12.0, "deaths"),
        ("Some two hundred thousand refugees crossed.", 200_000.0, "refugees"),
        ("Police arrested a dozen protesters.", 12.0, "protesters"),
        ("Japan pledged $500 million in aid.", 500_000_000.0, "money:USD"),
        ("the US gave 350 million USD", 350_000_000.0, "money:USD"),
        ("1.5 million refugees", 1_500_000.0, "refugees"),
        ("Turnout was 61.5% on Sunday.", 61.5, "percent"),
        ("Three people were injured.", 3.0, "injured"),
    ],
)
def test_numbers_in_words_and_digits(text, number, kind):
    q = one(text)
    assert q.number == number and q.kind == kind


def test_range_is_read_as_lower_bound():
    q = one("between 100,000 and 130,000 troops")
    assert q.value == "between 100,000 and 130,000" and q.number == 100000.0 and q.high == 130000.0


@pytest.mark.parametrize(
    "text",
    [
        "They met for about 90 minutes on January 21.",
        "The talks come just 11 days after their deputies met.",
        "The meeting began at 11:00 (10:00 GMT).",
        "In 2014 troops entered the peninsula.",
        "It annexed Crimea in 2014, the same year.",
        "G7 leaders and F-16 jets, COVID-19 cases.",
        "A 45-year-old man, aged 45, was there.",
        "One of the ministry's answers noted it.",
        "Two leaders agreed; three documents were released.",
        "It is the 21st time; the third round.",
        "Restoring the 1997 configuration of NATO.",
        "The epicentre was 45 kilometers southwest of the city.",
    ],
)
def test_look_alikes_are_not_quantities(text):
    assert find_quantities(text) == []


def test_french_numbers():
    q = one("Plus de 1 500 soldats ont été déployés.", "french")
    assert q.number == 1500.0 and q.kind == "troops"
    q = one("des dizaines de milliers de manifestants", "french")
    assert q.number is None and q.kind == "protesters"


@pytest.mark.parametrize(
    "text,number",
    [
        ("half a million people fled", 500_000.0),
        ("a half million people fled", 500_000.0),
        ("two and a half million people fled", 2_500_000.0),
        ("one hundred and twenty-five thousand troops", 125_000.0),
        ("three dozen protesters", 36.0),
        ("nearly 2 million Ukrainians fled", 2_000_000.0),
        ("a crowd of 10 000 protesters", 10_000.0),
    ],
)
def test_more_number_words(text, number):
    assert one(text).number == number


def test_missing_is_not_dead():
    found = find_quantities("Sweden has 17 confirmed dead, but more than 2,500 are still missing.")
    assert [(q.number, q.kind) for q in found] == [(17.0, "deaths"), (2500.0, "missing")]
