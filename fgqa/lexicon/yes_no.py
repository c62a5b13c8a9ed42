"""yes_no.toml: the words a yes/no question is decided by, as data.

Validated like every lexicon file (schemas.RawYesNoFile) and read with questions.toml when the
answers stage first needs it (`Lexicon.yes_no`), which fgqa/answers/yes_no.py reads; where a word
must stand (right before the asked thing, at the head of a clause) is the reader's.
"""

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from fgqa.lexicon.schemas import RawYesNoFile


class YesNoWords(NamedTuple):
    #: the question asks 是否 (answered 是/否) or whether there is any (有没有: 有/没有)
    is_cue: re.Pattern[str]
    has_cue: re.Pattern[str]
    #: what may follow a direction word that ends a question (it then asks the change)
    trend_tail: re.Pattern[str]
    #: a count asked at the question's end (…有5名吗): the report's count decides
    count_asked: re.Pattern[str]
    #: the body asked to have done the deed itself (由街道自己办理); the deed handed to another (转交…办理)
    done_by: re.Pattern[str]
    handed_over: re.Pattern[str]
    #: question words a report writes otherwise or leaves to its scope (区镇两级, 年度 before the thing)
    #: a cause the question names (因…而/被): group 1 its words
    cause: re.Pattern[str]
    asked_aside: re.Pattern[str]
    #: the edge of a question's word a report leaves out (被采纳 ← 均被采纳 / 采纳率; …审查程序 ← …审查)
    asked_filler: re.Pattern[str]
    #: a comparison word asking for a value below the bound; one whose bound itself passes
    below: re.Pattern[str]
    inclusive: re.Pattern[str]
    #: the report's own comparison words after a figure
    said_above: re.Pattern[str]
    said_below: re.Pattern[str]
    #: what a bound says besides its place (平均, 水平 …)
    bound_filler: re.Pattern[str]
    #: a bound asked of each of a kind of body (所有部门…都达到90%): the whole's figure does not decide it
    each_part_asked: re.Pattern[str]
    #: parts named by example (楸原、赭陵等市): some of them
    named_parts: re.Pattern[str]
    #: 零X asked (group 1: X); "none of them" said before X
    zero_word: re.Pattern[str]
    none_before: re.Pattern[str]
    #: a zero said right after the asked thing (…案件为零): none of it happened
    zero_after: re.Pattern[str]
    #: a clause saying only the change of the figure before it (较上年提高…, 同比下降…)
    change_clause: re.Pattern[str]
    #: a question asking whether a body can or may do a thing (能不能, 可以…吗), and the capacity or
    #: permission denied right before the deed (不具备, 无权, 不得)
    ability_asked: re.Pattern[str]
    capacity_negation: re.Pattern[str]
    #: words that start like a negation and negate nothing (无缝, 未成年, 不断)
    not_negation: re.Pattern[str]
    #: the asked thing written with one of these right after it: only prepared (立法调研, 草案)
    preparatory: re.Pattern[str]
    #: a plan word naming a thing (工作计划): no goal
    plan_noun: re.Pattern[str]
    #: a list item's marker (一是, (二), 3.) and a lead framing the items as intentions
    list_item: re.Pattern[str]
    goal_lead: re.Pattern[str]
    #: a goal word's look-alike: an attribute of a thing (拟印发的文件), no intention
    goal_lookalike: re.Pattern[str]
    #: a negation of degree right before the asked word ("还不够规范")
    weak_negation: re.Pattern[str]
    #: "各村…" said: each of them (the word of 各 before a kind of body)
    each_said: re.Pattern[str]
    #: what states the whole number of a kind of body ("辖14个行政村"), before the count
    total_lead: re.Pattern[str]
    #: "由6.8%降至5.3%": a change from one figure to another (groups: from, to)
    from_to: re.Pattern[str]
    #: what says a deed fell short right after it (覆盖不足, 覆盖面偏窄)
    falls_short: re.Pattern[str]
    #: a procedure said to be a formality (流于形式): a shortfall, unless the question names it
    formality: re.Pattern[str]
    #: the report announcing itself (现将…情况报告如下): no deed of anybody's
    self_reference: re.Pattern[str]
    #: a part said to lack the thing after the part's word (…中有5个没有…, 部分村尚未…)
    lacks: re.Pattern[str]
    #: a word of degree between the asked word and its shortfall (规范化程度有待提升)
    degree_noun: re.Pattern[str]
    #: a state a question asks the thing is in (完善, 健全): its shortfall said is a no
    state: re.Pattern[str]
    #: the verb a state is reached by (落实到位): the thing is said without it
    state_verb: re.Pattern[str]
    #: most of them, not all (基本做到, 大多数): a no to 是否都/全部
    mostly: re.Pattern[str]
    #: what stands between an all-word and its deed saying no deed (均已按时…): left out to compare
    all_filler: re.Pattern[str]
    #: a finding said not made (未发现…): the thing found anywhere in the rest of its clause
    none_found: re.Pattern[str]
    #: a clause opening a part of what the sentence counted (其中…): a part, not all
    subset_lead: re.Pattern[str]
    #: an all-word inside a name (全面依法治县委员会): it says nothing of all of them
    all_lookalike: re.Pattern[str]
    #: a deed of steering others toward the thing (指导, 督促): the thing itself not said done
    steering: re.Pattern[str]
    #: a none-quantifier (没有一件, 无一项, 均未): it negates the rest of its clause
    none_quantifier: re.Pattern[str]
    #: the thing only under way or put off (草案已提交…审议, 待…后, 尚在报批, 延期); the finishing
    #: deeds a question may ask that it has not reached (出台, 印发, 实施 …)
    pending: re.Pattern[str]
    completion: re.Pattern[str]
    #: a deed that is a negation itself (免予处罚, 不予处罚)
    negative_deed: re.Pattern[str]
    #: a trend's lead naming the compared year (同2022年相比, 比前年); a multiple (翻了一番); direction words
    trend_lead: re.Pattern[str]
    doubled: re.Pattern[str]
    more_up: re.Pattern[str]
    more_down: re.Pattern[str]
    #: an all-word negated (尚未全部, 没有都): a part only
    all_denied: re.Pattern[str]
    #: the 级 of a level word (村级, 县级), which a question may leave out
    level_suffix: re.Pattern[str]
    #: the words naming the year before at a figure (上年为176件, 去年同期)
    prior_said: re.Pattern[str]
    #: a clause opening with the others (其余乡镇, 部分单位): about them, not the thing asked
    others_lead: re.Pattern[str]
    #: a negation said not to have happened right before another (没有出现拒不履行)
    double_negation: re.Pattern[str]
    #: a claim said not reached after it (全覆盖目标未能如期实现): a no to 全覆盖/全部
    unmet_after: re.Pattern[str]
    #: a negation right after a none-quantifier (无一件未经审查): none left undone, all of them done
    none_then_not: re.Pattern[str]
    #: 的 and a noun naming no other thing (的情况, 的问题): no modifier
    empty_noun: re.Pattern[str]
    #: the reporting body naming itself (本局, 我厅) at a clause's head
    self_body: re.Pattern[str]
    #: a sufficiency asked (够不够, 充足); the people it is asked of (人手, 力量); them said short (人员配备不足)
    enough_asked: re.Pattern[str]
    staff: re.Pattern[str]
    staff_short: re.Pattern[str]
    #: the rest of what was counted still under way (另有1件尚在审理中); a question asking whether some are
    rest_undone: re.Pattern[str]
    undone_asked: re.Pattern[str]
    #: the finishing deeds (审结, 办结) a rest still under way has not reached
    concluded_asked: re.Pattern[str]
    #: the negation of a question asking whether any of them left the deed undone (是否有…没有聘请…)
    not_done_asked: re.Pattern[str]


