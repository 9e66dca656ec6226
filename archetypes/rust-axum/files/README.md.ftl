# [=name]

[=description]

A Rust [=rust_version] HTTP service on [axum](https://docs.rs/axum) and tokio, with structured
(JSON) logs through `tracing`, shipped as a release binary in a multi-stage Docker image that runs as
the non-root user `[=user]` (UID [=uid?c]) on `[=base_image]` and answers `GET [=health_path]` on
port [=port?c].

## Prerequisites

- [Rust](https://rustup.rs) [=rust_version] or newer, with `rustfmt` and `clippy`
  (`rustup component add rustfmt clippy`)
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked
cargo run                          # serves on PORT (default [=port?c])
curl http://localhost:[=port?c][=health_path]
cargo run -- --healthcheck         # the probe the image's HEALTHCHECK runs: exit 0 if healthy
cargo build --release --locked     # target/release/[=name]
```

`Cargo.lock` is committed and pins every crate; `--locked` fails instead of changing it. Add a
dependency with `cargo add <crate>`, which updates both files; commit both (the Docker build
compiles exactly what the lock pins). Four direct dependencies: `axum`, `tokio`, `tracing` and
`tracing-subscriber` (with only the features the service uses, to keep compile times short).

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

The builder (`rust:[=rust_version]-slim-bookworm`) first compiles the dependencies alone, from
`Cargo.toml` and `Cargo.lock` with placeholder sources, into a layer of their own: changing only
the code reuses that layer and recompiles just this crate. (A layer rather than a cache mount,
because CI's layer cache keeps layers and loses cache mounts.) The release profile strips the
binary. The runtime stage adds that one binary to `[=base_image]`:

- **base image**: the binary is linked against glibc (Debian bookworm's, 2.36) and `libgcc_s`, so
  the base must have both: distroless `cc` (no shell, package manager or curl), or Debian 12+ /
  Ubuntu 24.04+. distroless `static` or `base`, `scratch` and Alpine (musl) would fail at start,
  which is why `scaffold` refuses them.
- **health check**: `HEALTHCHECK` runs `[=name] --healthcheck`, the binary itself, which GETs
  `http://127.0.0.1:$PORT[=health_path]` and exits 0 on a 2xx answer, 1 otherwise.
- **user**: distroless cannot run `useradd`, so the build appends `[=user]` (UID and GID [=uid?c]) to
  the base image's `/etc/passwd` and `/etc/group` and copies both in. `USER [=uid?c]:[=gid?c]` is
  numeric, so Kubernetes' `runAsNonRoot` can verify it.
- **debugging**: distroless has no shell to `docker exec` into. For one, use `debian:bookworm-slim`
  (`scaffold new --base-image`, or the first `FROM`): the same steps work there.

Labels: `org.opencontainers.image.version`, `.revision` and `.source` come from the build arguments
`VERSION`, `REVISION` and `SOURCE_URL` (CI sets the last two):

```bash
docker build --build-arg REVISION="$(git rev-parse HEAD)" -t [=name] .
```

## Configuration

The service reads its settings from the environment; an invalid value stops it at start with a
message naming the variable (exit code 2). `.env` is used at run time only and is excluded from the
build context: no secret is ever baked into the image.

| Variable | Default | Used by | Meaning |
|---|---|---|---|
| `PORT` | `[=port?c]` | service, `--healthcheck` | port the service listens on (the image's `EXPOSE` and the Compose mapping use [=port?c]) |
| `LOG_LEVEL` | `info` | service | `error`, `warn`, `info`, `debug`, `trace` or `off`; logs are JSON lines on stdout |
| `DATABASE_URL` | _(empty)_ | your code | database connection string (secret: set it in `.env` only) |
| `REGISTRY` | `[=registry]` | Compose | registry and namespace of the image |
| `PROJECT_NAME` | `[=name]` | Compose | image name |
| `VERSION` | `0.1.0` | Compose | image tag (`latest` is tagged too) |

The service stops gracefully on `SIGTERM` (what `docker stop` sends) or `SIGINT`: it stops
accepting connections and lets open requests finish for up to 10 seconds.

## Continuous integration

`.github/workflows/ci.yml` runs on every push to `main` and every pull request:

1. **test**: installs Rust [=rust_version] with rustup, then `cargo fmt --check`,
   `cargo clippy --locked --all-targets -- -D warnings` and `cargo test --locked`;
2. **check**: `scaffold check .`, the org's container rules;
3. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that its process runs as UID [=uid?c] and that Docker reports it healthy.

## Layout

- `src/lib.rs`: the router, the `[=health_path]` handler, graceful shutdown, the configuration and
  the `--healthcheck` probe
- `src/main.rs`: the binary: logging, the runtime, `--healthcheck`
- `tests/health.rs`: the tests, over a real socket
- `Cargo.toml`, `Cargo.lock`: manifest and locked dependencies
- `Dockerfile`, `.dockerignore`: multi-stage image (rust builder, `[=base_image]` runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI
