"""A prosecutor's office in lower case ("the prosecutor’s office counter-appealed") is a body of
the state's executive, as its capitalised name is; not a noun it modifies."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_the_prosecutors_office_is_a_government_body() -> None:
    # HRW, 2024 (Russia); HRW, 2024 (Tunisia)
    text = "Orlov appealed the verdict, and the prosecutor’s office counter-appealed."
    assert found(text)["Prosecutor's Office"] == ("government", ["the prosecutor’s office"])
    text = "Based on the spokesperson’s comments, the public prosecutor’s office accused the heads."
    assert found(text)["Prosecutor's Office"] == ("government", ["the public prosecutor’s office"])


def test_the_offices_spokesman_is_no_office() -> None:
    text = "The prosecutor’s office spokesman declined to comment."
    assert "Prosecutor's Office" not in found(text)


def test_a_states_prosecutor_general_s_office_is_the_office_not_its_prosecutor() -> None:
    # the actor scan composed "Russia’s prosecutor" (a person) inside the phrase, which won
    text = "Russia’s prosecutor general’s office opened a criminal case against the activist."
    got = found(text)
    assert got["Russian Prosecutor's Office"] == ("government", ["Russia’s prosecutor general’s office"])
    assert all(kind != "person" for kind, _ in got.values())
    # the prosecutor alone is still the state's person
    alone = found("Russia’s prosecutor general said the case was closed.")
    assert alone["Prosecutor of Russia"][0] == "person"
