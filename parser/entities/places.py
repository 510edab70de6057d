"""Place candidates: every place rule, run over jieba's words in one pass.

Places follow the People's Daily NER convention: 阳高县王官屯镇 is two places, and a
county name followed by its village or scenic spot (浑源县凌云口) is two places as well.
Each kind of reading lives in its own module (short forms, suffixes, glued words, venues,
facilities, context-dependent names); this one decides which of them a word can feed,
cheaply, because the loop sees every word of every text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.place_abbrev import LONE_TAGS, lone_short_form, paired_short_forms
from parser.entities.place_context import (
    COUNTY_CONFIDENCE,
    COUNTY_STEM_TAGS,
    county_context,
    is_county_name,
    weak_place,
)
from parser.entities.place_edges import extended_left
from parser.entities.place_facilities import (
    FACILITIES,
    FACILITY_LAST,
    TRADE_TOWNS,
    facility_places,
)
from parser.entities.place_glued import GLUED_ENDINGS, place_prefix
from parser.entities.place_splits import split_place_word
from parser.entities.place_suffixed import PLACE_SUFFIX, named_admin_word, suffixed_place
from parser.entities.place_tokens import ADMIN_SUFFIX, FEATURE_FINALS
from parser.entities.place_translit import translit_admin_places
from parser.entities.place_venues import VENUE_LAST, VENUE_SUFFIXES, venue
from parser.entities.place_vetoes import (
    COMMON_WORDS_TAGGED_NS,
    names_time,
    not_a_short_form,
    phrase_tagged_place,
)
from parser.entities.place_villages import VILLAGE_SUFFIXES, village_after_boundary
from parser.entities.resources import (
    ABBREVIATION_VERBS,
    CELESTIAL_PLACES,
    GENERIC_PLACE_WORDS,
    PLACE_ABBREVIATIONS,
    PLACE_SUFFIXES,
    PROVINCE_ABBREVIATIONS,
)
from parser.entities.short_forms import (
    SHORT_FORM_WORD_OPENERS,
    abbreviation_places,
    province_pair,
    short_form_tail,
    short_form_word,
)
from parser.entities.world import COUNTRIES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

_SHORT_FORM_CHARS = PLACE_ABBREVIATIONS | ABBREVIATION_VERBS | PROVINCE_ABBREVIATIONS
_SHORT_FORM_OPENERS = PLACE_ABBREVIATIONS | ABBREVIATION_VERBS  # first characters of 中美, 访华
STATE_CONFIDENCE = 1.35


def place_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """Every scored place reading in ``text`` (jieba's words ``tokens``), time zones left out."""
    found = [c for c in _place_words(text, tokens, lex) if not names_time(text, c[1])]
    yield from found
    yield from extended_left(text, tokens, found)
    yield from paired_short_forms(text, lex)
    yield from translit_admin_places(text, tokens)


def _short_forms(text: str, tokens: Sequence[Token], k: int) -> list[Candidate]:
    """The short forms in token ``k`` (中美, 访华, 俄), less laws and prepositions."""
    return [
        c
        for c in abbreviation_places(text, tokens, k)
        if c[1] - c[0] != 1 or not not_a_short_form(text, tokens, k, c[0])
    ]


def _fast_path_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Tags, first and last characters of the two-character words some rule may use."""
    tags = frozenset(("ns", WEAK_PLACE, *COUNTY_STEM_TAGS))
    openers = PROVINCE_ABBREVIATIONS | _SHORT_FORM_OPENERS | SHORT_FORM_WORD_OPENERS
    ends = FACILITY_LAST | VENUE_LAST | {s[-1] for s in PLACE_SUFFIXES} | {"心"}
    return tags, frozenset(openers), frozenset(ends)


_TWO_CHAR_TAGS, _TWO_CHAR_OPENERS, _TWO_CHAR_ENDS = _fast_path_sets()


def _place_words(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    # Locals for the sets every token is checked against (this loop sees every word).
    short_chars, suffixes, lone_tags = _SHORT_FORM_CHARS, PLACE_SUFFIX, LONE_TAGS
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
                yield from suffixed_place(tokens, k)
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
        if len(w) >= 3 and (tok.tag != "ns" or w.endswith(GLUED_ENDINGS)):
            found = list(place_prefix(tok, lex))
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
            and not phrase_tagged_place(w, lex)
        ):
            # A state's name is a place, not the body its last character suggests (苏 + 联).
            yield (tok.start, tok.end, "place", STATE_CONFIDENCE if w in COUNTRIES else 1.2)
        elif (tok.tag == WEAK_PLACE and weak_place(tok, tokens, k)) or (
            w[-1] in ADMIN_SUFFIX and named_admin_word(tok, tokens, k, lex)  # cheap test first
        ):
            yield (tok.start, tok.end, "place", 1.0)
        elif len(w) >= 3 and w[-1] in FEATURE_FINALS and tok.tag == "nr":
            yield (tok.start, tok.end, "place", 1.3)  # 萨里郡, 温莎宫: jieba's "names"
        elif (
            len(w) == 2
            and tok.tag in COUNTY_STEM_TAGS
            and text[tok.end : tok.end + 1] not in ADMIN_SUFFIX  # 万荣 + 县委: the suffix's
            and is_county_name(w, lex)
            and county_context(tokens, k)
        ):
            yield (tok.start, tok.end, "place", COUNTY_CONFIDENCE)
        if w in PLACE_SUFFIX and k > 0:
            yield from suffixed_place(tokens, k)
        if w[-1] in VENUE_LAST and w.endswith(VENUE_SUFFIXES) and not split:
            yield from venue(tokens, k)
        elif w == "中心" and k > 0 and tokens[k - 1].word in ("展览", "会展"):
            yield from venue(tokens, k, k - 1)  # 上海 + 展览 + 中心
