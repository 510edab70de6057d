"""General linguistic resources: surnames, titles, place and organisation suffixes.

These are facts about Chinese naming and news style, not lists of names from any test set.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The most common single-character surnames, roughly by frequency (the top group covers
# about 85% of the population); the first group is trusted more.
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤习傅"
)
LESS_COMMON_SURNAMES = (
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商"
    "刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮"
    "粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云"
    "容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶元束檀衣信展阴昝智幸奉植衡富尧闭由郅丘"
)
COMPOUND_SURNAMES = _words(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 夏侯 尉迟 公孙 慕容 长孙 宇文 "
    "司徒 端木 轩辕 呼延 南宫 独孤 西门 万俟 闻人 澹台 申屠 太史 钟离 "
    "完颜 拓跋"
)

# Characters that end a given name badly: function words, numerals, punctuation.
NOT_GIVEN_NAME = frozenset(
    "0123456789·—‘’“”…、。〈〉《》「」『』【】一七万三上下与两个为九也了二"
    "五亿从他以们但位你八六其内分则到前十千即又及各同名后向和四因在外她它对将就年并我或所把日人"
    "时是月次此每百的秒第等给者而被让该说跟这那都里间！（），０１２３４５６７８９：；？"
    " \u3000\t\n"
)

# Words that introduce people in news prose (titles, jobs, relations). A candidate
# right after one of these is a name even when its characters also spell a common word.
PERSON_TITLES = _words(
    "书记 副书记 领导 市领导 作者 船工 元老 委员长 编辑 总编辑 副总编辑 "
    "记者 通讯员 实习生 总书记 主席 副主席 总理 副总理 总统 "
    "副总统 首相 国王 女王 王子 部长 副部长 局长 副局长 厅长 副厅长 省长 "
    "副省长 市长 副市长 县长 副县长 区长 副区长 镇长 乡长 村长 主任 副主任 "
    "委员 常委 秘书长 总裁 董事长 总经理 经理 厂长 校长 院长 所长 教授 "
    "博士 研究员 专家 队长 团长 司令 司令员 政委 将军 大使 领事 议长 外长 "
    "代表 会长 社长 总编 主编 作家 画家 诗人 导演 演员 歌手 选手 运动员 "
    "教练 主教练 老师 医生 律师 法官 检察长 庭长 警官 民警 干部 同志 先生 "
    "女士 小姐 夫人 太太 老人 老汉 大娘 大爷 师傅 村民 工人 农民 战士 "
    "烈士 学生 少年 姑娘 小伙 总指挥 组长 站长 行长 台长 馆长 处长 科长 "
    "股长 支书 会计 发言人 负责人 创始人 董事 理事长 主持人 指挥 首席 司长 "
    "署长 外援 队员 球员 主帅 门将 前锋 后卫 中锋 国脚 棋手 球星 名将 老将 新秀 "
    "外交官 特使 特派员 协调员 发言人 大法官 参议员 众议员 议员 枢机 "
)

# Relations that introduce a name as a title does (队友李菊, 妻子王某) but are no roles.
RELATION_WORDS = _words(
    "队友 战友 同事 同学 朋友 妻子 丈夫 父亲 母亲 儿子 女儿 爷爷 奶奶 姐姐 妹妹 哥哥 弟弟 "
    "老伴 爱人 搭档 对手 校友 徒弟 师父 学生 弟子"
)

# Verbs and particles that commonly follow a name (they end a name span).
AFTER_NAME = _words(
    "说 表示 本人 指出 强调 认为 介绍 告诉 主持 出席 会见 会晤 率 率队 带队 "
    "陪同 参加 宣布 发表 访问 回答 提出 要求 希望 代表 致辞 讲话 透露 "
    "坦言 笑着 等 一行 同志 先生 女士 在 和 与"
)

# Suffixes of place names, including venues People's Daily data labels as places.
PLACE_SUFFIXES = _words(
    "省 市 县 区 镇 乡 村 州 盟 旗 岛 港 湾 湖 江 河 山 峰 岭 峡 "
    "谷 洲 屯 庄 街 路 街道 社区 自治区 自治州 自治县 特区 新区 开发区 "
    "高新区 半岛 群岛 海峡 山脉 平原 盆地 高原 沙漠 广场 大街 胡同 "
    "车站 机场 码头 大桥 公园 水库 美术馆 博物馆 大剧院 大会堂 大厦 "
    "展览中心 体育馆 体育场 峪 堡 窑 寨 沟 坡 口 营 关"
)
# Last characters of village and scenic place names (白羊峪, 唐家堡, 吉家窑): a "name"
# ending in one of them is more likely a place.
PLACE_FINAL_CHARS = frozenset("省市县区镇乡村庄州路街峪堡窑寨沟坡口营屯湾")
# Suffixes that make a span an organisation.
ORG_SUFFIXES = _words(
    "委员会 常委会 人大 政协 党委 党组 纪委 办公厅 办公室 管委会 工委 市委 "
    "省委 县委 区委 部 局 厅 署 委 院 办 处 室 站 台 社 团 队 组 司 法庭 "
    "军 厂 中心 公司 集团 总公司 分公司 有限公司 银行 大学 学院 "
    "中学 小学 学校 医院 协会 学会 研究会 联合会 基金会 促进会 商会 工会 "
    "联盟 法院 检察院 公安局 派出所 大队 支队 中队 部队 舰队 编队 代表团 "
    "俱乐部 男队 女队 国家队 出版社 报社 电视台 电台 杂志社 通讯社 研究所 "
    "研究院 科学院 设计院 事务所 合作社 理事会 董事会 联合体 总厂 分局 总局 分行 支行 分社 "
    "议会 内阁 联 协 女篮 男篮 女排 男排 女足 男足 组委会 筹委会 分会 支部 团支部"
)

# One-character short forms of countries and Chinese regions used in compounds (中美, 访华,
# 进京). They are places only inside such compounds or next to words like 总统, 政府.
PLACE_ABBREVIATIONS = frozenset(
    "中亚京俄加华印台巴德意新日朝欧沪法泰津渝港澳美苏英菲蒙越非韩马墨以埃古罗荷葡"
)
# The country short forms that pair up in running text (中美, 日俄, 美日, 中朝).
COUNTRY_ABBREVIATIONS = frozenset("中美日俄英法德韩朝印越泰菲墨缅")

# Characters typical of transliterated foreign names (克林顿, 基里延科, 若斯潘).
TRANSLIT_CHARS = frozenset(
    "丁万丘东丰丹乌乔亚亨什伊伍休伦伯佐佩克兰兹内冈凡凯切列利加努劳勒包华南博卡卢厄古吉哈唐因"
    "图坎坦埃基塔塞多夫夸奇奈契奥姆威娜安宾密尔尚尤尼巴布希帕库康延弗彭彼德恩恰戈戴扎托扬拉拜"
    "提摩斯施旺昂明普曼朗本朱杜杰松林查柯根格桑梅森欧比毕汉汤沃沙法波泰泽洛洪海涅温潘爱特玛班"
    "琳瑞瑟瓦皮盖福科穆策米索约纳纽维罗考耶肖肯胡舍舒艾芬苏若英茨荣莉莎莫莱菲萨蒂蒙蕾西詹诺谢"
    "豪贝费贾赛赫路辛达迈迪道邦采里金钦锡阿雅雷霍韦顿马鲁麦黎齐"
    "芭任申坚勃士史彼翰琼蒂珀屈让热敦默宁庞奎瓜圭赖连隆芒滕陶怀"
    "日卓"
    "佛登"
    "思丽"
    "捷詹祖"
)
# The same without the name dot: the characters a transliterated name is spelled with.
TRANSLIT = TRANSLIT_CHARS - {"·"}

# Words that name an organisation on their own in news prose (市委、市政府决定…).
STANDALONE_ORGS = frozenset(
    _words(
        "中共中央 党中央 区委 县委 团县委 团市委 团省委 国务院 居委会 州委 市委 村委会 省委 "
        "海军 陆军 空军 国会 内阁 参议院 众议院 议会 国家杜马 人大 政协 纪委"
    )
)
# Common nouns that jieba's dictionary tags as places (ns) but name no particular place.
GENERIC_PLACE_WORDS = frozenset(
    _words(
        "东方 古城 古都 新村 度假区 工业园区 园区 驻村 "
        "县区 各县区 东西 中小城市 乡村 他乡 保护区 全国 内地 农村 冰山 北方 半壁江山 "
        "南北 南方 县城 各国 国内 国外 国家 地区 城乡 城区 城市 城镇 外国 "
        "大国 大城市 大山 家乡 小国 山乡 山区 山村 市区 开发区 异国 强国 故乡 "
        "新区 景区 本国 林区 水乡 江山 海外 灾区 牧区 特区 省城 社区 祖国 "
        "老区 街道 西方 责任区 边疆 邻国 郊区 首都 高原 "
        "和平 平原 普通 爱国 英雄 朝廷 太阳 哥哥 东南 英语 海洋 湖泊 大桥 陆军 上市 永乐 建国 "
        "卫星 美丽 中原 江湖 大街 王国 开国 共和国 大都 京城 阿哥 庆典 南路 共和 深度 回国 治安 "
        "中文 精华 新鲜 海峡 河口 冰川 长度 友谊 长大 琉璃瓦 莫非 凤凰 普及 商城 古典 阴阳 高山 "
        "大海 河谷 上马 太平 福利 日志 甘泉 云集 青春 山河 莲蓬 神圣 中路 新建 西门 北洋 中断 "
        "河水 山洞 都城 关联 上半场 下半场 欧元 西瓜 山坡 山沟 馆藏 馆内 开朗 广义 立国 黑洞 "
        "播撒 广为 长河 海滨 内河 山水 朝野 古庙 多极 居民区 老城区 行政村 贫困地区 沿海地区 "
        "局部地区 欧元区 贫困山区 南国 天下 人间 世间 边境 边界 沿海 内陆 港口 口岸 "
        "两国 三国 双方 "
    )
)
# Verbs that take a place abbreviation as object (访华, 来京, 对韩) and words that follow
# one (俄总统, 罗政府, 中方).
ABBREVIATION_VERBS = frozenset(_words("侨 出访 到 回 在 对 抵 援 旅 来 留 离 访 访问 赴 返 进 驻"))
AFTER_ABBREVIATION = frozenset(
    _words(
        "两国 代表团 关系 军 双方 国内 外交部 外长 总理 总统 政府 方 经济 议会 领导人 首相 首脑 "
        "之间 高层 首脑会晤 会谈 合作 贸易 边境 建交 友好 联合公报 外交 总统府 军方 舰队 大使馆"
    )
)

# Words around a transliterated name that make it a place (在哈瓦那, 首都新德里, 温哥华市).
PLACE_CONTEXT_BEFORE = frozenset(
    _words("到 赴 抵 抵达 访问 前往 飞往 位于 首都 城市 首府 途经 途径 回到 返回 出访 访 港口 港市")
)
PLACE_CONTEXT_AFTER = frozenset(
    _words("市 州 省 港 湾 河 湖 山 岛 地区 当地 时间 市民 居民 机场 郊区 附近")
)
# Places that are common nouns too: the news labels them places (到达地球, 登上月球).
CELESTIAL_PLACES = frozenset(
    _words("地球 月球 火星 金星 木星 水星 土星 天王星 海王星 冥王星 太阳 银河 银河系")
)
# One-character short forms of Chinese provinces and rivers that pair up (京津, 黄淮, 青藏).
PROVINCE_ABBREVIATIONS = frozenset(
    "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇青宁新淮黄江缅"
)
# Common Japanese family names (two characters), which the Chinese press writes in kanji:
# 桥本龙太郎, 桥本首相. With a given name or a title after them they name a person.
JAPANESE_SURNAMES = frozenset(
    _words(
        "山本 铃木 佐藤 高桥 渡边 伊藤 小林 加藤 吉田 山田 松本 井上 木村 清水 山口 池田 "
        "桥本 阿部 石川 藤田 冈田 后藤 石井 村上 近藤 坂本 远藤 青木 藤井 福田 三浦 冈本 "
        "松田 竹内 森田 柴田 酒井 工藤 横山 宫崎 宫本 谷口 丸山 今井 河野 藤原 村田 "
        "杉山 大冢 千叶 岩崎 野口 松尾 野村 菊地 佐野 杉本 新井 浜田 菅原 水野 小松 岛田 "
        "小渊 中曾根 村山 宫泽 海部 竹下 细川 羽田 小泉 安倍 麻生 鸠山 久间 梶山 堀田 浅野"
    )
)

# Surnames of the Hundred Family Surnames (百家姓) and a few more that the lists above
# leave out, whose characters are seldom ordinary words (赖, 洪, 萧, 阎, 钮, 恽); trusted
# a little less than LESS_COMMON_SURNAMES.
RARE_SURNAMES = "萧洪赖阎钮恽荀汲邴隗宓钭蓟莘逄郦璩郏宦禄殳沃蔚訾毋乜巢蒯竺桓酆贲羿"

# Owners named before their names like titles (厂主王某, 店主李某): appended to the titles.
OWNER_TITLES = frozenset(
    _words("厂主 店主 车主 船主 户主 房东 雇主 业主 摊主 场主 矿主 窑主 农场主")
)
