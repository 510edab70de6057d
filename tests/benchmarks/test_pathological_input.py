"""Long runs of spaces must cost linear time (a regex that backtracks would take minutes).

A ratio in the same run: ten times the spaces may take at most thirty times as long (linear
work gives about ten; quadratic backtracking a hundred and more).
"""

from __future__ import annotations

import time
from typing import Any

from parser.loader import parse_text
from parser.structure.bylines import split_byline

SMALL, LARGE = 800, 8_000


def lines(spaces: int) -> list[str]:
    """Lines that gave the byline and page patterns trouble: long runs of spaces."""
    return [
        "本报讯" + " " * spaces + "记者",
        "本报讯 记者" + " " * spaces + "张三",
        "张" + "  张" * (spaces // 4),
    ]


def parse_all(spaces: int) -> float:
    texts = lines(spaces)
    start = time.perf_counter()
    for line in texts:
        split_byline(line)
        parse_text(line + "\n")
    return time.perf_counter() - start


def test_long_space_runs_stay_linear(benchmark: Any) -> None:
    def measure() -> tuple[float, float]:
        small = min(parse_all(SMALL) for _ in range(7))
        large = min(parse_all(LARGE) for _ in range(7))
        return small, large

    small, large = benchmark.pedantic(measure, rounds=1, iterations=1)
    ratio = large / small
    print(f"\n{SMALL} spaces {small * 1e3:.2f} ms, {LARGE}: {large * 1e3:.2f} ms, x{ratio:.1f}")
    benchmark.extra_info["ratio"] = round(ratio, 2)
    assert ratio <= 30
