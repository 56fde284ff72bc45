"""A count with 多/余 after it (7亿多亩, 1,200余件, 8500多万亩) stands for the values up to the next unit of its last
digit: an operand of a rate or share read over that interval, not a bound (超过, 不足, 近 stay out)."""
import pytest

from conftest import consistency_codes
from lintgov.claims.values import open_bound
from lintgov.document import Document


WRONG = [
    "全市共有农村公路3,400多公里，今年完成提档升级2,100公里，占82%。",
    "全年收到政府信息公开申请1,600余件，按时答复1,240件，按时答复率为98.6%。",
    "全省共有水土流失面积二万六千多平方公里，已综合治理一万一千平方公里，占百分之六十五。",
    "其中国有企业职工85.2万人，占全市职工总数270多万人的45.1%。",
    # a whole named with its scope inside 占…的
    "高标准农田达到2,350万亩，占全省耕地面积5,860万亩的52.3%。",
]
RIGHT = [
    "全市共有农村公路3,400多公里，今年完成提档升级2,100公里，占61%。",
    "全年收到政府信息公开申请1,600余件，按时答复1,240件，按时答复率为75.3%。",
    "全省共有水土流失面积二万六千多平方公里，已综合治理一万一千平方公里，占百分之四十二。",
    "其中国有企业职工85.2万人，占全市职工总数270多万人的31.2%。",
    "高标准农田达到2,350万亩，占全省耕地面积5,860万亩的40.1%。",
    # a bound is no operand: 超过 allows any larger whole
    "全市共有农村公路超过3,400公里，今年完成提档升级2,100公里，占45%。",
]


@pytest.mark.parametrize("text", WRONG)
def test_wrong_is_found(consistency_rules, text):
    assert "LG101" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", RIGHT)
def test_right_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text


@pytest.mark.parametrize("text,bound", [("7亿多亩", False), ("1,200余件", False), ("超过300件", True), ("不足5%", True),
                                        ("近8000人", True), ("300件以上", True), ("约300件", False)])
def test_open_bound(text, bound):
    (q,) = Document(text).quantities
    assert open_bound(q) is bound
