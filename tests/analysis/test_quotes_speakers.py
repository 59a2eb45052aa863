"""find_quotes: who speaks, as news is written (short invented news text, one pattern a test)."""

from __future__ import annotations

from briefing import find_quotes


def speakers(text: str) -> dict[str, tuple[str, str]]:
    """Quotation text -> (speaker, how)."""
    return {q.text: (q.speaker, q.how) for q in find_quotes(text)}


def only(text: str) -> tuple[str, str]:
    found = find_quotes(text)
    assert len(found) == 1, found
    return found[0].speaker, found[0].how


# -- who the attribution names ------------------------------------------------------------------


def test_a_speech_verb_form_after_a_determiner_is_a_noun():
    # "the states" is not "X states": the subject is before the long apposition
    text = ('"It is an invasion of the state regulatory domain," Paul Ortega, the attorney general of '
            'Utah, one of the states suing the agency, said at an event this month.')
    assert only(text) == ("Paul Ortega", "named")


def test_a_titled_person_of_an_organisation_is_the_person():
    found = speakers('Talks ended late.\n\n"It was the least bad outcome for the valley," Mr. Morgan of the '
                     'Lakes Club said.\n\n"We expect the rate to rise again next year," said the Bank of Avalon.')
    assert found["It was the least bad outcome for the valley"] == ("Morgan", "named")
    # "Bank of Avalon" is an organisation, never a person's name
    assert found["We expect the rate to rise again next year"][1] == "organisation"


def test_the_subject_after_an_opening_conjunction():
    text = ('Senator Hannah Webb spoke on Tuesday. Though she called the fees "outrageous" and asked for the '
            'bonuses to be "clawed back" from the bosses, Webb kept her comments to the future.\n\n'
            '"If a bank cannot be run safely, it should be broken up."')
    assert speakers(text)["If a bank cannot be run safely, it should be broken up."] == ("Hannah Webb", "run")


def test_a_verb_with_a_comma_before_a_quotation_introduces_it():
    text = ('Sen. Tom Vargas said he did not agree. "It is not what worked in 2012. Those are just '
            'distractions," he said. "What really works is a plan for the country." Campaign spokesman '
            'Leo Marsh added, "The other side has chased this story for months."')
    found = speakers(text)
    assert found["It is not what worked in 2012. Those are just distractions. What really works is a plan "
                 "for the country."] == ("Tom Vargas", "pronoun")
    assert found["The other side has chased this story for months."] == ("Leo Marsh", "named")


def test_a_nickname_in_quotation_marks_inside_a_name():
    text = ('"This is a big year for all of us here!" the mayor\'s niece, state Del. Marcia "Cia" Prince, '
            'shouted to the crowd.')
    assert only(text) == ("Marcia Prince", "named")


def test_a_number_before_a_role_after_said():
    assert only('"The rules do not hold any weight at all," said 9/11 widow Terry Strand.') == ("Terry Strand", "named")


def test_characterized_as_is_speech():
    text = ('Lou Matthis said the debate would help the party. However, he characterized the rival as '
            '"a little desperate there, jumping in all the time."')
    assert only(text) == ("Lou Matthis", "pronoun")


# -- he and she -----------------------------------------------------------------------------


def test_according_to_makes_the_source_of_the_next_he():
    text = ('Retired Gen. Norm Hale spoke to a radio host.\n\nThe host asked about the budget.\n\n'
            'Cuts were deep last year.\n\nThere were many of them.\n\n'
            'According to Hale, the administration went through four defense chiefs because they '
            'disagreed with President Barack Osman\'s policies.\n\n'
            '"We are on our fourth secretary of defense," he said.')
    assert only(text) == ("Norm Hale", "pronoun")


def test_an_opening_participle_phrase_is_skipped_to_the_subject_and_the_speaker_wins():
    text = ('Retired Gen. Norm Hale spoke to a radio host.\n\n'
            'Looking ahead to the election, Hale explained why he backs Donald Tremont over his rival.\n\n'
            '"This country needs a leader with a plan," he said.')
    assert only(text) == ("Norm Hale", "pronoun")


