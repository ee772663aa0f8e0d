"""States a monarch heads: what "the Kingdom" can be, and what "the President" cannot.

A State Department readout's "the Kingdom" is the Saudi or Moroccan kingdom it named, never the
United States; an Australian release's "the President" is the American one, since Australia has
none. Kingdoms are read from the authority (an alias that calls the state a kingdom: "Hashemite
Kingdom of Jordan"); the other monarchies are general knowledge, listed below.
"""

from __future__ import annotations

from .authority import Authority

# UN member states headed by a monarch whose official names do not say "Kingdom": the
# Commonwealth realms, emirates, sultanates, principalities, Japan and the Holy See.
OTHER_MONARCHIES = frozenset(
    {
        "Australia",
        "Canada",
        "New Zealand",
        "Japan",
        "Jamaica",
        "Papua New Guinea",
        "Solomon Islands",
        "Tuvalu",
        "Bahamas",
        "Belize",
        "Grenada",
        "Saint Kitts and Nevis",
        "Saint Lucia",
        "Saint Vincent and the Grenadines",
        "Antigua and Barbuda",
        "Holy See",
        "Monaco",
        "Liechtenstein",
        "Luxembourg",
        "Andorra",
        "Kuwait",
        "Qatar",
        "Oman",
        "Brunei",
        "Malaysia",
    }
)
_KINGDOMS: dict[int, frozenset[int]] = {}


def kingdoms(auth: Authority) -> frozenset[int]:
    """States whose names in the authority call them a kingdom ("Hashemite Kingdom of Jordan")."""
    found = _KINGDOMS.get(id(auth))
    if found is None:
        found = frozenset(
            a.actor
            for aliases in auth.index2.values()
            for a in aliases
            if "kingdom" in a.keys and auth.types[a.actor] == "state"
        )
        _KINGDOMS[id(auth)] = found
    return found


def kingdom(candidates: list[int], auth: Authority) -> int:
    """The first of the states a text points to that is a kingdom, or -1."""
    return next((c for c in candidates if c >= 0 and c in kingdoms(auth)), -1)


def presidency(candidates: list[int], auth: Authority) -> int:
    """The first of the states a text points to that a president heads (no monarchy), or -1."""
    return next(
        (
            c
            for c in candidates
            if c >= 0 and c not in kingdoms(auth) and auth.names[c] not in OTHER_MONARCHIES
        ),
        -1,
    )
