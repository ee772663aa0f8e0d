"""A given name our lists lack, written before a surname the text names a person by: HRW's
Baluch, South Asian and Arabic names, read in full, and the office and caption words written
before a name left out of it."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


def test_an_unlisted_given_name_before_the_surname_is_part_of_the_name() -> None:
    text = (
        "Haal Vash Human Rights Group, which focuses on human rights in the Baluchistan area, said that on "
        "November 12, 2023, Farshid Hasan Zehi, a Baluch resident who was arrested during the protests in "
        "Zahedan on November 24, 2022, was sentenced to execution. Haal Vash added that Hasan Zehi was "
        "compelled to make coerced confessions under torture."
    )
    found = people(text)
    assert "Farshid Hasan Zehi" in found
    assert "Hasan Zehi" not in found


def test_an_office_or_a_caption_before_a_name_is_not_a_given_name() -> None:
    text = (
        "Click to expand Image Oleg Orlov at the court in Moscow. UN Humanitarian Coordinator Jamie "
        "McGoldrick has stressed that road transport is the only viable solution. Oleg Orlov said the "
        "verdict was expected, and Jamie McGoldrick said aid must flow."
    )
    found = people(text)
    assert "Oleg Orlov" in found and "Jamie McGoldrick" in found
    assert not any(name.startswith(("Image", "Coordinator")) for name in found)


def test_an_ordinary_word_the_text_never_writes_small_is_the_given_name_of_a_lone_surname() -> None:
    text = (
        "The Central Bureau of Investigation raided the home and offices of Harsh Mander, a prominent "
        "human rights activist. Activists condemned the raid against Mander, terming it a vindictive "
        "witch hunt. The Ranking Member Coburn objected. Senator Coburn said so."
    )
    found = people(text)
    assert "Harsh Mander" in found
    assert "Mander" not in found
    assert not any(name.startswith(("Member", "Ranking")) for name in found)
