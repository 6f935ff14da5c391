"""apidiff: what changed between two versions of an API, and whom it breaks.

Compares two `facts` (see facts.py), never two spec texts: formatting, reordering and
moving schemas between files change nothing here. Each change gets a verdict per target
kind (TARGETS): breaking or non-breaking for code written against the previous SDK, and
the whole diff a suggested semver bump.

Matching, in order:
* operations by `METHOD path`; same method and path with a new operationId is a rename;
  an operationId that moved to another method or path is a path change; a tag that
  disappeared while another appeared with the same operations is a group rename;
* parameters by `location:wire name`; one removed and one added parameter of the same
  location, type and requiredness is a wire rename; fields of a model likewise, when at
  least one target's identifier for the field is unchanged (imageUrl -> image_url);
* shared schemas by component name; a removed and an added component with the same shape
  is a schema rename.

Field, enum and union changes depend on where the type is used: a model reachable from a
request is judged as input (a new required field breaks callers), one reachable from a
response as output (a removed field breaks readers), one used in both as both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

REQUEST, RESPONSE, BOTH = "request", "response", "both"
BUMPS = ("none", "patch", "minor", "major")


@dataclass(frozen=True)
class Traits:
    """What a target's callers depend on."""

    label: str
    names: str  # which derived identifier its callers type: "py" or "ts"
    response_field_names: str  # how response fields are read: "py" / "ts" attributes, or "wire" keys
    open_response_enums: bool  # an unknown enum value in a response is accepted
    open_response_unions: bool  # an unknown union member in a response is kept, not rejected
    # how arguments may be passed by position: None (keyword-only), "flat" (python-flat: required
    # then optional, each body fields before parameters) or "ts" (typescript: required
    # parameters, a required body, optional parameters, an optional body)
    positional: str | None = None


# Keyed by target kind (the `template` of a settings target).
TARGETS: dict[str, Traits] = {
    "python": Traits("python", "py", "py", open_response_enums=True, open_response_unions=True),
    "python-flat": Traits("python-flat", "py", "wire", open_response_enums=True, open_response_unions=True,
                          positional="flat"),
    "typescript": Traits("typescript", "ts", "ts", open_response_enums=True, open_response_unions=False,
                         positional="ts"),
}


@dataclass
class Change:
    kind: str  # e.g. "operation.renamed", "field.removed"
    section: str  # "operations", "parameters", "request", "response", "schemas", "api", "docs"
    subject: str  # what changed: "GET /images", "schema `Generation`"
    detail: str  # one line, markdown
    context: str | None = None  # REQUEST / RESPONSE / BOTH where it matters
    addition: bool = False  # non-breaking level: minor (an addition) or patch
    old: Any = None
    new: Any = None
    verdicts: dict[str, tuple[bool, str]] = field(default_factory=dict)  # target -> (breaking, reason)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "section": self.section,
            "subject": self.subject,
            "detail": self.detail,
            "context": self.context,
            "old": self.old,
            "new": self.new,
            "verdicts": {t: {"breaking": b, "reason": r} for t, (b, r) in self.verdicts.items()},
        }


def code(text: Any) -> str:
    from .markdown import code_span

    return code_span(str(text))


def type_label(t: dict[str, Any] | None) -> str:
    if t is None:
        return "nothing"
    kind = t.get("kind", "any")
    if "ref" in t:
        base = t["ref"]
    elif kind == "array":
        base = f"array of {type_label(t.get('items'))}"
    elif kind == "map":
        base = f"map of {type_label(t.get('items'))}"
    elif kind == "object":
        base = "object"
    elif kind == "enum":
        base = "enum " + " | ".join(repr(v) for v in t.get("values", []))
    else:
        base = kind + (f" ({t['format']})" if t.get("format") else "")
    return str(base) + (" | null" if t.get("nullable") else "")


def _members(t: dict[str, Any]) -> list[dict[str, Any]] | None:
    for key in ("members", "variants", "options", "types"):
        value = t.get(key)
        if isinstance(value, list):
            return value
    return None


