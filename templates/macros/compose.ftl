<#--
  Docker Compose services shared by every archetype (seed 004): docker-compose.build.yml builds the
  production image, docker-compose.dev.yml runs that same image locally.
  Import with:  <#import "/macros/compose.ftl" as compose>
  Output is indented for use directly under a top-level `services:` key; it passes dclint 3 with
  no warnings (key order, quoted ports bound to 127.0.0.1, pull_policy beside build + image).
-->
<#import "/macros/docker.ftl" as docker>

<#-- ${REGISTRY}/${PROJECT_NAME}:${VERSION}, each with the generated default. -->
<#function imageRef registry name version>
  <#return "${REGISTRY:-" + registry + "}/${PROJECT_NAME:-" + name + "}:${VERSION:-" + version + "}">
</#function>

<#-- The build service: image name and both tags (version and latest) from REGISTRY/PROJECT_NAME/VERSION. -->
<#macro buildService service registry name version=project_version platform="linux/amd64">
  [=service]:
    image: [=imageRef(registry, name, version)]
    build:
      context: .
      dockerfile: Dockerfile
      platforms:
        - [=platform]
      tags:
        - [=imageRef(registry, name, version)]
        - ${REGISTRY:-[=registry]}/${PROJECT_NAME:-[=name]}:latest
    pull_policy: build
</#macro>

<#--
  The local run service: the image built by buildService, the .env file, the port on 127.0.0.1 only,
  a restart policy and the same health probe as the image (`test` as for docker.healthcheck).
  Optional: dependsOn, services that must be healthy first (e.g. [postgresService's name]);
  environment, a hash of variables that override .env (e.g. DATABASE_URL pointing at that service).
-->
<#macro devService service registry name port test version=project_version platform="linux/amd64" dependsOn=[] environment={}>
  [=service]:
    image: [=imageRef(registry, name, version)]
    container_name: [=name]
<#if dependsOn?has_content>
    depends_on:
<#list dependsOn?sort as dependency>
      [=dependency]:
        condition: service_healthy
</#list>
</#if>
<#if environment?has_content>
    environment:
<#list environment as key, value>
      [=key]: [=value]
</#list>
</#if>
    env_file:
      - .env
    ports:
      - '127.0.0.1:[=port?c]:[=port?c]'
    restart: unless-stopped
    healthcheck:
      test: [=docker.jsonArray(["CMD"] + test)]
      interval: [=docker.healthInterval]
      timeout: [=docker.healthTimeout]
      retries: [=docker.healthRetries]
      start_period: [=docker.healthStartPeriod]
    platform: [=platform]
</#macro>

<#--
  PostgreSQL for local development (docker-compose.dev.yml): the official image at a pinned major
  (`postgres:<major>-bookworm`), data in the named volume `volume` (declare it under the top-level
  `volumes:`), the password from POSTGRES_PASSWORD in .env (Compose refuses to start without it;
  .env is git-ignored), published on 127.0.0.1 only, healthy once it accepts TCP connections.
  `pg_isready -h 127.0.0.1` stays false while the image's entrypoint initialises the database on a
  socket-only server, so services that depend on it start after initialisation.
  PostgreSQL 18 images keep their data under /var/lib/postgresql/<major>/ and want the volume one
  level up; older images declare /var/lib/postgresql/data.
-->
<#macro postgresService service name version database volume="postgres-data" hostPort=5432>
  [=service]:
    image: postgres:[=version]-bookworm
    container_name: [=name]-postgres
    volumes:
      - [=volume]:/var/lib/postgresql[=(version?number < 18)?then("/data", "")]
    environment:
      POSTGRES_DB: ${POSTGRES_DB:-[=database]}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env (see .env.example)}
      POSTGRES_USER: ${POSTGRES_USER:-[=database]}
    ports:
      - '127.0.0.1:[=hostPort?c]:5432'
    restart: unless-stopped
    healthcheck:
      test: ["CMD", "pg_isready", "-h", "127.0.0.1", "-U", "${POSTGRES_USER:-[=database]}", "-d", "${POSTGRES_DB:-[=database]}"]
      interval: 5s
      timeout: 5s
      retries: 10
      start_period: 30s
</#macro>
