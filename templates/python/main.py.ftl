<#--
  The FastAPI app of every Python archetype. Options (shared questions; an archetype that does not
  ask them gets neither): database == "postgres" adds the SQLAlchemy engine (db.py) and GET /ready;
  model_preload adds the ONNX embedding model (embeddings.py), POST /embed and GET /ready.
-->
<#assign withDb = (database!"none") == "postgres">
<#assign withModel = model_preload!false>
<#assign withReady = withDb || withModel>
"""HTTP entry point: the FastAPI application that uvicorn serves."""

<#if withDb>
import asyncio
</#if>
<#if withReady>
import logging
</#if>
import os
<#if withReady>
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
</#if>
from dataclasses import dataclass
from importlib.metadata import metadata
<#if withModel>
from pathlib import Path
</#if>

<#if withModel>
from fastapi import FastAPI, HTTPException
<#else>
from fastapi import FastAPI
</#if>
<#if withReady>
from fastapi.responses import JSONResponse
</#if>
<#if withModel>
from pydantic import BaseModel, Field
</#if>
<#if withReady>

</#if>
<#if withDb>
from [=package_name].db import create_engine, ping
</#if>
<#if withModel>
from [=package_name].embeddings import Embedder
</#if>
<#if withReady>

log = logging.getLogger(__name__)
</#if>


@dataclass(frozen=True)
class Settings:
    """Runtime configuration, read from the environment (see .env.example)."""

    app_env: str
    port: int
<#if withDb>
    database_url: str | None
</#if>
<#if withModel>
    model_path: Path
</#if>

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            app_env=os.environ.get("APP_ENV", "[=app_env]"),
            port=int(os.environ.get("PORT", "[=port]")),
<#if withDb>
            database_url=os.environ.get("DATABASE_URL") or None,
</#if>
<#if withModel>
            model_path=Path(os.environ.get("MODEL_PATH", ".model/model")),
</#if>
        )


settings = Settings.from_env()
<#if withReady>


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Opens what the service needs once per process, and closes it at shutdown."""
    config = Settings.from_env()
<#if withDb>
    # The engine connects lazily: the service starts (and stays live) while the database is down.
    app.state.database = create_engine(config.database_url) if config.database_url else None
    if app.state.database is None:
        log.warning("DATABASE_URL is not set: GET /ready answers 503")
</#if>
<#if withModel>
    app.state.embedder = None
    if Embedder.exists(config.model_path):
        app.state.embedder = Embedder(config.model_path)
    else:
        log.warning(
            "no exported model in %s (MODEL_PATH): POST /embed answers 503", config.model_path
        )
</#if>
    yield
<#if withDb>
    if app.state.database is not None:
        await app.state.database.dispose()
</#if>

</#if>

# Title, description and version come from pyproject.toml, through the installed package.
_project = metadata("[=name]")
app = FastAPI(
    title=_project["Name"],
    description=_project.get("Summary", ""),
    version=_project["Version"],
<#if withReady>
    lifespan=lifespan,
</#if>
)


@app.get("[=health_path]")
def health() -> dict[str, str]:
    """Liveness probe for the image's HEALTHCHECK, Compose and CI."""
    return {"status": "ok", "env": settings.app_env}
<#if withReady>


@app.get("/ready")
async def ready() -> JSONResponse:
    """Readiness: 200 when every backing resource answers, else 503 naming the one that does not.

    Deliberately not the liveness probe: an outage of the database must take this instance out of
    load balancing, not make Docker or Kubernetes restart a process that is fine.
    """
    checks = {
<#if withDb>
        "database": await _database_status(),
</#if>
<#if withModel>
        "model": "ok" if getattr(app.state, "embedder", None) else "not loaded: see MODEL_PATH",
</#if>
    }
    ok = all(status == "ok" for status in checks.values())
    body = {"status": "ok" if ok else "unavailable", **checks}
    return JSONResponse(body, status_code=200 if ok else 503)
</#if>
<#if withDb>


async def _database_status() -> str:
    engine = getattr(app.state, "database", None)
    if engine is None:
        return "not configured: set DATABASE_URL"
    try:
        await asyncio.wait_for(ping(engine), timeout=3)
    except Exception as error:  # any failure means "not ready"; the log has the details
        log.warning("database check failed: %r", error)
        return f"unavailable: {type(error).__name__}"
    return "ok"
</#if>
<#if withModel>


class EmbedRequest(BaseModel):
    """Texts to embed, 1 to 64 per request."""

    texts: list[str] = Field(min_length=1, max_length=64)


class EmbedResponse(BaseModel):
    """One vector per text, in request order, each `dimension` long and L2-normalised."""

    model: str
    dimension: int
    embeddings: list[list[float]]


@app.post("/embed")
def embed(request: EmbedRequest) -> EmbedResponse:
    """Sentence embeddings from the model baked into the image (no network, no GPU)."""
    embedder: Embedder | None = getattr(app.state, "embedder", None)
    if embedder is None:
        raise HTTPException(status_code=503, detail="model not loaded: MODEL_PATH holds no model")
    vectors = embedder.embed(request.texts)
    return EmbedResponse(
        model=embedder.name, dimension=embedder.dimension, embeddings=vectors.tolist()
    )
</#if>
