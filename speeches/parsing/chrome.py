"""Recognise a site's chrome lines: counters, timestamps, toolbars, navigation bars,
breadcrumbs, leads and blurbs, spam banners and bylines.

What belongs here: tests of one line (is it the site's, not the speaker's?) that
both the start and the end of the speech, and metadata, use.
"""

from __future__ import annotations

import re

from .interface import DOWNLOAD_NOTICE, DOWNLOAD_NOTICE_WORDS, PAGE_NOTICE, UI_ELEMENT
from .line_kinds import (
    HEADING_LINE,
    REPORT_GENRES,
    SALUTATION_INSIDE,
    SCRIPT_GENRES,
    SPEECH_GENRES,
    genre_words,
)
from .rules import Rule, compile_rules
from .script import matching_form

# Lines that end the speech: whatever follows them is the site's, not the speaker's.

# "阅读全文", "(想阅读全部内容，请先登录)", "开通VIP", "剩余80%未读"
PAYWALL_PROMPT = re.compile(
    r"^[（(【\[]?(?:阅读全文|查看全文|展开(?:阅读)?全文|点击(?:查看|阅读|展开)全文|继续阅读|"
    r"余下全文|剩余.{0,12}未读|还剩[1-9]\d{0,2}页(?:未读)?|全文阅读已结束|"
    r"全文未完|未完待续|(?:免费)?(?:试读|试看|预览)(?:已?结束|完毕)|仅(?:展示|显示)部分|"
    # "仅展示800字，全文共5200字" (2.15): a document share's preview and its length
    r"仅(?:展示|显示|预览)[ \u3000]?\d{2,6}[ \u3000]?字|"
    # "（未完，全文共2010字，当前显示249字）": the site shows the opening only
    r"未完[,，]|"
    # "此处只显示部分内容，完整版请下载Word文档"
    r"(?:此处|这里|本页)(?:只|仅)(?:展示|显示|预览)(?:了)?部分|"
    r"(?:开通|购买|成为)(?:VIP|会员))"
    r"|想(?:要)?阅读(?:完)?全部|(?:需要|请)先?登[陆录]|"
    # "登录后查看全文", "登录后可免费复制全文"
    r"登[陆录]后(?:即?可)?(?:免费)?(?:查看|阅读|下载|复制)|"
    r"付费(?:阅读|下载)|"
    # "……(某某网此处省略600字，会员可阅读全文)……": the site cut the rest
    r"省略\d{2,5}字|会员可(?:完整|全文)?(?:阅读|查看|下载)|"
    # "本文仅限本站会员阅读", "以下内容仅限注册会员查看": a members' notice
    r"(?:本文|全文|此文|该文|以下内容|剩余内容|完整内容)(?:只有|仅限?|只限|仅对)"
    r"(?:本站|我站|本网|本平台|注册|正式|付费)*会员(?:才)?(?:能|可|可以|开放)?"
    r"(?:完整)?(?:阅读|查看|浏览|下载)?",
    re.IGNORECASE,
)

# "——以上为文档预览…——": dashes a site frames its prompts with
FRAMING_DASHES = re.compile(r"^[—\-－–~～]{2,}[ \u3000]*|[ \u3000]*[—\-－–~～]{2,}$")

# "下载本文档", "免费下载": a download button. Sites offer it under whole documents
# too, so unlike a paywall it says nothing about the text being cut.
DOWNLOAD_PROMPT = re.compile(
    r"^[（(【\[]?(?:(?:免费|点击|立即)下载|下载提示|下载(?:全文|本文|文档|word|此文档|该文档))",
    re.IGNORECASE,
)

# "本文标题:在全区…的讲话(精品)" and "链接地址:http://…": a document site's footer
TITLE_FOOTER = re.compile(
    r"^(?:(?:本文|文章|原文)标题[:：]"
    # "收藏本文：在…的讲话", "加入收藏 …" (2.19): a bookmark button's words over the
    # page's title, where a page prints it last
    r"|(?:收藏本[文页篇]|加入收藏|添加收藏|收藏此文)[ \u3000]*[:：]?[ \u3000]*(?=\S{6,}$))"
)

LINK_FOOTER = re.compile(
    r"^(?:链接地址|本文链接|原文链接|文章链接|本文地址|原文地址|本文网址|转载请注明|"
    # "本页链接：https://…", "当前网址：…": a government page printing its address
    r"本页(?:链接|地址|网址)|当前(?:页面)?(?:网址|链接|地址)[:：])"
)

# "相关内容", "热门推荐", "本周热门", "上一篇：…", "查看更多>>"
RELATED_LIST = re.compile(
    r"^[【\[]?(?:相关(?:内容|文章|报道|推荐|阅读|文档|范文|链接|新闻|专题|资料|下载|"
    # "相关主持词：…", "相关讲话稿：…": a list of the site's other documents of the kind
    r"(?:主持词|讲话稿?|讲稿|致辞|发言|材料)[:：])|"
    # "往期推荐", "往期回顾": a WeChat account's list of earlier articles
    r"往期(?:推荐|回顾|精选|文章)|"
    r"热门(?:推荐|文章|范文|标签)|本(?:周|月)热门|猜你喜欢|"
    r"(?:你|您)?可能(?:还)?(?:喜欢|感兴趣)|"
    r"精彩推荐|推荐阅读|"
    r"延伸阅读|最新(?:文章|范文|推荐|更新)|上一篇|下一篇|查看更多|更多(?:精彩|内容|范文)|"
    # a paper's or a news site's pager: "上一期　下一期", "上一版", "下一条：…"
    r"[上下]一(?:期|版|条)(?=[:：\s]|$)|"
    # a document site's panels under the text: "文档贡献者" (alone: with a colon and a
    # name it is the file card, which may stand between paragraphs), "该用户的其他文档",
    # "阅读了该文档的用户还阅读了这些文档"
    r"文档贡献者$|该用户的其他文档|(?:阅读|浏览|下载|看)了该文档的用户)"
)

