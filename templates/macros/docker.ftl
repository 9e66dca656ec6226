<#--
  Dockerfile building blocks shared by every archetype.
  Import with:  <#import "/macros/docker.ftl" as docker>
-->
<#-- HEALTHCHECK timings, shared with the Compose healthcheck (compose.ftl) so both agree. -->
<#assign healthInterval = "30s">
<#assign healthTimeout = "5s">
<#assign healthStartPeriod = "10s">
<#assign healthRetries = 3>

<#--
  Exec-form probe that GETs http://127.0.0.1:PORT+PATH with Python's urllib and exits non-zero on
  a refused connection or a non-2xx answer. Needs nothing but the image's python (no curl).
  Returns a sequence of arguments: use it with jsonArray, healthcheck or compose.devService.
-->
<#function pythonHttpProbe port path>
  <#return ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:" + port?c + path + "', timeout=4)"]>
</#function>

<#-- A sequence of strings as a JSON array, as Dockerfile exec form and Compose flow sequences want it. -->
<#function jsonArray items>
  <#local out = "">
  <#list items as item>
    <#local out = out + item?is_first?then("", ", ") + '"' + item?json_string + '"'>
  </#list>
  <#return "[" + out + "]">
</#function>

<#--
  Creates the non-root group and user the image runs as, with fixed IDs (Debian-based images).
  --no-log-init: a high UID would otherwise grow /var/log/lastlog to gigabytes (hadolint DL3046).
  No home directory and no login shell: the user only runs the service.
-->
<#macro nonRootUser user uid gid>
RUN groupadd --gid [=gid] [=user] \
 && useradd --no-log-init --no-create-home --uid [=uid] --gid [=gid] --shell /usr/sbin/nologin [=user]
</#macro>

<#--
  HEALTHCHECK in exec form; `test` is a sequence such as pythonHttpProbe(port, health_path).
-->
<#macro healthcheck test>
HEALTHCHECK --interval=[=healthInterval] --timeout=[=healthTimeout] --start-period=[=healthStartPeriod] --retries=[=healthRetries] \
    CMD [=jsonArray(test)]
</#macro>
