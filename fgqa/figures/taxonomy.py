"""The indicator keys of the genre, with the words that name them.

One table serves two readers: the rules engine (which cue before a number makes it this
indicator) and the question router (which words in a question ask for it). Cues are
matched against the *lead*: the words between the start of the clause (or the previous
number) and the number itself, so a cue only counts when it is next to its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CASE_UNITS = frozenset({"件", "起", "例", "宗", "个", "件次"})
DOC_UNITS = frozenset({"件", "份", "个", "部", "项", "件次", "份次"})
OPINION_UNITS = frozenset({"份", "条", "件", "次", "个"})
EVENT_UNITS = frozenset({"场", "场次", "次", "期", "轮"})
PEOPLE_UNITS = frozenset({"人", "人次", "名", "位"})
INFO_UNITS = frozenset({"条", "件", "篇", "份"})
MONEY_UNITS = frozenset({"万元", "元", "亿元"})
TIMES_UNITS = frozenset({"次", "人次"})
DECISION_UNITS = frozenset({"项", "个", "件"})
RATE_UNITS = frozenset({"%"})

#: domain → words that put a sentence in it (the latest one before a number wins)
DOMAINS: dict[str, str] = {
    "litigation": r"行政诉讼|应诉|行政案件|败诉|出庭|诉讼|涉诉|被诉",
    "reconsideration": r"复议",
    "mediation": r"调解|纠纷|调处|矛盾",
    "legal_aid": r"法律援助",
    "enforcement": r"执法|处罚|查处|罚没|罚款|整治",
    "legal_education": r"普法|法治宣传|宣传|宣讲|讲座|法治文化|法律进",
    "transparency": r"政务公开|信息公开|政府信息|依申请|主动公开|公开",
    "legality_review": r"合法性审查|合法性审核|审查|审核",
    "major_decisions": r"重大行政决策|重大决策",
    # a clean-up of documents: what is then 梳理/审查-ed is the documents cleaned up
    "normative_docs": r"文件清理|清理[^,，。;；\d]{0,6}文件|(?:专项|集中|全面)清理",
}
#: a later word of these domains does not leave the first one (复议 cases are also 调解-ed)
#: (None: any later domain; a decision catalogue is named once, then its items are counted)
COMPATIBLE_DOMAINS: dict[str, frozenset[str] | None] = {"reconsideration": frozenset({"mediation"}), "major_decisions": None,
                                                         "normative_docs": frozenset({"legality_review"})}
DOMAIN_RE = re.compile("|".join(f"(?P<{name}>{words})" for name, words in DOMAINS.items()))


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    units: frozenset[str]
    #: cue at the end of the lead (the words right before the number)
    lead: str | None = None
    #: cue at the start of the tail (the words right after the number and unit)
    tail: str | None = None
    #: domain the sentence must be in for this cue to count
    domain: str | None = None
    #: words in the lead that rule this indicator out
    exclude: str | None = None
    #: words and paraphrases a question may use for it
    synonyms: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lead", re.compile(f"(?:{self.lead})$") if self.lead else None)
        object.__setattr__(self, "_tail", re.compile(f"^(?:{self.tail})") if self.tail else None)
        object.__setattr__(self, "_exclude", re.compile(self.exclude) if self.exclude else None)

    def _compatible(self, domain: str | None, mentioned: frozenset[str]) -> bool:
        if self.domain not in mentioned or self.domain not in COMPATIBLE_DOMAINS:
            return False
        allowed = COMPATIBLE_DOMAINS[self.domain]
        return allowed is None or domain in allowed

    @property
    def is_rate(self) -> bool:
        return self.key.endswith("_rate")

    def matches(self, lead: str, tail: str, unit: str, domain: str | None, *, any_unit: bool = False,
                mentioned: frozenset[str] = frozenset()) -> bool:
        if not any_unit and unit not in self.units:
            return False
        if self.domain and domain != self.domain and not self._compatible(domain, mentioned):
            return False
        if self._exclude is not None and self._exclude.search(lead):
            return False
        lead_ok = self._lead is not None and self._lead.search(lead) is not None
        tail_ok = self._tail is not None and self._tail.search(tail) is not None
        return lead_ok or tail_ok


# No digit and no clause break between a cue and its number.
_GAP = r"[^\d,，;；。:：]{0,%d}"


def _gap(n: int) -> str:
    return _GAP % n


# Order matters: the first indicator whose cue fits wins, so specific cues come first
# (rates before counts, "lost" before "cases", explicit nouns before domain-only verbs).
INDICATORS: tuple[Indicator, ...] = (
    # ---- rates
    Indicator("litigation.loss_rate", "行政诉讼败诉率", RATE_UNITS,
              lead=r"败诉率" + _gap(10), tail=r"的?(?:行政诉讼)?(?:平均)?败诉率",
              synonyms=("败诉率", "败诉比例", "输的比例", "败诉比率", "输官司的比例", "败诉占比", "败诉(?:的)?目标")),
    Indicator("litigation.head_appearance_rate", "行政机关负责人出庭应诉率", RATE_UNITS,
              lead=r"出庭(?:应诉)?率" + _gap(18), tail=r"的?(?:行政机关)?负责人出庭",
              synonyms=("出庭应诉率", "出庭率", "负责人出庭", "一把手出庭", "领导出庭比例", "负责人[^,，。?？]{0,6}出庭")),
    Indicator("reconsideration.correction_rate", "行政复议纠错率", RATE_UNITS,
              lead=r"纠错率" + _gap(8), synonyms=("纠错率", "复议纠错率", "复议纠错比例")),
    Indicator("reconsideration.mediation_rate", "行政复议调解率", RATE_UNITS,
              lead=r"调解(?:和解)?率" + _gap(8), domain="reconsideration",
              synonyms=("复议调解率",)),
    Indicator("legal_advisor.coverage_rate", "法律顾问覆盖率", RATE_UNITS,
              lead=r"法律顾问" + _gap(14) + r"(?:覆盖|聘任|配备|聘请)率?" + _gap(6),
              synonyms=("法律顾问覆盖率", "法律顾问覆盖", "法律顾问全覆盖", "法律顾问覆盖面")),
    Indicator("mediation.success_rate", "调解成功率", RATE_UNITS,
              lead=r"成功率" + _gap(6), domain="mediation",
              synonyms=("调解成功率", "调解成功比例")),
    Indicator("transparency.response_rate", "依申请公开按时答复率", RATE_UNITS,
              lead=r"(?:按时|及时)?答复(?:及时)?率" + _gap(12), domain="transparency", exclude=r"信访|热线|12345|提案|建议",
              synonyms=("答复率", "按时答复率", "答复及时率", "信息公开答复率", "依申请公开.{0,4}答复",
                        "(?:按时|及时|依法|都|全部|均)答复")),
    # ---- litigation counts
    Indicator("litigation.lost", "行政诉讼败诉案件数", CASE_UNITS,
              # a court's 撤销/确认违法 is a lost case, however the report words it
              lead=r"败诉(?:案件|案)?" + _gap(4) + r"|被(?:人民)?法院" + _gap(6) + r"(?:确认违法|撤销)的?(?:案件|案)?" + _gap(2),
              tail=r"[^,，。;；\d]{0,10}?被(?:人民)?法院(?:一审|二审)?(?:判决|裁定)?(?:确认违法|撤销)",
              exclude=r"公益诉讼|民事|刑事",
              synonyms=("败诉案件", "败诉了几件", "输了几件", "输了多少", "败诉多少", "败诉几件", "输官司")),
    Indicator("litigation.concluded", "行政诉讼审结数", CASE_UNITS,
              lead=r"(?:审结|办结|结案|判决)" + _gap(6), domain="litigation",
              synonyms=("诉讼审结", "诉讼办结", "行政诉讼结案", "诉讼案件.{0,2}审结", "审结", "办结", "结案")),
    Indicator("litigation.head_appearances", "负责人出庭次数", TIMES_UNITS,
              lead=r"出庭(?:应诉)?" + _gap(6), synonyms=("出庭次数", "出庭几次", "出庭多少次")),
    Indicator("litigation.cases", "行政诉讼案件数", CASE_UNITS,
              lead=r"(?:行政诉讼|行政应诉|应诉|行政案件|行政争议诉讼|涉诉|被诉)" + _gap(10) + r"(?:案件|案)?" + _gap(4),
              exclude=r"公益诉讼|民事|刑事|非诉|败诉|化解|风险|调解|出庭",
              synonyms=("行政诉讼案件", "行政应诉案件", "行政诉讼(?:总量|数量|案件数)", "被告了几次", "被起诉", "打了多少.{0,2}官司", "诉讼案件数", "应诉案件", "涉诉案件", "被诉案件")),
    # ---- reconsideration counts
    Indicator("reconsideration.applications", "行政复议申请数", CASE_UNITS,
              lead=r"复议申请" + _gap(4), exclude=r"引发|诉讼",
              synonyms=("复议申请", "申请复议", "复议申请数")),
    Indicator("reconsideration.corrected", "行政复议纠错数", CASE_UNITS,
              lead=r"(?:纠错|纠正|撤销|变更|确认违法|责令履行)" + _gap(12), domain="reconsideration",
              exclude=r"率", synonyms=("纠错", "纠正", "复议纠错案件", "撤销变更", "被纠错",
                                     "复议[^率]{0,8}?(?:被撤销|被变更|确认违法|被纠正)")),
    Indicator("reconsideration.concluded", "行政复议审结数", CASE_UNITS,
              lead=r"(?:审结|办结|结案)" + _gap(8), domain="reconsideration", exclude=r"方式|调解|和解",
              synonyms=("复议审结", "复议办结")),
    Indicator("reconsideration.accepted", "行政复议受理数", CASE_UNITS,
              lead=r"(?:受理|办理|收案|新收|立案)" + _gap(24) + r"|复议案件" + _gap(2),
              domain="reconsideration", exclude=r"诉讼",
              synonyms=("复议案件", "行政复议案件", "复议受理", "受理.{0,4}复议", "复议.{0,2}受理")),
    # ---- legality review, decisions, normative documents
    Indicator("legality_review.opinions", "合法性审查意见数", OPINION_UNITS,
              lead=r"(?:出具|提出|提供|形成)" + _gap(12) + r"意见(?:书)?" + _gap(4) + r"|审查意见(?:书)?" + _gap(4),
              exclude=r"法律顾问提出|建议", synonyms=("审查意见", "合法性审查意见", "意见书")),
    Indicator("normative_docs.cleaned", "清理规范性文件数", DOC_UNITS,
              lead=r"清理" + _gap(20), exclude=r"废止|失效",
              synonyms=("清理.{0,8}规范性文件", "规范性文件清理", "清理.{0,4}文件")),
    Indicator("normative_docs.cleaned", "清理规范性文件数", DOC_UNITS,
              lead=r"(?:梳理|审查|排查|清理)" + _gap(8), domain="normative_docs", exclude=r"废止|失效|修改|修订"),
    Indicator("normative_docs.cleaned", "清理规范性文件数", DOC_UNITS,
              tail=r"(?:开展|进行|予以)(?:了)?(?:全面|集中|专项)?清理", exclude=r"废止|失效"),
    Indicator("normative_docs.repealed", "废止规范性文件数", DOC_UNITS,
              lead=r"(?:废止|宣布失效|失效)" + _gap(12),
              synonyms=("废止", "废止.{0,8}规范性文件", "失效.{0,4}文件")),
    Indicator("legality_review.documents", "合法性审查文件数", DOC_UNITS,
              lead=r"(?:审查|审核|把关)" + _gap(24), exclude=r"意见|案卷|评查|备案审查",
              synonyms=("合法性审查", "合法性审核", "审[查核].{0,8}(?:合同|文件|协议)")),
    Indicator("major_decisions.count", "重大行政决策事项数", DECISION_UNITS,
              lead=r"重大行政决策" + _gap(10), tail=r"重大(?:行政)?决策|[^,，。]{0,8}(?:纳入|列入)重大行政决策",
              exclude=r"合法性", synonyms=("重大行政决策", "重大决策")),
    Indicator("legality_review.documents", "合法性审查文件数", DOC_UNITS,
              tail=r"[^,，。;；、\d]{0,6}(?:进行|开展|予以|通过)(?:了)?合法性(?:审查|审核)", exclude=r"意见"),
    Indicator("major_decisions.count", "重大行政决策事项数", DECISION_UNITS,
              tail=r"[^,，。]{0,4}(?:纳入|列入)[^,，。]{0,12}(?:重大行政决策|决策)?目录", domain="major_decisions",
              synonyms=("重大行政决策", "重大决策")),
    # ---- enforcement, mediation, legal aid, education, transparency
    Indicator("enforcement.fines", "罚没金额", MONEY_UNITS,
              lead=r"(?:罚没|罚款)" + _gap(8), synonyms=("罚没", "罚款", "罚没金额", "罚了多少钱")),
    Indicator("legal_aid.cases", "法律援助案件数", CASE_UNITS,
              lead=r"法律援助" + _gap(6), synonyms=("法律援助", "法援案件")),
    Indicator("mediation.disputes", "调解矛盾纠纷数", CASE_UNITS,
              lead=r"(?:(?:调解|化解|调处|受理|办理)" + _gap(10) + r"纠纷|调解" + _gap(8) + r"案件)" + _gap(2),
              exclude=r"行政争议|信访|其中|包括|涉", synonyms=("矛盾纠纷", "调解纠纷", "化解纠纷", "人民调解", "调解案件")),
    Indicator("enforcement.cases", "行政执法案件数", CASE_UNITS,
              lead=r"(?:查处|立案|处罚|办理|办结|处理|查办)" + _gap(16) + r"案件" + _gap(2) + r"|作出" + _gap(6) + r"处罚决定(?:书)?" + _gap(2)
              + r"|立案(?:查处)?" + _gap(2),
              domain="enforcement", exclude=r"诉讼|复议|援助|营商|争议|仲裁|裁决|不予|免予|从轻|减轻",
              synonyms=("执法案件", "行政处罚案件", "处罚案件", "查处案件")),
    Indicator("legal_education.audience", "普法受众人数", PEOPLE_UNITS,
              lead=r"(?:受众|受教育|惠及|覆盖|参与|参加|受益|听众|观看)" + _gap(10),
              domain="legal_education", synonyms=("受众", "普法受众", "多少人参加", "受教育群众", "覆盖.{0,4}人", "多少人次", "惠及.{0,6}(?:群众|人)")),
    Indicator("legal_education.events", "普法宣传活动场次", EVENT_UNITS,
              lead=r"(?:开展|举办|组织|举行)" + _gap(24), domain="legal_education",
              exclude=r"培训|考试|学法|会议", synonyms=("普法活动", "普法宣传", "法治宣传活动", "宣传活动")),
    Indicator("transparency.proactive", "主动公开政府信息数", INFO_UNITS,
              lead=r"主动公开" + _gap(12) + r"|(?:公开|发布|更新)" + _gap(8) + r"(?:政务|政府)?信息" + _gap(2),
              exclude=r"依申请|申请公开", synonyms=("主动公开", "政务公开")),
    Indicator("transparency.requests", "政府信息公开申请数", INFO_UNITS,
              lead=r"(?:依申请公开|公开申请)" + _gap(8) + r"|(?:收到|受理|办理)" + _gap(4) + r"申请" + _gap(2),
              domain="transparency",
              synonyms=("依申请公开", "信息公开申请", "公开申请")),
)

BY_KEY: dict[str, Indicator] = {ind.key: ind for ind in INDICATORS}


def domain_of(text: str) -> str | None:
    """The domain named last in `text` (the nearest to a number that follows it)."""
    last = None
    for m in DOMAIN_RE.finditer(text):
        last = m.lastgroup
    return last


def domains_in(text: str) -> frozenset[str]:
    return frozenset(m.lastgroup for m in DOMAIN_RE.finditer(text) if m.lastgroup)
