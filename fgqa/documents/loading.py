"""Read a report file: check it is a text file we support, decode it, clean it.

Nothing is ever written. Every problem with the file is an `InputError` whose one-line
message names the file.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from pydantic import BaseModel

from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta
from fgqa.errors import InputError
from fgqa.models import DocInfo, Document

SUFFIX_MEDIA = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
SUPPORTED = " ".join(SUFFIX_MEDIA)
DEFAULT_MAX_BYTES = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: GBK and GB2312 are subsets of GB18030: decoding with the superset never loses text
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030", "cp936": "gb18030", "ascii": "utf-8"}
#: share of control characters (besides tab/newline/CR/FF) above which a file is binary
_MAX_CONTROL_RATIO = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Unicode Cc minus tab/newline/CR/FF/VT
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)


class RawText(BaseModel):
    text: str
    encoding: str
    media: str
    sha256: str


def _media_for(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in SUFFIX_MEDIA:
        return SUFFIX_MEDIA[suffix]
    if suffix == "":
        return None  # decided from the content
    raise InputError(f"{path}: unsupported file type {suffix} (supported: {SUPPORTED})")


def _read(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: file too large ({size:,} bytes; the limit is {max_bytes:,})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # the file grew while we looked
        raise InputError(f"{path}: file too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    return data


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(f"{path}: cannot decode the file as {encoding}") from None
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), not a text report")
    try:
        return data.decode("utf-8"), "utf-8"  # the fast path: most files are UTF-8
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8: spares the import

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{path}: cannot detect the text encoding (try saving it as UTF-8)")
    encoding = _SUPERSETS.get(best.encoding.lower(), best.encoding.lower())
    try:
        return data.decode(encoding), encoding.replace("_", "-")
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{path}: cannot decode the file (best guess {encoding} fails; try saving it as UTF-8)") from None


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > _MAX_CONTROL_RATIO * len(text)


def read_bytes_as_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Decode a supported report file; raise InputError for anything that is not one."""
    path = Path(path)
    media = _media_for(path)
    data = _read(path, max_bytes)
    if not data.strip():
        raise InputError(f"{path}: empty file")
    text, encoding = _decode(path, data)
    if _looks_binary(text):
        raise InputError(f"{path}: binary file (too many control characters), not a text report")
    if not text.strip():
        raise InputError(f"{path}: empty file")
    if media is None or (media == "text" and _HTML_SNIFF.match(text)):
        media = "html" if _HTML_SNIFF.match(text) else "text"
    return RawText(text=text, encoding=encoding, media=media, sha256=hashlib.sha256(data).hexdigest())


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load, decode, clean and describe one report."""
    raw = read_bytes_as_text(path, max_bytes=max_bytes)
    cleaned = clean_text(raw.text, media=raw.media)
    if not cleaned.text.strip():
        raise InputError(f"{path}: no report text left after removing page furniture")
    notes = [f"encoding: {raw.encoding}"]
    if Path(path).suffix.lower() not in SUFFIX_MEDIA or (raw.media == "html" and Path(path).suffix.lower() == ".txt"):
        notes.append(f"read as {raw.media} (from the content)")
    notes += cleaned.notes
    return Document(
        info=DocInfo(path=str(path), sha256=raw.sha256, chars=len(cleaned.text)),
        text=cleaned.text,
        meta=extract_meta(cleaned.text, cleaned.removed_lines),
        notes=notes,
    )
