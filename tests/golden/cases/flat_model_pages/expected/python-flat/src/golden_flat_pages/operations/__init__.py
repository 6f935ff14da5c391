# Generated from spec.yaml. Do not edit.
"""What each operation sends and gets back, one module per operation."""
