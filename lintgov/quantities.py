"""Quantity extraction (a shared service, category-neutral).

Every number mention in a document with its value, span, printed precision and
unit, so that rules recompute figures without re-parsing text.

    doc.quantities          # all quantities, in document order (cached)
    quantities_in(doc, a, b)  # those inside [a, b)

A :class:`Quantity` knows the interval of true values its printed form stands
for (:meth:`Quantity.interval`): ``24.2%`` stands for [24.15, 24.25];
``2.43万`` for [24250, 24350]; approximation words widen or open it.

What is recognised:

* Arabic numerals with decimals, 千分撇 grouping (``12,345``), full-width digits
  (``２３４``), scales (``4.1万``, ``2.43万件``, ``1.98亿美元``, ``10亿零817万5288人``),
  ``余``/``多`` inside or after the scale (``10余万人次``, ``3万多人``);
* Chinese numerals (``一千一百一十三件``, ``两个``, ``百分之二十四点二``,
  ``三十多万人``) through the small positional parser :func:`cn_to_number`
  (no cn2an import on the hot path; invalid or approximate forms such as
  ``三四个`` or ``十几个`` are not quantities), colloquial ones included
  (``四百十二``, ``一千零十五``, ``三万五``, ``六万万``) and compounds with 多/余 before their
  last scale (``二十五亿七千多万元``);
* numbers printed with a space after every digit, in reports converted from print
  (``7 4 7 7 2 亿元``, ``8 ．8 ％``), read as printed together;
* measure words and units (:data:`UNIT_CLASSES`, one closed class: 法定计量单位 and 量词 in
  both scripts, and symbols such as ``㎡``, ``kWh``; :data:`UNITS` longest first),
  approximation words as comparators (:data:`APPROX_BEFORE`, :data:`APPROX_AFTER`).

What is not a quantity: years (``2023年``, ``二〇二三年``, ``2023.12``), dates
(``3月5日``), times, ordinals (``第三批``, ``第3名``, ``一是``), heading and list
markers (``1.`` at a paragraph start, ``（1）``, ``2、``), masked spans
(document numbers, phone numbers, titles, URLs), codes glued to letters
(``5G``, ``A4``), fixed words (``十四五``, ``二十大``, ``八项规定``, ``四个意识``),
Chinese numerals without a unit, a measure word that makes a word after a lone Chinese digit
(``三尺讲台``, ``两度`` = twice, ``门前三包``: :data:`_PLACE_ONLY`), 分/方/角 after Chinese numerals
(``十分``, ``四方``) and a unit followed by what makes it a word (``3分之1``, ``由5升至6``, ``承担``).
``benches/figure_coverage.py`` lists the numerals of a corpus no figure covers, by what follows them.
"""
from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, List, Optional, Tuple

from . import lazyre
from .compact import SLOTS, word as _word

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

#: the measure words and units of Chinese, one closed class written once, by what they measure: the units of
#: measurement of 中华人民共和国法定计量单位 (SI and the units kept beside it, with their Chinese names and the
#: older names still printed: 公尺, 公分, 市斤, 担, 度 for 千瓦时), and the 量词 that count things, events and
#: people. Simplified spellings; the traditional ones are made from them (:data:`_TRAD`). A unit is read only right
#: after a number (度 in 力度, 制度, 年度 never is), and a unit is a unit whatever it may stand for (度 as a
#: temperature or as kWh): the relation a figure takes part in decides.
UNIT_CLASSES = {
    "ratio": "% ‰ 个百分点 百分点 个千分点 千分点 个点 基点 倍 番 /10万 /万",
    "money": "元 万元 亿元 美元 港元 港币 欧元 日元 英镑 澳元 加元 卢布 新卢布 韩元 人民币 块 角 分",
    "time": "年 个月 月次 周 个星期 星期 天 日 个工作日 工作日 个小时 小时 分钟 秒 毫秒 季度 个季度 岁 周岁 "
            "课时 学时 工日 人工日 工时 人日 台班",
    "length": "公里 千米 米 厘米 毫米 微米 纳米 分米 公尺 公分 延米 延长米 海里 华里 市里 英里 英尺 英寸 尺 市尺 车道",
    "area": "平方米 平方公里 平方千米 平方厘米 平方公尺 平米 亩 市亩 英亩 公顷",
    "volume": "立方米 立方公尺 立方厘米 立方 方 升 毫升 公升 加仑",
    "mass": "吨 公吨 公斤 千克 克 毫克 微克 纳克 斤 市斤 担 市担 公担 克拉 磅 盎司 吨标准煤 吨标煤",
    "energy and power": "千瓦时 兆瓦时 吉瓦时 度 瓦 千瓦 兆瓦 吉瓦 马力 千伏安 兆伏安 千伏 伏 安培 毫安时 毫安 "
                        "焦耳 千焦 兆焦 吉焦 千卡 大卡 赫兹 千赫 兆赫 吉赫 千帕 兆帕 帕斯卡 分贝 摄氏度 比特 字节 兆字节 吉字节 太字节",
    "concentration and transport": "微克/立方米 毫克/立方米 毫克/升 微克每立方米 毫克每立方米 吨公里 人公里 "
                                   "标箱 标准箱",
    "things": "件 宗 项 个 条 份 张 本 册 卷 篇 页 幅 首 封 套 台 台套 部 辆 架 艘 列 座 栋 幢 间 所 处 层 块 "
              "片 段 节 门 道 株 棵 头 只 匹 尾 羽 颗 粒 枚 根 支 把 盏 双 对 副 束 串 朵 具 顶 口 眼 孔 锭 床 床位 "
              "瓶 桶 罐 盒 袋 箱 杯 碗 筐 包 款 剂 针 笔 单 类 大类 种 字 卷 堂 组 队 班 期 批 批次 户 万户 "
              "家 家次 户次 人 人次 万人 名 位 例 起 场 场次 次 轮 宗次 件次 项次 份次 册次 剂次 针次 "
              "架次 航次 艘次 车次 班次 台次 辆次 场所 余",
}
#: units after a number in digits only: after a Chinese numeral they make words (十分 = very, 四方, 三角)
_DIGITS_ONLY = frozenset("分 方 角".split())
#: single measure words that after a lone Chinese digit make a word or a name (三伏天, 三尺讲台, 两度 = twice, 一对一,
#: 三包, 三桶油, 二道): after a Chinese numeral they are read only when it holds a place or scale word (十 百 千 万 亿:
#: 一百零八亿度, 三千二百七十万担, 二百匹); the measure words read before them keep the older rule
_PLACE_ONLY = frozenset("度 担 升 克 伏 瓦 尺 双 对 颗 粒 枚 匹 桶 瓶 罐 盒 袋 箱 杯 碗 筐 包 锭 床 片 段 班 首 封 剂 针 具 "
                        "顶 款 束 串 朵 幢 孔 根 尾 羽 道 磅 副".split())
