<#import "/macros/docker.ftl" as docker>
<#assign editableFlag = no_editable?then(" --no-editable", "")>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port]:[=port] --env-file .env [=name]

ARG PYTHON_VERSION=[=python_version]
ARG UV_VERSION=[=docker.uvVersion]

# ---- builder: resolve the locked dependencies into /app/.venv -------------------------
FROM ghcr.io/astral-sh/uv:${UV_VERSION}-python${PYTHON_VERSION}-bookworm-slim AS builder

# Byte-compile for faster start-up; copy (not hard-link) out of the cache mount;
# use the image's interpreter, never a downloaded one.
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=0

WORKDIR /app
<@docker.stripTools/>

# Dependencies first: this layer is rebuilt only when pyproject.toml or uv.lock change.
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=/app/uv.lock \
    --mount=type=bind,source=pyproject.toml,target=/app/pyproject.toml \
    uv sync --frozen --no-dev --no-install-project[=editableFlag][=docker.stripAfterInstall("/app/.venv")]

<#if no_editable>
# Then the project itself, installed as a regular (non-editable) package into the venv.
<#else>
# Then the project itself, installed editable: the venv points at /app/src, copied to the runtime too.
</#if>
COPY pyproject.toml uv.lock README.md ./
COPY src ./src
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev[=editableFlag]

<#if model_preload!false>
<@docker.modelStages from="ghcr.io/astral-sh/uv:${UV_VERSION}-python${PYTHON_VERSION}-bookworm-slim" source=model_source modelName=model_name package=model_package!""/>

</#if>
# ---- runtime: slim base, the venv, a non-root user ------------------------------------
FROM [=base_image]

<@docker.nonRootUser user=user uid=uid gid=gid/>

WORKDIR /app
<#if model_preload!false>

# The model first: it changes least often. Owned by root, so the service can only read it.
<@docker.modelRuntime/>
</#if>

<#if no_editable>
# The venv holds the dependencies and the installed [=package_name] package: no source tree needed.
COPY --from=builder --chown=[=user]:[=user] /app/.venv /app/.venv
<#else>
# The venv holds the dependencies; its editable install of [=package_name] points at /app/src.
COPY --from=builder --chown=[=user]:[=user] /app/.venv /app/.venv
COPY --from=builder --chown=[=user]:[=user] /app/src /app/src
</#if>

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
