"""A Senate release's headline in capitals ends with a state and the next line opens with the
byline's title ("Senate Majority Leader"): the two lines' words are no "Senate of China", and the
headline's state is kept."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def groups(text: str) -> dict[str, list[str]]:
    found = extract(text).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found}


def test_a_headlines_last_state_is_not_the_bylines_chamber() -> None:
    # U.S. Senate, Frist 18 Mar 2005 (headline, then the byline on the next line)
    text = (
        "SEN. FRIST OPPOSES EUROPEAN UNION PLANS TO LIFT ARMS EMBARGO ON CHINA\n"
        "  Senate Majority Leader Bill Frist, M.D. (R-TN) today made the following statement on the "
        "European Union's proposal to lift its arms embargo on China: \n"
    )
    found = groups(text)
    assert "CHINA" in found["China"]
    assert all("\n" not in m for m in found["Bill Frist"])


def test_a_headline_in_capitals_across_its_break_is_one_phrase() -> None:
    # a letterhead in capitals over two lines keeps its words together (press releases, Australia)
    text = "AUSTRALIA\n\nHOUSE OF REPRESENTATIVES\n\nThe Parliament met today."
    found = groups(text)
    assert not any(m == "AUSTRALIA" for ms in found.values() for m in ms)
