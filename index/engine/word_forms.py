"""Which written words are forms of one word: the key search joins them by.

The index holds words as written (lowercased); a query word finds every word in the index whose
key is its own. The key is Snowball's English stem (PyStemmer, the Snowball project's own C
implementation: about 1 µs a word, against 68 µs for Whoosh's pure-Python copy), taken after
folding accents and British/American spellings, with a few irregular forms a stemmer cannot
know (child/children, woman/women). Porter's stemmer, which Whoosh's StemmingAnalyzer uses,
split "evacuating" from "evacuate" and joined "universal" with "university"; Snowball keeps
these as a reader does (tests/index/engine/test_word_forms.py holds the word lists).

Forms of a word share their first letters with its key (at most its last letter differs:
"happi" for "happy"), so they are found by a prefix range of the lexicon, then checked by key.
"""

from __future__ import annotations

import re
import threading
import unicodedata

import Stemmer

MIN_PREFIX = 3  # shorter prefixes would list thousands of candidate words

# Words whose key is another word's: irregular forms, joined to their regular relative, and
# a few derivations; a form a prefix range would not find is also looked up by name.
IRREGULAR: dict[str, str] = {
    "children": "child",
    "women": "woman",
    "men": "man",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "fled": "flee",
    "fought": "fight",
    "sought": "seek",
    "brought": "bring",
    "taught": "teach",
    "caught": "catch",
    "bought": "buy",
    "thought": "think",
    "went": "go",
    "gone": "go",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "chose": "choose",
    "chosen": "choose",
    "held": "hold",
    "kept": "keep",
    "left": "leave",
    "met": "meet",
    "paid": "pay",
    "said": "say",
    "told": "tell",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    # derivations a reader takes for the same word, which the stemmer leaves apart
    "detention": "detain",
    "detentions": "detain",
    "detainee": "detain",
    "detainees": "detain",
    "intervention": "intervene",
    "interventions": "intervene",
    # …and words it joins that a reader keeps apart ("accountability" is not "account")
    "accountability": "accountab",
    "accountable": "accountab",
    "unaccountable": "unaccountab",
}
# British and American spellings a reader takes for one word (beside the -ise/-ize, -our/-or
# and -tre/-ter families, which `_spelling` folds by rule).
SPELLINGS: dict[str, str] = {
    "defense": "defence",
    "offense": "offence",
    "license": "licence",
    "program": "programme",
    "programs": "programmes",
    "judgment": "judgement",
    "aging": "ageing",
    "enroll": "enrol",
    "enrollment": "enrolment",
}
_IZE = re.compile(r"(?<=[a-z]{3})([iy])z(?=(?:e|ed|es|er|ers|ing|ation|ations|ational)$)")
_OUR = re.compile(r"(?<=[a-z]{3})our(?=(?:|s|ed|ing|able|ite|ites)$)")
_TRE = re.compile(r"(?<=[a-z]{3})tre(?=s?$)")

_local = threading.local()  # PyStemmer's stemmers are not safe to share between threads


def _stemmer() -> Stemmer.Stemmer:
    stemmer: Stemmer.Stemmer | None = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return stemmer


def fold(word: str) -> str:
    """Lower case without accents: "Demirtaş" → "demirtas"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _spelling(word: str) -> str:
    word = SPELLINGS.get(word, word)
    word = _IZE.sub(r"\1s", word)
    word = _OUR.sub("or", word)
    return _TRE.sub("ter", word)


def key(word: str) -> str:
    """The key every form of `word` shares."""
    folded = _spelling(fold(word))
    folded = IRREGULAR.get(folded, folded)
    return str(_stemmer().stemWord(folded))


def prefix(word: str) -> str:
    """A prefix every regular form of `word` starts with (irregular ones: `irregular_forms`)."""
    folded = fold(word)
    stem = key(word)
    common = 0
    while common < min(len(folded), len(stem)) and folded[common] == stem[common]:
        common += 1
    # Forms may differ from the key in its last letter (happy/happi) and in spelling (z/s).
    length = max(min(MIN_PREFIX, len(folded)), min(common, len(stem) - 1))
    cut = folded[:length]
    iz = re.search(r"[iy][zs]", cut[MIN_PREFIX:])
    return cut[: MIN_PREFIX + iz.start() + 1] if iz else cut


_FORMS_OF: dict[str, tuple[str, ...]] = {}
for _form, _base in {**IRREGULAR, **{v: k for k, v in SPELLINGS.items()}}.items():
    _FORMS_OF.setdefault(key(_base), ())
    _FORMS_OF[key(_base)] += (_form,)


def irregular_forms(word: str) -> tuple[str, ...]:
    """Forms of `word` that do not share its prefix ("men" for "man", "program" for "programme")."""
    return _FORMS_OF.get(key(word), ())
