<#import "/macros/dockerignore.ftl" as dockerignore>
# Keep the build context to what the Dockerfile copies: package.json, package-lock.json,
# tsconfig.json, tsconfig.build.json and src/. Dependencies are installed inside the image.
<@dockerignore.common/>

# This archetype's own:
node_modules
dist
coverage
test
*.tsbuildinfo
npm-debug.log*
.npm
.eslintcache
