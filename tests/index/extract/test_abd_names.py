"""A person named by an "Abd…" given name and a family name joined to its article ("Abdulhadi
Al-Khawaja"): on sentences from Human Rights Watch releases, where such names are no given-name
list's."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_an_abd_given_name_before_an_al_family_name_is_a_person() -> None:
    # HRW, 2024 (Bahrain joint letter)
    text = (
        "Abdulhadi Al-Khawaja, a Bahraini-Danish human rights defender, has been arbitrarily detained "
        "since 2011 for his role in peaceful demonstrations."
    )
    assert people(text) == {"Abdulhadi Al-Khawaja": ["Abdulhadi Al-Khawaja"]}


def test_the_lower_case_article_is_read_too() -> None:
    # HRW, 2024 (Bulgaria; Saudi Arabia)
    text = (
        "“Bulgaria should not forcibly return Abdulrahman al-Khalidi to Saudi Arabia, given the "
        "systematic torture, ill-treatment and due process violations in the Saudi criminal justice "
        "system,” Shea said."
    )
    assert "Abdulrahman al-Khalidi" in people(text)
