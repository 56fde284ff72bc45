"""One metric stated twice in one report with different values (LG210): 全年受理行政复议申请512件 in the
overview and 全年受理行政复议申请521件 in the section on 复议.

Very conservative, on the claims layer (:mod:`lintgov.claims`): two figures are the same statement only
when their metric keys have one identity (:func:`lintgov.claims.metric.restated_identity`: the key's words in any
order, without 人数/总数/数量, with the other names a report gives one metric folded — 农民人均可支配收入 is
农村居民人均可支配收入, 粮食总产量 is 粮食产量; the scope words inside the name, 农村 of 农村居民, read in the identity,
not as a scope), they have the same measure (万人 and 人 are one, compared in units) and role (a level, a
growth 同比, a rate), both are this year's plain figures (no 其中, 分别, 人均, 累计, 年均, a part of the
year, a target or a plan, another year, another base; a span of years 五年来 unless the figure's own clause names
the year reviewed: 五年来，…，2025年地区生产总值达到…), and the words naming the scope (全国, 全省, 全市,
市本级…) in their sentences are the same. Only the review part of a work report is read (not the plans
after 二、2024年工作安排). A group of more than two statements is checked only for agreement: when its
values differ, which one is wrong is not clear and nothing is reported. Two statements of one paragraph are
compared when they stand in two sentences (一句总述、后句重述) or an ellipsis (。……) elides the text between them; within
one sentence only an apposition (2.86万户，即28,617户: :func:`lintgov.claims.metric.apposed`) is.  A document that is no
work report and names no span of several years is of one period (:func:`lintgov.claims.periods.one_period`): two of its
statements that name no year are compared, and the one year it names is the year of its statements
(:func:`lintgov.claims.periods.only_year`).  Figures are grouped by key (:func:`lintgov.claims.metric.metric_identity`,
the measure, the role, the scope and the years) in a dictionary: linear in the number of figures.

The plans are read apart (``_plans_restated``): one plan of the year stated in its section and again in the list or
annex of the year's livelihood projects (改造农村公路危旧桥梁240座 … 改造农村公路危旧桥梁240座).  Their metric is read on both
sides of the figure (:func:`lintgov.claims.metric.statement_words`: 新开工7.85万套（户）棚户区改造 is 棚户区改造新开工7.85万套（户）),
and the part of the report each stands in decides its period: the plans of the year, never the review (another year),
a multi-year plan or a list of results (:func:`_part_titles`).
"""
from __future__ import annotations

import bisect
import re
from typing import Dict, List, Tuple

from lintgov import hookimpl, lazyre
from lintgov.claims import claims_of, record
from lintgov.claims.grammar import (QTOK, QFILL, _self_scope, changes, first_person_scope, folded_text, found_in,
                                    groups_before,
                                    qualifier_near, skeleton, subject_pos)
from lintgov.claims.metric import (apposed, carried_object, identity_key, metric_key, metric_words, name_tail,
                                   guard_text, metric_identity, named_item_next, restated_identity, same_metric,
                                   whole_next,
                                   stated_name,
                                   statement_words, without_agent, words_key)
from lintgov.claims.horizons import part_year, span_levels
from lintgov.claims.periods import one_period, only_year
from lintgov.claims.reach import plan_heading
from lintgov.claims.scope import pattern as scope_pattern
from lintgov.claims.tables import stated_cells
from lintgov.claims.review import review_part
from lintgov.claims.values import interval_of, measure
from lintgov.rule import Related, Rule, bad, good

#: words before a figure (in its sentence) that make it something other than the plain figure of the year
#: words of a sentence naming a span of years (五年来, “十四五”期间): its figures are the span's — unless the figure's own
#: clause names the year reviewed (五年来，…，2025年地区生产总值达到1,026.8亿元: the year's level, the span's end)
_SPAN_WORDS = r"(?<!一年)以来|期间|五年|三年|两年|十[一二三四五]五"
_GUARD_WORDS = (
    r"其中|分别|占|人均|户均|均|每|累计|季度|上半年|下半年|[0-9一二三四五六七八九十]+月|"
    r"预期|目标|力争|争取|计划|确保|预计|规划|拟|将|要|任务|排名|位居|居[全首前各同于榜]|第|同口径|可比|扣除|剔除|其他|超过|"
    # a basis of computation (按可比价格, 按户籍人口), not 按期/按时 in a rate's name (按期办结率)
    r"按[^期时]|"
    # a bound (…以上), not the name 规模以上/限额以上
    r"(?<!规模)(?<!限额)以上|"
    r"不足|近|约|达标|考核|试点|示范|首批|新一轮|项目|片区|园区|街道|社区|企业|学校|医院|重点|"
    # a part of the year named by its holidays (“五一”假期, 国庆黄金周, 春节): not the year's figure
    r"假期|黄金周|长假|节假日|春节|国庆|元旦|暑期|暑假|寒假|"
    # another estimate of the figure (据快报, 经核实, 修订为, 统一核算): a revision is not the same statement twice
    r"快报|核实|修订|修正|统一核算|最终核算|反馈|"
    # a zone of the area (自贸新城建设加快，…全年完成固定资产投资370亿元: the zone's investment, not the city's)
    r"新城|新区|自贸|开发区|保税区|合作区|试验区|功能区|"
    # a town's or a village's figure (某镇, 各村), not 城镇 / 城乡 / 农村 / 乡村, which name the metric's scope
    r"(?<![城全])镇|(?<!城)乡镇|[各该本]乡|(?<![农乡全])村")
_GUARD = lazyre.compile(_SPAN_WORDS + "|" + _GUARD_WORDS)
#: the guard of a level stated twice: without the span words (read apart: :data:`_SPAN`) and without 人均/户均 (a per-head
#: metric names itself so: 农村居民人均可支配收入 is its key; a per-head word elsewhere in the sentence is read apart)
_LEVEL_GUARD = lazyre.compile(_GUARD_WORDS.replace("人均|户均|均|", "(?<![人户])均|", 1))
_SPAN = lazyre.compile(_SPAN_WORDS)
#: words of a sentence with no word naming the year that make its figure another period's or another moment's
_OTHER_TIME = lazyre.compile(r"上一?年|去年|前年|同期|此前|以前|历年|历史|最高|峰值|首次|当时|原有|原来|曾|截至|截止|目前|现有|至今|"
                             r"(?:19|20)\d{2}|一年|年度|年均|每年|年末|年底|年初")
_SCOPE = lazyre.compile(r"全国|全省|全市|全区|全县|全州|全镇|全乡|市本级|区本级|县本级|省本级|本级|中心城区|城区|城镇|农村|乡村|"
                        r"国家级|省级|市级|区级|县级|"
                        # the report's own area named in the first person (我市, 本区): read as its 全X (:func:`_area`)
                        r"我省|我市|我区|我县|本省|本市|本区|本县")
