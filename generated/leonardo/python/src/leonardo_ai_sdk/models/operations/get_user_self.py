# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class Users(BaseModel):
    """columns and relationships of "users" """

    id: OptionalNullable[str] = UNSET
    username: OptionalNullable[str] = UNSET
    """Username of the user."""


class UsersTypedDict(TypedDict):
    """columns and relationships of "users" """

    id: NotRequired[Optional[str]]
    username: NotRequired[Optional[str]]
    """Username of the user."""


class UserDetails(BaseModel):
    """columns and relationships of "user_details" """

    non_nullable_fields = frozenset(
        {
            "subscription_tokens",
            "subscription_gpt_tokens",
            "subscription_model_tokens",
            "api_concurrency_slots",
            "api_subscription_tokens",
        }
    )

    user: OptionalNullable[Users] = UNSET
    """columns and relationships of "users\""""
    token_renewal_date: Annotated[
        OptionalNullable[str], pydantic.Field(alias="tokenRenewalDate")
    ] = UNSET
    """User Plan Token Renewal Date."""
    paid_tokens: Annotated[
        OptionalNullable[int], pydantic.Field(alias="paidTokens")
    ] = UNSET
    """Current balance of paid tokens the user has."""
    subscription_tokens: Annotated[
        Optional[int], pydantic.Field(alias="subscriptionTokens")
    ] = None
    """Current balance of user plan subscription tokens the user has."""
    subscription_gpt_tokens: Annotated[
        Optional[int], pydantic.Field(alias="subscriptionGptTokens")
    ] = None
    """Current balance of user plan GPT tokens the user has."""
    subscription_model_tokens: Annotated[
        Optional[int], pydantic.Field(alias="subscriptionModelTokens")
    ] = None
    """Current balance of model training tokens the user has."""
    api_concurrency_slots: Annotated[
        Optional[int], pydantic.Field(alias="apiConcurrencySlots")
    ] = None
    """API Concurrency Slots."""
    api_paid_tokens: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiPaidTokens")
    ] = UNSET
    """Current balance of API paid tokens the user has."""
    api_subscription_tokens: Annotated[
        Optional[int], pydantic.Field(alias="apiSubscriptionTokens")
    ] = None
    """Current balance of Enterprise API subscriptions tokens the user has."""
    api_plan_token_renewal_date: Annotated[
        OptionalNullable[str], pydantic.Field(alias="apiPlanTokenRenewalDate")
    ] = UNSET
    """API Plan Token Renewal Date."""


class UserDetailsTypedDict(TypedDict):
    """columns and relationships of "user_details" """

    user: NotRequired[Optional[UsersTypedDict]]
    """columns and relationships of "users\""""
    token_renewal_date: NotRequired[Optional[str]]
    """User Plan Token Renewal Date."""
    paid_tokens: NotRequired[Optional[int]]
    """Current balance of paid tokens the user has."""
    subscription_tokens: NotRequired[Optional[int]]
    """Current balance of user plan subscription tokens the user has."""
    subscription_gpt_tokens: NotRequired[Optional[int]]
    """Current balance of user plan GPT tokens the user has."""
    subscription_model_tokens: NotRequired[Optional[int]]
    """Current balance of model training tokens the user has."""
    api_concurrency_slots: NotRequired[Optional[int]]
    """API Concurrency Slots."""
    api_paid_tokens: NotRequired[Optional[int]]
    """Current balance of API paid tokens the user has."""
    api_subscription_tokens: NotRequired[Optional[int]]
    """Current balance of Enterprise API subscriptions tokens the user has."""
    api_plan_token_renewal_date: NotRequired[Optional[str]]
    """API Plan Token Renewal Date."""


class GetUserSelfResponseBody(BaseModel):
    non_nullable_fields = frozenset({"user_details"})

    user_details: Optional[List[UserDetails]] = None


class GetUserSelfResponseBodyTypedDict(TypedDict):
    user_details: NotRequired[Optional[List[UserDetailsTypedDict]]]


class GetUserSelfResponse(OperationResponse):
    object: Optional[GetUserSelfResponseBody] = None
    """The parsed response body"""


class GetUserSelfResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetUserSelfResponseBodyTypedDict]]
    """The parsed response body"""
