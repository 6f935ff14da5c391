# Generated from spec.yaml. Do not edit.
"""The API classes, one per tag."""
