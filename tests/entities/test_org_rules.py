"""Organisation rules: session ordinals, press titles and unit names; own sentences only."""

from __future__ import annotations

import pytest
from entity_helpers import orgs_in

from parser.entities import tag_text


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("代表们出席了第十届全国人民代表大会第三次会议。", "第十届全国人民代表大会"),
        ("这项决定经九届人大常委会审议通过。", "九届人大常委会"),
        ("他当选为澳门首届立法会议员。", "澳门首届立法会"),
    ],
)
def test_a_session_ordinal_belongs_to_the_body(text: str, org: str) -> None:
    assert org in orgs_in(text)


def test_this_session_is_no_part_of_a_name() -> None:
    assert not any(o.startswith("本届") for o in orgs_in("本届全国人大代表来自各行各业。"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("据英国《经济学人》杂志报道，物价还在上涨。", "英国《经济学人》杂志"),
        ("这篇文章刊登在《东方潮》杂志上。", "《东方潮》杂志"),
        ("当年的华东《解放日报》发行很广。", "华东《解放日报》"),
        ("他的文章曾发表在《读卖新闻》上。", "读卖新闻"),
    ],
)
def test_a_periodical_with_its_country_and_kind(text: str, org: str) -> None:
    assert org in orgs_in(text)


def test_a_daily_jieba_lists_as_a_proper_noun() -> None:
    assert "光明日报" in orgs_in("我们在光明日报的网站上看到了这条消息。")


@pytest.mark.parametrize(
    "text",
    [
        "国家每年资助各电视制作公司一笔经费。",
        "各级残疾人协会要把工作做细。",
        "杭州一家著名软件公司买下了冠名权。",
        "他们的成绩被取消，其所在代表团的总分也作了调整。",
        "农村保险公司的技术员来到田头查看灾情。",
    ],
)
def test_a_kind_of_body_is_no_organisation(text: str) -> None:
    assert orgs_in(text) == []


def test_countries_drawn_into_a_group_are_teams() -> None:
    text = "抽签结果揭晓：a组的荷兰、阿根廷、日本，b组的德国、巴西。"
    assert {"荷兰", "阿根廷", "日本", "德国", "巴西"} <= set(orgs_in(text))


def test_countries_listed_as_rivals_are_teams() -> None:
    text = "他们要在对荷兰、德国、巴西等强队时拿下关键一分。"
    assert {"荷兰", "德国", "巴西"} <= set(orgs_in(text))


def test_countries_listed_without_sport_stay_places() -> None:
    text = "代表团先后访问了荷兰、德国、巴西等国。"
    assert orgs_in(text) == []


def test_a_party_congress_by_its_number() -> None:
    assert "中共十五大" in orgs_in("大家认真学习中共十五大的文件。")


def test_a_body_that_jieba_calls_nt_by_an_unusual_ending() -> None:
    assert "中兴通讯" in orgs_in("中兴通讯今年又推出了新产品。")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("日本、尼泊尔联合考察队昨天出发。", "日本、尼泊尔联合考察队"),
        ("中、尼考察队到达了大本营。", "中、尼考察队"),
    ],
)
def test_a_joint_team_of_listed_countries(text: str, org: str) -> None:
    assert org in orgs_in(text)


def test_the_teams_of_two_regions_are_no_joint_team() -> None:
    assert orgs_in("他们将同欧洲、非洲球队一起比赛。") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("他在破旧的镇卫生院里工作了十年。", "镇卫生院"),
        ("她至今仍是村党支部委员。", "村党支部"),
    ],
)
def test_a_level_word_opens_a_unit_of_that_level(text: str, org: str) -> None:
    assert org in orgs_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这个协会主要由日本公司组成。", "日本"),
        ("据报道，韩国电视台进行了现场直播。", "韩国"),
        ("他们将奔赴新疆部队的各个岗位。", "新疆"),
        ("它成为德国第二大银行。", "德国"),
        ("大选之后，意大利政局仍然不稳。", "意大利"),
    ],
)
def test_a_class_of_units_keeps_only_its_place(text: str, place: str) -> None:
    assert orgs_in(text) == []
    assert place in [text[a:b] for a, b, k in tag_text(text) if k == "place"]


def test_a_bank_named_after_its_country_stays_a_bank() -> None:
    assert "中国银行" in orgs_in("中国银行率先推出了这项业务。")


def test_a_rare_word_before_dui_names_a_team() -> None:
    assert "金狮队" in orgs_in("今天金狮队表现得非常出色。")
    assert orgs_in("这支突击队由几名老兵组成。") == []


def test_a_country_s_army_by_short_form_keeps_only_the_country() -> None:
    text = "这种武器曾被英军大量使用。"
    assert orgs_in(text) == []


