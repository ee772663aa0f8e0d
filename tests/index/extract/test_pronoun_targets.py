"""'He must…', 'They should…' after a sentence about someone press that someone (real releases,
shortened); a pronoun whose sentence before opens with someone else is left unresolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract

# Senator Catryna Bilyk's release of 26 May 2015 (press-releases corpus).
BILYK = """Senator Catryna Bilyk said that the Department of Immigration and Border Protection had today \
failed to clearly explain why thousands of letters of support addressed to asylum seekers at the Nauru \
Offshore Processing Centre had failed to be delivered.

Senator Bilyk called on the Minister for Immigration, Peter Dutton, to investigate the Department’s \
failure to deliver the letters.

“Minister Dutton must explain why offshore detainees are being denied the right to communicate with the \
outside world,” Senator Bilyk said. “He must confirm or deny Mr Burnside’s claim that this is a \
calculated attempt to ‘break the spirit’ of the detainees.”
"""

# Human Rights Watch, 18 July 2024 (hrw-news corpus): "They" after the authorities' sentence.
IRAN = """“Iranian authorities have demonstrated their disregard for minority and women's rights through \
the brutal repression of protests and arrests and mistreatment of women’s activists,” Naghshbandi said. \
“They should release Sharifeh Mohammadi without delay.”
"""

# Human Rights Watch, 14 May 2024 (hrw-news corpus): the subject is not the government named in it.
ARMS = """Governments that continue to provide arms to the Israeli government risk complicity in war \
crimes. They should also use their leverage, including through targeted sanctions, to press the Israeli \
government to end its unlawful attacks.
"""


def _targets(text: str, action: str) -> tuple[str, ...]:
    (d,) = [d for d in extract(text).demands if d.action.startswith(action)]
    return d.targets


def test_he_after_a_sentence_pressing_a_minister_is_that_minister() -> None:
    assert _targets(BILYK, "confirm or deny") == ("Peter Dutton",)


def test_they_after_a_sentence_about_authorities_is_their_government() -> None:
    assert _targets(IRAN, "release Sharifeh Mohammadi") == ("Government of Iran",)


def test_they_is_not_a_body_named_inside_the_sentence_before() -> None:
    assert "Government of Israel" not in _targets(ARMS, "use their leverage")


# Jason Clare's release of 21 June 2012 (press-releases corpus), shortened: no comma closes the condition.
CLARE = """Mr Clare said it was time the Opposition stopped voting no to offshore processing.

“If Mr Abbott is serious about stopping the boats he must stop saying no and pass our legislation to \
allow asylum seekers to be processed offshore in Malaysia and Nauru,” Mr Clare said.
"""

# Senator Andrew Bartlett's release of 19 August 2004 (press-releases corpus), shortened.
BARTLETT = """SENATOR ANDREW BARTLETT LEADER OF THE AUSTRALIAN DEMOCRATS

“If John Howard is serious about protecting democracy and allowing the Australian public to determine \
his fate at the polling booths, he should remove the gag on public servants and allow the truth to \
emerge,” Democrats Leader Senator Andrew Bartlett said.
"""


def test_he_after_an_if_clause_is_the_one_the_condition_names() -> None:
    assert _targets(CLARE, "stop saying no") == ("Abbott",)
    assert _targets(BARTLETT, "remove the gag") == ("John Howard",)


def test_we_in_the_condition_names_no_one_pressed() -> None:
    text = "“If we are serious about protecting children, they must be released from detention,” she said.\n"
    assert _targets(text, "they must be released") == ()


# Chris Bowen and Jason Clare's release of 21 June 2012 (press-releases corpus), shortened.
BOWEN = """“Mr Abbott and Mr Morrison are quite happy to score cheap political points wherever they can, but \
their destructive negativity means people continue to risk their lives on dangerous boats,” Mr Bowen said.

“They need to reverse their position on offshore processing legislation, stop saying no and put the \
national interest ahead of their personal political interest.”
"""


def test_they_after_two_people_named_together_is_both() -> None:
    assert set(_targets(BOWEN, "reverse their position")) == {"Abbott", "Morrison"}


def test_a_nickname_quoted_after_the_letterhead_is_no_staff_and_can_be_pressed(corpus: Path) -> None:
    # "SENATOR ANDREW BARTLETT LEADER OF THE AUSTRALIAN DEMOCRATS 'Teflon John' Owes Australian Public
    # the Truth … If John Howard is serious about protecting democracy …, he should remove the gag…"
    name = "2004-08-19-australian-democrats-211270148.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert _targets(text, "remove the gag") == ("John Howard",)


def test_a_call_names_whom_it_asks_even_by_a_pronoun_or_everyone() -> None:
    # UN General Assembly, Jordan 2013 and Russia 2016: the asked are "them" (parties the speech
    # named as peoples, no body to resolve to) and "everyone", as a reader marks them
    text = (
        "Palestinians and Israelis have resumed negotiations. We urge them to stay committed to "
        "reaching an agreement within the established time frame. We invite everyone to take part "
        "in the nineteenth World Festival of Youth and Students in Sochi in October 2017."
    )
    assert [d.targets for d in extract(text).demands] == [("them",), ("everyone",)]


def test_a_call_told_on_them_names_no_one() -> None:
    # Labor, 2004: "them" of a call told in an indirect question is no target of the statement
    text = (
        "John Howard has to explain how cracking down on people smugglers, how zero tolerance for "
        "people smugglers can encourage them to come here."
    )
    assert all("them" not in d.targets for d in extract(text).demands)


# Human Rights Watch recommendations (hrw-news corpus, 2024, shortened): a pronoun opening the
# sentence after a call goes on with it, a state too.
CARRIED = [
    (
        "As part of its commitment to the right to education, Uganda should make at least one year of "
        "pre-primary education compulsory and free for all children. Over time, it should make additional "
        "years of pre-primary education free for all children.",
        "make additional years",
        ("Uganda",),
    ),
    (
        "At the upcoming Human Rights Council session, countries from all regions should issue a joint "
        "statement asking the UN High Commissioner for an update on Xinjiang. Ultimately, they should take "
        "long-overdue action to open a China-specific inquiry.",
        "take long-overdue",
        ("countries from all regions",),
    ),
    # HRW, Australia 2024: "so it" in the same sentence
    (
        "“Australia has taken action against its own soldiers who have committed serious violations, "
        "so it certainly shouldn’t deploy with soldiers from other countries responsible for abuses,” "
        "Gavshon said.",
        "shouldn’t deploy",
        ("Australia",),
    ),
]


@pytest.mark.parametrize(("text", "action", "asked"), CARRIED)
def test_a_pronoun_going_on_with_the_call_before_asks_whom_it_asked(
    text: str, action: str, asked: tuple[str, ...]
) -> None:
    assert _targets(text, action) == asked


def test_a_pronoun_after_a_sentence_with_no_call_or_after_a_clause_is_not_carried() -> None:
    # HRW, 2024: the sentence before asks nothing; a clause opens the pronoun's sentence
    text = (
        "One of the main issues will be the new global climate finance goal that governments are expected "
        "to set at COP29. As countries negotiate new finance goals, they should commit to ending all forms "
        "of support for oil, gas, and coal developments."
    )
    assert _targets(text, "commit") == ()
    assert _targets(ARMS, "use their leverage") == ()
