"""Parts and wholes by families of names (sums engineer, round 6, 2026-12-05): counts right after one-character names
glued together (省市县三级, 京津两市) and quoted names joined by 和/与/及 (``lintgov.claims.lists.enumerations``); later
stages along a list of stages (实施…，开工…、建成…) and 完成 of what was carried out (``classes.later_stage``); documents in
件 and 份, items of work in 个 and 项 (``classes.counted_alike``); the stages of a planned project (新建/续建) and 国内/涉外
as kinds (``classes.exclusive``, ``classes.attribute_words``); names along two splits (过夜/省外) are no siblings
(``classes.siblings``).  Each part: phrasings written for these tests (some modelled on the shape of corpus sentences,
with other names and numbers), each wrong variant found, and consistent traps that stay silent."""
import pytest

from fresh_set import codes
from lintgov.claims import classes

# (consistent, wrong) pairs
PAIRS = {
    "glued": [
        ("加快建立省市县三级政务数据共享机制。", "加快建立省市县四级政务数据共享机制。"),
        ("优化区街两级企业服务中心职能。", "优化区街三级企业服务中心职能。"),
        ("完善县乡村三级寄递物流体系。", "完善县乡村五级寄递物流体系。"),
        ("厘清市区两级事权和支出责任。", "厘清市区三级事权和支出责任。"),
        ("促进深港两地科研设施开放共享。", "促进深港三地科研设施开放共享。"),
        ("健全湘鄂赣三省毗邻地区合作机制。", "健全湘鄂赣四省毗邻地区合作机制。"),
        ("推动黑吉辽蒙四省区冰雪旅游联动。", "推动黑吉辽蒙五省区冰雪旅游联动。"),
        ("县乡村三级医疗服务网络不断健全。", "县乡村两级医疗服务网络不断健全。"),
    ],
    "quoted": [
        ("紧扣“一体化”和“高质量”两个关键词。", "紧扣“一体化”和“高质量”三个关键词。"),
        ("探索“集中安置”与“分散安置”两种方式。", "探索“集中安置”与“分散安置”三种方式。"),
        ("深入实施“强基”及“育苗”两项工程。", "深入实施“强基”及“育苗”四项工程。"),
        ("打响“源头治理”“诉源治理”和“系统治理”三项品牌。", "打响“源头治理”“诉源治理”和“系统治理”两项品牌。"),
        ("聚焦“扩容”和“提质”两个重点。", "聚焦“扩容”和“提质”三个重点。"),
    ],
    "stage": [
        ("全年实施重点项目128个，开工96个、建成54个。", "全年实施重点项目128个，开工96个、建成154个。"),
        ("推进城市更新项目46个，开工38个，完工21个。", "推进城市更新项目46个，开工38个，完工61个。"),
        ("实施为民办实事项目25项，已完成24项。", "实施为民办实事项目25项，已完成27项。"),
        ("推进改革任务60项，全部完成58项。", "推进改革任务60项，全部完成68项。"),
        ("实施老旧小区改造项目80个，完成改造72个。", "实施老旧小区改造项目80个，完成改造92个。"),
    ],
    "measure": [
        ("全年共制定行政规范性文件38件，其中以市政府名义印发12份。", "全年共制定行政规范性文件38件，其中以市政府名义印发42份。"),
        ("报送备案的规章和规范性文件共56份，其中规章7件。", "报送备案的规章和规范性文件共56份，其中规章70件。"),
        ("全年审查各类合同240份，其中涉外合同36件。", "全年审查各类合同240份，其中涉外合同260件。"),
        ("全年推进改革事项52个，其中重点改革事项18项。", "全年推进改革事项52个，其中重点改革事项58项。"),
        ("承担市级重点任务40项，其中牵头任务26个。", "承担市级重点任务40项，其中牵头任务46个。"),
    ],
    "kinds": [
        ("全年安排重点项目180个，其中新建项目72个，续建项目108个。", "全年安排重点项目180个，其中新建项目72个，续建项目128个。"),
        ("今年列入计划的项目96个，其中新开工项目40个、续建项目56个。", "今年列入计划的项目96个，其中新开工项目40个、续建项目66个。"),
        ("全年受理仲裁案件512件，其中国内案件448件，涉外案件64件。", "全年受理仲裁案件512件，其中国内案件448件，涉外案件94件。"),
        ("全年开通航线86条，其中国内航线70条，国际航线16条。", "全年开通航线86条，其中国内航线70条，国际航线26条。"),
        ("全年审结民商事案件320件，其中国内案件250件、涉外案件70件。", "全年审结民商事案件320件，其中国内案件250件、涉外案件90件。"),
    ],
}

