"""Arbitrary text and bytes never crash the parser or loader; a 4 MB page parses."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conservation import conservation_problem
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pagegen import page_text

from parser.errors import EditionError
from parser.loader import decode, load_edition, parse_text

# Text drawn from what pages are made of, so the interesting paths are reached often.
_PIECES = [
    "\n", "\n\n", "\r\n", "\r", " ", "\u3000", "\u00a0", "标题", "正文", "。", "，", "、", "：",
    "本报讯", "（记者 张三 李四）", "新华社北京1月18日电", "本报记者 王五摄",
    "陈  勇摄（人民视觉）",
    "（下转第三版）", "(上接第1版)", "（全文见第二版）", "第3版", "A2版：要闻", "经济简讯",
    "奋进新征程 建功新时代 我们的新时代", "应急管理 部", "□ 方知远", "2024年5月17日", "一、",
    "（", "）", "”", "“", "摄", "版", "0", "9", "a", "\t", "\x0b", "\x1c", "\u2028",
    "短评", "图片新闻", "■本报记者 张三 文/图", "（本报记者 张三）", "新华社发", "集中开 工",
    "\u3000\u3000", "【要点】", "A3版", "2024年5月18日 星期六 第2版",
    "B2版", "(下转B1版)", "■标题 本报讯 ", "简讯", "——副题", "图/张三", "文/张三",
    "本报讯 记者 张三 通讯员 李四 ", "2025年9月9日 星期二 A6 民生", "？", "！", "Library opens",
    ". ", "邮发代号 35-218", "0596-8866 1234", "（资料图片）", "新华社发（程远航摄）", "蓝一舟/摄",
    "本报评论员 温知行", "（记者 张三 实习生 李四）", "字" * 22,
]  # fmt: skip
page_like = st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(page_like, st.text()))
def test_any_text_parses_conserving_it_or_is_an_edition_error(text: str) -> None:
    try:
        edition = parse_text(text)
    except EditionError as err:
        assert not text.strip()
        assert "\n" not in str(err)
        return
    assert conservation_problem([text], edition) is None
    ids = [item.id for item in edition.items()]
    assert len(ids) == len(set(ids))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | page_like.map(lambda t: t.encode("gb18030", "replace")))
def test_any_bytes_load_or_raise_edition_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = Path(tmp_path_factory.mktemp("bytes")) / "page.txt"
    path.write_bytes(data)
    try:
        edition = load_edition(path)
    except EditionError as err:
        assert err.path == str(path) and "\n" not in str(err)
        return
    assert conservation_problem([decode(data, path)], edition) is None


def test_four_megabyte_page(tmp_path: Path) -> None:
    rng = random.Random(4)
    text = page_text(rng, 1, 1, 1_400_000)  # ~1.4 M characters, ~4 MB of UTF-8
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("utf-8"))
    assert path.stat().st_size >= 4_000_000
    edition = load_edition(path)
    assert len(edition.pages) == 1
    assert sum(1 for _ in edition.items()) > 1000
    assert conservation_problem([text], edition) is None
