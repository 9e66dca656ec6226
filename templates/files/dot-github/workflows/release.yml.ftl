<#import "/macros/ci.ftl" as ci>
<#import "/macros/compose.ftl" as compose>
<#--
  Shared by every archetype: on a v* tag, build the image with provenance and SBOM attestations and
  push it under the names docker-compose.build.yml gives it. Its own workflow, so that no job of it
  restores a cache a pull request could have written (zizmor's cache-poisoning audit), and so that
  only this job holds packages: write.
-->
<@ci.releaseWorkflow/>
