# Generated from spec.yaml. Do not edit.

from . import errors, operations, shared

__all__ = ["errors", "operations", "shared"]
