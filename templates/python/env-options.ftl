<#--
  .env.example lines of every Python archetype from "# Secrets" on: DATABASE_URL and OPENAI_API_KEY,
  and the blocks of the options (PostgreSQL for Compose, the embedding model). Ends with a blank line.
-->
# Secrets: leave empty here, set them in .env or in your deployment's secret store.
<#if (database!"none") == "postgres">
# For the app and its tests outside Compose (pytest, a local uvicorn), against the Compose
# database below; put the password you choose for POSTGRES_PASSWORD in place of CHANGE_ME. Inside
# docker-compose.dev.yml the app gets its own URL (host "postgres") built from the POSTGRES_* values.
DATABASE_URL=postgresql+asyncpg://[=package_name]:CHANGE_ME@127.0.0.1:5432/[=package_name]
<#else>
DATABASE_URL=
</#if>
OPENAI_API_KEY=
<#if (database!"none") == "postgres">

# --- PostgreSQL [=postgres_version] in docker-compose.dev.yml ---------------------------------
POSTGRES_DB=[=package_name]
POSTGRES_USER=[=package_name]
# Secret: choose a password in .env, URL-safe characters only (it is part of DATABASE_URL).
# Compose refuses to start while it is empty.
POSTGRES_PASSWORD=
</#if>
<#if model_preload!false>

# --- embedding model ----------------------------------------------------------------
# The image carries the model at /opt/model (MODEL_PATH is set there: do not set it here, or the
# container would look for it elsewhere). Outside the image the app reads .model/model, written by
#   docker build --target model --output type=local,dest=.model .
</#if>

