"""A group shortened to its noun after the text described it is that group; with two groups of
the noun, or a number before it, it is left as found. Real sentences of each genre."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source_name).actors}


def test_the_detainees_of_a_statement_on_guantanamo_detainees_are_they() -> None:
    # U.S. Senate, Leahy, 2007
    text = (
        "Statement of Sen. Patrick Leahy On The Legal Rights Of Guantanamo Detainees. "
        "Today we consider our treatment of detainees at Guantanamo Bay and how best to secure our "
        "nation. The administration likes to call the detainees at Guantanamo the worst of the worst, "
        "but military and government officials have told The New York Times that many of the "
        "detainees appear to be people who were in the wrong place at the wrong time."
    )
    found = names(text, "11Dec2007Leahy39.txt")
    assert "Detainees" not in found
    assert len(found["Guantanamo detainees"]) == 4


def test_the_refugees_after_two_described_groups_stay_refugees() -> None:
    # Peacock, Australian release, 1980: Afghan and Khmer refugees named before "the refugees"
    text = (
        "Australia has accepted several thousand Afghan refugees this year. "
        "The Government will also resettle Khmer refugees from the camps on the Thai border. "
        "The refugees will be met on arrival by officers of the Department."
    )
    found = names(text, "1980-02-28-peacock-andrew-213735791.txt")
    assert "Afghan refugees" in found
    assert all(m != "refugees" for m in found["Afghan refugees"])


def test_protesters_after_pro_palestinian_protesters_are_they_not_palestinians() -> None:
    # HRW, 2024-04-26, on the Columbia encampment: "Pro-" makes the word no nationality
    text = (
        "Click to expand Image Pro-Palestinian student protesters at a demonstration at Columbia "
        "University on the third day of the encampment in New York, US, April 19, 2024.\n\n"
        "On April 18, she suspended the protesters, revoking their access to campus. She asked "
        "the police to help remove the protesters."
    )
    found = names(text)
    assert "Palestinian protesters" not in found
    protesters = ["Pro-Palestinian student protesters", "protesters", "protesters"]
    assert found["Pro-Palestinian protesters"] == protesters


def test_indo_chinese_refugees_are_no_chinese_refugees() -> None:
    # MacKellar, Australian release, 18 November 1976 (OCR'd: a garbled headline before it)
    text = (
        "AUSTRALIA TO 'ΓΑKb REFUGEES KliOM TIIA.I LAND\n\n"
        "Aufitralia will resettle another 550 Indo-Chinese  refugees.  They will come from refugee "
        "camps in Thailand.\n\nThe Government would meet the cost of air-lifting  the refugees to "
        "Australia."
    )
    found = names(text, "1976-11-18-mackellar-michael-213828938.txt")
    assert "Chinese refugees" not in found
    assert found["Indo-Chinese refugees"] == ["Indo-Chinese  refugees"]
    # two groups of refugees described: "the refugees" may be either, and is left alone
    assert found["Refugees"] == ["refugees"]
