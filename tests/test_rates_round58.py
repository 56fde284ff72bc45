"""Rates and shares as drafters state them (round 58, rates engineer).

* **The base's verb far from its count.** A rate's base is the count named by the verb of its clause (审结 for 败诉率 and
  纠错率), and that verb may stand more than 14 characters before the count when the object is long
  (一审审结以市、区政府为被告的行政诉讼案件218件).  On main 8be9f5b only the 14 characters before the count were read, so
  the base was not recognised and the rate went unchecked (w1-005).  The whole clause naming the count
  (``claims.rates.own_words``) is now read as well, strictly: the rate's known base word must be in it.
* **A part among a whole told with 有.** 全区142个村（社区）已有139个配备法律顾问 is the same relation as
  142个村中已有139个 (``claims.ratios.among``): the whole's words end right before (已经|已)有, never 拥有/具有/没有
  (a possession), 就有/才有 (每10名常住人口就有1名义工: a per-unit figure), 尚有/还有/仍有 (the rest, read as the
  complement by the rate readers).  On main only 中 closed such a whole (w1-008).
* **A share over the sum of a list.** 办理人大代表建议186件、政协提案234件，其中涉及民生领域的273件，占…65.0%: after a list of
  two or three counts of one measure, a 其中 part larger than every item is a part of the items together
  (``claims.rates.list_share``); read only when no single count can be the whole.  On main the share went unchecked
  (w1-027).
* **Those due and those who did, in any order.** 参保人数达到120万人，参保率96%，应参保人数125万人: the base named 应V and
  the numerator named by V alone when no count is named 实V (``claims.rates.due_and_actual``); never a count of those
  added (新增参保) or a part (其中).  On main only 实V/实际V was read (w1-167, written in Chinese numerals).
* **The whole, the rate, then its part** (受理3,600件，调解成功率95.0%，调解成功3,420件) and **two bases** (应参考600人，实际参考
  570人，参考率95.0%，考试合格513人，合格率90.0%: the rate of the whole, named like it, between the whole and the part):
  ``claims.rates.adjacent_triple``.  On main the first needed a rate with a known base, the second read no whole.
* **Tenths with 多 and 约**: 一成多 is 10%–20% (on main: anything above 10%), 约一成 is read as 一成 (±5 points; on main the
  rate's name was not found across 约).
* **A share or rate that moved to its value**: 占…比重由上年的18.2%提高到31.5% (the base is the words before 由; on main
  the change was read as part of the base's name), 占比由…提高到 (on main no name was found before 由), 败诉率降至6.5% (降至,
  降到, 下降到… read as a copula like 升至; on main a rate that fell was not read).
* **A share opening its sentence** with a subject naming a part of the sentence before (涉企226件、涉农84件…。涉企案件占
  53.8%): read across the 。 when the subject shares a word of its own (not a generic head such as 案件) with the part.
* **A whole inside 在…中 before 占** (行政机关败诉的有17件，在一审判决的204件中占8.3% / 在一般公共预算收入128.9亿元中的占比;
  上述三个领域…在全区5,208次…中占到66.0%: the list's sum), ``claims.rates._whole_inside_zai``; on main the whole was taken
  for the part.
* **A bare 占比 over the one figure of the sentence before** (全市常住人口1,268.6万人。60岁及以上老年人口270.2万人，占比21.3%),
  named with the part's head noun or a word of its own (``claims.rates._whole_line_before``).
* **A wider area's whole named by its scope alone** (占全省的23.1%，全省372家): ``claims.ratios.area_shares`` (on main the
  whole's clause had to repeat the part's name).
* **The base in a bracket right after the rate** (复议后起诉率为11.4%（全年作出复议决定316件）), the numerator before it:
  the one count of the bracket is the base the rate names (on main only a known base word made it one).
* **A part after 其中 whose words the rate's word abbreviates** (持证率 of 其中持有执法证件的1,248名, 建档率 of 建立健康档案):
  ``claims.rates.rate_numerators`` reads ``_abbreviates`` there (on main only among 中-wholes).
* **A per-unit average before the units it is over**: 发放低保金2.16亿元，人均6,000元，保障对象3.6万人 — the first figure of
  the clause right after the average, of its units (LG108 ``_per_unit``; on main only a count stated as a total, 共…).
* **A structure of the three sectors in percentages** (三次产业结构由5%、40%、55%调整为4%、38%、58%, also 百分之…): each list
  of three adds up to 100 (LG106; on main only a:b:c and 分别为 lists were read).

Phrasings of our own (the numbers are made up; the arithmetic is in the comment), written in several constructions
after reading how the reports of corpus/full state these shapes.  Each pair is once consistent (no arithmetic or
year-over-year finding) and once with one wrong figure (a finding of the rule named).  The traps are consistent
statements a naive reading would flag, or statements of which no reading is certain."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


# (id, consistent text, the figure as printed, the wrong figure, the rule that must find the wrong one)
PAIRS = [
    # -- the base's verb more than 14 characters before its count -------------------------------------------------------
    ("b1", "全市法院一审审结以市、区政府为被告的行政诉讼案件218件。其中行政机关败诉19件，败诉率8.7%。",
     "8.7%", "13.7%", "LG101"),                                                    # 19/218 = 8.72%
    ("b2", "全年审结以区政府及其部门为被告的一审行政诉讼案件150件，行政机关胜诉132件，胜诉率88.0%。",
     "88.0%", "80.0%", "LG101"),                                                   # 132/150
    ("b3", "行政复议机关审结涉及市场监管、城市管理等领域的案件342件，直接纠错38件，纠错率11.1%。",
     "11.1%", "15.1%", "LG101"),                                                   # 38/342 = 11.11%
    ("b4", "本年度法院审结以街道办事处和区直部门为被告的行政案件96件，败诉6件，败诉率6.3%。",
     "6.3%", "9.3%", "LG101"),                                                     # 6/96 = 6.25%
    ("b5", "市行政复议局全年审结申请人不服区级部门作出的具体行政行为的案件420件，直接纠错63件，纠错率为15.0%。",
     "15.0%", "19.0%", "LG101"),                                                   # 63/420
    # -- a part among a whole told with (已)有 ------------------------------------------------------------------------------
    ("h1", "全区142个村（社区）已有139个配备法律顾问，覆盖率97.9%。", "97.9%", "91.9%", "LG101"),   # 139/142 = 97.89%
    ("h2", "全市38所公立医院有35所开通预约挂号服务，覆盖率92.1%。", "92.1%", "98.1%", "LG101"),   # 35/38 = 92.11%
    ("h3", "全县236个行政村已经有220个建成综合文化服务中心，建成率93.2%。", "93.2%", "96.2%", "LG101"),  # 220/236 = 93.22%
    ("h4", "全区80所中小学校已有76所配备专职法治副校长，配备率95.0%。", "95.0%", "90.0%", "LG101"),  # 76/80
    ("h5", "辖区内56个社区已有49个建成“智慧调解室”，覆盖率达87.5%。", "87.5%", "81.5%", "LG101"),   # 49/56
    # -- a share over the sum of a list, the part after 其中 ----------------------------------------------------------------
    ("l1", "全年共办理人大代表建议186件、政协提案234件，其中涉及民生领域的273件，占建议提案总数的65.0%。",
     "65.0%", "59.0%", "LG101"),                                                   # 273/420
    ("l2", "全年共办理人大代表建议186件、政协提案234件，其中涉及民生领域的273件，占比65.0%。",
     "65.0%", "59.0%", "LG101"),
    ("l3", "新建公园12个、口袋公园30个，其中位于城中村周边的35个，占比83.3%。", "83.3%", "80.3%", "LG101"),  # 35/42
    ("l4", "受理行政复议申请212件和行政应诉案件98件，其中涉及征地拆迁的186件，占60.0%。",
     "60.0%", "66.0%", "LG101"),                                                   # 186/310
    ("l5", "全年查处食品案件140宗、药品案件95宗，其中适用简易程序的150宗，约占63.8%。",
     "63.8%", "69.8%", "LG101"),                                                   # 150/235 = 63.83%
    # -- those due (应V) and those who did (V), in any order ---------------------------------------------------------
    ("d1", "参保人数达到一百二十万人，参保率百分之九十六，应参保人数一百二十五万人。",
     "百分之九十六", "百分之八十六", "LG101"),                                         # 120/125
    ("d2", "全区参保人数42.2万人，应参保人数42.8万人，参保率98.6%。", "98.6%", "92.6%", "LG101"),  # 42.2/42.8 = 98.6%
    ("d3", "应出庭案件152件，负责人出庭146件，出庭率96.1%。", "96.1%", "91.1%", "LG101"),            # 146/152 = 96.05%
    ("d4", "年度学法考试参考率为94.4%，应参考人员860人，参考812人。", "94.4%", "90.4%", "LG101"),    # 812/860 = 94.42%
    ("d5", "签约居民3.6万人，应签约重点人群4.0万人，签约率90.0%。", "90.0%", "85.0%", "LG101"),     # 3.6/4.0
    # -- the whole, the rate, then its part, clause after clause ---------------------------------------------------------
    ("w1", "全年受理人民调解案件3,600件，调解成功率95.0%，调解成功3,420件。", "95.0%", "90.0%", "LG101"),   # 3420/3600
    ("w2", "排查矛盾纠纷1,250宗，化解率96.8%，化解1,210宗。", "96.8%", "91.8%", "LG101"),             # 1210/1250
    ("w3", "全年征集立法建议480条，采纳率为35.0%，采纳168条。", "35.0%", "40.0%", "LG101"),          # 168/480
    ("w4", "今年排查安全隐患8,000项，整改率99.5%，已整改7,960项。", "99.5%", "94.5%", "LG101"),       # 7960/8000
    ("w5", "抽检食品2,400批次，合格率98.5%，合格2,364批次。", "98.5%", "95.5%", "LG101"),             # 2364/2400
    # -- two bases: the rate of the whole between the whole and the part (参考率 then 合格率) ---------------------------
    ("c1", "应参加考试人员600人，实际参考570人，参考率95.0%，考试合格513人，合格率90.0%。",
     "合格率90.0%", "合格率80.0%", "LG101"),                                            # 513/570 (513/600 = 85.5%)
    ("c2", "应到代表300人，实到285人，出席率95.0%，其中发言代表57人，发言率20.0%。",
     "发言率20.0%", "发言率25.0%", "LG101"),                                            # 57/285 (57/300 = 19%)
    # -- tenths with 多 and 约 (一成多 is 10%–20%, 约一成 5%–15%) ---------------------------------------------------------
    ("t1", "全年审结480件，纠错60件，纠错率一成多。", "60件", "120件", "LG101"),                # 60/480 = 12.5%
    ("t2", "全年审结480件，纠错60件，纠错率约一成。", "60件", "120件", "LG101"),
    ("t3", "全年审结480件，其中直接纠错60件，占比一成多。", "60件", "120件", "LG101"),
    ("t4", "全年受理劳动争议案件900件，调解结案310件，调解结案率三成多。", "310件", "410件", "LG101"),  # 34.4%
    ("t5", "全年受理劳动争议案件900件，其中调解结案310件，约占三成。", "310件", "410件", "LG101"),  # 34.4% (25–35)
    # -- a share or rate that moved to its value (由上年的X%提高到Y%, 降至Y%): Y is this year's, over this year's counts ----
    ("f1", "新能源汽车产量12.6万辆，占全市汽车产量的比重由上年的18.2%提高到31.5%，全市汽车产量40.0万辆。",
     "31.5%", "37.5%", "LG101"),                                                   # 12.6/40.0
    ("f2", "全市汽车产量40.0万辆，其中新能源汽车产量12.6万辆，占比由上年的18.2%提高到31.5%。",
     "31.5%", "37.5%", "LG101"),
    ("f3", "全年法院审结一审行政诉讼案件200件，行政机关败诉13件，败诉率降至6.5%。", "6.5%", "9.5%", "LG101"),  # 13/200
    ("f4", "行政诉讼败诉率下降到6.5%。全年法院审结一审行政诉讼案件200件，行政机关败诉13件。", "6.5%", "9.5%", "LG101"),
    ("f5", "全年抽检食品2,400批次，不合格36批次，不合格率由上年的2.1%降至1.5%。", "降至1.5%", "降至1.9%", "LG101"),
    # -- a share opening its sentence, its subject naming the part stated in the sentence before ----------------------
    ("n1", "全年受理行政复议申请420件，涉企226件、涉农84件、其他110件。涉企案件占53.8%。", "53.8%", "58.8%", "LG101"),
    ("n2", "受理投诉1,500件，其中食品类600件、药品类300件。食品类投诉占40.0%。", "40.0%", "45.0%", "LG101"),
    ("n3", "全年新增城镇就业5.82万人，高校毕业生2.46万人。高校毕业生占42.3%。", "42.3%", "48.3%", "LG101"),
    # -- a whole inside 在…中 before 占 (the part before 在; 上述三个… points back to a list: its sum) ---------------------
    ("i1", "全年行政机关败诉的有17件，在一审判决的204件中占8.3%。", "8.3%", "14.3%", "LG101"),
    ("i2", "其中调解结案的有310件，在受理的900件劳动争议案件中占34.4%。", "34.4%", "40.4%", "LG101"),
    ("i3", "直接纠错的案件有38件，在审结的342件中占11.1%。", "11.1%", "15.1%", "LG101"),
    ("i4", "公办园在园幼儿3.2万人，在全区在园幼儿5.0万人中占64.0%。", "64.0%", "70.0%", "LG101"),
    ("i5", "税收收入96.4亿元，在一般公共预算收入128.9亿元中的占比达到74.8%。", "74.8%", "80.8%", "LG101"),
    ("i6", "市场监管领域执法检查1,862次、生态环境领域964次、交通运输领域613次，上述三个领域检查次数在全区5,208次行政执法检查中占到66.0%。", "66.0%", "72.0%", "LG101"),
    # -- a bare 占比 whose whole is the one figure of the sentence before, named with the part's head ----------------
    ("e1", "全市常住人口1,268.6万人。60岁及以上老年人口270.2万人，占比21.3%。", "21.3%", "27.3%", "LG101"),
    ("e2", "全年受理行政复议案件420件。涉企案件226件，占比53.8%。", "53.8%", "58.8%", "LG101"),
    ("e3", "全区共有行政执法人员2,400名。持证执法人员2,160名，占比90.0%。", "90.0%", "95.0%", "LG101"),
    ("e4", "全年办理政务服务事项386.4万件。网上办理305.2万件，占比79.0%。", "79.0%", "73.0%", "LG101"),
    ("e5", "全市规上工业企业1,860家。高新技术企业1,024家，占比55.1%。", "55.1%", "60.1%", "LG101"),
    # -- a share of a wider area whose whole is named by the scope alone after it (，全省372家 / （全省372家）) -----------
    ("a1", "全市境内上市公司达到86家，占全省的23.1%，全省372家。", "23.1%", "29.1%", "LG101"),
    ("a2", "全市境内上市公司达到86家，占全省的23.1%（全省372家）。", "23.1%", "29.1%", "LG101"),
    ("a3", "全区高新技术企业1,024家，占全市的12.8%，全市8,000家。", "12.8%", "18.8%", "LG101"),
    ("a4", "本市进出口总额5,200亿元，占全省的30.6%，全省1.7万亿元。", "30.6%", "36.6%", "LG101"),
    ("a5", "全县粮食产量31.2万吨，占全市的15.6%；全市200万吨。", "15.6%", "20.6%", "LG101"),
    # -- the base in a bracket right after the rate, its numerator before it -------------------------------------------
    ("k1", "经复议后又提起行政诉讼的案件36件，复议后起诉率为11.4%（全年作出复议决定316件）。", "11.4%", "17.4%", "LG101"),
    ("k2", "调解成功2,980件，调解成功率96.1%（全年受理调解案件3,100件）。", "96.1%", "91.1%", "LG101"),
    ("k3", "按时办结诉求18,137件，按时办结率97.3%（受理诉求18,640件）。", "97.3%", "92.3%", "LG101"),
    ("k4", "采纳意见126条，采纳率30.0%（共收到意见420条）。", "30.0%", "35.0%", "LG101"),
    ("k5", "整改到位7,960项，整改率99.5%（排查隐患8,000项）。", "99.5%", "94.5%", "LG101"),
    # -- a part after 其中 named by words the rate's one word abbreviates (持证: 持有执法证件; 建档: 建立健康档案) ---------
    ("v1", "全区在编行政执法人员1,286名，其中持有执法证件的1,248名，持证率97.0%。", "97.0%", "91.0%", "LG101"),
    ("v2", "全市常住居民120万人，其中建立健康档案的108万人，建档率90.0%。", "90.0%", "95.0%", "LG101"),
    ("v3", "全县农户4,200户，其中通上天然气的3,360户，通气率80.0%。", "80.0%", "85.0%", "LG101"),
    ("v4", "全区适龄妇女5.2万人，其中参加两癌筛查的4.68万人，筛查率90.0%。", "90.0%", "95.0%", "LG101"),
    ("v5", "全市中小学286所，其中配备专职心理教师的275所，配备率96.2%。", "96.2%", "91.2%", "LG101"),
    # -- a per-unit average with the people (households, firms) it is over in the clause right after it -------------------
    ("p1", "全年发放低保金2.16亿元，人均6,000元，保障对象3.6万人。", "6,000元", "7,000元", "LG108"),       # 2.16亿/3.6万
    ("p2", "全年发放创业担保贷款3.6亿元，人均30万元，扶持创业者1,200人。", "30万元", "36万元", "LG108"),
    ("p3", "全年发放临时救助金1,560万元，人均1,200元，救助困难群众1.3万人。", "1,200元", "1,500元", "LG108"),
    ("p4", "全年发放住房租赁补贴9,600万元，户均8,000元，受益家庭1.2万户。", "8,000元", "9,000元", "LG108"),
    ("p5", "全年兑现惠企资金12.6亿元，平均每家企业42万元，惠及企业3,000家。", "42万元", "52万元", "LG108"),
]

#: three percentages of the three sectors after the head of a structure (LG106): they add up to 100
STRUCTURES = [
    ("s1", "三次产业结构由5%、40%、55%调整为4%、38%、58%。", "38%", "48%"),
    ("s2", "三次产业结构调整为4.2%、38.6%、57.2%。", "38.6%", "42.6%"),
    ("s3", "三次产业比重分别为百分之四、百分之三十八、百分之五十八。", "百分之三十八", "百分之四十八"),
    ("s4", "三次产业结构由百分之五、百分之四十、百分之五十五调整为百分之四、百分之三十八、百分之五十八。",
     "百分之四十、", "百分之五十、"),
    ("s5", "一二三产业增加值结构优化为3.5%、41.2%和55.3%。", "41.2%", "45.2%"),
]


@pytest.mark.parametrize("sid,text,fig,wrong", STRUCTURES, ids=[s[0] for s in STRUCTURES])
def test_structure_in_percentages(sid, text, fig, wrong):
    assert findings(text) == []
    got = findings(text.replace(fig, wrong, 1))
    assert "LG106" in {f.code for f in got}, (sid, [(f.code, f.message()) for f in got])


@pytest.mark.parametrize("pid,text,fig,wrong,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_consistent_is_silent(pid, text, fig, wrong, code):
    got = findings(text)
    assert got == [], [(f.code, f.message()) for f in got]


@pytest.mark.parametrize("pid,text,fig,wrong,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_wrong_figure_is_found(pid, text, fig, wrong, code):
    assert fig in text
    got = findings(text.replace(fig, wrong, 1))
    assert code in {f.code for f in got}, (pid, [(f.code, f.message()) for f in got])


def test_the_list_sum_is_shown_as_the_whole():
    got = [f for f in findings("全年共办理人大代表建议186件、政协提案234件，其中涉及民生领域的273件，占比59.0%。")
           if f.code == "LG101"]
    assert got and "186件+234件" in got[0].message(), [f.message() for f in got]


TRAPS = [
    # a per-unit figure, not a part among a whole (就有)
    ("t1", "全区每10名常住人口就有1名义工，义工注册率达10%。"),
    # what is left (尚有) is not the numerator of a completion rate
    ("t2", "110项区政府重点工作尚有9项未按期完成，完成率91.8%。"),
    # a possession (拥有): 500 beds of one home are no part of the homes
    ("t3", "全区建成1所拥有500个养老床位的区级养老院，入住率达80%。"),
    # 其中 after one item only breaks down that item: the share is of an unstated whole
    ("t4", "全年受理行政复议申请312件，其中涉及征收拆迁的205件，占全市的41%。"),
    # the part is not larger than every item: it may be of the last item alone (no list sum read)
    ("t5", "全年查处食品案件140宗、药品案件95宗，其中适用简易程序的80宗，占比34.0%。"),
    # a count of those newly insured is not those insured
    ("t6", "应参保人数42.8万人，新增参保1.2万人，参保率98.6%。"),
    # the base's verb in the clause names another action than the rate's base (受理, not 审结)
    ("t7", "全年受理以市、区政府为被告的行政诉讼案件218件，行政机关败诉19件，败诉率12.0%。"),
    # a whole with 有 but the rate names another thing than the part's verb (5G, not the cultural centres)
    ("t8", "全县236个行政村已有220个建成综合文化服务中心，5G覆盖率98.0%。"),
    # growths of the three sectors are no structure
    ("t9", "三次产业结构持续优化，增加值分别增长3.1%、5.2%和6.5%。"),
    # a structure of two sectors (the first left out) need not add up to 100
    ("t10", "二、三产业比重调整为38.5%、58.3%。"),
    # 一成多 is more than a tenth: 12.5% fits
    ("t11", "全年审结480件，纠错60件，纠错率一成多，较上年有所下降。"),
    # a rate between a whole and a count of another thing (满意率 over the replies, not the visits)
    ("t12", "全年受理群众来访1,200批次，满意率98.0%，回访1,100批次。"),
    # the value a share moved from is last year's: not over this year's counts (12.6/40.0 = 31.5%)
    ("t13", "新能源汽车产量12.6万辆，占全市汽车产量的比重由上年的22.0%提高到31.5%，全市汽车产量40.0万辆。"),
    # the share's subject shares only a generic head (案件) with the count before: 涉农 cases are not stated
    ("t14", "全年受理行政复议案件420件，涉企案件226件。涉农案件占20.0%。"),
    ("t15", "全年新增城镇就业5.82万人，高校毕业生2.46万人。农民工占38.3%。"),
    # after a per-unit average: a part (其中新增), visits (人次) or a change are no count of the units it is over
    ("t16", "全年发放技能培训补贴4,800万元，人均1,600元，其中新增培训3万人。"),
    ("t17", "全年发放低保金2.16亿元，人均6,000元，惠及困难群众3.6万人次。"),
    ("t18", "全年发放低保金2.16亿元，人均6,000元，保障对象较上年增加0.2万人。"),
    # 12个区 is no whole of 2.1万户 (another measure); no whole figure inside 在…中
    ("t19", "全区新增市场主体2.1万户，在全市12个区中增量排名第三，占全市新增的15.0%。"),
    ("t20", "涉企案件226件，在受理的案件中占53.8%。"),
    # the sentence before names another thing (律师, not 公证员) / holds no figure of the share's part
    ("t21", "全区有律师800名。公证员120名，占比10%。"),
    ("t22", "全年受理行政复议案件420件，同比增长5%。涉农案件占比20%。"),
    # the area's clause names another thing (新增) or another year (上年)
    ("t23", "全市境内上市公司达到86家，占全省的29.1%，全省新增上市公司37家。"),
    ("t24", "全市境内上市公司达到86家，占全省的29.1%，全省上年372家。"),
    # a bracket holding no count, or a count of other things (回访人数), or a part (其中)
    ("t25", "调解成功2,980件，调解成功率96.1%（较上年提高1.2个百分点）。"),
    ("t26", "办结诉求18,137件，满意率98.0%（回访1,200人）。"),
    ("t27", "按时办结诉求18,137件，按时办结率97.3%（其中网上办结12,000件）。"),
    # the part's words abbreviate another word (自来水 is not 通气)
    ("t28", "全县农户4,200户，其中通上自来水的3,360户，通气率95.0%。"),
    # a sibling in the sentence before, not a whole (corpus/full 181: 文化产业 is not 金融业; no total or scope word)
    ("t29", "文化产业增加值456.9亿元、增长7.5%。金融业增加值占GDP比重达4.1%。"),
    ("t30", "文化产业增加值456.9亿元。金融业增加值4.6亿元，占比4.1%。"),
]


@pytest.mark.parametrize("tid,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_is_silent(tid, text):
    got = findings(text)
    assert got == [], [(f.code, f.message()) for f in got]
