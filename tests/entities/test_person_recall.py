"""Person recall rules: evidence for names jieba's dictionary does not know."""

from __future__ import annotations

from parser.entities import tag_text
from parser.entities.lexicon import lexicon
from parser.entities.name_hmm import hmm_joins
from parser.entities.tagger import tokenize


def _people(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "person"]


def test_the_hmm_joins_an_unknown_three_character_name() -> None:
    text = "俞曲峰的画作在这里展出。"
    tokens = tokenize(text, lexicon())
    assert [t.word for t in tokens[:3]] == ["俞", "曲", "峰"]  # the dictionary leaves them single
    assert hmm_joins(tokens, 0, 3)
    assert _people(text) == ["俞曲峰"]


def test_the_hmm_is_asked_only_about_single_characters() -> None:
    tokens = tokenize("会议今天开幕。", lexicon())
    assert not hmm_joins(tokens, 0, 2)  # 会议 + 今天: words, not a run of characters


def test_a_word_ending_in_a_particle_is_no_name() -> None:
    # 殷 is a surname and jieba lists 殷红 as a name; 得 after it ends a phrase.
    assert _people("湖面上的晚霞，殷红得像一团火。") == []


def test_a_rare_dictionary_place_before_a_head_of_states_title_is_a_person() -> None:
    # jieba's dictionary lists these names as places; 总统 after them says otherwise.
    assert _people("伊泽特贝戈维奇总统会见了代表团。") == ["伊泽特贝戈维奇"]
    assert _people("埃尔南德斯总统发表讲话。") == ["埃尔南德斯"]


def test_countries_and_regions_before_a_title_stay_places() -> None:
    for text in ("意大利总理今天抵达。", "魁北克总理表示反对。", "斯里兰卡总统表示欢迎。"):
        assert _people(text) == [], text


def test_a_dictionary_word_in_a_person_slot_is_a_name() -> None:
    # jieba lists 杜甫 and 高潮 as frequent words; the subject of 说, or a title before
    # and 说 after, leaves no room for anything but a person.
    assert _people("杜甫说，这是好诗。") == ["杜甫"]
    assert _people("主任高潮说，明年再办。") == ["高潮"]
    assert _people("在此期间，高潮说来就来。") == []  # no person slot: the word


def test_a_strong_person_slot_admits_odd_given_names() -> None:
    # 名 and 和 are rarely given-name characters; 唐朝 is a word jieba glues.
    assert _people("区委副书记赵名扬参加了会议。")[-1:] == ["赵名扬"]
    assert _people("吴和平说，村里的路修好了。") == ["吴和平"]
    assert _people("公司总裁唐朝明等出席了仪式。") == ["唐朝明"]
    # … but not a reading that ends in a verb or particle (赵敏 + 说).
    assert _people("班长赵敏说，任务完成了。") == ["赵敏"]
    assert _people("，阴阳之说由来已久。") == []  # 之说: "the theory of", a particle
    assert _people("，王育之说，这很好。") == ["王育之"]


def test_a_cup_named_by_bare_surnames_names_people() -> None:
    # 汤杯 and 尤杯 shorten the Thomas and Uber cups to the surnames of the men they honour.
    assert _people("汤尤杯赛下月在广州开幕。") == ["汤", "尤"]
    assert _people("中国女队再次捧起尤杯。") == ["尤"]
    for text in ("他举起金杯向观众致意。", "大家一起干杯！", "我买了一个保温杯。"):
        assert _people(text) == [], text


def test_a_dictionary_name_that_opens_with_a_common_word_is_that_word() -> None:
    # jieba tags 宿舍楼, 满天星 and 白骨精 as names; each opens with a word (宿舍, 满天,
    # 白骨) that jieba knows well, which a surname + given name rarely does.
    for text in (
        "学校新建的宿舍楼，明年启用。",
        "花店里的满天星，卖得很好。",
        "她演的白骨精，活灵活现。",
    ):
        assert _people(text) == [], text
    assert _people("万国权说，要加强合作。") == ["万国权"]
    # … also when the word is one jieba tags a name but uses as often as a word (陈列).
    assert _people("博物馆里的陈列柜，擦得很亮。") == []


