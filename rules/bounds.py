"""Bounds checked in their direction (LG105): 突破4万亿元，达到4.32万亿元 — a figure stated as a
bound (突破, 超过, 逾, 以上 / 不足, 不到) and the exact figure of the same metric beside it."""
from __future__ import annotations

import bisect
import operator
import re
from array import array

from lintgov import hookimpl, lazyre
from lintgov.claims import record
from lintgov.claims.grammar import transitions
from lintgov.claims.horizons import span_bounds
from lintgov.claims.roles import clause_start
from lintgov.claims.indicators import passed_levels, tenth_shares
from lintgov.claims.thresholds import (BOUND_END as _BOUND_END, NEAR_WORDS, NOT_SAME, PASSED_TAIL as _PASSED_TAIL,
                                       PLAN_BEFORE, STEP_NOUN, BOUND_WORDS, UNDER_WORDS, actual_same_verb,
                                       direction as _direction, named_alike, own_clause, restated_subject, same_deed,
                                       side_holds, stated_bounds, step_after)
from lintgov.claims.values import interval_of, measure, value_of
from lintgov.rule import Related, Rule, bad, good
from lintgov.claims.grammar import digits_masked

_START = operator.attrgetter("start")

# (the bound words lintgov trusts to state a direction, the bare magnitudes the extractor leaves unread, the step verbs
# and nouns are one vocabulary, claims.thresholds: 约/左右 are approximations, not bounds; 近 is just under, _NEAR_FLOOR)
_BRACKET_EXACT = lazyre.compile(r"[（(](?:共|计|計|为|為|实际|實際|全年)?")
#: (what may follow a bound that restates the figure before it — …，突破千亿元大关。 — is claims.thresholds.BOUND_END)
#: 近/将近/接近X: just under X, at most a tenth below it
_NEAR_FLOOR = 0.9
#: what may stand between a bound and the exact figure: a comma and a verb of reaching
_LINK = lazyre.compile(r"^[\s，,、]*(?:新的?|一个新的?|一個新的?)?(?:" + STEP_NOUN + r"|规模|規模|总量|總量|总数|總數|总规模|總規模)?(?:已经|已)?[\s，,、]*"
                       # 首次 / 历史性 / 一举 / 再次: how the threshold was passed (…1080亿元，历史性突破千亿大关)
                       # 连续三年: a bound held for years running, the year's level among them (1400亿元，连续三年超千亿元)
                       # (全年实际为19秒: two of them in a row)
                       r"(?:实际|實際|全年|年末|首次|历史性地?|歷史性地?|一举|一舉|再次|连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年){0,2}"
                       r"(?:共计|共計|合计|合計|共|总计|總計)?"
                       # 不足20件，仅为14件 / 只有 / 仅: a restriction before the verb
                       r"(?:仅仅|僅僅|仅|僅|只)?(?:达到|達到|达|達|为|為|实现|實現|超|是|发生|發生|有)?\s*$")
#: the noun of a stock or a total restating the figure before it with a bound (…760件，总量不足800件 / …63.0万户，总数超过60万户)
_TOTAL_NOUN_GAP = lazyre.compile(r"[\s，,]*(?:总量|總量|总数|總數|总规模|總規模|规模|規模)(?:已经|已)?\s*")


#: words of a flow or a part in the clause of the figure before a restating total (全年新增市场主体6.1万户，总数已超过60万户:
#: the stock's total is not the year's addition)
_FLOW_WORDS = lazyre.compile(r"新|净增|淨增|增加|增长|增長|减少|減少|引进|引進|培育|其中|累计|累計|人均|平均|占|佔")


def _alone_in_sentence(doc, qs, j: int, text: str) -> bool:
    """Whether ``qs[j]`` is the only figure of its measure in its sentence up to it (no list of parts a total after it
    would add up)."""
    e = qs[j]
    s = doc.sentence_at(e.start)
    lo = s.start if s is not None else max(0, e.start - 120)
    k = j - 1
    while k >= 0 and qs[k].start >= lo:
        if measure(qs[k]) == measure(e) and qs[k].is_percent == e.is_percent:
            return False
        k -= 1
    return True
#: an average named between a bound and the exact figure (，全年平均为5.2%)
#: (…浓度年均值控制在35微克/立方米以下，全年监测均值为32.4微克/立方米: a measured mean, 监测/实测, 均值)
_AVG_LINK = lazyre.compile(r"(?:监测|監測|实测|實測)?(?:平均|年均|均值)")


#: the level's own growth in the clause after it (，增长27.6% / ，同比增长8.4%): read past, to the bound after it
_OWN_GROWTH = lazyre.compile(r"[，,、]\s*(?:同比|比上年)?(?:增长|增長)\s*")
#: a threshold the level passed, said of the level's own subject in the clause after it: 地区生产总值达到13.57万亿元、
#: 增长4.8%，是全国首个突破13万亿元的省份 / 103件，成为国内首个突破百件的副省级城市 / 2046亿元，成为全省唯一跨越2000亿元
#: 大关的区 / 21.1%，是自2012年分区以来首次突破20%: 是/成为 right after the comma (no other subject: 东莞成为我省第四个
#: 经济总量过万亿元城市 names a city's total), a scope, then 首个/唯一/第N个/首次 right before the bound's verb (a metric
#: named between — 首个人均GDP突破… — is another figure)
_FIRST_SCOPE = (r"(?:全国|全國|全省|全市|全区|全區|国内|國內|我国|我國|我省|我市|全球|世界|中西部|西部|东部|東部|中部|北方|南方|"
                r"同类城市|同類城市|副省级城市|副省級城市)?中?")
_FIRST_ORD = (r"(?:首个|首個|首家|唯一一个|唯一一個|唯一|第[一二三四五六七八九十\d]{1,3}[个個]|"
              r"(?:自(?:19|20)\d\d年[^，,。；;\d]{0,8}?以来|自(?:19|20)\d\d年[^，,。；;\d]{0,8}?以來|有史以来|有史以來|历史上|歷史上)?首次)")
#: (成为全国第三个、北方第一个过10万亿元省份: several scopes and ranks joined by 、; 成为全国首个出口超千亿美元的城市 after
#: 全市外贸出口1015亿美元: a metric word between, read only when the level's own clause holds it — _first_passed)
_FIRST_PASSED = lazyre.compile(
    r"[，,、]\s*(?:是|成为|成為)" + _FIRST_SCOPE + _FIRST_ORD + r"(?:、" + _FIRST_SCOPE + _FIRST_ORD + r")*"
    r"(?P<name>[\u4e00-\u9fff]{2,6}?)?\s*$")
#: (what ends such a bound — the step noun, then (的) the noun of the subject: 的省份 / 的区（县） — is
#: claims.thresholds.PASSED_TAIL)


def _first_passed(text: str, gap: str, e_start: int) -> bool:
    """Whether ``gap`` (between the level, or its growth, and the bound) says the bound of the level's subject:
    :data:`_FIRST_PASSED`, a metric word between the rank and the verb only when the level's clause names it
    (全市外贸出口1015亿美元，成为全国首个出口超千亿美元的城市; never 首个人均GDP突破… after the GDP)."""
    m = _FIRST_PASSED.fullmatch(gap)
    if m is None:
        return False
    if m.group("name"):
        return m.group("name") in own_clause(text, e_start)
    return True


#: a count of years running right before a bound (连续三年 / 连续5年 / 连续9年稳定在): the bound held for years, the year
#: among them
_HELD_SPAN = lazyre.compile(r"连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年(?:稳定|穩定|保持|维持|維持)?在?")
#: a word of a total between a figure and the bound after it: the bound is said of a sum the figure is a part of
_TOTAL_WORD = lazyre.compile(r"合计|合計|共计|共計|总计|總計|合共|总共|總共|一共|共|总数|總數|总量|總量")
_CHANGE_BEFORE = lazyre.compile(r"(?:增|减|減|降|升|多|少|增加|增长|增長|减少|減少|下降|提高|降低)了?\s*$")


#: the ceiling (or floor) a level was held within, right after the level (，控制在…以内 / ，保持在…以上 / ，连续9年稳定在
#: …以上): the bound's words after its figure, a count of years running before the verb (the year among them)
_WITHIN_WORDS = ("以内", "以內", "以下", "以上")
_HELD_WITHIN = lazyre.compile(r"[，,]\s*(?:均|仍|继续|繼續|始终|始終)?(?:连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年)?"
                              r"(?:控制在|保持在|稳定在|穩定在|维持在|維持在)\s*")


