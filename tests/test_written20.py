"""written20: shapes of shares and rates whose operands the engine did not read (the wordings are the tests' own).

* a share whose whole is named inside 在…中 instead of 占…的 (社保费收入在税费总收入中的比重为…; 在…中的占比, 在…中所占比例);
* the whole written in brackets inside 在…中 (在一般公共预算收入（52.4亿元）中的占比);
* a share opening the sentence after its part, its subject abbreviating the part's name (社保费 after 社会保险费);
* a whole named in full far before with the words a level's statement puts inside its name (园区全年实现税收收入 for
  园区税收总额), and a total named by its deed (占受理总数的 after 共受理…案件).

Each reading: a wrong figure reported, the consistent statement and near-misses silent.
"""
import pytest

from conftest import consistency_codes


# -- 在…中的比重 for 占…的比重 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 人社
    ("全年城镇新增就业5.2万人，其中高校毕业生2.1万人，在城镇新增就业中的比重为{}。", "40.4%", "46.4%"),
    # 司法
    ("全年办理法律援助案件2,400件，其中刑事案件960件，在全部法律援助案件中的比例达到{}。", "40.0%", "47.0%"),
    # 卫健, the share in the next sentence naming its part again
    ("全市医疗卫生机构共有床位36,000张。其中，民营医院床位9,000张。民营医院床位在床位总数中的占比为{}。", "25.0%", "31.0%"),
    # 财政, 所占的比重
    ("全年一般公共预算支出84.0亿元，其中教育支出16.8亿元，在一般公共预算支出中所占的比重为{}。", "20.0%", "26.0%"),
])
def test_share_whole_inside_zai_frame(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


def test_zai_frame_whole_not_stated_stays_silent(consistency_rules):
    # the whole of the frame (全省) is not stated: no count here is it
    text = "全市城镇新增就业5.2万人，其中高校毕业生2.1万人，高校毕业生在全省高校毕业生就业中的比重为6.5%。"
    assert consistency_codes(consistency_rules, text) == []
    # a frame naming where something happens, not a whole (在城区中的学校): no share's noun after it
    text = "全区新建学校12所，其中在城区中心布局7所，城区学校比例达到58.3%。"
    assert consistency_codes(consistency_rules, text) == []


# -- the whole in brackets inside 在…中 --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("全年税收收入41.6亿元，在一般公共预算收入（52.0亿元）中的占比为{}。", "80.0%", "86.0%"),
    ("全市规模以上工业企业研发费用18.9亿元，在全社会研发经费（27.0亿元）之中的比重达{}。", "70.0%", "76.0%"),
    ("全年网上办理事项4,500件，在受理事项（6,000件）中的占比为{}。", "75.0%", "69.0%"),
])
def test_bracketed_whole_inside_zai(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


# -- a subject abbreviating its part's name --------------------------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("全年组织各项税费收入150.0亿元。其中，社会保险费收入36.0亿元。社保费收入占税费收入的比重为{}。", "24.0%", "30.0%"),
    ("全年接待来访群众3,200人次。其中，集体来访800人次。集访人次占来访总量的{}。", "25.0%", "31.0%"),
])
def test_share_subject_abbreviates_part(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


def test_abbreviation_of_another_part_stays_silent(consistency_rules):
    # 社保 is not 社会救助: the subject names none of the parts before it
    text = "全年民政支出15.0亿元。其中，社会救助支出6.0亿元。社保补助占民政支出的比重为30.0%。"
    assert consistency_codes(consistency_rules, text) == []


# -- a whole far before, named with a level's filler words, or by its deed and 总数 -----------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("开发区全年实现税收收入60.0亿元。分产业看，电子信息产业贡献税收24.0亿元，装备制造业18.0亿元，其他18.0亿元。"
     "电子信息产业税收占开发区税收总额的{}。", "40.0%", "46.0%"),
    ("全县全年完成造林面积5.0万亩。分类型看，人工造林2.0万亩，封山育林3.0万亩。人工造林面积占全县造林总面积的{}。",
     "40.0%", "34.0%"),
])
def test_far_whole_named_with_filler(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


@pytest.mark.parametrize("text, right, wrong", [
    ("全年全市公安机关共受理治安案件2.40万起。在已查处的案件中，适用简易程序的0.96万起。简易程序案件占受理总数的{}。",
     "40.0%", "46.0%"),
    ("全年市场监管部门共受理投诉举报5,000件。经调查处理，通过调解化解的2,000件。调解化解件占受理总数的{}。",
     "40.0%", "46.0%"),
])
def test_total_named_by_its_deed(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


def test_total_by_deed_two_values_stays_silent(consistency_rules):
    # two totals of the deed with different values before the share: which one it is over is not clear
    text = ("上半年共受理投诉举报2,000件。全年共受理投诉举报5,000件。经调查处理，通过调解化解的1,500件。"
            "调解化解件占受理总数的75.0%。")
    assert consistency_codes(consistency_rules, text) == []


def test_share_of_a_summed_subject_stays_silent(consistency_rules):
    # the subject sums the two items (合计): neither item alone is the part, whatever whole is found
    text = ("全县共有农民专业合作社800家。其中，国家级示范社12家，省级示范社36家。示范社合计占全县合作社总数的6.0%。")
    assert consistency_codes(consistency_rules, text) == []
    text = ("开发区全年实现税收收入60.0亿元。分产业看，电子信息产业24.0亿元，装备制造业18.0亿元。"
            "两类产业合计占开发区税收总额的70.0%。")
    assert consistency_codes(consistency_rules, text) == []


# -- a share named by the deed of those it counts, then 的 (就读的比例) --------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 民政
    ("全县农村留守儿童共4,800人，其中接受结对帮扶的4,320人，接受结对帮扶的比例为{}。", "90.0%", "84.0%"),
    # 人社
    ("全市登记失业人员共12,500人，其中实现再就业的7,500人，实现再就业的比例达到{}。", "60.0%", "66.0%"),
    # 教育: the share first, its counts in the next sentence
    ("全县脱贫家庭学生享受学生资助的比例为{}。全县脱贫家庭学生共5,000人，其中享受学生资助的4,800人。", "96.0%", "90.0%"),
])
def test_share_named_by_deed(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


def test_deed_share_without_its_counts_stays_silent(consistency_rules):
    # no count of those who did the deed: the share is not checkable
    assert consistency_codes(consistency_rules,
                             "全市居民中经常参加体育锻炼的比例为40.0%，新建健身步道120公里。") == []
    assert consistency_codes(consistency_rules,
                             "全县登记失业人员共12,500人。全年开发公益性岗位800个，实现再就业的比例达到45.0%。") == []


# -- a total summing a 分别 list, named by the list's head noun (…在校生分别为A和B，义务教育阶段在校生合计T) ----------------

@pytest.mark.parametrize("text, right, wrong", [
    # 卫健
    ("全市一级、二级、三级医院床位分别为2,100张、3,400张和1,500张，医院床位合计{}张。", "7,000", "7,600"),
    # 林草
    ("全年人工造林、封山育林面积分别为1.2万亩和3.4万亩，造林面积合计{}万亩。", "4.6", "5.2"),
    # 体育
    ("全年省级、市级体育彩票公益金分别为1.8亿元、2.6亿元，体育彩票公益金合计{}亿元。", "4.4", "4.9"),
])
def test_total_summing_respective_list(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG103"]


@pytest.mark.parametrize("text", [
    # the area's whole (全区) may hold kinds not listed
    "全区小学、初中在校生分别为3.8万人和1.7万人，全区在校生合计7.9万人。",
    # 总数 names the whole of the noun, not the sum of the list
    "全市一级、二级医院床位分别为2,100张、3,400张，医院床位总数7,600张。",
    # two items named, three values: not the list of its kinds
    "全市城区、农村幼儿园分别新增学位1,200个、860个和540个，新增学位合计2,700个。",
    # the total names another noun than the list's head
    "全县高速公路、国省道分别为120公里、460公里，公路里程合计2,600公里。",
])
def test_total_after_respective_list_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


# -- a level's completion of its budget or plan between it and its change ---------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 财政
    ("全年一般公共预算收入完成40.0亿元，为调整预算的102.3%，比上年（32.0亿元）增长{}。", "25.0%", "20.0%"),
    # 税务
    ("全县税收收入完成18.6亿元，完成年度计划的103.2%，比上年增收1.2亿元，增长{}。", "6.9%", "9.9%"),
    # 发改
    ("全年全市重点项目完成投资120亿元，为年度计划的108.0%，比上年的100亿元增长{}。", "20.0%", "25.0%"),
])
def test_completion_between_level_and_change(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG201"]


def test_completion_then_planned_growth_stays_silent(consistency_rules):
    # a change with no basis after a target's completion may be the plan's: not read as the level's growth here
    assert consistency_codes(consistency_rules, "全市固定资产投资完成420亿元，为年度目标的105.0%，增长10.5%。") == []


# -- a change whose subject points back to the level (这一数额, 该数字) -----------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 科技
    ("全年登记技术合同成交额达到80.0亿元。这一数额比上年的64.0亿元增长{}。", "25.0%", "31.0%"),
    # 林草
    ("全年全市完成造林绿化面积12.5万亩，该数字较上年增加2.5万亩，增长{}。", "25.0%", "20.0%"),
    # 人社
    ("全年发放创业担保贷款6.0亿元。这一规模比上年的5.0亿元扩大{}。", "20.0%", "26.0%"),
])
def test_change_of_pointed_level(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG201"]


def test_pointed_percentage_stays_silent(consistency_rules):
    # the figure pointed back to is a rate: 这一比例 is no amount this reading binds
    assert consistency_codes(consistency_rules, "全市森林覆盖率达到42.0%。这一数字比上年提高1.5个百分点。") == []


# -- a target in a bracket right after its plan word (超额完成年度任务（2,800个）) -------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 卫健: 任务完成率 after the target's own clause
    ("全年新增普惠托位1,500个，超额完成年度任务（1,200个），任务完成率{}。", "125.0%", "131.0%"),
    # 人社: 完成年度目标的
    ("全年新增城镇就业2.4万人，超额完成年度目标（2万人），完成年度目标的{}。", "120.0%", "126.0%"),
    # 交通
    ("全年完成农村公路提档升级650公里，超额完成省下达任务（500公里），完成率{}。", "130.0%", "124.0%"),
])
def test_bracketed_target(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG102"]


def test_bracketed_figure_not_a_target_stays_silent(consistency_rules):
    # the bracket after 任务 holds a count of another measure: no target of the achieved figure's measure
    assert consistency_codes(consistency_rules,
                             "全年新增普惠托位1,500个，完成年度任务（12个项目），任务完成率131.0%。") == []


# -- a share whose subject sums the items before it (示范家庭农场合计占…) --------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 工信
    ("全市共有规模以上工业企业600家。其中，省级专精特新企业90家，国家级专精特新企业30家。"
     "专精特新企业合计占全市规模以上工业企业的{}。", "20.0%", "26.0%"),
    # 教育
    ("全区共有中小学校120所。其中，市级文明校园30所，区级文明校园45所。文明校园合计占全区中小学校的{}。", "62.5%", "68.5%"),
])
def test_share_of_summed_items(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


def test_summed_subject_naming_one_item_stays_silent(consistency_rules):
    # the subject's words name one item only (文明校园, not 平安校园): no sum of items is the part
    text = "全区共有中小学校120所。其中，市级文明校园30所，区级平安校园45所。文明校园合计占全区中小学校的68.5%。"
    assert consistency_codes(consistency_rules, text) == []


# -- those due (应参保) and those who did, named by the rate's verb written out (参加…保险的) -------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    # 人社
    ("全市参加工伤保险的42.0万人，应参保50.0万人，工伤保险参保率达到{}。", "84.0%", "90.0%"),
    # 医保
    ("全县参加基本医疗保险的58.8万人，应参保60.0万人，参保率{}。", "98.0%", "92.0%"),
    # 司法 (training)
    ("全年应参训执法人员1,200人，参加培训的1,140人，参训率{}。", "95.0%", "89.0%"),
])
def test_due_and_done_by_written_out_verb(consistency_rules, text, right, wrong):
    assert consistency_codes(consistency_rules, text.format(right)) == []
    assert consistency_codes(consistency_rules, text.format(wrong)) == ["LG101"]


def test_due_and_newly_added_stays_silent(consistency_rules):
    # those newly insured this year are not all who are insured
    assert consistency_codes(consistency_rules, "全市应参保50.0万人，新参加失业保险的2.0万人，参保率84.0%。") == []


def test_total_named_in_full_with_zongshu_still_read(consistency_rules):
    # (a guard: the deed-and-总数 reading adds to the name in full, 支出总数为N a paragraph before, never replaces it)
    text = "全县一般公共预算支出总数为50.0亿元。\n在支出总数中，用于民生的是40.0亿元，占支出总数的{}。"
    assert consistency_codes(consistency_rules, text.format("80.0%")) == []
    assert consistency_codes(consistency_rules, text.format("86.0%")) == ["LG101"]
