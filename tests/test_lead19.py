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
