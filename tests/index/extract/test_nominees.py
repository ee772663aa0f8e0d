"""A senator's "the nominee" is the one person the statement introduces as nominated; with no one
introduced so, or two, it stays no one's."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# Sen. Boxer, 8 Nov 2007, on the Mukasey nomination (the scrape lost its apostrophes)
BOXER = (
    "Mr. President, I rise today to express my opposition to the nomination of Judge Michael Mukasey to "
    "be our next Attorney General.   I thank Chairman Leahy and his committee for working hard to "
    "examine the nominees record and help us provide the advice and consent required by our "
    "Constitution.    Its not enough to hope that the nominee will exercise independent judgment and "
    "stand up to this President and Vice President.    During his confirmation hearing, the nominee was "
    "asked whether waterboarding is illegal."
)


def named(text: str, surface: str) -> list[str]:
    ex = extract(text, source_name="8Nov2007Boxer34.txt")
    return [a.name for a in ex.actors for s, e in a.mentions if text[s:e] == surface]


def test_the_nominee_is_the_person_whose_nomination_the_statement_opposes() -> None:
    assert named(BOXER, "the nominee") == ["Michael Mukasey", "Michael Mukasey"]


def test_a_scraped_possessive_nominees_is_that_person_too() -> None:
    assert named(BOXER, "the nominees") == ["Michael Mukasey"]


def test_a_nominee_set_off_after_the_name_is_introduced_so() -> None:
    # Sen. Menendez, 11 Jan 2007
    text = (
        "Menendez today placed a second hold on Richard Hoagland, the Bush administration's nominee to be "
        "U.S. Ambassador to Armenia. Menendez said the nominee has not answered his questions."
    )
    assert named(text, "the nominee") == ["Richard Hoagland"]


def test_no_nominee_introduced_leaves_the_noun_alone() -> None:
    text = (
        "During his confirmation hearing, the nominee was asked whether waterboarding is illegal. "
        "Judge Michael Mukasey responded that he did not know."
    )
    assert named(text, "the nominee") == []


def test_the_office_a_nominee_is_put_forward_for_is_no_person() -> None:
    assert named(BOXER, "Attorney General") == []
