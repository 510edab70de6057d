"""Bad input: one clear EditionError naming the file and the problem; the CLI exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from parser.errors import EditionError
from parser.loader import load_edition, parse_text
from tui.cli import main

GOOD_PAGE = "标题\n\n正文在此。\n"


def _error(path: Path) -> EditionError:
    with pytest.raises(EditionError) as info:
        load_edition(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(info.value.path))
    return info.value


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  ", "empty file"),
        ("\u3000\u3000\n\u00a0\n".encode(), "empty file"),
        (b"\xef\xbb\xbf   \n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        (bytes(range(1, 32)) * 20, "binary data"),
        (b"\xff\xfe\x00\xd8\x00\xd8", "undecodable"),
        (b"\x80\x80\x80\xff\xff\xff" * 10, "undecodable"),
    ],
)
def test_bad_page_file(tmp_path: Path, data: bytes, problem: str) -> None:
    path = _write(tmp_path / "page.txt", data)
    err = _error(path)
    assert err.path == str(path)
    assert problem in err.problem


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "nope.txt").problem


def test_empty_folder(tmp_path: Path) -> None:
    assert "empty folder" in _error(tmp_path).problem


def test_empty_text_for_parse_text() -> None:
    with pytest.raises(EditionError, match="<text>: empty text"):
        parse_text(" \n\u3000\n")


MANIFEST_PROBLEMS = [
    ("paper: [unclosed\n", "not valid YAML"),
    ("- just\n- a list\n", "must be a mapping"),
    ("date: 2024-05-18\npages: [{number: 1, file: p1.txt}]\n", "missing key 'paper'"),
    ("paper: X\npages: [{number: 1, file: p1.txt}]\n", "missing key 'date'"),
    ("paper: X\ndate: 18/05/2024\npages: [{number: 1, file: p1.txt}]\n", "key 'date'"),
    ("paper: X\ndate: 2024-02-31\npages: [{number: 1, file: p1.txt}]\n", "key 'date'"),
    ("paper: X\ndate: 2024-05-18\n", "missing key 'pages'"),
    ("paper: X\ndate: 2024-05-18\npages: []\n", "key 'pages'"),
    ("paper: X\ndate: 2024-05-18\npages: [{file: p1.txt}]\n", "pages[0].number"),
    ("paper: X\ndate: 2024-05-18\npages: [{number: one, file: p1.txt}]\n", "pages[0].number"),
    ("paper: X\ndate: 2024-05-18\npages: [{number: 1}]\n", "pages[0].file"),
    ("paper: X\ndate: 2024-05-18\npages: [{number: 1, file: p9.txt}]\n", "p9.txt does not exist"),
    ("paper: X\ndate: 2024-05-18\npages: [{number: 1, file: p1.txt}, {number: 1, file: p1.txt}]\n",
     "appears twice"),
    ("paper: X\ndate: 2024-05-18\npages: [3]\n", "pages[0] must be a mapping"),
]  # fmt: skip


@pytest.mark.parametrize(("manifest", "problem"), MANIFEST_PROBLEMS)
def test_bad_manifest(tmp_path: Path, manifest: str, problem: str) -> None:
    _write(tmp_path / "p1.txt", GOOD_PAGE)
    path = _write(tmp_path / "edition.yaml", manifest)
    err = _error(tmp_path)
    assert err.path == str(path)
    assert problem in err.problem


def test_manifest_page_file_that_is_empty_names_that_file(tmp_path: Path) -> None:
    _write(tmp_path / "p1.txt", "")
    _write(
        tmp_path / "edition.yaml",
        "paper: X\ndate: 2024-05-18\npages: [{number: 1, file: p1.txt}]\n",
    )
    err = _error(tmp_path)
    assert err.path == str(tmp_path / "p1.txt") and "empty" in err.problem


def test_cli_prints_one_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _write(tmp_path / "bad.txt", b"\x00\x01\x02binary")
    assert main(["parse", "--no-entities", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and str(bad) in err and "binary data" in err


def test_cli_subprocess_has_no_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    run = subprocess.run(
        [sys.executable, "-m", "tui.cli", "parse", "--no-entities", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.strip().splitlines() == [f"kanbao: {missing}: no such file or folder"]