_LAST_YEAR_BASIS = lazyre.compile(r"^(?:同比|(?:比|较之?|与|同)(?:上一?年(?:度)?|去年)(?:同期)?(?:相比)?(?:同比)?)$")
_LIST_NEXT = lazyre.compile(r"\s*(?:[、和及与]|以上|左右|多|余)")
_YEAR = lazyre.compile(r"((?:19|20)\d{2})\s*年")
_ROLE_CLASS = {"level": "level", "rate": "rate", "share": "share"}
#: a key that holds a change phrase or a comparison does not name a metric (nor one whose words hold another figure:
#: :func:`_other_figure_before`; 案件, 满意度, 个体工商户 are names, not units)
_NOT_A_NAME = lazyre.compile(r"增|减|降|提高|提升|上升|比|较|由|从|到|至|为|达|超")
#: words of a name that hold a character of _NOT_A_NAME
_NAMED_WORDS = lazyre.compile(r"增加值|比例|比重|收到|增值税|减税降费|减税|降费|减免|降本")
#: the words a metric key is read from (metric.metric_key: from the last break) holding another number than a year
_KEY_BREAK = lazyre.compile(r"[，,；;：:。！？!?、（(）)\n“”\"]")
_YEAR_WORDS = lazyre.compile(r"(?:19|20)\d{2}\s*年")
_DIGIT = lazyre.compile(r"\d")
_ITEM_NUMBER = lazyre.compile(r"^[\s\u3000]*\d{1,2}\s*[.．、]\s*")


def _area(words) -> frozenset:
    """The scope words of a statement with the first-person names of an area read as its 全X (我市 → 全市, 本区 → 全区):
    我区规上工业增加值… and 全区规上工业增加值… name one scope, 全市… in a district's report another."""
    return frozenset("全" + w[-1] if w[0] in "我本" and w[-1] in "省市区县" and len(w) == 2 else w for w in words)


def _part_years(doc, pos: int) -> set:
    """The year of the report's year part holding ``pos`` (（一）2023年回顾 … （二）2024年工作: a figure whose sentence names
    no year is that part's year's — :func:`lintgov.claims.horizons.part_year`), as a set; empty outside such parts."""
    y = part_year(doc, pos)
    return {y} if y is not None else set()


def _year_cumulative(text: str, gtext: str, pos: int) -> bool:
    """Whether the figure at ``pos``, read as a span's, is the year's cumulative (全年累计, 今年以来…累计: masked in
    ``gtext`` by :func:`lintgov.claims.metric.guard_text`) with no other span word in its clause."""
    seg = gtext[max(text.rfind("。", 0, pos) + 1, pos - 60):pos]
    return "〇〇" in seg and "累计" not in seg and _SPAN.search(seg) is None


def _not_a_name(text: str, pos: int, key: str) -> bool:
    """Whether the key of the figure at ``pos`` names no metric: it holds a change or a comparison (新增就业, 净增 are
    names of flows: their 增 does not count), or the words it is read from (from the last break, at most 40
    characters) hold another number (共办理120件审结…: a row of figures, not a name)."""
    seg = text[max(0, pos - 40):pos]
    br = None
    for br in _KEY_BREAK.finditer(seg):
        pass
    if br is not None:
        seg = seg[br.end():]
    seg = _ITEM_NUMBER.sub("", seg)      # 9.新增普惠性幼儿园15所: the item's number in a numbered list is no figure
    # (another number than a year: the years are taken out only when a digit is there at all)
    if _DIGIT.search(seg) is not None and _DIGIT.search(_YEAR_WORDS.sub("", seg)) is not None:
        return True
    if seg.rstrip().endswith("的"):
        return True      # 完成预算数的92.5%: a share of what is named before the figure, not its name
    if "新增" in seg or "净增" in seg:
        key = key.replace("增", "", 1)
    # 增加值 (value added) is a name, not a change; 比例/比重 (优良天数比例) are names, not comparisons; 收到 an action
    return _NOT_A_NAME.search(_NAMED_WORDS.sub("", key)) is not None
#: 全年审结的486件行政复议案件中 / 在收到的612件行政复议申请中: the year's total restated as the whole a part is
#: taken from, its metric named by the action before 的 and the noun after the figure
_AMONG_TOTAL = lazyre.compile(r"(?:全年|本年度?|当年|在|对)?(?:共|累计)?(?P<v>[\u4e00-\u9fff]{2,4})的(?P<q>" + QTOK + QFILL
                              + r"*)(?P<n>[\u4e00-\u9fff]{2,12}?)中")
#: 在全市520,000户市场主体中 / 在全区1.2万家企业中: a figure framing the whole a share or part is taken in
_IN_FRAME = lazyre.compile(r"(?<![\u4e00-\u9fff])在(?:全市|全区|全县|全省|全镇|年末|全年|现有|实有|现存)*(?P<q>" + QTOK + QFILL
                           + r"*)(?P<n>[\u4e00-\u9fff]{2,12}?)中[，,]")
#: what every match of _AMONG_TOTAL holds, at most 9 characters after its start (本年度 + 累计 + 4 characters)
_AMONG_TOTAL_ANCHOR = lazyre.compile("的" + QTOK)
#: the words between two figures of one clause chain, the second stated by its action alone (…1,286件，依法受理1,152件):
#: the first's unit, one comma, at most six characters
_ONE_CLAUSE_ON = lazyre.compile(r"[\u4e00-\u9fff]{0,3}[，,][\u4e00-\u9fff]{1,6}")
#: the words that make a figure the year's total: 全年受理…, 2023年共办理…
_ANNUAL = r"全年|本年度?|年内|当年|今年|(?<![上去前])年[末底]|过去一年|(?<![过去前近多两三四五十])一年(?:以|多)?来"


#: the words of a clause that state a figure as reached or done (达到, 为, 共, 完成…): a level restated, not a plan
_DONE_WORDS = lazyre.compile(r"达到|达|为|共计|共|合计|总计|已|完成|实现|了|"
                             # a level reached by a change or held (降至, 提高到, 稳定在)
                             r"(?:降|升|增|提高|提升|下降|减少|增加|上升|降低)(?:至|到)|(?:稳定|保持|控制)在")


def _done_before(text: str, lo: int, pos: int) -> bool:
    """Whether the clause of the figure at ``pos`` (from the last comma or semicolon after ``lo``) states it as reached
    or done: 依法共受理行政复议申请521件, 地区生产总值达到3003亿元 — never a bare 整备土地33公顷 (a plan in a list whose
    heading the review's end did not recognise)."""
    seg = text[max(lo, pos - 40):pos]
    cut = max(seg.rfind("，"), seg.rfind(","), seg.rfind("；"), seg.rfind(";"))
    return _DONE_WORDS.search(seg[cut + 1:]) is not None


