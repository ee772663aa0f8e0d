"""Which written words are forms of one word: the key search joins them by.

The index holds words as written (lowercased); a query word finds every word in the index whose
key is its own. The key is Snowball's English stem (PyStemmer, the Snowball project's own C
implementation: about 1 µs a word, against 68 µs for Whoosh's pure-Python copy), taken after
folding accents and British/American spellings, with a few irregular forms a stemmer cannot
know (child/children, woman/women). Porter's stemmer, which Whoosh's StemmingAnalyzer uses,
split "evacuating" from "evacuate" and joined "universal" with "university"; Snowball keeps
these as a reader does (tests/index/engine/test_word_forms.py holds the word lists).

Snowball also strips derivational suffixes that make another word of it: "national" and
"nation", "peaceful" and "peace", "security" and "secure", "department" and "depart" would be
one word. The key therefore carries the class of such a suffix when the stemmer removed it
(`_derivation`): "national" is nation+al, "nations" nation; "nationally" stays with "national",
"securities" with "security". Verbs and their nouns stay joined (evacuate/evacuation,
withdraw/withdrawal): those suffixes are not classes.

Forms of a word share their first letters with its stem (at most its last letter differs:
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
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    # derivations a reader takes for the same word, which the stemmer leaves apart
    "detention": "detain",
    "detentions": "detain",
    "detainee": "detain",
    "detainees": "detain",
    "intervention": "intervene",
    "interventions": "intervene",
    "childrens": "child",
    "womens": "woman",
}
# Words the stemmer joins with another that a reader keeps apart, with the key they get instead:
# "united" is not "unit", "humane" not "human".
PINNED: dict[str, str] = {
    "unite": "unite",
    "unites": "unite",
    "united": "unite",
    "uniting": "unite",
    "humane": "humane",
    "humanely": "humane",
    "inhumane": "inhumane",
}
# Suffixes that make another word of a stem (a class of the key when the stemmer removed one),
# tried in this order; each with the endings its own inflections add.
DERIVATIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("able", r"(?:ab|ib)(?:le|les|ly|ilit(?:y|ies))$"),
        ("ity", r"it(?:y|ies)$"),
        ("ful", r"ful(?:ly|ness)?$"),
        ("ous", r"ous(?:ly|ness)?$"),
        ("ive", r"ive(?:s|ly|ness)?$"),
        ("ness", r"ness(?:es)?$"),
        ("ism", r"isms?$"),
        ("ist", r"ists?$"),
        ("ment", r"ments?$"),
        # adjectives; not the nouns of verbs (withdrawal, approval, refusal, betrayal)
        ("al", r"(?<![vwys])al(?:s|ly)?$"),
        ("ic", r"ics?$"),
    )
)
# British and American spellings a reader takes for one word (beside the -ise/-ize, -our/-or
# and -tre/-ter families, which `_spelling` folds by rule).
SPELLINGS: dict[str, str] = {
    "defense": "defence",
    "offense": "offence",
    "license": "licence",
    "program": "programme",
    "judgment": "judgement",
    "aging": "ageing",
    "enroll": "enrol",
    "enrollment": "enrolment",
}
# …with the endings of their inflections: "defenses", "licensed", "programs"
_SPELLED = re.compile(r"^(" + "|".join(sorted(SPELLINGS, key=len, reverse=True)) + r")(s|es|d|ed|ing|r|rs)?$")
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
    word = _SPELLED.sub(lambda m: SPELLINGS[m.group(1)] + (m.group(2) or ""), word)
    word = _IZE.sub(r"\1s", word)
    word = _OUR.sub("or", word)
    return _TRE.sub("ter", word)


def key(word: str) -> str:
    """The key every form of `word` shares: its stem, and the class of a derivational suffix
    the stemmer removed ("nation+al")."""
    folded = _spelling(fold(word))
    folded = IRREGULAR.get(folded, folded)
    if folded in PINNED:
        return PINNED[folded]
    stem = _stem(folded)
    derivation = _derivation(folded, stem)
    return f"{stem}+{derivation}" if derivation else stem


def _stem(folded: str) -> str:
    return str(_stemmer().stemWord(folded))


def _derivation(folded: str, stem: str) -> str:
    """The class of the derivational suffix `folded` ends with, when the stemmer removed it
    (the stem ends where the suffix begins, give or take a letter: "peac" of "peaceful");
    "" for none ("general" keeps its "al": it is no derivation of "gener")."""
    for name, pattern in DERIVATIONS:
        found = pattern.search(folded)
        if found is not None:
            return name if len(stem) <= found.start() + 1 else ""
    return ""


def prefix(word: str) -> str:
    """A prefix every regular form of `word` starts with (irregular ones: `irregular_forms`)."""
    folded = fold(word)
    spelled = _spelling(folded)
    stem = PINNED.get(spelled) or _stem(IRREGULAR.get(spelled, spelled))
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
