"""A name on its own indented line ends with the line: the next line's office or the surname written
again is no part of it (U.S. Senate releases: a letter's address block, a heading)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    found = extract(text).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "person"}


def test_an_address_blocks_office_line_is_not_the_addressees_surname() -> None:
    # U.S. Senate release, March 2008 (the Women's Caucus on Burma's letter to the UN envoy)
    text = (
        "   Following is the text of the letter sent by the Senate Women's Caucus on Burma to Ibrahim "
        "Gambari, the UN Special Envoy to Burma:  \n   March 11, 2008\n   The Honorable Ibrahim Gambari\n"
        "   Under-Secretary General of the United Nations\n   for Political Affairs\n   United Nations\n"
        "   Dear Mr. Gambari:\n"
    )
    found = people(text)
    assert not any("Under" in name for name in found)
    assert "Honorable Ibrahim Gambari" in found["Ibrahim Gambari"]


def test_a_surname_repeated_on_the_next_line_is_not_a_second_surname() -> None:
    # U.S. Senate release, August 2006 (Reid's fact check): "Bush Bush" was one person
    text = (
        '   "President Bush is wrong to say that success in Iraq is a question of resolve."\n'
        "   FACT CHECK: President Bush \n"
        "   Bush Downplayed the Threat of an Iraq Civil War with Talk of Iraqi Unity.\n"
    )
    found = people(text)
    assert "Bush Bush" not in found
    assert not any(m.endswith("Bush \n   Bush") for ms in found.values() for m in ms)


def test_a_hard_wrapped_name_goes_on_to_the_next_line() -> None:
    # UN General Debate speech, hard-wrapped: the name's last word opens the next line, unindented
    text = "We mourn the death of our colleague, including Ambassador Chris \nStevens, in Benghazi."
    assert "Chris Stevens" in people(text)