# "相关链接：某某…　县政府召开…": a list of the site's items under its label, however
# long the line it runs on in
LABELLED_LIST = re.compile(
    r"^[【\[]?(?:相关|热门|推荐|延伸|往期|本版其他|其他)[\u4e00-\u9fff]{0,4}"
    r"(?:链接|新闻|文章|阅读|报道|推荐|范文)[】\]]?[:：]"
)

# "精选留言", "写留言", "全部评论(12)", "阅读原文": a WeChat article's or a news
# page's comment section and closing link
COMMENTS_START = re.compile(
    # "3 则留言：", "12 条评论": a blog's comment section under the post
    r"^\d{1,5}[ \u3000]*(?:则|条|個|个)(?:留言|评论|回应|回响)[:：]?$|"
    # "某某 提到...": a blog's comment header, the commenter's name and the verb
    r"^[^\s。！？，,]{1,20}[ \u3000]+提到(?:[.…]{2,6}|[:：])$|"
    r"^(?:精选留言|写留言|全部(?:评论|留言)|热门评论|最新评论|网友评论|评论区|留言区|"
    r"\d{1,5}条(?:评论|留言)|阅读原文$)"
)

# "责任编辑：刘某", "编辑：孙某　　校对：周某", "来源：某某日报": an article's credits,
# which close it (over the text they are head, not body)
EDITOR_CREDIT = re.compile(
    r"^(?:(?:责任编辑|责编|编辑|审核|终审|审校|校对|监制|来源)[:：][ \u3000]*"
    r"[^\s:：，。！？]{1,16}[ \u3000]*){1,4}$|"
    # "摄影 某某某", "摄影：某某 某某", "供图：某某": a news page's photo credit on its
    # own line (2.15), its label and one to four names, nothing else
    r"^(?:摄影|摄像|图片|供图|撰稿)(?:[:：][ \u3000]*|[ \u3000]+)"
    r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}$"
)

# "发表于 2021-9-3 11:05:42 | 只看该作者": a forum post's header; under the speech it
# opens a reply
POST_HEADER = re.compile(r"(?:^|[ \u3000])发表于[:：]?[ \u3000]*(?:19|20)\d{2}[-/.年]")

# A line that is a web address with a label at most: the page printing where it is
URL_LINE = re.compile(r"^[^\s]{0,12}?[:：]?[ \u3000]*https?://\S+$", re.IGNORECASE)

# "分享:", "微信扫一扫，手机上看", "二维码", "关注公众号"
SHARE_PROMPT = re.compile(
    # "手机扫码阅读本文", "手机扫一扫，随时阅读"
    r"^手机(?:扫码|扫一扫|阅读|浏览|访问)|"
    r"^(?:分享(?:到|本文|给朋友)?[:：]?$|分享到[:：]|(?:微信)?扫(?:一扫|码)|扫描二维码|二维码$|"
    # "公众号二维码", "某某日报微信二维码": the caption of an account's QR code
    r"[\u4e00-\u9fff]{0,8}(?:公众号|微信号?|微博|客户端|APP)二维码$|"
    # "微信二维码扫一扫关注我们": a QR code's caption under the page
    r"(?:微信)?二维码[ \u3000]*(?:扫|长按|关注)|"
    r"长按识别|点击分享|关注(?:我们|公众号|微信)|微信扫)"
)

# "如果喜欢，请打赏支持", "如果觉得有帮助，欢迎打赏作者", "请选择打赏金额", "¥8.88",
# "打赏 ¥2 ¥5 ¥10"
TIP_PROMPT = re.compile(
    r"^(?:(?:如果|若).{0,20}(?:赞赏|打赏)|请选择(?:打赏|赞赏)|(?:尚未|还没)有人(?:打赏|赏)|"
    r"(?:赏赞|打赏|赞赏|赏)$|欢迎打赏|打赏(?:作者|支持)|"
    r"(?:(?:打赏|赞赏)[ \u3000]*)?(?:[¥￥] ?\d+(?:\.\d{1,2})?[ \u3000]*)+$)"
)

# "联系我们", "关于本文", "Copyright © …", "微信订阅号", "返回顶部"
SITE_FOOTER = re.compile(
    r"^(?:联系(?:我们|客服)$|关于(?:我们|本文|本站)$|网站地图|版权(?:所有|声明)|"
    r"Copyright|©|免责声明|隐私(?:政策|安全)|备案号|[\u4e00-\u9fff]{0,4}ICP备|"
    r"微信(?:订阅号|公众号)$|公众号$|返回顶部|回到顶部|意见反馈|声明[:：]|"
    r"以上(?:就是|是)(?:小编|本站|关于)|感谢(?:您的)?阅读|本文由.{0,12}(?:整理|发布|提供)|"
    r"本文(?:为|系)(?:原创|转载)|更多.{0,8}请(?:访问|关注)|"
    # "本文来自某某网，转载请注明", "温馨提示：登录后可复制"
    r"(?:本文|文章)来(?:源|自)于?|[【\[]?(?:温馨|友情)提示(?:[】\]][:：]?|[:：])|"
    # "本文档由网友上传…": the site speaking of the file it holds
    r"本文档|"
    # "主办：某镇人民政府  承办：…", "技术支持：…", "网站标识码：…", "地址：…  电话：…"
    r"(?:主办|承办|协办)(?:单位)?[:：]|技术支持[:：]|网站标识码|"
    r"(?:联系)?地址[:：].{0,40}(?:电话|邮编)|联系电话[:：])",
    re.IGNORECASE,
)

