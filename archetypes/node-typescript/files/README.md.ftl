<#import "/macros/updating.ftl" as updating>
# [=name]

[=description]

TypeScript on Node.js [=node_version], served by [Fastify](https://fastify.dev/), dependencies locked in
`package-lock.json`, shipped as a multi-stage Docker image that runs as the non-root user `[=user]`
(UID [=uid]) and answers `GET [=health_path]` on port [=port].

## Prerequisites

- Node.js [=node_version] with npm (`nvm use` or `fnm use` reads `.nvmrc`)
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
# install exactly what package-lock.json pins (dev tools included)
npm ci
# lint (ESLint) and type-check (tsc --noEmit), then run the tests (node:test)
npm run lint
npm test
# serve with reload on change, then try it
npm run dev
curl http://localhost:[=port][=health_path]
# compile to dist/ and run the compiled server, as the image does
npm run build
npm start
```

Add a dependency with `npm install <package>` (or `npm install --save-dev <package>`): it updates
`package.json` and `package-lock.json`; commit both. Recent npm 11 releases run a dependency's
install scripts only when `allowScripts` in `package.json` approves them (`npm install-scripts ls`
lists the pending ones): esbuild, which tsx uses, is denied there as it works without its script.

## Docker

```bash
cp .env.example .env        # once; then edit .env (it is git-ignored)
docker build -t [=name] .
docker run --rm -p [=port]:[=port] --env-file .env [=name]
```

With Compose: `docker-compose.build.yml` builds the production image
(`${REGISTRY}/${PROJECT_NAME}:${VERSION}` plus `:latest`, for `linux/amd64`) and
`docker-compose.dev.yml` runs that image locally with your `.env` on `127.0.0.1:[=port]`:

```bash
docker compose -f docker-compose.build.yml build
docker compose -f docker-compose.dev.yml up
```

The image is built in stages: `manifests` holds `package.json` and `package-lock.json`; from it,
`build` installs every dependency with `npm ci` and compiles `src/` with `tsc` into `dist/`, and
`deps` installs the production dependencies only (`npm ci --omit=dev`); the runtime stage copies
`dist/` and that `node_modules` onto `[=base_image]` and runs `node dist/server.js` with
`NODE_ENV=production`. No TypeScript, ESLint or test tool reaches it, and the code is owned by
root, read-only for `[=user]`. The image's `USER` is numeric (`[=uid]:[=gid]`), so Kubernetes'
`runAsNonRoot` can verify it. Its `HEALTHCHECK` calls `http://127.0.0.1:[=port][=health_path]` with
Node's own `fetch` (no curl in the image). Changing only the code under `src/` rebuilds just the
last layers: the `npm ci` layers stay cached, and npm's download cache is a build cache mount.

The server closes cleanly on `SIGTERM` (`docker stop`): Node running as PID 1 has no default
handler for it, so `src/server.ts` installs one.

Labels: `org.opencontainers.image.version`, `.revision` and `.source` come from the build
arguments `VERSION`, `REVISION` and `SOURCE_URL`; CI passes the commit and the repository URL.

## Configuration

The app reads its settings from the environment. `.env` is used at run time only and is
excluded from the build context: no secret is ever baked into the image.

| Variable | Default | Used by | Meaning |
|---|---|---|---|
| `PORT` | `[=port]` | app | port the server listens on (the image's `HEALTHCHECK` probes [=port]) |
| `HOST` | `0.0.0.0` | app | interface to listen on |
| `LOG_LEVEL` | `info` | app | log level of the JSON logs (Pino): `fatal` … `trace`, `silent` |
| `NODE_ENV` | `production` in the image | Node.js, libraries | set by the Dockerfile |
| `DATABASE_URL` | _(empty)_ | your code | database connection string (secret: set it in `.env` only) |
| `REGISTRY` | `[=registry]` | Compose | registry and namespace of the image |
| `PROJECT_NAME` | `[=name]` | Compose | image name |
| `VERSION` | `0.1.0` | Compose | image tag (`latest` is tagged too) |

## Continuous integration

`.github/workflows/ci.yml` runs on every push to `main` and every pull request:

1. **test**: Node.js from `.nvmrc` with npm's cache, `npm ci`, `npm run lint`, `npm test`,
   `npm run build`;
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that it runs as UID [=uid] and that Docker reports it healthy.

## Layout

- `src/server.ts`: entry point: reads the configuration, starts the server, handles `SIGTERM`
- `src/app.ts`: the Fastify application and its routes
- `src/config.ts`: settings from the environment
- `test/`: the tests (`node:test`, Fastify's `inject`, run through `tsx`)
- `package.json`, `package-lock.json`: dependencies, pinned; scripts
- `tsconfig.json` (type-check, tests included), `tsconfig.build.json` (`src/` to `dist/`), `eslint.config.js`
- `Dockerfile`, `.dockerignore`: multi-stage image (package files, build, production dependencies, slim runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI

<@updating.section/>
