<#--
  Shared by every archetype (an archetype's own .github/dependabot.yml wins): keeps the SHA-pinned
  actions, the Dockerfile's base images and the archetype's own dependencies (archetype.json
  "ecosystem") current. One grouped pull request per ecosystem and week for minor and patch
  updates, majors one by one, and a week's cooldown so a release has time to be pulled if broken:
  a handful of pull requests a week, not dozens.
-->
# Dependabot keeps the pinned actions, the base images and the dependencies current:
# one grouped pull request per ecosystem and week (major versions separately).
version: 2
updates:
<#list ["github-actions", "docker"] + (ecosystem??)?then([ecosystem], []) as packageEcosystem>
  - package-ecosystem: [=packageEcosystem]
    directory: /
    schedule:
      interval: weekly
    cooldown:
      default-days: 7
    groups:
      [=packageEcosystem]:
        update-types:
          - minor
          - patch
<#sep>

</#list>
