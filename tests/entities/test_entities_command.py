"""`kanbao entities` end to end through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main


def test_table_for_the_bundled_sample(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", str(samples / "beiling-daily-2024-05-18")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["name", "type", "roles", "mentions", "pieces"]
    kinds = {line.split()[1] for line in out[1:] if line.strip()}
    assert {"person", "place", "org"} <= kinds


def test_lines_json_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "lines.txt"
    src.write_text("省委书记钱国栋到红柳县调研。\n没有名字的一句话。\n", encoding="utf-8")
    assert main(["entities", "--lines", str(src), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result) == 2
    assert {"start": 4, "end": 7, "type": "person"} in result[0]
    assert {"start": 8, "end": 11, "type": "place"} in result[0]
    assert result[1] == []


def test_bad_path_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope"
    assert main(["entities", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope" in err[0]
    assert main(["entities", "--lines", str(missing), "--json"]) == 2


def test_gb18030_lines_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "gbk.txt"
    src.write_bytes("市长孙立新讲话。\r\n".encode("gb18030"))
    assert main(["entities", "--lines", str(src), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [[{"start": 2, "end": 5, "type": "person"}]]
