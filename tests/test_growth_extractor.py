"""What the extractor reads (lintgov/quantities.py), in the shapes real reports print: units in traditional script read
whole (個百分點, 個千分點, 億千瓦時, 噸, 畝 …, folded to their simplified spelling by ``unit_of``), and Chinese numerals
after whatever word precedes them (完成, 实现, 人数, 件数, 年初 …) — while "several tens" (数十万, 成千上万) and ordinals
(第三, 初三) stay out.  Then the same statements end to end: consistent silent, wrong found."""
import itertools

import cn2an
import pytest

from lintgov.claims.values import measure, unit_of
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


def read(text):
    d = Document(text)
    return [(d.text[q.start:q.end], q.value, q.unit) for q in d.quantities]


# -- traditional units ---------------------------------------------------------------------------
@pytest.mark.parametrize("printed,unit,folded,value", [
    ("提高0.5個百分點", "個百分點", "个百分点", 0.5),
    ("提高二點三個百分點", "個百分點", "个百分点", 2.3),
    ("回落0.8百分點", "百分點", "百分点", 0.8),
    ("下降0.31個千分點", "個千分點", "个千分点", 0.31),
    ("用電量125.5億千瓦時", "千瓦時", "千瓦时", 125.5e8),
    ("發電3.2萬千瓦時", "千瓦時", "千瓦时", 3.2e4),
    ("糧食產量12.6萬噸", "噸", "吨", 12.6e4),
    ("造林3000畝", "畝", "亩", 3000),
    ("新增綠地45公頃", "公頃", "公顷", 45),
    ("新能源公交車120輛", "輛", "辆", 120),
    ("整治隱患點56處", "處", "处", 56),
    ("平均辦理時間2.5小時", "小時", "小时", 2.5),
    ("培訓1200課時", "課時", "课时", 1200),
    ("改造老舊小區8層", "層", "层", 8),
])
def test_a_traditional_unit_is_read_whole_and_folds_to_simplified(printed, unit, folded, value):
    d = Document(printed + "。")
    (q,) = d.quantities
    assert q.unit == unit and d.text[q.end - len(unit):q.end] == unit
    assert abs(q.value - value) < 1e-6 * max(1, value)
    assert unit_of(q) == folded
    assert measure(q) == folded


# -- Chinese numerals after the word before them --------------------------------------------------
#: words a figure follows in real text, many ending in a character that also opens numeral idioms (成, 数, 初)
BEFORE = ["完成", "实现", "达", "达到", "为", "至", "到", "增至", "增加到", "共", "共计", "计", "累计", "合计", "总计", "约", "近",
          "人数", "户数", "件数", "次数", "总数", "死亡人数", "参保人数", "年初", "月初", "建成", "形成", "办结", "审结", "新增",
          "减少", "同比增长", "收入", "有", "是", "突破", "超过", "逾"]
NUMS = [35, 43, 120, 320, 1200, 1113, 95.1, 60.2, 3.5, 205]
UNITS = ["件", "人", "户", "家", "亿元", "万元", "个", "项", "万人次"]


def _cn(x):
    return cn2an.an2cn(str(x))


@pytest.mark.parametrize("before", BEFORE)
def test_a_chinese_numeral_after_any_word_is_read(before):
    seen = 0
    for x, unit in itertools.product(NUMS, UNITS):
        text = f"全年{before}{_cn(x)}{unit}。"
        qs = Document(text).quantities
        assert len(qs) == 1, (text, read(text))
        q = qs[0]
        scale = 1e8 if unit == "亿元" else 1e4 if unit in ("万元", "万人次") else 1
        assert abs(q.value - x * scale) < 1e-6 * x * scale, (text, q)
        seen += 1
    assert seen == len(NUMS) * len(UNITS)


@pytest.mark.parametrize("printed,value,unit", [("四十万千瓦", 4e5, "千瓦"), ("七万二千五百千瓦", 72500, "千瓦"),
                                                  ("一万二千千瓦", 12000, "千瓦"), ("四百零六万千瓦", 4.06e6, "千瓦"),
                                                  ("两千克", 2, "千克"), ("三千人", 3000, "人"), ("五十六万千瓦", 5.6e5, "千瓦")])
def test_a_thousand_that_opens_the_unit_is_the_units(printed, value, unit):
    (q,) = Document("装机容量" + printed + "。").quantities
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["数十万人参加", "数百家企业", "數千名群眾", "成千上万的群众", "成百上千家", "第三批试点", "初三学生",
                                  "几十个部门", "其一是", "周五下午"])
def test_several_tens_and_ordinals_are_not_figures(text):
    assert Document(text + "。").quantities == []


# -- end to end ------------------------------------------------------------------------------------
CASES = [
    # (consistent, wrong): Chinese numerals after 完成/人数/年初, traditional units
    ("全年一般公共预算收入完成九十五点一亿元，比上年增长百分之十点一，上年为八十六点四亿元。",
     "全年一般公共预算收入完成九十五点一亿元，比上年增长百分之十五点一，上年为八十六点四亿元。"),
    ("全年税收收入完成六十八点九亿元，上年完成六十二点三亿元，同比增长百分之十点六。",
     "全年税收收入完成六十八点九亿元，上年完成六十二点三亿元，同比增长百分之十六点六。"),
    ("全市积压案件由年初三百八十件减少到年末的九十五件，减少二百八十五件。",
     "全市积压案件由年初三百八十件减少到年末的九十五件，减少三百七十件。"),
    ("全年生产安全事故死亡人数四十三人，比上年的五十人减少七人。",
     "全年生产安全事故死亡人数四十三人，比上年的五十人减少九人。"),
    ("全市城鎮化率由60.1%提高到62.4%，提高二點三個百分點。",
     "全市城鎮化率由60.1%提高到62.4%，提高三點三個百分點。"),
    ("全市发电装机容量由四十万千瓦增加到五十六万千瓦，增长百分之四十。",
     "全市发电装机容量由四十万千瓦增加到五十六万千瓦，增长百分之五十。"),
    ("全社會用電量由112.4億千瓦時增加到125.5億千瓦時，增長11.7%。",
     "全社會用電量由112.4億千瓦時增加到125.5億千瓦時，增長17.7%。"),
    ("出生率為7.19‰，比上年下降1.15個千分點；死亡率為6.94‰，上升0.23個千分點；自然增長率為0.25‰，下降1.38個千分點。",
     "出生率為7.19‰，比上年下降1.15個千分點；死亡率為6.94‰，上升0.23個千分點；自然增長率為0.25‰，下降1.68個千分點。"),
]


@pytest.mark.parametrize("good,bad", CASES)
def test_consistent_is_silent_and_wrong_is_found(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


def test_a_share_of_another_total_after_a_plan_is_not_a_completion():
    # 完成四种计划的企业只占企业总数的30%: 30% of the enterprises, not 4 of 4 plans (LG102 read it as completion)
    for t in ("全面完成四种计划的企业只占企业总数的30%。", "全面完成四種計劃的企業只佔企業總數的百分之三十。",
              "完成两项计划的乡镇占乡镇总数的百分之四十。"):
        assert codes(t) == [], t
    # a completion stated with its target is still checked
    assert codes("推动市场主体净增2804户，完成全年增量目标（2214户）的162.6%。") == ["LG102"]
    assert codes("推动市场主体净增2804户，完成全年增量目标（2214户）的126.6%。") == []
