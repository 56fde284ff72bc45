"""False alarms on ordinary consistent statements (issue 10, round 22, precision22).

The battery ``benches/battery/precision22.py`` (214 consistent statements in 23 offices, written before lintgov was run
on them) stays silent under the arithmetic and year-over-year rules.  The four readings fixed are tested apart in
wordings of our own, each with a wrong statement of the same shape that stays flagged:

1. A change cell whose own unit names the other kind of change than its column (a cell in % in a 增减 column of
   differences; a cell in 个百分点 in a 增长（%） column) is read as its cell says when the column's reading fails
   (rules.tables ``_cell_says_other``).
2. A count inside the last name of a list (…、校车安全、学生两项保险5项工作), another count of the same word right after its
   noun that fits the names: the later count may be the list's, so the first is a name's own (claims.lists
   ``_names_before``).
3. A total of the year's intake (新收) and, after it, the cases carried in (旧存, 上年结转) and the cases done: no list
   of the intake's kinds (claims.partition ``NEW_INTAKE``).
4. Shares of stances (希望…的, 认为…的, 选择…的) or of a question of several answers (可多选, 多选题): one person may take
   several, so their shares need not add up to at most 100% (claims.partition ``STANCE_ITEM``, ``MULTI_CHOICE``).

Found by the second round of set A (p22-215…314):

5. A table's total row named by the whole area only (全市, 全省; not 合计) under rows that add up to less: the rows may
   be a selection of its parts (claims.tables ``SCOPE_TOTAL_LABEL``); rows adding up to more still contradict it.
6. Shares of statistical groupings that cut across industries (高技术制造业, 装备制造业, 战略性新兴产业, 数字经济核心产业…)
   need not add up to at most 100% (claims.partition ``CROSS_GROUPING``).
7. The shares of a list that looks complete (职工医保/居民医保) add up to a percentage the sentence states after them
   (参保率97.6%): a whole short of 100%, not a list short of it.
8. 大案 (size) and 要案 (rank) are two classifications of one case (claims.classes ``_DIMENSIONS``).

Found by the third round of set A (p22-315…390):

9. A figure after ； whose name is a step of the whole's own scale (三级医院8家，其中…；二级医院26家) is the whole's sibling:
   the list of the whole's parts ends before it (claims.classes ``sibling_of_whole``).
10. A rate named by the people it is of (高校毕业生…就业率为) is over their own count: the guard
    (claims.rates ``other_population``) now reads the name before its copula (为, 达到), knows more kinds of people
    (毕业生, 农民工, 老年人, 残疾人…) and never takes people named after a count's 其中 for the count's own."""
import importlib.util
import os

import pytest

from lintgov.engine import lint_text

HERE = os.path.dirname(os.path.abspath(__file__))
_SPEC = importlib.util.spec_from_file_location(
    "precision22", os.path.join(HERE, os.pardir, "benches", "battery", "precision22.py"))
_MOD = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_MOD)
STATEMENTS = _MOD.STATEMENTS


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


def codes(rules, text):
    return [f.code for f in lint_text(text + "\n", rules)]


def test_battery_is_well_formed():
    ids = [s[0] for s in STATEMENTS]
    assert len(ids) == len(set(ids)) and len(ids) >= 200
    assert all(s[1].startswith("trap-") and s[3] is None and s[4] is None for s in STATEMENTS)


def test_battery_is_silent(rules):
    loud = [(sid, codes(rules, text)) for sid, _, text, _, _ in STATEMENTS]
    assert [x for x in loud if x[1]] == []


