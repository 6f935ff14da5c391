# Generated from spec/leap/openapi.yaml. Do not edit.
"""The operations of the tag Generate Images."""