# Wikisource's licence note: "本作品在某国属于公有领域…", "Public domain"
LICENCE_NOTE = re.compile(
    r"^(?:本作品(?:是|来自|在|属于|原文)|本模板|注：.{0,6}维基文库|Public domain$|"
    r"这部作品|此作品|本文(?:作品)?采用)",
    re.IGNORECASE,
)

# "↑ 原文如此": Wikisource's footnote list after the text
FOOTNOTE_LIST = re.compile(r"^↑")

# "领取福利", "560217" (a bare counter), "(视频编辑：张三)"
GIVEAWAY = re.compile(r"^(?:领取福利|免费领取|福利领取)")

# "END", "- THE END -", "点个在看你最好看": the close of a WeChat article
ARTICLE_END = re.compile(
    r"^[-—\s]*(?:THE[ ]?)?END[-—\s]*$|^点个?[“\"「]?在看", re.IGNORECASE
)

BARE_COUNTER = re.compile(r"^\d{4,9}$")

# "（责任编辑：某某）", "【责任编辑：某某】"
EDITOR_NOTE = re.compile(
    r"^[（(【\[](?:责任编辑|编辑|责编|视频编辑|审核|校对|值班编辑)[:：]?"
    r"[^（）()【】\[\]]{0,30}[）)】\]]$"
)

# "本文档共6页，当前为第1-6页", "共5页": a document site's pager summary; "还剩0页未读":
# its button under a preview shown whole, which cuts nothing
DOCUMENT_PAGES = re.compile(
    r"^(?:本文档|本文|全文|文档)?共[ \u3000]?\d{1,4}[ \u3000]?页|^还剩0页"
)

# "（全文完）", "(本文完)": the site marks the end of the text
END_MARK = re.compile(r"^[（(【\[](?:全文完|本文完|全文结束|正文完)[）)】\]]$")

# "篇二：在团委全会上的讲话", "【范文二】": the next speech of a page bundling several;
# the archive stores the first ("【篇2】…", "第2篇：…": numbered in figures, 2.14)
_LATER_IN_BUNDLE = (
    r"(?:篇(?:[二三四五六七八九十]|[2-9]|1\d)|第(?:[二三四五六七八九十]|[2-9]|1\d)篇|"
    r"(?:范文|材料|文章)[二三四五六七八九十])"
)

NEXT_IN_BUNDLE = re.compile(
    rf"^(?:[【\[]{_LATER_IN_BUNDLE}[】\]]|{_LATER_IN_BUNDLE}(?:[:：、. \u3000]|$))"
)

# "开工典礼致辞 篇2", "某某致辞2025篇3", "…讲话【第二篇】" (2.14): the heading of a
# collection's later item, its title and number, alone on its line
_LATER_NUMBER = r"(?:[二三四五六七八九十]|十[一二三四五六七八九]|[2-9]|[1-9]\d)"

NEXT_ITEM_HEADING = re.compile(
    # (a line without 篇 is passed over at once: this is tried on every short line)
    r"^(?=[^篇\n]*篇)[^。！？!?；;，,：:]{2,60}?[ \u3000]*[【\[]?"
    rf"(?:篇{_LATER_NUMBER}|第{_LATER_NUMBER}篇)[】\]]?$"
)

# "附件", "附件2", "附录：": what follows is an attachment, not the speech
# ("附件列表", "附件下载", "相关附件": a forum's or library's list of files under the
# text, 2.11)
ATTACHMENT = re.compile(
    r"^(?:(?:附件|附录)(?:列表|下载)?|相关附件)[ \u3000]*\d{0,2}[ \u3000]*[:：]?$"
)

# "附：名词解释", "附件：1.分工表.docx", "注释：", "注：[1] 指…": an appendix or the
# notes after the speech
APPENDIX_OR_NOTES = re.compile(
    r"^(?:附件|附录|附|注释|注解|脚注|注)[ \u3000]*\d{0,2}[ \u3000]*[:：]|"
    # "名词解释" or "注释" alone on its line: a glossary or notes after the speech
    # "【名词解释】": a paper's box under the article
    r"^[【\[]?(?:附[:：]?[ \u3000]*)?(?:名词解释|词语解释|名词注释|注[ \u3000]*释)"
    r"[】\]]?[:：]?$|"
    # "参考资料：", "【背景资料】", "相关链接" (2.13): an editor's material after the
    # speech, its label alone on a line
    r"^[【\[]?(?:附[:：]?[ \u3000]*)?(?:参考资料|背景资料|相关资料|资料链接|相关链接|背景链接|"
    r"知识链接)[】\]]?[:：]?$"
)

# "抄送：各区县人民政府", "报送：市人大常委会": an official document's distribution
# record under the text (its 版记), never words of the speech
# "分发：县领导，各乡镇" and "（此件不公开，仅供各乡镇参阅。）": an internal
# bulletin's distribution and circulation notes under the speech it prints (2.20)
DISTRIBUTION_RECORD = re.compile(
    r"^(?:主送|抄送|报送|抄报|分送|分发)[ \u3000]*[:：]|"
    r"^[（(]?此件(?:不公开|不得公开|不宜公开|仅供|只发|发至|请勿)"
)

