"""A document's key terms: the words that set it apart from the rest of the archive, by tf-idf
over the words as the index holds them, the forms of one word ("evacuate", "evacuation",
"evacuated") counted as one (engine.word_key).

A term's weight is (1 + ln tf) · ln(N / df): tf, its count in the document, grows slowly so that
a word repeated in a boilerplate footer does not outweigh a rarer one; df, the documents holding
any of its forms. Small words, numbers and words of one or two letters are never key terms; in a
long document a word said once is not either (as Lucene's MoreLikeThis does), and a word no
other document holds is no use for finding others. The engine estimates every word's df from a
sample of the index, and reads exactly only those of the best-placed candidates.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..engine import SMALL_WORDS, EngineSearcher, indexed_words, word_key

KEY_TERMS = 25  # terms a "more like this" query asks for
CANDIDATES = 4  # times KEY_TERMS: the candidates whose document counts are read exactly
MIN_LETTERS = 3
LONG_DOCUMENT = 400  # words; in a longer document a key term occurs at least twice
MAX_SHARE = 0.25  # a term held by more than this share of the archive says little of a document
# Words that carry grammar, not subject: never key terms, however rare they are in a small
# archive (the engine's SMALL_WORDS are only the few a query drops); and what the tokenizer
# leaves of contractions ("doesn't" → "doesn", "t").
FUNCTION_WORDS = frozenset(
    """about above after again against all also although am among any anyone anything around
    because been before being below between both but could did does doing done down during each
    either else enough even ever every few further had has having her here hers herself him
    himself his how however into its itself just least less many more most much must myself
    neither nor now off often once only other others otherwise our ours ourselves out over own
    per perhaps rather same shall she should since some such than their theirs them themselves
    then there therefore these they those though through thus too under until upon very was
    were what whatever whether which while who whom whose why within without would yes yours
    yourself aren couldn didn doesn don hadn hasn haven isn mustn needn shan shouldn wasn
    weren won wouldn""".split()
)


@dataclass(frozen=True)
class KeyTerm:
    """One key term: the form the document uses most, all its forms there, how often it occurs,
    how many documents of the archive hold it, and its weight."""

    word: str
    forms: tuple[str, ...]
    count: int
    documents: int
    weight: float


def key_terms(text: str, searcher: EngineSearcher, limit: int = KEY_TERMS) -> list[KeyTerm]:
    """The `limit` key terms of `text` (a document of the index `searcher` reads), best first."""
    total = searcher.doc_count()
    groups = _word_groups(text)
    if not groups or total < 2:
        return []
    every_form = [form for forms in groups.values() for form in forms]
    estimated = searcher.estimated_frequencies(every_form)
    ranked = sorted(
        groups,
        key=lambda k: -_weight(sum(groups[k].values()), sum(estimated[f] for f in groups[k]), total),
    )
    candidates = ranked[: CANDIDATES * limit]
    exact = searcher.doc_frequencies([form for k in candidates for form in groups[k]])
    found = []
    for k in candidates:
        forms = groups[k]
        # documents holding any form: at most the sum of the forms' counts (which errs towards
        # a lower weight for a word written in several forms)
        df = min(total, sum(exact[f] for f in forms))
        if df < 2 or df > MAX_SHARE * total:
            continue
        count = sum(forms.values())
        word = forms.most_common(1)[0][0]
        found.append(KeyTerm(word, tuple(sorted(forms)), count, df, _weight(count, df, total)))
    found.sort(key=lambda t: (-t.weight, t.word))
    return found[:limit]


def _weight(count: int, documents: float, total: int) -> float:
    return (1 + math.log(count)) * math.log(total / max(documents, 1.0))


def _word_groups(text: str) -> dict[str, Counter[str]]:
    """The document's words that may be key terms, grouped by what their forms share, each
    form with its count."""
    words = indexed_words(text)
    counts = Counter(w for w in words if _may_be_key(w))
    groups: dict[str, Counter[str]] = {}
    for word, count in counts.items():
        groups.setdefault(word_key(word), Counter())[word] = count
    if len(words) > LONG_DOCUMENT:
        groups = {k: forms for k, forms in groups.items() if sum(forms.values()) >= 2}
    return groups


def _may_be_key(word: str) -> bool:
    return (
        len(word) >= MIN_LETTERS
        and word not in SMALL_WORDS
        and word not in FUNCTION_WORDS
        and any(ch.isalpha() for ch in word)
    )