class BoundContradiction(Rule):
    code = "LG105"
    name = "bound-contradiction"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "“突破/超过/不足”所述界限与同一指标的确数方向相反",
               "en": "A bound (突破, 超过, 不足) contradicts the exact figure of the same metric"}
    description = {
        "zh": "“突破4万亿元，达到4.32万亿元”“达到20793元，突破2万元”：确数必须在界限所说的一侧（突破、超过、逾、以上、"
              "余、多：不小于界限；不足、不到、以下、以内：不大于界限）。只比较紧挨着的两个数：中间只有逗号、顿号和“达到、为、"
              "实现”等词，单位相同；按确数的印刷精度取区间，区间整个落在另一侧才报告。“近、将近、接近X”指略低于X，"
              "确数低于X的九成也报告；“约、左右”是约数，不作界限检查。"
              "同一指标（名称、计量单位、范围词相同，同为本年的数值）在报告回顾部分的一处以界限给出（逾5.2万人、不足2000件、"
              "1.2万余户），在另一段落给出确数（52,680人）时，也检查确数在界限所说的一侧；同一句中先后（任一顺序）以"
              "同一名称给出确数和界限时同样检查；“实际”加同一名称指同一指标。"
              "政府工作报告五年回顾中对每一年成立的下限（每年城镇新增就业40万人以上、粮食总产量连续9年稳定在1300亿斤以上）"
              "或主要总量跨越的关口（经济总量突破3万亿元、连跨5万亿元、6万亿元两个台阶），对本年同一指标的数值也成立；"
              "其他地区的总量（成渝地区双城经济圈…经济总量）、某一年份或规划中的关口不读。"
              "回顾部分任何一处所说主要指标已突破的关口（GDP突破700亿元、年度固定资产投资突破300亿元），对报告给出的该指标"
              "数值也成立。"
              "“两位数增长”（三位数增长）指增速不低于10%（100%）：紧接在印刷的增速之后（中间只有“连续N个月/年保持、实现”）"
              "时检查该增速；没有印出的增速时，用同句中“由A增长到B”的上年和本年数值重算（跨多年的不读）。“农村居民收入增速快于城镇居民，今年农村居民增长6.8%，城镇居民增长4.6%”：先按名称比较、"
              "后给出两个增速时，按名称取数检查方向（所给增速须是同一指标的）。界限之后“全年实际为、全年平均为”给出的数值"
              "（平均数只在百分比或界限本身是平均数时）也须在界限一侧。",
        "en": "突破4万亿元，达到4.32万亿元: the exact figure must lie on the side the bound word states (突破, 超过, 逾, "
              "以上, 余, 多: at least the bound; 不足, 不到, 以下, 以内: at most). Only two adjacent figures of the same "
              "unit are compared (nothing between them but a comma and a verb such as 达到/为/实现); the exact figure "
              "is taken as its rounding interval. 近/将近/接近 X is just under X: an exact figure below 0.9·X is reported "
              "too; 约, 左右 are approximations, not bounds. "
              "One metric (same name, unit and scope words, both the year's plain figure) stated with a bound in one "
              "paragraph of a report's review part (逾5.2万人, 不足2000件, 1.2万余户) and exactly in another (52,680人) "
              "is checked the same way, and so are the two in one sentence, in either order, under one name (实际 before "
              "the name names the same metric). A lower bound a work report's five-year review states for every year (每年城镇新增"
              "就业40万人以上, 粮食总产量连续9年稳定在1300亿斤以上) or a threshold a main total passed (经济总量突破3万亿元, "
              "连跨5万亿元、6万亿元两个台阶) holds for the year's level of the same metric too; another area's total, a "
              "threshold of a named year or of a plan are not read. A threshold a main indicator passed, said anywhere in the "
              "review (GDP突破700亿元, 年度固定资产投资突破300亿元), holds for the value the review gives that indicator. "
              "两位数增长 (三位数增长) means a growth of at least 10% (100%): checked against the printed growth right "
              "before it (nothing between but 连续N个月/年保持, 实现), or, with no printed growth, against the growth of the "
              "sentence's two levels (由A增长到B, last year's and the year's; a span of years is not read). Two growths compared by their names first and "
              "stated after (农村居民收入增速快于城镇居民，今年农村居民增长6.8%，城镇居民增长4.6%) are checked in the "
              "comparison's direction (the growths stated must be of the metric compared). A figure after a bound given "
              "as 全年实际为 / 全年平均为 (an average only for a percentage or a bound that is itself an average) must lie "
              "on the bound's side.",
    }
    authority = "逻辑一致；《党政机关公文处理工作条例》数字准确的要求"
    messages = {"default": {
        "zh": "界限“{bound}”与确数{exact}方向相反：{formula}",
        "en": "the bound “{bound}” contradicts the exact figure {exact}: {formula}"},
        "compared": {
        "zh": "“{word}”与所列数字方向相反：{formula}",
        "en": "“{word}” contradicts the figures printed: {formula}"},
        "span": {
        "zh": "五年回顾所述界限“{bound}”（每年、连续多年或已跨越的关口）对本年也成立，而本年同一指标为{exact}：{formula}",
        "en": "the five-year review's bound “{bound}” (every year, N years running, or a threshold passed) holds for the "
              "year too, but the year's level of the same metric is {exact}: {formula}"},
        "passed": {
        "zh": "报告称{name}已突破（跨越）“{bound}”，而报告给出的{name}为{exact}：{formula}",
        "en": "the report says {name} passed “{bound}”, but the level it gives {name} is {exact}: {formula}"},
        "tenths": {
        "zh": "“{stated}”与所给数字不符：{formula}（{name}取报告给出的数值）",
        "en": "“{stated}” does not match the figures given: {formula} ({name} as the report gives it)"},
        "held": {
        "zh": "界限“{bound}”连续多年成立，本年也在其中，而本年同一指标为{exact}：{formula}",
        "en": "the bound “{bound}” held for years running includes the year, but the year's level of the same metric is "
              "{exact}: {formula}"}}
    examples = (
        bad("地区生产总值突破5万亿元，达到4.32万亿元。"),
        bad("全年办结案件不足300件，达到320件。"),
        bad("全年受理案件不足百件（112件）。"),
        good("地区生产总值突破4万亿元，达到4.32万亿元。"),
        good("居民人均可支配收入达到20793元，突破2万元。"),
        good("规模以上工业企业突破1000家，同比增长12%。", note="no exact figure beside the bound"),
        good("全年受理行政复议案件120件、行政诉讼案件80件，合计超过150件。",
             note="a bound of the list's total, not of its last figure (LG103 checks the sum)"),
        bad("社会消费品零售总额超“千亿元”（986.5亿元）。", note="a quoted bound, its unit inside the quotes"),
        bad("地区生产总值突破2000亿大关，达到1950亿元。", note="no unit before 大关: the exact figure's"),
        good("地区生产总值达到2150亿元，突破2000亿大关。"),
        good("社会消费品零售总额超“千亿元”（1086.5亿元）。"),
        bad("社会消费品零售总额达1,913亿元，跨越2,000亿元台阶。"),
        good("社会消费品零售总额达2,013亿元，跨越2,000亿元台阶。"),
        bad("全年投入资金近5亿元，实际投入5.36亿元。"),
        bad("全县农村公路总里程近3000公里，达到2140公里。", note="近X: at most a tenth below X"),
        good("全县农村公路总里程近3000公里，达到2968公里。"),
        bad("全区规模以上工业企业突破1500家，规模以上工业企业达到1304家。", note="the subject named again"),
        bad("地区生产总值达到8.62万亿元、增长5.1%，是全国首个突破9万亿元的省份。",
            note="a threshold the level passed, said of its subject in the clause after it"),
        good("地区生产总值达到9.62万亿元、增长5.1%，是全国首个突破9万亿元的省份。"),
        bad("城镇登记失业率3.2%，控制在3%以内。", note="a level, then the ceiling it was held within"),
        good("城镇登记失业率2.6%，控制在3%以内。"),
        bad("粮食产量12908亿斤，连续9年稳定在1.3万亿斤以上。", note="a level, then the floor held for years, the year among them"),
        good("粮食产量13908亿斤，连续9年稳定在1.3万亿斤以上。"),
        good("粮食播种面积1.78亿亩，粮食产量稳定在1.3万亿斤以上。", note="the bound's clause names its own subject"),
        bad("全年新增城镇就业超过8万人，实际新增城镇就业7.6万人。", note="实际 and the bound's verb with its object"),
        good("合同利用外资超过50亿美元，实际利用外资48亿美元。", note="实际 names another figure than the agreed one"),
        bad("全社会固定资产投资近800亿元，全年完成全社会固定资产投资812亿元。", note="全年完成 and the subject named again"),
        bad("一、2023年工作回顾\n全年新增城镇就业逾5.2万人。\n（一）稳就业\n全年新增城镇就业51,680人。",
            note="one metric, a bound in one section and the exact figure in another"),
        good("一、2023年工作回顾\n全年新增城镇就业逾5.2万人。\n（一）稳就业\n全年新增城镇就业52,680人。"),
        bad("一、2023年工作回顾\n粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n全年粮食产量1250.5亿斤。",
            note="a bound held for years running includes the year's level"),
        good("一、2023年工作回顾\n粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n全年粮食产量1350.5亿斤。"),
        bad("全年审结行政复议案件超过500件。全年共审结行政复议案件486件。",
            note="one metric of the year, a bound and the exact figure in the next sentence"),
        good("全年审结行政复议案件超过500件。全年共审结行政复议案件526件。"),
        bad("全年新增城镇就业超过8万人。全年实际新增城镇就业7.6万人。", note="实际 names the metric the bound was of"),
        bad("全年审结行政复议案件超过500件。共审结行政复议案件486件。", note="the next sentence of the paragraph, one names the year"),
        good("全年新增城镇就业超过8万人。全年实际新增城镇就业8.6万人。"),
        bad("全市城镇新增就业12.6万人，全年城镇新增就业超过13万人。",
            note="one sentence, the exact figure first, the metric named again with the bound"),
        good("全市城镇新增就业13.6万人，全年城镇新增就业超过13万人。"),
        good("全年合同利用外资超过50亿美元，实际利用外资48亿美元。", note="an agreed amount and the amount used"),
        bad("全年财政教育支出不低于60亿元，实际支出58.4亿元。", note="不低于: at least the bound"),
        good("全年财政教育支出不低于60亿元，实际支出68.4亿元。"),
        bad("城镇和农村居民人均可支配收入分别增长8.6%和7.9%，农村居民收入增速快于城镇居民。",
            note="a comparison of two growths listed with 分别"),
        good("城镇和农村居民人均可支配收入分别增长7.9%和8.6%，农村居民收入增速快于城镇居民。"),
        bad("全区规上工业增加值增长6.1%，高于全市的7.4%。", note="a comparison with the other figure printed after it"),
        good("全区规上工业增加值增长8.1%，高于全市的7.4%。"),
        bad("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。全省地区生产总值48765亿元。\n"
            "过去五年，我们推动高质量发展，经济总量连续迈上4万亿元、5万亿元两个台阶。",
            note="a threshold the GDP passed in the five years holds for the year's GDP"),
        good("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。全省地区生产总值51765亿元。\n"
             "过去五年，我们推动高质量发展，经济总量连续迈上4万亿元、5万亿元两个台阶。"),
        bad("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。粮食产量1250.6亿斤。\n"
            "过去五年，粮食产量连续5年稳定在1300亿斤以上。", note="a bound said of every year of the span"),
        bad("一、2023年工作回顾\n全年实现地区生产总值812亿元，增长6.2%；固定资产投资356亿元。\n经济规模再上台阶。GDP突破900亿元。",
            note="a threshold a main indicator passed, against the level the review gives it elsewhere"),
        good("一、2023年工作回顾\n全年实现地区生产总值812亿元，增长6.2%；固定资产投资356亿元。\n经济规模再上台阶。GDP突破800亿元。"),
        bad("热线平均接通时长不超过15秒，全年实际为19秒。", note="the bound, then the year's actual figure"),
        good("热线平均接通时长不超过15秒，全年实际为11秒。"),
        bad("城镇调查失业率控制在5.5%以内，全年平均为6.2%。", note="the year's average of a rate the bound holds"),
        good("城镇调查失业率控制在5.5%以内，全年平均为5.2%。"),
        good("全年投资超过100亿元，平均为3亿元。", note="an average of other things than the total the bound is of"),
        bad("工业投资增长8.3%、连续21个月保持两位数增长。", note="两位数增长 is 10% or more"),
        good("工业投资增长11.3%、连续21个月保持两位数增长。"),
        bad("进出口总额连续三年保持两位数增长，今年由612.4亿元增长到663.2亿元。",
            note="the growth of the two levels (8.3%) is not of two digits"),
        good("进出口总额连续三年保持两位数增长，今年由612.4亿元增长到683.2亿元。"),
        good("五年来进出口总额由212.4亿元增长到663.2亿元，保持两位数增长。", note="a transition over five years"),
        good("规模以上工业增加值增长4.4%，工业投资连续36个月保持两位数增长。", note="another subject's two-digit growth"),
        bad("农村居民收入增速快于城镇居民，今年农村居民增长3.8%，城镇居民增长4.6%。",
            note="two growths compared by their names, then stated"),
        good("农村居民收入增速快于城镇居民，今年农村居民增长6.8%，城镇居民增长4.6%。"),
        good("农村居民收入增速快于城镇居民，农村居民人均消费支出增长3.8%，城镇居民增长4.6%。",
             note="the growths stated are of another metric"),
    )

    def _exact_finding(self, doc, bs, be, bns, e, d, bv, elo, ehi, word, near=False):
        """The finding of a bound (``bs``–``be``, its number from ``bns``; value ``bv``, direction ``d``) that the
        exact figure ``e`` (interval ``elo``–``ehi``) does not meet; ``near``: a 近 bound the figure is too far
        under."""
        formula = f"{doc.text[e.start:e.end]} {'<' if d == '>' else '>'} {doc.text[bns:be]}"
        if near:
            formula = f"{doc.text[e.start:e.end]} < {_NEAR_FLOOR:g} × {doc.text[bns:be]}"
        return self.finding(doc, bs, be,
                            related=[Related(e.start, e.end, {"zh": "确数", "en": "exact figure"})],
                            evidence={"bound": bv, "direction": d, "exact_interval": [elo, ehi],
                                      "formula": formula, "tolerance": (ehi - elo) / 2, "word": word},
                            bound=doc.text[bs:be], exact=doc.text[e.start:e.end], formula=formula)

    def check(self, doc, ctx):
        qs = doc.quantities
        text = digits_masked(doc)
        # machine integers (8 bytes each, not an int object and a list slot: ~36 bytes a quantity, 34 MiB
        # held at once on a 50 MB report, its peak memory); bisect reads them alike
        starts = array("q", map(_START, qs))
        # every figure the text states as a bound, wherever its word stands (claims.thresholds.stated_bounds)
        items = stated_bounds(doc, text, starts)
        paired = set()    # the bounds the neighbours check compared with an exact figure (read there only)
        for bs, be, bns, bv, d, word, before, is_pct, meas, i in items:
            each = _each_listed(doc, qs, starts, text, bs, be, is_pct, meas) if before and word not in NEAR_WORDS else None
            if each is not None:
                # 规上工业总产值、营业收入双双突破千亿元，分别达到1080亿元、980亿元: the bound said of each value listed
                for e in each:
                    elo, ehi = interval_of(e)
                    ok = side_holds(d, (elo, ehi), (bv, bv))
                    stated = qs[i] if i is not None else e
                    record(doc, self.code, "bound", stated, ok, f"each listed {'>=' if d == '>' else '<='} bound", [e])
                    if ok:
                        continue
                    yield self._exact_finding(doc, bs, be, bns, e, d, bv, elo, ehi, word)
                    break
                continue
            if i is None:
                k = bisect.bisect_left(starts, bs)
                neighbours = [(k, True), (k - 1, False)]
            else:
                neighbours = [(i + 1, True), (i - 1, False)]
            for j, after in neighbours:
                if not after and 0 < j < len(qs) and _HELD_SPAN.fullmatch(text, qs[j].start - 2, bs):
                    j -= 1        # 1400亿元，连续三年超千亿元: the count of years is no figure of the metric
                if not 0 <= j < len(qs):
                    continue
                e = qs[j]
                growth = None
                if not after and not is_pct and e.is_percent and j > 0 and _OWN_GROWTH.fullmatch(text, qs[j - 1].end, e.start):
                    # 全口径税收收入106.3亿元，增长27.6%，首次突破百亿大关: the level's own growth between it and the bound
                    growth, e = e, qs[j - 1]
                if e.approx not in (None, "≈") or e.is_percent != is_pct or (meas is not None and measure(e) != meas) \
                        or (meas is None and (e.is_percent or not measure(e)
                                              or (not after and not step_after(text, be)))):
                    continue
                lo, hi = (be, e.start) if after else ((growth or e).end, bs)
                gap = text[lo:hi]
                # 13.57万亿元、增长4.8%，是全国首个突破13万亿元的省份: the threshold the level passed, said of its subject
                first = not after and d == ">" and before and _first_passed(text, gap, e.start) \
                    and bool(_PASSED_TAIL.match(text, be))
                if (_CHANGE_BEFORE.search(text, max(0, e.start - 4), e.start) or
                        _CHANGE_BEFORE.search(text, max(0, bs - 4), bs)) and not (after and actual_same_verb(text, gap, bs)):
                    continue      # 净增98万户、突破1900万户: an increment beside a total (not 新增近X，实际新增Y)
                restated_total = not after and bool(_TOTAL_NOUN_GAP.fullmatch(gap)) \
                    and _alone_in_sentence(doc, qs, j, text) and bool(_BOUND_END.match(text, be)) \
                    and not _FLOW_WORDS.search(text, clause_start(doc, text, e.start, 0), e.start)
                if not after and _TOTAL_WORD.search(gap) and not restated_total:
                    continue      # 复议120件、诉讼80件，合计超过150件: the bound is the total of the figures before (LG103)
                    # (办理法律援助案件760件，总量不足800件: the one figure before it, its total restated with the bound)
                # 不足百件（86件）: the exact figure in a bracket right after the bound
                bracketed = after and (bool(_BRACKET_EXACT.fullmatch(gap)) or (
                    # 超过50亿元（实际融资52.6亿元）: 实际/全年 and the bound's own deed
                    gap[:1] in ("（", "(") and re.match(r"(?:实际|實際|全年)", gap[1:]) and same_deed(text, gap[1:], bs))) \
                    and text[e.end:e.end + 1] in ("）", ")")
                # 城镇登记失业率2.6%，控制在3%以内 / 粮食产量13908亿斤，连续9年稳定在1.3万亿斤以上: the level, then the
                # ceiling or floor it was held within (the same subject)
                held = not after and not bracketed and word in _WITHIN_WORDS and bool(_HELD_WITHIN.fullmatch(gap)) \
                    and not PLAN_BEFORE.search(text, max(0, e.start - 30), e.start)
                if not bracketed and not held and not first:
                    # 将近1.5万人，实际新增14,620人: 实际 and the bound's own verb (新增 too, when the bound's clause has it)
                    actual = actual_same_verb(text, gap, bs) or (after and same_deed(text, gap, bs))
                    alike = after and not actual and named_alike(text, gap, bs, e.end)
                    # 失业率控制在5.5%以内，全年平均为5.2% / 平均接通时长不超过15秒，全年平均为11秒: the year's average of a
                    # rate, or of a measure the bound's clause names as an average, is the figure the bound holds
                    # (an average of other things — 投资超过100亿元，平均为3亿元 — is not: a total's bound)
                    if after and not actual and _AVG_LINK.search(gap) and (is_pct or _AVG_LINK.search(
                            text, clause_start(doc, text, bs, 0), bs)):
                        gap = _AVG_LINK.sub("", gap, count=1)
                    if hi - lo > 16 or not (_LINK.match(gap) or actual or alike or (after and restated_subject(text, gap, bs))) \
                            or (NOT_SAME.search(gap) and not actual and not alike) or re.search(r"[。；;！？\n]", gap):
                        continue
                    if not re.search(r"[，,、]", gap):
                        continue  # 突破1000亿元的4211亿元…, 由6.5亿千瓦增至12亿千瓦以上: not a restatement
                if after and not bracketed:   # 突破X，达到Y / 突破X、达到Y: a verb of reaching before the exact figure
                    if not re.search(r"达到|達到|达|達|为|為|实现|實現|是|共|合计|合計|总计|總計|发生|發生|(?:仅|僅|只)有", gap + e.before_word) \
                            and not actual_same_verb(text, gap, bs) and not same_deed(text, gap, bs) \
                            and not restated_subject(text, gap, bs) and not named_alike(text, gap, bs, e.end):
                        continue  # 分别超过8万元、4.5万元: parallel figures
                elif held or first or restated_total:
                    pass
                elif not after and (not (before and re.search(r"[，,]", gap)) or word in UNDER_WORDS \
                        or not _BOUND_END.match(text, be)):
                    continue      # 达75%、95%以上; 比例达到30%，80%以上农村生活垃圾…: parallel figures;
                    # 民生支出288亿元，近40亿元专项债…: the bound opens another subject
                if re.search(r"分别|分別", text[max(0, min(bs, e.start) - 20):min(bs, e.start)]):
                    continue
                elo, ehi = interval_of(e)
                ok = side_holds(d, (elo, ehi), (bv, bv))
                # 近3000公里 is just under 3000: at most a tenth below (as a 近 growth, LG201)
                near = word in NEAR_WORDS and ok and ehi < _NEAR_FLOOR * bv
                ok = ok and not near
                stated = qs[i] if i is not None else None
                if stated is not None:
                    paired.add(stated.start)
                    record(doc, self.code, "bound", stated, ok, f"exact {'>=' if d == '>' else '<='} bound", [e])
                else:
                    record(doc, self.code, "bound", e, ok, f"exact {'>=' if d == '>' else '<='} bound")
                if ok:
                    break
                yield self._exact_finding(doc, bs, be, bns, e, d, bv, elo, ehi, word, near)
                break
        # 每年城镇新增就业40万人以上 / 经济总量连跨5万亿元、6万亿元两个台阶 (the five-year review) … 城镇新增就业44.1万人 /
        # 全省地区生产总值60199.45亿元 (the year's paragraphs): a bound of every year of the span, or a threshold the level
        # passed, holds for the year's level
        # 粮食总产量连续9年稳定在1300亿斤以上 … (another paragraph) 全年粮食产量1250.5亿斤: a bound held for years running,
        # the year among them (claims.horizons reads both; a bound the same-metric reading below pairs is read there only)
        restated = [(b.start, b.end) for b, _ in _restated_with_bound(doc)]
        read = list(restated)
        for sb in span_bounds(doc):
            read.append((sb.start, sb.end))
            if any(s < sb.end and sb.start < e for s, e in restated):
                continue
            elo, ehi = interval_of(sb.level)
            ok = side_holds(sb.direction, (elo, ehi), (sb.value, sb.value))
            record(doc, self.code, "bound", sb.level, ok,
                   f"year's level {'>=' if sb.direction == '>' else '<='} the bound held for years running"
                   if sb.why == "held" else "year's level >= the five-year review's bound")
            if ok:
                continue
            bound = doc.text[sb.start:sb.end]
            exact = doc.text[sb.level.start:sb.level.end]
            formula = f"{exact} {'<' if sb.direction == '>' else '>'} {bound}"
            yield self.finding(doc, sb.start, sb.end, "held" if sb.why == "held" else "span",
                               related=[Related(sb.level.start, sb.level.end,
                                                {"zh": "本年同一指标的数值", "en": "the year's level of the same metric"})],
                               evidence={"bound": sb.value, "direction": sb.direction, "exact_interval": [elo, ehi],
                                         "formula": formula, "tolerance": (ehi - elo) / 2, "name": sb.name,
                                         "reading": sb.why},
                               bound=bound, exact=exact, formula=formula)
        # GDP突破700亿元 / 年度固定资产投资突破300亿元 … (another sentence or paragraph of the review) 地区生产总值725亿元 /
        # 固定资产投资302亿元: a threshold a main indicator passed, against the one value the review gives it
        # (claims.indicators.passed_levels; a bound the readings above hold is read there only)
        for pl in passed_levels(doc):
            if any(s < pl.end and pl.start < e for s, e in read):
                continue
            elo, ehi = interval_of(pl.level)
            ok = side_holds(">", (elo, ehi), (pl.value, pl.value))
            record(doc, self.code, "bound", pl.level, ok, "the indicator's level >= the threshold it passed")
            if ok:
                continue
            bound = doc.text[pl.start:pl.end]
            exact = doc.text[pl.level.start:pl.level.end]
            formula = f"{exact} < {bound}"
            yield self.finding(doc, pl.start, pl.end, "passed",
                               related=[Related(pl.level.start, pl.level.end,
                                                {"zh": "同一指标的数值", "en": "the level of the same indicator"})],
                               evidence={"bound": pl.value, "direction": ">", "exact_interval": [elo, ehi],
                                         "formula": formula, "tolerance": (ehi - elo) / 2, "name": pl.name,
                                         "reading": "threshold passed"},
                               bound=bound, name=pl.name, exact=exact, formula=formula)
        # 更新项目完成投资37.8亿元，超过全区固定资产投资总额的四成 (the investment printed elsewhere): a share in tenths of a
        # main indicator, the part over the index's one value (claims.indicators.tenth_shares)
        for ts in tenth_shares(doc):
            plo, phi = interval_of(ts.part)
            wlo, whi = interval_of(ts.whole)
            if wlo <= 0:
                continue
            slo, shi = plo / whi, phi / wlo
            ok = shi >= ts.lo - 1e-9 and slo <= ts.hi + 1e-9
            record(doc, self.code, "bound", ts.part, ok, "part / whole within the tenths stated", [ts.whole])
            if ok:
                continue
            stated = doc.text[ts.start:ts.end]
            formula = f"{doc.text[ts.part.start:ts.part.end]} ÷ {doc.text[ts.whole.start:ts.whole.end]} = " \
                      f"{100 * slo:.1f}%–{100 * shi:.1f}%"
            yield self.finding(doc, ts.start, ts.end, "tenths",
                               related=[Related(ts.part.start, ts.part.end, {"zh": "部分", "en": "part"}),
                                        Related(ts.whole.start, ts.whole.end, {"zh": "整体（报告给出的该指标）",
                                                                               "en": "whole (the indicator's value)"})],
                               evidence={"share": [slo, shi], "stated": [ts.lo, ts.hi], "formula": formula,
                                         "tolerance": "printed rounding of both; N成 as its tenths"},
                               stated=stated, name=ts.name, formula=formula)
        yield from self._compared(doc, qs, starts, text)
        yield from self._digit_growth(doc, qs, starts, text)
        # 全年新增城镇就业逾5.2万人 … (another section) 全年新增城镇就业51,680人: one metric, a bound and an exact figure
        for b, e in _restated_with_bound(doc):
            if b.start in paired:
                continue
            blo, bhi = b.interval()
            f_ = value_of(b) / b.value if b.value else 1.0
            blo, bhi = blo * f_, bhi * f_
            # the bound is exact at its value (逾5.2万人 is more than 52,000); 余/多 keep their upper end
            if _direction(b) == ">":
                blo = value_of(b)
            else:
                blo, bhi = 0.0, value_of(b)
            elo, ehi = interval_of(e)
            ok = elo <= bhi + 1e-9 and blo <= ehi + 1e-9
            record(doc, self.code, "bound", b, ok, "exact within bound (same metric elsewhere)", [e])
            if ok:
                continue
            d = _direction(b)
            formula = f"{doc.text[e.start:e.end]} {'<' if d == '>' else '>'} {doc.text[b.num_start:b.end]}"
            yield self.finding(doc, b.start, b.end,
                               related=[Related(e.start, e.end, {"zh": "同一指标的确数", "en": "exact figure of the same metric"})],
                               evidence={"bound": value_of(b), "bound_interval": [blo, bhi], "direction": d,
                                         "exact_interval": [elo, ehi], "formula": formula,
                                         "tolerance": (ehi - elo) / 2, "word": b.before_word or b.after_word},
                               bound=doc.text[b.start:b.end], exact=doc.text[e.start:e.end], formula=formula)


    def _digit_growth(self, doc, qs, starts, text):
        """增长11.3%、连续21个月保持两位数增长: a growth said to be of two digits (10% or more, under 100%; 三位数: 100% or
        more) in the clause right after the printed growth, nothing but 连续N个月/年 and 保持/实现 between (a clause naming
        its own subject — 工业投资连续36个月保持两位数增长 after another metric's growth — is not read)."""
        if "位数" not in text:
            return
        for m in lazyre.finditer(_DIGITS_GROWTH, text):
            k = bisect.bisect_left(starts, m.start()) - 1
            if k >= 0 and not qs[k].is_percent and _DIGITS_GAP.fullmatch(text, qs[k - 1].end if k else 0, m.start()):
                k -= 1        # 增长11.3%、连续21个月保持…: the span's count is no growth
            lo_b, hi_b = (10.0, 100.0) if m.group("n") in ("两", "兩", "二") else (100.0, 1000.0)
            q = qs[k] if k >= 0 else None
            if q is None or not q.is_percent or q.unit not in ("%", "％") or q.approx is not None or q.end > m.start() \
                    or not _DIGITS_GAP.fullmatch(text, q.end, m.start()) \
                    or not _GROWTH_VERB.search(text, max(0, q.start - 4), q.start):
                # no printed growth: the growth two levels of the sentence derive (由612.4亿元增长到683.2亿元)
                yield from self._digits_levels(doc, text, m, lo_b, hi_b)
                continue
            qlo, qhi = interval_of(q)
            ok = qhi >= lo_b and qlo < hi_b
            record(doc, self.code, "bound", q, ok, f"{lo_b:g}% <= growth < {hi_b:g}% ({m.group()})")
            if ok:
                continue
            formula = f"{doc.text[q.start:q.end]} {'<' if qhi < lo_b else '≥'} {lo_b if qhi < lo_b else hi_b:g}%"
            yield self.finding(doc, m.start(), m.end(), "compared",
                               related=[Related(q.start, q.end, {"zh": "增速", "en": "growth"})],
                               evidence={"growth": [qlo, qhi], "bound": [lo_b, hi_b], "formula": formula,
                                         "tolerance": "printed rounding of the growth"},
                               word=m.group(), formula=formula)

    def _digits_levels(self, doc, text, m, lo_b, hi_b):
        """进出口总额连续三年保持两位数增长，今年由612.4亿元增长到683.2亿元 / 由612.4亿元增长到683.2亿元，实现两位数
        增长: a growth of two digits said of the metric whose year's levels the sentence gives as a transition
        (claims.grammar.transitions: the one of the sentence, of one measure, from last year — no 年均/累计/以来/五年 in its
        clause, no year or other base named but 上年/去年); the transition's clause names no other subject than the
        bound's (nothing but 今年/全年/当年 before 由/从 when the bound opens the sentence; the bound's clause opens with
        连续…/保持/实现 when it follows)."""
        s = doc.sentence_at(m.start())
        if s is None:
            return
        trs = [t for t in transitions(doc) if s.start <= t.start and t.end <= s.end]
        if len(trs) != 1:
            return
        t = trs[0]
        a, b = t.base, t.current
        if a.is_percent or b.is_percent or measure(a) != measure(b) or a.approx is not None or b.approx is not None \
                or t.base_label not in ("", "上年", "去年") or t.direction < 0:
            return
        c0 = clause_start(doc, text, t.start, s.start)
        if _SPAN_WORDS.search(text, c0, t.end):
            return            # 五年来由…增长到… / 年均: the transition spans years, not the year's growth
        if t.end <= m.start():
            # 由A增长到B，实现两位数增长: the bound's clause opens with the bound (no subject of its own)
            if not _DIGITS_GAP.fullmatch(text, t.end, m.start()):
                return
        elif t.start >= m.end():
            # …保持两位数增长，今年由A增长到B: nothing but time words before 由/从 in the transition's clause
            gap = text[m.end():t.start]
            if not re.fullmatch(r"\s*[，,]\s*(?:今年|全年|当年|當年|本年|(?:19|20)\d\d年)?(?:全年)?", gap):
                return
        else:
            return
        alo, ahi = interval_of(a)
        blo, bhi = interval_of(b)
        if alo <= 0:
            return
        glo, ghi = 100.0 * (blo / ahi - 1), 100.0 * (bhi / alo - 1)
        ok = ghi >= lo_b and glo < hi_b
        record(doc, self.code, "bound", b, ok, f"{lo_b:g}% <= growth of the levels < {hi_b:g}% ({m.group()})", [a])
        if ok:
            return
        formula = f"{doc.text[b.start:b.end]} ÷ {doc.text[a.start:a.end]} − 1 = {glo:.2f}%–{ghi:.2f}%, " \
                  f"{'<' if ghi < lo_b else '≥'} {lo_b if ghi < lo_b else hi_b:g}%"
        yield self.finding(doc, m.start(), m.end(), "compared",
                           related=[Related(a.start, a.end, {"zh": "上年水平", "en": "last year's level"}),
                                    Related(b.start, b.end, {"zh": "本年水平", "en": "the year's level"})],
                           evidence={"growth": [glo, ghi], "bound": [lo_b, hi_b], "formula": formula,
                                     "tolerance": "printed rounding of both levels"},
                           word=m.group(), formula=formula)

    def _compared(self, doc, qs, starts, text):
        """快于/高于/慢于/低于 between two printed percentages, checked in its direction: the other figure printed right
        after the comparison and named its own (增长6.1%，高于全市的7.4% / 高于全市（7.4%） / 快于城镇居民7.4%的增速: 的 or a
        bracket makes 7.4% the other's level, never a gap written with %), or two growths listed with 分别 and compared
        by their names in the next clause (城镇和农村居民人均可支配收入分别增长8.2%和9.3%，农村居民收入增速快于城镇居民:
        each name holds one item's own words, 城镇 / 农村).  Falls (下降2%) are read as negative; the printed rounding
        of both is allowed."""
        if not any(w in text for w in ("快于", "高于", "慢于", "低于")):
            return
        for m in lazyre.finditer(_CMP_WORD, text):
            got = _compared_pair(doc, qs, starts, text, m)
            if got is None:
                continue
            x, y, sx, sy = got
            up = m.group() in ("快于", "高于")
            xlo, xhi = interval_of(x)
            ylo, yhi = interval_of(y)
            if sx < 0:
                xlo, xhi = -xhi, -xlo
            if sy < 0:
                ylo, yhi = -yhi, -ylo
            ok = xhi > ylo if up else xlo < yhi
            record(doc, self.code, "bound", x, ok, f"x {'>' if up else '<'} y ({m.group()})", [y])
            if ok:
                continue
            fx = ("-" if sx < 0 else "") + doc.text[x.start:x.end]
            fy = ("-" if sy < 0 else "") + doc.text[y.start:y.end]
            formula = f"{fx} {'≤' if up else '≥'} {fy}"
            yield self.finding(doc, m.start(), m.end(), "compared",
                               related=[Related(x.start, x.end, {"zh": "比较的一方", "en": "compared figure"}),
                                        Related(y.start, y.end, {"zh": "比较的另一方", "en": "figure compared with"})],
                               evidence={"x": [xlo, xhi], "y": [ylo, yhi], "direction": ">" if up else "<",
                                         "formula": formula, "tolerance": "printed rounding of both"},
                               word=m.group(), formula=formula)


