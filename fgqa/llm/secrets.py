"""Masking credentials wherever they could travel: a key, a bearer token, a URL's user:password.

A base URL may carry credentials (`http://user:sk-…@host/v1`, as some proxies want them);
every place fgqa shows or stores a URL (`fgqa config`, run records, cassettes, error
messages) goes through `mask_url`, and every text it stores through `scrub`.
"""

from __future__ import annotations

from fgqa.lazy_re import lazy_compile

_USERINFO = lazy_compile(r"(?i)\b(https?://)[^/\s@?#]*@")
_BEARER = lazy_compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=\-]+")
_SK_KEY = lazy_compile(r"\bsk-[A-Za-z0-9_\-*]{6,}")


def mask_url(url: str | None) -> str | None:
    """The URL with any user:password part replaced by `***` ("http://***@host/v1")."""
    return None if url is None else _USERINFO.sub(r"\1***@", url)


def scrub(text: str, secret: str | None = None) -> str:
    """`text` without the key, bearer tokens, sk- keys and URL credentials."""
    if secret:
        text = text.replace(secret, "***")
    text = _USERINFO.sub(r"\1***@", text)
    text = _BEARER.sub("Bearer ***", text)
    return _SK_KEY.sub("sk-***", text)
