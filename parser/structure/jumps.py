"""Jump markers (（下转第三版）, (上接1版), （全文见第三版）) and linking them across an edition."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parser.structure.draft import Draft
from parser.structure.text import cn_number, section_page

_NUM = r"[0-9０-９]{1,3}|[〇零一二三四五六七八九十两]{1,4}"
MARKER = re.compile(
    r"[（(]\s*(?P<verb>下转|下接|上接|接上|紧接|转|接|全文见|详见|见|续)\s*(?:第\s*)?(?P<letter>[A-Za-z])?\s*"
    rf"(?P<num>{_NUM})\s*版[^（()）\n]{{0,8}}?[）)]"
)
_BACKWARD = {"上接", "接上", "紧接", "接", "续"}
_FULL_TEXT = {"全文见", "详见", "见"}


@dataclass(frozen=True, slots=True)
class Marker:
    """A jump marker found in the text."""

    forward: bool  # 下转/转/全文见 (True) or 上接 (False)
    page: int
    text: str  # exactly as printed, brackets included
    full_text: bool = False  # （全文见…）: the target need not carry a 上接 marker


def parse_marker(match: re.Match[str]) -> Marker | None:
    """The marker a MARKER match describes, or None for a page number that makes no sense."""
    page = cn_number(match.group("num"))
    if page is None or page <= 0:
        return None
    page = section_page(match.group("letter"), page)
    verb = match.group("verb")
    return Marker(verb not in _BACKWARD, page, match.group(0), verb in _FULL_TEXT)


def whole_line_marker(text: str) -> Marker | None:
    """The marker when a line is nothing but a jump marker."""
    match = MARKER.fullmatch(text)
    return parse_marker(match) if match else None


def take_markers(text: str, draft: Draft) -> str:
    """Move the first forward and first backward marker of ``text`` into ``draft``.

    Returns the text without them; a marker of a direction the draft already has stays in
    the text (a piece links one way each), so nothing is lost.
    """
    if "版" not in text:  # cheap exit: every marker names a page (…版)
        return text
    for match in list(MARKER.finditer(text)):
        marker = parse_marker(match)
        if marker is None:
            continue
        if (marker.forward and draft.jump_to is None) or (
            not marker.forward and draft.jump_from is None
        ):
            draft.add_marker(marker)
            text = text.replace(marker.text, "", 1)
    return text.strip()


def _bigrams(text: str | None) -> set[str]:
    text = "".join((text or "").split())
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _similarity(a: Draft, b: Draft) -> float:
    """How much two pieces' headlines share (bigram overlap), 0..1."""
    left = _bigrams(a.label_text())
    right = _bigrams(b.label_text())
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def _title_key(draft: Draft) -> str:
    return "".join((draft.title or "").split())


def link_drafts(pages: Sequence[tuple[int, Sequence[Draft]]]) -> None:
    """Resolve every jump marker to the piece it names (ids must be assigned already).

    A 下转 marker links to the piece on its page that carries the matching 上接 marker
    (the best headline match when several do). Without one it falls back to the piece there
    with the same title, and a 上接 marker without a 下转 on its page does the same the other
    way; a marker whose piece is not found keeps its Link with item None.
    """
    by_page: dict[int, list[Draft]] = {}
    # Continuations waiting for their opening piece, by (their page, the page they name).
    waiting: dict[tuple[int, int], list[Draft]] = {}
    # Pieces by (page, title): the fallbacks look titles up instead of comparing every pair.
    titled: dict[tuple[int, str], list[Draft]] = {}
    for number, drafts in pages:
        by_page.setdefault(number, []).extend(drafts)
        for draft in drafts:
            if draft.jump_from is not None:
                waiting.setdefault((number, draft.jump_from.page), []).append(draft)
            if draft.title:
                titled.setdefault((number, _title_key(draft)), []).append(draft)
    for number, drafts in pages:
        for draft in drafts:
            marker = draft.jump_to
            if marker is None:
                continue
            fitting = waiting.get((marker.page, number), [])
            target = _best_target(draft, marker, fitting, by_page.get(marker.page, []))
            if target is None and draft.title:
                # The continuation's own 上接 marker is missing: the same title, no byline.
                same = titled.get((marker.page, _title_key(draft)), [])
                target = next((c for c in same if c.jump_from is None and not c.byline), None)
            if target is None:
                continue
            draft.target_id = target.id
            if target in fitting:
                fitting.remove(target)  # one opening piece per continuation
                target.source_id = draft.id
    for _, drafts in pages:
        for draft in drafts:
            back = draft.jump_from
            if back is None or draft.source_id is not None or not draft.title:
                continue
            same = titled.get((back.page, _title_key(draft)), [])
            source = next((c for c in same if c.jump_to is None and c is not draft), None)
            if source is not None:
                draft.source_id = source.id


def _best_target(
    source: Draft, marker: Marker, fitting: list[Draft], candidates: Sequence[Draft]
) -> Draft | None:
    """The continuation of ``source``: a 上接 piece naming its page, best headline match first."""
    fitting = [c for c in fitting if c is not source]
    if fitting:
        if len(fitting) == 1:
            return fitting[0]
        # Several continuations from the same page: the one whose headline shares most words,
        # ties going to reading order (max keeps the first of equal scores).
        return max(fitting, key=lambda c: _similarity(source, c))
    if marker.full_text:
        # （全文见第三版）: the full text is a piece of its own, recognised by its headline.
        scored = [(c, _similarity(source, c)) for c in candidates if c is not source]
        best = max(scored, key=lambda pair: pair[1], default=None)
        if best is not None and best[1] >= 0.5:
            return best[0]
    return None
