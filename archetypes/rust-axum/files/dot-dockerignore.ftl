<#import "/macros/dockerignore.ftl" as dockerignore>
# Keep the build context to what the build reads: Cargo.toml, Cargo.lock and src/.
# Tests are left out (a release build does not compile them), so changing one does not rebuild
# the image; target/ is the local build output, often gigabytes.
<@dockerignore.common/>

# This archetype's own:
target
tests
benches
examples
README.md
*.profraw
