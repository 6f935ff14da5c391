"""Parameters and request bodies on the wire: OpenAPI `style`/`explode` serialisation and
the encodings of form, multipart, binary and text bodies.

Values reaching these functions are plain data (dict, list, str, int, float, bool, None;
bytes and binary files for file fields): each SDK converts its own models first.
"""

from __future__ import annotations

import datetime
import json
import mimetypes
import os
import typing
import uuid
from urllib.parse import quote, urlencode

__all__ = [
    "Pairs",
    "cookie_header",
    "encode_body",
    "encode_form",
    "encode_multipart",
    "header_value",
    "media_kind",
    "path_value",
    "query_pairs",
    "text",
]

Pairs = typing.List[typing.Tuple[str, str]]


def text(value: typing.Any) -> str:
    """A scalar as it appears in a URL, a header or a form field."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.time)):  # datetime too: ISO 8601
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return repr(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _items(
    value: typing.Mapping[str, typing.Any],
) -> typing.List[typing.Tuple[str, typing.Any]]:
    return [(str(k), v) for k, v in value.items() if v is not None]


def path_value(
    value: typing.Any, style: str = "simple", explode: bool = False, name: str = ""
) -> str:
    """A path segment (percent-encoded): simple `a,b`, label `.a.b`, matrix `;id=a,b`."""

    def enc(v: typing.Any) -> str:
        return quote(text(v), safe="")

    if style == "json":
        return enc(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    if isinstance(value, dict):
        pairs = _items(value)
        if style == "matrix":
            if explode:
                return "".join(f";{quote(k, safe='')}={enc(v)}" for k, v in pairs)
            return f";{quote(name, safe='')}=" + ",".join(
                f"{quote(k, safe='')},{enc(v)}" for k, v in pairs
            )
        sep = "." if style == "label" and explode else ","
        body = sep.join(
            (
                f"{quote(k, safe='')}={enc(v)}"
                if explode
                else f"{quote(k, safe='')},{enc(v)}"
            )
            for k, v in pairs
        )
        return ("." + body) if style == "label" else body
    if isinstance(value, (list, tuple)):
        if style == "matrix":
            if explode:
                return "".join(f";{quote(name, safe='')}={enc(v)}" for v in value)
            return f";{quote(name, safe='')}=" + ",".join(enc(v) for v in value)
        if style == "label":
            return "." + ("." if explode else ",").join(enc(v) for v in value)
        return ",".join(enc(v) for v in value)
    if style == "matrix":
        return f";{quote(name, safe='')}={enc(value)}"
    if style == "label":
        return "." + enc(value)
    return enc(value)


def query_pairs(
    name: str, value: typing.Any, style: str = "form", explode: bool = True
) -> Pairs:
    """The (name, value) pairs of a query parameter, before URL encoding."""
    if value is None:
        return []
    if style == "json":
        return [(name, json.dumps(value, ensure_ascii=False, separators=(",", ":")))]
    if style == "deepObject":
        return _deep(name, value)
    if isinstance(value, dict):
        pairs = _items(value)
        if explode:
            return [(k, text(v)) for k, v in pairs]
        return [(name, ",".join(f"{k},{text(v)}" for k, v in pairs))]
    if isinstance(value, (list, tuple)):
        values = [text(v) for v in value if v is not None]
        if style == "spaceDelimited" and not explode:
            return [(name, " ".join(values))]
        if style == "pipeDelimited" and not explode:
            return [(name, "|".join(values))]
        if explode:
            return [(name, v) for v in values]
        return [(name, ",".join(values))]
    return [(name, text(value))]


def _deep(prefix: str, value: typing.Any) -> Pairs:
    if isinstance(value, dict):
        out: Pairs = []
        for k, v in _items(value):
            out.extend(_deep(f"{prefix}[{k}]", v))
        return out
    if isinstance(value, (list, tuple)):
        return [(prefix, text(v)) for v in value if v is not None]
    return [(prefix, text(value))]


def header_value(
    value: typing.Any, explode: bool = False, style: str = "simple"
) -> str:
    """A header value (style simple): `a,b`; an object `k,v,k2,v2` (`k=v,k2=v2` exploded)."""
    if style == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, dict):
        pairs = _items(value)
        return ",".join(
            f"{k}={text(v)}" if explode else f"{k},{text(v)}" for k, v in pairs
        )
    if isinstance(value, (list, tuple)):
        return ",".join(text(v) for v in value)
    return text(value)


def cookie_header(cookies: Pairs) -> str:
    """The Cookie header of (name, value) pairs; values are percent-encoded."""
    return "; ".join(f"{name}={quote(value, safe='')}" for name, value in cookies)


def media_kind(content_type: str) -> str:
    """json, form, multipart, text or binary: how a body of this media type is encoded."""
    base = content_type.split(";", 1)[0].strip().lower()
    if base.endswith("/json") or base.endswith("+json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/") or base.endswith("/xml") or base.endswith("+xml"):
        return "text"
    return "binary"


def _is_file(value: typing.Any) -> bool:
    return isinstance(value, (bytes, bytearray)) or (
        callable(getattr(value, "read", None)) and not isinstance(value, str)
    )


def encode_form(fields: typing.Mapping[str, typing.Any]) -> bytes:
    """application/x-www-form-urlencoded (style form, explode: a list repeats its key)."""
    pairs: Pairs = []
    for name, value in fields.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((name, text(v)) for v in value if v is not None)
        else:
            pairs.append((name, text(value)))
    return urlencode(pairs).encode("ascii")


def encode_multipart(
    fields: typing.Mapping[str, typing.Any],
) -> typing.Tuple[bytes, str]:
    """A multipart/form-data body and its boundary: a part per value (a list gives a part per
    item); bytes, binary files and (filename, content[, content type]) tuples become file
    parts, dicts and nested lists JSON parts."""
    boundary = uuid.uuid4().hex
    chunks: typing.List[bytes] = []
    for name, value in fields.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if item is None:
                continue
            chunks.append(_part(boundary, name, item))
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks), boundary


def _quoted(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace('"', "%22")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
    )


def _part(boundary: str, name: str, item: typing.Any) -> bytes:
    disposition = f'form-data; name="{_quoted(name)}"'
    content_type: typing.Optional[str] = None
    if isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[0], str):
        filename, content = item[0], _read(item[1], name)
        content_type = item[2] if len(item) == 3 else None
        disposition += f'; filename="{_quoted(filename)}"'
        content_type = (
            content_type
            or mimetypes.guess_type(filename)[0]
            or "application/octet-stream"
        )
    elif _is_file(item):
        content = _read(item, name)
        path = getattr(item, "name", None)
        filename = os.path.basename(path) if isinstance(path, str) and path else name
        disposition += f'; filename="{_quoted(filename)}"'
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    elif isinstance(item, (dict, list)):
        content = json.dumps(item, ensure_ascii=False).encode("utf-8")
        content_type = "application/json"
    else:
        content = text(item).encode("utf-8")
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    if content_type is not None:
        head += f"Content-Type: {content_type}\r\n"
    return head.encode("utf-8") + b"\r\n" + content + b"\r\n"


def _read(item: typing.Any, name: str) -> bytes:
    if isinstance(item, (bytes, bytearray)):
        return bytes(item)
    if isinstance(item, str):
        return item.encode("utf-8")
    data = item.read()
    if isinstance(data, str):
        return data.encode("utf-8")
    if not isinstance(data, bytes):
        raise TypeError(f"{name}: a file must give bytes")
    return data


Content = typing.Union[bytes, typing.Iterator[bytes]]


def encode_body(
    kind: str, content_type: str, value: typing.Any
) -> typing.Tuple[Content, str]:
    """(content, Content-Type header) of a body of the given kind. JSON values must be plain data."""
    if kind == "json":
        data = json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
        return data, content_type
    if kind == "form":
        if not isinstance(value, typing.Mapping):
            raise TypeError(
                f"a {content_type} body must be a mapping, got {type(value).__name__}"
            )
        return encode_form(value), content_type
    if kind == "multipart":
        if not isinstance(value, typing.Mapping):
            raise TypeError(
                f"a {content_type} body must be a mapping, got {type(value).__name__}"
            )
        data, boundary = encode_multipart(value)
        header = (
            content_type
            if "boundary=" in content_type
            else f"{content_type}; boundary={boundary}"
        )
        return data, header
    if kind == "text":
        if not isinstance(value, str):
            raise TypeError(
                f"a {content_type} body must be a str, got {type(value).__name__}"
            )
        return value.encode("utf-8"), content_type
    # binary: bytes, a binary file, or an iterator of bytes (streamed)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value), content_type
    if isinstance(value, str):
        return value.encode("utf-8"), content_type
    if callable(getattr(value, "read", None)):
        return _read(value, "body"), content_type
    if isinstance(value, typing.Iterator):
        return value, content_type
    raise TypeError(
        f"a {content_type} body must be bytes, a binary file or an iterator of bytes, "
        f"got {type(value).__name__}"
    )
