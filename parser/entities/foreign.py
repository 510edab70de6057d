"""Foreign names: transliterations (克林顿, 科菲·安南) and Japanese names (桥本龙太郎).

A run of transliteration characters is a person unless its context makes it a place
(在哈瓦那, 瑞士达沃斯, 温哥华市) or jieba lists the whole run as a place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER, TITLES, context_after, title_before
from parser.entities.lexicon import WEAK_PLACE
from parser.entities.name_asian import japanese_candidates, korean_candidates
from parser.entities.resources import (
    NOT_GIVEN_NAME,
    PLACE_CONTEXT_AFTER,
    PLACE_CONTEXT_BEFORE,
    TRANSLIT,
)
from parser.entities.world import COUNTRIES
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
# Transliteration characters, with the endings of Slavic women's names (彼得罗娃 -ova,
# 娜塔莉娅 -ya), rare in Chinese words and names.
FOREIGN = TRANSLIT | frozenset("娃娅")
__all__ = [
    "THING_PENALTY",
    "counted_thing",
    "dotted_candidates",
    "japanese_candidates",
    "korean_candidates",
    "translit_candidates",
]


_JOINERS = frozenset("·•－-—")


def _translit_token(tok: Token, joined: bool = False) -> bool:
    """Can this word be part of a transliterated name? Place names only right after a ·
    or a title (总理科尔, 教练扎加洛: jieba lists some such names as places)."""
    w = tok.word
    if tok.tag == "nrt":
        return not _demonym(w)  # 荷兰人维姆: the nationality before a name is not part of it
    if joined and tok.tag in ("ns", WEAK_PLACE, "z") and FOREIGN.issuperset(w):
        return True
    if len(w) == 1:
        return w in FOREIGN
    return tok.tag in ("nr", "nz", "", WEAK_PLACE) and FOREIGN.issuperset(w)


NATIVE_NRT_PENALTY = 1.5
RARE_NATIVE_NRT_PENALTY = 0.5
RARE_NRT_FREQ = 20
_PREDICATE_TAGS = frozenset(("v", "uj", "c", "p", "d"))
_TITLED_TAGS = frozenset(("ns", WEAK_PLACE, "z"))


# Titles held by a person, never by a city or region (unlike 市长, 州长 after 巴黎, 加州).
RARE_PLACE_FREQ = 20
_PERSONAL_TITLES = frozenset(("总统", "副总统", "总理", "副总理", "首相", "外长", "国王", "议长"))


def _head_of_state_after(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """库马拉通加总统: a foreign word jieba calls a place, before a personal title, names a
    person unless it is a country (意大利总理) or another name follows the title."""
    w = tokens[k].word
    return (
        len(w) >= 3
        and sum(c not in FOREIGN for c in w) <= 1  # 库马拉通加: one native character at most
        and w not in COUNTRIES
        and lex.freq.get(w, 0) < RARE_PLACE_FREQ  # regions are common words (魁北克 87)
        and k + 1 < len(tokens)
        and tokens[k + 1].word in _PERSONAL_TITLES
        and not (k + 2 < len(tokens) and _name_like(tokens[k + 2]))
    )


def _mostly_foreign(tok: Token, lex: Lexicon) -> bool:
    """总统库马拉通加: a rare word jieba calls a place, all but one of its characters of the
    transliteration kind, and no country."""
    w = tok.word
    return (
        len(w) >= 3
        and sum(c not in FOREIGN for c in w) <= 1
        and w not in COUNTRIES
        and lex.freq.get(w, 0) < RARE_PLACE_FREQ
    )


def _demonym(word: str) -> bool:
    return len(word) >= 3 and word[-1] == "人"


def _opens(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A run opens only on such a word, or on any foreign-looking word after a title."""
    t = tokens[k]
    return (
        _translit_token(t)
        or (
            t.tag in _TITLED_TAGS
            and (
                ((_translit_token(t, True) or _mostly_foreign(t, lex)) and title_before(tokens, k))
                or _head_of_state_after(tokens, k, lex)
            )
        )
        or (_regnal(tokens, k + 1) and t.tag in _TITLED_TAGS and len(t.word) >= 2)
    )