_CMP_WORD = lazyre.compile(r"快于|高于|慢于|低于")
#: 两位数增长 / 两位数以上的增长 / 三位数增长: a growth of that many digits
_DIGITS_GROWTH = lazyre.compile(r"(?P<n>[两兩二三])位数(?:以上)?(?:的)?(?:增长|增長)")
#: what may stand between a printed growth and such a bound: 、连续21个月保持 / ，连续9年保持 / ，实现
_DIGITS_GAP = lazyre.compile(r"[、，,]\s*(?:已|并|且|均)?(?:连续[^，,。；;、]{1,8}?(?:年|个月|個月|季度))?(?:保持|实现|實現|继续保持|繼續保持)?了?")
#: words of a transition's clause that make it span years (五年来由…增长到…, 年均, 累计, 以来, 十三五)
_SPAN_WORDS = lazyre.compile(r"年均|累计|累計|以来|以來|[两二三四五六七八九十]年|[2-9]年|十[一二三四五]五|期间|期間")
#: the verb of a growth right before its figure (增长11.3% / 同比增长 / 增幅为)
_GROWTH_VERB = lazyre.compile(r"(?:增长|增長|增幅|增速)(?:为|為|达|達|达到|達到)?\s*$")
#: 均 of each item of a list (分别增长…，均高于…), never 人均
_EACH = lazyre.compile(r"(?<![人户年平日月])均(?![衡值价])")
#: what may stand between the first figure and the comparison (，增速连续8年快于 / ，继续高于 / ，增幅高于)
_CMP_BEFORE = lazyre.compile(r"[，,]\s*(?:[\u4e00-\u9fff]{0,12}?(?:增速|增幅|增长速度|的增长))?(?:连续[^，,。；;]{1,6}?年|继续|持续|仍然|仍)?"
                             r"(?:远|大大|明显|显著)?$")
