<#import "/python/readme.ftl" as readme>
<#import "/macros/updating.ftl" as updating>
# [=name]

[=description]

Python [=python_version], [FastAPI](https://fastapi.tiangolo.com/) served by uvicorn, dependencies managed
with [uv](https://docs.astral.sh/uv/) and pinned in `uv.lock`, shipped as a multi-stage Docker
image that runs as the non-root user `[=user]` (UID [=uid]) and answers `GET [=health_path]` on port [=port].
<@readme.intro/>

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
<@readme.develop pytest="uv run pytest"/>

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
`docker-compose.dev.yml` runs that image locally with your `.env` on `127.0.0.1:[=port]`<@readme.composeDatabase/>:

```bash
docker compose -f docker-compose.build.yml build
docker compose -f docker-compose.dev.yml up
```

The image installs only the runtime dependencies (no pytest, no ruff), runs as `[=user]` (UID [=uid]),
and has a `HEALTHCHECK` that calls `http://127.0.0.1:[=port][=health_path]` with Python's `urllib`
(no curl in the image). Changing only the code under `src/` rebuilds just the last layers:
the dependency layer stays cached.
<@readme.dockerModel/>

## Configuration

The app reads its settings from the environment. `.env` is used at run time only and is
excluded from the build context: no secret is ever baked into the image.

| Variable | Default | Used by | Meaning |
|---|---|---|---|
| `APP_ENV` | `[=app_env]` | app | deployment environment name, reported by `[=health_path]` |
| `PORT` | `[=port]` | app | port the service listens on inside the container (fixed in the image's `CMD` and `HEALTHCHECK`) |
<@readme.configurationRows/>
| `OPENAI_API_KEY` | _(empty)_ | your code | API key (secret: set it in `.env` only) |
| `REGISTRY` | `[=registry]` | Compose | registry and namespace of the image |
| `PROJECT_NAME` | `[=name]` | Compose | image name |
| `VERSION` | `0.1.0` | Compose | image tag (`latest` is tagged too) |

## Continuous integration

`.github/workflows/ci.yml` runs on every push to `main` and every pull request:

<@readme.ciTestJob steps="`uv sync --locked`, `ruff check`, `ruff format --check`, `pytest`"/>
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that it runs as UID [=uid] and that Docker reports it healthy.

## Layout

- `src/[=package_name]/main.py`: the FastAPI app and its settings
<@readme.layout/>
- `tests/`: the tests (pytest, FastAPI's TestClient)
- `pyproject.toml`, `uv.lock`: dependencies, pinned
- `Dockerfile`, `.dockerignore`: multi-stage image (uv builder, slim runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI

<@updating.section/>
