"""Problems found in a spec or settings file, reported by file, line and JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


def escape_pointer_token(token: str | int) -> str:
    """RFC 6901: '~' is written '~0' and '/' is written '~1'."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


@dataclass(frozen=True)
class Issue:
    file: str
    pointer: str  # "#/paths/~1generations/post"; "" for the whole file
    message: str
    severity: str = ERROR
    line: int | None = None

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line or 0, self.pointer, self.message)

    def format(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        pointer = f" {self.pointer}:" if self.pointer else ""
        # One line per issue, whatever the message holds.
        message = " ".join(self.message.split())
        return f"{where}:{pointer} {self.severity}: {message}"


class CodegenError(Exception):
    """A run stopped because of problems in its input; carries every issue found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = sorted(issues, key=Issue.sort_key)
        super().__init__("\n".join(i.format() for i in self.issues))


class GeneratorBug(Exception):
    """A failure inside the generator (a template or formatter error), not the spec's fault."""