#: the other figure right after the comparison, named its own: 的7.4% / （7.4%） / 7.4%的增速
_CMP_AFTER = lazyre.compile(r"(?P<yn>[\u4e00-\u9fff]{1,16}?)(?:(?P<de>的|同期的|平均)|(?P<br>[（(]))?\s*$")
_FALL = lazyre.compile(r"(?:下降|减少|回落|降低|负增长)\s*$")
_RISE = lazyre.compile(r"(?:增长|增速|增幅|上涨|提高|上升|增加|率)[^，,。；;]{0,6}?$")
#: a 分别 list of two growths (城镇和农村居民人均可支配收入分别增长8.2%和9.3%)
_LISTED = lazyre.compile(r"(?P<head>[\u4e00-\u9fff、]{2,30}?)分别(?P<verb>增长|提高|上涨|上升|下降)(?P<a>[0-9.]+[%％])(?:和|、|与)(?P<b>[0-9.]+[%％])$")
#: the names compared after such a list: the rest of the clause (农村居民收入增速连续8年快于城镇居民)
_CMP_NAMES = lazyre.compile(r"[，,]\s*(?P<xn>[\u4e00-\u9fff]{2,16}?)(?:的)?(?:收入)?(?:增速|增幅|增长)?(?:连续[^，,。；;]{1,6}?年|继续|持续)?$")


