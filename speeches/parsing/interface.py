"""A page's interface set as text: a document site's download notices, buttons,
counters, menus' labels and the notices every page of a site prints.

Each kind is a rule of the genre with a written example (`Rule`), read in the text's
matching form by `chrome.droppable_chrome`; none is a speech's words. Moved out of
clean.py (2.13); the logic that applies them is in chrome.py.
"""

from __future__ import annotations

import re

from .rules import Rule, compile_rules

# A document site's notice on what a download gives, printed as a list above or under
# the document; one rule a kind of item, read wherever it stands
DOWNLOAD_NOTICE_RULES = (
    Rule(
        "download notes under their label",
        "下载说明：本文档为Word格式，可自由编辑。",
        r"^[【\[]?(?:下载|文档|资料)(?:说明|须知|提示)[】\]]?[:：]",
    ),
    Rule(
        "check before downloading",
        "1、下载资料前请仔细核对内容是否完整，本站不提供修改服务。",
        r"下载(?:文档|资料|文件|本文档|前)[^。！？]{0,4}?前?请(?:自行|仔细|先)",
    ),
    Rule(
        "partial preview and refunds",
        "2、只能预览部分内容的文档，如有缺页可申请退款。",
        r"(?:仅|只能|只可)(?:部分)?预览[^。！？]{0,12}文档|申请退款",
    ),
    Rule(
        "rights and the site's service desk",
        "3、如资料侵犯了您的版权，请联系在线客服（工作时间：8:30-17:30）。",
        r"如(?:文档|资料|本文|内容|作品)?侵犯(?:了)?(?:您|你)的(?:权益|版权|合法权益)|"
        r"(?:人工|在线)?客服(?:工作)?时间[:：]",
    ),
    Rule(
        "a preview extracted by the site",
        "文档简介为系统自动调取，内容或有误差，请您下载后查看完整内容。",
        r"(?:简介|预览|内容)[^。！？]{0,6}自动(?:调取|生成|提取|获取)|请(?:您)?下载后查看",
    ),
    Rule(
        "members only",
        "2. 为防止资源被随意传播，本站部分文稿需要会员才可阅读",
        r"需要?(?:会员|VIP)才(?:可|能)(?:阅读|下载|查看)|防止[^。！？]{0,8}资源被[^。！？]{0,4}传播",
    ),
    Rule(
        "uploaded by users, taken down on request",
        "3. 本站所有资源来源于用户上传，如有侵权请联系删除！",
        r"本站(?:所有|全部|部分)?(?:资源|文档|资料|内容)[^。！？]{0,4}来源于(?:用户|网友|会员)?上传|"
        r"如有侵权[^。！？]{0,6}(?:联系|告知)",
    ),
    Rule(
        "uploaded by partners, no guarantee given",
        "本站文档均由合作方或网友上传，本站不对其完整性做任何保证。",
        r"本站(?:所有|全部|部分)?(?:资源|文档|资料|内容)(?:均|都)?由[^。！？]{0,10}上传|"
        r"本站不对[^。！？]{0,12}(?:保证|承诺)",
    ),
    Rule(
        "help for a download that fails, and its items",
        "若您不能下载本文，请参考以下说明：",
        r"(?:无法|不能)下载[^。！？]{0,10}请参考|"
        # "1、下载部分文档需要积分", "2、已购文档再次下载不重复扣费", "3、下载后请先解压"
        r"下载[^。！？]{0,8}需要(?:金币|积分|下载券|点数)|(?:重复)?扣费|"
        r"下载后[^。！？]{0,6}(?:请先|先用|需)[^。！？]{0,8}解压",
    ),
    Rule(
        "a preview that may be incomplete",
        "提示：页面内容仅供预览，部分内容可能不全，下载后的文档与此一致。",
        r"仅供预览|(?:部分)?内容可能不(?:全|完整)|预览更多内容|点击预览全文",
    ),
    Rule(
        # 2.11: a site's disclaimer, under its label or not: the site declines to
        # answer for what its users put up ("本站不保证…", "本网不承担…责任")
        "a site's disclaimer of what it hosts",
        "免责声明：本网不保证网友上传资料的准确性，下载前请自行甄别，恕不退换。",
        r"^[【\[]?(?:申明敬告|免责声明|特别声明|郑重声明|版权声明|本站声明|网站声明|声明)"
        r"[】\]]?[ \u3000]*[:：][ \u3000]*(?:本站|本网|本平台|本文|该|用户|网友|所有|文档)|"
        r"(?:本站|本网站?|本平台)(?:并)?不(?:保证|担保|承担|负责|对)[^。！？]{0,20}"
        r"(?:完整|准确|真实|可靠|责任|受理|负责)|"
        # "…仅代表作者本人，不代表本站立场", "本站仅提供信息存储空间服务"
        r"不代表本(?:站|网|平台)(?:的)?(?:立场|观点)|本(?:站|网|平台)仅提供(?:信息)?存储空间",
    ),
    Rule(
        # 2.14: a document share's list over its text: the pages, the rights, the
        # earnings, the number to report an infringement to
        "a document's page count and read-all prompt",
        "1、本文档共8页，可阅读全部内容。",
        r"(?:本文档|该文档|文档)共[ \u3000]?\d{1,4}[ \u3000]?页|可(?:免费)?阅读全部内容",
    ),
    Rule(
        "the document's rights and earnings with its provider",
        "2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。",
        r"(?:本文档|该文档|文档)(?:内容)?(?:的)?版权归|"
        r"收益(?:全部)?归(?:属)?(?:内容提供方|提供方|用户|上传者)",
    ),
    Rule(
        "a number to report an infringement to",
        "文档侵权举报电话：010-00000000。",
        r"侵权举报(?:电话|邮箱|热线|入口|方式)?",
    ),
    Rule(
        "notice's or document's label alone on its line",
        "文档介绍",
        r"^[【\[]?(?:申明敬告|免责声明|文档介绍|文档简介)[】\]]?[:：]?$",
    ),
)
DOWNLOAD_NOTICE = compile_rules(DOWNLOAD_NOTICE_RULES)
# words one of those rules needs: a cheap test before the pattern
DOWNLOAD_NOTICE_WORDS = re.compile(
    "下载|预览|退款|侵犯|客服|说明|须知|提示|调取|会员|侵权|上传|保证|敬告|声明|文档|扣费|"
    "本站|本网|本平台"
)
# Parts of a page's interface set as text: a column's name and its view count, a row
# of labelled fields, a search box; never a title, never the speech
UI_ELEMENT_RULES = (
    Rule(
        "a menu's own label, alone on its line",
        "导航栏",
        r"^(?:网站|站点|栏目)?(?:导航栏?|导航菜单|主菜单|菜单)$",
    ),
    Rule(
        "a periodical database's label over the part of an article it shows",
        "论文部分内容阅读",
        r"^(?:论文|文章|期刊|全文)?(?:部分)?内容(?:预览|阅读|试读)[:：]?$",
    ),
    Rule(
        "column name and its view count",
        "讲话稿2.3W",
        r"^[\u4e00-\u9fff]{1,8}[ \u3000]*\d{1,4}(?:\.\d{1,2})?[WwKk万千]\+?$",
    ),
    Rule(
        "labelled popularity counter",
        "热度：3.5万",
        r"(?:^|[ \u3000/|｜])(?:人气|热度|围观|阅读量|浏览量|浏览次数|点击量|点击数)"
        r"[:：]?[ \u3000]*[\d.,]+[WwKk万千]?(?:次|人)?(?:$|[ \u3000/|｜])",
    ),
    Rule(
        "row of labelled fields, one left empty",
        "栏目：讲话致辞 / 发布于： / 作者：佚名",
        r"^(?:[\u4e00-\u9fff]{2,4}[:：][^:：/|｜]{0,20}[/|｜][ \u3000]*){2,}"
        r"[\u4e00-\u9fff]{2,4}[:：]",
    ),
    Rule(
        "search box and its suggested words",
        "热门搜索：述职报告 心得体会 讲话稿",
        r"^(?:快捷|热门|站内|全站|热点|推荐|文档|大家都在|高级|全文)?(?:搜索|检索)(?:[:：]|[ \u3000]|$)|"
        r"^热搜[:：]|^(?:热门|推荐)(?:标签|关键词|关键字)[:：]|^搜索(?:结果|一下)|"
        r"^请输入(?:搜索)?关键[词字]",
    ),
    Rule(
        "a player plugin's notice",
        "本页内容需要安装较新版本的 Adobe Flash Player。",
        r"Flash ?Player|(?:需要|请)(?:安装|升级|下载)[^。！？]{0,12}(?:插件|播放器)|"
        r"^(?:您的)?浏览器(?:版本过低|不支持)|"
        # "未能播放Youtube视频", "视频加载失败": a player's error in place of a video
        r"^(?:未能|无法|不能)(?:播放|加载)[A-Za-z\u4e00-\u9fff ]{0,12}(?:视频|影片|音频)[。！!]?$|"
        r"^视频(?:加载失败|无法播放|未能播放)(?:[，,][^。！？]{0,12})?$",
    ),
    Rule(
        "share buttons and the version switch",
        "点击右上角分享给微信好友",
        r"^点击右上角|^(?:请)?使用浏览器(?:的)?分享功能|^(?:分享到|一键分享)|"
        r"^(?:朋友圈|微信好友|QQ空间)$|"
        r"^(?:移动|手机|电脑|触屏|网页|桌面|繁体|简体)版$",
    ),
    Rule(
        "the reader's date banner, with its weekday",
        "今天是：2025年03月12日 星期三",
        r"^(?:今天是[:：]?[ \u3000]*)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \u3000]*"
        r"(?:星期|周)[一二三四五六日天](?:[ \u3000]+农历[^\s]{2,12})?$",
    ),
    Rule(
        "a photo's credit on a line of its own",
        "▲图/翻摄自某某脸书",
        r"^[▲△▼↑]?[ \u3000]?[（(]?图(?:片来源|片)?[ \u3000]?[/／:：][^。！？，,]{1,24}[）)]?$",
    ),
    Rule(
        "a document share's caption under a page's thumbnail",
        "镇政府工作报告 _第2页",
        r"^.{2,60}?[ \u3000]*_第\d{1,4}页$",
    ),
    Rule(
        # 2.12: a mirror of a social network's page, its profile's counters
        "a social network page's counters",
        "某某。 12,345 个赞 · 678 人正在谈论这个。",
        # the figure opens the line or stands after a space or a stop, never after a
        # sentence's verb ("获得了10万个赞。" stays)
        # (a profile's "…人正在谈论这个。" may close its sentence; a count of
        # shares or views is the page's only as a row's item or the line's end)
        r"(?:^|(?<=[ \u3000·•・‧|｜。]))\d[\d,.]*[万千KkMm]?[ \u3000]*"
        r"(?:(?:个赞|人正在谈论这个|人在谈论这个|位追踪者|位粉丝)(?:[ \u3000]*[·•・‧|｜。]|$)|"
        r"(?:则留言|条留言|次分享|次转发|则回应|次观看|次播放)(?:[ \u3000]*[·•・‧|｜]|$))",
    ),
    Rule(
        # 2.12: a post's buttons in a row, in either script (read simplified)
        "a social post's action bar",
        "赞 · 留言 · 分享",
        r"^(?:赞|留言|分享|回复|转发|评论|收藏)(?:[ \u3000·•・‧|｜]+"
        r"(?:赞|留言|分享|回复|转发|评论|收藏)){1,5}$",
    ),
    Rule(
        # 2.12: the tabs of a social network's page, one a line
        "a social network page's tab alone",
        "贴文",
        r"^(?:贴文|帖文|专页|粉丝专页|动态消息|相片|影片|社团|追踪中)$",
    ),
    Rule(
        "a skip link for screen readers",
        "跳至主要内容",
        r"^(?:跳过|跳至|跳到|跳转(?:到|至)?)(?:导航|主要内容|正文|内容|主内容)(?:栏|区)?$",
    ),
    # 2.13: buttons and notices every kind of site prints, worded as the genre words
    # them, alone on their line (a speech never says them so)
    Rule(
        "a share button with its target's preposition",
        "分享至：",
        r"^(?:分享|转发)(?:至|给)(?:[:：]|[ \u3000]|$)",
    ),
    Rule(
        "a page's loader, jump or back button alone",
        "返回顶部",
        r"^(?:加载更多|点击加载更多|返回(?:首页|顶部|列表|上一页|上页)|回到(?:首页|顶部)|"
        r"(?i:top|back to top))$",
    ),
    Rule(
        "a download or buy button alone",
        "全文下载",
        r"^(?:(?i:app|pdf|word)|全文|文档|本文|免费|立即|点击|客户端)?[ \u3000]*"
        r"(?:下载|购买)(?:全文|文档|本文|此文|(?i:app|pdf|word)|客户端)?$|"
        r"^[￥¥][ \u3000]?\d{1,5}(?:\.\d{1,2})?(?:元)?[ \u3000]*(?:立即购买|购买|下载)?$",
    ),
    Rule(
        "a page's word count in brackets",
        "（本文共3256字）",
        r"^[（(【\[](?:本文|全文|正文)(?:共计?|约)?[ \u3000]?\d{2,6}[ \u3000]?字[）)】\]]$",
    ),
    Rule(
        "a reprint notice",
        "转载请保留本文链接",
        r"^[（(【\[]?(?:转载请|如需转载|未经(?:许可|授权|同意)[，,]?(?:禁止|不得|严禁|谢绝)转载)",
    ),
    Rule(
        "a comment box's label or prompt",
        "登录后才能评论",
        r"^(?:我要评论|发表评论|写评论|评论区|(?:请)?登录后(?:才能|方可|即可)?(?:参与)?(?:发表)?评论)"
        r"(?:[:：]|$)|^(?:已有|共)[ \u3000]?\d{1,6}[ \u3000]?条评论",
    ),
    Rule(
        "a WeChat post's prompts to open the original or to mark it read",
        "点击“阅读原文”查看更多",
        r"^(?:点击|戳)[^。！？]{0,6}[“\"「]?阅读原文[”\"」]?|"
        r"(?:点个?|点亮|给个)[^。！？]{0,4}[“\"「]?在看[”\"」]?[。！!]?$",
    ),
    Rule(
        "a tag list's English label",
        "Tags：讲话稿 表态发言",
        r"^(?i:tags?)[ \u3000]*[:：]",
    ),
    Rule(
        "a pager between its first and last buttons",
        "上一页 1 2 3 下一页",
        r"^(?:首页|上一页|上页)(?:[ \u3000]+[^\s]{1,4}){0,12}[ \u3000]+(?:下一页|下页|尾页|末页)$",
    ),
    # 2.16: a blog engine's page around a speech its post quotes
    Rule(
        "a video's label left without its player",
        "视频：",
        r"^(?:视频|音频|视频链接|视频地址)[:：]?$",
    ),
    Rule(
        "a blog's tip jar and its buttons",
        "坚持原创技术分享，您的支持将鼓励我继续创作！",
        r"(?:您|你)的支持将(?:会)?鼓励我(?:继续|持续)创作|"
        r"^(?:赏|打赏|微信打赏|支付宝打赏|赞赏支持|请作者喝(?:一)?杯咖啡)$",
    ),
    Rule(
        "field whose label is spaced out",
        "来 源：某某网　作 者：佚名",
        r"^(?![各尊亲])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}(?<!们)"
        r"[ \u3000]*[:：]",
    ),
)
UI_ELEMENT = compile_rules(UI_ELEMENT_RULES)
# Notices a site prints over every page, about the site rather than the text: what it
# offers, its cookies, the browser, its app; never words of a speech
PAGE_NOTICE_RULES = (
    Rule(
        "the site's description of what it offers",
        "某城新闻网为您提供某城新闻、天气预报、招聘等信息。",
        r"^[^。！？!?]{2,40}(?:为您|为你|为广大[\u4e00-\u9fff]{1,6})提供"
        r"[^。！？!?]{2,80}?等(?:信息|服务|内容|资讯)",
    ),
    Rule(
        "cookie and privacy consent",
        "本站使用Cookie技术提供更好的浏览体验，关闭此窗口即代表您同意。",
        r"^本(?:网站|站|网)(?:使用|采用)[^。]{0,20}(?:cookie|相关技术)|"
        r"(?:关闭此(?:视窗|窗口)|继续(?:浏览|使用)本站)[^。]{0,10}代表(?:您|你)同意|"
        r"^请同意[^。]{0,10}隐私(?:权)?(?:规范|政策|声明)",
    ),
    Rule(
        "a browser or language notice in English",
        "This browser is not supported by this site.",
        r"^(?:(?:your|this) browser (?:does not|doesn't|is not)|this (?:web)?site uses cookies)",
    ),
    Rule(
        "an app banner's image text",
        "某某新闻APP Icon",
        r"(?<![a-z])app icon(?![a-z])",
    ),
    Rule(
        "a notice in Japanese (kana), a language switch on a Chinese page",
        "このページは中国語版です。",
        r"[\u3040-\u30ff]{3}[^。]*[\u3040-\u30ff]{3}",
    ),
)
PAGE_NOTICE = compile_rules(PAGE_NOTICE_RULES, re.IGNORECASE)
