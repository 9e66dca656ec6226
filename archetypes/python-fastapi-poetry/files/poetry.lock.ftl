<#--
  One lock per dependency set of /python/dependencies.ftl (and the dev group of pyproject.toml.ftl),
  each written by Poetry 2.5.1 (`poetry lock`, through uvx, on a render of this archetype with those
  options); the project name is not in them. Change either list, and lock every variant again.
-->
<#if (database!"none") == "postgres" && (model_preload!false)>
<#include "/python/locks/poetry-postgres-model.lock.ftl">
<#elseif (database!"none") == "postgres">
<#include "/python/locks/poetry-postgres.lock.ftl">
<#elseif model_preload!false>
<#include "/python/locks/poetry-model.lock.ftl">
<#else>
<#include "/python/locks/poetry-base.lock.ftl">
</#if>