#: the names compared when the comparison opens its sentence (农村居民人均可支配收入增速连续5年快于)
_CMP_OPENS = lazyre.compile(r"(?:^|(?<=[。；;！？!?\n]))\s*(?P<xn>[\u4e00-\u9fff]{2,16}?)(?:人均可支配)?(?:的)?(?:收入)?"
                            r"(?:增速|增幅|增长)(?:连续[^，,。；;]{1,6}?年|继续|持续)?$")


def _sign(text, q):
    return -1 if _FALL.search(text, max(0, q.start - 6), q.start) else 1


def _compared_pair(doc, qs, starts, text, m):
    """(x, y, sign of x, sign of y) of a comparison at ``m``, or None (see BoundContradiction._compared)."""
    k = bisect.bisect_left(starts, m.start())
    # the figure before: the last percentage ending before the comparison, in its sentence
    x = qs[k - 1] if k > 0 else None
    end = re.compile(r"[，,。；;！？!?\n]").search(text, m.end())
    stop = end.start() if end is not None else len(text)
    ys = [q for q in qs[k:k + 3] if q.start < stop]
    if x is not None and x.is_percent and x.unit in ("%", "％") and x.approx in (None, "≈") \
            and _CMP_BEFORE.search(text, x.end, m.start()) and _RISE.search(text, max(0, x.start - 12), x.start) \
            and not _EACH.search(text, max(0, x.start - 30), m.start()) and "分别" not in text[max(0, x.start - 30):x.start]:
        if len(ys) == 1 and ys[0].is_percent and ys[0].unit in ("%", "％") and ys[0].approx is None:
            y = ys[0]
            gap = text[m.end():y.start]
            a = _CMP_AFTER.fullmatch(gap)
            after = text[y.end:y.end + 6]
            # (高于全市41.78%的平均水平: the other's level named after it)
            named = a is not None and (a.group("de") or (a.group("br") and after[:1] in "）)")
                                       or re.match(r"的(?:平均)?(?:增速|增幅|增长|水平|值)", after))
            if named and "下降" not in gap and not re.match(r"\s*(?:以上|左右|以下|个百分点)", after) \
                    and not _CMP_BEFORE_PLAN.search(text, max(0, x.start - 40), x.start):
                return x, y, _sign(text, x), 1
        return None
    # two growths listed with 分别, compared by their names in the next clause, no figure after the comparison
    if ys:
        return None
    yn = re.match(r"[\u4e00-\u9fff]{2,12}", text[m.end():stop])
    if yn is None or m.end() + len(yn.group()) != stop:
        return None
    cm = _CMP_NAMES.search(text, max(0, m.start() - 30), m.start())
    if cm is None:
        # (the comparison opens its sentence: 农村居民人均可支配收入增速快于城镇居民，今年农村居民增长6.8%，…)
        om = _CMP_OPENS.search(text, max(0, m.start() - 30), m.start())
        return _named_after(doc, qs, starts, text, om.group("xn"), yn.group(), stop, om.group()) if om is not None else None
    lst = _LISTED.search(text, max(0, cm.start() - 80), cm.start())
    if lst is None:
        return _named_after(doc, qs, starts, text, cm.group("xn"), yn.group(), stop, cm.group())
    k = bisect.bisect_left(starts, cm.start())     # (a span in the names' clause — 连续8年 — is no item)
    if k < 2:
        return None
    a, b = qs[k - 2], qs[k - 1]
    if (a.start, b.end) != (lst.start("a"), lst.end("b")) or a.approx is not None or b.approx is not None:
        return None
    names = re.split(r"[和、与]", lst.group("head"))
    if len(names) != 2 or any(len(n) < 2 for n in names):
        return None
    keys = [n[:2] for n in names]
    xi = [i for i, kk in enumerate(keys) if kk in cm.group("xn")]
    yi = [i for i, kk in enumerate(keys) if kk in yn.group()]
    if len(xi) != 1 or len(yi) != 1 or xi == yi:
        return None
    sign = -1 if lst.group("verb") == "下降" else 1
    pair = (a, b)
    return pair[xi[0]], pair[yi[0]], sign, sign


