"""Load a package's modules on first use, and serve former names as deprecated aliases.

A package ``__init__`` lists where each public name lives and calls :func:`attach`:

    __getattr__, __dir__ = attach(__name__, {"Lora": ".lora", "shared": ".models.shared"},
                                  deprecated={"OldName": ("", "NewName", "use NewName")})

``from pkg import Lora`` and ``pkg.Lora`` import ``pkg.lora`` then, once, and keep the
value in the package's namespace. A deprecated name is served from the same package, or
from the relative module given ("..shared"), after a DeprecationWarning. A name mapped to a module path ending in its own name
(``"shared": ".models.shared"``) is that module. ``dir(pkg)`` lists every name, loaded or
not; type checkers and IDEs read the package's ``if TYPE_CHECKING:`` imports.
"""

from __future__ import annotations

import importlib
import sys
import warnings

# typing itself is not imported: `import <package>` stays this cheap
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

__all__ = ["attach", "attach_modules", "deprecated_alias", "deprecated_alias_async"]


def attach(
    package: str,
    where: Mapping[str, str],
    deprecated: Mapping[str, tuple[str, str, str]] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Module ``__getattr__`` and ``__dir__`` for ``package``."""
    former = dict(deprecated or {})

    def __getattr__(name: str) -> Any:
        module_path = where.get(name)
        if module_path is None:
            if name in former:
                other, current, advice = former[name]
                warnings.warn(
                    f"{package}.{name} is deprecated: {advice}",
                    DeprecationWarning,
                    stacklevel=2,
                )
                if other:  # another package of the SDK
                    return getattr(importlib.import_module(other, package), current)
                return __getattr__(current)
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(module_path, package)
        value = (
            module if module_path.rsplit(".", 1)[-1] == name else getattr(module, name)
        )
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(where) | set(former))

    return __getattr__, __dir__


def attach_modules(
    package: str,
    modules: Mapping[str, str],
    deprecated: Mapping[str, tuple[str, str, str]] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """:func:`attach` for a namespace of many modules: ``modules`` maps each module to its
    names, space-separated (``{".lora": "Lora LoraTypedDict"}``). The package's
    ``__all__`` becomes every name, in that order."""
    where = {
        name: module for module, names in modules.items() for name in names.split()
    }
    sys.modules[package].__all__ = list(where)  # type: ignore[attr-defined]
    return attach(package, where, deprecated)


def deprecated_alias(method: Callable[..., Any], former: str) -> Callable[..., Any]:
    """A method's former name: calls it, after a DeprecationWarning."""

    def alias(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            f"{former}() is deprecated: use {method.__name__}()",
            DeprecationWarning,
            stacklevel=2,
        )
        return method(*args, **kwargs)

    return _like(alias, method, former)


def deprecated_alias_async(
    method: Callable[..., Any], former: str
) -> Callable[..., Any]:
    """An async method's former name: awaits it, after a DeprecationWarning."""

    async def alias(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            f"{former}() is deprecated: use {method.__name__}()",
            DeprecationWarning,
            stacklevel=2,
        )
        return await method(*args, **kwargs)

    return _like(alias, method, former)


def _like(
    alias: Callable[..., Any], method: Callable[..., Any], former: str
) -> Callable[..., Any]:
    for attr in ("__module__", "__annotations__"):
        setattr(alias, attr, getattr(method, attr, None))
    alias.__doc__ = f"Deprecated: use {method.__name__}()."
    alias.__name__ = former
    alias.__qualname__ = method.__qualname__.rsplit(".", 1)[0] + "." + former
    alias.__wrapped__ = method  # type: ignore[attr-defined]  # inspect.signature shows the method's
    return alias