# Prompts a site prints after the speech or in its place, one rule a line
SITE_PROMPT_RULES = (
    Rule(
        "a member's quota notice under a preview",
        "消耗 1 篇某某文库配额，会员有效期内无限次查看",
        r"^消耗[ \u3000]*\d{1,3}[ \u3000]*(?:篇|次|份|个|点)?[^。！？]{0,12}"
        r"(?:配额|下载券|积分|额度|次数)|会员有效期内(?:无限次|不限次)?(?:查看|阅读|下载)",
    ),
    Rule(
        "a permission notice where the text is withheld",
        "此处内容需要权限查看",
        r"^(?:此处|以下|本段|剩余|更多|隐藏)?内容需要?(?:权限|登录|登陆|会员|VIP|付费|购买)",
    ),
    Rule(
        "list header after a bullet",
        "- 配套讲稿：",
        r"^[-－·•][ \u3000]*[\u4e00-\u9fff]{2,8}[:：]$",
    ),
    Rule(
        "word count note",
        "【本文共1862字，供参考】",
        r"^[【\[]?(?:文章|全文|本文)共\d{2,6}字",
    ),
    Rule(
        "indexed by databases, under a journal's abstract",
        "本刊文章已被万方、维普等数据库收录",
        r"^(?:本文献?|本刊(?:文章)?|该文)?已?被.{0,24}?(?:数据库|知网|CNKI|万方|维普)收录|"
        r"^(?:引用本文|参考文献|相似文献|相关文献|引证文献)[:：]",
    ),
    Rule(
        "a portal's feedback form under the page",
        "本页面内容对您有帮助吗？",
        r"^(?:此|本|这个|该)?(?:页面|网页)(?:内容)?(?:有问题吗|(?:是否)?对(?:您|你)有(?:所)?帮助|"
        r"有用吗|是否有用)|^帮助我们改进|^(?:您|你)对(?:此|本)(?:页面|网页)",
    ),
    Rule(
        "a release's note that the text is posted on another site",
        "（讲词已上载某某局网站：",
        r"^[（(][^（）()]{0,16}已(?:上载|上传|载于|刊于|登载于|发布于)[^（）()]{0,24}网(?:站|页)",
    ),
    Rule(
        "a chatbot's sign-off under the text it wrote for the site (2.20)",
        "希望以上讲话稿对您有帮助！需要修改的地方可以再告诉我。",
        r"^希望(?:这篇|以上|本篇|这份|上述|这些)(?:内容|文章|讲话稿|发言稿|讲稿|致辞|稿子|"
        r"范文|回答|文字)?(?:能够?|可以)?(?:满足|符合|帮到|对)(?:您|你)",
    ),
    Rule(
        "an information office's credit under its release",
        "政府新闻处",
        r"^(?:[\u4e00-\u9fff]{0,10}政府)?新闻(?:处|办公室|公报)$",
    ),
    Rule(
        "an English release's end mark and time of issue",
        "Ends/Wednesday, July 3, 2024",
        r"^Ends(?:/|$)|^Issued at HKT \d",
    ),
    Rule(
        "a release's link to related sites",
        "连结至相关网站",
        r"^(?:连结|链接|超链接)(?:至|到)相关网(?:站|页)$",
    ),
)

SITE_PROMPT = compile_rules(SITE_PROMPT_RULES)

# "海量资讯，尽在某某财经APP", "下载某某新闻客户端，看更多": a news app's advert under
# the article ("这个App很好用。" in a speech is no advert: neither form)
APP_PROMPT = re.compile(
    r"尽在[^\s，。！]{0,12}(?:APP|客户端)$|^(?:下载|打开|安装)[^\s，。！]{0,12}(?:APP|客户端)[，,]",
    re.IGNORECASE,
)

ENDING_CHROME = (
    PAYWALL_PROMPT,
    APP_PROMPT,
    DOWNLOAD_PROMPT,
    TITLE_FOOTER,
    LINK_FOOTER,
    RELATED_LIST,
    SHARE_PROMPT,
    SITE_FOOTER,
    LICENCE_NOTE,
    FOOTNOTE_LIST,
    GIVEAWAY,
    BARE_COUNTER,
    EDITOR_NOTE,
    DOCUMENT_PAGES,
    ATTACHMENT,
    APPENDIX_OR_NOTES,
    DISTRIBUTION_RECORD,
    ARTICLE_END,
    END_MARK,
    NEXT_IN_BUNDLE,
    NEXT_ITEM_HEADING,
    COMMENTS_START,
    EDITOR_CREDIT,
    POST_HEADER,
    URL_LINE,
    SITE_PROMPT,
)

ENDING_CHROME_MAX_CHARS = 80

# Items of a row of site text: "打赏  微信扫一扫", "分享 | 收藏"
CHROME_ITEM_SEPARATOR = re.compile(r"[ \u3000]{2,}|[ \u3000]*[|｜┊丨][ \u3000]*")

CHROME_ITEM_MAX_CHARS = 12

FIRST_ITEM_CHROME = (
    TIP_PROMPT,
    SHARE_PROMPT,
    RELATED_LIST,
    DOWNLOAD_PROMPT,
    PAYWALL_PROMPT,
    SITE_FOOTER,
)

# Lines dropped wherever they appear; they never end the speech.

# One counter of a page: "阅读 862", "点赞(15)", "收藏", "浏览量：1.2万", "分享到微信"
_COUNTER = (
    r"(?:阅读|浏览|点击|点赞|评论|收藏|转载|转发|分享(?:到)?(?:微信|微博|QQ空间)?|喜欢|"
    r"举报|打印|下载|在看|赞|踩|顶)(?:量|数|次数)?[:：]?[ \u3000]*[(（]?[ \u3000]*"
    r"(?:\d+(?:\.\d+)?[万wWkK]?)?[ \u3000]*[)）]?▼?"
)

_SEPARATED_COUNTER = rf"(?:[ \u3000|｜┊]+{_COUNTER})"

# "09:30:15", "9时30分": a clock, in figures or in words
_CLOCK = r"(?:[ \u3000]+\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?"

