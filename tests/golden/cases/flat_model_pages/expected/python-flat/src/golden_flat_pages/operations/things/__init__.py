# Generated from spec.yaml. Do not edit.
"""The operations of the tag Things."""
