[package]
name = "[=name]"
version = "0.1.0"
edition = "2024"
rust-version = "[=rust_version]"
description = "[=description?j_string]"
publish = false

# Cargo.lock pins every version: build with --locked (CI and the Dockerfile do).
[dependencies]
axum = "0.8.9"
tokio = { version = "1.54.1", features = ["macros", "net", "rt-multi-thread", "signal", "sync", "time"] }
tracing = { version = "0.1.44", default-features = false, features = ["std"] }
tracing-subscriber = { version = "0.3.23", default-features = false, features = ["fmt", "json", "std"] }

[lints.rust]
unsafe_code = "forbid"

[profile.release]
# Symbols and debug info stay out of the binary, and so out of the image.
strip = true
