"""Thin per-target layers: each turns the IR into a list of OutputFiles for its templates."""
