"""Search speed on a whole edition, as ratios against jieba.lcut measured in the same run.

The yardstick is ``jieba.lcut`` over the edition's searchable text (jieba initialised
first): pure Python like the index, so machine speed and load affect both alike. On the
development machine lcut takes ~100 ms for the 55,000 characters of the People's Daily day
folder, so the goals "Chinese query < 5 ms, pinyin < 10 ms, build ≤ lcut / 5" become:

    median Chinese query ≤ lcut / 20,  median pinyin query ≤ lcut / 10,  build ≤ lcut / 5.

Rounds interleave baseline and subject and keep each one's minimum, which is robust on a
loaded 2-core machine. Absolute medians are printed and stored in ``extra_info``.
Edition: ../shared/corpus/rmrb-20200119 when present, else a generated one of similar size.
"""

from __future__ import annotations

import logging
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import jieba
import pytest
from pypinyin import Style, lazy_pinyin

from parser.model import Edition, Item, Page
from parser.search import SearchIndex, build_index, clear_caches, reading_fields

FULL = os.environ.get("KANBAO_BENCH_FULL") == "1"
ROUNDS = 7 if FULL else 3
REPEATS = 5 if FULL else 3
WORDS = 16 if FULL else 8

CHINESE_RATIO, PINYIN_RATIO, BUILD_RATIO = 1 / 20, 1 / 10, 1 / 5
COLD_BUILD_RATIO = 1 / 3  # first build in a process also fills the per-character caches

# Invented vocabulary for the generated edition (polyphones included: 重, 行, 长, 乐).
_VOCABULARY_TEXT = (
    "县委 书记 方重山 调研 重点 项目 建设 开发区 银行 行长 长城 音乐 快乐 旅游 专线 景区 湿地 "
    "公园 白鹭湖 桑园 古镇 龙泉 乡村 振兴 产业 园区 企业 专精特新 小巨人 招商 引资 营商 环境 "
    "志愿者 敬老院 重阳节 老人 慰问 农业 合作社 黄花 西红柿 大棚 收入 群众 干部 会议 强调 "
    "要求 推进 落实 工作 发展 质量 安全 生产 应急 管理 消防 救援 交通 道路 铁路 车站 医院 "
    "学校 教育 文化 体育 赛事 市民 游客 春节 假期 天气 降雨 气温 河流 治理 生态 保护"
)
VOCABULARY = _VOCABULARY_TEXT.split()


def generated_edition(chars: int = 55_000) -> Edition:
    """A deterministic edition of invented sentences, about ``chars`` characters."""
    rng = random.Random(2023)
    items, total, n = [], 0, 0
    while total < chars:
        n += 1
        title = "".join(rng.sample(VOCABULARY, 4))
        paragraphs = tuple(
            "，".join("".join(rng.sample(VOCABULARY, 5)) for _ in range(4)) + "。" for _ in range(4)
        )
        page = 1 + n // 12
        items.append(Item(f"p{page}-{n}", "article", page, title=title, paragraphs=paragraphs))
        total += len(title) + sum(map(len, paragraphs))
    pages: dict[int, list[Item]] = {}
    for item in items:
        pages.setdefault(item.page, []).append(item)
    return Edition("云州日报", None, None, tuple(Page(k, None, tuple(v)) for k, v in pages.items()))


@pytest.fixture(scope="module")
def edition(request: pytest.FixtureRequest) -> Edition:
    try:
        corpus: Path = request.getfixturevalue("corpus")
    except pytest.skip.Exception:
        return generated_edition()
    from parser.loader import load_edition

    return load_edition(corpus / "rmrb-20200119")


@pytest.fixture(scope="module")
def text(edition: Edition) -> str:
    return "\n".join(f.text for item in edition.items() for f in reading_fields(item))


@pytest.fixture(scope="module", autouse=True)
def jieba_ready() -> None:
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()


def seconds(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def query_words(text: str) -> list[str]:
    """Chinese words of the edition: the most frequent ones and some rarer ones."""
    counts = Counter(
        w for w in jieba.lcut(text) if len(w) >= 2 and all("一" <= c <= "鿿" for c in w)
    )
    ranked = [w for w, _ in counts.most_common()]
    half = WORDS // 2
    stride = max(1, len(ranked[half:]) // (2 * half))
    return ranked[:half] + ranked[half::stride][:half]


def pinyin_forms(word: str) -> list[str]:
    """Full pinyin, spaced pinyin and initials, as a user without an input method types."""
    syllables = lazy_pinyin(word, style=Style.NORMAL, v_to_u=False)
    return ["".join(syllables), " ".join(syllables), "".join(s[0] for s in syllables)]


def report(name: str, benchmark: Any, **numbers: float) -> None:
    benchmark.extra_info.update(numbers)
    print(f"\n[{name}] " + "  ".join(f"{k}={v:.4g}" for k, v in numbers.items()))


def test_queries_are_fast(edition: Edition, text: str, benchmark: Any) -> None:
    index = build_index(edition)
    words = query_words(text)
    chinese = [*words, f"{words[0]} {words[1]}", f'"{words[2]}"']  # AND, phrase
    pinyin = [form for w in words for form in pinyin_forms(w)]
    for q in chinese + pinyin:  # every query finds something: no cheap empty answers
        assert index.search(q), q
    best: dict[str, float] = {}
    lcut = float("inf")
    for _ in range(ROUNDS):
        lcut = min(lcut, seconds(lambda: jieba.lcut(text)))
        for q in chinese + pinyin:
            t = min(seconds(partial(index.search, q)) for _ in range(REPEATS))
            best[q] = min(best.get(q, t), t)
    chinese_ms = statistics.median(best[q] for q in chinese) * 1000
    pinyin_ms = statistics.median(best[q] for q in pinyin) * 1000
    lcut_ms = lcut * 1000
    report(
        "search query",
        benchmark,
        chars=len(text),
        lcut_ms=lcut_ms,
        chinese_median_ms=chinese_ms,
        pinyin_median_ms=pinyin_ms,
        chinese_ratio=chinese_ms / lcut_ms,
        pinyin_ratio=pinyin_ms / lcut_ms,
    )
    benchmark.pedantic(index.search, args=(pinyin[0],), rounds=ROUNDS, iterations=REPEATS)
    assert chinese_ms <= lcut_ms * CHINESE_RATIO
    assert pinyin_ms <= lcut_ms * PINYIN_RATIO


def test_index_build_is_fast(edition: Edition, text: str, benchmark: Any) -> None:
    build_index(edition)  # imports pypinyin/OpenCC once, like jieba.initialize()
    lcut = warm = cold = float("inf")
    for _ in range(ROUNDS):
        lcut = min(lcut, seconds(lambda: jieba.lcut(text)))
        warm = min(warm, seconds(lambda: build_index(edition)))
        clear_caches()
        cold = min(cold, seconds(lambda: build_index(edition)))
    report(
        "search build",
        benchmark,
        chars=len(text),
        lcut_ms=lcut * 1000,
        build_ms=warm * 1000,
        cold_build_ms=cold * 1000,
        build_ratio=warm / lcut,
        cold_build_ratio=cold / lcut,
    )
    index: SearchIndex = benchmark.pedantic(build_index, args=(edition,), rounds=ROUNDS)
    assert index.search(text[:2].strip() or "的") is not None
    assert warm <= lcut * BUILD_RATIO
    assert cold <= lcut * COLD_BUILD_RATIO
