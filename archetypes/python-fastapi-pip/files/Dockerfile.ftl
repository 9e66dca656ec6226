<#import "/macros/docker.ftl" as docker>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port]:[=port] --env-file .env [=name]

<#if model_preload!false>
# The uv that exports the embedding model (stage model-export); it stays in that stage.
ARG UV_VERSION=[=docker.uvVersion]

</#if>
# ---- builder: the pinned requirements in a virtualenv at /opt/venv ---------------------
FROM [=base_image] AS builder

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH" \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
<@docker.stripTools/>

# Requirements before the source: this layer is rebuilt only when requirements.txt changes.
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt[=docker.stripAfterInstall("/opt/venv")]

# Then the project itself, installed (not editable) into the virtualenv. pip and setuptools leave
# it afterwards: the runtime stage installs nothing.
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir --no-deps . \
 && pip uninstall --yes pip setuptools

<#if model_preload!false>
<@docker.modelStages from="ghcr.io/astral-sh/uv:${UV_VERSION}-python" + python_version + "-bookworm-slim" source=model_source modelName=model_name package=model_package!""/>

</#if>
<#if postgres_client>
# ---- pg-client: psql, pg_dump and pg_isready, without Debian's Perl wrappers -------------
# Debian's postgresql-client runs every client through a Perl script (pg_wrapper), and Perl alone
# weighs about 50 MB. This stage unpacks the versioned client package of the base's release and
# keeps just the three binaries; the runtime stage installs only the libraries they link.
FROM [=base_image] AS pg-client
# pipefail: a failing apt-cache must fail the build, not hand awk nothing (hadolint DL4006).
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /tmp/pg
RUN apt-get update \
 && client="$(apt-cache depends postgresql-client | awk '/Depends: postgresql-client-[0-9]+$/ { print $2; exit }')" \
 && apt-get download "$client" \
 && dpkg-deb --extract "$client"_*.deb /tmp/pg/root \
 && mkdir /pg-bin \
 && cp /tmp/pg/root/usr/lib/postgresql/*/bin/psql /tmp/pg/root/usr/lib/postgresql/*/bin/pg_dump \
       /tmp/pg/root/usr/lib/postgresql/*/bin/pg_isready /pg-bin/ \
 && rm -rf /var/lib/apt/lists/*

</#if>
# ---- runtime: slim base, the virtualenv, a non-root user -------------------------------
FROM [=base_image]
<#if postgres_client>

# psql, pg_dump and pg_isready (seed 002) for database work from inside the container: libpq and
# the libraries the clients link, then the binaries from the pg-client stage. apt-get clean drops
# the downloaded packages and apt's caches on bases that do not already clean up after apt.
<@docker.aptUnpinned/>
RUN apt-get update \
 && apt-get install --yes --no-install-recommends libpq5 libreadline8 liblz4-1 libzstd1 zlib1g \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*
COPY --from=pg-client /pg-bin/ /usr/local/bin/
</#if>

<@docker.nonRootUser user=user uid=uid gid=gid/>

WORKDIR /app
<#if model_preload!false>

# The model first: it changes least often. Owned by root, so the service can only read it.
<@docker.modelRuntime/>
</#if>

# The virtualenv holds the dependencies and the installed [=package_name] package: no source tree,
# no pip, no dev tools. Owned by root and read-only for [=user]: the service cannot modify its code.
COPY --from=builder /opt/venv /opt/venv

ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PORT=[=port] \
    APP_ENV=[=app_env]

EXPOSE [=port]

<@docker.healthcheck test=docker.pythonHttpProbe(port, health_path)/>

<@docker.ociLabels title=name/>

<@docker.runtimeUser/>

CMD ["uvicorn", "[=package_name].main:app", "--host", "0.0.0.0", "--port", "[=port]", "--workers", "[=workers]"]
