"""What importing the loader costs: no PyYAML until an edition.yaml is read, rare patterns
compiled on first use (each costs up to 1.5 ms, paid by every start of the reader)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from parser.structure.text import on_first_use

REPO = Path(__file__).resolve().parents[2]

YAML_WHEN = """
import sys
from parser.loader import load_edition
print("import", "yaml" in sys.modules)
load_edition("sample_editions/qinghe-evening-p01.txt")
print("page file", "yaml" in sys.modules)
load_edition("sample_editions/beiling-daily-2024-05-18")
print("manifest", "yaml" in sys.modules)
"""


def test_pyyaml_is_imported_only_to_read_a_manifest() -> None:
    out = subprocess.run(
        [sys.executable, "-c", YAML_WHEN], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.splitlines()
    assert out == ["import False", "page file False", "manifest True"]


def test_a_pattern_on_first_use_is_compiled_once_and_matches_as_compiled() -> None:
    pattern = r"(?P<n>[0-9〇一二三]+)版"
    lazy = on_first_use(pattern)
    assert lazy() is lazy()
    assert lazy().pattern == pattern
    assert lazy().search("第三版").group("n") == re.compile(pattern).search("第三版").group("n")
