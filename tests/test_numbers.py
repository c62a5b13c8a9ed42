"""The quantity parser: values, units, qualifiers, spans, and what is not a quantity."""

from __future__ import annotations

import pytest

from fgqa.figures.numbers import Quantity, find_quantities, parse_number, parse_quantity, values_in


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.raw for q in found]
    return found[0]


# --------------------------------------------------------------------------- parse_number

@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("1,900", 1900),
        ("482,764", 482764),
        ("1,234,567", 1234567),
        ("7.8", 7.8),
        ("12.87", 12.87),
        ("334000", 334000),
        ("２０", 20),
        ("二十三", 23),
        ("两", 2),
        ("一百零五", 105),
        ("十", 10),
        ("十一", 11),
        ("一千零一", 1001),
        ("三万五千", 35000),
        ("一万五", 15000),
        ("三百五", 350),
        ("一亿二千万", 120000000),
        ("二〇二三", 2023),
        ("三点五", 3.5),
        ("3.5万", 35000),
        ("16.4亿", 1640000000),
        ("0.5万", 5000),
        ("13.5万", 135000),
    ],
)
def test_parse_number(s: str, expected: int | float) -> None:
    value = parse_number(s)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("s", ["近百", "两三", "三四十", "十四五", "1,90", "12,3456", "", "abc", "三十余万", "5件"])
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s) is None


# --------------------------------------------------------------------------- find_quantities: values

@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "raw"),
    [
        # thousands separators and decimals
        ("梳理企业诉求1,900余项,已逐项办结", 1900, "项", "approx_more", "1,900余项"),
        ("签署承诺书482,764份", 482764, "份", "exact", "482,764份"),
        ("败诉率为7.8%", 7.8, "%", "exact", "7.8%"),
        ("全国平均水平12.87%", 12.87, "%", "exact", "12.87%"),
        ("运出渣土3,456.5吨", 3456.5, "吨", "exact", "3,456.5吨"),
        # multipliers on counts are expanded
        ("归集数据30余万条", 300000, "条", "approx_more", "30余万条"),
        ("覆盖商户13.5万户", 135000, "户", "exact", "13.5万户"),
        ("受教育群众6万余人", 60000, "人", "approx_more", "6万余人"),
        ("观看直播334000余人", 334000, "人", "approx_more", "334000余人"),
        ("发放资料1万余份", 10000, "份", "approx_more", "1万余份"),
        ("服务群众2.5万人次", 25000, "人次", "exact", "2.5万人次"),
        ("惠及群众十余万人", 100000, "人", "approx_more", "十余万人"),
        # money keeps 万/亿 in its unit
        ("发放贴息贷款2700余万元", 2700, "万元", "approx_more", "2700余万元"),
        ("撬动社会投资6.5亿元", 6.5, "亿元", "exact", "6.5亿元"),
        ("融资规模17亿元", 17, "亿元", "exact", "17亿元"),
        ("罚没款80.66万元", 80.66, "万元", "exact", "80.66万元"),
        ("罚款共计4.8万元", 4.8, "万元", "exact", "4.8万元"),
        ("补助资金500元", 500, "元", "exact", "500元"),
        ("安排经费三百万元", 300, "万元", "exact", "三百万元"),
        ("追回款项16.4亿元", 16.4, "亿元", "exact", "16.4亿元"),
        # Chinese numerals with a measure word
        ("研究通过一项重大事项", 1, "项", "exact", "一项"),
        ("办理案件二十三件", 23, "件", "exact", "二十三件"),
        ("出台两项办法", 2, "项", "exact", "两项"),
        ("邀请三十余人参加", 30, "人", "approx_more", "三十余人"),
        ("组建一百零五支志愿队", 105, "支", "exact", "一百零五支"),
        ("全年受理一起,已办结", 1, "起", "exact", "一起"),
        ("发生一起交通事故", 1, "起", "exact", "一起"),
        ("聘请十名法律顾问", 10, "名", "exact", "十名"),
        # qualifiers
        ("补种绿植22余块", 22, "块", "approx_more", "22余块"),
        ("满意率98%以上", 98, "%", "approx_more", "98%以上"),
        ("吸引超过500人报名", 500, "人", "approx_more", "超过500人"),
        ("受众突破2万人", 20000, "人", "approx_more", "突破2万人"),
        ("登记逾300家", 300, "家", "approx_more", "逾300家"),
        ("举办讲座100多场", 100, "场", "approx_more", "100多场"),
        ("开展宣讲近百场", 100, "场", "approx_less", "近百场"),
        ("参训人员将近400人", 400, "人", "approx_less", "将近400人"),
        ("年均不足5件", 5, "件", "approx_less", "不足5件"),
        ("把败诉率控制在7%以内", 7, "%", "approx_less", "7%以内"),
        ("罚款3万元以下", 3, "万元", "approx_less", "3万元以下"),
        ("吸引上千人次参与", 1000, "人次", "approx_more", "上千人次"),
        ("走访千余户", 1000, "户", "approx_more", "千余户"),
        ("不少于20学时", 20, "", "approx_more", "不少于20"),
        # exact words stay outside the span
        ("案件数量达120件", 120, "件", "exact", "120件"),
        ("出庭率高达95%", 95, "%", "exact", "95%"),
        ("全年共审查合同86份", 86, "份", "exact", "86份"),
        ("累计出庭12次", 12, "次", "exact", "12次"),
        # percent written out, percentage points
        ("调解率达到百分之十五", 15, "%", "exact", "百分之十五"),
        ("按时办结率百分之百", 100, "%", "exact", "百分之百"),
        ("纠错率提高3.5个百分点", 3.5, "个百分点", "exact", "3.5个百分点"),
        ("下降五个百分点", 5, "个百分点", "exact", "五个百分点"),
        ("同比下降１２％", 12, "％", "exact", "１２％"),
        # units
        ("审理案件75 件", 75, "件", "exact", "75 件"),
        ("开展活动21场次", 21, "场次", "exact", "21场次"),
        ("抽检食品900批次", 900, "批次", "exact", "900批次"),
        ("明确11个重点执法领域", 11, "个", "exact", "11个"),
        ("连续3年保持零败诉", 3, "年", "exact", "3年"),
        ("在5个工作日内答复", 5, "个工作日", "exact", "5个工作日"),
        ("整治6个月", 6, "个月", "exact", "6个月"),
        ("近3年来未发生", 3, "年", "exact", "3年"),
        ("培训8小时", 8, "小时", "exact", "8小时"),
        ("增长1.5倍", 1.5, "倍", "exact", "1.5倍"),
        ("受理编号12345的来电", 12345, "", "exact", "12345"),
    ],
)
def test_find_quantities_values(text: str, value: int | float, unit: str, qualifier: str, raw: str) -> None:
    q = only(text)
    assert (q.value, q.unit, q.qualifier, q.raw) == (value, unit, qualifier, raw)
    assert type(q.value) is type(value)


