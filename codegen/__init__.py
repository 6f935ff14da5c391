"""SDK factory: hand-maintained OpenAPI documents in, typed SDKs and reference docs out."""
