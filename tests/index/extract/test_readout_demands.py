"""Demands in State Department and White House readouts and joint statements: the speaker reported
as stressing a need or encouraging an act ("The Secretary encouraged continued dialogue"), and
what such pages only report ("discussed the importance of…", "highlighted the importance of the
partnership"). Sentences from unannotated pages of ../shared/corpus/us-state-dept and the White House."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.models import Demand

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # "affirm" the need, as a joint statement's "we" (Canada-Mexico-United States)
        (
            "We affirm the need to ensure accountability in relevant national and international courts "
            "for crimes committed, without exceptions.",
            "ensure accountability",
        ),
        # a participle: "in emphasizing", "while underscoring"
        (
            "We join the people of Ukraine in emphasizing the importance of transparently appointing a "
            "highly qualified and truly independent successor as prosecutor general.",
            "transparently appointing",
        ),
        # the importance of respect for something asks that it be respected (a press briefing)
        (
            "With legislative elections scheduled for the end of the year, we continue to stress the "
            "importance of respect for the separation of powers and an inclusive and transparent "
            "electoral law.",
            "respect for the separation of powers",
        ),
        # a readout's speaker encouraging an act
        (
            "The Secretary encouraged continued bilateral dialogue and hailed the recent meeting between "
            "the Armenian and Azerbaijani Foreign Ministers in Tbilisi.",
            "continued bilateral dialogue",
        ),
    ],
)
def test_reported_insistence_and_encouragement_are_demands(sentence: str, action: str) -> None:
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert demands[0].action.startswith(action)


def test_a_participles_demand_is_the_voices_not_the_people_joined() -> None:
    text = (
        "Ukraine: Statement by the Department\n\nWe join the people of Ukraine in emphasizing the "
        "importance of transparently appointing a truly independent successor as prosecutor general."
    )
    (demand,) = extract(text).demands
    assert "Ukrain" not in (demand.by or "")


@pytest.mark.parametrize(
    "sentence",
    [
        # a value named, not an act asked for
        "The Secretary highlighted the importance of the strong partnership with Qatar and thanked the "
        "Foreign Minister for Qatar’s role in advancing peace and security in the region.",
        "Secretary Blinken and Foreign Minister Çavuşoğlu discussed the importance of cooperation between "
        "the United States and Turkey, including our shared interests in Syria and Afghanistan.",
        # an encouragement told of what something did, with no voice making it
        "The reforms have encouraged progress on protecting human rights across the region.",
    ],
)
def test_values_and_effects_reported_are_no_demands(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # notices whose subject begins with a verb form: "Press coverage", "Contact information"
        "Press coverage of Secretary Blinken’s May 21 remarks will be open to pre-registered media.",
        "Contact information can be obtained on the website of the respective embassy or consulate.",
    ],
)
def test_a_notices_subject_is_no_imperative(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause after the verb, with its own auxiliary (HRW recommendations, remarks)
        "Ensure investigations are carried out promptly and impartially.",
        "Release political prisoners now, they have suffered enough.",
        "Tell us what your needs are.",
    ],
)
def test_imperatives_with_a_clause_of_their_own_stay(sentence: str) -> None:
    assert [d.kind for d in extract(LEAD + sentence).demands] == ["imperative"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a fact sheet's list of what its subject will do (White House)
        "The Biden-Harris Administration will: - Expand and strengthen parity.",
        "President Biden’s Executive Order will: - Address discrimination and barriers faced by LGBTQI+ "
        "youth, parents, caretakers, and families in foster care.",
    ],
)
def test_a_pledge_lists_items_are_no_imperatives(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


def test_a_list_of_calls_after_its_lead_in_stays() -> None:
    demands = extract(LEAD + "Governments should: - Release all political prisoners.").demands
    assert [d.action for d in demands] == ["Release all political prisoners"]


@pytest.mark.parametrize(
    "sentence",
    [
        # remarks and briefings: the speaker behind a contraction (Summit for Democracy roundtable)
        "Third, I’ve instructed our embassies in every one of the countries that participated in the "
        "summit to make it a part of their job to help drive progress on the commitments.",
        "MR PRICE: We’ve called for an immediate de-escalation in northern Syria.",
    ],
)
def test_a_contracted_we_or_i_is_the_voice(sentence: str) -> None:
    text = "Department Press Briefing\n\nU.S. Department of State\n\n" + sentence
    (demand,) = extract(text).demands
    assert demand.by in (None, extract(text).issuer)


def test_whose_needs_ask_no_one_but_a_request_of_someone_does() -> None:
    # a proclamation (White House): one demand, "we address…", not a second on "returning citizens"
    text = (
        LEAD + "It is also vital that we address both the root causes of crime and the underlying needs "
        "of returning citizens using resources devoted to prevention, diversion, reentry, and social support."
    )
    assert len(extract(text).demands) == 1
    # a reported request (Secretary Blinken's interview with CNN en Español)
    text = (
        LEAD + "It’s of concern to every country in the region, as reflected in the work of the "
        "Organization of American States that made very clear requests of Nicaragua to put in place the "
        "processes and mechanisms necessary for free and fair elections."
    )
    assert [d.targets for d in extract(text).demands] == [("Nicaragua",)]


def test_a_need_two_sides_discussed_is_the_readouts_call() -> None:
    # State Department readouts, 2021: "discussed the need to…" asks; "discussed the importance
    # of cooperation…" names a topic talked over
    text = (
        "Office of the Spokesperson\n\nSecretary of State Antony J. Blinken spoke with UN Special "
        "Coordinator Tor Wennesland today. The Secretary and Special Coordinator also discussed the need "
        "to prevent the cycle of violence from recurring. They discussed the importance of cooperation "
        "between the United Nations and the United States."
    )
    (d,) = extract(text, issuer_hint="U.S. Department of State").demands
    assert d.action == "prevent the cycle of violence from recurring"
    assert "Wennesland" not in (d.by or "") and "Coordinator" not in (d.by or "")


def test_a_need_emphasized_in_the_present_is_called_for() -> None:
    # UN General Debate, Lebanon 2016
    (d,) = extract(
        "Lebanon emphasizes the need to reactivate and revitalize the role of the General Assembly."
    ).demands
    assert d.action.startswith("reactivate and revitalize")


def test_a_need_stressed_again_is_called_for() -> None:
    # UN General Debate, Syria 2016: adverbs between the verb and "the need"
    (d,) = extract(
        "We have stressed time and again the need to compel Israel to join the Treaty on the "
        "Non-Proliferation of Nuclear Weapons."
    ).demands
    assert d.action.startswith("compel Israel to join")


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # State Department, on Tigray (2022): the act named by its noun, after adjectives in a list
        (
            "We reiterate the importance of significant, sustained, unconditional, and unhindered "
            "humanitarian access to Tigray.",
            "significant, sustained",
        ),
        # a readout with Libya's interim Prime Minister (2021)
        (
            "The Secretary and interim Prime Minister also emphasized the importance of full "
            "implementation of the October 23, 2020 ceasefire agreement.",
            "full implementation",
        ),
        # Senator Feingold's release (2006): a readout's act named by its verb
        (
            "During each of his meetings with Thai officials, Feingold discussed the importance of "
            "returning 27 Hmong minors to their families in Thailand.",
            "returning 27 Hmong minors",
        ),
    ],
)
def test_the_importance_of_an_act_stressed_is_a_call_for_it(sentence: str, action: str) -> None:
    (demand,) = extract(LEAD + sentence).demands
    assert demand.action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        # things valued and bonds (State Department readouts, 2021-2022)
        "Deputy Secretary Sherman and Foreign Minister Chung emphasized the importance of the U.S.-ROK "
        "Alliance.",
        "The Secretary underscored the importance of the OIC’s role as a valued partner in deescalating "
        "conflicts.",
        "The Deputy Secretary and vice foreign ministers reaffirmed the importance of trilateral "
        "cooperation between the United States, the ROK, and Japan in tackling pressing challenges.",
        "The Deputy Secretary underscored the importance of European energy security, reiterating the "
        "U.S. commitment to Ukraine.",
        # what both sides of a meeting discussed: a topic they went over, asking no one (State
        # Department readouts and joint statements, 2021-2022)
        "They also discussed the importance of cooperating on a joint approach to the People’s Republic "
        "of China.",
        "Participants discussed the importance of engaging with the private sector to increase trade and "
        "investment with Africa in pursuit of inclusive economic development.",
        "Noting the effects of the COVID-19 pandemic on economies in the region, officials discussed the "
        "importance of spurring economic growth as a response to the pandemic.",
        "The Secretary and the Foreign Minister also discussed the importance of advancing towards a "
        "reality where Israelis and Palestinians alike can enjoy equal measures of security.",
    ],
)
def test_the_importance_of_a_thing_valued_or_of_what_both_sides_discussed_is_no_call(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


STATE_URL = "https://www.state.gov/secretary-blinkens-meeting/"


def readout_demands(text: str) -> tuple[Demand, ...]:
    """The demands found in a State Department readout whose body is `text`."""
    return extract("Readout\n\nOffice of the Spokesperson\n\n" + text, source_url=STATE_URL).demands


@pytest.mark.parametrize(
    "text",
    [
        # the sides named together, one of them the Department's own (State Department readouts,
        # 2021-2022): the Holy See's officials, President Putin
        "Secretary of State Antony J. Blinken met today with Holy See Secretary of State Cardinal Pietro "
        "Parolin in Vatican City. The Secretary, the Cardinal, and the Archbishop discussed global issues "
        # (its "They underscored the importance of…" is no call: the call is another readout's)
        "including migration. They urged an immediate cessation of hostilities.",
        "Special Presidential Envoy for Climate John Kerry had a phone call on July 14 with Russian "
        "President Vladimir Putin. President Putin concurred about the need to redouble international "
        "climate efforts. Recognizing recent extreme weather events, as well as the urgency to act, "
        "Special Presidential Envoy Kerry and President Putin discussed a range of climate issues. They "
        "also called for urgent implementation of the ASEAN Five Point Consensus.",
        # the Department's official meeting someone, "They" sentences and one naming no actor between
        # (a joint press release of the Department and the EEAS, 2022)
        "On April 21 and 22, United States Deputy Secretary of State Wendy Sherman met European External "
        "Action Service Secretary General Stefano Sannino in Brussels. They condemned the continual "
        "shelling of civilians by Russian armed forces. These horrific actions show the true face of the "
        "war. In this context, they highlighted the need to address the negative impact of Russia’s "
        "invasion on global food security.",
    ],
)
def test_a_readouts_they_is_both_sides_of_the_meeting_whose_calls_are_the_departments(text: str) -> None:
    assert [d.by for d in readout_demands(text)] == ["U.S. Department of State"]


def test_a_they_after_a_subject_of_one_other_side_is_not_the_departments() -> None:
    # "They" after a foreign minister alone is not read as the meeting's sides
    text = (
        "Readout\n\nOffice of the Spokesperson\n\nThe Secretary met the Foreign Minister. The Kenyan "
        "and Ugandan governments have agreed to hold talks. They called on the parties to respect the "
        "ceasefire."
    )
    (demand,) = extract(text, source_url=STATE_URL).demands
    assert demand.by != "U.S. Department of State"


def test_a_need_both_sides_stressed_is_the_departments_not_the_last_one_named() -> None:
    # the Secretary and his guest named together before "stressed that" (a State Department
    # readout, 2021): the call is the Department's, not the Foreign Minister's
    text = (
        "Readout\n\nOffice of the Spokesperson\n\nSecretary of State Antony J. Blinken met with Chilean "
        "Foreign Minister Andres Allamand in Washington, D.C. The Secretary and the Foreign Minister also "
        "stressed that bilateral and regional cooperation is essential to addressing the Hemisphere’s "
        "shared challenges and promoting democracy in the region."
    )
    assert [d.by for d in extract(text, source_url=STATE_URL).demands] == ["U.S. Department of State"]


def test_what_both_sides_call_for_is_the_departments_not_an_actor_named_both_sides() -> None:
    # "Both sides" names no actor; the sides' joint call is the statement's (the Seventh
    # U.S.-Thailand Strategic Dialogue, 2021, its "importance of cooperation" made a need: the
    # importance the sides stress is no call)
    text = (
        "Readout\n\nOffice of the Spokesperson\n\nSenior delegations representing the United States and "
        "Thailand met virtually on May 21, 2021. The United States reiterated its commitment to the people "
        "of Thailand in our fight against COVID-19. Both sides highlighted the need for cooperation in "
        "regional forums including the Asia-Pacific Economic Cooperation (APEC) forum, ASEAN, and the "
        "Mekong-U.S. Partnership."
    )
    assert [d.by for d in extract(text, source_url=STATE_URL).demands] == ["U.S. Department of State"]


WH_URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/07/16/joint-statement/"


@pytest.mark.parametrize(
    "text",
    [
        # a White House joint statement (President Biden and King Abdullah II, 2022): "The two leaders"
        "President Joseph R. Biden, Jr. and His Majesty King Abdullah II met today in Jeddah.\n"
        "President Biden and King Abdullah II stressed the need to find a political solution to the Syrian "
        "crisis, consistent with United Nations Security Council Resolution 2254 (2015). President Biden "
        "expressed appreciation for Jordan’s hosting of Syrian refugees. His Majesty thanked the President "
        "for continued U.S. support to help Jordan in its efforts to meet the needs of refugees. The two "
        "leaders urged sufficient international support to refugees and host countries.",
        # the Jeddah Communique (White House, 2022): a section heading run into the count of the sides
        "Jeddah, Saudi Arabia\nThe two sides expressed their full support for the Libyan ceasefire agreement "
        "concluded on October 23, 2020 and the Libyan call for the complete departure of foreign forces, "
        "foreign fighters, and mercenaries without further delay, in accordance with United Nations Security "
        "Council Resolution 2570 (2021).\nAfghanistan\nThe two sides stressed the need to support "
        "Afghanistan’s security and to address the threat posed by Afghanistan-based terrorists.",
    ],
)
def test_what_the_two_sides_counted_call_for_is_the_publishers(text: str) -> None:
    # the count of a meeting's two sides is no actor, and their joint call is the publisher's
    # (README, White House conventions), not "Two leaders" nor the last country named
    result = extract(text, source_url=WH_URL, issuer_hint="The White House")
    called = [d for d in result.demands if "support" in d.sentence and "two" in d.sentence]
    assert called
    assert {d.by for d in called} == {result.issuer}


@pytest.mark.parametrize(
    "text",
    [
        # State Department readouts and joint statements, 2021-2022: what the meeting's sides value
        "Secretary of State Antony J. Blinken met today with Holy See Secretary of State Cardinal Pietro "
        "Parolin in Vatican City. The Secretary, the Cardinal, and the Archbishop discussed global issues "
        "including migration. They underscored the importance of addressing the challenges in Syria and "
        "Lebanon, as well as Ethiopia and Belarus.",
        "The United States and Bangladesh held the High-Level Economic Consultation in Dhaka. Both sides "
        "emphasized the importance of delivering on and strengthening existing commitments in the lead-up "
        "to COP 27.",
        "The United States and Spain held the Working Group on Central America in Madrid. Both countries "
        "also agreed on the importance of supporting human rights defenders, journalists, and people in "
        "vulnerable situations.",
        # an act named by its noun, after "They welcomed …"
        "On April 21 and 22, United States Deputy Secretary of State Wendy Sherman met European External "
        "Action Service Secretary General Stefano Sannino in Brussels. They welcomed the inaugural meeting "
        "of the U.S.-EU High-Level Dialogue on Russia on March 30 and stressed the importance of continued "
        "coordination on the provision of security assistance to Ukraine.",
    ],
)
def test_the_importance_that_a_readouts_they_or_both_sides_stressed_is_no_call(text: str) -> None:
    assert readout_demands(text) == ()


def test_over_emphasising_the_importance_of_something_is_no_call() -> None:
    # an Australian press release (1981): a caution against stressing it
    assert (
        extract(LEAD + "It is possible to over-emphasise the importance of will and commitment.").demands
        == ()
    )


def test_a_readouts_they_is_both_sides_past_a_long_run_of_they_sentences() -> None:
    # a joint press release of the Department and the EEAS (2022): the sides are named more than
    # 1,500 characters before the "they" of the need, past sentences going on with "They" (its
    # "They … stressed the importance of continued coordination" makes no call to carry the sides)
    text = (
        "On April 21 and 22, United States Deputy Secretary of State Wendy Sherman met European External "
        "Action Service Secretary General Stefano Sannino in Brussels to once again underscore the unique"
        " strength of the U.S.-EU strategic partnership. They reaffirmed the joint transatlantic resolve "
        "in standing up for and defending freedom, democracy, and human rights, and to use all tools "
        "available in the Transatlantic relationship to take further coordinated action to tackle the "
        "current global challenges. They commended the exceptional display of transatlantic unity and "
        "U.S.-EU coordination in response to Russia’s unprovoked military aggression against Ukraine, "
        "including on sanctions and export controls. They condemned in the strongest possible terms the "
        "reported atrocities committed by the Russian armed forces in a number of now liberated Ukrainian"
        " towns, during the period when Russia had effective control of the area. Likewise, the U.S. and "
        "the EU condemned the continual shelling of civilians and civilian infrastructure by Russian "
        "armed forces. These horrific actions show the true face of the brutal war of aggression Russia "
        "is waging against Ukraine and its people. There can be no impunity for war crimes. They plan to "
        "coordinate their activities with the objective of ensuring the perpetrators are held to account."
        " They welcomed the inaugural meeting of the U.S.-EU High-Level Dialogue on Russia on March 30 "
        "and stressed the importance of continued coordination on the provision of security assistance to"
        " Ukraine and the implementation and enforcement of sanctions targeting Russia and Belarus, "
        "together with other like-minded partners. They discussed coordinating global outreach efforts to"
        " maintain a broad-based international coalition of support for Ukraine, in the face of Russia’s "
        "aggression. They discussed further efforts to increase humanitarian support and initiatives to "
        "provide coordinated political, financial, material and humanitarian support to the government "
        "and people of Ukraine. They also took stock of U.S. and EU efforts to counter the Kremlin and "
        "Beijing’s propaganda and disinformation program. They stressed continued U.S.-EU cooperation in "
        "favor of long-term sustainable peace, enhanced resilience, sovereignty, territorial integrity, "
        "and stability in the wider region, including in the South Caucasus and Central Asia. They also "
        "discussed the global economic disruptions caused by the Russia’s war of aggression, underlining "
        "that Russia bears full responsibility for the global negative impact of the war it is waging "
        "against Ukraine. In this context, they highlighted the need to address the negative impact of "
        "Russia’s invasion on global food security through a coordinated effort, in close cooperation "
        "with international bodies."
    )
    assert [d.by for d in readout_demands(text)][-1] == "U.S. Department of State"


def test_the_importance_of_someone_having_a_thing_is_no_call_on_him() -> None:
    # a Senate release (2006): a state of affairs valued, not an act asked of America
    text = (
        "Prime Minister Berlusconi's address today underscores the importance of America having a strong "
        "working relationship with its allies."
    )
    assert extract(LEAD + text).demands == ()