@pytest.mark.parametrize(
    ("text", "numeral"),
    [("受理13件", "arabic"), ("受理十三件", "chinese"), ("归集30余万条", "mixed"), ("安排2700万元", "arabic"),
     ("百分之15", "mixed")],
)
def test_numeral_kind(text: str, numeral: str) -> None:
    assert only(text).numeral == numeral


def test_core_span_excludes_qualifier_words() -> None:
    text = "全年接待超过500人次以上"
    q = only(text)
    assert text[q.start:q.end] == "超过500人次以上"
    assert text[q.num_start:q.num_end] == "500人次"


def test_prefix_is_not_part_of_another_word() -> None:
    # 最近 is "recent", not "almost"
    text = "最近5天共受理案件"
    q = only(text)
    assert (q.raw, q.qualifier) == ("5天", "exact")


# --------------------------------------------------------------------------- lists and separators

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("驳回2件,确认违法1件", [(2, "件"), (1, "件")]),
        ("撤销3件、变更1件、责令履行2件", [(3, "件"), (1, "件"), (2, "件")]),
        ("分别为12,34件", [(12, ""), (34, "件")]),
        ("受理15起,败诉1起,败诉率6.7%", [(15, "起"), (1, "起"), (6.7, "%")]),
        ("上升9%、12.5%", [(9, "%"), (12.5, "%")]),
        ("依次是1,234,5678", [(1234, ""), (5678, "")]),
    ],
)
def test_list_commas_are_not_thousands_separators(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# --------------------------------------------------------------------------- not quantities

@pytest.mark.parametrize(
    "text",
    [
        # dates and years
        "2023年", "2024年度法治政府建设", "2024年2月27日", "1月", "12月14日", "二〇二三年十二月十四日",
        "发布时间 2024-03-01", "2024.3.1", "2021-2025年规划", "每年5,6月", "会议于10:30开始",
        # document numbers, identifiers
        "〔2023〕5号", "[2024]12号文", "索引号 0010080030010620", "5G基站", "PM2.5浓度",
        # ordinals and list markers
        "一是", "二是", "(一)", "（二）", "一、", "1.加强领导", "\n2、完善制度", "(3)健全机制",
        "第一", "第六次会议", "第3批", "第八个五年规划",
        # names, idioms and slogans
        "一把手", "一站式服务", "一网通办", "一体化", "一表统揽", "统一部署", "进一步", "整改一批",
        "万人助万企", "二十大", "五报告、四考核", "一户一档", "三所一庭", "一次性告知", "高效办成一件事",
        "一起研究部署", "唯一途径", "重要内容之一", "均无一起", "数十家", "两三个", "千家万户", "最多跑一次",
        "一条龙服务", "一本账", "一张网", "一部分", "党的二十届", "零败诉", "百日攻坚",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == [], [q.raw for q in find_quantities(text)]


def test_date_inside_sentence_keeps_the_count() -> None:
    text = "2024年3月1日至12月31日,共受理案件58件"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(58, "件")]


def test_ordinal_next_to_a_count() -> None:
    text = "第二批共12家单位"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "家")]


