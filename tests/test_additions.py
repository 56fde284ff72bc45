"""LG103 over :func:`lintgov.claims.stocks.additions`: a year's addition and the stock (or cumulative) it brings the
total to — 新增N家，总数达M家 / 累计达到M / 总量M / 运营总里程达M, the stock first (总量达T，新登记N), two 分别 lists
paired in order.  What was added is part of the total: more than it is an error.  The phrasings are lintgov's own;
each consistent one stays silent, each wrong one is found, and figures of other things stay unread."""
import pytest

from lintgov.claims.stocks import additions
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    "全年新增国家级专精特新企业38家，总数达到156家。",
    "新建社区公园12个、累计建成社区公园318个。",
    "新增城市绿道86公里，累计达到1,240公里。",
    "新引进高层次人才团队15个，总量达98个。",
    "新设外资企业2,016家，累计3.1万家。",
    "新增5G基站0.8万个、总数2.6万个。",
    "新开通地铁线路28公里，运营总里程达到412公里。",
    "全区经营主体总量达86.2万户，新登记9.8万户、增长6.1%。",
    "商事主体达到31.4万户，新设立4.2万户。",
    "市级、区级重点实验室分别新增6家和14家，总数分别达到42家和117家。",
    "新增供水能力12.5万吨/日、总供水能力186.0万吨/日。",
    "新增“一网通办”事项85项、累计达到1,126项。",
    "完成老旧小区改造64个、累计312个。",
    "当年投入民生资金28.6亿元，累计142亿元。",
    "新增旧城、新城等9个片区、总数达26个。",
    "新增科技企业孵化器12家，使总数达到86家。",
    "新增党员服务站18个，目前共有党员服务站240个。",
    "新增市级文明村镇16个，达到58个。",
    "全区养老机构床位累计达到4,200张，当年新增650张。",
    "全区社康机构总数增至102家，比上年新增3家。",
    # a total that is only a lower bound cannot be exceeded
    "新增科技型中小企业620家，总量突破600家。",
    # figures of other things, never read as an addition and its total
    "新增充电桩2.1万个，累计建成超充站360座。",
    "新增停车位800个，累计错峰共享停车位500个。",
    "新增上市企业20家、总部企业14家。",
    "新增社康机构44家，社区养老机构总数达30家。",
    "新增项目120个，总投资80亿元。",
    "新增就业岗位1.6万个，累计服务3.0亿人次。",
    "新增污水处理能力62.8万吨/日，总处理能力达到40万吨。",
    "新增企业500家，企业总数达300家以上。",
    "新增党员服务站18个，目前共有志愿服务队12个。",
    "完成投资50亿元，达到40亿元。",
    "新增就业岗位5000个，达到目标的125%。",
    # an increase in an amount and the level it reaches (round 5): the increase is not more than the level
    "城市轨道交通运营里程增加46.8公里、达到312.5公里。",
    "地铁运营里程增加46.8公里、达312.5公里。",
    "全市通用机场比上年增加3个、达到17个。",
    "人均地区生产总值五年增加2.6万元，达到11.3万元。",
    "城乡居民人均可支配收入增长1860元，达到4.27万元。",
    "发电装机同比增加420万千瓦、达4,860万千瓦。",
    "志愿者注册人数8.6万人（新增1.2万人）。",
    "新增总部企业14家、累计达到126家。",
    # levels that may be negative or are not stocks: never read
    "企业利润增加6亿元，达到2亿元。",
    "外贸顺差增加80亿元，达到30亿元。",
    "年平均气温增加1.5℃，达到0.8℃。",
    "新增项目120个，达产项目80个。",
]

WRONG = [
    "全年新增国家级专精特新企业388家，总数达到156家。",
    "新建社区公园412个、累计建成社区公园318个。",
    "新增城市绿道1,860公里，累计达到1,240公里。",
    "新引进高层次人才团队150个，总量达98个。",
    "新设外资企业4.2万家，累计3.1万家。",
    "新增5G基站3.8万个、总数2.6万个。",
    "新开通地铁线路428公里，运营总里程达到412公里。",
    "全区经营主体总量达86.2万户，新登记98.0万户、增长6.1%。",
    "商事主体达到3.4万户，新设立4.2万户。",
    "市级、区级重点实验室分别新增6家和140家，总数分别达到42家和117家。",
    "新增供水能力212.5万吨/日、总供水能力186.0万吨/日。",
    "新增“一网通办”事项1,185项、累计达到1,126项。",
    "完成老旧小区改造640个、累计312个。",
    "当年投入民生资金280.6亿元，累计142亿元。",
    "新增旧城、新城等29个片区、总数达26个。",
    "新增科技企业孵化器120家，使总数达到86家。",
    "新增党员服务站280个，目前共有党员服务站240个。",
    "新增市级文明村镇86个，达到58个。",
    "全区养老机构床位累计达到4,200张，当年新增6,500张。",
    "全区社康机构总数增至102家，比上年新增300家。",
    "城市轨道交通运营里程增加346.8公里、达到312.5公里。",
    "地铁运营里程增加346.8公里、达312.5公里。",
    "全市通用机场比上年增加23个、达到17个。",
    "人均地区生产总值五年增加12.6万元，达到11.3万元。",
    "城乡居民人均可支配收入增长5.1万元，达到4.27万元。",
    "发电装机同比增加5,420万千瓦、达4,860万千瓦。",
    "志愿者注册人数8.6万人（新增11.2万人）。",
    "新增总部企业140家、累计达到126家。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_consistent_addition_is_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_an_addition_larger_than_its_total_is_found(text):
    assert "LG103" in codes(text), text


def test_the_grammar_reads_the_pair_and_the_rule_shows_both():
    doc = Document("新设外资企业4.2万家，累计3.1万家。")
    (ad,) = additions(doc)
    assert (ad.added.value, ad.total.value) == (42000.0, 31000.0) and ad.verb == "新设"
    (f,) = [f for f in lint_text("新设外资企业4.2万家，累计3.1万家。", RULES, registry=REG) if f.code == "LG103"]
    assert "4.2万家" in f.message("en") and "3.1万家" in f.message("en")
    assert [r.start for r in f.related] == [doc.text.index("3.1万家")]


def test_paired_lists_are_read_in_order():
    doc = Document("市级、区级重点实验室分别新增6家和14家，总数分别达到42家和117家。")
    assert [(a.added.value, a.total.value) for a in additions(doc)] == [(6.0, 42.0), (14.0, 117.0)]
    # lists of different lengths are not paired
    assert additions(Document("分别新增6家和14家，总数分别达到42家、117家和9家。")) == []
