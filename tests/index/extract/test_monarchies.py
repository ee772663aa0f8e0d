"""States a monarch heads: "the President" of an Australian release is the American one, "the
Kingdom" of a State Department readout the kingdom it named."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def named(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source_name).actors}


def test_the_president_in_an_australian_release_is_not_australias() -> None:
    # Australian release, 1977 (Fraser in Washington): "the President" had been "President of Australia"
    text = (
        "The Prime Minister flew to Washington. He met the President on Monday. Australia and the "
        "United States agreed."
    )
    found = named(text, "1977-05-01-fraser-malcolm-213719289.txt")
    assert "President of Australia" not in found
    assert found["President of the United States"] == ["the President"]


def test_the_new_president_is_of_the_republic_the_text_names() -> None:
    # HRW on Australia and Indonesia, 2024
    text = (
        "Australia should press Indonesia on rights. The new president has an opportunity to restore "
        "Indonesia’s standing. Australia must act."
    )
    found = named(text)
    assert found["President of Indonesia"] == ["The new president"]
    assert "President of Australia" not in found


def test_a_state_department_readouts_foreign_minister_is_the_other_states() -> None:
    # State Department, 2021: "the foreign minister" had been "Foreign Minister of the United States"
    text = (
        "Secretary Blinken met Israeli officials in Jerusalem. President Biden sent his regards to Israel. "
        "The Secretary and the foreign minister discussed the ceasefire."
    )
    page = "https://www.state.gov/secretary-blinken-and-israeli-foreign-minister/"
    names = {a.name for a in extract(text, source_url=page).actors}
    assert "Foreign Minister of the United States" not in names
    assert "Foreign Minister of Israel" in names
