# Copy to .env (git-ignored) and fill in:  cp .env.example .env
# .env is read at run time only (docker-compose.dev.yml, `docker run --env-file .env`).
# It is excluded from the Docker build context, so no value here is ever baked into the image.

# --- application -----------------------------------------------------------------
# Port the service listens on inside the container; the image's EXPOSE and the Compose port
# mapping use [=port?c], so change them together.
PORT=[=port?c]
# error, warn, info, debug, trace or off; logs are JSON lines on stdout.
LOG_LEVEL=info
# Secrets: leave empty here, set them in .env or in your deployment's secret store.
DATABASE_URL=

# --- image name used by docker-compose.build.yml and docker-compose.dev.yml ---------
REGISTRY=[=registry]
PROJECT_NAME=[=name]
VERSION=0.1.0
