"""The figures of a 分别 list of changes (排放量分别下降3.5%、2.9%; 低保标准分别提高13.1%和17.7%) are changes, every one of
them — not only the first, which the grammar reads as the change claim: ``lintgov claims`` gave the others as levels
that state no relation.  A list of levels after 分别为/分别达 and the shares after a list of changes stay what they are."""
import pytest

from lintgov.claims import claims_of
from lintgov.document import Document


def _roles(text):
    return [(text[f.quantity.start:f.quantity.end], f.role) for f in claims_of(Document(text + "\n")).figures]


@pytest.mark.parametrize("text,changes", [
    # a ministry's wording: two items joined by 、
    ("全年单位产值能耗下降2.1%，化学需氧量、氨氮排放量分别下降3.4%、2.8%。", ["2.1%", "3.4%", "2.8%"]),
    # a city's: a comparison before the verb, three items, the last joined by 和
    ("规模以上工业、服务业营业收入、商品销售额分别比上年增长6.2%、8.5%和4.9%。", ["6.2%", "8.5%", "4.9%"]),
    # a province's: a standard raised (the grammar reads no change here): both items
    ("城市和农村居民最低生活保障标准分别提高9.6%和12.3%，惠及困难群众。", ["9.6%", "12.3%"]),
    # a district's: 压减 of meetings and documents
    ("区级会议、发文数量分别压减18%、25%，基层负担明显减轻。", ["18%", "25%"]),
])
def test_every_item_of_a_list_of_changes_is_a_change(text, changes):
    got = dict(_roles(text))
    for c in changes:
        assert got[c] == "growth", (c, got)


@pytest.mark.parametrize("text,levels", [
    # 分别为 / 分别达: levels, not changes
    ("食品、药品抽检合格率分别达98.7%、99.2%，群众满意度持续提升。", ["达98.7%", "99.2%"]),
    ("城镇、农村居民医保参保率分别为96.1%和97.4%。", ["96.1%", "97.4%"]),
    # after a list of changes, the shares of the whole it is compared with stay shares or levels, never changes
    ("集成电路、智能手机产量分别增长12.0%、7.5%，分别占全国10.2%、21.4%。", ["21.4%"]),
    # a count after a list of changes is no item of it
    ("两类案件分别下降6.5%和3个。", ["3个"]),
])
def test_levels_and_shares_near_a_list_stay_levels(text, levels):
    got = dict(_roles(text))
    for c in levels:
        assert got[c] != "growth", (c, got)