def _shape_key(t: Any) -> Any:
    """A comparable form of a type or schema, without docs and target names."""
    if isinstance(t, dict):
        return tuple(sorted((k, _shape_key(v)) for k, v in t.items() if k not in ("description", "names")))
    if isinstance(t, list):
        return tuple(_shape_key(v) for v in t)
    return t


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], targets: dict[str, Traits]) -> None:
        self.old, self.new, self.targets = old, new, targets
        self.changes: list[Change] = []
        self.schema_renames: dict[str, str] = {}
        self.usage_old = _usage(old)
        self.usage_new = _usage(new)

    # -- recording ------------------------------------------------------------------------------
    def add(self, change: Change, rule: Callable[[Traits, Change], tuple[bool, str]]) -> None:
        for name, traits in self.targets.items():
            change.verdicts[name] = rule(traits, change)
        self.changes.append(change)

    # -- the API ----------------------------------------------------------------------------------
    def run(self) -> list[Change]:
        o, n = self.old, self.new
        if o.get("server_url") != n.get("server_url"):
            self.add(Change("api.server", "api", "server", f"default server URL {code(o.get('server_url'))} → "
                            f"{code(n.get('server_url'))}", old=o.get("server_url"), new=n.get("server_url")),
                     lambda t, c: (False, "callers that pass their own URL are unaffected"))
        if "schemes" in o and "schemes" in n:
            self.schemes(o["schemes"], n["schemes"])
        elif o.get("security") != n.get("security"):
            self.security(o.get("security"), n.get("security"))
        if (o.get("extra") or {}) != (n.get("extra") or {}):
            for key in sorted(set(o.get("extra") or {}) | set(n.get("extra") or {})):
                a, b = (o.get("extra") or {}).get(key), (n.get("extra") or {}).get(key)
                if a != b:
                    self.add(Change("api.changed", "api", key, f"{code(key)} changed", old=a, new=b),
                             lambda t, c: (False, "review: not judged by the diff"))
        self.match_schemas()
        self.operations()
        self.schemas()
        return self.changes

    def security(self, a: Any, b: Any) -> None:
        if a is None:
            self.add(Change("security.added", "api", "security", f"authentication added: {_sec(b)}", old=a, new=b),
                     lambda t, c: (True, "callers must now pass credentials"))
        elif b is None:
            self.add(Change("security.removed", "api", "security", f"authentication removed: {_sec(a)}", old=a, new=b),
                     lambda t, c: (True, "the client no longer takes the credential argument"))
        else:
            self.add(Change("security.changed", "api", "security", f"authentication {_sec(a)} → {_sec(b)}",
                            old=a, new=b),
                     lambda t, c: (True, "callers must pass other credentials"))

    def schemes(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Security schemes by their key: each is a credential the client takes."""
        for k in new:
            if k not in old:
                self.add(Change("security.scheme-added", "api", "security", f"security scheme {code(k)} added "
                                f"({new[k].get('kind')})", addition=True, new=k), lambda t, c: (False, ""))
        for k in old:
            if k not in new:
                self.add(Change("security.scheme-removed", "api", "security", f"security scheme {code(k)} removed",
                                old=k), lambda t, c: (True, "the client no longer takes that credential"))
            elif old[k] != new[k]:
                changed = sorted(f for f in set(old[k]) | set(new[k]) if old[k].get(f) != new[k].get(f))
                docs_only = changed == ["description"]
                self.add(Change("docs.changed" if docs_only else "security.scheme-changed",
                                "docs" if docs_only else "api", "security",
                                f"security scheme {code(k)}: {', '.join(changed)} changed", old=old[k], new=new[k]),
                         lambda t, c: (not docs_only, "" if docs_only else "callers must pass other credentials"))

    def requirements(self, subject: str, a: list[list[str]], b: list[list[str]]) -> None:
        """An operation's security requirements (alternatives of scheme sets): breaking when a
        caller holding what one old alternative needed satisfies no new alternative."""
        # no requirements at all: one alternative that needs nothing
        stranded = [alt for alt in a or [[]] if not any(set(new) <= set(alt) for new in b or [[]])]
        self.add(Change("operation.security", "operations", subject,
                        f"operation {code(subject)} security {code(_alternatives(a))} → {code(_alternatives(b))}", old=a, new=b),
                 lambda t, c: (bool(stranded), f"callers using {code(_alternatives(stranded))} are refused" if stranded
                               else ""))

    # -- operations -------------------------------------------------------------------------------
    def operations(self) -> None:
        old_ops, new_ops = self.old.get("operations", {}), self.new.get("operations", {})
        pairs: list[tuple[str, str]] = [(k, k) for k in new_ops if k in old_ops]
        gone = [k for k in old_ops if k not in new_ops]
        came = [k for k in new_ops if k not in old_ops]
        by_id = {new_ops[k]["operation_id"]: k for k in came}
        for k in list(gone):
            nk = by_id.get(old_ops[k]["operation_id"])
            if nk is not None:
                pairs.append((k, nk))
                gone.remove(k)
                came.remove(nk)
        group_renames = self.group_renames(pairs)
        for k in came:
            op = new_ops[k]
            self.add(Change("operation.added", "operations", k, f"operation {code(k)} added "
                            f"({code(op['operation_id'])} in {code(op['group'])})", addition=True, new=k),
                     lambda t, c: (False, ""))
        for k in gone:
            op = old_ops[k]
            self.add(Change("operation.removed", "operations", k, f"operation {code(k)} removed "
                            f"({code(op['operation_id'])} in {code(op['group'])})", old=k),
                     lambda t, c: (True, f"{_op_name(t, op)} no longer exists"))
        for ok, nk in sorted(pairs, key=lambda p: p[1]):
            self.operation(ok, nk, old_ops[ok], new_ops[nk], group_renames)

    def group_renames(self, pairs: list[tuple[str, str]]) -> dict[str, str]:
        old_groups, new_groups = self.old.get("groups", {}), self.new.get("groups", {})
        members: dict[str, set[str]] = {}
        moved: dict[str, set[str]] = {}
        for ok, nk in pairs:
            a = self.old["operations"][ok]["group"]
            b = self.new["operations"][nk]["group"]
            members.setdefault(a, set()).add(nk)
            moved.setdefault(a, set()).add(b)
        renames: dict[str, str] = {}
        for a in old_groups:
            if a in new_groups or len(moved.get(a, ())) != 1:
                continue
            (b,) = moved[a]
            if b in old_groups:
                continue
            others = {k for k, op in self.new["operations"].items() if op["group"] == b} - members.get(a, set())
            if not others:  # every operation of the new tag came from the old one
                renames[a] = b
        for a, b in sorted(renames.items()):
            an, bn = old_groups[a]["names"], new_groups[b]["names"]
            self.add(Change("group.renamed", "operations", f"group {code(a)}",
                            f"group (tag) {code(a)} renamed to {code(b)}", old=a, new=b),
                     lambda t, c: _renamed(an, bn, t, "group"))
        for a in old_groups:
            if a not in new_groups and a not in renames and not members.get(a):
                pass  # an emptied group: its operations' removals say it
        for b in new_groups:
            if b not in old_groups and b not in renames.values():
                self.add(Change("group.added", "operations", f"group {code(b)}", f"group (tag) {code(b)} added",
                                addition=True, new=b), lambda t, c: (False, ""))
        for a in old_groups:
            if a not in new_groups and a not in renames:
                self.add(Change("group.removed", "operations", f"group {code(a)}", f"group (tag) {code(a)} removed",
                                old=a), lambda t, c: (True, f"{_group_name(t, old_groups[a])} no longer exists"))
        return renames

    def operation(self, ok: str, nk: str, o: dict[str, Any], n: dict[str, Any], group_renames: dict[str, str]) -> None:
        subject = nk
        if ok != nk:
            self.add(Change("operation.path-changed", "operations", subject,
                            f"operation {code(o['operation_id'])} moved from {code(ok)} to {code(nk)}",
                            old=ok, new=nk), lambda t, c: (False, "the SDK method is unchanged"))
        if o["operation_id"] != n["operation_id"]:
            self.add(Change("operation.renamed", "operations", subject,
                            f"operation {code(nk)} renamed: {code(o['operation_id'])} → {code(n['operation_id'])}",
                            old=o["operation_id"], new=n["operation_id"]),
                     lambda t, c: _renamed(o["names"], n["names"], t, "method"))
        if o["group"] != n["group"] and group_renames.get(o["group"]) != n["group"]:
            og = self.old["groups"].get(o["group"], {"names": {}})
            ng = self.new["groups"].get(n["group"], {"names": {}})
            self.add(Change("operation.moved", "operations", subject,
                            f"operation {code(n['operation_id'])} moved from group {code(o['group'])} to "
                            f"{code(n['group'])}", old=o["group"], new=n["group"]),
                     lambda t, c: _renamed(og["names"], ng["names"], t, "group"))
        if o.get("deprecated") != n.get("deprecated"):
            now = bool(n.get("deprecated"))
            self.add(Change("operation.deprecated" if now else "operation.undeprecated", "operations", subject,
                            f"operation {code(nk)} {'deprecated' if now else 'no longer deprecated'}",
                            addition=now), lambda t, c: (False, ""))
        if "security" in o and "security" in n:
            if sorted(o["security"]) != sorted(n["security"]):
                self.requirements(subject, o["security"], n["security"])
        elif o.get("secured") != n.get("secured"):
            now = bool(n.get("secured"))
            self.add(Change("operation.secured" if now else "operation.unsecured", "operations", subject,
                            f"operation {code(nk)} {'now requires' if now else 'no longer requires'} authentication",
                            old=o.get("secured"), new=now),
                     lambda t, c: (now, "callers without credentials now fail" if now else ""))
        for key in ("summary", "description"):
            if o.get(key, "") != n.get(key, ""):
                self.add(Change("docs.changed", "docs", subject, f"{key} of {code(nk)} changed"),
                         lambda t, c: (False, ""))
        self.extra(o, n, "operations", subject, f"operation {code(nk)}")
        self.positions(subject, o, n)
        self.params(subject, o["params"], n["params"])
        self.body(subject, o.get("body"), n.get("body"))
        self.responses(subject, o["responses"], n["responses"])

    def extra(self, o: dict[str, Any], n: dict[str, Any], section: str, subject: str, what: str) -> None:
        a, b = o.get("extra") or {}, n.get("extra") or {}
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                self.add(Change(f"{section}.changed", section, subject,
                                f"{what}: {code(key)} {_short(a.get(key))} → {_short(b.get(key))}",
                                old=a.get(key), new=b.get(key)),
                         lambda t, c: (False, "the SDK adapts; review"))

    # -- positional arguments ---------------------------------------------------------------------
    def positions(self, subject: str, o: dict[str, Any], n: dict[str, Any]) -> None:
        """Arguments that existed before but now sit at another position, for targets that
        let callers pass them positionally."""
        verdicts: dict[str, tuple[bool, str]] = {}
        for name, traits in self.targets.items():
            if traits.positional is None:
                verdicts[name] = (False, "keyword arguments")
                continue
            a = _signature(traits.positional, o, self.old)
            b = _signature(traits.positional, n, self.new)
            shifted = [(i, x) for i, x in enumerate(a) if x in b and b.index(x) != i]
            if shifted:
                i, x = shifted[0]
                verdicts[name] = (True, f"{_arg_label(x)} moves from position {i + 1} to {b.index(x) + 1}")
            else:
                verdicts[name] = (False, "")
        if any(b for b, _ in verdicts.values()):
            change = Change("signature.positions", "parameters", subject,
                            "positional arguments move (a new or re-ordered argument before existing ones)",
                            REQUEST)
            change.verdicts = verdicts
            self.changes.append(change)

    # -- parameters -------------------------------------------------------------------------------
    def params(self, subject: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        gone = [k for k in old if k not in new]
        came = [k for k in new if k not in old]
        for ok, nk in _renames(gone, came, old, new, lambda p: (p["location"], _shape_key(p["type"]), p["required"])):
            gone.remove(ok)
            came.remove(nk)
            a, b = old[ok], new[nk]
            self.add(Change("param.renamed", "parameters", subject,
                            f"{a['location']} parameter {code(a['wire'])} renamed on the wire to {code(b['wire'])}",
                            REQUEST, old=a["wire"], new=b["wire"]),
                     lambda t, c: _renamed(a["names"], b["names"], t, "argument"))
        for k in came:
            p = new[k]
            req = p["required"]
            self.add(Change("param.added", "parameters", subject,
                            f"{'required' if req else 'optional'} {p['location']} parameter {code(p['wire'])} added",
                            REQUEST, addition=True, new=p["wire"]),
                     lambda t, c: (req, f"callers must pass {code(p['names'][t.names])}" if req else ""))
        for k in gone:
            p = old[k]
            self.add(Change("param.removed", "parameters", subject,
                            f"{p['location']} parameter {code(p['wire'])} removed", REQUEST, old=p["wire"]),
                     lambda t, c: (True, f"callers passing {code(p['names'][t.names])} fail"))
        for k in new:
            if k not in old:
                continue
            a, b = old[k], new[k]
            self.member("param", "parameters", subject, f"{a['location']} parameter {code(a['wire'])}", a, b,
                        REQUEST)

    def member(self, kind: str, section: str, subject: str, where: str, a: dict[str, Any], b: dict[str, Any],
               ctx: str) -> None:
        """What changed in a parameter or field that kept its name."""
        if a["required"] != b["required"]:
            req = b["required"]
            self.add(Change(f"{kind}.required" if req else f"{kind}.optional", section, subject,
                            f"{where} made {'required' if req else 'optional'}", ctx),
                     lambda t, c: _required_rule(req, c.context))
        self.type(subject, section, where, a["type"], b["type"], ctx)
        if a.get("deprecated") != b.get("deprecated"):
            self.add(Change(f"{kind}.deprecated", section, subject, f"{where} "
                            f"{'deprecated' if b.get('deprecated') else 'no longer deprecated'}",
                            addition=bool(b.get("deprecated"))), lambda t, c: (False, ""))
        if a.get("description", "") != b.get("description", ""):
            self.add(Change("docs.changed", "docs", subject, f"description of {where} changed"),
                     lambda t, c: (False, ""))
        self.extra(a, b, section, subject, where)

    # -- bodies -----------------------------------------------------------------------------------
    def body(self, subject: str, a: dict[str, Any] | None, b: dict[str, Any] | None) -> None:
        if a is None and b is None:
            return
        if a is None:
            assert b is not None
            req = b["required"]
            self.add(Change("body.added", "request", subject,
                            f"{'required' if req else 'optional'} request body added ({type_label(b['type'])})",
                            REQUEST, addition=True), lambda t, c: (req, "callers must pass it" if req else ""))
            return
        if b is None:
            self.add(Change("body.removed", "request", subject, "request body removed", REQUEST),
                     lambda t, c: (True, "callers passing a body fail"))
            return
        if a["required"] != b["required"]:
            req = b["required"]
            self.add(Change("body.required" if req else "body.optional", "request", subject,
                            f"request body made {'required' if req else 'optional'}", REQUEST),
                     lambda t, c: (req, "callers that omit it fail" if req else ""))
        if a["content_type"] != b["content_type"]:
            self.add(Change("body.content-type", "request", subject,
                            f"request content type {code(a['content_type'])} → {code(b['content_type'])}", REQUEST,
                            old=a["content_type"], new=b["content_type"]),
                     lambda t, c: (True, "the body is built differently"))
        self.type(subject, "request", "request body", a["type"], b["type"], REQUEST)
        self.extra(a, b, "request", subject, "request body")

    def responses(self, subject: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status in new:
            if status not in old:
                self.add(Change("response.added", "response", subject, f"response {code(status)} added "
                                f"({type_label(new[status]['type'])})", RESPONSE, addition=True),
                         lambda t, c: (False, ""))
        for status in old:
            if status not in new:
                success = status.startswith("2")
                self.add(Change("response.removed", "response", subject, f"response {code(status)} removed",
                                RESPONSE),
                         lambda t, c: (success, "the call's result type changes" if success else ""))
        for status in new:
            if status not in old:
                continue
            a, b = old[status], new[status]
            if a["content_type"] != b["content_type"] and a["type"] is not None and b["type"] is not None:
                self.add(Change("response.content-type", "response", subject,
                                f"response {code(status)} content type {code(a['content_type'])} → "
                                f"{code(b['content_type'])}", RESPONSE),
                         lambda t, c: (True, "the result is parsed differently"))
            if a["type"] is None or b["type"] is None:
                if a["type"] != b["type"]:
                    self.add(Change("response.retyped", "response", subject,
                                    f"response {code(status)} body {type_label(a['type'])} → {type_label(b['type'])}",
                                    RESPONSE, addition=a["type"] is None),
                             lambda t, c: (b["type"] is None, "the call no longer returns data"
                                                         if b["type"] is None else ""))
                continue
            self.type(subject, "response", f"response {code(status)}", a["type"], b["type"], RESPONSE)
            self.extra(a, b, "response", subject, f"response {code(status)}")

    # -- types ------------------------------------------------------------------------------------
    def type(self, subject: str, section: str, where: str, a: dict[str, Any], b: dict[str, Any], ctx: str) -> None:
        if a.get("kind") != b.get("kind") or ("ref" in a) != ("ref" in b):
            self.retyped(subject, section, where, a, b, ctx)
            return
        if "ref" in a:
            if self.schema_renames.get(a["ref"], a["ref"]) != b["ref"]:
                self.retyped(subject, section, where, a, b, ctx)
                return
        elif a.get("format") != b.get("format"):
            self.retyped(subject, section, where, a, b, ctx)
            return
        if bool(a.get("nullable")) != bool(b.get("nullable")):
            now = bool(b.get("nullable"))
            self.add(Change("type.nullable" if now else "type.non-nullable", section, subject,
                            f"{where} made {'nullable' if now else 'non-nullable'}", ctx),
                     lambda t, c: _nullable_rule(now, c.context))
        if "items" in a or "items" in b:
            if a.get("items") is not None and b.get("items") is not None:
                self.type(subject, section, f"{where} items", a["items"], b["items"], ctx)
        if "fields" in a or "fields" in b:
            self.fields(subject, section, where, a.get("fields", {}), b.get("fields", {}), ctx)
        if "values" in a or "values" in b:
            self.enum(subject, section, where, a.get("values", []), b.get("values", []), ctx)
        ma, mb = _members(a), _members(b)
        if ma is not None or mb is not None:
            self.union(subject, section, where, ma or [], mb or [], ctx)
        rest_a = {k: v for k, v in a.items() if k not in _TYPE_COMPARED}
        rest_b = {k: v for k, v in b.items() if k not in _TYPE_COMPARED}
        if rest_a != rest_b and ma is None and mb is None:
            self.add(Change("type.changed", section, subject, f"{where}: {_short(rest_a)} → {_short(rest_b)}", ctx,
                            old=rest_a, new=rest_b), lambda t, c: (False, "the SDK adapts; review"))

    def retyped(self, subject: str, section: str, where: str, a: dict[str, Any], b: dict[str, Any], ctx: str) -> None:
        widened = (a.get("kind"), b.get("kind")) == ("integer", "number")
        self.add(Change("type.retyped", section, subject, f"{where} retyped: {type_label(a)} → {type_label(b)}", ctx,
                        old=type_label(a), new=type_label(b)),
                 lambda t, c: (False, "integers are still accepted") if widened and c.context == REQUEST
                 else (True, "values of the old type no longer fit"))

    def fields(self, subject: str, section: str, where: str, old: dict[str, Any], new: dict[str, Any],
               ctx: str) -> None:
        gone = [k for k in old if k not in new]
        came = [k for k in new if k not in old]
        for ok, nk in _renames(gone, came, old, new, lambda f: (_shape_key(f["type"]), f["required"])):
            if not set(old[ok]["names"].values()) & set(new[nk]["names"].values()):
                continue  # a field renamed in every target too looks like any removal plus addition
            gone.remove(ok)
            came.remove(nk)
            a, b = old[ok], new[nk]
            self.add(Change("field.renamed", section, subject, f"{where}: field {code(ok)} renamed on the wire to "
                            f"{code(nk)}", ctx, old=ok, new=nk),
                     lambda t, c: _field_renamed(t, c.context, a, b, ok, nk))
        for k in came:
            f = new[k]
            req = f["required"]
            self.add(Change("field.added", section, subject, f"{where}: {'required' if req else 'optional'} field "
                            f"{code(k)} added ({type_label(f['type'])})", ctx, addition=True, new=k),
                     lambda t, c: (req and c.context != RESPONSE, "callers must set it"
                                            if req and c.context != RESPONSE else ""))
        for k in gone:
            self.add(Change("field.removed", section, subject, f"{where}: field {code(k)} removed", ctx, old=k),
                     lambda t, c: (True, "callers setting it fail" if c.context == REQUEST else "readers of it fail"))
        for k in new:
            if k not in old:
                continue
            self.member("field", section, subject, f"{where}: field {code(k)}", old[k], new[k], ctx)

    def enum(self, subject: str, section: str, where: str, old: list[Any], new: list[Any], ctx: str) -> None:
        for v in new:
            if v not in old:
                self.add(Change("enum.value-added", section, subject, f"{where}: enum value {code(repr(v))} added", ctx,
                                addition=True, new=v),
                         lambda t, c: (False, "") if c.context == REQUEST or t.open_response_enums
                         else (True, "responses with it are rejected"))
        for v in old:
            if v not in new:
                self.add(Change("enum.value-removed", section, subject, f"{where}: enum value {code(repr(v))} "
                                f"removed", ctx, old=v),
                         lambda t, c: (True, "callers sending it fail") if c.context != RESPONSE else (False, ""))

    def union(self, subject: str, section: str, where: str, old: list[Any], new: list[Any], ctx: str) -> None:
        ka = [_shape_key(m) for m in old]
        kb = [_shape_key(m) for m in new]
        for m, k in zip(new, kb):
            if k not in ka:
                self.add(Change("union.member-added", section, subject, f"{where}: union member {type_label(m)} "
                                "added", ctx, addition=True, new=type_label(m)),
                         lambda t, c: (False, "") if c.context == REQUEST or t.open_response_unions
                         else (True, "responses with it are rejected"))
        for m, k in zip(old, ka):
            if k not in kb:
                self.add(Change("union.member-removed", section, subject, f"{where}: union member {type_label(m)} "
                                "removed", ctx, old=type_label(m)),
                         lambda t, c: (True, "callers sending it fail") if c.context != RESPONSE else (False, ""))

    # -- shared schemas ---------------------------------------------------------------------------
    def match_schemas(self) -> None:
        old, new = self.old.get("schemas", {}), self.new.get("schemas", {})
        gone = [k for k in old if k not in new]
        came = [k for k in new if k not in old]
        for ok, nk in _renames(gone, came, old, new, _shape_key):
            self.schema_renames[ok] = nk

    def schemas(self) -> None:
        old, new = self.old.get("schemas", {}), self.new.get("schemas", {})
        renamed_to = set(self.schema_renames.values())
        for ok, nk in sorted(self.schema_renames.items()):
            a, b = old[ok]["names"], new[nk]["names"]
            self.add(Change("schema.renamed", "schemas", f"schema {code(nk)}",
                            f"schema {code(ok)} renamed to {code(nk)}", old=ok, new=nk),
                     lambda t, c: _renamed(a, b, t, "type"))
        for k in new:
            if k not in old and k not in renamed_to:
                self.add(Change("schema.added", "schemas", f"schema {code(k)}", f"schema {code(k)} added "
                                f"({new[k].get('kind')})", addition=True, new=k), lambda t, c: (False, ""))
        for k in old:
            if k not in new and k not in self.schema_renames:
                self.add(Change("schema.removed", "schemas", f"schema {code(k)}", f"schema {code(k)} removed", old=k),
                         lambda t, c: (True, f"the type {code(old[k]['names'][t.names])} no longer exists"))
        for nk in new:
            ok = next((o for o, n in self.schema_renames.items() if n == nk), nk)
            if ok not in old:
                continue
            a, b = old[ok], new[nk]
            ctx = _merge(self.usage_old.get(ok), self.usage_new.get(nk))
            subject = f"schema {code(nk)}"
            if a.get("kind") != b.get("kind"):
                self.add(Change("schema.retyped", "schemas", subject, f"schema {code(nk)}: {a.get('kind')} → "
                                f"{b.get('kind')}", ctx), lambda t, c: (True, "values of the old type no longer fit"))
                continue
            section = "schemas"
            if b.get("kind") == "alias":
                self.type(subject, section, subject, a["type"], b["type"], ctx)
            else:
                self.type(subject, section, subject, {k: v for k, v in a.items() if k not in ("names", "description")},
                          {k: v for k, v in b.items() if k not in ("names", "description")}, ctx)
            if a.get("description", "") != b.get("description", ""):
                self.add(Change("docs.changed", "docs", subject, f"description of {subject} changed"),
                         lambda t, c: (False, ""))


# compared one by one above; `mapping` (discriminator value -> member) follows the members
_TYPE_COMPARED = {"kind", "nullable", "format", "items", "ref", "fields", "values", "members", "variants", "options",
                  "types", "mapping"}


def _signature(style: str, op: dict[str, Any], facts: dict[str, Any]) -> list[str]:
    """The positional arguments of an operation in a target, as `location:wire` keys
    (`body` for a whole body, `body:<wire>` for a flattened body field)."""
    params = op.get("params") or {}
    body = op.get("body")
    if style == "ts":
        req = [k for k, p in params.items() if p["required"]]
        opt = [k for k, p in params.items() if not p["required"]]
        if body is None:
            return req + opt
        if not params or body["required"]:
            return req + ["body"] + opt
        return req + opt + ["body"]
    items: list[tuple[str, bool]] = []
    if body is not None:
        t = body["type"] or {}
        shape = facts.get("schemas", {}).get(t["ref"], {}) if "ref" in t else t
        if shape.get("kind") == "object" and shape.get("fields"):
            items += [(f"body:{w}", bool(body["required"] and f["required"])) for w, f in shape["fields"].items()]
        else:
            items.append(("body", bool(body["required"])))
    items += [(k, bool(p["required"])) for k, p in params.items()]
    return [k for k, r in items if r] + [k for k, r in items if not r]


def _arg_label(key: str) -> str:
    if key == "body":
        return "the request body"
    where, _, wire = key.partition(":")
    return f"{'body field' if where == 'body' else where + ' parameter'} {code(wire)}"


def _alternatives(alts: list[list[str]]) -> str:
    """Security requirements as text: `bearer or apiKey+session`, `none`."""
    return " or ".join("+".join(x) or "none" for x in alts) or "none"


def _short(value: Any) -> str:
    import json

    text = json.dumps(value, sort_keys=True, default=str)
    return code(text if len(text) <= 60 else text[:57] + "...")


def _sec(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, dict):
        return code(value.get("scheme_name") or value.get("name") or value.get("kind") or "?") + (
            f" ({value['kind']})" if value.get("kind") else "")
    return _short(value)


def _op_name(t: Traits, op: dict[str, Any]) -> str:
    return code(op["names"][t.names])


def _group_name(t: Traits, group: dict[str, Any]) -> str:
    return code(group["names"][t.names])


def _renamed(a: dict[str, str], b: dict[str, str], t: Traits, what: str) -> tuple[bool, str]:
    x, y = a.get(t.names), b.get(t.names)
    if x == y:
        return False, f"{what} {code(x)} unchanged"
    return True, f"{what} {code(x)} → {code(y)}"


def _field_renamed(t: Traits, ctx: str | None, a: dict[str, Any], b: dict[str, Any], ok: str,
                   nk: str) -> tuple[bool, str]:
    if ctx in (RESPONSE, BOTH) and t.response_field_names == "wire":
        return True, f"key {code(ok)} → {code(nk)}"
    return _renamed(a["names"], b["names"], t, "attribute")


def _nullable_rule(now: bool, ctx: str | None) -> tuple[bool, str]:
    if now:  # may now be null: readers break, writers don't
        return (ctx != REQUEST, "readers may now get null" if ctx != REQUEST else "")
    return (ctx != RESPONSE, "callers passing null fail" if ctx != RESPONSE else "")


def _required_rule(now_required: bool, ctx: str | None) -> tuple[bool, str]:
    if now_required:
        return (ctx != RESPONSE, "callers must set it" if ctx != RESPONSE else "")
    return (ctx != REQUEST, "readers may find it missing" if ctx != REQUEST else "")


def _renames(gone: list[str], came: list[str], old: dict[str, Any], new: dict[str, Any],
             key: Callable[[Any], Any]) -> list[tuple[str, str]]:
    """Pairs (old, new) that look like renames: the only removed and the only added entry with
    the same shape."""
    out = []
    for ok in gone:
        shape = key(old[ok])
        same_old = [g for g in gone if key(old[g]) == shape]
        same_new = [c for c in came if key(new[c]) == shape]
        if len(same_old) == 1 and len(same_new) == 1:
            out.append((ok, same_new[0]))
    return out


def _merge(a: str | None, b: str | None) -> str:
    found = {x for x in (a, b) if x}
    if not found or BOTH in found or len(found) > 1:
        return BOTH
    return found.pop()


def _usage(facts: dict[str, Any]) -> dict[str, str]:
    """Component name -> REQUEST / RESPONSE / BOTH: where the operations use it (transitively)."""
    schemas = facts.get("schemas", {})
    seen: dict[str, set[str]] = {}

    def refs(node: Any, ctx: str) -> None:
        if isinstance(node, dict):
            ref = node.get("ref")
            if isinstance(ref, str) and ref in schemas:
                if ctx not in seen.setdefault(ref, set()):
                    seen[ref].add(ctx)
                    refs(schemas[ref], ctx)
            for k, v in node.items():
                if k != "ref":
                    refs(v, ctx)
        elif isinstance(node, list):
            for v in node:
                refs(v, ctx)

    for op in facts.get("operations", {}).values():
        refs(op.get("params"), REQUEST)
        refs(op.get("body"), REQUEST)
        refs(op.get("responses"), RESPONSE)
    return {k: (BOTH if len(v) > 1 else next(iter(v))) for k, v in seen.items()}


@dataclass
class Report:
    api: str
    old_label: str
    new_label: str
    changes: list[Change]
    targets: list[str]

    def bump(self, target: str | None = None) -> str:
        level = 0
        for c in self.changes:
            verdicts = [c.verdicts[target]] if target else list(c.verdicts.values())
            if any(b for b, _ in verdicts):
                level = 3
            elif c.addition:
                level = max(level, 2)
            else:
                level = max(level, 1)
        return BUMPS[level]

    def breaking(self, target: str | None = None) -> list[Change]:
        return [c for c in self.changes if any(b for t, (b, _) in c.verdicts.items() if target in (None, t))]

    def to_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "old": self.old_label,
            "new": self.new_label,
            "semver": self.bump(),
            "breaking": bool(self.breaking()),
            "targets": {
                t: {"semver": self.bump(t), "breaking": len(self.breaking(t)),
                    "non_breaking": len(self.changes) - len(self.breaking(t))}
                for t in self.targets
            },
            "changes": [c.to_json() for c in self.changes],
        }


SECTION_TITLES = {
    "api": "API",
    "operations": "Operations",
    "parameters": "Parameters",
    "request": "Request bodies",
    "response": "Responses",
    "schemas": "Schemas",
    "docs": "Documentation",
}


_USED = {REQUEST: "requests", RESPONSE: "responses", BOTH: "requests and responses"}


def to_markdown(reports: list[Report]) -> str:
    """The reports as markdown, for a changelog or a pull-request comment."""
    from .markdown import cell

    out: list[str] = []
    for r in reports:
        out.append(f"## API changes: {r.api}" if r.api else "## API changes")
        out.append("")
        out.append(f"{code(r.old_label)} → {code(r.new_label)}")
        out.append("")
        if not r.changes:
            out.append("No changes that SDK users can see.")
            out.append("")
            continue
        broken = [t for t in r.targets if r.breaking(t)]
        why = f" (breaking for {', '.join(broken)})" if broken else ""
        out.append(f"Suggested version bump: **{r.bump()}**{why}")
        out.append("")
        out.append("| Target | Breaking | Non-breaking | Bump |")
        out.append("| --- | ---: | ---: | --- |")
        for t in r.targets:
            b = len(r.breaking(t))
            out.append(f"| {t} | {b} | {len(r.changes) - b} | {r.bump(t)} |")
        out.append("")
        for section, title in SECTION_TITLES.items():
            rows = [c for c in r.changes if c.section == section]
            if not rows:
                continue
            out.append(f"### {title}")
            out.append("")
            out.append("| Change | " + " | ".join(r.targets) + " |")
            out.append("| --- |" + " --- |" * len(r.targets))
            for c in rows:
                subject = "" if c.detail.startswith(("operation ", "schema ", "group ")) or c.section in (
                    "api", "docs") else f"{code(c.subject)}: "
                used = f" (used in {_USED[c.context]})" if c.section == "schemas" and c.context else ""
                cells = []
                for t in r.targets:
                    breaking, reason = c.verdicts[t]
                    word = "**breaking**" if breaking else "non-breaking"
                    cells.append(cell(f"{word} ({reason})" if reason else word))
                out.append(f"| {cell(subject + c.detail + used)} | " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def diff(old: dict[str, Any], new: dict[str, Any], api: str = "", old_label: str = "old", new_label: str = "new",
         targets: list[str] | None = None) -> Report:
    """Compare two facts (facts.api_facts); `targets`: target kinds to judge for (default: all known)."""
    names = targets or list(TARGETS)
    chosen = {t: TARGETS[t] for t in names}
    changes = _Differ(old, new, chosen).run()
    order = {s: i for i, s in enumerate(("api", "operations", "parameters", "request", "response", "schemas", "docs"))}
    changes.sort(key=lambda c: (order.get(c.section, 9), c.subject))
    return Report(api, old_label, new_label, changes, names)
