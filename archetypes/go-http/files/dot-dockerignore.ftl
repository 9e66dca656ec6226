<#import "/macros/dockerignore.ftl" as dockerignore>
# Keep the build context to what the build reads: go.mod, go.sum and the Go sources.
# Tests are left out (go build ignores them), so changing one does not rebuild the image.
<@dockerignore.common/>

# This archetype's own:
**/*_test.go
**/testdata
README.md
bin
dist
*.out
*.test
