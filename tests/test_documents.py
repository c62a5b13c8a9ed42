"""Documents stage: loading, decoding, HTML/Markdown to text and normalization."""

from __future__ import annotations

import codecs
import hashlib
import random
import sys
import time
from pathlib import Path

import pytest

from fgqa.documents import clean_text, load_document, read_bytes_as_text
from fgqa.documents.html_text import html_to_text
from fgqa.errors import InputError

ROOT = Path(__file__).resolve().parents[1]

# Invented sentences in the style of the genre (not taken from any real report).
BODY = (
    "青禾区人民政府关于2023年度法治政府建设情况的报告\n"
    "2023年,青禾区坚持依法行政,全年审查规范性文件12件,行政诉讼败诉率为6.5%。\n"
    "一、主要举措和成效\n"
    "(一)健全决策机制\n"
    "全年办理行政复议案件31件,纠错率达到百分之十。\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- loading and encodings


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (BODY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + BODY.encode("utf-8"), "utf-8-sig"),
        (BODY.encode("utf-16"), "utf-16"),  # with BOM (native order)
        (codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), "utf-16"),
        (BODY.encode("gb18030"), "gb18030"),
        (BODY.encode("gbk"), "gb18030"),  # GBK is read with its superset
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    path = write(tmp_path, "report.txt", encoded)
    raw = read_bytes_as_text(path)
    assert raw.encoding == encoding
    assert raw.text.lstrip("\ufeff") == BODY
    assert raw.sha256 == hashlib.sha256(encoded).hexdigest()
    doc = load_document(path)
    assert f"encoding: {encoding}" in doc.notes
    assert doc.text == BODY.strip()
    assert doc.info.path == str(path)
    assert doc.info.chars == len(doc.text)
    assert doc.info.sha256 == hashlib.sha256(encoded).hexdigest()


def test_gb18030_only_characters_survive(tmp_path: Path) -> None:
    text = "白沙镇推进法治建设,𠀀字与䶮字都能读出。全年调解纠纷20起。"  # outside GBK
    path = write(tmp_path, "r.txt", text.encode("gb18030"))
    assert read_bytes_as_text(path).text == text


def test_load_document_fills_meta_and_notes(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "r.md", BODY))
    assert doc.meta.issuer == "青禾区人民政府"
    assert doc.meta.year == 2023
    assert doc.meta.level == "district"


def test_suffix_decides_media_and_no_suffix_is_sniffed(tmp_path: Path) -> None:
    assert read_bytes_as_text(write(tmp_path, "a.HTM", "<p>x</p>")).media == "html"
    assert read_bytes_as_text(write(tmp_path, "a.md", "# 标题")).media == "markdown"
    assert read_bytes_as_text(write(tmp_path, "plain", BODY)).media == "text"
    assert read_bytes_as_text(write(tmp_path, "page", "<!DOCTYPE html><p>正文</p>")).media == "html"
    doc = load_document(write(tmp_path, "saved.txt", "<html><body><p>第一段。</p><p>第二段。</p></body></html>"))
    assert doc.text == "第一段。\n第二段。"