def test_function_words_after_a_group_noun_are_no_names() -> None:
    # 都 and 连 are surnames too, but after 队员, 农民, 工人 they start the predicate.
    for text in ("每个队员都曾在国外比赛。", "许多农民都想进城。", "那些工人连正常工资都拿不到。"):
        assert _people(text) == [], text


def test_rarer_family_names_open_names() -> None:
    # 恽, 赖 and 萧 are surnames of the Hundred Family Surnames seldom used as words.
    assert _people("恽建新说，这批货明天到。") == ["恽建新"]
    assert _people("会上，赖国强、萧红梅等作了发言。") == ["赖国强", "萧红梅"]
    assert _people("洪水退去以后，村民回到了家。") == []


def test_a_phrase_that_repeats_its_first_character_is_no_name() -> None:
    # 以林养林, 以商养商: X + verb + X, where X happens to be a surname.
    assert _people("林场坚持以林养林的模式。") == []
    assert "商养商" not in _people("要以商养商，走新路。")
    assert _people("天刚蒙蒙亮，村民就下地了。") == []  # 蒙 + 蒙亮: the same, doubled first


def test_a_preposition_or_two_verbs_are_no_name() -> None:
    # 于 and 包 are surnames, but 于 + 国 is "to the country" and 包 + 建 "contract to build".
    assert _people("此举于国有利，于民有益。") == []
    assert _people("工程由他们包建，年底完工。") == []
    assert _people("包海涛等人出席了会议。") == ["包海涛"]


def test_a_title_then_a_time_word_frames_a_name() -> None:
    # 副部长X今天…: news names the official, then says when. jieba lists 于洋 and 丛珊 as
    # places; the frame decides.
    assert _people("副部长于洋今天在会上讲话。") == ["于洋"]
    assert _people("国务委员丛珊今天上午在北京会见了客人。") == ["丛珊"]


def test_a_list_item_between_two_names_is_a_name() -> None:
    # jieba reads 卓不凡 as a phrase ("outstanding"); between two names in a 、 list it is one.
    assert _people("委员有张华、卓不凡、刘强等。") == ["张华", "卓不凡", "刘强"]
    # A preposition may open the list: 由 X、Y主持.
    assert _people("会议由王明、李强主持。") == ["王明", "李强"]


def test_a_very_frequent_dictionary_name_needs_a_person_slot() -> None:
    # jieba tags 叶子 and 师生 as names; as subjects they are leaves and teachers.
    assert _people("秋天到了，叶子也黄了。") == []
    assert _people("校友、师生从各地赶来。") == []
    # A rank after the word (岳飞校长) or 说 after it makes it a person again.
    assert _people("岳飞校长讲了话。") == ["岳飞"]
    assert _people("杜甫说，这是好诗。") == ["杜甫"]


def test_a_name_stops_before_an_adverb_or_conjunction() -> None:
    # 有, 既, 不 after a name start the predicate; they are not its last character.
    assert _people("，李楠有说不完的话。") == ["李楠"]
    assert _people("，丁丁有一个好朋友。") == ["丁丁"]
    assert _people("，陈晓既负责采访，又负责编辑。") == ["陈晓"]
    assert _people("这是不公正不平等的。") == []


def test_a_country_is_never_a_given_name() -> None:
    # 应 (a surname, here "at the invitation of") + 缅甸 + 总统: the country's president.
    assert _people("一、应缅甸总统邀请，代表团将访问。") == []


def test_a_role_starts_after_a_relative_clause_or_a_tense_word() -> None:
    from parser.entities.roles import roles_before

    text = "就读于师范专业的学生会副主席王小燕说"
    assert roles_before(text, text.index("王小燕")) == ["学生会副主席"]
    text = "时任县委书记李大山回忆"
    assert roles_before(text, text.index("李大山")) == ["县委书记"]


