<#import "/macros/docker.ftl" as docker>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port?c]:[=port?c] --env-file .env [=name]

ARG GO_VERSION=[=go_version]

# ---- runtime-base: the runtime image, named once (the accounts and final stages use it) ------
FROM [=base_image] AS runtime-base

# ---- builder: a static, trimmed binary ------------------------------------------------------
FROM golang:${GO_VERSION}-bookworm AS builder

# The image's own Go only (never a downloaded toolchain); no cgo, so the binary is static and
# runs on distroless/static.
ENV GOTOOLCHAIN=local \
    CGO_ENABLED=0

WORKDIR /src

# Dependencies first: this layer is rebuilt only when go.mod or go.sum change. go.sum appears
# with the first dependency; the glob lets the build work before that.
COPY go.mod go.sum* ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

# Then the source, compiled with the module and build caches. (COPY, not a bind mount: buildah
# leaves bind-mounted files out of its layer cache key and would reuse a stale binary.)
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags="-s -w" -o /out/[=name] .

# ---- accounts: the runtime base's users plus the non-root one -----------------------------
# [=user] (UID [=uid?c]) is written here: the default base, distroless, has no shell or useradd.
<@docker.accountsStage from="golang:${GO_VERSION}-bookworm" base="runtime-base" user=user uid=uid?c gid=gid?c/>

# ---- runtime: the static binary alone on [=base_image]
FROM runtime-base

<@docker.copyAccounts/>
COPY --from=builder /out/[=name] /usr/local/bin/[=name]

ENV PORT=[=port?c]

EXPOSE [=port?c]

# `[=name] -healthcheck` GETs http://127.0.0.1:$PORT[=health_path] and exits 0 or 1: the binary
# probes itself, as the image has no shell, curl or wget.
<@docker.healthcheck test=["/usr/local/bin/" + name, "-healthcheck"]/>

<@docker.ociLabels title=name/>

<@docker.runtimeUser/>

ENTRYPOINT ["/usr/local/bin/[=name]"]
