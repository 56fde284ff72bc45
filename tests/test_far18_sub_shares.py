"""Shares listed after 其中 break down the item before them, not its siblings: 予以公开的占61.2%，其中主动公开的占40.5%，
依申请公开的占20.7% adds up to no 122.4% (ShareList._named_sequence starts a run of their own). They may be shares of
the item or of its whole, so they are only held to 100% among themselves."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    # an open-government report: the two kinds of disclosure break down 予以公开
    "全年办结的申请中，予以公开的占61.2%，其中主动公开的占40.5%，依申请公开的占20.7%。",
    # a court's style: judgments broken down after 其中
    "审结的案件中，判决结案的占58.4%，其中支持诉请的占41.3%，驳回诉请的占17.1%。",
    # a statistics bureau's style: shares of the sub-group itself (women among the graduates)
    "新增就业人员中，高校毕业生占62.5%，其中女性占55.0%，男性占45.0%。",
])
def test_a_breakdown_after_qizhong_is_no_sibling(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    # siblings adding up to more than the whole, no 其中 between them
    "其中，工业投资占54%，基础设施投资占16%，房地产开发投资占23%，民生投资占14%。",
    # the items after 其中 add up to more than any whole
    "审结的案件中，判决结案的占58.4%，其中支持诉请的占71.3%，驳回诉请的占37.1%。",
])
def test_shares_over_100_still_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) != []
