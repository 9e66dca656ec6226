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

      # Before setup-python: its Poetry cache needs the poetry command.
      - name: Install Poetry 2.5.1
        run: pipx install poetry==2.5.1

      - name: Set up Python [=python_version]
        uses: [=ci.setupPythonAction]
        with:
          python-version: "[=python_version]"
<#if ci.languageCache>
          cache: poetry
</#if>

      - name: Check pyproject.toml and poetry.lock (fails if the lock is out of date)
        run: poetry check --lock

      - name: Install dependencies and the project (dev group included)
        run: poetry install --no-interaction

      - name: Lint
        run: poetry run ruff check

      - name: Check formatting
        run: poetry run ruff format --check

      - name: Test
        run: poetry run pytest

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs/>
