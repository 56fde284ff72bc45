"""Two readings that must stay silent (precision contract), and their checked counterparts:
a share of the whole area against figures of one level of government (市本级), and a per-capita
figure computed over a population the report does not print (按年平均常住人口计算 with only the
year-end population)."""
from lintgov.config import Settings
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry

_RULES = [r for r in instantiate_rules(build_registry(load_entry_points=False, strict=True), Settings(), {},
                                       select=["ALL"]) if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text + "\n", _RULES)]


def test_share_and_operands_of_different_levels_are_not_paired():
    assert codes("全市民生支出占一般公共预算支出的78.4%；市本级民生支出142.3亿元，市本级一般公共预算支出213.6亿元。") == []
    assert codes("民生支出占一般公共预算支出的78.4%，市本级民生支出142.3亿元，市本级一般公共预算支出213.6亿元。") == []
    # the same level on both sides is checked (142.3/213.6 = 66.6%, not 78.4%) ...
    assert codes("市本级民生支出占市本级一般公共预算支出的78.4%，市本级民生支出142.3亿元，"
                 "市本级一般公共预算支出213.6亿元。") == ["LG101"]
    assert codes("全市民生支出占一般公共预算支出的78.4%；民生支出142.3亿元，一般公共预算支出213.6亿元。") == ["LG101"]
    # ... and a consistent one is not
    assert codes("全市民生支出占一般公共预算支出的66.6%；民生支出142.3亿元，一般公共预算支出213.6亿元。") == []


def test_per_capita_over_an_unprinted_mean_population_is_not_checked():
    year_end = "地区生产总值4,486亿元，年末常住人口356.2万人，"
    assert codes(year_end + "按年平均常住人口计算，人均地区生产总值12.9万元。") == []
    assert codes(year_end + "按户籍人口计算，人均地区生产总值15.9万元。") == []
    # without the declared basis the year-end population is used (4486/356.2 = 12.59万元)
    assert codes(year_end + "人均地区生产总值12.9万元。") == ["LG108"]
    assert codes(year_end + "人均地区生产总值12.6万元。") == []
    # with the mean population printed, the declared basis is checked against it (4486/350.1 = 12.81)
    both = "地区生产总值4,486亿元，年末常住人口356.2万人，年平均常住人口350.1万人，"
    assert codes(both + "按年平均常住人口计算，人均地区生产总值12.8万元。") == []
    assert codes(both + "按年平均常住人口计算，人均地区生产总值14.9万元。") == ["LG108"]
