"""Generated newspaper pages of invented text, in the layout of real extracted pages.

Used by the big-page test and the speed benchmark: every difficulty the parser handles
appears (multi-part headlines, stray spaces, bylines, captions dropped mid-sentence, credits,
banners, notices, jump markers, paragraphs broken by blank lines).
"""

from __future__ import annotations

import random


def _words(text: str) -> list[str]:
    return text.split()


_WORDS = _words(
    "全市 重点 项目 建设 推进 会议 召开 乡村 振兴 产业 发展 生态 环境 保护 营商 环境 优化 "
    "企业 服务 群众 满意 城市 更新 改造 老旧 小区 交通 道路 提质 文化 旅游 融合 科技 创新 "
    "人才 引进 医疗 卫生 教育 公平 就业 岗位 农业 合作社 黄花 大棚 收入 提高 干部 作风 落实 "
    "责任 安全 生产 应急 管理 消防 救援 开发区 园区 招商 引资 投资 规模 同比 增长 工作"
)
_NAMES = _words("周明远 韩立群 李卫东 陈立新 杨晓峰 刘一鸣 郝静 段文韬 苏曼 唐悦 梁卓 林可")
_PLACES = _words("北岭市 云溪县 石门县 青松区 柳河区 望山乡 白杨镇")


def _sentence(rng: random.Random) -> str:
    words = rng.sample(_WORDS, rng.randint(6, 12))
    words.insert(rng.randint(0, len(words)), rng.choice(_PLACES))
    cut = rng.randint(2, len(words) - 2)
    return "".join(words[:cut]) + "，" + "".join(words[cut:]) + "。"


def _paragraph(rng: random.Random) -> str:
    return "".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def _headline(rng: random.Random) -> list[str]:
    title = "".join(rng.sample(_WORDS, 5))
    kind = rng.random()
    if kind < 0.3:
        return [title]
    if kind < 0.5:  # a stray space inside the title
        cut = rng.randint(3, len(title) - 3)
        return [title[:cut] + " " + title[cut:]]
    subtitle = rng.choice(_NAMES) + "出席" + "".join(rng.sample(_WORDS, 3))
    if kind < 0.8:
        return [title, subtitle]
    kicker = "".join(rng.sample(_WORDS, 2)) + " " + "".join(rng.sample(_WORDS, 2))
    return [f"{kicker} {title} {subtitle}"]


def article(rng: random.Random, page: int, pages: int) -> list[str]:
    """One article's lines (blank lines between blocks are added by the caller)."""
    lines = _headline(rng)
    reporters = " ".join(rng.sample(_NAMES, rng.randint(1, 2)))
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(3, 8))]
    paragraphs[0] = f"本报讯（记者 {reporters}）" + paragraphs[0]
    for paragraph in paragraphs:
        if rng.random() < 0.15:  # broken by the extraction, caption dropped in the gap
            cut = len(paragraph) // 2
            lines.append(paragraph[:cut])
            if rng.random() < 0.5:
                lines.append(f"5月17日，{rng.choice(_PLACES)}群众参加{rng.choice(_WORDS)}活动。")
                lines.append(f"本报记者 {rng.choice(_NAMES)}摄")
            lines.append(paragraph[cut:])
        else:
            lines.append(paragraph)
    if page < pages and rng.random() < 0.2:
        lines.append(f"（下转第{page + 1}版）")
    return lines


def page_text(rng: random.Random, number: int, pages: int, chars: int) -> str:
    """One page of about ``chars`` characters, starting with its header line."""
    blocks: list[str] = [f"第{number:02d}版：要闻"]
    size = 0
    while size < chars:
        roll = rng.random()
        if roll < 0.06:
            lines = ["奋进新征程 建功新时代 北岭在行动"]
        elif roll < 0.12:
            lines = [f"{rng.choice(_PLACES)}{rng.choice(_WORDS)}活动现场。", "郑小川 摄"]
        elif roll < 0.16:
            lines = ["停水通知", _paragraph(rng), "北岭市供水有限责任公司", "2024年5月17日"]
        else:
            lines = article(rng, number, pages)
        blocks.extend(lines)
        size += sum(map(len, lines))
    return "\n\n".join(blocks) + "\n"


def edition_text(chars: int, pages: int = 20, seed: int = 7) -> str:
    """A multi-page text (header line per page) of about ``chars`` characters."""
    rng = random.Random(seed)
    return "".join(page_text(rng, n, pages, chars // pages) for n in range(1, pages + 1))