# "原创 某某 某某发布 2024-03-15 08:30 发表于湖南", or in the newer layout
# "原创 某某 某某发布 2025年06月26日 07:30 江西": a WeChat article's byline
WECHAT_BYLINE = re.compile(
    r"^(?:原创[ \u3000]+)?(?:\S{1,20}[ \u3000]+){1,2}(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:(?:[ \u3000]+\d{1,2}:\d{2})?[ \u3000]*发表于|[ \u3000]+\d{1,2}:\d{2}[ \u3000]+)"
    r"[\u4e00-\u9fff]{2,8}$"
)

# "2024-05-12 09:30:15 347", "2023-11-08 09:12  阅读 1.2万  收藏 236",
# "2023年9月20日  阅读 862  点赞 15": publication time and the page's counters
TIMESTAMP_LINE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}{_CLOCK}(?:[ \u3000]+\d{{1,7}})?"
    rf"{_SEPARATED_COUNTER}*"
    # a date written in words is a publication time only with counters beside it
    rf"|(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日{_CLOCK}{_SEPARATED_COUNTER}+)$"
)

# "点赞(15)  收藏  分享到微信", "阅读(312)┊ 评论 (4)┊ 收藏(0)": counters alone on a line
COUNTER_LINE = re.compile(
    rf"^[|｜┊ \u3000]*{_COUNTER}{_SEPARATED_COUNTER}*[|｜┊ \u3000]*$"
)

# "2023-06-09 来源：网友投稿 阅读：1,204次", "2022-11-18 来源：区委政法委 作者：周某":
# a date opening a row of labelled fields is the page's info row
DATED_INFO_ROW = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \u3000|｜┊]+(?:来源|作者|编辑|责编|发布|阅读|浏览|点击|字数|评论|栏目|分类)"
    r"(?:次数|量|数)?[:：][ \u3000]*[^ \u3000|｜┊]{1,20})+[ \u3000|｜┊]*$"
)

# "第03版：要闻", "第A02版": a newspaper's page label
EDITION_PAGE_LABEL = re.compile(r"^第[A-Za-z]?\d{1,3}版(?:[:：][\u4e00-\u9fff]{0,8})?$")

# "共计2180个字,预计阅读时长6分钟。"
WORD_COUNT = re.compile(
    r"(?:全文|本文)?共计?[ \u3000]?(?P<count>\d{2,7})[ \u3000]?个?字[,，、 ]?[ \u3000]*"
    r"(?:预计|大约|约)?阅读(?:时长|时间|大约|约)?(?:需要|需)?[ \u3000]?(?:约)?"
    r"\d{1,4}[ \u3000]?分钟。?"
)

# "下载 打印 全屏 收藏 【字号：加大 还原 减小 】": a page toolbar, one word a line, or
# several in brackets: "【打印本页】【关闭窗口】"
TOOLBAR_LINE = re.compile(
    r"^(?:[【\[]?(?:下载|全屏|收藏|加大|还原|减小|大|中|小|】|【|"
    r"打印(?:本页|此页|本文|此文)?|关闭(?:窗口|本页|此页)?|"
    r"【 ?字[号体][:：]?[^】]{0,30}】?|加入收藏|设为首页|收藏本站|"
    # "字級大小", "文字大小" (2.14): a text-size control's label
    r"(?:字[级号体型]|文字)大小)[】\]]?[ \u3000]*)+$"
)

TOOLBAR_MAX_CHARS = 60

# "【打印本页】 【关闭窗口】 【返回顶部】", "【下载】【纠错】": short bracketed buttons in a row
BRACKETED_TOOLBAR = re.compile(r"^(?:[【\[][^】\]\s]{1,6}[】\]][ \u3000]*){2,}$")

# "【纠错】 责任编辑：某某": bracketed buttons opening a line of site text
LEADING_BUTTONS = re.compile(r"^(?:[【\[][^】\]\s]{1,6}[】\]][ \u3000]*)+(?=\S)")

# "首页 | 公文范文 | 登录 | 注册", "首页  政务公开  新闻动态  办事服务": a site's menu
NAV_SEPARATOR = re.compile(r"[ \u3000]*[|｜┊丨][ \u3000]*|[ \u3000]{2,}")

NAV_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9▼]{1,8}$")

NAV_BAR_MARK = re.compile(r"[|｜┊丨]")

NAV_ANY_SPACE = re.compile(r"[ \u3000|｜┊丨]+")

NAV_MIN_ITEMS = 3

NAV_MAX_CHARS = 120

# Chrome lines are short; a long line that opens with chrome is a run-on page whose
# speech follows in the same line.
DROPPABLE_MAX_CHARS = 200

# "您好,欢迎访问某某材料网", "欢迎来到某某公文网！": the site greets its visitor. A
# speaker greets guests to a place ("欢迎光临古都某城。", a guide's or a host's
# welcome): 来到/光临 are the site's only when what they name is a site.
WELCOME_LINE = re.compile(
    r"^(?:您好|你好)?[,，!！ ]*欢迎(?:访问|(?:来到|光临)[^。！!，,？?]{0,20}?"
    r"(?:网|站|库|平台|论坛|博客|频道|文库|公众号)(?![\u4e00-\u9fff]))"
)

