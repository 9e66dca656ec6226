# Copy to .env (git-ignored) and fill in:  cp .env.example .env
# .env is read at run time only (docker-compose.dev.yml, `docker run --env-file .env`).
# It is excluded from the Docker build context, so no value here is ever baked into the image.

# --- application -----------------------------------------------------------------
# Port the service listens on inside the container (the image's HEALTHCHECK probes [=port?c]).
PORT=[=port?c]
# Extra JVM flags (the image already sizes the heap at 75 % of the container's memory):
# JAVA_TOOL_OPTIONS=-Xss512k
# Any Spring property, as an environment variable (relaxed binding), for example:
# LOGGING_LEVEL_ROOT=debug
# Secrets: set them in .env or in your deployment's secret store, never in this file, e.g.
# SPRING_DATASOURCE_URL=
# SPRING_DATASOURCE_PASSWORD=

# --- image name used by docker-compose.build.yml and docker-compose.dev.yml ---------
REGISTRY=[=registry]
PROJECT_NAME=[=name]
VERSION=[=project_version]
