"""The rules added for accuracy on People's Daily style text, on sentences written here."""

from __future__ import annotations

import pytest

from parser.entities import tag_text


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], kind) for a, b, kind in tag_text(text)]


def _named(text: str, kind: str) -> list[str]:
    return [name for name, k in _spans(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("本报内罗毕3月4日电记者周文涛报道：会议今天开幕。", "内罗毕"),
        ("据新华社蒙得维的亚9月2日电当地举行了庆祝活动。", "蒙得维的亚"),
        ("本报长沙十月五日讯一场秋雨过后，气温明显下降。", "长沙"),
    ],
)
def test_a_dateline_names_a_place_not_a_person(text: str, place: str) -> None:
    assert place in _named(text, "place")
    assert place not in _named(text, "person")


def test_reporters_in_a_byline_inside_the_text() -> None:
    text = "本报上海4月9日电记者吴晓岚、齐振宇报道：展览今天开幕。"
    assert _named(text, "person") == ["吴晓岚", "齐振宇"]
    text = "据新华社广州7月1日电（黎明远、范冬青）当地启动了新航线。"
    assert {"黎明远", "范冬青"} <= set(_named(text, "person"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("由老将鲍里斯·贝克尔率领的球队获胜。", "鲍里斯·贝克尔"),
        ("印度前总理拉·甘地曾经访华。", "拉·甘地"),
        ("会议推举荷兰人维姆·杜伊森贝赫出任行长。", "维姆·杜伊森贝赫"),
    ],
)
def test_a_dotted_foreign_name_is_one_person(text: str, name: str) -> None:
    people = _named(text, "person")
    assert name in people
    assert all(p == name or p not in name for p in people)  # no halves left over


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("巴西足球队教练扎加洛今天宣布了名单。", "扎加洛"),
        ("双方同德国总理科尔进行了磋商。", "科尔"),
        ("内务部长斯捷帕申是前政府的司法部长。", "斯捷帕申"),
    ],
)
def test_a_foreign_name_after_a_title_is_a_person_even_if_jieba_says_place(
    text: str, name: str
) -> None:
    assert name in _named(text, "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("切尔诺贝利4号机组发生爆炸。", "切尔诺贝利"),
        ("双方在克什米尔问题上互不相让。", "克什米尔"),
        ("该国决定迁都阿斯塔纳，以便开发北方。", "阿斯塔纳"),
        ("布基纳法索总统孔波雷在闭幕式上讲话。", "布基纳法索"),
    ],
)
def test_foreign_words_in_place_contexts_are_places(text: str, place: str) -> None:
    assert place not in _named(text, "person")


@pytest.mark.parametrize(
    "text",
    ["由于日晒、风沙等因素，石像受损。", "警笛长鸣，车队驶过。", "灵芝、阿胶都是药材。"],
)
def test_native_words_jieba_calls_transliterations_are_not_people(text: str) -> None:
    assert _named(text, "person") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("蒋步兵本人先后多次被评为先进个人。", "蒋步兵"),
        ("郑咏是国家一级演员。", "郑咏"),
        ("决赛中她战胜了队友李菊。", "李菊"),
        ("村里为刘家解决了贷款。", "刘"),
        ("汤姆斯杯决赛今晚举行。", "汤姆斯"),
    ],
)
def test_people_from_their_position_and_relations(text: str, name: str) -> None:
    assert name in _named(text, "person")


def test_a_very_common_word_after_a_surname_is_no_given_name() -> None:
    assert _named("游客乘车前往晋华宫国家矿山公园参观。", "person") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("作品在中国美术馆展出。", ["中国美术馆"]),
        ("活动在北京人民大会堂举行。", ["北京", "人民大会堂"]),
        ("比赛在上海虹口体育馆举行。", ["上海", "虹口体育馆"]),
        ("他擅长用中医治疗腰痛。", ["中"]),
    ],
)
def test_venues_and_short_forms_are_places(text: str, places: list[str]) -> None:
    assert _named(text, "place") == places


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("省委宣传部一名副部长出席。", ["省委宣传部"]),
        ("联合国禁毒署发表报告。", ["联合国禁毒署"]),
        ("他当选国际游泳联合会主席。", ["国际游泳联合会"]),
        ("北约和欧盟发表声明。", ["北约", "欧盟"]),
        ("辽宁省开原公安交警三中队受到表彰。", ["开原公安交警三中队"]),
        ("中国对外贸易经济合作部经商外交部同意。", ["中国对外贸易经济合作部", "外交部"]),
        ("两队打成平局。", []),
    ],
)
def test_organisation_names_and_their_edges(text: str, orgs: list[str]) -> None:
    assert _named(text, "org") == orgs


