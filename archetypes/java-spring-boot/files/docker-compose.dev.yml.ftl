<#import "/macros/docker.ftl" as docker>
<#import "/macros/compose.ftl" as compose>
# Local run of the image built by docker-compose.build.yml:
#   cp .env.example .env
#   docker compose -f docker-compose.build.yml build
#   docker compose -f docker-compose.dev.yml up
name: [=name]

services:
<@compose.devService service=name registry=registry name=name port=port test=docker.javaHttpProbe("/app/BOOT-INF/classes", java_package + ".HealthCheck", port, health_path)/>
