"""A name a hard-wrapped line cuts is read whole: a UN speech's transcript breaks its lines wherever
they fill ("the United \\nNations Stabilization Mission in Haiti"), while a heading, a list's names
one a line and a new paragraph keep their breaks (real texts, shortened)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.hard_wraps import joined


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text, source_name="BHS_63_2008.txt").actors}


def test_a_mission_whose_name_a_wrapped_line_cuts_is_named_whole() -> None:
    # UN General Debate, the Bahamas, 2008 (bulk speeches)
    text = (
        "the development gains we have achieved over many \nyears of hard work.  \n"
        " That is especially true for Haiti, where conditions \n"
        "are especially grim. The Bahamas is pleased that the \n"
        "United Nations has remained actively engaged in Haiti. \n"
        "The Bahamas commends the work of the United \nNations Stabilization Mission in Haiti. As the "
        "current \n"
    )
    names = _names(text)
    assert names["United Nations Stabilization Mission in Haiti"] == "igo"
    assert not [n for n in names if n.startswith(("Nations Stab", "Stabilization"))]


def test_a_person_whose_surname_begins_the_next_line_is_named_whole() -> None:
    # UN General Debate, Fiji, 2008 (bulk speeches)
    text = (
        "Peacekeeping Operations (DPKO). He was fair and \n"
        "generous in implementing the reforms within DPKO \n"
        "and in the development of a United Nations \n"
        "peacekeeping doctrine that will guide future United \n"
        "Nations peace operations and missions. We wish \n"
        "Mr. Guéhenno well and assure his successor, Mr. Alain \n"
        "Le Roy, of our full support and cooperation. \n"
    )
    names = _names(text)
    assert names["Alain Le Roy"] == "person"
    assert "Alain" not in names


def test_a_forum_whose_head_word_begins_the_next_line_is_the_igo() -> None:
    # UN General Debate, Australia, 2008 (bulk speeches): not a charity "Financial Stability"
    text = (
        "mandate for prudential analysis. Conservative and \n"
        "consistent prudential standards should be applied to all \n"
        "financial institutions of systemic significance. \n"
        "Furthermore, the IMF and the Financial Stability \n"
        "Forum should develop early warning systems that \n"
        "signal impending institutional vulnerabilities and \n"
    )
    assert _names(text)["Financial Stability Forum"] == "igo"


def test_headings_lists_and_paragraphs_keep_their_breaks() -> None:
    # a U.S. senator's release (its headline in capitals, then an indented paragraph), names one a
    # line and a State Department page's byline: no break is read as a space
    headline = "SEN. CANTWELL URGES DISCUSSIONS BETWEEN CHINA, DALAI LAMA\n  Following the violence"
    listed = "The following senators signed the letter:\nSenator Barbara Boxer\nSenator Dianne Feinstein\n"
    byline = "Jalina Porter, Deputy Department Spokesperson\nWashington, DC\nMS PORTER: Good afternoon."
    paragraph = (
        "We reaffirm our commitment to the reform of the Organization and\n"
        "to the goals that the Assembly set for the Member States in\n"
        "its Charter, and our support for the work of the United Nations Development\n"
        "Programme and of its agencies.\n"
    )
    assert joined(headline) == headline
    assert joined(listed) == listed
    assert joined(byline) == byline
    assert joined(paragraph) == paragraph.replace("\n", " ", 3)  # the lines of one paragraph
