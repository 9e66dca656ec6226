import assert from "node:assert/strict";
import { test } from "node:test";

import { buildApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";

test("GET [=health_path] answers 200 with status ok", async (t) => {
  const app = buildApp();
  t.after(() => app.close());

  const response = await app.inject({ method: "GET", url: "[=health_path]" });

  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { status: "ok" });
});

test("an unknown path answers 404", async (t) => {
  const app = buildApp();
  t.after(() => app.close());

  const response = await app.inject({ method: "GET", url: "/no-such-path" });

  assert.equal(response.statusCode, 404);
});

test("settings are read from the environment", () => {
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "9000", LOG_LEVEL: "debug" });

  assert.deepEqual(config, { host: "127.0.0.1", port: 9000, logLevel: "debug" });
});

test("settings have defaults", () => {
  assert.deepEqual(loadConfig({}), { host: "0.0.0.0", port: [=port], logLevel: "info" });
});

test("an invalid PORT is refused", () => {
  assert.throws(() => loadConfig({ PORT: "http" }), /PORT must be an integer/);
});
