<#import "/macros/dockerignore.ftl" as dockerignore>
# Keep the build context to what the Dockerfile copies: mvnw, .mvn/, pom.xml and src/main.
<@dockerignore.common/>

# This archetype's own:
.gitattributes
target
src/test
README.md
*.log
*.iml
mvnw.cmd
.settings
.project
.classpath
.factorypath
