<#--
  docker-compose.dev.yml of every Python archetype: the app image, and with database == "postgres"
  a PostgreSQL service it depends on (healthy first) and reaches as host "postgres".
  Include it as the whole file: <#include "/python/docker-compose.dev.yml.ftl">
-->
<#import "/macros/docker.ftl" as docker>
<#import "/macros/compose.ftl" as compose>
<#assign withDb = (database!"none") == "postgres">
# Local run of the image built by docker-compose.build.yml:
#   cp .env.example .env
#   docker compose -f docker-compose.build.yml build
#   docker compose -f docker-compose.dev.yml up
<#if withDb>
# PostgreSQL [=postgres_version] runs beside it (data in the volume postgres-data); the app starts once it is
# healthy and reaches it as host "postgres". POSTGRES_PASSWORD must be set in .env.
</#if>
name: [=name]

services:
<#if withDb>
<#assign dbService = (name == "postgres")?then("postgres-db", "postgres")>
<#assign dbUrl = "postgresql+asyncpg://${POSTGRES_USER:-" + package_name + "}:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@" + dbService + ":5432/${POSTGRES_DB:-" + package_name + "}">
<#-- dclint wants services in alphabetical order. -->
<#list [name, dbService]?sort as service>
<#if service == dbService>
<@compose.postgresService service=dbService name=name version=postgres_version database=package_name/>
<#else>
<@compose.devService service=name registry=registry name=name port=port test=docker.pythonHttpProbe(port, health_path) dependsOn=[dbService] environment={"DATABASE_URL": dbUrl}/>
</#if>
</#list>

volumes:
  postgres-data:
<#else>
<@compose.devService service=name registry=registry name=name port=port test=docker.pythonHttpProbe(port, health_path)/>
</#if>
