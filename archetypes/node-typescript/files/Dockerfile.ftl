<#import "/macros/docker.ftl" as docker>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port]:[=port] --env-file .env [=name]

ARG NODE_VERSION=[=node_version]

# ---- manifests: the package files, the only input of the two install stages below ---------
FROM node:${NODE_VERSION}-bookworm-slim AS manifests

COPY package.json package-lock.json /app/
WORKDIR /app

# ---- build: every dependency, then TypeScript compiled to dist/ ----------------------------
FROM manifests AS build

# npm ci installs exactly the lock (and fails when it disagrees with package.json). This layer is
# rebuilt only when the package files change; the download cache persists across builds.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- deps: production dependencies only (no TypeScript, ESLint or tsx) ------------------
FROM manifests AS deps

RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# ---- runtime: slim base, compiled JavaScript, production node_modules, a non-root user -----
FROM [=base_image]

# Its own user, not the image's `node` (UID 1000): a fixed ID of your choice.
<@docker.nonRootUser user=user uid=uid gid=gid/>

WORKDIR /app

# Owned by root and read-only for [=user]: the service cannot modify its own code.
# package.json is needed at run time: its "type": "module" makes dist/*.js ES modules.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./

ENV NODE_ENV=production \
    PORT=[=port]

EXPOSE [=port]

# Node's own fetch probes the endpoint: no curl or wget in the image.
<@docker.healthcheck test=docker.nodeHttpProbe(port, health_path)/>

<@docker.ociLabels title=name/>

<@docker.runtimeUser/>

CMD ["node", "dist/server.js"]
