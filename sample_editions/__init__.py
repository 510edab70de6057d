"""Editions written for kanbao (fictional papers), shipped with the package."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_EDITION = HERE / "beiling-daily-2024-05-18"


def default_edition() -> Path:
    """The edition the reader opens when no path is given."""
    return DEFAULT_EDITION
