<#import "/macros/ci.ftl" as ci>
<@ci.workflowHeader/>

jobs:
  test:
    name: Lint, test and build
    runs-on: [=ci.runner]
    timeout-minutes: 10
    steps:
<@ci.checkoutStep/>

      - name: Install Node.js (version from .nvmrc)
        uses: [=ci.setupNodeAction]
        with:
          node-version-file: .nvmrc
          cache: npm

      - name: Install dependencies (fails if package-lock.json is out of date)
        run: npm ci --no-audit --no-fund

      - name: Lint and type-check
        run: npm run lint

      - name: Test
        run: npm test

      - name: Build
        run: npm run build

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs/>
