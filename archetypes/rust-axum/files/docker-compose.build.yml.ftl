<#import "/macros/compose.ftl" as compose>
# Production image build (CI and release):
#   docker compose -f docker-compose.build.yml build
# The image name comes from REGISTRY, PROJECT_NAME and VERSION (shell environment or .env).
name: [=name]

services:
<@compose.buildService service=name registry=registry name=name version="0.1.0"/>
