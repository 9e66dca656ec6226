/** Runtime configuration, read from the environment (see .env.example). */
export interface Config {
  /** Interface to listen on: 0.0.0.0 by default, so a container's published port reaches it. */
  host: string;
  port: number;
  /** Pino log level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? "[=port]");
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be an integer from 1 to 65535 (got "${env.PORT}")`);
  }
  return {
    host: env.HOST ?? "0.0.0.0",
    port,
    logLevel: env.LOG_LEVEL ?? "info",
  };
}