def test_a_name_found_once_in_a_text_is_found_again() -> None:
    # 高潮 is a person after 副县长 … 说; the second 高潮 is the same man.
    text = "副县长高潮说，要修路；高潮的话让村民很受鼓舞。"
    assert _people(text) == ["高潮", "高潮"]


def test_what_only_a_person_has_marks_its_owner() -> None:
    # jieba lists 韩信 as a frequent word; 生平 (a life) belongs to a person.
    assert _people("这是一本有关韩信生平的书。") == ["韩信"]


def test_a_reading_before_the_head_of_a_bodys_name_is_no_person() -> None:
    # 总统 + 廉政 looks like a title and a name; 委员会 after it names a body.
    assert _people("总统廉政委员会主席今天表示，将彻查此事。") == []
    assert _people("项目由恒拓集团投资建设。") == []


def test_a_noun_for_a_kind_of_person_introduces_a_name() -> None:
    # 候选人, 残疾人: X人 is a kind of person, and a name right after it is that person.
    assert _people("候选人蔡晶获得了多数票。") == ["蔡晶"]
    assert _people("残疾人蔡芳菲也来了。") == ["蔡芳菲"]
    assert _people("所有人都来了。") == []


def test_an_adverb_after_a_bare_surname_is_no_given_name() -> None:
    # 老于 + 还住在: 还 is "still", so 于 alone names the man (小徐婷 keeps its given name).
    assert _people("，老于还住在那里。") == ["于"]


def test_a_dictionary_name_plus_one_character_needs_a_frame() -> None:
    # jieba lists 祖先 and 莫道 as names; one more character makes no name unless a title
    # or a verb of saying frames it (团政委高云山说).
    assert _people("这里是他们祖先曾居住的村庄。") == []
    assert _people("莫道君行早，更有早行人。") == []
    assert _people("团政委高云山说，训练很顺利。") == ["高云山"]


def test_a_verb_before_its_object_is_no_surname_and_given_name() -> None:
    # 包 and 管 are surnames, but before a common noun they are verbs with their object.
    assert _people("大家一起包饺子、看晚会。") == []
    assert _people("副市长包国富主持会议。") == ["包国富"]


def test_a_common_verb_is_no_given_name() -> None:
    # 连 is a surname; 离世 a verb it introduces (连离世都…, "even passing away").
    assert _people("他的艰辛、连离世都无人知晓。") == []


def test_a_list_of_kinds_of_one_thing_names_no_people() -> None:
    # 柏树/杨树, 灰鹤/白鹤: the neighbouring item shares the head and opens with no surname.
    assert _people("山上种了柏树、杨树和槐树。") == []
    assert _people("湖边已有灰鹤、白鹤等鸟类栖息。") == []
    assert _people("获奖者有王伟、李伟两位同学。") == ["王伟", "李伟"]


def test_a_surname_and_a_word_before_a_noun_is_a_phrase() -> None:
    # 夏 + 播 (summer sowing) before 作物 is no name; a name before a title still is.
    assert _people("各地抓好夏播作物的田间管理。") == []
    assert _people("该片由何伟主演。") == ["何伟"]


def test_a_measure_word_for_things_makes_no_person() -> None:
    # 桑 is a surname, but 一辆 counts vehicles: a make of car, not a person.
    assert _people("村里买了一辆桑塔纳和两台拖拉机。") == []
    assert _people("一位桑老师走了进来。") != []


def test_a_surname_after_xing_names_its_bearer() -> None:
    assert _people("来了一位姓王的老师。") == ["王"]
    assert _people("百姓的生活") == []


def test_a_married_name_joins_two_surnames_and_a_given_name() -> None:
    # Hong Kong style: husband's surname + own surname + given name, in a clear slot.
    assert _people("政务司司长陈方安生今天表示，") == ["陈方安生"]
    assert _people("出席的有张伟、林李秀珍等人。") == ["张伟", "林李秀珍"]
    assert _people("这种做法于是高明得多。") == []


