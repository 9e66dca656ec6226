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
<#macro buildService service registry name version platform="linux/amd64">
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
-->
<#macro devService service registry name version port test platform="linux/amd64">
  [=service]:
    image: [=imageRef(registry, name, version)]
    container_name: [=name]
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
