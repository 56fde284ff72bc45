"""Number-usage rules (LG9xx), after GB/T 15835—2011《出版物上数字用法》as applied to
公文 by GB/T 9704—2012: contradictory or stacked approximations, Arabic digits joined
with 十/百/千, ranges that drop the unit of their first number, year ranges that
lost their dash, 余/多 after a decimal, and a change word followed by a negative number.
"""
from __future__ import annotations

import re
from typing import Tuple

from lintgov import hookimpl
from lintgov import lazyre
from lintgov.rule import Edit, Fix, Rule, bad, good
from lintgov.textfold import Translation, fullwidth_digits

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_FULLWIDTH_T = Translation(_FULLWIDTH)

_BELOW = {"近", "将近", "將近", "接近", "不到", "不足"}
_ABOVE_BEFORE = {"超过", "超過", "逾", "高于", "高於", "多达", "多達"}
_AT_LEAST = {"至少", "不少于", "不少於"}
_AT_MOST = {"最多", "至多", "不超过", "不超過"}
_ABOUT = {"约", "約", "大约", "大約"}
_ABOVE_AFTER = {"余", "餘", "多", "以上", "之多"}


def _text(doc) -> str:
    return fullwidth_digits(doc)   # doc.masked() with _FULLWIDTH applied, once a document


def _stacking(before: str, after: str) -> Tuple[str, str]:
    """(key, severity) for an approximation word before and one after the same number."""
    if before in _BELOW and after in _ABOVE_AFTER:
        return "contradiction", "error"          # 近10余万: below and above at once
    if before in _BELOW and after in ("左右", "上下"):
        return "redundant", "warning"            # 不到30个左右
    if before in _ABOVE_BEFORE and after in _ABOVE_AFTER:
        return "redundant", "warning"            # 超过500件以上
    if before in _AT_LEAST and after in ("以上", "余", "餘", "多"):
        return "redundant", "warning"            # 至少500件以上
    if before in _AT_MOST and after in ("以下", "以内", "以內"):
        return "redundant", "warning"            # 最多10天以下
    if before in _ABOUT and after in ("左右", "上下", "余", "餘", "多"):
        return "about", "note"                   # 约300件左右 (contested)
    return "", ""


#: a bound word and its counterpart after the number with a few words between, inside one clause
_SPREAD = re.compile(r"(?P<b>至少|最少|不少于|不少於|超过|超過|多达|多達|最多|至多|不超过|不超過|不到|不足|将近|將近)"
                     r"(?P<mid>[^，。；！？,;:：、\n]{0,10}?(?:\d[\d.,]*|[一二两兩三四五六七八九十百千万萬亿億]+)"
                     r"[^，。；！？,;:：、\n\d]{0,6}?)(?P<a>以上|以下|以内|以內|左右|余(?![额下量粮地热震留款])|餘(?![額下量糧])|多(?=[，。；！？,;]))"
                     r"(?![万萬亿億元述])")


