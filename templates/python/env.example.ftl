<#--
  .env.example of every Python archetype. Include it as the whole file: <#include "/python/env.example.ftl">
-->
# Copy to .env (git-ignored) and fill in:  cp .env.example .env
# .env is read at run time only (docker-compose.dev.yml, `docker run --env-file .env`).
# It is excluded from the Docker build context, so no value here is ever baked into the image.

# --- application -----------------------------------------------------------------
APP_ENV=[=app_env]
# Port uvicorn listens on inside the container (the image's CMD and HEALTHCHECK use [=port]).
PORT=[=port]
<#include "/python/env-options.ftl">
# --- image name used by docker-compose.build.yml and docker-compose.dev.yml ---------
REGISTRY=[=registry]
PROJECT_NAME=[=name]
VERSION=[=project_version]
