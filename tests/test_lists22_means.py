"""The mean per member of a parallel list (session 22, lists engineer), wordings written for the test, none taken from a
report: a value stated as a mean per unit right after a 分别 list (村均, 平均每个社区, 平均每个园区), whose unit the list's
head counts as many times as it has values (三个社区, 两个园区) or every member's name ends with (南岭村、北坡村和石桥村),
is the sum of the values over their number (``lintgov.claims.lists.list_means``; LG108 with the printed precision of
every figure and 1% more).  An average per person or household listed with 分别 (人均花费分别为…) is each member's value of
a list of its measure over its value of a list counting the units (``claims.lists.list_averages``).

Silent: consistent means; 人均 after a list of villages (per person, not per member); a mean of another metric (村均
经营性收入); a mean over all the villages of a town after a list of two of them."""

from fresh_set import code_checks

CONSISTENT = [
    "全镇东岭、西坪、南湾三个村的村集体经济收入分别为92万元、61万元和47万元，村均66.7万元。",
    "甲、乙、丙三个社区的服务人口分别为8,400人、6,200人和5,900人，平均每个社区6,833人。",
    "东区、西区两个园区的入驻企业分别为126家和94家，平均每个园区110家。",
    "南岭村、北坡村和石桥村分别新建入户道路4.2公里、3.6公里和2.1公里，村均3.3公里。",
    "东湖景区和西山景区分别接待游客64.2万人次、38.5万人次，分别实现旅游收入4.6亿元、2.1亿元，人均花费分别为717元和545元。",
    "城东街道和城西街道分别为困难家庭发放救助金186万元、142万元，分别惠及620户、473户，户均救助分别为3,000元和3,002元。",
]

SILENT_TRAPS = [
    "全镇东岭、西坪、南湾三个村分别发放补贴86万元、54万元和38万元，人均1,200元。",
    "全镇东岭、西坪、南湾三个村的村集体经济收入分别为86万元、54万元和38万元，村均经营性收入20万元。",
    "全镇12个村中，东岭、西坪两村集体经济收入分别为86万元、54万元，村均31万元。",
    # a change per head is no average of the totals listed
    "东湖景区和西山景区分别接待游客64.2万人次、38.5万人次，分别实现旅游收入4.6亿元、2.1亿元，人均增收分别为120元和95元。",
    # two lists of the average's measure: either may be the total; 3.9亿元/64.2万 = 607 fits
    "东湖景区和西山景区分别接待游客64.2万人次、38.5万人次，分别实现旅游收入4.6亿元、2.1亿元，分别带动消费3.9亿元、1.7亿元，人均花费分别为607元和442元。",
]

WRONG = [
    "全镇东岭、西坪、南湾三个村的村集体经济收入分别为92万元、61万元和47万元，村均72.7万元。",
    "甲、乙、丙三个社区的服务人口分别为8,400人、6,200人和5,900人，平均每个社区7,833人。",
    "东区、西区两个园区的入驻企业分别为126家和94家，平均每个园区120家。",
    "南岭村、北坡村和石桥村分别新建入户道路4.2公里、3.6公里和2.1公里，村均3.9公里。",
    "东湖景区和西山景区分别接待游客64.2万人次、38.5万人次，分别实现旅游收入4.6亿元、2.1亿元，人均花费分别为717元和645元。",
    "城东街道和城西街道分别为困难家庭发放救助金186万元、142万元，分别惠及620户、473户，户均救助分别为3,600元和3,002元。",
]

test_silent, test_found = code_checks("LG108", CONSISTENT + SILENT_TRAPS, WRONG)
