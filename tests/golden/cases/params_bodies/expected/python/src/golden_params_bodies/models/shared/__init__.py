# Generated from spec.yaml. Do not edit.


__all__ = []