#: a clause naming one growth after a comparison by names (，今年农村居民增长6.8% / 城镇居民增长4.6%): its words, its verb
_NAMED_GROWTH = lazyre.compile(r"(?P<n>[\u4e00-\u9fff]{2,16}?)(?:收入|的)?(?:同比)?(?P<v>增长|增長|提高|上涨|上升|下降)\s*$")


_TIME_LEAD = lazyre.compile(r"^(?:今年|全年|本年|当年|同期|其中|同比)+")


def _named_after(doc, qs, starts, text, xn, yn, stop, subject=""):
    """农村居民人均可支配收入增速连续5年快于城镇居民，今年农村居民增长6.8%，城镇居民增长4.6%: two growths compared by
    their names, then stated in the next two clauses of the sentence, each clause naming one of them (the first two
    characters of each name, each in one clause only); (x, y, sign, sign) or None."""
    end = re.compile(r"[。；;！？!?\n]").search(text, stop)
    send = end.start() if end is not None else len(text)
    k = bisect.bisect_left(starts, stop)
    got = [q for q in qs[k:k + 3] if q.end <= send]
    if len(got) != 2 or any(not q.is_percent or q.unit not in ("%", "％") or q.approx is not None for q in got):
        return None
    kx, ky = xn[-4:-2] if len(xn) >= 4 and xn.endswith(("居民", "地区", "全市", "全省")) else xn[:2], yn[:2]
    found = {}
    prev = stop
    for q in got:
        gm = _NAMED_GROWTH.search(text, prev, q.start)
        if gm is None or re.search(r"[，,]", text[gm.end():q.start]):
            return None
        words = gm.group("n")
        hit = [w for w, key in (("x", kx), ("y", ky)) if key in words]
        if len(hit) != 1 or hit[0] in found:
            return None
        # the clause names nothing but its group and the metric compared (农村居民人均消费支出增长8% is another metric)
        rest = _TIME_LEAD.sub("", words.replace(xn if hit[0] == "x" else yn, "", 1))
        if rest and rest not in subject:
            return None
        found[hit[0]] = (q, -1 if gm.group("v") == "下降" else 1)
        prev = q.end
    (x, sx), (y, sy) = found["x"], found["y"]
    return x, y, sx, sy


