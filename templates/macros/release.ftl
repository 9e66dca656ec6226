<#--
  README sections every archetype shares: how to cut a release (the shared release workflow,
  templates/files/dot-github/workflows/release.yml.ftl) and how the repo is kept current (the shared
  .github/dependabot.yml and the SHA-pinned actions of templates/actions.json).
  Import with:  <#import "/macros/release.ftl" as release>
-->
<#macro readmeSections>
<#local image = registry + "/" + name>
<#local host = registry?keep_before("/")>
## Releasing

Tag a commit `v<version>` and push the tag:

```
git tag v1.0.0
git push origin v1.0.0
```

`.github/workflows/release.yml` then builds the image from the tagged sources (no cache) and pushes
`[=image]:1.0.0` and `[=image]:latest`, the names `docker-compose.build.yml` uses, with a
provenance attestation (SLSA, `mode=max`) and an SBOM attached. Only that job may write packages.
<#if host == "ghcr.io">
It logs in to ghcr.io with the workflow's own token.
<#else>
It logs in to [=host] with the repository secrets `REGISTRY_USERNAME` and `REGISTRY_PASSWORD`
(Settings → Secrets and variables → Actions): add them before the first release.
</#if>
Inspect what was attached:

```
docker buildx imagetools inspect [=image]:1.0.0 --format '{{ json .Provenance }}'
docker buildx imagetools inspect [=image]:1.0.0 --format '{{ json .SBOM }}'
```

## Keeping current

Every action in `.github/workflows/` is pinned to a full commit SHA, with its release in a comment.
`.github/dependabot.yml` proposes updates once a week, one grouped pull request per ecosystem
(actions, base images<#if ecosystem??>, [=ecosystem] dependencies</#if>) for minor and patch releases and one per major
release, each at least a week old.
</#macro>
