"""A headline's last word does not run on into the line after it.

Senate releases print the headline in capitals and begin the next line with the byline's title:
"SEN. FRIST COMMENTS ON PEACE AGREEMENT IN SUDAN\\n  Senate Majority Leader Bill Frist …". A state's
name ending the headline and the chamber's word opening the byline read as one phrase, "SUDAN
Senate" (a Senate of Sudan), which then took the senator's title and name with it, and the
headline's state was lost. Words in capitals ending a line and a word not in capitals opening the
next are two lines' words (an acronym ending a hard-wrapped speech's line, "the EU \\nrepresentatives",
is no headline); a hard-wrapped sentence ("the Syrian\\ngovernment", "AUSTRALIA\\n\\nHOUSE
OF REPRESENTATIVES") keeps one case across its break.
"""

from __future__ import annotations


def across_headline(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the word at `first` ends a line in capitals and the word at `second` opens a later
    line not in capitals: a headline's end and the next line's start, no phrase."""
    if "\n" not in text[first[1] : second[0]]:
        return False
    word, after = text[first[0] : first[1]], text[second[0] : second[1]]
    if not word.isupper() or after.isupper():
        return False
    # the word before on its line in capitals too: a headline ("… IN SUDAN"), not an acronym in a
    # hard-wrapped speech's sentence ("the EU \nrepresentatives", "US \nforces")
    before = text[text.rfind("\n", 0, first[0]) + 1 : first[0]].split()
    return bool(before) and before[-1].isupper() and any(c.isalpha() for c in before[-1])
