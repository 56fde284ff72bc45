"""Names ending with a body's word (医院, 大学, 学校) before a count: the body named last holds the things counted
(深圳大学、南方科技大学8个学科) unless the count's own noun is that kind of body (…3所医院, …4所公立医院): the names are
then the bodies counted (lintgov.claims.lists, checked by LG103).  Phrasings written for the test."""

from fresh_set import code_checks

CONSISTENT = [
    "新建区人民医院、区妇幼保健院和区中医院3所医院。",
    "开工建设市第一人民医院、市儿童医院2所公立医院。",
    "东山大学、西湖大学2所大学入选国家一流学科建设名单。",
]
TRAPS = [
    # a body that holds the things counted, and a noun after the body's word that makes another thing
    "深圳大学、南方科技大学8个学科入选。",
    "东山大学、西湖大学3个大学科技园通过认定。",
    "市人民医院、市中医院5个重点专科通过验收。",
]
WRONG = [
    "新建区人民医院、区妇幼保健院和区中医院4所医院。",
    "开工建设市第一人民医院、市儿童医院3所公立医院。",
    "东山大学、西湖大学3所大学入选国家一流学科建设名单。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + TRAPS, WRONG)
