"""Actors named in the open document, grouped by type (type → actor, with its mention count)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...index.models import ACTOR_TYPES, Actor
from ..colours import actor_colour
from .grouped import Entry, Group, GroupedModel

# English labels, marked for translation; `type_label()` translates them when shown.
# Qt's stubs type QT_TRANSLATE_NOOP as returning object; it returns its text.
TYPE_LABELS = cast(
    dict[str, str],
    {
        "state": QT_TRANSLATE_NOOP("ActorTypes", "States"),
        "government": QT_TRANSLATE_NOOP("ActorTypes", "Governments"),
        "armed_force": QT_TRANSLATE_NOOP("ActorTypes", "Armed forces"),
        "armed_group": QT_TRANSLATE_NOOP("ActorTypes", "Armed groups"),
        "igo": QT_TRANSLATE_NOOP("ActorTypes", "International organisations"),
        "ngo": QT_TRANSLATE_NOOP("ActorTypes", "NGOs"),
        "legislature": QT_TRANSLATE_NOOP("ActorTypes", "Legislatures"),
        "party": QT_TRANSLATE_NOOP("ActorTypes", "Parties"),
        "person": QT_TRANSLATE_NOOP("ActorTypes", "People"),
        "population": QT_TRANSLATE_NOOP("ActorTypes", "Populations"),
        "media": QT_TRANSLATE_NOOP("ActorTypes", "Media"),
        "place": QT_TRANSLATE_NOOP("ActorTypes", "Places"),
        "other": QT_TRANSLATE_NOOP("ActorTypes", "Other"),
    },
)


def type_label(kind: str) -> str:
    """The translated plural label of an actor type ("Armed forces"); unknown types as is."""
    return QCoreApplication.translate("ActorTypes", TYPE_LABELS[kind]) if kind in TYPE_LABELS else kind


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
        groups.append(Group(kind, type_label(kind), entries, actor_colour(kind)))
    return groups


class ActorsModel(GroupedModel):
    def set_actors(self, actors: Sequence[Actor]) -> None:
        self.set_groups(actor_groups(actors))