class ContradictoryApproximation(Rule):
    code = "LG901"
    name = "contradictory-approximation"
    category = "number-usage"
    level = "error"
    summary = {"zh": "同一个数前后的约数词互相矛盾或重复（近…余、至少…以上）",
               "en": "Approximation words before and after one number contradict or repeat each other"}
    description = {
        "zh": "“近”“不到”表示不足某数，“余”“多”“以上”表示超过某数，二者不能同用于一个数（近10余万人次）；"
              "“至少…以上”“最多…以下”“超过…以上”“不到…左右”语义重复，应去掉其中一个。",
        "en": "近/不到 mean \"just under\" and 余/多/以上 \"over\": one number cannot carry both (近10余万人次 is a "
              "contradiction, an error). 至少…以上, 最多…以下, 超过…以上 and 不到…左右 say the same thing twice "
              "(warning): keep one of the words.",
    }
    authority = "编辑规范：“至少……以上”“最多……以下”“不到……左右”“将近……余”等应去掉其中一个；GB/T 15835—2011 4.3（概数）"
    messages = {
        "default": {"zh": "“{before}”（不足）与“{after}”（超过）同用于{number}，自相矛盾：应只保留其一",
                    "en": "“{before}” (under) and “{after}” (over) both qualify {number}: a contradiction, keep one"},
        "redundant": {"zh": "“{before}”与“{after}”同用于{number}，语义重复：应去掉其中一个",
                      "en": "“{before}” and “{after}” both qualify {number}: redundant, drop one"},
    }
    examples = (
        bad("全年开展主题法治宣传2000余场次，受众近10余万人次。"),
        bad("化解行政争议近300多件。"),
        bad("至少500件以上。"),
        bad("每年至少组织集中学法4次以上。", note="words between the bound and its counterpart"),
        good("受众近10万人次。"),
        good("受众10余万人次。"),
        good("最近3年多来，附近10余个村受益。"),
    )

    def check(self, doc, ctx):
        covered = []
        for q in doc.quantities:
            if not (q.before_word and q.after_word):
                continue
            key, sev = _stacking(q.before_word, q.after_word)
            if sev not in ("error", "warning"):
                continue
            covered.append((q.start, q.end))
            yield self.finding(doc, q.start, q.end, "default" if key == "contradiction" else "redundant", level=sev,
                               evidence={"before": q.before_word, "after": q.after_word, "value": q.value},
                               before=q.before_word, after=q.after_word, number=doc.text[q.num_start:q.end])
        # the same bound twice with words between: 至少有30个单位以上, 不少于3次以上, 超过一半的地区以上
        text = _text(doc)
        for m in _SPREAD.finditer(text):
            if any(a <= m.start("mid") < b or a < m.end("mid") <= b for a, b in covered):
                continue
            key, sev = _stacking(m.group("b"), m.group("a"))
            if sev not in ("error", "warning"):
                continue
            yield self.finding(doc, m.start(), m.end(), "default" if key == "contradiction" else "redundant", level=sev,
                               evidence={"before": m.group("b"), "after": m.group("a")},
                               before=m.group("b"), after=m.group("a"), number=doc.text[m.start("mid"):m.end("mid")])


class StackedAboutApproximation(Rule):
    code = "LG902"
    name = "stacked-about-approximation"
    category = "number-usage"
    level = "note"
    summary = {"zh": "“约”与“左右/余/多”叠用", "en": "约 stacked with 左右/余/多 on one number"}
    description = {
        "zh": "编辑规范要求约数词不叠用（不用“约1000多人”“约5000字左右”）；也有观点认为“约+概数”可以接受，故仅作提示。",
        "en": "Editorial norms say approximation words are not stacked (not 约1000多人, 约5000字左右); others accept "
              "约 with an estimate, so this is only a note.",
    }
    authority = "编辑规范：约数可用约、左右、上下、多、余等表示，但不能叠用"
    messages = {"default": {"zh": "“{before}”与“{after}”叠用于{number}，建议只保留其一",
                            "en": "“{before}” and “{after}” stacked on {number}; consider keeping one"}}
    examples = (bad("约300件左右。"), good("约300件。"), good("300件左右。"))

    def check(self, doc, ctx):
        for q in doc.quantities:
            if q.before_word and q.after_word and _stacking(q.before_word, q.after_word)[1] == "note":
                yield self.finding(doc, q.start, q.end, evidence={"before": q.before_word, "after": q.after_word},
                                   before=q.before_word, after=q.after_word, number=doc.text[q.num_start:q.end])


# 千/百 as SI prefixes of a unit (千公顷, 千瓦时, 百亿亿次/秒: statistical units) are not number words
_MIXED = re.compile(r"(?<![\dA-Za-z.])(?P<num>\d+(?:\.\d+)?)(?P<sc>[十百千])"
                    r"(?!米|克|瓦|伏|帕|赫|焦|卡|字节|兆|分点|分之|分比|姓|货|強|强|科|方百计|家万户|秋|里"
                    r"|公顷|公頃|亿亿次|億億次|万亿次|萬億次|亿次|億次|比特|赫兹)")
_SCALE = {"十": 10, "百": 100, "千": 1000}


