"""Golden tests: every bundled sample against a hand-written expected structure (tests/golden/).

The golden files describe each page as a careful human reader sees it; keys left out are not
checked. `test_golden_structure` needs the parser; the other tests check the golden files and
the sample files themselves, so a wrong expectation is caught even before the parser exists.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from parser.jsonout import edition_to_dict

GOLDEN_DIR = Path(__file__).parent / "golden"
GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*.yaml"))
SAMPLES = Path(__file__).resolve().parents[1] / "sample_editions"

TOP_KEYS = {"source", "like", "paper", "date", "issue", "pages"}
PAGE_KEYS = {"number", "name", "header", "items"}
TEXT_KEYS = ("kind", "column", "kicker", "title", "subtitle", "dateline", "byline")
ITEM_KEYS = {
    "id", *TEXT_KEYS, "reporters", "paragraphs", "first_paragraph_starts", "text_contains",
    "photos", "continued_to", "continued_from",
}  # fmt: skip
PHOTO_KEYS = {"caption", "caption_starts", "credit", "photographers"}
KINDS = {"article", "photo", "notice", "banner", "brief"}


def load_golden(path: Path) -> dict[str, Any]:
    """A golden file; `like: other.yaml` takes every key it does not set from that file."""
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "like" in spec:
        base = load_golden(path.parent / spec["like"])
        spec = {**base, **{k: v for k, v in spec.items() if k != "like"}}
    return spec


def norm(value: Any) -> Any:
    """Fold whitespace runs (NBSP, full-width space included) to one ASCII space."""
    return " ".join(value.split()) if isinstance(value, str) else value


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


# --- The golden files against the sample text itself (no parser needed) ---------------------


def read_sample(path: Path) -> str:
    """A sample file's text: UTF-8 (BOM allowed), else GB18030."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def page_texts(spec: dict[str, Any]) -> dict[int, str]:
    """The raw text of each page of a golden file's source, by page number."""
    source = SAMPLES / spec["source"]
    if (source / "edition.yaml").is_file():
        manifest = yaml.safe_load((source / "edition.yaml").read_text(encoding="utf-8"))
        return {p["number"]: read_sample(source / p["file"]) for p in manifest["pages"]}
    if source.is_dir():
        texts: dict[int, str] = {}
        for path in sorted(source.glob("*.txt")):
            page = int(path.stem.split("-")[1])
            texts[page] = texts.get(page, "") + read_sample(path)
        return texts
    return {p["number"]: read_sample(source) for p in spec["pages"]}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


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
