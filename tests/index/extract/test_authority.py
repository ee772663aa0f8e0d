"""The authority file: generated, loadable, complete enough to name the actors of a statement."""

from __future__ import annotations

from importlib import import_module

from advocacy_archive.index.models import ACTOR_TYPES

authority_mod = import_module("advocacy_archive.index.extract.authority")


def test_authority_loads_with_every_core_type() -> None:
    auth = authority_mod.authority()
    types = set(auth.types)
    # populations ("civilians", "the people of Aleppo") are found by rule, not listed in the file
    for typ in (
        "state",
        "igo",
        "ngo",
        "armed_group",
        "armed_force",
        "government",
        "legislature",
        "party",
        "person",
        "place",
        "media",
        "other",
    ):
        assert typ in types, typ
    assert types <= set(ACTOR_TYPES)


def test_syria_composes_to_government_of_syria_and_regime_alias_exists() -> None:
    auth = authority_mod.authority()
    syria = auth.adjectives["syrian"]
    assert auth.names[syria] == "Syria"
    assert auth.roles[("government",)] == "government"
    assert auth.roles[("regime",)] == "government"
    assert "Assad regime" in auth.by_name


def test_us_is_an_upper_case_alias_only() -> None:
    auth = authority_mod.authority()
    forms = [a.tokens for a in auth.index.get("us", [])]
    assert ("US",) in forms
    assert ("us",) not in forms
