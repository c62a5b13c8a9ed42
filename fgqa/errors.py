"""User-facing errors: the CLI prints `fgqa: <message>` on one line and exits 2."""


class FgqaError(Exception):
    """An error caused by the user's input or configuration, not by a bug."""

    exit_code = 2


class InputError(FgqaError):
    """A file that cannot be read as a report (missing, binary, too large, wrong type…)."""


class ConfigError(FgqaError):
    """Bad or missing configuration (endpoint, key, model)."""


class EndpointError(FgqaError):
    """The LLM endpoint failed in a way retries could not fix."""
