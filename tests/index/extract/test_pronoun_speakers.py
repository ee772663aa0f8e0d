"""A pronoun opening a reported clause is who speaks, never the first word of a speaker's name
("She said Kurdish authorities told them …" was credited to "She Kurdish")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _by(text: str) -> list[str | None]:
    return [d.by for d in extract(text, title="Statement").demands]


def test_she_and_a_peoples_adjective_are_no_name() -> None:
    # hrw-news, Iraq's deportations of Syrians (2024)
    text = (
        "When Nawal went to the detention center where he was being held, she too was arrested despite "
        "holding a valid residency permit. She said Kurdish authorities told them that they must "
        "purchase tickets to Syria and leave Iraq or face continued detention."
    )
    assert all(by is None or not by.startswith("She ") for by in _by(text))


def test_he_and_an_adjective_are_no_name() -> None:
    # us-senate, Domenici (2007): a radio report of the senator's visit
    text = (
        "He says the American military has the resources it needs for now, but says the bickering on "
        "Capitol Hill must be hurtful to U.S. forces on the battlefield."
    )
    assert all(by is None or not by.startswith("He ") for by in _by(text))
