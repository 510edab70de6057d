"""Shared fixtures: the bundled samples, and the real corpus in ../shared when it is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_editions"
# The real pages live beside the project (../shared/corpus); a fresh machine may not have them.
CORPUS = Path(os.environ.get("KANBAO_CORPUS", REPO.parent / "shared" / "corpus"))
# Benchmarks run in a quick mode unless KANBAO_BENCH_FULL=1.
BENCH_FULL = os.environ.get("KANBAO_BENCH_FULL") == "1"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus, or skip the test where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS


@pytest.fixture(scope="session")
def samples() -> Path:
    """The bundled sample_editions folder."""
    return SAMPLES
