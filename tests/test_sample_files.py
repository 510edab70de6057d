"""The golden files and the sample editions checked against each other, without the parser.

A golden expectation that quotes text not on its page, breaks reading order or links a piece
that does not link back is wrong whatever the parser does; the samples must also keep the
layouts they stand for (GB18030 copy, CRLF day folder, page sizes) and owe nothing to ../shared.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden_spec import (
    GOLDEN_FILES,
    ITEM_KEYS,
    KINDS,
    PAGE_KEYS,
    PHOTO_KEYS,
    SAMPLES,
    TOP_KEYS,
    load_golden,
    page_texts,
    read_sample,
    squeeze,
)


def item_strings(item: dict[str, Any]) -> list[str]:
    """Every piece of input text a golden item quotes, first the one that opens the piece."""
    link = item.get("continued_from")
    texts = [link["marker"]] if link else []
    texts += [item[k] for k in ("column", "kicker", "title", "subtitle", "byline") if item.get(k)]
    if item.get("first_paragraph_starts"):
        texts.append(item["first_paragraph_starts"])
    for photo in item.get("photos", []):
        texts += [photo[k] for k in ("caption", "caption_starts", "credit") if k in photo]
    texts += item.get("text_contains", [])
    if item.get("continued_to"):
        texts.append(item["continued_to"]["marker"])
    return [str(t) for t in texts]


@pytest.mark.parametrize("golden", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_file_is_consistent(golden: Path) -> None:
    """Known keys, ids p{page}-{n} in order, links both ways, quoted text present in order."""
    spec = load_golden(golden)
    assert set(spec) <= TOP_KEYS, set(spec) - TOP_KEYS
    assert (SAMPLES / spec["source"]).exists(), spec["source"]
    texts = page_texts(spec)
    items = {i["id"]: (p["number"], i) for p in spec["pages"] for i in p["items"]}
    problems = []
    for page in spec["pages"]:
        assert set(page) <= PAGE_KEYS, set(page) - PAGE_KEYS
        text, cursor = squeeze(texts[page["number"]]), 0
        for n, item in enumerate(page["items"], start=1):
            assert set(item) <= ITEM_KEYS, (item["id"], set(item) - ITEM_KEYS)
            assert item["id"] == f"p{page['number']}-{n}", item["id"]
            assert item["kind"] in KINDS, item
            for photo in item.get("photos", []):
                assert set(photo) <= PHOTO_KEYS, photo
            quoted = item_strings(item)
            missing = [s for s in quoted if not _on_page(squeeze(s), text)]
            problems += [f"{item['id']}: {s!r} is not on page {page['number']}" for s in missing]
            at = text.find(squeeze(quoted[0]), cursor) if quoted else cursor
            if at < 0:
                problems.append(f"{item['id']}: {quoted[0]!r} is out of reading order")
            cursor = max(cursor, at)
            problems += _link_problems(item, page["number"], items, set(texts))
    assert not problems, "\n".join(problems)


def _on_page(quote: str, text: str, gap: int = 200) -> bool:
    """The quote is on the page, whole or split once by a dropped caption or a page furniture."""
    if quote in text:
        return True
    for cut in range(1, len(quote)):
        head = text.find(quote[:cut])
        while head >= 0:
            end = head + cut
            if text.find(quote[cut:], end, end + gap + len(quote) - cut) >= 0:
                return True
            head = text.find(quote[:cut], head + 1)
    return False


def _link_problems(
    item: dict[str, Any], page: int, items: dict[str, tuple[int, dict[str, Any]]], pages: set[int]
) -> list[str]:
    problems = []
    for key, back in (("continued_to", "continued_from"), ("continued_from", "continued_to")):
        link = item.get(key)
        if not link:
            continue
        if link["item"] is None:
            if link["page"] in pages:
                problems.append(f"{item['id']}.{key}: page {link['page']} exists, so not dangling")
            continue
        target_page, target = items[link["item"]]
        reverse = target.get(back) or {}
        if target_page != link["page"] or reverse.get("item") != item["id"]:
            problems.append(f"{item['id']}.{key} -> {link['item']}: not linked back")
        elif reverse.get("page") != page:
            problems.append(f"{link['item']}.{back}: names page {reverse.get('page')}, not {page}")
    return problems


# --- The sample files themselves -------------------------------------------------------------


def test_gb18030_page_is_the_utf8_page() -> None:
    raw = (SAMPLES / "qinghe-evening-p01.gb18030.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.decode("gb18030") == (SAMPLES / "qinghe-evening-p01.txt").read_text("utf-8")


def test_day_folder_has_the_crawl_layout() -> None:
    files = sorted((SAMPLES / "rmrb-style-20240518").iterdir())
    assert [f.name[:11] for f in files].count("20240518-01") == 3 and len(files) == 5
    for path in files:
        assert re.fullmatch(r"\d{8}-\d{2}-\d{2}\.txt", path.name), path.name
        data = path.read_bytes()
        assert data.count(b"\n") == data.count(b"\r\n") > 3, f"{path.name}: not CRLF"
        lines = data.decode("utf-8").split("\r\n")
        assert lines[1] and not lines[1].startswith("\u3000"), f"{path.name}: no title line"
        body = [line for line in lines[3:] if line]
        assert body and all(line.startswith("\u3000\u3000") for line in body), path.name


def test_edition_pages_read_like_a_paper() -> None:
    folder = SAMPLES / "beiling-daily-2024-05-18"
    manifest = yaml.safe_load((folder / "edition.yaml").read_text(encoding="utf-8"))
    assert manifest["paper"] == "北岭日报" and len(manifest["pages"]) >= 5
    for page in manifest["pages"]:
        size = len((folder / page["file"]).read_text(encoding="utf-8"))
        assert 2000 <= size <= 4000, f"{page['file']}: {size} characters"


def test_samples_do_not_copy_the_corpus(corpus: Path) -> None:
    """No run of 16 characters (whitespace ignored) is shared with the real pages."""
    width, seen = 16, set()
    for path in [corpus / "dtrb-2022-07-p01.txt", *sorted(corpus.glob("rmrb-*/*.txt"))]:
        text = squeeze(read_sample(path))
        seen.update(text[i : i + width] for i in range(len(text) - width + 1))
    copied = []
    for path in sorted(SAMPLES.rglob("*.txt")):
        text = squeeze(read_sample(path))
        copied += [
            f"{path.name}: {text[i : i + width]}"
            for i in range(len(text) - width + 1)
            if text[i : i + width] in seen
        ]
    assert not copied, "\n".join(copied[:20])
