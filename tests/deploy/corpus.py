"""Write many distinct, plausible speeches of our own, for tests that need volume."""

from __future__ import annotations

from pathlib import Path

PLACES = [
    "青禾县",
    "临江市",
    "北坡镇",
    "石门乡",
    "东湖区",
    "云岭县",
    "南塘镇",
    "溪口乡",
]
OCCASIONS = [
    "秋季农田水利建设推进会",
    "基层党建工作述职评议会",
    "安全生产百日攻坚动员会",
    "乡村振兴重点项目观摩会",
    "优化营商环境专题会",
    "防汛备汛工作部署会",
]
OPENINGS = [
    "今天召开这次会议，主要任务是总结前段工作，部署下步重点。",
    "刚才几位同志作了交流发言，讲得很实在，我都赞成。",
    "这次会议是经过研究决定召开的，时间安排得很紧凑。",
]
POINTS = [
    (
        "统一思想，把握工作重点",
        "要把“{slogan}”作为检验工作的标尺，做到心中有数、手中有招。",
    ),
    (
        "压实责任，推动任务落地",
        "各单位主要负责同志要亲自抓，落实三会一课制度，做到四个到位。",
    ),
    (
        "加强督查，确保按期完成",
        "督查室每月通报一次进度，对滞后的单位实行约谈，绝不搞“下不为例”。",
    ),
    (
        "改进作风，提升群众满意度",
        "要坚持“{slogan}”，多到田间地头走一走，把问题解决在萌芽状态。",
    ),
]
SUBPOINTS = [
    "（{n}）强化组织领导。{place}第{k}片区要建立台账，明确时间表和路线图。",
    "（{n}）抓好资金保障。今年安排专项资金{k}百万元，专款专用，不得挪作他用。",
    "（{n}）注重宣传引导。通过广播、村务公开栏等方式，让群众知晓政策、支持工作。",
]
SLOGANS = [
    "一渠一档",
    "红黄绿三色管理",
    "马上就办",
    "事不过夜",
    "一线工作法",
    "网格化服务",
]
NUMERALS = "一二三四五六七八九十"


def speech_text(number: int, *, paragraphs: int = 3) -> str:
    """Return the text of speech number ``number``, different from every other."""
    place = PLACES[number % len(PLACES)]
    occasion = OCCASIONS[number % len(OCCASIONS)]
    slogan = SLOGANS[number % len(SLOGANS)]
    lines = [
        f"在{place}{occasion}上的讲话（第{number}号）",
        f"2024年{number % 12 + 1}月{number % 27 + 1}日",
        "同志们：",
        OPENINGS[number % len(OPENINGS)] + f"今年以来，全县完成第{number}批重点任务。",
    ]
    for index, (heading, text) in enumerate(POINTS[: 2 + number % 3]):
        lines.append(f"{NUMERALS[index]}、{heading}")
        lines.append(text.format(slogan=slogan))
        for sub in range(paragraphs):
            lines.append(
                SUBPOINTS[sub % len(SUBPOINTS)].format(
                    n=NUMERALS[sub], place=place, k=number + sub + index
                )
            )
    lines.append("同志们，任务艰巨、责任重大，让我们真抓实干，确保各项工作落到实处！")
    return "\n".join(lines) + "\n"


def write_speeches(folder: Path, count: int, *, paragraphs: int = 3) -> list[Path]:
    """Write ``count`` speech files into a folder; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"speech-{number:04d}.txt"
        path.write_text(speech_text(number, paragraphs=paragraphs), encoding="utf-8")
        paths.append(path)
    return paths