BREADCRUMB = re.compile(
    r"^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|现在位置)[:：]|首页 ?[>＞»›/／]|"
    # "您的当前位置：", "你现在所在的位置：", "当前路径："
    r"^(?:您|你)的?(?:当前|现在)(?:所在)?的?位置[:：]|^当前(?:路径|栏目)[:：]|"
    # "某某文秘网 > 讲话 > 会议讲话", "党建 > 党课": short items and arrows
    r"^[^>＞»›\s]{1,12}(?:[ \u3000]?[>＞»›]{1,2}[ \u3000]?[^>＞»›\s]{1,12})+$|"
    # "讲话致辞 >在全县卫生健康工作会议上的讲话": a column and the page's title after it
    r"^(?:[^>＞»›\s]{1,12}[ \u3000]?[>＞»›]{1,2}[ \u3000]?)+[^>＞»›。！？，,]{4,60}"
    + genre_words(SPEECH_GENRES, REPORT_GENRES, SCRIPT_GENRES)
    + r"稿?$|"
    # "某某资料网 - 心得体会 - 研讨发言": three or more short items between spaced dashes
    r"^[^\s\-－—–]{1,10}(?:[ \u3000]+[-－—–][ \u3000]+[^\s\-－—–]{1,10}){2,}$|"
    # "首页 / 讲话稿 / 点评讲话": short items between spaced slashes
    r"^[^\s/／]{1,10}(?:[ \u3000]+[/／][ \u3000]+[^\s/／]{1,10}){2,}$|"
    # "首页　政务公开　规划计划　工作报告", "首页范文稿件发言稿": a path from the home
    # page, its items one space apart or run together (a title never opens with 首页)
    r"^(?:网站)?首页(?:[ \u3000]+[^\s>＞»›]{1,10}){2,}$|^(?:网站)?首页[\u4e00-\u9fff]{2,16}$|"
    # "某某网 资料文库 工作报告范文": the site, a library column, the page, one space
    # apart (the column's word tells it from a title with spaces)
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:网|站)[ \u3000]+[\u4e00-\u9fff]{0,6}"
    r"(?:文库|资料|范文|频道|栏目|专题|大全)(?:[ \u3000]+[^\s]{1,24})+$"
)

# The arrows between a breadcrumb's items; its last item is often the page's title.
BREADCRUMB_ARROW = re.compile(
    r"[ \u3000]*[>＞»›]{1,2}[ \u3000]*|[ \u3000]+[/／][ \u3000]+"
)

# What separates a breadcrumb's items, arrows or spaced dashes: its first is the site
BREADCRUMB_SEPARATOR = re.compile(
    r"[ \u3000]*[>＞»›]{1,2}[ \u3000]*|[ \u3000]+[-－—–/／][ \u3000]+"
)

# "以下是小编整理的讲话材料，供大家参考，欢迎下载收藏", "【导语】…"
# A site's words about the document before the speech, whatever their length: a lead
# or summary, or a blurb; one rule a line
LEAD_RULES = (
    Rule(
        "lead label",
        "导语：全省干部大会今天召开，会议强调……",
        r"^[【\[]?(?:导语|导读|核心提示|内容提要|内容摘要|内容概要|内容简介|文档简介|文章简介|"
        # ("阅读提示：", "文章摘要：", "编辑推荐：", 2.13)
        r"简介|编者按|编者的话|提要|阅读提示|文章摘要|文章导读|编辑推荐)[】\]]?[:：]",
    ),
    Rule(
        # 2.20: an internal bulletin's note over the speech it circulates
        "a bulletin's note",
        "按：10月9日，县政府召开全县秋粮收购工作会议。现将讲话全文印发给你们。",
        r"^按[:：]",
    ),
    Rule(
        "bracketed lead label",
        "【核心提示】",
        # "【提纲】一、…。(一)…": a site's outline of the speech's headings
        r"^[【\[](?:核心提示|导语|导读|编者按|提纲|内容提要|提要|摘要|阅读提示|文章摘要)[】\]]",
    ),
    Rule(
        "collected for you",
        "以下是小编为大家收集的某某讲话稿，欢迎阅读。",
        r"(?:以下|下面)(?:是|为).{0,24}?(?:收集|整理|搜集|精心|准备|提供|精编|精选)",
    ),
    Rule(
        "compiled for readers",
        "下面本站主持词栏目为大家精选了五篇动员会开场白，供您选用",
        r"(?:下面|以下)[^。！？]{0,24}?(?:给|为)(?:大家|您|你)(?:精编|精选|整理|收集|搜集)",
    ),
    Rule(
        "compiled for you by the site",
        "前言：本站为你精心整理了某某讲话范文，希望能为你的创作提供参考价值。",
        r"(?:本站|小编|本网)(?:为|给)(?:你|您|大家)(?:精心)?(?:整理|收集|搜集|精选|准备)了?",
    ),
    Rule(
        "a reference for your writing, a service desk for more",
        "希望能为你的写作提供参考价值，我们的客服老师可以为你提供个性化的范文，欢迎咨询。",
        r"希望(?:能|能够|可以)?(?:为|给|对)(?:你|您|大家)的?(?:创作|写作)[^。！？]{0,6}"
        r"(?:参考|借鉴)|客服老师[^。！？]{0,20}(?:帮助|提供|咨询)",
    ),
    Rule(
        "hope you like it",
        "希望大家能够喜欢。",
        r"希望(?:大家|对你|对您)(?:能够)?(?:喜欢|有所帮助)",
    ),
    Rule(
        "shared by a member",
        "《某某发言.doc》由网友上传，欢迎下载",
        r"由(?:会员|用户|网友)(?:分享|上传)",
    ),
    Rule("search for it on the site", "请在某某文库上搜索。", r"请在.{0,30}?上搜索"),
    Rule(
        "uploaded by users",
        "一文来源于网友上传，不代表本站观点",
        r"来源于网友上传|不代表本站观点",
    ),
    Rule("tags of the page", "标签：#植树节", r"^标签[:：]"),
    # 2.9: a CPPCC portal's or a journal's digest opens with the editor's line on the
    # members whose speeches it prints; the first speech starts under it
    Rule(
        "a digest's editor note on whose speeches it prints",
        "本期刊发张某某、李某某、王某某三位委员的发言。",
        r"^本(?:期|次|版|组|辑|刊)(?:刊发|刊登|编发|摘登|选登|刊载|集中刊发|摘编)"
        r"[^。！？]{2,80}?的?(?:发言|讲话|文章|发言摘要|发言摘登)(?:摘要|摘登)?[。.]?$",
    ),
)