#: after 分 and 方 no CJK character but 以上/以下/左右 (92.5分, 92分以上; never 3分之1, 分别, 分局, 3方协议)
#: (a word character other than a digit, _ or a Latin letter)
_UNIT_GUARD_RE = {"分": r"(?![^\W\d_A-Za-z](?<!分以)(?<!分左))", "方": r"(?![^\W\d_A-Za-z](?<!方以)(?<!方左))"}
#: the characters that may not follow some units, where they make a word: 3对接, 由5升至6, 承担, 克服 … (written as
#: one lookahead per character: a character set of CJK characters costs a millisecond to compile, these sixty
#: of them most of the pattern's compile time)
_UNIT_NOT_BEFORE = {
    "升": "至到为為级級高格值温溫幅", "担": "任当當心忧憂保负負纲綱责責起子",
    "克": "服难難隆", "伏": "天期旱", "对": "接比照外于於标標口应應象待策话話等齐齊症",
    "双": "向创創拥擁百千万萬一语語学學减減师師轮輪循边邊", "匹": "配敌敵", "片": "区區长長面刻",
    "段": "落位", "班": "子车車级級组組长長", "首": "批台次位个個家款创創发發店府都届屆选選轮輪付套例站单單席先要任",
    "封": "闭閉控存锁鎖装裝顶頂堵山", "针": "对對灸", "具": "有备備体體",
    "顶": "层層尖级級端", "款": "项項式", "根": "本据據源治基",
    "尾": "款矿礦气氣货貨号號数數声聲", "道": "路德理歉观觀口教", "瓦": "解片房斯",
    "尺": "讲講度寸码碼子", "孔": "子径徑隙", "包": "括含装裝干幹容",
    "度": "假过過", "角": "色度落",
}
#: symbols and Latin abbreviations of units (not followed by another letter or digit: 5GB, never 5GBASE)
_SYMBOL_UNITS = "㎡ ㎞ ㎏ ㎎ ㎜ ㎝ ㎥ ℃ m² m³ km² km kg mg μg cm mm kW kWh MW MWh GW GWh kV kVA Hz MHz GHz " \
                "KB MB GB TB PB Mbps Gbps dB TEU"
# traditional spellings of the measure words above (the reports come in both scripts)
# (every character of a unit that has a traditional form: 個百分點, 億千瓦時, 輛, 噸, 畝, 公頃, 分鐘, 課時, 層 …)
_TRAD = str.maketrans("项个场条张处台册节门间栋只岁页块类单亿万户余头队广艘轮级组盏点时辆种吨亩顷币钟课学层欧标车笔准"
                      "担双颗锭马对剂针届纳兹贝仑镑韩卢华摄顶长",
                      "項個場條張處臺冊節門間棟隻歲頁塊類單億萬戶餘頭隊廣艘輪級組盞點時輛種噸畝頃幣鐘課學層歐標車筆準"
                      "擔雙顆錠馬對劑針屆納茲貝侖鎊韓盧華攝頂長")

_SIMPLE_UNITS = " ".join(UNIT_CLASSES.values())

#: measure words and units, longest first so 人次 wins over 人
UNITS = sorted({u for w in _SIMPLE_UNITS.split() for u in (w, w.translate(_TRAD))} | {"台", "臺"}
               | set(_SYMBOL_UNITS.split()),
               key=lambda u: (-len(u), u))   # equal lengths in a fixed order: the same pattern in every process
_DIGITS_ONLY = _DIGITS_ONLY | {u.translate(_TRAD) for u in _DIGITS_ONLY}
_PLACE_ONLY = _PLACE_ONLY | {u.translate(_TRAD) for u in _PLACE_ONLY}
_UNIT_NOT_BEFORE.update({u.translate(_TRAD): g for u, g in list(_UNIT_NOT_BEFORE.items())})
_UNIT_GUARD_RE.update({u: "".join(f"(?!{re.escape(c)})" for c in cs) for u, cs in _UNIT_NOT_BEFORE.items()})
#: the characters after 千 in the units that open with it (千瓦, 千米, 千克, 千伏 …): such a 千 is the unit's, not
#: a scale word (四十万千瓦 is 四十万 千瓦)
_KILO_NEXT = "".join(sorted({u[1] for u in UNITS if len(u) > 1 and u[0] == "千" and u[1] not in "分"}))


def _unit_alt(u: str) -> str:
    if u in _UNIT_GUARD_RE:
        return re.escape(u) + _UNIT_GUARD_RE[u]
    if u.isascii() or u in ("m²", "m³", "km²", "μg"):
        return re.escape(u) + r"(?![A-Za-z0-9])"
    return re.escape(u)


