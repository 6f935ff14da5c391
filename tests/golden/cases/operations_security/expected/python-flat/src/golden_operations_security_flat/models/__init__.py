# Generated from spec.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from golden_operations_security_flat.models import X`."""

from ..model import *  # noqa: F403
from ..model import __all__ as __all__
