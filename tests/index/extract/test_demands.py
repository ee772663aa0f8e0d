"""Demands found in real advocacy sentences, including the seeds' awkward ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.ingest.pipeline import analyse
from advocacy_archive.index.models import Demand


def demands(text: str) -> tuple[Demand, ...]:
    return extract(text).demands


def test_seed_refugees_international_demands(seeds: list[Path]) -> None:
    text = seeds[0].read_text(encoding="utf-8-sig")
    ex = extract(text)
    assert ex.issuer == "Refugees International"
    kinds = {d.kind for d in ex.demands}
    assert {"call_on", "passive", "self_exhortation", "obligation"} <= kinds
    calls = [d for d in ex.demands if d.kind == "call_on" and "Aleppo" in d.action]
    # the paragraph is printed twice in the statement: one demand, not two
    assert len(calls) == 1
    assert set(calls[0].targets) == {"Government of Syria", "Government of Russia"}
    assert calls[0].by == "Refugees International"
    passive = [d for d in ex.demands if d.kind == "passive" and "access to Aleppo" in d.action]
    assert passive and passive[0].targets == ()
    president = [d for d in ex.demands if "President of the United States" in d.targets]
    assert president and president[0].by == "Refugees International"  # "We … call on" → the issuer


def test_seed_imperative_to_the_reader_targets_the_representatives(seeds: list[Path]) -> None:
    text = seeds[1].read_text(encoding="utf-8-sig")
    ex = extract(text)
    assert ex.issuer == "Syrian Emergency Task Force"
    (d,) = [d for d in ex.demands if d.kind == "imperative"]
    assert [text[s:e] for s, e in d.target_spans] == ["your elected representatives in Congress"]
    assert "safe passage" in d.action
    assert d.by == "Syrian Emergency Task Force"


def test_condemnation_and_solidarity_are_not_demands() -> None:
    text = (
        "We strongly condemn the bombing of the hospital. We stand with the people of Aleppo. "
        "The attacks killed 82 civilians."
    )
    assert extract(text).demands == ()


def test_should_names_its_subject_as_target() -> None:
    text = "Thai authorities should urgently investigate this killing, Human Rights Watch said."
    (d,) = extract(text).demands
    assert d.kind == "obligation"
    assert [text[s:e] for s, e in d.target_spans] == ["Thai authorities"]
    assert d.action.startswith("urgently investigate this killing")
    assert not d.action.endswith("said")


def test_call_for_without_target() -> None:
    (d,) = extract("The Democrats today called for a review of mandatory detention.").demands
    assert d.kind == "call_for" and d.targets == () and "review of mandatory detention" in d.action


def test_demand_offsets_point_into_the_text() -> None:
    text = (
        "Intro line.\n\nWe urge the UN Security Council to refer Syria to the International Criminal Court."
    )
    text = text.replace("International Criminal Court", "ICC")
    (d,) = extract(text).demands
    assert text[d.start : d.end].startswith("We urge")
    assert d.targets == ("UN Security Council",)


def test_hrw_release_issuer_from_said_today(corpus: Path) -> None:
    path = corpus / "hrw-news" / "2024-06-26-thailand-rights-activist-shot-dead-deep-south.txt"
    ex = extract(path.read_text(encoding="utf-8-sig"))
    assert ex.issuer == "Human Rights Watch"
    assert any(d.targets and d.by == "Human Rights Watch" for d in ex.demands)


@pytest.mark.timeout(20)
def test_demand_in_scraped_page_debris_is_found_without_stalling() -> None:
    # Scraped Senate pages end a sentence in runs of spaces and tabs; trimming the action's
    # trailing attribution once backtracked for ~40 s on such a page (one stalled import worker).
    text = (
        "Senator Collins urged the Department of Defense to release the report on the base closures"
        + " " * 400
        + "\t \t" * 300
        + " Contact | Privacy Policy      " * 30
        + "."
    )
    (d,) = extract(text).demands
    assert [text[s:e] for s, e in d.target_spans] == ["Department of Defense"]
    assert d.action.startswith("release the report on the base closures")


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        # HRW letter to Nepal's prime minister: recommendations as imperatives
        (
            "Amend the transitional justice bill to ensure that all conduct is covered.",
            "imperative",
            "Amend the",
        ),
        (
            "Ensure that the bill provides for the independent appointment of judges.",
            "imperative",
            "Ensure that",
        ),
        # Senate floor statement without punctuation: "Show us the documents and provide us…"
        ("Show us the documents and provide us with the sworn testimony", "imperative", "Show us"),
        # Australian release headline in capitals
        ("SCRAP BUSINESS MIGRATION SCHEME\n\nThe Government has announced changes.", "imperative", "SCRAP"),
        # HRW headline: "Country: call"
        (
            "India: Protect Farmers’ Right to Peaceful Protest\n\nThe police detained farmers.",
            "imperative",
            "Protect",
        ),
        # UN General Debate 2013 (Turkey, USA), 2016 (EU)
        (
            "As we take these steps let us renew our efforts to examine other methods.",
            "self_exhortation",
            "let us",
        ),
        ("We cannot allow this episode of history to repeat itself.", "self_exhortation", "We cannot"),
        (
            "It is time for the United States Government to exercise international leadership.",
            "call_for",
            "exercise",
        ),
        ("Instead, we insist that the Iranian Government meet its responsibilities.", "call_on", "meet"),
        ("I sincerely hope that both parties will make every effort to keep talks going.", "call_on", "make"),
        # HRW: a thing needed
        ("Strong legislation is needed to protect transgender people.", "call_for", "Strong legislation"),
        # a pseudo-cleft names the thing needed after its "is": Ruddock 1999, UN General Debate
        # (Djibouti 2004)
        (
            "But what is required is a national response - this means Labor supporting our initiatives.",
            "call_for",
            "a national response",
        ),
        (
            "What is required, therefore, is greater assistance for regional peacekeeping capabilities, "
            "particularly in Africa.",
            "call_for",
            "greater assistance",
        ),
        # the speaker's want in a pseudo-cleft: Rudd 2013, an ABC interview 2011
        (
            "What we want is for Australian school kids  to be able to compete properly against kids "
            "graduating from schools in Asia.",
            "call_for",
            "for Australian school kids",
        ),
        (
            "What we want is the maximisation of Australian content which deals with the reality of  "
            "modern Australia, not just the history.",
            "call_for",
            "the maximisation of Australian content",
        ),
        # what is necessary or essential, and the speaker's need: UN General Debate (Japan 2017,
        # Barbados 1988), Leahy 2006
        ("What is necessary is action.", "call_for", "action"),
        (
            "What is essential is a comprehensive reassessment and readjustment of our relationship to "
            "the environment.",
            "call_for",
            "a comprehensive reassessment",
        ),
        (
            "What we need is a realistic and      orderly process that brings illegal aliens and "
            "undocumented workers      out of the shadows",
            "call_for",
            "a realistic and",
        ),
    ],
)
def test_calls_to_action_without_a_call_verb_or_modal(text: str, kind: str, action: str) -> None:
    (d,) = [d for d in demands(text)]
    assert d.kind == kind
    assert d.action.startswith(action), d.action


@pytest.mark.parametrize(
    "text",
    [
        "Press Release Dated: 17 Nov 2000 Press Release Number: 00/706 Portfolio: Immigration",
        "PRESS RELEASE P.R. NO. 85/271 CANBERRA 24 OCTOBER 1985",
        "About| Contact | Support Us | People | Policies | Parliament",
        "Support for refugees has grown since the election.",
        "Release of the prisoners is expected within days.",
        "Help Age International welcomed the report.",
        # White House readout: a condition, not a demand
        "They discussed readiness to impose consequences on Russia should it choose further escalation.",
        # UN General Debate 2013 (UK): the noun "need"
        "And we have kept the political spotlight on the need to return assets stolen by the former regimes.",
        "It is important to note that the bill passed the Senate.",
        # State Department briefing, 2022; UN General Debate (El Salvador, 1999): the speaker's own words
        "You raise the most recent set of restrictions, and it’s important that we dwell on the fact that "
        "it’s only the most recent.",
        "That is why it is important that I highlight these essential challenges.",
        "The farmers’ current demands include an expanded list of crops.",
        # Kukathas 1997: a view reported to be rebutted
        "To the suggestion that what is needed is a commitment to some substantial values, however, "
        "I would say that this is asking too much.",
    ],
)
def test_page_furniture_nouns_conditions_and_descriptions_are_not_demands(text: str) -> None:
    assert demands(text) == ()


def test_unpunctuated_senate_page_is_split_at_lost_full_stops(corpus: Path) -> None:
    # "…to stop the ongoing genocide in  Darfur  The  resolution  which…": one sentence of 3,000
    # characters once, and one demand swallowing every other.
    name = "27Jun2007Menendez259.txt"
    text = (corpus / "us-senate" / name).read_text(encoding="utf-8")
    found = extract(text, source_name=name).demands
    assert len(found) >= 5
    assert all(d.end - d.start < 400 for d in found)
    assert any(d.action.startswith("live up to the Olympic spirit") for d in found)


def test_headline_in_capitals_is_a_demand_apart_from_the_body(corpus: Path) -> None:
    name = "2000-11-17-australian-democrats-211508100.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    found = extract(text, source_name=name).demands
    (head,) = [d for d in found if "REVIEW OF POLICY" in d.action]
    assert head.by == "Australian Democrats" and "The Democrats say" not in text[head.start : head.end]


@pytest.mark.parametrize(
    ("sentence", "action", "asked"),
    [
        # Senate releases that lost their commas (Clinton 2005, Kennedy 2005, Lautenberg 2007): the
        # subject begins after the last run of spaces a comma left
        (
            "At a time when our troops are fighting to support freedom and equality in Iraq  we should "
            "support their work by expressing our strong belief in equal rights for all Iraqi citizens",
            "support their work",
            (),
        ),
        (
            "As we work together to remedy the most flagrant defects in the application of the death "
            "penalty  however  we must never lose sight of its basic injustice",
            "never lose sight",
            (),
        ),
        (
            "Before the Bush administration hands over a dime in taxpayer dollars to Libya or builds a new "
            "embassy  the Libyan government must make good on its commitments to American victims",
            "make good on its commitments",
            ("Government of Libya",),
        ),
    ],
)
def test_a_lost_comma_ends_a_long_clause_before_the_subject(
    sentence: str, action: str, asked: tuple[str, ...]
) -> None:
    (d,) = demands(sentence)
    assert d.action.startswith(action)
    assert d.targets == asked


def test_a_letter_quoted_twice_in_an_unpunctuated_release_is_one_demand(corpus: Path) -> None:
    # The release quotes its letter's call, then prints the letter: the repeats run on into
    # different words ("…democratic government  the bipartisan group of Senators wrote…").
    name = "24Oct2007Clinton233.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    india = [d for d in ex.demands if d.action.startswith("use its influence to put pressure on the regime")]
    assert len(india) == 1
    assert india[0].targets == ("India",)


@pytest.mark.parametrize(
    "text",
    [
        # Senate (Durbin, quoted in Dole's release)
        "If we want the children of the world to become tomorrow's leaders, we must provide them "
        "with the basic building blocks to be successful.",
        # UN speech (Russia, 2016)
        "Hegemony has no place in the future, if we want it to be a just future that gives people "
        "the opportunity to choose their own ways of development.",
    ],
)
def test_a_condition_is_not_a_call(text: str) -> None:
    # "If we want X to…" states what a demand would serve; only "we must provide…" asks
    assert [d.action.split()[0] for d in demands(text)] in ([], ["provide"])


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # UN speech (Russia, 2016): a relative clause between the subject and "must"
        (
            "The recent actions of North Korea, which violate Security Council resolutions, must be stopped.",
            [],
        ),
        # UN speech (USA, 2013)
        (
            "Arab States, and those who have supported the Palestinians, must recognize that stability "
            "will be served only through a two-State solution and a secure Israel.",
            ["Arab States"],
        ),
        # UN speech (USA, 2013): a head targets.py does not know, named as written
        (
            "Friends of Israel, including the United States, must recognize that Israel’s security "
            "depends upon the realization of a Palestinian State.",
            ["Friends of Israel"],
        ),
        # press release (Greens, 2004)
        (
            "Everyone, including those in rural and regional Australia, should have a bulk-billing "
            "doctor nearby.",
            None,  # who "Everyone" is, is targets.py's question; here only that it is a demand
        ),
    ],
)
def test_subject_set_apart_from_its_modal_still_makes_a_demand(text: str, asked: list[str] | None) -> None:
    (d,) = demands("Peace is the aim. " + text)
    assert d.sentence == text
    assert asked is None or list(d.targets) == asked


@pytest.mark.parametrize(
    "text",
    [
        # UN speech (Russia, 2016)
        "However, it is inadmissible to use that situation as a pretext for a massive militarization of "
        "North-East Asia.",
        "It is now essential to prevent the collapse of those agreements.",
        # Senate (Leahy)
        "And it is unacceptable to steamroll principles that protect fairness.",
        # press release (Kerr, 1997)
        "It is unacceptable to continue this piecemeal process of reappointment.",
    ],
)
def test_prohibitions_and_needs_phrased_impersonally_are_demands(text: str) -> None:
    assert len(demands(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "It is unacceptable that children die in detention.",  # a condemnation
        # state.gov interview: what something serves, not a call
        "It’s also absolutely critical to helping end one of the worst wars in recent memory.",
    ],
)
def test_condemnation_and_purpose_phrased_impersonally_are_not_demands(text: str) -> None:
    assert demands(text) == ()


def test_call_granted_in_a_concession_is_not_the_demand() -> None:
    # Senate op-ed (Craig): the demand is the main clause, once
    text = (
        "While we encourage individuals to prosper, we also need to ensure the protection of the "
        "fruits of their labors."
    )
    (d,) = demands(text)
    assert d.action.startswith("ensure the protection")


def test_the_way_forward_is_a_call() -> None:
    # Senate release (Durbin and Hagel), punctuation lost as scraped
    text = (
        "As I have said for many years  the way forward is to responsibly address the issue of "
        "climate change with a national strategy"
    )
    (d,) = demands(text)
    assert d.action.startswith("responsibly address")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # UN General Debate, 2017 (Uzbekistan)
        (
            "In that regard, the most important task is to fight for the minds of people, especially "
            "young people.",
            "fight for the minds",
        ),
        # UN General Debate, 2013 (EU)
        ("The first priority is to bring all parties to the negotiating table.", "bring all parties"),
        # UN General Debate, 2016 (United Kingdom)
        (
            "The challenge for those of us in this Hall is to ensure that our Governments and our global "
            "institutions such as the United Nations remain responsive to the people we serve.",
            "ensure that our Governments",
        ),
    ],
)
def test_the_task_named_for_all_present_is_a_call(text: str, action: str) -> None:
    (d,) = demands(text)
    assert d.action.startswith(action) and d.targets == ()


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # UN General Debate, 2013 (Iran)
        (
            "So, on behalf of the Islamic Republic of Iran, I propose, as a first step, the consideration "
            "by the United Nations of a project to be known as “A World Against Violence and Extremism”.",
            "the consideration by the United Nations",
        ),
        ("My delegation proposes the establishment of a fund for small island States.", "the establishment"),
    ],
)
def test_the_speakers_proposal_is_a_call(text: str, action: str) -> None:
    (d,) = demands(text)
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    "text",
    [
        "I propose to you three ideas for the months ahead.",  # a speech's plan
        # UN General Debate, 1964 (Australia) and 2007 (Sri Lanka): the speech's plan, the speaker's own
        "I propose to speak today only of the problems of the maintenance of international peace.",
        "We propose to make the Eastern Province of Sri Lanka a model for development and rehabilitation.",
        "They propose the closure of the border crossings.",  # another's proposal, told
    ],
)
def test_a_plan_of_the_speech_or_anothers_proposal_is_no_call(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # a body's mandate and a plan's aim described (UN General Debate)
        "The task of the Commission is to examine the reports submitted by States.",
        "The main goal of the Baku Process is to strengthen intercultural dialogue.",
        # a courtesy (UN General Debate, 1968, Mauritania)
        "It is our pleasant task to extend the warmest congratulations of the people and Government of "
        "Mauritania to the people and leaders of the new State.",
    ],
)
def test_a_mandate_or_an_aim_described_is_no_call(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # White House release: an act done, what was ordered is a thing
        "The President declared that a major disaster exists in the State of Iowa and ordered Federal "
        "assistance to supplement State and local recovery efforts.",
        # state.gov transcript
        "President Biden ordered the deployment of an additional 7,000 U.S. troops to Europe.",
        # White House release: a press contact
        "FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE FEMA NEWS DESK AT (202) 646-3272.",
        # state.gov meeting notices: how to take part
        "Members of the public who wish to access the meeting should contact Mr. Thomas Shearer.",
        "Attendees should plan to enter the web conference waiting room by 11:50 a.m.",
        # White House proclamation: a general provision
        "Nothing in this proclamation shall be construed to impair or otherwise affect the authority "
        "granted by law to an executive department or agency.",
    ],
)
def test_acts_done_contacts_and_provisions_are_not_demands(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # White House proclamation (steel imports, Ukraine): a term in force, asked of no one
        "All steel articles imports covered by heading 9903.80.61, in subchapter III of chapter 99 of the "
        "HTSUS, shall be subject to the additional 25 percent ad valorem rate of duty established herein "
        "with respect to goods entered for consumption, or withdrawn from warehouse for consumption, on or "
        "after 12:01 a.m. eastern time on the date specified in a determination by the Secretary granting "
        "relief.",
        "These rates of duty, which are in addition to any other duties, fees, exactions, and charges "
        "applicable to such imported steel articles, shall apply to imports of steel articles from each "
        "country as specified in the preceding three sentences.",
        # White House proclamation (aluminum imports from the UK): a term that stays in force
        "Imports of aluminum articles from the UK in excess of the tariff-rate quota quantities shall "
        "remain subject to the duties imposed by clause 2 of Proclamation 9704, as amended.",
        # White House proclamation (Russian vessels): when it takes effect
        "The prohibition set forth in this proclamation shall be effective as of 12:01 a.m. eastern "
        "daylight time on April 28, 2022.",
    ],
)
def test_an_instruments_operative_terms_are_not_demands(text: str) -> None:
    assert demands(text) == ()


def test_a_proclamations_directive_to_an_official_is_still_a_demand() -> None:
    # White House proclamation (steel imports, Ukraine)
    found = demands(
        "The Secretary shall monitor the situation in the domestic steel industry and developments in "
        "Ukraine’s steel industry and inform me of any need to terminate or extend this suspension."
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        # White House fact sheet (Native American voting): a hardship described
        "Native voters often have to overcome language barriers, a lack of accessibility for voters with "
        "disabilities, cultural disrespect and outright hostility, geographically remote residences, and "
        "persistent poverty — conditions that have only been exacerbated by the COVID-19 pandemic.",
        # White House remarks and press briefing
        "Barges often need to be split into smaller groups to make it through, taking hours and sometimes "
        "greater delays.",
        "For example, as you know with asylum seekers, they sometimes have to leave within a 24-hour "
        "window, if less.",
    ],
)
def test_what_people_often_have_to_do_is_not_a_demand(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # HRW: an order to people is a call, reported
        "Israeli military authorities have ordered the majority of Gaza’s population to evacuate "
        "their homes.",
        "On June 28, 2023, the Supreme Court ordered the government to register same-sex marriages.",
        "Our bill directs the Sentencing Commission to reexamine the guidelines.",  # Senate release
    ],
)
def test_orders_to_someone_are_demands(text: str) -> None:
    assert len(demands(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # HRW, Sudan 2024: a survivor's account of his captors
        "A fighter ordered Jamal to lie down, facing Mecca, the direction which Muslims face to pray.",
        "He ordered Jamal to say the Shahada, an Islamic declaration of faith one makes before dying, "
        "three times.",
    ],
)
def test_an_order_in_a_witness_story_to_someone_met_in_it_is_no_demand(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # UN speech (USA, 2013)
        "I do not believe that America or any nation should determine who will lead Syria.",
        "Wherever possible, we will build the capacity of our partners, but when it is necessary to "
        "defend the United States against terrorist attack, we will take direct action.",
        # G7 foreign ministers on Russia (state.gov, 2022) and a senator's release (Hill, 1990): warnings
        "Russia should be in no doubt that any further military aggression against Ukraine will have "
        "massive consequences.",
        "Australia should be under no illusions that huge and expensive hurdles remain.",
        # press release (Carr, 2013)
        "And I don't think that our rebalance and our engagement has to be at the expense of anybody else.",
    ],
)
def test_a_belief_denied_or_a_condition_is_not_a_demand(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the ANZUS communiqué in Peacock's 1980 release
        (
            "In the discussion of recent events in Afghanistan, emphasis was placed on the  importance "
            "of a strong,  consistent,  and enduring stand in  opposition to the use of force.",
            "a strong, consistent, and enduring stand",
        ),
        (
            "They expressed  their strong concern over the danger to peace and their desire to see the  "
            "withdrawal of Vietnamese troops from Kampuchea.",
            "the withdrawal of Vietnamese troops",
        ),
    ],
)
def test_communique_phrasings_are_calls(text: str, action: str) -> None:
    (d,) = demands(text)
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # state.gov readout: a thing valued, no one asked
        ("The Deputy Secretary underscored the importance of European energy security.", 0),
        # UN speech (Saudi Arabia, 2016)
        ("We would also like to highlight the importance of the 2030 Agenda for Sustainable Development.", 0),
        # the ANZUS communiqué in Peacock's 1980 release: an action asked for
        (
            "Council members reiterated the importance of preventing  the further spread of nuclear weapons.",
            1,
        ),
        ("The Secretary and President Ghani emphasized the need to accelerate peace negotiations.", 1),
    ],
)
def test_the_importance_of_an_action_is_a_call_of_a_thing_is_not(text: str, calls: int) -> None:
    assert len(demands(text)) == calls


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # HRW, Gambia 2024
        (
            "“The verdict underscores the importance of the Gambian government and ECOWAS following through "
            "swiftly on establishing an impartial and independent hybrid court.",
            "Gambia",
        ),
        # State Department, a D-ISIS Coalition statement
        (
            "The Ministers firmly condemned the continuing attacks against Coalition personnel and convoys, "
            "and diplomatic facilities, emphasizing the importance of the Government of Iraq protecting "
            "Coalition assets.",
            "Iraq",
        ),
        # State Department, a readout with Croatia
        (
            "The United States and Croatia highlighted the importance of Western Balkans countries "
            "resolving near-term legacy and open issues as an essential step on their Euro-Atlantic path.",
            "Western Balkans countries",
        ),
    ],
)
def test_the_importance_of_someone_doing_asks_him(text: str, asked: str) -> None:
    (d,) = demands(text)
    assert any(asked in t for t in d.targets)


@pytest.mark.parametrize(
    "text",
    [
        # State Department readouts: a gerund after a preposition, "and" or a relative clause
        "They discussed the importance of the Quad in making tangible progress on the pressing challenges "
        "and opportunities facing the region.",
        "The Deputy Secretary and NSA Lovegrove reaffirmed the strategic importance of the Indo-Pacific "
        "region and ensuring the AUKUS partnership delivers critical security and technology capabilities.",
        "Minister Hayashi emphasized the importance of the GAP which facilitates information sharing and "
        "coordination on the ground.",
    ],
)
def test_the_importance_of_a_thing_before_a_gerund_asks_no_one(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # HRW, Pakistan 2024: the authorities ignored others' calls; HRW asks nothing here
        "Balochistan has the highest number of enforced disappearances in all of Pakistan, with the "
        "authorities willfully ignoring calls for accountability for years, Gossman said.",
        # a General Debate speech (Guinea, 2011): others' calls, then a fact
        "Despite the international community's repeated calls for peace, areas of conflict and tension "
        "continue in several regions of the world, in particular in Africa, the Middle East and Asia.",
        # an Australian minister, 1997: whose call a measure answers
        "They answer the community's call for affordable and accessible justice.",
    ],
)
def test_calls_named_as_a_noun_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # U.S. Senate, 2007 (Mikulski): the senator makes her call again
        "Sen. Barbara A. Mikulski continued her call for the immediate release of Montgomery Sibanda.",
        "Human Rights Watch reiterated its call for an independent investigation into the killings.",
        "We renew our calls for an immediate ceasefire.",
    ],
)
def test_a_call_made_again_is_a_demand(sentence: str) -> None:
    assert len(demands(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # HRW witness accounts: orders told as events of the story
        "The guards told us to throw her body out, but the men refused to do so.",
        "Soldiers ordered him to strip, cuffed and blindfolded him, then took him for questioning.",
        # Senator Casey, 2007: "needs" a noun, "while" opens another clause before "to"
        "The most basic human needs fall by the wayside while governments in the developing world "
        "struggle to pay off staggering debt to wealthy nations.",
        # State Department, Ukraine 2022: a deployment told, not a call
        "And Russia has ordered troops to deploy into the so-called DNR and LNR regions of Ukraine.",
        "Msendo told Human Rights Watch that contrary to what happened with the relocation to Sale "
        "division between 2007 and 2010, the government has made efforts to coordinate with the local "
        "authorities from both regions.",
        # Australian minister's interview (Burke, 2013) and a Senate release (Durbin, 2007)
        "The Prime Minister rang me and asked me to stay on.",
        "When Chairman Leahy asked me to chair this Subcommittee, I agreed.",
        # Bill Shorten's interview answer (2014): the question put to him, told as it is put
        "SHORTEN: You are asking me to comment on a lot of matters which the Australian Government "
        "doesn't choose to take the Australian people in their confidence on.",
        # a senator's retort (Reid, 2007)
        "Tell that to the 2 million refugees.",
        # state.gov page furniture before a joint statement
        "Begin text:\nWe, the Ministers of the United States, Italy and Canada, met today to discuss "
        "the crisis in Syria.",
    ],
)
def test_narrated_orders_retorts_and_page_markers_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


def test_a_request_the_speaker_made_is_still_a_demand() -> None:
    # U.S. Senate (Biden, 2007): the senator's own call, reported by him
    text = (
        "I recently met with the U.N. Secretary General and urged him to move rapidly to raise these forces."
    )
    (d,) = demands(text)
    assert d.action.startswith("move rapidly")


@pytest.mark.parametrize(
    "sentence",
    [
        # HRW (Gaza, 2024): a legal standard, and press releases (Chambliss 2007, Ruddock 1990):
        # reproaches for the past
        "This indicates that the Israeli military knew or should have known that the group of people "
        "they were firing on were civilians.",
        "The Air Force should have been more proactive to fix this problem before it got to this point.",
        "In my view, the Prime Minister should have heeded my advice of yesterday.",
        # "demand" as a noun or in a name (Maurice 2001, West 1983, Bilney 1994)
        "Support for an independent state based on Papuan ethno-nationalist demands can no longer be "
        "sustained given the changed demographics.",
        "The remainder of the program will consist of some 3,000 persons in the Occupations in Demand "
        "sub-category.",
        "As world food demand could treble in 50 years, agricultural research would remain high priorities.",
        # what others want, told (Buchholz 2012, Ellison 2004)
        "There are other people who want the insurance company to just settle a claim.",
        "He is wanted in Australia to face two charges under the Migration Act.",
        # an interview answer's opening (Truss 2013)
        "Look the difficulty with the convention is the way it’s been imported into Australian law.",
    ],
)
def test_reproaches_nouns_others_wishes_and_interview_fillers_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # Milne 2012, Senate headline (Schumer 2005), HRW (Tajikistan 2024)
        "And we certainly want the mining industry to pay its way.",
        "15 Senators Demand U S Take Stronger Action Against Saudis For Egregious Violations",
        "It is imperative that Tajikistan’s international partners remember the May 2022 events in Khorog "
        "and demand accountability.",
    ],
)
def test_the_speakers_wish_and_a_demand_made_are_demands(sentence: str) -> None:
    assert demands(sentence)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # HRW recommendation lists (Thailand 2024, Chad 2024, Nepal letter 2024)
        (
            "Fully and impartially investigate the disappearance of Free Lao member Phetphouthon "
            "Philachane in Vientiane November 2019.",
            "investigate the disappearance",
        ),
        (
            "Publicly and unequivocally condemn cruel, inhuman, or degrading treatment and torture in the "
            "two prisons.",
            "condemn cruel",
        ),
        (
            "Suspend and take disciplinary action against police officers or gendarmes responsible for "
            "these abuses.",
            "Suspend and take",
        ),
        (
            "Instead, strengthen protection measures for workers in this sector in coordination with the "
            "destination countries.",
            "strengthen protection",
        ),
        ("Prepare legislation recognizing same sex marriage.", "Prepare legislation"),
        # HRW, Kazakhstan 2024: a question word opens the verb's object, whose auxiliary follows
        (
            "Review how individuals are designated for inclusion on the Financing Terrorism List with a "
            "view to ending the automatic inclusion of people convicted on extremism charges.",
            "Review how individuals",
        ),
    ],
)
def test_recommendations_led_by_adverbs_or_two_verbs_are_demands(sentence: str, action: str) -> None:
    (d,) = demands(sentence)
    assert d.kind == "imperative"
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        # state.gov transcript; a Senate release; an HRW narrative
        "Simply put, Germany is among our closest friends and closest partners in the world.",
        "Family support services were cut in 2013.",
        "Finally, the amendment stipulates that the council will develop the rules.",
    ],
)
def test_asides_and_nouns_in_ly_before_a_verb_form_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate (Qatar 2016, France 2013, Russia 2013, Iran 2016)
        (
            "The Security Council bears a special responsibility to impose international legitimacy.",
            "impose international legitimacy",
        ),
        ("And the United Nations bears the responsibility to act.", "act"),
        ("We deem it necessary to intensify the activity of the Quartet.", "intensify the activity"),
        ("Iran considers it imperative to preserve the territorial integrity of States.", "preserve"),
        # HRW (Sudan 2024) and state.gov communiqués (Syria ministerial 2021, Japan 2022)
        (
            "It is of paramount importance to hear directly from sexual violence survivors themselves.",
            "hear directly",
        ),
        (
            "We stressed the critical importance of meeting humanitarian needs, including life-saving "
            "assistance.",
            "meeting humanitarian needs",
        ),
        (
            "We also reaffirm the importance of achieving a swift resolution of the abductions issue.",
            "achieving",
        ),
    ],
)
def test_responsibilities_and_necessities_stated_are_calls(sentence: str, action: str) -> None:
    (d,) = demands(sentence)
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        # G7 statement on Russia (2022): a blame, not a call
        "President Putin, and his government and supporters, bear full responsibility for the economic "
        "and social consequences of these sanctions.",
        # state.gov readout: a thing valued
        "Secretary Blinken and Chancellor Merkel emphasized the importance of a coordinated Transatlantic "
        "approach to addressing global challenges.",
    ],
)
def test_blame_and_a_thing_valued_are_not_calls(sentence: str) -> None:
    assert demands(sentence) == ()


def test_a_headline_in_capitals_ending_on_its_verb_is_a_demand() -> None:
    # Labor release, 2005: the headline above the body
    text = "EAST  TIMORESE  SHOULD  STAY\n\n\nThe Government has decided to send them home."
    (d,) = demands(text)
    assert (d.kind, d.action) == ("obligation", "STAY")


@pytest.mark.parametrize(
    "text",
    [
        # typed speeches in capitals, a line cut off before its object (Macphee 1983)
        "RELATION IN THE ASIAN-PACIFIC REGION, WE MUST ALL\n\nLEARN TO TRADE",
        # and "demand" as a noun (Macphee 1983, a state.gov passport briefing)
        "REDUCED BY IMPORTS IS REPLACED BY NEW DEMANDS IN\n\nEXPORT AND DOMESTIC INDUSTRIES.",
        "We are also ramping up and surging to meet the higher demand levels.",
    ],
)
def test_typed_lines_cut_off_and_demand_as_a_noun_are_not_demands(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # Senate releases (McConnell 2005, Biden 2006) and a UN speech (France 2013)
        (
            "It is my hope that India will do more to push Burma's junta into negotiating with the NLD.",
            ("India",),
        ),
        (
            "It is my hope that with the help of the League of Arab States and UN Peacekeepers we can "
            "begin to stem the tide of violence.",
            (),
        ),
        ("It is also my hope to see the Secretary-General’s powers of inquiry strengthened.", ()),
    ],
)
def test_a_hope_stated_is_a_call_on_whom_it_names(sentence: str, asked: tuple[str, ...]) -> None:
    (d,) = demands(sentence)
    assert d.targets == asked


@pytest.mark.parametrize(
    "sentence",
    [
        # Senate releases scraped without punctuation (Leahy 2007; Sanders quoted by Leahy 2007)
        "I hope the government acts expeditiously to release the remaining political detainees and bring "
        "to justice police officers who used excessive force",
        "I hope the President changes his mind about vetoing this legislation said Sanders",
    ],
)
def test_a_hope_without_that_is_a_call_on_the_one_named(sentence: str) -> None:
    (d,) = demands(sentence)
    assert d.kind == "call_on" and d.targets


def test_a_hope_without_that_for_a_thing_asks_no_one() -> None:
    # a Senate release (Feinstein 2007)
    assert not demands(
        "I hope this request signals a serious effort to create a comprehensive exit and entry system at "
        "all of our ports."
    )


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # a General Debate speech (Ethiopia 2024) and a Senate release (Kohl 2005), a passive
        (
            "It is our sincere hope that the remaining riparian countries will join the treaty and play a "
            "constructive role.",
            ("the remaining riparian countries",),
        ),
        (
            "It is my sincere hope that this bill will be taken up and passed quickly since time is of the "
            "essence for this population.",
            (),
        ),
    ],
)
def test_a_hope_with_its_degree_is_a_call(sentence: str, asked: tuple[str, ...]) -> None:
    (d,) = demands(sentence)
    assert d.targets == asked


def test_a_hope_with_its_degree_for_how_things_turn_out_asks_no_one() -> None:
    # a General Debate speech (Pakistan 2014)
    assert not demands(
        "It is our earnest hope that those landmark processes will culminate in the emergence of a "
        "stronger, more stable and unified Afghanistan."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a Senate release (Leahy 2007) and General Debate speeches (Turkmenistan 2019, Suriname 2015)
        "It will be vital to ask him and other top nominees for their views of these issues.",
        "It will be essential to ensure a clear algorithm and the coordinated provision of adequate "
        "financial resources for specific projects and programmes.",
        "It will be necessary to make the provision of financial resources a priority, especially for "
        "small island developing States.",
    ],
)
def test_a_need_said_of_what_is_to_come_is_a_call(sentence: str) -> None:
    assert len(demands(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # a Senate release scraped without its punctuation (Leahy 2007): the hope as an adjective
        (
            "I am also hopeful that Ms Myers will look for alternatives to incarceration for families and "
            "children who the Department of Homeland Security determines warrant detention",
            ("Myers",),
        ),
        (
            "I will take a moment to express my hopefulness that if Ms Myers is confirmed she will work hard "
            "to address some serious concerns",
            ("Myers",),
        ),
        # a Senate release (Obama 2008)
        (
            "I am hopeful that the administration will move forward in that spirit and that the Government "
            "of Burma will accept the outpouring of international aid.",
            ("Government of Myanmar",),
        ),
    ],
)
def test_being_hopeful_that_someone_will_act_is_a_call_on_them(sentence: str, asked: tuple[str, ...]) -> None:
    (d,) = demands(sentence)
    assert (d.kind, d.targets) == ("call_on", asked)


@pytest.mark.parametrize(
    "sentence",
    [
        # HRW (Sudan 2024, Africa 2024), a Senate release (Feinstein 2007), a UN speech (Qatar 2016)
        "Ethiopian and Eritrean refugees in Sudan have been forgotten for too long; now is the time to act.",
        "This is the time to accelerate access to education for all children, including pre-primary.",
        "Now is the time to expand our efforts against this devastating disease.",
        "Putting an end to this humanitarian disaster has become a political and moral necessity.",
        # UN General Debate (Turkey 2016, Jamaica 2019): the moment, and an adverb before "the"
        "Now is the moment to show leadership with a sense of responsibility in addressing the problems "
        "before us decisively.",
        "Now is indeed the time to redirect our focus and enable our countries to reverse these negative "
        "trends.",
        # denied, it asks the opposite: a Senate release (Feingold 2006), UN General Debate (UK 2016),
        # state.gov (Blinken 2022)
        "Now is not the time to relax our efforts.",
        "This is not the time to turn away from our United Nations.",
        "Now is not the time to let up.",
        # a Senate release scraped without apostrophes (Senate Women's Caucus on Burma, 2007)
        "It s time to begin a true dialogue on national reconciliation with all parties",
        # another Senate scrape left two spaces where the apostrophe was (Schumer on Con Ed, 2006)
        "It  s time to begin a true dialogue on national reconciliation with all parties",
    ],
)
def test_the_time_to_act_and_an_action_called_necessary_are_calls(sentence: str) -> None:
    assert len(demands(sentence)) == 1


def test_a_time_that_a_named_subject_act_is_a_call_on_it() -> None:
    # a Senate release (Schumer on Con Ed's blackout restitution, 2006), scraped without apostrophes
    (d,) = demands("It  s time that Con Ed prove that they put their customers first")
    assert d.targets == ("Con Ed",)
    (d,) = demands("It's time that Congress act on this bill.")
    assert d.targets == ("Congress",)


def test_a_time_to_act_reported_is_the_speakers_call_on_whom_it_names() -> None:
    # Clare's release of 21 June 2012; a witness's story is no call
    (d,) = demands("Mr Clare said it was time the Opposition stopped voting no to offshore processing.")
    assert d.targets == ("Opposition",)
    assert d.action.startswith("stopped voting no")
    assert demands("When the boat reached the island it was time to leave, the witness said.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # press release (Downer, 1999) and state.gov (a priority stated, no call)
        "But, again, I don’t believe that now is the time to be critical of Indonesia.",
        "Preventing Daesh’s resurgence remains a priority.",
        # UN General Debate (Côte d'Ivoire 1993, Guatemala 1995): the speaker's own turn in the speech
        "This is the moment to hail the courage, lucidity and self-abnegation of the high Israeli and "
        "Palestinian officials.",
        "This is the moment to refer to Guatemala’s contribution to two important General Assembly "
        "initiatives.",
    ],
)
def test_a_time_doubted_and_a_priority_stated_are_not_calls(sentence: str) -> None:
    assert demands(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate 2013 (USA, UK), HRW (Sri Lanka 2024), a minister (Evans 1995)
        "I do not believe that military action can achieve a lasting peace, nor do I believe that "
        "America or any nation should determine who will lead Syria.",
        "And we chose to support those who called for change.",
        "The democratic urge remains as strong among the people as it was when they first rejoiced.",
        "Take climate change, for example — the report issued this morning shows the danger.",
        "The Biden-Harris administration stands by the Cuban people who demand their human rights.",
    ],
)
def test_beliefs_denied_calls_of_whom_we_describe_and_the_noun_urge_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # HRW (Chad 2024, California 2024), a Prime Minister (Gillard 2011), a minister (Macphee 1980)
        "The government did not call for an investigation into the killing.",
        "We did not ask people to identify their race or ethnicity.",
        "I have never asked Tony Abbott to endorse the Government’s policies.",
        "A large proportion of this increase is from workers with skills in demand in Australia.",
    ],
)
def test_calls_not_made_and_skills_in_demand_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


def test_a_thing_a_communique_encourages_is_its_own_call() -> None:
    # state.gov (ECOWAS summit, 2022): "we" encourage; ECOWAS is only named before
    text = (
        "We welcome ECOWAS’s continued engagement in Guinea and encourage further cooperation and "
        "dialogue with all stakeholders."
    )
    (d,) = demands(text)
    assert d.action.startswith("further cooperation")
    assert d.by is None  # the statement's own voice: no issuer in a bare sentence


def test_encouragement_told_of_others_is_no_call() -> None:
    # a minister's release (1989): what governments did
    text = "Over the years governments have assisted and encouraged the growth in home ownership."
    assert demands(text) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate courtesies
        "Allow me to express today my highest regard for Secretary-General Ban Ki-moon for his dedication.",
        "Here I should also like to say a word about the assassination of Iranian nuclear scientists.",
        # a speech's and a minister's signposts (UN speech; Australian release)
        "It should be borne in mind, however, that their negative impact is not limited merely to their "
        "intended victims.",
        "It should be noted that many of our people have been forced to flee to neighbouring countries.",
        "It should be remembered that if the same rate of tax still applied, a taxpayer would pay more.",
    ],
)
def test_courtesies_and_signposts_ask_nothing(sentence: str) -> None:
    assert extract(sentence).demands == ()


def test_a_call_a_courtesy_introduces_is_still_a_call() -> None:
    text = (
        "I should like to appeal to the industrial countries to bring their development aid into an "
        "acceptable relationship with their economic power."
    )
    (d,) = extract(text).demands
    assert d.kind == "call_on" and [text[s:e] for s, e in d.target_spans] == ["the industrial countries"]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (  # a Senate release
            "President Bush and Secretary of State Condoleeza Rice must place Sudan higher on the U S "
            "Chinese agenda.",
            ["President Bush", "Secretary of State Condoleeza Rice"],
        ),
        (  # an HRW release
            "“The UN and AU leadership should examine all possible options and deploy a mission before "
            "it’s too late.",
            ["UN", "AU"],
        ),
    ],
)
def test_every_conjunct_of_a_coordinated_subject_is_asked(sentence: str, asked: list[str]) -> None:
    (d,) = demands(sentence)
    assert [sentence[s:e] for s, e in d.target_spans] == asked


def test_a_clause_before_and_is_not_asked_with_the_subject(corpus: Path) -> None:
    # "Signing a declaration that protects schools and education during wartime should be an easy
    # sell": "protects schools" is no one asked; Labor and the Democrats both are
    text = (
        corpus
        / "hrw-news/2024-06-11-120-countries-have-signed-safe-schools-declaration-sadly-us-isnt-one-them.txt"
    ).read_text(encoding="utf-8-sig")
    (sell,) = [d for d in extract(text).demands if d.action.startswith("be an easy sell")]
    assert sell.targets == ()
    text = (corpus / "press-releases/2001-09-08-australian-greens-211228573.txt").read_text(
        encoding="utf-8-sig"
    )
    (oppose,) = [d for d in extract(text).demands if d.action.startswith("oppose it and")]
    assert set(oppose.targets) == {"Australian Labor Party", "Australian Democrats"}


def test_a_call_for_someone_to_act_asks_them() -> None:
    text = (  # an Australian release
        "Leader of the Australian Democrats, Senator Natasha Stott Despoja, today called for the Federal "
        "Government to increase its commitment to overseas aid in next week’s Budget."
    )
    (d,) = demands(text)
    assert [text[s:e] for s, e in d.target_spans] == ["the Federal Government"]
    assert d.action.startswith("increase its commitment")


def test_a_call_for_a_thing_keeps_the_thing_in_its_action() -> None:
    text = (  # an HRW release: "an end" is no one asked, and "to the attacks" begins no action
        "Both speakers called for an end to the attacks on this cultural heritage because they "
        "recognized its significance to both the people of Yemen and the international community."
    )
    (d,) = demands(text)
    assert d.targets == ()
    assert d.action.startswith("an end to the attacks")


def test_this_calls_for_is_a_call_made() -> None:
    text = (  # a UN speech
        "The international community faces many different problems related to peace and security. "
        "This calls for strengthening the United Nations capacity to tackle these challenges and problems."
    )
    (d,) = demands(text)
    assert d.action.startswith("strengthening the United Nations capacity")


def test_the_agent_of_a_later_verb_is_not_asked_by_a_passive() -> None:
    text = (  # an Australian release
        "“Refugees need to be protected, not towed back to be imprisoned by their persecutors,” the "
        "Greens’  immigration spokesperson, Senator Sarah Hanson-Young said."
    )
    (d,) = demands(text)
    assert d.kind == "passive" and d.targets == ()


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Similarly, we expect the United Nations to keep its promises.", "United Nations"),  # a UN speech
        (  # a G7 statement on state.gov
            "As a first step, we expect Russia to implement the announced reduction of its military "
            "activity near Ukraine’s borders.",
            "Russia",
        ),
        (  # a State Department briefing
            "And we look to the Government of Tunisia to uphold and respect the rights of journalists.",
            "the Government of Tunisia",
        ),
        # UN General Debate, 2013 (Turkey): an expectation of someone's support
        ("We expect the support of all Members for our candidacy.", "all Members"),
        (  # UN General Debate (bulk)
            "We expect the invaluable co-operation of the Arab League in finding a prompt solution to the "
            "problems.",
            "Arab League",
        ),
    ],
)
def test_the_speakers_expectation_of_someone_is_a_call_on_them(sentence: str, asked: str) -> None:
    (d,) = demands(sentence)
    assert d.kind == "call_on" and [sentence[s:e] for s, e in d.target_spans] == [asked]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # UN General Debate speeches (bulk): the speaker counting on someone's support asks them for it
        (  # Kazakhstan, 2011
            "We count on the support of the international community in this respect.",
            "international community",
        ),
        (  # Kuwait, 2023
            "We are counting on the necessary support by the international community for the relevant "
            "guidelines to implement the various elements of the Paris Agreement.",
            "international community",
        ),
        # Romania, 2023
        ("We count on members’ support for our solid candidature for the world Court.", "members"),
        (  # Uzbekistan, 2005
            "In that connection, we are counting on the international community’s firm support for "
            "Uzbekistan’s initiative to establish a Central Asian regional information and coordination "
            "centre.",
            "international community",
        ),
    ],
)
def test_the_speakers_reliance_on_someones_support_is_a_call_on_them(sentence: str, asked: str) -> None:
    (d,) = demands(sentence)
    assert d.kind == "call_on" and [sentence[s:e] for s, e in d.target_spans] == [asked]


def test_reliance_on_the_audiences_support_is_a_call_that_names_no_one() -> None:
    # UN General Debate (bulk), Ukraine 2022 and Maldives 2024
    (d,) = demands("We count on your support.")
    assert d.target_spans == ()
    # ... but counting on a thing asks no one: "We are counting on international tourism …" (Honduras, 2021)
    tourism = "We are counting on international tourism and now receive some of the largest cruise ships."
    assert demands(tourism) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecast, a relative clause, a time and someone else's expectation
        "And indeed, we expect the first beneficiaries of the program to begin arriving very, very soon.",
        "In relation to the ICC, allow me now to consider some of the functions we expect the Court to "
        "perform, as well as to assess its prospects in relation to those functions.",
        "He will continue to engage with our allies and partners, including as we look to the Madrid "
        "summit next month to convene the NATO Allies.",
        "Economists expect interest rates to rise again next year.",
    ],
)
def test_expectations_that_ask_no_one_are_not_calls(sentence: str) -> None:
    assert not [d for d in demands(sentence) if d.kind == "call_on"]


def test_a_briefings_expectation_of_its_own_secretary_is_no_call(corpus: Path) -> None:
    name = "2021-08-03-briefing-with-senior-state-department-officials-previewing-secretary-blinkens-pa.html"
    path = corpus / "us-state-dept" / name
    ex = analyse(path, path.read_bytes()).extraction
    assert ex.demands  # its other calls stay
    assert not [d for d in ex.demands if d.action.startswith(("detail continued", "announce exciting"))]


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause describes (State Department briefing, a UN speech, a Senate release)
        "And it was just last month that the so-called Damas de Blanco were imprisoned for doing nothing "
        "more than exercising what should be a universal right.",
        "Unless they stop using it to advance their own nefarious interests, the U.N. will never attain "
        "the credibility it needs to be an effective and accountable organization.",
        # the verb's object is the noun before the pronoun (Sarah Hanson-Young, 28 November 2014)
        "The Abbott government’s lack of concern for the very people it should be protecting is "
        "extremely troubling.",
        # a call inside a claim the sentence rejects (Philip Ruddock, 12 June 1990)
        "Any claim that administrative difficulties demand this approach fail when it is considered that "
        "the number of students here is small.",
        # no need, a polite aside and a note (briefings, a UN speech)
        "For our part, we don’t necessarily need to do that because we know that a formal response from "
        "the Russian Federation is forthcoming.",
        "Here I should also like to say a word about the criminal assassination of Iranian nuclear "
        "scientists.",
        "The – I should just note that the unprecedented flow of migrants out of Ukraine has contributed to "
        "the larger global challenge of unprecedented levels of migration.",
    ],
)
def test_modals_that_describe_or_aside_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "To meet this challenge we must also more effectively deploy civilian police to missions.",
        # a cleft, not a relative clause (an Australian Labor Party release, 28 March 1998)
        "The second thing we need to do is change what has been an immigration debate into a broad "
        "discussion.",
        # a call after the claim, joined by "and" (Glenis Armstrong, 17 August 2016)
        "She condemned the Minister’s claims that the reports were ‘hype’ and demanded he took "
        "responsibility.",
        # "a difference and we": no noun phrase before the pronoun (Tony Abbott, 12 January 2010)
        "I am advised that the federal parliament does have the potential to make a difference and we "
        "should act.",
        "What has to be done, I suggest, is to reaffirm the importance of the institution.",
        "We remain concerned about Afghanistan as it prepares for elections in 2014, which must be "
        "credible, transparent and inclusive.",
    ],
)
def test_modals_beside_relative_looking_words_still_ask(sentence: str) -> None:
    assert len(demands(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # UN speeches: a subject that begins like a verb, a promise
        "Open societies do not fear change, and in the twenty-first century such openness to reform is "
        "critical to lasting stability and success.",
        "Close union among the nations of Europe is and will remain the response to our history.",
        "Let this be our promise, not only for future generations, but for those we serve today.",
        # page furniture on state.gov
        "Contact ECA-Press@state.gov for press queries.",
        "Learn more at http://www.state.gov/j/tip/ and follow us at @JTIP_State.",
    ],
)
def test_sentences_that_only_begin_like_imperatives_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == ()


def test_an_imperative_with_a_bare_object_stays() -> None:
    (d,) = demands("Free political prisoners and ensure they are not detained again.")
    assert d.kind == "imperative"


def test_a_journalists_question_is_no_demand_but_the_answer_is(corpus: Path) -> None:
    text = (corpus / "press-releases/2017-11-22-bishop-julie-251629365.txt").read_text(encoding="utf-8-sig")
    found = [d.action for d in extract(text).demands]
    assert not [a for a in found if a.startswith("go back to Parliament, that")]  # JOURNALIST: …
    text = "\n".join(
        [
            "QUESTION: So, the President indicated that Americans probably should be prepared for higher "
            "gas prices.",
            "SECRETARY BLINKEN: Russia must withdraw its forces from Ukraine's borders.",
        ]
    )
    (d,) = extract(text).demands
    assert d.action.startswith("withdraw its forces")


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (  # a UN speech: an action as the subject of "is key"
            "Building a global strategy and network against terrorism is key, including in preventing "
            "radicalization and confronting the issues of foreign fighters and terrorist financing.",
            "Building a global strategy",
        ),
        ("It is important in this environment to get back to basics.", "get back to basics"),  # the AMA
        (  # a UN speech
            "The time is now ripe for the entire international community to get behind the pursuit of peace.",
            "get behind the pursuit of peace",
        ),
        ("We cannot, in good conscience, let this violence continue.", "We cannot"),  # a Senate release
        (  # the European Union at the General Debate, 2013: an aside inside "our … responsibility to"
            "It is our common responsibility, shared by all of us present here today, to translate the "
            "positive signs into concrete progress for peace and prosperity.",
            "translate the positive signs",
        ),
        (  # a General Debate speech
            "Our common task is to unite around the United Nations to provide it with the means it needs.",
            "unite around the United Nations",
        ),
        (
            "Countries all over the world came to our aid in 2005 and we now have the moral responsibility "
            "to get aid to Burma as quickly and efficiently as we can.",
            "get aid to Burma",
        ),
        (  # Seychelles at the General Debate, 2009: where the duty is ours between the noun and "to"
            "It is our duty in this Assembly to use the principle of shared responsibility in solving our "
            "global problems.",
            "use the principle",
        ),
        (  # Luxembourg at the General Debate, 1998
            "We owe it to ourselves to put a definitive end to the culture of impunity in connection with "
            "terrorism.",
            "put a definitive end",
        ),
        (  # a Senate release (Kohl): to whom it is owed, then the act
            "We owe it to them to pass this extension so they can have the basic financial resources they "
            "depend on.",
            "pass this extension",
        ),
    ],
)
def test_calls_phrased_as_what_is_key_timely_or_owed(sentence: str, action: str) -> None:
    (d,) = demands(sentence)
    assert d.action.startswith(action)


def test_a_debt_of_thanks_is_no_call() -> None:
    # the Netherlands at the General Debate, 1991: "owe it to him that …" thanks, it asks nothing
    text = (
        "We also owe it to him that the United Nations has come to play a crucial role on the world "
        "scene, as the founding fathers foresaw."
    )
    assert demands(text) == ()


def test_a_treaty_cited_asks_nothing_itself() -> None:
    # an HRW release: the article cited is the voice's argument, the call Human Rights Watch's
    said = "Human Rights Watch said detainees were denied care."
    cited = "Article 91 of the Fourth Geneva Convention requires camps holding civilians to have a doctor."
    assert [d.by for d in extract(f"{said} {cited}").demands] == ["Human Rights Watch"]


def test_the_time_is_ripe_for_someone_asks_them() -> None:
    text = "The time is now ripe for the entire international community to get behind the pursuit of peace."
    (d,) = demands(text)
    assert d.targets == ("International community",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting is essential to their strategy.",
        "Maintaining social networks is necessary for the health and wellbeing of young people.",
        "They bring people directly to Australia rather than going to the place which has the first "
        "responsibility to provide a place of safety.",
    ],
)
def test_what_is_necessary_or_whose_responsibility_it_is_asks_no_one(sentence: str) -> None:
    assert demands(sentence) == ()


def test_clauses_joined_by_and_that_ask_the_same_party_are_one_demand() -> None:
    text = (  # a UN speech: two clauses, no party named in either
        "Now, there must be a strong Security Council resolution to verify that the Al-Assad regime is "
        "keeping its commitments, and there must be consequences if they fail to do so."
    )
    (d,) = demands(text)
    assert text[d.start : d.end].endswith("if they fail to do so")
    assert "consequences" in d.action


def test_clauses_asking_different_parties_stay_apart() -> None:
    text = (  # an HRW release
        "Thai authorities should urgently investigate this killing, and the UN should monitor the inquiry."
    )
    found = [[text[s:e] for s, e in d.target_spans] for d in demands(text)]
    assert found == [["Thai authorities"], ["UN"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's own duties and plans (Australian transcripts and speeches, HRW testimony)
        "I have to wrap up our discussion.",
        "I should mention that this year’s budget included a package worth more than $209 million to "
        "provide additional support to refugees.",
        "If today I am in Arusha and I want to go to Ngorongoro, I must have an ID to enter the place.",
        "Put together they mean this - the creation of a strong economy and just society.",
    ],
)
def test_the_speakers_own_duty_and_participles_are_no_demands(sentence: str) -> None:
    assert demands(sentence) == ()


def test_we_must_still_exhorts() -> None:
    (d,) = demands("We must use our international law-enforcement networks to track down these criminals.")
    assert d.kind == "self_exhortation"


@pytest.mark.parametrize(
    "sentence",
    [
        # UN speeches: a relative clause, a purpose, an action required; a Senate release
        "I know what side of history I want the United States of America to be on.",
        "This challenge requires cooperation and joint action in order to uproot the causes of forced "
        "displacement.",
        "The international community faces many different problems related to peace and security, in "
        "addition to challenges facing the efforts made to solve disputes peacefully.",
    ],
)
def test_call_verbs_whose_object_is_no_one_asked_make_no_call(sentence: str) -> None:
    assert not [d for d in demands(sentence) if d.kind == "call_on"]


def test_a_name_ending_in_ing_is_still_asked() -> None:
    text = "He also called on Beijing to cease its pressure campaign against Taiwan."
    (d,) = demands(text)
    assert [text[s:e] for s, e in d.target_spans] == ["Beijing"]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [  # UN speeches: the voice's own argument, whoever the evidence names
        (
            "The tragedies in Iraq, Libya, Yemen and Syria have proved the need to stop opportunistic "
            "attempts to use extremists as a way to advance geopolitical intentions.",
            "stop opportunistic attempts",
        ),
        (
            "That entails the need to learn to respect one’s partners and respect the cultural and "
            "civilizational diversity of the modern world.",
            "learn to respect",
        ),
    ],
)
def test_evidence_of_a_need_to_act_is_a_call_in_the_voice(sentence: str, action: str) -> None:
    (d,) = extract(sentence, source_name="RUS_71_2016.txt").demands
    assert d.action.startswith(action) and d.by == "Russia"


def test_a_lists_lead_in_is_no_demand_but_its_items_are() -> None:
    text = (  # an HRW letter
        "We urge your government to:\n\nAnnounce concrete steps to extend the Child Grant to all "
        "districts, and increase the monthly payment."
    )
    (d,) = demands(text)
    assert d.action.startswith("Announce concrete steps")


def test_an_aside_between_the_one_asked_and_to_keeps_the_call() -> None:
    # State Department, Ethiopia 2022: the aside's "I have" is no clause of the one asked
    (d,) = demands(
        "We now urge the parties, as my team and I have in recent days, to seize the opportunity to "
        "advance a negotiated ceasefire."
    )
    assert d.targets == ("the parties",)
    assert d.action.startswith("seize the opportunity")


@pytest.mark.parametrize(
    ("text", "asked", "action"),
    [
        # State Department briefings 2022: the aside names or qualifies the parties asked
        (
            "And we’ve urged the parties – the opposition and the Maduro regime – to return to dialogue, "
            "to return to Mexico City.",
            "the parties",
            "return to dialogue",
        ),
        (
            "We continue to encourage our NATO Allies – Greece and Turkey in this case – to work together "
            "to maintain peace and security in the region.",
            "our NATO Allies",
            "work together",
        ),
        # UN General Debate (Micronesia 2023)
        (
            "Micronesia strongly implores all parties to the Paris Agreement — particularly major emitters "
            "from the developed and developing world — to commit, by the twenty-eighth Conference of the "
            "Parties to the United Nations Framework Convention on Climate Change (COP28).",
            "all parties to the Paris Agreement",
            "commit",
        ),
    ],
)
def test_an_aside_in_dashes_between_the_one_asked_and_to_keeps_the_call(
    text: str, asked: str, action: str
) -> None:
    (d,) = [d for d in demands(text) if d.kind == "call_on"]
    assert any(text[s:e] in asked for s, e in d.target_spans), d.target_spans
    assert d.action.startswith(action), d.action


def test_a_mandative_subject_ends_before_an_adverb_of_its_verb() -> None:
    # resolution language: "immediately" belongs to what is demanded, not to who is asked
    (d,) = demands("We demand that all parties immediately cease hostilities.")
    assert d.targets == ("all parties",)


def test_a_need_asked_about_is_no_call_but_one_stated_is() -> None:
    # Brendan O'Connor's interview (2013): "whether we need" weighs a need; "We need" states one
    text = (
        "We provide what we think is the most appropriate form of detention, or indeed whether we need a "
        "form of bridging visa. We need a regional response."
    )
    assert [d.action for d in demands(text)] == ["a regional response"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We cannot dismiss these visions.",  # the United States at the General Debate, 2016
        "Nor can we look to failed models of the past.",  # the same
        # Germany at the General Debate, 2016
        "However, we also cannot allow the conflict to be used by nearby or distant Powers to redraw the "
        "political map of the Middle East.",
        # leaving someone to their fate: Turkey at the General Debate, 2016 and 2013; France, 2013
        "We cannot leave the Iraqi people alone at this critical juncture, when they need us.",
        "In short, we cannot and shall not leave the Syrian people to their fate.",
        "But we cannot leave them to face the terrorist threat alone.",
    ],
)
def test_what_we_cannot_do_or_nor_can_we_do_is_a_call_not_to(sentence: str) -> None:
    (d,) = demands(sentence)
    assert d.targets == ()


def test_what_we_cannot_claim_is_no_call() -> None:
    assert demands("Nor can we claim victory while the killing continues.") == ()


def test_a_time_on_a_date_asks_no_one() -> None:
    # White House proclamation (steel imports, Ukraine): "time on" dates the tariff, no "time for X to"
    text = (
        "(i) on or after 12:01 a.m. eastern standard time on February 8, 2020, these rates of duty, which "
        "are in addition to any other duties, fees, exactions, and charges applicable to such imported "
        "derivative aluminum articles or steel articles, shall apply to imports of derivative aluminum "
        "articles described in Annex I to this proclamation from all countries except Argentina, the "
        "Commonwealth of Australia (Australia), Canada, and the United Mexican States (Mexico)."
    )
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # White House letters to Congress continuing national emergencies: the President's own decision
        "For these reasons, I have determined that it is necessary to continue in effect the national "
        "emergency declared in Executive Order 13338 with respect to Syria.",
        "Therefore, I have determined that it is necessary to continue the national emergency declared in "
        "Executive Order 13664 with respect to South Sudan.",
    ],
)
def test_the_speakers_own_determination_is_not_a_demand(text: str) -> None:
    assert demands(text) == ()


@pytest.mark.parametrize(
    "text, action, target",
    [
        # White House statement (the January 6th anniversary): "That" opens the sentence, no noun
        (
            "Democracy did prevail—and we must all continue the work to protect and preserve it. That "
            "requires people of goodwill and courage to stand up to the hate, the lies, and the extremism "
            "that led to this vicious attack.",
            "stand up to the hate",
            None,
        ),
        # UN General Debate speech (Lao PDR, 2020)
        (
            "Without development, people will remain poor and hungry, as a result peace cannot be "
            "sustained. This requires the international community to actively address the pressing "
            "challenges together.",
            "actively address the pressing challenges",
            "international community",
        ),
    ],
)
def test_a_demonstrative_opening_its_sentence_asks_with_its_verb(
    text: str, action: str, target: str | None
) -> None:
    found = [d for d in demands(text) if action in d.action]
    assert len(found) == 1
    if target is not None:
        assert any(target in text[s:e] for s, e in found[0].target_spans)


def test_a_relative_that_before_requires_still_describes() -> None:
    # HRW release: what a law requires is told, not asked ("that" here is a relative pronoun)
    found = demands(
        "A Michigan law that requires a young person to obtain parental consent to have an abortion "
        "threatens the health and safety of youth in the state and violates their human rights."
    )
    assert not [d for d in found if "parental consent" in d.action]


@pytest.mark.parametrize(
    "text",
    [
        # White House proclamation (aluminum imports from the UK): conditions goods must meet
        "In order to be eligible for in-quota treatment, semi-finished wrought aluminum articles must be "
        "accompanied by a certificate of analysis and must not contain primary aluminum from the People’s "
        "Republic of China, the Russian Federation, or the Republic of Belarus.",
        "Aluminum articles eligible for treatment under clause 1 of this proclamation must be accompanied by "
        "a certificate of analysis in order to receive such treatment.",
        "Eligible semi‑finished wrought aluminum articles must not contain primary aluminum from the "
        "People’s Republic of China, the Russian Federation, or the Republic of Belarus.",
    ],
)
def test_conditions_of_eligibility_are_not_demands(text: str) -> None:
    assert demands(text) == ()


def test_ones_own_purpose_of_qualifying_leaves_the_call() -> None:
    # UN General Debate speech (Antigua and Barbuda, 2016): the speaker's purpose, a call on others
    found = demands(
        "However, for us to qualify for soft loans, the international financial institutions and donor "
        "Governments must stop using per capita income as a criterion."
    )
    assert len(found) == 1


def test_the_eligible_asked_with_should_are_still_asked() -> None:
    # White House press briefing (COVID-19 boosters): "should" asks the eligible
    found = demands(
        "So , our message is clear: All eligible individuals should get their booster shot right away."
    )
    assert len(found) == 1
