"""No character lost or duplicated: every sample edition, every sample page, every corpus input."""

from __future__ import annotations

from pathlib import Path

import pytest
from conservation import body_in_order, conservation_problem

from parser.loader import load_edition, read_text
from parser.manifest import read_manifest
from parser.model import Edition

SAMPLES = Path(__file__).resolve().parents[2] / "sample_editions"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _inputs(path: Path) -> list[Path]:
    """The text files an input is made of (a manifest names them; else every .txt)."""
    if path.is_file():
        return [path]
    if (path / "edition.yaml").is_file():
        return [path / entry.file for entry in read_manifest(path / "edition.yaml").pages]
    return sorted(f for f in path.iterdir() if f.suffix.lower() == ".txt")


def _sample_inputs() -> list[Path]:
    return sorted(
        p for p in SAMPLES.iterdir() if (p.is_dir() and any(p.glob("*.txt"))) or p.suffix == ".txt"
    )


def _check(path: Path, edition: Edition) -> None:
    texts = [read_text(f) for f in _inputs(path)]
    assert conservation_problem(texts, edition) is None, path
    joined = "\n".join(texts)
    for item in edition.items():
        assert body_in_order(item, joined), item.id


def test_there_are_samples_to_check() -> None:
    names = {p.name for p in _sample_inputs()}
    assert any(n.endswith(".txt") for n in names)
    assert len(names) >= 3


@pytest.mark.parametrize("path", _sample_inputs(), ids=lambda p: p.name)
def test_sample_keeps_every_character(path: Path) -> None:
    _check(path, load_edition(path))


def _fixture_inputs() -> list[Path]:
    """Each hand-made fixture edition (tests/fixtures/*/): its one page file, or its folder."""
    found = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        pages = sorted(folder.glob("*.txt"))
        found.append(pages[0] if len(pages) == 1 else folder)
    return found


def test_there_are_fixtures_to_check() -> None:
    assert len(_fixture_inputs()) >= 4


@pytest.mark.parametrize("path", _fixture_inputs(), ids=lambda p: p.name)
def test_fixture_keeps_every_character(path: Path) -> None:
    _check(path, load_edition(path))


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["dtrb-2022-07-p01.txt", "rmrb-20200119", "pd-ner/example.dev"])
def test_corpus_keeps_every_character(corpus: Path, name: str) -> None:
    _check(corpus / name, load_edition(corpus / name))


def test_conservation_check_catches_a_lost_character() -> None:
    """The check itself can fail: drop one character from a parsed page and it notices."""
    from dataclasses import replace

    from parser.loader import parse_text

    text = "标题在此\n\n本报讯（记者 张三）正文第一段。\n"
    edition = parse_text(text)
    assert conservation_problem([text], edition) is None
    item = edition.pages[0].items[0]
    shorter = replace(item, paragraphs=(item.paragraphs[0][:-1],))
    page = replace(edition.pages[0], items=(shorter,))
    assert conservation_problem([text], replace(edition, pages=(page,))) is not None
