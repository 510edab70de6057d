"""The JSON of ``kanbao parse``: the stable contract of DESIGN.md, as plain dicts."""

from __future__ import annotations

import json
from typing import Any

from parser.model import Edition, Entity, Item, Link, Photo


def _link(link: Link | None) -> dict[str, Any] | None:
    if link is None:
        return None
    return {"page": link.page, "item": link.item, "marker": link.marker}


def _photo(photo: Photo) -> dict[str, Any]:
    return {
        "caption": photo.caption,
        "credit": photo.credit,
        "photographers": list(photo.photographers),
        "after_paragraph": photo.after_paragraph,
    }


def item_to_dict(item: Item) -> dict[str, Any]:
    """One piece as the contract's ``items[]`` element."""
    return {
        "id": item.id,
        "kind": item.kind,
        "column": item.column,
        "kicker": item.kicker,
        "title": item.title,
        "subtitle": item.subtitle,
        "byline": item.byline,
        "dateline": item.dateline,
        "reporters": list(item.reporters),
        "paragraphs": list(item.paragraphs),
        "photos": [_photo(p) for p in item.photos],
        "continued_to": _link(item.continued_to),
        "continued_from": _link(item.continued_from),
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """One entity as the contract's ``entities[]`` element."""
    return {
        "name": entity.name,
        "type": entity.type,
        "roles": list(entity.roles),
        "mentions": [
            {"item": m.item, "paragraph": m.paragraph, "start": m.start, "end": m.end}
            for m in entity.mentions
        ],
    }


def edition_to_dict(edition: Edition) -> dict[str, Any]:
    """The whole edition as the contract's top-level object."""
    return {
        "paper": edition.paper,
        "date": edition.date,
        "issue": edition.issue,
        "pages": [
            {
                "number": page.number,
                "name": page.name,
                "header": page.header,
                "items": [item_to_dict(i) for i in page.items],
            }
            for page in edition.pages
        ],
        "entities": [entity_to_dict(e) for e in edition.entities],
    }


def edition_to_json(edition: Edition, indent: int | None = 2) -> str:
    """``kanbao parse`` output: UTF-8 JSON, Chinese kept as is (not \\u-escaped)."""
    return json.dumps(edition_to_dict(edition), ensure_ascii=False, indent=indent)
