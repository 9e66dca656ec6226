<#--
  One lock per dependency set of /python/dependencies.ftl (and the dev group of pyproject.toml.ftl),
  each written by Poetry 2.5.1 (`poetry lock`, through uvx, on a render of this archetype with those
  options); the project name is not in them, so they are included unparsed. Change either list, and
  lock every variant again.
-->
<#if (database!"none") == "postgres" && (model_preload!false)>
<#include "/python/locks/poetry-postgres-model.lock.ftl" parse=false>
<#elseif (database!"none") == "postgres">
<#include "/python/locks/poetry-postgres.lock.ftl" parse=false>
<#elseif model_preload!false>
<#include "/python/locks/poetry-model.lock.ftl" parse=false>
<#else>
<#include "/python/locks/poetry-base.lock.ftl" parse=false>
</#if>
