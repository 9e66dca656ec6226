<#import "/macros/ci.ftl" as ci>
<@ci.workflowHeader/>

jobs:
  test:
    name: Lint and test
    runs-on: [=ci.runner]
    timeout-minutes: [=(model_preload!false)?then(20, 10)]
<#if (database!"none") == "postgres">
<@ci.postgresJobService version=postgres_version/>
</#if>
    steps:
<@ci.checkoutStep/>
<#if model_preload!false>

<@ci.modelExportSteps/>
</#if>

      - name: Install uv and Python [=python_version]
        uses: [=ci.setupUvAction]
        with:
          python-version: "[=python_version]"
          enable-cache: [=ci.languageCache?c]

      - name: Install dependencies (fails if uv.lock is out of date)
        run: uv sync --locked

      - name: Lint
        run: uv run ruff check

      - name: Check formatting
        run: uv run ruff format --check

      - name: Test
        run: uv run pytest

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs/>