def test_loading_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "r.html", "<p>" + BODY + "</p>")
    before = sorted(p.name for p in tmp_path.iterdir())
    load_document(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.pdf", b"%PDF-1.7", "cannot read the PDF"),
        ("report.docx", b"PK\x03\x04", "a damaged zip file"),
        ("report.doc", b"\xd0\xcf\x11\xe0", "not supported: save as .docx or PDF"),
        ("report.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Word file (.doc) is not supported"),
        ("report.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "a WPS file (.wps) is not supported: save as .docx or PDF"),
        ("report.ofd", b"anything", "an OFD file (.ofd) is not supported: save as .docx or PDF"),
        ("scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image, not a text report (scanned?): OCR it first"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("nul.txt", b"abc\x00def" * 10, "binary file"),
        ("controls.txt", b"\x01\x02\x03\x04\x05abc" * 20, "binary file"),
        ("noise.txt", bytes(range(0x80, 0x100)) * 4, "cannot detect the text encoding"),
        ("chrome.html", "<nav>首页 &gt; 通知</nav><script>x()</script>".encode(), "no report text left"),
    ],
)
def test_bad_files_raise_one_clear_input_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        load_document(path)
    text = str(info.value)
    assert message in text and name in text and "\n" not in text


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        load_document(tmp_path / "nope.txt")
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        load_document(folder)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", BODY)
    with pytest.raises(InputError, match=r"big\.txt: file too large"):
        load_document(path, max_bytes=50)
    assert load_document(path, max_bytes=10_000).text


# --------------------------------------------------------------------------- width folding, t2s, glosses


def test_width_folding() -> None:
    raw = "全年受理案件１２３件（其中行政类４５件），占比３６．６％；结论：良好　完成ＡＢＣ。"
    assert clean_text(raw).text == "全年受理案件123件(其中行政类45件),占比36.6%;结论:良好 完成ABC。"
    # Chinese-only punctuation stays as it is
    assert clean_text("一是“放管服”、二是《条例》。").text == "一是“放管服”、二是《条例》。"


def test_width_folding_by_replacing_the_characters_found_equals_the_translate_table() -> None:
    """fold_width replaces each folded character the text has, one after the other: the same as
    str.translate with the table because no character folds into one the table folds."""
    from fgqa.documents.cleaning import _WIDTH_TABLE, fold_width

    assert not {to for to in _WIDTH_TABLE.values() if to is not None} & set(_WIDTH_TABLE)
    rng = random.Random(7)
    alphabet = [chr(cp) for cp in _WIDTH_TABLE] + list("案件,，0123456789ab \n\t。") + ["\U00020000"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fold_width(text) == text.translate(_WIDTH_TABLE), repr(text)


def test_traditional_converted_with_note() -> None:
    result = clean_text("全面推進法治政府建設,審查規範性文件8件。")
    assert result.text == "全面推进法治政府建设,审查规范性文件8件。"
    assert any(n.startswith("converted traditional to simplified") for n in result.notes)
    assert not any("traditional" in n for n in clean_text("全面推进法治政府建设。").notes)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("堅持指導(dǎo)思想", "坚持指导思想"),
        ("推動高質(zhì)量發(fā)展", "推动高质量发展"),
        ("規(guī)范性文件", "规范性文件"),  # mixed script: simplified 范 inside a traditional word
        ("鄉（xiāng）鎮（zhèn）", "乡镇"),  # full-width brackets fold first
        ("依法治理(yī fǎ)工作", "依法治理工作"),
    ],
)
def test_pinyin_glosses_removed(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "(一)健全制度",
        "办法(试行)已印发",
        "落实纲要(2021-2025年)要求",
        "发布(2023)3号文件",
        "第(1)项",
        "开通热线(hotline)服务",
        "咖啡店(café)开业",  # an accent, but not pinyin
        "平台(APP)上线",
        "本条(a)款",
    ],
)
def test_parentheses_that_are_not_glosses_stay(raw: str) -> None:
    assert clean_text(raw).text == raw


def test_toneless_syllables_only_in_a_glossed_text() -> None:
    glossed = "指導(dǎo)思想,發(fā)展質(zhì)量,我們(men)的工作"
    assert clean_text(glossed).text == "指导思想,发展质量,我们的工作"
    assert clean_text("我们(men)的工作").text == "我们(men)的工作"


# --------------------------------------------------------------------------- chrome


