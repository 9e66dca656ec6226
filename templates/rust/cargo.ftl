<#--
  Cargo.lock for a rendered package. locks/*.Cargo.lock.ftl are `cargo generate-lockfile` output, kept
  verbatim, for a package named "demo" (see docs/writing-archetypes.md, "Shared Rust pieces").
  Cargo writes the [[package]] entries sorted by name in byte order and rewrites the file on the next
  `cargo build` when they are not, so the project's own entry is renamed and moved to where cargo
  would put it: a fresh repository's first build leaves Cargo.lock untouched (the e2e verify steps
  prove it with `git diff --exit-code Cargo.lock`).
  Import with:  <#import "/rust/cargo.ftl" as cargo>
-->
<#assign placeholder = "demo">

<#-- The name of one [[package]] entry. -->
<#function entryName entry>
  <#return entry?keep_after('name = "')?keep_before('"')>
</#function>

<#-- Whether a sorts before b in byte order (Rust's str ordering, which Cargo uses), for crate names. -->
<#function sortsBefore a b>
  <#local alphabet = "-0123456789_abcdefghijklmnopqrstuvwxyz">
  <#local common = (a?length < b?length)?then(a?length, b?length)>
  <#list 0..<common as i>
    <#if a[i] != b[i]>
      <#return alphabet?index_of(a[i]) < alphabet?index_of(b[i])>
    </#if>
  </#list>
  <#return a?length < b?length>
</#function>

<#-- The lock at `path` (under templates/), with the placeholder package renamed to `package` and sorted in. -->
<#macro lock path package>
<#local raw><#include path parse=false></#local>
<#local parts = raw?remove_ending("\n")?split("\n\n")>
<#local own = "">
<#local others = []>
<#list parts[1..] as entry>
  <#if entryName(entry) == placeholder>
    <#local own = entry?replace('name = "' + placeholder + '"', 'name = "' + package + '"', "f")>
  <#else>
    <#local others = others + [entry]>
  </#if>
</#list>
<#local ordered = [parts[0]]>
<#list others as entry>
  <#if own?has_content && sortsBefore(package, entryName(entry))>
    <#local ordered = ordered + [own]>
    <#local own = "">
  </#if>
  <#local ordered = ordered + [entry]>
</#list>
<#if own?has_content>
  <#local ordered = ordered + [own]>
</#if>
[=ordered?join("\n\n")]
</#macro>
