"""benches/metamorphic.py: each meaning-preserving transformation rewrites what it should, keeps every figure's value,
and declines (None) where its guard says the meaning would change."""
import importlib.util
import os
import re
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benches"))
_spec = importlib.util.spec_from_file_location("metamorphic", os.path.join(ROOT, "benches", "metamorphic.py"))
mm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mm)
vs = mm.vs

CASES = {
    # name: [(input, expected output or None when the guard declines)]
    "qizhong_comma": [("收案420件，其中行政案件96件", "收案420件，其中，行政案件96件"),
                      ("收案420件，其中，行政案件96件", "收案420件，其中行政案件96件"),
                      ("审结案件300件", None)],
    "qizhong_sentence": [("收案420件，其中行政案件96件", "收案420件。其中，行政案件96件"),
                         ("其中行政案件96件", None)],
    "qizhong_bracket": [("收案420件，其中行政案件96件、民事案件80件", "收案420件（其中行政案件96件、民事案件80件）"),
                        ("收案420件，其中行政案件96件；民事案件80件", None),      # the breakdown runs past ；
                        ("收案420件，其中行政案件占多数", None)],                  # no figure after 其中
    "qizhong_han": [("新设企业500家，其中外资企业30家", "新设企业500家（含外资企业30家）"),
                    ("新设企业500家", None)],
    "tongbi": [("收入68亿元，比上年增长12.1%", "收入68亿元，同比增长12.1%"),
               ("收入68亿元，较上年增加7亿元", "收入68亿元，同比增加7亿元"),
               ("收入68亿元，比上年同期增长12.1%", None),                         # 比上年同期: another base word
               ("收入68亿元，比2019年增长12.1%", None)],
    "bishangnian": [("进出口508亿元，同比增长9.4%", "进出口508亿元，比上年增长9.4%"),
                    ("进出口508亿元，增长9.4%", None)],
    "jiaoshangnian": [("住户1.2万户，比上年减少300户", "住户1.2万户，较上年减少300户")],
    "yushangnian": [("税收45亿元，比上年增长8%", "税收45亿元，与上年相比，增长8%"),
                    ("税收45亿元，比上年多收3亿元", None)],
    "add_tongbi": [("出口值88亿元，增长7.7%", "出口值88亿元，同比增长7.7%"),
                   ("由30亿元增至45亿元，增长50%", None),                         # a span: 由…至
                   ("出口值88亿元，年均增长7.7%", None),
                   ("出口值88亿元，比上年增长7.7%", None)],
    "from_to": [("由216件增至549件，增长1.5倍", "从216件增加到549件，增长1.5倍"),
                ("从3.24万元提高到3.63万元，增长12%", "由3.24万元增至3.63万元，增长12%"),
                ("由4.5%下降到1.1%", "从4.5%降至1.1%"),
                ("由市本级承担120亿元", None),                                  # no end level
                ("从2019年的20家，发展到目前的35家", None)],
    "verb_up": [("收入9268元，增长10.4%", "收入9268元，增加10.4%"),
                ("比上年增加873元", "比上年增长873元"),
                ("优良率提高2.5个百分点", "优良率上升2.5个百分点"),
                ("由3.2万元提高到3.6万元", None)],                              # 提高到 states a level
    "verb_down": [("用户2.9万户，减少439户，下降1.5%", "用户2.9万户，下降439户，减少1.5%"),
                  ("发生率下降0.4个百分点", "发生率降低0.4个百分点"),
                  ("由4.5%下降到1.1%", None)],
    "verb_le": [("增长12%", "增长了12%"), ("增长较快", None)],
    "insert_da": [("其中企业162.5万户", "其中企业达162.5万户"),
                  ("比上年增收1.4亿元", None),                                   # a change, not a level
                  ("完成年度目标任务2000万美元的100.05%", None),                    # a target
                  ("2023年的68座", None),
                  ("新增荆州、孝感、黄冈3个城市", None)],                          # a count after the names
    "insert_dadao": [("审结行政复议案件312件", "审结行政复议案件达到312件")],
    "insert_gong": [("审结行政复议案件312件，其中维持200件", "审结行政复议案件共312件，其中维持200件"),
                    ("分别为312件", None),
                    ("城镇居民人均可支配收入43697元", None),                      # an average is no total
                    ("其中，财产险保费收入304.2亿元", None),                      # a part after 其中
                    ("其中，猪肉产量249.9万吨；牛肉产量17.1万吨", None)],          # …and after ；in its list
    "semicolon_sentence": [("出口80亿元；进口20亿元", "出口80亿元。进口20亿元"), ("出口80亿元，进口20亿元", None)],
    "list_semicolon": [("其中维持186件、撤销94件、驳回40件", "其中维持186件；撤销94件；驳回40件"),
                       ("由2.6万元增加到3.5万元、年均增长6.5%", None),             # a clause, not an item
                       ("新增充电桩16.1万个、累计28.7万个", None),
                       ("分别为186、94、40件", None)],                           # bare figures of a 分别 list
    "list_comma": [("其中维持186件、撤销94件", "其中维持186件，撤销94件")],
    "cn_counts": [("受理案件1230件，办结1208件", "受理案件一千二百三十件，办结一千二百零八件"),
                  ("建成公园107.9座", None),                                     # decimals stay in digits
                  ("2019年建成", None), ("第3批", None)],
    "cn_percent": [("纠错率为12.5%", "纠错率为百分之十二点五"), ("出生率7.71‰", "出生率千分之七点七一"),
                   ("提高2.5个百分点", None)],
    "cn_multiple": [("增长2.6倍", "增长二点六倍"), ("增长260%", None)],
    "add_commas": [("审结12345件", "审结12,345件"), ("审结123件", None), ("2023年", None)],
    "drop_commas": [("审结12,345件", "审结12345件"), ("审结12345件", None)],
    "fullwidth": [("增长12.5%", "增长１２．５％"), ("增长较快", None)],
    "wan_scale": [("户数446110户", "户数44.611万户"), ("投入36500万元", "投入3.65亿元"),
                  ("户数9999户", None), ("收入2.3万元", None)],
    # round 2 (2026-12-05)
    "growth_first": [("出口值88亿元，同比增长7.7%", "出口值同比增长7.7%，达到88亿元"),
                     ("用户2.9万户，比上年减少439户", "用户比上年减少439户，为2.9万户"),
                     ("住户共1.2万户，增加300户", "住户增加300户，达到1.2万户"),        # 共 before the level dropped
                     ("出口值88亿元，年均增长7.7%", None),                            # an average rate: no clause
                     ("由30亿元增至45亿元，增长50%", None),                            # a span's end, not a level
                     ("粮食单价2.6元，上涨3%", None),                                  # a price / no change verb
                     ("纠错率12.5%，提高2个百分点", None)],                            # a rate, not a level
    "remark_record": [("出口值88亿元，同比增长7.7%", "出口值88亿元，创历史新高，同比增长7.7%"),
                      ("出口值88亿元，下降7.7%", None),                               # a fall: no record
                      ("出口值88亿元", None)],
    "remark_rank": [("审结案件312件，其中维持200件", "审结案件312件，居全省前列，其中维持200件"),
                    ("出口值88亿元，下降7.7%", "出口值88亿元，居全省前列，下降7.7%"),
                    ("比上年增收1.4亿元，其中税收0.1亿元", None),                      # a change, not a level
                    ("其中维持200件", None)],
    "year_qunian": [("收入9268元，比上年增加873元", "收入9268元，比去年增加873元"),
                    ("较上年同期下降3%", "较去年同期下降3%"),
                    ("上年度结转资金12亿元", None)],
    "fenbie_items": [("其中教育、卫生和住房分别投入44.1、21.6和11.8亿元",
                      "其中教育投入44.1亿元，卫生投入21.6亿元，住房投入11.8亿元"),
                     ("出口、进口分别为80亿元和20亿元", "出口为80亿元，进口为20亿元"),
                     ("普及率分别达83%和80.8%", None),                                # one name for two figures
                     ("游客人次、人均花费年均分别增长4.4%、5.4%", None),                # 年均 belongs to every name
                     ("出口、进口分别为80亿元、20亿元和5亿元", None),                    # the counts do not pair
                     ("存款、贷款余额分别达3169亿元和2292亿元，增长23.9%和28.2%", None),  # a second list refers to it
                     ("甲、乙分别新增12项和44项，累计分别达到64项和288项", None)],
    "qizhong_reorder": [("收案420件，其中行政案件96件、民事案件80件", "收案420件，其中民事案件80件、行政案件96件"),
                        ("人口58万人，其中城镇人口25万人，乡村人口33万人", "人口58万人，其中乡村人口33万人，城镇人口25万人"),
                        ("收案420件，其中行政案件96件、其他案件80件", None),             # the rest: its place counts
                        ("收案420件，其中行政案件96件，增长5%", None),                   # a change, not an item
                        ("收案420件，其中行政案件96件", None),                          # one item
                        ("住房112万平方米，其中保障房项目7个、面积44万平方米", None)],   # an attribute, not a part
    "qizhong_yishi": [("收案420件，其中行政案件96件、民事案件80件", "收案420件，其中：一是行政案件96件；二是民事案件80件"),
                      ("收案420件，其中行政案件96件、民事案件占多数", None)],
    "items_fenbie": [("收案420件，其中行政案件96件、民事案件80件", "收案420件，其中行政案件、民事案件分别为96件、80件"),
                     ("人口58万人，其中城镇人口25万人，乡村人口33万人", "人口58万人，其中城镇人口、乡村人口分别为25万人、33万人"),
                     ("收案420件，其中行政案件96件、其余案件80件", None),
                     ("收案420件，其中行政案件96件", None)],
    "year_jinnian": [("全年实现增加值68亿元", "今年实现增加值68亿元"),
                     ("完成全年目标任务的105%", None),
                     ("全年平均气温18度", None)],
    "wan_whole": [("户籍人口581184人，其中城镇人口252258人", "户籍人口58.1184万人，其中城镇人口252258人"),
                  ("投入36500万元，其中省级12000万元", "投入3.65亿元，其中省级12000万元"),
                  ("户籍人口5811人，其中城镇人口2522人", None),                    # below 万
                  ("户籍人口581184人", None)],                                    # no breakdown
    "cn_parts": [("收案420件，其中行政案件96件、民事案件80件", "收案420件，其中行政案件九十六件、民事案件八十件"),
                 ("新设企业500家（含外资企业30家）", "新设企业500家（含外资企业三十家）"),
                 ("其中行政案件96件", None),                                      # no whole before the breakdown
                 ("收案420件，其中行政案件96.5件", None)],
    # round 3 (meta17)
    "bishangnian_tongqi": [("出口额52亿元，同比下降4.2%", "出口额52亿元，比上年同期下降4.2%"),
                           ("出口额52亿元，较上年同期下降4.2%", None),               # already 同期
                           ("出口额52亿元，下降4.2%", None)],
    "insert_leiji": [("全年调解纠纷850起，其中婚姻家庭纠纷210起", "全年调解纠纷累计850起，其中婚姻家庭纠纷累计210起"),
                     ("调解纠纷比上年多40起", None)],                                    # a change, not a level
    "insert_wei": [("实有市场主体4.3万户", "实有市场主体为4.3万户"),
                   ("市场主体达4.3万户", None)],                                          # a verb already
    "insert_gongji": [("接待来访群众1260人次，其中集体访35批", "接待来访群众共计1260人次，其中集体访35批"),
                      ("人均接待12人次", None)],                                         # an average
    "list_he": [("办理提案315件、建议420件、意见58件", "办理提案315件、建议420件和意见58件"),
                ("办理提案315件，建议420件", None)],
    "list_ji": [("新建学校6所、医院3所；改造道路12条", "新建学校6所及医院3所；改造道路12条"),
                ("新建学校6所", None)],
    "sentence_growth": [("粮食产量61万吨，比上年减少2万吨", "粮食产量61万吨。比上年减少2万吨"),
                        ("粮食产量61万吨，比上年减少2万吨，其中稻谷40万吨", "粮食产量61万吨。比上年减少2万吨，其中稻谷40万吨"),
                        ("粮食产量61万吨", None)],
    "qizhong_colon": [("立案查处320件，其中，食品类88件", "立案查处320件，其中：食品类88件"),
                      ("立案查处320件", None)],
    "zengfu": [("税收收入45亿元，同比增长8.3%", "税收收入45亿元，同比增幅为8.3%"),
               ("亏损企业减少12%", "亏损企业降幅为12%"),
               ("税收收入增加3亿元", None)],                                          # an amount, not a rate
}


