"""parser/ is pure: importing it (all of it) must not load textual or rich."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import parser


def test_parser_imports_no_ui_library() -> None:
    modules = [m.name for m in pkgutil.walk_packages(parser.__path__, "parser.")]
    assert "parser.model" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