#: a level followed by its growth on last year (地区生产总值186.4亿元，增长6.2%): the year's level, reached
_GROWTH_NEXT = lazyre.compile(r"[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降|减少|增加)\s*\d")
#: a per-head metric's words (人均可支配收入, 户均存款)
_PER_HEAD = lazyre.compile(r"人均|户均")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """The start of the clause of the figure at ``pos`` in its sentence (from ``lo``): after the last comma or
    semicolon, at most 40 characters back."""
    near = max(lo, pos - 40)
    return max(text.rfind("，", near, pos), text.rfind(",", near, pos), text.rfind("；", near, pos),
               text.rfind(";", near, pos), near - 1) + 1


def _apart(doc, a, b) -> bool:
    """Whether two statements stand in two passages: two paragraphs, or one line whose text between them is elided
    (。…… — an excerpt leaving out what stands between: 年末全市注册志愿者386,214人。……全市注册志愿者人数达38.6万人)."""
    if doc.paragraph_at(a.start) is not doc.paragraph_at(b.start):
        return True
    sa, sb = doc.sentence_at(a.start), doc.sentence_at(b.start)
    if sa is not None and sb is not None and sa is not sb:
        return True
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return doc.text.find("。……", lo, hi) >= 0


def _ends_listing(text: str, lo: int, hi: int) -> bool:
    """``re.search(r"[、和及与]\\s*$", text[lo:hi])``: the words before a figure end with a list separator (read from
    the end, not the whole window)."""
    tail = text[max(lo, hi - 64):hi].rstrip()
    if not tail and hi - lo > 64:
        tail = text[lo:hi].rstrip()
    return bool(tail) and tail[-1] in "、和及与"


#: words of a plan's sentence that make its figure something other than the year's plain figure of the metric (the
#: plan words 力争/目标/确保… are not among them: every figure of the plans is a plan)
_PLAN_GUARD = lazyre.compile(
    r"其中|分别|占|人均|户均|均|每|累计|以来|期间|五年|三年|两年|十[一二三四五六]五|季度|上半年|下半年|[0-9一二三四五六七八九十]+月|"
    r"同口径|可比|扣除|剔除|按|其他|其余|排名|位居|第|今后|未来|到期|届时|以内|以下|不低于|不少于|不超过|超过|达标|考核")
#: words of a figure's own clause naming a sub-unit or a bound (某企业…, 典型村…, 以上): a figure of the part, not the whole
_CLAUSE_GUARD = lazyre.compile(
    r"(?<!规模)(?<!限额)以上|不足|近|约|逾|超|项目|片区|园区|街道|社区|企业|学校|医院|(?<!城)镇|(?<![农乡])村|试点|示范|首批")
#: a level-1 heading or a paragraph's words naming a plan of several years (“十五五”时期, 今后五年, 到2030年, 五年内)
_PLAN_SPAN = lazyre.compile(r"到((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:前|以前|底前)|十[一二三四五六]五|今后五年|未来五年|五年内|"
                            r"五年来|时期|规划期|中长期|远景")
#: the words of a sentence naming the level of government a figure counts (全市, 市本级, 省级…); 城镇, 农村 qualify the
#: metric itself and are read in its key
_LEVEL_SCOPE = scope_pattern("area", "level")
#: the name after a figure written before its noun (完成12万户农村危房改造), a bracket gloss read around
_NAME_AFTER_FIGURE = lazyre.compile(r"(?:[（(][^（()）\n]{0,30}[）)])?([\u4e00-\u9fff]{2,14})")
#: the verbs of a plan's statement (新增普惠性幼儿园, 完成投资, 开工建设保障性住房): the metric's head is what is left
_PLAN_VERBS = lazyre.compile(r"新增|新建|改建|扩建|新开工|开工|建设|建成|完成|实现|开展|推进|推动|实施|力争|争取|确保|安排|预留|"
                             r"投入|提供|举办|创建|培育|打造|筹集|改造|提升|落实|启动|再|将|要|计划|预计|今年|全年|年内")
#: the verbs allocating funds: the amount is named by its use (安排832亿元，用于…), not by the words before it
_ALLOCATE = lazyre.compile(r"安排|预留|投入|下达|拨付|筹措|统筹|补助|补贴|奖励|资金")
#: a copula right before the figure (年产能力将为九万辆, 总投资是…)
_COPULA_END = lazyre.compile(r"(?:为|是)\s*$")
#: the measures of numbers that name rather than count (a version, a span of years, an ordinal session or phase)
_NO_AMOUNT = frozenset(("", "年", "周年", "周", "月", "日", "天", "小时", "分钟", "岁", "期", "届", "次", "版", "代", "倍"))
_RADIUS_AFTER = lazyre.compile(r"\s*(?:范围|半径|以内|内|之内|服务半径)")
_BOUND_AFTER = lazyre.compile(r"\s*(?:以上|左右|多|余|以内|以下)")
#: a figure followed by a list break and no name (新增病床3000张、2000张): an item whose noun is another's
_ITEM_AFTER = lazyre.compile(r"\s*[、和及与]\s*[\d０-９]")


def _heading_year(doc, end: int):
    """The one year named by the heading that opens the plans at ``end`` (2014年工作任务), when the report's year is not
    known otherwise; else ``None``."""
    for h in doc.headings.at_level(1):
        if h.start == end:
            ys = {int(y) for y in _YEAR.findall(h.title(doc))}
            return ys.pop() if len(ys) == 1 else None
    return None


def _span_sections(doc, end: int, plan_year) -> List[Tuple[int, int]]:
    """The level-1 sections after ``end`` whose heading names a plan of several years or of another year (二、“十五五”时期的
    主要目标, 二、今后五年的主要任务): their figures are no plan of the year."""
    out: List[Tuple[int, int]] = []
    hs = [h for h in doc.headings.at_level(1)]
    for i, h in enumerate(hs):
        if h.start < end:
            continue
        t = h.title(doc)
        m = _PLAN_SPAN.search(t)
        ys = [int(y) for y in _YEAR.findall(t)]
        if m is not None or any(y != plan_year for y in ys):
            out.append((h.start, hs[i + 1].start if i + 1 < len(hs) else len(doc.text)))
    return out


#: a line of its own, short and with no sentence punctuation (2024年省十件民生实事, 2023年区政府民生实事完成情况清单, a column
#: head 完成情况): the title of a list, table or annex
_TITLE_LINE = lazyre.compile(r"(?m)^[ \t\u3000]*([^\n。，,；;：:！!？?\t]{4,40}?)[ \t\u3000]*$")
_RESULTS_TITLE = lazyre.compile(r"完成|执行情况|落实情况|进展情况|实施情况|成效")
_PLANS_TITLE = lazyre.compile(r"计划|安排|实事|任务|项目|目标")