@pytest.mark.parametrize(
    "chrome",
    [
        "您当前的位置:首页 > 政务公开 > 工作报告",
        "当前位置: 首页 > 法治建设",
        "首页 > 信息公开 > 规划计划",
        "【字体: 大 中 小】",
        "【字体: 打印",
        "打印 关闭窗口",
        "分享到:",
        "来源: 某某区司法局",
        "发布时间:2024-03-05 09:30 浏览次数: 210",
        "时间: 2024-01-08 10:00 来源: 区政府办",
        "[阅读次数: 88]",
        "点击数: 15",
        "来源: 某某园区 发布时间:2023-12-29 08:41 累计次数: 字体:[ ]",
        "索引号 | 113200/2024-00012 | ||",
        "组配分类 | 计划总结 | 发布机构 | 东湖街道 |",
        "生成日期 | 2024-02-01 | 公开方式 | 主动公开 |",
        "文号: 青政发〔2024〕3号",
        "主题分类 | 综合政务 | 体裁分类 | 报告 |",
    ],
)
def test_each_chrome_kind_is_removed_and_kept_for_metadata(chrome: str) -> None:
    result = clean_text(f"{chrome}\n{BODY}")
    assert result.text == BODY.strip()
    assert result.removed_lines == [chrome.strip()]
    assert any("chrome line" in n for n in result.notes)


@pytest.mark.parametrize(
    "body_line",
    [
        "加强案件来源管理,规范线索登记,全年受理投诉举报40件。",
        "资金来源:区财政预算安排,全年投入经费80万元,保障各项工作落实到位,确保法治宣传活动顺利开展",
        "时间紧任务重的情况下,各部门按期完成清理。",
        "一、健全制度 打印机采购纳入政府采购管理。",
    ],
)
def test_body_sentences_mentioning_chrome_words_stay(body_line: str) -> None:
    result = clean_text(body_line)
    assert result.text == body_line and result.removed_lines == []


def test_pipe_debris_removed() -> None:
    raw = "正文最后一句。 |\n|\n| |\n"
    result = clean_text(raw)
    assert result.text == "正文最后一句。"
    assert result.removed_lines == []


