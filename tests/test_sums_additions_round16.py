"""LG103 over :func:`lintgov.claims.stocks.additions`, three shapes of real reports (round 13 of the validity study) in
phrasings of lintgov's own: two additions listed with their names and the stocks they bring the totals to after
总数/总量/累计分别 (新增…108家、…966家，总数分别达到1563家和5333家); an addition stated with 近 (just under X: at
most a tenth below, as rules/yoy.py reads 近 for changes); a total named over every kind of the thing added (全区各类托育
服务机构总托位 after 新增托位).  Consistent phrasings stay silent, wrong ones are found; the traps (growth rates after
分别, another measure, 近 that still fits, a total of one other kind) stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


PAIRS = [
    ("新增规上工业企业86家、国家高新技术企业412家，总数分别达到930家和3,120家。",
     "新增规上工业企业986家、国家高新技术企业412家，总数分别达到930家和3,120家。"),
    ("全年新增专精特新企业52家、“小巨人”企业9家，总量分别达到318家和41家。",
     "全年新增专精特新企业52家、“小巨人”企业49家，总量分别达到318家和41家。"),
    ("新增市级孵化器7个、众创空间15个，累计分别达到43个和96个。",
     "新增市级孵化器7个、众创空间115个，累计分别达到43个和96个。"),
    ("新增上市公司4家、新三板挂牌企业11家，全区总数分别达到37家和120家。",
     "新增上市公司40家、新三板挂牌企业11家，全区总数分别达到37家和120家。"),
    ("新增普惠性幼儿园12所、公办幼儿园9所，总数分别为98所、61所。",
     "新增普惠性幼儿园12所、公办幼儿园69所，总数分别为98所、61所。"),
    ("新增托位近3,000个，总托位达到6,450个。",
     "新增托位近8,000个，总托位达到6,450个。"),
    ("新增养老床位近1,200张，总数达到5,600张。",
     "新增养老床位近7,200张，总数达到5,600张。"),
    ("新增托位近3,000个，全区各类托育服务机构总托位达6,450个。",
     "新增托位近7,500个，全区各类托育服务机构总托位达6,450个。"),
    ("引进高层次人才1,360人，全区各类人才总量达到42万人。",
     "引进高层次人才50万人，全区各类人才总量达到42万人。"),
]

SILENT = [
    # growth rates after 分别: no stocks
    "新增规上工业企业86家、国家高新技术企业412家，总数分别增长12%和15%。",
    # another measure after 分别
    "新增规上工业企业86家、国家高新技术企业412家，总产值分别达到930亿元和3,120亿元。",
    # 近 reads down to a tenth below: 近7,000 may be 6,300
    "新增托位近7,000个，总托位达到6,450个。",
    # a total of another kind of the thing (民办), not every kind
    "新增公办学位8,000个，全区民办学校总学位达到6,450个。",
    # 各类 over another thing than what was added
    "新增充电桩9,000个，全区各类充电站总数达到6,450个。",
]


@pytest.mark.parametrize("ok,wrong", PAIRS)
def test_consistent_is_silent_and_the_wrong_one_is_found(ok, wrong):
    assert "LG103" not in codes(ok), ok
    assert "LG103" in codes(wrong), wrong


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert "LG103" not in codes(text), text
