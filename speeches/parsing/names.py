"""Chinese surnames, which tell a person's name from other short words."""

from __future__ import annotations

# A name printed alone under a title opens with a surname; the commonest two hundred
# cover nearly everyone, and keep "政务公开", "图片新闻", "领导信息" from being names.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍"
    "喻祁蒲滕屈饶牟艾尤穆卓缪简褚娄窦戚岑宫费卜冷晏席卫柏宗瞿佟臧闵苟邬卞姬栾隋刁巫"
    # rare at large, frequent among the speakers this archive holds
    "习栗乔"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "令狐",
)


def opens_with_surname(text: str) -> bool:
    """Tell a word that reads as a person's name ("张建国") by its surname."""
    return text.startswith(COMPOUND_SURNAMES) or text[:1] in COMMON_SURNAMES
