"""Japanese and Korean names, which the Chinese press writes in Chinese characters.

桥本龙太郎, 小渊首相: a Japanese family name (a table of common ones) with a given name or
a title. 金志贤, 朴普熙: a Korean family name and two given characters, read as a name
only where the sentence is about Korea (韩国, 朝鲜, 汉城 …), since 金融, 高科技 start with
the same characters. Both tables are general knowledge of naming, not lists of people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import COUNTRY_ABBREVIATIONS, JAPANESE_SURNAMES, NOT_GIVEN_NAME

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# More common Japanese family names, by frequency in Japan. Those that are also Chinese
# words or places (中山, 和田, 田中) count only in a sentence about Japan.
_MORE_JAPANESE = _words(
    """
    田中 中村 山崎 山下 中岛 前田 小川 长谷川 齐藤 斋藤 西村 太田 中川 中野 原田 小野 田村
    金子 和田 中山 石田 上田 内田 高木 安藤 大野 高田 藤本 武田 上野 增田 平野 久保 松井
    小岛 樱井 木下 大西 市川 古川 小山 高野 西田 菊池 山内 西川 北村 安田 中田 川口 平田
    川崎 本田 久保田 吉川 饭田 泽田 吉村 中西 服部 樋口 福岛 川上 永井 松冈 田口 山中
    森本 土屋 矢野 广濑 秋山 石原 松下 大桥 松浦 吉冈 小池 浅井 荒木 大久保 野田 小泽
    田边 川村 星野 黑田 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大岛 岩本 片山 本间
    早川 横田 冈崎 荒井 大石 成田 宫田 小田 石桥 筱原 须藤 河合 佐佐木 五十岚 高村 野中
    宇野 大平 三木 福井 古贺
    """
)
# Signs that a sentence is about Japan: only then do the family names that are Chinese
# words or places too (中山, 和田) count, a given name after them not being enough.
_JAPANESE_CUES = ("日本", "日方", "东京", "大阪", "日相", "自民党", "日元", "日美", "日中", "中日")
_JAPAN = re.compile("|".join(_JAPANESE_CUES))  # one scan, not one per cue
JAPANESE_FAMILY = JAPANESE_SURNAMES | _MORE_JAPANESE
# The first characters of the family names: one scan finds where a name may start. The
# wider table's first characters are common (中, 山, 小): scanned only about Japan.
_FIRST = re.compile("[" + "".join(sorted({s[0] for s in JAPANESE_SURNAMES})) + "]")
_FIRST_WIDE = re.compile("[" + "".join(sorted({s[0] for s in JAPANESE_FAMILY})) + "]")
# What follows a family name used alone: a title, a verb of saying, an adverb.
_FOLLOWERS = (
    "首相", "外相", "藏相", "蔵相", "先生", "说", "表示", "还", "在", "指出", "认为", "强调",
    "则", "也", "又", "曾", "已", "对", "会见", "宣布", "称", "等", "前首相", "前外相",
)  # fmt: skip
# A family name + 内阁 or 政府 is that premier's cabinet: an organisation.
_CABINET = ("内阁", "政府")
_ONE_CHAR_AFTER = frozenset(
    ("首相", "外相", "先生", "说", "表示", "指出", "认为", "强调", "率团", "率")
)
_FINALS = frozenset("郎雄夫子男树彦介助美江代惠也")
_NOT_GIVEN = frozenset("首外内政先说表还指认强则也又曾已对会宣称等藏")


# Numerals are common in Japanese given names (惠三, 一郎, 健一), unlike Chinese ones.
_NUMERALS = frozenset("一二三四五六七八九十")


# Parts of speech of a two-character word that is no given name (建交, 真实, 水平).
_WORD_TAGS = frozenset(("v", "vn", "a", "ad", "d", "p", "c", "f", "m", "t"))
_NAME_TAGS = frozenset(("nr", "nrfg", "nz", "nrt", ""))
COMMON_WORD_FREQ = 100  # a given part this common as a word (水平, 真实) is no given name


def common_word(word: str, lex: Lexicon) -> bool:
    """A frequent dictionary word that is no name (大学, 科技, 建交): no given name."""
    tag = lex.tags.get(word)
    return (
        tag is not None
        and tag not in _NAME_TAGS
        and (tag in _WORD_TAGS or lex.freq.get(word, 0) >= COMMON_WORD_FREQ)
    )


def _kanji_given(char: str) -> bool:
    """A character that can be part of a Japanese given name: numerals included."""
    return "\u4e00" <= char <= "\u9fff" and (
        char in _NUMERALS or (char not in NOT_GIVEN_NAME and char not in _NOT_GIVEN)
    )


def japanese_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """桥本龙太郎, 桥本首相, 桥本内阁: a Japanese family name with a given name or a title.

    A given name must end where jieba's words end (桥本 + 坦率地 is no name).
    """
    about_japan = _JAPAN.search(text) is not None
    family = JAPANESE_FAMILY if about_japan else JAPANESE_SURNAMES
    starts: dict[int, Token] | None = None
    ends: set[int] = set()
    for match in (_FIRST_WIDE if about_japan else _FIRST).finditer(text):
        at = match.start()
        if text[at : at + 2] in family:
            end = at + 2
        elif text[at : at + 3] in family:
            end = at + 3
        else:
            continue
        rest = text[end : end + 3]
        if rest.startswith(_CABINET):
            yield (at, end + 2, "org", 1.5)
            continue
        if starts is None:
            starts = {t.start: t for t in tokens}
            ends = {t.end for t in tokens}
        nxt = starts.get(end)
        if rest.startswith(_FOLLOWERS) or (at in starts and nxt is not None and _predicate(nxt)):
            yield (at, end, "person", 1.4)  # 桥本首相, 桥本则…, 桥本坦率地…
        given = 0
        while given < 2 and end + given < len(text) and _kanji_given(text[end + given]):
            given += 1
        if given == 2:
            # 武史, 章生; 龙太郎 and 清太郎 end in a typical final (郎, 雄, 夫 …)
            if text[end + 2 : end + 3] in _FINALS:
                given += 1
            if end + given in ends and not common_word(text[end : end + 2], lex):
                yield (at, end + given, "person", 1.3)
                continue
        if given and at in starts:
            # 羽田孜, 竹下登: a one-character given name, as a word of its own or glued to the
            # family name, needs a title or a verb of saying right after it.
            after = starts.get(end + 1)
            if end + 1 in ends and after is not None and after.word in _ONE_CHAR_AFTER:
                yield (at, end + 1, "person", 1.3)


def _predicate(tok: Token) -> bool:
    """A verb or adverb: what follows a family name used as the subject (桥本坦率地)."""
    return tok.tag in ("v", "d", "ad", "p") or (len(tok.word) >= 3 and tok.word[-1] == "地")


# Common Korean family names (金 李 朴 崔 郑 … cover most of the population).
KOREAN_SURNAMES = frozenset(
    "金李朴崔郑姜赵尹张林韩吴申权黄安宋全洪柳高文梁孙裴白许卢南沈河卞丁车禹俞池元玄卓鲁"
)
_KOREAN_CUES = ("韩国", "朝鲜", "汉城", "平壤", "首尔", "朝中社", "韩联社", "韩方", "朝方")
_KOREA = re.compile("|".join(_KOREAN_CUES))
KOREAN_CONFIDENCE = 1.2
RARE_NOUN_FREQ = 20


def korean_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """金志贤, 朴普熙: a Korean family name and two given characters, in a Korean context.

    The three characters must start and end on jieba's word boundaries, and not form one
    ordinary word (高科技) nor end in one (金 + 水平).
    """
    if _KOREA.search(text) is None:
        return
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.word[0] not in KOREAN_SURNAMES or len(tok.word) > 3:
            continue
        at = tok.start
        if len(tok.word) == 3:
            if tok.tag not in ("nr", "nrfg", "nz") and not (
                tok.tag == "n" and lex.freq.get(tok.word, 0) < RARE_NOUN_FREQ
            ):
                continue  # 高科技 is a word; 金钟泌, a rare "noun" to jieba, is a name
            end = tok.end
        else:
            m = k + 1
            while m < n and tokens[m].end - at < 3:
                m += 1
            if m >= n or tokens[m].end - at != 3:
                continue
            end = tokens[m].end
        given = text[at + 1 : end]
        if any(not "\u4e00" <= c <= "\u9fff" or c in NOT_GIVEN_NAME for c in given):
            continue
        if at > 0 and text[at - 1] in COUNTRY_ABBREVIATIONS:
            continue  # 中韩建交: 韩 is the country in a pair
        if tok.tag not in ("nr", "nrfg") and common_word(given, lex):
            continue
        yield (at, end, "person", KOREAN_CONFIDENCE)