def test_a_currency_after_a_country_names_the_country() -> None:
    assert _named("汇率为一美元兑七挪威克朗。", "place") == ["挪威"]


def test_cities_in_a_weather_table_are_places() -> None:
    text = "兰州晴转多云15℃／29℃内比都雷阵雨24℃／31℃利马阴12℃／17℃"
    assert _named(text, "place") == ["兰州", "内比都", "利马"]
    assert _named(text, "person") == []


def test_symbols_never_end_a_name() -> None:
    assert _named("线路为：古城→林→湖，全程两小时。", "person") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("他们游览了白金汉宫。", "白金汉宫"),
        ("代表团抵达莒县。", "莒县"),
        ("航船驶入黄海。", "黄海"),
    ],
)
def test_places_jieba_tags_as_names_or_weak_places(text: str, place: str) -> None:
    assert place in _named(text, "place")


def test_a_short_form_only_with_its_own_tails() -> None:
    assert _named("危机加剧了失业。", "place") == []
    assert _named("他爱看京剧。", "place") == ["京"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("据泛美卫生组织统计，病例减少。", "泛美卫生组织"),
        ("会上，薛埠镇党委作了发言。", "薛埠镇党委"),
        ("致公党中央召开会议。", "致公党中央"),
    ],
)
def test_named_bodies_grow_over_names_jieba_misreads(text: str, org: str) -> None:
    assert _named(text, "org") == [org]


def test_a_quoted_name_ending_like_a_body_is_an_organisation() -> None:
    assert _named("这所“帐篷小学”多次迁移校址。", "org") == ["帐篷小学"]


@pytest.mark.parametrize(
    "text",
    [
        "双方遵守三个联合公报的原则。",
        "这样的民间组织所从事的工作。",
        "而上市公司盈利增长。",
        "按照通行原则制定。",
    ],
)
def test_generic_bodies_and_documents_are_not_organisations(text: str) -> None:
    assert _named(text, "org") == []


def test_airline_short_names_after_a_place() -> None:
    assert _named("法航的首航班机将于明年起飞。", "org") == ["法航"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("他接受了中国足球报记者的采访。", "中国足球报"),
        ("据美国华盛顿邮报报道，谈判破裂。", "华盛顿邮报"),
    ],
)
def test_newspapers_without_title_marks(text: str, org: str) -> None:
    assert org in _named(text, "org")


def test_a_team_sharing_the_next_teams_suffix() -> None:
    assert _named("比赛中，智利和挪威队各进一球。", "org") == ["智利", "挪威队"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("专访米亚特副秘书长。", "米亚特"),
        ("其中傅家峻还赢了一场。", "傅家峻"),
        ("这年春天，伯奇费尔郑重地赠送了仪器。", "伯奇费尔"),
    ],
)
def test_names_not_cut_by_a_neighbouring_reading(text: str, name: str) -> None:
    assert name in _named(text, "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [("当地塞尔维亚族居民撤离。", "塞尔维亚"), ("他讲了一个中国式的笑话。", "中国")],
)
def test_a_place_before_its_people_or_style(text: str, place: str) -> None:
    assert place in _named(text, "place")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("情报部门“调查和分析局”策划了袭击。", "调查和分析局"),
        ("他们成立了“防汛救灾领导小组”。", "防汛救灾领导小组"),
        ("全镇共有三百名学生的镇南小学。", "镇南小学"),
        ("率领的德国男子网球队获胜。", "德国男子网球队"),
    ],
)
def test_quoted_bodies_and_schools_named_by_weak_places(text: str, org: str) -> None:
    assert org in _named(text, "org")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("委内瑞拉政府否认此事。", "委内瑞拉"),
        ("拉美地区经济回暖。", "拉美"),
        ("中华民族的传统。", "中华"),
    ],
)
def test_a_place_glued_to_a_common_word(text: str, place: str) -> None:
    assert _named(text, "place") == [place]
