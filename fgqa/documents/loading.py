"""Read a report — a file, a URL or standard input — by what its bytes are, decode it, clean it.

PDF (text layer), Word .docx, HTML and text (UTF-8, UTF-16 with or without BOM,
GB18030/GBK) are read; anything else is refused with a message naming what it is.
Nothing is ever written. Every problem is an `InputError` whose one-line message names
the source.
"""

import codecs
import errno
import hashlib
import os
import re
import sys
from pathlib import Path

from pydantic import BaseModel

from fgqa import re_cache
from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta
from fgqa.documents.sniff import sniff
from fgqa.documents.url import is_url
from fgqa.errors import InputError
from fgqa.models import DocInfo, Document

SUFFIX_MEDIA = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
SUPPORTED = ".txt .md .html .htm .pdf .docx, http(s):// URLs and - (standard input)"
DEFAULT_MAX_BYTES = 5_000_000
#: PDF and Word files carry images and fonts: their own, larger limit
MAX_BINARY_BYTES = 50_000_000
STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: GBK and GB2312 are subsets of GB18030: decoding with the superset never loses text
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030",
              "ascii": "utf-8", "us-ascii": "utf-8", "iso-8859-1": "windows-1252"}
#: share of control characters (besides tab/newline/CR/FF) above which a file is binary
_MAX_CONTROL_RATIO = 0.01
_CONTROL = re_cache.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Unicode Cc minus tab/newline/CR/FF/VT
_HTML_SNIFF = re_cache.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.IGNORECASE)


class Source(BaseModel):
    """The bytes of one report and where they came from."""

    name: str
    data: bytes
    #: the charset a web server declared (Content-Type), if any
    charset: str | None = None


class RawText(BaseModel):
    text: str
    encoding: str
    #: how the text is cleaned: text, markdown or html
    media: str
    sha256: str
    #: what the source was: pdf, docx, html, markdown or text
    format: str = "text"


def read_source(source: str | Path, *, max_bytes: int | None = None) -> Source:
    """The bytes of a path, an http(s) URL, or `-` (standard input)."""
    name = str(source)
    if name == STDIN:
        limit = max_bytes or MAX_BINARY_BYTES
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError(f"standard input: too large (over {limit:,} bytes)")
        return Source(name=STDIN, data=data)
    if is_url(name):
        from fgqa.documents.url import fetch

        fetched = fetch(name, max_bytes=max_bytes or MAX_BINARY_BYTES)
        return Source(name=name, data=fetched.data, charset=fetched.charset)
    return Source(name=name, data=_read_file(Path(source), max_bytes or MAX_BINARY_BYTES))


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: {_why_not_found(path, exc)}") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file (fgqa index reads folders)")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    if info.st_size > max_bytes:
        raise InputError(f"{path}: file too large ({info.st_size:,} bytes; the limit is {max_bytes:,})")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        reason = "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else (exc.strerror or str(exc))
        raise InputError(f"{path}: cannot read file ({reason})") from None
    if len(data) > max_bytes:  # the file grew while we looked
        raise InputError(f"{path}: file too large (over {max_bytes:,} bytes)")
    return data


