"""Load a spec: parsed YAML (or JSON) plus where every node came from.

The root file may `$ref` sibling files (`schemas.yaml#/Job`); those are loaded too, so
the rest of the pipeline sees one `Document` and can ask any node for its line.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .errors import CodegenError, Issue, pointer_join

try:  # libyaml is ~7x faster than the pure-Python loader and keeps line marks too
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


# Limits on what one spec may make the generator read and build (each breach is exit 2 with
# the file, line and pointer). Real specs are far below them: Leonardo's is 0.4 MB, 18 levels
# deep, with ~400 $refs and no YAML alias.
MAX_FILE_BYTES = 16 * 1024 * 1024  # one spec file
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
    lines: dict[str, int]  # JSON pointer -> 1-based line
    text: str


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
        # The nearest enclosing node that has a line.
        p = pointer
        while True:
            if p in file.lines:
                return file.lines[p]
            if "/" not in p:
                return None
            p = p.rsplit("/", 1)[0]

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
    """Line of every pointer, duplicate keys, NUL characters; and the limits on depth and size
    (iterative: a deeply nested document must not exhaust the Python stack)."""
    nodes = 0
    stack: list[tuple[yaml.Node, str, int]] = [(root, "#", 0)]
    while stack:
        node, pointer, depth = stack.pop()
        line = node.start_mark.line + 1
        lines.setdefault(pointer, line)
        nodes += 1
        if nodes > MAX_NODES:
            issues.append(Issue(name, pointer, f"the document expands to more than {MAX_NODES:,} nodes "
                                               "(YAML aliases?)", line=line))
            return
        if depth > MAX_DEPTH:
            issues.append(Issue(name, pointer, f"nested more than {MAX_DEPTH} levels deep", line=line))
            return
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            children = []
            for key_node, value_node in node.value:
                key = str(key_node.value)
                child = pointer_join(pointer, key)
                if key in seen:
                    issues.append(Issue(name, child, f"duplicate key '{key}'", line=key_node.start_mark.line + 1))
                if "\0" in key:
                    issues.append(Issue(name, child, "a key holds a NUL character", line=key_node.start_mark.line + 1))
                seen.add(key)
                children.append((value_node, child, depth + 1))
            stack.extend(reversed(children))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed([(item, pointer_join(pointer, i), depth + 1) for i, item in enumerate(node.value)]))
        elif isinstance(node.value, str) and "\0" in node.value:
            issues.append(Issue(name, pointer, "the text holds a NUL character (U+0000)", line=line))


def _prescan(text: str, name: str) -> None:
    """Refuse, before parsing, what would make the YAML parser itself costly: too many alias
    uses, or flow collections ([ {) nested deeper than the limit."""
    aliases = len(re.findall(r"(?:^|[\s\[{,:])\*[^\s,\]}]+", text))
    if aliases > MAX_ALIASES:
        raise CodegenError([Issue(name, "", f"{aliases} YAML alias uses (*name); at most {MAX_ALIASES} are allowed")])
    depth = 0
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
            elif ch == "\n" and quote == "#":
                quote = ""
            continue
        if ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t\n"):
            quote = "#"  # a comment, to the end of the line
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, i) + 1
                raise CodegenError([Issue(name, "", f"nested more than {MAX_DEPTH} levels deep", line=line)])
        elif ch in "]}":
            depth = max(0, depth - 1)


def _string_keys(data: Any) -> Any:
    # YAML reads `200:` as an int; OpenAPI means the string "200".
    if isinstance(data, dict):
        return {str(k): _string_keys(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_string_keys(v) for v in data]
    return data


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
    _prescan(text, name)
    lines: dict[str, int] = {}
    issues: list[Issue] = []
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None:  # limits first: only a document within them is constructed
                _walk(node, lines, issues, name)
                if issues:
                    raise CodegenError(issues)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise CodegenError([Issue(name, "", f"invalid YAML: {problem}", line=line)]) from None
    except yaml.YAMLError as exc:
        raise CodegenError([Issue(name, "", f"invalid YAML: {exc}")]) from None
    data = _string_keys(data)
    if not isinstance(data, dict):
        raise CodegenError([Issue(name, "#", "expected a mapping at the top of the document", line=1)])
    return SpecFile(path=path.resolve(), name=name, data=data, lines=lines, text=text)


def load(path: Path, ref_roots: tuple[Path, ...] = ()) -> Document:
    """The root file; `ref_roots` are folders beside the root's own that `$ref` may read from."""
    root = load_file(path)
    roots = (root.path.parent, *(r.resolve() for r in ref_roots))
    return Document(root=root, files={str(root.path): root}, ref_roots=roots)
