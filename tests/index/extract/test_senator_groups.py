"""A group of senators a Senate release names by a count or "group of", and "the Senators" after
it: one legislature actor, whose calls stay the release's senator's; "the senators" of a release
that names only two senators by name stay unmarked (dev's Dewine488)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

LETTER = (
    "Sens. Russ Feingold (D-WI), Sam Brownback (R-KS), and Dick Durbin (D-IL), are leading a bipartisan "
    "group of Senators in asking the President to provide information on his Administration's preparations "
    "for more aggressive measures to protect the people of Darfur. In their letter to President Bush, the "
    "Senators request specifics of his Administration's contingency plan."
)


def legislatures(text: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "legislature"
    }


def test_a_group_of_senators_and_the_senators_are_one_legislature() -> None:
    # Senate release, Feingold, 2007
    assert legislatures(LETTER) == {
        "Bipartisan group of Senators": ["a bipartisan group of Senators", "the Senators"]
    }


def test_a_counted_group_of_other_women_senators() -> None:
    # Senate release, Clinton, 2005
    text = (
        "With the deadline for the Iraqi National Assembly to approve a draft constitution fast approaching, "
        "Senator Clinton and 10 other women Senators sent a letter today to President Bush urging him to "
        "support the provisions contained under the draft law."
    )
    assert legislatures(text)["Other women Senators"] == ["10 other women Senators"]


def test_the_groups_calls_stay_the_release_senators() -> None:
    # the release's headline, then its first paragraph
    text = "BIPARTISAN GROUP OF SENATORS URGES PRESIDENT TO SHARE PLAN FOR DARFUR\n" + LETTER
    result = extract(text, source_name="12Jan2007Feingold296.txt")
    assert result.demands[0].sentence.startswith("BIPARTISAN GROUP OF SENATORS URGES")
    assert [d.by for d in result.demands] == ["Russ Feingold"] * len(result.demands)


def test_the_senators_of_two_named_senators_are_no_group() -> None:
    # Senate release, Biden and DeWine, 2004
    text = (
        "Sens. Joe Biden (D-DE) and Mike DeWine (R-OH) today introduced The Comprehensive Peace for Sudan "
        "Act. The senators also called on the United States and the international community to declare "
        "that the international Genocide Convention has been triggered."
    )
    assert not any(name.endswith("Senators") for name in legislatures(text))
