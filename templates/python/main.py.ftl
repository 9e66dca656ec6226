"""HTTP entry point: the FastAPI application that uvicorn serves."""

import os
from dataclasses import dataclass
from importlib.metadata import metadata

from fastapi import FastAPI


@dataclass(frozen=True)
class Settings:
    """Runtime configuration, read from the environment (see .env.example)."""

    app_env: str
    port: int

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            app_env=os.environ.get("APP_ENV", "[=app_env]"),
            port=int(os.environ.get("PORT", "[=port]")),
        )


settings = Settings.from_env()

# Title, description and version come from pyproject.toml, through the installed package.
_project = metadata("[=name]")
app = FastAPI(
    title=_project["Name"],
    description=_project.get("Summary", ""),
    version=_project["Version"],
)


@app.get("[=health_path]")
def health() -> dict[str, str]:
    """Liveness probe for the image's HEALTHCHECK, Compose and CI."""
    return {"status": "ok", "env": settings.app_env}
