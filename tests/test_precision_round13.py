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


# ---- a body that issues no normative document clears up its own management papers


def cleaned(text: str) -> list[float]:
    return [f.value for f in figures_of(text, 2024) if f.key == "normative_docs.cleaned" and f.kind == "stated"]


def test_internal_rules_cleared_up_are_no_normative_documents():
    assert cleaned("年内对中心现行内部管理制度作了一次全面清理，共清理28项，废止5项。") == []
    assert cleaned("对过去以镇政府名义印发的管理类文件进行梳理，清理文件12件。") == []
    # the number before the verb
    assert cleaned("对局机关内部文件11件进行了集中清理。") == []


def test_normative_documents_cleared_up_stay():
    assert cleaned("县政府对现行规范性文件开展专项清理，共清理64件。") == [64]
    # the number's own words name the documents, whatever else the sentence says
    assert cleaned("对内部管理制度梳理的同时，对规范性文件清理19件。") == [19]


# ---- a volunteer's share of the mediation and the trade / professional channel are no area total


def disputes(text: str) -> list[float]:
    return [f.value for f in figures_of(text, 2024) if f.key == "mediation.disputes" and f.kind == "stated"]


def test_a_share_of_the_work_is_no_mediation_count():
    assert disputes("全镇网格员全年协助调处婚姻家庭纠纷112件。") == []
    assert disputes("驻村辅警配合化解宅基地纠纷37件。") == []


def test_the_trade_and_professional_channel_is_no_mediation_count():
    assert disputes("区医调委等行业性专业性调解组织全年调解纠纷845件。") == []
    assert disputes("引入律师调解，化解建设工程、劳动争议等专业性纠纷92件。") == []
    # the channel named in the clause before the number
    assert disputes("市里新建道路交通等行业性专业性调委会5个，全年化解纠纷318件。") == []


def test_the_committees_count_stays():
    assert disputes("全区各级人民调解委员会调解矛盾纠纷3,604件。") == [3604]
    # the committees named in the number's own words, the channel said before them
    assert disputes("新建行业性专业性调委会3个，全市各级调委会全年调解纠纷5,210件。") == [5210]
