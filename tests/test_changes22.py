"""Changes, points and multiples in wordings the development sets lack (round 22, changes22).

1. Priors listed by 分别 after changes stated one by one (准确率88.6%，较上年提高1.3个百分点，其中…71.2%，提高5.6个百分点，上年分别
   为87.3%和65.6%): the k-th prior is the base of the k-th change of the sentence, read only when the counts agree and
   every change has its value and no base yet (claims.grammar._separate_priors).

2. A bare prior after a part's change (…，其中线上办理152.6万件，比上年多38.7万件，上年为164.8万件) when the whole before
   其中 states its own change: whose prior it is is open (claims.grammar._part_prior_open) — never compared as the part's.

3. A basis opening the sentence (与2023年相比，全年旅客吞吐量增长12.8%，…) is the basis of the changes in it that state none
   (claims.grammar._opening_basis).

4. Change verbs written out: 增长幅度达到 / 增长速度为 / 下降幅度为 read as 增幅/增速/降幅, 收窄/收窄至 as a fall of a
   size (逆差, 亏损额, 差距); 研发费用加计扣除 is a tax
   deduction, not 扣除价格因素 (a price basis that makes a growth unrecomputable).

5. A multiple's value stated in the clause after it by words restating its subject (引进高层次人才是上年同期的2.2倍，
   共引进1,342人，上年同期为610人): read only with the base stated right after (claims.grammar._restated_cur).

Wordings of our own, from several offices; consistent near-misses and traps stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong)
PAIRS = [
    # 1. priors listed after changes stated one by one
    ("全市职工入会率为76.5%，较上年提升2.8个百分点，其中新就业形态劳动者入会率为61.2%，提升6.4个百分点，上年分别为73.7%和54.8%。",
     "全市职工入会率为76.5%，较上年提升2.8个百分点，其中新就业形态劳动者入会率为61.2%，提升9.4个百分点，上年分别为73.7%和54.8%。"),
    ("城市污水处理率达到97.2%，比上年提高1.1个百分点；农村生活污水治理率为48.6%，提高7.3个百分点，上年分别为96.1%和41.3%。",
     "城市污水处理率达到97.2%，比上年提高4.1个百分点；农村生活污水治理率为48.6%，提高7.3个百分点，上年分别为96.1%和41.3%。"),
    ("全年受理商标注册申请3,862件，比上年增加412件，核准注册2,974件，增加318件，上年分别为3,450件和2,656件。",
     "全年受理商标注册申请3,862件，比上年增加412件，核准注册2,974件，增加518件，上年分别为3,450件和2,656件。"),
    # 2. (the whole's own prior read as before when nothing else is open)
    ("全年办理不动产登记12.6万件，其中线上办理9.8万件，比上年增加2.1万件，上年为7.7万件。",
     "全年办理不动产登记12.6万件，其中线上办理9.8万件，比上年增加3.1万件，上年为7.7万件。"),
    # 3. a basis opening the sentence
    ("与上年相比，全市邮政寄递业务量增长9.5%，达到3.46亿件，上年为3.16亿件。",
     "与上年相比，全市邮政寄递业务量增长14.5%，达到3.46亿件，上年为3.16亿件。"),
    ("同2022年相比，开发区规上工业总产值增长18.6%，达到612.4亿元；2022年为516.4亿元。",
     "同2022年相比，开发区规上工业总产值增长23.6%，达到612.4亿元；2022年为516.4亿元。"),
    # 4. verbs written out
    ("全年残疾人就业培训达到6,240人次，增长幅度达到12.5%，上年为5,547人次。",
     "全年残疾人就业培训达到6,240人次，增长幅度达到17.5%，上年为5,547人次。"),
    ("全年受理消防行政许可1,284件，下降幅度为8.6%，去年为1,405件。",
     "全年受理消防行政许可1,284件，下降幅度为13.6%，去年为1,405件。"),
    ("全年享受研发费用加计扣除政策的企业减免税额增长1.5倍，达到6.5亿元，上年为2.6亿元。",
     "全年享受研发费用加计扣除政策的企业减免税额增长2.0倍，达到6.5亿元，上年为2.6亿元。"),
    # 5. a multiple's value in a clause restating the subject, its base right after
    ("引进高层次人才是上年同期的2.2倍，共引进1,342人，上年同期为610人。",
     "引进高层次人才是上年同期的2.7倍，共引进1,342人，上年同期为610人。"),
    ("办理知识产权纠纷调解案件数是上年的1.5倍，办理案件612件，上年为408件。",
     "办理知识产权纠纷调解案件数是上年的2.5倍，办理案件612件，上年为408件。"),
    # 4. 收窄 (a gap, a loss or a deficit narrowing) is a fall of its size
    ("货物贸易逆差收窄至12.6亿元，比上年收窄3.4亿元，上年为16.0亿元。",
     "货物贸易逆差收窄至12.6亿元，比上年收窄5.4亿元，上年为16.0亿元。"),
    ("国有企业亏损企业亏损额收窄至3.2亿元，同比收窄22.0%，上年同期为4.1亿元。",
     "国有企业亏损企业亏损额收窄至3.2亿元，同比收窄27.0%，上年同期为4.1亿元。"),
]

TRAPS = [
    # 1. priors of another count than the changes: whose each is stays open
    "全市职工入会率为76.5%，较上年提升2.8个百分点，上年分别为73.7%和54.8%。",
    # 1. a 分别 list of priors after a 分别 list of changes is the list reader's (consistent)
    "城市污水处理率、农村生活污水治理率分别为97.2%和48.6%，分别比上年提高1.1个和7.3个百分点，上年分别为96.1%和41.3%。",
    # 2. the prior fits the whole's change, not the part's
    "全年办理政务服务事项186.2万件，比上年增加21.4万件，其中线上办理152.6万件，比上年增加38.7万件，上年为164.8万件。",
    "全年受理专利侵权纠纷案件486件，同比增长12.5%，其中电商领域312件，比上年增加96件，上年为432件。",
    # 3. the opening basis is another year than the prior's
    "与2019年相比，全年旅客吞吐量增长17.8%，达到2,368万人次，上年为2,099万人次。",
    # 3. a change with its own basis after the opening one
    "与上年相比，全市接待游客增加了，比2019年增长14.6%，达到2,486万人次，上年为2,169万人次。",
    # 4. 降幅收窄: a fall's size narrowing (the growth rate rises), never the level's fall
    "全年规模以上工业增加值下降3.2%，降幅比上年收窄2.1个百分点，上年下降5.3%。",
    "全年一般公共预算收入降幅收窄至1.2%，上年下降4.6%，收窄3.4个百分点。",
    # 5. a clause of another deed after the multiple: not its value
    "引进高层次人才是上年同期的2.7倍，培训专业技术人才1,342人，上年同期为610人。",
    # 4. a price basis still makes a growth unrecomputable
    "扣除价格因素，农村居民人均可支配收入实际增长5.8%，达到24,316元，上年为22,683元。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_pair(good, bad):
    assert _codes(good) == []
    assert any(c.startswith("LG2") for c in _codes(bad)), bad


@pytest.mark.parametrize("text", TRAPS)
def test_trap_silent(text):
    assert _codes(text) == []


def test_separate_priors_pair_in_order():
    from lintgov.claims.grammar import changes
    from lintgov.document import Document
    text = "持证残疾人就业率为54.8%，比上年提高3.5个百分点，其中农村持证残疾人就业率为49.6%，提高4.1个百分点，上年分别为51.3%和45.5%。"
    doc = Document(text)
    got = [(text[c.current.start:c.current.end], text[c.base.start:c.base.end]) for c in changes(doc)
           if c.base is not None and c.current is not None]
    assert got == [("54.8%", "51.3%"), ("49.6%", "45.5%")]
