"""Targets name who is asked to act: never a pronoun, a quantifier or a stray phrase.

The sentences are real ones from UN General Assembly speeches, State Department transcripts and
press releases, where the archive's target facet used to show "It", "But we", "No one", "all
countries" and "to do".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.targets import names_someone
from advocacy_archive.index.ingest.pipeline import analyse
from advocacy_archive.index.models import Demand


def demands(text: str) -> tuple[Demand, ...]:
    return extract(text).demands


@pytest.mark.parametrize(
    "text",
    [
        "But we must also stand with the people suffering atrocities in other places.",
        "So I think we have to all try to work on a few things.",
        "And we must not let this moment pass.",
    ],
)
def test_we_after_a_discourse_word_is_the_speaker(text: str) -> None:
    (d,) = demands(text)
    assert d.kind == "self_exhortation"
    assert d.targets == () and d.target_spans == ()


@pytest.mark.parametrize(
    "text",
    [
        "No one should doubt America’s readiness or our resolve.",
        "It must come to an immediate halt.",
        "Everyone should be able to live in peace.",
        # the speaker's call on "everyone" names them as whom it asks (test_pronoun_targets)
    ],
)
def test_pronouns_and_quantifiers_are_not_targets(text: str) -> None:
    (d,) = demands(text)
    assert d.targets == ()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("All countries must respect the sovereignty of Ukraine.", ["All countries"]),
        ("Now is the time for all members to stand up.", ["all members"]),
        # UN General Debate, 2013: "both parties", "all States", "any countries that have not signed it"
        ("I sincerely hope that both parties will make every effort to keep talks going.", ["both parties"]),
        ("We call on all States to play their part in this forum.", ["all States"]),
        (
            "we urge any countries that have not signed it to do so.",
            ["any countries that have not signed it"],
        ),
        # State Department, IPCC report: a list of those asked
        (
            "This moment requires world leaders, the private sector, and individuals to act together.",
            ["world leaders", "the private sector", "individuals"],
        ),
    ],
)
def test_quantified_and_listed_groups_who_can_act_are_targets(text: str, asked: list[str]) -> None:
    (d,) = demands(text)
    assert [text[s:e] for s, e in d.target_spans] == asked


@pytest.mark.parametrize(
    "text",
    [
        "We believe that the Arab Peace Initiative should form the basis for restoring peace.",
        "We call for the adoption of policies to reduce greenhouse gas emissions.",
        "Our agreement on chemical weapons should energize a larger diplomatic effort.",
        "Budget must show Australia’s commitment to aid, not just defence",
        "Mandatory detention is detention centre regime must end.",
    ],
)
def test_things_and_fragments_of_clauses_are_not_targets(text: str) -> None:
    for d in demands(text):
        assert d.targets == (), d


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Treasurer Wayne Swan should explain why the aid budget was cut.", "Treasurer Wayne Swan"),
        ("Donor countries need to step up their funding for the camps.", "Donor countries"),
        ("Protest organizers should take steps to deter violence.", "Protest organizers"),
        ("If nothing improper was done people need to stop hiding the facts", "people"),
        ("The Department of     Justice must be worthy of its name", "The Department of     Justice"),
        ("Nations of the world must be brave enough to use them.", "Nations of the world"),
    ],
)
def test_subject_asked_to_act_is_a_target_even_when_no_authority_entry_names_it(
    text: str, asked: str
) -> None:
    (d,) = demands(text)
    assert [text[s:e] for s, e in d.target_spans] == [asked] or d.targets, d


def test_it_takes_the_one_organisation_named_just_before() -> None:
    text = "The Security Council met on Monday. It must act now to stop the killing."
    (d,) = demands(text)
    assert d.targets == ("UN Security Council",)
    assert [text[s:e] for s, e in d.target_spans] == ["It"]  # the span stays on the pronoun


def test_it_stays_unresolved_when_two_organisations_precede() -> None:
    text = "The European Union and the African Union met in Addis Ababa. It must act now."
    (d,) = demands(text)
    assert d.targets == ()


def test_call_for_people_to_act_targets_them_without_the_preposition() -> None:
    text = "The Democrats call for witnesses with information to come forward."
    (d,) = demands(text)
    assert d.targets == ("witnesses with information",)


@pytest.mark.parametrize(
    "text",
    [
        "71%  believe the Government should enter into a treaty with Indigenous Australians.",
        "The poll found 80% want young people to have access to free birth control.",
        "Some 60 per cent of voters think the Minister should resign.",
    ],
)
def test_opinion_poll_findings_are_not_demands(text: str) -> None:
    assert demands(text) == ()


def test_actions_are_never_a_stray_capitalised_word() -> None:
    for d in extract("Press Release\n\nText\n\nWe call on the Government to act.").demands:
        assert len(d.action.split()) > 1 or d.action.islower()


def test_named_subjects_remain_targets() -> None:
    text = "The Syrian government must allow humanitarian access to Aleppo."
    (d,) = demands(text)
    assert d.targets == ("Government of Syria",)


@pytest.mark.parametrize(
    "text",
    [
        "End text.",
        "SECRETARY BLINKEN: Fareed, I think there has to be.",
        "But it’s getting clearer and clearer what needs to happen.",
        "Secretary-General Guterres has proven a capable leader in a demanding role.",
    ],
)
def test_ellipses_markers_and_adjectives_are_not_demands(text: str) -> None:
    assert demands(text) == ()


def test_short_real_demands_survive() -> None:
    (d,) = demands("This attack is part of a recent escalation of violence in northwest Syria and must end.")
    assert d.action == "end"


def test_a_run_on_clause_with_a_pronoun_is_not_a_target() -> None:
    # Scraped pages lose their punctuation; the clause runs on into the next sentence's "we".

    assert not names_someone("Musharraf has taken off his uniform we")
    assert not names_someone("also helps us win the war We")
    assert names_someone("your elected representatives")


def test_it_after_and_is_the_subject_of_the_clause_before(corpus: Path) -> None:
    # Senate page without punctuation: "China is hosting the Olympics next  year  and it has a
    # responsibility to live up to the Olympic spirit of  peace"
    name = "27Jun2007Menendez259.txt"
    text = (corpus / "us-senate" / name).read_text(encoding="utf-8")
    (d,) = [d for d in extract(text, source_name=name).demands if d.action.startswith("live up to")]
    assert d.targets == ("China",)


@pytest.mark.parametrize(
    "text",
    [
        # HRW: the country written "US" is not the pronoun "us"
        "The US should end solitary confinement in immigration detention and work toward ending "
        "immigration detention as a whole.",
        "As part of restitution, the UK and US should restore the Chagos Islands, so that the "
        "Chagossians can return to live permanently in dignity and prosperity.",
    ],
)
def test_us_in_capitals_is_the_united_states_asked(text: str) -> None:
    (d,) = extract(text).demands
    assert "United States" in d.targets


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # state.gov business advisory
        (
            "Businesses and individuals operating in Sudan should undertake increased due diligence.",
            ("Businesses", "individuals operating in Sudan"),
        ),
    ],
)
def test_people_or_bodies_described_by_what_they_do_are_targets(text: str, asked: tuple[str, ...]) -> None:
    (d,) = demands(text)
    assert d.targets == asked


@pytest.mark.parametrize(
    ("headline", "asked"),
    [
        ("Iraq: Repeal Anti-LGBT Law", "Iraq"),  # HRW, every word capitalised
        ("India: Protect Farmers’ Right to Peaceful Protest", "India"),  # HRW
    ],
)
def test_headline_call_after_a_country_asks_that_country(headline: str, asked: str) -> None:
    text = headline + "\n\nThe authorities should act now."
    d = next(d for d in demands(text) if d.sentence == headline)
    assert [text[s:e] for s, e in d.target_spans] == [asked]


def test_title_case_page_furniture_is_still_no_call() -> None:
    assert demands("Contact Us\n\nThe authorities should act now.")[0].sentence != "Contact Us"


@pytest.mark.parametrize(
    "text",
    [
        "QUESTION: Follow up real quickly on that.",  # state.gov briefing: a speaker's label
        "The world is saying to Russia: Stop these attacks immediately.",  # state.gov remarks
    ],
)
def test_a_label_or_clause_before_a_colon_is_no_headline_addressee(text: str) -> None:
    assert all(d.targets == () for d in demands(text))


def test_economies_asked_to_act_are_targets(corpus: Path) -> None:
    # state.gov, IPCC report: "it is essential that all countries – in particular the major
    # economies – do their part during this critical decade"
    name = "2021-08-09-intergovernmental-panel-on-climate-change-working-group-i-contribution-to-the-si.html"
    path = corpus / "us-state-dept" / name
    ex = analyse(path, path.read_bytes()).extraction
    (d,) = [d for d in ex.demands if "all countries" in d.sentence]
    assert "the major economies" in d.targets


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # UN General Debate (Jordan 2013, Russia 2016, UK 2013) and a Senate release (Frist 2006)
        ("To protect the future, our world must respond.", ["our world"]),
        ("Those who are suffering in Syria also need the world to be resolute.", ["the world"]),
        ("We call on Pyongyang to abandon its nuclear-missile programmes.", ["Pyongyang"]),
        ("The world has raised close to $1 billion, and I hope that others will step up.", ["others"]),
        (
            "I urge others in the international community to continue to contribute to this effort.",
            ["others in the international community"],
        ),
    ],
)
def test_the_world_others_and_a_capital_called_on_are_targets(text: str, asked: list[str]) -> None:
    (d,) = demands(text)
    assert [text[s:e] for s, e in d.target_spans] == asked


def test_a_place_inside_a_group_named_is_no_target() -> None:
    # Australian minister, 2006: the community is asked, not the city
    text = "The Minister urged the Adelaide community to support activities to mark the day."
    (d,) = demands(text)
    assert d.targets == ("the Adelaide community",)


def test_a_pronoun_target_is_marked_where_the_demand_asks() -> None:
    # "them" names the authorities met before, and is marked in the sentence that asks them
    text = "Human Rights Watch met the Thai authorities on Monday. We urged them to release the activists."
    (d,) = demands(text)
    assert d.targets == ("Government of Thailand",)
    assert [text[s:e] for s, e in d.target_spans] == ["them"]


def test_a_pronoun_whose_antecedent_is_in_the_sentence_targets_the_antecedent(corpus: Path) -> None:
    # Senate release (Durbin, 2007): "him" is the President named in the same sentence
    text = (corpus / "us-senate" / "07Jun2007Durbin14.txt").read_text(encoding="utf-8")
    ex = extract(text, source_name="07Jun2007Durbin14.txt")
    (d,) = [d for d in ex.demands if "asking him to introduce" in " ".join(d.sentence.split())]
    assert [" ".join(text[s:e].split()) for s, e in d.target_spans] == ["the President"]


def test_a_call_made_inside_a_longer_phrase_asks_its_own_target() -> None:
    # FECCA release, Refugee Week
    text = (
        "With growing global needs for refugee resettlement, FECCA reiterates our call for Australia "
        "to stand by our moral and international obligations and provide refugee resettlement."
    )
    (demand,) = demands(text)
    assert demand.targets == ("Australia",)


def test_an_office_held_by_one_is_asked_as_written() -> None:
    # Greens 2012, Bowen 2018: no actor found for the office alone, the phrase is the target
    text = (
        "“The Treasurer should reverse the decision to push 150,000 single parents off the parenting "
        "payment on January 1.”\n\nWell, the Treasurer should be treating the Parliament and the people "
        "with more respect than that."
    )
    assert [d.targets for d in extract(text).demands] == [("The Treasurer",), ("the Treasurer",)]


def test_a_subject_placed_throughout_a_region_is_the_target() -> None:
    # State Department, 2022 (the United States and Costa Rica on migration): the subject's head is
    # "Countries", not "region"
    text = (
        "Countries throughout the region have a shared responsibility to improve migration management "
        "and increase protection for migrants."
    )
    (d,) = demands(text)
    assert [text[s:e] for s, e in d.target_spans] == ["Countries throughout the region"]


def test_levels_of_government_name_the_governments() -> None:
    # a member's release, 2012: "it’s important that all levels of government and all the other
    # institutions … continue to stay focussed"; "levels of funding" names no one
    assert names_someone("all levels of government")
    assert names_someone("all  three tiers of government")
    assert not names_someone("the highest levels of funding")


def test_things_ending_like_people_name_no_one() -> None:
    # "screen cargo containers without requiring the contents to be completely unpacked" (a
    # release), "…and that shelters …" (HRW), "the need for protected humanitarian corridors to…"
    assert not names_someone("the contents")
    assert not names_someone("shelters")
    assert not names_someone("protected humanitarian corridors")
    assert names_someone("donors")


def test_who_is_asked_in_a_call_for_someone_to_act_is_named_before_to(corpus: Path) -> None:
    # "Well, we strongly advocate for the WHO to invite Taiwan to participate as an observer …"
    # (a State Department briefing): the WHO is asked, not Taiwan; "WHO" is no relative pronoun
    name = "2022-05-17-department-press-briefing-may-17-2022.html"
    ex = extract((corpus / "us-state-dept" / name).read_text(encoding="utf-8"), source_name=name)
    (call,) = [d for d in ex.demands if "invite Taiwan" in d.action]
    assert call.targets == ("World Health Organization",)
    assert call.action.startswith("invite Taiwan")


def test_a_call_for_an_act_or_others_advocacy_names_no_one_before_to() -> None:
    (call,) = demands("This calls for strengthening the United Nations capacity to tackle these problems.")
    assert call.targets == () and call.action.startswith("strengthening")
    assert demands("Belarusian officials periodically advocate for introducing liability.") == ()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Senate releases, 2004-2008: a senator asks his fellow senators
        ("I urge my colleagues to support this responsible legislation.", "my colleagues"),
        ("I urge my colleagues in the Senate to renew their calls for an overhaul of the UN.", None),
        ("Mr. President, I ask that my colleagues support this important resolution.", "my colleagues"),
        ("I urge all of my colleagues to join me on this resolution.", "all of my colleagues"),
    ],
)
def test_colleagues_a_senator_urges_are_whom_he_asks(text: str, asked: str | None) -> None:
    (d,) = demands(text)
    spans = [text[s:e] for s, e in d.target_spans]
    assert spans == [asked] if asked else spans[0].startswith("my colleagues"), d


# U.S. Senate, 2007: a headline in capitals asks the body the release names in its own case
HEADLINE_AND_BODY = (
    "AIR FORCE NEEDS TO TAKE ACTION TO RESOLVE CONTRACT ISSUE WITH MOODY AIR FORCE BASE HOUSING\n"
    "  I am disappointed with the responses I have received from the Air Force regarding my inquiries."
)


def test_a_headlines_capitals_ask_the_actor_the_body_names_in_the_same_words() -> None:
    headline = extract(HEADLINE_AND_BODY).demands[0]
    assert headline.sentence.isupper() and headline.targets == ("Air Force",)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # UN General Debate, Nepal 1983
        (
            "We also urge the Security Council and the members of the contact group of five Western "
            "States to intensify their efforts to bring about the early implementation of Security "
            "Council resolution 435 (1978).",
            "the members of the contact group of five Western States",
        ),
        # UN General Debate, Ghana 1986
        (
            "We therefore urge all the internal parties and the people of Chad to bury their "
            "differences and to seek a solution to their problem on the basis of dialog.",
            "all the internal parties",
        ),
    ],
)
def test_a_second_one_asked_of_something_is_asked_too(text: str, second: str) -> None:
    # "X and the members of Y": "the members of Y" is a second one asked, not part of X's name
    (demand,) = demands(text)
    spans = [text[s:e] for s, e in demand.target_spans]
    assert second in spans and len(spans) == 2


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # HRW testimony (Liberia)
        (
            "Liberian experts should also fill key positions in the judiciary, prosecution, defense, "
            "and registry.",
            "Liberian experts",
        ),
        # UN General Debate (Zaire, 1973)
        (
            "These experts should come to do a precise kind of work and for a limited time, "
            "until their counterparts have been trained.",
            "These experts",
        ),
    ],
)
def test_people_named_by_their_trade_are_the_target_of_should(text: str, asked: str) -> None:
    (d,) = demands(text)
    assert list(d.targets) == [asked], d
