"""Foreign names: transliterations cut by jieba's place words, Japanese and Korean names.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

from parser.entities import tag_text


def _people(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "person"]


def _places(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "place"]


def test_a_place_word_inside_a_transliteration_belongs_to_the_name() -> None:
    # jieba cuts 马里 + 西亚 + 努 and 贾 + 亚拉 + 莉 + 达: the place words are syllables.
    assert _people("队长马里西亚努接受了采访。") == ["马里西亚努"]
    assert _people("秘书长贾亚拉莉达表示反对。") == ["贾亚拉莉达"]


def test_a_place_word_after_a_known_foreign_name_belongs_to_it() -> None:
    # 奥登 is a name in jieba's dictionary, 西亚 a region: together one name.
    assert _people("上半场，奥登西亚和队友配合默契。") == ["奥登西亚"]
    assert _places("上半场，奥登西亚和队友配合默契。") == []


def test_korean_names_in_a_sentence_about_korea() -> None:
    assert _people("韩国选手金美贤在决赛中获胜。") == ["金美贤"]
    # 高科技 starts with a Korean family name but is a word.
    assert _people("韩国高科技产业发展迅速。") == []


def test_a_japanese_family_name_alone_before_an_adverb_is_a_person() -> None:
    assert _people("而小渊则在会上表示反对。") == ["小渊"]


def test_a_japanese_family_name_before_cabinet_is_an_organisation() -> None:
    assert tag_text("小渊内阁今天改组。") == [(0, 4, "org")]


def test_a_japanese_given_name_ends_where_a_word_ends() -> None:
    assert _people("山本坦率地说，问题不少。") == ["山本"]
    assert "松本幸之助" in _people("日本企业家松本幸之助出席会议。")


def test_japanese_names_that_are_chinese_words_need_a_sentence_about_japan() -> None:
    assert "中山大学" not in _people("日本代表团参观了中山大学。")


def test_a_foreign_word_before_a_noun_modifies_it() -> None:
    assert _people("这里保留了浓郁的迪斯尼风格。") == []
    assert _people("大家都在谈论斯诺克团体赛。") == []
    # A noun naming a person (院士, 教授) is a title, not a thing.
    assert _people("昨天见到了卡洛斯院士。") == ["卡洛斯"]


def test_loose_characters_between_a_title_and_the_phrase_end_are_a_foreign_name() -> None:
    # jieba leaves 素 + 帕 + 蓬 and 差 + 立 + 沙 as single characters (Thai names).
    text = "财政部长素帕蓬、外长差立沙出席了会议。"
    assert _people(text) == ["素帕蓬", "差立沙"]
    assert _people("差瓦猜副总理指出，出口正在恢复。") == ["差瓦猜"]


def test_a_function_word_before_a_surname_and_title_is_no_foreign_name() -> None:
    assert _people("当汤局长来到现场时，大家都笑了。") == ["汤"]


def test_a_dotted_name_before_a_university_or_company_names_the_body() -> None:
    text = "他在约翰·霍普金斯大学任教。"
    assert ("约翰·霍普金斯大学", "org") in [(text[a:b], k) for a, b, k in tag_text(text)]
    assert _people(text) == []


def test_words_for_kinds_of_places_and_flights_make_a_foreign_word_a_place() -> None:
    assert _places("代表团从伦敦直飞卡萨布兰卡。") == ["伦敦", "卡萨布兰卡"]
    assert _places("会议在风景如画的旅游胜地卡普里举行。") == ["卡普里"]


def test_a_measure_word_for_things_makes_a_foreign_word_a_product() -> None:
    assert _people("门口停着一辆白色“菲亚特”。") == []
    assert _people("菲亚特说，今年的销量不错。") == ["菲亚特"]


def test_japanese_given_names_with_numerals_or_one_character() -> None:
    assert "小渊惠三" in _people("日本首相小渊惠三表示，日方愿意加强合作。")
    assert "今井敬" in _people("日本经团联会长今井敬率团访华。")
    assert "桥本" in _people("小渊首相和桥本前首相都出席了宴会。")


def test_a_rare_noun_to_jieba_in_a_sentence_about_korea_is_a_name() -> None:
    assert "金钟泌" in _people("金钟泌总理说，韩国经济正在复苏。")


def test_a_foreign_town_in_burg_is_a_place() -> None:
    assert "约翰内斯堡" in _places("南非总统曼德拉访问了约翰内斯堡。")


def test_a_preposition_after_a_foreign_name_is_not_part_of_it() -> None:
    assert _people("法国球星齐达内因伤缺阵。") == ["齐达内"]


def test_a_title_of_relation_between_two_names_does_not_make_a_country() -> None:
    assert _people("克林顿夫人希拉里参观了西安。") == ["克林顿", "希拉里"]


def test_slavic_womens_names_in_ova() -> None:
    assert "彼得罗娃" in _people("彼得罗娃说，她很满意。")


def test_a_regnal_number_makes_a_monarchs_name() -> None:
    assert _people("英国女王伊丽莎白二世访问了印度。") == ["伊丽莎白二世"]
    assert _people("西班牙国王胡安·卡洛斯一世会见了他。") == ["胡安·卡洛斯一世"]


def test_a_title_whose_last_character_jieba_glued_to_the_name() -> None:
    # 外 + 长沙 + 雷: the 长 belongs to 外长, 沙雷 is the minister.
    assert _people("叙利亚外长沙雷在大马士革说，会谈很有成果。") == ["沙雷"]
    assert _places("西安市长安区的居民很多。") == ["西安市", "长安区"]


def test_a_titled_rare_place_word_with_one_native_character_is_a_person() -> None:
    assert "库马拉通加" in _people("斯里兰卡总统库马拉通加夫人说，和平进程将继续。")


def test_a_place_verb_before_the_aspect_particle_still_makes_a_place() -> None:
    assert "阿卡普尔科" in _places("墨西哥总统访问了阿卡普尔科。")


def test_a_rare_foreign_name_with_a_native_character_before_a_verb() -> None:
    # jieba lists 保拉 as a foreign name; 保 is no transliteration character, but the word is
    # rare and a verb follows it.
    assert _people("保拉是队里最有经验的队员。") == ["保拉"]


def test_a_foreign_name_before_a_one_character_place_kind_is_that_place() -> None:
    assert _places("他住在米·埃米内斯库镇的北边。") == ["米·埃米内斯库镇"]


def test_common_words_jieba_tags_nrt_make_no_foreign_name_together() -> None:
    # 令人 and 新奇 are both nrt in jieba's dictionary, but 令人 is an everyday word.
    assert _people("这种做法最令人新奇的地方在于简单。") == []


def test_a_dot_between_ordinary_words_joins_no_name() -> None:
    # Headlines and slogans use · between words: 基层·脱贫, 文化·中国.
    assert _people("（走进基层·脱贫故事）") == []
    assert _people("“文化·中国梦”主题展开幕。") == []
    assert "名家·程砚秋" not in _people("专辑《名家·程砚秋》出版。")
    assert _people("外长科菲·安南出席会议。") == ["科菲·安南"]


def test_a_law_or_effect_named_after_a_person_names_that_person() -> None:
    assert _people("声源远离时频率降低，这就是多普勒效应。") == ["多普勒"]
    assert _places("物质被压缩到施瓦茨半径以内。") == []


def test_a_verb_of_office_after_a_foreign_name_makes_it_a_person_despite_zai() -> None:
    assert _people("在萨马兰奇任职期间，奥运会不断扩大。") == ["萨马兰奇"]
    assert _places("总统在首都阿布贾去世。") == ["阿布贾"]


def test_two_common_words_jieba_lists_as_one_name_are_a_phrase() -> None:
    # jieba's dictionary holds 努力提高 as nrt; it is 努力 + 提高.
    assert _people("各地努力提高服务水平。") == []


def test_a_frequent_word_jieba_tags_as_a_name_is_no_foreign_name() -> None:
    # 明朗 ("clear") is nr in jieba's dictionary, and frequent: a word.
    assert _people("形势逐渐明朗。") == []


def test_a_chain_of_dotted_parts_is_one_name() -> None:
    # The last dot of the chain reads it, back over the earlier dots.
    assert _people("作家玛丽·伊丽莎白·布朗出版了新书。") == ["玛丽·伊丽莎白·布朗"]


def test_a_dotted_name_before_a_kind_of_body_names_the_body() -> None:
    text = "他毕业于威廉·佩恩学院。"
    assert [(text[a:b], k) for a, b, k in tag_text(text)] == [("威廉·佩恩学院", "org")]


def test_a_transliteration_before_a_kind_of_place_is_that_place() -> None:
    assert _places("访问团到达了科托努港。") == ["科托努港"]
    assert _places("他从阿斯马拉出发前往边境。") == ["阿斯马拉"]
