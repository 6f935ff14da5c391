# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations, shared
from ..unions import OneOf


class Pets(BaseSDK):
    def create_pet(
        self,
        *,
        request: Annotated[
            Union[shared.Cat, shared.Dog, Dict[str, Any]],
            OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreatePetResponse:
        return self._call(_op_create_pet, locals())

    create_pet_async = async_twin(create_pet)

    def get_pet(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetPetResponse:
        return self._call(_op_get_pet, locals())

    get_pet_async = async_twin(get_pet)


# what each operation sends and expects, for its two methods
_op_create_pet = Op(
    "POST",
    "/pets",
    lambda: (
        operations.CreatePetResponse,
        {
            "200": Annotated[
                Union[shared.Cat, shared.Dog, Dict[str, Any]],
                OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
            ]
        },
        None,
    ),
    body="request",
    required=True,
)
_op_get_pet = Op(
    "GET",
    "/pets/{id}",
    lambda: (
        operations.GetPetResponse,
        {
            "200": Annotated[
                Union[shared.Cat, shared.Dog, Dict[str, Any]],
                OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
            ]
        },
        None,
    ),
    path_params={"id": "id"},
)