LEAD = compile_rules(LEAD_RULES)

UI_ELEMENT_MAX_CHARS = 80

LEAD_WITHIN = 200

SITE_BLURB = re.compile(
    # "本文关键词：述职报告，基层党建": the site's tags for the page
    r"^(?:本文|文章|相关)(?:关键词|关键字|标签)[:：]|"
    r"^[【\[]?(?:导语|导读|文章导读|内容提要|内容简介|内容摘要|文档简介|摘要|简介|核心提示|"
    r"关键词|关键字|编者按|编者的话|编者注)[】\]]?[:：]?|"
    # "点击上方蓝字关注我们", "点击蓝字 关注我们": a WeChat account's opening prompt
    r"^点击(?:上方|蓝字).{0,8}关注|网友(?:整理|分享)|供大家(?:学习)?参考|喜欢就分享|仅供(?:学习|参考)|禁止(?:外传|转载)|"
    r"欢迎(?:下载|收藏)|本站(?:整理|收集)|小编(?:整理|为大家)"
)

# "【严禁倒卖】", "开通会员即享全部资料", "会员群：  免费QQ群："
# ("客服工作取得了成绩", "做好VIP客户工作": a company's own service desk and its
# best customers, in its report, are no site's offer)
MEMBERSHIP_AD = re.compile(
    r"会员(?:群|资料|材料|权益|专享|免费)|(?:开通|充值|升级)会员|订阅|倒卖|QQ群|"
    r"VIP(?!客户)|客服(?!工作|部|中心|人员|水平|管理|队伍|体系|质量|岗位)",
    re.IGNORECASE,
)

MEMBERSHIP_AD_MAX_CHARS = 60

# A hijacked site's spam banner (2.9): the keywords of a video or adult site joined
# by dashes ("某某精品一区二区-国产高清在线观看-某某免费视频"), set over (or as the
# <title> of) a page someone else wrote. Such a line is never a title: at least two
# of its dash-joined pieces carry the spam words, which no speech's title does.
SPAM_BANNER_SEPARATOR = re.compile(r"[-－_|｜]")

# a banner is keywords only: a sentence's punctuation (or a dash of the prose, "——")
# makes the line a sentence that may mention 国产 or 视频 twice
SPAM_BANNER_NOT = re.compile(r"[，。！？；：,、“”!?;:—]")

SPAM_BANNER_WORDS = re.compile(
    r"一区二区|二区三区|[一二三]区|久久|国产|无码|有码|人妻|[Aa][Vv]|"
    r"(?:在线|免费)(?:观看|播放|视频)|高清视频|成人|福利|午夜|精品视频"
)

SPAM_BANNER_MIN_PIECES = 2

# A spam keyword list (2.10): the same site's keywords joined by commas, as a line
# of their own over the page ("某某在线观看免费,某某国产精品,某某成人网"). Its pieces
# are short, no sentence ends in it, and most of them carry the spam words; a
# sentence about online video ("要整治在线观看、成人网站等乱象。") has a sentence's
# end or long clauses.
SPAM_LIST_SEPARATOR = re.compile(r"[,，]")

SPAM_LIST_NOT = re.compile(r"[。！？；：!?;:“”—]")

SPAM_LIST_PIECE_MAX_CHARS = 16

SPAM_LIST_MIN_PIECES = 3

# 国产, 成人, 福利 also head a topic list ("职工福利,成人教育,国产化替代"): a spam
# list names the video or adult site's own trade at least once
SPAM_LIST_TRADE = re.compile(
    r"(?:在线|免费)(?:观看|播放|视频)|一区二区|二区三区|无码|有码|人妻|久久|午夜|[Aa][Vv]"
)

# A hijacked page's keyword run injected into its prose (2.10): two or more of a
# live-score or video site's keywords joined by a comma and glued between words of
# a sentence ("…办公厅某某比分直播,篮球比分直播印发…"). No sentence joins two such
# keywords with a comma; the run is cut where it stands. The first keyword is bare
# (a prefix would eat the sentence's own words), the next ones may carry a prefix.
INJECTED_SPAM_WORD = (
    r"(?:比分直播|直播吧|足球直播|在线观看|免费观看|高清视频|免费视频|成人视频|"
    r"精品视频|一区二区|二区三区)"
)

INJECTED_SPAM_RUN = re.compile(
    INJECTED_SPAM_WORD + r"(?:[,，][\u4e00-\u9fff]{0,4}" + INJECTED_SPAM_WORD + r")+"
)

# "admin 分享 时间: 加入收藏", "来源：某某日报", "发稿时间：2019/3/2", "作者：某某"
BYLINE_FIELD = re.compile(
    r"^(?:admin\b|作者[:：]|来源[:：]|发布(?:时间|日期|者)?[:：]|发稿时间[:：]|时间[:：]|"
    r"日期[:：]|编辑[:：]|责任编辑[:：]|浏览(?:次数|量)?[:：]|阅读(?:次数|量)[:：]|"
    r"点击(?:次数|量)?[:：]|字号[:：]|(?:审核|校对|排版|监制|统筹|责编|美编)[:：]|"
    # a document site's file card: "贡献者：x  上传日期：…  文档格式：PDF"
    r"(?:文档)?贡献者[:：]|上传(?:者|人|时间|日期|用户)[:：]|文档(?:格式|页数|大小|类型)[:：]|"
    r"下载积分[:：]|(?:页数|格式|大小)[:：]|"
    # an e-paper's fields: "当前报纸名称：某某日报", "版面：第01版"
    r"(?:当前)?(?:报纸|报刊|栏目|频道|刊物)名称[:：]|版面[:：])",
    re.IGNORECASE,
)

