"""What a file is, from its first bytes (its name only breaks ties): reports arrive
renamed, saved without a suffix, or as `download.aspx`.

`sniff` returns the reader to use — pdf, docx, html, markdown or text — or raises an
InputError naming what the file is when fgqa cannot read it (old Word, WPS, OFD, a
spreadsheet, an image, an archive).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath
from typing import Literal

from fgqa.errors import InputError

Format = Literal["pdf", "docx", "html", "markdown", "text"]

_SAVE_AS = "not supported: save as .docx or PDF"
#: office formats fgqa does not read, by suffix (the content check names OLE and OFD too)
_UNSUPPORTED_SUFFIX = {
    ".doc": f"an old Word file (.doc) is {_SAVE_AS}",
    ".wps": f"a WPS file (.wps) is {_SAVE_AS}",
    ".ofd": f"an OFD file (.ofd) is {_SAVE_AS}",
    ".rtf": f"an RTF file is {_SAVE_AS}",
    ".xls": "a spreadsheet is not a report: export the report text",
    ".xlsx": "a spreadsheet is not a report: export the report text",
    ".ppt": "a presentation is not a report",
    ".pptx": "a presentation is not a report",
}
_IMAGES = ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))
_ARCHIVES = ((b"Rar!", "RAR"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"\x1f\x8b", "gzip"))
_HTML = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >]|<table|<title)", re.IGNORECASE)


def sniff(data: bytes, name: str) -> Format:
    suffix = PurePath(name.split("?")[0]).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:  # the header may follow a few junk bytes
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: .doc, .wps, .xls, .ppt
        kind = {".wps": "a WPS file (.wps)", ".xls": "an old Excel file (.xls)", ".ppt": "an old PowerPoint file (.ppt)"}
        raise InputError(f"{name}: {kind.get(suffix, 'an old Word file (.doc)')} is {_SAVE_AS}")
    if data.startswith(b"{\\rtf"):
        raise InputError(f"{name}: an RTF file is {_SAVE_AS}")
    for magic, label in _IMAGES:
        if data.startswith(magic):
            raise InputError(f"{name}: a {label} image, not a text report (scanned?): OCR it first")
    for magic, label in _ARCHIVES:
        if data.startswith(magic):
            raise InputError(f"{name}: a {label} archive: extract the report from it first")
    if suffix in _UNSUPPORTED_SUFFIX:
        raise InputError(f"{name}: {_UNSUPPORTED_SUFFIX[suffix]}")
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".html", ".htm", ".shtml", ".xhtml") or _HTML.match(_ascii_view(head)):
        return "html"
    return "text"


def _ascii_view(head: bytes) -> bytes:
    """The head without a BOM and without the NULs of UTF-16, so `<html` is seen in any encoding."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom):]
            break
    return head.replace(b"\x00", b"")


def _zip_format(data: bytes, name: str) -> Format:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{name}: a damaged zip file (a .docx that did not download fully?)") from None
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names or any(n.lower().endswith("ofd.xml") for n in names):
        raise InputError(f"{name}: an OFD file (.ofd) is {_SAVE_AS}")
    if any(n.startswith("xl/") for n in names):
        raise InputError(f"{name}: an Excel workbook is not a report: export the report text")
    if any(n.startswith("ppt/") for n in names):
        raise InputError(f"{name}: a PowerPoint file is not a report")
    if "mimetype" in names and any(n == "content.xml" for n in names):
        raise InputError(f"{name}: an OpenDocument file is {_SAVE_AS}")
    raise InputError(f"{name}: a zip archive, not a report: extract the report from it first")
