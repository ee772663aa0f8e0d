"""Demands in sentences from documents nobody annotated, one genre after another: what a reader
would mark and what a call verb, a modal or a hedge only seems to ask."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


def asks(text: str) -> list[str]:
    """The sentences holding a demand, `text` after a first line."""
    return [d.sentence for d in extract(LEAD + text).demands]


@pytest.mark.parametrize(
    "sentence",
    [
        # a call verb used as a noun (State Department readouts and remarks)
        "We look forward to strengthening this partnership and to deepening our cooperation on our "
        "shared interests and challenges for many more years to come.",
        "In the Sahel, challenges in peace to security often stem from the same place, a lack of "
        "economic opportunity.",
        "It outlines specific challenges and concerns raised by autonomous weapons systems, and "
        "elaborates on ways to address these challenges and concerns through a legally binding instrument.",
        # a name holding a call verb, with its own verb after it
        "Nepal’s decision to move forward with the Millenium Challenge Corporation (MCC) would allow the "
        "electricity transmission and roads project to create jobs.",
        # a need or a request told in the past (Human Rights Watch testimony)
        "After a week of detention he was released and needed surgery to treat hemorrhoids.",
        "The Israeli authorities have allowed only 35 percent of nearly 14,000 people who requested "
        "medical evacuations to leave Gaza.",
        # orders to one person in a witness's story
        "When he asked a soldier to loosen his cuffs, he was beaten.",
        "They asked my son to chant ‘Jai Shri Ram,’ and when he refused, they started beating him.",
        "The soldiers ordered them not to eat it, took photographs, then took the food away.",
        # instructions someone else gave, told (Stone 2009, Smith 2012 transcripts)
        "At the same time, we are told Mr Rudd has directed his officials to develop a new people "
        "smuggler strategy.",
        "STEPHEN SMITH: Well, the Howard Government instructed the Navy to turn back the boats in a "
        "limited number of occasions during a limited period between effectively 2001 and 2003.",
    ],
)
def test_call_verbs_that_ask_no_one_here_make_no_demand(sentence: str) -> None:
    assert asks(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("We challenge the Taliban to reopen girls’ schools.", "Taliban"),
        (
            "We urge other donors to generously support the urgent humanitarian needs of Burma.",
            "other donors",
        ),
        ("Globalization needs credible rules to make it stable and fair.", None),
        (
            "Ambassador Thomas-Greenfield stressed the need for Syrian authorities to provide unhindered "
            "humanitarian access.",
            "Syrian authorities",
        ),
    ],
)
def test_calls_on_someone_stay_calls(sentence: str, target: str | None) -> None:
    text = LEAD + sentence
    (d,) = extract(text).demands
    if target:
        assert any(target in text[s:e] for s, e in d.target_spans)


@pytest.mark.parametrize(
    "sentence",
    [
        # what a programme or a remedy is for (Australian releases)
        "The Statement includes a wider range of options to encourage employers to train and employ "
        "young people.",
        "The review is designed to encourage countries to comply with their international human rights "
        "obligations.",
        "A writ of habeas corpus is available to challenge the lawfulness of the detention.",
        # someone's role described (releases on an appointee and an award, 2003 and 2001)
        "Her role is to encourage young people to take on new challenges and to get involved in their "
        "community, to learn new skills and be an active citizen.",
        "His mission is to encourage people to find common ground.",
        # what the speaker wants people to know (State Department remarks, a UN speech)
        "So I want you to know that we’re listening and we’re acting on what we’re hearing.",
        "I want everybody to understand, I am not neutral in that contest.",
        # a notice's logistics, and a future described
        "Media who plan to cover in person must RSVP to the press office by 12:00 p.m. on Tuesday.",
        "Applicants are encouraged to apply early.",
        "We are building the future where every Australian can expect a fair go and every Australian is "
        "encouraged to have a go.",
        # a press conference's handover (not "I challenge him to say that he will not…")
        "I’m now going to ask Barnaby and my other colleagues to say a few words.",
        "I am going to ask Ronno and Stu to speak briefly and obviously we will take some questions.",
        # a Senate release: money asked for, and a court's name
        "The administration requests these funds for the deployment of radiation detection equipment "
        "and the training of personnel at four ports to deter the trafficking of nuclear materials.",
        "President Bush has now submitted three nominees to the United States Court of Appeals for the "
        "Fifth Circuit.",
        # what has become impossible, or what the speaker cannot pay for
        "Under the new law, lawyers can no longer work individually or open law firms.",
        "That information can no longer be accessed and KPMG have been engaged.",
        "“We can’t afford to pay a relative’s expenses each time,” she said.",
        "I trust this will provide a unique opportunity for many Australians to contribute their ideas.",
        "I trust that Morocco will do it faster than we did.",
    ],
)
def test_descriptions_handovers_and_inabilities_are_no_demands(sentence: str) -> None:
    assert asks(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind", "target"),
    [
        # a senator's hedged call on his own chamber
        ("Congress can no longer sit on the sidelines.", "obligation", "Congress"),
        ("We can no longer wait for existing efforts to improve.", "self_exhortation", None),
        # a UN speech's passive prohibition
        ("The use of chemical weapons cannot be allowed to go unpunished.", "passive", None),
        # a senator's mandative and wish, advice
        (
            "To ensure Sunni support, it is imperative that Iraqis also agree to an oil revenue formula.",
            "call_on",
            "Iraqis",
        ),
        ("We would like to see the Saudis fund a major jobs creation program in Iraq.", "call_on", "Saudis"),
        ("The Government would do well to listen to the families.", "obligation", "Government"),
        ("It is high time that the Council acted on these reports.", "call_for", "Council"),
        # a UN speech's passive call, a senator's duty
        (
            "The international community is called upon to shoulder its responsibilities.",
            "call_on",
            "international community",
        ),
        (
            "It is our responsibility to arm our law enforcement agencies with criminal statutes.",
            "self_exhortation",
            None,
        ),
        # an opposition spokesman's "it is time the Government…"
        (
            "It is time the Turnbull Government addressed its own failure in finding a durable, third "
            "country resettlement arrangement.",
            "call_for",
            "Turnbull Government",
        ),
        # …and with a name for its subject (Plibersek 2016, Hanson-Young 2012, Rudd 2007)
        (
            "It is time Peter Dutton started doing his job and finding a permanent resettlement "
            "option for these people left in limbo.",
            "call_for",
            "Peter Dutton",
        ),
        (
            "No other signatory to the UN Refugee Convention does this, and it's time Australia "
            "stopped this inhumane and expensive practice.",
            "call_for",
            "Australia",
        ),
        ("RUDD: Can I say that it’s time Mr Howard clarified the date.", "call_for", "Mr Howard"),
        # …with an irregular past, an aside, or "that" and a present (Nettle 2004, Labor 2006 and 2007)
        ("Its  time the government caught up.", "call_for", "government"),
        (
            "It’s a constitutional obligation on the Commonwealth and it’s time this Commonwealth "
            "Government, after 10 years, took it seriously.",
            "call_for",
            "Commonwealth Government",
        ),
        (
            "As a number of international experts have argued, it is time that the international "
            "community prevents atrocities from occurring rather than enlisting international law to "
            "prosecute those who perpetrate crimes against humanity.",
            "call_for",
            "international community",
        ),
    ],
)
def test_hedged_calls_in_speeches_are_demands(sentence: str, kind: str, target: str | None) -> None:
    text = LEAD + sentence
    (d,) = extract(text).demands
    assert d.kind == kind
    if target is None:
        assert d.target_spans == ()
    else:
        assert any(target in text[s:e] for s, e in d.target_spans)
