"""Issue 11, twelfth round: false figures of holdout17 and holdout18 by class, each in sentences of
our own (fictional places, other wording than the sets). Where the words count something else, the
engine keys nothing, and the year's own figure beside it stays found."""

from tests.helpers import figures_of, summarized


def stated(text: str, key: str, year: int | None = 2024) -> list[float]:
    return [f.value for f in figures_of(text, year) if f.key == key and f.kind == "stated"]


def rates(text: str, key: str) -> list[float]:
    _, summary = summarized(text, year=2024)
    return [f.value for f in summary.indicators if f.key == key]


# ---- a legal adviser's share of the work is no count of the documents the body reviewed


def test_work_an_adviser_took_part_in_is_no_reviewed_document():
    text = "全年常年法律顾问参与审核、论证各类事项1,540余件次。"
    assert 1540 not in stated(text, "legality_review.documents")
    text = "区法律顾问团队参与审查政府合同和重大决策等工作415件次。"
    assert 415 not in stated(text, "legality_review.documents")


def test_the_bodys_own_reviewed_documents_stay():
    text = "全年对政府合同开展合法性审查415件。"
    assert stated(text, "legality_review.documents") == [415]


# ---- fees and debts cleared up are no normative documents cleaned


def test_fees_and_arrears_cleared_up_are_no_cleaned_documents():
    assert 7 not in stated("县发改局清理涉企收费项目7项。", "normative_docs.cleaned")
    assert 52 not in stated("全面清理拖欠中小企业账款52笔。", "normative_docs.cleaned")


def test_normative_documents_cleaned_stay():
    assert stated("全年清理规范性文件7件。", "normative_docs.cleaned") == [7]


# ---- claims for damages are no enforcement cases


def test_damages_claims_after_the_penalty_cases_are_no_enforcement_cases():
    text = "全年查处环境违法案件80件，办理赔偿案件29件。"
    assert stated(text, "enforcement.cases") == [80]
    text = "县市场监管局立案查处违法案件112件，办结国家赔偿案件4件。"
    assert stated(text, "enforcement.cases") == [112]


def test_penalty_cases_stay_enforcement_cases():
    assert stated("全年办理环境违法行政处罚案件29件。", "enforcement.cases") == [29]


# ---- deputies' proposals are a channel of their own, no reconsideration


def test_deputies_proposals_after_the_reconsideration_cases_are_no_reconsideration_cases():
    text = "全年受理行政复议案件40件。办理涉及依法行政的市人大代表建议和政协提案34件。"
    assert stated(text, "reconsideration.accepted") == [40]
    text = "市政府收到行政复议申请57件，办结市人大代表建议21件。"
    assert 21 not in stated(text, "reconsideration.accepted")


def test_reconsideration_cases_beside_them_stay():
    assert stated("全年受理行政复议案件34件。", "reconsideration.accepted") == [34]


# ---- one success count per total: a later one with the same words is an example's


def test_a_later_success_count_of_an_example_is_no_second_rate():
    text = ("街道人民调解委员会全年调解矛盾纠纷320件，调解成功312件。"
            "其中，老张调解工作室化解一起涉及30户居民的漏水纠纷，经多次上门，调解成功1件。")
    assert rates(text, "mediation.success_rate") == [97.5]  # 312/320, never 1/320


def test_the_success_count_beside_its_total_makes_the_rate():
    text = "全镇共排查调解各类纠纷200件，调解成功196件。"
    assert rates(text, "mediation.success_rate") == [98.0]


# ---- a heading framed in ornaments (a WeChat article's styling) is still a heading


def test_a_heading_framed_in_ornaments_opens_its_part():
    from fgqa.sections.headings import find_headings

    text = "★★一、主要成效★★\n全年办理行政复议案件12件。\n——三、下一步计划——\n一是举办法治讲座不少于30场。"
    assert [h.text for h in find_headings(text) if h.marker == "cn"] == ["一、主要成效", "三、下一步计划"]


def test_a_dash_inside_a_sentence_opens_no_heading():
    from fgqa.sections.headings import find_headings

    assert [h for h in find_headings("重点抓好两类工作——二、三季度的专项检查。") if h.marker == "cn"] == []


def test_a_goal_under_an_ornamented_plans_heading_is_no_years_figure():
    text = ("▌一、主要举措\n全年开展普法宣传活动36场。\n"
            "▌二、2025年工作打算\n一是开展普法宣传活动不少于60场。")
    assert stated(text, "legal_education.events") == [36]


# ---- penalty decisions issued are the case count; the cases picked out by the means applied a part


def test_penalty_decision_papers_issued_are_the_case_count():
    assert stated("全市水务部门全年下达行政处罚决定书1,248件，罚没款860万元。", "enforcement.cases") == [1248]
    assert stated("县城管局全年制发行政处罚决定书305份。", "enforcement.cases") == [305]
    assert stated("全年制发不予行政处罚决定书12份。", "enforcement.cases") == []


def test_cases_picked_out_by_the_means_applied_are_a_part_not_the_count():
    text = "全年查处违法案件960件，罚没款3,100万元。其中，适用按日连续处罚、责令限产等措施的案件118件。"
    assert stated(text, "enforcement.cases") == [960]


# ---- contracts reviewed for villages, firms or residents are a legal service, no legality review


def test_contracts_reviewed_for_villages_or_firms_are_no_reviewed_documents():
    assert stated("律师服务团进村坐诊，为村集体经济组织审查合同58份。", "legality_review.documents") == []
    assert stated("乡法律顾问为辖区企业审核劳动合同37份。", "legality_review.documents") == []


def test_contracts_reviewed_for_the_government_stay():
    assert stated("司法所为乡政府审查合同58份。", "legality_review.documents") == [58]


# ---- a rate of a few counted places or offices is no figure of the body


def test_a_rate_of_a_few_counted_departments_is_no_figure_of_the_body():
    text = "二是工作不平衡，全县仍有4个单位法律顾问参与率不足70%。全县行政机关负责人出庭应诉率98%。"
    got = [(f.key, f.value) for f in figures_of(text, 2024) if f.key and f.kind == "stated"]
    assert got == [("litigation.head_appearance_rate", 98)]
    assert stated("还有部分乡镇出庭应诉率低于85%。", "litigation.head_appearance_rate") == []


# ---- cases held up as examples are a few picked out of the year's, no count of them


def test_cases_held_up_as_examples_are_no_count():
    text = "区政府与区法院召开府院联动会议2次，剖析典型败诉案件5个，督促部门整改。"
    assert stated(text, "litigation.lost") == []
    assert stated("全区发布行政执法典型案例12个。", "enforcement.cases") == []


def test_the_years_lost_cases_stay():
    assert stated("全年行政诉讼案件败诉5件。", "litigation.lost") == [5]


# ---- a team's share of the mediation and a court's referred disputes are no count of the committees


def test_a_teams_share_and_a_courts_referrals_are_no_mediation_count():
    text = ("村调委会全年调解矛盾纠纷260起，调解成功255起。乡里成立老娘舅调解团，全年参与调处重大纠纷19起。"
            "乡调委会承接县法院委派调解的纠纷33起，调解成功28起。")
    assert stated(text, "mediation.disputes") == [260]
    assert rates(text, "mediation.success_rate") == [98.1]  # 255/260, never 28/33
