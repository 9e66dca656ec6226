# Copy to .env (git-ignored) and fill in:  cp .env.example .env
# .env is read at run time only (docker-compose.dev.yml, `docker run --env-file .env`,
# `node --env-file=.env dist/server.js`). It is excluded from the Docker build context, so no
# value here is ever baked into the image.

# --- application -----------------------------------------------------------------
# Port the server listens on inside the container (the image's HEALTHCHECK and the Compose port
# mapping use [=port]: change them together).
PORT=[=port]
# Interface to listen on; 0.0.0.0 so the container's published port reaches the server.
HOST=0.0.0.0
# fatal, error, warn, info, debug, trace or silent
LOG_LEVEL=info
# Secrets: leave empty here, set them in .env or in your deployment's secret store.
DATABASE_URL=

# --- image name used by docker-compose.build.yml and docker-compose.dev.yml ---------
REGISTRY=[=registry]
PROJECT_NAME=[=name]
VERSION=[=project_version]