def test_a_given_name_used_alone_is_a_person():
    text = ('"He really does love us," Melanie said, and soon the balloons were dropping.\n\n'
            '"It is finished now, for all of us," she said of the election.')
    assert speakers(text)["It is finished now, for all of us"] == ("Melanie", "pronoun")


def test_an_adverb_between_name_and_speech_verb():
    text = ('Two voters, Tyra Moss and Bryan Alder, came to the rally.\n\n'
            'Alder largely agreed with Moss about the campaign.\n\n'
            '"A lot of the outreach comes across as pandering," he said.')
    assert only(text) == ("Bryan Alder", "pronoun")


def test_a_surname_shared_by_a_family_is_the_first_named():
    text = ('Sen. Ted Cortez is endorsing the governor.\n\n'
            '"I will vote for the nominee of my party," Cortez wrote.\n\n'
            'The governor once attacked his wife, Heidi Cortez, and his father, Rafael Cortez.\n\n'
            'Delegates asked how Cortez could turn back on that pledge.\n\n'
            '"The day that was broken was the day this became personal," he said.')
    assert speakers(text)["The day that was broken was the day this became personal"] == ("Cortez", "pronoun")


def test_name_who_shows_a_person():
    text = ('Aung Mya Thet visited the capital on Wednesday. Officials welcomed Mya Thet, who had '
            'breakfast with the vice president.\n\n'
            'In response to pressure, Mya Thet set up a commission, overseen by former envoy Kofi Anan.\n\n'
            '"Unity also means prosperity, because people fight over scarce land," she said.')
    assert only(text) == ("Mya Thet", "pronoun")


def test_a_name_modifying_an_organisation_is_not_a_person_mentioned():
    text = ('Mary Clayton said on Monday that she would visit Florida.\n\n'
            '"Her campaign is in panic mode. Full panic mode," said Leslie Wims, head of a women\'s caucus.\n\n'
            'Many voters believe that the Clayton campaign took black voters for granted.\n\n'
            '"They have a big problem, and it is not enough," she said.')
    assert speakers(text)["They have a big problem, and it is not enough"] == ("Leslie Wims", "pronoun")


# -- phrases quoted inside a sentence ----------------------------------------------------------


def test_as_a_source_put_it():
    text = ('The first rule of the program is a "lawful source of investment income," as a Homeland '
            'Security memo put it.')
    assert only(text) == ("Homeland Security", "organisation")


def test_per_a_document_is_according_to_it():
    text = 'Members may not vote by proxy "to fill a vacancy on the national ticket," per the party\'s bylaws.'
    (speaker, how), = speakers(text).values()
    assert how == "organisation" and "bylaws" in speaker


def test_a_phrase_someone_is_said_to_speak_is_kept_unattributed():
    # the speaker cannot be named, but someone said it: a quotation, not a scare quote
    text = ('At a forum on Monday, one questioner claimed that "the forces of political correctness" were '
            'hurting the army.\n\nOfficials used what is described as a "use it or lose it" rule.')
    found = find_quotes(text)
    assert [(q.text, q.speaker, q.how) for q in found] == [("the forces of political correctness", "", "none")]


def test_dismissed_as_is_speech():
    assert only('In July, Newt Gale dismissed the small state as being in the "suburbs of St. Petersburg" '
                'and moved on.') == ("Newt Gale", "named")


def test_a_colon_sentence_without_a_speech_verb_names_its_subject():
    text = ('On July 6, 2015, Sen. Bern Sandler made the following comment:\n\n'
            '"For young people who have left high school, the unemployment rate is 33 percent."\n\n'
            'The results were as follows:\n\n"Four out of five people would vote for the plan again."')
    found = speakers(text)
    assert found["For young people who have left high school, the unemployment rate is 33 percent."] == \
        ("Bern Sandler", "named")
    assert found["Four out of five people would vote for the plan again."] == ("", "none")


