"""Compare a published SDK's surface (from surface.py) with ours: what is missing or incompatible.

    python -m tests.e2e.dropin.compare vendor.json ours.json [expected_exceptions.txt]

prints the counts and every problem. The rules, written from what a user's code does:

* every client keyword argument, group and method of the published package exists in ours;
* a call that works against the published signature works against ours: each of its
  parameter names is accepted (or ours takes **kwargs), a parameter that can be passed by
  position sits at the same position in ours, and every parameter ours requires is required
  there too;
* every class of its models packages resolves in ours under the same namespace and name, of a
  compatible kind (a pydantic model stays a model, a TypedDict a TypedDict, an enum an enum
  with the same members and values, an exception an exception); a Konfig schema class is
  matched by a class or type alias of ours (its fields compared without case and underscores,
  as ours are keyed by Python names);
* every field of a class both have exists in ours.

Problems are keyed (`method:image.get_generation_by_id`, `field:operations.Foo.bar`, ...) so
that the expected-exceptions file can name the ones that cannot be served, each with a reason.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")
VARIADIC = ("VAR_POSITIONAL", "VAR_KEYWORD")
# what a published kind may be served by
KINDS = {
    "model": ("model",),
    "typeddict": ("typeddict",),
    "enum": ("enum",),
    "error": ("error",),
    "schema": ("typeddict", "model", "alias", "enum", "class"),
    "class": ("class", "model"),
    "alias": ("alias", "model", "typeddict", "class", "enum"),
}


@dataclass
class Count:
    found: int = 0
    total: int = 0

    def __str__(self) -> str:
        return f"{self.found} of {self.total}"


@dataclass
class Report:
    methods: Count = field(default_factory=Count)
    classes: Count = field(default_factory=Count)  # everything but TypedDicts
    typeddicts: Count = field(default_factory=Count)
    fields: Count = field(default_factory=Count)  # of the classes both have
    problems: dict[str, str] = field(default_factory=dict)  # key -> what is wrong

    def summary(self) -> str:
        return (f"methods {self.methods}, classes {self.classes}, TypedDicts {self.typeddicts}, "
                f"fields {self.fields}, problems {len(self.problems)}")


def signature_problems(where: str, vendor: list[list[Any]], ours: list[list[Any]]) -> dict[str, str]:
    """Calls valid against `vendor` that `ours` would reject."""
    out: dict[str, str] = {}
    ours_by_name = {p[0]: (i, p) for i, p in enumerate(ours)}
    ours_kwargs = any(p[1] == "VAR_KEYWORD" for p in ours)
    vendor_required = {p[0] for p in vendor if not p[2] and p[1] not in VARIADIC}
    for i, (name, kind, _default) in enumerate(vendor):
        if kind in VARIADIC:
            continue
        mine = ours_by_name.get(name)
        if mine is None:
            if not ours_kwargs:
                out[f"param:{where}({name})"] = "parameter missing"
            continue
        if kind in POSITIONAL and (mine[0] != i or mine[1][1] not in POSITIONAL):
            out[f"param:{where}({name})"] = f"can be passed by position {i} there, not here"
    for name, kind, has_default in ours:
        if kind not in VARIADIC and not has_default and name not in vendor_required:
            out[f"param:{where}({name})"] = "required here, optional or absent there"
    return out


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def compare(vendor: dict[str, Any], ours: dict[str, Any]) -> Report:
    r = Report()
    r.problems.update(signature_problems("client", vendor["client"]["params"], ours["client"]["params"]))
    for key, params in sorted(vendor["methods"].items()):
        r.methods.total += 1
        if key not in ours["methods"]:
            r.problems[f"method:{key}"] = "method missing"
            continue
        r.methods.found += 1
        r.problems.update(signature_problems(key, params, ours["methods"][key]))
    for key, cls in sorted(vendor["classes"].items()):
        count = r.typeddicts if cls["kind"] == "typeddict" else r.classes
        count.total += 1
        mine = ours["classes"].get(key)
        if mine is None:
            r.problems[f"class:{key}"] = f"{cls['kind']} missing"
            continue
        if mine["kind"] not in KINDS.get(cls["kind"], (cls["kind"],)):
            r.problems[f"class:{key}"] = f"a {cls['kind']} there, a {mine['kind']} here"
            continue
        count.found += 1
        fuzzy = cls["kind"] == "schema"
        have = {_norm(f) if fuzzy else f for f in mine["fields"]}
        for f in cls["fields"]:
            r.fields.total += 1
            if (_norm(f) if fuzzy else f) in have:
                r.fields.found += 1
            else:
                r.problems[f"field:{key}.{f}"] = "field missing"
        for member, value in cls["members"].items():
            if mine["members"].get(member, object()) != value:
                r.problems[f"member:{key}.{member}"] = f"enum member {member} = {value!r} missing"
    return r


def read_exceptions(path: Path) -> dict[str, str]:
    """`key  reason` lines (blank lines and # comments ignored); every key needs a reason."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, reason = line.partition(" ")
        if not reason.strip():
            raise ValueError(f"{path}:{n}: '{key}' has no reason")
        out[key] = reason.strip()
    return out


def main(argv: list[str]) -> int:
    vendor = json.loads(Path(argv[0]).read_text())
    ours = json.loads(Path(argv[1]).read_text())
    expected = read_exceptions(Path(argv[2])) if len(argv) > 2 else {}
    report = compare(vendor, ours)
    print(report.summary())
    for key, what in sorted(report.problems.items()):
        print(f"{'expected ' if key in expected else ''}{key}: {what}")
    return 0 if set(report.problems) <= set(expected) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
