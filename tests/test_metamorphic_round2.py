"""Shapes the metamorphic bench (benches/metamorphic.py, round 2 of 2026-12-05) showed the rules lost under a
meaning-preserving rewrite, tested with phrasings written for the test (names and numbers of my own; those marked
"corpus-like" are modelled on sentences of corpus/full, reworded):

* the word stating the amount added (共 / 共计 / 合计 / 达到 / 达) between what was added and its figure: the figure is
  still the addition, read against the stock after it (新建社区公园共38个，全区公园总数达到30个) or before it (总量达
  46.2万户，新登记达到52.1万户) — LG103 "added".
Consistent statements and the traps next to each shape stay silent."""
import pytest

from fresh_set import codes

FOUND_ADDED = [
    "今年新建社区公园共38个，全区公园总数达到30个。",
    "全年新登记市场主体达到5.2万户，总量达4.6万户。",
    "新增高新技术企业共计420家，累计达到380家。",
    "市场主体总量达46.2万户，新登记达到52.1万户。",                 # the stock first (corpus-like)
    "新建绿道达310公里、累计达到286公里。",                          # corpus-like
    "新引进知名品牌合计216家，总数166家。",
]
SILENT_ADDED = [
    "今年新建社区公园共18个，全区公园总数达到130个。",
    "全年新登记市场主体达到5.2万户，总量达46.2万户。",
    "市场主体总量达46.2万户，新登记达到5.2万户。",
    "新增高新技术企业共计42家，累计达到380家。",
    "新开工项目达120个、总投资达80亿元。",                            # another measure: no stock of the projects
    "新增城镇就业共1.2万人，其中高校毕业生0.8万人。",                 # no total after it
    "新增企业共575家、增长12%，总数达1025家。",
    "新增贷款达到上年的120%，累计发放贷款达到80亿元。",               # a rate, not an amount added
]


@pytest.mark.parametrize("text", FOUND_ADDED)
def test_found_added(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_ADDED)
def test_silent_added(text):
    assert "LG103" not in codes(text), text
