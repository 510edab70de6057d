"""Place candidates: jieba's place tags, short forms (中美, 访华) and suffix-driven spans.

Places follow the People's Daily NER convention: 阳高县王官屯镇 is two places, and a
county name followed by its village or scenic spot (浑源县凌云口) is two places as well.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.place_abbrev import (
    SHORT_FORM_WORD_OPENERS,
    lone_short_form,
    paired_short_forms,
    short_form_tail,
    short_form_word,
)
from parser.entities.place_edges import extended_left, suffixed_confidence
from parser.entities.place_facilities import (
    FACILITIES,
    FACILITY_LAST,
    TRADE_TOWNS,
    facility_places,
)
from parser.entities.place_splits import split_place_word
from parser.entities.place_translit import translit_admin_places
from parser.entities.place_vetoes import (
    COMMON_WORDS_TAGGED_NS,
    names_time,
    not_a_short_form,
)
from parser.entities.place_villages import VILLAGE_SUFFIXES, village_after_boundary
from parser.entities.resources import (
    ABBREVIATION_VERBS,
    CELESTIAL_PLACES,
    GENERIC_PLACE_WORDS,
    NOT_GIVEN_NAME,
    PLACE_ABBREVIATIONS,
    PLACE_CONTEXT_BEFORE,
    PLACE_SUFFIXES,
    PROVINCE_ABBREVIATIONS,
)
from parser.entities.short_forms import REGION_TAILS, abbreviation_places, province_pair
from parser.entities.world import COUNTRIES
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
_PLACE_SUFFIX = frozenset(PLACE_SUFFIXES)
ADMIN_SUFFIX = frozenset("省市县区镇乡村州旗")
# Words before 市/县 that make a generic phrase, not a place (我市, 全县, 各区).
_DEICTIC = frozenset("我本全该各两三此这那每某外省市县区城乡镇村农老新大小上下")
FUNCTION_CHARS = frozenset("如至赴经由往驻到在于从向和与及同对把被为以")
# Single-character words that end a name on the left (prepositions, particles, measures).
STOP_TAGS = frozenset(("p", "u", "uj", "ul", "uz", "ud", "ug", "uv", "c", "d", "r", "m", "q", "y"))


def is_place_token(tok: Token) -> bool:
    """A word that names a place by itself (jieba's ns, or 万荣县-like words)."""
    return tok.tag == "ns" or (
        len(tok.word) >= 3
        and tok.word[-1] in ADMIN_SUFFIX
        and tok.tag in ("ns", "n", "nz", "nr", "")
    )


def _common_tail(rest: str, tok: Token, lex: Lexicon) -> bool:
    """Is ``rest`` an ordinary word glued to a place (市民, 各国, 卢比), not part of the
    place's own name (市, 大桥, 图书大厦)?"""
    if rest in _PLACE_SUFFIX or rest[-1] in ADMIN_SUFFIX or rest[-1] in _VENUE_FINALS:
        return False
    return tok.tag != "ns" or lex.tags.get(rest) not in ("ns", "nz")


_VENUES = ("大会堂", "广场", "公园", "大桥", "机场", "车站", "码头", "体育馆", "体育场", "宫")
# Last characters that make a word jieba calls a name into a place (槟城坡, 灵隐寺).
_FEATURE_FINALS = frozenset("坡郡宫寺庙岛")
_VENUE_FINALS = frozenset("厦馆宫寺庙堂院场园桥塔楼亭台阁")
# Words that jieba glues to a place name as one "place" (香港市民, 亚洲各国, 印度卢比).
_NS_TAILS = ("市民", "各国", "人民", "居民", "卢比", "人", "克朗", "马克", "卢布", "法郎", "比索")
# Tails after which even a weakly known place is one (克罗地亚族, 中国式, 戴维斯杯).
_STRONG_TAILS = ("族", "式", "杯")
# Words jieba glues to a place in one "place" word; the news labels the place alone.
_GLUED_TAILS = frozenset((*REGION_TAILS, "民族", "山水", "政府", "大峡谷", "人民"))


_SPLIT_ENDINGS = (*REGION_TAILS, *_NS_TAILS, *_GLUED_TAILS)
_PREFIX_TAGS = frozenset(("ns", "nz", "nrt", WEAK_PLACE))


def _place_prefix(tok: Token, lex: Lexicon) -> Iterator[Raw]:
    """印度政府, 法国总理, 法国人, 中国京剧: a place glued to the word after it.

    天津人民体育馆 is two places, a city and a venue in it; 地球磁场 names the earth.
    """
    w = tok.word
    tags = lex.tags
    for cut in (4, 3, 2):
        head, rest = w[:cut], w[cut:]
        if (
            tags.get(head) not in _PREFIX_TAGS and head not in CELESTIAL_PLACES
        ) or head in COMMON_WORDS_TAGGED_NS:
            continue  # every reading below needs a place (or a planet) at the head
        if len(rest) >= 2 and rest in lex.tags:
            if head in CELESTIAL_PLACES:
                yield (tok.start, tok.start + cut, "place", 1.2)
                return
            if lex.tags.get(head) == "ns" and rest.endswith(_VENUES) and len(rest) >= 3:
                yield (tok.start, tok.start + cut, "place", 1.3)
                yield (tok.start + cut, tok.end, "place", 1.3)
                return
        if rest in _GLUED_TAILS and lex.tags.get(head) in ("ns", "nz"):
            yield (tok.start, tok.start + cut, "place", 1.2)  # 中华民族, 西欧地区, 淮河流域
            return
        if rest in _STRONG_TAILS and lex.tags.get(head) in ("ns", WEAK_PLACE, "nrt"):
            yield (tok.start, tok.start + cut, "place", 1.2)
            return
        if (
            rest
            and lex.tags.get(head) == "ns"
            and head not in GENERIC_PLACE_WORDS
            and rest in lex.tags
            and tok.tag not in ("i", "l")
            and (
                rest in REGION_TAILS
                or rest in _NS_TAILS
                or (len(rest) >= 2 and _common_tail(rest, tok, lex))
            )
        ):
            yield (tok.start, tok.start + cut, "place", 1.2)
            return


_BEFORE_PLACE = frozenset((*PLACE_CONTEXT_BEFORE, "在", "从", "来自", "离开"))
_AFTER_PLACE = frozenset(("一带", "境内", "以东", "以西", "以南", "以北", "沿岸", "等地", "地区"))
# Words after a noun that make it a location, not a named place (山野间, 河滩边, 后山上).
_POSITION_AFTER = frozenset("间边上里中下内外旁")


def _weak_place(tok: Token, tokens: Sequence[Token], k: int) -> bool:
    """A word jieba calls a place on thin evidence (向阳), where its context agrees."""
    return (
        tok.tag == WEAK_PLACE and tok.word not in GENERIC_PLACE_WORDS and _place_context(tokens, k)
    )


def _place_context(tokens: Sequence[Token], k: int) -> bool:
    """在向阳, 向阳一带, 石门、向阳等地: words that make a weak place name a place."""
    before = tokens[k - 1].word if k > 0 else ""
    after = tokens[k + 1].word if k + 1 < len(tokens) else ""
    if after in _POSITION_AFTER:
        return False
    return before in _BEFORE_PLACE or after in _AFTER_PLACE


_LONE_TAGS = frozenset(("ns", "j"))
_SHORT_FORM_CHARS = PLACE_ABBREVIATIONS | ABBREVIATION_VERBS | PROVINCE_ABBREVIATIONS
_SHORT_FORM_OPENERS = PLACE_ABBREVIATIONS | ABBREVIATION_VERBS  # first characters of 中美, 访华


def place_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    found = [c for c in _place_words(text, tokens, lex) if not names_time(text, c[1])]
    yield from found
    yield from extended_left(text, tokens, found)
    yield from paired_short_forms(text, lex)
    yield from translit_admin_places(text, tokens)


def _short_forms(text: str, tokens: Sequence[Token], k: int) -> list[Raw]:
    """The short forms in token ``k`` (中美, 访华, 俄), less laws and prepositions."""
    return [
        c
        for c in abbreviation_places(text, tokens, k)
        if c[1] - c[0] != 1 or not not_a_short_form(text, tokens, k, c[0])
    ]


STATE_CONFIDENCE = 1.35


def _fast_path_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Tags, first and last characters of the two-character words some rule may use."""
    tags = frozenset(("ns", WEAK_PLACE, *_COUNTY_STEM_TAGS))
    openers = PROVINCE_ABBREVIATIONS | _SHORT_FORM_OPENERS | SHORT_FORM_WORD_OPENERS
    ends = FACILITY_LAST | _VENUE_LAST | {s[-1] for s in PLACE_SUFFIXES} | {"心"}
    return tags, frozenset(openers), frozenset(ends)


def _place_words(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    # Locals for the sets every token is checked against (this loop sees every word).
    short_chars, suffixes, lone_tags = _SHORT_FORM_CHARS, _PLACE_SUFFIX, _LONE_TAGS
    two_tags, two_openers, two_ends = _TWO_CHAR_TAGS, _TWO_CHAR_OPENERS, _TWO_CHAR_ENDS
    for k, tok in enumerate(tokens):
        w = tok.word
        if not "\u4e00" <= w[0] <= "\u9fff":
            continue  # punctuation, digits and Latin words name no Chinese place
        n = len(w)
        if n == 1:  # the common case: only short forms and suffixes apply
            if w not in short_chars and w not in suffixes and tok.tag not in lone_tags:
                continue
            if w in short_chars:
                found = _short_forms(text, tokens, k)
                if found:
                    yield from found
                    continue
            if w in suffixes and k > 0:
                yield from _suffixed_place(tokens, k)
                if w in VILLAGE_SUFFIXES:
                    yield from village_after_boundary(tokens, k)
            elif tok.tag in lone_tags:
                yield from lone_short_form(text, tok)
            continue
        if n == 2 and not (
            tok.tag in two_tags or w[0] in two_openers or w[1] in two_ends or w in CELESTIAL_PLACES
        ):
            continue  # the common case: a two-character word no rule below can use
        if w[-1] in FACILITY_LAST and (w.endswith(FACILITIES) or w[-1] == "桥" or w in TRADE_TOWNS):
            found = list(facility_places(tokens, k, lex))
            if found:
                yield from found  # 川藏公路, 泸定大桥: one place, name and facility
                continue
        if w[0] in PROVINCE_ABBREVIATIONS and w[1:2] in PROVINCE_ABBREVIATIONS:
            found = list(province_pair(tok, lex))
            if found:
                yield from found
                continue
        if w[0] in _SHORT_FORM_OPENERS:
            found = _short_forms(text, tokens, k)
            if found:
                yield from found
                continue
        if w[0] in SHORT_FORM_WORD_OPENERS:
            yield from short_form_word(tok)
        split = False  # 天津人民体育馆: a city and a venue, not one venue
        if len(w) >= 3 and (tok.tag != "ns" or w.endswith(_SPLIT_ENDINGS)):
            found = list(_place_prefix(tok, lex))
            if found and len(w) >= 4:
                found.extend(short_form_tail(tok, lex))  # 中国 + 京剧: 京 too
            if found and tok.tag == "ns":
                yield from found  # 东北地区, 淮河流域: the BIO data tags only the name
                continue
            yield from found
            split = bool(found)
        if tok.tag == "ns":
            found = split_place_word(tok, lex)
            if found:
                yield from found  # 图们江 + 口, 中国 + 澳门: the parts the news labels
                continue
        if w in CELESTIAL_PLACES or (
            tok.tag == "ns"
            and len(w) > 1
            and w not in GENERIC_PLACE_WORDS
            and w not in COMMON_WORDS_TAGGED_NS
            and not _phrase_tagged_place(w, lex)
        ):
            # A state's name is a place, not the body its last character suggests (苏 + 联).
            yield (tok.start, tok.end, "place", STATE_CONFIDENCE if w in COUNTRIES else 1.2)
        elif (tok.tag == WEAK_PLACE and _weak_place(tok, tokens, k)) or (
            len(w) >= 3
            and w[-1] in ADMIN_SUFFIX
            and tok.tag in ("n", "nz", "nr")
            and not _deictic(w, lex)
            and w not in GENERIC_PLACE_WORDS
            and not _generic_stem(w, lex, tokens, k)
        ):
            yield (tok.start, tok.end, "place", 1.0)
        elif len(w) >= 3 and w[-1] in _FEATURE_FINALS and tok.tag == "nr":
            yield (tok.start, tok.end, "place", 1.3)  # 萨里郡, 温莎宫: jieba's "names"
        elif (
            len(w) == 2
            and tok.tag in _COUNTY_STEM_TAGS
            and text[tok.end : tok.end + 1] not in ADMIN_SUFFIX  # 万荣 + 县委: the suffix's
            and is_county_name(w, lex)
            and _county_context(tokens, k)
        ):
            yield (tok.start, tok.end, "place", COUNTY_CONFIDENCE)
        if w in _PLACE_SUFFIX and k > 0:
            yield from _suffixed_place(tokens, k)
        if w[-1] in _VENUE_LAST and w.endswith(_VENUE_SUFFIXES) and not split:
            yield from _venue(tokens, k)
        elif w == "中心" and k > 0 and tokens[k - 1].word in ("展览", "会展"):
            yield from _venue(tokens, k, k - 1)  # 上海 + 展览 + 中心


# Buildings the news names as places, not as the bodies that run them (中国美术馆,
# 埃及国家博物馆, 北京图书大厦): named by the words before them.
_VENUE_SUFFIXES = (
    *("美术馆", "博物馆", "纪念馆", "档案馆", "图书馆", "展览馆", "科技馆", "展览中心"),
    *("大剧院", "剧院", "大厦", "体育馆", "体育场", "会展中心"),
    *("大会堂", "文学馆", "艺术馆"),
)
_VENUE_LAST = frozenset(v[-1] for v in _VENUE_SUFFIXES)
VENUE_CONFIDENCE = 1.7  # beats the organisation reading of the same words
_VENUE_BODY_TAGS = frozenset(("ns", "nt", "nz", "n", "vn", "j", "b", "a", "nr", ""))


def _venue(tokens: Sequence[Token], k: int, first: int | None = None) -> Iterator[Raw]:
    """The venue whose kind word ends token ``k`` (and starts at token ``first`` when
    jieba cut it in two: 上海 + 展览 + 中心), with the words that name it."""
    tok = tokens[k]
    if first is None:
        first = k
        suffix_len = len(next(v for v in _VENUE_SUFFIXES if tok.word.endswith(v)))
    else:
        suffix_len = tok.end - tokens[first].start
    i = first
    named = False  # 天河体育馆 has its own name: 广州 before it is a place of its own
    while i > 0 and first - i < 3:
        prev = tokens[i - 1]
        if prev.tag not in _VENUE_BODY_TAGS or not "\u4e00" <= prev.word[0] <= "\u9fff":
            break
        if len(prev.word) == 1 or prev.word in GENERIC_PLACE_WORDS:
            break
        if named and prev.tag == "ns":
            break
        named = named or prev.tag in ("ns", "nz", "")
        i -= 1
    if tok.end - tokens[i].start > suffix_len:
        yield (tokens[i].start, tok.end, "place", VENUE_CONFIDENCE)


# jieba's tags for county names written without 县 (万荣 nr, 威信 nz, 定陶 vn).
_COUNTY_STEM_TAGS = frozenset(("nr", "nz", "vn"))
COUNTY_CONFIDENCE = 1.2


def is_county_name(word: str, lex: Lexicon) -> bool:
    """万荣, 乐亭: the dictionary lists the word with 县 as a name (万荣县), so the word
    alone is the county, as the news writes it (去万荣, 丹凤、商南); 贫困县 is a common noun."""
    return lex.tags.get(word + "县") in ("nr", "ns") and word not in GENERIC_PLACE_WORDS


_PEOPLE_OF_PLACE = frozenset(("人", "籍", "人民", "百姓", "境内", "一带", "城", "老乡"))


def _county_context(tokens: Sequence[Token], k: int) -> bool:
    """去万荣, 乐亭人, 丹凤、商南, 仁寿灵岩寺: where a county name is read as the county
    rather than as the common word or given name it also spells (小康, 方正, 凌云)."""
    before = tokens[k - 1] if k > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if before is not None and (before.word in _BEFORE_PLACE or before.word in ("去", "回")):
        return True
    if after is None:
        return False
    if after.word in _PEOPLE_OF_PLACE or (
        len(after.word) >= 3 and after.word[-1] in _FEATURE_FINALS
    ):
        return True
    # In a 、 list with a place: 丹凤、商南.
    if after.word == "、" and k + 2 < len(tokens) and is_place_token(tokens[k + 2]):
        return True
    return before is not None and before.word == "、" and k >= 2 and is_place_token(tokens[k - 2])


def _deictic(word: str, lex: Lexicon) -> bool:
    """全市, 各县市, 新农村: a deictic or count word before a place word or a suffix; not
    下岭村 or 大芬村, whose first character is part of the name."""
    return word[0] in _DEICTIC and (
        len(word) == 2 or word[1] in ADMIN_SUFFIX or word[1:] in lex.tags
    )


def _generic_stem(word: str, lex: Lexicon, tokens: Sequence[Token], k: int) -> bool:
    """示范县, 游击区, 高新区: a common verb or adverb before the suffix names no place;
    人口密集区, 高发区: nor does a common word before 区, a zone of some kind, unless a
    city comes first (西安市碑林区); 经济特区: nor a common word before a kind of zone;
    省、自治区、直辖市: kinds in a list, not places."""
    before = tokens[k - 1] if k > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if word in _ADMIN_KINDS:
        return (before is not None and before.word == "、") or (
            after is not None and after.word == "、"
        )
    stem = word[:-1]
    if word[-1] in "区村" and len(stem) == 2 and lex.tags.get(stem) in _COMMON_TAGS:
        return before is None or not is_place_token(before)
    if len(word) >= 4 and word[-2:] in GENERIC_PLACE_WORDS:
        return lex.tags.get(word[:-2]) in _COMMON_TAGS
    return (
        not stem.startswith("自治")
        and lex.tags.get(stem) in ("v", "vn", "d", "ad", "a")
        and lex.freq.get(stem, 0) > 300
        and lex.tags.get(stem + "市") != "ns"
    )


_ADMIN_KINDS = frozenset(("自治区", "自治州", "自治县", "直辖市", "特别行政区", "自治旗"))
# Tags of common words (not names, places or short forms).
_COMMON_TAGS = frozenset(("n", "v", "vn", "a", "ad", "d", "b", "an", "l", "i", "m", "r"))


def _phrase_tagged_place(word: str, lex: Lexicon) -> bool:
    """加大力度, 兴旺发达: a phrase jieba tags ns that opens with a common verb or adjective;
    科教兴国, 港口城市, 大中城市: one that opens with a common noun or pronoun (not
    黄土高原, which names a landform)."""
    if len(word) < 4:
        return False
    head = lex.tags.get(word[:2])
    if head in ("v", "a", "ad", "d", WEAK_PLACE):
        return lex.freq.get(word[:2], 0) > 300 and word[-1] not in ADMIN_SUFFIX
    return (
        head in ("n", "r", "vn")
        and lex.freq.get(word[:2], 0) > 100
        and not word.endswith(LANDFORMS)
    )


LANDFORMS = ("高原", "平原", "盆地", "山脉", "半岛", "海峡", "三角洲", "丘陵", "沙漠", "草原")


def _suffixed_place(tokens: Sequence[Token], k: int) -> Iterator[Raw]:
    """王官屯镇, 平城村, 格林伍德县: name material grown leftwards from a place suffix."""
    tok = tokens[k]
    i = k
    length = 0
    while i > 0:
        prev = tokens[i - 1]
        if len(prev.word) == 1 and (
            prev.word in _DEICTIC
            or prev.word in NOT_GIVEN_NAME
            or prev.word in FUNCTION_CHARS
            or not ("\u4e00" <= prev.word <= "\u9fff")
        ):
            break
        if len(prev.word) > 1 and prev.tag not in ("ns", WEAK_PLACE, "nr", "nz", "nrt", ""):
            break
        if prev.word in GENERIC_PLACE_WORDS or (prev.tag == "ns" and prev.word[-1] in ADMIN_SUFFIX):
            break  # 阳高县 + 王官屯镇 are two places, as the BIO data has them
        if prev.word in _PLACE_SUFFIX and i < k:
            break  # 吉家窑 + 陶窑: a suffix ends the name before it
        if prev.tag == "ns" and i < k and len(prev.word) > 1:
            break  # a place name joins its suffix only directly (北京 + 市), not 广灵 + 白羊峪
        i -= 1
        length += len(prev.word)
        if prev.tag in ("ns", WEAK_PLACE) or length >= 4:
            break
    if i == k:
        return
    first = tokens[i]
    start = first.start
    if first.word[0] in FUNCTION_CHARS and first.tag in ("nr", "nrt") and tok.end - start >= 3:
        start += 1  # 如云 + 州区: jieba read 如 ("such as") into a name
    if length >= 2 or (tok.word in ADMIN_SUFFIX and first.tag not in STOP_TAGS | {"v"}):
        yield (start, tok.end, "place", suffixed_confidence(tokens, i, k))


_TWO_CHAR_TAGS, _TWO_CHAR_OPENERS, _TWO_CHAR_ENDS = _fast_path_sets()
