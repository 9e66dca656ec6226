<#--
  The "Updating" section every archetype's README ends with: how the repository takes in what its
  archetype gained since it was generated (scaffold update, docs/updating.md in the scaffold repository).
  Import with:  <#import "/macros/updating.ftl" as updating>  then  <@updating.section/>
-->
<#import "/macros/ci.ftl" as ci>
<#macro section>
## Updating

Generated from the `[=archetype_id]` archetype, version [=archetype_version]; `.scaffold/answers.json`
records it with your answers. When the archetype moves on (base images, Dockerfile hardening, CI jobs),
take its changes in as one ordinary git merge (`scaffold` is `jbang [=ci.scaffoldRef]`):

```sh
scaffold status               # behind or drifted? exit code 4 (0 when up to date)
scaffold update --dry-run     # what would be added, removed, modified, or conflict
scaffold update               # merge the newest version and commit
scaffold update --port 9000   # change an answer: Dockerfile, Compose, CI and app follow
```

Conflicts are left as `git merge` leaves them (exit code 3): resolve, `git add`, `git commit`.
Your code, tests and this README are yours: updates leave them alone (`--include PATH` merges one
anyway); list your own opt-outs in `.scaffold/update.json` as `{"owned": [".github/workflows/ci.yml"]}`.
</#macro>
