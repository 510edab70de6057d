"""Hand-made inputs in styles the bundled samples do not have (tests/fixtures/*/), each
against its hand-written expected structure (expected.yaml, the golden-file format).

``source`` in an expected.yaml is relative to its folder (``.``: the folder is the edition).
The comparison is test_golden.py's, so a failure lists every difference at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from golden_spec import ITEM_KEYS, PAGE_KEYS, squeeze
from test_golden import compare_edition
from test_sample_files import item_strings

from parser.jsonout import edition_to_dict
from parser.loader import load_edition, read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = sorted(FIXTURES.glob("*/expected.yaml"))


def load_expected(path: Path) -> tuple[dict[str, Any], Path]:
    """The expected structure and the input it describes."""
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec, (path.parent / spec["source"]).resolve()


def fixture_inputs() -> list[Path]:
    """Every fixture input (for the conservation test)."""
    return [load_expected(p)[1] for p in EXPECTED]


def test_there_are_fixtures() -> None:
    assert len(EXPECTED) >= 4


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.parent.name)
def test_fixture_structure(path: Path) -> None:
    """The parser reads each fixture as its expected.yaml says a careful reader would."""
    spec, source = load_expected(path)
    diffs = compare_edition(spec, edition_to_dict(load_edition(source)))
    assert not diffs, f"{path.parent.name}: {len(diffs)} differences\n  " + "\n  ".join(diffs)


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.parent.name)
def test_expectation_quotes_the_input(path: Path) -> None:
    """Without the parser: known keys, and every quoted text is in the input."""
    spec, source = load_expected(path)
    files = [source] if source.is_file() else sorted(source.glob("*.txt"))
    text = squeeze("".join(read_text(f) for f in files))
    missing = []
    for page in spec["pages"]:
        assert set(page) <= PAGE_KEYS, set(page) - PAGE_KEYS
        for item in page["items"]:
            assert set(item) <= ITEM_KEYS, (item["id"], set(item) - ITEM_KEYS)
            # text_contains may span a caption dropped mid-sentence: only the parser joins it.
            quoted = item_strings({k: v for k, v in item.items() if k != "text_contains"})
            missing += [(item["id"], s) for s in quoted if squeeze(s) not in text]
    assert not missing, missing


def test_a_story_continued_twice_reads_as_one() -> None:
    """p1 → p3 → p4: from any of its pieces the story is the same three pieces in order."""
    edition = load_edition(FIXTURES / "jianglan-morning-multipage")
    for piece in ("p1-1", "p3-1", "p4-1"):
        assert [i.id for i in edition.story(piece)] == ["p1-1", "p3-1", "p4-1"], piece
    assert [i.id for i in edition.story("p1-2")] == ["p1-2"]  # its jump dangles
