"""Fetch a report published as a web page (or a PDF/Word attachment) over http(s).

httpx with a timeout, a bounded number of redirects and a size limit read as the body
streams in (a huge or endless response is cut off, not buffered). The charset comes from
the Content-Type header when it names one; the page's <meta> and detection are the
loader's job (fgqa.documents.loading), as for a saved file.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from fgqa.errors import InputError
from fgqa.lazy_re import lazy_compile

TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
_CHARSET = lazy_compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
#: a source that is a web address (every run asks it of its input: compiled through the pattern cache, not by `re`)
_URL_START = lazy_compile(r"^https?://", re.IGNORECASE)


class Fetched(BaseModel):
    model_config = ConfigDict(defer_build=True)  # only for a URL: built when first used

    url: str
    final_url: str
    data: bytes
    content_type: str | None = None
    charset: str | None = None


def is_url(source: str) -> bool:
    return _URL_START.match(source) is not None


def fetch(url: str, *, max_bytes: int, timeout: float | None = None) -> Fetched:
    import httpx  # lazy: only URLs need it

    timeout = TIMEOUT_SECONDS if timeout is None else timeout

    headers = {"User-Agent": "fgqa (+https://example.invalid/fgqa)", "Accept": "text/html,application/pdf,*/*;q=0.5"}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS, headers=headers) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(f"{url}: too large ({int(declared):,} bytes; the limit is {max_bytes:,})")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(f"{url}: too large (over {max_bytes:,} bytes)")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type")
                final_url = str(response.url)
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.InvalidURL as exc:
        raise InputError(f"{url}: invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None
    match = _CHARSET.search(content_type or "")
    return Fetched(url=url, final_url=final_url, data=b"".join(chunks), content_type=content_type,
                   charset=match.group(1).lower() if match else None)
