"""Calls written in the indicative, as Australian releases often write the mandative: "It is vital
that new migrants … are provided with…", "I hope that the Government uses the opportunity…"."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract

from .test_speakers import demand_with


def _release(corpus: Path, name: str):
    path = corpus / "press-releases" / name
    return extract(path.read_text(encoding="utf-8"), source_name=name)


def test_it_is_vital_that_with_a_present_passive_is_a_call(corpus: Path) -> None:
    ex = _release(corpus, "2003-07-16-hardgrave-gary-211255518.txt")
    assert demand_with(ex.demands, "new migrants and refugees are provided").by == "Gary Hardgrave"


def test_it_is_imperative_that_with_an_s_form_names_its_target(corpus: Path) -> None:
    # "“It is imperative that Australia abandons its cruel and inhumane detention … ,” Senator
    # Bartlett said."
    ex = _release(corpus, "2002-08-01-australian-democrats-211245866.txt")
    assert demand_with(ex.demands, "Australia abandons its cruel").targets == ("Australia",)


def test_hope_that_the_government_uses_is_a_call_on_the_government(corpus: Path) -> None:
    ex = _release(corpus, "2011-01-28-hanson-young-sarah-211348774.txt")
    hope = demand_with(ex.demands, "uses the opportunity to break")
    assert hope.by == "Sarah Hanson-Young"
    assert hope.targets == ("Government of Australia",)


def test_indicative_after_need_words_that_states_a_fact_is_no_call() -> None:
    text = (
        "It is important that the Council was told of the arrests. We hope that the report is "
        "useful. I really hope that they do if Mr Abbott refuses to provide nominees."
    )
    assert extract(text).demands == ()


def test_party_that_wants_something_done_makes_a_call(corpus: Path) -> None:
    # "Labor wants every refugee who is eligible to have the opportunity to apply to go to the
    # United States under this agreement."
    ex = _release(corpus, "2016-11-30-neumann-shayne-238215726.txt")
    assert demand_with(ex.demands, "Labor wants every refugee").by == "Australian Labor Party"


def test_what_others_are_said_to_want_or_wanted_is_no_call() -> None:
    text = (
        "John Howard wants us to believe that the children were thrown overboard. If Kim Beazley "
        "wants the Australian people to forget his flip-flops, he will be disappointed. They want "
        "Labor to be positive. Labor wanted the Government to act."
    )
    assert extract(text).demands == ()


def test_pronoun_after_it_is_vital_that_is_the_subject_of_any_verb(corpus: Path) -> None:
    # "It has been a stressful year because it is vital that we get the AMA message right."
    ex = _release(corpus, "2004-05-29-glasson-bill-211266887.txt")
    assert demand_with(ex.demands, "get the AMA message right").by == "Bill Glasson"
    senate = corpus / "us-senate" / "17Apr2006Reid129.txt"
    ex = extract(senate.read_text(encoding="utf-8"), source_name=senate.name)
    # "…it is imperative that you impress upon President Hu the importance of diffusing tensions…"
    assert demand_with(ex.demands, "impress upon President Hu").targets == ("you",)


def test_degree_word_before_the_adjective_and_there_be() -> None:
    # Iceland and Papua New Guinea at the General Assembly (2000, 1977)
    text = (
        "Iceland supports the Council. It is very important to include women in the political "
        "process. It is essential that there be an early resumption of the Geneva negotiations."
    )
    actions = [d.action for d in extract(text).demands]
    assert actions == [
        "include women in the political process",
        "be an early resumption of the Geneva negotiations",
    ]


def test_pronoun_after_that_with_a_tense_that_reports_is_no_call() -> None:
    text = (
        "Iceland supports the Council. That is why it is so important that we have been given a "
        "mandate. It is important that there is a debate. It is important for me to be extremely "
        "clear. It's very important to us."
    )
    assert extract(text).demands == ()


def test_important_to_whom_or_what_is_no_call() -> None:
    # An Australian doorstop and a UN speech: what something matters to, not an act asked for
    text = (
        "I'll continue to make them because it's really important to the future of the country. "
        "Particularly when it is important to multiple communities, cultural heritage is a crucial "
        "tool for community cohesion. It is important to all Australians. It is important to end "
        "the blockade."
    )
    assert [d.action for d in extract(text).demands] == ["end the blockade"]


def test_incumbent_upon_someone_names_them_and_makes_it_is_the_same_call() -> None:
    # UN General Debate: Sudan 1987, Libya 2001, Zambia 1999 (after "it is, therefore,")
    text = (
        "Iceland supports the Council. None the less, we concede that it is incumbent upon our "
        "Governments to rationalize their economic and fiscal policies. This makes it incumbent upon "
        "the other Members of this Organization to unify their efforts. It is, therefore, incumbent "
        "upon the Security Council to ensure that peace prevails in the Democratic Republic of the Congo."
    )
    demands = extract(text).demands
    assert [d.action.split()[0] for d in demands] == ["rationalize", "unify", "ensure"]
    assert "to" not in demands[0].targets[0].split()


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        # UN General Debate, Iceland 2007: the relative clause's own infinitive ("the good fortune
        # to be prosperous") belongs to those asked; the act is the next
        (
            "It is incumbent upon those who have the good fortune to be prosperous to join in "
            "solidarity with others to make these rights available to all.",
            "those who have the good fortune to be prosperous",
            "join in solidarity",
        ),
        (
            "It is incumbent upon those who claim to stand for democracy to help newly democratizing "
            "peoples in their effort to consolidate that process.",
            "those who claim to stand for democracy",
            "help newly democratizing",
        ),
        # the relative ends at a preposition's object: its first infinitive is the act
        (
            "It is incumbent on those who are not immediately involved in this tragedy to endeavor to "
            "analyze these events.",
            "those who are not immediately involved in this tragedy",
            "endeavor to analyze",
        ),
    ],
)
def test_incumbent_upon_those_described_by_a_relative_clause(text: str, target: str, action: str) -> None:
    (d,) = extract(text).demands
    assert d.targets == (target,)
    assert d.action.startswith(action)


def test_all_we_ask_is_that_is_a_call() -> None:
    # UN General Debate: Australia 1960, China (Taiwan) 1964
    text = (
        "Australia has a role. All that we ask is that we be left alone to enjoy our own forms of "
        "government. What we do ask of the United Nations is that it not go out of its way to "
        "recognize the fruits of aggression."
    )
    demands = extract(text).demands
    assert [d.action.split()[:3] for d in demands] == [["we", "be", "left"], ["it", "not", "go"]]
    assert demands[1].targets == ("United Nations",)


LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # an aside between the need's adjective and its clause (Stott Despoja 2007, Labor 2009,
        # Maldives 1988, a State Department briefing 2022)
        (
            "It is essential, however, that this new focus does not signal that an ALP Government would "
            "shift away from participating  in multilateral efforts.",
            "does not signal",
        ),
        (
            "It's important, therefore, that the Government makes clear to the Australian people that we "
            "were doing everything we could.",
            "makes clear",
        ),
        (
            "It is crucial, we believe, for all sides to maintain and respect ceasefire zones.",
            "maintain and respect",
        ),
        # a noun subject that is to have something (Democrats 2005, Evans 1993)
        (
            "Given the many mistakes and injustices that have occurred, it is essential that these two men "
            "have that  opportunity.",
            "have that",
        ),
        ("It is important that our actions have early and practical impact.", "have early"),
    ],
)
def test_a_need_with_an_aside_or_a_subject_to_have_is_a_call(sentence: str, act: str) -> None:
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert act in demands[0].action


@pytest.mark.parametrize(
    "sentence",
    [
        "It is important that the detainees have been released before the report.",
        "We believe, however, that the Government acted properly.",
    ],
)
def test_a_perfect_or_an_aside_alone_is_no_call(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    ("sentence", "act", "asked"),
    [
        # a Senate release (McConnell 2006), an Australian release (Briggs 2010), state.gov (2022)
        (
            "The potential for al Qaeda to attack a U.S. city with a device that could kill millions of "
            "people reflects how vital it is to permit the intelligence community to make full use of "
            "the tools it needs.",
            "permit the intelligence community",
            (),
        ),
        (
            "This just proves how important it is for a Parliamentary committee to be established to "
            "investigate this and other concerns of the community.",
            "be established to investigate",
            ("a Parliamentary committee",),
        ),
        (
            "So let me conclude by once again underlining how important it is to develop and nurture "
            "these people-to-people linkages.",
            "develop and nurture",
            (),
        ),
    ],
)
def test_how_vital_it_is_to_act_is_the_same_call_as_it_is_vital_to(
    sentence: str, act: str, asked: tuple[str, ...]
) -> None:
    (d,) = extract(sentence).demands
    assert d.action.startswith(act)
    assert d.targets == asked


def test_how_important_it_is_that_someone_knows_is_no_call() -> None:
    # state.gov (Blinken in Warsaw, 2022) and an Australian release (Gillard, 2011)
    text = (
        "The people of Poland know how important it is to defend freedom. Australia know better than "
        "many others how critical it is to live in balance with nature."
    )
    assert extract(text).demands == ()


def test_relative_clause_in_the_subject_of_it_is_important_that(corpus: Path) -> None:
    # "…it’s important that all levels of government and all\n\nthe other institutions that have
    # been involved in the clean-up and recovery continue to stay focussed" (a doorstop of 2012):
    # the relative's "have" is not the verb of the call
    ex = _release(corpus, "2012-01-04-mr-scott-buchholz-211367913.txt")
    call = demand_with(ex.demands, "continue to stay focussed")
    assert call.by == "Scott Buchholz"
    assert "all levels of government" in call.targets


def test_relative_clause_after_the_verb_is_not_the_target() -> None:
    # an Australian release of 2009: those the Government tells are not asked to act
    text = (
        "It's important, therefore, that the Government makes clear to the Australian people and those "
        "other travellers who use our airports that we were doing everything we possibly can to "
        "mitigate against or prevent any potential threat."
    )
    (call,) = extract(text).demands
    assert call.targets == ("Government of Australia",)


def test_that_opening_a_clause_is_no_relative() -> None:
    # UN General Debate, 1999: "that" after a noun opens the clause asked for, it describes nothing
    text = "It is imperative in this connection that we all give greater significance to the United Nations."
    (call,) = extract(text).demands
    assert "give greater significance" in call.action


def _file(corpus: Path, genre: str, name: str):
    path = corpus / genre / name
    return extract(path.read_text(encoding="utf-8"), source_name=name)


def test_it_is_imperative_that_a_named_subject_with_any_verb_is_a_call_on_it(corpus: Path) -> None:
    # "It is imperative that other states rally behind this initiative." ("rally" is no verb of
    # ACTION_VERBS: the subject naming someone marks the verb after it)
    ex = _file(corpus, "hrw-news", "2024-03-18-global-momentum-builds-toward-free-education-all-children.txt")
    assert demand_with(ex.demands, "other states rally behind").targets == ("other states",)


def test_it_is_vital_that_with_a_subjunctive_of_any_verb_is_a_call(corpus: Path) -> None:
    # "It is vital that the United States reclaim its historic role as a beacon to the world …"
    ex = _file(corpus, "us-senate", "14Nov2007Leahy65.txt")
    assert demand_with(ex.demands, "reclaim its historic role").targets == ("United States",)


def test_it_is_crucial_that_with_a_modal_is_a_call_on_its_subject(corpus: Path) -> None:
    # "It is crucial that the ICC can investigate and prosecute grave international crimes …"
    name = "2024-05-29-joint-letter-japanese-government-take-actions-protect-independence-icc.txt"
    ex = _file(corpus, "hrw-news", name)
    call = demand_with(ex.demands, "ICC can investigate and prosecute")
    assert call.targets == ("International Criminal Court",)
    assert call.action.startswith("investigate and prosecute")


def test_it_is_important_that_a_named_subject_told_in_a_past_tense_is_no_call() -> None:
    text = (
        "It is important that the Council adopted the resolution. "
        "It is essential that the States parties met."
    )
    assert extract(text).demands == ()
