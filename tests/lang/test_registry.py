"""The language folders: one place per language, and no silent fallback."""

from __future__ import annotations

import warnings

import pytest

from briefing import lang
from briefing.analysis.lexicon import lexicon
from briefing.render.view import format_date, format_span, labels


def test_every_folder_is_registered_with_its_code():
    langs = lang.available()
    assert {"english", "french", "german", "spanish", "italian", "portuguese"} <= set(langs)
    for name in langs:
        mod = __import__(f"briefing.lang.{name}", fromlist=["CODE"])
        assert lang.normalize(mod.CODE) == name


def test_english_is_complete_for_every_part_another_language_has():
    have = set().union(*lang.available().values())
    assert have <= lang.available()["english"]


@pytest.mark.parametrize("name", sorted(lang.available()))
def test_a_language_part_defines_what_english_defines(name):
    for p in lang.available()[name]:
        if p == "splitter":
            assert (lang.folder(name) / "splitter").is_dir()
            continue
        ours, ref = lang.part(name, p), lang.part("english", p)
        wanted = {k for k in vars(ref) if k.isupper()} - {"DAY_FORMAT"}
        assert wanted <= {k for k in vars(ours) if k.isupper()}, (name, p)


def test_a_missing_part_warns_once_and_uses_english():
    lang.part.cache_clear()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        a = lang.part("german", "quotes")
        b = lang.part("german", "quotes")
    assert a is b is lang.part("english", "quotes")
    msgs = [str(w.message) for w in seen if issubclass(w.category, lang.LanguageWarning)]
    assert msgs == ["language 'german' has no quotes part; English quotes used"]


def test_an_unknown_language_says_so():
    lang.part.cache_clear()
    with pytest.warns(lang.LanguageWarning, match="'klingon' is not a known language"):
        lang.part("klingon", "dates")


def test_an_unknown_part_is_an_error():
    with pytest.raises(ValueError, match="unknown language part"):
        lang.part("english", "grammar")


def test_codes_and_names_reach_the_same_folder():
    assert lang.normalize("FR") == lang.normalize("français") == "french"
    assert lexicon("fr") is lexicon("french") or lexicon("fr") == lexicon("french")
    assert lexicon("fr").months["août"] == 8


def test_page_labels_and_dates_come_from_the_language_folder():
    assert labels("german")["quotes"] == "Zitate"
    assert labels("es")["bottom_line"] == "Lo esencial"
    assert labels("dutch") == labels("english")  # no Dutch folder: English words, ISO dates
    assert format_date("2024-03-04", "german") == "4. März 2024"
    assert format_date("2024-03-04", "french") == "4 mars 2024"
    assert format_date("2024-03-04", "english") == "4 Mar 2024"
    assert format_date("2024-03-04", "english", "month") == "Mar 2024"
    assert format_date("2024-03-04", "dutch") == "4 mrt 2024"  # no folder, but Babel knows Dutch
    assert format_date("2024-03-04", "klingon") == "2024-03-04"
    assert format_span(("2024-03-04", "2024-03-06"), "german") == "4.\u20136. März 2024"
    assert " ".join(format_span(("2024-02-28", "2024-03-02"), "french").replace("\u2009", " ").split()) == "28 févr. \u2013 2 mars 2024"