#: approximation words before a number and the comparator they mean
APPROX_BEFORE = {"约": "≈", "約": "≈", "大约": "≈", "大約": "≈", "近": "<", "将近": "<", "將近": "<", "接近": "<",
                 "不足": "<", "不到": "<", "超过": ">", "超過": ">", "超": ">", "逾": ">", "突破": ">", "多达": ">=", "多達": ">=",
                 "达": "=", "達": "=", "至少": ">=", "最多": "<=", "至多": "<=", "不少于": ">=", "不少於": ">=",
                 "不超过": "<=", "不超過": "<=", "不低于": ">=", "不低於": ">=", "不高于": "<=", "不高於": "<=",
                 "高于": ">", "高於": ">", "低于": "<", "低於": "<"}
#: approximation words after a number (or between number and scale) and their comparator
APPROX_AFTER = {"左右": "≈", "上下": "≈", "余": ">", "餘": ">", "多": ">", "以上": ">=", "以下": "<=",
                "以内": "<=", "以內": "<=", "之多": ">="}

_BEFORE_RE = (r"(?:(?P<before>" + "|".join(sorted(map(re.escape, APPROX_BEFORE), key=len, reverse=True))
              + r")(?:为|為|是|有|计|計|达|達)?)?")
_UNIT_RE = r"(?P<unit>" + "|".join(map(_unit_alt, UNITS)) + r")?"
_AFTER2_RE = r"(?P<after2>左右|上下|以上|以下|以内|以內|之多)?"

_QTY = lazyre.compile(   # (compiled on first use: a long alternation of units)
    _BEFORE_RE
    + r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    + r"(?P<mid>余|餘|多)?"
    + r"(?P<scale>万亿|萬億|万|萬|亿|億|千(?![分" + _KILO_NEXT + r"])|百(?!分))?"
    + r"(?P<comp>(?<=[亿億])零?\d{1,4}[万萬](?:零?\d{1,4}(?![\d.,]))?)?"
    + r"(?P<after1>余|餘|多)?"
    + _UNIT_RE
    + _AFTER2_RE
)
_CN_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億"
_CN_QTY = lazyre.compile(
    _BEFORE_RE
    + r"(?P<pct>百分之|千分之|十万分之|萬分之|万分之)?"
    # (a 千 that opens 千瓦/千米/千克 is the unit's: 四十万千瓦 is 四十万 千瓦, 一万二千千瓦 一万二千 千瓦)
    + r"(?P<num>(?:(?!千[" + _KILO_NEXT + r"])[" + _CN_CHARS + r"])+(?:[点點][零〇一二三四五六七八九]+)?)"
    + r"(?P<mid>余|餘|多)?"
    + r"(?P<scale>万亿|萬億|万|萬|亿|億)?"
    + r"(?P<after1>余|餘|多)?"
    + _UNIT_RE
    + _AFTER2_RE
)
#: where a match of _QTY / _CN_QTY can start (lazyre.run_finditer): a run of digits or of Chinese numerals
#: (百分之 starts with one), or an approximation word (its first character) right before one, with at most
#: one verb character (为/是/达…) between them; neither holds a digit or a Chinese numeral
_DIGIT_RUNS = re.compile(r"[\d]+")
_CN_RUNS = re.compile("[" + _CN_CHARS + "]+")
_LEAD = frozenset(w[0] for w in APPROX_BEFORE)
_BACK = max(map(len, APPROX_BEFORE)) + 1
_SCALES = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8, "万亿": 10 ** 12, "萬億": 10 ** 12,
           "千": 10 ** 3, "百": 10 ** 2}
#: full-width digits, point and percent to ASCII (one character each, so offsets do not move);
#: the full-width comma is deliberately not mapped: "12，345" is a list, not a grouped number
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
#: a full-width comma inside a grouped number (１，２３４，５６７元, as in older reports) is a 千分撇
# (the lookahead on the first character lets re skip to digits instead of trying the lookbehind everywhere)
_FW_GROUP = re.compile(r"(?=\d)(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，])")
#: what every match of _FW_GROUP holds (searched first: led by a digit, re skips to digits; _FW_GROUP, led by a
#: lookahead, is tried at every character)
_FW_GROUP_PART = lazyre.compile(r"\d，\d{3}")
#: a narrow or thin space between digit groups (1\u202f500, 3\u2009320: the SI and Hong Kong style of grouping) is a
#: group separator too — never a plain or no-break space, which separate the columns of a plain-text table
_THIN_GROUP = lazyre.compile(r"(?<![\d.,])\d{1,3}(?:[\u202f\u2009]\d{3})+(?![\d\u202f\u2009])")
_NOT_PERCENT_UNITS = ("元", "美元", "港元", "欧元", "歐元", "倍", "番", "个百分点", "個百分點", "百分点", "百分點", "个千分点",
                      "個千分點", "千分点", "千分點", "万元",
                      "萬元", "亿元", "億元", "人民币", "人民幣", "港币", "港幣", "日元", "英镑", "英鎊", "澳元", "加元",
                      "卢布", "盧布", "韩元", "韓元", "基点", "基點")
_TIME_UNITS = ("年", "天", "日", "个月", "個月", "周", "季度", "小时", "小時", "个工作日", "個工作日", "工作日")

