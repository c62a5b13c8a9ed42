"""A PDF-copied text whose short line ends right before a count: the count opening the next
line (2.6万件，… / 97.3%，…) is the rest of the open line, never a line of its own; a year or a
heading's next line stays apart. Text is our own (fictional)."""

from fgqa.documents.cleaning import clean_text
from helpers import figures_of

WRAPPED = """\
棠溪县人民政府
2024年度法治政府建设情况报告
一、主要工作
（一）规范执法。推行行政执法三项制度，执法信息公示平台及时更新，全县行政执法机关全年共办理行政处罚
案件
3,416件，罚没款合计1,208.6万元，同比下降8.1%，不予处罚轻微违法行为96件，
对重点领域开展专项整治，推动执法单位规范办案流程并完善裁量基准。县行政机关负责人出庭应诉率
97.3%，较上年提高2.1个百分点，庭审旁听活动每季度开展一次，以案释法同步推进，
普法宣传和执法监督协同发力，基层执法水平稳步提高，群众满意度持续上升。
（二）复议应诉
2024年县政府收到行政复议申请88件，受理81件，审结77件，其中纠错8件，纠错率10.4%，
复议体制改革各项任务全面落实，复议应诉工作规范化水平明显提升，争议化解成效显著，
县司法局牵头建立行政争议调解中心，吸纳律师和退休法官参与调解，推动争议源头化解，
全年诉前化解行政争议23件，复议决定履行情况逐件跟踪，确保决定落到实处，形成闭环，
对败诉案件逐案剖析原因，形成问题清单并督促整改，同类问题不再重复发生，效果明显，
定期向县政府常务会议报告复议应诉情况，听取意见建议，不断改进复议应诉工作方式。
二、存在的不足
一是基层法治力量不足；二是普法形式不够新颖，群众参与的积极性有待进一步调动提高。
"""


def test_a_count_opening_a_line_joins_the_open_line_before() -> None:
    text = clean_text(WRAPPED).text
    assert "办理行政处罚案件3,416件" in text
    assert "出庭应诉率97.3%" in text
    assert "（二）复议应诉\n2024年" in text or "(二)复议应诉\n2024年" in text  # a heading, then a year: apart


def test_the_counts_are_read_with_their_cues() -> None:
    keyed = {(f.key, f.value) for f in figures_of(clean_text(WRAPPED).text, 2024) if f.kind == "stated"}
    assert {("enforcement.cases", 3416), ("litigation.head_appearance_rate", 97.3)} <= keyed
