"""``kanbao search``: one plain line per hit, or JSON; nothing and status 0 on no match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from search_editions import article, edition_of

from parser.model import Edition
from parser.search import command
from tui.cli import main


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch, town_edition: Edition) -> Edition:
    """Make every path load ``town_edition`` (the command's own loading is tested apart)."""
    monkeypatch.setattr(command, "_load", lambda path: town_edition)
    return town_edition


def test_lines_best_first_with_page_title_and_marked_snippet(
    loaded: Edition, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "any.txt", "旅游专线"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "第1版  我县开通八条乡村旅游专线  我县开通八条乡村【旅游专线】"
    assert lines[-1].startswith("第3版  重阳节敬老活动举行  …")
    assert "【旅游专线】" in lines[-1]
    assert len(lines) == 4


def test_json_lists_every_hit_field(loaded: Edition, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "any.txt", "fzs", "--json"]) == 0
    out = capsys.readouterr().out
    assert "方重山" in out  # Chinese is not \u-escaped
    rows = json.loads(out)
    assert [r["item"] for r in rows] == ["p1-2"] * 3
    assert rows[0] == {
        "item": "p1-2",
        "page": 1,
        "field": "title",
        "paragraph": -1,
        "start": 4,
        "end": 7,
        "snippet": "县委书记方重山调研重点项目建设",
        "snippet_start": 4,
        "snippet_end": 7,
        "score": rows[0]["score"],
        "title": "县委书记方重山调研重点项目建设",
    }


def test_no_match_prints_nothing(loaded: Edition, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "any.txt", "北京冬奥会"]) == 0
    assert capsys.readouterr().out == ""


def test_no_match_as_json_is_an_empty_list(
    loaded: Edition, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "any.txt", "北京冬奥会", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_text_from_the_file_is_printed_as_data(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    edition = edition_of(
        article(
            "p1-1", title="[bold]标题[/bold]\x1b[31m", paragraphs=("正文\x1b]0;x\x07里有湿地。",)
        )
    )
    monkeypatch.setattr(command, "_load", lambda path: edition)
    assert main(["search", "any.txt", "湿地"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold]标题[/bold]" in out
    assert "【湿地】" in out


def test_bad_path_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("parser.loader")
    assert main(["search", str(tmp_path / "missing.txt"), "湿地"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err and "Traceback" not in err
