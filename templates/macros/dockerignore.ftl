<#--
  .dockerignore lines every archetype shares (SC009 wants .git, .env and the dependency folders out
  of the build context; the dependency folders are the archetype's own lines).
  Import with:  <#import "/macros/dockerignore.ftl" as dockerignore>
-->
<#macro common>
# Never in any image: version control, CI and scaffold metadata, secrets, the build files
# themselves, editor files.
.git
.github
.gitignore
.dockerignore
.scaffold
.env
.env.*
docker-compose*.yml
docker-compose*.yaml
Dockerfile
.DS_Store
.idea
.vscode
</#macro>
