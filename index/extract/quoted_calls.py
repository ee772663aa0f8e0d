"""Words a caller is quoted in, inside the report of his call: part of that call, not one of its own.

A release reports another's call and goes on in his words: "The UN Working Group on Arbitrary
Detention has called for immigration detention to be gradually abolished, stating that “migrants
must not be … treated as criminals,” …" (hrw-news); "The speaker of the House … has called on the
Biden administration to “immediately … demand that the ICC stand down and the US should use every
available tool …”". The modal inside the quotation is what the caller said in making his call:
the sentence is one demand, his, as the annotators count it, and so is a further "and that …"
the verb introducing the quotation governs; read on its own it came out a second
demand, credited to the release's voice, which no one quoted asks.
"""

from __future__ import annotations

import re

# A second complement of the verb that introduced the quotation: "…stating that “…,” and that
# immigration detention should only be used “as an exceptional measure …”".
FURTHER_THAT_RE = re.compile(r"\band[^\S\n]+that[^\S\n]*$")
FURTHER_REACH = 16  # characters from the folded clause's end: the quotation's close, "and that"


def continues(quote_start: int | None, earlier_verb: int, verb_quoted: bool, start: int) -> bool:
    """Whether a clause beginning at `start`, inside the quotation opened at `quote_start`,
    continues the call whose verb is at `earlier_verb` in the same sentence: the call is told, not
    quoted (`verb_quoted`: "“A should …,” said X, “and B must …”" quotes two calls), and the
    quotation opens after its verb, so the call reports it."""
    return quote_start is not None and not verb_quoted and earlier_verb < quote_start <= start


def further(text: str, folded_end: int, start: int) -> bool:
    """Whether a clause beginning at `start` is one more "and that …" of the quotation's verb,
    right after a clause folded into the call (ending at `folded_end`)."""
    near = 0 <= start - folded_end <= FURTHER_REACH
    return near and FURTHER_THAT_RE.search(text, max(0, start - FURTHER_REACH), start) is not None
