"""What kind of figure a number is: the year's own, a change, a target or a benchmark.

Confusing these is the typical error (a 下降73% read as the loss rate, a national 12.87%
read as the district's). The decision uses only the words around the number inside its
clause: the lead (words before it, up to the previous number) and the tail. The words
themselves are data (fgqa/lexicon/kinds.toml).
"""

from __future__ import annotations

from fgqa.lexicon import Lexicon, lexicon
from fgqa.models import Kind


def classify(lead: str, tail: str, *, in_plans: bool = False, lex: Lexicon | None = None) -> tuple[Kind, str | None]:
    """Kind and change direction for a number with these words around it."""
    k = (lex or lexicon()).kinds
    if k.previous_lead.search(lead) and k.previous_tail.search(tail):
        return "benchmark", None  # the base a change starts from ("由63项增至86项")
    if k.prior_aside.search(lead):
        return "benchmark", None  # 收到申请31件(上年为22件): the year before's value beside the year's
    rate_of_change = k.rate_of_change.search(lead)
    if rate_of_change:  # "降幅达15%" is a change even after 达
        return "change", "down" if rate_of_change.group(1) == "降幅" else "up"
    if not k.to_value.search(lead):
        m = k.change_lead.search(lead)
        if m:
            return "change", "up" if k.up.fullmatch(m.group("verb")) else "down"
    if (k.benchmark_lead.search(lead) and not k.own_average.search(lead)) or k.benchmark_tail.search(tail):
        return "benchmark", None
    if is_goal(lead, in_plans=in_plans, lex=lex) or k.target_tail.search(tail):
        return "target", None
    return "stated", None


def is_goal(lead: str, *, in_plans: bool, lex: Lexicon | None = None) -> bool:
    """A verbal figure (零败诉, 全覆盖) said as an aim ("力争…零败诉") or in the plans part."""
    k = (lex or lexicon()).kinds
    return bool(k.target_lead.search(lead)) or (in_plans and not k.past_in_plans.search(lead))
