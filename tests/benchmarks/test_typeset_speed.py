"""Typesetting speed: reflowing a 3,000-character article, as a ratio to Rich's own wrapping.

The yardstick is ``rich.text.Text.wrap`` on the same paragraphs at the same width: what the
pane would cost if it let Rich wrap (badly, at spaces). Goal: our Chinese breaking plus the
Rich Text it builds costs at most 1.5 times that, so resizing a long article is as instant as
any Textual text. Caches are cleared before every round (a resize is a new width anyway).
Rounds interleave baseline and subject and keep each one's minimum.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.text import Text

from tui import typeset as ts

FULL = os.environ.get("KANBAO_BENCH_FULL") == "1"
ROUNDS = 25 if FULL else 7
WIDTH = 80
GOAL = 1.5

_VOCABULARY = (
    "市委 书记 调研 重点 项目 建设 开发区 产业 园区 企业 招商 引资 营商 环境 志愿者 乡村 振兴 "
    "农业 合作社 大棚 收入 群众 干部 会议 强调 要求 推进 落实 工作 发展 质量 安全 生产 应急 "
    "管理 消防 救援 交通 道路 医院 学校 教育 文化 体育 市民 游客 假期 生态 保护"
)
_WORDS = _VOCABULARY.split()
_MARKS = ["，", "，", "，", "、", "；", "。"]


def article(chars: int = 3000, seed: int = 7) -> list[str]:
    """Invented paragraphs of news prose (quotes, brackets, numbers), about ``chars`` long."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < chars:
        parts = []
        for _ in range(rng.randint(8, 14)):
            phrase = "".join(rng.sample(_WORDS, rng.randint(2, 4)))
            roll = rng.random()
            if roll < 0.1:
                phrase = f"“{phrase}”"
            elif roll < 0.15:
                phrase = f"{phrase}（{rng.randint(2019, 2024)}年）"
            elif roll < 0.2:
                phrase = f"{phrase}{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
            parts.append(phrase + rng.choice(_MARKS))
        text = "".join(parts).rstrip("，、；") + "。"
        paragraphs.append(text)
        total += len(text)
    return paragraphs


def best_of(rounds: int, **subjects: Callable[[], object]) -> dict[str, float]:
    best = dict.fromkeys(subjects, float("inf"))
    for _ in range(rounds):
        for name, subject in subjects.items():
            start = time.perf_counter()
            subject()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def test_reflow_of_a_long_article_is_as_fast_as_rich_wrapping(benchmark: Any) -> None:
    paragraphs = article()
    chars = sum(map(len, paragraphs))
    assert chars >= 3000
    console = Console(width=WIDTH)

    def rich_wrap() -> None:
        for text in paragraphs:
            Text(text).wrap(console, WIDTH)

    def ours() -> None:
        ts._break.cache_clear()
        for text in paragraphs:
            ts.typeset(text, WIDTH)

    def ours_cached() -> None:  # the same width again: a repaint, not a reflow
        for text in paragraphs:
            ts.typeset(text, WIDTH)

    best = benchmark.pedantic(
        best_of,
        args=(ROUNDS,),
        kwargs={"rich_wrap": rich_wrap, "ours": ours, "ours_cached": ours_cached},
        rounds=1,
        iterations=1,
    )
    ratio = best["ours"] / best["rich_wrap"]
    for name, seconds in best.items():
        benchmark.extra_info[f"{name}_ms"] = round(seconds * 1000, 3)
    benchmark.extra_info["ratio"] = round(ratio, 3)
    print(
        f"\n{chars} characters at width {WIDTH}: typeset {best['ours'] * 1000:.2f} ms "
        f"(cached {best['ours_cached'] * 1000:.2f} ms), Rich wrap {best['rich_wrap'] * 1000:.2f} "
        f"ms, ratio {ratio:.2f} (goal <= {GOAL})"
    )
    assert ratio <= GOAL
    assert best["ours_cached"] < best["ours"]
