"""Counts and the items they count, read in more shapes (lintgov.claims.lists; checked by LG103), round 44: terms of
several counts glossed by their items in the term's order, each item opening or closing with its group's noun (三线一单：
A红线、B底线、C上线、D清单; 两学一做：学…、学…，做…), glossed terms separated by a comma before a term of one (“三化”是指A、B、
C，“一体”是指…) or glossed with 即 (“两组团”即A和B), sections numbered 一、 after a count closing its line (the headings of
level one, from 一 on), items numbered 1.…N. or （1）…（N） after a count in its paragraph, and paragraphs led by —— after a
count closing its line.  Phrasings written for
the test (not the labelled sentences of round 44).  Also names before a count read in more forms: a quoted list of names
and any noun after the count (“巡查+检测+执法”三网; “区-街”两级; “决策、执行、管理”三公开), the nouns 篇 and 者 (A、B、C三者;
五篇大文章), 件 in a quoted count (A、B、C“三件大事”), levels of government after a figure (66条河流配备区、街道、社区三级)."""

from fresh_set import code_checks

SECTIONS6 = "".join(f"{n}、第{n}方面工作\n这一方面的具体内容。\n" for n in "一二三四五六")
ITEMS10 = "".join(f"{i}.完成第{i}项工作。" for i in range(1, 11))
BRACKET4 = "".join(f"（{i}）实施第{i}项计划。" for i in range(1, 5))

CONSISTENT = [
    # a term of several counts, its items in order, each with its group's noun
    "12.“两带一区”：东部生态带、西部滨海带、中部产业区。",
    "5.三园两港：科技园、文化园、物流园、空港、海港。",
    "8.“两站一中心”：指社区工作站、党群服务站和社区服务中心。",
    "3.两学两做：学理论、学政策，做表率、做实事。",
    "6.一网两平台：城市运行一张网、政务服务平台、基层治理平台。",
    # a group's noun longer than the word its items share: its first character
    "2.两快工作法、三严责任链：快受理、快办结，严审核、严监管、严问责。",
    # glossed group by group, a comma before the term of one
    "4.“两河一湖”：“两河”指东河、西河，“一湖”指南湖。",
    "9.“一带两组团”：“一带”即滨河产业带，“两组团”即商贸组团和制造组团。",
    # sections numbered 一、 after a count closing its line (the review's list before it)
    "一、过去一年回顾\n工作回顾的内容。\n二、主要问题\n问题的内容。\n今年重点做好以下六个方面工作：\n" + SECTIONS6,
    "我们将着力抓好六方面工作。\n" + SECTIONS6 + "各位代表，让我们团结奋斗。\n",
    # items numbered in the count's paragraph
    "重点推进“十项工作”：" + ITEMS10 + "\n下一段落。\n",
    "二是实施四大行动计划。" + BRACKET4 + "\n三是下一项。\n",
    # paragraphs led by —— after a count closing its line
    "今年工作要做到“三个坚持”：\n——坚持稳中求进。\n——坚持改革创新。\n——坚持人民至上。\n今年主要预期目标是：",
    "重点把握好两个方面。\n——稳增长。\n——防风险。\n各位代表！",
    # names before a count, in more forms
    "推行“网格+热线+平台”三网联动治理模式。",
    "建立“市-区”两级调度专班。",
    "全面推行“预算、采购、支付”三公开。",
    "做好普惠金融、绿色金融、数字金融三篇文章。",
    "实现效率、公平、安全三者兼顾。",
    "抓好教育、医疗、养老“三件实事”。",
    "全区38个水库配备区、街道、社区三级库长共96名。",
]
SILENT_TRAPS = [
    # no name says which group it is in
    "7.两湖一岭：东山水库、西山水库和南岭。",
    "2.三馆一城：科技馆、少年宫、美术馆、书城。",
    # a list closed by 等, figures in the items, a definition
    "3.“两新一重”：新型基础设施，新型城镇化，交通、水利等重大工程。",
    "4.“三区三线”：城镇空间、农业空间、生态空间和生态保护红线、永久基本农田、城镇开发边界。",
    "5.三化两性：对产业体系建设的要求。",
    # an unfinished list before the count (the report's chapters 一、二、三) may go on inside the sections: the
    # count may be the chapters' last number
    "一、回顾\n内容。\n二、目标\n内容。\n三、今年工作\n今年重点做好三个方面工作：\n一、甲\n内容。\n二、乙\n内容。\n三、丙\n"
    "内容。\n四、加强政府自身建设\n内容。\n",
    # a number out of turn in the items
    "重点推进“十项工作”：" + ITEMS10.replace("5.完成第5项工作。", "") + "\n下一段落。\n",
    # the next line goes on with the next number
    "重点推进“三项工作”：1.完成甲。2.完成乙。3.完成丙。\n4.完成丁。\n",
    # a long noun after the count closing its sentence (an award's name): the paragraphs are not its items
    "城市再次入选全国十大宜居城市。\n——经济实力稳步提升。\n——民生福祉持续改善。\n",
    # a count of years or characters after a quoted list; commas inside the quote; 这两者 points back
    "实施“补短板、强弱项、优服务”三年行动计划。",
    "落实“稳、进、立、好”八字方针。",
    "破解“人口多、土地少，投入高、产出低”两大矛盾。",
    "各部门、各单位和企业都要处理好这两者之间的关系。",
]
WRONG = [
    "12.“三带一区”：东部生态带、西部滨海带、中部产业区。",
    "5.三园三港：科技园、文化园、物流园、空港、海港。",
    "8.“三站一中心”：指社区工作站、党群服务站和社区服务中心。",
    "3.两学三做：学理论、学政策，做表率、做实事。",
    "6.一网三平台：城市运行一张网、政务服务平台、基层治理平台。",
    "2.两快工作法、两严责任链：快受理、快办结，严审核、严监管、严问责。",
    "4.“三河一湖”：“三河”指东河、西河，“一湖”指南湖。",
    "9.“一带两组团”：“一带”即滨河产业带，“三组团”即商贸组团和制造组团。",
    "一、过去一年回顾\n工作回顾的内容。\n二、主要问题\n问题的内容。\n今年重点做好以下八个方面工作：\n" + SECTIONS6,
    "我们将着力抓好七方面工作。\n" + SECTIONS6 + "各位代表，让我们团结奋斗。\n",
    "重点推进“十二项工作”：" + ITEMS10 + "\n下一段落。\n",
    "二是实施五大行动计划。" + BRACKET4 + "\n三是下一项。\n",
    "今年工作要做到“四个坚持”：\n——坚持稳中求进。\n——坚持改革创新。\n——坚持人民至上。\n今年主要预期目标是：",
    "重点把握好三个方面。\n——稳增长。\n——防风险。\n各位代表！",
    "推行“网格+热线+平台”四网联动治理模式。",
    "建立“市-区”三级调度专班。",
    "全面推行“预算、采购、支付”四公开。",
    "做好普惠金融、绿色金融、数字金融四篇文章。",
    "实现效率、公平、安全四者兼顾。",
    "抓好教育、医疗、养老“四件实事”。",
    "全区38个水库配备区、街道、社区四级库长共96名。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
