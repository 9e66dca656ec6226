<#import "/macros/compose.ftl" as compose>
# Local run of the image built by docker-compose.build.yml:
#   cp .env.example .env
#   docker compose -f docker-compose.build.yml build
#   docker compose -f docker-compose.dev.yml up
# The healthcheck runs `[=name] --healthcheck`, which GETs http://127.0.0.1:$PORT[=health_path].
name: [=name]

services:
<@compose.devService service=name registry=registry name=name version="0.1.0" port=port test=["/usr/local/bin/" + name, "--healthcheck"]/>
