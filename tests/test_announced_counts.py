"""A count announced and the items listed after it (lintgov.claims.announced, checked by LG103): titles 《》 one after
another, quoted items, names after 即 / 分别是 / 分别设在 / 包括, numbered items after a comma, a clause between the count
and its colon, the count closing the sentence before 即/具体包括.  Statements written for this test (法治 reports, work
reports, communiqués), each consistent one with its count changed; traps that must stay silent: open lists (等, 主要,
如, 其中), nested items, numerals in names, places that may hold several things, 包括 naming fewer kinds, counts of
something else in the sentence."""
import pytest

from fresh_set import code_checks, codes
from lintgov.document import Document
from lintgov.claims.announced import announced_counts
from lintgov.claims.lists import enumerations

# (consistent, the count changed)
PAIRS = [
    ("出台三项制度：《行政执法公示办法》《执法全过程记录办法》《重大执法决定法制审核办法》。",
     "出台四项制度：《行政执法公示办法》《执法全过程记录办法》《重大执法决定法制审核办法》。"),
    ("市政府今年制定了3部规章：《城市供水管理办法》、《停车场管理办法》和《户外广告设置管理办法》。",
     "市政府今年制定了2部规章：《城市供水管理办法》、《停车场管理办法》和《户外广告设置管理办法》。"),
    ("提请人大常委会审议两件法规草案，即《物业管理条例（草案）》和《养犬管理条例（草案）》。",
     "提请人大常委会审议三件法规草案，即《物业管理条例（草案）》和《养犬管理条例（草案）》。"),
    ("今年修订了两部地方性法规，分别为《城市绿化条例》和《物业管理条例》。",
     "今年修订了三部地方性法规，分别为《城市绿化条例》和《物业管理条例》。"),
    ("区政府出台五项制度，进一步规范行政执法行为：《执法公示办法》《全过程记录办法》《法制审核办法》《裁量基准》《执法监督办法》。",
     "区政府出台六项制度，进一步规范行政执法行为：《执法公示办法》《全过程记录办法》《法制审核办法》《裁量基准》《执法监督办法》。"),
    ("我们制定了三项制度。即《公示办法》《记录办法》和《审核办法》。",
     "我们制定了两项制度。即《公示办法》《记录办法》和《审核办法》。"),
    ("发布4项惠企政策：“稳岗十条”“融资八条”“用地六条”“人才五条”，惠及企业1.2万家。",
     "发布5项惠企政策：“稳岗十条”“融资八条”“用地六条”“人才五条”，惠及企业1.2万家。"),
    ("新建5所学校，即实验小学、城南中学、城北小学、滨江幼儿园和城东小学。",
     "新建6所学校，即实验小学、城南中学、城北小学、滨江幼儿园和城东小学。"),
    ("全县有两个省级开发区，分别是经济开发区和高新技术产业开发区。",
     "全县有三个省级开发区，分别是经济开发区和高新技术产业开发区。"),
    ("组建七个工作专班，分别是项目专班、招商专班、土地专班、资金专班、环保专班、安全专班、督查专班，统筹推进重点工作。",
     "组建八个工作专班，分别是项目专班、招商专班、土地专班、资金专班、环保专班、安全专班、督查专班，统筹推进重点工作。"),
    ("完善两项机制，一是重大决策合法性审查机制，二是规范性文件备案审查机制。",
     "完善三项机制，一是重大决策合法性审查机制，二是规范性文件备案审查机制。"),
    ("全面落实十项便民措施，第一，延长窗口服务时间；第二，推行预约办理；第三，开通绿色通道；第四，实行容缺受理；第五，推广网上办理；"
     "第六，开展上门服务；第七，设立帮办代办；第八，推行一次告知；第九，精简办事材料；第十，公开办事指南。",
     "全面落实九项便民措施，第一，延长窗口服务时间；第二，推行预约办理；第三，开通绿色通道；第四，实行容缺受理；第五，推广网上办理；"
     "第六，开展上门服务；第七，设立帮办代办；第八，推行一次告知；第九，精简办事材料；第十，公开办事指南。"),
    ("设立3个法律援助工作站，分别设在城关镇、河口镇和高桥乡。",
     "设立2个法律援助工作站，分别设在城关镇、河口镇和高桥乡。"),
    ("开展六类专项整治，包括食品安全、药品安全、交通安全、消防安全、校园安全和网络安全。",
     "开展五类专项整治，包括食品安全、药品安全、交通安全、消防安全、校园安全和网络安全。"),
    ("全年共有六类案件，如征地拆迁、劳动社保、行政处罚、信息公开、工伤认定、行政许可等。",
     "全年共有五类案件，如征地拆迁、劳动社保、行政处罚、信息公开、工伤认定、行政许可等。"),
    ("必须抓好三项工作：一要深化教育改革。二要加强教师队伍建设，落实教师待遇。三要加大教育投入。",
     "必须抓好四项工作：一要深化教育改革。二要加强教师队伍建设，落实教师待遇。三要加大教育投入。"),
    ("本报告分五个部分：一、过去一年的工作；二、今年的总体要求；三、主要任务；四、政府自身建设；五、结语。",
     "本报告分四个部分：一、过去一年的工作；二、今年的总体要求；三、主要任务；四、政府自身建设；五、结语。"),
    ("严格落实三项要求，即坚持依法决策，坚持依法履职，坚持依法接受监督，确保权力在阳光下运行。",
     "严格落实两项要求，即坚持依法决策，坚持依法履职，坚持依法接受监督，确保权力在阳光下运行。"),
    ("全区划分为4类监管对象：重点监管企业；一般监管企业；信用良好企业；新设立企业。",
     "全区划分为5类监管对象：重点监管企业；一般监管企业；信用良好企业；新设立企业。"),
    ("三项指标好于预期：城镇新增就业1.2万人、城镇调查失业率4.8%和居民消费价格涨幅1.9%。",
     "四项指标好于预期：城镇新增就业1.2万人、城镇调查失业率4.8%和居民消费价格涨幅1.9%。"),
    ("主要指标中有两项增速居全市首位，即规上工业增加值增长9.6%、固定资产投资增长12.3%。",
     "主要指标中有三项增速居全市首位，即规上工业增加值增长9.6%、固定资产投资增长12.3%。"),
    ("市人大常委会今年审议通过了由市政府提请的两件法规案（即《物业管理条例》《养犬管理条例》）。",
     "市人大常委会今年审议通过了由市政府提请的三件法规案（即《物业管理条例》《养犬管理条例》）。"),
    ("重点整治的领域有三个，分别是食品安全、安全生产和生态环境。",
     "重点整治的领域有两个，分别是食品安全、安全生产和生态环境。"),
    ("全年共办理重大行政决策事项六件，分别是：城市总体规划修编、地铁三期建设规划、老旧小区改造计划、生活垃圾分类方案、"
     "公交线网优化方案、养老服务设施布局规划。",
     "全年共办理重大行政决策事项五件，分别是：城市总体规划修编、地铁三期建设规划、老旧小区改造计划、生活垃圾分类方案、"
     "公交线网优化方案、养老服务设施布局规划。"),
    ("今年重点推进三方面改革。具体包括：财政体制改革、投融资体制改革、国有企业改革。",
     "今年重点推进两方面改革。具体包括：财政体制改革、投融资体制改革、国有企业改革。"),
]
SILENT_TRAPS = [
    "出台三项制度：《行政执法公示办法》《执法全过程记录办法》等。",                          # titles closed by 等
    "推出五项举措，主要有简化审批流程、压缩办理时限。",                                      # open: 主要
    "开展六类专项整治，其中食品安全、药品安全两类成效明显。",                                # 其中
    "开展六类专项整治，如食品安全、药品安全、交通安全。",                                    # open, no total: fewer
    "开展五类专项行动，例如扫黑除恶、禁毒、反诈、防溺水、防电诈、禁赌。",                    # open, no total: more
    "开展六类专项整治，包括食品安全、药品安全、交通安全。",                                  # 包括 may name some
    "完成4个老旧小区改造，包括屋面防水、外墙保温、管网更新、道路硬化、绿化提升。",          # what the things hold
    "新开工5个项目，分别位于城东、城西和城南片区。",                                         # places may hold several
    "设立两个中心和三个服务站，分别设在城关镇、河口镇、高桥乡、白沙镇和新城镇。",          # two counts in the clause
    "牢固树立“四个意识”，坚定“四个自信”，出台两项制度：《问责办法》《考核办法》。",        # numerals in names
    "编制“十四五”规划，出台两项制度：《问责办法》和《考核办法》。",
    "全面完成第三轮土地承包，出台两项制度，即《承包办法》和《流转办法》。",                  # an ordinal before
    "出台两个文件：《关于加强行政执法的意见》和《关于推进依法行政的实施方案》，以及配套的《执法责任制规定》。",
    "完善四项机制，一是决策机制，二是执行机制，三是监督机制。\n四是问责机制。",            # a paragraph after
    "推进三项改革，一是财政改革；二是投资改革；三是国企改革。此外，还有两项改革正在试点。",  # more things named after
    "设立3个服务点，即每个乡镇一个。",                                                       # no list
    "这三项制度，即《公示办法》《记录办法》《审核办法》《裁量办法》，已全部落实。",          # a count pointing back
    "至少三项制度：《公示办法》《记录办法》《审核办法》《裁量办法》需要修订。",              # a bound
    "实现两个转变，即由管理向服务转变、由被动向主动转变。",
    "组建两个工作专班，分别是项目和招商专班、土地专班。",                                   # one name may be two
    "坚持四项基本原则，即坚持社会主义道路，坚持人民民主专政，坚持党的领导，即坚持马克思主义，这是立国之本。",  # goes on
    "有两种处理方法：一种是积极的方法，促进它的生长。另一种是消极的方法。",
    "全区划分为5类监管对象：重点监管企业；一般监管企业、信用良好企业；新设立企业。",       # a segment may hold two
    "采取三项措施：一要健全制度，二要加强监管。\n三要强化问责。",                          # a paragraph after
    "做好两方面工作：一、二产业协同发展。",                                                  # 一、二 is no list
    "出台三项制度：《问责办法》《考核办法》，以及配套的实施细则。",                          # the list goes on
    "聘请7名法律顾问，包括律师3名、专家学者5名。",                                          # parts with counts (sums)
    "全年办理重大行政决策事项六件，其中已实施的分别是：城市总体规划修编、地铁三期建设规划。",  # 其中: some only
    "审议通过两件法规案（即《物业管理条例》《养犬管理条例》（草案）《控烟条例》），成效明显。",  # a bracket inside
    "三个项目总投资分别为3.2亿元、4.5亿元和5.1亿元、6.0亿元。",                            # values, not items
    "做好三项工作：稳就业；保民生；促发展；确保完成全年目标任务。",                          # a segment of other work
    "做好四项工作，即加强监管，加强服务，加强宣传，推动信用体系建设。",                      # an item phrased apart
]
WRONG = [b for _, b in PAIRS]

