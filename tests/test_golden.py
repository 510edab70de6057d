"""Golden tests: every bundled sample against a hand-written expected structure (tests/golden/).

The golden files describe each page as a careful human reader sees it; keys left out are not
checked. One assert message lists every difference, so a run shows all that is still wrong.
test_sample_files.py checks the golden files against the sample text without the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from golden_spec import GOLDEN_FILES, SAMPLES, TEXT_KEYS, load_golden, norm

from parser.jsonout import edition_to_dict


def _compare_link(where: str, key: str, want: dict[str, Any] | None, got: Any) -> list[str]:
    if want is None or got is None:
        return [] if want == got else [f"{where}.{key}: want {want!r}, got {got!r}"]
    return [
        f"{where}.{key}.{k}: want {v!r}, got {got.get(k)!r}"
        for k, v in want.items()
        if norm(got.get(k)) != norm(v)
    ]


def _compare_photos(where: str, want: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    if len(want) != len(got):
        captions = [p["caption"][:20] for p in got]
        return [f"{where}.photos: want {len(want)}, got {len(got)} {captions}"]
    diffs = []
    for n, (w, g) in enumerate(zip(want, got, strict=True)):
        here = f"{where}.photos[{n}]"
        for key in ("caption", "credit"):
            if key in w and norm(g[key]) != norm(w[key]):
                diffs.append(f"{here}.{key}: want {w[key]!r}, got {g[key]!r}")
        if "photographers" in w and list(g["photographers"]) != w["photographers"]:
            diffs.append(
                f"{here}.photographers: want {w['photographers']}, got {g['photographers']}"
            )
        if "caption_starts" in w and not norm(g["caption"]).startswith(norm(w["caption_starts"])):
            got_start = g["caption"][:40]
            diffs.append(
                f"{here}.caption: want it to start {w['caption_starts']!r}, got {got_start!r}"
            )
    return diffs


def compare_item(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every difference between one expected piece and the parsed one, as readable lines."""
    where = f"{want['id']} ({want.get('title') or want.get('column') or want['kind']})"
    diffs = []
    for key in TEXT_KEYS:
        if key in want and norm(got[key]) != norm(want[key]):
            diffs.append(f"{where}.{key}: want {want[key]!r}, got {got[key]!r}")
    if "reporters" in want and list(got["reporters"]) != want["reporters"]:
        diffs.append(f"{where}.reporters: want {want['reporters']}, got {got['reporters']}")
    paras = got["paragraphs"]
    if "paragraphs" in want and len(paras) != want["paragraphs"]:
        heads = [p[:12] for p in paras]
        diffs.append(f"{where}.paragraphs: want {want['paragraphs']}, got {len(paras)} {heads}")
    starts = want.get("first_paragraph_starts")
    if starts is not None and not (paras and norm(paras[0]).startswith(norm(starts))):
        first = paras[0][:40] if paras else None
        diffs.append(f"{where}.paragraphs[0]: want it to start {starts!r}, got {first!r}")
    body = "".join(paras)
    diffs += [
        f"{where}: text {s!r} not in its paragraphs"
        for s in want.get("text_contains", [])
        if s not in body
    ]
    if "photos" in want:
        diffs += _compare_photos(where, want["photos"], got["photos"])
    for key in ("continued_to", "continued_from"):
        if key in want:
            diffs += _compare_link(where, key, want[key], got[key])
    return diffs


def compare_edition(spec: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every difference between a golden spec and `edition_to_dict` of the parsed edition."""
    diffs = [
        f"{key}: want {spec[key]!r}, got {got[key]!r}"
        for key in ("paper", "date", "issue")
        if key in spec and got[key] != spec[key]
    ]
    if "pages" not in spec:
        return diffs
    want_numbers = [p["number"] for p in spec["pages"]]
    got_pages = {p["number"]: p for p in got["pages"]}
    if sorted(got_pages) != sorted(want_numbers):
        diffs.append(f"pages: want {want_numbers}, got {sorted(got_pages)}")
    for page in spec["pages"]:
        got_page = got_pages.get(page["number"])
        if got_page is None:
            continue
        for key in ("name", "header"):
            if key in page and norm(got_page[key]) != norm(page[key]):
                diffs.append(
                    f"page {page['number']}.{key}: want {page[key]!r}, got {got_page[key]!r}"
                )
        got_items = {i["id"]: i for i in got_page["items"]}
        want_ids = [i["id"] for i in page.get("items", [])]
        if "items" in page and list(got_items) != want_ids:
            found = [
                f"{i['id']}:{i['kind']}:{(i['title'] or i['column'] or '')[:10]}"
                for i in got_page["items"]
            ]
            diffs.append(f"page {page['number']} items: want {want_ids}, got {found}")
        for item in page.get("items", []):
            if item["id"] in got_items:
                diffs += compare_item(item, got_items[item["id"]])
            else:
                diffs.append(f"{item['id']}: missing")
    return diffs


@pytest.mark.parametrize("golden", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_structure(golden: Path) -> None:
    """The parser reads each sample as the golden file says a careful reader would."""
    from parser.loader import load_edition

    spec = load_golden(golden)
    edition = load_edition(SAMPLES / spec["source"])
    diffs = compare_edition(spec, edition_to_dict(edition))
    assert not diffs, f"{golden.name}: {len(diffs)} differences\n  " + "\n  ".join(diffs)
