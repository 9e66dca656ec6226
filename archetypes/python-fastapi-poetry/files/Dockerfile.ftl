<#import "/macros/docker.ftl" as docker>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port]:[=port] --env-file .env [=name]

# The Poetry that installs poetry.lock; it stays in the builder stage.
ARG POETRY_VERSION=2.5.1
<#if model_preload!false>
# The uv that exports the embedding model (stage model-export); it stays in that stage.
ARG UV_VERSION=[=docker.uvVersion]
</#if>

# ---- builder: Poetry installs the locked main dependencies into /app/.venv -------------
FROM [=base_image] AS builder
ARG POETRY_VERSION

# Poetry in a virtualenv of its own, apart from the project's: none of it reaches the runtime stage.
RUN python -m venv /opt/poetry \
 && /opt/poetry/bin/pip install --no-cache-dir "poetry==${POETRY_VERSION}"

# The project's virtualenv in /app/.venv, without pip (Poetry installs without it);
# Poetry's download cache in a cache mount, never in a layer.
ENV POETRY_VIRTUALENVS_IN_PROJECT=1 \
    POETRY_VIRTUALENVS_OPTIONS_NO_PIP=1 \
    POETRY_CACHE_DIR=/var/cache/pypoetry \
    POETRY_NO_INTERACTION=1

WORKDIR /app
<@docker.stripTools/>

# Dependencies first, main group only (no pytest, no ruff), byte-compiled for a faster start:
# this layer is rebuilt only when pyproject.toml or poetry.lock change.
RUN --mount=type=cache,target=/var/cache/pypoetry \
    --mount=type=bind,source=pyproject.toml,target=/app/pyproject.toml \
    --mount=type=bind,source=poetry.lock,target=/app/poetry.lock \
    /opt/poetry/bin/poetry install --only main --no-root --no-interaction --no-ansi --compile[=docker.stripAfterInstall("/app/.venv")]

# Then the project itself: built into a wheel and installed (not editable) into the virtualenv.
COPY pyproject.toml poetry.lock README.md ./
COPY src ./src
RUN /opt/poetry/bin/poetry build --format wheel --no-interaction --no-ansi \
 && /opt/poetry/bin/pip --python /app/.venv/bin/python install --no-cache-dir --no-deps dist/*.whl

<#if model_preload!false>
<@docker.modelStages from="ghcr.io/astral-sh/uv:${UV_VERSION}-python" + python_version + "-bookworm-slim" source=model_source modelName=model_name package=model_package!""/>

</#if>
# ---- runtime: slim base, the virtualenv, a non-root user -------------------------------
FROM [=base_image]

<@docker.nonRootUser user=user uid=uid gid=gid/>

WORKDIR /app
<#if model_preload!false>

# The model first: it changes least often. Owned by root, so the service can only read it.
<@docker.modelRuntime/>
</#if>

# The virtualenv holds the dependencies and the installed [=package_name] package: no source tree,
# no Poetry, no dev tools. Owned by root and read-only for [=user]: the service cannot modify its code.
COPY --from=builder /app/.venv /app/.venv

ENV PATH="/app/.venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PORT=[=port] \
    APP_ENV=[=app_env]

EXPOSE [=port]

<@docker.healthcheck test=docker.pythonHttpProbe(port, health_path)/>

<@docker.ociLabels title=name/>

<@docker.runtimeUser/>

CMD ["uvicorn", "[=package_name].main:app", "--host", "0.0.0.0", "--port", "[=port]", "--workers", "[=workers]"]
