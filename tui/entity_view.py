"""What the entity sidebar lists: entities of a piece or the edition, grouped by type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parser.model import Edition, Entity

TYPE_NAMES = {"person": "人物", "place": "地点", "org": "机构"}


@dataclass(frozen=True)
class EntityRow:
    """One entity with how often it is mentioned in the chosen scope."""

    index: int  # position in the edition's entity tuple: a stable key
    entity: Entity
    count: int


def entity_groups(
    entities: Sequence[Entity], item_ids: set[str] | None = None
) -> list[tuple[str, list[EntityRow]]]:
    """Entities by type (people, places, organisations), most mentioned first.

    ``item_ids`` limits the count to those pieces (None: the whole edition); entities with no
    mention in scope are left out.
    """
    groups: dict[str, list[EntityRow]] = {kind: [] for kind in TYPE_NAMES}
    for index, entity in enumerate(entities):
        count = sum(1 for m in entity.mentions if item_ids is None or m.item in item_ids)
        if count:
            groups.setdefault(entity.type, []).append(EntityRow(index, entity, count))
    return [
        (kind, sorted(rows, key=lambda r: (-r.count, r.entity.name)))
        for kind, rows in groups.items()
        if rows
    ]


def pieces_mentioning(edition: Edition, entity: Entity) -> list[tuple[str, int]]:
    """(piece id, mentions) for every piece naming ``entity``, in reading order."""
    counts: dict[str, int] = {}
    for m in entity.mentions:
        counts[m.item] = counts.get(m.item, 0) + 1
    return [(item.id, counts[item.id]) for item in edition.items() if item.id in counts]