# 伊丽莎白二世, 胡安·卡洛斯一世: a regnal number after a name makes it a monarch's (or a
# pope's) name, whatever jieba calls the name itself.
_REGNAL = frozenset(n + "世" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"))
REGNAL_CONFIDENCE = 2.0


def _regnal(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].word in _REGNAL


def translit_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    """Runs like 基里延科 or 科菲·安南: transliteration characters, maybe joined by ·."""
    n = len(tokens)
    # Every reading needs jieba's nrt or a first character of the kind: one cheap pass
    # finds the few words where a run may open.
    maybe = [k for k, t in enumerate(tokens) if t.word[0] in _OPENING or t.tag == "nrt"]
    done = 0  # the words before this one belong to a run already read
    for i in maybe:
        if tokens[i].word[0] == "长":
            yield from _after_split_title(tokens, i)
            continue
        if i < done or not _opens(tokens, i, lex):
            continue
        if i > 0 and tokens[i - 1].word[-1:].isdigit():
            continue  # 7日: a date, not the start of a name
        j = i + 1
        while j < n and (
            (
                _translit_token(tokens[j], j > i and tokens[j - 1].word in _JOINERS)
                and tokens[j].word not in _REGNAL
            )
            or (
                tokens[j].word in _JOINERS
                and j > i
                and j + 1 < n
                and _translit_token(tokens[j + 1], True)
            )
        ):
            j += 1
        while j - i > 1 and len(tokens[j - 1].word) == 1 and tokens[j - 1].tag in _FUNCTION_TAGS:
            j -= 1  # 齐达内 + 因伤: a preposition or conjunction ends no name
        if _regnal(tokens, j):
            yield (tokens[i].start, tokens[j].end, "person", REGNAL_CONFIDENCE)
            done = j + 1
            continue
        if j > i:
            yield from _score_translit(tokens, i, j, lex)
            k = _glued_end(tokens, i, j)
            if k > j:
                yield from _score_translit(tokens, i, k, lex, glued=True)
                j = k
        done = max(j, i + 1)
    yield from _loose_runs(tokens, maybe, lex)


SPLIT_TITLE_CONFIDENCE = 1.5
_OPENING = FOREIGN | {"长"}  # 长: a title's last character jieba glued to a name (外 + 长沙雷)


def _after_split_title(tokens: Sequence[Token], i: int) -> Iterator[Raw]:
    """外 + 长沙 + 雷, 财政部 + 长安 + 雷: jieba took the 长 of a title (外长, 部长) into a
    place name; the transliteration characters after it are a name (沙雷, 安雷)."""
    tok = tokens[i]
    if i == 0 or len(tok.word) < 2 or not FOREIGN.issuperset(tok.word[1:]):
        return
    prev = tokens[i - 1].word
    if prev[-1] + "长" not in TITLES and prev + "长" not in TITLES:
        return
    j = i + 1
    while j < len(tokens) and len(tokens[j].word) == 1 and tokens[j].word in FOREIGN:
        j += 1
    length = tokens[j - 1].end - tok.start - 1
    closed = j == len(tokens) or tokens[j].word in _LOOSE_CLOSE or tokens[j].word in AFTER
    if 2 <= length <= 4 and closed:
        yield (tok.start + 1, tokens[j - 1].end, "person", SPLIT_TITLE_CONFIDENCE)


GLUED_BONUS = 0.6
_FUNCTION_TAGS = frozenset(("p", "c", "uj", "ul"))
_SPOUSES = frozenset(("夫人", "太太", "妻子", "丈夫", "女儿", "儿子", "先生", "女士"))
_GLUE_TAGS = frozenset(("ns", WEAK_PLACE, "j", "nr", "nrt", "nz", ""))


def _glue_part(tok: Token) -> bool:
    return len(tok.word) <= 2 and tok.tag in _GLUE_TAGS and FOREIGN.issuperset(tok.word)


def _glued_end(tokens: Sequence[Token], i: int, j: int) -> int:
    """Where a run stopped by a short place word spelled with the same characters ends.

    jieba cuts 鲁西亚努 as 鲁 + 西亚 + 努 and 奥登西亚 as 奥登 + 西亚: a place word glued
    inside a transliteration (a loose character after it), or after a whole foreign name
    jieba knows, belongs to the name. A place suffix after the run (格朗德州) stops it.
    """
    n = len(tokens)
    if j >= n or tokens[j].tag not in ("ns", WEAK_PLACE) or not _glue_part(tokens[j]):
        return j
    k = j + 1
    while k < n and k - i < 6 and _translit_token(tokens[k]):
        k += 1
    if k == j + 1 and not (j - i == 1 and tokens[i].tag == "nrt"):
        return j  # nothing foreign after the place word, nor a known name before it
    if k < n and tokens[k].word in PLACE_CONTEXT_AFTER:
        return j
    return k


COMMON_NRT_FREQ = 1000
FREQUENT_NR = 50


_NAMEISH_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", WEAK_PLACE))


def _two_words(name: str, lex: Lexicon) -> bool:
    """Two common words of the language side by side (努力 + 提高), neither a name."""
    for cut in (2, len(name) - 2):
        head, tail = name[:cut], name[cut:]
        if all(
            lex.freq.get(w, 0) >= COMMON_NRT_FREQ and lex.tags.get(w) not in _NAMEISH_TAGS
            for w in (head, tail)
        ):
            return True
    return False


def _common_nrt(tok: Token, lex: Lexicon) -> bool:
    """A frequent two-character word jieba tags nrt, spelled with a native character
    (令人, 育人): a word of the language, never one piece of a longer foreign name."""
    w = tok.word
    return (
        tok.tag == "nrt"
        and len(w) == 2
        and not FOREIGN.issuperset(w)
        and lex.freq.get(w, 0) >= COMMON_NRT_FREQ
    )


def _score_translit(
    tokens: Sequence[Token], i: int, j: int, lex: Lexicon, glued: bool = False
) -> Iterator[Raw]:
    name = "".join(t.word for t in tokens[i:j])
    tag = lex.tags.get(name, "")
    titled_after = j < len(tokens) and (
        tokens[j].word in TITLES
        or (  # 米亚特副秘书长: a title after its modifier
            tokens[j].word in ("副", "前", "原", "代理")
            and j + 1 < len(tokens)
            and tokens[j + 1].word in TITLES
        )
    )
    says = j < len(tokens) and tokens[j].word in AFTER
    if len(name) < 2 or (tag == "ns" and not (titled_after or says or title_before(tokens, i))):
        return  # a place name, unless a title or 说/表示 makes it a person (拉宾说)
    if len(name) >= 4 and _two_words(name, lex):
        return  # 努力提高: jieba lists a few phrases of two common words as names
    if j - i > 1 and any(_common_nrt(t, lex) for t in tokens[i:j]):
        return  # 令人 + 新奇: jieba's nrt holds common words; a run of them is a phrase
    joined = any(c in _JOINERS for c in name)
    score = -0.9 + 0.35 * min(len(name), 5) + (GLUED_BONUS if glued else 0.0)
    if tag == "nrt":
        # jieba's nrt holds some common words (令人, 育人): frequent short ones are not
        # names, nor short ones spelled with native characters (日晒, 长鸣, 灵芝).
        native = len(name) == 2 and not FOREIGN.issuperset(name)
        score += 1.0 if len(name) > 2 or lex.freq.get(name, 0) < 500 else -1.0
        if native:
            # Names spelled with a native character (保拉, 瑙曼) are rare words to jieba;
            # the words among them (日晒, 长鸣, 灵芝) are common.
            # Rare ones are names when a verb or a particle follows (瑙曼是, 保拉的), as
            # after a subject or possessor, not a noun or a number (茂物两个时间表).
            rare = lex.freq.get(name, 0) < RARE_NRT_FREQ and (
                j == len(tokens) or tokens[j].tag in _PREDICATE_TAGS
            )
            score -= RARE_NATIVE_NRT_PENALTY if rare else NATIVE_NRT_PENALTY
    elif tag == "nr" and len(name) >= 3:
        score += 0.5  # 阿巴查, 米亚特: jieba knows it as a name
    elif tag == "nr" and lex.freq.get(name, 0) > FREQUENT_NR:
        # 明朗, 叶子: a frequent two-character "name" of jieba's is a word, as for
        # Chinese readings (盛夏)
        score -= 1.0 if lex.freq[name] <= 300 else 2.0
    if joined:
        score += 1.5
    singles = sum(len(t.word) == 1 for t in tokens[i:j])
    titled = title_before(tokens, i) or (j - i == 1 and _head_of_state_after(tokens, i, lex))
    if j - i == 1 and tag not in ("nrt", "nr") and not (titled and tag in ("ns", WEAK_PLACE, "z")):
        score -= 0.6 if tag == "nz" else 1.5  # one ordinary word of such characters (安全)
    elif singles == j - i and len(name) == 2:
        score -= 0.6  # two loose characters are weak evidence
    if titled:
        score += 1.5
    if titled_after:
        score += 1.5
    score += context_after(tokens, j)
    if (
        not titled
        and j < len(tokens)
        and tokens[j].tag in ("n", "nz")
        and len(tokens[j].word) >= 2
        and tokens[j].word[-1] not in _PERSON_NOUN_FINALS
        and not title_before(tokens, j + 1)
    ):
        # 阿尔法磁谱仪, 斯诺克团体, 迪斯尼特色: a foreign word before a noun modifies it;
        # a person is followed by a verb, a title (院士) or a particle.
        score -= NOUN_AFTER_PENALTY
    if (
        (j < len(tokens) and tokens[j].word in _THING_AFTER)
        or name[-1] in _THING_FINALS
        or counted_thing(tokens, i)
    ):
        score -= THING_PENALTY  # 摩托罗拉公司, 桑塔纳轿车, 海王星: a firm, a product, a planet
    start, end = tokens[i].start, tokens[j - 1].end
    before = tokens[i - 1].word if i > 0 else ""
    if before == "了" and i > 1:
        before = tokens[i - 2].word  # 访问了阿卡普尔科: the verb before the aspect particle
    after = tokens[j].word if j < len(tokens) else ""
    # 布基纳法索总统孔波雷: a title between two names makes the first one a country.
    country = (
        titled_after
        and tokens[j].word not in _SPOUSES  # 克林顿夫人希拉里: his wife, not a country's
        and j + 1 < len(tokens)
        and _name_like(tokens[j + 1])
    )
    if after in _EPONYM_AFTER:
        # 史瓦西半径, 多普勒效应: a law, effect or constant named after its discoverer
        yield (start, end, "person", max(score, 0.0) + EPONYM_BONUS)
        return
    if country or (
        not titled
        and not titled_after
        and after not in _PERSON_VERBS
        and after[:2] not in _PERSON_VERBS  # 任职期间, as jieba joins it
        and (
            before in PLACE_CONTEXT_BEFORE
            or before in _PLACE_BEFORE
            or (len(before) > 2 and before.endswith(_PLACE_NOUNS))  # 旅游胜地帕塔亚
            or after in PLACE_CONTEXT_AFTER
            or after in _PLACE_AFTER
            or after in _DOTTED_PLACE_SUFFIX
            or (after.isdigit() and j + 1 < len(tokens) and tokens[j + 1].word == "号")  # X4号机组
            or (i > 0 and tokens[i - 1].tag == "ns")  # 瑞士达沃斯: a city after its country
            or name[-1] in "岛港湾城县市省州镇堡"  # 约翰内斯堡: -burg is a town
        )
    ):
        if after == "大区" or after in _DOTTED_PLACE_SUFFIX:
            end = tokens[j].end  # 阿尔萨斯大区, 尼·伯尔切斯库镇: the name with its kind
        yield (start, end, "place", 1.3)  # 在哈瓦那, 首都新德里: a place, not a person
        return
    yield (start, end, "person", score)


# Verbs only a person is the subject of: 在阿维兰热任职期间 is a time in a person's office,
# not a place, whatever 在 before suggests (unlike 在阿布贾去世, where a person died).
_PERSON_VERBS = frozenset(
    (
        *("任职", "执政", "执教", "当选", "就任", "上任", "辞职"),
        *("说", "表示", "指出", "强调", "认为", "宣布", "承认"),
    )
)
# Things science names after people: the foreign word before them is the person's name.
_EPONYM_AFTER = frozenset(
    ("定律", "定理", "效应", "半径", "方程", "方程式", "常数", "猜想", "原理", "公式", "假说")
)
EPONYM_BONUS = 1.0
# Words around a foreign name that make it a place rather than a person (在哈瓦那,
# 迁都阿斯塔纳, 克什米尔问题, 从哈瓦那起飞).
_PLACE_BEFORE = frozenset(
    ("在", "从", "迁都", "来自", "离开", "飞抵", "直飞", "飞经", "到达", "经", "胜地")
)
# Nouns for kinds of places that end a word before a place name (旅游胜地, 港口城市).
_PLACE_NOUNS = ("胜地", "城市", "首都", "首府", "港口", "小镇", "名城", "重镇", "古城")
_PLACE_AFTER = frozenset(
    (
        *("问题", "起飞", "出发", "举行", "召开", "一带", "境内", "号", "大会", "总领事馆"),
        *("领事馆", "大区", "地区", "争端", "省长", "州长", "市长"),
    )
)
# Words after a foreign-looking word that make it a firm, a product or a thing.
_THING_AFTER = frozenset(
    ("公司", "集团", "汽车", "轿车", "牌", "产品", "品牌", "系列", "指数", "现象", "成员国")
)
_THING_FINALS = frozenset("星")
_DOTTED_PLACE_SUFFIX = frozenset(("市", "州", "省", "县", "镇", "村", "岛", "港"))
# Words after a dotted name that make it the name of a body (乔治·梅森大学).
_DOTTED_ORG_AFTER = frozenset(
    ("大学", "学院", "公司", "集团", "基金会", "研究所", "医院", "中心", "俱乐部", "银行")
)
THING_PENALTY = 2.0
# Measure words for vehicles, machines and goods (一辆, 两台), never for people (位, 名).
_THING_MEASURES = frozenset("辆部台架款件瓶支块艘")


def counted_thing(tokens: Sequence[Token], i: int) -> bool:
    """一部桑塔纳, 一辆红色“菲亚特”: a measure word for things before the word (past a
    colour or an opening quote) makes it a make or a product."""
    for k in range(i - 1, max(-1, i - 4), -1):
        tok = tokens[k]
        if tok.tag in ("m", "q", "mq"):
            return tok.word[-1] in _THING_MEASURES
        if tok.word != "“" and not tok.word.endswith("色"):
            return False
    return False


NOUN_AFTER_PENALTY = 0.8
_PERSON_NOUN_FINALS = frozenset("士师家手员长授")


def _name_like(tok: Token) -> bool:
    return tok.tag in ("nr", "nrt", "nrfg") or (len(tok.word) == 1 and tok.word in FOREIGN)


_COMMON_TAGS = frozenset(("a", "ad", "an", "v", "vn", "d", "r", "l", "i"))
COMMON_NOUN_FREQ = 500


def _common_word(tok: Token, lex: Lexicon) -> bool:
    """An ordinary word (基层, 精粹, 环境), not a name jieba lists as a noun (甘地)."""
    w = tok.word
    if len(w) < 2 or FOREIGN.issuperset(w):
        return False
    freq = lex.freq.get(w, 0)
    return (tok.tag in _COMMON_TAGS and freq >= 30) or (tok.tag == "n" and freq >= COMMON_NOUN_FREQ)


DOTTED_CONFIDENCE = 2.0  # 鲍里斯·贝克尔 as a whole beats the readings of its halves
_DOT_STOP_TAGS = frozenset(("p", "u", "uj", "ul", "uz", "c", "d", "r", "m", "q", "f", "t"))


def _dotted_part(tok: Token) -> bool:
    """A word that can be part of a dotted name beyond the words touching the dot."""
    w = tok.word
    if not "\u4e00" <= w[0] <= "\u9fff" or w in TITLES or w in AFTER or _demonym(w):
        return False
    if FOREIGN.issuperset(w):
        return True
    return tok.tag in ("nr", "nrt", "nz", "x", "zg", "") and len(w) <= 3


def dotted_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    """鲍里斯·贝克尔, 拉·甘地, 差猜·春哈旺: the words on both sides of a · are one name.

    The word touching the dot on either side belongs to the name whatever jieba calls it
    (拉 is a verb, 甘地 a noun to it); farther words only when they look foreign. A
    demonym or title before the name (荷兰人, 会长) stays outside.
    """
    n = len(tokens)
    for d, tok in enumerate(tokens):
        if tok.word not in _JOINERS or tok.word in "－-—" or d == 0 or d + 1 >= n:
            continue
        left, right = tokens[d - 1], tokens[d + 1]
        if not ("\u4e00" <= left.word[-1] <= "\u9fff" and "\u4e00" <= right.word[0] <= "\u9fff"):
            continue
        if left.word in TITLES or left.word.endswith("人") or left.tag in _DOT_STOP_TAGS:
            continue
        if _common_word(left, lex) or _common_word(right, lex) or right.word in COUNTRIES:
            continue  # 基层·脱贫, 精神·中国梦: a dot between words of a slogan or a title
        i = d - 1
        while i > 0 and tokens[i].start - tokens[i - 1].end == 0 and _dotted_part(tokens[i - 1]):
            if title_before(tokens, i) or tokens[d - 1].end - tokens[i - 1].start > 5:
                break
            i -= 1
        j = d + 2
        while j < n and _dotted_part(tokens[j]) and tokens[j].end - right.start <= 7:
            j += 1
        if j < n and tokens[j].word in _JOINERS and j + 1 < n:
            continue  # a longer chain (科菲·阿塔·安南): its last dot yields it
        end = tokens[j - 1].end
        if _regnal(tokens, j):
            end, j = tokens[j].end, j + 1  # 胡安·卡洛斯一世
        after = tokens[j].word if j < n else ""
        kind: EntityType = "place" if after in PLACE_CONTEXT_AFTER else "person"
        if after in _DOTTED_PLACE_SUFFIX:
            kind, end = "place", tokens[j].end  # 尼·伯尔切斯库镇: a town, its kind included
        elif after in _DOTTED_ORG_AFTER:
            # 乔治·梅森大学, 葛兰素·威康公司: a name lent to a body is the body's name
            kind, end = "org", tokens[j].end
        elif tokens[j - 1].tag == "nt" or tokens[j - 1].word.endswith(tuple(_DOTTED_ORG_AFTER)):
            kind = "org"  # 约翰·霍普金斯大学, where jieba knows the second half as a body
        start = tokens[i].start
        # Back over earlier dots of the same chain (玛丽·伊丽莎白·布朗).
        k = i
        while k >= 2 and tokens[k - 1].word == "·" and _dotted_part(tokens[k - 2]):
            k -= 2
            start = tokens[k].start
        yield (start, end, kind, DOTTED_CONFIDENCE)


LOOSE_CONFIDENCE = 1.2
_LOOSE_CLOSE = frozenset(("、", "，", "。", "；", "：", "等", "和", "与", "说", "表示", "强调"))


def _loose_runs(tokens: Sequence[Token], maybe: list[int], lex: Lexicon) -> Iterator[Raw]:
    """前总理差瓦立、, 素帕猜副总理: two or three loose characters jieba could not join,
    between a title and the end of the phrase, spell a foreign name (Thai names use
    characters the transliteration table lacks: 素, 猜, 差). One of them must be of the
    transliteration kind (so the run holds one of the words in ``maybe``), and the first
    no Chinese surname (those are read elsewhere)."""
    n = len(tokens)
    tried: set[int] = set()
    for k in maybe:
        if len(tokens[k].word) != 1:
            continue
        # A run holds two loose characters at least: one must touch this one.
        if not (k + 1 < n and len(tokens[k + 1].word) == 1) and not (
            k and len(tokens[k - 1].word) == 1
        ):
            continue
        for i in range(max(0, k - 2), k + 1):
            if i in tried:
                continue
            tried.add(i)
            tok = tokens[i]
            if len(tok.word) != 1 or tok.word in lex.surname_weight or not _loose(tok.word):
                continue
            j = i + 1
            while j < n and j - i < 3 and len(tokens[j].word) == 1 and _loose(tokens[j].word):
                j += 1
            if j - i < 2 or not any(t.word in FOREIGN for t in tokens[i:j]):
                continue
            if any(t.tag in _DOT_STOP_TAGS for t in tokens[i:j]):
                continue  # 当 + 汤局长: a function word and a surname, no foreign name
            prev = tokens[i - 1].word if i else "，"
            before = prev in TITLES or (len(prev) >= 2 and prev[-1] == "长")  # not 冗员 + 过多
            after = j < n and (
                tokens[j].word in TITLES
                or (tokens[j].word in ("副", "前") and j + 1 < n and tokens[j + 1].word in TITLES)
            )
            closed = j == n or tokens[j].word in _LOOSE_CLOSE or tokens[j].word in AFTER
            if (before and (closed or after)) or (after and prev in _LOOSE_CLOSE):
                yield (tok.start, tokens[j - 1].end, "person", LOOSE_CONFIDENCE)


def _loose(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" and char not in NOT_GIVEN_NAME and char not in AFTER
