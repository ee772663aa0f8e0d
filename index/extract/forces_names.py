"""Armed forces named for whose they are and what kind ("the Albanian Land Forces", "the Tigray
Defense Forces", "Ukraine’s Southern Defense Forces"), which the dictionary lacks: a state's when
its name or adjective begins the name, grouped with that state's army as "of" names it; a
region's or a people's armed group otherwise; nothing to tell when only the kind is named
("Special Forces", "Combined Maritime Forces")."""

from __future__ import annotations

from . import organs
from .authority import authority
from .tokens import fold

# The words any state's forces are named with: "Special Operations Forces", "Combined Maritime
# Forces", "the Internal Security Forces" name a kind of force, not whose it is.
FORCE_KINDS = frozenset(
    """Armed Army Air Naval Navy Land Ground Maritime Marine Special Operations Operation Security
    Defence Defense Combined Joint Coalition Revolutionary Royal Imperial Allied Multinational
    Multi-National Military Internal National Federal Government Rapid Reserve Border Police
    Peacekeeping Expeditionary""".split()
)

CROWNS = frozenset({"Royal", "Imperial"})  # a crown's forces are its state's: "the Imperial Forces" of 1915


def forces_type(words: list[str]) -> str | None:
    """Whose "… Forces" are: a state's when its name or adjective begins the name ("the Albanian
    Land Forces", "the Israeli Defense Forces"), a region's or a people's armed group otherwise
    ("the Tigray Defense Forces", "the Amhara Special Forces"); none when every word names only a
    kind of force ("Special Forces", "the National Defense Forces": whose is told elsewhere), nor
    a state's security forces, which organs.py names as the state's executive."""
    if words[-2] == "Security" or any(w[:1].islower() for w in words):
        return None  # "Fighters of the Amhara Special Forces": where the name begins is unsure
    if words[0].isupper():
        return None  # "IRGC Qods Forces": a known body's forces, whose type is the body's
    if forces_state(words) or words[0] in CROWNS:
        return "armed_force"
    return "armed_group" if any(w not in FORCE_KINDS for w in words[:-1]) else None


def forces_state(words: list[str]) -> str:
    """The state whose forces the name's first words say they are, as "of" takes it: "the
    Albanian Land Forces", "Ukraine’s Southern Defense Forces", "the United States Forces"."""
    auth = authority()
    words = words[1:] if words[0] in CROWNS else words  # "the Royal Cambodian Armed Forces"
    owner = words[0][:-2] if words[0].endswith(("’s", "'s")) else words[0]
    state = auth.adjectives.get(fold(owner), -1)
    if state < 0 and len(words) > 2:
        state = auth.by_name.get(f"{words[0]} {words[1]}", -1)
    return organs.of_state(auth.names[state]) if state >= 0 and auth.types[state] == "state" else ""
