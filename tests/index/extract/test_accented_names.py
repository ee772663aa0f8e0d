"""One name written with and without its accents is one actor: a report's caption writes "Felix
Tshisekedi" and its lead "Félix Tshisekedi", a transcript's label "LIPAVSKY" and its text
"Lipavský"."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors}


def test_a_person_written_with_and_without_accents_is_one() -> None:
    # a Human Rights Watch news release (2024)
    text = (
        "Click to expand Image Congo's President Felix Tshisekedi during his swearing-in ceremony for a "
        "second term in Kinshasa, Democratic Republic of Congo, January 20, 2024.\n"
        "(Kinshasa) – Democratic Republic of Congo President Félix Tshisekedi should ensure that human "
        "rights are central to his policies during his second term in office, Human Rights Watch said "
        "today."
    )
    people = [n for n, ms in names(text).items() if any("Tshisekedi" in m for m in ms)]
    assert len(people) == 1
