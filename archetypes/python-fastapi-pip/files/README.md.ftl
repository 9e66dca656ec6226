<#import "/python/readme.ftl" as readme>
<#import "/macros/updating.ftl" as updating>
# [=name]

[=description]

Python [=python_version], [FastAPI](https://fastapi.tiangolo.com/) served by uvicorn, dependencies installed
with pip from pinned `requirements.txt`, shipped as a multi-stage Docker image that runs as the
non-root user `[=user]` (UID [=uid]) and answers `GET [=health_path]` on port [=port].
<@readme.intro/>

## Prerequisites

- Python [=python_version] (3.11 or newer) with `venv` and `pip`
- [uv](https://docs.astral.sh/uv/getting-started/installation/), only to change the pinned dependencies
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
# a virtualenv with the runtime pins, this project (editable) and the dev tools
python -m venv .venv
.venv/bin/pip install -r requirements-dev.txt
# run the tests, the linter and the format check
.venv/bin/pytest
.venv/bin/ruff check
.venv/bin/ruff format --check
# serve with auto-reload, then try it
.venv/bin/uvicorn [=package_name].main:app --reload --port [=port]
curl http://localhost:[=port][=health_path]
```
<@readme.develop pytest=".venv/bin/pytest"/>

Dependencies:

- `pyproject.toml`: the direct runtime dependencies, as version ranges (`[project] dependencies`).
- `requirements.txt`: what the service needs at run time, every package pinned with `==`: those
  dependencies and all of theirs, for every platform and Python 3.11 or newer. The image installs
  exactly this file. `scripts/lock-requirements.sh` writes it with
  [uv](https://docs.astral.sh/uv/) (`uv pip compile`); `scripts/lock-requirements.sh --check` fails
  when it is out of date with `pyproject.toml` (CI runs it).
- `requirements-dev.txt`: `-r requirements.txt`, the project itself (`-e .`) and the dev tools
  (pytest, httpx2 for FastAPI's TestClient, ruff), pinned by hand. Never installed in the image.

To add a runtime dependency, add it to `dependencies` in `pyproject.toml`, run
`scripts/lock-requirements.sh` (it keeps every pin that still fits; `--upgrade-package <name>` moves
one), reinstall with `.venv/bin/pip install -r requirements-dev.txt` and check with
`.venv/bin/pip check`. Commit both files.

## Docker

```bash
cp .env.example .env        # once; then edit .env (it is git-ignored)
docker build -t [=name] .
docker run --rm -p [=port]:[=port] --env-file .env [=name]
```

The builder stage creates the virtualenv `/opt/venv` and installs `requirements.txt` into it
before the source is copied, so changing only the code under `src/` rebuilds just the last layers:
the dependency layer stays cached. It then installs the project itself and removes pip and
setuptools from the virtualenv. The runtime stage copies `/opt/venv`, owned by root so the service
cannot change its own code, and nothing else: no compiler, no pip, no pytest, no ruff. It runs as `[=user]` (UID [=uid]) and has a `HEALTHCHECK` that calls
`http://127.0.0.1:[=port][=health_path]` with Python's `urllib` (no curl in the image).
<#if postgres_client>
The runtime stage also has the PostgreSQL client programs `psql`, `pg_dump` and `pg_isready` (taken
from Debian's client package by the `pg-client` stage, with libpq but without the Perl wrappers that
would add about 50 MB), for database work from inside the container:
`docker run --rm -it --env-file .env [=name] psql "$DATABASE_URL"`.
</#if>

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

<@readme.ciTestJob steps="`scripts/lock-requirements.sh --check`, a virtualenv with `requirements-dev.txt`,\n   `pip check`, `ruff check`, `ruff format --check`, `pytest`"/>
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that it runs as UID [=uid] and that Docker reports it healthy.

## Layout

- `src/[=package_name]/main.py`: the FastAPI app and its settings
<@readme.layout/>
- `tests/`: the tests (pytest, FastAPI's TestClient)
- `requirements.txt`, `requirements-dev.txt`: dependencies, pinned (`scripts/lock-requirements.sh` writes the first)
- `pyproject.toml`: project metadata, direct dependencies, build backend (setuptools) and tool settings (pytest, ruff)
- `Dockerfile`, `.dockerignore`: multi-stage image (virtualenv builder, slim runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI

<@updating.section/>