class ArabicWithChineseUnit(Rule):
    code = "LG903"
    name = "arabic-digits-with-shi-bai-qian"
    category = "number-usage"
    level = "error"
    fixable = True
    summary = {"zh": "阿拉伯数字后接“十/百/千”（3千余人）", "en": "Arabic digits joined with 十/百/千 (3千余人)"}
    description = {
        "zh": "阿拉伯数字与汉字数字连用时，只有“万”“亿”可以用汉字：4000不能写作“4千”，500万不能写作“5百万”。"
              "能安全换算时提供修正。",
        "en": "Only 万 and 亿 may follow Arabic digits as number words: 4000 is not written 4千, 500万 not 5百万. "
              "A safe fix is offered when the conversion is exact.",
    }
    authority = "GB/T 15835—2011 5.3（阿拉伯数字与汉字数字同时使用：不能写作“4千”）"
    messages = {"default": {"zh": "“{written}”混用阿拉伯数字和“{word}”，应写作“{suggest}”",
                            "en": "“{written}” mixes Arabic digits with “{word}”; write “{suggest}”"}}
    examples = (
        bad("培训执法人员3千余人次。"),
        bad("投入5百万元。"),
        good("培训执法人员3000余人次。"),
        good("建成30千米道路，10千伏线路。"),
        good("投入500万元。"),
    )

    def check(self, doc, ctx):
        text = _text(doc)
        for m in lazyre.finditer(_MIXED, text):
            num, sc = m.group("num"), m.group("sc")
            a, b = m.start(), m.end()
            if text[a - 1:a] in ("第",):
                continue
            v = float(num) * _SCALE[sc]
            nxt = text[b:b + 1]
            # 1万6千 → 16000 (one number split over 万 and 千)
            wan = re.search(r"(?<![\d.])(\d+)[万萬]$", text[max(0, a - 8):a])
            if wan and "." not in num and nxt not in "万萬亿億":
                a = a - len(wan.group())
                v += int(wan.group(1)) * 10 ** 4
            fix = None
            if abs(v - round(v)) < 1e-9:
                suggest = str(int(round(v)))
                fix = Fix((Edit(a, b, suggest),), {"zh": f"改为“{suggest}”", "en": f"write “{suggest}”"})
            else:
                suggest = f"{v:g}"
            yield self.finding(doc, a, b, fix=fix, evidence={"value": v, "next": nxt},
                               written=doc.text[a:b], word=sc, suggest=suggest)


_RANGE_PCT = re.compile(r"(?<![\d.%])(?P<a>\d+(?:\.\d+)?)(?P<sep>\s*(?:~|～|〜|—|–|-|－|至|到)\s*)(?P<b>\d+(?:\.\d+)?)\s*%")
_RANGE_SCALE = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?P<sep>\s*(?:~|～|〜|—|–|-|－|至|到)\s*)"
                          r"(?P<b>\d+(?:\.\d+)?)(?P<sc>万亿|萬億|万|萬|亿|億)")


