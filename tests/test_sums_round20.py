"""Parts and wholes of round 20 (sums engineer), phrasings written for the test, none taken from a report:

- a 其中 list continued past a comma with the whole's head noun left out (收到申请1,260件，其中依法受理820件，不予受理
  315件): each later part whose clause is a short label ending like the first part's (受理/受理, 公开/公开, A类/B类) is
  a part of the same whole, not more than it (``lintgov.claims.parts.continues_list``; never read as a complete breakdown);
- later stages without 其中 (``lintgov.claims.classes.STAGES``): what is treated by category or put on a works plan is
  among what was inspected (排查…，分类治理… / 排查…，列入整治计划…), what is sealed (封停) among what was checked, the
  stages of the projects on a plan among all it holds (累计列入计划项目…，在建项目…), what a review adjusts among what
  it reviewed (梳理…，调整…), the year's new starts among its construction programme (安排建设…，新开工…);
- the answers to one request exclude each other (予以公开/部分公开/不予公开, 依法受理/不予受理: ``classes.exclusive``), so
  together they are not more than the requests; a refusal beside what was done (不予受理 / 受理) is never a complete
  split (``classes.complete``): what was sent on or withdrawn is neither;
- two shares listed with 分别占 (or 分别占比) of names that exclude each other — sectors of the economy (工业 / 第三产业:
  ``classes.sectors_apart``) or any kinds ``classes.exclusive`` reads — are of one whole: not more than 100% together;
- a clause after a 其中 list that shares the whole's head noun but names another deed, another period or a total
  (新建学校…，其中…，改建学校… / 累计办理案件…) counts other things, and a 其中 part is no sibling of its whole in a
  total after them (受理案件300件，其中依法受理260件，共计办理980件): three false alarms of main.

Consistent statements stay silent; so do completions against this year's starts, a plan's new entries against the
projects under way, 整改 alone after 排查 (what is put right may have been found the year before), stages counted in
one year that are no subsets (立项/规划审批), and a clause after the list that names another period or a total."""

from fresh_set import code_checks

CONSISTENT = [
    "全年共收到行政复议申请1,260件，其中依法受理820件，不予受理315件，告知其他途径125件。",
    "全年办理政府信息公开申请860件，其中予以公开520件，部分公开180件，不予公开96件。",
    "全年办理政府信息公开申请860件。其中予以公开520件，部分公开180件，不予公开96件。",
    "全区共有社会组织1,420家，其中A类320家，B类260家。",
    "累计排查危险边坡373处，列入整治计划126处，完成整治55处。",
    "排查房屋15.8万栋，分类治理1.98万栋。",
    "检查“三小场所”2,893家，封停477家。",
    "累计列入计划项目62个，在建项目24个，竣工项目8个。",
    "共梳理出行政职权事项2,257项，调整行政职权事项123项。",
    "安排建设保障性住房6万套，新开工3万套，竣工1万套。",
    "全年共收到行政复议申请1,260件，其中依法受理820件、不予受理315件。",     # 125 sent on or answered otherwise
    "收到行政复议申请1,260件，受理、不予受理分别为820件、315件。",
    "全年收到政府信息公开申请860件，其中予以公开520件、部分公开180件、不予公开96件。",
    "第二产业、第三产业增加值分别占地区生产总值的38.5%和61.2%。",
    "其中工业和第三产业增加值分别占49.4%和47.4%。",
    "来信、来访、网上信访分别占比40%、35%、25%。",
]
SILENT_TRAPS = [
    "全年新开工保障性住房1,030套，竣工3,099套。",                      # completions of earlier starts
    "新列入城市更新单元计划3个，城市更新在建项目6个。",                  # entered the plan in earlier years
    "排查隐患3,260处，整改3,400处。",                                    # put right: found the year before too
    "完成更新单元计划立项14个、规划审批15个、开工建设项目7个。",          # stages counted in one year
    "建设社会公益停车场6个，其中4个为立体停车场，提供停车位573个。",      # another thing's figure
    "全年审结案件480件，其中维持320件，累计审结980件。",                  # another period
    "全年办理信息公开申请860件，其中予以公开520件，同比增长960件。",      # a change
    "全年培训干部1,200人次，其中处级干部300人次，培训基层群众3,600人次。",  # other people trained
    "获国家科技奖11项、中国专利金奖2项，分别占全市的65%和50%。",            # two different wholes
    "集成电路、工业机器人产量分别占全国54.8%、64.1%。",                      # two national totals
    "工业和制造业增加值分别占56.4%和47.4%。",                                # one holds the other
    "全年新建学校12所，其中小学7所，改建学校15所。",                         # another deed, the same head noun
    "全年受理案件300件，其中行政案件200件，累计办理案件980件。",              # another period
    "全年受理案件300件，其中依法受理260件，共计办理980件。",                  # a part is no sibling of its whole
]
WRONG = [
    "全年共收到行政复议申请1,260件，其中依法受理820件，不予受理1,315件，告知其他途径125件。",
    "全年办理政府信息公开申请860件，其中予以公开520件，部分公开180件，不予公开960件。",
    "全年办理政府信息公开申请860件。其中予以公开520件，部分公开180件，不予公开960件。",
    "全区共有社会组织1,420家，其中A类320家，B类2,260家。",
    "累计排查危险边坡373处，列入整治计划485处。",
    "累计排查危险边坡373处，列入整治计划126处，完成整治164处。",
    "排查房屋15.8万栋，分类治理19.8万栋。",
    "检查“三小场所”2,893家，封停3,761家。",
    "累计列入计划项目62个，在建项目24个，竣工项目80个。",
    "共梳理出行政职权事项2,257项，调整行政职权事项2,935项。",
    "安排建设保障性住房6万套，新开工8万套。",
    "全年办理政府信息公开申请860件，其中予以公开520件，部分公开180件，不予公开296件。",
    "全年共收到行政复议申请1,260件，其中依法受理1,066件、不予受理315件。",
    "全年作出行政许可决定3,200件，其中准予许可3,150件，不予许可120件。",
    "第二产业、第三产业增加值分别占地区生产总值的38.5%和66.2%。",
    "其中工业和第三产业增加值分别占56.4%和47.4%。",
    "工业和服务业增加值分别占全市生产总值的45.2%和60.1%。",
    "来信、来访、网上信访分别占比40%、35%、30%。",
    "全年新建学校12所，其中小学7所，新建学校15所。",
    "全年受理投诉860件，其中电话投诉520件，网络投诉480件。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
