<#import "/macros/dockerignore.ftl" as dockerignore>
# Keep the build context to what the Dockerfile uses: pyproject.toml, poetry.lock,
# README.md (pyproject's readme, needed to build the package) and src/<#if model_preload!false>
# (and scripts/export_model.py, for the model stage)</#if>.
<@dockerignore.common/>

# This archetype's own:
.venv
<#if model_preload!false>
.model
</#if>
venv
**/__pycache__
**/*.py[cod]
.pytest_cache
.ruff_cache
.mypy_cache
.coverage
.coverage.*
htmlcov
*.egg-info
dist
build
tests
poetry.toml
