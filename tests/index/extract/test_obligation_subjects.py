"""Obligations whose subject is a pronoun, or is held apart from its modal ("Israel, especially,
should…"), in real sentences from UN speeches and releases."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _actions(text: str) -> list[str]:
    return [d.action for d in extract(text).demands]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # UN General Assembly, Turkey 2016: "we must not" is also a "we cannot…" call word
        (
            "We must not lose any more time in ending the conflict, the terrorism and the environment "
            "of persecution, which are the sources of the problem in Syria.",
            "not lose any more time",
        ),
        # a demonstrative subject is no noun's "need": "the need to…" is; "This must…" asks
        (
            "Every person in this country deserves to be protected. This must include the many "
            "vulnerable women and men currently held in immigration detention.",
            "include the many",
        ),
        ("Missions like this must remain central to the work of the United Nations.", "remain central"),
        ("That must not happen.", "not happen"),
    ],
)
def test_modal_after_a_pronoun_or_we_must_not_is_a_demand(text: str, action: str) -> None:
    assert any(a.startswith(action) for a in _actions(text))


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        (
            "Israel, especially, should respect the sanctity of the Temple Mount and put an end to "
            "violations of its status.",
            "Israel",
            "respect the sanctity",
        ),
        (
            "First, Iran’s nuclear programme — and for that matter, that of all other countries — must "
            "pursue exclusively peaceful purposes.",
            "Iran",
            "pursue exclusively peaceful purposes",
        ),
        # HRW, 2024: the subject after a dateline's dash, an aside between dashes after it
        (
            "(Washington, DC, May 02, 2024) – Governments concerned about autonomous weapons systems – "
            "so-called killer robots – should urgently act to start negotiations on a new international "
            "treaty to ban and regulate them, Human Rights Watch said today.",
            "Governments concerned",
            "urgently act",
        ),
    ],
)
def test_subject_held_apart_by_an_adverb_or_dashes_is_asked(text: str, target: str, action: str) -> None:
    (d,) = extract(text).demands
    assert d.action.startswith(action)
    assert any(target in text[s:e] for s, e in d.target_spans)


@pytest.mark.parametrize(
    "text",
    [
        "All of the incidents associated with the use of chemical weapons in Syria, by whomsoever "
        "committed, must be investigated in a professional and unbiased manner.",
        "The least developed countries, those that are the most fragile and vulnerable, must be aided "
        "in the transition.",
    ],
)
def test_passive_subject_held_apart_is_a_demand(text: str) -> None:
    (d,) = extract(text).demands
    assert d.kind == "passive"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # UN General Debate: Poland 1971, Solomon Islands 1983 ("This" before a noun names the subject)
        ("This conference, in our opinion, should be held in the near future.", "This conference"),
        (
            "This system, in all its manifestations, must be totally eliminated because it is inhuman "
            "and uncivilized.",
            "This system",
        ),
    ],
)
def test_demonstrative_subject_held_apart_by_an_aside_is_a_demand(text: str, start: str) -> None:
    (d,) = extract(text).demands
    assert d.kind == "passive"
    assert text[d.start : d.end].startswith(start)


def test_demonstrative_alone_before_an_aside_points_back() -> None:
    # UN General Debate: "That" alone is what was said, not who is asked
    assert extract("That, we feel, needs to be particularly stressed.").demands == ()


@pytest.mark.parametrize(
    "text",
    [
        # "should mean that" explains
        "This should mean that officials read the reports.",
        "In 2015, especially, prices rose sharply.",
    ],
)
def test_relative_clauses_and_explanations_are_not_demands(text: str) -> None:
    assert extract(text).demands == ()


def test_long_subject_of_a_passive_is_a_demand() -> None:
    # a State Department briefing, 12 July 2021
    text = (
        "All those who are responsible for violations of international humanitarian law and human "
        "rights abuses must be held accountable."
    )
    (d,) = extract(text).demands
    assert d.kind == "passive"


@pytest.mark.parametrize(
    "text",
    [
        # HRW on the Italy-Albania migration deal: an indirect question, not a demand
        "It is unclear how and by whom assessments will be made to determine who among those rescued "
        "or intercepted should be sent to Albania.",
        # a relative clause on a long noun phrase (UN General Assembly, United Kingdom 2016)
        "It reduces the resources for those who genuinely need protection and whose rights under the "
        "Refugee Convention should always be fulfilled.",
    ],
)
def test_long_subject_holding_a_clause_of_its_own_is_no_demand(text: str) -> None:
    assert extract(text).demands == ()


def test_need_stressed_to_someone_asks_him() -> None:
    # a State Department briefing, 12 July 2021
    text = (
        "We continue to emphasize to both Israel and to the Palestinian Authority the need to refrain "
        "from unilateral action that exacerbates tension."
    )
    (d,) = extract(text).demands
    assert d.action.startswith("refrain from unilateral action")
    assert "Israel" in d.targets


def test_we_set_apart_as_a_nation_is_the_speakers_own_call() -> None:
    # a Senate letter on the Hmong in Laos (Dayton, 2005)
    text = (
        "Moreover, we, as a nation dedicated to the advancement of human rights worldwide, must commit "
        "attention to these allegations of abuse."
    )
    (d,) = extract(text).demands
    assert d.kind == "self_exhortation"
    assert d.action.startswith("commit attention")


def test_speaker_requesting_a_thing_calls_for_it() -> None:
    text = (
        "In light of the seriousness of the plight of the Hmong people, we respectfully request the "
        "establishment of a reliable, independent monitoring mechanism."
    )
    (d,) = extract(text).demands
    assert d.action.startswith("the establishment of a reliable")
    assert d.by != "Hmong people"
    assert extract("They requested a meeting. The request was denied.").demands == ()


def test_thats_why_introduces_a_demand_not_a_question() -> None:
    # Tony Abbott and Scott Morrison's press conference, 27 May 2010
    text = "But people die on boats, as we know, and that’s why the boats need to be stopped."
    (d,) = extract(text).demands
    assert d.action == "the boats need to be stopped"
    assert extract("They asked why the Government should pay.").demands == ()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Barrie Cassidy interview, 2011: "I think" leaves out "that" before the one asked
        (
            "And a vigorous critical media is an important part of a healthy democracy and I think the "
            "Government should accept that.",
            "the Government",
        ),
        # UN General Assembly, EU 2013: two modals joined, the subject before the first
        ("Therefore the international community can and must make a comeback.", "International community"),
    ],
)
def test_the_one_asked_after_an_opinion_verb_or_before_two_modals(text: str, target: str) -> None:
    assert any(target in d.targets for d in extract(text).demands), extract(text).demands


def test_a_named_subject_whose_own_verb_comes_first_is_asked_after_and() -> None:
    # Scott Morrison's release, 2011, and a State Department joint statement, 2022
    text = (
        "The Government has steadfastly refused to acknowledge the serious weaknesses in their "
        "Malaysian proposal and should stop trying to spin their way out of this mess."
    )
    assert [d.targets for d in extract(text).demands] == [("The Government",)]
    text = "Ukraine is a strategic gas transit country for the EU and should continue to promote integration."
    assert [d.targets for d in extract(text).demands] == [("Ukraine",)]


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        # a Liberal shadow minister's release (2010, annotated in tune6), Human Rights Watch on Gaza
        # (2024) and the Secretary of State's press availability (2022): who the requirement names
        # is asked
        (
            "“These are serious matters that require the Minister to give a full explanation, including a "
            "statement to the Parliament.",
            "Minister",
            "give a full explanation",
        ),
        (
            "This is a positive obligation that requires Israel to also protect Palestinians’ right to "
            "water.",
            "Israel",
            "also protect",
        ),
        (
            "These are each global challenges that require major countries to do their part within the "
            "international community.",
            "major countries",
            "do their part",
        ),
        # the Secretary of State before the Senate (2022): "us" is the speaker's own call
        (
            "We also face evolving challenges that require us to develop new capabilities, such as the "
            "emergence and re-emergence of infectious disease.",
            None,
            "develop new capabilities",
        ),
    ],
)
def test_a_requirement_in_a_relative_clause_on_a_predicate_noun_asks_whom_it_names(
    text: str, target: str | None, action: str
) -> None:
    (d,) = extract(text).demands
    assert d.action.startswith(action)
    if target is None:
        assert d.kind == "self_exhortation" and d.targets == ()
    else:
        assert any(target in t for t in d.targets), d.targets


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # an Australian Democrats release (2004) and a Prime Minister's interview answer (2011)
        (
            "Iran is a country with one the worst human rights records in the world and we should not be "
            'returning people to such a situation," Senator Bartlett concluded.',
            "not be returning people",
        ),
        (
            "On any questions about police investigations, the police will do what they properly do and I "
            "don’t think it’s appropriate for people to be commenting on the matter under investigation and "
            "we should wait until the outcome is known.",
            "wait until the outcome",
        ),
    ],
)
def test_the_speakers_modal_after_a_clause_joined_by_and_is_a_call(text: str, action: str) -> None:
    (d,) = extract(text).demands
    assert d.kind == "self_exhortation" and d.action.startswith(action)


def test_a_cleft_asks_its_subject_what_follows_is() -> None:
    # State Department, 2022, and Bill Shorten, 2014; an indirect question asks no one
    text = "What Russia should do is end the aggression now, stop firing, pull its forces back."
    (d,) = extract(text).demands
    assert d.targets == ("Russia",)
    assert d.action.startswith("end the aggression")
    assert extract("He asked what the Government should do about it.").demands == ()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Human Rights Watch, 2024: a subject of 19 words, whose first two name who is asked
        (
            "Australian lawmakers attending Philippine President Ferdinand Marcos Jr.’s address before a "
            "joint sitting of parliament in Canberra on Wednesday should take his human rights rhetoric "
            "with a grain of salt.",
            "Australian lawmakers",
        ),
        (
            "The UN Fact-Finding Mission on Iran and the UN special rapporteur on the situation of human "
            "rights in Iran should monitor and report on the treatment of Kurdish border couriers in Iran.",
            "UN Fact-Finding Mission",
        ),
    ],
)
def test_long_subject_naming_an_agent_first_is_asked(text: str, target: str) -> None:
    demands = extract(text).demands
    assert len(demands) == 1
    asked = " ".join(text[a:b] for a, b in demands[0].target_spans)
    assert target in asked
    assert "Marcos" not in asked and "Canberra" not in asked


@pytest.mark.parametrize(
    "text",
    [
        # State Department, 2022: a thing argues, it is not asked to act
        "Beijing’s defense of President Putin’s war to erase Ukraine’s sovereignty and secure a sphere "
        "of influence in Europe should raise alarm bells for all of us who call the Indo-Pacific "
        "region home.",
        # a verb of its own after "and": the subject is a clause
        "The United States reaffirmed its respect for Iraq’s sovereignty and laws and pledged to continue "
        "providing the resources Iraq needs to preserve its territorial integrity.",
    ],
)
def test_long_subject_that_is_a_thing_or_a_clause_asks_no_one(text: str) -> None:
    assert extract(text).demands == ()


def test_will_before_must_is_the_noun_not_a_forecast() -> None:
    # UN General Debate, Turkey 1992 and Liechtenstein 2001: "must" and "should" take no auxiliary
    text = (
        "Since trade is a major vehicle for developing countries to break free of the burden of "
        "foreign debt, the necessary political will must be displayed for these negotiations to be "
        "concluded successfully. The necessary political will should be mustered as soon as possible. "
        "We will need to close this down."
    )
    demands = extract(text).demands
    assert [d.action.split()[:4] for d in demands] == [
        ["the", "necessary", "political", "will"],
        ["The", "necessary", "political", "will"],
    ]


def test_an_aside_between_spaced_hyphens_keeps_its_subject() -> None:
    # UN General Debate, Canada 1985, and Belize 1987: a dash typed as a spaced hyphen
    text = (
        "The partnership between developed and developing countries - a partnership of shared "
        "responsibilities and commitments - must be enhanced. If the nay-sayers are to be silenced, "
        "the force of numbers - particularly in the General Assembly - must be used in an equitable "
        "fashion."
    )
    assert [d.action[:15] for d in extract(text).demands] == ["The partnership", "the force of nu"]


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate, United Kingdom 2013 (annotated a demand in the tune set), Spain 1989 and
        # Iran 2016 (a relative clause on what the sentence says a thing is asks it be done)
        "Breaches in compliance with the JCPOA represent an error that should be rectified forthwith.",
        "The United Nations has many virtues, but it also has serious shortcomings that must be faced.",
        "There are matters that must be resolved urgently.",
        # Human Rights Watch on Germany, 2024: the agent after "by" is asked
        "But there is broader work that must be done by German universities to build trust among "
        "Jewish students.",
        # a verb that sets a task, as "has" does: Human Rights Watch on Pakistan and Gaza, 2024; UN
        # General Debate, Georgia 1993 and Mexico 2000
        "Pakistani Prime Minister Sharif’s new government faces many challenges that need to be "
        "addressed by upholding human rights.",
        "The staggering number of Palestinian deaths shows deadly disregard for civilian life and "
        "points to many more possible war crimes that need to be investigated.",
        "The world community is confronted with a series of alarming problems that must be resolved.",
        "Artificial intelligence brings hope, but also poses risks that must be comprehensively addressed.",
        # "something" and "one" as the noun: a Senate release (Leahy 2007, scraped without its full
        # stops) and UN General Debate, Poland 1979
        "The incarceration of children is something that should be avoided if at all possible",
        "Lack of qualified personnel is at present one of the principal difficulties being encountered by "
        "many developing countries, and it is one that must be overcome.",
    ],
)
def test_a_call_in_a_relative_clause_on_a_predicate_noun(sentence: str) -> None:
    (demand,) = extract(sentence).demands
    assert demand.kind == "passive"


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause in a subject, a supposition, a negation, a perfect, an adjective's object
        "The measures that must be taken at the national level cannot be totally effective.",
        "If there are instances that should be investigated we will investigate them.",
        "The problems are not in fact theoretical problems that need to be tackled by experts.",
        "The General Assembly has recognised the priority that must be accorded to economic growth.",
        "Our balance sheet is far from satisfactory and we are aware of the obstacles that must be overcome.",
        # "face" as a noun: in the face of what must be done, no one is asked
        "The Organization stood firm in the face of challenges that must be met by all.",
        # what is to be said of a thing is the speaker's signpost (UN General Debate, Oman 1997)
        "Coordination between the GCC and other regional and international economic groupings is "
        "something that ought to be noted here as well.",
        # what an instrument requires describes it (Senator Leahy 2007, a scrape without full stops)
        "I am proud that Congress years ago passed and has stood by the Leahy Law. It is a law that "
        "requires our government to end assistance to any foreign security force unit if the Secretary of "
        "State has credible evidence that it has committed a gross violation of human rights.",
    ],
)
def test_a_relative_clause_that_describes_asks_no_one(sentence: str) -> None:
    assert extract(sentence).demands == ()


def test_what_will_have_to_be_done_is_asked_for() -> None:
    # UN General Debate, Netherlands 1987 and United States 2013; a relative clause and the
    # speaker's own forecast stay out (a Senate release, 2007; a State Department briefing)
    text = (
        "But the momentum thus created will have to be sustained. But to succeed, conciliatory words "
        "will have to be matched by actions that are transparent and verifiable. We may be helping to "
        "create another militia which will have to be dealt with in the future. We will have to refer "
        "investigative questions to Haitian authorities."
    )
    assert [d.kind for d in extract(text).demands] == ["passive", "passive"]


def test_what_someone_will_have_to_own_up_to_is_asked_of_him() -> None:
    # Liberal releases (Keenan 2012, Hockey 2013): the Department and the next leader are asked to
    # account for themselves; a forecast of a burden stays out (a Coalition release on the carbon tax)
    text = (
        "At Senate Estimates this week the Department of Immigration will have to come clean and admit "
        "that given the higher than expected rate of arrivals, the latest budget figures are also likely "
        "to blow out as well. Whoever steps up to take the leadership from Julia Gillard will have to "
        "spell out what they intend to do about the carbon tax. Electricity prices will go up year after "
        "year and local councils will have to bear that cost or cut services."
    )
    demands = extract(text).demands
    assert [d.action.split()[0] for d in demands] == ["come", "spell"]
    assert demands[0].targets == ("Department of Immigration",)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # HRW, 2024: the subject is asked to resist, the agent is not asked
        (
            "“Governments at the UN Human Rights Council should not be swayed by the Vietnamese "
            "government’s attempt to whitewash its appalling human rights record,” said Elaine Pearson.",
            "Governments at the UN Human Rights Council",
        ),
        # Australian Greens release, 2011
        (
            "“Australians should not be fooled by the government’s insistence that this impending "
            "arrangement will protect the rights of 800 vulnerable people,” the spokesperson said.",
            "Australians",
        ),
    ],
)
def test_not_to_be_swayed_by_someone_asks_the_subject(text: str, target: str) -> None:
    (d,) = extract(text).demands
    assert [text[s:e] for s, e in d.target_spans] == [target]


@pytest.mark.parametrize(
    "text",
    [
        # UN General Debate speeches (1986, 1978, 1962): the subject is asked to go, or to be done
        # away with
        "Sooner or later this travesty of a Government that sits in Pretoria and its hateful apartheid "
        "policy must go.",
        "The first is that Smith has to go.",
        "For example, there is no longer any difference of opinion that colonialism must go.",
    ],
)
def test_a_subject_that_must_go_is_asked_to_go(text: str) -> None:
    assert _actions(text) == ["go"]


@pytest.mark.parametrize(
    "text",
    [
        # a way still to go, not anyone asked to leave (a release, State Department, a UN speech)
        "That’s where we have to go.",
        "But as you know, there’s a lot of controversy about where that money should go, to whom, et cetera.",
        "Yet the fact that you are only the fourth woman to do so shows how far we still have to go.",
    ],
)
def test_a_way_still_to_go_is_no_demand(text: str) -> None:
    assert "go" not in _actions(text)


# A feeling expected, not an act asked (UN General Debate 1981 and 1987, a release 2013).
FEELINGS_EXPECTED = (
    "It should come as no surprise, then, that the countries of the third world are making a major "
    "effort to identify their common problems.",
    "One should not be surprised, therefore, if its victims react accordingly.",
    "So I think what we've seen play out over the weekend shouldn't be a surprise to anyone.",
)


def test_a_feeling_expected_is_no_demand() -> None:
    assert {text: _actions(text) for text in FEELINGS_EXPECTED} == {text: [] for text in FEELINGS_EXPECTED}


def test_a_feeling_someone_named_is_to_bring_about_is_asked_of_them() -> None:
    # an Australian release, 2002: the police are asked to reassure the community
    text = (
        "In addition, local community members, particularly at Port Hedland, were alarmed by the "
        "incidents and they need to be reassured by the Australian Federal Police that they are safe."
    )
    assert [d.targets for d in extract(text).demands] == [("Federal Police of Australia",)]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # HRW, Sudan and Kazakhstan 2024: a second modal clause after a bare "and" asks its own subject
        (
            "“The United Nations and African Union need to mobilize this protection and states should "
            "hold to account those responsible for ongoing sexual violence, attacks on local responders, "
            "health facilities, and the blocking of aid.”",
            [["United Nations", "African Union"], ["states"]],
        ),
        (
            "The due process rights of the advocate, Dinara Smailova, should be upheld in full in any "
            "investigation and the authorities should ensure that the criminal justice system is not "
            "being manipulated and weaponized to silence an outspoken activist and critic.",
            # the first clause asks no one: it frames the call the second makes of the authorities,
            # and the sentence is one demand (demand_merge)
            [["the authorities"]],
        ),
    ],
)
def test_a_second_modal_clause_after_and_asks_its_own_subject(text: str, targets: list[list[str]]) -> None:
    demands = extract(text).demands
    assert [[text[s:e] for s, e in d.target_spans] for d in demands] == targets


def test_an_indirect_question_before_the_second_modal_keeps_one_demand() -> None:
    # Shorten 2014 (a doorstop): "how the Government and others should…" asks no one of its own
    text = "What should happen going forward and how the Government and others should deal with this mess."
    assert [d.targets for d in extract(text).demands] == [()]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # UN General Debate, the Netherlands 2012 and the United States 2016/2013: a restrictive
        # relative clause on the subject is part of whom the modal asks
        (
            "Fifthly, countries that have not done so to date should join the International Criminal Court.",
            "countries that have not done so to date",
        ),
        (
            "So those of us who believe in democracy need to speak out forcefully because both the facts "
            "and history, I believe, are on our side.",
            "those of us who believe in democracy",
        ),
        (
            "In turn, those of us who continue to support the moderate opposition must persuade them that "
            "the Syrian people cannot afford a collapse of State institutions.",
            "those of us who continue to support the moderate opposition",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_is_asked_whole(text: str, target: str) -> None:
    asked = [text[s:e] for d in extract(text).demands for s, e in d.target_spans]
    assert asked == [target]


@pytest.mark.parametrize(
    "text",
    [
        # UN General Debate, the United States 2016 (annotated with no target), and an Australian
        # Democrats release: what befalls the subject is not asked of it
        "And any country that breaks this basic bargain must face consequences.",
        "Democrats’ immigration spokesperson, Senator Andrew Bartlett, said children and families who have "
        "not been convicted of any crime should not be subject to automatic, indefinite detention.",
    ],
)
def test_a_relative_subject_that_undergoes_is_not_asked(text: str) -> None:
    assert [d.targets for d in extract(text).demands] == [()]


# A result expected of a thing named by a pronoun, not an act asked of anyone (a Senate release
# 2006, a release 2013, UN General Debate 2010, 1984 and 2006).
RESULTS_EXPECTED = (
    "Senator Feinstein recently worked to get the Senate Appropriations Committee to approve $227.5 "
    "million in the FY 2006 Emergency Supplemental Appropriations Bill, which should pave the way for "
    "additional C-17 aircraft orders.",
    "Given our current annual growth lies at 2.6 per cent, this should give all analysts cause for "
    "pause and concern.",
    "It should also help us speed up the implementation of recommendations of the universal periodic review.",
    "In this spirit, Belgium advocates an agreement between the European monetary zone and the zones of "
    "the yen and the dollar. This should result in a more stable basis for the world economy.",
    "That should enable the Organization to carry out its work in a truly democratic manner.",
)


def test_a_result_expected_of_a_thing_is_no_demand() -> None:
    assert {text: _actions(text) for text in RESULTS_EXPECTED} == {text: [] for text in RESULTS_EXPECTED}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a call on an actor named, a thing asked to be so, and a limit set stay (UN speeches)
        ("This Assembly should bring to bear the full force of world opinion.", "bring to bear"),
        (
            "This should go hand in hand with ambitious commitments by major economies to significantly "
            "reduce global greenhouse gas emissions.",
            "go hand in hand",
        ),
        (
            "Secondly, it should not lead to more red tape or a greater burden on Member States.",
            "not lead to",
        ),
    ],
)
def test_a_call_shaped_like_an_expected_result_stays(text: str, action: str) -> None:
    assert any(a.startswith(action) for a in _actions(text))
