"""A paragraph that opens with 其中 breaks down the one count of the line before it: a share or a rate stated there of the
part in its own sentence is computed over that count (claims.rates.part_line_window). Silent when the line before holds
another count of the part's measure, names another period or a plan, or the share is of a wider total."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("good,bad", [
    # a province's investment, the part unnamed after 占, last year's level on a line of its own above
    ("上年全省完成固定资产投资720亿元。\n全年完成固定资产投资800亿元，增长11.1%。\n其中民间投资480亿元，占60%。",
     "上年全省完成固定资产投资720亿元。\n全年完成固定资产投资800亿元，增长11.1%。\n其中民间投资480亿元，占65%。"),
    # a district's budget by year, the whole named generically after 占
    ("2022年，全区一般公共预算支出112.5亿元。\n2023年，全区一般公共预算支出126.4亿元。\n其中民生支出98.6亿元，占全部支出的78.0%。",
     "2022年，全区一般公共预算支出112.5亿元。\n2023年，全区一般公共预算支出126.4亿元。\n其中民生支出98.6亿元，占全部支出的82.0%。"),
    # a court's style, 其中： and a share written 占比
    ("上一年度受理各类纠纷1,180件。\n本年度共受理各类纠纷1,250件，同比增长5.9%。\n其中：婚姻家庭纠纷410件，占比32.8%。",
     "上一年度受理各类纠纷1,180件。\n本年度共受理各类纠纷1,250件，同比增长5.9%。\n其中：婚姻家庭纠纷410件，占比38.2%。"),
    # a rate of the part in the paragraph after its whole
    ("全年受理政府信息公开申请640件，增长12%。\n其中按期答复632件，按期答复率98.8%。",
     "全年受理政府信息公开申请640件，增长12%。\n其中按期答复632件，按期答复率93.8%。"),
])
def test_share_of_the_line_before(consistency_rules, good, bad):
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) != []


@pytest.mark.parametrize("text", [
    # a wider total than the line's count: not ours to compute
    "全区固定资产投资800亿元。\n其中民间投资48亿元，占全省民间投资的15%。",
    # the line before names last year: the count is no whole of this year's part
    "全市共有执法人员2,846人，比上年增加120人。\n其中持证1,204人，占35%。",
    # the line before is a plan
    "计划全年完成投资800亿元。\n其中民间投资480亿元，占65%。",
    # another measure in the line before (a count of cases, a share of money)
    "全年受理案件500件。\n其中涉企案件标的额12亿元，占40%。",
])
def test_silent_without_the_link(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
