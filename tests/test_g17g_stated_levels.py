"""How reports state a change against levels they give themselves, read as general wordings (issue 10, g17g):

* two years' levels in consecutive clauses, the later one reached by its verb alone (2023年增加到B), the change right
  after against the first year (比2018年增长X%) — digits or Chinese numerals, 是/有/为 for the first level, 到了…已经有
  for the second;
* 增加N倍多 / 增长N倍余: more than N times, less than N + 1 (a range of multiples, said as one);
* a comparison standing as a clause of its own (B，比原来设想的A多出X% / …；如果同1952年的A作比较，则增长N倍): the basis
  closes that clause, the value compared closes the clause before or is the one the change before it was about.

Each consistent statement is silent; each with a wrong figure is found; near-misses (another basis year, a range of
multiples that covers the ratio, a label of last year with another metric's words) stay silent.  The wordings are
written for these tests, in several offices' styles."""
import pytest

from tests.conftest import consistency_codes


SILENT = [
    # two years' levels, the later reached by its verb alone, the change against the first year: 121.5/86.4 = 1.406
    "2018年全县社会消费品零售总额是86.4亿元，2023年增加到121.5亿元，比2018年增长40.6%。",
    # the same in Chinese numerals (a provincial review of the 1980s): 360/240 = 1.5
    "一九八〇年全省钢产量是二百四十万吨，一九八五年上升到三百六十万吨，比一九八〇年增长百分之五十。",
    # the basis names another year than the first level's: no reading of the two levels
    "2018年全县社会消费品零售总额是86.4亿元，2023年增加到121.5亿元，比2020年增长25.0%。",
    # 有 for both levels, 到了 before the later year: 31/12 = 2.58, an increase of 1.58 times — 一倍多
    "全市的博物馆，2015年有12座，到了2022年已经有31座，即增加一倍多。",
    # a range of multiples covers the ratio up to its top: 34/12 = 2.83, an increase of 1.83 times
    "全市的博物馆，2015年有12座，到了2022年已经有34座，即增加一倍多。",
    "全省高新技术企业由2018年的1,200家增加到2023年的2,950家，增长一倍多。",
    "农村自来水普及人口，一九七五年有八百万人，一九八〇年已经有二千一百万人，增加一倍多。",
    # a comparison clause: 48.6/40 = 1.215
    "全年实际完成造林面积48.6万亩，比年初计划的40万亩多出21.5%。",
    "这两项合计减收增支925亿元，比原来测算的600亿元多出54%。",
    # 同…相比 after a change of the same value: 52/40 = 1.3
    "今年粮食产量达到52万吨，比上年增长4%；如果同2015年的40万吨相比，则增长30%。",
    "全国铁路货运量将达到五亿四千万吨，比上年增长百分之八；如果同一九五二年的一亿二千万吨作比较，则增长三点五倍。",
    # (a label of last year followed by another metric's words is no level of this one)
    "全年受理信访事项4,120件，上年末结存380件，增长8%。",
]

FOUND = [
    ("2018年全县社会消费品零售总额是86.4亿元，2023年增加到121.5亿元，比2018年增长46.2%。", "LG201"),
    ("2018年全县社会消费品零售总额是76.4亿元，2023年增加到121.5亿元，比2018年增长40.6%。", "LG201"),
    ("一九八〇年全省钢产量是二百四十万吨，一九八五年上升到三百六十万吨，比一九八〇年增长百分之六十。", "LG201"),
    ("全市的博物馆，2015年有12座，到了2022年已经有31座，即增加两倍多。", "LG205"),
    ("全市的博物馆，2015年有16座，到了2022年已经有31座，即增加一倍多。", "LG205"),
    ("全省高新技术企业由2018年的1,200家增加到2023年的2,950家，增长两倍多。", "LG205"),
    ("全年实际完成造林面积48.6万亩，比年初计划的40万亩多出31.5%。", "LG201"),
    ("这两项合计减收增支925亿元，比原来测算的780亿元多出54%。", "LG201"),
    ("今年粮食产量达到52万吨，比上年增长4%；如果同2015年的40万吨相比，则增长40%。", "LG201"),
    ("全国铁路货运量将达到五亿四千万吨，比上年增长百分之八；如果同一九五二年的一亿二千万吨作比较，则增长四点五倍。",
     "LG205"),
    ("全国铁路货运量将达到五亿四千万吨，比上年增长百分之八；如果同一九五二年的一亿五千万吨作比较，则增长三点五倍。",
     "LG205"),
]


@pytest.mark.parametrize("text", SILENT)
def test_consistent_statements_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text,code", FOUND)
def test_wrong_figure_is_found(consistency_rules, text, code):
    assert code in consistency_codes(consistency_rules, text)


def test_range_of_multiples_is_read_whole():
    """增加一倍多 is read as an increase between one and two times (a ratio of 2 to 3), not as 一倍 ± a rounding."""
    from lintgov.claims.grammar import changes
    from lintgov.document import Document
    doc = Document("全市的博物馆，2015年有12座，到了2022年已经有31座，即增加一倍多。\n")
    ch = [c for c in changes(doc) if c.kind == "times"]
    assert len(ch) == 1
    assert ch[0].factor == (1.0, 2.0) and ch[0].amount is None
    assert doc.text[ch[0].base.start:ch[0].base.end] == "12座"
    assert doc.text[ch[0].current.start:ch[0].current.end] == "31座"