# (consistent, wrong): the consistent text silent, the wrong one flagged with the code given
PAIRS = [
    # 1. the cell's unit names its kind of change
    ("项目\t上年\t本年\t增减\n受理件数（件）\t1250\t1380\t10.4%\n办结件数（件）\t1190\t1322\t132",
     "项目\t上年\t本年\t增减\n受理件数（件）\t1250\t1380\t10.4%\n办结件数（件）\t1190\t1322\t152", "LG110"),
    ("项目\t上年\t本年\t增减\n受理件数（件）\t1250\t1380\t10.4%\n办结件数（件）\t1190\t1322\t132",
     "项目\t上年\t本年\t增减\n受理件数（件）\t1250\t1380\t15.4%\n办结件数（件）\t1190\t1322\t132", "LG110"),
    ("指标\t2023年\t2024年\t同比增长（%）\n义务教育巩固率（%）\t97.8\t98.3\t0.5个百分点\n教育经费（亿元）\t42.6\t45.1\t5.9",
     "指标\t2023年\t2024年\t同比增长（%）\n义务教育巩固率（%）\t97.8\t98.3\t1.5个百分点\n教育经费（亿元）\t42.6\t45.1\t5.9", "LG110"),
    ("指标\t2024年\t2023年\t增长（%）\n教育经费（亿元）\t45.1\t42.6\t5.9\n教育经费占财政支出比重（%）\t18.62\t18.30\t0.32个百分点",
     "指标\t2024年\t2023年\t增长（%）\n教育经费（亿元）\t45.1\t42.6\t5.9\n教育经费占财政支出比重（%）\t18.62\t18.30\t0.82个百分点", "LG110"),
    ("指标\t2023年\t2024年\t增减\n门诊人次（万）\t64.2\t70.5\t9.8%\n平均住院日（天）\t8.6\t8.1\t-0.5天",
     "指标\t2023年\t2024年\t增减\n门诊人次（万）\t64.2\t70.5\t9.8%\n平均住院日（天）\t8.6\t8.1\t-1.5天", "LG110"),
    # 2. a count inside the last name
    ("全力抓好控辍保学、营养改善、学生资助、校车安全、学生两项保险5项工作。",
     "全力抓好控辍保学、营养改善、学生资助、校车安全3项工作。", "LG103"),
    # 3. the cases carried in beside the year's intake
    ("全年新收民事案件8,640件，旧存民事案件912件，审结民事案件8,905件。",
     "全年共接收信访事项1,032件，已办结968件，未办结84件。", "LG103"),
    ("今年新收执行案件3,416件，上年结转执行案件508件，执结3,702件，执结率94.3%。",
     "全年共收到复议申请426件，受理371件，不受理75件。", "LG103"),
    # 4. stances and questions of several answers
    ("受访老年人中，希望获得上门助浴服务的占41.3%，希望获得陪同就医服务的占52.8%，希望获得助餐服务的占64.5%。",
     "全市道路运输事故中，货车事故占52.4%，客车事故占31.6%，摩托车事故占28.2%。", "LG107"),
    ("受访企业中，认为融资难的占46.2%，认为用工难的占38.4%，认为订单不足的占29.7%。",
     "全市道路运输事故中，货车事故占52.4%，客车事故占31.6%，摩托车事故占28.2%。", "LG107"),
    ("本次问卷为多选题，受访者中选择线上办理的占68.2%，选择窗口办理的占41.5%，选择自助终端办理的占22.6%。",
     "其中，工业投资占44%，基础设施投资占36%，房地产开发投资占33%。", "LG107"),
]


# (second round of set A)
PAIRS += [
    # 5. a total row named by the whole area (全市) under a selection of its districts; 合计 stays a sum
    ("区县\t常住人口（万人）\t地区生产总值（亿元）\n东城区\t42.6\t486.2\n西城区\t38.4\t412.8\n全市\t312.6\t3412.0",
     "区县\t常住人口（万人）\t地区生产总值（亿元）\n东城区\t142.6\t486.2\n西城区\t238.4\t412.8\n全市\t312.6\t3412.0", "LG110"),
    ("区县\t常住人口（万人）\t地区生产总值（亿元）\n东城区\t42.6\t486.2\n西城区\t38.4\t412.8\n全市\t312.6\t3412.0",
     "区县\t学校（所）\t在校生（人）\n东城区\t42\t18640\n西城区\t38\t16420\n合计\t86\t35060", "LG110"),
    # 6. groupings across industries (高技术制造业, 装备制造业, 战略性新兴产业) share firms
    ("全市规上工业中，先进制造业增加值占46.2%，高技术制造业增加值占21.8%，战略性新兴产业增加值占37.5%。",
     "全市规上工业中，轻工业增加值占46.2%，重工业增加值占61.8%。", "LG107"),
    # 7. the sum of a complete-looking list stated after it as a whole short of 100%
    ("全县常住人口中，参加职工养老保险的占31.4%，参加居民养老保险的占58.2%，养老保险参保率为89.6%。",
     "全县常住人口中，参加职工养老保险的占31.4%，参加居民养老保险的占58.2%，养老保险参保率为93.6%。", "LG107"),
    # 8. a case's size and its rank (大案, 要案): two classifications of one case
    ("全年查办职务犯罪案件56件，其中大案47件；要案15件。",
     "全年查办职务犯罪案件56件，其中贪污贿赂案件47件、渎职侵权案件15件。", "LG103"),
]


# (third round of set A)
PAIRS += [
    # 9. after ；, a step of the whole's own scale is the whole's sibling, not its part
    ("全县共有二级医院6家，其中二级甲等医院4家；一级医院31家。",
     "全县共有医院37家，其中二级医院6家；一级医院41家。", "LG103"),
    ("全县共有二级医院6家，其中二级甲等医院4家；一级医院31家。",
     "全县共有二级医院6家，其中二级甲等医院4家、二级乙等医院3家。", "LG103"),
    # 10. a rate named by its people (高校毕业生…就业率) is over their own count, not over a whole that only a part of
    #     them falls in (新增就业…，其中高校毕业生…)
    ("全年城镇新增就业4.12万人，其中高校毕业生就业1.65万人；高校毕业生就业率为91.8%。",
     "全市高校毕业生1.80万人，其中已就业1.65万人，高校毕业生就业率为96.7%。", "LG101"),
]


@pytest.mark.parametrize("good,wrong,code", PAIRS)
def test_pair(rules, good, wrong, code):
    assert codes(rules, good) == []
    assert code in codes(rules, wrong)