# fixed words built on numerals: "中央八项规定", "四个意识", "五位一体", "一件事"...
_FIXED_AFTER = re.compile(
    r"(?:项规定|項規定|个全面|個全面|个意识|個意識|个自信|個自信|个维护|個維護|个确立|個確立|个代表|個代表|个务必|"
    r"個務必|个一百年|個一百年|个大局|個大局|个文明|個文明|位一体|位一體|个统筹|個統籌|个坚持|個堅持|个必须|個必須|"
    r"个倡导|個倡導|个现代化|個現代化|条红线|條紅線|大攻坚战|大攻堅戰|件事(?![项項务務])|个一|個一|张清单|張清單|张网|張網|"
    r"个没有变|個沒有變|个不|個不|个优先|個優先|批次重点)")
#: after 第N个五年 (:func:`_chinese`): the plan's name goes on (第六个五年计划, 第十四个五年规划)
_PLAN_NAME_AFTER = re.compile(r"(?:计划|計劃|规划|規劃)")
#: before 五年 of a plan's name: its ordinal (第六个, 第十四個)
_PLAN_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十]{1,3}[个個]$")
_CN_NOT_BEFORE = set("第初周週星礼禮其之每逐几幾上好若")
#: before these a numeral opening with 十/百/千/万/亿 is "several tens/hundreds…" (数十万人, 数百家, 成千上万, 成百上千,
#: 几十个), not a figure; before any other numeral they end a word (人数四十三人, 件数三百二十件, 完成九十五点一亿元)
_CN_SEVERAL_BEFORE = set("数數成")
#: a numeral of round units only (十, 百, 十万, 千万): what 数/成 before it make "several" of
_CN_ROUND = re.compile("[十百千万萬亿億]+")
#: a place or scale word inside a Chinese numeral (二百匹, 一百零八亿度; not 三, 两)
_CN_PLACE = re.compile("[十百千万萬亿億]")
_NEAR_WORDS = set("最附邻鄰亲親就临臨贴貼靠逼")
_HEADING_AFTER = set(".．、)）")
_DASHES = set("—～~-–－至到")


@dataclass(frozen=True, **SLOTS)
class Quantity:
    """A number stated in the text: its spans, value in base units, unit and how it was written."""
    start: int                   # span of the whole mention (approximation words and unit included)
    end: int
    num_start: int               # span of the numeral itself
    num_end: int
    value: float                 # value in base units (2.43万 → 24300.0; 24.2% → 24.2)
    mantissa: float              # the printed number (2.43)
    decimals: int                # printed decimals of the mantissa
    scale: int                   # 1, 10**4, 10**8 ...
    unit: str                    # "件", "%", "个百分点", "" ...
    approx: Optional[str] = None  # None (exact as printed), "≈", "<", "<=", ">", ">="
    approx_word: str = ""
    chinese: bool = False        # written in Chinese numerals
    #: the approximation word written before the number ("约", "近", ...) and after it ("余", "左右"...),
    #: both kept so that stacked approximations (近10余万) stay visible
    before_word: str = ""
    after_word: str = ""

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        # pickled as its fields in order (what phase 1 keeps of a report for the pairs phase: tens of thousands of
        # quantities), not through the dataclass's __getstate__/__setstate__, a Python loop over fields() each way
        return (Quantity, _FIELDS(self))

    @property
    def is_percent(self) -> bool:
        return self.unit in ("%", "％")

    @property
    def half_unit(self) -> float:
        """Half a unit of the last printed digit, in value units."""
        return 0.5 * 10 ** (-self.decimals) * self.scale

    @property
    def is_whole_count(self) -> bool:
        """A count of things printed exactly (no 万/亿, no decimals, no approximation)."""
        return self.decimals == 0 and self.scale == 1 and self.approx is None and not self.is_percent \
            and self.unit not in _NOT_PERCENT_UNITS and self.unit != "‰"

    @property
    def measure(self) -> str:
        """The unit without scale words, so 2.43万件 and 12000件 compare (件); 万元 → 元."""
        u = self.unit
        return u[1:] if len(u) > 1 and u[0] in "万萬亿億" else u

    @property
    def base_value(self) -> float:
        """``value`` with scale words inside the unit applied (3亿元 → 3e8 元; 5万人 → 5e4 人)."""
        u = self.unit
        if len(u) > 1 and u[0] in "万萬":
            return self.value * 10 ** 4
        if len(u) > 1 and u[0] in "亿億":
            return self.value * 10 ** 8
        return self.value

    @property
    def chinese_exact(self) -> bool:
        """A Chinese numeral with a scale word and no approximation word, below a hundred million (四万亩, 四十万人): as an
        operand of a rate or a share it is exact as printed, as if every digit were printed (issue 10: only 约/近/余/多/
        左右 make it approximate; claims.values.count_interval).  :meth:`interval` still reads it to its scale word
        (四万 3.5万–4.5万), as changes need: the State Council's reports of the 1950s–80s print rounded levels so
        (gwr/1955 三万千瓦 → 二十二万七千千瓦 增长六点七倍; gwr/1982 二十八万人 → 四十万人 增长百分之四十二点二)."""
        return self.chinese and self.approx is None and self.decimals == 0 and self.scale > 1 \
            and not self.is_percent and self.base_value < 1e8

    def interval(self) -> Tuple[float, float]:
        """The true values the printed form stands for (rounding and approximation)."""
        lo, hi = self.value - self.half_unit, self.value + self.half_unit
        step = 2 * self.half_unit
        if self.approx == "≈":
            lo, hi = lo - step, hi + step
            if self.decimals == 0 and self.mantissa >= 10 and not self.is_percent:
                # 约1,200场 / 1,200场左右: a round figure stated as approximate stands for the values that round to it
                # at its last non-zero digit (1,150–1,250), as 多/余 count from that digit (percentages: stated_interval)
                m, place = int(round(self.mantissa)), 1
                while m and m % 10 == 0:
                    m //= 10
                    place *= 10
                if place > 1:
                    lo, hi = min(lo, self.value - place * self.scale / 2), max(hi, self.value + place * self.scale / 2)
        elif self.approx in (">", ">=") and self.after_word in ("余", "餘", "多") and self.mantissa > 0 \
                and self.decimals == 0:
            # 2500多 is 2500–2600, 3万多 3万–4万, 10余万 10万–20万: below the next unit of the last non-zero digit
            m, place = int(round(self.mantissa)), 1
            while m and m % 10 == 0:
                m //= 10
                place *= 10
            lo, hi = self.value, self.value + place * self.scale
        elif self.approx in (">", ">="):
            hi = float("inf")
            if self.decimals == 0 and self.scale > 1:
                lo = self.value     # (突破3万亿元, 超千亿, 超过100亿元: the mark passed as written, not 2.5万亿 — its digit
                #                     before a scale word is no rounding of the value, the value is past the mark)
        elif self.approx in ("<", "<="):
            lo = float("-inf") if self.approx == "<=" else 0.0
            if self.decimals == 0 and self.scale > 1:
                hi = self.value     # (近万亿元, 不足两万元, 近3万吨: below the mark, never 1.5万亿)
        return lo, hi


