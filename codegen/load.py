"""Load a spec: parsed YAML (or JSON) plus where every node came from.

The root file may `$ref` sibling files (`schemas.yaml#/Job`); those are loaded too, so
the rest of the pipeline sees one `Document` and can ask any node for its line.
"""

from __future__ import annotations

import json
import os
import re
import stat
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


# Limits on what one spec may make the generator read and build (each breach is exit 2 with
# the file and, where there is one, the pointer). Real specs are far below them: Leonardo's
# is 0.4 MB, 18 levels deep, with ~400 $refs and no YAML alias.
MAX_FILE_BYTES = 64 * 1024 * 1024  # one spec file (the corpus' largest, microsoft.com graph-beta.json: 45 MiB)
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # all the files one spec reaches
MAX_FILES = 100  # files one spec reaches through $ref
MAX_DEPTH = 200  # nesting of mappings and sequences
MAX_ALIASES = 1_000  # YAML alias uses (*name) in one file
MAX_NODES = 500_000  # nodes of one file with every alias expanded (a billion-laughs guard)


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
    # folders a $ref may read files from: the root file's folder, plus what the settings allow
    ref_roots: tuple[Path, ...] = ()

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
            if _REMOTE.match(target_file):
                raise KeyError(f"'{ref}' is a remote reference; the generator reads no URL (save the document "
                               "beside the spec and refer to it by a relative path)")
            path = (base.path.parent / unquote(target_file)).resolve()
            roots = self.ref_roots or (self.root.path.parent,)
            if not any(path == r or r in path.parents for r in roots):
                raise KeyError(f"'{ref}' points outside the spec's folder ({display_path(roots[0])}); "
                               "list the folder under `ref_roots` in the settings to allow it")
            key = str(path)
            if key not in self.files:
                if len(self.files) >= MAX_FILES:
                    raise KeyError(f"'{ref}' would be file number {len(self.files) + 1}; a spec may reach at "
                                   f"most {MAX_FILES} files")
                total = sum(len(f.text) for f in self.files.values())
                self.files[key] = load_file(path, budget=MAX_TOTAL_BYTES - total)
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


_REMOTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")  # http:, https:, file:, ... (a scheme)


def _walk(root: yaml.Node, lines: dict[str, int], issues: list[Issue], name: str) -> None:
    """Line of every pointer and the duplicate keys (iterative, and within the limits: a
    document that breaks them is reported before anyone asks for its lines)."""
    nodes = 0
    stack: list[tuple[yaml.Node, str, int]] = [(root, "#", 0)]
    while stack:
        node, pointer, depth = stack.pop()
        lines.setdefault(pointer, node.start_mark.line + 1)
        nodes += 1
        if nodes > MAX_NODES or depth > MAX_DEPTH:
            return
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            children = []
            for key_node, value_node in node.value:
                key = str(key_node.value)
                child = pointer_join(pointer, key)
                if key in seen:
                    issues.append(Issue(name, child, f"duplicate key '{key}'", line=key_node.start_mark.line + 1))
                seen.add(key)
                children.append((value_node, child, depth + 1))
            stack.extend(reversed(children))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed([(item, pointer_join(pointer, i), depth + 1) for i, item in enumerate(node.value)]))


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
        _walk(node, lines, issues, name)
    return lines, issues