# --------------------------------------------------------------------------- spaces and numbers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("受理案件75 件", "受理案件75件"),
        ("占比 7.8 %", "占比 7.8%"),
        ("调解纠纷1 900 起", "调解纠纷1900起"),
        ("投入12 345 678 元", "投入12345678元"),
        ("2023 年全年", "2023年全年"),
        ("完成率达100% 二、下一步计划", "完成率达100% 二、下一步计划"),
        ("共审查合同38 一是加强审查", "共审查合同38 一是加强审查"),
        ("时段为 10 20 30 分钟", "时段为 10 20 30分钟"),  # not digit groups
        ("工作  要点\t\t安排", "工作 要点 安排"),
        ("  首行缩进的段落。  ", "首行缩进的段落。"),
        ("第一段。\n\n\n\n第二段。", "第一段。\n第二段。"),
        ("第一段。\r\n第二段。\r第三段。", "第一段。\n第二段。\n第三段。"),
    ],
)
def test_spaces_and_numbers(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_one_line_report_stays_one_line() -> None:
    one_line = (
        "区委、区政府: 2024年以来,东湖街道坚持依法行政。现将情况报告如下: "
        "一、主要举措和成效 (一)压实责任。全年化解矛盾纠纷120起。 (二)规范执法。 二、存在的不足 一是培训不够。"
    )
    result = clean_text(one_line)
    assert result.text == one_line
    assert "\n" not in result.text


# --------------------------------------------------------------------------- HTML and Markdown


def test_html_table_rows_become_pipe_lines_and_are_cleaned_as_chrome() -> None:
    html = """<html><head><title>页面</title><style>.a{}</style></head><body>
    <header>网站头部</header><nav>首页 &gt; 信息公开</nav>
    <table class="meta"><tr><th>索引号</th><td>0012/2024-88</td></tr>
    <tr><td>发布机构</td><td>东湖街道</td><td>生成日期</td><td>2024-02-01</td></tr></table>
    <h1>东湖街道2023年法治政府建设
    工作报告</h1>
    <div><p>2023年,东湖街道<strong>坚持</strong>依法行政。<br>全年受理&nbsp;案件 75 件。</p>
    <table><tr><td>项目</td><td>数量</td></tr><tr><td>调解纠纷</td><td>120起</td></tr></table>
    <ul><li>一是健全制度。</li><li>二是规范执法。</li></ul></div>
    <script>var x = 1;</script><!-- 注释 --><footer>版权所有</footer></body></html>"""
    assert html_to_text(html) == (
        "索引号 | 0012/2024-88\n发布机构 | 东湖街道 | 生成日期 | 2024-02-01\n"
        "东湖街道2023年法治政府建设工作报告\n2023年,东湖街道坚持依法行政。\n全年受理 案件 75 件。\n"
        "项目 | 数量\n调解纠纷 | 120起\n一是健全制度。\n二是规范执法。"
    )
    result = clean_text(html, media="html")
    assert result.removed_lines == ["索引号 | 0012/2024-88", "发布机构 | 东湖街道 | 生成日期 | 2024-02-01"]
    assert result.text.splitlines()[0] == "东湖街道2023年法治政府建设工作报告"
    assert "全年受理 案件 75件。" in result.text  # only number → measure word is joined


def test_layout_table_keeps_its_paragraphs() -> None:
    sentence = "正文内容,较长的段落放在排版表格中,超过一般数据单元格的长度。"
    body = "".join(f"<p>第{i}段{sentence * 3}</p>" for i in range(1, 4))
    html = f"<table><tr><td>{body}</td></tr><tr><td><table><tr><td>来源</td><td>司法局</td></tr></table></td></tr></table>"
    lines = html_to_text(html).splitlines()
    assert len(lines) == 4 and lines[-1] == "来源 | 司法局"


def _reference_html_to_text(html: str) -> str:
    """The HTML reading written as edits of bs4's tree (each edit walks the edited element's
    subtree, so deep pages took minutes): what the one-walk reading must give."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    from fgqa.documents import html_text as h

    soup = BeautifulSoup(html, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(h._DROP):
        tag.decompose()
    for table in reversed(soup.find_all("table")):
        if table.find(["table", "fgqa-rows"]) is None and h._is_data_table(table):
            rows = soup.new_tag("fgqa-rows")
            for line in h._table_to_lines(table):
                row = soup.new_tag("p")
                row.string = line
                rows.append(row)
            table.replace_with(rows)
    in_pre = {id(node) for pre in soup.find_all("pre") for node in pre.find_all(string=True)}
    for text_node in soup.find_all(string=True):
        if id(text_node) not in in_pre:
            text_node.replace_with(NavigableString(h._fold(str(text_node))))
    for br in soup.find_all("br"):
        br.replace_with(NavigableString(h._BR))  # a line break unless inside a sentence (h._join_layout_breaks)
    for tag in soup.find_all(True):
        if tag.name in h._BLOCK or tag.name == "fgqa-rows":
            tag.insert_before(NavigableString("\n"))
            tag.insert_after(NavigableString("\n"))
    lines = (line.strip(" ") for line in h._join_layout_breaks(soup.get_text()).split("\n"))
    return "\n".join(line for line in lines if line)


def _random_html(rng: random.Random, depth: int = 0) -> str:
    tags = ["p", "div", "span", "b", "pre", "table", "tr", "td", "th", "tbody", "caption", "nav", "script", "form",
            "button", "ruby", "rt", "rp", "li", "ul", "h2", "a", "hr", "header", "select", "option"]
    texts = ["受理案件12件", " ", "\n", "一、总体情况\n", "败诉率为5%,", "a  b", "\u3000", "“引号”", ",\n继续", "第一\n第二"]
    out = []
    for _ in range(rng.randint(0, 4)):
        r = rng.random()
        if r < 0.35 or depth > 6:
            out.append(rng.choice(texts))
        elif r < 0.42:
            out.append(rng.choice(["<!--c-->", "<![CDATA[cd]]>", "<?pi?>", "<br>", "<br/>", "</br>", "&nbsp;"]))
        else:
            tag = rng.choice(tags)
            out.append(f"<{tag}>" + _random_html(rng, depth + 1) + (f"</{tag}>" if rng.random() < 0.9 else ""))
    return "".join(out)


def test_html_reading_in_one_walk_equals_editing_the_tree() -> None:
    rng = random.Random(11)
    pages = [_random_html(rng) for _ in range(1500)] + [
        "<pre>a<br>b<rt>r</rt><![CDATA[q]]><!--c-->\n  c</pre>",
        "<table><tr><td>a</td><td><table><tr><td>b</td></tr></table></td></tr></table>",
        "<pre><table><tr><td>a\u3000 b</td></tr></table></pre>",
        "<table><tr><td><form><table><tr><td>x</td></tr></table></form>y</td></tr></table>",
        "<!DOCTYPE html><html><head><title>t</title></head><body>b<table></table></body></html>",
    ]
    for page in pages:
        assert html_to_text(page) == _reference_html_to_text(page), page


def test_deeply_nested_html_is_read_without_recursion() -> None:
    depth = 20_000
    page = "<body>" + "".join(f"<div>第{i}段" for i in range(depth)) + "</div>" * depth + "</body>"
    lines = html_to_text(page).splitlines()
    assert len(lines) == depth and lines[0] == "第0段" and lines[-1] == f"第{depth - 1}段"


def test_markdown_markup_stripped_but_headings_kept() -> None:
    md = "# 青禾区2023年法治政府建设报告\n\n> **一、主要举措**\n\n- 审查[文件](http://x)12 件\n\n| 项目 | 数量 |\n|---|---|\n| 调解 | 5起 |\n"
    assert clean_text(md, media="markdown").text == (
        "# 青禾区2023年法治政府建设报告\n一、主要举措\n审查文件12件\n项目 | 数量\n调解 | 5起"
    )


def test_unknown_media_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        clean_text("x", media="pdf")


# --------------------------------------------------------------------------- properties


def _random_inputs(n: int) -> list[str]:
    pieces = [
        "您当前的位置:首页 > 公开", "【字体: 大 中 小】", "来源: 司法局", "索引号 | 1/2", "|", " | ",
        "2023年度法治政府建设报告", "全年办理案件１２件", "1 900 起", "75 件", "指導(dǎo)", "(一)", "(试行)",
        "一、主要举措", "　", "\t", "  ", "\n", "\n\n", "\r\n", "。", "審查規範", "<p>", "％", "（２）", "我們(men)",
        "時間: 2024-01-02", "数据来源:统计局。", "120 二、", "5 一是", "\u200b", "\x0c",
    ]
    rng = random.Random(7)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("media", ["text", "markdown", "html"])
def test_clean_text_is_idempotent(media: str) -> None:
    for raw in [BODY, *_random_inputs(300)]:
        once = clean_text(raw, media=media).text
        assert clean_text(once).text == once, raw


def test_a_long_report_cleans_fast() -> None:
    paragraph = "全年审查规范性文件12 件,办理行政复议案件31件,败诉率为6.5%,开展普法活动120场次。\n"
    report = "您当前的位置:首页 > 公开\n" + paragraph * (15_000 // len(paragraph))
    clean_text(report)  # warm up (loads the OpenCC dictionary)
    best = min(_timed(lambda: clean_text(report)) for _ in range(5))
    assert len(report) >= 14_000
    # CPU time, not wall time: other processes on a shared machine do not count. The bound is
    # ~10x today's cost; it catches a per-line pass turning quadratic, not a few percent.
    assert best < 0.030


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.process_time()
    fn()
    return time.process_time() - start


# --------------------------------------------------------------------------- OpenCC only when it can change the text


def test_the_t2s_trigger_list_is_the_installed_dictionaries_or_every_text_is_converted():
    """fgqa/documents/t2s_triggers.json is what scripts/t2s_triggers.py makes of the installed
    OpenCC dictionaries; with other dictionaries installed, may_change says yes to everything."""
    import json

    from fgqa.documents import traditional

    shipped = json.loads(traditional.TRIGGERS.read_text(encoding="utf-8"))
    if shipped["dictionaries_sha256"] != traditional.dictionaries_hash():
        assert traditional.may_change("法治政府建设") and traditional.may_change("")
        pytest.skip("other OpenCC dictionaries installed: every text is converted (run scripts/t2s_triggers.py)")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from t2s_triggers import triggers
    finally:
        sys.path.pop(0)
    assert triggers() == shipped


def test_a_text_without_a_trigger_comes_out_of_opencc_unchanged():
    """The list is exact: every BMP character that is no trigger converts to itself, and each
    trigger phrase (made of non-trigger characters) is one OpenCC does change."""
    import opencc

    from fgqa.documents import traditional

    triggers = traditional._triggers()
    if triggers is None:
        pytest.skip("other OpenCC dictionaries installed")
    chars, phrases, _ = triggers
    others = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000 and chr(c) not in chars]
    text = "\n".join(others)
    assert not traditional.may_change(text)
    converter = opencc.OpenCC("t2s")
    assert converter.convert(text) == text
    assert phrases and all(converter.convert(p) != p and traditional.may_change(f"一{p}。") for p in phrases)
    assert all(traditional.may_change(c) for c in chars)


def test_the_trigger_scan_answers_as_the_set_of_trigger_characters():
    """may_change scans for the BMP triggers with one class and asks the set about anything
    beyond the BMP: the same answer as the set itself, on random texts of triggers, characters
    beyond the BMP that are and are not triggers, and plain text."""
    from fgqa.documents import traditional

    triggers = traditional._triggers()
    if triggers is None:
        pytest.skip("other OpenCC dictionaries installed")
    chars, phrases, _ = triggers
    astral = sorted(c for c in chars if ord(c) > 0xFFFF)
    bmp = sorted(c for c in chars if ord(c) <= 0xFFFF)
    assert astral and bmp
    outside = [chr(c) for c in range(0x20000, 0x20100) if chr(c) not in chars][:2] + ["\U0001F600"]
    plain = list("法治政府建设年度报告,。0123") + outside
    rng = random.Random(3)
    for _ in range(3000):
        pool = plain * 4 + rng.sample(astral, 2) + rng.sample(bmp, 1)
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        expected = not chars.isdisjoint(text) or any(p in text for p in phrases)
        assert traditional.may_change(text) == expected, repr(text)


def test_the_trigger_class_escapes_what_re_escape_escapes():
    """The class of BMP triggers escapes only ASCII characters (re.escape changes no other; called
    per character on thousands of CJK ones it was ~9 ms of a start): the same pattern as escaping
    each one, so the same matches, for characters that need escaping in a class and ones that do not."""
    import re

    from fgqa.documents import traditional

    chars = frozenset("]\\^-[a 1.|榮與鬥壹嚮\U00020000\U0002a6d6") | {chr(c) for c in range(0x80, 0x3000, 97)}
    built = traditional._chars_pattern.__wrapped__("".join(sorted(chars)))
    expected = "".join(re.escape(c) for c in sorted(chars) if ord(c) <= 0xFFFF)
    assert built.pattern == f"[{expected}]|[\U00010000-\U0010FFFF]"
    for c in [*chars, "b", "\u4e00", "\U0001F600"]:
        assert (built.fullmatch(c) is not None) == (c in chars or ord(c) > 0xFFFF), repr(c)
    triggers = traditional._triggers()
    if triggers is not None:  # the shipped list: written sorted, once each, so the class is the sorted set's
        assert triggers.listed == "".join(sorted(triggers.chars))


def test_traditional_text_is_still_simplified_and_simplified_text_skips_opencc(monkeypatch):
    from fgqa.documents import cleaning

    assert cleaning.to_simplified("依法行政工作報告,反覆審查") == ("依法行政工作报告,反复审查", 3)
    assert cleaning.to_simplified("批覆")[0] == "批复"  # a phrase whose characters are no triggers alone
    monkeypatch.setattr(cleaning, "_t2s", lambda: pytest.fail("OpenCC loaded for a simplified text"))
    assert cleaning.to_simplified("覆盖率达到100%,法治政府建设") == ("覆盖率达到100%,法治政府建设", 0)