class RangeDropsUnit(Rule):
    code = "LG904"
    name = "range-drops-first-unit"
    category = "number-usage"
    level = "error"
    fixable = True
    summary = {"zh": "百分数或万/亿范围省略了前一个数的“%”或“万/亿”",
               "en": "A percent or 万/亿 range drops the % or 万/亿 of its first number"}
    description = {
        "zh": "表示数值范围时，百分数的两个数都要带“%”（15%～30%，不写为15～30%），带“万”“亿”的两个数都要带"
              "“万”“亿”（3万～5万元，不写为3～5万元），否则前一个数的数值不明。修正为在前一个数后补上单位。",
        "en": "In a range, both numbers keep % (15%～30%, not 15～30%) and both keep 万/亿 (3万～5万元, not 3～5万元); "
              "otherwise the first number reads as a bare figure. The fix adds the unit after the first number.",
    }
    authority = "GB/T 15835—2011 5.1.3（数值范围：15%～30%，不写为15～30%；13万元～17万元，不写为13～17万元）"
    messages = {"default": {"zh": "范围“{written}”省略了前一个数的“{unit}”，应写作“{suggest}”",
                            "en": "the range “{written}” drops “{unit}” after its first number; write “{suggest}”"}}
    examples = (
        bad("群众满意率提升20~30%。"),
        bad("涉案金额3～5万元。"),
        good("群众满意率提升20%～30%。"),
        good("涉案金额3万～5万元。"),
        good("办理时限为20～30天。"),
        good("《规划（2021—2025年）》，1—10月增长5%。"),
    )

    def check(self, doc, ctx):
        text = _text(doc)
        for pat, unit_of in ((_RANGE_PCT, lambda m: "%"), (_RANGE_SCALE, lambda m: m.group("sc"))):
            for m in lazyre.finditer(pat, text):
                a = m.group("a")
                if re.fullmatch(r"(19|20)\d{2}", a) or text[m.start() - 1:m.start()] in ("第",):
                    continue
                if "-" in m.group("sep") and re.match(r"\d", text[m.end():m.end() + 1]):
                    continue
                unit = unit_of(m)
                b_end = m.end()
                written = doc.text[m.start():b_end]
                suggest = doc.text[m.start():m.end("a")] + unit + doc.text[m.end("a"):b_end]
                fix = Fix((Edit(m.end("a"), m.end("a"), unit),), {"zh": f"在前一个数后补“{unit}”",
                                                                   "en": f"add “{unit}” after the first number"})
                yield self.finding(doc, m.start(), b_end, fix=fix, evidence={"first": a, "second": m.group("b"),
                                                                            "unit": unit},
                                   written=written, unit=unit, suggest=suggest)


_YEARS_GLUED = re.compile(r"(?<![\d])(?P<y1>(?:19|20)\d{2})(?P<y2>(?:19|20)\d{2})(?=\s*年)")
#: _YEARS_GLUED on the text as written: the same matches as _YEARS_GLUED on the text with full-width digits
#: made ASCII (a one-for-one translation; ``\d`` matches both forms, the literal 19/20 is either), without
#: that copy of the text (on a 50 MB report its translation held two copies at once: the peak memory)
_YEARS_GLUED_ANY = re.compile(r"(?<![\d])(?P<y1>(?:[1１][9９]|[2２][0０])\d{2})(?P<y2>(?:[1１][9９]|[2２][0０])\d{2})(?=\s*年)")


class YearRangeMissingDash(Rule):
    code = "LG905"
    name = "year-range-missing-dash"
    category = "number-usage"
    level = "error"
    fixable = True
    summary = {"zh": "两个年份连写，丢了中间的连接号（20212025年）",
               "en": "Two years written together without their range dash (20212025年)"}
    description = {
        "zh": "起止年份之间要有连接号（2021—2025年）。两个四位年份直接相连（常见于转换或排版丢字）是错误，"
              "也检查书名号内的标题。修正为插入一字线“—”。",
        "en": "A span of years needs its dash (2021—2025年). Two four-digit years glued together (a character lost in "
              "conversion or typesetting) is an error; titles in 《》 are checked too. The fix inserts “—”.",
    }
    authority = "GB/T 15834—2011 4.13.3.2（标示起止用一字线）；GB/T 15835—2011 5.1.3"
    messages = {"default": {"zh": "“{written}”是两个年份连写，应为“{suggest}”",
                            "en": "“{written}” is two years run together; write “{suggest}”"}}
    examples = (
        bad("《静海区法治政府建设实施纲要(20212025年)》"),
        good("《法治政府建设实施纲要（2021—2025年）》"),
        good("编号20230501号文件，账号20212025。"),
    )

    def check(self, doc, ctx):
        for m in lazyre.finditer(_YEARS_GLUED_ANY, doc.text):
            g1, g2 = _FULLWIDTH_T(m.group("y1")), _FULLWIDTH_T(m.group("y2"))
            y1, y2 = int(g1), int(g2)
            if not 0 < y2 - y1 <= 50:
                continue
            if doc.is_masked(m.start(), m.end(), ("docno", "url", "email", "phone", "code")):
                continue
            written = doc.text[m.start():m.end()]
            suggest = f"{g1}—{g2}"
            cut = m.start() + 4
            yield self.finding(doc, m.start(), m.end(), fix=Fix((Edit(cut, cut, "—"),), {"zh": "插入“—”",
                                                                                      "en": "insert “—”"}),
                               evidence={"from": y1, "to": y2}, written=written, suggest=suggest + "年")


