"""Totals after a 分别 list (session 22, lists engineer), wordings written for the test, none taken from a report:

- a total named by the whole that the list's names split completely, with 总数/共/合计 (金牌、银牌、铜牌分别为…，奖牌
  总数T; ``lintgov.claims.parts.split_head_total`` with ``lintgov.claims.partition.complete``); the medals and the
  market entities of the registration statistics (企业/个体工商户/农民专业合作社) are complete splits
  (``classes.SPLITS``);
- a classification of a sum of money (分税种看, 分领域看, 按投资主体分) whose last kind is 其他 is complete: its kinds add
  up to the total (after 其中 a 其他 of money is not read so: measured on the corpora, two budget lists whose 其他 leaves
  kinds out would be flagged);
- the three sectors' value added listed with 和 before the last figure (分别为A亿元、B亿元和C亿元), then the GDP: the
  figures joined by 和 alone are parts of the list as those joined by 、 (``claims.parts.LIST_AND``).

Consistent statements stay silent (the rounding of a sum of rounded parts included); so do a list that leaves a kind
out (金牌、银牌 only), a total of a wider whole (全区奖牌总数 counts other teams too) or of another period, and a list of
two kinds of market entity."""

from fresh_set import code_checks

CONSISTENT = [
    "本届省残运会上，我县代表队获得金牌、银牌、铜牌分别为12枚、9枚和15枚，奖牌总数36枚。",
    "在全国青少年锦标赛中，我市选手夺得金牌、银牌和铜牌分别为5枚、7枚、4枚，共获奖牌16枚。",
    "全年第一、二、三产业增加值分别为92.6亿元、418.3亿元和536.7亿元，全县地区生产总值1,047.6亿元。",
    "初步核算，全年第一、二、三产业增加值分别为31.24亿元、88.05亿元和140.38亿元，地区生产总值259.66亿元。",
    "全年新设立经营主体1.43万户，其中企业、个体工商户、农民专业合作社分别为0.46万户、0.95万户和0.02万户。",
    "年末实有市场主体12.6万户，其中企业、个体工商户和农民专业合作社分别为3.1万户、9.2万户、0.3万户。",
    # the sum of rounded parts: 1.24 + 3.86 + 2.33 = 7.43, the total printed 7.4 (rounded once more)
    "全年第一、二、三产业增加值分别为1.24亿元、3.86亿元和2.33亿元，地区生产总值7.4亿元。",
    "全年一般公共预算支出486.2亿元。分领域看，教育支出98.4亿元、社会保障和就业支出76.5亿元、卫生健康支出41.3亿元、其他支出270.0亿元。",
    "全年全县税收收入58.6亿元。分税种看，增值税24.3亿元、企业所得税9.8亿元、其他税种24.5亿元。",
    "全年完成固定资产投资312.4亿元。按投资主体分，国有投资118.6亿元，民间投资150.2亿元，其他投资43.6亿元。",
]

SILENT_TRAPS = [
    # two kinds of three: the total holds the bronze medals too
    "本届省残运会上，我县代表队获得金牌、银牌分别为12枚和9枚，奖牌总数36枚。",
    # the province's medals, not the team's
    "我市代表队获得金牌、银牌、铜牌分别为12枚、9枚和15枚，全省奖牌总数達到1,260枚。",
    # last year's GDP after this year's sectors
    "全年第一、二、三产业增加值分别为92.6亿元、418.3亿元和536.7亿元，上年地区生产总值982.1亿元。",
    # two kinds of market entity: 农民专业合作社 left out
    "全年新设立经营主体1.43万户，其中企业、个体工商户分别为0.46万户和0.75万户。",
    # a classification without 其他 may leave kinds out
    "全年全县税收收入58.6亿元。分税种看，增值税24.3亿元、企业所得税9.8亿元。",
    # growth rates listed with 分别, then a level: no sum
    "全年第一、二、三产业增加值分别增长3.1%、5.6%和6.2%，地区生产总值1,047.6亿元。",
]

WRONG = [
    "本届省残运会上，我县代表队获得金牌、银牌、铜牌分别为12枚、9枚和15枚，奖牌总数39枚。",
    "在全国青少年锦标赛中，我市选手夺得金牌、银牌和铜牌分别为5枚、7枚、4枚，共获奖牌18枚。",
    "全年第一、二、三产业增加值分别为92.6亿元、448.3亿元和536.7亿元，全县地区生产总值1,047.6亿元。",
    "初步核算，全年第一、二、三产业增加值分别为31.24亿元、88.05亿元和140.38亿元，地区生产总值269.66亿元。",
    "全年新设立经营主体1.43万户，其中企业、个体工商户、农民专业合作社分别为0.46万户、0.75万户和0.02万户。",
    "年末实有市场主体12.6万户，其中企业、个体工商户和农民专业合作社分别为3.1万户、9.9万户、0.3万户。",
    "全年一般公共预算支出486.2亿元。分领域看，教育支出98.4亿元、社会保障和就业支出76.5亿元、卫生健康支出41.3亿元、其他支出250.0亿元。",
    "全年全县税收收入58.6亿元。分税种看，增值税24.3亿元、企业所得税9.8亿元、其他税种21.5亿元。",
    "全年完成固定资产投资312.4亿元。按投资主体分，国有投资118.6亿元，民间投资150.2亿元，其他投资53.6亿元。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
