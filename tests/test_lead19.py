"""Lead, session 19: readings fixed while merging (each with the consistent near-miss that must stay silent)."""
from fresh_set import codes


def test_a_district_share_is_not_divided_by_the_citys_total():
    # a district's report quoting the city's total in the next paragraph: 全市… is not the district's whole
    district = ("福田区2023年政府工作报告\n我代表区人民政府作工作报告。民生支出240亿元，占一般公共预算支出的80%。\n"
                "全市一般公共预算支出5000亿元，增长5%。")
    assert codes(district) == []


def test_the_reports_own_scope_still_names_the_whole():
    city = ("深圳市2023年政府工作报告\n我代表市人民政府作工作报告。民生支出240亿元，占一般公共预算支出的80%。\n"
            "全市一般公共预算支出5000亿元，增长5%。")
    assert codes(city) == ["LG101"]
    city_ok = city.replace("5000亿元", "300亿元")
    assert codes(city_ok) == []


def test_the_same_verb_upon_other_things_is_no_cumulative_of_the_clause():
    # 累计 + the clause's own verb but another object: not the cumulative of what the clause counted (levels19 noticed)
    assert codes("开展检查46次，累计开展宣传12次。") == []
    assert codes("推进城市更新项目46个，累计推进拆除重建12个。") == []
    assert codes("组织执法培训30场，累计组织普法讲座18场。") == []
    # the same verb upon the same things (its head word), or the verb alone, is still read
    assert codes("新建公园46个，累计新建公园12个。") == ["LG103"]
    assert codes("全年淘汰低端企业618家，五年累计淘汰企业512家。") == ["LG103"]
    assert codes("全年淘汰低端企业618家，五年累计淘汰512家。") == ["LG103"]