def _part_titles(text: str, end: int, year, plan_year) -> List[Tuple[int, str]]:
    """The titles after ``end`` (the plans' start) that say what the lines after them hold, in order: ``"results"``
    (2016年区民生实事完成情况, 2013年区政府民生实事完成清单, a column head 完成情况, a title naming the year reviewed) or
    ``"listed"`` (2024年省十件民生实事, 2014年区政府民生实事计划清单: the year's plans listed, as a table or a list).
    Titles naming neither leave the part as it was.  One pass over the plans' text."""
    out: List[Tuple[int, str]] = []
    for m in _TITLE_LINE.finditer(text, end):
        t = m.group(1)
        ys = {int(y) for y in _YEAR.findall(t)}
        if _RESULTS_TITLE.search(t) or (year and year in ys and plan_year not in ys):
            out.append((m.start(1), "results"))
        elif ys and plan_year in ys and _PLANS_TITLE.search(t) or (not ys and "计划" in t and "清单" in t):
            out.append((m.start(1), "listed"))
    return out


def _odd_one(stated: List) -> "Tuple | None":
    """The two statements to report of a metric stated several times, or ``None`` when every value meets every other:
    two statements whose values do not meet; of three or more, the one whose value meets no other, against one of
    the others, only when all the others meet one another (which value is meant is clear) — else nothing is said, and
    ``()`` is returned."""
    ivs = [interval_of(q) for q in stated]

    def common(idx):
        # intervals on a line meet pairwise exactly when they all share a point
        return max(ivs[i][0] for i in idx) <= min(ivs[i][1] for i in idx) * (1 + 1e-9)
    every = range(len(stated))
    if common(every):
        return None
    if len(stated) == 2:
        return stated[0], stated[1]
    # the one to leave out so that the others agree: the lowest or the highest value (linear)
    for i in (min(every, key=lambda j: ivs[j][1]), max(every, key=lambda j: ivs[j][0])):
        rest = [j for j in every if j != i]
        if common(rest) and not any(common((i, j)) for j in rest):
            return stated[rest[0]], stated[i]
    return ()


def _prior_by_change(doc, first, second) -> bool:
    """Whether one of two values of one metric is the other's prior by a change stated with the other: a growth in
    percent or an amount whose current value is that statement and which the other value, as its base, recomputes
    within the rounding of the three (2024年全县收入17.26亿元。…全县收入18.41亿元，增收1.15亿元，增长6.7%).  Then the
    two are two periods' values — a reading that is consistent, so no restatement is reported."""
    for ch in changes(doc):
        cur = ch.current
        if cur is None or ch.amount is None or cur.start not in (first.start, second.start):
            continue
        prior = first if cur.start == second.start else second
        if ch.base is not None and ch.base.start != prior.start:
            continue          # (the change names its own base)
        plo, phi = interval_of(prior)
        clo, chi = interval_of(cur)
        alo, ahi = interval_of(ch.amount)
        if plo <= 0:
            continue
        if ch.kind == "percent":
            # growth of the current over the prior, in percent, and the stated one (signed by the verb)
            glo, ghi = (clo / phi - 1) * 100, (chi / plo - 1) * 100
            slo, shi = (alo, ahi) if ch.direction > 0 else (-ahi, -alo)
        elif ch.kind == "amount" and measure(ch.amount) == measure(cur):
            glo, ghi = clo - phi, chi - plo
            slo, shi = (alo, ahi) if ch.direction > 0 else (-ahi, -alo)
        else:
            continue
        if glo <= shi + 1e-9 and slo <= ghi + 1e-9:
            return True
    return False


def _one_metric(a: str, b: str) -> bool:
    """Whether two names of statements name one metric (:func:`lintgov.claims.metric.same_metric`), also once who does
    the action is dropped from one (:func:`lintgov.claims.metric.without_agent`: 行政机关办理一审行政应诉案件 and
    一审行政应诉案件)."""
    return same_metric(a, b) or same_metric(without_agent(a), b) or same_metric(a, without_agent(b))


def _merge_agents(groups: Dict[Tuple, List], said: Dict[Tuple, str]) -> List[Tuple[Tuple, List]]:
    """The groups of statements of one metric, those whose names differ only by who does the counted action joined
    (:func:`lintgov.claims.metric.same_metric`: 法律援助机构受理法律援助案件 and 受理法律援助案件, 办理法律援助案件 and
    法律援助案件 name one metric; 专职行政执法人员 and 行政执法人员, 城镇新增就业 and 新增就业 do not): keys alike in every
    other part (unit, role, scope, years) and whose names end alike are compared pairwise (a bucket holds the few
    names of one metric), and a set of keys is joined only when every two of them name one metric.  The groups in
    their order, a joined set at its first key's place."""
    buckets: Dict[Tuple, List[Tuple]] = {}
    for key in groups:
        buckets.setdefault(key[1:] + (name_tail(said[key]),), []).append(key)
    into: Dict[Tuple, Tuple] = {}
    for keys in buckets.values():
        if len(keys) < 2 or len(keys) > 6:
            continue
        linked = [[k for k in keys if k is not a and _one_metric(said[a], said[k])] for a in keys]
        for a, ks in zip(keys, linked):
            if not ks or a in into:
                continue
            clique = [a] + ks
            if all(_one_metric(said[x], said[y]) for i, x in enumerate(clique) for y in clique[i + 1:]) \
                    and not any(k in into for k in ks):
                for k in clique:
                    into[k] = a
    out: Dict[Tuple, List] = {}
    for key, stated in groups.items():
        out.setdefault(into.get(key, key), []).extend(stated)
    for stated in out.values():
        stated.sort(key=lambda q: q.start)
    return list(out.items())


#: patterns of check, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_CHECK_RE1 = lazyre.compile(r"\s*[、和及与]")
_CHECK_RE2 = lazyre.compile(r"\s*(?:以上|左右|多|余)")


