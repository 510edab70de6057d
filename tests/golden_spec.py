"""Reading the golden files (tests/golden/*.yaml) and the sample text they describe.

Shared by test_golden.py (parser output against the golden files) and test_sample_files.py
(the golden files and the samples against each other).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

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
    """The text without any whitespace: how quotes are found whatever the layout."""
    return re.sub(r"\s+", "", text)
