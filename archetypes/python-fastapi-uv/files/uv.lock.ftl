<#-- One lock per dependency set of /python/dependencies.ftl, each written by `uv lock`. -->
<#if (database!"none") == "postgres" && (model_preload!false)>
<#include "/python/locks/uv-postgres-model.lock.ftl">
<#elseif (database!"none") == "postgres">
<#include "/python/locks/uv-postgres.lock.ftl">
<#elseif model_preload!false>
<#include "/python/locks/uv-model.lock.ftl">
<#else>
<#include "/python/locks/uv-base.lock.ftl">
</#if>
