# Generated from spec/leap/openapi.yaml. Do not edit.
"""The client: one attribute per tag of the spec."""

from __future__ import annotations

import typing

import httpx

from .api_client import ApiClient
from .apis.tags.generate_images_api import GenerateImagesApi
from .apis.tags.generate_music_api import GenerateMusicApi
from .apis.tags.train_image_models_api import TrainImageModelsApi
from .configuration import Configuration

DEFAULT_HOST = "https://api.tryleap.ai"
USER_AGENT = "leap-sdk/1.0.0 python"


class Leap:
    """Leap

    The Official Leap API

    Give `host` to talk to another server and `access_token` (when the API has security) to
    authenticate, or a whole `configuration` (see configuration.py). `http_client` replaces the
    httpx.Client the SDK would create; the SDK does not close a client it did not create.
    """

    generate_images: GenerateImagesApi
    train_image_models: TrainImageModelsApi
    generate_music: GenerateMusicApi

    def __init__(
        self,
        configuration: typing.Optional[Configuration] = None,
        *,
        host: typing.Optional[str] = None,
        access_token: typing.Optional[str] = None,
        http_client: typing.Optional[httpx.Client] = None,
        async_http_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        if configuration is None:
            configuration = Configuration(
                host if host is not None else DEFAULT_HOST,
                access_token,
                user_agent=USER_AGENT,
            )
        elif host is not None or access_token is not None:
            raise TypeError(
                "give either a configuration or host/access_token, not both"
            )
        self.configuration = configuration
        self.api_client = ApiClient(configuration, http_client, async_http_client)
        self.generate_images = GenerateImagesApi(self.api_client)
        self.train_image_models = TrainImageModelsApi(self.api_client)
        self.generate_music = GenerateMusicApi(self.api_client)

    def close(self) -> None:
        """Close the HTTP connections (of an httpx.Client the SDK created)."""
        self.api_client.close()

    async def aclose(self) -> None:
        """Close the HTTP connections of both httpx clients the SDK created."""
        await self.api_client.aclose()

    def __enter__(self) -> typing.Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Leap(host={self.configuration.host!r})"