def test_markup_values_and_titles_are_not_quotations():
    text = ('<tweet tweet-author="that in a fair comparison, young people have worse prospects">Sandler said '
            'that "the real unemployment rate is 51 percent." His point was correct.\n\n'
            '"We need to step away from these efforts," Pence said on the network\'s "State of the Union."')
    assert [q.text for q in find_quotes(text)] == ["the real unemployment rate is 51 percent.",
                                                   "We need to step away from these efforts"]


# -- organisations and groups -------------------------------------------------------------------


def test_it_and_they_speak_for_the_organisation_or_group_the_sentence_names():
    text = ('The United Nations Security Council on Friday condemned the test, which it called "a clear threat '
            'to international peace and security."\n\n'
            'The ministry issued a statement on Monday. It said the decision was "a grave mistake that will '
            'cost lives."\n\n'
            'The bill passed the Senate on Tuesday. It called for "a full review of all spending by the '
            'agency."\n\n'
            'The leaders met in Paris. They said the talks were "the best chance for peace in a decade."')
    found = speakers(text)
    assert found["a clear threat to international peace and security."] == \
        ("The United Nations Security Council", "organisation")
    assert found["a grave mistake that will cost lives."] == ("Ministry", "organisation")
    # a bill is no speaker, and "the leaders" names no one
    assert found["a full review of all spending by the agency."] == ("", "none")
    assert found["the best chance for peace in a decade."] == ("", "none")


# -- descriptions tied to names -------------------------------------------------------------


def test_a_description_before_a_name_in_commas_ties_them():
    text = ('The spokesman for the ministry, Ned Pryce, spoke on Monday. The chief of the army, Omar Dali, '
            'also spoke.\n\n'
            '"We are not there yet, and we may not get there this week," the ministry spokesman said.')
    assert only(text) == ("Ned Pryce", "description")


def test_a_description_after_a_name_ties_a_later_description():
    text = ('Ned Pryce, a State Department spokesman, spoke on Monday about the talks.\n\n'
            '"We are not there yet, and we may not get there this week," the State Department spokesman said.')
    assert only(text) == ("Ned Pryce", "description")


def test_a_description_two_people_share_names_no_one():
    text = ('Ned Pryce, the spokesman, spoke. Omar Dali, a spokesman for the army, spoke too.\n\n'
            '"We are not there yet, and we may not get there this week," the spokesman said.')
    assert only(text) == ("", "none")


def test_a_signature_in_quotation_marks_after_a_dash():
    text = ('Ms Norton also quotes a number of other survivors:\n\n'
            '"We are reminded that this is the worst bombing the city has seen." - "Fiona"\n\n'
            '« Une enquête permettrait au moins de tirer les leçons de ces attentats. » - « Pauline »')
    found = speakers(text)
    # the colon sentence quotes others: its subject is not their speaker
    assert found["We are reminded that this is the worst bombing the city has seen."] == ("Fiona", "named")
    assert found["Une enquête permettrait au moins de tirer les leçons de ces attentats."] == ("Pauline", "named")


def test_an_occupation_before_a_name_is_no_new_subject():
    text = ('"Those who live in the town were surprised by the giant waves," reported El Diario on Monday. '
            '"The worst came when the alarms sounded twice," journalist Tania Arce told the newspaper.')
    found = speakers(text)
    # two quotations, two speakers: the second is not the first one going on
    assert found["The worst came when the alarms sounded twice"] == ("Tania Arce", "named")
    assert found["Those who live in the town were surprised by the giant waves"] == ("El Diario", "named")


def test_french_il_goes_to_the_delegate_named_just_before():
    text = ('« Il est temps d\'aller de l\'avant », a dit Hans Verloop.\n\n'
            'Le délégué américain Harlan Wilson a réaffirmé l\'opposition de son pays à des objectifs obligatoires.\n\n'
            '« Les États-Unis se sont engagés à avancer dans les négociations sur le climat », a-t-il dit.')
    found = {q.text: q.speaker for q in find_quotes(text, language="french")}
    assert found["Les États-Unis se sont engagés à avancer dans les négociations sur le climat"] == "Harlan Wilson"


