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

      - name: Set up Python [=python_version]
        uses: [=ci.setupPythonAction]
        with:
          python-version: "[=python_version]"
<#if ci.languageCache>
          cache: pip
          cache-dependency-path: requirements*.txt
</#if>

      - name: Install uv (for the lock check)
        uses: [=ci.setupUvAction]
        with:
          enable-cache: [=ci.languageCache?c]

      - name: Check that requirements.txt is pyproject.toml's dependencies, locked
        run: scripts/lock-requirements.sh --check

      - name: Install requirements-dev.txt into a virtualenv
        run: |
          python -m venv .venv
          .venv/bin/pip install -r requirements-dev.txt

      - name: Check that the pinned requirements are consistent
        run: .venv/bin/pip check

      - name: Lint
        run: .venv/bin/ruff check

      - name: Check formatting
        run: .venv/bin/ruff format --check

      - name: Test
        run: .venv/bin/pytest

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs/>
