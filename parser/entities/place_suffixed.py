"""Places named by a suffix: 王官屯镇, 平城村, 格林伍德县, and the words that only look so.

A place suffix (镇, 村, 县 …) standing alone grows leftwards over name material until a
function word, a common word or another place stops it, so 阳高县王官屯镇 is two places
as People's Daily NER data has them. A jieba word ending in an administrative suffix is
a place unless what comes before the suffix makes a phrase (全市, 各县市), a kind of zone
(示范县, 高新区, 经济特区) or a list of kinds (省、自治区、直辖市).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.place_edges import suffixed_confidence
from parser.entities.place_tokens import ADMIN_SUFFIX, FUNCTION_CHARS, STOP_TAGS, is_place_token
from parser.entities.resources import GENERIC_PLACE_WORDS, NOT_GIVEN_NAME, PLACE_SUFFIXES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

PLACE_SUFFIX = frozenset(PLACE_SUFFIXES)
# Words before 市/县 that make a generic phrase, not a place (我市, 全县, 各区).
_DEICTIC = frozenset("我本全该各两三此这那每某外省市县区城乡镇村农老新大小上下")
_ADMIN_KINDS = frozenset(("自治区", "自治州", "自治县", "直辖市", "特别行政区", "自治旗"))
# Tags of common words (not names, places or short forms).
_COMMON_TAGS = frozenset(("n", "v", "vn", "a", "ad", "d", "b", "an", "l", "i", "m", "r"))


def named_admin_word(tok: Token, tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """万荣县, 碑林区: a word jieba does not call a place that ends in an administrative
    suffix after a name (not 全市, 示范县 or 高新区)."""
    w = tok.word
    return (
        len(w) >= 3
        and w[-1] in ADMIN_SUFFIX
        and tok.tag in ("n", "nz", "nr")
        and not _deictic(w, lex)
        and w not in GENERIC_PLACE_WORDS
        and not _generic_stem(w, lex, tokens, k)
    )


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


def suffixed_place(tokens: Sequence[Token], k: int) -> Iterator[Candidate]:
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
        if prev.word in PLACE_SUFFIX and i < k:
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