def test_the_one_person_of_the_pronouns_gender_in_the_sentence_before():
    text = ('The plan would raise taxes for some families, said Quinn Batchman, a tax expert.\n\n'
            'It has become a major issue in the race, with Hillary Clayton — who has called for higher '
            'taxes on the rich — lambasting the plan.\n\n'
            '"The kind of plan he has put forth would be trickle-down economics all over again," she said.')
    assert only(text) == ("Hillary Clayton", "pronoun")


def test_a_word_that_is_no_given_name_is_not_expanded_to_a_company():
    text = ('Peabody Energy and Walter Energy both filed for bankruptcy.\n\n'
            'In a statement, Peabody said: "Patriot Coal was highly successful when it became an '
            'independent company."')
    assert only(text)[0] == "Peabody"


def test_a_quotation_inside_a_quotation_with_straight_marks_keeps_the_pairing():
    text = ('Alejandro Mora, a merchant of the town, lost his kiosk in the storm. "I was given my kiosk by '
            'the Mayor Orlando Cortez back in 1993. It stood near "the grotto of the Virgin", and was '
            'destroyed by the waves," he told reporters.\n\n'
            '"I have always worked on selling seaweed here, and I will go on," he added.')
    found = speakers(text)
    assert found["I have always worked on selling seaweed here, and I will go on"] == ("Alejandro Mora", "pronoun")
    (spoken,) = [t for t in found if t.startswith("I was given my kiosk")]
    assert found[spoken] == ("Alejandro Mora", "pronoun")


def test_french_attribution_patterns():
    text = ('Le ministre de l\'Intérieur, Gérald Darmon, s\'est rendu à Lyon lundi.\n\n'
            '« Nous ne laisserons rien passer dans cette affaire », a-t-il déclaré devant la presse.\n\n'
            'Selon la porte-parole du gouvernement, Marie Leclerc, « le texte sera présenté au Conseil '
            'des ministres la semaine prochaine ».\n\n'
            'Le ministère a indiqué dans un communiqué : « Les contrôles seront renforcés dans toutes les gares. »\n\n'
            'Les syndicats ont dénoncé la réforme. Ils la jugent « injuste et brutale pour les salariés '
            'les plus modestes ».\n\n'
            'La porte-parole a ajouté : « Le gouvernement reste ouvert au dialogue avec tous les partenaires. »')
    found = {q.text: (q.speaker, q.how) for q in find_quotes(text, language="french")}
    assert found["Nous ne laisserons rien passer dans cette affaire"] == ("Gérald Darmon", "pronoun")
    assert found["le texte sera présenté au Conseil des ministres la semaine prochaine"] == ("Marie Leclerc", "named")
    assert found["Les contrôles seront renforcés dans toutes les gares."] == ("Ministère", "organisation")
    # "ils la jugent": an object pronoun between subject and verb; "ils" are the unions
    assert found["injuste et brutale pour les salariés les plus modestes"] == ("Syndicats", "organisation")
    assert found["Le gouvernement reste ouvert au dialogue avec tous les partenaires."] == ("Marie Leclerc", "description")


def test_a_signature_closes_its_quotation_and_speaks_for_no_other():
    text = ('“You are not a leader, you are a dictator.” ― Christina Olid “No one here wants a man who '
            'calls our grandmothers criminals. To quote a singer ‘Some people are so poor all they have is '
            'money.” And that is all he has “the root of all evil’.” ― Christina Lasko.')
    found = speakers(text)
    assert found["You are not a leader, you are a dictator."] == ("Christina Olid", "named")
    # the next quotation is not Olid's going on (its own signature is too far to tell)
    (other,) = [t for t in found if t.startswith("No one here wants")]
    assert found[other][0] != "Christina Olid"


def test_said_yes_answers_the_quotation():
    text = ('As Tremont went on about "the families who are struggling to find good jobs here and now," '
            'Melanie said yes, yes, yes, over and over again.')
    assert all(q.speaker != "Melanie" for q in find_quotes(text))
