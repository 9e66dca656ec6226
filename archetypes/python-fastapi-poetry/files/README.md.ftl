<#import "/python/readme.ftl" as readme>
<#import "/macros/updating.ftl" as updating>
# [=name]

[=description]

Python [=python_version], [FastAPI](https://fastapi.tiangolo.com/) served by uvicorn, dependencies managed
with [Poetry](https://python-poetry.org/) and pinned in `poetry.lock`, shipped as a multi-stage Docker
image that runs as the non-root user `[=user]` (UID [=uid]) and answers `GET [=health_path]` on port [=port].
<@readme.intro/>

## Prerequisites

- Python [=python_version] (3.11 or newer) and [Poetry](https://python-poetry.org/docs/#installation) 2.5
  (for example `pipx install poetry==2.5.1`)
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
# create .venv (poetry.toml keeps it in the project) from poetry.lock, dev group included
poetry install
# run the tests, the linter and the format check
poetry run pytest
poetry run ruff check
poetry run ruff format --check
# serve with auto-reload, then try it
poetry run uvicorn [=package_name].main:app --reload --port [=port]
curl http://localhost:[=port][=health_path]
```
<@readme.develop pytest="poetry run pytest"/>

Add a dependency with `poetry add <package>` (or `poetry add --group dev <package>`): it updates
`pyproject.toml` and `poetry.lock`; commit both. `poetry check --lock` tells whether they agree.

Packages come from PyPI through its standard "simple" index (`[[tool.poetry.source]]` in
`pyproject.toml`); to use your organisation's mirror instead, change that URL and run `poetry lock`.

## Docker

```bash
cp .env.example .env        # once; then edit .env (it is git-ignored)
docker build -t [=name] .
docker run --rm -p [=port]:[=port] --env-file .env [=name]
```

The build installs Poetry 2.5.1 in the builder stage only (`--build-arg POETRY_VERSION=...` to change
it), installs the locked main dependencies into `/app/.venv` (`poetry install --only main --no-root`,
before the source is copied, with Poetry's download cache in a cache mount), then builds the project
into a wheel and installs it there. The runtime stage copies that virtualenv, owned by root so the
service cannot change its own code, and nothing else: no Poetry, no pytest, no ruff. It runs as `[=user]` (UID [=uid]) and has a `HEALTHCHECK` that calls
`http://127.0.0.1:[=port][=health_path]` with Python's `urllib` (no curl in the image). Changing only
the code under `src/` rebuilds just the last layers: the dependency layer stays cached.

With Compose: `docker-compose.build.yml` builds the production image
(`${REGISTRY}/${PROJECT_NAME}:${VERSION}` plus `:latest`, for `linux/amd64`) and
`docker-compose.dev.yml` runs that image locally with your `.env` on `127.0.0.1:[=port]`<@readme.composeDatabase/>:

```bash
docker compose -f docker-compose.build.yml build
docker compose -f docker-compose.dev.yml up
```
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

<@readme.ciTestJob steps="installs Poetry 2.5.1, `poetry check --lock`, `poetry install`, `ruff check`,\n   `ruff format --check`, `pytest`"/>
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that it runs as UID [=uid] and that Docker reports it healthy.

## Layout

- `src/[=package_name]/main.py`: the FastAPI app and its settings
<@readme.layout/>
- `tests/`: the tests (pytest, FastAPI's TestClient)
- `pyproject.toml`, `poetry.lock`: dependencies (main and dev group), pinned; `poetry.toml`: Poetry's project settings
- `Dockerfile`, `.dockerignore`: multi-stage image (Poetry builder, slim runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI

<@updating.section/>