def test_every_transformation_has_cases():
    assert set(CASES) == set(mm.TRANSFORMS)
    for name, cases in CASES.items():
        assert any(out is not None for _, out in cases), name   # it applies somewhere
        assert mm.TRANSFORMS[name].__doc__, name


@pytest.mark.parametrize("name,inp,out", [(n, i, o) for n, cs in CASES.items() for i, o in cs])
def test_transformation(name, inp, out):
    assert mm.TRANSFORMS[name](inp) == out


def _values(s):
    """Every figure's value in base units (the validity study's reader as the oracle; full width folded)."""
    s = s.translate(str.maketrans("０１２３４５６７８９．％", "0123456789.%"))
    s = vs._mask(s).replace("□□□", "")       # 百分之 / 千分之 read as the bare numeral
    out = []
    for m in vs.NUM_RE.finditer(s):
        v, _, _ = vs.parse_number(m.group(0))
        tail = s[m.end():]
        out.append(round(v * vs.unit_scale(tail), 6))
    return sorted(out)


NUMERALS = ("cn_counts", "cn_percent", "cn_multiple", "add_commas", "drop_commas", "fullwidth", "wan_scale", "wan_whole",
            "cn_parts")
#: transformations that move figures: they keep every figure, not the order
REORDERING = ("growth_first", "qizhong_reorder")