#: a bound said of each of the figures listed (双双突破, 均超过, 都在…以上)
_EACH_BEFORE = lazyre.compile(r"(?:双双|均|都|全部|皆)(?:已|首次|同时)?$")
#: a clause naming one value after such a bound (，规模以上工业企业达到1304家)
_EACH_CLAUSE = lazyre.compile(r"[^，,。；;]{0,2}[，,]\s*[\u4e00-\u9fff“”]{2,16}?(?:达到|达|为|增至|突破|超过|实现)\s*")
#: the values of a 分别 list in the bound's sentence: after it (，分别达到1080亿元、980亿元) or before it (分别达到…，均突破…)
_EACH_LIST = lazyre.compile(r"分别(?:达到|达|为|是|实现|完成|增至|增加到)?$")


def _each_listed(doc, qs, starts, text, bs, be, is_pct, meas):
    """The figures a bound with 双双/均 before it is said of: the values of a 分别 list (two to six, one measure, exact)
    in the clause right after it or right before it, nothing but the list between; None when there is no such list."""
    if not _EACH_BEFORE.search(text, max(0, bs - 6), bs):
        return None
    k = bisect.bisect_left(starts, be)
    # after: ，分别达到a、b
    m = re.match(r"[^，,。；;]{0,4}[，,]\s*(?:[\u4e00-\u9fff]{0,6}?)分别(?:达到|达|为|是|实现|增至)?", text[be:be + 24])
    group = []
    if m is not None:
        p = be + m.end()
        j = k
        while j < len(qs) and qs[j].start == p and len(group) < 6:
            group.append(qs[j])
            p = qs[j].end
            sep = re.match(r"\s*(?:、|和|及|,|，)\s*", text[p:p + 3])
            if sep is None:
                break
            p += sep.end()
            j += 1
        end_ok = re.match(r"\s*(?:[，,。；;]|$)", text[group[-1].end:group[-1].end + 2]) if group else None
        if not end_ok:
            group = []
    else:
        # after: ，A达到a，B达到b (one value a clause, each clause naming its own)
        p, j = be, k
        while j < len(qs) and len(group) < 6:
            c = _EACH_CLAUSE.match(text, p, qs[j].start)
            if c is None or c.end() != qs[j].start:
                break
            group.append(qs[j])
            p = qs[j].end
            j += 1
        if group and not re.match(r"\s*(?:[。；;]|$)", text[group[-1].end:group[-1].end + 2]):
            group = []        # the clauses go on with other things: not only the values the bound is said of
    if not group:
        # before: 分别达到a、b，均突破X
        kb = bisect.bisect_left(starts, bs)
        j = kb - 1
        back = []
        while j >= 0 and len(back) < 6:
            q = qs[j]
            gap = text[q.end:(back[-1].start if back else bs)]
            if back and not re.fullmatch(r"\s*(?:、|和|及|,|，)\s*", gap):
                break
            if not back and not re.fullmatch(r"\s*[，,]\s*" + _EACH_BEFORE.pattern.rstrip("$") + r"?\s*"
                                             r"(?:突破|超过|超過|超|逾|不足|不到|达到|达|在)?\s*", gap):
                return None
            back.append(q)
            j -= 1
        back.reverse()
        if not back or not _EACH_LIST.search(text, max(0, back[0].start - 6), back[0].start):
            return None
        group = back
    if len(group) < 2 or any(q.approx is not None or q.is_percent != is_pct or (meas is not None and measure(q) != meas)
                             for q in group):
        return None
    if meas is None and len({measure(q) for q in group}) != 1:
        return None
    return group


#: a plan's figure (预期增长7%，高于…): not a printed result
_CMP_BEFORE_PLAN = lazyre.compile(r"预期|目标|力争|计划|争取|确保|左右")


#: words before a figure (in its sentence) that make it other than the plain figure of the year (a part, a share, a
#: sum over years, a part of the year, a plan, a sub-scope); a bound word is not one of them here
_GUARD = lazyre.compile(
    r"其中|分别|分別|占|佔|人均|户均|戶均|均|每|累计|累計|以来|以來|期间|期間|五年|三年|两年|兩年|十[一二三四五]五|季度|上半年|下半年|"
    r"[0-9一二三四五六七八九十]+月|预期|預期|目标|目標|力争|力爭|争取|爭取|计划|計劃|确保|確保|预计|預計|规划|規劃|拟|擬|将|將|要|"
    r"任务|任務|排名|位居|居|第|同口径|可比|扣除|剔除|按|其他|其它|达标|達標|考核|试点|試點|示范|示範|首批|新一轮|項目|项目|片区|片區|"
    r"园区|園區|街道|社区|社區|镇|鎮|乡|鄉|村|企业|企業|学校|學校|医院|醫院|重点|重點|比|较|較|增长|增長|下降|同比")
