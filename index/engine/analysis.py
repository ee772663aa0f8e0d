"""How text is analysed for the index, and its postings computed in one pass.

Text fields hold every word as written, lower-cased, stop words included: a phrase then keeps the
positions of its small words ("right of return" is not "right to return"), a prefix or fuzzy
term is matched against words as a reader typed them, and a quoted word finds that word alone.
Forms of a word ("evacuate", "evacuating", "evacuation") are joined when a query is read
(word_forms.py, lexicon.py), not when a document is written.

Whoosh analyses text through a chain of generators that hand one Token object down per word;
for a 9 KB statement that cost ~6 ms of an import worker's ~16 ms. `FastPostings` does the same
work in a single loop, so the index holds byte-for-byte what Whoosh would have written
(tests/index/engine/test_analysis.py compares the two on real documents and random text).
"""

from __future__ import annotations

from collections.abc import Callable
from re import Pattern

from whoosh import fields
from whoosh.analysis import STOP_WORDS, Analyzer, LowercaseFilter, RegexTokenizer
from whoosh.formats import Characters

Posting = tuple[bytes, int, float, bytes]  # term, frequency, weight, encoded positions
# Small words ("the", "of", "and"): kept in the index for phrases, dropped beside other words in
# a query (query_parser.py) and never taken for what a document is about (search/key_terms.py).
SMALL_WORDS: frozenset[str] = frozenset(STOP_WORDS)


def text_analyzer() -> Analyzer:
    """Words as written, lower-cased; nothing dropped, nothing stemmed."""
    return RegexTokenizer() | LowercaseFilter()


def indexed_words(text: str) -> list[str]:
    """The words of `text` in order, as a text field holds them (lower case, as written)."""
    return [match.group().lower() for match in _WORD.finditer(text)]


_WORD: Pattern[str] = RegexTokenizer().expression


class FastPostings:
    """`field.index(text)` for a TEXT field analysed by `text_analyzer()`."""

    def __init__(self, field: fields.FieldType) -> None:
        tokenizer, lower = field.analyzer.items
        assert isinstance(tokenizer, RegexTokenizer) and not tokenizer.gaps
        assert isinstance(lower, LowercaseFilter)
        self._pattern: Pattern[str] = tokenizer.expression
        self._chars = isinstance(field.format, Characters)
        self._encode: Callable[[list[object]], bytes] = field.format.encode
        self._boost: float = field.format.field_boost

    @classmethod
    def supports(cls, field: fields.FieldType) -> bool:
        """True when the field's analyzer is the chain this class reproduces."""
        try:
            cls(field)
        except (AssertionError, AttributeError, ValueError):
            return False
        return True

    def __call__(self, text: str) -> list[Posting]:
        where: dict[str, list[object]] = {}
        chars = self._chars
        for pos, match in enumerate(self._pattern.finditer(text)):
            term = match.group().lower()
            entry = (pos, match.start(), match.end()) if chars else pos
            found = where.get(term)
            if found is None:
                where[term] = [entry]
            else:
                found.append(entry)
        return [self._posting(term, entries) for term, entries in where.items()]

    def _posting(self, term: str, entries: list[object]) -> Posting:
        return (term.encode("utf-8"), len(entries), len(entries) * self._boost, self._encode(entries))
