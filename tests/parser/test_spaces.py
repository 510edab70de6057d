"""The in-place dictionary behind the stray-space rule agrees with jieba and never loads it."""

from __future__ import annotations

import random
import subprocess
import sys

from parser.structure.spaces import frequency, repair_body_spaces, word_spans


def test_known_words_and_non_words() -> None:
    assert frequency("开工") > 100 and frequency("地区") > 1000
    assert frequency("生产线") > 0 and frequency("管理部") > 0
    assert frequency("张青") == 0 and frequency("不存在词") == 0


def test_lookups_agree_with_jiebas_own_table() -> None:
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    words = sorted(w for w, f in jieba.dt.FREQ.items() if f > 0 and 2 <= len(w) <= 3)
    sample = random.Random(5).sample(words, 3000)
    wrong = [w for w in sample if frequency(w) != jieba.dt.FREQ[w]]
    assert len(wrong) <= 1, wrong  # dict.txt misplaces one entry (吉林), nothing else


def test_crossing_word_must_beat_its_neighbours() -> None:
    assert word_spans("集中开", "工活动")  # 开工
    assert word_spans("碳纤维生产", "线实现")  # 生产线
    assert not word_spans("调研活动举行", "市领导")  # 行市 loses to 举行
    assert not word_spans("开放床位800张", "青松区")


def test_repair_only_touches_spaces() -> None:
    text = "重点项目集中开 工，沈亦伶\u00a0\u00a0张丹峰 设计。"
    repaired = repair_body_spaces(text)
    assert repaired == "重点项目集中开工，沈亦伶\u00a0\u00a0张丹峰 设计。"
    assert "".join(repaired.split()) == "".join(text.split())


def test_parsing_never_imports_jieba() -> None:
    code = (
        "import sys\n"
        "from parser.loader import parse_text\n"
        "parse_text('全市重点项目集中开 工活动举行\\n\\n本报讯（记者 张三）正文开 工了。\\n')\n"
        "print('jieba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
