"""Shapes the metamorphic bench (benches/metamorphic.py, round 2 of 2026-12-05) showed the rules lost under a
meaning-preserving rewrite, tested with phrasings written for the test (names and numbers of my own; those marked
"corpus-like" are modelled on sentences of corpus/full, reworded):

* the word stating the amount added (共 / 共计 / 合计 / 达到 / 达) between what was added and its figure: the figure is
  still the addition, read against the stock after it (新建社区公园共38个，全区公园总数达到30个) or before it (总量达
  46.2万户，新登记达到52.1万户) — LG103 "added";
* what may stand between a whole and its breakdown (其中 / （含): a remark on where the whole ranks or that it set a
  record (，居全市第二， / ，连续三年居内地城市首位， / ，创历史新高，) and the whole's growth or share opened by 、 as by
  ， (达1.11万亿元、增长13.5%，其中… / …、增长10.9%（含…）) — LG103 parts and included parts;
* a part stated after its own change clause (其中，出口增长6%，达到474亿元；进口33亿元): its name is the one before the
  change, so a complete split (出口/进口, 城镇/乡村, 猪/牛/羊/禽肉) is still read — LG103 sums.
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


FOUND_GAP = [
    "全年发生生产安全事故45起，居全市各区最低，其中，工矿商贸事故26起，道路运输事故23起。",
    "进出口总额4878亿美元，连续三年居内地城市首位，其中出口2844亿美元、进口2534亿美元。",   # corpus-like
    "全县在校学生10209人，创历史新高，其中高中3153人、初中4158人、小学5039人。",
    "年末移动电话基站数31.4万个，位居全省第3位，其中4G基站17.3万个，5G基站23.6万个。",
    "全县共有卫生机构23个，居全市第二，其中，医院2所、卫生院28所。",
    "进出口总额达1.09万亿美元、增长10.9%（含出口1.2万亿美元）。",                          # corpus-like
    "新登记市场主体3.2万户、增长12%，其中企业2.1万户、个体工商户1.5万户。",
    "进出口总额4667亿美元，增长12.7%，跃居内地大中城市首位（含出口5068亿美元）。",          # corpus-like
]
SILENT_GAP = [
    "全年发生生产安全事故45起，居全市各区最低，其中，工矿商贸事故26起，道路运输事故19起。",
    "全市户籍人口120万人，居全省第三，其中男性62万人、女性58万人。",
    "进出口总额达1.09万亿美元、增长10.9%（含出口0.6万亿美元）。",
    "新登记市场主体3.6万户、增长12%，其中企业2.1万户、个体工商户1.5万户。",
    "全县在校学生10209人，居全市首位，其中，住校生6150人、走读生4059人。",
    "全县在校学生10209人，创历史新高，其中女生5100人、少数民族学生6200人。",  # attributes that may overlap
    "出口80亿元、增长5%、进口90亿元，其中加工贸易进口85亿元。",                  # 、 opens the next item, not a growth
]


@pytest.mark.parametrize("text", FOUND_GAP)
def test_found_across_the_gap(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_GAP)
def test_silent_across_the_gap(text):
    assert "LG103" not in codes(text), text


FOUND_NAMED_BEFORE_CHANGE = [
    "全年外贸进出口总额同比增长5%，达到660亿元，其中出口增长6%，达到474亿元；进口33亿元。",
    "全年外贸进出口总额同比增长5%，达到660亿元。其中，出口增长6%，达到474亿元；进口增长3%，达到33亿元。",
    "全年肉类产量比上年增长8.5%，达到73.3万吨。其中，猪肉产量增长9.0%，达到44.3万吨；牛肉产量下降2.7%，为3.9万吨；"
    "羊肉产量增长1.8%，达到0.6万吨；禽肉产量7.5万吨。",                                           # corpus-like
    "全县户籍人口比上年增长1.2%，达到58.1万人，其中城镇人口增长3.1%，达到35.2万人，乡村人口32.9万人。",
    "全年外贸进出口总额660亿元，同比增长5%。其中，出口增长6%，达到474亿元；进口33亿元。",
]
SILENT_NAMED_BEFORE_CHANGE = [
    "全年外贸进出口总额同比增长5%，达到507亿元，其中出口增长6%，达到474亿元；进口33亿元。",
    "全年肉类产量比上年增长8.5%，达到56.3万吨。其中，猪肉产量增长9.0%，达到44.3万吨；牛肉产量下降2.7%，为3.9万吨；"
    "羊肉产量增长1.8%，达到0.6万吨；禽肉产量7.5万吨。",
    "全县户籍人口比上年增长1.2%，达到68.1万人，其中城镇人口增长3.1%，达到35.2万人，乡村人口32.9万人。",
    "规模以上工业企业营业收入同比增长8.8%，达到509.4亿元；利润总额增长27.2%，达到55.5亿元。",     # two metrics
    "全年新增企业增长12%，达到1.2万家，其中外资企业增长5%，达到0.3万家，高新技术企业1.1万家。",   # may overlap
]


@pytest.mark.parametrize("text", FOUND_NAMED_BEFORE_CHANGE)
def test_found_named_before_change(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_NAMED_BEFORE_CHANGE)
def test_silent_named_before_change(text):
    assert "LG103" not in codes(text), text