def test_the_youth_league_s_organisation_is_no_body() -> None:
    assert orgs_in("毕业以后他又回到了团组织。") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("他把仪器送给了兰州地质所。", "兰州地质所"),
        ("当年，洛阳轴承厂的工人们接下了这个任务。", "洛阳轴承厂"),
        ("上海红十字会副会长也出席了仪式。", "上海红十字会"),
    ],
)
def test_a_place_and_one_word_naming_a_unit(text: str, org: str) -> None:
    assert org in orgs_in(text)


def test_a_place_and_a_summit_is_no_body() -> None:
    assert orgs_in("他评价了伦敦首脑会的成果。") == []


def test_a_province_before_a_county_stays_a_place() -> None:
    text = "他是河北阜平县第二中学的老师。"
    assert "阜平县第二中学" in orgs_in(text)
    assert "河北" in [text[a:b] for a, b, k in tag_text(text) if k == "place"]


def test_a_company_named_after_a_place_keeps_its_province() -> None:
    assert "贵州金华实业公司" in orgs_in("贵州金华实业公司与北京一家企业签约。")


def test_a_transliterated_body_with_the_word_zuzhi() -> None:
    assert "欧佩克组织" in orgs_in("分析人士认为，欧佩克组织很难达成一致。")
    assert "中国儿童少年基金会" in orgs_in("中国儿童少年基金会组织实施了这项计划。")


def test_short_names_listed_before_a_word_for_firms_are_firms() -> None:
    text = "近年来，飞鹤、蓝天、宏图等一批民营企业发展很快。"
    assert {"飞鹤", "蓝天", "宏图"} <= set(orgs_in(text))


def test_trades_listed_before_firms_are_no_firms() -> None:
    text = "要重视钢铁、煤炭等困难行业亏损企业的脱困工作。"
    assert orgs_in(text) == []


def test_a_foreign_name_before_a_body_names_it() -> None:
    text = "政府军袭击了萨帕塔全国民族解放军的营地。"
    assert "萨帕塔全国民族解放军" in orgs_in(text)


def test_a_centre_that_is_a_site_is_a_place() -> None:
    text = "卫星是从法国库鲁航天中心发射的，展品今起在上海展览中心展出。"
    places = [text[a:b] for a, b, k in tag_text(text) if k == "place"]
    assert "库鲁航天中心" in places and "上海展览中心" in places
    assert orgs_in(text) == []


def test_a_party_jieba_lists_as_a_noun() -> None:
    assert "保守党" in orgs_in("这正是保守党候选人的竞选口号。")
    assert orgs_in("执政党候选人赢得了选举。") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("编队由“长江”号导弹驱逐舰和一艘补给舰组成。", "“长江”号导弹驱逐舰"),
        ("“奋进”号航天飞机今天返回地面。", "“奋进”号航天飞机"),
        ("由小学生组成的日本“樱花”艺术团来京演出。", "日本“樱花”艺术团"),
    ],
)
def test_a_quoted_name_with_its_kind_of_unit(text: str, org: str) -> None:
    assert org in orgs_in(text)


def test_a_quoted_cup_before_a_title_is_no_unit() -> None:
    assert orgs_in("他们获得了“友谊杯”冠军。") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("他早年参加了红军，后来又到了延安。", "红军"),
        ("民盟要继续发挥自身的优势。", "民盟"),
        ("民建第八届中央常委会第二次会议今天召开。", "民建第八届中央常委会"),
    ],
)
def test_parties_and_armies_by_their_short_names(text: str, org: str) -> None:
    assert org in orgs_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "过年时大家写春联、贴年画。",
        "他在上流社会中赢得了声望。",
        "要对全国所有加油站进行检查。",
        "这是一所国际化大学。",
        "活动在全国中小学广泛开展。",
        "实现全国联网收费。",
    ],
)
def test_common_words_that_end_like_a_body_are_none(text: str) -> None:
    assert orgs_in(text) == []


def test_kinds_of_business_listed_before_firms_are_no_firms() -> None:
    text = "园区已引进精密铸造、冷链仓储、网络直播等各类企业三十家。"
    assert orgs_in(text) == []


def test_a_power_station_is_no_body() -> None:
    assert orgs_in("村里的光伏电站去年发电三十万度。") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("他前往意大利驻华使馆递交了材料。", "华"),
        ("这些律师事务所的驻沪办事处也参加了会议。", "沪"),
        ("欧盟决定撤回其驻波黑使团。", "波黑"),
    ],
)
def test_a_mission_named_by_where_it_is_stationed_is_only_a_place(text: str, place: str) -> None:
    assert not any(
        o.startswith("驻") or o.endswith(("使馆", "办事处", "使团")) for o in orgs_in(text)
    )
    assert place in [text[a:b] for a, b, k in tag_text(text) if k == "place"]


def test_a_body_named_after_a_brand_or_a_person() -> None:
    assert "宝马公司" in orgs_in("宝马公司的发言人说，新车下月上市。")
    assert "孔子学院" in orgs_in("他在当地的孔子学院学习汉语。")
    assert "刘延宇" not in orgs_in("第二天来到刘延宇办公室一看。")
