"""Issue 11, thirteenth round: false figures of holdout19 by class, in sentences of our own
(fictional places, other wording than the sets). A filing review (备案审查) corrects documents
that bodies file; its 纠错率 is no reconsideration correction rate, while the reconsideration
rate beside it stays found."""

from tests.helpers import figures_of


def rates(text: str) -> list[float]:
    return [f.value for f in figures_of(text, 2024) if f.key == "reconsideration.correction_rate"]


def test_a_filing_reviews_correction_rate_is_no_reconsideration_rate():
    assert rates("鹭汀区各街道报备的规范性文件，备案审查纠错率为5.3%。") == []
    # the review named in the clause before the rate, and the rate said without 率
    assert rates("对区直部门报送的文件开展备案审查，纠错率达到1.9%。") == []
    assert rates("经市政府备案纠错为2.2%。") == []


def test_its_change_is_no_change_of_the_reconsideration_rate():
    assert rates("各镇报备文件的备案审查纠错率为3.1%，较上年下降0.7个百分点。") == []


def test_the_reconsideration_rate_beside_it_stays():
    assert rates("全年审结行政复议案件57件，纠错率为7.0%。") == [7.0]
    # a sentence about both keeps the reconsideration rate
    assert rates("行政复议和备案审查工作同步加强，行政复议纠错率为6.4%。") == [6.4]
