"""Documents stage: read a report file and normalize its text (every span indexes into it)."""

from fgqa.documents.cleaning import CleanResult, clean_text
from fgqa.documents.loading import RawText, Source, document_from_source, load_document, read_bytes_as_text, read_source
from fgqa.documents.metadata import extract_meta

__all__ = ["CleanResult", "RawText", "Source", "clean_text", "document_from_source", "extract_meta", "load_document",
           "read_bytes_as_text", "read_source"]
