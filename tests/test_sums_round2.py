"""Second short round of LG103 shapes, in lintgov's own wording: a 分别 list of the three industries (a complete
split) followed by the whole with 合计/共计/总计 — the nominal parts must add up to it.  Each consistent statement
stays silent; each wrong one is found."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


SPLIT_CONSISTENT = [
    "一、二、三产业增加值分别为120.5亿元、340.2亿元、560.3亿元，地区生产总值合计1021.0亿元。",
    "一、二、三产业增加值分别为120.5、340.2、560.3亿元，地区生产总值合计1021.0亿元。",
    "第一、第二、第三产业分别完成增加值12.3亿元、45.6亿元和78.9亿元，全市生产总值共计136.8亿元。",
    "全市第一产业、第二产业和第三产业增加值分别为1,205亿元、3,402亿元、5,603亿元，全市地区生产总值总计10,210亿元。",
    "全年一、二、三产业分别实现增加值80亿元、90亿元和130亿元，增加值合计300亿元。",
    # the approximate parts allow the whole
    "一、二、三产业增加值分别为约120亿元、340多亿元、560亿元，地区生产总值合计1021亿元。",
    # a whole that is not the split's (工业和建筑业 is part of 二产): never checked against the three
    "一、二、三产业增加值分别为120.5亿元、340.2亿元、560.3亿元，工业和建筑业合计300亿元。",
    # two figures for three names: not the split's complete list
    "一、二、三产业增加值分别为120亿元、340亿元，地区生产总值合计900亿元。",
]

SPLIT_WRONG = [
    "一、二、三产业增加值分别为120.5亿元、340.2亿元、560.3亿元，地区生产总值合计1100.0亿元。",
    "一、二、三产业增加值分别为120.5、340.2、560.3亿元，地区生产总值合计1000.0亿元。",
    "第一、第二、第三产业分别完成增加值12.3亿元、45.6亿元和78.9亿元，全市生产总值共计150.8亿元。",
    "全市第一产业、第二产业和第三产业增加值分别为1,205亿元、3,402亿元、5,603亿元，全市地区生产总值总计11,210亿元。",
    "全年一、二、三产业分别实现增加值80亿元、90亿元和130亿元，增加值合计320亿元。",
    "第一产业、第二产业、第三产业增加值分别为100亿元、200亿元、300亿元，地区生产总值合计650亿元。",
]


@pytest.mark.parametrize("text", SPLIT_CONSISTENT)
def test_split_total_consistent_is_silent(text):
    assert "LG103" not in codes(text)


@pytest.mark.parametrize("text", SPLIT_WRONG)
def test_split_total_wrong_is_found(text):
    assert "LG103" in codes(text)


# (b) LG107: shares of one whole listed clause by clause, without 其中 and without counts: more than 100% is wrong
# (only "exceeds" — a list may leave items out)
SHARES_SILENT = [
    "工业投资占42.5%，基础设施投资占31.2%，房地产开发投资占20.6%。",
    "制造业投资占全部投资的38.0%，基础设施占33.5%，房地产开发占21.4%，社会领域占6.1%。",
    "第一产业增加值占全省生产总值的比重为9.1%，第二产业占40.3%，第三产业占50.6%。",
    "行政处罚类案件占48%，信息公开类案件占35%，行政许可类案件占17%。",
    # two items and nothing naming one whole: they may be shares of two wholes
    "城镇居民占61%，农村居民占49%。",
    # two classifications of one head overlap (ownership / size; sector / ownership)
    "国有企业占40%，民营企业占50%，中小企业占90%。",
    "全年固定资产投资中，工业投资占42.5%，基础设施投资占31.2%，房地产开发投资占25.6%，民间投资占18.3%。",
    # attributes, years, a bare wider scope (each item a share of its own national total), a changed share
    "女性占52%，党员占35%，35岁以下青年占60%。",
    "2021年占40%，2022年占45%，2023年占50%。",
    "出口占全国的60%，进口占50%，加工贸易占40%。",
    "第一产业投资占比提高到5.2%，第二产业投资占60.1%，第三产业投资占45.0%。",
    # an aggregate then its parts
    "一般公共预算收入占地区生产总值的12%，税收收入占80%，非税收入占20%。",
]

SHARES_WRONG = [
    "制造业投资占全部投资的48.0%，基础设施占33.5%，房地产开发占21.4%，社会领域占6.1%。",
    "第一产业增加值占全省生产总值的比重为9.1%，第二产业占40.3%，第三产业占52.6%。",
    "行政处罚类案件占48%，信息公开类案件占35%，行政许可类案件占27%。",
    "工业投资占全部投资的42.5%，基础设施投资占31.2%，房地产开发投资占35.6%。",
    "工业增加值占GDP的比重为35%，建筑业占8%，服务业增加值占60%。",
]


@pytest.mark.parametrize("text", SHARES_SILENT)
def test_clause_shares_consistent_is_silent(text):
    assert "LG107" not in codes(text)


@pytest.mark.parametrize("text", SHARES_WRONG)
def test_clause_shares_over_100_is_found(text):
    assert "LG107" in codes(text)


# (c) LG101: a share in tenths with its whole named in the share (占国土面积的近六成) and the whole (国土总面积N, the
# whole named with 总) or the part (达N) stated after it in the same sentence; a subject opened by the report's scope
SHARE_AFTER_SILENT = [
    "全市林地面积占国土面积的近六成，国土面积1000平方公里，林地面积580平方公里。",
    "林地面积占国土面积的近六成，林地面积580平方公里，国土面积1000平方公里。",
    "林地面积占国土面积的近六成，达580平方公里，国土总面积1000平方公里。",
    "林地面积占国土面积的近六成，国土总面积1000平方公里，林地面积580平方公里。",
    # the figure after the share is a change, not the part
    "森林覆盖面积占国土面积的近六成，达580平方公里，比上年增加20平方公里，国土总面积1000平方公里。",
]

SHARE_AFTER_WRONG = [
    "全市林地面积占国土面积的近六成，国土面积1000平方公里，林地面积380平方公里。",
    "林地面积占国土面积的近六成，达380平方公里，国土总面积1000平方公里。",
    "林地面积占国土面积的近六成，国土总面积1000平方公里，林地面积380平方公里。",
    "湿地面积占国土面积的近一成，达380平方公里，国土总面积1000平方公里。",
]


@pytest.mark.parametrize("text", SHARE_AFTER_SILENT)
def test_share_whole_after_consistent_is_silent(text):
    assert "LG101" not in codes(text)


@pytest.mark.parametrize("text", SHARE_AFTER_WRONG)
def test_share_whole_after_wrong_is_found(text):
    assert "LG101" in codes(text)


# (c) LG101: the whole stated after the share as 在…N件中, the part after it named as the share's subject
AMONG_AFTER_SILENT = [
    "按期办结的约占三分之一，在办结的300件中，按期办结100件。",
    "调解成功的约占一半，在受理的500件纠纷中，调解成功251件。",
    "涉企案件约占三分之一，在审结的900件案件中，涉企案件310件。",
]

AMONG_AFTER_WRONG = [
    "按期办结的约占三分之一，在办结的300件中，按期办结200件。",
    "调解成功的约占一半，在受理的500件纠纷中，调解成功320件。",
    "涉企案件约占三分之一，在审结的900件案件中，涉企案件520件。",
]


@pytest.mark.parametrize("text", AMONG_AFTER_SILENT)
def test_share_among_after_consistent_is_silent(text):
    assert "LG101" not in codes(text)


@pytest.mark.parametrize("text", AMONG_AFTER_WRONG)
def test_share_among_after_wrong_is_found(text):
    assert "LG101" in codes(text)