class MetricStatedTwice(Rule):
    code = "LG210"
    name = "metric-stated-twice"
    category = "yoy"
    level = "warning"
    summary = {"zh": "同一指标在同一报告中两次给出不同的数值。",
               "en": "One metric is stated twice in a report with different values."}
    description = {
        "zh": "报告中同一指标（名称相同、计量单位相同、同为本年的数值或同比增幅、范围词相同）出现两次而数值不同"
              "（按印刷精度取区间后不相交；万人与人换算后比较）时报告。指标名按词语比较，词序不限，不计“人数、总数、数量”，"
              "同一指标的常见别称视为同名（农民人均可支配收入即农村居民人均可支配收入，粮食总产量即粮食产量）；带“其中、分别、累计、年均、"
              "季度、月、目标、计划、力争”或指标名以外的“人均”或其他年份、其他基期的数值不比较；工作报告只读回顾部分（不读“下一步安排”）。"
              "同一指标出现三次以上且数值不一致时不报告（无法判断哪一个有误）。"
              "同一段落中前后两句的重述也比较；数值的不同写法（万、亿与个位数，中文数字，十万分之N与N/10万，括注的数值，"
              "“即”后的换算值，表格中的同一行、比上年增长列或分类合计行）视为同一数值。"
              "工作安排部分另行比较：同一年度计划在正文和民生实事清单（附件）中两次给出而数值不一致时报告"
              "（指标名按数字前后的词语读取，词序不限；不与回顾部分、多年规划、完成情况清单、约数或以上数比较；"
              "三次以上时仅在其余数值一致时报告不一致的一处）。",
        "en": "A metric named with the same words, with the same unit, both this year's figure (or both its growth "
              "同比), with the same scope words, stated twice with values whose rounding intervals do not overlap "
              "(万人 and 人 converted). Names are compared by their words in any order, without 人数/总数/数量, with a "
              "metric's usual other names folded (农民人均可支配收入 is 农村居民人均可支配收入, 粮食总产量 is 粮食产量); figures with 其中, 分别, 累计, 年均, 人均 outside the metric's name, a quarter or month, a "
              "target or plan, another year or another base are left out; in a work report only the review part is "
              "read. A metric stated three or more times with different values is not reported (which one is wrong "
              "is not clear). A restatement in the next sentence of a paragraph is compared too, and a value in another "
              "form (万/亿 against the plain number, Chinese numerals, 十万分之N and N/10万, a value in brackets after its "
              "name, a value after 即, a table row, a growth column or the total row of a table of kinds) is the same "
              "value. The plans are compared apart: one plan of the year stated in its section and again in "
              "the list or annex of livelihood projects with another value (the metric read on both sides of the "
              "figure, in any word order; never against the review, a multi-year plan, a list of results, a bound; of "
              "three or more statements, only the one that differs from all the others when those agree).",
    }
    authority = "《党政机关公文处理工作条例》：公文中的数字应当准确；同一数据前后表述应一致"
    messages = {"default": {"zh": "“{metric}”前文为{first}，此处为{second}，同一指标数值不一致",
                            "en": "“{metric}” is {first} earlier in the report and {second} here"},
                "odd": {"zh": "“{metric}”在报告中多次给出，其余各处均为{first}，此处为{second}，同一指标数值不一致",
                        "en": "“{metric}” is stated several times in the report, {first} everywhere else and {second} here"}}
    examples = (
        bad("一、2023年工作回顾\n全年受理行政复议申请512件，办结498件。\n（一）行政复议\n依法办理复议案件，全年受理行政复议申请521件。"),
        good("一、2023年工作回顾\n全年受理行政复议申请512件，办结498件。\n（一）行政复议\n依法办理复议案件，全年受理行政复议申请512件。"),
        good("一、2023年工作回顾\n全年受理行政复议申请512件。\n上半年受理行政复议申请221件。"),
        good("一、2023年工作回顾\n全年受理行政复议申请512件。\n二、2024年工作安排\n全年受理行政复议申请力争600件。"),
        bad("一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年工作安排\n改造农村公路危旧桥梁240座。\n附件\n2024年省十件民生实事\n"
            "六、深入推进“四好农村路”建设。改造农村公路危旧桥梁420座。"),
        good("一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年工作安排\n改造农村公路危旧桥梁240座。\n附件\n2024年省十件民生实事\n"
             "六、深入推进“四好农村路”建设。改造农村公路危旧桥梁240座。"),
    )

    def check(self, doc, ctx):
        from lintgov.kind import figures_year
        text = folded_text(doc)
        end, known = review_part(doc)
        year = figures_year(doc)
        if year and not known:
            return                # a work report whose plans are not set apart by a heading: not read
        own_year = year or only_year(text)   # the year reviewed: 2023年 and 全年 name one period in a report on 2023
        year = own_year or doc.report_year
        annual = re.compile(_ANNUAL + (f"|{year}年" if year else ""))
        groups: Dict[Tuple, List] = {}
        plain: set = set()                 # the figures stated without a word naming the year
        names: Dict[Tuple, str] = {}      # the metric as first written (the key holds its characters sorted)
        said: Dict[Tuple, str] = {}       # the key's name as the statement reads it (claims.metric.stated_name)
        # 全区 in a district's report names no other scope than none: the area it names in the first person (我区), else
        # the 全X it uses most
        own = frozenset(first_person_scope(doc) or _self_scope(doc))
        among = self._among_totals(doc, text, end)
        single = not known and one_period(text, figures_year(doc))
        # the text the guards read: 均衡, 均等, 均匀 (优质均衡发展, 均等化) say no mean (均 of 日均, 平均, 均为 does)
        gtext = guard_text(text, not figures_year(doc))
        prev = None
        for f in claims_of(doc).figures:
            q = f.quantity
            if q.start >= end:
                break
            before, prev = prev, f
            if before is not None and apposed(text, before.quantity.end, q.start):
                yield from self._apposition(doc, before, f)
                continue
            if q.start in among:
                name, scope, years = among[q.start]
                key = (restated_identity(name), measure(q), q.is_percent, "level", scope, years)
                said.setdefault(key, name)
                names.setdefault(key, name)
                groups.setdefault(key, []).append(q)
                continue
            role = _ROLE_CLASS.get(f.role)
            if role == "level" and q.is_percent:
                role = "rate"     # (森林覆盖率（62.3%）read as a level, 森林覆盖率62.3% as a rate: one statement of the rate)
            metric = f.metric
            if len(metric) < 4 and before is not None and _ONE_CLAUSE_ON.fullmatch(text, before.end, q.start):
                # 收到行政复议申请1,286件，依法受理1,152件: the action's object is the one named in the clause before
                metric = carried_object(before.metric, metric) or metric
            if role is None or len(metric) < 4:
                continue
            if f.time != "current" and not (f.time == "span" and _year_cumulative(text, gtext, q.start)):
                continue          # (全年累计接待群众来访1,126批次: the year's cumulative is the year's figure)
            if _not_a_name(text, q.start, stated_name(metric)):
                continue
            s = doc.sentence_at(q.start)
            lo = s.start if s else max(0, q.start - 60)
            lim = max(s.end, q.start) if s else q.start
            # the words from the sentence's start: searched once per sentence, not once per figure (linear)
            if found_in(doc, _LEVEL_GUARD, gtext, lo, q.start, lim) or _ends_listing(text, lo, q.start):
                continue
            if plan_heading(doc, text, q.start):
                continue          # under a heading naming targets or a plan (（一）年度主要预期目标): a target, no level
            clause = _clause_start(text, lo, q.start)
            if found_in(doc, _PER_HEAD, text, lo, q.start, lim) and _PER_HEAD.search(text, clause, q.start) is None:
                continue          # (城镇居民人均可支配收入5.1万元，农村居民…: a per-head figure named by its clause's words alone)
            if found_in(doc, _SPAN, gtext, lo, q.start, lim) and not (
                    own_year and f"{own_year}年" in text[clause:q.start] and _SPAN.search(text, clause, q.start) is None):
                continue          # a figure of a span of years, unless its own clause names the year reviewed
            # a figure of the review with no time word is the year's (受理行政复议申请521件 after 全年受理…512件): it is
            # compared with a statement that names the year, never with another one without it
            if not found_in(doc, annual, text, lo, q.start, lim):
                if found_in(doc, _OTHER_TIME, text, lo, q.start, lim) or not (
                        single or _done_before(text, lo, q.start) or _DONE_WORDS.fullmatch(q.before_word or "")
                        or _GROWTH_NEXT.match(text, q.end) or whole_next(text, q.end)):
                    continue        # (整备土地33公顷 in a list of plans the review's end did not set apart: no deed done)
                plain.add(q.start)
            p = doc.paragraph_at(q.start)
            if p is not None and ("\t" in doc.text[p.start:p.end] or doc.text[p.start:p.end].lstrip().startswith("|")):
                continue          # a row of a flattened table or of a markdown one (its cells: _table_cells)
            years = ({int(y) for y in groups_before(doc, _YEAR, text, lo, q.start, lim, 24)}
                     or _part_years(doc, q.start)) - {own_year}
            if len(years) > 1:
                continue
            after = text[q.end:q.end + 3]
            if _CHECK_RE1.match(after) and not named_item_next(text, q.end):
                continue          # an item of a list
            if q.approx is None and _CHECK_RE2.match(after):
                continue          # a bound the extractor did not read
            # the metric's characters in any order: 新增城镇就业 and 城镇新增就业 name one metric (as LG105 reads them)
            # (the scope words in the metric's own name, 农村 of 农村居民人均可支配收入, are read in its identity)
            scope = _area(w for w in groups_before(doc, _SCOPE, text, lo, q.start, lim, 6) if w not in metric) - own
            key = (metric_identity(metric), measure(q), q.is_percent, role, scope, frozenset(years))
            said.setdefault(key, stated_name(metric))
            names.setdefault(key, metric if metric != f.metric else metric_words(doc, q.start) or metric)
            groups.setdefault(key, []).append(q)
        for ch in changes(doc):
            # 地区生产总值增长6.8% stated twice: the growth of one metric, 同比 (or no basis), this year
            q = ch.amount
            if q is None or q.start >= end or ch.kind != "percent" or q.approx is not None or ch.base is not None:
                continue
            if ch.comparison and not _LAST_YEAR_BASIS.match(ch.comparison):
                continue
            sp = subject_pos(ch)
            name = metric_key(doc, sp)
            if len(name) < 4 or _not_a_name(text, sp, name) or qualifier_near(doc, ch.start, ch.end):
                continue
            s = doc.sentence_at(sp)
            lo = s.start if s else max(0, sp - 60)
            lim = max(s.end, sp, ch.verb_start) if s else max(sp, ch.verb_start)
            # (a per-head metric names itself so: 农村居民人均可支配收入增长7.2% is that metric's growth, read with the
            # guard of levels, without 人均/户均)
            guard = _LEVEL_GUARD if _PER_HEAD.search(name) is not None else _GUARD
            if sp <= ch.verb_start:
                guarded = found_in(doc, guard, gtext, lo, ch.verb_start, lim)
            else:
                guarded = guard.search(gtext[lo:sp] + gtext[sp:ch.verb_start]) is not None
            if guarded or _ends_listing(text, lo, sp) or plan_heading(doc, text, sp):
                continue
            if not found_in(doc, annual, text, lo, sp, lim):
                # 一般公共预算收入增长6.0% under a heading of the review, no word naming the year: the year's growth as a
                # level without one is (compared only with a statement that names the year)
                if found_in(doc, _OTHER_TIME, text, lo, sp, lim):
                    continue
                # (nor a paragraph opening with a plan or another year: 2019年主要目标为：…。规模以上工业增加值增长8%)
                pa = doc.paragraph_at(sp)
                p0 = max(pa.start if pa is not None else lo, sp - 300)
                if _GUARD.search(text, p0, lo) or any(int(y) != own_year for y in _YEAR.findall(text, p0, sp)):
                    continue
                plain.add(q.start)
            if _LIST_NEXT.match(text, q.end):
                continue
            years = ({int(y) for y in groups_before(doc, _YEAR, text, lo, sp, lim, 24)}
                     or _part_years(doc, sp)) - {own_year}
            key = (metric_identity(name), "%", True, "growth" if ch.direction > 0 else "fall",
                   _area(groups_before(doc, _SCOPE, text, lo, sp, lim, 6)) - own, frozenset(years))
            said.setdefault(key, stated_name(name))
            names.setdefault(key, metric_words(doc, sp) or name)
            groups.setdefault(key, []).append(q)
        cell_at: set = set()      # the table cells joined (never compared with one another only)
        self._table_cells(doc, end, own_year, groups, plain, said, names, cell_at)
        key_of = {q.start: k for k, qs in groups.items() for q in qs}     # (each statement's own key, before merging)
        for key, stated in _merge_agents(groups, said):
            # a statement with a bound or 约 (逾5.2万人) is compared by LG105; here it only counts as a statement
            qs = [q for q in stated if q.approx is None]
            if len(qs) < 2 or (all(q.start in plain for q in qs) and not single) or all(q.start in cell_at for q in qs):
                continue        # (two figures without a word naming the year: nothing says they are the year's,
                # unless the document reviews one period only — :func:`lintgov.claims.periods.one_period`)
            ivs = [interval_of(q) for q in qs]
            if all(a[0] <= ivs[0][1] + 1e-9 and ivs[0][0] <= a[1] + 1e-9 for a in ivs):
                for q in qs:
                    record(doc, self.code, "restated", q, True, "A = A'", [g for g in qs if g is not q][:1])
                continue
            if len(stated) > 2:
                # three statements or more: the one whose value meets no other, when all the others agree (which
                # value is meant is clear); else nothing
                pair = _odd_one(qs) if len(qs) == len(stated) else ()
                if not pair:
                    continue
                first, second = pair
            else:
                first, second = qs
            if not _apart(doc, first, second):
                continue          # one paragraph: more likely two things than one thing twice
            if _prior_by_change(doc, first, second):
                continue          # (2024年…收入17.26亿元。…收入18.41亿元，增收1.15亿元，增长6.7%: the change stated with one
                # of them recomputes from the other as its prior — two periods' values, the consistent reading)
            if key_of.get(first.start) != key_of.get(second.start) \
                    and doc.paragraph_at(first.start) is doc.paragraph_at(second.start):
                continue          # (全年调解矛盾纠纷3,260件。人民调解委员会调解矛盾纠纷2,860件: in one paragraph a
                # statement naming who does the action after the whole is a part of it, as a breakdown reads)
            record(doc, self.code, "restated", second, False, "A = A'", [first])
            yield self.finding(
                doc, second.start, second.end, "odd" if len(stated) > 2 else "default",
                related=[Related(first.start, first.end, {"zh": "前文的数值", "en": "earlier statement"} if len(stated) == 2
                                 else {"zh": "另一处的数值", "en": "another statement"})],
                evidence={"metric": names[key], "first": list(interval_of(first)), "second": list(interval_of(second)),
                          "formula": "A = A'"},
                metric=names[key], first=doc.text[first.start:first.end], second=doc.text[second.start:second.end])


        yield from self._span_levels(doc)
        if known and end < len(text):
            yield from self._plans_restated(doc, text, end, own_year or doc.report_year, own)

    def _apposition(self, doc, first_f, second_f):
        """A figure restated right after another as an apposition (新登记市场主体2.86万户，即28,617户: :func:`lintgov.
        claims.metric.apposed`): one value of one metric, in the same measure (万户 and 户 compared in units) — their
        printed precisions must meet.  Percentages, bounds and approximations are left alone (约 / 以上 restate a
        value only roughly)."""
        a, b = first_f.quantity, second_f.quantity
        if a.is_percent or b.is_percent or a.approx is not None or b.approx is not None or measure(a) != measure(b) \
                or measure(a) in _NO_AMOUNT:
            return
        ia, ib = interval_of(a), interval_of(b)
        ok = ia[0] <= ib[1] + 1e-9 * abs(ib[1]) and ib[0] <= ia[1] + 1e-9 * abs(ia[1])
        record(doc, self.code, "restated", b, ok, "A = A'", [a])
        if ok:
            return
        name = metric_words(doc, a.start) or first_f.metric
        yield self.finding(
            doc, b.start, b.end,
            related=[Related(a.start, a.end, {"zh": "前文的数值", "en": "earlier statement"})],
            evidence={"metric": name, "first": list(ia), "second": list(ib), "formula": "A = A' (即)"},
            metric=name, first=doc.text[a.start:a.end], second=doc.text[b.start:b.end])

    @staticmethod
    def _table_cells(doc, end: int, year, groups: Dict[Tuple, List], plain: set, said: Dict[Tuple, str],
                     names: Dict[Tuple, str], cell_at: set) -> None:
        """The figures of the review's tables that state a metric the text states (:func:`lintgov.claims.tables.
        stated_cells`: 一般公共预算收入 | 86.4 under 完成数（亿元）, 行政复议案件纠错率 | 12.3%): each cell joins the group of
        the text's statements of its row's metric (same name, unit and role, no scope or year word: a table names
        neither) as one statement more with no word naming the year — so a cell is compared only with a statement
        that names the year, never with another cell.  A metric stated in two cells of the tables is not read (two
        tables may be of two scopes); a falling growth (a negative cell) is left to the text's 下降."""
        cells: Dict[Tuple, List] = {}
        cell_names: Dict[Tuple, str] = {}
        for label, role, q in stated_cells(doc, year):
            if q.start >= end or (role == "growth" and q.value < 0):
                continue
            key = (metric_identity(words_key(label)), measure(q), q.is_percent, role, frozenset(),
                   frozenset())
            cells.setdefault(key, []).append(q)
            cell_names.setdefault(key, stated_name(words_key(label)))
        for key, qs in cells.items():
            stated = groups.get(key)
            if stated is None and key[3] == "rate":
                # (城镇登记失业率2.6% read as a level of the rate's name in the text: one statement of the rate)
                stated = groups.get(key[:3] + ("level",) + key[4:])
            if stated is None and len(qs) == 1:
                # no statement of the text has the row's very name: the cell stands alone, joined to the text's
                # statement when their names differ by the action only (| 合计 | 512 | under 行政复议申请（件） and
                # 受理行政复议申请512件: :func:`_merge_agents`)
                groups[key] = [qs[0]]
                said[key] = names[key] = cell_names[key]
                plain.add(qs[0].start)
                cell_at.add(qs[0].start)
                continue
            if stated is None or len(qs) != 1 or any(g.start == qs[0].start for g in stated):
                continue
            stated.append(qs[0])
            stated.sort(key=lambda g: g.start)
            plain.add(qs[0].start)
            cell_at.add(qs[0].start)

    def _plans_restated(self, doc, text: str, end: int, year, own: frozenset):
        """The plans of a work report stating one figure twice with two values: the year's plan in its section and again
        in the list of livelihood projects or the annex (改造农村公路危旧桥梁240座 … 改造农村公路危旧桥梁240座).  The general
        rule: two statements of the plans are one statement when they name one metric (:func:`lintgov.claims.metric.
        statement_key`: the words on both sides of the figure, in any order), with one unit, one scope, both plain exact
        figures of the plan's year — so their values must meet.  Never a plan against the review (another year: 新增病床
        3000张 done, 新增病床2000张 planned), never under a heading or in a paragraph of a multi-year plan (“十五五”时期,
        今后五年, 到2030年), never a bound (以上, 不少于), a part (其中, 分别), a rate of change, a per-capita or cumulative
        figure, a row of a flattened table, a figure of a sub-unit named in its clause.  Three statements or more are
        reported only when all but one agree."""
        plan_year = (year + 1) if year else _heading_year(doc, end)
        spans = _span_sections(doc, end, plan_year)
        groups: Dict[Tuple, List] = {}
        names: Dict[Tuple, str] = {}
        para_span: Dict[int, int] = {}
        titles = _part_titles(doc.text, end, year, plan_year)
        title_at = [t[0] for t in titles]
        for f in claims_of(doc).figures:
            q = f.quantity
            if q.start < end or f.role not in ("level", "delta") or q.is_percent or f.time != "current":
                continue
            if q.approx is not None or any(a <= q.start < b for a, b in spans):
                continue
            if q.chinese or measure(q) in _NO_AMOUNT or text.rfind("“", q.start - 30, q.start) > text.rfind("”", q.start - 30, q.start):
                continue          # a name's number (“跨境理财通2.0”, 建军一百年, 两项补贴, 三年行动): no amount planned
            i = bisect.bisect_right(title_at, q.start) - 1
            kind = titles[i][1] if i >= 0 else "plan"
            if kind == "results":
                continue          # a list or table of the year's results (2023年民生实事完成情况): no plan
            p = doc.paragraph_at(q.start)
            if p is None:
                continue
            row = doc.text[p.raw_start:p.end]
            if "\t" in row.lstrip("\t \u3000") or (kind != "listed" and (
                    "\t" in row or doc.text[p.raw_start - 1:p.raw_start] == "\t")):
                continue          # a row of a flattened table; a cell, unless the table is titled as the year's plans
            # a paragraph opening a multi-year plan (今后五年…, 到2030年…): its figures are the span's (searched once)
            first = para_span.get(p.start)
            if first is None:
                m = _PLAN_SPAN.search(text, p.start, p.end)
                while m is not None and plan_year and (m.group(1) or m.group(2)) \
                        and int(m.group(1) or m.group(2)) == plan_year:
                    m = _PLAN_SPAN.search(text, m.end(), p.end)
                first = para_span[p.start] = m.start() if m is not None else p.end + 1
            if first < q.start:
                continue
            s = doc.sentence_at(q.start)
            lo = s.start if s else max(0, q.start - 60)
            lim = max(s.end, q.start) if s else q.start
            if found_in(doc, _PLAN_GUARD, text, lo, q.start, lim):
                continue
            near = max(lo, q.start - 60)      # (the clause's words: at most 60 characters back, never the whole sentence)
            cut = max(text.rfind("，", near, q.start), text.rfind("；", near, q.start), text.rfind(",", near, q.start),
                      text.rfind("、", near, q.start), near - 1)
            if _CLAUSE_GUARD.search(text, max(lo, cut + 1), q.start) is not None:
                continue
            after = text[q.end:q.end + 3]
            if _BOUND_AFTER.match(after) or _ITEM_AFTER.match(after) or _RADIUS_AFTER.match(text, q.end):
                continue          # a bound the extractor did not read; an item of a list whose noun comes later; a radius
                # qualifying a name (500米范围内公交站点覆盖率): no amount planned
            words = statement_words(doc, q.start, q.end)
            # the metric's head: what is left of its words without the plan's verbs (新增, 完成, 建设…) — 完成投资 or
            # 举办 name no thing; funds allocated (安排, 预留, 投入…) are named by their use, after the figure
            head = _PLAN_VERBS.sub("", words)
            if len(head) < 3 or _not_a_name(text, q.start, head):
                continue
            if measure(q) == "元" and _ALLOCATE.search(words) is not None:
                continue
            if _COPULA_END.search(text, max(lo, q.start - 3), q.start) is not None:
                continue          # 全部建成后的年产能力将为九万辆: an attribute of a thing named before, not a metric
            key = "".join(sorted(words))
            years = {int(y) for y in groups_before(doc, _YEAR, text, lo, q.start, lim, 24)} - {plan_year}
            if years:
                continue
            k = (key, measure(q), f.role, groups_before(doc, _LEVEL_SCOPE, text, lo, q.start, lim, 6) - own)
            if k not in names:
                m = _NAME_AFTER_FIGURE.match(text, q.end)
                names[k] = text[max(lo, cut + 1):q.start].strip() + (m.group(1) if m else "")
            groups.setdefault(k, []).append(q)
        for k, stated in groups.items():
            if len(stated) < 2:
                continue
            pair = _odd_one(stated)
            if pair is None:
                for q in stated:
                    record(doc, self.code, "restated", q, True, "A = A'", [g for g in stated if g is not q][:1])
                continue
            if not pair:
                continue          # three statements or more, no one value clearly meant
            first, second = pair
            if doc.paragraph_at(first.start) is doc.paragraph_at(second.start):
                continue          # one paragraph: more likely two things than one thing twice
            a, b = interval_of(first), interval_of(second)
            record(doc, self.code, "restated", second, False, "A = A'", [first])
            shown = sorted((first, second), key=lambda q: q.start)
            yield self.finding(
                doc, second.start, second.end, "odd" if len(stated) > 2 else "default",
                related=[Related(first.start, first.end, {"zh": "计划中另一处的数值", "en": "the plan's other statement"})],
                evidence={"metric": names[k], "first": list(a), "second": list(b),
                          "formula": "A = A' (one plan of the year stated twice)"},
                metric=names[k], first=doc.text[shown[0].start:shown[0].end] if len(stated) == 2 else doc.text[
                    first.start:first.end],
                second=doc.text[shown[1].start:shown[1].end] if len(stated) == 2 else doc.text[second.start:second.end])

    def _span_levels(self, doc):
        """The level a from–to change of the five-year review reaches and the year's level of the same metric
        (全市生产总值从4.16万亿元增加到5.67万亿元 … 全市生产总值达到5.67万亿元: :func:`lintgov.claims.horizons.span_levels`):
        the span ends with the year reviewed, so the two are one value stated twice."""
        for sl in span_levels(doc):
            a, b = interval_of(sl.level), interval_of(sl.reached)
            ok = a[0] <= b[1] + 1e-9 * abs(b[1]) and b[0] <= a[1] + 1e-9 * abs(a[1])
            record(doc, self.code, "restated", sl.reached, ok, "A = A'", [sl.level])
            if not ok:
                first, second = sorted((sl.level, sl.reached), key=lambda q: q.start)
                yield self.finding(
                    doc, sl.reached.start, sl.reached.end,
                    related=[Related(sl.level.start, sl.level.end, {"zh": "本年的数值", "en": "the year's level"})],
                    evidence={"metric": sl.name, "first": list(interval_of(first)), "second": list(interval_of(second)),
                              "formula": "A = A' (the level the five-year review reaches is the year's)"},
                    metric=sl.name, first=doc.text[first.start:first.end], second=doc.text[second.start:second.end])

    @staticmethod
    def _among_totals(doc, text: str, end: int) -> Dict[int, Tuple[str, frozenset, frozenset]]:
        """The figures of the review part written as the whole a part is taken from (全年审结的486件行政复议案件中,
        在收到的612件行政复议申请中), by start: (the metric's words — the action before 的 and the noun after the figure
        —, the scope words less the report's own, the years other than the one reviewed).  Not after a word of
        :data:`_GUARD` in its sentence (上半年审结的…, 其中…), not a count of kinds (3类), not of a noun qualified by a
        number (420件一审… is read with 一审)."""
        from lintgov.kind import figures_year
        skel, by_start = skeleton(doc)
        own = frozenset(first_person_scope(doc) or _self_scope(doc))
        own_year = figures_year(doc)
        out: Dict[int, Tuple[str, frozenset, frozenset]] = {}
        for m in _IN_FRAME.finditer(skel, 0, end):
            # 在全市520,000户市场主体中，企业占31.2%: the whole named as the frame a share is taken in, no action before it
            q = by_start.get(m.start("q"))
            if q is None or q.approx is not None or q.is_percent or measure(q) in ("类", "种", "项目"):
                continue
            s = doc.sentence_at(q.start)
            lo = s.start if s else max(0, q.start - 60)
            if _GUARD.search(text, lo, m.start("q")) or _GUARD.search(m.group("n")):
                continue
            name = words_key(m.group("n"))
            if len(name) < 4 or _NOT_A_NAME.search(_NAMED_WORDS.sub("", name)):
                continue
            years = frozenset(int(y) for y in _YEAR.findall(text, lo, q.start)) - {own_year}
            out[q.start] = (name, _area(_SCOPE.findall(text, lo, q.start)) - own, years)
        if "的" + QTOK not in skel:
            return out
        for m in lazyre.anchored_finditer(_AMONG_TOTAL, skel, _AMONG_TOTAL_ANCHOR, back=9, endpos=end):
            q = by_start.get(m.start("q"))
            if q is None or q.approx is not None or q.is_percent or measure(q) in ("类", "种", "项目"):
                continue
            s = doc.sentence_at(q.start)
            lo = s.start if s else max(0, q.start - 60)
            if _GUARD.search(text, lo, m.start("q")) or _GUARD.search(m.group("n")):
                continue
            name = words_key(m.group("v") + m.group("n"))
            if len(name) < 4 or _NOT_A_NAME.search(_NAMED_WORDS.sub("", name)):
                continue
            years = frozenset(int(y) for y in _YEAR.findall(text, lo, q.start)) - {own_year}
            scope = _area(_SCOPE.findall(text, lo, q.start)) - own
            out[q.start] = (name, scope, years)
        return out


@hookimpl
def lintgov_rules():
    return [MetricStatedTwice]
