# Generated from spec/leap/openapi.yaml. Do not edit.
"""The API classes, one per tag."""