def test_comparison_clause_names_its_values():
    """B，比…的A多出X%: the basis closes the comparison clause, the value compared the clause before it."""
    from lintgov.claims.grammar import changes
    from lintgov.document import Document
    doc = Document("全年实际完成造林面积48.6万亩，比年初计划的40万亩多出21.5%。\n")
    ch = [c for c in changes(doc) if c.kind == "percent"]
    assert len(ch) == 1
    assert doc.text[ch[0].base.start:ch[0].base.end] == "40万亩"
    assert doc.text[ch[0].current.start:ch[0].current.end] == "48.6万亩"


# a change against a named year whose level the same sentence states in an earlier clause (its year opening that
# clause, or after 到/到了): 1958年又比1957年增加X%，达到C
LABELLED_SILENT = [
    "我省的中等专业学校学生，一九五二年有六万二千人，到了一九五七年已经有十二万四千人；一九五八年又比一九五七年增加百分之二十五，达到十五万五千人。",
    "全市新能源汽车保有量，2021年为3.2万辆，2022年为5.1万辆；2023年又比2022年增长62%，达到8.3万辆。",
]
LABELLED_FOUND = [
    "我省的中等专业学校学生，一九五二年有六万二千人，到了一九五七年已经有十二万四千人；一九五八年又比一九五七年增加百分之三十五，达到十五万五千人。",
    "全市新能源汽车保有量，2021年为3.2万辆，2022年为5.1万辆；2023年又比2022年增长72%，达到8.3万辆。",
    # the basis names the first year: the level of that year is the base
    "全市新能源汽车保有量，2021年为3.2万辆，2022年为5.1万辆；2023年又比2021年增长62%，达到8.3万辆。",
]


@pytest.mark.parametrize("text", LABELLED_SILENT)
def test_level_of_the_named_year_consistent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", LABELLED_FOUND)
def test_level_of_the_named_year_wrong(consistency_rules, text):
    assert "LG201" in consistency_codes(consistency_rules, text)


# a from–to change with a comma before its verb (由1982年的A，增加到1987年的B): the same transition
COMMA_SILENT = [
    "计划将技工学校招生人数由一九八二年的十二万四千人，增加到一九八七年的二十一万七千人，增长百分之七十五。",
    "全市普通高校在校生由2019年的12.4万人，增加到2023年的16.8万人，增长35.5%。",
    "全县森林覆盖率由2015年的48.2%，提高到2020年的53.6%，提高5.4个百分点。",
]
COMMA_FOUND = [
    "计划将技工学校招生人数由一九八二年的十二万四千人，增加到一九八七年的二十一万七千人，增长百分之九十五。",
    "全市普通高校在校生由2019年的12.4万人，增加到2023年的16.8万人，增长45.5%。",
    "全县森林覆盖率由2015年的48.2%，提高到2020年的53.6%，提高6.4个百分点。",
]


@pytest.mark.parametrize("text", COMMA_SILENT)
def test_comma_before_the_verb_consistent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", COMMA_FOUND)
def test_comma_before_the_verb_wrong(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) != []


# a qualifier written in the clause of both figures compared (平均每年…，比…平均每年…，高出N倍) names what they are, not
# how the change is counted: the multiple is read
MEAN_SILENT = [
    "“十三五”期间全省平均每年新增造林面积186万亩，比“十二五”期间平均每年新增造林面积61万亩，高出两倍多。",
    "近三年平均每年引进项目42个，比此前三年平均每年引进项目12个，多出两倍多。",
]
MEAN_FOUND = [
    "“十三五”期间全省平均每年新增造林面积186万亩，比“十二五”期间平均每年新增造林面积61万亩，高出三倍多。",
    "近三年平均每年引进项目42个，比此前三年平均每年引进项目12个，多出一倍多。",
]


@pytest.mark.parametrize("text", MEAN_SILENT)
def test_means_compared_consistent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", MEAN_FOUND)
def test_means_compared_wrong(consistency_rules, text):
    assert "LG205" in consistency_codes(consistency_rules, text)


def test_yearly_mean_growth_stays_qualified(consistency_rules):
    """年均增长 after two levels is a compound mean (LG208's), never read as the plain growth between them."""
    assert "LG201" not in consistency_codes(consistency_rules, "全县财政收入达到52亿元，比2018年的40亿元年均增长5.4%。")


# levels of a few more (三百多万人: 300万 to 400万) read as the intervals they allow, with 也/即 before the change and
# 达到了 before the level reached
MORE_SILENT = [
    "全县农村电商网店，2019年有1,200多家，2023年有2,900多家，也增加一倍多。",
    "小学教师，一九六二年有一百二十多万人，一九六五年已经有二百六十多万人，也增加一倍多；一九六六年又比一九六五年增加百分之十，"
    "达到了二百八十七万人。",
]
MORE_FOUND = [
    "全县农村电商网店，2019年有1,200多家，2023年有2,900多家，也增加两倍多。",
    "小学教师，一九六二年有一百二十多万人，一九六五年已经有二百六十多万人，也增加两倍多；一九六六年又比一九六五年增加百分之十，"
    "达到了二百八十七万人。",
    "小学教师，一九六二年有一百二十多万人，一九六五年已经有二百六十多万人，也增加一倍多；一九六六年又比一九六五年增加百分之二十，"
    "达到了二百八十七万人。",
]


@pytest.mark.parametrize("text", MORE_SILENT)
def test_levels_of_a_few_more_consistent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", MORE_FOUND)
def test_levels_of_a_few_more_wrong(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) != []
