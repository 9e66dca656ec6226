//! [=name]: [=description]
//!
//! An HTTP service on axum and tokio. It answers `GET [=health_path]` for the container's
//! HEALTHCHECK, Compose and CI; [`probe`] is that check from the outside, so the runtime image
//! needs no shell or curl: `[=name] --healthcheck` runs it.

use std::future::{Future, IntoFuture};
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tracing::level_filters::LevelFilter;

/// The liveness endpoint probed by the HEALTHCHECK, Compose and CI.
pub const HEALTH_PATH: &str = "[=health_path]";

/// The port when `PORT` is unset.
pub const DEFAULT_PORT: u16 = [=port?c];

/// How long open requests may run on after SIGTERM before the server stops anyway.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// How long the probe waits to connect, and then for the answer (the HEALTHCHECK allows 5 s).
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

/// Settings read from the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// `PORT`: where the service listens (all interfaces) and where the probe looks.
    pub port: u16,
    /// `LOG_LEVEL`: `error`, `warn`, `info` (default), `debug`, `trace` or `off`.
    pub log_level: LevelFilter,
}

impl Config {
    /// Reads the settings through `var` (`std::env::var` in `main`, a map in tests). An unset or
    /// empty variable takes its default; an invalid one is an error naming it.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let set = |name: &str| var(name).filter(|value| !value.is_empty());
        let port = match set("PORT") {
            None => DEFAULT_PORT,
            Some(text) => match text.parse::<u16>() {
                Ok(port) if port > 0 => port,
                _ => {
                    return Err(format!(
                        "PORT must be a port number from 1 to 65535 (got '{text}')"
                    ));
                }
            },
        };
        let log_level = match set("LOG_LEVEL") {
            None => LevelFilter::INFO,
            Some(text) => text.parse().map_err(|_| {
                format!(
                    "LOG_LEVEL must be one of error, warn, info, debug, trace, off (got '{text}')"
                )
            })?,
        };
        Ok(Self { port, log_level })
    }
}

/// The service's routes.
pub fn app() -> Router {
    Router::new().route(HEALTH_PATH, get(health))
}

/// Answers the liveness probe.
async fn health() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        r#"{"status":"ok"}"#,
    )
}

/// Serves [`app`] on `listener` until `shutdown` completes, then lets open requests finish for
/// up to [`DRAIN_TIMEOUT`].
pub async fn serve(
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let stopping = Arc::new(Notify::new());
    let notify = Arc::clone(&stopping);
    let server = axum::serve(listener, app()).with_graceful_shutdown(async move {
        shutdown.await;
        tracing::info!("shutting down");
        notify.notify_one();
    });
    tokio::select! {
        result = server.into_future() => result,
        () = async {
            stopping.notified().await;
            tokio::time::sleep(DRAIN_TIMEOUT).await;
        } => {
            tracing::warn!(timeout_s = DRAIN_TIMEOUT.as_secs(), "requests still open after the drain timeout; stopping");
            Ok(())
        }
    }
}

/// Completes on SIGTERM (what `docker stop` sends) or SIGINT (Ctrl-C).
pub async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
}

/// GETs `http://127.0.0.1:{port}{path}` and succeeds on a 2xx answer. Plain HTTP/1.1 over a
/// socket, with no runtime or HTTP client: the HEALTHCHECK runs it every 30 s.
pub fn probe(port: u16, path: &str) -> Result<(), String> {
    let url = format!("http://127.0.0.1:{port}{path}");
    let status = get_status(port, path).map_err(|error| format!("GET {url}: {error}"))?;
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(format!("GET {url}: status {status}"))
    }
}

/// The status code of `GET path` on 127.0.0.1:`port`.
fn get_status(port: u16, path: &str) -> io::Result<u16> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let mut stream = TcpStream::connect_timeout(&address, PROBE_TIMEOUT)?;
    stream.set_read_timeout(Some(PROBE_TIMEOUT))?;
    stream.set_write_timeout(Some(PROBE_TIMEOUT))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    // The status line is all the probe needs; 1 KiB holds it with room to spare.
    let mut head = Vec::new();
    stream.take(1024).read_to_end(&mut head)?;
    let head = String::from_utf8_lossy(&head);
    head.lines()
        .next()
        .and_then(|line| {
            line.strip_prefix("HTTP/1.1 ")
                .or_else(|| line.strip_prefix("HTTP/1.0 "))
        })
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "not an HTTP response"))
}
