<#import "/macros/ci.ftl" as ci>
<@ci.workflowHeader/>

jobs:
  test:
    name: Format, lint and test
    runs-on: [=ci.runner]
    timeout-minutes: 15
    env:
      # Cargo.toml's rust-version and the Dockerfile's RUST_VERSION: one toolchain everywhere.
      RUST_VERSION: "[=rust_version]"
      CARGO_TERM_COLOR: always
    steps:
<@ci.checkoutStep/>

      - name: Install Rust ${{ env.RUST_VERSION }} with rustfmt and clippy
        run: |
          rustup toolchain install "$RUST_VERSION" --profile minimal --component rustfmt,clippy
          rustup default "$RUST_VERSION"

      - name: Check formatting
        run: cargo fmt --check

      - name: Clippy (warnings fail)
        run: cargo clippy --locked --all-targets -- -D warnings

      - name: Test (Cargo.lock must be current)
        run: cargo test --locked

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs uidCheck="top"/>
