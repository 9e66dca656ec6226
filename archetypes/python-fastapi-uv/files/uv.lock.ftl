<#--
  One lock per dependency set of /python/dependencies.ftl, each the output of `uv lock` for a project
  named demo, kept verbatim (see docs/writing-archetypes.md). It is included unparsed, since lexing up to
  220 KB of lock as a template was a tenth of a run, and the project's own entry is renamed.
-->
<#if (database!"none") == "postgres" && (model_preload!false)>
<#assign set = "postgres-model">
<#elseif (database!"none") == "postgres">
<#assign set = "postgres">
<#elseif model_preload!false>
<#assign set = "model">
<#else>
<#assign set = "base">
</#if>
<#assign lock><#include "/python/locks/uv-" + set + ".lock.ftl" parse=false></#assign>
[=lock?replace('\nname = "demo"\n', '\nname = "' + name + '"\n', 'f')]<#t>
