<#import "/macros/updating.ftl" as updating>
# [=name]

[=description]

A Go [=go_version] HTTP service on the standard library's `net/http` (module `[=go_module]`, no
third-party dependencies), shipped as a static binary in a multi-stage Docker image that runs as the
non-root user `[=user]` (UID [=uid?c]) on `[=base_image]` and answers `GET [=health_path]` on port [=port?c].

## Prerequisites

- [Go](https://go.dev/dl/) [=go_version] or newer
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
go vet ./...
go test ./...
go run .                      # serves on PORT (default [=port?c])
curl http://localhost:[=port?c][=health_path]
go run . -healthcheck         # the probe the image's HEALTHCHECK runs: exit 0 if healthy
go build -o bin/[=name] .     # a local binary (bin/ is git-ignored)
```

Add a dependency with `go get <module>@<version>`: it updates `go.mod` and creates or updates
`go.sum`; commit both (the Docker build downloads exactly what they pin). There is no `go.sum` yet
because there is no dependency yet.

## Docker

```bash
cp .env.example .env        # once; then edit .env (it is git-ignored)
docker build -t [=name] .
docker run --rm -p [=port?c]:[=port?c] --env-file .env [=name]
```

With Compose: `docker-compose.build.yml` builds the production image
(`${REGISTRY}/${PROJECT_NAME}:${VERSION}` plus `:latest`, for `linux/amd64`) and
`docker-compose.dev.yml` runs that image locally with your `.env` on `127.0.0.1:[=port?c]`:

```bash
docker compose -f docker-compose.build.yml build
docker compose -f docker-compose.dev.yml up
```

The builder compiles a static, trimmed binary (`CGO_ENABLED=0 go build -trimpath -ldflags="-s -w"`)
with the image's Go only (`GOTOOLCHAIN=local`). Modules are downloaded in their own layer, so
changing only the code rebuilds just the compile step. The runtime stage adds that one binary to
`[=base_image]`. The default base, distroless static, has no shell, package manager or curl; hence:

- **health check**: `HEALTHCHECK` runs `[=name] -healthcheck`, the binary itself, which GETs
  `http://127.0.0.1:$PORT[=health_path]` and exits 0 on a 2xx answer, 1 otherwise.
- **user**: distroless cannot run `useradd`, so the build appends `[=user]` (UID and GID [=uid?c]) to
  the base image's `/etc/passwd` and `/etc/group` and copies both in. `USER [=uid?c]:[=gid?c]` is
  numeric, so Kubernetes' `runAsNonRoot` can verify it.
- **debugging**: distroless has no shell to `docker exec` into. For one, use a Debian base such as
  `debian:bookworm-slim` (`scaffold new --base-image`, or the last `FROM`): the same steps work there.

Labels: `org.opencontainers.image.version`, `.revision` and `.source` come from the build arguments
`VERSION`, `REVISION` and `SOURCE_URL` (CI sets the last two):

```bash
docker build --build-arg REVISION="$(git rev-parse HEAD)" -t [=name] .
```

## Configuration

The service reads its settings from the environment. `.env` is used at run time only and is
excluded from the build context: no secret is ever baked into the image.

| Variable | Default | Used by | Meaning |
|---|---|---|---|
| `PORT` | `[=port?c]` | service, `-healthcheck` | port the service listens on (the image's `EXPOSE` and the Compose mapping use [=port?c]) |
| `DATABASE_URL` | _(empty)_ | your code | database connection string (secret: set it in `.env` only) |
| `REGISTRY` | `[=registry]` | Compose | registry and namespace of the image |
| `PROJECT_NAME` | `[=name]` | Compose | image name |
| `VERSION` | `0.1.0` | Compose | image tag (`latest` is tagged too) |

The service stops gracefully on `SIGTERM` (what `docker stop` sends): it finishes open requests
for up to 10 seconds.

## Continuous integration

`.github/workflows/ci.yml` runs on every push to `main` and every pull request:

1. **test**: `gofmt` check, `go vet`, `go test -race`, `go build`, with the Go version from `go.mod`;
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that its process runs as UID [=uid?c] and that Docker reports it healthy.

## Layout

- `main.go`: the HTTP server, the `[=health_path]` handler and the `-healthcheck` probe
- `main_test.go`: the tests (`net/http/httptest`)
- `go.mod`: module path and Go version
- `Dockerfile`, `.dockerignore`: multi-stage image (golang builder, `[=base_image]` runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI

<@updating.section/>