#: a quantity's fields in order, read in C (its pickled form)
_FIELDS = operator.attrgetter(*(f.name for f in fields(Quantity)))


# -- Chinese numerals ---------------------------------------------------------------
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}


_CN_FOLD = str.maketrans("萬億點兩", "万亿点两")


def _cn_section(s: str) -> Optional[int]:
    """Value of a numeral below 10000 (一千一百一十三, 十二, 两百零五, 一千二); None if malformed."""
    if not s:
        return 0
    total = 0
    digit: Optional[int] = None
    last_unit = 10 ** 4
    zero_seen = False
    for i, ch in enumerate(s):
        if ch in _CN_DIGITS:
            d = _CN_DIGITS[ch]
            if d == 0:
                if digit is not None:
                    return None
                zero_seen = True
                continue
            if digit is not None:
                return None          # 三四: two digits in a row is an estimate, not a number
            digit = d
        elif ch in _CN_SMALL:
            u = _CN_SMALL[ch]
            if u >= last_unit:
                return None
            if digit is None:
                if u == 10 and (i == 0 or (zero_seen and last_unit >= 1000)
                                or (not zero_seen and last_unit < 10 ** 4)):
                    digit = 1        # 十二 = 12; 四百十二 = 412, 一千零十五 = 1015 (the 一 before 十 left out)
                else:
                    return None
            total += digit * u
            last_unit = u
            digit = None
            zero_seen = False
        else:
            return None
    if digit is not None:
        if not zero_seen and last_unit < 10 ** 4 and last_unit > 10:
            total += digit * last_unit // 10      # 一千二 = 1200
        else:
            total += digit
    return total


def cn_to_number(s: str) -> Optional[float]:
    """Value of a Chinese numeral (一千一百一十三 → 1113, 二十四点二 → 24.2, 三千万 → 3e7,
    两亿零五百万 → 205000000); ``None`` for malformed or approximate forms (三四, 十几).

    Colloquial forms read as Chinese writes them (and as cn2an's ``smart`` mode reads them): 十 without its 一
    after a place word or 零 (四百十二 = 412, 一千零十五 = 1015), a last digit one place below the word before it
    (一千二 = 1200, 三万五 = 35000, 一亿二 = 1.2亿), 万万 for 亿 (六万万 = 6亿, in older reports; cn2an refuses it).
    Not read: a numeral opening with a place word (万五, 千二: a word more often than a number) and 廿/卅 (dates and
    names in reports)."""
    s = s.translate(_CN_FOLD)
    if "万万" in s:
        s = s.replace("万万", "亿")    # 六万万 = 6亿 (older reports)
    if s[-1:] == "万" and "万" in s[:-1] and "亿" not in s and "点" not in s:
        v = cn_to_number(s[:-1])       # 一万八千四百万 = 18400万, 九万二千万 = 92000万: a count of 万 (as 18,400万元)
        return None if v is None else v * 10 ** 4
    frac = ""
    if "点" in s:
        s, frac = s.split("点", 1)
        if not frac or any(c not in _CN_DIGITS or c in "两" for c in frac):
            return None
    if not s:
        return None
    total = 0
    rest = s
    for big, mult in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if big in rest:
            head, rest = rest.split(big, 1)
            if big in rest or not head:
                return None
            if big == "亿":
                v = cn_to_number(head)   # 一万亿 is fine
                if v is None:
                    return None
                total += int(v) * mult
            else:
                v = _cn_section(head)
                if v is None or v == 0:
                    return None
                total += v * mult
            stripped = rest.lstrip("零〇")
            if len(rest) == 1 and rest in _CN_DIGITS and big == "万":
                total += _CN_DIGITS[rest] * 1000      # 一万二 = 12000
                rest = ""
            elif len(rest) == 1 and rest in _CN_DIGITS and big == "亿" and "万" not in rest:
                total += _CN_DIGITS[rest] * 10 ** 7   # 一亿二 = 120000000
                rest = ""
            else:
                rest = stripped
    v = _cn_section(rest)
    if v is None:
        return None
    if rest and all(c in _CN_DIGITS for c in rest) and len(rest) > 1:
        return None
    total += v
    if frac:
        return float(f"{total}.{''.join(str(_CN_DIGITS[c]) for c in frac)}")
    return float(total)


