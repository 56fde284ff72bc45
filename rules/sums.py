"""Sums of parts and part ≤ whole (LG103): a total and its breakdown (bracketed, 分别为, a total
after its parts, a breakdown after 其中 that is complete by its names), parts after 其中 that exceed
their whole, and shares listed with 分别占 that add up to more than 100%.

Same tolerance model as rules/arithmetic.py: every printed figure stands for its rounding interval
and a finding is raised only when no reading of the figures explains the stated total."""
from __future__ import annotations

import bisect
import math
import re
from typing import Dict, List, Tuple

from lintgov import hookimpl, lazyre
from lintgov.claims import ledger, record
from lintgov.claims.grammar import folded_text
from lintgov.claims.wholes import respective_split
from lintgov.claims.lists import (each_totals, ordinals_after_lists, enumerations, graded, member_parts, named_lists,
                                  names_as_printed, respective_members)
from lintgov.claims.indicators import indicator_parts
from lintgov.claims.parts import (  # the reading: totals, their parts, lists, exclusivity
    COUNTED_OPENING, FRAME_OPENS, REST_ITEM, NOT_ADDITIVE as _NOT_ADDITIVE, WHOLE_BY_NOUN,
    CLASSIFICATION_OPEN,
    another_deed, deed_apart, at_sentence_open, bare_part_sentences, bracket_pairs, change_after, change_sign, classified_whole,
    clause_break_after, clause_ok, clause_words, continues_list, count_figures, counts_the_parts, distributed,
    ends_with_head, exclusive_kinds, gap_subject, growth_gap, head_noun, includes_kind_of, iter_qs, kinds_of,
    label_numeral, label_of_whole, list_goes_on, named_items_of, named_without_head, names_its_parts, names_part,
    nested_in_list, noun_label, outside_brackets, part_label, parts_run_on, percent_list,
    previous_sentence_whole, raw_words_before, respectively_verb, same_thing_total, scopes_make_up, separated_whole,
    shared_head, split_head_total, split_list_before, threshold, total_or_stock_any, words_before, ALT_UNIT, AMONG, AMONG_DEED,
    AMONG_FRAME, AMONG_MARK, AMONG_WORDS, AVERAGE, PER_UNIT_LABEL, LIST_AND, BODY_HEAD, BRACKETED, BRACKET_CLOSE, BRACKET_INCLUDES,
    BRACKET_OPEN, CHANGE_CLAUSE, CHANGE_OR_AVERAGE_BEFORE, CN_SMALL, COLON, COLON_SUM, COLON_TOTAL, COMPLETE_HINT,
    COMPOUND_CHAR, COMPOUND_TOTAL, COUNTED_GROUPS, GROWTH_GAP, INCLUDING, INCLUDING_CHAR, ITEM_FIRST, ITEM_MARK,
    SUMMED_HEAD_TOTAL, respective_head_total, DUNHAO_JOIN, ITEM_NEXT, ITEM_OPEN, ITEM_OTHER_TIME, ITEM_SCOPES, KINDS_TOTAL, KIND_UNITS, LIST_VERB, LIST_WINDOW, MADE_OF_FIRST_STOPS, MADE_OF_STOPS, MAX_PARTS, NAMED_JOIN,
    MADE_OF, MADE_OF_CHAR, MADE_OF_FIRST, YEARS_TOTAL,
    NAMED_AMONG, NAMED_AMONG_BRACKET, names_key, NOT_A_WHOLE, NOT_OWN_NOUN, NOT_THE_SUM, OTHER_TIME, OUTCOME, OWN_NOUN_GAP,
    PARTIAL, PART_IN_BRACKET, PLACE_MEASURES, PRIOR_LIST, QUALIFIER, QUOTED, REMARK_GAP, RESPECTIVELY, RESP_AFTER,
    REST, SAME_VERB_TOTAL, SCOPED_TOTAL, SCOPE_ONLY, SHARES_LIST, SHARES_OF_WHOLE, SHARE_IN_CLAUSE, SPLIT_WHOLE,
    COUNT_NAMED_TOTAL, STOCK_WORD, SUBTOTAL, TOTAL_AFTER, TOTAL_AFTER_WORDS, TOTAL_OPENS, TOTAL_OPENS_VERB, TOTAL_WORD, WHOLE_WINDOW,
    WITHIN, YEAR_LABEL, YEAR_TOTAL_AFTER, TOTAL_NAME, HEAD_TOTAL, UNIT_GLOSS,
)
from lintgov.claims.horizons import span_parts
from lintgov.claims import parts as _parts
from lintgov.claims.binding import bound_parts
from lintgov.claims.ratios import among as _among_pairs, area_totals as _area_totals, names_whole_head
from lintgov.claims.plusrest import plus_rest
from lintgov.claims.subsets import added_then_cumulative, remainders, unmarked_parts
from lintgov.claims.stocks import (
    added_beside_levels,
    additions,
    done_of_list,
    implied_parts,
    nested_thresholds,
    rest_of_whole,
    top_lists,
)
from lintgov.claims.classes import counted_alike, sibling_of_whole
from lintgov.claims.classes import (DECISION as _DECISION,
                                    attribute_words as _attribute_words,
                                    exclusive as _why_exclusive,
                                    overlapping as _overlapping, overlap_stated as _overlap_stated,
                                    later_stage as _later_stage, cumulative_plan as _cumulative_plan, qualified_action as _qualified_action,
                                    answers as _answers,
                                    LATER_STAGE_WORDS as _LATER_STAGE_WORDS, SELECTION_WORDS as _SELECTION_WORDS,
                                    selected as _selected, SELECTION_FIRST as _SELECTION_FIRST,
                                    siblings as _siblings, year_of as _year_of)
from lintgov.claims.partition import (CARRIED_IN, NEW_INTAKE, level_chain as _level_chain, open_list as _open_list, announced as _announced, announced_kinds as _announced_kinds,
                                      CLAUSE_MARK as _CLAUSE_MARK, by_count as _by_count, negation_pair,
                                      closing_total as _closing_total, counts_kinds as _counts_kinds, respectively as _respectively_why, respectively_own as _respectively_own,
                                      classification as _classification, complete as _complete_by_name,
                                      exhaustive as _exhaustive_parts)
from lintgov.claims.thresholds import BOUND_WORDS
from lintgov.claims.values import NEAR_WORDS, count_interval, interval_of, measure
from lintgov.claims.roles import clause_start
from lintgov.claims.rates import _CHECK_ONE_RE6 as _POPULATION_KIND
from lintgov.claims.rates import context_before, is_count, is_delta, measure_of, rate_before_breakdown, sentence_window, strip_level_verb
from lintgov.quantities import Quantity, quantities_in, quantity_starts
from lintgov.rule import Related, Rule, bad, good
from lintgov.rules.arithmetic import fmt_num, label, overlaps, stated_interval
from lintgov.claims.parts import AMONG_INCLUDING, without_bracketed, states_key_total, without_shared_period, ATTRIBUTE_CLAUSE
from lintgov.claims.grammar import digits_masked
from lintgov.claims.parts import (  # patterns compiled once (the reading's vocabulary lives in the claims layer)
    _CHECK_RE1,
    CLOSING_TOTAL as _CLOSING_TOTAL,
    PART_NOUN as _PART_NOUN,
    _STAGES_RE1,
    _STAGES_RE2,
    _STAGES_RE3,
    _STAGES_RE4,
    _STAGES_RE5,
    _RESPECTIVELY_RE1,
    RESPECTIVELY_OWN_VERB as _RESPECTIVELY_OWN_VERB,
    _RESPECTIVELY_RE2,
    _RESPECTIVELY_RE3,
    _RESPECTIVELY_RE4,
    _KINDS_NEXT_SENTENCE_RE1,
    _KINDS_NEXT_SENTENCE_RE2,
    _KINDS_NEXT_SENTENCE_RE3,
    _KINDS_NEXT_SENTENCE_RE4,
    _KINDS_NEXT_SENTENCE_RE5,
    _KINDS_NEXT_SENTENCE_RE6,
    _NAMED_AMONG_RE1,
    _NAMED_AMONG_RE2,
    _NAMED_AMONG_RE3,
    _NAMED_AMONG_RE4,
    _NAMED_AMONG_RE5,
    _NAMED_AMONG_RE6,
    _NAMED_AMONG_RE7,
    _DISJOINT_SUM_RE1,
    _DISJOINT_SUM_RE2,
    _DISJOINT_SUM_RE3,
    _DISJOINT_SUM_RE4,
    _DISJOINT_SUM_RE5,
    _DISJOINT_SUM_RE6,
    _DISJOINT_SUM_RE7,
    _DISJOINT_SUM_RE8,
    _DISJOINT_SUM_RE9,
    _DISJOINT_SUM_RE10,
    _DISJOINT_SUM_RE11,
    _DISJOINT_SUM_RE12,
    _DISJOINT_SUM_RE13,
    _DISJOINT_SUM_RE14,
    _DISJOINT_SUM_RE15,
    _DISJOINT_SUM_RE16)



def _made_of_parts(masked, sq, whole, lo, hi, stops, joins_ok):
    """The parts of a 由…组成 list [lo, hi) of ``whole``: every figure in it a count of the whole's measure, at least
    two, each named (words before the first, a join of ``joins_ok`` between two), no word of ``stops``; else None."""
    inside = [q for q in sq if q.start >= lo and q.end <= hi]
    parts = [q for q in inside if measure_of(q) == measure_of(whole) and is_count(q)]
    if len(parts) < 2 or len(parts) != len(inside) or len(parts) > MAX_PARTS \
            or any(not _bounded(q) or is_delta(masked, q) for q in parts) or stops.search(masked[lo:hi]):
        return None
    joins = [masked[a.end:b.start] for a, b in zip(parts, parts[1:])]
    if not all(any(p.fullmatch(j) for p in joins_ok) for j in joins) \
            or not re.search(r"[\u4e00-\u9fff]", masked[lo:parts[0].start]):
        return None
    return parts


def _next_sentence_or_paragraph(doc, masked: str, si: int) -> bool:
    """Whether sentence ``si`` follows sentence ``si - 1`` in its paragraph, or opens the paragraph right after the one
    that sentence closes (全市共有中小学校126所。\n小学78所，初中36所，普通高中12所。: a total closing its paragraph, its kinds
    listed in the next one — one line break between, no heading, no other text)."""
    s, ps = doc.sentences[si], doc.sentences[si - 1]
    if ps.paragraph == s.paragraph:
        return True
    gap = masked[ps.end:s.start]
    if gap.count("\n") != 1 or gap.strip():
        return False
    starts = doc.__dict__.get("_lintgov_heading_starts")
    if starts is None:
        starts = doc.__dict__["_lintgov_heading_starts"] = [h.start for h in doc.headings]
    k = bisect.bisect_left(starts, ps.start)
    return not (k < len(starts) and starts[k] < s.end)    # (no heading in either sentence: a new section's figures)


def _head_named_total(masked, s, qs, i, pre) -> str:
    """The noun a total after its parts is named by (:data:`HEAD_TOTAL`) when the two figures before it each close a
    clause whose words end with that noun and name it with a modifier of their own (专职人民调解员 / 兼职人民调解员 before
    人民调解员共…), of no other period, change or subset; "" otherwise."""
    m = HEAD_TOTAL.match(pre)
    if m is None or i < 2:
        return ""
    name = m.group("n1") or m.group("n2")
    if NOT_THE_SUM.search(name) or OTHER_TIME.search(name):
        return ""
    mods = []
    for p in qs[i - 2:i]:
        clause = re.split(r"[，,；;。、：:]", masked[max(s.start, p.start - 24):p.start])[-1]
        clause = re.sub(r"[^\u4e00-\u9fff]", "", clause)
        if not clause.endswith(name) or len(clause) == len(name) or OTHER_TIME.search(clause) \
                or NOT_THE_SUM.search(clause[:-len(name)]):
            return ""
        mods.append(clause[:-len(name)])
    return name if len(set(mods)) == len(mods) else ""


def _words_of(masked: str, q) -> str:
    """The words naming a count in its own clause, up to the count (维持 of 维持226件; 依法驳回 of ，依法驳回47件)."""
    return re.split(r"[，,、；;。：:\s]", masked[max(0, q.start - 16):q.start])[-1]



def _shown_result(result, dec: int, iv, t):
    """(computed, difference) as printed in a finding on ``result`` (a flow's or a balance's): the middle of the
    computed interval ``iv`` and its distance from the stated ``t``, in the result's scale (万/亿) and measure."""
    mult = result.value / result.mantissa if result.mantissa else 1.0
    unit = {1e4: "万", 1e8: "亿"}.get(round(mult), "") + measure(result)
    got = fmt_num((iv[0] + iv[1]) / 2 / mult, dec)
    diff = fmt_num(abs((iv[0] + iv[1]) / 2 - (t[0] + t[1]) / 2) / mult, dec)
    return got + unit, diff + unit

def _is_account_total(doc, q: Quantity) -> bool:
    """Whether ``q`` is a named total of a budget account (claims.accounts: 本年支出合计D, 收入总数C)."""
    from lintgov.claims.accounts import totals
    return any(t.q.start == q.start for t in totals(doc))


def _account_amount(doc, like: Quantity, x: float) -> str:
    """An amount shown as ``like`` is printed (千分撇 where it has them, its decimals and unit)."""
    printed = doc.text[like.num_start:like.num_end]
    body = f"{x:,.{like.decimals}f}" if ("," in printed or "，" in printed) else fmt_num(x, like.decimals)
    return body + doc.text[like.num_end:like.end]


