<#import "/macros/ci.ftl" as ci>
<@ci.workflowHeader/>

jobs:
  test:
    name: Lint and test
    runs-on: [=ci.runner]
    timeout-minutes: 10
    steps:
<@ci.checkoutStep/>

      - name: Install uv and Python [=python_version]
        uses: [=ci.setupUvAction]
        with:
          python-version: "[=python_version]"
          enable-cache: true

      - name: Install dependencies (fails if uv.lock is out of date)
        run: uv sync --locked

      - name: Lint
        run: uv run ruff check

      - name: Check formatting
        run: uv run ruff format --check

      - name: Test
        run: uv run pytest

<@ci.imageJob name=name port=port healthPath=health_path uid=uid/>