# -- extraction -----------------------------------------------------------------------
# (compiled once: a module-level re.fullmatch/search looks its pattern up in re's cache at every
# call, ~1.5 µs, and these run for every figure)
_YEAR4 = re.compile(r"(1[6-9]|20)\d{2}")
_YEAR_AFTER_DASH = re.compile(r"[—～~\-–－至到]{1,2}(1[6-9]|20)\d{2}(?!\d)")
_YEAR_BEFORE_DASH = re.compile(r"(?<!\d)(1[6-9]|20)\d{2}[—～~\-–－至到]{1,2}$")
_YEAR_MONTH = re.compile(r"(19|20)\d{2}\.(0?[1-9]|1[0-2])")
_CN_POINT = re.compile("[点點]")
_CN_SCALE_END = re.compile("[万萬亿億]$")


#: an acronym of capitals right before an amount glued to it (实现GDP3464.09亿元, 人均GDP21.6万元)
_ACRONYM_END = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}$")


def _after_acronym(text: str, a: int, m: "re.Match[str]") -> bool:
    """Whether the number at ``a`` follows an acronym of capitals (GDP, CPI) and carries 万/亿 or %, so it is an
    amount written without a space (实现GDP3464.09亿元), not a code or a name (ISO9001, PM2.5, G20, ABC123元件)."""
    if not (m.group("scale") or m.group("unit") in ("%", "％")):
        return False
    return _ACRONYM_END.search(text, max(0, a - 7), a) is not None


def _skip_arabic(text: str, m: "re.Match[str]", para_starts: List[int]) -> bool:
    a, b = m.start("num"), m.end("num")
    num = m.group("num")
    prev = text[a - 1] if a else ""
    nxt = text[b:b + 1]
    # glued to letters or other digits (A4, 5G, v2.0, 12345热线 already masked), or part of 1.2.3
    if prev and prev.isascii() and (prev.isalnum() or prev in ".-/_:") \
            and not (prev == "-" and a >= 2 and "\u4e00" <= text[a - 2] <= "\u9fff") \
            and not _after_acronym(text, a, m):
        return True              # (增长-3.2%: a minus sign after words, not a code such as A-3)
    if nxt and nxt.isascii() and (nxt.isalpha() or nxt in "-/:_") and not m.group("unit"):
        if not (nxt == "-" and not text[b + 1:b + 2].isdigit()):
            return True
    if nxt == "." and text[b + 1:b + 2].isdigit():
        return True              # 2023.12.31 or 1.2.3
    digits = num.replace(",", "").split(".")[0]
    if len(digits) >= 5 and "," not in num and nxt == "年":
        return True              # 20212025年: two years that lost their dash
    if "," not in num and len(digits) >= 11:
        return True              # an identifier, not a count
    # ordinals: 第3批, 第12名
    if prev == "第":
        return True
    # years and dates
    if nxt in ("月", "时", "時", "点", "點", "号", "號") and not m.group("unit") and not m.group("scale"):
        return True
    if nxt in ("日", "号", "號") and prev == "月":
        return True
    if _YEAR4.fullmatch(num):
        after = text[b:b + 2]
        if after[:1] in ("年", "/") or after[:1] == "." and after[1:2].isdigit():
            return True
        if after[:1] in _DASHES and _YEAR_AFTER_DASH.match(text[b:b + 6]):
            return True          # 2021—2025
        if prev in _DASHES and _YEAR_BEFORE_DASH.search(text[max(0, a - 6):a]):
            return True
    if "." in num and _YEAR_MONTH.fullmatch(num) and nxt not in ("%", "万", "亿", "萬", "億"):
        return True              # 2023.12
    if m.group("unit") == "年" and len(digits) == 4 and digits[:2] in ("19", "20"):
        return True
    if m.group("unit") == "分" and prev in ("时", "時", "点", "點") and a >= 2 and text[a - 2].isdigit():
        return True              # 07时41分, 3点15分: a time of day (用时3分15秒 is a duration)
    # heading and list markers: "1." or "2、" at a paragraph or sentence start, "（1）"
    if nxt in _HEADING_AFTER and not m.group("unit") and not m.group("scale") and "." not in num \
            and not text[b + 1:b + 2].isdigit():
        i = bisect.bisect_right(para_starts, a) - 1
        start_of_para = i >= 0 and not text[para_starts[i]:a].strip(" \t\u3000（(")
        if start_of_para or prev in ("：", ":", "；", ";", "。", "（", "(", "\n", " ", "\u3000", "，", ","):
            return True
    if prev in ("（", "(", "〔", "[", "【") and nxt in ("）", ")", "〕", "]", "】"):
        return True
    if nxt in ("\ue000",):
        return True
    return False


def _arabic(text: str, para_starts: List[int]) -> List[Quantity]:
    out: List[Quantity] = []
    for m in lazyre.run_finditer(_QTY, text, _DIGIT_RUNS, _LEAD, _BACK):   # = _QTY.finditer(text)
        if _skip_arabic(text, m, para_starts):
            continue
        num = m.group("num")
        scale_word = m.group("scale") or ""
        unit = m.group("unit") or ""
        if scale_word in ("千", "百"):
            continue  # "3千" is not a standard numeral; the number-usage rules report it
        mant = float(num.replace(",", ""))
        decimals = len(num.split(".")[1]) if "." in num else 0
        scale = _SCALES.get(scale_word, 1)
        value = mant * scale
        comp = m.group("comp")
        if comp:  # 10亿零817万5288
            wan, _, ones = comp.replace("零", "").replace("萬", "万").partition("万")
            value += int(wan) * 10 ** 4 + (int(ones) if ones else 0)
            scale = 1 if ones else 10 ** 4
            mant, decimals = value / scale, 0
        mid = m.group("mid") or ""
        after = m.group("after1") or m.group("after2") or ""
        if unit in ("余", "餘"):     # "3600余" without a measure word: the 余 is an approximation
            after, unit = after or unit, ""
        if mid and not after:
            after = mid
        out.append(_make(m, value, mant, decimals, scale, unit, after, chinese=False))
    return out