@pytest.mark.parametrize("name", NUMERALS)
def test_numeral_transformations_keep_every_value(name):
    for inp, out in CASES[name]:
        if out is not None:
            assert _values(out) == _values(inp), (inp, out)


def test_wording_transformations_keep_the_figures_as_printed():
    num = re.compile(r"\d[\d,.]*")
    for name, cases in CASES.items():
        if name in NUMERALS:
            continue
        for inp, out in cases:
            if out is not None:
                if name in REORDERING:
                    assert sorted(num.findall(out)) == sorted(num.findall(inp)), (name, inp, out)
                else:
                    assert num.findall(out) == num.findall(inp), (name, inp, out)


def test_transformation_applies_alike_to_a_planted_quote():
    """The bench applies a transformation to the consistent and to the planted quote: a planted figure is rewritten
    the same way (百分之十二点五 → 百分之十五点五 stays a percentage in Chinese numerals)."""
    assert mm.cn_percent("纠错率为15.5%") == "纠错率为百分之十五点五"
    assert mm.wan_scale("户数579943户") == "户数57.9943万户"


def test_bench_on_one_label(tmp_path):
    corpus = os.path.join(ROOT, "..", "shared", "corpus", "full")
    if not os.path.isdir(corpus):
        corpus = "/work/shared/corpus/full"
    if not os.path.isdir(corpus):
        pytest.skip("the shared corpus is not here")
    labels = [l for l in vs.load_labels() if l["id"] == "v059"]
    res = mm.run(corpus, labels, ["verb_le", "cn_counts"], vs.Linter())
    assert res["base"]["found"] >= 1
    for row in res["transforms"].values():
        assert row["applicable"] == 1 and row["plants"] >= 1
        assert row["false_alarms"] == 0
