"""Issue 11, class 4: the number before its noun; ordinals and dates are not counts.

Sentences are our own (fictional, fresh wording).
"""

import pytest

from helpers import figures_of


def keyed(text: str) -> dict[float, str | None]:
    return {f.value: f.key for f in figures_of(text) if f.kind == "stated"}


@pytest.mark.parametrize("sentence,value,key", [
    ("本年度共办理7件行政复议、13件行政诉讼。", 7, "reconsideration.accepted"),
    ("本年度共办理7件行政复议、13件行政诉讼。", 13, "litigation.cases"),
    # the verb before the number still decides which count: 审结 is concluded, not accepted
    ("本年度审结8件行政复议案件。", 8, "reconsideration.concluded"),
    ("司法所对27件镇政府文件草案和采购合同进行了合法性审核。", 27, "legality_review.documents"),
    # in a legality-review passage, what 对 introduces is what was reviewed
    ("（三）严格合法性审查。对19件镇政府重大事项草案、村规民约逐一把关。", 19, "legality_review.documents"),
    ("对5项重大行政决策事项进行合法性审查。", 5, "major_decisions.count"),
])
def test_number_before_its_noun(sentence: str, value: int, key: str) -> None:
    assert keyed(sentence)[value] == key


def test_针对_is_not_对() -> None:
    text = "（三）严格合法性审查。针对19件群众反映的问题开展整改。"
    assert keyed(text).get(19) != "legality_review.documents"


def test_ordinals_and_dates_are_not_counts() -> None:
    text = "5月12日,镇政府召开第三次法治建设专题会议,举办第七期执法人员培训班。"
    assert figures_of(text) == []
