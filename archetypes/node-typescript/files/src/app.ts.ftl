import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";

/** Builds the HTTP application: server.ts starts it, the tests call it through inject(). */
export function buildApp(options: FastifyServerOptions = {}): FastifyInstance {
  const app = Fastify(options);

  // Liveness probe for the image's HEALTHCHECK, Compose and CI. Its requests are logged at warn
  // level only: the probes would otherwise add a log line every few seconds.
  app.get(
    "[=health_path]",
    {
      logLevel: "warn",
      schema: {
        response: {
          200: {
            type: "object",
            properties: { status: { type: "string" } },
            required: ["status"],
          },
        },
      },
    },
    async () => ({ status: "ok" }),
  );

  return app;
}