class _Limit(Exception):
    """A document breaks a limit: the message and the pointer where it did."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.message = message


def _string_keys(data: Any) -> Any:
    """A copy with string keys (YAML reads `200:` as an int; OpenAPI means "200"), built within
    the limits on nesting and on nodes with every alias expanded; text holding a NUL is refused."""
    nodes = 0

    def convert(value: Any, pointer: str, depth: int) -> Any:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_NODES:
            raise _Limit(pointer, f"the document expands to more than {MAX_NODES:,} nodes (YAML aliases?)")
        if depth > MAX_DEPTH:
            raise _Limit(pointer, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            return {str(k): convert(v, pointer_join(pointer, str(k)), depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v, pointer_join(pointer, i), depth + 1) for i, v in enumerate(value)]
        if isinstance(value, str) and "\0" in value:
            raise _Limit(pointer, "the text holds a NUL character (U+0000)")
        return value

    return convert(data, "#", 0)


def _check_json(data: Any) -> None:
    """The limits _string_keys applies to YAML, for a JSON document (nesting, NUL)."""
    stack: list[tuple[Any, str, int]] = [(data, "#", 0)]
    while stack:
        value, pointer, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _Limit(pointer, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            stack.extend((v, pointer_join(pointer, k), depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, pointer_join(pointer, i), depth + 1) for i, v in enumerate(value))
        elif isinstance(value, str) and "\0" in value:
            raise _Limit(pointer, "the text holds a NUL character (U+0000)")


def _prescan(text: str, name: str) -> None:
    """Refuse, before parsing, what would make the parser itself costly: too many YAML alias
    uses, or flow collections ([ {) nested deeper than the limit."""
    if "*" in text:
        aliases = len(re.findall(r"(?:^|[\s\[{,:])\*[^\s,\]}]+", text))
        if aliases > MAX_ALIASES:
            raise CodegenError([Issue(name, "", f"{aliases} YAML alias uses (*name); at most {MAX_ALIASES} are "
                                                "allowed")])
    if _DEEP_FLOW.search(text):
        depth = 0
        for i, ch in enumerate(text):  # rough (quotes are not followed): only to refuse early
            if ch in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    line = text.count("\n", 0, i) + 1
                    raise CodegenError([Issue(name, "", f"nested more than {MAX_DEPTH} levels deep", line=line)])
            elif ch in "]}":
                depth = max(0, depth - 1)


_DEEP_FLOW = re.compile(r"(?:[\[{]\s*){%d}" % (MAX_DEPTH // 4))  # a run of openers: worth a closer look


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


def _parse(text: str, name: str) -> tuple[Any, bool]:
    """The document's data and whether it is JSON; raises _Duplicate on a repeated key, _Limit
    past a limit and yaml errors as yaml does. JSON (most large specs) goes through the json
    module, ~50x faster than any YAML loader. Only text that is not JSON is prescanned for
    YAML aliases (`*name` is plain text inside a JSON string: zuora.com.json's descriptions
    hold 2,166 such)."""
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text, object_pairs_hook=_json_object)
        except RecursionError:
            raise _Limit("", f"nested more than {MAX_DEPTH} levels deep") from None
        except ValueError:  # not strict JSON after all: YAML decides (and reports)
            pass
        else:
            _check_json(data)
            return data, True
    _prescan(text, name)
    loader = _CheckedLoader(text)
    try:
        return _string_keys(loader.get_single_data()), False
    finally:
        loader.dispose()


def _nearest_line(lines: dict[str, int], pointer: str) -> int | None:
    p = pointer
    while p:
        if p in lines:
            return lines[p]
        p = p.rsplit("/", 1)[0] if "/" in p else ""
    return None


def _read_text(path: Path, name: str, budget: int) -> str:
    """A regular file's UTF-8 text, at most min(MAX_FILE_BYTES, budget) bytes long."""
    limit = min(MAX_FILE_BYTES, budget)
    try:
        with open(path, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise CodegenError([Issue(name, "", "not a regular file")])
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise CodegenError([Issue(name, "", "file not found")]) from None
    except IsADirectoryError:
        raise CodegenError([Issue(name, "", "not a regular file")]) from None
    except OSError as exc:
        raise CodegenError([Issue(name, "", f"cannot read file: {exc.strerror or exc}")]) from None
    if len(data) > limit:
        what = f"{MAX_FILE_BYTES:,} bytes" if limit == MAX_FILE_BYTES else \
            f"the {MAX_TOTAL_BYTES:,} bytes all the files of one spec may hold"
        raise CodegenError([Issue(name, "", f"file larger than {what}")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CodegenError([Issue(name, "", f"cannot read file: not UTF-8 ({exc.reason} at byte {exc.start})")]
                           ) from None


def load_file(path: Path, budget: int = MAX_TOTAL_BYTES) -> SpecFile:
    name = display_path(path)
    text = _read_text(path, name, budget)
    line_index: dict[str, int] | None = None
    is_json = False
    try:
        try:
            data, is_json = _parse(text, name)
        except _Duplicate:
            line_index, issues = _line_index(text, name)
            raise CodegenError(issues) from None
        except _Limit as exc:
            if "nodes" not in exc.message:
                line = _nearest_line(_line_index(text, name)[0], exc.pointer)
            else:  # an expanding document's lines are not worth computing: its top-level key's
                top = exc.pointer.split("/")[1] if exc.pointer.count("/") else ""
                found = re.search(r"^['\"]?%s['\"]?\s*:" % re.escape(top), text, re.M) if top else None
                line = text.count("\n", 0, found.start()) + 1 if found else None
            raise CodegenError([Issue(name, exc.pointer, exc.message, line=line)]) from None
        except RecursionError:
            raise CodegenError([Issue(name, "", f"nested more than {MAX_DEPTH} levels deep")]) from None
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


def load(path: Path, ref_roots: tuple[Path, ...] = ()) -> Document:
    """The root file; `ref_roots` are folders beside the root's own that `$ref` may read from."""
    root = load_file(path)
    roots = (root.path.parent, *(r.resolve() for r in ref_roots))
    return Document(root=root, files={str(root.path): root}, ref_roots=roots)


def non_string_issues(doc: Document, key: str) -> list[Issue]:
    """An issue for every `key` (an `x-<lang>-name`) in the spec whose value is not a string
    (whether a string is a usable name is each target's naming table's business)."""
    issues: list[Issue] = []
    for file in [doc.root, *(f for k, f in sorted(doc.files.items()) if f is not doc.root)]:
        stack: list[tuple[str, Any]] = [("#", file.data)]
        while stack:
            pointer, node = stack.pop()
            if isinstance(node, dict):
                for k, value in node.items():
                    child = pointer_join(pointer, k)
                    if k == key:
                        if not isinstance(value, str):
                            issues.append(doc.issue(file, child, f"{key} {value!r} cannot be used: it is not a string"))
                    else:
                        stack.append((child, value))
            elif isinstance(node, list):
                stack.extend((pointer_join(pointer, i), v) for i, v in enumerate(node))
    return issues
