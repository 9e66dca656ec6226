//! The `[=name]` binary: serves the HTTP API, or with `--healthcheck` probes a running one.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use [=package_name]::{Config, HEALTH_PATH};
use [=package_name]::{probe, serve, shutdown_signal};

const USAGE: &str = "usage: [=name] [--healthcheck]";

fn main() -> ExitCode {
    let config = match Config::from_env(|name| std::env::var(name).ok()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("[=name]: {message}");
            return ExitCode::from(2);
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => run(&config),
        ["--healthcheck"] => match probe(config.port, HEALTH_PATH) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("healthcheck: {message}");
                ExitCode::FAILURE
            }
        },
        ["--help" | "-h"] => {
            println!(
                "{USAGE}\n  --healthcheck  GET http://127.0.0.1:$PORT{HEALTH_PATH}; exit 0 if it answers 2xx, 1 otherwise"
            );
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Serves until SIGTERM or SIGINT, logging JSON lines to stdout.
fn run(config: &Config) -> ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_max_level(config.log_level)
        .with_current_span(false)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!(%error, "cannot start the async runtime");
            return ExitCode::FAILURE;
        }
    };
    let address = SocketAddr::from((Ipv4Addr::UNSPECIFIED, config.port));
    let result = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(address).await?;
        tracing::info!(%address, health = HEALTH_PATH, "listening");
        serve(listener, shutdown_signal()).await
    });
    match result {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "server stopped");
            ExitCode::FAILURE
        }
    }
}
