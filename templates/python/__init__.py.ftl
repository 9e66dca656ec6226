"""The [=name] service."""
