"""Actors named in the open document, grouped by type (type → actor, with its mention count)."""

from __future__ import annotations

from collections.abc import Sequence

from app.colours import actor_colour
from app.models.grouped import Entry, Group, GroupedModel
from index.models import ACTOR_TYPES, Actor

TYPE_LABELS: dict[str, str] = {
    "state": "States",
    "government": "Governments",
    "armed_force": "Armed forces",
    "armed_group": "Armed groups",
    "igo": "International organisations",
    "ngo": "NGOs",
    "legislature": "Legislatures",
    "party": "Parties",
    "person": "People",
    "population": "Populations",
    "media": "Media",
    "place": "Places",
    "other": "Other",
}


def actor_groups(actors: Sequence[Actor]) -> list[Group]:
    """Group actors by type in the canonical type order; most-mentioned first inside a type."""
    by_type: dict[str, list[Actor]] = {}
    for actor in actors:
        kind = actor.type if actor.type in ACTOR_TYPES else "other"
        by_type.setdefault(kind, []).append(actor)
    groups = []
    for kind in ACTOR_TYPES:
        members = sorted(by_type.get(kind, []), key=lambda a: (-len(a.mentions), a.name.lower()))
        entries = tuple(Entry(a.name, len(a.mentions), a) for a in members)
        groups.append(Group(kind, TYPE_LABELS[kind], entries, actor_colour(kind)))
    return groups


class ActorsModel(GroupedModel):
    def set_actors(self, actors: Sequence[Actor]) -> None:
        self.set_groups(actor_groups(actors))
