"""Forms of a word: the words a reader takes for one word share a key, words that only share
letters do not (the lists of issue 14, and British/American spellings)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.engine import word_forms


@pytest.mark.parametrize(
    "forms",
    [
        ["evacuate", "evacuating", "evacuated", "evacuation"],
        ["negotiate", "negotiated", "negotiating", "negotiations"],
        ["detain", "detained", "detention", "detainee", "detainees"],
        ["child", "children"],
        ["woman", "women"],
        ["refugee", "refugees"],
        ["organisation", "organization", "organisations"],
        ["labour", "labor"],
        ["defence", "defense", "defences", "defenses"],
        ["programme", "program", "programmes", "programs"],
        ["Demirtaş", "demirtas"],
        ["nation", "nations"],
        ["national", "nationally", "nationals"],
        ["unite", "united", "uniting"],
        ["security", "securities"],
        ["withdraw", "withdrawal", "withdrawn", "withdrew"],
        ["approve", "approval", "approved"],
        ["government", "governments"],
        ["accountability", "accountable"],
    ],
)
def test_forms_a_reader_joins_share_a_key(forms: list[str]) -> None:
    assert len({word_forms.key(w) for w in forms}) == 1, {w: word_forms.key(w) for w in forms}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("universal", "university"),
        ("general", "generous"),
        ("organ", "organisation"),
        ("policy", "police"),
        ("new", "news"),
        ("accountability", "account"),
        # derivations that make another word of the stem
        ("nation", "national"),
        ("nations", "nationality"),
        ("unit", "united"),
        ("human", "humane"),
        ("human", "humanity"),
        ("peace", "peaceful"),
        ("secure", "security"),
        ("state", "statement"),
        ("depart", "department"),
        ("critic", "critical"),
        ("relative", "relation"),
        ("inform", "informal"),
        ("terror", "terrorism"),
        ("economy", "economic"),
        ("busy", "business"),
        ("sustain", "sustainable"),
    ],
)
def test_words_that_only_share_letters_stay_apart(one: str, other: str) -> None:
    assert word_forms.key(one) != word_forms.key(other)


@pytest.mark.parametrize(
    "word",
    ["evacuating", "happiness", "organization", "children", "detention", "women", "labour", "centre"],
)
def test_every_regular_form_starts_with_the_prefix_searched(word: str) -> None:
    """Forms are looked up by a prefix of the lexicon: each regular form must start with it,
    irregular ones are named."""
    forms = {
        "evacuating": ["evacuate", "evacuation", "evacuees"],
        "happiness": ["happy", "happier"],
        "organization": ["organisation", "organised", "organize"],
        "children": ["child"],
        "detention": ["detained", "detainee"],
        "women": ["woman"],
        "labour": ["labor", "labouring"],
        "centre": ["center", "centres"],
    }[word]
    prefix = word_forms.prefix(word)
    for form in forms:
        if word_forms.key(form) == word_forms.key(word):
            assert form.startswith(prefix) or form in word_forms.irregular_forms(word), (form, prefix)