def _why_not_found(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop (the link points back at itself)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (cannot look into its folder)"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    if path.is_symlink():
        return f"broken symlink (points to {os.readlink(path)}, which does not exist)"
    if exc.errno == errno.ENOTDIR:
        return "no such file (a part of the path is a file, not a folder)"
    return "no such file"


def _decode(name: str, data: bytes, declared: str | None = None, html: bool = False) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(f"{name}: cannot decode the file as {encoding}") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), f"{utf16} (no BOM)"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text report")
    try:
        return data.decode("utf-8"), "utf-8"  # the fast path: most files are UTF-8
    except UnicodeDecodeError:
        pass
    # a web page's own word on its charset: the server's header, then its <meta>
    candidates = [declared] if declared else []
    if html:
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            candidates.append(meta.group(1).decode("ascii", "replace"))
    for candidate in candidates:
        encoding = _SUPERSETS.get(candidate.lower(), candidate.lower())
        try:
            return data.decode(encoding), encoding.replace("_", "-")
        except (UnicodeDecodeError, LookupError):
            continue  # the page lies about its charset (common): detect it
    from charset_normalizer import from_bytes  # only for files that are not UTF-8: spares the import

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot detect the text encoding (try saving it as UTF-8)")
    encoding = _SUPERSETS.get(best.encoding.lower(), best.encoding.lower())
    try:
        return data.decode(encoding), encoding.replace("_", "-")
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: cannot decode the file (best guess {encoding} fails; try saving it as UTF-8)") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: its NUL bytes (the high byte of ASCII characters) mostly
    in one column, and the decoded text readable (CJK, ASCII, punctuation)."""
    sample = data[:4000]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # CJK code points ending in 00 (一 U+4E00) put a few NULs in the other column
    codec = "utf-16-le" if odd > 3 * even else "utf-16-be" if even > 3 * odd else None
    if codec is None:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    readable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return codec if readable >= 0.98 * len(text) else None


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > _MAX_CONTROL_RATIO * len(text)


def read_bytes_as_text(path: str | Path, *, max_bytes: int | None = None) -> RawText:
    """Read and decode one report (any supported format) to raw text with its media type."""
    return source_to_text(read_source(path, max_bytes=max_bytes), max_bytes=max_bytes)


def source_to_text(source: Source, *, max_bytes: int | None = None) -> RawText:
    name, data = source.name, source.data
    if not data.strip():
        raise InputError(f"{name}: empty file" if name != STDIN else "standard input: empty")
    fmt = sniff(data, name)
    sha = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from fgqa.documents.pdf import pdf_to_text

        return RawText(text=pdf_to_text(data, name), encoding="pdf text layer", media="text", sha256=sha, format="pdf")
    if fmt == "docx":
        from fgqa.documents.docx import docx_to_text

        return RawText(text=docx_to_text(data, name), encoding="docx", media="text", sha256=sha, format="docx")
    limit = max_bytes or DEFAULT_MAX_BYTES
    if len(data) > limit:
        raise InputError(f"{name}: file too large ({len(data):,} bytes; the limit for text is {limit:,})")
    text, encoding = _decode(name, data, source.charset, html=fmt == "html")
    if _looks_binary(text):
        raise InputError(f"{name}: binary file (too many control characters), not a text report")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    media = fmt
    if media == "text" and _HTML_SNIFF.match(text):  # e.g. UTF-16 HTML, seen only once decoded
        media = "html"
    return RawText(text=text, encoding=encoding, media=media, sha256=sha, format=media)


def load_document(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Load, decode, clean and describe one report (a path, an http(s) URL or `-`)."""
    return document_from_source(read_source(path, max_bytes=max_bytes), max_bytes=max_bytes)


def document_from_source(source: Source, *, max_bytes: int | None = None) -> Document:
    raw = source_to_text(source, max_bytes=max_bytes)
    name = source.name
    cleaned = clean_text(raw.text, media=raw.media)
    if not cleaned.text.strip():
        raise InputError(f"{name}: no report text left after removing page furniture")
    notes = [f"encoding: {raw.encoding}"]
    expected = _SUFFIX_FORMAT.get(Path(name.split("?")[0]).suffix.lower())
    if name != STDIN and not is_url(name) and expected != raw.format:
        notes.append(f"read as {raw.format} (from the content)")
    notes += cleaned.notes
    return Document(
        info=DocInfo(path=name, sha256=raw.sha256, chars=len(cleaned.text)),
        text=cleaned.text,
        meta=extract_meta(cleaned.text, cleaned.removed_lines, source=name),
        notes=notes,
        format=raw.format,
    )


_SUFFIX_FORMAT = {**SUFFIX_MEDIA, ".pdf": "pdf", ".docx": "docx"}