_SCOPE_WORDS = lazyre.compile(r"全国|全國|全省|全市|全区|全區|全县|全縣|全州|全镇|全鎮|市本级|區本級|区本级|县本级|縣本級|本级|本級|"
                              r"中心城区|中心城區|城区|城區|城镇|城鎮|农村|農村|乡村|鄉村|国家级|國家級|省级|省級|市级|市級|区级|區級|县级|縣級")
_ANNUAL = lazyre.compile(r"全年|本年度?|年内|年內|当年|當年|(?:19|20)\d\d年|一年来|一年來|过去一年|過去一年")
_OWN_AREA = frozenset(("全国", "全國", "全省", "全市", "全区", "全區", "全县", "全縣", "全州", "全镇", "全鎮"))
_YEARS = lazyre.compile(r"((?:19|20)\d{2})\s*年")
#: 实际 opening a metric's name: the same metric as the one stated as a bound
_ACTUAL = lazyre.compile(r"^(?:实际|實際)")
_NOT_A_NAME = lazyre.compile(r"增长|增長|减|減|降|提高|提升|上升|比|较|較|由|从|從|到|至|为|為|达|達|超|亿元|萬元|万元|元|[A-Za-z0-9]")


def _sentence_start(doc, k):
    s = doc.sentence_at(k)
    return s.start if s is not None else -1


#: patterns of _restated_with_bound, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_RESTATED_WITH_BOUND_RE1 = lazyre.compile(r"[、和及与與]\s*$")
_RESTATED_WITH_BOUND_RE2 = lazyre.compile(r"\s*(?:[、和及与與]|左右)")
_RESTATED_WITH_BOUND_RE3 = lazyre.compile(r"\s*(?:以上|多|余|餘)")


def _restated_with_bound(doc):
    """(bound, exact) pairs of one metric stated once with a bound (逾5.2万人, 不足2000件, 1.2万余户) and elsewhere in
    the review part exactly (52,680人): the same metric key, measure and scope words, both the year's plain figure
    (全年/本年/the year in the sentence, no 其中/分别/占/人均/累计/plan/part of the year before it), the exact statements
    agreeing with each other.  Grouped by key in a dictionary: linear in the figures.  Read once per document (LG105
    asks twice), the bounds first: the exact figures only of a bound's metric, measure and unit (none without a bound).
    """
    got = doc.__dict__.get("_lintgov_restated_with_bound")
    if got is None:
        got = doc.__dict__["_lintgov_restated_with_bound"] = _read_restated_with_bound(doc)
    return got


def _read_restated_with_bound(doc):
    claims_of = _late_claims.claims_of
    folded_text = _late_grammar.folded_text
    identity_key = _late_metric.identity_key
    review_part = _late_review.review_part
    figures_year = _late_kind.figures_year
    text = folded_text(doc)
    end, known = review_part(doc)
    if figures_year(doc) and not known:
        return []             # a work report whose plans are not set apart: not read (as LG210)
    figures = claims_of(doc).figures

    def read(f, bound):
        """The group key and whether the sentence names the year, of a bound or an exact figure of the year; None."""
        q = f.quantity
        s = doc.sentence_at(q.start)
        # the words of the figure's own sentence, at most 120 characters back: bounded work per figure (a sentence of
        # thousands of figures stays linear)
        lo = max(s.start if s else 0, q.start - 120)
        pre = text[lo:q.start]
        if _GUARD.search(_SCOPE_WORDS.sub("", pre)) or _RESTATED_WITH_BOUND_RE1.search(pre):
            return None
        annual = bool(_ANNUAL.search(pre))
        if _RESTATED_WITH_BOUND_RE2.match(text[q.end:q.end + 3]) or (not bound and _RESTATED_WITH_BOUND_RE3.match(text[q.end:q.end + 2])):
            return None
        p = doc.paragraph_at(q.start)
        if p is not None and "\t" in doc.text[p.start:p.end]:
            return None       # a row of a flattened table
        years = frozenset(_YEARS.findall(pre))
        if len(years) > 1:
            return None
        # the report's own area named or not (全区受理… / 受理…) is one scope; 市本级, 城镇, 农村… are others
        scope = frozenset(w for w in _SCOPE_WORDS.findall(pre) if w not in _OWN_AREA)
        # the metric's characters in any order: 新增城镇就业 and 城镇新增就业 name one metric (four characters or more)
        # (a bound held for years running — 粮食总产量连续9年稳定在1300亿斤以上 — is claims.horizons.span_bounds's)
        # (实际 names the figure the bound was about: 全年新增城镇就业超过8万人。全年实际新增城镇就业7.6万人 — never an agreed
        # amount's other figure: 合同利用外资 keeps its own name)
        return (identity_key(f.metric), measure(q), q.is_percent, scope, years), annual

    # (index of the figure, figure, bound) of the year's level figures of the review part, in document order
    level = []
    for i, f in enumerate(figures):
        q = f.quantity
        if q.start >= end:
            break
        if f.role != "level" or f.time != "current" or len(f.metric) < 4 or _NOT_A_NAME.search(f.metric):
            continue
        bound = q.approx in (">", ">=", "<", "<=") and (q.before_word or q.after_word or q.approx_word) in BOUND_WORDS
        if not bound and q.approx is not None:
            continue
        level.append((i, f, bound))
    groups = {}       # key -> (bounds, exacts, index of the first figure of the key)
    for i, f, bound in level:
        if bound:
            got = read(f, True)
            if got is not None:
                groups.setdefault(got[0], ([], [], i))[0].append((f.quantity, got[1]))
    if not groups:
        return []
    wanted = {k[:3] for k in groups}
    for i, f, bound in level:
        if not bound and (identity_key(f.metric), measure(f.quantity), f.quantity.is_percent) in wanted:
            got = read(f, False)
            if got is not None and got[0] in groups:
                g = groups[got[0]]
                if i < g[2]:
                    g = groups[got[0]] = (g[0], g[1], i)
                g[1].append((f.quantity, got[1]))
    out = []
    # (the groups in the order of their first figure, bound or exact, as one pass over the figures made them)
    for bounds, exacts, _i in sorted(groups.values(), key=lambda g: g[2]):
        if not bounds or not exacts:
            continue
        ivs = [interval_of(e) for e, _ in exacts]
        if any(a[0] > ivs[0][1] + 1e-9 or ivs[0][0] > a[1] + 1e-9 for a in ivs):
            continue          # the exact statements disagree among themselves (LG210's business)
        e, e_annual = exacts[0]
        for b, b_annual in bounds:
            # one sentence: one period, the metric named the same in either order (规上工业企业突破1500家，年末全市规上
            # 工业企业1304家; the adjacent pairs the neighbours check reads are left to it); else the period is known
            # when one of them names the year (全年, 本年, 2023年: 全年审结…超过500件。共审结…486件 — a figure of
            # another year names its year and is another key)
            one = _sentence_start(doc, b.start) == _sentence_start(doc, e.start)
            if not one and not (b_annual or e_annual) and not _adjacent(doc, b, e):
                continue
            out.append((b, e))
    return out


def _adjacent(doc, a, b) -> bool:
    """Whether two figures stand in consecutive sentences of one paragraph (参训人员超过1.5万人次。据统计，实际参训16,200
    人次。): one statement of a period and its next, the same period."""
    sa, sb = doc.sentence_at(a.start), doc.sentence_at(b.start)
    if sa is None or sb is None or sa.start == sb.start:
        return False
    if doc.paragraph_at(a.start) is not doc.paragraph_at(b.start):
        return False
    first, second = (sa, sb) if sa.start < sb.start else (sb, sa)
    return not doc.text[first.end:second.start].strip(" \t\u3000。！？!?")


@hookimpl
def lintgov_rules():
    return [BoundContradiction]


# modules the functions above read at call time, bound once here (an import statement in a function ran at
# every call: ~1.3 µs for a `from … import`; cycles between these modules keep them out of the imports at
# the top, and a module object is bound even while its own module is still being imported)
from lintgov import claims as _late_claims  # noqa: E402
from lintgov.claims import grammar as _late_grammar  # noqa: E402
from lintgov import kind as _late_kind  # noqa: E402
from lintgov.claims import metric as _late_metric  # noqa: E402
from lintgov.claims import review as _late_review  # noqa: E402