def build_yes_no(raw: "RawYesNoFile", compile: Callable[[str, str, str], re.Pattern[str]]) -> YesNoWords:
    """The yes/no words of yes_no.toml's validated contents (`compile(pattern, where, wrap)`)."""
    a, c, e = raw.answer, raw.compare, raw.evidence
    return YesNoWords(
        is_cue=compile(a.is_cue, "answer is_cue", "{}"),
        has_cue=compile(a.has_cue, "answer has_cue", "{}"),
        trend_tail=compile(a.trend_tail, "answer trend_tail", "{}"),
        count_asked=compile(a.count_asked, "answer count_asked", "{}"),
        done_by=compile(a.done_by, "answer done_by", "{}"),
        handed_over=compile(a.handed_over, "answer handed_over", "(?:{})"),
        asked_aside=compile(a.asked_aside, "answer asked_aside", "{}"),
        cause=compile(a.cause, "answer cause", "{}"),
        asked_filler=compile(a.asked_filler, "answer asked_filler", "{}"),
        below=compile(c.below, "compare below", "^(?:{})$"),
        inclusive=compile(c.inclusive, "compare inclusive", "^(?:{})$"),
        said_above=compile(c.said_above, "compare said_above", "^(?:{})$"),
        said_below=compile(c.said_below, "compare said_below", "^(?:{})$"),
        bound_filler=compile(c.bound_filler, "compare bound_filler", "{}"),
        each_part_asked=compile(c.each_part_asked, "compare each_part_asked", "{}"),
        named_parts=compile(c.named_parts, "compare named_parts", "{}"),
        zero_word=compile(e.zero_word, "evidence zero_word", "{}"),
        none_before=compile(e.none_before, "evidence none_before", "(?:{})"),
        zero_after=compile(e.zero_after, "evidence zero_after", "(?:{})"),
        change_clause=compile(e.change_clause, "evidence change_clause", "^(?:{})"),
        ability_asked=compile(e.ability_asked, "evidence ability_asked", "{}"),
        capacity_negation=compile(e.capacity_negation, "evidence capacity_negation", "(?:{})$"),
        not_negation=compile(e.not_negation, "evidence not_negation", "(?:{})"),
        preparatory=compile(e.preparatory, "evidence preparatory", "(?:{})"),
        plan_noun=compile(e.plan_noun, "evidence plan_noun", "{}"),
        list_item=compile(e.list_item, "evidence list_item", "{}"),
        goal_lead=compile(e.goal_lead, "evidence goal_lead", "{}"),
        goal_lookalike=compile(e.goal_lookalike, "evidence goal_lookalike", "{}"),
        weak_negation=compile(e.weak_negation, "evidence weak_negation", "(?:{})$"),
        each_said=compile(e.each_said, "evidence each_said", "{}"),
        total_lead=compile(e.total_lead, "evidence total_lead", "(?:{})$"),
        from_to=compile(e.from_to, "evidence from_to", "{}"),
        falls_short=compile(e.falls_short, "evidence falls_short", "(?:{})"),
        formality=compile(e.formality, "evidence formality", "(?:{})"),
        self_reference=compile(e.self_reference, "evidence self_reference", "{}"),
        lacks=compile(e.lacks, "evidence lacks", "(?:{})"),
        degree_noun=compile(e.degree_noun, "evidence degree_noun", "(?:{})"),
        state=compile(e.state, "evidence state", "(?:{})"),
        state_verb=compile(e.state_verb, "evidence state_verb", "(?:{})"),
        mostly=compile(e.mostly, "evidence mostly", "(?:{})"),
        all_filler=compile(e.all_filler, "evidence all_filler", "(?:{})"),
        none_found=compile(e.none_found, "evidence none_found", "(?:{})"),
        subset_lead=compile(e.subset_lead, "evidence subset_lead", "(?:{})"),
        all_lookalike=compile(e.all_lookalike, "evidence all_lookalike", "(?:{})"),
        steering=compile(e.steering, "evidence steering", "(?:{})"),
        none_quantifier=compile(e.none_quantifier, "evidence none_quantifier", "(?:{})"),
        pending=compile(e.pending, "evidence pending", "(?:{})"),
        completion=compile(e.completion, "evidence completion", "(?:{})"),
        negative_deed=compile(e.negative_deed, "evidence negative_deed", "(?:{})"),
        trend_lead=compile(e.trend_lead, "evidence trend_lead", "(?:{})"),
        doubled=compile(e.doubled, "evidence doubled", "(?:{})"),
        more_up=compile(e.more_up, "evidence more_up", "(?:{})"),
        more_down=compile(e.more_down, "evidence more_down", "(?:{})"),
        all_denied=compile(e.all_denied, "evidence all_denied", "(?:{})"),
        level_suffix=compile(e.level_suffix, "evidence level_suffix", "(?:{})"),
        prior_said=compile(e.prior_said, "evidence prior_said", "(?:{})"),
        others_lead=compile(e.others_lead, "evidence others_lead", "(?:{})"),
        double_negation=compile(e.double_negation, "evidence double_negation", "(?:{})$"),
        unmet_after=compile(e.unmet_after, "evidence unmet_after", "(?:{})"),
        none_then_not=compile(e.none_then_not, "evidence none_then_not", "(?:{})"),
        empty_noun=compile(e.empty_noun, "evidence empty_noun", "(?:{})"),
        self_body=compile(e.self_body, "evidence self_body", "(?:{})"),
        enough_asked=compile(e.enough_asked, "evidence enough_asked", "(?:{})"),
        staff=compile(e.staff, "evidence staff", "(?:{})"),
        staff_short=compile(e.staff_short, "evidence staff_short", "(?:{})"),
        rest_undone=compile(e.rest_undone, "evidence rest_undone", "(?:{})"),
        undone_asked=compile(e.undone_asked, "evidence undone_asked", "(?:{})"),
        concluded_asked=compile(e.concluded_asked, "evidence concluded_asked", "(?:{})"),
        not_done_asked=compile(e.not_done_asked, "evidence not_done_asked", "(?:{})"),
    )
