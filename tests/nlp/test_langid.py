"""Offline language identification by function words."""

from __future__ import annotations

import pytest

from briefing.nlp.langid import choose_language, detect_language

TEXTS = {
    "english": "The government said on Tuesday that the talks with the unions would continue next week "
               "in the capital, after two days of strikes that closed the port.",
    "french": "Le gouvernement a déclaré mardi que les négociations avec les syndicats se poursuivraient "
              "la semaine prochaine dans la capitale, après deux jours de grève.",
    "german": "Die Regierung hat am Dienstag erklärt, dass die Gespräche mit den Gewerkschaften in der "
              "nächsten Woche in der Hauptstadt fortgesetzt werden, nach zwei Streiktagen.",
    "spanish": "El gobierno dijo el martes que las negociaciones con los sindicatos continuarán la próxima "
               "semana en la capital, después de dos días de huelga que cerraron el puerto.",
    "italian": "Il governo ha detto martedì che i negoziati con i sindacati continueranno la prossima "
               "settimana nella capitale, dopo due giorni di sciopero che hanno chiuso il porto.",
    "portuguese": "O governo disse na terça-feira que as negociações com os sindicatos vão continuar na "
                  "próxima semana na capital, depois de dois dias de greve que fecharam o porto.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_detects_news_sentences(language):
    assert detect_language(TEXTS[language]) == language


@pytest.mark.parametrize("text", ["", "Hello", "12 345 678", "NATO UN EU"])
def test_too_little_text_is_not_guessed(text):
    assert detect_language(text) is None


def test_story_language_is_the_majority_and_others_are_listed():
    texts = [TEXTS["french"], TEXTS["french"] + " Il a ajouté que rien n'était décidé.", TEXTS["english"], "OK"]
    choice = choose_language(texts)
    assert choice.language == "french"
    assert choice.detected == ("french", "french", "english", None)
    assert choice.others == (2,)
    assert choose_language(["?", ""]).language == "english"
