<#--
  One pinned requirements.txt per dependency set of /python/dependencies.ftl, each written by the
  generated scripts/lock-requirements.sh (uv pip compile --universal --python-version 3.11) on a
  render of this archetype with those options; the project name in the `# via` lines is [=name].
-->
<#if (database!"none") == "postgres" && (model_preload!false)>
<#include "/python/locks/requirements-postgres-model.txt.ftl">
<#elseif (database!"none") == "postgres">
<#include "/python/locks/requirements-postgres.txt.ftl">
<#elseif model_preload!false>
<#include "/python/locks/requirements-model.txt.ftl">
<#else>
<#include "/python/locks/requirements-base.txt.ftl">
</#if>