BYLINE_MAX_CHARS = 80


def ending_chrome(line: str) -> bool:
    """Tell whether a line is site text after which no speech follows."""
    line = FRAMING_DASHES.sub("", matching_form(line))
    if len(line) > ENDING_CHROME_MAX_CHARS:
        opening = line[:ENDING_CHROME_MAX_CHARS]
        return bool(
            PAYWALL_PROMPT.search(opening)
            or DOWNLOAD_PROMPT.match(opening)
            or LICENCE_NOTE.match(opening)
            or LABELLED_LIST.match(opening)
            or DISTRIBUTION_RECORD.match(opening)  # a long list of addressees
        )
    if TIP_PROMPT.search(line):
        return True
    if any(pattern.search(line) for pattern in ENDING_CHROME):
        return True
    buttons = LEADING_BUTTONS.match(line)
    if buttons and ending_chrome(line[buttons.end() :]):
        return True
    # "打赏  扫码支持作者": a row of site items whose first one is chrome
    items = CHROME_ITEM_SEPARATOR.split(line, maxsplit=1)
    return (
        len(items) == 2
        and len(items[0]) <= CHROME_ITEM_MAX_CHARS
        and any(pattern.search(items[0]) for pattern in FIRST_ITEM_CHROME)
    )


def droppable_chrome(line: str) -> bool:
    """Tell whether a line is site text that may sit anywhere, such as a toolbar."""
    if len(line) > DROPPABLE_MAX_CHARS:
        return False
    line = matching_form(line)
    if len(line) <= TOOLBAR_MAX_CHARS and (
        TOOLBAR_LINE.match(line) or BRACKETED_TOOLBAR.match(line)
    ):
        return True
    if TIMESTAMP_LINE.match(line) or COUNTER_LINE.match(line) or is_nav_bar(line):
        return True
    if line[:1] in "12第" and (  # a cheap test first: most lines open otherwise
        DATED_INFO_ROW.match(line) or EDITION_PAGE_LABEL.match(line)
    ):
        return True
    if WECHAT_BYLINE.match(line) or spam_banner(line):
        return True
    if len(line) <= UI_ELEMENT_MAX_CHARS and UI_ELEMENT.search(line):
        return True  # "讲话稿2.3W", "热门搜索：…": the page's interface, not text
    if PAGE_NOTICE.search(line):
        return True  # "…为您提供…等信息", a cookie consent: the site, not the text
    if DOWNLOAD_NOTICE_WORDS.search(line) and DOWNLOAD_NOTICE.search(line):
        return True
    if WORD_COUNT.search(line) or WELCOME_LINE.match(line) or BREADCRUMB.search(line):
        return True
    if len(line) <= BYLINE_MAX_CHARS and BYLINE_FIELD.match(line):
        return True
    if (SITE_BLURB.search(line) or LEAD.search(line)) and not (
        SALUTATION_INSIDE.search(line)  # "…讲话稿(仅供参考)同志们：今天…": a page
    ):
        return True
    # "1、做好vip客户工作", "二、提升客服水平": a numbered heading of the speech names
    # its customers and its service desk; a site's offer opens with no number
    return (
        len(line) <= MEMBERSHIP_AD_MAX_CHARS
        and bool(MEMBERSHIP_AD.search(line))
        and not HEADING_LINE.match(line)
    )


def spam_banner(line: str) -> bool:
    """Tell a hijacked site's banner of spam keywords joined by dashes (or a list of
    them joined by commas) from a title."""
    if spam_keyword_list(line):
        return True
    if SPAM_BANNER_NOT.search(line):
        return False
    pieces = SPAM_BANNER_SEPARATOR.split(line)
    if len(pieces) < SPAM_BANNER_MIN_PIECES:
        return False
    spam = sum(1 for piece in pieces if SPAM_BANNER_WORDS.search(piece))
    return spam >= SPAM_BANNER_MIN_PIECES


def spam_keyword_list(line: str) -> bool:
    """Tell a line of spam keywords joined by commas from a sentence."""
    if SPAM_LIST_NOT.search(line):
        return False
    pieces = [piece.strip() for piece in SPAM_LIST_SEPARATOR.split(line)]
    if len(pieces) < SPAM_LIST_MIN_PIECES or any(
        len(piece) > SPAM_LIST_PIECE_MAX_CHARS for piece in pieces
    ):
        return False
    spam = sum(1 for piece in pieces if SPAM_BANNER_WORDS.search(piece))
    return spam * 2 > len(pieces) and bool(SPAM_LIST_TRADE.search(line))


def remove_injected_spam(lines: list[str]) -> list[str]:
    """Cut a spam site's keyword runs injected into the page's sentences."""
    return [
        INJECTED_SPAM_RUN.sub("", line) if "," in line or "，" in line else line
        for line in lines
    ]


def is_nav_bar(line: str) -> bool:
    """Tell a site's menu ("首页 | 公文范文 | 登录 注册") from a line of text."""
    if len(line) > NAV_MAX_CHARS:
        return False
    if len(NAV_BAR_MARK.findall(line)) >= 2:  # a bar menu: "登录 注册" are two items
        items = [item for item in NAV_ANY_SPACE.split(line) if item]
    else:
        items = [item for item in NAV_SEPARATOR.split(line) if item]
    return len(items) >= NAV_MIN_ITEMS and all(NAV_ITEM.match(item) for item in items)


def chrome_or_meta(line: str) -> bool:
    return droppable_chrome(line) or ending_chrome(line)
