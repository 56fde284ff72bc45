"""Parts after 其中 of kinds that exclude each other by what they are (session 22, lists engineer), wordings written
for the test, none taken from a report:

- what a legislature or a clean-up does with one regulation (制定/修改/废止/批准): one act per draft counted
  (``lintgov.claims.classes.SCALES``); the administrative classes of roads (高速公路/普通国省道/农村公路/专用公路,
  农村公路 holding 县道/乡道/村道 and 普通国省道 holding 普通国道/普通省道: never summed with them); the stock before a
  date and what was added after it (存量/新增: a complete split, ``classes.SPLITS``);
- a figure counted per unit (每千名老年人拥有…, 人均, 户均) after the parts ends their list: it is a ratio, no part
  (``lintgov.claims.parts.PER_UNIT_LABEL``);
- a 其中 opening its sentence breaks down the nearest count of its parts' measure in the sentence before, past a count
  of another measure (事故47起、死亡39人。其中，…事故18起).

Consistent statements stay silent; so do lists that fall short of their whole (其中 leaves kinds out), nested classes,
expressways beside 国道 (counted under both), a per-unit figure after the parts, and 新增 beside a total stock."""

from fresh_set import code_checks

CONSISTENT = [
    "人大常委会本年度共审议地方性法规案11件，其中制定6件、修改4件、废止1件。",
    "全年共审查批准法规12件，其中制定7件，修改3件，废止2件。",
    "本轮清理涉及规章23部，其中修改15部、废止8部。",
    "全县公路通车里程达到6,842公里，其中高速公路318公里、普通国省道1,204公里、农村公路5,320公里。",
    "全省公路总里程21.4万公里，其中高速公路0.9万公里，普通国省道2.6万公里，农村公路17.9万公里。",
    "全年累计拆除违法建筑31.5万平方米，其中存量违法建筑27.9万平方米、新增违法建筑3.6万平方米。",
    "年末全区共有养老床位9,420张，其中机构养老床位6,180张、社区养老床位3,240张，每千名老年人拥有养老床位41张。",
    "年末全县共有医疗卫生机构床位5,620张，其中医院床位4,380张，卫生院床位1,050张，每千人拥有床位6.2张。",
    "全年共发生道路交通事故62起、死亡18人。其中，货车事故21起，客车事故9起，摩托车事故30起。",
    "全年发生火灾事故214起、直接经济损失860万元。其中，居民住宅火灾事故132起，交通工具火灾事故41起。",
]

SILENT_TRAPS = [
    # a list that leaves kinds out: the parts fall short of the whole
    "人大常委会本年度共审议地方性法规案11件，其中制定5件、修改4件。",
    "全县公路通车里程达到6,842公里，其中高速公路318公里、普通国省道1,204公里。",
    # nested classes: 农村公路 holds 县道; expressways may be counted under 国道 as well
    "全县公路通车里程达到6,842公里，其中农村公路5,320公里、县道1,650公里。",
    "全市公路里程3,900公里，其中高速公路420公里、国道610公里、省道980公里、农村公路2,600公里。",
    # 拟制定 is a plan, not an act done
    "年度立法计划安排项目9件，其中拟制定6件、修改5件。",
    # a per-unit figure after the parts is no part: 3,120 + 2,460 < 5,620 and 6.2 is per thousand
    "年末全县共有医疗卫生机构床位5,620张，其中医院床位3,120张，卫生院床位2,460张，户均床位0.8张。",
    # 新增 beside the stock at the end of the year: the new ones are in the stock
    "年末全市共有市场主体18.6万户，其中新增市场主体2.9万户。",
    # another measure's count before 其中: the parts count the accidents, the dead are another measure
    "全年共发生道路交通事故62起、死亡18人。其中，货车事故21起，客车事故9起。",
]

WRONG = [
    "人大常委会本年度共审议地方性法规案11件，其中制定6件、修改7件、废止1件。",
    "本轮清理涉及规章23部，其中修改19部、废止8部。",
    "全县公路通车里程达到6,842公里，其中高速公路318公里、普通国省道1,704公里、农村公路5,320公里。",
    "全省公路总里程21.4万公里，其中高速公路0.9万公里，普通国省道3.6万公里，农村公路17.9万公里。",
    "全年累计拆除违法建筑31.5万平方米，其中存量违法建筑24.9万平方米、新增违法建筑3.6万平方米。",
    "全年累计拆除违法建筑35.5万平方米，其中存量违法建筑27.9万平方米、新增违法建筑3.6万平方米。",
    "年末全区共有养老床位9,420张，其中机构养老床位6,780张、社区养老床位3,240张，每千名老年人拥有养老床位41张。",
    "全年共发生道路交通事故62起、死亡18人。其中，货车事故21起，客车事故19起，摩托车事故30起。",
    "全年发生火灾事故214起、直接经济损失860万元。其中，居民住宅火灾事故162起，交通工具火灾事故61起。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
