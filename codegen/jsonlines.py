"""Lines of JSON pointers in a JSON text, found on demand.

A message names the line of a node (`spec.json:1234: #/paths/...`). For YAML the loader
walks the node tree once and indexes every node (load.py). For a JSON document that
walk costs far more than the message: graph.json (20 MB, 750,000 nodes) took 16 s and
700 MB to index for three messages. Here only the containers on the way to the asked
pointers are scanned, each once: the offsets of a container's children are found by
decoding each child with the json module's C scanner (which returns where it ended),
and a line is the number of newlines before an offset (bisect over their offsets).

Lines agree with the YAML index (tests/unit/test_jsonlines.py): a node's line is where
its value starts, and a pointer that does not resolve takes the line of the deepest
node on its way that does.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from .errors import escape_pointer_token

# the json module's C string scanner: (text, offset after the quote) -> (string, end offset)
_scanstring: Any = getattr(json.decoder, "scanstring")
_SPACE = re.compile(r"[ \t\n\r]*")
_NEWLINE = re.compile("\n")


class JsonLines:
    """pointer -> 1-based line of the node it names (or of its nearest existing ancestor)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._scan: Any = getattr(json.JSONDecoder(), "scan_once")  # (text, offset) -> (value, end offset)
        self._newlines: list[int] | None = None
        # offset of the value that a pointer names, for every pointer met so far
        self._offsets: dict[str, int] = {"#": _SPACE.match(text, 0).end()}  # type: ignore[union-attr]
        self._scanned: set[str] = set()  # containers whose children are in _offsets

    def line(self, pointer: str) -> int | None:
        offset = self._offset(pointer)
        if offset is None:
            return None
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self._text)]
        return bisect_right(self._newlines, offset - 1) + 1

    def _offset(self, pointer: str) -> int | None:
        """Offset of the node named by `pointer`, else of its deepest existing ancestor."""
        if pointer in self._offsets:
            return self._offsets[pointer]
        if not pointer.startswith("#"):
            return None
        tokens = pointer.split("/")[1:]
        current = "#"
        for token in tokens:
            if current not in self._scanned:
                self._children(current)
            child = f"{current}/{token}"
            if child not in self._offsets:
                break
            current = child
        return self._offsets[current]

    def _children(self, pointer: str) -> None:
        """Record the offsets of the direct children of the container at `pointer`."""
        self._scanned.add(pointer)
        text, scan, offsets = self._text, self._scan, self._offsets
        i = offsets[pointer]
        opening = text[i:i + 1]
        if opening not in ("{", "["):
            return
        i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        index = 0
        try:
            while i < len(text) and text[i] not in "}]":
                if opening == "{":
                    key, i = _scanstring(text, i + 1)  # text[i] is the key's opening quote
                    i = _SPACE.match(text, i).end() + 1  # type: ignore[union-attr]  # past ':'
                    i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
                    token = escape_pointer_token(key)
                else:
                    token = str(index)
                    index += 1
                offsets.setdefault(f"{pointer}/{token}", i)
                _, i = scan(text, i)
                i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
                if text[i:i + 1] == ",":
                    i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
        except (ValueError, StopIteration):  # not the JSON it was parsed as: keep what was found
            return
