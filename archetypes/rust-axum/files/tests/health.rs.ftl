//! The service over a real socket: the health endpoint, the probe the HEALTHCHECK runs, graceful
//! shutdown and the configuration.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tracing::level_filters::LevelFilter;

use [=package_name]::{Config, DEFAULT_PORT, HEALTH_PATH};
use [=package_name]::{probe, serve};

/// A server on a free loopback port, stopped by sending on `stop`.
struct Running {
    port: u16,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

async fn start() -> Running {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, async {
        let _ = stopped.await;
    }));
    Running { port, stop, task }
}

/// The whole response to `METHOD path`, read on a blocking thread (the server runs on the runtime).
async fn request(port: u16, method: &'static str, path: &'static str) -> String {
    tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    })
    .await
    .unwrap()
}

async fn probe_port(port: u16) -> Result<(), String> {
    tokio::task::spawn_blocking(move || probe(port, HEALTH_PATH))
        .await
        .unwrap()
}

#[tokio::test]
async fn health_answers_ok_in_json() {
    let server = start().await;

    let response = request(server.port, "GET", HEALTH_PATH).await;

    assert!(response.starts_with("HTTP/1.1 200 "), "{response}");
    assert!(
        response.contains("content-type: application/json\r\n"),
        "{response}"
    );
    assert!(response.ends_with(r#"{"status":"ok"}"#), "{response}");
    server.stop.send(()).unwrap();
}

#[tokio::test]
async fn health_rejects_other_methods_and_other_paths_are_not_found() {
    let server = start().await;

    assert!(
        request(server.port, "POST", HEALTH_PATH)
            .await
            .starts_with("HTTP/1.1 405 ")
    );
    assert!(
        request(server.port, "GET", "/no-such-path")
            .await
            .starts_with("HTTP/1.1 404 ")
    );
    server.stop.send(()).unwrap();
}

#[tokio::test]
async fn probe_passes_on_a_healthy_server() {
    let server = start().await;

    assert_eq!(probe_port(server.port).await, Ok(()));
    server.stop.send(()).unwrap();
}

#[tokio::test]
async fn probe_fails_on_an_error_status() {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let unhealthy = Router::new().route(
        HEALTH_PATH,
        get(|| async { StatusCode::SERVICE_UNAVAILABLE }),
    );
    tokio::spawn(async move { axum::serve(listener, unhealthy).await });

    let error = probe_port(port).await.unwrap_err();

    assert!(error.contains("status 503"), "{error}");
}

#[tokio::test]
async fn probe_fails_when_nothing_listens() {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);

    assert!(probe_port(port).await.is_err());
}

#[tokio::test]
async fn serve_returns_once_shutdown_is_signalled_and_stops_listening() {
    let server = start().await;
    assert_eq!(probe_port(server.port).await, Ok(()));

    server.stop.send(()).unwrap();

    server.task.await.unwrap().unwrap();
    assert!(probe_port(server.port).await.is_err());
}

fn config(vars: &[(&str, &str)]) -> Result<Config, String> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_env(|name| vars.get(name).cloned())
}

#[test]
fn config_defaults_when_unset_or_empty() {
    let expected = Config {
        port: DEFAULT_PORT,
        log_level: LevelFilter::INFO,
    };
    assert_eq!(config(&[]), Ok(expected.clone()));
    assert_eq!(config(&[("PORT", ""), ("LOG_LEVEL", "")]), Ok(expected));
}

#[test]
fn config_reads_port_and_log_level() {
    let read = config(&[("PORT", "9000"), ("LOG_LEVEL", "debug")]).unwrap();
    assert_eq!(
        read,
        Config {
            port: 9000,
            log_level: LevelFilter::DEBUG
        }
    );
}

#[test]
fn config_refuses_an_invalid_port_or_log_level_naming_it() {
    for port in ["0", "65536", "http", "-1"] {
        let error = config(&[("PORT", port)]).unwrap_err();
        assert!(error.starts_with("PORT must be"), "{error}");
    }
    let error = config(&[("LOG_LEVEL", "loud")]).unwrap_err();
    assert!(error.starts_with("LOG_LEVEL must be"), "{error}");
}