# --------------------------------------------------------------------------- spans

PARAGRAPH = (
    "一、2024年主要工作\n(一)强化执法监督。全年共办理行政处罚案件1,236件,罚没款项合计352.4万元,"
    "较上年下降12.5%;组织培训近百场,参训人员超过3,000人次,考试通过率98%以上。"
    "二是化解矛盾纠纷2万余起,调解成功率达百分之九十五,其中一起涉企纠纷涉及金额1.2亿元。"
    "1.健全制度:出台两项办法、三十余条措施,审查合同 45 份,出具意见书十二份。"
    "〔2024〕3号文件明确,2025年败诉率控制在5%以内,负责人出庭率提高4个百分点。"
)


def test_spans_are_exact_over_a_paragraph() -> None:
    found = find_quantities(PARAGRAPH)
    assert found == sorted(found, key=lambda q: q.start)
    previous_end = 0
    for q in found:
        assert PARAGRAPH[q.start:q.end] == q.raw
        assert q.start <= q.num_start < q.num_end <= q.end
        assert q.start >= previous_end
        previous_end = q.end
    assert [(q.value, q.unit, q.qualifier) for q in found] == [
        (1236, "件", "exact"),
        (352.4, "万元", "exact"),
        (12.5, "%", "exact"),
        (100, "场", "approx_less"),
        (3000, "人次", "approx_more"),
        (98, "%", "approx_more"),
        (20000, "起", "approx_more"),
        (95, "%", "exact"),
        (1, "起", "exact"),
        (1.2, "亿元", "exact"),
        (2, "项", "exact"),
        (30, "条", "approx_more"),
        (45, "份", "exact"),
        (12, "份", "exact"),
        (5, "%", "approx_less"),
        (4, "个百分点", "exact"),
    ]


def test_spans_are_offsets_into_the_whole_text() -> None:
    prefix = "前言。" * 50
    q = only(prefix + "受理案件7件")
    assert (q.start, q.end) == (len(prefix) + 4, len(prefix) + 6)


def test_quantity_is_frozen() -> None:
    q = only("受理7件")
    with pytest.raises(AttributeError):
        q.value = 8  # type: ignore[misc]


# --------------------------------------------------------------------------- parse_quantity / values_in

@pytest.mark.parametrize(
    ("s", "value", "unit", "qualifier"),
    [
        ("受理行政复议案件13件", 13, "件", "exact"),
        ("近百场", 100, "场", "approx_less"),
        ("  2700余万元 ", 2700, "万元", "approx_more"),
        ("二十三", 23, "", "exact"),
        ("98%以上", 98, "%", "approx_more"),
    ],
)
def test_parse_quantity(s: str, value: float, unit: str, qualifier: str) -> None:
    q = parse_quantity(s)
    assert q is not None
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)
    assert s[q.start:q.end] == q.raw


@pytest.mark.parametrize("s", ["受理13件,办结11件", "一是加强领导", "", "2024年"])
def test_parse_quantity_needs_exactly_one(s: str) -> None:
    assert parse_quantity(s) is None


def test_parse_quantity_prefers_the_quantity_that_covers_the_string() -> None:
    q = parse_quantity("2024年败诉率7.8%")
    assert q is not None and q.value == 7.8


def test_values_in() -> None:
    assert values_in("2023年共受理13起,败诉1起,败诉率7.7%") == (13, 1, 7.7)
    assert values_in("零败诉") == ()


def test_the_quantity_pattern_groups_are_read_by_the_positions_the_scanner_assumes() -> None:
    from fgqa.figures import numbers

    pattern = numbers._QUANTITY_RE.compiled()  # type: ignore[attr-defined]
    assert pattern.groups == len(numbers._GROUPS)
    assert [name for name, _ in sorted(pattern.groupindex.items(), key=lambda kv: kv[1])] == list(numbers._GROUPS)


def test_plain_digits_read_as_an_int_give_what_decimal_gave() -> None:
    """_arabic reads plain digits with int() (Decimal only for separators and decimals): the
    quantity's value is the same number of the same type as through Decimal."""
    import random
    from decimal import Decimal

    from fgqa.figures import numbers

    rng = random.Random(11)
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789０１２３") for _ in range(rng.randint(1, 12)))
        fast = numbers._arabic(digits)
        slow = Decimal(digits.translate(numbers._FULLWIDTH_DIGITS))
        assert type(fast) is int and fast == slow
        for mult in ("万", "亿", "千万", "百万", "千"):
            a, unit_a, _ = numbers._apply_multiplier(fast, mult, "件")
            b, unit_b, _ = numbers._apply_multiplier(slow, mult, "件")
            assert unit_a == unit_b and numbers._to_number(a) == numbers._to_number(b)
            assert type(numbers._to_number(a)) is type(numbers._to_number(b))
        assert type(numbers._to_number(-fast)) is type(numbers._to_number(-slow)) and numbers._to_number(-fast) == numbers._to_number(-slow)