_DEC_SCALED = re.compile(r"(?<![\d.])(?P<num>\d+\.\d+)(?P<sc>万亿|萬億|万|萬|亿|億)(?P<w>余|餘|多)(?!额|額|款|粮|糧|量|热|熱|地|震|下|留|元化|样化|樣化)")
_DEC_PLAIN = re.compile(r"(?<![\d.])(?P<num>\d+\.\d+)(?P<w>余|餘|多)(?=人次|人|件|项|項|个|個|家|户|戶|次|场|場|名|吨|噸|亩|畝|公里|元|条|條|所|座|台|臺|辆|輛)")
_YU_BEFORE_SCALE = re.compile(r"(?<![\d.])(?P<num>\d*[1-9])(?P<w>余|餘)(?P<sc>万|萬|亿|億)")


class ApproximationAfterDecimal(Rule):
    code = "LG906"
    name = "approximation-after-decimal"
    category = "number-usage"
    level = "note"
    # no national standard backs this: GB/T 15835—2011 4.3 lists 20余次、50多人 as acceptable and says
    # nothing about decimals, and State Council reports write 1.2万多 routinely (issue 12)
    default_enabled = False
    summary = {"zh": "小数后用“余/多”，或“余”放错位置（1234余万元）",
               "en": "余/多 after a decimal, or 余 put before 万/亿 after a non-round number (1234余万元)"}
    description = {
        "zh": "默认关闭的提示（用 --extend-select LG906 开启）。部分编辑规范认为用小数表述的数据已经精确到小数位，"
              "不再加“余”“多”（12.5万余人写作12.5万人或12万余人）；“N余万”只用于整十、整百（10余万），个位不为零时"
              "“余”放在“万/亿”之后（1234万余元）。GB/T 15835—2011 没有这条规定（4.3 只列举“20余次”“50多人”"
              "等概数写法），国务院政府工作报告也常写“1.2万多”，所以它不是错误，只是供按本单位编辑规范统一写法时参考。",
        "en": "An opt-in note (enable with --extend-select LG906). Some publishers' editorial guides say a decimal is "
              "already precise and takes no 余/多 (12.5万余人 → 12.5万人 or 12万余人), and that \"N余万\" only fits "
              "round tens (10余万; 1234万余元, not 1234余万元). GB/T 15835—2011 has no such provision (4.3 only lists "
              "forms such as 20余次, 50多人) and State Council work reports routinely write 1.2万多, so this is not an "
              "error: it helps a house style that adopts the guide.",
    }
    authority = ("无国家标准依据：GB/T 15835—2011 4.3（概数）列举“20余次”“50多人”等写法，未对小数后的“余/多”"
                 "作规定；本规则出自出版社编辑规范（“用小数表述的数据，不用‘多’字”）与"
                 "“余万元”“万余元”之辨，故默认关闭，仅作提示")
    messages = {
        "default": {"zh": "“{written}”：小数{num}已精确，不宜再加“{word}”",
                    "en": "“{written}”: the decimal {num} is already precise; drop “{word}”"},
        "placement": {"zh": "“{written}”：个位不为零时“余”应放在“{scale}”之后（{suggest}）",
                      "en": "“{written}”: with a non-zero last digit 余 goes after “{scale}” ({suggest})"},
    }
    examples = (
        bad("覆盖12.5万余人。"),
        bad("挽回经济损失1234余万元。"),
        good("覆盖12.5万人，受益10余万人，挽回损失1234万余元。"),
        good("贷款12.5亿余额。", note="余额 (balance) is a word, not 余"),
    )

    def check(self, doc, ctx):
        text = _text(doc)
        for pat in (_DEC_SCALED, _DEC_PLAIN):
            for m in lazyre.finditer(pat, text):
                yield self.finding(doc, m.start(), m.end(), evidence={"number": m.group("num"), "word": m.group("w")},
                                   written=doc.text[m.start():m.end()], num=m.group("num"), word=m.group("w"))
        for m in lazyre.finditer(_YU_BEFORE_SCALE, text):
            if text[m.start() - 1:m.start()] in ("第",):
                continue
            suggest = m.group("num") + m.group("sc") + m.group("w")
            yield self.finding(doc, m.start(), m.end(), "placement",
                               evidence={"number": m.group("num"), "scale": m.group("sc")},
                               written=doc.text[m.start():m.end()], scale=m.group("sc"), suggest=suggest)