TRAPS = {
    "glued": [
        "加快构建中央和省市县四级应急物资储备体系。",
        "推动沪苏浙皖三省一市共建示范区。",
        "京津冀及晋鲁豫六省市联合开展执法行动。",
        "深化武汉黄石两市港口合作。",
        "健全国家省市县四级疾控网络。",
        "惠及云浮、阳江、茂名、湛江4市。",
        "全市三级医院12家，县二级医院8家。",
        "省、市县两级共安排资金3.2亿元。",
        "持续做好全省市县两级财政保障。",
    ],
    "quoted": [
        "推进“最多跑一次”和“一网通办”两项改革。",
        "深入开展“双随机、一公开”和“互联网+监管”两项工作。",
        "全面推行“河长制”“湖长制”等三项制度。",
    ],
    "stage": [
        "全年开工建设保障性住房1,210套，竣工5,470套。",
        "全年受理投诉举报1,200件，办结1,260件。",
        "加快实施城中村改造项目30个，完成老旧小区改造218个。",
        "实施重点项目40个，累计完成投资186亿元，累计完成项目52个。",
        "排查隐患3,260处，整改3,400处。",
    ],
    "measure": [
        "全年审查规范性文件46件，印发文件汇编1,200份。",
        "全年审查规范性文件46份，其中发现问题52件。",
        "全年推进改革事项52个，其中涉及政策文件60项。",
    ],
    "kinds": [
        "全年安排重点项目150个，其中新建项目62个，续建项目70个。",
        "全年实施项目150个，其中续建项目90个，竣工项目80个。",
        "全年查处案件620件，其中涉企案件310件，涉外案件340件。",
        "全年接待游客1,860万人次，其中过夜游客1,120万人次，省外游客940万人次。",
        "全年新开工项目120个，其中新建项目80个，签约项目90个。",
    ],
}


@pytest.mark.parametrize("good,bad", [p for v in PAIRS.values() for p in v])
def test_pair(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


@pytest.mark.parametrize("text", [t for v in TRAPS.values() for t in v])
def test_trap_is_silent(text):
    assert codes(text) == []


def test_parts_have_phrasings_and_traps():
    for part in PAIRS:
        assert len(PAIRS[part]) >= 5 and len(TRAPS[part]) >= 3, part


def test_classes_answers():
    assert classes.exclusive(["新建项目", "续建项目"]) is not None
    assert classes.exclusive(["国内案件", "涉外案件"]) is not None
    assert not classes.attribute_words(["新建项目", "续建项目"])
    assert classes.attribute_words(["续建项目", "竣工项目"])
    assert not classes.siblings(["过夜游客", "省外游客"])
    assert classes.siblings(["本地游客", "外地游客"])
    assert classes.counted_alike("件", "份", "规范性文件", "以市政府名义印发") == "same"
    assert classes.counted_alike("份", "件", "规范性文件", "发现问题") is None
    assert classes.counted_alike("个", "项", "改革事项", "重点改革事项") == "same"
    assert classes.later_stage("实施项目", "已完成")
    assert not classes.later_stage("实施城中村改造项目", "完成老旧小区改造")
    assert not classes.later_stage("实施项目", "累计完成")
