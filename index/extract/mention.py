"""A candidate mention of an actor, as the finders produce it and the selection and resolution
steps refine it before mentions are grouped into actors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)  # slots: thousands per document, sorted and compared by attribute
class Mention:
    start: int
    end: int
    name: str
    type: str
    rank: int = 0  # tie-break between finders: dictionary 3, composed 4, heuristics lower
    home: str = ""  # an organ word's name pattern, resolved to a state later ("Government of {}")
    organ: str = ""  # how that state is found (index.extract.organs): "exec", "police", "own", …
    aid: int = -1  # the authority's actor, for dictionary matches
    alts: tuple[int, ...] = ()  # every actor the matched alias names, when more than one ("Democrats")
    weak: bool = False  # the alias is also an ordinary word: context decides (index.extract.context)
    country: int = -1  # the state a composed mention belongs to ("Thai police" → Thailand)
    start_cap: bool = False  # an organ word written with a capital inside a sentence ("the Government")
