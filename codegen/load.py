"""Load a spec: parsed YAML (or JSON) plus where every node came from.

The root file may `$ref` sibling files (`schemas.yaml#/Job`); those are loaded too, so
the rest of the pipeline sees one `Document` and can ask any node for its line.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .errors import CodegenError, Issue, pointer_join
from .jsonlines import JsonLines

try:  # libyaml is ~7x faster than the pure-Python loader and keeps line marks too
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def display_path(path: Path) -> str:
    """Paths in messages are relative to the working directory when they are inside it."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix()
    except ValueError:  # another drive on Windows
        return path.resolve().as_posix()


@dataclass
class SpecFile:
    path: Path
    name: str  # as shown in messages
    data: Any
    text: str
    line_index: dict[str, int] | None = field(default=None, repr=False)
    json_lines: JsonLines | None = field(default=None, repr=False)  # set for a file parsed as JSON

    def line(self, pointer: str) -> int | None:
        """The line of the node at `pointer`, else of its nearest enclosing node."""
        if self.json_lines is not None and self.line_index is None:
            return self.json_lines.line(pointer)
        lines = self.lines
        p = pointer
        while True:
            if p in lines:
                return lines[p]
            if "/" not in p:
                return None
            p = p.rsplit("/", 1)[0]

    @property
    def lines(self) -> dict[str, int]:
        """JSON pointer -> 1-based line. Built on first use (an issue to report): on a large
        spec that loads without a problem the walk over every node is never paid for."""
        if self.line_index is None:
            self.line_index, _ = _line_index(self.text, self.name)
        return self.line_index


@dataclass
class Document:
    root: SpecFile
    files: dict[str, SpecFile] = field(default_factory=dict)  # key: resolved path

    @property
    def data(self) -> Any:
        return self.root.data

    def line(self, file: SpecFile, pointer: str) -> int | None:
        return file.line(pointer)

    def issue(self, file: SpecFile, pointer: str, message: str, severity: str = "error") -> Issue:
        return Issue(file.name, pointer, message, severity, self.line(file, pointer))

    def resolve(self, ref: str, base: SpecFile) -> tuple[SpecFile, str, Any]:
        """Follow one `$ref` from a node in `base`. Raises KeyError with a reason."""
        target_file, _, fragment = ref.partition("#")
        file = base
        if target_file:
            path = (base.path.parent / unquote(target_file)).resolve()
            key = str(path)
            if key not in self.files:
                self.files[key] = load_file(path)
            file = self.files[key]
        pointer = "#" + fragment
        node = file.data
        if fragment and not fragment.startswith("/"):
            raise KeyError(f"'{ref}' is not a JSON pointer")
        for token in fragment.split("/")[1:] if fragment else []:
            token = unquote(token).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(f"'{ref}' does not resolve")
        return file, pointer, node


def _walk(node: yaml.Node, pointer: str, lines: dict[str, int], issues: list[Issue], name: str) -> None:
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = pointer_join(pointer, key)
            if key in seen:
                issues.append(Issue(name, child, f"duplicate key '{key}'", line=key_node.start_mark.line + 1))
            seen.add(key)
            _walk(value_node, child, lines, issues, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, pointer_join(pointer, i), lines, issues, name)


def _line_index(text: str, name: str) -> tuple[dict[str, int], list[Issue]]:
    """Every node's line, and the duplicate keys (with their lines), from the YAML node tree."""
    lines: dict[str, int] = {}
    issues: list[Issue] = []
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is not None:
        _walk(node, "#", lines, issues, name)
    return lines, issues


def _string_keys(data: Any) -> Any:
    # YAML reads `200:` as an int; OpenAPI means the string "200".
    if isinstance(data, dict):
        return {str(k): _string_keys(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_string_keys(v) for v in data]
    return data


class _Duplicate(Exception):
    """A mapping repeats a key: the slow path reports it with its pointer and line."""


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Duplicate()
    return out


def _checked_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> Any:
    if len({str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode)}) != len(node.value):
        raise _Duplicate()
    return _BASE_MAPPING(loader, node, deep)


_BASE_MAPPING = yaml.constructor.SafeConstructor.construct_mapping


class _CheckedLoader(_Loader):  # type: ignore[misc]
    """The libyaml loader, refusing duplicate keys (which it would silently overwrite)."""

    construct_mapping = _checked_mapping


def _parse(text: str) -> tuple[Any, bool]:
    """The document's data and whether it is JSON; raises _Duplicate on a repeated key and yaml
    errors as yaml does. JSON (most large specs) goes through the json module, ~50x faster
    than any YAML loader."""
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text, object_pairs_hook=_json_object), True
        except ValueError:  # not strict JSON after all: YAML decides (and reports)
            pass
    loader = _CheckedLoader(text)
    try:
        return _string_keys(loader.get_single_data()), False
    finally:
        loader.dispose()


def load_file(path: Path) -> SpecFile:
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CodegenError([Issue(name, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CodegenError([Issue(name, "", f"cannot read file: {exc}")]) from None
    line_index: dict[str, int] | None = None
    is_json = False
    try:
        try:
            data, is_json = _parse(text)
        except _Duplicate:
            line_index, issues = _line_index(text, name)
            raise CodegenError(issues) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise CodegenError([Issue(name, "", f"invalid YAML: {problem}", line=line)]) from None
    except yaml.YAMLError as exc:
        raise CodegenError([Issue(name, "", f"invalid YAML: {exc}")]) from None
    if not isinstance(data, dict):
        raise CodegenError([Issue(name, "#", "expected a mapping at the top of the document", line=1)])
    return SpecFile(path=path.resolve(), name=name, data=data, text=text, line_index=line_index,
                    json_lines=JsonLines(text) if is_json else None)


def load(path: Path) -> Document:
    root = load_file(path)
    return Document(root=root, files={str(root.path): root})
