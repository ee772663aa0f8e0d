"""Metadata found in a statement's own text: title line, dateline date and place, language, length."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.ingest.metadata import looks_like_organisation, parse_date, read_text_metadata

BODY = (
    "The organisations call on all parties to the conflict to allow the safe evacuation of "
    "civilians and to let humanitarian convoys reach the besieged neighbourhoods without delay."
)


def test_seed_title_is_its_first_line(seeds: list[Path]) -> None:
    meta = read_text_metadata(seeds[0].read_text(encoding="utf-8"))
    assert meta.title == "Outrage on Aleppo is No Longer Enough"  # the no-break space is normalised
    assert meta.language == "en"
    assert meta.place is None and meta.date is None


def test_seed_dateline_place_is_found(seeds: list[Path]) -> None:
    meta = read_text_metadata(seeds[1].read_text(encoding="utf-8"))
    assert meta.place == "Washington, DC"
    assert meta.title is None  # its first line is a whole paragraph, not a title


def test_given_title_wins_over_the_first_line(seeds: list[Path]) -> None:
    meta = read_text_metadata(seeds[0].read_text(encoding="utf-8"), title="  From the page  ")
    assert meta.title == "From the page"


def test_hrw_dateline_gives_place_and_date(corpus: Path) -> None:
    path = corpus / "hrw-news" / "2024-01-03-killer-robots-un-vote-should-spur-action-treaty.txt"
    meta = read_text_metadata(path.read_text(encoding="utf-8"))
    assert (meta.place, meta.date) == ("New York", "2024-01-03")


def test_date_in_a_photo_caption_is_not_the_statement_date(corpus: Path) -> None:
    # Caption: "… released … on November 3, 2023 …"; dateline: "(Jerusalem) –" with no date.
    path = corpus / "hrw-news" / "2024-01-03-israel-gaza-workers-held-incommunicado-weeks.txt"
    meta = read_text_metadata(path.read_text(encoding="utf-8"))
    assert meta.place == "Jerusalem"
    assert meta.date is None


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("GENEVA (13 December 2016) – " + BODY, "Geneva", "2016-12-13"),
        ("Washington, DC – On Tuesday, " + BODY, "Washington, DC", None),
        ("WASHINGTON, Dec. 13, 2016 — " + BODY, "Washington", "2016-12-13"),
        ("(Beirut, December 13, 2016) – " + BODY, "Beirut", "2016-12-13"),
        ("(The Hague) – " + BODY, "The Hague", None),
        (BODY, None, None),
    ],
)
def test_datelines(line: str, place: str | None, date: str | None) -> None:
    meta = read_text_metadata("Statement on Aleppo\n\n" + line)
    assert (meta.place, meta.date) == (place, date)


def test_a_title_with_a_dash_is_not_a_dateline() -> None:
    meta = read_text_metadata("Syria – The World Must Act\n\n" + BODY)
    assert meta.title == "Syria – The World Must Act"
    assert meta.place is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("December 13, 2016", "2016-12-13"),
        ("13 December 2016", "2016-12-13"),
        ("2016-12-13", "2016-12-13"),
        ("For release Monday 25th March, 1968", "1968-03-25"),
        ("February 30, 2016", None),
    ],
)
def test_date_line_near_the_top(line: str, iso: str | None) -> None:
    assert read_text_metadata(f"Press release\n{line}\n\n{BODY}").date == iso


def test_date_deep_in_the_text_is_ignored() -> None:
    text = "Press release\n\n" + (BODY + "\n\n") * 30 + "December 13, 2016\n"
    assert read_text_metadata(text).date is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY, "en"),
        (
            "Les organisations appellent toutes les parties au conflit à permettre l'évacuation des "
            "civils et à laisser passer les convois humanitaires sans délai.",
            "fr",
        ),
        (
            "Las organizaciones piden a todas las partes del conflicto que permitan la evacuación "
            "segura de los civiles y el paso de los convoyes humanitarios.",
            "es",
        ),
        (
            "Die Organisationen fordern alle Konfliktparteien auf, die sichere Evakuierung der "
            "Zivilbevölkerung zu ermöglichen und Hilfskonvois ohne Verzögerung durchzulassen.",
            "de",
        ),
        ("12 3 45 — 6", None),
    ],
)
def test_language(text: str, language: str | None) -> None:
    assert read_text_metadata(text).language == language


def test_word_count() -> None:
    assert read_text_metadata("Free  the\njournalists now.\n").word_count == 4
    assert read_text_metadata("").word_count == 0


def test_empty_text_gives_empty_metadata() -> None:
    meta = read_text_metadata("")
    assert (meta.title, meta.date, meta.place, meta.language) == (None, None, None, None)


def test_language_is_guessed_from_a_sample_not_the_whole_text(
    seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import py3langid

    seen: list[int] = []
    real = py3langid.classify

    def spy(text: str) -> tuple[str, float]:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(py3langid, "classify", spy)
    huge = seeds[0].read_text(encoding="utf-8") * 2_000  # ~6 MB: langid over it would take seconds
    meta = read_text_metadata(huge)
    assert meta.language == "en"
    assert seen and max(seen) <= 5_000


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Thu, 20 May 2021 22:14:56 +0000", "2021-05-20"),
        ("2021-05-20T22:14:56Z", "2021-05-20"),
        ("May 20, 2021", "2021-05-20"),
        ("2021-13-45", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date_of_metadata_fields(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Human Rights Watch", True),
        ("Office of the Spokesperson", True),
        ("UNHCR", True),
        ("Syrian Emergency Task Force", True),
        ("Antony J. Blinken, Secretary of State", False),
        ("Jane Doe", False),
        ("", False),
    ],
)
def test_looks_like_organisation(name: str, expected: bool) -> None:
    assert looks_like_organisation(name) is expected
