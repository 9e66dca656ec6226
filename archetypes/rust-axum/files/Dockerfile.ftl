<#import "/macros/docker.ftl" as docker>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port?c]:[=port?c] --env-file .env [=name]

ARG RUST_VERSION=[=rust_version]

# ---- runtime-base: the runtime image, named once (the accounts and final stages use it) ------
FROM [=base_image] AS runtime-base

# ---- builder: the release binary, its dependencies compiled in a layer of their own ---------
# Debian bookworm's glibc (2.36): the runtime base must have that or newer, and libgcc_s.
FROM rust:${RUST_VERSION}-slim-bookworm AS builder

WORKDIR /src

# Dependencies first: fetched and compiled against placeholder sources, in a layer that only a
# change to Cargo.toml or Cargo.lock rebuilds (a layer, not a cache mount: CI's layer cache keeps
# it, a cache mount it would lose). The placeholders' own build is then cleaned away, so the
# real sources are always compiled, whatever their timestamps.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() {}' >src/main.rs \
 && touch src/lib.rs \
 && cargo fetch --locked \
 && cargo build --release --frozen \
 && cargo clean --release --frozen --package [=name] \
 && rm -rf src

# Then the sources, compiled offline against that layer.
COPY src ./src
RUN cargo build --release --frozen \
 && mkdir /out \
 && cp target/release/[=name] /out/[=name]

# ---- accounts: the runtime base's users plus the non-root one -----------------------------
# [=user] (UID [=uid?c]) is written here: the default base, distroless, has no shell or useradd.
<@docker.accountsStage from="rust:${RUST_VERSION}-slim-bookworm" base="runtime-base" user=user uid=uid?c gid=gid?c/>

# ---- runtime: the binary alone on [=base_image]
FROM runtime-base

<@docker.copyAccounts/>
COPY --from=builder /out/[=name] /usr/local/bin/[=name]

ENV PORT=[=port?c]

EXPOSE [=port?c]

# `[=name] --healthcheck` GETs http://127.0.0.1:$PORT[=health_path] and exits 0 or 1: the binary
# probes itself, as the image has no shell, curl or wget.
<@docker.healthcheck test=["/usr/local/bin/" + name, "--healthcheck"]/>

<@docker.ociLabels title=name version="0.1.0"/>

# Numeric, so Kubernetes' runAsNonRoot can verify it; /etc/passwd names it [=user].
USER [=uid?c]:[=gid?c]

ENTRYPOINT ["/usr/local/bin/[=name]"]
