"""List the public surface of an installed SDK package as JSON (run inside the SDK's venv).

    python surface.py speakeasy leonardo_ai_sdk LeonardoAiSDK   > surface.json
    python surface.py konfig leap Leap                         > surface.json
    python surface.py speakeasy leonardo_ai_sdk LeonardoAiSDK published.json > resolved.json

The first form lists the package's own surface; the second looks up every name of another
package's surface (`published.json`) in this one by getattr, as user code would, and records
which lookups emitted a DeprecationWarning (served aliases).

Only the standard library is used, and only introspection: nothing is called except the
client constructor (with a dummy token) so that its groups can be listed. The output:

    {"client": {"name": ..., "params": [param, ...]},
     "methods": {"<group>.<method>": [param, ...]},
     "classes": {"<namespace>.<Name>": {"kind": ..., "fields": [...], "members": {...}}}}

where a param is [name, kind, has_default] (kind as inspect.Parameter.kind.name) and a
class kind is one of model, typeddict, enum, error, schema (Konfig), alias (not a class).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import sys
import typing
import warnings
from typing import Any


def params_of(fn: Any) -> list[list[Any]]:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    return [[p.name, p.kind.name, p.default is not inspect.Parameter.empty]
            for p in sig.parameters.values() if p.name != "self"]


def classify(obj: Any) -> dict[str, Any]:
    if not isinstance(obj, type):
        return {"kind": "alias", "fields": [], "members": {}}
    if issubclass(obj, enum.Enum):
        return {"kind": "enum", "fields": [], "members": {m.name: m.value for m in obj}}
    if typing.is_typeddict(obj):
        keys = sorted(set(getattr(obj, "__required_keys__", ())) | set(getattr(obj, "__optional_keys__", ())))
        return {"kind": "typeddict", "fields": keys, "members": {}}
    if issubclass(obj, BaseException):
        return {"kind": "error", "fields": [], "members": {}}
    fields = getattr(obj, "model_fields", None)
    if isinstance(fields, dict):
        return {"kind": "model", "fields": sorted(fields), "members": {}}
    meta = getattr(obj, "MetaOapg", None)
    if meta is not None:  # Konfig / OpenAPI Generator schema classes: properties by wire name
        props = getattr(meta, "properties", None)
        names = sorted(n for n in vars(props) if not n.startswith("_")) if props is not None else []
        members = dict(sorted(getattr(meta, "enum_value_to_name", {}).items()))
        return {"kind": "schema", "fields": names, "members": {v: k for k, v in members.items()}}
    return {"kind": "class", "fields": [], "members": {}}


def public_names(module: Any) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    return sorted(set(names) | {n for n in dir(module) if not n.startswith("_") and n[:1].isupper()})


def classes_of(module_name: str, label: str, out: dict[str, Any], own_only: bool = False) -> None:
    """The classes `module_name` exports, as `label.Name`; a missing module exports none."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return
    for name in public_names(module):
        if not name[:1].isupper():
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                obj = getattr(module, name)
            except AttributeError:
                continue
        if inspect.ismodule(obj):
            continue
        if isinstance(obj, type) and not obj.__module__.split(".")[0] == module_name.split(".")[0]:
            continue  # imported helpers (typing, pydantic, httpx)
        if own_only and getattr(obj, "__module__", module_name) != module_name:
            continue
        out[f"{label}.{name}"] = classify(obj)


def _runtime_helper(fn: Any) -> bool:
    """A method every group inherits from the SDK's base class (request plumbing), not an operation."""
    owner = getattr(fn, "__qualname__", "").split(".")[0]
    return owner in ("BaseSDK", "Api", "BaseApi")


def groups_of(client: Any, package: str) -> dict[str, list[list[Any]]]:
    methods: dict[str, list[list[Any]]] = {}
    for gname in sorted(dir(client)):
        if gname.startswith("_"):
            continue
        try:
            group = getattr(client, gname)
        except Exception:  # noqa: BLE001 - a property that needs more setup
            continue
        if callable(group) or not type(group).__module__.startswith(package + "."):
            continue
        if type(group).__name__ in ("SDKConfiguration", "Configuration", "ApiClient"):
            continue
        for mname in sorted(dir(group)):
            if mname.startswith("_"):
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fn = getattr(group, mname, None)
            if (inspect.ismethod(fn) or inspect.isfunction(fn)) and not _runtime_helper(fn):
                methods[f"{gname}.{mname}"] = params_of(fn)
    return methods


def speakeasy(package: str, sdk_class: str) -> dict[str, Any]:
    root = importlib.import_module(package)
    cls = getattr(root, sdk_class)
    client = cls(bearer_auth="dummy-token")
    classes: dict[str, Any] = {}
    for ns in ("operations", "shared", "errors"):
        classes_of(f"{package}.models.{ns}", ns, classes)
    return {"client": {"name": sdk_class, "params": params_of(cls.__init__)},
            "methods": groups_of(client, package), "classes": classes}


def konfig(package: str, sdk_class: str) -> dict[str, Any]:
    root = importlib.import_module(package)
    cls = getattr(root, sdk_class)
    client = cls(access_token="dummy-token")
    classes: dict[str, Any] = {}
    classes_of(f"{package}.models", "models", classes)
    try:
        model_pkg = importlib.import_module(f"{package}.model")
        modules = sorted(i.name for i in pkgutil.iter_modules(model_pkg.__path__))
    except ImportError:
        modules = []
    for name in modules:
        classes_of(f"{package}.model.{name}", f"model.{name}", classes, own_only=True)
    return {"client": {"name": sdk_class, "params": params_of(cls.__init__)},
            "methods": groups_of(client, package), "classes": classes}


def _lookup(fn: Any, warned: list[str], key: str) -> Any:
    """Call `fn`, noting under `key` whether it emitted a DeprecationWarning; None if it raises."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = fn()
        except (AttributeError, ImportError):
            value = None
    if any(issubclass(w.category, DeprecationWarning) for w in caught):
        warned.append(key)
    return value


def resolve(style: str, package: str, sdk_class: str, wanted: dict[str, Any]) -> dict[str, Any]:
    """Look up, in this environment's package, every name of another package's surface `wanted`
    (by getattr, as user code would), and describe what each resolves to."""
    root = importlib.import_module(package)
    cls = getattr(root, sdk_class)
    client = cls(bearer_auth="dummy-token") if style == "speakeasy" else cls(access_token="dummy-token")
    warned: list[str] = []
    methods: dict[str, Any] = {}
    for key in wanted["methods"]:
        gname, mname = key.split(".")
        group = _lookup(lambda: getattr(client, gname), warned, key)
        fn = _lookup(lambda: getattr(group, mname), warned, key) if group is not None else None
        if callable(fn):
            methods[key] = params_of(fn)
    classes: dict[str, Any] = {}
    for key, info in wanted["classes"].items():
        where, _, name = key.rpartition(".")
        module_name = f"{package}.models.{where}" if style == "speakeasy" else f"{package}.{where}"
        module = _lookup(lambda: importlib.import_module(module_name), warned, key)
        obj = _lookup(lambda: getattr(module, name), warned, key) if module is not None else None
        if obj is None:
            continue
        found = classify(obj)
        if found["kind"] == "enum":  # members by the published names (aliases included)
            members = {}
            for member in info["members"]:
                value = _lookup(lambda: getattr(obj, member), warned, f"{key}.{member}")
                if isinstance(value, enum.Enum):
                    members[member] = value.value
            found["members"] = members
        classes[key] = found
    return {"client": {"name": sdk_class, "params": params_of(cls.__init__)}, "methods": methods,
            "classes": classes, "deprecated": sorted(set(warned))}


if __name__ == "__main__":
    style, package, sdk_class = sys.argv[1:4]
    if len(sys.argv) > 4:  # resolve the names of a published surface here
        with open(sys.argv[4], encoding="utf-8") as f:
            surface = resolve(style, package, sdk_class, json.load(f))
    else:
        surface = {"speakeasy": speakeasy, "konfig": konfig}[style](package, sdk_class)
    json.dump(surface, sys.stdout, indent=1, sort_keys=True, default=str)
