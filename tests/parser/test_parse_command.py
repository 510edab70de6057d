"""``kanbao parse``: the JSON contract of DESIGN.md on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "sample_editions"
ITEM_KEYS = {
    "id", "kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "reporters",
    "paragraphs", "photos", "continued_to", "continued_from",
}  # fmt: skip


def _parse(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["parse", "--no-entities", *args]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data: dict[str, object] = json.loads(out)
    return data


def test_page_file_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "p03.txt"
    page.write_text(
        "园区建设提速\n\n本报讯（记者 张三 李四）正文第一段。（下转第五版）\n\n"
        "春到杏花村\n\n果农在采摘[bold]樱桃[/bold]。\n\n郑小川 摄\n",
        encoding="utf-8",
    )
    data = _parse(capsys, str(page))
    assert set(data) >= {"paper", "date", "issue", "pages", "entities"}
    (page_data,) = data["pages"]  # type: ignore[misc]
    assert page_data["number"] == 3
    article, photo = page_data["items"]
    assert set(article) >= ITEM_KEYS
    assert article["id"] == "p3-1" and article["reporters"] == ["张三", "李四"]
    assert article["byline"] == "本报讯（记者 张三 李四）"
    assert article["continued_to"] == {"page": 5, "item": None, "marker": "（下转第五版）"}
    assert photo["kind"] == "photo"
    assert photo["photos"][0]["caption"] == "果农在采摘[bold]樱桃[/bold]。"
    assert photo["photos"][0]["photographers"] == ["郑小川"]


def test_compact_output_is_one_line_of_unescaped_chinese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["parse", "--no-entities", "--compact", str(SAMPLES / "qinghe-evening-p01.txt")]) == 0
    )
    out, _ = capsys.readouterr()
    assert out.count("\n") == 1 and "\\u" not in out and "清河" in out


def test_bundled_edition_folder(capsys: pytest.CaptureFixture[str]) -> None:
    folders = [p for p in SAMPLES.iterdir() if (p / "edition.yaml").is_file()]
    assert folders
    data = _parse(capsys, str(folders[0]))
    assert data["paper"] and data["date"]
    ids = [item["id"] for page in data["pages"] for item in page["items"]]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids)) > 5