def _make(m: "re.Match[str]", value: float, mant: float, decimals: int, scale: int, unit: str,
          after: str, chinese: bool) -> Quantity:
    before = m.group("before") or ""
    if before == "近" and m.start() and m.string[m.start() - 1] in _NEAR_WORDS:
        before = ""                       # 最近, 附近, 邻近, 就近: not an approximation
    approx, word = None, ""
    if after:
        approx, word = APPROX_AFTER[after], after
    elif before:
        approx, word = APPROX_BEFORE[before], before
    if before in ("近",) and unit in _TIME_UNITS and not after:
        approx, word, before = None, "", ""   # 近3年 = the last three years, not "almost"
    if approx == "=":
        approx = None
    # (memory: equal offsets and an equal value share one object; units and words are shared strings)
    num_start, num_end = m.span("num")
    end = m.end()
    if end == num_end:
        end = num_end
    start = num_start if not m.groupdict().get("pct") else m.start("pct")
    if before:
        start = m.start()
    if value == mant and type(value) is type(mant):
        value = mant
    return Quantity(start=start, end=end, num_start=num_start, num_end=num_end,
                    value=value, mantissa=mant, decimals=decimals, scale=scale, unit=_word(unit),
                    approx=approx, approx_word=_word(word), chinese=chinese, before_word=_word(before),
                    after_word=_word(after))


#: a bare magnitude a bound word opens (近万亿元, 超万人, 逾亿元): its value (the magnitude's one)
_BARE_MAGNITUDES = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8, "万亿": 10 ** 12, "萬億": 10 ** 12}


#: Chinese numerals of a count (十二, 一百三十五, 两)
_CN_COUNT_NUM = "[一二两兩三四五六七八九十百千]+"


def _one_in_count_list(text: str, a: int, b: int, unit: str) -> bool:
    """Whether 一<unit> at ``[a, b)`` is an item of a list of counts in Chinese numerals with the same unit (中心一个、
    工作站十二个、工作室一百三十五个): then it is the count 1 the list adds up, not the article 一个."""
    u = re.escape(unit)
    return bool(re.match(r"[、，,和及与]\s*[\u4e00-\u9fff]{0,10}?" + _CN_COUNT_NUM + u, text[b:b + 24])
                or re.search(_CN_COUNT_NUM + u + r"[、，,和及与]\s*[\u4e00-\u9fff]{0,10}?$", text[max(0, a - 24):a]))


#: the unit a Chinese fraction word names (百分之 %, 千分之 ‰, 十万分之 /10万, 万分之 /万)
_PER_WORDS = {"百分之": "%", "千分之": "‰", "十万分之": "/10万", "万分之": "/万", "萬分之": "/万"}


def _chinese(text: str) -> List[Quantity]:
    out: List[Quantity] = []
    for m in lazyre.run_finditer(_CN_QTY, text, _CN_RUNS, _LEAD, _BACK):   # = _CN_QTY.finditer(text)
        pct, unit = m.group("pct", "unit")   # (most matches stop at the next test: read the rest after it)
        if pct:
            # (十万分之八点六 is 8.6/10万, as health statistics print a rate per 100,000)
            unit = _PER_WORDS[pct]
        elif not unit or unit in ("余", "餘"):
            continue                      # Chinese numerals without a unit: 一是, 十四五, 二十大
        num = m.group("num")
        scale_word = m.group("scale") or ""
        if unit in _DIGITS_ONLY:
            continue                      # 十分, 四方, 三角: words
        if unit in _PLACE_ONLY and not scale_word and not _CN_PLACE.search(num):
            continue                      # 三伏, 三尺讲台, 两度 (twice), 一对一, 三包: a lone digit makes a word
        a = m.start("pct") if pct else m.start("num")
        prev = text[a - 1] if a else ""
        if prev in _CN_NOT_BEFORE and not (prev == "初" and a >= 2 and text[a - 2] in "年月") \
                and not (prev == "上" and a >= 2 and text[a - 2] in "以"):
            continue                      # 第三批, 初三, 周五, 其一 (年初三百八十件 is 380 at the year's start;
            # 市级以上二十九家 is 29 after 以上)
        if prev in _CN_SEVERAL_BEFORE and num[0] in "十百千万萬亿億" and _CN_ROUND.fullmatch(num):
            continue                      # 数十万人, 数百家, 成千上万 (户数十五万七千户 is 157,000 households)
        if prev in ("“", "「", "‘", '"') and not pct:
            continue                      # “三项制度”, “两个维护”: a slogan, not a count
        if not pct and num[0] in "百千万萬亿億" and not (m.group("before") and num[0] in "百千") \
                and not (num in _BARE_MAGNITUDES and APPROX_BEFORE.get(m.group("before") or "") in ("<", ">", ">=", "<=")):
            continue                      # 千家万户, 百姓, 万人空巷 (but 突破千家, 突破百亿元, 近万亿元, 超万人: a bound)
        if num in ("一",) and unit not in ("倍", "番") and not scale_word \
                and not _one_in_count_list(text, m.start("num"), m.end("unit"), unit):
            continue                      # 一个, 一件事, 一站式: rarely a figure anyone checks
        if _FIXED_AFTER.match(text, m.start("unit") if m.group("unit") else m.end()):
            continue
        if unit == "年" and len(num) == 4 and all(c in _CN_DIGITS for c in num):
            continue                      # 二〇二三年
        if unit == "年" and prev in ("个", "個") and num == "五" and _PLAN_NAME_AFTER.match(text, m.end("unit")) \
                and _PLAN_ORDINAL_BEFORE.search(text, max(0, a - 6), a):
            continue                      # 第五个五年计划, 第十四个五年规划: a plan's name, not five years
        if not pct and prev and prev in _CN_CHARS:
            continue
        if scale_word in ("万", "萬") and ("亿" in num or "億" in num):
            v = cn_to_number(num + scale_word)   # 二十五亿七千多万: 25亿 and 7000多万, not 25亿7000 × 1万
            if v is not None:
                v /= 10 ** 4
        else:
            v = cn_to_number(num)
        if v is None and num[0] in "百千":
            v = cn_to_number("一" + num)  # 突破千家 = 1000
        if v is None and num in _BARE_MAGNITUDES:
            v = float(_BARE_MAGNITUDES[num])  # 近万亿元 = just under 1e12
        if v is None:
            continue
        decimals = len(_CN_POINT.split(num)[1]) if _CN_POINT.search(num) else 0
        scale = _SCALES.get(scale_word, 1)
        mant = v
        # a numeral ending in 万/亿 (三千万) is printed to that scale
        if not scale_word and num in _BARE_MAGNITUDES:
            scale, mant = _BARE_MAGNITUDES[num], 1.0    # 近万亿元: one 万亿, as 近1万亿元
        elif not scale_word and _CN_SCALE_END.search(num) and not decimals:
            scale = 10 ** 8 if num[-1] in "亿億" or num[-2:] in ("万万", "萬萬") else 10 ** 4
            mant, v = v / scale, v / scale
        mid = m.group("mid") or ""
        after = m.group("after1") or m.group("after2") or ""
        if mid and not after:
            after = mid
        out.append(_make(m, mant * scale, mant, decimals, scale, unit, after, chinese=True))
    return out


