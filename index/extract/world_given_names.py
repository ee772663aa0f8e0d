"""Given names of the English-writing countries beyond the United States (Faker's person lists).

The census lists (census_names.py) are American: "Angus", "Siobhan", "Aoife", "Rawiri", "Umair",
"Divya" or "Kipchirchir" are in none of them, so "Air Chief Marshal Angus Houston" read as the
U.S. city and "Siobhan McDonagh said" found no person. Faker (MIT) keeps first-name lists for
Britain, Ireland, New Zealand, India, Pakistan, Kenya and Nigeria, written in the Latin script
as our statements are. Its American list ("en") is left out: the census already gives those, with
a frequency, and Faker's copy holds rare names that are surnames far more often ("Coolidge",
"Burgess", "Fuller"). The authority takes these names through the filters of the census names.
"""

from __future__ import annotations

import importlib
from importlib import metadata

from . import census_names

LOCALES: tuple[str, ...] = ("en_GB", "en_IE", "ga_IE", "en_NZ", "en_IN", "en_PK", "en_KE", "en_NG")
LISTS: tuple[str, ...] = ("first_names", "first_names_male", "first_names_female")


def _words(locale: str) -> set[str]:
    """The one-word title-case names of a locale's lists (a weighted list is a dict)."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: set[str] = set()
    for attr in LISTS:
        for name in provider.__dict__.get(attr, ()):
            if isinstance(name, str) and name.isalpha() and name[:1].isupper() and name[1:].islower():
                found.add(name)
    return found


def world_given_names() -> frozenset[str]:
    """The locales' given names longer than two letters, title case."""
    found: set[str] = set()
    for locale in LOCALES:
        found |= _words(locale)
    return frozenset(name for name in found if len(name) > 2)


def person_given_names(
    common: frozenset[str],
    actor_words: set[str],
    not_names: frozenset[str],
    people: list[str],
    things: frozenset[str],
    surnames: frozenset[str],
) -> frozenset[str]:
    """The names that, capitalised, name a person, by the census names' tests (census_names.
    person_given_names) less the frequency: no ordinary word, actor's name, word kept out of
    names or word of a thing's name, and no name the authority's people bear as a surname as
    often. Without a frequency a common census surname (`surnames`) is left out too: Faker's
    British list gives "Campbell", "Davis" and "Coleman" as first names, which our statements
    write as surnames ("Senator Coleman"); a rare one stays ("Angus", "Ronan", "Hassan")."""
    surnamed = census_names.surnamed_people(people)
    return frozenset(
        name
        for name in world_given_names()
        if census_names.plain_name(name, common, actor_words, not_names)
        and name not in surnames
        and name not in surnamed
        and name.lower() not in things
    )


def data_key() -> bytes:
    """Faker's version, for the authority's cache key (importing Faker takes half a second)."""
    return metadata.version("faker").encode()
