<#import "/macros/ci.ftl" as ci>
<@ci.workflowHeader/>

jobs:
  test:
    name: Vet, test and build
    runs-on: [=ci.runner]
    timeout-minutes: 10
    env:
      # Build with the Go that setup-go installs from go.mod, never a downloaded toolchain.
      GOTOOLCHAIN: local
    steps:
<@ci.checkoutStep/>

      - name: Install Go (version from go.mod)
        uses: [=ci.setupGoAction]
        with:
          go-version-file: go.mod
          cache-dependency-path: go.mod

      - name: Check formatting
        run: |
          unformatted="$(gofmt -l .)"
          if [ -n "$unformatted" ]; then
            echo "::error::gofmt would reformat: $unformatted"
            exit 1
          fi

      - name: Vet
        run: go vet ./...

      - name: Test
        run: go test -race ./...

      - name: Build
        run: go build ./...

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs uidCheck="top"/>