class PartsSum(Rule):
    code = "LG103"
    name = "parts-sum-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "分项之和与总数不符，或“其中”的部分大于整体",
               "en": "Parts do not add up to the total, or a part after 其中 exceeds its whole"}
    description = {
        "zh": "检查三种写法：总数后紧跟括号列出的分项（共N项（A项、B项…））、“N件，分别为A件、B件…”、"
              "“A件、B件…，共计N件”——分项之和应等于总数（括号内有“其中/包括/等”时只要求不超过）；"
              "“其中”之后以“其他”收尾的完整分类之和应等于总数；“其中”之后的部分不得大于它前面同计量单位的任何整体；"
              "“分别占a%、b%…”各部分占比之和不得超过100%。“其中”之后列出的同一分类的各项（主板公司、创业板公司；"
              "文史类、理工类；国家级、省级）之和不得超过整体，嵌套的“其中”（括号内或紧跟在前一项之后）以其前一项为整体；"
              "“其中A、B、C分别为a、b、c”之和不得超过整体；句首“全市合计N”应等于前一句各项之和；"
              "“一、二、三产业增加值分别为A、B、C，地区生产总值合计T”三次产业之和应等于T。"
              "同一中心词、修饰语各不相同的并列名称（县道、乡道、村道；国有、民营、外资企业；一审、二审）以及“分为”“按…分”"
              "之后的分类互斥，其和不得超过整体；党员、女性、涉及…等可能重叠的属性不相加。括号内每个分项有两种计量"
              "（期、人次）时各自求和；“合计N件（份）”同时计入件和份；“A中由…的M家”不得大于A。总数之后紧接的"
              "“办结…、未办结…”之和应等于总数；“按…统计”的完整分类可对应前几句的总数。学段、层级、信访形式、"
              "同一分类词（领域、系统、类）、三种以上行政处罚种类、同一预算的补贴或支出科目互斥；“合计T：A；B；C”"
              "各项之和应等于T；“多/余/约”按区间计算（1030多亿元即1030–1040亿元）。列表中有其他计量单位的分项"
              "（人次、件、次并列，总数为件（次））时，与总数同单位的分项只是列表的一部分：只检查其和不超过总数。"
              "“其中”前紧挨着的数与部分单位不同（新增主体N户，注册资本X亿元，增长Y%，其中…M户）时，以前面同单位的数为整体；"
              "修饰名词的门槛（过亿元的企业、50亿元以上项目）不是部分。“新增N家，总数（累计、总量）达M家”“总量达T户，新登记N户”"
              "中当年新增部分不得大于总数。某一行业或群体的增加值（金融业、战略性新兴产业、规上工业）不得大于回顾部分"
              "唯一给出的地区生产总值，服务业各行业（金融业、房地产业、现代服务业）增加值不得大于第三产业（服务业）增加值，先进制造业、高技术制造业增加值不得大于规上工业增加值，某类投资（工业、技改、民间、"
              "基础设施）不得大于固定资产投资，技改投资不得大于工业投资——无论相隔几句、几段，或在“分别”列表中。"
              "政府工作报告回顾本年的段落中某一指标的数值，不得大于五年回顾中同一指标的合计（城镇新增就业22.89万人…这五年…"
              "城镇新增就业124.27万人）：只读逐年累加的指标（新增、建设、改造、认定等）或写明“累计”的合计，不读年均、每年、"
              "以下限给出的合计（超700万人）和其他年份的数值；报告同时给出五年目标和本年工作安排时，本年计划的数值不得大于五年目标中"
              "同一指标的合计（今后五年建成托位5200个，2023年建成托位1000个），不读五年目标末年达到的水平。"
              "列表之后以界限给出的合计（A件、B件，共计超过N件 / 合计不足N件 / 共计近N件）按界限的方向检查：超过、逾、突破、"
              "以上为不小于N，不足、不到、以内为不大于N，近、接近、将近为N的九成至N。以分项个数命名的合计（三项支出N、以上四项合计N、两者合计N）"
              "等于其前紧挨着的同样多个分项之和（合计带名词时各分项须带该名词）；新收与上年结转（旧存）是一年案件的完整划分；"
              "“分别”列表把各值绑定到各自的名称：一、二、三产业之后的“地区生产总值达T”、四个季度之后的“全年完成…T”为其和。"
              "“其中”之后同一中心词、修饰语各不相同的名称（区政府文件、部门文件、街道文件；城市社区网格、农村网格）是同一分类的取值，"
              "其和不得超过整体；可能交叉的属性（500强、上市、享受…服务、跨部门/跨区域）、两条分类线（公办/寄宿制）、用途（…资金、…补贴）、"
              "同一动作的先后环节（同意调解的/调解成功）以及原文写明兼有（线上线下同步）的不相加。“由A、B和C构成/组成”“为A与B之和”"
              "“2023年、2024年…两年累计T”的各项之和应等于T。"
              "文中表明各项即总数的全部时——列明分类数目并列出同样多项（按申请事项分为三类：…；涉及3类事项，其中…；通过…两种方式办理，其中…）、"
              "末项为“其他/其余/剩余”、“办结/未办结”“已整改/尚未整改”互补、完整划分（城镇/乡村）、分项后以“合计/共计/共”总括——"
              "各项之和应等于总数（容差为各数印出位数的舍入），证据中写明理由；“等”“主要”“包括”“部分”或仅有“其中”时只要求不超过总数。"
              "预算执行和决算报告的收支账户：本年收入加上年结转收入（及“加”引出的上级补助收入、调入资金等）等于收入总数（总计），"
              "支出同理；收支相抵的结余（结转下年）等于收入总数减支出总数；“收支平衡”时二者相等；“其中”之后各项各带"
              "“完成预算数的x%”时，各项之和不得超过整体；“其他各项”为其余全部。",
        "en": "Checks a total followed by a bracketed breakdown (共N项（A项、B项…）), \"N件，分别为A件、B件…\" and "
              "\"A件、B件…，共计N件\": the parts must add up to the total (only 'not more than' when the bracket says "
              "其中/包括/等); a breakdown after 其中 that ends with 其他 must add up to the whole. A part after 其中 "
              "must not exceed every whole with the same measure word before it, and shares listed with 分别占 "
              "cannot add up to more than 100%. Kinds of one classification listed after 其中 (主板公司/创业板公司, "
              "文史类/理工类, 国家级/省级) cannot add up to more than the whole; a nested 其中 (in brackets or right "
              "after the previous part) is checked against that part; 其中A、B、C分别为a、b、c cannot exceed the whole; "
              "a sentence opening with 全市合计N must equal the figures of the sentence before; the three industries of "
              "一、二、三产业…分别为A、B、C add up to the whole named after them (地区生产总值合计T). Sibling names (one head, a "
              "modifier of the same length each: 县道/乡道/村道, 国有/民营/外资企业, 一审/二审) and kinds after 分为 or 按…分 "
              "exclude each other and cannot add up to more than the whole; attributes that may overlap (党员, 女性, "
              "涉及…) are never summed. A bracket with two measures per part (期 and 人次) is summed per measure; a total "
              "in 件（份） counts parts in either unit; a part of a part (A中由…的M家) is not more than A. A thing and its "
              "negation right after a total (办结…，未办结…) add up to it; a complete classification (按…统计) may split a "
              "total stated sentences before. School stages, levels, petition channels, names with one classification "
              "word (领域, 系统, 类), three or more kinds of administrative penalty, and subsidies or expenditure items of "
              "one budget exclude each other; 合计T：A；B；C adds up to T; 多/余/约 are read as intervals "
              "(1030多亿元 is 1030–1040亿元). When a list holds items of other units (人次, 件, 次 under a total in 件（次）), the "
              "items in the total's units are a subset of the list chosen by unit: they are only checked not to exceed "
              "it. A part after 其中 whose unit differs from the count right before it (新增主体N户，注册资本X亿元，增长Y%，"
              "其中…M户) is checked against the count of its own unit before; a threshold that qualifies a noun "
              "(过亿元的企业, 50亿元以上项目) is not a part. A year's addition is not more than the stock it brings the total "
              "to (新增N家，总数达M家; 累计达到M; 总量达T户，新登记N户). The value added of an industry or group of the "
              "economy (金融业, 战略性新兴产业, 规上工业) is not more than the one GDP the review states, a sector of the services "
              "not more than the tertiary industry's value added, advanced and "
              "high-tech manufacturing not more than the above-scale industry's value added, an investment of a kind "
              "(工业, 技改, 民间, 基础设施) not more than the fixed-asset investment and technical renovation not more than "
              "the industrial investment — sentences or paragraphs apart, or in one 分别 list. In a work report's review, "
              "the year's figure of a metric is not more than the five years' total of the same metric in the five-year "
              "review (城镇新增就业22.89万人 … 这五年…城镇新增就业124.27万人), and the year's target not more than the "
              "five-year plan's total of it when the report states both (建成托位1000个 under 2023年工作安排, 建成托位5200个 "
              "under 今后五年的目标任务; never a level the plan reaches in its last year): only metrics that add up over years "
              "(新增, 建设, 改造, 认定…) or a total said to be 累计; never a yearly average (年均, 每年), a total stated as "
              "a lower bound (超700万人) or another year's level. A total stated as a bound after its list (A件、B件，"
              "共计超过N件 / 合计不足N件 / 共计近N件) is checked in its direction: at least N for 超过/逾/突破/以上, at most N "
              "for 不足/不到/以内, from 0.9·N to N for 近/接近/将近. A total named by the count of its parts (三项支出N, "
              "以上四项合计N, 两者合计N) is the sum of exactly as many figures right before it (each carrying the total's "
              "noun when it names one); the cases received this year and those carried over (新收/上年结转, 旧存) make up a "
              "year's case load; a 分别 list binds each value to its name: 地区生产总值达T after the three industries and "
              "全年完成…T after the four quarters are their sums. Names after 其中 with one head and a modifier each "
              "(区政府文件/部门文件/街道文件, 城市社区网格/农村网格) are values of one classification and cannot add up to more "
              "than the whole; attributes that may cut across (500强, 上市, 享受…服务, 跨部门/跨区域), two lines of "
              "classification (公办/寄宿制), purposes (…资金, …补贴), stages of one action (同意调解的/调解成功) and kinds the "
              "text says overlap (线上线下同步) are never summed. A total said to be made of the parts after it (由A、B和C构成/"
              "组成, 为A与B之和) and a year count naming its years' total (2023年、2024年…，两年累计T) equal their sums. "
              "When the text makes the parts all of the whole — a count of kinds announced and as many given (分为三类：…, "
              "涉及3类事项，其中…, 通过…两种方式…), a last part 其他/其余, a thing and its negation (办结/未办结, 已整改/尚未整改), "
              "a complete split, a total word after the parts (合计/共计/共) — they must add up to it within the printed "
              "rounding, and the evidence gives the reason (lintgov.claims.partition); 等/主要/包括/部分 or 其中 alone keep "
              "'not more than'. The account of a budget report: the year's revenue plus the carry-over (and the items "
              "加 adds: 上级补助收入, 调入资金…) makes the whole revenue (收入总数, 收入总计), the same for spending; the "
              "balance after 收支相抵 (结余, 结转下年) is revenue less spending; 收支平衡 says they are equal; parts after 其中 "
              "each with its own 完成预算数的x% are not more than their whole; 其他各项 is all that is left.",
    }
    authority = "逻辑一致；《党政机关公文处理工作条例》数字准确的要求"
    messages = {
        # {why}: empty, or (the parts read as all of the total: claims.partition) the tolerance and the reason
        "sum": {"zh": "分项之和{sum}与总数{total}不符：{formula} = {sum}（相差{diff}）{why}",
                "en": "the parts add up to {sum}, not the total {total}: {formula} = {sum} (off by {diff}){why_en}"},
        "changes": {"zh": "各分项增减量之和{sum}与整体的增减量不符（{total}）：{formula} = {sum}（相差{diff}）{why}",
                    "en": "the parts' changes add up to {sum}, not the whole's change ({total}): {formula} = {sum} "
                          "(off by {diff}){why_en}"},
        "exceeds": {"zh": "分项之和{sum}超过总数{total}：{formula} = {sum}",
                    "en": "the parts add up to {sum}, more than the total {total}: {formula} = {sum}"},
        "shares_complete": {"zh": "以“其他”收尾的各部分占比之和{sum}不等于100%：{formula} = {sum}（容差±{tol}）",
                            "en": "shares of parts ending with 其他 add up to {sum}, not 100%: {formula} = {sum} (±{tol})"},
        "shares": {"zh": "同一整体的各部分占比之和{sum}超过100%：{formula} = {sum}",
                   "en": "shares of one whole add up to {sum}, more than 100%: {formula} = {sum}"},
        "enumerated": {"zh": "数目{count}与其后列出的名称个数{listed}不符：{names}",
                       "en": "the count {count} does not match the {listed} names listed after it: {names}"},
        "enumerated_at_least": {"zh": "数目{count}少于其后列出的{listed}项：{names}",
                                "en": "the count {count} is smaller than the {listed} items listed after it: {names}"},
        "enumerated_before": {"zh": "数目{count}与其前列出的名称个数{listed}不符：{names}",
                              "en": "the count {count} does not match the {listed} names listed before it: {names}"},
        "account": {"zh": "{what}不符：{formula} = {expect}，而文中为{total}",
                    "en": "the budget account does not add up ({what_en}): {formula} = {expect}, but the text states "
                          "{total}"},
        "added": {"zh": "新增的{part}大于它所计入的总数{whole}：新增部分不可能多于总量（{formula}）",
                  "en": "the addition {part} is larger than the total {whole} it is part of ({formula})"},
        "ordinal": {"zh": "“继……之后”列出{listed}个，其后应为第{expected}，而文中为“{stated}”：{names}",
                    "en": "{listed} named after 继 come before, so the next is number {expected}, not “{stated}”: {names}"},
        "added-rise": {"zh": "由{base}到{current}增加的数量大于所述新增的{added}：总数的净增不可能多于新增（{formula}）",
                       "en": "the stock rose from {base} to {current}, by more than the {added} said to be added ({formula})"},
        "listed": {"zh": "同一“分别”列表中的部分{part}大于它所属的{whole}（{why}）",
                   "en": "the part {part} of a 分别 list is larger than the item {whole} it belongs to ({why_en})"},
        "included": {"zh": "括号中说明所含的部分{part}大于它所属的{whole}",
                     "en": "the part {part} the bracket says is included is larger than the whole {whole}"},
        "within": {"zh": "“包括……在内”所列的部分{part}大于其后的整体{whole}",
                   "en": "the part {part} listed in 包括…在内 is larger than the whole {whole} after it"},
        "nested": {"zh": "高门槛以上的{part}多于低门槛以上的{whole}：高于较高门槛的必然也高于较低门槛",
                   "en": "the count {part} above the higher threshold is larger than the count {whole} above the lower one"},
        "done": {"zh": "完成的{part}多于所列的{whole}{noun}：完成的只能是其中的一部分",
                 "en": "{part} done is more than the {whole} {noun} listed: those done are some of them"},
        "rest_over": {"zh": "其余的{rest}与最大的分项（{parts}中最大者）之和至少为{least}，已超过整体{whole}",
                      "en": "the rest {rest} and the largest of the parts {parts} add up to at least {least}, more than the "
                            "whole {whole}"},
        "rest_sum": {"zh": "各分项{parts}互不重叠，与其余的{rest}合计应为整体{whole}，实为{least}",
                     "en": "the parts {parts} exclude each other: with the rest {rest} they make up the whole {whole}, "
                           "but add up to {least}"},
        "rest_under": {"zh": "整体{whole}多于其余的{rest}与各分项{parts}之和：最多为{most}",
                       "en": "the whole {whole} is more than the rest {rest} and the parts {parts} together: at most {most}"},
        "unmarked": {"zh": "{part}（{deed}）多于前面的总数{whole}：它们只能是总数中的一部分",
                     "en": "{part} that did what the clause says ({deed}) is more than the total {whole} before it: they "
                           "are some of its things"},
        "remainder": {"zh": "总数{whole}减去已{deed}的{done}为{expected}，而文中剩下的为{rest}",
                      "en": "the total {whole} less the {done} already done ({deed}) is {expected}, but what is left is "
                            "stated as {rest}"},
        "cumulative": {"zh": "本次的{part}多于紧随其后的累计总数{whole}：累计数包含本次的数量",
                       "en": "{part} this time is more than the cumulative count {whole} stated right after it, which "
                             "holds it"},
        "not_done": {"zh": "尚未完成的{part}多于所列的{whole}{noun}：未完成的只能是其中的一部分",
                     "en": "{part} not done is more than the {whole} {noun} listed: those not done are some of them"},
        "span": {"zh": "本年的{part}大于五年回顾中同一指标的合计{whole}：一年的数量不可能多于包含该年的五年合计",
                 "en": "the year's {part} is larger than the five years' total {whole} of the same metric stated in the "
                       "five-year review: one year cannot add more than the five years that include it"},
        "plan_span": {"zh": "本年计划的{part}大于五年目标中同一指标的合计{whole}：一年的目标不可能多于包含该年的五年目标",
                      "en": "the year's target {part} is larger than the five-year plan's total {whole} of the same metric: "
                            "one year's target cannot exceed the five years' that include it"},
        "stage": {"zh": "{part}是对{whole}的后续环节（同一批对象），不能多于{whole}",
                  "en": "{part} is a later stage of the same things as {whole}: it cannot be more than {whole}"},
        "chosen": {"zh": "{part}是从前述{whole}中选出的（获认可、推广、入选或上市的同一批对象），不能多于{whole}",
                   "en": "{part} are chosen from the {whole} counted before them (recognised, promoted, selected or "
                         "listed): they cannot be more than {whole}"},
        "member": {"zh": "{part}大于整体{whole}：整体的名称列出了它的各组成部分（{members}），部分不能大于整体",
                   "en": "{part} is larger than the whole {whole}, whose name lists its parts ({members})"},
        "especially": {"zh": "“特别是”之后的部分{part}大于整体{whole}",
                       "en": "the part {part} singled out after 特别是/尤其是 is larger than the whole {whole}"},
        "top": {"zh": "进入{list}的{part}多于该榜单的{size}个名额",
                "en": "{part} entered {list}, a list of {size} places: more than it has"},
        "implied": {"zh": "{part_name}{part}大于{whole_name}{whole}：按定义前者是后者的一部分",
                    "en": "{part_name} {part} is larger than {whole_name} {whole}, which holds it by definition"},
        "balance": {"zh": "期末数{result}与期初数加本期增加、减去本期减少不符：{formula}（相差{diff}）",
                    "en": "the closing figure {result} is not the opening one plus what came in less what went out: "
                          "{formula} (off by {diff})"},
        "flow": {"zh": "{result}与其前两数之差不符：{formula}（相差{diff}；{why}）",
                 "en": "{result} is not the difference of the two figures before it: {formula} (off by {diff}; {why})"},
        "plus_rest": {"zh": "{part}加上{rest}才共为{whole}，部分不能大于整体",
                      "en": "{part} plus {rest} make {whole} together: the part cannot be more than the total"},
        "default": {"zh": "“其中”的部分{part}大于整体{whole}",
                    "en": "the part {part} after 其中 is larger than the whole {whole}"},
    }
    examples = (
        bad("全年实现“四个突破”，工业总产值突破5000亿元，外贸进出口突破2000亿元，常住人口突破300万人。",
            note="a quoted count, its items each stating the counted word"),
        good("全年实现“三个突破”，工业总产值突破5000亿元，外贸进出口突破2000亿元，常住人口突破300万人。"),
        bad("五大行动：稳岗行动、扩岗行动、培训行动。", note="a count term before a colon and its names"),
        bad("出台三项制度：《执法公示办法》《全过程记录办法》《法制审核办法》《裁量基准》。",
            note="a count announced and the titles listed after it (lintgov.claims.announced)"),
        good("出台四项制度：《执法公示办法》《全过程记录办法》《法制审核办法》《裁量基准》。"),
        bad("开展五类专项整治，包括食品安全、药品安全、交通安全、消防安全、校园安全和网络安全。",
            note="包括 may name some of the kinds counted, never more"),
        good("开展八类专项整治，包括食品安全、药品安全、交通安全、消防安全、校园安全和网络安全。"),
        bad("全力发展智能终端和新型储能三大产业。", note="two names joined by 和 before the count"),
        good("全力发展智能终端和新型储能两大产业。"),
        bad("24个部门462项权责清单事项公布（行政许可95项、行政处罚92项、行政强制13项、其它权力64项）。"),
        bad("审结案件300件，分别为维持180件、驳回60件、撤销40件、终止30件。"),
        bad("维持180件、驳回60件、撤销40件，共计290件。"),
        bad("共受理行政复议申请356件，其中审结389件。"),
        bad("行政处罚、政府信息公开、举报投诉处理类案件分别占48.2%、27.5%、30.1%。"),
        good("行政处罚、政府信息公开类案件分别占48.2%、27.5%。"),
        good("24个部门264项权责清单事项公布（行政许可95项、行政处罚92项、行政强制13项、其它权力64项）。"),
        good("全县农村公路里程年均增加152公里（2019年为3260公里，2023年为3868公里）。",
             note="the levels at a span's ends, each labelled by its year, are not parts of the average change"),
        good("审结300件，其中维持180件、撤销40件。", note="a partial list after 其中"),
        good("审结案件310件，分别为维持180件、驳回60件、撤销40件、终止30件。"),
        good("受理200件，维持180件、驳回60件、撤销40件，共计280件。"),
        good("办理案件100件（其中涉企案件30件、涉及群众40件）。"),
        bad("全年共发生生产安全事故31起，其中，工矿商贸事故17起，道路运输事故24起。",
            note="kinds of one classification after 其中 add up to more than the whole"),
        good("全年共发生生产安全事故31起，其中，工矿商贸事故17起，道路运输事故14起。"),
        good("新增企业751家，其中高新技术企业500家、专精特新企业300家。", note="kinds that may overlap are not summed"),
        bad("卫生技术人员33025人，其中执业（助理）医师11835人（其中执业医师12919人）。",
            note="a nested 其中 is checked against its own whole"),
        bad("全县共有学校48所，其中小学、初中、高中分别有40所、12所、4所。"),
        good("收到行政复议申请356件，受理、审结分别为318件、300件。", note="分别 without 其中: not parts of one whole"),
        bad("市本级审结行政复议案件215件；各区审结593件。全市合计审结908件。"),
        good("市本级审结行政复议案件215件；各区审结593件。全市合计审结808件。"),
        bad("全年收到行政复议申请860件，其中受理790件；在受理的案件中，已审结820件。",
            note="在…中 names the whole of the figures after it"),
        bad("办理人大代表建议和政协提案共计386件，其中人大代表建议162件，政协提案254件。",
            note="the whole is named as its parts: they add up to it"),
        good("办理人大代表建议和政协提案共计386件，其中人大代表建议162件，政协提案224件。"),
        bad("全县农村公路总里程1200公里，其中县道320公里、乡道460公里、村道510公里。",
            note="sibling kinds (one head, a modifier each) exclude each other: 1290 > 1200"),
        good("新录用公务员120人，其中党员80人、女性65人、少数民族12人。",
             note="attributes that may overlap are never summed"),
        bad("全年办理案件1200件，分为行政处罚案件700件、行政许可案件300件、行政强制案件260件。",
            note="分为 / 按类型分 classify: the kinds exclude each other"),
        bad("全年共开展法治培训46期5,680人次（市级培训18期2,140人次，区级培训28期3,240人次）。",
            note="each measure of a bracketed breakdown adds up separately: 2,140+3,240 ≠ 5,680"),
        good("全年共开展法治培训46期5,680人次（市级培训18期2,140人次，区级培训28期3,540人次）。"),
        bad("审查规范性文件168件、合同协议1,024份、重大行政决策86件，合计1,378件（份）。",
            note="a total in 件（份） counts parts in 件 and in 份"),
        good("审查规范性文件168件、合同协议1,024份、重大行政决策86件，合计1,278件（份）。"),
        bad("培育高成长性企业86家，其中瞪羚企业16家，瞪羚企业中由省级认定的19家。",
            note="a part of a part: not more than its own whole"),
        good("培育高成长性企业86家，其中瞪羚企业16家，瞪羚企业中由省级认定的9家。"),
        bad("全年共受理信访事项500件，办结480件，未办结30件。", note="a thing and its negation after a total add up to it"),
        good("共收到行政复议申请103件，受理91件，不予受理10件。", note="不予受理 is a decision: 转送/告知 are left out"),
        bad("全年社会消费品零售总额830.0亿元。按经营地统计，城镇702.5亿元；乡村127.5亿元。按消费类型统计，"
            "商品零售741.3亿元；餐饮收入98.7亿元。", note="a classification of a total stated sentences before"),
        bad("全县有乡镇卫生院21个（中心卫生院6所、一般卫生院17所）。", note="个 and 所 count the same kind of place"),
        bad("建筑业总产值增长12.9%。其中，建筑工程产值占比90.5%；安装工程产值占比5.5%；其他产值占比7.0%。",
            note="shares of parts ending with 其他 add up to 100%"),
        bad("全年进出口总额860.5亿元，比上年增加60.5亿元。其中，出口520.3亿元，比上年增加40.1亿元；进口340.2亿元，"
            "比上年增加30.4亿元。", note="the changes of a complete breakdown add up to the whole's change"),
        good("受理案件300件，其中当事人为企业的180件，当事人为个人的150件。",
             note="relative clauses (…的) name attributes a case may share: not summed"),
        bad("补助资金由2019年的45亿元增加到2023年的82亿元，五年共计310亿元，其中用于农村公路的资金350亿元。",
            note="the 其中 part belongs to the total right before it (五年共计), not to the larger levels before"),
        bad("全年共作出行政处罚决定1,250件，其中警告320件、罚款960件、没收违法所得110件、责令停产停业60件。",
            note="three or more kinds of penalty in a breakdown exclude each other (lintgov/claims/classes.py)"),
        bad("全年共办理行政执法案件3,460件，其中市场监管领域1,280件、生态环境领域620件、交通运输领域870件、城市管理领域990件。",
            note="names with one classification word (领域, 系统, 类, 行业) are kinds of one classification"),
        bad("开展执法检查320次、专项督查45次、联合执法68次，共计开展各类检查483次。",
            note="a total after its parts may name what was done (共计开展各类检查)"),
        bad("全年审结行政复议案件合计300件：维持180件；撤销40件；驳回80件；终止20件。",
            note="合计T：A；B；C — the colon list is the total's breakdown: it adds up to it"),
        good("全年审结行政复议案件合计300件：维持180件；撤销40件；驳回60件；终止20件。"),
        bad("全年民生支出1030多亿元，其中教育支出880多亿元，卫生健康支出250多亿元。",
            note="多/余 stand for up to the next unit of the last digit: 880多 + 250多 ≥ 1130 > 1040"),
        good("全年民生支出1030多亿元，其中教育支出780多亿元，卫生健康支出250多亿元。"),
        bad("在校学生112.51万人，教职工8.73万人，专任教师7.43万人，师生总人数157.61万人。",
            note="a total named by its parts' characters (师生): some of the counts before it add up to it"),
        good("在校学生112.51万人，教职工8.73万人，专任教师7.43万人，师生总人数121.24万人。"),
        good("全年减税降费8亿元，落实稳岗补贴2.8亿元、电价补贴7亿元。",
             note="kinds right after a total without 其中 must share its head: subsidies are not parts of tax cuts"),
        good("提供法律咨询2,300人次、代写法律文书420件、调解纠纷380次，合计3,100件（次）。",
             note="the total counts the 人次 item too: the items in 件 and 次 alone may fall short of it (never exceed)"),
        bad("提供法律咨询2,300人次、代写法律文书420件、调解纠纷380次，合计700件（次）。",
            note="the items in the total's units alone exceed it: 420+380 > 700"),
        bad("新增商事主体3,260户，认缴投资总额528.6亿元，增长12.4%，其中注册资本过亿元的企业3,520户。",
            note="the whole of a part is the count of its unit before an amount and a rate of other units"),
        bad("城区新增停车位1,200个，郊区新增860个，全市共计新增2,160个。",
            note="a scope's total (全市共计新增) of what each part did adds up to them"),
        good("完成投资43.4亿元，新开工项目8个，其中投资超过50亿元的项目3个。",
             note="a threshold that qualifies a noun (超过50亿元的项目) is not a part of the amount"),
        bad("全年受理行政复议案件120件、行政诉讼案件80件，共计超过210件。",
            note="a total stated as a bound: the sum must lie on the side its word states"),
        good("全年受理行政复议案件120件、行政诉讼案件80件，共计超过190件。"),
        bad("全年审核行政规范性文件152件，其中区政府文件64件、部门文件81件、街道文件17件。",
            note="values of one classification (a modifier each on one head: the issuer) cannot add up to more than the whole"),
        good("全年审核行政规范性文件152件，其中区政府文件64件、部门文件71件、街道文件17件。"),
        good("全年受理纠纷5,120件，其中当事人同意调解的4,826件，调解成功4,711件。",
             note="a chain of stages (调解 named twice): each a subset of the one before, never added up"),
        bad("全年办理法律援助案件1,628件，由刑事案件412件、民事案件1,275件和行政案件41件构成。",
            note="a total said to be made of the parts after it (由…构成, 为…之和) equals their sum"),
        good("全年办理法律援助案件1,628件，由刑事案件412件、民事案件1,175件和行政案件41件构成。"),
        bad("全年受理行政复议案件120件、行政诉讼案件80件，共计近300件。", note="近T: at most a tenth under T"),
        bad("第一、二、三产业增加值分别为36.2亿元、158.4亿元、205.7亿元，地区生产总值合计420.3亿元。",
            note="the whole of a complete split (一、二、三产业) named before 合计"),
        good("第一、二、三产业增加值分别为36.2亿元、158.4亿元、205.7亿元，地区生产总值合计400.3亿元。"),
        bad("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。城镇新增就业62.6万人。\n"
            "过去五年，我们坚持就业优先。城镇新增就业58.3万人。",
            note="the year's figure (2025年是… paragraph) above the five-year review's total of the same metric"),
        good("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。城镇新增就业62.6万人。\n"
             "过去五年，我们坚持就业优先。城镇新增就业308.3万人。"),
        good("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。城镇新增就业62.6万人。\n"
             "过去五年，我们坚持就业优先。年均新增城镇就业58.3万人。", note="a yearly average is no total"),
        bad("全省有130家医院跻身全国综合医院百强。", note="the members counted into a list of a hundred places (百强)"),
        good("全省有13家医院跻身全国综合医院百强。"),
        bad("累计列入更新计划项目84个，开工45个、建成59个。",
            note="stages of a cumulative plan's things: what is finished was started"),
        good("累计列入更新计划项目84个，开工45个、建成33个。"),
        bad("全年新增国家级专精特新企业388家，总数达到156家。", note="what was added is part of the total it brings the stock to"),
        good("全年新增国家级专精特新企业38家，总数达到156家。"),
        bad("全年审查合同和规范性文件412件，其中合同296件、规范性文件89件。",
            note="the whole is named as its two kinds: they add up to it"),
        good("全年审查合同和规范性文件等412件，其中合同296件、规范性文件89件。",
             note="等 leaves the named kinds open: the two are some of the whole"),
        bad("营业收入超100亿元的园区7个，超200亿元的9个。", note="nested thresholds, the noun left out after the first"),
        good("营业收入超100亿元的园区9个，超200亿元的7个。"),
        bad("全县规模以上工业企业实现利税总额8.6亿元，利润9.2亿元。", note="the profit is part of 利税 (profit + taxes)"),
        good("全县规模以上工业企业实现利税总额8.6亿元，利润5.2亿元。"),
        bad("新建公共停车位1500个，分别为中心公园停车场（车位420个）、体育馆地下车库（车位380个）、医院停车楼（车位600个）。",
            note="the total's own noun before 分别为, each part's figure in a bracket after its name"),
        good("新建公共停车位1400个，分别为中心公园停车场（车位420个）、体育馆地下车库（车位380个）、医院停车楼（车位600个）。"),
        bad("在园幼儿（含普惠性民办园幼儿3120人和公办园幼儿2650人）5230人。",
            note="a bracket of included parts between the noun and its count"),
        good("在园幼儿（含普惠性民办园幼儿3120人和公办园幼儿2110人）5230人。"),
        bad("全区教育支出14.2亿元，社会保障和就业支出11.8亿元，卫生健康支出7.6亿元，三项支出35.6亿元。",
            note="a total named by the count of its parts"),
        good("全区教育支出14.2亿元，社会保障和就业支出11.8亿元，卫生健康支出7.6亿元，三项支出33.6亿元。"),
        bad("引进包括3名院士、42名国家级人才在内的高层次人才38名。", note="a part of 包括…在内的N is not more than N"),
        good("引进包括3名院士、32名国家级人才在内的高层次人才38名。"),
        good("全年审结案件420件。按审理程序分，简易程序260件，普通程序160件；按结案方式分，判决190件，调解150件，其他80件。",
             note="two classifications of one whole, each of them all of it: 260 + 160 = 190 + 150 + 80 = 420"),
        bad("全年审结案件420件。按审理程序分，简易程序260件，普通程序160件；按结案方式分，判决190件，调解190件，其他80件。",
            note="the second classification: 190 + 190 + 80 = 460"),
        good("全市接到群众来电9.6万个。其中，政策咨询类来电5.3万个，求助类2.4万个，投诉类1.5万个，其余0.4万个为建议。",
             note="the first part of a breakdown is no whole of the parts after it and the rest"),
        good("年末全县户籍人口56.20万人，比上年末减少0.35万人。上年末户籍人口为56.55万人。",
             note="last year's level is no part of this year's (the population fell)"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        seen = set()
        # (finder, whether it yields only at starts no earlier finder reported), in order
        finders = (
            (self._added_to_total(doc), False), (self._added_beside_levels(doc), True), (self._enumerated(doc), False),
            (self._ordinals(doc), True),
            (self._nested(doc), False), (self._top_lists(doc), True), (self._member_parts(doc), True),
            (self._done_of_list(doc), True), (self._rest_of_whole(doc), True), (self._implied_parts(doc), True),
            (self._indicator_parts(doc), True), (self._among_whole(doc), True), (self._area_parts(doc), True), (self._span_parts(doc), True),
            (self._narrower_parts(doc), True), (self._plus_rest(doc), True), (self._unmarked_parts(doc), True),
            (self._remainders(doc), True), (self._added_cumulative(doc), True),
            (self._exhaustive(doc, masked), False), (self._split_changes(doc), True), (self._period_parts(doc), True), (self._counted_parts(doc), True), (self._construction(doc), True), (self._graded(doc), True), (self._listed_parts(doc), True),
            (self._each_totals(doc), True), (self._whole_listed_first(doc), True), (self._account_balances(doc), True),
            (self._completion_lists(doc), True),
        )
        for found, once in finders:
            for f in found:
                if once and f.start in seen:
                    continue
                seen.add(f.start)
                yield f
        starts = quantity_starts(doc)
        # things chosen from others, counts above thresholds: only where the document holds their words at all
        chosen = _SELECTION_WORDS.search(masked) is not None and _SELECTION_FIRST.search(masked) is not None
        above = "的有" in masked
        items = ITEM_FIRST.search(masked) is not None     # (一是/首先 opening a sentence: items of a whole before it)
        for si, s in enumerate(doc.sentences):
            # every check below reads a figure that starts in this sentence (a part, a share, a total, the
            # first figure of a next-sentence list): a sentence without one is passed over (~3 in 4)
            i = bisect.bisect_left(starts, s.start)
            if i == len(starts) or starts[i] >= s.end:
                continue
            # the sentence's figures, read once for the readers below (each used to look them up again)
            sq = quantities_in(doc, s.start, s.end)
            f = self._shares_with_rest(doc, masked, s)
            if f is not None:
                yield f
            for f in self._stages(doc, masked, s, sq):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in (self._selected(doc, masked, s, sq) if chosen else ()):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in (self._thresholds(doc, masked, s, sq) if above else ()):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._shares(doc, masked, s):
                yield f
            f = self._total_next_sentence(doc, masked, si)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            for f in self._including(doc, masked, s):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            f = self._bracket_includes(doc, masked, s)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            f = self._including_within(doc, masked, s)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            f = self._kinds_next_sentence(doc, masked, si)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            if items:
                for f in self._items_after_whole(doc, masked, si):
                    if f.start not in seen:
                        seen.add(f.start)
                        yield f
            f = self._compound_total(doc, masked, s)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            f = self._colon_list(doc, masked, s)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            f = self._split_after_total(doc, masked, s, sq)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            f = self._made_of(doc, masked, s, sq)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            for f in self._named_among(doc, masked, s):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            qs = [q for q in sq if is_count(q) and not counts_the_parts(masked, q)]
            if len(qs) < 2:
                # 。其中，用于基础研究的资金102.3亿元。: one part, its whole in the sentence before
                if qs and _CHECK_RE1.match(masked[s.start:s.start + 8]):
                    for f in self._among(doc, masked, s, qs):
                        if f.start not in seen:
                            seen.add(f.start)
                            yield f
                continue
            for f in self._brackets(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._respectively(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._total_after(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            f = self._split_then_whole(doc, masked, s, qs)
            if f is not None and f.start not in seen:
                seen.add(f.start)
                yield f
            for f in self._named_list(doc, masked, s):
                if f is not None and f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._among(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
        # totals whose parts stand sentences or sub-headings before them, and flows (claims.totals): after every other
        # reader, so that a total one of them checked is left to it
        for f in self._far_totals(doc):
            if f.start not in seen:
                seen.add(f.start)
                yield f
        for f in self._balances(doc):
            if f.start not in seen:
                seen.add(f.start)
                yield f

    def _far_totals(self, doc):
        """其中警告类280件，罚款类1,900件。没收…共140件。以上各类行政处罚合计2,320件 / （一）…830件。（二）…410件。（三）…两类
        案件合计1,240件 / 新设立企业A户…注销企业B户，净增N户 / 排查A件…化解B件…未化解的C件: the readings
        :mod:`lintgov.claims.totals` gives; one that adds up confirms the total, a linked total no reading adds up to is
        reported with its nearest reading."""
        from lintgov.claims.totals import far_totals, flows, named_wholes
        done = {c.start for c in ledger(doc) if c.rule == self.code and c.family == "sum"}
        for ft in far_totals(doc) + named_wholes(doc):
            if ft.total.start in done:
                continue
            t = count_interval(ft.total)
            hit = None
            for r in ft.readings:
                ivs = [count_interval(p) for p in r]
                if overlaps((sum(iv[0] for iv in ivs), sum(iv[1] for iv in ivs)), t):
                    hit = r
                    break
            if hit is not None:
                record(doc, self.code, "sum", ft.total, True, "+".join("p" for _ in hit) + " = total (parts before it)",
                       hit)
            elif ft.linked:
                f = self._sum_finding(doc, ft.total, list(ft.readings[0]), partial=False, why=ft.why)
                if f is not None:
                    yield f
            done.add(ft.total.start)
        # (a result another reader took as a part of a sum: 办结…，未办结… after their total)
        parts = {a for c in ledger(doc) if c.rule == self.code and c.family == "sum" for a, _b in c.operands}
        for fl in flows(doc):
            if fl.result.start in done or fl.result.start in parts:
                continue
            t = count_interval(fl.result)
            hit = None
            for a, b in fl.readings:
                (alo, ahi), (blo, bhi) = count_interval(a), count_interval(b)
                if overlaps((alo - bhi, ahi - blo), t):
                    hit = (a, b)
                    break
            formula = "a - b = result (" + fl.why + ")"
            if hit is not None:
                record(doc, self.code, "flow", fl.result, True, formula, hit)
            elif fl.linked:
                a, b = fl.readings[0]
                (alo, ahi), (blo, bhi) = count_interval(a), count_interval(b)
                record(doc, self.code, "flow", fl.result, False, formula, (a, b))
                yield self._flow_finding(doc, fl, a, b, (alo - bhi, ahi - blo), t)
            done.add(fl.result.start)

    def _balances(self, doc):
        """年初在册4,326人 … 新纳入312人，退出530人，年末在册4,108人 (:func:`lintgov.claims.totals.balances`): the closing
        stock is the opening one plus what came in less what went out, within the printed rounding."""
        from lintgov.claims.totals import balances, carried_loads, spanned_stocks
        done = {c.start for c in ledger(doc) if c.rule == self.code}
        for b in balances(doc) + carried_loads(doc) + spanned_stocks(doc):
            if b.closing.start in done:
                continue
            (alo, ahi), (ilo, ihi), (olo, ohi) = (count_interval(x) for x in (b.opening, b.inflow, b.outflow))
            iv, t = (alo + ilo - ohi, ahi + ihi - olo), count_interval(b.closing)
            formula = "opening + in - out = closing"
            ops = (b.opening, b.inflow, b.outflow)
            if overlaps(iv, t):
                record(doc, self.code, "flow", b.closing, True, formula, ops)
                continue
            record(doc, self.code, "flow", b.closing, False, formula, ops)
            got, diff = _shown_result(b.closing, max(x.decimals for x in ops + (b.closing,)), iv, t)
            shown = f"{label(doc, b.opening)} + {label(doc, b.inflow)} − {label(doc, b.outflow)} = {got}"
            yield self.finding(
                doc, b.closing.start, b.closing.end, "balance",
                related=[Related(b.opening.start, b.opening.end, {"zh": "期初数", "en": "opening"}),
                         Related(b.inflow.start, b.inflow.end, {"zh": "增加", "en": "in"}),
                         Related(b.outflow.start, b.outflow.end, {"zh": "减少", "en": "out"})],
                evidence={"result": t[0], "computed": (iv[0] + iv[1]) / 2, "interval": list(iv), "formula": shown,
                          "tolerance": (iv[1] - iv[0]) / 2 + (t[1] - t[0]) / 2, "relation": formula},
                result=label(doc, b.closing), formula=shown, computed=got, diff=diff)

    def _flow_finding(self, doc, fl, a, b, iv, t):
        got, diff = _shown_result(fl.result, max(fl.result.decimals, a.decimals, b.decimals), iv, t)
        formula = f"{label(doc, a)} − {label(doc, b)} = {got}"
        return self.finding(
            doc, fl.result.start, fl.result.end, "flow",
            related=[Related(a.start, a.end, {"zh": "流入/总数", "en": "in / whole"}),
                     Related(b.start, b.end, {"zh": "流出/已完成", "en": "out / done"})],
            evidence={"result": t[0], "computed": (iv[0] + iv[1]) / 2, "interval": list(iv), "formula": formula,
                      "tolerance": (iv[1] - iv[0]) / 2 + (t[1] - t[0]) / 2, "relation": fl.why},
            result=label(doc, fl.result), formula=formula, computed=got, diff=diff, why=fl.why)

    def _account_balances(self, doc):
        """The identities of a budget account (:func:`lintgov.claims.accounts.balances`): 本年收入A，加上上年结转收入B，
        全年收入总数C (A + B = C); 收支相抵，年终结余F after the revenue C and the spending D (C − D = F); 收支平衡 after
        收入总数C；支出总数D (C = D).  Where the revenue may be the year's or the whole (本年收入, 收入总数), one agreeing
        is enough."""
        from lintgov.claims.accounts import balances, fits
        for b in balances(doc):
            t = interval_of(b.total)
            rest = [interval_of(q) for q in b.plus[1:]]
            firsts = (b.plus[0],) + b.alts
            spends = [list(b.minus)] + [[q] for q in b.minus_alts] if b.minus else [[]]
            best, best_minus, expect = None, None, None
            for first in firsts:
                for sp in spends:
                    minus = [interval_of(q) for q in sp]
                    ivs = [interval_of(first)] + rest
                    lo = sum(iv[0] for iv in ivs) - sum(iv[1] for iv in minus)
                    hi = sum(iv[1] for iv in ivs) - sum(iv[0] for iv in minus)
                    if fits((lo, hi), t):
                        best, best_minus = first, sp
                        break
                    if expect is None:
                        expect = (lo + hi) / 2
                if best is not None:
                    break
            ok = best is not None
            ops = [best or b.plus[0]] + list(b.plus[1:]) + list(best_minus if best_minus is not None else b.minus)
            formula = {"sum": "a+b = total", "balance": "revenue - spending = balance",
                       "even": "revenue = spending (收支平衡)"}[b.what]
            record(doc, self.code, "sum", b.total, ok, formula, ops)
            if ok:
                continue
            shown = " + ".join(label(doc, q) for q in b.plus) + "".join(" − " + label(doc, q) for q in b.minus)
            mult = b.total.value / b.total.mantissa if b.total.mantissa else 1.0
            what = {"sum": ("预算收支：本年数与所加各项（上年结转、上级补助等）之和与总数",
                            "the year's figure and the items added to it against the total"),
                    "balance": ("预算收支：收支相抵的结余", "revenue less spending against the balance"),
                    "even": ("预算收支：收支平衡（收入总数与支出总数相等）", "收支平衡: revenue and spending equal")}[b.what]
            yield self.finding(
                doc, b.total.start, b.total.end, "account",
                related=[Related(q.start, q.end, {"zh": f"第{i + 1}项", "en": f"item {i + 1}"}) for i, q in enumerate(ops)],
                evidence={"identity": b.what, "formula": formula, "stated": list(t),
                          "operands": [list(interval_of(q)) for q in ops],
                          "tolerance": "rounding interval of each figure",
                          "alternatives": [label(doc, q) for q in b.alts]},
                what=what[0], what_en=what[1], formula=shown, expect=_account_amount(doc, b.total, expect / mult),
                total=label(doc, b.total))

    def _completion_lists(self, doc):
        """各项税收共收到A，完成预算数的92.49%；其中工商税收到B，完成预算数的87.25%；农业税收到C，完成…: the parts after 其中,
        each with its own completion clause (:func:`lintgov.claims.accounts.completion_lists`), are not more than the
        whole (其中 may name only some of them)."""
        from lintgov.claims.accounts import completion_lists
        for whole, parts in completion_lists(doc):
            f = self._sum_finding(doc, whole, list(parts), partial=True)
            if f is not None:
                yield f

    def _added_to_total(self, doc):
        """A year's addition and the total it brings the stock to (新增国家高新技术企业957家，总量5842家; 新建绿道137公里、
        累计达到2136公里; 总量达1461.4万户，新登记147万户; 分别新增266家和105家，累计分别达到891家和531家, read by
        :func:`lintgov.claims.stocks.additions`): what was added cannot be more than the total."""
        for ad in additions(doc):
            a_lo = count_interval(ad.added)[0]     # (新增托位近5000个: just under 5000 — values.count_interval)
            t_hi = count_interval(ad.total)[1]
            ok = a_lo <= t_hi + 1e-9
            record(doc, self.code, "part-whole", ad.added, ok, "added <= total", [ad.total])
            if ok:
                continue
            part = re.sub(r"^(?:达到|达)", "", doc.text[ad.added.start:ad.added.end])
            whole = re.sub(r"^(?:达到|达)", "", doc.text[ad.total.start:ad.total.end])
            formula = f"{part} > {whole}"
            yield self.finding(
                doc, ad.added.start, ad.added.end, "added",
                related=[Related(ad.total.start, ad.total.end, {"zh": "总数", "en": "total"})],
                evidence={"added": ad.added.value, "added_unit": ad.added.unit, "total": ad.total.value,
                          "total_unit": ad.total.unit, "verb": ad.verb, "formula": formula},
                part=part, whole=whole, formula=formula)

    def _added_beside_levels(self, doc):
        """What was added beside the two levels of the stock it moved (新增省级以上开发区4个，总数由18个增加到22个 / 由1.2万个
        增至1.56万个，新增3600个, read by :func:`lintgov.claims.stocks.added_beside_levels`): the stock cannot rise by
        more than was added (B − A <= added; more may have been added than the rise when some left)."""
        for ad in added_beside_levels(doc):
            t = ad.transition
            a, b = count_interval(t.base), count_interval(t.current)
            rise_lo = b[0] - a[1]
            added_hi = count_interval(ad.added)[1]
            ok = rise_lo <= added_hi + 1e-9
            record(doc, self.code, "part-whole", ad.added, ok, "B - A <= added", [t.base, t.current])
            if ok:
                continue
            formula = f"{label(doc, t.current)} − {label(doc, t.base)} > {label(doc, ad.added)}"
            yield self.finding(
                doc, ad.added.start, ad.added.end, "added-rise",
                related=[Related(t.base.start, t.base.end, {"zh": "原有数", "en": "earlier level"}),
                         Related(t.current.start, t.current.end, {"zh": "现有数", "en": "level reached"})],
                evidence={"added": ad.added.value, "base": t.base.value, "current": t.current.value,
                          "unit": ad.added.unit, "formula": formula},
                added=label(doc, ad.added), base=label(doc, t.base), current=label(doc, t.current), formula=formula)

    def _nested(self, doc):
        """Counts above nested thresholds listed together (超百亿级企业10家、三百亿元以上企业3家; 千万元以上企业5095户，亿元
        以上大型企业630户, read by :func:`lintgov.claims.stocks.nested_thresholds`): the count above the higher threshold
        is not more than the count above the lower one."""
        for nt in nested_thresholds(doc):
            lo = count_interval(nt.inner)[0]
            hi = count_interval(nt.outer)[1]
            ok = lo <= hi + 1e-9
            record(doc, self.code, "part<=whole", nt.inner, ok, "above the higher threshold <= above the lower", [nt.outer])
            if ok:
                continue
            yield self.finding(doc, nt.inner.start, nt.inner.end, "nested",
                               related=[Related(nt.outer.start, nt.outer.end, {"zh": "整体", "en": "whole"})],
                               evidence={"part": lo, "whole": hi, "low": nt.low, "high": nt.high,
                                         "formula": f"{label(doc, nt.inner)} > {label(doc, nt.outer)}"},
                               part=label(doc, nt.inner), whole=label(doc, nt.outer))

    def _top_lists(self, doc):
        """Things counted into a list of a fixed number of places (11家医院跻身全国综合医院百强, 7个设区市…进入全国前十,
        read by :func:`lintgov.claims.stocks.top_lists`): not more than the places the list has."""
        for t in top_lists(doc):
            lo = count_interval(t.count)[0]
            ok = lo <= t.size + 1e-9
            record(doc, self.code, "part<=whole", t.count, ok, "members <= places of the list", [])
            if ok:
                continue
            yield self.finding(doc, t.count.start, t.count.end, "top",
                               evidence={"part": lo, "whole": t.size, "list": t.words,
                                         "formula": f"{label(doc, t.count)} > {t.size} places of {t.words}",
                                         "tolerance": "the count as printed (its lower end) against the list's places"},
                               part=label(doc, t.count), size=t.size, list=t.words)

    def _member_parts(self, doc):
        """A whole named by its members and their figures right after it without 其中 (收到人大代表建议和政协提案318件；
        人大代表建议142件，政协提案176件 / …318件。建议142件，提案176件, read by
        :func:`lintgov.claims.lists.member_parts`): each part is not more than the whole; every member's figure given,
        they add up to it (as after 其中); some only, they add up to at most it when their names exclude each other."""
        masked = digits_masked(doc)
        for mp in member_parts(doc):
            w = mp.whole
            if is_delta(masked, w) or not (_bounded(w) or _below(w)) or any(is_delta(masked, p) for p in mp.parts):
                continue
            w_hi = count_interval(w)[1]
            over = next((p for p in mp.parts if count_interval(p)[0] > w_hi + 1e-9), None)
            for p in mp.parts:
                record(doc, self.code, "part<=whole", p, p is not over, "member <= whole named by its members", [w])
            if over is not None:
                yield self.finding(doc, over.start, over.end, "member",
                                   related=[Related(w.start, w.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": count_interval(over)[0], "whole": w_hi, "members": list(mp.members),
                                             "formula": f"{label(doc, over)} > {label(doc, w)}",
                                             "tolerance": "printed rounding of both (lower end of the part > upper end "
                                                          "of the whole)"},
                                   part=label(doc, over), whole=label(doc, w), members="、".join(mp.members))
                continue
            if len(mp.parts) >= 2 and (mp.complete or _why_exclusive(list(mp.labels))):
                f = self._sum_finding(doc, w, list(mp.parts), partial=not mp.complete)
                if f is not None:
                    yield f

    def _done_of_list(self, doc):
        """Things done out of a list counted right before (119项年度民生实事完成118项; 1600个城中村累计完成综合治理1200个, read
        by :func:`lintgov.claims.stocks.done_of_list`): not more than the list; with the rest still under way (…，还有2项
        正加快推进) the two make up the list."""
        for d in done_of_list(doc):
            lo = count_interval(d.done)[0]
            hi = count_interval(d.listed)[1]
            ok = lo <= hi + 1e-9
            record(doc, self.code, "part<=whole", d.done, ok, "done <= listed", [d.listed])
            if not ok:
                yield self.finding(doc, d.done.start, d.done.end, "not_done" if d.undone else "done",
                                   related=[Related(d.listed.start, d.listed.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": lo, "whole": hi, "noun": d.noun,
                                             "formula": f"{label(doc, d.done)} > {label(doc, d.listed)}"},
                                   part=label(doc, d.done), whole=label(doc, d.listed), noun=d.noun)
            elif d.rest is not None:
                f = self._sum_finding(doc, d.listed, [d.done, d.rest], partial=False)
                if f is not None:
                    yield f

    def _rest_of_whole(self, doc):
        """A whole, some of its things counted in the clauses after it and the rest (其余/剩余/余下 N: read by
        :func:`lintgov.claims.stocks.rest_of_whole`): the rest and the largest part are at most the whole, the rest
        and all the parts at least it (parts may overlap: an item both cut and merged)."""
        done_rests = {d.rest.start for d in done_of_list(doc) if d.rest is not None}
        masked = digits_masked(doc)
        for r in rest_of_whole(doc):
            if r.rest.start in done_rests:
                continue        # 111项…完成109项，还有2项: the done-of-list check reads it
            w = count_interval(r.whole)
            # (已废止近900件，其余1700余件: 近X is just under X, at most a tenth below — values.count_interval)
            rest = count_interval(r.rest)
            ivs = [count_interval(p) for p in r.parts]
            least = rest[0] + max(iv[0] for iv in ivs)
            most = rest[1] + sum(iv[1] for iv in ivs)
            formula, exact = "rest + largest part <= whole <= rest + parts", False
            why = _why_exclusive([_words_of(masked, p) for p in r.parts], by_head=False) if len(r.parts) >= 2 else None
            if why is not None and not why.startswith("sibling"):
                # (审结的318件案件中，维持226件，驳回47件，其余45件予以纠错: decisions on a case exclude each other — no item
                # is counted twice, so the parts and the rest make up the whole: claims.classes.exclusive; never names that are
                # only siblings — 搬迁改造/升级改造: one enterprise may be both)
                least = rest[0] + sum(iv[0] for iv in ivs)
                formula, exact = "rest + parts = whole (the parts exclude each other)", True
            ok = least <= w[1] + 1e-9 and w[0] <= most + 1e-9
            record(doc, self.code, "sum", r.whole, ok, formula, list(r.parts) + [r.rest])
            if ok:
                continue
            parts = "+".join(label(doc, p) for p in r.parts)
            related = [Related(r.whole.start, r.whole.end, {"zh": "整体", "en": "whole"})] + \
                [Related(p.start, p.end, {"zh": f"分项{i + 1}", "en": f"part {i + 1}"}) for i, p in enumerate(r.parts)]
            at = r.rest if least > w[1] + 1e-9 else r.whole
            yield self.finding(doc, at.start, at.end, "rest_sum" if exact else "rest_over" if least > w[1] + 1e-9 else "rest_under",
                               related=related if at is r.rest else related[1:] + [Related(r.rest.start, r.rest.end, {"zh": "其余", "en": "rest"})],
                               evidence={"whole": [w[0], w[1]], "rest": [rest[0], rest[1]], "parts": [list(iv) for iv in ivs],
                                         "formula": f"{label(doc, r.rest)} + {parts} = {label(doc, r.whole)}" if exact else
                                                    f"{label(doc, r.rest)} + max({parts}) <= {label(doc, r.whole)} <= "
                                                    f"{label(doc, r.rest)} + {parts}"},
                               whole=label(doc, r.whole), rest=label(doc, r.rest), parts=parts,
                               least=fmt_num(least, 0) if float(least).is_integer() else fmt_num(least, 2),
                               most=fmt_num(most, 0) if float(most).is_integer() else fmt_num(most, 2))

    def _implied_parts(self, doc):
        """A figure in the clause after another whose name holds it by definition (辖区公共财政收入…，地方一般公共预算收入…;
        进出口总额…，出口…: :func:`lintgov.claims.stocks.implied_parts`): not more than it."""
        yield from self._named_parts(doc, implied_parts(doc), "named part <= named whole")

    def _indicator_parts(self, doc):
        """The value added of an industry or group of the economy, the investment of a kind, stated anywhere in the
        review, against the one value the review gives the main indicator its definition puts it in (预计金融业增加值
        1000亿元左右 a paragraph after 全年地区生产总值2808.19亿元; 全年技改投资114亿元 sentences after 工业投资562亿元:
        :func:`lintgov.claims.indicators.indicator_parts`): not more than it."""
        yield from self._named_parts(doc, indicator_parts(doc), "indicator part <= main indicator")

    def _narrower_parts(self, doc):
        """A figure bound by its name to a whole stated before it — the whole's name narrowed by a qualifier, earlier
        in its sentence or in an earlier sentence of the section, whatever words stand between (全年受理行政复议案件156件，
        涉企行政复议案件62件; 养殖产量16586吨。特种水产品养殖产量7706吨; 工业投资301亿元 … 民营工业投资143亿元:
        :func:`lintgov.claims.binding.bound_parts`): not more than it."""
        bound = bound_parts(doc)
        yield from self._named_parts(doc, bound, "narrower name <= whole stated before it")
        # two parts or more of one whole whose qualifiers exclude each other (民事/行政, 市级/区级): together not more
        # than it, in whatever order they stand (民事案件700件、行政案件600件，全年受理各类案件1200件)
        groups: Dict[int, list] = {}
        for b in bound:
            groups.setdefault(b.whole.start, []).append(b)
        for g in groups.values():
            quals = [b.qualifier for b in g]
            if len(g) < 2 or len(set(quals)) != len(quals) \
                    or not _why_exclusive(quals, measure_of(g[0].whole) == "元", by_head=False):
                continue
            parts = sorted((b.part for b in g), key=lambda x: x.start)
            f = self._sum_finding(doc, g[0].whole, parts, partial=True)
            if f is not None:
                yield f

    def _plus_rest(self, doc):
        """工业方面有455个，加上其他方面共有1271个 (:func:`lintgov.claims.plusrest.plus_rest`): the figure before 加上 is
        one part of the total after it, the rest named in words only: not more than the total."""
        for pr in plus_rest(doc):
            lo, hi = count_interval(pr.part)[0], count_interval(pr.total)[1]
            ok = lo <= hi * (1 + 1e-9)
            record(doc, self.code, "part<=whole", pr.part, ok, "part <= part + the rest named after 加上", [pr.total])
            if not ok:
                yield self.finding(doc, pr.part.start, pr.part.end, "plus_rest",
                                   related=[Related(pr.total.start, pr.total.end, {"zh": "合计", "en": "total"})],
                                   evidence={"part": lo, "total": hi, "rest": pr.rest,
                                             "formula": f"{label(doc, pr.part)} > {label(doc, pr.total)}",
                                             "tolerance": "printed rounding of both (lower end of the part > upper end "
                                                          "of the total)"},
                                   part=label(doc, pr.part), rest=pr.rest, whole=label(doc, pr.total))

    def _unmarked_parts(self, doc):
        """共评审项目二百四十项，有三十六项获得…奖 / 共有案件N件，已经结案的M件 (:func:`lintgov.claims.subsets.unmarked_parts`):
        the clause after a total counts those of its things that did something, without 其中 — some of them, so not
        more than the total (an open reading: never a sum)."""
        masked = digits_masked(doc)
        for up in unmarked_parts(doc):
            if is_delta(masked, up.whole) or is_delta(masked, up.part):
                continue
            f = self._open_part(doc, up.part, up.whole, "unmarked", "part <= the total before it (有N…获得 / 已…的N)",
                                {"zh": "总数", "en": "total"}, "whole", {"deed": up.deed, "noun": up.noun},
                                deed=up.deed)
            if f is not None:
                yield f

    def _remainders(self, doc):
        """共计N元，已经归还了M元，剩下的R元 / 共征收N亩，已完成补偿M亩，剩余R亩 (:func:`lintgov.claims.subsets.remainders`): the
        words close an equality — what is left is the total less what is done — checked within the printed rounding of
        the three figures."""
        masked = digits_masked(doc)
        for rm in remainders(doc):
            if any(is_delta(masked, q) for q in (rm.whole, rm.done, rm.rest)):
                continue
            w, d, r = count_interval(rm.whole), count_interval(rm.done), count_interval(rm.rest)
            ok = d[0] + r[0] <= w[1] * (1 + 1e-9) + 1e-9 and w[0] <= (d[1] + r[1]) * (1 + 1e-9) + 1e-9
            record(doc, self.code, "sum", rm.rest, ok, "rest = total - done (剩下/剩余 after 已…)", [rm.whole, rm.done])
            if ok:
                continue
            scale = rm.rest.base_value / rm.rest.value if rm.rest.value else 1.0
            expected = (rm.whole.base_value - rm.done.base_value) / scale
            yield self.finding(doc, rm.rest.start, rm.rest.end, "remainder",
                               related=[Related(rm.whole.start, rm.whole.end, {"zh": "总数", "en": "total"}),
                                        Related(rm.done.start, rm.done.end, {"zh": "已完成", "en": "done"})],
                               evidence={"whole": list(w), "done": list(d), "rest": list(r), "deed": rm.deed,
                                         "formula": f"{label(doc, rm.rest)} = {label(doc, rm.whole)} - {label(doc, rm.done)}",
                                         "tolerance": "printed rounding of the three figures"},
                               whole=label(doc, rm.whole), done=label(doc, rm.done), rest=label(doc, rm.rest),
                               deed=rm.deed, expected=fmt_num(expected, rm.rest.decimals) + rm.rest.unit)

    def _added_cumulative(self, doc):
        """省级专精特新企业23家，累计达31家 / 淘汰低端企业20家，累计淘汰、转型低端企业169家
        (:func:`lintgov.claims.subsets.added_then_cumulative`): the cumulative count of the same things, right after,
        holds those of this time — not less than them (an open reading: never a sum)."""
        for ac in added_then_cumulative(doc):
            f = self._open_part(doc, ac.added, ac.cumulative, "cumulative", "this time <= the cumulative count after it",
                                {"zh": "累计", "en": "cumulative"}, "cumulative count", {"words": ac.deed})
            if f is not None:
                yield f

    def _open_part(self, doc, part, whole, message, formula, role, whole_name, extra, **args):
        """An open reading (never a sum): ``part`` counts some of the things ``whole`` counts, so it is not more than
        it within the printed rounding of both; the relation is recorded, and the finding (message ``message``, the
        whole shown as ``role``, ``extra`` added to the evidence) returned when the part is more, else None."""
        lo, hi = count_interval(part)[0], count_interval(whole)[1]
        ok = lo <= hi + 1e-9
        record(doc, self.code, "part<=whole", part, ok, formula, [whole])
        if ok:
            return None
        return self.finding(doc, part.start, part.end, message, related=[Related(whole.start, whole.end, role)],
                            evidence={"part": lo, "whole": hi, **extra,
                                      "formula": f"{label(doc, part)} > {label(doc, whole)}",
                                      "tolerance": "printed rounding of both (lower end of the part > upper end "
                                                   f"of the {whole_name})"},
                            part=label(doc, part), whole=label(doc, whole), **args)

    def _span_parts(self, doc):
        """The year's figure of a metric in the year's paragraphs of a review against the total of the same metric in
        its five-year review (城镇新增就业22.89万人 … 这五年…城镇新增就业124.27万人: :func:`lintgov.claims.horizons.span_parts`):
        one year of the span cannot add more than the five years."""
        for sp in span_parts(doc):
            lo = interval_of(sp.part)[0]
            hi = interval_of(sp.whole)[1]
            ok = lo <= hi * (1 + 1e-9)
            record(doc, self.code, "part<=whole", sp.part, ok, "year <= span total", [sp.whole])
            if not ok:
                yield self.finding(doc, sp.part.start, sp.part.end, "plan_span" if sp.plan else "span",
                                   related=[Related(sp.whole.start, sp.whole.end,
                                                    {"zh": "五年目标合计" if sp.plan else "五年合计",
                                                     "en": "the five-year plan's total" if sp.plan else "the five years' total"})],
                                   evidence={"part": lo, "whole": hi, "name": sp.part_name,
                                             "formula": f"{label(doc, sp.part)} > {label(doc, sp.whole)}",
                                             "tolerance": (interval_of(sp.whole)[1] - interval_of(sp.whole)[0]) / 2},
                                   part=label(doc, sp.part), whole=label(doc, sp.whole))

    def _named_parts(self, doc, pairs, formula):
        """Each (part, whole) named by its words (``part``, ``whole``, ``part_name``, ``whole_name``): the part is
        not more than the whole."""
        for ip in pairs:
            lo = interval_of(ip.part)[0]
            hi = interval_of(ip.whole)[1]
            ok = lo <= hi * (1 + 1e-9)
            record(doc, self.code, "part<=whole", ip.part, ok, formula, [ip.whole])
            if not ok:
                yield self.finding(doc, ip.part.start, ip.part.end, "implied",
                                   related=[Related(ip.whole.start, ip.whole.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": lo, "whole": hi, "part_name": ip.part_name,
                                             "whole_name": ip.whole_name,
                                             "formula": f"{label(doc, ip.part)} > {label(doc, ip.whole)}"},
                                   part=label(doc, ip.part), whole=label(doc, ip.whole),
                                   part_name=ip.part_name, whole_name=ip.whole_name)

    def _among_whole(self, doc):
        """A count among a whole closed by 中 (全市310条河流中仍有80条为黑臭水体; 5名得主中，2人来自深圳; 1,420个行政村中已
        有1,258个开通5G网络: :func:`lintgov.claims.ratios.among`) is not more than it — when only 有/仍有/已有 stand between
        中 and the part and the words after the part say what these things are or did (为, 来自, 开通…), never another
        noun (30个村中，建成公园45个; 12个街道中有社区86个)."""
        for a in _among_pairs(doc).values():
            # (46种主要工业产品中，预计可以有28种达到…: a modal before 有 — 预计, 可以, 将 — names no other thing)
            pn = re.sub(r"^(?:其中|仍|还|尚|共|已|均|也|预计|預計|将|將|可以|可|能够|能夠|能)*有?", "",
                        re.sub(r"[^\u4e00-\u9fff]", "", a.part_words.split("|")[0]))
            after = a.part_words.split("|", 1)[1] if "|" in a.part_words else ""
            # (410个攻坚县已有317个县实现目标: the whole's one-character head again, then what they did)
            head1 = re.sub(r"[（(][^（()）]*[）)]|[^\u4e00-\u9fff]", "", a.whole_words)[-1:]
            if pn or not (AMONG_DEED.match(after) or names_whole_head(a.whole_words, after)
                          or (head1 and after.startswith(head1) and AMONG_DEED.match(after[1:]))) \
                    or not _bounded(a.part) or not _bounded(a.whole) \
                    or a.whole.approx in ("<", "<=") or is_delta(digits_masked(doc), a.part):
                continue
            lo = count_interval(a.part)[0]
            hi = count_interval(a.whole)[1]
            ok = lo <= hi + 1e-9
            record(doc, self.code, "part<=whole", a.part, ok, "among <= whole", [a.whole])
            if not ok:
                yield self.finding(doc, a.part.start, a.part.end,
                                   related=[Related(a.whole.start, a.whole.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": lo, "whole": hi,
                                             "formula": f"{label(doc, a.part)} > {label(doc, a.whole)}"},
                                   part=label(doc, a.part), whole=label(doc, a.whole))

    def _area_parts(self, doc):
        """A count with a larger area's count of the same things in brackets after it (新增3家国家技术创新示范企业（全市8家）:
        :func:`lintgov.claims.ratios.area_totals`) is not more than that area's count."""
        masked = digits_masked(doc)
        for a in _area_totals(doc):
            if is_delta(masked, a.part) or is_delta(masked, a.whole) or not _bounded(a.whole):
                continue
            lo = count_interval(a.part)[0]
            hi = count_interval(a.whole)[1]
            ok = lo <= hi + 1e-9
            record(doc, self.code, "part<=whole", a.part, ok, "part <= the wider area's whole", [a.whole])
            if not ok:
                yield self.finding(doc, a.part.start, a.part.end,
                                   related=[Related(a.whole.start, a.whole.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": lo, "whole": hi, "scope": a.scope,
                                             "formula": f"{label(doc, a.part)} > {label(doc, a.whole)}"},
                                   part=label(doc, a.part), whole=label(doc, a.whole))

    def _graded(self, doc):
        """Counts by grade and the number evaluated (:func:`lintgov.claims.lists.graded`): every grade of one scale
        (优秀/良好/合格/不合格) adds up to it; some grades only are not more than it."""
        for gl in graded(doc):
            f = self._sum_finding(doc, gl.total, list(gl.parts), partial=not gl.complete)
            if f is not None:
                yield f

    def _listed_parts(self, doc):
        """Parts within one 分别 list of names (:func:`lintgov.claims.lists.named_lists`): a name opening with 其中 is a
        part of the item before it (受理、审结、其中纠错分别为486件、452件、58件: 纠错 ≤ 审结); a name that is another's
        action with a qualifier (受理、办结、按期办结…分别为…: 按期办结 ≤ 办结; classes.qualified_action) is among it."""
        for nl in named_lists(doc):
            pairs = [(nl.values[i - 1], nl.values[i], ("名称以“其中”开头，是前一项的一部分", "named with 其中: a part of the item before it")) for i in range(1, len(nl.values)) if nl.inner[i]]
            pairs += [(nl.values[i], nl.values[j], ("同一行为加限定词：按期、当场…", "the same action with a qualifier: 按期, 当场…"))
                      for i in range(len(nl.names)) for j in range(i + 1, len(nl.names))
                      if _qualified_action(nl.names[i], nl.names[j])]
            for whole, part, why in pairs:
                if measure_of(whole) != measure_of(part) or not is_count(part) or part.approx or whole.approx \
                        or part.is_percent:
                    continue
                ok = count_interval(part)[0] <= count_interval(whole)[1] + 1e-9
                record(doc, self.code, "part<=whole", part, ok, "part <= whole", [whole])
                if ok:
                    continue
                yield self.finding(doc, part.start, part.end, "listed",
                                   related=[Related(whole.start, whole.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": count_interval(part)[0], "whole": count_interval(whole)[1],
                                             "formula": f"{label(doc, part)} > {label(doc, whole)}",
                                             "tolerance": "printed rounding of both (lower end of the part > upper "
                                                          "end of the whole)"},
                                   part=label(doc, part), whole=label(doc, whole), why=why[0], why_en=why[1])
                break

    def _whole_listed_first(self, doc):
        """一般公共预算收入、税收收入、非税收入分别为A、B、C / 常住人口、城镇人口、乡村人口分别为A、B、C: a 分别 list of three
        levels whose last two members are the sides of a split that leaves nothing out (a thing and its negation, 城镇/
        乡村: :func:`lintgov.claims.partition.complete`) and whose first member is named by the same head noun (收入,
        人口) — the first is their whole.  Never for averages or rates (人均, 平均, 率: sides that do not add up)."""
        for r in respective_members(doc):
            if len(r.members) != 3 or (r.roles and r.roles[0] != "level") or any(len(v) < 1 for v in r.values):
                continue
            whole, x, y = r.names
            if _NOT_ADDITIVE.search(whole + x + y) or len(x) < 3 or len(y) < 3 \
                    or not (whole[-2:] == x[-2:] == y[-2:]) or x in whole or y in whole:
                continue
            kinds = [set(_POPULATION_KIND.findall(w)) for w in (whole, x, y)]
            if kinds[1] != kinds[2] or not kinds[0] <= (kinds[1] | {"常住"}):
                continue      # (户籍人口、城镇人口、乡村人口: 城镇/乡村 split the residents, not the registered population)
            why = _complete_by_name((x, y))
            if not why:
                continue
            total, a, b = (v[0] for v in r.values)
            if not all(is_count(q) and _bounded(q) for q in (total, a, b)) \
                    or len({measure_of(q) for q in (total, a, b)}) != 1:
                continue
            f = self._sum_finding(doc, total, (a, b), False, why=why)
            if f is not None:
                yield f

    def _each_totals(self, doc):
        """各: one value for each of n items and their total right after it (两个国家级园区各实现产值186亿元，合计372亿元,
        read by :func:`lintgov.claims.lists.each_totals`): the total is n times the value."""
        for e in each_totals(doc):
            f = self._sum_finding(doc, e.total, (e.value,) * e.n, False)
            if f is not None:
                yield f

    def _enumerated(self, doc):
        """A count and the names listing what it counts (财政收入超亿元的乡镇达6个（康乐街办、黄茅镇、…）; 5个乡镇…，分别是
        A、B、C、D、E, read by :func:`lintgov.claims.lists.enumerations`): as many names as the count.  A last name
        joined by 和/及 may be two; a list marked partial (等, 包括, 含) is never read; names in a bracket may be kinds,
        so there only a count below the number of names is a finding."""
        for e in enumerations(doc):
            n = int(e.count.value)
            # names in a bracket may be kinds of what is counted (学校15所（幼儿园、小学、中学）): then only fewer things
            # than kinds is impossible; names after 分别是 are each one thing
            # names before the count (A、B、C三大X): between the fewest and the most things the names may be
            ok = (e.lo <= n <= e.alt or n in (e.chars, e.split)) if e.lo else \
                n in (len(e.names), e.alt) if e.each else n >= len(e.names) or n == e.alt
            record(doc, self.code, "count-of-names", e.count, ok, "count == names listed", [])
            if ok:
                continue
            if e.lo:   # names before the count: the fewest to the most things they may be (no most for places)
                listed = f"{e.lo}" if e.lo == e.alt or e.alt >= 99 else f"{e.lo}–{e.alt}"
                if e.split:    # (names alike, each two joined by 与: one thing each or two each)
                    listed += f"/{e.split}"
                # (items after the count: the same range, after a colon or in the clauses that follow)
            else:
                listed = f"{len(e.names)}" if e.alt == len(e.names) else f"{len(e.names)}–{e.alt}"
            shown = names_as_printed(doc, e) if not e.spans else e.names
            evidence = {"count": n, "names": list(shown), "listed": len(e.names), "listed_alt": e.alt}
            if e.how:    # (an announced count: how its items were delimited, each item's span)
                evidence.update(delimited=e.how, items=[[a, b] for a, b in e.spans],
                                readings=[e.lo, e.alt if e.alt < 99 else None])
            yield self.finding(
                doc, e.count.start, e.count.end,
                "enumerated_at_least" if e.how and e.alt >= 99 else
                "enumerated_before" if e.lo and not e.after else "enumerated",
                evidence=evidence,
                count=doc.text[e.count.num_start:e.count.end], listed=listed, names="、".join(shown))

    def _ordinals(self, doc):
        """继天河、黄埔、番禺之后，南沙成为全市第4个…的区 (read by :func:`lintgov.claims.lists.ordinals_after_lists`): the
        ordinal is one more than the names listed before it (a name joined by 和/及 may be two)."""
        for o in ordinals_after_lists(doc):
            ok = o.lo + 1 <= o.ordinal <= o.hi + 1
            if ok:
                continue
            listed = f"{o.lo}" if o.lo == o.hi else f"{o.lo}–{o.hi}"
            expected = f"{o.lo + 1}" if o.lo == o.hi else f"{o.lo + 1}–{o.hi + 1}"
            m = re.search(r"第[^第]*$", doc.text[o.start:o.end])
            stated = m.group() if m else doc.text[o.start:o.end]
            yield self.finding(doc, o.end - len(stated), o.end, "ordinal",
                               evidence={"ordinal": o.ordinal, "names": list(o.names), "listed": [o.lo, o.hi]},
                               listed=listed, expected=expected, stated=stated, names="、".join(o.names))

    def _stages(self, doc, masked, s, sq):
        """排查建筑4589栋，发现消防安全隐患4015栋，已整治1596栋 / 实施项目2758个、完工2746个: a count opening the clause
        right after another of the same measure word, named by a later stage of the action over the same things
        (:func:`lintgov.claims.classes.later_stage`), is not more than it."""
        if _LATER_STAGE_WORDS.search(masked, s.start, s.end) is None:
            return      # no later stage's words in the sentence: no pair of its figures is read (3 sentences in 4)
        chain = []       # the counts before q, each opening its clause right after the one before (a list of stages)
        root_to_date = False
        chains: Dict[str, tuple] = {}    # the last chain of each measure word, and whether it was rooted to date
        for q in sq:
            if q.is_percent or not is_count(q):
                if q.is_percent:
                    chains.clear()
                continue
            switched = False
            if chain and measure_of(q) != measure_of(chain[-1]) and measure_of(q) in chains:
                # the later stage finds the earlier by its measure word, past one clause of figures of another measure
                # (实施项目64个，完成投资30亿元，完工50个): the chain of its measure goes on when one clause stands between
                prev_chain, prev_root = chains[measure_of(q)]
                if len(_parts.SELECT_BREAKS.findall(masked, prev_chain[-1].end, q.start)) == 2:
                    chains[measure_of(chain[-1])] = (chain, root_to_date)
                    chain, root_to_date = prev_chain, prev_root
                    switched = True
            # (a gloss in brackets is no figure's clause: 宣布失效（废止）196件)
            gap = _STAGES_RE3.sub("", masked[chain[-1].end:q.start]) if chain else ""
            if switched:
                # (past a clause of another measure: the things' words right after the earlier count, and this count's
                # own clause)
                gap = _parts.NOUN_AFTER_COUNT.match(gap).group() + "，" + re.split(r"[，,；;]", gap)[-1]
            # (the things counted may be named after the count before: 加快建设科学大道东段等33条道路，建成通车15条)
            gm = _STAGES_RE1.fullmatch(gap)
            if not chain or measure_of(q) != measure_of(chain[-1]) or is_delta(masked, q) or gm is None:
                chain = [q]
                # (a chain rooted at a cumulative plan counts its things to date: 累计列入更新计划项目84个，开工45个、建成33个)
                root_to_date = _cumulative_plan(_STAGES_RE5.split(masked[max(s.start, q.start - 30):q.start])[-1])
                chains[measure_of(q)] = (chain, root_to_date)
                continue
            words = _STAGES_RE2.sub("", gm.group(2))
            # (43个项目全面动工，年内完工20个: the words after the first count, and whether this one closes its clause)
            closes = _STAGES_RE4.match(masked[q.end:q.end + 1]) is not None
            # the earlier counts of the chain, nearest first (实施项目84个，开工45个、建成33个: 建成 is a later stage of
            # 实施, past the 开工 between them), at most three back
            # past a clause of another measure, the things this count names after it, if any (建成13座小型消防站), are
            # other things than the earlier count's unless the earlier count's name ends with them (推进7座消防站建设，
            # 新建改造消火栓1100个…，建成13座小型消防站 / 加快推进486个治水提质项目，…，完成1412个小区雨污分流改造: other
            # works).  (Right after it, a narrower noun is read as the earlier things' kind, as before: 推进21所学校新改扩建，
            # 建成4所公办中小学 — study label v4785.)
            own = _parts.HAN_RUN.match(_parts.NOUN_AFTER_COUNT.match(masked, q.end).group()).group()
            for prev in chain[::-1][:3]:
                if is_delta(masked, prev) or not _bounded(q) or not _bounded(prev) or prev.approx in ("<", "<="):
                    continue
                if len(own) >= 2 and any(prev.end <= x.start < q.start and measure_of(x) != measure_of(q) for x in sq) \
                        and not _parts.HAN_RUN.match(_parts.NOUN_AFTER_COUNT.match(masked, prev.end).group()).group().endswith(own):
                    continue      # (a figure of another measure between them: past it, the guard above)
                # (a name in quotes may hold a 、: 实施“千村引领、万村提升”工程项目2758个)
                first_clause = _STAGES_RE5.split(QUOTED.sub("", masked[max(s.start, prev.start - 30):prev.start]))[-1]
                after_first = gm.group(1) if prev is chain[-1] else ""
                if _later_stage(first_clause, words, to_date=root_to_date and prev is not chain[0],
                                after_first=after_first, closes=closes):
                    lo = count_interval(q)[0]
                    ok = lo <= count_interval(prev)[1] + 1e-9
                    record(doc, self.code, "part<=whole", q, ok, "later stage <= earlier", [prev])
                    if not ok:
                        yield self.finding(doc, q.start, q.end, "stage",
                                           related=[Related(prev.start, prev.end, {"zh": "整体", "en": "whole"})],
                                           evidence={"part": lo, "whole": count_interval(prev)[1],
                                                     "formula": f"{label(doc, q)} > {label(doc, prev)}",
                                                     "tolerance": "printed rounding of both (lower end of the part > "
                                                                  "upper end of the whole)"},
                                           part=label(doc, q), whole=label(doc, prev))
                    break
            chain.append(q)
            chains[measure_of(q)] = (chain, root_to_date)

    def _selected(self, doc, masked, s, sq):  # noqa: C901
        """形成112项制度创新成果，38项成果已向全国复制推广 / 173项…案例，82项获国家层面认可、37项向全国推广: a count right
        after another of the same measure word, with what some of those things then got said after it
        (:func:`lintgov.claims.classes.selected`), is not more than it; so is each count listed after it the same way."""
        if _SELECTION_WORDS.search(masked, s.start, s.end) is None or _SELECTION_FIRST.search(masked, s.start, s.end) is None:
            return      # no word of what is chosen, or none of what it is chosen from: nothing to read (most sentences)
        whole = prev = None
        whole_first = ""
        last: Dict[str, Quantity] = {}     # the nearest earlier count of each measure word in the sentence
        for q in sq:
            if q.is_percent:
                whole = prev = None
                last.clear()
                continue
            if not is_count(q):
                continue
            after = re.match(r"[^，,；;。：:、（）()\d]{0,16}", masked[q.end:s.end]).group()
            far = None
            if (prev is None or measure_of(q) != measure_of(prev)) and measure_of(q) in last:
                # the things chosen are counted in the measure word of those they are chosen from, whatever figures of
                # other measures stand between (31项改革成果纳入广东自贸区60条创新经验，14项在全省复制推广): the nearest
                # earlier count of that measure, when this count opens its clause and at most one clause stands between
                far = last[measure_of(q)]
                if _parts.SELECT_OPENS.search(masked, max(s.start, q.start - 4), q.start) is None \
                        or len(_parts.SELECT_BREAKS.findall(masked, far.end, q.start)) > 2:
                    far = None
            if far is not None:
                whole = None
                prev = far
            last[measure_of(q)] = q
            if prev is not None and measure_of(q) == measure_of(prev) and _bounded(q) and _bounded(prev) \
                    and not is_delta(masked, q) and not is_delta(masked, prev):
                gap = masked[prev.end:q.start]
                if far is not None:
                    gap = re.match(r"[^，,；;。：:、\d（）()]{0,16}", gap).group() + "，"
                m = re.fullmatch(r"([^，,；;。：:、\d（）()]{0,16})[，,、]", gap)
                # the things counted are named after the count (173项制度集成创新案例，) or before it (申请36家，)
                first = (m.group(1) or re.split(r"[，,；;。：:、]", masked[max(s.start, prev.start - 16):prev.start])[-1]) \
                    if m else ""
                if whole is None and m and _selected(first, after):
                    whole, whole_first = prev, first
                elif whole is not None and not (m and _selected(whole_first, after)):
                    whole = None
                if whole is not None:
                    lo = count_interval(q)[0]
                    ok = lo <= count_interval(whole)[1] + 1e-9
                    record(doc, self.code, "part<=whole", q, ok, "chosen <= those chosen from", [whole])
                    if not ok:
                        yield self.finding(doc, q.start, q.end, "chosen",
                                           related=[Related(whole.start, whole.end, {"zh": "整体", "en": "whole"})],
                                           evidence={"part": lo, "whole": count_interval(whole)[1],
                                                     "formula": f"{label(doc, q)} > {label(doc, whole)}",
                                                     "tolerance": "printed rounding of both (lower end of the part > "
                                                                  "upper end of the whole)"},
                                           part=label(doc, q), whole=label(doc, whole))
            else:
                whole = None
            prev = q

    def _thresholds(self, doc, masked, s, sq):
        """国家公布产量的104种工业产品中，我省占比超过10%的有44种、超过20%的有23种、超过30%的有11种: counts of the things
        above rising thresholds (超过/高于/大于 X…的有N, X以上的N) cannot rise, and the first is among the things counted
        before 中 when the sentence names them (N种…中，)."""
        if masked.find("的有", s.start, s.end) < 0:
            return
        qs = sq
        chain = []   # (threshold, count)
        for t, q in zip(qs, qs[1:]):
            if not is_count(q) or q.is_percent or not _bounded(q):
                continue
            if t.approx not in (">", ">="):
                continue
            if not re.fullmatch(r"的有", masked[t.end:q.start]):
                continue
            if chain and (chain[-1][1].unit != q.unit or chain[-1][0].unit != t.unit
                          or not re.fullmatch(r"[、，,；;]\s*", masked[chain[-1][1].end:t.start])):
                chain = []
            chain.append((t, q))
        if not chain:
            return
        pairs = list(zip(chain, chain[1:]))
        first_t, first_q = chain[0]
        m = re.search(r"(?P<w>\d[\d,.\ue012]*)(?P<u>[\u4e00-\u9fff])[\u4e00-\u9fff“”]{0,10}(?:当中|之中|中)[，,]?[\u4e00-\u9fff]{0,12}$",
                      masked[s.start:first_t.start])
        whole = next((q for q in qs if q.end <= first_t.start and m and q.start == s.start + m.start("w")), None)
        if whole is not None and measure_of(whole) == measure_of(first_q) and _bounded(whole):
            pairs.insert(0, ((None, whole), chain[0]))
        for (t0, a), (t1, b) in pairs:
            if t0 is not None and not (t1.value > t0.value):
                continue
            lo = count_interval(b)[0]
            ok = lo <= count_interval(a)[1] + 1e-9
            record(doc, self.code, "part<=whole", b, ok, "above a higher threshold <= above a lower one", [a])
            if not ok:
                yield self.finding(doc, b.start, b.end,
                                   related=[Related(a.start, a.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": lo, "whole": count_interval(a)[1],
                                             "formula": f"{label(doc, b)} > {label(doc, a)}",
                                             "tolerance": "printed rounding of both (lower end of the part > "
                                                          "upper end of the whole)"},
                                   part=label(doc, b), whole=label(doc, a))

    def _shares(self, doc, masked, s):
        """Three or more shares of one whole listed with 分别占 (48.2%、27.5%、30.1%) cannot add up to more
        than 100% (with two, "分别占" may compare two different wholes); nor can the shares of kinds that exclude each
        other written 占W的比重分别为 after their names (教育、社会保障支出占一般公共预算支出的比重分别为…), W a named total
        (占全市比重分别为: each kind's share of its own total in the city, never summed)."""
        if masked.find("比", s.start, s.end) >= 0:
            yield from self._shares_of_named_whole(doc, masked, s)
        for m in SHARES_LIST.finditer(masked, s.start, s.end):
            pcts = percent_list(doc, masked, m.end(), s.end)
            if len(pcts) < 2 or any(q.approx in (">", ">=", "<", "<=") for q in pcts) \
                    or (len(pcts) == 2 and not self._two_shares_of_one(masked, s, m)):
                continue
            base = re.search(r"[^，,。；;%]*的", m.group())
            cs = max(masked.rfind(c, s.start, m.start()) for c in "，,；;：:") + 1
            if respective_split(masked, max(cs, s.start), m.start(), len(pcts), base.group() if base else "",
                                floor=s.start) is not None:
                continue      # 城镇、农村分别占…: parts that leave nothing out, their shares = 100% (LG107)
            f = self._shares_over_100(doc, pcts, "sum of shares <= 100", {})
            if f is not None:
                yield f

    def _shares_over_100(self, doc, pcts, relation: str, evidence: dict):
        """Record the shares ``pcts`` of one whole against 100% and the finding when even their lower ends add up to
        more (``evidence``: what the caller adds to the figures, the formula and the bound)."""
        lo = sum(stated_interval(q)[0] for q in pcts)
        for x in pcts:
            record(doc, self.code, "shares-sum", x, lo <= 100 + 1e-9, relation, pcts)
        if lo <= 100 + 1e-9:
            return None
        total = sum(q.value for q in pcts)
        formula = "+".join(f"{q.value:g}%" for q in pcts)
        return self.finding(
            doc, pcts[0].start, pcts[-1].end, "shares",
            related=[Related(q.start, q.end, {"zh": f"占比{i + 1}", "en": f"share {i + 1}"}) for i, q in enumerate(pcts)],
            evidence={"shares": [q.value for q in pcts], "sum": round(total, 6), "sum_lower_bound": round(lo, 6),
                      "formula": formula, "bound": 100, **evidence},
            sum=f"{total:g}%", formula=formula)

    def _shares_of_named_whole(self, doc, masked, s):
        for m in SHARES_OF_WHOLE.finditer(masked, s.start, s.end):
            if SCOPE_ONLY.fullmatch(m.group("whole")):
                continue          # 占全市比重分别为74.0%、76.7%: each kind's share of its own total
            pcts = percent_list(doc, masked, m.end(), s.end)
            clause = re.split(r"[，,。；;：:]", masked[s.start:m.start()])[-1]
            clause = re.sub(r"^(?:其中|全年|当年|全[市区省县])+", "", clause)
            if len(pcts) < 2 or any(q.approx in (">", ">=", "<", "<=") for q in pcts) \
                    or not re.fullmatch(r"[\u4e00-\u9fff、和及与與]{2,40}", clause):
                continue
            names = [x for x in re.split(r"[、和及与與]", clause) if x]
            if len(names) != len(pcts):
                continue
            head = re.search(r"(?:增加值|产值|產值|支出|收入|投资|投資|人口|企业|企業|案件)$", names[-1])
            if head and not all(x.endswith(head.group()) for x in names[:-1]):
                names = names[:-1] + [names[-1][:head.start()]]
            if not all(names) or _why_exclusive(names) is None:
                continue          # 先进制造业、高技术制造业增加值占规上工业比重分别达56.1%、31.1%: kinds that overlap
            f = self._shares_over_100(doc, pcts, "sum of shares of exclusive kinds <= 100", {"kinds": names})
            if f is not None:
                yield f

    @staticmethod
    def _two_shares_of_one(masked, s, m) -> bool:
        """Whether the two names before 分别占 at ``m`` name kinds of one thing that exclude each other
        (第二产业、第三产业增加值 / 工业和第三产业增加值 / 依法受理、不予受理: :func:`lintgov.claims.classes.exclusive`), so
        their two shares are of one whole — with two, 分别占 may compare two different wholes (获国家科技奖11项、专利金奖2项，
        分别占全市的65%和50%)."""
        clause = re.split(r"[，,。；;：:]", masked[s.start:m.start()])[-1]
        clause = re.sub(r"^(?:其中|全年|当年|全[市区省县])+", "", clause)
        if not re.fullmatch(r"[\u4e00-\u9fff、和及与與]{2,30}", clause):
            return False
        names = [x for x in re.split(r"[、和及与與]", clause) if x]
        if len(names) != 2:
            return False
        head = re.search(r"(?:增加值|产值|產值|人口|企业|企業|案件)$", names[-1])
        if head and not names[0].endswith(head.group()):
            names = [names[0], names[1][:head.start()]]
        return _why_exclusive(names) is not None

    def _shares_with_rest(self, doc, masked, s):
        """其中，A…占比90.5%；B…占比5.5%；其他…占比4.0%: the shares of parts listed clause by clause after 其中 or
        按…分, the last one the rest (其他/其余), add up to 100% within their printed rounding."""
        m = AMONG.search(masked, s.start, s.end)
        if m is None:
            return None
        segs = re.split(r"[；;]", masked[m.end():s.end])
        if len(segs) < 2 or len(segs) > MAX_PARTS:
            return None
        shares, pos = [], m.end()
        for seg in segs:
            found = [x for x in SHARE_IN_CLAUSE.finditer(seg)]
            if len(found) != 1:
                return None
            a = pos + found[0].end()
            q = next(iter_qs(doc, a, a + 8), None)
            if q is None or not q.is_percent or q.start != a or q.approx:
                return None
            shares.append(q)
            pos += len(seg) + 1
        if not REST.match(re.sub(r"^[，,：:\s]+", "", segs[-1])):
            return None
        lo = sum(stated_interval(q)[0] for q in shares)
        hi = sum(stated_interval(q)[1] for q in shares)
        ok = lo <= 100 + 1e-9 <= hi + 2e-9
        for q in shares:
            record(doc, self.code, "shares-sum", q, ok, "sum of shares = 100 (last part 其他)", shares)
        if ok:
            return None
        total = sum(q.value for q in shares)
        formula = "+".join(f"{q.value:.{q.decimals}f}%" for q in shares)
        tol = (hi - lo) / 2
        return self.finding(
            doc, shares[0].start, shares[-1].end, "shares_complete",
            related=[Related(q.start, q.end, {"zh": f"占比{i + 1}", "en": f"share {i + 1}"}) for i, q in enumerate(shares)],
            evidence={"shares": [q.value for q in shares], "sum": round(total, 6), "sum_interval": [lo, hi],
                      "formula": formula, "expected": 100, "tolerance": round(tol, 6)},
            sum=f"{total:g}%", formula=formula, tol=f"{tol:g}")

    def _checked_before(self, doc, whole, parts) -> bool:
        """Whether an earlier reader of this rule already checked these parts against this whole (其中/分时段看 read
        by :meth:`_exhaustive`): one relation, one finding."""
        spans = {(p.start, p.end) for p in parts}
        return any(c.rule == self.code and c.family == "sum" and c.start == whole.start and set(c.operands) == spans
                   for c in ledger(doc))

    def _period_parts(self, doc):
        """上半年受理1,126件。…下半年受理1,342件。全年受理2,468件: a whole of a span and the figures of every period it
        splits into, anywhere in its paragraph (:func:`lintgov.claims.wholes.period_parts`): they add up to it."""
        from lintgov.claims.wholes import period_parts
        yield from self._read_wholes(doc, period_parts(doc))

    def _counted_parts(self, doc):
        """四支执法队伍共办结案件3,582件，城管、…执法队伍分别办结…: a whole whose sentence counts the things a 分别 list
        names, one figure each (:func:`lintgov.claims.wholes.counted_parts`): they add up to it."""
        from lintgov.claims.wholes import counted_parts
        yield from self._read_wholes(doc, counted_parts(doc))

    def _construction(self, doc):
        """施工的…共有964个，其中本年开始建设的271个，继续建设的693个 / 建设总规模2.2亿吨。…建成投产8000万吨，结转…继续
        建设的有1.4亿吨: what is under construction is what is begun (or completed) in the period and what goes on
        (:func:`lintgov.claims.construction.construction_splits`): the two add up to it."""
        from lintgov.claims.construction import construction_splits
        yield from self._read_wholes(doc, construction_splits(doc))

    def _read_wholes(self, doc, readings):
        """The finding of each whole a claims.wholes reading gives with all its parts (``whole``, ``parts``, ``why``),
        unless an earlier reader checked that whole against those parts."""
        for r in readings:
            if self._checked_before(doc, r.whole, r.parts):
                continue
            f = self._sum_finding(doc, r.whole, list(r.parts), partial=False, why=r.why)
            if f is not None:
                yield f

    def _split_changes(self, doc):
        """进出口总额增加120亿元，其中出口增加80亿元，进口增加40亿元: the changes of all the parts of a whole
        (:func:`lintgov.claims.wholes.split_changes`, the parts' names a split that leaves nothing out) add up to the
        whole's change, each with its sign."""
        from lintgov.claims.wholes import split_changes
        for sc in split_changes(doc):
            if sc.kind != "amount":
                continue
            ivs = []
            for ch in sc.parts:
                lo, hi = count_interval(ch.amount)
                ivs.append((-hi, -lo) if ch.direction < 0 else (lo, hi))
            lo, hi = count_interval(sc.whole.amount)
            t = (-hi, -lo) if sc.whole.direction < 0 else (lo, hi)
            f = self._sum_finding(doc, sc.whole.amount, [p.amount for p in sc.parts], partial=False, intervals=ivs,
                                  total_iv=t, why=sc.why, key="changes",
                                  total_text=sc.whole_text)
            if f is not None:
                yield f

    def _changes_sum(self, doc, masked, whole, parts):
        """The parts of a complete breakdown each with its change (活期存款91.97亿元，比年初增加7.1亿元，定期…146.4亿元，
        比年初增加29.2亿元) and the whole with its own (238.3亿元，比年初增加36.3亿元): the changes add up too."""
        wd = change_after(doc, masked, whole)
        if wd is None:
            return None
        # (the parts' changes may leave the comparison unsaid: the whole's names it — 比去年增加2700亿元。其中，中央…，
        # 增加1700亿元；地方…，增加1000亿元)
        pds = [change_after(doc, masked, p, bare=True) for p in parts]
        if any(d is None for d in pds):
            return None
        sign_w = change_sign(masked, wd)
        ivs = []
        for d in pds:
            lo, hi = count_interval(d)
            if change_sign(masked, d) != sign_w:
                lo, hi = -hi, -lo
            ivs.append((lo, hi))
        return self._sum_finding(doc, wd, pds, partial=False, intervals=ivs,
                                 at=(pds[0].start, pds[-1].end) if wd.end < pds[0].start else None)

    def _sum_finding(self, doc, total, parts, partial, intervals=None, at=None, total_iv=None, why=None, key=None,
                     total_text=None):
        """Check (and record) parts against their total; ``intervals`` gives the parts' values where they are
        not quantities of their own (bare numbers of a 分别 list: 44.1、21.6和11.8亿元); ``total_iv`` the total's
        values where the reader knows them better than its rounding (近T: at most a tenth under T).  ``why``: the
        reason :mod:`lintgov.claims.partition` gives for reading the parts as all of the total (三类 announced and
        three given, 城镇/乡村, a last part 其他): shown in the ledger, the evidence and the message."""
        if CHANGE_OR_AVERAGE_BEFORE.search(doc.text, max(0, total.start - 16), total.start) and all(
                YEAR_LABEL.search(doc.text, max(0, p.start - 10), p.start) for p in parts):
            return None     # 年均增加152公里（2019年为3260公里，2023年为3868公里）: a span's end levels, not a split
        t = total_iv or count_interval(total)
        ivs = intervals or [count_interval(p) for p in parts]
        lo = sum(iv[0] for iv in ivs)
        hi = sum(iv[1] for iv in ivs)
        ok = lo <= t[1] + 1e-9 if partial else overlaps((lo, hi), t)
        less = None
        if not ok and hi > t[1]:
            # a gross breakdown and what was taken off it (…其他税种134.9亿元，出口退税41.2亿元): the total may be
            # the net, the parts less the deduction (claims.parts.deductions)
            for d in _parts.deductions(doc, folded_text(doc), total, parts):
                dv = count_interval(d)
                if (lo - dv[1] <= t[1] + 1e-9) if partial else overlaps((lo - dv[1], hi - dv[0]), t):
                    ok, less = True, d
                    break
        why = None if partial else why
        record(doc, self.code, "sum", total, ok, "+".join("p" for _ in parts) + ("-d" if less is not None else "")
               + (" <= total" if partial else " = total")
               + (f" (complete: {why})" if why else ""), list(parts) + ([less] if less is not None else []))
        if ok:
            return None
        key = key or ("exceeds" if partial else "sum")
        s_mid = (lo + hi) / 2
        # figures in the total's own scale (亿元 stays 亿元), each part with the decimals its printed figure needs in
        # that scale (860个 beside 1.3万个 in a total of 万个 is 0.086, not 0.1)
        mult = total.value / total.mantissa if total.mantissa else 1.0

        def part_dec(p):
            pm = p.value / p.mantissa if getattr(p, "mantissa", None) else mult
            return getattr(p, "decimals", 0) + max(0, round(math.log10(mult / pm))) if pm > 0 and mult > 0 else 0
        decs = [part_dec(p) for p in parts] if not intervals else [getattr(p, "decimals", 0) for p in parts]
        dec = max([total.decimals] + decs)

        keep = max([total.decimals] + [getattr(p, "decimals", 0) for p in parts])

        def show(x, d=dec):
            # the decimals a scaled part needs, without the zeros the change of scale adds (0.0860 → 0.086), never
            # fewer than the printed figures have
            out = fmt_num(x / mult, d)
            if "." in out and d > keep:
                head, tail = out.split(".")
                tail = tail.rstrip("0").ljust(keep, "0")
                out = f"{head}.{tail}" if tail else head
            return out
        formula = "+".join(show((iv[0] + iv[1]) / 2, d) for iv, d in zip(ivs, decs)).replace("+-", "−")
        a, b = at or (total.start, total.end)
        related = [Related(p.start, p.end, {"zh": f"分项{i + 1}", "en": f"part {i + 1}"}) for i, p in enumerate(parts)]
        if at:
            related.insert(0, Related(total.start, total.end, {"zh": "总数", "en": "total"}))
        if t[1] == float("inf") or t[0] == float("-inf") or _stated_bound(total):
            # a bound (8万套以上, 不足300件, 近300件): how far the sum falls outside it; the parts' rounding is the
            # tolerance
            diff = t[0] - hi if hi < t[0] else lo - t[1]
            tol = (hi - lo) / 2
        else:
            diff = abs(s_mid - (t[0] + t[1]) / 2)
            tol = (t[1] - t[0]) / 2 + (hi - lo) / 2
        # (the sum, the difference and the tolerance carry the total's scale and unit as printed: 1030亿元, not 1030)
        unit = {1e4: "万", 1e8: "亿", 1e12: "万亿"}.get(round(mult), "") + measure(total) if round(mult) in (1, 1e4, 1e8, 1e12) \
            else ""
        return self.finding(
            doc, a, b, key,
            related=related,
            evidence={"total": t[0], "sum": s_mid, "sum_interval": [lo, hi], "parts": [iv[0] for iv in ivs],
                      "formula": formula, "tolerance": tol, "complete": not partial,
                      **({"complete_because": str(why)} if why else {}),
                      **({"total_bound": _bound_reading(total, t)} if _stated_bound(total) else {})},
            sum=show(s_mid) + unit,
            total=total_text or (doc.text[total.start:total.end] if _stated_bound(total) else label(doc, total)),
            formula=formula, diff=show(diff) + unit,
            why=f"；容差±{show(tol)}{unit}，各项即总数的全部：{getattr(why, 'zh', why)}" if why else "",
            why_en=f"; tolerance ±{show(tol)}{unit}, the parts are all of it: {why}" if why else "")

    def _brackets(self, doc, masked, s, qs):
        text = masked
        pairs = bracket_pairs(masked, s.start, s.end)
        for a, b in sorted(pairs.items()):
            if b - a > LIST_WINDOW:
                continue
            inner = [q for q in iter_qs(doc, a + 1, b) if is_count(q) and not label_numeral(masked, q)]
            kinds = None
            if inner and _counts_kinds(masked, inner[0]):
                # （按争议类型分为三类：劳动报酬类612件、…）: a count of kinds announced at the bracket's opening
                cut = _CLAUSE_MARK.search(masked, inner[0].end)
                kinds = _announced(masked[a + 1:cut.end()]) if cut and cut.start() < b else None
                if not kinds:
                    continue
                inner = inner[1:]
            nested = nested_in_list(masked, a + 1, b, inner)
            if nested is not None:
                # （简易程序案件120件，一般程序案件290件，其中听证案件30件） / （…，一般程序案件中听证案件30件）: what a part's own
                # 其中/含 or its name and 中 opens breaks that part down — the bracket's list of parts ends before it
                inner = [q for q in inner if q.start < nested]
            before = [q for q in quantities_in(doc, max(s.start, a - 40), a) if is_count(q) and a - q.end <= 30]
            if len(inner) < 2 or not before:
                continue
            inner_text = text[a + 1:b if nested is None else nested]
            if re.search(r"[（(]", inner_text) or not all(_bounded(q) for q in inner):
                continue
            if re.search(r"增长|增長|增加|减少|減少|下降|同比|上升|提高|新增", inner_text):
                continue
            if PRIOR_LIST.match(inner_text):
                continue          # 4,220件和1,890件（上年分别为3,900件、1,790件）: last year's values of a list, in order
            partial = bool(PARTIAL.search(inner_text)) and not COMPLETE_HINT.search(inner_text)
            # one sum per measure word: 46期5,680人次（市级18期2,140人次，区级28期3,540人次） holds two
            groups: Dict[str, List[Quantity]] = {}
            for q in inner:
                groups.setdefault(measure_of(q), []).append(q)
            if len(groups) > 1 and any(len(g) != len(inner) // len(groups) for g in groups.values()):
                continue          # not one figure of each measure per part: the parts are not aligned
            totals = {}
            for meas in groups:
                # the total: the nearest count before the bracket with the same measure word, in the same clause
                # (with two measures, one total may stand a clause earlier: 举办46期，培训5,680人次（…）)
                total = next((q for q in reversed(before) if measure_of(q) == meas), None)
                if total is None and len(groups) == 1:
                    total = same_thing_total(masked, before[-1], a, groups[meas])
                if total is None and len(groups) > 1:
                    continue      # 5,680人次（市级18期2,140人次，…）: no total for 期, the 人次 still add up
                if total is None or not _bounded(total):
                    break
                if re.search(r"[，,；;。：:（(]", text[total.end:a]) and not clause_ok(text, total.end, a):
                    if len(groups) < 2 or re.search(r"[；;。：:（(]", text[total.end:a]) \
                            or len(re.findall(r"，|(?<!\d),|,(?!\d)", text[total.end:a])) > 1:
                        break
                totals[meas] = total
            if not totals or (len(totals) != len(groups) and len(groups) < 2):
                continue
            if len(groups) > 1 and not any(clause_ok(text, t.end, a) for t in totals.values()):
                continue          # one total must lead right into the bracket
            if partial and len(totals) > 1 and any(
                    len(groups[m]) >= 2 and sum(count_interval(p)[0] for p in groups[m]) == count_interval(t)[0]
                    == count_interval(t)[1] == sum(count_interval(p)[1] for p in groups[m]) for m, t in totals.items()):
                # （其中市级320场次、12.4万人次，区级940场次、24.2万人次）: the parts' 场次 add up exactly to the total's,
                # so no part is left out — the other measure must add up too
                partial = False
            for meas, parts in groups.items():
                if len(parts) < 2 or meas not in totals:
                    continue
                if _overlapping([re.sub(r"^(?:其中|含|包括|包含)", "", part_label(masked, q, a + 1)) for q in parts]):
                    continue      # （其中党员80人、女性65人） / （三级医院5个，民营医院14个）: attributes, never summed
                why = _by_count(kinds, [re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", part_label(masked, q, a + 1))
                                        for q in parts]) if kinds else None
                if kinds and not why:
                    continue      # (三类 announced, two figures in the bracket: not the list of its kinds)
                f = self._sum_finding(doc, totals[meas], parts, partial, why=why)
                if f is not None:
                    yield f

    def _respectively(self, doc, masked, s, qs):
        text = masked[s.start:s.end]
        marks = [(m, None) for m in _RESPECTIVELY_RE1.finditer(text)] + \
            [(m, m.group("w")) for m in _RESPECTIVELY_OWN_VERB.finditer(text)]
        for m, verb in marks:
            a = s.start + m.start()
            # (三类 counts the kinds, not the things: never the total)
            before = [q for q in quantities_in(doc, max(s.start, a - 40), a) if is_count(q) and not _counts_kinds(masked, q)]
            if not before:
                continue
            total = before[-1]
            # the total right before 分别为, or a classification between them (，按审理结果分，/ ，按渠道分为来信、来访、
            # 网上信访三类，): the figures after it are all the kinds of the total
            gap = masked[total.end:a]
            if verb is not None:
                # 合计新增学位5,400个，分别新增学位2,100个和3,300个 / 共办理案件500件，分别办理…: 分别 and the predicate the
                # total was stated with, right after it — the same measure split among the members named before; a
                # predicate of its own (受理500件，分别审结…: what was done with some of them) is no split of the total
                own = masked[clause_start(doc, masked, total.start, max(s.start, total.start - 24)):total.start]
                # (城市、农村低保标准分别提高到960元和720元，分别提高60元和80元: the figure before is a member of a list of its
                # own, no total — nothing but words before it in its clause)
                if not _RESPECTIVELY_RE3.fullmatch(gap) or verb[:2] not in own or "分别" in own or "分別" in own \
                        or any(ch.isdigit() for ch in own):
                    continue
            # 已开工建设1197个停车位，分别为…: the total's own noun right after its figure, then the list of its parts
            own_noun = OWN_NOUN_GAP.fullmatch(gap) is not None and not NOT_OWN_NOUN.search(gap)
            kinds = None if _RESPECTIVELY_RE3.fullmatch(gap) or own_noun else _classification(gap)
            if kinds is None and not own_noun and not _RESPECTIVELY_RE3.fullmatch(gap):
                # …426件，较上年增长8.1%，按审理结果分为维持、撤销、驳回、其他四类，分别为…: the total's growth between;
                # …356件，分为判决、裁定、调解三种方式结案，分别为…: a count of kinds announced (claims.partition)
                g2 = growth_gap(doc, masked, total.end, a) if ("%" in gap or "％" in gap) else gap
                kinds = _classification(g2) or _announced(g2)
            partial = False
            if kinds is None and not _RESPECTIVELY_RE3.fullmatch(gap) and not own_noun:
                # 全年民生支出142.6亿元，教育、卫生健康、社会保障和就业支出分别为…: the items of the whole named before
                # 分别为, under its head noun — some of its kinds, not more than it
                if not named_items_of(masked, total, gap, s.start):
                    continue
                partial = True
            if not _bounded(total):
                continue
            parts = []
            pos = a + len(m.group())
            bracketed = None
            for q in iter_qs(doc, pos, s.end):
                if not is_count(q):
                    continue
                if len(parts) >= MAX_PARTS:
                    break
                gap = masked[pos:q.start]
                # (a name may be quoted and longer: 、省“三区人才”培训项目1个、中央财政引导政府资金项目1个)
                if _RESPECTIVELY_RE2.search(gap):
                    break
                # 分别为A项目（车位282个）、B项目（车位126个）: each part's figure in a bracket after its name — all or none
                inner = PART_IN_BRACKET.fullmatch(gap[1:] if parts and bracketed else gap)
                closed = masked[q.end:q.end + 1] in ("）", ")")
                if bracketed is None:
                    bracketed = inner is not None and closed
                if bracketed:
                    if inner is None or not closed or (parts and gap[:1] not in ("）", ")")):
                        break
                elif parts and not _RESPECTIVELY_RE4.fullmatch(gap):
                    break
                elif parts and verb is not None and ("，" in gap or "," in gap):
                    break         # (分别新增A个和B个，上年分别为…: the list after a predicate closes with its clause)
                parts.append(q)
                pos = q.end
            if len(parts) < 2 or any(measure_of(p) != measure_of(total) for p in parts) or not all(_bounded(p) for p in parts):
                continue
            if kinds and kinds != len(parts):
                continue          # 分为三类 and four figures: not the list of its kinds
            f = self._sum_finding(doc, total, parts, partial=partial,
                                  why=_respectively_own(verb) if verb is not None else _respectively_why(kinds, len(parts)))
            if f is not None:
                yield f

    def _total_after(self, doc, masked, s, qs):
        for i, total in enumerate(qs):
            # (a total stated as a bound — 合计超过T / 共计不足T / 共计近T — is checked in its direction: the one side its
            # word closes, 近T at most a tenth under T: values.count_interval)
            if i < 1 or not (_bounded(total) or _stated_bound(total)):
                continue
            pre = masked[qs[i - 1].end:total.start]
            # 东片区有57个建设项目，西片区有14个建设项目，共计71个: each part carries one noun after its figure, and the
            # total word closes the list right after the last one — the parts are the clauses carrying it, whatever
            # their values (the run below takes only parts followed by that noun)
            noun = _PART_NOUN.match(pre)
            part_noun = noun.group(1) if noun is not None and _CLOSING_TOTAL.match(pre[noun.end(1):]) else None
            if part_noun:
                pre = pre[noun.end(1):]
            scoped = SCOPED_TOTAL.match(pre)
            if scoped and not all(scoped.group(1) in re.split(r"[，,；;。]", masked[max(s.start, p.start - 24):p.start])[-1]
                                  for p in qs[max(0, i - 2):i]):
                scoped = None
            split = False
            kinds_total = 0
            head_named = None
            # 三项支出33.6亿元 / 以上四项合计 / 两者合计: the sum of exactly as many parts right before it
            counted = COUNT_NAMED_TOTAL.search(masked, max(s.start, total.start - 16), total.start)
            if counted:
                f = self._count_named_total(doc, masked, s, qs[:i], total, counted)
                if f is not None:
                    yield f
                    continue
            yearly = YEARS_TOTAL.search(masked, max(s.start, total.start - 16), total.start)
            if yearly and not counted:
                continue          # 两年累计T: the consecutive years before it, claims.wholes.period_parts
            if scoped:
                pass      # 城区新增A个，郊区新增B个，全市共计新增T个: the scope's total of what each part did
            elif YEAR_TOTAL_AFTER.match(pre):
                continue              # 一季度…，二季度…，三季度…，四季度…，全年总计T: claims.wholes.period_parts
            elif SAME_VERB_TOTAL.match(pre) and respectively_verb(masked, s, qs[i - 1],
                                                                    SAME_VERB_TOTAL.match(pre).group(1)):
                pass      # 城区和农村分别新建公办幼儿园8所、14所，共新建22所: 共 and the verb of the 分别 list (never 共有)
            elif SAME_VERB_TOTAL.match(pre) and SAME_VERB_TOTAL.match(pre).group(1) in (
                    "审结", "審結", "办结", "辦結", "结案", "結案") \
                    and _DECISION.search(masked[max(s.start, qs[0].start - 24):qs[i - 1].end]):
                pass      # 维持决定180件、驳回决定30件、终止决定18件，共审结228件: the decisions on the cases 共审结 counts
            elif KINDS_TOTAL.match(pre) and respectively_verb(masked, s, qs[i - 1], ""):
                # 市级、县级、乡级河长分别为12名、86名、412名，三级河长总数达到510名: the total of as many kinds as the list
                # names, counted before the total's noun
                kinds_total = CN_SMALL[KINDS_TOTAL.match(pre).group(1)]
            elif SUMMED_HEAD_TOTAL.match(pre) and respective_head_total(
                    masked, s, qs[i - 1], SUMMED_HEAD_TOTAL.match(pre).group("name")):
                # 小学、初中在校生分别为A人和B人，义务教育阶段在校生合计T人: a total summing the items of the 分别 list before
                # it, named by the list's head noun — all of them (as many parts as the list names)
                kinds_total = respective_head_total(masked, s, qs[i - 1], SUMMED_HEAD_TOTAL.match(pre).group("name"))
            elif split_head_total(masked, s, qs[i - 1], pre):
                # 金牌、银牌、铜牌分别为A、B、C枚，奖牌总数T枚: the whole the 分别 list's names split completely
                kinds_total = split_head_total(masked, s, qs[i - 1], pre)
            elif _head_named_total(masked, s, qs, i, pre):
                # 专职人民调解员864名，兼职人民调解员5,217名，人民调解员共6,081名: a total named by the noun every part ends
                # with and a total word — not more than it (equal only when the names make a complete split)
                head_named = _head_named_total(masked, s, qs, i, pre)
            elif not TOTAL_AFTER.match(pre) and SPLIT_WHOLE.match(pre):
                split = True      # 一、二、三产业增加值分别为A、B、C，地区生产总值合计T: the whole of a complete split
            elif not TOTAL_AFTER.match(pre):
                # 共计开展各类检查433次 / 合计培训执法人员2,400人次: the total word, then what was done or counted
                named = TOTAL_AFTER_WORDS.match(pre)
                if named is None or NOT_THE_SUM.search(named.group(0)) or _DECISION.search(named.group(0)):
                    continue
                # 共计办结480件 after 受理…件: an outcome or a later stage names a subset of what the parts count,
                # unless the parts are named by it too
                outcome = OUTCOME.search(named.group(0))
                listed = masked[max(s.start, qs[0].start - 24):qs[i - 1].end]
                if outcome and outcome.group() not in listed \
                        and not (outcome.group() in ("审结", "審結", "办结", "辦結", "结案", "結案") and _DECISION.search(listed)):
                    continue      # (decisions on cases are what 审结 counts: 维持…，撤销…，总计审结320件)
            grouped = COUNTED_GROUPS.match(pre)
            if grouped and not kinds_total:
                kinds_total = CN_SMALL.get(grouped.group(1), 10)
            meas = {measure_of(total)}
            # 1,278件（份） / 385件（次）: a unit with a bracketed alternative counts parts of either measure (and
            # 1,240件次 for 件（次）)
            alt = ALT_UNIT.match(masked, total.end)
            if alt:
                meas.add(alt.group(1))
                meas.add(measure_of(total) + alt.group(1))
            run: List[Quantity] = []
            j = i - 1
            while j >= 0 and measure_of(qs[j]) in meas and _bounded(qs[j]) and len(run) < MAX_PARTS:
                run.insert(0, qs[j])
                if j == 0:
                    break
                gap = masked[qs[j - 1].end:qs[j].start]
                if part_noun:
                    rest = gap[len(part_noun):] if gap.startswith(part_noun) else None
                    if rest is None or "其中" in rest or is_delta(masked, qs[j]) or not re.fullmatch(
                            r"[、，,；;](?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){0,14}", rest):
                        break     # (every part of the list carries the noun the last one does)
                    j -= 1
                    continue
                # (乡镇（街道）办理96件: a bracket inside a part's name)
                # (a level verb closing the part's name takes no room: 审查事项累计126件 reads as 审查事项126件)
                if not re.fullmatch(r"[、，,；;]?[\u4e00-\u9fff]{0,10}|[、，,；;]?(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){0,14}",
                                    strip_level_verb(gap)) \
                        or is_delta(masked, qs[j]) or "其中" in gap:
                    break     # (受理案件300件，其中依法受理260件，共计办理980件: a part is no sibling of its whole)
                j -= 1
            # 一季度412件，二季度386件，上半年合计798件，…全年总计T: a subtotal among the parts holds the parts before it
            for k in range(len(run) - 1, 0, -1):
                if SUBTOTAL.search(masked[run[k - 1].end:run[k].start]):
                    run = run[k:]
                    break
            if split and len(run) > 1 and (len(run) != 3 or not split_list_before(masked, s, run[0])):
                continue      # the parts must be the three of the 分别 list that names the split, and nothing else
            if len(run) == 1:
                # 分别为维持120、撤销30和驳回50件，共计220件: bare numbers of a 分别 list take the unit written once
                f = self._bare_list_total(doc, masked, s, total, run[0], split=split)
                if f is not None:
                    yield f
                continue
            if len(run) < 2:
                continue
            # 提供法律咨询2,300人次、代写文书420件、调解纠纷380次，合计3,100件（次）: the list goes on with figures of
            # another measure, which the total counts too — the run chosen by unit is a subset of the parts, so it
            # may fall short of the total; only parts that exceed it are a finding
            mixed = list_goes_on(masked, qs, i - len(run), meas)
            tv = count_interval(total)
            ok = False
            # the parts may start at any clause boundary of the run, never inside a 、-joined list
            lo = hi = 0.0
            for k in range(len(run) - 1, -1, -1):       # suffix sums, from the last part back
                lo += count_interval(run[k])[0]
                hi += count_interval(run[k])[1]
                if k == len(run) - 1 or (k and re.search("、", masked[run[k - 1].end:run[k].start])):
                    continue
                if overlaps((lo, hi), tv):
                    ok = True
                    break
            # only the 、-joined tail is sure to be the parts
            tail = [run[-1]]
            for p in reversed(run[:-1]):
                # (…分别为186.4亿元、1,035.7亿元和1,249.3亿元: the last two figures of a list joined by 和 alone)
                if "、" in masked[p.end:tail[0].start] or LIST_AND.fullmatch(masked, p.end, tail[0].start):
                    tail.insert(0, p)
                else:
                    break
            if ok:
                record(doc, self.code, "sum", total, True, "sum of parts = total", run)
            if not ok and len(tail) < 2 and (re.search(r"合计|合計|总计|總計|共计|共計", pre) or scoped or head_named
                                             or part_noun):
                tail = run        # 在编人员685人，大集体人员27人，聘用卫技人员737人，合计1449人
            if ok or len(tail) < 2 or (kinds_total and len(tail) != kinds_total):
                continue
            if scoped:
                # 城区新增…，郊区新增…，全市共计新增T: the parts must each name the deed, no other period or comparison
                # (比上年多新增300个, 去年新增860个); equal to the total only when their scopes make it up (城区/郊区,
                # 市本级/各区县) — with towns or districts left unnamed the total may hold more: not more than it
                clauses = [re.split(r"[，,；;。]", masked[max(s.start, p.start - 24):p.start])[-1] for p in tail]
                if not all(scoped.group(1) in c and not OTHER_TIME.search(c) for c in clauses):
                    continue
                f = self._sum_finding(doc, total, tail, partial=mixed or not scopes_make_up(clauses), total_iv=tv)
            elif head_named:
                labels = [words_before(masked, p, s.start) for p in tail]
                why = _complete_by_name(labels, masked[tail[0].start:tail[-1].end], residual_ok=measure_of(total) != "元")
                f = self._sum_finding(doc, total, tail, partial=mixed or not why, total_iv=tv, why=why)
            else:
                f = self._sum_finding(doc, total, tail, partial=mixed, total_iv=tv, why=_closing_total(pre))
            if f is not None:
                yield f

    def _count_named_total(self, doc, masked, s, before, total, counted):
        """教育支出14.2亿元，社会保障和就业支出11.8亿元，卫生健康支出7.6亿元，三项支出33.6亿元 / …，以上四项合计N / …，两者合计N:
        a total named by the count of its parts is the sum of exactly as many figures of its measure right before the
        count, each in its own list item (、，；) and, when the total names a noun (支出), each named with it."""
        n = CN_SMALL[counted.group(1) or counted.group(2)]
        noun = counted.group(3)
        prev = [q for q in before if q.end <= counted.start()]
        if len(prev) < n or n < 2:
            return None
        parts = prev[-n:]
        if not re.fullmatch(r"\s*", masked[parts[-1].end:counted.start()]):
            return None
        for a, b in zip(parts, parts[1:]):
            if not re.fullmatch(r"[、，,；;和及][\u4e00-\u9fff（）()]{0,16}", masked[a.end:b.start]) or "其中" in masked[a.end:b.start]:
                return None
        # (合计5.56万件（人次）: parts in either unit, 件 or 人次)
        alt = ALT_UNIT.match(masked, total.end)
        units = {measure_of(total)} | ({alt.group(1)} if alt else set())
        if any(measure_of(p) not in units or not _bounded(p) or is_delta(masked, p) or p.is_percent for p in parts):
            return None
        if noun and not all(noun in words_before(masked, p, s.start) for p in parts) \
                and any(measure_of(q) in units and q.start >= s.start for q in prev[:-n]):
            # (教育投入A、卫生健康投入B、社会保障投入C，三项民生支出共计T: the count names the sentence's whole list of
            # its measure, whatever noun the total gives it; with more figures of the measure before, the noun decides)
            return None
        # (the writer may count the parts otherwise: any run of two or more figures right before the count that adds up
        # to the total is a reading, 区级财政支出52.6亿元，农林水支出4.8亿元，城乡社区支出6.1亿元，两项支出10.9亿元)
        tv, lo, hi = count_interval(total), 0.0, 0.0
        for k, p in enumerate(reversed(prev[-(n + 1):])):
            lo, hi = lo + count_interval(p)[0], hi + count_interval(p)[1]
            if k and lo <= tv[1] + 1e-9 and hi >= tv[0] - 1e-9:
                return None
        return self._sum_finding(doc, total, parts, partial=False)

    def _bare_list_total(self, doc, masked, s, total, last, split=False):
        """分别为维持120、撤销30和驳回50件，共计200件: the figures of a 分别 list before a total, all but the last bare
        (the unit written once, after the last), joined by 、/和 with a name each: they add up to the total."""
        bare: List[Quantity] = []
        nxt = last
        for q in reversed(quantities_in(doc, max(s.start, last.start - LIST_WINDOW), last.start)):
            if q.unit or q.is_percent or q.approx or len(bare) >= MAX_PARTS \
                    or not re.fullmatch(r"[、和及与與]\s*[\u4e00-\u9fff]{0,8}", masked[q.end:nxt.start]):
                break
            bare.insert(0, q)
            nxt = q
        if not bare or not re.search(r"(?:分别|分別)(?:为|為|是)?[\u4e00-\u9fff]{0,8}$", masked[max(s.start, bare[0].start - 14):bare[0].start]):
            return None
        if split and (len(bare) != 2 or not split_list_before(masked, s, bare[0])):
            return None       # 一、二、三产业分别为A、B、C亿元，…合计T亿元: the three figures of the named split
        mult = last.value / last.mantissa if last.mantissa else 1.0
        parts = bare + [last]
        ivs = [_bare_interval(q, mult, last) for q in bare] + [count_interval(last)]
        return self._sum_finding(doc, total, parts, partial=False, intervals=ivs)

    def _among(self, doc, masked, s, qs):
        for m in AMONG_MARK.finditer(masked[s.start:s.end]):
            a = s.start + m.start()
            lo_w, _ = sentence_window(doc, a, previous=at_sentence_open(masked, s, a))
            lo_w = max(lo_w, a - WHOLE_WINDOW)
            wholes = [q for q in quantities_in(doc, lo_w, a) if is_count(q) and not is_delta(masked, q)]
            stop = min(s.end, a + LIST_WINDOW)
            for mark in ("其中", "；", ";"):
                k = masked.find(mark, a + 2, stop)
                if k >= 0:
                    stop = min(stop, k)
            opened = masked[max(s.start, a - 3):a]
            if "（" in opened or "(" in opened:     # 新增学位1050个(其中义务教育学位750个）、病床位85张…
                close = [k for k in (masked.find("）", a, stop), masked.find(")", a, stop)) if k >= 0]
                if close:
                    stop = min(close)
            parts = [q for q in quantities_in(doc, a + 1, stop)
                     if is_count(q) and masked[q.end:q.end + 1] not in ("/", "每")]
            wholes = [w for w in wholes if not AVERAGE.search(context_before(masked, w, lo_w, 6))
                      and masked[w.end:w.end + 1] not in ("/", "每")]
            # parts beyond the clause of 其中 (not joined by 、) must name the whole's head noun:
            # 建设6个停车场，其中4个是“的士码头”，提供停车位573个 — 573 counts another thing
            first_break = clause_break_after(masked, a, stop, parts)
            raw = parts
            if wholes and first_break is not None:
                head = head_noun(masked, wholes[-1], lo_w)
                whole_words = context_before(masked, wholes[-1], lo_w, 16)
                # (…，注销企业3000家 after 新设立企业2100家，其中外资企业12家: another deed's count ends alike, no part)
                listed = [p for p in parts if p.start >= first_break and continues_list(masked, a, parts[0], p)
                          and not deed_apart(masked, a, p, whole_words)]
                parts = [p for p in parts if p.start < first_break
                         or (head and (head in noun_label(masked, p, a) or ends_with_head(masked, p, a, head))
                             and not another_deed(masked, a, p, whole_words))
                         # (…，其他518件: the rest of the whole, named by no noun of its own)
                         or (p is parts[-1] and REST_ITEM.search(masked, max(a, p.start - 6), p.start) is not None)]
                # the list's later parts with the head noun left out are parts too, each one not more than the whole
                # (never read as a complete breakdown or a sum: 受理 and 不予受理 leave out what was sent on)
                each = parts + [p for p in listed if p not in parts]
                each.sort(key=lambda q: q.start)
                # (幼儿园612所，小学412所，初中136所，…，高等学校5所，其他55所 after 各类学校1,286所: items of the list left
                # out for naming no 学校 — 小学, 初中 — leave the parts read short of all of it; 其他 closes the list, not them)
                dropped = bool(parts) and any(p not in parts and p.start < parts[-1].start for p in raw)
            else:
                each = parts
                dropped = False
            if wholes and parts and gap_subject(masked, wholes[-1], lo_w, a, parts[0]):
                continue          # (…20个，带动周边小区改造，其中改造小区35个: the 其中 of the clause between)
            if m.group() != "其中" and self._immediate_whole(masked, s, a, wholes, doc) is None:
                continue          # 实施3个项目（含子项目12个）: 含 reads as 其中 only right after the count it breaks down
            # a breakdown after 其中 that ends with 其他/其它 is complete: its parts add up to the whole
            f = self._complete_breakdown(doc, masked, s, a, stop, wholes, parts, dropped)
            if f is not None:
                yield f
                continue
            # a 其中 right after a count names that count's parts (at any depth): 11835人（其中…）, or the sole
            # part of an earlier 其中 (…，其中中小学在校生12.3万人，其中初中…): then only that count is the whole
            inner = self._immediate_whole(masked, s, a, wholes, doc)
            found = False
            for p in each:
                if _open_below(p) or is_delta(masked, p) or threshold(masked, p):
                    continue
                same = [w for w in (wholes if inner is None else [inner]) if measure_of(w) == measure_of(p)]
                if not same and inner is not None and counted_alike(
                        measure_of(inner), measure_of(p), words_before(masked, inner, lo_w), context_before(masked, p, a, 12)):
                    # 新登记147万户、其中企业57.3万家 (户 and 家 count the same market entities), 文化场馆126个，其中博物馆
                    # 138家, 培训4,860人次，其中…5,230人 (each person trained is at least one 人次): claims.classes
                    same = [inner]
                if not same and measure_of(p) in ("个", "项") and \
                        re.match(r"项目|[获已为是由在完建开投通实入列被均]|[，,。；;、]|$", masked[p.end:p.end + 2]):
                    # 12个项目获国家科学技术奖，其中1项… / 实施项目6个，其中3项…: projects are counted in 个 or 项 alike
                    same = [w for w in (wholes if inner is None else [inner])
                            if {measure_of(w), measure_of(p)} == {"个", "项"}
                            and (re.match(r"[\u4e00-\u9fff]{0,6}?项目", masked[w.end:w.end + 8])
                                 or masked[max(0, w.start - 2):w.start] == "项目")]
                if not same and inner is not None:
                    # 新增商事主体3,260户，认缴投资总额528.6亿元，增长12.4%，其中…企业52户: the count right before 其中
                    # is of another measure; the whole of the part is the nearest count of its own measure before
                    # it in the sentence, across clauses that count only other things
                    same = separated_whole(masked, s, a, wholes, p) or previous_sentence_whole(doc, masked, s, a, p)
                if not same:
                    continue
                plo = count_interval(p)[0]
                if any(count_interval(w)[1] >= plo or w.approx in (">", ">=") for w in same) \
                        or (inner is None and _run_total(masked, same, lo_w) >= plo):
                    record(doc, self.code, "part<=whole", p, True, "part <= whole", same)
                    continue
                found = True
                record(doc, self.code, "part<=whole", p, False, "part <= whole", same)
                w = same[-1]
                yield self.finding(doc, p.start, p.end, "default" if m.group() == "其中" else "included",
                                   related=[Related(w.start, w.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": plo, "whole": count_interval(w)[1],
                                             "wholes_considered": [count_interval(x)[0] for x in same],
                                             "formula": f"{label(doc, p)} > {label(doc, w)}",
                                             "tolerance": "printed rounding of both (lower end of the part > upper "
                                                          "end of the whole)"},
                                   part=label(doc, p), whole=label(doc, w))
                break
            if not found:
                whole = inner if inner is not None else (wholes[-1] if wholes else None)
                first = next((p for p in parts if not is_delta(masked, p) and not threshold(masked, p)), None)
                sep = []
                if whole is not None and first is not None and measure_of(whole) != measure_of(first):
                    # 行政处罚案件1,560件，罚没款2,380万元；其中简易程序案件…件: the kinds count the cases, not the amount
                    # (…事故47起、死亡39人。其中，…事故18起: a 其中 opening its sentence, the nearest count another measure)
                    sep = separated_whole(masked, s, a, wholes, first)
                f = self._disjoint_sum(doc, masked, s, a, stop, sep[0] if sep else whole, separated=bool(sep))
                if f is not None:
                    yield f


    def _named_list(self, doc, masked, s):
        """Names joined by 、/和 and as many figures after 分别 (小学、初中、高中分别为7所、3所、2所; 教育、卫生和
        住房保障分别投入44.1、21.6和11.8亿元, the unit written once): after 其中 they are parts of the count before
        it (not more than it; equal when the names leave nothing out); right after a count without 其中, only
        names that leave nothing out (受理、不予受理) make its parts."""
        for m in RESPECTIVELY.finditer(masked, s.start, s.end):
            names_at = m.start()
            base = max(s.start, names_at - 80)
            head = masked[base:names_at]
            k = max(head.rfind("，"), head.rfind(","), head.rfind("："), head.rfind(":"), head.rfind("；"))
            if k < 0 and base > s.start:
                continue
            names_txt = head[k + 1:]
            among = names_txt.startswith("其中")
            names_txt = names_txt[2:] if among else names_txt
            # (其中，企业、个体工商户…分别为: the three characters before the names — a slice of two never held them)
            qz_comma = False
            if not among and head[max(0, k - 2):k + 1].endswith(("其中，", "其中,", "其中：", "其中:")):
                among = qz_comma = True
            names = [x for x in re.split(r"[、和及与與]", names_txt) if x]
            if len(names) < 2 or any(len(x) > 14 for x in names):
                continue
            n_figs = count_figures(doc, masked, m.end(), s.end)
            if n_figs != len(names):          # 社保和就业: 和 inside a name
                names = [x for x in re.split(r"[、]", names_txt) if x]
            # the figures: as many as the names, joined by 、/和; bare numbers take the unit of the last one
            figs = []
            pos = m.end()
            for q in iter_qs(doc, m.end(), s.end):
                gap = masked[pos:q.start]
                if len(figs) == len(names) or not (re.fullmatch(r"[、，,和及与與\s]*", gap) if figs else
                                                   re.fullmatch(r"[\u4e00-\u9fff]{0,4}[：:]?\s*", gap)):
                    break
                figs.append(q)
                pos = q.end
            if len(figs) != len(names) or not figs[-1].unit or figs[-1].is_percent:
                continue
            last = figs[-1]
            if not is_count(last) or any(q.unit and measure_of(q) != measure_of(last) for q in figs) \
                    or not all(_bounded(q) for q in figs) or is_delta(masked, figs[0]):
                continue
            mult = last.value / last.mantissa if last.mantissa else 1.0
            ivs = [count_interval(q) if q.unit else _bare_interval(q, mult, last) for q in figs]
            # the whole: the count right before the names (or before 其中), same measure
            cut = base + k + 1 if k >= 0 else base
            if qz_comma:
                cut = base + k - 2        # (the whole before 其中，: the 其中 and its comma read as 其中 alone)
            before = [q for q in quantities_in(doc, max(s.start, cut - 40), cut) if is_count(q)]
            if not before:
                continue
            whole = before[-1]
            separated = False
            if among and measure_of(whole) != measure_of(last):
                # 恢复水面2900平方公里，增加蓄洪容积130亿立方米，其中鄱阳湖、洞庭湖…分别达到880平方公里和600平方公里: the
                # count right before 其中 is of another measure; the whole is the nearest of the parts' measure before it,
                # across clauses that count only other things (claims.parts.separated_whole)
                k2 = masked.rfind("其中", max(s.start, cut - 4), names_at + 2)
                sep = separated_whole(masked, s, k2, before, last) if k2 >= 0 else []
                if sep and "其中" not in re.split(r"[，,；;：:]", masked[max(s.start, sep[0].start - 24):sep[0].start])[-1]:
                    whole, separated = sep[0], True     # (never a part of an earlier breakdown: 其中东湖900平方公里)
            if measure_of(whole) != measure_of(last) or whole.approx in ("<", "<=") or is_delta(masked, whole) \
                    or not (separated or re.fullmatch(r"[\s，,：:]*", growth_gap(doc, masked, whole.end, cut))):
                continue
            wctx = context_before(masked, whole, max(0, whole.start - 16), 12)
            if AVERAGE.search(wctx) or re.search(r"以上|以下|上年|去年|同期|(?<![达達])到$|至$", wctx) \
                    or masked[whole.end:whole.end + 1] in ("/", "每"):
                continue
            if not among and len(before) >= 2 and measure_of(before[-2]) == measure_of(whole) \
                    and re.fullmatch(r"\s*[、和及与與]\s*[\u4e00-\u9fff“”A-Za-z0-9]{0,16}", masked[before[-2].end:whole.start]):
                continue      # 新增国家级…6家、省级…35家，国家级、省级…分别达到21家和130家: the count is the last item of a
                #               list, not the whole of the names after it
            complete = _complete_by_name(names, names_txt)
            # 县道、乡道、村道分别为…: sibling names right after a count are kinds of it even without 其中
            # (市场监管、生态环境、城市管理领域分别为…: the classification word after the last name names every one)
            if not (among or complete or (_siblings(names) and not _attribute_words(names))
                    or exclusive_kinds(distributed(names), measure_of(last) == "元")):
                continue
            yield self._sum_finding(doc, whole, figs, partial=not complete, intervals=ivs, why=complete)

    def _total_next_sentence(self, doc, masked, si):
        """A sentence that opens with the total of the figures of the sentence before (市本级审结215件；各区审结
        593件。全市合计审结808件): some run of those figures ending with the last must add up to it."""
        s = doc.sentences[si]
        if si == 0 or doc.sentences[si - 1].paragraph != s.paragraph:
            return None
        total = next((q for q in iter_qs(doc, s.start, min(s.end, s.start + 24)) if not counts_the_parts(masked, q)),
                     None)         # 两项合计810件: 两项 counts the parts
        if total is None or not is_count(total) or not _bounded(total) or total.start - s.start > 20:
            return None
        verb = None
        if not TOTAL_OPENS.fullmatch(masked[s.start:total.start]):
            vm = TOTAL_OPENS_VERB.fullmatch(masked[s.start:total.start])
            if vm is None or vm.group("verb").startswith(("有", "计", "計", "为", "為", "达", "達")):
                return None
            verb = vm.group("verb")
        ps = doc.sentences[si - 1]
        # the parts may stand in up to three sentences before (市本级办理118件。各区办理164件。全市合计292件。)
        k = si - 1
        while k > 0 and si - k < 3 and doc.sentences[k - 1].paragraph == s.paragraph \
                and total.start - doc.sentences[k - 1].start <= LIST_WINDOW:
            k -= 1
        ps_start = doc.sentences[k].start
        meas = measure_of(total)
        alt = ALT_UNIT.match(masked, total.end)        # 合计1,278件（份）: parts in 件 or in 份
        measures = {meas, alt.group(1)} if alt else {meas}
        run = []
        others = False        # a count of another measure among the parts read (2,000人次 before 全市合计2,808件（次）)
        depth, pos = 0, ps_start
        for q in iter_qs(doc, max(ps_start, total.start - LIST_WINDOW), ps.end):
            seg = masked[pos:q.start]
            depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
            pos = q.start
            if not is_count(q) or is_delta(masked, q):
                continue
            clause = re.split(r"[，,；;：:。]", masked[max(ps_start, q.start - 40):q.start])[-1]
            if "其中" in clause or depth > 0 or AVERAGE.search(context_before(masked, q, ps_start, 6)):
                continue
            if measure_of(q) not in measures:
                # an item of the list (it ends at a mark), not a figure inside a name (17所卫生院现有在编人员…)
                others = others or bool(re.match(r"\s*[、，,；;。]", masked[q.end:q.end + 2]))
                continue
            if not _bounded(q) or len(run) >= MAX_PARTS:
                return None
            run.append(q)
        if len(run) < 2:
            return None
        if verb is not None and not all(verb in re.split(r"[，,；;：:。]", masked[max(ps_start, p.start - 40):p.start])[-1]
                                        for p in run):
            return None       # 共办结… after 受理…: the total of another deed
        counted = COUNTED_OPENING.match(masked, s.start, total.start)
        if counted is not None and CN_SMALL.get(counted.group(1)) not in (None, len(run)):
            return None       # 四级平台合计 over three figures: a level is named without its figure
        if REST.search(masked, run[-1].end, s.start):
            return None       # …，其余为村级工作室。…合计: the rest is named, its figure not given before the total
        tv = count_interval(total)
        if others:
            # the figures of the total's measure are a subset of its parts chosen by unit: they may fall short of it,
            # and which of them belong to it (a run ending with the last) is not known — no finding
            return None
        lo = hi = 0.0
        for p in reversed(run):
            lo += count_interval(p)[0]
            hi += count_interval(p)[1]
            if overlaps((lo, hi), tv):
                record(doc, self.code, "sum", total, True, "sum of parts = total", run)
                return None
        # figures of the measure before the sentences read (…提出6项指标…提出5项…以上共计28项): the parts may begin
        # earlier than what was read — no finding
        par = doc.paragraph_at(ps_start)
        floor = max(par.start if par else ps_start, ps_start - 2 * LIST_WINDOW)
        if any(is_count(q) and measure_of(q) in measures and not is_delta(masked, q)
               for q in iter_qs(doc, floor, ps_start)):
            return None
        return self._sum_finding(doc, total, run, partial=False)

    def _kinds_next_sentence(self, doc, masked, si):
        """全年审结300件。维持180件、撤销70件、驳回80件。 / …总里程1,200公里。县道320公里，乡道460公里…: a sentence
        that opens with kinds that exclude each other (decisions, sibling names, steps of a scale; or after 从…看 /
        按…分) right after a sentence ending with a total of their measure: not more than it."""
        s = doc.sentences[si]
        if si == 0 or not _next_sentence_or_paragraph(doc, masked, si):
            return None
        first = next(iter_qs(doc, s.start, min(s.end, s.start + 24)), None)
        if first is None or not is_count(first):
            return None
        opener = INCLUDING.match(masked, s.start)
        head = masked[opener.end() if opener else s.start:first.start]
        kinds = None
        if _counts_kinds(masked, first):
            # 。按申请方式分为三类：网络申请518件、…: the sentence opens by announcing how many kinds the total before holds
            cut = _CLAUSE_MARK.search(masked, first.end)
            kinds = _announced(masked[s.start:cut.end()]) if cut and cut.start() - s.start <= 30 else None
            first = next(iter_qs(doc, cut.end(), min(s.end, cut.end() + 24)), None) if kinds else None
            if first is None or not is_count(first):
                return None
            head = masked[cut.end():first.start]
        if not _KINDS_NEXT_SENTENCE_RE1.fullmatch(head):
            return None
        ps = doc.sentences[si - 1]
        prev = [q for q in iter_qs(doc, max(ps.start, ps.end - 80), ps.end) if is_count(q)]
        if not prev:
            return None
        w = prev[-1]
        if w.approx in ("<", "<=") or is_delta(masked, w) or measure_of(w) != measure_of(first) \
                or not _KINDS_NEXT_SENTENCE_RE4.fullmatch(masked[w.end:ps.end]):
            return None
        # the whole is a total (全年审结300件, 总里程1,200公里) or named by the head the parts share (常住人口58.6万人。城镇人口…，
        # 乡村人口…): checked below, once the parts' names are read — the first part must end with two characters of it
        # (a sentence that announces the kinds it splits into, 分为企业和个体工商户两类：…, links them to the total
        # closing the sentence before, whatever that total is named: 新增市场主体5,642户。)
        by_head = kinds is None and not TOTAL_WORD.search(context_before(masked, w, ps.start, 16))
        if by_head and (len(head) < 2 or masked[w.start - 2:w.start] != head[-2:]) \
                and masked[w.start - 3:w.start - 1] != head[-2:]:
            return None
        lead = s.start if kinds is None else first.start      # (。其中… opens no list of kinds: read past it)
        parts, depth, pos = [], 0, lead
        for q in iter_qs(doc, lead, min(s.end, s.start + LIST_WINDOW)):
            seg = masked[pos:q.start]
            depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
            pos = q.start
            if "其中" in seg or (parts and CLASSIFICATION_OPEN.search(seg)):
                break         # (…；按内容分，…: the parts after a second classification are another breakdown)
            if depth > 0 or not is_count(q) or measure_of(q) != measure_of(w) or is_delta(masked, q):
                continue
            if not _bounded(q) or len(parts) >= MAX_PARTS:
                return None
            parts.append(q)
        if len(parts) < 2:
            return None
        names = [_KINDS_NEXT_SENTENCE_RE2.sub("", words_before(masked, q, s.start)) for q in parts]
        if len(set(names)) != len(names) or not all(names) \
                or any(_KINDS_NEXT_SENTENCE_RE6.search(x) for x in names):
            return None
        complete = None if _KINDS_NEXT_SENTENCE_RE5.search(masked[parts[-1].end:s.end]) else (
            _complete_by_name(names, masked[s.start:parts[-1].end], residual_ok=False)
            or (None if _attribute_words(names) else _by_count(kinds, names)))
        chain = None
        if not complete and not by_head and not _open_list(masked[s.start:s.end]):
            # 全市…。具体看，市级中心…，县（市、区）级中心…，乡镇（街道）工作站…，村（社区）工作室…: every level of the
            # whole's area (claims.partition.level_chain), named with their brackets
            chain = _level_chain([raw_words_before(masked, q, s.start) for q in parts],
                                 context_before(masked, w, ps.start, 16))
            complete = chain
        if _attribute_words(names) and not complete:
            return None       # (男性/女性: attributes elsewhere, the two sides of one split here)
        if by_head:
            wname = _KINDS_NEXT_SENTENCE_RE3.sub("",
                           _STAGES_RE2.sub("", context_before(masked, w, ps.start, 16)))
            head = shared_head(names + [wname])      # (男性人口/女性人口 share 性人口, the whole 户籍人口 only 人口)
            if len(head) < 2 or any(x == head for x in names):
                return None
        if by_head and not complete:
            return None       # (城镇人口…，乡村人口…，流动人口…: named by the head alone, only a complete split is the whole's)
        if not (complete or (opener and not opener.group().startswith("包")) or exclusive_kinds(names, measure_of(w) == "元")):
            return None
        if count_interval(w)[1] == float("inf"):
            return None
        # (a total named so, 全年审结300件。, and kinds announced for it: all of it, as a complete split of a whole named by
        # the parts' head is)
        return self._sum_finding(doc, w, parts, partial=not ((by_head or kinds or chain) and complete),
                                 at=(parts[0].start, parts[-1].end), why=complete)

    def _items_after_whole(self, doc, masked, si):
        """全区新增城镇就业8,400人。一是高校毕业生就业3,100人；二是退役军人就业620人。 — the items (一是/二是, 首先/其次,
        第一/第二) of the sentences right after a count closing its sentence detail that count: a count in an item, of its
        measure word and named by the last two characters of the whole's name (就业, 纠纷), is not more than it.  Never an
        item naming another period or scope (累计, 五年, 上年, 全市 when the whole does not) or a change."""
        s = doc.sentences[si]
        m = ITEM_OPEN.match(masked, s.start, s.end)
        if m is None or si == 0:
            return
        ps = doc.sentences[si - 1]
        prev = [q for q in iter_qs(doc, max(ps.start, ps.end - 80), ps.end) if is_count(q)]
        if not prev:
            return
        w = prev[-1]
        if w.approx in ("<", "<=") or is_delta(masked, w) or not _bounded(w) \
                or not re.fullmatch(r"[。！!；;\s]*", masked[w.end:ps.end]):
            return
        wname = re.sub(r"[^\u4e00-\u9fff]", "", label_of_whole(masked, w, ps.start))
        if len(wname) < 2 or ITEM_OTHER_TIME.search(wname):
            return
        head = wname[-2:]
        end, k = s.end, si + 1
        while k < len(doc.sentences) and k <= si + 6 and ITEM_NEXT.match(masked, doc.sentences[k].start):
            end = doc.sentences[k].end
            k += 1
        marks = [x.end() for x in ITEM_MARK.finditer(masked, s.start, end)]
        for q in iter_qs(doc, m.end(), end):
            if not is_count(q) or measure_of(q) != measure_of(w) or is_delta(masked, q) or threshold(masked, q) \
                    or q.approx in ("<", "<=") or not _bounded(q):
                continue
            floor = max([x for x in marks if x <= q.start] or [m.end()])
            name = re.sub(r"[^\u4e00-\u9fff]", "", words_before(masked, q, floor))
            if head not in name or ITEM_OTHER_TIME.search(name) \
                    or any(x in name and x not in wname for x in ITEM_SCOPES):
                continue
            lo = count_interval(q)[0]
            ok = lo <= count_interval(w)[1] + 1e-9
            record(doc, self.code, "part<=whole", q, ok, "item <= whole before it", [w])
            if not ok:
                yield self.finding(doc, q.start, q.end,
                                   related=[Related(w.start, w.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": lo, "whole": count_interval(w)[1],
                                             "formula": f"{label(doc, q)} > {label(doc, w)}",
                                             "tolerance": "printed rounding of both (lower end of the part > upper end "
                                                          "of the whole)"},
                                   part=label(doc, q), whole=label(doc, w))

    def _compound_total(self, doc, masked, s):
        """在校学生112.51万人，教职工8.73万人，专任教师7.43万人，师生总人数121.24万人 — a total named by a compound of
        two characters (师生, 中小学生, 城乡) each found in the name of a count before it in its sentence: some of those
        counts (two or more; which ones the text does not say) must add up to it."""
        if COMPOUND_CHAR.search(masked, s.start, s.end) is None:
            return None     # (no 总/合/共: no total named so in the sentence)
        for m in COMPOUND_TOTAL.finditer(masked, s.start, s.end):
            # (the quantity service holds 达/为 in the figure's span: 师生总人数达157.61万人 starts at 达)
            total = next((q for q in iter_qs(doc, m.start(), m.end() + 12) if q.num_start >= m.end()), None)
            if total is None or total.num_start - m.end() > 4 or not is_count(total) or not _bounded(total) \
                    or is_delta(masked, total):
                continue
            if _is_account_total(doc, total):
                continue      # 收支总数如下：本年收入合计A，…，本年支出合计D: a total of the budget account, of its own side
            a, b = m.group(1)[0], m.group(1)[1]
            before = [q for q in iter_qs(doc, max(s.start, m.start() - LIST_WINDOW), m.start())
                      if is_count(q) and measure_of(q) == measure_of(total) and not is_delta(masked, q)]
            if len(before) < 2 or len(before) > 6 or not all(_bounded(q) for q in before):
                continue
            names = [re.sub(r"[^\u4e00-\u9fff]", "", words_before(masked, q, s.start)) for q in before]
            if AVERAGE.search("".join(names)):
                continue
            ia = [i for i, x in enumerate(names) if a in x]
            ib = [i for i, x in enumerate(names) if b in x]
            if not ia or not ib or set(ia) == set(ib):
                continue
            tv = count_interval(total)
            ivs = [count_interval(q) for q in before]
            ok = False
            n = len(before)
            for mask in range(1, 1 << n):             # at most 63 readings: bounded
                if bin(mask).count("1") < 2:
                    continue
                lo = sum(ivs[i][0] for i in range(n) if mask >> i & 1)
                hi = sum(ivs[i][1] for i in range(n) if mask >> i & 1)
                if overlaps((lo, hi), tv):
                    ok = True
                    break
            parts = [before[i] for i in sorted(set(ia) | set(ib))]
            if ok:
                record(doc, self.code, "sum", total, True, "some of the parts = total", before)
                continue
            if len(parts) < 2:
                continue
            return self._sum_finding(doc, total, parts, partial=False)
        return None

    def _colon_list(self, doc, masked, s):
        """合计1,280件：行政复议案件420件；行政诉讼案件360件；信访事项500件 — a count and, after a colon, its parts one
        per clause to the end of the sentence.  合计/共计/总计 before the count declare it the sum of what follows: the
        parts add up to it; otherwise (共有…：, 各类学校486所：…) or after 其中/主要/包括 the list may leave parts out (其他
        机构 unnamed): kinds that exclude each other (:mod:`lintgov.claims.classes`) are not more than it."""
        if masked.find("：", s.start, s.end) < 0 and masked.find(":", s.start, s.end) < 0:
            return None     # (no colon in the sentence)
        for m in COLON.finditer(masked, s.start, s.end):
            total = next((q for q in reversed(list(quantities_in(doc, max(s.start, m.start() - 24), m.start())))), None)
            if total is None or not is_count(total) or total.approx in ("<", "<=") or is_delta(masked, total) \
                    or not re.fullmatch(r"(?:\s*[（(][\u4e00-\u9fff]{1,2}[）)])?\s*", masked[total.end:m.start()]):
                continue
            clause = re.split(r"[，,；;。：:]", masked[max(s.start, total.start - 24):total.start])[-1]
            word = COLON_SUM.search(clause) or COLON_TOTAL.search(clause)
            if AVERAGE.search(clause[-6:]) or re.search(r"上年|去年|同期|比|较|較", clause):
                continue
            meas = {measure_of(total)}
            alt = ALT_UNIT.match(masked, total.end)
            if alt:
                meas |= {alt.group(1), measure_of(total) + alt.group(1)}
            body = masked[m.end():min(s.end, m.end() + LIST_WINDOW)]      # bounded: linear in the sentence
            partial = bool(re.match(r"\s*(?:其中|主要|包括|包含|如|例如)", body)) or bool(re.search(r"等", body))
            parts, labels, pos = [], [], m.end()
            other_unit = False
            # brackets inside the list (行政复议案件420件（其中纠错60件，…）) hold notes on a part, not parts
            body = BRACKETED.sub(lambda x: "　" * len(x.group()), body)
            for seg in re.split(r"([；;，、]|(?<!\d),|,(?!\d))", body):
                if not seg or seg in "；;，,、":
                    pos += len(seg)
                    continue
                if parts and re.match(r"\s*其中", seg):
                    break         # a nested 其中 after a part: the list of the total has ended
                figs = [q for q in iter_qs(doc, pos, pos + len(seg)) if is_count(q) and measure_of(q) in meas
                        and not is_delta(masked, q) and body[q.start - m.end()] != "　"]
                if any(is_count(q) and measure_of(q) not in meas and not is_delta(masked, q)
                       for q in iter_qs(doc, pos, pos + len(seg))) and not figs:
                    # a clause counting something else: the breakdown of the total has ended — or goes on in another
                    # unit the total counts too (合计3,100件（次）：援助案件420件；调解纠纷380次；法律咨询2,300人次): the
                    # parts read are then a subset chosen by unit, which may fall short of the total
                    other_unit = True
                    break
                if len(figs) != 1 or figs[0].approx in ("<", "<=") or len(parts) >= MAX_PARTS:
                    if len(figs) > 1:
                        parts = []
                        break
                    pos += len(seg)
                    continue
                lab = re.sub(r"^(?:其中|主要|包括)", "", re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "",
                                                               masked[pos:figs[0].start]))
                parts.append(figs[0])
                labels.append(lab)
                pos += len(seg)
            if len(parts) < 2 or not all(labels) or len(set(labels)) != len(labels):
                continue
            money = measure_of(total) == "元"
            if _complete_by_name(labels, body, residual_ok=not money) or \
                    (not partial and word is not None and word.group() in ("合计", "合計", "共计", "共計", "总计", "總計", "总共",
                                                                            "總共")):
                f = self._sum_finding(doc, total, parts, partial=other_unit)
            elif not _attribute_words(labels) and exclusive_kinds(labels, money):
                f = self._sum_finding(doc, total, parts, partial=True)
            else:
                f = None
            if f is not None:
                return f
        return None

    def _split_then_whole(self, doc, masked, s, qs):
        """城镇人口612.4万人，乡村人口187.9万人，常住人口总数800.3万人: the sides of a known complete split (claims.partition
        .complete: 城镇/乡村, 男/女, 出口/进口 …), each in its own clause, then a figure named by their common noun (人口 →
        常住人口, 人口总数): the whole the split divides, their sum.  Only the figures right before it, one per side, of its
        measure; never a change, a bound, a part of the year or another whole between."""
        for i in range(2, len(qs)):
            total = qs[i]
            pre = masked[qs[i - 1].end:total.start]
            m = WHOLE_BY_NOUN.fullmatch(pre)
            if m is None or not _bounded(total) or is_delta(masked, total):
                continue
            for k in (2, 3):
                if i - k < 0:
                    break
                parts = qs[i - k:i]
                if any(measure_of(p) != measure_of(total) or not _bounded(p) or is_delta(masked, p) for p in parts):
                    continue
                if qs[i - k - 1:i - k] and measure_of(qs[i - k - 1]) == measure_of(total) \
                        and qs[i - k - 1].start >= s.start:
                    continue      # another figure of the measure before the sides: which ones the whole holds is not sure
                labels = [words_before(masked, p, s.start) for p in parts]
                gaps = [masked[a.end:b.start] for a, b in zip(parts, parts[1:])]
                if not all(re.fullmatch(r"[，,；;、]\s*[\u4e00-\u9fff]{1,12}", g) for g in gaps):
                    continue
                why = _complete_by_name(labels, residual_ok=False)
                if why is None or REST.search(labels[-1]):
                    continue      # (a list closed by 其余 is read where its whole stands first)
                head = m.group("name")
                if _NOT_ADDITIVE.search(head + "".join(labels)):
                    continue      # (城镇居民人均可支配收入…，全体居民人均…: means and rates do not add up)
                noun = shared_head(labels)
                # the whole is named by the sides' noun itself (人口 after 城镇人口/乡村人口), or by a longer name the sentence
                # opened with (常住人口中，城镇人口…，乡村人口…，常住人口总数…); never by fewer words (按期办结 halves are no
                # part of all 办结) nor by other words (户籍人口 after the 常住 split)
                if len(noun) < 2 or not (head == noun or (head.endswith(noun)
                                                          and masked.find(head, s.start, parts[0].start) >= 0)):
                    continue
                return self._sum_finding(doc, total, parts, partial=False, why=why)
        return None

    def _split_after_total(self, doc, masked, s, sq):
        """共收到申请103宗，不受理12宗（…），受理91宗: a total and, after it in its sentence, exactly two figures of
        its measure that name a thing and its negation (受理/不受理, 办结/未办结; not 不予受理, a formal decision
        that leaves 转送/告知 out): they add up to the total."""
        qs = sq                      # the sentence's figures (check reads them once)
        # a total is named by a word of TOTAL_WORD or STOCK_WORD before it in its sentence, or opens 分别是 right
        # after it: without any of those words in the sentence, only a figure before 分别是 is read
        words = total_or_stock_any().search(masked, s.start, s.end) is not None
        # (在…1,560件消费投诉中，: a whole closed by 中 — a literal prefilter: 在/从 and 中 before a comma or colon)
        framed = (masked.find("在", s.start, s.end) >= 0 or masked.find("从", s.start, s.end) >= 0
                  or masked.find("從", s.start, s.end) >= 0 or masked.find("的", s.start, s.end) >= 0) and (
            masked.find("中，", s.start, s.end) >= 0 or masked.find("中,", s.start, s.end) >= 0
            or masked.find("中：", s.start, s.end) >= 0 or masked.find("中:", s.start, s.end) >= 0)
        for i, w in enumerate(qs):
            # 分别是/分别在 right after the total: the figures after it are its parts, each of one kind or place
            resp = RESP_AFTER.match(masked, w.end)
            if resp is None and not words and not framed:
                continue
            if not is_count(w) or not _bounded(w) or is_delta(masked, w):
                continue
            # 在全年受理的1,560件消费投诉中，质量问题…、价格问题…: the whole closed by 中 frames the parts as among it
            among_form = framed and AMONG_FRAME.match(masked, w.end) is not None and \
                FRAME_OPENS.search(context_before(masked, w, s.start, 16)) is not None
            if not (TOTAL_WORD.search(context_before(masked, w, s.start, 16)) or resp is not None or among_form
                    # 全区拥有各级文物保护单位58处 / 全县辖行政村212个 / 建成各级便民服务中心（站）1,024个: a stock of
                    # things of several kinds (brackets kept in its name)
                    or STOCK_WORD.search(raw_words_before(masked, w, s.start))):
                continue
            parts, depth, pos = [], 0, w.end
            for q in qs[i + 1:]:
                seg = masked[pos:q.start]
                depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
                pos = q.start
                if depth > 0 or not is_count(q) or measure_of(q) != measure_of(w):
                    continue
                if not _bounded(q) or is_delta(masked, q) or len(parts) >= MAX_PARTS:
                    parts = []
                    break
                parts.append(q)
            if len(parts) < 2 or "其中" in re.sub(r"[（(][^（()）]*[）)]", "", masked[w.end:parts[-1].start]) \
                    or not (re.fullmatch(r"[，,：:；;]", masked[w.end:w.end + 1] or "x") or among_form):
                return None       # a 其中 list is read by its own checks
            labels = [words_before(masked, q, w.end) for q in parts]
            if any(CARRIED_IN.search(x) for x in labels) and NEW_INTAKE.search(context_before(masked, w, s.start, 16)):
                # 新收案件24,860件，旧存案件2,140件，审结25,120件: the cases carried in stand beside the year's intake, and
                # what was done counts both — no list of the intake's kinds
                return None
            if any(TOTAL_NAME.search(x) and not REST.search(masked, (parts[k - 1].end if k else w.end), parts[k].start)
                   for k, x in enumerate(labels)):
                # 全区有专职网格员320名，兼职网格员1,460名，共有网格员1,780名: a figure named as a total (共有, 合计, 总数) is
                # no kind of an earlier whole — the list is a kind, its sibling and their total (read after its parts)
                return None
            # 办理案件1,240件，分布在市场监管领域520件、…: a verb right after the total opens the whole list
            lead = LIST_VERB.match(masked, w.end)
            if lead is not None and labels[0].startswith(lead.group(1)):
                labels[0] = labels[0][len(lead.group(1)):]
            if resp is not None:
                # 全年发生生产安全事故26起，分别在建筑施工领域11起、道路运输领域9起… / 分别是国家级17家、省级78家: 分别
                # gives each thing one place or kind, so the parts cannot add up to more than the total
                labels[0] = labels[0][len(resp.group()) - 1:] if labels[0].startswith(resp.group()[1:]) else labels[0]
                names = [re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", x) for x in labels]
                if len(set(names)) == len(names) and all(names) and not _attribute_words(names) \
                        and not any(re.search(r"上年|去年|同期|比|较|較|累计|累計|增|减|減|下降|提高", x) for x in names) \
                        and masked[parts[-1].end:parts[-1].end + 1] in ("。", "；", ";", "，", ",", "") \
                        and not re.search(r"[；;。]", masked[w.end:parts[-1].start]):
                    return self._sum_finding(doc, w, parts, partial=True)
                return None
            if len(parts) == 2 and (negation_pair(labels[0], labels[1]) or negation_pair(labels[1], labels[0])) \
                    and not CARRIED_IN.search(masked, w.end, parts[-1].start):
                # (受理980件，办结1,002件（含上年结转40件），尚未办结18件: the done and the undone count the carried cases
                # too — more than the year's intake)
                return self._sum_finding(doc, w, parts, partial=False, why=_complete_by_name(labels))
            # …320件，按申请事项分为三类：行政处罚类130件、… : a count of kinds announced between the total and the list, and
            # as many kinds named apart — all of the total (claims.partition)
            cut = max(masked.rfind(c, w.end, parts[0].start) for c in "，,：:；;")
            why = _by_count(_announced(masked[w.end:cut + 1]), [re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", x)
                                                                for x in labels]) if cut > w.end else None
            if why and not _attribute_words(labels) and not re.search(r"[；;。]", masked[w.end:parts[-1].start]) \
                    and masked[parts[-1].end:parts[-1].end + 1] in ("。", "；", ";", ""):
                return self._sum_finding(doc, w, parts, partial=False, why=why)
            # 全县登记的1,385家社会组织中，社会团体312家，民办非企业单位1,048家，其余为基金会，共25家: a list after its whole
            # closed by the rest (其余/剩余/余下; claims.partition.complete) is all of the whole
            names = [re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", x) for x in labels]
            # (the rest may be named in its own clause before its figure: 其余为基金会，共25家)
            why = _complete_by_name(labels[:-1] + [re.sub(r"^[，,、\s]+", "", masked[parts[-2].end:parts[-1].start])],
                                    masked[w.end:parts[-1].end], residual_ok=measure_of(w) != "元")
            if why and len(names) >= 3 and len(set(names)) == len(names) and all(names) \
                    and not _attribute_words(names) and not re.search(r"[；;。]", masked[w.end:parts[-1].start]) \
                    and (among_form or resp is not None) and masked[parts[-1].end:parts[-1].end + 1] in ("。", "；", ";", ""):
                return self._sum_finding(doc, w, parts, partial=False, why=why)
            # 全年审结300件，维持180件，撤销70件，驳回80件 / 当面申请…、网上申请…、信函申请…: kinds that exclude each
            # other by definition (decisions, sibling names, steps of one scale) cannot add up to more than the total
            names = [re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", x) for x in labels]
            if len(set(names)) == len(names) and all(names) and not _attribute_words(names) \
                    and not any(re.search(r"上年|去年|同期|比|较|較|累计|累計", x) for x in names) \
                    and exclusive_kinds(names, measure_of(w) == "元") \
                    and not _overlap_stated(masked[parts[-1].end:s.end], names) \
                    and (among_form or kinds_of(names, re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, w, s.start, 16)),
                                                 classes=not re.match(r"[，,]\s*涉", masked[w.end:w.end + 3]))):
                return self._sum_finding(doc, w, parts, partial=True)
            return None
        return None

    def _made_of(self, doc, masked, s, sq):
        """办理案件1,628件，由刑事案件412件、民事案件1,175件和行政案件41件构成 / 现有人员686人，为编制内人员512人与编外
        辅助人员174人之和: a total and, in the clause right after it, the figures it is said to be made of
        (:data:`claims.parts.MADE_OF`): they add up to it.  Only parts of the total's measure, each named and joined by
        、/和/与/及; never a change, a bound or a figure inside brackets."""
        if MADE_OF_CHAR.search(masked, s.start, s.end) is None:
            return None
        for m in MADE_OF.finditer(masked, s.start, s.end):
            before = [q for q in sq if q.end <= m.start()]
            if not before:
                continue
            whole = before[-1]
            if not re.fullmatch(r"[\u4e00-\u9fff]{0,4}", masked[whole.end:m.start()]) or not is_count(whole) \
                    or not _bounded(whole) or is_delta(masked, whole) or _below(whole):
                continue
            # (每一part named: 由412件和1,175件构成 names nothing)
            parts = _made_of_parts(masked, sq, whole, m.start("list"), m.end("list"), MADE_OF_STOPS,
                                   (NAMED_JOIN, DUNHAO_JOIN))
            if parts is None:
                continue
            f = self._sum_finding(doc, whole, parts, partial=False)
            if f is not None:
                return f
        for m in MADE_OF_FIRST.finditer(masked, s.start, s.end):
            # the total right after the list it is made of (…组成，总数达到323个): its figure opens the clause (达 may be
            # the figure's own), a total word before it or nothing
            whole = next((q for q in sq if q.start >= m.end()), None)
            if whole is None or whole.start - m.end() > 1 or (not m.group("tw") and whole.start != m.end()) \
                    or not is_count(whole) or not _bounded(whole) or is_delta(masked, whole) or _below(whole):
                continue
            # (each part named, joined by 、/和/与/及; an open list 等 is not all of the total)
            parts = _made_of_parts(masked, sq, whole, m.start("list"), m.end("list"), MADE_OF_FIRST_STOPS,
                                   (NAMED_JOIN,))
            if parts is None:
                continue
            f = self._sum_finding(doc, whole, parts, partial=False)
            if f is not None:
                return f
        return None

    def _including(self, doc, masked, s):
        """N家，包括A家、B家…: the parts listed after 包括 right after a count, summed like a 其中 list."""
        if INCLUDING_CHAR.search(masked, s.start, s.end) is None:
            return          # (none of the characters every match of INCLUDING holds: most sentences)
        for m in INCLUDING.finditer(masked, s.start, s.end):
            a = m.start()
            before = [q for q in quantities_in(doc, max(s.start, a - 20), a) if is_count(q)]
            if not before:
                continue
            gap = UNIT_GLOSS.sub("", masked[before[-1].end:a])     # (3,250套（间），包括…: the unit's second word)
            # 24个主要指标，包括…: the count's own noun before the clause break (not after 特别是: one part singled out)
            if not re.fullmatch(r"[\s，,：:（(]*", gap) and not (
                    m.group().startswith(("包括", "包含")) and OWN_NOUN_GAP.fullmatch(gap) and not NOT_OWN_NOUN.search(gap)) \
                    and not (re.search(r"分为|分成|劃分為|划分为|分為", m.group())
                             and re.fullmatch(r"[\u4e00-\u9fff（）()]{1,10}", gap) and not NOT_OWN_NOUN.search(gap)):
                continue      # (1,146个网格分为…: the count's own noun right before 分为 is no clause of its own)
            # each part listed is a part of the count (查处违法案件860件，主要有无证经营312件、…): none more than it
            if m.group().endswith("是") and m.group()[:2] in ("特别", "特別", "尤其"):
                # 受理案件500件，特别是涉企案件120件: one part singled out, its own clause only (no sum: an example)
                k = re.search(r"\d[^，,；;。]*?[，,；;。]", masked[m.end():s.end])
                f = self._part_over_whole(doc, masked, s, m.end(), before[-1],
                                          stop=m.end() + k.end() if k else None, key="especially")
                if f is not None:
                    yield f
                continue
            f = self._part_over_whole(doc, masked, s, m.end(), before[-1])
            if f is not None:
                yield f
                continue
            # 分为 / 按类型分: a classification — its kinds exclude each other whatever their names
            f = self._disjoint_sum(doc, masked, s, a, None, before[-1], open_end=m.end(),
                                   exclusive=not m.group().startswith(("包", "主要")))
            if f is not None:
                yield f

    def _bracket_includes(self, doc, masked, s):
        """保障性住房1002套（含港澳流动渔民新居352套） / 投资2.5亿元（含前期费用3000万元）: what a bracket right after a
        count says it includes is part of it — each figure of the bracket in the count's measure word is not more than
        the count.  Never 不含 (excluded), never past the bracket's close."""
        if masked.find("含", s.start, s.end) < 0 and masked.find("包括", s.start, s.end) < 0:
            return None     # a literal prefilter: most sentences have neither
        for m in BRACKET_INCLUDES.finditer(masked, s.start, s.end):
            close = BRACKET_CLOSE.search(masked, m.end(), s.end)
            if close is None or BRACKET_OPEN.search(masked, m.end(), close.start()):
                continue
            before = [q for q in quantities_in(doc, max(s.start, m.start() - 20), m.start()) if is_count(q)]
            noun = masked[before[-1].end:m.start()].strip() if before else ""
            if before and (not noun or includes_kind_of(noun, masked[m.end():close.start()])):
                f = self._part_over_whole(doc, masked, s, m.end(), before[-1], stop=close.start(), key="included")
                if f is not None:
                    return f
                f = self._bracket_complement(doc, masked, s, before[-1], m, close)
                if f is not None:
                    return f
                continue
            # 特殊教育学生（含随班就读生2603人和送教上门学生575人）4943人: the bracket between the noun and its count — the
            # whole is the count right after the bracket's close
            f = self._included_before_whole(doc, masked, s, m, close)
            if f is not None:
                return f
        return None

    def _bracket_complement(self, doc, masked, s, whole, m, close):
        """受理行政复议申请504件（含上年结转26件），新收478件: the one part a bracket says the count includes and, in the
        clause right after the bracket, the other side of the same complete split (新收/上年结转, 城镇/乡村: claims.classes
        SPLITS) — together they are the count."""
        inner = [q for q in quantities_in(doc, m.end(), close.start()) if is_count(q)]
        if len(inner) != 1 or measure_of(inner[0]) != measure_of(whole) or not _bounded(inner[0]) \
                or not _bounded(whole) or is_delta(masked, whole):
            return None
        nxt = next((q for q in quantities_in(doc, close.end(), s.end)), None)
        if nxt is None or not is_count(nxt) or measure_of(nxt) != measure_of(whole) or not _bounded(nxt) \
                or is_delta(masked, nxt) or masked[nxt.end:nxt.end + 1] not in ("，", ",", "。", "；", ";", ""):
            return None
        gap = re.fullmatch(r"[，,]\s*([\u4e00-\u9fff]{1,12})", masked[close.end():nxt.start])
        name_a = re.sub(r"[^\u4e00-\u9fff]", "", masked[m.end():inner[0].start])
        why = None if gap is None or not name_a or len(gap.group(1)) > 8 or re.search(r"中|的|其", gap.group(1)) \
            else _complete_by_name([name_a, gap.group(1)], residual_ok=False)
        if not why:
            return None       # (…，新收案件中涉企案件120件: a part of the other side, not the side itself)
        return self._sum_finding(doc, whole, [inner[0], nxt], partial=False, why=why)

    def _including_within(self, doc, masked, s):
        """引进包括1名诺贝尔奖得主、6名院士在内的1566名人才: the parts named between 包括 and 在内, the whole right after
        在内的 — each part is not more than the whole (never summed: the kinds may overlap, a laureate may be an
        academician)."""
        if masked.find("在内", s.start, s.end) < 0:
            return None
        for m in WITHIN.finditer(masked, s.start, s.end):
            after = [q for q in quantities_in(doc, m.end(), min(s.end, m.end() + 10)) if is_count(q)]
            if not after or not re.fullmatch(r"[\u4e00-\u9fff]{0,6}?(?:达|達|共)?", masked[m.end():after[0].start]):
                continue
            whole = after[0]
            if is_delta(masked, whole) or not _bounded(whole):
                continue
            w_hi = count_interval(whole)[1]
            for q in iter_qs(doc, m.start("list"), m.end("list")):
                # (a figure of the list right before 在内 is read as a part, not as a threshold of what follows it)
                if not is_count(q) or q.is_percent or measure_of(q) != measure_of(whole) or is_delta(masked, q) \
                        or q.approx in ("<", "<=") or label_numeral(masked, q) or masked[q.end:q.end + 1] in ("/", "每") \
                        or (threshold(masked, q) and not re.match(r"[\u4e00-\u9fff]{1,10}在内", masked[q.end:m.end("list") + 2])):
                    continue
                plo = count_interval(q)[0]
                ok = plo <= w_hi + 1e-9
                record(doc, self.code, "part<=whole", q, ok, "part <= whole (包括…在内)", [whole])
                if ok:
                    continue
                return self.finding(doc, q.start, q.end, "within",
                                    related=[Related(whole.start, whole.end, {"zh": "整体", "en": "whole"})],
                                    evidence={"part": plo, "whole": w_hi, "formula": f"{label(doc, q)} > {label(doc, whole)}",
                                              "tolerance": "printed rounding of both (lower end of the part > upper end "
                                                           "of the whole)"},
                                    part=label(doc, q), whole=label(doc, whole))
        return None

    def _included_before_whole(self, doc, masked, s, m, close):
        """A bracket saying what a noun includes, its count right after the bracket (学生（含A2603人和B575人）4943人):
        each part, and the parts together when their names do not overlap, are not more than the count."""
        k = max(masked.rfind(ch, s.start, m.start()) for ch in "，,；;：:。、")
        noun = masked[max(k + 1, s.start, m.start() - 12):m.start()].strip()
        inside = masked[m.end():close.start()]
        if not noun or not includes_kind_of(noun, inside):
            return None
        after = [q for q in quantities_in(doc, close.end(), min(s.end, close.end() + 12)) if is_count(q)]
        if not after or not re.fullmatch(r"(?:为|為|达|達|共|计|計)?", masked[close.end():after[0].start]):
            return None
        whole = after[0]
        f = self._part_over_whole(doc, masked, s, m.end(), whole, stop=close.start(), key="included")
        if f is not None:
            return f
        parts = [q for q in iter_qs(doc, m.end(), close.start()) if is_count(q) and measure_of(q) == measure_of(whole)
                 and _bounded(q) and not is_delta(masked, q) and not label_numeral(masked, q)]
        if len(parts) < 2 or not _bounded(whole) or _overlapping([part_label(masked, q, m.end()) for q in parts]):
            return None
        return self._sum_finding(doc, whole, parts, partial=True)

    def _part_over_whole(self, doc, masked, s, op, whole, stop=None, key=None):
        """The first figure of the list opened at ``op`` (up to 。/；, outside brackets, and before ``stop`` when given)
        that counts more than ``whole`` in the same measure word (a part is never more than its whole), as a finding;
        None when every part fits."""
        if is_delta(masked, whole) or not (_bounded(whole) or _below(whole)) or (_below(whole) and threshold(masked, whole)):
            return None       # (近5,000人次 has its upper end: no part is more than it)
        k = re.search(r"[；;。]", masked[op:s.end])
        end = op + k.start() if k else s.end
        if stop is not None:
            end = min(end, stop)
        w_hi = count_interval(whole)[1]
        depth, pos = 0, op
        for q in iter_qs(doc, op, min(end, op + LIST_WINDOW)):
            seg = masked[pos:q.start]
            depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
            pos = q.start
            if depth > 0 or q.is_percent or not is_count(q) or measure_of(q) != measure_of(whole) or is_delta(masked, q) \
                    or threshold(masked, q) or label_numeral(masked, q) or _open_below(q) \
                    or masked[q.end:q.end + 1] in ("/", "每"):
                continue
            plo = count_interval(q)[0]
            ok = plo <= w_hi + 1e-9
            record(doc, self.code, "part<=whole", q, ok, "part <= whole", [whole])
            if ok:
                continue
            return self.finding(doc, q.start, q.end, key or "default",
                                related=[Related(whole.start, whole.end, {"zh": "整体", "en": "whole"})],
                                evidence={"part": plo, "whole": w_hi, "formula": f"{label(doc, q)} > {label(doc, whole)}",
                                          "tolerance": "printed rounding of both (lower end of the part > upper end of "
                                                       "the whole)"},
                                part=label(doc, q), whole=label(doc, whole))
        return None

    def _named_among(self, doc, masked, s):
        """``在受理的案件中，`` / ``住户存款余额中，``: the figures after it are parts of the nearest count before
        named so (受理790件; 住户存款余额238.3亿元): each not more than it; two sides of a split add up to it."""
        if masked.find("中", s.start, s.end) < 0:
            return      # (every match of NAMED_AMONG / NAMED_AMONG_BRACKET ends in 中: a literal prefilter)
        found = list(NAMED_AMONG.finditer(masked, s.start, s.end))
        if masked.find("）", s.start, s.end) >= 0 or masked.find(")", s.start, s.end) >= 0:
            found = sorted(found + list(NAMED_AMONG_BRACKET.finditer(masked, s.start, s.end)), key=lambda x: x.start())
        for m in found:
            name = _NAMED_AMONG_RE1.sub("", m.group(1))     # 执业（助理）医师中: the name as the count's words read it
            bracketed = name != m.group(1)
            key = _NAMED_AMONG_RE2.sub("", _NAMED_AMONG_RE5.sub("", name))
            head = name.rsplit("的", 1)[-1] if "的" in name else key
            # (社会团体中, 执法人员中: a process word inside the name of a body or of people is no process)
            process = bool(NOT_A_WHOLE.search(head if len(head) >= 2 else key)) and not BODY_HEAD.search(key)
            if len(key) < 2 or key.endswith("其"):
                continue      # 工作中, 建设中 (a process); 企业建设的孵化器中 names 孵化器
            a = m.start(1)
            p = doc.paragraph_at(a)
            floor = max(p.start if p else s.start, a - WHOLE_WINDOW)
            whole = None
            # 新增市场主体2.6万户，其中企业8,600户…；在新增企业中，: 新增 qualifies the whole of the list, not the name
            new = _NAMED_AMONG_RE3.match(key)
            bare = key[new.end():] if new else key
            for q in reversed(quantities_in(doc, floor, a)):
                if new and key not in masked[floor:q.start] and new.group() not in masked[max(floor, q.start - 60):q.start]:
                    bare = key
                if process:
                    # 检查中, 办理中 name a process — unless a count named by those very words stands right before
                    # (其中联合检查1,260次。联合检查中，跨部门检查…): then they name that count
                    if is_count(q) and not is_delta(masked, q) and not q.approx \
                            and _STAGES_RE2.sub("", context_before(masked, q, floor, 16)).endswith(key) \
                            and m.group(2) is not None and q.end <= a and a - q.end <= 8:
                        whole = q
                    break
                if is_count(q) and not is_delta(masked, q) and not q.approx and not label_numeral(masked, q) \
                        and (names_key(key, _STAGES_RE2.sub("", context_before(masked, q, floor, 16)))
                             or (bracketed and names_key(key, clause_words(masked, q, floor)))
                             or (bare != key and names_key(bare, _STAGES_RE2.sub("", context_before(masked, q, floor,
                                                                                                    16))))
                             or names_part(key, masked, q, floor)
                             or named_without_head(key, _STAGES_RE2.sub("",
                                                                context_before(masked, q, floor, 16)))):
                    whole = q
                    break
            if whole is None:
                continue
            if m.group(2) is None:
                # 瞪羚企业中由省级认定的9家 (no comma after 中): only right after the part it names, in one sentence
                named = _NAMED_AMONG_RE6.sub("", _NAMED_AMONG_RE7.sub("", context_before(masked, whole, floor, 16)))
                if bracketed and clause_words(masked, whole, floor).endswith(key):
                    named = key
                if whole.start < s.start or a - whole.end > 40 or not (named.endswith(key)
                                                                       or states_key_total(key, context_before(
                                                                               masked, whole, floor, 16))
                                                                       or names_part(key, masked, whole, floor)
                                                                       or named_without_head(key, _STAGES_RE2.sub("", context_before(
                                                                               masked, whole, floor, 16)))):
                    continue
            end = min(s.end, m.end() + LIST_WINDOW)
            k = _NAMED_AMONG_RE4.search(masked[m.end():end])
            more_after = False
            if k:
                # parts of the same measure after the ； (…个体工商户2.39万户；农民专业合作社0.05万户): the list read
                # may not be all of the whole
                more_after = any(is_count(q) and measure_of(q) == measure_of(whole) and not is_delta(masked, q)
                                 for q in iter_qs(doc, m.end() + k.end(), end))
                end = m.end() + k.start()
            parts, labels = [], []
            depth, pos = 0, m.end()
            for q in iter_qs(doc, m.end(), end):
                seg = masked[pos:q.start]
                depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
                pos = q.start
                if depth > 0 or not is_count(q) or measure_of(q) != measure_of(whole) or is_delta(masked, q) \
                        or label_numeral(masked, q):
                    continue
                if states_key_total(key, context_before(masked, q, m.end(), 16)):
                    # …专职网格员210名，网格员中党员190名，网格员共计350名: the frame's name has its own total after the
                    # parts — that is their whole (the count before named a narrower kind), and it is no part
                    whole = q
                    break
                if not _bounded(q) or len(parts) >= MAX_PARTS:
                    parts = []
                    break
                parts.append(q)
                after = re.split(r"[、，,；;。（(）)]|以及|及|和|与", masked[q.end:q.end + 12], 1)[0]
                labels.append(part_label(masked, q, m.end()) + _STAGES_RE2.sub("", after))
            if not parts:
                continue
            w_hi = count_interval(whole)[1]
            bad_part = next((q for q in parts if count_interval(q)[0] > w_hi + 1e-9), None)
            for q in parts:
                record(doc, self.code, "part<=whole", q, q is not bad_part, "part <= whole", [whole])
            if bad_part is not None:
                yield self.finding(doc, bad_part.start, bad_part.end,
                                   related=[Related(whole.start, whole.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": count_interval(bad_part)[0], "whole": w_hi,
                                             "formula": f"{label(doc, bad_part)} > {label(doc, whole)}",
                                             "tolerance": "printed rounding of both (lower end of the part > upper "
                                                          "end of the whole)"},
                                   part=label(doc, bad_part), whole=label(doc, whole))
                continue
            if len(parts) >= 2 and len(set(labels)) == len(labels):
                # the whole stands in an earlier sentence: the finding spans the parts, the whole is related
                at = (parts[0].start, parts[-1].end) if whole.end <= s.start else None
                if not more_after and _complete_by_name(labels, masked[m.end():parts[-1].end],
                                                        residual_ok=measure_of(whole) != "元"):
                    f = self._sum_finding(doc, whole, parts, partial=False, at=at) \
                        or self._changes_sum(doc, masked, whole, parts)
                elif not _attribute_words(labels) and exclusive_kinds(labels, measure_of(whole) == "元"):
                    f = self._sum_finding(doc, whole, parts, partial=True, at=at)
                else:
                    f = None
                if f is not None:
                    yield f

    def _immediate_whole(self, masked, s, a, wholes, doc=None):
        """The one count a 其中 breaks down when the text leaves no other reading: the count right before
        ``（其中`` or ``，其中`` (not the end of a 、-list, a prior-year figure or a comparison base), or the sole
        part of an earlier 其中 of the sentence right before ``，其中``."""
        if not wholes:
            return None
        w = wholes[-1]
        gap = masked[w.end:a]
        if gap in ("（", "("):
            return w
        # 441.6万辆，增长7.7%，其中… / ，增长了百分之七点七（其中… / …。其中，: the whole's growth rate between it and 其中
        gap = growth_gap(doc, masked, w.end, a) if doc is not None else GROWTH_GAP.sub("", gap)
        if gap in ("（", "("):
            return w
        if gap == "。" and doc is not None:
            # 。其中 after a sentence stating two figures of the measure (总产值…，增加值…。其中规模以上…总产值…) may break
            # down either: the count right before is the whole only when it is the sentence's one count of its measure
            ws = doc.sentence_at(w.start)
            if ws is None or sum(1 for q in quantities_in(doc, ws.start, ws.end)
                                 if is_count(q) and measure_of(q) == measure_of(w)) > 1:
                return None
        if gap not in ("，", ",", "；", ";", "、", "。"):
            return None       # (新登记147万户、其中企业57.3万家: 、其中 after a count breaks that count down)
        # an earlier 其中 of the same clause group (not one before a ；: 其中出口…；财政收入4502亿元，其中…)
        floor = max(s.start, w.start - 60, masked.rfind("；", s.start, w.start) + 1, masked.rfind(";", s.start, w.start) + 1)
        k = masked.rfind("其中", floor, w.start)
        if k < 0:
            # N，其中…: the count right before names the whole, unless it ends a 、-list (建议120件、提案80件，其中…)
            if len(wholes) >= 2 and not re.search(r"[，,；;。：:]", masked[wholes[-2].end:w.start]):
                return None
            if re.search(r"上年|去年|同期|上一年|比|较|較|为$|為$", context_before(masked, w, s.start, 12)) \
                    or AVERAGE.search(context_before(masked, w, s.start, 6)):
                return None       # 上年为98件，其中…: a prior-year figure or a comparison base is not the whole
            return w
        if re.search(r"[，,；;：:、（(）)]", masked[k + 2:w.num_start if hasattr(w, "num_start") else w.start]):
            return None
        if any(k < x.start < w.start for x in wholes):
            return None
        return w

    def _disjoint_sum(self, doc, masked, s, a, stop, whole, open_end=None, exclusive=False, semi_stop=True,
                      separated=False):
        """The parts listed after 其中 name disjoint kinds of the whole (主板公司51家，创业板公司20家…;
        工矿商贸事故17起，道路运输事故14起): together they cannot exceed it.  Parts whose names may
        overlap (thresholds 亿元以上, 含/包括, 新增, one name inside another) are not summed.  The list is read
        first across ； (其中：市级培训1,600人次；区级培训2,400人次；街道培训400人次), then up to the first ；."""
        # (a whole stated below a bound, 近5,000人次 / 不足5,000人次, has its upper end: parts add up to at most it)
        if whole is None or is_delta(masked, whole) or (_below(whole) and threshold(masked, whole)):
            return None
        if semi_stop and _NAMED_AMONG_RE4.search(masked[a:min(s.end, a + LIST_WINDOW)]):
            f = self._disjoint_sum(doc, masked, s, a, stop, whole, open_end, exclusive, semi_stop=False,
                                   separated=separated)
            if f is not None:
                return f
        floor = s.start
        gap = _DISJOINT_SUM_RE1.sub("", REMARK_GAP.sub("", UNIT_GLOSS.sub("", masked[whole.end:a])))
        # (separated: only figures of other measures stand between, :func:`separated_whole` read the gap)
        if not separated and (not _DISJOINT_SUM_RE12.fullmatch(gap) or len(masked[whole.end:a]) > 24) \
                and not (exclusive and open_end is not None and _DISJOINT_SUM_RE13.fullmatch(gap)):
            return None       # (1,146个网格分为…: the count's own noun before a classification word is no gap)
        wctx = context_before(masked, whole, max(0, whole.start - 16), 12)
        if AVERAGE.search(wctx) or masked[whole.end:whole.end + 1] in ("/", "每") \
                or _DISJOINT_SUM_RE6.match(wctx) or _DISJOINT_SUM_RE7.search(wctx):
            return None
        bracket = masked[whole.end:a].endswith(("（", "("))
        opens_sentence = at_sentence_open(masked, s, a)
        end = min(s.end, a + LIST_WINDOW)
        if bracket:
            close = [k for k in (masked.find("）", a, end), masked.find(")", a, end)) if k >= 0]
            if not close:
                return None
            end = min(close)
        elif not opens_sentence and semi_stop:
            k = _NAMED_AMONG_RE4.search(masked[a:end])
            if k:
                end = a + k.start()
        if not bracket and end >= s.end and (opens_sentence or _DISJOINT_SUM_RE10.search(masked[s.start:a])) \
                and sum(1 for _ in iter_qs(doc, a, s.end)) == 1:
            # 。其中，确认劳动关系类380件。追索劳动报酬类640件。: a list opened by 其中 at the start of its sentence or
            # clause with one part in it goes on in the sentences after it that each hold only a part (a name and one
            # figure of the measure); a list of several parts joined by ，ends with its sentence
            end = bare_part_sentences(doc, masked, s, measure_of(whole))
        op = a + 2 if open_end is None else open_end
        inc = AMONG_INCLUDING.match(masked, op, end) if open_end is None else None
        if inc is not None and "在内" not in masked[op:end]:
            op = inc.end()      # (其中包括小学45所，初中23所: the parts as after 其中 alone; 包括…在内 is another reading)
        nxt = outside_brackets(masked, "其中", op, end)
        if nxt >= 0:
            end = nxt       # (a 其中 inside a part's bracket breaks that part down: the list goes on after the bracket)
        # …，一般程序案件1,241件，一般程序案件中听证案件36件: a clause opened by a part's name and 中 breaks that part
        # down — the list of the whole's parts ends before it
        for mm in NAMED_AMONG.finditer(masked, op, end):
            if len(mm.group(1)) >= 2 and mm.group(1) in masked[op:mm.start(1)]:
                end = mm.start(1)
                break
        other = CLASSIFICATION_OPEN.search(masked, op, end)
        if other is not None:
            end = other.start()     # (…；按内容分，…: a second classification of the whole is another breakdown)
        seg_text = BRACKETED.sub("", masked[op:end])     # (a part's own breakdown: 医院22个（其中三级医院5个…）)
        # 其中网上信访2,416件次，占比过半；来信618件次: a remark on a part's share of the whole, no part of the list
        seg_text = _DISJOINT_SUM_RE2.sub("", seg_text)
        wwords = context_before(masked, whole, max(0, whole.start - 24), 20)
        if _DISJOINT_SUM_RE3.search(wwords):
            seg_text = _DISJOINT_SUM_RE3.sub("", seg_text)     # 新增市场主体N，其中新增企业…: the whole's own word
        # 事故累计31起，其中工矿商贸事故累计22起: a period word the whole is stated with names the parts' period too
        seg_text = without_shared_period(seg_text, wwords)
        if _DISJOINT_SUM_RE4.search(seg_text):
            seg_text = _DISJOINT_SUM_RE8.sub("", seg_text)   # 其中新建项目62个，续建项目88个: stages of a plan, not additions
        if _DISJOINT_SUM_RE5.search(seg_text):     # (达到 states a level, as 达 does)
            return None
        parts, labels, plain = [], [], []
        attrs: List[Tuple[str, str]] = []   # (label, measure) of each part's own figure of another measure
        depth, pos = 0, op
        meas = measure_of(whole)
        mixed_places = False
        for q in iter_qs(doc, op, end):
            if len(parts) >= MAX_PARTS:
                return None
            seg = masked[pos:q.start]
            depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
            pos = q.start
            if depth > 0 or q.is_percent or is_delta(masked, q):
                continue
            if not is_count(q) or label_numeral(masked, q):
                continue
            place = measure_of(q) != meas and (
                (meas in PLACE_MEASURES and measure_of(q) in PLACE_MEASURES
                 and (not parts or measure_of(parts[0]) == measure_of(q)))
                or counted_alike(meas, measure_of(q), words_before(masked, whole, floor), part_label(masked, q, op)) == "same")
            if place:
                mixed_places = True   # 卫生机构23个，其中，医院2所、卫生院17所: 个 and 所 count places alike (市场主体8,640户，
                # 其中企业2,310家、个体工商户6,330户: 户 and 家 market entities; claims.classes.counted_alike)
            elif measure_of(q) != meas:
                if q.unit and not _DISJOINT_SUM_RE15.search(q.unit):
                    attr = ATTRIBUTE_CLAUSE.fullmatch(masked, parts[-1].end, q.start) if parts else None
                    if attr is not None and len(attrs) == len(parts) - 1:
                        # 其中公办养老机构32家，床位3,150张；民办养老机构46家，床位5,270张: each part followed by its own
                        # figure of another measure, named alike after every part (checked below) — not a part
                        attrs.append((attr.group("lab"), measure_of(q)))
                        continue
                    if parts and _DISJOINT_SUM_RE16.search(masked[parts[-1].end:q.start]):
                        break            # another clause counts other things: the list has ended
                    return None          # 个 and 所 mixed: not sure what is counted
                continue
            if not _bounded(q) or masked[q.end:q.end + 1] in ("/", "每"):
                return None
            lab = part_label(masked, q, op)
            if lab and CHANGE_CLAUSE.fullmatch(lab):
                continue         # 早稻109924吨，比上年减产849吨: the part's change, not a part
            if parts and deed_apart(masked, a, q, context_before(masked, whole, max(0, whole.start - 16), 16)):
                break            # 新设立企业2100家，其中外资企业12家，注销企业3000家: another deed's count ends the list
            lab = without_shared_period(lab, wwords)
            if parts and lab and PER_UNIT_LABEL.match(lab):
                break            # …，每千名老年人拥有养老床位35张: a figure per unit after the parts ends their list
            if not lab or _DISJOINT_SUM_RE11.search(lab):
                return None
            if parts and lab and re.search(r"[；;]", masked[parts[-1].end:q.start]) \
                    and sibling_of_whole(label_of_whole(masked, whole, max(0, whole.start - 40)), lab):
                break            # 三级医院8家，其中三级甲等医院5家；二级医院26家: after ；, a step of the whole's own
                #                  scale is the whole's sibling — the list of its parts has ended
            after = re.split(r"[、，,；;。（(）)]|以及|及|和|与", masked[q.end:q.end + 12], 1)[0]
            parts.append(q)
            # (…部门文件91件等: 等 closes the list, it names no part — the named parts stay checkable against the whole)
            labels.append(lab + _DISJOINT_SUM_RE14.sub("", _STAGES_RE2.sub("", after)))
            # (村（社区）级: the name without the other name in its bracket, 村级, for the test of one name inside another)
            plain.append(without_bracketed(labels[-1], masked, max(op, q.start - 24), q.start))
        if len(parts) < 2 or len(set(labels)) < len(labels):
            return None
        if attrs and (len(attrs) != len(parts) or len(set(attrs)) != 1):
            return None     # (a figure of another measure after some parts only, or named otherwise: not read)
        for i, x in enumerate(plain):
            if any(i != j and x in y for j, y in enumerate(plain)):
                return None     # (企业 inside 高新技术企业: one part may hold the other; never 区级 and 村（社区）级)
        if mixed_places and not exclusive_kinds(labels, False, by_head=False):
            return None       # (个 and 所, 件 and 份: only kinds known to exclude each other, never by a shared head alone)
        # the whole names its parts (人大代表建议和政协提案共计386件，其中人大代表建议162件，政协提案224件): they add up to it
        if names_its_parts(label_of_whole(masked, whole, max(0, whole.start - 40)), labels):
            return self._sum_finding(doc, whole, parts, partial=False)
        # the clause before the whole announces how many kinds it holds (涉及3类事项，共286件，其中…): as many kinds
        # that exclude each other are all of it
        if not _attribute_words(labels) and (exclusive or exclusive_kinds(labels, meas == "元")) \
                and _announced_kinds(masked[max(s.start, whole.start - 40):whole.start]) == len(parts):
            return self._sum_finding(doc, whole, parts, partial=False)
        # only kinds that exclude each other by definition are summed: decisions on a case, steps of one graded
        # scale (国家级/省级, 博士/硕士/本科), explicit classes (文史类/理工类), kinds of accidents, listing boards.
        # Kinds that merely share a head noun may overlap (涉企案件/重大案件, 高新技术企业/专精特新企业)
        # (分为 declares the classification: its kinds are its values whatever their words, 示范村/达标村/整改村; the two
        # sides of a split after 按…分 too, 男性/女性)
        divided = exclusive and open_end is not None and _DISJOINT_SUM_RE9.search(masked[a:open_end])
        if (_attribute_words(labels) and not (exclusive and _complete_by_name(labels)) and not divided) \
                or not (exclusive or exclusive_kinds(labels, meas == "元")) \
                or _overlap_stated(masked[parts[-1].end:s.end], labels):
            return None
        if count_interval(whole)[1] == float("inf"):
            record(doc, self.code, "sum", whole, True, "+".join("p" for _ in parts) + " <= total", parts)
            return None
        return self._sum_finding(doc, whole, parts, partial=True)

    def _exhaustive(self, doc, masked):
        """Breakdowns after 其中 that are complete by what they name: two sides of one split (城镇/乡村,
        出口/进口, 中央/地方, 男/女, 正职/副职…), the three sectors, consecutive years, or a last item 其他.
        Their parts must add up to the whole (the whole may close the sentence before: …总值6713.0亿元。
        其中，出口…；进口…).  Parts may be separated by 、，；; figures of other units (growth rates) between
        them are skipped; a nested 其中 or a bracket ends the list."""
        for m in lazyre.finditer(AMONG, masked):      # (tried only where a match can start: the same matches)
            a = m.start()
            si = doc.sentence_index(a)
            if si < 0:
                continue
            s = doc.sentences[si]
            lo = s.start
            if at_sentence_open(masked, s, a):
                if si == 0 or doc.sentences[si - 1].paragraph != s.paragraph:
                    continue
                lo = doc.sentences[si - 1].start
            if m.group() not in AMONG_WORDS:
                # 按…统计 splits a total stated as such (总额, 全年, 共), which may stand sentences before, past
                # the parts of earlier breakdowns (其中限额以上…。按经营地统计，城镇…；乡村…。按消费类型统计…)
                whole = classified_whole(doc, masked, si, a, after=re.sub(r"[^\u4e00-\u9fff]", "",
                                                                          masked[m.end():m.end() + 40]))
                if whole is None:
                    continue
                lo = doc.sentence_at(whole.start).start if doc.sentence_at(whole.start) else whole.start
                gap, opened = "", 0
            else:
                before = [q for q in quantities_in(doc, max(lo, a - WHOLE_WINDOW), a)
                          if is_count(q) and not is_delta(masked, q)]
                if len(before) >= 2 and _counts_kinds(masked, before[-1]) and _announced(masked[before[-2].end:a]):
                    before.pop()  # …2,400人次，通过线上、线下两种方式办理，其中…: 两种 counts the kinds of the whole before it
                if not before:
                    continue
                whole = before[-1]
                gap = masked[whole.end:a]
                opened = gap.count("（") + gap.count("(") - gap.count("）") - gap.count(")")
                if m.group() in ("含", "包含") and growth_gap(doc, masked, whole.end, a) not in ("（", "("):
                    continue      # (含 only in a bracket right after the count, or after its growth)
            if whole.approx in ("<", "<=") or AVERAGE.search(context_before(masked, whole, lo, 6)) \
                    or masked[whole.end:whole.end + 1] in ("/", "每") \
                    or re.match(r"(?:比|较|較|与|與)", context_before(masked, whole, lo, 12)) \
                    or re.search(r"上年|去年|同期|上一年", context_before(masked, whole, lo, 6)):
                continue          # 比预算数X元少支…: a comparison base, not the whole (上年为98件: last year's)
            if len(gap) > 40 or opened < 0 or opened > 1:
                continue
            first = next((q for q in quantities_in(doc, m.end(), min(s.end, a + LIST_WINDOW)) if is_count(q)), None)
            # a clause between the whole and 其中 may announce how many kinds the whole holds (，涉及3类事项，其中… /
            # ，通过线上、线下两种方式办理，其中…): as many parts, each named apart, are all of it (claims.partition)
            kinds_gap = masked[whole.end:a] if _announced(masked[whole.end:a]) else ""
            if first is not None and not kinds_gap and gap_subject(masked, whole, lo, a, first):
                continue          # (户籍人口…，居住在城区的人口占多数，其中城区男性…、城区女性…: a split of the clause between)
            cap = min(s.end, a + LIST_WINDOW)
            nxt = masked.find("其中", m.end(), cap)
            if nxt < 0 and not opened and sum(1 for q in quantities_in(doc, m.end(), cap)
                                              if is_count(q) and measure_of(q) == measure_of(whole)) <= 1:
                # (only a list that has one part in its sentence goes on in the next: 其中，出口…。进口…。)
                cap = parts_run_on(doc, masked, si, whole, cap, a + LIST_WINDOW)
                nxt = masked.find("其中", m.end(), cap)
            stop = cap if nxt < 0 else nxt
            split = AMONG.search(masked, m.end(), stop)
            if split is not None and split.group() not in AMONG_WORDS:
                stop = split.start()  # 按被申请人分，…；按案件类型分，…: another classification of the whole starts
                #                       a list of its own (read at its own match)
            if opened:            # 出庭46宗（其中正职25宗，副职21宗）: the list ends with the bracket
                close = min([k for k in (masked.find("）", a, stop), masked.find(")", a, stop)) if k >= 0] or [-1])
                if close < 0:
                    continue
                stop = close
            parts, labels = [], []
            depth = 0
            pos = m.end()
            for q in quantities_in(doc, m.end(), stop):
                seg = masked[pos:q.start]
                depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
                pos = q.start
                if depth > 0:
                    continue
                if not is_count(q) or measure_of(q) != measure_of(whole) or is_delta(masked, q):
                    continue
                if not _bounded(q):
                    break
                words = words_before(masked, q, a)
                if AVERAGE.search(words):
                    continue      # 年平均人口: another metric, not a part
                if parts and re.match(r"(?:年末|年初|全年|本年|全[市县縣区區省州])?(?:总|總)", words):
                    break         # 年末总户数: the next total ends the list (not 电信业务总量, a part named so)
                parts.append(q)
                after = re.split(r"[、，,；;。（(）)]|以及|及|和|与", masked[q.end:q.end + 12], 1)[0]
                labels.append(words + "|" + after)
            if len(parts) > 2:
                sub = _sub_parts(masked, m.end(), stop, parts)
                if sub:           # (；秋粮中玉米…、其他秋粮…: a breakdown of the part 秋粮, never more parts of the whole)
                    keep = [i for i, q in enumerate(parts) if id(q) not in sub]
                    parts, labels = [parts[i] for i in keep], [labels[i] for i in keep]
            if m.group() not in AMONG_WORDS and any(QUALIFIER.search(x) for x in labels) \
                    and not QUALIFIER.search(context_before(masked, whole, lo, 16)):
                continue          # 限额以上单位商品零售…: parts of a narrower figure than the total found
            # the longest run of parts from the first that is complete by its names (城镇…，乡村…；年平均人口…):
            # the whole list, a two- or three-way split, or the run of consecutive years (linear in the parts)
            run = 1
            while run < len(parts) and _year_of(labels[run]) is not None and _year_of(labels[run - 1]) is not None \
                    and _year_of(labels[run]) == _year_of(labels[run - 1]) + 1:
                run += 1
            why = None
            # 全市…，其中市级…、县（市、区）级…、乡镇（街道）…、村（社区）…: every level of the whole's area
            chain = None if len(parts) < 2 or _open_list(masked[a:min(s.end, parts[-1].end + 2)]) else _level_chain(
                [raw_words_before(masked, q, m.end()) for q in parts], context_before(masked, whole, lo, 16))
            for k in sorted({len(parts), 3, 2, run}, reverse=True):
                why = (k == len(parts) and chain) or 2 <= k <= len(parts) and _exhaustive_parts(labels[:k], gap=kinds_gap if k == len(parts) else "",
                                                                  span_text=masked[a:parts[k - 1].end],
                                                                  # (分税种看，…、其他税种…: a classification of a sum
                                                                  # of money its last kind 其他 closes)
                                                                  residual_ok=measure_of(whole) != "元"
                                                                  or m.group() not in AMONG_WORDS,
                                                                  whole=words_before(masked, whole, lo))
                if why:
                    break
            else:
                # a classification (按…分, 分级次看) whose kinds exclude each other by name (市级…，县（市、区）…) may leave
                # kinds out of the list read: not more than its total
                raw = [re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", raw_words_before(masked, q, m.end())) for q in parts]
                # so may the answers to one request after 其中 (其中不予受理12件，受理97件: what was sent on is neither)
                if len(parts) >= 2 and len(set(raw)) == len(raw) \
                        and (exclusive_kinds(raw, measure_of(whole) == "元") if m.group() not in AMONG_WORDS
                             else _answers(raw)):
                    at = (parts[0].start, parts[-1].end) if whole.end <= s.start else None
                    f = self._sum_finding(doc, whole, parts, partial=True, at=at)
                    if f is not None:
                        yield f
                continue
            # a total sentences before the classification: the finding spans the parts, the total is related
            at = (parts[0].start, parts[k - 1].end) if m.group() not in AMONG_WORDS and whole.end <= s.start else None
            # more parts of the same measure after the split (新增企业…；新增个体工商户…；新增农民专业合作社…): the
            # split may not be all of the whole — its sides exclude each other, so only 'not more than the whole'
            # (nor is a split of what a rate before the 其中 counts: 应参保42.8万人，参保率98.6%，其中职工…、居民…;
            # over 100% — 完成率112%，其中… — the parts may exceed the count before the rate: nothing to check)
            rb = rate_before_breakdown(doc, masked, max(lo, whole.end), a, labels[0]) \
                if m.group() in AMONG_WORDS and labels else None
            if rb is not None and rb.value > 100:
                continue
            partial = k < len(parts) or rb is not None
            f = self._sum_finding(doc, whole, parts[:k], partial=partial, at=at, why=why) \
                or (None if partial else self._changes_sum(doc, masked, whole, parts[:k]))
            if f is not None:
                yield f

    def _complete_breakdown(self, doc, masked, s, a, stop, wholes, parts, dropped=False):
        if not wholes or len(parts) < 2:
            return None
        # (only when the 其他 item is among the parts read: 其他518件 left out of them — no head noun — leaves the sum open;
        # nor when items of the list were left out of the parts read: ``dropped``)
        complete = not dropped and any(re.search(r"(?:其他|其它)[^，,、；;。（(）)\d]{0,12}$", masked[max(a, p.start - 16):p.start])
                       for p in parts)
        # outcomes of a review (维持、驳回、撤销…) exclude each other: they cannot add up to more than the whole
        disjoint = all(_DECISION.search(context_before(masked, p, a, 8)) for p in parts)
        if not (complete or disjoint):
            return None
        whole = wholes[-1]
        if whole.start < s.start or not _bounded(whole) or not re.fullmatch(r"[，,：:\s]*", masked[whole.end:a]):
            return None
        # a bracket right after a part breaks that part down (婚姻家庭纠纷682件（涉及家庭暴力的41件）, 682件（含家暴41件）):
        # its counts are parts of that part, never items of the breakdown
        sub = _sub_parts(masked, a, stop, parts)
        parts = [p for p in parts if id(p) not in sub]
        if len(parts) < 2:
            return None
        if any(measure_of(p) != measure_of(whole) or not _bounded(p) or is_delta(masked, p) for p in parts):
            return None
        if re.search(r"由|从|從|提高到|增加到|下降到|降低到|增长|增長|同比|比上年|较上年|較上年", masked[a:stop]):
            return None
        return self._sum_finding(doc, whole, parts, partial=not complete)


def _sub_parts(masked: str, a: int, stop: int, parts) -> set:
    """The ids of the counts among ``parts`` (in order) that stand inside a bracket opened right after another part of
    the list starting at ``a`` (婚姻家庭纠纷682件（涉及家庭暴力的41件）) or in a clause opening with an earlier part's name and
    中 (秋粮30.8万吨；秋粮中玉米22.5万吨): parts of that part.  One pass over the brackets and one over the clauses."""
    out: set = set()
    ends = [p.end for p in parts]
    starts = [p.start for p in parts]
    for m in BRACKETED.finditer(masked, a, stop):
        k = m.start()
        i = bisect.bisect_right(ends, k) - 1
        if i < 0 or re.search(r"[，,、；;]", masked[ends[i]:k]):
            continue
        j = bisect.bisect_left(starts, m.start())
        while j < len(parts) and parts[j].end <= m.end():
            out.add(id(parts[j]))
            j += 1
    # a clause opening with an earlier part's name and 中 (、秋粮30.8万吨；秋粮中玉米22.5万吨、其他秋粮2.4万吨): its counts,
    # to the next ；or the end, break that part down
    for m in _parts.PART_AMONG.finditer(masked, a, stop):
        i = bisect.bisect_right(ends, m.start()) - 1
        name = m.group("n")
        if name in ("其", "其它", "其他", "此", "这", "這", "上述", "以上") or not any(
                name in masked[max(a, parts[k].start - len(name) - 6):parts[k].start] for k in range(max(0, i - 5), i + 1)):
            continue
        e = masked.find("；", m.end(), stop)
        e = stop if e < 0 else e
        j = bisect.bisect_left(starts, m.end())
        while j < len(parts) and parts[j].end <= e:
            out.add(id(parts[j]))
            j += 1
    return out


def _open_below(q: Quantity) -> bool:
    """A figure that is only an upper bound (不足/以下 N): no lower end a part could be too large by.  近N / 将近N / 接近N
    are approximations from below, read at 0.9·N and up (:func:`lintgov.claims.values.near_interval`): a part all the same."""
    return q.approx in ("<", "<=") and not (q.approx == "<" and q.before_word in NEAR_WORDS)


def _below(q: Quantity) -> bool:
    """A figure stated below a bound (近5,000人次, 不足5,000人次, 5,000人次以下): its upper end is known."""
    return q.approx in ("<", "<=") and count_interval(q)[1] != float("inf")


def _bounded(q: Quantity) -> bool:
    """A figure whose values lie in a closed interval: exact as printed, 约/左右 (one unit of the last digit either
    side), or 多/余 (1030多亿元: 1030–1040亿元; 3万余: 3万–4万).  超过/近/以上 leave one side open."""
    if q.approx is None or q.approx == "≈":
        return True
    if q.approx in (">", ">=") and q.after_word in ("余", "餘", "多"):
        lo, hi = count_interval(q)
        return hi != float("inf")
    return False


def _stated_bound(q: Quantity) -> bool:
    """A figure stated as a bound by a word of one (超过/逾/突破/以上 below it, 不足/不到/以内/近 above it:
    claims.thresholds.BOUND_WORDS), not an approximation (约/左右)."""
    return q.approx in (">", ">=", "<", "<=") and (q.before_word or q.after_word or q.approx_word) in BOUND_WORDS


def _bound_reading(q: Quantity, t: Tuple[float, float]) -> str:
    """How a total stated as a bound was read, for a finding's evidence (超过T: at least T; 近T: from 0.9·T to T)."""
    word = q.before_word or q.after_word or q.approx_word
    lo = "" if t[0] in (float("-inf"), 0.0) else f"{t[0]:g}"
    hi = "" if t[1] == float("inf") else f"{t[1]:g}"
    near = "; 近: at most a tenth under the figure" if word in ("近", "将近", "將近", "接近") else ""
    return f"{word}: {lo or '…'}–{hi or '…'} (the figure's rounding included{near})"


def _bare_interval(q: Quantity, mult: float, last: Quantity) -> Tuple[float, float]:
    """A bare number of a 分别 list read in the unit written after the last one (44.1、21.6和11.8亿元)."""
    h = 0.0 if (q.decimals == 0 and last.scale == 1 and mult == 1.0 and last.decimals == 0) else 0.5 * 10 ** (-q.decimals)
    return (q.mantissa - h) * mult, (q.mantissa + h) * mult


def _run_total(masked: str, wholes, floor: int) -> float:
    """The upper end of the sum of the counts listed right before 其中 (建议120件、政协提案80件，其中主办150件:
    the whole may be both of them)."""
    if len(wholes) < 2:
        return 0.0
    total = count_interval(wholes[-1])[1]
    n = 1
    for prev, cur in zip(reversed(wholes[:-1]), reversed(wholes[1:])):
        gap = masked[prev.end:cur.start]
        if len(gap) > 16 or re.search(r"[。；;，,：:]", gap) or not re.search(r"[、和及与與]", gap):
            break
        total += count_interval(prev)[1]
        n += 1
    return total if n >= 2 else 0.0


@hookimpl
def lintgov_rules():
    return [PartsSum]