class DoubleSign(Rule):
    code = "LG907"
    name = "double-sign"
    category = "number-usage"
    level = "note"
    summary = {"zh": "增减词后又带负号（增长-5%、下降-3%）。",
               "en": "A change word followed by a negative number (增长-5%, 下降-3%)."}
    description = {
        "zh": "“增长-5%”表示下降5%，统计公报和统计表常这样写，不是数值错误，所以只作提示：正文宜写“下降5%”。"
              "“下降-3%”“减少-3%”则是双重否定，读者无法确定作者要说上升还是下降，作为警告报告。"
              "数值之间的增减矛盾（由85件增至72件）由 LG202 核算。",
        "en": "增长-5% means a fall of 5%; statistical communiqués and tables write it so, and no figure is "
              "wrong, so it is a note: prose reads better as 下降5%. 下降-3% or 减少-3% is a double negative that "
              "leaves the reader unsure which way the value moved: a warning. A direction word that contradicts "
              "the values (由85件增至72件) is LG202's.",
    }
    authority = "GB/T 15835—2011《出版物上数字用法》；国家统计局统计公报的“增长-N%”写法"
    messages = {
        "default": {"zh": "方向词“{verb}”后又用负号（{number}）：即{meaning}{value}，正文宜写“{suggest}{value}”",
                    "en": "change word “{verb}” followed by a negative number ({number}), i.e. a {meaning_en} of "
                          "{value}; prose reads better as “{suggest}{value}”"},
        "double-negative": {"zh": "方向词“{verb}”后又用负号（{number}），双重否定，方向不明：若指下降应写“{verb}{value}”，"
                                  "若指上升应写“增长{value}”",
                            "en": "change word “{verb}” followed by a negative number ({number}): a double negative, "
                                  "the direction is unclear; write “{verb}{value}” for a fall or “增长{value}” for a rise"},
    }
    examples = (
        bad("行政复议申请同比增长-5%。"),
        bad("行政复议申请同比下降-5%。"),
        good("行政复议申请同比下降5%。"),
        good("经济增长率为-5%。", note="a rate, not a change word"),
    )

    def check(self, doc, ctx):
        from lintgov.claims.grammar import double_signs    # (the claims grammar: loaded only when a run gets here)
        for s in double_signs(doc):
            down = s.verb[:1] in "下减降回"
            value = _num(s.value) + s.unit
            params = dict(verb=s.verb, number=doc.text[s.sign_start:s.end], value=value)
            evidence = {"verb": s.verb, "value": -s.value, "unit": s.unit}
            if down:
                yield self.finding(doc, s.start, s.end, "double-negative", level="warning", evidence=evidence,
                                   **params)
            else:
                yield self.finding(doc, s.start, s.end, evidence=evidence, meaning="下降", meaning_en="fall",
                                   suggest="下降", **params)


def _num(x: float) -> str:
    """A value as printed, without trailing zeros (5.0 -> 5, 3.20 -> 3.2)."""
    text = f"{x:.4f}".rstrip("0").rstrip(".")
    return text or "0"


@hookimpl
def lintgov_rules():
    return [ContradictoryApproximation, StackedAboutApproximation, ArabicWithChineseUnit, RangeDropsUnit,
            YearRangeMissingDash, ApproximationAfterDecimal, DoubleSign]
