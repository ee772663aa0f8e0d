"""Whether two similar texts are versions of one statement: the rule that confirms a candidate
found by the sketches' bands (sketch.py).

Measured on labelled pairs from the Senate and Australian archives (docs/versions.md), similar
texts are of three kinds. Versions differ at their edges (navigation debris, letterheads, a
contact line or a new footer), by what a scrape or a PDF's text layer adds inside (a page
footer, a caption: words on one side only) or by a few changed words. Template releases differ
by a name put in throughout ("the Miamisburg Fire Department will receive $96,570" and "the
Bloom Township Fire Department will receive $60,492", four times each): their shingles agree
as much as a scraped-twice page's do (estimated Jaccard 0.8–0.94), so the sketch alone cannot
tell them apart. What does is where the texts differ: a word-level alignment of the two texts
(difflib), past the edges, counting the words one text has in place of the other's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from .sketch import statement_words

# A candidate is compared word by word when its sketch agrees on this share of values or more.
MIN_ESTIMATED_SIMILARITY = 0.5
# The texts' shared body starts and ends with a run of this many words in common: what lies
# outside it is edge matter (debris, letterhead, footer).
ANCHOR_WORDS = 8
# Words replaced inside the shared body (not inserted on one side only) that versions may
# differ by: a few, or one in a hundred of the shorter text's words.
MAX_REPLACED_WORDS = 4
MAX_REPLACED_SHARE = 0.01
# The shared body must hold most of the shorter text: a release quoted inside a longer one
# (a newsletter, a transcript) is not a version of it.
MIN_SHARED_SHARE = 0.8
MAX_COMPARED_WORDS = 20_000  # the alignment's time grows with length; the rest is not compared


@dataclass(frozen=True)
class Comparison:
    """What a word alignment of two texts found (see `compare`)."""

    shared: int  # words in common, inside the shared body
    shorter: int  # words in the shorter text
    replaced: int  # words standing in the place of other words (the fewer of the two sides)
    repeated: bool  # one replacement made twice or more (a name put in throughout: a template)

    @property
    def same_statement(self) -> bool:
        share = MAX_REPLACED_SHARE * self.shorter
        # A replacement made throughout is a template's name put in, unless it is a small part
        # of a long text (a title corrected throughout a transcript).
        limit = share if self.repeated else max(MAX_REPLACED_WORDS, share)
        return self.shorter > 0 and self.shared >= MIN_SHARED_SHARE * self.shorter and self.replaced <= limit


def compare(text_a: str, text_b: str) -> Comparison:
    """Align the two texts' words and measure how they differ inside their shared body."""
    a = statement_words(text_a)[:MAX_COMPARED_WORDS]
    b = statement_words(text_b)[:MAX_COMPARED_WORDS]
    shorter = min(len(a), len(b))
    blocks = [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size]
    anchors = [i for i, m in enumerate(blocks) if m.size >= ANCHOR_WORDS]
    if not anchors:
        return Comparison(0, shorter, shorter, False)
    body = blocks[anchors[0] : anchors[-1] + 1]
    replacements: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    replaced = 0
    for before, after in zip(body, body[1:], strict=False):
        gap_a = a[before.a + before.size : after.a]
        gap_b = b[before.b + before.size : after.b]
        if gap_a and gap_b:  # words in place of other words (one side only: debris inserted)
            replaced += min(len(gap_a), len(gap_b))
            replacements[(tuple(gap_a), tuple(gap_b))] += 1
    repeated = any(count > 1 for count in replacements.values())
    return Comparison(sum(m.size for m in body), shorter, replaced, repeated)


def same_statement(text_a: str, text_b: str) -> bool:
    """Whether two texts whose sketches are alike are versions of one statement."""
    return compare(text_a, text_b).same_statement