#: a number printed with a space after every digit, as in reports converted from print (1 9 9 7 年,
#: 7 4 7 7 2 亿元, 8 .8 %, 近1 0 万亿元), and the word it is written with (its unit, scale, 年): read as if printed
#: together, in documents that print at least three numbers so (one "1 2" is a table's columns, not this style)
#: (numbers one after another with only words between, 1 2 月2 0 日, are one stretch: 12月20日)
_SPACED = lazyre.compile(r"(?<![\d.])(?:\d(?: \.?\d)* [^\s\d.,，。；;、：:（）()“”\"'？！?!]{1,8})+")
_SPACED_PART = lazyre.compile(r"\d \.?\d ")


def _close_spaced(text: str) -> "Tuple[str, Optional[dict]]":
    """``text`` with each spaced number written together and glued to the word after it, the spaces moved after
    that word (same length), and where each moved character stood (new offset → old offset); ``text, None`` when
    the document does not print its numbers so."""
    if len(_SPACED_PART.findall(text)) < 3:
        return text, None
    parts: List[str] = []
    where: dict = {}
    pos = 0
    for m in _SPACED.finditer(text):
        a, e = m.start(), m.end()
        parts.append(text[pos:a])
        kept = [i for i in range(a, e) if text[i] != " "]     # (every space of the stretch is a number's)
        for k, i in enumerate(kept):
            where[a + k] = i
        parts.append("".join(text[i] for i in kept) + " " * (e - a - len(kept)))
        pos = e
    parts.append(text[pos:])
    return "".join(parts), where


def _moved_back(q: Quantity, where: dict) -> Quantity:
    def at(i: int) -> int:
        return where.get(i, i)

    def end_at(i: int) -> int:
        j = where.get(i - 1)
        return i if j is None else j + 1
    start, end, num_start, num_end = at(q.start), end_at(q.end), at(q.num_start), end_at(q.num_end)
    if (start, end, num_start, num_end) == (q.start, q.end, q.num_start, q.num_end):
        return q
    return Quantity(start, end, num_start, num_end, *_FIELDS(q)[4:])


def extract(doc: "Document") -> List[Quantity]:
    from .textfold import fullwidth_digits
    text = fullwidth_digits(doc)
    if "，" in text and _FW_GROUP_PART.search(text) is not None:
        text = _FW_GROUP.sub(lambda m: m.group().replace("，", ","), text)
    if "\u202f" in text or "\u2009" in text:
        text = _THIN_GROUP.sub(lambda m: m.group().replace("\u202f", ",").replace("\u2009", ","), text)
    text, where = _close_spaced(text)
    para_starts = [p.start for p in doc.paragraphs]
    out = _arabic(text, para_starts)
    if re.search("[一二两兩三四五六七八九十]|[近超逾破足到][万萬亿億百千]", text):
        cn = _chinese(text)
        if cn:
            # a Chinese numeral overlapping an Arabic one is dropped; the Arabic numerals' spans are
            # disjoint and in order, so the only candidate is the first one ending after its start
            starts = [q.num_start for q in out]
            ends = [q.num_end for q in out]
            for q in cn:
                i = bisect.bisect_right(ends, q.num_start)
                if i == len(ends) or starts[i] >= q.num_end:
                    out.append(q)
            out.sort(key=lambda q: q.start)
    if where:
        out = [_moved_back(q, where) for q in out]   # (where each character stands in the document)
    return out


def quantity_starts(doc: "Document") -> List[int]:
    """The start offsets of ``doc.quantities`` (in order), built once per document: the index the readers bisect
    to find the figures around a position in bounded work."""
    qs = doc.quantities
    starts = doc.__dict__.get("_quantity_starts")
    if starts is None or len(starts) != len(qs):
        starts = [q.start for q in qs]
        doc.__dict__["_quantity_starts"] = starts
    return starts


def quantities_in(doc: "Document", start: int, end: int) -> List[Quantity]:
    """The figures of ``doc`` inside ``[start, end)``, in order: those starting there (two bisections) that end by ``end``."""
    qs = doc.quantities
    starts = quantity_starts(doc)
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end, i)
    return [q for q in qs[i:j] if q.end <= end]