def test_words_that_gather_people_make_the_names_before_them_people() -> None:
    # 等人, 一行, 二人 follow only people.
    assert "迪亚" in _people("迪亚等人昨天抵达。")
    assert _people("厂长秦国富、鲁新平二人连夜赶回。") == ["秦国富", "鲁新平"]


def test_a_given_name_alone_opening_a_clause_before_a_verb() -> None:
    # Features call people by the given name alone: two loose name characters, no surname.
    assert _people("第二天一早，俊豪拿着录取通知书回到村里。") == ["俊豪"]
    assert _people("到沈阳采访，大受启发。") == []


def test_he_opening_a_clause_before_a_name_and_a_verb_is_a_surname() -> None:
    # 和 cannot join two nouns at the start of a clause; "with" needs 一起, 相比 ….
    assert _people("退休以后，和克俭还常常回村里看看。") == ["和克俭"]
    assert _people("退休以后，和小叔还常常回村里看看。") == []
    assert _people("退休以后，和同事们一起回村里看看。") == []
    assert _people("当天下午，和李鹏进行了会谈。") != ["和李鹏"]


def test_an_owner_before_a_name_counts_as_a_title() -> None:
    assert _people("店主秦国富、鲁新平二人连夜赶回。") == ["秦国富", "鲁新平"]


def test_fang_after_a_state_is_its_side_and_yu_after_a_verb_a_preposition() -> None:
    assert _people("感谢越方宝贵的支持。") == []
    assert _people("这种植物生长于淡水湖泊。") == []
    assert _people("新闻出版署署长于光远会见了代表团。") == ["于光远"]


def test_a_myanmar_name_after_u_is_read_whole() -> None:
    # 吴 (U) and the Burmese syllables after it are one name; jieba cuts them anywhere.
    assert "吴觉梭敏" in _people("缅甸驻华使馆参赞吴觉梭敏表示，两国友好合作。")
    assert "吴哥哥莱" in _people("缅甸诗人吴哥哥莱说，他很喜欢中国。")
    assert "吴妙严拉" in _people("缅甸学者吴妙严拉表示，中缅合作前景广阔。")


def test_a_dotted_name_keeps_a_first_syllable_that_is_a_surname() -> None:
    # 毛 is a surname, but here it opens the transliteration 毛里西奥.
    assert _people("巴西学者毛里西奥·桑托斯是个“80后”。") == ["毛里西奥·桑托斯"]


def test_a_phrase_alone_in_quotation_marks_is_no_name() -> None:
    # jieba lists 金凤凰 as a name; in quotation marks it is an image for local riches.
    assert _people("村民们守着“金凤凰”，日子却一直不富裕。") == []
    assert _people("他主持的书法展题为《龙之歌》。") == []


def test_a_language_is_no_given_name() -> None:
    assert _people("学院开设全英文课程，也有全法语讲座。") == []


def test_parallel_phrases_of_the_seasons_are_no_names() -> None:
    # 夏 is a surname, but these are the seasons of the plants' year, one by one.
    assert _people("草木春萌、夏荣、秋枯、冬藏。") == []
    assert _people("万物春发、夏长、秋熟、冬眠。") == []


def test_an_animal_of_the_zodiac_before_a_year_word_is_the_year() -> None:
    assert _people("大家辞旧岁，迎金鼠新年。") == []


def test_a_word_before_a_place_to_visit_names_the_place() -> None:
    # jieba lists 白鹭洲 as a name; before 湿地 it names the wetland.
    assert _people("清晨，白鹭洲湿地游人不多。") == []


def test_a_loan_word_and_the_head_of_a_contest_is_no_name() -> None:
    # jieba lists 马拉松 as a name; + 赛 it is the race.
    assert _people("这座城市将举办国际马拉松赛，") == []
