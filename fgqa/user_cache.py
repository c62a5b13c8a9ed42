"""fgqa's files in the user's cache folder: where they are, and reading and writing them safely.

`$XDG_CACHE_HOME/fgqa`, else `~/.cache/fgqa` (a relative XDG_CACHE_HOME is ignored, as the
XDG spec says: never the current folder). Every file is JSON whose first line holds what it
was written for and the sha256 of the rest: a torn, edited or foreign file is not used, and
nothing in it is ever unpickled or executed. A file is replaced atomically, and a missing,
unreadable or unwritable folder only means working without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = str(Path(os.environ.get("HOME") or Path.home()) / ".cache")
    return Path(base) / "fgqa"


def read(path: Path, meta: dict[str, Any]) -> bytes | None:
    """The body of a file written whole with this `meta` in its first line, else None."""
    try:
        header, _, body = path.read_bytes().partition(b"\n")
        found = json.loads(header)
    except (OSError, ValueError):
        return None
    if not (isinstance(found, dict) and all(found.get(k) == v for k, v in meta.items())
            and found.get("sha256") == hashlib.sha256(body).hexdigest()):
        return None
    return body


def write(path: Path, meta: dict[str, Any], body: bytes) -> None:
    """Replace `path` by `meta` + digest and `body` at once; a folder that cannot be written is
    left alone (the next run works without the file)."""
    try:
        header = json.dumps({**meta, "sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(header + b"\n" + body)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except (OSError, RuntimeError, ValueError):
        pass
