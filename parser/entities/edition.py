"""Entities of a whole edition: tag every title and paragraph, share evidence, merge.

Evidence learned in one piece counts in all of them: reporters and photographers from
bylines and credits, and every person found in a first pass, are handed to a second pass
as known names, so 胡海军 found after 局长 in one paragraph is also found in a name run
like 卢东亮张强胡海军等 elsewhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from parser.entities.roles import roles_before
from parser.entities.tagger import Candidate, Span, candidates_of, resolve
from parser.model import Edition, Entity, EntityType, Mention

_TYPE_ORDER = {"person": 0, "place": 1, "org": 2}
# item id, paragraph index (-1 = title; None = evidence only, no mention), text
Text = tuple[str, int | None, str]


def _texts(edition: Edition) -> Iterator[Text]:
    """Titles and paragraphs (where mentions live), then kickers, subtitles and captions,
    which the contract gives no mention offsets for but which name people and roles."""
    for item in edition.items():
        if item.title:
            yield item.id, -1, item.title
        for index, paragraph in enumerate(item.paragraphs):
            yield item.id, index, paragraph
        for extra in (item.kicker, item.subtitle, *(p.caption for p in item.photos)):
            if extra:
                yield item.id, None, extra


def _byline_people(edition: Edition) -> dict[str, str]:
    """Reporters and photographers, with the role the byline gives them."""
    people: dict[str, str] = {}
    for item in edition.items():
        for name in item.reporters:
            people.setdefault(name, "记者")
        for photo in item.photos:
            for name in photo.photographers:
                people.setdefault(name, "摄影")
    return people


def _occurrences(texts: list[Text], names: dict[str, EntityType]) -> list[list[tuple[int, str]]]:
    """For each text, (start, name) of every occurrence of one of ``names`` in it.

    One search per name over all texts joined (a NUL between them) rather than one per
    name and text: the texts are many and short, the names a few hundred.
    """
    found: list[list[tuple[int, str]]] = [[] for _ in texts]
    if not names:
        return found
    bodies = [text for _, _, text in texts]
    joined = "\0".join(bodies)
    offsets: list[int] = []
    pos = 0
    for body in bodies:
        offsets.append(pos)
        pos += len(body) + 1
    for name in names:
        at = joined.find(name)
        while at >= 0:
            index = bisect_right(offsets, at) - 1
            found[index].append((at - offsets[index], name))
            at = joined.find(name, at + 1)
    return found


def _only(names: dict[str, EntityType], present: list[tuple[int, str]]) -> dict[str, EntityType]:
    """The entries of ``names`` that occur in a text (from its occurrences)."""
    return {name: names[name] for _, name in present if name in names}


LEARN_CONFIDENCE = 1.0  # only confident readings become evidence for other pieces


def _learned_people(
    texts: list[Text],
    first: list[list[Span]],
    cands: list[list[Candidate]],
    known: dict[str, EntityType],
) -> dict[str, EntityType]:
    """People found confidently anywhere, minus names that start a place or organisation
    found elsewhere (左云 beside 左云县 is the county, not a person)."""
    people: set[str] = set()
    prefixes: set[str] = set()
    for (_, _, text), spans, scored in zip(texts, first, cands, strict=True):
        confident = {
            (a, b) for a, b, kind, conf in scored if kind == "person" and conf >= LEARN_CONFIDENCE
        }
        for a, b, kind in spans:
            if kind == "person" and b - a >= 2 and (a, b) in confident:
                people.add(text[a:b])
            elif kind != "person":
                prefixes.update(text[a : a + n] for n in range(2, b - a))
    return {name: "person" for name in people - prefixes if name not in known}


def _retype_place_stems(
    mentions: dict[tuple[str, EntityType], list[Mention]],
    roles: dict[tuple[str, EntityType], list[str]],
) -> None:
    """A "person" whose name is also a place stem here (左云 beside 左云县) is a place."""
    stems = {
        name[:-1] for name, kind in mentions if kind == "place" and name[-1] in "省市县区镇乡村"
    }
    for name, kind in list(mentions):
        if kind == "person" and name in stems and not roles.get((name, kind)):
            moved = mentions.pop((name, kind))
            mentions.setdefault((name, "place"), []).extend(moved)


def _by_frequency(roles: list[str]) -> tuple[str, ...]:
    """Distinct roles, the most often given first (ties keep the order of the text)."""
    counts = Counter(roles)
    return tuple(sorted(counts, key=lambda r: -counts[r]))


def extract_entities(edition: Edition) -> tuple[Entity, ...]:
    """People (with roles), places and organisations of ``edition`` with every mention."""
    texts = list(_texts(edition))
    byline_people = _byline_people(edition)
    known: dict[str, EntityType] = dict.fromkeys(byline_people, "person")
    cands = candidates_of([text for _, _, text in texts])
    known_at = _occurrences(texts, known)
    first = [
        resolve(text, c, _only(known, present))
        for (_, _, text), c, present in zip(texts, cands, known_at, strict=True)
    ]
    learned = _learned_people(texts, first, cands, known)
    mentions: dict[tuple[str, EntityType], list[Mention]] = {}
    roles: dict[tuple[str, EntityType], list[str]] = {}
    learned_at = _occurrences(texts, learned)
    for (item_id, paragraph, text), spans, c, known_here, learned_here in zip(
        texts, first, cands, known_at, learned_at, strict=True
    ):
        tagged = {(a, b) for a, b, _ in spans}
        if any((at, at + len(name)) not in tagged for at, name in known_here + learned_here):
            # A name known elsewhere occurs here untagged: resolve again with the evidence.
            spans = resolve(text, c, _only(known, known_here), _only(learned, learned_here))
        floor = 0
        for a, b, kind in spans:
            key = (text[a:b], kind)
            if paragraph is not None:
                mentions.setdefault(key, []).append(Mention(item_id, paragraph, a, b))
            elif kind == "person":
                mentions.setdefault(key, [])  # named only in a caption or subtitle
            if kind == "person":
                roles.setdefault(key, []).extend(roles_before(text, a, floor))
                floor = b
    for name, role in byline_people.items():
        mentions.setdefault((name, "person"), [])
        roles.setdefault((name, "person"), []).append(role)
    _retype_place_stems(mentions, roles)
    entities = [
        Entity(
            name=name,
            type=kind,
            roles=_by_frequency(roles.get((name, kind), [])),
            mentions=tuple(m),
        )
        for (name, kind), m in mentions.items()
    ]
    entities.sort(key=lambda e: (_TYPE_ORDER[e.type], -len(e.mentions), e.name))
    return tuple(entities)