test_silent, test_found = code_checks("LG103", [g for g, _ in PAIRS] + SILENT_TRAPS, WRONG)


def test_reading_evidence():
    """The reading gives the count, each item's span and how the list was delimited."""
    text = "出台三项制度：《行政执法公示办法》《执法全过程记录办法》《重大执法决定法制审核办法》《裁量基准》。"
    (e,) = [e for e in announced_counts(Document(text)) if e.count.value == 3]
    assert (e.lo, e.alt) == (4, 4)
    assert "titles" in e.how
    assert [text[a:b] for a, b in e.spans] == ["《行政执法公示办法》", "《执法全过程记录办法》", "《重大执法决定法制审核办法》",
                                                 "《裁量基准》"]


def test_join_read_as_two_when_alike():
    """城关镇、河口镇和高桥乡: the join's two sides end like the other names (three items); a join of unlike words may be
    one name (one or two)."""
    (e,) = announced_counts(Document("设立3个服务点，即城关镇、河口镇和高桥乡。"))
    assert (e.lo, e.alt) == (3, 3)
    (e,) = announced_counts(Document("组建两个工作专班，分别是项目和招商专班、土地专班。"))
    assert (e.lo, e.alt) == (2, 3)


def test_open_and_partial_lists_bounds():
    """包括 and a total over an open list: the count is at least the items (no most)."""
    (e,) = announced_counts(Document("开展六类专项整治，包括食品安全、药品安全、交通安全。"))
    assert (e.lo, e.alt) == (3, 99)
    assert announced_counts(Document("开展六类专项整治，如食品安全、药品安全、交通安全。")) == []


def test_earlier_readings_keep_their_counts():
    """A count another reading of lists.enumerations took (a colon and Chinese-numeral names) is not read twice."""
    doc = Document("推出五项举措：简化审批流程、压缩办理时限、降低办事成本、优化服务方式、加强事后监管。")
    assert len([e for e in enumerations(doc) if e.count.value == 5]) == 1


@pytest.mark.parametrize("text", WRONG[:3])
def test_finding_shows_items(text):
    assert "LG103" in codes(text)
