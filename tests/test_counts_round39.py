"""Counts and the items they count, read in more shapes (lintgov.claims.lists; checked by LG103), round 39: counts of
ten to nineteen before numbered items (十个方面工作：⏎（一）…（十）; 十件实事：一是…十是), a quoted count term closing right
before its colon (“十大亮点”：一是…), a paragraph's numbered items whose last one goes on over several sentences or is
followed by a closing sentence (no word there names more things), places named with their city first before a count of
places below a county (广州南沙、深圳前海蛇口三大片区: each name is one of the places), names after a modifier ending
with 的 (总计…的甲、乙两家), a quoted count of things each named with a numeral word closing the quote (“六个一”工作体系：一张
表、一份清单…; “七个一百”：百篇…、百部…).  Phrasings written for the test (not the labelled sentences of round 39)."""

from fresh_set import code_checks

TEN = "".join(f"（{n}）第{n}项工作内容。\n" for n in "一二三四五六七八九十")
TWELVE = TEN + "（十一）第十一项工作内容。\n（十二）第十二项工作内容。\n"
TEN_SHI = "；".join(f"{n}是办好第{n}件事" for n in "一二三四五六七八九十") + "。"

CONSISTENT = [
    "今年重点做好以下十个方面工作：\n" + TEN + "三、加强政府自身建设\n",
    "重点抓好十方面工作。\n" + TEN + "三、加强政府自身建设\n",
    "重点抓好以下十二个方面：\n" + TWELVE + "三、加强政府自身建设\n",
    "今年将继续办好十件民生实事：" + TEN_SHI,
    "全区发展呈现“十大亮点”：" + TEN_SHI,
    # the last item over several sentences, then a sentence closing the list
    "主要有以下三个方面：一是投资增长乏力。项目储备不足。二是消费恢复偏慢。三是财政收支紧平衡。债务压力较大，"
    "保障能力有待提升。对这些问题，我们将采取有力措施加以解决。",
    "重点抓了四件大事。一是建成地铁。二是建成医院。三是建成学校。四是建成公园。公园面积达到历史最高水平。",
    # places named with their city first
    "广州黄埔、深圳宝安、珠海金湾三大片区新增企业1.2万家。",
    "支持佛山顺德、东莞松山湖两大片区加快发展。",
    # names after a modifier ending with 的
    "高标准建成总计3000余张床位的城东、城西两家隔离酒店。",
    "推动城市与乡村的规划、建设、管理、服务“四个统筹”。",
    # a quoted count of things each named with a numeral word
    "“四个一”工作体系：一张企业表、一份项目清单、一套政策工具包、一支服务队伍。",
    "“三个一百”精品工程：指百部精品图书、百名宣讲能人、百个示范基地。",
    "“五个千方百计”：千方百计稳就业、千方百计稳外贸、千方百计稳投资、千方百计促消费、千方百计保民生。",
]
SILENT_TRAPS = [
    "至少有十个突出亮点：" + TEN_SHI.replace("十是办好第十件事", "十是办好第十件事；十一是办好第十一件事"),
    # a term of several counts before the colon: the items are not the last count's
    "可以概括为“三个提高、五个增多、两个新成效”：一是收入提高；二是投资提高；三是消费提高。",
    # the sentences after the last item name more things: no most
    "问题主要有两类：一是投入不足。二是机制不活。此外，还有一些地方存在作风问题。",
    # places holding the places counted (no city first), a list closed by 等
    "宝安、龙岗八大组团规划编制完成。",
    "推进前海湾、大空港、铁石水源等三大片区水环境治理。",
    # a city alone before the count: it may hold the places counted
    "深圳、广州三个片区加快建设。",
    # a numeral word with figures after the colon (a work description, not the items), a comma after the first item
    "“两个一千万”工程：加快建设甲大厦、乙园区等特色产业园10个。",
    "“三个一”服务模式：每家企业一位领导挂点，一个部门牵头，一支团队服务。",
    # ten numbered sections with a number out of turn (（五） missing): not read
    "重点做好以下十个方面工作：\n" + TEN.replace("（五）第五项工作内容。\n", "") + "三、加强政府自身建设\n",
]
WRONG = [
    "今年重点做好以下十一个方面工作：\n" + TEN + "三、加强政府自身建设\n",
    "重点做好以下十个方面工作：\n" + TEN.replace("（十）第十项工作内容。\n", "") + "三、加强政府自身建设\n",
    "重点抓好十二方面工作。\n" + TEN + "三、加强政府自身建设\n",
    "重点抓好以下十个方面：\n" + TWELVE + "三、加强政府自身建设\n",
    "今年将继续办好十二件民生实事：" + TEN_SHI,
    "全区发展呈现“十三大亮点”：" + TEN_SHI,
    "主要有以下五个方面：一是投资增长乏力。项目储备不足。二是消费恢复偏慢。三是财政收支紧平衡。债务压力较大，"
    "保障能力有待提升。对这些问题，我们将采取有力措施加以解决。",
    "重点抓了六件大事。一是建成地铁。二是建成医院。三是建成学校。四是建成公园。公园面积达到历史最高水平。",
    "广州黄埔、深圳宝安、珠海金湾四大片区新增企业1.2万家。",
    "支持佛山顺德、东莞松山湖三大片区加快发展。",
    "高标准建成总计3000余张床位的城东、城西三家隔离酒店。",
    "推动城市与乡村的规划、建设、管理、服务“六个统筹”。",
    "“五个一”工作体系：一张企业表、一份项目清单、一套政策工具包、一支服务队伍。",
    "“四个一百”精品工程：指百部精品图书、百名宣讲能人、百个示范基地。",
    "“七个千方百计”：千方百计稳就业、千方百计稳外贸、千方百计稳投资、千方百计促消费、千方百计保民生。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
